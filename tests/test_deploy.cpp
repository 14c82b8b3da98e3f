// The seed's production deployment: deployment profiles (read, written, refused with the file and
// line), the command runner (output, exit codes, timeouts that stop what a command started, no
// password in its environment), and `deploy` end to end on a real database: commands that succeed,
// fail and time out, a used-up window, and a failed migration rolled back.
#include "deploy.h"
#include "sqlutil.h"
#include "testdb.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace gma;
using namespace gma::test;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

qint64 recorded(TestDatabase &t)
{
    return t.count(QStringLiteral("SELECT count(*) FROM django_migrations"));
}

// A process that has ended (or is a zombie nobody reaped yet) no longer runs.
bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype close = s.lastIndexOf(')');
    return close > 0 && s.size() > close + 2 && s.at(close + 2) != 'Z';
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT
private slots:
    void profilesAreReadAndWritten()
    {
        QString error;
        const auto p = DeployProfile::parse(QStringLiteral("# the seed's window\n"
                                                           "window = 15min\n"
                                                           "before = echo on\n"
                                                           "timeout = 2s\n"
                                                           "after = echo health\n"
                                                           "after = echo off\n"
                                                           "failure = echo page\n"
                                                           "backup = no\n"
                                                           "vacuum = off\n"),
                                            QStringLiteral("p.conf"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->windowMs, qint64(15 * 60 * 1000));
        QCOMPARE(p->before.size(), 1);
        QCOMPARE(p->before.first().timeoutMs, qint64(60000)); // the default, before the timeout line
        QCOMPARE(p->after.size(), 2);
        QCOMPARE(p->after.at(1).command, QStringLiteral("echo off"));
        QCOMPARE(p->after.at(1).timeoutMs, qint64(2000));
        QCOMPARE(p->after.at(1).line, 6);
        QCOMPARE(p->onFailure.first().command, QStringLiteral("echo page"));
        QVERIFY(!p->backup);
        QVERIFY(!p->vacuum);

        // What toText() writes reads back the same.
        const auto again = DeployProfile::parse(p->toText(), QStringLiteral("q.conf"), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->windowMs, p->windowMs);
        QCOMPARE(again->after.at(1).timeoutMs, qint64(2000));
        QCOMPARE(again->before.first().timeoutMs, qint64(60000));
        QCOMPARE(again->onFailure.first().command, p->onFailure.first().command);
        QCOMPARE(again->backup, false);

        // Bad lines: one sentence with the file and the line.
        const QList<QPair<QString, QString>> bad{
            {QStringLiteral("window = soon\n"), QStringLiteral("p.conf:1: \"window\" needs a duration")},
            {QStringLiteral("# ok\nbefore =\n"), QStringLiteral("p.conf:2: \"before\" needs a command")},
            {QStringLiteral("\n\nbackup = maybe\n"), QStringLiteral("p.conf:3: \"backup\" is yes or no")},
            {QStringLiteral("maintenance on\n"), QStringLiteral("p.conf:1: expected a setting")},
            {QStringLiteral("windows = 5min\n"), QStringLiteral("p.conf:1: unknown setting \"windows\"")},
        };
        for (const auto &[text, message] : bad) {
            error.clear();
            QVERIFY2(!DeployProfile::parse(text, QStringLiteral("p.conf"), &error), qPrintable(text));
            QVERIFY2(error.startsWith(message), qPrintable(error));
        }

        // A name lives in the configuration folder; a path is taken as it is.
        qputenv("XDG_CONFIG_HOME", QByteArrayLiteral("/tmp/gma-deploy-config"));
        QCOMPARE(DeployProfile::pathFor(QString()), QStringLiteral("/tmp/gma-deploy-config/gma-migrator/deploy/default.conf"));
        QCOMPARE(DeployProfile::pathFor(QStringLiteral("prod")), QStringLiteral("/tmp/gma-deploy-config/gma-migrator/deploy/prod.conf"));
        QCOMPARE(DeployProfile::pathFor(QStringLiteral("./prod.conf")), QStringLiteral("./prod.conf"));
        qunsetenv("XDG_CONFIG_HOME");
    }

    void commandsRunWithATimeoutAndWithoutThePassword()
    {
        qputenv("PGPASSWORD", QByteArrayLiteral("not-for-hooks"));
        HookRunner runner;
        HookResult r = runner.run({QStringLiteral("echo out; echo err >&2; echo \"pw=${PGPASSWORD:-none} stage=$GMA_DEPLOY_STAGE\""), 10000, 1},
                                  {{QStringLiteral("GMA_DEPLOY_STAGE"), QStringLiteral("before")}});
        qunsetenv("PGPASSWORD");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.output, QStringLiteral("out\nerr\npw=none stage=before\n"));

        r = runner.run({QStringLiteral("echo checking; echo 'the database is not healthy'; exit 3"), 10000, 1}, {});
        QVERIFY(!r.ok);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.error, QStringLiteral("The command \"echo checking; echo 'the database is not healthy'; exit 3\" ended "
                                         "with exit code 3: the database is not healthy"));

        // A timeout stops the shell and what it started (its own process group).
        QTemporaryDir dir;
        const QString pidFile = dir.filePath(QStringLiteral("child.pid"));
        r = runner.run({QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile), 300, 1}, {});
        QVERIFY(!r.ok);
        QVERIFY(r.timedOut);
        QVERIFY2(r.error.contains(QStringLiteral("did not finish within 300 ms and was stopped")), qPrintable(r.error));
        const qint64 child = readFile(pidFile).toLongLong();
        QVERIFY(child > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!running(child), 5000);

        r = runner.run({QStringLiteral("/nonexistent/tool"), 5000, 1}, {});
        QVERIFY(!r.ok);
        QCOMPARE(r.exitCode, 127);
    }

    void deployRunsTheSeedsRunbook()
    {
        TestDatabase t(QStringLiteral("deploy_ok"));
        QVERIFY2(t.buildDemo(40), qPrintable(t.lastError()));
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("prod.conf"));
        // The commands see the database through PG*: before counts the recorded migrations (the
        // state before the migration), after counts them again.
        QVERIFY(writeFile(profile, QStringLiteral("window = 10min\n"
                                                  "timeout = 30s\n"
                                                  "before = psql -XAtc 'SELECT count(*) FROM django_migrations' > '%1/before'\n"
                                                  "after = psql -XAtc 'SELECT count(*) FROM django_migrations' > '%1/after'\n"
                                                  "after = echo \"maintenance off ($GMA_DEPLOY_OUTCOME)\"\n"
                                                  "failure = touch '%1/failure'\n")
                                       .arg(dir.path())));
        const QString report = dir.filePath(QStringLiteral("deploy.json"));
        const QString pdf = dir.filePath(QStringLiteral("deploy.pdf"));
        const qint64 before = recorded(t);
        const CliResult r = runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), profile,
                                    QStringLiteral("--backup-dir"), dir.path(), QStringLiteral("--report"), report,
                                    QStringLiteral("--report"), pdf},
                                   t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(readFile(dir.filePath(QStringLiteral("before"))).toLongLong(), before);
        QCOMPARE(readFile(dir.filePath(QStringLiteral("after"))).toLongLong(), before + 6);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("failure"))));
        QCOMPARE(recorded(t), before + 6);
        QCOMPARE(contractDifference(t), QString());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM characters_character WHERE created_by_id IS NULL")), qint64(0));
        // The backup stage took one.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM gma_migrator.backups WHERE verified")), qint64(1));
        QVERIFY2(r.out.contains(QStringLiteral("SELECT COUNT(*) FROM \"characters_character\" WHERE created_by_id IS "
                                               "NULL; -> 0")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("   | maintenance off (success)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Deployed: the migration was applied and verified in ")), qPrintable(r.out));

        // The report: the stages in order, each with its outcome, the commands with their output.
        const QJsonObject json = readJson(report);
        QCOMPARE(json.value(QStringLiteral("report")).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("GMA deployment report"));
        const QJsonObject deployment = json.value(QStringLiteral("deployment")).toObject();
        QCOMPARE(deployment.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(deployment.value(QStringLiteral("window_ms")).toInteger(), qint64(600000));
        QStringList stages;
        for (const QJsonValue &s : deployment.value(QStringLiteral("stages")).toArray()) {
            const QJsonObject o = s.toObject();
            stages << o.value(QStringLiteral("name")).toString();
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(stages, (QStringList{QStringLiteral("before"), QStringLiteral("preflight"), QStringLiteral("backup"),
                                      QStringLiteral("migrate"), QStringLiteral("verify"), QStringLiteral("validate"),
                                      QStringLiteral("after")}));
        const QJsonArray after =
            deployment.value(QStringLiteral("stages")).toArray().last().toObject().value(QStringLiteral("commands")).toArray();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(1).toObject().value(QStringLiteral("output")).toString(), QStringLiteral("maintenance off (success)\n"));
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("ok")).toBool(), true);
        // The PDF leads with the deployment, then the validation's sections.
        QString text;
        QVERIFY(runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text));
        QVERIFY2(text.contains(QStringLiteral("Deployment report")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QStringLiteral("1. Deployment")));
        QVERIFY(text.contains(QStringLiteral("2. Checks")));
        QVERIFY(text.contains(QStringLiteral("(success)"))); // the after command's output

        // Deployed already: nothing to do, and no command runs.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("before"))));
        const CliResult again = runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), profile}, t.name());
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Nothing to deploy")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("before"))));
    }

    void aFailingOrHangingCommandBeforeStopsBeforeAnythingChanges()
    {
        TestDatabase t(QStringLiteral("deploy_before"));
        QVERIFY2(t.buildDemo(20), qPrintable(t.lastError()));
        const QString schema = t.schemaDump();
        const qint64 before = recorded(t);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.conf"));
        for (const QString &command : {QStringLiteral("echo 'maintenance mode is not available'; exit 1"),
                                       QStringLiteral("sleep 30")}) {
            QFile::remove(dir.filePath(QStringLiteral("failure")));
            QFile::remove(dir.filePath(QStringLiteral("after")));
            QVERIFY(writeFile(profile, QStringLiteral("timeout = 400ms\n"
                                                      "before = %2\n"
                                                      "before = touch '%1/second'\n"
                                                      "timeout = 30s\n"
                                                      "failure = touch '%1/failure'\n"
                                                      "after = echo $GMA_DEPLOY_OUTCOME > '%1/after'\n")
                                           .arg(dir.path(), command)));
            const CliResult r =
                runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), profile, QStringLiteral("--no-backup")},
                       t.name());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.contains(command.startsWith(QLatin1String("sleep"))
                                        ? QStringLiteral("did not finish within 400 ms and was stopped")
                                        : QStringLiteral("ended with exit code 1: maintenance mode is not available")),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(QStringLiteral("Not deployed: the before stage failed; the database was not changed")),
                     qPrintable(r.out));
            QVERIFY(!r.out.contains(QStringLiteral("== migrate")));
            // The rest of before does not run; failure and after do.
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second"))));
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("failure"))));
            QCOMPARE(readFile(dir.filePath(QStringLiteral("after"))), QStringLiteral("failed"));
            QCOMPARE(recorded(t), before);
            QCOMPARE(t.schemaDump(), schema);
        }

        // A window used up before the migration starts: nothing is migrated.
        QVERIFY(writeFile(profile, QStringLiteral("window = 1ms\nbefore = sleep 0.05\n")));
        const CliResult late =
            runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), profile, QStringLiteral("--no-backup")}, t.name());
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.out.contains(QStringLiteral("was used up before the migration started; nothing was migrated")),
                 qPrintable(late.out));
        QCOMPARE(recorded(t), before);

        // A profile that is not there, or not valid: one sentence, exit 2.
        CliResult bad = runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), dir.filePath(QStringLiteral("none.conf"))},
                               t.name());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("write one with deploy --init-profile")), qPrintable(bad.err));
        QVERIFY(writeFile(profile, QStringLiteral("window = 15 minutes please\n")));
        bad = runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), profile}, t.name());
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(bad.err.contains(QStringLiteral("%1:1: \"window\" needs a duration").arg(profile)), qPrintable(bad.err));

        // --init-profile writes the seed's runbook once.
        const QString fresh = dir.filePath(QStringLiteral("new.conf"));
        CliResult init = runCli({QStringLiteral("deploy"), QStringLiteral("--init-profile"), QStringLiteral("--profile"), fresh},
                                t.name());
        QCOMPARE(init.exitCode, 0);
        QString error;
        const auto written = DeployProfile::load(fresh, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->before.first().command, QStringLiteral("python manage.py maintenance_mode on"));
        QCOMPARE(written->windowMs, qint64(15 * 60 * 1000));
        init = runCli({QStringLiteral("deploy"), QStringLiteral("--init-profile"), QStringLiteral("--profile"), fresh},
                      t.name());
        QCOMPARE(init.exitCode, 1);
        QVERIFY(init.err.contains(QStringLiteral("already exists")));
    }

    void aFailedMigrationIsRolledBackOnRequest()
    {
        TestDatabase t(QStringLiteral("deploy_rollback"));
        QVERIFY2(t.buildDemo(30), qPrintable(t.lastError()));
        // A name too long for the varchar(100) items.0003 makes of it: characters migrate, items fail.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('x', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        const QString rows = rowChecksum(t);
        const QString schema = t.schemaDump();
        const qint64 before = recorded(t);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p.conf"));
        QVERIFY(writeFile(profile, QStringLiteral("failure = touch '%1/failure'\nafter = touch '%1/after'\n").arg(dir.path())));
        const QString report = dir.filePath(QStringLiteral("r.json"));
        const CliResult r = runCli({QStringLiteral("deploy"), QStringLiteral("--profile"), profile, QStringLiteral("--no-backup"),
                                    QStringLiteral("--skip-preflight"), QStringLiteral("--rollback-on-failure"),
                                    QStringLiteral("--report"), report},
                                   t.name());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains(QStringLiteral("Not deployed: the migrate stage failed and the migration was rolled back")),
                 qPrintable(r.out));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("failure"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("after"))));
        // Back where it started, every row as it was.
        QCOMPARE(recorded(t), before);
        QCOMPARE(t.schemaDump(), schema);
        QCOMPARE(rowChecksum(t), rows);
        QCOMPARE(advisoryLocks(t), qint64(0));
        const QJsonObject deployment = readJson(report).value(QStringLiteral("deployment")).toObject();
        QCOMPARE(deployment.value(QStringLiteral("ok")).toBool(), false);
        QStringList outcomes;
        for (const QJsonValue &s : deployment.value(QStringLiteral("stages")).toArray())
            outcomes << s.toObject().value(QStringLiteral("name")).toString() + QLatin1Char('=') +
                            s.toObject().value(QStringLiteral("outcome")).toString();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("preflight=skipped"), QStringLiteral("backup=skipped"),
                                        QStringLiteral("migrate=failed"), QStringLiteral("rollback=ok"),
                                        QStringLiteral("failure=ok"), QStringLiteral("after=ok")}));
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "test_deploy.moc"
