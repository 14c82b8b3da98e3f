// The seed's production deployment as data: a deployment profile (the maintenance window and the
// commands around the migration), the commands' runner, and the record of a deployment's stages
// that the deployment report shows.
// Thread rule: DeployProfile and DeploymentRecord are plain values (any thread). HookRunner::run
// blocks until its command ends or times out: call it on the thread that drives the deployment
// (the CLI's main thread, or a worker), never on a GUI thread; cancel() may come from any thread
// or a signal handler (an atomic store).
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>
#include <atomic>
#include <optional>

namespace gma {

// One command of a profile: run by /bin/sh -c in its own process group, killed (with everything it
// started) when it runs longer than timeoutMs.
struct DeployHook
{
    QString command;
    qint64 timeoutMs = 60000;
    int line = 0; // in the profile, for messages
};

// A profile file, line by line (# starts a comment):
//   window = 15min                 the maintenance window (the seed announces 15 minutes)
//   timeout = 60s                  the timeout of the commands that follow (default 60 s)
//   before = <command>             run first, in order (maintenance mode on); a failure stops
//   after = <command>              run last, in every case (health check, maintenance mode off)
//   failure = <command>            run when a stage failed, before the after commands
//   backup = yes|no                take a backup before migrating (default yes)
//   vacuum = yes|no                VACUUM (ANALYZE) after the data steps (default yes)
struct DeployProfile
{
    QString path;
    qint64 windowMs = 15 * 60 * 1000;
    QList<DeployHook> before;
    QList<DeployHook> after;
    QList<DeployHook> onFailure;
    bool backup = true;
    bool vacuum = true;

    // $XDG_CONFIG_HOME/gma-migrator/deploy/<name>.conf (name "default" when empty); a name with a
    // slash or ending in .conf is a path and is returned as it is.
    static QString pathFor(const QString &nameOrPath);
    // nullopt with one sentence naming the file and line when the text cannot be used.
    static std::optional<DeployProfile> parse(const QString &text, const QString &path, QString *error);
    static std::optional<DeployProfile> load(const QString &path, QString *error);
    // The profile as a file parse() reads back to the same profile (the desktop app's editor, and
    // `deploy --init-profile` with the seed's commands as an example).
    QString toText() const;
    bool save(QString *error) const;
    // The seed's runbook: a 15-minute window, maintenance mode on before, the health check and
    // maintenance mode off after, maintenance mode off on failure (Django's manage.py commands).
    static DeployProfile seedExample();
};

struct HookResult
{
    DeployHook hook;
    bool ok = false;       // exit code 0 within the timeout
    bool timedOut = false;
    bool cancelled = false;
    int exitCode = -1;
    qint64 ms = 0;
    QString output;        // stdout and stderr merged, at most kMaxOutput characters (the end kept)
    QString error;         // one sentence when !ok
    static constexpr int kMaxOutput = 64 * 1024;
};

class HookRunner
{
public:
    // `environment`: added to the tool's own (without PGPASSWORD, which is removed), e.g. the
    // connection's PGHOST... and GMA_DEPLOY_STAGE.
    HookResult run(const DeployHook &hook, const QMap<QString, QString> &environment);
    void cancel() { m_cancelled.store(true); }

private:
    std::atomic<bool> m_cancelled{false};
};

struct DeployStage
{
    enum class Outcome { Ok, Warning, Failed, Skipped };
    QString name;      // "before", "backup", "preflight", "migrate", "verify", "validate", ...
    Outcome outcome = Outcome::Skipped;
    QDateTime started; // UTC
    qint64 ms = 0;
    QString detail;    // one sentence
    QList<HookResult> hooks;
    QString outcomeText() const; // "ok", "warning", "failed", "skipped"
};

struct DeploymentRecord
{
    QString profilePath;
    qint64 windowMs = 0;
    QDateTime started; // UTC
    QList<DeployStage> stages;
    QString outcome;   // one sentence: deployed, or which stage failed and what state it left
    bool ok = false;
    qint64 elapsedMs() const; // from the first stage's start to the last one's end
    QVariantMap toVariant() const;
};

// The seed's "verify immediately" after migrate, `SELECT COUNT(*) FROM characters_character WHERE
// created_by_id IS NULL` (should return 0), for each of the strategy's tables; reads under the
// default ReadGuard limits. Runs on the thread that owns `db`.
struct ImmediateCheck
{
    QString table;
    QString sql;
    qint64 nulls = -1; // -1: the query failed (error says why)
    QString error;
    bool ok() const { return nulls == 0; }
};
QList<ImmediateCheck> verifyImmediately(QSqlDatabase &db);

} // namespace gma
