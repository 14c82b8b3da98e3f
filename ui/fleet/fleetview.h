// Fleet: open a targets file (one GMA database per line, see fleet.h), then Preflight all, Migrate
// or Roll back across every target with the engine's FleetRunner: the preflight everywhere first,
// the canaries, at most N at once. A progress bar per running target and one overall; failures in
// red with their sentence. Validate all runs every target's validation; Save Report writes the
// fleet validation report of it (as `fleet validate --report`). Double-clicking a target opens it in the single-database view.
// Thread rule: GUI thread only. The rollout runs as a job on the view's own DbWorker (without a
// connection of its own: FleetRunner opens one per target on its threads); its signals arrive
// queued here.
#pragma once

#include "recordtable.h"

#include "fleet.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace gma::ui {

class DbWorker;

struct FleetRow
{
    FleetTarget target;
    FleetResult result;
    bool ran = false;      // a result of this run is in
    bool running = false;
    qint64 done = 0;
    qint64 total = 0;
    QString phase;
};

class FleetTableModel : public RecordListModel<FleetRow>
{
    Q_OBJECT
public:
    enum Column { TargetColumn, DatabaseColumn, BeforeColumn, AfterColumn, ProgressColumn, OutcomeColumn,
                  MessageColumn, ColumnCount };
    // 0..100 while a target runs, -1 otherwise (the progress column's bar).
    static constexpr int ProgressRole = Qt::UserRole + 3;

    using RecordListModel::RecordListModel;
    void setTargets(const QList<FleetTarget> &targets);
    void clearResults();
    void targetStarted(int index, const QString &phase);
    void targetProgress(int index, qint64 done, qint64 total);
    void targetFinished(int index, const FleetResult &result);

protected:
    QStringList headers() const override;
    QVariant display(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    RecordTone rowTone(int row) const override;
    int statusColumn() const override { return OutcomeColumn; }
    QVariant extra(int row, int column, int role) const override;

private:
    void changed(int row);
};

class FleetView : public QWidget
{
    Q_OBJECT
public:
    explicit FleetView(const MigrationCatalogue &catalogue, QWidget *parent = nullptr);
    ~FleetView() override;

    // Reads a targets file; false (and the sentence shown) when it cannot be used.
    bool loadTargets(const QString &path);
    // Preflight all, Migrate or Roll back across the targets (ignored while a rollout runs).
    void start(FleetCommand command);
    void setParallel(int parallel);
    void setCanary(int canary);
    void setContinueOnError(bool on);
    // For tests: no automatic backup of each target before its run.
    void setBackup(bool on) { m_backup = on; }

    FleetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isRunning() const { return m_runner != nullptr; }
    QString statusText() const;
    QPushButton *validateButton() const { return m_validate; }
    QPushButton *reportButton() const { return m_report; }
    // Writes the fleet validation report of the last "Validate all" (.html, .pdf, .csv or .json);
    // reportWritten() follows.
    void exportReport(const QString &path);

public slots:
    void openTargetsFile(); // asks for the file
    void cancel();

signals:
    // The user asked to work on this target alone (double-click).
    void openTarget(const gma::ConnectionSettings &settings);
    void finished(const QList<gma::FleetResult> &results);
    void reportWritten(const QString &path, const QString &error);

private:
    void updateButtons();
    void showStatus(const QString &text, bool error);
    void confirmAndStart(FleetCommand command);

    MigrationCatalogue m_catalogue;
    DbWorker *m_worker;
    FleetTableModel *m_model;
    QTableView *m_table;
    QLabel *m_file;
    QLabel *m_status;
    QProgressBar *m_overall;
    QPushButton *m_open;
    QPushButton *m_preflight;
    QPushButton *m_migrate;
    QPushButton *m_rollback;
    QPushButton *m_validate;
    QPushButton *m_report;
    QPushButton *m_cancel;
    QSpinBox *m_parallel;
    QSpinBox *m_canary;
    QCheckBox *m_continue;
    bool m_backup = true;
    std::shared_ptr<FleetRunner> m_runner;
    int m_finished = 0; // targets done in the running phase
    QString m_path;     // the targets file
    QList<FleetResult> m_validated; // the last Validate all's results, with each target's report
};

} // namespace gma::ui
