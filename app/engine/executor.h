// Runs a plan: each schema migration in one transaction with lock_timeout and bounded retries,
// each data step in primary-key batches of their own short transaction, under a session-level
// advisory lock, recording Django's state and the tool's history. Every statement of a step it
// sends is one renderStep (stepsql.h) renders; Django's bookkeeping is DjangoRecorder's.
// Thread rule: an Executor lives on the thread that owns its QSqlDatabase connection and run()
// blocks that thread (the GUI moves it to a worker thread with a connection of its own).
// Signals are emitted on that thread; connect with Qt::QueuedConnection from other threads.
// cancel() is the only method safe to call from any thread.
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "locks.h"
#include "planner.h"
#include "replicas.h"
#include "sqlutil.h"
#include "stepsql.h"
#include "translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <atomic>
#include <functional>
#include <memory>

namespace gma {

// How a data step paces its batches (RunOptions::pacing).
struct PacingOptions
{
    // On: each batch's size adapts so that a batch takes about targetMs (from startRows, growing
    // while batches are fast, shrinking after a slow one or a lock timeout, within minRows and
    // maxRows; BatchPacer). Off: RunOptions::batchSize rows in every batch (--batch-size).
    bool adaptive = false;
    int targetMs = 200;
    int startRows = 1000;
    int minRows = 100;
    int maxRows = 500000;
    int pauseMs = 0; // between two batches
    // Before each batch: wait while a streaming replica is further behind than this
    // (pg_stat_replication), or (waitForAutovacuum) while autovacuum works on the step's table.
    ReplicaLagBound maxReplicaLag;
    bool waitForAutovacuum = false;
    // One wait longer than this fails the step (earlier batches are kept, a rerun continues).
    qint64 maxThrottleWaitMs = 600000;
};

// The adaptive batch size of a data step: the next batch's rows from the last one's duration.
// Thread rule: a plain value.
class BatchPacer
{
public:
    explicit BatchPacer(const PacingOptions &pacing, int fixedRows);
    int size() const { return m_size; }
    // After a batch that took `ms` (lockTimeout: it hit a lock timeout and was retried): sets the
    // size of the next batch; true when it changed. Aims at batches of half the target: grows (at
    // most doubling) after a batch shorter than 40% of the target, shrinks after one longer than
    // 62.5% of it (always after one longer than the target, at least halving after a lock timeout).
    bool update(qint64 ms, bool lockTimeout);

private:
    PacingOptions m_pacing;
    int m_size;
    double m_msPerRow = 0; // smoothed
};

struct RunOptions
{
    int batchSize = 10000; // rows per batch when pacing.adaptive is off
    PacingOptions pacing;
    bool dryRun = false;      // rehearse the whole plan in one transaction, then roll it back
    int lockTimeoutMs = 3000; // per attempt to take a table lock
    int lockRetries = 5;      // attempts after the first one
    int retryDelayMs = 1000;  // grows by half each retry
    int statementTimeoutMs = 0; // per statement of a step; 0: the server's setting
    // Django's migrate --fake: record (or unrecord) the plan's migrations without running their
    // SQL, refused unless the live schema matches the contract's schema for the state recorded.
    bool fake = false;
    // Django's --fake-initial: an initial migration (no dependency in its own app) whose tables
    // all exist is recorded without running; the others run.
    bool fakeInitial = false;
    // Record with --fake even when the live schema does not match (a warning says so).
    bool force = false;
    bool takeAdvisoryLock = true;
    // After a plan whose data steps changed rows (they leave as many dead row versions), VACUUM
    // (ANALYZE) each of their tables: SHARE UPDATE EXCLUSIVE, which the application's reads and
    // writes do not wait for. Never in a rehearsal.
    bool vacuumAnalyze = true;
    // The time schema steps' {{now}} defaults are written with; invalid: when each step starts.
    QDateTime now;
    // --online: schema steps run renderStep's online variant (stepsql.h), each statement its own
    // short transaction with a lock_timeout within stallBudgetMs (retried as usual), indexes built
    // CONCURRENTLY; the step is recorded after its last statement. Not with dryRun.
    bool online = false;
    int stallBudgetMs = 1000; // --stall-budget: how long an online statement may keep the application waiting
};
// The lock_timeout of an online step's catalogue changes: half the stall budget, at least 50 ms,
// at most the run's lock timeout.
int onlineLockTimeoutMs(const RunOptions &options);
// The options an online run's data-step batches run with (other runs: `options` as they are). A
// batch keeps the rows it has already changed locked while it waits for a row the application
// holds, and every application statement that needs one of them waits with it: so a batch waits at
// most a quarter of the stall budget for a row lock (lock_timeout, at least 20 ms, at most the run's
// lock timeout), then rolls back, letting go of its rows, and is retried (withLockRetries) after as
// long a pause, with fewer rows when it is paced (BatchPacer); and the pacer's target is at most half
// the budget, so that a batch's own hold stays within it too.
RunOptions onlineBatchOptions(const RunOptions &options);

struct StatementResult
{
    QString sql;
    qint64 rows = -1;
    qint64 ms = 0;
};

// The backward schema step later in `plan` whose reverse drops every column the backward data
// step at `index` fills (its app's 0003), or null. Not online, the run leaves the data step's
// values to it (Executor::leaveToDropper); previews and confirmations say so.
const MigrationDefinition *columnsDroppedBy(const MigrationCatalogue &catalogue, const Plan &plan, int index);

struct StepResult
{
    PlanStep step;
    bool ok = false;
    bool cancelled = false;
    bool faked = false; // recorded (or unrecorded) without running its SQL
    bool online = false; // run as the online variant (RunOptions::online); the history says so
    // A backward data step whose columns the reverse of its app's schema step drops later in the
    // same run: nothing is sent for it; it is recorded as unapplied in that step's transaction.
    bool droppedLater = false;
    qint64 rows = 0;
    qint64 ms = 0;
    int batches = 0;
    int attempts = 0;
    int throttles = 0;       // waits before a batch (RunOptions::pacing: replica lag, autovacuum)
    qint64 throttledMs = 0;  // their total
    QString error;         // one sentence when !ok, in the tool's language
    QString recordedError; // the same in English, for the run records (empty: `error` is English)
    QList<StatementResult> statements;

    // Sets `error` and `recordedError` (Sentence::of's arguments).
    void fail(const Sentence &sentence)
    {
        error = sentence.text;
        recordedError = sentence.english;
    }
    template <typename... Args>
    void fail(const char *source, const Args &...args)
    {
        fail(Sentence::of(source, args...));
    }
    template <typename... Args>
    void fail(int n, const char *source, const Args &...args)
    {
        fail(Sentence::of(n, source, args...));
    }
};
// One VACUUM (ANALYZE) after the data steps.
struct VacuumResult
{
    QString table;
    bool ok = false;
    qint64 ms = 0;
    QString error; // one sentence when !ok, with what to do
};

struct RunResult
{
    enum class Status { Success, Failed, Cancelled, Refused };
    Status status = Status::Success;
    QString error; // one sentence
    // A problem after the work that does not change its outcome, one sentence (the advisory lock
    // could not be released); empty when there was none.
    QString warning;
    QList<StepResult> steps;
    QList<VacuumResult> vacuums; // RunOptions::vacuumAnalyze, after the steps, in table order
    bool ok() const { return status == Status::Success; }
};

// The rows a data step would fill (forward: rows with a NULL field) or set back (backward: the
// values gma_migrator.populate_log records); -1 for a schema step, or when the audit columns are
// missing or the count could not be read. It reads on `db` as it is: read-only callers wrap it in
// a ReadGuard.
qint64 pendingRows(QSqlDatabase &db, const MigrationDefinition &def, bool backwards);

class Executor : public QObject
{
    Q_OBJECT
public:
    Executor(QSqlDatabase db, MigrationCatalogue catalogue, QObject *parent = nullptr);
    ~Executor() override;

    // A cancel that came before run() (and was not cleared) makes it return Cancelled at once,
    // having changed nothing.
    RunResult run(const Plan &plan, const RunOptions &options);
    // The repair that drops what a half-applied schema step `def` left (consistency.h,
    // Repair::Kind::UndoLeftovers; the step is recorded as not applied): its backward statements in
    // one transaction with the run's lock timeout and retries, each under a savepoint, one that
    // finds nothing to undo skipped; committed only when the step's table then equals the
    // contract's 0002 schema, otherwise rolled back. Under the advisory lock; in the tool's
    // history. repair.cpp.
    RunResult undoLeftovers(const MigrationDefinition &def, const RunOptions &options);
    // Fills late rows (audit.h: rows still without audit users after the data step) with each
    // recorded data step's own forward batches (batched, paced, cancellable, lock retries, the same
    // signals as a run), recording what it fills in gma_migrator.populate_log as the step did, so
    // that a rollback of the data step sets those rows back to NULL, as they were. django_migrations
    // is left as it is; the tool's history gets a forward entry per step ("late rows"). Refused when
    // a step is not a data step or not recorded as applied. Under the advisory lock. latefill.cpp.
    RunResult fillLateRows(const QList<MigrationKey> &dataSteps, const RunOptions &options);
    // Stops safely: the running transaction is rolled back (server-side cancel), a data step
    // stops at the batch boundary. Any thread.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // A cancel stays in force until the caller clears it (before starting the next run). Any thread.
    void clearCancel() { m_cancelled.store(false); }

    // gma::blockingSessions on this executor's connection.
    QList<BlockingSession> blockingSessions(const QStringList &tables, const QStringList &referenced = {})
    {
        return gma::blockingSessions(m_db, tables, referenced);
    }

signals:
    void planStarted(int steps);
    void stepStarted(int index, const gma::PlanStep &step, qint64 totalRows);
    void stepProgress(int index, qint64 rowsDone, qint64 rowsTotal);
    void statementFinished(int index, const QString &sql, qint64 rows, qint64 ms);
    // Every statement of a step as it is sent (schema statements, and a data step's per-batch
    // and once statements, each time it runs), before the server answers.
    void statementSent(int index, const QString &sql);
    void waitingForLock(int index, int attempt, const QString &blocker);
    // A data step waits before its next batch (RunOptions::pacing) and why ("replica walreceiver is
    // 1.2 MiB behind (bound 64.0 KiB)"), repeated about every 100 ms while it waits; an empty
    // reason: it goes on after waiting waitedMs.
    void throttled(int index, const QString &reason, qint64 waitedMs);
    // The adaptive batch size changed to `rows` after a batch of lastBatchMs (-1: the first size).
    void batchSizeChanged(int index, int rows, qint64 lastBatchMs);
    void stepFinished(int index, const gma::StepResult &result);
    // After the steps (RunOptions::vacuumAnalyze): one table's VACUUM (ANALYZE) begins / ended.
    void vacuumStarted(const QString &table);
    void vacuumFinished(const gma::VacuumResult &result);
    void message(const QString &text);

private:
    // One try of a step's transaction (or a batch's).
    struct Attempt
    {
        bool ok = false;
        QString error;    // the server's words (or the tool's, in English)
        QString sqlState;
        Sentence said;    // when the tool itself stopped the attempt: its sentence in both languages
        void stop(const Sentence &sentence, const QString &state)
        {
            said = sentence;
            error = sentence.english;
            sqlState = state;
        }
    };
    struct Retried
    {
        enum class Status { Done, Cancelled, CancelledWhileWaiting, LockTimeout, StatementTimeout, Failed };
        Status status = Status::Failed;
        int attempts = 0;
        QString error;    // the last attempt's error (in English, as recorded)
        Sentence reason;  // the same for a person and for the records
        Sentence blockers; // for LockTimeout: who holds the lock now
        // For LockTimeout: "Could not lock TABLES after N attempts; it is held by ... Nothing was
        // changed: retry when that session has finished." as `result`'s error.
        void failLockTimeout(StepResult &result, const QStringList &tables) const;
    };
    using AttemptFn = std::function<Attempt(int attempt)>;
    // Runs `attempt` in a transaction of its own (begin, attempt, commit; rolled back when it
    // fails) until it commits; on a lock timeout names the blocker and retries up to
    // options.lockRetries times with a growing delay; stops at once on a cancel.
    // `transaction` false: no transaction around it (CREATE INDEX CONCURRENTLY; the session's
    // timeouts are the caller's).
    Retried withLockRetries(int index, const QStringList &tables, const QStringList &referenced,
                            const RunOptions &options, const AttemptFn &attempt, bool transaction = true);

    RunResult runPlan(const Plan &plan, const RunOptions &options);
    // Why `plan` does not fit what django_migrations records now (a forward step already
    // recorded, a backward one not recorded), or empty.
    QString planMismatch(const Plan &plan);
    // VACUUM (ANALYZE) of the tables the run's data steps changed rows of (one statement each,
    // with the run's lock and statement timeouts); a failure is reported, never a run failure.
    QList<VacuumResult> vacuumAfter(const RunResult &run, const RunOptions &options);
    StepResult runSchemaStep(int index, const MigrationDefinition &def, bool backwards,
                             const RunOptions &options);
    // onlinestep.cpp: the online variant, statement by statement, skipping what an interrupted
    // online run already did; also what a default run of a step such a run left half done runs.
    StepResult runOnlineStep(int index, const MigrationDefinition &def, bool backwards, const RunOptions &options);
    // The tables the REFERENCES clauses of `statements` name.
    static QStringList referencedTables(const QStringList &statements);
    // Whether an interrupted online run left the step begun (its mark in gma_migrator.online_steps).
    bool onlinePartlyDone(const MigrationDefinition &def, bool backwards);
    // datastep.cpp
    // `late` (fillLateRows): the step is already recorded; it fills and records its fills only.
    StepResult runPopulateForward(int index, const MigrationDefinition &def, const RunOptions &options,
                                  bool late = false);
    // Why the server takes no changes on this connection (a hot standby, read-only), or empty.
    QString readOnlyRefusal();
    // Refuses (false, *run Refused with the sentence) a read-only server, then takes the
    // migrator's advisory lock into `lock` when the options ask for it.
    bool beginGuarded(AdvisoryLock &lock, const RunOptions &options, RunResult *run);
    StepResult runPopulateBackward(int index, const MigrationDefinition &def, const RunOptions &options);
    // Setting back values whose columns a later step of the plan drops is work nobody sees: the
    // reverse of a data step is left to the reverse of its app's schema step when the plan has it,
    // runs it as one transaction (not online) and it drops every column the data step filled. That
    // step then also forgets the data step's records and records it as unapplied, in its own
    // transaction: every committed state is still one Django knows, and a run stopped in between
    // leaves the data step applied with its values and records, for a rerun to finish.
    const MigrationDefinition *dropperOf(const Plan &plan, int index, const RunOptions &options);
    StepResult leaveToDropper(int index, const MigrationDefinition &def, const MigrationDefinition &dropper);
    struct LeftStep
    {
        const MigrationDefinition *def = nullptr;
        StepResult result;
        QDateTime started;
    };
    bool prepareBatches(int index, const MigrationDefinition &def, const RunOptions &options,
                        const QList<std::pair<QSqlQuery *, QString>> &statements, StepResult *result);
    Attempt fillBatch(int index, QSqlQuery &batch, const QString &text, const PopulateSpec &spec, qint64 lo,
                      qint64 hi, qint64 *rows);
    Attempt setBackGroup(int index, QSqlQuery &update, QSqlQuery &remove, const StepSql &sql, const QString &ids,
                         const PopulateSpec &spec, qint64 *rows);
    // `online`: the step's mark in gma_migrator.online_steps goes in the same transaction.
    bool recordStep(const MigrationDefinition &def, bool backwards, const RunOptions &options, QString *error,
                    bool online = false);
    // A step recorded without running (--fake, --fake-initial).
    StepResult fakeStep(int index, const MigrationDefinition &def, bool backwards, const RunOptions &options);
    // Whether --fake-initial records `def` without running it: initial, and all its tables exist.
    bool isSoftApplied(const MigrationDefinition &def) const;
    // The live schema's differences from the contract's schema for the state the plan leaves
    // recorded; false (with one sentence) when that cannot be compared.
    bool fakeDrift(const Plan &plan, QStringList *differences, QString *error);

    // Sends one statement of a step (statementSent first).
    sql::Result send(int index, const QString &statement);
    bool sendPrepared(int index, QSqlQuery &query, const QString &text);
    bool begin(const RunOptions &options, QString *error);
    bool commit(QString *error);
    void rollbackTransaction();
    // Before a data step's batch: RunOptions::pacing's pause (not before the first) and its
    // throttle waits. False when cancelled, or (with *error) when a wait outlasted the maximum.
    bool paceBatch(int index, const MigrationDefinition &def, const RunOptions &options, bool first,
                   StepResult *result, QString *error);
    // Waits `ms`; false as soon as the run is cancelled.
    bool pause(qint64 ms);
    bool waitBeforeRetry(int index, int attempt, const QStringList &tables, const RunOptions &options,
                         const QStringList &referenced = {});
    Sentence describeBlockers(const QStringList &tables, const QStringList &referenced);
    void record(const StepResult &result, const MigrationDefinition &def, const QDateTime &started);

    QSqlDatabase m_db;
    MigrationCatalogue m_catalogue;
    std::unique_ptr<CancelHandle> m_cancelHandle;
    std::atomic_bool m_cancelled{false};
    bool m_inRehearsal = false;
    QHash<QString, LeftStep> m_leftToDropper; // by app: backward data steps leaveToDropper() left
};

} // namespace gma

Q_DECLARE_METATYPE(gma::StepResult)
Q_DECLARE_METATYPE(gma::VacuumResult)
