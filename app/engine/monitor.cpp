#include "monitor.h"

#include "format.h"
#include "locks.h"
#include "schemacontract.h"
#include "sqlutil.h"
#include "strategy.h"
#include "toolschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <functional>

namespace gma {

qint64 TableSnapshot::newIndexScans() const
{
    qint64 scans = 0;
    for (const IndexSnapshot &i : indexes)
        scans += i.addedByMigration ? i.scans : 0;
    return scans;
}

const TableSnapshot *MonitorSnapshot::find(const QString &table) const
{
    for (const TableSnapshot &t : tables) {
        if (t.table == table)
            return &t;
    }
    return nullptr;
}

namespace Monitor {

const QList<Metric> &metrics()
{
    static const QList<Metric> list{
        {"seq_scan", QT_TRANSLATE_NOOP("gma::Monitor", "Sequential scans"), "count"},
        {"idx_scan", QT_TRANSLATE_NOOP("gma::Monitor", "Index scans"), "count"},
        {"new_index_scans", QT_TRANSLATE_NOOP("gma::Monitor", "Scans of the migration's indexes"), "count"},
        {"n_live_tup", QT_TRANSLATE_NOOP("gma::Monitor", "Live rows"), "count"},
        {"n_dead_tup", QT_TRANSLATE_NOOP("gma::Monitor", "Dead rows"), "count"},
        {"n_tup_ins", QT_TRANSLATE_NOOP("gma::Monitor", "Rows inserted"), "count"},
        {"n_tup_upd", QT_TRANSLATE_NOOP("gma::Monitor", "Rows updated"), "count"},
        {"total_bytes", QT_TRANSLATE_NOOP("gma::Monitor", "Table size (with indexes, TOAST)"), "bytes"},
        {"statement_calls", QT_TRANSLATE_NOOP("gma::Monitor", "Statement calls (pg_stat_statements)"),
         "count", true},
        {"mean_exec_ms", QT_TRANSLATE_NOOP("gma::Monitor", "Mean statement time (pg_stat_statements)"), "ms",
         true},
    };
    return list;
}

namespace {

double metricValue(const TableSnapshot &t, const QString &key)
{
    static const QHash<QString, std::function<double(const TableSnapshot &)>> value{
        {QStringLiteral("seq_scan"), [](const TableSnapshot &s) { return double(s.seqScan); }},
        {QStringLiteral("idx_scan"), [](const TableSnapshot &s) { return double(s.idxScan); }},
        {QStringLiteral("new_index_scans"), [](const TableSnapshot &s) { return double(s.newIndexScans()); }},
        {QStringLiteral("n_live_tup"), [](const TableSnapshot &s) { return double(s.liveRows); }},
        {QStringLiteral("n_dead_tup"), [](const TableSnapshot &s) { return double(s.deadRows); }},
        {QStringLiteral("n_tup_ins"), [](const TableSnapshot &s) { return double(s.inserted); }},
        {QStringLiteral("n_tup_upd"), [](const TableSnapshot &s) { return double(s.updated); }},
        {QStringLiteral("total_bytes"), [](const TableSnapshot &s) { return double(s.totalBytes); }},
        {QStringLiteral("statement_calls"), [](const TableSnapshot &s) { return double(s.statementCalls); }},
        {QStringLiteral("mean_exec_ms"), [](const TableSnapshot &s) { return s.meanExecMs; }},
    };
    const auto fn = value.value(key);
    return fn ? fn(t) : 0.0;
}

// The indexes the migration adds, per table: in the contract's schema at 0004, not at 0002.
const QHash<QString, QSet<QString>> &migrationIndexes()
{
    static const QHash<QString, QSet<QString>> indexes = [] {
        QSet<QString> before;
        for (const SchemaEntry &e : Validation::parseDump(Validation::referenceDump(QStringLiteral("0002")))) {
            if (e.kind == QLatin1String("index"))
                before.insert(e.table + QLatin1Char('.') + e.name);
        }
        QHash<QString, QSet<QString>> out;
        for (const SchemaEntry &e : Validation::parseDump(Validation::referenceDump(QStringLiteral("0004")))) {
            if (e.kind == QLatin1String("index") && !before.contains(e.table + QLatin1Char('.') + e.name))
                out[e.table].insert(e.name);
        }
        return out;
    }();
    return indexes;
}

class Reader
{
public:
    explicit Reader(QSqlDatabase &db) : m_db(db) {}

    // The rows of `statement`, or nullopt with m_error set (a lock timeout names the holder).
    std::optional<QList<QVariantList>> read(const QString &statement, const QVariantList &values,
                                            const QString &table)
    {
        const sql::Rows r = sql::query(m_db, statement, values);
        if (r.ok)
            return r.rows;
        m_error = readFailure(m_db, r.error, {table});
        return std::nullopt;
    }
    QString error() const { return m_error; }

    bool tableStats(TableSnapshot &t)
    {
        const auto rows = read(QStringLiteral(
            "SELECT coalesce(s.seq_scan, 0), coalesce(s.idx_scan, 0), s.n_live_tup, s.n_dead_tup, s.n_tup_ins, "
            "s.n_tup_upd, s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze, "
            "pg_total_relation_size(s.relid) FROM pg_catalog.pg_stat_user_tables s "
            "WHERE s.schemaname = 'public' AND s.relname = ?"),
            {t.table}, t.table);
        if (!rows)
            return false;
        if (rows->isEmpty())
            return true;
        sql::readRow(rows->first(), t.seqScan, t.idxScan, t.liveRows, t.deadRows, t.inserted, t.updated,
                     t.lastVacuum, t.lastAutovacuum, t.lastAnalyze, t.lastAutoanalyze, t.totalBytes);
        return true;
    }

    bool indexStats(TableSnapshot &t)
    {
        const auto rows = read(QStringLiteral(
            "SELECT s.indexrelname, s.idx_scan, s.idx_tup_read, pg_relation_size(s.indexrelid) "
            "FROM pg_catalog.pg_stat_user_indexes s WHERE s.schemaname = 'public' AND s.relname = ? "
            "ORDER BY s.indexrelname"),
            {t.table}, t.table);
        if (!rows)
            return false;
        const QSet<QString> added = migrationIndexes().value(t.table);
        for (const QVariantList &r : *rows) {
            IndexSnapshot i;
            sql::readRow(r, i.name, i.scans, i.tuplesRead, i.sizeBytes);
            i.addedByMigration = added.contains(i.name);
            t.indexes << i;
        }
        return true;
    }

    // When the data step of `app` was applied: Django's record, else the tool's history.
    void migratedAt(TableSnapshot &t, const QString &app)
    {
        const QString prefix = QLatin1String(strategy::kDataStepPrefix) + QLatin1Char('%');
        if (sql::tableExists(m_db, QStringLiteral("public"), QStringLiteral("django_migrations"))) {
            t.migratedAt = sql::scalar(m_db, QStringLiteral("SELECT max(applied) FROM django_migrations "
                                                            "WHERE app = ? AND name LIKE ?"),
                                       {app, prefix})
                               .toDateTime();
            t.migratedAtSource = QStringLiteral("django_migrations");
        }
        if (!t.migratedAt.isValid() && sql::tableExists(m_db, QLatin1String(kToolSchema), QStringLiteral("history"))) {
            t.migratedAt = sql::scalar(m_db, QStringLiteral("SELECT max(finished_at) FROM %1 WHERE app = ? AND "
                                                            "name LIKE ? AND direction = 'forward' AND "
                                                            "outcome = 'success'")
                                                 .arg(toolTable("history")),
                                       {app, prefix})
                               .toDateTime();
            t.migratedAtSource = QStringLiteral("history");
        }
        if (!t.migratedAt.isValid())
            t.migratedAtSource.clear();
    }

    bool auditTrail(TableSnapshot &t)
    {
        t.auditColumns = true;
        for (const QString &c : strategy::auditColumns())
            t.auditColumns = t.auditColumns && sql::columnExists(m_db, t.table, c);
        if (!t.auditColumns || !t.migratedAt.isValid())
            return true;
        const QStringList &users = strategy::auditUserColumns();
        const QStringList &times = strategy::auditTimeColumns();
        const QString since = QStringLiteral("%1 > ?");
        const auto rows = read(QStringLiteral("SELECT count(*) FILTER (WHERE %1), count(*) FILTER (WHERE %1 AND %2 "
                                              "IS NOT NULL), count(*) FILTER (WHERE %3), count(*) FILTER (WHERE %3 "
                                              "AND %4 IS NOT NULL) FROM %5")
                                   .arg(since.arg(sql::quoteIdent(times.at(0))), sql::quoteIdent(users.at(0)),
                                        since.arg(sql::quoteIdent(times.at(1))), sql::quoteIdent(users.at(1)),
                                        sql::quoteIdent(t.table)),
                               {t.migratedAt, t.migratedAt, t.migratedAt, t.migratedAt},
                               t.table);
        if (!rows)
            return false;
        sql::readRow(rows->value(0), t.createdSince, t.createdWithUser, t.modifiedSince, t.modifiedWithUser);
        return true;
    }

    // pg_stat_statements: "not installed" when the extension is not in this database; readable
    // only when the server loads its library (shared_preload_libraries).
    void statementsStatus(MonitorSnapshot &s)
    {
        m_statementsSchema = sql::scalar(m_db, QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_extension e "
                                                              "JOIN pg_catalog.pg_namespace n ON n.oid = "
                                                              "e.extnamespace WHERE e.extname = "
                                                              "'pg_stat_statements'"))
                                 .toString();
        if (m_statementsSchema.isEmpty()) {
            s.statementsStatus = QStringLiteral("not installed");
            return;
        }
        const sql::Rows probe = sql::query(
            m_db, QStringLiteral("SELECT count(*) FROM %1.pg_stat_statements").arg(sql::quoteIdent(m_statementsSchema)));
        s.statementsAvailable = probe.ok;
        s.statementsStatus = probe.ok ? QStringLiteral("installed")
                                      : QStringLiteral("installed, but not readable: %1").arg(sql::message(probe.error));
    }

    bool statements(TableSnapshot &t)
    {
        // Statements of this database that name the table, without the monitor's own reads.
        const auto rows = read(QStringLiteral(
            "SELECT count(*), coalesce(sum(calls), 0), coalesce(sum(total_exec_time) / nullif(sum(calls), 0), 0) "
            "FROM %1.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_catalog.pg_database WHERE datname = "
            "current_database()) AND strpos(lower(query), ?) > 0 AND strpos(query, 'pg_stat_') = 0")
            .arg(sql::quoteIdent(m_statementsSchema)),
            {t.table}, t.table);
        if (!rows)
            return false;
        sql::readRow(rows->value(0), t.statements, t.statementCalls, t.meanExecMs);
        return true;
    }

private:
    QSqlDatabase &m_db;
    QString m_error;
    QString m_statementsSchema;
};

QVariant isoOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(format::isoUtc(when)) : QVariant();
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariantMap tableToVariant(const TableSnapshot &t)
{
    QVariantList indexes;
    for (const IndexSnapshot &i : t.indexes) {
        indexes << QVariantMap{{QStringLiteral("name"), i.name},
                               {QStringLiteral("idx_scan"), i.scans},
                               {QStringLiteral("idx_tup_read"), i.tuplesRead},
                               {QStringLiteral("size_bytes"), i.sizeBytes},
                               {QStringLiteral("added_by_migration"), i.addedByMigration}};
    }
    QVariantMap m{{QStringLiteral("table"), t.table},
                  {QStringLiteral("exists"), t.exists},
                  {QStringLiteral("last_vacuum"), isoOrNull(t.lastVacuum)},
                  {QStringLiteral("last_autovacuum"), isoOrNull(t.lastAutovacuum)},
                  {QStringLiteral("last_analyze"), isoOrNull(t.lastAnalyze)},
                  {QStringLiteral("last_autoanalyze"), isoOrNull(t.lastAutoanalyze)},
                  {QStringLiteral("indexes"), indexes},
                  {QStringLiteral("statements"), t.statements},
                  {QStringLiteral("audit_trail"),
                   QVariantMap{{QStringLiteral("migrated_at"), isoOrNull(t.migratedAt)},
                               {QStringLiteral("migrated_at_source"), t.migratedAtSource},
                               {QStringLiteral("audit_columns"), t.auditColumns},
                               {QStringLiteral("created_since"), t.createdSince},
                               {QStringLiteral("created_with_user"), t.createdWithUser},
                               {QStringLiteral("modified_since"), t.modifiedSince},
                               {QStringLiteral("modified_with_user"), t.modifiedWithUser}}}};
    for (const Metric &metric : metrics()) {
        const QString key = QLatin1String(metric.key);
        const double v = metricValue(t, key);
        m.insert(key, QLatin1String(metric.unit) == QLatin1String("ms") ? QVariant(v) : QVariant(qint64(v)));
    }
    return m;
}

TableSnapshot tableFromVariant(const QVariantMap &m)
{
    TableSnapshot t;
    t.table = m.value(QStringLiteral("table")).toString();
    t.exists = m.value(QStringLiteral("exists")).toBool();
    t.seqScan = m.value(QStringLiteral("seq_scan")).toLongLong();
    t.idxScan = m.value(QStringLiteral("idx_scan")).toLongLong();
    t.liveRows = m.value(QStringLiteral("n_live_tup")).toLongLong();
    t.deadRows = m.value(QStringLiteral("n_dead_tup")).toLongLong();
    t.inserted = m.value(QStringLiteral("n_tup_ins")).toLongLong();
    t.updated = m.value(QStringLiteral("n_tup_upd")).toLongLong();
    t.totalBytes = m.value(QStringLiteral("total_bytes")).toLongLong();
    t.lastVacuum = fromIso(m.value(QStringLiteral("last_vacuum")));
    t.lastAutovacuum = fromIso(m.value(QStringLiteral("last_autovacuum")));
    t.lastAnalyze = fromIso(m.value(QStringLiteral("last_analyze")));
    t.lastAutoanalyze = fromIso(m.value(QStringLiteral("last_autoanalyze")));
    t.statements = m.value(QStringLiteral("statements")).toInt();
    t.statementCalls = m.value(QStringLiteral("statement_calls")).toLongLong();
    t.meanExecMs = m.value(QStringLiteral("mean_exec_ms")).toDouble();
    for (const QVariant &v : m.value(QStringLiteral("indexes")).toList()) {
        const QVariantMap i = v.toMap();
        t.indexes << IndexSnapshot{i.value(QStringLiteral("name")).toString(),
                                   i.value(QStringLiteral("idx_scan")).toLongLong(),
                                   i.value(QStringLiteral("idx_tup_read")).toLongLong(),
                                   i.value(QStringLiteral("size_bytes")).toLongLong(),
                                   i.value(QStringLiteral("added_by_migration")).toBool()};
    }
    const QVariantMap a = m.value(QStringLiteral("audit_trail")).toMap();
    t.migratedAt = fromIso(a.value(QStringLiteral("migrated_at")));
    t.migratedAtSource = a.value(QStringLiteral("migrated_at_source")).toString();
    t.auditColumns = a.value(QStringLiteral("audit_columns")).toBool();
    t.createdSince = a.value(QStringLiteral("created_since")).toLongLong();
    t.createdWithUser = a.value(QStringLiteral("created_with_user")).toLongLong();
    t.modifiedSince = a.value(QStringLiteral("modified_since")).toLongLong();
    t.modifiedWithUser = a.value(QStringLiteral("modified_with_user")).toLongLong();
    return t;
}

const char kBaselineColumns[] = "id, taken_at, reason, snapshot::text";

std::optional<MonitorSnapshot> baselineFromRow(const QVariantList &row)
{
    MonitorSnapshot s = fromVariant(QJsonDocument::fromJson(row.value(3).toString().toUtf8()).toVariant().toMap());
    sql::readRow(row, s.id, s.takenAt, s.reason);
    return s;
}

} // namespace

MonitorSnapshot take(QSqlDatabase &db, QString *error)
{
    const ReadGuard limits(db);
    Reader reader(db);
    MonitorSnapshot s;
    s.takenAt = sql::scalar(db, QStringLiteral("SELECT clock_timestamp()")).toDateTime();
    s.statsReset = sql::scalar(db, QStringLiteral("SELECT stats_reset FROM pg_catalog.pg_stat_database "
                                                  "WHERE datname = current_database()"))
                       .toDateTime();
    reader.statementsStatus(s);
    // The statistics first, then the audit counts, whose own scans would otherwise be counted.
    for (const strategy::Model &model : strategy::models()) {
        TableSnapshot t;
        t.table = model.table;
        t.exists = sql::tableExists(db, QStringLiteral("public"), t.table);
        if (t.exists && (!reader.tableStats(t) || !reader.indexStats(t) ||
                         (s.statementsAvailable && !reader.statements(t)))) {
            if (error)
                *error = reader.error();
            return s;
        }
        s.tables << t;
    }
    for (int i = 0; i < s.tables.size(); ++i) {
        TableSnapshot &t = s.tables[i];
        if (!t.exists)
            continue;
        reader.migratedAt(t, strategy::models().at(i).app);
        if (!reader.auditTrail(t)) {
            if (error)
                *error = reader.error();
            return s;
        }
    }
    return s;
}

std::optional<MonitorSnapshot> takeBaseline(QSqlDatabase &db, const QString &reason, QString *error)
{
    QString why;
    if (!ToolSchema::ensure(db, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    MonitorSnapshot s = take(db, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    s.reason = reason;
    const QString json = QString::fromUtf8(QJsonDocument::fromVariant(toVariant(s)).toJson(QJsonDocument::Compact));
    const QList<QVariantList> rows =
        sql::rows(db,
                  QStringLiteral("INSERT INTO %1 (taken_at, reason, snapshot) VALUES (?, ?, CAST(? AS jsonb)) "
                                 "RETURNING %2")
                      .arg(toolTable("monitor_baseline"), QLatin1String(kBaselineColumns)),
                  {s.takenAt, reason, json}, &why);
    if (rows.isEmpty()) {
        if (error)
            *error = why.isEmpty()
                         ? QCoreApplication::translate("gma::Monitor", "The baseline was not stored.")
                         : why;
        return std::nullopt;
    }
    return baselineFromRow(rows.first());
}

std::optional<MonitorSnapshot> latestBaseline(QSqlDatabase &db, QString *error)
{
    if (!sql::tableExists(db, QLatin1String(kToolSchema), QStringLiteral("monitor_baseline")))
        return std::nullopt;
    const ReadGuard limits(db);
    const QList<QVariantList> rows =
        sql::rows(db,
                  QStringLiteral("SELECT %2 FROM %1 ORDER BY id DESC LIMIT 1")
                      .arg(toolTable("monitor_baseline"), QLatin1String(kBaselineColumns)),
                  {}, error);
    if (rows.isEmpty())
        return std::nullopt;
    return baselineFromRow(rows.first());
}

QList<MonitorRow> compare(const MonitorSnapshot *baseline, const MonitorSnapshot &now)
{
    QList<MonitorRow> out;
    for (const TableSnapshot &t : now.tables) {
        const TableSnapshot *before = baseline ? baseline->find(t.table) : nullptr;
        for (const Metric &metric : metrics()) {
            MonitorRow row;
            row.table = t.table;
            row.key = QLatin1String(metric.key);
            row.label = QCoreApplication::translate("gma::Monitor", metric.label);
            row.unit = QLatin1String(metric.unit);
            row.fromStatements = metric.fromStatements;
            row.now = metricValue(t, row.key);
            row.hasBefore = before != nullptr;
            row.before = before ? metricValue(*before, row.key) : 0.0;
            out << row;
        }
    }
    return out;
}

QVariantMap toVariant(const MonitorSnapshot &s)
{
    QVariantList tables;
    for (const TableSnapshot &t : s.tables)
        tables << tableToVariant(t);
    return QVariantMap{{QStringLiteral("id"), s.id},
                       {QStringLiteral("taken_at"), isoOrNull(s.takenAt)},
                       {QStringLiteral("reason"), s.reason},
                       {QStringLiteral("stats_reset"), isoOrNull(s.statsReset)},
                       {QStringLiteral("pg_stat_statements"), s.statementsStatus},
                       {QStringLiteral("tables"), tables}};
}

MonitorSnapshot fromVariant(const QVariantMap &m)
{
    MonitorSnapshot s;
    s.id = m.value(QStringLiteral("id")).toLongLong();
    s.takenAt = fromIso(m.value(QStringLiteral("taken_at")));
    s.reason = m.value(QStringLiteral("reason")).toString();
    s.statsReset = fromIso(m.value(QStringLiteral("stats_reset")));
    s.statementsStatus = m.value(QStringLiteral("pg_stat_statements")).toString();
    s.statementsAvailable = s.statementsStatus == QLatin1String("installed");
    for (const QVariant &t : m.value(QStringLiteral("tables")).toList())
        s.tables << tableFromVariant(t.toMap());
    return s;
}

QVariantMap comparisonToVariant(const MonitorSnapshot *baseline, const MonitorSnapshot &now)
{
    QVariantMap deltas; // table -> metric -> {before, now, delta}
    for (const MonitorRow &r : compare(baseline, now)) {
        QVariantMap table = deltas.value(r.table).toMap();
        const bool real = r.unit == QLatin1String("ms");
        const auto number = [real](double v) { return real ? QVariant(v) : QVariant(qint64(v)); };
        table.insert(r.key, QVariantMap{{QStringLiteral("before"), r.hasBefore ? number(r.before) : QVariant()},
                                        {QStringLiteral("now"), number(r.now)},
                                        {QStringLiteral("delta"), r.hasBefore ? number(r.delta()) : QVariant()}});
        deltas.insert(r.table, table);
    }
    return QVariantMap{{QStringLiteral("baseline"), baseline ? QVariant(toVariant(*baseline)) : QVariant()},
                       {QStringLiteral("now"), toVariant(now)},
                       {QStringLiteral("pg_stat_statements"), now.statementsStatus},
                       {QStringLiteral("deltas"), deltas}};
}

QString statementsText(const MonitorSnapshot &snapshot)
{
    const QString &status = snapshot.statementsStatus;
    const QLatin1String unreadable("installed, but not readable: ");
    if (status == QLatin1String("installed"))
        return QCoreApplication::translate("gma::Monitor", "installed");
    if (status == QLatin1String("not installed"))
        return QCoreApplication::translate("gma::Monitor", "not installed");
    if (status.startsWith(unreadable))
        return QCoreApplication::translate("gma::Monitor", "installed, but not readable: %1")
            .arg(status.mid(unreadable.size()));
    return status;
}

QString reasonText(const MonitorSnapshot &snapshot)
{
    if (snapshot.reason == QLatin1String(kBeforeRun))
        return QCoreApplication::translate("gma::Monitor", "before a run");
    if (snapshot.reason == QLatin1String(kByHand))
        return QCoreApplication::translate("gma::Monitor", "by hand");
    return snapshot.reason;
}

double createdShare(const TableSnapshot &t)
{
    return t.createdSince > 0 ? double(t.createdWithUser) / double(t.createdSince) : 1.0;
}

double modifiedShare(const TableSnapshot &t)
{
    return t.modifiedSince > 0 ? double(t.modifiedWithUser) / double(t.modifiedSince) : 1.0;
}

} // namespace Monitor

} // namespace gma
