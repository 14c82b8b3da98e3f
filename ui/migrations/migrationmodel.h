// The migration tree: apps, and under each its migrations with their state (applied, pending,
// failed, checksum drift), when they were applied, what they depend on and what kind of step
// they are. It presents engine structs: MigrationCatalogue, MigrationState and the status the
// engine computes from them and the tool's records (status.h).
// Thread rule: the model is GUI thread only. MigrationSnapshot::read uses the connection passed
// in, on its own thread (the session's tree worker); the snapshot is a plain value.
#pragma once

#include "catalogue.h"
#include "consistency.h"
#include "state.h"
#include "status.h"

#include <QAbstractItemModel>
#include <QMap>
#include <optional>

namespace gma::ui {

using MigrationStatus = gma::MigrationStatus;

// The records (appliedChecksums, lastRun) come from MigrationRecords.
struct MigrationSnapshot : MigrationRecords
{
    MigrationCatalogue catalogue;
    MigrationState state;

    static std::optional<MigrationSnapshot> read(QSqlDatabase &db, const MigrationCatalogue &catalogue,
                                                 QString *error);
    MigrationStatus status(const MigrationKey &key) const { return entry(key).status; }
    MigrationStatusEntry entry(const MigrationKey &key) const;
    // Applied migrations whose definition changed since they were applied.
    QList<MigrationKey> drifted() const;
    // Where the live schema or the tool's records disagree with django_migrations (consistency.h).
    QList<Disagreement> disagreements;
    const Disagreement *disagreement(const QString &app) const;
};

class MigrationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, AppliedColumn, KindColumn, DependsColumn, ColumnCount };
    enum Role {
        AppRole = Qt::UserRole + 1, // the app label (app and migration rows)
        NameRole,                   // the migration name (empty on app rows)
        StatusRole,                 // "applied", "pending", "failed", "drift" (migration rows)
        IsAppRole,
    };

    explicit MigrationModel(QObject *parent = nullptr);

    void setSnapshot(const MigrationSnapshot &snapshot);
    void clear();
    bool hasSnapshot() const { return m_hasSnapshot; }
    const MigrationSnapshot &snapshot() const { return m_snapshot; }

    std::optional<MigrationKey> keyAt(const QModelIndex &index) const;
    QString appAt(const QModelIndex &index) const;
    QModelIndex indexOf(const MigrationKey &key, int column = NameColumn) const;
    QModelIndex indexOfApp(const QString &app, int column = NameColumn) const;

    static QString statusKey(MigrationStatus status);
    static QString statusText(MigrationStatus status);
    static QString statusIconName(MigrationStatus status);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant appData(int row, int column, int role) const;
    QVariant migrationData(int appRow, int row, int column, int role) const;

    MigrationSnapshot m_snapshot;
    QStringList m_apps;
    QList<QList<MigrationKey>> m_migrations;
    bool m_hasSnapshot = false;
};

} // namespace gma::ui
