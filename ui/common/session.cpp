#include "session.h"

namespace gma::ui {

namespace {
const QString kOpen = QStringLiteral("session.open");
const QString kInfo = QStringLiteral("session.info");
} // namespace

Session::Session(QObject *parent)
    : QObject(parent), m_tree(new DbWorker(QStringLiteral("tree"), this)),
      m_data(new DbWorker(QStringLiteral("data"), this)), m_run(new DbWorker(QStringLiteral("run"), this))
{
}

Session::~Session()
{
    stopWorkers();
}

void Session::stopWorkers()
{
    for (DbWorker *w : {m_tree, m_data, m_run})
        w->stop();
}

void Session::open(const ConnectionSettings &settings)
{
    close();
    m_settings = settings;
    m_connecting = true;
    for (DbWorker *w : {m_tree, m_data, m_run})
        w->setSettings(settings);
    m_tree->open(this, kOpen, [this](const ServerInfo &info, const ConnectError &error) {
        m_connecting = false;
        if (error.isError()) {
            emit connectFailed(error);
            return;
        }
        m_info = info;
        m_connected = true;
        emit connected();
    });
}

void Session::close()
{
    const bool was = m_connected;
    m_connected = false;
    m_connecting = false;
    for (DbWorker *w : {m_tree, m_data, m_run})
        w->reset();
    m_info = ServerInfo{};
    if (was)
        emit disconnected();
}

void Session::notifyStateChanged()
{
    if (!m_connected)
        return;
    m_tree->open(this, kInfo, [this](const ServerInfo &info, const ConnectError &error) {
        if (!m_connected)
            return;
        if (!error.isError())
            m_info = info;
        emit stateChanged();
    });
}

} // namespace gma::ui
