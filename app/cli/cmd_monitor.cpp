// `monitor`: the three tables now beside the latest baseline (taken before each run, or with
// --baseline), per table: scans, index use, rows, dead rows, size, statement times, and the
// audit trail since the migration.
#include "commands.h"

#include "format.h"
#include "monitor.h"

namespace gma::cli {

namespace {

QString figure(const MonitorRow &row, double value, bool signedDelta)
{
    if (row.unit == QLatin1String("bytes")) {
        const QString text = format::bytes(qint64(std::abs(value)), QLocale());
        return signedDelta ? (value < 0 ? QStringLiteral("-") : QStringLiteral("+")) + text : text;
    }
    if (row.unit == QLatin1String("ms"))
        return QLocale().toString(value, 'f', 3) + QStringLiteral(" ms");
    const QString text = QLocale().toString(qint64(value));
    return signedDelta && value >= 0 ? QStringLiteral("+") + text : text;
}

QString share(qint64 part, qint64 whole, double ratio)
{
    const QLocale locale;
    return Cli::tr("%1 of %2 (%3%)")
        .arg(locale.toString(part), locale.toString(whole), locale.toString(100.0 * ratio, 'f', 1));
}

int runMonitor(Context &ctx)
{
    int code = Success;
    auto db = ctx.connectGma(false, &code);
    if (!db)
        return code;
    QString error;
    const bool json = ctx.parser.isSet(QStringLiteral("json"));
    if (ctx.parser.isSet(QStringLiteral("baseline"))) {
        const auto taken = Monitor::takeBaseline(*db, QLatin1String(Monitor::kByHand), &error);
        if (!taken) {
            ctx.error(error);
            return Refused;
        }
        if (json) {
            ctx.out << toJson(QVariantMap{{QStringLiteral("baseline"), Monitor::toVariant(*taken)}});
        } else {
            ctx.out << Cli::tr("Baseline %1 taken at %2: `monitor` now compares with it.\n")
                           .arg(taken->id)
                           .arg(utcTime(taken->takenAt));
        }
        return Success;
    }
    const std::optional<MonitorSnapshot> baseline = Monitor::latestBaseline(*db, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    const MonitorSnapshot now = Monitor::take(*db, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    const MonitorSnapshot *before = baseline ? &*baseline : nullptr;
    if (json) {
        ctx.out << toJson(Monitor::comparisonToVariant(before, now));
        return Success;
    }
    if (before) {
        ctx.out << Cli::tr("Baseline %1, taken %2 (%3); now %4.\n")
                       .arg(before->id)
                       .arg(utcTime(before->takenAt), Monitor::reasonText(*before), utcTime(now.takenAt));
    } else {
        ctx.out << Cli::tr("No baseline yet (one is taken before each run, or with monitor --baseline); "
                           "the figures now, %1.\n")
                       .arg(utcTime(now.takenAt));
    }
    ctx.out << QStringLiteral("pg_stat_statements: %1.\n").arg(Monitor::statementsText(now));
    const QList<MonitorRow> rows = Monitor::compare(before, now);
    for (const TableSnapshot &t : now.tables) {
        ctx.out << '\n' << t.table << (t.exists ? QString() : Cli::tr(" (no such table)")) << '\n';
        if (!t.exists)
            continue;
        ctx.out << QStringLiteral("  %1 %2 %3 %4\n")
                       .arg(QString(), -42)
                       .arg(Cli::tr("Before"), 14)
                       .arg(Cli::tr("Now"), 14)
                       .arg(Cli::tr("Change"), 14);
        for (const MonitorRow &r : rows) {
            if (r.table != t.table || (r.fromStatements && !now.statementsAvailable))
                continue;
            ctx.out << QStringLiteral("  %1 %2 %3 %4\n")
                           .arg(r.label, -42)
                           .arg(r.hasBefore ? figure(r, r.before, false) : QStringLiteral("-"), 14)
                           .arg(figure(r, r.now, false), 14)
                           .arg(r.hasBefore ? figure(r, r.delta(), true) : QStringLiteral("-"), 14);
        }
        for (const IndexSnapshot &i : t.indexes) {
            ctx.out << Cli::tr("  index %1 %2 scans%3\n")
                           .arg(i.name, -50)
                           .arg(QLocale().toString(i.scans), 10)
                           .arg(i.addedByMigration ? Cli::tr("  (added by the migration)") : QString());
        }
        if (!t.migratedAt.isValid()) {
            ctx.out << Cli::tr("  Audit trail: not migrated yet.") << '\n';
        } else if (t.createdSince == 0 && t.modifiedSince == 0) {
            ctx.out << Cli::tr("  Audit trail since %1 (%2): no rows created or modified yet.\n")
                           .arg(utcTime(t.migratedAt), t.migratedAtSource);
        } else {
            ctx.out << Cli::tr("  Audit trail since %1 (%2): created %3 with created_by; modified %4 with "
                               "modified_by.\n")
                           .arg(utcTime(t.migratedAt), t.migratedAtSource,
                                share(t.createdWithUser, t.createdSince, Monitor::createdShare(t)),
                                share(t.modifiedWithUser, t.modifiedSince, Monitor::modifiedShare(t)));
        }
        ctx.out << Cli::tr("  Last vacuum %1, autovacuum %2, analyze %3, autoanalyze %4.\n")
                       .arg(t.lastVacuum.isValid() ? utcTime(t.lastVacuum) : Cli::tr("never"),
                            t.lastAutovacuum.isValid() ? utcTime(t.lastAutovacuum) : Cli::tr("never"),
                            t.lastAnalyze.isValid() ? utcTime(t.lastAnalyze) : Cli::tr("never"),
                            t.lastAutoanalyze.isValid() ? utcTime(t.lastAutoanalyze) : Cli::tr("never"));
    }
    return Success;
}

} // namespace

Command monitorCommand()
{
    return Command{
        QStringLiteral("monitor"), QStringLiteral("monitor [--json] [--baseline]"),
        Cli::tr("The three tables now beside the latest baseline (taken before each run): scans, index use "
                "(the migration's indexes marked), rows, dead rows, size, statement times when "
                "pg_stat_statements is installed, and the audit trail since the migration. --baseline "
                "takes a baseline now."),
        [](QCommandLineParser &parser) {
            addJsonOption(parser);
            parser.addOption({QStringLiteral("baseline"), Cli::tr("Take a baseline now and store it.")});
        },
        runMonitor};
}

} // namespace gma::cli
