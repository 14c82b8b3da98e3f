// Demo data: builds the GMA schema at 0002 on an empty database and fills it set-based with
// realistic users, campaigns, characters, items and locations.
// Thread rule: blocks the thread that owns the connection.
#pragma once

#include "catalogue.h"

#include <QSqlDatabase>
#include <functional>

namespace gma {

struct DemoOptions
{
    qint64 rows = 1000;           // characters, items and locations each
    double nullDescriptionShare = 0.05; // locations with a NULL description
};

struct DemoResult
{
    bool ok = false;
    QString error;
    qint64 users = 0, campaigns = 0, characters = 0, items = 0, locations = 0;
    qint64 ms = 0;
};

namespace Demo {
// Refuses unless the database has no GMA tables. progress(text) reports each phase.
DemoResult build(QSqlDatabase &db, const MigrationCatalogue &catalogue, const DemoOptions &options,
                 const std::function<void(const QString &)> &progress = {});
} // namespace Demo

} // namespace gma
