// Executor::fillLateRows: late rows (audit.h) filled by the recorded data step's own forward
// batches (datastep.cpp), which record what they fill in gma_migrator.populate_log; the data
// step's backward batches set exactly those values back, so a rollback leaves late rows NULL
// again, as the application inserted them.
#include "audit.h"
#include "executor.h"
#include "toolschema.h"

namespace gma {

RunResult Executor::fillLateRows(const QList<MigrationKey> &dataSteps, const RunOptions &options)
{
    RunResult run;
    m_inRehearsal = false;
    emit planStarted(int(dataSteps.size()));
    QList<const MigrationDefinition *> defs;
    for (const MigrationKey &key : dataSteps) {
        const MigrationDefinition *def = m_catalogue.find(key);
        if (!def || !def->isData()) {
            run.status = RunResult::Status::Refused;
            run.error = tr("%1 is not a data step: late rows are filled by a data step.").arg(key.label());
            return run;
        }
        if (Audit::recordedDataStep(m_db, key.app) != key.name) {
            run.status = RunResult::Status::Refused;
            run.error = tr("%1 is not recorded as applied, so its NULLs are not late rows: migrate runs it.")
                            .arg(key.label());
            return run;
        }
        defs << def;
    }
    if (defs.isEmpty())
        return run;
    if (m_cancelled.load()) {
        run.status = RunResult::Status::Cancelled;
        run.error = tr("Cancelled before filling late rows; nothing was changed.");
        return run;
    }
    AdvisoryLock lock(m_db, kAdvisoryLockKey);
    if (!beginGuarded(lock, options, &run))
        return run;
    if (!ToolSchema::ensure(m_db, &run.error)) {
        run.status = RunResult::Status::Refused;
        run.warning = lock.release();
        return run;
    }
    for (int i = 0; i < defs.size(); ++i) {
        const MigrationDefinition &def = *defs.at(i);
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const StepResult result = runPopulateForward(i, def, options, true);
        // The history says what this was: the entry's message is the step's error, or this note.
        StepResult recorded = result;
        if (result.ok)
            recorded.error = QStringLiteral("late rows: %1 filled (fill-audit)").arg(result.rows);
        record(recorded, def, started);
        emit stepFinished(i, result);
        run.steps << result;
        if (!result.ok) {
            run.status = result.cancelled ? RunResult::Status::Cancelled : RunResult::Status::Failed;
            run.error = result.error;
            break;
        }
    }
    if (options.vacuumAnalyze)
        run.vacuums = vacuumAfter(run, options);
    run.warning = lock.release();
    if (!run.warning.isEmpty())
        emit message(run.warning);
    return run;
}

} // namespace gma
