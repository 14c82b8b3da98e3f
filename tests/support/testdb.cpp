#include "testdb.h"

#include "rehearsal.h"

#include "demo.h"
#include "planner.h"
#include "schemacontract.h"
#include "sqlutil.h"
#include "state.h"
#include "strategy.h"
#include "toolschema.h"
#include "translations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QSqlError>

#include <unistd.h>

namespace gma::test {

const MigrationCatalogue &catalogue()
{
    static const MigrationCatalogue cat = MigrationCatalogue::builtIn();
    return cat;
}

namespace {

// The tests speak English, as the tool does for scripts (C locale, English plural forms); a test
// of another language installs it (i18n::install) and goes back with i18n::useEnglish().
void speakEnglish()
{
    i18n::useEnglish();
}
Q_COREAPP_STARTUP_FUNCTION(speakEnglish)

QMap<QString, QString> readEnvFile()
{
    QMap<QString, QString> env;
    QFile file(QStringLiteral(GMA_TEST_ENV_FILE));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The test cluster is not running (%s missing): run the tests through ctest, which starts it.",
               GMA_TEST_ENV_FILE);
    for (const QByteArray &line : file.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

const QMap<QString, QString> &clusterEnv()
{
    static const QMap<QString, QString> env = readEnvFile();
    return env;
}

// The connections test support opened on the test's thread (restartCluster opens them again).
QStringList &supportConnections()
{
    static QStringList names;
    return names;
}

QString adminConnection()
{
    static const QString name = [] {
        ConnectError error;
        const QString n = QStringLiteral("gma-test-admin");
        if (!Database::open(clusterSettings(), n, &error))
            qFatal("Cannot connect to the test cluster: %s", qPrintable(error.message));
        supportConnections() << n;
        return n;
    }();
    return name;
}

} // namespace

ConnectionSettings clusterSettings(const QString &database)
{
    ConnectionSettings s;
    s.host = clusterEnv().value(QStringLiteral("PGHOST"));
    s.port = clusterEnv().value(QStringLiteral("PGPORT"));
    s.user = clusterEnv().value(QStringLiteral("PGUSER"));
    s.database = database;
    return s;
}

QString tcpPassword()
{
    return clusterEnv().value(QStringLiteral("GMA_TEST_TCP_PASSWORD"));
}

QString tcpPort()
{
    return clusterEnv().value(QStringLiteral("PGPORT"));
}

// Backups the CLI takes by default (before migrate/rollback) go to a folder of this test run,
// not to the user's ~/.local/share.
static QString testDataHome()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/gma-test-data-XXXXXX"));
    return dir.path();
}

QProcessEnvironment processEnvironment(const QString &database)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), testDataHome());
    for (const char *k : {"PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE", "PGSSLMODE", "PGSERVICE"})
        env.remove(QString::fromLatin1(k));
    env.insert(QStringLiteral("PGHOST"), clusterEnv().value(QStringLiteral("PGHOST")));
    env.insert(QStringLiteral("PGPORT"), clusterEnv().value(QStringLiteral("PGPORT")));
    env.insert(QStringLiteral("PGUSER"), clusterEnv().value(QStringLiteral("PGUSER")));
    env.insert(QStringLiteral("PGDATABASE"), database);
    const QString bin = clusterEnv().value(QStringLiteral("GMA_PGBIN"));
    if (!bin.isEmpty())
        env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    return env;
}

TestDatabase::TestDatabase(const QString &tag)
{
    qputenv("XDG_DATA_HOME", testDataHome().toLocal8Bit());
    static QAtomicInt counter;
    QString clean = tag.toLower();
    clean.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    m_name = QStringLiteral("gt_%1_%2_%3")
                 .arg(clean.left(30))
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase admin = QSqlDatabase::database(adminConnection());
    const auto r = sql::exec(admin, QStringLiteral("CREATE DATABASE %1").arg(sql::quoteIdent(m_name)));
    if (!r.ok)
        qFatal("Cannot create test database %s: %s", qPrintable(m_name), qPrintable(r.error));
}

TestDatabase::~TestDatabase()
{
    for (const QString &c : std::as_const(m_extra))
        Database::close(c);
    if (!m_connection.isEmpty()) {
        m_db = QSqlDatabase();
        Database::close(m_connection);
    }
    QSqlDatabase admin = QSqlDatabase::database(adminConnection());
    sql::exec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(sql::quoteIdent(m_name)));
}

QSqlDatabase &TestDatabase::db()
{
    if (m_connection.isEmpty()) {
        m_connection = Database::uniqueName(QStringLiteral("test"));
        ConnectError error;
        if (!Database::open(settings(), m_connection, &error))
            qFatal("Cannot connect to %s: %s", qPrintable(m_name), qPrintable(error.message));
        supportConnections() << m_connection;
        m_db = QSqlDatabase::database(m_connection, false);
    }
    return m_db;
}

QSqlDatabase TestDatabase::openExtra(const QString &tag)
{
    const QString name = Database::uniqueName(tag);
    ConnectError error;
    auto extra = Database::open(settings(), name, &error);
    if (!extra)
        qFatal("Cannot open a second connection to %s: %s", qPrintable(m_name), qPrintable(error.message));
    m_extra << name;
    supportConnections() << name;
    return *extra;
}

bool TestDatabase::exec(const QString &statement, const QVariantList &values)
{
    const auto r = sql::exec(db(), statement, values);
    m_lastError = r.error;
    if (!r.ok)
        qWarning("SQL failed: %s: %s", qPrintable(statement.left(200)), qPrintable(r.error));
    return r.ok;
}

QVariant TestDatabase::scalar(const QString &statement, const QVariantList &values)
{
    QString error;
    const QVariant v = sql::scalar(db(), statement, values, &error);
    m_lastError = error;
    if (!error.isEmpty())
        qWarning("SQL failed: %s: %s", qPrintable(statement.left(200)), qPrintable(error));
    return v;
}

qint64 TestDatabase::count(const QString &statement, const QVariantList &values)
{
    const QVariant v = scalar(statement, values);
    return v.isValid() ? v.toLongLong() : -1;
}

bool TestDatabase::buildDemo(qint64 rows)
{
    DemoOptions options;
    options.rows = rows;
    const DemoResult r = Demo::build(db(), catalogue(), options);
    m_lastError = r.error;
    return r.ok;
}

bool TestDatabase::buildSchemaAt0002()
{
    for (const QString &app : Planner::strategyApps()) {
        const RunResult r = migrate(app, QStringLiteral("0002"));
        if (!r.ok()) {
            m_lastError = r.error;
            return false;
        }
    }
    return true;
}

RunResult TestDatabase::migrate(const QString &app, const QString &target, const RunOptions &options)
{
    QString error;
    const auto state = MigrationState::read(db(), &error);
    RunResult failed;
    failed.status = RunResult::Status::Refused;
    if (!state) {
        failed.error = error;
        return failed;
    }
    PlanError perr;
    const auto plan = Planner::migrate(catalogue(), *state, app, target, &perr);
    if (!plan) {
        failed.error = perr.message;
        return failed;
    }
    Executor executor(db(), catalogue());
    return executor.run(*plan, options);
}

RunResult TestDatabase::rollback(const RunOptions &options)
{
    QString error;
    const auto state = MigrationState::read(db(), &error);
    RunResult failed;
    failed.status = RunResult::Status::Refused;
    if (!state) {
        failed.error = error;
        return failed;
    }
    PlanError perr;
    const auto plan = Planner::rollback(catalogue(), *state, &perr);
    if (!plan) {
        failed.error = perr.message;
        return failed;
    }
    Executor executor(db(), catalogue());
    return executor.run(*plan, options);
}

QString TestDatabase::fingerprint()
{
    QStringList parts{schemaDump()};
    parts << scalar(QStringLiteral(
                        "SELECT string_agg(app || '.' || name, ',' ORDER BY app, name) FROM django_migrations"))
                 .toString();
    for (const QString &table : strategy::modelTables()) {
        parts << scalar(QStringLiteral("SELECT md5(string_agg(x::text, ',' ORDER BY x.id)) FROM %1 AS x")
                            .arg(sql::quoteIdent(table)))
                     .toString();
    }
    parts << scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"),
                    {QString::fromLatin1(kToolSchema)})
                 .toString();
    return parts.join(QLatin1Char('\n'));
}

QString TestDatabase::schemaDump()
{
    // The same filter as shared/spec/schema-dump.sh.
    QProcess dump;
    dump.setProcessEnvironment(processEnvironment(m_name));
    QStringList args{QStringLiteral("--schema-only"), QStringLiteral("--no-owner"), QStringLiteral("--no-privileges")};
    for (const QString &table : strategy::gmaTables() + QStringList{QStringLiteral("django_migrations")})
        args << QStringLiteral("-t") << table;
    dump.start(QStringLiteral("pg_dump"), args << m_name);
    if (!dump.waitForFinished(120000) || dump.exitCode() != 0) {
        m_lastError = QString::fromUtf8(dump.readAllStandardError());
        return QString();
    }
    QStringList kept;
    QString text = QString::fromUtf8(dump.readAllStandardOutput());
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("SET ")) ||
            line.startsWith(QLatin1String("SELECT pg_catalog")) || line.startsWith(QLatin1String("\\restrict")) ||
            line.startsWith(QLatin1String("\\unrestrict")))
            continue;
        if (line.isEmpty() && !kept.isEmpty() && kept.last().isEmpty())
            continue; // cat -s
        kept << line;
    }
    return kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString schemaDifference(const QString &actual, const QString &expected)
{
    const QStringList a = actual.split(QLatin1Char('\n'));
    const QStringList e = expected.split(QLatin1Char('\n'));
    for (int i = 0; i < qMax(a.size(), e.size()); ++i) {
        if (a.value(i) != e.value(i) || i >= a.size() || i >= e.size())
            return QStringLiteral("line %1: got '%2', expected '%3'").arg(i + 1).arg(a.value(i, QStringLiteral("<end>")),
                                                                                  e.value(i, QStringLiteral("<end>")));
    }
    return QString();
}

QString referenceSchema(const QString &stage)
{
    QFile file(QStringLiteral(GMA_SOURCE_DIR "/resources/contract/schema-at-%1.sql").arg(stage));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture schema-at-%s.sql missing", qPrintable(stage));
    return QString::fromUtf8(file.readAll());
}

QString contractDifference(TestDatabase &t)
{
    QString error;
    const QList<SchemaEntry> live = Validation::introspect(t.db(), &error);
    if (!error.isEmpty())
        return error;
    const QList<SchemaEntry> at0002 = Validation::parseDump(Validation::referenceDump(QStringLiteral("0002")));
    const QList<SchemaEntry> at0004 = Validation::parseDump(Validation::referenceDump(QStringLiteral("0004")));
    QStringList out;
    for (const QString &table : Validation::contractTables()) {
        const strategy::Model *model = strategy::findModel(table);
        const QString app = model ? model->app : QString();
        const bool migrated =
            !app.isEmpty() &&
            t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = ? AND name LIKE '0003%'"), {app}) > 0;
        auto only = [&](const QList<SchemaEntry> &entries) {
            QList<SchemaEntry> mine;
            for (const SchemaEntry &e : entries) {
                if (e.table == table)
                    mine << e;
            }
            return mine;
        };
        out << Validation::compareSchema(only(live), only(migrated ? at0004 : at0002),
                                         {QStringLiteral("users_user")});
    }
    return out.join(QLatin1Char('\n'));
}

QString rowChecksum(TestDatabase &t)
{
    QString error;
    const QMap<QString, QString> sums = Rehearsal::rowChecksums(t.db(), &error);
    QStringList out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    return sums.isEmpty() ? QStringLiteral("error: ") + error : out.join(QLatin1Char(' '));
}

qint64 advisoryHolders(QSqlDatabase &probe)
{
    return sql::scalar(probe,
                       QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
                                      "classid = ? AND objid = ? AND objsubid = 1"),
                       {qint64(kAdvisoryLockKey >> 32), qint64(kAdvisoryLockKey & 0xffffffffLL)})
        .toLongLong();
}

qint64 advisoryLocks(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
                                  "(SELECT oid FROM pg_database WHERE datname = current_database())"));
}

QString errorLine(const QString &err, QString *problem)
{
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString &l : lines) {
        if (l.startsWith(QLatin1String("error: ")))
            errors << l;
    }
    if (errors.size() != 1) {
        *problem = QStringLiteral("%1 error lines").arg(errors.size());
        return QString();
    }
    if (lines.last() != errors.first()) {
        *problem = QStringLiteral("the error is not the last line (more text follows it: %1)").arg(lines.last());
        return QString();
    }
    for (const char *noise : {"server closed the connection", "This probably means", "QPSQL", "\t"}) {
        if (err.contains(QLatin1String(noise))) {
            *problem = QStringLiteral("libpq/driver noise: %1").arg(QLatin1String(noise));
            return QString();
        }
    }
    return errors.first();
}

namespace {

// pg_ctl ACTION on the fixture's cluster as its owner; with `reopen`, this process's connections
// are opened again afterwards.
bool pgCtl(const QString &action, bool reopen, QString *error)
{
    const QString data = clusterEnv().value(QStringLiteral("GMA_PGDATA"));
    QStringList args{clusterEnv().value(QStringLiteral("GMA_PGBIN")) + QStringLiteral("/pg_ctl"),
                     QStringLiteral("-D"), data, QStringLiteral("-l"), QFileInfo(data).absolutePath() + QStringLiteral("/server.log"),
                     QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), action};
    // The server's options (port, socket folder, settings) as it was started: postmaster.opts
    // holds them while it runs; a start after a stop passes them again.
    static QString serverOptions;
    if (action != QLatin1String("start")) {
        QFile opts(data + QStringLiteral("/postmaster.opts"));
        if (opts.open(QIODevice::ReadOnly)) {
            const QString line = QString::fromLocal8Bit(opts.readAll()).trimmed();
            serverOptions = line.mid(line.indexOf(QLatin1Char(' ')) + 1);
        }
    } else if (!serverOptions.isEmpty()) {
        args << QStringLiteral("-o") << serverOptions;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (::getuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + args);
    else
        p.start(args.takeFirst(), args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = QString::fromLocal8Bit(p.readAll());
        return false;
    }
    if (!reopen)
        return true;
    for (const QString &name : supportConnections()) {
        // Only the test's own connections (a window's workers reconnect on their own).
        if (!QSqlDatabase::contains(name))
            continue;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
        if (!db.open()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray readProc(qint64 pid, const char *what)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(what)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

namespace {

// The fields of /proc/PID/stat after the command: state, ppid, ...
QList<QByteArray> statFields(qint64 pid)
{
    const QByteArray stat = readProc(pid, "stat");
    const int close = stat.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
}

} // namespace

qint64 childProcess(qint64 parent, const QByteArray &comm)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        bool ok = false;
        const qint64 pid = p.toLongLong(&ok);
        if (ok && statFields(pid).value(1).toLongLong() == parent && readProc(pid, "comm").trimmed() == comm)
            return pid;
    }
    return 0;
}

bool processAlive(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    return !fields.isEmpty() && fields.first() != "Z";
}

bool restartCluster(QString *error) { return pgCtl(QStringLiteral("restart"), true, error); }
bool stopCluster(QString *error) { return pgCtl(QStringLiteral("stop"), false, error); }
bool startCluster(QString *error) { return pgCtl(QStringLiteral("start"), true, error); }

static QString figurePath(const QString &name)
{
    return QStringLiteral(GMA_RELIABILITY_DIR "/%1.txt").arg(name);
}

void recordFigure(const QString &name, const QString &line)
{
    QDir().mkpath(QStringLiteral(GMA_RELIABILITY_DIR));
    QFile f(figurePath(name));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(line.toUtf8() + '\n');
    qInfo().noquote() << line;
}

void forgetFigure(const QString &name)
{
    QFile::remove(figurePath(name));
}

bool waitTransactionOlderThan(TestDatabase &t, qint64 pid, int ms)
{
    for (int i = 0; i < 600; ++i) {
        if (t.scalar(QStringLiteral("SELECT clock_timestamp() - xact_start > make_interval(secs => ?) FROM "
                                    "pg_stat_activity WHERE pid = ?"),
                     {ms / 1000.0, pid})
                .toBool())
            return true;
        QTest::qWait(50);
    }
    return false;
}

CliResult runCli(const QStringList &args, const QString &database, const QByteArray &stdinData,
                 const QProcessEnvironment &extraEnv)
{
    QProcess p;
    QProcessEnvironment env = processEnvironment(database);
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GMA_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(600000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool runProgram(const QString &program, const QStringList &args, QString *output, const QString &dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

ExtraCluster::ExtraCluster(const QString &folder) : m_folder(folder) {}

ExtraCluster::~ExtraCluster()
{
    stop();
}

QString ExtraCluster::envFile() const
{
    return m_folder + QStringLiteral("/cluster.env");
}

bool ExtraCluster::start(QString *output, const QString &serverBinaries)
{
    if (serverBinaries.isEmpty())
        return startWith({QStringLiteral("start"), envFile()}, output);
    const QByteArray before = qgetenv("GMA_PG_BIN");
    qputenv("GMA_PG_BIN", serverBinaries.toLocal8Bit());
    const bool ok = startWith({QStringLiteral("start"), envFile()}, output);
    if (before.isEmpty())
        qunsetenv("GMA_PG_BIN");
    else
        qputenv("GMA_PG_BIN", before);
    return ok;
}

bool ExtraCluster::startReplicaOf(const QString &primaryEnvFile, QString *output)
{
    return startWith({QStringLiteral("replica"), envFile(), primaryEnvFile}, output);
}

bool ExtraCluster::startWith(const QStringList &args, QString *output)
{
    if (!runProgram(QStringLiteral("bash"), QStringList{QStringLiteral(GMA_SOURCE_DIR "/scripts/pg-test-cluster.sh")} + args,
                    output))
        return false;
    m_started = true;
    return readEnv();
}

bool ExtraCluster::readEnv()
{
    QFile f(envFile());
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return !value(QStringLiteral("PGPORT")).isEmpty();
}

void ExtraCluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    QString out;
    runProgram(QStringLiteral("bash"),
               {QStringLiteral(GMA_SOURCE_DIR "/scripts/pg-test-cluster.sh"), QStringLiteral("stop"), envFile()}, &out);
}

QString ExtraCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3")
        .arg(value(QStringLiteral("PGHOST")), value(QStringLiteral("PGPORT")), database);
}

bool ExtraCluster::psql(const QString &sql, QString *output, const QString &database) const
{
    // A server built without client programs (another major version's server alone) is reached
    // with Debian's psql.
    QString psqlPath = value(QStringLiteral("GMA_PGBIN")) + QStringLiteral("/psql");
    if (!QFileInfo(psqlPath).isExecutable())
        psqlPath = QStringLiteral("psql");
    return runProgram(psqlPath,
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-h"), value(QStringLiteral("PGHOST")), QStringLiteral("-p"),
                       value(QStringLiteral("PGPORT")), QStringLiteral("-U"), QStringLiteral("postgres"),
                       QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
                      output);
}

} // namespace gma::test
