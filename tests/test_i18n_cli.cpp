// The command line in German, run as a child process against the test cluster: with
// LANG=de_DE.UTF-8 and with --lang de it speaks German (help, errors, the run's progress and
// summary with plural forms and German numbers); --lang en and LANG=C give English; what scripts
// parse (--json, showmigrations, --help-man) is byte for byte the same in both languages.
#include "testdb.h"

#include <QLocale>
#include <QProcess>
#include <QTest>
#include <clocale>
#include <locale.h>

using namespace gma;
using namespace gma::test;

namespace {

// Whether the C library knows de_DE.UTF-8 (without touching this process's locale).
bool germanLocaleAvailable()
{
    const locale_t de = newlocale(LC_ALL_MASK, "de_DE.UTF-8", locale_t(nullptr));
    if (de)
        freelocale(de);
    return de != locale_t(nullptr);
}

QProcessEnvironment language(const QString &locale)
{
    QProcessEnvironment e;
    for (const char *k : {"LANG", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC"})
        e.insert(QString::fromLatin1(k), locale);
    e.insert(QStringLiteral("LANGUAGE"), QString());
    return e;
}

const QProcessEnvironment &german()
{
    static const QProcessEnvironment e = language(QStringLiteral("de_DE.UTF-8"));
    return e;
}

const QProcessEnvironment &plainC()
{
    static const QProcessEnvironment e = language(QStringLiteral("C"));
    return e;
}

QString inGerman(qint64 n)
{
    return QLocale(QLocale::German, QLocale::Germany).toString(n);
}

const QStringList kNoBackup{QStringLiteral("--no-backup")};

} // namespace

class TestI18nCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!germanLocaleAvailable())
            QSKIP("The locale de_DE.UTF-8 is not generated on this machine (scripts/setup-debian.sh "
                  "generates it).");
    }

    // The global help and a command's help in German; --lang overrides the environment both ways.
    void help()
    {
        const CliResult de = runCli({QStringLiteral("--help")}, QStringLiteral("postgres"), {}, german());
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.startsWith(
                     QStringLiteral("Aufruf: gma-migrator-cli [--db CONNINFO] [--lang LOCALE] BEFEHL")),
                 qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("\nBefehle:\n  showmigrations [APP...] [--json]\n")),
                 qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("Bringt die Apps auf ihre neueste Migration")),
                 qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("\nGlobale Optionen:\n")), qPrintable(de.out));
        QVERIFY2(de.out.contains(QStringLiteral("  --lang LOCALE           Die Sprache der Meldungen")),
                 qPrintable(de.out));
        QVERIFY2(!de.out.contains(QStringLiteral("Commands:")), qPrintable(de.out));

        const CliResult c = runCli({QStringLiteral("--help")}, QStringLiteral("postgres"), {}, plainC());
        QCOMPARE(c.exitCode, 0);
        QVERIFY2(c.out.startsWith(
                     QStringLiteral("Usage: gma-migrator-cli [--db CONNINFO] [--lang LOCALE] COMMAND")),
                 qPrintable(c.out));
        QVERIFY2(c.out.contains(QStringLiteral("\nCommands:\n  showmigrations [APP...] [--json]\n")),
                 qPrintable(c.out));
        QVERIFY2(c.out.contains(QStringLiteral("  --lang LOCALE           The language of the messages")),
                 qPrintable(c.out));
        QVERIFY2(c.out.contains(QStringLiteral("Brings apps to their latest migration")), qPrintable(c.out));

        // --lang wins over the environment, in both directions.
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")},
                        QStringLiteral("postgres"), {}, plainC())
                     .out,
                 de.out);
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
                        QStringLiteral("postgres"), {}, german())
                     .out,
                 c.out);

        // A command's help: its description and options in German.
        const CliResult migrate =
            runCli({QStringLiteral("--lang=de"), QStringLiteral("migrate"), QStringLiteral("--help")},
                   QStringLiteral("postgres"), {}, plainC());
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY2(migrate.out.startsWith(QStringLiteral("Aufruf: gma-migrator-cli migrate [APP [TARGET]]")),
                 qPrintable(migrate.out));
        // (Qt wraps the options' descriptions.)
        const QString options = migrate.out.simplified();
        QVERIFY2(
            options.contains(QStringLiteral("Probelauf auf einer Kopie: die neueste geprüfte Sicherung")),
            qPrintable(migrate.out));
        QVERIFY2(options.contains(QStringLiteral("Nur die geplanten Operationen auflisten.")),
                 qPrintable(migrate.out));
        QVERIFY2(migrate.out.contains(QStringLiteral("--lang <LOCALE>")), qPrintable(migrate.out));
        QVERIFY2(!options.contains(QStringLiteral("Only list the planned operations.")),
                 qPrintable(migrate.out));
        const CliResult migrateEn = runCli({QStringLiteral("migrate"), QStringLiteral("--help")},
                                           QStringLiteral("postgres"), {}, plainC());
        QVERIFY2(migrateEn.out.simplified().contains(QStringLiteral("Only list the planned operations.")),
                 qPrintable(migrateEn.out));
        QVERIFY2(migrateEn.out.contains(QStringLiteral("\nOptions:\n")), qPrintable(migrateEn.out));
    }

    // One error sentence in German, and in English under --lang en and LANG=C.
    void errorSentence()
    {
        const QStringList tooMany{QStringLiteral("migrate"), QStringLiteral("a"), QStringLiteral("b"),
                                  QStringLiteral("c")};
        const QString inGermanText = QStringLiteral(
            "Fehler: migrate nimmt höchstens eine App und ein Ziel: migrate [APP [TARGET]].\n");
        const QString english =
            QStringLiteral("error: migrate takes at most an app and a target: migrate [APP [TARGET]].\n");
        CliResult r = runCli(tooMany, QStringLiteral("postgres"), {}, german());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, inGermanText);
        r = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + tooMany,
                   QStringLiteral("postgres"), {}, plainC());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, inGermanText);
        r = runCli(tooMany, QStringLiteral("postgres"), {}, plainC());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, english);
        r = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + tooMany,
                   QStringLiteral("postgres"), {}, german());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, english);

        r = runCli({QStringLiteral("no-such-command")}, QStringLiteral("postgres"), {}, german());
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral(
                            "Fehler: Unbekannter Befehl „no-such-command“: gma-migrator-cli --help zeigt die "
                            "Liste.\n"));
    }

    // The run in German: the header, a step line with a German number and both plural forms of
    // "Stapel", and the progress lines on stderr; the database is migrated as the lines say.
    void germanRun()
    {
        TestDatabase t(QStringLiteral("i18n_de"));
        QVERIFY2(t.buildDemo(1500), qPrintable(t.lastError()));
        const qint64 characters = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        const qint64 items = t.count(QStringLiteral("SELECT count(*) FROM items_item"));
        QVERIFY(characters >= 1000 && items >= 1000); // so that the numbers have a group separator
        QVERIFY(characters <= 2000 && items <= 2000);

        CliResult r = runCli(QStringList{QStringLiteral("migrate"), QStringLiteral("characters"),
                                         QStringLiteral("--batch-size"), QStringLiteral("1000")} +
                                 kNoBackup,
                             t.name(), {}, german());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(
                     QStringLiteral("Auszuführende Operationen:\n  Alle Migrationen anwenden: characters\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("\nMigrationen werden ausgeführt:\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  Wende characters.0004_populate_audit_fields an... OK (")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", %1 Zeilen in 2 Stapeln)\n").arg(inGerman(characters))),
                 qPrintable(r.out));
        QVERIFY2(inGerman(characters).contains(QLatin1Char('.')), qPrintable(inGerman(characters)));
        QVERIFY2(!r.out.contains(QStringLiteral("Applying")) && !r.out.contains(QStringLiteral(" rows")),
                 qPrintable(r.out));
        // Progress (stderr is no terminal: a line per step, then per tenth of the rows).
        QVERIFY2(r.err.contains(QStringLiteral("Wende characters.0004_populate_audit_fields an (%1 Zeilen)\n")
                                    .arg(inGerman(characters))),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("  %1/%1 Zeilen (100 %), ").arg(inGerman(characters))),
                 qPrintable(r.err));
        QCOMPARE(t.count(QStringLiteral(
                     "SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name = "
                     "'0004_populate_audit_fields'")),
                 qint64(1));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL")),
            qint64(0));

        // One batch: the singular.
        r = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("migrate"),
                               QStringLiteral("items"), QStringLiteral("--batch-size"),
                               QStringLiteral("2000")} +
                       kNoBackup,
                   t.name(), {}, plainC());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("  Wende items.0004_populate_audit_fields an... OK (")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", %1 Zeilen in 1 Stapel)\n").arg(inGerman(items))),
                 qPrintable(r.out));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items' AND name = "
                                   "'0004_populate_audit_fields'")),
            qint64(1));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")),
                 qint64(0));

        // Nothing left for items: the summary sentence in German.
        r = runCli(QStringList{QStringLiteral("migrate"), QStringLiteral("items")} + kNoBackup, t.name(), {},
                   german());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Auszuführende Operationen:\n  Alle Migrationen anwenden: items\n"
                                       "Migrationen werden ausgeführt:\n  Keine Migrationen anzuwenden.\n"));
    }

    // The same run in English: LANG=C, and --lang en in a German environment.
    void englishRun()
    {
        TestDatabase t(QStringLiteral("i18n_en"));
        QVERIFY2(t.buildDemo(1500), qPrintable(t.lastError()));
        const qint64 characters = t.count(QStringLiteral("SELECT count(*) FROM characters_character"));
        const qint64 items = t.count(QStringLiteral("SELECT count(*) FROM items_item"));
        CliResult r = runCli(QStringList{QStringLiteral("migrate"), QStringLiteral("characters"),
                                         QStringLiteral("--batch-size"), QStringLiteral("1000")} +
                                 kNoBackup,
                             t.name(), {}, plainC());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Operations to perform:\n  Apply all migrations: characters\n")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  Applying characters.0004_populate_audit_fields... OK (")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", %1 rows in 2 batches)\n").arg(characters)),
                 qPrintable(r.out));
        QVERIFY2(
            r.err.contains(
                QStringLiteral("Applying characters.0004_populate_audit_fields (%1 rows)\n").arg(characters)),
            qPrintable(r.err));
        QCOMPARE(
            t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL")),
            qint64(0));

        r = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("migrate"),
                               QStringLiteral("items"), QStringLiteral("--batch-size"),
                               QStringLiteral("2000")} +
                       kNoBackup,
                   t.name(), {}, german());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("  Applying items.0004_populate_audit_fields... OK (")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(", %1 rows in 1 batch)\n").arg(items)), qPrintable(r.out));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")),
                 qint64(0));
    }

    // --json, showmigrations and the man page: the same bytes under LANG=de_DE.UTF-8 and LANG=C.
    void scriptOutputStaysEnglish()
    {
        TestDatabase t(QStringLiteral("i18n_json"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QVERIFY(t.migrate(QStringLiteral("items"), QStringLiteral("0003")).ok());
        const QList<QStringList> commands{
            {QStringLiteral("showmigrations")},
            {QStringLiteral("showmigrations"), QStringLiteral("items"), QStringLiteral("users")},
            {QStringLiteral("showmigrations"), QStringLiteral("auth")}, // an error
            {QStringLiteral("showmigrations"), QStringLiteral("--json")},
            {QStringLiteral("preflight"), QStringLiteral("--json")},
            {QStringLiteral("preflight"), QStringLiteral("--json"), QStringLiteral("a"), QStringLiteral("b"),
             QStringLiteral("c")}, // an error
            {QStringLiteral("audit"), QStringLiteral("--json")},
            {QStringLiteral("history"), QStringLiteral("--json")},
            {QStringLiteral("--help-man")},
        };
        for (const QStringList &args : commands) {
            const CliResult de = runCli(args, t.name(), {}, german());
            const CliResult c = runCli(args, t.name(), {}, plainC());
            const QString what = args.join(QLatin1Char(' '));
            QVERIFY2(!de.out.isEmpty() || !de.err.isEmpty(), qPrintable(what));
            QVERIFY2(de.exitCode == c.exitCode, qPrintable(what));
            QVERIFY2(de.out == c.out, qPrintable(what + QStringLiteral(":\n") + de.out));
            QVERIFY2(de.err == c.err, qPrintable(what + QStringLiteral(":\n") + de.err));
            // --lang de does not change them either.
            const CliResult asked = runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + args,
                                           t.name(), {}, plainC());
            QVERIFY2(asked.out == c.out && asked.err == c.err,
                     qPrintable(what + QStringLiteral(":\n") + asked.err));
        }
        const CliResult show =
            runCli({QStringLiteral("showmigrations"), QStringLiteral("items")}, t.name(), {}, german());
        QCOMPARE(show.out, QStringLiteral("items\n [X] 0001_initial\n [X] 0002_alter_item_options\n"
                                          " [X] 0003_item_modified_by_alter_item_created_at_and_more\n"
                                          " [ ] 0004_populate_audit_fields\n"));
        const CliResult wrong =
            runCli({QStringLiteral("showmigrations"), QStringLiteral("auth")}, t.name(), {}, german());
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(wrong.err, QStringLiteral("error: No migrations present for: auth.\n"));
        const CliResult usage = runCli({QStringLiteral("preflight"), QStringLiteral("--json"),
                                        QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                       t.name(), {}, german());
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.startsWith(QStringLiteral("error: Give at most an app and a target")),
                 qPrintable(usage.err));
        const CliResult man = runCli({QStringLiteral("--help-man")}, t.name(), {}, german());
        QVERIFY2(man.out.contains(QStringLiteral("Carries out, checks and undoes the GMA mixin migration.")),
                 qPrintable(man.out.left(2000)));
        QVERIFY2(!man.out.contains(QStringLiteral("Befehle")), qPrintable(man.out.left(2000)));
        // The database is where the test put it: the commands read only.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items'")),
                 qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestI18nCli)
#include "test_i18n_cli.moc"
