#include "executor.h"

#include "sqlutil.h"
#include "state.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>
#include <limits>

namespace gma {

namespace {

constexpr qint64 kMaxId = std::numeric_limits<qint64>::max();

bool isLockTimeout(const QString &state) { return state == QLatin1String("55P03"); }
bool isCancelState(const QString &state) { return state == QLatin1String("57014"); }

} // namespace

Executor::Executor(QSqlDatabase db, MigrationCatalogue catalogue, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_catalogue(std::move(catalogue))
{
    m_cancelHandle = std::make_unique<CancelHandle>(m_db);
}

Executor::~Executor() = default;

void Executor::cancel()
{
    m_cancelled.store(true);
    if (m_cancelHandle)
        m_cancelHandle->cancel();
}

QString Executor::populateBatchSql(const PopulateSpec &spec)
{
    // One statement per batch, without SELECT ... FOR UPDATE (which writes a lock, and a WAL
    // record, for every row before the UPDATE writes it again). `cand` reads the batch's rows that
    // have a NULL field, with their owner and which fields are NULL; the UPDATE writes only a row
    // still at the version `cand` read (same ctid): when the application changes a row meanwhile,
    // PostgreSQL re-checks that condition on the new row version, the row is skipped, and the
    // caller runs the statement again for the batch (counts differ), which then sees the new
    // version. So a value the application wrote is never overwritten, and the flags recorded in
    // gma_migrator.populate_log are exactly the fields this statement filled. The target rows are
    // fetched by TID (no index or table scan), and the owner's table is joined by its key.
    // Parameters: lo, hi, then table and column name for each field. Returns the rows that needed
    // filling and the rows filled.
    using sql::quoteIdent;
    const QString t = quoteIdent(spec.table);
    QString owner;
    QString from;
    if (spec.viaTable.isEmpty()) {
        owner = QStringLiteral("t.") + quoteIdent(spec.ownerColumn);
        from = t + QStringLiteral(" AS t");
    } else {
        owner = QStringLiteral("o.") + quoteIdent(spec.viaColumn);
        from = t + QStringLiteral(" AS t JOIN ") + quoteIdent(spec.viaTable) + QStringLiteral(" AS o ON o.\"id\" = t.") +
               quoteIdent(spec.ownerColumn);
    }
    QStringList nullFlags, anyNull, sets, logs;
    QStringList returned{QStringLiteral("t.\"id\""), QStringLiteral("c.owner")};
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QString f = quoteIdent(spec.fields.at(i));
        nullFlags << QStringLiteral("t.%1 IS NULL AS n%2").arg(f).arg(i);
        anyNull << QStringLiteral("t.%1 IS NULL").arg(f);
        sets << QStringLiteral("%1 = coalesce(t.%1, c.owner)").arg(f);
        returned << QStringLiteral("c.n%1").arg(i);
        logs << QStringLiteral("log%1 AS (\n  INSERT INTO gma_migrator.populate_log (table_name, column_name, row_ids, vals)\n"
                               "  SELECT ?, ?, array_agg(id ORDER BY id), array_agg(owner ORDER BY id) FROM upd WHERE n%1\n"
                               "  HAVING count(*) > 0\n)")
                    .arg(i);
    }
    return QStringLiteral("WITH cand AS MATERIALIZED (\n  SELECT t.ctid AS tid, t.\"id\", %1 AS owner, %2\n  FROM %3\n"
                          "  WHERE t.\"id\" >= ? AND t.\"id\" < ? AND (%4) AND %1 IS NOT NULL\n"
                          "), upd AS (\n  UPDATE %5 AS t SET %6\n  FROM cand AS c\n"
                          "  WHERE t.ctid = ANY(ARRAY(SELECT tid FROM cand)) AND t.ctid = c.tid\n"
                          "  RETURNING %7\n), %8\nSELECT (SELECT count(*) FROM cand), (SELECT count(*) FROM upd)")
        .arg(owner, nullFlags.join(QStringLiteral(", ")), from, anyNull.join(QStringLiteral(" OR ")), t,
             sets.join(QStringLiteral(", ")), returned.join(QStringLiteral(", ")), logs.join(QStringLiteral(", ")));
}

QString Executor::populateReverseSql(const PopulateSpec &spec, const QString &column)
{
    using sql::quoteIdent;
    const QString c = quoteIdent(column);
    return QStringLiteral("UPDATE %1 AS t SET %2 = NULL FROM (SELECT unnest(row_ids) AS id, unnest(vals) AS val "
                          "FROM gma_migrator.populate_log WHERE id = ?) AS u WHERE t.\"id\" = u.id AND t.%2 = u.val")
        .arg(quoteIdent(spec.table), c);
}

QString Executor::populateReverseBatchSql(const PopulateSpec &spec)
{
    // Sets back, in one pass over the rows, every column recorded in a group of populate_log
    // records (at most one record per column): a row gets one new version however many of its
    // columns were filled, and a value is set back only while it still holds what was filled, so
    // that values the application wrote since stay (re-checked on the newest row version when the
    // application changes a row meanwhile). Parameters: the records' ids as a bigint[] literal,
    // then each column name.
    using sql::quoteIdent;
    QStringList picks, sets, any;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QString f = quoteIdent(spec.fields.at(i));
        picks << QStringLiteral("max(u.val) FILTER (WHERE u.col = ?) AS v%1").arg(i);
        sets << QStringLiteral("%1 = CASE WHEN t.%1 = p.v%2 THEN NULL ELSE t.%1 END").arg(f).arg(i);
        any << QStringLiteral("t.%1 = p.v%2").arg(f).arg(i);
    }
    return QStringLiteral("WITH u AS (\n  SELECT l.column_name AS col, x.id, x.val FROM gma_migrator.populate_log AS l\n"
                          "  CROSS JOIN LATERAL unnest(l.row_ids, l.vals) AS x(id, val)\n"
                          "  WHERE l.id = ANY(?::bigint[])\n), p AS (\n  SELECT u.id, %1\n  FROM u GROUP BY u.id\n)\n"
                          "UPDATE %2 AS t SET %3\nFROM p WHERE t.\"id\" = p.id AND (%4)")
        .arg(picks.join(QStringLiteral(", ")), quoteIdent(spec.table), sets.join(QStringLiteral(", ")),
             any.join(QStringLiteral(" OR ")));
}

qint64 Executor::pendingRows(const MigrationDefinition &def, bool backwards)
{
    if (!def.isData())
        return -1;
    const PopulateSpec &p = def.populate;
    if (backwards) {
        if (!sql::tableExists(m_db, QStringLiteral("gma_migrator"), QStringLiteral("populate_log")))
            return 0;
        return sql::scalar(m_db, QStringLiteral("SELECT coalesce(sum(cardinality(row_ids)), 0) FROM "
                                                "gma_migrator.populate_log WHERE table_name = ?"),
                           {p.table})
            .toLongLong();
    }
    for (const QString &f : p.fields) {
        if (!sql::columnExists(m_db, p.table, f))
            return -1;
    }
    QStringList anyNull;
    for (const QString &f : p.fields)
        anyNull << sql::quoteIdent(f) + QStringLiteral(" IS NULL");
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                 .arg(sql::quoteIdent(p.table), anyNull.join(QStringLiteral(" OR "))))
        .toLongLong();
}

bool Executor::takeAdvisoryLock(QString *error)
{
    const QVariant got = sql::scalar(m_db, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {kAdvisoryLockKey}, error);
    if (got.toBool())
        return true;
    const auto rows = sql::rows(
        m_db, QStringLiteral("SELECT a.pid, a.usename, a.application_name, coalesce(a.client_addr::text, 'local'), "
                             "a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                             "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? "
                             "AND l.objsubid = 1"),
        {qint64(kAdvisoryLockKey >> 32), qint64(kAdvisoryLockKey & 0xffffffffLL)});
    QString holder = QStringLiteral("another session");
    if (!rows.isEmpty()) {
        const QVariantList &r = rows.first();
        holder = QStringLiteral("pid %1, user %2, application '%3' from %4, connected since %5")
                     .arg(r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                          r.at(4).toDateTime().toLocalTime().toString(Qt::ISODate));
    }
    if (error)
        *error = QStringLiteral("Another migrator is running on this database (%1): wait for it to finish.").arg(holder);
    return false;
}

void Executor::releaseAdvisoryLock()
{
    sql::exec(m_db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kAdvisoryLockKey});
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
    sql::exec(m_db, m_inRehearsal ? QStringLiteral("ROLLBACK TO SAVEPOINT gma_step") : QStringLiteral("ROLLBACK"));
}

bool Executor::waitBeforeRetry(int index, int attempt, const QStringList &tables, const RunOptions &options,
                               const QStringList &referenced)
{
    QStringList who;
    for (const BlockingSession &s : blockingSessions(tables, referenced))
        who << s.describe();
    const QString blocker = who.isEmpty() ? QStringLiteral("a session that has since let go") : who.join(QStringLiteral("; "));
    emit waitingForLock(index, attempt, blocker);
    emit message(QStringLiteral("Waiting for a lock on %1, held by %2 (attempt %3 of %4).")
                     .arg(tables.join(QStringLiteral(", ")), blocker)
                     .arg(attempt + 1)
                     .arg(options.lockRetries + 1));
    const int delay = int(options.retryDelayMs * (1.0 + 0.5 * attempt));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < delay) {
        if (m_cancelled.load())
            return false;
        QThread::msleep(20);
    }
    return !m_cancelled.load();
}

void Executor::record(const StepResult &result, const MigrationDefinition &def, const QDateTime &started)
{
    if (m_inRehearsal)
        return;
    HistoryEntry e;
    e.key = def.key;
    e.direction = result.step.backwards ? QStringLiteral("backward") : QStringLiteral("forward");
    e.checksum = def.checksum;
    e.startedAt = started;
    e.durationMs = result.ms;
    e.outcome = result.ok ? QStringLiteral("success")
                          : (result.cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"));
    e.rowsAffected = result.rows;
    e.toolVersion = QStringLiteral(GMA_VERSION);
    e.message = result.error;
    QString error;
    if (!ToolSchema::recordRun(m_db, e, &error))
        emit message(QStringLiteral("Could not record the run in gma_migrator.history: %1").arg(error));
}

StepResult Executor::runSchemaStep(int index, const MigrationDefinition &def, bool backwards, const RunOptions &options)
{
    StepResult result;
    result.step = {def.key, backwards};
    QElapsedTimer total;
    total.start();
    const QStringList statements = def.statements(backwards, QDateTime::currentDateTimeUtc());
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
    emit stepStarted(index, result.step, statements.size());
    for (int attempt = 0;; ++attempt) {
        result.attempts = attempt + 1;
        result.statements.clear();
        result.rows = 0;
        if (m_cancelled.load()) {
            result.cancelled = true;
            result.error = QStringLiteral("Cancelled before %1 started; it was not applied.").arg(def.key.label());
            break;
        }
        QString error;
        QString state;
        bool ok = begin(options, &error);
        for (int i = 0; ok && i < statements.size(); ++i) {
            QElapsedTimer t;
            t.start();
            const auto r = sql::exec(m_db, statements.at(i));
            if (!r.ok) {
                ok = false;
                error = r.error;
                state = r.sqlState;
                break;
            }
            const qint64 rows = r.rowsAffected < 0 ? 0 : r.rowsAffected;
            result.statements.append({statements.at(i), r.rowsAffected, t.elapsed()});
            result.rows += rows;
            emit statementFinished(index, statements.at(i), r.rowsAffected, t.elapsed());
            emit stepProgress(index, i + 1, statements.size());
        }
        if (ok) {
            ok = backwards ? DjangoRecorder::recordUnapplied(m_db, def.key, &error)
                           : DjangoRecorder::recordApplied(m_db, def.key, &error);
        }
        if (ok && m_cancelled.load()) {
            ok = false;
            state = QStringLiteral("57014");
        }
        if (ok && commit(&error)) {
            result.ok = true;
            break;
        }
        rollbackTransaction();
        if (isCancelState(state) || m_cancelled.load()) {
            result.cancelled = true;
            result.error = QStringLiteral("Cancelled: %1 was rolled back and is not %2.")
                               .arg(def.key.label(), backwards ? QStringLiteral("unapplied") : QStringLiteral("applied"));
            break;
        }
        if (isLockTimeout(state) && attempt < options.lockRetries) {
            if (!waitBeforeRetry(index, attempt, def.tables, options, referenced)) {
                result.cancelled = true;
                result.error = QStringLiteral("Cancelled while waiting for a lock; %1 was not changed.")
                                   .arg(def.key.label());
                break;
            }
            continue;
        }
        if (isLockTimeout(state)) {
            QStringList who;
            for (const BlockingSession &s : blockingSessions(def.tables, referenced))
                who << s.describe();
            result.error = QStringLiteral("Could not lock %1 after %2 attempts; it is held by %3. Nothing was changed: "
                                          "retry when that session has finished.")
                               .arg(def.tables.join(QStringLiteral(", ")))
                               .arg(attempt + 1)
                               .arg(who.isEmpty() ? QStringLiteral("another session") : who.join(QStringLiteral("; ")));
        } else {
            result.error = QStringLiteral("%1 failed and was rolled back: %2").arg(def.key.label(), error);
        }
        break;
    }
    result.ms = total.elapsed();
    return result;
}

StepResult Executor::runPopulateForward(int index, const MigrationDefinition &def, const RunOptions &options)
{
    StepResult result;
    result.step = {def.key, false};
    QElapsedTimer total;
    total.start();
    const PopulateSpec &p = def.populate;
    const qint64 pending = pendingRows(def, false);
    if (pending < 0) {
        result.error = QStringLiteral("%1 cannot run: %2 lacks the audit columns (apply the schema step first).")
                           .arg(def.key.label(), p.table);
        return result;
    }
    emit stepStarted(index, result.step, pending);
    const int batchSize = qMax(1, options.batchSize);
    // Prepared once, executed for every batch with new bound values.
    QSqlQuery nextQuery(m_db);
    nextQuery.setForwardOnly(true);
    bool prepared = nextQuery.prepare(QStringLiteral("SELECT \"id\" FROM %1 WHERE \"id\" >= ? ORDER BY \"id\" OFFSET ? LIMIT 1")
                                          .arg(sql::quoteIdent(p.table)));
    QString prepareError = prepared ? QString() : sql::message(nextQuery.lastError());
    QSqlQuery batchQuery(m_db);
    batchQuery.setForwardOnly(true);
    if (prepared && !batchQuery.prepare(populateBatchSql(p))) {
        prepared = false;
        prepareError = sql::message(batchQuery.lastError());
    }
    qint64 lo = std::numeric_limits<qint64>::min();
    bool failed = false;
    if (!prepared) {
        result.error = QStringLiteral("%1 could not be prepared: %2").arg(def.key.label(), prepareError);
        failed = true;
    }
    while (!failed) {
        if (m_cancelled.load()) {
            result.cancelled = true;
            break;
        }
        QString error;
        // The batch's upper bound: the id batchSize rows further on (keyset on the primary key).
        nextQuery.addBindValue(lo);
        nextQuery.addBindValue(batchSize);
        if (!nextQuery.exec()) {
            // A server-side cancel may land on this query rather than on a batch.
            if (m_cancelled.load() || isCancelState(sql::sqlState(nextQuery.lastError()))) {
                result.cancelled = true;
                break;
            }
            result.error = sql::message(nextQuery.lastError());
            failed = true;
            break;
        }
        const qint64 hi = nextQuery.next() && !nextQuery.value(0).isNull() ? nextQuery.value(0).toLongLong() : kMaxId;
        nextQuery.finish();
        bool done = false;
        for (int attempt = 0;; ++attempt) {
            QString state;
            qint64 batchRows = 0;
            bool ok = begin(options, &error);
            // Rows the application changed while the statement ran are skipped by it; running it
            // again picks them up at their new version (a handful of rounds at most).
            constexpr int kMaxRounds = 50;
            for (int round = 0; ok; ++round) {
                if (round == kMaxRounds) {
                    ok = false;
                    error = QStringLiteral("the application kept changing the same rows; run migrate again");
                    break;
                }
                batchQuery.addBindValue(lo);
                batchQuery.addBindValue(hi);
                for (const QString &f : p.fields) {
                    batchQuery.addBindValue(p.table);
                    batchQuery.addBindValue(f);
                }
                ok = batchQuery.exec() && batchQuery.next();
                if (!ok) {
                    error = sql::message(batchQuery.lastError());
                    state = sql::sqlState(batchQuery.lastError());
                    batchQuery.finish();
                    break;
                }
                const qint64 needed = batchQuery.value(0).toLongLong();
                const qint64 filled = batchQuery.value(1).toLongLong();
                batchQuery.finish();
                batchRows += filled;
                if (filled == needed)
                    break;
            }
            if (ok && commit(&error)) {
                result.rows += batchRows;
                done = true;
                break;
            }
            rollbackTransaction();
            if (isCancelState(state) || m_cancelled.load()) {
                result.cancelled = true;
                break;
            }
            if (isLockTimeout(state) && attempt < options.lockRetries &&
                waitBeforeRetry(index, attempt, def.tables, options))
                continue;
            if (m_cancelled.load()) {
                result.cancelled = true;
                break;
            }
            result.error = QStringLiteral("A batch of %1 failed and was rolled back (earlier batches are kept; "
                                          "a rerun continues): %2")
                               .arg(def.key.label(), error);
            failed = true;
            break;
        }
        if (!done)
            break;
        ++result.batches;
        emit stepProgress(index, result.rows, qMax(pending, result.rows));
        if (hi == kMaxId)
            break;
        lo = hi;
    }
    if (!failed && m_cancelled.load())
        result.cancelled = true; // cancelled after the last batch: not recorded, a rerun finishes at once
    if (result.cancelled) {
        result.error = QStringLiteral("Cancelled at a batch boundary: %1 rows of %2 are filled, %3 is not recorded as "
                                      "applied; run migrate again to finish.")
                           .arg(result.rows)
                           .arg(p.table, def.key.label());
    } else if (!failed) {
        QString error;
        bool ok = begin(options, &error) && DjangoRecorder::recordApplied(m_db, def.key, &error) && commit(&error);
        if (!ok) {
            rollbackTransaction();
            result.error = QStringLiteral("Could not record %1: %2").arg(def.key.label(), error);
        } else {
            result.ok = true;
        }
    }
    result.ms = total.elapsed();
    return result;
}

StepResult Executor::runPopulateBackward(int index, const MigrationDefinition &def, const RunOptions &options)
{
    StepResult result;
    result.step = {def.key, true};
    QElapsedTimer total;
    total.start();
    const PopulateSpec &p = def.populate;
    const qint64 pending = pendingRows(def, true);
    emit stepStarted(index, result.step, pending);
    QString error;
    const auto logs = sql::rows(m_db,
                                QStringLiteral("SELECT id, column_name, cardinality(row_ids) FROM gma_migrator.populate_log "
                                               "WHERE table_name = ? ORDER BY id"),
                                {p.table}, &error);
    if (!error.isEmpty()) {
        result.error = error;
        result.ms = total.elapsed();
        return result;
    }
    if (logs.isEmpty() && pending == 0) {
        emit message(QStringLiteral("%1: no record of filled values (applied outside this tool); audit values stay "
                                    "as they are.")
                         .arg(def.key.label()));
    }
    // Groups of consecutive records with at most one record per column (a forward batch writes
    // one per column), each set back in one transaction.
    struct Group
    {
        QStringList ids;
        QStringList columns;
        qint64 size = 0;
    };
    QList<Group> groups;
    bool failed = false;
    for (const QVariantList &log : logs) {
        const QString column = log.at(1).toString();
        if (!p.fields.contains(column)) {
            result.error = QStringLiteral("gma_migrator.populate_log names column '%1', which %2 does not fill; "
                                          "the bookkeeping was changed by hand.")
                               .arg(column, def.key.label());
            failed = true;
            break;
        }
        if (groups.isEmpty() || groups.last().columns.contains(column))
            groups.append(Group{});
        groups.last().ids << log.at(0).toString();
        groups.last().columns << column;
        groups.last().size += log.at(2).toLongLong();
    }
    QSqlQuery update(m_db);
    QSqlQuery remove(m_db);
    if (!failed && !groups.isEmpty() &&
        (!update.prepare(populateReverseBatchSql(p)) ||
         !remove.prepare(QStringLiteral("DELETE FROM gma_migrator.populate_log WHERE id = ANY(?::bigint[])")))) {
        result.error = QStringLiteral("%1 could not be prepared: %2")
                           .arg(def.key.label(), sql::message(update.lastError().isValid() ? update.lastError()
                                                                                            : remove.lastError()));
        failed = true;
    }
    qint64 processed = 0;
    for (int g = 0; !failed && g < groups.size(); ++g) {
        if (m_cancelled.load()) {
            result.cancelled = true;
            break;
        }
        const QString ids = QLatin1Char('{') + groups.at(g).ids.join(QLatin1Char(',')) + QLatin1Char('}');
        bool done = false;
        for (int attempt = 0;; ++attempt) {
            QString state;
            qint64 rows = 0;
            bool ok = begin(options, &error);
            if (ok) {
                update.addBindValue(ids);
                for (const QString &f : p.fields)
                    update.addBindValue(f);
                ok = update.exec();
                if (ok) {
                    rows = update.numRowsAffected();
                } else {
                    error = sql::message(update.lastError());
                    state = sql::sqlState(update.lastError());
                }
                update.finish();
            }
            if (ok) {
                remove.addBindValue(ids);
                ok = remove.exec();
                if (!ok) {
                    error = sql::message(remove.lastError());
                    state = sql::sqlState(remove.lastError());
                }
                remove.finish();
            }
            if (ok && commit(&error)) {
                result.rows += rows;
                done = true;
                break;
            }
            rollbackTransaction();
            if (isCancelState(state) || m_cancelled.load()) {
                result.cancelled = true;
                break;
            }
            if (isLockTimeout(state) && attempt < options.lockRetries &&
                waitBeforeRetry(index, attempt, def.tables, options))
                continue;
            result.error = QStringLiteral("Setting back a batch of %1 failed and was rolled back: %2")
                               .arg(def.key.label(), error);
            failed = true;
            break;
        }
        if (!done)
            break;
        ++result.batches;
        processed += groups.at(g).size;
        emit stepProgress(index, processed, qMax(pending, processed));
    }
    if (!failed && m_cancelled.load())
        result.cancelled = true;
    if (result.cancelled) {
        result.error = QStringLiteral("Cancelled at a batch boundary: %1 is still recorded as applied; run the "
                                      "rollback again to finish.")
                           .arg(def.key.label());
    } else if (!failed) {
        bool ok = begin(options, &error) && DjangoRecorder::recordUnapplied(m_db, def.key, &error) && commit(&error);
        if (!ok) {
            rollbackTransaction();
            result.error = QStringLiteral("Could not record %1 as unapplied: %2").arg(def.key.label(), error);
        } else {
            result.ok = true;
        }
    }
    result.ms = total.elapsed();
    return result;
}

RunResult Executor::run(const Plan &plan, const RunOptions &options)
{
    RunResult run;
    m_cancelled.store(false);
    m_inRehearsal = false;
    emit planStarted(int(plan.steps.size()));
    if (plan.isEmpty())
        return run;
    for (const PlanStep &s : plan.steps) {
        if (!m_catalogue.find(s.key)) {
            run.status = RunResult::Status::Refused;
            run.error = QStringLiteral("The plan names %1, which this tool does not define.").arg(s.key.label());
            return run;
        }
    }
    QString error;
    if (options.takeAdvisoryLock && !takeAdvisoryLock(&error)) {
        run.status = RunResult::Status::Refused;
        run.error = error;
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
            if (options.takeAdvisoryLock)
                releaseAdvisoryLock();
            return run;
        }
        m_inRehearsal = true;
    }
    if (!ToolSchema::ensure(m_db, &error) || !DjangoRecorder::ensureTable(m_db, &error)) {
        if (m_inRehearsal)
            sql::exec(m_db, QStringLiteral("ROLLBACK"));
        m_inRehearsal = false;
        if (options.takeAdvisoryLock)
            releaseAdvisoryLock();
        run.status = RunResult::Status::Refused;
        run.error = error;
        return run;
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        const PlanStep &step = plan.steps.at(i);
        const MigrationDefinition &def = *m_catalogue.find(step.key);
        const QDateTime started = QDateTime::currentDateTimeUtc();
        StepResult result;
        if (m_cancelled.load()) {
            run.status = RunResult::Status::Cancelled;
            run.error = QStringLiteral("Cancelled before %1; the steps before it are done.").arg(def.key.label());
            break;
        }
        if (def.isData())
            result = step.backwards ? runPopulateBackward(i, def, options) : runPopulateForward(i, def, options);
        else
            result = runSchemaStep(i, def, step.backwards, options);
        record(result, def, started);
        run.steps.append(result);
        emit stepFinished(i, result);
        if (!result.ok) {
            run.status = result.cancelled ? RunResult::Status::Cancelled : RunResult::Status::Failed;
            run.error = result.error;
            break;
        }
    }
    if (m_inRehearsal) {
        sql::exec(m_db, QStringLiteral("ROLLBACK"));
        m_inRehearsal = false;
    }
    if (options.takeAdvisoryLock)
        releaseAdvisoryLock();
    return run;
}

} // namespace gma
