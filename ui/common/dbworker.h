// The one way the desktop application does database work: a QThread with a named QSqlDatabase
// connection of its own, opened on that thread with the settings given (on first use, again
// after the settings changed). Jobs run one after another on that thread; each one's done
// function is delivered queued on the GUI thread.
// Every job has a kind (a string key, e.g. "tree.refresh"): a newer job of the same kind makes an
// older one stale. A stale job still queued is skipped; a stale job running has its statement
// cancelled on the server (PQcancel); the done function of a stale job is never delivered. An
// empty kind never goes stale.
// Thread rule: create, use and destroy on the GUI thread. A job's function runs on the worker
// thread and may only touch the QSqlDatabase it is given and values it captured (never `this`
// of a widget); the done function runs on the GUI thread, and only while `context` lives.
// Read-only jobs wrap their engine calls in gma::ReadGuard (locks.h), so that a lock held by
// someone else costs at most the lock timeout and the error names the holder.
#pragma once

#include "connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>

namespace gma::ui {

class DbWorkerRunner;

class DbWorker : public QObject
{
    Q_OBJECT
public:
    // `name` names the thread ("gma-<name>") and the connection.
    explicit DbWorker(const QString &name, QObject *parent = nullptr);
    ~DbWorker() override;

    // Settings for the next job's connection; an open connection with other settings is closed.
    void setSettings(const ConnectionSettings &settings);

    // Runs job(db, &error) on the worker thread, then done(result, error) on the GUI thread. When
    // the connection cannot be opened, job is skipped and done gets a default result and the error.
    template <typename Result>
    void run(QObject *context, const QString &kind, std::function<Result(QSqlDatabase &, QString *)> job,
             std::function<void(const Result &, const QString &)> done)
    {
        auto result = std::make_shared<Result>();
        auto error = std::make_shared<QString>();
        post(context, kind, [job, result, error](QSqlDatabase &db) { *result = job(db, error.get()); },
             [done, result, error](const ConnectError &openError) {
                 done(*result, openError.isError() ? openError.message : *error);
             });
    }
    // The same for a job that opens its own connections (a fleet's rollout, one per target): it
    // runs on the worker thread, in turn with the others, without the worker's connection.
    template <typename Result>
    void runDetached(QObject *context, const QString &kind, std::function<Result()> job,
                     std::function<void(const Result &)> done)
    {
        auto result = std::make_shared<Result>();
        post(
            context, kind, [job, result](QSqlDatabase &) { *result = job(); },
            [done, result](const ConnectError &) { done(*result); }, false);
    }
    // Opens the connection now (or checks the open one) and reads the server's facts.
    void open(QObject *context, const QString &kind,
              std::function<void(const ServerInfo &info, const ConnectError &error)> done);

    // Makes every job of `kind` stale: skipped if queued, cancelled on the server if running; no
    // done function of theirs is delivered.
    void cancel(const QString &kind);
    // Cancels on the server the statement a running job of `kind` runs now; the job goes on (it
    // sees the error) and its done function is delivered as usual.
    void interrupt(const QString &kind);
    // The same for every job, then closes the connection (until the next job).
    void reset();
    // Stops the thread after the running job (cancelled on the server first); queued jobs are
    // dropped. Blocks; for shutting down.
    void stop();

    // For a job's progress: runs fn(target) on the GUI thread while `target` lives. Callable from
    // a job on the worker thread: the pointer is only read on the GUI thread.
    template <typename Target, typename Fn>
    static void toGui(const QPointer<Target> &target, Fn fn)
    {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [target, fn] {
                if (target)
                    fn(target.data());
            },
            Qt::QueuedConnection);
    }

    // True while a job is queued or running (of `kind`, when given).
    bool isBusy() const { return !m_pending.isEmpty(); }
    bool isBusy(const QString &kind) const;

signals:
    void busyChanged(bool busy);

private:
    friend class DbWorkerRunner;
    void post(QObject *context, const QString &kind, std::function<void(QSqlDatabase &)> job,
              std::function<void(const ConnectError &)> done, bool needsConnection = true);
    void finished(quint64 id, const ConnectError &openError);

    struct Pending
    {
        QString kind;
        QPointer<QObject> context;
        std::function<void(const ConnectError &)> done;
    };

    QThread m_thread;
    DbWorkerRunner *m_runner = nullptr;
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_pending;
    QHash<QString, quint64> m_latest; // per kind: the job whose result is wanted
};

} // namespace gma::ui

Q_DECLARE_METATYPE(gma::ConnectError)
