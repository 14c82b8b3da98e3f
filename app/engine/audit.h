// Audit-field population per model: rows and how many lack created_by, modified_by,
// created_at, updated_at.
// Thread rule: functions use the connection passed in, on its own thread.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gma {

struct AuditFieldStat
{
    QString column;
    bool present = false; // the column exists (after 0003)
    qint64 nulls = 0;
};

struct ModelAudit
{
    QString model; // "characters.character"
    QString table; // "characters_character"
    bool tableExists = false;
    qint64 rows = 0;
    QList<AuditFieldStat> fields; // created_by_id, modified_by_id, created_at, updated_at
    // Share of rows with a NULL in `field` (0 when there are no rows).
    double nullShare(const AuditFieldStat &field) const { return rows > 0 ? double(field.nulls) / double(rows) : 0.0; }
};

namespace Audit {
// The strategy's audit columns (strategy::auditColumns()).
QStringList auditColumns();
// The three strategy models: (model label, table), from strategy::models().
QList<QPair<QString, QString>> models();
// Rows and NULL counts per model, under the read limits of locks.h: a lock held by someone else
// makes it return after the lock timeout with `error` naming the holder (pid, user, query).
QList<ModelAudit> collect(QSqlDatabase &db, QString *error);
// The JSON form of `audit --json` and the report: model, table, table_exists, rows, fields.
QVariantMap toVariant(const ModelAudit &model);
} // namespace Audit

} // namespace gma
