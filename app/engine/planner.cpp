#include "planner.h"

#include <QCoreApplication>
#include <QSet>

namespace gma {

namespace {

// Django's MigrationExecutor.migration_plan for a list of targets ((app, name) or (app, zero)).
struct Target
{
    MigrationKey key; // name empty: zero
};

Plan migrationPlan(const MigrationCatalogue &cat, const MigrationState &state, const QList<Target> &targets)
{
    Plan plan;
    QSet<MigrationKey> applied;
    for (const MigrationKey &k : state.appliedKnown(cat))
        applied.insert(k);
    for (const Target &t : targets) {
        if (t.key.name.isEmpty()) {
            // Unapply everything of the app, and what depends on it.
            for (const MigrationKey &root : cat.rootNodes(t.key.app)) {
                for (const MigrationKey &m : cat.backwardsPlan(root)) {
                    if (applied.contains(m)) {
                        plan.steps.append({m, true});
                        applied.remove(m);
                    }
                }
            }
        } else if (applied.contains(t.key)) {
            // Roll back through the target's immediate children in the same app, and no further.
            QList<MigrationKey> next;
            for (const MigrationKey &c : cat.children(t.key)) {
                if (c.app == t.key.app)
                    next << c;
            }
            std::sort(next.begin(), next.end());
            for (const MigrationKey &n : std::as_const(next)) {
                for (const MigrationKey &m : cat.backwardsPlan(n)) {
                    if (applied.contains(m)) {
                        plan.steps.append({m, true});
                        applied.remove(m);
                    }
                }
            }
        } else {
            for (const MigrationKey &m : cat.forwardsPlan(t.key)) {
                if (!applied.contains(m)) {
                    plan.steps.append({m, false});
                    applied.insert(m);
                }
            }
        }
    }
    return plan;
}

bool checkConsistent(const MigrationCatalogue &cat, const MigrationState &state, PlanError *error)
{
    const QStringList problems = state.inconsistencies(cat);
    if (problems.isEmpty())
        return true;
    if (error) {
        error->kind = PlanError::Kind::Inconsistent;
        error->message = QCoreApplication::translate("gma::Planner", "%1 The recorded history is out of dependency "
                                                                     "order: repair django_migrations before migrating.")
                             .arg(problems.first());
    }
    return false;
}

} // namespace

QString Plan::describe(const MigrationCatalogue &catalogue) const
{
    QString out = QStringLiteral("Planned operations:\n");
    if (steps.isEmpty())
        return out + QStringLiteral("  No planned migration operations.\n");
    for (const PlanStep &s : steps) {
        out += s.key.label() + QLatin1Char('\n');
        const MigrationDefinition *def = catalogue.find(s.key);
        if (!def)
            continue;
        // As Django's migrate --plan: the operations in their forward order, "Undo " before each
        // when going backwards (a data step, Django's RunPython, has no prefix).
        for (const QString &d : def->descriptions(false)) {
            out += QStringLiteral("    ") + (s.backwards && !def->isData() ? QStringLiteral("Undo ") : QString()) + d +
                   QLatin1Char('\n');
        }
    }
    return out;
}

namespace Planner {

QStringList strategyApps()
{
    return {QStringLiteral("characters"), QStringLiteral("items"), QStringLiteral("locations")};
}

MigrationState simulate(const MigrationState &state, const Plan &plan)
{
    MigrationState next = state;
    for (const PlanStep &s : plan.steps) {
        if (s.backwards)
            next.applied.remove(s.key);
        else
            next.applied.insert(s.key, QDateTime::currentDateTimeUtc());
    }
    return next;
}

std::optional<Plan> migrate(const MigrationCatalogue &cat, const MigrationState &state, const QString &app,
                            const QString &target, PlanError *error)
{
    if (!checkConsistent(cat, state, error))
        return std::nullopt;
    QList<Target> targets;
    if (app.isEmpty()) {
        if (!target.isEmpty()) {
            if (error)
                *error = {PlanError::Kind::Usage, QCoreApplication::translate("gma::Planner", "A target needs an app: migrate APP TARGET.")};
            return std::nullopt;
        }
        for (const MigrationKey &leaf : cat.leafNodes())
            targets.append(Target{leaf});
    } else {
        if (!cat.hasApp(app)) {
            if (error)
                *error = {PlanError::Kind::Usage, QCoreApplication::translate("gma::Planner", "App '%1' does not have migrations.").arg(app)};
            return std::nullopt;
        }
        if (target.isEmpty()) {
            for (const MigrationKey &leaf : cat.leafNodes(app))
                targets.append(Target{leaf});
        } else if (target == QLatin1String("zero")) {
            targets.append(Target{MigrationKey{app, QString()}});
        } else {
            QString message;
            const auto key = cat.resolvePrefix(app, target, &message);
            if (!key) {
                if (error)
                    *error = {PlanError::Kind::Usage, message};
                return std::nullopt;
            }
            targets.append(Target{*key});
        }
    }
    return migrationPlan(cat, state, targets);
}

std::optional<Plan> forSelection(const MigrationCatalogue &catalogue, const MigrationState &start,
                                 const QList<MigrationKey> &selected, bool backwards, PlanError *error,
                                 QList<MigrationKey> *targets)
{
    MigrationState state = start;
    Plan plan;
    auto add = [&](const QString &app, const QString &target) -> bool {
        const auto p = migrate(catalogue, state, app, target, error);
        if (!p)
            return false;
        for (const PlanStep &s : p->steps) {
            bool seen = false;
            for (const PlanStep &e : std::as_const(plan.steps))
                seen = seen || (e.key == s.key && e.backwards == s.backwards);
            if (!seen)
                plan.steps << s;
        }
        state = simulate(state, *p);
        if (targets)
            *targets << MigrationKey{app, target};
        return true;
    };
    if (selected.isEmpty() && !add(QString(), QString()))
        return std::nullopt;
    for (const MigrationKey &key : selected) {
        QString target;
        if (key.name.isEmpty()) {
            target = backwards ? QStringLiteral("zero") : QString();
        } else {
            target = key.name;
            if (backwards && state.isApplied(key)) {
                const QList<MigrationKey> ofApp = catalogue.migrationsOf(key.app);
                const int at = int(ofApp.indexOf(key));
                target = at > 0 ? ofApp.at(at - 1).name : QStringLiteral("zero");
            }
        }
        if (!add(key.app, target))
            return std::nullopt;
    }
    return plan;
}

std::optional<Plan> rollback(const MigrationCatalogue &cat, const MigrationState &state, PlanError *error)
{
    if (!checkConsistent(cat, state, error))
        return std::nullopt;
    Plan plan;
    MigrationState current = state;
    for (const QString &stage : {QStringLiteral("0003"), QStringLiteral("0002")}) {
        for (const QString &app : strategyApps()) {
            QString message;
            const auto key = cat.resolvePrefix(app, stage, &message);
            if (!key) {
                if (error)
                    *error = {PlanError::Kind::Usage, message};
                return std::nullopt;
            }
            if (!current.isApplied(*key))
                continue; // the app stands below the stage already: nothing to roll back
            const Plan part = migrationPlan(cat, current, {Target{*key}});
            plan.steps += part.steps;
            current = simulate(current, part);
        }
    }
    return plan;
}

} // namespace Planner

} // namespace gma
