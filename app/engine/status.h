// The status of each migration, computed in one place for the command line (showmigrations, the
// drift refusal of migrate and rollback) and the desktop app's migration tree: applied or not
// (django_migrations), applied from a definition that has changed since (the checksum the tool
// recorded when it applied it differs from the definition's), or not applied after a failed or
// cancelled forward run (the tool's newest run of it).
// Thread rule: value types and pure functions; readMigrationRecords and readStatus use the
// connection passed in, on the thread that owns it.
#pragma once

#include "catalogue.h"
#include "planner.h"
#include "state.h"
#include "toolschema.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

namespace gma {

enum class MigrationStatus { Pending, Applied, Failed, Drift };

// What the tool recorded of its runs, as far as the status needs it.
struct MigrationRecords
{
    QMap<MigrationKey, QString> appliedChecksums; // checksum of the last successful forward run
    QMap<MigrationKey, HistoryEntry> lastRun;     // newest history entry per migration
};

struct MigrationStatusEntry
{
    MigrationKey key;
    MigrationStatus status = MigrationStatus::Pending;
    bool applied = false;                // recorded in django_migrations (Drift counts as applied)
    QDateTime appliedAt;                 // when, per django_migrations; invalid when not applied
    QString checksum;                    // the definition's checksum now
    QString appliedChecksum;             // the checksum it was applied with by the tool; empty when unknown
    bool drift = false;                  // applied, and the two checksums differ
    std::optional<HistoryEntry> lastRun; // the tool's newest run of it
    QString failure;                     // the message of that run when the status is Failed
};
using MigrationStatusList = QList<MigrationStatusEntry>;

// Empty records when the tool's schema does not exist yet.
MigrationRecords readMigrationRecords(QSqlDatabase &db);

MigrationStatusEntry migrationStatus(const MigrationCatalogue &catalogue, const MigrationState &state,
                                     const MigrationRecords &records, const MigrationKey &key);
// One entry per migration of the catalogue, in the catalogue's order.
MigrationStatusList migrationStatuses(const MigrationCatalogue &catalogue, const MigrationState &state,
                                      const MigrationRecords &records);
// readMigrationRecords, then migrationStatuses.
MigrationStatusList readStatus(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                               const MigrationState &state);
// The migrations of `list` applied from a definition that has changed since, in its order.
QList<MigrationKey> driftedMigrations(const MigrationStatusList &list);
// The first step of `plan` that would unapply a migration applied from a different definition
// (its backward SQL may not undo what ran), or nullopt.
std::optional<MigrationKey> driftedUndo(const MigrationStatusList &list, const Plan &plan);
// The sentence that refuses such a step.
QString driftRefusal(const MigrationKey &key);

} // namespace gma
