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
#include "format.h"
#include "reportwriter.h"
#include "validation.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace gma::cli {

namespace {

using Outcome = DeployStage::Outcome;

// The stages of one deployment, printed as they run and kept for the report. SIGINT and SIGTERM
// cancel it (an atomic flag and the running command's cancel); the migrate stage's own handler
// cancels the executor while it runs, and the failure and after commands still run.
class Deployment
{
public:
    Deployment(Context &ctx, DeployProfile profile) : m_ctx(ctx), m_profile(std::move(profile))
    {
        m_record.profilePath = m_profile.path;
        m_record.windowMs = m_profile.windowMs;
        m_record.started = QDateTime::currentDateTimeUtc();
        m_clock.start();
    }

    void cancel()
    {
        m_cancelled.store(true);
        if (HookRunner *r = m_runner.load())
            r->cancel();
    }
    bool cancelled() const { return m_cancelled.load(); }
    const DeployProfile &profile() const { return m_profile; }
    DeploymentRecord &record() { return m_record; }
    qint64 windowLeft() const { return m_profile.windowMs - m_clock.elapsed(); }

    void start(const QString &name)
    {
        DeployStage s;
        s.name = name;
        s.started = QDateTime::currentDateTimeUtc();
        m_record.stages << s;
        m_stage.start();
        m_ctx.out << "== " << name << " ("
                  << (windowLeft() > 0 ? QStringLiteral("%1 of the window left").arg(format::duration(windowLeft()))
                                       : QStringLiteral("the window is used up"))
                  << ")\n";
        m_ctx.out.flush();
    }

    bool finish(Outcome outcome, const QString &detail)
    {
        DeployStage &s = m_record.stages.last();
        s.outcome = outcome;
        s.ms = m_stage.elapsed();
        s.detail = detail;
        m_ctx.out << "   " << s.outcomeText().toUpper() << " (" << format::duration(s.ms) << ")"
                  << (detail.isEmpty() ? QString() : QStringLiteral(": ") + detail) << "\n";
        m_ctx.out.flush();
        return outcome != Outcome::Failed;
    }

    // The profile's commands of one stage, in order; before stops at the first failure, failure and
    // after run every command. Each command's output is printed indented and kept for the report.
    bool hooks(const QString &name, const QList<DeployHook> &list, const QString &outcome = QString())
    {
        if (list.isEmpty())
            return true;
        start(name);
        QMap<QString, QString> env = m_ctx.settings.childEnvironment();
        env.insert(QStringLiteral("GMA_DEPLOY_STAGE"), name);
        if (!outcome.isEmpty())
            env.insert(QStringLiteral("GMA_DEPLOY_OUTCOME"), outcome);
        QString failed;
        int succeeded = 0;
        for (const DeployHook &hook : list) {
            if (name == QLatin1String("before") && m_cancelled.load())
                break;
            m_ctx.out << "   $ " << hook.command << "\n";
            m_ctx.out.flush();
            HookRunner runner;
            m_runner.store(&runner);
            const HookResult r = runner.run(hook, env);
            m_runner.store(nullptr);
            for (const QString &line : r.output.trimmed().split(QLatin1Char('\n'))) {
                if (!line.isEmpty())
                    m_ctx.out << "   | " << line << "\n";
            }
            m_record.stages.last().hooks << r;
            if (r.ok) {
                ++succeeded;
                continue;
            }
            if (failed.isEmpty())
                failed = r.error;
            if (name == QLatin1String("before"))
                break;
        }
        if (failed.isEmpty() && m_cancelled.load() && name == QLatin1String("before"))
            failed = QStringLiteral("The deployment was cancelled.");
        return finish(failed.isEmpty() ? Outcome::Ok : Outcome::Failed,
                      failed.isEmpty() ? QStringLiteral("%1 command(s) succeeded").arg(succeeded) : failed);
    }

private:
    Context &m_ctx;
    DeployProfile m_profile;
    DeploymentRecord m_record;
    QElapsedTimer m_clock;
    QElapsedTimer m_stage;
    std::atomic<bool> m_cancelled{false};
    std::atomic<HookRunner *> m_runner{nullptr};
};

const RunGuard *guardNamed(const QString &name)
{
    for (const RunGuard &g : runGuards()) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

int initProfile(Context &ctx, const QString &path)
{
    if (QFileInfo::exists(path)) {
        ctx.error(QStringLiteral("The deployment profile %1 already exists: edit it, or remove it first.").arg(path));
        return Refused;
    }
    DeployProfile p = DeployProfile::seedExample();
    p.path = path;
    QString error;
    if (!p.save(&error)) {
        ctx.error(error);
        return Refused;
    }
    ctx.out << "Wrote the deployment profile " << path << " (the seed's runbook; edit the commands):\n\n"
            << p.toText();
    return Success;
}

// The stages after the commands before: preflight, backup, migrate, verify, validate. Returns the
// exit code; *changed tells whether the migration changed the database.
int migrateStages(Context &ctx, Deployment &d, PlannedRun &run, const RunOptions &options, bool *changed,
                  ValidationResult *validation)
{
    QSqlDatabase &db = *run.db;
    for (const QString &name : {QStringLiteral("preflight"), QStringLiteral("backup")}) {
        const RunGuard *guard = guardNamed(name);
        if (!guard)
            continue;
        d.start(name);
        if (name == QLatin1String("backup") && !d.profile().backup) {
            d.finish(Outcome::Skipped, QStringLiteral("the profile says backup = no"));
            continue;
        }
        const QString skip = name == QLatin1String("backup") ? QStringLiteral("no-backup") : QStringLiteral("skip-preflight");
        if (ctx.parser.isSet(skip)) {
            d.finish(Outcome::Skipped, QStringLiteral("--%1").arg(skip));
            continue;
        }
        const int code = guard->check(ctx, db, run.plan, false, false);
        if (code != Success) {
            d.finish(Outcome::Failed, QStringLiteral("the %1 refused the migration; nothing was changed").arg(name));
            return code;
        }
        d.finish(Outcome::Ok, QString());
    }

    d.start(QStringLiteral("migrate"));
    if (d.cancelled()) {
        d.finish(Outcome::Failed, QStringLiteral("cancelled before the migration; nothing was changed"));
        return MigrationFailed;
    }
    if (d.windowLeft() <= 0) {
        d.finish(Outcome::Failed, QStringLiteral("the maintenance window (%1) was used up before the migration "
                                                 "started; nothing was migrated")
                                      .arg(format::duration(d.profile().windowMs)));
        return Refused;
    }
    ctx.out << "Running migrations:\n";
    ctx.out.flush();
    RunResult result;
    const int code = executePlan(ctx, db, run.plan, options, &result);
    for (const StepResult &s : result.steps)
        *changed = *changed || s.ok || s.rows > 0;
    if (code != Success) {
        d.finish(Outcome::Failed, result.error);
        return code;
    }
    int vacuumed = 0;
    for (const VacuumResult &v : result.vacuums)
        vacuumed += v.ok ? 1 : 0;
    QString detail = QStringLiteral("%1 step(s) applied").arg(result.steps.size());
    if (!result.vacuums.isEmpty())
        detail += QStringLiteral(", VACUUM (ANALYZE) of %1 of %2 table(s)").arg(vacuumed).arg(result.vacuums.size());
    const bool late = d.windowLeft() < 0;
    if (late)
        detail += QStringLiteral("; it ran past the maintenance window");
    d.finish(late || vacuumed < result.vacuums.size() ? Outcome::Warning : Outcome::Ok, detail);

    d.start(QStringLiteral("verify"));
    QStringList bad;
    for (const ImmediateCheck &c : verifyImmediately(db)) {
        ctx.out << "   " << c.sql << " -> " << (c.nulls >= 0 ? QString::number(c.nulls) : c.error) << "\n";
        if (!c.ok())
            bad << c.table;
    }
    if (!bad.isEmpty()) {
        d.finish(Outcome::Failed, QStringLiteral("created_by_id is NULL in rows of %1 (expected 0)").arg(spokenList(bad)));
        return Refused;
    }
    d.finish(Outcome::Ok, QStringLiteral("no row without created_by_id"));

    d.start(QStringLiteral("validate"));
    *validation = Validation::run(db, ctx.catalogue);
    const QString summary = validation->error.isEmpty() ? ReportWriter::summaryLine(*validation) : validation->error;
    for (const CheckResult &c : validation->checks) {
        if (c.status == CheckResult::Status::Fail)
            ctx.out << "   FAIL  " << c.id << ": expected " << c.expected << ", actual " << c.actual << "\n";
    }
    if (!validation->ok()) {
        d.finish(Outcome::Failed, QStringLiteral("validation failed: %1").arg(summary));
        return Refused;
    }
    d.finish(Outcome::Ok, summary);
    return Success;
}

int runDeploy(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.error(QStringLiteral("deploy takes no arguments: it migrates every app, as the seed's runbook."));
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
    options.vacuumAnalyze = options.vacuumAnalyze && profile->vacuum;

    PlannedRun run;
    int code = planRun(ctx, {false, QString(), QString(), false, false}, &run);
    if (code != Success)
        return code;
    if (run.plan.isEmpty()) {
        ctx.out << "Nothing to deploy: every app is at its latest migration; no command of the profile ran.\n";
        return Success;
    }
    const ServerInfo info = Database::serverInfo(*run.db);
    ctx.out << "Deployment of database \"" << info.database << "\" (" << ctx.settings.displayName()
            << ") with the profile " << path << ", a " << format::duration(profile->windowMs)
            << " maintenance window:\n"
            << run.plan.describe(ctx.catalogue);
    ctx.out.flush();

    Deployment d(ctx, *profile);
    CancelOnSignal<Deployment> onSignal(&d);
    bool changed = false;
    ValidationResult validation;
    QString failedStage;
    if (!d.hooks(QStringLiteral("before"), profile->before)) {
        failedStage = QStringLiteral("before");
        code = Refused;
    } else {
        code = migrateStages(ctx, d, run, options, &changed, &validation);
        if (code != Success)
            failedStage = d.record().stages.last().name;
    }

    bool rolledBack = false;
    if (code != Success && changed) {
        const bool rollback = ctx.parser.isSet(QStringLiteral("rollback-on-failure")) ||
                              (ctx.stdinIsTerminal &&
                               ctx.ask(QStringLiteral("The %1 stage failed. Roll the migration back now? Type 'yes' "
                                                      "to roll back: ")
                                           .arg(failedStage)) == QLatin1String("yes"));
        if (rollback) {
            d.start(QStringLiteral("rollback"));
            PlannedRun back;
            int backCode = planRun(ctx, {true, QString(), QString(), false, false}, &back);
            RunResult result;
            if (backCode == Success) {
                ctx.out << "Running rollback:\n";
                ctx.out.flush();
                backCode = executePlan(ctx, *back.db, back.plan, options, &result);
            }
            rolledBack = backCode == Success;
            d.finish(rolledBack ? Outcome::Ok : Outcome::Failed,
                     rolledBack ? QStringLiteral("back at 0002, as before the deployment")
                                : QStringLiteral("the rollback did not finish: %1").arg(result.error));
        } else {
            ctx.out << "To undo the migration: gma-migrator-cli rollback --yes (a backup was taken first unless "
                       "the profile says backup = no).\n";
        }
    }
    if (code != Success)
        d.hooks(QStringLiteral("failure"), profile->onFailure, QStringLiteral("failed"));
    const bool afterOk = d.hooks(QStringLiteral("after"), profile->after,
                                 code == Success ? QStringLiteral("success") : QStringLiteral("failed"));
    if (code == Success && !afterOk) {
        code = Refused;
        failedStage = QStringLiteral("after");
    }

    DeploymentRecord &record = d.record();
    record.ok = code == Success;
    const QString took = QStringLiteral("%1 of the %2 window").arg(format::duration(record.elapsedMs()),
                                                                   format::duration(record.windowMs));
    if (record.ok)
        record.outcome = QStringLiteral("Deployed: the migration was applied and verified in %1.").arg(took);
    else if (!changed)
        record.outcome = QStringLiteral("Not deployed: the %1 stage failed; the database was not changed (%2).")
                             .arg(failedStage, took);
    else if (rolledBack)
        record.outcome = QStringLiteral("Not deployed: the %1 stage failed and the migration was rolled back (%2).")
                             .arg(failedStage, took);
    else if (failedStage == QLatin1String("migrate"))
        record.outcome = QStringLiteral("Not deployed: the migration failed; what it committed is kept and running "
                                        "deploy again continues it, or roll back (%1).")
                             .arg(took);
    else
        record.outcome = QStringLiteral("Deployed with a failure: the migration was applied, but the %1 stage failed "
                                        "(%2).")
                             .arg(failedStage, took);
    ctx.out << record.outcome << "\n";
    ctx.out.flush();

    if (!reports.isEmpty()) {
        if (validation.checks.isEmpty() && validation.error.isEmpty())
            validation = Validation::run(*run.db, ctx.catalogue);
        ReportData data = ReportData::collect(*run.db, ctx.catalogue, ctx.settings.displayName(), validation);
        data.title = QStringLiteral("GMA deployment report");
        data.deployment = record;
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
        QStringLiteral(
            "The seed's production deployment: the profile's commands before (maintenance mode on), preflight, "
            "backup, migrate, the seed's verification query, validation, then the failure commands if a stage "
            "failed and the after commands in every case (health check, maintenance mode off), each stage timed "
            "against the maintenance window. The profile is $XDG_CONFIG_HOME/gma-migrator/deploy/NAME.conf "
            "(default: default.conf). Exit 0 deployed, 1 a stage failed, 4 the migration failed."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("profile"),
                         QStringLiteral("The deployment profile: a name in the configuration folder or a path."),
                         QStringLiteral("NAME|PATH")});
            p.addOption({QStringLiteral("init-profile"),
                         QStringLiteral("Write the seed's runbook as a new profile to edit, and stop.")});
            p.addOption({QStringLiteral("report"),
                         QStringLiteral("Write the deployment report: .html, .pdf, .csv or .json (repeatable)."),
                         QStringLiteral("PATH")});
            p.addOption({QStringLiteral("rollback-on-failure"),
                         QStringLiteral("Roll the migration back when a stage after it fails, without asking.")});
            addRunOptions(p);
        },
        runDeploy};
}

} // namespace gma::cli
