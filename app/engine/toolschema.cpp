#include "toolschema.h"

#include "format.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

namespace gma {

QString toolTable(const char *table)
{
    return QLatin1String(kToolSchema) + QLatin1Char('.') + QLatin1String(table);
}

const QList<const char *> &toolTables()
{
    static const QList<const char *> tables{"history", "populate_log", "preserved_nulls", "backups",
                                                 "monitor_baseline", "online_steps"};
    return tables;
}

const RunIdentity &localIdentity()
{
    static const RunIdentity identity = [] {
        RunIdentity i;
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            i.osUser = QString::fromLocal8Bit(pw->pw_name);
        if (i.osUser.isEmpty())
            i.osUser = qEnvironmentVariable("USER", QStringLiteral("uid %1").arg(geteuid()));
        i.host = QSysInfo::machineHostName();
        i.toolVersion = QStringLiteral(GMA_VERSION);
        return i;
    }();
    return identity;
}

QString HistoryEntry::osUserAtHost() const
{
    if (osUser.isEmpty() || host.isEmpty())
        return osUser + host;
    return osUser + QLatin1Char('@') + host;
}

namespace ToolSchema {

namespace {
// Columns added after the first release, with their definitions: ensure() adds them to a
// schema an earlier version created, history() reads '' where they are still missing.
const QList<std::pair<const char *, const char *>> &historyAdditions()
{
    static const QList<std::pair<const char *, const char *>> columns{
        {"os_user", "text NOT NULL DEFAULT ''"}, {"host", "text NOT NULL DEFAULT ''"}};
    return columns;
}

bool historyUpToDate(QSqlDatabase &db)
{
    for (const auto &column : historyAdditions()) {
        if (!sql::columnExists(db, QLatin1String(kToolSchema), QStringLiteral("history"), QLatin1String(column.first)))
            return false;
    }
    return true;
}
} // namespace

bool exists(QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT to_regnamespace(?) IS NOT NULL"), {QLatin1String(kToolSchema)}).toBool();
}

bool ensure(QSqlDatabase &db, QString *error)
{
    static const char *const ddl[] = {
        "CREATE SCHEMA IF NOT EXISTS %1",
        "COMMENT ON SCHEMA %1 IS 'GMA Migrator bookkeeping: run history, what the data step "
        "filled, NULLs converted by a schema step, backups, monitoring baselines. Not part of the GMA schema.'",
        // One row per migration run (or rehearsal), whoever ran it.
        "CREATE TABLE IF NOT EXISTS %1.history ("
        " id bigserial PRIMARY KEY, app text NOT NULL, name text NOT NULL,"
        " direction text NOT NULL CHECK (direction IN ('forward', 'backward')),"
        " checksum text NOT NULL, started_at timestamptz NOT NULL, finished_at timestamptz NOT NULL,"
        " duration_ms bigint NOT NULL, outcome text NOT NULL, db_user text NOT NULL DEFAULT current_user,"
        " rows_affected bigint NOT NULL DEFAULT 0, tool_version text NOT NULL, message text NOT NULL DEFAULT '',"
        " os_user text NOT NULL DEFAULT '', host text NOT NULL DEFAULT '')",
        // What a data step filled, batch by batch and column by column, so that the reverse sets
        // back exactly that: row_ids[i] got vals[i] in column_name.
        "CREATE TABLE IF NOT EXISTS %1.populate_log ("
        " id bigserial PRIMARY KEY, table_name text NOT NULL, column_name text NOT NULL,"
        " row_ids bigint[] NOT NULL, vals bigint[] NOT NULL, filled_at timestamptz NOT NULL DEFAULT now())",
        "CREATE INDEX IF NOT EXISTS populate_log_table ON %1.populate_log (table_name, id)",
        // NULLs a schema step turned into a value (locations description), restored on rollback.
        "CREATE TABLE IF NOT EXISTS %1.preserved_nulls ("
        " id bigserial PRIMARY KEY, table_name text NOT NULL, column_name text NOT NULL,"
        " row_ids bigint[] NOT NULL, saved_at timestamptz NOT NULL DEFAULT now())",
        // Backups the tool took or verified.
        "CREATE TABLE IF NOT EXISTS %1.backups ("
        " id bigserial PRIMARY KEY, path text NOT NULL, format text NOT NULL, size_bytes bigint NOT NULL,"
        " sha256 text NOT NULL, taken_at timestamptz NOT NULL DEFAULT now(), db_user text NOT NULL DEFAULT current_user,"
        " server_version text NOT NULL, migration_state jsonb NOT NULL, row_counts jsonb NOT NULL,"
        " verified boolean NOT NULL DEFAULT false, note text NOT NULL DEFAULT '')",
        // Monitoring baselines (monitor.h): the statistics of the three tables before a run, or
        // whenever someone took one by hand.
        "CREATE TABLE IF NOT EXISTS %1.monitor_baseline ("
        " id bigserial PRIMARY KEY, taken_at timestamptz NOT NULL DEFAULT now(), reason text NOT NULL,"
        " db_user text NOT NULL DEFAULT current_user, snapshot jsonb NOT NULL)",
        // Schema steps an online run (RunOptions::online) has begun and not yet recorded: a step
        // listed here may be half done on purpose, and the next run continues it.
        "CREATE TABLE IF NOT EXISTS %1.online_steps ("
        " app text NOT NULL, name text NOT NULL, direction text NOT NULL CHECK (direction IN ('forward', 'backward')),"
        " started_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (app, name, direction))",
    };
    const QString schema = QLatin1String(kToolSchema);
    if (exists(db) && sql::tableExists(db, schema, QStringLiteral("backups")) &&
        sql::tableExists(db, schema, QStringLiteral("monitor_baseline")) &&
        sql::tableExists(db, schema, QStringLiteral("online_steps")) && historyUpToDate(db))
        return true;
    QStringList statements;
    for (const char *statement : ddl)
        statements << QString::fromLatin1(statement).arg(schema);
    // The columns a later version added, each only when missing (IF NOT EXISTS alone would print a
    // server notice on every new schema).
    const int created = int(statements.size());
    for (const auto &column : historyAdditions()) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 %3")
                          .arg(toolTable("history"), QLatin1String(column.first), QLatin1String(column.second));
    }
    for (int i = 0; i < statements.size(); ++i) {
        const QString &statement = statements.at(i);
        if (i >= created && sql::columnExists(db, schema, QStringLiteral("history"),
                                              QLatin1String(historyAdditions().at(i - created).first)))
            continue;
        const auto r = sql::exec(db, statement);
        if (!r.ok) {
            if (error) {
                *error = r.sqlState == QLatin1String("42501")
                             ? QCoreApplication::translate("gma::ToolSchema", "The role may not create the tool's schema %1: grant it "
                                              "CREATE on the database (or create the schema for it) and retry.")
                                   .arg(schema)
                             : QCoreApplication::translate("gma::ToolSchema", "Cannot create the tool's schema %1: %2").arg(schema, r.error);
            }
            return false;
        }
    }
    return true;
}

bool recordRun(QSqlDatabase &db, const HistoryEntry &e, QString *error)
{
    const RunIdentity &local = localIdentity();
    const auto orLocal = [](const QString &value, const QString &fallback) {
        return value.isEmpty() ? fallback : value;
    };
    const auto r = sql::exec(
        db,
        QStringLiteral("INSERT INTO %1 (app, name, direction, checksum, started_at, finished_at, "
                       "duration_ms, outcome, rows_affected, tool_version, message, os_user, host) "
                       "VALUES (?, ?, ?, ?, ?, clock_timestamp(), ?, ?, ?, ?, coalesce(?, ''), ?, ?)")
            .arg(toolTable("history")),
        {e.key.app, e.key.name, e.direction, e.checksum, e.startedAt, e.durationMs, e.outcome, e.rowsAffected,
         orLocal(e.toolVersion, local.toolVersion), e.message, orLocal(e.osUser, local.osUser),
         orLocal(e.host, local.host)});
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

QList<HistoryEntry> history(QSqlDatabase &db, int limit, QString *error)
{
    QList<HistoryEntry> out;
    if (!sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("history")))
        return out;
    const auto rows = sql::rows(db,
                                QStringLiteral("SELECT id, app, name, direction, checksum, started_at, duration_ms, "
                                               "outcome, db_user, rows_affected, tool_version, message, %2 "
                                               "FROM %1 ORDER BY id DESC LIMIT ?")
                                    .arg(toolTable("history"),
                                         historyUpToDate(db) ? QStringLiteral("os_user, host")
                                                             : QStringLiteral("'', ''")),
                                {limit}, error);
    for (const QVariantList &r : rows) {
        HistoryEntry e;
        sql::readRow(r, e.id, e.key.app, e.key.name, e.direction, e.checksum, e.startedAt, e.durationMs,
                     e.outcome, e.dbUser, e.rowsAffected, e.toolVersion, e.message, e.osUser, e.host);
        out << e;
    }
    return out;
}

QMap<MigrationKey, QString> appliedChecksums(QSqlDatabase &db)
{
    QMap<MigrationKey, QString> out;
    if (!sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("history")))
        return out;
    const auto rows = sql::rows(db, QStringLiteral(
        "SELECT DISTINCT ON (app, name) app, name, checksum FROM %1 "
        "WHERE direction = 'forward' AND outcome IN ('success', 'faked') ORDER BY app, name, id DESC").arg(toolTable("history")));
    for (const QVariantList &r : rows)
        out.insert({r.at(0).toString(), r.at(1).toString()}, r.at(2).toString());
    return out;
}

QVariantMap toVariant(const HistoryEntry &e)
{
    return QVariantMap{{QStringLiteral("id"), e.id},
                       {QStringLiteral("migration"), e.key.label()},
                       {QStringLiteral("direction"), e.direction},
                       {QStringLiteral("started_at"), format::isoUtc(e.startedAt)},
                       {QStringLiteral("duration_ms"), e.durationMs},
                       {QStringLiteral("outcome"), e.outcome},
                       {QStringLiteral("db_user"), e.dbUser},
                       {QStringLiteral("os_user"), e.osUser},
                       {QStringLiteral("host"), e.host},
                       {QStringLiteral("rows"), e.rowsAffected},
                       {QStringLiteral("tool_version"), e.toolVersion},
                       {QStringLiteral("checksum"), e.checksum},
                       {QStringLiteral("message"), e.message}};
}

} // namespace ToolSchema

} // namespace gma
