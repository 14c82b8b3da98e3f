// gma-migrator: the desktop application.
//   gma-migrator                      opens the window; File > Connect... (or a recent connection)
//   gma-migrator postgresql://...     connects at once (the password is asked for if needed)
//   gma-migrator --demo [--demo-rows N]
//                                     starts a throwaway PostgreSQL cluster with demo data and
//                                     connects to it; the cluster is removed when the window closes
#include "democluster.h"
#include "mainwindow.h"
#include "session.h"
#include "style/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>
#include <QThread>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

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

void installTranslators(QTranslator *qt, QTranslator *own)
{
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    if (own->load(QLocale(), QStringLiteral("gma-migrator"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// The throwaway demo cluster: started on a thread of its own (initdb and the demo data take a
// while), then the window connects to it.
struct Demo
{
    DemoCluster cluster;
    QThread *thread = nullptr;
    bool ok = false;
    QString error;
};

void startDemo(MainWindow &window, Demo &demo, qint64 rows)
{
    DemoClusterOptions options;
    options.rows = qMax<qint64>(1, rows);
    window.setDemoMode(true);
    window.showStatus(QApplication::translate("main", "Starting the demo database..."));
    demo.thread = QThread::create([&demo, options, &window] {
        demo.ok = demo.cluster.start(options, &demo.error, [&window](const QString &text) {
            QMetaObject::invokeMethod(&window, [&window, text] { window.showStatus(text); }, Qt::QueuedConnection);
        });
    });
    QObject::connect(demo.thread, &QThread::finished, &window, [&window, &demo] {
        if (!demo.ok) {
            QMessageBox::critical(&window, QApplication::translate("main", "Demo Not Started"), demo.error);
            return;
        }
        QObject::connect(
            window.session(), &Session::connectFailed, &window,
            [&window](const ConnectError &error) {
                QMessageBox::critical(&window, QApplication::translate("main", "Cannot Connect"), error.message);
            },
            Qt::SingleShotConnection);
        window.connectTo(demo.cluster.settings(), [&window, &demo] {
            window.showStatus(QApplication::translate("main", "Demo database ready in %1; it is removed when you quit.")
                                  .arg(demo.cluster.directory()),
                              15000);
        });
    });
    demo.thread->start();
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
    installTranslators(&qtTranslator, &translator);

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
    parser.addOptions({demo, demoRows, batch});
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

    Demo demoRun;
    if (parser.isSet(demo)) {
        startDemo(window, demoRun, parser.value(demoRows).toLongLong());
    } else if (!parser.positionalArguments().isEmpty()) {
        QString error;
        const auto settings = ConnectionSettings::parse(parser.positionalArguments().first(), &error);
        if (!settings)
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot Connect"), error);
        else
            window.connectInBackground(*settings);
    } else {
        // A newcomer sees the connection dialog first.
        QTimer::singleShot(0, &window, [&window] {
            if (!window.session()->isConnected())
                window.connectAction()->trigger();
        });
    }

    const int rc = app.exec();
    if (demoRun.thread) {
        demoRun.thread->wait();
        delete demoRun.thread;
    }
    window.session()->close();
    window.session()->stopWorkers();
    demoRun.cluster.stop();
    return rc;
}
