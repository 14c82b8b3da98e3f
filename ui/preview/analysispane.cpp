#include "analysispane.h"

#include "style.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gma::ui {

AnalysisJob::AnalysisJob(int generation, ConnectionSettings settings, MigrationCatalogue catalogue,
                         MigrationState state, Plan plan)
    : m_generation(generation), m_settings(std::move(settings)), m_catalogue(std::move(catalogue)),
      m_state(std::move(state)), m_plan(std::move(plan))
{
}

void AnalysisJob::run()
{
    PreviewReport preview;
    PreflightReport preflight;
    const QString name = Database::uniqueName(QStringLiteral("analysis"));
    {
        ConnectError error;
        auto db = Database::open(m_settings, name, &error);
        if (!db) {
            preview.error = error.message;
            preflight.error = error.message;
        } else {
            preview = Preview::analyse(*db, m_catalogue, m_state, m_plan);
            preflight = Preflight::run(*db, m_catalogue, m_state, m_plan);
        }
    }
    Database::close(name);
    emit done(m_generation, preview, preflight);
}

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

void AnalysisPane::clear(const QString &why)
{
    ++m_generation;
    m_title->setText(why);
    m_findings->clear();
    m_steps->clear();
}

void AnalysisPane::analyse(const ConnectionSettings &settings, const MigrationCatalogue &catalogue,
                           const MigrationState &state, const Plan &plan, const QString &title)
{
    const int generation = ++m_generation;
    if (plan.isEmpty()) {
        m_findings->clear();
        m_steps->clear();
        m_title->setText(tr("%1: nothing to do, so nothing to analyse.").arg(title));
        return;
    }
    m_title->setText(tr("Analysing %1 (%n step(s))...", nullptr, int(plan.steps.size())).arg(title));
    ++m_pending;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("gma-analysis"));
    auto *job = new AnalysisJob(generation, settings, catalogue, state, plan);
    job->moveToThread(thread);
    connect(thread, &QThread::started, job, &AnalysisJob::run);
    connect(job, &AnalysisJob::done, this,
            [this, title](int gen, const PreviewReport &preview, const PreflightReport &preflight) {
                --m_pending;
                if (gen != m_generation)
                    return;
                m_impact = preview;
                m_preflight = preflight;
                show(gen, preview, preflight);
                m_title->setText(preflight.ok()
                                     ? tr("%1: %2 error(s), %3 warning(s).")
                                           .arg(title)
                                           .arg(preflight.count(Severity::Error))
                                           .arg(preflight.count(Severity::Warning))
                                     : tr("%1: preflight found %2 error(s) that would stop the run; fix them first.")
                                           .arg(title)
                                           .arg(preflight.count(Severity::Error)));
                emit analysed();
            });
    connect(job, &AnalysisJob::done, thread, &QThread::quit);
    connect(thread, &QThread::finished, job, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void AnalysisPane::show(int, const PreviewReport &preview, const PreflightReport &preflight)
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
        item->setIcon(0, style::icon(f.severity == Severity::Error     ? QStringLiteral("state-failed")
                                     : f.severity == Severity::Warning ? QStringLiteral("state-drift")
                                                                       : QStringLiteral("state-applied")));
        for (const QStringList &row : f.rows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i)
                cells << (i < f.columns.size() ? f.columns.at(i) + QStringLiteral(": ") : QString()) + row.at(i);
            new QTreeWidgetItem(item, {cells.join(QStringLiteral(", "))});
        }
        if (f.totalRows > f.rows.size())
            new QTreeWidgetItem(item, {tr("... %1 in all; list them with: %2").arg(f.totalRows).arg(f.query)});
    }
    if (preflight.findings.isEmpty() && preflight.error.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_findings, {tr("No findings: the %n check(s) that apply passed.", nullptr,
                                                         int(preflight.checksRun.size())),
                                                      preflight.checksRun.join(QStringLiteral(", "))});
        item->setIcon(0, style::icon(QStringLiteral("state-applied")));
    }
    m_findings->expandAll();

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
            step->setText(3, QLocale().toString(rows));
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
            child->setText(0, tr("Table %1: about %2 rows, %3").arg(t.table, QLocale().toString(t.rowEstimate()), t.totalSize));
        }
        for (const StatementImpact &st : s.statements) {
            auto *child = new QTreeWidgetItem(step);
            QString sqlLine = st.sql.simplified();
            if (sqlLine.size() > 110)
                sqlLine = sqlLine.left(107) + QStringLiteral("...");
            child->setText(0, sqlLine);
            child->setToolTip(0, st.sql);
            child->setText(1, lockModeName(st.lock));
            child->setText(2, tableWorkName(st.work));
            child->setText(3, st.rows >= 0 ? QLocale().toString(st.rows) : QString());
            child->setText(4, st.note);
            child->setToolTip(4, st.note);
        }
        for (const ColumnFill &c : s.fills) {
            auto *child = new QTreeWidgetItem(step);
            child->setText(0, s.step.backwards ? tr("%1.%2: sets back %3 values").arg(c.table, c.column, QLocale().toString(c.toFill))
                                               : tr("%1.%2: fills %3 NULLs, keeps %4 values")
                                                     .arg(c.table, c.column, QLocale().toString(c.toFill),
                                                          QLocale().toString(c.alreadySet)));
            child->setText(3, QLocale().toString(c.toFill));
        }
        step->setExpanded(true);
    }
}

} // namespace gma::ui
