// The rows of one audit table, fetched a page at a time on the view's worker thread (keyset
// pagination, server-side sort and filters; see AuditBrowser). Holds only the pages fetched so
// far: canFetchMore()/fetchMore() bring the next one when the view scrolls near the end.
// Thread rule: GUI thread only; database work goes through the DbWorker given.
#pragma once

#include "auditbrowser.h"

#include <QAbstractTableModel>

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

    AuditTableModel(DbWorker *worker, QObject *parent = nullptr);

    // Starts over with `query` on a table that has `columns` (fetches the first page and the count).
    void setQuery(const AuditQuery &query, const AuditColumnSet &columns);
    void clear();
    void reload() { setQuery(m_query, m_columns); }
    const AuditQuery &query() const { return m_query; }
    const AuditColumnSet &columns() const { return m_columns; }
    const AuditRow &row(int i) const { return m_rows.at(i); }
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
    void totalChanged();
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void requestPage();
    void setLoading(bool loading);

    DbWorker *m_worker;
    AuditQuery m_query;
    AuditColumnSet m_columns;
    QList<AuditRow> m_rows;
    AuditCursor m_cursor;
    AuditCount m_total{-1, false};
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace gma::ui
