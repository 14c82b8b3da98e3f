// The command-line front end: a table of commands, each group in its own cmd_*.cpp, sharing
// connection handling, output streams and exit codes.
// Thread rule: everything runs on the main thread; the only cross-thread call is the SIGINT
// handler asking a running Executor to cancel (Executor::cancel is async-signal-safe enough:
// an atomic store and libpq's PQcancel, which libpq documents as safe in a signal handler).
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "planner.h"
#include "state.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <functional>
#include <optional>
#include <utility>

namespace gma {
class Executor;
}

namespace gma::cli {

// The command line's sentences: Cli::tr("...") wherever the command line speaks to a person
// (errors, progress, summaries, help). What scripts parse (--json, showmigrations) stays English:
// run() then calls gma::i18n::useEnglish() instead of installing the chosen language.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(gma::cli::Cli)
};

enum Exit { Success = 0, Refused = 1, Usage = 2, CannotConnect = 3, MigrationFailed = 4 };

struct Context
{
    QCommandLineParser &parser;
    QStringList args; // positional arguments after the command name
    QTextStream &out;
    QTextStream &err;
    MigrationCatalogue catalogue;
    ConnectionSettings settings;
    bool stdoutIsTerminal = false;
    bool stderrIsTerminal = false;
    bool stdinIsTerminal = false;

    // Opens the connection; on failure prints one sentence and returns nullopt (exit 3).
    std::optional<QSqlDatabase> connect();
    // Refuses (prints why, returns false) unless the database is GMA, or empty when allowEmpty.
    bool requireGma(QSqlDatabase &db, bool allowEmpty);
    // connect(), then requireGma(); on failure nullopt, and *code is CannotConnect or Refused.
    std::optional<QSqlDatabase> connectGma(bool allowEmpty, int *code);
    // The django_migrations state; on failure prints why and returns nullopt (exit Refused).
    std::optional<MigrationState> readState(QSqlDatabase &db) const;
    // connectGma(), then readState(); on failure nullopt, and *code is CannotConnect or Refused.
    std::optional<std::pair<QSqlDatabase, MigrationState>> connectWithState(bool allowEmpty, int *code);
    // Refuses (prints why, returns false) unless `app` is empty or has migrations.
    bool requireApp(const QString &app) const;
    void error(const QString &sentence) const;
    void warn(const QString &sentence) const;
    // Reads a line from the terminal (empty when stdin is closed); `secret`: without echo on a
    // terminal and untrimmed (a password).
    QString ask(const QString &prompt, bool secret = false) const;
};

struct Command
{
    QString name;
    QString synopsis;    // "migrate [APP [TARGET]]"
    QString description; // one paragraph
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Context &)> run;
};

// A guard runs before `migrate` and `rollback` execute a non-empty plan (not for --plan), in the
// order of the guard table: preflight checks refuse, the automatic backup takes its backup. It
// returns Success to let the run go on, or an exit code (after printing one sentence) to stop it.
struct RunGuard
{
    QString name;
    std::function<void(QCommandLineParser &)> addOptions; // options of migrate and rollback
    std::function<int(Context &, QSqlDatabase &, const Plan &, bool isRollback, bool isDryRun)> check;
};

// The command table, in the help's order, and the guard table, in the order the guards run
// (both in cli.cpp; the entries come from commands.h).
const QList<Command> &commands();
const QList<RunGuard> &runGuards();

int run(int argc, char **argv);

// While alive, SIGINT and SIGTERM ask `target` to cancel (its cancel() must be safe in a signal
// handler: the executor's and the backup manager's set an atomic flag and send the server a
// cancel) instead of ending the process with exit code 130.
template <typename Target>
class CancelOnSignal
{
public:
    explicit CancelOnSignal(Target *target)
    {
        active().store(target);
        m_int = std::signal(SIGINT, &CancelOnSignal::handle);
        m_term = std::signal(SIGTERM, &CancelOnSignal::handle);
    }
    ~CancelOnSignal()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
        active().store(nullptr);
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    static std::atomic<Target *> &active()
    {
        static std::atomic<Target *> target{nullptr};
        return target;
    }
    static void handle(int)
    {
        if (Target *t = active().load())
            t->cancel();
        else
            std::_Exit(130);
    }
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

// The --json option of the commands that print JSON.
void addJsonOption(QCommandLineParser &parser);

// JSON helpers shared by the commands.
QString toJson(const QVariant &value);
// "a", "a and b", "a, b and c".
QString spokenList(const QStringList &items);
// A moment for a person, in local time: "2026-12-04 02:10:00" in English (the C locale), the
// locale's short date and time otherwise ("04.12.26 02:10").
QString localTime(const QDateTime &when);
// The same in UTC, with " UTC" ("2026-12-04 01:10:00 UTC" in English, format::utcTime).
QString utcTime(const QDateTime &when);

} // namespace gma::cli
