// Opens a connection on a thread of its own to test settings without blocking the GUI.
// Thread rule: construct on the GUI thread, moveToThread(worker), then run() on the worker; the
// done() signal reaches the GUI queued. The connection is opened and closed on the worker.
#pragma once

#include "connection.h"

#include <QObject>

namespace gma::ui {

class ConnectJob : public QObject
{
    Q_OBJECT
public:
    explicit ConnectJob(ConnectionSettings settings) : m_settings(std::move(settings)) {}
    void run();
    // Starts a job on a new thread that deletes itself afterwards; `receiver` gets done().
    template <typename Receiver, typename Slot>
    static void start(const ConnectionSettings &settings, Receiver *receiver, Slot slot);

signals:
    // ok: the connection works; message: the ConnectError sentence or a server summary.
    void done(bool ok, const QString &message, bool authenticationFailed);

private:
    ConnectionSettings m_settings;
};

} // namespace gma::ui

#include <QThread>

template <typename Receiver, typename Slot>
void gma::ui::ConnectJob::start(const ConnectionSettings &settings, Receiver *receiver, Slot slot)
{
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("gma-connect-test"));
    auto *job = new ConnectJob(settings);
    job->moveToThread(thread);
    QObject::connect(thread, &QThread::started, job, &ConnectJob::run);
    QObject::connect(job, &ConnectJob::done, receiver, slot);
    QObject::connect(job, &ConnectJob::done, thread, &QThread::quit);
    QObject::connect(thread, &QThread::finished, job, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
