#include "audit.h"

#include "locks.h"
#include "sqlutil.h"
#include "strategy.h"

#include <QSqlQuery>
#include <QVariantMap>

namespace gma {

namespace Audit {

QStringList auditColumns()
{
    return strategy::auditColumns();
}

QList<QPair<QString, QString>> models()
{
    QList<QPair<QString, QString>> out;
    for (const strategy::Model &m : strategy::models())
        out << qMakePair(m.qualifiedName(), m.table);
    return out;
}

namespace {

// Reads `m`'s row count and NULL counts; false with `error` set when the read fails (a lock
// held by someone else: a sentence naming the holder).
bool countNulls(QSqlDatabase &db, ModelAudit &m, QString *error)
{
    QStringList exprs{QStringLiteral("count(*)")};
    for (const AuditFieldStat &f : std::as_const(m.fields)) {
        if (f.present)
            exprs << QStringLiteral("count(*) FILTER (WHERE %1 IS NULL)").arg(sql::quoteIdent(f.column));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(exprs.join(QStringLiteral(", ")), sql::quoteIdent(m.table))) ||
        !q.next()) {
        if (error)
            *error = readFailure(db, q.lastError(), {m.table});
        return false;
    }
    m.rows = q.value(0).toLongLong();
    int col = 1;
    for (AuditFieldStat &f : m.fields) {
        if (f.present)
            f.nulls = q.value(col++).toLongLong();
    }
    return true;
}

} // namespace

QList<ModelAudit> collect(QSqlDatabase &db, QString *error)
{
    const ReadGuard limits(db);
    QList<ModelAudit> out;
    for (const strategy::Model &model : strategy::models()) {
        ModelAudit m;
        m.model = model.qualifiedName();
        m.table = model.table;
        m.tableExists = sql::tableExists(db, QStringLiteral("public"), m.table);
        for (const QString &c : strategy::auditColumns()) {
            AuditFieldStat f;
            f.column = c;
            f.present = m.tableExists && sql::columnExists(db, m.table, c);
            m.fields << f;
        }
        if (m.tableExists && !countNulls(db, m, error))
            return {};
        out << m;
    }
    return out;
}

QVariantMap toVariant(const ModelAudit &m)
{
    QVariantMap fields;
    for (const AuditFieldStat &f : m.fields) {
        fields.insert(f.column, f.present ? QVariant(QVariantMap{{QStringLiteral("nulls"), f.nulls},
                                                                 {QStringLiteral("null_share"), m.nullShare(f)}})
                                          : QVariant());
    }
    return QVariantMap{{QStringLiteral("model"), m.model},
                       {QStringLiteral("table"), m.table},
                       {QStringLiteral("table_exists"), m.tableExists},
                       {QStringLiteral("rows"), m.rows},
                       {QStringLiteral("fields"), fields}};
}

} // namespace Audit

} // namespace gma
