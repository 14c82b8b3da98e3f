// The preflight checks that read only pg_locks and pg_stat_activity (they never wait for a
// lock, so they run first): sessions holding locks the plan needs, and long transactions.
#include "preflightchecks.h"

#include "planner.h"
#include "format.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

namespace gma::preflightcheck {

QString timeText(const QVariant &v)
{
    const QDateTime t = v.toDateTime();
    return t.isValid() ? format::utcTime(t) : QString();
}

QList<QStringList> toText(const QList<QVariantList> &rows)
{
    QList<QStringList> out;
    for (const QVariantList &r : rows) {
        QStringList line;
        for (const QVariant &v : r)
            line << (v.metaType().id() == QMetaType::QDateTime ? timeText(v) : v.toString());
        out << line;
    }
    return out;
}

// The SQL statements of a step in the given direction (data steps have none of their own).
QList<QPair<QString, QString>> statementsOf(const MigrationDefinition &def, bool backwards)
{
    QList<QPair<QString, QString>> out; // (operation, statement)
    for (const SqlOperation &op : def.operations(backwards)) {
        for (const QString &s : op.statements)
            out << qMakePair(op.description, s);
    }
    return out;
}

int CheckBase::limit() const
{
    return m_options.detailLimit > 0 ? m_options.detailLimit : std::numeric_limits<int>::max();
}

void CheckBase::ran(const char *id)
{
    const QString s = QString::fromLatin1(id);
    if (!m_report.checksRun.contains(s))
        m_report.checksRun << s;
}

QMap<QString, LockMode> SessionChecks::neededLocks() const
{
    QMap<QString, LockMode> needed;
    auto want = [&](const QString &table, LockMode mode) {
        if (table.isEmpty() || table.contains(QLatin1Char('.')))
            return;
        if (int(mode) > int(needed.value(table, LockMode::None)))
            needed.insert(table, mode);
    };
    const QHash<QString, QString> fkTargets = Preview::foreignKeyTargets(m_catalogue);
    for (const PlanStep &step : m_plan.steps) {
        const MigrationDefinition *def = m_catalogue.find(step.key);
        if (!def)
            continue;
        if (def->isData()) {
            want(def->populate.table, LockMode::RowExclusive);
            want(def->populate.viaTable, LockMode::AccessShare);
            continue;
        }
        for (const auto &[operation, statement] : statementsOf(*def, step.backwards)) {
            const StatementImpact s = Preview::classify(statement, fkTargets);
            want(s.table, s.lock);
            for (const TableLock &l : s.otherLocks)
                want(l.table, l.mode);
        }
    }
    if (m_plan.isEmpty()) {
        // No plan: what the schema steps of the strategy would need.
        for (const QString &app : Planner::strategyApps()) {
            for (const MigrationKey &k : m_catalogue.migrationsOf(app)) {
                for (const QString &t : m_catalogue.find(k)->tables)
                    want(t, LockMode::AccessExclusive);
            }
        }
    }
    return needed;
}

namespace {

// One session's lock on one of the plan's tables, as one sample saw it.
struct SeenLock
{
    QStringList row; // the finding's columns
    QString pid;
    QString who;     // "pid P (user U, application 'A', client C)"
    QString doing;   // "idle in transaction for 4.2 s holding ACCESS SHARE on items_item"
    qint64 ageMs = 0; // how long the transaction (holder) or the wait (waiter) has lasted
    bool granted = true;
};

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("gma::Preflight", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

// Samples pg_locks a few times over a short window (at most kSamples, kIntervalMs apart): a lock
// the application holds for a few milliseconds is gone by the next sample and is absorbed by the
// run's lock timeout and retries; what blocks a run is a session seen in two samples running
// whose transaction (holding) or wait (waiting) has lasted longer than the run's lock timeout.
void SessionChecks::lockHolders()
{
    ran("lock-holders");
    const QMap<QString, LockMode> needed = neededLocks();
    if (needed.isEmpty())
        return;
    constexpr int kSamples = 5;
    constexpr int kIntervalMs = 300;
    const QStringList tables = needed.keys();
    const QString listSql =
        QStringLiteral("SELECT a.pid, a.usename, a.application_name, coalesce(host(a.client_addr), 'local'), "
                       "a.state, a.xact_start, a.query_start, c.relname, l.mode, l.granted, "
                       "floor(extract(epoch FROM clock_timestamp() - a.xact_start) * 1000)::bigint, "
                       "floor(extract(epoch FROM clock_timestamp() - a.state_change) * 1000)::bigint, "
                       "left(a.query, 200) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid JOIN "
                       "pg_class c ON c.oid = "
                       "l.relation WHERE l.locktype = 'relation' AND l.pid <> "
                       "pg_backend_pid() AND l.database = "
                       "(SELECT oid FROM pg_database WHERE datname = current_database()) AND "
                       "c.relnamespace = 'public'::regnamespace "
                       "AND (a.backend_type <> 'autovacuum worker' OR a.query LIKE '%wraparound%') "
                       // The tool's own connections (the desktop views' short reads): they let go
                       // at once, and a second migrator is kept out by the advisory lock.
                       "AND a.application_name IS DISTINCT FROM current_setting('application_name') "
                       "AND c.relname = ANY (%1) ORDER BY a.pid, c.relname");
    const QVariantList bound{QLatin1Char('{') + tables.join(QLatin1Char(',')) + QLatin1Char('}')};
    // A sample: the conflicting locks by "pid/xact_start/table/granted".
    auto sample = [&] {
        QMap<QString, SeenLock> seen;
        for (const QVariantList &r : sql::rows(m_db, listSql.arg(QStringLiteral("?::text[]")), bound)) {
            const QString table = r.at(7).toString();
            const LockMode mode = lockModeFromPg(r.at(8).toString());
            if (!lockModesConflict(mode, needed.value(table)))
                continue;
            SeenLock s;
            s.granted = r.at(9).toBool();
            s.pid = r.at(0).toString();
            s.ageMs = s.granted ? r.at(10).toLongLong() : r.at(11).toLongLong();
            const QString state = r.at(4).toString();
            s.who = QCoreApplication::translate("gma::Preflight", "pid %1 (user %2, application '%3', client %4)")
                        .arg(s.pid, r.at(1).toString(), r.at(2).toString(), r.at(3).toString());
            s.doing = s.granted ? QCoreApplication::translate("gma::Preflight", "%1, its transaction open for %2, holding %3 on %4")
                                      .arg(state, seconds(r.at(10).toLongLong()), lockModeName(mode), table)
                                : QCoreApplication::translate("gma::Preflight", "waiting for %1 on %2 for %3")
                                      .arg(lockModeName(mode), table, seconds(s.ageMs));
            s.row = QStringList{s.pid,
                                r.at(1).toString(),
                                r.at(2).toString(),
                                state,
                                timeText(r.at(5)),
                                timeText(r.at(6)),
                                table,
                                s.granted ? lockModeName(mode) : QCoreApplication::translate("gma::Preflight", "waits for %1").arg(lockModeName(mode)),
                                lockModeName(needed.value(table)),
                                r.at(12).toString(),
                                r.at(3).toString(),
                                seconds(s.ageMs)};
            seen.insert(s.pid + QLatin1Char('/') + timeText(r.at(5)) + QLatin1Char('/') + table +
                            (s.granted ? QStringLiteral("/held") : QStringLiteral("/wait")),
                        s);
        }
        return seen;
    };
    QMap<QString, SeenLock> previous = sample();
    QSet<QString> shortPids; // sessions seen holding briefly
    QMap<QString, SeenLock> blockers;
    for (int i = 1; i < kSamples && !previous.isEmpty(); ++i) {
        QThread::msleep(kIntervalMs);
        const QMap<QString, SeenLock> now = sample();
        blockers.clear();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (previous.contains(it.key()) && it->ageMs > m_options.lockTimeoutMs)
                blockers.insert(it.key(), *it);
        }
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (!now.contains(it.key()))
                shortPids.insert(it->pid);
        }
        previous = now;
        // Nothing more to learn once every lock seen is a blocker.
        if (!blockers.isEmpty() && blockers.size() == now.size())
            break;
    }
    for (const SeenLock &s : std::as_const(previous))
        shortPids.insert(s.pid); // still there but younger than the lock timeout (blockers removed below)
    QStringList literals;
    for (const QString &t : tables)
        literals << sql::quoteLiteral(t);
    PreflightFinding f;
    f.checkId = QStringLiteral("lock-holders");
    f.columns = {QStringLiteral("pid"),       QStringLiteral("user"),       QStringLiteral("application"),
                 QStringLiteral("state"),     QStringLiteral("xact_start"), QStringLiteral("query_start"),
                 QStringLiteral("table"),     QStringLiteral("holds"),      QStringLiteral("plan needs"),
                 QStringLiteral("query"),     QStringLiteral("client"),     QStringLiteral("for")};
    f.query = listSql.arg(QStringLiteral("ARRAY[%1]").arg(literals.join(QStringLiteral(", ")))) +
              QLatin1Char(';');
    if (blockers.isEmpty()) {
        if (shortPids.isEmpty())
            return;
        // Short application transactions: the run's lock timeout and retries absorb them.
        f.severity = Severity::Info;
        f.message = QCoreApplication::translate("gma::Preflight", "%Ln application session(s) held locks on the plan's tables "
                                                            "only briefly while sampled (none for longer than the "
                                                            "run's lock timeout of %1 ms): the run waits for them "
                                                            "within its lock timeout and retries.",
                                                            nullptr, int(shortPids.size()))
                        .arg(QLocale().toString(m_options.lockTimeoutMs));
        f.query.clear();
        add(f);
        return;
    }
    QStringList who;
    QSet<QString> pids;
    for (const SeenLock &s : std::as_const(blockers)) {
        f.rows << s.row;
        if (!pids.contains(s.pid)) {
            pids.insert(s.pid);
            who << QCoreApplication::translate("gma::Preflight", "%1, %2, last query: %3")
                       .arg(s.who, s.doing, s.row.at(9).simplified().left(80));
        }
        shortPids.remove(s.pid);
    }
    f.severity = m_options.dryRun ? Severity::Warning : Severity::Error;
    f.message = QCoreApplication::translate("gma::Preflight", "%Ln session(s) {holds or waits for|hold or wait for} locks on the "
                                                  "plan's tables for longer than the run's lock timeout of %1 "
                                                  "ms, so its statements would wait and queue the "
                                                  "application's queries behind them: %2. Let {it|them} "
                                                  "finish, or end {it|them} (SELECT "
                                                  "pg_terminate_backend(pid)), then retry.",
                                                  nullptr, int(pids.size()))
                    .arg(QLocale().toString(m_options.lockTimeoutMs), who.join(QStringLiteral("; ")));
    if (!shortPids.isEmpty())
        f.message += QLatin1Char(' ') + QCoreApplication::translate("gma::Preflight", "(%Ln other session(s) held locks only briefly: "
                                                                          "those the run absorbs.)",
                                                                          nullptr, int(shortPids.size()));
    if (m_options.dryRun)
        f.message += QLatin1Char(' ') +
                     QCoreApplication::translate("gma::Preflight", "(The rehearsal still runs: it waits at most --lock-timeout "
                                                                 "per attempt.)");
    f.totalRows = f.rows.size();
    f.rows = f.rows.mid(0, limit());
    add(f);
}

void SessionChecks::longTransactions()
{
    ran("long-transactions");
    const QString listSql = QStringLiteral(
        "SELECT pid, usename, application_name, state, xact_start, query_start, "
        "floor(extract(epoch FROM now() - xact_start))::bigint, left(query, 200) FROM "
        "pg_stat_activity WHERE "
        "datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' "
        "AND xact_start < now() "
        "- make_interval(secs => %1) "
        "ORDER BY xact_start");
    const auto rows =
        sql::rows(m_db, listSql.arg(QStringLiteral("?")), {m_options.longTransactionSeconds});
    if (rows.isEmpty())
        return;
    PreflightFinding f;
    f.checkId = QStringLiteral("long-transactions");
    f.severity = Severity::Warning;
    QStringList who;
    for (const QVariantList &r : rows) {
        f.rows << QStringList{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                              r.at(3).toString(), timeText(r.at(4)),  timeText(r.at(5)),
                              r.at(6).toString(), r.at(7).toString()};
        who << QCoreApplication::translate("gma::Preflight", "pid %1 ('%2', %3 s)")
                   .arg(r.at(0).toString(), r.at(2).toString(), r.at(6).toString());
    }
    f.message = QCoreApplication::translate("gma::Preflight", "%Ln transaction(s) in this database {has|have} been open longer "
                                                  "than %1 s (%2): if {it touches|they touch} the plan's tables "
                                                  "while the schema step waits for its lock, the application's "
                                                  "queries queue behind; prefer a quiet moment.",
                                                  nullptr, int(rows.size()))
                    .arg(QLocale().toString(m_options.longTransactionSeconds), who.mid(0, 5).join(QStringLiteral(", ")));
    f.columns = {QStringLiteral("pid"),      QStringLiteral("user"),       QStringLiteral("application"),
                 QStringLiteral("state"),    QStringLiteral("xact_start"), QStringLiteral("query_start"),
                 QStringLiteral("open (s)"), QStringLiteral("query")};
    f.totalRows = f.rows.size();
    f.rows = f.rows.mid(0, limit());
    f.query = listSql.arg(m_options.longTransactionSeconds) + QLatin1Char(';');
    add(f);
}

} // namespace gma::preflightcheck
