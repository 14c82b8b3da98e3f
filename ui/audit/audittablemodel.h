// The rows of one audit table, fetched a page at a time on the view's worker thread (keyset
// pagination, server-side sort and filters; see AuditBrowser). canFetchMore()/fetchMore() bring
// the next page when the view scrolls near the end. Memory stays bounded at any table size: only
// the pages nearest to where the view last looked keep their rows (maxLoadedPages()); a page
// farther away keeps only where it starts (its cursor) and is fetched again, from there, when
// the view shows it. Until then its cells show a placeholder.
// Thread rule: GUI thread only; database work goes through the DbWorker given.
#pragma once

#include "auditbrowser.h"

#include <QAbstractTableModel>
#include <QSet>

namespace gma::ui {

class DbWorker;

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        CreatedByColumn,
        ModifiedByColumn,
        CreatedAtColumn,
        UpdatedAtColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 500;
    static constexpr int kMaxLoadedPages = 40; // 20,000 rows in memory at most

    AuditTableModel(DbWorker *worker, QObject *parent = nullptr);

    // Starts over with `query` on a table that has `columns` (fetches the first page and the count).
    void setQuery(const AuditQuery &query, const AuditColumnSet &columns);
    void clear();
    void reload() { setQuery(m_query, m_columns); }
    const AuditQuery &query() const { return m_query; }
    const AuditColumnSet &columns() const { return m_columns; }
    // Row i; an empty row (id 0) when its page is not in memory now (see isRowLoaded).
    const AuditRow &row(int i) const;
    bool isRowLoaded(int i) const;
    // How many pages keep their rows (default kMaxLoadedPages, at least 2).
    int maxLoadedPages() const { return m_maxLoadedPages; }
    void setMaxLoadedPages(int pages);
    int loadedPages() const { return m_loadedPages; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_atEnd; }
    // The row count of the whole query (estimate or exact), -1 until known.
    qint64 totalRows() const { return m_total.rows; }
    bool totalIsEstimate() const { return m_total.estimate; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static bool sortable(int column, const AuditColumnSet &columns);

signals:
    // A page arrived (`rows` rows added).
    void pageLoaded(int rows);
    // Pages that had left memory were fetched again (rows first..last, dataChanged sent).
    void rowsReloaded(int first, int last);
    void totalChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    struct Page
    {
        AuditCursor after;    // where the page starts: the previous page's end (invalid: the first)
        QList<AuditRow> rows; // empty while the page is not in memory
        int size = 0;
    };

    void requestPage();
    void setLoading(bool loading);
    void resetPages();
    // A view wants page `page` shown: fetch it again soon (coalesced, one job at a time).
    void wantPage(int page) const;
    void refetchWanted();
    void evictFarPages();

    DbWorker *m_worker;
    AuditQuery m_query;
    AuditColumnSet m_columns;
    QList<Page> m_pages;
    int m_rowCount = 0;
    int m_loadedPages = 0;
    int m_maxLoadedPages = kMaxLoadedPages;
    mutable int m_focusPage = 0; // the page the view last asked for
    mutable QSet<int> m_wanted; // pages a view asked for that are not in memory
    mutable bool m_refetchScheduled = false;
    bool m_refetching = false;
    AuditCursor m_cursor;
    AuditCount m_total{-1, false};
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace gma::ui
