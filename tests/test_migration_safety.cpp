// Migration safety: the 21 cases of the strategy's test suite ("Testing Strategy" of the seed),
// run against the real PostgreSQL: data preservation, default values, integrity, edge cases,
// performance at volume, concurrent writers, rollback and the audit trail. Every case asserts
// the database state with SQL.
#include "testdb.h"

#include "planner.h"
#include "sqlutil.h"
#include "state.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSysInfo>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <thread>

using namespace gma;
using namespace gma::test;

namespace {

// Users, campaigns and rows with known ids, at 0002. Campaign owners: 10 -> 1, 11 -> 2, 12 -> 3.
// User 5 (erin) owns nothing: she is the "new application" writing real audit users.
const char *const kFixture[] = {
    "INSERT INTO users_user (id, password, last_login, is_superuser, username, first_name, last_name, email, "
    "is_staff, "
    "is_active, date_joined, display_name) VALUES "
    "(1, 'x', NULL, true, 'alice', 'Alice', 'Ashford', 'alice@example.org', true, true, '1970-01-01 "
    "00:00:00+00', 'Alice'),"
    "(2, 'x', now(), false, 'bob', 'Bob', 'Blackwood', 'bob@example.org', false, true, '2001-02-03 "
    "04:05:06.789+00', 'Bob'),"
    "(3, 'x', NULL, false, 'carol', 'Carol', 'Crowe', 'carol@example.org', false, true, now(), 'Carol'),"
    "(4, 'x', NULL, false, 'dave', 'Dave', 'Dunmore', 'dave@example.org', false, false, now(), 'Dave'),"
    "(5, 'x', NULL, false, 'erin', 'Erin', 'Emberly', 'erin@example.org', true, true, now(), 'Erin')",
    "SELECT setval('users_user_id_seq', 100)",
    "INSERT INTO campaigns_campaign (id, name, slug, description, game_system, is_active, created_at, "
    "updated_at, "
    "owner_id) VALUES "
    "(10, 'The Sunken Keep', 'sunken-keep', 'Old.', 'D&D 5e', true, '1970-01-01 00:00:00+00', '1999-12-31 "
    "23:59:59.999999+00', 1),"
    "(11, 'Moonlit Vale', 'moonlit-vale', '', 'Pathfinder 2e', false, '1901-12-13 20:45:52+00', now(), 2),"
    "(12, 'Iron Spire', 'iron-spire', 'New.', 'Call of Cthulhu', true, now(), now(), 3)",
    "SELECT setval('campaigns_campaign_id_seq', 100)",
    "INSERT INTO characters_character (id, name, description, game_system, campaign_id, player_owner_id, "
    "deleted_at, "
    "deleted_by_id, is_deleted) VALUES "
    "(100, 'Aria', 'A rogue.', 'D&D 5e', 10, 2, NULL, NULL, false),"
    "(101, 'Borin', '', 'D&D 5e', 10, 3, NULL, NULL, false),"
    "(102, 'Cael', 'Gone.', 'Pathfinder 2e', 11, 4, '1999-12-31 23:59:59.123456+00', 1, true),"
    "(103, repeat('N', 100), 'Long name.', 'Call of Cthulhu', 12, 1, NULL, NULL, false),"
    "(104, 'Zoë ''the'' 🐉', 'Unicode, quotes.', 'Pathfinder 2e', 11, 1, NULL, NULL, false)",
    "SELECT setval('characters_character_id_seq', 1000)",
    "INSERT INTO items_item (id, name, description, campaign_id) VALUES "
    "(200, 'Sword', 'Sharp.', 10), (201, 'Amulet', '', 11), (202, repeat('I', 100), 'Long name.', 12),"
    "(203, 'Lantern', 'Dim.', 10)",
    "SELECT setval('items_item_id_seq', 1000)",
    "INSERT INTO locations_location (id, name, description, campaign_id) VALUES "
    "(300, 'Keep', 'Stone walls.', 10), (301, 'Marsh', NULL, 11), (302, 'Grove', '', 12), (303, 'Crypt', "
    "NULL, 10),"
    "(304, repeat('L', 100), 'Long name.', 12)",
    "SELECT setval('locations_location_id_seq', 1000)",
};

bool buildFixture(TestDatabase &t)
{
    if (!t.buildSchemaAt0002())
        return false;
    for (const char *statement : kFixture) {
        if (!t.exec(QString::fromUtf8(statement)))
            return false;
    }
    return true;
}

const QStringList &modelTables()
{
    static const QStringList tables{QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                    QStringLiteral("locations_location")};
    return tables;
}

// The columns each table has at 0002.
QString columnsAt0002(const QString &table)
{
    if (table == QLatin1String("characters_character"))
        return QStringLiteral("id, name, description, game_system, campaign_id, player_owner_id, deleted_at, "
                              "deleted_by_id, is_deleted");
    if (table == QLatin1String("users_user"))
        return QStringLiteral(
            "id, password, last_login, is_superuser, username, first_name, last_name, email, "
            "is_staff, is_active, date_joined, display_name");
    if (table == QLatin1String("campaigns_campaign"))
        return QStringLiteral(
            "id, name, slug, description, game_system, is_active, created_at, updated_at, owner_id");
    return QStringLiteral("id, name, description, campaign_id");
}

// md5 of every whole row, in id order (timestamps printed in UTC so that the text is stable).
QString rowsDigest(TestDatabase &t, const QString &table)
{
    t.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return t
        .scalar(QStringLiteral(
                    "SELECT coalesce(md5(string_agg(x::text, ',' ORDER BY x.id)), 'empty') FROM %1 AS x")
                    .arg(sql::quoteIdent(table)))
        .toString();
}

// md5 of the given columns of every row, in id order.
QString columnsDigest(TestDatabase &t, const QString &table, const QString &columns)
{
    t.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return t
        .scalar(QStringLiteral(
                    "SELECT coalesce(md5(string_agg(row(%1)::text, ',' ORDER BY id)), 'empty') FROM %2")
                    .arg(columns, sql::quoteIdent(table)))
        .toString();
}

QMap<QString, QString> digestAll(TestDatabase &t)
{
    QMap<QString, QString> out;
    for (const char *table :
         {"users_user", "campaigns_campaign", "characters_character", "items_item", "locations_location"})
        out.insert(QString::fromLatin1(table), rowsDigest(t, QString::fromLatin1(table)));
    return out;
}

// "id:created_by:modified_by" for every row, in id order.
QString auditValues(TestDatabase &t, const QString &table)
{
    return t
        .scalar(QStringLiteral("SELECT string_agg(id || ':' || coalesce(created_by_id::text, '-') || ':' || "
                               "coalesce(modified_by_id::text, '-'), ' ' ORDER BY id) FROM %1")
                    .arg(sql::quoteIdent(table)))
        .toString();
}

// The row ids recorded in gma_migrator.populate_log for one column, sorted.
QString loggedIds(TestDatabase &t, const QString &table, const QString &column)
{
    return t
        .scalar(QStringLiteral("SELECT coalesce(string_agg(x::text, ',' ORDER BY x), '') FROM "
                               "(SELECT unnest(row_ids) AS x FROM gma_migrator.populate_log "
                               "WHERE table_name = ? AND column_name = ?) AS s"),
                {table, column})
        .toString();
}

// The seed's post-migration validation: rows lacking an audit field or a timestamp.
qint64 validationCount(TestDatabase &t, const QString &table)
{
    return t.count(
        QStringLiteral("SELECT count(*) FROM %1 WHERE created_by_id IS NULL OR modified_by_id IS NULL OR "
                       "created_at IS NULL OR updated_at IS NULL")
            .arg(sql::quoteIdent(table)));
}

bool migrateAll(TestDatabase &t, const QString &target, const RunOptions &options = RunOptions{})
{
    for (const QString &app : Planner::strategyApps()) {
        const RunResult r = t.migrate(app, target, options);
        if (!r.ok()) {
            qWarning("migrate %s %s: %s", qPrintable(app), qPrintable(target), qPrintable(r.error));
            return false;
        }
    }
    return true;
}

Plan planFor(TestDatabase &t, const QString &app, const QString &target)
{
    QString error;
    const auto state = MigrationState::read(t.db(), &error);
    if (!state)
        return {};
    PlanError perr;
    const auto plan = Planner::migrate(MigrationCatalogue::builtIn(), *state, app, target, &perr);
    return plan ? *plan : Plan{};
}

QString checksumOf(const QString &app, const QString &prefix)
{
    const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
    const auto key = catalogue.resolvePrefix(app, prefix, nullptr);
    return key ? catalogue.find(*key)->checksum : QString();
}

QString fullName(const QString &app, const QString &prefix)
{
    const auto key = MigrationCatalogue::builtIn().resolvePrefix(app, prefix, nullptr);
    return key ? key->name : QString();
}

// Constraint and index names of the model tables.
QString constraintNames(TestDatabase &t)
{
    return t
        .scalar(QStringLiteral(
            "SELECT string_agg(name, ',' ORDER BY name) FROM ("
            "SELECT conname AS name FROM pg_constraint WHERE conrelid IN ('characters_character'::regclass, "
            "'items_item'::regclass, 'locations_location'::regclass) UNION ALL "
            "SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid IN "
            "('characters_character'::regclass, "
            "'items_item'::regclass, 'locations_location'::regclass)) AS s"))
        .toString();
}

} // namespace

class TestMigrationSafety : public QObject
{
    Q_OBJECT
private slots:
    // ---------------------------------------------------------------------------------------
    // 1-3 Data preservation

    void dataPreservation_existingRowsUnchanged()
    {
        TestDatabase t(QStringLiteral("safe_keep"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(buildFixtureRowsOnDemo(t));
        QMap<QString, QString> before;
        for (const QString &table :
             modelTables() + QStringList{QStringLiteral("users_user"), QStringLiteral("campaigns_campaign")})
            before.insert(table, columnsDigest(t, table, columnsAt0002(table)));
        // Locations: the NULL descriptions become '' at 0003 (restored on rollback, see below).
        const QString locationsBefore =
            columnsDigest(t, QStringLiteral("locations_location"),
                          QStringLiteral("id, name, coalesce(description, ''), campaign_id"));
        const qint64 emptyOrNull = t.count(
            QStringLiteral("SELECT count(*) FROM locations_location WHERE coalesce(description, '') = ''"));
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL")) >
                0);

        const RunResult r = t.migrate();
        QVERIFY2(r.ok(), qPrintable(r.error));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == QLatin1String("locations_location"))
                continue;
            QCOMPARE(columnsDigest(t, it.key(), columnsAt0002(it.key())), it.value());
        }
        QCOMPARE(columnsDigest(t, QStringLiteral("locations_location"),
                               QStringLiteral("id, name, description, campaign_id")),
                 locationsBefore);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description = ''")),
                 emptyOrNull);
    }

    void dataPreservation_foreignKeysMaintained()
    {
        TestDatabase t(QStringLiteral("safe_fk"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        const QString characterLinks =
            columnsDigest(t, QStringLiteral("characters_character"),
                          QStringLiteral("id, campaign_id, player_owner_id, deleted_by_id"));
        const QString itemLinks =
            columnsDigest(t, QStringLiteral("items_item"), QStringLiteral("id, campaign_id"));
        const QString locationLinks =
            columnsDigest(t, QStringLiteral("locations_location"), QStringLiteral("id, campaign_id"));
        const QString campaignLinks =
            columnsDigest(t, QStringLiteral("campaigns_campaign"), QStringLiteral("id, owner_id"));
        QVERIFY(t.migrate().ok());

        QCOMPARE(columnsDigest(t, QStringLiteral("characters_character"),
                               QStringLiteral("id, campaign_id, player_owner_id, deleted_by_id")),
                 characterLinks);
        QCOMPARE(columnsDigest(t, QStringLiteral("items_item"), QStringLiteral("id, campaign_id")),
                 itemLinks);
        QCOMPARE(columnsDigest(t, QStringLiteral("locations_location"), QStringLiteral("id, campaign_id")),
                 locationLinks);
        QCOMPARE(columnsDigest(t, QStringLiteral("campaigns_campaign"), QStringLiteral("id, owner_id")),
                 campaignLinks);
        // Every foreign key is in place and valid, and nothing points nowhere.
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated AND "
                     "conrelid = 'characters_character'::regclass")),
                 qint64(5));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND convalidated AND "
                     "conrelid IN ('items_item'::regclass, 'locations_location'::regclass)")),
                 qint64(6));
        for (const QString &table : modelTables()) {
            for (const char *column : {"created_by_id", "modified_by_id"}) {
                QCOMPARE(
                    t.count(QStringLiteral(
                                "SELECT count(*) FROM %1 AS x WHERE NOT EXISTS (SELECT 1 FROM users_user "
                                "AS u WHERE u.id = x.%2)")
                                .arg(table, QString::fromLatin1(column))),
                    qint64(0));
            }
        }
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM characters_character AS x LEFT JOIN campaigns_campaign AS c "
                     "ON c.id = x.campaign_id WHERE c.id IS NULL")),
                 qint64(0));
    }

    void dataPreservation_noRowLostOrAdded()
    {
        TestDatabase t(QStringLiteral("safe_count"));
        QVERIFY2(t.buildDemo(3000), qPrintable(t.lastError()));
        auto shape = [&] {
            QStringList out;
            for (const QString &table : modelTables()) {
                out << t.scalar(QStringLiteral("SELECT count(*) || '/' || sum(id) || '/' || "
                                               "md5(string_agg(campaign_id || '=' "
                                               "|| id, ',' ORDER BY id)) FROM %1")
                                    .arg(table))
                           .toString();
            }
            out << QString::number(t.count(QStringLiteral("SELECT count(*) FROM users_user")))
                << QString::number(t.count(QStringLiteral("SELECT count(*) FROM campaigns_campaign")));
            return out;
        };
        const QStringList at0002 = shape();
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character")), qint64(3000));
        QVERIFY(migrateAll(t, QStringLiteral("0003")));
        QCOMPARE(shape(), at0002);
        QVERIFY(migrateAll(t, QStringLiteral("0004")));
        QCOMPARE(shape(), at0002);
        const RunResult back = t.rollback();
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(shape(), at0002);
    }

    // ---------------------------------------------------------------------------------------
    // 4-6 Default values

    void defaultValues_charactersGetPlayerOwner()
    {
        TestDatabase t(QStringLiteral("safe_defchar"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        QCOMPARE(auditValues(t, QStringLiteral("characters_character")),
                 QStringLiteral("100:-:- 101:-:- 102:-:- 103:-:- 104:-:-"));
        // The new application version writes real audit users before the data step runs.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE characters_character SET created_by_id = 5, modified_by_id = 5 WHERE id = 101")));
        QVERIFY(t.exec(QStringLiteral("UPDATE characters_character SET modified_by_id = 5 WHERE id = 104")));
        QVERIFY(t.exec(QStringLiteral("UPDATE characters_character SET created_by_id = 5 WHERE id = 103")));
        const RunResult r = t.migrate(QStringLiteral("characters"), QStringLiteral("0004"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps.first().rows, qint64(4)); // 100, 102, 103, 104
        QCOMPARE(auditValues(t, QStringLiteral("characters_character")),
                 QStringLiteral("100:2:2 101:5:5 102:4:4 103:5:1 104:1:5"));
        QCOMPARE(loggedIds(t, QStringLiteral("characters_character"), QStringLiteral("created_by_id")),
                 QStringLiteral("100,102,104"));
        QCOMPARE(loggedIds(t, QStringLiteral("characters_character"), QStringLiteral("modified_by_id")),
                 QStringLiteral("100,102,103"));
        QCOMPARE(validationCount(t, QStringLiteral("characters_character")), qint64(0));
    }

    void defaultValues_itemsAndLocationsGetCampaignOwner()
    {
        TestDatabase t(QStringLiteral("safe_defcamp"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        QVERIFY(t.migrate(QStringLiteral("locations"), QStringLiteral("0003")).ok());
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET modified_by_id = 5 WHERE id = 201")));
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE locations_location SET created_by_id = 4, modified_by_id = 5 WHERE id = 302")));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0004")).ok());
        QVERIFY(t.migrate(QStringLiteral("locations"), QStringLiteral("0004")).ok());
        // Campaign owners: 10 -> 1, 11 -> 2, 12 -> 3.
        QCOMPARE(auditValues(t, QStringLiteral("items_item")),
                 QStringLiteral("200:1:1 201:2:5 202:3:3 203:1:1"));
        QCOMPARE(auditValues(t, QStringLiteral("locations_location")),
                 QStringLiteral("300:1:1 301:2:2 302:4:5 303:1:1 304:3:3"));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM items_item AS i JOIN campaigns_campaign AS c ON c.id = "
                     "i.campaign_id WHERE i.created_by_id <> c.owner_id")),
                 qint64(0));
        QCOMPARE(loggedIds(t, QStringLiteral("items_item"), QStringLiteral("modified_by_id")),
                 QStringLiteral("200,202,203"));
        QCOMPARE(loggedIds(t, QStringLiteral("locations_location"), QStringLiteral("created_by_id")),
                 QStringLiteral("300,301,303,304"));
        QCOMPARE(validationCount(t, QStringLiteral("items_item")), qint64(0));
        QCOMPARE(validationCount(t, QStringLiteral("locations_location")), qint64(0));
    }

    void defaultValues_timestampsSetAndValidationQueriesReturnZero()
    {
        TestDatabase t(QStringLiteral("safe_defts"));
        QVERIFY2(t.buildDemo(1500), qPrintable(t.lastError()));
        const QDateTime before = t.scalar(QStringLiteral("SELECT now()")).toDateTime();
        QVERIFY(migrateAll(t, QStringLiteral("0003")));
        const QDateTime after = t.scalar(QStringLiteral("SELECT now()")).toDateTime();
        for (const QString &table : modelTables()) {
            // Existing rows get the migration's own time in both timestamps; the audit users are
            // still NULL between the two steps.
            QCOMPARE(
                t.count(QStringLiteral(
                            "SELECT count(*) FROM %1 WHERE created_at IS NULL OR updated_at IS NULL OR "
                            "created_at <> updated_at OR created_at < ?::timestamptz - interval '5 s' OR "
                            "created_at > ?::timestamptz + interval '5 s'")
                            .arg(table),
                        {before, after}),
                qint64(0));
            QCOMPARE(
                t.count(
                    QStringLiteral(
                        "SELECT count(*) FROM %1 WHERE created_by_id IS NOT NULL OR modified_by_id IS NOT "
                        "NULL")
                        .arg(table)),
                qint64(0));
        }
        QVERIFY(migrateAll(t, QStringLiteral("0004")));
        for (const QString &table : modelTables()) {
            QCOMPARE(validationCount(t, table), qint64(0));
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1").arg(table)), qint64(1500));
        }
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM characters_character WHERE created_by_id <> player_owner_id OR "
                     "modified_by_id <> player_owner_id")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM locations_location AS l JOIN campaigns_campaign AS c ON c.id = "
                     "l.campaign_id WHERE l.created_by_id <> c.owner_id OR l.modified_by_id <> c.owner_id")),
                 qint64(0));
    }

    // ---------------------------------------------------------------------------------------
    // 7-9 Integrity

    void integrity_foreignKeysEnforced()
    {
        TestDatabase t(QStringLiteral("safe_fkenf"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.migrate().ok());
        auto insertWithAuditUser = [&](const QString &table, qint64 user) {
            const QString statement =
                table == QLatin1String("characters_character")
                    ? QStringLiteral(
                          "INSERT INTO characters_character (name, description, game_system, campaign_id, "
                          "player_owner_id, is_deleted, created_at, updated_at, created_by_id, "
                          "modified_by_id) "
                          "VALUES ('FK probe', '', 'D&D 5e', 10, 1, false, now(), now(), ?, ?)")
                    : QStringLiteral("INSERT INTO %1 (name, description, campaign_id, created_at, "
                                     "updated_at, created_by_id, "
                                     "modified_by_id) VALUES ('FK probe', '', 10, now(), now(), ?, ?)")
                          .arg(table);
            return sql::exec(t.db(), statement, {user, user});
        };
        for (const QString &table : modelTables()) {
            const auto bad = insertWithAuditUser(table, 999999);
            QVERIFY2(!bad.ok, qPrintable(table));
            QCOMPARE(bad.sqlState, QStringLiteral("23503"));
            const auto good = insertWithAuditUser(table, 5);
            QVERIFY2(good.ok, qPrintable(good.error));
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE name = 'FK probe'").arg(table)),
                     qint64(1));
        }
        // Still enforced with only the data step undone.
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        QCOMPARE(
            sql::exec(t.db(), QStringLiteral("UPDATE items_item SET modified_by_id = 999999 WHERE id = 200"))
                .sqlState,
            QStringLiteral("23503"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE modified_by_id = 999999")),
                 qint64(0));
    }

    void integrity_uniqueConstraintsPreserved()
    {
        TestDatabase t(QStringLiteral("safe_unique"));
        QVERIFY(buildFixture(t));
        auto duplicateCharacter = [&](bool withAudit) {
            return sql::exec(
                t.db(),
                withAudit
                    ? QStringLiteral("INSERT INTO characters_character (name, description, game_system, "
                                     "campaign_id, player_owner_id, is_deleted, created_at, updated_at, "
                                     "created_by_id, modified_by_id) VALUES ('Aria', '', 'D&D 5e', 10, 3, "
                                     "false, now(), now(), 3, 3)")
                    : QStringLiteral("INSERT INTO characters_character (name, description, game_system, "
                                     "campaign_id, player_owner_id, is_deleted) VALUES ('Aria', '', "
                                     "'D&D 5e', 10, 3, false)"));
        };
        QCOMPARE(duplicateCharacter(false).sqlState, QStringLiteral("23505"));
        QVERIFY(t.migrate().ok());
        QCOMPARE(duplicateCharacter(true).sqlState, QStringLiteral("23505"));
        QCOMPARE(sql::exec(t.db(),
                           QStringLiteral("UPDATE campaigns_campaign SET slug = 'sunken-keep' WHERE id = 11"))
                     .sqlState,
                 QStringLiteral("23505"));
        // The same name in another campaign is fine.
        QVERIFY(sql::exec(t.db(),
                          QStringLiteral(
                              "INSERT INTO characters_character (name, description, game_system, "
                              "campaign_id, player_owner_id, is_deleted, created_at, updated_at, "
                              "created_by_id, modified_by_id) VALUES ('Aria', '', 'D&D 5e', 12, 3, false, "
                              "now(), now(), 3, 3)"))
                    .ok);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE name = 'Aria'")),
                 qint64(2));
        QVERIFY(t.rollback().ok());
        QCOMPARE(duplicateCharacter(false).sqlState, QStringLiteral("23505"));
        QCOMPARE(
            t.count(QStringLiteral(
                "SELECT count(*) FROM pg_constraint WHERE conname = 'unique_character_name_per_campaign' "
                "AND contype = 'u'")),
            qint64(1));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM characters_character GROUP BY campaign_id, name ORDER BY 1 DESC "
                     "LIMIT 1")),
                 qint64(1));
    }

    void integrity_cascadeAndNoOrphanedConstraints()
    {
        TestDatabase t(QStringLiteral("safe_cascade"));
        QVERIFY(buildFixture(t));
        const QString constraintsAt0002 = constraintNames(t);
        QVERIFY(t.migrate().ok());
        // Django emulates on_delete in the application: the database refuses to delete a user
        // still named as an audit user, rather than cascading behind the application's back.
        QVERIFY(t.exec(QStringLiteral("UPDATE characters_character SET modified_by_id = 5 WHERE id = 100")));
        QCOMPARE(sql::exec(t.db(), QStringLiteral("DELETE FROM users_user WHERE id = 5")).sqlState,
                 QStringLiteral("23503"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM users_user WHERE id = 5")), qint64(1));
        // The application's cascade of a campaign (children first) works on the migrated schema.
        QVERIFY(t.exec(QStringLiteral("BEGIN")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM characters_character WHERE campaign_id = 12")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM items_item WHERE campaign_id = 12")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM locations_location WHERE campaign_id = 12")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM campaigns_campaign WHERE id = 12")));
        QVERIFY(t.exec(QStringLiteral("COMMIT")));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT (SELECT count(*) FROM characters_character WHERE campaign_id = 12) + "
                     "(SELECT count(*) FROM items_item WHERE campaign_id = 12) + "
                     "(SELECT count(*) FROM locations_location WHERE campaign_id = 12)")),
                 qint64(0));
        const RunResult back = t.rollback();
        QVERIFY2(back.ok(), qPrintable(back.error));
        // No constraint or index of the strategy is left behind, and none of 0002's is lost.
        QCOMPARE(constraintNames(t), constraintsAt0002);
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM pg_constraint WHERE conname LIKE '%created_by%' OR conname "
                     "LIKE '%modified_by%'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log")), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.preserved_nulls")), qint64(0));
    }

    // ---------------------------------------------------------------------------------------
    // 10-13 Edge cases

    void edgeCases_nullValues()
    {
        TestDatabase t(QStringLiteral("safe_nulls"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.migrate(QStringLiteral("locations"), QStringLiteral("0003")).ok());
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT string_agg(id::text, ',' ORDER BY id) FROM locations_location WHERE "
                              "description = ''"))
                     .toString(),
                 QStringLiteral("301,302,303"));
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT string_agg(x::text, ',' ORDER BY x) FROM (SELECT unnest(row_ids) AS x FROM "
                         "gma_migrator.preserved_nulls WHERE table_name = 'locations_location') AS s"))
                .toString(),
            QStringLiteral("301,303"));
        QVERIFY(t.migrate().ok());
        for (const QString &table : modelTables())
            QCOMPARE(validationCount(t, table), qint64(0));
        // NULLs outside the strategy's columns stay NULL.
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE deleted_at IS NULL AND "
                                   "deleted_by_id IS NULL")),
            qint64(4));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM users_user WHERE last_login IS NULL")),
                 qint64(4));
        // The application gives location 303 a real description meanwhile: it stays.
        QVERIFY(
            t.exec(QStringLiteral("UPDATE locations_location SET description = 'Bones.' WHERE id = 303")));
        QVERIFY(t.rollback().ok());
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT string_agg(id || '=' || coalesce(description, '<NULL>'), ' ' ORDER BY id) "
                         "FROM locations_location"))
                .toString(),
            QStringLiteral("300=Stone walls. 301=<NULL> 302= 303=Bones. 304=Long name."));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM information_schema.columns WHERE table_name = "
                     "'locations_location' AND column_name = 'description' AND is_nullable = 'YES'")),
                 qint64(1));
    }

    void edgeCases_longNames()
    {
        TestDatabase t(QStringLiteral("safe_long"));
        QVERIFY(buildFixture(t));
        const QMap<QString, QString> before = digestAll(t);
        // Exactly 100 characters fits everywhere, there and back.
        QVERIFY(t.migrate().ok());
        for (const QString &table : modelTables())
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE length(name) = 100").arg(table)),
                     qint64(1));
        QVERIFY(t.rollback().ok());
        QCOMPARE(digestAll(t), before);

        // 101 and 150 characters: the items schema step fails as a whole and is rolled back.
        TestDatabase l(QStringLiteral("safe_long101"));
        QVERIFY(buildFixture(l));
        QVERIFY(l.exec(
            QStringLiteral("INSERT INTO items_item (id, name, description, campaign_id) VALUES "
                           "(210, repeat('x', 101), 'Too long.', 10), (211, repeat('y', 150), '', 11)")));
        const QString items = rowsDigest(l, QStringLiteral("items_item"));
        const RunResult r = l.migrate(QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY(!r.ok());
        QCOMPARE(r.status, RunResult::Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("rolled back")), qPrintable(r.error));
        QCOMPARE(rowsDigest(l, QStringLiteral("items_item")), items);
        for (const char *column : {"created_at", "updated_at", "created_by_id", "modified_by_id"})
            QVERIFY(!sql::columnExists(l.db(), QStringLiteral("items_item"), QString::fromLatin1(column)));
        QCOMPARE(l.count(QStringLiteral(
                     "SELECT character_maximum_length FROM information_schema.columns WHERE table_name = "
                     "'items_item' AND column_name = 'name'")),
                 qint64(200));
        QCOMPARE(l.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'items' AND name LIKE '0003%'")),
                 qint64(0));
        QCOMPARE(l.count(QStringLiteral(
                     "SELECT count(*) FROM pg_indexes WHERE tablename = 'items_item' AND indexname LIKE "
                     "'items_item_created%'")),
                 qint64(0));
        // Once the application shortens the names, the same step goes through.
        QVERIFY(
            l.exec(QStringLiteral("UPDATE items_item SET name = left(name, 100) WHERE length(name) > 100")));
        const RunResult again = l.migrate(QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(l.count(QStringLiteral(
                     "SELECT character_maximum_length FROM information_schema.columns WHERE table_name = "
                     "'items_item' AND column_name = 'name'")),
                 qint64(100));
    }

    void edgeCases_oldTimestamps()
    {
        TestDatabase t(QStringLiteral("safe_oldts"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.exec(
            QStringLiteral("UPDATE characters_character SET deleted_at = '1901-12-13 20:45:52.000001+00', "
                           "deleted_by_id = 2, is_deleted = true WHERE id = 101")));
        QVERIFY(t.exec(
            QStringLiteral("UPDATE users_user SET last_login = '0044-03-15 12:00:00+00' WHERE id = 3")));
        const QMap<QString, QString> before = digestAll(t);
        auto oldValues = [&] {
            return t
                .scalar(QStringLiteral(
                    "SELECT (SELECT string_agg(extract(epoch FROM deleted_at)::text, ',' ORDER BY id) FROM "
                    "characters_character) || '|' || (SELECT string_agg(extract(epoch FROM created_at)::text "
                    "|| "
                    "'/' || extract(epoch FROM updated_at)::text, ',' ORDER BY id) FROM campaigns_campaign) "
                    "|| "
                    "'|' || (SELECT string_agg(extract(epoch FROM coalesce(last_login, date_joined))::text, "
                    "',' "
                    "ORDER BY id) FROM users_user)"))
                .toString();
        };
        const QString old = oldValues();
        QVERIFY(old.contains(QStringLiteral("-2147483647.999999")));
        QVERIFY(t.migrate().ok());
        QCOMPARE(oldValues(), old);
        // The new timestamps of existing rows are the migration's time, not copied from old data.
        for (const QString &table : modelTables()) {
            QCOMPARE(t.count(QStringLiteral(
                                 "SELECT count(*) FROM %1 WHERE created_at < now() - interval '1 hour' OR "
                                 "updated_at < now() - interval '1 hour'")
                                 .arg(table)),
                     qint64(0));
        }
        QVERIFY(t.rollback().ok());
        QCOMPARE(oldValues(), old);
        QCOMPARE(digestAll(t), before);
    }

    void edgeCases_deletedUsers()
    {
        TestDatabase t(QStringLiteral("safe_deluser"));
        QVERIFY(buildFixture(t));
        // Before the migration: user 4 is deleted; the application cascades to her characters.
        QVERIFY(t.exec(QStringLiteral("DELETE FROM characters_character WHERE player_owner_id = 4")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM users_user WHERE id = 4")));
        const QMap<QString, QString> before = digestAll(t);
        QVERIFY(migrateAll(t, QStringLiteral("0003")));
        // The new application writes as erin (5) before the data step.
        QVERIFY(t.exec(
            QStringLiteral("UPDATE characters_character SET created_by_id = 5 WHERE id IN (100, 101)")));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET modified_by_id = 5 WHERE id = 200")));
        QVERIFY(migrateAll(t, QStringLiteral("0004")));
        QCOMPARE(auditValues(t, QStringLiteral("characters_character")),
                 QStringLiteral("100:5:2 101:5:3 103:1:1 104:1:1"));
        for (const QString &table : modelTables()) {
            QCOMPARE(validationCount(t, table), qint64(0));
            QCOMPARE(
                t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE 4 IN (created_by_id, modified_by_id)")
                            .arg(table)),
                qint64(0));
        }
        // After the migration erin is deleted; the application's SET_NULL clears her references.
        QVERIFY(t.exec(QStringLiteral("BEGIN")));
        for (const QString &table : modelTables()) {
            QVERIFY(t.exec(
                QStringLiteral("UPDATE %1 SET created_by_id = NULL WHERE created_by_id = 5").arg(table)));
            QVERIFY(t.exec(
                QStringLiteral("UPDATE %1 SET modified_by_id = NULL WHERE modified_by_id = 5").arg(table)));
        }
        QVERIFY(t.exec(QStringLiteral("DELETE FROM users_user WHERE id = 5")));
        QVERIFY(t.exec(QStringLiteral("COMMIT")));
        // The validation queries now count exactly the rows the deletion touched.
        QCOMPARE(validationCount(t, QStringLiteral("characters_character")), qint64(2));
        QCOMPARE(validationCount(t, QStringLiteral("items_item")), qint64(1));
        QCOMPARE(validationCount(t, QStringLiteral("locations_location")), qint64(0));
        // The rollback still brings every remaining row back to what it held.
        const RunResult back = t.rollback();
        QVERIFY2(back.ok(), qPrintable(back.error));
        QMap<QString, QString> after = digestAll(t);
        QVERIFY(after.value(QStringLiteral("users_user")) != before.value(QStringLiteral("users_user")));
        after.remove(QStringLiteral("users_user"));
        QMap<QString, QString> expected = before;
        expected.remove(QStringLiteral("users_user"));
        QCOMPARE(after, expected);
    }

    // ---------------------------------------------------------------------------------------
    // 14-15 Performance at volume (figures are printed, never asserted)

    void performance_largeDatasetInBoundedBatches()
    {
        TestDatabase t(QStringLiteral("safe_volume"));
        const qint64 rows = 100000;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(t.buildDemo(rows), qPrintable(t.lastError()));
        qInfo("demo data: %lld rows per model in %lld ms", rows, timer.elapsed());
        timer.restart();
        QVERIFY(migrateAll(t, QStringLiteral("0003")));
        qInfo("schema steps (0003 x3): %lld ms", timer.elapsed());
        const QList<QPair<QString, int>> runs{{QStringLiteral("characters"), 10000},
                                              {QStringLiteral("items"), 7000},
                                              {QStringLiteral("locations"), 30000}};
        for (const auto &run : runs) {
            RunOptions options;
            options.batchSize = run.second;
            timer.restart();
            const RunResult r = t.migrate(run.first, QStringLiteral("0004"), options);
            QVERIFY2(r.ok(), qPrintable(r.error));
            const StepResult &s = r.steps.first();
            qInfo("data step %s: %lld rows in %d batches of %d, %lld ms (%lld rows/s)", qPrintable(run.first),
                  s.rows, s.batches, run.second, s.ms, s.ms > 0 ? s.rows * 1000 / s.ms : 0);
            QCOMPARE(s.rows, rows);
            QCOMPARE(s.batches, int((rows + run.second - 1) / run.second));
        }
        for (const QString &table : modelTables())
            QCOMPARE(validationCount(t, table), qint64(0));
        // Each recorded batch holds at most one batch's rows.
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM gma_migrator.populate_log WHERE cardinality(row_ids) > 30000")),
                 qint64(0));
        timer.restart();
        for (const QString &app : Planner::strategyApps())
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        qInfo("data steps set back (0004 -> 0003 x3): %lld ms", timer.elapsed());
        for (const QString &table : modelTables()) {
            QCOMPARE(
                t.count(QStringLiteral(
                            "SELECT count(*) FROM %1 WHERE created_by_id IS NULL AND modified_by_id IS NULL")
                            .arg(table)),
                rows);
        }
    }

    void performance_noLocksHeldBetweenBatches()
    {
        TestDatabase t(QStringLiteral("safe_locks"));
        QVERIFY2(t.buildDemo(12000), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        const int migratorPid = t.scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QSqlDatabase app = t.openExtra(QStringLiteral("app"));
        QVERIFY(sql::exec(app, QStringLiteral("SET lock_timeout = '500ms'")).ok);
        const qint64 maxId = t.count(QStringLiteral("SELECT max(id) FROM characters_character"));

        RunOptions options;
        options.batchSize = 1000;
        Executor executor(t.db(), MigrationCatalogue::builtIn());
        int checks = 0;
        int tableLocks = 0;
        int busy = 0;
        int appWritesFailed = 0;
        connect(&executor, &Executor::stepProgress, &executor, [&](int, qint64, qint64) {
            ++checks;
            // Between batches the migrator holds no lock on the table and no open transaction.
            tableLocks +=
                int(sql::scalar(app,
                                QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = ? AND relation = "
                                               "'characters_character'::regclass"),
                                {migratorPid})
                        .toLongLong());
            busy += int(
                sql::scalar(
                    app,
                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND state <> 'idle'"),
                    {migratorPid})
                    .toLongLong());
            // And the application can write any row, processed or not, without waiting.
            if (!sql::exec(app,
                           QStringLiteral("UPDATE characters_character SET description = description || ' "
                                          "[app]' WHERE id = ?"),
                           {maxId - checks})
                     .ok)
                ++appWritesFailed;
        });
        const RunResult r =
            executor.run(planFor(t, QStringLiteral("characters"), QStringLiteral("0004")), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.first().batches, 12);
        QCOMPARE(checks, 12);
        QCOMPARE(tableLocks, 0);
        QCOMPARE(busy, 0);
        QCOMPARE(appWritesFailed, 0);
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM characters_character WHERE description LIKE '%[app]'")),
                 qint64(checks));
        QCOMPARE(validationCount(t, QStringLiteral("characters_character")), qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM pg_locks WHERE relation = 'characters_character'::regclass")),
                 qint64(0));
    }

    // ---------------------------------------------------------------------------------------
    // 16-17 Concurrent writers

    void concurrentWriters_duringDataStep()
    {
        TestDatabase t(QStringLiteral("safe_concur"));
        QVERIFY2(t.buildDemo(6000), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        // Erin owns nothing, so a value she wrote can never be mistaken for a filled one.
        const qint64 erin =
            t.count(QStringLiteral("INSERT INTO users_user (password, is_superuser, username, first_name, "
                                   "last_name, email, is_staff, is_active, date_joined, display_name) "
                                   "VALUES ('x', false, 'erin.app', 'Erin', 'App', 'erin@example.org', "
                                   "false, true, now(), 'Erin') RETURNING id"));
        QVERIFY(erin > 0);
        const qint64 minId = t.count(QStringLiteral("SELECT min(id) FROM characters_character"));
        const qint64 maxId = t.count(QStringLiteral("SELECT max(id) FROM characters_character"));

        // A writer thread with its own connection: the application inserting and updating rows
        // with real audit users all along.
        std::atomic_bool stop{false};
        std::atomic_int inserted{0}, updated{0}, writerErrors{0};
        QList<qint64> touched;
        const ConnectionSettings settings = t.settings();
        std::thread writer([&] {
            const QString name = Database::uniqueName(QStringLiteral("writer"));
            {
                ConnectError error;
                auto db = Database::open(settings, name, &error);
                if (!db) {
                    ++writerErrors;
                    return;
                }
                qint64 next = minId + 7;
                while (!stop.load()) {
                    const int i = inserted.load();
                    const auto ins =
                        sql::exec(*db,
                                  QStringLiteral("INSERT INTO characters_character (name, description, "
                                                 "game_system, campaign_id, player_owner_id, is_deleted, "
                                                 "created_at, updated_at, created_by_id, modified_by_id) "
                                                 "SELECT 'app-' || ?::text, '', 'D&D 5e', min(c.id), "
                                                 "min(c.owner_id), false, now(), now(), ?, ? FROM "
                                                 "campaigns_campaign AS c"),
                                  {i, erin, erin});
                    if (ins.ok)
                        ++inserted;
                    else
                        ++writerErrors;
                    const auto upd =
                        sql::exec(*db,
                                  QStringLiteral("UPDATE characters_character SET modified_by_id = ? "
                                                 "WHERE id = ?"),
                                  {erin, next});
                    if (upd.ok) {
                        touched << next;
                        ++updated;
                    } else {
                        ++writerErrors;
                    }
                    next += 97;
                    if (next > maxId)
                        next = minId + (next - maxId) % 89;
                }
            }
            Database::close(name);
        });

        // And deterministic writes between batches: a row of the next batch gets a created_by
        // from the application, a row already filled gets a new modified_by.
        QSqlDatabase app = t.openExtra(QStringLiteral("app"));
        RunOptions options;
        options.batchSize = 300;
        Executor executor(t.db(), MigrationCatalogue::builtIn());
        QList<qint64> ahead, behind;
        int batchesDone = 0;
        connect(&executor, &Executor::stepProgress, &executor, [&](int, qint64, qint64) {
            // Batches are consecutive id ranges of batchSize rows (the demo's ids have no gaps).
            ++batchesDone;
            const qint64 nextRow = minId + qint64(batchesDone) * options.batchSize + 150;
            const qint64 doneRow = minId + qint64(batchesDone) * options.batchSize - 150;
            if (nextRow < maxId &&
                sql::exec(app,
                          QStringLiteral("UPDATE characters_character SET created_by_id = ? WHERE id = ?"),
                          {erin, nextRow})
                    .ok)
                ahead << nextRow;
            if (doneRow >= minId &&
                sql::exec(app,
                          QStringLiteral("UPDATE characters_character SET modified_by_id = ? WHERE id = ?"),
                          {erin, doneRow})
                    .ok)
                behind << doneRow;
        });
        while (inserted.load() < 3 && writerErrors.load() == 0)
            QThread::msleep(5);
        const RunResult r =
            executor.run(planFor(t, QStringLiteral("characters"), QStringLiteral("0004")), options);
        const int insertedDuring = inserted.load();
        stop.store(true);
        writer.join();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(writerErrors.load(), 0);
        QVERIFY(insertedDuring > 3);
        QVERIFY(ahead.size() > 5 && behind.size() > 5);
        qInfo("during the data step the application inserted %d rows and updated %d", insertedDuring,
              updated.load());

        auto idList = [](const QList<qint64> &ids) {
            QStringList s;
            for (qint64 id : ids)
                s << QString::number(id);
            return QLatin1Char('{') + s.join(QLatin1Char(',')) + QLatin1Char('}');
        };
        // No NULL is left, and no value the application wrote was overwritten.
        QCOMPARE(validationCount(t, QStringLiteral("characters_character")), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE name LIKE 'app-%'")),
                 qint64(inserted.load()));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE name LIKE 'app-%' AND "
                                   "(created_by_id <> ? OR modified_by_id <> ?)"),
                    {erin, erin}),
            qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM characters_character WHERE id = ANY(?::bigint[]) AND "
                             "modified_by_id <> ?"),
                         {idList(touched + behind), erin}),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM characters_character WHERE id = ANY(?::bigint[]) AND "
                             "created_by_id <> ?"),
                         {idList(ahead), erin}),
                 qint64(0));
        // Rows nobody else touched hold their owner.
        QCOMPARE(
            t.count(QStringLiteral(
                        "SELECT count(*) FROM characters_character WHERE created_by_id <> player_owner_id "
                        "AND created_by_id <> ?"),
                    {erin}),
            qint64(0));
        // The log never names an application row, nor a created_by the application wrote first.
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM (SELECT unnest(row_ids) AS id FROM gma_migrator.populate_log) "
                     "AS l JOIN characters_character AS c USING (id) WHERE c.name LIKE 'app-%'")),
                 qint64(0));
        QCOMPARE(
            t.count(QStringLiteral(
                        "SELECT count(*) FROM (SELECT unnest(row_ids) AS id FROM gma_migrator.populate_log "
                        "WHERE column_name = 'created_by_id') AS l WHERE l.id = ANY(?::bigint[])"),
                    {idList(ahead)}),
            qint64(0));
        // Setting the data step back leaves every value the application wrote.
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM characters_character WHERE id = ANY(?::bigint[]) AND "
                             "modified_by_id IS DISTINCT FROM ?"),
                         {idList(touched + behind), erin}),
                 qint64(0));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE name LIKE 'app-%' AND "
                                   "(created_by_id IS NULL OR modified_by_id IS NULL)")),
            qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM characters_character WHERE created_by_id IS NOT NULL AND "
                             "created_by_id <> ?"),
                         {erin}),
                 qint64(0));

        // The application changes a row while the batch that fills it runs: the batch waits for
        // the application's row lock, then fills only the field still NULL, and records only that.
        TestDatabase f(QStringLiteral("safe_concur_row"));
        QVERIFY(buildFixture(f));
        QVERIFY(f.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        const int migratorPid = f.scalar(QStringLiteral("SELECT pg_backend_pid()")).toInt();
        std::atomic_bool holding{false}, sawWait{false};
        std::atomic_int rowWriterErrors{0};
        const ConnectionSettings rowSettings = f.settings();
        std::thread rowWriter([&] {
            const QString name = Database::uniqueName(QStringLiteral("rowwriter"));
            {
                ConnectError error;
                auto db = Database::open(rowSettings, name, &error);
                if (!db || !sql::exec(*db, QStringLiteral("BEGIN")).ok ||
                    !sql::exec(*db, QStringLiteral(
                                        "UPDATE characters_character SET created_by_id = 5 WHERE id = 102"))
                         .ok) {
                    ++rowWriterErrors;
                    holding.store(true);
                    return;
                }
                holding.store(true);
                for (int i = 0; i < 1000 && !sawWait.load(); ++i) {
                    if (sql::scalar(
                            *db,
                            QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = ? AND NOT granted"),
                            {migratorPid})
                            .toLongLong() > 0)
                        sawWait.store(true);
                    else
                        QThread::msleep(10);
                }
                if (!sql::exec(*db, QStringLiteral("COMMIT")).ok)
                    ++rowWriterErrors;
            }
            Database::close(name);
        });
        while (!holding.load())
            QThread::msleep(5);
        const RunResult rowRun = f.migrate(QStringLiteral("characters"), QStringLiteral("0004"));
        rowWriter.join();
        QVERIFY2(rowRun.ok(), qPrintable(rowRun.error));
        QCOMPARE(rowWriterErrors.load(), 0);
        QVERIFY(sawWait.load());
        QCOMPARE(rowRun.steps.first().batches, 1);
        QCOMPARE(auditValues(f, QStringLiteral("characters_character")),
                 QStringLiteral("100:2:2 101:3:3 102:5:4 103:1:1 104:1:1"));
        QCOMPARE(loggedIds(f, QStringLiteral("characters_character"), QStringLiteral("created_by_id")),
                 QStringLiteral("100,101,103,104"));
        QCOMPARE(loggedIds(f, QStringLiteral("characters_character"), QStringLiteral("modified_by_id")),
                 QStringLiteral("100,101,102,103,104"));
    }

    void concurrentWriters_afterMigration()
    {
        TestDatabase t(QStringLiteral("safe_after"));
        QVERIFY(buildFixture(t));
        const QMap<QString, QString> before = digestAll(t);
        QVERIFY(t.migrate().ok());
        // The application, now on the new version, writes rows with real audit users.
        QSqlDatabase app = t.openExtra(QStringLiteral("app"));
        QVERIFY(
            sql::exec(app, QStringLiteral(
                               "INSERT INTO characters_character (id, name, description, game_system, "
                               "campaign_id, player_owner_id, is_deleted, created_at, updated_at, "
                               "created_by_id, modified_by_id) VALUES (500, 'Newcomer', '', 'D&D 5e', 12, "
                               "2, false, now(), now(), 5, 5)"))
                .ok);
        QVERIFY(sql::exec(app, QStringLiteral(
                                   "INSERT INTO items_item (id, name, description, campaign_id, created_at, "
                                   "updated_at, created_by_id, modified_by_id) VALUES (600, 'Orb', '', 10, "
                                   "now(), now(), 5, 4)"))
                    .ok);
        QVERIFY(sql::exec(
                    app, QStringLiteral("INSERT INTO locations_location (id, name, description, campaign_id, "
                                        "created_at, updated_at, created_by_id, modified_by_id) VALUES "
                                        "(700, 'Tower', '', 11, now(), now(), 4, 5)"))
                    .ok);
        QVERIFY(sql::exec(app, QStringLiteral(
                                   "UPDATE characters_character SET modified_by_id = 5, updated_at = now() "
                                   "WHERE id = 100"))
                    .ok);
        QVERIFY(
            sql::exec(app, QStringLiteral("UPDATE locations_location SET modified_by_id = 4 WHERE id = 300"))
                .ok);
        for (const QString &table : modelTables())
            QCOMPARE(validationCount(t, table), qint64(0));
        // Nothing left to migrate; undoing and redoing the data step keeps the application's values.
        QVERIFY(t.migrate().ok());
        QVERIFY(migrateAll(t, QStringLiteral("0003")));
        QCOMPARE(auditValues(t, QStringLiteral("characters_character")),
                 QStringLiteral("100:-:5 101:-:- 102:-:- 103:-:- 104:-:- 500:5:5"));
        QCOMPARE(auditValues(t, QStringLiteral("items_item")),
                 QStringLiteral("200:-:- 201:-:- 202:-:- 203:-:- 600:5:4"));
        QCOMPARE(auditValues(t, QStringLiteral("locations_location")),
                 QStringLiteral("300:-:4 301:-:- 302:-:- 303:-:- 304:-:- 700:4:5"));
        QVERIFY(migrateAll(t, QStringLiteral("0004")));
        QCOMPARE(auditValues(t, QStringLiteral("characters_character")),
                 QStringLiteral("100:2:5 101:3:3 102:4:4 103:1:1 104:1:1 500:5:5"));
        // The full rollback keeps the application's rows, less the dropped columns.
        QVERIFY(t.rollback().ok());
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT string_agg(id || '=' || name, ',' ORDER BY id) FROM characters_character "
                         "WHERE id >= 500"))
                .toString(),
            QStringLiteral("500=Newcomer"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE id = 600")), qint64(1));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM locations_location WHERE id = 700 AND description = ''")),
                 qint64(1));
        // Every row that existed before holds exactly what it held.
        QVERIFY(t.exec(QStringLiteral("DELETE FROM characters_character WHERE id = 500")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM items_item WHERE id = 600")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM locations_location WHERE id = 700")));
        QCOMPARE(digestAll(t), before);
    }

    // ---------------------------------------------------------------------------------------
    // 18-19 Rollback

    void rollback_fullRollbackRestoresEveryRow()
    {
        TestDatabase t(QStringLiteral("safe_rollback"));
        QVERIFY2(t.buildDemo(3000), qPrintable(t.lastError()));
        QVERIFY(buildFixtureRowsOnDemo(t));
        const QMap<QString, QString> before = digestAll(t);
        const QString nullDescriptions =
            t.scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM "
                                    "locations_location WHERE description IS NULL"))
                .toString();
        QVERIFY(!nullDescriptions.isEmpty());
        QVERIFY(t.migrate().ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL")),
                 qint64(0));
        const RunResult back = t.rollback();
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.steps.size(), 6);
        QCOMPARE(digestAll(t), before);
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT string_agg(id::text, ',' ORDER BY id) FROM locations_location WHERE "
                              "description IS NULL"))
                     .toString(),
                 nullDescriptions);
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE name LIKE '0003%' OR name LIKE '0004%'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log")), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.preserved_nulls")), qint64(0));
    }

    void rollback_dataStepOnlyAndAtomicity()
    {
        TestDatabase t(QStringLiteral("safe_rbdata"));
        QVERIFY(buildFixture(t));
        QVERIFY(migrateAll(t, QStringLiteral("0003")));
        QVERIFY(t.exec(QStringLiteral("UPDATE characters_character SET created_by_id = 5 WHERE id = 100")));
        QVERIFY(migrateAll(t, QStringLiteral("0004")));
        // After the data step, the application changes one filled value.
        QVERIFY(t.exec(QStringLiteral("UPDATE characters_character SET modified_by_id = 5 WHERE id = 101")));
        const RunResult r = t.migrate(QStringLiteral("characters"), QStringLiteral("0003"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 1);
        QVERIFY(r.steps.first().step.backwards);
        QCOMPARE(auditValues(t, QStringLiteral("characters_character")),
                 QStringLiteral("100:5:- 101:-:5 102:-:- 103:-:- 104:-:-"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log WHERE table_name = "
                                        "'characters_character'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name = ?"),
                         {fullName(QStringLiteral("characters"), QStringLiteral("0004"))}),
                 qint64(0));
        // Items and locations are untouched by the characters rollback.
        QCOMPARE(validationCount(t, QStringLiteral("items_item")), qint64(0));

        // Atomicity: a schema step that cannot finish (its lock is held) changes nothing.
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN ACCESS SHARE MODE")).ok);
        RunOptions options;
        options.lockTimeoutMs = 200;
        options.lockRetries = 0;
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003"), options)
                    .ok()); // data step: row locks only
        QCOMPARE(auditValues(t, QStringLiteral("items_item")),
                 QStringLiteral("200:-:- 201:-:- 202:-:- 203:-:-"));
        const QString items = rowsDigest(t, QStringLiteral("items_item"));
        const RunResult blocked = t.migrate(QStringLiteral("items"), QStringLiteral("0002"), options);
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error.contains(QStringLiteral("Nothing was changed")), qPrintable(blocked.error));
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QVERIFY(sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_by_id")));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'items' AND name LIKE '0003%'")),
                 qint64(1));
        QCOMPARE(rowsDigest(t, QStringLiteral("items_item")), items);
        const RunResult retry = t.migrate(QStringLiteral("items"), QStringLiteral("0002"));
        QVERIFY2(retry.ok(), qPrintable(retry.error));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_by_id")));
    }

    // ---------------------------------------------------------------------------------------
    // 20-21 Audit trail

    void auditTrail_oneHistoryRowPerStep()
    {
        TestDatabase t(QStringLiteral("safe_history"));
        QVERIFY(buildFixture(t));
        const qint64 before = t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history"));
        const QString user = t.scalar(QStringLiteral("SELECT current_user")).toString();
        QVERIFY(t.migrate().ok());
        QVERIFY(t.rollback().ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history")) - before, qint64(12));
        for (const QString &app : Planner::strategyApps()) {
            for (const char *prefix : {"0003", "0004"}) {
                const QString name = fullName(app, QString::fromLatin1(prefix));
                const auto rows =
                    sql::rows(t.db(),
                              QStringLiteral("SELECT direction, checksum, db_user, outcome, duration_ms, "
                                             "finished_at >= started_at, rows_affected FROM "
                                             "gma_migrator.history WHERE app = ? AND name = ? AND id > ? "
                                             "ORDER BY id"),
                              {app, name, before});
                QCOMPARE(rows.size(), 2);
                QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("forward"));
                QCOMPARE(rows.at(1).at(0).toString(), QStringLiteral("backward"));
                for (const QVariantList &row : rows) {
                    QCOMPARE(row.at(1).toString(), checksumOf(app, QString::fromLatin1(prefix)));
                    QCOMPARE(row.at(2).toString(), user);
                    QCOMPARE(row.at(3).toString(), QStringLiteral("success"));
                    QVERIFY(row.at(4).toLongLong() >= 0);
                    QVERIFY(row.at(5).toBool());
                }
            }
        }
        // Each run records the operating-system user (as `id -un` names it), the host and the
        // tool's version beside the database user.
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished());
        const QString osUser = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        QVERIFY(!osUser.isEmpty());
        const auto who = sql::rows(t.db(), QStringLiteral("SELECT DISTINCT os_user, host, tool_version FROM "
                                                          "gma_migrator.history WHERE id > ?"),
                                   {before});
        QCOMPARE(who.size(), 1);
        QCOMPARE(who.first().at(0).toString(), osUser);
        QCOMPARE(who.first().at(1).toString(), QSysInfo::machineHostName());
        QCOMPARE(who.first().at(2).toString(), QStringLiteral(GMA_VERSION));
        const QList<HistoryEntry> entries = ToolSchema::history(t.db(), 1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().osUserAtHost(), osUser + QLatin1Char('@') + QSysInfo::machineHostName());

        // The data steps record how many rows they filled: every fixture row.
        QCOMPARE(
            t.count(QStringLiteral(
                        "SELECT rows_affected FROM gma_migrator.history WHERE app = 'locations' AND name "
                        "LIKE '0004%' AND direction = 'forward' AND id > ?"),
                    {before}),
            qint64(5));
    }

    void auditTrail_historyOfAnEarlierVersionGainsTheNewColumns()
    {
        // A tool schema an earlier version created has no os_user/host: it is read with them
        // empty, and the next run adds them and fills them, keeping the old rows.
        TestDatabase t(QStringLiteral("safe_histupgrade"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE gma_migrator.history DROP COLUMN os_user, DROP COLUMN host")));
        const qint64 oldRows = t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history"));
        QVERIFY(oldRows > 0);
        QString error;
        const QList<HistoryEntry> old = ToolSchema::history(t.db(), 1000, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(old.size()), oldRows);
        QVERIFY(old.first().osUserAtHost().isEmpty());

        QVERIFY(t.migrate().ok());
        QVERIFY(sql::columnExists(t.db(), QStringLiteral("gma_migrator"), QStringLiteral("history"), QStringLiteral("os_user")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE os_user = '' AND host = ''")),
                 oldRows);
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE os_user <> '' AND host = ?"),
                        {QSysInfo::machineHostName()}) > 0);
    }

    void auditTrail_failedAndCancelledRunsRecorded()
    {
        TestDatabase t(QStringLiteral("safe_histfail"));
        QVERIFY(buildFixture(t));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET name = repeat('z', 101) WHERE id = 203")));
        const RunResult failed = t.migrate(QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY(!failed.ok());
        const auto rows = sql::rows(
            t.db(), QStringLiteral("SELECT app, name, direction, outcome, checksum, db_user = "
                                   "current_user, message FROM gma_migrator.history ORDER BY id DESC "
                                   "LIMIT 1"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0).toString(), QStringLiteral("items"));
        QCOMPARE(rows.first().at(1).toString(), fullName(QStringLiteral("items"), QStringLiteral("0003")));
        QCOMPARE(rows.first().at(2).toString(), QStringLiteral("forward"));
        QCOMPARE(rows.first().at(3).toString(), QStringLiteral("failed"));
        QCOMPARE(rows.first().at(4).toString(), checksumOf(QStringLiteral("items"), QStringLiteral("0003")));
        QVERIFY(rows.first().at(5).toBool());
        QVERIFY(!rows.first().at(6).toString().isEmpty());
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM gma_migrator.history WHERE outcome = 'success' AND app = "
                     "'items' AND name LIKE '0003%'")),
                 qint64(0));

        // A data step cancelled after its first batch is recorded as cancelled, and a rerun
        // finishes where it stopped.
        TestDatabase c(QStringLiteral("safe_histcancel"));
        QVERIFY2(c.buildDemo(1000), qPrintable(c.lastError()));
        QVERIFY(c.migrate(QStringLiteral("locations"), QStringLiteral("0003")).ok());
        RunOptions options;
        options.batchSize = 100;
        qint64 firstRun = 0;
        {
            Executor executor(c.db(), MigrationCatalogue::builtIn());
            QSignalSpy progress(&executor, &Executor::stepProgress);
            connect(&executor, &Executor::stepProgress, &executor,
                    [&](int, qint64, qint64) { executor.cancel(); });
            const RunResult r =
                executor.run(planFor(c, QStringLiteral("locations"), QStringLiteral("0004")), options);
            QCOMPARE(r.status, RunResult::Status::Cancelled);
            QCOMPARE(progress.size(), 1);
            firstRun = r.steps.first().rows;
            QCOMPARE(firstRun, qint64(100));
        }
        QCOMPARE(
            c.scalar(QStringLiteral(
                         "SELECT outcome || '/' || rows_affected FROM gma_migrator.history ORDER BY id DESC "
                         "LIMIT 1"))
                .toString(),
            QStringLiteral("cancelled/100"));
        QCOMPARE(c.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'locations' AND name LIKE '0004%'")),
                 qint64(0));
        const RunResult rerun = c.migrate(QStringLiteral("locations"), QStringLiteral("0004"), options);
        QVERIFY2(rerun.ok(), qPrintable(rerun.error));
        QCOMPARE(rerun.steps.first().rows, qint64(900));
        QCOMPARE(validationCount(c, QStringLiteral("locations_location")), qint64(0));
        QCOMPARE(
            c.scalar(QStringLiteral(
                         "SELECT string_agg(outcome, ',' ORDER BY id) FROM gma_migrator.history WHERE app = "
                         "'locations' AND name LIKE '0004%'"))
                .toString(),
            QStringLiteral("cancelled,success"));
        QCOMPARE(c.count(QStringLiteral(
                     "SELECT coalesce(sum(cardinality(row_ids)), 0) FROM gma_migrator.populate_log WHERE "
                     "table_name = 'locations_location' AND column_name = 'created_by_id'")),
                 qint64(1000));
    }

private:
    // Adds the fixture's edge-case rows (long names, unicode, old timestamps) to demo data.
    bool buildFixtureRowsOnDemo(TestDatabase &t)
    {
        const qint64 campaign = t.count(QStringLiteral("SELECT min(id) FROM campaigns_campaign"));
        const qint64 user = t.count(QStringLiteral("SELECT min(id) FROM users_user"));
        return t.exec(QStringLiteral(
                          "INSERT INTO characters_character (name, description, game_system, campaign_id, "
                          "player_owner_id, deleted_at, deleted_by_id, is_deleted) VALUES "
                          "(repeat('N', 100), 'Long.', 'D&D 5e', ?, ?, '1901-12-13 20:45:52+00', ?, true), "
                          "('Zoë ''the'' 🐉', '', 'D&D 5e', ?, ?, NULL, NULL, false)"),
                      {campaign, user, user, campaign, user}) &&
               t.exec(QStringLiteral(
                          "INSERT INTO items_item (name, description, campaign_id) VALUES (repeat('I', 100), "
                          "'', ?)"),
                      {campaign}) &&
               t.exec(QStringLiteral("INSERT INTO locations_location (name, description, campaign_id) VALUES "
                                     "(repeat('L', 100), NULL, ?), ('Empty', '', ?)"),
                      {campaign, campaign});
    }
};

QTEST_GUILESS_MAIN(TestMigrationSafety)
#include "test_migration_safety.moc"
