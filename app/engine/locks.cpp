#include "locks.h"

#include "sqlutil.h"

#include <QCoreApplication>

namespace gma {

namespace {

QString tableArray(const QStringList &tables)
{
    return QLatin1Char('{') + tables.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString currentSetting(QSqlDatabase &db, const QString &name)
{
    return sql::scalar(db, QStringLiteral("SELECT current_setting(?)"), {name}).toString();
}

} // namespace

Sentence BlockingSession::describe() const
{
    QList<Sentence> details;
    details << Sentence::in("gma::Locks", QT_TRANSLATE_NOOP("gma::Locks", "user %1"),
                            user.isEmpty() ? QStringLiteral("?") : user);
    if (!application.isEmpty())
        details << Sentence::in("gma::Locks", QT_TRANSLATE_NOOP("gma::Locks", "application '%1'"), application);
    // The state is the server's word (pg_stat_activity.state: "idle in transaction").
    const Sentence what = state.isEmpty() ? Sentence::in("gma::Locks", QT_TRANSLATE_NOOP("gma::Locks", "unknown state"))
                                          : Sentence{state, state};
    details << (queryStart.isValid()
                    ? Sentence::in("gma::Locks", QT_TRANSLATE_NOOP("gma::Locks", "%1 since %2"), what,
                                   queryStart.toLocalTime().toString(Qt::ISODate))
                    : what);
    const Sentence session = Sentence::in("gma::Locks", QT_TRANSLATE_NOOP("gma::Locks", "pid %1 (%2)"),
                                          QString::number(pid), Sentence::join(details, QStringLiteral(", ")));
    if (query.isEmpty())
        return session;
    const QString shown = query.simplified().left(120);
    return {session.text + QStringLiteral(": ") + shown, session.english + QStringLiteral(": ") + shown};
}

QList<BlockingSession> blockingSessions(QSqlDatabase &db, const QStringList &tables, const QStringList &referenced)
{
    QList<BlockingSession> out;
    // Any lock on the step's own tables conflicts with its ACCESS EXCLUSIVE lock; on a referenced
    // table, adding or dropping a foreign key takes SHARE ROW EXCLUSIVE, which only writers'
    // locks (ROW EXCLUSIVE and up) block: an open transaction that changed a user, typically.
    const auto rows = sql::rows(
        db,
        QStringLiteral("SELECT DISTINCT a.pid, a.usename, a.application_name, a.state, a.query_start, left(a.query, 300) "
                       "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                       "WHERE l.granted AND l.pid <> pg_backend_pid() AND (l.relation IN "
                       "(SELECT to_regclass(x) FROM unnest(?::text[]) AS x) OR (l.mode NOT IN ('AccessShareLock', "
                       "'RowShareLock') AND l.relation IN (SELECT c.confrelid FROM pg_constraint c WHERE c.contype = 'f' "
                       "AND c.conrelid IN (SELECT to_regclass(x) FROM unnest(?::text[]) AS x) UNION "
                       "SELECT to_regclass(x) FROM unnest(?::text[]) AS x))) ORDER BY a.pid"),
        {tableArray(tables), tableArray(tables), tableArray(referenced)});
    for (const QVariantList &r : rows) {
        BlockingSession s;
        sql::readRow(r, s.pid, s.user, s.application, s.state, s.queryStart, s.query);
        out << s;
    }
    return out;
}

ReadGuard::ReadGuard(QSqlDatabase &db, const ReadLimits &limits) : m_db(db)
{
    m_lockTimeout = currentSetting(m_db, QStringLiteral("lock_timeout"));
    m_statementTimeout = currentSetting(m_db, QStringLiteral("statement_timeout"));
    m_set = sql::exec(m_db, QStringLiteral("SELECT set_config('lock_timeout', ?, false), set_config('statement_timeout', ?, false)"),
                      {QStringLiteral("%1ms").arg(limits.lockTimeoutMs), QStringLiteral("%1ms").arg(limits.statementTimeoutMs)})
                .ok;
}

ReadGuard::~ReadGuard()
{
    if (m_set && m_db.isOpen())
        sql::exec(m_db, QStringLiteral("SELECT set_config('lock_timeout', ?, false), set_config('statement_timeout', ?, false)"),
                  {m_lockTimeout, m_statementTimeout});
}

AdvisoryLock::AdvisoryLock(QSqlDatabase &db, qint64 key) : m_db(db), m_key(key) {}

AdvisoryLock::~AdvisoryLock()
{
    release();
}

bool AdvisoryLock::take(QString *holder, QString *error)
{
    QString failure;
    m_held = sql::scalar(m_db, QStringLiteral("SELECT pg_try_advisory_lock(?)"), {m_key}, &failure).toBool();
    if (error)
        *error = failure;
    if (m_held || !holder)
        return m_held;
    const auto rows = sql::rows(
        m_db, QStringLiteral("SELECT a.pid, a.usename, a.application_name, coalesce(a.client_addr::text, 'local'), "
                             "a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                             "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? "
                             "AND l.objsubid = 1"),
        {qint64(m_key >> 32), qint64(m_key & 0xffffffffLL)});
    *holder = QCoreApplication::translate("gma::Locks", "another session");
    if (!rows.isEmpty()) {
        const QVariantList &r = rows.first();
        *holder = QCoreApplication::translate("gma::Locks", "pid %1, user %2, application '%3' from %4, connected since %5")
                      .arg(r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                           r.at(4).toDateTime().toLocalTime().toString(Qt::ISODate));
    }
    return false;
}

QString AdvisoryLock::release()
{
    if (!m_held)
        return QString();
    m_held = false;
    // A session that ended (terminated, the server restarted) took its advisory lock with it.
    if (!m_db.isOpen())
        return QString();
    QString error;
    const QVariant released = sql::scalar(m_db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {m_key}, &error);
    if (!error.isEmpty())
        return QCoreApplication::translate("gma::Locks", "The migrator's advisory lock could not be released (%1); it goes when this "
                              "connection closes.")
            .arg(error);
    if (!released.toBool())
        return QCoreApplication::translate("gma::Locks", "The migrator's advisory lock was no longer held when the run ended (the server "
                              "reported it not held); check that no other run started meanwhile.");
    return QString();
}

bool isLockTimeout(const QSqlError &error)
{
    return sql::isLockTimeoutState(sql::sqlState(error));
}

QString readFailure(QSqlDatabase &db, const QSqlError &error, const QStringList &tables, const ReadLimits &limits)
{
    if (!isLockTimeout(error))
        return sql::message(error);
    QStringList who;
    for (const BlockingSession &s : blockingSessions(db, tables))
        who << s.describe().text;
    return QCoreApplication::translate("gma::Locks", "Waited %1 ms for a lock on %2, held by %3: try again when it is "
                                                     "released.")
        .arg(QLocale().toString(limits.lockTimeoutMs), tables.join(QStringLiteral(", ")),
             who.isEmpty() ? QCoreApplication::translate("gma::Locks", "a session that has since let go")
                           : who.join(QStringLiteral("; ")));
}

bool takeMigratorLock(AdvisoryLock &lock, QString *refusal)
{
    QString holder, error;
    if (lock.take(&holder, &error))
        return true;
    *refusal = !error.isEmpty() ? error
                                : QCoreApplication::translate("gma::Locks", "Another migrator is running on this database (%1): wait for it to "
                                                 "finish.")
                                      .arg(holder);
    return false;
}

} // namespace gma
