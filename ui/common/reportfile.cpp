#include "reportfile.h"

#include "reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace gma::ui {

QString askReportPath(QWidget *parent, const QString &title, const QString &baseName)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ReportFile", text); };
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested = QDir(dir).filePath(baseName + QStringLiteral(".html"));
    const QString filters = QStringList{tr("HTML report (*.html *.htm)"), tr("PDF report (*.pdf)"),
                                        tr("CSV, one row per check (*.csv)"), tr("JSON (*.json)")}
                                .join(QStringLiteral(";;"));
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title, suggested, filters, &selected);
    if (path.isEmpty())
        return path;
    if (ReportWriter::formatForPath(path) == ReportFormat::Unknown) {
        // No known extension: take the one of the chosen filter.
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\*(\\.\\w+)")).match(selected);
        path += m.hasMatch() ? m.captured(1) : QStringLiteral(".html");
    }
    return path;
}

} // namespace gma::ui
