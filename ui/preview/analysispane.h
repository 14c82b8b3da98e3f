// The impact and preflight tab of the preview: for the plan of the selection, the findings of
// the preflight checks (value too long, NULL conversions, lock holders, privileges, drift ...)
// and, per step and statement, the lock it takes, whether it rewrites or scans the table, the
// table sizes and the rows a data step will fill. Computed as a job of kind "analysis" on the
// session's tree worker under read limits: a newer request cancels the stale one on the server,
// and a held lock shows up as a finding naming its holder instead of a hang.
// Thread rule: GUI thread only.
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "planner.h"
#include "preflight.h"
#include "preview.h"
#include "state.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace gma::ui {

class DbWorker;

class AnalysisPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPane(QWidget *parent = nullptr);

    // Starts the analysis of `plan` on `worker` (a running older one is cancelled).
    void analyse(DbWorker *worker, const MigrationCatalogue &catalogue, const MigrationState &state,
                 const Plan &plan, const QString &title);
    // The next analyses preview the schema steps' --online variant (RunOptions::online) against
    // `stallBudgetMs`.
    void setOnline(bool online, int stallBudgetMs);
    // Shows `why` instead (and cancels a running analysis).
    void clear(const QString &why);
    bool isBusy() const { return m_busy; }
    QString titleText() const;
    const PreflightReport &preflight() const { return m_preflight; }
    const PreviewReport &impact() const { return m_impact; }
    QTreeWidget *findingsTree() const { return m_findings; }
    QTreeWidget *impactTree() const { return m_steps; }

signals:
    void analysed();

private:
    struct Reports
    {
        PreviewReport preview;
        PreflightReport preflight;
    };
    void show(const PreviewReport &preview, const PreflightReport &preflight);
    void showFindings(const PreflightReport &preflight);

    QLabel *m_title;
    QTreeWidget *m_findings;
    QTreeWidget *m_steps;
    DbWorker *m_worker = nullptr;
    bool m_busy = false;
    bool m_online = false;
    int m_stallBudgetMs = 1000;
    PreviewReport m_impact;
    PreflightReport m_preflight;
};

} // namespace gma::ui
