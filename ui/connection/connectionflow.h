// How the window gets connected: the connection dialog, connecting in the background (the
// session opens its connection on the tree worker, so that an unreachable server cannot freeze
// the window for the connect timeout), recent connections, and, after a failed connection, the
// dialog again with the error (asking for the password after a failed authentication).
// Thread rule: GUI thread only.
#pragma once

#include "connection.h"

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace gma::ui {

class Session;

class ConnectionFlow : public QObject
{
    Q_OBJECT
public:
    ConnectionFlow(Session *session, QWidget *window);

    // Connects the session; on success `onConnected` runs and the settings join the recent
    // connections. On failure, with `askAgain` the dialog opens with the error, else the status
    // bar says it.
    void connectTo(const ConnectionSettings &settings, bool askAgain, std::function<void()> onConnected = {});
    // File > Connect...: the dialog with the current settings, then connectTo().
    void showDialog();
    // The dialog with `initial` filled in and `error` shown (the password is asked for there).
    void openDialog(const ConnectionSettings &initial, const ConnectError &error);
    // Fills File > Recent Connections.
    void fillRecentMenu(QMenu *menu);

signals:
    void status(const QString &text, int timeoutMs);

private:
    Session *m_session;
    QWidget *m_window;
    // The attempt under way (the newest; an older one's answer is not waited for).
    quint64 m_attempt = 0;
};

} // namespace gma::ui
