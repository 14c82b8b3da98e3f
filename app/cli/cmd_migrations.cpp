// `showmigrations` (each app's migrations, applied or not, as Django lists them) and
// `sqlmigrate` (the SQL one migration runs, as the executor sends it).
#include "commands.h"

#include "consistency.h"

#include "state.h"
#include "status.h"
#include "stepsql.h"

namespace gma::cli {

namespace {

// Django's show_list: each leaf's forwards plan within the app, without repeats.
QList<MigrationKey> shownMigrations(const MigrationCatalogue &catalogue, const QString &app)
{
    QList<MigrationKey> shown;
    for (const MigrationKey &leaf : catalogue.leafNodes(app)) {
        for (const MigrationKey &key : catalogue.forwardsPlan(leaf)) {
            if (key.app == app && !shown.contains(key))
                shown << key;
        }
    }
    return shown;
}

QVariantMap migrationToVariant(const MigrationStatusEntry &e)
{
    return QVariantMap{{QStringLiteral("name"), e.key.name},
                       {QStringLiteral("applied"), e.applied},
                       {QStringLiteral("applied_at"),
                        e.applied ? QVariant(e.appliedAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant()},
                       {QStringLiteral("checksum"), e.checksum},
                       {QStringLiteral("checksum_drift"), e.drift}};
}

void printJson(Context &ctx, const QStringList &apps, const MigrationState &state,
               const MigrationStatusList &status)
{
    QMap<MigrationKey, MigrationStatusEntry> byKey;
    for (const MigrationStatusEntry &e : status)
        byKey.insert(e.key, e);
    QVariantList appList;
    for (const QString &app : apps) {
        QVariantList migrations;
        for (const MigrationKey &key : shownMigrations(ctx.catalogue, app))
            migrations << migrationToVariant(byKey.value(key));
        appList << QVariantMap{{QStringLiteral("app"), app}, {QStringLiteral("migrations"), migrations}};
    }
    QVariantList driftList;
    for (const MigrationKey &k : driftedMigrations(status))
        driftList << k.label();
    ctx.out << toJson(QVariantMap{{QStringLiteral("apps"), appList},
                                  {QStringLiteral("django_migrations_exists"), state.tableExists},
                                  {QStringLiteral("inconsistencies"), state.inconsistencies(ctx.catalogue)},
                                  {QStringLiteral("checksum_drift"), driftList}});
}

void printText(Context &ctx, const QStringList &apps, const MigrationState &state)
{
    for (const QString &app : apps) {
        const QList<MigrationKey> shown = shownMigrations(ctx.catalogue, app);
        ctx.out << app << '\n';
        if (shown.isEmpty())
            ctx.out << " (no migrations)\n";
        for (const MigrationKey &key : shown)
            ctx.out << (state.isApplied(key) ? " [X] " : " [ ] ") << key.name << '\n';
    }
}

int runShowMigrations(Context &ctx)
{
    QStringList apps = ctx.args;
    for (const QString &app : std::as_const(apps)) {
        if (!ctx.catalogue.hasApp(app)) {
            ctx.error(Cli::tr("No migrations present for: %1.").arg(app));
            return Usage;
        }
    }
    if (apps.isEmpty())
        apps = ctx.catalogue.apps();
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    const auto state = ctx.readState(*db);
    if (!state)
        return Refused;
    const MigrationStatusList status = readStatus(*db, ctx.catalogue, *state);
    if (ctx.parser.isSet(QStringLiteral("json")))
        printJson(ctx, apps, *state, status);
    else
        printText(ctx, apps, *state);
    ctx.out.flush();
    for (const MigrationKey &k : driftedMigrations(status))
        ctx.warn(Cli::tr("%1 was applied from a definition that has changed since (checksum differs).")
                     .arg(k.label()));
    for (const QString &problem : state->inconsistencies(ctx.catalogue))
        ctx.warn(problem);
    // Where the database and the record disagree, with the repair.
    QString error;
    for (const Disagreement &d : Consistency::diagnose(*db, ctx.catalogue, *state, &error)) {
        if (apps.contains(d.app))
            ctx.warn(d.repair.isEmpty() ? d.what : Cli::tr("%1 Repair: %2").arg(d.what, d.repair));
    }
    if (!error.isEmpty())
        ctx.warn(error);
    return Success;
}

int runSqlMigrate(Context &ctx)
{
    if (ctx.args.size() != 2) {
        ctx.error(Cli::tr("sqlmigrate needs an app and a migration name: sqlmigrate APP NAME."));
        return Usage;
    }
    QString message;
    const auto key = ctx.catalogue.resolvePrefix(ctx.args.at(0), ctx.args.at(1), &message);
    if (!key) {
        ctx.error(message);
        return Usage;
    }
    const bool backwards = ctx.parser.isSet(QStringLiteral("backwards"));
    ctx.out << renderStep(*ctx.catalogue.find(*key), backwards, QDateTime::currentDateTimeUtc(),
                          ctx.parser.isSet(QStringLiteral("online")))
                   .script();
    ctx.out.flush();
    return Success;
}

} // namespace

Command showMigrationsCommand()
{
    return Command{QStringLiteral("showmigrations"), QStringLiteral("showmigrations [APP...] [--json]"),
                   Cli::tr("Lists each app's migrations as Django does: [X] applied, [ ] not applied."),
                   addJsonOption, runShowMigrations};
}

Command sqlMigrateCommand()
{
    return Command{
        QStringLiteral("sqlmigrate"), QStringLiteral("sqlmigrate APP NAME [--backwards] [--online]"),
        Cli::tr(
            "Prints the SQL a migration runs (NAME may be a unique prefix such as 0003). Needs no database."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("backwards"), Cli::tr("The SQL that unapplies the migration.")});
            p.addOption({QStringLiteral("online"),
                         Cli::tr("The SQL of migrate --online for a schema migration: each statement its own "
                                 "short transaction, indexes built CONCURRENTLY.")});
        },
        runSqlMigrate};
}

} // namespace gma::cli
