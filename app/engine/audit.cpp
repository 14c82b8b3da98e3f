#include "audit.h"

#include "sqlutil.h"

namespace gma {



namespace Audit {

QStringList auditColumns()
{
    return {QStringLiteral("created_by_id"), QStringLiteral("modified_by_id"), QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

QList<QPair<QString, QString>> models()
{
    return {{QStringLiteral("characters.character"), QStringLiteral("characters_character")},
            {QStringLiteral("items.item"), QStringLiteral("items_item")},
            {QStringLiteral("locations.location"), QStringLiteral("locations_location")}};
}

QList<ModelAudit> collect(QSqlDatabase &db, QString *error)
{
    QList<ModelAudit> out;
    for (const auto &[model, table] : models()) {
        ModelAudit m;
        m.model = model;
        m.table = table;
        m.tableExists = sql::tableExists(db, QStringLiteral("public"), table);
        QStringList exprs{QStringLiteral("count(*)")};
        for (const QString &c : auditColumns()) {
            AuditFieldStat f;
            f.column = c;
            f.present = m.tableExists && sql::columnExists(db, table, c);
            if (f.present)
                exprs << QStringLiteral("count(*) FILTER (WHERE %1 IS NULL)").arg(sql::quoteIdent(c));
            m.fields << f;
        }
        if (m.tableExists) {
            QString err;
            const auto rows = sql::rows(db, QStringLiteral("SELECT %1 FROM %2")
                                                .arg(exprs.join(QStringLiteral(", ")), sql::quoteIdent(table)),
                                        {}, &err);
            if (!err.isEmpty()) {
                if (error)
                    *error = err;
                return {};
            }
            const QVariantList &r = rows.first();
            m.rows = r.at(0).toLongLong();
            int col = 1;
            for (AuditFieldStat &f : m.fields) {
                if (f.present)
                    f.nulls = r.at(col++).toLongLong();
            }
        }
        out << m;
    }
    return out;
}

} // namespace Audit

} // namespace gma
