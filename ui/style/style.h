// Look of the desktop application: light and dark palettes and the SVG icons of resources/icons,
// drawn at whatever size and device pixel ratio is asked for (HiDPI), with "currentColor" in an
// icon taking the palette's text colour.
// Thread rule: GUI thread only.
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace gma::ui::style {

// Applies the light or dark palette (Fusion style) to the application.
void applyTheme(bool dark);
bool isDark();
// An icon from :/icons/NAME.svg.
QIcon icon(const QString &name);
// Colours used for migration states in text.
QColor stateColor(const QString &state);

} // namespace gma::ui::style
