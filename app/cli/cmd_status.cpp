// `status`: the server's role (primary or hot standby) and, on a primary, its streaming replicas
// with their lag (pg_stat_replication, replicas.h).
#include "commands.h"

#include "format.h"
#include "replicas.h"

namespace gma::cli {

namespace {

QVariant lagOrNull(qint64 v)
{
    return v < 0 ? QVariant() : QVariant(v);
}

QString lagText(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : format::duration(ms);
}

int runStatus(Context &ctx)
{
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    const ServerInfo info = Database::serverInfo(*db);
    const bool standby = Replicas::inRecovery(*db);
    QList<ReplicaInfo> replicas;
    QString error;
    if (!Replicas::list(*db, &replicas, &error)) {
        ctx.error(error);
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const ReplicaInfo &r : replicas) {
            list << QVariantMap{{QStringLiteral("application_name"), r.applicationName},
                                {QStringLiteral("client_addr"), r.clientAddr},
                                {QStringLiteral("state"), r.state},
                                {QStringLiteral("sync_state"), r.syncState},
                                {QStringLiteral("write_lag_ms"), lagOrNull(r.writeLagMs)},
                                {QStringLiteral("flush_lag_ms"), lagOrNull(r.flushLagMs)},
                                {QStringLiteral("replay_lag_ms"), lagOrNull(r.replayLagMs)},
                                {QStringLiteral("bytes_behind"), lagOrNull(r.bytesBehind)}};
        }
        ctx.out << toJson(QVariantMap{{QStringLiteral("server"), ctx.settings.displayName()},
                                      {QStringLiteral("version"), info.version},
                                      {QStringLiteral("role"), standby ? QStringLiteral("standby") : QStringLiteral("primary")},
                                      {QStringLiteral("replicas"), list}});
        return Success;
    }
    ctx.out << "Server: " << ctx.settings.displayName() << ", PostgreSQL " << info.version << ", "
            << (standby ? "hot standby (read-only: migrate and rollback run on its primary)" : "primary") << '\n';
    if (standby)
        return Success;
    if (replicas.isEmpty()) {
        ctx.out << "Replicas: none streaming from this server.\n";
        return Success;
    }
    ctx.out << "Replicas (" << replicas.size() << "):\n";
    for (const ReplicaInfo &r : replicas) {
        ctx.out << "  " << (r.applicationName.isEmpty() ? QStringLiteral("(unnamed)") : r.applicationName);
        if (!r.clientAddr.isEmpty())
            ctx.out << " (" << r.clientAddr << ')';
        ctx.out << ": " << r.state << ", " << r.syncState << "; lag write " << lagText(r.writeLagMs) << ", flush "
                << lagText(r.flushLagMs) << ", replay " << lagText(r.replayLagMs) << "; "
                << (r.bytesBehind < 0 ? QStringLiteral("bytes behind unknown (needs pg_monitor)")
                                      : format::bytes(r.bytesBehind) + QStringLiteral(" behind"))
                << '\n';
    }
    return Success;
}

} // namespace

Command statusCommand()
{
    return Command{QStringLiteral("status"), QStringLiteral("status [--json]"),
                   QStringLiteral("The server's role (primary or hot standby) and the streaming replicas of a "
                                  "primary with their lag: write, flush and replay lag, and the WAL bytes each has "
                                  "still to replay (a lag of '-' is not known: idle and caught up)."),
                   addJsonOption, runStatus};
}

} // namespace gma::cli
