#include "backupcatalogue.h"

#include "format.h"
#include "sqlutil.h"
#include "toolschema.h"

#include <QJsonDocument>

namespace gma {

namespace BackupCatalogue {

namespace {

BackupRecord recordFromRow(const QVariantList &r)
{
    BackupRecord b;
    QString state, counts;
    sql::readRow(r, b.id, b.path, b.format, b.sizeBytes, b.sha256, b.takenAt, b.dbUser, b.serverVersion, state,
                 counts, b.verified, b.note);
    b.migrationState = QJsonDocument::fromJson(state.toUtf8()).toVariant().toList();
    b.rowCounts = QJsonDocument::fromJson(counts.toUtf8()).toVariant().toMap();
    return b;
}

const QString kRecordColumns = QStringLiteral(
    "id, path, format, size_bytes, sha256, taken_at, db_user, server_version, migration_state::text, "
    "row_counts::text, verified, note");

QString table()
{
    return QStringLiteral("%1.backups").arg(QLatin1String(kToolSchema));
}

bool exists(QSqlDatabase &db)
{
    return sql::tableExists(db, QString::fromLatin1(kToolSchema), QStringLiteral("backups"));
}

} // namespace

QList<BackupRecord> list(QSqlDatabase &db, QString *error)
{
    QList<BackupRecord> out;
    if (!exists(db))
        return out;
    const auto rows =
        sql::rows(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY id DESC").arg(kRecordColumns, table()), {}, error);
    for (const QVariantList &r : rows)
        out << recordFromRow(r);
    return out;
}

std::optional<BackupRecord> find(QSqlDatabase &db, qint64 id, QString *error)
{
    if (!exists(db))
        return std::nullopt;
    const auto rows =
        sql::rows(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(kRecordColumns, table()), {id}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return recordFromRow(rows.first());
}

std::optional<BackupRecord> findByPath(QSqlDatabase &db, const QString &path, QString *error)
{
    if (!exists(db))
        return std::nullopt;
    const auto rows = sql::rows(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE path = ? ORDER BY id DESC LIMIT 1").arg(kRecordColumns, table()),
        {path}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return recordFromRow(rows.first());
}

bool add(QSqlDatabase &db, BackupRecord *record, QString *error)
{
    if (!ToolSchema::ensure(db, error))
        return false;
    const QString state =
        QString::fromUtf8(QJsonDocument::fromVariant(record->migrationState).toJson(QJsonDocument::Compact));
    const QString counts =
        QString::fromUtf8(QJsonDocument::fromVariant(record->rowCounts).toJson(QJsonDocument::Compact));
    const auto rows = sql::rows(
        db,
        QStringLiteral("INSERT INTO %1 (path, format, size_bytes, sha256, taken_at, server_version, "
                       "migration_state, row_counts, verified, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, coalesce(?, '')) "
                       "RETURNING id, db_user")
            .arg(table()),
        {record->path, record->format, record->sizeBytes, record->sha256, record->takenAt, record->serverVersion,
         state, counts, record->verified, record->note},
        error);
    if (rows.isEmpty())
        return false;
    record->id = rows.first().at(0).toLongLong();
    record->dbUser = rows.first().at(1).toString();
    return true;
}

bool setVerified(QSqlDatabase &db, qint64 id, bool verified)
{
    return sql::exec(db, QStringLiteral("UPDATE %1 SET verified = ? WHERE id = ?").arg(table()), {verified, id}).ok;
}

QVariantMap toVariant(const BackupRecord &b)
{
    return QVariantMap{{QStringLiteral("id"), b.id},
                       {QStringLiteral("path"), b.path},
                       {QStringLiteral("format"), b.format},
                       {QStringLiteral("size_bytes"), b.sizeBytes},
                       {QStringLiteral("sha256"), b.sha256},
                       {QStringLiteral("taken_at"), format::isoUtc(b.takenAt)},
                       {QStringLiteral("db_user"), b.dbUser},
                       {QStringLiteral("server_version"), b.serverVersion},
                       {QStringLiteral("migration_state"), b.migrationState},
                       {QStringLiteral("row_counts"), b.rowCounts},
                       {QStringLiteral("verified"), b.verified},
                       {QStringLiteral("note"), b.note}};
}

} // namespace BackupCatalogue

} // namespace gma
