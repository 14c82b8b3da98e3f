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
                 QStringLiteral("With --dry-run: rehearse on the database itself in one transaction that is rolled "
                                "back, holding ACCESS EXCLUSIVE on the planned tables until it ends (an outage on a "
                                "live database).")});
    p.addOption({QStringLiteral("rehearse-server"),
                 QStringLiteral("With --dry-run: the server (URI or keyword string, as --db) to create the scratch "
                                "copy on; default: the database's own server. Fields left out are taken from --db."),
                 QStringLiteral("CONNINFO")});
    p.addOption({QStringLiteral("fresh-backup"),
                 QStringLiteral("With --dry-run: take a new backup for the copy even when a verified one holds the "
                                "database's migration state.")});
}

bool readRehearsalOptions(Context &ctx, bool dryRun, RehearsalOptions *options)
{
    const bool inPlace = ctx.parser.isSet(QStringLiteral("in-place"));
    const bool server = ctx.parser.isSet(QStringLiteral("rehearse-server"));
    options->freshBackup = ctx.parser.isSet(QStringLiteral("fresh-backup"));
    if (!dryRun && (inPlace || server || options->freshBackup)) {
        ctx.error(QStringLiteral("--in-place, --rehearse-server and --fresh-backup only apply to a rehearsal: add "
                                 "--dry-run."));
        return false;
    }
    if (inPlace && (server || options->freshBackup)) {
        ctx.error(QStringLiteral("--rehearse-server and --fresh-backup name the copy a rehearsal runs on: they do "
                                 "not go with --in-place."));
        return false;
    }
    if (server) {
        QString error;
        const auto parsed = ConnectionSettings::parse(ctx.parser.value(QStringLiteral("rehearse-server")), &error);
        if (!parsed) {
            ctx.error(QStringLiteral("--rehearse-server: %1").arg(error));
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
        return QStringLiteral("not run: %1").arg(v.error);
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
            parts << QStringLiteral("%1 %2/%3").arg(c).arg(tally.value(c).first).arg(tally.value(c).second);
    QString text = parts.join(QStringLiteral(", ")) + QStringLiteral(" passed");
    if (!failed.isEmpty())
        text += QStringLiteral("; failed: ") + failed.join(QStringLiteral("; "));
    return text;
}

QString schemaVerdict(const ValidationResult &v)
{
    for (const CheckResult &c : v.checks) {
        if (c.id == QLatin1String("schema.contract"))
            return c.passed() ? QStringLiteral("equal to the contract at %1").arg(v.state.summary())
                              : QStringLiteral("differs from the contract at %1 (%2)").arg(v.state.summary(), c.actual);
    }
    return QStringLiteral("not compared");
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
        ctx.out << "  " << s.name << "... " << (s.ok ? "OK" : "FAILED") << " (" << format::duration(s.ms) << ")";
        if (!s.detail.isEmpty())
            ctx.out << ": " << s.detail;
        ctx.out << Qt::endl;
    });
    QObject::connect(&rehearsal, &Rehearsal::stepFinished, [&ctx](bool, int, const StepResult &s) {
        ctx.out << "      " << (s.step.backwards ? "Unapplied " : "Applied ") << s.step.key.label() << "... "
                << (s.ok ? QStringLiteral("OK (%1%2)")
                               .arg(format::duration(s.ms),
                                    s.rows > 0 ? QStringLiteral(", %1 rows").arg(s.rows) : QString())
                         : (s.cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("FAILED")))
                << Qt::endl;
    });
    RehearsalResult result;
    {
        CancelOnSignal<Rehearsal> onSignal(&rehearsal);
        result = rehearsal.run(plan, options);
    }
    if (!result.afterForward.checks.isEmpty())
        ctx.out << "Checks after the plan: " << verdicts(result.afterForward) << ".\n  Schema "
                << schemaVerdict(result.afterForward) << ".\n";
    if (!result.afterBackward.checks.isEmpty())
        ctx.out << "Checks after the reverse: " << verdicts(result.afterBackward) << ".\n  Schema "
                << schemaVerdict(result.afterBackward) << "; rows "
                << (result.rowsPreserved ? QStringLiteral("equal to those before the plan")
                                         : QStringLiteral("differ (%1)").arg(result.rowsDifference))
                << ".\n";
    if (result.ok()) {
        const qint64 planMs = result.stageMs(Rehearsal::stagePlan());
        ctx.out << "Estimate for production: the plan takes about " << format::duration(planMs) << " (schema steps "
                << format::duration(stepsMs(result.forward, ctx.catalogue, false)) << ", data steps "
                << format::duration(stepsMs(result.forward, ctx.catalogue, true)) << "), its reverse about "
                << format::duration(result.stageMs(Rehearsal::stageReverse())) << " (measured on a copy of "
                << (result.freshBackup ? QStringLiteral("a fresh backup") : QStringLiteral("backup #%1").arg(result.backup.id))
                << " on " << result.scratchServer << ").\n";
    }
    if (result.scratchDropped)
        ctx.out << "The scratch database \"" << result.scratchDatabase << "\" was dropped; the database itself was "
                << "neither changed nor locked.\n";
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
