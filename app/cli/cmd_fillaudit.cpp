// `fill-audit [APP] [--dry-run] [--yes]`: fills late rows (audit.h: rows still without audit users
// after the data step) with the recorded data step's own batches (Executor::fillLateRows), which
// record what they fill so that a rollback sets those rows back to NULL. It prints what it found
// first, and asks for a typed "yes" unless --yes; --dry-run prints and stops.
// Exit 0 filled (or nothing to fill), 1 refused, 2 bad usage, 3 cannot connect, 4 the fill failed
// or was cancelled (batches already committed stay filled and recorded).
#include "commands.h"

#include "audit.h"
#include "format.h"
#include "progress.h"
#include "strategy.h"

namespace gma::cli {

namespace {

int runFillAudit(Context &ctx)
{
    if (ctx.args.size() > 1 || (ctx.args.size() == 1 && !strategy::findModel(ctx.args.first()))) {
        ctx.error(ctx.args.size() == 1 ? Cli::tr("%1 is not one of the apps with audit fields (%2).")
                                             .arg(ctx.args.first(), QStringList{strategy::models().at(0).app,
                                                                                strategy::models().at(1).app,
                                                                                strategy::models().at(2).app}
                                                                        .join(QStringLiteral(", ")))
                                       : Cli::tr("fill-audit takes at most one app: fill-audit [APP]."));
        return Usage;
    }
    const QString app = ctx.args.value(0);
    RunOptions options;
    if (!readRunOptions(ctx, &options))
        return Usage;
    int code = Success;
    auto db = ctx.connectGma(true, &code);
    if (!db)
        return code;
    QString error;
    const QList<ModelAudit> audit = Audit::collect(*db, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    Plan plan;
    for (const ModelAudit &m : audit) {
        const strategy::Model *model = strategy::findModel(m.table);
        if (!app.isEmpty() && model->app != app)
            continue;
        if (!m.late.found())
            continue;
        ctx.out << m.late.sentence() << '\n';
        plan.steps << PlanStep{MigrationKey{model->app, m.late.dataStep}, false};
    }
    if (plan.isEmpty()) {
        ctx.out << (app.isEmpty()
                        ? Cli::tr("No late rows: every row of the three models has its audit users, or the "
                                  "data step is not recorded yet (migrate fills those).")
                        : Cli::tr("No late rows: every row %1 has its audit users, or the data step is not "
                                  "recorded yet (migrate fills those).")
                              .arg(app))
                << '\n';
        return Success;
    }
    ctx.out.flush();
    if (ctx.parser.isSet(QStringLiteral("dry-run")))
        return Success;
    if (!ctx.parser.isSet(QStringLiteral("yes"))) {
        if (!ctx.stdinIsTerminal) {
            ctx.error(Cli::tr("Refusing to fill without confirmation: no terminal is attached, pass --yes."));
            return Refused;
        }
        if (ctx.ask(Cli::tr("Fill them? Type 'yes' to go ahead: ")) != QLatin1String("yes")) {
            ctx.out << Cli::tr("Not filled; nothing was changed.") << '\n';
            return Refused;
        }
    }
    QList<MigrationKey> steps;
    for (const PlanStep &s : plan.steps)
        steps << s.key;
    Executor executor(*db, ctx.catalogue);
    ProgressPrinter printer(&executor, ctx.catalogue, plan, ctx.err, ctx.stderrIsTerminal, false);
    QObject::connect(&executor, &Executor::message, [&ctx](const QString &text) { ctx.err << text << Qt::endl; });
    RunResult result;
    {
        CancelOnSignal<Executor> onSignal(&executor);
        result = executor.fillLateRows(steps, options);
    }
    for (const StepResult &s : result.steps) {
        if (s.ok)
            ctx.out << "  "
                    << Cli::tr("Filled %Ln late row(s) with %1 in %2 (batches: %3); a rollback of that step "
                               "sets {it|them} back to NULL.",
                               nullptr, int(s.rows))
                           .arg(s.step.key.label(), format::duration(s.ms, QLocale()), QLocale().toString(s.batches))
                    << '\n';
    }
    for (const VacuumResult &v : result.vacuums) {
        if (!v.ok)
            ctx.warn(v.error);
    }
    ctx.out.flush();
    if (result.ok())
        return Success;
    ctx.error(result.error);
    return result.status == RunResult::Status::Refused ? Refused : MigrationFailed;
}

} // namespace

Command fillAuditCommand()
{
    return Command{
        QStringLiteral("fill-audit"), QStringLiteral("fill-audit [APP] [--dry-run] [--yes]"),
        Cli::tr("Fills late rows: rows inserted after the data step without audit users (scripts, bulk "
                "imports), found by audit and validate. The data step's own batches fill them from each "
                "row's owner, paced and with lock retries, and record what they fill, so that a rollback of "
                "the data step sets them back to NULL. Only APP's model when given. Shows what it found "
                "first and asks. Exit 0 filled or nothing to fill, 1 refused, 4 failed or cancelled."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("dry-run"), Cli::tr("Show the late rows, change nothing.")});
            p.addOption({QStringLiteral("yes"), Cli::tr("Fill without asking.")});
            addRunOptions(p);
        },
        runFillAudit};
}

} // namespace gma::cli
