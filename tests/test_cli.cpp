// The command-line tool, run as a child process against the test cluster: Django's output
// formats (showmigrations, sqlmigrate, migrate --plan), runs, rollback confirmation, exit codes,
// connection errors as one sentence, connection strings, help, audit and init-demo.
#include "sqlutil.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <csignal>

using namespace gma;
using namespace gma::test;

namespace {

QString fixture(const QString &relative)
{
    QFile f(QStringLiteral(GMA_TEST_FIXTURES "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(relative));
    return QString::fromUtf8(f.readAll());
}

// sqlmigrate text made comparable: the temporary DEFAULT's timestamp literal becomes TS, and
// statements Django prints on one line ("...; SET CONSTRAINTS ...") go on lines of their own.
// Lines mentioning any of `drop` are left out.
QString normalizeSql(QString text, const QStringList &drop = {})
{
    static const QRegularExpression ts(
        QStringLiteral(R"('\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00'::timestamptz)"));
    static const QRegularExpression joined(QStringLiteral(";[ \\t]+"));
    text.replace(ts, QStringLiteral("TS"));
    text.replace(joined, QStringLiteral(";\n"));
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (std::none_of(drop.begin(), drop.end(), [&](const QString &d) { return line.contains(d); }))
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

// The operation descriptions of a migration, from Django's reference SQL ("-- Add field ...").
QStringList referenceDescriptions(const MigrationKey &key)
{
    QStringList out;
    for (const QString &line :
         fixture(QStringLiteral("sql/%1/%2.forward.sql").arg(key.app, key.name)).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("-- ")))
            out << line.mid(3);
    }
    return out;
}

MigrationKey key(const QString &app, const QString &prefix)
{
    return *catalogue().resolvePrefix(app, prefix, nullptr);
}

// Exit code, and stderr is one line "error: ..." without driver noise.
bool isOneErrorLine(const CliResult &r)
{
    return r.err.startsWith(QLatin1String("error: ")) && r.err.count(QLatin1Char('\n')) == 1 &&
           !r.err.contains(QLatin1String("QPSQL")) && !r.err.contains(QLatin1String("PGRES"));
}

qint64 recordedCount(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT count(*) FROM django_migrations"));
}

QProcessEnvironment env(const QString &name, const QString &value)
{
    QProcessEnvironment e;
    e.insert(name, value);
    return e;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void showmigrationsIsDjangosFormat()
    {
        TestDatabase t(QStringLiteral("cli_show"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        CliResult r = runCli({QStringLiteral("showmigrations")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.out, QStringLiteral("campaigns\n [X] 0001_initial\n"
                                       "characters\n [X] 0001_initial\n [X] 0002_character_soft_delete\n"
                                       " [ ] 0003_character_created_by_character_modified_by_and_more\n"
                                       " [ ] 0004_populate_audit_fields\n"
                                       "items\n [X] 0001_initial\n [X] 0002_alter_item_options\n"
                                       " [X] 0003_item_modified_by_alter_item_created_at_and_more\n"
                                       " [ ] 0004_populate_audit_fields\n"
                                       "locations\n [X] 0001_initial\n [X] 0002_alter_location_options\n"
                                       " [ ] 0003_location_modified_by_alter_location_created_at_and_more\n"
                                       " [ ] 0004_populate_audit_fields\n"
                                       "users\n [X] 0001_initial\n"));
        // Apps named on the command line, in that order.
        r = runCli({QStringLiteral("showmigrations"), QStringLiteral("users"), QStringLiteral("campaigns")},
                   t.name());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("users\n [X] 0001_initial\ncampaigns\n [X] 0001_initial\n"));
        r = runCli({QStringLiteral("showmigrations"), QStringLiteral("auth")}, t.name());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(isOneErrorLine(r));
    }

    void showmigrationsJson()
    {
        TestDatabase t(QStringLiteral("cli_showjson"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        const CliResult r = runCli({QStringLiteral("showmigrations"), QStringLiteral("--json")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(QStringLiteral("django_migrations_exists")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("inconsistencies")).toArray().size(), 0);
        const QJsonArray apps = doc.value(QStringLiteral("apps")).toArray();
        QCOMPARE(apps.size(), 5);
        int applied = 0;
        int total = 0;
        for (const QJsonValue &a : apps) {
            const QString app = a.toObject().value(QStringLiteral("app")).toString();
            for (const QJsonValue &m : a.toObject().value(QStringLiteral("migrations")).toArray()) {
                const QJsonObject o = m.toObject();
                const MigrationKey k{app, o.value(QStringLiteral("name")).toString()};
                QVERIFY(catalogue().contains(k));
                ++total;
                const bool isApplied = o.value(QStringLiteral("applied")).toBool();
                QCOMPARE(isApplied,
                         t.count(QStringLiteral(
                                     "SELECT count(*) FROM django_migrations WHERE app = ? AND name = ?"),
                                 {k.app, k.name}) == 1);
                applied += isApplied ? 1 : 0;
                QCOMPARE(o.value(QStringLiteral("checksum")).toString(), catalogue().find(k)->checksum);
                QCOMPARE(o.value(QStringLiteral("applied_at")).isNull(), !isApplied);
            }
        }
        QCOMPARE(total, 14);
        QCOMPARE(applied, 8);
    }

    void checksumDriftIsShownAndRefusesUnapplying()
    {
        // A migration applied from a definition whose checksum differs from today's: showmigrations
        // names it (JSON and a warning), and unapplying it needs --ignore-drift.
        TestDatabase t(QStringLiteral("cli_drift"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        const MigrationKey i3 = key(QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY(t.exec(
            QStringLiteral("UPDATE gma_migrator.history SET checksum = 'changed' WHERE app = ? AND name = ?"),
            {i3.app, i3.name}));
        CliResult r = runCli({QStringLiteral("showmigrations"), QStringLiteral("--json")}, t.name());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("checksum_drift")).toArray(), QJsonArray{i3.label()});
        int drifted = 0;
        for (const QJsonValue &a : doc.value(QStringLiteral("apps")).toArray()) {
            for (const QJsonValue &m : a.toObject().value(QStringLiteral("migrations")).toArray()) {
                const bool drift = m.toObject().value(QStringLiteral("checksum_drift")).toBool();
                QCOMPARE(drift, a.toObject().value(QStringLiteral("app")).toString() == i3.app &&
                                    m.toObject().value(QStringLiteral("name")).toString() == i3.name);
                drifted += drift ? 1 : 0;
            }
        }
        QCOMPARE(drifted, 1);
        QCOMPARE(r.err, QStringLiteral("warning: %1 was applied from a definition that has changed since "
                                       "(checksum differs).\n")
                            .arg(i3.label()));
        const qint64 before = recordedCount(t);
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0002"),
                    QStringLiteral("--no-backup")},
                   t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(isOneErrorLine(r));
        QVERIFY(r.err.contains(QStringLiteral("--ignore-drift")));
        QCOMPARE(recordedCount(t), before);
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0002"),
                    QStringLiteral("--no-backup"), QStringLiteral("--ignore-drift")},
                   t.name());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(recordedCount(t), before - 1);
    }

    void sqlmigrateEqualsDjangosSql()
    {
        // Every schema migration, both ways, against the SQL Django's sqlmigrate printed. Two
        // deliberate differences are left out of the comparison: the tool's own bookkeeping of
        // the NULL descriptions (gma_migrator schema) in locations 0003, and the many-to-many
        // tables of Django's auth (users_user_groups, users_user_user_permissions) in users 0001,
        // which need auth's tables and belong to a Django-managed database.
        const QStringList drop{QStringLiteral("gma_migrator"), QStringLiteral("users_user_groups"),
                               QStringLiteral("users_user_user_permissions")};
        int compared = 0;
        for (const MigrationDefinition &def : catalogue().migrations()) {
            if (def.isData())
                continue;
            for (const bool backwards : {false, true}) {
                QStringList args{QStringLiteral("sqlmigrate"), def.key.app, def.key.name};
                if (backwards)
                    args << QStringLiteral("--backwards");
                const CliResult r = runCli(args, QStringLiteral("postgres"));
                QCOMPARE(r.exitCode, 0);
                const QString expected =
                    fixture(QStringLiteral("sql/%1/%2.%3.sql")
                                .arg(def.key.app, def.key.name,
                                     backwards ? QStringLiteral("backward") : QStringLiteral("forward")));
                const QString got = normalizeSql(r.out, drop);
                QCOMPARE(got, normalizeSql(expected, drop));
                if (def.key.app != QLatin1String("users") && !def.key.app.startsWith(QLatin1String("loc")))
                    QCOMPARE(normalizeSql(r.out), normalizeSql(expected)); // nothing left out at all
                ++compared;
            }
        }
        QCOMPARE(compared, 2 * 11);
        // A prefix is enough; the timestamp is Django's literal form.
        const CliResult r =
            runCli({QStringLiteral("sqlmigrate"), QStringLiteral("items"), QStringLiteral("0003")},
                   QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral(
            R"(DEFAULT '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00'::timestamptz NOT NULL)"))));
        // The data step prints the generated batch SQL, which must be valid for the server.
        const CliResult data =
            runCli({QStringLiteral("sqlmigrate"), QStringLiteral("items"), QStringLiteral("0004")},
                   QStringLiteral("postgres"));
        QCOMPARE(data.exitCode, 0);
        QVERIFY(data.out.contains(QStringLiteral("UPDATE \"items_item\"")));
        QVERIFY(data.out.contains(QStringLiteral("INSERT INTO django_migrations")));
        const CliResult ambiguous =
            runCli({QStringLiteral("sqlmigrate"), QStringLiteral("items"), QStringLiteral("000")},
                   QStringLiteral("postgres"));
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY(isOneErrorLine(ambiguous));
    }

    void migratePlanText()
    {
        TestDatabase t(QStringLiteral("cli_plan"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QString expected = QStringLiteral("Planned operations:\n");
        for (const QString &app :
             {QStringLiteral("characters"), QStringLiteral("items"), QStringLiteral("locations")}) {
            const MigrationKey schema = key(app, QStringLiteral("0003"));
            expected += schema.label() + QLatin1Char('\n');
            for (const QString &d : referenceDescriptions(schema))
                expected += QStringLiteral("    ") + d + QLatin1Char('\n');
            expected +=
                key(app, QStringLiteral("0004")).label() + QStringLiteral("\n    Raw Python operation\n");
        }
        const qint64 before = recordedCount(t);
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--plan")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
        QCOMPARE(recordedCount(t), before);

        // Backwards: the operations in forward order with "Undo ".
        QVERIFY(t.migrate().ok());
        r = runCli({QStringLiteral("migrate"), QStringLiteral("locations"), QStringLiteral("0002"),
                    QStringLiteral("--plan")},
                   t.name());
        QCOMPARE(r.exitCode, 0);
        QString back = QStringLiteral("Planned operations:\n") +
                       key(QStringLiteral("locations"), QStringLiteral("0004")).label() +
                       QStringLiteral("\n    Raw Python operation\n") +
                       key(QStringLiteral("locations"), QStringLiteral("0003")).label() + QLatin1Char('\n');
        for (const QString &d :
             referenceDescriptions(key(QStringLiteral("locations"), QStringLiteral("0003"))))
            back += QStringLiteral("    Undo ") + d + QLatin1Char('\n');
        QCOMPARE(r.out, back);
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--plan")}, t.name());
        QCOMPARE(r.out, QStringLiteral("Planned operations:\n  No planned migration operations.\n"));
    }

    void migrateDryRunChangesNothing()
    {
        TestDatabase t(QStringLiteral("cli_dry"));
        QVERIFY2(t.buildDemo(120), qPrintable(t.lastError()));
        const QString dump = t.schemaDump();
        const qint64 before = recordedCount(t);
        const QString characters =
            QString::number(t.count(QStringLiteral("SELECT count(*) FROM characters_character")));
        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--in-place"),
                                    QStringLiteral("--batch-size"), QStringLiteral("50")},
                                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Rehearsal finished")));
        // The confirmation states the lock it holds and for about how long.
        QVERIFY2(r.out.contains(QStringLiteral("In place, the rehearsal holds ACCESS EXCLUSIVE on ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(" for about ")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("VACUUM")), qPrintable(r.out)); // nothing changed, nothing vacuumed
        QVERIFY2(r.out.contains(QStringLiteral("characters.0004_populate_audit_fields... OK")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", %1 rows in 3 batches)").arg(characters)),
                 qPrintable(r.out));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(recordedCount(t), before);
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL")) > 0,
            true);

        // The rollback can be rehearsed too, on a database at 0004.
        QVERIFY(t.migrate().ok());
        const QString dump4 = t.schemaDump();
        const CliResult back = runCli({QStringLiteral("migrate"), QStringLiteral("characters"),
                                       QStringLiteral("0002"), QStringLiteral("--dry-run"),
                                       QStringLiteral("--in-place")},
                                      t.name());
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(t.schemaDump(), dump4);
        QCOMPARE(recordedCount(t), qint64(14));
    }

    void migrateDryRunRehearsesOnACopy()
    {
        TestDatabase t(QStringLiteral("cli_dry_copy"));
        QVERIFY2(t.buildDemo(60), qPrintable(t.lastError()));
        QTemporaryDir data;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const QString dump = t.schemaDump();
        const QString rows = rowChecksum(t);
        const qint64 before = recordedCount(t);
        const QString history = QStringLiteral("SELECT count(*) FROM gma_migrator.history");
        const qint64 runs = t.count(history);
        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--dry-run")}, t.name(), {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const QString &line :
             {QStringLiteral("Rehearsing migrations on a copy"), QStringLiteral("  Backup... OK ("),
              QStringLiteral("  Restore into the scratch database... OK ("), QStringLiteral("  Plan on the copy... OK ("),
              QStringLiteral("      Applied characters.0004_populate_audit_fields... OK ("),
              QStringLiteral("  Reverse on the copy... OK ("),
              QStringLiteral("      Unapplied characters.0003_"),
              QStringLiteral("Checks after the plan: Seed "), QStringLiteral("Schema equal to the contract at 0004"),
              QStringLiteral("Schema equal to the contract at 0002; rows equal to those before the plan"),
              QStringLiteral("Estimate for production: the plan takes about "),
              QStringLiteral("  Drop the scratch database... OK ("), QStringLiteral("\" was dropped")})
            QVERIFY2(r.out.contains(line), qPrintable(line + QStringLiteral("\n") + r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("In place")), qPrintable(r.out));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(rowChecksum(t), rows);
        QCOMPARE(recordedCount(t), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE ?"),
                         {t.name() + QStringLiteral("\\_gma\\_rehearsal\\_%")}),
                 qint64(0));
        // The fresh backup it restored is in the catalogue, and nothing else was written.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups")), qint64(1));
        QCOMPARE(t.count(history), runs);
    }

    void rehearsalOptionsNeedDryRun()
    {
        TestDatabase t(QStringLiteral("cli_inplace"));
        QVERIFY2(t.buildDemo(5), qPrintable(t.lastError()));
        const QString before = t.fingerprint();
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--in-place")}, t.name());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("error: --in-place, --rehearse-server and --fresh-backup only apply to a "
                                       "rehearsal: add --dry-run.\n"));
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--in-place"),
                    QStringLiteral("--rehearse-server"), QStringLiteral("host=elsewhere")},
                   t.name());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("do not go with --in-place")), qPrintable(r.err));
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--rehearse-server"),
                    QStringLiteral("postgresql://[")},
                   t.name());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("error: --rehearse-server: ")), qPrintable(r.err));
        QCOMPARE(t.fingerprint(), before);
    }

    void migrateVacuumsTheTablesItFilled()
    {
        TestDatabase t(QStringLiteral("cli_vacuum"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        const auto vacuums = [&probe]() {
            sql::exec(probe, QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            const auto r = sql::rows(probe, QStringLiteral("SELECT coalesce(sum(vacuum_count), -1) FROM pg_stat_user_tables "
                                                          "WHERE relname = 'characters_character'"));
            return r.isEmpty() ? qint64(-2) : r.first().value(0).toLongLong();
        };
        const qint64 before = vacuums();
        QVERIFY(before >= 0);
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &table : {QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                     QStringLiteral("locations_location")})
            QVERIFY2(r.out.contains(QStringLiteral("  VACUUM (ANALYZE) %1... OK (").arg(table)), qPrintable(r.out));
        // After the steps, not between them.
        QVERIFY(r.out.indexOf(QStringLiteral("VACUUM")) > r.out.lastIndexOf(QStringLiteral("Applying ")));
        QTRY_COMPARE_WITH_TIMEOUT(vacuums(), before + 1, 10000);

        // --no-vacuum: the rollback's data steps change every row, nothing is vacuumed.
        r = runCli({QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--no-backup"),
                    QStringLiteral("--no-vacuum")},
                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("VACUUM")), qPrintable(r.out));
        QCOMPARE(recordedCount(t), qint64(8));
        QCOMPARE(vacuums(), before + 1);
    }

    void migrateAppTargetAndExitCodeOfFailure()
    {
        TestDatabase t(QStringLiteral("cli_target"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0003"),
                              QStringLiteral("--no-backup")},
                             t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(
            QStringLiteral("Operations to perform:\n  Target specific migration: "
                           "0003_item_modified_by_alter_item_created_at_and_more, from items\n")));
        QVERIFY(r.out.contains(
            QStringLiteral("Applying items.0003_item_modified_by_alter_item_created_at_and_more... OK")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")),
                 qint64(3));
        QCOMPARE(recordedCount(t), qint64(9));
        // Nothing to do: exit 0, Django's sentence.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0003_item")},
                   t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("  No migrations to apply.\n")));
        // Back to 0002 by full name.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"),
                    QStringLiteral("0002_alter_item_options"), QStringLiteral("--no-backup")},
                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(recordedCount(t), qint64(8));

        // A migration that fails (a name too long for varchar(100), preflight skipped): exit 4, one line.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('x', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        const QString dump = t.schemaDump();
        r = runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("--no-backup"),
                    QStringLiteral("--skip-preflight")},
                   t.name());
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains(QStringLiteral("FAILED")));
        const QString last = r.err.trimmed().split(QLatin1Char('\n')).last();
        QVERIFY2(last.startsWith(QStringLiteral(
                     "error: items.0003_item_modified_by_alter_item_created_at_and_more failed")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("QPSQL")));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(recordedCount(t), qint64(8));
    }

    void ctrlCStopsSafely()
    {
        TestDatabase t(QStringLiteral("cli_sigint"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(
            sql::exec(blocker, QStringLiteral("LOCK TABLE characters_character IN ACCESS SHARE MODE")).ok);
        const QString dump = t.schemaDump();

        QProcess p;
        p.setProcessEnvironment(processEnvironment(t.name()));
        // A lock timeout far beyond the test: only Ctrl-C ends the wait.
        p.start(QStringLiteral(GMA_CLI_PATH),
                {QStringLiteral("migrate"), QStringLiteral("characters"), QStringLiteral("--no-backup"),
                 QStringLiteral("--skip-preflight"), QStringLiteral("--lock-timeout"),
                 QStringLiteral("3600000")});
        QVERIFY(p.waitForStarted());
        // Wait until the tool's session is queued behind the lock.
        bool waiting = false;
        for (int i = 0; i < 600 && !waiting; ++i) {
            waiting = t.count(QStringLiteral(
                          "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                          "AND application_name = 'gma-migrator' AND wait_event_type = 'Lock'")) > 0;
            if (!waiting)
                QTest::qWait(50);
        }
        QVERIFY(waiting);
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 4);
        QVERIFY2(err.trimmed().split(QLatin1Char('\n')).last().startsWith(QStringLiteral("error: Cancelled")),
                 qPrintable(err));
        sql::exec(blocker, QStringLiteral("ROLLBACK"));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(recordedCount(t), qint64(8));
    }

    void rollbackNeedsConfirmation()
    {
        TestDatabase t(QStringLiteral("cli_rollback"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        const QString dump = t.schemaDump();
        // No terminal (stdin is a pipe), no --yes: refused, nothing changed; typing "yes" into a
        // pipe does not count either.
        CliResult r = runCli({QStringLiteral("rollback"), QStringLiteral("--no-backup")}, t.name(),
                             QByteArrayLiteral("yes\n"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Planned operations:")));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(recordedCount(t), qint64(14));

        r = runCli({QStringLiteral("rollback"), QStringLiteral("extra")}, t.name());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(isOneErrorLine(r));

        r = runCli({QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--no-backup")},
                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
        QCOMPARE(recordedCount(t), qint64(8));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE name LIKE '0003%' OR name LIKE '0004%'")),
                 qint64(0));
        r = runCli({QStringLiteral("rollback"), QStringLiteral("--yes")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Nothing to roll back")));
    }

    void usageErrorsExitTwo()
    {
        TestDatabase t(QStringLiteral("cli_usage"));
        QVERIFY2(t.buildDemo(10), qPrintable(t.lastError()));
        const QList<QStringList> cases{
            {QStringLiteral("frobnicate")},
            {QStringLiteral("migrate"), QStringLiteral("nosuchapp")},
            {QStringLiteral("migrate"), QStringLiteral("--bogus")},
            {QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0")},
            {QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0009")},
            {QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0002"),
             QStringLiteral("extra")},
            {QStringLiteral("migrate"), QStringLiteral("--batch-size"), QStringLiteral("0")},
            {QStringLiteral("sqlmigrate"), QStringLiteral("items")},
            {QStringLiteral("--db"), QStringLiteral("host=x port"), QStringLiteral("showmigrations")},
        };
        for (const QStringList &args : cases) {
            const CliResult r = runCli(args, t.name());
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                                 QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
            QVERIFY2(isOneErrorLine(r), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral(".:")), qPrintable(r.err));
        }
        QCOMPARE(recordedCount(t), qint64(8));
        // No command at all: the help on stderr, exit 2.
        const CliResult none = runCli({}, t.name());
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("Commands:")));
    }

    void cannotConnectExitsThree()
    {
        TestDatabase t(QStringLiteral("cli_connect"));
        QVERIFY2(t.buildDemo(10), qPrintable(t.lastError()));
        // Nothing listens on port 1 of the loopback.
        CliResult r = runCli({QStringLiteral("--db"),
                              QStringLiteral("postgresql://postgres@127.0.0.1:1/%1").arg(t.name()),
                              QStringLiteral("showmigrations")},
                             t.name());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(isOneErrorLine(r), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("cannot be reached")));
        QCOMPARE(r.out, QString());

        // The cluster on TCP asks for a password (scram): a wrong one is refused.
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3")
                                .arg(tcpPort(), t.name(), clusterSettings().user);
        for (const QString &command : {QStringLiteral("showmigrations"), QStringLiteral("migrate"),
                                       QStringLiteral("audit"), QStringLiteral("rollback")}) {
            r = runCli({QStringLiteral("--db"), tcp, command}, t.name(), {},
                       env(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-password")));
            QVERIFY2(r.exitCode == 3, qPrintable(command + QLatin1Char(' ') + r.err));
            QVERIFY2(isOneErrorLine(r), qPrintable(r.err));
            QVERIFY(r.err.contains(QStringLiteral("password")));
            QVERIFY(!r.err.contains(QStringLiteral("wrong-password")));
        }
        // A password given in the URI never shows in the error.
        r = runCli({QStringLiteral("--db"),
                    QStringLiteral("postgresql://%1:not-the-secret@127.0.0.1:%2/%3")
                        .arg(clusterSettings().user, tcpPort(), t.name()),
                    QStringLiteral("audit")},
                   t.name());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(isOneErrorLine(r), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("not-the-secret")));
        // A database that does not exist.
        r = runCli({QStringLiteral("showmigrations")}, t.name() + QStringLiteral("_missing"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(isOneErrorLine(r), qPrintable(r.err));

        // The right password works.
        r = runCli({QStringLiteral("--db"), tcp, QStringLiteral("showmigrations"), QStringLiteral("users")},
                   t.name(), {}, env(QStringLiteral("PGPASSWORD"), tcpPassword()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("users\n [X] 0001_initial\n"));
        QCOMPARE(recordedCount(t), qint64(8));
    }

    void notAGmaDatabaseIsRefused()
    {
        TestDatabase t(QStringLiteral("cli_notgma"));
        QVERIFY(t.exec(QStringLiteral("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (1), (2)")));
        for (const QStringList &args : QList<QStringList>{
                 {QStringLiteral("migrate"), QStringLiteral("--no-backup")},
                 {QStringLiteral("rollback"), QStringLiteral("--yes")},
                 {QStringLiteral("audit")},
                 {QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("5")}}) {
            const CliResult r = runCli(args, t.name());
            QVERIFY2(r.exitCode == 1,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err));
            QVERIFY2(isOneErrorLine(r), qPrintable(r.err));
        }
        QVERIFY(!sql::tableExists(t.db(), QStringLiteral("public"), QStringLiteral("django_migrations")));
        QVERIFY(!sql::tableExists(t.db(), QStringLiteral("public"), QStringLiteral("users_user")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'gma_migrator'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM invoices")), qint64(2));
    }

    void connectionStringsUriAndKeywords()
    {
        TestDatabase t(QStringLiteral("cli_conninfo"));
        QVERIFY2(t.buildDemo(10), qPrintable(t.lastError()));
        const ConnectionSettings s = clusterSettings(t.name());
        const QString expected = QStringLiteral("users\n [X] 0001_initial\n");
        // The environment points at another database; --db decides.
        const QStringList conninfos{
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(s.user, tcpPort(), t.name()),
            QStringLiteral("postgresql:///%1?host=%2&port=%3")
                .arg(t.name(), QString::fromLatin1(QUrl::toPercentEncoding(s.host)), s.port),
            QStringLiteral("host=%1 port=%2 dbname=%3").arg(s.host, s.port, t.name()),
            QStringLiteral("host=127.0.0.1 port=%1 dbname='%2' user=%3 connect_timeout=5")
                .arg(tcpPort(), t.name(), s.user),
            t.name(),
        };
        for (const QString &conninfo : conninfos) {
            const CliResult r = runCli(
                {QStringLiteral("--db"), conninfo, QStringLiteral("showmigrations"), QStringLiteral("users")},
                QStringLiteral("postgres"), {}, env(QStringLiteral("PGPASSWORD"), tcpPassword()));
            QVERIFY2(r.exitCode == 0, qPrintable(conninfo + QStringLiteral(": ") + r.err));
            QCOMPARE(r.out, expected);
        }
    }

    void versionAndHelp()
    {
        CliResult r = runCli({QStringLiteral("--version")}, QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("gma-migrator-cli " GMA_VERSION "\n"));
        r = runCli({QStringLiteral("--help")}, QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 0);
        for (const QString &command :
             {QStringLiteral("showmigrations"), QStringLiteral("sqlmigrate"), QStringLiteral("migrate"),
              QStringLiteral("rollback"), QStringLiteral("audit"), QStringLiteral("init-demo"),
              QStringLiteral("history")})
            QVERIFY2(r.out.contains(QStringLiteral("\n  ") + command), qPrintable(command));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--help")}, QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Usage: gma-migrator-cli migrate [APP [TARGET]]")));
        for (const QString &option :
             {QStringLiteral("--plan"), QStringLiteral("--dry-run"), QStringLiteral("--batch-size"),
              QStringLiteral("--lock-timeout"), QStringLiteral("--ignore-drift")})
            QVERIFY2(r.out.contains(option), qPrintable(option));
        r = runCli({QStringLiteral("rollback"), QStringLiteral("--help")}, QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--yes")));
        // Help needs no database: it works with an unreachable one.
        r = runCli({QStringLiteral("--db"), QStringLiteral("postgresql://127.0.0.1:1/x"),
                    QStringLiteral("audit"), QStringLiteral("--help")},
                   QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--json")));
    }

    // The man page (--help-man, made at build time) is the help: every command of --help, and every
    // option of each command's --help, is in it, under that command.
    void manPageIsTheHelp()
    {
        const CliResult man = runCli({QStringLiteral("--help-man")}, QStringLiteral("postgres"));
        QCOMPARE(man.exitCode, 0);
        QVERIFY(man.out.startsWith(QStringLiteral(".TH GMA\\-MIGRATOR\\-CLI 1 ")));
        auto roff = [](QString text) { return text.replace(QLatin1Char('-'), QStringLiteral("\\-")); };
        const CliResult help = runCli({QStringLiteral("--help")}, QStringLiteral("postgres"));
        const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        static const QRegularExpression entry(QStringLiteral("^  (\\S.*)$"), QRegularExpression::MultilineOption);
        static const QRegularExpression option(QStringLiteral("--[a-z][a-z0-9-]*"));
        int seen = 0;
        for (auto it = entry.globalMatch(commands); it.hasNext(); ++seen) {
            const QString synopsis = it.next().captured(1);
            const QString name = synopsis.section(QLatin1Char(' '), 0, 0);
            const int at = man.out.indexOf(QStringLiteral(".SS ") + roff(synopsis) + QLatin1Char('\n'));
            QVERIFY2(at >= 0, qPrintable(synopsis));
            const QString section = man.out.mid(at, man.out.indexOf(QStringLiteral("\n.SS "), at + 1) - at);
            const CliResult commandHelp = runCli({name, QStringLiteral("--help")}, QStringLiteral("postgres"));
            QCOMPARE(commandHelp.exitCode, 0);
            for (auto o = option.globalMatch(commandHelp.out); o.hasNext();) {
                const QString flag = o.next().captured(0);
                QVERIFY2(section.contains(roff(flag)), qPrintable(name + QLatin1Char(' ') + flag));
            }
        }
        QVERIFY(seen >= 10);
    }

    void auditJsonEqualsSqlCounts()
    {
        TestDatabase t(QStringLiteral("cli_audit"));
        QVERIFY2(t.buildDemo(80), qPrintable(t.lastError()));
        for (const QString &app : {QStringLiteral("characters"), QStringLiteral("items")})
            QVERIFY(t.migrate(app, QStringLiteral("0003")).ok());
        // Some rows written by the new application version meanwhile.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE characters_character SET created_by_id = player_owner_id WHERE id % 3 = 0")));
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET modified_by_id = (SELECT min(id) FROM users_user) WHERE id % 4 = 0")));
        const CliResult r = runCli({QStringLiteral("audit"), QStringLiteral("--json")}, t.name());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray models =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 3);
        int checked = 0;
        for (const QJsonValue &v : models) {
            const QJsonObject m = v.toObject();
            const QString table = m.value(QStringLiteral("table")).toString();
            QVERIFY(sql::isPlainIdentifier(table));
            const qint64 rows =
                t.count(QStringLiteral("SELECT count(*) FROM %1").arg(sql::quoteIdent(table)));
            QCOMPARE(qint64(m.value(QStringLiteral("rows")).toDouble()), rows);
            const QJsonObject fields = m.value(QStringLiteral("fields")).toObject();
            QCOMPARE(fields.size(), 4);
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const bool present = sql::columnExists(t.db(), table, it.key());
                QCOMPARE(!it.value().isNull(), present);
                if (!present)
                    continue;
                const qint64 nulls = t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL")
                                                 .arg(sql::quoteIdent(table), sql::quoteIdent(it.key())));
                QCOMPARE(qint64(it.value().toObject().value(QStringLiteral("nulls")).toDouble()), nulls);
                QCOMPARE(it.value().toObject().value(QStringLiteral("null_share")).toDouble(),
                         double(nulls) / double(rows));
                ++checked;
            }
        }
        QCOMPARE(checked, 8); // characters and items have the four columns, locations none yet
        const CliResult text = runCli({QStringLiteral("audit")}, t.name());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("(no column)")));
    }

    void initDemoOnlyOnEmptyDatabase()
    {
        TestDatabase t(QStringLiteral("cli_demo"));
        CliResult r =
            runCli({QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("40")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qint64 characters = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        QCOMPARE(characters, qint64(40));
        QVERIFY(r.out.contains(QStringLiteral("40 characters, 40 items, 40 locations")));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
        const qint64 users = t.count(QStringLiteral("SELECT count(*) FROM users_user"));
        QVERIFY(r.out.contains(QStringLiteral("%1 users").arg(users)));

        r = runCli({QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("10")}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneErrorLine(r), qPrintable(r.err));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character")), characters);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM users_user")), users);
        QCOMPARE(recordedCount(t), qint64(8));
        r = runCli({QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("-3")}, t.name());
        QCOMPARE(r.exitCode, 2);
    }

    void historyListsRuns()
    {
        TestDatabase t(QStringLiteral("cli_history"));
        QVERIFY2(t.buildDemo(10), qPrintable(t.lastError()));
        CliResult r = runCli({QStringLiteral("history")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(t.migrate(QStringLiteral("items")).ok());
        r = runCli({QStringLiteral("history"), QStringLiteral("--json")}, t.name());
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("history")).toArray();
        QCOMPARE(qint64(entries.size()),
                 t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history")));
        QVERIFY(entries.size() >= 2);
        // Newest first.
        QCOMPARE(entries.first().toObject().value(QStringLiteral("migration")).toString(),
                 key(QStringLiteral("items"), QStringLiteral("0004")).label());
        QCOMPARE(entries.first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("success"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
