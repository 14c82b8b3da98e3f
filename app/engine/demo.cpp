#include "demo.h"

#include "executor.h"
#include "sqlutil.h"
#include "state.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace gma {

namespace Demo {

namespace {

// Word lists for readable names; indexes are derived from the row number, so the data is the same
// on every run.
const char *const kFirst = "ARRAY['Aria','Borin','Cael','Dara','Elric','Fenna','Garrick','Hilda','Ivo','Jora',"
                           "'Kestrel','Lyra','Mordecai','Nyx','Orrin','Petra','Quill','Rowan','Sable','Thorne',"
                           "'Ulric','Vesna','Wren','Xander','Yara','Zephyr']";
const char *const kLast = "ARRAY['Ashford','Blackwood','Crowe','Dunmore','Emberly','Frost','Grimsby','Hale',"
                          "'Ironside','Jasper','Kettle','Lockwood','Marsh','Northcott','Oakheart','Pike',"
                          "'Quarry','Ravenscroft','Stone','Thatcher']";
const char *const kAdjective = "ARRAY['Ancient','Burning','Cursed','Drowned','Eternal','Forgotten','Gilded',"
                               "'Hollow','Iron','Jade','Lost','Moonlit','Obsidian','Shattered','Silent',"
                               "'Sunken','Twisted','Verdant','Whispering','Crimson']";
const char *const kItem = "ARRAY['Sword','Amulet','Shield','Tome','Dagger','Ring','Staff','Lantern','Cloak',"
                          "'Helm','Bow','Chalice','Map','Key','Orb','Gauntlet']";
const char *const kPlace = "ARRAY['Keep','Marsh','Citadel','Grove','Harbor','Crypt','Tavern','Spire','Vale',"
                           "'Mine','Temple','Bridge','Forest','Tower','Market','Ruins']";
const char *const kSystem = "ARRAY['D&D 5e','Pathfinder 2e','Call of Cthulhu','Blades in the Dark','Savage Worlds']";

QString words(const char *array, const QString &index)
{
    return QStringLiteral("(%1)[1 + ((%2) % cardinality(%1))]").arg(QString::fromLatin1(array), index);
}

} // namespace

DemoResult build(QSqlDatabase &db, const MigrationCatalogue &catalogue, const DemoOptions &options,
                 const std::function<void(const QString &)> &progress)
{
    DemoResult result;
    QElapsedTimer timer;
    timer.start();
    auto say = [&](const QString &text) {
        if (progress)
            progress(text);
    };
    for (const QString &t : strategy::gmaTables()) {
        if (sql::tableExists(db, QStringLiteral("public"), t)) {
            result.error =
                QCoreApplication::translate(
                    "gma::Demo", "The database already has GMA tables (%1): init-demo only builds on an "
                                 "empty database. Create a new database for the demo.")
                    .arg(t);
            return result;
        }
    }
    const qint64 n = qMax<qint64>(1, options.rows);
    const qint64 users = qMax<qint64>(10, n / 100);
    const qint64 campaigns = qMax<qint64>(3, n / 500);

    // The schema at 0002, built by the tool's own migrations.
    say(QCoreApplication::translate("gma::Demo", "Building the GMA schema at 0002"));
    QString error;
    auto state = MigrationState::read(db, &error);
    if (!state) {
        result.error = error;
        return result;
    }
    Plan plan;
    MigrationState current = *state;
    for (const QString &app : Planner::strategyApps()) {
        PlanError perr;
        auto part = Planner::migrate(catalogue, current, app, QStringLiteral("0002"), &perr);
        if (!part) {
            result.error = perr.message;
            return result;
        }
        plan.steps += part->steps;
        current = Planner::simulate(current, *part);
    }
    {
        Executor executor(db, catalogue);
        const RunResult run = executor.run(plan, RunOptions{});
        if (!run.ok()) {
            result.error = run.error;
            return result;
        }
    }

    auto step = [&](const QString &what, const QString &statement, const QVariantList &values) {
        say(what);
        const auto r = sql::exec(db, statement, values);
        if (!r.ok)
            result.error = QCoreApplication::translate("gma::Demo", "%1 failed: %2").arg(what, r.error);
        return r.ok;
    };
    const QString g = QStringLiteral("g");
    const bool ok =
        step(QCoreApplication::translate("gma::Demo", "Adding %Ln user(s)", nullptr, int(users)),
             QStringLiteral(
                 "INSERT INTO users_user (password, last_login, is_superuser, username, first_name, "
                 "last_name, "
                 "email, is_staff, is_active, date_joined, display_name) "
                 "SELECT 'pbkdf2_sha256$600000$demo$' || md5(g::text), now() - (g % 60) * interval '1 day', "
                 "g = 1, lower(%1) || '.' || lower(%2) || g, %1, %2, "
                 "lower(%1) || '.' || lower(%2) || g || '@example.org', g <= 3, g % 25 <> 0, "
                 "now() - interval '3 years' + (g % 900) * interval '1 day', %1 || ' ' || %2 "
                 "FROM generate_series(1, ?::bigint) AS g")
                 .arg(words(kFirst, g), words(kLast, QStringLiteral("g / 26"))),
             {users}) &&
        step(QCoreApplication::translate("gma::Demo", "Adding %Ln campaign(s)", nullptr, int(campaigns)),
             QStringLiteral("INSERT INTO campaigns_campaign (name, slug, description, game_system, "
                            "is_active, created_at, "
                            "updated_at, owner_id) "
                            "SELECT 'The ' || %1 || ' ' || %2 || ' ' || g, 'campaign-' || g, "
                            "'A campaign of intrigue around the ' || lower(%1) || ' ' || lower(%2) || '.', "
                            "%3, g % 7 <> 0, "
                            "now() - interval '2 years' + (g % 500) * interval '1 day', "
                            "now() - (g % 30) * interval '1 day', "
                            "(SELECT min(id) FROM users_user) + (g * 37) % ? "
                            "FROM generate_series(1, ?::bigint) AS g")
                 .arg(words(kAdjective, g), words(kPlace, QStringLiteral("g / 20")), words(kSystem, g)),
             {users, campaigns}) &&
        step(
            QCoreApplication::translate("gma::Demo", "Adding %Ln character(s)", nullptr, int(n)),
            QStringLiteral(
                "INSERT INTO characters_character (name, description, game_system, campaign_id, "
                "player_owner_id, "
                "deleted_at, deleted_by_id, is_deleted) "
                "SELECT %1 || ' ' || %2 || ' ' || g, 'A ' || lower(%3) || ' adventurer of level ' || (1 + g "
                "% 20) || '.', "
                "%4, (SELECT min(id) FROM campaigns_campaign) + g % ?, "
                "(SELECT min(id) FROM users_user) + (g * 7919) % ?, "
                "CASE WHEN g % 50 = 0 THEN now() - (g % 100) * interval '1 day' END, "
                "CASE WHEN g % 50 = 0 THEN (SELECT min(id) FROM users_user) + (g * 7919) % ? END, g % 50 = 0 "
                "FROM generate_series(1, ?::bigint) AS g")
                .arg(words(kFirst, g), words(kLast, QStringLiteral("g / 26")),
                     words(kAdjective, QStringLiteral("g / 3")), words(kSystem, g)),
            {campaigns, users, users, n}) &&
        step(QCoreApplication::translate("gma::Demo", "Adding %Ln item(s)", nullptr, int(n)),
             QStringLiteral("INSERT INTO items_item (name, description, campaign_id) "
                            "SELECT %1 || ' ' || %2 || ' of ' || %3 || ' ' || g, "
                            "'Found in the ' || lower(%3) || '; worth ' || (g % 500) || ' gold.', "
                            "(SELECT min(id) FROM campaigns_campaign) + (g * 13) % ? "
                            "FROM generate_series(1, ?::bigint) AS g")
                 .arg(words(kAdjective, g), words(kItem, QStringLiteral("g / 20")),
                      words(kLast, QStringLiteral("g / 7"))),
             {campaigns, n}) &&
        step(QCoreApplication::translate("gma::Demo", "Adding %Ln location(s)", nullptr, int(n)),
             QStringLiteral("INSERT INTO locations_location (name, description, campaign_id) "
                            "SELECT %1 || ' ' || %2 || ' ' || g, "
                            "CASE WHEN (g * 7) % 1000 < ? THEN NULL ELSE 'A ' || lower(%1) || ' ' || "
                            "lower(%2) || ' on the map.' END, "
                            "(SELECT min(id) FROM campaigns_campaign) + (g * 17) % ? "
                            "FROM generate_series(1, ?::bigint) AS g")
                 .arg(words(kAdjective, QStringLiteral("g / 16")), words(kPlace, g)),
             {qint64(options.nullDescriptionShare * 1000), campaigns, n}) &&
        step(QCoreApplication::translate("gma::Demo", "Analyzing"),
             QStringLiteral("ANALYZE %1").arg(strategy::gmaTables().join(QStringLiteral(", "))), {});
    if (!ok)
        return result;
    result.ok = true;
    result.users = users;
    result.campaigns = campaigns;
    result.characters = result.items = result.locations = n;
    result.ms = timer.elapsed();
    return result;
}

} // namespace Demo

} // namespace gma
