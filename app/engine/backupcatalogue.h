// The catalogue of the backups taken (gma_migrator.backups): what each backup holds (path, format,
// size, SHA-256, migration state and row counts at that moment) and whether it was verified.
// Thread rule: free functions; they use the connection passed in, on its own thread. BackupRecord
// is a plain value.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <optional>

namespace gma {

// One row of gma_migrator.backups.
struct BackupRecord
{
    qint64 id = 0; // 0: not recorded
    QString path;
    QString format;
    qint64 sizeBytes = 0;
    QString sha256; // of the file; for a directory backup, of its files' names and checksums
    QDateTime takenAt;
    QString dbUser;
    QString serverVersion;
    QVariantList migrationState; // django_migrations rows: {id, app, name, applied}
    QVariantMap rowCounts;       // {"characters_character": N, ...} for the GMA tables present
    bool verified = false;
    QString note;
};

namespace BackupCatalogue {
// The rows of gma_migrator.backups, newest first; empty when the catalogue does not exist yet.
QList<BackupRecord> list(QSqlDatabase &db, QString *error = nullptr);
// Backup #id; nullopt when there is none (or no catalogue).
std::optional<BackupRecord> find(QSqlDatabase &db, qint64 id, QString *error = nullptr);
// The newest row for the file at `path`; nullopt when there is none.
std::optional<BackupRecord> findByPath(QSqlDatabase &db, const QString &path, QString *error = nullptr);
// Adds `record` (creating the tool's schema when needed); sets its id and dbUser.
bool add(QSqlDatabase &db, BackupRecord *record, QString *error);
bool setVerified(QSqlDatabase &db, qint64 id, bool verified);
// The JSON form of `backups --json` and the report (times in UTC, ISO 8601).
QVariantMap toVariant(const BackupRecord &record);
} // namespace BackupCatalogue

} // namespace gma
