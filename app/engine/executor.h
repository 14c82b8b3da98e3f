// Runs a plan: each schema migration in one transaction with lock_timeout and bounded retries,
// each data step in primary-key batches of their own short transaction, under a session-level
// advisory lock, recording Django's state and the tool's history.
// Thread rule: an Executor lives on the thread that owns its QSqlDatabase connection and run()
// blocks that thread (the GUI moves it to a worker thread with a connection of its own).
// Signals are emitted on that thread; connect with Qt::QueuedConnection from other threads.
// cancel() is the only method safe to call from any thread.
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "locks.h"
#include "planner.h"

#include <QObject>
#include <QSqlDatabase>
#include <atomic>
#include <memory>

namespace gma {

struct RunOptions
{
    int batchSize = 10000;
    bool dryRun = false;      // rehearse the whole plan in one transaction, then roll it back
    int lockTimeoutMs = 3000; // per attempt to take a table lock
    int lockRetries = 5;      // attempts after the first one
    int retryDelayMs = 1000;  // grows by half each retry
    int statementTimeoutMs = 0;
    bool takeAdvisoryLock = true;
};

struct StatementResult
{
    QString sql;
    qint64 rows = -1;
    qint64 ms = 0;
};

struct StepResult
{
    PlanStep step;
    bool ok = false;
    bool cancelled = false;
    qint64 rows = 0;
    qint64 ms = 0;
    int batches = 0;
    int attempts = 0;
    QString error;
    QList<StatementResult> statements;
};
struct RunResult
{
    enum class Status { Success, Failed, Cancelled, Refused };
    Status status = Status::Success;
    QString error; // one sentence
    QList<StepResult> steps;
    bool ok() const { return status == Status::Success; }
};

class Executor : public QObject
{
    Q_OBJECT
public:
    Executor(QSqlDatabase db, MigrationCatalogue catalogue, QObject *parent = nullptr);
    ~Executor() override;

    RunResult run(const Plan &plan, const RunOptions &options);
    // Stops safely: the running transaction is rolled back (server-side cancel), a data step
    // stops at the batch boundary. Any thread.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // A cancel stays in force until the caller clears it (before starting the next run). Any thread.
    void clearCancel() { m_cancelled.store(false); }

    // The rows a data step would fill (forward) or set back (backward), for progress and preview.
    qint64 pendingRows(const MigrationDefinition &def, bool backwards);
    // gma::blockingSessions on this executor's connection.
    QList<BlockingSession> blockingSessions(const QStringList &tables, const QStringList &referenced = {})
    {
        return gma::blockingSessions(m_db, tables, referenced);
    }
    // The generated SQL of one batch of a data step (for sqlmigrate and the preview).
    static QString populateBatchSql(const PopulateSpec &spec);
    static QString populateReverseSql(const PopulateSpec &spec, const QString &column);
    // What the reverse runs: one UPDATE per group of populate_log records, all columns at once.
    static QString populateReverseBatchSql(const PopulateSpec &spec);

signals:
    void planStarted(int steps);
    void stepStarted(int index, const gma::PlanStep &step, qint64 totalRows);
    void stepProgress(int index, qint64 rowsDone, qint64 rowsTotal);
    void statementFinished(int index, const QString &sql, qint64 rows, qint64 ms);
    void waitingForLock(int index, int attempt, const QString &blocker);
    void stepFinished(int index, const gma::StepResult &result);
    void message(const QString &text);

private:
    StepResult runSchemaStep(int index, const MigrationDefinition &def, bool backwards,
                             const RunOptions &options);
    StepResult runPopulateForward(int index, const MigrationDefinition &def, const RunOptions &options);
    StepResult runPopulateBackward(int index, const MigrationDefinition &def, const RunOptions &options);
    bool begin(const RunOptions &options, QString *error);
    bool commit(QString *error);
    void rollbackTransaction();
    bool waitBeforeRetry(int index, int attempt, const QStringList &tables, const RunOptions &options,
                         const QStringList &referenced = {});
    bool takeAdvisoryLock(QString *error);
    void releaseAdvisoryLock();
    void record(const StepResult &result, const MigrationDefinition &def, const QDateTime &started);

    QSqlDatabase m_db;
    MigrationCatalogue m_catalogue;
    std::unique_ptr<CancelHandle> m_cancelHandle;
    std::atomic_bool m_cancelled{false};
    bool m_inRehearsal = false;
};

} // namespace gma

Q_DECLARE_METATYPE(gma::StepResult)
