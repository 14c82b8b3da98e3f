#include "stepsql.h"

#include "sqlutil.h"
#include "state.h"
#include "toolschema.h"

namespace gma {

namespace StepText {

QString batchBound(const PopulateSpec &spec)
{
    return QStringLiteral("SELECT \"id\" FROM %1 WHERE \"id\" >= ? ORDER BY \"id\" OFFSET ? LIMIT 1")
        .arg(sql::quoteIdent(spec.table));
}

QString fillBatch(const PopulateSpec &spec)
{
    // One statement per batch, without SELECT ... FOR UPDATE (which writes a lock, and a WAL
    // record, for every row before the UPDATE writes it again). `cand` reads the batch's rows that
    // have a NULL field, with their owner and which fields are NULL; the UPDATE writes only a row
    // still at the version `cand` read (same ctid): when the application changes a row meanwhile,
    // PostgreSQL re-checks that condition on the new row version, the row is skipped, and the
    // executor runs the statement again for the batch (counts differ), which then sees the new
    // version. So a value the application wrote is never overwritten, and the flags recorded in
    // populate_log are exactly the fields this statement filled. The owner's table is joined by
    // its key.
    // The UPDATE names the batch's key range again (parameters lo, hi once more) and joins `cand`
    // by key and TID: whatever the row estimates (none for the new columns right after 0003, a
    // prepared statement's generic plan after five executions), every plan PostgreSQL can choose
    // reads only the batch's rows (key range, key or TID lookups), never the whole table, and
    // never tests each row against a list of all the batch's TIDs (a filter
    // `ctid = ANY(ARRAY(...))` on the inner side of a nested loop is quadratic in the batch).
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
    const QString log = toolTable("populate_log");
    QStringList nullFlags, anyNull, sets, logs;
    QStringList returned{QStringLiteral("t.\"id\""), QStringLiteral("c.owner")};
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QString f = quoteIdent(spec.fields.at(i));
        nullFlags << QStringLiteral("t.%1 IS NULL AS n%2").arg(f).arg(i);
        anyNull << QStringLiteral("t.%1 IS NULL").arg(f);
        sets << QStringLiteral("%1 = coalesce(t.%1, c.owner)").arg(f);
        returned << QStringLiteral("c.n%1").arg(i);
        logs << QStringLiteral("log%1 AS (\n  INSERT INTO %2 (table_name, column_name, row_ids, vals)\n"
                               "  SELECT ?, ?, array_agg(id ORDER BY id), array_agg(owner ORDER BY id) FROM upd WHERE n%1\n"
                               "  HAVING count(*) > 0\n)")
                    .arg(i)
                    .arg(log);
    }
    return QStringLiteral("WITH cand AS MATERIALIZED (\n  SELECT t.ctid AS tid, t.\"id\", %1 AS owner, %2\n  FROM %3\n"
                          "  WHERE t.\"id\" >= ? AND t.\"id\" < ? AND (%4) AND %1 IS NOT NULL\n"
                          "), upd AS (\n  UPDATE %5 AS t SET %6\n  FROM cand AS c\n"
                          "  WHERE t.\"id\" >= ? AND t.\"id\" < ? AND t.\"id\" = c.\"id\" AND t.ctid = c.tid\n"
                          "  RETURNING %7\n), %8\nSELECT (SELECT count(*) FROM cand), (SELECT count(*) FROM upd)")
        .arg(owner, nullFlags.join(QStringLiteral(", ")), from, anyNull.join(QStringLiteral(" OR ")), t,
             sets.join(QStringLiteral(", ")), returned.join(QStringLiteral(", ")), logs.join(QStringLiteral(", ")));
}

QString setBackBatch(const PopulateSpec &spec)
{
    // Sets back, in one pass over the rows, every column recorded in a group of populate_log
    // records (at most one record per column): a row gets one new version however many of its
    // columns were filled, and a value is set back only while it still holds what was filled, so
    // that values the application wrote since stay (re-checked on the newest row version when the
    // application changes a row meanwhile).
    using sql::quoteIdent;
    QStringList picks, sets, any;
    for (int i = 0; i < spec.fields.size(); ++i) {
        const QString f = quoteIdent(spec.fields.at(i));
        picks << QStringLiteral("max(u.val) FILTER (WHERE u.col = ?) AS v%1").arg(i);
        sets << QStringLiteral("%1 = CASE WHEN t.%1 = p.v%2 THEN NULL ELSE t.%1 END").arg(f).arg(i);
        any << QStringLiteral("t.%1 = p.v%2").arg(f).arg(i);
    }
    return QStringLiteral("WITH u AS (\n  SELECT l.column_name AS col, x.id, x.val FROM %1 AS l\n"
                          "  CROSS JOIN LATERAL unnest(l.row_ids, l.vals) AS x(id, val)\n"
                          "  WHERE l.id = ANY(?::bigint[])\n), p AS (\n  SELECT u.id, %2\n  FROM u GROUP BY u.id\n)\n"
                          "UPDATE %3 AS t SET %4\nFROM p WHERE t.\"id\" = p.id AND (%5)")
        .arg(toolTable("populate_log"), picks.join(QStringLiteral(", ")), quoteIdent(spec.table),
             sets.join(QStringLiteral(", ")), any.join(QStringLiteral(" OR ")));
}

QString forgetRecords()
{
    return QStringLiteral("DELETE FROM %1 WHERE id = ANY(?::bigint[])").arg(toolTable("populate_log"));
}

QString readRecords()
{
    return QStringLiteral("SELECT id, column_name, cardinality(row_ids) FROM %1 WHERE table_name = ? ORDER BY id")
        .arg(toolTable("populate_log"));
}

} // namespace StepText

QStringList StepSql::sql(RenderedStatement::Role role) const
{
    QStringList out;
    for (const RenderedStatement &s : statements) {
        if (s.role == role)
            out << s.sql;
    }
    return out;
}

QString StepSql::script() const
{
    QString out;
    const bool schema = !data;
    if (data) {
        out += QStringLiteral("--\n-- %1%2: data step, run in batches of --batch-size rows, each batch its own "
                              "transaction.\n--\n")
                   .arg(key.label(), backwards ? QStringLiteral(" (backwards)") : QString());
    } else {
        out += QStringLiteral("BEGIN;\n");
    }
    for (const RenderedStatement &s : statements) {
        if (schema && s.role == RenderedStatement::Role::Bookkeeping)
            continue; // Django's sqlmigrate does not show its own bookkeeping for schema steps
        if (!s.comment.isEmpty())
            out += QStringLiteral("--\n-- %1\n--\n").arg(s.comment);
        if (!s.sql.isEmpty())
            out += s.sql + QStringLiteral(";\n");
    }
    if (schema)
        out += QStringLiteral("COMMIT;\n");
    return out;
}

StepSql renderStep(const MigrationDefinition &def, bool backwards, const QDateTime &now)
{
    StepSql step;
    step.key = def.key;
    step.backwards = backwards;
    step.data = def.isData();
    using Role = RenderedStatement::Role;
    if (!def.isData()) {
        for (const SqlOperation &op : def.operations(backwards)) {
            // The operation's description goes with its first statement (an operation without
            // SQL, such as a change of model options, is a comment with an empty statement).
            if (op.statements.isEmpty())
                step.statements.append({Role::Schema, op.description, QString()});
            for (int i = 0; i < op.statements.size(); ++i) {
                QString s = op.statements.at(i);
                s.replace(QStringLiteral("{{now}}"), timestampLiteral(now));
                step.statements.append({Role::Schema, i == 0 ? op.description : QString(), s});
            }
        }
        step.statements.append({Role::Bookkeeping, QStringLiteral("Django's record of the migration"),
                                DjangoRecorder::recordSql(def.key, backwards)});
        return step;
    }
    const PopulateSpec &p = def.populate;
    if (!backwards) {
        step.statements.append(
            {Role::BatchBound,
             QStringLiteral("For each batch: the id batch-size rows further on (parameters: lo, batch size)"),
             StepText::batchBound(p)});
        step.statements.append({Role::Batch,
                                QStringLiteral("For each primary-key range [lo, hi) of %1 (parameters: lo, hi, lo, hi, then "
                                               "table and column name for each record)")
                                    .arg(p.table),
                                StepText::fillBatch(p)});
    } else {
        step.statements.append(
            {Role::RecordsRead, QStringLiteral("The records of what the data step filled"), StepText::readRecords()});
        step.statements.append({Role::Batch,
                                QStringLiteral("For each group of recorded batches, at most one per column (parameters: "
                                               "the records' ids, then each column name)"),
                                StepText::setBackBatch(p)});
        step.statements.append(
            {Role::BatchCleanup, QStringLiteral("Then forget those records"), StepText::forgetRecords()});
    }
    step.statements.append({Role::Bookkeeping, QStringLiteral("Finally"), DjangoRecorder::recordSql(def.key, backwards)});
    return step;
}

} // namespace gma
