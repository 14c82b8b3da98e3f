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
    m_values = m_isData && step.backwards;
    m_lastPercentPrinted = -1;
    m_throttle.clear();
    m_batchRows = 0;
    m_stepTimer.start();
    m_lastDraw.invalidate();
    if (!m_terminal) {
        const QString label = step.key.label();
        const QString verb =
            m_rehearsal ? tr("Rehearsing %1").arg(label)
                        : (step.backwards ? tr("Unapplying %1").arg(label) : tr("Applying %1").arg(label));
        m_err << QStringLiteral("[%1/%2] %3").arg(index + 1).arg(m_plan.steps.size()).arg(verb);
        if (m_isData && total >= 0)
            m_err << QStringLiteral(" (%1)").arg(m_values ? tr("%Ln value(s)", nullptr, int(total))
                                                          : tr("%Ln row(s)", nullptr, int(total)));
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
            const QLocale locale;
            const QString line =
                m_values ? tr("  %1/%2 values (%3%), %4 values/s") : tr("  %1/%2 rows (%3%), %4 rows/s");
            m_err << line.arg(locale.toString(done), locale.toString(total), locale.toString(percent),
                              locale.toString(qint64(done / secs)))
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
        const QLocale locale;
        line += QLatin1Char(' ') +
                (m_values ? tr("%1/%2 values, %3 values/s") : tr("%1/%2 rows, %3 rows/s"))
                    .arg(locale.toString(m_done), locale.toString(m_total), locale.toString(qint64(rate)));
        if (rate > 0 && m_done < m_total)
            line += tr(", ETA %1s").arg(locale.toString(qint64(double(m_total - m_done) / rate) + 1));
        if (m_batchRows > 0)
            line += tr(", batch %1").arg(locale.toString(m_batchRows));
        if (!m_throttle.isEmpty())
            line += tr(" [throttled: %1]").arg(m_throttle);
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
    m_throttle = reason.isEmpty() ? QString()
                                  : tr("%1, waiting %2").arg(reason, format::duration(waitedMs, QLocale()));
    if (m_terminal) {
        if (!m_lastDraw.isValid() || m_lastDraw.elapsed() > 100 || reason.isEmpty())
            draw(false);
    } else if (began) {
        m_err << tr("  throttled: %1").arg(reason) << Qt::endl;
    } else if (reason.isEmpty()) {
        m_err << tr("  resumed after %1").arg(format::duration(waitedMs, QLocale())) << Qt::endl;
    }
}

void ProgressPrinter::onBatchSize(int index, int rows, qint64 lastBatchMs)
{
    if (index != m_index)
        return;
    m_batchRows = rows;
    if (!m_terminal) {
        m_err << tr("  batch size %Ln row(s)", nullptr, rows);
        if (lastBatchMs >= 0)
            m_err << tr(" (last batch %1)").arg(format::duration(lastBatchMs, QLocale()));
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
