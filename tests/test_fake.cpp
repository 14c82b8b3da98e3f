// The seed's troubleshooting answers: migrate/rollback --fake (refused unless the live schema
// matches the contract's schema for the state recorded, --force overrides), --fake-initial, and
// --statement-timeout with a message that names it.
#include "executor.h"
#include "format.h"
#include "planner.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

qint64 recorded(TestDatabase &t, const QString &where = QStringLiteral("true"))
{
    return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE %1").arg(where));
}

qint64 historyRows(TestDatabase &t, const QString &outcome)
{
    return t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE outcome = ?"), {outcome});
}

// Forgets the strategy's 0003 and 0004 in django_migrations, as a lost history would.
bool forgetStrategySteps(TestDatabase &t)
{
    return t.exec(QStringLiteral("DELETE FROM django_migrations WHERE app IN ('characters', 'items', 'locations') "
                                 "AND name ~ '^000[34]_'"));
}

} // namespace

class TestFake : public QObject
{
    Q_OBJECT
private slots:
    void fakeRecordsWhenTheSchemaMatches()
    {
        TestDatabase t(QStringLiteral("fake_ok"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QVERIFY(forgetStrategySteps(t));
        const qint64 before = recorded(t);
        const QString schema = t.schemaDump();
        const QString rows = rowChecksum(t);

        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--fake")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Applying items.0003_item_modified_by_alter_item_created_at_and_more"
                                               "... FAKED")),
                 qPrintable(r.out));
        QCOMPARE(recorded(t), before + 6);
        QCOMPARE(recorded(t, QStringLiteral("name ~ '^000[34]_'")), qint64(6));
        QCOMPARE(historyRows(t, QStringLiteral("faked")), qint64(6));
        // No SQL of the steps ran: the schema and the rows are as they were.
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(rowChecksum(t), rows);
        QCOMPARE(contractDifference(t), QString());

        // rollback --fake unrecords them while the schema stays at 0004: refused, nothing unrecorded.
        const CliResult back =
            runCli({QStringLiteral("rollback"), QStringLiteral("--fake"), QStringLiteral("--yes")}, t.name());
        QCOMPARE(back.exitCode, 1);
        QVERIFY2(back.err.contains(QStringLiteral("Refusing to fake")), qPrintable(back.err));
        QCOMPARE(recorded(t), before + 6);
        QCOMPARE(t.schemaDump(), schema);
    }

    void fakeIsRefusedWhenTheSchemaDoesNotMatch()
    {
        TestDatabase t(QStringLiteral("fake_refused"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        const qint64 before = recorded(t);
        const qint64 history = t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history"));
        const QString schema = t.schemaDump();

        // The schema stands at 0002: recording 0004 would be a lie.
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--fake")}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: Refusing to fake: the live schema does not match")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("characters_character")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QCOMPARE(recorded(t), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history")), history);
        QCOMPARE(t.schemaDump(), schema);

        // --force without --fake is bad input.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--force")}, t.name());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(recorded(t), before);

        // --force records anyway, with a warning.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("--fake"),
                    QStringLiteral("--force")},
                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Warning: recording without a matching schema (--force)")),
                 qPrintable(r.err));
        QCOMPARE(recorded(t), before + 2);
        QCOMPARE(recorded(t, QStringLiteral("app = 'items' AND name ~ '^000[34]_'")), qint64(2));
        QCOMPARE(historyRows(t, QStringLiteral("faked")), qint64(2));
        QCOMPARE(t.schemaDump(), schema);

        // Unrecording them matches the schema again (items back at 0002): accepted.
        r = runCli({QStringLiteral("rollback"), QStringLiteral("--fake"), QStringLiteral("--yes")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Unapplying items.0004_populate_audit_fields... FAKED")),
                 qPrintable(r.out));
        QCOMPARE(recorded(t), before);
        QCOMPARE(historyRows(t, QStringLiteral("faked")), qint64(4));
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(contractDifference(t), QString());
    }

    void fakeInitialRecordsInitialMigrationsWhoseTablesExist()
    {
        TestDatabase t(QStringLiteral("fake_initial"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM django_migrations")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM gma_migrator.history")));
        const QString schema = t.schemaDump();

        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0002"),
                                    QStringLiteral("--fake-initial"), QStringLiteral("--no-backup"),
                                    QStringLiteral("--skip-preflight")},
                                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // users, campaigns and items 0001 create tables that exist: recorded without running.
        QVERIFY2(r.out.contains(QStringLiteral("Applying items.0001_initial... FAKED")), qPrintable(r.out));
        QCOMPARE(recorded(t, QStringLiteral("name = '0001_initial'")), qint64(3));
        QCOMPARE(historyRows(t, QStringLiteral("faked")), qint64(3));
        // items.0002 depends on items.0001: not initial, so it ran.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE outcome = 'success' AND "
                                        "app = 'items' AND name = '0002_alter_item_options'")),
                 qint64(1));
        QCOMPARE(recorded(t), qint64(4));
        QCOMPARE(t.schemaDump(), schema);

        // --fake-initial with --fake, or with --dry-run, is bad input.
        CliResult bad = runCli({QStringLiteral("migrate"), QStringLiteral("--fake"), QStringLiteral("--fake-initial")},
                               t.name());
        QCOMPARE(bad.exitCode, 2);
        bad = runCli({QStringLiteral("migrate"), QStringLiteral("--fake"), QStringLiteral("--dry-run")}, t.name());
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(recorded(t), qint64(4));
    }

    void statementTimeoutIsNamed()
    {
        TestDatabase t(QStringLiteral("fake_timeout"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        const qint64 before = recorded(t);
        const QString schema = t.schemaDump();
        // A session holds a lock the schema step needs; the lock timeout is far longer than the
        // statement timeout, so the statement timeout is what stops the step.
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN ACCESS SHARE MODE")).ok);
        RunOptions options;
        options.statementTimeoutMs = 300;
        options.lockTimeoutMs = 120000;
        const RunResult r = t.migrate(QStringLiteral("items"), QStringLiteral("0003"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.status, RunResult::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("ran longer than the statement timeout (300 ms, "
                                                 "--statement-timeout) and was cancelled")),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("rolled back and is not applied")), qPrintable(r.error));
        QCOMPARE(r.steps.last().attempts, 1);
        QVERIFY(!r.steps.last().cancelled);
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QCOMPARE(recorded(t), before);
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(historyRows(t, QStringLiteral("failed")), qint64(1));

        // The CLI reads the duration; a bad one is one sentence and changes nothing.
        CliResult bad = runCli({QStringLiteral("migrate"), QStringLiteral("--statement-timeout"),
                                QStringLiteral("soon")},
                               t.name());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--statement-timeout needs a duration")), qPrintable(bad.err));
        QCOMPARE(recorded(t), before);
        const CliResult ok = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0003"),
                                     QStringLiteral("--statement-timeout"), QStringLiteral("2min"),
                                     QStringLiteral("--no-backup")},
                                    t.name());
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QCOMPARE(recorded(t), before + 1);
    }

    void statementTimeoutStopsADataStepBatch()
    {
        TestDatabase t(QStringLiteral("fake_timeout_data"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        const qint64 before = recorded(t);
        const qint64 nulls = t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL"));
        QVERIFY(nulls > 0);
        // SHARE lets the step read its bounds but keeps its batch UPDATE waiting.
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN SHARE MODE")).ok);
        RunOptions options;
        options.statementTimeoutMs = 300;
        options.lockTimeoutMs = 120000;
        const RunResult r = t.migrate(QStringLiteral("items"), QStringLiteral("0004"), options);
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QCOMPARE(r.status, RunResult::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("ran longer than the statement timeout (300 ms")), qPrintable(r.error));
        QVERIFY(!r.steps.last().cancelled);
        // Not recorded as applied, nothing filled.
        QCOMPARE(recorded(t), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")), nulls);
    }

    void disagreementsAreShownWithTheirRepair()
    {
        TestDatabase t(QStringLiteral("fake_disagree"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        const auto show = [&t]() {
            return runCli({QStringLiteral("showmigrations")}, t.name()).err;
        };
        QCOMPARE(show(), QString()); // everything agrees: nothing to say

        // The schema step ran but is not recorded (a lost history): record it, then finish the data step.
        QVERIFY(t.exec(QStringLiteral("DELETE FROM django_migrations WHERE app = 'items' AND name ~ '^000[34]_'")));
        QString err = show();
        QVERIFY2(err.contains(QStringLiteral("items is recorded at 0002_alter_item_options, but items_item has the audit "
                                             "columns of 0003")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Repair: gma-migrator-cli migrate items 0003 --fake\n")), qPrintable(err));
        QCOMPARE(err.count(QLatin1Char('\n')), 1);
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0003"), QStringLiteral("--fake")},
                             t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        err = show();
        QVERIFY2(err.contains(QStringLiteral("items.0004 is not recorded, but")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Repair: gma-migrator-cli migrate items\n")), qPrintable(err));
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(show(), QString());
        QCOMPARE(contractDifference(t), QString());

        // Recorded at 0004 with the schema of 0002 (undone by hand): unrecord.
        QVERIFY(t.rollback().ok());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO django_migrations (app, name, applied) SELECT 'characters', n, now() "
                                      "FROM unnest(?::text[]) AS n"),
                       {QStringLiteral("{0003_character_created_by_character_modified_by_and_more,0004_populate_audit_fields}")}));
        err = show();
        QVERIFY2(err.contains(QStringLiteral("characters is recorded at 0004_populate_audit_fields, but characters_character "
                                             "has the schema of 0002")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Repair: gma-migrator-cli migrate characters 0002 --fake")), qPrintable(err));
        r = runCli({QStringLiteral("migrate"), QStringLiteral("characters"), QStringLiteral("0002"), QStringLiteral("--fake")},
                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(show(), QString());
        QCOMPARE(contractDifference(t), QString());

        // Half applied, recorded at 0002: named with its differences, and the repair that drops what it left.
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE locations_location ADD COLUMN created_at timestamptz")));
        err = show();
        QVERIFY2(err.contains(QStringLiteral("locations_location matches neither the contract's 0002 nor its 0004 schema")),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("created_at")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Repair: gma-migrator-cli repair locations")), qPrintable(err));
    }

    // A schema step half applied (as an interrupted step outside one transaction leaves it): the
    // repair is previewed, refused without a confirmation, refused and rolled back when the table
    // would still differ, and otherwise drops exactly what the step left, rows untouched; the
    // migration then applies whole.
    void aHalfAppliedStepIsRepaired()
    {
        TestDatabase t(QStringLiteral("fake_repair"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        const QString schema = t.schemaDump();
        const QString rows = rowChecksum(t);
        // Part of items.0003: two of its columns, one foreign key and one index; name not narrowed.
        QVERIFY(t.exec(QStringLiteral(
            "ALTER TABLE items_item ADD COLUMN created_at timestamptz NULL; "
            "ALTER TABLE items_item ADD COLUMN created_by_id bigint NULL CONSTRAINT "
            "items_item_created_by_id_111edd0c_fk_users_user_id REFERENCES users_user(id) DEFERRABLE INITIALLY DEFERRED; "
            "CREATE INDEX items_item_created_by_id_111edd0c ON items_item (created_by_id)")));
        const QString half = t.schemaDump();
        const qint64 repairsBefore = t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE direction = "
                                                            "'backward' AND outcome = 'success'"));

        // The preview: what it does and every statement it tries; nothing changes.
        CliResult r = runCli({QStringLiteral("repair"), QStringLiteral("items"), QStringLiteral("--dry-run")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Repair: Drop what the half-applied "
                                               "items.0003_item_modified_by_alter_item_created_at_and_more left in items_item")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  ALTER TABLE \"items_item\" DROP COLUMN \"created_by_id\" CASCADE\n")),
                 qPrintable(r.out));
        QCOMPARE(t.schemaDump(), half);
        // Without --yes and without a terminal: refused, nothing changed.
        r = runCli({QStringLiteral("repair"), QStringLiteral("items")}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("pass --yes")), qPrintable(r.err));
        QCOMPARE(t.schemaDump(), half);

        // Something the step never makes is there too: undoing the step would not give 0002, so the
        // repair is rolled back whole and says what still differs.
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE items_item ADD COLUMN note text")));
        const QString alien = t.schemaDump();
        r = runCli({QStringLiteral("repair"), QStringLiteral("items"), QStringLiteral("--yes")}, t.name());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QStringLiteral("still differs from the contract's 0002 schema")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("note")), qPrintable(r.err));
        QCOMPARE(t.schemaDump(), alien);
        QCOMPARE(advisoryLocks(t), qint64(0));
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE items_item DROP COLUMN note")));

        // The repair: back to the schema before, every row as it was, the record at 0002, in the history.
        r = runCli({QStringLiteral("repair"), QStringLiteral("items"), QStringLiteral("--yes")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Nothing to undo: ALTER TABLE \"items_item\" DROP COLUMN \"updated_at\" "
                                               "CASCADE")),
                 qPrintable(r.out));
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(rowChecksum(t), rows);
        QCOMPARE(recorded(t, QStringLiteral("app = 'items' AND name ~ '^000[34]_'")), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE direction = 'backward' AND "
                                        "outcome = 'success'")),
                 repairsBefore + 1);
        QCOMPARE(advisoryLocks(t), qint64(0));
        QCOMPARE(runCli({QStringLiteral("showmigrations")}, t.name()).err, QString());
        r = runCli({QStringLiteral("repair"), QStringLiteral("items")}, t.name());
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Nothing to repair")), qPrintable(r.out));
        // The migration then applies whole and ends in the contract's schema.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(contractDifference(t), QString());
    }

    void durationsAreRead()
    {
        const QList<QPair<QString, qint64>> good{{QStringLiteral("500ms"), 500},  {QStringLiteral("30s"), 30000},
                                                 {QStringLiteral("2min"), 120000}, {QStringLiteral("1500"), 1500},
                                                 {QStringLiteral("1.5s"), 1500},   {QStringLiteral("1h"), 3600000}};
        for (const auto &g : good) {
            qint64 ms = -1;
            QVERIFY2(format::parseDuration(g.first, &ms), qPrintable(g.first));
            QCOMPARE(ms, g.second);
        }
        for (const QString &bad : {QStringLiteral("soon"), QStringLiteral("-5s"), QStringLiteral("5 days"),
                                   QStringLiteral("")}) {
            qint64 ms = -1;
            QVERIFY2(!format::parseDuration(bad, &ms), qPrintable(bad));
        }
    }
};

QTEST_GUILESS_MAIN(TestFake)
#include "test_fake.moc"
