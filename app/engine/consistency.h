// Where the live database and what django_migrations records disagree, per app of the strategy:
// a schema that is another stage's (a step applied or undone outside the record: a crashed or
// half-done rollback, a Django run without recording), a schema that is no stage's (a step half
// applied by hand), or a data step whose filled rows are recorded in the tool's populate_log while
// the step is not. Each finding names what disagrees and the command that repairs it, which the
// tool's own checks guard (--fake compares the schema with the contract before recording).
// Thread rule: diagnose() uses the connection passed in, on the thread that owns it; the result is
// a plain value.
#pragma once

#include "catalogue.h"
#include "planner.h"
#include "state.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gma {

struct Disagreement
{
    enum class Kind {
        RanUnrecorded,    // the schema is 0004's, the record 0002's
        UndoneUnrecorded, // the schema is 0002's, the record 0003's or 0004's
        HalfApplied,      // the schema is no stage's
        DataPartWay,      // the data step stopped part-way: filled rows, no record
    };
    Kind kind = Kind::HalfApplied;
    QString app;
    QString table;
    QString recorded;        // the latest recorded migration of the app ("0002_alter_item_options")
    QString recordedStage;   // the contract stage the record implies: "0002", or "0004" for 0003 and 0004
    QString liveStage;       // the stage the live schema matches, empty when it matches none
    QStringList differences; // the live schema against the recorded stage's, one sentence each
    qint64 filledRecords = 0; // populate_log records of the app's data step while it is not recorded
    QString what;            // one sentence: what disagrees
    QString repair;          // the command that makes record and database agree, empty when none is safe
};

// What repairs one disagreement, for a preview and a confirmation before it runs.
struct Repair
{
    enum class Kind {
        None,          // no repair is safe: the sentence says what to do by hand
        Record,        // record the steps the schema shows (Django's migrate APP 0003 --fake)
        Unrecord,      // unrecord what the schema no longer has (migrate APP 0002 --fake)
        Finish,        // run the data step again: it fills the rest (migrate APP)
        UndoLeftovers, // drop what a half-applied schema step left, back to the recorded 0002
    };
    Kind kind = Kind::None;
    QString app;
    QString summary;          // one sentence: what the repair does and what it leaves
    Plan plan;                // Record, Unrecord (run with RunOptions::fake) and Finish
    MigrationKey step;        // UndoLeftovers: the schema step whose leftovers are dropped
    QStringList statements;   // UndoLeftovers: the statements tried, in order (the step's backward SQL)
    QString command;          // the CLI command that does the same
};

namespace Consistency {
// Empty when everything agrees (or the database has no GMA tables); *error when it cannot tell.
QList<Disagreement> diagnose(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
                             QString *error);
// The repair of `d` on `state`. Pure.
Repair repairFor(const Disagreement &d, const MigrationCatalogue &catalogue, const MigrationState &state);
// What UndoLeftovers tries for the schema step `def`, in order: its backward statements.
QStringList leftoverStatements(const MigrationDefinition &def);
// `table`'s live schema against the contract's at `stage` ("0002", "0004"), one sentence per
// difference; *error when the schema cannot be read. Reads on `db` as it is (inside a transaction
// it sees that transaction's changes).
QStringList differencesFrom(QSqlDatabase &db, const QString &table, const QString &stage, QString *error);
} // namespace Consistency

} // namespace gma
