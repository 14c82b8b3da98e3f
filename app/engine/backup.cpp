#include "backup.h"

#include "format.h"
#include "sqlutil.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cerrno>

namespace gma {

QString BackupNotes::noteText(const QString &note)
{
    for (const char *known : {kBackupCommand, kBeforeMigrate, kBeforeRollback, kFleet, kBeforeFleetRun, kRehearsal,
                              kDesktop, kDesktopBeforeRun}) {
        if (note == QLatin1String(known))
            return QCoreApplication::translate("gma::BackupNotes", known);
    }
    return note;
}

namespace {

using PgTools::folderProblem;

void removePath(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir() && !fi.isSymLink())
        QDir(path).removeRecursively();
    else if (fi.exists() || fi.isSymLink())
        QFile::remove(path);
}


// The plain dump ends with pg_dump's completion comment (followed by \unrestrict on newer versions).
bool plainDumpComplete(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(512);
    if (!head.contains("-- PostgreSQL database dump"))
        return false;
    const qint64 size = f.size();
    f.seek(qMax<qint64>(0, size - 4096));
    return f.readAll().contains("-- PostgreSQL database dump complete");
}


// Checks that `path` is free and its folder writable, and creates the `partial` file (or folder)
// the dump is written to; false with one sentence in `error` otherwise.
bool prepareOutput(const QString &path, const QString &partial, BackupFormat format, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("gma::BackupManager",
                                             "%1 already exists: choose another name or remove it first.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QFileInfo fi(folder);
    if (fi.exists() && !fi.isDir()) {
        *error =
            folderProblem(folder, QCoreApplication::translate("gma::BackupManager", "it is not a folder"));
        return false;
    }
    // A regular file somewhere along the way also makes mkpath fail.
    if (!fi.exists() && !QDir().mkpath(folder)) {
        *error = folderProblem(
            folder, QCoreApplication::translate("gma::BackupManager", "the folder cannot be created"));
        return false;
    }
    removePath(partial); // a leftover of an interrupted run of this tool
    // Owner-only, as pg_dump keeps the mode of the file it writes into (and its umask is 077).
    constexpr QFile::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (format == BackupFormat::Directory) {
        if (QDir().mkdir(partial, ownerOnly | QFileDevice::ExeOwner))
            return true;
        *error =
            folderProblem(folder, QCoreApplication::translate("gma::BackupManager", "permission denied"));
        return false;
    }
    QFile probe(partial);
    if (!probe.open(QIODevice::WriteOnly, ownerOnly)) {
        const QString detail = probe.error() == QFileDevice::OpenError && errno == ENOSPC
                                   ? QCoreApplication::translate("gma::BackupManager", "the disk is full")
                                   : probe.errorString().toLower();
        *error = folderProblem(folder, detail);
        return false;
    }
    return true;
}

// pg_dump's arguments: verbose (for progress), never a password, the exported snapshot.
QStringList dumpArguments(BackupFormat format, const QString &partial, const QString &snapshot,
                          const ConnectionSettings &settings)
{
    QStringList args{QStringLiteral("--verbose"), QStringLiteral("--no-password"),
                     QStringLiteral("--format=") + backupFormatName(format), QStringLiteral("--file=") + partial};
    if (!snapshot.isEmpty())
        args << QStringLiteral("--snapshot=") + snapshot;
    args << QStringLiteral("--dbname=") + settings.toConninfo(false);
    return args;
}

// The checksum and size of the finished `partial` dump into `rec`, then its final name `path`;
// one sentence when either fails.
QString seal(const QString &partial, const QString &path, BackupFormat format, BackupRecord *rec)
{
    rec->sha256 = BackupManager::checksum(partial, &rec->sizeBytes);
    if (rec->sha256.isEmpty())
        return QCoreApplication::translate(
                   "gma::BackupManager",
                   "The backup could not be read back for its checksum: check the folder %1.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    const bool renamed =
        format == BackupFormat::Directory ? QDir().rename(partial, path) : QFile::rename(partial, path);
    if (!renamed)
        return QCoreApplication::translate(
                   "gma::BackupManager",
                   "The finished backup could not be renamed to %1: check the folder's permissions.")
            .arg(QDir::toNativeSeparators(path));
    return QString();
}

} // namespace

QString backupFormatName(BackupFormat format)
{
    static const char *const names[] = {"custom", "plain", "directory"};
    return format::enumName(format, names);
}

std::optional<BackupFormat> parseBackupFormat(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("custom") || n == QLatin1String("c"))
        return BackupFormat::Custom;
    if (n == QLatin1String("plain") || n == QLatin1String("p") || n == QLatin1String("sql"))
        return BackupFormat::Plain;
    if (n == QLatin1String("directory") || n == QLatin1String("d"))
        return BackupFormat::Directory;
    return std::nullopt;
}

BackupManager::BackupManager(QSqlDatabase db, ConnectionSettings settings, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_settings(std::move(settings))
{}

BackupManager::~BackupManager() = default;

void BackupManager::cancel()
{
    m_cancelled.store(true);
}

QString BackupManager::defaultDirectory()
{
    // $XDG_DATA_HOME, else ~/.local/share (the demo sets XDG_DATA_HOME).
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/gma-migrator/backups");
}

QString BackupManager::defaultPath(const QString &directory, const QString &database, BackupFormat format,
                                   const QDateTime &when)
{
    QString name = database.isEmpty() ? QStringLiteral("database") : database;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString stem =
        QStringLiteral("%1/%2-%3").arg(directory, name, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString suffix = format == BackupFormat::Custom  ? QStringLiteral(".dump")
                           : format == BackupFormat::Plain ? QStringLiteral(".sql")
                                                           : QString();
    QString path = stem + suffix;
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".partial")); ++n)
        path = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    return path;
}


ClientTool BackupManager::findClient(const QString &program, int serverMajor, const QString &binDir)
{
    return PgTools::findClient(program, serverMajor, binDir);
}

QString BackupManager::explainFailure(const QString &program, const QString &stderrText, const QString &folder)
{
    return PgTools::explainFailure(program, stderrText, folder);
}

PgTools::ChildRun BackupManager::runChild(const QString &program, const QStringList &arguments,
                                          const ConnectionSettings &settings, const QString &sizePath,
                                          bool captureStdout)
{
    PgTools::RunControl control;
    control.sizePath = sizePath;
    control.captureStdout = captureStdout;
    control.cancel = &m_cancelled;
    control.progress = [this](const QString &object, qint64 bytes) { emit progress(object, bytes); };
    // PostgreSQL 14+: pg_dump's session ends within a second when pg_dump is gone (killed with the
    // tool), even while it waits for a lock, instead of holding its place in the lock queue.
    if (!settings.database.isEmpty() && Database::serverInfo(m_db).versionNum >= 140000)
        control.serverOptions = QStringLiteral("-c client_connection_check_interval=1000");
    return PgTools::run(program, arguments, settings, control);
}

void BackupManager::readFacts(BackupRecord *rec)
{
    QString error;
    if (sql::tableExists(m_db, QStringLiteral("public"), QStringLiteral("django_migrations"))) {
        const QString json =
            sql::scalar(m_db,
                        QStringLiteral(
                            "SELECT coalesce(json_agg(json_build_object('id', id, 'app', app, 'name', name, "
                            "'applied', applied) ORDER BY id), '[]')::text FROM public.django_migrations"),
                        {}, &error)
                .toString();
        rec->migrationState = QJsonDocument::fromJson(json.toUtf8()).toVariant().toList();
    }
    for (const QString &t : strategy::gmaTables()) {
        if (!sql::tableExists(m_db, QStringLiteral("public"), t))
            continue;
        const QVariant n = sql::scalar(
            m_db, QStringLiteral("SELECT count(*) FROM public.%1").arg(sql::quoteIdent(t)), {}, &error);
        if (n.isValid())
            rec->rowCounts.insert(t, n.toLongLong());
    }
}

QString BackupManager::checksum(const QString &path, qint64 *sizeBytes)
{
    qint64 total = 0;
    auto hashFile = [&total](const QString &file) -> QByteArray {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (!h.addData(&f))
            return QByteArray();
        total += f.size();
        return h.result().toHex();
    };
    QString result;
    const QFileInfo fi(path);
    if (fi.isDir()) {
        QStringList files;
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << QDir(path).relativeFilePath(it.next());
        files.sort();
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QString &f : std::as_const(files)) {
            const QByteArray fileHash = hashFile(QDir(path).filePath(f));
            if (fileHash.isEmpty())
                return QString();
            h.addData(f.toUtf8());
            h.addData(QByteArrayView("\0", 1));
            h.addData(fileHash);
            h.addData(QByteArrayView("\n", 1));
        }
        result = QString::fromLatin1(h.result().toHex());
    } else {
        result = QString::fromLatin1(hashFile(path));
    }
    if (sizeBytes)
        *sizeBytes = total;
    return result;
}


bool BackupManager::verifyArchive(const QString &path, const QString &format, const QString &pgRestore,
                                  int *entries, QStringList *commandLine, QString *error)
{
    *entries = 0;
    if (format == QLatin1String("plain")) {
        if (!plainDumpComplete(path)) {
            *error = QCoreApplication::translate(
                         "gma::BackupManager",
                         "The backup %1 is incomplete (pg_dump's completion line is missing): take a new "
                         "one.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            while (!f.atEnd()) {
                const QByteArray line = f.readLine();
                if (line.startsWith("-- Name: "))
                    ++*entries;
            }
        }
        return true;
    }
    const QStringList args{QStringLiteral("--list"), path};
    if (commandLine)
        *commandLine = args;
    const PgTools::ChildRun run = runChild(pgRestore, args, ConnectionSettings(), QString(), true);
    if (!run.started || run.crashed || run.exitCode != 0) {
        *error =
            QCoreApplication::translate("gma::BackupManager",
                                        "pg_restore cannot read the backup %1 (%2): take a new one.")
                .arg(QDir::toNativeSeparators(path),
                     explainFailure(QStringLiteral("pg_restore"), run.stdErr, QFileInfo(path).absolutePath())
                         .chopped(1));
        return false;
    }
    for (const QByteArray &line : run.stdOut.split('\n')) {
        if (!line.isEmpty() && !line.startsWith(';'))
            ++*entries;
    }
    if (*entries == 0) {
        *error = QCoreApplication::translate("gma::BackupManager",
                                             "The backup %1 lists no objects: take a new one.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}


BackupResult BackupManager::backup(const BackupOptions &options)
{
    m_cancelled.store(false);
    QElapsedTimer timer;
    timer.start();
    BackupResult result;
    auto refuse = [&](BackupResult::Status status, const QString &error) {
        result.status = status;
        result.error = error;
        result.ms = timer.elapsed();
        return result;
    };

    const ServerInfo info = Database::serverInfo(m_db);
    if (info.versionNum == 0)
        return refuse(BackupResult::Status::Failed,
                      QCoreApplication::translate(
                          "gma::BackupManager",
                          "Cannot read the server's version: check the connection and try again."));
    const int major = PgTools::majorOf(info.versionNum);
    const QString formatName = backupFormatName(options.format);

    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Looking for pg_dump"));
    const ClientTool pgDump = findClient(QStringLiteral("pg_dump"), major, options.pgBinDir);
    result.program = pgDump.path;
    result.programVersion = pgDump.version;
    if (!pgDump.ok())
        return refuse(BackupResult::Status::Refused, pgDump.error);

    // Where it goes: check the folder before starting.
    const QDateTime now = QDateTime::currentDateTime();
    QString path = options.outputPath.isEmpty()
                       ? defaultPath(defaultDirectory(), info.database, options.format, now)
                       : options.outputPath;
    path = QFileInfo(path).absoluteFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    const QString partial = path + QStringLiteral(".partial");
    {
        QString problem;
        if (!prepareOutput(path, partial, options.format, &problem))
            return refuse(BackupResult::Status::Refused, problem);
    }

    // One snapshot for the dump, the recorded migration state and the row counts.
    BackupRecord &rec = result.record;
    rec.path = path;
    rec.format = formatName;
    rec.serverVersion = info.version;
    rec.note = options.note;
    const bool inTransaction = m_db.transaction();
    QString snapshot;
    if (inTransaction) {
        sql::exec(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        snapshot = sql::scalar(m_db, QStringLiteral("SELECT pg_export_snapshot()")).toString();
    }
    rec.takenAt = sql::scalar(m_db, QStringLiteral("SELECT now()")).toDateTime();
    if (!rec.takenAt.isValid())
        rec.takenAt = QDateTime::currentDateTime();
    readFacts(&rec);

    const QStringList args = dumpArguments(options.format, partial, snapshot, m_settings);
    result.commandLine = args;

    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Dumping"));
    const PgTools::ChildRun run = runChild(pgDump.path, args, m_settings, partial, false);
    if (inTransaction)
        m_db.rollback(); // read-only: nothing to keep
    if (run.cancelled) {
        removePath(partial);
        return refuse(
            BackupResult::Status::Cancelled,
            QCoreApplication::translate("gma::BackupManager",
                                        "The backup was cancelled; no partial file was left behind."));
    }
    if (!run.started || run.crashed || run.exitCode != 0) {
        removePath(partial);
        return refuse(BackupResult::Status::Failed,
                      explainFailure(QStringLiteral("pg_dump"), run.stdErr, folder));
    }

    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Verifying"));
    const ClientTool pgRestore = findClient(QStringLiteral("pg_restore"), major, options.pgBinDir);
    int entries = 0;
    if (options.format == BackupFormat::Plain || pgRestore.ok()) {
        QString error;
        if (!verifyArchive(partial, formatName, pgRestore.path, &entries, nullptr, &error)) {
            removePath(partial);
            return refuse(BackupResult::Status::Failed, error);
        }
        rec.verified = true;
    } else {
        result.warning = QCoreApplication::translate("gma::BackupManager", "The backup was not verified: %1")
                             .arg(pgRestore.error);
    }
    if (m_cancelled.load()) {
        removePath(partial);
        return refuse(
            BackupResult::Status::Cancelled,
            QCoreApplication::translate("gma::BackupManager",
                                        "The backup was cancelled; no partial file was left behind."));
    }

    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Computing the checksum"));
    const QString sealError = seal(partial, path, options.format, &rec);
    if (!sealError.isEmpty()) {
        removePath(partial);
        return refuse(BackupResult::Status::Failed, sealError);
    }
    emit progress(QString(), rec.sizeBytes);

    if (options.record) {
        emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Recording"));
        QString recordError;
        if (!BackupCatalogue::add(m_db, &rec, &recordError))
            result.warning = QCoreApplication::translate(
                                 "gma::BackupManager",
                                 "The backup is complete but could not be added to the catalogue: %1")
                                 .arg(recordError);
    }
    result.ms = timer.elapsed();
    return result;
}


QList<BackupRecord> BackupManager::list(QString *error)
{
    return BackupCatalogue::list(m_db, error);
}

VerifyResult BackupManager::verify(const QString &idOrPath, const QString &pgBinDir)
{
    m_cancelled.store(false);
    VerifyResult v;
    bool isId = false;
    const qint64 id = idOrPath.toLongLong(&isId);
    QString path;
    if (isId) {
        const auto found = BackupCatalogue::find(m_db, id);
        if (!found) {
            v.error = QCoreApplication::translate(
                          "gma::BackupManager",
                          "There is no backup #%1 in the catalogue: list them with `backups`.")
                          .arg(id);
            return v;
        }
        v.record = *found;
        v.inCatalogue = true;
        path = v.record.path;
    } else {
        path = QFileInfo(idOrPath).absoluteFilePath();
        const auto found = BackupCatalogue::findByPath(m_db, path);
        v.inCatalogue = found.has_value();
        if (found)
            v.record = *found;
        else
            v.record.path = path;
    }
    auto finish = [&](bool ok) {
        v.ok = ok;
        if (v.inCatalogue)
            BackupCatalogue::setVerified(m_db, v.record.id, ok);
        v.record.verified = ok;
        return v;
    };
    v.exists = QFileInfo::exists(path);
    if (!v.exists) {
        v.error = QCoreApplication::translate("gma::BackupManager",
                                              "The backup file %1 no longer exists: take a new backup.")
                      .arg(QDir::toNativeSeparators(path));
        return finish(false);
    }
    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Computing the checksum"));
    v.sha256 = checksum(path, &v.sizeBytes);
    if (v.inCatalogue) {
        v.checksumMatches = v.sha256 == v.record.sha256;
        if (!v.checksumMatches) {
            v.error = QCoreApplication::translate(
                          "gma::BackupManager",
                          "The backup %1 has changed since it was taken (its SHA-256 differs from the "
                          "catalogue's): do not rely on it, take a new backup.")
                          .arg(QDir::toNativeSeparators(path));
            return finish(false);
        }
    }
    const QString format = v.inCatalogue ? v.record.format : PgTools::archiveFormat(path);
    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Verifying"));
    const ServerInfo info = Database::serverInfo(m_db);
    const int major = PgTools::majorOf(info.versionNum);
    QString pgRestore;
    if (format != QLatin1String("plain")) {
        const ClientTool tool = findClient(QStringLiteral("pg_restore"), major, pgBinDir);
        if (!tool.ok()) {
            v.error = tool.error;
            v.ok = false;
            return v; // a missing tool says nothing about the backup: leave `verified` as it was
        }
        pgRestore = tool.path;
    }
    v.listOk = verifyArchive(path, format, pgRestore, &v.entries, &v.commandLine, &v.error);
    return finish(v.listOk);
}

} // namespace gma