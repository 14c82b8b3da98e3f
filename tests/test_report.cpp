// Reports: JSON, CSV, HTML and PDF written in-process and by `validate --report`, their content
// read back (check ids, pass/fail values, row counts), the CLI's exit codes, and no password in
// any report of a validation over TCP with a password.
#include "testdb.h"

#include "pdfreport.h"
#include "reportdata.h"
#include "reportwriter.h"
#include "toolschema.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (ch == QLatin1Char('\r')) {
            continue;
        } else if (ch == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += ch;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

int pdfPages(const QString &path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        QProcess p;
        p.start(pdfinfo, {path});
        p.waitForFinished(30000);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                              .match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    return int(
        QString::fromLatin1(readAll(path)).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

// The text of a PDF (pdftotext), or empty when the tool is not installed.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QProcess p;
    p.start(tool, {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QJsonObject checkById(const QJsonArray &checks, const QString &id)
{
    for (const QJsonValue &v : checks) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

// A migrated demo database with one audit NULL planted in items_item.
void prepareFailing(TestDatabase &t, qint64 rows)
{
    QVERIFY(t.buildDemo(rows));
    QVERIFY(t.migrate().ok());
    QVERIFY(t.exec(QStringLiteral(
        "UPDATE items_item SET modified_by_id = NULL WHERE id = (SELECT min(id) FROM items_item)")));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void writersInProcess()
    {
        TestDatabase t(QStringLiteral("repwriters"));
        prepareFailing(t, 90);
        QString error;
        QVERIFY(ToolSchema::ensure(t.db(), &error));
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO gma_migrator.backups (path, format, size_bytes, sha256, server_version, "
            "migration_state, row_counts, verified) VALUES ('/backups/demo, \"quoted\".dump', "
            "'custom', 2048, 'ff00', '15.4', '{\"characters\": \"0002\"}', "
            "'{\"characters_character\": 90}', true)")));
        const ValidationResult v = Validation::run(t.db(), MigrationCatalogue::builtIn());
        const ReportData data =
            ReportData::collect(t.db(), MigrationCatalogue::builtIn(), t.settings().displayName(), v);
        QCOMPARE(data.migrationState, QStringLiteral("0004"));
        QCOMPARE(data.backups.size(), 1);
        QCOMPARE(data.backups.first().rowCounts.value(QStringLiteral("characters_character")), qint64(90));
        QVERIFY(data.history.size() >= 14);

        // JSON
        const QJsonObject json = QJsonDocument::fromJson(ReportWriter::json(data)).object();
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), v.checks.size());
        const QJsonObject failed = checkById(checks, QStringLiteral("seed.items.audit"));
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(failed.value(QStringLiteral("actual")).toString(), QStringLiteral("1"));
        QCOMPARE(checkById(checks, QStringLiteral("seed.characters.audit"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("pass"));
        QCOMPARE(
            checkById(checks, QStringLiteral("backup.rowcounts")).value(QStringLiteral("status")).toString(),
            QStringLiteral("pass"));
        const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), false);
        const QJsonArray audit = json.value(QStringLiteral("audit")).toArray();
        QCOMPARE(audit.size(), 3);
        for (const QJsonValue &m : audit)
            QCOMPARE(m.toObject().value(QStringLiteral("rows")).toInt(), 90);
        QCOMPARE(json.value(QStringLiteral("backups"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("path"))
                     .toString(),
                 QStringLiteral("/backups/demo, \"quoted\".dump"));

        // CSV: a header, one row per check and the connection's encryption; SQL with line breaks
        // survives quoting.
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(ReportWriter::csv(data)));
        QCOMPARE(rows.size(), v.checks.size() + 2);
        QCOMPARE(rows.last().mid(0, 6), (QStringList{QStringLiteral("connection.encryption"), QStringLiteral("Connection"),
                                                    QStringLiteral("Connection encryption (pg_stat_ssl)"),
                                                    QStringLiteral("info"), QString(), data.encryption}));
        QCOMPARE(
            rows.first(),
            QStringList({QStringLiteral("id"), QStringLiteral("category"), QStringLiteral("name"),
                         QStringLiteral("status"), QStringLiteral("expected"), QStringLiteral("actual"),
                         QStringLiteral("reason"), QStringLiteral("duration_ms"), QStringLiteral("sql")}));
        for (int i = 1; i < rows.size() - 1; ++i) {
            QCOMPARE(rows.at(i).size(), 9);
            const CheckResult &c = v.checks.at(i - 1);
            QCOMPARE(rows.at(i).at(0), c.id);
            QCOMPARE(rows.at(i).at(3), c.statusText());
            QCOMPARE(rows.at(i).at(8), c.sql);
        }

        // HTML: self-contained, with the checks table.
        const QString html = QString::fromUtf8(ReportWriter::html(data));
        QVERIFY(html.contains(QStringLiteral("<table class=\"checks\">")));
        QVERIFY(html.contains(QStringLiteral("<tr class=\"fail\">")));
        QVERIFY(html.contains(QStringLiteral("seed.items.audit")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));

        // PDF: a title page and the body.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(PdfReport::write(data, pdf, &error), qPrintable(error));
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QVERIFY2(pdfPages(pdf) > 1, qPrintable(QString::number(pdfPages(pdf))));
        const QString text = pdfText(pdf);
        if (!text.isEmpty()) {
            QVERIFY(text.contains(QStringLiteral("Validation report")));
            QVERIFY(text.contains(t.name()));
            QVERIFY(text.contains(QStringLiteral("1 check failed")));
        }
        // A folder that does not exist is one sentence, not a crash.
        QVERIFY(!PdfReport::write(data, dir.filePath(QStringLiteral("missing/report.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("folder does not exist")));
    }

    void cliExitCodes()
    {
        TestDatabase t(QStringLiteral("repexit"));
        QVERIFY(t.buildDemo(50));
        CliResult r = runCli({QStringLiteral("validate")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("SKIP  seed.characters.audit")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("PASS  schema.contract")));

        QVERIFY(t.migrate().ok());
        r = runCli({QStringLiteral("validate")}, t.name());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("PASS  seed.characters.audit")), qPrintable(r.out));

        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET created_by_id = NULL WHERE id IN "
                                      "(SELECT id FROM locations_location ORDER BY id LIMIT 3)")));
        r = runCli({QStringLiteral("validate")}, t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("FAIL  seed.locations.audit")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("actual:   3")));

        r = runCli(
            {QStringLiteral("validate"), QStringLiteral("--report"), QStringLiteral("/tmp/report.docx")},
            t.name());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral(".html, .pdf, .csv or .json")));

        TestDatabase empty(QStringLiteral("repempty"));
        r = runCli({QStringLiteral("validate")}, empty.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not a GMA database")));
    }

    void cliReportsOverTcpHoldNoPassword()
    {
        TestDatabase t(QStringLiteral("repcli"));
        prepareFailing(t, 70);
        const QString password = tcpPassword();
        QVERIFY(!password.isEmpty());
        const QString uri =
            QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/%3").arg(password, tcpPort(), t.name());
        QTemporaryDir dir;
        const QStringList files{dir.filePath(QStringLiteral("r.json")), dir.filePath(QStringLiteral("r.csv")),
                                dir.filePath(QStringLiteral("r.html")),
                                dir.filePath(QStringLiteral("r.pdf"))};
        QStringList args{QStringLiteral("--db"), uri, QStringLiteral("validate")};
        for (const QString &f : files)
            args << QStringLiteral("--report") << f;
        const CliResult r = runCli(args, t.name());
        QCOMPARE(r.exitCode, 1); // the planted NULL
        QVERIFY2(!r.err.contains(QStringLiteral("error:")), qPrintable(r.err));
        QVERIFY(!r.out.contains(password));
        QVERIFY(!r.err.contains(password));

        for (const QString &f : files) {
            const QByteArray bytes = readAll(f);
            QVERIFY2(!bytes.isEmpty(), qPrintable(f));
            QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(f));
        }
        const QString text = pdfText(files.at(3));
        if (!text.isEmpty()) {
            QVERIFY(text.contains(QStringLiteral("127.0.0.1"))); // the connection is described ...
            QVERIFY(!text.contains(password));                   // ... without its password
        }
        QVERIFY(readAll(files.at(3)).startsWith("%PDF"));
        QVERIFY(pdfPages(files.at(3)) > 1);

        const QJsonObject json = QJsonDocument::fromJson(readAll(files.at(0))).object();
        QCOMPARE(
            json.value(QStringLiteral("report")).toObject().value(QStringLiteral("connection")).toString(),
            QStringLiteral("postgres@127.0.0.1:%1/%2").arg(tcpPort(), t.name()));
        const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
        QCOMPARE(
            checkById(checks, QStringLiteral("seed.items.audit")).value(QStringLiteral("actual")).toString(),
            QStringLiteral("1"));
        QCOMPARE(
            checkById(checks, QStringLiteral("schema.contract")).value(QStringLiteral("status")).toString(),
            QStringLiteral("pass"));
        for (const QJsonValue &m : json.value(QStringLiteral("audit")).toArray())
            QCOMPARE(m.toObject().value(QStringLiteral("rows")).toInt(), 70);

        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(files.at(1))));
        QCOMPARE(rows.size(), checks.size() + 2); // and the connection's encryption
        int failed = 0;
        for (int i = 1; i < rows.size(); ++i) {
            if (rows.at(i).at(3) == QLatin1String("fail")) {
                ++failed;
                QCOMPARE(rows.at(i).at(0), QStringLiteral("seed.items.audit"));
            }
        }
        QCOMPARE(failed, 1);
        QVERIFY(QString::fromUtf8(readAll(files.at(2))).contains(QStringLiteral("<table class=\"checks\">")));
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
