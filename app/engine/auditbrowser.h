// Browsing the audit fields of the three strategy models a page at a time: keyset pagination on a
// whitelisted sort column (with the id as tie-breaker), filters for rows missing audit fields, a
// campaign and a user, user names joined from users_user, and a cheap row count (the planner's
// estimate when unfiltered). Never loads a whole table.
// Thread rule: functions use the connection passed in, on its own thread; values are plain and
// may be copied between threads.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace gma {

// Columns a page can be sorted on; anything else is refused.
enum class AuditSortColumn { Id, Name, CreatedBy, ModifiedBy, CreatedAt, UpdatedAt };

struct AuditFilter
{
    bool onlyMissing = false; // rows with at least one NULL audit field (every row before 0003)
    qint64 campaignId = 0;    // 0: every campaign
    qint64 userId = 0;        // 0: everyone; else created_by_id or modified_by_id is this user
    bool isEmpty() const { return !onlyMissing && campaignId == 0 && userId == 0; }
};

struct AuditQuery
{
    QString table; // one of Audit::models()'s tables
    AuditSortColumn sort = AuditSortColumn::Id;
    bool descending = false;
    AuditFilter filter;
};

// Where the previous page ended: the sort value (as text, full precision) and the id.
struct AuditCursor
{
    bool valid = false;
    bool keyIsNull = false;
    QString key;
    qint64 id = 0;
};

struct AuditRow
{
    qint64 id = 0;
    QString name;
    QVariant createdById; // null when NULL
    QString createdBy;    // user name; empty when NULL or the user is gone
    QVariant modifiedById;
    QString modifiedBy;
    QDateTime createdAt; // invalid when NULL or the column is missing
    QDateTime updatedAt;
};

// Which audit columns a table has (none at 0002; all four after 0003).
struct AuditColumnSet
{
    bool tableExists = false;
    bool createdBy = false, modifiedBy = false, createdAt = false, updatedAt = false;
    bool any() const { return createdBy || modifiedBy || createdAt || updatedAt; }
    bool all() const { return createdBy && modifiedBy && createdAt && updatedAt; }
    bool has(AuditSortColumn column) const;
};

struct AuditPage
{
    QList<AuditRow> rows;
    AuditCursor next; // where the following page starts
    bool atEnd = false;
};

struct AuditCount
{
    qint64 rows = 0;
    bool estimate = false; // pg_class.reltuples (unfiltered)
};

struct AuditChoice
{
    qint64 id = 0;
    QString label;
};

namespace AuditBrowser {
AuditColumnSet columns(QSqlDatabase &db, const QString &table);
// One page of at most `limit` rows after `after` (invalid cursor: the first page).
AuditPage fetchPage(QSqlDatabase &db, const AuditQuery &query, const AuditColumnSet &columns,
                    const AuditCursor &after, int limit, QString *error);
AuditCount count(QSqlDatabase &db, const AuditQuery &query, const AuditColumnSet &columns, QString *error);
// Campaigns (id, name) and users (id, username), by label, at most `limit` each.
QList<AuditChoice> campaigns(QSqlDatabase &db, int limit, QString *error);
QList<AuditChoice> users(QSqlDatabase &db, int limit, QString *error);
} // namespace AuditBrowser

} // namespace gma

Q_DECLARE_METATYPE(gma::AuditPage)
Q_DECLARE_METATYPE(gma::AuditCount)
