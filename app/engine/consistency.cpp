#include "consistency.h"

#include "locks.h"
#include "schemacontract.h"
#include "sqlutil.h"
#include "stepsql.h"
#include "strategy.h"
#include "toolschema.h"

#include <QCoreApplication>

namespace gma {

namespace {

QString spokenSteps(const Plan &plan)
{
    QStringList labels;
    for (const PlanStep &s : plan.steps)
        labels << s.key.label();
    return labels.join(QStringLiteral(", "));
}

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
        *error = QCoreApplication::translate("gma::Consistency", "The live schema cannot be read: %1").arg(introspectError);
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
                d.what = QCoreApplication::translate("gma::Consistency", "%1 is recorded at %2, but %3 has the audit columns of 0003 (its schema is the "
                                        "contract's at 0004): the schema step ran without being recorded.")
                             .arg(m.app, recorded, m.table);
                d.kind = Disagreement::Kind::RanUnrecorded;
                d.repair = QStringLiteral("gma-migrator-cli migrate %1 %2 --fake").arg(m.app, QLatin1String(strategy::kSchemaStepPrefix));
            } else if (d.liveStage == baseline) {
                d.what = QCoreApplication::translate("gma::Consistency", "%1 is recorded at %2, but %3 has the schema of 0002 (no audit columns): the "
                                        "schema step was undone without being unrecorded.")
                             .arg(m.app, recorded, m.table);
                d.kind = Disagreement::Kind::UndoneUnrecorded;
                d.repair = QStringLiteral("gma-migrator-cli migrate %1 %2 --fake").arg(m.app, baseline);
            } else if (d.recordedStage == baseline) {
                d.kind = Disagreement::Kind::HalfApplied;
                const bool online =
                    toolSchema && sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("online_steps")) &&
                    sql::scalar(db,
                                QStringLiteral("SELECT count(*) FROM %1 WHERE app = ? AND direction = 'forward'")
                                    .arg(toolTable("online_steps")),
                                {m.app})
                            .toLongLong() > 0;
                d.what = (online ? QCoreApplication::translate("gma::Consistency", "%1 is recorded at %2, but %3 matches neither the contract's 0002 "
                                                             "nor its 0004 schema: its schema step was begun online and "
                                                             "interrupted (%4). Running the migration again continues it; "
                                                             "dropping what it left brings the table back to 0002 "
                                                             "instead.")
                                 : QCoreApplication::translate("gma::Consistency", "%1 is recorded at %2, but %3 matches neither the contract's 0002 "
                                                             "nor its 0004 schema: its schema step was half applied (%4). "
                                                             "Dropping what it left brings the table back to 0002; running "
                                                             "the migration again then applies it whole."))
                             .arg(m.app, recorded, m.table, d.differences.mid(0, 3).join(QStringLiteral("; ")));
                d.repair = QStringLiteral("gma-migrator-cli repair %1").arg(m.app);
            } else {
                d.kind = Disagreement::Kind::HalfApplied;
                d.what = QCoreApplication::translate("gma::Consistency", "%1 is recorded at %2, but %3 matches neither the contract's 0002 nor its 0004 "
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
                d.what = QCoreApplication::translate("gma::Consistency", "%1.%2 is not recorded, but %Ln batch record(s) of the values it filled "
                                                           "in %3 {is|are} in %4: the data step stopped part-way. "
                                                           "Running it again finishes it; a rollback sets back exactly "
                                                           "those values.",
                                                           nullptr, int(d.filledRecords))
                             .arg(m.app, QLatin1String(strategy::kDataStepPrefix), m.table, toolTable("populate_log"));
                d.kind = Disagreement::Kind::DataPartWay;
                d.repair = QStringLiteral("gma-migrator-cli migrate %1").arg(m.app);
                out << d;
            }
        }
    }
    return out;
}

QStringList Consistency::leftoverStatements(const MigrationDefinition &def)
{
    QStringList statements = renderStep(def, true, QDateTime::currentDateTimeUtc()).sql(RenderedStatement::Role::Schema);
    statements.removeAll(QString());
    return statements;
}

QStringList Consistency::differencesFrom(QSqlDatabase &db, const QString &table, const QString &stage, QString *error)
{
    QString introspectError;
    const QList<SchemaEntry> live = Validation::introspect(db, &introspectError);
    if (!introspectError.isEmpty()) {
        *error = QCoreApplication::translate("gma::Consistency", "The live schema cannot be read: %1").arg(introspectError);
        return {};
    }
    return Validation::compareSchema(ofTable(live, table),
                                     ofTable(Validation::parseDump(Validation::referenceDump(stage)), table));
}

Repair Consistency::repairFor(const Disagreement &d, const MigrationCatalogue &catalogue, const MigrationState &state)
{
    Repair r;
    r.app = d.app;
    r.command = d.repair;
    const QString schemaStep = QString::fromLatin1(strategy::kSchemaStepPrefix);
    const QString baseline = QString::fromLatin1(strategy::kBaselinePrefix);
    PlanError error;
    auto planTo = [&](const QString &target) {
        const auto plan = Planner::migrate(catalogue, state, d.app, target, &error);
        return plan ? *plan : Plan();
    };
    switch (d.kind) {
    case Disagreement::Kind::RanUnrecorded:
        r.kind = Repair::Kind::Record;
        r.plan = planTo(schemaStep);
        r.summary = QCoreApplication::translate("gma::Consistency", "Record %1 as applied without running it: %2 already has its schema. The tool "
                                   "compares the schema with the contract first and refuses if it does not match.")
                        .arg(spokenSteps(r.plan), d.table);
        break;
    case Disagreement::Kind::UndoneUnrecorded:
        r.kind = Repair::Kind::Unrecord;
        r.plan = planTo(baseline);
        r.summary = QCoreApplication::translate("gma::Consistency", "Record %1 as not applied without running it: %2 no longer has its schema. The tool "
                                   "compares the schema with the contract first and refuses if it does not match.")
                        .arg(spokenSteps(r.plan), d.table);
        break;
    case Disagreement::Kind::DataPartWay:
        r.kind = Repair::Kind::Finish;
        r.plan = planTo(QString());
        r.summary = QCoreApplication::translate("gma::Consistency", "Run %1 again: it fills the rows of %2 that are still empty and records the step; "
                                   "what it filled before stays recorded for a rollback.")
                        .arg(spokenSteps(r.plan), d.table);
        break;
    case Disagreement::Kind::HalfApplied: {
        if (d.recordedStage != baseline)
            break;
        for (const MigrationKey &key : catalogue.migrationsOf(d.app)) {
            const MigrationDefinition *def = catalogue.find(key);
            if (key.app == d.app && key.name.startsWith(schemaStep) && def && !def->isData())
                r.step = key;
        }
        const MigrationDefinition *def = catalogue.find(r.step);
        if (!def)
            break;
        r.kind = Repair::Kind::UndoLeftovers;
        r.statements = leftoverStatements(*def);
        r.summary = QCoreApplication::translate("gma::Consistency", "Drop what the half-applied %1 left in %2: its backward statements in one "
                                   "transaction, those with nothing to undo skipped; committed only when %2 then "
                                   "equals the contract's 0002 schema, otherwise nothing is changed. The record stays "
                                   "at %3.")
                        .arg(r.step.label(), d.table, d.recorded);
        break;
    }
    }
    if (r.kind == Repair::Kind::None)
        r.summary = d.what;
    return r;
}

} // namespace gma
