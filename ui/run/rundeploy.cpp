// RunWorker::deploy: the desktop application's side of a guided deployment (deployflow.h). The
// stages run on the run worker's thread and connection with the same preflight, backup and
// executor a run uses; their progress reaches the GUI as RunWorker's queued signals.
#include "runcontroller.h"

#include "format.h"
#include "locks.h"
#include "state.h"

#include <QLocale>
#include <QMutexLocker>

namespace gma::ui {

namespace {

using Outcome = DeployStage::Outcome;

class DesktopDriver : public DeployDriver
{
public:
    DesktopDriver(RunWorker &worker, QSqlDatabase &db, const ConnectionSettings &settings, const RunOptions &options,
                  bool preflight, const QString &backupPath, const QString &title)
        : m_worker(worker), m_db(db), m_settings(settings), m_options(options), m_preflight(preflight),
          m_backupPath(backupPath), m_title(title)
    {
    }

    RunOutcome outcome; // the migrate stage's run and the backup taken

    bool skipPreflight(QString *reason) override
    {
        if (m_preflight)
            return false;
        *reason = RunWorker::tr("switched off (Migrations > Run Preflight Checks First)");
        return true;
    }
    StageResult preflight(const Plan &plan) override
    {
        RunOutcome o;
        if (m_worker.checkPreflight(m_db, plan, m_options, &o))
            return {};
        return {Outcome::Failed, o.result.error};
    }
    StageResult backup(const Plan &) override
    {
        RunOutcome o;
        o.title = m_title;
        if (!m_worker.takeBackup(m_db, m_settings, m_backupPath, &o))
            return {Outcome::Failed, o.result.error};
        outcome.backupPath = o.backupPath;
        return {Outcome::Ok, o.backupPath};
    }
    RunResult migrate(const Plan &plan, const RunOptions &options) override
    {
        RunOutcome o = m_worker.execute(m_db, plan, options, RunOutcome());
        outcome.result = o.result;
        return o.result;
    }
    RunResult rollback(const RunOptions &options) override
    {
        RunResult r;
        QString error;
        const auto state = [&] {
            ReadGuard guard(m_db);
            return MigrationState::read(m_db, &error);
        }();
        PlanError perr;
        const auto plan = state ? Planner::rollback(m_worker.catalogue(), *state, &perr) : std::nullopt;
        if (!plan) {
            r.status = RunResult::Status::Refused;
            r.error = state ? perr.message : error;
            return r;
        }
        emit m_worker.message(RunWorker::tr("Rolling back to 0002 (%n step(s))...", nullptr, int(plan->steps.size())));
        return m_worker.execute(m_db, *plan, options, RunOutcome()).result;
    }
    bool confirmRollback(const QString &failedStage) override { return m_worker.waitForRollbackAnswer(failedStage); }

    void stageStarted(const DeployStage &stage, qint64 windowLeftMs) override
    {
        emit m_worker.deployStageStarted(stage.name, windowLeftMs);
    }
    void stageFinished(const DeployStage &stage) override { emit m_worker.deployStageFinished(stage); }
    void hookStarted(const DeployHook &hook) override { emit m_worker.deployLog(QStringLiteral("$ ") + hook.command); }
    void hookFinished(const HookResult &r) override
    {
        for (const QString &line : r.output.trimmed().split(QLatin1Char('\n'))) {
            if (!line.isEmpty())
                emit m_worker.deployLog(QStringLiteral("| ") + line);
        }
        if (!r.ok)
            emit m_worker.deployLog(r.error);
    }
    void note(const QString &line) override { emit m_worker.deployLog(line); }

private:
    RunWorker &m_worker;
    QSqlDatabase &m_db;
    ConnectionSettings m_settings;
    RunOptions m_options;
    bool m_preflight;
    QString m_backupPath;
    QString m_title;
};

} // namespace

RunOutcome RunWorker::deploy(QSqlDatabase &db, const ConnectionSettings &settings, const Plan &plan,
                             const RunOptions &options, const DeployProfile &profile, bool preflight,
                             const QString &backupPath, const QString &title)
{
    DesktopDriver driver(*this, db, settings, options, preflight, backupPath, title);
    DeployFlow flow(db, m_catalogue, profile, settings.childEnvironment(), driver);
    {
        QMutexLocker lock(&m_mutex);
        m_flow = &flow;
        if (m_cancelRequested)
            flow.cancel();
    }
    const DeployOutcome deployed = flow.run(plan, options);
    {
        QMutexLocker lock(&m_mutex);
        m_flow = nullptr;
    }
    RunOutcome outcome = driver.outcome;
    outcome.title = title;
    outcome.deployment = std::make_shared<const DeployOutcome>(deployed);
    if (deployed.ok()) {
        outcome.result.status = RunResult::Status::Success;
    } else {
        outcome.result.status = deployed.failure == DeployOutcome::Failure::Migration && outcome.result.status ==
                                                                                             RunResult::Status::Cancelled
                                    ? RunResult::Status::Cancelled
                                : deployed.changed ? RunResult::Status::Failed
                                                   : RunResult::Status::Refused;
    }
    outcome.result.error = deployed.record.outcome;
    return outcome;
}

} // namespace gma::ui
