// Rehearsal on a copy: the latest verified backup whose migration state is the source's (or a fresh
// one), restored into a scratch database (<db>_gma_rehearsal_<timestamp>) on the source's server or
// on another one, the plan and then its reverse run there with the Executor as a real run would,
// each followed by the validation (validation.h: seed checks, integrity, schema against the
// contract) and, after the reverse, the rows compared with those before; the stages' and steps'
// durations measured as the estimate for production; the scratch database dropped at the end, also
// after a failure or a cancel. Nothing is written to the source database except the catalogue row
// of a fresh backup, and nothing at all when an existing verified backup is used.
// Thread rule: a Rehearsal lives on the thread that owns the source's QSqlDatabase connection; run()
// blocks that thread and opens the scratch database's connections on it. Signals are emitted on that
// thread; connect with Qt::QueuedConnection from other threads. cancel() is the only method safe to
// call from any thread. The result structs are plain values.
#pragma once

#include "backupcatalogue.h"
#include "catalogue.h"
#include "connection.h"
#include "executor.h"
#include "planner.h"
#include "validation.h"

#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <atomic>
#include <optional>

namespace gma {

class BackupManager;

struct RehearsalOptions
{
    // The server the scratch database is created on; nullopt: the source's server. Its database
    // field is ignored (the scratch database is named by the rehearsal).
    std::optional<ConnectionSettings> server;
    bool freshBackup = false;   // take a new backup even when a verified one matches
    QString backupDirectory;    // for a fresh backup; empty: BackupManager::defaultDirectory()
    QString pgBinDir;
    RunOptions run;             // batch size, timeouts; never dryRun, fake or vacuum on the copy
};

// One stage of the rehearsal ("Backup", "Restore", "Plan", "Validation after the plan", ...).
struct RehearsalStage
{
    QString name;
    bool ok = false;
    qint64 ms = 0;
    QString detail; // what it did or why it failed, one sentence
};

struct RehearsalResult
{
    enum class Status { Success, Failed, Cancelled, Refused };
    Status status = Status::Success;
    QString error; // one sentence
    QString scratchDatabase;
    QString scratchServer; // displayName() of the server, never a password
    bool scratchCreated = false;
    bool scratchDropped = false;
    QString dropError; // when the drop failed: the sentence, naming the database
    BackupRecord backup;
    bool freshBackup = false; // taken for this rehearsal (recorded in the source's catalogue)
    QList<RehearsalStage> stages;
    RunResult forward;  // the plan on the copy
    RunResult backward; // its reverse on the copy
    ValidationResult afterForward;
    ValidationResult afterBackward;
    bool rowsPreserved = false; // the rows after the reverse equal those before the plan
    QString rowsDifference;     // the tables whose rows differ
    bool ok() const { return status == Status::Success; }
    qint64 stageMs(const QString &name) const;
};

class Rehearsal : public QObject
{
    Q_OBJECT
public:
    // `source` is the open connection to the database to rehearse; `settings` its settings.
    Rehearsal(QSqlDatabase source, ConnectionSettings settings, MigrationCatalogue catalogue,
              QObject *parent = nullptr);
    ~Rehearsal() override;

    RehearsalResult run(const Plan &plan, const RehearsalOptions &options);
    // Stops at the next safe point (the running backup, restore or step is cancelled); the scratch
    // database is still dropped. A cancel before run() makes it return Cancelled having done
    // nothing; it stays in force (a Rehearsal runs once). Any thread.
    void cancel();

    // "<db>_gma_rehearsal_<yyyyMMddHHmmss>", at most 63 characters.
    static QString scratchName(const QString &database, const QDateTime &when);
    // The plan that undoes `plan`: its steps in reverse order, each in the other direction.
    static Plan reversed(const Plan &plan);
    // Per GMA table, "count:md5 of its rows over the columns they have at 0002" (what the migration
    // must not change); empty with *error when a table cannot be read.
    static QMap<QString, QString> rowChecksums(QSqlDatabase &db, QString *error);

    // The stage names, in their order.
    static QString stageBackup();
    static QString stageRestore();
    static QString stagePlan();
    static QString stageValidatePlan();
    static QString stageReverse();
    static QString stageValidateReverse();
    static QString stageDrop();

signals:
    void stageStarted(const QString &name);
    void stageFinished(const gma::RehearsalStage &stage);
    // A step on the copy finished; `reverse`: of the reverse plan.
    void stepFinished(bool reverse, int index, const gma::StepResult &result);
    void message(const QString &text);

private:
    // The newest verified backup of the source whose file is intact and whose recorded migrations
    // are the source's now; nullopt when there is none.
    std::optional<BackupRecord> matchingBackup(QString *why);
    RunResult runOnCopy(QSqlDatabase &copy, const Plan &plan, const RunOptions &options, bool reverse);
    bool cancelled() const { return m_cancelled.load(); }

    QSqlDatabase m_source;
    ConnectionSettings m_settings;
    MigrationCatalogue m_catalogue;
    std::atomic_bool m_cancelled{false};
    QMutex m_mutex; // guards the two pointers below against cancel() from another thread
    BackupManager *m_backup = nullptr;
    Executor *m_executor = nullptr;
};

} // namespace gma

Q_DECLARE_METATYPE(gma::RehearsalStage)
Q_DECLARE_METATYPE(gma::RehearsalResult)
