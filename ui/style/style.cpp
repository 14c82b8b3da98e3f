#include "style.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QSvgRenderer>

namespace gma::ui::style {

namespace {

bool g_dark = false;

// Renders SVG bytes at any size; "currentColor" becomes the palette's text colour at paint time,
// so the same icon reads well on the light and the dark palette.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect.topLeft(), pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor text = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
        const QString key = QStringLiteral("%1x%2-%3-%4")
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode))
                                .arg(text.name());
        const auto it = m_cache.constFind(key);
        if (it != m_cache.constEnd())
            return it.value();
        QByteArray data = m_svg;
        data.replace("currentColor", text.name().toLatin1());
        QSvgRenderer renderer(data);
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            if (mode == QIcon::Disabled)
                p.setOpacity(0.35);
            renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        if (m_cache.size() > 64)
            m_cache.clear();
        m_cache.insert(key, pm);
        return pm;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("gma-svg"); }

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xf5));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x83));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xbf));
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
    return p;
}

} // namespace

void applyTheme(bool dark)
{
    g_dark = dark;
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

bool isDark()
{
    return g_dark;
}

QIcon icon(const QString &name)
{
    // Cached: the tree asks for state icons on every paint. The engine reads the palette when it
    // paints, so a cached icon follows a theme change.
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return it.value();
    QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
    QIcon result;
    if (f.open(QIODevice::ReadOnly))
        result = QIcon(new SvgIconEngine(f.readAll()));
    cache.insert(name, result);
    return result;
}

QColor stateColor(const QString &state)
{
    if (state == QLatin1String("applied"))
        return g_dark ? QColor(0x6f, 0xcf, 0x8a) : QColor(0x1f, 0x7a, 0x3a);
    if (state == QLatin1String("failed"))
        return g_dark ? QColor(0xff, 0x7a, 0x70) : QColor(0xb3, 0x26, 0x1e);
    if (state == QLatin1String("drift"))
        return g_dark ? QColor(0xff, 0xb8, 0x4d) : QColor(0xa8, 0x62, 0x00);
    return QApplication::palette().color(QPalette::PlaceholderText);
}

} // namespace gma::ui::style
