// Run history: every migration run the tool recorded (gma_migrator.history) — who, when, what,
// which direction, how long, the outcome, rows, the database and operating-system user, the host
// and message — newest first, sortable, failed runs
// highlighted, the full message of the selected run below.
// Thread rule: GUI thread only; the history is read on the session's data worker, under read limits.
#pragma once

#include "recordtable.h"

#include "toolschema.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace gma::ui {

class DbWorker;
class Session;

class HistoryModel : public RecordListModel<HistoryEntry>
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        MigrationColumn,
        DirectionColumn,
        DurationColumn,
        OutcomeColumn,
        RowsColumn,
        UserColumn,
        RunByColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int OutcomeRole = Qt::UserRole + 2;

    using RecordListModel::RecordListModel;

protected:
    QStringList headers() const override;
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    RecordTone rowTone(int row) const override;
    int statusColumn() const override { return OutcomeColumn; }
    bool isNumeric(int column) const override;
    QVariant extra(int row, int column, int role) const override;
};

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Session *session, QWidget *parent = nullptr);
    ~HistoryView() override;

    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    // "" (all), "failed", "success", "cancelled".
    void setOutcomeFilter(const QString &outcome);

public slots:
    void refresh();

signals:
    void loaded();

private:
    void updateDetails();

    Session *m_session;
    DbWorker *m_worker;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_outcome;
    QPushButton *m_refresh;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    quint64 m_generation = 0;
};

} // namespace gma::ui
