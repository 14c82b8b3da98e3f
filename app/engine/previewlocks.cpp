// Preview's lock estimates (preview.h): how long each statement runs and holds its lock, whether
// that blocks the application, and the hazards of the step, from the preview's table statistics.
#include "preview.h"

#include "previewsql.h"

#include "format.h"
#include "sqlutil.h"
#include "stepsql.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace gma::Preview {

using namespace previewsql;

namespace {

// The rough costs per row of the estimates: the data step's fill, measured at 100,000 rows per
// model (a rehearsal of the whole plan took about 21 s for 300,000 rows filled), a table rewrite
// or scan, a row an UPDATE of NULLs writes; each step adds its own transaction's overhead.
constexpr double kFillMsPerRow = 0.065;
constexpr double kRewriteMsPerRow = 0.005;
constexpr double kScanMsPerRow = 0.002;
constexpr double kRowWriteMsPerRow = 0.01;
constexpr qint64 kStepOverheadMs = 50;
constexpr qint64 kCatalogueMs = 5; // a catalogue change once its lock is granted

} // namespace

// Each statement's run and lock hold, whether it blocks the application, and the step's hazards.
void estimateLocks(StepImpact &st, const StepSql &rendered, int stallBudgetMs)
{
    for (StatementImpact &s : st.statements) {
        const qint64 rows = qMax<qint64>(0, st.stats(s.table).rowEstimate());
        switch (s.work) {
        case TableWork::None:
            s.estimatedMs = kCatalogueMs;
            break;
        case TableWork::Scan:
            s.estimatedMs = kCatalogueMs + qint64(rows * kScanMsPerRow);
            break;
        case TableWork::Rewrite:
            s.estimatedMs = kCatalogueMs + qint64(rows * kRewriteMsPerRow);
            break;
        case TableWork::RowWrites:
            s.estimatedMs = kCatalogueMs + qint64(qMax<qint64>(0, s.rows) * (st.isData ? kFillMsPerRow : kRowWriteMsPerRow));
            break;
        }
        // The application reads (ACCESS SHARE) and writes (ROW EXCLUSIVE) the tables.
        s.blocksApplication = lockModesConflict(s.lock, LockMode::RowExclusive) ||
                              lockModesConflict(s.lock, LockMode::AccessShare);
        for (const TableLock &l : s.otherLocks)
            s.blocksApplication = s.blocksApplication || lockModesConflict(l.mode, LockMode::RowExclusive);
    }
    // The default mode holds every lock until the step's one transaction commits; online (and a
    // data step's batches) each statement holds its own only while it runs.
    const bool oneTransaction = !st.isData && !rendered.online;
    qint64 rest = 0;
    for (int i = int(st.statements.size()) - 1; i >= 0; --i) {
        StatementImpact &s = st.statements[i];
        rest += s.estimatedMs;
        s.lockHeldMs = oneTransaction ? rest : s.estimatedMs;
    }
    if (st.isData)
        return;
    for (const StatementImpact &s : std::as_const(st.statements)) {
        if (!s.blocksApplication || s.lockHeldMs <= stallBudgetMs)
            continue;
        if (oneTransaction) {
            // Every lock is held until the step commits: the first blocking one says it all.
            st.hazards << QCoreApplication::translate("gma::Preview", "The step holds %1 on %2 from its statement %3 until it commits, "
                                                    "about %4: the application's statements on %2 wait that long, "
                                                    "longer than the stall budget (%5 ms); --online keeps each wait "
                                                    "short.")
                              .arg(lockModeName(s.lock), s.table.isEmpty() ? st.tables.join(QStringLiteral(", ")) : s.table,
                                   s.kind, format::duration(s.lockHeldMs, QLocale()), QLocale().toString(stallBudgetMs));
            break;
        }
        const TableStats stats = [&] {
            for (const TableStats &t : st.tableStats) {
                if (t.table == s.table)
                    return t;
            }
            return TableStats{};
        }();
        // %1 statement, %2 table, %3 rows, %4 size, %5 lock, %6 duration, %7 stall budget (ms).
        static const char *const hazards[3][2] = {
            {QT_TRANSLATE_NOOP("gma::Preview", "%1 rewrites %2 (%3 rows, %4) under %5: the application waits for it "
                                               "about %6, longer than the stall budget (%7 ms). PostgreSQL cannot "
                                               "avoid this lock; the online run sends it alone, in its own short "
                                               "transaction."),
             QT_TRANSLATE_NOOP("gma::Preview", "%1 rewrites %2 (%3 rows, %4) under %5, held until the step commits: "
                                               "the application waits about %6, longer than the stall budget (%7 "
                                               "ms).")},
            {QT_TRANSLATE_NOOP("gma::Preview", "%1 scans %2 (%3 rows, %4) under %5: the application waits for it "
                                               "about %6, longer than the stall budget (%7 ms). PostgreSQL cannot "
                                               "avoid this lock; the online run sends it alone, in its own short "
                                               "transaction."),
             QT_TRANSLATE_NOOP("gma::Preview", "%1 scans %2 (%3 rows, %4) under %5, held until the step commits: "
                                               "the application waits about %6, longer than the stall budget (%7 "
                                               "ms).")},
            {QT_TRANSLATE_NOOP("gma::Preview", "%1 changes %2 (%3 rows, %4) under %5: the application waits for it "
                                               "about %6, longer than the stall budget (%7 ms). PostgreSQL cannot "
                                               "avoid this lock; the online run sends it alone, in its own short "
                                               "transaction."),
             QT_TRANSLATE_NOOP("gma::Preview", "%1 changes %2 (%3 rows, %4) under %5, held until the step commits: "
                                               "the application waits about %6, longer than the stall budget (%7 "
                                               "ms).")}};
        const int work = s.work == TableWork::Rewrite ? 0 : s.work == TableWork::Scan ? 1 : 2;
        st.hazards << QCoreApplication::translate("gma::Preview", hazards[work][rendered.online ? 0 : 1])
                          .arg(s.kind, s.table, QLocale().toString(stats.rowEstimate()),
                               stats.totalSize.isEmpty() ? QCoreApplication::translate("gma::Preview", "size unknown") : stats.totalSize,
                               lockModeName(s.lock), format::duration(s.lockHeldMs, QLocale()),
                               QLocale().toString(stallBudgetMs));
    }
    if (st.step.backwards)
        return;
    // A column Django adds with a default it then drops, NOT NULL: an application that does not
    // write it can no longer insert.
    static const QRegularExpression addNotNull =
        re(QStringLiteral(R"(^ALTER\s+TABLE\s+(%1)\s+ADD\s+COLUMN\s+("[^"]+")\s+.*\bDEFAULT\b.*\bNOT\s+NULL\s*$)").arg(kTableRef));
    QHash<QString, QStringList> columns;
    QStringList tables;
    for (const StatementImpact &s : std::as_const(st.statements)) {
        const auto m = addNotNull.match(s.sql);
        if (!m.hasMatch())
            continue;
        const QString column = tableName(m.captured(2));
        const QString drop = QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(sql::quoteIdent(column));
        for (const StatementImpact &later : std::as_const(st.statements)) {
            if (later.table == s.table && later.sql.contains(drop)) {
                if (!tables.contains(s.table))
                    tables << s.table;
                columns[s.table] << column;
                break;
            }
        }
    }
    for (const QString &t : std::as_const(tables))
        st.hazards << QCoreApplication::translate("gma::Preview", "After this step %1 of %2 are NOT NULL without a default: an application version "
                                     "that does not write them can no longer insert into %2. Deploy the application "
                                     "version that writes them first.")
                          .arg(columns.value(t).join(QStringLiteral(" and ")), t);
}


InPlaceHold inPlaceHold(const PreviewReport &report)
{
    InPlaceHold hold;
    QMap<QString, LockMode> strongest;
    double ms = 0;
    for (const StepImpact &st : report.steps) {
        ms += kStepOverheadMs;
        for (const StatementImpact &s : st.statements) {
            QList<TableLock> locks = s.otherLocks;
            if (!s.table.isEmpty())
                locks.prepend({s.table, s.lock});
            for (const TableLock &l : locks) {
                if (l.mode != LockMode::None && l.mode > strongest.value(l.table, LockMode::None))
                    strongest[l.table] = l.mode;
            }
            const qint64 rows = qMax<qint64>(0, st.stats(s.table).rowEstimate());
            if (s.work == TableWork::Rewrite)
                ms += rows * kRewriteMsPerRow;
            else if (s.work == TableWork::Scan)
                ms += rows * kScanMsPerRow;
        }
        qint64 filled = 0; // one batch UPDATE fills all of a row's columns
        for (const ColumnFill &f : st.fills)
            filled = qMax(filled, f.toFill);
        ms += filled * kFillMsPerRow;
    }
    for (auto it = strongest.cbegin(); it != strongest.cend(); ++it)
        hold.locks << TableLock{it.key(), it.value()};
    std::stable_sort(hold.locks.begin(), hold.locks.end(),
                     [](const TableLock &a, const TableLock &b) { return a.mode > b.mode; });
    hold.estimatedMs = qint64(ms);
    return hold;
}

} // namespace gma::Preview

QString gma::InPlaceHold::summary() const
{
    QStringList parts;
    for (int i = 0; i < locks.size();) {
        const LockMode mode = locks.at(i).mode;
        QStringList tables;
        for (; i < locks.size() && locks.at(i).mode == mode; ++i)
            tables << locks.at(i).table;
        parts << QCoreApplication::translate("gma::Preview", "%1 on %2").arg(lockModeName(mode), tables.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("gma::Preview", "no table lock");
    return QCoreApplication::translate("gma::Preview", "%1 for about %2").arg(parts.join(QStringLiteral("; ")), format::duration(estimatedMs, QLocale()));
}
