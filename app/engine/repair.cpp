// Executor::undoLeftovers: the repair that drops what a half-applied schema step left
// (consistency.h, Repair::Kind::UndoLeftovers).
#include "consistency.h"
#include "executor.h"
#include "sqlutil.h"
#include "strategy.h"
#include "toolschema.h"

#include <QElapsedTimer>

namespace gma {

namespace {

// The part of a step that never ran: its backward statement finds nothing to undo.
bool nothingToUndo(const QString &sqlState)
{
    return sqlState == QLatin1String("42703")    // undefined_column
           || sqlState == QLatin1String("42704") // undefined_object (a constraint or index)
           || sqlState == QLatin1String("42P01"); // undefined_table
}

} // namespace

RunResult Executor::undoLeftovers(const MigrationDefinition &def, const RunOptions &options)
{
    RunResult run;
    const QStringList statements = Consistency::leftoverStatements(def);
    const QString table = def.tables.value(0);
    StepResult result;
    result.step = {def.key, true};
    emit planStarted(1);
    if (def.isData() || table.isEmpty()) {
        run.status = RunResult::Status::Refused;
        run.error = tr("%1 is not a schema step: there is nothing half applied to drop.").arg(def.key.label());
        return run;
    }
    AdvisoryLock lock(m_db, kAdvisoryLockKey);
    if (!takeMigratorLock(lock, &run.error)) {
        run.status = RunResult::Status::Refused;
        return run;
    }
    const QDateTime started = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();
    emit stepStarted(0, result.step, statements.size());
    int skipped = 0;
    const QString baseline = QString::fromLatin1(strategy::kBaselinePrefix);
    const Retried r = withLockRetries(0, def.tables, {}, options, [&](int) {
        Attempt a;
        result.statements.clear();
        skipped = 0;
        for (int i = 0; i < statements.size(); ++i) {
            const QString &statement = statements.at(i);
            QElapsedTimer t;
            t.start();
            sql::exec(m_db, QStringLiteral("SAVEPOINT gma_repair"));
            const auto done = send(0, statement);
            if (!done.ok && nothingToUndo(done.sqlState)) {
                sql::exec(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT gma_repair"));
                ++skipped;
                emit message(tr("Nothing to undo: %1").arg(statement));
            } else if (!done.ok) {
                a.error = done.error;
                a.sqlState = done.sqlState;
                return a;
            } else {
                result.statements.append({statement, done.rowsAffected, t.elapsed()});
                emit statementFinished(0, statement, done.rowsAffected, t.elapsed());
            }
            sql::exec(m_db, QStringLiteral("RELEASE SAVEPOINT gma_repair"));
            emit stepProgress(0, i + 1, statements.size());
        }
        QString readError;
        const QStringList left = Consistency::differencesFrom(m_db, table, baseline, &readError);
        if (!readError.isEmpty() || !left.isEmpty()) {
            if (readError.isEmpty())
                a.stop(Sentence::of(QT_TRANSLATE_NOOP("gma::Executor", "after dropping what it left, %1 still "
                                                                       "differs from the contract's %2 schema (%3), so "
                                                                       "the repair was rolled back: bring the table to "
                                                                       "0002 by hand or restore the backup taken before"),
                                    table, baseline, left.mid(0, 3).join(QStringLiteral("; "))),
                       QStringLiteral("XX000"));
            else
                a.stop({readError, readError}, QStringLiteral("XX000"));
            return a;
        }
        // An interrupted online run's mark goes too: the step is no longer begun, a rerun applies it whole.
        if (sql::tableExists(m_db, QLatin1String(kToolSchema), QStringLiteral("online_steps"))) {
            const auto unmark = sql::exec(m_db,
                                          QStringLiteral("DELETE FROM %1 WHERE app = ? AND name = ? AND direction = "
                                                         "'forward'")
                                              .arg(toolTable("online_steps")),
                                          {def.key.app, def.key.name});
            if (!unmark.ok) {
                a.error = unmark.error;
                a.sqlState = unmark.sqlState;
                return a;
            }
        }
        a.ok = !m_cancelled.load();
        if (!a.ok)
            a.sqlState = QStringLiteral("57014");
        return a;
    });
    result.attempts = r.attempts;
    result.ms = total.elapsed();
    result.ok = r.status == Retried::Status::Done;
    result.cancelled = r.status == Retried::Status::Cancelled || r.status == Retried::Status::CancelledWhileWaiting;
    if (result.ok)
        emit message(tr("%1: dropped what it left in %2 (%Ln statement(s) ran, %3 had nothing to undo); %2 now has "
                        "the contract's %4 schema.",
                        nullptr, int(result.statements.size()))
                         .arg(def.key.label(), table, QLocale().toString(skipped), baseline));
    else if (result.cancelled)
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Cancelled: the repair was rolled back; %1 is as it was."), table);
    else if (r.status == Retried::Status::LockTimeout)
        r.failLockTimeout(result, {table});
    else
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Repairing %1 failed: %2."), def.key.label(), r.reason);
    record(result, def, started);
    emit stepFinished(0, result);
    run.steps << result;
    run.status = result.ok ? RunResult::Status::Success
                 : result.cancelled ? RunResult::Status::Cancelled
                                    : RunResult::Status::Failed;
    run.error = result.error;
    run.warning = lock.release();
    return run;
}

} // namespace gma
