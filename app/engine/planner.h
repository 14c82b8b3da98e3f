// Plans with Django's semantics: `migrate`, `migrate APP`, `migrate APP TARGET` (forward or
// backward, TARGET a unique prefix or "zero"), and the seed's rollback procedure.
// Thread rule: pure functions over plain values; any thread.
#pragma once

#include "catalogue.h"
#include "state.h"

#include <optional>

namespace gma {

struct PlanStep
{
    MigrationKey key;
    bool backwards = false;
};

struct Plan
{
    QList<PlanStep> steps;
    bool isEmpty() const { return steps.isEmpty(); }
    // Django's `migrate --plan` text.
    QString describe(const MigrationCatalogue &catalogue) const;
};

struct PlanError
{
    enum class Kind { None, Usage, Inconsistent };
    Kind kind = Kind::None;
    QString message;
};

namespace Planner {
// app empty: every app to its latest. target empty: the app's latest. target "zero": unapply all.
std::optional<Plan> migrate(const MigrationCatalogue &catalogue, const MigrationState &state,
                            const QString &app, const QString &target, PlanError *error);
// The plan for a selection in the tree, each selected entry planned on the state the previous
// ones leave, steps kept once: a key with a name is a migration (forward: migrate its app to it;
// backwards: when it is applied, unapply it, i.e. migrate its app to the migration before it, or
// zero), a key with an empty name is an app (to its latest, or to zero backwards). No entry:
// every app to its latest. `targets`, when given, gets per entry the app and the target planned
// (empty app: all apps; empty name: the app's latest; "zero").
std::optional<Plan> forSelection(const MigrationCatalogue &catalogue, const MigrationState &state,
                                 const QList<MigrationKey> &selected, bool backwards, PlanError *error,
                                 QList<MigrationKey> *targets = nullptr);
// The seed's rollback: the data steps (each strategy app to 0003), then the schema steps (to 0002).
std::optional<Plan> rollback(const MigrationCatalogue &catalogue, const MigrationState &state,
                             PlanError *error);
// The state after `plan` would have run.
MigrationState simulate(const MigrationState &state, const Plan &plan);
// The three apps of the mixin strategy.
QStringList strategyApps();
} // namespace Planner

} // namespace gma

Q_DECLARE_METATYPE(gma::PlanStep)
