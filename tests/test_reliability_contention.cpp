// The application in the way of a run: a transaction that deadlocks with a data batch (the
// server cancels the batch with 40P01: it costs one retry of that batch, never the run), and the
// tool's privileges revoked between two batches with the preflight skipped (one sentence, exit
// 4, what was committed is kept and recorded, a rerun after the grant completes, and a rollback
// restores the original rows). Prints "faults survived: N/N" (contention-faults).
#include "sqlutil.h"
#include "testdb.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace gma;
using namespace gma::test;

namespace {

int g_survived = 0;
int g_tried = 0;

const QString kItemsData = QStringLiteral("items.0004_populate_audit_fields");

// The CLI started with a fault point armed; waits until the point is reached and returns the
// tool's server pid (0 when it was not reached).
qint64 startAtFaultPoint(QProcess &cli, const QStringList &args, const QProcessEnvironment &base, const QString &point,
                         const QString &file)
{
    QProcessEnvironment env = base;
    env.insert(QStringLiteral("GMA_FAULT_POINT"), point);
    env.insert(QStringLiteral("GMA_FAULT_FILE"), file);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(GMA_CLI_PATH), args);
    if (!cli.waitForStarted())
        return 0;
    QElapsedTimer timer;
    timer.start();
    while (!QFileInfo::exists(file) && cli.state() == QProcess::Running && timer.elapsed() < 120000)
        QTest::qWait(10);
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
}

// An application session of its own (libpq, so that a statement can wait while the test goes on).
class AppSession
{
public:
    explicit AppSession(const TestDatabase &t)
    {
        const ConnectionSettings s = t.settings();
        const QByteArray conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4 application_name=game-server")
                                        .arg(s.host, s.port, s.user, t.name())
                                        .toUtf8();
        m_conn = PQconnectdb(conninfo.constData());
    }
    ~AppSession() { PQfinish(m_conn); }
    bool ok() const { return PQstatus(m_conn) == CONNECTION_OK; }
    int pid() const { return PQbackendPID(m_conn); }
    // Runs `sql` to its end; true when it succeeded.
    bool exec(const char *sql)
    {
        PGresult *r = PQexec(m_conn, sql);
        const bool done = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!done)
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQclear(r);
        return done;
    }
    // Sends `sql` without waiting for its end.
    bool send(const QByteArray &sql) { return PQsendQuery(m_conn, sql.constData()) == 1; }
    // The end of what send() started; true when it succeeded.
    bool finish()
    {
        bool done = true;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
                done = false;
                m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            }
            PQclear(r);
        }
        return done;
    }
    QString error() const { return m_error; }

private:
    PGconn *m_conn = nullptr;
    QString m_error;
};

} // namespace

class TestReliabilityContention : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { forgetFigure(QStringLiteral("contention-faults")); }
    void cleanupTestCase()
    {
        recordFigure(QStringLiteral("contention-faults"), QStringLiteral("faults survived: %1/%2").arg(g_survived).arg(g_tried));
    }

    void deadlockWithABatchCostsOneRetry()
    {
        ++g_tried;
        TestDatabase t(QStringLiteral("deadlock"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        const QString before = rowChecksum(t);
        // The tool's sessions detect the deadlock (2 s); the application's would after a minute,
        // so the server cancels the batch, not the application.
        QVERIFY(t.exec(QStringLiteral("ALTER DATABASE %1 SET deadlock_timeout = '2s'").arg(sql::quoteIdent(t.name()))));

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcess cli;
        const qint64 toolPid = startAtFaultPoint(cli, {QStringLiteral("migrate"), QStringLiteral("--no-backup"), QStringLiteral("--batch-size"),
                                                       QStringLiteral("400"), QStringLiteral("--lock-timeout"), QStringLiteral("30000")},
                                                 processEnvironment(t.name()), kItemsData + QStringLiteral(":batch:1"), file);
        QVERIFY2(toolPid > 0, qPrintable(QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError())));

        // The second batch covers the next 400 ids; the application holds the last row the batch
        // will fill, so the batch, having locked the rows before it, waits for it.
        const qint64 lo = t.scalar(QStringLiteral("SELECT id FROM items_item ORDER BY id OFFSET 400 LIMIT 1")).toLongLong();
        const qint64 hi = t.scalar(QStringLiteral("SELECT id FROM items_item ORDER BY id OFFSET 800 LIMIT 1")).toLongLong();
        const qint64 last = t.scalar(QStringLiteral("SELECT max(id) FROM items_item WHERE id >= ? AND id < ? AND created_by_id IS NULL "
                                                    "AND campaign_id IS NOT NULL"),
                                     {lo, hi})
                                .toLongLong();
        QVERIFY(last > lo);
        AppSession app(t);
        QVERIFY(app.ok());
        QVERIFY(app.exec("SET deadlock_timeout = '60s'"));
        QVERIFY(app.exec("BEGIN"));
        QVERIFY2(app.exec(QStringLiteral("UPDATE items_item SET name = name WHERE id = %1").arg(last).toUtf8().constData()), qPrintable(app.error()));
        QFile::remove(file);
        QElapsedTimer timer;
        timer.start();
        while (t.count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'"), {toolPid}) == 0 &&
               timer.elapsed() < 60000)
            QTest::qWait(10);
        QVERIFY2(timer.elapsed() < 60000, "the batch never waited for the application's row");
        // A row of the batch it already holds: a probe that may not wait finds it locked.
        QSqlDatabase probe = t.openExtra(QStringLiteral("probe"));
        QVERIFY(sql::exec(probe, QStringLiteral("SET lock_timeout = '50ms'")).ok);
        qint64 held = 0;
        const auto candidates = sql::rows(t.db(), QStringLiteral("SELECT id FROM items_item WHERE id >= ? AND id < ? AND created_by_id IS NULL "
                                                                 "AND campaign_id IS NOT NULL ORDER BY id LIMIT 20"),
                                          {lo, hi});
        for (const QVariantList &row : candidates) {
            if (!sql::exec(probe, QStringLiteral("SELECT 1 FROM items_item WHERE id = ? FOR UPDATE NOWAIT"), {row.first()}).ok) {
                held = row.first().toLongLong();
                break;
            }
        }
        QVERIFY2(held > 0, "the waiting batch holds none of its first rows");
        // The application now waits for the batch: a deadlock, which the tool's session detects.
        QVERIFY(app.send(QStringLiteral("UPDATE items_item SET name = name WHERE id = %1").arg(held).toUtf8()));
        QVERIFY2(app.finish(), qPrintable(app.error()));
        QVERIFY(app.exec("COMMIT"));

        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(out + err));
        QVERIFY2((out + err).contains(QLatin1String("A deadlock with another session cancelled the work on items_item")), qPrintable(out + err));
        qInfo().noquote() << (out + err).split(QLatin1Char('\n')).filter(QStringLiteral("deadlock")).join(QLatin1Char('\n'));
        // The run completed: everything recorded, every row filled once, the lock free.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app IN ('characters', 'items', 'locations') "
                                        "AND name >= '0003'")),
                 qint64(6));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL AND campaign_id IS NOT NULL")), qint64(0));
        QCOMPARE(advisoryLocks(t), qint64(0));
        CliResult r = runCli({QStringLiteral("rollback"), QStringLiteral("--no-backup"), QStringLiteral("--yes")}, t.name());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(rowChecksum(t), before);
        ++g_survived;
    }

    void privilegesRevokedMidRun_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addRow("migrate, between data batches") << QStringLiteral("migrate");
        QTest::addRow("rollback, between data batches") << QStringLiteral("rollback");
    }

    void privilegesRevokedMidRun()
    {
        QFETCH(QString, command);
        ++g_tried;
        TestDatabase t(QStringLiteral("revoke"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        const QString original = rowChecksum(t);
        // The tool runs as the role that owns the application's tables, as in production (its own
        // schema made by its first run).
        QVERIFY(t.exec(QStringLiteral("DROP SCHEMA IF EXISTS gma_migrator CASCADE")));
        const QString role = t.name() + QStringLiteral("_owner");
        QVERIFY(t.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(sql::quoteIdent(role))));
        QVERIFY(t.exec(QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(sql::quoteIdent(t.name()), sql::quoteIdent(role))));
        QVERIFY(t.exec(QStringLiteral("GRANT CREATE, USAGE ON SCHEMA public TO %1").arg(sql::quoteIdent(role))));
        QVERIFY(t.exec(QStringLiteral("DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP "
                                      "EXECUTE format('ALTER TABLE public.%I OWNER TO %I', r.tablename, '%1'); END LOOP; END $$")
                           .arg(role)));
        const QString db = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4").arg(t.settings().host, t.settings().port, role, t.name());
        QStringList args{command, QStringLiteral("--db"), db, QStringLiteral("--no-backup"), QStringLiteral("--skip-preflight"),
                         QStringLiteral("--batch-size"), QStringLiteral("400")};
        if (command == QLatin1String("rollback")) {
            // Online: the mode in which a rollback to 0002 sets back the data steps' values batch by
            // batch (by default they go with the columns the schema steps' reverse drops).
            args << QStringLiteral("--yes") << QStringLiteral("--online");
            CliResult m = runCli({QStringLiteral("migrate"), QStringLiteral("--db"), db, QStringLiteral("--no-backup")}, QString());
            QVERIFY2(m.exitCode == 0, qPrintable(m.out + m.err));
        }

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("fault"));
        QProcess cli;
        QVERIFY(startAtFaultPoint(cli, args, processEnvironment(QString()), kItemsData + QStringLiteral(":batch:1"), file) > 0);
        QVERIFY(t.exec(QStringLiteral("REVOKE UPDATE ON items_item FROM %1").arg(sql::quoteIdent(role))));
        QFile::remove(file);
        QVERIFY(cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QString problem;
        const QString line = errorLine(err, &problem);
        QVERIFY2(cli.exitCode() == 4 && line.contains(QLatin1String("permission denied for table items_item")), qPrintable(problem + err));
        qInfo().noquote() << line;

        // Stopped between batches: what was committed is kept, and the state says so.
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        QCOMPARE(rowChecksum(t), original);
        QCOMPARE(advisoryLocks(t), qint64(0));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE app = 'items' AND name = '0004_populate_audit_fields'")),
                 command == QLatin1String("migrate") ? qint64(0) : qint64(1));

        // Granted back, the plain rerun completes; a rollback restores the original rows.
        QVERIFY(t.exec(QStringLiteral("GRANT UPDATE ON items_item TO %1").arg(sql::quoteIdent(role))));
        args.removeAll(QStringLiteral("--skip-preflight"));
        CliResult r = runCli(args, QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(contractDifference(t).isEmpty(), qPrintable(contractDifference(t)));
        if (command == QLatin1String("migrate")) {
            QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_by_id IS NULL AND campaign_id IS NOT NULL")), qint64(0));
            r = runCli({QStringLiteral("rollback"), QStringLiteral("--db"), db, QStringLiteral("--no-backup"), QStringLiteral("--yes")}, QString());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        }
        QCOMPARE(rowChecksum(t), original);
        QVERIFY(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))).isEmpty());
        ++g_survived;
    }
};

QTEST_GUILESS_MAIN(TestReliabilityContention)
#include "test_reliability_contention.moc"
