// A fleet of GMA databases on the test cluster: the targets file, the preflight on every target
// before anything runs (a planted hazard stops the whole rollout), --continue-on-error, the
// parallel limit (advisory locks held at once, sampled during the rollout), a failing canary that
// keeps the rest from starting, a cancel in the middle, the summary and the exit codes, a libpq
// service name, the rollback of the whole fleet, targets on a second server, the fleet report in
// every format, and passwords asked for once per server.
#include "fleet.h"
#include "sqlutil.h"
#include "testdb.h"
#include "toolschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <memory>

using namespace gma;
using namespace gma::test;

namespace {

constexpr int kTargets = 8;
constexpr int kHazard = 5;   // an item name too long for 0003's varchar(100)
constexpr int kMigrated = 6; // already at 0004

QString latestOf(TestDatabase &t, const QString &app)
{
    return t.scalar(QStringLiteral("SELECT coalesce(max(left(name, 4)), '') FROM django_migrations WHERE app = ?"),
                    {app})
        .toString();
}

// The recorded state of the three strategy apps: "0004", "0002" or "mixed".
QString stateOf(TestDatabase &t)
{
    const QString c = latestOf(t, QStringLiteral("characters"));
    const QString i = latestOf(t, QStringLiteral("items"));
    const QString l = latestOf(t, QStringLiteral("locations"));
    return c == i && i == l ? c : QStringLiteral("mixed");
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private:
    std::vector<std::unique_ptr<TestDatabase>> m_dbs;
    QTemporaryDir m_dir;
    ExtraCluster m_second{m_dir.path() + QStringLiteral("/second")};

    // The recorded state of a database on the second server, as stateOf() reads it.
    QString remoteState(const QString &database)
    {
        QString out;
        if (!m_second.psql(QStringLiteral("SELECT 'state=' || CASE WHEN count(DISTINCT latest) = 1 THEN min(latest) "
                                          "ELSE 'mixed' END FROM (SELECT app, max(left(name, 4)) AS latest FROM "
                                          "django_migrations WHERE app IN ('characters', 'items', 'locations') "
                                          "GROUP BY app) s"),
                           &out, database))
            return out;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("state=(\\S+)")).match(out);
        return m.hasMatch() ? m.captured(1) : out;
    }

    // The targets file over every database (labels t0..t7), plus `extra` lines.
    QString writeTargets(const QStringList &extra = {}, const QList<int> &only = {})
    {
        QStringList lines{QStringLiteral("# the test fleet")};
        for (int i = 0; i < int(m_dbs.size()); ++i) {
            if (only.isEmpty() || only.contains(i))
                lines << QStringLiteral("t%1: dbname=%2   # target %1").arg(i).arg(m_dbs.at(i)->name());
        }
        lines << extra;
        const QString path = m_dir.filePath(QStringLiteral("targets-%1.txt").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(lines.join(QLatin1Char('\n')).toUtf8());
        return path;
    }
    int m_files = 0;

    QList<FleetTarget> targets(const QList<int> &only = {})
    {
        QString error;
        const auto t = Fleet::readTargets(writeTargets({}, only), clusterSettings(), &error);
        if (!t)
            qWarning("%s", qPrintable(error));
        return t.value_or(QList<FleetTarget>{});
    }

    QStringList fingerprints()
    {
        QStringList out;
        for (auto &t : m_dbs)
            out << t->fingerprint();
        return out;
    }

    // Back to the starting line: every target at 0002 but the migrated one, the hazard planted.
    bool reset()
    {
        for (int i = 0; i < kTargets; ++i) {
            TestDatabase &t = *m_dbs.at(i);
            if (i != kMigrated && stateOf(t) != QLatin1String("0002") && !t.rollback().ok())
                return false;
            if (i == kMigrated && stateOf(t) != QLatin1String("0004") && !t.migrate().ok())
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < kTargets; ++i) {
            m_dbs.push_back(std::make_unique<TestDatabase>(QStringLiteral("fleet%1").arg(i)));
            QVERIFY(m_dbs.back()->buildDemo(300));
        }
        QVERIFY(m_dbs.at(kHazard)->exec(QStringLiteral(
            "UPDATE items_item SET name = repeat('n', 150) WHERE id = (SELECT min(id) FROM items_item)")));
        QVERIFY(m_dbs.at(kMigrated)->migrate().ok());
        // Two GMA databases on a second server.
        QString out;
        QVERIFY2(m_second.start(&out), qPrintable(out));
        for (const char *name : {"remote_a", "remote_b"}) {
            QVERIFY2(m_second.psql(QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(name)), &out), qPrintable(out));
            const CliResult r = runCli({QStringLiteral("--db"), m_second.conninfo(QLatin1String(name)),
                                        QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("300")},
                                       QStringLiteral("postgres"));
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QCOMPARE(remoteState(QLatin1String(name)), QStringLiteral("0002"));
        }
    }

    void cleanupTestCase() { m_second.stop(); }

    void targetsFile()
    {
        ConnectionSettings defaults = clusterSettings();
        QString error;
        const auto t = Fleet::parseTargets(
            QStringLiteral("# comment\n\neu1: postgresql://u@db1.example:5433/gma_eu1?sslmode=require\n"
                           "host=db2.example dbname=gma_eu2   # trailing comment\nservice=gma_us\ngma_local\n"),
            defaults, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->size(), 4);
        QCOMPARE(t->at(0).label, QStringLiteral("eu1"));
        QCOMPARE(t->at(0).line, 3);
        QCOMPARE(t->at(0).settings.host, QStringLiteral("db1.example"));
        QCOMPARE(t->at(0).settings.port, QStringLiteral("5433"));
        QCOMPARE(t->at(0).settings.sslMode, QStringLiteral("require"));
        QCOMPARE(t->at(1).label, QStringLiteral("gma_eu2"));
        QCOMPARE(t->at(1).settings.host, QStringLiteral("db2.example"));
        QCOMPARE(t->at(2).label, QStringLiteral("gma_us"));
        QCOMPARE(t->at(2).settings.options.value(QStringLiteral("service")), QStringLiteral("gma_us"));
        QVERIFY(t->at(2).settings.host.isEmpty()); // the service file's host, not the environment's
        QCOMPARE(t->at(3).settings.database, QStringLiteral("gma_local"));
        QCOMPARE(t->at(3).settings.host, defaults.host);

        QVERIFY(!Fleet::parseTargets(QStringLiteral("a: dbname=x\nb: dbname=y password=secret\n"), defaults, &error));
        QVERIFY2(error.startsWith(QLatin1String("Line 2 of the targets file: it holds a password")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
        QVERIFY(!Fleet::parseTargets(QStringLiteral("postgresql://u:pw@h/db\n"), defaults, &error));
        QVERIFY(error.contains(QLatin1String("password")));
        QVERIFY(!Fleet::parseTargets(QStringLiteral("a: dbname=x\na: dbname=y\n"), defaults, &error));
        QVERIFY2(error.contains(QLatin1String("\"a\" is used twice")), qPrintable(error));
        QVERIFY(!Fleet::parseTargets(QStringLiteral("# nothing\n\n"), defaults, &error));
        QVERIFY(error.contains(QLatin1String("lists no database")));
        QVERIFY(!Fleet::parseTargets(QStringLiteral("host='unterminated\n"), defaults, &error));
        QVERIFY2(error.startsWith(QLatin1String("Line 1 of the targets file:")), qPrintable(error));
    }

    // One hazard anywhere stops the rollout before any target changes.
    void failedPreflightRefusesAll()
    {
        QVERIFY(reset());
        const QStringList before = fingerprints();
        const QString unreachable = QStringLiteral("gone: host=127.0.0.1 port=1 dbname=x connect_timeout=5");
        const CliResult r = runCli({QStringLiteral("fleet"), QStringLiteral("migrate"), QStringLiteral("--targets"),
                                    writeTargets({unreachable}), QStringLiteral("--no-backup")},
                                   QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 3); // the worst: a target that cannot be reached
        QCOMPARE(fingerprints(), before);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto lineOf = [&lines](const QString &label) {
            for (const QString &l : lines) {
                if (l.startsWith(label + QLatin1Char(' ')))
                    return l;
            }
            return QString();
        };
        QVERIFY2(lineOf(QStringLiteral("t%1").arg(kHazard)).endsWith(QLatin1String("refused")), qPrintable(r.out));
        QVERIFY(lineOf(QStringLiteral("gone")).endsWith(QLatin1String("unreachable")));
        QVERIFY(lineOf(QStringLiteral("t%1").arg(kMigrated)).endsWith(QLatin1String("nothing-to-do")));
        QVERIFY(lineOf(QStringLiteral("t0")).endsWith(QLatin1String("not-started")));
        QVERIFY(r.out.contains(QLatin1String("Not started: t5, gone did not pass")));
        QVERIFY(r.out.contains(QLatin1String("9 targets: 1 nothing to do, 6 not started, 1 refused, 1 unreachable.")));
        QVERIFY(r.err.contains(QLatin1String("fleet: preflight on 9 targets")));
        QVERIFY(!r.err.contains(QLatin1String("fleet: rollout")));
    }

    // --continue-on-error: the others go ahead, at most N at once, canary first.
    void continueOnErrorWithParallelLimit()
    {
        QVERIFY(reset());
        FleetOptions options;
        options.command = FleetCommand::Migrate;
        options.parallel = 2;
        options.canary = 1;
        options.continueOnError = true;
        options.backup = false;
        options.run.batchSize = 50; // a few batches per data step, so that runs overlap
        FleetRunner runner(catalogue(), targets(), options);
        QSqlDatabase probe = m_dbs.at(0)->openExtra(QStringLiteral("probe"));
        qint64 maxLocks = 0, samples = 0;
        int maxRunning = 0;
        QStringList phases;
        QList<int> canaryTargets;
        QString phase;
        connect(&runner, &FleetRunner::phaseStarted, this, [&](const QString &p, int) {
            phases << p;
            phase = p;
        });
        connect(&runner, &FleetRunner::targetStarted, this, [&](int index, const QString &) {
            if (phase == QLatin1String("canary"))
                canaryTargets << index;
        });
        QTimer sampler;
        sampler.setInterval(5);
        connect(&sampler, &QTimer::timeout, this, [&] {
            if (phase == QLatin1String("preflight"))
                return;
            maxLocks = std::max(maxLocks, advisoryHolders(probe));
            maxRunning = std::max(maxRunning, runner.running());
            ++samples;
        });
        sampler.start();
        const QList<FleetResult> results = runner.run();
        sampler.stop();
        QCOMPARE(phases, (QStringList{QStringLiteral("preflight"), QStringLiteral("canary"), QStringLiteral("rollout")}));
        QCOMPARE(canaryTargets, QList<int>{0});
        QVERIFY2(samples > 3, qPrintable(QString::number(samples)));
        QVERIFY2(maxLocks >= 1 && maxLocks <= 2, qPrintable(QString::number(maxLocks)));
        QVERIFY2(maxRunning >= 1 && maxRunning <= 2, qPrintable(QString::number(maxRunning)));
        qInfo("sampled %lld times: at most %lld advisory locks and %d targets at once", samples, maxLocks, maxRunning);
        QCOMPARE(results.size(), kTargets);
        for (int i = 0; i < kTargets; ++i) {
            const FleetResult &r = results.at(i);
            if (i == kHazard) {
                QCOMPARE(r.outcome, FleetResult::Outcome::Refused);
                QCOMPARE(r.phase, QStringLiteral("preflight"));
                QVERIFY2(r.error.contains(QLatin1String("100")), qPrintable(r.error));
                QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0002"));
            } else if (i == kMigrated) {
                QCOMPARE(r.outcome, FleetResult::Outcome::NothingToDo);
            } else {
                QVERIFY2(r.outcome == FleetResult::Outcome::Success, qPrintable(r.label + QLatin1Char(' ') + r.error));
                QCOMPARE(r.stateBefore.code(), QStringLiteral("0002"));
                QCOMPARE(r.stateAfter.code(), QStringLiteral("0004"));
                QCOMPARE(r.steps, 6);
                QVERIFY(r.rows >= 3 * 300);
                QVERIFY(r.data.contains(QStringLiteral("preflight")));
                QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0004"));
                QCOMPARE(m_dbs.at(i)->count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL")),
                         qint64(0));
            }
        }
        QCOMPARE(Fleet::worst(results), FleetResult::Outcome::Refused);
        QCOMPARE(advisoryHolders(probe), qint64(0));
    }

    // A canary that fails keeps every other target from starting.
    void failingCanaryStopsTheRest()
    {
        QVERIFY(reset());
        const QList<int> healthy{0, 1, 2, 3};
        const QStringList before = fingerprints();
        FleetOptions options;
        options.command = FleetCommand::Migrate;
        options.canary = 1;
        options.backup = false;
        options.run.lockTimeoutMs = 200;
        options.run.lockRetries = 0;
        FleetRunner runner(catalogue(), targets(healthy), options);
        // After the preflight passed everywhere, another session takes a lock the canary's first step needs.
        QSqlDatabase holder = m_dbs.at(0)->openExtra(QStringLiteral("holder"));
        connect(&runner, &FleetRunner::phaseStarted, this, [&](const QString &p, int) {
            if (p == QLatin1String("canary") && holder.transaction())
                sql::exec(holder, QStringLiteral("LOCK TABLE characters_character IN ACCESS EXCLUSIVE MODE"));
        });
        const QList<FleetResult> results = runner.run();
        QVERIFY(holder.rollback());
        QCOMPARE(results.size(), 4);
        QVERIFY2(!results.at(0).ok(), qPrintable(FleetResult::outcomeName(results.at(0).outcome)));
        QCOMPARE(results.at(0).phase, QStringLiteral("run"));
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(results.at(i).outcome, FleetResult::Outcome::NotStarted);
            QCOMPARE(results.at(i).error, QStringLiteral("Not started: the canary t0 did not succeed."));
        }
        QStringList after = fingerprints();
        for (int i = 1; i < kTargets; ++i)
            QCOMPARE(after.at(i), before.at(i));
        QVERIFY2(contractDifference(*m_dbs.at(0)).isEmpty(), qPrintable(contractDifference(*m_dbs.at(0)))); // what the canary recorded is there
    }

    // A cancel in the middle: nothing more starts, the running target stops safely.
    void cancelInTheMiddle()
    {
        QVERIFY(reset());
        FleetOptions options;
        options.command = FleetCommand::Migrate;
        options.parallel = 1;
        options.backup = false;
        options.run.batchSize = 50;
        const QList<int> healthy{0, 1, 2, 3, 4};
        FleetRunner runner(catalogue(), targets(healthy), options);
        // The second target's first data batch (on its worker thread): cancel the rollout there.
        std::atomic_int progressed{-1};
        connect(
            &runner, &FleetRunner::targetProgress, this,
            [&](int index, qint64 done, qint64) {
                int none = -1;
                if (index == 1 && done > 0 && progressed.compare_exchange_strong(none, index))
                    runner.cancel();
            },
            Qt::DirectConnection);
        const QList<FleetResult> results = runner.run();
        QCOMPARE(progressed.load(), 1);
        QCOMPARE(results.at(0).outcome, FleetResult::Outcome::Success);
        QVERIFY2(results.at(1).outcome == FleetResult::Outcome::Cancelled ||
                     results.at(1).outcome == FleetResult::Outcome::Success,
                 qPrintable(FleetResult::outcomeName(results.at(1).outcome)));
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(results.at(i).outcome, FleetResult::Outcome::NotStarted);
            QCOMPARE(results.at(i).error, QStringLiteral("Not started: the rollout was cancelled."));
            QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0002"));
        }
        for (int i : healthy)
            QVERIFY2(contractDifference(*m_dbs.at(i)).isEmpty(), qPrintable(contractDifference(*m_dbs.at(i))));
        QSqlDatabase probe = m_dbs.at(0)->openExtra(QStringLiteral("probe2"));
        QCOMPARE(advisoryHolders(probe), qint64(0));
        // A rerun finishes what the cancel left.
        FleetRunner again(catalogue(), targets(healthy), options);
        for (const FleetResult &r : again.run())
            QVERIFY2(r.ok(), qPrintable(r.label + QLatin1Char(' ') + r.error));
        for (int i : healthy)
            QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0004"));
    }

    // The whole fleet back to 0002 from the CLI, one target named by a libpq service; the JSON.
    void rollbackByServiceAndJson()
    {
        QVERIFY(reset());
        QVERIFY(runCli({QStringLiteral("fleet"), QStringLiteral("migrate"), QStringLiteral("--targets"),
                        writeTargets({}, {0, 1, 2}), QStringLiteral("--no-backup")},
                       QStringLiteral("postgres"))
                    .exitCode == 0);
        const QString serviceFile = m_dir.filePath(QStringLiteral("pg_service.conf"));
        {
            QFile f(serviceFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[gma_fleet_test]\ndbname=%1\n").arg(m_dbs.at(2)->name()).toUtf8());
        }
        const QString path = m_dir.filePath(QStringLiteral("service-targets.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("t0: dbname=%1\nt1: dbname=%2\nservice=gma_fleet_test\n")
                        .arg(m_dbs.at(0)->name(), m_dbs.at(1)->name())
                        .toUtf8());
        }
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);
        // Without --yes and without a terminal: refused, nothing changed.
        CliResult r = runCli({QStringLiteral("fleet"), QStringLiteral("rollback"), QStringLiteral("--targets"), path},
                             QStringLiteral("postgres"), {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--yes")));
        QCOMPARE(stateOf(*m_dbs.at(2)), QStringLiteral("0004"));
        r = runCli({QStringLiteral("fleet"), QStringLiteral("rollback"), QStringLiteral("--targets"), path,
                    QStringLiteral("--yes"), QStringLiteral("--no-backup"), QStringLiteral("--json")},
                   QStringLiteral("postgres"), {}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        const QJsonArray list = json.value(QStringLiteral("targets")).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("gma_fleet_test"));
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("state_before")).toString(), QStringLiteral("0004"));
            QCOMPARE(o.value(QStringLiteral("state_after")).toString(), QStringLiteral("0002"));
            QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
        }
        for (int i : {0, 1, 2}) {
            QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0002"));
            QVERIFY2(contractDifference(*m_dbs.at(i)).isEmpty(), qPrintable(contractDifference(*m_dbs.at(i))));
        }
        // validate over the fleet: the unreached one decides the exit code.
        r = runCli({QStringLiteral("fleet"), QStringLiteral("validate"), QStringLiteral("--targets"),
                    writeTargets({QStringLiteral("gone: host=127.0.0.1 port=1 dbname=x")}, {0, kMigrated})},
                   QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QLatin1String("3 targets: 2 success, 1 unreachable.")), qPrintable(r.out));
        // Usage errors are one sentence with exit code 2.
        r = runCli({QStringLiteral("fleet"), QStringLiteral("migrate")}, QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--targets FILE")));
        r = runCli({QStringLiteral("fleet"), QStringLiteral("explode"), QStringLiteral("--targets"), path},
                   QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("showmigrations, preflight, migrate")));
    }

    // Two servers in one targets file: migrate, the fleet report (HTML, PDF, CSV, JSON) with a
    // planted failure and an unreachable target, the rollback; then a password asked for once.
    void secondServerAndTheReport()
    {
        QVERIFY(reset());
        const QStringList remote{QStringLiteral("ra: ") + m_second.conninfo(QStringLiteral("remote_a")),
                                 QStringLiteral("rb: ") + m_second.conninfo(QStringLiteral("remote_b"))};
        const QString fleet = writeTargets(remote, {0});
        CliResult r = runCli({QStringLiteral("fleet"), QStringLiteral("migrate"), QStringLiteral("--targets"), fleet,
                              QStringLiteral("--parallel"), QStringLiteral("3"), QStringLiteral("--no-backup")},
                             QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("3 targets: 3 success.")), qPrintable(r.out));
        QCOMPARE(stateOf(*m_dbs.at(0)), QStringLiteral("0004"));
        QCOMPARE(remoteState(QStringLiteral("remote_a")), QStringLiteral("0004"));
        QCOMPARE(remoteState(QStringLiteral("remote_b")), QStringLiteral("0004"));

        // A column nobody expects on rb: its schema check fails; "gone" cannot be reached.
        QString out;
        QVERIFY2(m_second.psql(QStringLiteral("ALTER TABLE items_item ADD COLUMN planted_drift integer"), &out,
                               QStringLiteral("remote_b")),
                 qPrintable(out));
        const QString withGone = writeTargets(remote + QStringList{QStringLiteral("gone: host=127.0.0.1 port=1 dbname=x")}, {0});
        const QString base = m_dir.filePath(QStringLiteral("fleet-report"));
        QStringList args{QStringLiteral("fleet"), QStringLiteral("validate"), QStringLiteral("--targets"), withGone};
        for (const char *ext : {".html", ".pdf", ".csv", ".json"})
            args << QStringLiteral("--report") << base + QLatin1String(ext);
        r = runCli(args, QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 3); // the worst outcome: a target that cannot be reached
        QVERIFY2(r.out.contains(QLatin1String("4 targets: 2 success, 1 checks failed, 1 unreachable.")), qPrintable(r.out));
        for (const char *ext : {".html", ".pdf", ".csv", ".json"}) {
            QVERIFY2(r.err.contains(QStringLiteral("Report written: %1%2").arg(base, QLatin1String(ext))), qPrintable(r.err));
            QCOMPARE(QFile::permissions(base + QLatin1String(ext)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }

        QFile html(base + QStringLiteral(".html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(html.readAll());
        QVERIFY(page.contains(QLatin1String("2 of 4 targets did not pass: rb, gone.")));
        QVERIFY(page.contains(QLatin1String("<a href=\"#target-3\">rb</a>")));
        QVERIFY(page.contains(QLatin1String("<h2 id=\"target-3\">Target rb")));
        QVERIFY(page.contains(QLatin1String("<h3>Checks</h3>")));
        QVERIFY(page.contains(QLatin1String("id=\"target-1-sql-1\"")));
        QVERIFY(page.contains(QLatin1String("Not validated (unreachable)")));
        QCOMPARE(page.count(QLatin1String("<h3>Checks</h3>")), 3); // t0, ra, rb; not gone

        QFile csv(base + QStringLiteral(".csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.value(0).startsWith(QLatin1String("target,database,outcome,error,id,category,name,status")));
        QVERIFY(!lines.filter(QRegularExpression(QStringLiteral("^rb,.*,check-failed,.*,schema\\.contract,.*,fail,"))).isEmpty());
        QVERIFY(!lines.filter(QRegularExpression(QStringLiteral("^ra,.*,success,.*,schema\\.contract,.*,pass,"))).isEmpty());
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^gone,.*,unreachable,"))).size(), 1);

        QFile json(base + QStringLiteral(".json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("targets")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("failing")).toArray(),
                 QJsonArray({QStringLiteral("rb"), QStringLiteral("gone")}));
        QCOMPARE(summary.value(QStringLiteral("outcomes")).toObject().value(QStringLiteral("success")).toInt(), 2);
        const QJsonArray targets = doc.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 4);
        const QJsonObject rb = targets.at(2).toObject();
        QCOMPARE(rb.value(QStringLiteral("label")).toString(), QStringLiteral("rb"));
        QVERIFY(rb.value(QStringLiteral("database")).toString().endsWith(QLatin1String("/remote_b")));
        QCOMPARE(rb.value(QStringLiteral("validation")).toObject().value(QStringLiteral("report")).toObject()
                     .value(QStringLiteral("database")).toString(),
                 QStringLiteral("remote_b"));
        QVERIFY(rb.value(QStringLiteral("validation")).toObject().value(QStringLiteral("summary")).toObject()
                    .value(QStringLiteral("failed")).toInt() >= 1);
        QVERIFY(targets.at(3).toObject().value(QStringLiteral("validation")).isNull());

        QFile pdf(base + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QString text;
        QVERIFY(runProgram(QStringLiteral("pdftotext"), {base + QStringLiteral(".pdf"), QStringLiteral("-")}, &text));
        QVERIFY2(text.contains(QLatin1String("Fleet validation report")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QLatin1String("2 of 4 targets did not pass: rb, gone.")));
        QVERIFY(text.contains(QLatin1String("Target rb")));
        QVERIFY(text.contains(QLatin1String("Not validated (unreachable)")));

        // --report belongs to validate; an unknown extension is a usage error.
        r = runCli({QStringLiteral("fleet"), QStringLiteral("backup"), QStringLiteral("--targets"), fleet,
                    QStringLiteral("--report"), base + QStringLiteral(".html")},
                   QStringLiteral("postgres"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--report belongs to fleet validate.")));

        QVERIFY2(m_second.psql(QStringLiteral("ALTER TABLE items_item DROP COLUMN planted_drift"), &out,
                               QStringLiteral("remote_b")),
                 qPrintable(out));
        r = runCli({QStringLiteral("fleet"), QStringLiteral("rollback"), QStringLiteral("--targets"), fleet,
                    QStringLiteral("--yes"), QStringLiteral("--no-backup")},
                   QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(stateOf(*m_dbs.at(0)), QStringLiteral("0002"));
        QVERIFY2(contractDifference(*m_dbs.at(0)).isEmpty(), qPrintable(contractDifference(*m_dbs.at(0))));
        QCOMPARE(remoteState(QStringLiteral("remote_a")), QStringLiteral("0002"));
        QCOMPARE(remoteState(QStringLiteral("remote_b")), QStringLiteral("0002"));
    }

    // --online across the fleet: every target's schema steps run as the online variant (the
    // history says "online" for each), ending in the contract's schema both ways.
    void onlineRollout()
    {
        QVERIFY(reset());
        const QString path = writeTargets({}, {0, 1, 2});
        const auto onlineSteps = [this](int i, const QString &direction) {
            return m_dbs.at(i)->count(QStringLiteral("SELECT count(*) FROM gma_migrator.history WHERE message = 'online' "
                                                     "AND direction = ? AND name LIKE '0003%'"),
                                      {direction});
        };
        QList<qint64> before;
        for (int i = 0; i < 3; ++i)
            before << onlineSteps(i, QStringLiteral("forward"));
        CliResult r = runCli({QStringLiteral("fleet"), QStringLiteral("migrate"), QStringLiteral("--targets"), path,
                              QStringLiteral("--online"), QStringLiteral("--parallel"), QStringLiteral("2"),
                              QStringLiteral("--no-backup")},
                             QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0004"));
            QVERIFY2(contractDifference(*m_dbs.at(i)).isEmpty(), qPrintable(contractDifference(*m_dbs.at(i))));
            QCOMPARE(onlineSteps(i, QStringLiteral("forward")), before.at(i) + 3);
            QCOMPARE(m_dbs.at(i)->count(QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = "
                                                       "i.indrelid WHERE NOT i.indisvalid")),
                     qint64(0));
        }
        r = runCli({QStringLiteral("fleet"), QStringLiteral("rollback"), QStringLiteral("--targets"), path,
                    QStringLiteral("--online"), QStringLiteral("--yes"), QStringLiteral("--no-backup")},
                   QStringLiteral("postgres"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(stateOf(*m_dbs.at(i)), QStringLiteral("0002"));
            QVERIFY2(contractDifference(*m_dbs.at(i)).isEmpty(), qPrintable(contractDifference(*m_dbs.at(i))));
            QVERIFY(onlineSteps(i, QStringLiteral("backward")) >= 3);
        }
    }

    void passwordAskedOncePerServer()
    {
        // Two targets over TCP with a password, one server and user: one question, answered on stdin.
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2");
        const QString path = writeTargets({QStringLiteral("p0: ") + tcp.arg(tcpPort(), m_dbs.at(0)->name()),
                                           QStringLiteral("p1: ") + tcp.arg(tcpPort(), m_dbs.at(1)->name())},
                                          {kMigrated});
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-such-pgpass")));
        CliResult r = runCli({QStringLiteral("fleet"), QStringLiteral("showmigrations"), QStringLiteral("--targets"), path},
                             QStringLiteral("postgres"), {}, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QLatin1String("3 targets: 1 success, 2 unreachable.")), qPrintable(r.out));
        r = runCli({QStringLiteral("fleet"), QStringLiteral("showmigrations"), QStringLiteral("--targets"), path,
                    QStringLiteral("--password")},
                   QStringLiteral("postgres"), tcpPassword().toUtf8() + "\n", env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("3 targets: 3 success.")), qPrintable(r.out));
        QCOMPARE(r.err.count(QLatin1String("Password for postgres@127.0.0.1:%1").arg(tcpPort())), 1);
        QVERIFY(!r.err.contains(tcpPassword()));
        QVERIFY(!r.out.contains(tcpPassword()));
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "test_fleet.moc"
