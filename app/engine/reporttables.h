// The sections of a validation report as plain tables of text: what each section shows, decided
// once, so that the HTML writer and the PDF renderer only choose how a table looks.
// Thread rule: pure functions over plain values; any thread.
#pragma once

#include "reportdata.h"

#include <QList>
#include <QPair>
#include <QString>

namespace gma {

struct ReportCell
{
    enum class Tone { Normal, Muted, Warn, Bad };
    QString text;
    QString note; // a smaller second line, empty when none
    QString link; // HTML: the text links here ("#target-2"); empty: no link
    bool number = false; // right-aligned
    bool strong = false;
    Tone tone = Tone::Normal;
};

struct ReportColumn
{
    QString title;
    int widthPercent = 0;
};

struct ReportTable
{
    QString title; // the section's heading; empty for a table inside a section
    QString intro; // a sentence under the heading, empty when none
    QString empty; // shown instead of the table when it has no rows
    QList<ReportColumn> columns;
    QList<QList<ReportCell>> rows;
};

namespace ReportTables {
// Label and value of the report's facts: database, connection, server, user, times, state.
QList<QPair<QString, QString>> facts(const ReportData &data);
ReportTable apps(const ReportData &data);    // latest recorded migration per app
ReportTable audit(const ReportData &data);   // NULL counts of the audit columns per model
ReportTable history(const ReportData &data); // the tool's runs, newest first
ReportTable backups(const ReportData &data); // the backup catalogue
ReportTable deployment(const ReportData &data); // a deployment's stages and their commands
} // namespace ReportTables

} // namespace gma
