// Abrupt faults at chosen points of a run (the Executor's fault points, GMA_FAULT_POINT): the
// tool's server session terminated, the tool killed with SIGKILL, the user's cancel (SIGINT), the
// server restarted, the server stopped for a while (the tool gives up at once, in one sentence,
// rather than waiting on a server that is gone). After each: the CLI says in one
// sentence what happened (exit 4), the schema equals the contract for the state django_migrations
// records, no row of the five GMA tables changed, the advisory lock is free, a plain rerun
// completes, and a rollback restores the original rows. Prints "faults survived: N/N".
#include "sqlutil.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace gma;
using namespace gma::test;

namespace {

enum class Fault { Terminate, Kill, Restart, Interrupt, Stop };

int g_survived = 0;
int g_tried = 0;

const QString kCharactersSchema = QStringLiteral("characters.0003_character_created_by_character_modified_by_and_more");
const QString kItemsSchema = QStringLiteral("items.0003_item_modified_by_alter_item_created_at_and_more");
const QString kCharactersData = QStringLiteral("characters.0004_populate_audit_fields");
const QString kItemsData = QStringLiteral("items.0004_populate_audit_fields");

// "migrate", "rollback", or "rollback --online": the mode in which a rollback to 0002 still sets
// back the data steps' values batch by batch (by default those go with the columns that the
// schema steps' reverse drops, in its transaction, and there are no batches to stop between).
QStringList runArgs(const QString &command)
{
    QStringList args = command.split(QLatin1Char(' '));
    args << QStringLiteral("--no-backup") << QStringLiteral("--batch-size") << QStringLiteral("400");
    if (command.startsWith(QLatin1String("rollback")))
        args << QStringLiteral("--yes");
    return args;
}

bool backendGone(TestDatabase &t, qint64 pid, int withinMs, qint64 *tookMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < withinMs) {
        if (t.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}) == 0) {
            *tookMs = timer.elapsed();
            return true;
        }
        QTest::qWait(10);
    }
    return false;
}

} // namespace

class TestReliabilityFaults : public QObject
{
    Q_OBJECT
private slots:
    void fault_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("fault");
        const struct
        {
            const char *name;
            const char *command;
            QString point;
        } points[] = {
            {"migrate, inside the first schema step", "migrate", kCharactersSchema + QStringLiteral(":statement:2")},
            {"migrate, inside a later schema step", "migrate", kItemsSchema + QStringLiteral(":statement:3")},
            {"migrate, between data batches", "migrate", kCharactersData + QStringLiteral(":batch:2")},
            {"migrate, inside a data batch", "migrate", kItemsData + QStringLiteral(":statement:4")},
            {"rollback, between data batches", "rollback --online", kItemsData + QStringLiteral(":batch:1")},
            {"rollback, inside a schema step", "rollback", kItemsSchema + QStringLiteral(":statement:2")},
        };
        for (const auto &p : points) {
            QTest::addRow("%s, backend terminated", p.name) << QString::fromLatin1(p.command) << p.point << int(Fault::Terminate);
            QTest::addRow("%s, tool killed", p.name) << QString::fromLatin1(p.command) << p.point << int(Fault::Kill);
            QTest::addRow("%s, cancelled by SIGINT", p.name) << QString::fromLatin1(p.command) << p.point << int(Fault::Interrupt);
        }
        // The server stopped (pg_ctl stop -m fast) under the run and started again a while later.
        QTest::addRow("migrate, inside a schema step, server stopped") << QStringLiteral("migrate") << (kCharactersSchema + QStringLiteral(":statement:2")) << int(Fault::Stop);
        QTest::addRow("migrate, inside a data batch, server stopped") << QStringLiteral("migrate") << (kItemsData + QStringLiteral(":statement:4")) << int(Fault::Stop);
        QTest::addRow("rollback, between data batches, server stopped") << QStringLiteral("rollback --online") << (kItemsData + QStringLiteral(":batch:1")) << int(Fault::Stop);
        // The server restarted (pg_ctl restart -m fast) under the run.
        QTest::addRow("migrate, inside a schema step, server restarted") << QStringLiteral("migrate") << (kItemsSchema + QStringLiteral(":statement:2")) << int(Fault::Restart);
        QTest::addRow("migrate, between data batches, server restarted") << QStringLiteral("migrate") << (kCharactersData + QStringLiteral(":batch:2")) << int(Fault::Restart);
        QTest::addRow("rollback, inside a schema step, server restarted") << QStringLiteral("rollback") << (kItemsSchema + QStringLiteral(":statement:2")) << int(Fault::Restart);
    }

    void fault()
    {
        QFETCH(QString, command);
        QFETCH(QString, point);
        QFETCH(int, fault);
        ++g_tried;
        TestDatabase t(QStringLiteral("fault"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        if (command.startsWith(QLatin1String("rollback")))
            QVERIFY(t.migrate().ok());
        const QString before = rowChecksum(t);
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("GMA_FAULT_POINT"), point);
        env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GMA_CLI_PATH), runArgs(command));
        QVERIFY(cli.waitForStarted());
        // The fault point reached: the file holds the session's pid.
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(file) && cli.state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(10);
        QVERIFY2(QFileInfo::exists(file), qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        f.close();
        QVERIFY(pid > 0);

        qint64 gone = 0;
        const auto finishedWithOneSentence = [&](const char *says, int withinMs) -> bool {
            QElapsedTimer exiting;
            exiting.start();
            if (!cli.waitForFinished(withinMs)) {
                qWarning("the tool did not end within %d ms", withinMs);
                return false;
            }
            qInfo("the tool ended %lld ms after the fault", exiting.elapsed());
            const QString out = QString::fromUtf8(cli.readAllStandardOutput());
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            QString problem;
            const QString line = errorLine(err, &problem);
            const bool ok = cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 4 && !line.isEmpty() &&
                            line.contains(QLatin1String(says));
            if (!ok)
                qWarning().noquote() << "exit" << cli.exitCode() << problem << out << err;
            else
                qInfo().noquote() << line;
            return ok;
        };
        switch (Fault(fault)) {
        case Fault::Terminate:
        case Fault::Restart: {
            if (Fault(fault) == Fault::Terminate) {
                QVERIFY(t.scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
                QVERIFY(backendGone(t, pid, 10000, &gone));
            } else {
                QString error;
                QVERIFY2(restartCluster(&error), qPrintable(error));
            }
            QFile::remove(file);
            QVERIFY(finishedWithOneSentence("the connection to the server was lost", 120000));
            break;
        }
        case Fault::Interrupt:
            // The user's Ctrl+C: the tool stops at the next safe point and says where it stopped.
            QCOMPARE(::kill(pid_t(cli.processId()), SIGINT), 0);
            QFile::remove(file);
            QVERIFY(finishedWithOneSentence("ancel", 120000));
            break;
        case Fault::Stop: {
            QString error;
            QVERIFY2(stopCluster(&error), qPrintable(error));
            QFile::remove(file);
            // With the server gone the tool gives up within seconds, not after a connect timeout per
            // statement (the connection's loss is final for the run; the rerun below continues it).
            QVERIFY(finishedWithOneSentence("the connection to the server was lost", 15000));
            QVERIFY2(startCluster(&error), qPrintable(error));
            break;
        }
        case Fault::Kill:
            cli.kill();
            QVERIFY(cli.waitForFinished(10000));
            // The killed tool's session ends at once (its locks with it), not after its statement.
            QVERIFY(backendGone(t, pid, 5000, &gone));
            qInfo("the killed tool's session ended %lld ms after the kill", gone);
            QFile::remove(file);
            break;
        }

        // The database stands where django_migrations says, with every row as it was.
        QCOMPARE(advisoryLocks(t), qint64(0));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        QCOMPARE(rowChecksum(t), before);

        // A plain rerun completes the plan.
        CliResult r = runCli(runArgs(command), t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        QCOMPARE(rowChecksum(t), before);
        const qint64 migrated = t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app IN ('characters', 'items', 'locations') "
                                                   "AND name >= '0003'"));
        QCOMPARE(migrated, command == QLatin1String("migrate") ? qint64(6) : qint64(0));
        QCOMPARE(advisoryLocks(t), qint64(0));
        if (command == QLatin1String("migrate")) {
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_at IS NULL OR created_by_id IS NULL")), qint64(0));
            r = runCli(runArgs(QStringLiteral("rollback")), t.name());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        // Back at 0002 with the original rows exactly.
        QVERIFY(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))).isEmpty());
        QCOMPARE(rowChecksum(t), before);
        ++g_survived;
    }

    void initTestCase() { forgetFigure(QStringLiteral("faults")); }
    void cleanupTestCase()
    {
        recordFigure(QStringLiteral("faults"), QStringLiteral("faults survived: %1/%2").arg(g_survived).arg(g_tried));
    }
};

QTEST_GUILESS_MAIN(TestReliabilityFaults)
#include "test_reliability_faults.moc"
