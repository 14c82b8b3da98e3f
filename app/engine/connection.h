// Connecting to PostgreSQL: libpq-compatible settings (URI, keyword string, environment,
// ~/.pgpass through libpq itself), a clear one-sentence error, server facts, and a cancel handle.
// Thread rule: a QSqlDatabase is used only on the thread that opened it. ConnectionSettings and
// ServerInfo are plain values. CancelHandle::cancel() may be called from any thread.
#pragma once

#include <QMap>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace gma {

struct ConnectionSettings
{
    QString host;     // host name, IP address or Unix socket directory; empty: libpq default
    QString port;
    QString database;
    QString user;
    QString password; // kept in memory only; never written to settings, logs or reports
    QString sslMode;
    QMap<QString, QString> options; // other libpq keywords (connect_timeout, sslrootcert, ...)

    // Parses a postgresql:// URI or a libpq keyword string (host=... dbname=...) with libpq; a bare
    // word is a database name, as for psql -d.
    static std::optional<ConnectionSettings> parse(const QString &conninfo, QString *error);
    // PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE, as psql reads them.
    static ConnectionSettings fromEnvironment();
    // Fills fields left empty from `defaults`.
    ConnectionSettings withDefaults(const ConnectionSettings &defaults) const;
    // Settings with every empty field resolved as libpq would (for display).
    ConnectionSettings resolved() const;
    // A libpq keyword string without the password (and without sslpassword).
    QString toConninfo(bool includePassword = false) const;
    // password and sslpassword: kept in memory only, never on a command line or in a file.
    static bool isSecretKeyword(const QString &keyword);
    // "user@host:port/database", never the password.
    QString displayName() const;
    // Environment for a child process (pg_dump ...): PGHOST..., PGSSLMODE, PGSSLROOTCERT...; never
    // the password (PgTools::run hands it over in a password file readable by the owner only).
    QMap<QString, QString> childEnvironment() const;
};

struct ConnectError
{
    enum class Kind { None, Unreachable, AuthenticationFailed, NoSuchDatabase, NoDriver, Other };
    Kind kind = Kind::None;
    QString message; // one sentence, with what to do

    bool isError() const { return kind != Kind::None; }
};

// Whether the tool's own backend's connection is encrypted (pg_stat_ssl).
struct Encryption
{
    bool known = false;     // pg_stat_ssl could be read
    bool encrypted = false;
    QString version;        // "TLSv1.3"
    QString cipher;         // "TLS_AES_256_GCM_SHA384"
    int bits = 0;
    // "TLSv1.3, TLS_AES_256_GCM_SHA384 (256 bits)", "not encrypted", or "unknown".
    QString text() const;
};

struct ServerInfo
{
    QString version;    // "15.18"
    int versionNum = 0; // 150018
    QString database;
    QString user;
    QString host;
    bool isSuperuser = false;
    bool isGma = false;          // the GMA tables or django_migrations with GMA apps are present
    bool isEmpty = false;        // no tables at all in public
    bool hasDjangoMigrations = false;
    Encryption encryption; // Database::encryption
};

class CancelHandle
{
public:
    explicit CancelHandle(const QSqlDatabase &db);
    ~CancelHandle();
    CancelHandle(const CancelHandle &) = delete;
    CancelHandle &operator=(const CancelHandle &) = delete;
    // Asks the server to cancel the statement running on that connection. Any thread.
    bool cancel();

private:
    void *m_cancel = nullptr;
};

namespace Database {
// Opens a named connection (application_name gma-migrator). On failure removes it again and
// returns nullopt with a classified error.
std::optional<QSqlDatabase> open(const ConnectionSettings &settings, const QString &connectionName,
                                 ConnectError *error);
// Closes and removes a named connection.
void close(const QString &connectionName);
// A connection name unique in the process ("gma-<prefix>-<n>").
QString uniqueName(const QString &prefix);
ServerInfo serverInfo(QSqlDatabase &db);
// The TLS version and cipher of this connection's own backend (pg_stat_ssl), or not encrypted.
Encryption encryption(QSqlDatabase &db);
// Why a connection with `settings` fails, by libpq's own state (PQconnectionNeedsPassword,
// PQconnectionUsedPassword) and the server's SQLSTATE (28P01, 28000, 3D000), never by the
// message's wording, so that a translated server or libpq is understood the same; connects once
// more to find out. `failureText` is the driver's message, kept for failures of no known kind.
ConnectError diagnose(const ConnectionSettings &settings, const QString &failureText);
// True when the server asks for a password that neither the settings, PGPASSWORD nor the password
// file gave (a connection attempt, then libpq's PQconnectionNeedsPassword). Blocks up to the
// connection's timeout.
bool needsPassword(const ConnectionSettings &settings);
// Turns an English failure text into one sentence (for a client tool's output, run with
// LC_MESSAGES=C); prefer diagnose() where the settings are at hand.
ConnectError classify(const QString &driverText);
// Drops Qt's driver warnings about a connection that has gone ("Unable to free statement: ...",
// "QSqlQuery::exec: database not open"), which repeat libpq's multi-line text on stderr after the
// tool has already said in one sentence that the connection was lost. Once, at startup.
void silenceLostConnectionWarnings();
} // namespace Database

} // namespace gma

Q_DECLARE_METATYPE(gma::ConnectionSettings)
