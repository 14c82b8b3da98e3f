#include "auditbrowser.h"

#include "locks.h"
#include "sqlutil.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gma {

namespace {

bool knownTable(const QString &table)
{
    const strategy::Model *m = strategy::findModel(table);
    return m && m->table == table;
}

// Reading `table` failed: for a lock held by someone else, the sentence naming the holder.
QString readError(QSqlDatabase &db, const QString &table, const QSqlError &error)
{
    if (isLockTimeout(error))
        return readFailure(db, error, {table});
    return QCoreApplication::translate("gma::AuditBrowser", "Cannot read %1: %2")
        .arg(table, sql::message(error));
}

// The column behind a sort choice and the type its cursor text is cast back to.
struct SortSpec
{
    QString column;
    QString type;
    bool nullable = false;
};

SortSpec sortSpec(AuditSortColumn column)
{
    switch (column) {
    case AuditSortColumn::Id:
        return {QStringLiteral("id"), QStringLiteral("bigint"), false};
    case AuditSortColumn::Name:
        return {QStringLiteral("name"), QStringLiteral("text"), false};
    case AuditSortColumn::CreatedBy:
        return {QStringLiteral("created_by_id"), QStringLiteral("bigint"), true};
    case AuditSortColumn::ModifiedBy:
        return {QStringLiteral("modified_by_id"), QStringLiteral("bigint"), true};
    case AuditSortColumn::CreatedAt:
        return {QStringLiteral("created_at"), QStringLiteral("timestamptz"), true};
    case AuditSortColumn::UpdatedAt:
        return {QStringLiteral("updated_at"), QStringLiteral("timestamptz"), true};
    }
    return {QStringLiteral("id"), QStringLiteral("bigint"), false};
}

// WHERE conditions of the filter, appending their bound values.
QStringList filterConditions(const AuditFilter &filter, const AuditColumnSet &columns, QVariantList *values)
{
    QStringList where;
    if (filter.onlyMissing) {
        QStringList missing;
        if (columns.createdBy)
            missing << QStringLiteral("t.created_by_id IS NULL");
        if (columns.modifiedBy)
            missing << QStringLiteral("t.modified_by_id IS NULL");
        if (columns.createdAt)
            missing << QStringLiteral("t.created_at IS NULL");
        if (columns.updatedAt)
            missing << QStringLiteral("t.updated_at IS NULL");
        // Before the schema step every row lacks the audit fields.
        if (!missing.isEmpty() && !columns.all())
            missing << QStringLiteral("true");
        if (!missing.isEmpty())
            where << QLatin1Char('(') + missing.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.campaignId > 0) {
        where << QStringLiteral("t.campaign_id = ?");
        *values << filter.campaignId;
    }
    if (filter.userId > 0) {
        QStringList user;
        if (columns.createdBy) {
            user << QStringLiteral("t.created_by_id = ?");
            *values << filter.userId;
        }
        if (columns.modifiedBy) {
            user << QStringLiteral("t.modified_by_id = ?");
            *values << filter.userId;
        }
        where << (user.isEmpty() ? QStringLiteral("false")
                                 : QLatin1Char('(') + user.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return where;
}

// The SELECT of one page after `after` (keyset pagination) and its bound values.
QString pageStatement(const AuditQuery &query, const AuditColumnSet &columns, const AuditCursor &after, int limit,
                      QVariantList *values)
{
    const AuditSortColumn sortColumn = columns.has(query.sort) ? query.sort : AuditSortColumn::Id;
    const SortSpec spec = sortSpec(sortColumn);
    const QString sortExpr = QStringLiteral("t.") + sql::quoteIdent(spec.column);
    const bool desc = query.descending;

    const auto col = [&](bool present, const QString &name, const QString &type) {
        return present ? QStringLiteral("t.") + sql::quoteIdent(name) : QStringLiteral("NULL::%1").arg(type);
    };
    QString from = QStringLiteral("public.") + sql::quoteIdent(query.table) + QStringLiteral(" t");
    const QString users = QStringLiteral("public.") + sql::quoteIdent(strategy::usersTable());
    if (columns.createdBy)
        from += QStringLiteral(" LEFT JOIN %1 cu ON cu.id = t.created_by_id").arg(users);
    if (columns.modifiedBy)
        from += QStringLiteral(" LEFT JOIN %1 mu ON mu.id = t.modified_by_id").arg(users);
    const QString selectList =
        QStringLiteral("t.id, t.name, %1, %2, %3, %4, %5, %6, %7::text AS sort_text, %7 AS sort_value")
            .arg(col(columns.createdBy, QStringLiteral("created_by_id"), QStringLiteral("bigint")),
                 columns.createdBy ? QStringLiteral("cu.username") : QStringLiteral("NULL::text"),
                 col(columns.modifiedBy, QStringLiteral("modified_by_id"), QStringLiteral("bigint")),
                 columns.modifiedBy ? QStringLiteral("mu.username") : QStringLiteral("NULL::text"),
                 col(columns.createdAt, QStringLiteral("created_at"), QStringLiteral("timestamptz")),
                 col(columns.updatedAt, QStringLiteral("updated_at"), QStringLiteral("timestamptz")),
                 sortExpr);
    // Ascending sorts put NULLs last, descending ones first: PostgreSQL's defaults, which an index
    // scan in either direction yields.
    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    const QString cmp = desc ? QStringLiteral("<") : QStringLiteral(">");
    const QString param = QStringLiteral("CAST(? AS %1)").arg(spec.type);

    // One SELECT of the page: the filter, `extra` conditions, the order, the limit.
    const auto branch = [&](const QString &extra, const QVariantList &extraValues, const QString &orderBy) {
        QStringList where = filterConditions(query.filter, columns, values);
        if (!extra.isEmpty())
            where << extra;
        *values << extraValues << limit;
        return QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ?")
            .arg(selectList, from,
                 where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 orderBy);
    };
    const QString order = QStringLiteral("%1%2, t.id%2").arg(sortExpr, dir);
    const QString nullsOrder = QStringLiteral("t.id%1").arg(dir);
    // The keyset condition "after (key, id)" on non-NULL values, written so that an index on the
    // sort column serves it as a range (col >= key), not as a filter.
    const QString afterKey =
        QStringLiteral("%1 %2= %3 AND (%1 %2 %3 OR t.id %2 ?)").arg(sortExpr, cmp, param);
    QString statement;
    if (!after.valid) {
        statement = branch(QString(), {}, order);
    } else if (sortColumn == AuditSortColumn::Id) {
        statement = branch(QStringLiteral("t.id %1 ?").arg(cmp), {after.id}, order);
    } else if (!spec.nullable) {
        statement = branch(afterKey, {after.key, after.key, after.id}, order);
    } else if (after.keyIsNull && !desc) {
        // Ascending, inside the trailing NULLs.
        statement = branch(QStringLiteral("%1 IS NULL AND t.id > ?").arg(sortExpr), {after.id}, nullsOrder);
    } else if (!after.keyIsNull && desc) {
        // Descending, past the leading NULLs.
        statement = branch(afterKey, {after.key, after.key, after.id}, order);
    } else {
        // Two ranges, each served by its own scan: the rest of the values and the NULLs.
        const QString values1 =
            !desc ? branch(afterKey, {after.key, after.key, after.id}, order)
                  : branch(QStringLiteral("%1 IS NULL AND t.id < ?").arg(sortExpr), {after.id}, nullsOrder);
        const QString values2 = !desc ? branch(QStringLiteral("%1 IS NULL").arg(sortExpr), {}, nullsOrder)
                                      : branch(QStringLiteral("%1 IS NOT NULL").arg(sortExpr), {}, order);
        statement =
            QStringLiteral("SELECT * FROM ((%1) UNION ALL (%2)) s ORDER BY s.sort_value%3, s.id%3 LIMIT ?")
                .arg(values1, values2, dir);
        *values << limit;
    }

    return statement;
}

} // namespace

bool AuditColumnSet::has(AuditSortColumn column) const
{
    switch (column) {
    case AuditSortColumn::Id:
    case AuditSortColumn::Name:
        return tableExists;
    case AuditSortColumn::CreatedBy:
        return createdBy;
    case AuditSortColumn::ModifiedBy:
        return modifiedBy;
    case AuditSortColumn::CreatedAt:
        return createdAt;
    case AuditSortColumn::UpdatedAt:
        return updatedAt;
    }
    return false;
}

namespace AuditBrowser {

AuditColumnSet columns(QSqlDatabase &db, const QString &table)
{
    AuditColumnSet set;
    if (!knownTable(table))
        return set;
    const auto rows = sql::rows(db,
                                QStringLiteral("SELECT a.attname FROM pg_attribute a "
                                               "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 "
                                               "AND NOT a.attisdropped"),
                                {QStringLiteral("public.") + sql::quoteIdent(table)});
    for (const QVariantList &r : rows) {
        const QString c = r.value(0).toString();
        set.tableExists = true;
        set.createdBy = set.createdBy || c == QLatin1String("created_by_id");
        set.modifiedBy = set.modifiedBy || c == QLatin1String("modified_by_id");
        set.createdAt = set.createdAt || c == QLatin1String("created_at");
        set.updatedAt = set.updatedAt || c == QLatin1String("updated_at");
    }
    return set;
}

AuditPage fetchPage(QSqlDatabase &db, const AuditQuery &query, const AuditColumnSet &columns,
                    const AuditCursor &after, int limit, QString *error)
{
    AuditPage page;
    if (!knownTable(query.table) || !columns.tableExists) {
        if (error)
            *error = QCoreApplication::translate(
                         "gma::AuditBrowser",
                         "The table %1 does not exist in this database; connect to a GMA database.")
                         .arg(query.table);
        page.atEnd = true;
        return page;
    }
    QVariantList values;
    const QString statement = pageStatement(query, columns, after, limit, &values);
    const ReadGuard limits(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(statement);
    if (ok) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = readError(db, query.table, q.lastError());
        page.atEnd = true;
        return page;
    }
    while (q.next()) {
        AuditRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        if (!q.isNull(2))
            r.createdById = q.value(2).toLongLong();
        r.createdBy = q.value(3).toString();
        if (!q.isNull(4))
            r.modifiedById = q.value(4).toLongLong();
        r.modifiedBy = q.value(5).toString();
        if (!q.isNull(6))
            r.createdAt = q.value(6).toDateTime();
        if (!q.isNull(7))
            r.updatedAt = q.value(7).toDateTime();
        page.next.valid = true;
        page.next.keyIsNull = q.isNull(8);
        page.next.key = q.value(8).toString();
        page.next.id = r.id;
        page.rows << r;
    }
    page.atEnd = page.rows.size() < limit;
    return page;
}

AuditCount count(QSqlDatabase &db, const AuditQuery &query, const AuditColumnSet &columns, QString *error)
{
    AuditCount result;
    if (!knownTable(query.table) || !columns.tableExists)
        return result;
    const QString table = QStringLiteral("public.") + sql::quoteIdent(query.table);
    if (query.filter.isEmpty()) {
        // reltuples is -1 until the table was first vacuumed or analyzed.
        const QVariant estimate = sql::scalar(
            db, QStringLiteral("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)"), {table},
            error);
        if (estimate.isValid() && estimate.toLongLong() >= 0) {
            result.rows = estimate.toLongLong();
            result.estimate = true;
            return result;
        }
    }
    QVariantList values;
    const QStringList where = filterConditions(query.filter, columns, &values);
    const ReadGuard limits(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = q.prepare(QStringLiteral("SELECT count(*) FROM %1 t%2")
                            .arg(table, where.isEmpty() ? QString()
                                                        : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    ok = ok && q.exec() && q.next();
    if (!ok) {
        if (error)
            *error = readError(db, query.table, q.lastError());
        return result;
    }
    result.rows = q.value(0).toLongLong();
    return result;
}

QList<AuditChoice> campaigns(QSqlDatabase &db, int limit, QString *error)
{
    QList<AuditChoice> out;
    if (!sql::tableExists(db, QStringLiteral("public"), QStringLiteral("campaigns_campaign")))
        return out;
    const ReadGuard limits(db);
    const auto rows = sql::rows(
        db, QStringLiteral("SELECT id, name FROM public.campaigns_campaign ORDER BY name, id LIMIT ?"),
        {limit}, error);
    for (const QVariantList &r : rows)
        out << AuditChoice{r.value(0).toLongLong(), r.value(1).toString()};
    return out;
}

QList<AuditChoice> users(QSqlDatabase &db, int limit, QString *error)
{
    QList<AuditChoice> out;
    if (!sql::tableExists(db, QStringLiteral("public"), strategy::usersTable()))
        return out;
    const ReadGuard limits(db);
    const auto rows = sql::rows(
        db, QStringLiteral("SELECT id, username FROM public.%1 ORDER BY username, id LIMIT ?")
                .arg(sql::quoteIdent(strategy::usersTable())),
        {limit}, error);
    for (const QVariantList &r : rows)
        out << AuditChoice{r.value(0).toLongLong(), r.value(1).toString()};
    return out;
}

} // namespace AuditBrowser

} // namespace gma
