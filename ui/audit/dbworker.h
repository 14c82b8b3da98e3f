// A worker thread with a database connection of its own, for the data views: jobs run one after
// another on that thread (the connection is opened there with the session's settings on first
// use), and their results come back to the GUI thread through a queued call.
// Thread rule: create, use and destroy on the GUI thread. A job's function runs on the worker
// thread and may only touch the QSqlDatabase it is given and its own captured values; the done
// function runs on the GUI thread. cancel() asks the server to cancel the running statement.
#pragma once

#include "connection.h"

#include <QMutex>
#include <QObject>
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
    explicit DbWorker(const QString &prefix, QObject *parent = nullptr);
    ~DbWorker() override;

    // Settings for the next job's connection; an open connection with other settings is closed.
    void setSettings(const ConnectionSettings &settings);
    // Runs job(db, &error) on the worker thread, then done(result, error) on the GUI thread. When
    // the connection cannot be opened, job is skipped and done gets a default result and the error.
    template <typename Result>
    void run(std::function<Result(QSqlDatabase &, QString *)> job,
             std::function<void(const Result &, const QString &)> done)
    {
        auto result = std::make_shared<Result>();
        auto error = std::make_shared<QString>();
        post([job, result, error](QSqlDatabase &db) { *result = job(db, error.get()); },
             [done, result, error](const QString &openError) {
                 done(*result, openError.isEmpty() ? *error : openError);
             });
    }
    // Cancels the statement running now (if any). Jobs queued after it still run.
    void cancel();
    // True while a job is queued or running.
    bool isBusy() const { return m_pending > 0; }

signals:
    void busyChanged(bool busy);

private:
    void post(std::function<void(QSqlDatabase &)> job, std::function<void(const QString &)> done);

    QThread m_thread;
    DbWorkerRunner *m_runner = nullptr;
    int m_pending = 0;
};

} // namespace gma::ui
