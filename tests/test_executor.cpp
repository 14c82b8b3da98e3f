// The executor on real databases: a failing schema step leaves schema and django_migrations as
// they were; the advisory lock keeps a second migrator out; lock_timeout with bounded retries
// names the blocker and changes nothing; cancel stops a data step at a batch boundary; a dry
// run changes nothing but reports real counts; checksum drift and corrupt definitions.
#include "planner.h"
#include "sqlutil.h"
#include "state.h"
#include "testdb.h"
#include "toolschema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace gma;
using namespace gma::test;

namespace {

Plan planFor(TestDatabase &t, const QString &app = QString(), const QString &target = QString())
{
    const auto state = MigrationState::read(t.db(), nullptr);
    if (!state)
        return {};
    PlanError error;
    const auto plan = Planner::migrate(catalogue(), *state, app, target, &error);
    if (!plan)
        qWarning("no plan: %s", qPrintable(error.message));
    return plan.value_or(Plan{});
}

QList<QVariantList> migrationRows(TestDatabase &t)
{
    return sql::rows(t.db(),
                     QStringLiteral("SELECT id, app, name, applied FROM django_migrations ORDER BY id"));
}

// A fingerprint of every row of the five GMA tables (all columns), to tell "data unchanged".
QString dataFingerprint(TestDatabase &t)
{
    QStringList parts;
    for (const QString &table : {QStringLiteral("users_user"), QStringLiteral("campaigns_campaign"),
                                 QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                 QStringLiteral("locations_location")}) {
        parts
            << t.scalar(
                    QStringLiteral(
                        "SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x.id)), '') "
                        "FROM %1 AS x")
                        .arg(sql::quoteIdent(table)))
                   .toString();
    }
    return parts.join(QLatin1Char('|'));
}

int backendPid(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt();
}

// The newest history entry of `key` (outcome, direction), or empty.
QString lastOutcome(TestDatabase &t, const MigrationKey &key)
{
    return t
        .scalar(QStringLiteral(
                    "SELECT outcome || ' ' || direction FROM gma_migrator.history WHERE app = ? AND name = ? "
                    "ORDER BY id DESC LIMIT 1"),
                {key.app, key.name})
        .toString();
}

MigrationKey key(const QString &app, const QString &prefix)
{
    return *catalogue().resolvePrefix(app, prefix, nullptr);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, {QStringLiteral("*.migration")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + path.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

bool appendTo(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::Append))
        return false;
    return f.write(text) == text.size();
}

} // namespace

class TestExecutor : public QObject
{
    Q_OBJECT
private slots:
    void failingSchemaStepLeavesEverythingAsBefore()
    {
        TestDatabase t(QStringLiteral("exec_fail"));
        QVERIFY2(t.buildDemo(60), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters")).ok());
        // A name of 150 characters: items 0003 narrows name to varchar(100) and must fail.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('n', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        const QString dump = t.schemaDump();
        const auto rows = migrationRows(t);
        const QString data = dataFingerprint(t);

        const Plan plan = planFor(t, QStringLiteral("items"));
        QCOMPARE(plan.steps.size(), 2);
        Executor executor(t.db(), catalogue());
        QSignalSpy finished(&executor, &Executor::stepFinished);
        const RunResult r = executor.run(plan, RunOptions{});
        QCOMPARE(r.status, RunResult::Status::Failed);
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(r.error.contains(key(QStringLiteral("items"), QStringLiteral("0003")).label()),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("value too long")), qPrintable(r.error));
        QVERIFY(!r.error.contains(QStringLiteral("QPSQL")));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(migrationRows(t), rows);
        QCOMPARE(dataFingerprint(t), data);
        QCOMPARE(lastOutcome(t, key(QStringLiteral("items"), QStringLiteral("0003"))),
                 QStringLiteral("failed forward"));
        // The advisory lock was released: another run can take it.
        TestDatabase &same = t;
        QSqlDatabase other = same.openExtra(QStringLiteral("probe"));
        QVERIFY(sql::scalar(other, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {kAdvisoryLockKey})
                    .toBool());
        sql::exec(other, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey});

        // With the long name fixed, the same plan goes through.
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET name = left(name, 100)")));
        const RunResult again = executor.run(planFor(t, QStringLiteral("items")), RunOptions{});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(lastOutcome(t, key(QStringLiteral("items"), QStringLiteral("0004"))),
                 QStringLiteral("success forward"));
    }

    void advisoryLockKeepsSecondMigratorOut()
    {
        TestDatabase t(QStringLiteral("exec_advisory"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("SET application_name = 'other-migrator'")).ok);
        QVERIFY(
            sql::scalar(holder, QStringLiteral("SELECT pg_advisory_lock(?) IS NOT NULL"), {kAdvisoryLockKey})
                .toBool());
        const int pid = backendPid(holder);
        const QString user = sql::scalar(holder, QStringLiteral("SELECT current_user")).toString();
        const auto rows = migrationRows(t);
        const QString dump = t.schemaDump();

        Executor executor(t.db(), catalogue());
        QSignalSpy started(&executor, &Executor::stepStarted);
        const RunResult r = executor.run(planFor(t), RunOptions{});
        QCOMPARE(r.status, RunResult::Status::Refused);
        QCOMPARE(started.size(), 0);
        QVERIFY2(r.error.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("user %1").arg(user)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("other-migrator")), qPrintable(r.error));
        QCOMPARE(migrationRows(t), rows);
        QCOMPARE(t.schemaDump(), dump);

        // The CLI refuses the same way (exit 1, one line).
        const CliResult cli = runCli(
            {QStringLiteral("migrate"), QStringLiteral("--no-backup"), QStringLiteral("--skip-preflight")},
            t.name());
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(cli.err));

        QVERIFY(
            sql::scalar(holder, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey}).toBool());
        const RunResult after = executor.run(planFor(t), RunOptions{});
        QVERIFY2(after.ok(), qPrintable(after.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), qint64(14));
    }

    void cancelBeforeRunChangesNothing()
    {
        TestDatabase t(QStringLiteral("exec_precancel"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        const auto rows = migrationRows(t);
        const QString dump = t.schemaDump();
        const QString before = t.fingerprint();
        const Plan plan = planFor(t);
        QCOMPARE(plan.steps.size(), 6);

        Executor executor(t.db(), catalogue());
        QSignalSpy started(&executor, &Executor::stepStarted);
        QSignalSpy sent(&executor, &Executor::statementSent);
        executor.cancel();
        const RunResult r = executor.run(plan, RunOptions{});
        QCOMPARE(r.status, RunResult::Status::Cancelled);
        QVERIFY2(r.error.contains(QStringLiteral("nothing was changed")), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 0);
        QCOMPARE(started.size(), 0);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(migrationRows(t), rows);
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(t.fingerprint(), before);
        // The cancel stays in force until the caller clears it.
        QVERIFY(executor.isCancelled());
        QCOMPARE(executor.run(plan, RunOptions{}).status, RunResult::Status::Cancelled);
        QCOMPARE(migrationRows(t), rows);
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        QCOMPARE(advisoryHolders(probe), qint64(0));
        executor.clearCancel();
        const RunResult ok = executor.run(plan, RunOptions{});
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.warning, QString());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), qint64(14));
    }

    void advisoryLockIsFreeAfterEveryRun()
    {
        TestDatabase t(QStringLiteral("exec_lockfree"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        Executor executor(t.db(), catalogue());
        // Held while the run goes on, seen from another connection.
        qint64 heldDuringRun = -1;
        const auto connection = connect(&executor, &Executor::stepStarted, this, [&] {
            if (heldDuringRun < 0)
                heldDuringRun = advisoryHolders(probe);
        });
        const RunResult first = executor.run(planFor(t, QStringLiteral("characters")), RunOptions{});
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(heldDuringRun, qint64(1));
        QCOMPARE(advisoryHolders(probe), qint64(0));
        disconnect(connection);

        // A failed run.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('n', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        const RunResult failed = executor.run(planFor(t, QStringLiteral("items")), RunOptions{});
        QCOMPARE(failed.status, RunResult::Status::Failed);
        QCOMPARE(failed.warning, QString());
        QCOMPARE(advisoryHolders(probe), qint64(0));

        // A refused run: the other session's lock is the only one, and it is free once let go.
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::scalar(holder, QStringLiteral("SELECT pg_advisory_lock(?) IS NOT NULL"), {kAdvisoryLockKey})
                    .toBool());
        const RunResult refused = executor.run(planFor(t, QStringLiteral("locations")), RunOptions{});
        QCOMPARE(refused.status, RunResult::Status::Refused);
        QCOMPARE(advisoryHolders(probe), qint64(1));
        QVERIFY(sql::scalar(holder, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey}).toBool());
        QCOMPARE(advisoryHolders(probe), qint64(0));

        // A release that finds the lock gone is reported, not passed over: the lock is let go on
        // the run's own connection while the run goes on.
        QSignalSpy messages(&executor, &Executor::message);
        connect(&executor, &Executor::stepFinished, this, [&] {
            sql::exec(t.db(), QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey});
        });
        const RunResult lost = executor.run(planFor(t, QStringLiteral("locations")), RunOptions{});
        QVERIFY2(lost.ok(), qPrintable(lost.error));
        QVERIFY2(lost.warning.contains(QStringLiteral("advisory lock")), qPrintable(lost.warning));
        bool reported = false;
        for (const QList<QVariant> &m : std::as_const(messages))
            reported = reported || m.at(0).toString() == lost.warning;
        QVERIFY(reported);
        QCOMPARE(advisoryHolders(probe), qint64(0));
    }

    void lockTimeoutRetriesThenGivesUp()
    {
        TestDatabase t(QStringLiteral("exec_locktimeout"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("SET application_name = 'gma-webapp'")).ok);
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(
            sql::exec(blocker, QStringLiteral("LOCK TABLE characters_character IN ACCESS SHARE MODE")).ok);
        const int pid = backendPid(blocker);
        const auto rows = migrationRows(t);
        const QString dump = t.schemaDump();

        RunOptions options;
        options.lockTimeoutMs = 100;
        options.retryDelayMs = 20;
        options.lockRetries = 3;
        Executor executor(t.db(), catalogue());
        QSignalSpy waiting(&executor, &Executor::waitingForLock);
        const RunResult r =
            executor.run(planFor(t, QStringLiteral("characters"), QStringLiteral("0003")), options);
        QCOMPARE(r.status, RunResult::Status::Failed);
        QCOMPARE(r.steps.size(), 1);
        QCOMPARE(r.steps.first().attempts, options.lockRetries + 1);
        QCOMPARE(waiting.size(), options.lockRetries);
        for (int i = 0; i < waiting.size(); ++i) {
            QCOMPARE(waiting.at(i).at(1).toInt(), i);
            QVERIFY2(waiting.at(i).at(2).toString().contains(QStringLiteral("pid %1").arg(pid)),
                     qPrintable(waiting.at(i).at(2).toString()));
        }
        QVERIFY2(r.error.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("gma-webapp")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("characters_character")), qPrintable(r.error));
        QCOMPARE(lastOutcome(t, key(QStringLiteral("characters"), QStringLiteral("0003"))),
                 QStringLiteral("failed forward"));
        sql::exec(blocker, QStringLiteral("ROLLBACK"));
        QCOMPARE(migrationRows(t), rows);
        QCOMPARE(t.schemaDump(), dump);
    }

    // A rollback past the schema step sets nothing back row by row: the reverse of 0003 drops the
    // columns the data step filled, and unrecords both in its one transaction. Stopped in between
    // (a lock on items_item), what committed is Django's state 0002 for characters and 0004 for
    // items, with items' values and records intact; the rerun finishes, lossless.
    void rollbackPastTheSchemaStepDropsTheFilledColumns()
    {
        TestDatabase t(QStringLiteral("exec_dropback"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        const QString dump2 = t.schemaDump();
        const QString data2 = dataFingerprint(t);
        QVERIFY(t.migrate().ok());
        const qint64 itemRecords =
            t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log WHERE table_name = 'items_item'"));
        QVERIFY(itemRecords > 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NOT NULL")), qint64(300));
        const QString items4 = t.scalar(QStringLiteral("SELECT md5(string_agg(x::text, ',' ORDER BY id)) FROM items_item x"))
                                   .toString();

        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(blocker, QStringLiteral("LOCK TABLE items_item IN ACCESS SHARE MODE")).ok);
        RunOptions options;
        options.lockTimeoutMs = 100;
        options.retryDelayMs = 20;
        options.lockRetries = 0;
        options.vacuumAnalyze = false;
        PlanError error;
        const auto back = Planner::rollback(catalogue(), *MigrationState::read(t.db(), nullptr), &error);
        QVERIFY(back);
        Executor executor(t.db(), catalogue());
        QSignalSpy sent(&executor, &Executor::statementSent);
        RunResult r = executor.run(*back, options);
        QCOMPARE(r.status, RunResult::Status::Failed);
        for (const QVariantList &s : std::as_const(sent))
            QVERIFY2(!s.at(1).toString().contains(QLatin1String("populate_log")) ||
                         s.at(1).toString().startsWith(QLatin1String("DELETE")),
                     qPrintable(s.at(1).toString()));
        int dataSteps = 0;
        for (const StepResult &s : std::as_const(r.steps)) {
            if (!catalogue().find(s.step.key)->isData())
                continue;
            ++dataSteps;
            QVERIFY(s.ok);
            QVERIFY(s.droppedLater);
            QCOMPARE(s.rows, qint64(0));
        }
        QCOMPARE(dataSteps, 3);
        const auto recorded = [&](const QString &app, const QString &prefix) {
            return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = ? AND name LIKE ?"),
                           {app, prefix + QLatin1Char('%')});
        };
        QCOMPARE(recorded(QStringLiteral("characters"), QStringLiteral("0004")), qint64(0));
        QCOMPARE(recorded(QStringLiteral("characters"), QStringLiteral("0003")), qint64(0));
        QCOMPARE(recorded(QStringLiteral("items"), QStringLiteral("0004")), qint64(1));
        QCOMPARE(recorded(QStringLiteral("locations"), QStringLiteral("0004")), qint64(1));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM gma_migrator.populate_log WHERE table_name = 'characters_character'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log WHERE table_name = 'items_item'")),
                 itemRecords);
        QCOMPARE(lastOutcome(t, key(QStringLiteral("characters"), QStringLiteral("0004"))),
                 QStringLiteral("success backward"));
        QVERIFY(lastOutcome(t, key(QStringLiteral("items"), QStringLiteral("0004"))) != QStringLiteral("success backward"));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("characters_character"), QStringLiteral("created_by_id")));
        sql::exec(blocker, QStringLiteral("ROLLBACK"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT md5(string_agg(x::text, ',' ORDER BY id)) FROM items_item x")).toString(),
                 items4);

        const auto rest = Planner::rollback(catalogue(), *MigrationState::read(t.db(), nullptr), &error);
        QVERIFY(rest);
        r = executor.run(*rest, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(t.schemaDump(), dump2);
        QCOMPARE(dataFingerprint(t), data2);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log")), qint64(0));
        QCOMPARE(lastOutcome(t, key(QStringLiteral("items"), QStringLiteral("0004"))), QStringLiteral("success backward"));

        // Back to 0003 only, the data step still sets back exactly what it filled, batch by batch.
        QVERIFY(t.migrate().ok());
        const auto toThree = Planner::migrate(catalogue(), *MigrationState::read(t.db(), nullptr),
                                              QStringLiteral("items"), QStringLiteral("0003"), &error);
        QVERIFY(toThree);
        r = executor.run(*toThree, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 1);
        QVERIFY(!r.steps.first().droppedLater);
        QCOMPARE(r.steps.first().rows, qint64(300));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NOT NULL")), qint64(0));
    }

    void blockerOnReferencedTableIsNamed()
    {
        // An application transaction that changed a user and stays open blocks adding (and
        // dropping) the foreign keys to users_user: the message must name that session.
        TestDatabase t(QStringLiteral("exec_fkblock"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase webapp = t.openExtra(QStringLiteral("webapp"));
        QVERIFY(sql::exec(webapp, QStringLiteral("SET application_name = 'gma-webapp'")).ok);
        const int pid = backendPid(webapp);
        RunOptions options;
        options.lockTimeoutMs = 100;
        options.retryDelayMs = 20;
        options.lockRetries = 1;
        Executor executor(t.db(), catalogue());
        for (const QString &target : {QStringLiteral("0003"), QStringLiteral("0002")}) {
            QVERIFY(sql::exec(webapp, QStringLiteral("BEGIN")).ok);
            QVERIFY(sql::exec(webapp, QStringLiteral("UPDATE users_user SET last_login = now() WHERE id = (SELECT min(id) "
                                                     "FROM users_user)"))
                        .ok);
            const QString dump = t.schemaDump();
            const auto rows = migrationRows(t);
            QSignalSpy waiting(&executor, &Executor::waitingForLock);
            const RunResult r = executor.run(planFor(t, QStringLiteral("characters"), target), options);
            QCOMPARE(r.status, RunResult::Status::Failed);
            QCOMPARE(waiting.size(), 1);
            QVERIFY2(waiting.first().at(2).toString().contains(QStringLiteral("pid %1").arg(pid)),
                     qPrintable(waiting.first().at(2).toString()));
            QVERIFY2(r.error.contains(QStringLiteral("pid %1").arg(pid)), qPrintable(r.error));
            QVERIFY2(r.error.contains(QStringLiteral("gma-webapp")), qPrintable(r.error));
            QCOMPARE(t.schemaDump(), dump);
            QCOMPARE(migrationRows(t), rows);
            // Once the application commits, the step goes through.
            QVERIFY(sql::exec(webapp, QStringLiteral("COMMIT")).ok);
            const RunResult ok = executor.run(planFor(t, QStringLiteral("characters"), target), options);
            QVERIFY2(ok.ok(), qPrintable(ok.error));
        }
        // Readers of users_user do not block the foreign key and are not named.
        QVERIFY(sql::exec(webapp, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::scalar(webapp, QStringLiteral("SELECT count(*) FROM users_user")).toLongLong() > 0);
        const RunResult r = executor.run(planFor(t, QStringLiteral("characters"), QStringLiteral("0003")), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(executor.blockingSessions({QStringLiteral("characters_character")}).size(), 0);
        QVERIFY(sql::exec(webapp, QStringLiteral("COMMIT")).ok);
    }

    void lockReleasedInTimeLetsTheStepThrough()
    {
        TestDatabase t(QStringLiteral("exec_lockrelease"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(
            sql::exec(blocker, QStringLiteral("LOCK TABLE characters_character IN ACCESS SHARE MODE")).ok);

        RunOptions options;
        options.lockTimeoutMs = 100;
        options.retryDelayMs = 20;
        options.lockRetries = 3;
        Executor executor(t.db(), catalogue());
        QSignalSpy waiting(&executor, &Executor::waitingForLock);
        // The other session finishes its transaction while the executor waits after the first attempt.
        connect(&executor, &Executor::waitingForLock, this, [&](int, int attempt, const QString &) {
            if (attempt == 0)
                sql::exec(blocker, QStringLiteral("COMMIT"));
        });
        const RunResult r =
            executor.run(planFor(t, QStringLiteral("characters"), QStringLiteral("0003")), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(r.steps.first().attempts, 2);
        QVERIFY(sql::columnExists(t.db(), QStringLiteral("characters_character"),
                                  QStringLiteral("created_by_id")));
        QCOMPARE(
            t.count(QStringLiteral(
                "SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name LIKE '0003%'")),
            qint64(1));
        QCOMPARE(lastOutcome(t, key(QStringLiteral("characters"), QStringLiteral("0003"))),
                 QStringLiteral("success forward"));
    }

    void cancelWhileWaitingForALockRollsBack()
    {
        TestDatabase t(QStringLiteral("exec_cancellock"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(blocker, QStringLiteral("LOCK TABLE items_item IN ACCESS SHARE MODE")).ok);
        const QString dump = t.schemaDump();
        const auto rows = migrationRows(t);

        RunOptions options;
        // No lock timeout at all: only the server-side cancel can end the wait (were it lost, the
        // test would hang until the ctest timeout fails it).
        options.lockTimeoutMs = 0;
        options.lockRetries = 0;
        Executor executor(t.db(), catalogue());
        // cancel() is the one call safe from any thread: a watcher thread asks once the
        // schema step has started (it blocks on the lock from then on).
        std::atomic_bool started{false};
        connect(
            &executor, &Executor::stepStarted, this, [&] { started.store(true); }, Qt::DirectConnection);
        std::thread watcher([&] {
            while (!started.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            executor.cancel();
        });
        const RunResult r = executor.run(planFor(t, QStringLiteral("items")), options);
        watcher.join();
        QCOMPARE(r.status, RunResult::Status::Cancelled);
        QCOMPARE(r.steps.size(), 1);
        QVERIFY(r.steps.first().cancelled);
        QCOMPARE(r.steps.first().attempts, 1);
        QVERIFY2(r.error.contains(QStringLiteral("rolled back")), qPrintable(r.error));
        sql::exec(blocker, QStringLiteral("ROLLBACK"));
        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(migrationRows(t), rows);
        QCOMPARE(lastOutcome(t, key(QStringLiteral("items"), QStringLiteral("0003"))),
                 QStringLiteral("cancelled forward"));
        // The connection is usable and the advisory lock is free: the next run goes through once
        // the caller has cleared the cancel.
        executor.clearCancel();
        const RunResult again = executor.run(planFor(t, QStringLiteral("items")), RunOptions{});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")),
                 qint64(4));
    }

    void cancelStopsDataStepAtBatchBoundary()
    {
        TestDatabase t(QStringLiteral("exec_cancel"));
        QVERIFY2(t.buildDemo(400), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        const qint64 total = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        QVERIFY(total >= 400);
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL")),
            total);

        RunOptions options;
        options.batchSize = 50;
        const MigrationKey c4 = key(QStringLiteral("characters"), QStringLiteral("0004"));
        {
            Executor executor(t.db(), catalogue());
            QSignalSpy progress(&executor, &Executor::stepProgress);
            connect(&executor, &Executor::stepProgress, this, [&](int, qint64 done, qint64) {
                if (done > 0)
                    executor.cancel();
            });
            const RunResult r = executor.run(planFor(t, QStringLiteral("characters")), options);
            QCOMPARE(r.status, RunResult::Status::Cancelled);
            QVERIFY(r.steps.first().cancelled);
            QCOMPARE(r.steps.first().batches, 1);
            QCOMPARE(progress.size(), 1);
            QVERIFY2(r.error.contains(QStringLiteral("batch boundary")), qPrintable(r.error));
        }
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name = ?"),
                         {c4.name}),
                 qint64(0));
        const qint64 filled = t.count(
            QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NOT NULL "
                           "AND modified_by_id IS NOT NULL"));
        QVERIFY2(filled > 0 && filled <= options.batchSize, qPrintable(QString::number(filled)));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM characters_character WHERE (created_by_id IS NULL) <> "
                     "(modified_by_id IS NULL)")),
                 qint64(0));
        QCOMPARE(lastOutcome(t, c4), QStringLiteral("cancelled forward"));
        // The advisory lock is free again.
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        QVERIFY(sql::scalar(probe, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {kAdvisoryLockKey})
                    .toBool());
        sql::exec(probe, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey});

        // A rerun finishes: every audit field set, to the owner, and 0004 recorded once.
        Executor executor(t.db(), catalogue());
        const RunResult r = executor.run(planFor(t, QStringLiteral("characters")), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.first().rows, total - filled);
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL OR "
                                   "modified_by_id IS NULL OR created_at IS NULL OR updated_at IS NULL")),
            qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM characters_character WHERE created_by_id <> player_owner_id "
                     "OR modified_by_id <> player_owner_id")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name = ?"),
                         {c4.name}),
                 qint64(1));
        QCOMPARE(lastOutcome(t, c4), QStringLiteral("success forward"));
    }

    // The data step's batches commit without waiting for the WAL flush and record with lz4; the
    // session's own settings are back before the step is recorded, also under generic plans (the
    // batch statement's plan once a prepared statement has run five times), and the rows and
    // records are the same as with the defaults.
    void dataStepSessionSettingsAndGenericPlans()
    {
        TestDatabase t(QStringLiteral("exec_session"));
        QVERIFY2(t.buildDemo(600), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        QVERIFY(sql::exec(t.db(), QStringLiteral("SET synchronous_commit = local")).ok);
        QVERIFY(sql::exec(t.db(), QStringLiteral("SET default_toast_compression = pglz")).ok);
        QVERIFY(sql::exec(t.db(), QStringLiteral("SET plan_cache_mode = force_generic_plan")).ok);
        const bool lz4 = t.scalar(QStringLiteral("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = "
                                                 "'default_toast_compression'"))
                             .toBool();
        const qint64 total = t.count(QStringLiteral("SELECT count(*) FROM items_item"));
        RunOptions options;
        options.batchSize = 300;
        QStringList during;
        Executor executor(t.db(), catalogue());
        connect(&executor, &Executor::stepProgress, this, [&](int, qint64, qint64) {
            during << sql::scalar(t.db(), QStringLiteral("SELECT current_setting('synchronous_commit')")).toString();
        });
        const RunResult r = executor.run(planFor(t, QStringLiteral("items")), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.first().rows, total);
        QCOMPARE(r.steps.first().batches, int((total + options.batchSize - 1) / options.batchSize));
        QCOMPARE(during.size(), r.steps.first().batches);
        QCOMPARE(QSet<QString>(during.begin(), during.end()), QSet<QString>{QStringLiteral("off")});
        QCOMPARE(t.scalar(QStringLiteral("SELECT current_setting('synchronous_commit')")).toString(),
                 QStringLiteral("local"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT current_setting('default_toast_compression')")).toString(),
                 QStringLiteral("pglz"));
        // Every row filled with its campaign's owner, each recorded once per column.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item AS i JOIN campaigns_campaign AS c ON "
                                        "c.id = i.campaign_id WHERE i.created_by_id = c.owner_id AND "
                                        "i.modified_by_id = c.owner_id")),
                 total);
        for (const QString &column : {QStringLiteral("created_by_id"), QStringLiteral("modified_by_id")}) {
            QCOMPARE(t.count(QStringLiteral("SELECT count(DISTINCT x) FROM gma_migrator.populate_log, "
                                            "unnest(row_ids) AS x WHERE table_name = 'items_item' AND column_name = ?"),
                             {column}),
                     total);
        }
        // A batch's arrays are large enough to be compressed: with lz4 when the server has it.
        const QString compression = lz4 ? QStringLiteral("lz4") : QStringLiteral("pglz");
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log WHERE "
                                        "cardinality(row_ids) = ? AND coalesce(pg_column_compression(row_ids), "
                                        "pg_column_compression(vals)) IS DISTINCT FROM ?"),
                         {options.batchSize, compression}),
                 qint64(0));
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log WHERE "
                                       "coalesce(pg_column_compression(row_ids), pg_column_compression(vals)) = ?"),
                        {compression}) > 0);
        // And back under generic plans: every value set back, the records gone, the settings kept.
        const RunResult back = t.migrate(QStringLiteral("items"), QStringLiteral("0003"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NOT NULL OR "
                                        "modified_by_id IS NOT NULL")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log")), qint64(0));
        QCOMPARE(t.scalar(QStringLiteral("SELECT current_setting('synchronous_commit')")).toString(),
                 QStringLiteral("local"));
    }

    void dryRunChangesNothingButCountsRealRows()
    {
        TestDatabase t(QStringLiteral("exec_dry"));
        QVERIFY2(t.buildDemo(150), qPrintable(t.lastError()));
        const QString dump = t.schemaDump();
        const auto rows = migrationRows(t);
        const QString data = dataFingerprint(t);
        const bool toolSchemaBefore =
            t.scalar(QStringLiteral("SELECT to_regnamespace('gma_migrator') IS NOT NULL")).toBool();
        const qint64 characters = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        const qint64 items = t.count(QStringLiteral("SELECT count(*) FROM items_item"));
        const qint64 nullDescriptions =
            t.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL"));
        QVERIFY(nullDescriptions > 0);

        RunOptions options;
        options.dryRun = true;
        options.batchSize = 40;
        Executor executor(t.db(), catalogue());
        const Plan plan = planFor(t);
        QCOMPARE(plan.steps.size(), 6);
        const RunResult r = executor.run(plan, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 6);
        QHash<QString, const StepResult *> byLabel;
        for (const StepResult &s : r.steps)
            byLabel.insert(s.step.key.label(), &s);
        QCOMPARE(byLabel.value(key(QStringLiteral("characters"), QStringLiteral("0004")).label())->rows,
                 characters);
        QCOMPARE(byLabel.value(key(QStringLiteral("items"), QStringLiteral("0004")).label())->rows, items);
        QCOMPARE(byLabel.value(key(QStringLiteral("characters"), QStringLiteral("0004")).label())->batches,
                 int((characters + 39) / 40));
        // The locations schema step reports the NULL descriptions it turned into ''.
        const StepResult *l3 =
            byLabel.value(key(QStringLiteral("locations"), QStringLiteral("0003")).label());
        bool sawUpdate = false;
        for (const StatementResult &s : l3->statements) {
            if (s.sql.startsWith(QLatin1String("UPDATE \"locations_location\" SET \"description\" = ''"))) {
                sawUpdate = true;
                QCOMPARE(s.rows, nullDescriptions);
            }
        }
        QVERIFY(sawUpdate);

        QCOMPARE(t.schemaDump(), dump);
        QCOMPARE(migrationRows(t), rows);
        QCOMPARE(dataFingerprint(t), data);
        QCOMPARE(t.scalar(QStringLiteral("SELECT to_regnamespace('gma_migrator') IS NOT NULL")).toBool(),
                 toolSchemaBefore);
        // The session is usable and not inside a transaction afterwards.
        QCOMPARE(t.scalar(QStringLiteral("SELECT now() = statement_timestamp()")).toBool(), true);

        // The same on a database at 0004, rehearsing the rollback.
        QVERIFY(t.migrate().ok());
        const QString dump4 = t.schemaDump();
        const auto rows4 = migrationRows(t);
        const QString data4 = dataFingerprint(t);
        const qint64 history = t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history"));
        PlanError error;
        const auto back = Planner::rollback(catalogue(), *MigrationState::read(t.db(), nullptr), &error);
        QVERIFY(back);
        const RunResult rb = executor.run(*back, options);
        QVERIFY2(rb.ok(), qPrintable(rb.error));
        // The data steps' values go with the columns the schema steps' reverse drops.
        QVERIFY(rb.steps.first().droppedLater);
        QCOMPARE(rb.steps.first().rows, qint64(0));
        QCOMPARE(t.schemaDump(), dump4);
        QCOMPARE(migrationRows(t), rows4);
        QCOMPARE(dataFingerprint(t), data4);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history")), history);
    }

    void vacuumAnalyzesTheTablesTheDataStepsChanged()
    {
        TestDatabase t(QStringLiteral("exec_vacuum"));
        QVERIFY2(t.buildDemo(60), qPrintable(t.lastError()));
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        // Manual VACUUMs (autovacuum counts apart) and ANALYZEs of one table, as the statistics say.
        const auto counts = [&probe](const QString &table) {
            sql::exec(probe, QStringLiteral("SELECT pg_stat_clear_snapshot()"));
            QSqlQuery q(probe);
            q.prepare(QStringLiteral("SELECT vacuum_count, analyze_count FROM pg_stat_user_tables "
                                     "WHERE schemaname = 'public' AND relname = ?"));
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                return qMakePair(qint64(-1), qint64(-1));
            return qMakePair(q.value(0).toLongLong(), q.value(1).toLongLong());
        };
        QStringList dataTables;
        for (const PlanStep &step : planFor(t).steps) {
            const MigrationDefinition *def = catalogue().find(step.key);
            if (def->isData() && !dataTables.contains(def->populate.table))
                dataTables << def->populate.table;
        }
        QCOMPARE(dataTables.size(), 3);
        QHash<QString, QPair<qint64, qint64>> before;
        for (const QString &table : std::as_const(dataTables))
            before.insert(table, counts(table));

        // A rehearsal changes nothing, so it vacuums nothing.
        RunOptions dry;
        dry.dryRun = true;
        Executor executor(t.db(), catalogue());
        QSignalSpy finished(&executor, &Executor::vacuumFinished);
        RunResult r = executor.run(planFor(t), dry);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.vacuums.isEmpty());
        QCOMPARE(finished.size(), 0);

        // A real run: one VACUUM (ANALYZE) per table a data step filled, each reported.
        r = executor.run(planFor(t), RunOptions{});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.vacuums.size(), dataTables.size());
        QCOMPARE(finished.size(), dataTables.size());
        for (const VacuumResult &v : std::as_const(r.vacuums)) {
            QVERIFY2(v.ok, qPrintable(v.error));
            QVERIFY(dataTables.contains(v.table));
            const auto was = before.value(v.table);
            // The statistics arrive when the tool's backend reports them: wait on them, not on a clock.
            QTRY_VERIFY_WITH_TIMEOUT(counts(v.table).first == was.first + 1, 10000);
            QVERIFY(counts(v.table).second >= was.second + 1);
        }
        // The tool's session keeps no timeout of its own afterwards.
        QCOMPARE(t.scalar(QStringLiteral("SELECT current_setting('lock_timeout')")).toString(), QStringLiteral("0"));

        // Switched off: the rollback's data step changes every row (online: by default the values go
        // with the columns the schema steps' reverse drops), and nothing is vacuumed.
        for (const QString &table : std::as_const(dataTables))
            before.insert(table, counts(table));
        RunOptions off;
        off.vacuumAnalyze = false;
        off.online = true;
        PlanError error;
        const auto back = Planner::rollback(catalogue(), *MigrationState::read(t.db(), nullptr), &error);
        QVERIFY(back);
        r = executor.run(*back, off);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.steps.first().rows > 0);
        QVERIFY(r.vacuums.isEmpty());
        // The manual VACUUM counts stand as they were.
        for (const QString &table : std::as_const(dataTables))
            QCOMPARE(counts(table).first, before.value(table).first);
    }

    void vacuumThatCannotLockIsAWarningNotAFailure()
    {
        TestDatabase t(QStringLiteral("exec_vacuum_lock"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        const qint64 nulls =
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL"));
        QVERIFY(nulls > 0);
        // SHARE UPDATE EXCLUSIVE lets the batches' row locks through but not a VACUUM.
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE characters_character IN SHARE UPDATE EXCLUSIVE MODE")).ok);
        RunOptions options;
        options.lockTimeoutMs = 200;
        Executor executor(t.db(), catalogue());
        const RunResult r = executor.run(planFor(t, QStringLiteral("characters"), QStringLiteral("0004")), options);
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL")),
                 qint64(0));
        const VacuumResult *character = nullptr;
        for (const VacuumResult &v : r.vacuums)
            if (v.table == QLatin1String("characters_character"))
                character = &v;
        QVERIFY(character);
        QVERIFY(!character->ok);
        QVERIFY2(character->error.contains(QStringLiteral("conflicting lock longer than the lock timeout (200 ms)")),
                 qPrintable(character->error));
        QVERIFY2(character->error.contains(QStringLiteral("the migration is not affected")), qPrintable(character->error));
        QCOMPARE(lastOutcome(t, key(QStringLiteral("characters"), QStringLiteral("0004"))), QStringLiteral("success forward"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT current_setting('lock_timeout')")).toString(), QStringLiteral("0"));
    }

    void checksumDriftIsReported()
    {
        TestDatabase t(QStringLiteral("exec_drift"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyTree(QStringLiteral(GMA_SOURCE_DIR "/migrations"), dir.path()));
        const MigrationKey i3 = key(QStringLiteral("items"), QStringLiteral("0003"));
        const QString edited =
            dir.path() + QStringLiteral("/items/") + i3.name + QStringLiteral(".migration");
        // A reviewed-by comment: the bytes change, what the migration does does not.
        QVERIFY(appendTo(edited, "# reviewed again\n"));

        QString error;
        const auto changed = MigrationCatalogue::fromDirectory(dir.path(), &error);
        QVERIFY2(changed, qPrintable(error));
        QVERIFY(changed->find(i3)->checksum != catalogue().find(i3)->checksum);
        for (const MigrationDefinition &def : catalogue().migrations()) {
            if (def.key != i3)
                QCOMPARE(changed->find(def.key)->checksum, def.checksum);
        }
        QCOMPARE(ToolSchema::appliedChecksums(t.db()).value(i3), catalogue().find(i3)->checksum);

        // Unchanged definitions: no drift.
        CliResult show = runCli({QStringLiteral("showmigrations"), QStringLiteral("--json")}, t.name());
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())
                     .object()
                     .value(QStringLiteral("checksum_drift"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())
                     .object()
                     .value(QStringLiteral("apps"))
                     .toArray()
                     .size(),
                 5);

        show = runCli({QStringLiteral("--migrations-dir"), dir.path(), QStringLiteral("showmigrations"),
                       QStringLiteral("--json")},
                      t.name());
        QCOMPARE(show.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("checksum_drift")).toArray().toVariantList(),
                 QVariantList{i3.label()});
        int driftFlags = 0;
        for (const QJsonValue &app : doc.value(QStringLiteral("apps")).toArray()) {
            for (const QJsonValue &m : app.toObject().value(QStringLiteral("migrations")).toArray()) {
                if (m.toObject().value(QStringLiteral("checksum_drift")).toBool()) {
                    ++driftFlags;
                    QCOMPARE(m.toObject().value(QStringLiteral("name")).toString(), i3.name);
                }
            }
        }
        QCOMPARE(driftFlags, 1);
        QVERIFY2(show.err.contains(i3.label()), qPrintable(show.err));

        // migrate refuses to unapply the drifted migration, and changes nothing.
        const auto rows = migrationRows(t);
        CliResult back =
            runCli({QStringLiteral("--migrations-dir"), dir.path(), QStringLiteral("migrate"),
                    QStringLiteral("items"), QStringLiteral("0002"), QStringLiteral("--no-backup")},
                   t.name());
        QCOMPARE(back.exitCode, 1);
        QVERIFY2(back.err.startsWith(QStringLiteral("error: ") + i3.label()), qPrintable(back.err));
        QVERIFY(back.err.contains(QStringLiteral("--ignore-drift")));
        QCOMPARE(migrationRows(t), rows);
        back = runCli({QStringLiteral("--migrations-dir"), dir.path(), QStringLiteral("rollback"),
                       QStringLiteral("--yes"), QStringLiteral("--no-backup")},
                      t.name());
        QCOMPARE(back.exitCode, 1);
        QCOMPARE(migrationRows(t), rows);
        // Forward runs are not affected by drift of applied migrations; unapplying with the flag works.
        back = runCli({QStringLiteral("--migrations-dir"), dir.path(), QStringLiteral("migrate"),
                       QStringLiteral("items"), QStringLiteral("0002"), QStringLiteral("--no-backup"),
                       QStringLiteral("--ignore-drift")},
                      t.name());
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")),
                 qint64(2));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_at")));
    }

    void conflictingLeavesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyTree(QStringLiteral(GMA_SOURCE_DIR "/migrations"), dir.path()));
        // A second 0004 in characters beside 0004_populate_audit_fields, both on 0003.
        QFile f(dir.path() + QStringLiteral("/characters/0004_character_notes.migration"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("app: characters\nname: 0004_character_notes\n"
                "depends: characters 0003_character_created_by_character_modified_by_and_more\n"
                "type: schema\ntables: characters_character\n\n== forward\n-- Add field notes to character\n"
                "ALTER TABLE \"characters_character\" ADD COLUMN \"notes\" text NULL;\n== backward\n"
                "-- Add field notes to character\nALTER TABLE \"characters_character\" DROP COLUMN \"notes\";\n");
        f.close();
        const QString sentence = QStringLiteral("Conflicting migrations detected; multiple leaf nodes in the migration "
                                                "graph: (0004_character_notes, 0004_populate_audit_fields in "
                                                "characters).");
        QString error;
        QVERIFY(!MigrationCatalogue::fromDirectory(dir.path(), &error));
        QVERIFY2(error.startsWith(sentence), qPrintable(error));

        TestDatabase t(QStringLiteral("exec_conflict"));
        QVERIFY2(t.buildDemo(10), qPrintable(t.lastError()));
        const QString before = t.fingerprint();
        for (const QStringList &command : {QStringList{QStringLiteral("migrate")},
                                           QStringList{QStringLiteral("showmigrations")},
                                           QStringList{QStringLiteral("migrate"), QStringLiteral("--fake")}}) {
            const CliResult cli = runCli(QStringList{QStringLiteral("--migrations-dir"), dir.path()} + command,
                                         t.name());
            QCOMPARE(cli.exitCode, 1);
            QCOMPARE(cli.out, QString());
            QVERIFY2(cli.err.contains(sentence), qPrintable(cli.err));
            QVERIFY2(cli.err.contains(QStringLiteral("add a merge migration that depends on each of those leaves, "
                                                     "or remove the ones that should not be there")),
                     qPrintable(cli.err));
            QCOMPARE(cli.err.count(QLatin1Char('\n')), 1);
        }
        QCOMPARE(t.fingerprint(), before);
    }

    void corruptDefinitionIsAClearError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(copyTree(QStringLiteral(GMA_SOURCE_DIR "/migrations"), dir.path()));
        const MigrationKey l3 = key(QStringLiteral("locations"), QStringLiteral("0003"));
        const QString path =
            dir.path() + QStringLiteral("/locations/") + l3.name + QStringLiteral(".migration");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        // Drop the ';' of the last statement of the forward section.
        const int backward = text.indexOf("\n== backward");
        const int semicolon = backward - 1;
        QVERIFY(backward > 0 && text.at(semicolon) == ';');
        const int line = int(text.left(semicolon).count('\n')) + 1;
        text.remove(semicolon, 1);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();

        QString error;
        QVERIFY(!MigrationCatalogue::fromDirectory(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("%1:%2:").arg(path).arg(line)), qPrintable(error));

        TestDatabase t(QStringLiteral("exec_corrupt"));
        const CliResult cli = runCli(
            {QStringLiteral("--migrations-dir"), dir.path(), QStringLiteral("showmigrations")}, t.name());
        QCOMPARE(cli.exitCode, 1);
        QCOMPARE(cli.out, QString());
        QVERIFY2(cli.err.startsWith(QStringLiteral("error: ")), qPrintable(cli.err));
        QCOMPARE(cli.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(cli.err.contains(QStringLiteral("%1:%2:").arg(path).arg(line)), qPrintable(cli.err));

        // A directory without definitions, and one that does not exist.
        QTemporaryDir empty;
        CliResult none = runCli(
            {QStringLiteral("--migrations-dir"), empty.path(), QStringLiteral("showmigrations")}, t.name());
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.startsWith(QStringLiteral("error: ")));
        none = runCli({QStringLiteral("--migrations-dir"), empty.path() + QStringLiteral("/missing"),
                       QStringLiteral("showmigrations")},
                      t.name());
        QCOMPARE(none.exitCode, 2); // a folder that is not there is a usage error
        QVERIFY(none.err.contains(QStringLiteral("is not a directory")));
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "test_executor.moc"
