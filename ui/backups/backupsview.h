// Backups: the catalogue of backups the tool took (gma_migrator.backups: path, size, time,
// migration state, verified), and buttons to take a backup, verify one, and restore one into a
// database the user names. pg_dump/pg_restore run as jobs on the session's data worker, with the phase,
// the object being dumped and the bytes written shown while they run; Cancel stops them.
// Thread rule: GUI thread only; BackupManager lives on the data worker's thread for one job.
#pragma once

#include "backup.h"
#include "backuptablemodel.h"

#include <QMutex>
#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace gma::ui {

class DbWorker;
class Session;

class BackupsView : public QWidget
{
    Q_OBJECT
public:
    explicit BackupsView(Session *session, QWidget *parent = nullptr);
    ~BackupsView() override;

    BackupTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isBusy() const { return m_busy; }
    // Where new backups go (default: BackupManager::defaultDirectory()).
    void setBackupDirectory(const QString &directory);
    QString backupDirectory() const { return m_directory; }
    QString statusText() const;

public slots:
    void refresh();
    void takeBackup();
    // Verifies the selected backup.
    void verifySelected();
    void verify(qint64 id);
    // Asks for a target and restores the selected backup.
    void restoreSelected();
    void restore(qint64 id, const QString &targetDatabase, bool clean);
    void cancel();

signals:
    void listed();
    void backupFinished(const gma::BackupResult &result);
    void verifyFinished(const gma::VerifyResult &result);
    void restoreFinished(const gma::RestoreResult &result);

private:
    void addToolbars(QVBoxLayout *layout);
    void connectSignals();
    // Runs `job` with a BackupManager on the worker thread; progress goes to the view.
    template <typename Result>
    void runWithManager(const QString &what, std::function<Result(BackupManager &)> job,
                        std::function<void(const Result &, const QString &)> done);
    void setBusy(bool busy, const QString &what = QString());
    void updateButtons();
    const BackupRecord *selected() const;
    void showMessage(const QString &text, bool error);
    void showProgress(quint64 generation, const QString &text);

    Session *m_session;
    DbWorker *m_worker;
    BackupTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_take;
    QPushButton *m_verify;
    QPushButton *m_restore;
    QPushButton *m_cancel;
    QPushButton *m_refresh;
    QPushButton *m_chooseDir;
    QLabel *m_directoryLabel;
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_message;
    QString m_directory;
    bool m_busy = false;
    quint64 m_generation = 0;
    // The manager running now (worker thread), for cancel() from the GUI thread.
    std::shared_ptr<QMutex> m_managerMutex;
    std::shared_ptr<BackupManager *> m_manager;
    // Where a running job reports its progress (worker thread -> this view, while it lives).
};

} // namespace gma::ui
