// The operations side in German and in English: a classified connection error, the report's
// headings, table headers and figures (HTML and the PDF's body), the backup table's sizes, the late
// rows' sentence with its plural forms and the monitor's figure names, against the test cluster.
#include "testdb.h"

#include "audit.h"
#include "connection.h"
#include "format.h"
#include "monitor.h"
#include "pdfreport.h"
#include "reportdata.h"
#include "reporttables.h"
#include "reportwriter.h"
#include "toolschema.h"
#include "translations.h"
#include "validation.h"

#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

const QLocale kGerman(QLocale::German, QLocale::Germany);

// A migrated demo database with `rows` rows per model, one audit NULL planted in items_item and
// one backup of 1.5 MiB in the catalogue.
void prepare(TestDatabase &t, qint64 rows)
{
    QVERIFY(t.buildDemo(rows));
    QVERIFY(t.migrate().ok());
    QVERIFY(t.exec(QStringLiteral(
        "UPDATE items_item SET modified_by_id = NULL WHERE id = (SELECT min(id) FROM items_item)")));
    QString error;
    QVERIFY2(ToolSchema::ensure(t.db(), &error), qPrintable(error));
    QVERIFY(t.exec(QStringLiteral(
        "INSERT INTO gma_migrator.backups (path, format, size_bytes, sha256, server_version, "
        "migration_state, "
        "row_counts, verified) VALUES ('/backups/i18n.dump', 'custom', 1572864, 'ff00', '15.4', "
        "'{\"characters\": \"0002\"}', '{\"characters_character\": 1200}', false)")));
}

// Inserts `n` rows into items_item without audit users, as a bulk import after the data step would.
void insertLate(TestDatabase &t, int n)
{
    QVERIFY(t.exec(
        QStringLiteral("INSERT INTO items_item (name, description, campaign_id, created_at, updated_at) "
                       "SELECT 'late ' || g, 'bulk import', (SELECT min(id) FROM campaigns_campaign), "
                       "now(), now() FROM generate_series(1, ?) g"),
        {n}));
}

const LateRows *lateOf(const QList<ModelAudit> &audit, const QString &table)
{
    for (const ModelAudit &m : audit) {
        if (m.table == table)
            return &m.late;
    }
    return nullptr;
}

} // namespace

class TestI18nOps : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { i18n::useEnglish(); }

    void connectionError()
    {
        ConnectionSettings s = clusterSettings(QStringLiteral("gma_i18n_no_such_database"));
        ConnectError e;
        i18n::install(kGerman);
        QVERIFY(!Database::open(s, Database::uniqueName(QStringLiteral("i18n")), &e));
        QCOMPARE(e.kind, ConnectError::Kind::NoSuchDatabase);
        QCOMPARE(
            e.message,
            QStringLiteral("Die Datenbank gibt es auf diesem Server nicht: Prüfen Sie den Datenbanknamen."));
        QString parseError;
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("host=localhost port=fünf"), &parseError));
        QCOMPARE(parseError,
                 QStringLiteral("Die Verbindungsangabe ist ungültig: Der Port „fünf“ ist keine Zahl."));

        i18n::useEnglish();
        QVERIFY(!Database::open(s, Database::uniqueName(QStringLiteral("i18n")), &e));
        QCOMPARE(e.kind, ConnectError::Kind::NoSuchDatabase);
        QCOMPARE(e.message,
                 QStringLiteral("The database does not exist on that server: check the database name."));
        QVERIFY(!ConnectionSettings::parse(QStringLiteral("host=localhost port=fünf"), &parseError));
        QCOMPARE(parseError,
                 QStringLiteral("The connection string is not valid: the port \"fünf\" is not a number."));
    }

    void reportHeadings()
    {
        TestDatabase t(QStringLiteral("i18n_report"));
        prepare(t, 1200);
        const ValidationResult v = Validation::run(t.db(), MigrationCatalogue::builtIn());
        QCOMPARE(v.count(CheckResult::Status::Fail), 1);
        const QString passed = QString::number(v.count(CheckResult::Status::Pass));
        const QString skipped = QString::number(v.count(CheckResult::Status::Skipped));

        i18n::install(kGerman);
        {
            const ReportData d =
                ReportData::collect(t.db(), MigrationCatalogue::builtIn(), t.settings().displayName(), v);
            QCOMPARE(d.title, QStringLiteral("GMA-Validierungsbericht der Migration"));
            const QString html = QString::fromUtf8(ReportWriter::html(d));
            QVERIFY(html.contains(QStringLiteral("<html lang=\"de")));
            QVERIFY(html.contains(QStringLiteral("<h2>Prüfungen</h2>")));
            QVERIFY(html.contains(
                QStringLiteral("<th>Prüfung</th><th>Status</th><th>Erwartet</th><th>Tatsächlich</th>")));
            QVERIFY(html.contains(QStringLiteral("<h2>Belegung der Audit-Felder je Modell</h2>")));
            QVERIFY(html.contains(QStringLiteral("<h2>Verlauf der Läufe</h2>")));
            QVERIFY(html.contains(QStringLiteral("<h2>Sicherungen</h2>")));
            QVERIFY(html.contains(QStringLiteral("<th>Zeilenzahlen</th>")));
            QVERIFY(html.contains(
                QStringLiteral("Validierung fehlgeschlagen: %1 bestanden, 1 fehlgeschlagen, %2 übersprungen.")
                    .arg(passed, skipped)));
            // Numbers and sizes in German: 1.200 rows, 1,5 MiB, "nein" for an unverified backup.
            QVERIFY(html.contains(QStringLiteral("<td class=\"num\">1.200</td>")));
            QVERIFY(html.contains(QStringLiteral("<td class=\"num\">1,5 MiB</td>")));
            QVERIFY(html.contains(QStringLiteral("<td class=\"warn\">nein</td>")));
            QVERIFY(!html.contains(QStringLiteral("<h2>Checks</h2>")));
            // The PDF's body and its plural forms.
            const QString body = PdfReport::bodyRichText(d);
            QVERIFY(body.contains(QStringLiteral("1. Prüfungen")));
            QVERIFY(body.contains(QStringLiteral("2. Belegung der Audit-Felder je Modell")));
            // The JSON keeps its English keys and machine values.
            const QString json = QString::fromUtf8(ReportWriter::json(d));
            QVERIFY(json.contains(QStringLiteral("\"migration_state\": \"0004\"")));
            QVERIFY(json.contains(QStringLiteral("\"status\": \"fail\"")));
        }

        i18n::useEnglish();
        {
            const ReportData d =
                ReportData::collect(t.db(), MigrationCatalogue::builtIn(), t.settings().displayName(), v);
            QCOMPARE(d.title, QStringLiteral("GMA migration validation report"));
            const QString html = QString::fromUtf8(ReportWriter::html(d));
            QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
            QVERIFY(html.contains(QStringLiteral("<h2>Checks</h2>")));
            QVERIFY(html.contains(
                QStringLiteral("<th>Check</th><th>Status</th><th>Expected</th><th>Actual</th>")));
            QVERIFY(html.contains(QStringLiteral("<h2>Run history</h2>")));
            QVERIFY(html.contains(QStringLiteral("<h2>Backups</h2>")));
            QVERIFY(html.contains(
                QStringLiteral("Validation failed: %1 passed, 1 failed, %2 skipped.").arg(passed, skipped)));
            QVERIFY(html.contains(QStringLiteral("<td class=\"num\">1200</td>")));
            QVERIFY(html.contains(QStringLiteral("<td class=\"num\">1.5 MiB</td>")));
            QVERIFY(html.contains(QStringLiteral("<td class=\"warn\">no</td>")));
        }
    }

    void lateRowsAndMonitor()
    {
        TestDatabase t(QStringLiteral("i18n_late"));
        QVERIFY(t.buildDemo(30));
        QVERIFY(t.migrate().ok());
        insertLate(t, 1234);
        QString error;
        const QList<ModelAudit> audit = Audit::collect(t.db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const LateRows *late = lateOf(audit, QStringLiteral("items_item"));
        QVERIFY(late);
        QCOMPARE(late->rows, qint64(1234));
        const QString newest = QString::number(late->newestId);
        LateRows one = *late;
        one.rows = 1;
        one.noModifier = 1;

        i18n::install(kGerman);
        QCOMPARE(
            late->sentence(),
            QStringLiteral("1.234 Zeilen von items_item haben keinen Ersteller (1.234 ohne Bearbeiter), "
                           "neueste ID %1: nach dem Datenschritt items.0004_populate_audit_fields "
                           "hinzugefügt (Codepfade ohne Benutzer: Skripte, Massenimporte); "
                           "`gma-migrator-cli fill-audit` füllt sie so, wie es der Datenschritt getan hat, "
                           "umkehrbar.")
                .arg(newest));
        QVERIFY(one.sentence().startsWith(
            QStringLiteral("1 Zeile von items_item hat keinen Ersteller (1 ohne Bearbeiter)")));
        const MonitorSnapshot now = Monitor::take(t.db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<MonitorRow> rows = Monitor::compare(nullptr, now);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().key, QStringLiteral("seq_scan"));
        QCOMPARE(rows.first().label, QStringLiteral("Sequenzielle Scans"));
        QCOMPARE(format::bytes(1572864, QLocale()), QStringLiteral("1,5 MiB"));

        i18n::useEnglish();
        QCOMPARE(late->sentence(),
                 QStringLiteral(
                     "1234 rows of items_item have no creator (1234 no modifier), newest id %1: added "
                     "after the data step items.0004_populate_audit_fields ran (code paths without a user: "
                     "scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data "
                     "step did, reversibly.")
                     .arg(newest));
        QCOMPARE(Monitor::compare(nullptr, now).first().label, QStringLiteral("Sequential scans"));
    }
};

QTEST_GUILESS_MAIN(TestI18nOps)
#include "test_i18n_ops.moc"
