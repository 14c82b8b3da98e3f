// DemoCluster (gma-migrator --demo): a throwaway PostgreSQL cluster of its own, demo data at 0002,
// stopped and removed afterwards.
#include "democluster.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QDir>
#include <QTest>

using namespace gma;

class TestDemoCluster : public QObject
{
    Q_OBJECT
private slots:
    void startsFillsAndRemovesItself()
    {
        if (DemoCluster::findServerBinaries().isEmpty())
            QSKIP("PostgreSQL server programs are not installed");
        DemoCluster cluster;
        QStringList phases;
        QString error;
        DemoClusterOptions options;
        options.rows = 500;
        QVERIFY2(cluster.start(options, &error, [&](const QString &p) { phases << p; }), qPrintable(error));
        QVERIFY(cluster.isRunning());
        const QString dir = cluster.directory();
        QVERIFY(QDir(dir).exists());
        QVERIFY(!phases.isEmpty());
        const ConnectionSettings settings = cluster.settings();
        QVERIFY(settings.password.isEmpty()); // trust on the Unix socket in its own folder
        QCOMPARE(settings.host, dir);
        {
            ConnectError cerr;
            auto db = Database::open(settings, QStringLiteral("demo-check"), &cerr);
            QVERIFY2(db, qPrintable(cerr.message));
            const ServerInfo info = Database::serverInfo(*db);
            QVERIFY(info.isGma);
            QCOMPARE(info.database, QStringLiteral("gma_demo"));
            QCOMPARE(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM characters_character")).toLongLong(), qint64(500));
            QCOMPARE(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0002%'")).toLongLong(),
                     qint64(3));
            QCOMPARE(sql::scalar(*db, QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")).toLongLong(),
                     qint64(0));
            // It listens on loopback only.
            QCOMPARE(sql::scalar(*db, QStringLiteral("SHOW listen_addresses")).toString(), QStringLiteral("127.0.0.1"));
        }
        Database::close(QStringLiteral("demo-check"));
        cluster.stop();
        QVERIFY(!cluster.isRunning());
        QVERIFY(!QDir(dir).exists());
        ConnectError gone;
        QVERIFY(!Database::open(settings, QStringLiteral("demo-gone"), &gone));
        QVERIFY(gone.isError());
    }
};

QTEST_GUILESS_MAIN(TestDemoCluster)
#include "test_demo_cluster.moc"
