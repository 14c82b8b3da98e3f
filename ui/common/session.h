// The current database session of the desktop application: connection settings, server facts,
// and a GUI-thread connection for short read-only queries. Views listen to its signals and do
// their long work on worker threads with connections of their own (settings() gives them what
// they need to open one; the password stays in memory only).
// Thread rule: GUI thread only. database() is the GUI thread's connection; never hand it to
// another thread.
#pragma once

#include "connection.h"

#include <QObject>
#include <QSqlDatabase>

namespace gma::ui {

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens the GUI-thread connection; on failure returns false with error set (one sentence).
    bool open(const ConnectionSettings &settings, ConnectError *error);
    void close();

    bool isConnected() const { return m_connected; }
    const ConnectionSettings &settings() const { return m_settings; }
    const ServerInfo &info() const { return m_info; }
    QSqlDatabase database() const;
    // Re-reads server facts and emits stateChanged() (after a run, a restore, ...).
    void notifyStateChanged();

signals:
    void connected();
    void disconnected();
    // The migration state or data may have changed: views refresh.
    void stateChanged();

private:
    ConnectionSettings m_settings;
    ServerInfo m_info;
    QString m_connectionName;
    bool m_connected = false;
};

} // namespace gma::ui
