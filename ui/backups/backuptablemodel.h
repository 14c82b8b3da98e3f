// The backup catalogue as a table: id, time, file (marked when missing), format, size, migration
// state, verified, who took it, note.
// Thread rule: GUI thread only.
#pragma once

#include "recordtable.h"

#include "backupcatalogue.h"

#include <QSet>

namespace gma::ui {

class BackupTableModel : public RecordListModel<BackupRecord>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TakenColumn,
        FileColumn,
        FormatColumn,
        SizeColumn,
        StateColumn,
        VerifiedColumn,
        UserColumn,
        NoteColumn,
        ColumnCount
    };

    using RecordListModel::RecordListModel;
    void setBackups(const QList<BackupRecord> &backups, const QSet<QString> &missing);
    const QList<BackupRecord> &backups() const { return m_records; }

    // "characters 0004, items 0004, locations 0004" from a catalogue row's migration state.
    static QString stateSummary(const BackupRecord &record);

protected:
    QStringList headers() const override;
    QVariant display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    RecordTone cellTone(int row, int column) const override;
    bool isNumeric(int column) const override { return column == IdColumn || column == SizeColumn; }
    QVariant extra(int row, int column, int role) const override;

private:
    QSet<QString> m_missing; // paths no longer on disk
};

} // namespace gma::ui
