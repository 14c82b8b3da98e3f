#include "connection.h"

#include "sqlutil.h"
#include "toolschema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <libpq-fe.h>
#include <poll.h>
#include <vector>

namespace gma {

namespace {

QString quoteConninfoValue(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

std::optional<ConnectionSettings> ConnectionSettings::parse(const QString &conninfo, QString *error)
{
    // As psql's -d: a bare word is a database name.
    if (!conninfo.contains(QLatin1Char('=')) && !conninfo.contains(QLatin1String("://"))) {
        ConnectionSettings s;
        s.database = conninfo.trimmed();
        return s;
    }
    char *errmsg = nullptr;
    const QByteArray utf8 = conninfo.toUtf8();
    PQconninfoOption *opts = PQconninfoParse(utf8.constData(), &errmsg);
    if (!opts) {
        if (error) {
            QString text = errmsg ? QString::fromUtf8(errmsg).trimmed()
                                  : QCoreApplication::translate("gma::Database", "out of memory");
            *error = QCoreApplication::translate("gma::Database", "The connection string is not valid: %1.")
                         .arg(text);
        }
        if (errmsg)
            PQfreemem(errmsg);
        return std::nullopt;
    }
    ConnectionSettings s;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString val = QString::fromUtf8(o->val);
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            // hostaddr alone is the host; beside a host name it is where to connect (the name
            // still checks the certificate under verify-full).
            if (s.host.isEmpty() || key == QLatin1String("host"))
                s.host = val;
            else
                s.options.insert(key, val);
        } else if (key == QLatin1String("port")) {
            s.port = val;
        } else if (key == QLatin1String("dbname")) {
            s.database = val;
        } else if (key == QLatin1String("user")) {
            s.user = val;
        } else if (key == QLatin1String("password")) {
            s.password = val;
        } else if (key == QLatin1String("sslmode")) {
            s.sslMode = val;
        } else if (key != QLatin1String("application_name")) {
            s.options.insert(key, val);
        }
    }
    PQconninfoFree(opts);
    // Values libpq would only reject when connecting (then without a server to blame).
    static const QRegularExpression ports(QStringLiteral("^\\d{1,5}(,\\d{1,5})*$"));
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                   QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    QString invalid;
    if (!s.port.isEmpty() && !ports.match(s.port).hasMatch())
        invalid = QCoreApplication::translate("gma::Database", "the port \"%1\" is not a number").arg(s.port);
    else if (!s.sslMode.isEmpty() && !modes.contains(s.sslMode))
        invalid = QCoreApplication::translate("gma::Database", "sslmode \"%1\" is none of %2")
                      .arg(s.sslMode, modes.join(QStringLiteral(", ")));
    if (!invalid.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("gma::Database", "The connection string is not valid: %1.")
                         .arg(invalid);
        return std::nullopt;
    }
    return s;
}

ConnectionSettings ConnectionSettings::fromEnvironment()
{
    ConnectionSettings s;
    s.host = qEnvironmentVariable("PGHOST");
    s.port = qEnvironmentVariable("PGPORT");
    s.database = qEnvironmentVariable("PGDATABASE");
    s.user = qEnvironmentVariable("PGUSER");
    s.password = qEnvironmentVariable("PGPASSWORD");
    s.sslMode = qEnvironmentVariable("PGSSLMODE");
    return s;
}

ConnectionSettings ConnectionSettings::withDefaults(const ConnectionSettings &d) const
{
    ConnectionSettings s = *this;
    if (s.host.isEmpty())
        s.host = d.host;
    if (s.port.isEmpty())
        s.port = d.port;
    if (s.database.isEmpty())
        s.database = d.database;
    if (s.user.isEmpty())
        s.user = d.user;
    if (s.password.isEmpty())
        s.password = d.password;
    if (s.sslMode.isEmpty())
        s.sslMode = d.sslMode;
    for (auto it = d.options.begin(); it != d.options.end(); ++it) {
        if (!s.options.contains(it.key()))
            s.options.insert(it.key(), it.value());
    }
    return s;
}

ConnectionSettings ConnectionSettings::resolved() const
{
    ConnectionSettings s = withDefaults(fromEnvironment());
    // libpq's compiled-in defaults.
    PQconninfoOption *defaults = PQconndefaults();
    if (defaults) {
        for (PQconninfoOption *o = defaults; o->keyword; ++o) {
            const QString key = QString::fromUtf8(o->keyword);
            const QString val = o->val ? QString::fromUtf8(o->val) : QString();
            if (key == QLatin1String("host") && s.host.isEmpty())
                s.host = val;
            else if (key == QLatin1String("port") && s.port.isEmpty())
                s.port = val;
            else if (key == QLatin1String("user") && s.user.isEmpty())
                s.user = val;
        }
        PQconninfoFree(defaults);
    }
    if (s.host.isEmpty())
        s.host = QStringLiteral("/var/run/postgresql");
    if (s.port.isEmpty())
        s.port = QStringLiteral("5432");
    if (s.database.isEmpty())
        s.database = s.user;
    return s;
}

bool ConnectionSettings::isSecretKeyword(const QString &keyword)
{
    return keyword == QLatin1String("password") || keyword == QLatin1String("sslpassword");
}

QString ConnectionSettings::toConninfo(bool includePassword) const
{
    QStringList parts;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + quoteConninfoValue(value);
    };
    add("host", host);
    add("port", port);
    add("dbname", database);
    add("user", user);
    if (includePassword)
        add("password", password);
    add("sslmode", sslMode);
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (includePassword || !isSecretKeyword(it.key()))
            parts << it.key() + QLatin1Char('=') + quoteConninfoValue(it.value());
    }
    return parts.join(QLatin1Char(' '));
}

QString Encryption::text() const
{
    if (!known)
        return QCoreApplication::translate("gma::Database", "unknown");
    if (!encrypted)
        return QCoreApplication::translate("gma::Database", "not encrypted");
    return QCoreApplication::translate("gma::Database", "%1, %2 (%3 bits)").arg(version, cipher).arg(bits);
}

QString ConnectionSettings::displayName() const
{
    const ConnectionSettings r = resolved();
    return QStringLiteral("%1@%2:%3/%4").arg(r.user, r.host, r.port, r.database);
}

QMap<QString, QString> ConnectionSettings::childEnvironment() const
{
    QMap<QString, QString> env;
    auto put = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            env.insert(QString::fromLatin1(name), value);
    };
    put("PGHOST", host);
    put("PGPORT", port);
    put("PGDATABASE", database);
    put("PGUSER", user);
    put("PGSSLMODE", sslMode);
    // The keywords libpq also reads from the environment (sslpassword has no variable and never
    // leaves the process; the password goes through a password file, see PgTools::run).
    static const std::pair<const char *, const char *> kEnv[] = {
        {"connect_timeout", "PGCONNECT_TIMEOUT"}, {"sslrootcert", "PGSSLROOTCERT"},
        {"sslcert", "PGSSLCERT"},                 {"sslkey", "PGSSLKEY"},
        {"sslcrl", "PGSSLCRL"},                   {"hostaddr", "PGHOSTADDR"},
        {"passfile", "PGPASSFILE"},               {"channel_binding", "PGCHANNELBINDING"},
        {"gssencmode", "PGGSSENCMODE"},           {"target_session_attrs", "PGTARGETSESSIONATTRS"}};
    for (const auto &[keyword, variable] : kEnv) {
        if (options.contains(QLatin1String(keyword)))
            put(variable, options.value(QLatin1String(keyword)));
    }
    return env;
}

CancelHandle::CancelHandle(const QSqlDatabase &db)
{
    if (PGconn *conn = sql::libpqConnection(db))
        m_cancel = PQgetCancel(conn);
}

CancelHandle::~CancelHandle()
{
    if (m_cancel)
        PQfreeCancel(static_cast<PGcancel *>(m_cancel));
}

bool CancelHandle::cancel()
{
    if (!m_cancel)
        return false;
    char errbuf[256];
    return PQcancel(static_cast<PGcancel *>(m_cancel), errbuf, sizeof errbuf) == 1;
}

namespace Database {

QString uniqueName(const QString &prefix)
{
    static QAtomicInt counter;
    return QStringLiteral("gma-%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1) + 1);
}

namespace {

ConnectError withKind(ConnectError::Kind kind, const QString &message)
{
    ConnectError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ConnectError refusedPassword()
{
    return withKind(ConnectError::Kind::AuthenticationFailed,
                    QCoreApplication::translate(
                        "gma::Database", "The server refused the password: check the user name and password "
                                         "(or ~/.pgpass) and try again."));
}

ConnectError noSuchDatabase()
{
    return withKind(
        ConnectError::Kind::NoSuchDatabase,
        QCoreApplication::translate("gma::Database",
                                    "The database does not exist on that server: check the database name."));
}

ConnectError unreachable()
{
    return withKind(
        ConnectError::Kind::Unreachable,
        QCoreApplication::translate("gma::Database",
                                    "The server cannot be reached: check that PostgreSQL is running and that "
                                    "host and port are right."));
}

ConnectError unknownUser()
{
    return withKind(ConnectError::Kind::AuthenticationFailed,
                    QCoreApplication::translate("gma::Database",
                                                "The server does not know that user: check the user name."));
}

ConnectError otherFailure(const QString &text)
{
    QString t = text.simplified();
    t.remove(QStringLiteral("QPSQL: "));
    return withKind(ConnectError::Kind::Other,
                    QCoreApplication::translate("gma::Database", "The connection failed: %1").arg(t));
}

// libpq keywords and values for `settings`, as Database::open passes them to the driver.
QList<QPair<QByteArray, QByteArray>> libpqParameters(const ConnectionSettings &settings)
{
    QList<QPair<QByteArray, QByteArray>> p;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            p.append({QByteArray(key), value.toUtf8()});
    };
    add("host", settings.host);
    add("port", settings.port);
    add("dbname", settings.database);
    add("user", settings.user);
    add("password", settings.password);
    add("sslmode", settings.sslMode);
    add("application_name", QStringLiteral("gma-migrator"));
    if (!settings.options.contains(QStringLiteral("connect_timeout")))
        add("connect_timeout", QStringLiteral("10"));
    for (auto it = settings.options.begin(); it != settings.options.end(); ++it)
        p.append({it.key().toUtf8(), it.value().toUtf8()});
    return p;
}

// The SQLSTATE in a verbose server error ("FATAL:  28P01: ..."; the severity may be translated,
// the code never is); empty when the failure was the client's own (no server message).
QString sqlStateOf(const QString &message)
{
    // libpq writes "SEVERITY:  SQLSTATE: message" (two spaces after the severity).
    static const QRegularExpression code(QStringLiteral(":  ([0-9A-Z]{5}): "));
    const QRegularExpressionMatch m = code.match(message);
    return m.hasMatch() ? m.captured(1) : QString();
}

// One connection attempt with libpq: whether it reached the server (connected, or the server
// answered with a SQLSTATE).
bool reachesServer(const ConnectionSettings &settings);

// A failure without a server message under an sslmode that demands TLS: tried again without TLS
// and without verification, to tell "no TLS there" and "the certificate does not verify" from
// "nothing there" (by what the server does, not by libpq's possibly translated wording).
std::optional<ConnectError> tlsFailure(const ConnectionSettings &settings)
{
    const QString mode = settings.sslMode.isEmpty() ? qEnvironmentVariable("PGSSLMODE") : settings.sslMode;
    if (mode != QLatin1String("require") && mode != QLatin1String("verify-ca") &&
        mode != QLatin1String("verify-full"))
        return std::nullopt;
    ConnectionSettings plain = settings;
    plain.sslMode = QStringLiteral("require");
    // With a root certificate at hand libpq verifies under "require" too: none for this try.
    plain.options.insert(QStringLiteral("sslrootcert"), QStringLiteral("/nonexistent/gma-no-root.crt"));
    if (mode != QLatin1String("require") && reachesServer(plain))
        return withKind(ConnectError::Kind::Other,
                        (mode == QLatin1String("verify-full")
                             ? QCoreApplication::translate(
                                   "gma::Database", "The server's certificate did not pass sslmode=%1: check "
                                                    "that sslrootcert names the CA that signed it and that "
                                                    "the host name matches the certificate.")
                             : QCoreApplication::translate(
                                   "gma::Database", "The server's certificate did not pass sslmode=%1: check "
                                                    "that sslrootcert names the CA that signed it."))
                            .arg(mode));
    plain.sslMode = QStringLiteral("disable");
    if (reachesServer(plain))
        return withKind(ConnectError::Kind::Other,
                        QCoreApplication::translate(
                            "gma::Database",
                            "The server does not offer encrypted (TLS) connections, but sslmode=%1 "
                            "requires one: enable ssl on the server or choose another sslmode.")
                            .arg(mode));
    return std::nullopt;
}

// Connects with libpq itself (the driver keeps the connection's details to itself) with verbose
// errors, so that the failure is known by libpq's state and the server's SQLSTATE rather than
// by a message that may be translated.
// A libpq connection attempt to its end (libpq applies connect_timeout); nullptr when libpq could not
// even start one. The caller PQfinish()es it.
PGconn *connectWithLibpq(const ConnectionSettings &settings)
{
    const auto params = libpqParameters(settings);
    std::vector<const char *> keys;
    std::vector<const char *> values;
    for (const auto &kv : params) {
        keys.push_back(kv.first.constData());
        values.push_back(kv.second.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    PGconn *conn = PQconnectStartParams(keys.data(), values.data(), 0);
    if (!conn)
        return nullptr;
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);
    PostgresPollingStatusType poll = PGRES_POLLING_WRITING;
    while (PQstatus(conn) != CONNECTION_BAD && poll != PGRES_POLLING_OK && poll != PGRES_POLLING_FAILED) {
        pollfd fd{PQsocket(conn), short(poll == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (fd.fd >= 0 && ::poll(&fd, 1, 1000) == 0)
            continue; // libpq applies connect_timeout itself on the next PQconnectPoll
        poll = PQconnectPoll(conn);
    }
    return conn;
}

ConnectError probe(const ConnectionSettings &settings, const QString &driverText, bool *reached = nullptr)
{
    PGconn *conn = connectWithLibpq(settings);
    if (!conn)
        return otherFailure(driverText);
    ConnectError e;
    if (reached)
        *reached = PQstatus(conn) == CONNECTION_OK ||
                   !sqlStateOf(QString::fromUtf8(PQerrorMessage(conn))).isEmpty();
    if (PQstatus(conn) == CONNECTION_OK) {
        e = otherFailure(driverText);
    } else {
        const QString message = QString::fromUtf8(PQerrorMessage(conn));
        const QString state = sqlStateOf(message);
        if (state == QLatin1String("28P01") || PQconnectionNeedsPassword(conn))
            e = refusedPassword();
        else if (state == QLatin1String("3D000"))
            e = noSuchDatabase();
        else if (state == QLatin1String("28000"))
            e = PQconnectionUsedPassword(conn) ? refusedPassword() : unknownUser();
        else if (state.isEmpty() && reached)
            e = unreachable(); // only asked whether the server is reached
        else if (state.isEmpty())
            e = tlsFailure(settings).value_or(unreachable()); // no server message: TLS, refused, unknown host, timeout, no socket
        else
            e = otherFailure(driverText.isEmpty() ? message : driverText);
    }
    PQfinish(conn);
    return e;
}

bool reachesServer(const ConnectionSettings &settings)
{
    bool reached = false;
    probe(settings, QString(), &reached);
    return reached;
}

} // namespace

ConnectError diagnose(const ConnectionSettings &settings, const QString &failureText)
{
    return probe(settings, failureText);
}

bool needsPassword(const ConnectionSettings &settings)
{
    PGconn *conn = connectWithLibpq(settings);
    if (!conn)
        return false;
    const bool needs = PQstatus(conn) == CONNECTION_BAD && PQconnectionNeedsPassword(conn);
    PQfinish(conn);
    return needs;
}

ConnectError classify(const QString &driverText)
{
    // For text alone (a tool's output, run with LC_MESSAGES=C): libpq's and the server's English.
    const QString lower = driverText.toLower();
    if (lower.contains(QLatin1String("password authentication failed")) ||
        lower.contains(QLatin1String("no password supplied")) ||
        lower.contains(QLatin1String("authentication failed")))
        return refusedPassword();
    if (lower.contains(QLatin1String("does not exist")) && lower.contains(QLatin1String("database")))
        return noSuchDatabase();
    if (lower.contains(QLatin1String("could not connect")) || lower.contains(QLatin1String("connection refused")) ||
        lower.contains(QLatin1String("could not translate host name")) ||
        lower.contains(QLatin1String("timeout expired")) || lower.contains(QLatin1String("no such file")) ||
        lower.contains(QLatin1String("network is unreachable")) ||
        lower.contains(QLatin1String("connection to server")))
        return unreachable();
    if (lower.contains(QLatin1String("role")) && lower.contains(QLatin1String("does not exist")))
        return unknownUser();
    return otherFailure(driverText);
}

namespace {
QtMessageHandler g_previousHandler = nullptr;

void dropLostConnectionWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        (message.startsWith(QLatin1String("Unable to free statement")) ||
         message.startsWith(QLatin1String("QSqlQuery::prepare: database not open")) ||
         message.startsWith(QLatin1String("QSqlQuery::exec: database not open"))))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        qt_message_output(type, context, message);
}
} // namespace

void silenceLostConnectionWarnings()
{
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(dropLostConnectionWarnings);
}

std::optional<QSqlDatabase> open(const ConnectionSettings &settings, const QString &connectionName,
                                 ConnectError *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error) {
            error->kind = ConnectError::Kind::NoDriver;
            error->message = QCoreApplication::translate(
                "gma::Database", "Qt's PostgreSQL driver is missing: install libqt6sql6-psql.");
        }
        return std::nullopt;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(settings.host);
        if (!settings.port.isEmpty())
            db.setPort(settings.port.toInt());
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        QStringList options;
        if (!settings.sslMode.isEmpty())
            options << QStringLiteral("sslmode=") + quoteConninfoValue(settings.sslMode);
        options << QStringLiteral("application_name='gma-migrator'");
        if (!settings.options.contains(QStringLiteral("connect_timeout")))
            options << QStringLiteral("connect_timeout=10");
        for (auto it = settings.options.begin(); it != settings.options.end(); ++it)
            options << it.key() + QLatin1Char('=') + quoteConninfoValue(it.value());
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET application_name = 'gma-migrator'"));
            // A statement_timeout set on the role or database (often a web application's limit of a
            // few seconds) would stop the tool's reads and batches half-way: the tool keeps its own
            // limits (ReadGuard for reads; lock_timeout and batches for runs).
            q.exec(QStringLiteral("SET statement_timeout = 0"));
            // PostgreSQL 14+: a session whose client went away (killed, its machine gone) stops
            // within a second instead of finishing its statement, so that its locks go with it.
            if (db.driver()->hasFeature(QSqlDriver::Transactions) &&
                sql::scalar(db, QStringLiteral("SELECT current_setting('server_version_num')::int >= 140000")).toBool())
                q.exec(QStringLiteral("SET client_connection_check_interval = 1000"));
            if (error)
                *error = {};
            return db;
        }
        const QString text = db.lastError().databaseText().isEmpty() ? db.lastError().driverText()
                                                                     : db.lastError().databaseText();
        if (error)
            *error = diagnose(settings, text);
    }
    QSqlDatabase::removeDatabase(connectionName);
    return std::nullopt;
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Encryption encryption(QSqlDatabase &db)
{
    Encryption e;
    const auto r = sql::rows(db, QStringLiteral("SELECT ssl, coalesce(version, ''), coalesce(cipher, ''), "
                                                "coalesce(bits, 0) FROM pg_catalog.pg_stat_ssl WHERE pid = "
                                                "pg_catalog.pg_backend_pid()"));
    if (r.isEmpty())
        return e;
    const QVariantList &row = r.first();
    e.known = true;
    e.encrypted = row.at(0).toBool();
    e.version = row.at(1).toString();
    e.cipher = row.at(2).toString();
    e.bits = row.at(3).toInt();
    return e;
}

ServerInfo serverInfo(QSqlDatabase &db)
{
    ServerInfo info;
    const auto r = sql::rows(db, QStringLiteral(
        "SELECT current_setting('server_version'), current_setting('server_version_num')::int, "
        "current_database(), current_user, coalesce(inet_server_addr()::text, 'local socket'), "
        "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
        "to_regclass('public.django_migrations') IS NOT NULL, "
        "NOT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "            WHERE n.nspname = 'public' AND c.relkind IN ('r','p','v','m')), "
        "to_regclass('public.users_user') IS NOT NULL AND to_regclass('public.campaigns_campaign') IS NOT NULL"));
    if (r.isEmpty())
        return info;
    const QVariantList &row = r.first();
    info.version = row.at(0).toString().section(QLatin1Char(' '), 0, 0);
    info.versionNum = row.at(1).toInt();
    info.database = row.at(2).toString();
    info.user = row.at(3).toString();
    info.host = row.at(4).toString();
    info.isSuperuser = row.at(5).toBool();
    info.hasDjangoMigrations = row.at(6).toBool();
    info.isEmpty = row.at(7).toBool();
    info.encryption = encryption(db);
    bool gma = row.at(8).toBool();
    if (!gma && info.hasDjangoMigrations) {
        // GMA migrations recorded, or this tool has worked here before (its own schema is there):
        // a database built only to users 0001, or taken down with `migrate users zero`.
        gma = sql::scalar(db,
                          QStringLiteral("SELECT EXISTS (SELECT 1 FROM django_migrations WHERE app IN "
                                         "('characters','items','locations','campaigns')) "
                                         "OR to_regnamespace(?) IS NOT NULL"),
                          {QString::fromLatin1(kToolSchema)})
                  .toBool();
    }
    info.isGma = gma;
    return info;
}

} // namespace Database

} // namespace gma
