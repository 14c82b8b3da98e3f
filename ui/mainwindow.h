// The main window of the desktop application: the migration tree on the left; on the right the
// preview (SQL, impact, rehearsal), the run pane (progress, live log, cancel) and the data views.
// The GUI thread does no database work: connecting, the tree, the analysis and the views' queries
// are jobs on the Session's workers, runs go to its run worker (RunController), the flow around a
// run (confirmations, backup) is RunFlow, connecting is ConnectionFlow; the window stays
// responsive meanwhile.
// Tests drive it through its API: connectTo() (asynchronous: refreshed() or
// Session::connectFailed() follows), the actions, setConfirmationHandler() to answer
// confirmations without a dialog, and the runFinished() signal.
// Thread rule: GUI thread only.
#pragma once

#include "catalogue.h"
#include "deploy.h"
#include "executor.h"
#include "migrations/migrationmodel.h"
#include "run/runcontroller.h"
#include "run/runflow.h"

#include <QMainWindow>
#include <functional>
#include <optional>

class QLabel;
class QMenu;
class QTimer;
class QMessageBox;
class QTabWidget;
class QTreeView;
class QSplitter;
class QSpinBox;
class QWidgetAction;

namespace gma::ui {

class Session;
class ConnectionFlow;
class PreviewPane;
class AnalysisPane;
class RunPanel;
class DeployView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Answers a confirmation: true to go ahead. `details` lists the steps.
    using ConfirmationHandler = RunFlow::ConfirmationHandler;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    const MigrationCatalogue &catalogue() const { return m_catalogue; }
    MigrationModel *migrationModel() const { return m_model; }
    QTreeView *migrationTree() const { return m_tree; }
    PreviewPane *previewPane() const { return m_preview; }
    RunPanel *runPanel() const { return m_runPanel; }
    RunController *runController() const { return m_runs; }
    RunFlow *runFlow() const { return m_flow; }
    ConnectionFlow *connectionFlow() const { return m_connection; }
    QTabWidget *tabs() const { return m_tabs; }
    // The impact and preflight tab of the preview (null when the engine lacks preview/preflight).
    AnalysisPane *analysisPane() const { return m_analysis; }

    QAction *connectAction() const { return m_connectAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *migrateAction() const { return m_migrateAction; }
    QAction *migrateToHereAction() const { return m_migrateToHereAction; }
    QAction *rollBackToHereAction() const { return m_rollBackToHereAction; }
    QAction *rollbackAction() const { return m_rollbackAction; }
    QAction *rehearseAction() const { return m_rehearseAction; }
    QAction *rehearseInPlaceAction() const { return m_rehearseInPlaceAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *showSqlAction() const { return m_showSqlAction; }
    QAction *darkModeAction() const { return m_darkAction; }
    // Checked: the preflight checks run before every run and refuse it on an error finding.
    QAction *preflightAction() const { return m_preflightAction; }
    QAction *onlineAction() const { return m_onlineAction; }
    QAction *vacuumAction() const { return m_vacuumAction; }
    // The stall budget of online runs (RunOptions::stallBudgetMs), in the Migrations menu below
    // onlineAction (enabled while it is checked); a value set here is remembered (QSettings
    // run/stallBudgetMs), one from setRunOptions (gma-migrator --stall-budget) is not.
    QSpinBox *stallBudgetBox() const { return m_stallBudgetBox; }
    // Shows the guided deployment (the Deploy tab).
    QAction *deployAction() const { return m_deployAction; }
    // Repairs where the selected app's record and tables disagree (enabled only then).
    QAction *repairAction() const { return m_repairAction; }
    DeployView *deployView() const { return m_deploy; }

    // Connects the session in the background; the tree is read afterwards (refreshed()). On
    // failure Session::connectFailed() and the status bar say why.
    void connectTo(const ConnectionSettings &settings, std::function<void()> onConnected = {});
    // The same, but on failure the connection dialog asks again.
    void connectInBackground(const ConnectionSettings &settings, std::function<void()> onConnected = {});
    // Opens the connection dialog with `initial` filled in and `message` shown (after a failed
    // connection: the password is asked for there).
    void openConnectDialog(const ConnectionSettings &initial, const ConnectError &error);
    // Re-reads the migration state into the tree (on the tree worker; then refreshed()).
    void refresh();
    // Selects a migration (or, with an empty name, an app) in the tree.
    void selectMigration(const MigrationKey &key);
    void selectApp(const QString &app);
    void clearSelection();

    void setConfirmationHandler(ConfirmationHandler handler);
    // The dialog the window asks with when no handler is set (the Go Ahead button is its accept button).
    static QMessageBox *makeConfirmationBox(QWidget *parent, const QString &title, const QString &text,
                                            const QString &details);
    // The text of the last confirmation asked (for tests and the log).
    QString lastConfirmation() const;
    void setRunOptions(const RunOptions &options);
    // Whether the strategy rollback takes a pg_dump backup first (when the build has backups;
    // on by default) and where it goes (empty: the backup feature's default folder).
    void setBackupBeforeRollback(bool enabled, const QString &directory = QString());
    bool backupBeforeRollback() const;
    const RunOptions &runOptions() const;
    // Marks the session as the throwaway demo cluster (title and status bar).
    void setDemoMode(bool demo);
    void showStatus(const QString &text, int timeoutMs = 0);
    void setDarkMode(bool dark);

    // The plan the Migrate action would run for the current selection (empty optional + error
    // when it cannot be planned).
    std::optional<Plan> planForSelection(bool backwards, QString *title, QString *error) const;

signals:
    void refreshed();
    void refreshFailed(const QString &error);
    void runFinished(const gma::ui::RunOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectActions();
    void createMenus();
    void createCentral();
    void createStatusBar();
    void createTabShortcuts();
    void readSettings();
    void writeSettings();
    void updateActions();
    void updateStatusBar();
    // Every few seconds while connected: the primary's replicas and their lag (or that the server
    // is a hot standby) in the status bar and the run view.
    void refreshReplicas();
    void updatePreview();
    void scheduleAnalysis();
    void runAnalysis();
    void showSnapshot(const MigrationSnapshot &snapshot);
    void disconnectSession();
    void migrate();
    void migrateToHere();
    void rollbackStrategy();
    void rehearse();
    void rehearseInPlace();
    void rehearseSelection(bool inPlace);
    void repairSelection();
    // The app of the selected app row or migration, for Repair.
    QString repairApp() const;
    void showSql();
    void showTreeMenu(const QPoint &pos);
    void onRunStarted(const QString &title, bool dryRun);
    void onRunFinished(const gma::ui::RunOutcome &outcome);
    QList<MigrationKey> selectedKeys() const;
    std::optional<MigrationKey> currentKey() const;
    QString currentApp() const;
    void addDataViews();
    // The Deploy tab asked for a deployment: every app to its latest, with `profile`.
    void startDeployment(const DeployProfile &profile);

    MigrationCatalogue m_catalogue;
    Session *m_session;
    MigrationModel *m_model;
    RunController *m_runs;
    RunFlow *m_flow;
    ConnectionFlow *m_connection;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    PreviewPane *m_preview = nullptr;
    AnalysisPane *m_analysis = nullptr;
    QTimer *m_analysisTimer = nullptr;
    RunPanel *m_runPanel = nullptr;
    DeployView *m_deploy = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_encryptionLabel = nullptr; // TLS version and cipher of the tool's connection, or not encrypted
    QLabel *m_replicaLabel = nullptr;
    QTimer *m_replicaTimer = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_gmaLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;

    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QAction *m_migrateToHereAction = nullptr;
    QAction *m_rollBackToHereAction = nullptr;
    QAction *m_rollbackAction = nullptr;
    QAction *m_rehearseAction = nullptr;
    QAction *m_rehearseInPlaceAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_showSqlAction = nullptr;
    QAction *m_darkAction = nullptr;
    QAction *m_preflightAction = nullptr;
    QAction *m_onlineAction = nullptr; // RunOptions::online
    QAction *m_vacuumAction = nullptr; // RunOptions::vacuumAnalyze
    QWidgetAction *m_stallBudgetAction = nullptr;
    QSpinBox *m_stallBudgetBox = nullptr; // RunOptions::stallBudgetMs
    QAction *m_deployAction = nullptr;
    QAction *m_repairAction = nullptr;
    QAction *m_aboutAction = nullptr;

    bool m_demo = false;
    // A run changed the state and the tree has not read it yet: no run is planned meanwhile.
    bool m_awaitingState = false;
};

} // namespace gma::ui
