// The desktop app's run worker under faults, driven through the real main window on the offscreen
// platform: its server session terminated, the server restarted, and the user's Cancel, each at a
// fault point inside a schema step and between data batches of migrate and of the rollback. After
// each: the run pane's banner says in one sentence what happened, the schema equals the contract
// for the state django_migrations records, no row changed, the advisory lock is free, and a plain
// rerun from the window completes (a rollback after it restores the original rows). Prints
// "faults survived: N/N" (gui-faults).
#include "mainwindow.h"
#include "run/runcontroller.h"
#include "run/runpanel.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

namespace {

enum class Fault { Terminate, Restart, Cancel };

int g_survived = 0;
int g_tried = 0;

const QString kCharactersSchema = QStringLiteral("characters.0003_character_created_by_character_modified_by_and_more");
const QString kItemsSchema = QStringLiteral("items.0003_item_modified_by_alter_item_created_at_and_more");
const QString kItemsData = QStringLiteral("items.0004_populate_audit_fields");

qint64 migratedSteps(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app IN ('characters', 'items', "
                                  "'locations') AND name >= '0003'"));
}

// Runs migrate or the rollback from the window to its end; its outcome.
RunOutcome runFromWindow(MainWindow &w, bool rollback)
{
    QSignalSpy finished(&w, &MainWindow::runFinished);
    QSignalSpy refreshed(&w, &MainWindow::refreshed);
    w.clearSelection();
    (rollback ? w.rollbackAction() : w.migrateAction())->trigger();
    if (!finished.wait(120000) && finished.isEmpty())
        return {};
    // The window reads the state the run left before it plans again.
    if (refreshed.isEmpty())
        refreshed.wait(60000);
    return finished.first().first().value<RunOutcome>();
}

} // namespace

class TestReliabilityGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { forgetFigure(QStringLiteral("gui-faults")); }
    void cleanupTestCase()
    {
        recordFigure(QStringLiteral("gui-faults"), QStringLiteral("faults survived: %1/%2").arg(g_survived).arg(g_tried));
    }

    void fault_data()
    {
        QTest::addColumn<bool>("rollback");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("fault");
        const struct
        {
            const char *name;
            bool rollback;
            QString point;
        } points[] = {
            {"migrate, inside a schema step", false, kCharactersSchema + QStringLiteral(":statement:2")},
            {"migrate, between data batches", false, kItemsData + QStringLiteral(":batch:2")},
            {"rollback, between data batches", true, kItemsData + QStringLiteral(":batch:1")},
            {"rollback, inside a schema step", true, kItemsSchema + QStringLiteral(":statement:2")},
        };
        for (const auto &p : points) {
            QTest::addRow("%s, backend terminated", p.name) << p.rollback << p.point << int(Fault::Terminate);
            QTest::addRow("%s, Cancel", p.name) << p.rollback << p.point << int(Fault::Cancel);
        }
        QTest::addRow("migrate, between data batches, server restarted") << false << (kItemsData + QStringLiteral(":batch:2"))
                                                                         << int(Fault::Restart);
    }

    void fault()
    {
        QFETCH(bool, rollback);
        QFETCH(QString, point);
        QFETCH(int, fault);
        ++g_tried;
        TestDatabase t(QStringLiteral("guifault"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        const QString original = rowChecksum(t);
        if (rollback)
            QVERIFY(t.migrate().ok());
        const qint64 stepsBefore = migratedSteps(t);

        MainWindow w;
        w.setConfirmationHandler([](const QString &, const QString &, const QString &) { return true; });
        w.setBackupBeforeRollback(false);
        RunOptions options = w.runOptions();
        options.batchSize = 400;
        // A rollback to 0002 sets back the data steps' values batch by batch only online: by default
        // they go with the columns the schema steps' reverse drops, and there is no batch to stop at.
        options.online = rollback && point.contains(QLatin1String(":batch:"));
        w.setRunOptions(options);
        w.show();
        QSignalSpy refreshed(&w, &MainWindow::refreshed);
        w.connectTo(t.settings());
        QVERIFY(refreshed.wait(60000) || !refreshed.isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        // The window's executor stops at the point (armed from this process's environment when
        // the executor is made, on the run worker), the GUI thread goes on.
        qputenv("GMA_FAULT_POINT", point.toUtf8());
        qputenv("GMA_FAULT_FILE", file.toUtf8());
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QSignalSpy stateRead(&w, &MainWindow::refreshed);
        w.clearSelection();
        (rollback ? w.rollbackAction() : w.migrateAction())->trigger();
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(file) && finished.isEmpty() && timer.elapsed() < 120000)
            QTest::qWait(10);
        qunsetenv("GMA_FAULT_POINT");
        qunsetenv("GMA_FAULT_FILE");
        QVERIFY2(QFileInfo::exists(file), finished.isEmpty() ? "no fault point" : qPrintable(finished.first().first().value<RunOutcome>().result.error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        f.close();
        QVERIFY(pid > 0);
        QVERIFY(w.runController()->isBusy());

        const char *says = "the connection to the server was lost";
        switch (Fault(fault)) {
        case Fault::Terminate:
            QVERIFY(t.scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
            break;
        case Fault::Restart: {
            QString error;
            QVERIFY2(restartCluster(&error), qPrintable(error));
            break;
        }
        case Fault::Cancel:
            QVERIFY(w.cancelAction()->isEnabled());
            w.cancelAction()->trigger();
            says = "ancel";
            break;
        }
        QFile::remove(file);
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        const RunOutcome outcome = finished.first().first().value<RunOutcome>();
        QVERIFY(!outcome.result.ok());
        QVERIFY2(outcome.result.error.contains(QLatin1String(says)), qPrintable(outcome.result.error));
        QVERIFY2(!outcome.result.error.contains(QLatin1Char('\n')) && !outcome.result.error.contains(QLatin1String("This probably means")),
                 qPrintable(outcome.result.error));
        // The run pane's banner says it, in the same one sentence.
        const QString banner = w.runPanel()->bannerText();
        QVERIFY2(banner.contains(QLatin1String(says)), qPrintable(banner));
        qInfo().noquote() << banner;

        // The database stands where django_migrations says, with every row as it was.
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        QCOMPARE(rowChecksum(t), original);
        QCOMPARE(advisoryLocks(t), qint64(0));
        const qint64 stepsAfterFault = migratedSteps(t);
        QVERIFY(rollback ? stepsAfterFault <= stepsBefore : stepsAfterFault >= stepsBefore);

        // Until the window has read the state the run left, it plans nothing from the old one.
        if (stateRead.isEmpty()) {
            QVERIFY(!w.migrateAction()->isEnabled() && !w.rollbackAction()->isEnabled());
            QVERIFY(stateRead.wait(60000) || !stateRead.isEmpty());
        }
        QVERIFY(w.migrateAction()->isEnabled());

        // A plain rerun from the window completes; after a migrate, a rollback restores the rows.
        RunOutcome rerun = runFromWindow(w, rollback);
        QVERIFY2(rerun.result.ok(), qPrintable(rerun.result.error));
        QCOMPARE(migratedSteps(t), rollback ? qint64(0) : qint64(6));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        if (!rollback) {
            rerun = runFromWindow(w, true);
            QVERIFY2(rerun.result.ok(), qPrintable(rerun.result.error));
        }
        QVERIFY(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))).isEmpty());
        QCOMPARE(rowChecksum(t), original);
        QCOMPARE(advisoryLocks(t), qint64(0));
        ++g_survived;
    }
};

QTEST_MAIN(TestReliabilityGui)
#include "test_reliability_gui.moc"
