// Preflight checks against the real server: each hazard of CONTRACT.md is found with its rows,
// `migrate` refuses (exit 1) on it, and nothing in the database changed.
#include "preflight.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

PreflightReport preflight(TestDatabase &t, QSqlDatabase &db, bool rollback = false,
                          const PreflightOptions &options = {}, const QString &app = QString())
{
    const MigrationCatalogue cat = MigrationCatalogue::builtIn();
    QString error;
    const auto state = MigrationState::read(t.db(), &error); // read as the cluster's superuser
    if (!state)
        qFatal("cannot read the state: %s", qPrintable(error));
    PlanError perr;
    const auto plan = rollback ? Planner::rollback(cat, *state, &perr)
                               : Planner::migrate(cat, *state, app, QString(), &perr);
    return Preflight::run(db, cat, *state, plan ? *plan : Plan{}, options);
}

const PreflightFinding *finding(const PreflightReport &r, const QString &id)
{
    for (const PreflightFinding &f : r.findings) {
        if (f.checkId == id)
            return &f;
    }
    return nullptr;
}

QString describe(const PreflightReport &r)
{
    QStringList lines;
    for (const PreflightFinding &f : r.findings)
        lines << severityName(f.severity) + QLatin1Char(' ') + f.checkId + QStringLiteral(": ") + f.message;
    return lines.join(QLatin1Char('\n'));
}


} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private slots:
    // An owner deleted with the foreign keys bypassed: each data step that would meet it is an
    // error, its own column (characters) or through the campaign (items, locations), and nothing
    // is changed; with the owner reassigned the check passes.
    void orphanedOwnersAreFound()
    {
        TestDatabase t(QStringLiteral("pforphan"));
        QVERIFY2(t.buildDemo(60), qPrintable(t.lastError()));
        const qint64 owner = t.count(QStringLiteral("SELECT owner_id FROM campaigns_campaign ORDER BY id LIMIT 1"));
        QVERIFY(t.exec(QStringLiteral("SET session_replication_role = replica")));
        QVERIFY(t.exec(QStringLiteral("DELETE FROM users_user WHERE id = ?"), {owner}));
        QVERIFY(t.exec(QStringLiteral("SET session_replication_role = DEFAULT")));
        const qint64 characters = t.count(
            QStringLiteral("SELECT count(*) FROM characters_character WHERE player_owner_id = ?"), {owner});
        const qint64 items = t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN campaigns_campaign c ON "
                                                    "c.id = i.campaign_id WHERE c.owner_id = ?"),
                                     {owner});
        QVERIFY(characters > 0 && items > 0);
        const QString before = t.fingerprint();
        PreflightReport r = preflight(t, t.db());
        QVERIFY(!r.ok());
        QVERIFY(r.checksRun.contains(QStringLiteral("orphaned-owners")));
        QHash<QString, const PreflightFinding *> byTable;
        for (const PreflightFinding &f : std::as_const(r.findings)) {
            if (f.checkId == QLatin1String("orphaned-owners"))
                byTable.insert(f.message.section(QLatin1Char(' '), 3, 3), &f);
        }
        QCOMPARE(byTable.size(), 3);
        const PreflightFinding *c = byTable.value(QStringLiteral("characters_character"));
        QVERIFY(c);
        QCOMPARE(c->severity, Severity::Error);
        QCOMPARE(c->totalRows, characters);
        QCOMPARE(c->columns, (QStringList{QStringLiteral("id"), QStringLiteral("owner")}));
        QCOMPARE(c->rows.first().at(1), QString::number(owner));
        QVERIFY2(c->message.contains(QStringLiteral("characters.0004_populate_audit_fields fills the audit users")),
                 qPrintable(c->message));
        const PreflightFinding *i = byTable.value(QStringLiteral("items_item"));
        QVERIFY(i);
        QCOMPARE(i->totalRows, items);
        // The query lists them all.
        QCOMPARE(qint64(sql::rows(t.db(), i->query.chopped(1)).size()), items);
        QCOMPARE(t.fingerprint(), before);

        // Reassigned, the plan passes (a rollback plan has no data step to check).
        QVERIFY(t.exec(QStringLiteral("UPDATE campaigns_campaign SET owner_id = (SELECT min(id) FROM users_user) "
                                      "WHERE owner_id = ?"),
                       {owner}));
        QVERIFY(t.exec(QStringLiteral("UPDATE characters_character SET player_owner_id = (SELECT min(id) FROM "
                                      "users_user) WHERE player_owner_id = ?"),
                       {owner}));
        r = preflight(t, t.db());
        QVERIFY(!finding(r, QStringLiteral("orphaned-owners")));
    }

    void cleanDemoPasses()
    {
        TestDatabase t(QStringLiteral("pfclean"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        QVERIFY(t.exec(
            QStringLiteral("UPDATE locations_location SET description = 'x' WHERE description IS NULL")));
        const PreflightReport r = preflight(t, t.db());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.findings.size(), 0);
        QCOMPARE(r.checksRun, Preflight::checkIds());
        const CliResult cli = runCli({QStringLiteral("preflight")}, t.name());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
        QVERIFY(cli.out.contains(QLatin1String("0 errors, 0 warnings")));
    }

    void longItemNamesRefuse()
    {
        TestDatabase t(QStringLiteral("pflongnames"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        // 12 names of 150 characters (the column is still varchar(200)).
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = left(id || '-' || repeat('Sword of the long name ', 10), 150) "
            "WHERE id IN (SELECT id FROM items_item ORDER BY id DESC LIMIT 12)")));
        const qint64 firstLong =
            t.count(QStringLiteral("SELECT min(id) FROM items_item WHERE char_length(name) > 100"));
        const QString before = t.fingerprint();

        const PreflightReport r = preflight(t, t.db());
        QVERIFY(!r.ok());
        const PreflightFinding *f = finding(r, QStringLiteral("value-too-long"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(f->totalRows, qint64(12));
        QCOMPARE(f->rows.size(), 10);
        QCOMPARE(f->rows.first().at(0), QString::number(firstLong));
        QCOMPARE(f->rows.first().at(1), QStringLiteral("150"));
        QCOMPARE(f->rows.first().at(2),
                 t.scalar(QStringLiteral("SELECT left(name, 40) FROM items_item WHERE id = ?"), {firstLong})
                     .toString());
        QVERIFY(f->message.contains(QLatin1String("items_item")));
        QVERIFY(f->query.startsWith(QLatin1String("SELECT")));
        // The printed query finds exactly those rows.
        QCOMPARE(sql::rows(t.db(), f->query.chopped(1)).size(), 12);
        // Only when items 0003 runs forward: migrating characters alone does not check names.
        QVERIFY(!finding(preflight(t, t.db(), false, {}, QStringLiteral("characters")),
                         QStringLiteral("value-too-long")));

        const CliResult migrate =
            runCli({QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("300")}, t.name());
        QCOMPARE(migrate.exitCode, 1);
        QVERIFY2(migrate.out.contains(QString::number(firstLong)), qPrintable(migrate.out));
        QVERIFY(migrate.err.contains(QLatin1String("refused")));
        QVERIFY(migrate.err.contains(QLatin1String("value-too-long")));
        const CliResult all = runCli(
            {QStringLiteral("preflight"), QStringLiteral("--all"), QStringLiteral("--json")}, t.name());
        QCOMPARE(all.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(all.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QJsonObject tooLong;
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("check")).toString() == QLatin1String("value-too-long"))
                tooLong = v.toObject();
        }
        QCOMPARE(tooLong.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(tooLong.value(QStringLiteral("rows")).toArray().size(), 12); // --all: every row
        QCOMPARE(tooLong.value(QStringLiteral("total_rows")).toInteger(), 12);
        QCOMPARE(t.fingerprint(), before);
        // Nothing of 0003 ran: name is still varchar(200).
        QCOMPARE(
            t.count(QStringLiteral("SELECT character_maximum_length FROM information_schema.columns WHERE "
                                   "table_name = 'items_item' AND column_name = 'name'")),
            qint64(200));
    }

    void nullDescriptionsWarn()
    {
        TestDatabase t(QStringLiteral("pfnulls"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = 'd'")));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = NULL WHERE id % 9 = 0")));
        const qint64 nulls =
            t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL"));
        QVERIFY(nulls > 0);
        const QString before = t.fingerprint();
        const PreflightReport r = preflight(t, t.db());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const PreflightFinding *f = finding(r, QStringLiteral("null-conversion"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->totalRows, nulls);
        QVERIFY(f->message.startsWith(QStringLiteral("%1 rows of locations_location").arg(nulls)));
        QVERIFY(f->message.contains(QLatin1String("restores")));
        QCOMPARE(t.fingerprint(), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL")),
                 nulls);
    }

    void heldLockRefuses()
    {
        TestDatabase t(QStringLiteral("pflock"));
        QVERIFY2(t.buildDemo(50), qPrintable(t.lastError()));
        QVERIFY(t.exec(
            QStringLiteral("UPDATE locations_location SET description = 'x' WHERE description IS NULL")));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("SET application_name = 'report-job'")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN ACCESS SHARE MODE")).ok);
        const qint64 pid = sql::scalar(holder, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        const QString before = t.fingerprint();

        // Held longer than the run's lock timeout: it blocks the run.
        PreflightOptions options;
        options.longTransactionSeconds = 0;
        options.lockTimeoutMs = 300;
        QVERIFY(waitTransactionOlderThan(t, pid, 400));
        const PreflightReport r = preflight(t, t.db(), false, options);
        QVERIFY(!r.ok());
        const PreflightFinding *f = finding(r, QStringLiteral("lock-holders"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY2(f->message.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(f->message));
        QVERIFY(f->message.contains(QLatin1String("'report-job'")));
        QCOMPARE(f->rows.size(), 1);
        QCOMPARE(f->rows.first().at(0), QString::number(pid));
        QCOMPARE(f->rows.first().at(6), QStringLiteral("items_item"));
        QCOMPARE(f->rows.first().at(7), QStringLiteral("ACCESS SHARE"));
        QCOMPARE(f->rows.first().at(8), QStringLiteral("ACCESS EXCLUSIVE"));
        // Its transaction counts as long with a threshold of 0 s (a warning).
        const PreflightFinding *lt = finding(r, QStringLiteral("long-transactions"));
        QVERIFY(lt);
        QCOMPARE(lt->severity, Severity::Warning);
        QVERIFY(std::any_of(lt->rows.cbegin(), lt->rows.cend(),
                            [&](const QStringList &row) { return row.value(0) == QString::number(pid); }));
        // A rehearsal only warns.
        options.dryRun = true;
        const PreflightReport dry = preflight(t, t.db(), false, options);
        QVERIFY2(dry.ok(), qPrintable(describe(dry)));
        QCOMPARE(finding(dry, QStringLiteral("lock-holders"))->severity, Severity::Warning);

        const CliResult migrate =
            runCli({QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("300")}, t.name());
        QCOMPARE(migrate.exitCode, 1);
        QVERIFY(migrate.out.contains(QStringLiteral("pid %1").arg(pid)));
        QVERIFY(migrate.err.contains(QLatin1String("lock-holders")));
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QCOMPARE(t.fingerprint(), before);
        // With the lock gone, the checks pass.
        QVERIFY(preflight(t, t.db()).ok());
    }

    // A lock held for less than the run's lock timeout is the application's ordinary short
    // transaction: the run absorbs it (an info finding), and a lock released while the checks
    // sample is no finding at all.
    void shortLockIsTolerated()
    {
        TestDatabase t(QStringLiteral("pfshort"));
        QVERIFY2(t.buildDemo(50) && t.exec(QStringLiteral("UPDATE locations_location SET description = '' "
                                                          "WHERE description IS NULL")),
                 qPrintable(t.lastError()));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        for (const char *s : {"SET application_name = 'web-app'", "BEGIN", "UPDATE items_item SET name = name WHERE id = 1"})
            QVERIFY(sql::exec(holder, QString::fromLatin1(s)).ok);
        PreflightOptions options;
        options.lockTimeoutMs = 60000;
        const PreflightReport r = preflight(t, t.db(), false, options);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const PreflightFinding *f = finding(r, QStringLiteral("lock-holders"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Info);
        QVERIFY2(f->message.startsWith(QLatin1String("1 application session held locks on the plan's tables only briefly")),
                 qPrintable(f->message));
        QVERIFY(f->message.contains(QLatin1String("60000 ms")));
        QVERIFY(sql::exec(holder, QStringLiteral("COMMIT")).ok);
        QVERIFY(!finding(preflight(t, t.db(), false, options), QStringLiteral("lock-holders")));
    }

    // An exclusive lock on a table the checks read: the holder is named and the checks do not
    // queue behind it.
    void exclusiveLockIsNamedInsteadOfWaiting()
    {
        TestDatabase t(QStringLiteral("pfexclusive"));
        QVERIFY2(t.buildDemo(50), qPrintable(t.lastError()));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("SET application_name = 'batch-job'")).ok);
        const qint64 pid = sql::scalar(holder, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        const QString user = sql::scalar(holder, QStringLiteral("SELECT current_user")).toString();
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE items_item IN ACCESS EXCLUSIVE MODE")).ok);
        QVERIFY(waitTransactionOlderThan(t, pid, 400));

        PreflightOptions options;
        options.lockTimeoutMs = 300;
        QElapsedTimer timer;
        timer.start();
        const PreflightReport r = preflight(t, t.db(), false, options);
        // Bounded by the read lock timeout (2 s), far from "as long as the lock is held".
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!r.ok());
        QCOMPARE(r.checksRun, Preflight::checkIds());
        const PreflightFinding *f = finding(r, QStringLiteral("lock-holders"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY2(f->message.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(f->message));
        QCOMPARE(f->rows.first().at(0), QString::number(pid));
        QCOMPARE(f->rows.first().at(6), QStringLiteral("items_item"));
        QCOMPARE(f->rows.first().at(7), QStringLiteral("ACCESS EXCLUSIVE"));
        // The check that reads items_item says why it could not, naming the holder and its query.
        const PreflightFinding *read = finding(r, QStringLiteral("value-too-long"));
        QVERIFY2(read, qPrintable(describe(r)));
        QCOMPARE(read->severity, Severity::Error);
        QVERIFY2(read->message.contains(QStringLiteral("pid %1 (user %2").arg(pid).arg(user)),
                 qPrintable(read->message));
        QVERIFY2(read->message.contains(QStringLiteral("LOCK TABLE items_item")), qPrintable(read->message));
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QVERIFY2(preflight(t, t.db()).ok(), qPrintable(describe(preflight(t, t.db()))));
    }

    // A reader of users_user does not block the forward run (SHARE ROW EXCLUSIVE and ACCESS SHARE
    // go together), but it blocks the rollback, whose DROP CONSTRAINT locks users_user exclusively.
    void readerOfUsersBlocksOnlyTheRollback()
    {
        TestDatabase t(QStringLiteral("pfusers"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        QVERIFY(t.exec(
            QStringLiteral("UPDATE locations_location SET description = 'x' WHERE description IS NULL")));
        QSqlDatabase reader = t.openExtra(QStringLiteral("reader"));
        QVERIFY(sql::exec(reader, QStringLiteral("SET application_name = 'web-app'")).ok);
        QVERIFY(sql::exec(reader, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::scalar(reader, QStringLiteral("SELECT count(*) FROM users_user")).toLongLong() > 0);
        const PreflightReport forward = preflight(t, t.db());
        QVERIFY2(forward.ok(), qPrintable(describe(forward)));
        QVERIFY(!finding(forward, QStringLiteral("lock-holders")));
        QVERIFY(sql::exec(reader, QStringLiteral("ROLLBACK")).ok);

        QVERIFY(t.migrate().ok());
        QVERIFY(sql::exec(reader, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::scalar(reader, QStringLiteral("SELECT count(*) FROM users_user")).toLongLong() > 0);
        const QString before = t.fingerprint();
        const qint64 readerPid = sql::scalar(reader, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(waitTransactionOlderThan(t, readerPid, 400));
        PreflightOptions options;
        options.lockTimeoutMs = 300;
        const PreflightReport back = preflight(t, t.db(), true, options);
        const PreflightFinding *f = finding(back, QStringLiteral("lock-holders"));
        QVERIFY2(f, qPrintable(describe(back)));
        QCOMPARE(f->rows.size(), 1);
        QCOMPARE(f->rows.first().at(2), QStringLiteral("web-app"));
        QCOMPARE(f->rows.first().at(6), QStringLiteral("users_user"));
        QCOMPARE(f->rows.first().at(8), QStringLiteral("ACCESS EXCLUSIVE"));
        const CliResult cli = runCli({QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--lock-timeout"),
                                      QStringLiteral("300")},
                                     t.name());
        QCOMPARE(cli.exitCode, 1);
        QVERIFY(cli.err.contains(QLatin1String("rollback was refused")));
        QVERIFY(sql::exec(reader, QStringLiteral("ROLLBACK")).ok);
        QCOMPARE(t.fingerprint(), before);
    }

    void roleWithoutPrivileges()
    {
        TestDatabase t(QStringLiteral("pfrole"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        const QString role = QStringLiteral("limited_") + t.name().mid(3);
        QVERIFY(t.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(sql::quoteIdent(role))));
        QVERIFY(t.exec(QStringLiteral("GRANT SELECT ON django_migrations TO %1").arg(sql::quoteIdent(role))));
        const QString before = t.fingerprint();
        ConnectionSettings settings = t.settings();
        settings.user = role;
        const QString name = Database::uniqueName(QStringLiteral("limited"));
        {
            ConnectError error;
            auto limited = Database::open(settings, name, &error);
            QVERIFY2(limited, qPrintable(error.message));
            const PreflightReport r = preflight(t, *limited);
            QVERIFY(!r.ok());
            const PreflightFinding *f = finding(r, QStringLiteral("privileges"));
            QVERIFY2(f, qPrintable(describe(r)));
            QCOMPARE(f->severity, Severity::Error);
            QVERIFY(f->message.contains(role));
            for (const QString &table : {QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                         QStringLiteral("locations_location")})
                QVERIFY2(f->message.contains(QStringLiteral("ownership on %1").arg(table)),
                         qPrintable(f->message));
            QVERIFY(f->message.contains(QLatin1String("INSERT on django_migrations")));
            QVERIFY(f->message.contains(QStringLiteral("CREATE on database %1").arg(t.name())));
            QVERIFY(f->message.contains(QStringLiteral("GRANT postgres TO %1").arg(role)));
        }
        Database::close(name);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGUSER"), role);
        const CliResult cli = runCli({QStringLiteral("migrate")}, t.name(), {}, env);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QLatin1String("privileges")), qPrintable(cli.out + cli.err));
        QCOMPARE(t.fingerprint(), before);
        QVERIFY(t.exec(QStringLiteral("DROP OWNED BY %1").arg(sql::quoteIdent(role))));
        QVERIFY(t.exec(QStringLiteral("DROP ROLE %1").arg(sql::quoteIdent(role))));
    }

    void driftColumnsWithoutRecord()
    {
        TestDatabase t(QStringLiteral("pfdrift1"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE characters_character ADD COLUMN created_at timestamptz")));
        const QString before = t.fingerprint();
        const PreflightReport r = preflight(t, t.db());
        const PreflightFinding *f = finding(r, QStringLiteral("drift"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Error);
        QVERIFY(f->message.contains(QLatin1String(
            "characters.0003_character_created_by_character_modified_by_and_more (not recorded")));
        QCOMPARE(f->rows.size(), 1);
        QCOMPARE(f->rows.first().at(2), QStringLiteral("created_at"));
        QCOMPARE(f->rows.first().at(3), QStringLiteral("not recorded, column present"));
        const CliResult migrate =
            runCli({QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("300")}, t.name());
        QCOMPARE(migrate.exitCode, 1);
        QVERIFY(migrate.err.contains(QLatin1String("drift")));
        QCOMPARE(t.fingerprint(), before);
    }

    void driftRecordWithoutColumns()
    {
        TestDatabase t(QStringLiteral("pfdrift2"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES ('items', "
                                      "'0003_item_modified_by_alter_item_created_at_and_more', now())")));
        const QString before = t.fingerprint();
        const PreflightReport r = preflight(t, t.db());
        const PreflightFinding *f = finding(r, QStringLiteral("drift"));
        QVERIFY2(f, qPrintable(describe(r)));
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(f->totalRows, qint64(4)); // created_at, created_by_id, modified_by_id, updated_at
        for (const QStringList &row : f->rows)
            QCOMPARE(row.at(3), QStringLiteral("recorded as applied, column missing"));
        const CliResult migrate =
            runCli({QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("300")}, t.name());
        QCOMPARE(migrate.exitCode, 1);
        QCOMPARE(t.fingerprint(), before);
    }

    void historyOutOfOrder()
    {
        TestDatabase t(QStringLiteral("pforder"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        // 0004 recorded without the 0003 it depends on.
        QVERIFY(
            t.exec(QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES ('locations', "
                                  "'0004_populate_audit_fields', now())")));
        const QString before = t.fingerprint();
        const CliResult cli = runCli({QStringLiteral("preflight"), QStringLiteral("--json")}, t.name());
        QCOMPARE(cli.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(cli.out.toUtf8()).object();
        bool found = false;
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("check")).toString() == QLatin1String("history-order")) {
                found = true;
                QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
            }
        }
        QVERIFY2(found, qPrintable(cli.out + cli.err));
        QCOMPARE(t.fingerprint(), before);
    }

    void skipPreflightLetsTheRunGo()
    {
        TestDatabase t(QStringLiteral("pfskip"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = NULL WHERE id % 2 = 0")));
        // Only a warning: the migration goes ahead and the preflight output shows it.
        const CliResult run = runCli(
            {QStringLiteral("migrate"), QStringLiteral("locations"), QStringLiteral("0003")}, t.name());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("WARNING [null-conversion]")));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'locations' AND name LIKE '0003%'")),
                 qint64(1));
        // An error refuses; --skip-preflight runs anyway (and the failure the check predicted happens).
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('n', 101) WHERE id = (SELECT min(id) FROM items_item)")));
        QCOMPARE(runCli({QStringLiteral("migrate"), QStringLiteral("items")}, t.name()).exitCode, 1);
        const CliResult skipped =
            runCli({QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("--skip-preflight")},
                   t.name());
        QCOMPARE(skipped.exitCode, 4);
        QVERIFY(skipped.err.contains(QLatin1String("--skip-preflight")));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'items' AND name LIKE '0003%'")),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "test_preflight.moc"
