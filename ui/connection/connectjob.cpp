#include "connectjob.h"

namespace gma::ui {

void ConnectJob::run()
{
    const QString name = Database::uniqueName(QStringLiteral("test"));
    ConnectError error;
    bool ok = false;
    QString message;
    {
        auto db = Database::open(m_settings, name, &error);
        if (db) {
            const ServerInfo info = Database::serverInfo(*db);
            ok = true;
            QString what = info.isGma     ? tr("a GMA database")
                           : info.isEmpty ? tr("an empty database (the demo can be built there)")
                                          : tr("not a GMA database");
            message = tr("Connected: PostgreSQL %1, database %2 as %3, %4.")
                          .arg(info.version, info.database, info.user, what);
        } else {
            message = error.message;
        }
    }
    Database::close(name);
    emit done(ok, message, error.kind == ConnectError::Kind::AuthenticationFailed);
}

} // namespace gma::ui
