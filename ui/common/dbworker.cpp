#include "dbworker.h"

#include "locks.h"

#include <QMutex>
#include <QMutexLocker>
#include <deque>

namespace gma::ui {

// Lives on the worker thread; owns the connection and the queue of jobs.
class DbWorkerRunner : public QObject
{
public:
    struct Job
    {
        quint64 id = 0;
        QString kind;
        std::function<void(QSqlDatabase &)> fn; // empty: close the connection
        bool stale = false;
        bool needsConnection = true;
    };

    DbWorkerRunner(DbWorker *owner, const QString &name) : m_owner(owner), m_prefix(name) {}

    void setSettings(const ConnectionSettings &settings)
    {
        QMutexLocker lock(&m_mutex);
        m_nextSettings = settings;
        ++m_settingsGeneration;
    }

    // GUI thread: queues a job, making older ones of its kind stale.
    void enqueue(Job job)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (!job.kind.isEmpty())
                markStale(job.kind);
            m_queue.push_back(std::move(job));
        }
        QMetaObject::invokeMethod(this, [this] { drain(); }, Qt::QueuedConnection);
    }

    // GUI thread: every job of `kind` (all with an empty `kind` and `all`) goes stale.
    void cancel(const QString &kind, bool all)
    {
        QMutexLocker lock(&m_mutex);
        if (all) {
            for (Job &j : m_queue)
                j.stale = true;
            if (m_running && m_cancel)
                m_cancel->cancel();
            return;
        }
        markStale(kind);
    }

    // GUI thread: cancels the running statement of a job of `kind`.
    void interrupt(const QString &kind)
    {
        QMutexLocker lock(&m_mutex);
        if (m_running && m_runningKind == kind && m_cancel)
            m_cancel->cancel();
    }

    void closeConnection()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_cancel.reset();
        }
        if (!m_name.isEmpty())
            Database::close(m_name);
        m_name.clear();
    }

private:
    // Under m_mutex.
    void markStale(const QString &kind)
    {
        for (Job &j : m_queue)
            if (j.kind == kind)
                j.stale = true;
        // Cancelled only while the stale job runs: the flag is cleared under the same mutex when
        // it returns, so that the next job's statement is never hit.
        if (m_running && m_runningKind == kind && m_cancel)
            m_cancel->cancel();
    }

    // Worker thread: runs the queued jobs.
    void drain()
    {
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_mutex);
                if (m_queue.empty())
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
                m_running = !job.stale;
                m_runningKind = job.kind;
            }
            ConnectError openError;
            if (!job.fn) {
                closeConnection();
            } else if (!job.stale && !job.needsConnection) {
                QSqlDatabase none;
                job.fn(none);
            } else if (!job.stale) {
                QSqlDatabase db;
                openError = ensureOpen(&db);
                if (!openError.isError())
                    job.fn(db);
            }
            {
                QMutexLocker lock(&m_mutex);
                m_running = false;
            }
            const quint64 id = job.id;
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, id, openError] { owner->finished(id, openError); },
                                      Qt::QueuedConnection);
        }
    }

    // Worker thread: opens the connection if needed.
    ConnectError ensureOpen(QSqlDatabase *db)
    {
        ConnectionSettings settings;
        int generation = 0;
        {
            QMutexLocker lock(&m_mutex);
            settings = m_nextSettings;
            generation = m_settingsGeneration;
        }
        if (!m_name.isEmpty() && generation == m_openGeneration) {
            *db = QSqlDatabase::database(m_name, false);
            if (db->isOpen())
                return {};
        }
        closeConnection();
        ConnectError error;
        const QString name = Database::uniqueName(m_prefix);
        auto opened = Database::open(settings, name, &error);
        if (!opened)
            return error;
        m_name = name;
        m_openGeneration = generation;
        *db = *opened;
        QMutexLocker lock(&m_mutex);
        m_cancel = std::make_unique<CancelHandle>(*db);
        return {};
    }

    DbWorker *m_owner;
    QString m_prefix;
    QString m_name;
    QMutex m_mutex;
    std::deque<Job> m_queue;
    bool m_running = false;
    QString m_runningKind;
    ConnectionSettings m_nextSettings;
    int m_settingsGeneration = 0;
    int m_openGeneration = -1;
    std::unique_ptr<CancelHandle> m_cancel;
};

DbWorker::DbWorker(const QString &name, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<gma::ConnectError>();
    m_runner = new DbWorkerRunner(this, name);
    m_runner->moveToThread(&m_thread);
    // The connection is closed and the runner deleted on the worker thread as it ends.
    DbWorkerRunner *runner = m_runner;
    connect(
        &m_thread, &QThread::finished, runner,
        [runner] {
            runner->closeConnection();
            delete runner;
        },
        Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("gma-") + name);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    stop();
}

void DbWorker::stop()
{
    if (!m_runner)
        return;
    m_runner->cancel(QString(), true);
    m_runner = nullptr;
    m_thread.quit();
    m_thread.wait();
    const bool wasBusy = isBusy();
    m_pending.clear();
    if (wasBusy)
        emit busyChanged(false);
}

void DbWorker::setSettings(const ConnectionSettings &settings)
{
    if (m_runner)
        m_runner->setSettings(settings);
}

void DbWorker::open(QObject *context, const QString &kind,
                    std::function<void(const ServerInfo &, const ConnectError &)> done)
{
    auto info = std::make_shared<ServerInfo>();
    post(context, kind,
         [info](QSqlDatabase &db) {
             ReadGuard guard(db);
             *info = Database::serverInfo(db);
         },
         [done, info](const ConnectError &error) { done(*info, error); });
}

void DbWorker::cancel(const QString &kind)
{
    m_latest.remove(kind);
    if (m_runner)
        m_runner->cancel(kind, false);
}

void DbWorker::interrupt(const QString &kind)
{
    if (m_runner)
        m_runner->interrupt(kind);
}

void DbWorker::reset()
{
    m_latest.clear();
    if (!m_runner)
        return;
    m_runner->cancel(QString(), true);
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
        it->done = nullptr;
    m_runner->enqueue(DbWorkerRunner::Job{++m_nextId, QString(), nullptr, false});
    m_pending.insert(m_nextId, Pending{});
}

bool DbWorker::isBusy(const QString &kind) const
{
    for (const Pending &p : m_pending)
        if (p.kind == kind)
            return true;
    return false;
}

void DbWorker::post(QObject *context, const QString &kind, std::function<void(QSqlDatabase &)> job,
                    std::function<void(const ConnectError &)> done, bool needsConnection)
{
    if (!m_runner)
        return;
    const quint64 id = ++m_nextId;
    if (!kind.isEmpty())
        m_latest.insert(kind, id);
    const bool wasBusy = isBusy();
    m_pending.insert(id, Pending{kind, context, std::move(done)});
    m_runner->enqueue(DbWorkerRunner::Job{id, kind, std::move(job), false, needsConnection});
    if (!wasBusy)
        emit busyChanged(true);
}

void DbWorker::finished(quint64 id, const ConnectError &openError)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending p = *it;
    m_pending.erase(it);
    const bool current = p.kind.isEmpty() || m_latest.value(p.kind) == id;
    if (current && !p.kind.isEmpty())
        m_latest.remove(p.kind);
    if (current && p.done && p.context)
        p.done(openError);
    if (m_pending.isEmpty())
        emit busyChanged(false);
}

} // namespace gma::ui
