#include "recordtable.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>

namespace gma::ui {

namespace {

QVariant background(RecordTone tone)
{
    switch (tone) {
    case RecordTone::Bad:
        return QBrush(QColor(0xfd, 0xe4, 0xe1));
    case RecordTone::Warn:
        return QBrush(QColor(0xff, 0xf3, 0xd6));
    default:
        return {};
    }
}

QVariant foreground(RecordTone tone)
{
    switch (tone) {
    case RecordTone::Good:
        return QBrush(QColor(0x1e, 0x6b, 0x2a));
    case RecordTone::Warn:
        return QBrush(QColor(0x8a, 0x5a, 0x00));
    case RecordTone::Bad:
        return QBrush(QColor(0xb4, 0x23, 0x18));
    case RecordTone::Muted:
        return QBrush(QColor(0x6b, 0x72, 0x80));
    case RecordTone::Normal:
        break;
    }
    return {};
}

} // namespace

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return headers().value(section);
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= recordCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole: {
        const QVariant key = sortKey(row, column);
        return key.isValid() ? key : display(row, column);
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::BackgroundRole:
        return background(rowTone(row));
    case Qt::ForegroundRole:
        return foreground(cellTone(row, column));
    case Qt::FontRole:
        if (column == statusColumn() && (rowTone(row) == RecordTone::Bad || rowTone(row) == RecordTone::Warn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return extra(row, column, role);
    case Qt::TextAlignmentRole:
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return extra(row, column, role);
    }
}

QVariant RecordModel::sortKey(int, int) const
{
    return {};
}

QString RecordModel::toolTip(int, int) const
{
    return {};
}

RecordTone RecordModel::rowTone(int) const
{
    return RecordTone::Normal;
}

RecordTone RecordModel::cellTone(int row, int column) const
{
    const RecordTone tone = rowTone(row);
    if (column == statusColumn())
        return tone == RecordTone::Normal ? RecordTone::Good : tone;
    return tone == RecordTone::Muted ? RecordTone::Muted : RecordTone::Normal;
}

bool RecordModel::isNumeric(int) const
{
    return false;
}

QVariant RecordModel::extra(int, int, int) const
{
    return {};
}

QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, const QList<int> &widths)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    const int digit = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < widths.size(); ++column) {
        if (widths.at(column) > 0)
            table->setColumnWidth(column, digit * widths.at(column));
    }
    return table;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    label->hide();
    return label;
}

QSplitter *makeDetailsSplitter(QWidget *parent, QTableView *table, QWidget *details, int tableStretch,
                               const QList<int> &sizes)
{
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    splitter->addWidget(table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, tableStretch);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes(sizes);
    return splitter;
}

} // namespace gma::ui
