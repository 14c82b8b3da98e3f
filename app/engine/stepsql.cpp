#include "stepsql.h"

#include "executor.h"
#include "sqlutil.h"
#include "state.h"

namespace gma {

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
             QStringLiteral("SELECT \"id\" FROM %1 WHERE \"id\" >= ? ORDER BY \"id\" OFFSET ? LIMIT 1")
                 .arg(sql::quoteIdent(p.table))});
        step.statements.append({Role::Batch,
                                QStringLiteral("For each primary-key range [lo, hi) of %1 (parameters: lo, hi, then "
                                               "table and column name for each record)")
                                    .arg(p.table),
                                Executor::populateBatchSql(p)});
    } else {
        step.statements.append({Role::RecordsRead, QStringLiteral("The records of what the data step filled"),
                                QStringLiteral("SELECT id, column_name, cardinality(row_ids) FROM "
                                               "gma_migrator.populate_log WHERE table_name = ? ORDER BY id")});
        step.statements.append({Role::Batch,
                                QStringLiteral("For each group of recorded batches, at most one per column (parameters: "
                                               "the records' ids, then each column name)"),
                                Executor::populateReverseBatchSql(p)});
        step.statements.append({Role::BatchCleanup, QStringLiteral("Then forget those records"),
                                QStringLiteral("DELETE FROM gma_migrator.populate_log WHERE id = ANY(?::bigint[])")});
    }
    step.statements.append({Role::Bookkeeping, QStringLiteral("Finally"), DjangoRecorder::recordSql(def.key, backwards)});
    return step;
}

} // namespace gma
