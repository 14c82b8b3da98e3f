// Monitoring after the migration: the three tables now beside the latest baseline (taken before
// each real run, or with Take Baseline): per table and figure before, now and the change (scans,
// index use, rows, dead rows, size, statement times when pg_stat_statements is readable); the
// indexes with their scans, the migration's marked; the audit trail's share since the migration.
// Thread rule: GUI thread only; the snapshots are read on the session's data worker, under read
// limits (Monitor::take).
#pragma once

#include "recordtable.h"

#include "monitor.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace gma::ui {

class Session;

// What one refresh read: the latest baseline (if any) and now.
struct MonitorReading
{
    std::optional<MonitorSnapshot> baseline;
    MonitorSnapshot now;
};

class MonitorModel : public RecordListModel<MonitorRow>
{
    Q_OBJECT
public:
    enum Column { TableColumn, FigureColumn, BeforeColumn, NowColumn, ChangeColumn, ColumnCount };
    using RecordListModel::RecordListModel;

protected:
    QStringList headers() const override;
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    bool isNumeric(int column) const override;
};

// One index of one table.
struct MonitorIndexRow
{
    QString table;
    IndexSnapshot index;
    std::optional<qint64> scansBefore; // in the baseline, when it had the index
};

class MonitorIndexModel : public RecordListModel<MonitorIndexRow>
{
    Q_OBJECT
public:
    enum Column { TableColumn, IndexColumn, ScansColumn, ChangeColumn, SizeColumn, AddedColumn, ColumnCount };
    using RecordListModel::RecordListModel;

protected:
    QStringList headers() const override;
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    RecordTone cellTone(int row, int column) const override;
    bool isNumeric(int column) const override;
};

class MonitorView : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorView(Session *session, QWidget *parent = nullptr);
    ~MonitorView() override;

    MonitorModel *model() const { return m_model; }
    MonitorIndexModel *indexModel() const { return m_indexModel; }
    QString summaryText() const;
    QString auditTrailText() const;
    QPushButton *baselineButton() const { return m_baseline; }

public slots:
    void refresh();
    // Stores a baseline now (by hand), then refreshes.
    void takeBaseline();

signals:
    void loaded();

private:
    void present(const MonitorReading &reading, const QString &error);

    Session *m_session;
    MonitorModel *m_model;
    MonitorIndexModel *m_indexModel;
    QPushButton *m_refresh;
    QPushButton *m_baseline;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_auditTrail;
    QTableView *m_table;
    QTableView *m_indexes;
    quint64 m_generation = 0;
};

} // namespace gma::ui
