// The executor's data steps: primary-key batches forward, recorded groups backward, each batch in
// a short transaction of its own (Executor::withLockRetries), the statements from renderStep.
#include "executor.h"

#include "format.h"
#include "sqlutil.h"
#include "state.h"
#include "stepsql.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <limits>

namespace gma {

namespace {

using Role = RenderedStatement::Role;

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();
// Rows the application changed while a batch ran are skipped by it; running it again picks them
// up at their new version (a handful of rounds at most).
constexpr int kMaxRounds = 50;


// Groups of consecutive populate_log records with at most one record per column (a forward batch
// writes one per column), each set back in one transaction.
struct Group
{
    QStringList ids;
    QStringList columns;
    qint64 size = 0;
    QString idArray() const { return QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'); }
};

QList<Group> groupRecords(const QList<QVariantList> &records, const MigrationDefinition &def, StepResult *result)
{
    QList<Group> groups;
    for (const QVariantList &record : records) {
        const QString column = record.at(1).toString();
        if (!def.populate.fields.contains(column)) {
            result->fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 names column '%2', which %3 does not fill; the "
                                                            "bookkeeping was changed by hand."),
                         toolTable("populate_log"), column, def.key.label());
            return {};
        }
        if (groups.isEmpty() || groups.last().columns.contains(column))
            groups.append(Group{});
        groups.last().ids << record.at(0).toString();
        groups.last().columns << column;
        groups.last().size += record.at(2).toLongLong();
    }
    return groups;
}

// The session settings of a data step's batches, set back before the step is recorded.
// - synchronous_commit off: a batch's commit does not wait for its WAL to reach the disk. A crash
//   can then lose the last batches committed (at most about three wal_writer_delay), but each batch
//   writes its rows and its populate_log records in one transaction, so a lost batch is lost whole:
//   its rows are NULL again and nothing records them as filled, which is exactly the state a rerun
//   starts from (it fills them again). The step itself is recorded (django_migrations) after the
//   settings are set back, with a synchronous commit, and flushing that commit flushes every batch
//   before it: the data step is recorded only when all its batches are durable. The same holds
//   backwards (a set-back batch and the removal of its records are one transaction).
// - default_toast_compression lz4 (when the server has it): the arrays populate_log keeps of each
//   batch are compressed several times faster than with pglz. Only the tool's own tables are
//   written with it.
class BatchSession
{
public:
    BatchSession(QSqlDatabase &db, bool forward) : m_db(db)
    {
        const sql::Rows now = sql::query(
            m_db, QStringLiteral("SELECT current_setting('synchronous_commit'), "
                                 "current_setting('default_toast_compression'), EXISTS (SELECT 1 FROM pg_settings "
                                 "WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals))"));
        if (!now.ok || now.rows.isEmpty())
            return;
        const QVariantList &row = now.rows.first();
        m_saved = {row.value(0).toString(), row.value(1).toString()};
        m_active = apply({QStringLiteral("off"), forward && row.value(2).toBool() ? QStringLiteral("lz4") : m_saved.value(1)})
                       .ok;
    }
    ~BatchSession() { restore(); }
    // Sets the session back; the error when that failed (a lost connection), else empty.
    QString restore()
    {
        QString error;
        if (m_active)
            error = apply(m_saved).error;
        m_active = false;
        return error;
    }

private:
    sql::Result apply(const QStringList &values)
    {
        return sql::exec(m_db,
                         QStringLiteral("SELECT set_config('synchronous_commit', ?, false), "
                                        "set_config('default_toast_compression', ?, false)"),
                         {values.value(0), values.value(1)});
    }
    QSqlDatabase &m_db;
    QStringList m_saved;
    bool m_active = false;
};

} // namespace

BatchPacer::BatchPacer(const PacingOptions &pacing, int fixedRows)
    : m_pacing(pacing), m_size(pacing.adaptive ? qBound(qMax(1, pacing.minRows), pacing.startRows, qMax(1, pacing.maxRows))
                                               : qMax(1, fixedRows))
{
}

bool BatchPacer::update(qint64 ms, bool lockTimeout)
{
    if (!m_pacing.adaptive)
        return false;
    // Aimed at half the target: a batch's time varies by a factor of two to three from one to the
    // next under load (commit, foreign-key checks, other sessions), and the target bounds the slow ones.
    // The time per row, smoothed over the batches (one batch's own time swings by half either way):
    // a slow batch or a lock timeout is acted on at once, on its own time.
    const double target = qMax(1, m_pacing.targetMs);
    const double perRow = qMax<double>(1.0, double(ms)) / m_size;
    m_msPerRow = m_msPerRow > 0 ? 0.5 * m_msPerRow + 0.5 * perRow : perRow;
    const double predicted = lockTimeout || ms > target ? qMax<double>(1.0, double(ms)) : m_msPerRow * m_size;
    const double toAim = 0.5 * target / predicted;
    double factor = 1.0;
    if (lockTimeout)
        factor = qMin(0.5, toAim);
    else if (ms > target)
        factor = qMax(0.1, toAim);
    else if (toAim > 1.25 || toAim < 0.8)
        factor = qMin(2.0, toAim);
    const int next = qBound(qMax(1, m_pacing.minRows), int(qMin<double>(m_size * factor, 1e9)), qMax(1, m_pacing.maxRows));
    const bool changed = next != m_size;
    m_size = next;
    return changed;
}

bool Executor::paceBatch(int index, const MigrationDefinition &def, const RunOptions &options, bool first,
                         StepResult *result, QString *error)
{
    const PacingOptions &p = options.pacing;
    // A rehearsal commits nothing before its end: no replica falls behind it batch by batch.
    if (m_inRehearsal)
        return !m_cancelled.load();
    if (!first && p.pauseMs > 0 && !pause(p.pauseMs))
        return false;
    QElapsedTimer waited;
    for (;;) {
        if (m_cancelled.load())
            return false;
        Sentence reason;
        if (p.maxReplicaLag.isSet()) {
            QList<ReplicaInfo> replicas;
            if (Replicas::list(m_db, &replicas, nullptr))
                reason = Replicas::beyond(replicas, p.maxReplicaLag);
        }
        if (reason.isEmpty() && p.waitForAutovacuum)
            reason = Replicas::autovacuumOn(m_db, def.populate.table);
        if (reason.isEmpty()) {
            if (waited.isValid()) {
                result->throttledMs += waited.elapsed();
                emit throttled(index, QString(), waited.elapsed());
            }
            return true;
        }
        if (!waited.isValid()) {
            waited.start();
            ++result->throttles;
        }
        emit throttled(index, reason.text, waited.elapsed());
        if (waited.elapsed() > p.maxThrottleWaitMs) {
            result->throttledMs += waited.elapsed();
            result->fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 stopped after waiting %2 before its next batch, because "
                                                            "%3 (earlier batches are kept; run it again once that has "
                                                            "passed, or raise --max-throttle-wait)."),
                         def.key.label(),
                         Sentence::duration(waited.elapsed()),
                         reason);
            *error = result->error;
            return false;
        }
        if (!pause(100))
            return false;
    }
}

Executor::Attempt Executor::fillBatch(int index, QSqlQuery &batch, const QString &text, const PopulateSpec &spec,
                                      qint64 lo, qint64 hi, qint64 *rows)
{
    Attempt a;
    *rows = 0;
    for (int round = 0; round < kMaxRounds; ++round) {
        for (int i = 0; i < 2; ++i) { // the range for `cand`, then for the UPDATE
            batch.addBindValue(lo);
            batch.addBindValue(hi);
        }
        for (const QString &f : spec.fields) {
            batch.addBindValue(spec.table);
            batch.addBindValue(f);
        }
        if (!sendPrepared(index, batch, text) || !batch.next()) {
            a.error = sql::message(batch.lastError());
            a.sqlState = sql::sqlState(batch.lastError());
            batch.finish();
            return a;
        }
        const qint64 needed = batch.value(0).toLongLong();
        const qint64 filled = batch.value(1).toLongLong();
        batch.finish();
        *rows += filled;
        if (filled == needed) {
            a.ok = true;
            return a;
        }
    }
    a.stop(Sentence::of(QT_TRANSLATE_NOOP("gma::Executor", "the application kept changing the same rows; run "
                                                           "migrate again")),
           QString());
    return a;
}

// PREPARE takes the table's lock at once: it runs in a transaction of the run's lock and statement
// timeouts, with the lock retries of a batch, instead of waiting for a conflicting lock without
// limit. A prepared statement outlives the transaction that prepared it. A user's cancel leaves
// the queries unprepared and returns true: the batch loop sees the cancel before it uses them.
bool Executor::prepareBatches(int index, const MigrationDefinition &def, const RunOptions &options,
                              const QList<std::pair<QSqlQuery *, QString>> &statements, StepResult *result)
{
    const Retried r = withLockRetries(index, def.tables, {}, options, [&](int) {
        Attempt a;
        a.ok = true;
        for (const auto &[query, text] : statements) {
            query->setForwardOnly(true);
            if (!query->prepare(text)) {
                a.ok = false;
                a.error = sql::message(query->lastError());
                a.sqlState = sql::sqlState(query->lastError());
                break;
            }
        }
        return a;
    });
    if (r.status == Retried::Status::Done || m_cancelled.load())
        return true;
    if (r.status == Retried::Status::LockTimeout && !r.blockers.isEmpty())
        result->fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 could not be prepared: %2 is locked by %3"),
                     def.key.label(), def.populate.table, r.blockers);
    else
        result->fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 could not be prepared: %2"), def.key.label(), r.reason);
    return false;
}

StepResult Executor::runPopulateForward(int index, const MigrationDefinition &def, const RunOptions &options,
                                        bool late)
{
    StepResult result;
    result.step = {def.key, false};
    QElapsedTimer total;
    total.start();
    const PopulateSpec &p = def.populate;
    const qint64 pending = pendingRows(m_db, def, false);
    if (pending < 0) {
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 cannot run: %2 lacks the audit columns (apply the schema step "
                                                  "first)."),
                    def.key.label(), p.table);
        return result;
    }
    emit stepStarted(index, result.step, pending);
    const StepSql rendered = renderStep(def, false, QDateTime());
    const QString boundText = rendered.sql(Role::BatchBound).value(0);
    const QString batchText = rendered.sql(Role::Batch).value(0);
    const RunOptions batchOptions = onlineBatchOptions(options);
    // Prepared once, executed for every batch with new bound values.
    QSqlQuery bound(m_db), batch(m_db);
    BatchSession session(m_db, true);
    QString error;
    bool failed = !prepareBatches(index, def, batchOptions, {{&bound, boundText}, {&batch, batchText}}, &result);
    BatchPacer pacer(batchOptions.pacing, options.batchSize);
    if (options.pacing.adaptive && !failed)
        emit batchSizeChanged(index, pacer.size(), -1);
    // The batch's upper bound from `lo`: the id pacer.size() rows further on (keyset on the primary key).
    const auto upperBound = [&](qint64 lo, qint64 *hi) {
        Attempt a;
        bound.addBindValue(lo);
        bound.addBindValue(pacer.size());
        a.ok = sendPrepared(index, bound, boundText);
        if (!a.ok) {
            a.error = sql::message(bound.lastError());
            a.sqlState = sql::sqlState(bound.lastError());
        } else {
            *hi = bound.next() && !bound.value(0).isNull() ? bound.value(0).toLongLong() : kMaxId;
        }
        bound.finish();
        return a;
    };
    for (qint64 lo = std::numeric_limits<qint64>::min(); !failed && !m_cancelled.load();) {
        if (!paceBatch(index, def, options, result.batches == 0, &result, &error)) {
            failed = !error.isEmpty();
            result.error = error;
            break;
        }
        QElapsedTimer batchTimer;
        batchTimer.start();
        qint64 hi = kMaxId;
        const Attempt b = upperBound(lo, &hi);
        if (!b.ok) {
            // A server-side cancel may land on this query rather than on a batch.
            if (m_cancelled.load() || sql::isCancelState(b.sqlState))
                break;
            result.error = b.error;
            failed = true;
            break;
        }
        qint64 batchRows = 0;
        qint64 attemptMs = 0; // the last attempt's, to its failure
        QElapsedTimer lastAttempt; // from the last attempt's start to the end of its commit
        const Retried r = withLockRetries(index, def.tables, {}, batchOptions, [&](int attempt) {
            // Online, a batch that ran into the application's row lock is retried with fewer rows
            // (it let go of the others when it rolled back).
            if (attempt > 0 && options.online && pacer.update(attemptMs, true)) {
                emit batchSizeChanged(index, pacer.size(), attemptMs);
                const Attempt a = upperBound(lo, &hi);
                if (!a.ok)
                    return a;
            }
            lastAttempt.start();
            const Attempt a = fillBatch(index, batch, batchText, p, lo, hi, &batchRows);
            attemptMs = lastAttempt.elapsed();
            return a;
        });
        const qint64 committedMs = lastAttempt.isValid() ? lastAttempt.elapsed() : 0;
        if (r.status == Retried::Status::Cancelled || r.status == Retried::Status::CancelledWhileWaiting)
            break;
        if (r.status != Retried::Status::Done) {
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "A batch of %1 failed and was rolled back (earlier batches are kept; "
                                                      "a rerun continues): %2"),
                        def.key.label(), r.reason);
            failed = true;
            break;
        }
        result.rows += batchRows;
        ++result.batches;
        const qint64 batchMs = batchTimer.elapsed();
        emit stepProgress(index, result.rows, qMax(pending, result.rows));
        if (hi == kMaxId)
            break;
        // Online, the lock timeouts shrank the batch already; the attempt that committed (its commit, which
        // runs the deferred foreign-key checks, included) paces the next.
        const qint64 pacedMs = options.online ? committedMs : batchMs;
        if (pacer.update(pacedMs, !options.online && r.attempts > 1))
            emit batchSizeChanged(index, pacer.size(), pacedMs);
        lo = hi;
    }
    // Cancelled after the last batch too: not recorded, a rerun finishes at once.
    result.cancelled = !failed && m_cancelled.load();
    if (result.cancelled && late) {
        result.fail(int(result.rows),
                    QT_TRANSLATE_N_NOOP("gma::Executor", "Cancelled at a batch boundary: %Ln late row(s) of %1 {is|are} filled "
                                                      "(recorded, so a rollback of %2 sets them back); run fill-audit "
                                                      "again to fill the rest."),
                    p.table, def.key.label());
    } else if (result.cancelled) {
        result.fail(int(result.rows),
                    QT_TRANSLATE_N_NOOP("gma::Executor", "Cancelled at a batch boundary: %Ln row(s) of %1 {is|are} filled, %2 is "
                                                      "not recorded as applied; run migrate again to finish."),
                    p.table, def.key.label());
    } else if (!failed && late) {
        error = session.restore();
        result.ok = error.isEmpty();
        if (!result.ok)
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Could not set the session back after filling %1: %2"), p.table, error);
    } else if (!failed) {
        // The record's commit is synchronous, and so flushes every batch first.
        error = session.restore();
        result.ok = error.isEmpty() && recordStep(def, false, options, &error);
        if (!result.ok)
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Could not record %1: %2"), def.key.label(), error);
    }
    result.ms = total.elapsed();
    return result;
}

Executor::Attempt Executor::setBackGroup(int index, QSqlQuery &update, QSqlQuery &remove, const StepSql &rendered,
                                         const QString &ids, const PopulateSpec &spec, qint64 *rows)
{
    Attempt a;
    update.addBindValue(ids);
    for (const QString &f : spec.fields)
        update.addBindValue(f);
    QSqlQuery *failed = nullptr;
    if (sendPrepared(index, update, rendered.sql(Role::Batch).value(0))) {
        *rows = update.numRowsAffected();
        remove.addBindValue(ids);
        if (!sendPrepared(index, remove, rendered.sql(Role::BatchCleanup).value(0)))
            failed = &remove;
    } else {
        failed = &update;
    }
    update.finish();
    remove.finish();
    a.ok = !failed;
    if (failed) {
        a.error = sql::message(failed->lastError());
        a.sqlState = sql::sqlState(failed->lastError());
    }
    return a;
}

StepResult Executor::runPopulateBackward(int index, const MigrationDefinition &def, const RunOptions &options)
{
    StepResult result;
    result.step = {def.key, true};
    QElapsedTimer total;
    total.start();
    const qint64 pending = pendingRows(m_db, def, true);
    emit stepStarted(index, result.step, pending);
    const StepSql rendered = renderStep(def, true, QDateTime());
    const QString readText = rendered.sql(Role::RecordsRead).value(0);
    emit statementSent(index, readText);
    const sql::Rows records = sql::query(m_db, readText, {def.populate.table});
    QString error;
    if (!records.ok)
        result.error = sql::message(records.error);
    if (records.ok && records.rows.isEmpty() && pending == 0) {
        emit message(tr("%1: no record of filled values (applied outside this tool); audit values stay as they are.")
                         .arg(def.key.label()));
    }
    const QList<Group> groups = records.ok ? groupRecords(records.rows, def, &result) : QList<Group>{};
    QSqlQuery update(m_db), remove(m_db);
    BatchSession session(m_db, false);
    const RunOptions batchOptions = onlineBatchOptions(options);
    if (result.error.isEmpty() && !groups.isEmpty())
        prepareBatches(index, def, batchOptions,
                       {{&update, rendered.sql(Role::Batch).value(0)}, {&remove, rendered.sql(Role::BatchCleanup).value(0)}},
                       &result);
    bool failed = !result.error.isEmpty();
    qint64 processed = 0;
    // Backwards a batch is what one forward batch recorded: its size followed the forward pacing;
    // the pause and the throttle waits apply here too.
    for (int g = 0; !failed && g < groups.size() && !m_cancelled.load(); ++g) {
        if (!paceBatch(index, def, options, g == 0, &result, &error)) {
            failed = !error.isEmpty();
            result.error = error;
            break;
        }
        qint64 rows = 0;
        const Retried r = withLockRetries(index, def.tables, {}, batchOptions, [&](int) {
            return setBackGroup(index, update, remove, rendered, groups.at(g).idArray(), def.populate, &rows);
        });
        if (r.status == Retried::Status::Cancelled || r.status == Retried::Status::CancelledWhileWaiting)
            break;
        if (r.status != Retried::Status::Done) {
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Setting back a batch of %1 failed and was rolled back (the batches set "
                                                      "back before are kept; a rerun of the rollback continues): %2"),
                        def.key.label(), r.reason);
            failed = true;
            break;
        }
        result.rows += rows;
        ++result.batches;
        processed += groups.at(g).size;
        emit stepProgress(index, processed, qMax(pending, processed));
    }
    result.cancelled = !failed && m_cancelled.load();
    if (result.cancelled) {
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Cancelled at a batch boundary: %1 is still recorded as applied; run the "
                                                  "rollback again to finish."),
                    def.key.label());
    } else if (!failed) {
        error = session.restore();
        result.ok = error.isEmpty() && recordStep(def, true, options, &error);
        if (!result.ok)
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Could not record %1 as unapplied: %2"), def.key.label(), error);
    }
    result.ms = total.elapsed();
    return result;
}

} // namespace gma
