// The migration catalogue: definitions load, parse errors name file and line, and the graph
// follows Django's semantics.
#include "testdb.h"

#include <QTest>

using namespace gma;

class TestCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void builtInHasEveryContractMigration()
    {
        const MigrationCatalogue cat = MigrationCatalogue::builtIn();
        QCOMPARE(cat.migrations().size(), 14);
        QCOMPARE(cat.apps(), (QStringList{QStringLiteral("campaigns"), QStringLiteral("characters"), QStringLiteral("items"),
                                          QStringLiteral("locations"), QStringLiteral("users")}));
        const auto *c3 = cat.find({QStringLiteral("characters"),
                                   QStringLiteral("0003_character_created_by_character_modified_by_and_more")});
        QVERIFY(c3);
        QCOMPARE(c3->dependencies.size(), 2);
        QCOMPARE(c3->checksum.size(), 64);
    }

    void corruptDefinitionNamesFileAndLine()
    {
        QString error;
        const auto def = MigrationCatalogue::parse(QByteArrayLiteral("app: items\nname: 0009_x\ntype: schema\n"
                                                                     "== forward\nALTER TABLE x ADD y int\n== backward\n"),
                                                   QStringLiteral("items/0009_x.migration"), &error);
        QVERIFY(!def);
        QVERIFY2(error.contains(QStringLiteral("items/0009_x.migration:5")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
