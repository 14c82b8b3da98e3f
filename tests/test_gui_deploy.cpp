// The desktop app's guided deployment (the Deploy tab) on a real database, driven through its
// widgets: the profile edited and saved where `deploy --profile NAME` reads it, the countdown while
// a command runs, every stage in order with the database at 0004 and its report; a failed migration
// with the rollback offered and confirmed (rows and schema as before, the failure and after commands
// run); and a cancel during the commands before, which changes nothing and still runs the after
// commands.
// With GMA_SCREENSHOT_DIR set, the tab is rendered to PNGs there.
#include "deploy/deployview.h"
#include "mainwindow.h"
#include "run/runpanel.h"
#include "session.h"
#include "testdb.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

namespace {

constexpr int kTimeout = 120000;

bool connectWindow(MainWindow &w, const ConnectionSettings &settings)
{
    QSignalSpy refreshed(&w, &MainWindow::refreshed);
    w.connectTo(settings);
    return refreshed.wait(kTimeout) || !refreshed.isEmpty();
}

// "name=outcome" of each stage row the tab shows.
QStringList stagesShown(DeployView *view)
{
    QStringList out;
    QTreeWidget *tree = view->stageTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->data(0, Qt::UserRole).toString() + QLatin1Char('=') +
                   tree->topLevelItem(i)->data(1, Qt::UserRole).toString();
    return out;
}

// Fills the command table's row `row` through its widgets.
void setCommand(DeployView *view, int row, const QString &when, const QString &command, int timeoutSeconds)
{
    QTableWidget *table = view->commandTable();
    auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, 0));
    box->setCurrentIndex(box->findData(when));
    table->item(row, 1)->setText(command);
    qobject_cast<QSpinBox *>(table->cellWidget(row, 2))->setValue(timeoutSeconds);
}

// Clicks Add Command and fills the new row.
void addCommand(DeployView *view, const QString &when, const QString &command, int timeoutSeconds = 60)
{
    const auto buttons = view->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == QLatin1String("Add Command"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    setCommand(view, view->commandTable()->rowCount() - 1, when, command, timeoutSeconds);
}

void clearCommands(DeployView *view)
{
    view->commandTable()->setRowCount(0);
}

QString recordedState(TestDatabase &t)
{
    return t.scalar(QStringLiteral("SELECT string_agg(app || ' ' || left(name, 4), ', ' ORDER BY app, name) FROM "
                                   "django_migrations WHERE app IN ('characters', 'items', 'locations')"))
        .toString();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GMA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestGuiDeploy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // A main window connected to `t`, the Deploy tab shown, confirmations answered by `answer`.
    struct Window
    {
        MainWindow w;
        QStringList asked;
        bool answer = true;
        explicit Window(const QString &backups)
        {
            w.setConfirmationHandler([this](const QString &title, const QString &text, const QString &) {
                asked << title + QStringLiteral(": ") + text;
                return answer;
            });
            w.setBackupBeforeRollback(true, backups);
            w.resize(1400, 900);
            w.show();
        }
        DeployView *view() { return w.deployView(); }
    };

    static bool waitDeployed(DeployView *view, QSignalSpy &finished)
    {
        return QTest::qWaitFor([&] { return !finished.isEmpty(); }, kTimeout) && !view->isDeploying();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("GMA-test"));
        QCoreApplication::setApplicationName(QStringLiteral("gma-migrator-deploy-test"));
        QSettings().clear();
    }

    void deploysWithAProfileEditedInTheApp()
    {
        TestDatabase t(QStringLiteral("gui_deploy"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        QTemporaryDir dir;
        Window win(dir.filePath(QStringLiteral("backups")));
        QVERIFY(connectWindow(win.w, t.settings()));
        DeployView *view = win.view();
        win.w.deployAction()->trigger();
        QCOMPARE(win.w.tabs()->currentWidget()->findChild<DeployView *>(), view);

        // The profile "prod", edited through the widgets: a 10-minute window, a command before
        // that waits until the test lets it go (so the countdown is seen running), one after.
        view->profileBox()->setCurrentText(QStringLiteral("prod"));
        clearCommands(view);
        view->windowBox()->setValue(10);
        const QString gate = dir.filePath(QStringLiteral("gate"));
        addCommand(view, QStringLiteral("before"),
                   QStringLiteral("echo maintenance on > '%1/before'; while [ ! -f '%2' ]; do sleep 0.05; done")
                       .arg(dir.path(), gate));
        addCommand(view, QStringLiteral("after"),
                   QStringLiteral("echo \"$GMA_DEPLOY_STAGE $GMA_DEPLOY_OUTCOME\" > '%1/after'").arg(dir.path()), 30);

        QSignalSpy finished(view, &DeployView::finished);
        QTest::mouseClick(view->startButton(), Qt::LeftButton);
        // Saved where the CLI's `deploy --profile prod` reads it, and read back the same.
        const QString path = DeployProfile::pathFor(QStringLiteral("prod"));
        QVERIFY(path.startsWith(m_home.path()));
        QString error;
        const auto saved = DeployProfile::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->windowMs, qint64(10 * 60 * 1000));
        QCOMPARE(saved->before.size(), 1);
        QCOMPARE(saved->after.size(), 1);
        QCOMPARE(saved->after.first().timeoutMs, qint64(30000));

        // While the command before runs: its stage is running and the window counts down.
        QVERIFY(QTest::qWaitFor(
            [&] { return QFile::exists(dir.filePath(QStringLiteral("before"))) && view->stageTree()->topLevelItemCount() > 0; },
            kTimeout));
        QVERIFY(view->isDeploying());
        QVERIFY(!view->startButton()->isEnabled());
        QVERIFY(!view->windowBox()->isEnabled()); // the profile that runs cannot change meanwhile
        QVERIFY(view->cancelButton()->isEnabled());
        QVERIFY(!win.w.migrateAction()->isEnabled());
        QVERIFY2(view->countdownText().contains(QStringLiteral("left of 10:00")), qPrintable(view->countdownText()));
        QCOMPARE(stagesShown(view), QStringList{QStringLiteral("before=")});
        QCOMPARE(recordedState(t).count(QStringLiteral("0004")), 0);
        screenshot(&win.w, QStringLiteral("deploy-running.png"));
        QVERIFY(QFile(gate).open(QIODevice::WriteOnly));

        QVERIFY(waitDeployed(view, finished));
        QCOMPARE(stagesShown(view),
                 (QStringList{QStringLiteral("before=ok"), QStringLiteral("preflight=ok"), QStringLiteral("backup=ok"),
                              QStringLiteral("migrate=ok"), QStringLiteral("verify=ok"), QStringLiteral("validate=ok"),
                              QStringLiteral("after=ok")}));
        QVERIFY2(view->outcomeText().startsWith(QStringLiteral("Deployed: the migration was applied and verified in ")),
                 qPrintable(view->outcomeText()));
        QVERIFY2(view->countdownText().contains(QStringLiteral("of the 10:00 maintenance window")),
                 qPrintable(view->countdownText()));
        QVERIFY2(win.w.runPanel()->bannerText().startsWith(QStringLiteral("Deployed:")),
                 qPrintable(win.w.runPanel()->bannerText()));
        // The database: every app at 0004, no NULL creator left, the advisory lock free.
        QCOMPARE(recordedState(t), QStringLiteral("characters 0001, characters 0002, characters 0003, characters 0004, "
                                                  "items 0001, items 0002, items 0003, items 0004, locations 0001, "
                                                  "locations 0002, locations 0003, locations 0004"));
        for (const QString &table : {QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                     QStringLiteral("locations_location")})
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE created_by_id IS NULL").arg(table)), qint64(0));
        QCOMPARE(advisoryLocks(t), qint64(0));
        QCOMPARE(readFileText(dir.filePath(QStringLiteral("after"))), QStringLiteral("after success"));
        // The backup stage took a backup into the folder the window was given.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files).filter(QStringLiteral(".dump")).size(), 1);
        const auto last = view->lastOutcome();
        QVERIFY(last && last->ok());
        QVERIFY2(view->logText().contains(QStringLiteral("$ echo maintenance on")), qPrintable(view->logText()));
        QVERIFY2(view->logText().contains(QStringLiteral("WHERE created_by_id IS NULL; -> 0")), qPrintable(view->logText()));
        screenshot(&win.w, QStringLiteral("deploy.png"));

        // The deployment report, as the CLI writes it.
        QVERIFY(view->reportButton()->isEnabled());
        const QString report = dir.filePath(QStringLiteral("deployment.json"));
        QSignalSpy written(view, &DeployView::reportWritten);
        view->exportReport(report);
        QVERIFY(written.wait(kTimeout) || !written.isEmpty());
        QVERIFY2(written.first().at(1).toString().isEmpty(), qPrintable(written.first().at(1).toString()));
        const QJsonObject json = readJson(report);
        const QJsonObject deployment = json.value(QStringLiteral("deployment")).toObject();
        QCOMPARE(deployment.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(deployment.value(QStringLiteral("stages")).toArray().size(), 7);
        QCOMPARE(deployment.value(QStringLiteral("window_ms")).toInteger(), qint64(600000));

        // Deployed already: nothing to do, no command runs.
        QSignalSpy refreshed(&win.w, &MainWindow::refreshed);
        win.w.refresh();
        QVERIFY(refreshed.wait(kTimeout) || !refreshed.isEmpty());
        QFile::remove(dir.filePath(QStringLiteral("before")));
        QTest::mouseClick(view->startButton(), Qt::LeftButton);
        QVERIFY2(view->outcomeText().startsWith(QStringLiteral("Nothing to deploy")), qPrintable(view->outcomeText()));
        QVERIFY(!view->isDeploying());
        QVERIFY(view->startButton()->isEnabled());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("before"))));
    }

    void aFailedMigrationIsRolledBackWhenConfirmed()
    {
        TestDatabase t(QStringLiteral("gui_deploy_fail"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        // A name too long for the varchar(100) items.0003 makes of it: characters migrate, items fail
        // (with the preflight switched off, which would have refused it first).
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('x', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        const QString rows = rowChecksum(t);
        const QString schema = t.schemaDump();
        const QString state = recordedState(t);
        QTemporaryDir dir;
        Window win(dir.filePath(QStringLiteral("backups")));
        win.w.preflightAction()->setChecked(false);
        QVERIFY(connectWindow(win.w, t.settings()));
        DeployView *view = win.view();
        win.w.deployAction()->trigger();
        view->profileBox()->setCurrentText(QStringLiteral("failing"));
        clearCommands(view);
        addCommand(view, QStringLiteral("failure"), QStringLiteral("touch '%1/failure'").arg(dir.path()));
        addCommand(view, QStringLiteral("after"),
                   QStringLiteral("echo \"$GMA_DEPLOY_OUTCOME\" > '%1/after'").arg(dir.path()));
        QSignalSpy finished(view, &DeployView::finished);
        QTest::mouseClick(view->startButton(), Qt::LeftButton);
        QVERIFY(waitDeployed(view, finished));

        QVERIFY2(win.asked.size() == 1 && win.asked.first().startsWith(QStringLiteral("Roll Back the Migration?: The "
                                                                                      "Migrate stage failed")),
                 qPrintable(win.asked.join(QLatin1Char('\n'))));
        QCOMPARE(stagesShown(view),
                 (QStringList{QStringLiteral("preflight=skipped"), QStringLiteral("backup=ok"), QStringLiteral("migrate=failed"),
                              QStringLiteral("rollback=ok"), QStringLiteral("failure=ok"), QStringLiteral("after=ok")}));
        QVERIFY2(view->outcomeText().startsWith(QStringLiteral("Not deployed: the migrate stage failed and the migration "
                                                               "was rolled back")),
                 qPrintable(view->outcomeText()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("failure"))));
        QCOMPARE(readFileText(dir.filePath(QStringLiteral("after"))), QStringLiteral("failed"));
        // Back where it started: the records, the schema and every row.
        QCOMPARE(recordedState(t), state);
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(rowChecksum(t), rows);
        QCOMPARE(advisoryLocks(t), qint64(0));
        screenshot(&win.w, QStringLiteral("deploy-failed.png"));
    }

    void aCancelDuringTheCommandsBeforeChangesNothing()
    {
        TestDatabase t(QStringLiteral("gui_deploy_cancel"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        const QString schema = t.schemaDump();
        QTemporaryDir dir;
        Window win(dir.filePath(QStringLiteral("backups")));
        QVERIFY(connectWindow(win.w, t.settings()));
        DeployView *view = win.view();
        view->profileBox()->setCurrentText(QStringLiteral("cancelled"));
        clearCommands(view);
        addCommand(view, QStringLiteral("before"),
                   QStringLiteral("touch '%1/started'; sleep 120").arg(dir.path()), 600);
        addCommand(view, QStringLiteral("after"),
                   QStringLiteral("echo \"$GMA_DEPLOY_OUTCOME\" > '%1/after'").arg(dir.path()));
        QSignalSpy finished(view, &DeployView::finished);
        QTest::mouseClick(view->startButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(dir.filePath(QStringLiteral("started"))); }, kTimeout));
        QTest::mouseClick(view->cancelButton(), Qt::LeftButton);
        QVERIFY(waitDeployed(view, finished));
        QCOMPARE(stagesShown(view), (QStringList{QStringLiteral("before=failed"), QStringLiteral("after=ok")}));
        QVERIFY2(view->outcomeText().startsWith(QStringLiteral("Not deployed: the before stage failed; the database was "
                                                               "not changed")),
                 qPrintable(view->outcomeText()));
        QCOMPARE(readFileText(dir.filePath(QStringLiteral("after"))), QStringLiteral("failed"));
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(recordedState(t).count(QStringLiteral("0003")), 0);
        QVERIFY(win.asked.isEmpty()); // nothing was changed, so no rollback is offered
    }

private:
    static QString readFileText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
};

QTEST_MAIN(TestGuiDeploy)
#include "test_gui_deploy.moc"
