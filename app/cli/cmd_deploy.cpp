// `deploy [--profile NAME|PATH] [--report PATH]... [--rollback-on-failure]`: the seed's production
// deployment in one command, driven by a deployment profile (deploy.h): the commands before
// (maintenance mode on), preflight, backup, migrate (with VACUUM (ANALYZE)), the seed's immediate
// verification query, validation, then the failure commands when a stage failed and the after
// commands in every case (health check, maintenance mode off). Each stage is timed against the
// maintenance window, and the deployment report is the validation report with the stages first.
// `deploy --init-profile` writes the seed's runbook as a profile to start from.
// Exit 0 deployed, 1 a stage other than migrate failed, 4 the migration failed or was cancelled.
#include "commands.h"

#include "deploy.h"
#include "deployflow.h"
#include "format.h"
#include "reportwriter.h"
#include "validation.h"

#include <QFileInfo>

namespace gma::cli {

namespace {

using Outcome = DeployStage::Outcome;

const RunGuard *guardNamed(const QString &name)
{
    for (const RunGuard &g : runGuards()) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

// The CLI's side of a deployment (deployflow.h): the stages printed as they run, the preflight and
// the backup through the run guards that migrate uses, the migration and the rollback through
// executePlan; the rollback offered on a terminal unless --rollback-on-failure says yes. The exit
// code of the first stage that refused is kept for the command's own.
class CliDriver : public DeployDriver
{
public:
    CliDriver(Context &ctx, QSqlDatabase &db) : m_ctx(ctx), m_db(&db) {}
    int code() const { return m_code; }

    bool skipPreflight(QString *reason) override { return skipped(QStringLiteral("skip-preflight"), reason); }
    bool skipBackup(QString *reason) override { return skipped(QStringLiteral("no-backup"), reason); }
    StageResult preflight(const Plan &plan) override { return guard(QStringLiteral("preflight"), plan); }
    StageResult backup(const Plan &plan) override { return guard(QStringLiteral("backup"), plan); }
    RunResult migrate(const Plan &plan, const RunOptions &options) override
    {
        m_ctx.out << Cli::tr("Running migrations:") << '\n';
        m_ctx.out.flush();
        RunResult result;
        m_code = executePlan(m_ctx, *m_db, plan, options, &result);
        return result;
    }
    RunResult rollback(const RunOptions &options) override
    {
        PlannedRun back;
        RunResult result;
        const int code = planRun(m_ctx, {true, QString(), QString(), false, false}, &back);
        if (code != Success) {
            result.status = RunResult::Status::Refused;
            result.error = back.planError.message.isEmpty() ? Cli::tr("it could not be planned")
                                                            : back.planError.message;
            return result;
        }
        m_ctx.out << Cli::tr("Running rollback:") << '\n';
        m_ctx.out.flush();
        executePlan(m_ctx, *back.db, back.plan, options, &result);
        return result;
    }
    bool confirmRollback(const QString &failedStage) override
    {
        if (m_ctx.parser.isSet(QStringLiteral("rollback-on-failure")))
            return true;
        if (m_ctx.stdinIsTerminal &&
            m_ctx.ask(Cli::tr("The %1 stage failed. Roll the migration back now? Type 'yes' to roll back: ")
                          .arg(failedStage)) == QLatin1String("yes"))
            return true;
        m_ctx.out
            << Cli::tr(
                   "To undo the migration: gma-migrator-cli rollback --yes (a backup was taken first unless "
                   "the profile says backup = no).")
            << '\n';
        return false;
    }

    void stageStarted(const DeployStage &stage, qint64 windowLeftMs) override
    {
        m_ctx.out << "== " << stage.name << " ("
                  << (windowLeftMs > 0
                          ? Cli::tr("%1 of the window left").arg(format::duration(windowLeftMs, QLocale()))
                          : Cli::tr("the window is used up"))
                  << ")\n";
        m_ctx.out.flush();
    }
    void stageFinished(const DeployStage &s) override
    {
        m_ctx.out << "   " << s.outcomeText().toUpper() << " (" << format::duration(s.ms, QLocale()) << ")"
                  << (s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail) << "\n";
        m_ctx.out.flush();
    }
    void hookStarted(const DeployHook &hook) override
    {
        m_ctx.out << "   $ " << hook.command << "\n";
        m_ctx.out.flush();
    }
    void hookFinished(const HookResult &r) override
    {
        for (const QString &line : r.output.trimmed().split(QLatin1Char('\n'))) {
            if (!line.isEmpty())
                m_ctx.out << "   | " << line << "\n";
        }
    }
    void note(const QString &line) override { m_ctx.out << "   " << line << "\n"; }

private:
    bool skipped(const QString &option, QString *reason)
    {
        if (!m_ctx.parser.isSet(option))
            return false;
        *reason = QStringLiteral("--%1").arg(option);
        return true;
    }
    StageResult guard(const QString &name, const Plan &plan)
    {
        const RunGuard *g = guardNamed(name);
        if (!g)
            return {Outcome::Skipped, Cli::tr("not in this build")};
        const int code = g->check(m_ctx, *m_db, plan, false, false);
        if (code == Success)
            return {};
        m_code = code;
        return {Outcome::Failed, name == QLatin1String("preflight")
                                    ? Cli::tr("the preflight refused the migration; nothing was changed")
                                    : Cli::tr("the backup refused the migration; nothing was changed")};
    }

    Context &m_ctx;
    QSqlDatabase *m_db;
    int m_code = Success;
};

int initProfile(Context &ctx, const QString &path)
{
    if (QFileInfo::exists(path)) {
        ctx.error(
            Cli::tr("The deployment profile %1 already exists: edit it, or remove it first.").arg(path));
        return Refused;
    }
    DeployProfile p = DeployProfile::seedExample();
    p.path = path;
    QString error;
    if (!p.save(&error)) {
        ctx.error(error);
        return Refused;
    }
    ctx.out << Cli::tr("Wrote the deployment profile %1 (the seed's runbook; edit the commands):").arg(path)
            << "\n\n"
            << p.toText();
    return Success;
}

int runDeploy(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.error(Cli::tr("deploy takes no arguments: it migrates every app, as the seed's runbook."));
        return Usage;
    }
    const QString path = DeployProfile::pathFor(ctx.parser.value(QStringLiteral("profile")));
    if (ctx.parser.isSet(QStringLiteral("init-profile")))
        return initProfile(ctx, path);
    const QStringList reports = ctx.parser.values(QStringLiteral("report"));
    if (!checkReportPaths(ctx, reports))
        return Usage;
    QString error;
    const auto profile = DeployProfile::load(path, &error);
    if (!profile) {
        ctx.error(error);
        return Usage;
    }
    RunOptions options;
    if (!readRunOptions(ctx, &options))
        return Usage;

    PlannedRun run;
    int code = planRun(ctx, {false, QString(), QString(), false, false}, &run);
    if (code != Success)
        return code;
    if (run.plan.isEmpty()) {
        ctx.out
            << Cli::tr(
                   "Nothing to deploy: every app is at its latest migration; no command of the profile ran.")
            << '\n';
        return Success;
    }
    const ServerInfo info = Database::serverInfo(*run.db);
    ctx.out << Cli::tr("Deployment of database \"%1\" (%2) with the profile %3, a %4 maintenance window:")
                   .arg(info.database, ctx.settings.displayName(), path,
                        format::duration(profile->windowMs, QLocale()))
            << '\n'
            << run.plan.describe(ctx.catalogue);
    ctx.out.flush();

    CliDriver driver(ctx, *run.db);
    DeployFlow flow(*run.db, ctx.catalogue, *profile, ctx.settings.childEnvironment(), driver);
    DeployOutcome outcome;
    {
        CancelOnSignal<DeployFlow> onSignal(&flow);
        outcome = flow.run(run.plan, options);
    }
    ctx.out << outcome.record.outcome << "\n";
    ctx.out.flush();
    code = outcome.ok() ? Success
           : driver.code() != Success ? driver.code()
           : outcome.failure == DeployOutcome::Failure::Migration ? MigrationFailed
                                                                  : Refused;
    ValidationResult &validation = outcome.validation;

    if (!reports.isEmpty()) {
        if (validation.checks.isEmpty() && validation.error.isEmpty())
            validation = Validation::run(*run.db, ctx.catalogue);
        ReportData data = ReportData::collect(*run.db, ctx.catalogue, ctx.settings.displayName(), validation);
        data.title = QStringLiteral("GMA deployment report");
        data.deployment = outcome.record;
        if (!writeReports(ctx, data, reports) && code == Success)
            code = Refused;
    }
    return code;
}

} // namespace

Command deployCommand()
{
    return Command{
        QStringLiteral("deploy"),
        QStringLiteral("deploy [--profile NAME|PATH] [--report PATH]... [--rollback-on-failure] | deploy "
                       "--init-profile [--profile NAME|PATH]"),
        Cli::tr(
            "The seed's production deployment: the profile's commands before (maintenance mode on), "
            "preflight, "
            "backup, migrate, the seed's verification query, validation, then the failure commands if a "
            "stage "
            "failed and the after commands in every case (health check, maintenance mode off), each stage "
            "timed "
            "against the maintenance window. The profile is $XDG_CONFIG_HOME/gma-migrator/deploy/NAME.conf "
            "(default: default.conf). Exit 0 deployed, 1 a stage failed, 4 the migration failed."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("profile"),
                         Cli::tr("The deployment profile: a name in the configuration folder or a path."),
                         QStringLiteral("NAME|PATH")});
            p.addOption({QStringLiteral("init-profile"),
                         Cli::tr("Write the seed's runbook as a new profile to edit, and stop.")});
            p.addOption({QStringLiteral("report"),
                         Cli::tr("Write the deployment report: .html, .pdf, .csv or .json (repeatable)."),
                         QStringLiteral("PATH")});
            p.addOption({QStringLiteral("rollback-on-failure"),
                         Cli::tr("Roll the migration back when a stage after it fails, without asking.")});
            addRunOptions(p);
        },
        runDeploy};
}

} // namespace gma::cli
