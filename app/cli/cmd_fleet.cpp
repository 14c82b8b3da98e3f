// `fleet COMMAND --targets FILE`: one command across every database of a targets file, with the
// preflight on all of them first (migrate, rollback), canaries, a parallel limit, and one summary.
// Thread rule: main thread; the targets run on FleetRunner's worker threads, whose signals arrive
// here while FleetRunner::run() waits.
#include "commands.h"

#include "fleet.h"
#include "fleetreport.h"
#include "format.h"
#include "pdfreport.h"
#include "reportwriter.h"

#include <QMap>

namespace gma::cli {

namespace {

struct FleetVerb
{
    const char *name;
    FleetCommand command;
};

const FleetVerb kVerbs[] = {{"showmigrations", FleetCommand::ShowMigrations},
                            {"preflight", FleetCommand::Preflight},
                            {"migrate", FleetCommand::Migrate},
                            {"rollback", FleetCommand::Rollback},
                            {"validate", FleetCommand::Validate},
                            {"backup", FleetCommand::Backup}};

int exitFor(FleetResult::Outcome outcome)
{
    switch (outcome) {
    case FleetResult::Outcome::Success:
    case FleetResult::Outcome::NothingToDo:
        return Success;
    case FleetResult::Outcome::NotStarted:
    case FleetResult::Outcome::CheckFailed:
    case FleetResult::Outcome::Refused:
        return Refused;
    case FleetResult::Outcome::Unreachable:
        return CannotConnect;
    case FleetResult::Outcome::Cancelled:
    case FleetResult::Outcome::Failed:
        break;
    }
    return MigrationFailed;
}

// Progress on stderr: on a terminal one redrawn line per running target and an overall bar;
// otherwise a line per target as it ends.
class FleetProgress : public QObject
{
public:
    FleetProgress(FleetRunner *runner, const QList<FleetTarget> &targets, Context &ctx)
        : m_targets(targets), m_ctx(ctx)
    {
        connect(runner, &FleetRunner::phaseStarted, this, [this](const QString &phase, int count) {
            clear();
            m_ctx.err << Cli::tr("fleet: %1 on %Ln target(s)", nullptr, count).arg(FleetResult::phaseText(phase)) << '\n';
            m_ctx.err.flush();
            m_done = 0;
            m_total = count;
            draw();
        });
        connect(runner, &FleetRunner::targetStarted, this, [this](int index, const QString &) {
            m_running.insert(index, Cli::tr("starting"));
            draw();
        });
        connect(runner, &FleetRunner::targetProgress, this, [this](int index, qint64 done, qint64 total) {
            m_running.insert(
                index, Cli::tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
            draw();
        });
        connect(runner, &FleetRunner::targetFinished, this, [this](int index, const FleetResult &r) {
            m_running.remove(index);
            ++m_done;
            clear();
            m_ctx.err << "  " << r.label << ": " << FleetResult::outcomeName(r.outcome);
            if (!r.error.isEmpty())
                m_ctx.err << " - " << r.error;
            m_ctx.err << '\n';
            m_ctx.err.flush();
            draw();
        });
    }
    ~FleetProgress() override { clear(); }

private:
    void clear()
    {
        if (!m_ctx.stderrIsTerminal)
            return;
        for (int i = 0; i < m_drawn; ++i)
            m_ctx.err << "\x1b[1A\x1b[2K";
        m_drawn = 0;
        m_ctx.err.flush();
    }
    void draw()
    {
        if (!m_ctx.stderrIsTerminal)
            return;
        clear();
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
            m_ctx.err << "  " << m_targets.at(it.key()).label << ": " << it.value() << '\n';
        const int width = 30;
        const int filled = m_total > 0 ? width * m_done / m_total : 0;
        m_ctx.err << "  [" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
                  << m_done << '/' << m_total << '\n';
        m_drawn = int(m_running.size()) + 1;
        m_ctx.err.flush();
    }

    const QList<FleetTarget> &m_targets;
    Context &m_ctx;
    QMap<int, QString> m_running;
    int m_done = 0;
    int m_total = 0;
    int m_drawn = 0;
};

void printSummary(Context &ctx, const QList<FleetResult> &results)
{
    int labelWidth = 6;
    for (const FleetResult &r : results)
        labelWidth = std::max(labelWidth, int(r.label.size()));
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(Cli::tr("TARGET"), -labelWidth)
                   .arg(Cli::tr("BEFORE"), -8)
                   .arg(Cli::tr("AFTER"), -8)
                   .arg(Cli::tr("STEPS"), 5)
                   .arg(Cli::tr("ROWS"), 9)
                   .arg(Cli::tr("TIME"), 8)
                   .arg(Cli::tr("OUTCOME"));
    for (const FleetResult &r : results) {
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(r.label, -labelWidth)
                       .arg(r.stateBefore.apps.isEmpty() ? QStringLiteral("-") : r.stateBefore.summary(), -8)
                       .arg(r.stateAfter.apps.isEmpty() ? QStringLiteral("-") : r.stateAfter.summary(), -8)
                       .arg(r.steps, 5)
                       .arg(QLocale().toString(r.rows), 9)
                       .arg(format::duration(r.ms, QLocale()), 8)
                       .arg(FleetResult::outcomeName(r.outcome));
        if (!r.detail.isEmpty() && r.ok())
            ctx.out << "    " << r.detail << '\n';
        if (!r.error.isEmpty())
            ctx.out << "    " << r.error << '\n';
    }
    ctx.out << FleetReports::countLine(results) << '\n';
}

// The options of the command line; false (after one sentence) when one is not valid.
bool readFleetOptions(Context &ctx, FleetOptions *o)
{
    const auto number = [&ctx](const QString &name, int minimum, int *value) {
        if (!ctx.parser.isSet(name))
            return true;
        bool ok = false;
        *value = ctx.parser.value(name).toInt(&ok);
        if (ok && *value >= minimum)
            return true;
        ctx.error(Cli::tr("--%1 needs a whole number of at least %2.").arg(name).arg(minimum));
        return false;
    };
    if (!number(QStringLiteral("parallel"), 1, &o->parallel) || !number(QStringLiteral("canary"), 0, &o->canary))
        return false;
    if (!readRunOptions(ctx, &o->run) || !readLongTx(ctx, &o->preflight))
        return false;
    if (ctx.parser.isSet(QStringLiteral("skip-preflight"))) {
        ctx.error(Cli::tr("A fleet rollout always runs the preflight on every target first; "
                          "--skip-preflight is not available here."));
        return false;
    }
    o->run.dryRun = ctx.parser.isSet(QStringLiteral("dry-run"));
    o->continueOnError = ctx.parser.isSet(QStringLiteral("continue-on-error"));
    o->ignoreDrift = ctx.parser.isSet(QStringLiteral("ignore-drift"));
    o->backup = !ctx.parser.isSet(QStringLiteral("no-backup"));
    o->backupDirectory = ctx.parser.value(QStringLiteral("backup-dir"));
    o->rollbackPlan = ctx.parser.isSet(QStringLiteral("rollback"));
    return true;
}

// --report paths: only for validate, each with a known format; false after one sentence.
bool readReports(Context &ctx, FleetCommand command, QStringList *reports)
{
    *reports = ctx.parser.values(QStringLiteral("report"));
    if (!reports->isEmpty() && command != FleetCommand::Validate) {
        ctx.error(Cli::tr("--report belongs to fleet validate."));
        return false;
    }
    for (const QString &path : std::as_const(*reports)) {
        if (ReportWriter::formatForPath(path) == ReportFormat::Unknown) {
            ctx.error(Cli::tr("Cannot tell the report format of %1: name it .html, .pdf, .csv or .json.")
                          .arg(path));
            return false;
        }
    }
    return true;
}

// --password: asks once for each server and user whose targets need a password that ~/.pgpass and
// PGPASSWORD do not give (without echo on a terminal); the answer stays in memory.
void askPasswords(Context &ctx, QList<FleetTarget> *targets)
{
    QMap<QString, QString> asked; // user@host:port -> password
    for (FleetTarget &t : *targets) {
        if (!t.settings.password.isEmpty() || !Database::needsPassword(t.settings))
            continue;
        const ConnectionSettings r = t.settings.resolved();
        const QString server = QStringLiteral("%1@%2:%3").arg(r.user, r.host, r.port);
        if (!asked.contains(server))
            asked.insert(server, ctx.ask(Cli::tr("Password for %1: ").arg(server), true));
        t.settings.password = asked.value(server);
    }
}

// Writes the fleet report in every format asked for; false when one could not be written.
bool writeReports(Context &ctx, const QStringList &reports, const QString &targetsFile,
                  const QList<FleetResult> &results)
{
    FleetReport report;
    report.targetsFile = targetsFile;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.toolVersion = QCoreApplication::applicationVersion();
    report.results = results;
    return writeReportFiles(ctx, reports, [&report](ReportFormat, const QString &path, QString *error) {
        return PdfReport::writeFleetByExtension(report, path, error);
    });
}

int runFleet(Context &ctx)
{
    const QString verb = ctx.args.value(0);
    const FleetVerb *found = nullptr;
    for (const FleetVerb &v : kVerbs) {
        if (verb == QLatin1String(v.name))
            found = &v;
    }
    if (!found) {
        ctx.error(Cli::tr("Name what to run on the fleet: showmigrations, preflight, migrate, rollback, "
                          "validate or backup."));
        return Usage;
    }
    FleetOptions options;
    options.command = found->command;
    const QStringList rest = ctx.args.mid(1);
    if (rest.size() > (found->command == FleetCommand::Migrate ? 2 : 0)) {
        ctx.error(Cli::tr("fleet %1 takes %2.")
                      .arg(verb, found->command == FleetCommand::Migrate
                                     ? Cli::tr("at most an app and a target")
                                     : Cli::tr("no arguments")));
        return Usage;
    }
    options.app = rest.value(0);
    options.target = rest.value(1);
    QStringList reports;
    if (!ctx.requireApp(options.app) || !readFleetOptions(ctx, &options) ||
        !readReports(ctx, options.command, &reports))
        return Usage;
    options.collectReports = !reports.isEmpty();
    const QString path = ctx.parser.value(QStringLiteral("targets"));
    if (path.isEmpty()) {
        ctx.error(Cli::tr("Name the targets file with --targets FILE (one database per line)."));
        return Usage;
    }
    QString error;
    auto targets = Fleet::readTargets(path, ctx.settings, &error);
    if (!targets) {
        ctx.error(error);
        return Usage;
    }
    if (found->command == FleetCommand::Rollback && !confirmRollback(ctx))
        return Refused;
    if (ctx.parser.isSet(QStringLiteral("password")))
        askPasswords(ctx, &*targets);
    FleetRunner runner(ctx.catalogue, *targets, options);
    QList<FleetResult> results;
    {
        FleetProgress progress(&runner, *targets, ctx);
        CancelOnSignal<FleetRunner> onSignal(&runner);
        results = runner.run();
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const FleetResult &r : results)
            list << r.toVariant();
        ctx.out << toJson(QVariantMap{{QStringLiteral("command"), verb},
                                      {QStringLiteral("outcome"), FleetResult::outcomeName(Fleet::worst(results))},
                                      {QStringLiteral("targets"), list}});
    } else {
        printSummary(ctx, results);
    }
    const bool written = reports.isEmpty() || writeReports(ctx, reports, path, results);
    const int code = exitFor(Fleet::worst(results));
    return code == Success && !written ? Refused : code;
}

} // namespace

Command fleetCommand()
{
    return Command{
        QStringLiteral("fleet"),
        QStringLiteral("fleet COMMAND [APP [TARGET]] --targets FILE [--parallel N] [--canary N] "
                       "[--continue-on-error] [--password] [--report PATH]... [--json]"),
        Cli::tr(
            "Runs showmigrations, preflight, migrate, rollback, validate or backup on every database of "
            "FILE (one postgresql:// URI, keyword string or service=NAME per line, optionally `LABEL: ` "
            "first; # comments; never a password). migrate and rollback run the preflight on every target "
            "first and start nothing when one fails, then the canaries one at a time, then the rest at most "
            "N at once. Ctrl-C stops starting targets and cancels the running ones safely. Ends with one "
            "summary; the exit code is the worst target's."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("targets"), Cli::tr("The targets file."), QStringLiteral("FILE")});
            p.addOption({QStringLiteral("parallel"), Cli::tr("Targets running at once (default 4)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("canary"),
                         Cli::tr("Run the first N ready targets alone first (default 0)."),
                         QStringLiteral("N")});
            p.addOption({QStringLiteral("continue-on-error"),
                         Cli::tr("Go on with the other targets when one fails its preflight or its run.")});
            p.addOption(
                {QStringLiteral("dry-run"),
                 Cli::tr("Rehearse on every target in place (one transaction rolled back, holding the "
                         "plan's table locks until it ends; rehearse on a copy with "
                         "migrate --dry-run per database).")});
            p.addOption({QStringLiteral("rollback"), Cli::tr("fleet preflight: check the rollback.")});
            p.addOption({QStringLiteral("yes"), Cli::tr("fleet rollback: do not ask for confirmation.")});
            p.addOption({QStringLiteral("report"),
                         Cli::tr("fleet validate: also write one report over every target (.html, .pdf, "
                                 ".csv or .json; may be given several times)."),
                         QStringLiteral("PATH")});
            p.addOption({QStringLiteral("password"),
                         Cli::tr("Ask for the password of each server and user of the targets once "
                                 "(~/.pgpass and PGPASSWORD need none).")});
            addRunOptions(p);
            addJsonOption(p);
        },
        runFleet};
}

} // namespace gma::cli
