#include "migrationmodel.h"

#include "style.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

namespace gma::ui {

std::optional<MigrationSnapshot> MigrationSnapshot::read(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                                                         QString *error)
{
    MigrationSnapshot s;
    s.catalogue = catalogue;
    auto state = MigrationState::read(db, error);
    if (!state)
        return std::nullopt;
    s.state = *state;
    static_cast<MigrationRecords &>(s) = readMigrationRecords(db);
    QString ignored; // a schema that cannot be read shows no disagreement; the validation says why
    s.disagreements = Consistency::diagnose(db, catalogue, s.state, &ignored);
    return s;
}

const Disagreement *MigrationSnapshot::disagreement(const QString &app) const
{
    for (const Disagreement &d : disagreements) {
        if (d.app == app)
            return &d;
    }
    return nullptr;
}

MigrationStatusEntry MigrationSnapshot::entry(const MigrationKey &key) const
{
    return migrationStatus(catalogue, state, *this, key);
}

QList<MigrationKey> MigrationSnapshot::drifted() const
{
    return driftedMigrations(migrationStatuses(catalogue, state, *this));
}

MigrationModel::MigrationModel(QObject *parent) : QAbstractItemModel(parent) {}

void MigrationModel::setSnapshot(const MigrationSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_apps = snapshot.catalogue.apps();
    m_migrations.clear();
    for (const QString &app : std::as_const(m_apps))
        m_migrations << snapshot.catalogue.migrationsOf(app);
    m_hasSnapshot = true;
    endResetModel();
}

void MigrationModel::clear()
{
    beginResetModel();
    m_snapshot = MigrationSnapshot{};
    m_apps.clear();
    m_migrations.clear();
    m_hasSnapshot = false;
    endResetModel();
}

std::optional<MigrationKey> MigrationModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return std::nullopt;
    const int app = int(index.internalId()) - 1;
    if (app < 0 || app >= m_migrations.size() || index.row() >= m_migrations.at(app).size())
        return std::nullopt;
    return m_migrations.at(app).at(index.row());
}

QString MigrationModel::appAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return QString();
    const int app = index.internalId() == 0 ? index.row() : int(index.internalId()) - 1;
    return m_apps.value(app);
}

QModelIndex MigrationModel::indexOf(const MigrationKey &key, int column) const
{
    const int app = int(m_apps.indexOf(key.app));
    if (app < 0)
        return QModelIndex();
    const int row = int(m_migrations.at(app).indexOf(key));
    if (row < 0)
        return QModelIndex();
    return createIndex(row, column, quintptr(app + 1));
}

QModelIndex MigrationModel::indexOfApp(const QString &app, int column) const
{
    const int row = int(m_apps.indexOf(app));
    return row < 0 ? QModelIndex() : createIndex(row, column, quintptr(0));
}

QString MigrationModel::statusKey(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Applied: return QStringLiteral("applied");
    case MigrationStatus::Failed: return QStringLiteral("failed");
    case MigrationStatus::Drift: return QStringLiteral("drift");
    case MigrationStatus::Pending: break;
    }
    return QStringLiteral("pending");
}

QString MigrationModel::statusText(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Applied: return tr("Applied");
    case MigrationStatus::Failed: return tr("Failed");
    case MigrationStatus::Drift: return tr("Applied, definition changed");
    case MigrationStatus::Pending: break;
    }
    return tr("Pending");
}

QString MigrationModel::statusIconName(MigrationStatus status)
{
    return QStringLiteral("state-") + statusKey(status);
}

QModelIndex MigrationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_apps.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return QModelIndex();
    if (parent.row() >= m_migrations.size() || row >= m_migrations.at(parent.row()).size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex MigrationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int MigrationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_apps.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_migrations.value(parent.row()).size());
}

int MigrationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags MigrationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant MigrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn: return tr("Migration");
    case StateColumn: return tr("State");
    case AppliedColumn: return tr("Applied at");
    case DependsColumn: return tr("Depends on");
    case KindColumn: return tr("Kind");
    default: return QVariant();
    }
}

QVariant MigrationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.internalId() == 0)
        return appData(index.row(), index.column(), role);
    return migrationData(int(index.internalId()) - 1, index.row(), index.column(), role);
}

QVariant MigrationModel::appData(int row, int column, int role) const
{
    const QString app = m_apps.value(row);
    const QList<MigrationKey> &keys = m_migrations.at(row);
    int applied = 0;
    MigrationStatus worst = MigrationStatus::Applied;
    QDateTime last;
    for (const MigrationKey &k : keys) {
        const MigrationStatus s = m_snapshot.status(k);
        if (s == MigrationStatus::Applied || s == MigrationStatus::Drift) {
            ++applied;
            const QDateTime at = m_snapshot.state.applied.value(k);
            if (!last.isValid() || at > last)
                last = at;
        }
        if (s == MigrationStatus::Failed || (s == MigrationStatus::Drift && worst != MigrationStatus::Failed) ||
            (s == MigrationStatus::Pending && worst == MigrationStatus::Applied))
            worst = s;
    }
    const Disagreement *disagrees = m_snapshot.disagreement(app);
    switch (role) {
    case AppRole: return app;
    case NameRole: return QString();
    case IsAppRole: return true;
    case StatusRole: return statusKey(worst);
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::DecorationRole:
        if (column == NameColumn)
            return style::icon(QStringLiteral("app"));
        if (column == StateColumn)
            return style::icon(statusIconName(disagrees ? MigrationStatus::Drift : worst));
        return QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && disagrees)
            return style::stateColor(statusKey(MigrationStatus::Drift));
        return QVariant();
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        if (disagrees && column == StateColumn) {
            if (role == Qt::DisplayRole)
                return tr("%1 of %2 applied; disagrees with the database").arg(applied).arg(keys.size());
            const QString repair = disagrees->repair.isEmpty()
                                       ? QString()
                                       : QStringLiteral("<br>") + tr("Repair: %1").arg(disagrees->repair.toHtmlEscaped());
            return QStringLiteral("<b>%1</b><br>%2%3").arg(tr("The record and the database disagree"),
                                                            disagrees->what.toHtmlEscaped(), repair);
        }
        switch (column) {
        case NameColumn: return app;
        case StateColumn:
            if (role == Qt::ToolTipRole)
                return tr("%1 of %2 migrations of %3 are applied.").arg(applied).arg(keys.size()).arg(app);
            return tr("%1 of %2 applied").arg(applied).arg(keys.size());
        case AppliedColumn:
            return last.isValid() ? last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        default: return QVariant();
        }
    default: return QVariant();
    }
}

QVariant MigrationModel::migrationData(int appRow, int row, int column, int role) const
{
    if (appRow < 0 || appRow >= m_migrations.size() || row >= m_migrations.at(appRow).size())
        return QVariant();
    const MigrationKey key = m_migrations.at(appRow).at(row);
    const MigrationDefinition *def = m_snapshot.catalogue.find(key);
    const MigrationStatusEntry entry = m_snapshot.entry(key);
    const MigrationStatus status = entry.status;
    switch (role) {
    case AppRole: return key.app;
    case NameRole: return key.name;
    case IsAppRole: return false;
    case StatusRole: return statusKey(status);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return style::icon(statusIconName(status));
        return QVariant();
    case Qt::ForegroundRole:
        if (column == StateColumn && status != MigrationStatus::Pending)
            return style::stateColor(statusKey(status));
        return QVariant();
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(key.label().toHtmlEscaped());
        if (def && !def->comment.isEmpty())
            tip += QStringLiteral("<br>") + def->comment.toHtmlEscaped();
        tip += QStringLiteral("<br>") + tr("State: %1").arg(statusText(status));
        if (status == MigrationStatus::Drift)
            tip += QStringLiteral("<br>") +
                   tr("The definition changed since it was applied (checksum %1 then, %2 now).")
                       .arg(entry.appliedChecksum.left(12), entry.checksum.left(12));
        if (const std::optional<HistoryEntry> &run = entry.lastRun) {
            tip += QStringLiteral("<br>") +
                   tr("Last run: %1 %2, %3 (%4 rows, %5 ms)")
                       .arg(run->direction, run->outcome,
                            QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat))
                       .arg(run->rowsAffected)
                       .arg(run->durationMs);
            if (!run->message.isEmpty())
                tip += QStringLiteral("<br>") + run->message.toHtmlEscaped();
        }
        return tip;
    }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return key.name;
        case StateColumn: return statusText(status);
        case AppliedColumn: {
            const QDateTime at = entry.appliedAt;
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        }
        case DependsColumn: {
            QStringList deps;
            if (def) {
                for (const MigrationKey &d : def->dependencies)
                    deps << (d.app == key.app ? d.name.left(4) : d.app + QLatin1Char(' ') + d.name.left(4));
            }
            return deps.join(QStringLiteral(", "));
        }
        case KindColumn:
            if (!def)
                return QString();
            if (def->isData())
                return tr("Data step");
            if (def->forward.isEmpty() || [&] {
                    for (const SqlOperation &op : def->forward)
                        if (!op.statements.isEmpty())
                            return false;
                    return true;
                }())
                return tr("No SQL");
            return tr("Schema");
        default: return QVariant();
        }
    default: return QVariant();
    }
}

} // namespace gma::ui
