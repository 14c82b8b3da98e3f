// gma-screenshot-tour: the desktop application's panes as a DBA would look at them, saved as PNGs
// (for the README). Not installed. It starts the throwaway demo cluster itself (as --demo does),
// walks through the panes of a real window and quits; the cluster is removed at the end.
//   QT_QPA_PLATFORM=offscreen gma-screenshot-tour [--demo-rows N] [--lang de] DIR
// (or under xvfb-run -a).
#include "connection/connectiondialog.h"
#include "democluster.h"
#include "eventloop.h"
#include "mainwindow.h"
#include "migrations/migrationmodel.h"
#include "preview/previewpane.h"
#include "run/runpanel.h"
#include "session.h"
#include "translations.h"
#include "style/style.h"
#include "validation/validationview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace gma;
using namespace gma::ui;
using gma::tools::pump;
using gma::tools::pumpUntil;

namespace {

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
    pumpUntil([&] { return w->migrationModel()->hasSnapshot(); }, 60000);
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
        // The validation pane with its checks run, as a DBA looks at it after the migration.
        if (auto *validation = w->tabs()->widget(i)->findChild<ValidationView *>()) {
            validation->runChecks();
            pumpUntil([&] { return !validation->isRunning(); }, 120000);
        }
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
    // --lang de: the tour in German (default: the system's language), as gma-migrator --lang.
    i18n::install(i18n::chosenLocale(QApplication::arguments()));
    QApplication::setOrganizationName(QStringLiteral("GMA-screenshots"));
    QApplication::setApplicationName(QStringLiteral("gma-screenshot-tour"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves screenshots of every pane of GMA Migrator into DIR."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Folder for the PNGs."));
    const QCommandLineOption demoRows(QStringLiteral("demo-rows"), QStringLiteral("Rows per model of the demo (default 20000)."),
                                      QStringLiteral("N"), QStringLiteral("20000"));
    parser.addOption(demoRows);
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), QStringLiteral("The language, e.g. de or en."),
                                        QStringLiteral("LOCALE")));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    // The demo's backups are as throwaway as its database.
    QTemporaryDir dataHome(QDir::tempPath() + QStringLiteral("/gma-screenshots-data-XXXXXX"));
    if (dataHome.isValid())
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    style::applyTheme(false);

    DemoCluster cluster;
    DemoClusterOptions options;
    options.rows = qMax<qint64>(1, parser.value(demoRows).toLongLong());
    bool started = false;
    QString error;
    gma::tools::runOffThread([&] { started = cluster.start(options, &error); });
    if (!started) {
        qCritical("%s", qPrintable(error));
        return 1;
    }

    int rc = 1;
    {
        MainWindow window;
        window.setDemoMode(true);
        window.show();
        const bool connected = gma::tools::connectWindow(window, cluster.settings());
        if (connected)
            rc = screenshotTour(&window, parser.positionalArguments().first());
        window.close();
    }
    cluster.stop();
    return rc;
}
