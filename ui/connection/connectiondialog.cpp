#include "connectiondialog.h"

#include "dbworker.h"
#include "style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace gma::ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole + 1, IndexRole };
constexpr int kMaxRecent = 8;

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to a GMA Database"));
    auto *outer = new QHBoxLayout(this);
    outer->addLayout(makeProfileList());

    auto *right = new QVBoxLayout;
    auto *uriBox = new QGroupBox(tr("Paste a connection URI"), this);
    auto *uriLayout = new QHBoxLayout(uriBox);
    m_uri = new QLineEdit(uriBox);
    m_uri->setPlaceholderText(tr("postgresql://user@host:5432/database?sslmode=require"));
    m_uri->setToolTip(tr("A postgresql:// URI or a keyword string (host=... dbname=...); it fills the fields below."));
    m_uri->setClearButtonEnabled(true);
    uriLayout->addWidget(m_uri);
    right->addWidget(uriBox);
    right->addWidget(makeConnectionForm());

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(40);
    right->addWidget(m_result);
    right->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setToolTip(tr("Try the connection without leaving the dialog."));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setIcon(style::icon(QStringLiteral("connect")));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    right->addWidget(buttons);
    outer->addLayout(right, 1);

    connect(m_uri, &QLineEdit::editingFinished, this, &ConnectionDialog::applyUri);
    connect(m_test, &QPushButton::clicked, this, [this] { test(false); });
    connect(m_connect, &QPushButton::clicked, this, [this] { test(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &ConnectionDialog::onItemActivated);
    connect(m_list, &QListWidget::itemClicked, this, &ConnectionDialog::onItemActivated);
    connect(m_saveProfile, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_deleteProfile, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);

    loadList();
    const QList<ConnectionSettings> rec = recent();
    setSettings(rec.isEmpty() ? ConnectionSettings::fromEnvironment() : rec.first());
    resize(760, 420);
}

QVBoxLayout *ConnectionDialog::makeProfileList()
{
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Profiles and recent connections:"), this);
    m_list = new QListWidget(this);
    m_list->setMinimumWidth(230);
    m_list->setWordWrap(true);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *profileButtons = new QHBoxLayout;
    m_saveProfile = new QPushButton(tr("&Save as Profile..."), this);
    m_saveProfile->setToolTip(tr("Remember host, port, database, user and SSL mode under a name (never the password)."));
    m_deleteProfile = new QPushButton(tr("&Delete"), this);
    m_deleteProfile->setToolTip(tr("Forget the selected profile or recent connection."));
    profileButtons->addWidget(m_saveProfile);
    profileButtons->addWidget(m_deleteProfile);
    left->addLayout(profileButtons);
    return left;
}

QGroupBox *ConnectionDialog::makeConnectionForm()
{
    auto *formBox = new QGroupBox(tr("Connection"), this);
    auto *form = new QFormLayout(formBox);
    m_host = new QLineEdit(formBox);
    m_host->setPlaceholderText(tr("localhost or a socket folder (empty: libpq default)"));
    m_port = new QLineEdit(formBox);
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_database = new QLineEdit(formBox);
    m_database->setPlaceholderText(tr("gma"));
    m_user = new QLineEdit(formBox);
    m_user->setPlaceholderText(tr("empty: your login name"));
    m_password = new QLineEdit(formBox);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("Kept in memory for this session only; never saved."));
    m_sslMode = new QComboBox(formBox);
    m_sslMode->addItem(tr("libpq default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("SSL &mode:"), m_sslMode);
    return formBox;
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->text().trimmed();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslMode = m_sslMode->currentData().toString();
    s.options = m_extraOptions;
    return s;
}

void ConnectionDialog::setSettings(const ConnectionSettings &s)
{
    m_host->setText(s.host);
    m_port->setText(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    const int ssl = m_sslMode->findData(s.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_extraOptions = s.options;
}

void ConnectionDialog::setMessage(const QString &text, bool ok, bool askPassword)
{
    showResult(text, ok);
    if (askPassword)
        m_password->setFocus();
}

void ConnectionDialog::applyUri()
{
    const QString text = m_uri->text().trimmed();
    if (text.isEmpty())
        return;
    QString error;
    const auto parsed = ConnectionSettings::parse(text, &error);
    if (!parsed) {
        showResult(error, false);
        return;
    }
    setSettings(*parsed);
    // The URI may carry a password: it goes into the (unsaved) password field only.
    m_uri->clear();
    showResult(tr("The URI was read into the fields below."), true);
}

void ConnectionDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    if (busy)
        showResult(tr("Connecting to %1...").arg(settings().displayName()), true);
}

void ConnectionDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("QLabel { color: #c0392b; font-weight: bold; }"));
}

void ConnectionDialog::test(bool thenAccept)
{
    applyUri();
    m_acceptAfterTest = thenAccept;
    setBusy(true);
    if (!m_tester)
        m_tester = new DbWorker(QStringLiteral("connect-test"), this);
    m_tester->setSettings(settings());
    m_tester->open(this, QStringLiteral("test"), [this](const ServerInfo &info, const ConnectError &error) {
        m_tester->reset(); // the test's connection is closed again
        if (error.isError()) {
            onTested(false, error.message, error.kind == ConnectError::Kind::AuthenticationFailed);
            return;
        }
        const QString what = info.isGma     ? tr("a GMA database")
                             : info.isEmpty ? tr("an empty database (the demo can be built there)")
                                            : tr("not a GMA database");
        onTested(true, tr("Connected: PostgreSQL %1, database %2 as %3, %4.").arg(info.version, info.database, info.user, what),
                 false);
    });
}

void ConnectionDialog::onTested(bool ok, const QString &message, bool authenticationFailed)
{
    setBusy(false);
    showResult(message, ok);
    if (!ok && authenticationFailed && m_password->text().isEmpty()) {
        showResult(message + QLatin1Char(' ') + tr("Type the password (it is not saved) or add it to ~/.pgpass."),
                   false);
        m_password->setFocus();
    }
    if (ok && m_acceptAfterTest) {
        addRecent(settings());
        accept();
    }
}

QList<ConnectionProfile> ConnectionDialog::profiles()
{
    QSettings s;
    QList<ConnectionProfile> out;
    const int n = s.beginReadArray(QStringLiteral("connections/profiles"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ConnectionProfile p;
        p.name = s.value(QStringLiteral("name")).toString();
        p.settings.host = s.value(QStringLiteral("host")).toString();
        p.settings.port = s.value(QStringLiteral("port")).toString();
        p.settings.database = s.value(QStringLiteral("database")).toString();
        p.settings.user = s.value(QStringLiteral("user")).toString();
        p.settings.sslMode = s.value(QStringLiteral("sslmode")).toString();
        out << p;
    }
    s.endArray();
    return out;
}

void ConnectionDialog::saveProfiles(const QList<ConnectionProfile> &list)
{
    QSettings s;
    s.remove(QStringLiteral("connections/profiles"));
    s.beginWriteArray(QStringLiteral("connections/profiles"), int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        s.setArrayIndex(i);
        const ConnectionProfile &p = list.at(i);
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("host"), p.settings.host);
        s.setValue(QStringLiteral("port"), p.settings.port);
        s.setValue(QStringLiteral("database"), p.settings.database);
        s.setValue(QStringLiteral("user"), p.settings.user);
        s.setValue(QStringLiteral("sslmode"), p.settings.sslMode);
        // No password, ever.
    }
    s.endArray();
}

QList<ConnectionSettings> ConnectionDialog::recent()
{
    QSettings s;
    QList<ConnectionSettings> out;
    const QStringList list = s.value(QStringLiteral("connections/recent")).toStringList();
    for (const QString &conninfo : list) {
        if (auto parsed = ConnectionSettings::parse(conninfo, nullptr)) {
            parsed->password.clear();
            out << *parsed;
        }
    }
    return out;
}

void ConnectionDialog::addRecent(const ConnectionSettings &settings)
{
    QSettings s;
    ConnectionSettings clean = settings;
    clean.password.clear();
    clean.options.remove(QStringLiteral("password"));
    const QString conninfo = clean.toConninfo(false);
    QStringList list = s.value(QStringLiteral("connections/recent")).toStringList();
    list.removeAll(conninfo);
    list.prepend(conninfo);
    while (list.size() > kMaxRecent)
        list.removeLast();
    s.setValue(QStringLiteral("connections/recent"), list);
}

void ConnectionDialog::loadList()
{
    m_list->clear();
    const QList<ConnectionProfile> prof = profiles();
    for (int i = 0; i < prof.size(); ++i) {
        auto *item = new QListWidgetItem(style::icon(QStringLiteral("connect")),
                                         tr("%1 — %2").arg(prof.at(i).name, prof.at(i).settings.displayName()), m_list);
        item->setData(KindRole, QStringLiteral("profile"));
        item->setData(IndexRole, i);
        item->setToolTip(tr("Saved profile"));
    }
    const QList<ConnectionSettings> rec = recent();
    for (int i = 0; i < rec.size(); ++i) {
        auto *item = new QListWidgetItem(style::icon(QStringLiteral("refresh")), rec.at(i).displayName(), m_list);
        item->setData(KindRole, QStringLiteral("recent"));
        item->setData(IndexRole, i);
        item->setToolTip(tr("Recent connection"));
    }
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(tr("No profiles yet: fill in the fields and save one."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
}

void ConnectionDialog::onItemActivated(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString kind = item->data(KindRole).toString();
    const int index = item->data(IndexRole).toInt();
    if (kind == QLatin1String("profile")) {
        const auto list = profiles();
        if (index < list.size())
            setSettings(list.at(index).settings);
    } else if (kind == QLatin1String("recent")) {
        const auto list = recent();
        if (index < list.size())
            setSettings(list.at(index));
    }
    m_password->clear();
    showResult(QString(), true);
}

void ConnectionDialog::saveProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Profile"), tr("Profile name:"), QLineEdit::Normal,
                                               m_database->text(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QList<ConnectionProfile> list = profiles();
    ConnectionProfile p{name, settings()};
    p.settings.password.clear();
    bool replaced = false;
    for (ConnectionProfile &existing : list) {
        if (existing.name == name) {
            existing = p;
            replaced = true;
        }
    }
    if (!replaced)
        list << p;
    saveProfiles(list);
    loadList();
}

void ConnectionDialog::deleteProfile()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString kind = item->data(KindRole).toString();
    const int index = item->data(IndexRole).toInt();
    if (kind == QLatin1String("profile")) {
        QList<ConnectionProfile> list = profiles();
        if (index < list.size())
            list.removeAt(index);
        saveProfiles(list);
    } else if (kind == QLatin1String("recent")) {
        QSettings s;
        QStringList list = s.value(QStringLiteral("connections/recent")).toStringList();
        if (index < list.size())
            list.removeAt(index);
        s.setValue(QStringLiteral("connections/recent"), list);
    }
    loadList();
}

} // namespace gma::ui
