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
#include "state.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gma {

struct Disagreement
{
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

namespace Consistency {
// Empty when everything agrees (or the database has no GMA tables); *error when it cannot tell.
QList<Disagreement> diagnose(QSqlDatabase &db, const MigrationCatalogue &catalogue, const MigrationState &state,
                             QString *error);
} // namespace Consistency

} // namespace gma
