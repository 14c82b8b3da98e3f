// The current database session of the desktop application: connection settings, server facts,
// and the workers that do all of its database work (the GUI thread holds no connection).
// A window holds three server connections, one per worker, each opened on its own thread:
//   tree  ("gma-tree"): connecting, the migration tree, server facts, plan descriptions with row
//                       counts, the preview's impact and preflight analysis, the pg_dump check;
//   data  ("gma-data"): the data views (audit fields, history, backups, validation);
//   run   ("gma-run"):  runs (preflight, backup record, the Executor).
// pg_dump and pg_restore are child processes with connections of their own while they run.
// open() is asynchronous: it connects on the tree worker and emits connected() or connectFailed().
// Thread rule: GUI thread only. The password stays in memory only.
#pragma once

#include "connection.h"
#include "dbworker.h"

#include <QObject>

namespace gma::ui {

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Connects on the tree worker (the open session, if any, is closed first); then connected()
    // or connectFailed() with the one-sentence error.
    void open(const ConnectionSettings &settings);
    void close();
    // Stops the workers (blocking: the running statements are cancelled first); for shutting down.
    void stopWorkers();

    bool isConnected() const { return m_connected; }
    bool isConnecting() const { return m_connecting; }
    const ConnectionSettings &settings() const { return m_settings; }
    const ServerInfo &info() const { return m_info; }
    DbWorker *treeWorker() const { return m_tree; }
    DbWorker *dataWorker() const { return m_data; }
    DbWorker *runWorker() const { return m_run; }
    // Re-reads server facts on the tree worker, then emits stateChanged() (after a run, a restore, ...).
    void notifyStateChanged();

signals:
    void connected();
    void connectFailed(const gma::ConnectError &error);
    void disconnected();
    // The migration state or data may have changed: views refresh.
    void stateChanged();

private:
    DbWorker *m_tree;
    DbWorker *m_data;
    DbWorker *m_run;
    ConnectionSettings m_settings;
    ServerInfo m_info;
    bool m_connected = false;
    bool m_connecting = false;
};

} // namespace gma::ui
