// A throwaway PostgreSQL cluster with demo data, for `gma-migrator --demo`: initdb in a temporary
// folder (as the postgres user via runuser when running as root, since PostgreSQL refuses root),
// pg_ctl start on a Unix socket in that folder and a free loopback port with trust authentication,
// a database "gma_demo" filled by Demo::build. stop() (and the destructor) stops the server and
// removes the folder.
// Thread rule: start() blocks the calling thread (run it on a worker thread from a GUI); the
// object may then be stopped and destroyed from any one thread at a time. The connection start()
// uses is opened and closed on the calling thread.
#pragma once

#include "connection.h"

#include <QString>
#include <functional>

namespace gma {

struct DemoClusterOptions
{
    qint64 rows = 20000;
    QString pgBinDir; // empty: GMA_PG_BIN, then /usr/lib/postgresql/{17,16,15}/bin, then PATH
};

class DemoCluster
{
public:
    DemoCluster() = default;
    ~DemoCluster();
    DemoCluster(const DemoCluster &) = delete;
    DemoCluster &operator=(const DemoCluster &) = delete;

    // Starts the cluster and builds the demo database. progress(text) reports each phase.
    // On failure returns false with one sentence in *error and leaves nothing behind.
    bool start(const DemoClusterOptions &options, QString *error,
               const std::function<void(const QString &)> &progress = {});
    // Stops the server (immediate mode) and removes its folder. Safe to call twice.
    void stop();

    bool isRunning() const { return m_running; }
    // Settings of the demo database (Unix socket, user postgres, no password).
    ConnectionSettings settings() const;
    QString directory() const { return m_dir; }

    // The folder holding initdb and pg_ctl, or empty when none is found.
    static QString findServerBinaries(const QString &preferred = QString());

private:
    bool runServerTool(const QString &program, const QStringList &args, int timeoutMs, QString *output);

    QString m_dir;
    QString m_binDir;
    QString m_port;
    bool m_running = false;
    bool m_asPostgres = false;
};

} // namespace gma
