#include "replicas.h"

#include "format.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariant>

namespace gma {

namespace {

qint64 msOrUnknown(const QVariant &v)
{
    return v.isNull() ? -1 : qint64(v.toDouble());
}

// "64MB", "512kB", "1GB", "65536" (bytes), with or without a space; units of 1024 as PostgreSQL's.
bool parseBytes(const QString &text, qint64 *bytes)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString unit = m.captured(2).toLower();
    double n = m.captured(1).toDouble();
    if (unit.startsWith(QLatin1Char('k')))
        n *= 1024.0;
    else if (unit.startsWith(QLatin1Char('m')))
        n *= 1024.0 * 1024.0;
    else if (unit.startsWith(QLatin1Char('g')))
        n *= 1024.0 * 1024.0 * 1024.0;
    else if (unit.startsWith(QLatin1Char('t')))
        n *= 1024.0 * 1024.0 * 1024.0 * 1024.0;
    *bytes = qint64(n);
    return true;
}

} // namespace

QString ReplicaInfo::describe() const
{
    QString out = applicationName.isEmpty() ? QStringLiteral("(unnamed)") : applicationName;
    if (!clientAddr.isEmpty())
        out += QStringLiteral(" (%1)").arg(clientAddr);
    out += QStringLiteral(" %1 %2").arg(state, syncState);
    if (replayLagMs >= 0)
        out += QStringLiteral(", ") + QCoreApplication::translate("gma::Replicas", "replay lag %1").arg(format::duration(replayLagMs, QLocale()));
    if (bytesBehind >= 0)
        out += QStringLiteral(", ") + QCoreApplication::translate("gma::Replicas", "%1 behind").arg(format::bytes(bytesBehind, QLocale()));
    if (replayLagMs < 0 && bytesBehind < 0)
        out += QStringLiteral(", ") + QCoreApplication::translate("gma::Replicas", "lag unknown");
    return out;
}

bool ReplicaLagBound::parse(const QString &text, ReplicaLagBound *bound)
{
    ReplicaLagBound out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2)
        return false;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        qint64 value = 0;
        // A plain number is bytes; a duration needs its unit ("5s", "500ms", "2min").
        static const QRegularExpression hasTimeUnit(QStringLiteral("(ms|s|min|h)$"));
        if (hasTimeUnit.match(part).hasMatch() && !part.endsWith(QLatin1String("B"), Qt::CaseInsensitive) &&
            format::parseDuration(part, &value)) {
            if (out.ms >= 0)
                return false;
            out.ms = value;
        } else if (parseBytes(part, &value)) {
            if (out.bytes >= 0)
                return false;
            out.bytes = value;
        } else {
            return false;
        }
    }
    *bound = out;
    return true;
}

namespace Replicas {

bool list(QSqlDatabase &db, QList<ReplicaInfo> *replicas, QString *error)
{
    replicas->clear();
    const sql::Rows r = sql::query(
        db, QStringLiteral(
                "SELECT application_name, coalesce(host(client_addr), ''), state, sync_state, "
                "extract(epoch FROM write_lag) * 1000, extract(epoch FROM flush_lag) * 1000, "
                "extract(epoch FROM replay_lag) * 1000, "
                "CASE WHEN pg_is_in_recovery() OR replay_lsn IS NULL THEN NULL "
                "ELSE greatest(pg_wal_lsn_diff(pg_current_wal_insert_lsn(), replay_lsn), 0) END "
                "FROM pg_stat_replication ORDER BY application_name, pid"));
    if (!r.ok) {
        if (error)
            *error = QCoreApplication::translate("gma::Replicas", "The replicas could not be read from pg_stat_replication: %1")
                         .arg(sql::message(r.error));
        return false;
    }
    for (const QVariantList &row : r.rows) {
        ReplicaInfo i;
        i.applicationName = row.value(0).toString();
        i.clientAddr = row.value(1).toString();
        i.state = row.value(2).toString();
        i.syncState = row.value(3).toString();
        i.writeLagMs = msOrUnknown(row.value(4));
        i.flushLagMs = msOrUnknown(row.value(5));
        i.replayLagMs = msOrUnknown(row.value(6));
        i.bytesBehind = row.value(7).isNull() ? -1 : qint64(row.value(7).toDouble());
        replicas->append(i);
    }
    return true;
}

Sentence beyond(const QList<ReplicaInfo> &replicas, const ReplicaLagBound &bound)
{
    for (const ReplicaInfo &i : replicas) {
        const Sentence name = i.applicationName.isEmpty()
                                  ? Sentence::in("gma::Replicas", QT_TRANSLATE_NOOP("gma::Replicas", "(unnamed)"))
                                  : Sentence{i.applicationName, i.applicationName};
        if (bound.bytes >= 0 && i.bytesBehind > bound.bytes)
            return Sentence::in("gma::Replicas", QT_TRANSLATE_NOOP("gma::Replicas", "replica %1 is %2 behind (bound %3)"),
                                name, Sentence::bytes(i.bytesBehind), Sentence::bytes(bound.bytes));
        if (bound.ms >= 0 && i.replayLagMs > bound.ms)
            return Sentence::in("gma::Replicas",
                                QT_TRANSLATE_NOOP("gma::Replicas", "replica %1 replays %2 behind (bound %3)"), name,
                                Sentence::duration(i.replayLagMs), Sentence::duration(bound.ms));
    }
    return {};
}

bool inRecovery(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT pg_is_in_recovery()")).toBool();
}

QString standbyRefusal(QSqlDatabase &db)
{
    if (!inRecovery(db))
        return {};
    return QCoreApplication::translate("gma::Replicas", "The server is a hot standby (it replays its primary's changes and accepts none of its "
                          "own), so nothing was changed: run the migration on the primary server, and the standby "
                          "receives it by replication.");
}

Sentence autovacuumOn(QSqlDatabase &db, const QString &table)
{
    const sql::Rows r = sql::query(db,
                                   QStringLiteral("SELECT v.phase FROM pg_stat_progress_vacuum AS v "
                                                  "JOIN pg_stat_activity AS a ON a.pid = v.pid "
                                                  "WHERE v.relid = to_regclass(?) AND a.backend_type = "
                                                  "'autovacuum worker' LIMIT 1"),
                                   {sql::quoteIdent(table)});
    if (!r.ok || r.rows.isEmpty())
        return {};
    // The phase is the server's word (pg_stat_progress_vacuum.phase: "scanning heap").
    return Sentence::in("gma::Replicas", QT_TRANSLATE_NOOP("gma::Replicas", "autovacuum is vacuuming %1 (phase %2)"),
                        table, r.rows.first().value(0).toString());
}

} // namespace Replicas

} // namespace gma
