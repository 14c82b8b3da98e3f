#include "reportdata.h"

#include "connection.h"
#include "sqlutil.h"
#include "state.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace gma {

ReportData ReportData::collect(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                               const QString &connection, const ValidationResult &validation)
{
    ReportData d;
    d.connection = connection;
    d.generatedAt = QDateTime::currentDateTimeUtc();
    d.toolVersion = localIdentity().toolVersion;
    d.generatedBy = localIdentity().osUser + QLatin1Char('@') + localIdentity().host;
    d.validation = validation;
    const ServerInfo info = Database::serverInfo(db);
    d.database = info.database;
    d.serverVersion = info.version;
    d.user = info.user;
    d.host = info.host;
    d.encryption = info.encryption.text();
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
        d.warnings << QCoreApplication::translate("gma::ReportData",
                                                  "Audit-field population could not be read: %1")
                          .arg(error);
    error.clear();
    d.history = ToolSchema::history(db, 200, &error);
    if (!error.isEmpty())
        d.warnings << QCoreApplication::translate("gma::ReportData", "The run history could not be read: %1")
                          .arg(error);
    error.clear();
    d.backups = BackupCatalogue::list(db, &error);
    if (!error.isEmpty())
        d.warnings << error;
    return d;
}

} // namespace gma
