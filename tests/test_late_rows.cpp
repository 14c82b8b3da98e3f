// Late rows: rows inserted with NULL audit users after the data step ran (scripts, bulk imports).
// validate and audit report them per table (count, newest id; engine structs, CLI text and
// --json), Executor::fillLateRows and `fill-audit` fill them with the data step's recorded
// batches (values as the data step's rule gives them, rows the application set untouched), and a
// rollback of the data step afterwards sets exactly the filled values back: every row equals its
// state before the fill, the late rows' NULLs included.
#include "testdb.h"

#include "audit.h"
#include "catalogue.h"
#include "executor.h"
#include "toolschema.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

constexpr int kDemoRows = 300;

// The owner the data step's rule gives a row of `table` (characters: the player; items and
// locations: the campaign's owner), as an SQL expression over alias t.
QString ownerOf(const QString &table)
{
    return table == QLatin1String("characters_character")
               ? QStringLiteral("t.player_owner_id")
               : QStringLiteral("(SELECT c.owner_id FROM campaigns_campaign c WHERE c.id = t.campaign_id)");
}

// Inserts `n` late rows into `table` (timestamps set, audit users NULL); the newest id.
qint64 insertLate(TestDatabase &t, const QString &table, int n)
{
    if (table == QLatin1String("characters_character")) {
        if (!t.exec(QStringLiteral("INSERT INTO characters_character (name, description, game_system, campaign_id, "
                                   "player_owner_id, is_deleted, created_at, updated_at) "
                                   "SELECT 'late ' || g, 'bulk import', 'mothership', c.campaign_id, c.player_owner_id, "
                                   "false, now(), now() FROM generate_series(1, ?) g, "
                                   "(SELECT campaign_id, player_owner_id FROM characters_character ORDER BY id LIMIT 1) c"),
                    {n}))
            return -1;
    } else if (!t.exec(QStringLiteral("INSERT INTO %1 (name, description, campaign_id, created_at, updated_at) "
                                      "SELECT 'late ' || g, 'bulk import', (SELECT min(id) FROM campaigns_campaign), "
                                      "now(), now() FROM generate_series(1, ?) g")
                           .arg(table),
                       {n})) {
        return -1;
    }
    return t.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(table)).toLongLong();
}

// A row the application inserted after the data step with its own (non-owner) audit users.
qint64 insertAppSet(TestDatabase &t, const QString &table)
{
    const QString users = QStringLiteral("(SELECT max(id) FROM users_user), (SELECT max(id) FROM users_user)");
    const bool ok = table == QLatin1String("characters_character")
                        ? t.exec(QStringLiteral("INSERT INTO characters_character (name, description, game_system, "
                                                "campaign_id, player_owner_id, is_deleted, created_at, updated_at, "
                                                "created_by_id, modified_by_id) SELECT 'app', '', 'x', campaign_id, "
                                                "player_owner_id, false, now(), now(), %1 FROM characters_character "
                                                "ORDER BY id LIMIT 1")
                                     .arg(users))
                        : t.exec(QStringLiteral("INSERT INTO %1 (name, description, campaign_id, created_at, updated_at, "
                                                "created_by_id, modified_by_id) SELECT 'app', '', min(id), now(), now(), "
                                                "%2 FROM campaigns_campaign")
                                     .arg(table, users));
    return ok ? t.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(table)).toLongLong() : -1;
}

// Rows of `table` that differ (any column, NULLs included) from the snapshot `snap`.
qint64 differFromSnapshot(TestDatabase &t, const QString &table, const QString &snap)
{
    return t.count(QStringLiteral("SELECT count(*) FROM %1 s FULL JOIN %2 r USING (id) "
                                  "WHERE s IS DISTINCT FROM r OR s.id IS NULL OR r.id IS NULL")
                       .arg(snap, table));
}

const LateRows *lateOf(const QList<LateRows> &list, const QString &table)
{
    for (const LateRows &l : list) {
        if (l.table == table)
            return &l;
    }
    return nullptr;
}

QJsonObject modelJson(const QJsonArray &models, const QString &table)
{
    for (const QJsonValue &m : models) {
        if (m.toObject().value(QStringLiteral("table")).toString() == table)
            return m.toObject();
    }
    return {};
}

} // namespace

class TestLateRows : public QObject
{
    Q_OBJECT

private slots:
    // The engine: validation's and audit's structs and sentences; the fill through the Executor
    // (batched, progress, history), then the rollback of the data step.
    void engineReportsFillsAndRollsBack()
    {
        TestDatabase t(QStringLiteral("late_engine"));
        QVERIFY2(t.buildDemo(kDemoRows), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        const QString table = QStringLiteral("items_item");
        const qint64 appSet = insertAppSet(t, table);
        const qint64 newest = insertLate(t, table, 42);
        QVERIFY(appSet > 0 && newest > appSet);
        QVERIFY(t.exec(QStringLiteral("CREATE TABLE snap_items AS SELECT * FROM items_item")));

        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        const ValidationResult v = Validation::run(t.db(), catalogue);
        QVERIFY(v.error.isEmpty());
        const LateRows *late = lateOf(v.lateRows, table);
        QVERIFY(late);
        QCOMPARE(late->rows, 42);
        QCOMPARE(late->noCreator, 42);
        QCOMPARE(late->noModifier, 42);
        QCOMPARE(late->newestId, newest);
        QCOMPARE(late->dataStep, QStringLiteral("0004_populate_audit_fields"));
        QCOMPARE(v.lateRows.size(), 1);
        for (const CheckResult &c : v.checks) {
            if (c.id == QLatin1String("seed.items.audit")) {
                QCOMPARE(c.status, CheckResult::Status::Fail);
                QCOMPARE(c.actual, QStringLiteral("42"));
                QVERIFY2(c.reason.startsWith(QStringLiteral("42 rows of items_item have no creator (42 no "
                                                            "modifier), newest id %1: added after the data step "
                                                            "items.0004_populate_audit_fields ran")
                                                 .arg(newest)),
                         qPrintable(c.reason));
            }
        }
        QString error;
        const QList<ModelAudit> audit = Audit::collect(t.db(), &error);
        QVERIFY(error.isEmpty());
        for (const ModelAudit &m : audit) {
            QCOMPARE(m.late.found(), m.table == table);
            if (m.table == table) {
                QCOMPARE(m.late.rows, 42);
                QCOMPARE(m.late.newestId, newest);
                QCOMPARE(m.late.sentence(), late->sentence());
            }
        }

        // Not recorded: refused, nothing changed.
        Executor executor(t.db(), catalogue);
        RunResult r = executor.fillLateRows({{QStringLiteral("items"), QStringLiteral("0003_item_modified_by_alter_"
                                                                                      "item_created_at_and_more")}},
                                            RunOptions{});
        QCOMPARE(r.status, RunResult::Status::Refused);
        QCOMPARE(differFromSnapshot(t, table, QStringLiteral("snap_items")), 0);

        QSignalSpy progress(&executor, &Executor::stepProgress);
        RunOptions options;
        options.batchSize = 50; // the demo rows' ids and the late rows: several batches
        r = executor.fillLateRows({{QStringLiteral("items"), late->dataStep}}, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps.first().rows, 42);
        QVERIFY(r.steps.first().batches >= 2);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(1).toLongLong(), 42);
        // No NULL left; the values are the data step's rule; the application's row untouched;
        // every other row as it was.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL OR "
                                        "modified_by_id IS NULL")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item t WHERE id > ? AND (created_by_id IS "
                                        "DISTINCT FROM %1 OR modified_by_id IS DISTINCT FROM %1)")
                             .arg(ownerOf(table)),
                         {appSet}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN snap_items s USING (id) WHERE "
                                        "i IS DISTINCT FROM s"),
                         {}),
                 42);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN snap_items s USING (id) WHERE "
                                        "i.id <= ? AND i IS DISTINCT FROM s"),
                         {appSet}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE app = 'items' AND "
                                        "name = ? AND message = 'late rows: 42 filled (fill-audit)'"),
                         {late->dataStep}),
                 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")), 0);
        const ValidationResult after = Validation::run(t.db(), catalogue);
        QVERIFY(after.lateRows.isEmpty());

        // Rolling the data step back sets back exactly what it and the fill filled: the late rows
        // are NULL again, the application's row keeps its users.
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN snap_items s USING (id) WHERE "
                                        "i.id > ? AND i IS DISTINCT FROM s"),
                         {appSet - 1}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE id < ? AND (created_by_id IS NOT NULL "
                                        "OR modified_by_id IS NOT NULL)"),
                         {appSet}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN snap_items s USING (id) WHERE "
                                        "(i.id, i.name, i.description, i.campaign_id, i.created_at, i.updated_at) IS "
                                        "DISTINCT FROM (s.id, s.name, s.description, s.campaign_id, s.created_at, "
                                        "s.updated_at)")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log WHERE table_name = ?"),
                         {table}),
                 0);
    }

    // The CLI: audit (text, --json), validate (--json), fill-audit (--dry-run, refusal without
    // --yes, the fill), then a rollback of the data steps restores the rows as they were.
    void cliReportsAndFills()
    {
        TestDatabase t(QStringLiteral("late_cli"));
        QVERIFY2(t.buildDemo(kDemoRows), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        const qint64 appSet = insertAppSet(t, QStringLiteral("characters_character"));
        const qint64 newestCharacter = insertLate(t, QStringLiteral("characters_character"), 17);
        const qint64 newestLocation = insertLate(t, QStringLiteral("locations_location"), 5);
        QVERIFY(appSet > 0 && newestCharacter > 0 && newestLocation > 0);
        for (const QString &table : {QStringLiteral("characters_character"), QStringLiteral("locations_location"),
                                     QStringLiteral("items_item")})
            QVERIFY(t.exec(QStringLiteral("CREATE TABLE snap_%1 AS SELECT * FROM %1").arg(table)));

        CliResult r = runCli({QStringLiteral("audit")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Late rows: 17 rows of characters_character have no creator (17 no "
                                               "modifier), newest id %1: added after the data step characters."
                                               "0004_populate_audit_fields ran")
                                    .arg(newestCharacter)),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Late rows: 5 rows of locations_location have no creator (5 no "
                                              "modifier), newest id %1")
                                   .arg(newestLocation)));
        QVERIFY(!r.out.contains(QStringLiteral("of items_item")));

        r = runCli({QStringLiteral("audit"), QStringLiteral("--json")}, t.name());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray models = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("models")).toArray();
        QJsonObject late = modelJson(models, QStringLiteral("characters_character")).value(QStringLiteral("late_rows")).toObject();
        QCOMPARE(late.value(QStringLiteral("rows")).toInteger(), 17);
        QCOMPARE(late.value(QStringLiteral("newest_id")).toInteger(), newestCharacter);
        QCOMPARE(late.value(QStringLiteral("after_data_step")).toBool(), true);
        late = modelJson(models, QStringLiteral("items_item")).value(QStringLiteral("late_rows")).toObject();
        QCOMPARE(late.value(QStringLiteral("rows")).toInteger(), 0);
        QVERIFY(late.value(QStringLiteral("newest_id")).isNull());

        r = runCli({QStringLiteral("validate"), QStringLiteral("--json")}, t.name());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QString reason;
        for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toString() == QLatin1String("seed.locations.audit"))
                reason = c.toObject().value(QStringLiteral("reason")).toString();
        }
        QVERIFY2(reason.startsWith(QStringLiteral("5 rows of locations_location have no creator (5 no modifier), "
                                                  "newest id %1: added after the data step")
                                       .arg(newestLocation)),
                 qPrintable(reason));
        late = modelJson(report.value(QStringLiteral("audit")).toArray(), QStringLiteral("locations_location"))
                   .value(QStringLiteral("late_rows"))
                   .toObject();
        QCOMPARE(late.value(QStringLiteral("newest_id")).toInteger(), newestLocation);
        r = runCli({QStringLiteral("validate")}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("17 rows of characters_character have no creator")));

        // --dry-run and a refusal without --yes change nothing.
        r = runCli({QStringLiteral("fill-audit"), QStringLiteral("--dry-run")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("17 rows of characters_character")));
        r = runCli({QStringLiteral("fill-audit")}, t.name());
        QCOMPARE(r.exitCode, 1);
        for (const QString &table : {QStringLiteral("characters_character"), QStringLiteral("locations_location")})
            QCOMPARE(differFromSnapshot(t, table, QStringLiteral("snap_") + table), 0);
        r = runCli({QStringLiteral("fill-audit"), QStringLiteral("campaigns")}, t.name());
        QCOMPARE(r.exitCode, 2);

        // Only locations first, then the rest.
        r = runCli({QStringLiteral("fill-audit"), QStringLiteral("locations"), QStringLiteral("--yes")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Filled 5 late rows with locations.0004_populate_audit_fields")));
        QCOMPARE(differFromSnapshot(t, QStringLiteral("characters_character"), QStringLiteral("snap_characters_character")), 0);
        r = runCli({QStringLiteral("fill-audit"), QStringLiteral("--yes")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Filled 17 late rows with characters.0004_populate_audit_fields")));
        r = runCli({QStringLiteral("fill-audit"), QStringLiteral("--yes")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("No late rows")));
        for (const QString &table : {QStringLiteral("characters_character"), QStringLiteral("locations_location")}) {
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1 t WHERE created_by_id IS DISTINCT FROM %2 AND "
                                            "id <> ?")
                                 .arg(table, ownerOf(table)),
                             {appSet}),
                     0);
        }
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character c JOIN snap_characters_character s "
                                        "USING (id) WHERE c.id = ? AND c IS DISTINCT FROM s"),
                         {appSet}),
                 0);
        r = runCli({QStringLiteral("validate")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));

        // Roll the data steps back: every row as it was before the fill (late rows NULL again).
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        QVERIFY(t.migrate(QStringLiteral("locations"), QStringLiteral("0003")).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character c JOIN snap_characters_character s "
                                        "USING (id) WHERE c.id >= ? AND c IS DISTINCT FROM s"),
                         {appSet}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM locations_location l JOIN snap_locations_location s "
                                        "USING (id) WHERE l.id > ? - 5 AND l IS DISTINCT FROM s"),
                         {newestLocation}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE id <> ? AND created_by_id "
                                        "IS NOT NULL"),
                         {appSet}),
                 0);
        QCOMPARE(contractDifference(t), QString());
    }
};

QTEST_GUILESS_MAIN(TestLateRows)
#include "test_late_rows.moc"
