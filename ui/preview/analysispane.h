// The impact and preflight tab of the preview: for the plan of the selection, the findings of
// the preflight checks (value too long, NULL conversions, lock holders, privileges, drift ...)
// and, per step and statement, the lock it takes, whether it rewrites or scans the table, the
// table sizes and the rows a data step will fill. Computed on a worker thread with a connection
// of its own; only the newest request is shown.
// Thread rule: AnalysisPane on the GUI thread; AnalysisJob::run on its own worker thread.
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

class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    AnalysisJob(int generation, ConnectionSettings settings, MigrationCatalogue catalogue, MigrationState state,
                Plan plan);
    void run();

signals:
    void done(int generation, const gma::PreviewReport &preview, const gma::PreflightReport &preflight);

private:
    int m_generation;
    ConnectionSettings m_settings;
    MigrationCatalogue m_catalogue;
    MigrationState m_state;
    Plan m_plan;
};

class AnalysisPane : public QWidget
{
    Q_OBJECT
public:
    explicit AnalysisPane(QWidget *parent = nullptr);

    // Starts the analysis of `plan` (the previous one's result, if it comes late, is dropped).
    void analyse(const ConnectionSettings &settings, const MigrationCatalogue &catalogue, const MigrationState &state,
                 const Plan &plan, const QString &title);
    void clear(const QString &why);
    bool isBusy() const { return m_pending > 0; }
    const PreflightReport &preflight() const { return m_preflight; }
    const PreviewReport &impact() const { return m_impact; }
    QTreeWidget *findingsTree() const { return m_findings; }
    QTreeWidget *impactTree() const { return m_steps; }

signals:
    void analysed();

private:
    void show(int generation, const PreviewReport &preview, const PreflightReport &preflight);

    QLabel *m_title;
    QTreeWidget *m_findings;
    QTreeWidget *m_steps;
    int m_generation = 0;
    int m_pending = 0;
    PreviewReport m_impact;
    PreflightReport m_preflight;
};

} // namespace gma::ui
