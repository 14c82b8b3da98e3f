// Streaming replicas of the primary (pg_stat_replication) and the bounds a paced data step keeps
// them within: how far each is behind in time (write/flush/replay lag) and in bytes of WAL
// (pg_wal_lsn_diff(pg_current_wal_insert_lsn(), replay_lsn): everything the primary has logged,
// also what an asynchronous commit has not written out yet), and whether autovacuum works on a table.
// The standby reports its replay position every wal_receiver_status_interval (10 s by default) and
// when WAL arrives, so a reading is at most that old. Columns other than the name and state need
// pg_monitor (or a superuser); without it the lag reads as unknown and bounds nothing.
// Thread rule: free functions on the caller's connection and thread; the structs are plain values.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "translations.h"

namespace gma {

struct ReplicaInfo
{
    QString applicationName;
    QString clientAddr; // empty over a Unix socket
    QString state;      // "streaming", "catchup", "startup", "backup", "stopping"
    QString syncState;  // "async", "potential", "sync", "quorum"
    qint64 writeLagMs = -1; // -1: unknown (NULL: idle and caught up, or not visible to this role)
    qint64 flushLagMs = -1;
    qint64 replayLagMs = -1;
    qint64 bytesBehind = -1; // of replay; -1: unknown
    // "walreceiver (127.0.0.1) streaming async, replay lag 12 ms, 64.0 KiB behind"
    QString describe() const;
};

// --max-replica-lag: a time ("5s", "500ms"), a size ("64MB", "512kB", bytes) or both ("5s,64MB").
struct ReplicaLagBound
{
    qint64 ms = -1;    // -1: no time bound
    qint64 bytes = -1; // -1: no size bound
    bool isSet() const { return ms >= 0 || bytes >= 0; }
    // false when `text` is neither a duration nor a size (or a comma-separated pair of them).
    static bool parse(const QString &text, ReplicaLagBound *bound);
};

namespace Replicas {
// The primary's replicas as pg_stat_replication shows them (empty on a server without any, and on
// a standby); false with one sentence in *error when it could not be read.
bool list(QSqlDatabase &db, QList<ReplicaInfo> *replicas, QString *error);
// One sentence naming the first replica beyond `bound` ("replica walreceiver is 1.2 MiB behind
// (bound 64.0 KiB)"), empty when all are within it (or their lag is unknown). In the tool's
// language and in English: a run that gives up waiting records it.
Sentence beyond(const QList<ReplicaInfo> &replicas, const ReplicaLagBound &bound);
// true when the server is a hot standby (pg_is_in_recovery()).
bool inRecovery(QSqlDatabase &db);
// The one sentence a run on a hot standby is refused with (migrate, rollback), empty on a primary.
QString standbyRefusal(QSqlDatabase &db);
// "autovacuum is vacuuming items_item (phase scanning heap)" while an autovacuum worker works on
// `table`, else empty. In both languages, as beyond().
Sentence autovacuumOn(QSqlDatabase &db, const QString &table);
} // namespace Replicas

} // namespace gma
