// Migration definitions: what one migration does, as loaded from migrations/APP/NAME.migration.
// Thread rule: plain values; safe to copy between threads.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gma {

struct MigrationKey
{
    QString app;
    QString name;

    QString label() const { return app + QLatin1Char('.') + name; }
    bool isValid() const { return !app.isEmpty() && !name.isEmpty(); }
    friend bool operator==(const MigrationKey &a, const MigrationKey &b)
    {
        return a.app == b.app && a.name == b.name;
    }
    friend bool operator!=(const MigrationKey &a, const MigrationKey &b) { return !(a == b); }
    friend bool operator<(const MigrationKey &a, const MigrationKey &b)
    {
        return a.app != b.app ? a.app < b.app : a.name < b.name;
    }
};

size_t qHash(const MigrationKey &key, size_t seed = 0) noexcept;

enum class MigrationType { Schema, Populate };

// One Django operation ("Add field created_at to character") and the statements it runs.
struct SqlOperation
{
    QString description;
    QStringList statements;
};

// The data step: fill NULL audit columns of `table` with the row's owner.
struct PopulateSpec
{
    QString table;
    QString ownerColumn; // column of `table` holding the owner, or the FK column when viaTable is set
    QString viaTable;    // e.g. campaigns_campaign; empty when the owner is a column of `table`
    QString viaColumn;   // e.g. owner_id
    QStringList fields;  // e.g. created_by_id, modified_by_id
};

struct MigrationDefinition
{
    MigrationKey key;
    QList<MigrationKey> dependencies;
    MigrationType type = MigrationType::Schema;
    QStringList tables;
    QList<SqlOperation> forward;
    QList<SqlOperation> backward;
    PopulateSpec populate;
    QString comment;   // the header comment of the file
    QString checksum;  // hex SHA-256 of the file's bytes
    QString source;    // where it was loaded from

    const QList<SqlOperation> &operations(bool backwards) const { return backwards ? backward : forward; }
    // Statements of one direction with {{now}} replaced by the literal for `now`.
    QStringList statements(bool backwards, const QDateTime &now) const;
    // Django-style descriptions of what the migration does ("Add field ..."), as Django writes them
    // (migrate --plan, sqlmigrate).
    QStringList descriptions(bool backwards) const;
    // The same for a person, in the tool's language ("Feld created_at zu location hinzufügen");
    // a description of a kind Django has and these definitions do not use stays as written.
    QStringList descriptionTexts(bool backwards) const;
    bool isData() const { return type == MigrationType::Populate; }
};

// The timestamptz literal Django writes for a default of timezone.now:
// '2026-11-26T08:40:16.723803+00:00'::timestamptz
QString timestampLiteral(const QDateTime &when);

} // namespace gma

Q_DECLARE_METATYPE(gma::MigrationKey)
