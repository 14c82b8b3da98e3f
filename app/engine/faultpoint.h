// Fault points: places in a run where a test of the tool's reliability stops the Executor, so that
// it can be hit there (its backend terminated, its process killed, the server restarted) at a
// point chosen deterministically rather than by timing. Off unless both variables are set:
//   GMA_FAULT_POINT  "APP.MIGRATION:statement:N"  before the N-th statement (1-based) the step sends
//                                                 (a schema step: inside its transaction)
//                    "APP.MIGRATION:batch:N"      after the N-th batch of a data step committed
//   GMA_FAULT_FILE   a file the Executor creates at the point, holding the pid of its server
//                    session; it waits until the file is removed (at most 120 s), then goes on.
// Thread rule: attach() on the Executor's thread; the hooks run there, on its signals.
#pragma once

#include <QSqlDatabase>

namespace gma {

class Executor;

namespace FaultPoint {
// Arms the fault point named in the environment on `executor`, whose connection is `db`.
void attach(Executor *executor, QSqlDatabase db);
} // namespace FaultPoint

} // namespace gma
