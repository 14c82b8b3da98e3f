#include "restoredialog.h"

#include "backuptablemodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace gma::ui {

RestoreDialog::RestoreDialog(const BackupRecord &backup, const QString &currentDatabase, QWidget *parent)
    : QDialog(parent), m_currentDatabase(currentDatabase)
{
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Restore <b>%1</b> (taken %2, %3) into the database named below. A database that "
                      "does not exist is created.")
                       .arg(QFileInfo(backup.path).fileName().toHtmlEscaped(),
                            QLocale().toString(backup.takenAt.toLocalTime(), QLocale::ShortFormat),
                            BackupTableModel::stateSummary(backup).toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_target = new QLineEdit(this);
    m_target->setText(currentDatabase + QStringLiteral("_restored"));
    m_target->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[^\\x00]{1,63}")), this));
    form->addRow(tr("Target &database:"), m_target);
    m_clean = new QCheckBox(tr("&Replace its contents (pg_restore --clean)"), this);
    m_clean->setToolTip(
        tr("Drop the objects the backup contains from the target database before restoring them"));
    form->addRow(QString(), m_clean);
    layout->addLayout(form);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    layout->addWidget(m_warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::validate);
    connect(m_clean, &QCheckBox::toggled, this, &RestoreDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

QString RestoreDialog::targetDatabase() const
{
    return m_target->text().trimmed();
}

bool RestoreDialog::clean() const
{
    return m_clean->isChecked();
}

void RestoreDialog::validate()
{
    const QString target = targetDatabase();
    QString warning;
    if (target.isEmpty())
        warning = tr("Name the database to restore into.");
    else if (target == m_currentDatabase)
        warning =
            m_clean->isChecked()
                ? tr("This is the database you are connected to: everything in it is replaced by the backup.")
                : tr("This is the database you are connected to: tick “Replace” to overwrite it, or name "
                     "another database.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_ok->setEnabled(!target.isEmpty() && (target != m_currentDatabase || m_clean->isChecked()));
}

} // namespace gma::ui
