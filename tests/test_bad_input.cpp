// Bad input, driving the real CLI against the real server: each case has its exit code and one
// clear sentence (one line, without libpq's multi-line "server closed the connection
// unexpectedly / This probably means" text), and leaves the database as it was unless the case
// says otherwise. Prints "bad inputs handled: N/N".
#include "sqlutil.h"
#include "testdb.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace gma;
using namespace gma::test;

namespace {

struct Case
{
    QString name;
    // Prepares the database (empty for "none"); false (with a reason in *why) fails the case.
    std::function<bool(TestDatabase &, QString *why)> setup;
    QStringList args;
    int exitCode = 0;
    QString sentence; // a part of the one error line, or of stdout for a success
    QProcessEnvironment env = {};
    bool demo = true; // build the demo at 0002 first
    // After the run: false (with a reason) when the database is not as the case expects.
    std::function<bool(TestDatabase &, QString *why)> check = {};
};

// A copy of the built-in migration definitions in `dir`, with `from` replaced by `to` in the
// characters 0003 file; false when the copy failed or `from` is not there.
bool editedDefinitions(const QString &dir, const QString &from, const QString &to)
{
    const QString source = QStringLiteral(GMA_SOURCE_DIR "/migrations");
    QDirIterator it(source, {QStringLiteral("*.migration")}, QDir::Files, QDirIterator::Subdirectories);
    bool edited = false;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = dir + QLatin1Char('/') + QDir(source).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile in(path);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        QString text = QString::fromUtf8(in.readAll());
        if (path.contains(QLatin1String("characters/0003")) && text.contains(from)) {
            text.replace(from, to);
            edited = true;
        }
        out.write(text.toUtf8());
    }
    return edited;
}

bool sqlSetup(TestDatabase &t, const QStringList &statements, QString *why)
{
    for (const QString &s : statements) {
        if (!t.exec(s)) {
            *why = t.lastError();
            return false;
        }
    }
    return true;
}

auto statements(const QStringList &list)
{
    return [list](TestDatabase &t, QString *why) { return sqlSetup(t, list, why); };
}

QString tcp(const QString &extra)
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=postgres %2").arg(tcpPort(), extra);
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void badInputs()
    {
        forgetFigure(QStringLiteral("bad-inputs"));
        QTemporaryDir scratch;
        const QString aFile = scratch.filePath(QStringLiteral("plain-file"));
        const QString editedDir = scratch.filePath(QStringLiteral("edited"));
        const QString failingDir = scratch.filePath(QStringLiteral("failing"));
        {
            QFile f(aFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QProcessEnvironment password;
        password.insert(QStringLiteral("PGPASSWORD"), tcpPassword());
        QProcessEnvironment wrongPassword;
        wrongPassword.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password"));
        QProcessEnvironment noPgDump;
        noPgDump.insert(QStringLiteral("GMA_PG_BIN"), scratch.filePath(QStringLiteral("no-such-bin")));
        const QString longName = QString(101, QLatin1Char('n'));
        const QString hugeName = QString(10000, QChar(0x4e2d));
        const QString toolRole = QStringLiteral("gma_bad_ro_%1").arg(QCoreApplication::applicationPid());

        const QList<Case> cases = {
            // Connection strings and servers.
            {QStringLiteral("malformed URI"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QStringLiteral("postgresql://[::1")},
             2, QStringLiteral("The connection string is not valid"), {}, false},
            {QStringLiteral("URI with a port that is no number"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"),
                                                                    QStringLiteral("postgresql://localhost:port/db")},
             2, QStringLiteral("the port \"port\" is not a number"), {}, false},
            {QStringLiteral("keyword string without a value"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QStringLiteral("host=localhost dbname")},
             2, QStringLiteral("The connection string is not valid"), {}, false},
            {QStringLiteral("unknown keyword"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QStringLiteral("hots=localhost")},
             2, QStringLiteral("hots"), {}, false},
            {QStringLiteral("unknown sslmode"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), tcp(QStringLiteral("sslmode=always"))},
             2, QStringLiteral("sslmode \"always\" is none of disable"), {}, false},
            {QStringLiteral("wrong password"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QString()},
             3, QStringLiteral("refused the password"), wrongPassword},
            {QStringLiteral("unknown host"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QStringLiteral("host=no-such-host.invalid dbname=x")},
             3, QStringLiteral("cannot be reached"), {}, false},
            {QStringLiteral("closed port"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QStringLiteral("host=127.0.0.1 port=1 dbname=x")},
             3, QStringLiteral("cannot be reached"), {}, false},
            {QStringLiteral("database that does not exist"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), tcp(QStringLiteral("dbname=no_such_db_here"))},
             3, QStringLiteral("database does not exist"), password, false},
            {QStringLiteral("user that does not exist"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"),
                                                            QStringLiteral("host=%1 user=no_such_user dbname=postgres").arg(clusterSettings().host)},
             3, QStringLiteral("does not know that user"), {}, false},
            {QStringLiteral("sslmode=verify-full against a server without TLS"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QString()},
             3, QStringLiteral("does not offer encrypted (TLS) connections, but sslmode=verify-full requires one"), password},
            {QStringLiteral("sslmode=require against a server without TLS"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--db"), QString()},
             3, QStringLiteral("does not offer encrypted (TLS) connections, but sslmode=require requires one"), password},
            // Databases that are not what the tool expects.
            // An empty database is built from nothing, as Django's migrate does.
            {QStringLiteral("empty database"), {}, {QStringLiteral("migrate")}, 0, QStringLiteral("Applying locations.0004"), {}, false,
             [](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("not built to 0004");
                 return schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0004"))).isEmpty();
             }},
            {QStringLiteral("database that is not GMA"), statements({QStringLiteral("CREATE TABLE shop_order (id int)")}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("is not a GMA database"), {}, false},
            {QStringLiteral("django_migrations missing"), statements({QStringLiteral("DROP TABLE django_migrations")}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("(drift)")},
            {QStringLiteral("django_migrations with an unknown migration"),
             statements({QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES ('items', '0099_from_elsewhere', now())")}),
             // Django ignores records of migrations it does not know; so does the tool, and keeps them.
             {QStringLiteral("migrate"), QStringLiteral("--no-backup")}, 0, QStringLiteral("Applying locations.0004"), {}, true,
             [](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("the unknown record is gone");
                 return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name = '0099_from_elsewhere'")) == 1;
             }},
            {QStringLiteral("django_migrations out of order"),
             statements({QStringLiteral("DELETE FROM django_migrations WHERE app = 'items' AND name LIKE '0001%'")}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("out of dependency order")},
            {QStringLiteral("columns present, nothing recorded"),
             statements({QStringLiteral("ALTER TABLE items_item ADD COLUMN created_at timestamptz")}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("drift")},
            {QStringLiteral("recorded, columns missing"),
             [](TestDatabase &t, QString *why) {
                 if (!t.migrate().ok()) {
                     *why = QStringLiteral("migrate failed");
                     return false;
                 }
                 return sqlSetup(t, {QStringLiteral("ALTER TABLE items_item DROP COLUMN modified_by_id")}, why);
             },
             {QStringLiteral("rollback"), QStringLiteral("--yes")}, 1, QStringLiteral("error: ")},
            // Migration definitions that changed or do not run.
            {QStringLiteral("definition edited after it was applied"),
             [editedDir](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("migrate or the edited copy failed");
                 return t.migrate().ok() &&
                        editedDefinitions(editedDir, QStringLiteral("== backward\n"),
                                          QStringLiteral("== backward\nSELECT 1;\n"));
             },
             {QStringLiteral("rollback"), QStringLiteral("--yes"), QStringLiteral("--migrations-dir"), editedDir}, 1,
             QStringLiteral("(checksum drift)")},
            {QStringLiteral("definition that parses but fails when run"),
             [failingDir](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("the failing copy could not be made");
                 return sqlSetup(t, {QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}, why) &&
                        editedDefinitions(failingDir, QStringLiteral("== backward\n"),
                                          QStringLiteral("SELECT 1/0;\n== backward\n"));
             },
             {QStringLiteral("migrate"), QStringLiteral("--no-backup"), QStringLiteral("--migrations-dir"), failingDir}, 4,
             QStringLiteral("failed and was rolled back: division by zero"), {}, true,
             [](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("the failed step left something behind");
                 return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")) == 0 &&
                        !sql::columnExists(t.db(), QStringLiteral("characters_character"), QStringLiteral("created_at"));
             }},
            // Values the steps must cope with.
            {QStringLiteral("item name of 101 characters"),
             statements({QStringLiteral("UPDATE items_item SET name = '%1' WHERE id = 1").arg(longName)}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("value-too-long")},
            {QStringLiteral("item name of 10,000 characters"),
             statements({QStringLiteral("ALTER TABLE items_item ALTER COLUMN name TYPE text"),
                         QStringLiteral("UPDATE items_item SET name = '%1' WHERE id = 2").arg(hugeName)}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("value-too-long")},
            {QStringLiteral("names of quotes, semicolons, control characters, other scripts"),
             statements({QStringLiteral("UPDATE items_item SET name = E'\\'; DROP TABLE users_user; --\"\\t\\x01' WHERE id = 1"),
                         QStringLiteral("UPDATE characters_character SET name = 'Ærøskøbing Ωμέγα 東京 مرحبا' WHERE id = 1"),
                         QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate"), QStringLiteral("--no-backup")}, 0, QStringLiteral("Applying"), {}, true,
             [](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("names changed");
                 return t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE id = 1 AND name = E'\\'; DROP TABLE users_user; --\"\\t\\x01'")) == 1 &&
                        t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE id = 1 AND name = 'Ærøskøbing Ωμέγα 東京 مرحبا'")) == 1;
             }},
            {QStringLiteral("1 MB description"),
             statements({QStringLiteral("UPDATE items_item SET description = repeat('x', 1048576) WHERE id = 3"),
                         QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate"), QStringLiteral("--no-backup")}, 0, QStringLiteral("Applying"), {}, true,
             [](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("the description changed");
                 return t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE id = 3 AND description = repeat('x', 1048576) AND created_at IS NOT NULL")) == 1;
             }},
            // Roles and servers that cannot write.
            {QStringLiteral("read-only role"),
             statements({QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$").arg(toolRole),
                         QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(toolRole)}),
             {QStringLiteral("migrate"), QStringLiteral("--db"), QStringLiteral("user=%1").arg(toolRole)}, 1, QStringLiteral("privileges")},
            {QStringLiteral("read-only server (default_transaction_read_only)"),
             statements({QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate"), QStringLiteral("--no-backup")}, 1, QStringLiteral("default_transaction_read_only is on"), {}, true},
            {QStringLiteral("statement_timeout on the role"),
             statements({QStringLiteral("DO $$ BEGIN CREATE ROLE %1_st LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object THEN NULL; END $$").arg(toolRole),
                         QStringLiteral("ALTER ROLE %1_st SET statement_timeout = '1ms'").arg(toolRole),
                         QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate"), QStringLiteral("--no-backup"), QStringLiteral("--db"), QStringLiteral("user=%1_st").arg(toolRole)},
             0, QStringLiteral("Applying locations.0004"), {}, true,
             [](TestDatabase &t, QString *why) {
                 *why = QStringLiteral("not at 0004");
                 return t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")) == 3;
             }},
            // Tools and folders.
            {QStringLiteral("pg_dump missing"), statements({QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate")}, 1, QStringLiteral("pg_dump was not found"), noPgDump},
            {QStringLiteral("backup folder not writable"), statements({QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate"), QStringLiteral("--backup-dir"), QStringLiteral("/proc/gma-backups")}, 1,
             QStringLiteral("): choose a writable folder.")},
            {QStringLiteral("backup folder is a file"), statements({QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")}),
             {QStringLiteral("migrate"), QStringLiteral("--backup-dir"), aFile}, 1, QStringLiteral("Cannot write the backup")},
            // Arguments.
            {QStringLiteral("app that does not exist"), {}, {QStringLiteral("migrate"), QStringLiteral("shop")}, 2, QStringLiteral("shop")},
            {QStringLiteral("target that does not exist"), {}, {QStringLiteral("migrate"), QStringLiteral("items"), QStringLiteral("0099")},
             2, QStringLiteral("0099")},
            {QStringLiteral("unknown command"), {}, {QStringLiteral("migrat")}, 2, QStringLiteral("migrat"), {}, false},
            {QStringLiteral("batch size of 0"), {}, {QStringLiteral("migrate"), QStringLiteral("--batch-size"), QStringLiteral("0")},
             2, QStringLiteral("--batch-size needs a positive number")},
            {QStringLiteral("lock timeout that is no number"), {}, {QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("soon")},
             2, QStringLiteral("--lock-timeout needs a positive number")},
            {QStringLiteral("migrations folder that does not exist"), {}, {QStringLiteral("showmigrations"), QStringLiteral("--migrations-dir"),
                                                                         scratch.filePath(QStringLiteral("none"))},
             2, QStringLiteral("none is not a directory")},
        };

        int handled = 0;
        QStringList failures;
        for (const Case &c : cases) {
            TestDatabase t(QStringLiteral("bad"));
            QString why;
            if (c.demo && !t.buildDemo(30)) {
                failures << c.name + QStringLiteral(": the demo could not be built");
                continue;
            }
            if (c.setup && !c.setup(t, &why)) {
                failures << c.name + QStringLiteral(": setup failed: ") + why;
                continue;
            }
            QStringList args = c.args;
            // A --db without a value: the test database over TCP, with this case's sslmode.
            for (int i = 0; i + 1 < args.size(); ++i) {
                if (args.at(i) == QLatin1String("--db") && args.at(i + 1).isEmpty()) {
                    const QString mode = c.name.contains(QLatin1String("verify-full")) ? QStringLiteral("verify-full")
                                         : c.name.contains(QLatin1String("require")) ? QStringLiteral("require")
                                                                                        : QStringLiteral("disable");
                    args[i + 1] = tcp(QStringLiteral("dbname=%1 sslmode=%2").arg(t.name(), mode));
                } else if (args.at(i) == QLatin1String("--db") && args.at(i + 1).startsWith(QLatin1String("user="))) {
                    args[i + 1] = QStringLiteral("host=%1 port=%2 dbname=%3 %4")
                                      .arg(clusterSettings().host, tcpPort(), t.name(), args.at(i + 1));
                }
            }
            if (c.name.contains(QLatin1String("default_transaction_read_only")))
                t.exec(QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(sql::quoteIdent(t.name())));
            const QString before = c.check ? QString() : t.fingerprint();
            const CliResult r = runCli(args, t.name(), {}, c.env);
            QString problem;
            const QString line = c.exitCode == 0 ? QString() : errorLine(r.err, &problem);
            QString failure;
            if (r.exitCode != c.exitCode)
                failure = QStringLiteral("exit %1, expected %2").arg(r.exitCode).arg(c.exitCode);
            else if (c.exitCode != 0 && line.isEmpty())
                failure = problem;
            else if (c.exitCode != 0 && !line.contains(c.sentence))
                failure = QStringLiteral("the error does not say \"%1\"").arg(c.sentence);
            else if (c.exitCode == 0 && !r.out.contains(c.sentence))
                failure = QStringLiteral("the output does not say \"%1\"").arg(c.sentence);
            else if (c.check && !c.check(t, &why))
                failure = why;
            if (c.name.contains(QLatin1String("default_transaction_read_only")))
                t.exec(QStringLiteral("ALTER DATABASE %1 RESET default_transaction_read_only").arg(sql::quoteIdent(t.name())));
            if (failure.isEmpty() && !c.check && t.fingerprint() != before)
                failure = QStringLiteral("the database changed");
            qInfo().noquote() << (failure.isEmpty() ? QStringLiteral("ok  ") : QStringLiteral("FAIL")) << c.name << "->"
                              << r.exitCode << (line.isEmpty() ? r.out.trimmed().section(QLatin1Char('\n'), -1) : line);
            if (failure.isEmpty())
                ++handled;
            else
                failures << c.name + QStringLiteral(": ") + failure + QStringLiteral("\n    stdout: ") +
                                r.out.trimmed().right(600) + QStringLiteral("\n    stderr: ") + r.err.trimmed().right(600);
        }
        for (const QString &role : {toolRole, toolRole + QStringLiteral("_st")}) {
            TestDatabase cleanup(QStringLiteral("badcleanup"));
            cleanup.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
        recordFigure(QStringLiteral("bad-inputs"), QStringLiteral("bad inputs handled: %1/%2").arg(handled).arg(cases.size()));
        QVERIFY2(cases.size() >= 30, "at least 30 cases");
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
