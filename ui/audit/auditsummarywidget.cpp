#include "auditsummarywidget.h"

#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

namespace gma::ui {

namespace {

constexpr int kMargin = 8;
constexpr int kTitleHeight = 20;
constexpr int kLegendHeight = 22;
constexpr int kFieldHeight = 30;
constexpr int kLabelWidth = 92;
constexpr int kBarHeight = 12;
constexpr int kBaselineHeight = 5;

const ModelAudit *findModel(const QList<ModelAudit> &list, const QString &model)
{
    for (const ModelAudit &m : list) {
        if (m.model == model)
            return &m;
    }
    return nullptr;
}

const AuditFieldStat *findField(const ModelAudit *m, const QString &column)
{
    if (!m)
        return nullptr;
    for (const AuditFieldStat &f : m->fields) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

double share(const ModelAudit *m, const AuditFieldStat *f)
{
    if (!m || !f || !m->tableExists || !f->present)
        return -1.0;
    if (m->rows == 0)
        return 1.0;
    return 1.0 - m->nullShare(*f);
}

QString fieldLabel(const QString &column)
{
    QString label = column;
    if (label.endsWith(QLatin1String("_id")))
        label.chop(3);
    return label;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', share > 0.0 && share < 0.001 ? 2 : 1) +
           QStringLiteral(" %");
}

} // namespace

AuditSummaryWidget::AuditSummaryWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void AuditSummaryWidget::setSnapshots(const QList<ModelAudit> &baseline, const QDateTime &baselineTime,
                                      const QList<ModelAudit> &current, const QDateTime &currentTime)
{
    m_baseline = baseline;
    m_baselineTime = baselineTime;
    m_current = current;
    m_currentTime = currentTime;
    updateGeometry();
    update();
}

void AuditSummaryWidget::clear()
{
    m_baseline.clear();
    m_current.clear();
    update();
}

double AuditSummaryWidget::filledShare(const QString &model, const QString &column, bool baseline) const
{
    const ModelAudit *m = findModel(baseline ? m_baseline : m_current, model);
    return share(m, findField(m, column));
}

QSize AuditSummaryWidget::sizeHint() const
{
    return {720, minimumSizeHint().height()};
}

QSize AuditSummaryWidget::minimumSizeHint() const
{
    const int fields = int(Audit::auditColumns().size());
    return {480, kMargin * 2 + kLegendHeight + kTitleHeight + fields * kFieldHeight};
}

void AuditSummaryWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.6);
    const QColor track = pal.color(QPalette::Window).darker(112);
    const QColor good(0x2e, 0x7d, 0x32), partial(0xe0, 0x8a, 0x00), empty(0xc6, 0x28, 0x28);
    const QColor baselineColor(0x78, 0x86, 0x9a);

    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    QFont bold = font();
    bold.setBold(true);

    // Legend.
    p.setFont(small);
    int x = area.left();
    const int ly = area.top() + kLegendHeight / 2;
    const auto legend = [&](const QColor &c, int h, const QString &label) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(x, ly - h / 2.0, 18, h), 2, 2);
        x += 24;
        p.setPen(muted);
        const int w = p.fontMetrics().horizontalAdvance(label);
        p.drawText(QRect(x, area.top(), w + 4, kLegendHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += w + 18;
    };
    const QLocale locale;
    legend(good, kBarHeight,
           m_currentTime.isValid()
               ? tr("Now (%1)").arg(locale.toString(m_currentTime.toLocalTime().time(), QLocale::ShortFormat))
               : tr("Now"));
    legend(baselineColor, kBaselineHeight,
           m_baselineTime.isValid()
               ? tr("Baseline (%1)")
                     .arg(locale.toString(m_baselineTime.toLocalTime().time(), QLocale::ShortFormat))
               : tr("Baseline"));

    if (m_current.isEmpty()) {
        p.setPen(muted);
        p.drawText(area.adjusted(0, kLegendHeight, 0, 0), Qt::AlignCenter, tr("No figures yet."));
        return;
    }

    const int n = int(m_current.size());
    const int gap = 24;
    const int blockWidth = (area.width() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const ModelAudit &m = m_current.at(i);
        const ModelAudit *before = findModel(m_baseline, m.model);
        const QRect block(area.left() + i * (blockWidth + gap), area.top() + kLegendHeight, blockWidth,
                          area.height() - kLegendHeight);
        p.setFont(bold);
        p.setPen(text);
        const QString rows = m.tableExists ? tr("%1 rows").arg(locale.toString(m.rows)) : tr("no table");
        p.drawText(QRect(block.left(), block.top(), block.width(), kTitleHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, m.model);
        p.setFont(small);
        p.setPen(muted);
        p.drawText(QRect(block.left(), block.top(), block.width(), kTitleHeight),
                   Qt::AlignRight | Qt::AlignVCenter, rows);

        int y = block.top() + kTitleHeight;
        for (const AuditFieldStat &f : m.fields) {
            const double now = share(&m, &f);
            const double was = share(before, findField(before, f.column));
            p.setFont(small);
            p.setPen(text);
            p.drawText(QRect(block.left(), y, kLabelWidth, kBarHeight + 2), Qt::AlignLeft | Qt::AlignVCenter,
                       fieldLabel(f.column));
            const int valueWidth = p.fontMetrics().horizontalAdvance(tr("was 100.0 %")) + 6;
            const QRectF bar(block.left() + kLabelWidth, y + 1, block.width() - kLabelWidth - valueWidth,
                             kBarHeight);
            p.setPen(Qt::NoPen);
            p.setBrush(track);
            p.drawRoundedRect(bar, 3, 3);
            if (now > 0) {
                p.setBrush(now >= 1.0 ? good : (now > 0.0 ? partial : empty));
                p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * now, bar.height()), 3, 3);
            }
            p.setPen(now < 0 ? muted : text);
            p.drawText(QRect(int(bar.right()) + 4, y, valueWidth, kBarHeight + 2),
                       Qt::AlignRight | Qt::AlignVCenter, now < 0 ? tr("—") : percent(now));
            // The baseline, thin, just below.
            const QRectF base(bar.left(), bar.bottom() + 3, bar.width(), kBaselineHeight);
            p.setPen(Qt::NoPen);
            p.setBrush(track);
            p.drawRoundedRect(base, 2, 2);
            if (was > 0) {
                p.setBrush(baselineColor);
                p.drawRoundedRect(QRectF(base.left(), base.top(), base.width() * was, base.height()), 2, 2);
            }
            p.setPen(muted);
            p.drawText(QRect(int(bar.right()) + 4, int(base.top()) - 2, valueWidth, kBaselineHeight + 8),
                       Qt::AlignRight | Qt::AlignVCenter,
                       was < 0 ? tr("was absent") : tr("was %1").arg(percent(was)));
            y += kFieldHeight;
        }
    }
}

} // namespace gma::ui
