#include "state.h"

#include "sqlutil.h"

#include <QCoreApplication>

namespace gma {

QList<MigrationKey> MigrationState::appliedKnown(const MigrationCatalogue &catalogue) const
{
    QList<MigrationKey> out;
    for (auto it = applied.begin(); it != applied.end(); ++it) {
        if (catalogue.contains(it.key()))
            out << it.key();
    }
    return out;
}

QStringList MigrationState::inconsistencies(const MigrationCatalogue &catalogue) const
{
    // Django's loader.check_consistent_history: an applied migration whose dependency is not.
    QStringList out;
    for (const MigrationKey &key : appliedKnown(catalogue)) {
        for (const MigrationKey &parent : catalogue.parents(key)) {
            if (!isApplied(parent))
                out << QCoreApplication::translate("gma::MigrationState", "Migration %1 is applied before its dependency %2.")
                           .arg(key.label(), parent.label());
        }
    }
    return out;
}

std::optional<MigrationState> MigrationState::read(QSqlDatabase &db, QString *error)
{
    MigrationState state;
    state.tableExists = sql::tableExists(db, QStringLiteral("public"), QStringLiteral("django_migrations"));
    if (!state.tableExists)
        return state;
    QString err;
    const auto rows = sql::rows(db, QStringLiteral("SELECT app, name, applied FROM django_migrations ORDER BY id"),
                                {}, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("gma::MigrationState", "Cannot read django_migrations: %1").arg(err);
        return std::nullopt;
    }
    for (const QVariantList &row : rows) {
        const MigrationKey key{row.at(0).toString(), row.at(1).toString()};
        if (state.applied.contains(key)) {
            ++state.duplicateRows;
            continue;
        }
        state.applied.insert(key, row.at(2).toDateTime());
    }
    return state;
}

namespace DjangoRecorder {

bool ensureTable(QSqlDatabase &db, QString *error)
{
    if (sql::tableExists(db, QStringLiteral("public"), QStringLiteral("django_migrations")))
        return true;
    // Django's MigrationRecorder model (BigAutoField id), as sqlmigrate would create it.
    const auto r = sql::exec(db, QStringLiteral(
        "CREATE TABLE \"django_migrations\" (\"id\" bigserial NOT NULL PRIMARY KEY, "
        "\"app\" varchar(255) NOT NULL, \"name\" varchar(255) NOT NULL, "
        "\"applied\" timestamp with time zone NOT NULL)"));
    if (!r.ok && error)
        *error = QCoreApplication::translate("gma::MigrationState", "Cannot create django_migrations: %1").arg(r.error);
    return r.ok;
}

bool recordApplied(QSqlDatabase &db, const MigrationKey &key, QString *error)
{
    const auto r = sql::exec(db, QStringLiteral("INSERT INTO django_migrations (app, name, applied) "
                                                "VALUES (?, ?, clock_timestamp())"),
                             {key.app, key.name});
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

bool recordUnapplied(QSqlDatabase &db, const MigrationKey &key, QString *error)
{
    const auto r = sql::exec(db, QStringLiteral("DELETE FROM django_migrations WHERE app = ? AND name = ?"),
                             {key.app, key.name});
    if (!r.ok && error)
        *error = r.error;
    return r.ok;
}

QString recordSql(const MigrationKey &key, bool unapply)
{
    auto literal = [](QString v) { return QLatin1Char('\'') + v.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''); };
    return unapply ? QStringLiteral("DELETE FROM django_migrations WHERE app = %1 AND name = %2")
                         .arg(literal(key.app), literal(key.name))
                   : QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES (%1, %2, clock_timestamp())")
                         .arg(literal(key.app), literal(key.name));
}

} // namespace DjangoRecorder

} // namespace gma
