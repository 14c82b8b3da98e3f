// The run pane: what runs now, overall and per-step progress with rows done, rate and ETA, the
// session a step waits for when it waits for a lock, a live log, a Cancel button, and after the
// run a banner that says in one sentence what state the database is in. A paced data step shows its
// batch size and, while it waits before a batch, why (a replica's lag, autovacuum) beside the
// replicas' lag.
// Thread rule: GUI thread only; it listens to a RunController's queued signals.
#pragma once

#include "runcontroller.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QVBoxLayout;

namespace gma::ui {

class RunPanel : public QWidget
{
    Q_OBJECT
public:
    RunPanel(RunController *controller, const MigrationCatalogue &catalogue, QWidget *parent = nullptr);

    QProgressBar *overallBar() const { return m_overall; }
    QProgressBar *stepBar() const { return m_stepBar; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString logText() const;
    QString bannerText() const;
    QString lockText() const;
    // The pacing line: the adaptive batch size, why the data step waits (throttled), the replicas' lag.
    QString paceText() const;
    // The primary's replicas and their lag, as the status bar shows them (empty: none).
    void setReplicaLag(const QString &text);

signals:
    void cancelRequested();

private:
    void addProgressRows(QVBoxLayout *layout);
    QSplitter *makeStepsAndLog();
    void connectController(RunController *controller);
    void onStarted(const QString &title, bool dryRun);
    void onPlanStarted(int steps);
    void onStepStarted(int index, const gma::PlanStep &step, qint64 totalRows);
    void onStepProgress(int index, qint64 done, qint64 total);
    void onStatementFinished(int index, const QString &sql, qint64 rows, qint64 ms);
    void onWaitingForLock(int index, int attempt, const QString &blocker);
    void onThrottled(int index, const QString &reason, qint64 waitedMs);
    void onBatchSize(int index, int rows, qint64 lastBatchMs);
    void updatePace();
    void onStepFinished(int index, const gma::StepResult &result);
    void onFinished(const gma::ui::RunOutcome &outcome);
    void log(const QString &text, const QString &kind = QString());
    void setBanner(const QString &text, const QString &kind);
    void updateStepItem(int index, const QString &state, const QString &detail);

    RunController *m_controller;
    MigrationCatalogue m_catalogue;
    QLabel *m_title;
    QLabel *m_banner;
    QProgressBar *m_overall;
    QLabel *m_stepLabel;
    QProgressBar *m_stepBar;
    QLabel *m_stats;
    QLabel *m_lock;
    QLabel *m_pace;
    QString m_throttle;   // why the data step waits now
    QString m_batch;      // its batch size
    QString m_mode;       // the run's mode (online or not, with the stall budget) and its batches
    QString m_replicaLag; // the replicas' lag
    QTreeWidget *m_steps;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_runTimer;
    int m_stepCount = 0;
    int m_currentStep = -1;
    bool m_dryRun = false;
};

} // namespace gma::ui
