#include "deployflow.h"

#include "format.h"
#include "reportwriter.h"

#include <QCoreApplication>

namespace gma {

using Outcome = DeployStage::Outcome;

DeployFlow::DeployFlow(QSqlDatabase db, MigrationCatalogue catalogue, DeployProfile profile,
                       QMap<QString, QString> environment, DeployDriver &driver)
    : m_db(std::move(db)), m_catalogue(std::move(catalogue)), m_profile(std::move(profile)),
      m_environment(std::move(environment)), m_driver(driver)
{
}

void DeployFlow::cancel()
{
    m_cancelled.store(true);
    if (HookRunner *r = m_runner.load())
        r->cancel();
}

void DeployFlow::start(const QString &name)
{
    DeployStage s;
    s.name = name;
    s.started = QDateTime::currentDateTimeUtc();
    m_record.stages << s;
    m_stage.start();
    m_driver.stageStarted(s, windowLeft());
}

bool DeployFlow::finish(Outcome outcome, const QString &detail)
{
    DeployStage &s = m_record.stages.last();
    s.outcome = outcome;
    s.ms = m_stage.elapsed();
    s.detail = detail;
    m_driver.stageFinished(s);
    return outcome != Outcome::Failed;
}

// The profile's commands of one stage, in order; before stops at the first failure (and at a
// cancel), failure and after run every command.
bool DeployFlow::hooks(const QString &name, const QList<DeployHook> &list, const QString &outcome)
{
    if (list.isEmpty())
        return true;
    start(name);
    QMap<QString, QString> env = m_environment;
    env.insert(QStringLiteral("GMA_DEPLOY_STAGE"), name);
    if (!outcome.isEmpty())
        env.insert(QStringLiteral("GMA_DEPLOY_OUTCOME"), outcome);
    const bool stopsAtFailure = name == QLatin1String("before");
    QString failed;
    int succeeded = 0;
    for (const DeployHook &hook : list) {
        if (stopsAtFailure && m_cancelled.load())
            break;
        m_driver.hookStarted(hook);
        HookRunner runner;
        m_runner.store(&runner);
        if (stopsAtFailure && m_cancelled.load())
            runner.cancel();
        const HookResult r = runner.run(hook, env);
        m_runner.store(nullptr);
        m_record.stages.last().hooks << r;
        m_driver.hookFinished(r);
        if (r.ok) {
            ++succeeded;
            continue;
        }
        if (failed.isEmpty())
            failed = r.error;
        if (stopsAtFailure)
            break;
    }
    if (failed.isEmpty() && stopsAtFailure && m_cancelled.load())
        failed = QCoreApplication::translate("gma::DeployFlow", "The deployment was cancelled.");
    return finish(failed.isEmpty() ? Outcome::Ok : Outcome::Failed,
                  failed.isEmpty() ? QCoreApplication::translate(
                                         "gma::DeployFlow", "%Ln command(s) succeeded", nullptr, succeeded)
                                   : failed);
}

// preflight, backup, migrate, verify, validate; false at the first stage that failed.
bool DeployFlow::migrateStages(const Plan &plan, const RunOptions &options, DeployOutcome *out)
{
    QString reason;
    start(QStringLiteral("preflight"));
    if (m_driver.skipPreflight(&reason)) {
        finish(Outcome::Skipped, reason);
    } else {
        const DeployDriver::StageResult r = m_driver.preflight(plan);
        if (r.outcome == Outcome::Failed) {
            finish(Outcome::Failed,
                   r.detail.isEmpty()
                       ? QCoreApplication::translate(
                             "gma::DeployFlow", "the preflight refused the migration; nothing was changed")
                       : r.detail);
            return false;
        }
        finish(r.outcome, r.detail);
    }

    start(QStringLiteral("backup"));
    if (!m_profile.backup) {
        finish(Outcome::Skipped,
               QCoreApplication::translate("gma::DeployFlow", "the profile says backup = no"));
    } else if (m_driver.skipBackup(&reason)) {
        finish(Outcome::Skipped, reason);
    } else {
        const DeployDriver::StageResult r = m_driver.backup(plan);
        if (r.outcome == Outcome::Failed) {
            finish(Outcome::Failed,
                   r.detail.isEmpty() ? QCoreApplication::translate("gma::DeployFlow",
                                                                    "the backup failed; nothing was changed")
                                      : r.detail);
            return false;
        }
        finish(r.outcome, r.detail);
    }

    start(QStringLiteral("migrate"));
    if (m_cancelled.load()) {
        out->failure = DeployOutcome::Failure::Migration;
        finish(Outcome::Failed,
               QCoreApplication::translate("gma::DeployFlow",
                                           "cancelled before the migration; nothing was changed"));
        return false;
    }
    if (windowLeft() <= 0) {
        finish(Outcome::Failed,
               QCoreApplication::translate("gma::DeployFlow",
                                           "the maintenance window (%1) was used up before the migration "
                                           "started; nothing was migrated")
                   .arg(format::duration(m_profile.windowMs, QLocale())));
        return false;
    }
    const RunResult result = m_driver.migrate(plan, options);
    for (const StepResult &s : result.steps)
        out->changed = out->changed || s.ok || s.rows > 0;
    if (!result.ok()) {
        out->failure = DeployOutcome::Failure::Migration;
        finish(Outcome::Failed, result.error);
        return false;
    }
    int vacuumed = 0;
    for (const VacuumResult &v : result.vacuums)
        vacuumed += v.ok ? 1 : 0;
    QString detail = QCoreApplication::translate("gma::DeployFlow", "%Ln step(s) applied", nullptr,
                                                 int(result.steps.size()));
    if (!result.vacuums.isEmpty())
        detail = QCoreApplication::translate("gma::DeployFlow", "%1, VACUUM (ANALYZE) of %2 of %Ln table(s)",
                                             nullptr, int(result.vacuums.size()))
                     .arg(detail)
                     .arg(vacuumed);
    const bool late = windowLeft() < 0;
    if (late)
        detail = QCoreApplication::translate("gma::DeployFlow", "%1; it ran past the maintenance window")
                     .arg(detail);
    finish(late || vacuumed < result.vacuums.size() ? Outcome::Warning : Outcome::Ok, detail);

    start(QStringLiteral("verify"));
    QStringList bad;
    for (const ImmediateCheck &c : verifyImmediately(m_db)) {
        m_driver.note(QStringLiteral("%1 -> %2").arg(c.sql, c.nulls >= 0 ? QString::number(c.nulls) : c.error));
        if (!c.ok())
            bad << c.table;
    }
    if (!bad.isEmpty()) {
        finish(Outcome::Failed, QCoreApplication::translate(
                                    "gma::DeployFlow", "created_by_id is NULL in rows of %1 (expected 0)")
                                    .arg(bad.join(QStringLiteral(", "))));
        return false;
    }
    finish(Outcome::Ok, QCoreApplication::translate("gma::DeployFlow", "no row without created_by_id"));

    start(QStringLiteral("validate"));
    out->validation = Validation::run(m_db, m_catalogue);
    const ValidationResult &v = out->validation;
    const QString summary = v.error.isEmpty() ? ReportWriter::summaryLine(v) : v.error;
    for (const CheckResult &c : v.checks) {
        if (c.status == CheckResult::Status::Fail)
            m_driver.note(QStringLiteral("FAIL  %1: expected %2, actual %3").arg(c.id, c.expected, c.actual));
    }
    if (!v.ok()) {
        finish(Outcome::Failed,
               QCoreApplication::translate("gma::DeployFlow", "validation failed: %1").arg(summary));
        return false;
    }
    finish(Outcome::Ok, summary);
    return true;
}

DeployOutcome DeployFlow::run(const Plan &plan, RunOptions options)
{
    DeployOutcome out;
    m_record = DeploymentRecord();
    m_record.profilePath = m_profile.path;
    m_record.windowMs = m_profile.windowMs;
    m_record.started = QDateTime::currentDateTimeUtc();
    m_clock.start();
    options.vacuumAnalyze = options.vacuumAnalyze && m_profile.vacuum;

    if (!hooks(QStringLiteral("before"), m_profile.before)) {
        out.failure = DeployOutcome::Failure::Stage;
        out.failedStage = QStringLiteral("before");
    } else if (!migrateStages(plan, options, &out)) {
        if (out.failure == DeployOutcome::Failure::None)
            out.failure = DeployOutcome::Failure::Stage;
        out.failedStage = m_record.stages.last().name;
    }

    if (!out.ok() && out.changed && m_driver.confirmRollback(out.failedStage)) {
        start(QStringLiteral("rollback"));
        RunOptions back = options;
        back.vacuumAnalyze = false;
        const RunResult r = m_driver.rollback(back);
        out.rolledBack = r.ok();
        finish(out.rolledBack ? Outcome::Ok : Outcome::Failed,
               out.rolledBack
                   ? QCoreApplication::translate("gma::DeployFlow", "back at 0002, as before the deployment")
                   : QCoreApplication::translate("gma::DeployFlow", "the rollback did not finish: %1")
                         .arg(r.error));
    }
    if (!out.ok())
        hooks(QStringLiteral("failure"), m_profile.onFailure, QStringLiteral("failed"));
    const bool afterOk =
        hooks(QStringLiteral("after"), m_profile.after, out.ok() ? QStringLiteral("success") : QStringLiteral("failed"));
    if (out.ok() && !afterOk) {
        out.failure = DeployOutcome::Failure::Stage;
        out.failedStage = QStringLiteral("after");
    }

    m_record.ok = out.ok();
    const QString took = QCoreApplication::translate("gma::DeployFlow", "%1 of the %2 window")
                             .arg(format::duration(m_record.elapsedMs(), QLocale()),
                                  format::duration(m_record.windowMs, QLocale()));
    if (m_record.ok)
        m_record.outcome = QCoreApplication::translate(
                               "gma::DeployFlow", "Deployed: the migration was applied and verified in %1.")
                               .arg(took);
    else if (!out.changed)
        m_record.outcome =
            QCoreApplication::translate(
                "gma::DeployFlow", "Not deployed: the %1 stage failed; the database was not changed (%2).")
                .arg(out.failedStage, took);
    else if (out.rolledBack)
        m_record.outcome = QCoreApplication::translate(
                               "gma::DeployFlow",
                               "Not deployed: the %1 stage failed and the migration was rolled back (%2).")
                               .arg(out.failedStage, took);
    else if (out.failedStage == QLatin1String("migrate"))
        m_record.outcome = QCoreApplication::translate(
                               "gma::DeployFlow",
                               "Not deployed: the migration failed; what it committed is kept and running "
                               "the deployment again continues it, or roll back (%1).")
                               .arg(took);
    else
        m_record.outcome =
            QCoreApplication::translate(
                "gma::DeployFlow", "Deployed with a failure: the migration was applied, but the %1 stage "
                                   "failed (%2).")
                .arg(out.failedStage, took);
    out.record = m_record;
    return out;
}

} // namespace gma
