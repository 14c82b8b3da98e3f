// Migration state as Django keeps it: the rows of django_migrations (app, name, applied).
// Rows of apps or migrations the catalogue does not know are kept but ignored for planning, as
// Django does; duplicates collapse to one applied migration.
// Thread rule: MigrationState is a plain value; the functions use the connection passed in, on
// its own thread.
#pragma once

#include "catalogue.h"

#include <QMap>
#include <QSqlDatabase>

namespace gma {

struct MigrationState
{
    bool tableExists = false;
    QMap<MigrationKey, QDateTime> applied; // every recorded row (first applied time)
    int duplicateRows = 0;

    bool isApplied(const MigrationKey &key) const { return applied.contains(key); }
    // Recorded migrations the catalogue knows.
    QList<MigrationKey> appliedKnown(const MigrationCatalogue &catalogue) const;
    // Django's InconsistentMigrationHistory: "Migration X is applied before its dependency Y".
    QStringList inconsistencies(const MigrationCatalogue &catalogue) const;

    // Reads django_migrations. A missing table is an empty state, not an error.
    static std::optional<MigrationState> read(QSqlDatabase &db, QString *error);
};

namespace DjangoRecorder {
// CREATE TABLE django_migrations with Django's definition, when missing.
bool ensureTable(QSqlDatabase &db, QString *error);
bool recordApplied(QSqlDatabase &db, const MigrationKey &key, QString *error);
bool recordUnapplied(QSqlDatabase &db, const MigrationKey &key, QString *error);
// The statement recordApplied / recordUnapplied run, with the values written in (for display).
QString recordSql(const MigrationKey &key, bool unapply);
} // namespace DjangoRecorder

} // namespace gma
