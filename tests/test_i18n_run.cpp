// The engine's run, preflight and validation in German and in English, on real databases: the
// preflight's findings, the validation checks' names and reasons, and a run's lock-timeout error
// come out as German sentences (plural forms, German-formatted numbers) after install(German),
// and as the English text after useEnglish(); what the run records in gma_migrator.history stays
// English in both. So do the engine's smaller words that go into those sentences or onto the
// desktop panes: a replica-lag throttle, the strategy state, the fleet's outcomes and phases,
// Django's operation descriptions, the monitor's pg_stat_statements status, a lost connection.
#include "backup.h"
#include "executor.h"
#include "fleet.h"
#include "monitor.h"
#include "planner.h"
#include "preflight.h"
#include "sqlutil.h"
#include "state.h"
#include "testdb.h"
#include "translations.h"
#include "validation.h"

#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

PreflightReport preflight(TestDatabase &t)
{
    QString error;
    const auto state = MigrationState::read(t.db(), &error);
    if (!state)
        qFatal("cannot read the state: %s", qPrintable(error));
    PlanError perr;
    const auto plan = Planner::migrate(catalogue(), *state, QString(), QString(), &perr);
    return Preflight::run(t.db(), catalogue(), *state, plan ? *plan : Plan{});
}

const PreflightFinding *finding(const PreflightReport &r, const QString &id)
{
    for (const PreflightFinding &f : r.findings) {
        if (f.checkId == id)
            return &f;
    }
    return nullptr;
}

const CheckResult *check(const ValidationResult &r, const QString &id)
{
    for (const CheckResult &c : r.checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const QLocale kGerman(QLocale::German, QLocale::Germany);

} // namespace

class TestI18nRun : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { i18n::useEnglish(); }

    void preflightFindingsInGerman()
    {
        TestDatabase t(QStringLiteral("i18npreflight"));
        QVERIFY2(t.buildDemo(1200), qPrintable(t.lastError()));
        // Every item name longer than the varchar(100) the schema step narrows it to.
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET name = left(id || '-' || repeat('Schwert ', 20), 130)")));
        const qint64 total = t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE char_length(name) > 100"));
        QCOMPARE(total, qint64(1200));
        const QString before = t.fingerprint();

        i18n::install(kGerman);
        const PreflightReport de = preflight(t);
        const PreflightFinding *f = finding(de, QStringLiteral("value-too-long"));
        QVERIFY(f);
        QVERIFY(f->isError());
        QCOMPARE(f->totalRows, total);
        QVERIFY2(f->message.startsWith(QStringLiteral("1.200 Zeilen von items_item haben einen Wert in name, der "
                                                      "länger als 100 Zeichen ist")),
                 qPrintable(f->message));
        QVERIFY2(f->message.contains(QStringLiteral("items.0003_")), qPrintable(f->message));
        QVERIFY2(f->message.contains(QStringLiteral("Kürzen oder ändern Sie diese Werte zuerst.")), qPrintable(f->message));
        QCOMPARE(Preflight::columnTitle(QStringLiteral("length")), QStringLiteral("Länge"));
        QCOMPARE(f->columns.at(1), QStringLiteral("length")); // the machine key stays
        // The check's machine fields stay as they are.
        QCOMPARE(severityName(f->severity), QStringLiteral("error"));
        QCOMPARE(de.toVariant().value(QStringLiteral("findings")).toList().first().toMap().value(
                     QStringLiteral("check")),
                 QVariant(QStringLiteral("value-too-long")));

        i18n::useEnglish();
        const PreflightReport en = preflight(t);
        const PreflightFinding *e = finding(en, QStringLiteral("value-too-long"));
        QVERIFY(e);
        QVERIFY2(e->message.startsWith(QStringLiteral("1200 rows of items_item have a name longer than 100 characters, "
                                                      "and items.0003_")),
                 qPrintable(e->message));
        QVERIFY2(e->message.endsWith(QStringLiteral("so it would fail: shorten or rename them first.")),
                 qPrintable(e->message));
        QCOMPARE(Preflight::columnTitle(QStringLiteral("length")), QStringLiteral("length"));
        QCOMPARE(t.fingerprint(), before); // the checks only read
    }

    void validationChecksInGerman()
    {
        TestDatabase t(QStringLiteral("i18nvalidation"));
        QVERIFY2(t.buildDemo(50), qPrintable(t.lastError()));
        QVERIFY(t.migrate().ok());
        // The application's timestamps NULL after the migration (the columns made nullable again).
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE items_item ALTER created_at DROP NOT NULL")));
        QVERIFY(t.exec(QStringLiteral("ALTER TABLE locations_location ALTER updated_at DROP NOT NULL")));
        QVERIFY(t.exec(QStringLiteral("UPDATE items_item SET created_at = NULL WHERE id IN "
                                      "(SELECT id FROM items_item ORDER BY id LIMIT 2)")));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET updated_at = NULL WHERE id = "
                                      "(SELECT min(id) FROM locations_location)")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_at IS NULL")), qint64(2));

        i18n::install(kGerman);
        const ValidationResult de = Validation::run(t.db(), catalogue());
        QVERIFY2(de.error.isEmpty(), qPrintable(de.error));
        const CheckResult *items = check(de, QStringLiteral("seed.items.timestamps"));
        QVERIFY(items);
        QCOMPARE(items->status, CheckResult::Status::Fail);
        QCOMPARE(items->statusText(), QStringLiteral("fail"));
        QCOMPARE(items->name, QStringLiteral("Gegenstände haben Zeitstempel (kein NULL in created_at / updated_at)"));
        QCOMPARE(items->category, QStringLiteral("Ausgangsdaten"));
        QCOMPARE(items->reason, QStringLiteral("Bei 2 Zeilen fehlt ein Wert."));
        const CheckResult *locations = check(de, QStringLiteral("seed.locations.timestamps"));
        QVERIFY(locations);
        QCOMPARE(locations->reason, QStringLiteral("Bei 1 Zeile fehlt ein Wert."));
        const CheckResult *contract = check(de, QStringLiteral("schema.contract"));
        QVERIFY(contract);
        QCOMPARE(contract->name, QStringLiteral("Das GMA-Schema entspricht dem Vertrag für den aufgezeichneten Stand"));
        QCOMPARE(contract->status, CheckResult::Status::Fail);
        QCOMPARE(contract->reason, QStringLiteral("2 Abweichungen vom Vertrag."));
        const CheckResult *fk = check(de, QStringLiteral("fk.items_item"));
        QVERIFY(fk);
        QCOMPARE(fk->name, QStringLiteral("Keine verwaisten Fremdschlüssel in items_item"));
        QVERIFY(fk->passed());

        i18n::useEnglish();
        const ValidationResult en = Validation::run(t.db(), catalogue());
        const CheckResult *itemsEn = check(en, QStringLiteral("seed.items.timestamps"));
        QVERIFY(itemsEn);
        QCOMPARE(itemsEn->name, QStringLiteral("Items have timestamps (no NULL created_at / updated_at)"));
        QCOMPARE(itemsEn->category, QStringLiteral("Seed"));
        QCOMPARE(itemsEn->reason, QStringLiteral("2 rows lack a value."));
        QCOMPARE(check(en, QStringLiteral("seed.locations.timestamps"))->reason, QStringLiteral("1 row lacks a value."));
        QCOMPARE(check(en, QStringLiteral("schema.contract"))->reason, QStringLiteral("2 differences from the contract."));
    }

    void lockTimeoutErrorInGermanRecordedInEnglish()
    {
        TestDatabase t(QStringLiteral("i18nlock"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        QSqlDatabase blocker = t.openExtra(QStringLiteral("blocker"));
        QVERIFY(sql::exec(blocker, QStringLiteral("SET application_name = 'gma-webapp'")).ok);
        QVERIFY(sql::exec(blocker, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(blocker, QStringLiteral("LOCK TABLE characters_character IN ACCESS SHARE MODE")).ok);
        const QString schema = t.schemaDump();
        RunOptions options;
        options.lockTimeoutMs = 1500;
        options.retryDelayMs = 10;
        options.lockRetries = 1;
        const auto plan = [&] {
            const auto state = MigrationState::read(t.db(), nullptr);
            PlanError error;
            return Planner::migrate(catalogue(), *state, QStringLiteral("characters"), QStringLiteral("0003"), &error)
                .value_or(Plan{});
        };

        i18n::install(kGerman);
        {
            Executor executor(t.db(), catalogue());
            QStringList messages;
            connect(&executor, &Executor::message, this, [&](const QString &m) { messages << m; });
            const RunResult r = executor.run(plan(), options);
            QCOMPARE(r.status, RunResult::Status::Failed);
            QCOMPARE(r.steps.size(), 1);
            QCOMPARE(r.steps.first().attempts, 2);
            const QString error = r.steps.first().error;
            QVERIFY2(error.startsWith(QStringLiteral("characters_character konnte nach 2 Versuchen nicht gesperrt "
                                                     "werden; die Sperre hält PID ")),
                     qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("(Benutzer ")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("Anwendung „gma-webapp“, idle in transaction seit ")),
                     qPrintable(error));
            QVERIFY2(error.endsWith(QStringLiteral("Nichts wurde geändert: Versuchen Sie es erneut, wenn diese "
                                                   "Sitzung fertig ist.")),
                     qPrintable(error));
            QVERIFY2(messages.join(QLatin1Char('\n'))
                         .contains(QStringLiteral("Warte auf eine Sperre für characters_character, gehalten von PID")),
                     qPrintable(messages.join(QLatin1Char('\n'))));
            QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("(Versuch 1 von 2)")),
                     qPrintable(messages.join(QLatin1Char('\n'))));
            // The run record stays English.
            const QString recorded =
                t.scalar(QStringLiteral("SELECT message FROM gma_migrator.history ORDER BY id DESC LIMIT 1")).toString();
            QVERIFY2(recorded.startsWith(QStringLiteral("Could not lock characters_character after 2 attempts; it is "
                                                        "held by pid ")),
                     qPrintable(recorded));
            QVERIFY2(recorded.contains(QStringLiteral("(user ")), qPrintable(recorded));
            QVERIFY2(recorded.contains(QStringLiteral("application 'gma-webapp', idle in transaction since ")),
                     qPrintable(recorded));
        }

        i18n::useEnglish();
        {
            Executor executor(t.db(), catalogue());
            const RunResult r = executor.run(plan(), options);
            QCOMPARE(r.status, RunResult::Status::Failed);
            const QString error = r.steps.first().error;
            QVERIFY2(error.startsWith(QStringLiteral("Could not lock characters_character after 2 attempts; it is held "
                                                     "by pid ")),
                     qPrintable(error));
            QVERIFY2(error.endsWith(QStringLiteral("Nothing was changed: retry when that session has finished.")),
                     qPrintable(error));
        }
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE outcome = 'failed'")),
                 qint64(2));
        sql::exec(blocker, QStringLiteral("ROLLBACK"));
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'characters' AND name "
                                        "LIKE '0003%'")),
                 qint64(0));
    }

    void engineWordsInBothLanguages()
    {
        ReplicaInfo replica;
        replica.applicationName = QStringLiteral("walreceiver");
        replica.bytesBehind = 1572864;
        replica.replayLagMs = 2500;
        ReplicaLagBound bytes;
        bytes.bytes = 65536;
        ReplicaLagBound time;
        time.ms = 500;
        StrategyState mixed;
        mixed.apps = {{QStringLiteral("characters"), QStringLiteral("0004")},
                      {QStringLiteral("items"), QStringLiteral("0002")},
                      {QStringLiteral("locations"), QString()}};
        StrategyState none;
        none.apps = {{QStringLiteral("characters"), QString()}, {QStringLiteral("items"), QString()}};
        MonitorSnapshot snapshot;
        snapshot.statementsStatus = QStringLiteral("installed, but not readable: permission denied");
        snapshot.reason = QLatin1String(Monitor::kBeforeRun);
        const MigrationDefinition *items0003 = nullptr;
        for (const MigrationDefinition &d : catalogue().migrations()) {
            if (d.key.app == QLatin1String("items") && d.key.name.startsWith(QLatin1String("0003")))
                items0003 = &d;
        }
        QVERIFY(items0003);

        i18n::install(kGerman);
        Sentence s = Replicas::beyond({replica}, bytes);
        QCOMPARE(s.text, QStringLiteral("Replikat walreceiver liegt 1,5 MiB zurück (Grenze 64 KiB)"));
        QCOMPARE(s.english, QStringLiteral("replica walreceiver is 1.5 MiB behind (bound 64 KiB)"));
        s = Replicas::beyond({replica}, time);
        QCOMPARE(s.text, QStringLiteral("Replikat walreceiver spielt 2,50 s hinterher ein (Grenze 500 ms)"));
        QCOMPARE(s.english, QStringLiteral("replica walreceiver replays 2.50 s behind (bound 500 ms)"));
        QVERIFY(Replicas::beyond({replica}, ReplicaLagBound{}).isEmpty());
        QCOMPARE(mixed.summary(), QStringLiteral("gemischt (characters 0004, items 0002, locations keine)"));
        QCOMPARE(mixed.code(), QStringLiteral("mixed (characters 0004, items 0002, locations none)"));
        QCOMPARE(none.summary(), QStringLiteral("keine"));
        QCOMPARE(none.code(), QStringLiteral("none"));
        QCOMPARE(FleetResult::outcomeText(FleetResult::Outcome::CheckFailed), QStringLiteral("Prüfungen fehlgeschlagen"));
        QCOMPARE(FleetResult::outcomeName(FleetResult::Outcome::CheckFailed), QStringLiteral("check-failed"));
        QCOMPARE(FleetResult::phaseText(QStringLiteral("canary")), QStringLiteral("Kanarienvögel"));
        QCOMPARE(FleetResult::phaseText(QStringLiteral("elsewhere")), QStringLiteral("elsewhere"));
        QCOMPARE(Monitor::statementsText(snapshot), QStringLiteral("installiert, aber nicht lesbar: permission denied"));
        QCOMPARE(Monitor::reasonText(snapshot), QStringLiteral("vor einem Lauf"));
        QCOMPARE(items0003->descriptionTexts(false).first(), QStringLiteral("Feld created_at zu item hinzufügen"));
        QCOMPARE(items0003->descriptions(false).first(), QStringLiteral("Add field created_at to item"));
        QVERIFY(items0003->descriptionTexts(false).contains(QStringLiteral("Feld name von item ändern")));
        QCOMPARE(BackupNotes::noteText(QLatin1String(BackupNotes::kBeforeMigrate)), QStringLiteral("automatisch, vor migrate"));
        QCOMPARE(BackupNotes::noteText(QStringLiteral("before the release")), QStringLiteral("before the release"));
        const MigrationDefinition *items0004 = catalogue().find({QStringLiteral("items"), QStringLiteral("0004_populate_audit_fields")});
        QVERIFY(items0004);
        const QString script = renderStep(*items0004, false, QDateTime()).script();
        QVERIFY2(script.contains(QStringLiteral("-- items.0004_populate_audit_fields: Datenschritt, in Stapeln von "
                                                "--batch-size Zeilen ausgeführt")),
                 qPrintable(script));
        QVERIFY2(script.contains(QStringLiteral("-- Zum Schluss\n")), qPrintable(script));

        // A session the server ended under the statement.
        TestDatabase t(QStringLiteral("i18n_lost"));
        QSqlDatabase victim = t.openExtra(QStringLiteral("victim"));
        QVERIFY(victim.isOpen());
        const qint64 pid = sql::scalar(victim, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(t.scalar(QStringLiteral("SELECT pg_terminate_backend(?, 5000)"), {pid}).toBool());
        const sql::Result lost = sql::exec(victim, QStringLiteral("SELECT 1"));
        QVERIFY(!lost.ok);
        QVERIFY2(lost.error.startsWith(QStringLiteral("die Verbindung zum Server ist abgerissen")),
                 qPrintable(lost.error));

        i18n::useEnglish();
        QCOMPARE(Replicas::beyond({replica}, bytes).text, QStringLiteral("replica walreceiver is 1.5 MiB behind (bound 64 KiB)"));
        QCOMPARE(mixed.summary(), mixed.code());
        QCOMPARE(FleetResult::outcomeText(FleetResult::Outcome::CheckFailed), QStringLiteral("checks failed"));
        QCOMPARE(Monitor::statementsText(snapshot), snapshot.statementsStatus);
        QCOMPARE(items0003->descriptionTexts(false), items0003->descriptions(false));
        QCOMPARE(BackupNotes::noteText(QLatin1String(BackupNotes::kBeforeMigrate)), QStringLiteral("automatic, before migrate"));
        QVERIFY(renderStep(*items0004, false, QDateTime()).script().contains(QStringLiteral("-- Finally\n")));
        // The driver closed the connection: a statement on it fails without an error of its own.
        QVERIFY(!victim.isOpen());
        const sql::Result again = sql::exec(victim, QStringLiteral("SELECT 1"));
        QVERIFY(!again.ok);
        QVERIFY2(again.error.startsWith(QStringLiteral("the connection to the server was lost")), qPrintable(again.error));
    }
};

QTEST_GUILESS_MAIN(TestI18nRun)
#include "test_i18n_run.moc"
