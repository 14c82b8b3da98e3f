#include "runcontroller.h"

#include <QFileInfo>
#include <QLocale>
#include <QMutexLocker>

#include "backup.h"
#include "preflight.h"

namespace gma::ui {

RunWorker::RunWorker(MigrationCatalogue catalogue) : m_catalogue(std::move(catalogue)) {}

void RunWorker::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelRequested = true;
    if (m_executor)
        m_executor->cancel();
    if (m_backup)
        static_cast<BackupManager *>(m_backup)->cancel();
}

void RunWorker::run(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options, bool isRollback,
                    const QString &title, const QString &backupPath, bool preflight)
{
    RunOutcome outcome;
    outcome.dryRun = options.dryRun;
    outcome.isRollback = isRollback;
    outcome.title = title;
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelRequested) {
            m_cancelRequested = false;
            outcome.result.status = RunResult::Status::Cancelled;
            outcome.result.error = tr("Cancelled before anything started; the database was not changed.");
            lock.unlock();
            emit finished(outcome);
            return;
        }
    }
    const QString name = Database::uniqueName(QStringLiteral("run"));
    ConnectError error;
    {
        auto db = Database::open(settings, name, &error);
        if (!db) {
            outcome.result.status = RunResult::Status::Refused;
            outcome.result.error = error.message;
        } else if (preflight && !checkPreflight(*db, plan, options.dryRun, &outcome)) {
            // outcome says why; nothing ran.
        } else if (!backupPath.isEmpty() && !takeBackup(*db, settings, backupPath, &outcome)) {
            // outcome says why; nothing ran.
        } else {
            Executor executor(*db, m_catalogue);
            // Same thread: direct connections, re-emitted as this object's signals (queued to the GUI).
            connect(&executor, &Executor::planStarted, this, [this, &executor](int steps) {
                {
                    QMutexLocker lock(&m_mutex);
                    if (m_cancelRequested) // a cancel that raced with run() resetting the flag
                        executor.cancel();
                }
                emit planStarted(steps);
            });
            connect(&executor, &Executor::stepStarted, this, &RunWorker::stepStarted);
            connect(&executor, &Executor::stepProgress, this, &RunWorker::stepProgress);
            connect(&executor, &Executor::statementFinished, this, &RunWorker::statementFinished);
            connect(&executor, &Executor::waitingForLock, this, &RunWorker::waitingForLock);
            connect(&executor, &Executor::stepFinished, this, &RunWorker::stepFinished);
            connect(&executor, &Executor::message, this, &RunWorker::message);
            {
                QMutexLocker lock(&m_mutex);
                m_executor = &executor;
            }
            outcome.result = executor.run(plan, options);
            {
                QMutexLocker lock(&m_mutex);
                m_executor = nullptr;
                m_cancelRequested = false;
            }
        }
    }
    Database::close(name);
    emit finished(outcome);
}

bool RunWorker::checkPreflight(QSqlDatabase &db, const Plan &plan, bool dryRun, RunOutcome *outcome)
{
    QString error;
    const auto state = MigrationState::read(db, &error);
    if (!state) {
        outcome->result.status = RunResult::Status::Refused;
        outcome->result.error = error;
        return false;
    }
    emit message(tr("Running the preflight checks..."));
    PreflightOptions options;
    options.dryRun = dryRun;
    const PreflightReport report = Preflight::run(db, m_catalogue, *state, plan, options);
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
    connect(&manager, &BackupManager::phaseChanged, this,
            [this](const QString &phase) { emit message(tr("Backup: %1").arg(phase)); });
    {
        QMutexLocker lock(&m_mutex);
        m_backup = &manager;
    }
    emit message(tr("Taking a backup before the run: %1").arg(path));
    BackupOptions options;
    options.outputPath = path;
    options.note = tr("Taken by the desktop application before: %1").arg(outcome->title);
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
    emit message(tr("Backup taken: %1 (%2 bytes, %3 ms).")
                     .arg(outcome->backupPath, QLocale().toString(result.record.sizeBytes))
                     .arg(result.ms));
    return true;
}

RunController::RunController(const MigrationCatalogue &catalogue, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gma::PlanStep>();
    qRegisterMetaType<gma::StepResult>();
    qRegisterMetaType<gma::ui::RunOutcome>();
    m_thread.setObjectName(QStringLiteral("gma-run"));
    m_worker = new RunWorker(catalogue);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RunWorker::finished, this, [this](const RunOutcome &outcome) {
        m_busy = false;
        m_cancelRequested = false;
        emit finished(outcome);
    });
    m_thread.start();
}

RunController::~RunController()
{
    if (m_busy)
        m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

bool RunController::start(const ConnectionSettings &settings, const Plan &plan, const RunOptions &options,
                          bool isRollback, const QString &title, const QString &backupPath)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancelRequested = false;
    m_plan = plan;
    m_options = options;
    emit started(title, options.dryRun);
    RunWorker *worker = m_worker;
    const bool preflight = m_preflight;
    QMetaObject::invokeMethod(
        m_worker, [worker, settings, plan, options, isRollback, title, backupPath, preflight] {
            worker->run(settings, plan, options, isRollback, title, backupPath, preflight);
        },
        Qt::QueuedConnection);
    return true;
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
