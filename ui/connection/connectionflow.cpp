#include "connectionflow.h"

#include "connectiondialog.h"
#include "session.h"

#include <QMenu>

namespace gma::ui {

ConnectionFlow::ConnectionFlow(Session *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

void ConnectionFlow::connectTo(const ConnectionSettings &settings, bool askAgain, std::function<void()> onConnected)
{
    const quint64 attempt = ++m_attempt;
    emit status(tr("Connecting to %1...").arg(settings.displayName()), 0);
    // One answer per attempt: whichever of the two signals comes first ends it.
    auto *context = new QObject(this);
    connect(m_session, &Session::connected, context, [this, context, attempt, settings, askAgain, onConnected] {
        context->deleteLater();
        if (attempt != m_attempt)
            return;
        if (askAgain) // chosen by the user, not by a test or the demo
            ConnectionDialog::addRecent(settings);
        emit status(tr("Connected to %1.").arg(settings.displayName()), 5000);
        if (onConnected)
            onConnected();
    });
    connect(m_session, &Session::connectFailed, context,
            [this, context, attempt, settings, askAgain](const ConnectError &error) {
                context->deleteLater();
                if (attempt != m_attempt)
                    return;
                emit status(error.message, 0);
                if (askAgain)
                    openDialog(settings, error); // probably needs a password: the dialog asks for it
            });
    m_session->open(settings);
}

void ConnectionFlow::showDialog()
{
    ConnectionDialog dialog(m_window);
    if (m_session->isConnected())
        dialog.setSettings(m_session->settings());
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.settings(), true);
}

void ConnectionFlow::openDialog(const ConnectionSettings &initial, const ConnectError &error)
{
    ConnectionDialog dialog(m_window);
    dialog.setSettings(initial);
    if (error.isError())
        dialog.setMessage(error.message, false, error.kind == ConnectError::Kind::AuthenticationFailed);
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.settings(), true);
}

void ConnectionFlow::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QList<ConnectionSettings> recent = ConnectionDialog::recent();
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent connections"))->setEnabled(false);
        return;
    }
    for (const ConnectionSettings &s : recent)
        menu->addAction(s.displayName(), this, [this, s] { connectTo(s, true); });
}

} // namespace gma::ui
