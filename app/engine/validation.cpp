#include "validation.h"

#include "validationchecks.h"

#include "format.h"
#include "locks.h"
#include "planner.h"
#include "sqlutil.h"
#include "state.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

namespace gma {

QString CheckResult::statusText() const
{
    static const char *const names[] = {"pass", "fail", "skipped"};
    return format::enumName(status, names);
}

namespace {

Sentence stateSentence(const QMap<QString, QString> &apps)
{
    const Sentence none = Sentence::in("gma::Validation", QT_TRANSLATE_NOOP("gma::Validation", "none"));
    QSet<QString> levels;
    for (auto it = apps.begin(); it != apps.end(); ++it)
        levels.insert(it.value());
    if (levels.size() == 1) {
        const QString level = *levels.begin();
        return level.isEmpty() ? none : Sentence{level, level};
    }
    QList<Sentence> parts;
    for (auto it = apps.begin(); it != apps.end(); ++it) {
        const QString app = it.key() + QLatin1Char(' ');
        parts << (it.value().isEmpty() ? Sentence{app + none.text, app + none.english}
                                       : Sentence{app + it.value(), app + it.value()});
    }
    return Sentence::in("gma::Validation", QT_TRANSLATE_NOOP("gma::Validation", "mixed (%1)"),
                        Sentence::join(parts, QStringLiteral(", ")));
}

} // namespace

QString StrategyState::code() const
{
    return stateSentence(apps).english;
}

QString StrategyState::summary() const
{
    return stateSentence(apps).text;
}

int ValidationResult::count(CheckResult::Status status) const
{
    int n = 0;
    for (const CheckResult &c : checks)
        n += c.status == status ? 1 : 0;
    return n;
}

namespace Validation {

namespace {
// Runs the table's checks in `ctx`, until the end, a cancel, or a lock held by someone else.
void runChecks(Context &ctx, const ValidationOptions &options, ValidationResult &result)
{
    const QList<Check> table = checkTable();
    for (int i = 0; i < table.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            result.cancelled = true;
            break;
        }
        const Check &check = table.at(i);
        if (options.progress)
            options.progress(i, int(table.size()), check.label);
        QElapsedTimer timer;
        timer.start();
        CheckResult c;
        c.id = check.id;
        c.name = check.name;
        c.category = check.category;
        c = check.function(ctx, c, check.subject);
        c.ms = timer.elapsed();
        if (ctx.lockError.isValid()) {
            // Someone holds a lock on a GMA table: waiting check after check would only add up.
            result.error = readFailure(ctx.db, ctx.lockError, strategy::gmaTables());
            c.reason = result.error;
            result.checks << c;
            break;
        }
        result.checks << c;
    }
}

} // namespace

StrategyState strategyState(QSqlDatabase &db, const MigrationCatalogue &catalogue, QString *error)
{
    StrategyState result;
    const auto state = MigrationState::read(db, error);
    for (const QString &app : Planner::strategyApps()) {
        QString level;
        if (state) {
            for (const MigrationKey &key : catalogue.migrationsOf(app)) {
                if (state->isApplied(key))
                    level = key.name.left(4);
            }
        }
        result.apps.insert(app, level);
    }
    return result;
}

ValidationResult run(QSqlDatabase &db, const MigrationCatalogue &catalogue, const ValidationOptions &options)
{
    ValidationResult result;
    result.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer total;
    total.start();

    // Outside the transaction, so that the limits are set for the session and put back after it.
    const ReadGuard limits(db);
    const auto begin = sql::exec(db, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!begin.ok) {
        result.error = QCoreApplication::translate("gma::Validation",
                                                   "Cannot start a read-only transaction for the checks: %1")
                           .arg(begin.error);
        return result;
    }
    struct EndTransaction
    {
        QSqlDatabase &db;
        ~EndTransaction() { sql::exec(db, QStringLiteral("ROLLBACK")); }
    } endTransaction{db};

    QString error;
    const auto migrationState = MigrationState::read(db, &error);
    if (!migrationState) {
        result.error = error;
        return result;
    }
    result.state = strategyState(db, catalogue, &error);
    Context ctx{db, catalogue, *migrationState, result.state, {}, {}, {}, {}};
    for (const strategy::Model &m : strategy::models()) {
        const int level = levelOf(result.state.apps.value(m.app));
        if (level >= 2)
            ctx.tableStage.insert(m.table, level >= 3 ? QStringLiteral("0004") : QStringLiteral("0002"));
    }
    for (const QString &stage : {QStringLiteral("0002"), QStringLiteral("0004")})
        ctx.reference.insert(stage, parseDump(referenceDump(stage)));
    runChecks(ctx, options, result);
    result.lateRows = ctx.lateRows;
    result.ms = total.elapsed();
    return result;
}

} // namespace Validation

} // namespace gma