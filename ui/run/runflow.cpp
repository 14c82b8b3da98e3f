#include "runflow.h"

#include "dbworker.h"
#include "format.h"
#include "locks.h"
#include "preview.h"
#include "runcontroller.h"
#include "session.h"
#include "strategy.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpacerItem>

namespace gma::ui {

RunFlow::RunFlow(const MigrationCatalogue &catalogue, Session *session, RunController *runs, QWidget *window)
    : QObject(window), m_catalogue(catalogue), m_session(session), m_runs(runs), m_window(window)
{
    // As the CLI's default: paced batches, waiting while autovacuum works on the step's table.
    m_options.pacing.adaptive = true;
    m_options.pacing.waitForAutovacuum = true;
}

void RunFlow::setBackupBeforeRollback(bool enabled, const QString &directory)
{
    m_backup = enabled;
    m_backupDirectory = directory;
}

void RunFlow::prepare(const Plan &plan, bool checkDump, std::function<void(const Facts &)> then)
{
    m_preparing = true;
    emit preparingChanged(true);
    emit status(tr("Reading what the %n step(s) would touch...", nullptr, int(plan.steps.size())), 0);
    const MigrationCatalogue catalogue = m_catalogue;
    const int serverMajor = m_session->info().versionNum / 10000;
    m_session->treeWorker()->run<Facts>(
        this, QStringLiteral("run.describe"),
        [catalogue, plan, checkDump, serverMajor](QSqlDatabase &db, QString *) {
            Facts facts;
            {
                ReadGuard guard(db); // a held lock costs the lock timeout, then the count is unknown
                for (const PlanStep &s : plan.steps) {
                    const MigrationDefinition *def = catalogue.find(s.key);
                    facts.rows << (def ? pendingRows(db, *def, s.backwards) : -1);
                }
            }
            if (checkDump) // runs `pg_dump --version`
                facts.dump = BackupManager::findClient(QStringLiteral("pg_dump"), serverMajor);
            return facts;
        },
        [this, then](const Facts &facts, const QString &error) {
            m_preparing = false;
            emit preparingChanged(false);
            emit status(QString(), 0);
            Facts known = facts;
            if (!error.isEmpty()) // the counts are unknown; the confirmation says so
                known.dump.error = error;
            then(known);
        });
}

QString RunFlow::describe(const Plan &plan, const QList<qint64> &rowsPerStep) const
{
    // Short lines: the step, its kind and, for data steps, how many values it touches.
    QStringList lines;
    for (int n = 0; n < plan.steps.size(); ++n) {
        const PlanStep &s = plan.steps.at(n);
        const MigrationDefinition *def = m_catalogue.find(s.key);
        QString line =
            QStringLiteral("%1. %2 %3").arg(n + 1).arg(s.backwards ? tr("Unapply") : tr("Apply"), s.key.label());
        const qint64 rows = rowsPerStep.value(n, -1);
        if (def && def->isData()) {
            const QString count = format::count(rows, QLocale());
            const MigrationDefinition *dropper =
                s.backwards && !runOptions().online ? columnsDroppedBy(m_catalogue, plan, n) : nullptr;
            if (dropper)
                line += tr(" — data step: its values go with the columns that the reverse of %1 drops; nothing is "
                           "set back row by row")
                            .arg(dropper->key.label());
            else if (s.backwards)
                line += rows >= 0 ? tr(" — data step: sets back to NULL the %1 values it filled").arg(count)
                                  : tr(" — data step: sets back to NULL only the values it filled");
            else
                line += rows >= 0 ? tr(" — data step: fills %1 rows in batches").arg(count)
                                  : tr(" — data step: fills NULL audit fields in batches");
        } else if (def) {
            const int ops = int(def->operations(s.backwards).size());
            line += tr(" — schema step, one transaction (%n operation(s))", nullptr, ops);
        }
        lines << line;
    }
    return tr("These %n step(s) will run, in this order:", nullptr, int(plan.steps.size())) + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}

bool RunFlow::confirm(const QString &title, const QString &text, const QString &details)
{
    m_lastConfirmation = text + (details.isEmpty() ? QString() : QStringLiteral("\n") + details);
    if (m_confirm)
        return m_confirm(title, text, details);
    std::unique_ptr<QMessageBox> box(makeConfirmationBox(m_window, title, text, details));
    box->exec();
    return box->clickedButton() == box->button(QMessageBox::Yes);
}

QMessageBox *RunFlow::makeConfirmationBox(QWidget *parent, const QString &title, const QString &text,
                                          const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->button(QMessageBox::Yes)->setText(tr("&Go Ahead"));
    box->setDefaultButton(QMessageBox::Cancel);
    if (!details.isEmpty())
        box->setInformativeText(details);
    // Wide enough for the step list to read one step per line.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(680, 0, QSizePolicy::Minimum, QSizePolicy::Expanding), grid->rowCount(), 0, 1,
                      grid->columnCount());
    return box;
}

bool RunFlow::start(const Plan &plan, const RunOptions &options, bool isRollback, const QString &title,
                    const QString &backupPath, bool onCopy)
{
    if (!m_session->isConnected())
        return false;
    if (!m_runs->start(m_session->settings(), plan, options, isRollback, title, backupPath, onCopy)) {
        emit status(tr("A plan is already running; wait for it or cancel it."), 5000);
        return false;
    }
    return true;
}

void RunFlow::migrate(const Plan &plan, const QString &title, const QList<MigrationKey> &drifted)
{
    const QString runTitle = tr("Migrating %1 (%n step(s))", nullptr, int(plan.steps.size())).arg(title);
    bool unapplies = false;
    QStringList drift;
    for (const PlanStep &s : plan.steps) {
        unapplies = unapplies || s.backwards;
        if (s.backwards && drifted.contains(s.key))
            drift << s.key.label();
    }
    if (!unapplies && drift.isEmpty()) {
        start(plan, m_options, false, runTitle);
        return;
    }
    prepare(plan, false, [this, plan, drift, runTitle](const Facts &facts) {
        QString text = tr("This plan unapplies migrations on database \"%1\" (%2).")
                           .arg(m_session->info().database, m_session->settings().displayName());
        if (!drift.isEmpty())
            text += QLatin1Char(' ') + tr("Warning: %1 changed since it was applied (checksum drift); undoing it "
                                          "runs the new definition.")
                                           .arg(drift.join(QStringLiteral(", ")));
        if (confirm(tr("Unapply Migrations?"), text, describe(plan, facts.rows)))
            start(plan, m_options, false, runTitle);
    });
}

QString RunFlow::rollbackText(const Facts &facts, QString *backupPath) const
{
    QString text = tr("Roll back the mixin migration on database \"%1\" (%2)? The data steps are undone first "
                      "(only the values the tool filled are set back to NULL), then the schema steps (the audit "
                      "columns are dropped, NULL descriptions restored), back to 0002.")
                       .arg(m_session->info().database, m_session->settings().displayName());
    if (!m_backup)
        return text + QLatin1Char(' ') + tr("No backup is taken first (switched off).");
    if (!facts.dump.ok())
        return text + QLatin1Char(' ') +
               tr("No backup can be taken (%1) Take one yourself first if you may need to go back.")
                   .arg(facts.dump.error);
    const QString dir = m_backupDirectory.isEmpty() ? BackupManager::defaultDirectory() : m_backupDirectory;
    *backupPath = BackupManager::defaultPath(dir, m_session->info().database, BackupFormat::Custom,
                                             QDateTime::currentDateTime());
    return text + QLatin1Char(' ') +
           tr("First a backup is taken with pg_dump %1 (custom format) to %2; if it fails, nothing is rolled back.")
               .arg(facts.dump.version, *backupPath);
}

void RunFlow::rollback(const MigrationState &state, const QList<MigrationKey> &drifted)
{
    PlanError perr;
    const auto plan = Planner::rollback(m_catalogue, state, &perr);
    if (!plan) {
        QMessageBox::warning(m_window, tr("Cannot Roll Back"), perr.message);
        return;
    }
    if (plan->isEmpty()) {
        emit status(tr("Nothing to roll back: characters, items and locations stand at 0002 or below."), 8000);
        return;
    }
    prepare(*plan, m_backup, [this, plan = *plan, drifted](const Facts &facts) {
        QString backupPath;
        QString text = rollbackText(facts, &backupPath);
        QStringList drift;
        for (const PlanStep &s : plan.steps)
            if (drifted.contains(s.key))
                drift << s.key.label();
        if (!drift.isEmpty())
            text += QLatin1Char(' ') + tr("Warning: %1 changed since it was applied (checksum drift).")
                                           .arg(drift.join(QStringLiteral(", ")));
        if (!confirm(tr("Roll Back to 0002?"), text, describe(plan, facts.rows)))
            return;
        start(plan, m_options, true, tr("Rolling back to 0002 (%n step(s))", nullptr, int(plan.steps.size())),
              backupPath);
    });
}

void RunFlow::repair(const Repair &repair)
{
    if (repair.kind == Repair::Kind::None) {
        QMessageBox::information(m_window, tr("No Safe Repair"), repair.summary);
        return;
    }
    const QString details = repair.kind == Repair::Kind::UndoLeftovers
                                ? tr("The statements tried, in one transaction:") + QLatin1Char('\n') +
                                      repair.statements.join(QLatin1Char('\n'))
                                : repair.plan.describe(m_catalogue);
    if (!confirm(tr("Repair %1?").arg(repair.app), repair.summary, details))
        return;
    const QString title = tr("Repairing %1").arg(repair.app);
    if (repair.kind == Repair::Kind::UndoLeftovers) {
        if (!m_session->isConnected())
            return;
        if (!m_runs->startUndoLeftovers(repair.step, m_options, title))
            emit status(tr("A plan is already running; wait for it or cancel it."), 5000);
        return;
    }
    RunOptions options = m_options;
    options.fake = repair.kind != Repair::Kind::Finish;
    start(repair.plan, options, false, title);
}

void RunFlow::fillLateRows(const QList<LateRows> &late)
{
    QStringList found;
    QList<MigrationKey> steps;
    qint64 rows = 0;
    for (const LateRows &l : late) {
        const strategy::Model *model = strategy::findModel(l.table);
        if (!l.found() || !model)
            continue;
        found << tr("%n row(s) of %1 without audit users, newest id %2", nullptr, int(l.rows)).arg(l.table).arg(l.newestId);
        steps << MigrationKey{model->app, l.dataStep};
        rows += l.rows;
    }
    if (steps.isEmpty() || !m_session->isConnected())
        return;
    const QString text =
        tr("Fill %n late row(s) with the data step's rule (each row's owner)? They were added after the data step "
           "ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL.",
           nullptr, int(rows));
    if (!confirm(tr("Fill Late Rows?"), text, found.join(QLatin1Char('\n'))))
        return;
    if (!m_runs->startFillLateRows(steps, m_options, tr("Filling late rows (%n step(s))", nullptr, int(steps.size()))))
        emit status(tr("A plan is already running; wait for it or cancel it."), 5000);
}

void RunFlow::rehearse(const Plan &plan, const QString &title)
{
    RunOptions options = m_options;
    options.dryRun = true;
    options.online = false; // a rehearsal runs in one transaction, where nothing is built concurrently
    start(plan, options, false,
          tr("Rehearsing %1 on a copy (%n step(s), then their reverse)", nullptr, int(plan.steps.size())).arg(title),
          QString(), true);
}

void RunFlow::rehearseInPlace(const Plan &plan, const QString &title)
{
    m_preparing = true;
    emit preparingChanged(true);
    const MigrationCatalogue catalogue = m_catalogue;
    m_session->treeWorker()->run<InPlaceHold>(
        this, QStringLiteral("run.hold"),
        [catalogue, plan](QSqlDatabase &db, QString *error) {
            ReadGuard guard(db);
            const auto state = MigrationState::read(db, error);
            if (!state)
                return InPlaceHold{};
            const PreviewReport report = Preview::analyse(db, catalogue, *state, plan);
            if (!report.ok())
                *error = report.error;
            return Preview::inPlaceHold(report);
        },
        [this, plan, title](const InPlaceHold &hold, const QString &error) {
            m_preparing = false;
            emit preparingChanged(false);
            const QString held = error.isEmpty()
                                     ? tr("In place, the rehearsal holds %1: the application waits on those tables "
                                          "until it ends. A rehearsal on a copy (Rehearse) locks nothing here.")
                                           .arg(hold.summary())
                                     : tr("In place, the rehearsal holds ACCESS EXCLUSIVE on the planned tables for "
                                          "its whole run (the estimate could not be made: %1).")
                                           .arg(error);
            if (!confirm(tr("Rehearse In Place?"), held, describe(plan, {})))
                return;
            RunOptions options = m_options;
            options.dryRun = true;
            options.online = false;
            start(plan, options, false,
                  tr("Rehearsing %1 in place (%n step(s), rolled back at the end)", nullptr, int(plan.steps.size()))
                      .arg(title));
        });
}

void RunFlow::cancel()
{
    if (m_runs->cancel())
        emit status(tr("Cancelling: the running transaction is rolled back, a data step stops at the next batch "
                       "boundary..."),
                    0);
}

} // namespace gma::ui
