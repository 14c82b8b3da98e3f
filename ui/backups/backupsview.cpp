#include "backupsview.h"
#include "recordtable.h"

#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "strategy.h"
#include "session.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

// An empty status line takes no room.
void setPhase(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

struct Listing
{
    QList<BackupRecord> backups;
    QSet<QString> missing;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Table model

void BackupTableModel::setBackups(const QList<BackupRecord> &backups, const QSet<QString> &missing)
{
    beginResetModel();
    m_backups = backups;
    m_missing = missing;
    endResetModel();
}

int BackupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int BackupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BackupTableModel::stateSummary(const BackupRecord &record)
{
    // The latest migration per strategy app, from the django_migrations rows stored with it.
    QMap<QString, QString> latest;
    for (const QVariant &v : record.migrationState) {
        const QVariantMap row = v.toMap();
        const QString app = row.value(QStringLiteral("app")).toString();
        if (!strategy::findModel(app))
            continue;
        const QString name = row.value(QStringLiteral("name")).toString().left(4);
        if (name > latest.value(app))
            latest.insert(app, name);
    }
    if (latest.isEmpty())
        return QObject::tr("no GMA migrations");
    QSet<QString> distinct;
    for (const QString &v : std::as_const(latest))
        distinct.insert(v);
    if (distinct.size() == 1 && latest.size() == 3)
        return QObject::tr("all at %1").arg(*distinct.begin());
    QStringList parts;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        parts << it.key() + QLatin1Char(' ') + it.value();
    return parts.join(QStringLiteral(", "));
}

QVariant BackupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const BackupRecord &b = m_backups.at(index.row());
    const bool missing = m_missing.contains(b.path);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return b.id;
        case TakenColumn:
            return locale.toString(b.takenAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case FileColumn:
            return missing ? tr("%1 (missing)").arg(QFileInfo(b.path).fileName())
                           : QFileInfo(b.path).fileName();
        case FormatColumn:
            return b.format;
        case SizeColumn:
            return format::bytes(b.sizeBytes, locale);
        case StateColumn:
            return stateSummary(b);
        case VerifiedColumn:
            return b.verified ? tr("✔ verified") : tr("not verified");
        case UserColumn:
            return b.dbUser;
        case NoteColumn:
            return b.note;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return b.id;
        case TakenColumn:
            return b.takenAt;
        case SizeColumn:
            return b.sizeBytes;
        case VerifiedColumn:
            return b.verified;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return missing ? tr("%1\nThe file is no longer there.").arg(QDir::toNativeSeparators(b.path))
                           : QDir::toNativeSeparators(b.path);
        case SizeColumn:
            return tr("%1 bytes · SHA-256 %2").arg(locale.toString(b.sizeBytes), b.sha256);
        case StateColumn: {
            QStringList counts;
            for (auto it = b.rowCounts.cbegin(); it != b.rowCounts.cend(); ++it)
                counts << tr("%1: %2 rows").arg(it.key(), locale.toString(it.value().toLongLong()));
            return tr("PostgreSQL %1\n%2").arg(b.serverVersion, counts.join(QLatin1Char('\n')));
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == VerifiedColumn)
            return QBrush(b.verified ? QColor(0x1e, 0x6b, 0x2a) : QColor(0x8a, 0x5a, 0x00));
        if (missing && index.column() == FileColumn)
            return QBrush(QColor(0xb4, 0x23, 0x18));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::UserRole:
        return b.id;
    default:
        return {};
    }
}

QVariant BackupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TakenColumn:
        return tr("Taken");
    case FileColumn:
        return tr("File");
    case FormatColumn:
        return tr("Format");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("Migration state");
    case VerifiedColumn:
        return tr("Verified");
    case UserColumn:
        return tr("Taken by");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------
// Restore dialog

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

// ---------------------------------------------------------------------------------------------
// The view

BackupsView::BackupsView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(session->dataWorker()),
      m_model(new BackupTableModel(this)), m_directory(BackupManager::defaultDirectory()),
      m_managerMutex(std::make_shared<QMutex>()), m_manager(std::make_shared<BackupManager *>(nullptr))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(BackupTableModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_take = new QPushButton(tr("Take backup"), this);
    m_take->setToolTip(tr("pg_dump the database (custom format), verify it and add it to the catalogue"));
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setToolTip(tr("Check the selected backup's checksum and read its table of contents"));
    m_restore = new QPushButton(tr("Restore…"), this);
    m_restore->setToolTip(tr("Restore the selected backup into a database you name"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    bar->addWidget(m_take);
    bar->addWidget(m_verify);
    bar->addWidget(m_restore);
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);

    auto *dirBar = new QHBoxLayout;
    m_directoryLabel = new QLabel(this);
    m_directoryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseDir = new QPushButton(tr("Change folder…"), this);
    dirBar->addWidget(m_directoryLabel, 1);
    dirBar->addWidget(m_chooseDir);
    layout->addLayout(dirBar);

    auto *progressBar = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_phase = new QLabel(this);
    progressBar->addWidget(m_progress);
    progressBar->addWidget(m_phase, 1);
    setPhase(m_phase, QString());
    layout->addLayout(progressBar);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = makeRecordTable(proxy, this,
                              {{BackupTableModel::IdColumn, 6},
                               {BackupTableModel::TakenColumn, 21},
                               {BackupTableModel::FileColumn, 40},
                               {BackupTableModel::FormatColumn, 10},
                               {BackupTableModel::SizeColumn, 11},
                               {BackupTableModel::StateColumn, 20},
                               {BackupTableModel::VerifiedColumn, 14},
                               {BackupTableModel::UserColumn, 12}});
    m_table->sortByColumn(BackupTableModel::TakenColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    setBackupDirectory(m_directory);

    connect(m_take, &QPushButton::clicked, this, &BackupsView::takeBackup);
    connect(m_verify, &QPushButton::clicked, this, &BackupsView::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsView::restoreSelected);
    connect(m_cancel, &QPushButton::clicked, this, &BackupsView::cancel);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsView::refresh);
    connect(m_chooseDir, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for new backups"), m_directory);
        if (!dir.isEmpty())
            setBackupDirectory(dir);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsView::updateButtons);
    connect(m_session, &Session::connected, this, &BackupsView::refresh);
    connect(m_session, &Session::disconnected, this, [this] {
        cancel();
        ++m_generation;
        m_model->setBackups({}, {});
        m_message->hide();
        updateButtons();
    });
    connect(m_session, &Session::stateChanged, this, &BackupsView::refresh);
    if (m_session->isConnected())
        refresh();
    updateButtons();
}

BackupsView::~BackupsView()
{
    cancel();
}

void BackupsView::showProgress(quint64 generation, const QString &text)
{
    if (generation == m_generation && m_busy)
        setPhase(m_phase, text);
}

void BackupsView::setBackupDirectory(const QString &directory)
{
    m_directory = directory;
    m_directoryLabel->setText(tr("New backups go to %1").arg(QDir::toNativeSeparators(directory)));
}

QString BackupsView::statusText() const
{
    return m_message->isHidden() ? m_phase->text() : m_message->text();
}

void BackupsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b42318; }")
                                   : QStringLiteral("QLabel { color: #1e6b2a; }"));
    m_message->setVisible(!text.isEmpty());
}

const BackupRecord *BackupsView::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), index.parent()))
        return nullptr;
    const qint64 id = index.siblingAtColumn(BackupTableModel::IdColumn).data(Qt::UserRole).toLongLong();
    for (const BackupRecord &b : m_model->backups()) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

void BackupsView::updateButtons()
{
    const bool connected = m_session->isConnected();
    const bool hasSelection = selected() != nullptr;
    m_take->setEnabled(connected && !m_busy);
    m_verify->setEnabled(connected && !m_busy && hasSelection);
    m_restore->setEnabled(connected && !m_busy && hasSelection);
    m_cancel->setVisible(m_busy);
    m_refresh->setEnabled(connected && !m_busy);
}

void BackupsView::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    setPhase(m_phase, busy ? what : QString());
    updateButtons();
}

template <typename Result>
void BackupsView::runWithManager(const QString &what, std::function<Result(BackupManager &)> job,
                                 std::function<void(const Result &, const QString &)> done)
{
    setBusy(true, what);
    showMessage(QString(), false);
    const ConnectionSettings settings = m_session->settings();
    const auto mutex = m_managerMutex;
    const auto current = m_manager;
    const quint64 generation = m_generation;
    const QPointer<BackupsView> view(this);
    m_worker->run<Result>(
        this, QStringLiteral("backups.job"),
        [view, settings, job, mutex, current, generation](QSqlDatabase &db, QString *) {
            BackupManager manager(db, settings);
            // Progress comes back to the view on the GUI thread while the view lives.
            QObject::connect(
                &manager, &BackupManager::phaseChanged, &manager,
                [view, generation](const QString &phase) {
                    DbWorker::toGui(view, [=](BackupsView *v) { v->showProgress(generation, phase + QStringLiteral("…")); });
                },
                Qt::DirectConnection);
            QObject::connect(
                &manager, &BackupManager::progress, &manager,
                [view, generation](const QString &object, qint64 bytes) {
                    const QString size = format::bytes(bytes, QLocale());
                    const QString text = object.isEmpty() ? tr("%1 written").arg(size)
                                                          : tr("%1 — %2 written").arg(object, size);
                    DbWorker::toGui(view, [=](BackupsView *v) { v->showProgress(generation, text); });
                },
                Qt::DirectConnection);
            {
                QMutexLocker lock(mutex.get());
                *current = &manager;
            }
            Result result = job(manager);
            QMutexLocker lock(mutex.get());
            *current = nullptr;
            return result;
        },
        [this, generation, done](const Result &result, const QString &error) {
            if (generation != m_generation)
                return;
            setBusy(false);
            done(result, error);
        });
}

void BackupsView::refresh()
{
    if (!m_session->isConnected())
        return;
    const quint64 generation = m_generation;
    const ConnectionSettings settings = m_session->settings();
    m_worker->run<Listing>(
        this, QStringLiteral("backups.list"),
        [settings](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            BackupManager manager(db, settings);
            Listing listing;
            listing.backups = manager.list(error);
            for (const BackupRecord &b : std::as_const(listing.backups)) {
                if (!QFileInfo::exists(b.path))
                    listing.missing.insert(b.path);
            }
            return listing;
        },
        [this, generation](const Listing &listing, const QString &error) {
            if (generation != m_generation)
                return;
            const qint64 selectedId = selected() ? selected()->id : 0;
            m_model->setBackups(listing.backups, listing.missing);
            if (selectedId) {
                const auto *proxy = m_table->model();
                for (int r = 0; r < proxy->rowCount(); ++r) {
                    if (proxy->index(r, 0).data(Qt::UserRole).toLongLong() == selectedId)
                        m_table->selectRow(r);
                }
            }
            if (!error.isEmpty())
                showMessage(error, true);
            else if (listing.backups.isEmpty() && !m_busy && m_message->isHidden())
                setPhase(m_phase, tr("No backups in the catalogue yet: “Take backup” makes the first one."));
            else if (!m_busy)
                setPhase(m_phase, listing.backups.size() == 1
                                      ? tr("1 backup in the catalogue.")
                                      : tr("%1 backups in the catalogue.").arg(listing.backups.size()));
            updateButtons();
            emit listed();
        });
}

void BackupsView::takeBackup()
{
    if (!m_session->isConnected() || m_busy)
        return;
    BackupOptions options;
    options.outputPath = BackupManager::defaultPath(
        m_directory,
        m_session->info().database.isEmpty() ? m_session->settings().database : m_session->info().database,
        BackupFormat::Custom, QDateTime::currentDateTime());
    options.note = tr("taken from the desktop application");
    runWithManager<BackupResult>(
        tr("Backing up %1…").arg(m_session->settings().displayName()),
        [options](BackupManager &m) {
            QDir().mkpath(QFileInfo(options.outputPath).absolutePath());
            return m.backup(options);
        },
        [this](const BackupResult &result, const QString &error) {
            if (!error.isEmpty())
                showMessage(error, true);
            else if (!result.ok())
                showMessage(result.error, true);
            else
                showMessage(
                    tr("Backup written to %1 (%2, %3).%4")
                        .arg(QDir::toNativeSeparators(result.record.path),
                             format::bytes(result.record.sizeBytes, QLocale()),
                             format::duration(result.ms, QLocale()),
                             result.warning.isEmpty() ? QString() : QLatin1Char(' ') + result.warning),
                    !result.warning.isEmpty());
            refresh();
            emit backupFinished(result);
        });
}

void BackupsView::verifySelected()
{
    if (const BackupRecord *b = selected())
        verify(b->id);
}

void BackupsView::verify(qint64 id)
{
    if (!m_session->isConnected() || m_busy)
        return;
    runWithManager<VerifyResult>(
        tr("Verifying backup %1…").arg(id), [id](BackupManager &m) { return m.verify(QString::number(id)); },
        [this, id](const VerifyResult &result, const QString &error) {
            if (!error.isEmpty())
                showMessage(error, true);
            else if (!result.ok)
                showMessage(result.error, true);
            else
                showMessage(
                    tr("Backup %1 is intact: the checksum matches and its %2 archive entries are readable.")
                        .arg(id)
                        .arg(result.entries),
                    false);
            refresh();
            emit verifyFinished(result);
        });
}

void BackupsView::restoreSelected()
{
    const BackupRecord *b = selected();
    if (!b || m_busy)
        return;
    const BackupRecord backup = *b;
    RestoreDialog dialog(backup, m_session->info().database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.targetDatabase() == m_session->info().database &&
        QMessageBox::warning(this, tr("Replace the connected database?"),
                             tr("Everything in %1 will be replaced by the backup of %2. Continue?")
                                 .arg(dialog.targetDatabase(),
                                      QLocale().toString(backup.takenAt.toLocalTime(), QLocale::ShortFormat)),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    restore(backup.id, dialog.targetDatabase(), dialog.clean());
}

void BackupsView::restore(qint64 id, const QString &targetDatabase, bool clean)
{
    if (!m_session->isConnected() || m_busy)
        return;
    QString path;
    for (const BackupRecord &b : m_model->backups()) {
        if (b.id == id)
            path = b.path;
    }
    if (path.isEmpty()) {
        showMessage(tr("Backup %1 is not in the catalogue: refresh the list.").arg(id), true);
        return;
    }
    RestoreOptions options;
    options.target = m_session->settings();
    options.target.database = targetDatabase;
    options.clean = clean;
    const bool intoCurrent = targetDatabase == m_session->info().database;
    runWithManager<RestoreResult>(
        tr("Restoring into %1…").arg(targetDatabase),
        [path, options](BackupManager &m) { return m.restore(path, options); },
        [this, intoCurrent](const RestoreResult &result, const QString &error) {
            if (!error.isEmpty())
                showMessage(error, true);
            else if (!result.ok())
                showMessage(result.error, true);
            else
                showMessage(tr("Restored into %1%2 in %3.")
                                .arg(result.targetDatabase,
                                     result.createdDatabase ? tr(" (created)") : QString(),
                                     format::duration(result.ms, QLocale())),
                            false);
            emit restoreFinished(result);
            if (result.ok() && intoCurrent)
                m_session->notifyStateChanged();
            else
                refresh();
        });
}

void BackupsView::cancel()
{
    {
        QMutexLocker lock(m_managerMutex.get());
        if (*m_manager)
            (*m_manager)->cancel();
    }
    m_worker->interrupt(QStringLiteral("backups.job"));
}

} // namespace gma::ui
