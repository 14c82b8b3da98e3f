#include "audittablemodel.h"

#include "dbworker.h"
#include "locks.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace gma::ui {

namespace {

AuditSortColumn sortColumnFor(int column)
{
    switch (column) {
    case AuditTableModel::NameColumn:
        return AuditSortColumn::Name;
    case AuditTableModel::CreatedByColumn:
        return AuditSortColumn::CreatedBy;
    case AuditTableModel::ModifiedByColumn:
        return AuditSortColumn::ModifiedBy;
    case AuditTableModel::CreatedAtColumn:
        return AuditSortColumn::CreatedAt;
    case AuditTableModel::UpdatedAtColumn:
        return AuditSortColumn::UpdatedAt;
    default:
        return AuditSortColumn::Id;
    }
}

bool columnPresent(int column, const AuditColumnSet &columns)
{
    return columns.has(sortColumnFor(column));
}

} // namespace

AuditTableModel::AuditTableModel(DbWorker *worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{}

bool AuditTableModel::sortable(int column, const AuditColumnSet &columns)
{
    return column >= 0 && column < ColumnCount && columnPresent(column, columns);
}

void AuditTableModel::clear()
{
    m_worker->cancel(QStringLiteral("audit.page"));
    m_worker->cancel(QStringLiteral("audit.count"));
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_cursor = AuditCursor{};
    m_atEnd = true;
    m_total = AuditCount{-1, false};
    endResetModel();
    setLoading(false);
    emit totalChanged();
}

void AuditTableModel::setQuery(const AuditQuery &query, const AuditColumnSet &columns)
{
    beginResetModel();
    ++m_generation;
    m_query = query;
    m_columns = columns;
    if (!m_columns.has(m_query.sort))
        m_query.sort = AuditSortColumn::Id;
    m_rows.clear();
    m_cursor = AuditCursor{};
    m_atEnd = !columns.tableExists;
    m_total = AuditCount{-1, false};
    endResetModel();
    emit totalChanged();
    if (m_atEnd) {
        setLoading(false);
        return;
    }
    requestPage();
    const quint64 generation = m_generation;
    const AuditQuery q = m_query;
    const AuditColumnSet cols = m_columns;
    m_worker->run<AuditCount>(
        this, QStringLiteral("audit.count"),
        [q, cols](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            return AuditBrowser::count(db, q, cols, error);
        },
        [this, generation](const AuditCount &count, const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                emit errorOccurred(error);
                return;
            }
            m_total = count;
            emit totalChanged();
        });
}

void AuditTableModel::requestPage()
{
    setLoading(true);
    const quint64 generation = m_generation;
    const AuditQuery q = m_query;
    const AuditColumnSet cols = m_columns;
    const AuditCursor after = m_cursor;
    m_worker->run<AuditPage>(
        this, QStringLiteral("audit.page"),
        [q, cols, after](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            return AuditBrowser::fetchPage(db, q, cols, after, kPageSize, error);
        },
        [this, generation](const AuditPage &page, const QString &error) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!error.isEmpty()) {
                m_atEnd = true;
                emit errorOccurred(error);
                return;
            }
            if (!page.rows.isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
                m_rows += page.rows;
                endInsertRows();
                m_cursor = page.next;
            }
            m_atEnd = page.atEnd;
            emit pageLoaded(int(page.rows.size()));
        });
}

void AuditTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

bool cellIsNull(const AuditRow &r, int column)
{
    const QVariantList nulls{false,
                             false,
                             r.createdById.isNull(),
                             r.modifiedById.isNull(),
                             !r.createdAt.isValid(),
                             !r.updatedAt.isValid()};
    return nulls.value(column).toBool();
}

QVariant cellText(const AuditRow &r, int column)
{
    const auto user = [](const QVariant &id, const QString &name) {
        return name.isEmpty() ? AuditTableModel::tr("user %1 (gone)").arg(id.toLongLong()) : name;
    };
    const QLocale locale;
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    return QVariantList{r.id,
                        r.name,
                        user(r.createdById, r.createdBy),
                        user(r.modifiedById, r.modifiedBy),
                        locale.toString(r.createdAt.toLocalTime(), format),
                        locale.toString(r.updatedAt.toLocalTime(), format)}
        .value(column);
}

} // namespace

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow &r = m_rows.at(index.row());
    const int column = index.column();
    const bool present = columnPresent(column, m_columns);
    const bool isNull = present && cellIsNull(r, column);
    switch (role) {
    case Qt::DisplayRole:
        if (!present)
            return QStringLiteral("—");
        return isNull ? QVariant(QStringLiteral("NULL")) : cellText(r, column);
    case Qt::ToolTipRole:
        if (!present)
            return tr("This column does not exist yet: the schema step (0003) has not run.");
        if (isNull)
            return tr("NULL: the data step (0004) fills it with the owner.");
        if (column == CreatedByColumn)
            return tr("User id %1").arg(r.createdById.toLongLong());
        if (column == ModifiedByColumn)
            return tr("User id %1").arg(r.modifiedById.toLongLong());
        return {};
    case Qt::ForegroundRole:
        if (!present)
            return QBrush(QColor(0x8a, 0x8f, 0x98));
        return isNull ? QVariant(QBrush(QColor(0xb4, 0x23, 0x18))) : QVariant();
    case Qt::BackgroundRole:
        return isNull ? QVariant(QBrush(QColor(0xfd, 0xec, 0xea))) : QVariant();
    case Qt::FontRole:
        if (isNull) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(present ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    case Qt::UserRole:
        return r.id;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case NameColumn:
            return tr("Name");
        case CreatedByColumn:
            return tr("Created by");
        case ModifiedByColumn:
            return tr("Modified by");
        case CreatedAtColumn:
            return tr("Created at");
        case UpdatedAtColumn:
            return tr("Updated at");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CreatedByColumn:
            return tr("created_by_id, shown as the user name; sorts by user id");
        case ModifiedByColumn:
            return tr("modified_by_id, shown as the user name; sorts by user id");
        case CreatedAtColumn:
            return tr("created_at (local time)");
        case UpdatedAtColumn:
            return tr("updated_at (local time)");
        default:
            return {};
        }
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage();
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    if (!sortable(column, m_columns))
        return;
    AuditQuery q = m_query;
    q.sort = sortColumnFor(column);
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending && (!m_rows.isEmpty() || m_loading))
        return;
    setQuery(q, m_columns);
}

} // namespace gma::ui
