#include "preview.h"

#include "previewsql.h"

#include "connection.h"
#include "format.h"
#include "executor.h"
#include "locks.h"
#include "sqlutil.h"
#include "stepsql.h"
#include "strategy.h"
#include "toolschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace gma {

using namespace previewsql;

namespace {

// Column type of a public table: "character varying(200)" style via format_type; empty when unknown.
int varcharLength(QSqlDatabase &db, const QString &table, const QString &column)
{
    const QVariant v = sql::scalar(
        db,
        QStringLiteral("SELECT CASE WHEN a.atttypid = 'varchar'::regtype AND a.atttypmod > 4 "
                       "THEN a.atttypmod - 4 WHEN a.atttypid IN ('varchar'::regtype, "
                       "'text'::regtype) THEN 0 ELSE -1 END FROM pg_attribute a "
                       "WHERE a.attrelid = to_regclass(?) AND a.attname = ? AND NOT a.attisdropped"),
        {sql::quoteIdent(table), column});
    return v.isValid() && !v.isNull() ? v.toInt()
                                      : -2; // -2: no such column, -1: not varchar/text, 0: unlimited
}

} // namespace

QVariantMap PreviewReport::toVariant() const
{
    QVariantList stepList;
    for (const StepImpact &st : steps) {
        QVariantList statementList;
        for (const StatementImpact &s : st.statements) {
            QVariantList others;
            for (const TableLock &l : s.otherLocks)
                others << QVariantMap{{QStringLiteral("table"), l.table},
                                      {QStringLiteral("lock"), lockModeName(l.mode)}};
            statementList << QVariantMap{
                {QStringLiteral("operation"), s.operation},
                {QStringLiteral("sql"), s.sql},
                {QStringLiteral("kind"), s.kind},
                {QStringLiteral("object"), s.object},
                {QStringLiteral("table"), s.table},
                {QStringLiteral("lock"), lockModeName(s.lock)},
                {QStringLiteral("other_locks"), others},
                {QStringLiteral("work"), tableWorkName(s.work)},
                {QStringLiteral("rows"), s.rows >= 0 ? QVariant(s.rows) : QVariant()},
                {QStringLiteral("note"), s.note},
                {QStringLiteral("estimated_ms"), s.estimatedMs},
                {QStringLiteral("lock_held_ms"), s.lockHeldMs},
                {QStringLiteral("blocks_application"), s.blocksApplication},
                {QStringLiteral("transaction"), s.transaction}};
        }
        QVariantList stats;
        for (const TableStats &t : st.tableStats) {
            stats << QVariantMap{{QStringLiteral("table"), t.table},
                                 {QStringLiteral("exists"), t.exists},
                                 {QStringLiteral("estimated_rows"), t.rowEstimate()},
                                 {QStringLiteral("reltuples"), t.estimatedRows},
                                 {QStringLiteral("n_live_tup"), t.liveTuples},
                                 {QStringLiteral("total_bytes"), t.totalBytes},
                                 {QStringLiteral("total_size"), t.totalSize}};
        }
        QVariantList fills;
        for (const ColumnFill &f : st.fills) {
            fills << QVariantMap{{QStringLiteral("table"), f.table},
                                 {QStringLiteral("column"), f.column},
                                 {QStringLiteral("column_exists"), f.columnExists},
                                 {QStringLiteral("rows_to_change"), f.toFill},
                                 {QStringLiteral("rows_left_alone"), f.alreadySet}};
        }
        stepList << QVariantMap{
            {QStringLiteral("migration"), st.label},
            {QStringLiteral("app"), st.step.key.app},
            {QStringLiteral("name"), st.step.key.name},
            {QStringLiteral("direction"),
             st.step.backwards ? QStringLiteral("backward") : QStringLiteral("forward")},
            {QStringLiteral("type"), st.isData ? QStringLiteral("data") : QStringLiteral("schema")},
            {QStringLiteral("tables"), st.tables},
            {QStringLiteral("table_stats"), stats},
            {QStringLiteral("strongest_lock"), lockModeName(st.strongestLock)},
            {QStringLiteral("rewrites"), st.rewrites},
            {QStringLiteral("scans"), st.scans},
            {QStringLiteral("summary"), st.summary},
            {QStringLiteral("statements"), statementList},
            {QStringLiteral("hazards"), st.hazards},
            {QStringLiteral("fills"), fills}};
    }
    return QVariantMap{{QStringLiteral("database"), database},
                       {QStringLiteral("server_version"), serverVersion},
                       {QStringLiteral("online"), online},
                       {QStringLiteral("stall_budget_ms"), stallBudgetMs},
                       {QStringLiteral("steps"), stepList}};
}

namespace Preview {

namespace {

// Statistics of one table; `error` gets why the read failed (a lock timeout behind another
// session's lock on the table, typically).
TableStats readStats(QSqlDatabase &db, const QString &table, QSqlError *error)
{
    TableStats t;
    t.table = table;
    const sql::Rows r = sql::query(
        db,
        QStringLiteral("SELECT c.reltuples::bigint, coalesce(s.n_live_tup, -1), "
                       "pg_total_relation_size(c.oid), pg_size_pretty(pg_total_relation_size(c.oid)) "
                       "FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid "
                       "WHERE c.oid = to_regclass(?)"),
        {sql::quoteIdent(table)});
    if (error)
        *error = r.error;
    if (r.rows.isEmpty())
        return t;
    const QVariantList &row = r.rows.first();
    t.exists = true;
    t.estimatedRows = row.at(0).toLongLong();
    t.liveTuples = row.at(1).toLongLong();
    t.totalBytes = row.at(2).toLongLong();
    t.totalSize = row.at(3).toString();
    return t;
}

// What analyse reads once and every step's impact uses.
struct Context
{
    QSqlDatabase &db;
    QHash<QString, QString> fkTargets;
    QDateTime now;
    bool hasPopulateLog = false;
    bool hasPreserved = false;
    QHash<QString, TableStats> stats;
};

qint64 populateLogCount(Context &c, const QString &table, const QString &column)
{
    if (!c.hasPopulateLog)
        return 0;
    return sql::scalar(c.db,
                       QStringLiteral("SELECT coalesce(sum(cardinality(row_ids)), 0) FROM %1 WHERE table_name = ? "
                                      "AND column_name = ?")
                           .arg(toolTable("populate_log")),
                       {table, column})
        .toLongLong();
}

// A data step's fills: per column, what it fills (or sets back) and what stays.
QList<ColumnFill> columnFills(Context &c, const PopulateSpec &p, bool backwards, qint64 *allRows)
{
    const bool tableExists = c.stats.value(p.table).exists;
    // One count over the table: all rows and the set values of each field that exists.
    QStringList counts{QStringLiteral("count(*)")};
    QList<ColumnFill> fills;
    for (const QString &f : p.fields) {
        ColumnFill fill;
        fill.table = p.table;
        fill.column = f;
        fill.columnExists = tableExists && sql::columnExists(c.db, p.table, f);
        if (fill.columnExists)
            counts << QStringLiteral("count(%1)").arg(sql::quoteIdent(f));
        fills << fill;
    }
    QVariantList totals;
    if (tableExists) {
        totals = sql::rows(c.db, QStringLiteral("SELECT %1 FROM %2")
                                     .arg(counts.join(QStringLiteral(", ")), sql::quoteIdent(p.table)))
                     .value(0);
    }
    *allRows = totals.value(0).toLongLong();
    int next = 1;
    for (ColumnFill &f : fills) {
        const qint64 set = f.columnExists ? totals.value(next++).toLongLong() : 0;
        f.toFill = backwards ? populateLogCount(c, p.table, f.column) : *allRows - set;
        f.alreadySet = backwards ? qMax<qint64>(0, set - f.toFill) : set;
    }
    return fills;
}

StatementImpact dataStatement(const RenderedStatement &r, const PopulateSpec &p)
{
    using Role = RenderedStatement::Role;
    StatementImpact s;
    s.sql = r.sql;
    s.table = p.table;
    if (r.role == Role::BatchBound) {
        s.operation = QCoreApplication::translate("gma::Preview", "Find each batch's upper bound");
        s.kind = QStringLiteral("SELECT (per batch)");
        s.lock = LockMode::AccessShare;
        s.note = QCoreApplication::translate("gma::Preview", "reads the primary-key index only");
    } else if (r.role == Role::RecordsRead) {
        s.operation = QCoreApplication::translate("gma::Preview", "Read the records of what the data step filled");
        s.kind = QStringLiteral("SELECT");
        s.table = toolTable("populate_log");
        s.lock = LockMode::AccessShare;
    } else if (r.role == Role::BatchCleanup) {
        s.operation = QCoreApplication::translate("gma::Preview", "Forget the records set back");
        s.kind = QStringLiteral("DELETE (batched)");
        s.table = toolTable("populate_log");
        s.lock = LockMode::RowExclusive;
        s.work = TableWork::RowWrites;
    }
    return s;
}

void addDataStatements(Context &c, StepImpact &st, const MigrationDefinition &def, const StepSql &rendered)
{
    using Role = RenderedStatement::Role;
    const PopulateSpec &p = def.populate;
    qint64 all = 0;
    st.fills = columnFills(c, p, st.step.backwards, &all);
    StatementImpact batch;
    batch.sql = rendered.sql(Role::Batch).value(0);
    batch.kind = QStringLiteral("UPDATE (batched)");
    batch.table = p.table;
    batch.lock = LockMode::RowExclusive;
    batch.work = TableWork::RowWrites;
    batch.object = p.fields.join(QStringLiteral(", "));
    addLock(batch, toolTable("populate_log"), LockMode::RowExclusive);
    if (!st.step.backwards) {
        batch.operation = QCoreApplication::translate("gma::Preview", "Fill NULL %1 with the owner").arg(p.fields.join(QStringLiteral(", ")));
        if (!p.viaTable.isEmpty())
            addLock(batch, p.viaTable, LockMode::AccessShare);
        addLock(batch, strategy::usersTable(), LockMode::RowShare); // foreign-key checks (FOR KEY SHARE)
        // Rows with at least one NULL field (what the executor will fill): exact when the columns
        // exist, else every row (the plan's schema step adds them first).
        const qint64 pending = c.stats.value(p.table).exists ? pendingRows(c.db, def, false) : 0;
        batch.rows = pending >= 0 ? pending : all;
        batch.note = QCoreApplication::translate("gma::Preview", "primary-key batches, each its own short transaction; a row is locked only "
                                    "while its batch runs");
    } else {
        batch.operation = QCoreApplication::translate("gma::Preview", "Set back the %1 values the data step filled").arg(batch.object);
        batch.rows = 0;
        for (const ColumnFill &f : std::as_const(st.fills))
            batch.rows += f.toFill;
        batch.note = QCoreApplication::translate("gma::Preview", "one group of recorded batches (every column at once) per transaction; values "
                                    "the application changed since stay");
    }
    // The batch statement first, then the others in the order they run.
    st.statements << batch;
    for (const RenderedStatement &r : rendered.statements) {
        if (r.role != Role::Batch && r.role != Role::Bookkeeping && !r.sql.isEmpty())
            st.statements << dataStatement(r, p);
    }
}

const QRegularExpression &alterTypePattern()
{
    static const QRegularExpression p = re(
        QStringLiteral(
            R"(^ALTER\s+TABLE\s+(%1)\s+ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+(?:SET\s+DATA\s+)?TYPE\s+(varchar|character\s+varying|text)\s*(?:\(\s*(\d+)\s*\))?\s*$)")
            .arg(kTableRef));
    return p;
}

// Widening a varchar (or to text) keeps the data as it is: no rewrite, no scan.
void refineAlterType(Context &c, StatementImpact &s, const QRegularExpressionMatch &m)
{
    const QString table = tableName(m.captured(1));
    const QString column = tableName(m.captured(2));
    const int newLength = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const int oldLength = c.stats.value(table).exists ? varcharLength(c.db, table, column) : -2;
    if (oldLength > 0 && (newLength == 0 || newLength >= oldLength)) {
        s.work = TableWork::None;
        s.note = QCoreApplication::translate("gma::Preview", "widens varchar(%1): catalogue change only, no rewrite").arg(oldLength);
    } else if (oldLength > 0) {
        s.note = QCoreApplication::translate("gma::Preview", "narrows varchar(%1) to varchar(%2): every row is checked and the table and its "
                                "indexes rewritten")
                     .arg(oldLength)
                     .arg(newLength);
    }
}

// A foreign key on a dropped column goes with it (CASCADE) and locks its target, unless the
// step dropped that constraint before.
void refineDropColumn(Context &c, StatementImpact &s, const StepImpact &st, const QRegularExpressionMatch &m)
{
    const auto fks = sql::rows(c.db,
                               QStringLiteral("SELECT c.conname, c.confrelid::regclass::text FROM pg_constraint c "
                                              "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY "
                                              "(c.conkey) WHERE c.contype = 'f' AND c.conrelid = to_regclass(?) AND "
                                              "a.attname = ?"),
                               {sql::quoteIdent(tableName(m.captured(1))), tableName(m.captured(2))});
    for (const QVariantList &fk : fks) {
        const QString name = fk.at(0).toString();
        bool droppedBefore = false;
        for (const StatementImpact &prev : st.statements)
            droppedBefore = droppedBefore || (prev.kind == QLatin1String("DROP CONSTRAINT") &&
                                              prev.sql.contains(sql::quoteIdent(name)));
        if (!droppedBefore) {
            addLock(s, tableName(fk.at(1).toString()), LockMode::AccessExclusive);
            s.note = QCoreApplication::translate("gma::Preview", "drops foreign key %1 with it, which locks its target").arg(name);
        }
    }
}

StatementImpact schemaStatement(Context &c, const StepImpact &st, const QString &text)
{
    static const QRegularExpression fillNulls = re(
        QStringLiteral(R"(^UPDATE\s+(%1)\s+SET\s+("[^"]+"|\w+)\s*=.*\bWHERE\s+("[^"]+"|\w+)\s+IS\s+NULL\s*$)")
            .arg(kTableRef));
    static const QRegularExpression dropColumn =
        re(QStringLiteral(R"(^ALTER\s+TABLE\s+(%1)\s+DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?("[^"]+"|\w+))")
               .arg(kTableRef));
    static const QRegularExpression onlineFillNulls =
        re(QStringLiteral(R"(^WITH\s+b\s+AS\s+\(SELECT\s+"id"\s+FROM\s+(%1)\s+WHERE\s+("[^"]+")\s+IS\s+NULL\b)")
               .arg(kTableRef));
    StatementImpact s = classify(text, c.fkTargets);
    if (c.stats.contains(s.table) && !c.stats.value(s.table).exists &&
        (s.work == TableWork::Scan || s.work == TableWork::Rewrite)) {
        s.work = TableWork::None;
        s.note = QCoreApplication::translate("gma::Preview", "%1 (the table is created by this plan, so it is empty)").arg(s.note);
    }
    const QString preserved = toolTable("preserved_nulls");
    QRegularExpressionMatch m;
    if ((m = alterTypePattern().match(text)).hasMatch()) {
        refineAlterType(c, s, m);
    } else if (s.kind == QLatin1String("SET NOT NULL")) {
        // Online: a validated CHECK (col IS NOT NULL) before lets PostgreSQL 12+ skip the scan.
        const QString check = QStringLiteral("CHECK (%1 IS NOT NULL)").arg(sql::quoteIdent(s.object));
        for (const StatementImpact &prev : st.statements) {
            if (prev.table == s.table && prev.kind == QLatin1String("ADD CONSTRAINT") && prev.sql.contains(check)) {
                s.work = TableWork::None;
                s.note = QCoreApplication::translate("gma::Preview", "proven by the validated CHECK constraint before it: no scan (PostgreSQL 12+)");
            }
        }
    } else if ((m = fillNulls.match(text)).hasMatch() && m.captured(2) == m.captured(3)) {
        const QString table = tableName(m.captured(1));
        const QString column = tableName(m.captured(2));
        if (c.stats.value(table).exists && sql::columnExists(c.db, table, column)) {
            s.rows = sql::scalar(c.db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL")
                                           .arg(sql::quoteIdent(table), sql::quoteIdent(column)))
                         .toLongLong();
            s.note = QCoreApplication::translate("gma::Preview", "%Ln NULL(s) converted", nullptr, int(s.rows));
        }
    } else if ((m = onlineFillNulls.match(text)).hasMatch()) {
        const QString table = tableName(m.captured(1));
        const QString column = tableName(m.captured(2));
        if (c.stats.value(table).exists && sql::columnExists(c.db, table, column)) {
            s.rows = sql::scalar(c.db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NULL")
                                           .arg(sql::quoteIdent(table), sql::quoteIdent(column)))
                         .toLongLong();
            s.note = QCoreApplication::translate("gma::Preview", "%Ln NULL(s) converted in batches of %1 rows, each its own "
                                                       "transaction",
                                                       nullptr, int(s.rows))
                         .arg(QLocale().toString(kOnlineBatchRows));
        }
    } else if (s.kind == QLatin1String("UPDATE") && readTables(text, s.table).contains(preserved)) {
        s.rows = c.hasPreserved
                     ? sql::scalar(c.db,
                                   QStringLiteral("SELECT coalesce(sum(cardinality(row_ids)), 0) FROM %1 WHERE "
                                                  "table_name = ?")
                                       .arg(preserved),
                                   {s.table})
                           .toLongLong()
                     : 0;
        s.note = QCoreApplication::translate("gma::Preview", "restores %Ln NULL(s) recorded by the schema step", nullptr, int(s.rows));
    } else if ((m = dropColumn.match(text)).hasMatch() && s.kind == QLatin1String("DROP COLUMN")) {
        refineDropColumn(c, s, st, m);
    }
    return s;
}

void addSchemaStatements(Context &c, StepImpact &st, const StepSql &rendered)
{
    QString operation;
    for (const RenderedStatement &r : rendered.statements) {
        if (r.role != RenderedStatement::Role::Schema)
            continue;
        if (!r.comment.isEmpty())
            operation = r.comment;
        if (r.sql.isEmpty())
            continue; // an operation that sends nothing
        StatementImpact s = schemaStatement(c, st, r.sql);
        s.operation = operation;
        s.transaction = !rendered.online    ? QCoreApplication::translate("gma::Preview", "the step's transaction")
                        : r.outsideTransaction ? QCoreApplication::translate("gma::Preview", "no transaction")
                        : r.repeatUntilNoRows  ? QCoreApplication::translate("gma::Preview", "its own transaction per batch")
                                               : QCoreApplication::translate("gma::Preview", "its own transaction");
        st.statements << s;
    }
}

// Recording the step in Django's table.
StatementImpact bookkeeping(const StepSql &rendered)
{
    StatementImpact record;
    record.operation = QCoreApplication::translate("gma::Preview", "Record the migration");
    record.kind = rendered.backwards ? QStringLiteral("DELETE") : QStringLiteral("INSERT");
    record.table = QStringLiteral("django_migrations");
    record.sql = rendered.sql(RenderedStatement::Role::Bookkeeping).value(0);
    record.lock = LockMode::RowExclusive;
    record.work = TableWork::RowWrites;
    record.rows = 1;
    return record;
}

// The summary line: strongest lock on the step's own tables, and rewrites/scans.
void summarise(StepImpact &st)
{
    QStringList rewritten, scanned, locksOnOthers;
    QHash<QString, LockMode> strongest;
    for (const StatementImpact &s : std::as_const(st.statements)) {
        if (!s.table.isEmpty() && int(s.lock) > int(strongest.value(s.table, LockMode::None)))
            strongest.insert(s.table, s.lock);
        for (const TableLock &l : s.otherLocks) {
            if (int(l.mode) > int(strongest.value(l.table, LockMode::None)))
                strongest.insert(l.table, l.mode);
        }
        if (st.tables.contains(s.table) && int(s.lock) > int(st.strongestLock))
            st.strongestLock = s.lock;
        if (s.work == TableWork::Rewrite && !rewritten.contains(s.table))
            rewritten << s.table;
        if (s.work == TableWork::Scan && !scanned.contains(s.table))
            scanned << s.table;
    }
    st.rewrites = !rewritten.isEmpty();
    st.scans = !scanned.isEmpty();
    QStringList parts;
    QStringList lockedTables = strongest.keys();
    std::sort(lockedTables.begin(), lockedTables.end());
    for (const QString &t : st.tables)
        parts << QCoreApplication::translate("gma::Preview", "%1 on %2").arg(lockModeName(strongest.value(t, LockMode::None)), t);
    for (const QString &t : lockedTables) {
        const LockMode mode = strongest.value(t);
        if (!st.tables.contains(t) && t != QLatin1String("django_migrations") &&
            !t.startsWith(QLatin1String(kToolSchema) + QLatin1Char('.')) &&
            int(mode) >= int(LockMode::ShareUpdateExclusive))
            parts << QCoreApplication::translate("gma::Preview", "%1 on %2").arg(lockModeName(mode), t);
    }
    if (!rewritten.isEmpty())
        parts << QCoreApplication::translate("gma::Preview", "rewrites %1").arg(rewritten.join(QStringLiteral(", ")));
    if (!scanned.isEmpty())
        parts << QCoreApplication::translate("gma::Preview", "scans %1").arg(scanned.join(QStringLiteral(", ")));
    if (st.isData) {
        qint64 changing = 0;
        for (const StatementImpact &s : std::as_const(st.statements)) {
            if (s.kind.startsWith(QLatin1String("UPDATE")))
                changing += qMax<qint64>(0, s.rows);
        }
        parts << (st.step.backwards
                      ? QCoreApplication::translate("gma::Preview", "sets back %Ln value(s)", nullptr, int(changing))
                      : QCoreApplication::translate("gma::Preview", "fills %Ln row(s)", nullptr, int(changing)));
    }
    st.summary = parts.join(QStringLiteral("; "));
}

} // namespace

TableStats tableStats(QSqlDatabase &db, const QString &table)
{
    return readStats(db, table, nullptr);
}

PreviewReport analyse(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
                      const Plan &plan, const QDateTime &now, bool online, int stallBudgetMs)
{
    Q_UNUSED(state); // the plan was made from it; kept for callers that preview a simulated state
    PreviewReport report;
    const ServerInfo info = Database::serverInfo(db);
    report.database = info.database;
    report.serverVersion = info.version;
    report.online = online;
    report.stallBudgetMs = stallBudgetMs;
    // A table another session holds locked makes a read wait at most the lock timeout; the
    // preview then says who holds it instead of hanging.
    const ReadLimits limits;
    ReadGuard guard(db, limits);
    Context c{db, foreignKeyTargets(catalogue), now.isValid() ? now : QDateTime::currentDateTimeUtc(), false, false, {}};
    c.hasPopulateLog = sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("populate_log"));
    c.hasPreserved = sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("preserved_nulls"));
    for (int index = 0; index < plan.steps.size(); ++index) {
        const PlanStep &step = plan.steps.at(index);
        const MigrationDefinition *def = catalogue.find(step.key);
        if (!def) {
            report.error = QCoreApplication::translate("gma::Preview", "The plan names %1, which the migration definitions do not contain: reload "
                                          "the definitions.")
                               .arg(step.key.label());
            return report;
        }
        StepImpact st;
        st.step = step;
        st.label = step.key.label();
        st.isData = def->isData();
        st.tables = def->tables;
        for (const QString &t : def->tables) {
            if (!c.stats.contains(t)) {
                QSqlError error;
                c.stats.insert(t, readStats(db, t, &error));
                if (isLockTimeout(error)) {
                    report.error = readFailure(db, error, {t}, limits);
                    return report;
                }
            }
            st.tableStats << c.stats.value(t);
        }
        // Not online, a rollback past the schema step sends nothing for the data step (Executor::run).
        if (const MigrationDefinition *dropper = online ? nullptr : columnsDroppedBy(catalogue, plan, index)) {
            st.summary = QCoreApplication::translate("gma::Preview", "its values go with the columns that the reverse "
                                                                     "of %1 drops; no row is changed")
                             .arg(dropper->key.label());
            report.steps << st;
            continue;
        }
        const StepSql rendered = renderStep(*def, step.backwards, c.now, online);
        if (def->isData())
            addDataStatements(c, st, *def, rendered);
        else
            addSchemaStatements(c, st, rendered);
        st.statements << bookkeeping(rendered);
        summarise(st);
        estimateLocks(st, rendered, stallBudgetMs);
        report.steps << st;
    }
    return report;
}

} // namespace Preview

} // namespace gma
