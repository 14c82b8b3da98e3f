#include "audittablemodel.h"

#include "dbworker.h"
#include "locks.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cstdlib>

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

void AuditTableModel::resetPages()
{
    ++m_generation;
    m_pages.clear();
    m_rowCount = 0;
    m_loadedPages = 0;
    m_focusPage = 0;
    m_wanted.clear();
    m_refetching = false;
    m_cursor = AuditCursor{};
}

void AuditTableModel::setMaxLoadedPages(int pages)
{
    m_maxLoadedPages = std::max(2, pages);
    evictFarPages();
}

const AuditRow &AuditTableModel::row(int i) const
{
    static const AuditRow none;
    if (!isRowLoaded(i))
        return none;
    return m_pages.at(i / kPageSize).rows.at(i % kPageSize);
}

bool AuditTableModel::isRowLoaded(int i) const
{
    if (i < 0 || i >= m_rowCount)
        return false;
    const Page &page = m_pages.at(i / kPageSize);
    return i % kPageSize < page.rows.size();
}

void AuditTableModel::clear()
{
    m_worker->cancel(QStringLiteral("audit.page"));
    m_worker->cancel(QStringLiteral("audit.count"));
    m_worker->cancel(QStringLiteral("audit.refetch"));
    beginResetModel();
    resetPages();
    m_atEnd = true;
    m_total = AuditCount{-1, false};
    endResetModel();
    setLoading(false);
    emit totalChanged();
}

void AuditTableModel::setQuery(const AuditQuery &query, const AuditColumnSet &columns)
{
    m_worker->cancel(QStringLiteral("audit.refetch"));
    beginResetModel();
    resetPages();
    m_query = query;
    m_columns = columns;
    if (!m_columns.has(m_query.sort))
        m_query.sort = AuditSortColumn::Id;
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
        [this, generation, after](const AuditPage &page, const QString &error) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!error.isEmpty()) {
                m_atEnd = true;
                emit errorOccurred(error);
                return;
            }
            if (!page.rows.isEmpty()) {
                const int n = int(page.rows.size());
                beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + n - 1);
                m_pages.append(Page{after, page.rows, n});
                m_rowCount += n;
                ++m_loadedPages;
                endInsertRows();
                m_cursor = page.next;
                // The view asked for more: it looks at the end now.
                m_focusPage = int(m_pages.size()) - 1;
                evictFarPages();
            }
            m_atEnd = page.atEnd;
            emit pageLoaded(int(page.rows.size()));
        });
}

void AuditTableModel::evictFarPages()
{
    while (m_loadedPages > m_maxLoadedPages) {
        int farthest = -1;
        for (int p = 0; p < m_pages.size(); ++p) {
            if (!m_pages.at(p).rows.isEmpty() && (farthest < 0 || std::abs(p - m_focusPage) > std::abs(farthest - m_focusPage)))
                farthest = p;
        }
        if (farthest < 0 || farthest == m_focusPage)
            return;
        QList<AuditRow>().swap(m_pages[farthest].rows);
        --m_loadedPages;
    }
}

void AuditTableModel::wantPage(int page) const
{
    m_wanted.insert(page);
    if (m_refetchScheduled)
        return;
    m_refetchScheduled = true;
    auto *self = const_cast<AuditTableModel *>(this);
    QTimer::singleShot(0, self, &AuditTableModel::refetchWanted);
}

void AuditTableModel::refetchWanted()
{
    m_refetchScheduled = false;
    if (m_refetching)
        return;
    // The wanted page nearest the view's focus, with its wanted neighbours that are not in memory
    // either (four pages at most), one job at a time.
    // Pages the view has scrolled away from since it asked are left alone.
    m_wanted.removeIf([this](int p) { return std::abs(p - m_focusPage) > 8; });
    int first = -1;
    for (const int p : std::as_const(m_wanted)) {
        if (p < m_pages.size() && m_pages.at(p).rows.isEmpty()
            && (first < 0 || std::abs(p - m_focusPage) < std::abs(first - m_focusPage)))
            first = p;
    }
    if (first < 0) {
        m_wanted.clear();
        return;
    }
    int last = first;
    const auto wantedAndAbsent = [this](int p) {
        return m_wanted.contains(p) && p >= 0 && p < m_pages.size() && m_pages.at(p).rows.isEmpty();
    };
    while (last - first < 3 && wantedAndAbsent(first - 1))
        --first;
    while (last - first < 3 && wantedAndAbsent(last + 1))
        ++last;
    for (int p = first; p <= last; ++p)
        m_wanted.remove(p);
    int rows = 0;
    for (int p = first; p <= last; ++p)
        rows += m_pages.at(p).size;
    m_refetching = true;
    const quint64 generation = m_generation;
    const AuditQuery q = m_query;
    const AuditColumnSet cols = m_columns;
    const AuditCursor after = m_pages.at(first).after;
    m_worker->run<AuditPage>(
        this, QStringLiteral("audit.refetch"),
        [q, cols, after, rows](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            return AuditBrowser::fetchPage(db, q, cols, after, rows, error);
        },
        [this, generation, first, last, rows](const AuditPage &page, const QString &error) {
            if (generation != m_generation)
                return;
            m_refetching = false;
            if (!error.isEmpty()) {
                emit errorOccurred(error);
                return;
            }
            if (page.rows.size() != rows) {
                // The table changed under the pages since they were read: start over.
                reload();
                return;
            }
            int offset = 0;
            for (int p = first; p <= last; ++p) {
                Page &target = m_pages[p];
                if (target.rows.isEmpty())
                    ++m_loadedPages;
                target.rows = page.rows.mid(offset, target.size);
                offset += target.size;
            }
            const int firstRow = first * kPageSize;
            const int lastRow = firstRow + rows - 1;
            emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
            evictFarPages();
            emit rowsReloaded(firstRow, lastRow);
            if (!m_wanted.isEmpty())
                refetchWanted();
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
    return parent.isValid() ? 0 : m_rowCount;
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
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const int pageIndex = index.row() / kPageSize;
    m_focusPage = pageIndex;
    const Page &page = m_pages.at(pageIndex);
    if (page.rows.isEmpty()) {
        wantPage(pageIndex);
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x8a, 0x8f, 0x98));
        return {};
    }
    const AuditRow &r = page.rows.at(std::min(int(page.rows.size()) - 1, index.row() % kPageSize));
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
    if (q.sort == m_query.sort && q.descending == m_query.descending && (m_rowCount > 0 || m_loading))
        return;
    setQuery(q, m_columns);
}

} // namespace gma::ui
