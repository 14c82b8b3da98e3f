// gma-migrator: the desktop application.
//   gma-migrator                      opens the window; File > Connect... (or a recent connection)
//   gma-migrator postgresql://...     connects at once (the password is asked for if needed)
//   gma-migrator --demo [--demo-rows N]
//                                     starts a throwaway PostgreSQL cluster with demo data and
//                                     connects to it; the cluster is removed when the window closes
//   gma-migrator --demo --screenshot DIR
//                                     walks through the panes, saves PNGs of them into DIR, quits
#include "connection/connectiondialog.h"
#include "democluster.h"
#include "mainwindow.h"
#include "migrations/migrationmodel.h"
#include "preview/previewpane.h"
#include "run/runpanel.h"
#include "session.h"
#include "style/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSocketNotifier>
#include <QSplitter>
#include <QTabWidget>
#include <QThread>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace gma;
using namespace gma::ui;

namespace {

int g_signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// SIGINT/SIGTERM close the window normally, so that a demo cluster is stopped and removed.
void installQuitOnSignal(QApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app, notifier] {
        notifier->setEnabled(false);
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        app->closeAllWindows();
        app->quit();
    });
    std::signal(SIGINT, onTerminate);
    std::signal(SIGTERM, onTerminate);
}

void pump(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

bool pumpUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    return true;
}

// The screenshot tour: each pane as a DBA would look at it, saved as PNG.
int screenshotTour(MainWindow *w, const QString &directory)
{
    QDir dir(directory);
    dir.mkpath(QStringLiteral("."));
    auto save = [&](QWidget *widget, const QString &name) {
        pump(250);
        const QString path = dir.filePath(name);
        widget->grab().save(path);
        qInfo("saved %s", qPrintable(path));
    };
    w->setDarkMode(false);
    w->resize(1400, 860);
    if (auto *split = w->findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        split->setSizes({660, 740});

    w->refresh();
    // 1. The tree at 0002 with the schema step of items selected (it narrows name).
    w->selectMigration({QStringLiteral("items"), QStringLiteral("0003_item_modified_by_alter_item_created_at_and_more")});
    w->tabs()->setCurrentWidget(w->previewPane());
    save(w, QStringLiteral("main-window.png"));
    // 2. The preview of a data step.
    w->selectMigration({QStringLiteral("characters"), QStringLiteral("0004_populate_audit_fields")});
    save(w, QStringLiteral("preview.png"));
    // 2b. Impact and preflight of the locations schema step (NULL descriptions become '').
    if (QTabWidget *inner = w->previewPane()->tabs(); inner->count() > 2) {
        w->selectMigration({QStringLiteral("locations"),
                            QStringLiteral("0003_location_modified_by_alter_location_created_at_and_more")});
        inner->setCurrentIndex(1);
        pump(3000);
        save(w, QStringLiteral("impact.png"));
        inner->setCurrentIndex(0);
    }
    // 3. Rehearsal of everything.
    w->clearSelection();
    bool rehearsed = false;
    QObject::connect(w, &MainWindow::runFinished, w, [&](const RunOutcome &o) { rehearsed = rehearsed || o.dryRun; });
    w->rehearseAction()->trigger();
    pumpUntil([&] { return rehearsed; }, 300000);
    save(w, QStringLiteral("rehearsal.png"));
    // 4. A run in progress: small batches so that a data step is caught half way.
    RunOptions options = w->runOptions();
    options.batchSize = 200;
    w->setRunOptions(options);
    bool grabbed = false;
    bool finished = false;
    QObject::connect(w->runController()->worker(), &RunWorker::stepProgress, w,
                     [&](int, qint64 done, qint64 total) {
                         if (!grabbed && total > 1000 && done * 10 >= total * 4) {
                             grabbed = true;
                             w->grab().save(dir.filePath(QStringLiteral("running.png")));
                             qInfo("saved %s", qPrintable(dir.filePath(QStringLiteral("running.png"))));
                         }
                     });
    QObject::connect(w, &MainWindow::runFinished, w, [&](const RunOutcome &o) { finished = finished || !o.dryRun; });
    w->migrateAction()->trigger();
    pumpUntil([&] { return finished; }, 600000);
    save(w, QStringLiteral("migrated.png"));
    // 4b. The data views, with room for them (the tree narrower).
    auto *split = w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    if (split)
        split->setSizes({360, 1040});
    for (int i = 2; i < w->tabs()->count(); ++i) {
        w->tabs()->setCurrentIndex(i);
        pump(2000);
        QString name = w->tabs()->tabText(i).remove(QLatin1Char('&')).toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        save(w, name + QStringLiteral(".png"));
    }
    if (split)
        split->setSizes({660, 740});
    w->tabs()->setCurrentWidget(w->previewPane());
    w->selectApp(QStringLiteral("locations"));
    w->setDarkMode(true);
    save(w, QStringLiteral("dark.png"));
    w->setDarkMode(false);
    // 5. The rollback confirmation, then the rollback itself.
    finished = false;
    w->setConfirmationHandler([&](const QString &title, const QString &text, const QString &details) {
        QMessageBox *box = MainWindow::makeConfirmationBox(w, title, text, details);
        box->show();
        save(box, QStringLiteral("rollback-confirm.png"));
        box->deleteLater();
        return true;
    });
    options.batchSize = 10000;
    w->setRunOptions(options);
    w->rollbackAction()->trigger();
    pumpUntil([&] { return finished; }, 600000);
    w->tabs()->setCurrentWidget(w->runPanel());
    save(w, QStringLiteral("rolled-back.png"));
    // 6. The connection dialog.
    {
        ConnectionDialog dialog(w);
        dialog.setSettings(w->session()->settings());
        dialog.show();
        save(&dialog, QStringLiteral("connection.png"));
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GMA"));
    QApplication::setApplicationName(QStringLiteral("gma-migrator"));
    QApplication::setApplicationDisplayName(QStringLiteral("GMA Migrator"));
    QApplication::setApplicationVersion(QStringLiteral(GMA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gma-migrator"));

    QTranslator qtTranslator, translator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (translator.load(QLocale(), QStringLiteral("gma-migrator"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Carries out, watches, checks and undoes the GMA mixin migration."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("uri"),
                                 QApplication::translate("main", "A postgresql:// URI or keyword string to connect to."),
                                 QStringLiteral("[uri]"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start a throwaway PostgreSQL cluster with demo data "
                                                                  "and connect to it; it is removed on quit."));
    const QCommandLineOption demoRows(QStringLiteral("demo-rows"),
                                      QApplication::translate("main", "Rows per model of the demo (default 20000)."),
                                      QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption batch(QStringLiteral("batch-size"),
                                   QApplication::translate("main", "Rows per batch of a data step (default 10000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption shots(QStringLiteral("screenshot"),
                                   QApplication::translate("main", "Save screenshots of every pane into DIR, then quit."),
                                   QStringLiteral("DIR"));
    parser.addOptions({demo, demoRows, batch, shots});
    parser.process(app);

    // The demo's backups are as throwaway as its database: they go to a folder removed on quit,
    // not to the user's ~/.local/share.
    QTemporaryDir demoDataHome(QDir::tempPath() + QStringLiteral("/gma-demo-data-XXXXXX"));
    if (parser.isSet(demo) && demoDataHome.isValid())
        qputenv("XDG_DATA_HOME", QFile::encodeName(demoDataHome.path()));

    installQuitOnSignal(&app);
    style::applyTheme(QSettings().value(QStringLiteral("ui/dark"), false).toBool());

    MainWindow window;
    if (parser.isSet(batch)) {
        RunOptions o = window.runOptions();
        o.batchSize = qMax(1, parser.value(batch).toInt());
        window.setRunOptions(o);
    }
    window.show();

    const QString screenshotDir = parser.value(shots);
    DemoCluster cluster;
    QThread *demoThread = nullptr;
    bool demoOk = false;
    QString demoError;
    int exitCode = 0;

    auto afterConnect = [&] {
        if (!screenshotDir.isEmpty())
            QTimer::singleShot(300, &window, [&] {
                exitCode = screenshotTour(&window, screenshotDir);
                window.close();
            });
    };

    if (parser.isSet(demo)) {
        DemoClusterOptions options;
        options.rows = qMax<qint64>(1, parser.value(demoRows).toLongLong());
        window.setDemoMode(true);
        window.showStatus(QApplication::translate("main", "Starting the demo database..."));
        demoThread = QThread::create([&cluster, options, &demoOk, &demoError, &window] {
            demoOk = cluster.start(options, &demoError, [&window](const QString &text) {
                QMetaObject::invokeMethod(&window, [&window, text] { window.showStatus(text); }, Qt::QueuedConnection);
            });
        });
        QObject::connect(demoThread, &QThread::finished, &window, [&] {
            if (!demoOk) {
                if (!screenshotDir.isEmpty()) {
                    qCritical("%s", qPrintable(demoError));
                    exitCode = 1;
                    window.close();
                    return;
                }
                QMessageBox::critical(&window, QApplication::translate("main", "Demo Not Started"), demoError);
                return;
            }
            ConnectError error;
            if (!window.connectTo(cluster.settings(), &error)) {
                QMessageBox::critical(&window, QApplication::translate("main", "Cannot Connect"), error.message);
                return;
            }
            window.showStatus(QApplication::translate("main", "Demo database ready in %1; it is removed when you quit.")
                                  .arg(cluster.directory()),
                              15000);
            afterConnect();
        });
        demoThread->start();
    } else if (!parser.positionalArguments().isEmpty()) {
        QString error;
        const auto settings = ConnectionSettings::parse(parser.positionalArguments().first(), &error);
        if (!settings)
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot Connect"), error);
        else
            window.connectInBackground(*settings, afterConnect);
    } else {
        // A newcomer sees the connection dialog first.
        QTimer::singleShot(0, &window, [&window] {
            if (!window.session()->isConnected())
                window.connectAction()->trigger();
        });
    }

    const int rc = app.exec();
    if (demoThread) {
        demoThread->wait();
        delete demoThread;
    }
    window.session()->close();
    cluster.stop();
    return exitCode != 0 ? exitCode : rc;
}
