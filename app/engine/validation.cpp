#include "validation.h"

#include "planner.h"
#include "sqlutil.h"
#include "state.h"
#include "toolschema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace gma {

QString CheckResult::statusText() const
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString StrategyState::summary() const
{
    QSet<QString> levels;
    for (auto it = apps.begin(); it != apps.end(); ++it)
        levels.insert(it.value());
    if (levels.size() == 1) {
        const QString level = *levels.begin();
        return level.isEmpty() ? QStringLiteral("none") : level;
    }
    QStringList parts;
    for (auto it = apps.begin(); it != apps.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(),
                                             it.value().isEmpty() ? QStringLiteral("none") : it.value());
    return QStringLiteral("mixed (%1)").arg(parts.join(QStringLiteral(", ")));
}

int ValidationResult::count(CheckResult::Status status) const
{
    int n = 0;
    for (const CheckResult &c : checks)
        n += c.status == status ? 1 : 0;
    return n;
}

namespace Validation {

namespace {

// (app, table, model label for names)
struct StrategyModel
{
    QString app;
    QString table;
    QString label; // "Characters"
};

QList<StrategyModel> strategyModels()
{
    return {
        {QStringLiteral("characters"), QStringLiteral("characters_character"), QStringLiteral("Characters")},
        {QStringLiteral("items"), QStringLiteral("items_item"), QStringLiteral("Items")},
        {QStringLiteral("locations"), QStringLiteral("locations_location"), QStringLiteral("Locations")}};
}

// Tables whose row counts a backup comparison may cover (django_migrations changes by design).
QStringList dataTables()
{
    return {QStringLiteral("users_user"), QStringLiteral("campaigns_campaign"),
            QStringLiteral("characters_character"), QStringLiteral("items_item"),
            QStringLiteral("locations_location")};
}

int levelOf(const QString &prefix)
{
    bool ok = false;
    const int n = prefix.toInt(&ok);
    return ok ? n : 0;
}

QString stripPublic(QString text)
{
    text.replace(QStringLiteral("public."), QString());
    return text;
}

QString joinLimited(const QStringList &items, int limit)
{
    if (items.size() <= limit)
        return items.join(QStringLiteral("; "));
    return items.mid(0, limit).join(QStringLiteral("; ")) +
           QStringLiteral("; and %1 more").arg(items.size() - limit);
}

// Runs one check's query under a savepoint so that an error does not abort the snapshot.
class Runner
{
public:
    explicit Runner(QSqlDatabase &db) : m_db(db) {}

    QList<QVariantList> rows(const QString &statement, QString *error)
    {
        sql::exec(m_db, QStringLiteral("SAVEPOINT gma_check"));
        QString err;
        const auto out = sql::rows(m_db, statement, {}, &err);
        if (!err.isEmpty())
            sql::exec(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT gma_check"));
        else
            sql::exec(m_db, QStringLiteral("RELEASE SAVEPOINT gma_check"));
        if (error)
            *error = err;
        return out;
    }

private:
    QSqlDatabase &m_db;
};

// Fails `c` when `table` does not exist (true), so that the check's query is not run against nothing.
bool failsOnMissingTable(QSqlDatabase &db, const QString &table, CheckResult *c)
{
    if (sql::tableExists(db, QStringLiteral("public"), table))
        return false;
    c->status = CheckResult::Status::Fail;
    c->actual = QStringLiteral("%1 is missing").arg(table);
    return true;
}

CheckResult failedQuery(CheckResult c, const QString &error)
{
    c.status = CheckResult::Status::Fail;
    c.actual = QStringLiteral("query failed");
    c.reason = error;
    return c;
}

const char *const kSchemaSql = R"(WITH t AS (
    SELECT c.oid, c.relname
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      AND c.relname IN ('users_user', 'campaigns_campaign', 'characters_character',
                        'items_item', 'locations_location', 'django_migrations')
)
SELECT t.relname, 'table', t.relname, ''
FROM t
UNION ALL
SELECT t.relname, 'column', a.attname,
       '#' || row_number() OVER (PARTITION BY t.oid ORDER BY a.attnum) || ' '
           || pg_catalog.format_type(a.atttypid, a.atttypmod)
           || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
FROM t
JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT t.relname, 'default', a.attname, pg_catalog.pg_get_expr(d.adbin, d.adrelid)
FROM t
JOIN pg_catalog.pg_attrdef d ON d.adrelid = t.oid
JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.adnum
UNION ALL
SELECT t.relname, 'constraint', k.conname, pg_catalog.pg_get_constraintdef(k.oid)
FROM t
JOIN pg_catalog.pg_constraint k ON k.conrelid = t.oid
UNION ALL
SELECT t.relname, 'index', ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid)
FROM t
JOIN pg_catalog.pg_index i ON i.indrelid = t.oid
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                  WHERE k.conrelid = t.oid AND k.conindid = i.indexrelid
                    AND k.contype IN ('p', 'u', 'x'))
UNION ALL
SELECT t.relname, 'sequence', sc.relname,
       'AS ' || pg_catalog.format_type(s.seqtypid, NULL) || ' START ' || s.seqstart
           || ' INCREMENT ' || s.seqincrement || ' MINVALUE ' || s.seqmin
           || ' MAXVALUE ' || s.seqmax || ' CACHE ' || s.seqcache
           || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END || ' OWNED BY ' || a.attname
FROM t
JOIN pg_catalog.pg_depend dep ON dep.refobjid = t.oid AND dep.deptype = 'a'
     AND dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid
JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = dep.refobjsubid
UNION ALL
SELECT t.relname, 'trigger', g.tgname, pg_catalog.pg_get_triggerdef(g.oid)
FROM t
JOIN pg_catalog.pg_trigger g ON g.tgrelid = t.oid AND NOT g.tgisinternal
ORDER BY 1, 2, 3)";

const char *const kChecksumSql =
    "SELECT DISTINCT ON (app, name) app, name, checksum FROM gma_migrator.history\n"
    "WHERE direction = 'forward' AND outcome = 'success' ORDER BY app, name, id DESC";

const char *const kStateSql = "SELECT app, name, applied FROM django_migrations ORDER BY id";

const char *const kUniqueConstraintSql =
    "SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k\n"
    "WHERE k.conrelid = 'public.characters_character'::pg_catalog.regclass\n"
    "  AND k.conname = 'unique_character_name_per_campaign'";

const char *const kDuplicateNamesSql = "SELECT count(*) FROM (\n"
                                       "  SELECT campaign_id, name FROM characters_character\n"
                                       "  GROUP BY campaign_id, name HAVING count(*) > 1\n"
                                       ") AS duplicates";

const char *const kLastBackupSql =
    "SELECT id, taken_at, row_counts::text FROM gma_migrator.backups ORDER BY taken_at DESC, id DESC LIMIT 1";

qint64 typeMax(const QString &type)
{
    if (type == QLatin1String("smallint"))
        return 32767;
    if (type == QLatin1String("integer"))
        return 2147483647LL;
    return std::numeric_limits<qint64>::max();
}

qint64 typeMin(const QString &type)
{
    if (type == QLatin1String("smallint"))
        return -32768;
    if (type == QLatin1String("integer"))
        return -2147483648LL;
    return std::numeric_limits<qint64>::min();
}

} // namespace

QStringList contractTables()
{
    return {QStringLiteral("users_user"),           QStringLiteral("campaigns_campaign"),
            QStringLiteral("characters_character"), QStringLiteral("items_item"),
            QStringLiteral("locations_location"),   QStringLiteral("django_migrations")};
}

QString referenceDump(const QString &stage)
{
    QFile file(QStringLiteral(":/contract/schema-at-%1.sql").arg(stage));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString introspectionSql()
{
    return QString::fromLatin1(kSchemaSql);
}

QList<SchemaEntry> parseDump(const QString &dump)
{
    QList<SchemaEntry> out;
    struct Sequence
    {
        QString type = QStringLiteral("bigint");
        qint64 start = 1, increment = 1, cache = 1;
        QString min, max;
        bool cycle = false;
    };
    QHash<QString, Sequence> sequences;
    const QStringList lines = dump.split(QLatin1Char('\n'));
    static const QRegularExpression createTable(QStringLiteral("^CREATE TABLE (?:public\\.)?(\\S+) \\($"));
    static const QRegularExpression createSequence(QStringLiteral("^CREATE SEQUENCE (?:public\\.)?(\\S+)$"));
    static const QRegularExpression ownedBy(
        QStringLiteral("^ALTER SEQUENCE (?:public\\.)?(\\S+) OWNED BY (?:public\\.)?([^.\\s]+)\\.(\\S+);$"));
    static const QRegularExpression setDefault(
        QStringLiteral("^ALTER TABLE ONLY (?:public\\.)?(\\S+) ALTER COLUMN (\\S+) SET DEFAULT (.*);$"));
    static const QRegularExpression alterTable(QStringLiteral("^ALTER TABLE ONLY (?:public\\.)?(\\S+)$"));
    static const QRegularExpression addConstraint(QStringLiteral("^\\s+ADD CONSTRAINT (\\S+) (.*);$"));
    static const QRegularExpression createIndex(
        QStringLiteral("^CREATE (?:UNIQUE )?INDEX (\\S+) ON (?:ONLY )?(?:public\\.)?(\\S+) .*;$"));
    static const QRegularExpression createTrigger(
        QStringLiteral("^CREATE (?:CONSTRAINT )?TRIGGER (\\S+) .* ON (?:public\\.)?(\\S+) .*;$"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        QRegularExpressionMatch m;
        if ((m = createTable.match(line)).hasMatch()) {
            const QString table = m.captured(1);
            out << SchemaEntry{table, QStringLiteral("table"), table, QString()};
            int position = 0;
            for (++i; i < lines.size() && lines.at(i) != QLatin1String(");"); ++i) {
                QString col = lines.at(i).trimmed();
                if (col.endsWith(QLatin1Char(',')))
                    col.chop(1);
                if (col.startsWith(QLatin1String("CONSTRAINT "))) {
                    const QString rest = col.mid(11);
                    const int sp = rest.indexOf(QLatin1Char(' '));
                    out << SchemaEntry{table, QStringLiteral("constraint"), rest.left(sp),
                                       stripPublic(rest.mid(sp + 1))};
                    continue;
                }
                const int sp = col.indexOf(QLatin1Char(' '));
                const QString name = col.left(sp);
                QString type = col.mid(sp + 1);
                bool notNull = false;
                if (type.endsWith(QLatin1String(" NOT NULL"))) {
                    notNull = true;
                    type.chop(9);
                }
                const int def = type.indexOf(QLatin1String(" DEFAULT "));
                if (def >= 0) {
                    out << SchemaEntry{table, QStringLiteral("default"), name,
                                       stripPublic(type.mid(def + 9))};
                    type = type.left(def);
                }
                out << SchemaEntry{table, QStringLiteral("column"), name,
                                   QStringLiteral("#%1 %2%3")
                                       .arg(++position)
                                       .arg(type, notNull ? QStringLiteral(" NOT NULL") : QString())};
            }
        } else if ((m = createSequence.match(line)).hasMatch()) {
            Sequence s;
            for (++i; i < lines.size(); ++i) {
                QString opt = lines.at(i).trimmed();
                const bool last = opt.endsWith(QLatin1Char(';'));
                if (last)
                    opt.chop(1);
                if (opt.startsWith(QLatin1String("AS ")))
                    s.type = opt.mid(3);
                else if (opt.startsWith(QLatin1String("START WITH ")))
                    s.start = opt.mid(11).toLongLong();
                else if (opt.startsWith(QLatin1String("INCREMENT BY ")))
                    s.increment = opt.mid(13).toLongLong();
                else if (opt.startsWith(QLatin1String("MINVALUE ")))
                    s.min = opt.mid(9);
                else if (opt.startsWith(QLatin1String("MAXVALUE ")))
                    s.max = opt.mid(9);
                else if (opt.startsWith(QLatin1String("CACHE ")))
                    s.cache = opt.mid(6).toLongLong();
                else if (opt == QLatin1String("CYCLE"))
                    s.cycle = true;
                if (last)
                    break;
            }
            if (s.min.isEmpty())
                s.min = QString::number(s.increment > 0 ? 1 : typeMin(s.type));
            if (s.max.isEmpty())
                s.max = QString::number(s.increment > 0 ? typeMax(s.type) : -1);
            sequences.insert(m.captured(1), s);
        } else if ((m = ownedBy.match(line)).hasMatch()) {
            const Sequence s = sequences.value(m.captured(1));
            out << SchemaEntry{
                m.captured(2), QStringLiteral("sequence"), m.captured(1),
                QStringLiteral("AS %1 START %2 INCREMENT %3 MINVALUE %4 MAXVALUE %5 CACHE %6%7 OWNED BY %8")
                    .arg(s.type)
                    .arg(s.start)
                    .arg(s.increment)
                    .arg(s.min, s.max)
                    .arg(s.cache)
                    .arg(s.cycle ? QStringLiteral(" CYCLE") : QString(), m.captured(3))};
        } else if ((m = setDefault.match(line)).hasMatch()) {
            out << SchemaEntry{m.captured(1), QStringLiteral("default"), m.captured(2),
                               stripPublic(m.captured(3))};
        } else if ((m = alterTable.match(line)).hasMatch() && i + 1 < lines.size()) {
            const QRegularExpressionMatch c = addConstraint.match(lines.at(i + 1));
            if (c.hasMatch()) {
                out << SchemaEntry{m.captured(1), QStringLiteral("constraint"), c.captured(1),
                                   stripPublic(c.captured(2))};
                ++i;
            }
        } else if ((m = createIndex.match(line)).hasMatch()) {
            QString def = line;
            def.chop(1);
            out << SchemaEntry{m.captured(2), QStringLiteral("index"), m.captured(1), stripPublic(def)};
        } else if ((m = createTrigger.match(line)).hasMatch()) {
            QString def = line;
            def.chop(1);
            out << SchemaEntry{m.captured(2), QStringLiteral("trigger"), m.captured(1), stripPublic(def)};
        }
    }
    return out;
}

QList<SchemaEntry> introspect(QSqlDatabase &db, QString *error)
{
    QList<SchemaEntry> out;
    QString err;
    const auto rows = sql::rows(db, introspectionSql(), {}, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return out;
    }
    for (const QVariantList &r : rows)
        out << SchemaEntry{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                           stripPublic(r.at(3).toString())};
    return out;
}

QStringList compareSchema(const QList<SchemaEntry> &actual, const QList<SchemaEntry> &expected,
                          const QStringList &subsetTables)
{
    auto key = [](const SchemaEntry &e) {
        return e.table + QLatin1Char('|') + e.kind + QLatin1Char('|') + e.name;
    };
    auto withoutPosition = [](const QString &def) {
        return def.startsWith(QLatin1Char('#')) ? def.mid(def.indexOf(QLatin1Char(' ')) + 1) : def;
    };
    QHash<QString, SchemaEntry> have;
    for (const SchemaEntry &e : actual)
        have.insert(key(e), e);
    QSet<QString> expectedKeys;
    QSet<QString> missingTables;
    QStringList out;
    for (const SchemaEntry &e : expected) {
        expectedKeys.insert(key(e));
        if (missingTables.contains(e.table))
            continue;
        const auto it = have.constFind(key(e));
        if (it == have.constEnd()) {
            if (e.kind == QLatin1String("table")) {
                missingTables.insert(e.table);
                out << QStringLiteral("missing table %1").arg(e.table);
            } else {
                out << QStringLiteral("%1: missing %2 %3 (%4)").arg(e.table, e.kind, e.name, e.definition);
            }
            continue;
        }
        const bool subset = subsetTables.contains(e.table);
        const QString got =
            subset && e.kind == QLatin1String("column") ? withoutPosition(it->definition) : it->definition;
        const QString want =
            subset && e.kind == QLatin1String("column") ? withoutPosition(e.definition) : e.definition;
        if (got != want)
            out << QStringLiteral("%1: %2 %3 is '%4', the contract has '%5'")
                       .arg(e.table, e.kind, e.name, got, want);
    }
    QSet<QString> expectedTables;
    for (const SchemaEntry &e : expected)
        expectedTables.insert(e.table);
    for (const SchemaEntry &e : actual) {
        if (!expectedTables.contains(e.table) || subsetTables.contains(e.table) ||
            expectedKeys.contains(key(e)))
            continue;
        out << QStringLiteral("%1: unexpected %2 %3 (%4)").arg(e.table, e.kind, e.name, e.definition);
    }
    return out;
}

StrategyState strategyState(QSqlDatabase &db, const MigrationCatalogue &catalogue, QString *error)
{
    StrategyState result;
    const auto state = MigrationState::read(db, error);
    for (const QString &app : Planner::strategyApps()) {
        QString level;
        if (state) {
            for (const MigrationKey &key : catalogue.migrationsOf(app)) {
                if (state->isApplied(key))
                    level = key.name.left(4);
            }
        }
        result.apps.insert(app, level);
    }
    return result;
}

ValidationResult run(QSqlDatabase &db, const MigrationCatalogue &catalogue, const ValidationOptions &options)
{
    ValidationResult result;
    result.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();

    const auto begin = sql::exec(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!begin.ok) {
        result.error =
            QStringLiteral("Cannot start a read-only transaction for the checks: %1").arg(begin.error);
        return result;
    }
    struct EndTransaction
    {
        QSqlDatabase &db;
        ~EndTransaction() { sql::exec(db, QStringLiteral("ROLLBACK")); }
    } endTransaction{db};

    QString error;
    const auto migrationState = MigrationState::read(db, &error);
    if (!migrationState) {
        result.error = error;
        return result;
    }
    result.state = strategyState(db, catalogue, &error);
    Runner runner(db);

    using Check = std::function<CheckResult()>;
    QList<QPair<QString, Check>> plan;

    // The seed's six queries, verbatim: they apply when the model's app stands at 0004.
    auto runSeedCount = [&](CheckResult c, const QString &app) {
        const QString level = result.state.apps.value(app);
        if (levelOf(level) < 4) {
            c.status = CheckResult::Status::Skipped;
            c.reason =
                QStringLiteral("Not applicable: %1 stands at %2; the seed's validation applies after 0004.")
                    .arg(app, level.isEmpty() ? QStringLiteral("no migration") : level);
            return c;
        }
        QString err;
        const auto rows = runner.rows(c.sql, &err);
        if (!err.isEmpty())
            return failedQuery(c, err);
        const qint64 n = rows.value(0).value(0).toLongLong();
        c.actual = QString::number(n);
        c.status = n == 0 ? CheckResult::Status::Pass : CheckResult::Status::Fail;
        if (n != 0)
            c.reason = QStringLiteral("%1 row(s) lack a value.").arg(n);
        return c;
    };
    const struct
    {
        const char *id;
        const char *what;
        const char *columns;
    } seedKinds[] = {{"audit", "audit fields (no NULL created_by / modified_by)",
                      "created_by_id IS NULL OR modified_by_id IS NULL"},
                     {"timestamps", "timestamps (no NULL created_at / updated_at)",
                      "created_at IS NULL OR updated_at IS NULL"}};
    for (const auto &kind : seedKinds) {
        for (const StrategyModel &m : strategyModels()) {
            CheckResult c;
            c.id = QStringLiteral("seed.%1.%2").arg(m.app, QLatin1String(kind.id));
            c.name = QStringLiteral("%1 have %2").arg(m.label, QLatin1String(kind.what));
            c.category = QStringLiteral("Seed");
            c.sql =
                QStringLiteral("SELECT COUNT(*) FROM %1\nWHERE %2").arg(m.table, QLatin1String(kind.columns));
            c.expected = QStringLiteral("0");
            plan << qMakePair(c.name, Check([runSeedCount, c, app = m.app] { return runSeedCount(c, app); }));
        }
    }

    // The schema against the contract.
    QHash<QString, QString> tableStage; // table -> "0002"/"0004" when comparable
    for (const StrategyModel &m : strategyModels()) {
        const int level = levelOf(result.state.apps.value(m.app));
        if (level >= 2)
            tableStage.insert(m.table, level >= 3 ? QStringLiteral("0004") : QStringLiteral("0002"));
    }
    QHash<QString, QList<SchemaEntry>> reference;
    reference.insert(QStringLiteral("0002"), parseDump(referenceDump(QStringLiteral("0002"))));
    reference.insert(QStringLiteral("0004"), parseDump(referenceDump(QStringLiteral("0004"))));
    auto referenceFor = [&](const QString &table, const QString &stage) {
        QList<SchemaEntry> out;
        for (const SchemaEntry &e : reference.value(stage)) {
            if (e.table == table)
                out << e;
        }
        return out;
    };
    plan << qMakePair(
        QStringLiteral("Schema matches the contract"), Check([&] {
            CheckResult c;
            c.id = QStringLiteral("schema.contract");
            c.name = QStringLiteral("GMA schema matches the contract for the recorded state");
            c.category = QStringLiteral("Schema");
            c.sql = introspectionSql();
            QStringList stages;
            QSet<QString> distinctStages;
            for (const StrategyModel &m : strategyModels()) {
                if (!tableStage.contains(m.table)) {
                    c.status = CheckResult::Status::Skipped;
                    const QString level = result.state.apps.value(m.app);
                    c.reason =
                        QStringLiteral(
                            "Not applicable: %1 stands at %2; the contract fixes the schema at 0002 and "
                            "0004 only.")
                            .arg(m.app, level.isEmpty() ? QStringLiteral("no migration") : level);
                    c.expected = QStringLiteral("the contract's schema-at-0002.sql / schema-at-0004.sql");
                    return c;
                }
                stages << QStringLiteral("%1 at %2").arg(m.app, tableStage.value(m.table));
                distinctStages.insert(tableStage.value(m.table));
            }
            c.expected =
                QStringLiteral("identical to the contract's %1 (column order, types, nullability, defaults, "
                               "constraint and index names)")
                    .arg(distinctStages.size() == 1
                             ? QStringLiteral("schema-at-%1.sql").arg(*distinctStages.begin())
                             : QStringLiteral("schema (%1)").arg(stages.join(QStringLiteral(", "))));
            QList<SchemaEntry> expected;
            for (const QString &table : contractTables()) {
                expected += referenceFor(table, tableStage.value(table, QStringLiteral("0002")));
            }
            QString err;
            sql::exec(db, QStringLiteral("SAVEPOINT gma_check"));
            const QList<SchemaEntry> actual = introspect(db, &err);
            sql::exec(db, err.isEmpty() ? QStringLiteral("RELEASE SAVEPOINT gma_check")
                                        : QStringLiteral("ROLLBACK TO SAVEPOINT gma_check"));
            if (!err.isEmpty())
                return failedQuery(c, err);
            // A production users_user carries more columns and indexes than the contract's.
            const QStringList differences = compareSchema(actual, expected, {QStringLiteral("users_user")});
            if (differences.isEmpty()) {
                c.status = CheckResult::Status::Pass;
                c.actual = QStringLiteral("identical (%1 schema facts compared)").arg(expected.size());
            } else {
                c.status = CheckResult::Status::Fail;
                c.actual = joinLimited(differences, 12);
                c.reason = QStringLiteral("%1 difference(s) from the contract.").arg(differences.size());
            }
            return c;
        }));

    // Django's history consistency.
    plan << qMakePair(
        QStringLiteral("Migration history is consistent"), Check([&] {
            CheckResult c;
            c.id = QStringLiteral("migrations.consistent");
            c.name = QStringLiteral(
                "Migration history is consistent (no migration recorded before its dependency)");
            c.category = QStringLiteral("Migrations");
            c.sql = QString::fromLatin1(kStateSql);
            c.expected = QStringLiteral("no inconsistency, no duplicate rows");
            if (!migrationState->tableExists) {
                c.status = CheckResult::Status::Fail;
                c.actual = QStringLiteral("django_migrations is missing");
                return c;
            }
            QStringList problems = migrationState->inconsistencies(catalogue);
            if (migrationState->duplicateRows > 0)
                problems << QStringLiteral("%1 duplicate row(s)").arg(migrationState->duplicateRows);
            c.status = problems.isEmpty() ? CheckResult::Status::Pass : CheckResult::Status::Fail;
            c.actual = problems.isEmpty() ? QStringLiteral("consistent (%1 migrations recorded)")
                                                .arg(migrationState->applied.size())
                                          : joinLimited(problems, 8);
            return c;
        }));

    // Checksums of the applied definitions.
    plan << qMakePair(
        QStringLiteral("Migration checksums match"), Check([&] {
            CheckResult c;
            c.id = QStringLiteral("migrations.checksums");
            c.name = QStringLiteral("Applied migrations match their built-in definitions (checksums)");
            c.category = QStringLiteral("Migrations");
            c.sql = QString::fromLatin1(kChecksumSql);
            c.expected =
                QStringLiteral("recorded checksum = built-in definition's, for every applied migration");
            if (!sql::tableExists(db, QString::fromLatin1(kToolSchema), QStringLiteral("history"))) {
                c.status = CheckResult::Status::Skipped;
                c.reason =
                    QStringLiteral("No run recorded by this tool (gma_migrator.history does not exist).");
                return c;
            }
            QString err;
            const auto rows = runner.rows(c.sql, &err);
            if (!err.isEmpty())
                return failedQuery(c, err);
            int compared = 0;
            QStringList drift;
            for (const QVariantList &r : rows) {
                const MigrationKey key{r.at(0).toString(), r.at(1).toString()};
                const MigrationDefinition *def = catalogue.find(key);
                if (!def || !migrationState->isApplied(key))
                    continue;
                ++compared;
                if (def->checksum != r.at(2).toString())
                    drift << QStringLiteral("%1: recorded %2, definition %3")
                                 .arg(key.label(), r.at(2).toString().left(12), def->checksum.left(12));
            }
            if (compared == 0) {
                c.status = CheckResult::Status::Skipped;
                c.reason = QStringLiteral(
                    "None of the recorded migrations was applied by this tool (no checksum recorded).");
                return c;
            }
            const int notByTool = migrationState->appliedKnown(catalogue).size() - compared;
            c.status = drift.isEmpty() ? CheckResult::Status::Pass : CheckResult::Status::Fail;
            c.actual = drift.isEmpty() ? QStringLiteral("%1 checksum(s) match").arg(compared)
                                       : joinLimited(drift, 8);
            if (notByTool > 0)
                c.reason =
                    QStringLiteral("%1 recorded migration(s) were applied by Django, without a checksum.")
                        .arg(notByTool);
            return c;
        }));

    // Orphaned foreign keys: the contract's foreign keys of each table, checked by query (the
    // constraint itself may be missing or NOT VALID).
    const QStringList fkTables{QStringLiteral("characters_character"), QStringLiteral("items_item"),
                               QStringLiteral("locations_location"), QStringLiteral("campaigns_campaign")};
    static const QRegularExpression fkDef(
        QStringLiteral("^FOREIGN KEY \\((\\w+)\\) REFERENCES (\\w+)\\((\\w+)\\)"));
    for (const QString &table : fkTables) {
        plan << qMakePair(
            QStringLiteral("No orphaned foreign keys in %1").arg(table), Check([&, table] {
                CheckResult c;
                c.id = QStringLiteral("fk.%1").arg(table);
                c.name = QStringLiteral("No orphaned foreign keys in %1").arg(table);
                c.category = QStringLiteral("Integrity");
                QString stage = tableStage.value(table);
                if (table == QLatin1String("campaigns_campaign"))
                    stage = QStringLiteral("0002");
                if (stage.isEmpty()) {
                    c.status = CheckResult::Status::Skipped;
                    c.reason = QStringLiteral("Not applicable: the table's app stands before 0002.");
                    return c;
                }
                QStringList parts, targets;
                for (const SchemaEntry &e : referenceFor(table, stage)) {
                    const QRegularExpressionMatch m = fkDef.match(e.definition);
                    if (e.kind != QLatin1String("constraint") || !m.hasMatch())
                        continue;
                    const QString col = m.captured(1), target = m.captured(2), targetCol = m.captured(3);
                    if (!sql::columnExists(db, table, col)) {
                        targets << QStringLiteral("%1 (column missing)").arg(col);
                        continue;
                    }
                    targets << QStringLiteral("%1 → %2").arg(col, target);
                    parts
                        << QStringLiteral(
                               "SELECT '%1' AS column_name, count(*) AS orphans FROM %2 c\n"
                               "WHERE c.%3 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %4 r WHERE r.%5 = c.%3)")
                               .arg(col, sql::quoteIdent(table), sql::quoteIdent(col),
                                    sql::quoteIdent(target), sql::quoteIdent(targetCol));
                }
                c.expected = QStringLiteral("0 orphaned rows (%1)").arg(targets.join(QStringLiteral(", ")));
                if (parts.isEmpty()) {
                    c.status = CheckResult::Status::Skipped;
                    c.reason = QStringLiteral("The table has none of the contract's foreign-key columns.");
                    return c;
                }
                c.sql = parts.join(QStringLiteral("\nUNION ALL\n"));
                QString err;
                const auto rows = runner.rows(c.sql, &err);
                if (!err.isEmpty())
                    return failedQuery(c, err);
                QStringList found;
                qint64 totalOrphans = 0;
                for (const QVariantList &r : rows) {
                    const qint64 n = r.at(1).toLongLong();
                    totalOrphans += n;
                    if (n > 0)
                        found << QStringLiteral("%1: %2").arg(r.at(0).toString()).arg(n);
                }
                c.status = totalOrphans == 0 ? CheckResult::Status::Pass : CheckResult::Status::Fail;
                c.actual = totalOrphans == 0 ? QStringLiteral("0") : found.join(QStringLiteral(", "));
                if (totalOrphans > 0)
                    c.reason =
                        QStringLiteral("%1 row(s) point to a row that does not exist.").arg(totalOrphans);
                return c;
            }));
    }

    // unique_character_name_per_campaign: present, and no duplicates (which would keep it from
    // being recreated).
    plan << qMakePair(
        QStringLiteral("Unique character name per campaign: constraint"), Check([&] {
            CheckResult c;
            c.id = QStringLiteral("unique.constraint");
            c.name = QStringLiteral("Constraint unique_character_name_per_campaign exists");
            c.category = QStringLiteral("Integrity");
            c.sql = QString::fromLatin1(kUniqueConstraintSql);
            c.expected = QStringLiteral("UNIQUE (campaign_id, name)");
            if (failsOnMissingTable(db, QStringLiteral("characters_character"), &c))
                return c;
            QString err;
            const auto rows = runner.rows(c.sql, &err);
            if (!err.isEmpty())
                return failedQuery(c, err);
            c.actual = rows.isEmpty() ? QStringLiteral("missing") : rows.first().first().toString();
            c.status = c.actual == c.expected ? CheckResult::Status::Pass : CheckResult::Status::Fail;
            return c;
        }));
    plan << qMakePair(
        QStringLiteral("Unique character name per campaign: data"), Check([&] {
            CheckResult c;
            c.id = QStringLiteral("unique.duplicates");
            c.name = QStringLiteral("No duplicate character names within a campaign");
            c.category = QStringLiteral("Integrity");
            c.sql = QString::fromLatin1(kDuplicateNamesSql);
            c.expected = QStringLiteral("0");
            if (failsOnMissingTable(db, QStringLiteral("characters_character"), &c))
                return c;
            QString err;
            const auto rows = runner.rows(c.sql, &err);
            if (!err.isEmpty())
                return failedQuery(c, err);
            const qint64 n = rows.value(0).value(0).toLongLong();
            c.actual = QString::number(n);
            c.status = n == 0 ? CheckResult::Status::Pass : CheckResult::Status::Fail;
            if (n > 0)
                c.reason =
                    QStringLiteral("%1 (campaign, name) pair(s) are used by more than one character.").arg(n);
            return c;
        }));

    // Row counts against the last catalogued backup.
    plan << qMakePair(
        QStringLiteral("Row counts match the last backup"), Check([&] {
            CheckResult c;
            c.id = QStringLiteral("backup.rowcounts");
            c.name = QStringLiteral("Row counts unchanged since the last catalogued backup");
            c.category = QStringLiteral("Backup");
            c.sql = QString::fromLatin1(kLastBackupSql);
            if (!sql::tableExists(db, QString::fromLatin1(kToolSchema), QStringLiteral("backups"))) {
                c.status = CheckResult::Status::Skipped;
                c.reason = QStringLiteral("No backup catalogue (gma_migrator.backups does not exist).");
                return c;
            }
            QString err;
            const auto backup = runner.rows(c.sql, &err);
            if (!err.isEmpty())
                return failedQuery(c, err);
            if (backup.isEmpty()) {
                c.status = CheckResult::Status::Skipped;
                c.reason = QStringLiteral("No backup in the catalogue to compare with.");
                return c;
            }
            const qint64 backupId = backup.first().at(0).toLongLong();
            QJsonObject counts = QJsonDocument::fromJson(backup.first().at(2).toString().toUtf8()).object();
            if (counts.contains(QStringLiteral("tables")) &&
                counts.value(QStringLiteral("tables")).isObject())
                counts = counts.value(QStringLiteral("tables")).toObject();
            QMap<QString, qint64> expected;
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                QString table = it.key();
                if (table.startsWith(QLatin1String("public.")))
                    table = table.mid(7);
                if (!dataTables().contains(table))
                    continue;
                const QJsonValue v = it.value();
                expected.insert(table, v.isString() ? v.toString().toLongLong() : qint64(v.toDouble()));
            }
            if (expected.isEmpty()) {
                c.status = CheckResult::Status::Skipped;
                c.reason =
                    QStringLiteral("Backup #%1 records no row counts of the GMA tables.").arg(backupId);
                return c;
            }
            QStringList exprs, expectedText;
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                exprs << QStringLiteral("(SELECT count(*) FROM %1) AS %1").arg(sql::quoteIdent(it.key()));
                expectedText << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            }
            const QString countSql =
                QStringLiteral("SELECT %1").arg(exprs.join(QStringLiteral(",\n       ")));
            c.sql += QStringLiteral(";\n") + countSql;
            c.expected = QStringLiteral("as in backup #%1 (%2 UTC): %3")
                             .arg(backupId)
                             .arg(backup.first().at(1).toDateTime().toUTC().toString(
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  expectedText.join(QStringLiteral(", ")));
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                if (failsOnMissingTable(db, it.key(), &c))
                    return c;
            }
            const auto live = runner.rows(countSql, &err);
            if (!err.isEmpty())
                return failedQuery(c, err);
            QStringList actualText, changed;
            int i = 0;
            for (auto it = expected.begin(); it != expected.end(); ++it, ++i) {
                const qint64 n = live.value(0).value(i).toLongLong();
                actualText << QStringLiteral("%1 %2").arg(it.key()).arg(n);
                if (n != it.value())
                    changed << QStringLiteral("%1 %2 → %3 (%4%5)")
                                   .arg(it.key())
                                   .arg(it.value())
                                   .arg(n)
                                   .arg(n > it.value() ? QStringLiteral("+") : QString())
                                   .arg(n - it.value());
            }
            c.actual = actualText.join(QStringLiteral(", "));
            c.status = changed.isEmpty() ? CheckResult::Status::Pass : CheckResult::Status::Fail;
            if (!changed.isEmpty())
                c.reason = QStringLiteral("Changed: %1.").arg(changed.join(QStringLiteral(", ")));
            return c;
        }));

    for (int i = 0; i < plan.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        if (options.progress)
            options.progress(i, int(plan.size()), plan.at(i).first);
        QElapsedTimer timer;
        timer.start();
        CheckResult c = plan.at(i).second();
        c.ms = timer.elapsed();
        result.checks << c;
    }
    result.ms = total.elapsed();
    return result;
}

} // namespace Validation

} // namespace gma
