// Statement classification for the preview: the table-level lock a statement takes and what it
// does to the table's rows, from its text alone (PostgreSQL 15's documented lock modes).
#include "format.h"
#include "previewsql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gma {

namespace previewsql {


// "\"gma_migrator\".\"populate_log\"" -> "gma_migrator.populate_log"; "\"items_item\"" -> "items_item".
QString tableName(const QString &quoted)
{
    QString name = quoted;
    name.remove(QLatin1Char('"'));
    if (name.startsWith(QLatin1String("public.")))
        name = name.mid(7);
    return name;
}

// A table reference: "name", "schema"."name" or a bare identifier.
const QString kTableRef = QStringLiteral(R"((?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?)");

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
}

// Tables read by FROM / JOIN clauses, except `target`.
QStringList readTables(const QString &statement, const QString &target)
{
    QStringList out;
    static const QRegularExpression from = re(QStringLiteral(R"(\b(?:FROM|JOIN)\s+(%1))").arg(kTableRef));
    auto it = from.globalMatch(statement);
    while (it.hasNext()) {
        const QString t = tableName(it.next().captured(1));
        if (t != target && !out.contains(t) && !t.startsWith(QLatin1String("unnest")))
            out << t;
    }
    return out;
}

void addLock(StatementImpact &s, const QString &table, LockMode mode)
{
    if (table.isEmpty() || table == s.table) {
        if (table == s.table && int(mode) > int(s.lock))
            s.lock = mode;
        return;
    }
    for (TableLock &l : s.otherLocks) {
        if (l.table == table) {
            if (int(mode) > int(l.mode))
                l.mode = mode;
            return;
        }
    }
    s.otherLocks << TableLock{table, mode};
}

// Volatile default expressions force a rewrite even on PostgreSQL 11+.
bool hasVolatileDefault(const QString &action)
{
    static const QRegularExpression volatileDefault = re(QStringLiteral(
        R"(\bDEFAULT\s+[^,]*\b(clock_timestamp|random|gen_random_uuid|uuid_generate_v\d|nextval|timeofday|statement_timestamp)\s*\()"));
    static const QRegularExpression serial = re(QStringLiteral(R"(\b(small|big)?serial\b|\bGENERATED\b)"));
    return volatileDefault.match(action).hasMatch() || serial.match(action).hasMatch();
}

const QRegularExpression &addConstraintPattern()
{
    static const QRegularExpression p = re(
        QStringLiteral(R"(^ADD\s+(?:CONSTRAINT\s+("[^"]+"|\w+)\s+)?(UNIQUE|PRIMARY\s+KEY|CHECK|EXCLUDE)\b)"));
    return p;
}

// ALTER TABLE actions that add: a foreign key, a column; and that change a column's type or make
// it NOT NULL. False for any other action.
bool classifyAddOrAlter(StatementImpact &s, const QString &action)
{
    static const QRegularExpression addColumn =
        re(QStringLiteral(R"(^ADD\s+(?:COLUMN\s+)?(?:IF\s+NOT\s+EXISTS\s+)?("[^"]+"|\w+)\s+(.*)$)"));
    static const QRegularExpression references = re(QStringLiteral(R"(\bREFERENCES\s+(%1))").arg(kTableRef));
    static const QRegularExpression alterType =
        re(QStringLiteral(R"(^ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+(?:SET\s+DATA\s+)?TYPE\s+(.*)$)"));
    static const QRegularExpression setNotNull =
        re(QStringLiteral(R"(^ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+SET\s+NOT\s+NULL$)"));
    static const QRegularExpression addFk =
        re(QStringLiteral(R"(^ADD\s+(?:CONSTRAINT\s+("[^"]+"|\w+)\s+)?FOREIGN\s+KEY\b)"));
    const QRegularExpression &addConstraint = addConstraintPattern();

    QRegularExpressionMatch m;
    if ((m = addFk.match(action)).hasMatch()) {
        s.kind = QStringLiteral("ADD FOREIGN KEY");
        s.object = tableName(m.captured(1));
        s.lock = LockMode::ShareRowExclusive;
        const auto r = references.match(action);
        if (r.hasMatch())
            addLock(s, tableName(r.captured(1)), LockMode::ShareRowExclusive);
        if (action.contains(QLatin1String("NOT VALID"), Qt::CaseInsensitive)) {
            s.work = TableWork::None;
            s.note = QCoreApplication::translate("gma::Preview", "NOT VALID: existing rows are not checked");
        } else {
            s.work = TableWork::Scan;
            s.note = QCoreApplication::translate("gma::Preview", "validates every existing row against the referenced table");
        }
    } else if (!addConstraint.match(action).hasMatch() && (m = addColumn.match(action)).hasMatch()) {
        s.kind = QStringLiteral("ADD COLUMN");
        s.object = tableName(m.captured(1));
        const QString rest = m.captured(2);
        const auto r = references.match(rest);
        if (hasVolatileDefault(rest)) {
            s.work = TableWork::Rewrite;
            s.note = QCoreApplication::translate("gma::Preview", "volatile default: every row is rewritten");
        } else if (r.hasMatch()) {
            addLock(s, tableName(r.captured(1)), LockMode::ShareRowExclusive);
            s.work = TableWork::Scan;
            s.note = QCoreApplication::translate("gma::Preview", "new foreign key: validated by a scan (the new column is all NULL, so it passes)");
        } else if (rest.contains(QLatin1String("DEFAULT"), Qt::CaseInsensitive)) {
            s.work = TableWork::None;
            s.note = QCoreApplication::translate("gma::Preview", "non-volatile default: stored once in the catalogue, no rewrite (PostgreSQL 11+)");
        } else {
            s.work = TableWork::None;
            s.note = QCoreApplication::translate("gma::Preview", "no default: catalogue change only");
        }
    } else if ((m = alterType.match(action)).hasMatch()) {
        s.kind = QStringLiteral("ALTER COLUMN TYPE");
        s.object = tableName(m.captured(1));
        s.work = TableWork::Rewrite;
        s.note = QCoreApplication::translate("gma::Preview", "type change: rewrites the table and rebuilds its indexes");
    } else if ((m = setNotNull.match(action)).hasMatch()) {
        s.kind = QStringLiteral("SET NOT NULL");
        s.object = tableName(m.captured(1));
        s.work = TableWork::Scan;
        s.note = QCoreApplication::translate("gma::Preview", "scans every row to prove there is no NULL");
    } else {
        return false;
    }
    return true;
}

void classifyAlterTable(StatementImpact &s, const QString &action, const QHash<QString, QString> &fkTargets)
{
    s.lock = LockMode::AccessExclusive;
    if (classifyAddOrAlter(s, action))
        return;
    static const QRegularExpression dropNotNull =
        re(QStringLiteral(R"(^ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+DROP\s+NOT\s+NULL$)"));
    static const QRegularExpression defaults =
        re(QStringLiteral(R"(^ALTER\s+(?:COLUMN\s+)?("[^"]+"|\w+)\s+(SET|DROP)\s+DEFAULT\b)"));
    static const QRegularExpression dropColumn =
        re(QStringLiteral(R"(^DROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?("[^"]+"|\w+))"));
    static const QRegularExpression dropConstraint =
        re(QStringLiteral(R"(^DROP\s+CONSTRAINT\s+(?:IF\s+EXISTS\s+)?("[^"]+"|\w+))"));
    const QRegularExpression &addConstraint = addConstraintPattern();
    static const QRegularExpression validate = re(QStringLiteral(R"(^VALIDATE\s+CONSTRAINT\b)"));

    QRegularExpressionMatch m;
    if ((m = dropNotNull.match(action)).hasMatch()) {
        s.kind = QStringLiteral("DROP NOT NULL");
        s.object = tableName(m.captured(1));
        s.note = QCoreApplication::translate("gma::Preview", "catalogue change only");
    } else if ((m = defaults.match(action)).hasMatch()) {
        s.kind = m.captured(2).toUpper() + QStringLiteral(" DEFAULT");
        s.object = tableName(m.captured(1));
        s.note = QCoreApplication::translate("gma::Preview", "catalogue change only");
    } else if ((m = dropConstraint.match(action)).hasMatch()) {
        s.kind = QStringLiteral("DROP CONSTRAINT");
        const QString name = tableName(m.captured(1));
        s.object = name;
        if (fkTargets.contains(name)) {
            addLock(s, fkTargets.value(name), LockMode::AccessExclusive);
            s.note = QCoreApplication::translate("gma::Preview", "foreign key: its triggers on the referenced table go too, which locks that table");
        } else {
            s.note = QCoreApplication::translate("gma::Preview", "catalogue change only");
        }
    } else if ((m = dropColumn.match(action)).hasMatch()) {
        s.kind = QStringLiteral("DROP COLUMN");
        s.object = tableName(m.captured(1));
        s.note = QCoreApplication::translate("gma::Preview", "marks the column dropped; no rewrite (space is reclaimed by later updates)");
    } else if ((m = addConstraint.match(action)).hasMatch()) {
        s.kind = QStringLiteral("ADD CONSTRAINT");
        s.object = tableName(m.captured(1));
        if (action.contains(QLatin1String("NOT VALID"), Qt::CaseInsensitive)) {
            s.note = QCoreApplication::translate("gma::Preview", "NOT VALID: existing rows are checked later (VALIDATE CONSTRAINT)");
        } else {
            s.work = TableWork::Scan;
            s.note = QCoreApplication::translate("gma::Preview", "checks (or indexes) every existing row");
        }
    } else if (validate.match(action).hasMatch()) {
        s.kind = QStringLiteral("VALIDATE CONSTRAINT");
        s.lock = LockMode::ShareUpdateExclusive;
        s.work = TableWork::Scan;
        s.note = QCoreApplication::translate("gma::Preview", "checks every existing row; reads and writes go on");
    } else {
        s.kind = QStringLiteral("ALTER TABLE");
        s.note = QStringLiteral("ALTER TABLE takes ACCESS EXCLUSIVE unless documented otherwise");
    }
}

} // namespace previewsql

using namespace previewsql;

QString lockModeName(LockMode mode)
{
    static const char *const names[] = {"none",  "ACCESS SHARE",        "ROW SHARE", "ROW EXCLUSIVE",
                                        "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE",
                                        "EXCLUSIVE", "ACCESS EXCLUSIVE"};
    return format::enumName(mode, names);
}

LockMode lockModeFromPg(const QString &pgMode)
{
    static const QHash<QString, LockMode> modes{
        {QStringLiteral("AccessShareLock"), LockMode::AccessShare},
        {QStringLiteral("RowShareLock"), LockMode::RowShare},
        {QStringLiteral("RowExclusiveLock"), LockMode::RowExclusive},
        {QStringLiteral("ShareUpdateExclusiveLock"), LockMode::ShareUpdateExclusive},
        {QStringLiteral("ShareLock"), LockMode::Share},
        {QStringLiteral("ShareRowExclusiveLock"), LockMode::ShareRowExclusive},
        {QStringLiteral("ExclusiveLock"), LockMode::Exclusive},
        {QStringLiteral("AccessExclusiveLock"), LockMode::AccessExclusive}};
    return modes.value(pgMode, LockMode::None);
}

bool lockModesConflict(LockMode a, LockMode b)
{
    if (a == LockMode::None || b == LockMode::None)
        return false;
    // Bit i set: conflicts with mode i (1 = ACCESS SHARE ... 8 = ACCESS EXCLUSIVE).
    static const int conflicts[9] = {
        0,
        1 << 8,                                                                     // ACCESS SHARE
        (1 << 7) | (1 << 8),                                                        // ROW SHARE
        (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8),                                  // ROW EXCLUSIVE
        (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8),                       // SHARE UPDATE EXCLUSIVE
        (1 << 3) | (1 << 4) | (1 << 6) | (1 << 7) | (1 << 8),                       // SHARE
        (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8),            // SHARE ROW EXCLUSIVE
        (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8), // EXCLUSIVE
        0x1fe,                                                                      // ACCESS EXCLUSIVE
    };
    return (conflicts[int(a)] & (1 << int(b))) != 0;
}

QString tableWorkName(TableWork work)
{
    static const char *const names[] = {"metadata only", "scan", "rewrite", "writes rows"};
    return format::enumName(work, names);
}


namespace Preview {

QHash<QString, QString> foreignKeyTargets(const MigrationCatalogue &catalogue)
{
    QHash<QString, QString> out;
    static const QRegularExpression fk = re(
        QStringLiteral(R"(CONSTRAINT\s+("[^"]+"|\w+)\s+(?:FOREIGN\s+KEY\s*\([^)]*\)\s*)?REFERENCES\s+(%1))")
            .arg(kTableRef));
    for (const MigrationDefinition &def : catalogue.migrations()) {
        for (const SqlOperation &op : def.forward) {
            for (const QString &s : op.statements) {
                auto it = fk.globalMatch(s);
                while (it.hasNext()) {
                    const auto m = it.next();
                    out.insert(tableName(m.captured(1)), tableName(m.captured(2)));
                }
            }
        }
    }
    return out;
}

// UPDATE, INSERT, DELETE and SET CONSTRAINTS; false for any other statement.
bool classifyRowStatement(StatementImpact &s, const QString &text)
{
    static const QRegularExpression update =
        re(QStringLiteral(R"(^UPDATE\s+(?:ONLY\s+)?(%1))").arg(kTableRef));
    static const QRegularExpression insert = re(QStringLiteral(R"(^INSERT\s+INTO\s+(%1))").arg(kTableRef));
    static const QRegularExpression del =
        re(QStringLiteral(R"(^DELETE\s+FROM\s+(?:ONLY\s+)?(%1))").arg(kTableRef));
    static const QRegularExpression setConstraints = re(QStringLiteral(R"(^SET\s+CONSTRAINTS\b)"));
    // WITH ... UPDATE: an online batch (stepsql.h's NULL conversion).
    static const QRegularExpression withUpdate = re(QStringLiteral(R"(^WITH\b.*\)\s*UPDATE\s+(?:ONLY\s+)?(%1))").arg(kTableRef));
    static const QRegularExpression withInsert = re(QStringLiteral(R"(\bINSERT\s+INTO\s+(%1))").arg(kTableRef));
    QRegularExpressionMatch m;
    if ((m = withUpdate.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        s.kind = QStringLiteral("UPDATE");
        s.lock = LockMode::RowExclusive;
        s.work = TableWork::RowWrites;
        s.note = QCoreApplication::translate("gma::Preview", "one batch of rows per transaction, each row locked only while its batch runs");
        for (auto it = withInsert.globalMatch(text); it.hasNext();)
            addLock(s, tableName(it.next().captured(1)), LockMode::RowExclusive);
    } else if ((m = update.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        s.kind = QStringLiteral("UPDATE");
        s.lock = LockMode::RowExclusive;
        s.work = TableWork::RowWrites;
        s.note = QCoreApplication::translate("gma::Preview", "locks the rows it changes; reads and other writes go on");
        for (const QString &t : readTables(text, s.table))
            addLock(s, t, LockMode::AccessShare);
    } else if ((m = insert.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        s.kind = QStringLiteral("INSERT");
        s.lock = LockMode::RowExclusive;
        s.work = TableWork::RowWrites;
        const QStringList read = readTables(text, s.table);
        for (const QString &t : read)
            addLock(s, t, LockMode::AccessShare);
        s.note = read.isEmpty() ? QCoreApplication::translate("gma::Preview", "adds rows")
                                : QCoreApplication::translate("gma::Preview", "reads %1").arg(read.join(QStringLiteral(", ")));
    } else if ((m = del.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        s.kind = QStringLiteral("DELETE");
        s.lock = LockMode::RowExclusive;
        s.work = TableWork::RowWrites;
        for (const QString &t : readTables(text, s.table))
            addLock(s, t, LockMode::AccessShare);
    } else if (setConstraints.match(text).hasMatch()) {
        s.kind = QStringLiteral("SET CONSTRAINTS");
        s.note = QCoreApplication::translate("gma::Preview", "runs the deferred foreign-key checks queued so far; no table lock");
    } else {
        return false;
    }
    return true;
}

StatementImpact classify(const QString &statement, const QHash<QString, QString> &fkTargets)
{
    StatementImpact s;
    s.sql = statement;
    const QString text = statement.trimmed();
    static const QRegularExpression alter =
        re(QStringLiteral(R"(^ALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(%1)\s+(.*)$)").arg(kTableRef));
    static const QRegularExpression createIndex = re(
        QStringLiteral(
            R"(^CREATE\s+(UNIQUE\s+)?INDEX\s+(CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?(?:("[^"]+"|\w+)\s+)?ON\s+(?:ONLY\s+)?(%1))")
            .arg(kTableRef));
    static const QRegularExpression createTable =
        re(QStringLiteral(R"(^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(%1))").arg(kTableRef));
    static const QRegularExpression dropTable =
        re(QStringLiteral(R"(^DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?(%1))").arg(kTableRef));
    static const QRegularExpression dropIndex = re(QStringLiteral(R"(^DROP\s+INDEX\b)"));
    static const QRegularExpression references = re(QStringLiteral(R"(\bREFERENCES\s+(%1))").arg(kTableRef));

    QRegularExpressionMatch m;
    if ((m = alter.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        classifyAlterTable(s, m.captured(2).trimmed(), fkTargets);
    } else if ((m = createIndex.match(text)).hasMatch()) {
        s.table = tableName(m.captured(4));
        s.object = tableName(m.captured(3));
        const bool concurrently = !m.captured(2).isEmpty();
        s.kind =
            m.captured(1).isEmpty() ? QStringLiteral("CREATE INDEX") : QStringLiteral("CREATE UNIQUE INDEX");
        s.lock = concurrently ? LockMode::ShareUpdateExclusive : LockMode::Share;
        s.work = TableWork::Scan;
        s.note = concurrently
                     ? QCoreApplication::translate("gma::Preview", "builds the index while writes go on (two scans)")
                     : QCoreApplication::translate("gma::Preview", "reads every row to build the index; blocks writes, not reads");
    } else if ((m = createTable.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        s.kind = QStringLiteral("CREATE TABLE");
        s.lock = LockMode::AccessExclusive;
        s.note = QCoreApplication::translate("gma::Preview", "new table");
        auto it = references.globalMatch(text);
        while (it.hasNext())
            addLock(s, tableName(it.next().captured(1)), LockMode::ShareRowExclusive);
    } else if ((m = dropTable.match(text)).hasMatch()) {
        s.table = tableName(m.captured(1));
        s.kind = QStringLiteral("DROP TABLE");
        s.lock = LockMode::AccessExclusive;
        s.note = QCoreApplication::translate("gma::Preview", "removes the table and its data");
    } else if (dropIndex.match(text).hasMatch()) {
        s.kind = QStringLiteral("DROP INDEX");
        s.lock = LockMode::AccessExclusive;
        s.note = QStringLiteral(
            "locks the index's table ACCESS EXCLUSIVE (SHARE UPDATE EXCLUSIVE when CONCURRENTLY)");
    } else if (!classifyRowStatement(s, text)) {
        s.kind = text.section(QLatin1Char(' '), 0, 1).toUpper();
        s.note = QCoreApplication::translate("gma::Preview", "not classified: check the PostgreSQL documentation for its lock");
    }
    return s;
}

} // namespace Preview

} // namespace gma
