// Asking where a report goes: the save dialog with the report formats (HTML, PDF, CSV, JSON) in
// the documents folder, the chosen filter's extension added when the name has none.
// Thread rule: GUI thread only.
#pragma once

#include <QString>

class QWidget;

namespace gma::ui {

// `baseName` without extension, e.g. "gma-validation-gma-20261203-101500"; empty when cancelled.
QString askReportPath(QWidget *parent, const QString &title, const QString &baseName);

} // namespace gma::ui
