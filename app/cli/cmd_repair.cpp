// `repair APP [--dry-run] [--yes]`: makes the record and the database of APP agree again, as
// showmigrations diagnoses them (consistency.h): records or unrecords what the schema shows (with
// --fake's contract check), runs a data step that stopped part-way again, or drops what a
// half-applied schema step left. It prints what it will do first (with the statements), and asks
// for a typed "yes" unless --yes; --dry-run prints and stops.
// Exit 0 repaired (or nothing to repair), 1 refused, 2 bad usage, 4 the repair failed.
#include "commands.h"

#include "consistency.h"

namespace gma::cli {

namespace {

int runRepair(Context &ctx)
{
    if (ctx.args.size() != 1 || !ctx.catalogue.hasApp(ctx.args.first())) {
        ctx.error(ctx.args.size() == 1 ? Cli::tr("No migrations present for: %1.").arg(ctx.args.first())
                                       : Cli::tr("repair needs one app: repair APP (showmigrations names the "
                                                 "apps that need one)."));
        return Usage;
    }
    const QString app = ctx.args.first();
    RunOptions options;
    if (!readRunOptions(ctx, &options))
        return Usage;
    int code = Success;
    auto db = ctx.connectGma(true, &code);
    if (!db)
        return code;
    const auto state = ctx.readState(*db);
    if (!state)
        return Refused;
    QString error;
    const QList<Disagreement> found = Consistency::diagnose(*db, ctx.catalogue, *state, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    const Disagreement *d = nullptr;
    for (const Disagreement &x : found) {
        if (x.app == app)
            d = &x;
    }
    if (!d) {
        ctx.out << Cli::tr("Nothing to repair: the record of %1 and its tables agree.").arg(app) << '\n';
        return Success;
    }
    const Repair repair = Consistency::repairFor(*d, ctx.catalogue, *state);
    ctx.out << d->what << "\n";
    if (repair.kind == Repair::Kind::None) {
        ctx.error(Cli::tr("No repair is safe here; fix it by hand as said above."));
        return Refused;
    }
    ctx.out << Cli::tr("Repair: %1").arg(repair.summary) << "\n";
    for (const QString &statement : repair.statements)
        ctx.out << "  " << statement << "\n";
    if (!repair.plan.isEmpty())
        ctx.out << repair.plan.describe(ctx.catalogue);
    ctx.out.flush();
    if (ctx.parser.isSet(QStringLiteral("dry-run")))
        return Success;
    if (!ctx.parser.isSet(QStringLiteral("yes"))) {
        if (!ctx.stdinIsTerminal) {
            ctx.error(
                Cli::tr("Refusing to repair without confirmation: no terminal is attached, pass --yes."));
            return Refused;
        }
        if (ctx.ask(Cli::tr("Repair %1? Type 'yes' to go ahead: ").arg(app)) != QLatin1String("yes")) {
            ctx.out << Cli::tr("Not repaired; nothing was changed.") << '\n';
            return Refused;
        }
    }
    if (repair.kind != Repair::Kind::UndoLeftovers) {
        options.fake = repair.kind != Repair::Kind::Finish;
        return executePlan(ctx, *db, repair.plan, options);
    }
    Executor executor(*db, ctx.catalogue);
    CancelOnSignal<Executor> onSignal(&executor);
    QObject::connect(&executor, &Executor::message, [&ctx](const QString &text) { ctx.out << text << "\n"; });
    const RunResult result = executor.undoLeftovers(*ctx.catalogue.find(repair.step), options);
    if (!result.ok()) {
        ctx.error(result.error);
        return result.status == RunResult::Status::Refused ? Refused : MigrationFailed;
    }
    ctx.out
        << Cli::tr(
               "Repaired: %1 is at 0002 in its record and its schema; `gma-migrator-cli migrate %1` applies "
               "the migration whole.")
               .arg(app)
        << '\n';
    return Success;
}

} // namespace

Command repairCommand()
{
    return Command{
        QStringLiteral("repair"), QStringLiteral("repair APP [--dry-run] [--yes]"),
        Cli::tr(
            "Makes APP's record and its tables agree where showmigrations says they do not: records or "
            "unrecords what the schema shows (checked against the contract), runs a data step that stopped "
            "part-way again, or drops what a half-applied schema step left (committed only when the table "
            "then has the contract's 0002 schema). Shows what it does first and asks."),
        [](QCommandLineParser &p) {
            p.addOption(
                {QStringLiteral("dry-run"), Cli::tr("Show the repair and its statements, change nothing.")});
            p.addOption({QStringLiteral("yes"), Cli::tr("Repair without asking.")});
            addRunOptions(p);
        },
        runRepair};
}

} // namespace gma::cli
