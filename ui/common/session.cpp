#include "session.h"

namespace gma::ui {

Session::Session(QObject *parent) : QObject(parent) {}

Session::~Session()
{
    close();
}

bool Session::open(const ConnectionSettings &settings, ConnectError *error)
{
    close();
    const QString name = Database::uniqueName(QStringLiteral("gui"));
    auto db = Database::open(settings, name, error);
    if (!db)
        return false;
    m_connectionName = name;
    m_settings = settings;
    m_info = Database::serverInfo(*db);
    m_connected = true;
    emit connected();
    return true;
}

void Session::close()
{
    if (!m_connected)
        return;
    m_connected = false;
    Database::close(m_connectionName);
    m_connectionName.clear();
    m_info = ServerInfo{};
    emit disconnected();
}

QSqlDatabase Session::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Session::notifyStateChanged()
{
    if (!m_connected)
        return;
    QSqlDatabase db = database();
    m_info = Database::serverInfo(db);
    emit stateChanged();
}

} // namespace gma::ui
