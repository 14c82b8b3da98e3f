// What happens between a click on Migrate, Migrate to Here, Roll Back, Rehearse or Cancel and the
// run on the run worker: the confirmation when a plan unapplies migrations (its step list with the
// rows each data step touches, counted as a job of kind "run.describe" on the tree worker under
// read limits), the strategy rollback's pg_dump backup (the client check runs there too, it starts
// a process), and the start of the run.
// Tests answer confirmations with setConfirmationHandler() instead of a dialog.
// Thread rule: GUI thread only.
#pragma once

#include "audit.h"
#include "backup.h"
#include "catalogue.h"
#include "consistency.h"
#include "executor.h"
#include "planner.h"

#include <QObject>
#include <functional>

class QMessageBox;
class QWidget;

namespace gma::ui {

class RunController;
class Session;

class RunFlow : public QObject
{
    Q_OBJECT
public:
    // Answers a confirmation: true to go ahead. `details` lists the steps.
    using ConfirmationHandler =
        std::function<bool(const QString &title, const QString &text, const QString &details)>;

    RunFlow(const MigrationCatalogue &catalogue, Session *session, RunController *runs, QWidget *window);

    // Runs `plan` (titled `title`); when it unapplies migrations, after a confirmation naming the
    // steps and the drifted ones among them.
    void migrate(const Plan &plan, const QString &title, const QList<MigrationKey> &drifted);
    // The strategy's rollback from `state`, after a confirmation; with a backup first when on.
    void rollback(const MigrationState &state, const QList<MigrationKey> &drifted);
    // The rehearsal of `plan` on a copy (rehearsal.h): the database is neither changed nor locked.
    void rehearse(const Plan &plan, const QString &title);
    // The dry run of `plan` on the database itself, rolled back at the end, after a confirmation
    // that states the locks it holds and their estimated length.
    void rehearseInPlace(const Plan &plan, const QString &title);
    // The repair of a disagreement between the record and the database (consistency.h), after a
    // confirmation that says what it does, with its statements or steps.
    void repair(const Repair &repair);
    // Fills late rows (audit.h) with their recorded data steps, after a confirmation that names
    // them (`late`: what the Audit view found).
    void fillLateRows(const QList<LateRows> &late);
    void cancel();
    // True while the facts for a confirmation are read (row counts, the pg_dump client).
    bool isPreparing() const { return m_preparing; }
    // Asks (the handler, or the dialog); remembered as lastConfirmation().
    bool confirm(const QString &title, const QString &text, const QString &details);

    void setConfirmationHandler(ConfirmationHandler handler) { m_confirm = std::move(handler); }
    // The dialog asked with when no handler is set (the Go Ahead button is its accept button).
    static QMessageBox *makeConfirmationBox(QWidget *parent, const QString &title, const QString &text,
                                            const QString &details);
    QString lastConfirmation() const { return m_lastConfirmation; }
    void setRunOptions(const RunOptions &options) { m_options = options; }
    const RunOptions &runOptions() const { return m_options; }
    void setBackupBeforeRollback(bool enabled, const QString &directory = QString());
    bool backupBeforeRollback() const { return m_backup; }
    // Where the backups before runs go (empty: the backup feature's default folder).
    QString backupDirectory() const { return m_backupDirectory; }

signals:
    void status(const QString &text, int timeoutMs);
    void preparingChanged(bool preparing);

private:
    struct Facts
    {
        QList<qint64> rows; // per step: the rows a data step touches, -1 unknown or schema step
        ClientTool dump;
    };
    // Reads the facts on the tree worker, then calls `then` on the GUI thread.
    void prepare(const Plan &plan, bool checkDump, std::function<void(const Facts &)> then);
    QString describe(const Plan &plan, const QList<qint64> &rows) const;
    QString rollbackText(const Facts &facts, QString *backupPath) const;
    bool start(const Plan &plan, const RunOptions &options, bool isRollback, const QString &title,
               const QString &backupPath = QString(), bool onCopy = false);

    MigrationCatalogue m_catalogue;
    Session *m_session;
    RunController *m_runs;
    QWidget *m_window;
    ConfirmationHandler m_confirm;
    QString m_lastConfirmation;
    RunOptions m_options;
    bool m_backup = true;
    QString m_backupDirectory;
    bool m_preparing = false;
};

} // namespace gma::ui
