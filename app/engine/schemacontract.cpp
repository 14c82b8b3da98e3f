#include "schemacontract.h"

#include "sqlutil.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <limits>

namespace gma {

namespace Validation {

namespace {

QString stripPublic(QString text)
{
    text.replace(QStringLiteral("public."), QString());
    return text;
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
    return strategy::gmaTables() + QStringList{QStringLiteral("django_migrations")};
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
                out << QCoreApplication::translate("gma::SchemaContract", "missing table %1").arg(e.table);
            } else {
                out << QCoreApplication::translate("gma::SchemaContract", "%1: missing %2 %3 (%4)").arg(e.table, e.kind, e.name, e.definition);
            }
            continue;
        }
        const bool subset = subsetTables.contains(e.table);
        const QString got =
            subset && e.kind == QLatin1String("column") ? withoutPosition(it->definition) : it->definition;
        const QString want =
            subset && e.kind == QLatin1String("column") ? withoutPosition(e.definition) : e.definition;
        if (got != want)
            out << QCoreApplication::translate("gma::SchemaContract", "%1: %2 %3 is '%4', the contract has '%5'")
                       .arg(e.table, e.kind, e.name, got, want);
    }
    QSet<QString> expectedTables;
    for (const SchemaEntry &e : expected)
        expectedTables.insert(e.table);
    for (const SchemaEntry &e : actual) {
        if (!expectedTables.contains(e.table) || subsetTables.contains(e.table) ||
            expectedKeys.contains(key(e)))
            continue;
        out << QCoreApplication::translate("gma::SchemaContract", "%1: unexpected %2 %3 (%4)").arg(e.table, e.kind, e.name, e.definition);
    }
    return out;
}

} // namespace Validation

} // namespace gma
