#include "mainwindow.h"

#include "deploy/deployview.h"

#include "connection/connectiondialog.h"
#include "connection/connectionflow.h"
#include "format.h"
#include "locks.h"
#include "replicas.h"
#include "migrations/migrationmodel.h"
#include "preview/previewpane.h"
#include "preview/analysispane.h"
#include "run/runflow.h"
#include "run/runpanel.h"
#include "session.h"
#include "style/style.h"


#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace gma::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_catalogue(MigrationCatalogue::builtIn()), m_session(new Session(this)),
      m_model(new MigrationModel(this)), m_runs(new RunController(m_catalogue, m_session->runWorker(), this)),
      m_flow(new RunFlow(m_catalogue, m_session, m_runs, this)), m_connection(new ConnectionFlow(m_session, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(style::icon(QStringLiteral("gma-migrator")));
    createActions();
    createMenus();
    createCentral();
    createStatusBar();
    addDataViews();
    createTabShortcuts();

    connect(m_session, &Session::connected, this, [this] {
        refresh();
        updateStatusBar();
    });
    connect(m_session, &Session::stateChanged, this, [this] {
        refresh();
        updateStatusBar();
    });
    connect(m_session, &Session::disconnected, this, [this] {
        m_awaitingState = false;
        m_model->clear();
        m_preview->clear();
        updateStatusBar();
        updateActions();
    });
    connect(m_runs, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_runs, &RunController::started, this, &MainWindow::onRunStarted);
    connect(m_flow, &RunFlow::status, this, &MainWindow::showStatus);
    connect(m_flow, &RunFlow::preparingChanged, this, &MainWindow::updateActions);
    connect(m_connection, &ConnectionFlow::status, this, &MainWindow::showStatus);

    readSettings();
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The worker threads stop before the views, the run controller and the panes their jobs
    // report to.
    m_runs->cancel();
    m_session->stopWorkers();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runs->isBusy()) {
        if (!m_flow->confirm(tr("A Run Is Going On"),
                     tr("A plan is running. Quitting cancels it safely first (the running transaction is rolled "
                        "back, a data step stops at a batch boundary). Quit anyway?"),
                     QString())) {
            event->ignore();
            return;
        }
        m_runs->cancel();
    }
    writeSettings();
    event->accept();
}

void MainWindow::setDarkMode(bool dark)
{
    style::applyTheme(dark);
    if (m_darkAction->isChecked() != dark)
        m_darkAction->setChecked(dark);
    m_preview->updateColors();
    m_tree->viewport()->update();
    QSettings().setValue(QStringLiteral("ui/dark"), dark);
}

// ---------------------------------------------------------------------------------------------
// Session

void MainWindow::connectTo(const ConnectionSettings &settings, std::function<void()> onConnected)
{
    m_connection->connectTo(settings, false, std::move(onConnected));
}

void MainWindow::connectInBackground(const ConnectionSettings &settings, std::function<void()> onConnected)
{
    m_connection->connectTo(settings, true, std::move(onConnected));
}

void MainWindow::openConnectDialog(const ConnectionSettings &initial, const ConnectError &error)
{
    m_connection->openDialog(initial, error);
}

void MainWindow::disconnectSession()
{
    if (m_runs->isBusy()) {
        showStatus(tr("A plan is running: cancel it before disconnecting."), 5000);
        return;
    }
    m_session->close();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    setWindowTitle(demo ? tr("GMA Migrator — demo database") : tr("GMA Migrator"));
    updateStatusBar();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::refreshReplicas()
{
    if (!m_session->isConnected()) {
        m_replicaLabel->hide();
        m_runPanel->setReplicaLag(QString());
        return;
    }
    m_session->treeWorker()->run<QString>(
        this, QStringLiteral("status.replicas"),
        [](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            if (Replicas::inRecovery(db))
                return tr("Hot standby (read-only)");
            QList<ReplicaInfo> replicas;
            if (!Replicas::list(db, &replicas, error))
                return QString();
            QStringList parts;
            for (const ReplicaInfo &r : replicas) {
                const QString name = r.applicationName.isEmpty() ? tr("(unnamed)") : r.applicationName;
                if (r.bytesBehind < 0 && r.replayLagMs < 0)
                    parts << tr("%1 (%2, lag unknown)").arg(name, r.state);
                else
                    parts << tr("%1 %2 behind, replay lag %3")
                                 .arg(name, format::bytes(qMax<qint64>(0, r.bytesBehind), QLocale()),
                                      r.replayLagMs < 0 ? tr("none") : format::duration(r.replayLagMs, QLocale()));
            }
            return parts.isEmpty() ? QString() : tr("Replicas: %1").arg(parts.join(QStringLiteral("; ")));
        },
        [this](const QString &text, const QString &) {
            m_replicaLabel->setText(text);
            m_replicaLabel->setVisible(!text.isEmpty());
            m_runPanel->setReplicaLag(text);
        });
}

void MainWindow::updateStatusBar()
{
    if (!m_session->isConnected()) {
        m_serverLabel->setText(tr("Not connected"));
        m_encryptionLabel->clear();
        m_encryptionLabel->hide();
        m_databaseLabel->clear();
        m_userLabel->clear();
        m_gmaLabel->clear();
        m_databaseLabel->hide();
        m_userLabel->hide();
        m_gmaLabel->hide();
        setWindowTitle(tr("GMA Migrator"));
        return;
    }
    const ServerInfo &info = m_session->info();
    m_serverLabel->setText(tr("PostgreSQL %1").arg(info.version));
    const Encryption &tls = info.encryption;
    m_encryptionLabel->setText(!tls.known       ? tr("Encryption unknown")
                               : tls.encrypted ? tr("Encrypted: %1, %2 (%3 bits)").arg(tls.version, tls.cipher).arg(tls.bits)
                                               : tr("Not encrypted"));
    m_encryptionLabel->setStyleSheet(tls.encrypted ? QString() : QStringLiteral("color: #b35c00;"));
    m_encryptionLabel->show();
    m_databaseLabel->setText(tr("Database: %1%2").arg(info.database, m_demo ? tr(" (demo)") : QString()));
    m_userLabel->setText(tr("User: %1%2").arg(info.user, info.isSuperuser ? tr(" (superuser)") : QString()));
    QString gma;
    QString color;
    if (info.isGma) {
        gma = tr("GMA database");
        color = QStringLiteral("#2e9d4f");
    } else if (info.isEmpty) {
        gma = tr("Empty database");
        color = QStringLiteral("#8a909a");
    } else {
        gma = tr("Not a GMA database");
        color = QStringLiteral("#d3302a");
    }
    m_gmaLabel->setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2").arg(color, gma.toHtmlEscaped()));
    for (QLabel *l : {m_databaseLabel, m_userLabel, m_gmaLabel})
        l->show();
    setWindowTitle(tr("%1 — GMA Migrator%2").arg(info.database, m_demo ? tr(" (demo)") : QString()));
}

// ---------------------------------------------------------------------------------------------
// Tree and selection

void MainWindow::refresh()
{
    if (!m_session->isConnected())
        return;
    const MigrationCatalogue catalogue = m_catalogue;
    m_session->treeWorker()->run<std::optional<MigrationSnapshot>>(
        this, QStringLiteral("tree.refresh"),
        [catalogue](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            return MigrationSnapshot::read(db, catalogue, error);
        },
        [this](const std::optional<MigrationSnapshot> &snapshot, const QString &error) {
            if (!snapshot) {
                m_awaitingState = false;
                updateActions();
                showStatus(error);
                emit refreshFailed(error);
                return;
            }
            showSnapshot(*snapshot);
        });
}

void MainWindow::showSnapshot(const MigrationSnapshot &snapshot)
{
    const std::optional<MigrationKey> current = currentKey();
    const QString currentAppName = currentApp();
    m_awaitingState = false;
    m_model->setSnapshot(snapshot);
    m_tree->expandAll();
    if (current)
        selectMigration(*current);
    else if (!currentAppName.isEmpty())
        selectApp(currentAppName);
    const QStringList problems = snapshot.state.inconsistencies(m_catalogue);
    if (!problems.isEmpty())
        showStatus(problems.first());
    updatePreview();
    updateActions();
    emit refreshed();
}

void MainWindow::selectMigration(const MigrationKey &key)
{
    const QModelIndex index = m_model->indexOf(key);
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

void MainWindow::selectApp(const QString &app)
{
    const QModelIndex index = m_model->indexOfApp(app);
    if (!index.isValid())
        return;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::clearSelection()
{
    m_tree->selectionModel()->clearSelection();
    m_tree->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
}

QList<MigrationKey> MainWindow::selectedKeys() const
{
    QList<MigrationKey> keys;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(MigrationModel::NameColumn);
    for (const QModelIndex &i : rows) {
        if (auto key = m_model->keyAt(i)) {
            if (!keys.contains(*key))
                keys << *key;
        } else {
            for (const MigrationKey &k : m_catalogue.migrationsOf(m_model->appAt(i)))
                if (!keys.contains(k))
                    keys << k;
        }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

std::optional<MigrationKey> MainWindow::currentKey() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(MigrationModel::NameColumn);
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->keyAt(rows.first());
}

QString MainWindow::currentApp() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(MigrationModel::NameColumn);
    if (rows.size() != 1 || m_model->keyAt(rows.first()))
        return QString();
    return m_model->appAt(rows.first());
}

void MainWindow::updatePreview()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(MigrationModel::NameColumn);
    if (rows.isEmpty()) {
        m_preview->clear();
        scheduleAnalysis();
        return;
    }
    QString title;
    if (auto key = currentKey())
        title = key->label();
    else if (!currentApp().isEmpty())
        title = tr("%1 (all migrations)").arg(currentApp());
    else
        title = tr("%n selected row(s)", nullptr, int(rows.size()));
    m_preview->showMigrations(title, selectedKeys());
    scheduleAnalysis();
}

void MainWindow::scheduleAnalysis()
{
    if (m_analysis)
        m_analysisTimer->start();
}

void MainWindow::runAnalysis()
{
    if (!m_session->isConnected() || !m_model->hasSnapshot())
        return;
    if (m_runs->isBusy()) {
        m_analysis->clear(tr("A plan is running; the analysis is made again when it has finished."));
        return;
    }
    QString title, error;
    const auto plan = planForSelection(m_preview->backwards(), &title, &error);
    if (!plan) {
        m_analysis->clear(error);
        return;
    }
    m_analysis->analyse(m_session->treeWorker(), m_catalogue, m_model->snapshot().state, *plan, title);
}

void MainWindow::updateActions()
{
    const bool connected = m_session->isConnected() && m_model->hasSnapshot();
    const bool busy = m_runs->isBusy() || m_flow->isPreparing() || m_awaitingState;
    const bool idle = connected && !busy;
    m_disconnectAction->setEnabled(m_session->isConnected() && !busy);
    m_refreshAction->setEnabled(m_session->isConnected() && !busy);
    m_migrateAction->setEnabled(idle);
    m_rehearseAction->setEnabled(idle);
    m_rehearseInPlaceAction->setEnabled(idle);
    m_rollbackAction->setEnabled(idle);
    m_cancelAction->setEnabled(m_runs->isBusy());
    m_connectAction->setEnabled(!busy);
    const auto key = currentKey();
    const bool applied = key && m_model->snapshot().state.isApplied(*key);
    bool hasAppliedChildren = false;
    if (key && applied) {
        for (const MigrationKey &k : m_catalogue.backwardsPlan(*key))
            if (k != *key && m_model->snapshot().state.isApplied(k))
                hasAppliedChildren = true;
    }
    m_migrateToHereAction->setEnabled(idle && key && !applied);
    m_rollBackToHereAction->setEnabled(idle && key && applied && hasAppliedChildren);
    m_showSqlAction->setEnabled(!m_tree->selectionModel()->selectedRows().isEmpty());
    m_repairAction->setEnabled(idle && m_model->snapshot().disagreement(repairApp()));
    m_preview->setRehearseEnabled(idle);
    if (m_migrateAction->isEnabled()) {
        const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
        m_migrateAction->setText(rows.isEmpty() ? tr("&Migrate All") : tr("&Migrate Selection"));
    }
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_tree->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    if (m_model->keyAt(index)) {
        menu.addAction(m_migrateToHereAction);
        menu.addAction(m_rollBackToHereAction);
    } else {
        menu.addAction(m_migrateAction);
    }
    menu.addAction(m_rehearseAction);
    if (m_repairAction->isEnabled())
        menu.addAction(m_repairAction);
    menu.addSeparator();
    menu.addAction(m_showSqlAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

QString MainWindow::repairApp() const
{
    const auto key = currentKey();
    return key ? key->app : currentApp();
}

void MainWindow::repairSelection()
{
    const MigrationSnapshot &snapshot = m_model->snapshot();
    if (const Disagreement *d = snapshot.disagreement(repairApp()))
        m_flow->repair(Consistency::repairFor(*d, m_catalogue, snapshot.state));
}

void MainWindow::showSql()
{
    updatePreview();
    m_tabs->setCurrentWidget(m_preview);
    if (auto key = currentKey())
        m_preview->setBackwards(m_model->snapshot().state.isApplied(*key) && m_preview->backwards());
}

// ---------------------------------------------------------------------------------------------
// Planning and running

std::optional<Plan> MainWindow::planForSelection(bool backwards, QString *title, QString *error) const
{
    QList<MigrationKey> selected;
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows(MigrationModel::NameColumn)) {
        if (auto key = m_model->keyAt(i))
            selected << *key;
        else
            selected << MigrationKey{m_model->appAt(i), QString()};
    }
    PlanError perr;
    QList<MigrationKey> targets;
    const auto plan = Planner::forSelection(m_catalogue, m_model->snapshot().state, selected, backwards, &perr, &targets);
    if (!plan) {
        if (error)
            *error = perr.message;
        return std::nullopt;
    }
    QStringList what;
    for (int n = 0; n < targets.size(); ++n) {
        const MigrationKey &t = targets.at(n);
        const bool app = n < selected.size() && selected.at(n).name.isEmpty();
        if (t.app.isEmpty())
            what << tr("all apps");
        else if (t.name == QLatin1String("zero"))
            what << tr("%1 to zero").arg(t.app);
        else if (app)
            what << tr("%1 to its latest").arg(t.app);
        else
            what << tr("%1 to %2").arg(t.app, t.name.left(4));
    }
    if (title)
        *title = what.join(QStringLiteral(", "));
    return plan;
}

QMessageBox *MainWindow::makeConfirmationBox(QWidget *parent, const QString &title, const QString &text,
                                             const QString &details)
{
    return RunFlow::makeConfirmationBox(parent, title, text, details);
}

void MainWindow::setConfirmationHandler(ConfirmationHandler handler)
{
    m_flow->setConfirmationHandler(std::move(handler));
}

QString MainWindow::lastConfirmation() const
{
    return m_flow->lastConfirmation();
}

void MainWindow::setRunOptions(const RunOptions &options)
{
    m_flow->setRunOptions(options);
    if (m_vacuumAction)
        m_vacuumAction->setChecked(options.vacuumAnalyze);
    if (m_onlineAction)
        m_onlineAction->setChecked(options.online);
    if (m_stallBudgetBox) {
        const QSignalBlocker quiet(m_stallBudgetBox); // a value given for this session is not remembered
        m_stallBudgetBox->setValue(options.stallBudgetMs);
    }
    if (m_analysis)
        m_analysis->setOnline(options.online, options.stallBudgetMs);
}

const RunOptions &MainWindow::runOptions() const
{
    return m_flow->runOptions();
}

void MainWindow::setBackupBeforeRollback(bool enabled, const QString &directory)
{
    m_flow->setBackupBeforeRollback(enabled, directory);
}

bool MainWindow::backupBeforeRollback() const
{
    return m_flow->backupBeforeRollback();
}

void MainWindow::migrate()
{
    QString title, error;
    const auto plan = planForSelection(false, &title, &error);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot Plan"), error);
        return;
    }
    if (plan->isEmpty()) {
        showStatus(tr("Nothing to migrate for %1: the database already stands there.").arg(title), 5000);
        return;
    }
    m_flow->migrate(*plan, title, m_model->snapshot().drifted());
}

void MainWindow::migrateToHere()
{
    if (currentKey())
        migrate();
}

void MainWindow::rollbackStrategy()
{
    m_flow->rollback(m_model->snapshot().state, m_model->snapshot().drifted());
}

void MainWindow::rehearse()
{
    rehearseSelection(false);
}

void MainWindow::rehearseInPlace()
{
    rehearseSelection(true);
}

void MainWindow::rehearseSelection(bool inPlace)
{
    QString title, error;
    const auto plan = planForSelection(m_preview->backwards(), &title, &error);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot Plan"), error);
        return;
    }
    m_tabs->setCurrentWidget(m_preview);
    if (m_tree->selectionModel()->selectedRows().isEmpty()) {
        QList<MigrationKey> keys;
        for (const PlanStep &s : plan->steps)
            keys << s.key;
        m_preview->showMigrations(tr("Everything not applied yet"), keys);
    }
    if (plan->isEmpty()) {
        m_preview->showRehearsal(RunResult{});
        showStatus(tr("Nothing to rehearse for %1: the database already stands there.").arg(title), 5000);
        return;
    }
    if (inPlace)
        m_flow->rehearseInPlace(*plan, title);
    else
        m_flow->rehearse(*plan, title);
}

void MainWindow::onRunStarted(const QString &, bool dryRun)
{
    if (dryRun)
        m_preview->setRehearsing(true);
    else if (!(m_deploy && m_deploy->isDeploying())) // a deployment is followed in its own tab
        m_tabs->setCurrentWidget(m_runPanel);
    updateActions();
}

void MainWindow::onRunFinished(const RunOutcome &outcome)
{
    if (outcome.dryRun) {
        m_preview->setRehearsing(false);
        m_preview->showRehearsal(outcome.result);
    }
    const RunResult &r = outcome.result;
    if (r.ok())
        showStatus(outcome.onCopy   ? tr("Rehearsal on a copy finished; the database was neither changed nor locked.")
                   : outcome.dryRun ? tr("Rehearsal finished; the database is unchanged.")
                                    : tr("Run finished."),
                   8000);
    else
        showStatus(r.error);
    // Until the tree shows the state the run left, nothing is planned from the old one.
    if (m_session->isConnected() && !outcome.dryRun && !outcome.onCopy)
        m_awaitingState = true;
    if (m_session->isConnected())
        m_session->notifyStateChanged();
    updateActions();
    emit runFinished(outcome);
}

} // namespace gma::ui
