// The desktop app and late rows (rows inserted without audit users after the data step), on the
// offscreen platform against the test PostgreSQL: the Audit view names them (count, newest id),
// its Fill Late Rows action asks, runs on the run worker with progress and fills them as the data
// step's rule does; a rollback of the data step afterwards sets them back to NULL. And the status
// bar says whether the connection is encrypted (the test cluster's socket: not encrypted).
#include "audit/auditview.h"
#include "mainwindow.h"
#include "run/runcontroller.h"
#include "session.h"
#include "testdb.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

namespace {

bool connectWindow(MainWindow &w, const ConnectionSettings &settings)
{
    QSignalSpy refreshed(&w, &MainWindow::refreshed);
    QSignalSpy failed(w.session(), &Session::connectFailed);
    w.connectTo(settings);
    return QTest::qWaitFor([&] { return !refreshed.isEmpty() || !failed.isEmpty(); }, 60000) && !refreshed.isEmpty();
}

} // namespace

class TestGuiLate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GMA-test"));
        QCoreApplication::setApplicationName(QStringLiteral("gma-migrator-test-late"));
        QSettings().clear();
    }

    void statusBarSaysWhetherEncrypted()
    {
        TestDatabase t(QStringLiteral("guienc"));
        QVERIFY(t.buildDemo(10));
        MainWindow w;
        w.show();
        auto *label = w.statusBar()->findChild<QLabel *>(QStringLiteral("encryptionLabel"));
        QVERIFY(label);
        QVERIFY(label->isHidden());
        QVERIFY(connectWindow(w, t.settings()));
        QVERIFY(label->isVisible());
        // The fixture's cluster is reached over its socket: never encrypted.
        QCOMPARE(label->text(), QStringLiteral("Not encrypted"));
    }

    void auditViewFillsLateRows()
    {
        TestDatabase t(QStringLiteral("guilate"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO items_item (name, description, campaign_id, created_at, updated_at) "
                                      "SELECT 'late ' || g, 'script', (SELECT max(id) FROM campaigns_campaign), now(), "
                                      "now() FROM generate_series(1, 42) g")));
        const qint64 newest = t.scalar(QStringLiteral("SELECT max(id) FROM items_item")).toLongLong();
        QVERIFY(t.exec(QStringLiteral("CREATE TABLE snap_items AS SELECT * FROM items_item")));

        MainWindow w;
        QStringList confirmations;
        w.setConfirmationHandler([&confirmations](const QString &title, const QString &text, const QString &details) {
            confirmations << title + QLatin1Char('\n') + text + QLatin1Char('\n') + details;
            return true;
        });
        w.show();
        auto *audit = w.findChild<AuditView *>();
        QVERIFY(audit);
        QVERIFY(connectWindow(w, t.settings()));
        QVERIFY(QTest::qWaitFor([&] { return !audit->lateRowsText().isEmpty(); }, 30000));
        QCOMPARE(audit->lateRowsText(), QStringLiteral("42 rows of items_item have no creator (42 no modifier), "
                                                       "newest id %1: added after the data step "
                                                       "0004_populate_audit_fields ran.")
                                            .arg(newest));
        auto *label = audit->findChild<QLabel *>(QStringLiteral("lateRowsLabel"));
        QVERIFY(label && !label->isHidden());
        QCOMPARE(label->text(), audit->lateRowsText());
        QPushButton *fill = audit->fillLateRowsButton();
        QVERIFY(!fill->isHidden());

        QSignalSpy progress(w.runController()->worker(), &RunWorker::stepProgress);
        QSignalSpy finished(&w, &MainWindow::runFinished);
        QSignalSpy updated(audit, &AuditView::summaryUpdated);
        fill->click();
        QVERIFY(finished.wait(120000));
        const RunOutcome outcome = finished.first().first().value<RunOutcome>();
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QCOMPARE(outcome.result.steps.size(), 1);
        QCOMPARE(outcome.result.steps.first().rows, 42);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(confirmations.size(), 1);
        QVERIFY2(confirmations.first().startsWith(QStringLiteral("Fill Late Rows?\nFill 42 late rows")),
                 qPrintable(confirmations.first()));
        QVERIFY(confirmations.first().contains(QStringLiteral("42 rows of items_item without audit users, newest id %1")
                                                   .arg(newest)));
        // Filled by the data step's rule (the campaign's owner), everything else as it was.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i WHERE created_by_id IS DISTINCT FROM "
                                        "(SELECT owner_id FROM campaigns_campaign c WHERE c.id = i.campaign_id) OR "
                                        "modified_by_id IS DISTINCT FROM created_by_id")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN snap_items s USING (id) WHERE "
                                        "i IS DISTINCT FROM s")),
                 42);
        // The view reads its figures again after the run: nothing late any more.
        QVERIFY(QTest::qWaitFor([&] { return audit->lateRowsText().isEmpty() && !audit->isSummaryLoading(); }, 30000));
        QVERIFY(fill->isHidden());

        // A rollback of the data step sets exactly what was filled back: the late rows NULL again.
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item i JOIN snap_items s USING (id) WHERE "
                                        "i.id > ? AND i IS DISTINCT FROM s"),
                         {newest - 42}),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NOT NULL")), 0);
    }
};

QTEST_MAIN(TestGuiLate)
#include "test_gui_late.moc"
