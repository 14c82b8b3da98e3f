#include "reportdata.h"

#include "connection.h"
#include "sqlutil.h"
#include "state.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gma {

namespace Backups {

QList<ReportBackup> list(QSqlDatabase &db, QString *error)
{
    QList<ReportBackup> out;
    if (!sql::tableExists(db, QString::fromLatin1(kToolSchema), QStringLiteral("backups")))
        return out;
    QString err;
    const auto rows =
        sql::rows(db,
                  QStringLiteral("SELECT id, path, format, size_bytes, sha256, taken_at, db_user, "
                                 "server_version, migration_state::text, row_counts::text, verified, note "
                                 "FROM gma_migrator.backups ORDER BY taken_at DESC, id DESC"),
                  {}, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = QStringLiteral("Cannot read the backup catalogue: %1").arg(err);
        return out;
    }
    for (const QVariantList &r : rows) {
        ReportBackup b;
        b.id = r.at(0).toLongLong();
        b.path = r.at(1).toString();
        b.format = r.at(2).toString();
        b.sizeBytes = r.at(3).toLongLong();
        b.sha256 = r.at(4).toString();
        b.takenAt = r.at(5).toDateTime().toUTC();
        b.dbUser = r.at(6).toString();
        b.serverVersion = r.at(7).toString();
        b.migrationState = QString::fromUtf8(
            QJsonDocument::fromJson(r.at(8).toString().toUtf8()).toJson(QJsonDocument::Compact));
        QJsonObject counts = QJsonDocument::fromJson(r.at(9).toString().toUtf8()).object();
        if (counts.value(QStringLiteral("tables")).isObject())
            counts = counts.value(QStringLiteral("tables")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const QJsonValue v = it.value();
            if (v.isDouble() || v.isString())
                b.rowCounts.insert(it.key(), v.isString() ? v.toString().toLongLong() : qint64(v.toDouble()));
        }
        b.verified = r.at(10).toBool();
        b.note = r.at(11).toString();
        out << b;
    }
    return out;
}

} // namespace Backups

ReportData ReportData::collect(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                               const QString &connection, const ValidationResult &validation)
{
    ReportData d;
    d.connection = connection;
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.toolVersion = QStringLiteral(GMA_VERSION);
    d.validation = validation;
    const ServerInfo info = Database::serverInfo(db);
    d.database = info.database;
    d.serverVersion = info.version;
    d.user = info.user;
    d.host = info.host;
    d.migrationState =
        validation.state.apps.isEmpty() ? QStringLiteral("unknown") : validation.state.summary();

    QString error;
    const auto state = MigrationState::read(db, &error);
    if (state) {
        for (const QString &app : catalogue.apps()) {
            AppStateRow row;
            row.app = app;
            for (const MigrationKey &key : catalogue.migrationsOf(app)) {
                if (state->isApplied(key)) {
                    row.latest = key.name;
                    row.appliedAt = state->applied.value(key).toUTC();
                }
            }
            d.apps << row;
        }
    } else {
        d.warnings << error;
    }
    error.clear();
    d.audit = Audit::collect(db, &error);
    if (!error.isEmpty())
        d.warnings << QStringLiteral("Audit-field population could not be read: %1").arg(error);
    error.clear();
    d.history = ToolSchema::history(db, 200, &error);
    if (!error.isEmpty())
        d.warnings << QStringLiteral("The run history could not be read: %1").arg(error);
    error.clear();
    d.backups = Backups::list(db, &error);
    if (!error.isEmpty())
        d.warnings << error;
    return d;
}

} // namespace gma
