#include "runcontroller.h"

#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>

#include "backup.h"
#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "preflight.h"
#include "toolschema.h"

namespace gma::ui {

RunWorker::RunWorker(MigrationCatalogue catalogue) : m_catalogue(std::move(catalogue)) {}

void RunWorker::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelRequested = true;
    if (m_executor)
        m_executor->cancel();
    if (m_rehearsal)
        m_rehearsal->cancel();
    if (m_backup)
        static_cast<BackupManager *>(m_backup)->cancel();
    if (m_statement)
        m_statement->cancel();
    if (m_flow)
        m_flow->cancel();
    m_answered.wakeAll();
}

void RunWorker::prepare()
{
    QMutexLocker lock(&m_mutex);
    m_cancelRequested = false;
    m_rollbackAnswer.reset();
}

void RunWorker::answerRollback(bool rollBack)
{
    QMutexLocker lock(&m_mutex);
    m_rollbackAnswer = rollBack;
    m_answered.wakeAll();
}

bool RunWorker::waitForRollbackAnswer(const QString &failedStage)
{
    {
        QMutexLocker lock(&m_mutex);
        m_rollbackAnswer.reset();
    }
    emit rollbackQuestion(failedStage);
    QMutexLocker lock(&m_mutex);
    while (!m_rollbackAnswer && !m_cancelRequested)
        m_answered.wait(&m_mutex);
    return m_rollbackAnswer.value_or(false) && !m_cancelRequested;
}

RunOutcome RunWorker::run(QSqlDatabase &db, const ConnectionSettings &settings, const Plan &plan,
                          const RunOptions &options, bool isRollback, const QString &title, const QString &backupPath,
                          bool preflight, bool onCopy)
{
    RunOutcome outcome;
    outcome.dryRun = options.dryRun;
    outcome.onCopy = options.dryRun && onCopy;
    outcome.isRollback = isRollback;
    outcome.title = title;
    auto cancelled = [this] {
        QMutexLocker lock(&m_mutex);
        return m_cancelRequested;
    };
    if (outcome.onCopy) // the copy is checked by running there; the database is only read
        return rehearseOnCopy(db, settings, plan, options, outcome);
    // The preflight, the backup and the run under the migrator's advisory lock: a second migrator
    // is refused at once, naming this one (the Executor takes the lock again on this connection).
    AdvisoryLock lock(db, kAdvisoryLockKey);
    if (!plan.isEmpty() && options.takeAdvisoryLock && !takeMigratorLock(lock, &outcome.result.error)) {
        outcome.result.status = RunResult::Status::Refused;
        return outcome;
    }
    if (!cancelled() && preflight && !checkPreflight(db, plan, options, &outcome))
        return outcome; // says why; nothing ran
    if (cancelled()) {
        outcome.result.status = RunResult::Status::Cancelled;
        outcome.result.error = tr("Cancelled before anything started; the database was not changed.");
        return outcome;
    }
    if (!backupPath.isEmpty() && !takeBackup(db, settings, backupPath, &outcome))
        return outcome;
    return execute(db, plan, options, outcome);
}

RunOutcome RunWorker::execute(QSqlDatabase &db, const Plan &plan, const RunOptions &options, RunOutcome outcome)
{
    outcome.result = withExecutor(db, [&](Executor &executor) { return executor.run(plan, options); });
    return outcome;
}

RunOutcome RunWorker::undoLeftovers(QSqlDatabase &db, const MigrationKey &step, const RunOptions &options,
                                    const QString &title)
{
    RunOutcome outcome;
    outcome.title = title;
    const MigrationDefinition *def = m_catalogue.find(step);
    if (!def) {
        outcome.result.status = RunResult::Status::Refused;
        outcome.result.error = tr("%1 is not defined in this tool.").arg(step.label());
        return outcome;
    }
    outcome.result = withExecutor(db, [&](Executor &executor) { return executor.undoLeftovers(*def, options); });
    return outcome;
}

RunOutcome RunWorker::fillLateRows(QSqlDatabase &db, const QList<MigrationKey> &steps, const RunOptions &options,
                                   const QString &title)
{
    RunOutcome outcome;
    outcome.title = title;
    outcome.result = withExecutor(db, [&](Executor &executor) { return executor.fillLateRows(steps, options); });
    return outcome;
}

RunResult RunWorker::withExecutor(QSqlDatabase &db, const std::function<RunResult(Executor &)> &work)
{
    Executor executor(db, m_catalogue);
    // Re-emitted on this thread as this object's signals (direct: this object lives on the GUI
    // thread, so its receivers there get them queued).
    constexpr auto direct = Qt::DirectConnection;
    connect(&executor, &Executor::planStarted, this, &RunWorker::planStarted, direct);
    connect(&executor, &Executor::stepStarted, this, &RunWorker::stepStarted, direct);
    connect(&executor, &Executor::stepProgress, this, &RunWorker::stepProgress, direct);
    connect(&executor, &Executor::statementFinished, this, &RunWorker::statementFinished, direct);
    connect(&executor, &Executor::waitingForLock, this, &RunWorker::waitingForLock, direct);
    connect(&executor, &Executor::throttled, this, &RunWorker::throttled, direct);
    connect(&executor, &Executor::batchSizeChanged, this, &RunWorker::batchSizeChanged, direct);
    connect(&executor, &Executor::stepFinished, this, &RunWorker::stepFinished, direct);
    connect(&executor, &Executor::message, this, &RunWorker::message, direct);
    {
        // A cancel that came before the Executor existed stays in force for its run (the
        // Executor keeps a cancel until it is cleared, so run() cannot lose it).
        QMutexLocker lock(&m_mutex);
        if (m_cancelRequested)
            executor.cancel();
        m_executor = &executor;
    }
    const RunResult result = work(executor);
    QMutexLocker lock(&m_mutex);
    m_executor = nullptr;
    return result;
}

RunOutcome RunWorker::rehearseOnCopy(QSqlDatabase &db, const ConnectionSettings &settings, const Plan &plan,
                                     const RunOptions &options, RunOutcome outcome)
{
    Rehearsal rehearsal(db, settings, m_catalogue);
    constexpr auto direct = Qt::DirectConnection;
    connect(
        &rehearsal, &Rehearsal::stageFinished, this,
        [this](const RehearsalStage &s) {
            emit message(tr("%1: %2 (%3). %4")
                             .arg(s.name, s.ok ? tr("done") : tr("failed"), format::duration(s.ms, QLocale()), s.detail));
        },
        direct);
    connect(
        &rehearsal, &Rehearsal::stepFinished, this,
        [this](bool reverse, int index, const StepResult &r) {
            if (!reverse)
                emit stepFinished(index, r);
        },
        direct);
    connect(&rehearsal, &Rehearsal::message, this, &RunWorker::message, direct);
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelRequested)
            rehearsal.cancel();
        m_rehearsal = &rehearsal;
    }
    emit planStarted(int(plan.steps.size()));
    RehearsalOptions ro;
    ro.run = options;
    const RehearsalResult r = rehearsal.run(plan, ro);
    {
        QMutexLocker lock(&m_mutex);
        m_rehearsal = nullptr;
    }
    outcome.result = r.forward;
    outcome.result.status = r.ok() && r.dropError.isEmpty() ? RunResult::Status::Success
                            : r.status == RehearsalResult::Status::Cancelled ? RunResult::Status::Cancelled
                            : r.status == RehearsalResult::Status::Refused   ? RunResult::Status::Refused
                                                                             : RunResult::Status::Failed;
    outcome.result.error = r.dropError.isEmpty() ? r.error : QStringList{r.error, r.dropError}.join(QLatin1Char(' ')).trimmed();
    outcome.rehearsal = std::make_shared<const RehearsalResult>(r);
    return outcome;
}

bool RunWorker::checkPreflight(QSqlDatabase &db, const Plan &plan, const RunOptions &run, RunOutcome *outcome)
{
    QString error;
    const auto state = [&] {
        ReadGuard guard(db);
        return MigrationState::read(db, &error);
    }();
    if (!state) {
        outcome->result.status = RunResult::Status::Refused;
        outcome->result.error = error;
        return false;
    }
    emit message(tr("Running the preflight checks..."));
    PreflightOptions options;
    options.dryRun = run.dryRun;
    options.lockTimeoutMs = run.lockTimeoutMs; // what the run absorbs with its lock timeout and retries
    PreflightReport report;
    {
        CancelHandle statement(db);
        {
            QMutexLocker lock(&m_mutex);
            m_statement = &statement;
        }
        ReadGuard guard(db);
        report = Preflight::run(db, m_catalogue, *state, plan, options);
        QMutexLocker lock(&m_mutex);
        m_statement = nullptr;
    }
    for (const PreflightFinding &f : report.findings)
        emit message(tr("Preflight %1 (%2): %3").arg(severityName(f.severity), f.checkId, f.message));
    if (!report.error.isEmpty()) {
        outcome->result.status = RunResult::Status::Refused;
        outcome->result.error = report.error;
        return false;
    }
    if (report.ok())
        return true;
    QString first;
    for (const PreflightFinding &f : report.findings) {
        if (f.isError()) {
            first = f.message;
            break;
        }
    }
    outcome->result.status = RunResult::Status::Refused;
    outcome->result.error = tr("The preflight checks found %n problem(s), so nothing was changed: %1 Fix them and "
                               "retry (see Impact & Preflight), or switch off Migrations > Run Preflight Checks "
                               "First if you are sure.",
                               nullptr, report.count(Severity::Error))
                                .arg(first);
    return false;
}

bool RunWorker::takeBackup(QSqlDatabase &db, const ConnectionSettings &settings, const QString &path,
                           RunOutcome *outcome)
{
    BackupManager manager(db, settings);
    connect(
        &manager, &BackupManager::phaseChanged, this,
        [this](const QString &phase) { emit message(tr("Backup: %1").arg(phase)); }, Qt::DirectConnection);
    {
        QMutexLocker lock(&m_mutex);
        m_backup = &manager;
    }
    emit message(tr("Taking a backup before the run: %1").arg(path));
    BackupOptions options;
    options.outputPath = path;
    options.note = QLatin1String(BackupNotes::kDesktopBeforeRun);
    const BackupResult result = manager.backup(options);
    bool cancelled = false;
    {
        QMutexLocker lock(&m_mutex);
        m_backup = nullptr;
        cancelled = m_cancelRequested;
    }
    if (!result.ok() || cancelled) {
        outcome->result.status = cancelled ? RunResult::Status::Cancelled : RunResult::Status::Refused;
        outcome->result.error = cancelled ? tr("Cancelled during the backup; nothing was changed.")
                                          : tr("The backup before the run failed, so nothing was changed: %1")
                                                .arg(result.error);
        return false;
    }
    outcome->backupPath = result.record.path.isEmpty() ? path : result.record.path;
    emit message(tr("Backup taken: %1 (%2, %3).")
                     .arg(outcome->backupPath, format::bytes(result.record.sizeBytes, QLocale()),
                          format::duration(result.ms, QLocale())));
    return true;
}

RunController::RunController(const MigrationCatalogue &catalogue, DbWorker *worker, QObject *parent)
    : QObject(parent), m_db(worker), m_worker(std::make_unique<RunWorker>(catalogue))
{
    qRegisterMetaType<gma::PlanStep>();
    qRegisterMetaType<gma::StepResult>();
    qRegisterMetaType<gma::ui::RunOutcome>();
    qRegisterMetaType<gma::DeployStage>();
}

RunController::~RunController()
{
    // The run job refers to the RunWorker: it must be over (Session::stopWorkers) or cancelled.
    if (m_busy)
        m_worker->cancel();
}

bool RunController::start(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options,
                          bool isRollback, const QString &title, const QString &backupPath, bool onCopy)
{
    if (m_busy)
        return false;
    m_plan = plan;
    RunWorker *worker = m_worker.get();
    const bool preflight = m_preflight;
    post(options, isRollback, title, onCopy,
         [worker, settings, plan, options, isRollback, title, backupPath, preflight, onCopy](QSqlDatabase &db) {
             return worker->run(db, settings, plan, options, isRollback, title, backupPath, preflight, onCopy);
         });
    return true;
}

bool RunController::startDeploy(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options,
                                const DeployProfile &profile, const QString &backupDirectory, const QString &database)
{
    if (m_busy)
        return false;
    m_plan = plan;
    RunWorker *worker = m_worker.get();
    const bool preflight = m_preflight;
    const QString backupPath =
        BackupManager::defaultPath(backupDirectory.isEmpty() ? BackupManager::defaultDirectory() : backupDirectory,
                                   database, BackupFormat::Custom, QDateTime::currentDateTime());
    const QString title = tr("Deploying with the profile %1 (%n step(s))", nullptr, int(plan.steps.size()))
                              .arg(QFileInfo(profile.path).completeBaseName());
    post(options, false, title, false,
         [worker, settings, plan, options, profile, preflight, backupPath, title](QSqlDatabase &db) {
             return worker->deploy(db, settings, plan, options, profile, preflight, backupPath, title);
         });
    return true;
}

bool RunController::startUndoLeftovers(const MigrationKey &step, const RunOptions &options, const QString &title)
{
    if (m_busy)
        return false;
    m_plan = Plan{{PlanStep{step, true}}};
    RunWorker *worker = m_worker.get();
    post(options, false, title, false,
         [worker, step, options, title](QSqlDatabase &db) { return worker->undoLeftovers(db, step, options, title); });
    return true;
}

bool RunController::startFillLateRows(const QList<MigrationKey> &steps, const RunOptions &options,
                                      const QString &title)
{
    if (m_busy)
        return false;
    m_plan = Plan{};
    for (const MigrationKey &key : steps)
        m_plan.steps << PlanStep{key, false};
    RunWorker *worker = m_worker.get();
    post(options, false, title, false,
         [worker, steps, options, title](QSqlDatabase &db) { return worker->fillLateRows(db, steps, options, title); });
    return true;
}

void RunController::post(const RunOptions &options, bool isRollback,
                         const QString &title, bool onCopy, std::function<RunOutcome(QSqlDatabase &)> job)
{
    m_busy = true;
    m_cancelRequested = false;
    m_options = options;
    m_worker->prepare();
    emit started(title, options.dryRun);
    m_db->run<RunOutcome>(
        this, QStringLiteral("run"), [job](QSqlDatabase &db, QString *) { return job(db); },
        [this, options, isRollback, title, onCopy](const RunOutcome &result, const QString &error) {
            RunOutcome outcome = result;
            if (!error.isEmpty()) { // the connection could not be opened: nothing ran
                outcome.dryRun = options.dryRun;
                outcome.onCopy = options.dryRun && onCopy;
                outcome.isRollback = isRollback;
                outcome.title = title;
                outcome.result.status = RunResult::Status::Refused;
                outcome.result.error = error;
            }
            m_busy = false;
            m_cancelRequested = false;
            emit finished(outcome);
        });
}

bool RunController::cancel()
{
    if (!m_busy)
        return false;
    m_cancelRequested = true;
    m_worker->cancel();
    return true;
}

} // namespace gma::ui
