// Locks as the tool meets them: who holds a lock the tool waits for, and the limits under which
// read-only engine work runs (preview, preflight, validation, audit reads, counts), so that a lock
// held by someone else makes it wait a bounded time and then say who holds it instead of hanging.
// Thread rule: free functions and scope objects (ReadGuard, AdvisoryLock) on the thread that owns
// the connection.
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include "translations.h"

namespace gma {

// A session holding a lock (from pg_stat_activity / pg_locks).
struct BlockingSession
{
    int pid = 0;
    QString user;
    QString application;
    QString state;
    QDateTime queryStart;
    QString query;
    // "pid 4711 (user gma, application 'gunicorn', idle in transaction since 2026-12-04T10:00:00):
    // UPDATE ..." in the tool's language and in English (it goes into recorded errors).
    Sentence describe() const;
};

// Sessions other than this one holding locks on `tables`; also sessions holding a lock that
// conflicts with a new or dropped foreign key's lock on a table `tables` reference: the tables
// their foreign keys point to, and `referenced`.
QList<BlockingSession> blockingSessions(QSqlDatabase &db, const QStringList &tables,
                                        const QStringList &referenced = {});

struct ReadLimits
{
    int lockTimeoutMs = 2000;      // per statement waiting for a lock
    int statementTimeoutMs = 120000;
};

// Sets lock_timeout and statement_timeout for the session while it lives, and puts back what
// was there before when it goes. Nested guards are fine (the inner one restores the outer's).
class ReadGuard
{
public:
    explicit ReadGuard(QSqlDatabase &db, const ReadLimits &limits = {});
    ~ReadGuard();
    ReadGuard(const ReadGuard &) = delete;
    ReadGuard &operator=(const ReadGuard &) = delete;

private:
    QSqlDatabase m_db;
    QString m_lockTimeout;
    QString m_statementTimeout;
    bool m_set = false;
};

// A session-level advisory lock held for a scope: take() tries pg_try_advisory_lock, release()
// calls pg_advisory_unlock and checks that it returned true. The destructor releases a lock that
// is still held (without a report: call release() to learn whether it worked).
class AdvisoryLock
{
public:
    AdvisoryLock(QSqlDatabase &db, qint64 key);
    ~AdvisoryLock();
    AdvisoryLock(const AdvisoryLock &) = delete;
    AdvisoryLock &operator=(const AdvisoryLock &) = delete;

    // True when this session now holds the lock. When another session holds it, `holder` gets
    // "pid P, user U, application 'A' from HOST, connected since T" (or "another session"); when
    // the query fails, `error` gets the server's message.
    bool take(QString *holder, QString *error);
    bool held() const { return m_held; }
    // Empty when the lock was released (or never held); else one sentence saying what went wrong.
    QString release();

private:
    QSqlDatabase m_db;
    qint64 m_key;
    bool m_held = false;
};

// Takes the migrator's advisory lock for `lock`'s scope; false with one sentence in `refusal`
// naming the other migrator that holds it (or the server's error). The lock is re-entrant within
// a session: an Executor on the same connection takes it again and releases only its own hold.
bool takeMigratorLock(AdvisoryLock &lock, QString *refusal);

// True for SQLSTATE 55P03 (lock_timeout) .
bool isLockTimeout(const QSqlError &error);
// One sentence for a failed read: for a lock timeout, "... waited N ms for a lock on TABLES held
// by pid P (user U, application A, state) : QUERY"; otherwise the server's message.
QString readFailure(QSqlDatabase &db, const QSqlError &error, const QStringList &tables, const ReadLimits &limits = {});

} // namespace gma
