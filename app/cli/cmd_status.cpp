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
    return ms < 0 ? QStringLiteral("-") : format::duration(ms, QLocale());
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
    ctx.out
        << (standby
                ? Cli::tr(
                      "Server: %1, PostgreSQL %2, hot standby (read-only: migrate and rollback run on its "
                      "primary)")
                : Cli::tr("Server: %1, PostgreSQL %2, primary"))
               .arg(ctx.settings.displayName(), info.version)
        << '\n';
    if (standby)
        return Success;
    if (replicas.isEmpty()) {
        ctx.out << Cli::tr("Replicas: none streaming from this server.") << '\n';
        return Success;
    }
    ctx.out << Cli::tr("Replicas (%1):").arg(QLocale().toString(replicas.size())) << '\n';
    for (const ReplicaInfo &r : replicas) {
        ctx.out << "  " << (r.applicationName.isEmpty() ? Cli::tr("(unnamed)") : r.applicationName);
        if (!r.clientAddr.isEmpty())
            ctx.out << " (" << r.clientAddr << ')';
        ctx.out << Cli::tr(": %1, %2; lag write %3, flush %4, replay %5; %6")
                       .arg(r.state, r.syncState, lagText(r.writeLagMs), lagText(r.flushLagMs),
                            lagText(r.replayLagMs),
                            r.bytesBehind < 0
                                ? Cli::tr("bytes behind unknown (needs pg_monitor)")
                                : Cli::tr("%1 behind").arg(format::bytes(r.bytesBehind, QLocale())))
                << '\n';
    }
    return Success;
}

} // namespace

Command statusCommand()
{
    return Command{QStringLiteral("status"), QStringLiteral("status [--json]"),
                   Cli::tr("The server's role (primary or hot standby) and the streaming replicas of a "
                           "primary with their lag: write, flush and replay lag, and the WAL bytes each has "
                           "still to replay (a lag of '-' is not known: idle and caught up)."),
                   addJsonOption, runStatus};
}

} // namespace gma::cli
