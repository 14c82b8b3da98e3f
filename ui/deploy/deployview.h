// The guided production deployment (deployflow.h) in the desktop app: the deployment profile's
// editor (the maintenance window, the commands before, after and on failure with their timeouts,
// backup and VACUUM switches, saved to the XDG config folder as `deploy --profile NAME` reads it),
// Start and Cancel, the countdown of the maintenance window, each stage with its outcome and time,
// the commands' output, the rollback offered when a stage fails after the migration changed the
// database (asked through RunFlow::confirm), and the deployment report afterwards.
// The deployment itself runs on the session's run worker (RunController::startDeploy); the report
// is collected on the data worker. Tests drive the widgets and answer through the main window's
// confirmation handler.
// Thread rule: GUI thread only.
#pragma once

#include "deploy.h"
#include "deployflow.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace gma::ui {

class RunController;
class RunFlow;
class Session;
struct RunOutcome;

class DeployView : public QWidget
{
    Q_OBJECT
public:
    DeployView(Session *session, RunController *runs, RunFlow *flow, QWidget *parent = nullptr);
    ~DeployView() override;

    // The profile the editor shows, and the editor's contents as a profile.
    void setProfile(const DeployProfile &profile);
    DeployProfile profile() const;
    // Loads the profile NAME (or a path) into the editor; a profile that does not exist yet starts
    // from the seed's runbook. False (with the sentence shown) when the file cannot be read.
    bool loadProfile(const QString &nameOrPath);
    // Writes the editor's profile to its file; false with one sentence.
    bool saveProfile(QString *error = nullptr);
    // Writes the last deployment's report (.html, .pdf, .csv or .json); reportWritten() follows.
    void exportReport(const QString &path);

    QComboBox *profileBox() const { return m_name; }
    QSpinBox *windowBox() const { return m_window; }
    QTableWidget *commandTable() const { return m_commands; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *reportButton() const { return m_report; }
    QTreeWidget *stageTree() const { return m_stages; }
    QString countdownText() const;
    QString outcomeText() const;
    QString logText() const;
    bool isDeploying() const { return m_running; }
    // The last deployment's outcome (null before the first).
    std::shared_ptr<const DeployOutcome> lastOutcome() const { return m_last; }

public slots:
    void start();
    // The main window did not start the deployment requested (not connected, nothing to deploy,
    // a run going on): `reason` is shown and the view is ready again.
    void notStarted(const QString &reason);

signals:
    // Asks the main window to plan (every app to its latest) and start the deployment.
    void deployRequested(const gma::DeployProfile &profile);
    void finished(const gma::DeployOutcome &outcome);
    void reportWritten(const QString &path, const QString &error);

private:
    void buildEditor(QWidget *page);
    void buildRun(QWidget *page);
    void addCommand(const QString &when, const DeployHook &hook);
    void onStageStarted(const QString &name, qint64 windowLeftMs);
    void onStageFinished(const DeployStage &stage);
    void onRunFinished(const RunOutcome &outcome);
    void onRollbackQuestion(const QString &failedStage);
    void updateCountdown();
    void setOutcome(const QString &text, bool ok);
    void askReportPath();
    void listProfiles();

    Session *m_session;
    RunController *m_runs;
    RunFlow *m_flow;
    QString m_path;
    QWidget *m_editorPage = nullptr;
    QComboBox *m_name;
    QSpinBox *m_window;
    QCheckBox *m_backup;
    QCheckBox *m_vacuum;
    QTableWidget *m_commands;
    QPushButton *m_save;
    QLabel *m_editorError;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_report;
    QLabel *m_countdown;
    QLabel *m_outcome;
    QTreeWidget *m_stages;
    QPlainTextEdit *m_log;
    QTimer *m_tick;
    QElapsedTimer m_clock;
    qint64 m_windowMs = 0;
    bool m_running = false;
    bool m_ours = false; // the run going on is this view's deployment
    std::shared_ptr<const DeployOutcome> m_last;
};

} // namespace gma::ui
