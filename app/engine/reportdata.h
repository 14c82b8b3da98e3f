// Everything a validation report shows, collected once as plain values: who and where (never a
// password: the connection is described by ConnectionSettings::displayName()), the migration
// state, the validation checks, audit-field population per model, the tool's run history and the
// backup catalogue (gma_migrator.backups; an empty or missing catalogue is an empty list).
// Thread rule: collect() uses the connection passed in, on its own thread; ReportData is a plain
// value that may be handed to any thread (the writers and the PDF renderer only read it).
#pragma once

#include "audit.h"
#include "backup.h"
#include "catalogue.h"
#include "deploy.h"
#include "toolschema.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace gma {

struct AppStateRow
{
    QString app;
    QString latest; // latest recorded migration name, empty when none
    QDateTime appliedAt;
};

struct ReportData
{
    QString title = QCoreApplication::translate("gma::ReportData", "GMA migration validation report");
    QString connection; // user@host:port/database, never a password
    QString database;
    QString serverVersion;
    QString user;
    QString host;
    QString encryption; // Encryption::text() of the tool's connection: "TLSv1.3, ... (256 bits)" or "not encrypted"
    QDateTime generatedAt; // UTC
    QString toolVersion;
    QString generatedBy;     // the operating-system user and host that generated it (localIdentity)
    QString migrationState;  // StrategyState::summary()
    QList<AppStateRow> apps; // every app of the catalogue
    ValidationResult validation;
    QList<ModelAudit> audit;
    QList<HistoryEntry> history;
    QList<BackupRecord> backups; // BackupCatalogue::list
    QStringList warnings; // parts that could not be collected, one sentence each
    DeploymentRecord deployment; // a deployment report's stages; no stages: a validation report

    // Collects the report around an already-run validation.
    static ReportData collect(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                              const QString &connection, const ValidationResult &validation);
};

} // namespace gma

Q_DECLARE_METATYPE(gma::ReportData)
