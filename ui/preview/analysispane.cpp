#include "analysispane.h"

#include "dbworker.h"
#include "format.h"
#include "help/userguide.h"
#include "locks.h"
#include "style.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gma::ui {

namespace {
const QString kAnalysis = QStringLiteral("analysis");
} // namespace

AnalysisPane::AnalysisPane(QWidget *parent) : QWidget(parent)
{
    qRegisterMetaType<gma::PreviewReport>();
    qRegisterMetaType<gma::PreflightReport>();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_findings = new QTreeWidget(split);
    m_findings->setHeaderLabels({tr("Preflight finding"), tr("Check")});
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(false);
    m_findings->setWordWrap(true);
    m_findings->setAccessibleName(tr("Preflight findings"));
    help::openLinksOnClick(m_findings); // a finding's check name opens its explanation
    m_steps = new QTreeWidget(split);
    m_steps->setHeaderLabels({tr("Step / statement"), tr("Lock"), tr("Table work"), tr("Rows"), tr("Note")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_steps->header()->resizeSection(0, 430);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setTextElideMode(Qt::ElideMiddle);
    m_steps->setAlternatingRowColors(true);
    m_steps->setAccessibleName(tr("Impact per step and statement"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    clear(tr("Select migrations to see what they would lock, rewrite and fill, and what could stop them."));
}

QString AnalysisPane::titleText() const
{
    return m_title->text();
}

void AnalysisPane::clear(const QString &why)
{
    if (m_worker)
        m_worker->cancel(kAnalysis);
    m_busy = false;
    m_title->setText(why);
    m_findings->clear();
    m_steps->clear();
}

void AnalysisPane::setOnline(bool online, int stallBudgetMs)
{
    m_online = online;
    m_stallBudgetMs = stallBudgetMs;
}

void AnalysisPane::analyse(DbWorker *worker, const MigrationCatalogue &catalogue, const MigrationState &state,
                           const Plan &plan, const QString &title)
{
    if (plan.isEmpty()) {
        clear(tr("%1: nothing to do, so nothing to analyse.").arg(title));
        return;
    }
    if (m_worker && m_worker != worker)
        m_worker->cancel(kAnalysis);
    m_worker = worker;
    m_busy = true;
    m_title->setText(tr("Analysing %1 (%n step(s))...", nullptr, int(plan.steps.size())).arg(title));
    worker->run<Reports>(
        this, kAnalysis,
        [catalogue, state, plan, online = m_online, budget = m_stallBudgetMs](QSqlDatabase &db, QString *) {
            ReadGuard guard(db);
            Reports r;
            r.preview = Preview::analyse(db, catalogue, state, plan, QDateTime(), online, budget);
            r.preflight = Preflight::run(db, catalogue, state, plan);
            return r;
        },
        [this, title](const Reports &r, const QString &error) {
            m_busy = false;
            m_impact = r.preview;
            m_preflight = r.preflight;
            if (!error.isEmpty())
                m_impact.error = m_preflight.error = error;
            show(m_impact, m_preflight);
            if (!m_preflight.error.isEmpty())
                m_title->setText(tr("%1: the analysis stopped: %2").arg(title, m_preflight.error));
            else if (m_preflight.ok())
                m_title->setText(tr("%1: %2, %3.")
                                     .arg(title, tr("%n error(s)", nullptr, m_preflight.count(Severity::Error)),
                                          tr("%n warning(s)", nullptr, m_preflight.count(Severity::Warning))));
            else
                m_title->setText(tr("%1: preflight found %n error(s) that would stop the run; fix them first.",
                                    nullptr, m_preflight.count(Severity::Error))
                                     .arg(title));
            emit analysed();
        });
}

void AnalysisPane::showFindings(const PreflightReport &preflight)
{
    m_findings->clear();
    if (!preflight.error.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_findings, {preflight.error});
        item->setIcon(0, style::icon(QStringLiteral("state-failed")));
    }
    // Messages are sentences: wrapped by hand so that the row grows instead of eliding them.
    auto wrapText = [](const QString &text) {
        QStringList lines;
        QString line;
        for (const QString &word : text.split(QLatin1Char(' '))) {
            if (!line.isEmpty() && line.size() + word.size() > 80) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty())
            lines << line;
        return lines.join(QLatin1Char('\n'));
    };
    for (const PreflightFinding &f : preflight.findings) {
        auto *item = new QTreeWidgetItem(m_findings, {wrapText(f.message), f.checkId});
        item->setToolTip(0, f.message);
        help::setFindingLink(item, 1, f.checkId);
        item->setIcon(0, style::icon(f.severity == Severity::Error     ? QStringLiteral("state-failed")
                                     : f.severity == Severity::Warning ? QStringLiteral("state-drift")
                                                                       : QStringLiteral("state-applied")));
        for (const QStringList &row : f.rows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << (i < f.columns.size() ? Preflight::columnTitle(f.columns.at(i)) + QStringLiteral(": ") : QString())
                             + row.at(i);
            new QTreeWidgetItem(item, {cells.join(QStringLiteral(", "))});
        }
        if (f.totalRows > f.rows.size())
            new QTreeWidgetItem(item, {tr("... %1 in all; list them with: %2").arg(QLocale().toString(f.totalRows)).arg(f.query)});
    }
    if (preflight.findings.isEmpty() && preflight.error.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_findings, {tr("No findings: the %n check(s) that apply passed.", nullptr,
                                                         int(preflight.checksRun.size())),
                                                      preflight.checksRun.join(QStringLiteral(", "))});
        item->setIcon(0, style::icon(QStringLiteral("state-applied")));
    }
    m_findings->expandAll();
}

void AnalysisPane::show(const PreviewReport &preview, const PreflightReport &preflight)
{
    showFindings(preflight);
    m_steps->clear();
    if (!preview.error.isEmpty())
        new QTreeWidgetItem(m_steps, {preview.error});
    for (const StepImpact &s : preview.steps) {
        auto *step = new QTreeWidgetItem(m_steps);
        step->setText(0, (s.step.backwards ? tr("Unapply %1") : tr("Apply %1")).arg(s.label));
        step->setText(1, lockModeName(s.strongestLock));
        step->setText(2, s.rewrites ? tr("rewrite") : s.scans ? tr("scan") : (s.isData ? tr("writes rows") : QString()));
        qint64 rows = 0;
        for (const ColumnFill &c : s.fills)
            rows = qMax(rows, c.toFill);
        if (s.isData)
            step->setText(3, format::count(rows, QLocale()));
        step->setText(4, s.summary);
        step->setToolTip(4, s.summary);
        QFont bold = step->font(0);
        bold.setBold(true);
        step->setFont(0, bold);
        step->setIcon(1, style::icon(s.strongestLock == LockMode::AccessExclusive ? QStringLiteral("lock")
                                                                                  : QStringLiteral("state-pending")));
        for (const TableStats &t : s.tableStats) {
            if (!t.exists)
                continue;
            auto *child = new QTreeWidgetItem(step);
            child->setText(0, tr("Table %1: about %2 rows, %3").arg(t.table, format::count(t.rowEstimate(), QLocale()), t.totalSize));
        }
        for (const StatementImpact &st : s.statements) {
            auto *child = new QTreeWidgetItem(step);
            QString sqlLine = st.sql.simplified();
            if (sqlLine.size() > 110)
                sqlLine = sqlLine.left(107) + QStringLiteral("...");
            child->setText(0, sqlLine);
            child->setToolTip(0, st.sql);
            // PostgreSQL's lock mode names stay as the server writes them.
            child->setText(1, st.lock == LockMode::None ? tr("none") : lockModeName(st.lock));
            child->setText(2, st.work == TableWork::None      ? tr("metadata only")
                              : st.work == TableWork::Scan    ? tr("scan")
                              : st.work == TableWork::Rewrite ? tr("rewrite")
                                                              : tr("writes rows"));
            child->setText(3, st.rows >= 0 ? format::count(st.rows, QLocale()) : QString());
            const QString held = (st.blocksApplication ? tr("lock held about %1, the application waits for it")
                                                       : tr("lock held about %1, the application does not wait"))
                                     .arg(format::duration(st.lockHeldMs, QLocale()));
            const QString note = st.note.isEmpty() ? held : tr("%1; %2").arg(st.note, held);
            child->setText(4, note);
            child->setToolTip(4, st.transaction.isEmpty() ? note : tr("%1 (%2)").arg(note, st.transaction));
        }
        for (const QString &h : s.hazards) {
            auto *child = new QTreeWidgetItem(step);
            child->setText(0, tr("Hazard: %1").arg(h));
            child->setToolTip(0, h);
            child->setIcon(0, style::icon(QStringLiteral("state-failed")));
        }
        for (const ColumnFill &c : s.fills) {
            auto *child = new QTreeWidgetItem(step);
            child->setText(0, s.step.backwards ? tr("%1.%2: sets back %3 values").arg(c.table, c.column, format::count(c.toFill, QLocale()))
                                               : tr("%1.%2: fills %3 NULLs, keeps %4 values")
                                                     .arg(c.table, c.column, format::count(c.toFill, QLocale()),
                                                          format::count(c.alreadySet, QLocale())));
            child->setText(3, format::count(c.toFill, QLocale()));
        }
        step->setExpanded(true);
    }
    // The WAL the plan writes, which every streaming replica receives and replays (an estimate).
    if (preview.ok() && !preview.steps.isEmpty()) {
        const WalEstimate wal = Preview::walEstimate(preview);
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, tr("WAL: about %1, estimated from the tables' sizes and row counts (plus up to %2 of "
                            "full-page images after a checkpoint); every streaming replica receives as much.")
                             .arg(format::bytes(wal.totalBytes, QLocale()), format::bytes(wal.fullPageBytes, QLocale())));
        for (const WalEstimate::Step &w : wal.steps)
            new QTreeWidgetItem(item, {tr("%1: about %2 (%3)").arg(w.label, format::bytes(w.bytes, QLocale()), w.how)});
    }
}

} // namespace gma::ui
