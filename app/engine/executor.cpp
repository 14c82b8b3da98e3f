#include "executor.h"

#include "monitor.h"

#include "faultpoint.h"
#include "format.h"
#include "locks.h"
#include "schemacontract.h"
#include "sqlutil.h"
#include "state.h"
#include "stepsql.h"
#include "strategy.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

namespace gma {

Executor::Executor(QSqlDatabase db, MigrationCatalogue catalogue, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_catalogue(std::move(catalogue))
{
    m_cancelHandle = std::make_unique<CancelHandle>(m_db);
    FaultPoint::attach(this, m_db);
}

Executor::~Executor() = default;

void Executor::cancel()
{
    m_cancelled.store(true);
    if (m_cancelHandle)
        m_cancelHandle->cancel();
}

qint64 pendingRows(QSqlDatabase &db, const MigrationDefinition &def, bool backwards)
{
    if (!def.isData())
        return -1;
    const PopulateSpec &p = def.populate;
    if (backwards) {
        if (!sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("populate_log")))
            return 0;
        const sql::Rows r = sql::query(db,
                                       QStringLiteral("SELECT coalesce(sum(cardinality(row_ids)), 0) FROM %1 "
                                                      "WHERE table_name = ?")
                                           .arg(toolTable("populate_log")),
                                       {p.table});
        return r.ok && !r.rows.isEmpty() ? r.rows.first().value(0).toLongLong() : -1;
    }
    for (const QString &f : p.fields) {
        if (!sql::columnExists(db, p.table, f))
            return -1;
    }
    QStringList anyNull;
    for (const QString &f : p.fields)
        anyNull << sql::quoteIdent(f) + QStringLiteral(" IS NULL");
    const sql::Rows r = sql::query(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                             .arg(sql::quoteIdent(p.table), anyNull.join(QStringLiteral(" OR "))));
    return r.ok && !r.rows.isEmpty() ? r.rows.first().value(0).toLongLong() : -1;
}

sql::Result Executor::send(int index, const QString &statement)
{
    emit statementSent(index, statement);
    return sql::exec(m_db, statement);
}

bool Executor::sendPrepared(int index, QSqlQuery &query, const QString &text)
{
    emit statementSent(index, text);
    return query.exec();
}

bool Executor::begin(const RunOptions &options, QString *error)
{
    const QString open = m_inRehearsal ? QStringLiteral("SAVEPOINT gma_step") : QStringLiteral("BEGIN");
    auto r = sql::exec(m_db, open);
    if (r.ok)
        r = sql::exec(m_db, QStringLiteral("SELECT set_config('lock_timeout', ?, true)"),
                      {QStringLiteral("%1ms").arg(options.lockTimeoutMs)});
    if (r.ok && options.statementTimeoutMs > 0)
        r = sql::exec(m_db, QStringLiteral("SELECT set_config('statement_timeout', ?, true)"),
                      {QStringLiteral("%1ms").arg(options.statementTimeoutMs)});
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool Executor::commit(QString *error)
{
    const auto r = sql::exec(m_db, m_inRehearsal ? QStringLiteral("RELEASE SAVEPOINT gma_step") : QStringLiteral("COMMIT"));
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

void Executor::rollbackTransaction()
{
    // A COMMIT that failed (a deferred foreign-key check) has ended the transaction already.
    if (m_inRehearsal || sql::inTransaction(m_db))
        sql::exec(m_db, m_inRehearsal ? QStringLiteral("ROLLBACK TO SAVEPOINT gma_step") : QStringLiteral("ROLLBACK"));
}

Sentence Executor::describeBlockers(const QStringList &tables, const QStringList &referenced)
{
    QList<Sentence> who;
    for (const BlockingSession &s : blockingSessions(tables, referenced))
        who << s.describe();
    return Sentence::join(who, QStringLiteral("; "));
}

bool Executor::waitBeforeRetry(int index, int attempt, const QStringList &tables, const RunOptions &options,
                               const QStringList &referenced)
{
    const QString who = describeBlockers(tables, referenced).text;
    const QString blocker = who.isEmpty() ? tr("a session that has since let go") : who;
    emit waitingForLock(index, attempt, blocker);
    emit message(tr("Waiting for a lock on %1, held by %2 (attempt %3 of %4).")
                     .arg(tables.join(QStringLiteral(", ")), blocker, QLocale().toString(attempt + 1),
                          QLocale().toString(options.lockRetries + 1)));
    return pause(qint64(options.retryDelayMs * (1.0 + 0.5 * attempt)));
}

bool Executor::pause(qint64 ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (m_cancelled.load())
            return false;
        QThread::msleep(ulong(qBound(qint64(1), ms - timer.elapsed(), qint64(20))));
    }
    return !m_cancelled.load();
}

void Executor::record(const StepResult &result, const MigrationDefinition &def, const QDateTime &started)
{
    if (m_inRehearsal)
        return;
    if (!m_db.isOpen()) {
        emit message(tr("The run could not be recorded in %1: the connection to the server was lost.")
                         .arg(toolTable("history")));
        return;
    }
    HistoryEntry e;
    e.key = def.key;
    e.direction = result.step.backwards ? QStringLiteral("backward") : QStringLiteral("forward");
    e.checksum = def.checksum;
    e.startedAt = started;
    e.durationMs = result.ms;
    e.outcome = result.ok ? (result.faked ? QStringLiteral("faked") : QStringLiteral("success"))
                          : (result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"));
    e.rowsAffected = result.rows;
    // In English, as everything stored (who, where and which tool: ToolSchema::recordRun).
    e.message = result.recordedError.isEmpty() ? result.error : result.recordedError;
    if (result.online)
        e.message = e.message.isEmpty() ? QStringLiteral("online") : QStringLiteral("online: ") + e.message;

    QString error;
    if (!ToolSchema::recordRun(m_db, e, &error))
        emit message(tr("Could not record the run in %1: %2").arg(toolTable("history"), error));
}

void Executor::Retried::failLockTimeout(StepResult &result, const QStringList &tables) const
{
    if (blockers.isEmpty())
        result.fail(int(attempts),
                    QT_TRANSLATE_N_NOOP("gma::Executor", "Could not lock %1 after %Ln attempt(s); it is held by another "
                                                      "session. Nothing was changed: retry when that session has "
                                                      "finished."),
                    tables.join(QStringLiteral(", ")));
    else
        result.fail(int(attempts),
                    QT_TRANSLATE_N_NOOP("gma::Executor", "Could not lock %1 after %Ln attempt(s); it is held by %2. "
                                                      "Nothing was changed: retry when that session has finished."),
                    tables.join(QStringLiteral(", ")), blockers);
}

Executor::Retried Executor::withLockRetries(int index, const QStringList &tables, const QStringList &referenced,
                                            const RunOptions &options, const AttemptFn &attempt, bool transaction)
{
    Retried out;
    for (int n = 0;; ++n) {
        out.attempts = n + 1;
        Attempt a;
        a.ok = !transaction || begin(options, &a.error);
        if (a.ok)
            a = attempt(n);
        if (a.ok && (!transaction || commit(&a.error)))
            out.status = Retried::Status::Done;
        if (out.status == Retried::Status::Done)
            return out;
        if (transaction)
            rollbackTransaction();
        out.error = a.error;
        out.reason = a.said.isEmpty() ? Sentence{a.error, a.error} : a.said;
        // 57014 is a user's cancel (m_cancelled is set) or the statement timeout.
        if (sql::isCancelState(a.sqlState) && !m_cancelled.load() && options.statementTimeoutMs > 0) {
            out.status = Retried::Status::StatementTimeout;
            out.reason = Sentence::of(QT_TRANSLATE_NOOP("gma::Executor", "a statement ran longer than the statement "
                                                                         "timeout (%1, --statement-timeout) and was "
                                                                         "cancelled"),
                                      Sentence::duration(options.statementTimeoutMs));
            out.error = out.reason.english;
            return out;
        }
        if (sql::isCancelState(a.sqlState) || m_cancelled.load()) {
            out.status = Retried::Status::Cancelled;
            return out;
        }
        // A deadlock with the application (40P01) cancelled only this attempt: it is retried like
        // a lock timeout, and costs one attempt, never the run.
        const bool deadlock = sql::isDeadlockState(a.sqlState);
        if (!sql::isLockTimeoutState(a.sqlState) && !deadlock) {
            out.status = Retried::Status::Failed;
            return out;
        }
        if (n >= options.lockRetries) {
            out.status = deadlock ? Retried::Status::Failed : Retried::Status::LockTimeout;
            out.blockers = describeBlockers(tables, referenced);
            return out;
        }
        if (deadlock) {
            emit message(tr("A deadlock with another session cancelled the work on %1; it is tried again (attempt "
                            "%2 of %3).")
                             .arg(tables.join(QStringLiteral(", ")), QLocale().toString(n + 2),
                                  QLocale().toString(options.lockRetries + 1)));
            if (!pause(options.retryDelayMs)) {
                out.status = Retried::Status::CancelledWhileWaiting;
                return out;
            }
            continue;
        }
        if (!waitBeforeRetry(index, n, tables, options, referenced)) {
            out.status = Retried::Status::CancelledWhileWaiting;
            return out;
        }
    }
}

QStringList Executor::referencedTables(const QStringList &statements)
{
    // Tables the step's new foreign keys point to: their lock can keep the step waiting too.
    QStringList referenced;
    static const QRegularExpression references(QStringLiteral("REFERENCES\\s+\"([a-z0-9_]+)\""));
    for (const QString &statement : statements) {
        for (auto it = references.globalMatch(statement); it.hasNext();) {
            const QString table = it.next().captured(1);
            if (!referenced.contains(table))
                referenced << table;
        }
    }
    return referenced;
}

const MigrationDefinition *columnsDroppedBy(const MigrationCatalogue &catalogue, const Plan &plan, int index)
{
    const PlanStep &step = plan.steps.at(index);
    const MigrationDefinition *data = catalogue.find(step.key);
    if (!step.backwards || !data || !data->isData())
        return nullptr;
    for (int j = index + 1; j < plan.steps.size(); ++j) {
        const PlanStep &later = plan.steps.at(j);
        const MigrationDefinition *def = catalogue.find(later.key);
        if (!later.backwards || !def || def->isData() || def->key.app != data->key.app ||
            !def->tables.contains(data->populate.table))
            continue;
        const QString statements = renderStep(*def, true, QDateTime::currentDateTimeUtc())
                                       .sql(RenderedStatement::Role::Schema)
                                       .join(QLatin1Char('\n'));
        for (const QString &field : data->populate.fields) {
            const QString drop = QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                                     .arg(sql::quoteIdent(data->populate.table), sql::quoteIdent(field));
            if (!statements.contains(drop))
                return nullptr;
        }
        return def;
    }
    return nullptr;
}

const MigrationDefinition *Executor::dropperOf(const Plan &plan, int index, const RunOptions &options)
{
    const MigrationDefinition *dropper = options.online ? nullptr : columnsDroppedBy(m_catalogue, plan, index);
    // An online step half done by an interrupted run is continued online, not in one transaction.
    return dropper && !onlinePartlyDone(*dropper, true) ? dropper : nullptr;
}

StepResult Executor::leaveToDropper(int index, const MigrationDefinition &def, const MigrationDefinition &dropper)
{
    StepResult result;
    result.step = {def.key, true};
    result.ok = true;
    result.droppedLater = true;
    emit stepStarted(index, result.step, 0);
    emit message(tr("%1: its values go with the columns that the reverse of %2 drops later in this run, in the same "
                    "transaction that records both as unapplied; nothing is set back row by row.")
                     .arg(def.key.label(), dropper.key.label()));
    return result;
}

StepResult Executor::runSchemaStep(int index, const MigrationDefinition &def, bool backwards, const RunOptions &options)
{
    if (options.online)
        return runOnlineStep(index, def, backwards, options);
    if (!m_inRehearsal && onlinePartlyDone(def, backwards)) {
        emit message(tr("%1 was left half done by an interrupted online run: it is continued online.")
                         .arg(def.key.label()));
        return runOnlineStep(index, def, backwards, options);
    }
    StepResult result;
    result.step = {def.key, backwards};
    QElapsedTimer total;
    total.start();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    QStringList statements = renderStep(def, backwards, now).sql(RenderedStatement::Role::Schema);
    statements.removeAll(QString()); // an operation without SQL sends nothing
    const QStringList referenced = referencedTables(statements);
    emit stepStarted(index, result.step, statements.size());
    if (m_cancelled.load()) {
        result.cancelled = true;
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Cancelled before %1 started; it was not applied."), def.key.label());
        result.ms = total.elapsed();
        return result;
    }
    const QString toolSchemaPrefix =
        QStringLiteral("INTO %1.").arg(sql::quoteIdent(QString::fromLatin1(kToolSchema)));
    const Retried r = withLockRetries(index, def.tables, referenced, options, [&](int) {
        Attempt a;
        result.statements.clear();
        result.rows = 0;
        for (int i = 0; i < statements.size(); ++i) {
            QElapsedTimer t;
            t.start();
            const auto done = send(index, statements.at(i));
            if (!done.ok) {
                a.error = done.error;
                a.sqlState = done.sqlState;
                return a;
            }
            result.statements.append({statements.at(i), done.rowsAffected, t.elapsed()});
            // The rows of the step's tables; the tool's own bookkeeping (the preserved NULLs) is not one.
            if (!statements.at(i).contains(toolSchemaPrefix))
                result.rows += done.rowsAffected < 0 ? 0 : done.rowsAffected;
            emit statementFinished(index, statements.at(i), done.rowsAffected, t.elapsed());
            emit stepProgress(index, i + 1, statements.size());
        }
        a.ok = true;
        if (const auto left = m_leftToDropper.constFind(def.key.app); backwards && left != m_leftToDropper.cend()) {
            const auto forgotten = sql::exec(m_db, StepText::forgetTableRecords(), {left->def->populate.table});
            a.ok = forgotten.ok && DjangoRecorder::recordUnapplied(m_db, left->def->key, &a.error);
            if (!forgotten.ok) {
                a.error = forgotten.error;
                a.sqlState = forgotten.sqlState;
            }
        }
        if (a.ok)
            a.ok = backwards ? DjangoRecorder::recordUnapplied(m_db, def.key, &a.error)
                             : DjangoRecorder::recordApplied(m_db, def.key, &a.error);
        if (a.ok && m_cancelled.load()) {
            a.ok = false;
            a.sqlState = QStringLiteral("57014");
        }
        return a;
    });
    result.attempts = r.attempts;
    switch (r.status) {
    case Retried::Status::Done:
        result.ok = true;
        if (const auto left = m_leftToDropper.constFind(def.key.app); backwards && left != m_leftToDropper.cend()) {
            StepResult done = left->result;
            done.ms = total.elapsed();
            record(done, *left->def, left->started);
            m_leftToDropper.erase(left);
        }
        break;
    case Retried::Status::Cancelled:
        result.cancelled = true;
        if (backwards)
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Cancelled: %1 was rolled back and is not unapplied."), def.key.label());
        else
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Cancelled: %1 was rolled back and is not applied."), def.key.label());
        break;
    case Retried::Status::CancelledWhileWaiting:
        result.cancelled = true;
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "Cancelled while waiting for a lock; %1 was not changed."), def.key.label());
        break;
    case Retried::Status::LockTimeout:
        r.failLockTimeout(result, def.tables);
        break;
    case Retried::Status::StatementTimeout:
        if (backwards)
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "In %1, %2; the step was rolled back and is not unapplied: run it "
                                                          "again with a longer statement timeout."),
                        def.key.label(), r.reason);
        else
            result.fail(QT_TRANSLATE_NOOP("gma::Executor", "In %1, %2; the step was rolled back and is not applied: run it "
                                                          "again with a longer statement timeout."),
                        def.key.label(), r.reason);
        break;
    case Retried::Status::Failed:
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 failed and was rolled back: %2"), def.key.label(), r.reason);
        break;
    }
    result.ms = total.elapsed();
    return result;
}

bool Executor::recordStep(const MigrationDefinition &def, bool backwards, const RunOptions &options, QString *error,
                          bool online)
{
    const auto unmark = [&] {
        if (!online)
            return true;
        const auto r = sql::exec(m_db,
                                 QStringLiteral("DELETE FROM %1 WHERE app = ? AND name = ? AND direction = ?")
                                     .arg(toolTable("online_steps")),
                                 {def.key.app, def.key.name, backwards ? QStringLiteral("backward") : QStringLiteral("forward")});
        if (!r.ok && error)
            *error = r.error;
        return r.ok;
    };
    const bool ok = begin(options, error) &&
                    (backwards ? DjangoRecorder::recordUnapplied(m_db, def.key, error)
                               : DjangoRecorder::recordApplied(m_db, def.key, error)) &&
                    unmark() && commit(error);
    if (!ok)
        rollbackTransaction();
    return ok;
}

bool Executor::beginGuarded(AdvisoryLock &lock, const RunOptions &options, RunResult *run)
{
    // A hot standby, or default_transaction_read_only: refused before anything is tried.
    run->error = readOnlyRefusal();
    if (run->error.isEmpty() && (!options.takeAdvisoryLock || takeMigratorLock(lock, &run->error)))
        return true;
    run->status = RunResult::Status::Refused;
    return false;
}

QString Executor::readOnlyRefusal()
{
    const QString standby = Replicas::standbyRefusal(m_db);
    if (!standby.isEmpty())
        return standby;
    if (sql::scalar(m_db, QStringLiteral("SELECT current_setting('transaction_read_only')::bool OR pg_is_in_recovery()"))
            .toBool())
        return tr("The server accepts no changes on this connection (it is a hot standby, or "
                              "default_transaction_read_only is on), so nothing was changed: connect to the "
                              "primary server, or turn default_transaction_read_only off for the run.");
    return QString();
}

RunResult Executor::run(const Plan &plan, const RunOptions &options)
{
    RunResult run;
    m_inRehearsal = false;
    emit planStarted(int(plan.steps.size()));
    if (plan.isEmpty())
        return run;
    for (const PlanStep &s : plan.steps) {
        if (!m_catalogue.find(s.key)) {
            run.status = RunResult::Status::Refused;
            run.error = tr("The plan names %1, which this tool does not define.").arg(s.key.label());
            return run;
        }
    }
    if (m_cancelled.load()) {
        run.status = RunResult::Status::Cancelled;
        run.error = tr("Cancelled before %1; nothing was changed.").arg(plan.steps.first().key.label());
        return run;
    }
    AdvisoryLock lock(m_db, kAdvisoryLockKey);
    if (!beginGuarded(lock, options, &run))
        return run;
    // The plan must still fit what django_migrations records, read under the lock: a plan made
    // from an older reading (a window's tree, before another run or tool changed the state) is
    // refused rather than run against a state it was not made for.
    run.error = planMismatch(plan);
    if (!run.error.isEmpty()) {
        run.status = RunResult::Status::Refused;
        run.warning = lock.release();
        return run;
    }
    run = runPlan(plan, options);
    run.warning = lock.release();
    if (!run.warning.isEmpty())
        emit message(run.warning);
    return run;
}

QString Executor::planMismatch(const Plan &plan)
{
    QString error;
    const std::optional<MigrationState> state = MigrationState::read(m_db, &error);
    if (!state)
        return tr("The recorded migrations cannot be read, so nothing was changed: %1").arg(error);
    QList<MigrationKey> applied = state->applied.keys();
    for (const PlanStep &s : plan.steps) {
        const bool recorded = applied.contains(s.key);
        if (recorded == s.backwards) {
            if (s.backwards)
                applied.removeAll(s.key);
            else
                applied << s.key;
            continue;
        }
        return (recorded ? tr("The plan no longer fits the database: %1 is already recorded as applied in "
                              "django_migrations (another run or tool changed it since the plan was made). Nothing "
                              "was changed: read the state again and plan anew.")
                         : tr("The plan no longer fits the database: %1 is not recorded as applied in "
                              "django_migrations (another run or tool changed it since the plan was made). Nothing "
                              "was changed: read the state again and plan anew."))
            .arg(s.key.label());
    }
    return QString();
}

RunResult Executor::runPlan(const Plan &plan, const RunOptions &options)
{
    RunResult run;
    QString error;
    if (options.dryRun && options.online) {
        run.status = RunResult::Status::Refused;
        run.error = tr("--online cannot be rehearsed with --dry-run: CREATE INDEX CONCURRENTLY cannot run inside the "
                       "rehearsal's one transaction. Rehearse without --online, or run online on a copy.");
        return run;
    }
    if (options.dryRun) {
        // Foreign keys are checked at once in the rehearsal: a real run checks them when each step
        // or batch commits, and deferred checks piling up in the one long transaction would make a
        // later ALTER TABLE fail with "pending trigger events".
        auto r = sql::exec(m_db, QStringLiteral("BEGIN"));
        if (r.ok)
            r = sql::exec(m_db, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"));
        if (!r.ok) {
            run.status = RunResult::Status::Failed;
            run.error = r.error;
            return run;
        }
        m_inRehearsal = true;
    }
    if (!ToolSchema::ensure(m_db, &error) || !DjangoRecorder::ensureTable(m_db, &error)) {
        run.status = RunResult::Status::Refused;
        run.error = error;
    }
    if (run.error.isEmpty() && !options.dryRun && !options.fake) {
        // The monitoring baseline (monitor.h) the run is compared with afterwards; a baseline that
        // cannot be taken costs the comparison, never the run.
        QString why;
        if (!Monitor::takeBaseline(m_db, QLatin1String(Monitor::kBeforeRun), &why))
            emit message(tr("No monitoring baseline was taken before the run (%1); the run goes on.")
                             .arg(why.endsWith(QLatin1Char('.')) ? why.chopped(1) : why));
    }
    if (run.error.isEmpty() && options.fake) {
        QStringList differences;
        const bool compared = fakeDrift(plan, &differences, &error);
        const QString why = compared ? tr("the live schema does not match the contract's schema for the state it "
                                          "would record (%1)")
                                           .arg(differences.mid(0, 5).join(QStringLiteral("; ")) +
                                                (differences.size() > 5 ? QStringLiteral("; ...") : QString()))
                                     : error;
        if ((!compared || !differences.isEmpty()) && !options.force) {
            run.status = RunResult::Status::Refused;
            run.error = compared ? tr("Refusing to fake: %1, so nothing was recorded. Bring the schema there first, "
                                      "or record it anyway with --force.")
                                       .arg(why)
                                 : error;
        } else if (!compared || !differences.isEmpty()) {
            emit message(tr("Warning: recording without a matching schema (--force): %1.")
                             .arg(why.endsWith(QLatin1Char('.')) ? why.chopped(1) : why));
        }
    }
    for (int i = 0; run.error.isEmpty() && i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        const MigrationDefinition &def = *m_catalogue.find(step.key);
        const QDateTime started = QDateTime::currentDateTimeUtc();
        if (m_cancelled.load()) {
            run.status = RunResult::Status::Cancelled;
            run.error = tr("Cancelled before %1; the steps before it are done.").arg(def.key.label());
            break;
        }
        const bool fake = options.fake || (options.fakeInitial && !step.backwards && isSoftApplied(def));
        const MigrationDefinition *dropper = !fake && def.isData() && step.backwards ? dropperOf(plan, i, options)
                                                                                       : nullptr;
        const StepResult result = fake               ? fakeStep(i, def, step.backwards, options)
                                  : dropper         ? leaveToDropper(i, def, *dropper)
                                  : !def.isData()   ? runSchemaStep(i, def, step.backwards, options)
                                  : step.backwards ? runPopulateBackward(i, def, options)
                                                   : runPopulateForward(i, def, options);
        if (result.droppedLater)
            m_leftToDropper.insert(def.key.app, LeftStep{&def, result, started});
        else
            record(result, def, started);
        run.steps.append(result);
        emit stepFinished(i, result);
        if (!result.ok) {
            run.status = result.cancelled ? RunResult::Status::Cancelled : RunResult::Status::Failed;
            // Which step stopped, and what stays of it, when the failure itself does not say.
            QString why = result.error.trimmed();
            if (!why.endsWith(QLatin1Char('.')))
                why += QLatin1Char('.');
            run.error = result.error.contains(def.key.label())
                            ? result.error
                            : tr("%1 stopped: %2 What the plan committed before it is kept, and running the plan "
                                 "again continues from there.")
                                  .arg(def.key.label(), why);
        }
    }
    // Left to a step that did not commit: still applied, with its values and records.
    for (const LeftStep &left : std::as_const(m_leftToDropper))
        emit message(tr("%1 stays applied with the values it filled: the run stopped before the reverse that drops "
                        "its columns; run the rollback again to finish.")
                         .arg(left.def->key.label()));
    m_leftToDropper.clear();
    if (m_inRehearsal) {
        sql::exec(m_db, QStringLiteral("ROLLBACK"));
        m_inRehearsal = false;
    } else if (options.vacuumAnalyze) {
        run.vacuums = vacuumAfter(run, options);
    }
    return run;
}

QList<VacuumResult> Executor::vacuumAfter(const RunResult &run, const RunOptions &options)
{
    QStringList tables;
    for (const StepResult &s : run.steps) {
        const MigrationDefinition *def = m_catalogue.find(s.step.key);
        if (def && def->isData() && s.rows > 0 && !tables.contains(def->populate.table))
            tables << def->populate.table;
    }
    QList<VacuumResult> out;
    if (tables.isEmpty() || !m_db.isOpen())
        return out;
    // VACUUM runs outside a transaction: the run's timeouts are the session's while it runs (0, no
    // statement timeout, unless the run has one).
    const ReadGuard limits(m_db, {options.lockTimeoutMs, options.statementTimeoutMs});
    for (const QString &table : std::as_const(tables)) {
        VacuumResult v;
        v.table = table;
        if (m_cancelled.load()) {
            v.error = tr("Not run: the run was cancelled; run VACUUM (ANALYZE) %1 later.").arg(table);
            out << v;
            emit vacuumFinished(v);
            continue;
        }
        emit vacuumStarted(table);
        QElapsedTimer timer;
        timer.start();
        const QString statement = QStringLiteral("VACUUM (ANALYZE) %1").arg(sql::quoteIdent(table));
        const auto r = sql::exec(m_db, statement);
        v.ms = timer.elapsed();
        v.ok = r.ok;
        if (!r.ok) {
            const QString why = sql::isLockTimeoutState(r.sqlState)
                                    ? tr("another session held a conflicting lock longer than the lock timeout (%1 "
                                         "ms)")
                                          .arg(QLocale().toString(options.lockTimeoutMs))
                                : !sql::isCancelState(r.sqlState) ? r.error
                                : m_cancelled.load()              ? tr("it was cancelled")
                                                                  : tr("it ran longer than the statement timeout (%1)")
                                                                        .arg(format::duration(options.statementTimeoutMs, QLocale()));
            v.error = tr("VACUUM (ANALYZE) %1 did not finish (%2); the migration is not affected: run it later.")
                          .arg(table, why);
        }
        emit message(v.ok ? tr("VACUUM (ANALYZE) %1 took %2.").arg(table, format::duration(v.ms, QLocale())) : v.error);
        emit vacuumFinished(v);
        out << v;
    }
    return out;
}

} // namespace gma
