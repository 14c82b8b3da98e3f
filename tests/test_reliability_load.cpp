// The migrator under a live application (gma-appload playing it): the preflight tells the
// application's short transactions apart from a session that really blocks the run, migrate and
// rollback complete under the load, and no write the application had acknowledged is lost or
// overwritten.
#include "sqlutil.h"
#include "testdb.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gma;
using namespace gma::test;

namespace {

int g_lost = 0;    // acknowledged writes lost or overwritten
int g_checked = 0; // load runs whose writes were all checked

// gma-appload running against one test database until stop().
class AppLoad
{
public:
    AppLoad(const TestDatabase &t, const QString &dir, int clients = 4)
        : m_stopFile(dir + QStringLiteral("/stop")), m_writesFile(dir + QStringLiteral("/writes"))
    {
        QFile::remove(m_stopFile);
        const ConnectionSettings s = t.settings();
        const QString conninfo = QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
                                     .arg(s.host, s.port, s.user, s.database);
        m_process.start(QStringLiteral(GMA_APPLOAD_PATH),
                        {QStringLiteral("--conninfo"), conninfo, QStringLiteral("--clients"), QString::number(clients),
                         QStringLiteral("--seconds"), QStringLiteral("300"), QStringLiteral("--stop-file"), m_stopFile,
                         QStringLiteral("--writes"), m_writesFile});
    }
    ~AppLoad()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Waits for "appload: running" (every client committed a first transaction).
    bool waitRunning()
    {
        while (!m_output.contains("appload: running")) {
            if (!m_process.waitForReadyRead(30000))
                return false;
            m_output += m_process.readAllStandardOutput();
        }
        return true;
    }

    // Stops the load and returns its summary; false when it did not end normally.
    bool stop()
    {
        QFile f(m_stopFile);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.close();
        if (!m_process.waitForFinished(60000))
            return false;
        m_output += m_process.readAllStandardOutput();
        qInfo().noquote() << QString::fromUtf8(m_output).trimmed();
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QString output() const { return QString::fromUtf8(m_output); }
    qint64 figure(const char *name) const
    {
        const auto m = QRegularExpression(QStringLiteral("%1=(\\d+)").arg(QLatin1String(name))).match(output());
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }
    QStringList writes() const
    {
        QFile f(m_writesFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private:
    QProcess m_process;
    QString m_stopFile;
    QString m_writesFile;
    QByteArray m_output;
};

// Every acknowledged write is in the database: inserted rows exist, and (while the audit
// columns exist) the audit users the application set are still there. Returns the lost or
// overwritten ones; *inserts and *audits count the writes checked.
QStringList lostWrites(TestDatabase &t, const QStringList &writes, bool checkAudit, int *inserts, int *audits)
{
    QHash<QString, QString> lastAudit; // "table id column" -> user
    QStringList lost;
    *inserts = 0;
    *audits = 0;
    for (const QString &line : writes) {
        const QStringList w = line.split(QLatin1Char(' '));
        if (w.value(0) == QLatin1String("insert")) {
            ++*inserts;
            const qint64 n = t.count(QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(sql::quoteIdent(w.at(1))),
                                     {w.at(2).toLongLong()});
            if (n != 1)
                lost << line;
        } else if (w.value(0) == QLatin1String("audit")) {
            lastAudit.insert(w.mid(1, 3).join(QLatin1Char(' ')), w.value(4));
        }
    }
    if (!checkAudit)
        return lost;
    for (auto it = lastAudit.cbegin(); it != lastAudit.cend(); ++it) {
        ++*audits;
        const QStringList k = it.key().split(QLatin1Char(' '));
        const QString value = t.scalar(QStringLiteral("SELECT %1::text FROM %2 WHERE id = ?")
                                           .arg(sql::quoteIdent(k.at(2)), sql::quoteIdent(k.at(0))),
                                       {k.at(1).toLongLong()})
                                  .toString();
        if (value != it.value())
            lost << QStringLiteral("%1 is %2, the application set %3").arg(it.key(), value, it.value());
    }
    return lost;
}

} // namespace

class TestReliabilityLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { forgetFigure(QStringLiteral("writes")); }
    void cleanupTestCase()
    {
        if (g_checked == 2)
            recordFigure(QStringLiteral("writes"), QStringLiteral("writes lost: %1").arg(g_lost));
    }

    // migrate and rollback at 100,000 rows per model, preflight on, while four application
    // clients write and read.
    void migrateAndRollbackUnderLoad()
    {
        TestDatabase t(QStringLiteral("relload"));
        QVERIFY2(t.buildDemo(100000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        QTemporaryDir dir;
        int inserts = 0;
        int audits = 0;
        {
            AppLoad load(t, dir.path());
            QVERIFY(load.waitRunning());
            const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--batch-size"),
                                        QStringLiteral("1000")},
                                       t.name());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QVERIFY2(!r.out.contains(QLatin1String("ERROR [lock-holders]")), qPrintable(r.out));
            QVERIFY(load.stop());
            QCOMPARE(load.figure("errors"), 0);
            QVERIFY(load.figure("statements") > 0);
            const QStringList lost = lostWrites(t, load.writes(), true, &inserts, &audits);
            g_lost += lost.size();
            ++g_checked;
            QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
            QVERIFY(inserts > 0);
            qInfo("migrate under load: %d acknowledged inserts, %d audit values set by the application, all present",
                  inserts, audits);
        }
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0004%'")), 3);
        // Rows the application inserted without users after the data step keep NULLs; none of
        // the rows that existed before the run has a NULL creation time.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM items_item WHERE created_at IS NULL")), 0);
        {
            AppLoad load(t, dir.path());
            QVERIFY(load.waitRunning());
            const CliResult r = runCli({QStringLiteral("rollback"), QStringLiteral("--yes")}, t.name());
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QVERIFY(load.stop());
            QCOMPARE(load.figure("errors"), 0);
            const QStringList lost = lostWrites(t, load.writes(), false, &inserts, &audits);
            g_lost += lost.size();
            ++g_checked;
            QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char('\n'))));
            QVERIFY(inserts > 0);
        }
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM django_migrations WHERE name LIKE '0003%'")), 0);
        QVERIFY(schemaDifference(t.schemaDump(), referenceSchema(QStringLiteral("0002"))).isEmpty());
    }

    // A session idle in transaction holding a lock on items_item for longer than the lock
    // timeout: refused, naming it, while the application's short transactions are not.
    void idleInTransactionIsRefused()
    {
        TestDatabase t(QStringLiteral("relidle"));
        QVERIFY2(t.buildDemo(2000), qPrintable(t.lastError()));
        QVERIFY(t.exec(QStringLiteral("UPDATE locations_location SET description = '' WHERE description IS NULL")));
        QSqlDatabase holder = t.openExtra(QStringLiteral("holder"));
        QVERIFY(sql::exec(holder, QStringLiteral("SET application_name = 'stuck-report'")).ok);
        const qint64 pid = sql::scalar(holder, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(sql::exec(holder, QStringLiteral("BEGIN")).ok);
        QVERIFY(sql::scalar(holder, QStringLiteral("SELECT count(*) FROM items_item")).toLongLong() > 0);
        QTemporaryDir dir;
        AppLoad load(t, dir.path());
        QVERIFY(load.waitRunning());
        QVERIFY(waitTransactionOlderThan(t, pid, 600));
        const QString before = t.scalar(QStringLiteral("SELECT string_agg(name || '/' || app, ',' ORDER BY id) FROM django_migrations")).toString();
        const CliResult r = runCli({QStringLiteral("migrate"), QStringLiteral("--lock-timeout"), QStringLiteral("500")},
                                   t.name());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("ERROR [lock-holders] 1 session holds or waits for")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("pid %1 (user postgres, application 'stuck-report', client local)").arg(pid)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("idle in transaction, its transaction open for")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("holding ACCESS SHARE on items_item")));
        QVERIFY(r.out.contains(QLatin1String("last query: SELECT count(*) FROM items_item")));
        QVERIFY2(!r.out.contains(QLatin1String("gma-appload-")), qPrintable(r.out));
        QVERIFY(r.err.contains(QLatin1String("lock-holders")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT string_agg(name || '/' || app, ',' ORDER BY id) FROM django_migrations")).toString(),
                 before);
        QVERIFY(!sql::columnExists(t.db(), QStringLiteral("items_item"), QStringLiteral("created_at")));
        QVERIFY(sql::exec(holder, QStringLiteral("ROLLBACK")).ok);
        QVERIFY(load.stop());
        QCOMPARE(load.figure("errors"), 0);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityLoad)
#include "test_reliability_load.moc"
