// Streaming replicas and the paced data step, against a real hot standby of the test cluster
// (pg_basebackup -R, scripts/pg-test-cluster.sh replica): `status` lists it with its lag; migrate
// on the standby is refused with one sentence; the data step run with a tight lag bound keeps the
// replica within it before every batch (sampled on a second connection as each batch starts),
// reports the throttling it did, and the replica ends with exactly the primary's rows; with a time
// bound (2 s) and the standby's replay paused, the data step stops before a batch saying why, and
// goes on once replay resumes; the adaptive batch size grows from its start and shrinks after a
// batch held slow at a fault point.
#include "catalogue.h"
#include "executor.h"
#include "planner.h"
#include "replicas.h"
#include "sqlutil.h"
#include "state.h"
#include "stepsql.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gma;
using namespace gma::test;

namespace {

const QString kReplicaName = QStringLiteral("gma_replica");
const QStringList kTables{QStringLiteral("characters_character"), QStringLiteral("items_item"),
                          QStringLiteral("locations_location")};

// Every row of the three tables, all columns, in id order.
QString checksumSql(const QString &table)
{
    return QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t.id), '')) || ':' || count(*) FROM %1 AS t")
        .arg(sql::quoteIdent(table));
}

} // namespace

class TestReplica : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ExtraCluster> m_replica;

    QProcessEnvironment replicaEnv() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGHOST"), m_replica->value(QStringLiteral("PGHOST")));
        env.insert(QStringLiteral("PGPORT"), m_replica->value(QStringLiteral("PGPORT")));
        return env;
    }

    // A value read on the replica (psql -At), trimmed.
    QString onReplica(const QString &database, const QString &query)
    {
        QString out;
        const QString bin = m_replica->value(QStringLiteral("GMA_PGBIN")) + QStringLiteral("/psql");
        if (!runProgram(bin,
                        {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"),
                         m_replica->value(QStringLiteral("PGHOST")), QStringLiteral("-p"),
                         m_replica->value(QStringLiteral("PGPORT")), QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("-d"), database, QStringLiteral("-c"), query},
                        &out))
            return QStringLiteral("error: ") + out;
        return out.trimmed();
    }

    // Waits until `query` reads `expected` on the replica as well (it has replayed that far);
    // what it read last (after 60 s at most).
    QString onReplicaOnce(const QString &database, const QString &query, const QString &expected)
    {
        QElapsedTimer timer;
        timer.start();
        QString last;
        while (timer.elapsed() < 60000) {
            last = onReplica(database, query);
            if (last == expected)
                break;
            QTest::qWait(50);
        }
        return last;
    }
    // The replica has replayed `t`: the database, every row of the three tables, django_migrations.
    bool caughtUp(TestDatabase &t)
    {
        // The database first; then what of it exists.
        if (onReplicaOnce(t.name(), QStringLiteral("SELECT 1"), QStringLiteral("1")) != QLatin1String("1"))
            return false;
        for (const QString &query : checksumQueries()) {
            const QString primary = sql::scalar(t.db(), query).toString(); // empty: no such table yet
            if (!primary.isEmpty() && onReplicaOnce(t.name(), query, primary) != primary)
                return false;
        }
        return true;
    }
    static QStringList checksumQueries()
    {
        QStringList out;
        for (const QString &table : kTables)
            out << checksumSql(table);
        out << QStringLiteral("SELECT count(*) FROM django_migrations");
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The folder only holds the replica's environment file; as root the server runs as postgres.
        m_replica = std::make_unique<ExtraCluster>(m_dir.path());
        QString out;
        QVERIFY2(m_replica->startReplicaOf(QStringLiteral(GMA_TEST_ENV_FILE), &out), qPrintable(out));
        TestDatabase t(QStringLiteral("replica_up"));
        QElapsedTimer timer;
        timer.start();
        while (t.count(QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE application_name = ? AND "
                                      "state = 'streaming'"),
                       {kReplicaName}) != 1 &&
               timer.elapsed() < 60000)
            QTest::qWait(50);
        QVERIFY2(timer.elapsed() < 60000, "the replica never streamed");
        QCOMPARE(onReplica(QStringLiteral("postgres"), QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("t"));
    }

    void cleanupTestCase()
    {
        if (m_replica)
            m_replica->stop();
    }

    void lagBoundParses()
    {
        ReplicaLagBound b;
        QVERIFY(ReplicaLagBound::parse(QStringLiteral("5s,64MB"), &b));
        QCOMPARE(b.ms, qint64(5000));
        QCOMPARE(b.bytes, qint64(64) * 1024 * 1024);
        QVERIFY(ReplicaLagBound::parse(QStringLiteral("500ms"), &b));
        QCOMPARE(b.ms, qint64(500));
        QCOMPARE(b.bytes, qint64(-1));
        QVERIFY(ReplicaLagBound::parse(QStringLiteral("512kB"), &b));
        QCOMPARE(b.bytes, qint64(512) * 1024);
        QVERIFY(!ReplicaLagBound::parse(QStringLiteral("soon"), &b));
        QVERIFY(!ReplicaLagBound::parse(QStringLiteral("5s,6s"), &b));
    }

    void statusListsTheReplica()
    {
        TestDatabase t(QStringLiteral("replica_status"));
        QList<ReplicaInfo> replicas;
        QString error;
        QVERIFY2(Replicas::list(t.db(), &replicas, &error), qPrintable(error));
        QCOMPARE(replicas.size(), 1);
        QCOMPARE(replicas.first().applicationName, kReplicaName);
        QCOMPARE(replicas.first().state, QStringLiteral("streaming"));
        QCOMPARE(replicas.first().syncState, QStringLiteral("async"));
        QVERIFY(replicas.first().bytesBehind >= 0); // the postgres role sees the positions

        const CliResult text = runCli({QStringLiteral("status")}, t.name());
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral(", primary\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Replicas (1):\n  %1: streaming, async; lag write ").arg(kReplicaName)),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(" behind\n")), qPrintable(text.out));

        const CliResult json = runCli({QStringLiteral("status"), QStringLiteral("--json")}, t.name());
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("primary"));
        const QJsonArray list = o.value(QStringLiteral("replicas")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("application_name")).toString(), kReplicaName);
        QVERIFY(list.first().toObject().value(QStringLiteral("bytes_behind")).toDouble() >= 0);

        // On the standby: its role, no replicas of its own.
        QVERIFY2(caughtUp(t), "the replica did not catch up");
        const CliResult standby = runCli({QStringLiteral("status")}, t.name(), {}, replicaEnv());
        QCOMPARE(standby.exitCode, 0);
        QVERIFY2(standby.out.contains(QStringLiteral(", hot standby (read-only: migrate and rollback run on its "
                                                     "primary)\n")),
                 qPrintable(standby.out + standby.err));
        QVERIFY(!standby.out.contains(QStringLiteral("Replicas")));
    }

    void migrateOnTheStandbyIsRefused()
    {
        TestDatabase t(QStringLiteral("replica_refuse"));
        QVERIFY2(t.buildDemo(200), qPrintable(t.lastError()));
        QVERIFY2(caughtUp(t), "the replica did not catch up");
        const QString recorded = QStringLiteral("SELECT count(*) FROM django_migrations");
        const QString refusal = QStringLiteral("error: The server is a hot standby (it replays its primary's changes "
                                               "and accepts none of its own), so nothing was changed: run the "
                                               "migration on the primary server, and the standby receives it by "
                                               "replication.");
        auto refused = [&](const QStringList &args) {
            const CliResult r = runCli(args, t.name(), {}, replicaEnv());
            QString problem;
            const QString line = errorLine(r.err, &problem);
            return r.exitCode == 1 && problem.isEmpty() && line == refusal ? QString()
                                                                           : QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err);
        };
        const QString before = onReplica(t.name(), recorded);
        QString why = refused({QStringLiteral("migrate"), QStringLiteral("--no-backup")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        // Nothing ran anywhere: the primary still stands at 0002, and so does the replica.
        QCOMPARE(onReplica(t.name(), recorded), before);
        QCOMPARE(t.count(recorded), before.toLongLong());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                        "'items_item' AND column_name = 'created_by_id'")),
                 qint64(0));
        // The rollback of a migrated database too.
        QVERIFY(t.migrate().ok());
        QVERIFY2(caughtUp(t), "the replica did not catch up");
        const QString migrated = onReplica(t.name(), recorded);
        why = refused({QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--no-backup")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(onReplica(t.name(), recorded), migrated);
        QCOMPARE(t.count(recorded), migrated.toLongLong());
    }

    void pacedDataStepKeepsTheReplicaWithinTheBound()
    {
        TestDatabase t(QStringLiteral("replica_paced"));
        QVERIFY2(t.buildDemo(6000), qPrintable(t.lastError()));
        for (const QString &app : Planner::strategyApps()) {
            const RunResult r = t.migrate(app, QStringLiteral("0003"));
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
        QVERIFY2(caughtUp(t), "the replica did not catch up");

        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        QString error;
        const auto state = MigrationState::read(t.db(), &error);
        QVERIFY2(state, qPrintable(error));
        PlanError perr;
        const auto plan = Planner::migrate(catalogue, *state, QString(), QString(), &perr);
        QVERIFY2(plan, qPrintable(perr.message));
        QCOMPARE(plan->steps.size(), 3); // the three data steps
        QStringList boundTexts; // the statement that starts each batch
        for (const PlanStep &s : plan->steps)
            boundTexts << renderStep(*catalogue.find(s.key), false, QDateTime()).sql(RenderedStatement::Role::BatchBound).value(0);

        RunOptions options;
        options.pacing.adaptive = true;
        options.pacing.waitForAutovacuum = true;
        options.pacing.maxReplicaLag.bytes = 64 * 1024;
        options.pacing.maxThrottleWaitMs = 60000;
        options.vacuumAnalyze = false;
        const qint64 bound = options.pacing.maxReplicaLag.bytes;
        // The replica's lag as the primary sees it, on a second connection.
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        auto lag = [&] {
            return sql::scalar(probe,
                               QStringLiteral("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), replay_lsn) FROM "
                                              "pg_stat_replication WHERE application_name = ?"),
                               {kReplicaName})
                .toLongLong();
        };
        QList<qint64> atStart, afterCommit;
        QStringList reasons;
        int resumed = 0;
        Executor executor(t.db(), catalogue);
        // Direct connections: the samples are taken on the executor's thread as it goes on.
        connect(&executor, &Executor::statementSent, this, [&](int, const QString &sql) {
            if (boundTexts.contains(sql))
                atStart << lag();
        });
        connect(&executor, &Executor::stepProgress, this, [&](int, qint64, qint64) { afterCommit << lag(); });
        connect(&executor, &Executor::throttled, this, [&](int, const QString &reason, qint64) {
            if (reason.isEmpty())
                ++resumed;
            else
                reasons << reason;
        });
        const RunResult r = executor.run(*plan, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(atStart.size() >= 3);
        // Before every batch the replica was within the bound (the sample comes a moment after the
        // executor's own check, and nothing of the run is written in between; the slack is for
        // what the server writes on its own meanwhile).
        const qint64 maxAtStart = *std::max_element(atStart.cbegin(), atStart.cend());
        QVERIFY2(maxAtStart <= bound + 16 * 1024, qPrintable(QStringLiteral("%1 bytes behind as a batch started")
                                                                 .arg(maxAtStart)));
        // A batch writes more than the bound: right after it the replica was behind, and the run
        // said so and waited.
        const qint64 maxAfter = *std::max_element(afterCommit.cbegin(), afterCommit.cend());
        qint64 throttles = 0;
        for (const StepResult &s : r.steps)
            throttles += s.throttles;
        if (maxAfter > bound) {
            QVERIFY(!reasons.isEmpty());
            QVERIFY2(reasons.first().startsWith(QStringLiteral("replica %1 is ").arg(kReplicaName)),
                     qPrintable(reasons.first()));
            QVERIFY2(reasons.first().endsWith(QStringLiteral("behind (bound 64 KiB)")), qPrintable(reasons.first()));
            QVERIFY(throttles > 0);
            QVERIFY(resumed > 0);
        }
        qInfo("%lld batch starts sampled (max %lld bytes behind), %lld after commits (max %lld), %lld throttled waits",
              qint64(atStart.size()), maxAtStart, qint64(afterCommit.size()), maxAfter, throttles);

        // The replica ends with exactly the primary's rows.
        QVERIFY2(caughtUp(t), "the replica did not catch up");
        for (const QString &table : kTables) {
            const QString primary = t.scalar(checksumSql(table)).toString();
            QVERIFY(!primary.isEmpty());
            QCOMPARE(onReplicaOnce(t.name(), checksumSql(table), primary), primary);
        }
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL OR modified_by_id "
                                        "IS NULL")),
                 qint64(0));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
    }

    // --max-replica-lag 2s: replay is paused on the standby (pg_wal_replay_pause()), so its replay
    // lag as the primary sees it grows while the batches go on writing; once it is past 2 s the data
    // step waits before its next batch and says why (the replica, its replay lag, the bound). Replay
    // is resumed at the first such wait; the step then goes on (after the lag is back within the
    // bound) and finishes, and the replica ends with exactly the primary's rows.
    void timeBoundThrottlesWhileReplayIsPausedAndResumesAfter()
    {
        TestDatabase t(QStringLiteral("replica_time"));
        QVERIFY2(t.buildDemo(3000), qPrintable(t.lastError()));
        for (const QString &app : Planner::strategyApps())
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        QVERIFY2(caughtUp(t), "the replica did not catch up");
        const auto resumeReplay = [&] {
            return onReplica(QStringLiteral("postgres"), QStringLiteral("SELECT pg_wal_replay_resume()"));
        };
        const auto pauseState = [&] {
            return onReplica(QStringLiteral("postgres"), QStringLiteral("SELECT pg_get_wal_replay_pause_state()"));
        };
        QCOMPARE(onReplica(QStringLiteral("postgres"), QStringLiteral("SELECT pg_wal_replay_pause()")), QString());
        QVERIFY(QTest::qWaitFor([&] { return pauseState() == QLatin1String("paused"); }, 30000));

        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        QString error;
        const auto state = MigrationState::read(t.db(), &error);
        QVERIFY2(state, qPrintable(error));
        PlanError perr;
        const auto plan = Planner::migrate(catalogue, *state, QString(), QString(), &perr);
        QVERIFY2(plan, qPrintable(perr.message));
        RunOptions options;
        options.batchSize = 100; // 30 batches a table, 200 ms apart: the lag passes 2 s on the way
        options.pacing.pauseMs = 200;
        QVERIFY(ReplicaLagBound::parse(QStringLiteral("2s"), &options.pacing.maxReplicaLag));
        QCOMPARE(options.pacing.maxReplicaLag.ms, qint64(2000));
        options.pacing.maxThrottleWaitMs = 120000;
        options.vacuumAnalyze = false;
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        QStringList reasons;
        qint64 lagAtThrottle = -1;
        QString resumeOutput = QStringLiteral("(not resumed)");
        bool paused = true;
        int resumedAfterWait = 0;
        int batchesWhilePaused = 0, batchesAfter = 0;
        Executor executor(t.db(), catalogue);
        connect(&executor, &Executor::stepProgress, this, [&](int, qint64, qint64) {
            ++(paused ? batchesWhilePaused : batchesAfter);
        });
        connect(&executor, &Executor::throttled, this, [&](int, const QString &reason, qint64) {
            if (reason.isEmpty()) {
                resumedAfterWait += paused ? 0 : 1;
                return;
            }
            reasons << reason;
            if (paused) {
                // The lag the primary reports as the wait begins, then replay goes on.
                lagAtThrottle = sql::scalar(probe,
                                            QStringLiteral("SELECT (extract(epoch FROM replay_lag) * 1000)::bigint FROM "
                                                           "pg_stat_replication WHERE application_name = ?"),
                                            {kReplicaName})
                                    .toLongLong();
                resumeOutput = resumeReplay();
                paused = false;
            }
        });
        const RunResult r = executor.run(*plan, options);
        if (paused)
            resumeReplay();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(resumeOutput, QString());
        QVERIFY2(!reasons.isEmpty(), "the data steps never waited for the paused replica");
        qInfo("%lld batches before the wait, %lld after; waited because: %s (replay_lag then %lld ms)",
              qint64(batchesWhilePaused), qint64(batchesAfter), qPrintable(reasons.first()), lagAtThrottle);
        QVERIFY2(reasons.first().startsWith(QStringLiteral("replica %1 replays ").arg(kReplicaName)) &&
                     reasons.first().endsWith(QStringLiteral("behind (bound 2.00 s)")),
                 qPrintable(reasons.first()));
        QVERIFY2(lagAtThrottle > 2000, qPrintable(QString::number(lagAtThrottle)));
        QVERIFY(batchesWhilePaused > 0);
        QVERIFY(resumedAfterWait > 0);
        QVERIFY(batchesAfter > 0);
        qint64 throttles = 0;
        for (const StepResult &s : r.steps)
            throttles += s.throttles;
        QVERIFY(throttles > 0);

        QVERIFY2(caughtUp(t), "the replica did not catch up");
        for (const QString &table : kTables) {
            const QString primary = t.scalar(checksumSql(table)).toString();
            QCOMPARE(onReplicaOnce(t.name(), checksumSql(table), primary), primary);
        }
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL AND "
                                        "player_owner_id IS NOT NULL")),
                 qint64(0));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
    }

    // The batch size starts at 1000 rows, grows after fast batches, and shrinks after the batch the
    // fault point holds (inside its transaction) until it has run longer than the target.
    void batchSizeGrowsAndShrinksAfterASlowBatch()
    {
        TestDatabase t(QStringLiteral("replica_adapt"));
        QVERIFY2(t.buildDemo(30000), qPrintable(t.lastError()));
        for (const QString &app : Planner::strategyApps())
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcessEnvironment env = processEnvironment(t.name());
        // The 4th batch's fill statement (bound, fill, bound, fill, ...), inside its transaction.
        env.insert(QStringLiteral("GMA_FAULT_POINT"), QStringLiteral("items.0004_populate_audit_fields:statement:8"));
        env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GMA_CLI_PATH), {QStringLiteral("migrate"), QStringLiteral("--no-backup"),
                                                 QStringLiteral("--batch-target-ms"), QStringLiteral("200")});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(file) && cli.state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(10);
        QVERIFY2(QFileInfo::exists(file), "the fault point was not reached");
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        f.close();
        // Slow: the batch's transaction has been open for more than three times the target.
        QVERIFY(waitTransactionOlderThan(t, pid, 700));
        QVERIFY(QFile::remove(file));
        QVERIFY(cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);

        // The items step's batch sizes as the CLI printed them.
        const int from = err.indexOf(QStringLiteral("Applying items.0004_populate_audit_fields"));
        const int to = err.indexOf(QStringLiteral("Applying locations.0004_populate_audit_fields"));
        QVERIFY2(from >= 0 && to > from, qPrintable(err));
        static const QRegularExpression line(
            QStringLiteral("  batch size (\\d+) rows(?: \\(last batch ([0-9.]+) (ms|s)\\))?\n"));
        QList<int> sizes;
        QList<double> lastMs;
        for (auto it = line.globalMatch(err.mid(from, to - from)); it.hasNext();) {
            const auto m = it.next();
            sizes << m.captured(1).toInt();
            lastMs << (m.captured(2).isEmpty() ? -1.0
                                               : m.captured(2).toDouble() * (m.captured(3) == QLatin1String("s") ? 1000 : 1));
        }
        QVERIFY2(sizes.size() >= 3, qPrintable(err));
        QCOMPARE(sizes.first(), 1000);     // the start
        QVERIFY2(sizes.at(1) > 1000, qPrintable(err)); // grown after a fast batch
        int slow = -1;
        for (int i = 1; i < sizes.size(); ++i) {
            if (lastMs.at(i) >= 700) {
                slow = i;
                break;
            }
        }
        QVERIFY2(slow > 0, qPrintable(err));
        QVERIFY2(sizes.at(slow) < sizes.at(slow - 1), qPrintable(err)); // shrunk after the slow one
        QVERIFY2(sizes.at(slow) < sizes.at(slow - 1) / 2, qPrintable(err));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")), qint64(0));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
    }
};

QTEST_GUILESS_MAIN(TestReplica)
#include "test_replica.moc"
