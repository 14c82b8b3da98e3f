// Validation checks against a real database: at 0002 (seed queries not applicable, schema as the
// contract), after migrate (everything passes), and with planted problems, each of which must
// fail the right check with the right actual value.
#include "testdb.h"

#include "audit.h"
#include "planner.h"
#include "sqlutil.h"
#include "toolschema.h"
#include "validation.h"

#include <QElapsedTimer>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

const CheckResult *find(const ValidationResult &r, const QString &id)
{
    for (const CheckResult &c : r.checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList seedIds()
{
    QStringList out;
    for (const char *kind : {"audit", "timestamps"}) {
        for (const QString &app : Planner::strategyApps())
            out << QStringLiteral("seed.%1.%2").arg(app, QLatin1String(kind));
    }
    return out;
}

QString describe(const ValidationResult &r)
{
    QStringList lines;
    for (const CheckResult &c : r.checks)
        lines << QStringLiteral("%1 %2: %3 (%4)").arg(c.statusText(), c.id, c.actual, c.reason);
    return lines.join(QLatin1Char('\n'));
}

// Every check other than `except` must not fail.
bool othersPass(const ValidationResult &r, const QStringList &except)
{
    for (const CheckResult &c : r.checks) {
        if (!except.contains(c.id) && c.status == CheckResult::Status::Fail)
            return false;
    }
    return true;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void referenceDumpParses()
    {
        // The compiled-in reference is the contract's, and parses into every kind of fact.
        QCOMPARE(Validation::referenceDump(QStringLiteral("0004")), referenceSchema(QStringLiteral("0004")));
        const QList<SchemaEntry> entries =
            Validation::parseDump(Validation::referenceDump(QStringLiteral("0004")));
        QSet<QString> kinds;
        int columns = 0;
        for (const SchemaEntry &e : entries) {
            kinds.insert(e.kind);
            if (e.table == QLatin1String("characters_character") && e.kind == QLatin1String("column"))
                ++columns;
        }
        QCOMPARE(columns, 13);
        for (const char *k : {"table", "column", "default", "constraint", "index", "sequence"})
            QVERIFY2(kinds.contains(QLatin1String(k)), k);
    }

    void at0002SchemaPassesSeedSkipped()
    {
        TestDatabase t(QStringLiteral("val0002"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.state.summary(), QStringLiteral("0002"));
        for (const QString &id : seedIds()) {
            const CheckResult *c = find(r, id);
            QVERIFY2(c, qPrintable(id));
            QCOMPARE(c->status, CheckResult::Status::Skipped);
            QVERIFY2(c->reason.contains(QStringLiteral("Not applicable")), qPrintable(c->reason));
            QVERIFY(!c->sql.isEmpty());
        }
        const CheckResult *schema = find(r, QStringLiteral("schema.contract"));
        QVERIFY(schema);
        QVERIFY2(schema->passed(), qPrintable(schema->actual));
        QVERIFY(schema->expected.contains(QStringLiteral("schema-at-0002.sql")));
        QCOMPARE(find(r, QStringLiteral("backup.rowcounts"))->status, CheckResult::Status::Skipped);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        // The read-only snapshot is closed again: the next statement runs in a transaction of its own.
        QCOMPARE(t.scalar(QStringLiteral("SELECT now() = statement_timestamp()")).toBool(), true);
        QCOMPARE(t.scalar(QStringLiteral("SELECT current_setting('transaction_read_only')")).toString(),
                 QStringLiteral("off"));
    }

    void afterMigrateEverythingPasses()
    {
        TestDatabase t(QStringLiteral("valall"));
        QVERIFY(t.buildDemo(150));
        QVERIFY(t.migrate().ok());
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QCOMPARE(r.state.summary(), QStringLiteral("0004"));
        QCOMPARE(r.checks.size(), 16);
        for (const CheckResult &c : r.checks) {
            if (c.id == QLatin1String("backup.rowcounts")) {
                QCOMPARE(c.status, CheckResult::Status::Skipped); // no backup catalogued by the bare executor
                continue;
            }
            QVERIFY2(c.passed(),
                     qPrintable(c.id + QStringLiteral(": ") + c.actual + QStringLiteral(" ") + c.reason));
        }
        for (const QString &id : seedIds())
            QCOMPARE(find(r, id)->actual, QStringLiteral("0"));
        // The seed's query text is shown verbatim.
        QCOMPARE(find(r, QStringLiteral("seed.characters.audit"))->sql,
                 QStringLiteral("SELECT COUNT(*) FROM characters_character\nWHERE created_by_id IS NULL OR "
                                "modified_by_id IS NULL"));
        QVERIFY(find(r, QStringLiteral("schema.contract"))
                    ->expected.contains(QStringLiteral("schema-at-0004.sql")));
        QVERIFY(r.ok());
    }

    void at0003SeedSkippedSchemaAsAfterSchemaStep()
    {
        TestDatabase t(QStringLiteral("val0003"));
        QVERIFY(t.buildDemo(80));
        for (const QString &app : Planner::strategyApps())
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QCOMPARE(r.state.summary(), QStringLiteral("0003"));
        for (const QString &id : seedIds()) {
            QCOMPARE(find(r, id)->status, CheckResult::Status::Skipped);
            QVERIFY(find(r, id)->reason.contains(QStringLiteral("stands at 0003")));
        }
        QVERIFY2(find(r, QStringLiteral("schema.contract"))->passed(),
                 qPrintable(find(r, QStringLiteral("schema.contract"))->actual));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
    }

    void auditNullFailsTheSeedCheck()
    {
        TestDatabase t(QStringLiteral("valnull"));
        QVERIFY(t.buildDemo(100));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET created_by_id = NULL WHERE id = (SELECT min(id) FROM items_item)")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")),
                 qint64(1));
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        const CheckResult *c = find(r, QStringLiteral("seed.items.audit"));
        QCOMPARE(c->status, CheckResult::Status::Fail);
        QCOMPARE(c->actual, QStringLiteral("1"));
        QCOMPARE(c->expected, QStringLiteral("0"));
        QVERIFY2(othersPass(r, {QStringLiteral("seed.items.audit")}), qPrintable(describe(r)));
        QVERIFY(!r.ok());
    }

    void schemaDifferencesAreNamed()
    {
        TestDatabase t(QStringLiteral("valschema"));
        QVERIFY(t.buildDemo(50));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral("DROP INDEX characters_character_created_at_8be7403a")));
        QVERIFY(
            t.exec(QStringLiteral("ALTER TABLE locations_location ALTER COLUMN description DROP NOT NULL")));
        QVERIFY(t.exec(QStringLiteral("CREATE INDEX items_extra ON items_item (name)")));
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        const CheckResult *c = find(r, QStringLiteral("schema.contract"));
        QCOMPARE(c->status, CheckResult::Status::Fail);
        QVERIFY2(c->actual.contains(QStringLiteral(
                     "characters_character: missing index characters_character_created_at_8be7403a")),
                 qPrintable(c->actual));
        QVERIFY2(c->actual.contains(
                     QStringLiteral("locations_location: column description is '#3 text', the contract has "
                                    "'#3 text NOT NULL'")),
                 qPrintable(c->actual));
        QVERIFY2(c->actual.contains(QStringLiteral("items_item: unexpected index items_extra")),
                 qPrintable(c->actual));
        QCOMPARE(c->reason, QStringLiteral("3 differences from the contract."));
        QVERIFY2(othersPass(r, {QStringLiteral("schema.contract")}), qPrintable(describe(r)));
    }

    void usersUserMayCarryMoreThanTheContract()
    {
        // A production users_user has more columns and indexes; other tables must match exactly.
        TestDatabase t(QStringLiteral("valusers"));
        QVERIFY(t.buildDemo(30));
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE users_user ADD COLUMN phone text")));
        QVERIFY(t.exec(QStringLiteral("CREATE INDEX users_user_phone ON users_user (phone)")));
        ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QVERIFY2(find(r, QStringLiteral("schema.contract"))->passed(),
                 qPrintable(find(r, QStringLiteral("schema.contract"))->actual));
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE campaigns_campaign ADD COLUMN budget integer")));
        r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QCOMPARE(find(r, QStringLiteral("schema.contract"))->actual,
                 QStringLiteral("campaigns_campaign: unexpected column budget (#10 integer)"));
    }

    void orphanForeignKeyIsFound()
    {
        TestDatabase t(QStringLiteral("valorphan"));
        QVERIFY(t.buildDemo(60));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral(
            "ALTER TABLE items_item DROP CONSTRAINT items_item_created_by_id_111edd0c_fk_users_user_id")));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET created_by_id = 987654 WHERE id IN "
                                      "(SELECT id FROM items_item ORDER BY id LIMIT 2)")));
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        const CheckResult *c = find(r, QStringLiteral("fk.items_item"));
        QCOMPARE(c->status, CheckResult::Status::Fail);
        QCOMPARE(c->actual, QStringLiteral("created_by_id: 2"));
        QVERIFY(c->sql.contains(QStringLiteral("NOT EXISTS")));
        // The dropped constraint is a schema difference too; the other tables have no orphans.
        QVERIFY(
            find(r, QStringLiteral("schema.contract"))
                ->actual.contains(QStringLiteral(
                    "items_item: missing constraint items_item_created_by_id_111edd0c_fk_users_user_id")));
        QVERIFY(find(r, QStringLiteral("fk.characters_character"))->passed());
        QVERIFY(find(r, QStringLiteral("fk.locations_location"))->passed());
        QVERIFY2(othersPass(r, {QStringLiteral("fk.items_item"), QStringLiteral("schema.contract")}),
                 qPrintable(describe(r)));
    }

    void duplicateNamesAfterDroppingTheUniqueConstraint()
    {
        TestDatabase t(QStringLiteral("valdup"));
        QVERIFY(t.buildDemo(60));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral(
            "ALTER TABLE characters_character DROP CONSTRAINT unique_character_name_per_campaign")));
        QVERIFY(t.exec(
            QStringLiteral("INSERT INTO characters_character (name, description, game_system, campaign_id, "
                           "player_owner_id, is_deleted, "
                           "created_at, updated_at, created_by_id, modified_by_id) "
                           "SELECT name, description, game_system, campaign_id, player_owner_id, is_deleted, "
                           "created_at, updated_at, "
                           "created_by_id, modified_by_id FROM characters_character ORDER BY id LIMIT 2")));
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QCOMPARE(find(r, QStringLiteral("unique.constraint"))->status, CheckResult::Status::Fail);
        QCOMPARE(find(r, QStringLiteral("unique.constraint"))->actual, QStringLiteral("missing"));
        QCOMPARE(find(r, QStringLiteral("unique.duplicates"))->status, CheckResult::Status::Fail);
        QCOMPARE(find(r, QStringLiteral("unique.duplicates"))->actual, QStringLiteral("2"));
        QVERIFY2(othersPass(r, {QStringLiteral("unique.constraint"), QStringLiteral("unique.duplicates"),
                                QStringLiteral("schema.contract")}),
                 qPrintable(describe(r)));
    }

    void rowCountsAgainstTheLastBackup()
    {
        TestDatabase t(QStringLiteral("valrows"));
        QVERIFY(t.buildDemo(120));
        QVERIFY(t.migrate().ok());
        QString error;
        QVERIFY2(ToolSchema::ensure(t.db(), &error), qPrintable(error));
        ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QCOMPARE(find(r, QStringLiteral("backup.rowcounts"))->status, CheckResult::Status::Skipped);
        QVERIFY(find(r, QStringLiteral("backup.rowcounts"))->reason.contains(QStringLiteral("No backup")));

        const QString insert = QStringLiteral(
            "INSERT INTO gma_migrator.backups (path, format, size_bytes, sha256, taken_at, server_version, "
            "migration_state, row_counts) VALUES (?, 'custom', 1234, 'abc', ?::timestamptz, '15', "
            "'{}'::jsonb, ?::jsonb)");
        // An older backup with other counts must not be the one compared.
        QVERIFY(t.exec(insert, {QStringLiteral("/tmp/old.dump"), QStringLiteral("2020-01-01 00:00:00+00"),
                                QStringLiteral("{\"locations_location\": 5}")}));
        const qint64 locations = t.count(QStringLiteral("SELECT count(*) FROM locations_location"));
        const qint64 items = t.count(QStringLiteral("SELECT count(*) FROM items_item"));
        QCOMPARE(locations, qint64(120));
        QVERIFY(t.exec(
            insert,
            {QStringLiteral("/tmp/new.dump"), QStringLiteral("2026-01-01 00:00:00+00"),
             QStringLiteral("{\"locations_location\": %1, \"items_item\": %2, \"django_migrations\": 1}")
                 .arg(locations)
                 .arg(items)}));
        r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        const CheckResult *c = find(r, QStringLiteral("backup.rowcounts"));
        QVERIFY2(c->passed(), qPrintable(c->actual + c->reason));
        QCOMPARE(c->actual, QStringLiteral("items_item 120, locations_location 120"));

        QVERIFY(t.exec(QStringLiteral(
            "DELETE FROM locations_location WHERE id = (SELECT max(id) FROM locations_location)")));
        r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        c = find(r, QStringLiteral("backup.rowcounts"));
        QCOMPARE(c->status, CheckResult::Status::Fail);
        QCOMPARE(c->actual, QStringLiteral("items_item 120, locations_location 119"));
        QCOMPARE(c->reason, QStringLiteral("Changed: locations_location 120 → 119 (-1)."));
        QVERIFY(othersPass(r, {QStringLiteral("backup.rowcounts")}));
    }

    void checksumDriftFails()
    {
        TestDatabase t(QStringLiteral("valdrift"));
        QVERIFY(t.buildDemo(40));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral("UPDATE gma_migrator.history SET checksum = 'deadbeefdeadbeef' "
                                      "WHERE app = 'items' AND name = '0004_populate_audit_fields'")));
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        const CheckResult *c = find(r, QStringLiteral("migrations.checksums"));
        QCOMPARE(c->status, CheckResult::Status::Fail);
        QVERIFY2(c->actual.startsWith(
                     QStringLiteral("items.0004_populate_audit_fields: recorded deadbeefdead, definition ")),
                 qPrintable(c->actual));
        QVERIFY(othersPass(r, {QStringLiteral("migrations.checksums")}));
    }

    // Another session holds ACCESS EXCLUSIVE on items_item in an open transaction: validation and
    // the audit return within a bound, their error naming the holder's pid, instead of hanging.
    void lockHeldElsewhereEndsWithTheHolder()
    {
        TestDatabase t(QStringLiteral("vallock"));
        QVERIFY(t.buildDemo(20));
        QVERIFY(t.migrate().ok());
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        const int holderPid = sql::scalar(holder, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(holderPid > 0);
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN ACCESS EXCLUSIVE MODE")).ok);
        const QString pidText = QStringLiteral("pid %1").arg(holderPid);

        QElapsedTimer timer;
        timer.start();
        const ValidationResult r = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(pidText), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("items_item")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("LOCK TABLE items_item")), qPrintable(r.error));

        timer.restart();
        QString auditError;
        const QList<ModelAudit> audit = Audit::collect(t.db(), &auditError);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(audit.isEmpty());
        QVERIFY2(auditError.contains(pidText), qPrintable(auditError));

        // The session's own limits are put back, and once the lock is gone everything passes.
        QCOMPARE(sql::scalar(t.db(), QStringLiteral("SHOW lock_timeout")).toString(), QStringLiteral("0"));
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        const ValidationResult after = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QVERIFY2(after.ok(), qPrintable(describe(after)));
        QVERIFY(Audit::collect(t.db(), &auditError).size() == 3);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
