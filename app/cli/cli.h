// The command-line front end: a registry of commands, each in its own file, sharing connection
// handling, output streams and exit codes.
// Thread rule: everything runs on the main thread; the only cross-thread call is the SIGINT
// handler asking a running Executor to cancel (Executor::cancel is async-signal-safe enough:
// an atomic store and libpq's PQcancel, which libpq documents as safe in a signal handler).
#pragma once

#include "catalogue.h"
#include "connection.h"
#include "planner.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace gma {
class Executor;
}

namespace gma::cli {

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
    void error(const QString &sentence) const;
    void warn(const QString &sentence) const;
    // Reads a line from the terminal (empty when stdin is closed).
    QString ask(const QString &prompt) const;
};

struct Command
{
    QString name;
    QString synopsis;    // "migrate [APP [TARGET]]"
    QString description; // one paragraph
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Context &)> run;
    int order = 100; // position in the help listing
};

void registerCommand(Command command);
struct Registrar
{
    explicit Registrar(Command command) { registerCommand(std::move(command)); }
};

// A guard runs before `migrate` and `rollback` execute a non-empty plan (not for --plan), in
// `order`: preflight checks refuse, the automatic backup takes its backup. It returns Success to
// let the run go on, or an exit code (after printing one sentence) to stop it.
struct RunGuard
{
    QString name;
    int order = 100;
    std::function<void(QCommandLineParser &)> addOptions; // options of migrate and rollback
    std::function<int(Context &, QSqlDatabase &, const Plan &, bool isRollback, bool isDryRun)> check;
};
void registerGuard(RunGuard guard);
struct GuardRegistrar
{
    explicit GuardRegistrar(RunGuard guard) { registerGuard(std::move(guard)); }
};

// Before the application object exists, run() asks each registered factory (with the raw
// arguments) for one; the first that returns an application wins, else a QCoreApplication is
// made. `validate` registers one that makes a QGuiApplication (offscreen) when a PDF is asked for.
using ApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int &argc, char **argv)>;
void registerApplicationFactory(ApplicationFactory factory);
struct ApplicationFactoryRegistrar
{
    explicit ApplicationFactoryRegistrar(ApplicationFactory factory) { registerApplicationFactory(std::move(factory)); }
};

int run(int argc, char **argv);

// The executor currently running, for the SIGINT handler (nullptr when none).
void setActiveExecutor(Executor *executor);

// JSON helpers shared by the commands.
QString toJson(const QVariant &value);

} // namespace gma::cli
