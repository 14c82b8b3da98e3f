// BackupManager::restore: a backup into a database the user names, created when missing, in one
// transaction.
#include "backup.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace gma {

namespace {

// Runs `statement` on the maintenance database postgres of `target`'s server. `connected` tells
// whether it could connect; `error` is the connection's or the statement's sentence.
bool onMaintenanceDatabase(const ConnectionSettings &target, const QString &statement, bool *connected,
                           QString *error)
{
    ConnectionSettings maintenance = target;
    maintenance.database = QStringLiteral("postgres");
    const QString name = Database::uniqueName(QStringLiteral("restore-admin"));
    ConnectError cerr;
    auto db = Database::open(maintenance, name, &cerr);
    *connected = db.has_value();
    if (!db) {
        if (error)
            *error = cerr.message;
        return false;
    }
    const auto r = sql::exec(*db, statement);
    db.reset();
    Database::close(name);
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

// What a restore needs to know of its target: the server and what the database holds.
struct TargetFacts
{
    ServerInfo info;
    qint64 tables = 0;
    QStringList schemas; // non-system schemas, for a plain backup with --clean
};

TargetFacts readTarget(QSqlDatabase &db)
{
    TargetFacts facts;
    facts.info = Database::serverInfo(db);
    const QString nonSystem = QStringLiteral("n.nspname NOT IN ('pg_catalog', 'information_schema', "
                                             "'pg_toast') AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
                                             "AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'");
    facts.tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                                  "c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND %1")
                                       .arg(nonSystem))
                       .toLongLong();
    for (const QVariantList &r :
         sql::rows(db, QStringLiteral("SELECT n.nspname FROM pg_namespace n WHERE %1 ORDER BY 1").arg(nonSystem)))
        facts.schemas << r.at(0).toString();
    return facts;
}

// A plain backup carries no DROP statements: what empties the target in the same transaction.
QString plainCleanCommand(const TargetFacts &facts)
{
    QStringList quoted;
    for (const QString &s : facts.schemas)
        quoted << sql::quoteIdent(s);
    QString clean;
    if (!quoted.isEmpty())
        clean += QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE; ").arg(quoted.join(QStringLiteral(", ")));
    clean += QStringLiteral("CREATE SCHEMA public; COMMENT ON SCHEMA public IS 'standard public schema'; ");
    clean += facts.info.versionNum >= 150000 ? QStringLiteral("ALTER SCHEMA public OWNER TO pg_database_owner; "
                                                              "GRANT USAGE ON SCHEMA public TO PUBLIC;")
                                             : QStringLiteral("GRANT ALL ON SCHEMA public TO PUBLIC;");
    return clean;
}

// psql's arguments for a plain backup, pg_restore's for the others (never a password).
QStringList restoreArguments(bool plain, const RestoreOptions &options, const QString &file, const TargetFacts &facts)
{
    const QString dbname = QStringLiteral("--dbname=") + options.target.toConninfo(false);
    QStringList args;
    if (plain) {
        args << QStringLiteral("--no-password") << QStringLiteral("--no-psqlrc") << QStringLiteral("--quiet")
             << QStringLiteral("--set=ON_ERROR_STOP=1") << QStringLiteral("--single-transaction") << dbname;
        if (options.clean && facts.tables > 0)
            args << QStringLiteral("--command=") + plainCleanCommand(facts);
        args << QStringLiteral("--file=") + file;
        return args;
    }
    args << QStringLiteral("--verbose") << QStringLiteral("--no-password") << QStringLiteral("--no-owner")
         << QStringLiteral("--single-transaction") << QStringLiteral("--exit-on-error");
    if (options.clean)
        args << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    args << dbname << file;
    return args;
}

} // namespace

RestoreResult BackupManager::restore(const QString &path, const RestoreOptions &options)
{
    m_cancelled.store(false);
    QElapsedTimer timer;
    timer.start();
    RestoreResult result;
    auto stop = [&](RestoreResult::Status status, const QString &error) {
        result.status = status;
        result.error = error;
        result.ms = timer.elapsed();
        return result;
    };
    const ConnectionSettings target = options.target;
    result.targetDatabase = target.database;
    if (target.database.isEmpty())
        return stop(RestoreResult::Status::Refused,
                    QCoreApplication::translate(
                        "gma::BackupManager",
                        "Name the database to restore into (--db NAME or a connection string): a restore "
                        "never picks its target itself."));
    const QString file = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(file))
        return stop(
            RestoreResult::Status::Refused,
            QCoreApplication::translate(
                "gma::BackupManager", "The backup %1 does not exist: check the path (`backups` lists them).")
                .arg(QDir::toNativeSeparators(file)));
    result.format = PgTools::archiveFormat(file);
    if (result.format.isEmpty() || (result.format == QLatin1String("directory") &&
                                    !QFileInfo::exists(file + QStringLiteral("/toc.dat"))))
        return stop(RestoreResult::Status::Refused,
                    QCoreApplication::translate(
                        "gma::BackupManager",
                        "%1 is not a backup pg_dump wrote: name a .dump, .sql or backup folder.")
                        .arg(QDir::toNativeSeparators(file)));

    // Connect to the target; create it when it does not exist.
    const QString connName = Database::uniqueName(QStringLiteral("restore"));
    ConnectError cerr;
    auto tdb = Database::open(target, connName, &cerr);
    if (!tdb && cerr.kind == ConnectError::Kind::NoSuchDatabase) {
        bool connected = false;
        QString error;
        if (!onMaintenanceDatabase(target, QStringLiteral("CREATE DATABASE %1").arg(sql::quoteIdent(target.database)),
                                   &connected, &error)) {
            if (!connected)
                return stop(RestoreResult::Status::CannotConnect,
                            QCoreApplication::translate(
                                "gma::BackupManager",
                                "The database \"%1\" does not exist and the maintenance database "
                                "postgres cannot be reached to create it: %2")
                                .arg(target.database, error));
            return stop(RestoreResult::Status::Failed,
                        QCoreApplication::translate(
                            "gma::BackupManager",
                            "Cannot create the database \"%1\" (%2): create it yourself or use a role "
                            "with CREATEDB.")
                            .arg(target.database, error));
        }
        result.createdDatabase = true;
        tdb = Database::open(target, connName, &cerr);
    }
    if (!tdb)
        return stop(RestoreResult::Status::CannotConnect, cerr.message);
    const TargetFacts facts = readTarget(*tdb);
    tdb.reset();
    Database::close(connName);
    if (facts.tables > 0 && !options.clean)
        return stop(
            RestoreResult::Status::Refused,
            QCoreApplication::translate("gma::BackupManager",
                                        "The database \"%1\" is not empty (%Ln table(s)): pass --clean to "
                                        "replace its contents, or name a new database.",
                                        nullptr, int(facts.tables))
                .arg(target.database));

    const bool plain = result.format == QLatin1String("plain");
    const ClientTool tool = findClient(plain ? QStringLiteral("psql") : QStringLiteral("pg_restore"),
                                       PgTools::majorOf(facts.info.versionNum), options.pgBinDir);
    result.program = tool.path;
    if (!tool.ok())
        return stop(RestoreResult::Status::Refused, tool.error);

    const QStringList args = restoreArguments(plain, options, file, facts);
    result.commandLine = args;
    emit phaseChanged(QCoreApplication::translate("gma::BackupManager", "Restoring"));
    const PgTools::ChildRun run = runChild(tool.path, args, target, QString(), false);
    if (result.createdDatabase && (run.cancelled || run.failed())) {
        // Nothing of the restore stayed (one transaction): remove the database this call created.
        bool connected = false;
        if (onMaintenanceDatabase(target,
                                  QStringLiteral("DROP DATABASE IF EXISTS %1").arg(sql::quoteIdent(target.database)),
                                  &connected, nullptr))
            result.createdDatabase = false;
    }
    if (run.cancelled)
        return stop(RestoreResult::Status::Cancelled,
                    QCoreApplication::translate(
                        "gma::BackupManager",
                        "The restore was cancelled; it ran in one transaction, so \"%1\" is as it was "
                        "before.")
                        .arg(target.database));
    if (run.failed())
        return stop(RestoreResult::Status::Failed, explainFailure(QFileInfo(tool.path).fileName(), run.stdErr,
                                                                  QFileInfo(file).absolutePath()));
    result.ms = timer.elapsed();
    return result;
}

bool BackupManager::dropDatabase(const ConnectionSettings &settings, QString *error)
{
    bool connected = false;
    return onMaintenanceDatabase(
        settings, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(sql::quoteIdent(settings.database)),
        &connected, error);
}


} // namespace gma
