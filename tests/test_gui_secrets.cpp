// The desktop app's recent connections (QSettings) keep neither the password nor sslpassword.
#include "connection/connectiondialog.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace gma;
using namespace gma::test;

class TestGuiSecrets : public QObject
{
    Q_OBJECT

private slots:
    // The desktop app's recent connections (QSettings) keep neither the password nor sslpassword.
    void recentConnectionsHoldNoSecret()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("GMA-secrets-test"));
        QCoreApplication::setApplicationName(QStringLiteral("gma-migrator"));
        ConnectionSettings s = clusterSettings(QStringLiteral("postgres"));
        s.password = QStringLiteral("pw-in-memory-only");
        s.options.insert(QStringLiteral("sslpassword"), QStringLiteral("sslpw-in-memory-only"));
        s.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("7"));
        ui::ConnectionDialog::addRecent(s);
        QSettings().sync();
        const QString file = QSettings().fileName();
        QVERIFY2(file.startsWith(config.path()), qPrintable(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("connect_timeout"));
        QVERIFY(!bytes.contains("pw-in-memory-only"));
        QVERIFY(!bytes.contains("sslpassword"));
        const QList<ConnectionSettings> recent = ui::ConnectionDialog::recent();
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent.first().password.isEmpty());
        QVERIFY(!recent.first().options.contains(QStringLiteral("sslpassword")));
    }
};

QTEST_GUILESS_MAIN(TestGuiSecrets)
#include "test_gui_secrets.moc"
