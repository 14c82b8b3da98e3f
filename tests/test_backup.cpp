// Backup, catalogue, verification and restore against the real test PostgreSQL, through the
// engine (BackupManager) and through the CLI (backup, backups, restore, the automatic backup
// before migrate).
#include "backup.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace gma;
using namespace gma::test;

namespace {

const QStringList kTables{QStringLiteral("users_user"),           QStringLiteral("campaigns_campaign"),
                          QStringLiteral("characters_character"), QStringLiteral("items_item"),
                          QStringLiteral("locations_location"),   QStringLiteral("django_migrations")};

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

qint64 countRows(QSqlDatabase &db, const QString &table)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(sql::quoteIdent(table)));
    return v.isValid() ? v.toLongLong() : -1;
}

// Row counts of the GMA tables, for comparing two databases.
QMap<QString, qint64> gmaCounts(QSqlDatabase &db)
{
    QMap<QString, qint64> out;
    for (const QString &t : kTables)
        out.insert(t, countRows(db, t));
    return out;
}

qint64 catalogueRows(TestDatabase &t)
{
    if (!sql::tableExists(t.db(), QStringLiteral("gma_migrator"), QStringLiteral("backups")))
        return 0;
    return t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups"));
}

// A database the test names but does not create; dropped at the end.
class DroppedLater
{
public:
    explicit DroppedLater(const QString &name) : m_name(name)
    {
        m_conn = Database::uniqueName(QStringLiteral("drop"));
        ConnectError e;
        if (!Database::open(clusterSettings(), m_conn, &e))
            qFatal("Cannot connect to the test cluster: %s", qPrintable(e.message));
    }
    ~DroppedLater()
    {
        QSqlDatabase db = QSqlDatabase::database(m_conn, false);
        sql::exec(db, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(sql::quoteIdent(m_name)));
        db = QSqlDatabase();
        Database::close(m_conn);
    }
    bool exists()
    {
        QSqlDatabase db = QSqlDatabase::database(m_conn, false);
        return sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {m_name})
                   .toLongLong() == 1;
    }
    QSqlDatabase open()
    {
        const QString name = Database::uniqueName(QStringLiteral("dropped"));
        ConnectError e;
        auto db = Database::open(clusterSettings(m_name), name, &e);
        m_opened << name;
        return db ? *db : QSqlDatabase();
    }
    void closeAll()
    {
        for (const QString &n : std::as_const(m_opened))
            Database::close(n);
        m_opened.clear();
    }

private:
    QString m_name;
    QString m_conn;
    QStringList m_opened;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupOfDemoDatabaseIsCatalogued()
    {
        TestDatabase t(QStringLiteral("bk_demo"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters")).ok()); // a state with 0003/0004 for one app
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.dump"));

        BackupManager manager(t.db(), t.settings());
        QSignalSpy progress(&manager, &BackupManager::progress);
        BackupOptions options;
        options.outputPath = path;
        options.note = QStringLiteral("test");
        const BackupResult r = manager.backup(options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));

        // The file: present, complete, no partial file, checksum and size as recorded.
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(r.record.sizeBytes, QFileInfo(path).size());
        QCOMPARE(r.record.sha256, sha256Of(path));
        QVERIFY(r.record.verified);
        QVERIFY(r.record.id > 0);
        QCOMPARE(
            r.programVersion.section(QLatin1Char('.'), 0, 0),
            t.scalar(QStringLiteral("SELECT current_setting('server_version_num')::int / 10000")).toString());

        // Progress named the tables being dumped and the bytes written.
        QStringList objects;
        qint64 maxBytes = 0;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            objects << args.at(0).toString();
            maxBytes = qMax(maxBytes, args.at(1).toLongLong());
        }
        QVERIFY2(objects.contains(QStringLiteral("public.items_item")),
                 qPrintable(objects.join(QLatin1Char(','))));
        QCOMPARE(maxBytes, r.record.sizeBytes);

        // The catalogue row, as the database says.
        QCOMPARE(
            t.count(QStringLiteral(
                        "SELECT count(*) FROM gma_migrator.backups WHERE id = ? AND path = ? AND "
                        "format = 'custom' AND size_bytes = ? AND sha256 = ? AND verified AND note = "
                        "'test' AND server_version = split_part(current_setting('server_version'), ' ', 1)"),
                    {r.record.id, path, QFileInfo(path).size(), sha256Of(path)}),
            qint64(1));
        // migration_state: exactly the django_migrations rows (app, name, applied).
        const qint64 recorded =
            t.count(QStringLiteral(
                        "SELECT jsonb_array_length(migration_state) FROM gma_migrator.backups WHERE id = ?"),
                    {r.record.id});
        QCOMPARE(recorded, t.count(QStringLiteral("SELECT count(*) FROM django_migrations")));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups b "
                                   "CROSS JOIN LATERAL jsonb_array_elements(b.migration_state) e "
                                   "JOIN django_migrations d ON d.app = e->>'app' AND d.name = e->>'name' "
                                   "AND d.applied = (e->>'applied')::timestamptz WHERE b.id = ?"),
                    {r.record.id}),
            recorded);
        QVERIFY(recorded >= 10); // 0001/0002 of five apps and characters 0003/0004
        // row_counts: the five GMA tables as counted now.
        for (const QString &table : kTables.mid(0, 5)) {
            QCOMPARE(t.count(QStringLiteral(
                                 "SELECT (row_counts->>?)::bigint FROM gma_migrator.backups WHERE id = ?"),
                             {table, r.record.id}),
                     countRows(t.db(), table));
            QCOMPARE(r.record.rowCounts.value(table).toLongLong(), countRows(t.db(), table));
        }
        QCOMPARE(r.record.rowCounts.value(QStringLiteral("characters_character")).toLongLong(), qint64(300));

        // list() returns it.
        const QList<BackupRecord> listed = manager.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().sha256, r.record.sha256);
        QCOMPARE(listed.first().migrationState.size(), int(recorded));
    }

    void passwordOnlyThroughTheEnvironment()
    {
        TestDatabase t(QStringLiteral("bk_tcp"));
        QVERIFY(t.buildDemo(50));
        ConnectionSettings tcp;
        tcp.host = QStringLiteral("127.0.0.1");
        tcp.port = tcpPort();
        tcp.user = QStringLiteral("postgres");
        tcp.password = tcpPassword();
        tcp.database = t.name();
        QVERIFY(!tcp.password.isEmpty());
        ConnectError error;
        const QString conn = Database::uniqueName(QStringLiteral("tcp"));
        auto db = Database::open(tcp, conn, &error);
        QVERIFY2(db, qPrintable(error.message));
        QTemporaryDir dir;
        {
            BackupManager manager(*db, tcp);
            BackupOptions options;
            options.outputPath = dir.filePath(QStringLiteral("tcp.dump"));
            // Over TCP the server demands the password (scram-sha-256): success proves it arrived.
            const BackupResult r = manager.backup(options);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));
            QVERIFY(!r.commandLine.isEmpty());
            QVERIFY(r.commandLine.join(QLatin1Char(' ')).contains(QLatin1String("127.0.0.1")));
            QVERIFY(!r.commandLine.join(QLatin1Char(' ')).contains(tcp.password));

            const VerifyResult v = manager.verify(QString::number(r.record.id));
            QVERIFY2(v.ok, qPrintable(v.error));
            QVERIFY(!v.commandLine.join(QLatin1Char(' ')).contains(tcp.password));

            // The restore over TCP too.
            const QString target = t.name() + QStringLiteral("_tcp");
            DroppedLater drop(target);
            RestoreOptions ro;
            ro.target = tcp;
            ro.target.database = target;
            const RestoreResult rr = manager.restore(options.outputPath, ro);
            QVERIFY2(rr.ok(), qPrintable(rr.error));
            QVERIFY(rr.createdDatabase);
            QVERIFY(!rr.commandLine.join(QLatin1Char(' ')).contains(tcp.password));
            QSqlDatabase restored = drop.open();
            QCOMPARE(countRows(restored, QStringLiteral("characters_character")), qint64(50));
            restored = QSqlDatabase();
            drop.closeAll();
        }
        db.reset();
        Database::close(conn);
    }

    void restoreIntoNewDatabaseMatchesOriginal()
    {
        TestDatabase t(QStringLiteral("bk_src"));
        QVERIFY(t.buildDemo(400));
        QVERIFY(t.migrate().ok()); // at 0004, with the tool's populate log
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("src.dump"));
        BackupManager manager(t.db(), t.settings());
        BackupOptions options;
        options.outputPath = path;
        const BackupResult r = manager.backup(options);
        QVERIFY2(r.ok(), qPrintable(r.error));

        // Into an existing empty database: the GMA schema and every count equal.
        TestDatabase empty(QStringLiteral("bk_dst"));
        RestoreOptions ro;
        ro.target = empty.settings();
        const RestoreResult rr = manager.restore(path, ro);
        QVERIFY2(rr.ok(), qPrintable(rr.error));
        QVERIFY(!rr.createdDatabase);
        QVERIFY(rr.commandLine.contains(QStringLiteral("--no-owner")));
        QCOMPARE(gmaCounts(empty.db()), gmaCounts(t.db()));
        QCOMPARE(empty.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log")),
                 t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.populate_log")));
        QCOMPARE(schemaDifference(empty.schemaDump(), t.schemaDump()), QString());
        QCOMPARE(schemaDifference(empty.schemaDump(), referenceSchema(QStringLiteral("0004"))), QString());
        // The data itself, not just the counts.
        QCOMPARE(
            empty.scalar(
                QStringLiteral("SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM items_item c")),
            t.scalar(QStringLiteral("SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM items_item c")));

        // Into a database that does not exist yet: created, then restored.
        const QString target = t.name() + QStringLiteral("_new");
        DroppedLater drop(target);
        QVERIFY(!drop.exists());
        ro.target = clusterSettings(target);
        const RestoreResult created = manager.restore(path, ro);
        QVERIFY2(created.ok(), qPrintable(created.error));
        QVERIFY(created.createdDatabase);
        QVERIFY(drop.exists());
        QSqlDatabase restored = drop.open();
        QCOMPARE(gmaCounts(restored), gmaCounts(t.db()));
        restored = QSqlDatabase();
        drop.closeAll();

        // A damaged backup: the restore fails and the database it created is gone again.
        const QString damaged = dir.filePath(QStringLiteral("damaged.dump"));
        {
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(damaged);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(in.size() / 2));
        }
        const QString target2 = t.name() + QStringLiteral("_damaged");
        DroppedLater drop2(target2);
        ro.target = clusterSettings(target2);
        const RestoreResult failed = manager.restore(damaged, ro);
        QCOMPARE(int(failed.status), int(RestoreResult::Status::Failed));
        QVERIFY2(failed.error.startsWith(QLatin1String("pg_restore failed: ")), qPrintable(failed.error));
        QVERIFY(!failed.createdDatabase);
        QVERIFY(!drop2.exists());
    }

    void restoreRefusesNonEmptyDatabaseWithoutClean()
    {
        TestDatabase t(QStringLiteral("bk_clean_src"));
        QVERIFY(t.buildDemo(200));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("src.dump"));
        BackupManager manager(t.db(), t.settings());
        BackupOptions options;
        options.outputPath = path;
        QVERIFY(manager.backup(options).ok());

        TestDatabase target(QStringLiteral("bk_clean_dst"));
        QVERIFY(target.buildDemo(30));
        QVERIFY(target.exec(QStringLiteral("CREATE SCHEMA other")));
        QVERIFY(target.exec(QStringLiteral("CREATE TABLE other.keep (v int)")));
        const QString before = target.schemaDump();
        RestoreOptions ro;
        ro.target = target.settings();
        const RestoreResult refused = manager.restore(path, ro);
        QCOMPARE(int(refused.status), int(RestoreResult::Status::Refused));
        QVERIFY2(refused.error.contains(QLatin1String("--clean")), qPrintable(refused.error));
        QVERIFY(refused.commandLine.isEmpty()); // pg_restore never ran
        QCOMPARE(target.count(QStringLiteral("SELECT count(*) FROM characters_character")), qint64(30));
        QCOMPARE(schemaDifference(target.schemaDump(), before), QString());

        // Non-empty means any table in any non-system schema, also without public tables.
        TestDatabase onlyOther(QStringLiteral("bk_clean_other"));
        QVERIFY(onlyOther.exec(QStringLiteral("CREATE SCHEMA app")));
        QVERIFY(onlyOther.exec(QStringLiteral("CREATE TABLE app.t (v int)")));
        ro.target = onlyOther.settings();
        QCOMPARE(int(manager.restore(path, ro).status), int(RestoreResult::Status::Refused));
        QCOMPARE(
            onlyOther.count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
            qint64(0));

        ro.target = target.settings();
        ro.clean = true;
        const RestoreResult cleaned = manager.restore(path, ro);
        QVERIFY2(cleaned.ok(), qPrintable(cleaned.error));
        QVERIFY(cleaned.commandLine.contains(QStringLiteral("--clean")));
        QCOMPARE(gmaCounts(target.db()), gmaCounts(t.db()));
        QCOMPARE(target.count(QStringLiteral("SELECT count(*) FROM characters_character")), qint64(200));
        QCOMPARE(schemaDifference(target.schemaDump(), t.schemaDump()), QString());
    }

    void plainAndDirectoryFormats()
    {
        TestDatabase t(QStringLiteral("bk_formats"));
        QVERIFY(t.buildDemo(150));
        QTemporaryDir dir;
        BackupManager manager(t.db(), t.settings());
        for (BackupFormat format : {BackupFormat::Plain, BackupFormat::Directory}) {
            BackupOptions options;
            options.format = format;
            options.outputPath = dir.filePath(backupFormatName(format));
            const BackupResult r = manager.backup(options);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY2(r.warning.isEmpty(), qPrintable(r.warning));
            QVERIFY(r.record.verified);
            QCOMPARE(r.record.format, backupFormatName(format));
            QVERIFY(QFileInfo::exists(options.outputPath));
            QCOMPARE(QFileInfo(options.outputPath).isDir(), format == BackupFormat::Directory);
            QVERIFY(!QFileInfo::exists(options.outputPath + QStringLiteral(".partial")));
            QCOMPARE(BackupManager::checksum(options.outputPath), r.record.sha256);
            if (format == BackupFormat::Plain)
                QCOMPARE(r.record.sha256, sha256Of(options.outputPath));

            TestDatabase target(QStringLiteral("bk_fmt_dst"));
            RestoreOptions ro;
            ro.target = target.settings();
            const RestoreResult rr = manager.restore(options.outputPath, ro);
            QVERIFY2(rr.ok(), qPrintable(rr.error));
            QCOMPARE(rr.format, backupFormatName(format));
            QCOMPARE(gmaCounts(target.db()), gmaCounts(t.db()));
            QCOMPARE(schemaDifference(target.schemaDump(), t.schemaDump()), QString());
            if (format == BackupFormat::Plain) {
                // A plain backup over a non-empty database with --clean.
                QVERIFY(target.exec(QStringLiteral("DELETE FROM django_migrations WHERE app = 'items'")));
                QCOMPARE(int(manager.restore(options.outputPath, ro).status),
                         int(RestoreResult::Status::Refused));
                ro.clean = true;
                const RestoreResult again = manager.restore(options.outputPath, ro);
                QVERIFY2(again.ok(), qPrintable(again.error));
                QCOMPARE(gmaCounts(target.db()), gmaCounts(t.db()));
            }
        }
        QCOMPARE(catalogueRows(t), qint64(2));
    }

    void verifyDetectsChangedAndMissingFiles()
    {
        TestDatabase t(QStringLiteral("bk_verify"));
        QVERIFY(t.buildDemo(60));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.dump"));
        BackupManager manager(t.db(), t.settings());
        BackupOptions options;
        options.outputPath = path;
        const BackupResult r = manager.backup(options);
        QVERIFY2(r.ok(), qPrintable(r.error));

        VerifyResult v = manager.verify(QString::number(r.record.id));
        QVERIFY2(v.ok, qPrintable(v.error));
        QVERIFY(v.checksumMatches);
        QVERIFY(v.entries > 10);
        v = manager.verify(path); // by path: finds the catalogue row
        QVERIFY(v.ok);
        QVERIFY(v.inCatalogue);
        QCOMPARE(v.record.id, r.record.id);

        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        v = manager.verify(QString::number(r.record.id));
        QVERIFY(!v.ok);
        QVERIFY(!v.checksumMatches);
        QVERIFY2(v.error.contains(QLatin1String("changed")), qPrintable(v.error));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT verified FROM gma_migrator.backups WHERE id = ?"), {r.record.id})
                .toBool(),
            false);

        QVERIFY(QFile::remove(path));
        v = manager.verify(QString::number(r.record.id));
        QVERIFY(!v.ok);
        QVERIFY(!v.exists);
        QVERIFY2(v.error.contains(QLatin1String("no longer exists")), qPrintable(v.error));

        v = manager.verify(QStringLiteral("999999"));
        QVERIFY(!v.ok);
        QVERIFY(!v.inCatalogue);
    }

    void unwritableFolderFailsCleanly()
    {
        TestDatabase t(QStringLiteral("bk_unwritable"));
        QVERIFY(t.buildDemo(20));
        QTemporaryDir dir;
        // A regular file where a folder should be: fails for root too.
        const QString file = dir.filePath(QStringLiteral("somefile"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a folder");
        }
        BackupManager manager(t.db(), t.settings());
        for (const QString &path : {file + QStringLiteral("/x.dump"), file + QStringLiteral("/sub/x.dump"),
                                    QStringLiteral("/proc/gma-backup-test.dump")}) {
            BackupOptions options;
            options.outputPath = path;
            const BackupResult r = manager.backup(options);
            QCOMPARE(int(r.status), int(BackupResult::Status::Refused));
            QVERIFY2(r.error.startsWith(QLatin1String("Cannot write the backup into")), qPrintable(r.error));
            QVERIFY2(r.error.contains(QLatin1String("choose a writable folder.")), qPrintable(r.error));
            QVERIFY(!QFileInfo::exists(path));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
            QVERIFY(r.commandLine.isEmpty()); // pg_dump never started
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("somefile")});
        QCOMPARE(catalogueRows(t), qint64(0));
    }

    void fullDiskFailsCleanly()
    {
        // A real full disk: a 256 KB tmpfs (needs root with CAP_SYS_ADMIN, as in the CI container).
        QTemporaryDir mountPoint;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=256k"), QStringLiteral("tmpfs"), mountPoint.path()});
        if (!mount.waitForFinished(20000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0)
            QSKIP("Cannot mount a small tmpfs here (needs root): the full-disk case is not exercised.");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{mountPoint.path()};

        TestDatabase t(QStringLiteral("bk_full"));
        QVERIFY(t.buildDemo(20000));
        BackupManager manager(t.db(), t.settings());
        BackupOptions options;
        options.outputPath = mountPoint.filePath(QStringLiteral("full.dump"));
        const BackupResult r = manager.backup(options);
        QCOMPARE(int(r.status), int(BackupResult::Status::Failed));
        QVERIFY2(r.error.startsWith(QLatin1String("The disk is full")), qPrintable(r.error));
        QVERIFY(QDir(mountPoint.path()).isEmpty());
        QCOMPARE(catalogueRows(t), qint64(0));
    }

    void missingPgDumpIsAClearError()
    {
        TestDatabase t(QStringLiteral("bk_nopgdump"));
        QVERIFY(t.buildDemo(20));
        QTemporaryDir emptyBin;
        QTemporaryDir out;
        BackupManager manager(t.db(), t.settings());
        BackupOptions options;
        options.outputPath = out.filePath(QStringLiteral("x.dump"));
        options.pgBinDir = emptyBin.path();
        const BackupResult r = manager.backup(options);
        QCOMPARE(int(r.status), int(BackupResult::Status::Refused));
        QVERIFY2(r.error.startsWith(QLatin1String("pg_dump was not found")), qPrintable(r.error));
        QVERIFY2(r.error.contains(emptyBin.path()), qPrintable(r.error));
        QVERIFY(QDir(out.path()).isEmpty());
        QCOMPARE(catalogueRows(t), qint64(0));

        // The same through the CLI with GMA_PG_BIN.
        QProcessEnvironment env;
        env.insert(QStringLiteral("GMA_PG_BIN"), emptyBin.path());
        const CliResult cli = runCli(
            {QStringLiteral("backup"), QStringLiteral("--output"), out.filePath(QStringLiteral("cli.dump"))},
            t.name(), {}, env);
        QCOMPARE(cli.exitCode, 1);
        QVERIFY2(cli.err.contains(QLatin1String("error: pg_dump was not found")), qPrintable(cli.err));
        QVERIFY(QDir(out.path()).isEmpty());

        // And the version check names both versions.
        const ClientTool found = BackupManager::findClient(QStringLiteral("pg_dump"), 9);
        QVERIFY(!found.ok());
        QVERIFY2(found.error.contains(QLatin1String("PostgreSQL 9")) && found.error.contains(found.version) &&
                     !found.version.isEmpty(),
                 qPrintable(found.error));
    }

    void cancelLeavesNoFile()
    {
        TestDatabase t(QStringLiteral("bk_cancel"));
        QVERIFY(t.buildDemo(40000));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.dump"));
        BackupManager manager(t.db(), t.settings());
        // cancel() from another thread once pg_dump reports its first table.
        QSemaphore dumping, cancelled;
        bool signalled = false;
        connect(&manager, &BackupManager::progress, this, [&](const QString &object, qint64) {
            if (signalled || !object.startsWith(QLatin1String("public.")))
                return;
            signalled = true;
            dumping.release();
            cancelled.acquire();
        });
        std::thread canceller([&] {
            dumping.acquire();
            manager.cancel();
            cancelled.release();
        });
        BackupOptions options;
        options.outputPath = path;
        const BackupResult r = manager.backup(options);
        if (!signalled)
            dumping.release(); // let the thread end
        canceller.join();
        QVERIFY(signalled);
        QCOMPARE(int(r.status), int(BackupResult::Status::Cancelled));
        QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".partial")));
        QVERIFY(QDir(dir.path()).isEmpty());
        QCOMPARE(catalogueRows(t), qint64(0));
        // The connection is usable afterwards (the snapshot transaction ended).
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item")), qint64(40000));
    }

    void cliAutomaticBackupBeforeMigrate()
    {
        TestDatabase t(QStringLiteral("bk_cli_auto"));
        QVERIFY(t.buildDemo(120));
        QTemporaryDir data;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const QString backups = data.filePath(QStringLiteral("gma-migrator/backups"));

        // A rehearsal in place takes none.
        CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--dry-run"), QStringLiteral("--in-place")},
                             t.name(), {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(catalogueRows(t), qint64(0));

        r = runCli({QStringLiteral("migrate")}, t.name(), {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Backup taken: ")), qPrintable(r.out));
        QCOMPARE(catalogueRows(t), qint64(1));
        const QStringList files = QDir(backups).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString file = QDir(backups).filePath(files.first());
        QVERIFY(files.first().startsWith(t.name() + QLatin1Char('-')));
        QVERIFY(r.out.contains(file));
        QCOMPARE(t.count(QStringLiteral(
                             "SELECT count(*) FROM gma_migrator.backups WHERE path = ? AND sha256 = ? AND "
                             "verified AND note LIKE '%before migrate%'"),
                         {file, sha256Of(file)}),
                 qint64(1));
        // Taken before: the recorded state has no 0003/0004, the database now has all six.
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM gma_migrator.backups b, "
                     "jsonb_array_elements(b.migration_state) e WHERE e->>'name' ~ '^000[34]'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name ~ '^000[34]'")),
                 qint64(6));

        // --no-backup skips it.
        r = runCli({QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--no-backup")},
                   t.name(), {}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("skipped")));
        QCOMPARE(catalogueRows(t), qint64(1));
        QCOMPARE(QDir(backups).entryList(QDir::Files).size(), 1);

        // The listing shows it, in JSON too.
        r = runCli({QStringLiteral("backups"), QStringLiteral("--json")}, t.name(), {}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("backups")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QStringLiteral("path")).toString(), file);
        QCOMPARE(list.first()
                     .toObject()
                     .value(QStringLiteral("row_counts"))
                     .toObject()
                     .value(QStringLiteral("items_item"))
                     .toInteger(),
                 qint64(120));
    }

    void cliBackupVerifyAndRestore()
    {
        TestDatabase t(QStringLiteral("bk_cli"));
        QVERIFY(t.buildDemo(80));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.dump"));
        CliResult r = runCli({QStringLiteral("backup"), QStringLiteral("--output"), path}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Backup written: ") + path));
        QVERIFY(r.err.contains(QLatin1String("dumping public.items_item")));
        QCOMPARE(catalogueRows(t), qint64(1));
        const qint64 id = t.count(QStringLiteral("SELECT max(id) FROM gma_migrator.backups"));

        r = runCli({QStringLiteral("backup"), QStringLiteral("--verify"), QString::number(id)}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("checksum unchanged")));

        // An existing file is never overwritten.
        r = runCli({QStringLiteral("backup"), QStringLiteral("--output"), path}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already exists")));

        r = runCli({QStringLiteral("backups")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(path));
        QVERIFY(r.out.contains(QLatin1String("at 0002")));

        // restore: the target must be named; a non-empty one needs --clean.
        r = runCli({QStringLiteral("restore"), path}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--db")));
        r = runCli({QStringLiteral("restore"), path, QStringLiteral("--db"), t.name()}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not empty")));
        const QString target = t.name() + QStringLiteral("_cli");
        DroppedLater drop(target);
        r = runCli({QStringLiteral("restore"), path, QStringLiteral("--db"), target}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("(created)")));
        QSqlDatabase restored = drop.open();
        QCOMPARE(gmaCounts(restored), gmaCounts(t.db()));
        restored = QSqlDatabase();
        drop.closeAll();
        r = runCli({QStringLiteral("restore"), dir.filePath(QStringLiteral("nothing.dump")),
                    QStringLiteral("--db"), target},
                   t.name());
        QCOMPARE(r.exitCode, 1);
        // A server that cannot be reached: exit 3.
        r = runCli({QStringLiteral("restore"), path, QStringLiteral("--db"),
                    QStringLiteral("host=127.0.0.1 port=1 dbname=x connect_timeout=3")},
                   t.name());
        QCOMPARE(r.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
