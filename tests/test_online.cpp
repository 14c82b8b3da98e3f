// --online (RunOptions::online): the schema steps as renderStep's online variant reach the same
// end schema and django_migrations rows as the default mode, forward and backward; under the
// application's load (gma-appload) no application statement waits longer than the stall budget
// while an online schema step runs, except for the one statement PostgreSQL cannot make short
// (narrowing items_item.name rewrites the table), forward and backward; an interrupted CREATE INDEX CONCURRENTLY leaves
// an INVALID index and the step unrecorded, and a plain rerun drops and rebuilds it. An online data
// step's batch that runs into a row the application holds (longer than the budget) lets go of the
// rows it already changed within the budget instead of keeping them locked while it waits.
#include "catalogue.h"
#include "executor.h"
#include "planner.h"
#include "preview.h"
#include "sqlutil.h"
#include "stepsql.h"
#include "testdb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace gma;
using namespace gma::test;

namespace {

const QString kItemsSchema = QStringLiteral("items.0003_item_modified_by_alter_item_created_at_and_more");

QString recordedRows(TestDatabase &t)
{
    QStringList rows;
    for (const QVariantList &r :
         sql::rows(t.db(), QStringLiteral("SELECT app || '.' || name FROM django_migrations ORDER BY app, name")))
        rows << r.value(0).toString();
    return rows.join(QLatin1Char('\n'));
}

// What the online variant must not leave: INVALID indexes, CHECK constraints on the three tables.
qint64 leftovers(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT (SELECT count(*) FROM pg_index WHERE NOT indisvalid) + "
                                  "(SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conrelid IN "
                                  "('items_item'::regclass, 'characters_character'::regclass, "
                                  "'locations_location'::regclass))"));
}

// The state `t` stands at and the plan of `migrate APP` from there (empty app: everything), or
// of `rollback`.
struct Planned
{
    MigrationState state;
    Plan plan;
};
std::optional<Planned> planFrom(TestDatabase &t, const MigrationCatalogue &catalogue, const QString &app, QString *error,
                                bool rollback = false)
{
    const auto state = MigrationState::read(t.db(), error);
    if (!state)
        return std::nullopt;
    PlanError perr;
    const auto plan = rollback ? Planner::rollback(catalogue, *state, &perr)
                               : Planner::migrate(catalogue, *state, app, QString(), &perr);
    if (!plan) {
        *error = perr.message;
        return std::nullopt;
    }
    return Planned{*state, *plan};
}

struct Window
{
    qint64 start = 0;
    qint64 end = 0;
    QString what;
    bool overlaps(qint64 a, qint64 b) const { return a <= end && b >= start; }
};

} // namespace

class TestOnline : public QObject
{
    Q_OBJECT
private slots:
    void onlineReachesTheSameSchemaAndRecordsAsTheDefaultMode()
    {
        TestDatabase byDefault(QStringLiteral("online_default"));
        TestDatabase online(QStringLiteral("online_online"));
        QVERIFY2(byDefault.buildDemo(300), qPrintable(byDefault.lastError()));
        QVERIFY2(online.buildDemo(300), qPrintable(online.lastError()));
        // NULL descriptions for the locations step's conversion (and its way back).
        QVERIFY(online.exec(QStringLiteral("UPDATE locations_location SET description = NULL WHERE id % 7 = 0")));
        QVERIFY(byDefault.exec(QStringLiteral("UPDATE locations_location SET description = NULL WHERE id % 7 = 0")));
        const QString rowsBefore = rowChecksum(online);

        RunOptions onlineOptions;
        onlineOptions.online = true;
        const RunResult d = byDefault.migrate();
        QVERIFY2(d.ok(), qPrintable(d.error));
        const RunResult o = online.migrate(QString(), QString(), onlineOptions);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(contractDifference(online), QString());
        QCOMPARE(online.schemaDump(), byDefault.schemaDump());
        QCOMPARE(recordedRows(online), recordedRows(byDefault));
        QCOMPARE(leftovers(online), qint64(0));
        QCOMPARE(online.count(QStringLiteral("SELECT count(*) FROM locations_location WHERE description IS NULL")),
                 qint64(0));
        // The online variant built its indexes concurrently and sent no statement of its step twice.
        bool concurrent = false;
        for (const StepResult &s : o.steps) {
            for (const StatementResult &st : s.statements)
                concurrent = concurrent || st.sql.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY"));
        }
        QVERIFY(concurrent);

        const RunResult dBack = byDefault.rollback();
        QVERIFY2(dBack.ok(), qPrintable(dBack.error));
        const RunResult oBack = online.rollback(onlineOptions);
        QVERIFY2(oBack.ok(), qPrintable(oBack.error));
        QCOMPARE(contractDifference(online), QString());
        QCOMPARE(online.schemaDump(), byDefault.schemaDump());
        QCOMPARE(recordedRows(online), recordedRows(byDefault));
        QCOMPARE(leftovers(online), qint64(0));
        // Every row as it was at 0002, the NULL descriptions included.
        QCOMPARE(rowChecksum(online), rowsBefore);
    }

    void previewShowsEachLockItsHoldAndTheHazards()
    {
        TestDatabase t(QStringLiteral("online_preview"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        QString error;
        const auto planned = planFrom(t, catalogue, QStringLiteral("items"), &error);
        QVERIFY2(planned, qPrintable(error));
        const MigrationState *state = &planned->state;
        const Plan *plan = &planned->plan;
        const QString before = t.fingerprint();
        // A budget of 5 ms, what the preview estimates for a catalogue change: the narrowing's
        // rewrite is over it, at 300 rows too.
        for (const bool online : {false, true}) {
            const PreviewReport report = Preview::analyse(t.db(), catalogue, *state, *plan, QDateTime(), online, 5);
            QVERIFY2(report.ok(), qPrintable(report.error));
            QCOMPARE(report.online, online);
            const StepImpact *schema = nullptr;
            for (const StepImpact &st : report.steps) {
                if (st.label == kItemsSchema)
                    schema = &st;
            }
            QVERIFY(schema);
            const QString hazards = schema->hazards.join(QLatin1Char('\n'));
            QVERIFY2(hazards.contains(QStringLiteral("created_at and updated_at of items_item are NOT NULL without a "
                                                     "default")) &&
                         hazards.contains(QStringLiteral("Deploy the application version that writes them first")),
                     qPrintable(hazards));
            bool concurrent = false;
            for (const StatementImpact &s : schema->statements) {
                QVERIFY2(s.lockHeldMs > 0, qPrintable(s.sql));
                if (s.sql.startsWith(QLatin1String("CREATE INDEX"))) {
                    QCOMPARE(s.lock, online ? LockMode::ShareUpdateExclusive : LockMode::Share);
                    QCOMPARE(s.blocksApplication, !online);
                    concurrent = concurrent || s.sql.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY"));
                }
            }
            QCOMPARE(concurrent, online);
            if (online) {
                QVERIFY2(hazards.contains(QStringLiteral("ALTER COLUMN TYPE rewrites items_item")) &&
                             hazards.contains(QStringLiteral("PostgreSQL cannot avoid this lock")),
                         qPrintable(hazards));
                // Only the narrowing keeps the application waiting longer than the budget.
                QCOMPARE(hazards.count(QStringLiteral("longer than the stall budget")), 1);
            } else {
                QVERIFY2(hazards.contains(QStringLiteral("The step holds ACCESS EXCLUSIVE on items_item")),
                         qPrintable(hazards));
                // The default mode holds every lock until the step commits.
                QVERIFY(schema->statements.first().lockHeldMs >= schema->statements.at(schema->statements.size() - 2).lockHeldMs);
            }
        }
        QCOMPARE(t.fingerprint(), before);
    }

    void noApplicationStatementWaitsLongerThanTheBudget()
    {
        TestDatabase t(QStringLiteral("online_load"));
        QVERIFY2(t.buildDemo(20000), qPrintable(t.lastError()));
        RunOptions options;
        options.online = true;
        options.stallBudgetMs = 1000;

        QTemporaryDir dir;
        const QString stop = dir.filePath(QStringLiteral("stop"));
        const ConnectionSettings s = t.settings();
        QProcess load;
        load.start(QStringLiteral(GMA_APPLOAD_PATH),
                   {QStringLiteral("--conninfo"),
                    QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(s.host, s.port, s.user, s.database),
                    QStringLiteral("--clients"), QStringLiteral("4"), QStringLiteral("--seconds"),
                    QStringLiteral("300"), QStringLiteral("--stop-file"), stop, QStringLiteral("--stalls-over"),
                    QString::number(options.stallBudgetMs)});
        QByteArray output;
        while (!output.contains("appload: running")) {
            QVERIFY2(load.waitForReadyRead(30000), output.constData());
            output += load.readAllStandardOutput();
        }

        // The windows of the online schema steps and of the statement narrowing items' name.
        QList<Window> schemaSteps;
        Window narrowing;
        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        QString error;
        const auto planned = planFrom(t, catalogue, QString(), &error);
        QVERIFY2(planned, qPrintable(error));
        const Plan *plan = &planned->plan;
        Executor executor(t.db(), catalogue);
        connect(&executor, &Executor::stepStarted, this, [&](int, const PlanStep &step, qint64) {
            if (!catalogue.find(step.key)->isData())
                schemaSteps << Window{QDateTime::currentMSecsSinceEpoch(), 0, step.key.label()};
        });
        connect(&executor, &Executor::stepFinished, this, [&](int, const StepResult &r) {
            if (!catalogue.find(r.step.key)->isData())
                schemaSteps.last().end = QDateTime::currentMSecsSinceEpoch();
        });
        connect(&executor, &Executor::statementSent, this, [&](int, const QString &sql) {
            if (sql.contains(QLatin1String("ALTER COLUMN \"name\" TYPE varchar(100)")))
                narrowing = Window{QDateTime::currentMSecsSinceEpoch(), 0, sql};
        });
        connect(&executor, &Executor::statementFinished, this, [&](int, const QString &sql, qint64, qint64) {
            if (sql == narrowing.what)
                narrowing.end = QDateTime::currentMSecsSinceEpoch();
        });
        const RunResult r = executor.run(*plan, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(contractDifference(t), QString());
        // And back (widening name again is a catalogue change only: nothing is excluded).
        const auto back = planFrom(t, catalogue, QString(), &error, true);
        QVERIFY2(back, qPrintable(error));
        const RunResult backResult = executor.run(back->plan, options);
        QVERIFY2(backResult.ok(), qPrintable(backResult.error));

        QFile f(stop);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(load.waitForFinished(60000));
        output += load.readAllStandardOutput();
        const QString summary = QString::fromUtf8(output);
        qInfo().noquote() << summary.trimmed();
        QVERIFY2(load.exitCode() == 0, qPrintable(summary));
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(schemaSteps.size(), 6);
        QVERIFY(narrowing.end >= narrowing.start && narrowing.start > 0);
        qInfo().noquote() << QStringLiteral("The narrowing statement (excluded from the budget), %1 ms: %2")
                                 .arg(narrowing.end - narrowing.start)
                                 .arg(narrowing.what);

        static const QRegularExpression stall(
            QStringLiteral("^appload stall start_ms=(\\d+) end_ms=(\\d+) ms=(\\d+) \\((.*)\\)$"),
            QRegularExpression::MultilineOption);
        QStringList over;
        int excluded = 0;
        for (auto it = stall.globalMatch(summary); it.hasNext();) {
            const auto m = it.next();
            const qint64 a = m.captured(1).toLongLong(), b = m.captured(2).toLongLong();
            bool inSchemaStep = false;
            for (const Window &w : std::as_const(schemaSteps))
                inSchemaStep = inSchemaStep || w.overlaps(a, b);
            if (!inSchemaStep)
                continue; // a data step's batches: not what --online changes
            if (narrowing.overlaps(a, b)) {
                ++excluded;
                continue;
            }
            over << m.captured(0);
        }
        qInfo().noquote() << QStringLiteral("Application statements over the budget during the narrowing: %1").arg(excluded);
        QVERIFY2(over.isEmpty(), qPrintable(over.join(QLatin1Char('\n'))));
    }

    // An application transaction keeps one row of the first batch's range locked for 5 s (five
    // times the budget). The batch that reaches it waits, holding every row it has already changed;
    // an application UPDATE of those rows waits for that batch. Online, the batch gives up within a
    // quarter of the budget (its lock_timeout), which lets the application through, and is retried
    // with fewer rows until the row is free. Then every NULL audit value is filled, none the
    // application wrote is overwritten, and the rollback sets back exactly what was filled.
    void aDataStepBatchDoesNotKeepTheApplicationWaitingForARowItWaitsFor()
    {
        TestDatabase t(QStringLiteral("online_rowlock"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        const QString schemaStep = QStringLiteral("0003_character_created_by_character_modified_by_and_more");
        const RunResult schema = t.migrate(QStringLiteral("characters"), schemaStep);
        QVERIFY2(schema.ok(), qPrintable(schema.error));
        const int budget = 1000;
        // Row 800 of the first batch (1000 rows): the batch changes the rows before it first.
        const qint64 held = t.scalar(QStringLiteral("SELECT id FROM characters_character ORDER BY id OFFSET 799 LIMIT 1"))
                                .toLongLong();
        const qint64 appUser = t.scalar(QStringLiteral("SELECT max(id) FROM users_user")).toLongLong();
        const qint64 otherUser = t.scalar(QStringLiteral("SELECT min(id) FROM users_user")).toLongLong();
        const qint64 others = t.count(QStringLiteral("SELECT count(*) FROM characters_character")) - 1;
        QVERIFY(held > 0 && appUser != otherUser && others >= 1999);

        QProcess holder;
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("gma_test_row_holder"));
        holder.setProcessEnvironment(env);
        holder.start(QStringLiteral("psql"),
                     {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                      QStringLiteral("UPDATE characters_character SET modified_by_id = %1 WHERE id = %2; "
                                     "SELECT pg_sleep(%3)")
                          .arg(appUser)
                          .arg(held)
                          .arg(5 * budget / 1000.0)});
        QVERIFY(holder.waitForStarted());
        qint64 holderPid = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                holderPid = t.scalar(QStringLiteral("SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE "
                                                    "application_name = 'gma_test_row_holder' AND wait_event = 'PgSleep'"))
                                .toLongLong();
                return holderPid > 0;
            },
            10000));

        QProcess cli;
        cli.setProcessEnvironment(processEnvironment(t.name()));
        cli.start(QStringLiteral(GMA_CLI_PATH),
                  {QStringLiteral("migrate"), QStringLiteral("characters"), QStringLiteral("0004_populate_audit_fields"),
                   QStringLiteral("--no-backup"), QStringLiteral("--skip-preflight"), QStringLiteral("--online"),
                   QStringLiteral("--stall-budget"), QString::number(budget), QStringLiteral("--lock-retries"),
                   QStringLiteral("40")});
        QVERIFY(cli.waitForStarted());
        // The batch waits for the held row while it holds the rows it changed before it (a FOR
        // SHARE SKIP LOCKED read skips those).
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        qint64 heldByBatch = 0;
        QElapsedTimer timer;
        timer.start();
        while (heldByBatch == 0 && timer.elapsed() < 30000 && cli.state() == QProcess::Running) {
            if (t.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))"),
                        {holderPid}) == 0) {
                QTest::qWait(2);
                continue;
            }
            QVERIFY(sql::exec(probe, QStringLiteral("BEGIN")).ok);
            const sql::Rows free = sql::query(probe, QStringLiteral("SELECT count(*) FROM (SELECT id FROM characters_character "
                                                                   "WHERE id <> ? FOR SHARE SKIP LOCKED) AS f"),
                                              {held});
            QVERIFY(sql::exec(probe, QStringLiteral("ROLLBACK")).ok);
            QVERIFY(free.ok && !free.rows.isEmpty());
            heldByBatch = others - free.rows.first().value(0).toLongLong();
        }
        QVERIFY2(heldByBatch > 0, "the batch was never seen waiting for the held row with rows of its own locked");
        // The application updates every other row: it waits for the batch's rows, not for the held one.
        QSqlDatabase app = t.openExtra(QStringLiteral("app"));
        timer.restart();
        QVERIFY(sql::exec(app, QStringLiteral("UPDATE characters_character SET modified_by_id = ? WHERE id <> ?"),
                          {otherUser, held})
                    .ok);
        const qint64 waited = timer.elapsed();
        qInfo("the batch held %lld rows while waiting for row %lld; the application's UPDATE of them took %lld ms "
              "(budget %d ms)",
              heldByBatch, held, waited, budget);
        QVERIFY2(waited < budget, qPrintable(QStringLiteral("%1 ms").arg(waited)));

        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out));
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        // Every value the application wrote stays; every other audit value is the owner.
        QCOMPARE(t.scalar(QStringLiteral("SELECT modified_by_id FROM characters_character WHERE id = ?"), {held}).toLongLong(),
                 appUser);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE id <> ? AND modified_by_id IS "
                                        "DISTINCT FROM ?"),
                         {held, otherUser}),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS DISTINCT FROM "
                                        "player_owner_id")),
                 qint64(0));
        QCOMPARE(contractDifference(t), QString());

        // Back: only what the step filled is set back.
        const CliResult back = runCli({QStringLiteral("migrate"), QStringLiteral("characters"), schemaStep,
                                       QStringLiteral("--no-backup"), QStringLiteral("--online")},
                                      t.name());
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NOT NULL")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE modified_by_id IS DISTINCT FROM "
                                        "CASE WHEN id = ? THEN ?::bigint ELSE ?::bigint END"),
                         {held, appUser, otherUser}),
                 qint64(0));
    }

    void anInterruptedConcurrentIndexBuildIsDroppedAndRebuiltOnTheRerun()
    {
        TestDatabase t(QStringLiteral("online_cic"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        // The fault point: just before the items step's first CREATE INDEX CONCURRENTLY.
        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        const MigrationDefinition *def = nullptr;
        for (const MigrationDefinition &d : catalogue.migrations()) {
            if (d.key.label() == kItemsSchema)
                def = &d;
        }
        QVERIFY(def);
        int n = 0;
        QString index;
        for (const RenderedStatement &s : renderStep(*def, false, QDateTime::currentDateTimeUtc(), true).statements) {
            if (s.role != RenderedStatement::Role::Schema || s.sql.isEmpty())
                continue;
            ++n;
            if (s.outsideTransaction) {
                index = s.invalidIndex;
                break;
            }
        }
        QVERIFY(!index.isEmpty());
        index.remove(QLatin1Char('"'));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("GMA_FAULT_POINT"), QStringLiteral("%1:statement:%2").arg(kItemsSchema).arg(n));
        env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GMA_CLI_PATH), {QStringLiteral("migrate"), QStringLiteral("--no-backup"),
                                                 QStringLiteral("--online"), QStringLiteral("--lock-timeout"),
                                                 QStringLiteral("60000")});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(file) && cli.state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(10);
        QVERIFY2(QFileInfo::exists(file),
                 qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));

        // An open transaction that wrote to items_item keeps the build waiting in its first phase,
        // after its catalogue entry (the INVALID index) is committed.
        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(blocker, QStringLiteral("UPDATE items_item SET name = name WHERE id = (SELECT min(id) FROM items_item)")).ok);
        QFile::remove(file);
        qint64 pid = 0;
        timer.restart();
        while (pid == 0 && timer.elapsed() < 60000) {
            pid = t.scalar(QStringLiteral("SELECT coalesce(max(pid), 0) FROM pg_stat_progress_create_index WHERE relid = "
                                          "'items_item'::regclass AND command = 'CREATE INDEX CONCURRENTLY'"))
                      .toLongLong();
            if (pid == 0)
                QTest::qWait(20);
        }
        QVERIFY2(pid > 0, "the concurrent index build never showed in pg_stat_progress_create_index");
        QVERIFY(t.scalar(QStringLiteral("SELECT pg_terminate_backend(?)"), {pid}).toBool());
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QVERIFY2(cli.exitCode() != 0, qPrintable(out));
        // The error names where it stopped and what stays.
        const QString line = out.trimmed().section(QLatin1Char('\n'), -1);
        qInfo().noquote() << line;
        QVERIFY2(line.contains(QStringLiteral("stopped at online statement %1 of").arg(n)) &&
                     line.contains(QStringLiteral("Statements 1 to %1 are done and stay").arg(n - 1)) &&
                     line.contains(QStringLiteral("the step is not recorded")),
                 qPrintable(line));
        QVERIFY(sql::exec(blocker, QStringLiteral("ROLLBACK")).ok);

        // The interrupted build left its index INVALID, and the items step is not recorded.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_index WHERE indexrelid = to_regclass(?) AND NOT "
                                        "indisvalid"),
                         {index}),
                 qint64(1));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items' AND name ~ '^000[34]_'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items' AND name = "
                                        "'0002_alter_item_options'")),
                 qint64(1));
        // The columns its earlier statements added stay.
        QVERIFY(sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_at")));

        // A plain rerun (not online) continues the step online: the INVALID index is dropped and built again.
        const CliResult again = runCli({QStringLiteral("migrate"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("continued online")) || again.err.contains(QStringLiteral("continued online")),
                 qPrintable(again.out + again.err));
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(leftovers(t), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items' AND name ~ '^000[34]_'")),
                 qint64(2));
    }

    // An online step interrupted half-way (the tool killed after two of its statements committed):
    // showmigrations names it as begun online, `repair` drops what it left instead of continuing
    // it (the online mark goes with it), and a plain migrate then applies the step whole.
    void anInterruptedOnlineStepCanBeRepairedInstead()
    {
        TestDatabase t(QStringLiteral("online_repair"));
        QVERIFY2(t.buildDemo(200), qPrintable(t.lastError()));
        const QString schema = t.schemaDump();
        const QString rows = rowChecksum(t);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("GMA_FAULT_POINT"), QStringLiteral("%1:statement:3").arg(kItemsSchema));
        env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GMA_CLI_PATH), {QStringLiteral("migrate"), QStringLiteral("items"),
                                                 QStringLiteral("--no-backup"), QStringLiteral("--online")});
        QVERIFY(cli.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (!QFileInfo::exists(file) && cli.state() == QProcess::Running && timer.elapsed() < 120000)
            QTest::qWait(10);
        QVERIFY2(QFileInfo::exists(file),
                 qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));
        cli.kill();
        QVERIFY(cli.waitForFinished(10000));
        QVERIFY(QTest::qWaitFor([&] { return advisoryLocks(t) == 0; }, 10000));
        QVERIFY(sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_at")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.online_steps WHERE app = 'items'")), qint64(1));

        CliResult r = runCli({QStringLiteral("showmigrations"), QStringLiteral("items")}, t.name());
        QVERIFY2(r.err.contains(QStringLiteral("its schema step was begun online and interrupted")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Repair: gma-migrator-cli repair items")), qPrintable(r.err));
        r = runCli({QStringLiteral("repair"), QStringLiteral("items"), QStringLiteral("--yes")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(rowChecksum(t), rows);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.online_steps")), qint64(0));
        // Not continued online: applied whole, in the default mode.
        r = runCli({QStringLiteral("migrate"), QStringLiteral("--no-backup")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(!(r.out + r.err).contains(QStringLiteral("continued online")), qPrintable(r.out + r.err));
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(leftovers(t), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestOnline)
#include "test_online.moc"
