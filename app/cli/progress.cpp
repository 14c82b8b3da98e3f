#include "progress.h"

#include "format.h"

namespace gma::cli {

ProgressPrinter::ProgressPrinter(Executor *executor, const MigrationCatalogue &catalogue, const Plan &plan,
                                 QTextStream &err, bool terminal, bool rehearsal, QObject *parent)
    : QObject(parent), m_catalogue(catalogue), m_plan(plan), m_err(err), m_terminal(terminal), m_rehearsal(rehearsal)
{
    connect(executor, &Executor::stepStarted, this, &ProgressPrinter::onStepStarted);
    connect(executor, &Executor::stepProgress, this, &ProgressPrinter::onProgress);
    connect(executor, &Executor::stepFinished, this, &ProgressPrinter::onStepFinished);
    connect(executor, &Executor::waitingForLock, this, &ProgressPrinter::onWaiting);
    connect(executor, &Executor::throttled, this, &ProgressPrinter::onThrottled);
    connect(executor, &Executor::batchSizeChanged, this, &ProgressPrinter::onBatchSize);
    connect(executor, &Executor::message, this, [this](const QString &text) {
        clearLine();
        m_err << "  " << text << Qt::endl;
    });
}

void ProgressPrinter::clearLine()
{
    if (m_terminal)
        m_err << "\r\033[K";
}

void ProgressPrinter::onStepStarted(int index, const PlanStep &step, qint64 total)
{
    m_index = index;
    m_done = 0;
    m_total = total;
    const MigrationDefinition *def = m_catalogue.find(step.key);
    m_isData = def && def->isData();
    m_unit = m_isData && step.backwards ? QStringLiteral("values") : QStringLiteral("rows");
    m_lastPercentPrinted = -1;
    m_throttle.clear();
    m_batchRows = 0;
    m_stepTimer.start();
    m_lastDraw.invalidate();
    const QString verb = m_rehearsal ? QStringLiteral("Rehearsing") : (step.backwards ? QStringLiteral("Unapplying")
                                                                                      : QStringLiteral("Applying"));
    if (!m_terminal) {
        m_err << QStringLiteral("[%1/%2] %3 %4").arg(index + 1).arg(m_plan.steps.size()).arg(verb, step.key.label());
        if (m_isData && total >= 0)
            m_err << QStringLiteral(" (%1 %2)").arg(total).arg(m_unit);
        m_err << Qt::endl;
    } else {
        draw(false);
    }
}

void ProgressPrinter::onProgress(int index, qint64 done, qint64 total)
{
    if (index != m_index)
        return;
    m_done = done;
    m_total = total;
    if (m_terminal) {
        if (!m_lastDraw.isValid() || m_lastDraw.elapsed() > 100 || done >= total)
            draw(false);
    } else if (m_isData && total > 0) {
        const int percent = int(100 * done / total);
        if (percent / 10 != m_lastPercentPrinted / 10 || done >= total) {
            m_lastPercentPrinted = percent;
            const double secs = qMax<qint64>(1, m_stepTimer.elapsed()) / 1000.0;
            m_err << QStringLiteral("  %1/%2 %3 (%4%), %5 %3/s").arg(done).arg(total).arg(m_unit).arg(percent).arg(qint64(done / secs))
                  << Qt::endl;
        }
    }
}

void ProgressPrinter::draw(bool final)
{
    m_lastDraw.start();
    const PlanStep &step = m_plan.steps.value(m_index);
    const int width = 30;
    const double fraction = m_total > 0 ? qBound(0.0, double(m_done) / double(m_total), 1.0) : (final ? 1.0 : 0.0);
    const int filled = int(fraction * width);
    QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    QString line = QStringLiteral("[%1/%2] [%3] %4% %5")
                       .arg(m_index + 1)
                       .arg(m_plan.steps.size())
                       .arg(bar)
                       .arg(int(fraction * 100), 3)
                       .arg(step.key.label());
    if (m_isData && m_total > 0) {
        const double secs = qMax<qint64>(1, m_stepTimer.elapsed()) / 1000.0;
        const double rate = double(m_done) / secs;
        line += QStringLiteral(" %1/%2 %3, %4 %3/s").arg(m_done).arg(m_total).arg(m_unit).arg(qint64(rate));
        if (rate > 0 && m_done < m_total)
            line += QStringLiteral(", ETA %1s").arg(qint64(double(m_total - m_done) / rate) + 1);
        if (m_batchRows > 0)
            line += QStringLiteral(", batch %1").arg(m_batchRows);
        if (!m_throttle.isEmpty())
            line += QStringLiteral(" [throttled: %1]").arg(m_throttle);
    }
    clearLine();
    m_err << line;
    m_err.flush();
}

void ProgressPrinter::onStepFinished(int index, const StepResult &result)
{
    if (index != m_index)
        return;
    if (m_terminal) {
        if (result.ok)
            m_done = m_total;
        draw(true);
        m_err << Qt::endl;
    }
    Q_UNUSED(result);
}

void ProgressPrinter::onThrottled(int index, const QString &reason, qint64 waitedMs)
{
    if (index != m_index)
        return;
    const bool began = m_throttle.isEmpty() && !reason.isEmpty();
    m_throttle = reason.isEmpty() ? QString() : QStringLiteral("%1, waiting %2").arg(reason, format::duration(waitedMs));
    if (m_terminal) {
        if (!m_lastDraw.isValid() || m_lastDraw.elapsed() > 100 || reason.isEmpty())
            draw(false);
    } else if (began) {
        m_err << QStringLiteral("  throttled: %1").arg(reason) << Qt::endl;
    } else if (reason.isEmpty()) {
        m_err << QStringLiteral("  resumed after %1").arg(format::duration(waitedMs)) << Qt::endl;
    }
}

void ProgressPrinter::onBatchSize(int index, int rows, qint64 lastBatchMs)
{
    if (index != m_index)
        return;
    m_batchRows = rows;
    if (!m_terminal) {
        m_err << QStringLiteral("  batch size %1 rows").arg(rows);
        if (lastBatchMs >= 0)
            m_err << QStringLiteral(" (last batch %1)").arg(format::duration(lastBatchMs));
        m_err << Qt::endl;
    }
}

void ProgressPrinter::onWaiting(int index, int attempt, const QString &blocker)
{
    Q_UNUSED(index);
    Q_UNUSED(attempt);
    Q_UNUSED(blocker);
    // The executor's message() signal carries the full sentence; nothing more to print here.
}

} // namespace gma::cli
