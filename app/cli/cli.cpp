// The framework of the command line: the command and guard tables, finding the command, parsing
// its options, help, exit codes and the SIGINT handling. The commands live in cmd_*.cpp.
#include "cli.h"

#include "commands.h"
#include "executor.h"
#include "format.h"
#include "manpage/manpage.h"
#include "strategy.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace gma::cli {

namespace {

// Outside a CancelOnSignal scope, Ctrl-C ends the command at once.
void exitOnSignal(int)
{
    std::_Exit(130);
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table{
        showMigrationsCommand(), sqlMigrateCommand(), previewCommand(),  preflightCommand(), migrateCommand(),
        rollbackCommand(),       auditCommand(),      validateCommand(), initDemoCommand(),  historyCommand(),
        backupCommand(),         backupsCommand(),    restoreCommand(),   fleetCommand(),      deployCommand(),
        monitorCommand(),        repairCommand(),     statusCommand(),    fillAuditCommand(),
    };
    return table;
}

const QList<RunGuard> &runGuards()
{
    static const QList<RunGuard> table{preflightGuard(), autoBackupGuard()};
    return table;
}

void addJsonOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
}

QString toJson(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Indented));
}

QString spokenList(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return Cli::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString localTime(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    if (locale.language() == QLocale::C)
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return locale.toString(local, QLocale::ShortFormat);
}

QString utcTime(const QDateTime &when)
{
    const QLocale locale;
    if (locale.language() == QLocale::C || !when.isValid())
        return format::utcTime(when);
    return locale.toString(when.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
}

std::optional<QSqlDatabase> Context::connect()
{
    ConnectError error;
    auto db = Database::open(settings, Database::uniqueName(QStringLiteral("cli")), &error);
    if (!db)
        this->error(error.message);
    return db;
}

bool Context::requireGma(QSqlDatabase &db, bool allowEmpty)
{
    const ServerInfo info = Database::serverInfo(db);
    if (info.isGma || (allowEmpty && info.isEmpty))
        return true;
    error(strategy::notGmaDatabase(info.database));
    return false;
}

std::optional<QSqlDatabase> Context::connectGma(bool allowEmpty, int *code)
{
    auto db = connect();
    *code = db ? Refused : CannotConnect;
    if (db && !requireGma(*db, allowEmpty))
        return std::nullopt;
    return db;
}

std::optional<MigrationState> Context::readState(QSqlDatabase &db) const
{
    QString message;
    auto state = MigrationState::read(db, &message);
    if (!state)
        error(message);
    return state;
}

std::optional<std::pair<QSqlDatabase, MigrationState>> Context::connectWithState(bool allowEmpty, int *code)
{
    auto db = connectGma(allowEmpty, code);
    if (!db)
        return std::nullopt;
    auto state = readState(*db);
    if (!state)
        return std::nullopt;
    return std::make_pair(*db, *state);
}

bool Context::requireApp(const QString &app) const
{
    if (app.isEmpty() || catalogue.hasApp(app))
        return true;
    error(Cli::tr("App '%1' does not have migrations.").arg(app));
    return false;
}

void Context::error(const QString &sentence) const
{
    err << Cli::tr("error: %1").arg(sentence) << Qt::endl;
}

void Context::warn(const QString &sentence) const
{
    err << Cli::tr("warning: %1").arg(sentence) << Qt::endl;
}

QString Context::ask(const QString &prompt, bool secret) const
{
    err << prompt;
    err.flush();
    termios saved{};
    const bool hide = secret && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // One reader for every question (std::cin keeps what it buffered for the next one).
    std::string line;
    std::getline(std::cin, line);
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
        err.flush();
    }
    QString answer = QString::fromLocal8Bit(line.c_str());
    if (secret) {
        if (answer.endsWith(QLatin1Char('\r')))
            answer.chop(1);
        return answer;
    }
    return answer.trimmed();
}

static QString globalHelp()
{
    QString text = Cli::tr(
        "Usage: gma-migrator-cli [--db CONNINFO] [--lang LOCALE] COMMAND [ARGS...]\n\n"
        "Carries out, checks and undoes the GMA mixin migration.\n\n"
        "Connection: --db takes a postgresql:// URI or a libpq keyword string (host=... dbname=...);\n"
        "without it, PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE and ~/.pgpass apply, as for "
        "psql.\n\n"
        "Commands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.description);
    text += Cli::tr(
        "\nGlobal options:\n"
        "  --db CONNINFO           Connection (URI or keyword string).\n"
        "  --migrations-dir DIR    Use migration definitions from DIR instead of the built-in ones.\n"
        "  --lang LOCALE           The language of the messages (de, en ...; default: the system's, LANG);\n"
        "                          --json and showmigrations always print English.\n"
        "  --help                  This help; COMMAND --help for a command's options.\n"
        "  --version               The tool's version.\n\n"
        "Exit codes: 0 success, 1 refused or checks failed, 2 usage, 3 cannot connect,\n"
        "4 migration failed or cancelled (the running step was rolled back).\n");
    return text;
}

namespace {

// The command: the first argument that is neither an option nor an option's value.
QString findCommandName(const QStringList &arguments)
{
    const QStringList valueOptions{QStringLiteral("--db"), QStringLiteral("--migrations-dir"),
                                   QStringLiteral("--lang")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (valueOptions.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return QString();
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void addOptions(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(command.description);
    parser.addOption({QStringLiteral("db"), Cli::tr("Connection: postgresql:// URI or libpq keyword string."),
                      QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("migrations-dir"),
                      Cli::tr("Migration definitions to use instead of the built-in ones."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("lang"),
                      Cli::tr("The language of the messages (de, en ...; default: the system's); --json and "
                              "showmigrations always print English."),
                      QStringLiteral("LOCALE")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")});
    parser.addOption({QStringLiteral("version"), Cli::tr("Show the version.")});
    parser.addPositionalArgument(command.name, command.synopsis);
    if (command.addOptions)
        command.addOptions(parser);
}

// A command's --help text: its synopsis, description and options (parser: the command's, from addOptions()).
QString commandHelp(const QCommandLineParser &parser, const Command &command)
{
    // Qt's text (its headings in the language of Qt's translation): from the "Options:" heading,
    // the line before the first option, to the "Arguments:" heading before the command's argument.
    const QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    qsizetype first = 0;
    while (first < lines.size() && !lines.at(first).startsWith(QLatin1String("  -")))
        ++first;
    qsizetype end = lines.size();
    while (end > first && !lines.at(end - 1).startsWith(QLatin1String("  ") + command.name))
        --end;
    const QString options =
        lines.mid(first - 1, end > first ? end - first - 1 : -1).join(QLatin1Char('\n')).trimmed();
    return Cli::tr("Usage: gma-migrator-cli %1\n\n%2\n\n%3\n")
        .arg(command.synopsis, command.description, options);
}

// The man page gma-migrator-cli(1): the global --help, then every command's --help.
QString manPage()
{
    manpage::Page page;
    page.program = QStringLiteral("gma-migrator-cli");
    page.version = QStringLiteral(GMA_VERSION);
    page.summary = Cli::tr("carries out, checks and undoes the GMA mixin migration");
    page.help = globalHelp();
    page.subsHeading = Cli::tr("COMMAND OPTIONS");
    for (const Command &c : commands()) {
        QCommandLineParser parser;
        addOptions(parser, c);
        page.subs << manpage::Page::Sub{c.synopsis, commandHelp(parser, c)};
    }
    page.seeAlso = QStringLiteral("gma-migrator(1), psql(1), pg_dump(1)");
    return manpage::toRoff(page);
}

// Without a command: --version, --help, or the help on stderr as a usage error.
int runWithoutCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QStringLiteral("--version")) || arguments.contains(QStringLiteral("-v"))) {
        out << "gma-migrator-cli " << GMA_VERSION << '\n';
        return Success;
    }
    if (arguments.contains(QStringLiteral("--help-man"))) { // hidden: the build makes the man page with it
        out << manPage();
        return Success;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << globalHelp();
        return Success;
    }
    err << globalHelp();
    return Usage;
}

// The command's --help or --version when asked for; nullopt to go on.
std::optional<int> answerHelpOrVersion(const QCommandLineParser &parser, const Command &command,
                                       QTextStream &out)
{
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, command);
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "gma-migrator-cli " << GMA_VERSION << '\n';
        return Success;
    }
    return std::nullopt;
}

// The built-in definitions, or those of --migrations-dir; nullopt (after printing why, with the exit
// code in *code: Usage for a folder that is not there, Refused for definitions that cannot be used)
// when they cannot be used.
std::optional<MigrationCatalogue> loadCatalogue(const QCommandLineParser &parser, QTextStream &err, int *code)
{
    if (!parser.isSet(QStringLiteral("migrations-dir")))
        return MigrationCatalogue::builtIn();
    const QString dir = parser.value(QStringLiteral("migrations-dir"));
    QString error;
    auto loaded = MigrationCatalogue::fromDirectory(dir, &error);
    if (!loaded) {
        err << Cli::tr("error: %1").arg(Cli::tr("The migration definitions cannot be used: %1").arg(error))
            << Qt::endl;
        *code = QFileInfo(dir).isDir() ? Refused : Usage;
    }
    return loaded;
}

// --db over the environment's PG* settings; nullopt (after printing why) when --db cannot be parsed.
std::optional<ConnectionSettings> readSettings(const QCommandLineParser &parser, QTextStream &err)
{
    ConnectionSettings settings;
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        auto parsed = ConnectionSettings::parse(parser.value(QStringLiteral("db")), &error);
        if (!parsed) {
            err << Cli::tr("error: %1").arg(error) << Qt::endl;
            return std::nullopt;
        }
        settings = *parsed;
    }
    return settings.withDefaults(ConnectionSettings::fromEnvironment());
}

int runCommand(const Command &command, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addOptions(parser, command);
    if (!parser.parse(arguments)) {
        QString text = parser.errorText();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        err << Cli::tr("error: %1")
                   .arg(Cli::tr("%1: see gma-migrator-cli %2 --help.").arg(text, command.name))
            << Qt::endl;
        return Usage;
    }
    if (const auto answered = answerHelpOrVersion(parser, command, out))
        return *answered;
    int catalogueCode = Refused;
    const auto catalogue = loadCatalogue(parser, err, &catalogueCode);
    if (!catalogue)
        return catalogueCode;
    const auto settings = readSettings(parser, err);
    if (!settings)
        return Usage;

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command name
    Context ctx{parser, positional, out, err, *catalogue, *settings};
    ctx.stdoutIsTerminal = isatty(STDOUT_FILENO) != 0;
    ctx.stderrIsTerminal = isatty(STDERR_FILENO) != 0;
    ctx.stdinIsTerminal = isatty(STDIN_FILENO) != 0;

    std::signal(SIGINT, exitOnSignal);
    std::signal(SIGTERM, exitOnSignal);
    const int code = command.run(ctx);
    out.flush();
    err.flush();
    return code;
}

// Output that scripts parse or the build turns into the man page stays English whatever the
// locale: --json, showmigrations (its own --help aside) and --help-man.
bool speaksToScripts(const QStringList &arguments, const QString &commandName)
{
    const bool help =
        arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
    return arguments.contains(QStringLiteral("--json")) || arguments.contains(QStringLiteral("--help-man")) ||
           (commandName == QLatin1String("showmigrations") && !help);
}

} // namespace

int run(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app = makeValidateApplication(argc, argv);
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gma-migrator-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GMA_VERSION));
    Database::silenceLostConnectionWarnings();
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList arguments = QCoreApplication::arguments();
    const QString commandName = findCommandName(arguments);
    // English is the C locale's formatting ("1500 rows"), as scripts and the tests read it.
    const QLocale locale = i18n::chosenLocale(arguments);
    if (speaksToScripts(arguments, commandName) || locale.language() == QLocale::C ||
        locale.language() == QLocale::English)
        i18n::useEnglish();
    else
        i18n::install(locale);
    if (commandName.isEmpty())
        return runWithoutCommand(arguments, out, err);
    const Command *command = findCommand(commandName);
    if (!command) {
        err << Cli::tr("error: %1")
                   .arg(Cli::tr("Unknown command '%1': run gma-migrator-cli --help for the list.")
                            .arg(commandName))
            << Qt::endl;
        return Usage;
    }
    return runCommand(*command, arguments, out, err);
}

} // namespace gma::cli
