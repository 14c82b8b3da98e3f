// The read-only record tables of the data views (history, backups, validation): their model base
// and their view, set up alike:
// whole rows selected one at a time, no row header, compact rows, column widths in digits.
// Thread rule: GUI thread only.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

class QTableView;
class QWidget;

namespace gma::ui {

// A table model over a list of engine records: the rows and the reset are shared, the subclass
// says which columns there are and what each shows (columnCount, data, headerData).
template <typename Record>
class RecordListModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    const QList<Record> &records() const { return m_records; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

protected:
    QList<Record> m_records;
};

// `widths`: (column, width in digits of the view's font).
QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, const QList<QPair<int, int>> &widths);

} // namespace gma::ui
