// The read-only record tables of the data views (history, backups, validation): their model base
// and their view, set up alike: whole rows selected one at a time, no row header, compact rows,
// column widths in digits, failed records tinted and status cells coloured the same way in every
// view. A view's model only says what each cell shows; the roles come from RecordModel.
// Thread rule: GUI thread only.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class QLabel;
class QSplitter;
class QTableView;
class QWidget;

namespace gma::ui {

// How a record or a cell stands: Bad (failed, missing), Warn (cancelled, not verified), Good
// (passed, verified), Muted (skipped), Normal.
enum class RecordTone { Normal, Good, Warn, Bad, Muted };

class RecordModel : public QAbstractTableModel
{
public:
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    virtual int recordCount() const = 0;
    virtual QStringList headers() const = 0; // one per column, translated
    virtual QVariant display(int row, int column) const = 0;
    // What the column sorts by, when not its text.
    virtual QVariant sortKey(int row, int column) const;
    virtual QString toolTip(int row, int column) const;
    // The record's tint (Bad and Warn tint the whole row).
    virtual RecordTone rowTone(int row) const;
    // A cell's colour; by default the status column shows the row's tone, Muted rows are grey.
    virtual RecordTone cellTone(int row, int column) const;
    virtual int statusColumn() const { return -1; }
    virtual bool isNumeric(int column) const;
    // Any other role (a view's own roles, fonts).
    virtual QVariant extra(int row, int column, int role) const;
};

// A RecordModel over a list of engine records.
template <typename Record>
class RecordListModel : public RecordModel
{
public:
    using RecordModel::RecordModel;
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
    int recordCount() const override { return int(m_records.size()); }
    QList<Record> m_records;
};

// `widths`: each column's width in digits of the view's font, in column order (0: as it comes).
QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, const QList<int> &widths);
// A red, wrapping sentence above a view's table, hidden until there is an error.
QLabel *makeErrorLabel(QWidget *parent);
// The table above, its details below, the table taking `tableStretch` parts of the height.
QSplitter *makeDetailsSplitter(QWidget *parent, QTableView *table, QWidget *details, int tableStretch,
                               const QList<int> &sizes);

} // namespace gma::ui
