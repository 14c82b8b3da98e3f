// Bars showing, per model and audit field, the share of rows that have a value: now and in the
// baseline snapshot (taken on connect or when the user sets it, e.g. before a run).
// Thread rule: GUI thread only; it paints the values it is given.
#pragma once

#include "audit.h"

#include <QDateTime>
#include <QWidget>

namespace gma::ui {

class AuditSummaryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AuditSummaryWidget(QWidget *parent = nullptr);

    void setSnapshots(const QList<ModelAudit> &baseline, const QDateTime &baselineTime,
                      const QList<ModelAudit> &current, const QDateTime &currentTime);
    void clear();
    // Filled share (0..1) of `column` of `model` now; -1 when the column or table is missing.
    double filledShare(const QString &model, const QString &column, bool baseline = false) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<ModelAudit> m_baseline, m_current;
    QDateTime m_baselineTime, m_currentTime;
};

} // namespace gma::ui
