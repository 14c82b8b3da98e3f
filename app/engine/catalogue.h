// The migration catalogue: every known migration and the dependency graph between them, with
// Django's graph semantics (forwards_plan, backwards_plan, leaf nodes, prefix lookup).
// Thread rule: immutable after loading; const methods are safe from any thread.
#pragma once

#include "migration.h"

#include <QHash>
#include <optional>

namespace gma {

class MigrationCatalogue
{
public:
    MigrationCatalogue() = default;

    // The definitions compiled into the binary (:/migrations).
    static MigrationCatalogue builtIn();
    // Definitions from a directory laid out like migrations/ (APP/NAME.migration).
    static std::optional<MigrationCatalogue> fromDirectory(const QString &dir, QString *error);
    // Parses one definition. On failure returns nullopt and a message naming source and line.
    static std::optional<MigrationDefinition> parse(const QByteArray &text, const QString &source,
                                                    QString *error);
    // Builds a catalogue from definitions, checking that every dependency exists and that there
    // are no cycles.
    static std::optional<MigrationCatalogue> fromDefinitions(QList<MigrationDefinition> defs,
                                                             QString *error);

    bool isEmpty() const { return m_migrations.isEmpty(); }
    const QList<MigrationDefinition> &migrations() const { return m_migrations; }
    const MigrationDefinition *find(const MigrationKey &key) const;
    bool contains(const MigrationKey &key) const { return m_index.contains(key); }
    QStringList apps() const; // sorted
    bool hasApp(const QString &app) const;
    QList<MigrationKey> migrationsOf(const QString &app) const; // sorted by name

    QList<MigrationKey> parents(const MigrationKey &key) const;  // sorted
    QList<MigrationKey> children(const MigrationKey &key) const; // sorted
    // Nodes with no children in their own app (all apps when app is empty), sorted.
    QList<MigrationKey> leafNodes(const QString &app = QString()) const;
    // Nodes with no parents in their own app, sorted.
    QList<MigrationKey> rootNodes(const QString &app = QString()) const;
    // Django's forwards_plan: target and everything it needs, dependencies first.
    QList<MigrationKey> forwardsPlan(const MigrationKey &target) const;
    // Django's backwards_plan: target and everything that needs it, dependents first.
    QList<MigrationKey> backwardsPlan(const MigrationKey &target) const;
    // "0002" -> 0002_..., as Django's get_migration_by_prefix. Error when none or several match.
    std::optional<MigrationKey> resolvePrefix(const QString &app, const QString &prefix,
                                              QString *error) const;

private:
    QList<MigrationKey> dfs(const MigrationKey &start, bool forwards) const;

    QList<MigrationDefinition> m_migrations;
    QHash<MigrationKey, int> m_index;
    QHash<MigrationKey, QList<MigrationKey>> m_children;
};

} // namespace gma
