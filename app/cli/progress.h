// Progress of a run on stderr: a redrawn progress bar on a terminal, plain lines otherwise. A paced
// data step's batch size and each throttled wait (why, and for how long) are shown in the bar, or
// printed as lines ("  batch size 2000 rows (last batch 35 ms)", "  throttled: ...", "  resumed
// after 1.20 s"); the ETA is the remaining rows at the rate so far, waits included.
// Thread rule: lives on the main thread with the Executor it watches (direct connections).
#pragma once

#include "executor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace gma::cli {

class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(Executor *executor, const MigrationCatalogue &catalogue, const Plan &plan, QTextStream &err,
                    bool terminal, bool rehearsal, QObject *parent = nullptr);

private:
    void onStepStarted(int index, const gma::PlanStep &step, qint64 total);
    void onProgress(int index, qint64 done, qint64 total);
    void onStepFinished(int index, const gma::StepResult &result);
    void onWaiting(int index, int attempt, const QString &blocker);
    void onThrottled(int index, const QString &reason, qint64 waitedMs);
    void onBatchSize(int index, int rows, qint64 lastBatchMs);
    void draw(bool final);
    void clearLine();

    const MigrationCatalogue &m_catalogue;
    Plan m_plan;
    bool m_values = false; // counts values, not rows: a data step setting back recorded values
    QTextStream &m_err;
    bool m_terminal;
    bool m_rehearsal;
    int m_index = -1;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_isData = false;
    QElapsedTimer m_stepTimer;
    QElapsedTimer m_lastDraw;
    int m_lastPercentPrinted = -1;
    QString m_throttle; // why the data step waits now, empty while it runs
    int m_batchRows = 0; // the adaptive batch size, 0: fixed
};

} // namespace gma::cli
