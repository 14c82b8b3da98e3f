// The backup commands: backup, backups, restore, and the automatic backup taken before migrate
// and rollback (a run guard, after the preflight checks).
// Thread rule: everything runs on the main thread; SIGINT/SIGTERM during a backup or restore only
// call BackupManager::cancel() (an atomic store), so the partial file is removed on the way out.
#include "backup.h"
#include "commands.h"
#include "format.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QObject>

namespace gma::cli {

namespace {

// Progress on stderr: one redrawn line on a terminal; otherwise one line per table.
class BackupProgress : public QObject
{
public:
    BackupProgress(BackupManager *manager, QTextStream &err, bool terminal, const QString &verb)
        : m_err(err), m_terminal(terminal), m_verb(verb)
    {
        connect(manager, &BackupManager::progress, this, &BackupProgress::onProgress);
        connect(manager, &BackupManager::phaseChanged, this, &BackupProgress::onPhase);
    }
    ~BackupProgress() override { finish(); }
    void finish()
    {
        if (m_terminal && m_drawn) {
            m_err << "\r\033[K";
            m_err.flush();
            m_drawn = false;
        }
    }

private:
    void onPhase(const QString &phase)
    {
        // The phases the progress line shows anyway (in the language the engine speaks).
        const auto phaseText = [](const char *text) { return QCoreApplication::translate("gma::BackupManager", text); };
        if (phase == phaseText("Dumping") || phase == phaseText("Restoring") || phase == phaseText("Looking for pg_dump")
            || phase == phaseText("Recording"))
            return;
        finish();
        m_err << "  " << phase.toLower() << "...\n";
        m_err.flush();
    }
    void onProgress(const QString &object, qint64 bytes)
    {
        if (m_terminal) {
            if (object.isEmpty())
                return;
            // A table ("public.items_item") or what the program is doing ("reading schemas").
            QString line = object.contains(QLatin1Char(' '))
                               ? QStringLiteral("  %1").arg(object.left(60))
                               : QStringLiteral("  %1 %2").arg(m_verb, object.left(60));
            if (bytes > 0)
                line += Cli::tr("  (%1 written)").arg(format::bytes(bytes, QLocale()));
            m_err << "\r\033[K" << line;
            m_err.flush();
            m_drawn = true;
            return;
        }
        // Plain lines: only tables (schema.table), once each.
        if (object.isEmpty() || object.contains(QLatin1Char(' ')) || object == m_lastObject)
            return;
        m_lastObject = object;
        m_err << "  " << m_verb << ' ' << object;
        if (bytes > 0)
            m_err << Cli::tr("  (%1 written so far)").arg(format::bytes(bytes, QLocale()));
        m_err << '\n';
        m_err.flush();
    }

    QTextStream &m_err;
    bool m_terminal;
    QString m_verb;
    QString m_lastObject;
    bool m_drawn = false;
};

QString stateSummary(const QVariantList &migrationState)
{
    // Where the strategy's apps stand: "0002", or per app when they differ.
    QMap<QString, QString> latest;
    for (const strategy::Model &model : strategy::models())
        latest.insert(model.app, QStringLiteral("zero"));
    for (const QVariant &v : migrationState) {
        const QVariantMap m = v.toMap();
        const QString app = m.value(QStringLiteral("app")).toString();
        const QString name = m.value(QStringLiteral("name")).toString();
        if (latest.contains(app) && (latest.value(app) == QLatin1String("zero") || name > latest.value(app)))
            latest.insert(app, name);
    }
    QStringList numbers;
    for (auto it = latest.begin(); it != latest.end(); ++it)
        numbers << it.value().left(4);
    numbers.removeDuplicates();
    if (numbers.size() == 1)
        return Cli::tr("at %1").arg(numbers.first());
    QStringList parts;
    for (auto it = latest.begin(); it != latest.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), it.value().left(4));
    return parts.join(QStringLiteral(", "));
}

QVariantMap recordToVariant(const BackupRecord &r)
{
    QVariantMap m = BackupCatalogue::toVariant(r);
    m.insert(QStringLiteral("exists"), QFileInfo::exists(r.path));
    return m;
}

QString rowCountSummary(const QVariantMap &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 %2")
                     .arg(it.key().section(QLatin1Char('_'), 0, 0))
                     .arg(QLocale().toString(it.value().toLongLong()));
    return parts.join(QStringLiteral(", "));
}

int exitFor(BackupResult::Status status)
{
    switch (status) {
    case BackupResult::Status::Success:
        return Success;
    case BackupResult::Status::Refused:
        return Refused;
    case BackupResult::Status::Failed:
    case BackupResult::Status::Cancelled:
        return MigrationFailed;
    }
    return MigrationFailed;
}

// Runs `job` on a BackupManager with its progress on stderr (labelled `what`) and Ctrl-C wired
// to its cancel.
template <typename Job>
auto withProgress(Context &ctx, QSqlDatabase db, const QString &what, Job job)
{
    BackupManager manager(db, ctx.settings);
    BackupProgress printer(&manager, ctx.err, ctx.stderrIsTerminal, what);
    CancelOnSignal<BackupManager> onSignal(&manager);
    return job(manager);
}

// Runs a backup with progress on stderr; prints the outcome.
BackupResult takeBackup(Context &ctx, QSqlDatabase &db, const BackupOptions &options)
{
    const BackupResult result =
        withProgress(ctx, db, Cli::tr("dumping"), [&](BackupManager &m) { return m.backup(options); });
    if (!result.warning.isEmpty())
        ctx.warn(result.warning);
    return result;
}

void printRecord(Context &ctx, const BackupRecord &r, qint64 ms)
{
    const int recorded = int(r.migrationState.size());
    ctx.out << Cli::tr("Backup written: %1").arg(QDir::toNativeSeparators(r.path)) << '\n'
            << "  "
            << Cli::tr("%1 format, %2 in %3, sha256 %4")
                   .arg(r.format, format::bytes(r.sizeBytes, QLocale()), format::duration(ms, QLocale()),
                        r.sha256)
            << '\n'
            << "  "
            << (r.verified
                    ? Cli::tr("verified; state %1 (%Ln migration(s) recorded); rows: %2", nullptr, recorded)
                    : Cli::tr("NOT verified; state %1 (%Ln migration(s) recorded); rows: %2", nullptr,
                              recorded))
                   .arg(stateSummary(r.migrationState), rowCountSummary(r.rowCounts))
            << '\n';
    if (r.id > 0)
        ctx.out << "  " << Cli::tr("catalogue #%1").arg(r.id) << '\n';
}

int verifyCommand(Context &ctx, QSqlDatabase &db, const QString &what)
{
    const VerifyResult v =
        withProgress(ctx, db, Cli::tr("checking"), [&](BackupManager &m) { return m.verify(what); });
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantMap m = recordToVariant(v.record);
        m.insert(QStringLiteral("ok"), v.ok);
        m.insert(QStringLiteral("in_catalogue"), v.inCatalogue);
        m.insert(QStringLiteral("checksum_matches"), v.checksumMatches);
        m.insert(QStringLiteral("entries"), v.entries);
        m.insert(QStringLiteral("error"), v.error);
        ctx.out << toJson(m);
    }
    if (!v.ok) {
        ctx.error(v.error);
        return Refused;
    }
    if (!ctx.parser.isSet(QStringLiteral("json"))) {
        const QString backup = (v.inCatalogue ? QStringLiteral("#%1 ").arg(v.record.id) : QString()) +
                               QDir::toNativeSeparators(v.record.path);
        ctx.out << (v.inCatalogue
                        ? Cli::tr("Backup %1 is sound: %2, checksum unchanged, %Ln archive {entry|entries} "
                                  "readable.",
                                  nullptr, int(v.entries))
                        : Cli::tr(
                              "Backup %1 is sound: %2, not in the catalogue (no checksum to compare), %Ln "
                              "archive {entry|entries} readable.",
                              nullptr, int(v.entries)))
                       .arg(backup, format::bytes(v.sizeBytes, QLocale()))
                << '\n';
    }
    return Success;
}

int runBackup(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.error(Cli::tr("backup takes no arguments: use --output PATH to choose the file."));
        return Usage;
    }
    BackupOptions options;
    if (ctx.parser.isSet(QStringLiteral("format"))) {
        const auto format = parseBackupFormat(ctx.parser.value(QStringLiteral("format")));
        if (!format) {
            ctx.error(Cli::tr("--format takes custom, plain or directory."));
            return Usage;
        }
        options.format = *format;
    }
    options.outputPath = ctx.parser.value(QStringLiteral("output"));
    options.note = ctx.parser.isSet(QStringLiteral("note")) ? ctx.parser.value(QStringLiteral("note"))
                                                            : QLatin1String(BackupNotes::kBackupCommand);
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    if (ctx.parser.isSet(QStringLiteral("verify")))
        return verifyCommand(ctx, *db, ctx.parser.value(QStringLiteral("verify")));
    if (!ctx.requireGma(*db, false))
        return Refused;
    ctx.err << Cli::tr("Backing up %1:").arg(ctx.settings.displayName()) << '\n';
    ctx.err.flush();
    const BackupResult result = takeBackup(ctx, *db, options);
    if (!result.ok()) {
        ctx.error(result.error);
        return exitFor(result.status);
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantMap m = recordToVariant(result.record);
        m.insert(QStringLiteral("duration_ms"), result.ms);
        m.insert(QStringLiteral("pg_dump"), result.program);
        m.insert(QStringLiteral("pg_dump_version"), result.programVersion);
        ctx.out << toJson(m);
    } else {
        printRecord(ctx, result.record, result.ms);
    }
    return Success;
}

int runBackups(Context &ctx)
{
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    BackupManager manager(*db, ctx.settings);
    QString error;
    const QList<BackupRecord> records = manager.list(&error);
    if (!error.isEmpty()) {
        ctx.error(Cli::tr("The backup catalogue cannot be read: %1").arg(error));
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const BackupRecord &r : records)
            list << recordToVariant(r);
        ctx.out << toJson(QVariantMap{{QStringLiteral("backups"), list}});
        return Success;
    }
    if (records.isEmpty()) {
        ctx.out << Cli::tr("No backups recorded yet: take one with `gma-migrator-cli backup`.") << '\n';
        return Success;
    }
    ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(Cli::tr("ID"), 4)
                   .arg(Cli::tr("Taken"), -19)
                   .arg(Cli::tr("Size"), 9)
                   .arg(Cli::tr("Format"), -9)
                   .arg(Cli::tr("Verified"), -8)
                   .arg(Cli::tr("State"), -24)
                   .arg(Cli::tr("Path"));
    for (const BackupRecord &r : records) {
        const bool exists = QFileInfo::exists(r.path);
        ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                       .arg(r.id, 4)
                       .arg(localTime(r.takenAt), -19)
                       .arg(format::bytes(r.sizeBytes, QLocale()), 9)
                       .arg(r.format, -9)
                       .arg(r.verified ? Cli::tr("yes") : Cli::tr("no"), -8)
                       .arg(stateSummary(r.migrationState), -24)
                       .arg(QDir::toNativeSeparators(r.path))
                       .arg(exists ? QString() : Cli::tr("  (missing)"));
    }
    return Success;
}

int runRestore(Context &ctx)
{
    if (ctx.args.size() != 1) {
        ctx.error(Cli::tr("restore needs the backup to restore: restore PATH --db TARGET."));
        return Usage;
    }
    if (!ctx.parser.isSet(QStringLiteral("db"))) {
        ctx.error(Cli::tr("Name the database to restore into with --db TARGET (a database name or connection "
                          "string): restore never picks its target itself."));
        return Refused;
    }
    RestoreOptions options;
    options.target = ctx.settings;
    options.clean = ctx.parser.isSet(QStringLiteral("clean"));
    const QString file = QDir::toNativeSeparators(QFileInfo(ctx.args.first()).absoluteFilePath());
    ctx.err << (options.clean ? Cli::tr("Restoring %1 into %2 (replacing its contents):")
                              : Cli::tr("Restoring %1 into %2:"))
                   .arg(file, ctx.settings.displayName())
            << '\n';
    ctx.err.flush();
    const RestoreResult r = withProgress(ctx, QSqlDatabase(), Cli::tr("restoring"), [&](BackupManager &m) {
        return m.restore(ctx.args.first(), options);
    });
    switch (r.status) {
    case RestoreResult::Status::Success:
        ctx.out << (r.createdDatabase ? Cli::tr("Restored %1 backup into database \"%2\" (created) in %3.")
                                      : Cli::tr("Restored %1 backup into database \"%2\" in %3."))
                       .arg(r.format, r.targetDatabase, format::duration(r.ms, QLocale()))
                << '\n';
        return Success;
    case RestoreResult::Status::Refused:
        ctx.error(r.error);
        return Refused;
    case RestoreResult::Status::CannotConnect:
        ctx.error(r.error);
        return CannotConnect;
    case RestoreResult::Status::Failed:
    case RestoreResult::Status::Cancelled:
        ctx.error(r.error);
        return MigrationFailed;
    }
    return MigrationFailed;
}

// The automatic backup before migrate and rollback (after the preflight checks).
int checkAutoBackup(Context &ctx, QSqlDatabase &db, const Plan &plan, bool isRollback, bool isDryRun)
{
    if (isDryRun || plan.isEmpty())
        return Success;
    if (ctx.parser.isSet(QStringLiteral("no-backup"))) {
        ctx.out << Cli::tr("Automatic backup skipped (--no-backup).") << '\n';
        ctx.out.flush();
        return Success;
    }
    if (Database::serverInfo(db).isEmpty) {
        ctx.out << Cli::tr("No automatic backup: the database has no tables yet.") << '\n';
        ctx.out.flush();
        return Success;
    }
    BackupOptions options;
    if (ctx.parser.isSet(QStringLiteral("backup-dir"))) {
        const QString dir = ctx.parser.value(QStringLiteral("backup-dir"));
        const ServerInfo info = Database::serverInfo(db);
        options.outputPath = BackupManager::defaultPath(QFileInfo(dir).absoluteFilePath(), info.database,
                                                        options.format, QDateTime::currentDateTime());
    }
    options.note = QLatin1String(isRollback ? BackupNotes::kBeforeRollback : BackupNotes::kBeforeMigrate);
    ctx.out << (isRollback ? Cli::tr("Taking a backup before the rollback (skip with --no-backup):")
                           : Cli::tr("Taking a backup before migrating (skip with --no-backup):"))
            << '\n';
    ctx.out.flush();
    const BackupResult result = takeBackup(ctx, db, options);
    if (!result.ok()) {
        ctx.error(Cli::tr("%1 Nothing was changed; fix that, or pass --no-backup to run without a backup.")
                      .arg(result.error));
        return result.status == BackupResult::Status::Cancelled ? MigrationFailed : Refused;
    }
    const QString path = QDir::toNativeSeparators(result.record.path);
    const QString size = format::bytes(result.record.sizeBytes, QLocale());
    const bool verified = result.record.verified;
    ctx.out << "  "
            << (result.record.id > 0
                    ? (verified ? Cli::tr("Backup taken: %1 (%2, verified, catalogue #%3).")
                                : Cli::tr("Backup taken: %1 (%2, not verified, catalogue #%3)."))
                          .arg(path, size, QString::number(result.record.id))
                    : (verified ? Cli::tr("Backup taken: %1 (%2, verified).")
                                : Cli::tr("Backup taken: %1 (%2, not verified)."))
                          .arg(path, size))
            << '\n';
    ctx.out.flush();
    return Success;
}

} // namespace

Command backupCommand()
{
    return Command{
        QStringLiteral("backup"),
        QStringLiteral("backup [--output PATH] [--format custom|plain|directory] [--note TEXT] | backup "
                       "--verify ID|PATH"),
        Cli::tr(
            "Backs the database up with pg_dump (the client matching the server's version), verifies the "
            "result with pg_restore --list, and records it in the catalogue with its SHA-256, the migration "
            "state and the row counts. Default file: ~/.local/share/gma-migrator/backups/DB-DATE-TIME.dump. "
            "--verify re-checks a backup: file present, checksum unchanged, archive readable. GMA_PG_BIN "
            "names the folder of pg_dump and pg_restore."),
        [](QCommandLineParser &p) {
            p.addOption(
                {QStringLiteral("output"), Cli::tr("Where to write the backup."), QStringLiteral("PATH")});
            p.addOption({QStringLiteral("format"), Cli::tr("custom (default), plain or directory."),
                         QStringLiteral("FORMAT")});
            p.addOption(
                {QStringLiteral("note"), Cli::tr("A note stored with the backup."), QStringLiteral("TEXT")});
            p.addOption({QStringLiteral("verify"), Cli::tr("Re-verify a backup (catalogue id or path)."),
                         QStringLiteral("ID|PATH")});
            addJsonOption(p);
        },
        runBackup};
}

Command backupsCommand()
{
    return Command{QStringLiteral("backups"), QStringLiteral("backups [--json]"),
                   Cli::tr("Lists the backup catalogue: id, when, size, format, verified, the "
                           "migration state at that moment, "
                           "and the file (marked missing when it is gone)."),
                   addJsonOption, runBackups};
}

Command restoreCommand()
{
    return Command{
        QStringLiteral("restore"), QStringLiteral("restore PATH --db TARGET [--clean]"),
        Cli::tr(
            "Restores a backup into the database TARGET names (a database name or connection string; it is "
            "created when missing) in one transaction. Refuses a non-empty database unless --clean is given, "
            "which replaces its contents."),
        [](QCommandLineParser &p) {
            p.addOption(
                {QStringLiteral("clean"), Cli::tr("Replace the contents of a non-empty target database.")});
        },
        runRestore};
}

RunGuard autoBackupGuard()
{
    return RunGuard{
        QStringLiteral("backup"),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("no-backup"), Cli::tr("Do not take the automatic backup first.")});
            p.addOption(
                {QStringLiteral("backup-dir"),
                 Cli::tr("Folder for the automatic backup (default ~/.local/share/gma-migrator/backups)."),
                 QStringLiteral("DIR")});
        },
        checkAutoBackup};
}

} // namespace gma::cli
