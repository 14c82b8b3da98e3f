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
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested = QDir(dir).filePath(baseName + QStringLiteral(".html"));
    const QString filters = QStringList{QCoreApplication::translate("ReportFile", "HTML report (*.html *.htm)"), QCoreApplication::translate("ReportFile", "PDF report (*.pdf)"),
                                        QCoreApplication::translate("ReportFile", "CSV, one row per check (*.csv)"), QCoreApplication::translate("ReportFile", "JSON (*.json)")}
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
