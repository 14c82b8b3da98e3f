// The PostgreSQL client tools (pg_dump, pg_restore, psql): finding the one of the server's major
// version, running it with streamed progress and cancel, and explaining its failure in one sentence.
// Passwords reach the tools through a temporary password file readable by the owner only
// (PGPASSFILE, removed when the child ends), never the command line or PGPASSWORD; what they write
// is created readable by its owner only (umask 077);
// the tools run with LC_MESSAGES=C so that their failures can be told apart.
// Thread rule: free functions; run() blocks the calling thread while it drives the child with
// QProcess on it, and calls `progress` on that thread. `cancel` may be set from any thread.
// ClientTool and ChildRun are plain values.
#pragma once

#include "connection.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace gma {

// A PostgreSQL client program found for a server version.
struct ClientTool
{
    QString path;
    QString version; // "15.18"
    int major = 0;
    QString error; // one sentence when not usable
    bool ok() const { return error.isEmpty(); }
};

namespace PgTools {

// Finds `program` (pg_dump, pg_restore, psql) matching `serverMajor`: `binDir` (or
// $GMA_PG_BIN) only when given, else /usr/lib/postgresql/<major>/bin, then PATH.
ClientTool findClient(const QString &program, int serverMajor, const QString &binDir = QString());
// The major version of a server_version_num (150018 -> 15, 90624 -> 9).
int majorOf(int versionNum);
// One sentence for a failed pg_dump/pg_restore/psql from its stderr.
QString explainFailure(const QString &program, const QString &stderrText, const QString &folder);
// "Cannot write the backup into FOLDER (DETAIL): choose a writable folder with --output."
QString folderProblem(const QString &folder, const QString &detail);
// The format pg_dump wrote `path` in: "custom" (PGDMP), "directory", "plain"; empty when unreadable.
QString archiveFormat(const QString &path);
// The bytes of a file, or of the files in a folder.
qint64 pathSize(const QString &path);

struct RunControl
{
    QString sizePath;           // the file or folder whose size is reported as progress; may be empty
    bool captureStdout = false; // else stdout goes to the null device
    const std::atomic_bool *cancel = nullptr;
    // The object the tool works on ("public.items_item") and the bytes written so far.
    std::function<void(const QString &object, qint64 bytes)> progress;
    // Settings for the child's server session, added to PGOPTIONS ("-c name=value ...").
    QString serverOptions;
};

struct ChildRun
{
    bool started = false;
    bool cancelled = false;
    int exitCode = -1;
    bool crashed = false;
    QString stdErr;
    QByteArray stdOut;
    bool failed() const { return !started || crashed || exitCode != 0; }
};

// Runs `program` with the connection `settings` in its environment. A cancel terminates the child
// within about 100 ms (and kills it 5 s later if it does not stop).
ChildRun run(const QString &program, const QStringList &arguments, const ConnectionSettings &settings,
             const RunControl &control);

} // namespace PgTools

} // namespace gma
