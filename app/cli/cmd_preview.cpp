// CLI commands `preview` (impact of a plan) and `preflight` (checks that predict a failure), and
// the run guard that makes `migrate` and `rollback` run the preflight checks first.
//
// The guard refuses (exit 1) when a check finds an error; --skip-preflight bypasses it. On a dry
// run (`migrate --dry-run`) the checks run too, but sessions holding locks only warn: the
// rehearsal waits at most --lock-timeout per attempt and rolls everything back, so a lock holder
// cannot make it harmful, and seeing the rehearsal wait is itself useful. Every other error
// (values too long, missing privileges, drift) refuses a dry run as well.
#include "commands.h"

#include "format.h"
#include "preflight.h"
#include "preview.h"
#include "state.h"

namespace gma::cli {

namespace {

const QString kSkipOption = QStringLiteral("skip-preflight");
const QString kLongTxOption = QStringLiteral("long-transaction-seconds");

QString cut(const QString &text, int width)
{
    QString t = text.simplified();
    return t.size() <= width ? t : t.left(width - 1) + QChar(0x2026);
}

// A plain text table: header, then rows; cells cut to `maxWidth`.
void printTable(QTextStream &out, const QString &indent, const QStringList &header,
                const QList<QStringList> &rows, int maxWidth = 48)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], qMin(maxWidth, r.at(i).simplified().size()));
    }
    auto line = [&](const QStringList &cells) {
        QString text = indent;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cut(cells.value(i), maxWidth);
            text += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        out << text.trimmed().prepend(indent) << '\n';
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

QString rowsText(qint64 n)
{
    return n < 0 ? QStringLiteral("unknown") : QString::number(n);
}

// The plan of `preview`/`preflight`: `migrate [APP [TARGET]]` or, with --rollback, the rollback.
int makePlan(Context &ctx, PlannedRun *in, bool tolerateInconsistent)
{
    const bool rollback = ctx.parser.isSet(QStringLiteral("rollback"));
    if (ctx.args.size() > 2 || (rollback && !ctx.args.isEmpty())) {
        ctx.error(QStringLiteral(
            "Give at most an app and a target (migrate [APP [TARGET]]), or --rollback alone."));
        return Usage;
    }
    return planRun(ctx, {rollback, ctx.args.value(0), ctx.args.value(1), true, tolerateInconsistent}, in);
}

void printFindings(QTextStream &out, const PreflightReport &report, bool all)
{
    for (const PreflightFinding &f : report.findings) {
        out << severityName(f.severity).toUpper() << " [" << f.checkId << "] " << f.message << '\n';
        if (f.columns.size() == 1 && f.columns.first() == QLatin1String("id") && !f.rows.isEmpty()) {
            QStringList ids;
            for (const QStringList &r : f.rows)
                ids << r.value(0);
            out << "    id: " << ids.join(QStringLiteral(", ")) << '\n';
            if (f.totalRows > f.rows.size())
                out << "    ... and " << (f.totalRows - f.rows.size()) << " more (" << f.totalRows
                    << " in all).\n";
        } else if (!f.rows.isEmpty()) {
            printTable(out, QStringLiteral("    "), f.columns, f.rows, all ? 200 : 48);
            if (f.totalRows > f.rows.size())
                out << "    ... and " << (f.totalRows - f.rows.size()) << " more (" << f.totalRows
                    << " in all).\n";
        }
        if (!f.query.isEmpty() && (f.totalRows > f.rows.size() || f.isError()))
            out << "    All of them: " << f.query << (all ? "" : "   (or: gma-migrator-cli preflight --all)")
                << '\n';
    }
}

QString summaryLine(const PreflightReport &report)
{
    const int errors = report.count(Severity::Error);
    const int warnings = report.count(Severity::Warning);
    return QStringLiteral("%1 check%2 run: %3 error%4, %5 warning%6.")
        .arg(report.checksRun.size())
        .arg(QLatin1String(report.checksRun.size() == 1 ? "" : "s"))
        .arg(errors)
        .arg(QLatin1String(errors == 1 ? "" : "s"))
        .arg(warnings)
        .arg(QLatin1String(warnings == 1 ? "" : "s"));
}

} // namespace

bool readLongTx(Context &ctx, PreflightOptions *options)
{
    if (!ctx.parser.isSet(kLongTxOption))
        return true;
    bool ok = false;
    options->longTransactionSeconds = ctx.parser.value(kLongTxOption).toInt(&ok);
    if (!ok || options->longTransactionSeconds < 0) {
        ctx.error(QStringLiteral("--%1 needs a number of seconds (0 or more).").arg(kLongTxOption));
        return false;
    }
    return true;
}

void addLongTxOption(QCommandLineParser &p)
{
    p.addOption(
        {kLongTxOption,
         QStringLiteral("An open transaction older than this many seconds counts as long (default 60)."),
         QStringLiteral("S")});
}

namespace {

// ---------------------------------------------------------------------------------------------
// preview

// One step of the impact: its tables, then per statement the lock, the work and the rows, then the
// columns a data step fills or sets back.
void printStepImpact(QTextStream &out, const StepImpact &st)
{
    for (const TableStats &t : st.tableStats) {
        if (!t.exists)
            out << "  " << t.table << ": does not exist yet\n";
        else
            out << "  " << t.table << ": ~" << rowsText(t.rowEstimate()) << " rows (reltuples "
                << t.estimatedRows << ", n_live_tup " << t.liveTuples << "), " << t.totalSize << '\n';
    }
    out << "  Impact: " << st.summary << '\n';
    QList<QStringList> rows;
    int n = 0;
    for (const StatementImpact &s : st.statements) {
        QString what = s.object.isEmpty() ? s.kind : s.kind + QLatin1Char(' ') + s.object;
        if (!s.note.isEmpty())
            what += QStringLiteral(": ") + s.note;
        QStringList others;
        for (const TableLock &l : s.otherLocks)
            others << QStringLiteral("%1 on %2").arg(lockModeName(l.mode), l.table);
        if (!others.isEmpty())
            what += QStringLiteral(" [also %1]").arg(others.join(QStringLiteral(", ")));
        if (!s.transaction.isEmpty() && s.transaction != QLatin1String("the step's transaction"))
            what += QStringLiteral(" (%1)").arg(s.transaction);
        rows << QStringList{QString::number(++n),
                            lockModeName(s.lock),
                            s.table,
                            tableWorkName(s.work),
                            s.rows >= 0 ? QString::number(s.rows) : QString(),
                            QStringLiteral("~%1%2").arg(format::duration(s.lockHeldMs),
                                                        s.blocksApplication ? QStringLiteral(" blocks app")
                                                                            : QString()),
                            what};
    }
    printTable(out, QStringLiteral("  "),
               {QStringLiteral("#"), QStringLiteral("Lock"), QStringLiteral("Table"), QStringLiteral("Work"),
                QStringLiteral("Rows"), QStringLiteral("Lock held"), QStringLiteral("Statement")},
               rows, 240);
    for (const QString &h : st.hazards)
        out << "  Hazard: " << h << '\n';
    if (!st.fills.isEmpty()) {
        QList<QStringList> fillRows;
        for (const ColumnFill &f : st.fills) {
            fillRows << QStringList{f.column, QString::number(f.toFill), QString::number(f.alreadySet),
                                    f.columnExists ? QString()
                                                   : QStringLiteral("added earlier in this plan")};
        }
        printTable(out, QStringLiteral("  "),
                   {QStringLiteral("Column"),
                    st.step.backwards ? QStringLiteral("Set back to NULL") : QStringLiteral("Will fill"),
                    QStringLiteral("Left alone"), QString()},
                   fillRows);
    }
}

int runPreview(Context &ctx)
{
    PlannedRun in;
    if (const int code = makePlan(ctx, &in, false); code != Success)
        return code;
    const bool online = ctx.parser.isSet(QStringLiteral("online"));
    int budget = 1000;
    if (ctx.parser.isSet(QStringLiteral("stall-budget"))) {
        bool ok = false;
        budget = ctx.parser.value(QStringLiteral("stall-budget")).toInt(&ok);
        if (!ok || budget < 1) {
            ctx.error(QStringLiteral("--stall-budget needs a positive number of milliseconds."));
            return Usage;
        }
    }
    const PreviewReport report = Preview::analyse(*in.db, ctx.catalogue, in.state, in.plan, QDateTime(), online, budget);
    if (!report.ok()) {
        ctx.error(report.error);
        return Refused;
    }
    // The hazards belong to the picture: what the preflight checks would find before this plan.
    const PreflightReport hazards =
        Preflight::run(*in.db, ctx.catalogue, in.state, in.plan, PreflightOptions{});
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantMap map = report.toVariant();
        map.insert(QStringLiteral("plan"), in.what);
        map.insert(QStringLiteral("hazards"), hazards.toVariant());
        const InPlaceHold hold = Preview::inPlaceHold(report);
        QVariantList locks;
        for (const TableLock &l : hold.locks)
            locks << QVariantMap{{QStringLiteral("table"), l.table}, {QStringLiteral("mode"), lockModeName(l.mode)}};
        map.insert(QStringLiteral("inPlaceRehearsal"),
                   QVariantMap{{QStringLiteral("locks"), locks}, {QStringLiteral("estimatedMs"), hold.estimatedMs}});
        const WalEstimate wal = Preview::walEstimate(report);
        QVariantList walSteps;
        for (const WalEstimate::Step &w : wal.steps)
            walSteps << QVariantMap{{QStringLiteral("migration"), w.label},
                                    {QStringLiteral("bytes"), w.bytes},
                                    {QStringLiteral("how"), w.how}};
        map.insert(QStringLiteral("walEstimate"),
                   QVariantMap{{QStringLiteral("totalBytes"), wal.totalBytes},
                               {QStringLiteral("fullPageImagesUpTo"), wal.fullPageBytes},
                               {QStringLiteral("steps"), walSteps}});
        ctx.out << toJson(map);
        return Success;
    }
    ctx.out << "Impact of `" << in.what << "` on database \"" << report.database << "\" (PostgreSQL "
            << report.serverVersion << "): " << report.steps.size()
            << (report.steps.size() == 1 ? " step" : " steps")
            << (report.online ? ", schema steps online (--online)" : "")
            << ". Nothing has been changed.\n"
            << "Lock held: how long each statement's lock is held, estimated from the tables' sizes ("
            << (report.online ? "each statement its own transaction" : "until the step's one transaction commits")
            << "); \"blocks app\": the application's reads or writes wait for it. Stall budget "
            << report.stallBudgetMs << " ms.\n";
    if (report.steps.isEmpty())
        ctx.out << "  No migrations to apply.\n";
    const WalEstimate wal = Preview::walEstimate(report);
    int index = 0;
    for (const StepImpact &st : report.steps) {
        ++index;
        ctx.out << '\n'
                << '[' << index << '/' << report.steps.size() << "] " << st.label << " ("
                << (st.isData ? "data" : "schema") << ", " << (st.step.backwards ? "backward" : "forward")
                << ")\n";
        printStepImpact(ctx.out, st);
        const WalEstimate::Step &w = wal.steps.at(index - 1);
        ctx.out << "  WAL: about " << format::bytes(w.bytes) << " (" << w.how << ")\n";
    }
    if (!report.steps.isEmpty())
        ctx.out << "\nWAL: about " << format::bytes(wal.totalBytes) << " in all, estimated from the tables' sizes "
                << "and row counts (not measured), plus up to " << format::bytes(wal.fullPageBytes)
                << " of full-page images after a checkpoint; every streaming replica receives and replays as "
                   "much.\n";
    if (!report.steps.isEmpty())
        ctx.out << "\nRehearsal: `migrate --dry-run` runs on a copy and locks nothing here; in place "
                   "(--dry-run --in-place) it holds "
                << Preview::inPlaceHold(report).summary() << ", until it is rolled back at the end.\n";
    ctx.out << "\nHazards (the preflight checks `migrate` runs first):\n";
    if (!hazards.error.isEmpty())
        ctx.out << "  The checks could not run: " << hazards.error << '\n';
    else if (hazards.findings.isEmpty())
        ctx.out << "  None found.\n";
    else
        printFindings(ctx.out, hazards, false);
    return Success;
}

// ---------------------------------------------------------------------------------------------
// preflight

int runPreflight(Context &ctx)
{
    PreflightOptions options;
    options.dryRun = ctx.parser.isSet(QStringLiteral("dry-run"));
    if (ctx.parser.isSet(QStringLiteral("all")))
        options.detailLimit = 0;
    if (!readLongTx(ctx, &options))
        return Usage;
    PlannedRun in;
    if (const int code = makePlan(ctx, &in, true); code != Success)
        return code;
    const PreflightReport report = Preflight::run(*in.db, ctx.catalogue, in.state, in.plan, options);
    if (!report.error.isEmpty()) {
        ctx.error(report.error);
        return Refused;
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QVariantMap map = report.toVariant();
        map.insert(QStringLiteral("plan"), in.what);
        map.insert(QStringLiteral("steps"), in.plan.steps.size());
        ctx.out << toJson(map);
        return report.ok() ? Success : Refused;
    }
    ctx.out << "Preflight checks for `" << in.what << "` (" << in.plan.steps.size()
            << (in.plan.steps.size() == 1 ? " step" : " steps") << "):\n";
    printFindings(ctx.out, report, options.detailLimit == 0);
    ctx.out << summaryLine(report) << (report.ok() ? " Ready to run.\n" : " The run would be refused.\n");
    return report.ok() ? Success : Refused;
}

// ---------------------------------------------------------------------------------------------
// The guard of migrate and rollback.

int checkPreflight(Context &ctx, QSqlDatabase &db, const Plan &plan, bool isRollback, bool isDryRun)
{
    if (ctx.parser.isSet(kSkipOption)) {
        ctx.warn(QStringLiteral("Preflight checks skipped (--%1).").arg(kSkipOption));
        return Success;
    }
    PreflightOptions options;
    options.dryRun = isDryRun;
    if (!readLongTx(ctx, &options))
        return Usage;
    // The run's lock timeout (checked by migrate and rollback before the guards run).
    if (ctx.parser.isSet(QStringLiteral("lock-timeout")))
        options.lockTimeoutMs = ctx.parser.value(QStringLiteral("lock-timeout")).toInt();
    const auto state = ctx.readState(db);
    if (!state)
        return Refused;
    const PreflightReport report = Preflight::run(db, ctx.catalogue, *state, plan, options);
    if (!report.error.isEmpty()) {
        ctx.error(report.error);
        return Refused;
    }
    if (!report.findings.isEmpty()) {
        ctx.out << "Preflight checks:\n";
        printFindings(ctx.out, report, false);
    }
    ctx.out.flush();
    if (report.ok())
        return Success;
    ctx.error(
        QStringLiteral("Preflight checks found %1 problem%2 (%3), so the %4 was refused and nothing was "
                       "changed: fix them and retry, or pass --%5 if you are sure.")
            .arg(report.count(Severity::Error))
            .arg(QLatin1String(report.count(Severity::Error) == 1 ? "" : "s"))
            .arg([&] {
                QStringList ids;
                for (const PreflightFinding &f : report.findings) {
                    if (f.isError() && !ids.contains(f.checkId))
                        ids << f.checkId;
                }
                return ids.join(QStringLiteral(", "));
            }())
            .arg(isRollback ? QStringLiteral("rollback")
                            : (isDryRun ? QStringLiteral("rehearsal") : QStringLiteral("migration")))
            .arg(kSkipOption));
    return Refused;
}

} // namespace

Command previewCommand()
{
    return Command{
        QStringLiteral("preview"), QStringLiteral("preview [APP [TARGET]] [--rollback] [--online] [--json]"),
        QStringLiteral(
            "Shows what `migrate [APP [TARGET]]` (or, with --rollback, the rollback) would do, without doing "
            "it: per statement the table lock it takes, how long it holds it (estimated from the table's size), "
            "whether it rewrites or scans the table, table sizes and row estimates, the exact rows each data step "
            "fills or sets back, and the hazards: locks longer than the stall budget, audit columns NOT NULL "
            "without a default (deploy the application version that writes them first)."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("rollback"), QStringLiteral("Preview the strategy's rollback.")});
            p.addOption({QStringLiteral("online"),
                         QStringLiteral("Preview the schema steps' --online variant (each statement its own short "
                                        "transaction, indexes built CONCURRENTLY).")});
            p.addOption({QStringLiteral("stall-budget"),
                         QStringLiteral("The longest the application may wait for a lock, in ms, that the hazards "
                                        "are measured against (default 1000)."),
                         QStringLiteral("MS")});
            addJsonOption(p);
        },
        runPreview};
}

Command preflightCommand()
{
    return Command{
        QStringLiteral("preflight"), QStringLiteral("preflight [APP [TARGET]] [--rollback] [--all] [--json]"),
        QStringLiteral(
            "Checks, without changing anything, what would make `migrate [APP [TARGET]]` (or the rollback) "
            "fail or block the application: names too long for the new varchar(100), NULL descriptions, "
            "missing privileges, schema drift, history out of order, sessions holding locks, long "
            "transactions. Exit 1 when a check finds an error; migrate and rollback run these checks first."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("rollback"), QStringLiteral("Check the strategy's rollback.")});
            p.addOption(
                {QStringLiteral("all"), QStringLiteral("List every offending row, not only the first 10.")});
            p.addOption({QStringLiteral("dry-run"),
                         QStringLiteral("Check as for a rehearsal: sessions holding locks only warn.")});
            addJsonOption(p);
            addLongTxOption(p);
        },
        runPreflight};
}

RunGuard preflightGuard()
{
    return RunGuard{
        QStringLiteral("preflight"),
        [](QCommandLineParser &p) {
            p.addOption(
                {kSkipOption, QStringLiteral("Do not run the preflight checks first (not recommended).")});
            addLongTxOption(p);
        },
        checkPreflight};
}

} // namespace gma::cli
