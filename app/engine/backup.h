// One-click backup and restore of the GMA database with a catalogue of the backups taken
// (gma_migrator.backups, backupcatalogue.h): pg_dump (pgtools.h) from the client matching the server's major version, streamed
// progress, verification with pg_restore --list, SHA-256, migration state and row counts at that
// moment; re-verification; restore into a database the user names.
// Passwords reach pg_dump, pg_restore and psql through a temporary owner-only password file
// (PGPASSFILE), never their command line or environment; backups are created owner-only.
// Thread rule: a BackupManager lives on the thread that owns its QSqlDatabase connection; backup(),
// verify(), list() and restore() block that thread while they drive their child processes with
// QProcess on it. Signals are emitted on that thread: connect with Qt::QueuedConnection from other
// threads. cancel() is the only method safe to call from any thread (an atomic flag; the child
// process is terminated by the owning thread at its next poll, within about 100 ms). The result
// structs are plain values.
#pragma once

#include "backupcatalogue.h"
#include "connection.h"
#include "pgtools.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <atomic>
#include <optional>

namespace gma {

enum class BackupFormat { Custom, Plain, Directory };
QString backupFormatName(BackupFormat format); // "custom", "plain", "directory"
std::optional<BackupFormat> parseBackupFormat(const QString &name);

// The notes the tool writes with a backup it takes itself: stored in English (the catalogue is in
// the database), shown by noteText() in the tool's language.
namespace BackupNotes {
inline constexpr auto kBackupCommand = QT_TRANSLATE_NOOP("gma::BackupNotes", "taken with the backup command");
inline constexpr auto kBeforeMigrate = QT_TRANSLATE_NOOP("gma::BackupNotes", "automatic, before migrate");
inline constexpr auto kBeforeRollback = QT_TRANSLATE_NOOP("gma::BackupNotes", "automatic, before rollback");
inline constexpr auto kFleet = QT_TRANSLATE_NOOP("gma::BackupNotes", "fleet backup");
inline constexpr auto kBeforeFleetRun = QT_TRANSLATE_NOOP("gma::BackupNotes", "automatic backup before the fleet run");
inline constexpr auto kRehearsal = QT_TRANSLATE_NOOP("gma::BackupNotes", "for a rehearsal");
inline constexpr auto kDesktop = QT_TRANSLATE_NOOP("gma::BackupNotes", "taken from the desktop application");
inline constexpr auto kDesktopBeforeRun =
    QT_TRANSLATE_NOOP("gma::BackupNotes", "taken by the desktop application before a run");
// One of the notes above in the tool's language; any other note (--note TEXT) as written.
QString noteText(const QString &note);
} // namespace BackupNotes

struct BackupOptions
{
    QString outputPath; // empty: defaultPath() in defaultDirectory()
    BackupFormat format = BackupFormat::Custom;
    QString
        pgBinDir; // where pg_dump lives; empty: $GMA_PG_BIN, then /usr/lib/postgresql/<major>/bin, then PATH
    QString note;
    bool record = true; // add a row to the catalogue
};

struct BackupResult
{
    enum class Status { Success, Failed, Cancelled, Refused };
    Status status = Status::Success;
    QString error;   // one sentence
    QString warning; // the backup is fine but something else was not (e.g. recording it)
    BackupRecord record;
    QString program;         // the pg_dump used
    QString programVersion;  // "15.18"
    QStringList commandLine; // its arguments (never a password)
    qint64 ms = 0;
    bool ok() const { return status == Status::Success; }
};

struct VerifyResult
{
    bool ok = false;
    bool exists = false;
    bool checksumMatches = false; // false also when there is no catalogue row to compare with
    bool inCatalogue = false;
    bool listOk = false; // pg_restore --list read it (custom/directory) or the plain file is complete
    int entries = 0;     // archive entries listed
    QString sha256;      // as computed now
    qint64 sizeBytes = 0;
    QString error; // one sentence when !ok
    BackupRecord record;
    QStringList commandLine;
};

struct RestoreOptions
{
    ConnectionSettings target; // the database to restore into (must be named by the user)
    bool clean = false;        // replace the contents of a non-empty target
    QString pgBinDir;
};

struct RestoreResult
{
    enum class Status { Success, Refused, CannotConnect, Failed, Cancelled };
    Status status = Status::Success;
    QString error; // one sentence
    QString targetDatabase;
    bool createdDatabase = false;
    QString format;
    QString program;
    QStringList commandLine;
    qint64 ms = 0;
    bool ok() const { return status == Status::Success; }
};

class BackupManager : public QObject
{
    Q_OBJECT
public:
    // `db` is the open connection to the database to back up (it also holds the catalogue);
    // `settings` are that connection's settings, passed to the child processes.
    BackupManager(QSqlDatabase db, ConnectionSettings settings, QObject *parent = nullptr);
    ~BackupManager() override;

    BackupResult backup(const BackupOptions &options);
    // Re-verifies a catalogued backup by id, or a file by path (compared with its newest
    // catalogue row when there is one); updates the row's `verified`.
    VerifyResult verify(const QString &idOrPath, const QString &pgBinDir = QString());
    // The catalogue, newest first (empty when the tool's schema does not exist yet).
    QList<BackupRecord> list(QString *error = nullptr);
    // Restores `path` into options.target. Needs no source connection.
    RestoreResult restore(const QString &path, const RestoreOptions &options);

    // DROP DATABASE ... WITH (FORCE) of settings.database, sent from the maintenance database
    // postgres of its server; false with the connection's or the server's sentence in *error.
    static bool dropDatabase(const ConnectionSettings &settings, QString *error);

    void cancel(); // any thread
    bool isCancelled() const { return m_cancelled.load(); }

    // $XDG_DATA_HOME/gma-migrator/backups, else ~/.local/share/gma-migrator/backups.
    static QString defaultDirectory();
    // DBNAME-YYYYMMDD-HHMMSS.dump (.sql for plain, no suffix for directory) in `directory`.
    static QString defaultPath(const QString &directory, const QString &database, BackupFormat format,
                               const QDateTime &when);
    // PgTools::findClient.
    static ClientTool findClient(const QString &program, int serverMajor, const QString &binDir = QString());
    // The SHA-256 (hex) of a file, or for a directory of "name\0sha256\n" of its files in name order.
    static QString checksum(const QString &path, qint64 *sizeBytes = nullptr);
    // PgTools::explainFailure.
    static QString explainFailure(const QString &program, const QString &stderrText, const QString &folder);

signals:
    void phaseChanged(const QString &phase); // "Dumping", "Verifying", "Computing the checksum", ...
    // The object the child works on ("public.items_item") and the bytes written so far.
    void progress(const QString &object, qint64 bytesWritten);

private:
    PgTools::ChildRun runChild(const QString &program, const QStringList &arguments,
                               const ConnectionSettings &settings, const QString &sizePath, bool captureStdout);
    bool verifyArchive(const QString &path, const QString &format, const QString &pgRestore, int *entries,
                       QStringList *commandLine, QString *error);
    // The migration state and the GMA tables' row counts, into `record`.
    void readFacts(BackupRecord *record);

    QSqlDatabase m_db;
    ConnectionSettings m_settings;
    std::atomic_bool m_cancelled{false};
};

} // namespace gma

Q_DECLARE_METATYPE(gma::BackupRecord)
Q_DECLARE_METATYPE(gma::BackupResult)
Q_DECLARE_METATYPE(gma::VerifyResult)
Q_DECLARE_METATYPE(gma::RestoreResult)
