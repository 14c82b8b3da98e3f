// `migrate --dry-run` on a copy (the default): the rehearsal's options, its stages as they finish,
// the checks' verdicts and the estimate for production.
#include "commands.h"

#include "format.h"
#include "rehearsal.h"

#include <QFileInfo>

namespace gma::cli {

void addRehearsalOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("in-place"),
                 Cli::tr("With --dry-run: rehearse on the database itself in one transaction that is rolled "
                         "back, holding ACCESS EXCLUSIVE on the planned tables until it ends (an outage on a "
                         "live database).")});
    p.addOption({QStringLiteral("rehearse-server"),
                 Cli::tr("With --dry-run: the server (URI or keyword string, as --db) to create the scratch "
                         "copy on; default: the database's own server. Fields left out are taken from --db."),
                 QStringLiteral("CONNINFO")});
    p.addOption({QStringLiteral("fresh-backup"),
                 Cli::tr("With --dry-run: take a new backup for the copy even when a verified one holds the "
                         "database's migration state.")});
}

bool readRehearsalOptions(Context &ctx, bool dryRun, RehearsalOptions *options)
{
    const bool inPlace = ctx.parser.isSet(QStringLiteral("in-place"));
    const bool server = ctx.parser.isSet(QStringLiteral("rehearse-server"));
    options->freshBackup = ctx.parser.isSet(QStringLiteral("fresh-backup"));
    if (!dryRun && (inPlace || server || options->freshBackup)) {
        ctx.error(Cli::tr("--in-place, --rehearse-server and --fresh-backup only apply to a rehearsal: add "
                          "--dry-run."));
        return false;
    }
    if (inPlace && (server || options->freshBackup)) {
        ctx.error(Cli::tr("--rehearse-server and --fresh-backup name the copy a rehearsal runs on: they do "
                          "not go with --in-place."));
        return false;
    }
    if (server) {
        QString error;
        const auto parsed = ConnectionSettings::parse(ctx.parser.value(QStringLiteral("rehearse-server")), &error);
        if (!parsed) {
            ctx.error(Cli::tr("--rehearse-server: %1").arg(error));
            return false;
        }
        options->server = parsed->withDefaults(ctx.settings);
    }
    if (ctx.parser.isSet(QStringLiteral("backup-dir")))
        options->backupDirectory = QFileInfo(ctx.parser.value(QStringLiteral("backup-dir"))).absoluteFilePath();
    return true;
}

namespace {

// "Seed 6/6, Schema 1/1, Integrity 3/3 passed" and the failed checks' names.
QString verdicts(const ValidationResult &v)
{
    if (!v.error.isEmpty())
        return Cli::tr("not run: %1").arg(v.error);
    QStringList categories;
    QMap<QString, std::pair<int, int>> tally; // passed, run
    QStringList failed;
    for (const CheckResult &c : v.checks) {
        if (!categories.contains(c.category))
            categories << c.category;
        if (c.status == CheckResult::Status::Skipped)
            continue;
        auto &t = tally[c.category];
        t.second++;
        if (c.passed())
            t.first++;
        else
            failed << c.name;
    }
    QStringList parts;
    for (const QString &c : std::as_const(categories))
        if (tally.value(c).second > 0) // every check of it skipped (the seed's at 0002)
            parts << QStringLiteral("%1 %2/%3")
                         .arg(c, QLocale().toString(tally.value(c).first),
                              QLocale().toString(tally.value(c).second));
    const QString passed = Cli::tr("%1 passed").arg(parts.join(QStringLiteral(", ")));
    if (failed.isEmpty())
        return passed;
    return Cli::tr("%1; failed: %2").arg(passed, failed.join(QStringLiteral("; ")));
}

QString schemaVerdict(const ValidationResult &v)
{
    for (const CheckResult &c : v.checks) {
        if (c.id == QLatin1String("schema.contract"))
            return c.passed()
                       ? Cli::tr("equal to the contract at %1").arg(v.state.summary())
                       : Cli::tr("differs from the contract at %1 (%2)").arg(v.state.summary(), c.actual);
    }
    return Cli::tr("not compared");
}

qint64 stepsMs(const RunResult &r, const MigrationCatalogue &catalogue, bool data)
{
    qint64 ms = 0;
    for (const StepResult &s : r.steps) {
        const MigrationDefinition *def = catalogue.find(s.step.key);
        if (def && def->isData() == data)
            ms += s.ms;
    }
    return ms;
}

} // namespace

int rehearseOnCopy(Context &ctx, QSqlDatabase &db, const Plan &plan, const RunOptions &run,
                   const RehearsalOptions &rehearsalOptions)
{
    RehearsalOptions options = rehearsalOptions;
    options.run = run;
    Rehearsal rehearsal(db, ctx.settings, ctx.catalogue);
    QObject::connect(&rehearsal, &Rehearsal::stageFinished, [&ctx](const RehearsalStage &s) {
        const QString ms = format::duration(s.ms, QLocale());
        ctx.out << "  " << s.name << "... "
                << (s.ok ? Cli::tr("OK (%1)").arg(ms) : Cli::tr("FAILED (%1)").arg(ms));
        if (!s.detail.isEmpty())
            ctx.out << ": " << s.detail;
        ctx.out << Qt::endl;
    });
    QObject::connect(&rehearsal, &Rehearsal::stepFinished, [&ctx](bool, int, const StepResult &s) {
        const QString label = s.step.key.label();
        const QString ms = format::duration(s.ms, QLocale());
        ctx.out << "      "
                << (s.step.backwards ? Cli::tr("Unapplied %1... ").arg(label)
                                     : Cli::tr("Applied %1... ").arg(label))
                << (s.ok ? (s.rows > 0 ? Cli::tr("OK (%1, %Ln row(s))", nullptr, int(s.rows)).arg(ms)
                                       : Cli::tr("OK (%1)").arg(ms))
                         : (s.cancelled ? Cli::tr("CANCELLED") : Cli::tr("FAILED")))
                << Qt::endl;
    });
    RehearsalResult result;
    {
        CancelOnSignal<Rehearsal> onSignal(&rehearsal);
        result = rehearsal.run(plan, options);
    }
    if (!result.afterForward.checks.isEmpty())
        ctx.out << Cli::tr("Checks after the plan: %1.\n  Schema %2.")
                       .arg(verdicts(result.afterForward), schemaVerdict(result.afterForward))
                << '\n';
    if (!result.afterBackward.checks.isEmpty())
        ctx.out
            << (result.rowsPreserved
                    ? Cli::tr(
                          "Checks after the reverse: %1.\n  Schema %2; rows equal to those before the plan.")
                          .arg(verdicts(result.afterBackward), schemaVerdict(result.afterBackward))
                    : Cli::tr("Checks after the reverse: %1.\n  Schema %2; rows differ (%3).")
                          .arg(verdicts(result.afterBackward), schemaVerdict(result.afterBackward),
                               result.rowsDifference))
            << '\n';
    if (result.ok()) {
        const qint64 planMs = result.stageMs(Rehearsal::stagePlan());
        const QLocale locale;
        const QString source =
            result.freshBackup ? Cli::tr("a fresh backup") : Cli::tr("backup #%1").arg(result.backup.id);
        ctx.out
            << Cli::tr(
                   "Estimate for production: the plan takes about %1 (schema steps %2, data steps %3), its "
                   "reverse about %4 (measured on a copy of %5 on %6).")
                   .arg(format::duration(planMs, locale),
                        format::duration(stepsMs(result.forward, ctx.catalogue, false), locale),
                        format::duration(stepsMs(result.forward, ctx.catalogue, true), locale),
                        format::duration(result.stageMs(Rehearsal::stageReverse()), locale), source,
                        result.scratchServer)
            << '\n';
    }
    if (result.scratchDropped)
        ctx.out << Cli::tr("The scratch database \"%1\" was dropped; the database itself was neither changed "
                           "nor locked.")
                       .arg(result.scratchDatabase)
                << '\n';
    ctx.out.flush();
    if (!result.dropError.isEmpty()) {
        if (!result.ok())
            ctx.warn(result.error);
        ctx.error(result.dropError);
        return MigrationFailed;
    }
    switch (result.status) {
    case RehearsalResult::Status::Success:
        return Success;
    case RehearsalResult::Status::Refused:
        ctx.error(result.error);
        return Refused;
    case RehearsalResult::Status::Failed:
    case RehearsalResult::Status::Cancelled:
        ctx.error(result.error);
        return MigrationFailed;
    }
    return MigrationFailed;
}

} // namespace gma::cli
