// TLS: a second cluster of its own with ssl on and certificates made here with openssl (a CA, the
// server's for localhost, a client's, and a CA that signed nothing). Through the real CLI:
// sslmode=verify-full succeeds with the right CA and host name and fails, in one sentence, with a
// wrong CA or name; client-certificate authentication works; pg_dump gets the TLS settings too;
// the engine, the JSON and CSV reports say whether the connection is encrypted (TLS version and
// cipher from pg_stat_ssl, or "not encrypted").
#include "testdb.h"

#include "connection.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace gma;
using namespace gma::test;


class TestReliabilityTls : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ExtraCluster m_cluster{m_dir.path()};
    QString m_certs;

    bool psql(const QString &sql, QString *out) { return m_cluster.psql(sql, out); }
    CliResult cli(const QStringList &args, const QString &conninfo)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGPASSWORD"), m_cluster.value(QStringLiteral("GMA_TEST_TCP_PASSWORD")));
        return runCli(QStringList{QStringLiteral("--db"), conninfo} + args, QStringLiteral("tlsdb"), {}, env);
    }
    QString tls(const QString &extra) const
    {
        return QStringLiteral("host=localhost port=%1 user=postgres dbname=tlsdb %2").arg(m_cluster.value(QStringLiteral("PGPORT")), extra);
    }

private slots:
    void initTestCase()
    {
        QString out;
        QVERIFY2(m_cluster.start(&out), qPrintable(out));
        // Certificates: a CA, the server's (localhost, 127.0.0.1), a client's (CN certuser), another CA.
        m_certs = m_dir.filePath(QStringLiteral("certs"));
        QDir().mkpath(m_certs);
        const QString openssl = QStringLiteral("openssl");
        QFile san(m_certs + QStringLiteral("/san.ext"));
        QVERIFY(san.open(QIODevice::WriteOnly));
        san.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        san.close();
        for (const QStringList &args : QList<QStringList>{
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"), QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=gma-test-ca")},
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other-ca.crt"), QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=gma-other-ca")},
                 {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                  QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                  QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("san.ext")},
                 {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  QStringLiteral("client.key"), QStringLiteral("-out"), QStringLiteral("client.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=certuser")},
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("client.csr"), QStringLiteral("-CA"),
                  QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                  QStringLiteral("client.crt"), QStringLiteral("-days"), QStringLiteral("2")}}) {
            QVERIFY2(runProgram(openssl, args, &out, m_certs), qPrintable(out));
        }
        QFile::setPermissions(m_certs + QStringLiteral("/client.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The server's files in its data folder, owned by the server's user.
        const QString data = m_cluster.value(QStringLiteral("GMA_PGDATA"));
        for (const char *name : {"server.crt", "server.key", "ca.crt"}) {
            const QString target = data + QLatin1Char('/') + QLatin1String(name);
            QVERIFY(QFile::copy(m_certs + QLatin1Char('/') + QLatin1String(name), target));
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            if (::getuid() == 0)
                QVERIFY2(runProgram(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), target}, &out), qPrintable(out));
        }
        // Client certificates for the role certuser; passwords (scram) over TLS for the others.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("hostssl all certuser all cert\n" + rules);
        hba.close();
        QVERIFY2(psql(QStringLiteral("ALTER SYSTEM SET ssl = on"), &out), qPrintable(out));
        QVERIFY2(psql(QStringLiteral("ALTER SYSTEM SET ssl_ca_file = 'ca.crt'"), &out), qPrintable(out));
        QVERIFY2(psql(QStringLiteral("SELECT pg_reload_conf()"), &out), qPrintable(out));
        QVERIFY2(psql(QStringLiteral("CREATE ROLE certuser LOGIN SUPERUSER"), &out), qPrintable(out));
        QVERIFY2(psql(QStringLiteral("CREATE DATABASE tlsdb"), &out), qPrintable(out));
        bool on = false;
        for (int i = 0; i < 100 && !on; ++i) {
            QString v;
            psql(QStringLiteral("SELECT 'ssl=' || current_setting('ssl')"), &v);
            on = v.contains(QLatin1String("ssl=on"));
            if (!on)
                QTest::qWait(50);
        }
        QVERIFY(on);
        // The GMA schema at 0002, built through the CLI over the socket.
        const CliResult r = cli({QStringLiteral("init-demo"), QStringLiteral("--rows"), QStringLiteral("20")},
                                QStringLiteral("host=%1 port=%2 user=postgres dbname=tlsdb")
                                    .arg(m_cluster.value(QStringLiteral("PGHOST")), m_cluster.value(QStringLiteral("PGPORT"))));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void verifyFullWithTheRightCaAndName()
    {
        const CliResult r = cli({QStringLiteral("showmigrations")},
                                tls(QStringLiteral("sslmode=verify-full sslrootcert=%1/ca.crt").arg(m_certs)));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("[X] 0002")));
    }

    void verifyFullWithAWrongCa()
    {
        const CliResult r = cli({QStringLiteral("showmigrations")},
                                tls(QStringLiteral("sslmode=verify-full sslrootcert=%1/other-ca.crt").arg(m_certs)));
        QCOMPARE(r.exitCode, 3);
        QString problem;
        const QString line = errorLine(r.err, &problem);
        QVERIFY2(line.contains(QLatin1String("did not pass sslmode=verify-full")), qPrintable(r.err + problem));
    }

    void verifyFullWithAWrongName()
    {
        const CliResult r = cli({QStringLiteral("showmigrations")},
                                QStringLiteral("host=gma-wrong-name hostaddr=127.0.0.1 port=%1 user=postgres dbname=tlsdb "
                                               "sslmode=verify-full sslrootcert=%2/ca.crt")
                                    .arg(m_cluster.value(QStringLiteral("PGPORT")), m_certs));
        QCOMPARE(r.exitCode, 3);
        QString problem;
        const QString line = errorLine(r.err, &problem);
        QVERIFY2(line.contains(QLatin1String("host name matches the certificate")), qPrintable(r.err + problem));
    }

    // Database::encryption over verify-full: TLS with its protocol and cipher; over the socket and
    // over TCP with sslmode=disable: not encrypted.
    void engineReportsEncryption()
    {
        auto encryptionOf = [this](const QString &conninfo, Encryption *out) {
            QString error;
            auto settings = ConnectionSettings::parse(conninfo, &error);
            if (!settings)
                return false;
            settings->password = m_cluster.value(QStringLiteral("GMA_TEST_TCP_PASSWORD"));
            const QString name = Database::uniqueName(QStringLiteral("tls"));
            ConnectError connectError;
            auto db = Database::open(*settings, name, &connectError);
            if (!db)
                return false;
            *out = Database::serverInfo(*db).encryption;
            db.reset();
            Database::close(name);
            return true;
        };
        Encryption e;
        QVERIFY(encryptionOf(tls(QStringLiteral("sslmode=verify-full sslrootcert=%1/ca.crt").arg(m_certs)), &e));
        QVERIFY(e.known && e.encrypted);
        QVERIFY2(e.version.startsWith(QLatin1String("TLSv1.")), qPrintable(e.version));
        QVERIFY(!e.cipher.isEmpty() && e.bits >= 128);
        QCOMPARE(e.text(), QStringLiteral("%1, %2 (%3 bits)").arg(e.version, e.cipher).arg(e.bits));
        QVERIFY(encryptionOf(tls(QStringLiteral("sslmode=disable")), &e));
        QVERIFY(e.known && !e.encrypted);
        QCOMPARE(e.text(), QStringLiteral("not encrypted"));
        QVERIFY(encryptionOf(QStringLiteral("host=%1 port=%2 user=postgres dbname=tlsdb")
                                 .arg(m_cluster.value(QStringLiteral("PGHOST")), m_cluster.value(QStringLiteral("PGPORT"))),
                             &e));
        QCOMPARE(e.text(), QStringLiteral("not encrypted"));
    }

    // validate's JSON and CSV reports carry it.
    void reportsCarryEncryption()
    {
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("tls.csv"));
        CliResult r = cli({QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("--report"), csvPath},
                          tls(QStringLiteral("sslmode=verify-full sslrootcert=%1/ca.crt").arg(m_certs)));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        const QString encrypted = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("report"))
                                      .toObject()
                                      .value(QStringLiteral("encryption"))
                                      .toString();
        QVERIFY2(encrypted.startsWith(QLatin1String("TLSv1.")) && encrypted.endsWith(QLatin1String(" bits)")),
                 qPrintable(encrypted));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("connection.encryption,Connection,Connection encryption (pg_stat_ssl),"
                                              "info,,\"%1\"")
                                   .arg(encrypted)),
                 qPrintable(text));
        r = cli({QStringLiteral("validate"), QStringLiteral("--json")}, tls(QStringLiteral("sslmode=disable")));
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("report"))
                     .toObject()
                     .value(QStringLiteral("encryption"))
                     .toString(),
                 QStringLiteral("not encrypted"));
    }

    void clientCertificateAuthentication()
    {
        const QString base = QStringLiteral("host=localhost port=%1 user=certuser dbname=tlsdb sslmode=verify-full "
                                            "sslrootcert=%2/ca.crt")
                                 .arg(m_cluster.value(QStringLiteral("PGPORT")), m_certs);
        const QString withCert = base + QStringLiteral(" sslcert=%1/client.crt sslkey=%1/client.key").arg(m_certs);
        // No password anywhere: the client certificate authenticates certuser.
        CliResult r = runCli({QStringLiteral("--db"), withCert, QStringLiteral("showmigrations")}, QStringLiteral("tlsdb"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("[X] 0002")));
        // Without the certificate the server refuses.
        r = runCli({QStringLiteral("--db"), base, QStringLiteral("showmigrations")}, QStringLiteral("tlsdb"));
        QCOMPARE(r.exitCode, 3);
        // pg_dump gets the certificates too (PGSSLROOTCERT, PGSSLCERT, PGSSLKEY).
        QTemporaryDir backups;
        r = runCli({QStringLiteral("--db"), withCert, QStringLiteral("backup"), QStringLiteral("--output"),
                    backups.filePath(QStringLiteral("tls.dump"))},
                   QStringLiteral("tlsdb"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestReliabilityTls)
#include "test_reliability_tls.moc"
