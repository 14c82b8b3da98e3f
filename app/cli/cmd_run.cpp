// `migrate` and `rollback`: their options, the refusal to unapply a migration whose definition
// changed, the run guards, and the run they share (executePlan), printed as Django prints it.
#include "commands.h"

#include "executor.h"
#include "format.h"
#include "locks.h"
#include "preview.h"
#include "replicas.h"
#include "progress.h"
#include "state.h"
#include "status.h"
#include "strategy.h"
#include "toolschema.h"

#include <limits>

namespace gma::cli {

namespace {

// The guards run under the migrator's advisory lock, so that a second migrator is refused at once
// with the holder named rather than by what the first one's run looks like to its preflight; the
// lock is held on `db` until the run (whose Executor takes it again) has ended.
int checkGuards(Context &ctx, QSqlDatabase &db, const Plan &plan, bool isRollback, bool isDryRun,
                AdvisoryLock &lock)
{
    // Before the guards: a backup or a preflight of a hot standby would be wasted.
    const QString standby = Replicas::standbyRefusal(db);
    if (!standby.isEmpty()) {
        ctx.error(standby);
        return Refused;
    }
    QString refusal;
    if (!takeMigratorLock(lock, &refusal)) {
        ctx.error(refusal);
        return Refused;
    }
    for (const RunGuard &g : runGuards()) {
        const int code = g.check(ctx, db, plan, isRollback, isDryRun);
        if (code != Success)
            return code;
    }
    return Success;
}

void addGuardOptions(QCommandLineParser &p)
{
    for (const RunGuard &g : runGuards()) {
        if (g.addOptions)
            g.addOptions(p);
    }
}

// Refuses (true) to unapply a migration whose definition changed since it was applied, unless
// --ignore-drift: its backward SQL may not undo what actually ran.
bool refuseDrift(Context &ctx, QSqlDatabase &db, const MigrationState &state, const Plan &plan)
{
    if (ctx.parser.isSet(QStringLiteral("ignore-drift")))
        return false;
    const auto drifted = driftedUndo(readStatus(db, ctx.catalogue, state), plan);
    if (drifted)
        ctx.error(driftRefusal(*drifted));
    return drifted.has_value();
}

// Reads the number option `name` into *value when it is given; false (after printing `complaint`)
// when it is not a number of at least `minimum`.
bool readNumber(Context &ctx, const QString &name, int minimum, const QString &complaint, int *value)
{
    if (!ctx.parser.isSet(name))
        return true;
    bool ok = false;
    *value = ctx.parser.value(name).toInt(&ok);
    if (ok && *value >= minimum)
        return true;
    ctx.error(complaint);
    return false;
}

} // namespace

// --statement-timeout: "30s", "500ms", "2min" or milliseconds; 0 leaves the server's setting.
bool readStatementTimeout(Context &ctx, RunOptions *options)
{
    if (!ctx.parser.isSet(QStringLiteral("statement-timeout")))
        return true;
    qint64 ms = 0;
    if (!format::parseDuration(ctx.parser.value(QStringLiteral("statement-timeout")), &ms) ||
        ms > std::numeric_limits<int>::max()) {
        ctx.error(Cli::tr("--statement-timeout needs a duration such as 30s, 500ms, 2min or a number of "
                          "milliseconds."));
        return false;
    }
    options->statementTimeoutMs = int(ms);
    return true;
}

// The data steps' pacing: adaptive unless --batch-size fixes the size; --batch-target-ms,
// --batch-pause-ms, --max-replica-lag, --max-throttle-wait.
bool readPacingOptions(Context &ctx, RunOptions *options)
{
    PacingOptions &p = options->pacing;
    p.adaptive = !ctx.parser.isSet(QStringLiteral("batch-size"));
    p.waitForAutovacuum = p.adaptive;
    if (ctx.parser.isSet(QStringLiteral("batch-target-ms")) && !p.adaptive) {
        ctx.error(
            Cli::tr("--batch-target-ms paces the batch size and --batch-size fixes it: use one of them."));
        return false;
    }
    if (!readNumber(ctx, QStringLiteral("batch-target-ms"), 1,
                    Cli::tr("--batch-target-ms needs a positive number of milliseconds."), &p.targetMs) ||
        !readNumber(ctx, QStringLiteral("batch-pause-ms"), 0,
                    Cli::tr("--batch-pause-ms needs a number of milliseconds (0 or more)."), &p.pauseMs))
        return false;
    if (ctx.parser.isSet(QStringLiteral("max-replica-lag")) &&
        !ReplicaLagBound::parse(ctx.parser.value(QStringLiteral("max-replica-lag")), &p.maxReplicaLag)) {
        ctx.error(
            Cli::tr("--max-replica-lag needs a time such as 5s, a size such as 64MB, or both (5s,64MB)."));
        return false;
    }
    if (ctx.parser.isSet(QStringLiteral("max-throttle-wait")) &&
        !format::parseDuration(ctx.parser.value(QStringLiteral("max-throttle-wait")), &p.maxThrottleWaitMs)) {
        ctx.error(
            Cli::tr("--max-throttle-wait needs a duration such as 10min, 30s or a number of milliseconds."));
        return false;
    }
    return true;
}

bool readRunOptions(Context &ctx, RunOptions *options)
{
    options->vacuumAnalyze = !ctx.parser.isSet(QStringLiteral("no-vacuum"));
    options->online = ctx.parser.isSet(QStringLiteral("online"));
    if (ctx.parser.isSet(QStringLiteral("stall-budget")) && !options->online) {
        ctx.error(Cli::tr("--stall-budget only applies to --online."));
        return false;
    }
    return readStatementTimeout(ctx, options) &&
           readNumber(ctx, QStringLiteral("stall-budget"), 1,
                      Cli::tr("--stall-budget needs a positive number of milliseconds."),
                      &options->stallBudgetMs) &&
           readNumber(ctx, QStringLiteral("batch-size"), 1,
                      Cli::tr("--batch-size needs a positive number of rows."), &options->batchSize) &&
           readPacingOptions(ctx, options) &&
           readNumber(ctx, QStringLiteral("lock-timeout"), 1,
                      Cli::tr("--lock-timeout needs a positive number of milliseconds."),
                      &options->lockTimeoutMs) &&
           readNumber(ctx, QStringLiteral("lock-retries"), 0,
                      Cli::tr("--lock-retries needs a number of retries (0 or more)."),
                      &options->lockRetries);
}

// The options migrate and rollback share, the run guards' included.
void addRunOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("ignore-drift"),
                 Cli::tr("Unapply migrations even if their definition changed since they were applied.")});
    p.addOption({QStringLiteral("batch-size"),
                 Cli::tr("Rows in every batch of a data step: a fixed size, no pacing (default: paced, see "
                         "--batch-target-ms)."),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("batch-target-ms"),
         Cli::tr("How long a data step's batch should take: the batch size starts at 1000 rows, grows "
                 "while batches are faster and shrinks after a slower one or a lock timeout (default "
                 "200)."),
         QStringLiteral("MS")});
    p.addOption({QStringLiteral("batch-pause-ms"),
                 Cli::tr("Pause between two batches of a data step (default 0)."), QStringLiteral("MS")});
    p.addOption(
        {QStringLiteral("max-replica-lag"),
         Cli::tr("Before each batch, wait while a streaming replica is further behind than this: a time "
                 "(5s), a size of WAL (64MB) or both (5s,64MB); default: no bound. Paced runs also wait "
                 "while autovacuum works on the step's table."),
         QStringLiteral("LAG")});
    p.addOption(
        {QStringLiteral("max-throttle-wait"),
         Cli::tr("Stop a data step (keeping its finished batches) when one such wait lasts longer than "
                 "this (default 10min)."),
         QStringLiteral("DURATION")});
    p.addOption({QStringLiteral("lock-timeout"),
                 Cli::tr("How long one attempt waits for a table lock, in ms (default 3000)."),
                 QStringLiteral("MS")});
    p.addOption({QStringLiteral("lock-retries"),
                 Cli::tr("How often a step retries after a lock timeout (default 5)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("statement-timeout"),
                 Cli::tr("Cancel a statement that runs longer than this (30s, 500ms, 2min or ms; default: "
                         "the server's statement_timeout); its step is rolled back."),
                 QStringLiteral("DURATION")});
    p.addOption({QStringLiteral("no-vacuum"),
                 Cli::tr("Skip the VACUUM (ANALYZE) of the tables whose rows the data steps changed.")});
    p.addOption(
        {QStringLiteral("online"),
         Cli::tr("Run the schema steps online: each catalogue change its own short transaction with a "
                 "lock timeout within the stall budget, indexes built CONCURRENTLY, foreign keys and "
                 "NOT NULL validated separately; same end schema. Narrowing items' name still "
                 "rewrites the table (preview estimates it). The data steps' batches keep within the "
                 "budget too (see --stall-budget).")});
    p.addOption(
        {QStringLiteral("stall-budget"),
         Cli::tr("With --online: how long a statement may keep the application waiting for a lock, in "
                 "ms (default 1000): a catalogue change waits at most half of it for its lock, a data "
                 "step's batch a quarter of it for a row the application holds (then it lets go of its "
                 "rows and is retried with fewer), and batches aim at most at half of it."),
         QStringLiteral("MS")});
    addGuardOptions(p);
}

namespace {

// --fake and --force of migrate and rollback.
void addFakeOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("fake"),
                 Cli::tr("Record the planned migrations as applied (unapplied) without running their SQL, "
                         "as Django's --fake; refused unless the live schema matches the state recorded.")});
    p.addOption(
        {QStringLiteral("force"), Cli::tr("With --fake: record even when the live schema does not match.")});
}

bool readFakeOptions(Context &ctx, RunOptions *options)
{
    options->fake = ctx.parser.isSet(QStringLiteral("fake"));
    options->force = ctx.parser.isSet(QStringLiteral("force"));
    if (options->force && !options->fake) {
        ctx.error(Cli::tr("--force only applies to --fake: it records without a matching schema."));
        return false;
    }
    return true;
}

} // namespace

namespace {

// A rehearsal in place states the locks it holds and for about how long, then asks (--yes, or a
// "yes" typed on a terminal; without a terminal --in-place is the consent).
bool confirmInPlace(Context &ctx, QSqlDatabase &db, const MigrationState &state, const Plan &plan)
{
    const PreviewReport preview = Preview::analyse(db, ctx.catalogue, state, plan);
    const QString hold = preview.ok()
                             ? Preview::inPlaceHold(preview).summary()
                             : Cli::tr("ACCESS EXCLUSIVE on the planned tables for its whole run (the "
                                       "estimate could not be made: %1)")
                                   .arg(preview.error);
    ctx.out << Cli::tr(
                   "In place, the rehearsal holds %1: the application waits on those tables until it ends.")
                   .arg(hold)
            << '\n';
    ctx.out.flush();
    if (ctx.parser.isSet(QStringLiteral("yes")) || !ctx.stdinIsTerminal)
        return true;
    if (ctx.ask(Cli::tr("Rehearse in place? Type 'yes' to continue: ")) == QLatin1String("yes"))
        return true;
    ctx.out << Cli::tr("Rehearsal cancelled; nothing was changed.") << '\n';
    return false;
}

// One line per step run (and on a rehearsal, the statements that took rows or time).
void printStepResult(Context &ctx, const StepResult &s, bool dryRun)
{
    const QString label = s.step.key.label();
    const QString step = dryRun ? Cli::tr("  Rehearsed %1... ").arg(label)
                                : (s.step.backwards ? Cli::tr("  Unapplying %1... ").arg(label)
                                                    : Cli::tr("  Applying %1... ").arg(label));
    ctx.out << step;
    if (!s.ok) {
        ctx.out << (s.cancelled ? Cli::tr("CANCELLED") : Cli::tr("FAILED")) << '\n';
        return;
    }
    if (s.faked) {
        ctx.out << Cli::tr("FAKED") << '\n';
        return;
    }
    if (s.droppedLater) {
        ctx.out << Cli::tr("OK (its values go with the columns its schema step's reverse drops)") << '\n';
        return;
    }
    QStringList details{format::duration(s.ms, QLocale())};
    if (s.batches > 0)
        details << Cli::tr("%1 in %Ln {batch|batches}", nullptr, s.batches)
                       .arg(Cli::tr("%Ln row(s)", nullptr, int(s.rows)));
    else if (s.rows > 0)
        details << Cli::tr("%Ln row(s)", nullptr, int(s.rows));
    if (s.attempts > 1)
        details << Cli::tr("%Ln attempt(s)", nullptr, s.attempts);
    if (s.throttles > 0)
        details << Cli::tr("throttled %Ln time(s) for %1", nullptr, s.throttles)
                       .arg(format::duration(s.throttledMs, QLocale()));
    ctx.out << Cli::tr("OK (%1)").arg(details.join(QStringLiteral(", "))) << '\n';
    if (!dryRun)
        return;
    for (const StatementResult &st : s.statements) {
        if (st.rows > 0 || st.ms >= 5)
            ctx.out << "      " << st.sql.simplified().left(90) << " -- "
                    << Cli::tr("%Ln row(s), %1", nullptr, int(qMax<qint64>(0, st.rows)))
                           .arg(format::duration(st.ms, QLocale()))
                    << '\n';
    }
}

} // namespace

int executePlan(Context &ctx, QSqlDatabase &db, const Plan &plan, const RunOptions &options, RunResult *ran)
{
    Executor executor(db, ctx.catalogue);
    ProgressPrinter printer(&executor, ctx.catalogue, plan, ctx.err, ctx.stderrIsTerminal, options.dryRun);
    RunResult result;
    {
        CancelOnSignal<Executor> onSignal(&executor);
        result = executor.run(plan, options);
    }
    for (const StepResult &s : result.steps)
        printStepResult(ctx, s, options.dryRun);
    for (const VacuumResult &v : result.vacuums) {
        if (v.ok)
            ctx.out << "  VACUUM (ANALYZE) " << v.table << "... "
                    << Cli::tr("OK (%1)").arg(format::duration(v.ms, QLocale())) << '\n';
        else
            ctx.warn(v.error);
    }
    ctx.out.flush();
    if (ran)
        *ran = result;
    switch (result.status) {
    case RunResult::Status::Success:
        if (options.dryRun)
            ctx.out << Cli::tr("Rehearsal finished: everything was rolled back, the database is unchanged.")
                    << '\n';
        return Success;
    case RunResult::Status::Refused:
        ctx.error(result.error);
        return Refused;
    case RunResult::Status::Cancelled:
    case RunResult::Status::Failed:
        ctx.error(result.error);
        return MigrationFailed;
    }
    return MigrationFailed;
}

namespace {

// Django's "Operations to perform" header of migrate.
void printOperations(Context &ctx, const QString &app, const QString &target)
{
    ctx.out << Cli::tr("Operations to perform:") << '\n';
    if (app.isEmpty())
        ctx.out << Cli::tr("  Apply all migrations: %1").arg(ctx.catalogue.apps().join(QStringLiteral(", ")))
                << '\n';
    else if (target.isEmpty())
        ctx.out << Cli::tr("  Apply all migrations: %1").arg(app) << '\n';
    else if (target == QLatin1String("zero"))
        ctx.out << Cli::tr("  Unapply all migrations: %1").arg(app) << '\n';
    else
        ctx.out << Cli::tr("  Target specific migration: %1, from %2")
                       .arg(ctx.catalogue.resolvePrefix(app, target, nullptr)->name, app)
                << '\n';
}

int runMigrate(Context &ctx)
{
    if (ctx.args.size() > 2) {
        ctx.error(Cli::tr("migrate takes at most an app and a target: migrate [APP [TARGET]]."));
        return Usage;
    }
    RunOptions options;
    options.dryRun = ctx.parser.isSet(QStringLiteral("dry-run"));
    options.fakeInitial = ctx.parser.isSet(QStringLiteral("fake-initial"));
    RehearsalOptions rehearsal;
    if (!readRunOptions(ctx, &options) || !readFakeOptions(ctx, &options) ||
        !readRehearsalOptions(ctx, options.dryRun, &rehearsal))
        return Usage;
    const bool inPlace = ctx.parser.isSet(QStringLiteral("in-place"));
    if ((options.fake || options.fakeInitial) && options.dryRun) {
        ctx.error(Cli::tr("--fake and --fake-initial record without running: they cannot be rehearsed with "
                          "--dry-run."));
        return Usage;
    }
    if (options.fake && options.fakeInitial) {
        ctx.error(Cli::tr("Use --fake or --fake-initial, not both: --fake records every planned "
                          "migration, --fake-initial only initial ones whose tables exist."));
        return Usage;
    }
    const QString app = ctx.args.value(0);
    const QString target = ctx.args.value(1);
    PlannedRun run;
    int code = planRun(ctx, {false, app, target, true, false}, &run);
    if (code != Success)
        return code;
    QSqlDatabase &db = *run.db;
    const Plan *plan = &run.plan;
    const MigrationState &state = run.state;
    if (ctx.parser.isSet(QStringLiteral("plan"))) {
        ctx.out << plan->describe(ctx.catalogue);
        return Success;
    }
    // A faked step runs no backward SQL, so a changed definition cannot undo the wrong thing.
    if (!options.fake && refuseDrift(ctx, db, state, *plan))
        return Refused;
    printOperations(ctx, app, target);
    if (plan->isEmpty()) {
        ctx.out << Cli::tr("Running migrations:") << '\n' << Cli::tr("  No migrations to apply.") << '\n';
        return Success;
    }
    ctx.out.flush();
    if (options.dryRun && !inPlace) {
        // The copy is checked by running there; the database itself is only read.
        ctx.out << Cli::tr(
                       "Rehearsing migrations on a copy (the database itself is neither changed nor locked):")
                << '\n';
        ctx.out.flush();
        return rehearseOnCopy(ctx, db, *plan, options, rehearsal);
    }
    // Recording alone takes no table locks and changes no data: no preflight, no backup.
    AdvisoryLock lock(db, kAdvisoryLockKey);
    if (!options.fake && (code = checkGuards(ctx, db, *plan, false, options.dryRun, lock)) != Success)
        return code;
    if (options.dryRun && !confirmInPlace(ctx, db, state, *plan))
        return Refused;
    ctx.out << (options.dryRun
                    ? Cli::tr("Rehearsing migrations in place (one transaction, rolled back at the end):")
                    : Cli::tr("Running migrations:"))
            << '\n';
    ctx.out.flush();
    return executePlan(ctx, db, *plan, options);
}

} // namespace

// --yes, or a "yes" typed on the terminal; otherwise prints why not and returns false.
bool confirmRollback(Context &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("yes")))
        return true;
    if (!ctx.stdinIsTerminal) {
        ctx.error(
            Cli::tr("Refusing to roll back without confirmation: no terminal is attached, pass --yes."));
        return false;
    }
    const QString answer = ctx.ask(Cli::tr("Are you sure you want to roll back? Type 'yes' to continue: "));
    if (answer != QLatin1String("yes")) {
        ctx.out << Cli::tr("Rollback cancelled; nothing was changed.") << '\n';
        return false;
    }
    return true;
}

namespace {

int runRollback(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.error(Cli::tr("rollback takes no arguments; it always returns the strategy's apps to 0002."));
        return Usage;
    }
    RunOptions options;
    if (!readRunOptions(ctx, &options) || !readFakeOptions(ctx, &options))
        return Usage;
    PlannedRun run;
    int code = planRun(ctx, {true, QString(), QString(), false, false}, &run);
    if (code != Success)
        return code;
    QSqlDatabase &db = *run.db;
    const Plan *plan = &run.plan;
    const MigrationState &state = run.state;
    if (plan->isEmpty()) {
        QStringList apps;
        for (const strategy::Model &m : strategy::models())
            apps << m.app;
        ctx.out << Cli::tr("Nothing to roll back: %1 stand at %2 or below.")
                       .arg(spokenList(apps), QString::fromLatin1(strategy::kBaselinePrefix))
                << '\n';
        return Success;
    }
    if (!options.fake && refuseDrift(ctx, db, state, *plan))
        return Refused;
    const ServerInfo info = Database::serverInfo(db);
    ctx.out << Cli::tr("Rollback of the mixin migration on database \"%1\" (%2):\n"
                       "  data steps first, then schema steps, back to 0002.")
                   .arg(info.database, ctx.settings.displayName())
            << '\n'
            << plan->describe(ctx.catalogue);
    ctx.out.flush();
    if (!confirmRollback(ctx))
        return Refused;
    AdvisoryLock lock(db, kAdvisoryLockKey);
    if (!options.fake && (code = checkGuards(ctx, db, *plan, true, false, lock)) != Success)
        return code;
    ctx.out << (options.fake ? Cli::tr("Recording the rollback without running it (--fake):")
                             : Cli::tr("Running rollback:"))
            << '\n';
    ctx.out.flush();
    return executePlan(ctx, db, *plan, options);
}

} // namespace

int planRun(Context &ctx, const PlanRequest &request, PlannedRun *run)
{
    if (!ctx.requireApp(request.app))
        return Usage;
    int code = Success;
    auto connected = ctx.connectWithState(request.allowEmpty, &code);
    if (!connected)
        return code;
    run->db = connected->first;
    run->state = connected->second;
    run->what = request.rollback ? QStringLiteral("rollback")
                                 : QStringList{QStringLiteral("migrate"), request.app, request.target}
                                       .join(QLatin1Char(' '))
                                       .trimmed();
    const auto plan =
        request.rollback ? Planner::rollback(ctx.catalogue, run->state, &run->planError)
                         : Planner::migrate(ctx.catalogue, run->state, request.app, request.target, &run->planError);
    if (plan) {
        run->plan = *plan;
        return Success;
    }
    if (request.tolerateInconsistent && run->planError.kind == PlanError::Kind::Inconsistent)
        return Success; // the caller reports the history's order itself
    ctx.error(run->planError.message);
    return run->planError.kind == PlanError::Kind::Usage ? Usage : Refused;
}

Command migrateCommand()
{
    return Command{
        QStringLiteral("migrate"),
        QStringLiteral(
            "migrate [APP [TARGET]] [--plan] [--dry-run [--in-place | --rehearse-server CONNINFO]] "
            "[--fake [--force] | --fake-initial] "
            "[--statement-timeout DURATION] [--batch-size N | --batch-target-ms MS] [--max-replica-lag LAG]"),
        Cli::tr("Brings apps to their latest migration, or APP forward or backward to TARGET (a unique "
                "prefix such as 0003, or zero), with Django's semantics. Each schema migration runs in "
                "one transaction; data steps run in short batches. Ctrl-C stops safely."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("plan"), Cli::tr("Only list the planned operations.")});
            p.addOption({QStringLiteral("fake-initial"),
                         Cli::tr("Record initial migrations whose tables already exist as applied without "
                                 "running them, as Django's --fake-initial; run the others.")});
            p.addOption(
                {QStringLiteral("dry-run"),
                 Cli::tr("Rehearse on a copy: the latest verified backup (or a fresh one) restored into a "
                         "scratch database, the plan and its reverse run and validated there, the durations "
                         "reported as the estimate for production, the copy dropped. With --in-place: on the "
                         "database itself, in one transaction rolled back at the end.")});
            p.addOption(
                {QStringLiteral("yes"), Cli::tr("With --dry-run --in-place: do not ask for confirmation.")});
            addRehearsalOptions(p);
            addRunOptions(p);
            addFakeOptions(p);
        },
        runMigrate};
}

Command rollbackCommand()
{
    return Command{
        QStringLiteral("rollback"),
        QStringLiteral("rollback [--yes] [--fake [--force]] [--statement-timeout DURATION]"),
        Cli::tr(
            "The strategy's rollback: data steps (each app to 0003), then schema steps (to 0002). Asks for "
            "confirmation on a terminal; without one it needs --yes."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("yes"), Cli::tr("Do not ask for confirmation.")});
            addRunOptions(p);
            addFakeOptions(p);
        },
        runRollback};
}

} // namespace gma::cli
