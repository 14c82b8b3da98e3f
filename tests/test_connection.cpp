// Connection failures are told apart by libpq's state and the server's SQLSTATE, not by the
// message's wording: the same kind and the same English sentence in English and in German
// (libpq's client messages follow LC_MESSAGES; the server's follow its lc_messages).
#include "connection.h"
#include "sqlutil.h"
#include "testdb.h"
#include "translations.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <clocale>
#include <libpq-fe.h>

using namespace gma;
using namespace gma::test;

namespace {

const QString kRefused = QStringLiteral("The server refused the password: check the user name and password "
                                        "(or ~/.pgpass) and try again.");
const QString kNoDatabase = QStringLiteral("The database does not exist on that server: check the database name.");
const QString kUnreachable = QStringLiteral("The server cannot be reached: check that PostgreSQL is running and "
                                            "that host and port are right.");

ConnectionSettings tcp(const QString &password)
{
    ConnectionSettings s = clusterSettings();
    s.host = QStringLiteral("127.0.0.1");
    s.port = tcpPort();
    s.password = password;
    return s;
}

ConnectError tryOpen(const ConnectionSettings &settings)
{
    ConnectError error;
    const QString name = Database::uniqueName(QStringLiteral("conntest"));
    const bool opened = Database::open(settings, name, &error).has_value();
    if (opened)
        Database::close(name);
    return error;
}

// libpq's own message for `settings` (to show which language the client speaks).
QString rawLibpqMessage(const ConnectionSettings &settings)
{
    PGconn *conn = PQconnectdb(settings.toConninfo(true).toUtf8().constData());
    const QString text = QString::fromUtf8(PQerrorMessage(conn));
    PQfinish(conn);
    return text;
}

bool germanLocaleAvailable()
{
    const char *before = std::setlocale(LC_MESSAGES, nullptr);
    const QByteArray saved(before ? before : "C");
    const bool ok = std::setlocale(LC_MESSAGES, "de_DE.UTF-8") != nullptr;
    std::setlocale(LC_MESSAGES, saved.constData());
    return ok;
}

// Switches the process (libpq's gettext) to German while it lives.
class GermanClient
{
public:
    GermanClient()
    {
        for (const char *k : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            m_saved.append({k, qgetenv(k)});
        qputenv("LANG", "de_DE.UTF-8");
        qputenv("LC_ALL", "de_DE.UTF-8");
        qputenv("LC_MESSAGES", "de_DE.UTF-8");
        qunsetenv("LANGUAGE");
        std::setlocale(LC_MESSAGES, "de_DE.UTF-8");
    }
    ~GermanClient()
    {
        for (const auto &kv : std::as_const(m_saved)) {
            if (kv.second.isNull())
                qunsetenv(kv.first);
            else
                qputenv(kv.first, kv.second);
        }
        std::setlocale(LC_MESSAGES, "C");
    }

private:
    QList<QPair<const char *, QByteArray>> m_saved;
};

// The test cluster's server messages in German while it lives (lc_messages is reloadable).
class GermanServer
{
public:
    GermanServer()
    {
        m_connection = Database::uniqueName(QStringLiteral("conntest-admin"));
        ConnectError error;
        auto db = Database::open(clusterSettings(), m_connection, &error);
        if (!db)
            return;
        m_db = *db;
        m_ok = sql::exec(m_db, QStringLiteral("ALTER SYSTEM SET lc_messages = 'de_DE.UTF-8'")).ok &&
               sql::exec(m_db, QStringLiteral("SELECT pg_reload_conf()")).ok;
        QTest::qWait(300); // the postmaster rereads its configuration asynchronously
    }
    ~GermanServer()
    {
        if (m_db.isOpen()) {
            sql::exec(m_db, QStringLiteral("ALTER SYSTEM RESET lc_messages"));
            sql::exec(m_db, QStringLiteral("SELECT pg_reload_conf()"));
            QTest::qWait(300);
        }
        m_db = QSqlDatabase();
        Database::close(m_connection);
    }
    bool ok() const { return m_ok; }

private:
    QString m_connection;
    QSqlDatabase m_db;
    bool m_ok = false;
};

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No password from the environment or a password file may help the cases below.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/gma-test-pgpass");
    }

    void wrongPassword()
    {
        const ConnectError e = tryOpen(tcp(QStringLiteral("wrong-password")));
        QCOMPARE(e.kind, ConnectError::Kind::AuthenticationFailed);
        QCOMPARE(e.message, kRefused);
        QVERIFY(!e.message.contains(QStringLiteral("wrong-password")));
    }

    void noPasswordWhereOneIsNeeded()
    {
        const ConnectError e = tryOpen(tcp(QString()));
        QCOMPARE(e.kind, ConnectError::Kind::AuthenticationFailed);
        QCOMPARE(e.message, kRefused);
    }

    void rightPasswordConnects()
    {
        const ConnectError e = tryOpen(tcp(tcpPassword()));
        QCOMPARE(e.kind, ConnectError::Kind::None);
        QVERIFY(!e.isError());
    }

    void unknownDatabase()
    {
        const ConnectError e = tryOpen(clusterSettings(QStringLiteral("gt_no_such_database")));
        QCOMPARE(e.kind, ConnectError::Kind::NoSuchDatabase);
        QCOMPARE(e.message, kNoDatabase);
    }

    void unknownUser()
    {
        ConnectionSettings s = clusterSettings();
        s.user = QStringLiteral("gt_no_such_role");
        const ConnectError e = tryOpen(s);
        QCOMPARE(e.kind, ConnectError::Kind::AuthenticationFailed);
        QCOMPARE(e.message, QStringLiteral("The server does not know that user: check the user name."));
    }

    void closedPort()
    {
        ConnectionSettings s = tcp(QString());
        s.port = QStringLiteral("1"); // nothing listens on port 1 of the loopback
        const ConnectError e = tryOpen(s);
        QCOMPARE(e.kind, ConnectError::Kind::Unreachable);
        QCOMPARE(e.message, kUnreachable);
    }

    void unknownHost()
    {
        ConnectionSettings s = tcp(QString());
        s.host = QStringLiteral("no-such-host.invalid");
        s.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
        QElapsedTimer timer;
        timer.start();
        const ConnectError e = tryOpen(s);
        QCOMPARE(e.kind, ConnectError::Kind::Unreachable);
        QCOMPARE(e.message, kUnreachable);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    // libpq in German (client side): the same kinds and sentences, while libpq's own text is German.
    void germanClient()
    {
        if (!germanLocaleAvailable())
            QSKIP("The locale de_DE.UTF-8 is not generated on this machine (scripts/setup-debian.sh generates it).");
        GermanClient german;
        ConnectionSettings closed = tcp(QString());
        closed.port = QStringLiteral("1");
        const QString raw = rawLibpqMessage(closed);
        QVERIFY2(raw.contains(QStringLiteral("Verbindung")), qPrintable(raw)); // libpq speaks German

        ConnectError e = tryOpen(tcp(QStringLiteral("wrong-password")));
        QCOMPARE(e.kind, ConnectError::Kind::AuthenticationFailed);
        QCOMPARE(e.message, kRefused);
        e = tryOpen(tcp(QString()));
        QCOMPARE(e.kind, ConnectError::Kind::AuthenticationFailed);
        QCOMPARE(e.message, kRefused);
        e = tryOpen(clusterSettings(QStringLiteral("gt_no_such_database")));
        QCOMPARE(e.kind, ConnectError::Kind::NoSuchDatabase);
        QCOMPARE(e.message, kNoDatabase);
        e = tryOpen(closed);
        QCOMPARE(e.kind, ConnectError::Kind::Unreachable);
        QCOMPARE(e.message, kUnreachable);
    }

    // The server in German too (authentication and startup errors come in the server's
    // lc_messages), and the CLI run as a child with a German environment.
    void germanServerAndCli()
    {
        if (!germanLocaleAvailable())
            QSKIP("The locale de_DE.UTF-8 is not generated on this machine (scripts/setup-debian.sh generates it).");
        GermanServer server;
        QVERIFY(server.ok());
        {
            GermanClient german;
            const QString raw = rawLibpqMessage(clusterSettings(QStringLiteral("gt_no_such_database")));
            QVERIFY2(raw.contains(QStringLiteral("existiert nicht")), qPrintable(raw)); // the server speaks German
            ConnectError e = tryOpen(tcp(QStringLiteral("wrong-password")));
            QCOMPARE(e.kind, ConnectError::Kind::AuthenticationFailed);
            QCOMPARE(e.message, kRefused);
            e = tryOpen(clusterSettings(QStringLiteral("gt_no_such_database")));
            QCOMPARE(e.kind, ConnectError::Kind::NoSuchDatabase);
            QCOMPARE(e.message, kNoDatabase);
        }

        QProcessEnvironment german;
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/gma-test-pgpass"));
        german.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-password"));
        const QString overTcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=postgres user=%2")
                                    .arg(tcpPort(), clusterSettings().user);
        // showmigrations is output scripts parse: English in any locale, the same sentence as above.
        CliResult r = runCli({QStringLiteral("--db"), overTcp, QStringLiteral("showmigrations")},
                             QStringLiteral("postgres"), {}, german);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QStringLiteral("error: %1\n").arg(kRefused));
        r = runCli({QStringLiteral("--db"), QStringLiteral("gt_no_such_database"), QStringLiteral("showmigrations")},
                   QStringLiteral("gt_no_such_database"), {}, german);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QStringLiteral("error: %1\n").arg(kNoDatabase));

        // A command for a person speaks German: the CLI's "Fehler:" and the engine's sentence in
        // the German translation (what the same failure gives in this process with German installed).
        gma::i18n::install(QLocale(QLocale::German, QLocale::Germany));
        const QString refusedInGerman = tryOpen(tcp(QStringLiteral("wrong-password"))).message;
        const QString noDatabaseInGerman =
            tryOpen(clusterSettings(QStringLiteral("gt_no_such_database"))).message;
        gma::i18n::useEnglish();
        r = runCli({QStringLiteral("--db"), overTcp, QStringLiteral("status")}, QStringLiteral("postgres"),
                   {}, german);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QStringLiteral("Fehler: %1\n").arg(refusedInGerman));
        r = runCli({QStringLiteral("--db"), QStringLiteral("gt_no_such_database"), QStringLiteral("status")},
                   QStringLiteral("gt_no_such_database"), {}, german);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err, QStringLiteral("Fehler: %1\n").arg(noDatabaseInGerman));
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "test_connection.moc"
