// Faults during the automatic backup that migrate and rollback take first: pg_dump's server
// session terminated, the tool killed (pg_dump must end with it), the user's cancel (SIGINT), the
// server restarted, the backup disk full, and Debian's pg_dump 15 against a PostgreSQL 17 server.
// pg_dump is kept at a deterministic point: waiting for a lock the test holds on a table outside
// the plan, observed in pg_stat_activity. After each: one sentence, nothing changed (state and
// rows), no finished backup and no catalogue record, the advisory lock free, and a rerun that
// takes its backup and completes. Prints "faults survived: N/N" (backup-faults).
#include "sqlutil.h"
#include "testdb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace gma;
using namespace gma::test;

namespace {

enum class Fault { Terminate, Kill, Interrupt, Restart };

int g_survived = 0;
int g_tried = 0;

// Applied 0003/0004 migrations of the three apps.
qint64 migratedSteps(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app IN ('characters', 'items', "
                                  "'locations') AND name >= '0003'"));
}

qint64 catalogueRows(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT CASE WHEN to_regclass('gma_migrator.backups') IS NULL THEN 0 "
                                  "ELSE (SELECT count(*) FROM gma_migrator.backups) END"));
}

// Finished backups in `dir` (not the ".partial" file of an interrupted one).
QStringList finishedBackups(const QString &dir)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!name.endsWith(QLatin1String(".partial")))
            out << name;
    }
    return out;
}

// The CLI's one error line when it ended with `code` and that line contains `says`; empty (after
// printing what it said) otherwise.
bool endedWith(QProcess &cli, int code, const char *says)
{
    if (!cli.waitForFinished(120000))
        return false;
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QString problem;
    const QString line = errorLine(err, &problem);
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != code || !line.contains(QLatin1String(says))) {
        qWarning().noquote() << "exit" << cli.exitCode() << problem << out << err;
        return false;
    }
    qInfo().noquote() << line;
    return true;
}

} // namespace

class TestReliabilityBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { forgetFigure(QStringLiteral("backup-faults")); }
    void cleanupTestCase()
    {
        recordFigure(QStringLiteral("backup-faults"), QStringLiteral("faults survived: %1/%2").arg(g_survived).arg(g_tried));
    }

    void faultDuringTheBackup_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("fault");
        QTest::addRow("migrate, pg_dump's session terminated") << QStringLiteral("migrate") << int(Fault::Terminate);
        QTest::addRow("migrate, tool killed") << QStringLiteral("migrate") << int(Fault::Kill);
        QTest::addRow("migrate, cancelled by SIGINT") << QStringLiteral("migrate") << int(Fault::Interrupt);
        QTest::addRow("migrate, server restarted") << QStringLiteral("migrate") << int(Fault::Restart);
        QTest::addRow("rollback, pg_dump's session terminated") << QStringLiteral("rollback") << int(Fault::Terminate);
        QTest::addRow("rollback, tool killed") << QStringLiteral("rollback") << int(Fault::Kill);
    }

    void faultDuringTheBackup()
    {
        QFETCH(QString, command);
        QFETCH(int, fault);
        ++g_tried;
        TestDatabase t(QStringLiteral("bkfault"));
        QVERIFY2(t.buildDemo(1000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        if (command == QLatin1String("rollback"))
            QVERIFY(t.migrate().ok());
        const qint64 steps = migratedSteps(t);
        const QString before = rowChecksum(t);
        // A table outside the plan that pg_dump must lock: held here, it keeps pg_dump waiting.
        QVERIFY(t.exec(QStringLiteral("CREATE TABLE public.reports_note (id int)")));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE public.reports_note IN ACCESS EXCLUSIVE MODE")).ok);

        QTemporaryDir backups;
        QStringList args{command, QStringLiteral("--backup-dir"), backups.path()};
        if (command == QLatin1String("rollback"))
            args << QStringLiteral("--yes");
        QProcess cli;
        cli.setProcessEnvironment(processEnvironment(t.name()));
        cli.start(QStringLiteral(GMA_CLI_PATH), args);
        QVERIFY(cli.waitForStarted());
        qint64 dumpBackend = 0;
        for (int i = 0; i < 1200 && dumpBackend == 0 && cli.state() == QProcess::Running; ++i) {
            dumpBackend = t.scalar(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = ? AND "
                                                  "application_name = 'pg_dump' AND wait_event_type = 'Lock'"),
                                   {t.name()})
                              .toLongLong();
            if (dumpBackend == 0)
                QTest::qWait(50);
        }
        QVERIFY2(dumpBackend > 0, qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));
        const qint64 dump = childProcess(cli.processId(), "pg_dump");
        QVERIFY(dump > 0);

        switch (Fault(fault)) {
        case Fault::Terminate:
            QVERIFY(t.scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {dumpBackend}).toBool());
            QVERIFY(endedWith(cli, 1, "Nothing was changed"));
            break;
        case Fault::Interrupt:
            QCOMPARE(::kill(pid_t(cli.processId()), SIGINT), 0);
            QVERIFY(endedWith(cli, 4, "The backup was cancelled; no partial file was left behind. Nothing was changed"));
            QVERIFY2(QDir(backups.path()).isEmpty(), qPrintable(QDir(backups.path()).entryList().join(QLatin1Char(' '))));
            break;
        case Fault::Restart: {
            QString error;
            QVERIFY2(restartCluster(&error), qPrintable(error));
            holder = t.openExtra(QStringLiteral("holder"));
            QVERIFY(endedWith(cli, 1, "Nothing was changed"));
            break;
        }
        case Fault::Kill: {
            cli.kill();
            QVERIFY(cli.waitForFinished(10000));
            // pg_dump ends with the tool that started it, and so does its server session.
            QElapsedTimer timer;
            timer.start();
            while ((processAlive(dump) || t.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {dumpBackend}) > 0) &&
                   timer.elapsed() < 5000)
                QTest::qWait(10);
            QVERIFY2(!processAlive(dump), "pg_dump outlived the killed tool");
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {dumpBackend}), qint64(0));
            qInfo("pg_dump and its session ended %lld ms after the tool was killed", timer.elapsed());
            break;
        }
        }
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok || Fault(fault) == Fault::Restart);

        // Nothing changed, nothing half-made is taken for a backup, nobody holds the lock.
        QCOMPARE(migratedSteps(t), steps);
        QCOMPARE(rowChecksum(t), before);
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        QVERIFY2(finishedBackups(backups.path()).isEmpty(), qPrintable(finishedBackups(backups.path()).join(QLatin1Char(' '))));
        QCOMPARE(catalogueRows(t), qint64(0));
        QCOMPARE(advisoryLocks(t), qint64(0));

        // The rerun takes its backup and completes.
        CliResult r = runCli(args, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(finishedBackups(backups.path()).size(), 1);
        QCOMPARE(catalogueRows(t), qint64(1));
        QCOMPARE(migratedSteps(t), command == QLatin1String("migrate") ? qint64(6) : qint64(0));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        if (command == QLatin1String("rollback"))
            QCOMPARE(rowChecksum(t), before);
        ++g_survived;
    }

    void backupDiskFull()
    {
        ++g_tried;
        // A real full disk: a 256 KB tmpfs (root with CAP_SYS_ADMIN, as in CI).
        QTemporaryDir mountPoint;
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint.path()});
        if (!mount.waitForFinished(20000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("Cannot mount a small tmpfs here (needs root): the full backup disk is not exercised.");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{mountPoint.path()};

        TestDatabase t(QStringLiteral("bkfull"));
        QVERIFY2(t.buildDemo(20000), qPrintable(t.lastError()));
        const QString before = rowChecksum(t);
        const QStringList args{QStringLiteral("migrate"), QStringLiteral("--backup-dir"), mountPoint.path()};
        CliResult r = runCli(args, t.name());
        QString problem;
        const QString line = errorLine(r.err, &problem);
        QVERIFY2(r.exitCode == 1 && line.contains(QLatin1String("The disk is full")) &&
                     line.contains(QLatin1String("Nothing was changed")),
                 qPrintable(problem + r.out + r.err));
        QVERIFY(QDir(mountPoint.path()).isEmpty());
        QCOMPARE(migratedSteps(t), qint64(0));
        QCOMPARE(rowChecksum(t), before);
        QCOMPARE(catalogueRows(t), qint64(0));
        QCOMPARE(advisoryLocks(t), qint64(0));
        ++g_survived;
    }

    void pgDumpOfAnotherMajorVersion()
    {
        ++g_tried;
        // Debian 12 has only PostgreSQL 15; scripts/setup-debian.sh fetches a PostgreSQL 17 server.
        const QString bin = qEnvironmentVariable("GMA_TEST_PG17_BIN", QStringLiteral("/opt/gma-migrator-test/postgresql-17/bin"));
        if (!QFileInfo(bin + QStringLiteral("/postgres")).isExecutable())
            QSKIP("No PostgreSQL 17 server (scripts/setup-debian.sh fetches one as root): the version mismatch is not exercised.");
        QTemporaryDir folder;
        ExtraCluster pg17(folder.path());
        QString output;
        QVERIFY2(pg17.start(&output, bin), qPrintable(output));
        QVERIFY2(pg17.psql(QStringLiteral("CREATE DATABASE gma17"), &output), qPrintable(output));
        const QString db = pg17.conninfo(QStringLiteral("gma17"));
        QString problem;
        CliResult r = runCli({QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--db"), db}, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // Debian's pg_dump 15 cannot dump a PostgreSQL 17 server: one sentence naming both versions
        // and the way out, before anything changed.
        QTemporaryDir backups;
        for (const QStringList &args : {QStringList{QStringLiteral("backup"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--output"), backups.filePath(QStringLiteral("x.dump"))},
                                        QStringList{QStringLiteral("migrate"), QStringLiteral("--db"), db,
                                                    QStringLiteral("--backup-dir"), backups.path()}}) {
            r = runCli(args, QString());
            const QString line = errorLine(r.err, &problem);
            QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
            QVERIFY2(line.contains(QLatin1String("is version 15.")) && line.contains(QLatin1String("the server runs PostgreSQL 17")) &&
                         line.contains(QLatin1String("postgresql-client-17")),
                     qPrintable(problem + r.err));
            qInfo().noquote() << line;
        }
        QVERIFY(QDir(backups.path()).isEmpty());
        QVERIFY2(pg17.psql(QStringLiteral("SELECT 1 / (count(*) = 0)::int FROM django_migrations WHERE name >= '0003'"),
                           &output, QStringLiteral("gma17")),
                 qPrintable(output));

        // The rest of the tool works on PostgreSQL 17: without the backup, migrate and rollback.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), db, QStringLiteral("--no-backup")}, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(pg17.psql(QStringLiteral("SELECT 1 / (count(*) = 6)::int FROM django_migrations WHERE name >= '0003' "
                                          "AND app IN ('characters', 'items', 'locations')"),
                           &output, QStringLiteral("gma17")),
                 qPrintable(output));
        QVERIFY2(pg17.psql(QStringLiteral("SELECT 1 / (count(*) = 0)::int FROM items_item WHERE created_by_id IS NULL"),
                           &output, QStringLiteral("gma17")),
                 qPrintable(output));
        r = runCli({QStringLiteral("rollback"), QStringLiteral("--db"), db, QStringLiteral("--no-backup"), QStringLiteral("--yes")}, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(pg17.psql(QStringLiteral("SELECT 1 / (count(*) = 0)::int FROM django_migrations WHERE name >= '0003'"),
                           &output, QStringLiteral("gma17")),
                 qPrintable(output));
        ++g_survived;
    }
};

QTEST_GUILESS_MAIN(TestReliabilityBackup)
#include "test_reliability_backup.moc"
