// The executor's recording without running (RunOptions::fake and fakeInitial, Django's --fake
// and --fake-initial): a faked step writes only its django_migrations row; a migration counts
// as applied already ("soft applied") when it is initial and its tables exist; --fake is refused
// unless the live schema matches the contract's schema for the state that would be recorded.
#include "executor.h"

#include "state.h"
#include "strategy.h"
#include "validation.h"

#include <QElapsedTimer>
#include <QSet>

namespace gma {

StepResult Executor::fakeStep(int index, const MigrationDefinition &def, bool backwards, const RunOptions &options)
{
    StepResult result;
    result.step = {def.key, backwards};
    result.faked = true;
    QElapsedTimer total;
    total.start();
    emit stepStarted(index, result.step, 0);
    emit statementSent(index, DjangoRecorder::recordSql(def.key, backwards));
    QString error;
    result.ok = recordStep(def, backwards, options, &error);
    result.attempts = 1;
    if (!result.ok)
        result.fail(backwards ? QT_TRANSLATE_NOOP("gma::Executor", "%1 could not be unrecorded: %2")
                              : QT_TRANSLATE_NOOP("gma::Executor", "%1 could not be recorded: %2"),
                    def.key.label(), error);
    result.ms = total.elapsed();
    return result;
}

bool Executor::isSoftApplied(const MigrationDefinition &def) const
{
    // Django infers `initial` for a migration with no dependency in its own app.
    for (const MigrationKey &dep : def.dependencies) {
        if (dep.app == def.key.app)
            return false;
    }
    if (def.isData() || def.tables.isEmpty())
        return false;
    QSqlDatabase db = m_db;
    for (const QString &table : def.tables) {
        if (!sql::tableExists(db, QStringLiteral("public"), table))
            return false;
    }
    return true;
}

bool Executor::fakeDrift(const Plan &plan, QStringList *differences, QString *error)
{
    const auto state = MigrationState::read(m_db, error);
    if (!state)
        return false;
    QSet<MigrationKey> recorded;
    for (auto it = state->applied.cbegin(); it != state->applied.cend(); ++it)
        recorded.insert(it.key());
    for (const PlanStep &s : plan.steps) {
        if (s.backwards)
            recorded.remove(s.key);
        else
            recorded.insert(s.key);
    }
    QHash<QString, QList<SchemaEntry>> reference;
    for (const QString &stage : {QString::fromLatin1(strategy::kBaselinePrefix),
                                 QString::fromLatin1(strategy::kDataStepPrefix)})
        reference.insert(stage, Validation::parseDump(Validation::referenceDump(stage)));
    QList<SchemaEntry> expected;
    for (const QString &table : Validation::contractTables()) {
        QString stage = QString::fromLatin1(strategy::kBaselinePrefix);
        if (const strategy::Model *m = strategy::findModel(table)) {
            int level = 0;
            QString name;
            for (const MigrationKey &k : std::as_const(recorded)) {
                if (k.app == m->app && k.name.left(4).toInt() > level) {
                    level = k.name.left(4).toInt();
                    name = k.name;
                }
            }
            if (level < QString::fromLatin1(strategy::kBaselinePrefix).toInt()) {
                *error = tr("The contract has no schema for %1 at %2, so the drift check cannot confirm that the "
                            "live schema matches what would be recorded: compare it by hand, then record it with "
                            "--force.")
                             .arg(m->app, name.isEmpty() ? tr("zero") : name);
                return false;
            }
            if (level >= QString::fromLatin1(strategy::kSchemaStepPrefix).toInt())
                stage = QString::fromLatin1(strategy::kDataStepPrefix);
        }
        for (const SchemaEntry &e : reference.value(stage)) {
            if (e.table == table)
                expected << e;
        }
    }
    const QList<SchemaEntry> actual = Validation::introspect(m_db, error);
    if (!error->isEmpty())
        return false;
    // A production users_user carries more columns and indexes than the contract's.
    *differences = Validation::compareSchema(actual, expected, {strategy::usersTable()});
    return true;
}

} // namespace gma
