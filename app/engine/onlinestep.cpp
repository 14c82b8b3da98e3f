// The executor's online schema steps (RunOptions::online): renderStep's online variant, each
// statement its own short transaction under a lock_timeout within the stall budget and
// Executor::withLockRetries, CREATE INDEX CONCURRENTLY outside any transaction. A statement whose
// effect is already in the schema (an interrupted run did it) is skipped, so a rerun finishes the
// step; the step is recorded in django_migrations only after its last statement.
#include "executor.h"

#include "format.h"
#include "sqlutil.h"
#include "state.h"
#include "stepsql.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <algorithm>

namespace gma {

int onlineLockTimeoutMs(const RunOptions &options)
{
    return std::min(options.lockTimeoutMs, std::max(50, options.stallBudgetMs / 2));
}

RunOptions onlineBatchOptions(const RunOptions &options)
{
    if (!options.online)
        return options;
    RunOptions batch = options;
    batch.lockTimeoutMs = std::min(options.lockTimeoutMs, std::max(20, options.stallBudgetMs / 4));
    batch.retryDelayMs = std::min(options.retryDelayMs, batch.lockTimeoutMs);
    batch.pacing.targetMs = std::min(options.pacing.targetMs, std::max(1, options.stallBudgetMs / 2));
    return batch;
}

namespace {

QList<RenderedStatement> onlineSchemaStatements(const MigrationDefinition &def, bool backwards, const QDateTime &now)
{
    QList<RenderedStatement> out;
    for (const RenderedStatement &s : renderStep(def, backwards, now, true).statements) {
        if (s.role == RenderedStatement::Role::Schema && !s.sql.isEmpty())
            out << s;
    }
    return out;
}

// The first line of a statement, for messages.
QString shortStatement(const QString &sql)
{
    const QString line = sql.section(QLatin1Char('\n'), 0, 0);
    return line.size() > 120 ? line.left(117) + QStringLiteral("...") : line;
}

} // namespace

bool Executor::onlinePartlyDone(const MigrationDefinition &def, bool backwards)
{
    if (def.isData() || !sql::tableExists(m_db, QLatin1String(kToolSchema), QStringLiteral("online_steps")))
        return false;
    return sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE app = ? AND name = ? AND direction = ?)")
                           .arg(toolTable("online_steps")),
                       {def.key.app, def.key.name, backwards ? QStringLiteral("backward") : QStringLiteral("forward")})
        .toBool();
}

StepResult Executor::runOnlineStep(int index, const MigrationDefinition &def, bool backwards, const RunOptions &options)
{
    StepResult result;
    result.step = {def.key, backwards};
    result.online = true;
    QElapsedTimer total;
    total.start();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QList<RenderedStatement> statements = onlineSchemaStatements(def, backwards, now);
    QStringList texts;
    for (const RenderedStatement &s : statements)
        texts << s.sql;
    const QStringList referenced = referencedTables(texts);
    emit stepStarted(index, result.step, statements.size());
    if (m_cancelled.load()) {
        result.cancelled = true;
        result.fail(backwards ? QT_TRANSLATE_NOOP("gma::Executor", "Cancelled before %1 started; it was not unapplied.")
                              : QT_TRANSLATE_NOOP("gma::Executor", "Cancelled before %1 started; it was not applied."),
                    def.key.label());
        result.ms = total.elapsed();
        return result;
    }
    // The mark that says the step is begun online (and may be half done on purpose); it goes when
    // the step is recorded.
    const auto marked = sql::exec(m_db,
                                  QStringLiteral("INSERT INTO %1 (app, name, direction) VALUES (?, ?, ?) ON CONFLICT DO "
                                                 "NOTHING")
                                      .arg(toolTable("online_steps")),
                                  {def.key.app, def.key.name,
                                   backwards ? QStringLiteral("backward") : QStringLiteral("forward")});
    if (!marked.ok) {
        result.fail(QT_TRANSLATE_NOOP("gma::Executor", "%1 was not started: %2"), def.key.label(), marked.error);
        result.ms = total.elapsed();
        return result;
    }
    RunOptions shortLocks = options;
    shortLocks.lockTimeoutMs = onlineLockTimeoutMs(options);
    // What stays when statement i (0-based) stopped the step: %1 the step, %2 where, %3 why, %4 the
    // statements done.
    static const char *const stoppedSentences[2][2] = {
        {QT_TRANSLATE_NOOP("gma::Executor", "%1 stopped at %2: %3. None of its statements is done; the step is not "
                                            "recorded: run it again (online or not) to finish it."),
         QT_TRANSLATE_NOOP("gma::Executor", "%1 stopped at %2: %3. None of its statements is done; the step is still "
                                            "recorded as applied: run it again (online or not) to finish it.")},
        {QT_TRANSLATE_NOOP("gma::Executor", "%1 stopped at %2: %3. Statements 1 to %4 are done and stay; the step is "
                                            "not recorded: run it again (online or not) to finish it."),
         QT_TRANSLATE_NOOP("gma::Executor", "%1 stopped at %2: %3. Statements 1 to %4 are done and stay; the step is "
                                            "still recorded as applied: run it again (online or not) to finish it.")}};
    const auto stopped = [&](int i, const Retried &r) {
        const Sentence where = Sentence::of(QT_TRANSLATE_NOOP("gma::Executor", "online statement %1 of %2 (%3)"),
                                            QString::number(i + 1), QString::number(statements.size()),
                                            shortStatement(statements.at(i).sql));
        Sentence why = r.reason;
        switch (r.status) {
        case Retried::Status::Cancelled:
        case Retried::Status::CancelledWhileWaiting:
            why = Sentence::of(QT_TRANSLATE_NOOP("gma::Executor", "cancelled"));
            break;
        case Retried::Status::LockTimeout: {
            const Sentence ms{QLocale().toString(shortLocks.lockTimeoutMs), QString::number(shortLocks.lockTimeoutMs)};
            why = r.blockers.isEmpty()
                      ? Sentence::of(r.attempts,
                                     QT_TRANSLATE_N_NOOP("gma::Executor", "could not lock %1 within %2 ms after %Ln "
                                                                          "attempt(s); it is held by another session"),
                                     def.tables.join(QStringLiteral(", ")), ms)
                      : Sentence::of(r.attempts,
                                     QT_TRANSLATE_N_NOOP("gma::Executor", "could not lock %1 within %2 ms after %Ln "
                                                                          "attempt(s); it is held by %3"),
                                     def.tables.join(QStringLiteral(", ")), ms, r.blockers);
            break;
        }
        default:
            break;
        }
        return Sentence::of(stoppedSentences[i == 0 ? 0 : 1][backwards ? 1 : 0], def.key.label(), where, why,
                            QString::number(i));
    };
    for (int i = 0; i < statements.size(); ++i) {
        const RenderedStatement &st = statements.at(i);
        if (!st.doneSql.isEmpty() && sql::scalar(m_db, st.doneSql, st.doneArgs).toBool()) {
            emit message(tr("Already done by an earlier online run, skipped: %1").arg(shortStatement(st.sql)));
            result.statements.append({st.sql, 0, 0});
            emit stepProgress(index, i + 1, statements.size());
            continue;
        }
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        Retried r;
        const auto sendIt = [&](int) {
            Attempt a;
            const auto done = send(index, st.sql);
            if (!done.ok) {
                a.error = done.error;
                a.sqlState = done.sqlState;
                return a;
            }
            rows = done.rowsAffected;
            a.ok = !m_cancelled.load();
            if (!a.ok)
                a.sqlState = QStringLiteral("57014");
            return a;
        };
        if (st.outsideTransaction) {
            // CREATE INDEX CONCURRENTLY: its SHARE UPDATE EXCLUSIVE lock and its waits for older
            // transactions keep no application statement waiting, so it runs under the run's own
            // lock timeout. An INVALID index an interrupted build left is dropped first.
            const ReadGuard limits(m_db, {options.lockTimeoutMs, options.statementTimeoutMs});
            r = withLockRetries(
                index, def.tables, referenced, options,
                [&](int n) {
                    if (!st.invalidIndex.isEmpty() &&
                        sql::scalar(m_db,
                                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = "
                                                   "to_regclass(?) AND NOT indisvalid)"),
                                    {st.invalidIndex})
                            .toBool()) {
                        const auto dropped = send(index, QStringLiteral("DROP INDEX CONCURRENTLY %1").arg(st.invalidIndex));
                        if (!dropped.ok) {
                            Attempt failed;
                            failed.error = dropped.error;
                            failed.sqlState = dropped.sqlState;
                            return failed;
                        }
                        emit message(tr("Dropped the INVALID index %1 an interrupted build left; it is built "
                                        "again.")
                                         .arg(st.invalidIndex));
                    }
                    return sendIt(n);
                },
                false);
        } else {
            qint64 changed = 0;
            do {
                r = withLockRetries(index, def.tables, referenced, shortLocks, sendIt);
                changed += std::max<qint64>(rows, 0);
            } while (r.status == Retried::Status::Done && st.repeatUntilNoRows && rows > 0);
            rows = st.repeatUntilNoRows ? changed : rows;
        }
        result.attempts = std::max(result.attempts, r.attempts);
        if (r.status != Retried::Status::Done) {
            result.cancelled =
                r.status == Retried::Status::Cancelled || r.status == Retried::Status::CancelledWhileWaiting;
            result.fail(stopped(i, r));
            result.ms = total.elapsed();
            return result;
        }
        result.statements.append({st.sql, rows, t.elapsed()});
        result.rows += std::max<qint64>(rows, 0);
        emit statementFinished(index, st.sql, rows, t.elapsed());
        emit stepProgress(index, i + 1, statements.size());
    }
    emit statementSent(index, DjangoRecorder::recordSql(def.key, backwards));
    QString error;
    result.ok = recordStep(def, backwards, shortLocks, &error, true);
    if (!result.ok)
        result.fail(backwards ? QT_TRANSLATE_NOOP("gma::Executor", "%1: all its online statements are done, but it could not be "
                                                            "unrecorded (%2): run it again to record it.")
                              : QT_TRANSLATE_NOOP("gma::Executor", "%1: all its online statements are done, but it could not be "
                                                            "recorded (%2): run it again to record it."),
                    def.key.label(), error);
    result.attempts = std::max(result.attempts, 1);
    result.ms = total.elapsed();
    return result;
}

} // namespace gma
