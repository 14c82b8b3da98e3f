#include "consistency.h"

#include "locks.h"
#include "schemacontract.h"
#include "sqlutil.h"
#include "strategy.h"
#include "toolschema.h"

namespace gma {

namespace {

QList<SchemaEntry> ofTable(const QList<SchemaEntry> &entries, const QString &table)
{
    QList<SchemaEntry> out;
    for (const SchemaEntry &e : entries) {
        if (e.table == table)
            out << e;
    }
    return out;
}

} // namespace

QList<Disagreement> Consistency::diagnose(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                                          const MigrationState &state, QString *error)
{
    Q_UNUSED(catalogue);
    QList<Disagreement> out;
    const ReadGuard limits(db);
    QString introspectError;
    const QList<SchemaEntry> live = Validation::introspect(db, &introspectError);
    if (!introspectError.isEmpty()) {
        *error = QStringLiteral("The live schema cannot be read: %1").arg(introspectError);
        return out;
    }
    const QString baseline = QString::fromLatin1(strategy::kBaselinePrefix);
    const QString after = QString::fromLatin1(strategy::kDataStepPrefix);
    const QList<SchemaEntry> atBaseline = Validation::parseDump(Validation::referenceDump(baseline));
    const QList<SchemaEntry> atAfter = Validation::parseDump(Validation::referenceDump(after));
    const bool toolSchema = ToolSchema::exists(db) && sql::tableExists(db, QLatin1String(kToolSchema),
                                                                      QStringLiteral("populate_log"));
    for (const strategy::Model &m : strategy::models()) {
        int level = 0;
        QString recorded;
        for (auto it = state.applied.cbegin(); it != state.applied.cend(); ++it) {
            if (it.key().app == m.app && it.key().name.left(4).toInt() > level) {
                level = it.key().name.left(4).toInt();
                recorded = it.key().name;
            }
        }
        const QList<SchemaEntry> table = ofTable(live, m.table);
        if (level < baseline.toInt() || table.isEmpty())
            continue; // the contract has no schema below 0002
        Disagreement d;
        d.app = m.app;
        d.table = m.table;
        d.recorded = recorded;
        d.recordedStage = level >= QString::fromLatin1(strategy::kSchemaStepPrefix).toInt() ? after : baseline;
        const QStringList againstBaseline = Validation::compareSchema(table, ofTable(atBaseline, m.table));
        const QStringList againstAfter = Validation::compareSchema(table, ofTable(atAfter, m.table));
        d.liveStage = againstAfter.isEmpty() ? after : againstBaseline.isEmpty() ? baseline : QString();
        if (d.liveStage != d.recordedStage) {
            d.differences = d.recordedStage == after ? againstAfter : againstBaseline;
            if (d.liveStage == after) {
                d.what = QStringLiteral("%1 is recorded at %2, but %3 has the audit columns of 0003 (its schema is the "
                                        "contract's at 0004): the schema step ran without being recorded.")
                             .arg(m.app, recorded, m.table);
                d.repair = QStringLiteral("gma-migrator-cli migrate %1 %2 --fake").arg(m.app, QLatin1String(strategy::kSchemaStepPrefix));
            } else if (d.liveStage == baseline) {
                d.what = QStringLiteral("%1 is recorded at %2, but %3 has the schema of 0002 (no audit columns): the "
                                        "schema step was undone without being unrecorded.")
                             .arg(m.app, recorded, m.table);
                d.repair = QStringLiteral("gma-migrator-cli migrate %1 %2 --fake").arg(m.app, baseline);
            } else {
                d.what = QStringLiteral("%1 is recorded at %2, but %3 matches neither the contract's 0002 nor its 0004 "
                                        "schema: a step was half applied outside the tool (%4). Bring the table to one "
                                        "of them by hand or restore the backup taken before, then record it with "
                                        "--fake.")
                             .arg(m.app, recorded, m.table, d.differences.mid(0, 3).join(QStringLiteral("; ")));
            }
            out << d;
            continue;
        }
        // The schema agrees; a data step that stopped part-way leaves filled rows behind its record.
        if (toolSchema && level == QString::fromLatin1(strategy::kSchemaStepPrefix).toInt()) {
            d.filledRecords = sql::scalar(db,
                                          QStringLiteral("SELECT count(*) FROM %1 WHERE table_name = ?")
                                              .arg(toolTable("populate_log")),
                                          {m.table})
                                  .toLongLong();
            if (d.filledRecords > 0) {
                d.what = QStringLiteral("%1.%2 is not recorded, but %3 batch record(s) of the values it filled in %4 are "
                                        "in %5: the data step stopped part-way. Running it again finishes it; a rollback "
                                        "sets back exactly those values.")
                             .arg(m.app, QLatin1String(strategy::kDataStepPrefix))
                             .arg(d.filledRecords)
                             .arg(m.table, toolTable("populate_log"));
                d.repair = QStringLiteral("gma-migrator-cli migrate %1").arg(m.app);
                out << d;
            }
        }
    }
    return out;
}

} // namespace gma
