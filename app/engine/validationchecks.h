// Validation's checks, each a named function, and the table that lists them in their order (used
// by validation.cpp; not for other callers).
// Thread rule: the functions use the context's connection, on its own thread.
#pragma once

#include "state.h"
#include "validation.h"

#include <QHash>
#include <QSqlError>

namespace gma::Validation {

// What every check reads: the connection inside the run's snapshot, the recorded state and the
// contract's reference entries.
struct Context
{
    QSqlDatabase &db;
    const MigrationCatalogue &catalogue;
    const MigrationState &migrations;
    const StrategyState &state;
    QHash<QString, QString> tableStage;           // table -> "0002"/"0004" when comparable
    QHash<QString, QList<SchemaEntry>> reference; // stage -> entries
    QSqlError lockError;                          // the first lock timeout, which ends the run
    QList<LateRows> lateRows;                     // what the audit-user checks found (ValidationResult::lateRows)

    // Runs one check's query under a savepoint so that an error does not abort the snapshot.
    QList<QVariantList> rows(const QString &statement, QString *error);
    QList<SchemaEntry> referenceFor(const QString &table, const QString &stage) const;
};

// A check: fills in the prepared result (id, name, category) for `subject` (an app or a table).
using CheckFunction = CheckResult (*)(Context &ctx, CheckResult c, const QString &subject);

struct Check
{
    QString id;
    QString name;
    QString category;
    QString label; // what progress shows
    CheckFunction function;
    QString subject;
};

// Every check, in the order they run and are reported.
QList<Check> checkTable();
// "0004" -> 4; 0 for none.
int levelOf(const QString &prefix);

} // namespace gma::Validation
