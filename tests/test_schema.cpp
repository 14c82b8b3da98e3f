// Exact schema: the tool's migrations produce Django's schema to the letter (CONTRACT.md), both
// ways, on an empty database and on one standing at 0002.
#include "testdb.h"

#include <QTest>

using namespace gma;
using namespace gma::test;

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseAt0002MatchesReference()
    {
        TestDatabase t(QStringLiteral("schema0002"));
        QVERIFY2(t.buildSchemaAt0002(), qPrintable(t.lastError()));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
    }

    void forwardTo0004AndBackMatchesReference()
    {
        TestDatabase t(QStringLiteral("schema0004"));
        QVERIFY2(t.buildDemo(200), qPrintable(t.lastError()));
        const RunResult forward = t.migrate();
        QVERIFY2(forward.ok(), qPrintable(forward.error));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0004"))), QString());
        const RunResult back = t.rollback();
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))), QString());
        // The strategy's apps stand at 0002 again; nothing of 0003/0004 is recorded.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%' OR name LIKE '0004%'")),
                 qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations")), qint64(8));
    }

    void toolBookkeepingStaysOutOfPublic()
    {
        TestDatabase t(QStringLiteral("schemapublic"));
        QVERIFY(t.buildDemo(50));
        QVERIFY(t.migrate().ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                        "WHERE n.nspname = 'public' AND c.relname LIKE 'gma%'")),
                 qint64(0));
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history")) >= 6);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
