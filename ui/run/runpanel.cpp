#include "runpanel.h"

#include "format.h"
#include "style.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>
#include <limits>

namespace gma::ui {

namespace {

QString formatDuration(qint64 ms)
{
    return format::duration(ms, QLocale());
}

} // namespace

RunPanel::RunPanel(RunController *controller, const MigrationCatalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_catalogue(catalogue)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(tr("Nothing has run yet. Choose Migrate or Roll Back, or Rehearse in the preview."), this);
    m_title->setWordWrap(true);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    layout->addWidget(m_title);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_banner->hide();
    layout->addWidget(m_banner);
    addProgressRows(layout);
    m_lock = new QLabel(this);
    m_lock->setWordWrap(true);
    m_lock->setTextFormat(Qt::PlainText);
    m_lock->setMargin(6);
    m_lock->setStyleSheet(QStringLiteral("QLabel { background: #fff3d6; color: #5a3b00; border: 1px solid #e0a030; "
                                         "border-radius: 4px; }"));
    m_lock->hide();
    layout->addWidget(m_lock);
    m_pace = new QLabel(this);
    m_pace->setWordWrap(true);
    m_pace->setTextFormat(Qt::PlainText);
    m_pace->setAccessibleName(tr("Pacing and replica lag"));
    m_pace->hide();
    layout->addWidget(m_pace);
    layout->addWidget(makeStepsAndLog(), 1);
    connectController(controller);
}

void RunPanel::addProgressRows(QVBoxLayout *layout)
{
    auto *grid = new QVBoxLayout;
    auto *overallLabel = new QLabel(tr("Plan:"), this);
    m_overall = new QProgressBar(this);
    m_overall->setRange(0, 1);
    m_overall->setValue(0);
    m_overall->setFormat(tr("%v of %m steps"));
    m_overall->setAccessibleName(tr("Overall progress"));
    auto *row1 = new QHBoxLayout;
    row1->addWidget(overallLabel);
    row1->addWidget(m_overall, 1);
    grid->addLayout(row1);
    m_stepLabel = new QLabel(tr("Step:"), this);
    m_stepBar = new QProgressBar(this);
    m_stepBar->setRange(0, 1);
    m_stepBar->setValue(0);
    m_stepBar->setAccessibleName(tr("Step progress"));
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_stepLabel);
    row2->addWidget(m_stepBar, 1);
    grid->addLayout(row2);
    overallLabel->setMinimumWidth(50);
    m_stepLabel->setMinimumWidth(50);
    layout->addLayout(grid);

    auto *row3 = new QHBoxLayout;
    m_stats = new QLabel(this);
    m_stats->setTextFormat(Qt::PlainText);
    row3->addWidget(m_stats, 1);
    m_cancel = new QPushButton(style::icon(QStringLiteral("cancel")), tr("&Cancel Run"), this);
    m_cancel->setToolTip(tr("Stop safely: the running transaction is rolled back, a data step stops at the next "
                            "batch boundary."));
    m_cancel->setEnabled(false);
    row3->addWidget(m_cancel);
    layout->addLayout(row3);
}

QSplitter *RunPanel::makeStepsAndLog()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    m_steps = new QTreeWidget(split);
    m_steps->setRootIsDecorated(false);
    m_steps->setAlternatingRowColors(true);
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Rows"), tr("Time"), tr("Details")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setWordWrap(false);
    m_steps->setAccessibleName(tr("Steps of the run"));
    m_log = new QPlainTextEdit(split);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("The live log of the run appears here."));
    m_log->setAccessibleName(tr("Run log"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    return split;
}

void RunPanel::connectController(RunController *controller)
{
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRequested);
    connect(controller, &RunController::started, this, &RunPanel::onStarted);
    connect(controller, &RunController::finished, this, &RunPanel::onFinished);
    RunWorker *w = controller->worker();
    connect(w, &RunWorker::planStarted, this, &RunPanel::onPlanStarted);
    connect(w, &RunWorker::stepStarted, this, &RunPanel::onStepStarted);
    connect(w, &RunWorker::stepProgress, this, &RunPanel::onStepProgress);
    connect(w, &RunWorker::statementFinished, this, &RunPanel::onStatementFinished);
    connect(w, &RunWorker::waitingForLock, this, &RunPanel::onWaitingForLock);
    connect(w, &RunWorker::throttled, this, &RunPanel::onThrottled);
    connect(w, &RunWorker::batchSizeChanged, this, &RunPanel::onBatchSize);
    connect(w, &RunWorker::stepFinished, this, &RunPanel::onStepFinished);
    connect(w, &RunWorker::message, this, [this](const QString &text) { log(text); });
}

QString RunPanel::logText() const
{
    return m_log->toPlainText();
}

QString RunPanel::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

QString RunPanel::lockText() const
{
    return m_lock->isVisibleTo(this) ? m_lock->text() : QString();
}

void RunPanel::log(const QString &text, const QString &kind)
{
    const QString stamp = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    QString line = stamp + QLatin1Char(' ');
    if (!kind.isEmpty())
        line += kind + QStringLiteral(": ");
    m_log->appendPlainText(line + text);
}

void RunPanel::setBanner(const QString &text, const QString &kind)
{
    QString css;
    if (kind == QLatin1String("ok"))
        css = QStringLiteral("background: #e3f4e8; color: #14532d; border: 1px solid #6cc08b;");
    else if (kind == QLatin1String("warn"))
        css = QStringLiteral("background: #fff3d6; color: #5a3b00; border: 1px solid #e0a030;");
    else
        css = QStringLiteral("background: #fde4e2; color: #7a1410; border: 1px solid #e0847c;");
    m_banner->setStyleSheet(QStringLiteral("QLabel { %1 border-radius: 4px; }").arg(css));
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void RunPanel::updateStepItem(int index, const QString &state, const QString &detail)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    if (!item)
        return;
    item->setText(1, state);
    if (!detail.isNull())
        item->setText(4, detail);
}

void RunPanel::onStarted(const QString &title, bool dryRun)
{
    m_dryRun = dryRun;
    const RunOptions &o = m_controller->currentOptions();
    m_mode = (o.online ? tr("Mode: online; no statement of a schema or data step may keep the application waiting "
                            "longer than %1 for a lock (the stall budget).")
                             .arg(formatDuration(o.stallBudgetMs))
                       : tr("Mode: default; each schema step is one transaction that holds its table's lock until "
                            "it commits.")) +
             QLatin1Char(' ') +
             (o.pacing.adaptive ? tr("Data steps: paced batches of about %1.")
                                      .arg(formatDuration(onlineBatchOptions(o).pacing.targetMs))
                                : tr("Data steps: batches of %1 rows.").arg(QLocale().toString(o.batchSize)));
    updatePace();
    m_title->setText(title);
    setBanner(QString(), QString());
    m_lock->hide();
    m_cancel->setEnabled(true);
    m_overall->setRange(0, qMax(1, int(m_controller->currentPlan().steps.size())));
    m_overall->setValue(0);
    m_stepBar->setRange(0, 1);
    m_stepBar->setValue(0);
    m_stepBar->setFormat(QStringLiteral("%p%"));
    m_stats->clear();
    m_steps->clear();
    for (const PlanStep &s : m_controller->currentPlan().steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, (s.backwards ? tr("Unapply %1") : tr("Apply %1")).arg(s.key.label()));
        item->setText(1, tr("Waiting"));
        item->setIcon(1, style::icon(QStringLiteral("state-pending")));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_runTimer.start();
    log(title);
}

void RunPanel::onPlanStarted(int steps)
{
    m_stepCount = steps;
    m_overall->setRange(0, qMax(1, steps));
    m_overall->setValue(0);
}

void RunPanel::onStepStarted(int index, const PlanStep &step, qint64 totalRows)
{
    m_currentStep = index;
    m_stepTimer.start();
    m_lock->hide();
    const MigrationDefinition *def = m_catalogue.find(step.key);
    const bool isData = def && def->isData();
    m_stepLabel->setText(tr("Step %1:").arg(index + 1));
    m_stepBar->setRange(0, int(qBound<qint64>(qint64(1), totalRows, qint64(INT_MAX))));
    m_stepBar->setValue(0);
    m_stepBar->setFormat(isData ? tr("%v of %m rows (%p%)") : tr("%v of %m statements"));
    m_stats->setText((step.backwards ? tr("Unapplying %1") : tr("Applying %1")).arg(step.key.label()));
    if (QTreeWidgetItem *item = m_steps->topLevelItem(index))
        item->setIcon(1, style::icon(QStringLiteral("state-running")));
    updateStepItem(index, tr("Running"), QString());
    log((step.backwards ? tr("Unapplying %1 (%2 to do)") : tr("Applying %1 (%2 to do)"))
            .arg(step.key.label(), isData ? tr("%n rows", nullptr, int(qMin<qint64>(totalRows, INT_MAX)))
                                        : tr("%n statements", nullptr, int(totalRows))));
}

void RunPanel::onStepProgress(int index, qint64 done, qint64 total)
{
    if (index != m_currentStep)
        return;
    m_stepBar->setRange(0, int(qBound<qint64>(qint64(1), total, qint64(INT_MAX))));
    m_stepBar->setValue(int(qMin<qint64>(done, std::numeric_limits<int>::max())));
    const PlanStep step = m_controller->currentPlan().steps.value(index);
    const MigrationDefinition *def = m_catalogue.find(step.key);
    if (def && def->isData()) {
        // The counts in the locale's digits (QProgressBar writes %v and %m plainly).
        m_stepBar->setFormat(tr("%1 of %2 rows (%p%)").arg(QLocale().toString(done), QLocale().toString(total)));
        const double secs = double(m_stepTimer.elapsed()) / 1000.0;
        const double rate = secs > 0.0 ? double(done) / secs : 0.0;
        QString text = tr("%1: %2 of %3 rows").arg(step.key.label(), QLocale().toString(done), QLocale().toString(total));
        if (rate > 0.0) {
            text += tr(" · %1 rows/s").arg(QLocale().toString(qint64(rate)));
            const qint64 etaMs = qint64(double(total - done) / rate * 1000.0);
            text += tr(" · ETA %1").arg(done >= total ? tr("done") : formatDuration(etaMs));
        }
        m_stats->setText(text);
        if (QTreeWidgetItem *item = m_steps->topLevelItem(index))
            item->setText(2, QLocale().toString(done));
    }
}

void RunPanel::onStatementFinished(int index, const QString &sql, qint64 rows, qint64 ms)
{
    Q_UNUSED(index)
    QString text = sql.simplified();
    if (text.size() > 140)
        text = text.left(137) + QStringLiteral("...");
    // Row counts only where they mean something (DDL reports 0).
    if (rows > 0)
        log(tr("%1 (%2, %3)").arg(text, tr("%n rows", nullptr, int(qMin<qint64>(rows, INT_MAX))), formatDuration(ms)),
            QStringLiteral("SQL"));
    else
        log(tr("%1 (%2)").arg(text, formatDuration(ms)), QStringLiteral("SQL"));
}

void RunPanel::onWaitingForLock(int index, int attempt, const QString &blocker)
{
    const PlanStep step = m_controller->currentPlan().steps.value(index);
    m_lock->setText(tr("Waiting for a lock (attempt %1) before %2. Blocking session: %3")
                        .arg(attempt)
                        .arg(step.key.label(), blocker.isEmpty() ? tr("unknown") : blocker));
    m_lock->show();
    updateStepItem(index, tr("Waiting for lock"), blocker);
}

void RunPanel::onThrottled(int index, const QString &reason, qint64 waitedMs)
{
    const PlanStep step = m_controller->currentPlan().steps.value(index);
    const bool began = m_throttle.isEmpty() && !reason.isEmpty();
    m_throttle = reason.isEmpty() ? QString()
                                  : tr("Throttled before the next batch of %1: %2 (waiting %3).")
                                        .arg(step.key.label(), reason, formatDuration(waitedMs));
    if (began)
        log(tr("Throttled: %1").arg(reason));
    else if (reason.isEmpty())
        log(tr("Resumed after waiting %1.").arg(formatDuration(waitedMs)));
    updateStepItem(index, reason.isEmpty() ? tr("Running") : tr("Throttled"), reason);
    updatePace();
}

void RunPanel::onBatchSize(int index, int rows, qint64 lastBatchMs)
{
    Q_UNUSED(index)
    m_batch = lastBatchMs < 0 ? tr("Batch size: %1 rows (paced).").arg(QLocale().toString(rows))
                              : tr("Batch size: %1 rows (paced; the last batch took %2).")
                                    .arg(QLocale().toString(rows), formatDuration(lastBatchMs));
    updatePace();
}

void RunPanel::setReplicaLag(const QString &text)
{
    m_replicaLag = text;
    updatePace();
}

QString RunPanel::paceText() const
{
    return m_pace->isVisibleTo(this) ? m_pace->text() : QString();
}

void RunPanel::updatePace()
{
    QStringList lines;
    for (const QString &l : {m_mode, m_throttle, m_batch, m_replicaLag}) {
        if (!l.isEmpty())
            lines << l;
    }
    m_pace->setText(lines.join(QLatin1Char('\n')));
    m_pace->setVisible(!lines.isEmpty());
}

void RunPanel::onStepFinished(int index, const StepResult &result)
{
    m_lock->hide();
    m_throttle.clear();
    m_batch.clear();
    updatePace();
    m_overall->setValue(index + 1);
    if (QTreeWidgetItem *item = m_steps->topLevelItem(index)) {
        item->setIcon(1, style::icon(result.ok ? QStringLiteral("state-applied") : QStringLiteral("state-failed")));
        item->setText(2, result.rows > 0 || result.batches > 0 ? QLocale().toString(result.rows) : QString());
        item->setText(3, formatDuration(result.ms));
        QString detail;
        if (result.batches > 0)
            detail = tr("%n batches", nullptr, result.batches);
        if (result.attempts > 1)
            detail += (detail.isEmpty() ? QString() : QStringLiteral(", ")) + tr("%n attempts", nullptr, result.attempts);
        if (!result.ok)
            detail = result.error;
        updateStepItem(index, result.ok ? (m_dryRun ? tr("Rehearsed") : tr("Done"))
                                        : (result.cancelled ? tr("Cancelled") : tr("Failed")),
                       detail);
    }
    if (result.ok && result.rows > 0)
        log(tr("%1 finished: %2 rows in %3")
                .arg(result.step.key.label(), QLocale().toString(result.rows), formatDuration(result.ms)));
    else if (result.ok)
        log(tr("%1 finished in %2").arg(result.step.key.label(), formatDuration(result.ms)));
    else
        log(result.error, result.cancelled ? tr("Cancelled") : tr("Error"));
}

void RunPanel::onFinished(const RunOutcome &outcome)
{
    m_cancel->setEnabled(false);
    m_lock->hide();
    const RunResult &r = outcome.result;
    const QString took = formatDuration(m_runTimer.isValid() ? m_runTimer.elapsed() : 0);
    if (outcome.deployment) {
        setBanner(outcome.deployment->record.outcome,
                  outcome.deployment->ok() ? QStringLiteral("ok")
                  : outcome.deployment->changed && !outcome.deployment->rolledBack ? QStringLiteral("error")
                                                                                  : QStringLiteral("warn"));
        log(bannerText());
        return;
    }
    switch (r.status) {
    case RunResult::Status::Success:
        if (outcome.onCopy && outcome.rehearsal)
            setBanner(tr("Rehearsal on a copy finished in %1: the plan took %2 and its reverse %3 (the estimate for "
                         "production), every check passed, and the scratch database %4 was dropped. The database "
                         "was neither changed nor locked.")
                          .arg(took, formatDuration(outcome.rehearsal->stageMs(Rehearsal::stagePlan())),
                               formatDuration(outcome.rehearsal->stageMs(Rehearsal::stageReverse())),
                               outcome.rehearsal->scratchDatabase),
                      QStringLiteral("ok"));
        else if (outcome.dryRun)
            setBanner(tr("Rehearsal finished in %1: every step ran and was rolled back; the database is unchanged.")
                          .arg(took),
                      QStringLiteral("ok"));
        else if (r.steps.isEmpty())
            setBanner(tr("Nothing to do: the database already stands where the plan leads."), QStringLiteral("ok"));
        else
            setBanner(tr("Finished in %1: %n step(s) done.", nullptr, int(r.steps.size())).arg(took),
                      QStringLiteral("ok"));
        break;
    case RunResult::Status::Cancelled:
        setBanner(tr("Cancelled. %1").arg(r.error), QStringLiteral("warn"));
        break;
    case RunResult::Status::Refused:
        setBanner(tr("Not started. %1").arg(r.error), QStringLiteral("error"));
        break;
    case RunResult::Status::Failed:
        setBanner(tr("Failed. %1").arg(r.error), QStringLiteral("error"));
        break;
    }
    if (!outcome.backupPath.isEmpty())
        setBanner(m_banner->text() + QLatin1Char(' ') + tr("Backup taken first: %1").arg(outcome.backupPath),
                  r.ok() ? QStringLiteral("ok") : QStringLiteral("warn"));
    qint64 vacuumMs = 0;
    int vacuumed = 0;
    for (const VacuumResult &v : r.vacuums) {
        vacuumMs += v.ms;
        vacuumed += v.ok ? 1 : 0;
    }
    if (!r.vacuums.isEmpty())
        setBanner(m_banner->text() + QLatin1Char(' ') +
                      (vacuumed == r.vacuums.size()
                           ? tr("VACUUM (ANALYZE) of %n table(s) took %1.", nullptr, vacuumed).arg(formatDuration(vacuumMs))
                           : tr("VACUUM (ANALYZE) did not finish on every table (see the log): run it later.")),
                  r.ok() && vacuumed == r.vacuums.size() ? QStringLiteral("ok") : QStringLiteral("warn"));
    if (r.status == RunResult::Status::Success)
        m_stats->setText(tr("Total time %1").arg(took));
    log(bannerText());
}

} // namespace gma::ui
