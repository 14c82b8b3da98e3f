#include "status.h"

#include <QCoreApplication>

namespace gma {

MigrationRecords readMigrationRecords(QSqlDatabase &db)
{
    MigrationRecords r;
    if (!ToolSchema::exists(db))
        return r;
    r.appliedChecksums = ToolSchema::appliedChecksums(db);
    const QList<HistoryEntry> history = ToolSchema::history(db, 1000);
    for (const HistoryEntry &e : history) { // newest first: keep the first seen
        if (!r.lastRun.contains(e.key))
            r.lastRun.insert(e.key, e);
    }
    return r;
}

MigrationStatusEntry migrationStatus(const MigrationCatalogue &catalogue, const MigrationState &state,
                                     const MigrationRecords &records, const MigrationKey &key)
{
    MigrationStatusEntry e;
    e.key = key;
    const MigrationDefinition *def = catalogue.find(key);
    if (def)
        e.checksum = def->checksum;
    e.appliedChecksum = records.appliedChecksums.value(key);
    if (const auto run = records.lastRun.constFind(key); run != records.lastRun.constEnd())
        e.lastRun = *run;
    e.applied = state.isApplied(key);
    if (e.applied) {
        e.appliedAt = state.applied.value(key);
        e.drift = def && records.appliedChecksums.contains(key) && e.appliedChecksum != def->checksum;
        e.status = e.drift ? MigrationStatus::Drift : MigrationStatus::Applied;
        return e;
    }
    if (e.lastRun && e.lastRun->direction == QLatin1String("forward") &&
        e.lastRun->outcome != QLatin1String("success") && e.lastRun->outcome != QLatin1String("faked")) {
        e.status = MigrationStatus::Failed;
        e.failure = e.lastRun->message;
    }
    return e;
}

MigrationStatusList migrationStatuses(const MigrationCatalogue &catalogue, const MigrationState &state,
                                      const MigrationRecords &records)
{
    MigrationStatusList out;
    for (const MigrationDefinition &d : catalogue.migrations())
        out << migrationStatus(catalogue, state, records, d.key);
    return out;
}

MigrationStatusList readStatus(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                               const MigrationState &state)
{
    return migrationStatuses(catalogue, state, readMigrationRecords(db));
}

QList<MigrationKey> driftedMigrations(const MigrationStatusList &list)
{
    QList<MigrationKey> out;
    for (const MigrationStatusEntry &e : list) {
        if (e.drift)
            out << e.key;
    }
    return out;
}

std::optional<MigrationKey> driftedUndo(const MigrationStatusList &list, const Plan &plan)
{
    const QList<MigrationKey> drifted = driftedMigrations(list);
    for (const PlanStep &s : plan.steps) {
        if (s.backwards && drifted.contains(s.key))
            return s.key;
    }
    return std::nullopt;
}

QString driftRefusal(const MigrationKey &key)
{
    return QCoreApplication::translate("gma::Status", "%1 was applied from a different definition than the one that would undo it "
                          "(checksum drift): review the change, then pass --ignore-drift.")
        .arg(key.label());
}

} // namespace gma
