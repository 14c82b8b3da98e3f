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
    return n < 0 ? Cli::tr("unknown") : QLocale().toString(n);
}

// The plan of `preview`/`preflight`: `migrate [APP [TARGET]]` or, with --rollback, the rollback.
int makePlan(Context &ctx, PlannedRun *in, bool tolerateInconsistent)
{
    const bool rollback = ctx.parser.isSet(QStringLiteral("rollback"));
    if (ctx.args.size() > 2 || (rollback && !ctx.args.isEmpty())) {
        ctx.error(Cli::tr("Give at most an app and a target (migrate [APP [TARGET]]), or --rollback alone."));
        return Usage;
    }
    return planRun(ctx, {rollback, ctx.args.value(0), ctx.args.value(1), true, tolerateInconsistent}, in);
}

// "... and 12 more (60 in all)." under a finding's first rows.
QString moreRows(const PreflightFinding &f)
{
    const QLocale locale;
    return Cli::tr("... and %1 more (%2 in all).")
        .arg(locale.toString(f.totalRows - f.rows.size()), locale.toString(f.totalRows));
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
                out << "    " << moreRows(f) << '\n';
        } else if (!f.rows.isEmpty()) {
            printTable(out, QStringLiteral("    "), f.columns, f.rows, all ? 200 : 48);
            if (f.totalRows > f.rows.size())
                out << "    " << moreRows(f) << '\n';
        }
        if (!f.query.isEmpty() && (f.totalRows > f.rows.size() || f.isError()))
            out << "    "
                << (all ? Cli::tr("All of them: %1")
                        : Cli::tr("All of them: %1   (or: gma-migrator-cli preflight --all)"))
                       .arg(f.query)
                << '\n';
    }
}

QString summaryLine(const PreflightReport &report)
{
    const int errors = report.count(Severity::Error);
    const int warnings = report.count(Severity::Warning);
    return Cli::tr("%1: %2, %3.")
        .arg(Cli::tr("%Ln check(s) run", nullptr, int(report.checksRun.size())),
             Cli::tr("%Ln error(s)", nullptr, errors), Cli::tr("%Ln warning(s)", nullptr, warnings));
}

} // namespace

bool readLongTx(Context &ctx, PreflightOptions *options)
{
    if (!ctx.parser.isSet(kLongTxOption))
        return true;
    bool ok = false;
    options->longTransactionSeconds = ctx.parser.value(kLongTxOption).toInt(&ok);
    if (!ok || options->longTransactionSeconds < 0) {
        ctx.error(Cli::tr("--%1 needs a number of seconds (0 or more).").arg(kLongTxOption));
        return false;
    }
    return true;
}

void addLongTxOption(QCommandLineParser &p)
{
    p.addOption({kLongTxOption,
                 Cli::tr("An open transaction older than this many seconds counts as long (default 60)."),
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
            out << "  " << Cli::tr("%1: does not exist yet").arg(t.table) << '\n';
        else
            out << "  "
                << Cli::tr("%1: ~%2 rows (reltuples %3, n_live_tup %4), %5")
                       .arg(t.table, rowsText(t.rowEstimate()), QLocale().toString(t.estimatedRows),
                            QLocale().toString(t.liveTuples), t.totalSize)
                << '\n';
    }
    out << "  " << Cli::tr("Impact: %1").arg(st.summary) << '\n';
    QList<QStringList> rows;
    int n = 0;
    for (const StatementImpact &s : st.statements) {
        QString what = s.object.isEmpty() ? s.kind : s.kind + QLatin1Char(' ') + s.object;
        if (!s.note.isEmpty())
            what += QStringLiteral(": ") + s.note;
        QStringList others;
        for (const TableLock &l : s.otherLocks)
            others << Cli::tr("%1 on %2").arg(lockModeName(l.mode), l.table);
        if (!others.isEmpty())
            what += Cli::tr(" [also %1]").arg(others.join(QStringLiteral(", ")));
        if (!s.transaction.isEmpty() && s.transaction != QLatin1String("the step's transaction"))
            what += QStringLiteral(" (%1)").arg(s.transaction);
        rows << QStringList{
            QString::number(++n),
            lockModeName(s.lock),
            s.table,
            tableWorkName(s.work),
            s.rows >= 0 ? QLocale().toString(s.rows) : QString(),
            QStringLiteral("~%1%2").arg(format::duration(s.lockHeldMs, QLocale()),
                                        s.blocksApplication ? Cli::tr(" blocks app") : QString()),
            what};
    }
    printTable(out, QStringLiteral("  "),
               {QStringLiteral("#"), Cli::tr("Lock"), Cli::tr("Table"), Cli::tr("Work"), Cli::tr("Rows"),
                Cli::tr("Lock held"), Cli::tr("Statement")},
               rows, 240);
    for (const QString &h : st.hazards)
        out << "  " << Cli::tr("Hazard: %1").arg(h) << '\n';
    if (!st.fills.isEmpty()) {
        QList<QStringList> fillRows;
        for (const ColumnFill &f : st.fills) {
            fillRows << QStringList{f.column, QLocale().toString(f.toFill), QLocale().toString(f.alreadySet),
                                    f.columnExists ? QString() : Cli::tr("added earlier in this plan")};
        }
        printTable(out, QStringLiteral("  "),
                   {Cli::tr("Column"), st.step.backwards ? Cli::tr("Set back to NULL") : Cli::tr("Will fill"),
                    Cli::tr("Left alone"), QString()},
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
            ctx.error(Cli::tr("--stall-budget needs a positive number of milliseconds."));
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
    const int stepCount = int(report.steps.size());
    ctx.out << (report.online
                    ? Cli::tr("Impact of `%1` on database \"%2\" (PostgreSQL %3): %Ln step(s), schema steps "
                              "online (--online). Nothing has been changed.",
                              nullptr, stepCount)
                    : Cli::tr("Impact of `%1` on database \"%2\" (PostgreSQL %3): %Ln step(s). Nothing has "
                              "been changed.",
                              nullptr, stepCount))
                   .arg(in.what, report.database, report.serverVersion)
            << '\n'
            << (report.online
                    ? Cli::tr("Lock held: how long each statement's lock is held, estimated from the tables' "
                              "sizes (each statement its own transaction); \"blocks app\": the "
                              "application's reads or writes wait for it. Stall budget %1 ms.")
                    : Cli::tr("Lock held: how long each statement's lock is held, estimated from the tables' "
                              "sizes (until the step's one transaction commits); \"blocks app\": the "
                              "application's reads or writes wait for it. Stall budget %1 ms."))
                   .arg(QLocale().toString(report.stallBudgetMs))
            << '\n';
    if (report.steps.isEmpty())
        ctx.out << Cli::tr("  No migrations to apply.") << '\n';
    const WalEstimate wal = Preview::walEstimate(report);
    int index = 0;
    for (const StepImpact &st : report.steps) {
        ++index;
        ctx.out << '\n'
                << '[' << index << '/' << report.steps.size() << "] "
                << (st.isData
                        ? (st.step.backwards ? Cli::tr("%1 (data, backward)") : Cli::tr("%1 (data, forward)"))
                        : (st.step.backwards ? Cli::tr("%1 (schema, backward)")
                                             : Cli::tr("%1 (schema, forward)")))
                       .arg(st.label)
                << '\n';
        printStepImpact(ctx.out, st);
        const WalEstimate::Step &w = wal.steps.at(index - 1);
        ctx.out << "  " << Cli::tr("WAL: about %1 (%2)").arg(format::bytes(w.bytes, QLocale()), w.how)
                << '\n';
    }
    if (!report.steps.isEmpty())
        ctx.out
            << '\n'
            << Cli::tr(
                   "WAL: about %1 in all, estimated from the tables' sizes and row counts (not measured), "
                   "plus "
                   "up to %2 of full-page images after a checkpoint; every streaming replica receives and "
                   "replays as much.")
                   .arg(format::bytes(wal.totalBytes, QLocale()), format::bytes(wal.fullPageBytes, QLocale()))
            << '\n';
    if (!report.steps.isEmpty())
        ctx.out << '\n'
                << Cli::tr("Rehearsal: `migrate --dry-run` runs on a copy and locks nothing here; in place "
                           "(--dry-run --in-place) it holds %1, until it is rolled back at the end.")
                       .arg(Preview::inPlaceHold(report).summary())
                << '\n';
    ctx.out << '\n' << Cli::tr("Hazards (the preflight checks `migrate` runs first):") << '\n';
    if (!hazards.error.isEmpty())
        ctx.out << "  " << Cli::tr("The checks could not run: %1").arg(hazards.error) << '\n';
    else if (hazards.findings.isEmpty())
        ctx.out << Cli::tr("  None found.") << '\n';
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
    ctx.out << Cli::tr("Preflight checks for `%1` (%Ln step(s)):", nullptr, int(in.plan.steps.size()))
                   .arg(in.what)
            << '\n';
    printFindings(ctx.out, report, options.detailLimit == 0);
    ctx.out << (report.ok() ? Cli::tr("%1 Ready to run.") : Cli::tr("%1 The run would be refused."))
                   .arg(summaryLine(report))
            << '\n';
    return report.ok() ? Success : Refused;
}

// ---------------------------------------------------------------------------------------------
// The guard of migrate and rollback.

int checkPreflight(Context &ctx, QSqlDatabase &db, const Plan &plan, bool isRollback, bool isDryRun)
{
    if (ctx.parser.isSet(kSkipOption)) {
        ctx.warn(Cli::tr("Preflight checks skipped (--%1).").arg(kSkipOption));
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
        ctx.out << Cli::tr("Preflight checks:") << '\n';
        printFindings(ctx.out, report, false);
    }
    ctx.out.flush();
    if (report.ok())
        return Success;
    ctx.error(
        (isRollback
             ? Cli::tr("Preflight checks found %Ln problem(s) (%1), so the rollback was refused and nothing "
                       "was changed: fix them and retry, or pass --%2 if you are sure.",
                       nullptr, report.count(Severity::Error))
         : isDryRun
             ? Cli::tr("Preflight checks found %Ln problem(s) (%1), so the rehearsal was refused and nothing "
                       "was changed: fix them and retry, or pass --%2 if you are sure.",
                       nullptr, report.count(Severity::Error))
             : Cli::tr("Preflight checks found %Ln problem(s) (%1), so the migration was refused and nothing "
                       "was changed: fix them and retry, or pass --%2 if you are sure.",
                       nullptr, report.count(Severity::Error)))
            .arg([&] {
                QStringList ids;
                for (const PreflightFinding &f : report.findings) {
                    if (f.isError() && !ids.contains(f.checkId))
                        ids << f.checkId;
                }
                return ids.join(QStringLiteral(", "));
            }())
            .arg(kSkipOption));
    return Refused;
}

} // namespace

Command previewCommand()
{
    return Command{
        QStringLiteral("preview"), QStringLiteral("preview [APP [TARGET]] [--rollback] [--online] [--json]"),
        Cli::tr(
            "Shows what `migrate [APP [TARGET]]` (or, with --rollback, the rollback) would do, without doing "
            "it: per statement the table lock it takes, how long it holds it (estimated from the table's "
            "size), "
            "whether it rewrites or scans the table, table sizes and row estimates, the exact rows each data "
            "step "
            "fills or sets back, and the hazards: locks longer than the stall budget, audit columns NOT NULL "
            "without a default (deploy the application version that writes them first)."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("rollback"), Cli::tr("Preview the strategy's rollback.")});
            p.addOption({QStringLiteral("online"),
                         Cli::tr("Preview the schema steps' --online variant (each statement its own short "
                                 "transaction, indexes built CONCURRENTLY).")});
            p.addOption({QStringLiteral("stall-budget"),
                         Cli::tr("The longest the application may wait for a lock, in ms, that the hazards "
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
        Cli::tr(
            "Checks, without changing anything, what would make `migrate [APP [TARGET]]` (or the rollback) "
            "fail or block the application: names too long for the new varchar(100), NULL descriptions, "
            "missing privileges, schema drift, history out of order, sessions holding locks, long "
            "transactions. Exit 1 when a check finds an error; migrate and rollback run these checks first."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("rollback"), Cli::tr("Check the strategy's rollback.")});
            p.addOption({QStringLiteral("all"), Cli::tr("List every offending row, not only the first 10.")});
            p.addOption({QStringLiteral("dry-run"),
                         Cli::tr("Check as for a rehearsal: sessions holding locks only warn.")});
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
            p.addOption({kSkipOption, Cli::tr("Do not run the preflight checks first (not recommended).")});
            addLongTxOption(p);
        },
        checkPreflight};
}

} // namespace gma::cli
