#include "cli.h"

#include "audit.h"
#include "demo.h"
#include "executor.h"
#include "progress.h"
#include "sqlutil.h"
#include "state.h"
#include "toolschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace gma::cli {

namespace {

QMap<QString, Command> &registry()
{
    static QMap<QString, Command> commands;
    return commands;
}

QList<RunGuard> &guards()
{
    static QList<RunGuard> list;
    return list;
}

std::atomic<Executor *> g_activeExecutor{nullptr};

void onSigint(int)
{
    if (Executor *e = g_activeExecutor.load())
        e->cancel();
    else
        std::_Exit(130);
}

QString formatMs(qint64 ms)
{
    return ms < 1000 ? QStringLiteral("%1 ms").arg(ms) : QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

// Migrations applied with a definition whose checksum has changed since.
QList<MigrationKey> driftedMigrations(QSqlDatabase &db, const MigrationCatalogue &cat, const MigrationState &state)
{
    QList<MigrationKey> out;
    const auto recorded = ToolSchema::appliedChecksums(db);
    for (auto it = recorded.begin(); it != recorded.end(); ++it) {
        const MigrationDefinition *def = cat.find(it.key());
        if (def && state.isApplied(it.key()) && def->checksum != it.value())
            out << it.key();
    }
    return out;
}

// Refuses (true) to unapply a migration whose definition changed since it was applied, unless
// --ignore-drift: its backward SQL may not undo what actually ran.
bool refuseDrift(Context &ctx, QSqlDatabase &db, const MigrationState &state, const Plan &plan)
{
    if (ctx.parser.isSet(QStringLiteral("ignore-drift")))
        return false;
    const QList<MigrationKey> drifted = driftedMigrations(db, ctx.catalogue, state);
    for (const PlanStep &s : plan.steps) {
        if (s.backwards && drifted.contains(s.key)) {
            ctx.error(QStringLiteral("%1 was applied from a different definition than the one that would undo it "
                                     "(checksum drift): review the change, then pass --ignore-drift.")
                          .arg(s.key.label()));
            return true;
        }
    }
    return false;
}

} // namespace

void setActiveExecutor(Executor *executor)
{
    g_activeExecutor.store(executor);
}

void registerGuard(RunGuard guard)
{
    guards().append(std::move(guard));
    std::stable_sort(guards().begin(), guards().end(),
                     [](const RunGuard &a, const RunGuard &b) { return a.order < b.order; });
}

static int runGuards(Context &ctx, QSqlDatabase &db, const Plan &plan, bool isRollback, bool isDryRun)
{
    for (const RunGuard &g : guards()) {
        const int code = g.check(ctx, db, plan, isRollback, isDryRun);
        if (code != Success)
            return code;
    }
    return Success;
}

static void addGuardOptions(QCommandLineParser &p)
{
    for (const RunGuard &g : guards()) {
        if (g.addOptions)
            g.addOptions(p);
    }
}

void registerCommand(Command command)
{
    registry().insert(command.name, std::move(command));
}

QString toJson(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Indented));
}

std::optional<QSqlDatabase> Context::connect()
{
    ConnectError error;
    auto db = Database::open(settings, Database::uniqueName(QStringLiteral("cli")), &error);
    if (!db)
        this->error(error.message);
    return db;
}

bool Context::requireGma(QSqlDatabase &db, bool allowEmpty)
{
    const ServerInfo info = Database::serverInfo(db);
    if (info.isGma || (allowEmpty && info.isEmpty))
        return true;
    error(QStringLiteral("The database \"%1\" is not a GMA database (no GMA tables and no GMA migrations recorded): "
                         "connect to the Game Master Application's database.")
              .arg(info.database));
    return false;
}

void Context::error(const QString &sentence) const
{
    err << "error: " << sentence << Qt::endl;
}

void Context::warn(const QString &sentence) const
{
    err << "warning: " << sentence << Qt::endl;
}

QString Context::ask(const QString &prompt) const
{
    err << prompt;
    err.flush();
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

// ---------------------------------------------------------------------------------------------
// showmigrations

static int showMigrations(Context &ctx)
{
    QStringList apps = ctx.args;
    for (const QString &app : std::as_const(apps)) {
        if (!ctx.catalogue.hasApp(app)) {
            ctx.error(QStringLiteral("No migrations present for: %1.").arg(app));
            return Usage;
        }
    }
    if (apps.isEmpty())
        apps = ctx.catalogue.apps();
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    QString error;
    const auto state = MigrationState::read(*db, &error);
    if (!state) {
        ctx.error(error);
        return Refused;
    }
    const QList<MigrationKey> drifted = driftedMigrations(*db, ctx.catalogue, *state);
    const bool json = ctx.parser.isSet(QStringLiteral("json"));
    QVariantList appList;
    for (const QString &app : std::as_const(apps)) {
        // Django's show_list: each leaf's forwards plan within the app, without repeats.
        QList<MigrationKey> shown;
        for (const MigrationKey &leaf : ctx.catalogue.leafNodes(app)) {
            for (const MigrationKey &key : ctx.catalogue.forwardsPlan(leaf)) {
                if (key.app == app && !shown.contains(key))
                    shown << key;
            }
        }
        if (json) {
            QVariantList migrations;
            for (const MigrationKey &key : std::as_const(shown)) {
                QVariantMap m;
                m.insert(QStringLiteral("name"), key.name);
                m.insert(QStringLiteral("applied"), state->isApplied(key));
                m.insert(QStringLiteral("applied_at"), state->isApplied(key)
                                                           ? QVariant(state->applied.value(key).toUTC().toString(Qt::ISODateWithMs))
                                                           : QVariant());
                m.insert(QStringLiteral("checksum"), ctx.catalogue.find(key)->checksum);
                m.insert(QStringLiteral("checksum_drift"), drifted.contains(key));
                migrations << m;
            }
            appList << QVariantMap{{QStringLiteral("app"), app}, {QStringLiteral("migrations"), migrations}};
        } else {
            ctx.out << app << '\n';
            if (shown.isEmpty())
                ctx.out << " (no migrations)\n";
            for (const MigrationKey &key : std::as_const(shown))
                ctx.out << (state->isApplied(key) ? " [X] " : " [ ] ") << key.name << '\n';
        }
    }
    if (json) {
        QVariantList driftList;
        for (const MigrationKey &k : drifted)
            driftList << k.label();
        ctx.out << toJson(QVariantMap{{QStringLiteral("apps"), appList},
                                      {QStringLiteral("django_migrations_exists"), state->tableExists},
                                      {QStringLiteral("inconsistencies"), state->inconsistencies(ctx.catalogue)},
                                      {QStringLiteral("checksum_drift"), driftList}});
    }
    ctx.out.flush();
    for (const MigrationKey &k : drifted)
        ctx.warn(QStringLiteral("%1 was applied from a definition that has changed since (checksum differs).").arg(k.label()));
    for (const QString &problem : state->inconsistencies(ctx.catalogue))
        ctx.warn(problem);
    return Success;
}

static const Registrar showRegistrar{Command{
    QStringLiteral("showmigrations"), QStringLiteral("showmigrations [APP...] [--json]"),
    QStringLiteral("Lists each app's migrations as Django does: [X] applied, [ ] not applied."),
    [](QCommandLineParser &p) { p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")}); },
    showMigrations, 10}};

// ---------------------------------------------------------------------------------------------
// sqlmigrate

static int sqlMigrate(Context &ctx)
{
    if (ctx.args.size() != 2) {
        ctx.error(QStringLiteral("sqlmigrate needs an app and a migration name: sqlmigrate APP NAME."));
        return Usage;
    }
    QString message;
    const auto key = ctx.catalogue.resolvePrefix(ctx.args.at(0), ctx.args.at(1), &message);
    if (!key) {
        ctx.error(message);
        return Usage;
    }
    const MigrationDefinition &def = *ctx.catalogue.find(*key);
    const bool backwards = ctx.parser.isSet(QStringLiteral("backwards"));
    if (def.isData()) {
        const PopulateSpec &p = def.populate;
        ctx.out << "--\n-- " << def.key.label() << (backwards ? " (backwards)" : "") << ": data step, run in batches of "
                << "--batch-size rows, each batch its own transaction.\n--\n";
        if (!backwards) {
            ctx.out << "-- For each primary-key range [lo, hi) of " << p.table
                    << " (parameters: lo, hi, then table and column name for each record):\n"
                    << Executor::populateBatchSql(p) << ";\n";
        } else {
            ctx.out << "-- For each group of recorded batches, at most one per column (parameters: the records' ids, "
                       "then each column name), then delete those records:\n"
                    << Executor::populateReverseBatchSql(p) << ";\n";
        }
        ctx.out << "-- Finally:\n" << DjangoRecorder::recordSql(def.key, backwards) << ";\n";
        ctx.out.flush();
        return Success;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ctx.out << "BEGIN;\n";
    for (const SqlOperation &op : def.operations(backwards)) {
        ctx.out << "--\n-- " << op.description << "\n--\n";
        for (QString s : op.statements) {
            s.replace(QStringLiteral("{{now}}"), timestampLiteral(now));
            ctx.out << s << ";\n";
        }
    }
    ctx.out << "COMMIT;\n";
    ctx.out.flush();
    return Success;
}

static const Registrar sqlRegistrar{Command{
    QStringLiteral("sqlmigrate"), QStringLiteral("sqlmigrate APP NAME [--backwards]"),
    QStringLiteral("Prints the SQL a migration runs (NAME may be a unique prefix such as 0003). Needs no database."),
    [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("backwards"), QStringLiteral("The SQL that unapplies the migration.")});
    },
    sqlMigrate, 20}};

// ---------------------------------------------------------------------------------------------
// migrate and rollback share the run.

static bool readRunOptions(Context &ctx, RunOptions *options)
{
    bool ok = true;
    if (ctx.parser.isSet(QStringLiteral("batch-size"))) {
        options->batchSize = ctx.parser.value(QStringLiteral("batch-size")).toInt(&ok);
        if (!ok || options->batchSize < 1) {
            ctx.error(QStringLiteral("--batch-size needs a positive number of rows."));
            return false;
        }
    }
    if (ctx.parser.isSet(QStringLiteral("lock-timeout"))) {
        options->lockTimeoutMs = ctx.parser.value(QStringLiteral("lock-timeout")).toInt(&ok);
        if (!ok || options->lockTimeoutMs < 1) {
            ctx.error(QStringLiteral("--lock-timeout needs a positive number of milliseconds."));
            return false;
        }
    }
    if (ctx.parser.isSet(QStringLiteral("lock-retries"))) {
        options->lockRetries = ctx.parser.value(QStringLiteral("lock-retries")).toInt(&ok);
        if (!ok || options->lockRetries < 0) {
            ctx.error(QStringLiteral("--lock-retries needs a number of retries (0 or more)."));
            return false;
        }
    }
    return true;
}

static void addRunOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("batch-size"), QStringLiteral("Rows per batch of a data step (default 10000)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("lock-timeout"),
                 QStringLiteral("How long one attempt waits for a table lock, in ms (default 3000)."),
                 QStringLiteral("MS")});
    p.addOption({QStringLiteral("lock-retries"),
                 QStringLiteral("How often a step retries after a lock timeout (default 5)."), QStringLiteral("N")});
}

static int executePlan(Context &ctx, QSqlDatabase &db, const Plan &plan, const RunOptions &options)
{
    Executor executor(db, ctx.catalogue);
    ProgressPrinter printer(&executor, ctx.catalogue, plan, ctx.err, ctx.stderrIsTerminal, options.dryRun);
    setActiveExecutor(&executor);
    const RunResult result = executor.run(plan, options);
    setActiveExecutor(nullptr);
    for (const StepResult &s : result.steps) {
        const QString verb = options.dryRun ? QStringLiteral("Rehearsed")
                                            : (s.step.backwards ? QStringLiteral("Unapplying") : QStringLiteral("Applying"));
        ctx.out << "  " << verb << ' ' << s.step.key.label() << "... ";
        if (s.ok) {
            ctx.out << "OK (" << formatMs(s.ms);
            if (s.rows > 0 || s.batches > 0)
                ctx.out << ", " << s.rows << " rows";
            if (s.batches > 0)
                ctx.out << " in " << s.batches << " batches";
            if (s.attempts > 1)
                ctx.out << ", " << s.attempts << " attempts";
            ctx.out << ")\n";
            if (options.dryRun) {
                for (const StatementResult &st : s.statements) {
                    if (st.rows > 0 || st.ms >= 5)
                        ctx.out << "      " << st.sql.simplified().left(90) << " -- " << qMax<qint64>(0, st.rows)
                                << " rows, " << formatMs(st.ms) << '\n';
                }
            }
        } else {
            ctx.out << (s.cancelled ? "CANCELLED" : "FAILED") << '\n';
        }
    }
    ctx.out.flush();
    switch (result.status) {
    case RunResult::Status::Success:
        if (options.dryRun)
            ctx.out << "Rehearsal finished: everything was rolled back, the database is unchanged.\n";
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

static int migrateCommand(Context &ctx)
{
    if (ctx.args.size() > 2) {
        ctx.error(QStringLiteral("migrate takes at most an app and a target: migrate [APP [TARGET]]."));
        return Usage;
    }
    RunOptions options;
    options.dryRun = ctx.parser.isSet(QStringLiteral("dry-run"));
    if (!readRunOptions(ctx, &options))
        return Usage;
    const QString app = ctx.args.value(0);
    const QString target = ctx.args.value(1);
    if (!app.isEmpty() && !ctx.catalogue.hasApp(app)) {
        ctx.error(QStringLiteral("App '%1' does not have migrations.").arg(app));
        return Usage;
    }
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    if (!ctx.requireGma(*db, true))
        return Refused;
    QString error;
    const auto state = MigrationState::read(*db, &error);
    if (!state) {
        ctx.error(error);
        return Refused;
    }
    PlanError perr;
    const auto plan = Planner::migrate(ctx.catalogue, *state, app, target, &perr);
    if (!plan) {
        ctx.error(perr.message);
        return perr.kind == PlanError::Kind::Usage ? Usage : Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("plan"))) {
        ctx.out << plan->describe(ctx.catalogue);
        return Success;
    }
    if (refuseDrift(ctx, *db, *state, *plan))
        return Refused;
    ctx.out << "Operations to perform:\n";
    if (app.isEmpty())
        ctx.out << "  Apply all migrations: " << ctx.catalogue.apps().join(QStringLiteral(", ")) << '\n';
    else if (target.isEmpty())
        ctx.out << "  Apply all migrations: " << app << '\n';
    else if (target == QLatin1String("zero"))
        ctx.out << "  Unapply all migrations: " << app << '\n';
    else
        ctx.out << "  Target specific migration: " << ctx.catalogue.resolvePrefix(app, target, nullptr)->name << ", from "
                << app << '\n';
    if (plan->isEmpty()) {
        ctx.out << "Running migrations:\n  No migrations to apply.\n";
        return Success;
    }
    ctx.out.flush();
    if (const int code = runGuards(ctx, *db, *plan, false, options.dryRun); code != Success)
        return code;
    ctx.out << (options.dryRun ? "Rehearsing migrations (one transaction, rolled back at the end):\n" : "Running migrations:\n");
    ctx.out.flush();
    return executePlan(ctx, *db, *plan, options);
}

static const Registrar migrateRegistrar{Command{
    QStringLiteral("migrate"), QStringLiteral("migrate [APP [TARGET]] [--plan] [--dry-run] [--batch-size N]"),
    QStringLiteral("Brings apps to their latest migration, or APP forward or backward to TARGET (a unique prefix such as "
                   "0003, or zero), with Django's semantics. Each schema migration runs in one transaction; data steps "
                   "run in short batches. Ctrl-C stops safely."),
    [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("plan"), QStringLiteral("Only list the planned operations.")});
        p.addOption({QStringLiteral("dry-run"),
                     QStringLiteral("Rehearse the whole plan in one transaction and roll it back; reports real row "
                                    "counts and timings.")});
        p.addOption({QStringLiteral("ignore-drift"),
                     QStringLiteral("Unapply migrations even if their definition changed since they were applied.")});
        addRunOptions(p);
        addGuardOptions(p);
    },
    migrateCommand, 30}};

static int rollbackCommand(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.error(QStringLiteral("rollback takes no arguments; it always returns the strategy's apps to 0002."));
        return Usage;
    }
    RunOptions options;
    if (!readRunOptions(ctx, &options))
        return Usage;
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    if (!ctx.requireGma(*db, false))
        return Refused;
    QString error;
    const auto state = MigrationState::read(*db, &error);
    if (!state) {
        ctx.error(error);
        return Refused;
    }
    PlanError perr;
    const auto plan = Planner::rollback(ctx.catalogue, *state, &perr);
    if (!plan) {
        ctx.error(perr.message);
        return Refused;
    }
    if (plan->isEmpty()) {
        ctx.out << "Nothing to roll back: characters, items and locations stand at 0002 or below.\n";
        return Success;
    }
    if (refuseDrift(ctx, *db, *state, *plan))
        return Refused;
    const ServerInfo info = Database::serverInfo(*db);
    ctx.out << "Rollback of the mixin migration on database \"" << info.database << "\" (" << ctx.settings.displayName()
            << "):\n  data steps first, then schema steps, back to 0002.\n"
            << plan->describe(ctx.catalogue);
    ctx.out.flush();
    if (!ctx.parser.isSet(QStringLiteral("yes"))) {
        if (!ctx.stdinIsTerminal) {
            ctx.error(QStringLiteral("Refusing to roll back without confirmation: no terminal is attached, pass --yes."));
            return Refused;
        }
        const QString answer = ctx.ask(QStringLiteral("Are you sure you want to roll back? Type 'yes' to continue: "));
        if (answer != QLatin1String("yes")) {
            ctx.out << "Rollback cancelled; nothing was changed.\n";
            return Refused;
        }
    }
    if (const int code = runGuards(ctx, *db, *plan, true, false); code != Success)
        return code;
    ctx.out << "Running rollback:\n";
    ctx.out.flush();
    return executePlan(ctx, *db, *plan, options);
}

static const Registrar rollbackRegistrar{Command{
    QStringLiteral("rollback"), QStringLiteral("rollback [--yes]"),
    QStringLiteral("The strategy's rollback: data steps (each app to 0003), then schema steps (to 0002). Asks for "
                   "confirmation on a terminal; without one it needs --yes."),
    [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")});
        p.addOption({QStringLiteral("ignore-drift"),
                     QStringLiteral("Unapply migrations even if their definition changed since they were applied.")});
        addRunOptions(p);
        addGuardOptions(p);
    },
    rollbackCommand, 40}};

// ---------------------------------------------------------------------------------------------
// audit

static int auditCommand(Context &ctx)
{
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    if (!ctx.requireGma(*db, false))
        return Refused;
    QString error;
    const QList<ModelAudit> audit = Audit::collect(*db, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList models;
        for (const ModelAudit &m : audit) {
            QVariantMap fields;
            for (const AuditFieldStat &f : m.fields) {
                fields.insert(f.column, f.present ? QVariant(QVariantMap{{QStringLiteral("nulls"), f.nulls},
                                                                          {QStringLiteral("null_share"), m.nullShare(f)}})
                                                  : QVariant());
            }
            models << QVariantMap{{QStringLiteral("model"), m.model},
                                  {QStringLiteral("table"), m.table},
                                  {QStringLiteral("rows"), m.rows},
                                  {QStringLiteral("fields"), fields}};
        }
        ctx.out << toJson(QVariantMap{{QStringLiteral("models"), models}});
        return Success;
    }
    ctx.out << QStringLiteral("%1 %2").arg(QStringLiteral("Model"), -22).arg(QStringLiteral("Rows"), 10);
    for (const QString &c : Audit::auditColumns())
        ctx.out << QStringLiteral("  %1").arg(c + QStringLiteral(" NULL"), 22);
    ctx.out << '\n';
    for (const ModelAudit &m : audit) {
        ctx.out << QStringLiteral("%1 %2").arg(m.model, -22).arg(m.rows, 10);
        for (const AuditFieldStat &f : m.fields) {
            const QString cell = f.present ? QStringLiteral("%1 (%2%)").arg(f.nulls).arg(100.0 * m.nullShare(f), 0, 'f', 1)
                                           : QStringLiteral("(no column)");
            ctx.out << QStringLiteral("  %1").arg(cell, 22);
        }
        ctx.out << '\n';
    }
    return Success;
}

static const Registrar auditRegistrar{Command{
    QStringLiteral("audit"), QStringLiteral("audit [--json]"),
    QStringLiteral("Per model: rows, and how many lack created_by, modified_by, created_at, updated_at."),
    [](QCommandLineParser &p) { p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")}); }, auditCommand,
    50}};

// ---------------------------------------------------------------------------------------------
// init-demo

static int initDemo(Context &ctx)
{
    DemoOptions options;
    if (ctx.parser.isSet(QStringLiteral("rows"))) {
        bool ok = false;
        options.rows = ctx.parser.value(QStringLiteral("rows")).toLongLong(&ok);
        if (!ok || options.rows < 1) {
            ctx.error(QStringLiteral("--rows needs a positive number."));
            return Usage;
        }
    }
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    // GMA tables are refused by Demo::build; tables of another application are refused here.
    if (const ServerInfo info = Database::serverInfo(*db); !info.isEmpty && !info.isGma) {
        ctx.error(QStringLiteral("The database \"%1\" has tables of another application: init-demo only builds on an "
                                 "empty database. Create a new database for the demo.")
                      .arg(info.database));
        return Refused;
    }
    const DemoResult r = Demo::build(*db, ctx.catalogue, options, [&](const QString &text) {
        ctx.err << text << "..." << Qt::endl;
    });
    if (!r.ok) {
        ctx.error(r.error);
        return Refused;
    }
    ctx.out << QStringLiteral("Demo database ready at 0002 in %1: %2 users, %3 campaigns, %4 characters, %5 items, "
                              "%6 locations.\n")
                   .arg(formatMs(r.ms))
                   .arg(r.users)
                   .arg(r.campaigns)
                   .arg(r.characters)
                   .arg(r.items)
                   .arg(r.locations);
    return Success;
}

static const Registrar demoRegistrar{Command{
    QStringLiteral("init-demo"), QStringLiteral("init-demo [--rows N]"),
    QStringLiteral("On an empty database, builds the GMA schema at 0002 and fills it with demo data: users, campaigns, "
                   "and N characters, items and locations (default 1000)."),
    [](QCommandLineParser &p) {
        p.addOption({QStringLiteral("rows"), QStringLiteral("Characters, items and locations each."), QStringLiteral("N")});
    },
    initDemo, 60}};

// ---------------------------------------------------------------------------------------------
// history

static int historyCommand(Context &ctx)
{
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    QString error;
    const QList<HistoryEntry> entries = ToolSchema::history(*db, 1000, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const HistoryEntry &e : entries) {
            list << QVariantMap{{QStringLiteral("id"), e.id},
                                {QStringLiteral("migration"), e.key.label()},
                                {QStringLiteral("direction"), e.direction},
                                {QStringLiteral("started_at"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("duration_ms"), e.durationMs},
                                {QStringLiteral("outcome"), e.outcome},
                                {QStringLiteral("db_user"), e.dbUser},
                                {QStringLiteral("rows"), e.rowsAffected},
                                {QStringLiteral("checksum"), e.checksum},
                                {QStringLiteral("message"), e.message}};
        }
        ctx.out << toJson(QVariantMap{{QStringLiteral("history"), list}});
        return Success;
    }
    if (entries.isEmpty()) {
        ctx.out << "No runs recorded yet.\n";
        return Success;
    }
    for (const HistoryEntry &e : entries) {
        ctx.out << QStringLiteral("%1  %2  %3 %4  %5  %6 rows  %7  %8\n")
                       .arg(e.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                       .arg(e.dbUser, -10)
                       .arg(e.direction, -8)
                       .arg(e.key.label(), -70)
                       .arg(formatMs(e.durationMs), 9)
                       .arg(e.rowsAffected, 8)
                       .arg(e.outcome)
                       .arg(e.message);
    }
    return Success;
}

static const Registrar historyRegistrar{Command{
    QStringLiteral("history"), QStringLiteral("history [--json]"),
    QStringLiteral("The runs the tool recorded: who, when, what, how long, outcome (newest first)."),
    [](QCommandLineParser &p) { p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")}); },
    historyCommand, 70}};

// ---------------------------------------------------------------------------------------------

static QString globalHelp()
{
    QString text = QStringLiteral(
        "Usage: gma-migrator-cli [--db CONNINFO] COMMAND [ARGS...]\n\n"
        "Carries out, checks and undoes the GMA mixin migration.\n\n"
        "Connection: --db takes a postgresql:// URI or a libpq keyword string (host=... dbname=...);\n"
        "without it, PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE and ~/.pgpass apply, as for psql.\n\n"
        "Commands:\n");
    QList<Command> commands = registry().values();
    std::sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.order < b.order; });
    for (const Command &c : std::as_const(commands))
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.description);
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --db CONNINFO           Connection (URI or keyword string).\n"
        "  --migrations-dir DIR    Use migration definitions from DIR instead of the built-in ones.\n"
        "  --help                  This help; COMMAND --help for a command's options.\n"
        "  --version               The tool's version.\n\n"
        "Exit codes: 0 success, 1 refused or checks failed, 2 usage, 3 cannot connect,\n"
        "4 migration failed or cancelled (the running step was rolled back).\n");
    return text;
}

static QList<ApplicationFactory> &applicationFactories()
{
    static QList<ApplicationFactory> list;
    return list;
}

void registerApplicationFactory(ApplicationFactory factory)
{
    applicationFactories().append(std::move(factory));
}

int run(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    for (const ApplicationFactory &factory : applicationFactories()) {
        if ((app = factory(argc, argv)))
            break;
    }
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gma-migrator-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GMA_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // Find the command: the first argument that is neither an option nor an option's value.
    const QStringList arguments = QCoreApplication::arguments();
    const QStringList valueOptions{QStringLiteral("--db"), QStringLiteral("--migrations-dir")};
    QString commandName;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        commandName = a;
        break;
    }
    if (commandName.isEmpty()) {
        if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
            out << "gma-migrator-cli " << GMA_VERSION << '\n';
            return Success;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            out << globalHelp();
            return Success;
        }
        err << globalHelp();
        return Usage;
    }
    if (!registry().contains(commandName)) {
        err << "error: Unknown command '" << commandName << "': run gma-migrator-cli --help for the list." << Qt::endl;
        return Usage;
    }
    const Command &command = registry()[commandName];

    QCommandLineParser parser;
    parser.setApplicationDescription(command.description);
    parser.addOption({QStringLiteral("db"), QStringLiteral("Connection: postgresql:// URI or libpq keyword string."),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("migrations-dir"), QStringLiteral("Migration definitions to use instead of the built-in ones."),
                      QStringLiteral("DIR")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
    parser.addOption({QStringLiteral("version"), QStringLiteral("Show the version.")});
    parser.addPositionalArgument(command.name, command.synopsis);
    if (command.addOptions)
        command.addOptions(parser);
    if (!parser.parse(arguments)) {
        QString text = parser.errorText();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        err << "error: " << text << ": see gma-migrator-cli " << command.name << " --help." << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << "Usage: gma-migrator-cli " << command.synopsis << "\n\n" << command.description << "\n\n";
        QString options = parser.helpText();
        const int at = options.indexOf(QStringLiteral("Options:"));
        const int end = options.indexOf(QStringLiteral("Arguments:"));
        out << options.mid(at, end > at ? end - at : -1).trimmed() << '\n';
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "gma-migrator-cli " << GMA_VERSION << '\n';
        return Success;
    }

    MigrationCatalogue catalogue;
    if (parser.isSet(QStringLiteral("migrations-dir"))) {
        QString error;
        auto loaded = MigrationCatalogue::fromDirectory(parser.value(QStringLiteral("migrations-dir")), &error);
        if (!loaded) {
            err << "error: The migration definitions cannot be used: " << error << Qt::endl;
            return Refused;
        }
        catalogue = *loaded;
    } else {
        catalogue = MigrationCatalogue::builtIn();
    }

    ConnectionSettings settings;
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        auto parsed = ConnectionSettings::parse(parser.value(QStringLiteral("db")), &error);
        if (!parsed) {
            err << "error: " << error << Qt::endl;
            return Usage;
        }
        settings = *parsed;
    }
    settings = settings.withDefaults(ConnectionSettings::fromEnvironment());

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command name
    Context ctx{parser, positional, out, err, catalogue, settings};
    ctx.stdoutIsTerminal = isatty(STDOUT_FILENO) != 0;
    ctx.stderrIsTerminal = isatty(STDERR_FILENO) != 0;
    ctx.stdinIsTerminal = isatty(STDIN_FILENO) != 0;

    std::signal(SIGINT, onSigint);
    std::signal(SIGTERM, onSigint);
    const int code = command.run(ctx);
    out.flush();
    err.flush();
    return code;
}

} // namespace gma::cli
