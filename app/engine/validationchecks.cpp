#include "validationchecks.h"

#include "locks.h"
#include "sqlutil.h"
#include "strategy.h"
#include "toolschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gma::Validation {

namespace {

QString levelText(const QString &level)
{
    return level.isEmpty() ? QCoreApplication::translate("gma::Validation", "no migration") : level;
}

QString joinLimited(const QStringList &items, int limit)
{
    if (items.size() <= limit)
        return items.join(QStringLiteral("; "));
    return QCoreApplication::translate("gma::Validation", "%1; and %2 more")
        .arg(items.mid(0, limit).join(QStringLiteral("; ")), QLocale().toString(items.size() - limit));
}

QString checksumSql()
{
    return QStringLiteral("SELECT DISTINCT ON (app, name) app, name, checksum FROM %1.history\n"
                          "WHERE direction = 'forward' AND outcome IN ('success', 'faked') ORDER BY app, name, id DESC")
        .arg(QLatin1String(kToolSchema));
}

QString lastBackupSql()
{
    return QStringLiteral("SELECT id, taken_at, row_counts::text FROM %1.backups ORDER BY taken_at DESC, id DESC "
                          "LIMIT 1")
        .arg(QLatin1String(kToolSchema));
}

const char *const kStateSql = "SELECT app, name, applied FROM django_migrations ORDER BY id";

const char *const kUniqueConstraintSql =
    "SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k\n"
    "WHERE k.conrelid = 'public.characters_character'::pg_catalog.regclass\n"
    "  AND k.conname = 'unique_character_name_per_campaign'";

const char *const kDuplicateNamesSql = "SELECT count(*) FROM (\n"
                                       "  SELECT campaign_id, name FROM characters_character\n"
                                       "  GROUP BY campaign_id, name HAVING count(*) > 1\n"
                                       ") AS duplicates";

bool failsOnMissingTable(QSqlDatabase &db, const QString &table, CheckResult *c)
{
    if (sql::tableExists(db, QStringLiteral("public"), table))
        return false;
    c->status = CheckResult::Status::Fail;
    c->actual = QCoreApplication::translate("gma::Validation", "%1 is missing").arg(table);
    return true;
}

QString queryFailed()
{
    return QCoreApplication::translate("gma::Validation", "query failed");
}

CheckResult failedQuery(CheckResult c, const QString &error)
{
    c.status = CheckResult::Status::Fail;
    c.actual = queryFailed();
    c.reason = error;
    return c;
}

// The seed's queries, verbatim: they apply when the model's app stands at 0004.
CheckResult seedCount(Context &ctx, CheckResult c, const QString &app, const char *condition)
{
    const strategy::Model *m = strategy::findModel(app);
    c.sql = QStringLiteral("SELECT COUNT(*) FROM %1\nWHERE %2").arg(m->table, QLatin1String(condition));
    c.expected = QStringLiteral("0");
    const QString level = ctx.state.apps.value(app);
    if (levelOf(level) < 4) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "Not applicable: %1 stands at %2; the seed's validation applies after 0004.")
                       .arg(app, levelText(level));
        return c;
    }
    QString err;
    const auto rows = ctx.rows(c.sql, &err);
    if (!err.isEmpty())
        return failedQuery(c, err);
    const qint64 n = rows.value(0).value(0).toLongLong();
    c.actual = QString::number(n);
    c.status = n == 0 ? CheckResult::Status::Pass : CheckResult::Status::Fail;
    if (n != 0)
        c.reason = QCoreApplication::translate("gma::Validation", "%Ln row(s) {lacks|lack} a value.", nullptr, int(n));
    return c;
}

// After the data step, rows without audit users are late rows (audit.h): the reason says how many
// and the newest id, from Audit::lateRowsSql.
CheckResult checkSeedAudit(Context &ctx, CheckResult c, const QString &app)
{
    c = seedCount(ctx, c, app, "created_by_id IS NULL OR modified_by_id IS NULL");
    if (c.status != CheckResult::Status::Fail || c.actual == queryFailed())
        return c;
    LateRows late;
    late.table = strategy::findModel(app)->table;
    late.dataStep = Audit::recordedDataStep(ctx.db, app);
    const QString lateSql = Audit::lateRowsSql(late.table);
    QString err;
    const auto rows = ctx.rows(lateSql, &err);
    if (!err.isEmpty() || late.dataStep.isEmpty())
        return c;
    Audit::readLateRow(rows.value(0), &late);
    c.sql += QStringLiteral(";\n") + lateSql;
    if (late.found()) {
        c.reason = late.sentence();
        ctx.lateRows << late;
    }
    return c;
}

CheckResult checkSeedTimestamps(Context &ctx, CheckResult c, const QString &app)
{
    return seedCount(ctx, c, app, "created_at IS NULL OR updated_at IS NULL");
}

// The stage every strategy table is compared at; empty with `c` skipped when one cannot be.
bool contractStages(Context &ctx, CheckResult &c)
{
    QStringList stages;
    QSet<QString> distinctStages;
    for (const strategy::Model &m : strategy::models()) {
        if (!ctx.tableStage.contains(m.table)) {
            c.status = CheckResult::Status::Skipped;
            c.reason = QCoreApplication::translate("gma::Validation", "Not applicable: %1 stands at %2; the contract fixes the schema "
                                                               "at 0002 and 0004 only.")
                           .arg(m.app, levelText(ctx.state.apps.value(m.app)));
            c.expected = QCoreApplication::translate("gma::Validation", "the contract's schema-at-0002.sql / schema-at-0004.sql");
            return false;
        }
        stages << QCoreApplication::translate("gma::Validation", "%1 at %2").arg(m.app, ctx.tableStage.value(m.table));
        distinctStages.insert(ctx.tableStage.value(m.table));
    }
    c.expected = (distinctStages.size() == 1
                      ? QCoreApplication::translate("gma::Validation", "identical to the contract's schema-at-%1.sql (column order, "
                                                            "types, nullability, defaults, constraint and index names)")
                            .arg(*distinctStages.begin())
                      : QCoreApplication::translate("gma::Validation", "identical to the contract's schema (%1) (column order, types, "
                                                            "nullability, defaults, constraint and index names)")
                            .arg(stages.join(QStringLiteral(", "))));
    return true;
}

CheckResult checkSchemaContract(Context &ctx, CheckResult c, const QString &)
{
    c.sql = introspectionSql();
    if (!contractStages(ctx, c))
        return c;
    QList<SchemaEntry> expected;
    for (const QString &table : contractTables())
        expected += ctx.referenceFor(table, ctx.tableStage.value(table, QStringLiteral("0002")));
    QString err;
    sql::exec(ctx.db, QStringLiteral("SAVEPOINT gma_check"));
    const QList<SchemaEntry> actual = introspect(ctx.db, &err);
    sql::exec(ctx.db, err.isEmpty() ? QStringLiteral("RELEASE SAVEPOINT gma_check")
                                    : QStringLiteral("ROLLBACK TO SAVEPOINT gma_check"));
    if (!err.isEmpty())
        return failedQuery(c, err);
    // A production users_user carries more columns and indexes than the contract's.
    const QStringList differences = compareSchema(actual, expected, {strategy::usersTable()});
    if (differences.isEmpty()) {
        c.status = CheckResult::Status::Pass;
        c.actual = QCoreApplication::translate("gma::Validation", "identical (%Ln schema fact(s) compared)", nullptr, int(expected.size()));
    } else {
        c.status = CheckResult::Status::Fail;
        c.actual = joinLimited(differences, 12);
        c.reason = QCoreApplication::translate("gma::Validation", "%Ln difference(s) from the contract.", nullptr,
                                               int(differences.size()));
    }
    return c;
}

// Django's history consistency.
CheckResult checkHistoryConsistent(Context &ctx, CheckResult c, const QString &)
{
    c.sql = QString::fromLatin1(kStateSql);
    c.expected = QCoreApplication::translate("gma::Validation", "no inconsistency, no duplicate rows");
    if (!ctx.migrations.tableExists) {
        c.status = CheckResult::Status::Fail;
        c.actual = QCoreApplication::translate("gma::Validation", "django_migrations is missing");
        return c;
    }
    QStringList problems = ctx.migrations.inconsistencies(ctx.catalogue);
    if (ctx.migrations.duplicateRows > 0)
        problems << QCoreApplication::translate("gma::Validation", "%Ln duplicate row(s)", nullptr, int(ctx.migrations.duplicateRows));
    c.status = problems.isEmpty() ? CheckResult::Status::Pass : CheckResult::Status::Fail;
    c.actual = problems.isEmpty()
                   ? QCoreApplication::translate("gma::Validation", "consistent (%Ln migration(s) recorded)", nullptr,
                                                 int(ctx.migrations.applied.size()))
                   : joinLimited(problems, 8);
    return c;
}

// Checksums of the applied definitions.
CheckResult checkChecksums(Context &ctx, CheckResult c, const QString &)
{
    c.sql = checksumSql();
    c.expected = QCoreApplication::translate("gma::Validation", "recorded checksum = built-in definition's, for every applied migration");
    if (!sql::tableExists(ctx.db, QString::fromLatin1(kToolSchema), QStringLiteral("history"))) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "No run recorded by this tool (gma_migrator.history does not exist).");
        return c;
    }
    QString err;
    const auto rows = ctx.rows(c.sql, &err);
    if (!err.isEmpty())
        return failedQuery(c, err);
    int compared = 0;
    QStringList drift;
    for (const QVariantList &r : rows) {
        const MigrationKey key{r.at(0).toString(), r.at(1).toString()};
        const MigrationDefinition *def = ctx.catalogue.find(key);
        if (!def || !ctx.migrations.isApplied(key))
            continue;
        ++compared;
        if (def->checksum != r.at(2).toString())
            drift << QCoreApplication::translate("gma::Validation", "%1: recorded %2, definition %3")
                         .arg(key.label(), r.at(2).toString().left(12), def->checksum.left(12));
    }
    if (compared == 0) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "None of the recorded migrations was applied by this tool (no checksum "
                                                     "recorded).");
        return c;
    }
    const int notByTool = ctx.migrations.appliedKnown(ctx.catalogue).size() - compared;
    c.status = drift.isEmpty() ? CheckResult::Status::Pass : CheckResult::Status::Fail;
    c.actual = drift.isEmpty() ? QCoreApplication::translate("gma::Validation", "%Ln checksum(s) match", nullptr, compared) : joinLimited(drift, 8);
    if (notByTool > 0)
        c.reason = QCoreApplication::translate("gma::Validation", "%Ln recorded migration(s) {was|were} applied by Django, without a "
                                                     "checksum.",
                                                     nullptr, notByTool);
    return c;
}

// The orphan query of each of the contract's foreign keys of `table`; `targets` for people.
QStringList orphanQueries(Context &ctx, const QString &table, const QString &stage, QStringList *targets)
{
    static const QRegularExpression fkDef(QStringLiteral("^FOREIGN KEY \\((\\w+)\\) REFERENCES (\\w+)\\((\\w+)\\)"));
    QStringList parts;
    for (const SchemaEntry &e : ctx.referenceFor(table, stage)) {
        const QRegularExpressionMatch m = fkDef.match(e.definition);
        if (e.kind != QLatin1String("constraint") || !m.hasMatch())
            continue;
        const QString col = m.captured(1), target = m.captured(2), targetCol = m.captured(3);
        if (!sql::columnExists(ctx.db, table, col)) {
            *targets << QCoreApplication::translate("gma::Validation", "%1 (column missing)").arg(col);
            continue;
        }
        *targets << QStringLiteral("%1 → %2").arg(col, target);
        parts << QStringLiteral("SELECT '%1' AS column_name, count(*) AS orphans FROM %2 c\n"
                                "WHERE c.%3 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %4 r WHERE r.%5 = c.%3)")
                     .arg(col, sql::quoteIdent(table), sql::quoteIdent(col), sql::quoteIdent(target),
                          sql::quoteIdent(targetCol));
    }
    return parts;
}

// Orphaned foreign keys: the contract's foreign keys of each table, checked by query (the
// constraint itself may be missing or NOT VALID).
CheckResult checkOrphans(Context &ctx, CheckResult c, const QString &table)
{
    const QString stage = strategy::findModel(table) ? ctx.tableStage.value(table) : QStringLiteral("0002");
    if (stage.isEmpty()) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "Not applicable: the table's app stands before 0002.");
        return c;
    }
    QStringList targets;
    const QStringList parts = orphanQueries(ctx, table, stage, &targets);
    c.expected = QCoreApplication::translate("gma::Validation", "0 orphaned rows (%1)").arg(targets.join(QStringLiteral(", ")));
    if (parts.isEmpty()) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "The table has none of the contract's foreign-key columns.");
        return c;
    }
    c.sql = parts.join(QStringLiteral("\nUNION ALL\n"));
    QString err;
    const auto rows = ctx.rows(c.sql, &err);
    if (!err.isEmpty())
        return failedQuery(c, err);
    QStringList found;
    qint64 totalOrphans = 0;
    for (const QVariantList &r : rows) {
        const qint64 n = r.at(1).toLongLong();
        totalOrphans += n;
        if (n > 0)
            found << QStringLiteral("%1: %2").arg(r.at(0).toString(), QLocale().toString(n));
    }
    c.status = totalOrphans == 0 ? CheckResult::Status::Pass : CheckResult::Status::Fail;
    c.actual = totalOrphans == 0 ? QStringLiteral("0") : found.join(QStringLiteral(", "));
    if (totalOrphans > 0)
        c.reason = QCoreApplication::translate("gma::Validation", "%Ln row(s) {points|point} to a row that does not exist.", nullptr,
                                                     int(totalOrphans));
    return c;
}

// Runs c.sql, a query of characters_character; false with `c` failed when the table is missing or
// the query fails.
bool queryCharacters(Context &ctx, CheckResult &c, QList<QVariantList> *rows)
{
    if (failsOnMissingTable(ctx.db, QStringLiteral("characters_character"), &c))
        return false;
    QString err;
    *rows = ctx.rows(c.sql, &err);
    if (!err.isEmpty()) {
        c = failedQuery(c, err);
        return false;
    }
    return true;
}

// unique_character_name_per_campaign: present, and no duplicates (which would keep it from
// being recreated).
CheckResult checkUniqueConstraint(Context &ctx, CheckResult c, const QString &)
{
    c.sql = QString::fromLatin1(kUniqueConstraintSql);
    c.expected = QStringLiteral("UNIQUE (campaign_id, name)");
    QList<QVariantList> rows;
    if (!queryCharacters(ctx, c, &rows))
        return c;
    c.actual = rows.isEmpty() ? QCoreApplication::translate("gma::Validation", "missing") : rows.first().first().toString();
    c.status = c.actual == c.expected ? CheckResult::Status::Pass : CheckResult::Status::Fail;
    return c;
}

CheckResult checkDuplicateNames(Context &ctx, CheckResult c, const QString &)
{
    c.sql = QString::fromLatin1(kDuplicateNamesSql);
    c.expected = QStringLiteral("0");
    QList<QVariantList> rows;
    if (!queryCharacters(ctx, c, &rows))
        return c;
    const qint64 n = rows.value(0).value(0).toLongLong();
    c.actual = QString::number(n);
    c.status = n == 0 ? CheckResult::Status::Pass : CheckResult::Status::Fail;
    if (n > 0)
        c.reason = QCoreApplication::translate("gma::Validation", "%Ln (campaign, name) pair(s) {is|are} used by more than one character.",
                                                     nullptr, int(n));
    return c;
}

// The GMA tables' row counts a catalogued backup recorded (django_migrations changes by design).
QMap<QString, qint64> backupCounts(const QString &rowCountsJson)
{
    QJsonObject counts = QJsonDocument::fromJson(rowCountsJson.toUtf8()).object();
    if (counts.contains(QStringLiteral("tables")) && counts.value(QStringLiteral("tables")).isObject())
        counts = counts.value(QStringLiteral("tables")).toObject();
    QMap<QString, qint64> expected;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        QString table = it.key();
        if (table.startsWith(QLatin1String("public.")))
            table = table.mid(7);
        if (!strategy::gmaTables().contains(table))
            continue;
        const QJsonValue v = it.value();
        expected.insert(table, v.isString() ? v.toString().toLongLong() : qint64(v.toDouble()));
    }
    return expected;
}

// Compares the live counts (`countSql`) with `expected`.
CheckResult compareCounts(Context &ctx, CheckResult c, const QMap<QString, qint64> &expected, const QString &countSql)
{
    QString err;
    const auto live = ctx.rows(countSql, &err);
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
        c.reason = QCoreApplication::translate("gma::Validation", "Changed: %1.").arg(changed.join(QStringLiteral(", ")));
    return c;
}

// Row counts against the last catalogued backup.
CheckResult checkBackupRowCounts(Context &ctx, CheckResult c, const QString &)
{
    c.sql = lastBackupSql();
    if (!sql::tableExists(ctx.db, QString::fromLatin1(kToolSchema), QStringLiteral("backups"))) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "No backup catalogue (gma_migrator.backups does not exist).");
        return c;
    }
    QString err;
    const auto backup = ctx.rows(c.sql, &err);
    if (!err.isEmpty())
        return failedQuery(c, err);
    if (backup.isEmpty()) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "No backup in the catalogue to compare with.");
        return c;
    }
    const qint64 backupId = backup.first().at(0).toLongLong();
    const QMap<QString, qint64> expected = backupCounts(backup.first().at(2).toString());
    if (expected.isEmpty()) {
        c.status = CheckResult::Status::Skipped;
        c.reason = QCoreApplication::translate("gma::Validation", "Backup #%1 records no row counts of the GMA tables.").arg(backupId);
        return c;
    }
    QStringList exprs, expectedText;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        exprs << QStringLiteral("(SELECT count(*) FROM %1) AS %1").arg(sql::quoteIdent(it.key()));
        expectedText << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    const QString countSql = QStringLiteral("SELECT %1").arg(exprs.join(QStringLiteral(",\n       ")));
    c.sql += QStringLiteral(";\n") + countSql;
    c.expected = QCoreApplication::translate("gma::Validation", "as in backup #%1 (%2 UTC): %3")
                     .arg(backupId)
                     .arg(backup.first().at(1).toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                          expectedText.join(QStringLiteral(", ")));
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (failsOnMissingTable(ctx.db, it.key(), &c))
            return c;
    }
    return compareCounts(ctx, c, expected, countSql);
}

} // namespace

QList<QVariantList> Context::rows(const QString &statement, QString *error)
{
    sql::exec(db, QStringLiteral("SAVEPOINT gma_check"));
    QList<QVariantList> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok = q.exec(statement);
    while (ok && q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        out << row;
    }
    if (!ok) {
        if (isLockTimeout(q.lastError()) && !lockError.isValid())
            lockError = q.lastError();
        sql::exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT gma_check"));
    } else {
        sql::exec(db, QStringLiteral("RELEASE SAVEPOINT gma_check"));
    }
    if (error)
        *error = ok ? QString() : sql::message(q.lastError());
    return out;
}

QList<SchemaEntry> Context::referenceFor(const QString &table, const QString &stage) const
{
    QList<SchemaEntry> out;
    for (const SchemaEntry &e : reference.value(stage)) {
        if (e.table == table)
            out << e;
    }
    return out;
}

int levelOf(const QString &prefix)
{
    bool ok = false;
    const int n = prefix.toInt(&ok);
    return ok ? n : 0;
}

// Every check, in the order they run and are reported.
QList<Check> checkTable()
{
    QList<Check> table;
    const QString seed = QCoreApplication::translate("gma::Validation", "Seed");
    const QString integrity = QCoreApplication::translate("gma::Validation", "Integrity");
    const QString migrations = QCoreApplication::translate("gma::Validation", "Migrations");
    for (const strategy::Model &m : strategy::models()) {
        const QString name = QCoreApplication::translate("gma::Validation", "%1 have audit fields (no NULL created_by / modified_by)")
                                 .arg(strategy::labelOf(m));
        table << Check{QStringLiteral("seed.%1.audit").arg(m.app), name, seed, name,
                       checkSeedAudit, m.app};
    }
    for (const strategy::Model &m : strategy::models()) {
        const QString name = QCoreApplication::translate("gma::Validation", "%1 have timestamps (no NULL created_at / updated_at)")
                                 .arg(strategy::labelOf(m));
        table << Check{QStringLiteral("seed.%1.timestamps").arg(m.app), name, seed, name,
                       checkSeedTimestamps, m.app};
    }
    table << Check{QStringLiteral("schema.contract"),
                   QCoreApplication::translate("gma::Validation", "GMA schema matches the contract for the recorded state"),
                   QCoreApplication::translate("gma::Validation", "Schema"), QCoreApplication::translate("gma::Validation", "Schema matches the contract"),
                   checkSchemaContract, {}};
    table << Check{QStringLiteral("migrations.consistent"),
                   QCoreApplication::translate("gma::Validation", "Migration history is consistent (no migration recorded before its "
                                                        "dependency)"),
                   migrations, QCoreApplication::translate("gma::Validation", "Migration history is consistent"),
                   checkHistoryConsistent, {}};
    table << Check{QStringLiteral("migrations.checksums"),
                   QCoreApplication::translate("gma::Validation", "Applied migrations match their built-in definitions (checksums)"),
                   migrations, QCoreApplication::translate("gma::Validation", "Migration checksums match"), checkChecksums, {}};
    for (const QString &t : strategy::modelTables() + QStringList{QStringLiteral("campaigns_campaign")}) {
        const QString name = QCoreApplication::translate("gma::Validation", "No orphaned foreign keys in %1").arg(t);
        table << Check{QStringLiteral("fk.%1").arg(t), name, integrity, name, checkOrphans, t};
    }
    table << Check{QStringLiteral("unique.constraint"),
                   QCoreApplication::translate("gma::Validation", "Constraint unique_character_name_per_campaign exists"), integrity,
                   QCoreApplication::translate("gma::Validation", "Unique character name per campaign: constraint"),
                   checkUniqueConstraint, {}};
    table << Check{QStringLiteral("unique.duplicates"),
                   QCoreApplication::translate("gma::Validation", "No duplicate character names within a campaign"), integrity,
                   QCoreApplication::translate("gma::Validation", "Unique character name per campaign: data"),
                   checkDuplicateNames, {}};
    table << Check{QStringLiteral("backup.rowcounts"),
                   QCoreApplication::translate("gma::Validation", "Row counts unchanged since the last catalogued backup"),
                   QCoreApplication::translate("gma::Validation", "Backup"), QCoreApplication::translate("gma::Validation", "Row counts match the last backup"),
                   checkBackupRowCounts, {}};
    return table;
}


} // namespace gma::Validation
