// Writes a ReportData as HTML (self-contained: inline CSS, no external resources, printable), CSV
// or JSON. PDF is rendered by the gma_report library beside the engine (it needs Qt Gui).
//
// CSV columns (RFC 4180, UTF-8, header row, one row per check):
//   id, category, name, status (pass/fail/skipped), expected, actual, reason, duration_ms, sql
//
// Thread rule: pure functions over plain values; any thread.
#pragma once

#include "reportdata.h"
#include "reporttables.h"

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

// Writes `bytes` to `path` atomically, readable by the owner only (a report names the database,
// its users and its rows); false and one sentence on failure.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

// The parts a report of several databases (the fleet report) is made of.
// One database's sections (verdict banner, database, checks, audit, history, backups, queries) with
// headings at `level` (2 in a report of its own, 3 inside a fleet report's target section);
// anchors begin with `anchor`, so that several databases' sections fit in one document.
QString htmlSections(const ReportData &data, int level, const QString &anchor);
QString htmlTable(const ReportTable &table, int level);
QString banner(bool ok, const QString &text); // the green or red verdict line
// A self-contained HTML document (the report's inline CSS) around `body`.
QByteArray htmlDocument(const QString &title, const QString &body);
QString csvField(const QString &text); // quoted as RFC 4180 needs
QString csvLine(const QStringList &fields); // the fields, quoted, with CRLF
QString csvCheckHeader(); // the check columns, as the CSV columns above
QStringList csvCheckFields(const CheckResult &check);

// Shared wording for every format.
QString escapeHtml(const QString &text);
QString summaryLine(const ValidationResult &validation); // "12 passed, 1 failed, 2 skipped"
} // namespace ReportWriter

} // namespace gma
