// The fleet validation report: one document over every target of a targets file, a summary first
// (targets, their states, passes and failures), then a section per target (that database's
// validation report, or the sentence why it could not be validated). HTML, CSV and JSON are
// written here; the PDF is rendered by the gma_report library (PdfReport::writeFleet).
// Thread rule: pure functions over plain values; any thread.
#pragma once

#include "fleet.h"
#include "reporttables.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace gma {

struct FleetReport
{
    QString title = QStringLiteral("GMA fleet validation report");
    QString targetsFile;
    QDateTime generatedAt; // UTC
    QString toolVersion;
    QList<FleetResult> results; // one per target, in the targets file's order (FleetOptions::collectReports)

    // Every target was validated and passed.
    bool ok() const;
    // The labels of the targets that did not pass (checks failed, unreachable, ...).
    QStringList failing() const;
};

namespace FleetReports {
// "8 targets: 6 success, 1 check-failed, 1 unreachable."
QString countLine(const QList<FleetResult> &results);
// The verdict: "All 8 targets passed validation." or "2 of 8 targets did not pass: t5, gone."
QString verdict(const FleetReport &report);
// One row per target: target, database, state, checks, outcome, error.
ReportTable summary(const FleetReport &report);

QByteArray html(const FleetReport &report);
// One row per check and target (a target without checks: one row with its outcome and error).
QByteArray csv(const FleetReport &report);
QByteArray json(const FleetReport &report);
QVariantMap toVariant(const FleetReport &report);
// HTML, CSV or JSON by the extension of `path`; PDF is refused here (PdfReport::writeFleet).
bool write(const FleetReport &report, const QString &path, QString *error);
} // namespace FleetReports

} // namespace gma
