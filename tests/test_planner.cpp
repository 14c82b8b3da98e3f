// The planner follows Django's MigrationExecutor.migration_plan over the catalogue's graph:
// `migrate`, `migrate APP`, `migrate APP TARGET` both ways, prefixes, `zero` (dependents in other
// apps first), and the seed's rollback order. Plans are also run on real databases and
// django_migrations checked afterwards.
#include "planner.h"
#include "sqlutil.h"
#include "state.h"
#include "testdb.h"

#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

MigrationKey key(const QString &app, const QString &prefix)
{
    const auto k = catalogue().resolvePrefix(app, prefix, nullptr);
    if (!k)
        qFatal("no migration %s %s", qPrintable(app), qPrintable(prefix));
    return *k;
}

// "characters:4 items:3" -> every migration of each app up to that number is applied;
// apps not named stand at 0 (users and campaigns are at 0001 when any other app is named).
MigrationState stateAt(const QString &spec)
{
    MigrationState s;
    s.tableExists = true;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    for (const QString &part : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString app = part.section(QLatin1Char(':'), 0, 0);
        const int upTo = part.section(QLatin1Char(':'), 1, 1).toInt();
        for (const MigrationKey &k : catalogue().migrationsOf(app)) {
            if (k.name.left(4).toInt() <= upTo)
                s.applied.insert(k, when);
        }
    }
    return s;
}

MigrationState allAt(int n)
{
    return stateAt(QStringLiteral("users:1 campaigns:1 characters:%1 items:%1 locations:%1").arg(n));
}

// "+users.0001 -items.0004 ...": direction and the four-digit number of each step.
QString text(const Plan &plan)
{
    QStringList out;
    for (const PlanStep &s : plan.steps)
        out << (s.backwards ? QStringLiteral("-") : QStringLiteral("+")) + s.key.app + QLatin1Char('.') +
                   s.key.name.left(4);
    return out.join(QLatin1Char(' '));
}

QString plan(const MigrationState &state, const QString &app = QString(), const QString &target = QString())
{
    PlanError error;
    const auto p = Planner::migrate(catalogue(), state, app, target, &error);
    if (!p)
        return QStringLiteral("ERROR: ") + error.message;
    return text(*p);
}

// The plan of a tree selection: "items" is an app, "items.0003" a migration; also the targets.
QString selectionPlan(const MigrationState &state, const QStringList &selection, bool backwards,
                      QString *targets = nullptr)
{
    QList<MigrationKey> keys;
    for (const QString &entry : selection)
        keys << (entry.contains(QLatin1Char('.')) ? key(entry.section(QLatin1Char('.'), 0, 0), entry.section(QLatin1Char('.'), 1))
                                                   : MigrationKey{entry, QString()});
    PlanError error;
    QList<MigrationKey> planned;
    const auto p = Planner::forSelection(catalogue(), state, keys, backwards, &error, &planned);
    if (!p)
        return QStringLiteral("ERROR: ") + error.message;
    if (targets) {
        QStringList t;
        for (const MigrationKey &k : planned)
            t << k.app + QLatin1Char(':') + k.name.left(4);
        *targets = t.join(QLatin1Char(' '));
    }
    return text(*p);
}

QString rollbackPlan(const MigrationState &state)
{
    PlanError error;
    const auto p = Planner::rollback(catalogue(), state, &error);
    return p ? text(*p) : QStringLiteral("ERROR: ") + error.message;
}

// django_migrations rows of the GMA apps in insertion order, as "app.NNNN".
QStringList recorded(TestDatabase &t)
{
    QStringList out;
    for (const QVariantList &r :
         sql::rows(t.db(), QStringLiteral("SELECT app, left(name, 4) FROM django_migrations ORDER BY id")))
        out << r.at(0).toString() + QLatin1Char('.') + r.at(1).toString();
    return out;
}

QStringList applySteps(const QString &planText)
{
    QStringList out;
    for (const QString &s : planText.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        out << s.mid(1);
    return out;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private slots:
    void migrateEverythingFromEmpty()
    {
        // Leaves in sorted order, each leaf's forwards plan: dependencies first, parents pushed sorted.
        QCOMPARE(
            plan(MigrationState{}),
            QStringLiteral("+users.0001 +campaigns.0001 +characters.0001 +characters.0002 +characters.0003 "
                           "+characters.0004 +items.0001 +items.0002 +items.0003 +items.0004 +locations.0001 "
                           "+locations.0002 +locations.0003 +locations.0004"));
    }

    void migrateEverythingFrom0002()
    {
        QCOMPARE(plan(allAt(2)), QStringLiteral("+characters.0003 +characters.0004 +items.0003 +items.0004 "
                                                "+locations.0003 +locations.0004"));
        QCOMPARE(plan(allAt(4)), QString());
    }

    void migrateOneApp()
    {
        QCOMPARE(plan(allAt(2), QStringLiteral("items")), QStringLiteral("+items.0003 +items.0004"));
        // An app's latest pulls in its dependencies in other apps, nothing more.
        QCOMPARE(
            plan(MigrationState{}, QStringLiteral("items")),
            QStringLiteral("+users.0001 +campaigns.0001 +items.0001 +items.0002 +items.0003 +items.0004"));
        QCOMPARE(plan(allAt(4), QStringLiteral("items")), QString());
    }

    void selectionsArePlannedInTurn()
    {
        QString targets;
        // Nothing selected: every app to its latest.
        QCOMPARE(selectionPlan(allAt(2), {}, false, &targets), plan(allAt(2)));
        QCOMPARE(targets, QStringLiteral(":"));
        // Two apps and a migration: each on the state the previous ones leave, steps once.
        QCOMPARE(selectionPlan(allAt(2), {QStringLiteral("items"), QStringLiteral("characters.0003"),
                                          QStringLiteral("items.0004")},
                               false, &targets),
                 QStringLiteral("+items.0003 +items.0004 +characters.0003"));
        QCOMPARE(targets, QStringLiteral("items: characters:0003 items:0004"));
        // Backwards, a migration is unapplied (its app goes to the one before it), an app to zero;
        // a migration not applied yet is migrated to, as forwards.
        QCOMPARE(selectionPlan(allAt(4), {QStringLiteral("items.0003")}, true, &targets),
                 QStringLiteral("-items.0004 -items.0003"));
        QCOMPARE(targets, QStringLiteral("items:0002"));
        QCOMPARE(selectionPlan(allAt(4), {QStringLiteral("characters.0001")}, true, &targets),
                 plan(allAt(4), QStringLiteral("characters"), QStringLiteral("zero")));
        QCOMPARE(targets, QStringLiteral("characters:zero"));
        QCOMPARE(selectionPlan(allAt(4), {QStringLiteral("locations")}, true),
                 plan(allAt(4), QStringLiteral("locations"), QStringLiteral("zero")));
        QCOMPARE(selectionPlan(allAt(2), {QStringLiteral("items.0004")}, true), QStringLiteral("+items.0003 +items.0004"));
        // The same step twice (both apps pull in users 0001) is kept once.
        QCOMPARE(selectionPlan(MigrationState{}, {QStringLiteral("items"), QStringLiteral("characters")}, false),
                 QStringLiteral("+users.0001 +campaigns.0001 +items.0001 +items.0002 +items.0003 +items.0004 "
                                "+characters.0001 +characters.0002 +characters.0003 +characters.0004"));
        // A failure names the entry's problem.
        QVERIFY(selectionPlan(allAt(2), {QStringLiteral("nosuchapp")}, false).startsWith(QStringLiteral("ERROR: ")));
    }

    void migrateToTargetForward()
    {
        QCOMPARE(plan(allAt(2), QStringLiteral("characters"), QStringLiteral("0003")),
                 QStringLiteral("+characters.0003"));
        QCOMPARE(
            plan(MigrationState{}, QStringLiteral("characters"), QStringLiteral("0003")),
            QStringLiteral("+users.0001 +campaigns.0001 +characters.0001 +characters.0002 +characters.0003"));
    }

    void migrateToTargetBackward()
    {
        // Backwards stops at the target: only the target's children in its own app and what needs them.
        QCOMPARE(plan(allAt(4), QStringLiteral("items"), QStringLiteral("0002")),
                 QStringLiteral("-items.0004 -items.0003"));
        QCOMPARE(plan(allAt(4), QStringLiteral("items"), QStringLiteral("0001")),
                 QStringLiteral("-items.0004 -items.0003 -items.0002"));
        QCOMPARE(plan(allAt(4), QStringLiteral("locations"), QStringLiteral("0003")),
                 QStringLiteral("-locations.0004"));
        // Already at the target: nothing.
        QCOMPARE(plan(allAt(2), QStringLiteral("items"), QStringLiteral("0002")), QString());
        // Backwards to a migration that depends on another app does not touch that app.
        QCOMPARE(plan(allAt(4), QStringLiteral("campaigns"), QStringLiteral("0001")), QString());
    }

    void prefixTargets()
    {
        const QString full = key(QStringLiteral("items"), QStringLiteral("0003")).name;
        QCOMPARE(full, QStringLiteral("0003_item_modified_by_alter_item_created_at_and_more"));
        QCOMPARE(plan(allAt(2), QStringLiteral("items"), full), QStringLiteral("+items.0003"));
        QCOMPARE(plan(allAt(2), QStringLiteral("items"), QStringLiteral("0003_item")),
                 QStringLiteral("+items.0003"));

        PlanError error;
        QVERIFY(
            !Planner::migrate(catalogue(), allAt(2), QStringLiteral("items"), QStringLiteral("000"), &error));
        QCOMPARE(error.kind, PlanError::Kind::Usage);
        QCOMPARE(
            error.message,
            QStringLiteral("More than one migration matches '000' in app 'items'. Please be more specific."));

        QVERIFY(!Planner::migrate(catalogue(), allAt(2), QStringLiteral("items"), QStringLiteral("0009"),
                                  &error));
        QCOMPARE(error.kind, PlanError::Kind::Usage);
        QCOMPARE(error.message, QStringLiteral("Cannot find a migration matching '0009' from app 'items'."));

        QVERIFY(!Planner::migrate(catalogue(), allAt(2), QStringLiteral("nosuchapp"), QString(), &error));
        QCOMPARE(error.kind, PlanError::Kind::Usage);
        QCOMPARE(error.message, QStringLiteral("App 'nosuchapp' does not have migrations."));

        QVERIFY(!Planner::migrate(catalogue(), allAt(2), QString(), QStringLiteral("0002"), &error));
        QCOMPARE(error.kind, PlanError::Kind::Usage);
    }

    void zeroUnappliesDependentsFirst()
    {
        // users zero: Django's backwards_plan from users.0001 walks the children in sorted order,
        // last pushed first, so locations and items go before characters, then campaigns, then users.
        QCOMPARE(plan(allAt(4), QStringLiteral("users"), QStringLiteral("zero")),
                 QStringLiteral(
                     "-locations.0004 -locations.0003 -items.0004 -items.0003 -characters.0004 "
                     "-characters.0003 -characters.0002 -characters.0001 -locations.0002 -locations.0001 "
                     "-items.0002 -items.0001 -campaigns.0001 -users.0001"));
        QCOMPARE(
            plan(allAt(4), QStringLiteral("campaigns"), QStringLiteral("zero")),
            QStringLiteral(
                "-locations.0004 -locations.0003 -locations.0002 -locations.0001 -items.0004 -items.0003 "
                "-items.0002 -items.0001 -characters.0004 -characters.0003 -characters.0002 "
                "-characters.0001 -campaigns.0001"));
        QCOMPARE(plan(allAt(4), QStringLiteral("characters"), QStringLiteral("zero")),
                 QStringLiteral("-characters.0004 -characters.0003 -characters.0002 -characters.0001"));
        // Only what is applied is unapplied.
        QCOMPARE(plan(stateAt(QStringLiteral("users:1 campaigns:1 items:2")), QStringLiteral("users"),
                      QStringLiteral("zero")),
                 QStringLiteral("-items.0002 -items.0001 -campaigns.0001 -users.0001"));
        QCOMPARE(plan(MigrationState{}, QStringLiteral("users"), QStringLiteral("zero")), QString());
    }

    void crossAppDependenciesBothWays()
    {
        // Forward: items 0003 needs users 0001, which is not applied in this (consistent) state.
        QCOMPARE(
            plan(MigrationState{}, QStringLiteral("locations"), QStringLiteral("0003")),
            QStringLiteral("+users.0001 +campaigns.0001 +locations.0001 +locations.0002 +locations.0003"));
        // Backward: unapplying campaigns takes the three apps that depend on it down first, but
        // leaves users alone.
        const QString down = plan(allAt(2), QStringLiteral("campaigns"), QStringLiteral("zero"));
        QVERIFY(down.endsWith(QStringLiteral("-campaigns.0001")));
        QVERIFY(!down.contains(QStringLiteral("users")));
        QCOMPARE(down.count(QLatin1Char('-')), 7);
    }

    void rollbackFollowsTheSeed()
    {
        // Data steps first (each app to 0003), then the schema steps (to 0002), app by app.
        QCOMPARE(rollbackPlan(allAt(4)),
                 QStringLiteral("-characters.0004 -items.0004 -locations.0004 -characters.0003 "
                                "-items.0003 -locations.0003"));
        QCOMPARE(
            rollbackPlan(stateAt(QStringLiteral("users:1 campaigns:1 characters:4 items:3 locations:4"))),
            QStringLiteral("-characters.0004 -locations.0004 -characters.0003 -items.0003 -locations.0003"));
        QCOMPARE(
            rollbackPlan(stateAt(QStringLiteral("users:1 campaigns:1 characters:2 items:4 locations:2"))),
            QStringLiteral("-items.0004 -items.0003"));
        QCOMPARE(rollbackPlan(allAt(3)), QStringLiteral("-characters.0003 -items.0003 -locations.0003"));
        QCOMPARE(rollbackPlan(allAt(2)), QString());
        QCOMPARE(
            rollbackPlan(stateAt(QStringLiteral("users:1 campaigns:1 characters:1 items:1 locations:1"))),
            QString());
    }

    void inconsistentHistoryIsRefused()
    {
        MigrationState s = allAt(2);
        s.applied.insert(key(QStringLiteral("items"), QStringLiteral("0004")),
                         QDateTime::currentDateTimeUtc());
        const QString expected =
            QStringLiteral("Migration items.0004_populate_audit_fields is applied before its "
                           "dependency items.0003_item_modified_by_alter_item_created_at_and_more");
        PlanError error;
        QVERIFY(!Planner::migrate(catalogue(), s, QString(), QString(), &error));
        QCOMPARE(error.kind, PlanError::Kind::Inconsistent);
        QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
        QVERIFY(!Planner::migrate(catalogue(), s, QStringLiteral("characters"), QString(), &error));
        QVERIFY(!Planner::rollback(catalogue(), s, &error));
        QCOMPARE(error.kind, PlanError::Kind::Inconsistent);
    }

    void unknownRowsDoNotChangePlans()
    {
        MigrationState s = allAt(2);
        const QDateTime when = QDateTime::currentDateTimeUtc();
        for (const QString &app :
             {QStringLiteral("admin"), QStringLiteral("auth"), QStringLiteral("contenttypes")})
            s.applied.insert({app, QStringLiteral("0001_initial")}, when);
        s.applied.insert({QStringLiteral("items"), QStringLiteral("0007_not_defined_here")}, when);
        QCOMPARE(s.inconsistencies(catalogue()), QStringList());
        QCOMPARE(plan(s), plan(allAt(2)));
        QCOMPARE(plan(s, QStringLiteral("users"), QStringLiteral("zero")),
                 plan(allAt(2), QStringLiteral("users"), QStringLiteral("zero")));
        QCOMPARE(rollbackPlan(s), rollbackPlan(allAt(2)));
    }

    void simulateGivesTheStateAfter()
    {
        PlanError error;
        const auto p = Planner::migrate(catalogue(), allAt(2), QString(), QString(), &error);
        QVERIFY(p);
        const MigrationState after = Planner::simulate(allAt(2), *p);
        QCOMPARE(after.applied.keys(), allAt(4).applied.keys());
        const auto back = Planner::rollback(catalogue(), after, &error);
        QVERIFY(back);
        QCOMPARE(Planner::simulate(after, *back).applied.keys(), allAt(2).applied.keys());
    }

    void describeIsDjangosPlanText()
    {
        PlanError error;
        const auto none = Planner::migrate(catalogue(), allAt(4), QString(), QString(), &error);
        QVERIFY(none);
        QCOMPARE(none->describe(catalogue()),
                 QStringLiteral("Planned operations:\n  No planned migration operations.\n"));
        const auto back =
            Planner::migrate(catalogue(), allAt(4), QStringLiteral("items"), QStringLiteral("0002"), &error);
        QVERIFY(back);
        // Django lists a backward migration's operations in their forward order, each with "Undo ".
        QCOMPARE(back->describe(catalogue()),
                 QStringLiteral("Planned operations:\n"
                                "items.0004_populate_audit_fields\n"
                                "    Raw Python operation\n"
                                "items.0003_item_modified_by_alter_item_created_at_and_more\n"
                                "    Undo Add field created_at to item\n"
                                "    Undo Add field created_by to item\n"
                                "    Undo Add field modified_by to item\n"
                                "    Undo Add field updated_at to item\n"
                                "    Undo Alter field description on item\n"
                                "    Undo Alter field name on item\n"));
    }

    // --- real plans on real databases ---------------------------------------------------------

    void forwardPlansEndToEnd()
    {
        TestDatabase t(QStringLiteral("plan_fwd"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QCOMPARE(recorded(t).size(), 8);
        // migrate characters 0003: only that.
        RunResult r = t.migrate(QStringLiteral("characters"), QStringLiteral("0003"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(recorded(t).mid(8), QStringList{QStringLiteral("characters.0003")});
        QVERIFY(sql::columnExists(t.db(), QStringLiteral("characters_character"),
                                  QStringLiteral("created_by_id")));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_by_id")));
        // migrate items: 0003 and 0004 of items, nothing of locations.
        r = t.migrate(QStringLiteral("items"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(recorded(t).mid(9),
                 (QStringList{QStringLiteral("items.0003"), QStringLiteral("items.0004")}));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")),
                 qint64(0));
        // migrate: the rest, in plan order.
        const QString rest = plan(*MigrationState::read(t.db(), nullptr));
        QCOMPARE(rest, QStringLiteral("+characters.0004 +locations.0003 +locations.0004"));
        r = t.migrate();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 3);
        QCOMPARE(recorded(t).mid(11), applySteps(rest));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0004"))), QString());
    }

    void backwardPlansEndToEnd()
    {
        TestDatabase t(QStringLiteral("plan_back"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QCOMPARE(recorded(t).size(), 14);
        // items 0002: both items steps go, the other apps stay at 0004.
        RunResult r = t.migrate(QStringLiteral("items"), QStringLiteral("0002"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.steps.size(), 2);
        QVERIFY(r.steps.at(0).step.backwards &&
                r.steps.at(0).step.key.name.startsWith(QLatin1String("0004")));
        QVERIFY(!recorded(t).contains(QStringLiteral("items.0003")));
        QVERIFY(!recorded(t).contains(QStringLiteral("items.0004")));
        QVERIFY(recorded(t).contains(QStringLiteral("characters.0004")));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_at")));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT character_maximum_length FROM information_schema.columns WHERE "
                                    "table_name = 'items_item' AND column_name = 'name'"))
                .toInt(),
            200);
        // The rollback from this mixed state: characters and locations data, then schema steps.
        QCOMPARE(rollbackPlan(*MigrationState::read(t.db(), nullptr)),
                 QStringLiteral("-characters.0004 -locations.0004 -characters.0003 -locations.0003"));
        r = t.rollback();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(recorded(t).size(), 8);
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
        // Nothing to do now.
        QCOMPARE(rollbackPlan(*MigrationState::read(t.db(), nullptr)), QString());
        r = t.rollback();
        QVERIFY(r.ok());
        QCOMPARE(r.steps.size(), 0);
    }

    void rollbackFromOneAppAt0003EndToEnd()
    {
        TestDatabase t(QStringLiteral("plan_rb3"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        const QString expected =
            QStringLiteral("-characters.0004 -locations.0004 -characters.0003 -items.0003 -locations.0003");
        QCOMPARE(rollbackPlan(*MigrationState::read(t.db(), nullptr)), expected);
        const qint64 historyBefore =
            t.count(QStringLiteral("SELECT coalesce(max(id), 0) FROM gma_migrator.history"));
        const RunResult r = t.rollback();
        QVERIFY2(r.ok(), qPrintable(r.error));
        // The order the tool recorded, from its own history: a data step is recorded with the schema
        // step whose reverse drops its columns, in that step's transaction.
        QStringList ran;
        for (const QVariantList &row : sql::rows(
                 t.db(),
                 QStringLiteral("SELECT app || '.' || left(name, 4) FROM gma_migrator.history WHERE id > ? "
                                "AND direction = 'backward' AND outcome = 'success' ORDER BY id"),
                 {historyBefore}))
            ran << QLatin1Char('-') + row.at(0).toString();
        QCOMPARE(ran.join(QLatin1Char(' ')),
                 QStringLiteral("-characters.0004 -characters.0003 -items.0003 -locations.0004 -locations.0003"));
        QCOMPARE(recorded(t).size(), 8);
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
    }

    void usersZeroEndToEnd()
    {
        TestDatabase t(QStringLiteral("plan_zero"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        const QString expected = plan(allAt(4), QStringLiteral("users"), QStringLiteral("zero"));
        // History of unapplies, in order, from the tool's own record.
        const RunResult r = t.migrate(QStringLiteral("users"), QStringLiteral("zero"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(text(Plan{[&] {
                     QList<PlanStep> steps;
                     for (const StepResult &s : r.steps)
                         steps << s.step;
                     return steps;
                 }()}),
                 expected);
        QCOMPARE(recorded(t), QStringList());
        for (const QString &table : {QStringLiteral("users_user"), QStringLiteral("campaigns_campaign"),
                                     QStringLiteral("characters_character"), QStringLiteral("items_item"),
                                     QStringLiteral("locations_location")})
            QVERIFY2(!sql::tableExists(t.db(), QStringLiteral("public"), table), qPrintable(table));
        // django_migrations itself stays (Django never drops it).
        QVERIFY(sql::tableExists(t.db(), QStringLiteral("public"), QStringLiteral("django_migrations")));
        // The CLI still knows the database (the tool's own schema is there) and plans it back.
        const CliResult cli = runCli({QStringLiteral("migrate"), QStringLiteral("--plan")}, t.name());
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QVERIFY(cli.out.startsWith(QStringLiteral("Planned operations:\nusers.0001_initial\n")));
        // And everything comes back.
        QVERIFY(t.migrate().ok());
        QCOMPARE(recorded(t), applySteps(plan(MigrationState{})));
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "test_planner.moc"
