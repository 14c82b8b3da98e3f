#include "democluster.h"

#include "catalogue.h"
#include "demo.h"
#include "format.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gma {

namespace {

// A loopback port nobody listens on: bind to port 0 and read what the kernel chose.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
        socklen_t len = sizeof addr;
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
    }
    ::close(fd);
    return port;
}

bool chownToPostgres(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

} // namespace

DemoCluster::~DemoCluster()
{
    stop();
}

QString DemoCluster::findServerBinaries(const QString &preferred)
{
    QStringList candidates;
    if (!preferred.isEmpty())
        candidates << preferred;
    const QString env = qEnvironmentVariable("GMA_PG_BIN");
    if (!env.isEmpty())
        candidates << env;
    for (const char *v : {"17", "16", "15"})
        candidates << QStringLiteral("/usr/lib/postgresql/%1/bin").arg(QLatin1String(v));
    for (const QString &dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable())
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty())
        return QFileInfo(initdb).absolutePath();
    return QString();
}

bool DemoCluster::runServerTool(const QString &program, const QStringList &args, int timeoutMs, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString tool = m_binDir + QLatin1Char('/') + program;
    if (m_asPostgres)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                       QStringLiteral("--"), tool} + args);
    else
        p.start(tool, args);
    if (!p.waitForStarted(10000)) {
        if (output)
            *output = p.errorString();
        return false;
    }
    const bool finished = p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (!finished) {
        p.kill();
        p.waitForFinished(2000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool DemoCluster::start(const DemoClusterOptions &options, QString *error,
                        const std::function<void(const QString &)> &progress)
{
    auto say = [&](const QString &text) {
        if (progress)
            progress(text);
    };
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        stop();
        return false;
    };
    stop();
    m_binDir = findServerBinaries(options.pgBinDir);
    if (m_binDir.isEmpty())
        return fail(QCoreApplication::translate(
            "gma::DemoCluster", "The PostgreSQL server programs (initdb, pg_ctl) were not found: install "
                                "postgresql-15 or set GMA_PG_BIN to their folder."));
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres && !::getpwnam("postgres"))
        return fail(QCoreApplication::translate(
            "gma::DemoCluster", "Running as root needs a 'postgres' system user to run the demo server: "
                                "install postgresql-15 or start the application as an ordinary user."));

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/gma-demo.XXXXXX"));
    if (!tmp.isValid())
        return fail(QCoreApplication::translate(
                        "gma::DemoCluster",
                        "Could not create a temporary folder for the demo server: check the space "
                        "and permissions of %1.")
                        .arg(QDir::tempPath()));
    tmp.setAutoRemove(false);
    m_dir = tmp.path();
    ::chmod(QFile::encodeName(m_dir).constData(), 0755);
    if (m_asPostgres && !chownToPostgres(m_dir))
        return fail(QCoreApplication::translate("gma::DemoCluster",
                                                "Could not hand the demo folder %1 to the postgres user.")
                        .arg(m_dir));

    say(QCoreApplication::translate("gma::DemoCluster", "Creating a throwaway PostgreSQL cluster in %1...")
            .arg(m_dir));
    QString out;
    const QString dataDir = m_dir + QStringLiteral("/data");
    if (!runServerTool(QStringLiteral("initdb"),
                       {QStringLiteral("-D"), dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                        QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                        QStringLiteral("--locale=C.UTF-8")},
                       120000, &out))
        return fail(
            QCoreApplication::translate("gma::DemoCluster", "initdb could not create the demo cluster: %1")
                .arg(out.section(QLatin1Char('\n'), -1)));

    const int port = freeLoopbackPort();
    if (port == 0)
        return fail(QCoreApplication::translate("gma::DemoCluster",
                                                "No free loopback port was found for the demo server."));
    m_port = QString::number(port);
    say(QCoreApplication::translate("gma::DemoCluster", "Starting the demo server on port %1...")
            .arg(m_port));
    const QString serverOptions =
        QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off "
                       "-c full_page_writes=off")
            .arg(m_port, m_dir);
    if (!runServerTool(QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), dataDir, QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"),
                        QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                        serverOptions, QStringLiteral("start")},
                       90000, &out)) {
        QFile log(m_dir + QStringLiteral("/server.log"));
        QString last = out;
        if (log.open(QIODevice::ReadOnly))
            last = QString::fromLocal8Bit(log.readAll()).trimmed().section(QLatin1Char('\n'), -1);
        return fail(
            QCoreApplication::translate("gma::DemoCluster", "The demo server did not start: %1").arg(last));
    }
    m_running = true;

    // Create the demo database, then fill it.
    ConnectError cerr;
    {
        ConnectionSettings admin = settings();
        admin.database = QStringLiteral("postgres");
        const QString name = Database::uniqueName(QStringLiteral("demo-admin"));
        auto db = Database::open(admin, name, &cerr);
        if (!db)
            return fail(cerr.message);
        const auto r = sql::exec(*db, QStringLiteral("CREATE DATABASE gma_demo"));
        db.reset();
        Database::close(name);
        if (!r.ok)
            return fail(
                QCoreApplication::translate("gma::DemoCluster", "Could not create the demo database: %1")
                    .arg(r.error));
    }
    {
        const QString name = Database::uniqueName(QStringLiteral("demo-build"));
        auto db = Database::open(settings(), name, &cerr);
        if (!db)
            return fail(cerr.message);
        say(QCoreApplication::translate("gma::DemoCluster", "Building demo data (%1 rows per model)...")
                .arg(format::count(options.rows, QLocale())));
        DemoOptions demo;
        demo.rows = options.rows;
        const DemoResult built = Demo::build(*db, MigrationCatalogue::builtIn(), demo, progress);
        db.reset();
        Database::close(name);
        if (!built.ok)
            return fail(built.error);
        say(QCoreApplication::translate("gma::DemoCluster",
                                        "Demo database ready: %1 characters, %2 items, %3 locations (%4).")
                .arg(format::count(built.characters, QLocale()), format::count(built.items, QLocale()),
                     format::count(built.locations, QLocale()), format::duration(built.ms, QLocale())));
    }
    return true;
}

void DemoCluster::stop()
{
    if (m_dir.isEmpty())
        return;
    if (m_running) {
        runServerTool(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-m"),
                       QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                      30000, nullptr);
        m_running = false;
    }
    QDir(m_dir).removeRecursively();
    m_dir.clear();
    m_port.clear();
}

ConnectionSettings DemoCluster::settings() const
{
    ConnectionSettings s;
    s.host = m_dir;
    s.port = m_port;
    s.user = QStringLiteral("postgres");
    s.database = QStringLiteral("gma_demo");
    return s;
}

} // namespace gma
