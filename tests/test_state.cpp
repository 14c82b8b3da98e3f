// Migration state as Django keeps it, and the edge cases of real databases: no django_migrations
// table, duplicate rows, rows of apps the tool does not know, a database Django migrated (auth
// and contenttypes beside the GMA tables, extra users_user columns), inconsistent history.
#include "planner.h"
#include "sqlutil.h"
#include "state.h"
#include "testdb.h"

#include <QRegularExpression>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

// The paragraphs of a schema dump that mention `word` (blank-line separated).
QString paragraphsMentioning(const QString &dump, const QString &word)
{
    QStringList kept;
    for (const QString &p : dump.split(QStringLiteral("\n\n"))) {
        if (p.contains(word))
            kept << p.trimmed();
    }
    return kept.join(QStringLiteral("\n\n"));
}

// A dump with the given users_user columns left out; column lines lose their trailing comma so
// that removing the last columns does not leave a difference behind.
QString withoutColumns(const QString &dump, const QStringList &columns)
{
    QStringList out;
    for (QString line : dump.split(QLatin1Char('\n'))) {
        bool skip = false;
        for (const QString &c : columns)
            skip = skip || line.startsWith(QStringLiteral("    %1 ").arg(c));
        if (skip)
            continue;
        if (line.startsWith(QLatin1String("    ")) && line.endsWith(QLatin1Char(',')))
            line.chop(1);
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QList<QVariantList> migrationRows(TestDatabase &t, const QString &where = QStringLiteral("true"))
{
    return sql::rows(
        t.db(), QStringLiteral("SELECT id, app, name, applied FROM django_migrations WHERE %1 ORDER BY id")
                    .arg(where));
}

const QString kShowAllUnapplied = QStringLiteral(
    "campaigns\n [ ] 0001_initial\n"
    "characters\n [ ] 0001_initial\n [ ] 0002_character_soft_delete\n"
    " [ ] 0003_character_created_by_character_modified_by_and_more\n [ ] 0004_populate_audit_fields\n"
    "items\n [ ] 0001_initial\n [ ] 0002_alter_item_options\n"
    " [ ] 0003_item_modified_by_alter_item_created_at_and_more\n [ ] 0004_populate_audit_fields\n"
    "locations\n [ ] 0001_initial\n [ ] 0002_alter_location_options\n"
    " [ ] 0003_location_modified_by_alter_location_created_at_and_more\n [ ] 0004_populate_audit_fields\n"
    "users\n [ ] 0001_initial\n");

} // namespace

class TestState : public QObject
{
    Q_OBJECT
private slots:
    void missingDjangoMigrationsTable()
    {
        TestDatabase t(QStringLiteral("state_nodm"));
        QString error;
        const auto state = MigrationState::read(t.db(), &error);
        QVERIFY2(state, qPrintable(error));
        QVERIFY(!state->tableExists);
        QVERIFY(state->applied.isEmpty());

        const CliResult show = runCli({QStringLiteral("showmigrations")}, t.name());
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out, kShowAllUnapplied);
        QVERIFY(!sql::tableExists(t.db(), QStringLiteral("public"), QStringLiteral("django_migrations")));

        // migrate creates it with Django's definition (compare the dump's paragraphs about it).
        const CliResult migrate = runCli(
            {QStringLiteral("migrate"), QStringLiteral("users"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        QVERIFY(sql::tableExists(t.db(), QStringLiteral("public"), QStringLiteral("django_migrations")));
        QCOMPARE(paragraphsMentioning(t.schemaDump(), QStringLiteral("django_migrations")),
                 paragraphsMentioning(referenceSchema(QStringLiteral("0002")),
                                      QStringLiteral("django_migrations")));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'users' AND name = '0001_initial'")),
                 qint64(1));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), qint64(1));
        // A database the tool built this far is one it goes on with.
        const CliResult rest = runCli({QStringLiteral("migrate"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.err));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), qint64(14));
    }

    void duplicateRowsCollapseAndUnapplyDeletesAll()
    {
        TestDatabase t(QStringLiteral("state_dup"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(
            QStringLiteral("INSERT INTO django_migrations (app, name, applied) SELECT app, name, now() "
                           "FROM django_migrations WHERE app = 'items' AND name LIKE '000_%' "
                           "AND name >= '0003'")));
        QVERIFY(t.exec(
            QStringLiteral("INSERT INTO django_migrations (app, name, applied) SELECT app, name, now() "
                           "FROM django_migrations WHERE app = 'items' AND name LIKE '0004%' LIMIT 1")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")),
                 qint64(7));
        QString error;
        const auto state = MigrationState::read(t.db(), &error);
        QVERIFY(state);
        QCOMPARE(state->duplicateRows, 3);
        QCOMPARE(state->appliedKnown(MigrationCatalogue::builtIn()).size(), 14);
        QCOMPARE(state->inconsistencies(MigrationCatalogue::builtIn()), QStringList());

        // showmigrations lists each migration once.
        const CliResult show = runCli({QStringLiteral("showmigrations"), QStringLiteral("items")}, t.name());
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out, QStringLiteral("items\n [X] 0001_initial\n [X] 0002_alter_item_options\n"
                                          " [X] 0003_item_modified_by_alter_item_created_at_and_more\n"
                                          " [X] 0004_populate_audit_fields\n"));

        // Nothing to apply; unapplying deletes every copy, as Django's record_unapplied does.
        const RunResult noop = t.migrate();
        QVERIFY(noop.ok());
        QCOMPARE(noop.steps.size(), 0);
        const RunResult back = t.migrate(QStringLiteral("items"), QStringLiteral("0002"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.steps.size(), 2);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")),
                 qint64(2));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_at")));
    }

    void rowsOfUnknownAppsAreLeftAlone()
    {
        TestDatabase t(QStringLiteral("state_unknown"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        for (const QString &app : {QStringLiteral("admin"), QStringLiteral("auth"),
                                   QStringLiteral("contenttypes"), QStringLiteral("sessions")}) {
            QVERIFY(
                t.exec(QStringLiteral(
                           "INSERT INTO django_migrations (app, name, applied) VALUES (?, '0001_initial', "
                           "'2024-01-02 03:04:05.678901+00')"),
                       {app}));
        }
        // A migration of a known app that this tool does not define (a later Django migration).
        QVERIFY(t.exec(QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES ('items', "
                                      "'0009_future_change', '2024-01-02 03:04:05+00')")));
        const QString foreign =
            QStringLiteral("app NOT IN ('users','campaigns','characters','items','locations') "
                           "OR name LIKE '0009%'");
        const auto before = migrationRows(t, foreign);
        QCOMPARE(before.size(), 5);

        QVERIFY(t.migrate().ok());
        QCOMPARE(migrationRows(t, foreign), before);
        QVERIFY(t.rollback().ok());
        QCOMPARE(migrationRows(t, foreign), before);
        QVERIFY(t.migrate(QStringLiteral("locations"), QStringLiteral("zero")).ok());
        QCOMPARE(migrationRows(t, foreign), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'locations'")),
                 qint64(0));

        // showmigrations does not list what the catalogue does not define.
        const CliResult show = runCli({QStringLiteral("showmigrations")}, t.name());
        QCOMPARE(show.exitCode, 0);
        QVERIFY(!show.out.contains(QStringLiteral("auth")));
        QVERIFY(!show.out.contains(QStringLiteral("0009")));
    }

    void databaseMigratedByDjango()
    {
        TestDatabase t(QStringLiteral("state_django"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        // What Django's auth, contenttypes and admin leave beside the GMA tables.
        const QStringList django{
            QStringLiteral(
                "CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, "
                "model varchar(100) NOT NULL, CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq "
                "UNIQUE (app_label, model))"),
            QStringLiteral(
                "CREATE TABLE auth_group (id serial PRIMARY KEY, name varchar(150) NOT NULL UNIQUE)"),
            QStringLiteral(
                "CREATE TABLE auth_permission (id serial PRIMARY KEY, name varchar(255) NOT NULL, "
                "content_type_id integer NOT NULL REFERENCES django_content_type (id) DEFERRABLE INITIALLY "
                "DEFERRED, codename varchar(100) NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE auth_group_permissions (id bigserial PRIMARY KEY, group_id integer NOT NULL "
                "REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED, permission_id integer NOT NULL "
                "REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral(
                "CREATE TABLE users_user_groups (id bigserial PRIMARY KEY, user_id bigint NOT NULL "
                "REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED, group_id integer NOT NULL "
                "REFERENCES auth_group (id) DEFERRABLE INITIALLY DEFERRED, UNIQUE (user_id, group_id))"),
            QStringLiteral(
                "CREATE TABLE users_user_user_permissions (id bigserial PRIMARY KEY, user_id bigint NOT NULL "
                "REFERENCES users_user (id) DEFERRABLE INITIALLY DEFERRED, permission_id integer NOT NULL "
                "REFERENCES auth_permission (id) DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral(
                "CREATE TABLE django_admin_log (id serial PRIMARY KEY, action_time timestamptz NOT NULL, "
                "object_id text, object_repr varchar(200) NOT NULL, action_flag smallint NOT NULL, "
                "change_message text NOT NULL, content_type_id integer REFERENCES django_content_type (id) "
                "DEFERRABLE INITIALLY DEFERRED, user_id bigint NOT NULL REFERENCES users_user (id) "
                "DEFERRABLE INITIALLY DEFERRED)"),
            QStringLiteral("ALTER TABLE users_user ADD COLUMN bio text NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE users_user ADD COLUMN avatar_url varchar(200) NULL"),
            QStringLiteral("ALTER TABLE users_user ADD COLUMN time_zone varchar(63) NOT NULL DEFAULT 'UTC'"),
            QStringLiteral("UPDATE users_user SET bio = 'bio of ' || username, avatar_url = '/a/' || id"),
            QStringLiteral("INSERT INTO django_content_type (app_label, model) VALUES ('users', 'user'), "
                           "('characters', 'character'), ('items', 'item'), ('locations', 'location')"),
            QStringLiteral("INSERT INTO auth_permission (name, content_type_id, codename) SELECT 'Can change "
                           "' || model, "
                           "id, 'change_' || model FROM django_content_type"),
            QStringLiteral("INSERT INTO auth_group (name) VALUES ('game masters'), ('players')"),
            QStringLiteral(
                "INSERT INTO users_user_groups (user_id, group_id) SELECT u.id, g.id FROM users_user u "
                "CROSS JOIN auth_group g"),
            QStringLiteral(
                "INSERT INTO users_user_user_permissions (user_id, permission_id) SELECT u.id, p.id FROM "
                "users_user u CROSS JOIN auth_permission p"),
            QStringLiteral("INSERT INTO django_admin_log (action_time, object_repr, action_flag, "
                           "change_message, user_id) "
                           "SELECT now(), 'x', 1, '', id FROM users_user"),
            QStringLiteral(
                "INSERT INTO django_migrations (app, name, applied) VALUES ('contenttypes', '0001_initial', "
                "now()), ('contenttypes', '0002_remove_content_type_name', now()), ('auth', '0001_initial', "
                "now()), ('auth', '0012_alter_user_first_name_max_length', now()), ('admin', "
                "'0001_initial', now()), ('sessions', '0001_initial', now())"),
        };
        for (const QString &s : django)
            QVERIFY2(t.exec(s), qPrintable(t.lastError()));
        const QStringList extraColumns{QStringLiteral("bio"), QStringLiteral("avatar_url"),
                                       QStringLiteral("time_zone")};
        const QString snapshot =
            QStringLiteral("SELECT (SELECT md5(string_agg(id || bio || coalesce(avatar_url, '') || "
                           "time_zone, ',' ORDER BY id)) FROM users_user) "
                           "|| (SELECT count(*) FROM users_user_groups) || '/' || (SELECT count(*) FROM "
                           "users_user_user_permissions) "
                           "|| '/' || (SELECT count(*) FROM auth_permission) || '/' || (SELECT count(*) FROM "
                           "django_admin_log) "
                           "|| '/' || (SELECT md5(string_agg(app || name || applied, ',' ORDER BY id)) FROM "
                           "django_migrations "
                           "WHERE app IN ('auth','admin','contenttypes','sessions'))");
        const QString before = t.scalar(snapshot).toString();
        QVERIFY(!before.isEmpty());
        QCOMPARE(withoutColumns(t.schemaDump(), extraColumns),
                 withoutColumns(referenceSchema(QStringLiteral("0002")), extraColumns));

        // Django's state is consistent; the tool plans only the strategy's steps.
        const auto state = MigrationState::read(t.db(), nullptr);
        QVERIFY(state);
        QCOMPARE(state->inconsistencies(MigrationCatalogue::builtIn()), QStringList());
        const CliResult plan = runCli({QStringLiteral("migrate"), QStringLiteral("--plan")}, t.name());
        QCOMPARE(plan.exitCode, 0);
        QVERIFY(!plan.out.contains(QStringLiteral("auth")));

        const RunResult forward = t.migrate();
        QVERIFY2(forward.ok(), qPrintable(forward.error));
        QCOMPARE(forward.steps.size(), 6);
        QCOMPARE(withoutColumns(t.schemaDump(), extraColumns),
                 withoutColumns(referenceSchema(QStringLiteral("0004")), extraColumns));
        QCOMPARE(t.scalar(snapshot).toString(), before);

        const RunResult back = t.rollback();
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(withoutColumns(t.schemaDump(), extraColumns),
                 withoutColumns(referenceSchema(QStringLiteral("0002")), extraColumns));
        QCOMPARE(t.scalar(snapshot).toString(), before);
        // The extra columns are still there with Django's definition, and the foreign keys to users_user.
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable, ', ' "
                         "ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = "
                         "'users_user' AND ordinal_position > 12"))
                .toString(),
            QStringLiteral("bio text NO, avatar_url character varying YES, time_zone character varying NO"));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND confrelid = "
                                   "'users_user'::regclass AND conrelid IN ('users_user_groups'::regclass, "
                                   "'users_user_user_permissions'::regclass, 'django_admin_log'::regclass)")),
            qint64(3));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), qint64(8 + 6));
    }

    void inconsistentHistoryIsRefused()
    {
        TestDatabase t(QStringLiteral("state_incons"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES ('items', "
                                      "'0004_populate_audit_fields', now())")));
        const QString message =
            QStringLiteral("Migration items.0004_populate_audit_fields is applied before its "
                           "dependency items.0003_item_modified_by_alter_item_created_at_and_more");
        const auto state = MigrationState::read(t.db(), nullptr);
        QVERIFY(state);
        QCOMPARE(state->inconsistencies(MigrationCatalogue::builtIn()),
                 QStringList{message + QLatin1Char('.')});
        const QString dump = t.schemaDump();
        const auto rows = migrationRows(t);

        const RunResult r = t.migrate();
        QCOMPARE(r.status, RunResult::Status::Refused);
        QVERIFY2(r.error.startsWith(message), qPrintable(r.error));

        // The refusal comes before any guard runs (backup or not).
        for (const QStringList &args : {QStringList{QStringLiteral("migrate"), QStringLiteral("--no-backup")},
                                        QStringList{QStringLiteral("migrate"), QStringLiteral("characters")},
                                        QStringList{QStringLiteral("rollback"), QStringLiteral("--yes")}}) {
            const CliResult cli = runCli(args, t.name());
            QCOMPARE(cli.exitCode, 1);
            QVERIFY2(cli.err.startsWith(QStringLiteral("error: ") + message), qPrintable(cli.err));
            QCOMPARE(cli.err.count(QLatin1Char('\n')), 1);
        }
        // showmigrations shows the state and warns.
        const CliResult show = runCli({QStringLiteral("showmigrations"), QStringLiteral("items")}, t.name());
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral(" [X] 0004_populate_audit_fields")));
        QVERIFY(show.err.contains(message));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(migrationRows(t), rows);
    }

    void readKeepsFirstAppliedTime()
    {
        TestDatabase t(QStringLiteral("state_time"));
        QVERIFY(t.exec(
            QStringLiteral("CREATE TABLE django_migrations (id bigserial PRIMARY KEY, app varchar(255) NOT "
                           "NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL)")));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES "
                                      "('users', '0001_initial', '2024-05-06 07:08:09+00'), "
                                      "('users', '0001_initial', '2025-01-01 00:00:00+00')")));
        const auto state = MigrationState::read(t.db(), nullptr);
        QVERIFY(state);
        QVERIFY(state->tableExists);
        QCOMPARE(state->duplicateRows, 1);
        QCOMPARE(state->applied.value({QStringLiteral("users"), QStringLiteral("0001_initial")}).toUTC(),
                 QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestState)
#include "test_state.moc"
