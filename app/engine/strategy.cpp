#include "strategy.h"

#include <QCoreApplication>

namespace gma::strategy {

const QList<Model> &models()
{
    static const QList<Model> list{
        {QStringLiteral("characters"), QStringLiteral("character"), QStringLiteral("characters_character"),
         QStringLiteral(QT_TRANSLATE_NOOP("gma::strategy", "Characters")), QStringLiteral("player_owner_id")},
        {QStringLiteral("items"), QStringLiteral("item"), QStringLiteral("items_item"),
         QStringLiteral(QT_TRANSLATE_NOOP("gma::strategy", "Items")),
         QStringLiteral("campaign_id -> campaigns_campaign.owner_id")},
        {QStringLiteral("locations"), QStringLiteral("location"), QStringLiteral("locations_location"),
         QStringLiteral(QT_TRANSLATE_NOOP("gma::strategy", "Locations")), QStringLiteral("campaign_id -> campaigns_campaign.owner_id")},
    };
    return list;
}

const Model *findModel(const QString &appOrTable)
{
    for (const Model &m : models()) {
        if (m.app == appOrTable || m.table == appOrTable)
            return &m;
    }
    return nullptr;
}

const QStringList &modelTables()
{
    static const QStringList list = [] {
        QStringList out;
        for (const Model &m : models())
            out << m.table;
        return out;
    }();
    return list;
}

const QStringList &auditColumns()
{
    static const QStringList list{QStringLiteral("created_by_id"), QStringLiteral("modified_by_id"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at")};
    return list;
}

const QStringList &auditUserColumns()
{
    static const QStringList list{QStringLiteral("created_by_id"), QStringLiteral("modified_by_id")};
    return list;
}

const QStringList &auditTimeColumns()
{
    static const QStringList list = [] {
        QStringList out = auditColumns();
        for (const QString &c : auditUserColumns())
            out.removeAll(c);
        return out;
    }();
    return list;
}

QString usersTable()
{
    return QStringLiteral("users_user");
}

const QStringList &gmaTables()
{
    static const QStringList list = QStringList{usersTable(), QStringLiteral("campaigns_campaign")} + modelTables();
    return list;
}

const QStringList &apps()
{
    static const QStringList list{QStringLiteral("users"), QStringLiteral("campaigns"), QStringLiteral("characters"),
                                  QStringLiteral("items"), QStringLiteral("locations")};
    return list;
}

QString labelOf(const Model &model)
{
    return QCoreApplication::translate("gma::strategy", model.label.toUtf8().constData());
}

QString notGmaDatabase(const QString &database)
{
    return QCoreApplication::translate("gma::strategy", "The database \"%1\" is not a GMA database (no GMA tables and no GMA migrations "
                          "recorded): connect to the Game Master Application's database.")
        .arg(database);
}

} // namespace gma::strategy
