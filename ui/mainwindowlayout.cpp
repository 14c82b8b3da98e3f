// The main window's construction: actions, menus, toolbar, the tree and the tabs, the status bar
// and the remembered layout. (Its behaviour is in mainwindow.cpp.)
#include "mainwindow.h"

#include "connection/connectionflow.h"
#include "preview/analysispane.h"
#include "preview/previewpane.h"
#include "run/runflow.h"
#include "run/runpanel.h"
#include "session.h"
#include "style/style.h"

#include "audit/auditview.h"
#include "backups/backupsview.h"
#include "help/userguide.h"
#include "history/historyview.h"
#include "monitor/monitorview.h"
#include "validation/validationview.h"
#include "fleet/fleetview.h"
#include "deploy/deployview.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace gma::ui {

void MainWindow::createActions()
{
    auto make = [this](const QString &icon, const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(icon.isEmpty() ? QIcon() : style::icon(icon), text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };
    m_connectAction = make(QStringLiteral("connect"), tr("&Connect..."), QKeySequence::Open,
                           tr("Connect to a GMA database (profiles, recent connections or a postgresql:// URI)"));
    m_disconnectAction = make(QStringLiteral("disconnect"), tr("&Disconnect"), QKeySequence(),
                              tr("Close the connection to the database"));
    m_quitAction = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, tr("Quit GMA Migrator"));
    m_refreshAction = make(QStringLiteral("refresh"), tr("&Refresh"), QKeySequence::Refresh,
                           tr("Re-read the migration state from the database"));
    m_migrateAction = make(QStringLiteral("migrate"), tr("&Migrate"), QKeySequence(tr("Ctrl+M")),
                           tr("Migrate the selected apps or migrations, or everything when nothing is selected"));
    m_migrateToHereAction = make(QStringLiteral("migrate-to"), tr("Migrate &to Here"), QKeySequence(),
                                 tr("Apply the selected migration and everything it needs"));
    m_rollBackToHereAction = make(QStringLiteral("rollback"), tr("Roll &Back to Here..."), QKeySequence(),
                                  tr("Unapply everything of this app after the selected migration (Django's "
                                     "migrate APP NAME)"));
    m_rollbackAction = make(QStringLiteral("rollback"), tr("Roll Back to &0002..."), QKeySequence(tr("Ctrl+Shift+B")),
                            tr("The strategy's rollback: data steps first, then schema steps, back to 0002"));
    m_rehearseAction = make(QStringLiteral("rehearse"), tr("R&ehearse"), QKeySequence(tr("Ctrl+R")),
                            tr("Rehearse the selection on a copy restored from a backup: the plan and its "
                               "reverse with the checks, timed as the estimate for production"));
    m_rehearseInPlaceAction =
        make(QStringLiteral("rehearse"), tr("Rehearse in &Place..."), QKeySequence(),
             tr("Dry run on the database itself, rolled back at the end: holds the plan's locks until then"));
    m_repairAction = make(QStringLiteral("state-drift"), tr("Repa&ir..."), QKeySequence(),
                          tr("Make the selected app's record and tables agree again, where the tree says they "
                             "disagree: previewed and confirmed first"));
    m_deployAction = make(QStringLiteral("rehearse"), tr("&Deploy to Production..."), QKeySequence(),
                          tr("The seed's production deployment with a profile: maintenance commands, preflight, "
                             "backup, migrate, verification, validation, timed against the window"));
    m_cancelAction = make(QStringLiteral("cancel"), tr("&Cancel Run"), QKeySequence(tr("Ctrl+.")),
                          tr("Stop the running plan safely"));
    m_showSqlAction = make(QStringLiteral("sql"), tr("Show &SQL"), QKeySequence(tr("Ctrl+L")),
                           tr("Show the SQL of the selection in the preview"));
    m_darkAction = make(QStringLiteral("dark-mode"), tr("&Dark Palette"), QKeySequence(tr("Ctrl+Shift+D")),
                        tr("Switch between the light and the dark palette"));
    m_darkAction->setCheckable(true);
    m_preflightAction = make(QString(), tr("Run &Preflight Checks First"), QKeySequence(),
                             tr("Before every run, check for what would make it fail or block the application "
                                "(too-long values, lock holders, privileges, drift) and refuse it on an error"));
    m_preflightAction->setCheckable(true);
    m_preflightAction->setChecked(true);
    connect(m_preflightAction, &QAction::toggled, this, [this](bool on) { m_runs->setPreflight(on); });
    m_runs->setPreflight(m_preflightAction->isChecked());
    m_vacuumAction = make(QString(), tr("&VACUUM (ANALYZE) After Data Steps"), QKeySequence(),
                          tr("After a run whose data steps changed rows, vacuum and analyze their tables "
                             "(the application's reads and writes do not wait for it)"));
    m_vacuumAction->setCheckable(true);
    m_vacuumAction->setChecked(runOptions().vacuumAnalyze);
    connect(m_vacuumAction, &QAction::toggled, this, [this](bool on) {
        RunOptions options = runOptions();
        options.vacuumAnalyze = on;
        m_flow->setRunOptions(options);
    });
    m_onlineAction = make(QString(), tr("Run Schema Steps &Online"), QKeySequence(),
                          tr("Each catalogue change of a schema step in its own short transaction (lock timeout "
                             "within the stall budget), indexes built concurrently, foreign keys and NOT NULL "
                             "validated separately: the same end schema, without long waits for the application "
                             "(narrowing items' name still rewrites the table; the preview estimates it)"));
    m_onlineAction->setCheckable(true);
    m_onlineAction->setChecked(runOptions().online);
    connect(m_onlineAction, &QAction::toggled, this, [this](bool on) {
        RunOptions options = runOptions();
        options.online = on;
        m_flow->setRunOptions(options);
        if (m_analysis) {
            m_analysis->setOnline(on, options.stallBudgetMs);
            scheduleAnalysis();
        }
    });
    // The stall budget, where online mode is chosen: remembered from one session to the next.
    {
        RunOptions options = runOptions();
        options.stallBudgetMs =
            qBound(50, QSettings().value(QStringLiteral("run/stallBudgetMs"), options.stallBudgetMs).toInt(), 600000);
        m_flow->setRunOptions(options);
    }
    auto *budgetRow = new QWidget(this);
    auto *budgetLayout = new QHBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(28, 2, 8, 2);
    auto *budgetLabel = new QLabel(tr("Stall budget:"), budgetRow);
    m_stallBudgetBox = new QSpinBox(budgetRow);
    m_stallBudgetBox->setObjectName(QStringLiteral("stallBudget"));
    m_stallBudgetBox->setRange(50, 600000);
    m_stallBudgetBox->setSingleStep(100);
    m_stallBudgetBox->setSuffix(tr(" ms"));
    m_stallBudgetBox->setValue(runOptions().stallBudgetMs);
    m_stallBudgetBox->setToolTip(tr("Online runs: how long a statement may keep the application waiting for a lock. "
                                    "Catalogue changes wait at most half of it for their lock, a data step's batch a "
                                    "quarter for a row the application holds, then retry"));
    budgetLabel->setBuddy(m_stallBudgetBox);
    budgetLayout->addWidget(budgetLabel);
    budgetLayout->addWidget(m_stallBudgetBox);
    m_stallBudgetAction = new QWidgetAction(this);
    m_stallBudgetAction->setDefaultWidget(budgetRow);
    m_stallBudgetAction->setEnabled(runOptions().online);
    connect(m_onlineAction, &QAction::toggled, m_stallBudgetAction, &QAction::setEnabled);
    connect(m_stallBudgetBox, &QSpinBox::valueChanged, this, [this](int ms) {
        RunOptions options = runOptions();
        options.stallBudgetMs = ms;
        m_flow->setRunOptions(options);
        QSettings().setValue(QStringLiteral("run/stallBudgetMs"), ms);
        if (m_analysis && options.online) {
            m_analysis->setOnline(true, ms);
            scheduleAnalysis();
        }
    });
    m_aboutAction = make(QString(), tr("&About GMA Migrator"), QKeySequence(), tr("Version and purpose"));

    connectActions();
}

void MainWindow::connectActions()
{
    connect(m_connectAction, &QAction::triggered, m_connection, &ConnectionFlow::showDialog);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectSession);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_session->notifyStateChanged(); });
    connect(m_migrateAction, &QAction::triggered, this, &MainWindow::migrate);
    connect(m_migrateToHereAction, &QAction::triggered, this, &MainWindow::migrateToHere);
    connect(m_rollBackToHereAction, &QAction::triggered, this, &MainWindow::migrateToHere);
    connect(m_rollbackAction, &QAction::triggered, this, &MainWindow::rollbackStrategy);
    connect(m_rehearseAction, &QAction::triggered, this, &MainWindow::rehearse);
    connect(m_rehearseInPlaceAction, &QAction::triggered, this, &MainWindow::rehearseInPlace);
    connect(m_repairAction, &QAction::triggered, this, &MainWindow::repairSelection);
    connect(m_cancelAction, &QAction::triggered, m_flow, &RunFlow::cancel);
    connect(m_showSqlAction, &QAction::triggered, this, &MainWindow::showSql);
    connect(m_darkAction, &QAction::toggled, this, &MainWindow::setDarkMode);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About GMA Migrator"),
                           tr("<h3>GMA Migrator %1</h3><p>Carries out, watches, checks and undoes the mixin "
                              "migration of the Game Master Application's PostgreSQL database: schema steps in one "
                              "short transaction each, data steps in batches, Django's own bookkeeping.</p>")
                               .arg(QStringLiteral(GMA_VERSION)));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_connection->fillRecentMenu(m_recentMenu); });

    QMenu *mig = menuBar()->addMenu(tr("&Migrations"));
    mig->addAction(m_refreshAction);
    mig->addSeparator();
    mig->addAction(m_migrateAction);
    mig->addAction(m_migrateToHereAction);
    mig->addAction(m_rollBackToHereAction);
    mig->addAction(m_rehearseAction);
    mig->addAction(m_rehearseInPlaceAction);
    mig->addSeparator();
    mig->addAction(m_rollbackAction);
    mig->addAction(m_repairAction);
    mig->addAction(m_deployAction);
    mig->addAction(m_cancelAction);
    mig->addSeparator();
    mig->addAction(m_showSqlAction);
    mig->addAction(m_preflightAction);
    mig->addAction(m_vacuumAction);
    mig->addAction(m_onlineAction);
    mig->addAction(m_stallBudgetAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_darkAction);
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, [] { gma::ui::help::open(); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("The walkthrough of the migration and what every finding and check means (offline)"));
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tb = addToolBar(tr("Main Toolbar"));
    tb->setObjectName(QStringLiteral("mainToolbar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setIconSize(QSize(20, 20));
    tb->addAction(m_connectAction);
    tb->addAction(m_refreshAction);
    tb->addSeparator();
    tb->addAction(m_migrateAction);
    tb->addAction(m_rehearseAction);
    tb->addAction(m_rollbackAction);
    tb->addAction(m_cancelAction);
    tb->addSeparator();
    tb->addAction(m_darkAction);
    view->addSeparator();
    view->addAction(tb->toggleViewAction());
}

void MainWindow::createCentral()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    auto *treeLabel = new QLabel(tr("M&igrations"), left);
    QFont f = treeLabel->font();
    f.setBold(true);
    treeLabel->setFont(f);
    m_tree = new QTreeView(left);
    m_tree->setModel(m_model);
    m_tree->setObjectName(QStringLiteral("migrationTree"));
    m_tree->setAccessibleName(tr("Migration tree"));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    // Migration names are long (Django's auto names): elided in the middle so that the number and
    // the end stay readable; the tooltip has the full name, the column can be widened.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(MigrationModel::NameColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(MigrationModel::NameColumn, 280);
    m_tree->header()->setMinimumSectionSize(60);
    treeLabel->setBuddy(m_tree);
    leftLayout->addWidget(treeLabel);
    leftLayout->addWidget(m_tree, 1);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_tree, &QTreeView::activated, this, [this] { showSql(); });

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_preview = new PreviewPane(m_catalogue, m_tabs);
    m_tabs->addTab(m_preview, style::icon(QStringLiteral("sql")), tr("&Preview"));
    m_analysisTimer = new QTimer(this);
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(250);
    connect(m_analysisTimer, &QTimer::timeout, this, &MainWindow::runAnalysis);
    m_analysis = new AnalysisPane(m_preview);
    m_preview->setAnalysisWidget(m_analysis, tr("Impact && Preflight"));
    m_runPanel = new RunPanel(m_runs, m_catalogue, m_tabs);
    m_tabs->addTab(m_runPanel, style::icon(QStringLiteral("migrate")), tr("R&un"));
    connect(m_preview, &PreviewPane::rehearseRequested, this, &MainWindow::rehearse);
    connect(m_preview, &PreviewPane::directionChanged, this, [this] {
        updateActions();
        scheduleAnalysis();
    });
    connect(m_runPanel, &RunPanel::cancelRequested, m_flow, &RunFlow::cancel);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);
}

void MainWindow::addDataViews()
{
    // Each view is constructed as View(m_session, parent) and refreshes on the Session's signals.
    // It sits in a scroll area, so that a wide view does not push the migration tree aside.
    [[maybe_unused]] auto wrap = [this](QWidget *view) {
        auto *area = new QScrollArea(m_tabs);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(view);
        area->setFocusProxy(view);
        return area;
    };
    auto *audit = new AuditView(m_session, m_tabs);
    // "Before and after": the population figures just before a real run become the baseline.
    connect(m_runs, &RunController::started, audit, [audit](const QString &, bool dryRun) {
        if (!dryRun)
            audit->setBaseline();
    });
    connect(audit, &AuditView::fillLateRowsRequested, m_flow, &RunFlow::fillLateRows);
    m_tabs->addTab(wrap(audit), style::icon(QStringLiteral("app")), tr("&Audit Fields"));
    m_tabs->addTab(wrap(new HistoryView(m_session, m_tabs)), style::icon(QStringLiteral("refresh")), tr("Hi&story"));
    m_tabs->addTab(wrap(new BackupsView(m_session, m_tabs)), style::icon(QStringLiteral("connect")), tr("&Backups"));
    m_tabs->addTab(wrap(new ValidationView(m_session, m_tabs)), style::icon(QStringLiteral("state-applied")),
                   tr("Va&lidation"));
    // After the migration: the three tables beside the baseline taken before the last run.
    m_tabs->addTab(wrap(new MonitorView(m_session, m_tabs)), style::icon(QStringLiteral("state-running")),
                   tr("Mo&nitor"));
    // Many databases at once; a double-clicked target opens here alone.
    auto *fleet = new FleetView(m_catalogue, m_tabs);
    connect(fleet, &FleetView::openTarget, this, [this](const ConnectionSettings &settings) { connectTo(settings); });
    m_tabs->addTab(wrap(fleet), style::icon(QStringLiteral("migrate")), tr("Fl&eet"));
    // The seed's production deployment, guided: profile, stages, countdown, report.
    m_deploy = new DeployView(m_session, m_runs, m_flow, m_tabs);
    connect(m_deploy, &DeployView::deployRequested, this, &MainWindow::startDeployment);
    m_tabs->addTab(wrap(m_deploy), style::icon(QStringLiteral("rehearse")), tr("&Deploy"));
    connect(m_deployAction, &QAction::triggered, this, [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            auto *area = qobject_cast<QScrollArea *>(m_tabs->widget(i));
            if (area && area->widget() == m_deploy)
                m_tabs->setCurrentIndex(i);
        }
    });
}

void MainWindow::startDeployment(const DeployProfile &profile)
{
    PlanError error;
    const auto plan = m_model->hasSnapshot()
                          ? Planner::migrate(m_catalogue, m_model->snapshot().state, QString(), QString(), &error)
                          : std::nullopt;
    QString reason;
    if (!m_session->isConnected() || !m_model->hasSnapshot())
        reason = tr("Connect to the database first.");
    else if (!plan)
        reason = error.message;
    else if (plan->isEmpty())
        reason = tr("Nothing to deploy: every app is at its latest migration; no command of the profile ran.");
    else if (!m_runs->startDeploy(m_session->settings(), *plan, runOptions(), profile, m_flow->backupDirectory(),
                                  m_session->info().database))
        reason = tr("A run is going on; deploy when it has finished.");
    if (!reason.isEmpty()) {
        m_deploy->notStarted(reason);
        showStatus(reason, 8000);
    }
}

void MainWindow::createTabShortcuts()
{
    // View > Go to: Ctrl+0 the tree, Ctrl+1... each tab.
    QMenu *go = m_viewMenu->addMenu(tr("&Go To"));
    QAction *tree = go->addAction(tr("Migration &Tree"), this, [this] { m_tree->setFocus(); });
    tree->setShortcut(QKeySequence(tr("Ctrl+0")));
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        QWidget *page = m_tabs->widget(i);
        QAction *a = go->addAction(m_tabs->tabIcon(i), m_tabs->tabText(i), this, [this, page] {
            m_tabs->setCurrentWidget(page);
            page->setFocus();
        });
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }
}

void MainWindow::createStatusBar()
{
    auto make = [this](const QString &tip) {
        auto *l = new QLabel(this);
        l->setToolTip(tip);
        l->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_gmaLabel = make(tr("Whether the database holds the GMA tables"));
    m_databaseLabel = make(tr("Database"));
    m_userLabel = make(tr("User of the session"));
    m_serverLabel = make(tr("PostgreSQL server version"));
    m_encryptionLabel = make(tr("Whether the connection is encrypted: TLS version and cipher (pg_stat_ssl)"));
    m_encryptionLabel->setObjectName(QStringLiteral("encryptionLabel"));
    m_encryptionLabel->hide();
    m_replicaLabel = make(tr("The server's streaming replicas and how far each is behind (pg_stat_replication)"));
    m_replicaLabel->hide();
    m_replicaTimer = new QTimer(this);
    m_replicaTimer->setInterval(5000);
    connect(m_replicaTimer, &QTimer::timeout, this, &MainWindow::refreshReplicas);
    m_replicaTimer->start();
}

void MainWindow::readSettings()
{
    QSettings s;
    const QByteArray geometry = s.value(QStringLiteral("ui/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820);
    restoreState(s.value(QStringLiteral("ui/state")).toByteArray());
    const QByteArray split = s.value(QStringLiteral("ui/splitter")).toByteArray();
    if (split.isEmpty() || !m_splitter->restoreState(split))
        m_splitter->setSizes({660, 740});
    const bool dark = s.value(QStringLiteral("ui/dark"), false).toBool();
    m_darkAction->setChecked(dark);
    if (dark == style::isDark())
        setDarkMode(dark);
}

void MainWindow::writeSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    s.setValue(QStringLiteral("ui/state"), saveState());
    s.setValue(QStringLiteral("ui/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("ui/dark"), m_darkAction->isChecked());
}

} // namespace gma::ui
