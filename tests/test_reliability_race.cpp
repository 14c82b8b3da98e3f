// Two migrators on one database, for real: two CLI processes started at once, the desktop app
// while a CLI runs, and a CLI while the desktop app runs. The first holds the run's advisory lock
// (held deterministically at a fault point, see faultpoint.h); the other is refused at once with
// one sentence naming the holder (pid, user, application, client address) and changes nothing;
// the first then completes and the database ends in the contract's schema.
#include "mainwindow.h"
#include "session.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

namespace {

const QString kDataPoint = QStringLiteral("characters.0004_populate_audit_fields:batch:1");
const QStringList kMigrate{QStringLiteral("migrate"), QStringLiteral("--no-backup"), QStringLiteral("--batch-size"),
                           QStringLiteral("50")};

// Waits (pumping events) until the fault point's file exists; its pid, or 0.
qint64 waitForFaultPoint(const QString &file, const std::function<bool()> &alive)
{
    QElapsedTimer timer;
    timer.start();
    while (!QFileInfo::exists(file) && alive() && timer.elapsed() < 120000)
        QTest::qWait(10);
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

qint64 recorded(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT count(*) FROM django_migrations"));
}

// What the refusal must name: the holder's pid, user and application as pg_stat_activity has them.
void verifyNamesHolder(TestDatabase &t, const QString &message, qint64 pid)
{
    QVERIFY2(message.contains(QStringLiteral("Another migrator is running on this database (pid %1, user ").arg(pid)),
             qPrintable(message));
    const QString app = t.scalar(QStringLiteral("SELECT application_name FROM pg_stat_activity WHERE pid = ?"), {pid})
                            .toString();
    QVERIFY2(message.contains(QStringLiteral("application '%1'").arg(app)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" from ")), qPrintable(message));
}

} // namespace

class TestReliabilityRace : public QObject
{
    Q_OBJECT

private slots:
    void twoCliMigratorsStartedAtOnce()
    {
        TestDatabase t(QStringLiteral("race_cli"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        const QString before = rowChecksum(t);
        const qint64 recordedBefore = recorded(t);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("GMA_FAULT_POINT"), kDataPoint);
        env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
        // Both started at once; the one that takes the lock stops at the fault point holding it.
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(GMA_CLI_PATH), kMigrate);
        }
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        // The loser is refused at once: it ends while the winner waits at its fault point.
        QElapsedTimer timer;
        timer.start();
        while (a.state() == QProcess::Running && b.state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(10);
        QProcess &loser = a.state() == QProcess::Running ? b : a;
        QProcess &winner = &loser == &a ? b : a;
        QVERIFY(loser.state() == QProcess::NotRunning || loser.waitForFinished(10000));
        const qint64 pid = waitForFaultPoint(file, [&] { return winner.state() == QProcess::Running; });
        QVERIFY2(pid > 0, qPrintable(QString::fromUtf8(winner.readAllStandardError())));
        QVERIFY(winner.state() == QProcess::Running);
        const QString err = QString::fromUtf8(loser.readAllStandardError());
        QCOMPARE(loser.exitCode(), 1);
        verifyNamesHolder(t, err, pid);
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one sentence
        // The winner has committed the first batch only; the loser added nothing to the record.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name "
                                        "LIKE '0003%'")),
                 qint64(1));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE outcome <> 'success'")), qint64(0));

        QFile::remove(file);
        QVERIFY(winner.waitForFinished(120000));
        QVERIFY2(winner.exitCode() == 0, qPrintable(QString::fromUtf8(winner.readAllStandardError())));
        QCOMPARE(recorded(t), recordedBefore + 6);
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(advisoryLocks(t), qint64(0));
        const CliResult back = runCli({QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--no-backup")},
                                      t.name());
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(rowChecksum(t), before);
    }

    void theDesktopAppWhileACliRuns()
    {
        TestDatabase t(QStringLiteral("race_gui"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("GMA_FAULT_POINT"), kDataPoint);
        env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GMA_CLI_PATH), kMigrate);
        QVERIFY(cli.waitForStarted());
        const qint64 pid = waitForFaultPoint(file, [&] { return cli.state() == QProcess::Running; });
        QVERIFY2(pid > 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        const qint64 recordedThen = recorded(t);

        MainWindow w;
        w.setConfirmationHandler([](const QString &, const QString &, const QString &) { return true; });
        w.show();
        QSignalSpy refreshed(&w, &MainWindow::refreshed);
        w.connectTo(t.settings());
        QVERIFY(refreshed.wait(60000) || !refreshed.isEmpty());
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.clearSelection();
        w.migrateAction()->trigger();
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        const RunOutcome outcome = finished.first().first().value<RunOutcome>();
        QCOMPARE(outcome.result.status, RunResult::Status::Refused);
        verifyNamesHolder(t, outcome.result.error, pid);
        QCOMPARE(recorded(t), recordedThen);
        QVERIFY(cli.state() == QProcess::Running);

        QFile::remove(file);
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(advisoryLocks(t), qint64(0));
    }

    void aCliWhileTheDesktopAppRuns()
    {
        TestDatabase t(QStringLiteral("race_gui_first"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        MainWindow w;
        w.setConfirmationHandler([](const QString &, const QString &, const QString &) { return true; });
        RunOptions options = w.runOptions();
        options.batchSize = 50;
        w.setRunOptions(options);
        w.show();
        QSignalSpy refreshed(&w, &MainWindow::refreshed);
        w.connectTo(t.settings());
        QVERIFY(refreshed.wait(60000) || !refreshed.isEmpty());
        // The desktop app's executor stops at the fault point (armed from this process's
        // environment when the executor is made), holding the lock.
        qputenv("GMA_FAULT_POINT", kDataPoint.toUtf8());
        qputenv("GMA_FAULT_FILE", file.toUtf8());
        QSignalSpy finished(&w, &MainWindow::runFinished);
        w.clearSelection();
        w.migrateAction()->trigger();
        const qint64 pid = waitForFaultPoint(file, [&] { return finished.isEmpty(); });
        qunsetenv("GMA_FAULT_POINT");
        qunsetenv("GMA_FAULT_FILE");
        QVERIFY2(pid > 0, finished.isEmpty() ? "no fault point" : qPrintable(finished.first().first().value<RunOutcome>().result.error));
        const qint64 recordedThen = recorded(t);

        const CliResult r = runCli(kMigrate, t.name());
        QCOMPARE(r.exitCode, 1);
        verifyNamesHolder(t, r.err, pid);
        QCOMPARE(recorded(t), recordedThen);
        QVERIFY(w.runController()->isBusy());

        QFile::remove(file);
        QVERIFY(finished.wait(120000) || !finished.isEmpty());
        const RunOutcome outcome = finished.first().first().value<RunOutcome>();
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(advisoryLocks(t), qint64(0));
    }
};

QTEST_MAIN(TestReliabilityRace)
#include "test_reliability_race.moc"
