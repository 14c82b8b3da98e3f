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
        QCOMPARE(cat.apps(), (QStringList{QStringLiteral("campaigns"), QStringLiteral("characters"),
                                          QStringLiteral("items"), QStringLiteral("locations"),
                                          QStringLiteral("users")}));
        const auto *c3 =
            cat.find({QStringLiteral("characters"),
                      QStringLiteral("0003_character_created_by_character_modified_by_and_more")});
        QVERIFY(c3);
        QCOMPARE(c3->dependencies.size(), 2);
        QCOMPARE(c3->checksum.size(), 64);
    }

    void corruptDefinitionNamesFileAndLine()
    {
        QString error;
        const auto def =
            MigrationCatalogue::parse(QByteArrayLiteral("app: items\nname: 0009_x\ntype: schema\n"
                                                        "== forward\nALTER TABLE x ADD y int\n== backward\n"),
                                      QStringLiteral("items/0009_x.migration"), &error);
        QVERIFY(!def);
        QVERIFY2(error.contains(QStringLiteral("items/0009_x.migration:5")), qPrintable(error));
    }

    void parseErrorsNameTheLine()
    {
        const QString source = QStringLiteral("items/0009_x.migration");
        const QList<QPair<QByteArray, QString>> cases{
            {QByteArrayLiteral(""), QStringLiteral(":1: the file is empty")},
            {QByteArrayLiteral("app: items\nname: 0009_x\nthis is not a header\n"),
             QStringLiteral(":3: expected 'key: value'")},
            {QByteArrayLiteral("app: items\nname: 0009_x\ncolour: blue\n"),
             QStringLiteral(":3: unknown key 'colour'")},
            {QByteArrayLiteral("app: items\nname: 0009_x\ndepends: items\n"),
             QStringLiteral(":3: 'depends' needs")},
            {QByteArrayLiteral("app: items\nname: 0009_x\ntype: schema\n== backward\n"),
             QStringLiteral(":4: '== backward' must follow")},
            {QByteArrayLiteral("app: items\nname: 0009_x\ntype: schema\n== forward\nSELECT 1;\n"),
             QStringLiteral("needs '== forward' and '== backward'")},
            {QByteArrayLiteral("app: items\nname: 9_x\ntype: schema\n== forward\n== backward\n"),
             QStringLiteral("invalid 'name'")},
            {QByteArrayLiteral("app: items\nname: 0009_x\ntype: data\n"), QStringLiteral("'type' must be")},
            {QByteArrayLiteral("app: items\nname: 0009_x\ntype: populate\ntables: items_item\nfields: a\n"),
             QStringLiteral("needs 'owner'")},
            {QByteArrayLiteral(
                 "app: items\nname: 0009_x\ntype: populate\ntables: items_item\nowner: x; DROP\n"),
             QStringLiteral(":5: 'owner' must be")},
            {QByteArrayLiteral(
                 "app: items\nname: 0009_x\ntype: populate\ntables: items_item\nowner: o\nfields: \"a b\"\n"),
             QStringLiteral("invalid field name")},
        };
        for (const auto &c : cases) {
            QString error;
            QVERIFY2(!MigrationCatalogue::parse(c.first, source, &error), c.first.constData());
            QVERIFY2(error.startsWith(source + QLatin1Char(':')), qPrintable(error));
            QVERIFY2(error.contains(c.second), qPrintable(error + QStringLiteral(" / expected ") + c.second));
        }
        // A statement may span lines; descriptions come from "-- " lines.
        QString error;
        const auto def =
            MigrationCatalogue::parse(QByteArrayLiteral("app: items\nname: 0009_x\ntype: schema\n"
                                                        "== forward\n-- Do it\nALTER TABLE a\n  ADD b int;\n"
                                                        "== backward\n-- Do it\nALTER TABLE a DROP b;\n"),
                                      source, &error);
        QVERIFY2(def, qPrintable(error));
        QCOMPARE(def->forward.size(), 1);
        QCOMPARE(def->forward.first().description, QStringLiteral("Do it"));
        QCOMPARE(def->forward.first().statements, QStringList{QStringLiteral("ALTER TABLE a\nADD b int")});
    }

    void graphErrors()
    {
        auto def = [](const QString &app, const QString &name, const QList<MigrationKey> &deps) {
            MigrationDefinition d;
            d.key = {app, name};
            d.dependencies = deps;
            return d;
        };
        const MigrationKey a1{QStringLiteral("a"), QStringLiteral("0001_x")};
        const MigrationKey a2{QStringLiteral("a"), QStringLiteral("0002_x")};
        QString error;
        QVERIFY(!MigrationCatalogue::fromDefinitions({def(a1.app, a1.name, {a2})}, &error));
        QVERIFY2(error.contains(QStringLiteral("a.0002_x, which is not defined")), qPrintable(error));
        QVERIFY(!MigrationCatalogue::fromDefinitions({def(a1.app, a1.name, {a2}), def(a2.app, a2.name, {a1})},
                                                     &error));
        QVERIFY2(error.contains(QStringLiteral("cycle")), qPrintable(error));
        QVERIFY(!MigrationCatalogue::fromDefinitions({def(a1.app, a1.name, {}), def(a1.app, a1.name, {})},
                                                     &error));
        QVERIFY2(error.contains(QStringLiteral("defined twice")), qPrintable(error));
        // Two leaves in one app: Django's conflict, refused with its sentence and a way out.
        const MigrationKey a2b{QStringLiteral("a"), QStringLiteral("0002_y")};
        QVERIFY(!MigrationCatalogue::fromDefinitions(
            {def(a1.app, a1.name, {}), def(a2.app, a2.name, {a1}), def(a2b.app, a2b.name, {a1})}, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Conflicting migrations detected; multiple leaf nodes in the "
                                                 "migration graph: (0002_x, 0002_y in a).")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("merge migration")), qPrintable(error));
        // A merge migration depending on both resolves it.
        const MigrationKey a3{QStringLiteral("a"), QStringLiteral("0003_merge")};
        QVERIFY2(MigrationCatalogue::fromDefinitions({def(a1.app, a1.name, {}), def(a2.app, a2.name, {a1}),
                                                      def(a2b.app, a2b.name, {a1}), def(a3.app, a3.name, {a2, a2b})},
                                                     &error),
                 qPrintable(error));
    }

    void graphFollowsDjango()
    {
        const MigrationCatalogue cat = MigrationCatalogue::builtIn();
        auto labels = [](const QList<MigrationKey> &keys) {
            QStringList out;
            for (const MigrationKey &k : keys)
                out << k.app + QLatin1Char('.') + k.name.left(4);
            return out.join(QLatin1Char(' '));
        };
        QCOMPARE(labels(cat.leafNodes()),
                 QStringLiteral("campaigns.0001 characters.0004 items.0004 locations.0004 users.0001"));
        QCOMPARE(labels(cat.rootNodes()),
                 QStringLiteral("campaigns.0001 characters.0001 items.0001 locations.0001 users.0001"));
        QCOMPARE(labels(cat.leafNodes(QStringLiteral("items"))), QStringLiteral("items.0004"));
        const MigrationKey c3 =
            *cat.resolvePrefix(QStringLiteral("characters"), QStringLiteral("0003"), nullptr);
        QCOMPARE(labels(cat.parents(c3)), QStringLiteral("characters.0002 users.0001"));
        QCOMPARE(labels(cat.forwardsPlan(c3)),
                 QStringLiteral("users.0001 campaigns.0001 characters.0001 characters.0002 characters.0003"));
        const MigrationKey u1{QStringLiteral("users"), QStringLiteral("0001_initial")};
        QCOMPARE(labels(cat.children(u1)),
                 QStringLiteral("campaigns.0001 characters.0001 characters.0003 items.0003 locations.0003"));
        const QList<MigrationKey> back = cat.backwardsPlan(u1);
        QCOMPARE(back.size(), 14);
        QCOMPARE(back.last(), u1);
        // Every node comes after everything that depends on it.
        for (int i = 0; i < back.size(); ++i) {
            for (const MigrationKey &child : cat.children(back.at(i)))
                QVERIFY(back.indexOf(child) < i);
        }
        QString error;
        QVERIFY(!cat.resolvePrefix(QStringLiteral("nosuchapp"), QStringLiteral("0001"), &error));
        QCOMPARE(error, QStringLiteral("App 'nosuchapp' does not have migrations."));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
