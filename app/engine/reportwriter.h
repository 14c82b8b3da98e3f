// Writes a ReportData as HTML (self-contained: inline CSS, no external resources, printable), CSV
// or JSON. PDF is rendered by the gma_report library beside the engine (it needs Qt Gui).
//
// CSV columns (RFC 4180, UTF-8, header row, one row per check):
//   id, category, name, status (pass/fail/skipped), expected, actual, reason, duration_ms, sql
//
// Thread rule: pure functions over plain values; any thread.
#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QString>

namespace gma {

enum class ReportFormat { Html, Csv, Json, Pdf, Unknown };

namespace ReportWriter {
// The format a path's extension asks for (.html/.htm, .csv, .json, .pdf; case-insensitive).
ReportFormat formatForPath(const QString &path);
QString formatName(ReportFormat format); // "HTML", "CSV", ...

QByteArray html(const ReportData &data);
QByteArray csv(const ReportData &data);
QByteArray json(const ReportData &data);
// The report as a QVariantMap (the JSON document's content).
QVariantMap toVariant(const ReportData &data);

// Writes HTML, CSV or JSON to `path` (atomically). PDF is refused here: use PdfReport::write.
bool write(const ReportData &data, const QString &path, QString *error);

// Shared wording for every format.
QString escapeHtml(const QString &text);
QString summaryLine(const ValidationResult &validation); // "12 passed, 1 failed, 2 skipped"
} // namespace ReportWriter

} // namespace gma
