#include "mainwindow.h"

#include "connection/connectiondialog.h"
#include "connection/connectjob.h"
#include "migrations/migrationmodel.h"
#include "preview/previewpane.h"
#include "preview/analysispane.h"
#include "run/runpanel.h"
#include "session.h"
#include "style/style.h"

#include "backup.h"

// Data views (ui/audit, ui/history, ui/backups, ui/validation): tabs, when they are in the build.
#include "audit/auditview.h"
#include "history/historyview.h"
#include "backups/backupsview.h"
#include "validation/validationview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QSpacerItem>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace gma::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_catalogue(MigrationCatalogue::builtIn()), m_session(new Session(this)),
      m_model(new MigrationModel(this)), m_runs(new RunController(m_catalogue, this))
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
        m_model->clear();
        m_preview->clear();
        updateStatusBar();
        updateActions();
    });
    connect(m_runs, &RunController::finished, this, &MainWindow::onRunFinished);
    connect(m_runs, &RunController::started, this, [this] { updateActions(); });

    readSettings();
    updateStatusBar();
    updateActions();
}

MainWindow::~MainWindow() = default;

// ---------------------------------------------------------------------------------------------
// Construction

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
                            tr("Dry run of the selection on the real data, rolled back at the end"));
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
    m_aboutAction = make(QString(), tr("&About GMA Migrator"), QKeySequence(), tr("Version and purpose"));

    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectSession);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_session->notifyStateChanged(); });
    connect(m_migrateAction, &QAction::triggered, this, &MainWindow::migrate);
    connect(m_migrateToHereAction, &QAction::triggered, this, &MainWindow::migrateToHere);
    connect(m_rollBackToHereAction, &QAction::triggered, this, &MainWindow::migrateToHere);
    connect(m_rollbackAction, &QAction::triggered, this, &MainWindow::rollbackStrategy);
    connect(m_rehearseAction, &QAction::triggered, this, &MainWindow::rehearse);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelRun);
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
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);

    QMenu *mig = menuBar()->addMenu(tr("&Migrations"));
    mig->addAction(m_refreshAction);
    mig->addSeparator();
    mig->addAction(m_migrateAction);
    mig->addAction(m_migrateToHereAction);
    mig->addAction(m_rollBackToHereAction);
    mig->addAction(m_rehearseAction);
    mig->addSeparator();
    mig->addAction(m_rollbackAction);
    mig->addAction(m_cancelAction);
    mig->addSeparator();
    mig->addAction(m_showSqlAction);
    mig->addAction(m_preflightAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_darkAction);
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    connect(m_runPanel, &RunPanel::cancelRequested, this, &MainWindow::cancelRun);

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
    m_tabs->addTab(wrap(audit), style::icon(QStringLiteral("app")), tr("&Audit Fields"));
    m_tabs->addTab(wrap(new HistoryView(m_session, m_tabs)), style::icon(QStringLiteral("refresh")), tr("Hi&story"));
    m_tabs->addTab(wrap(new BackupsView(m_session, m_tabs)), style::icon(QStringLiteral("connect")), tr("&Backups"));
    m_tabs->addTab(wrap(new ValidationView(m_session, m_tabs)), style::icon(QStringLiteral("state-applied")),
                   tr("Va&lidation"));
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runs->isBusy()) {
        if (!confirm(tr("A Run Is Going On"),
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

bool MainWindow::connectTo(const ConnectionSettings &settings, ConnectError *error)
{
    ConnectError err;
    if (!m_session->open(settings, &err)) {
        if (error)
            *error = err;
        showStatus(err.message);
        return false;
    }
    showStatus(tr("Connected to %1.").arg(settings.displayName()), 5000);
    return true;
}

void MainWindow::connectInBackground(const ConnectionSettings &settings, std::function<void()> onConnected)
{
    showStatus(tr("Connecting to %1...").arg(settings.displayName()));
    ConnectJob::start(settings, this, [this, settings, onConnected](bool ok, const QString &message, bool authFailed) {
        ConnectError error;
        if (ok && connectTo(settings, &error)) {
            ConnectionDialog::addRecent(settings);
            if (onConnected)
                onConnected();
            return;
        }
        if (!ok) {
            error.kind = authFailed ? ConnectError::Kind::AuthenticationFailed : ConnectError::Kind::Unreachable;
            error.message = message;
        }
        openConnectDialog(settings, error); // probably needs a password: the dialog asks for it
    });
}

void MainWindow::showConnectDialog()
{
    ConnectionDialog dialog(this);
    if (m_session->isConnected())
        dialog.setSettings(m_session->settings());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectError error;
    if (!connectTo(dialog.settings(), &error))
        QMessageBox::warning(this, tr("Cannot Connect"), error.message);
}

void MainWindow::openConnectDialog(const ConnectionSettings &initial, const ConnectError &error)
{
    ConnectionDialog dialog(this);
    dialog.setSettings(initial);
    if (error.isError())
        dialog.setMessage(error.message, false, error.kind == ConnectError::Kind::AuthenticationFailed);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConnectError again;
    if (!connectTo(dialog.settings(), &again))
        QMessageBox::warning(this, tr("Cannot Connect"), again.message);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QList<ConnectionSettings> recent = ConnectionDialog::recent();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
        return;
    }
    for (const ConnectionSettings &s : recent) {
        m_recentMenu->addAction(s.displayName(), this, [this, s] { connectInBackground(s); });
    }
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

void MainWindow::updateStatusBar()
{
    if (!m_session->isConnected()) {
        m_serverLabel->setText(tr("Not connected"));
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
    const std::optional<MigrationKey> current = currentKey();
    const QString currentAppName = currentApp();
    QSqlDatabase db = m_session->database();
    QString error;
    const auto snapshot = MigrationSnapshot::read(db, m_catalogue, &error);
    if (!snapshot) {
        showStatus(error);
        return;
    }
    m_model->setSnapshot(*snapshot);
    m_tree->expandAll();
    if (current)
        selectMigration(*current);
    else if (!currentAppName.isEmpty())
        selectApp(currentAppName);
    const QStringList problems = snapshot->state.inconsistencies(m_catalogue);
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
    m_analysis->analyse(m_session->settings(), m_catalogue, m_model->snapshot().state, *plan, title);
}

void MainWindow::updateActions()
{
    const bool connected = m_session->isConnected() && m_model->hasSnapshot();
    const bool busy = m_runs->isBusy();
    const bool idle = connected && !busy;
    m_disconnectAction->setEnabled(m_session->isConnected() && !busy);
    m_refreshAction->setEnabled(m_session->isConnected() && !busy);
    m_migrateAction->setEnabled(idle);
    m_rehearseAction->setEnabled(idle);
    m_rollbackAction->setEnabled(idle);
    m_cancelAction->setEnabled(busy);
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
    menu.addSeparator();
    menu.addAction(m_showSqlAction);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
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
    const MigrationState start = m_model->snapshot().state;
    MigrationState state = start;
    Plan plan;
    QStringList what;
    auto add = [&](const QString &app, const QString &target) -> bool {
        PlanError perr;
        const auto p = Planner::migrate(m_catalogue, state, app, target, &perr);
        if (!p) {
            if (error)
                *error = perr.message;
            return false;
        }
        for (const PlanStep &s : p->steps) {
            bool seen = false;
            for (const PlanStep &e : std::as_const(plan.steps))
                seen = seen || (e.key == s.key && e.backwards == s.backwards);
            if (!seen)
                plan.steps << s;
        }
        state = Planner::simulate(state, *p);
        return true;
    };
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(MigrationModel::NameColumn);
    if (rows.isEmpty()) {
        if (!add(QString(), QString()))
            return std::nullopt;
        what << tr("all apps");
    }
    for (const QModelIndex &i : rows) {
        if (auto key = m_model->keyAt(i)) {
            QString target = key->name;
            if (backwards && state.isApplied(*key)) {
                // Unapply this migration: go to its predecessor in the app, or zero.
                const QList<MigrationKey> ofApp = m_catalogue.migrationsOf(key->app);
                const int at = int(ofApp.indexOf(*key));
                target = at > 0 ? ofApp.at(at - 1).name : QStringLiteral("zero");
            }
            if (!add(key->app, target))
                return std::nullopt;
            what << (target == QLatin1String("zero") ? tr("%1 to zero").arg(key->app)
                                                     : tr("%1 to %2").arg(key->app, target.left(4)));
        } else {
            const QString app = m_model->appAt(i);
            if (!add(app, backwards ? QStringLiteral("zero") : QString()))
                return std::nullopt;
            what << (backwards ? tr("%1 to zero").arg(app) : tr("%1 to its latest").arg(app));
        }
    }
    if (title)
        *title = what.join(QStringLiteral(", "));
    return plan;
}

QString MainWindow::describePlan(const Plan &plan) const
{
    // Short lines: the step, its kind and, for data steps, how many values it touches (a quick
    // count on the session's connection).
    std::unique_ptr<Executor> counter;
    QSqlDatabase db = m_session->database();
    if (m_session->isConnected())
        counter = std::make_unique<Executor>(db, m_catalogue);
    QStringList lines;
    int n = 0;
    for (const PlanStep &s : plan.steps) {
        const MigrationDefinition *def = m_catalogue.find(s.key);
        QString line = QStringLiteral("%1. %2 %3").arg(++n).arg(s.backwards ? tr("Unapply") : tr("Apply"), s.key.label());
        if (def && def->isData()) {
            const qint64 rows = counter ? counter->pendingRows(*def, s.backwards) : -1;
            if (s.backwards)
                line += rows >= 0 ? tr(" — data step: sets back to NULL the %1 values it filled").arg(QLocale().toString(rows))
                                  : tr(" — data step: sets back to NULL only the values it filled");
            else
                line += rows >= 0 ? tr(" — data step: fills %1 rows in batches").arg(QLocale().toString(rows))
                                  : tr(" — data step: fills NULL audit fields in batches");
        } else if (def) {
            const int ops = int(def->operations(s.backwards).size());
            line += tr(" — schema step, one transaction (%n operation(s))", nullptr, ops);
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

bool MainWindow::confirm(const QString &title, const QString &text, const QString &details)
{
    m_lastConfirmation = text + (details.isEmpty() ? QString() : QStringLiteral("\n") + details);
    if (m_confirm)
        return m_confirm(title, text, details);
    std::unique_ptr<QMessageBox> box(makeConfirmationBox(this, title, text, details));
    box->exec();
    return box->clickedButton() == box->button(QMessageBox::Yes);
}

QMessageBox *MainWindow::makeConfirmationBox(QWidget *parent, const QString &title, const QString &text,
                                             const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->button(QMessageBox::Yes)->setText(tr("&Go Ahead"));
    box->setDefaultButton(QMessageBox::Cancel);
    if (!details.isEmpty())
        box->setInformativeText(details);
    // Wide enough for the step list to read one step per line.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(680, 0, QSizePolicy::Minimum, QSizePolicy::Expanding), grid->rowCount(), 0, 1,
                      grid->columnCount());
    return box;
}

void MainWindow::setBackupBeforeRollback(bool enabled, const QString &directory)
{
    m_backupBeforeRollback = enabled;
    m_backupDirectory = directory;
}

bool MainWindow::backupBeforeRollback() const
{
    return m_backupBeforeRollback;
}

bool MainWindow::startPlan(const Plan &plan, const RunOptions &options, bool isRollback, const QString &title,
                           const QString &backupPath)
{
    if (!m_session->isConnected())
        return false;
    if (!m_runs->start(m_session->settings(), plan, options, isRollback, title, backupPath)) {
        showStatus(tr("A plan is already running; wait for it or cancel it."), 5000);
        return false;
    }
    if (options.dryRun) {
        m_preview->setRehearsing(true);
    } else {
        m_tabs->setCurrentWidget(m_runPanel);
    }
    updateActions();
    return true;
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
        showStatus(tr("Nothing to migrate: %1 already stand(s) there.").arg(title), 5000);
        return;
    }
    bool unapplies = false;
    QStringList drift;
    const QList<MigrationKey> drifted = m_model->snapshot().drifted();
    for (const PlanStep &s : plan->steps) {
        unapplies = unapplies || s.backwards;
        if (s.backwards && drifted.contains(s.key))
            drift << s.key.label();
    }
    if (unapplies || !drift.isEmpty()) {
        QString text = tr("This plan unapplies migrations on database \"%1\" (%2).")
                           .arg(m_session->info().database, m_session->settings().displayName());
        if (!drift.isEmpty())
            text += QLatin1Char(' ') + tr("Warning: %1 changed since it was applied (checksum drift); undoing it "
                                          "runs the new definition.")
                                           .arg(drift.join(QStringLiteral(", ")));
        const QString steps = tr("These %n step(s) will run, in this order:", nullptr, int(plan->steps.size())) +
                              QLatin1Char('\n') + describePlan(*plan);
        if (!confirm(tr("Unapply Migrations?"), text, steps))
            return;
    }
    startPlan(*plan, m_runOptions, false, tr("Migrating %1 (%n step(s))", nullptr, int(plan->steps.size())).arg(title));
}

void MainWindow::migrateToHere()
{
    if (!currentKey())
        return;
    migrate();
}

void MainWindow::rollbackStrategy()
{
    PlanError perr;
    const auto plan = Planner::rollback(m_catalogue, m_model->snapshot().state, &perr);
    if (!plan) {
        QMessageBox::warning(this, tr("Cannot Roll Back"), perr.message);
        return;
    }
    if (plan->isEmpty()) {
        showStatus(tr("Nothing to roll back: characters, items and locations stand at 0002 or below."), 8000);
        return;
    }
    QString text = tr("Roll back the mixin migration on database \"%1\" (%2)? The data steps are undone first "
                      "(only the values the tool filled are set back to NULL), then the schema steps (the audit "
                      "columns are dropped, NULL descriptions restored), back to 0002.")
                       .arg(m_session->info().database, m_session->settings().displayName());
    QString backupPath;
    if (m_backupBeforeRollback) {
        const ClientTool dump =
            BackupManager::findClient(QStringLiteral("pg_dump"), m_session->info().versionNum / 10000);
        if (dump.ok()) {
            const QString dir = m_backupDirectory.isEmpty() ? BackupManager::defaultDirectory() : m_backupDirectory;
            backupPath = BackupManager::defaultPath(dir, m_session->info().database, BackupFormat::Custom,
                                                    QDateTime::currentDateTime());
            text += QLatin1Char(' ') + tr("First a backup is taken with pg_dump %1 (custom format) to %2; if it "
                                          "fails, nothing is rolled back.")
                                           .arg(dump.version, backupPath);
        } else {
            text += QLatin1Char(' ') + tr("No backup can be taken (%1) Take one yourself first if you may need to "
                                          "go back.")
                                           .arg(dump.error);
        }
    } else {
        text += QLatin1Char(' ') + tr("No backup is taken first (switched off).");
    }
    const QList<MigrationKey> drifted = m_model->snapshot().drifted();
    QStringList drift;
    for (const PlanStep &s : plan->steps)
        if (drifted.contains(s.key))
            drift << s.key.label();
    if (!drift.isEmpty())
        text += QLatin1Char(' ') + tr("Warning: %1 changed since it was applied (checksum drift).")
                                       .arg(drift.join(QStringLiteral(", ")));
    const QString steps = tr("These %n step(s) will run, in this order:", nullptr, int(plan->steps.size())) +
                          QLatin1Char('\n') + describePlan(*plan);
    if (!confirm(tr("Roll Back to 0002?"), text, steps))
        return;
    startPlan(*plan, m_runOptions, true, tr("Rolling back to 0002 (%n step(s))", nullptr, int(plan->steps.size())),
              backupPath);
}

void MainWindow::rehearse()
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
        showStatus(tr("Nothing to rehearse: %1 already stand(s) there.").arg(title), 5000);
        return;
    }
    RunOptions options = m_runOptions;
    options.dryRun = true;
    startPlan(*plan, options, false, tr("Rehearsing %1 (%n step(s), rolled back at the end)", nullptr,
                                        int(plan->steps.size()))
                                         .arg(title));
}

void MainWindow::cancelRun()
{
    if (m_runs->cancel())
        showStatus(tr("Cancelling: the running transaction is rolled back, a data step stops at the next batch "
                      "boundary..."));
}

void MainWindow::onRunFinished(const RunOutcome &outcome)
{
    if (outcome.dryRun) {
        m_preview->setRehearsing(false);
        m_preview->showRehearsal(outcome.result);
    }
    const RunResult &r = outcome.result;
    if (r.ok())
        showStatus(outcome.dryRun ? tr("Rehearsal finished; the database is unchanged.") : tr("Run finished."), 8000);
    else
        showStatus(r.error);
    if (m_session->isConnected())
        m_session->notifyStateChanged();
    updateActions();
    emit runFinished(outcome);
}

} // namespace gma::ui
