// `init-demo`: on an empty database, the GMA schema at 0002 filled with demo data.
#include "commands.h"

#include "demo.h"
#include "format.h"

namespace gma::cli {

namespace {

int runInitDemo(Context &ctx)
{
    DemoOptions options;
    if (ctx.parser.isSet(QStringLiteral("rows"))) {
        bool ok = false;
        options.rows = ctx.parser.value(QStringLiteral("rows")).toLongLong(&ok);
        if (!ok || options.rows < 1) {
            ctx.error(QStringLiteral("--rows needs a positive number."));
            return Usage;
        }
    }
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    // GMA tables are refused by Demo::build; tables of another application are refused here.
    if (const ServerInfo info = Database::serverInfo(*db); !info.isEmpty && !info.isGma) {
        ctx.error(QStringLiteral(
                      "The database \"%1\" has tables of another application: init-demo only builds on an "
                      "empty database. Create a new database for the demo.")
                      .arg(info.database));
        return Refused;
    }
    const DemoResult r = Demo::build(*db, ctx.catalogue, options,
                                     [&](const QString &text) { ctx.err << text << "..." << Qt::endl; });
    if (!r.ok) {
        ctx.error(r.error);
        return Refused;
    }
    ctx.out << QStringLiteral(
                   "Demo database ready at 0002 in %1: %2 users, %3 campaigns, %4 characters, %5 items, "
                   "%6 locations.\n")
                   .arg(format::duration(r.ms))
                   .arg(r.users)
                   .arg(r.campaigns)
                   .arg(r.characters)
                   .arg(r.items)
                   .arg(r.locations);
    return Success;
}

} // namespace

Command initDemoCommand()
{
    return Command{QStringLiteral("init-demo"), QStringLiteral("init-demo [--rows N]"),
                   QStringLiteral("On an empty database, builds the GMA schema at 0002 and fills it with "
                                  "demo data: users, campaigns, "
                                  "and N characters, items and locations (default 1000)."),
                   [](QCommandLineParser &p) {
                       p.addOption({QStringLiteral("rows"),
                                    QStringLiteral("Characters, items and locations each."),
                                    QStringLiteral("N")});
                   },
                   runInitDemo};
}

} // namespace gma::cli
