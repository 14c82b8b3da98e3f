// The Fleet view on the offscreen platform: a targets file of three test databases and one that
// cannot be reached; Preflight all from its button, then a rollout with --continue-on-error that
// migrates the reachable ones (asserted in their django_migrations), the unreachable one in red
// with its sentence, the overall bar, a double-click that asks to open a target alone.
#include "fleet/fleetview.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace gma;
using namespace gma::test;
using namespace gma::ui;

class TestGuiFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<gma::FleetResult>>();
        qRegisterMetaType<gma::ConnectionSettings>();
    }

    void rolloutFromTheView()
    {
        std::vector<std::unique_ptr<TestDatabase>> dbs;
        for (int i = 0; i < 3; ++i) {
            dbs.push_back(std::make_unique<TestDatabase>(QStringLiteral("gfleet%1").arg(i)));
            QVERIFY(dbs.back()->buildDemo(200));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("targets.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QStringList lines;
            for (int i = 0; i < 3; ++i)
                lines << QStringLiteral("g%1: %2").arg(i).arg(dbs.at(i)->settings().toConninfo());
            lines << QStringLiteral("gone: host=127.0.0.1 port=1 dbname=x");
            f.write(lines.join(QLatin1Char('\n')).toUtf8());
        }
        const MigrationCatalogue catalogue = MigrationCatalogue::builtIn();
        FleetView view(catalogue);
        view.setBackup(false);
        view.resize(1200, 500);
        view.show();
        QVERIFY(!view.loadTargets(dir.filePath(QStringLiteral("missing.txt"))));
        QVERIFY(view.statusText().contains(QLatin1String("Cannot read the targets file")));
        QVERIFY(view.loadTargets(path));
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->index(3, FleetTableModel::TargetColumn).data().toString(), QStringLiteral("gone"));

        // The GUI thread stays responsive while the targets run on their threads.
        QElapsedTimer beat;
        qint64 worstGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, beat.restart());
        });

        QSignalSpy finished(&view, &FleetView::finished);
        QPushButton *preflight = nullptr;
        for (QPushButton *b : view.findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Preflight all"))
                preflight = b;
        }
        QVERIFY(preflight && preflight->isEnabled());
        beat.start();
        heartbeat.start();
        QTest::mouseClick(preflight, Qt::LeftButton);
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(60000));
        auto results = finished.takeFirst().at(0).value<QList<FleetResult>>();
        QCOMPARE(results.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(results.at(i).outcome, FleetResult::Outcome::Success);
        QCOMPARE(results.at(3).outcome, FleetResult::Outcome::Unreachable);
        for (auto &t : dbs) // the preflight changes nothing
            QCOMPARE(t->count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")),
                     qint64(0));

        view.setContinueOnError(true);
        view.setParallel(2);
        view.setCanary(1);
        view.start(FleetCommand::Migrate);
        QVERIFY(finished.wait(120000));
        heartbeat.stop();
        results = finished.takeFirst().at(0).value<QList<FleetResult>>();
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(results.at(i).outcome == FleetResult::Outcome::Success, qPrintable(results.at(i).error));
            QCOMPARE(dbs.at(i)->count(
                         QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")),
                     qint64(3));
            QCOMPARE(view.model()->index(i, FleetTableModel::AfterColumn).data().toString(), QStringLiteral("0004"));
        }
        const QModelIndex gone = view.model()->index(3, FleetTableModel::MessageColumn);
        QVERIFY2(gone.data().toString().contains(QLatin1String("cannot be reached")), qPrintable(gone.data().toString()));
        QVERIFY(gone.data(Qt::BackgroundRole).isValid()); // in red
        QVERIFY(!view.model()->index(0, FleetTableModel::MessageColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(view.statusText().contains(QLatin1String("3 of 4 targets succeeded")));
        qInfo("longest GUI-thread gap during the fleet runs: %lld ms", worstGap);

        // A double-click asks to open that target alone.
        QSignalSpy open(&view, &FleetView::openTarget);
        const QRect cell = view.table()->visualRect(view.model()->index(1, FleetTableModel::TargetColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).value<ConnectionSettings>().database, dbs.at(1)->name());

        // Validate all, then the fleet report from the view: a drift planted on one target fails it.
        QVERIFY(!view.reportButton()->isEnabled()); // no validation yet
        QVERIFY(dbs.at(2)->exec(QStringLiteral("ALTER TABLE items_item ADD COLUMN planted_drift integer")));
        QTest::mouseClick(view.validateButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        results = finished.takeFirst().at(0).value<QList<FleetResult>>();
        QCOMPARE(results.at(0).outcome, FleetResult::Outcome::Success);
        QCOMPARE(results.at(2).outcome, FleetResult::Outcome::CheckFailed);
        QVERIFY(view.reportButton()->isEnabled());
        QSignalSpy written(&view, &FleetView::reportWritten);
        for (const QString &name : {QStringLiteral("fleet.json"), QStringLiteral("fleet.pdf")}) {
            view.exportReport(dir.filePath(name));
            QVERIFY(written.wait(60000));
            const QList<QVariant> w = written.takeFirst();
            QVERIFY2(w.at(1).toString().isEmpty(), qPrintable(w.at(1).toString()));
        }
        QFile json(dir.filePath(QStringLiteral("fleet.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray failing =
            report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("failing")).toArray();
        QCOMPARE(failing.size(), 2); // the drifted target and the unreachable one
        QCOMPARE(failing.at(0).toString(), QStringLiteral("g2"));
        QCOMPARE(failing.at(1).toString(), QStringLiteral("gone"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("fleet.pdf"))).size() > 1000);
        QVERIFY(view.statusText().contains(QLatin1String("Fleet report saved to")));
    }
};

QTEST_MAIN(TestGuiFleet)
#include "test_gui_fleet.moc"
