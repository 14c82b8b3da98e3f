// The rehearsal on a copy (rehearsal.h) against the real test PostgreSQL: the source's rows,
// schema, django_migrations and the tool's catalogue stay as they were, no lock is held on the
// source's tables while the plan runs on the copy (pg_locks sampled while the copy's executor is
// held at a fault point), the scratch database is gone afterwards (also after a cancel), the
// durations are reported; and the in-place hold's estimate from the tables' sizes.
#include "backup.h"
#include "preview.h"
#include "rehearsal.h"
#include "sqlutil.h"
#include "state.h"
#include "testdb.h"
#include "toolschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace gma;
using namespace gma::test;

namespace {

// Everything of the source a rehearsal must not touch: schema, recorded migrations, rows, and the
// tool's own tables (catalogue rows with their `verified`, history).
QString sourceState(TestDatabase &t)
{
    QStringList parts{t.fingerprint(), rowChecksum(t)};
    for (const QString &table : {QStringLiteral("backups"), QStringLiteral("history")}) {
        if (sql::tableExists(t.db(), QString::fromLatin1(kToolSchema), table))
            parts << t.scalar(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY "
                                             "x::text)), '') FROM %1 x")
                                  .arg(toolTable(table.toLatin1().constData())))
                         .toString();
    }
    return parts.join(QLatin1Char('\n'));
}

qint64 scratchDatabases(TestDatabase &t, const QString &source)
{
    return t.count(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE ?"),
                   {source + QStringLiteral("\\_gma\\_rehearsal\\_%")});
}

Plan migratePlan(TestDatabase &t)
{
    QString error;
    const auto state = MigrationState::read(t.db(), &error);
    PlanError planError;
    const auto plan = Planner::migrate(MigrationCatalogue::builtIn(), *state, QString(), QString(), &planError);
    return plan ? *plan : Plan{};
}

// A rehearsal on its own thread with its own connection to the source, as the desktop app runs it.
class Background
{
public:
    Background(const ConnectionSettings &source, const Plan &plan, const RehearsalOptions &options)
    {
        m_thread = std::thread([this, source, plan, options] {
            const QString name = Database::uniqueName(QStringLiteral("rh-test"));
            {
                ConnectError e;
                auto db = Database::open(source, name, &e);
                if (db) {
                    Rehearsal rehearsal(*db, source, MigrationCatalogue::builtIn());
                    m_rehearsal.store(&rehearsal);
                    m_result = rehearsal.run(plan, options);
                    m_rehearsal.store(nullptr);
                } else {
                    m_result.status = RehearsalResult::Status::Failed;
                    m_result.error = e.message;
                }
            }
            Database::close(name);
        });
    }
    ~Background() { join(); }
    void cancel()
    {
        if (Rehearsal *r = m_rehearsal.load())
            r->cancel();
    }
    RehearsalResult join()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

private:
    std::thread m_thread;
    std::atomic<Rehearsal *> m_rehearsal{nullptr};
    RehearsalResult m_result;
};

// Arms the fault point for the copy's executor, and disarms it when gone.
class FaultArmed
{
public:
    FaultArmed(const QString &point, const QString &file)
    {
        qputenv("GMA_FAULT_POINT", point.toUtf8());
        qputenv("GMA_FAULT_FILE", file.toUtf8());
    }
    ~FaultArmed() { disarm(); }
    // Before the reverse's executor is made: it would stop at the same step's label again.
    void disarm()
    {
        qunsetenv("GMA_FAULT_POINT");
        qunsetenv("GMA_FAULT_FILE");
    }
};

// Waits until the copy's executor reached the fault point (it creates the file there).
bool waitForFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(path) && timer.elapsed() < 120000)
        QTest::qWait(20);
    return QFile::exists(path);
}

InPlaceHold holdOf(TestDatabase &t)
{
    QString error;
    const auto state = MigrationState::read(t.db(), &error);
    const PreviewReport report = Preview::analyse(t.db(), MigrationCatalogue::builtIn(), *state, migratePlan(t));
    if (!report.ok())
        qWarning("%s", qPrintable(report.error));
    return Preview::inPlaceHold(report);
}

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT

private slots:
    void onCopyLeavesTheSourceUntouchedAndUnlocked()
    {
        TestDatabase t(QStringLiteral("rh_copy"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QTemporaryDir dir;
        // A verified backup of the state the source has now: the rehearsal uses it.
        BackupManager manager(t.db(), t.settings());
        BackupOptions bo;
        bo.outputPath = dir.filePath(QStringLiteral("source.dump"));
        const BackupResult backup = manager.backup(bo);
        QVERIFY2(backup.ok() && backup.record.verified, qPrintable(backup.error));
        const QString before = sourceState(t);
        const Plan plan = migratePlan(t);
        QVERIFY(plan.steps.size() >= 6);

        // Held on the copy after the first schema statement of characters' 0003 ran (its table lock taken).
        const QString fault = dir.filePath(QStringLiteral("fault"));
        const QString first = plan.steps.first().key.label();
        FaultArmed armed(first + QStringLiteral(":statement:2"), fault);
        RehearsalOptions options;
        options.run.batchSize = 100;
        Background running(t.settings(), plan, options);
        QVERIFY(waitForFile(fault));
        armed.disarm();

        // The copy holds its locks; the source holds none (only this probe's own).
        QFile f(fault);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 copyPid = f.readAll().trimmed().toLongLong();
        f.close();
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        const QString copyName =
            sql::scalar(probe, QStringLiteral("SELECT datname FROM pg_stat_activity WHERE pid = ?"), {copyPid}).toString();
        QVERIFY2(copyName.startsWith(t.name() + QStringLiteral("_gma_rehearsal_")), qPrintable(copyName));
        const QString locksOn = QStringLiteral(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = ? AND "
            "l.locktype = 'relation' AND l.pid <> pg_backend_pid() %1");
        QVERIFY(sql::scalar(probe, locksOn.arg(QStringLiteral("AND l.mode = 'AccessExclusiveLock'")), {copyName})
                    .toLongLong() > 0);
        QCOMPARE(sql::scalar(probe, locksOn.arg(QString()), {t.name()}).toLongLong(), qint64(0));
        QCOMPARE(sql::scalar(probe, QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = "
                                                   "l.database WHERE d.datname = ? AND l.pid <> pg_backend_pid()"),
                             {t.name()})
                     .toLongLong(),
                 qint64(0));
        QVERIFY(QFile::remove(fault));

        const RehearsalResult r = running.join();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.freshBackup);
        QCOMPARE(r.backup.id, backup.record.id);
        QCOMPARE(r.scratchDatabase, copyName);
        QVERIFY(r.scratchDropped);
        QCOMPARE(scratchDatabases(t, t.name()), qint64(0));
        // Every stage, with its time; both runs, step by step.
        QStringList names;
        for (const RehearsalStage &s : r.stages) {
            names << s.name;
            QVERIFY2(s.ok, qPrintable(s.detail));
        }
        QCOMPARE(names, (QStringList{Rehearsal::stageBackup(), Rehearsal::stageRestore(), Rehearsal::stagePlan(),
                                     Rehearsal::stageValidatePlan(), Rehearsal::stageReverse(),
                                     Rehearsal::stageValidateReverse(), Rehearsal::stageDrop()}));
        QCOMPARE(r.forward.steps.size(), plan.steps.size());
        QCOMPARE(r.backward.steps.size(), plan.steps.size());
        QVERIFY(r.stageMs(Rehearsal::stagePlan()) >= r.forward.steps.first().ms);
        qint64 filled = 0;
        for (const StepResult &s : r.forward.steps)
            filled += s.rows;
        QVERIFY(filled > 0);
        QVERIFY(r.afterForward.ok());
        QCOMPARE(r.afterForward.state.summary(), QStringLiteral("0004"));
        QVERIFY(r.afterBackward.ok());
        QCOMPARE(r.afterBackward.state.summary(), QStringLiteral("0002"));
        QVERIFY(r.rowsPreserved);

        // The source: nothing written, not even a catalogue row.
        QCOMPARE(sourceState(t), before);
    }

    void freshBackupWhenNoneHoldsTheState()
    {
        TestDatabase t(QStringLiteral("rh_fresh"));
        QVERIFY2(t.buildDemo(50), qPrintable(t.lastError()));
        QTemporaryDir dir;
        // A verified backup of another state does not count: the source moves on to characters 0004.
        BackupManager manager(t.db(), t.settings());
        BackupOptions bo;
        bo.outputPath = dir.filePath(QStringLiteral("old.dump"));
        QVERIFY(manager.backup(bo).ok());
        QVERIFY(t.migrate(QStringLiteral("characters")).ok());
        const QString migrated = t.schemaDump();
        const QString recorded = t.scalar(QStringLiteral("SELECT string_agg(app || name, ',' ORDER BY app, name) FROM "
                                                         "django_migrations")).toString();
        const QString rowsNow = rowChecksum(t);

        Rehearsal rehearsal(t.db(), t.settings(), MigrationCatalogue::builtIn());
        RehearsalOptions options;
        options.backupDirectory = dir.path();
        const Plan plan = migratePlan(t);
        const RehearsalResult r = rehearsal.run(plan, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.freshBackup);
        QVERIFY(r.backup.path.startsWith(dir.path()));
        QVERIFY(QFile::exists(r.backup.path));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups")), qint64(2));
        QVERIFY(r.scratchDropped);
        QCOMPARE(scratchDatabases(t, t.name()), qint64(0));
        QCOMPARE(r.forward.steps.size(), plan.steps.size());
        for (const StepResult &s : r.forward.steps)
            QVERIFY(s.step.key.app != QLatin1String("characters"));
        QCOMPARE(r.afterForward.state.summary(), QStringLiteral("0004"));
        QVERIFY(r.afterBackward.state.summary().startsWith(QStringLiteral("mixed")));
        QVERIFY(r.rowsPreserved);
        QCOMPARE(t.schemaDump(), migrated);
        QCOMPARE(rowChecksum(t), rowsNow);
        QCOMPARE(t.scalar(QStringLiteral("SELECT string_agg(app || name, ',' ORDER BY app, name) FROM django_migrations"))
                     .toString(),
                 recorded);
    }

    void cancelledOnTheCopyStillDropsIt()
    {
        TestDatabase t(QStringLiteral("rh_cancel"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        QTemporaryDir dir;
        const Plan plan = migratePlan(t);
        const QString fault = dir.filePath(QStringLiteral("fault"));
        // Held after the first batch of the first data step committed on the copy.
        QString data;
        for (const PlanStep &s : plan.steps) {
            if (MigrationCatalogue::builtIn().find(s.key)->isData()) {
                data = s.key.label();
                break;
            }
        }
        FaultArmed armed(data + QStringLiteral(":batch:1"), fault);
        RehearsalOptions options;
        options.backupDirectory = dir.path();
        options.run.batchSize = 10;
        const QString before = rowChecksum(t);
        Background running(t.settings(), plan, options);
        QVERIFY(waitForFile(fault));
        armed.disarm();
        QCOMPARE(scratchDatabases(t, t.name()), qint64(1));
        running.cancel();
        QVERIFY(QFile::remove(fault));
        const RehearsalResult r = running.join();
        QCOMPARE(int(r.status), int(RehearsalResult::Status::Cancelled));
        QVERIFY(r.scratchDropped);
        QVERIFY(r.dropError.isEmpty());
        QCOMPARE(scratchDatabases(t, t.name()), qint64(0));
        QCOMPARE(rowChecksum(t), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")), qint64(0));
    }

    void onAnotherServerNamedOnTheCommandLine()
    {
        TestDatabase t(QStringLiteral("rh_remote"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        QTemporaryDir dir;
        ExtraCluster second(dir.filePath(QStringLiteral("second")));
        QString out;
        QVERIFY2(second.start(&out), qPrintable(out));
        const QString before = rowChecksum(t);
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--rehearse-server"),
                                    second.conninfo(QStringLiteral("postgres"))},
                                   t.name(), {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // Restored, run and dropped on the second server (its port), not on the source's.
        const QString port = second.value(QStringLiteral("PGPORT"));
        QVERIFY(!port.isEmpty() && port != clusterSettings().resolved().port);
        QVERIFY2(r.out.contains(QStringLiteral(":%1/%2_gma_rehearsal_").arg(port, t.name())), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Estimate for production: ")), qPrintable(r.out));
        QVERIFY(second.psql(QStringLiteral("SELECT 'left=' || count(*) FROM pg_database WHERE datname LIKE "
                                           "'%\\_gma\\_rehearsal\\_%'"),
                            &out));
        QVERIFY2(out.contains(QStringLiteral("left=0")), qPrintable(out));
        QCOMPARE(scratchDatabases(t, t.name()), qint64(0));
        QCOMPARE(rowChecksum(t), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")), qint64(0));
        second.stop();
    }

    void inPlaceHoldIsStatedFromTheSizes()
    {
        TestDatabase small(QStringLiteral("rh_hold_s"));
        TestDatabase large(QStringLiteral("rh_hold_l"));
        QVERIFY2(small.buildDemo(200), qPrintable(small.lastError()));
        QVERIFY2(large.buildDemo(4000), qPrintable(large.lastError()));
        QVERIFY(small.exec(QStringLiteral("ANALYZE")) && large.exec(QStringLiteral("ANALYZE")));
        const InPlaceHold hold = holdOf(large);
        QStringList exclusive;
        for (const TableLock &l : hold.locks) {
            if (l.mode == LockMode::AccessExclusive)
                exclusive << l.table;
        }
        exclusive.sort();
        QCOMPARE(exclusive, (QStringList{QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                         QStringLiteral("locations_location")}));
        QVERIFY2(hold.summary().startsWith(QStringLiteral("ACCESS EXCLUSIVE on ")), qPrintable(hold.summary()));
        QVERIFY2(hold.summary().contains(QStringLiteral(" for about ")), qPrintable(hold.summary()));
        // More rows, a longer hold.
        QVERIFY2(hold.estimatedMs > holdOf(small).estimatedMs, qPrintable(hold.summary()));
    }
};

QTEST_GUILESS_MAIN(TestRehearsal)
#include "test_rehearsal.moc"
