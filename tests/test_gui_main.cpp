// The desktop application's main window, driven through its real actions against the test
// PostgreSQL (offscreen): the tree shows the recorded state, Migrate runs on the worker thread to
// the end, Cancel stops a data step at a batch boundary with a consistent database, the one-click
// rollback restores the 0002 schema, the GUI thread keeps beating during a run and while another
// session holds an ACCESS EXCLUSIVE lock, and no password reaches the settings.
#include "connection/connectiondialog.h"
#include "mainwindow.h"
#include "migrations/migrationmodel.h"
#include "preview/previewpane.h"
#include "preview/analysispane.h"
#include "run/runpanel.h"
#include "session.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QApplication>
#include <atomic>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProgressBar>
#include <QSemaphore>
#include <QSettings>
#include <QSpinBox>
#include <QWidgetAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTabWidget>
#include <QTreeWidget>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

namespace {

const MigrationKey kChar3{QStringLiteral("characters"), QStringLiteral("0003_character_created_by_character_modified_by_and_more")};
const MigrationKey kChar4{QStringLiteral("characters"), QStringLiteral("0004_populate_audit_fields")};
const MigrationKey kItems3{QStringLiteral("items"), QStringLiteral("0003_item_modified_by_alter_item_created_at_and_more")};
const MigrationKey kItems4{QStringLiteral("items"), QStringLiteral("0004_populate_audit_fields")};
const MigrationKey kLoc2{QStringLiteral("locations"), QStringLiteral("0002_alter_location_options")};

QString statusOf(MainWindow &w, const MigrationKey &key)
{
    return w.migrationModel()->indexOf(key).data(MigrationModel::StatusRole).toString();
}

// Connects the window and waits (pumping the event loop) until its tree shows the state, or the
// connection failed (then false with *error set).
bool connectWindow(MainWindow &w, const ConnectionSettings &settings, ConnectError *error = nullptr)
{
    QSignalSpy refreshed(&w, &MainWindow::refreshed);
    QSignalSpy failed(w.session(), &Session::connectFailed);
    QSignalSpy refreshFailed(&w, &MainWindow::refreshFailed);
    w.connectTo(settings);
    if (!QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty() || !refreshFailed.isEmpty(); }, 60000))
        return false;
    if (!failed.isEmpty() && error)
        *error = failed.first().first().value<ConnectError>();
    if (!refreshFailed.isEmpty() && error)
        error->message = refreshFailed.first().first().toString();
    return !refreshed.isEmpty();
}

// Opens another session `*holder` that takes `LOCK TABLE table IN mode` in an open transaction;
// returns its backend pid (0 when it could not).
int holdLock(TestDatabase &t, QSqlDatabase *holder, const QString &table, const QString &mode)
{
    *holder = t.openExtra(QStringLiteral("holder"));
    if (!sql::exec(*holder, QStringLiteral("BEGIN")).ok ||
        !sql::exec(*holder, QStringLiteral("LOCK TABLE %1 IN %2 MODE").arg(table, mode)).ok)
        return 0;
    return sql::scalar(*holder, QStringLiteral("SELECT pg_backend_pid()")).toInt();
}

QString cell(MainWindow &w, const MigrationKey &key, int column)
{
    return w.migrationModel()->indexOf(key, column).data(Qt::DisplayRole).toString();
}

} // namespace

class TestGuiMain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    struct Window
    {
        MainWindow w;
        QStringList confirmations;
        Window()
        {
            w.setConfirmationHandler([this](const QString &, const QString &text, const QString &details) {
                confirmations << text + QLatin1Char('\n') + details;
                return true;
            });
            w.show();
        }
    };

    // Triggers `action` and waits for the run it starts to finish; returns the outcome.
    static RunOutcome runAction(MainWindow &w, QAction *action, int timeoutMs = 300000)
    {
        QSignalSpy finished(&w, &MainWindow::runFinished);
        // After a run the window reads the state it left before it plans another.
        if (!QTest::qWaitFor([&] { return action->isEnabled(); }, 60000))
            return RunOutcome{};
        action->trigger();
        // A confirmation first reads what the steps touch (on the tree worker).
        if (!QTest::qWaitFor([&] { return !w.runFlow()->isPreparing(); }, timeoutMs))
            return RunOutcome{};
        if (!w.runController()->isBusy() && finished.isEmpty())
            return RunOutcome{};
        if (!finished.wait(timeoutMs) && finished.isEmpty())
            return RunOutcome{};
        return finished.first().first().value<RunOutcome>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The backups a rehearsal on a copy takes go to a folder of the test's own.
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("GMA-test"));
        QCoreApplication::setApplicationName(QStringLiteral("gma-migrator-test"));
        QSettings().clear();
    }

    void treeShowsRecordedState()
    {
        TestDatabase t(QStringLiteral("guitree"));
        QVERIFY2(t.buildDemo(200), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters")).ok());
        // A real failure: an item name too long for the narrowed column makes items 0003 fail.
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET name = repeat('x', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        QVERIFY(!t.migrate(QStringLiteral("items")).ok());
        // Checksum drift: the definition recorded for characters 0003 differs from the built-in one.
        QVERIFY(t.exec(QStringLiteral("UPDATE gma_migrator.history SET checksum = 'feedface' WHERE app = 'characters' "
                                      "AND name LIKE '0003%'")));

        Window win;
        MainWindow &w = win.w;
        ConnectError error;
        QVERIFY2(connectWindow(w, t.settings(), &error), qPrintable(error.message));
        QCOMPARE(w.migrationModel()->rowCount(), 5);
        QCOMPARE(statusOf(w, kChar4), QStringLiteral("applied"));
        QCOMPARE(cell(w, kChar4, MigrationModel::StateColumn), QStringLiteral("Applied"));
        QVERIFY(!cell(w, kChar4, MigrationModel::AppliedColumn).isEmpty());
        QCOMPARE(statusOf(w, kChar3), QStringLiteral("drift"));
        QCOMPARE(statusOf(w, kItems3), QStringLiteral("failed"));
        QCOMPARE(cell(w, kItems3, MigrationModel::StateColumn), QStringLiteral("Failed"));
        QCOMPARE(statusOf(w, kItems4), QStringLiteral("pending"));
        QVERIFY(cell(w, kItems4, MigrationModel::AppliedColumn).isEmpty());
        QCOMPARE(statusOf(w, kLoc2), QStringLiteral("applied"));
        // Dependencies column: characters 0003 needs its 0002 and users 0001.
        const QString deps = cell(w, kChar3, MigrationModel::DependsColumn);
        QVERIFY2(deps.contains(QStringLiteral("0002")) && deps.contains(QStringLiteral("users 0001")), qPrintable(deps));
        QCOMPARE(cell(w, kChar4, MigrationModel::KindColumn), QStringLiteral("Data step"));
        // The state icon is there (SVG resources are linked in).
        QVERIFY(!w.migrationModel()->indexOf(kChar4, MigrationModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The app row summarises: 4 of 4 applied for characters.
        QCOMPARE(w.migrationModel()->indexOfApp(QStringLiteral("characters"), MigrationModel::StateColumn).data().toString(),
                 QStringLiteral("4 of 4 applied"));
        // A record that disagrees with the schema is flagged on its app, with the repair.
        QVERIFY(!w.migrationModel()->indexOfApp(QStringLiteral("locations"), MigrationModel::StateColumn)
                     .data().toString().contains(QStringLiteral("disagrees")));
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE locations_location ADD COLUMN created_at timestamptz")));
        w.refresh();
        const auto locations = [&w](int role) {
            return w.migrationModel()->indexOfApp(QStringLiteral("locations"), MigrationModel::StateColumn).data(role).toString();
        };
        QTRY_COMPARE(locations(Qt::DisplayRole), QStringLiteral("2 of 4 applied; disagrees with the database"));
        QVERIFY2(locations(Qt::ToolTipRole).contains(QStringLiteral("matches neither the contract")),
                 qPrintable(locations(Qt::ToolTipRole)));
        // Repair, from the tree: offered for that app only, previewed with its statements and
        // confirmed, then it drops what the half-applied step left.
        w.selectApp(QStringLiteral("characters"));
        QVERIFY(!w.repairAction()->isEnabled());
        w.selectMigration(kLoc2);
        QVERIFY(w.repairAction()->isEnabled());
        win.confirmations.clear();
        const RunOutcome repaired = runAction(w, w.repairAction());
        QVERIFY2(repaired.result.ok(), qPrintable(repaired.result.error));
        QCOMPARE(win.confirmations.size(), 1);
        QVERIFY2(win.confirmations.first().startsWith(QStringLiteral("Drop what the half-applied "
                                                                     "locations.0003_location_modified_by_alter_location_"
                                                                     "created_at_and_more left in locations_location")),
                 qPrintable(win.confirmations.first()));
        QVERIFY2(win.confirmations.first().contains(QStringLiteral("ALTER TABLE \"locations_location\" DROP COLUMN "
                                                                   "\"created_at\" CASCADE")),
                 qPrintable(win.confirmations.first()));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = "
                                        "'locations_location' AND column_name = 'created_at'")),
                 qint64(0));
        QTRY_COMPARE(locations(Qt::DisplayRole), QStringLiteral("2 of 4 applied"));
        QVERIFY(!w.repairAction()->isEnabled());
        // The facts agree with the database.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")), qint64(2));

        // Selecting a migration shows its SQL; backwards shows the reverse.
        w.selectMigration(kItems3);
        QVERIFY(w.previewPane()->sqlText().contains(QStringLiteral("varchar(100)")));
        // The preflight of that plan names the too-long item, computed on a worker thread.
        QVERIFY(w.analysisPane());
        auto hasFinding = [&] {
            for (const PreflightFinding &f : w.analysisPane()->preflight().findings)
                if (f.checkId == QLatin1String("value-too-long") && f.isError())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasFinding(), 30000);
        QVERIFY(w.analysisPane()->findingsTree()->topLevelItemCount() > 0);
        QVERIFY(w.analysisPane()->impactTree()->topLevelItemCount() >= 1);
        w.previewPane()->setBackwards(true);
        QVERIFY(w.previewPane()->sqlText().contains(QStringLiteral("DROP COLUMN")));
        w.selectMigration(kChar4);
        w.previewPane()->setBackwards(false);
        QVERIFY(w.previewPane()->sqlText().contains(QStringLiteral("populate_log")));
        // Context-menu actions follow the state: characters 0004 is applied without children.
        QVERIFY(!w.migrateToHereAction()->isEnabled());
        w.selectMigration(kChar3);
        QVERIFY(w.rollBackToHereAction()->isEnabled());
    }

    void onlineActionPreviewsTheOnlineVariant()
    {
        TestDatabase t(QStringLiteral("guionline"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        Window win;
        MainWindow &w = win.w;
        ConnectError error;
        QVERIFY2(connectWindow(w, t.settings(), &error), qPrintable(error.message));
        QVERIFY(w.onlineAction() && !w.onlineAction()->isChecked());
        w.onlineAction()->setChecked(true);
        QVERIFY(w.runOptions().online);
        w.selectMigration(kItems3);
        // The preview pane's analysis shows the online statements, each with its lock's hold, and the hazard.
        const auto onlineImpact = [&w] {
            const PreviewReport &r = w.analysisPane()->impact();
            for (const StepImpact &st : r.steps) {
                for (const StatementImpact &s : st.statements) {
                    if (r.online && s.sql.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY")) && s.lockHeldMs > 0)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(onlineImpact(), 30000);
        QTreeWidget *tree = w.analysisPane()->impactTree();
        bool hazard = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
                hazard = hazard || tree->topLevelItem(i)->child(c)->text(0).contains(QStringLiteral("NOT NULL without a default"));
        }
        QVERIFY(hazard);
        // A run in that mode: the run pane says the mode and the stall budget, and the history says
        // the step ran online.
        const RunOutcome ran = runAction(w, w.migrateToHereAction());
        QVERIFY2(ran.result.ok(), qPrintable(ran.result.error));
        QVERIFY2(w.runPanel()->paceText().contains(QStringLiteral("Mode: online; no statement of a schema or data step "
                                                                  "may keep the application waiting longer than 1.00 s")),
                 qPrintable(w.runPanel()->paceText()));
        QVERIFY2(w.runPanel()->paceText().contains(QStringLiteral("Data steps: paced batches of about")),
                 qPrintable(w.runPanel()->paceText()));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE app = 'items' AND name LIKE "
                                        "'0003%' AND message = 'online'")),
                 qint64(1));
        w.onlineAction()->setChecked(false);
        QVERIFY(!w.runOptions().online);
    }

    // The stall budget is set where online mode is chosen (the Migrations menu), is what an online
    // run uses and the run pane says, and is remembered; a budget given for one session
    // (setRunOptions, as gma-migrator --stall-budget) is not.
    void stallBudgetIsARememberedRunOption()
    {
        QSettings().remove(QStringLiteral("run/stallBudgetMs"));
        TestDatabase t(QStringLiteral("guibudget"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        {
            Window win;
            MainWindow &w = win.w;
            QSpinBox *box = w.stallBudgetBox();
            QVERIFY(box);
            QCOMPARE(box->value(), 1000);
            QCOMPARE(w.runOptions().stallBudgetMs, 1000);
            QWidgetAction *action = nullptr;
            for (QWidgetAction *a : w.findChildren<QWidgetAction *>()) {
                if (a->defaultWidget() && a->defaultWidget()->isAncestorOf(box))
                    action = a;
            }
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            w.onlineAction()->setChecked(true);
            QVERIFY(action->isEnabled());
            box->setValue(400);
            QCOMPARE(w.runOptions().stallBudgetMs, 400);
            ConnectError error;
            QVERIFY2(connectWindow(w, t.settings(), &error), qPrintable(error.message));
            w.selectMigration(kItems3);
            const RunOutcome ran = runAction(w, w.migrateToHereAction());
            QVERIFY2(ran.result.ok(), qPrintable(ran.result.error));
            QVERIFY2(w.runPanel()->paceText().contains(QStringLiteral("waiting longer than 400 ms for a lock")),
                     qPrintable(w.runPanel()->paceText()));
            w.onlineAction()->setChecked(false);
        }
        QCOMPARE(QSettings().value(QStringLiteral("run/stallBudgetMs")).toInt(), 400);
        {
            MainWindow w;
            QCOMPARE(w.stallBudgetBox()->value(), 400);
            QCOMPARE(w.runOptions().stallBudgetMs, 400);
            RunOptions o = w.runOptions();
            o.stallBudgetMs = 2500;
            w.setRunOptions(o);
            QCOMPARE(w.stallBudgetBox()->value(), 2500);
            QCOMPARE(w.runOptions().stallBudgetMs, 2500);
        }
        QCOMPARE(QSettings().value(QStringLiteral("run/stallBudgetMs")).toInt(), 400);
        QSettings().remove(QStringLiteral("run/stallBudgetMs"));
    }

    void selectAndMigrateToTheEnd()
    {
        TestDatabase t(QStringLiteral("guimigrate"));
        QVERIFY2(t.buildDemo(3000), qPrintable(t.lastError()));
        Window win;
        MainWindow &w = win.w;
        QVERIFY(connectWindow(w, t.settings()));
        QCOMPARE(statusOf(w, kChar4), QStringLiteral("pending"));
        // Select the three strategy apps and migrate them.
        auto *sel = w.migrationTree()->selectionModel();
        sel->clearSelection();
        for (const char *app : {"characters", "items", "locations"})
            sel->select(w.migrationModel()->indexOfApp(QString::fromLatin1(app)),
                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy steps(w.runController()->worker(), &RunWorker::stepFinished);
        QSignalSpy progress(w.runController()->worker(), &RunWorker::stepProgress);
        const RunOutcome outcome = runAction(w, w.migrateAction());
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QCOMPARE(steps.count(), 6);
        QVERIFY(progress.count() > 0);
        QCOMPARE(w.runPanel()->overallBar()->value(), w.runPanel()->overallBar()->maximum());
        QCOMPARE(w.runPanel()->overallBar()->maximum(), 6);
        QCOMPARE(w.runPanel()->stepBar()->value(), w.runPanel()->stepBar()->maximum());
        QVERIFY(!w.runPanel()->bannerText().isEmpty());
        // The tree was refreshed after the run.
        QTRY_COMPARE(statusOf(w, kChar4), QStringLiteral("applied"));
        QCOMPARE(statusOf(w, kItems4), QStringLiteral("applied"));
        // The database is at 0004.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name = '0004_populate_audit_fields'")),
                 qint64(3));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL OR modified_by_id IS NULL")),
                 qint64(0));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0004"))), QString());
        // Forward runs need no confirmation.
        QVERIFY(win.confirmations.isEmpty());

        // "Roll back to here" on items 0003 = migrate items 0003: unapplies only its child 0004,
        // after a confirmation naming that step.
        w.selectMigration(kItems3);
        QVERIFY(w.rollBackToHereAction()->isEnabled());
        QVERIFY(!w.migrateToHereAction()->isEnabled());
        const RunOutcome back = runAction(w, w.rollBackToHereAction());
        QVERIFY2(back.result.ok(), qPrintable(back.result.error));
        QCOMPARE(back.result.steps.size(), 1);
        QCOMPARE(win.confirmations.size(), 1);
        QVERIFY(win.confirmations.first().contains(QStringLiteral("1. Unapply items.0004_populate_audit_fields")));
        QTRY_COMPARE(statusOf(w, kItems4), QStringLiteral("pending"));
        QCOMPARE(statusOf(w, kItems3), QStringLiteral("applied"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items' AND name LIKE '0004%'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NOT NULL")), qint64(0));
    }

    void cancelMidDataStepLeavesConsistentState()
    {
        TestDatabase t(QStringLiteral("guicancel"));
        QVERIFY2(t.buildDemo(50000), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters"), QStringLiteral("0003")).ok());
        const qint64 total = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        Window win;
        MainWindow &w = win.w;
        RunOptions options;
        options.batchSize = 1000;
        w.setRunOptions(options);
        QVERIFY(connectWindow(w, t.settings()));
        w.selectMigration(kChar4);
        // After the first batch the worker waits until the GUI has triggered Cancel, so that a busy
        // machine cannot let the step finish before the click arrives.
        std::atomic_bool cancelled{false};
        QSemaphore clicked;
        connect(
            w.runController()->worker(), &RunWorker::stepProgress, w.runController()->worker(),
            [&](int, qint64 done, qint64) {
                if (cancelled.load() || done <= 0)
                    return;
                cancelled.store(true);
                QMetaObject::invokeMethod(
                    &w, [&] {
                        w.cancelAction()->trigger();
                        clicked.release();
                    },
                    Qt::QueuedConnection);
                clicked.tryAcquire(1, 60000);
            },
            Qt::DirectConnection);
        const RunOutcome outcome = runAction(w, w.migrateAction());
        QVERIFY(cancelled.load());
        QCOMPARE(int(outcome.result.status), int(RunResult::Status::Cancelled));
        QVERIFY2(outcome.result.error.contains(QStringLiteral("batch boundary")), qPrintable(outcome.result.error));
        QVERIFY(w.runPanel()->bannerText().contains(QStringLiteral("Cancelled")));
        // 0004 is not recorded; the tree says pending (not applied).
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name = '0004_populate_audit_fields'")),
                 qint64(0));
        QTRY_VERIFY(statusOf(w, kChar4) != QStringLiteral("applied"));
        // Completed batches are whole: both audit columns filled together, every filled value
        // recorded for the rollback, and some rows still to do.
        const qint64 filled = t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NOT NULL"));
        QVERIFY(filled > 0);
        QVERIFY2(filled < total, "the cancel came too late to stop mid-step");
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE (created_by_id IS NULL) <> (modified_by_id IS NULL)")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT coalesce(sum(cardinality(row_ids)), 0) FROM gma_migrator.populate_log "
                                        "WHERE table_name = 'characters_character' AND column_name = 'created_by_id'")),
                 filled);
        // A rerun completes.
        const RunOutcome again = runAction(w, w.migrateAction());
        QVERIFY2(again.result.ok(), qPrintable(again.result.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL OR modified_by_id IS NULL")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name = '0004_populate_audit_fields'")),
                 qint64(1));
        QTRY_COMPARE(statusOf(w, kChar4), QStringLiteral("applied"));
    }

    void oneClickRollbackRestores0002()
    {
        TestDatabase t(QStringLiteral("guirollback"));
        QVERIFY2(t.buildDemo(1000), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        Window win;
        MainWindow &w = win.w;
        QTemporaryDir backups;
        w.setBackupBeforeRollback(true, backups.path());
        QVERIFY(connectWindow(w, t.settings()));
        QCOMPARE(statusOf(w, kItems4), QStringLiteral("applied"));
        const RunOutcome outcome = runAction(w, w.rollbackAction());
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QVERIFY(outcome.isRollback);
        // The backup named in the confirmation was taken before anything was rolled back.
        QVERIFY(!outcome.backupPath.isEmpty());
        QVERIFY(outcome.backupPath.startsWith(backups.path()));
        QVERIFY(win.confirmations.value(0).contains(outcome.backupPath));
        QVERIFY(QFileInfo(outcome.backupPath).size() > 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups WHERE path = ?"), {outcome.backupPath}),
                 qint64(1));
        // It holds the state before the rollback: 0004 recorded three times.
        QVERIFY(t.scalar(QStringLiteral("SELECT migration_state::text FROM gma_migrator.backups")).toString().contains(
            QStringLiteral("0004_populate_audit_fields")));
        // The confirmation listed exactly the steps, data steps first.
        QCOMPARE(win.confirmations.size(), 1);
        const QString asked = win.confirmations.first();
        QVERIFY(asked.contains(QStringLiteral("1. Unapply characters.0004_populate_audit_fields")));
        QVERIFY(asked.contains(QStringLiteral("Unapply items.0003_item_modified_by_alter_item_created_at_and_more")));
        QVERIFY(asked.indexOf(QStringLiteral("Unapply locations.0004")) < asked.indexOf(QStringLiteral("Unapply characters.0003")));
        // Their values go with the columns the schema steps' reverse drops: nothing is set back row by row.
        QVERIFY2(asked.contains(QStringLiteral("data step: its values go with the columns that the reverse of "
                                               "characters.0003_character_created_by_character_modified_by_and_more drops")),
                 qPrintable(asked));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%' OR name LIKE '0004%'")),
                 qint64(0));
        QTRY_COMPARE(statusOf(w, kItems4), QStringLiteral("pending"));
        QCOMPARE(statusOf(w, kItems3), QStringLiteral("pending"));
    }

    void declinedRollbackChangesNothing()
    {
        TestDatabase t(QStringLiteral("guidecline"));
        QVERIFY2(t.buildDemo(100), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        MainWindow w;
        int asked = 0;
        w.setConfirmationHandler([&](const QString &, const QString &, const QString &) {
            ++asked;
            return false;
        });
        QVERIFY(connectWindow(w, t.settings()));
        w.rollbackAction()->trigger();
        QTRY_COMPARE(asked, 1);
        QVERIFY(!w.runFlow()->isPreparing());
        QVERIFY(!w.runController()->isBusy());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")), qint64(3));
    }

    void rehearsalReportsRowsAndChangesNothing()
    {
        TestDatabase t(QStringLiteral("guirehearse"));
        QVERIFY2(t.buildDemo(500), qPrintable(t.lastError()));
        Window win;
        MainWindow &w = win.w;
        QVERIFY(connectWindow(w, t.settings()));
        w.selectApp(QStringLiteral("characters"));
        const RunOutcome outcome = runAction(w, w.rehearseAction());
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QVERIFY(outcome.dryRun);
        // On a copy: its stages, checks and the scratch database gone.
        QVERIFY(outcome.onCopy && outcome.rehearsal);
        QVERIFY(outcome.rehearsal->scratchDropped);
        QVERIFY(outcome.rehearsal->rowsPreserved);
        QCOMPARE(outcome.rehearsal->stages.size(), 7);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"),
                         {outcome.rehearsal->scratchDatabase}),
                 qint64(0));
        QVERIFY2(w.runPanel()->bannerText().contains(QStringLiteral("Rehearsal on a copy finished")),
                 qPrintable(w.runPanel()->bannerText()));
        QCOMPARE(outcome.result.steps.size(), 2);
        // The data step's real row count: every character gets its audit fields.
        QCOMPARE(outcome.result.steps.at(1).rows, t.count(QStringLiteral("SELECT count(*) FROM characters_character")));
        QTreeWidget *tree = w.previewPane()->rehearsalTree();
        QCOMPARE(tree->topLevelItemCount(), 3); // two steps and the summary
        QVERIFY(tree->topLevelItem(1)->text(0).contains(QStringLiteral("characters.0004")));
        QVERIFY(!tree->topLevelItem(1)->text(1).isEmpty());
        // Rolled back: nothing recorded, no columns added.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")), qint64(0));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("characters_character"), QStringLiteral("created_by_id")));

        // In place only after a confirmation that states the lock and its estimated length.
        QString asked;
        w.runFlow()->setConfirmationHandler([&asked](const QString &, const QString &text, const QString &) {
            asked = text;
            return false;
        });
        QSignalSpy started(w.runController(), &RunController::started);
        w.rehearseInPlaceAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !asked.isEmpty(); }, 60000));
        QVERIFY2(asked.contains(QStringLiteral("holds ACCESS EXCLUSIVE on characters_character")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral(" for about ")), qPrintable(asked));
        QVERIFY(!w.runController()->isBusy());
        QCOMPARE(started.count(), 0);
        w.runFlow()->setConfirmationHandler([](const QString &, const QString &, const QString &) { return true; });
        const RunOutcome inPlace = runAction(w, w.rehearseInPlaceAction());
        QVERIFY2(inPlace.result.ok(), qPrintable(inPlace.result.error));
        QVERIFY(inPlace.dryRun && !inPlace.onCopy && !inPlace.rehearsal);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")), qint64(0));
    }

    void lockWaitShowsTheBlockingSession()
    {
        TestDatabase t(QStringLiteral("guilock"));
        QVERIFY2(t.buildDemo(200), qPrintable(t.lastError()));
        // Another session holds a lock on characters_character that the schema step must wait for.
        QSqlDatabase other;
        const int blockerPid = holdLock(t, &other, QStringLiteral("characters_character"), QStringLiteral("ACCESS SHARE"));
        QVERIFY(blockerPid > 0);
        Window win;
        MainWindow &w = win.w;
        RunOptions options;
        options.lockTimeoutMs = 300;
        options.lockRetries = 10;
        options.retryDelayMs = 200;
        w.setRunOptions(options);
        // The preflight would refuse the run because of the lock holder; the user runs anyway.
        w.preflightAction()->setChecked(false);
        QVERIFY(connectWindow(w, t.settings()));
        w.selectMigration(kChar3);
        QString shown;
        connect(w.runController()->worker(), &RunWorker::waitingForLock, &w, [&](int, int, const QString &) {
            if (shown.isEmpty()) {
                shown = w.runPanel()->lockText();
                sql::exec(other, QStringLiteral("COMMIT")); // let the step through
            }
        });
        const RunOutcome outcome = runAction(w, w.migrateToHereAction());
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QVERIFY2(shown.contains(QStringLiteral("pid %1").arg(blockerPid)), qPrintable(shown));
        QVERIFY(outcome.result.steps.first().attempts > 1);
        QVERIFY(w.runPanel()->lockText().isEmpty()); // hidden again once the step got its lock
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name LIKE '0003%'")),
                 qint64(1));
    }

    void preflightJudgesLockHoldersByTheRunsLockTimeout()
    {
        // A session holding a conflicting lock for longer than the run's lock timeout (100 ms
        // here, not the default 3 s) blocks the run: the preflight refuses it and nothing runs.
        TestDatabase t(QStringLiteral("guipflock"));
        QVERIFY2(t.buildDemo(50), qPrintable(t.lastError()));
        QSqlDatabase other;
        const int blockerPid = holdLock(t, &other, QStringLiteral("characters_character"), QStringLiteral("ACCESS SHARE"));
        QVERIFY(blockerPid > 0);
        // The application, not one of the tool's own short reads.
        QVERIFY(sql::exec(other, QStringLiteral("SET application_name = 'game-master-app'")).ok);
        Window win;
        MainWindow &w = win.w;
        RunOptions options;
        options.lockTimeoutMs = 100;
        options.lockRetries = 1;
        options.retryDelayMs = 50;
        w.setRunOptions(options);
        QVERIFY(w.preflightAction()->isChecked());
        QVERIFY(connectWindow(w, t.settings()));
        w.selectMigration(kChar3);
        const RunOutcome outcome = runAction(w, w.migrateToHereAction());
        QVERIFY2(outcome.result.status == RunResult::Status::Refused, qPrintable(outcome.result.error));
        QVERIFY(outcome.result.steps.isEmpty());
        // The one error is the lock holder, judged against the run's 100 ms, naming its pid.
        QVERIFY2(outcome.result.error.contains(QStringLiteral("lock timeout of 100 ms")), qPrintable(outcome.result.error));
        QVERIFY2(outcome.result.error.contains(QString::number(blockerPid)), qPrintable(outcome.result.error));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("characters_character"), QStringLiteral("created_by_id")));
        sql::exec(other, QStringLiteral("ROLLBACK"));
    }

    void preflightRefusesARunThatWouldFail()
    {
        TestDatabase t(QStringLiteral("guipreflight"));
        QVERIFY2(t.buildDemo(200), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET name = repeat('y', 120) WHERE id = (SELECT max(id) FROM items_item)")));
        Window win;
        MainWindow &w = win.w;
        QVERIFY(w.preflightAction()->isChecked());
        QVERIFY(connectWindow(w, t.settings()));
        w.selectApp(QStringLiteral("items"));
        const RunOutcome outcome = runAction(w, w.migrateAction());
        QCOMPARE(int(outcome.result.status), int(RunResult::Status::Refused));
        QVERIFY2(outcome.result.error.contains(QStringLiteral("preflight")), qPrintable(outcome.result.error));
        QVERIFY(outcome.result.steps.isEmpty());
        QVERIFY(w.runPanel()->bannerText().startsWith(QStringLiteral("Not started.")));
        // Nothing ran: items still at 0002, no audit column.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")), qint64(2));
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_by_id")));
        QCOMPARE(statusOf(w, kItems3), QStringLiteral("pending"));
    }

    void guiThreadKeepsBeatingDuringARun()
    {
        TestDatabase t(QStringLiteral("guiheartbeat"));
        QVERIFY2(t.buildDemo(30000), qPrintable(t.lastError()));
        Window win;
        MainWindow &w = win.w;
        RunOptions options;
        options.batchSize = 1000;
        w.setRunOptions(options);
        QVERIFY(connectWindow(w, t.settings()));
        w.clearSelection();

        QElapsedTimer clock;
        qint64 last = 0, maxGap = 0;
        bool measuring = false;
        QTimer heartbeat;
        heartbeat.setInterval(20);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (measuring)
                maxGap = qMax(maxGap, now - last);
            last = now;
        });
        RunWorker *worker = w.runController()->worker();
        int stepsFinished = 0;
        connect(worker, &RunWorker::stepFinished, this, [&](int, const StepResult &) {
            if (++stepsFinished == 6)
                measuring = false; // the worker's part is over; the refresh afterwards is not measured
        });
        clock.start();
        heartbeat.start();
        QTest::qWait(60);
        last = clock.elapsed();
        measuring = true;
        const RunOutcome outcome = runAction(w, w.migrateAction());
        measuring = false;
        heartbeat.stop();
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QCOMPARE(stepsFinished, 6);
        qInfo("GUI heartbeat during a migrate of 30000 rows per model (batch 1000): max gap %lld ms", maxGap);
        QVERIFY2(maxGap < 100, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxGap)));
    }

    // With another session holding ACCESS EXCLUSIVE on items_item in an open transaction, the
    // window connects, refreshes, analyses every migration, shows every view, starts a rehearsal
    // and a migration and cancels them: the GUI thread never stops for more than 100 ms, every
    // view finishes (showing what it got or the error naming the wait), and nothing changes.
    void heldLockNeverStopsTheWindow()
    {
        TestDatabase t(QStringLiteral("guiheldlock"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("characters")).ok());
        const qint64 recorded = t.count(QStringLiteral("SELECT count(*) FROM django_migrations"));
        QSqlDatabase holder;
        const int holderPid = holdLock(t, &holder, QStringLiteral("items_item"), QStringLiteral("ACCESS EXCLUSIVE"));
        QVERIFY(holderPid > 0);

        Window win;
        MainWindow &w = win.w;
        QTest::qWait(50); // the window's first paint is not measured
        QElapsedTimer clock;
        qint64 last = 0, maxGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            maxGap = qMax(maxGap, now - last);
            last = now;
        });
        clock.start();
        heartbeat.start();

        ConnectError error;
        QVERIFY2(connectWindow(w, t.settings(), &error), qPrintable(error.message));
        QSignalSpy refreshed(&w, &MainWindow::refreshed);
        w.refreshAction()->trigger();
        QVERIFY(refreshed.wait(30000));

        // Every migration in turn (each selection makes the previous analysis stale), items 0003
        // last: its analysis reads items_item.
        QTabWidget *inner = w.previewPane()->tabs();
        QVERIFY(inner->count() > 2);
        inner->setCurrentIndex(1); // Impact & Preflight
        for (const MigrationDefinition &def : w.catalogue().migrations()) {
            w.selectMigration(def.key);
            QTest::qWait(20);
        }
        QSignalSpy analysed(w.analysisPane(), &AnalysisPane::analysed);
        w.selectMigration(kItems3);
        QVERIFY(analysed.wait(60000));
        QVERIFY(!w.analysisPane()->isBusy());
        const QString analysis = w.analysisPane()->titleText();
        qInfo("analysis under the lock: %s", qPrintable(analysis));
        QVERIFY2(analysis.startsWith(QStringLiteral("items to 0003: ")) && !analysis.contains(QStringLiteral("Analysing")),
                 qPrintable(analysis));
        QVERIFY(w.analysisPane()->findingsTree()->topLevelItemCount() > 0);

        // Rehearse and Migrate All, each cancelled at once (or refused by the preflight).
        for (QAction *action : {w.rehearseAction(), w.migrateAction()}) {
            w.clearSelection();
            QSignalSpy finished(&w, &MainWindow::runFinished);
            QVERIFY(QTest::qWaitFor([&] { return action->isEnabled(); }, 60000));
            action->trigger();
            QVERIFY(w.runController()->isBusy());
            w.cancelAction()->trigger();
            QVERIFY(finished.wait(60000));
            const RunOutcome outcome = finished.first().first().value<RunOutcome>();
            qInfo("%s under the lock: %s", qPrintable(action->text()), qPrintable(outcome.result.error));
            QVERIFY2(outcome.result.status == RunResult::Status::Cancelled ||
                         outcome.result.status == RunResult::Status::Refused,
                     qPrintable(outcome.result.error));
            QVERIFY(!w.runPanel()->bannerText().isEmpty());
        }

        // Migrate All left to run: the preflight refuses it naming the wait, or the run panel
        // shows the session the schema step waits for; then it is cancelled.
        {
            w.clearSelection();
            QSignalSpy finished(&w, &MainWindow::runFinished);
            QSignalSpy waiting(w.runController()->worker(), &RunWorker::waitingForLock);
            QVERIFY(QTest::qWaitFor([&] { return w.migrateAction()->isEnabled(); }, 60000));
            w.migrateAction()->trigger();
            QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !waiting.isEmpty(); }, 60000));
            if (finished.isEmpty()) {
                const QString shown = w.runPanel()->lockText();
                qInfo("Migrate All waits: %s", qPrintable(shown));
                QVERIFY2(shown.contains(QStringLiteral("pid %1").arg(holderPid)), qPrintable(shown));
                w.cancelAction()->trigger();
                QVERIFY(finished.wait(60000));
            }
            const RunOutcome outcome = finished.first().first().value<RunOutcome>();
            qInfo("Migrate All under the lock: %s", qPrintable(outcome.result.error));
            if (outcome.result.status == RunResult::Status::Refused)
                QVERIFY2(outcome.result.error.contains(QStringLiteral("lock")), qPrintable(outcome.result.error));
            else
                QCOMPARE(int(outcome.result.status), int(RunResult::Status::Cancelled));
        }

        // Every tab shown; the data views finish their reads (the error label names the wait).
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!w.session()->dataWorker()->isBusy() && !w.session()->treeWorker()->isBusy() &&
                                     !w.runController()->isBusy(),
                                 90000);
        heartbeat.stop();
        qInfo("GUI heartbeat with items_item locked by pid %d: max gap %lld ms", holderPid, maxGap);
        QVERIFY2(maxGap <= 100, qPrintable(QStringLiteral("the GUI thread stalled for %1 ms").arg(maxGap)));

        // The lock released, the database is as it was.
        QVERIFY(sql::exec(holder, QStringLiteral("COMMIT")).ok);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), recorded);
        for (const QString &table : {QStringLiteral("items_item"), QStringLiteral("locations_location")})
            QVERIFY(!sql::columnExists(t.db(), table, QStringLiteral("created_by_id")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL")),
                 qint64(0));
    }

    void darkPaletteAndLayoutAreRemembered()
    {
        {
            MainWindow w;
            w.show();
            w.darkModeAction()->setChecked(true);
            QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() < 100, true);
            w.resize(1111, 777);
            w.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/dark")).toBool(), true);
        {
            MainWindow w;
            QVERIFY(w.darkModeAction()->isChecked());
            QCOMPARE(w.size(), QSize(1111, 777));
            w.darkModeAction()->setChecked(false);
            QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        }
        QCOMPARE(QSettings().value(QStringLiteral("ui/dark")).toBool(), false);
    }

    void passwordsNeverReachTheSettings()
    {
        TestDatabase t(QStringLiteral("guipw"));
        ConnectionSettings s = t.settings();
        s.host = QStringLiteral("127.0.0.1");
        s.port = tcpPort();
        s.password = tcpPassword();
        QVERIFY(!s.password.isEmpty());
        {
            MainWindow w;
            ConnectError error;
            QVERIFY2(connectWindow(w, s, &error), qPrintable(error.message));
            QVERIFY(w.session()->info().database == t.name());
            ConnectionDialog::addRecent(s);
            ConnectionDialog::saveProfiles({ConnectionProfile{QStringLiteral("test"), s}});
            w.close();
        }
        QSettings settings;
        settings.sync();
        const QList<ConnectionSettings> recent = ConnectionDialog::recent();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first().database, t.name());
        QVERIFY(recent.first().password.isEmpty());
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(t.name().toUtf8()));
        QVERIFY(!content.contains(s.password.toUtf8()));
        QVERIFY(settings.contains(QStringLiteral("ui/geometry")));
    }
};

QTEST_MAIN(TestGuiMain)
#include "test_gui_main.moc"
