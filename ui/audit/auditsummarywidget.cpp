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

namespace {

// The colours and fonts of one paint.
struct Ink
{
    QColor text, muted, track;
    QColor good{0x2e, 0x7d, 0x32}, partial{0xe0, 0x8a, 0x00};
    QColor baseline{0x78, 0x86, 0x9a};
    QFont small, bold;
};

// One field: its label, the bar of now, the thin bar of the baseline below, and their values.
void drawField(QPainter &p, const Ink &ink, const QRect &block, int y, const QString &column, double now,
               double was)
{
    p.setFont(ink.small);
    p.setPen(ink.text);
    p.drawText(QRect(block.left(), y, kLabelWidth, kBarHeight + 2), Qt::AlignLeft | Qt::AlignVCenter,
               fieldLabel(column));
    const int valueWidth = p.fontMetrics().horizontalAdvance(AuditSummaryWidget::tr("was 100.0 %")) + 6;
    const QRectF bar(block.left() + kLabelWidth, y + 1, block.width() - kLabelWidth - valueWidth, kBarHeight);
    p.setPen(Qt::NoPen);
    p.setBrush(ink.track);
    p.drawRoundedRect(bar, 3, 3);
    if (now > 0) {
        p.setBrush(now >= 1.0 ? ink.good : ink.partial);
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * now, bar.height()), 3, 3);
    }
    p.setPen(now < 0 ? ink.muted : ink.text);
    p.drawText(QRect(int(bar.right()) + 4, y, valueWidth, kBarHeight + 2), Qt::AlignRight | Qt::AlignVCenter,
               now < 0 ? AuditSummaryWidget::tr("—") : percent(now));
    const QRectF base(bar.left(), bar.bottom() + 3, bar.width(), kBaselineHeight);
    p.setPen(Qt::NoPen);
    p.setBrush(ink.track);
    p.drawRoundedRect(base, 2, 2);
    if (was > 0) {
        p.setBrush(ink.baseline);
        p.drawRoundedRect(QRectF(base.left(), base.top(), base.width() * was, base.height()), 2, 2);
    }
    p.setPen(ink.muted);
    p.drawText(QRect(int(bar.right()) + 4, int(base.top()) - 2, valueWidth, kBaselineHeight + 8),
               Qt::AlignRight | Qt::AlignVCenter,
               was < 0 ? AuditSummaryWidget::tr("was absent") : AuditSummaryWidget::tr("was %1").arg(percent(was)));
}

// A model's block: its name and rows, then a bar pair per audit field.
void drawModel(QPainter &p, const Ink &ink, const QRect &block, const ModelAudit &m, const ModelAudit *before)
{
    p.setFont(ink.bold);
    p.setPen(ink.text);
    const QString rows = m.tableExists ? AuditSummaryWidget::tr("%1 rows").arg(QLocale().toString(m.rows))
                                       : AuditSummaryWidget::tr("no table");
    p.drawText(QRect(block.left(), block.top(), block.width(), kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               m.model);
    p.setFont(ink.small);
    p.setPen(ink.muted);
    p.drawText(QRect(block.left(), block.top(), block.width(), kTitleHeight), Qt::AlignRight | Qt::AlignVCenter,
               rows);
    int y = block.top() + kTitleHeight;
    for (const AuditFieldStat &f : m.fields) {
        drawField(p, ink, block, y, f.column, share(&m, &f), share(before, findField(before, f.column)));
        y += kFieldHeight;
    }
}

} // namespace

void AuditSummaryWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    Ink ink;
    ink.text = pal.color(QPalette::WindowText);
    ink.muted = ink.text;
    ink.muted.setAlphaF(0.6);
    ink.track = pal.color(QPalette::Window).darker(112);
    ink.small = font();
    ink.small.setPointSizeF(ink.small.pointSizeF() * 0.9);
    ink.bold = font();
    ink.bold.setBold(true);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Legend.
    p.setFont(ink.small);
    int x = area.left();
    const int ly = area.top() + kLegendHeight / 2;
    const auto legend = [&](const QColor &c, int h, const QString &label) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRectF(x, ly - h / 2.0, 18, h), 2, 2);
        x += 24;
        p.setPen(ink.muted);
        const int w = p.fontMetrics().horizontalAdvance(label);
        p.drawText(QRect(x, area.top(), w + 4, kLegendHeight), Qt::AlignVCenter | Qt::AlignLeft, label);
        x += w + 18;
    };
    const QLocale locale;
    legend(ink.good, kBarHeight,
           m_currentTime.isValid()
               ? tr("Now (%1)").arg(locale.toString(m_currentTime.toLocalTime().time(), QLocale::ShortFormat))
               : tr("Now"));
    legend(ink.baseline, kBaselineHeight,
           m_baselineTime.isValid()
               ? tr("Baseline (%1)")
                     .arg(locale.toString(m_baselineTime.toLocalTime().time(), QLocale::ShortFormat))
               : tr("Baseline"));

    if (m_current.isEmpty()) {
        p.setPen(ink.muted);
        p.drawText(area.adjusted(0, kLegendHeight, 0, 0), Qt::AlignCenter, tr("No figures yet."));
        return;
    }
    const int n = int(m_current.size());
    const int gap = 24;
    const int blockWidth = (area.width() - gap * (n - 1)) / n;
    for (int i = 0; i < n; ++i) {
        const ModelAudit &m = m_current.at(i);
        const QRect block(area.left() + i * (blockWidth + gap), area.top() + kLegendHeight, blockWidth,
                          area.height() - kLegendHeight);
        drawModel(p, ink, block, m, findModel(m_baseline, m.model));
    }
}

} // namespace gma::ui
