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
            ctx.error(Cli::tr("--rows needs a positive number."));
            return Usage;
        }
    }
    auto db = ctx.connect();
    if (!db)
        return CannotConnect;
    // GMA tables are refused by Demo::build; tables of another application are refused here.
    if (const ServerInfo info = Database::serverInfo(*db); !info.isEmpty && !info.isGma) {
        ctx.error(
            Cli::tr("The database \"%1\" has tables of another application: init-demo only builds on an "
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
    const QLocale locale;
    ctx.out << Cli::tr("Demo database ready at 0002 in %1: %2 users, %3 campaigns, %4 characters, %5 items, "
                       "%6 locations.")
                   .arg(format::duration(r.ms, locale), locale.toString(r.users),
                        locale.toString(r.campaigns), locale.toString(r.characters), locale.toString(r.items),
                        locale.toString(r.locations))
            << '\n';
    return Success;
}

} // namespace

Command initDemoCommand()
{
    return Command{QStringLiteral("init-demo"), QStringLiteral("init-demo [--rows N]"),
                   Cli::tr("On an empty database, builds the GMA schema at 0002 and fills it with "
                           "demo data: users, campaigns, "
                           "and N characters, items and locations (default 1000)."),
                   [](QCommandLineParser &p) {
                       p.addOption({QStringLiteral("rows"), Cli::tr("Characters, items and locations each."),
                                    QStringLiteral("N")});
                   },
                   runInitDemo};
}

} // namespace gma::cli
