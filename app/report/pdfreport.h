// The PDF report: a title page (database, server version, user, time, tool version, migration
// state, overall result), then the checks, audit-field population per model, run history,
// backups and the exact SQL of each check, with a header and page numbers on every page.
// Rendered by Qt Gui (QPdfWriter, QPainter, QTextDocument); this library is the only part of
// the tool besides the desktop application that needs Qt Gui.
// Thread rule: write() needs a QGuiApplication to exist (fonts). It may run on a worker thread
// (it paints on a QPdfWriter, not on a screen surface; Qt renders text off the GUI thread on
// Linux, Windows and macOS), one call at a time. ReportData is only read.
#pragma once

#include "fleetreport.h"
#include "reportdata.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace gma::PdfReport {

// A QGuiApplication on the `offscreen` platform, for a command-line process that must render a
// PDF and would otherwise create a QCoreApplication. No display is needed.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

// Renders `data` to `path`. On failure returns false and one sentence in `error`.
bool write(const ReportData &data, const QString &path, QString *error);

// The report in the format `path`'s extension names: a PDF with write(), the others with
// ReportWriter::write(). On failure returns false and one sentence in `error`.
bool writeByExtension(const ReportData &data, const QString &path, QString *error);

// The body of the report as Qt rich text (used by write(); exposed for tests).
QString bodyRichText(const ReportData &data);

// The fleet validation report: a title page with the verdict and the targets, the summary table,
// then a section per target (its facts, checks, audit, history and backups).
bool writeFleet(const FleetReport &report, const QString &path, QString *error);
QString fleetBodyRichText(const FleetReport &report);
// The fleet report in the format `path`'s extension names: a PDF with writeFleet(), the others
// with FleetReports::write().
bool writeFleetByExtension(const FleetReport &report, const QString &path, QString *error);

} // namespace gma::PdfReport
