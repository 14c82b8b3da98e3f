#include "dbworker.h"

#include <QMutexLocker>
#include <QPointer>

namespace gma::ui {

// Lives on the worker thread; owns the connection.
class DbWorkerRunner : public QObject
{
public:
    explicit DbWorkerRunner(const QString &prefix) : m_prefix(prefix) {}

    void setSettings(const ConnectionSettings &settings)
    {
        QMutexLocker lock(&m_mutex);
        m_nextSettings = settings;
        ++m_settingsGeneration;
    }

    // Worker thread: opens the connection if needed; returns an error sentence on failure.
    QString ensureOpen(QSqlDatabase *db)
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
            return error.message;
        m_name = name;
        m_openGeneration = generation;
        *db = *opened;
        QMutexLocker lock(&m_mutex);
        m_cancel = std::make_unique<CancelHandle>(*db);
        return {};
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

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancel)
            m_cancel->cancel();
    }

private:
    QString m_prefix;
    QString m_name;
    QMutex m_mutex;
    ConnectionSettings m_nextSettings;
    int m_settingsGeneration = 0;
    int m_openGeneration = -1;
    std::unique_ptr<CancelHandle> m_cancel;
};

DbWorker::DbWorker(const QString &prefix, QObject *parent) : QObject(parent)
{
    m_runner = new DbWorkerRunner(prefix);
    m_runner->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("gma-") + prefix);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    m_runner->cancel();
    DbWorkerRunner *runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner] {
            runner->closeConnection();
            delete runner;
        },
        Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::setSettings(const ConnectionSettings &settings)
{
    m_runner->setSettings(settings);
}

void DbWorker::cancel()
{
    m_runner->cancel();
}

void DbWorker::post(std::function<void(QSqlDatabase &)> job, std::function<void(const QString &)> done)
{
    if (m_pending++ == 0)
        emit busyChanged(true);
    DbWorkerRunner *runner = m_runner;
    QPointer<DbWorker> self(this);
    QMetaObject::invokeMethod(
        runner,
        [runner, job, done, self] {
            QSqlDatabase db;
            const QString openError = runner->ensureOpen(&db);
            if (openError.isEmpty())
                job(db);
            // The worker is destroyed only after this thread stopped, so `self` outlives the call
            // unless the result is delivered after destruction began; the queued call is then
            // dropped with its receiver.
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, openError] {
                    if (!self)
                        return;
                    done(openError);
                    if (--self->m_pending == 0)
                        emit self->busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace gma::ui
