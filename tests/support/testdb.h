// Test support: a fresh database per test on the throwaway cluster, and helpers that build the
// GMA schema, run plans and dump the schema as CONTRACT.md describes.
// Thread rule: a TestDatabase and its connection are used on the thread that created them.
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "executor.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>

namespace gma::test {

// The built-in migration definitions, read once for the whole test.
const MigrationCatalogue &catalogue();

// The cluster the pg_cluster fixture started (PGHOST, PGPORT, PGUSER from its env file).
ConnectionSettings clusterSettings(const QString &database = QStringLiteral("postgres"));
// Environment for child processes (the CLI, pg_dump) pointing at `database`.
QProcessEnvironment processEnvironment(const QString &database);
// The password of the postgres role for loopback TCP connections.
QString tcpPassword();
QString tcpPort();

class TestDatabase
{
public:
    // Creates a new empty database with a unique name derived from `tag`.
    explicit TestDatabase(const QString &tag = QStringLiteral("t"));
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    const QString &name() const { return m_name; }
    ConnectionSettings settings() const { return clusterSettings(m_name); }
    // The test's main connection (opened on first use).
    QSqlDatabase &db();
    // A second, independent connection (for concurrent sessions); closed in the destructor.
    QSqlDatabase openExtra(const QString &tag);

    // Statement helpers that fail the test through QVERIFY in the caller when they return false.
    bool exec(const QString &statement, const QVariantList &values = {});
    QVariant scalar(const QString &statement, const QVariantList &values = {});
    qint64 count(const QString &statement, const QVariantList &values = {});
    QString lastError() const { return m_lastError; }

    // Builds the schema at 0002 with `rows` demo rows per model (Demo::build).
    bool buildDemo(qint64 rows);
    // Builds the schema at 0002 without data.
    bool buildSchemaAt0002();
    // Runs `migrate APP TARGET` (empty app: everything) with the built-in catalogue.
    RunResult migrate(const QString &app = QString(), const QString &target = QString(),
                      const RunOptions &options = RunOptions{});
    RunResult rollback(const RunOptions &options = RunOptions{});
    // Schema, recorded migrations, every row of the strategy's tables and whether the tool's
    // schema exists: equal before and after means "nothing changed".
    QString fingerprint();
    // schema-dump.sh's output for this database.
    // (Compare with compareSchema() for a readable first difference.)
    QString schemaDump();

private:
    QString m_name;
    QString m_connection;
    QSqlDatabase m_db;
    QStringList m_extra;
    QString m_lastError;
};

// Waits until session `pid`'s transaction has been open longer than `ms` (observed in
// pg_stat_activity through `t`'s connection, at most 30 s); false when it never was.
bool waitTransactionOlderThan(TestDatabase &t, qint64 pid, int ms);

// The schema of the contract's tables against the contract for the state django_migrations
// records, app by app (an app with 0003 recorded, with or without 0004, is held to the 0004
// reference: the data step changes no schema). Empty when equal, else the differences.
QString contractDifference(TestDatabase &t);
// A checksum of every row of the five GMA tables over the columns they have at 0002 (what the
// migration must not change): equal before and after means no row was lost or changed.
QString rowChecksum(TestDatabase &t);
// Sessions in `t`'s database holding an advisory lock.
qint64 advisoryLocks(TestDatabase &t);
// Sessions anywhere on the cluster holding the migrator's advisory lock, seen from `probe`.
qint64 advisoryHolders(QSqlDatabase &probe);

// The CLI's one "error: " line of `err`: it must be the last line, alone, without libpq's or the
// driver's noise ("server closed the connection unexpectedly", "This probably means", "QPSQL");
// empty (with what is wrong in *problem) otherwise.
QString errorLine(const QString &err, QString *problem);

// Restarts the test cluster (pg_ctl restart -m fast, as its owner) and opens this process's
// connections again; false with the reason in *error when it did not come back.
bool restartCluster(QString *error);
// Stops the test cluster (pg_ctl stop -m fast) and starts it again (pg_ctl start; this process's
// connections are opened again), for faults where the server is away for a while.
bool stopCluster(QString *error);
bool startCluster(QString *error);

// The reliability summary: each reliability test records its figure line ("faults survived:
// 15/15") as NAME.txt in the build's reliability folder (tests/tools/reliability-summary.sh joins
// them into one line); forgetFigure removes it when the test starts, so no old figure survives.
void recordFigure(const QString &name, const QString &line);
void forgetFigure(const QString &name);

// /proc/PID/WHAT ("cmdline", "environ", "stat"), empty when it cannot be read.
QByteArray readProc(qint64 pid, const char *what);
// The pid of the child of process `parent` whose command (/proc/PID/comm) is `comm`, or 0.
qint64 childProcess(qint64 parent, const QByteArray &comm);
// True when process `pid` exists (and is not a zombie).
bool processAlive(qint64 pid);

// Runs `program` to its end (two minutes at most) with stdout and stderr in *output; true when it
// exited with 0.
bool runProgram(const QString &program, const QStringList &args, QString *output, const QString &dir = QString());

// Another throwaway cluster beside the fixture's (scripts/pg-test-cluster.sh with its own
// environment file in `folder`), for tests that need a second server. stop() or the destructor
// stops it and removes its data.
class ExtraCluster
{
public:
    explicit ExtraCluster(const QString &folder);
    ~ExtraCluster();
    ExtraCluster(const ExtraCluster &) = delete;
    ExtraCluster &operator=(const ExtraCluster &) = delete;

    // `serverBinaries`: the folder of another PostgreSQL's initdb, pg_ctl and postgres (default:
    // the newest installed by Debian).
    bool start(QString *output, const QString &serverBinaries = QString());
    // A streaming hot standby of the cluster `primaryEnvFile` describes (pg-test-cluster.sh
    // replica; GMA_TEST_ENV_FILE is the fixture's), application_name gma_replica.
    bool startReplicaOf(const QString &primaryEnvFile, QString *output);
    void stop();
    // A value of its environment file: PGHOST (the socket folder), PGPORT, GMA_PGBIN, GMA_PGDATA,
    // GMA_TEST_TCP_PASSWORD.
    QString value(const QString &key) const { return m_env.value(key); }
    // A libpq keyword string for `database` over its socket, as the postgres role.
    QString conninfo(const QString &database) const;
    // Runs `sql` with psql on `database` (ON_ERROR_STOP); true when it succeeded.
    bool psql(const QString &sql, QString *output, const QString &database = QStringLiteral("postgres")) const;

private:
    QString envFile() const;
    bool startWith(const QStringList &args, QString *output); // pg-test-cluster.sh ARGS
    bool readEnv();
    QString m_folder;
    QMap<QString, QString> m_env;
    bool m_started = false;
};

// Empty when equal, else the first differing line of each.
QString schemaDifference(const QString &actual, const QString &expected);
// The contract's reference dumps (resources/contract, the copy the validation embeds).
QString referenceSchema(const QString &stage); // "0002" or "0004"
// Runs the CLI with `args` against `database`; returns exit code, stdout and stderr.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &args, const QString &database, const QByteArray &stdinData = {},
                 const QProcessEnvironment &extraEnv = {});

} // namespace gma::test
