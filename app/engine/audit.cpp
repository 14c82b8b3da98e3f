#include "audit.h"

#include "format.h"
#include "locks.h"
#include "sqlutil.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

namespace gma {

QString LateRows::sentence() const
{
    if (!found())
        return QString();
    return QCoreApplication::translate(
               "gma::Audit",
               "%Ln row(s) of %1 {has|have} no creator (%2 no modifier), newest id %3: added after "
               "the data step %4 ran (code paths without a user: scripts, bulk imports); "
               "`gma-migrator-cli fill-audit` fills {it|them} the way the data step did, "
               "reversibly.",
               nullptr, int(rows))
        .arg(table, format::count(noModifier, QLocale()), QString::number(newestId),
             table.section(QLatin1Char('_'), 0, 0) + QLatin1Char('.') + dataStep);
}

QVariantMap LateRows::toVariant() const
{
    return QVariantMap{{QStringLiteral("rows"), rows},
                       {QStringLiteral("no_creator"), noCreator},
                       {QStringLiteral("no_modifier"), noModifier},
                       {QStringLiteral("newest_id"), rows > 0 ? QVariant(newestId) : QVariant()},
                       {QStringLiteral("data_step"), dataStep.isEmpty() ? QVariant() : QVariant(dataStep)},
                       {QStringLiteral("after_data_step"), found()}};
}

namespace Audit {

QStringList auditColumns()
{
    return strategy::auditColumns();
}

QList<QPair<QString, QString>> models()
{
    QList<QPair<QString, QString>> out;
    for (const strategy::Model &m : strategy::models())
        out << qMakePair(m.qualifiedName(), m.table);
    return out;
}

QString lateRowsSql(const QString &table)
{
    const QString createdBy = sql::quoteIdent(strategy::auditUserColumns().at(0));
    const QString modifiedBy = sql::quoteIdent(strategy::auditUserColumns().at(1));
    return QStringLiteral("SELECT count(*), count(*) FILTER (WHERE %1 IS NULL), count(*) FILTER (WHERE %2 IS NULL), "
                          "coalesce(max(\"id\"), 0)\nFROM %3 WHERE %1 IS NULL OR %2 IS NULL")
        .arg(createdBy, modifiedBy, sql::quoteIdent(table));
}

void readLateRow(const QVariantList &row, LateRows *late)
{
    late->rows = row.value(0).toLongLong();
    late->noCreator = row.value(1).toLongLong();
    late->noModifier = row.value(2).toLongLong();
    late->newestId = row.value(3).toLongLong();
}

QString recordedDataStep(QSqlDatabase &db, const QString &app)
{
    if (!sql::tableExists(db, QStringLiteral("public"), QStringLiteral("django_migrations")))
        return QString();
    return sql::scalar(db,
                       QStringLiteral("SELECT max(name) FROM django_migrations WHERE app = ? AND name LIKE ?"),
                       {app, QString::fromLatin1(strategy::kDataStepPrefix) + QStringLiteral("\\_%")})
        .toString();
}

namespace {

// The late rows of `m` (its data step recorded, both user columns present); false with `error` set
// when the read fails.
bool countLate(QSqlDatabase &db, ModelAudit &m, const QString &app, QString *error)
{
    m.late.table = m.table;
    for (const AuditFieldStat &f : std::as_const(m.fields)) {
        if (strategy::auditUserColumns().contains(f.column) && !f.present)
            return true;
    }
    m.late.dataStep = recordedDataStep(db, app);
    if (m.late.dataStep.isEmpty())
        return true;
    QSqlQuery q(db);
    if (!q.exec(lateRowsSql(m.table)) || !q.next()) {
        if (error)
            *error = readFailure(db, q.lastError(), {m.table});
        return false;
    }
    readLateRow({q.value(0), q.value(1), q.value(2), q.value(3)}, &m.late);
    return true;
}

// Reads `m`'s row count and NULL counts; false with `error` set when the read fails (a lock
// held by someone else: a sentence naming the holder).
bool countNulls(QSqlDatabase &db, ModelAudit &m, QString *error)
{
    QStringList exprs{QStringLiteral("count(*)")};
    for (const AuditFieldStat &f : std::as_const(m.fields)) {
        if (f.present)
            exprs << QStringLiteral("count(*) FILTER (WHERE %1 IS NULL)").arg(sql::quoteIdent(f.column));
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(exprs.join(QStringLiteral(", ")), sql::quoteIdent(m.table))) ||
        !q.next()) {
        if (error)
            *error = readFailure(db, q.lastError(), {m.table});
        return false;
    }
    m.rows = q.value(0).toLongLong();
    int col = 1;
    for (AuditFieldStat &f : m.fields) {
        if (f.present)
            f.nulls = q.value(col++).toLongLong();
    }
    return true;
}

} // namespace

QList<ModelAudit> collect(QSqlDatabase &db, QString *error)
{
    const ReadGuard limits(db);
    QList<ModelAudit> out;
    for (const strategy::Model &model : strategy::models()) {
        ModelAudit m;
        m.model = model.qualifiedName();
        m.table = model.table;
        m.tableExists = sql::tableExists(db, QStringLiteral("public"), m.table);
        for (const QString &c : strategy::auditColumns()) {
            AuditFieldStat f;
            f.column = c;
            f.present = m.tableExists && sql::columnExists(db, m.table, c);
            m.fields << f;
        }
        if (m.tableExists && (!countNulls(db, m, error) || !countLate(db, m, model.app, error)))
            return {};
        out << m;
    }
    return out;
}

QVariantMap toVariant(const ModelAudit &m)
{
    QVariantMap fields;
    for (const AuditFieldStat &f : m.fields) {
        fields.insert(f.column, f.present ? QVariant(QVariantMap{{QStringLiteral("nulls"), f.nulls},
                                                                 {QStringLiteral("null_share"), m.nullShare(f)}})
                                          : QVariant());
    }
    return QVariantMap{{QStringLiteral("model"), m.model},
                       {QStringLiteral("table"), m.table},
                       {QStringLiteral("table_exists"), m.tableExists},
                       {QStringLiteral("rows"), m.rows},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("late_rows"), m.late.toVariant()}};
}

} // namespace Audit

} // namespace gma
