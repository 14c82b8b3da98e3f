// Monitoring after the migration: a baseline is stored before each real run (not a rehearsal);
// the monitor's figures equal what pg_stat_user_tables / pg_stat_user_indexes say when the test
// reads them itself; the audit trail counts equal the test's own SQL; pg_stat_statements missing
// is reported, not an error; `monitor --json` and `monitor --baseline`.
#include "monitor.h"
#include "sqlutil.h"
#include "strategy.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace gma;
using namespace gma::test;

namespace {

constexpr int kStatsTimeoutMs = 30000;
const QString kTable = QStringLiteral("items_item");

qint64 baselines(TestDatabase &t)
{
    if (!sql::tableExists(t.db(), QStringLiteral("gma_migrator"), QStringLiteral("monitor_baseline")))
        return 0;
    return t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.monitor_baseline"));
}

// What the server's statistics say about `table`, read by the test on its own connection.
struct Stats
{
    QList<qint64> table; // seq_scan, idx_scan, n_live_tup, n_dead_tup, n_tup_ins, n_tup_upd, size
    QMap<QString, qint64> indexScans;
    bool operator==(const Stats &o) const { return table == o.table && indexScans == o.indexScans; }
    bool operator!=(const Stats &o) const { return !(*this == o); }
};

Stats readStats(QSqlDatabase &probe, const QString &table)
{
    Stats s;
    QSqlQuery q(probe);
    q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
    q.prepare(QStringLiteral("SELECT seq_scan, idx_scan, n_live_tup, n_dead_tup, n_tup_ins, n_tup_upd, "
                             "pg_total_relation_size(relid) FROM pg_stat_user_tables WHERE relname = ?"));
    q.addBindValue(table);
    if (q.exec() && q.next()) {
        for (int i = 0; i < 7; ++i)
            s.table << q.value(i).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relname = ?"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            s.indexScans.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return s;
}

QList<qint64> monitorFigures(const TableSnapshot &t)
{
    return {t.seqScan, t.idxScan, t.liveRows, t.deadRows, t.inserted, t.updated, t.totalBytes};
}

// Asks the session to send its pending statistics now rather than at its next flush interval.
bool flushStats(QSqlDatabase &db)
{
    return sql::exec(db, QStringLiteral("SELECT pg_stat_force_next_flush()")).ok;
}

// The monitor's snapshot read between two identical reads of the statistics by the test (stats
// arrive asynchronously: a flush between the reads makes the caller try again); true when the
// monitor's figures equal the test's.
bool monitorMatchesStats(TestDatabase &t, QSqlDatabase &probe, MonitorSnapshot *snapshot, QString *why)
{
    const Stats before = readStats(probe, kTable);
    QString error;
    *snapshot = Monitor::take(t.db(), &error);
    const Stats after = readStats(probe, kTable);
    if (!error.isEmpty()) {
        *why = error;
        return false;
    }
    if (before != after) {
        *why = QStringLiteral("statistics moved while the monitor read them");
        return false;
    }
    const TableSnapshot *items = snapshot->find(kTable);
    if (!items) {
        *why = QStringLiteral("no snapshot of items_item");
        return false;
    }
    QMap<QString, qint64> indexScans;
    for (const IndexSnapshot &i : items->indexes)
        indexScans.insert(i.name, i.scans);
    if (monitorFigures(*items) != before.table || indexScans != before.indexScans) {
        QStringList figures;
        for (qint64 v : monitorFigures(*items))
            figures << QString::number(v);
        QStringList stats;
        for (qint64 v : before.table)
            stats << QString::number(v);
        *why = QStringLiteral("monitor %1, pg_stat %2").arg(figures.join(QLatin1Char(' ')), stats.join(QLatin1Char(' ')));
        return false;
    }
    why->clear();
    return true;
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT
private slots:
    void baselineBeforeEachRealRun()
    {
        TestDatabase t(QStringLiteral("monitor_baseline"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        const qint64 start = baselines(t);

        // A rehearsal takes none.
        RunOptions rehearsal;
        rehearsal.dryRun = true;
        QVERIFY(t.migrate(QString(), QString(), rehearsal).ok());
        QCOMPARE(baselines(t), start);

        const qint64 lastHistory = t.count(QStringLiteral("SELECT coalesce(max(id), 0) FROM gma_migrator.history"));
        QVERIFY(t.migrate().ok());
        QCOMPARE(baselines(t), start + 1);
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT reason, taken_at <= (SELECT min(started_at) FROM gma_migrator.history "
                                      "WHERE id > %1), jsonb_array_length(snapshot->'tables'), "
                                      "snapshot->'tables'->0->>'table' FROM gma_migrator.monitor_baseline "
                                      "ORDER BY id DESC LIMIT 1")
                                   .arg(lastHistory)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QLatin1String(Monitor::kBeforeRun));
        QVERIFY2(q.value(1).toBool(), "the baseline was taken after the run started");
        QCOMPARE(q.value(2).toInt(), int(strategy::models().size()));
        QCOMPARE(q.value(3).toString(), strategy::models().first().table);

        // What the engine reads back is what it stored: before the run, no table was migrated.
        QString error;
        const auto latest = Monitor::latestBaseline(t.db(), &error);
        QVERIFY2(latest.has_value(), qPrintable(error));
        QCOMPARE(latest->reason, QLatin1String(Monitor::kBeforeRun));
        QCOMPARE(latest->tables.size(), strategy::models().size());
        for (const TableSnapshot &table : latest->tables) {
            QVERIFY(table.exists);
            QVERIFY2(!table.migratedAt.isValid(), qPrintable(table.table));
            QVERIFY2(!table.auditColumns, qPrintable(table.table));
        }

        // The rollback is a real run too.
        QVERIFY(t.rollback().ok());
        QCOMPARE(baselines(t), start + 2);
    }

    void aBaselineThatCannotBeStoredNeverFailsTheRun()
    {
        TestDatabase t(QStringLiteral("monitor_soft"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QString error;
        QVERIFY2(Monitor::takeBaseline(t.db(), QLatin1String(Monitor::kByHand), &error), qPrintable(error));
        const qint64 stored = baselines(t);
        // The baseline table refuses every row, as a missing privilege or a full disk would.
        QVERIFY2(t.exec(QStringLiteral(
                     "CREATE FUNCTION gma_migrator.refuse() RETURNS trigger LANGUAGE plpgsql AS "
                     "$$BEGIN RAISE EXCEPTION 'no room for baselines'; END$$")),
                 qPrintable(t.lastError()));
        QVERIFY2(t.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON gma_migrator.monitor_baseline "
                                       "FOR EACH ROW EXECUTE FUNCTION gma_migrator.refuse()")),
                 qPrintable(t.lastError()));
        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("No monitoring baseline was taken before the run")) &&
                     r.err.contains(QStringLiteral("no room for baselines")) &&
                     r.err.contains(QStringLiteral("the run goes on")),
                 qPrintable(r.err));
        QCOMPARE(baselines(t), stored);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")), qint64(3));
        QCOMPARE(contractDifference(t), QString());
        // `monitor --baseline` says why in one sentence and stores nothing.
        const CliResult b = runCli({QStringLiteral("monitor"), QStringLiteral("--baseline")}, t.name());
        QCOMPARE(b.exitCode, 1);
        QString problem;
        QVERIFY2(errorLine(b.err, &problem).contains(QStringLiteral("no room for baselines")),
                 qPrintable(problem + b.err));
        QCOMPARE(baselines(t), stored);
    }

    void figuresEqualTheServersStatistics()
    {
        TestDatabase t(QStringLiteral("monitor_stats"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QVERIFY(flushStats(t.db()));

        // A baseline by hand, after the run: the deltas below are the application's work alone.
        CliResult r = runCli({QStringLiteral("monitor"), QStringLiteral("--baseline"), QStringLiteral("--json")},
                             t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const qint64 baselineId = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("baseline"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
        QCOMPARE(baselineId, t.count(QStringLiteral("SELECT max(id) FROM gma_migrator.monitor_baseline WHERE "
                                                    "reason = ?"),
                                     {QLatin1String(Monitor::kByHand)}));
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        MonitorSnapshot snapshot;
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(monitorMatchesStats(t, probe, &snapshot, &why), qPrintable(why), kStatsTimeoutMs);
        const TableSnapshot atBaseline = *snapshot.find(kTable);

        // The application at work: 5 items created (3 with their users), 3 modified (2 with
        // modified_by), and lookups by creator through the migration's index.
        QSqlDatabase app = t.openExtra(QStringLiteral("app"));
        const qint64 user = t.count(QStringLiteral("SELECT min(id) FROM users_user"));
        const qint64 campaign = t.count(QStringLiteral("SELECT min(id) FROM campaigns_campaign"));
        for (int i = 0; i < 5; ++i) {
            const QVariant by = i < 3 ? QVariant(user) : QVariant(QMetaType::fromType<qint64>());
            QVERIFY(sql::exec(app,
                              QStringLiteral("INSERT INTO items_item (name, description, campaign_id, created_at, "
                                             "updated_at, created_by_id, modified_by_id) VALUES (?, '', ?, now(), "
                                             "now(), ?, ?)"),
                              {QStringLiteral("Monitor item %1").arg(i), campaign, by, by})
                        .ok);
        }
        const QList<QVariantList> old =
            sql::rows(app, QStringLiteral("SELECT id FROM items_item WHERE name NOT LIKE 'Monitor item%' ORDER BY id "
                                          "LIMIT 3"));
        QCOMPARE(old.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QVariant by = i < 2 ? QVariant(user) : QVariant(QMetaType::fromType<qint64>());
            QVERIFY(sql::exec(app, QStringLiteral("UPDATE items_item SET updated_at = now(), modified_by_id = ? "
                                                  "WHERE id = ?"),
                              {by, old.at(i).first()})
                        .ok);
        }
        QVERIFY(sql::exec(app, QStringLiteral("SET enable_seqscan = off")).ok);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(sql::exec(app, QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id = ?"), {user}).ok);
        }
        QVERIFY(sql::exec(app, QStringLiteral("RESET enable_seqscan")).ok);
        QVERIFY(flushStats(app));

        // The monitor's figures equal pg_stat_*, once the application's statistics arrived.
        QTRY_VERIFY2_WITH_TIMEOUT(monitorMatchesStats(t, probe, &snapshot, &why) &&
                                      snapshot.find(kTable)->inserted == atBaseline.inserted + 5 &&
                                      snapshot.find(kTable)->updated == atBaseline.updated + 3,
                                  qPrintable(why.isEmpty() ? QStringLiteral("inserted %1 -> %2, updated %3 -> %4")
                                                                 .arg(atBaseline.inserted)
                                                                 .arg(snapshot.find(kTable)->inserted)
                                                                 .arg(atBaseline.updated)
                                                                 .arg(snapshot.find(kTable)->updated)
                                                           : why),
                                  kStatsTimeoutMs);
        const TableSnapshot &items = *snapshot.find(kTable);
        QVERIFY2(items.newIndexScans() >= atBaseline.newIndexScans() + 4,
                 qPrintable(QStringLiteral("%1 -> %2").arg(atBaseline.newIndexScans()).arg(items.newIndexScans())));
        // The migration's indexes are the ones the contract adds between 0002 and 0004.
        QStringList added;
        for (const IndexSnapshot &i : items.indexes) {
            if (i.addedByMigration)
                added << i.name;
        }
        added.sort();
        QCOMPARE(added, (QStringList{QStringLiteral("items_item_created_at_ab9d6d8b"),
                                     QStringLiteral("items_item_created_by_id_111edd0c"),
                                     QStringLiteral("items_item_modified_by_id_7e0516a0"),
                                     QStringLiteral("items_item_updated_at_1c6df194")}));
        QVERIFY(!items.lastAnalyze.isNull() || !items.lastAutoanalyze.isNull()); // the run's VACUUM (ANALYZE)

        // The audit trail, against the test's own counts since the data step's record.
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral(
            "WITH m AS (SELECT max(applied) AS at FROM django_migrations WHERE app = 'items' AND name LIKE '0004%') "
            "SELECT count(*) FILTER (WHERE created_at > m.at), "
            "count(*) FILTER (WHERE created_at > m.at AND created_by_id IS NOT NULL), "
            "count(*) FILTER (WHERE updated_at > m.at), "
            "count(*) FILTER (WHERE updated_at > m.at AND modified_by_id IS NOT NULL) FROM items_item, m GROUP BY m.at")));
        QVERIFY(q.next());
        QCOMPARE(items.createdSince, q.value(0).toLongLong());
        QCOMPARE(items.createdWithUser, q.value(1).toLongLong());
        QCOMPARE(items.modifiedSince, q.value(2).toLongLong());
        QCOMPARE(items.modifiedWithUser, q.value(3).toLongLong());
        QCOMPARE(items.createdSince, qint64(5));
        QCOMPARE(items.createdWithUser, qint64(3));
        QCOMPARE(items.modifiedSince, qint64(8));
        QCOMPARE(items.modifiedWithUser, qint64(5));
        QCOMPARE(items.migratedAtSource, QStringLiteral("django_migrations"));
        QCOMPARE(Monitor::createdShare(items), 0.6);
        // The other tables saw no application work since the migration.
        for (const TableSnapshot &other : snapshot.tables) {
            if (other.table != kTable) {
                QCOMPARE(other.createdSince, qint64(0));
                QCOMPARE(other.modifiedSince, qint64(0));
                QVERIFY(other.migratedAt.isValid());
            }
        }

        // pg_stat_statements is not installed in the test database: said so, no error.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'")),
                 qint64(0));
        QCOMPARE(snapshot.statementsStatus, QStringLiteral("not installed"));
        QVERIFY(!snapshot.statementsAvailable);

        // `monitor --json`: the latest baseline beside now, and the deltas.
        r = runCli({QStringLiteral("monitor"), QStringLiteral("--json")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("id")).toInteger(), baselineId);
        QCOMPARE(json.value(QStringLiteral("pg_stat_statements")).toString(), QStringLiteral("not installed"));
        QCOMPARE(json.value(QStringLiteral("now")).toObject().value(QStringLiteral("tables")).toArray().size(),
                 int(strategy::models().size()));
        const QJsonObject deltas = json.value(QStringLiteral("deltas")).toObject().value(kTable).toObject();
        QCOMPARE(deltas.value(QStringLiteral("n_tup_ins")).toObject().value(QStringLiteral("delta")).toInteger(), 5);
        QCOMPARE(deltas.value(QStringLiteral("n_tup_upd")).toObject().value(QStringLiteral("delta")).toInteger(), 3);
        QVERIFY(deltas.value(QStringLiteral("new_index_scans")).toObject().value(QStringLiteral("delta")).toInteger() >=
                4);
        QJsonObject cliItems;
        for (const QJsonValue &v : json.value(QStringLiteral("now")).toObject().value(QStringLiteral("tables")).toArray()) {
            if (v.toObject().value(QStringLiteral("table")).toString() == kTable)
                cliItems = v.toObject();
        }
        const QJsonObject trail = cliItems.value(QStringLiteral("audit_trail")).toObject();
        QCOMPARE(trail.value(QStringLiteral("created_since")).toInteger(), 5);
        QCOMPARE(trail.value(QStringLiteral("created_with_user")).toInteger(), 3);
        QCOMPARE(trail.value(QStringLiteral("modified_since")).toInteger(), 8);
        QCOMPARE(trail.value(QStringLiteral("modified_with_user")).toInteger(), 5);

        // The text form names the tables and the audit trail.
        r = runCli({QStringLiteral("monitor")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("created 3 of 5 (60.0%) with created_by")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("pg_stat_statements: not installed.")), qPrintable(r.out));
    }

    void statementsInstalledButNotLoadedIsNoError()
    {
        TestDatabase t(QStringLiteral("monitor_pgss"));
        QVERIFY2(t.buildDemo(5), qPrintable(t.lastError()));
        if (t.count(QStringLiteral("SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_stat_statements'")) ==
            0)
            QSKIP("pg_stat_statements is not available on this server");
        QVERIFY2(t.exec(QStringLiteral("CREATE EXTENSION pg_stat_statements")), qPrintable(t.lastError()));
        const bool loaded = t.scalar(QStringLiteral("SELECT current_setting('shared_preload_libraries') ~ "
                                                    "'pg_stat_statements'"))
                                .toBool();
        QString error;
        const MonitorSnapshot s = Monitor::take(t.db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(s.statementsAvailable, loaded);
        QVERIFY2(loaded ? s.statementsStatus == QLatin1String("installed")
                        : s.statementsStatus.startsWith(QLatin1String("installed, but not readable: ")),
                 qPrintable(s.statementsStatus));
        QCOMPARE(s.tables.size(), strategy::models().size());
    }

    // A server that loads pg_stat_statements (a second cluster started by the test): the monitor's
    // statement figures for each table are those pg_stat_statements holds, as the test reads them.
    void statementTimesFromALoadedPgStatStatements()
    {
        QTemporaryDir dir;
        ExtraCluster second(dir.filePath(QStringLiteral("pgss")));
        QString out;
        QVERIFY2(second.start(&out), qPrintable(out));
        QVERIFY2(second.psql(QStringLiteral("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"), &out),
                 qPrintable(out));
        const QString pgCtl = second.value(QStringLiteral("GMA_PGBIN")) + QStringLiteral("/pg_ctl");
        const QStringList restart{pgCtl, QStringLiteral("-D"), second.value(QStringLiteral("GMA_PGDATA")),
                                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                  QStringLiteral("restart"), QStringLiteral("-m"), QStringLiteral("fast")};
        const bool root = ::geteuid() == 0;
        QVERIFY2(root ? runProgram(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                                          QStringLiteral("--")} + restart,
                                   &out, QStringLiteral("/"))
                      : runProgram(restart.first(), restart.mid(1), &out, QStringLiteral("/")),
                 qPrintable(out));
        QVERIFY2(second.psql(QStringLiteral("CREATE DATABASE pgss"), &out), qPrintable(out));
        const QString conninfo = second.conninfo(QStringLiteral("pgss"));
        CliResult r = runCli({QStringLiteral("--db"), conninfo, QStringLiteral("init-demo"), QStringLiteral("--rows"),
                              QStringLiteral("50")},
                             QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The application's queries on items_item: five reads.
        QVERIFY2(second.psql(QStringLiteral("CREATE EXTENSION pg_stat_statements; SELECT pg_stat_statements_reset(); "
                                            "SELECT count(*) FROM items_item WHERE name LIKE 'a%'; "
                                            "SELECT count(*) FROM items_item WHERE name LIKE 'b%'; "
                                            "SELECT count(*) FROM items_item WHERE name LIKE 'c%'; "
                                            "SELECT count(*) FROM items_item WHERE name LIKE 'd%'; "
                                            "SELECT count(*) FROM items_item WHERE name LIKE 'e%';"),
                             &out, QStringLiteral("pgss")),
                 qPrintable(out));
        r = runCli({QStringLiteral("--db"), conninfo, QStringLiteral("monitor"), QStringLiteral("--json")},
                   QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("pg_stat_statements")).toString(), QStringLiteral("installed"));
        QJsonObject items;
        for (const QJsonValue &v : json.value(QStringLiteral("now")).toObject().value(QStringLiteral("tables")).toArray()) {
            if (v.toObject().value(QStringLiteral("table")).toString() == kTable)
                items = v.toObject();
        }
        QVERIFY(!items.isEmpty());
        // What pg_stat_statements holds now, read by the test the same way (statements of this
        // database naming the table, the monitor's catalogue reads left out): the monitor's figures
        // lie between the application's five and that (its own audit-trail reads come after).
        QVERIFY2(second.psql(QStringLiteral("SELECT 'calls=' || coalesce(sum(calls), 0) || ' mean=' || "
                                            "round((coalesce(sum(total_exec_time) / nullif(sum(calls), 0), 0))::numeric, 6) "
                                            "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE "
                                            "datname = current_database()) AND strpos(lower(query), 'items_item') > 0 "
                                            "AND strpos(query, 'pg_stat_') = 0"),
                             &out, QStringLiteral("pgss")),
                 qPrintable(out));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("calls=(\\d+) mean=([0-9.]+)")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const qint64 calls = items.value(QStringLiteral("statement_calls")).toInteger();
        QVERIFY2(calls >= 5 && calls <= m.captured(1).toLongLong(), qPrintable(QString::number(calls) + QLatin1Char(' ') + out));
        QVERIFY(items.value(QStringLiteral("statements")).toInt() >= 1);
        QVERIFY(items.value(QStringLiteral("mean_exec_ms")).toDouble() > 0);
        // The text form shows the statement figures.
        r = runCli({QStringLiteral("--db"), conninfo, QStringLiteral("monitor")}, QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Mean statement time (pg_stat_statements)")), qPrintable(r.out));
        second.stop();
    }

    void noBaselineYet()
    {
        TestDatabase t(QStringLiteral("monitor_none"));
        QVERIFY2(t.buildDemo(5), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM gma_migrator.monitor_baseline")) || baselines(t) == 0);
        const CliResult r = runCli({QStringLiteral("monitor")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("No baseline yet")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Audit trail: not migrated yet.")), qPrintable(r.out));
        QCOMPARE(baselines(t), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "test_monitor.moc"
