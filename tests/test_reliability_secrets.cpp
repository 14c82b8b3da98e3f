// Secrets: while pg_dump runs for the automatic backup, its command line and environment are read
// from /proc and hold neither the password nor sslpassword; the password reaches it in a
// temporary password file readable by its owner only, removed afterwards; backups and reports
// are created owner-only; neither the tool's records nor its files hold the password.
#include "sqlutil.h"
#include "testdb.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>


using namespace gma;
using namespace gma::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// The first file under `dir` whose bytes contain `secret`, or empty.
QString fileHolding(const QString &dir, const QByteArray &secret)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret))
            return path;
    }
    return QString();
}

} // namespace

class TestReliabilitySecrets : public QObject
{
    Q_OBJECT
private slots:
    void passwordNeverReachesChildrenOrFiles()
    {
        const QString password = tcpPassword();
        QVERIFY(!password.isEmpty());
        TestDatabase t(QStringLiteral("relsecret"));
        QVERIFY2(t.buildDemo(300), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        // A table outside the plan that pg_dump must lock: held here, it keeps pg_dump waiting
        // (observable in pg_stat_activity) while its /proc entries are read.
        QVERIFY(t.exec(QStringLiteral("CREATE TABLE public.reports_note (id int)")));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::exec(holder, QStringLiteral("LOCK TABLE public.reports_note IN ACCESS EXCLUSIVE MODE")).ok);

        QTemporaryDir home;
        QProcessEnvironment env = processEnvironment(t.name());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("PGPASSWORD"), password);
        const QString sslSecret = QStringLiteral("ssl-secret-%1").arg(QCoreApplication::applicationPid());
        const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2 sslmode=disable "
                                                "sslpassword=%3")
                                     .arg(tcpPort(), t.name(), sslSecret);
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GMA_CLI_PATH), {QStringLiteral("migrate"), QStringLiteral("--db"), conninfo});
        QVERIFY(cli.waitForStarted());
        // pg_dump waiting for its lock on reports_note.
        bool waiting = false;
        for (int i = 0; i < 600 && !waiting && cli.state() == QProcess::Running; ++i) {
            waiting = t.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND "
                                             "application_name = 'pg_dump' AND wait_event_type = 'Lock'"),
                              {t.name()}) == 1;
            if (!waiting)
                QTest::qWait(50);
        }
        QVERIFY2(waiting, qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));
        const qint64 dump = childProcess(cli.processId(), "pg_dump");
        QVERIFY(dump > 0);
        const QByteArray cmdline = readProc(dump, "cmdline");
        const QByteArray environ = readProc(dump, "environ");
        QVERIFY(cmdline.contains("--dbname="));
        QVERIFY(environ.contains("PGUSER="));
        QVERIFY2(!cmdline.contains(password.toUtf8()), cmdline.constData());
        QVERIFY(!environ.contains(password.toUtf8()));
        QVERIFY(!environ.contains("PGPASSWORD="));
        QVERIFY(!cmdline.contains(sslSecret.toUtf8()));
        QVERIFY(!environ.contains(sslSecret.toUtf8()));
        QString passFile;
        for (const QByteArray &var : environ.split('\0')) {
            if (var.startsWith("PGPASSFILE="))
                passFile = QString::fromLocal8Bit(var.mid(11));
        }
        QVERIFY(!passFile.isEmpty());
        QCOMPARE(modeOf(passFile), 0600);
        QFile pf(passFile);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QVERIFY(pf.readAll().contains(password.toUtf8()));
        pf.close();

        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
        QVERIFY(!QFileInfo::exists(passFile));
        QVERIFY(!out.contains(password) && !err.contains(password));

        // The backup, owner-only.
        const QString backups = home.filePath(QStringLiteral("data/gma-migrator/backups"));
        const QStringList files = QDir(backups).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(QDir(backups).filePath(files.first())), 0600);

        // A report, owner-only.
        const QString report = home.filePath(QStringLiteral("report.html"));
        QProcess rep;
        rep.setProcessEnvironment(env);
        rep.start(QStringLiteral(GMA_CLI_PATH), {QStringLiteral("validate"), QStringLiteral("--db"), conninfo,
                                                 QStringLiteral("--report"), report});
        QVERIFY(rep.waitForFinished(120000));
        QVERIFY2(rep.exitCode() == 0, rep.readAllStandardError().constData());
        QCOMPARE(modeOf(report), 0600);

        // No file the tool wrote, and no record it keeps, holds either secret.
        QCOMPARE(fileHolding(home.path(), password.toUtf8()), QString());
        QCOMPARE(fileHolding(home.path(), sslSecret.toUtf8()), QString());
        const QStringList toolTables =
            sql::scalar(t.db(), QStringLiteral("SELECT string_agg(format('%I.%I', schemaname, tablename), ',') FROM "
                                               "pg_tables WHERE schemaname = 'gma_migrator'"))
                .toString()
                .split(QLatin1Char(','), Qt::SkipEmptyParts);
        QVERIFY(!toolTables.isEmpty());
        for (const QString &table : toolTables) {
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM %1 x WHERE strpos(x::text, ?) > 0 OR strpos(x::text, ?) > 0")
                                 .arg(table),
                             {password, sslSecret}),
                     qint64(0));
        }
    }

};

QTEST_GUILESS_MAIN(TestReliabilitySecrets)
#include "test_reliability_secrets.moc"
