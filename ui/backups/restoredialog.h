// Asks for the database to restore a backup into and whether to replace its contents; warns
// before the connected database is overwritten.
// Thread rule: GUI thread only.
#pragma once

#include "backupcatalogue.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gma::ui {

// Asks for the database to restore into and whether to replace its contents.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const BackupRecord &backup, const QString &currentDatabase, QWidget *parent = nullptr);
    QString targetDatabase() const;
    bool clean() const;

private:
    void validate();

    QString m_currentDatabase;
    QLineEdit *m_target;
    QCheckBox *m_clean;
    QLabel *m_warning;
    QPushButton *m_ok;
};

} // namespace gma::ui
