// Audit-field population per model: rows and how many lack created_by, modified_by,
// created_at, updated_at.
// Thread rule: functions use the connection passed in, on its own thread.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace gma {

struct AuditFieldStat
{
    QString column;
    bool present = false; // the column exists (after 0003)
    qint64 nulls = 0;
};

// Rows with a NULL created_by_id or modified_by_id once the model's data step (0004) is recorded:
// "late rows", inserted after the data step by code paths without a user (scripts, bulk imports).
// `gma-migrator-cli fill-audit` fills them with the data step's own batches (Executor::fillLateRows).
struct LateRows
{
    QString table;          // "items_item"
    QString dataStep;       // the recorded data step, "0004_populate_audit_fields"; empty: not recorded
    qint64 rows = 0;        // rows with a NULL created_by_id or modified_by_id
    qint64 noCreator = 0;   // of them, created_by_id NULL
    qint64 noModifier = 0;  // of them, modified_by_id NULL
    qint64 newestId = 0;    // the highest id among them (0 when there are none)

    // Late rows there are only after the data step: before it, NULLs are what it fills.
    bool found() const { return !dataStep.isEmpty() && rows > 0; }
    // "42 rows of items_item have no creator (42 no modifier), newest id 100123: added after the data
    // step items.0004_... ran; `gma-migrator-cli fill-audit` fills them."; empty when none were found.
    QString sentence() const;
    // The JSON form: rows, no_creator, no_modifier, newest_id, data_step (null when not recorded).
    QVariantMap toVariant() const;
};

struct ModelAudit
{
    QString model; // "characters.character"
    QString table; // "characters_character"
    bool tableExists = false;
    qint64 rows = 0;
    QList<AuditFieldStat> fields; // created_by_id, modified_by_id, created_at, updated_at
    LateRows late;                // rows still without audit users after the data step
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
// The JSON form of `audit --json` and the report: model, table, table_exists, rows, fields, late_rows.
QVariantMap toVariant(const ModelAudit &model);
// The one query of late rows of `table` (rows, no creator, no modifier, newest id: LateRows::fromRow).
QString lateRowsSql(const QString &table);
// Its result row read into `late` (table and dataStep are the caller's).
void readLateRow(const QVariantList &row, LateRows *late);
// The data step recorded for `app` in django_migrations (its name, "0004_..."), empty when none is.
QString recordedDataStep(QSqlDatabase &db, const QString &app);
} // namespace Audit

} // namespace gma
