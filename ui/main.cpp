// gma-migrator: the desktop application.
//   gma-migrator                      opens the window; File > Connect... (or a recent connection)
//   gma-migrator postgresql://...     connects at once (the password is asked for if needed)
//   gma-migrator --demo [--demo-rows N]
//                                     starts a throwaway PostgreSQL cluster with demo data and
//                                     connects to it; the cluster is removed when the window closes
//   gma-migrator --lang de            the window in German (default: the system's language)
#include "democluster.h"
#include "format.h"
#include "mainwindow.h"
#include "manpage/manpage.h"
#include "session.h"
#include "translations.h"
#include "style/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSocketNotifier>
#include <QThread>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <limits>
#include <memory>
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

// The man page gma-migrator(1), made from the --help text (the build runs --help-man).
QString manPage(const QCommandLineParser &parser)
{
    manpage::Page page;
    page.program = QStringLiteral("gma-migrator");
    page.version = QStringLiteral(GMA_VERSION);
    page.summary = QStringLiteral("desktop tool that carries out, watches, checks and undoes the GMA mixin migration");
    page.help = parser.helpText();
    page.seeAlso = QStringLiteral("gma-migrator-cli(1)");
    return manpage::toRoff(page);
}

bool printsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--help-all" || a == "--version" || a == "-v" || a == "--help-man")
            return true;
    }
    return false;
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
    // --help, --version and --help-man print text only: they need no display.
    std::unique_ptr<QCoreApplication> application;
    if (printsTextOnly(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GMA"));
    QApplication::setApplicationName(QStringLiteral("gma-migrator"));
    QApplication::setApplicationDisplayName(QStringLiteral("GMA Migrator"));
    QApplication::setApplicationVersion(QStringLiteral(GMA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gma-migrator"));

    i18n::install(i18n::chosenLocale(QApplication::arguments())); // dates, times, sizes and numbers too

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
                                   QApplication::translate("main", "Rows in every batch of a data step: a fixed size (default: paced batches of about 200 ms)."),
                                   QStringLiteral("N"));
    const QCommandLineOption statementTimeout(
        QStringLiteral("statement-timeout"),
        QApplication::translate("main", "Cancel a statement of a run that takes longer than this (30s, 500ms, 2min "
                                        "or milliseconds; default: the server's setting)."),
        QStringLiteral("DURATION"));
    const QCommandLineOption stallBudget(
        QStringLiteral("stall-budget"),
        QApplication::translate("main", "With Run Schema Steps Online: how long a statement may keep the application "
                                        "waiting for a lock, in milliseconds (default 1000)."),
        QStringLiteral("MS"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QApplication::translate("main", "The language of the window, e.g. de or en "
                                                                  "(default: the system's, from LANG)."),
                                  QStringLiteral("LOCALE"));
    QCommandLineOption helpMan(QStringLiteral("help-man"));
    helpMan.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, demoRows, batch, statementTimeout, stallBudget, lang, helpMan});
    parser.process(*application);
    if (parser.isSet(helpMan)) {
        std::fputs(manPage(parser).toUtf8().constData(), stdout);
        return 0;
    }

    qint64 statementTimeoutMs = 0;
    if (parser.isSet(statementTimeout) &&
        (!format::parseDuration(parser.value(statementTimeout), &statementTimeoutMs) ||
         statementTimeoutMs > std::numeric_limits<int>::max())) {
        std::fputs(qPrintable(QApplication::translate("main", "--statement-timeout needs a duration such as 30s, "
                                                              "500ms, 2min or a number of milliseconds.") +
                              QLatin1Char('\n')),
                   stderr);
        return 2;
    }

    bool budgetOk = true;
    const int stallBudgetMs = parser.isSet(stallBudget) ? parser.value(stallBudget).toInt(&budgetOk) : 0;
    if (!budgetOk || (parser.isSet(stallBudget) && stallBudgetMs < 1)) {
        std::fputs(qPrintable(QApplication::translate("main", "--stall-budget needs a positive number of "
                                                              "milliseconds.") +
                              QLatin1Char('\n')),
                   stderr);
        return 2;
    }

    // The demo's backups are as throwaway as its database: they go to a folder removed on quit,
    // not to the user's ~/.local/share.
    QTemporaryDir demoDataHome(QDir::tempPath() + QStringLiteral("/gma-demo-data-XXXXXX"));
    if (parser.isSet(demo) && demoDataHome.isValid())
        qputenv("XDG_DATA_HOME", QFile::encodeName(demoDataHome.path()));

    auto &app = static_cast<QApplication &>(*application);
    installQuitOnSignal(&app);
    style::applyTheme(QSettings().value(QStringLiteral("ui/dark"), false).toBool());

    MainWindow window;
    if (parser.isSet(batch) || statementTimeoutMs > 0 || stallBudgetMs > 0) {
        RunOptions o = window.runOptions();
        if (parser.isSet(batch)) {
            o.batchSize = qMax(1, parser.value(batch).toInt());
            o.pacing.adaptive = false; // a fixed size, as the CLI's --batch-size
        }
        o.statementTimeoutMs = int(statementTimeoutMs);
        if (stallBudgetMs > 0)
            o.stallBudgetMs = stallBudgetMs;
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
