#include "stepsql.h"

#include "sqlutil.h"
#include "state.h"
#include "toolschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

QString forgetTableRecords()
{
    return QStringLiteral("DELETE FROM %1 WHERE table_name = ?").arg(toolTable("populate_log"));
}

QString readRecords()
{
    return QStringLiteral("SELECT id, column_name, cardinality(row_ids) FROM %1 WHERE table_name = ? ORDER BY id")
        .arg(toolTable("populate_log"));
}

} // namespace StepText

namespace {

// The done checks of online statements (RenderedStatement::doneSql); the table and index
// arguments are quoted identifiers (to_regclass), the others plain names.
const char kColumnExists[] = "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) "
                             "AND attname = ? AND attnum > 0 AND NOT attisdropped)";
const char kConstraintExists[] = "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(?) "
                                 "AND conname = ?)";
const char kConstraintValidated[] = "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(?) "
                                    "AND conname = ? AND convalidated)";
const char kColumnNotNull[] = "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) "
                              "AND attname = ? AND attnotnull)";
const char kColumnType[] = "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) "
                           "AND attname = ? AND NOT attisdropped AND format_type(atttypid, atttypmod) = ?)";
const char kIndexValid[] = "SELECT EXISTS (SELECT 1 FROM pg_index WHERE indexrelid = to_regclass(?) AND indisvalid)";

QString unquote(const QString &quoted)
{
    QString name = quoted;
    name.remove(QLatin1Char('"'));
    return name;
}

QRegularExpression pattern(const char *text)
{
    return QRegularExpression(QString::fromLatin1(text), QRegularExpression::DotMatchesEverythingOption);
}

RenderedStatement online(const QString &sql, const char *done = nullptr, const QVariantList &args = {})
{
    RenderedStatement r;
    r.sql = sql;
    if (done) {
        r.doneSql = QString::fromLatin1(done);
        r.doneArgs = args;
    }
    return r;
}

// The name of the CHECK constraint that proves a column NOT NULL before SET NOT NULL (dropped after).
QString notNullCheckName(const QString &table, const QString &column)
{
    return (table + QLatin1Char('_') + column).left(48) + QStringLiteral("_gma_notnull");
}

// "varchar(100)" as format_type() spells it.
QString formatTypeName(const QString &type)
{
    QString t = type.trimmed();
    static const QRegularExpression varchar(QStringLiteral("^varchar\\((\\d+)\\)$"));
    const auto m = varchar.match(t);
    return m.hasMatch() ? QStringLiteral("character varying(%1)").arg(m.captured(1)) : t;
}

} // namespace

QList<RenderedStatement> onlineStatements(const QString &statement, const QString &next, bool *consumedNext)
{
    *consumedNext = false;
    static const QRegularExpression fkColumn = pattern(
        R"(^ALTER TABLE ("[^"]+") ADD COLUMN ("[^"]+") (.+?) NULL CONSTRAINT ("[^"]+") REFERENCES ("[^"]+") ?\(("[^"]+")\)( DEFERRABLE INITIALLY DEFERRED)?$)");
    static const QRegularExpression addColumn = pattern(R"(^ALTER TABLE ("[^"]+") ADD COLUMN ("[^"]+") )");
    static const QRegularExpression setConstraints = pattern(R"(^SET CONSTRAINTS\b)");
    static const QRegularExpression setNotNull = pattern(R"(^ALTER TABLE ("[^"]+") ALTER COLUMN ("[^"]+") SET NOT NULL$)");
    static const QRegularExpression alterType = pattern(R"(^ALTER TABLE ("[^"]+") ALTER COLUMN ("[^"]+") TYPE (.+)$)");
    static const QRegularExpression createIndex = pattern(R"(^CREATE INDEX ("[^"]+") ON (.+)$)");
    static const QRegularExpression dropColumn = pattern(R"(^ALTER TABLE ("[^"]+") DROP COLUMN ("[^"]+"))");
    static const QRegularExpression dropConstraint = pattern(R"(^ALTER TABLE ("[^"]+") DROP CONSTRAINT ("[^"]+")$)");
    static const QRegularExpression recordNulls = pattern(R"(^INSERT INTO "gma_migrator"\."preserved_nulls" )");
    static const QRegularExpression restoreNulls = pattern(
        R"(^UPDATE ("[^"]+") AS l SET ("[^"]+") = NULL FROM \(SELECT unnest\("row_ids"\) AS "id" FROM "gma_migrator"\."preserved_nulls" WHERE "table_name" = ('[^']+') AND "column_name" = ('[^']+')\) AS p WHERE l\."id" = p\."id" AND l\.("[^"]+") = (''|'[^']*')$)");
    static const QRegularExpression convertNulls = pattern(R"(^UPDATE ("[^"]+") SET ("[^"]+") = (.+) WHERE ("[^"]+") IS NULL$)");
    const QString s = statement.trimmed();
    QRegularExpressionMatch m;
    if (setConstraints.match(s).hasMatch())
        return {}; // a statement's own transaction has no deferred checks queued
    if ((m = fkColumn.match(s)).hasMatch()) {
        const QString t = m.captured(1), c = m.captured(2), k = m.captured(4);
        return {online(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3 NULL").arg(t, c, m.captured(3)), kColumnExists,
                       {t, unquote(c)}),
                online(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) REFERENCES %4 (%5)%6 NOT VALID")
                           .arg(t, k, c, m.captured(5), m.captured(6), m.captured(7)),
                       kConstraintExists, {t, unquote(k)}),
                online(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2").arg(t, k), kConstraintValidated,
                       {t, unquote(k)})};
    }
    if ((m = addColumn.match(s)).hasMatch())
        return {online(s, kColumnExists, {m.captured(1), unquote(m.captured(2))})};
    if ((m = setNotNull.match(s)).hasMatch()) {
        // A validated CHECK (col IS NOT NULL) lets SET NOT NULL skip its scan (PostgreSQL 12+);
        // the check is dropped after, so none is left.
        const QString t = m.captured(1), c = m.captured(2);
        const QString check = notNullCheckName(unquote(t), unquote(c));
        const QString k = sql::quoteIdent(check);
        RenderedStatement add = online(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID")
                                           .arg(t, k, c));
        add.doneSql = QString::fromLatin1(kColumnNotNull) + QStringLiteral(" OR ") +
                      QString::fromLatin1(kConstraintExists).mid(7);
        add.doneArgs = {t, unquote(c), t, check};
        RenderedStatement validate = online(QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2").arg(t, k));
        validate.doneSql = QString::fromLatin1(kColumnNotNull) + QStringLiteral(" OR ") +
                           QString::fromLatin1(kConstraintValidated).mid(7);
        validate.doneArgs = add.doneArgs;
        return {add, validate, online(s),
                online(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2").arg(t, k))};
    }
    if ((m = alterType.match(s)).hasMatch())
        return {online(s, kColumnType, {m.captured(1), unquote(m.captured(2)), formatTypeName(m.captured(3))})};
    if ((m = createIndex.match(s)).hasMatch()) {
        RenderedStatement r = online(QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON %2").arg(m.captured(1), m.captured(2)),
                                     kIndexValid, {m.captured(1)});
        r.outsideTransaction = true;
        r.invalidIndex = m.captured(1);
        return {r};
    }
    if ((m = dropColumn.match(s)).hasMatch()) {
        RenderedStatement r = online(s);
        r.doneSql = QStringLiteral("SELECT NOT ") + QString::fromLatin1(kColumnExists).mid(7);
        r.doneArgs = {m.captured(1), unquote(m.captured(2))};
        return {r};
    }
    if ((m = dropConstraint.match(s)).hasMatch()) {
        RenderedStatement r = online(s);
        r.doneSql = QStringLiteral("SELECT NOT ") + QString::fromLatin1(kConstraintExists).mid(7);
        r.doneArgs = {m.captured(1), unquote(m.captured(2))};
        return {r};
    }
    if (recordNulls.match(s).hasMatch() && (m = convertNulls.match(next.trimmed())).hasMatch() &&
        m.captured(2) == m.captured(4)) {
        // Recording the NULLs and converting them, one batch of rows at a time, each batch its own
        // transaction (the rows it changes are locked, nothing else), until none is left.
        *consumedNext = true;
        const QString t = m.captured(1), c = m.captured(2);
        RenderedStatement r = online(
            QStringLiteral("WITH b AS (SELECT \"id\" FROM %1 WHERE %2 IS NULL ORDER BY \"id\" LIMIT %3 FOR UPDATE), "
                           "rec AS (INSERT INTO %4 (\"table_name\", \"column_name\", \"row_ids\") SELECT %5, %6, "
                           "array_agg(\"id\" ORDER BY \"id\") FROM b HAVING count(*) > 0) "
                           "UPDATE %1 AS t SET %2 = %7 FROM b WHERE t.\"id\" = b.\"id\"")
                .arg(t, c)
                .arg(kOnlineBatchRows)
                .arg(toolTable("preserved_nulls"), sql::quoteLiteral(unquote(t)), sql::quoteLiteral(unquote(c)),
                     m.captured(3)));
        r.repeatUntilNoRows = true;
        return {r};
    }
    if ((m = restoreNulls.match(s)).hasMatch() && m.captured(2) == m.captured(5)) {
        // Setting the recorded NULLs back, one batch of rows at a time, each batch its own
        // transaction, until no recorded row holds the converted value any more.
        const QString t = m.captured(1), c = m.captured(2);
        RenderedStatement r = online(
            QStringLiteral("WITH p AS (SELECT x.\"id\" FROM %1 AS n CROSS JOIN LATERAL unnest(n.\"row_ids\") AS x(\"id\") "
                           "WHERE n.\"table_name\" = %2 AND n.\"column_name\" = %3), "
                           "b AS (SELECT l.\"id\" FROM %4 AS l JOIN p ON l.\"id\" = p.\"id\" WHERE l.%5 = %6 "
                           "ORDER BY l.\"id\" LIMIT %7 FOR UPDATE OF l) "
                           "UPDATE %4 AS t SET %5 = NULL FROM b WHERE t.\"id\" = b.\"id\"")
                .arg(toolTable("preserved_nulls"), m.captured(3), m.captured(4), t, c, m.captured(6))
                .arg(kOnlineBatchRows));
        r.repeatUntilNoRows = true;
        return {r};
    }
    return {online(s)};
}

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
        out += QStringLiteral("--\n-- %1\n--\n")
                   .arg(backwards ? QCoreApplication::translate("gma::StepSql", "%1 (backwards): data step, run in batches "
                                                                               "of --batch-size rows, each batch its own "
                                                                               "transaction.")
                                        .arg(key.label())
                                  : QCoreApplication::translate("gma::StepSql", "%1: data step, run in batches of "
                                                                               "--batch-size rows, each batch its own "
                                                                               "transaction.")
                                        .arg(key.label()));
    } else if (online) {
        out += QStringLiteral("--\n-- %1\n--\n")
                   .arg(backwards ? QCoreApplication::translate("gma::StepSql", "%1 (backwards), online: each statement is "
                                                                               "its own short transaction (lock_timeout "
                                                                               "within the stall budget, retried), CREATE "
                                                                               "INDEX CONCURRENTLY outside any transaction.")
                                        .arg(key.label())
                                  : QCoreApplication::translate("gma::StepSql", "%1, online: each statement is its own "
                                                                               "short transaction (lock_timeout within the "
                                                                               "stall budget, retried), CREATE INDEX "
                                                                               "CONCURRENTLY outside any transaction.")
                                        .arg(key.label()));
    } else {
        out += QStringLiteral("BEGIN;\n");
    }
    for (const RenderedStatement &s : statements) {
        if (schema && !online && s.role == RenderedStatement::Role::Bookkeeping)
            continue; // Django's sqlmigrate does not show its own bookkeeping for schema steps
        if (!s.comment.isEmpty())
            out += QStringLiteral("--\n-- %1\n--\n").arg(s.comment);
        if (!s.sql.isEmpty())
            out += s.sql + QStringLiteral(";\n");
    }
    if (schema && !online)
        out += QStringLiteral("COMMIT;\n");
    return out;
}

StepSql renderStep(const MigrationDefinition &def, bool backwards, const QDateTime &now, bool online)
{
    StepSql step;
    step.key = def.key;
    step.backwards = backwards;
    step.data = def.isData();
    step.online = online && !def.isData();
    using Role = RenderedStatement::Role;
    if (step.online) {
        for (const SqlOperation &op : def.operations(backwards)) {
            QStringList texts = op.statements;
            for (QString &s : texts)
                s.replace(QStringLiteral("{{now}}"), timestampLiteral(now));
            QList<RenderedStatement> out;
            for (int i = 0; i < texts.size(); ++i) {
                bool consumed = false;
                out += onlineStatements(texts.at(i), i + 1 < texts.size() ? texts.at(i + 1) : QString(), &consumed);
                if (consumed)
                    ++i;
            }
            if (out.isEmpty())
                out.append(RenderedStatement{});
            out.first().comment = op.description;
            step.statements += out;
        }
        step.statements.append({Role::Bookkeeping, QCoreApplication::translate("gma::StepSql", "Django's record of the migration, in its own "
                                                                  "transaction after the last statement"),
                                DjangoRecorder::recordSql(def.key, backwards)});
        return step;
    }
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
        step.statements.append({Role::Bookkeeping, QCoreApplication::translate("gma::StepSql", "Django's record of the migration"),
                                DjangoRecorder::recordSql(def.key, backwards)});
        return step;
    }
    const PopulateSpec &p = def.populate;
    if (!backwards) {
        step.statements.append(
            {Role::BatchBound,
             QCoreApplication::translate("gma::StepSql", "For each batch: the id batch-size rows further on (parameters: lo, batch size)"),
             StepText::batchBound(p)});
        step.statements.append({Role::Batch,
                                QCoreApplication::translate("gma::StepSql", "For each primary-key range [lo, hi) of %1 (parameters: lo, hi, lo, hi, then "
                                               "table and column name for each record)")
                                    .arg(p.table),
                                StepText::fillBatch(p)});
    } else {
        step.statements.append(
            {Role::RecordsRead, QCoreApplication::translate("gma::StepSql", "The records of what the data step filled"), StepText::readRecords()});
        step.statements.append({Role::Batch,
                                QCoreApplication::translate("gma::StepSql", "For each group of recorded batches, at most one per column (parameters: "
                                               "the records' ids, then each column name)"),
                                StepText::setBackBatch(p)});
        step.statements.append(
            {Role::BatchCleanup, QCoreApplication::translate("gma::StepSql", "Then forget those records"), StepText::forgetRecords()});
    }
    step.statements.append({Role::Bookkeeping, QCoreApplication::translate("gma::StepSql", "Finally"), DjangoRecorder::recordSql(def.key, backwards)});
    return step;
}

} // namespace gma
