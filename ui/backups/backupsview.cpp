#include "backupsview.h"
#include "restoredialog.h"

#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "session.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
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

BackupsView::BackupsView(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_worker(session->dataWorker()),
      m_model(new BackupTableModel(this)), m_directory(BackupManager::defaultDirectory()),
      m_managerMutex(std::make_shared<QMutex>()), m_manager(std::make_shared<BackupManager *>(nullptr))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(BackupTableModel::SortRole);

    auto *layout = new QVBoxLayout(this);
    addToolbars(layout);
    m_table = makeRecordTable(proxy, this, {6, 21, 40, 10, 11, 20, 14, 12});
    m_table->sortByColumn(BackupTableModel::TakenColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    setBackupDirectory(m_directory);
    connectSignals();
    if (m_session->isConnected())
        refresh();
    updateButtons();
}

void BackupsView::addToolbars(QVBoxLayout *layout)
{
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
}

void BackupsView::connectSignals()
{
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
    options.note = QLatin1String(BackupNotes::kDesktop);
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
