// `audit` (per model: rows, how many lack each audit column, and the late rows after the data step) and `history` (the runs the
// tool recorded).
#include "commands.h"

#include "audit.h"
#include "format.h"
#include "strategy.h"
#include "toolschema.h"

namespace gma::cli {

namespace {

int runAudit(Context &ctx)
{
    int code = Success;
    auto db = ctx.connectGma(false, &code);
    if (!db)
        return code;
    QString error;
    const QList<ModelAudit> audit = Audit::collect(*db, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList models;
        for (const ModelAudit &m : audit)
            models << Audit::toVariant(m);
        ctx.out << toJson(QVariantMap{{QStringLiteral("models"), models}});
        return Success;
    }
    ctx.out << QStringLiteral("%1 %2").arg(Cli::tr("Model"), -22).arg(Cli::tr("Rows"), 10);
    for (const QString &c : strategy::auditColumns())
        ctx.out << QStringLiteral("  %1").arg(c + QStringLiteral(" NULL"), 22);
    ctx.out << '\n';
    for (const ModelAudit &m : audit) {
        ctx.out << QStringLiteral("%1 %2").arg(m.model, -22).arg(QLocale().toString(m.rows), 10);
        for (const AuditFieldStat &f : m.fields) {
            const QString cell = f.present ? QStringLiteral("%1 (%2%)")
                                                 .arg(QLocale().toString(f.nulls),
                                                      QLocale().toString(100.0 * m.nullShare(f), 'f', 1))
                                           : Cli::tr("(no column)");
            ctx.out << QStringLiteral("  %1").arg(cell, 22);
        }
        ctx.out << '\n';
    }
    for (const ModelAudit &m : audit) {
        if (m.late.found())
            ctx.out << Cli::tr("Late rows: %1").arg(m.late.sentence()) << '\n';
    }
    return Success;
}

int runHistory(Context &ctx)
{
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    QString error;
    const QList<HistoryEntry> entries = ToolSchema::history(*db, 1000, &error);
    if (!error.isEmpty()) {
        ctx.error(error);
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantList list;
        for (const HistoryEntry &e : entries)
            list << ToolSchema::toVariant(e);
        ctx.out << toJson(QVariantMap{{QStringLiteral("history"), list}});
        return Success;
    }
    if (entries.isEmpty()) {
        ctx.out << Cli::tr("No runs recorded yet.") << '\n';
        return Success;
    }
    for (const HistoryEntry &e : entries) {
        ctx.out << Cli::tr("%1  %2  %3  %4 %5  %6  %7 rows  %8  %9\n")
                       .arg(localTime(e.startedAt))
                       .arg(e.dbUser, -10)
                       .arg(e.osUserAtHost().isEmpty() ? QStringLiteral("-") : e.osUserAtHost(), -20)
                       .arg(e.direction, -8)
                       .arg(e.key.label(), -70)
                       .arg(format::duration(e.durationMs, QLocale()), 9)
                       .arg(QLocale().toString(e.rowsAffected), 8)
                       .arg(e.outcome)
                       .arg(e.message);
    }
    return Success;
}

} // namespace

Command auditCommand()
{
    QStringList fields; // "created_by" for created_by_id
    for (const QString &c : strategy::auditColumns())
        fields << (c.endsWith(QLatin1String("_id")) ? c.chopped(3) : c);
    return Command{
        QStringLiteral("audit"), QStringLiteral("audit [--json]"),
        Cli::tr("Per model: rows, and how many lack %1; after the data step, the rows still without "
                "audit users (late rows: how many, the newest id), which fill-audit fills.")
            .arg(fields.join(QStringLiteral(", "))),
        addJsonOption, runAudit};
}

Command historyCommand()
{
    return Command{QStringLiteral("history"), QStringLiteral("history [--json]"),
                   Cli::tr("The runs the tool recorded: who, when, what, how long, outcome (newest first)."),
                   addJsonOption, runHistory};
}

} // namespace gma::cli
