#include "recordtable.h"

#include <QHeaderView>
#include <QTableView>

namespace gma::ui {

QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, const QList<QPair<int, int>> &widths)
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
    for (const auto &[column, digits] : widths)
        table->setColumnWidth(column, digit * digits);
    return table;
}

} // namespace gma::ui
