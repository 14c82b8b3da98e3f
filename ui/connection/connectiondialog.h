// The connection dialog: saved profiles (host, port, database, user, SSL mode), recent
// connections, or a pasted postgresql:// URI / keyword string. The password is typed here or
// left empty for libpq to read ~/.pgpass (or PGPASSWORD); it is never written to the settings.
// Test opens a connection on a worker of its own (DbWorker, closed again afterwards) and shows
// the one-sentence result.
// Thread rule: GUI thread only.
#pragma once

#include "connection.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace gma::ui {

class DbWorker;

struct ConnectionProfile
{
    QString name;
    ConnectionSettings settings; // never with a password
};

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings &settings);
    // Shows a sentence under the fields (an error when ok is false) and, after a failed
    // password authentication, puts the focus into the password field.
    void setMessage(const QString &text, bool ok, bool askPassword = false);

    // Profiles and recent connections in QSettings (without passwords).
    static QList<ConnectionProfile> profiles();
    static void saveProfiles(const QList<ConnectionProfile> &profiles);
    static QList<ConnectionSettings> recent();
    static void addRecent(const ConnectionSettings &settings);

private:
    QVBoxLayout *makeProfileList();
    QGroupBox *makeConnectionForm();
    void applyUri();
    void test(bool thenAccept);
    void onTested(bool ok, const QString &message, bool authenticationFailed);
    void loadList();
    void onItemActivated(QListWidgetItem *item);
    void saveProfile();
    void deleteProfile();
    void setBusy(bool busy);
    void showResult(const QString &text, bool ok);

    QListWidget *m_list;
    QLineEdit *m_uri;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLabel *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
    QPushButton *m_saveProfile;
    QPushButton *m_deleteProfile;
    DbWorker *m_tester = nullptr;
    QMap<QString, QString> m_extraOptions;
    bool m_acceptAfterTest = false;
};

} // namespace gma::ui
