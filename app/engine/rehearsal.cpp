#include "rehearsal.h"

#include "backup.h"
#include "format.h"
#include "schemacontract.h"
#include "sqlutil.h"
#include "state.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace gma {

namespace {

// The (app, name) pairs of django_migrations rows as a backup records them.
QSet<QString> recordedNames(const QVariantList &rows)
{
    QSet<QString> out;
    for (const QVariant &r : rows) {
        const QVariantMap m = r.toMap();
        out.insert(m.value(QStringLiteral("app")).toString() + QLatin1Char('.') + m.value(QStringLiteral("name")).toString());
    }
    return out;
}

QString failedChecks(const ValidationResult &v)
{
    if (!v.error.isEmpty())
        return v.error;
    QStringList names;
    for (const CheckResult &c : v.checks) {
        if (c.status == CheckResult::Status::Fail)
            names << c.name;
    }
    return names.join(QStringLiteral("; "));
}

} // namespace

qint64 RehearsalResult::stageMs(const QString &name) const
{
    for (const RehearsalStage &s : stages) {
        if (s.name == name)
            return s.ms;
    }
    return 0;
}

QString Rehearsal::stageBackup()
{
    return QCoreApplication::translate("gma::Rehearsal", "Backup");
}
QString Rehearsal::stageRestore()
{
    return QCoreApplication::translate("gma::Rehearsal", "Restore into the scratch database");
}
QString Rehearsal::stagePlan()
{
    return QCoreApplication::translate("gma::Rehearsal", "Plan on the copy");
}
QString Rehearsal::stageValidatePlan()
{
    return QCoreApplication::translate("gma::Rehearsal", "Validation after the plan");
}
QString Rehearsal::stageReverse()
{
    return QCoreApplication::translate("gma::Rehearsal", "Reverse on the copy");
}
QString Rehearsal::stageValidateReverse()
{
    return QCoreApplication::translate("gma::Rehearsal", "Validation after the reverse");
}
QString Rehearsal::stageDrop()
{
    return QCoreApplication::translate("gma::Rehearsal", "Drop the scratch database");
}

Rehearsal::Rehearsal(QSqlDatabase source, ConnectionSettings settings, MigrationCatalogue catalogue, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_settings(std::move(settings)), m_catalogue(std::move(catalogue))
{
}

Rehearsal::~Rehearsal() = default;

void Rehearsal::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_mutex);
    if (m_backup)
        m_backup->cancel();
    if (m_executor)
        m_executor->cancel();
}

QString Rehearsal::scratchName(const QString &database, const QDateTime &when)
{
    const QString suffix = QStringLiteral("_gma_rehearsal_") + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    return database.left(63 - suffix.size()) + suffix;
}

Plan Rehearsal::reversed(const Plan &plan)
{
    Plan out;
    for (auto it = plan.steps.crbegin(); it != plan.steps.crend(); ++it)
        out.steps.append({it->key, !it->backwards});
    return out;
}

QMap<QString, QString> Rehearsal::rowChecksums(QSqlDatabase &db, QString *error)
{
    QMap<QString, QString> out;
    const QList<SchemaEntry> reference = Validation::parseDump(Validation::referenceDump(QString::fromLatin1(strategy::kBaselinePrefix)));
    for (const QString &table : Validation::contractTables()) {
        if (table == QLatin1String("django_migrations"))
            continue; // changes by design
        QStringList columns;
        for (const SchemaEntry &e : reference) {
            if (e.table == table && e.kind == QLatin1String("column"))
                columns << sql::quoteIdent(e.name);
        }
        const sql::Rows r = sql::query(
            db, QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r.id)), '') "
                               "FROM (SELECT %1 FROM %2) r")
                    .arg(columns.join(QStringLiteral(", ")), sql::quoteIdent(table)));
        if (!r.ok || r.rows.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("gma::Rehearsal", "Cannot read the rows of %1: %2")
                             .arg(table, sql::message(r.error));
            return {};
        }
        out.insert(table, r.rows.first().value(0).toString());
    }
    return out;
}

std::optional<BackupRecord> Rehearsal::matchingBackup(QString *why)
{
    QString error;
    const auto state = MigrationState::read(m_source, &error);
    if (!state) {
        *why = error;
        return std::nullopt;
    }
    QSet<QString> now;
    for (auto it = state->applied.cbegin(); it != state->applied.cend(); ++it)
        now.insert(it.key().app + QLatin1Char('.') + it.key().name);
    for (const BackupRecord &b : BackupCatalogue::list(m_source, &error)) {
        if (!b.verified || !QFileInfo::exists(b.path) || recordedNames(b.migrationState) != now)
            continue;
        if (BackupManager::checksum(b.path) != b.sha256)
            continue; // changed since it was verified
        return b;
    }
    *why = QCoreApplication::translate(
        "gma::Rehearsal",
        "no verified backup in the catalogue holds the migration state the database has now");
    return std::nullopt;
}

RunResult Rehearsal::runOnCopy(QSqlDatabase &copy, const Plan &plan, const RunOptions &options, bool reverse)
{
    Executor executor(copy, m_catalogue);
    connect(&executor, &Executor::stepFinished, this,
            [this, reverse](int index, const StepResult &r) { emit stepFinished(reverse, index, r); });
    connect(&executor, &Executor::message, this, &Rehearsal::message);
    {
        QMutexLocker lock(&m_mutex);
        m_executor = &executor;
    }
    if (cancelled())
        executor.cancel();
    RunResult r = executor.run(plan, options);
    QMutexLocker lock(&m_mutex);
    m_executor = nullptr;
    return r;
}

RehearsalResult Rehearsal::run(const Plan &plan, const RehearsalOptions &options)
{
    RehearsalResult result; // a cancel that came before run() stays in force (nothing is started then)
    const ServerInfo info = Database::serverInfo(m_source);
    ConnectionSettings scratch = options.server ? *options.server : m_settings;
    result.scratchDatabase = scratchName(info.database, QDateTime::currentDateTimeUtc());
    scratch.database = result.scratchDatabase;
    result.scratchServer = scratch.displayName();

    auto fail = [&](RehearsalResult::Status status, const QString &error) {
        if (result.status == RehearsalResult::Status::Success) {
            result.status = status;
            result.error = error;
        }
    };
    auto stage = [&](const QString &name) {
        emit stageStarted(name);
        QElapsedTimer t;
        t.start();
        return t;
    };
    auto finish = [&](const QString &name, const QElapsedTimer &t, bool ok, const QString &detail) {
        RehearsalStage s{name, ok, t.elapsed(), detail};
        result.stages << s;
        emit stageFinished(s);
        return ok;
    };
    auto stopped = [&]() {
        if (cancelled())
            fail(RehearsalResult::Status::Cancelled,
                 QCoreApplication::translate("gma::Rehearsal", "The rehearsal was cancelled."));
        return !result.ok();
    };

    // The backup: an existing verified one when it matches, else a fresh one.
    BackupManager backups(m_source, m_settings);
    connect(&backups, &BackupManager::phaseChanged, this, &Rehearsal::message);
    {
        QMutexLocker lock(&m_mutex);
        m_backup = &backups;
    }
    {
        QElapsedTimer t = stage(stageBackup());
        QString why;
        std::optional<BackupRecord> existing;
        if (cancelled())
            why = QCoreApplication::translate("gma::Rehearsal", "cancelled");
        else if (options.freshBackup)
            why = QCoreApplication::translate("gma::Rehearsal", "a fresh one was asked for");
        else
            existing = matchingBackup(&why);
        if (existing) {
            result.backup = *existing;
            finish(stageBackup(), t, true,
                   QCoreApplication::translate("gma::Rehearsal", "Using the verified backup #%1 of %2 (%3).")
                       .arg(existing->id)
                       .arg(existing->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                            existing->path));
        } else if (!cancelled()) {
            BackupOptions bo;
            bo.pgBinDir = options.pgBinDir;
            bo.note = QLatin1String(BackupNotes::kRehearsal);
            if (!options.backupDirectory.isEmpty())
                bo.outputPath = BackupManager::defaultPath(options.backupDirectory, info.database, bo.format,
                                                           QDateTime::currentDateTime());
            const BackupResult b = backups.backup(bo);
            result.backup = b.record;
            result.freshBackup = b.ok();
            if (!b.ok() || !b.record.verified)
                fail(b.status == BackupResult::Status::Cancelled ? RehearsalResult::Status::Cancelled
                                                                  : RehearsalResult::Status::Failed,
                     b.ok() ? b.warning : b.error);
            finish(stageBackup(), t, result.ok(),
                   result.ok()
                       ? QCoreApplication::translate("gma::Rehearsal", "Took a fresh backup, %1 (%2).")
                             .arg(b.record.path, why)
                       : result.error);
        } else {
            fail(RehearsalResult::Status::Cancelled,
                 QCoreApplication::translate(
                     "gma::Rehearsal", "The rehearsal was cancelled before it began; nothing was done."));
            finish(stageBackup(), t, false, result.error);
        }
    }

    // The scratch database.
    std::optional<QSqlDatabase> copy;
    const QString connName = Database::uniqueName(QStringLiteral("rehearsal"));
    if (!stopped()) {
        QElapsedTimer t = stage(stageRestore());
        RestoreOptions ro;
        ro.target = scratch;
        ro.pgBinDir = options.pgBinDir;
        const RestoreResult r = backups.restore(result.backup.path, ro);
        result.scratchCreated = r.createdDatabase;
        if (!r.ok()) {
            fail(r.status == RestoreResult::Status::Cancelled ? RehearsalResult::Status::Cancelled
                                                              : RehearsalResult::Status::Failed,
                 r.error);
        } else if (!r.createdDatabase) {
            fail(RehearsalResult::Status::Refused,
                 QCoreApplication::translate(
                     "gma::Rehearsal",
                     "The scratch database \"%1\" already existed, so the rehearsal left it alone: drop it "
                     "and try again.")
                     .arg(result.scratchDatabase));
        } else {
            ConnectError cerr;
            copy = Database::open(scratch, connName, &cerr);
            if (!copy)
                fail(RehearsalResult::Status::Failed, cerr.message);
        }
        if (copy) {
            // The copy's catalogue gets the backup it holds, so that the row counts are compared with it.
            BackupRecord held = result.backup;
            QString error;
            if (!BackupCatalogue::add(*copy, &held, &error))
                emit message(error);
        }
        finish(stageRestore(), t, result.ok(),
               result.ok() ? QCoreApplication::translate("gma::Rehearsal", "Restored into \"%1\" on %2.")
                                 .arg(result.scratchDatabase, result.scratchServer)
                           : result.error);
    }

    RunOptions run = options.run;
    run.dryRun = false;
    run.fake = false;
    run.fakeInitial = false;
    run.force = false;
    run.vacuumAnalyze = false;
    QMap<QString, QString> before;
    if (!stopped()) {
        QString error;
        before = rowChecksums(*copy, &error);
        if (before.isEmpty())
            fail(RehearsalResult::Status::Failed, error);
    }

    // The plan, then the validation.
    if (!stopped()) {
        QElapsedTimer t = stage(stagePlan());
        result.forward = runOnCopy(*copy, plan, run, false);
        if (!result.forward.ok())
            fail(result.forward.status == RunResult::Status::Cancelled ? RehearsalResult::Status::Cancelled
                                                                       : RehearsalResult::Status::Failed,
                 QCoreApplication::translate("gma::Rehearsal", "The plan failed on the copy: %1")
                     .arg(result.forward.error));
        finish(stagePlan(), t, result.ok(),
               result.ok() ? QCoreApplication::translate("gma::Rehearsal", "%Ln step(s).", nullptr,
                                                         int(result.forward.steps.size()))
                           : result.error);
    }
    ValidationOptions vo;
    vo.cancel = &m_cancelled;
    if (!stopped()) {
        QElapsedTimer t = stage(stageValidatePlan());
        result.afterForward = Validation::run(*copy, m_catalogue, vo);
        if (!result.afterForward.ok() && !cancelled())
            fail(RehearsalResult::Status::Failed,
                 QCoreApplication::translate("gma::Rehearsal",
                                             "The validation after the plan failed on the copy: %1.")
                     .arg(failedChecks(result.afterForward)));
        const int passedForward = int(result.afterForward.count(CheckResult::Status::Pass));
        const QString passed = QCoreApplication::translate("gma::Rehearsal", "%Ln check(s) passed at %1.", nullptr,
                                                           passedForward)
                                   .arg(result.afterForward.state.summary());
        finish(stageValidatePlan(), t, result.ok(), result.ok() ? passed : result.error);
    }

    // The reverse, then the validation and the rows.
    if (!stopped()) {
        QElapsedTimer t = stage(stageReverse());
        result.backward = runOnCopy(*copy, reversed(plan), run, true);
        if (!result.backward.ok())
            fail(result.backward.status == RunResult::Status::Cancelled ? RehearsalResult::Status::Cancelled
                                                                        : RehearsalResult::Status::Failed,
                 QCoreApplication::translate("gma::Rehearsal", "The reverse failed on the copy: %1")
                     .arg(result.backward.error));
        finish(stageReverse(), t, result.ok(),
               result.ok() ? QCoreApplication::translate("gma::Rehearsal", "%Ln step(s).", nullptr,
                                                         int(result.backward.steps.size()))
                           : result.error);
    }
    if (!stopped()) {
        QElapsedTimer t = stage(stageValidateReverse());
        result.afterBackward = Validation::run(*copy, m_catalogue, vo);
        QString error;
        const QMap<QString, QString> after = rowChecksums(*copy, &error);
        QStringList differ;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                differ << it.key();
        }
        result.rowsPreserved = !after.isEmpty() && differ.isEmpty();
        result.rowsDifference = after.isEmpty() ? error : differ.join(QStringLiteral(", "));
        if (!result.afterBackward.ok() && !cancelled())
            fail(RehearsalResult::Status::Failed,
                 QCoreApplication::translate("gma::Rehearsal",
                                             "The validation after the reverse failed on the copy: %1.")
                     .arg(failedChecks(result.afterBackward)));
        else if (!result.rowsPreserved && !cancelled())
            fail(RehearsalResult::Status::Failed,
                 QCoreApplication::translate(
                     "gma::Rehearsal", "After the reverse the rows differ from those before the plan (%1).")
                     .arg(result.rowsDifference));
        const int passedBackward = int(result.afterBackward.count(CheckResult::Status::Pass));
        const QString passed = QCoreApplication::translate(
                                   "gma::Rehearsal", "%Ln check(s) passed at %1; every row as before.", nullptr,
                                   passedBackward)
                                   .arg(result.afterBackward.state.summary());
        finish(stageValidateReverse(), t, result.ok(), result.ok() ? passed : result.error);
        stopped();
    }

    // The scratch database goes, whatever happened.
    {
        QMutexLocker lock(&m_mutex);
        m_backup = nullptr;
    }
    copy.reset();
    Database::close(connName);
    if (result.scratchCreated) {
        QElapsedTimer t = stage(stageDrop());
        QString error;
        result.scratchDropped = BackupManager::dropDatabase(scratch, &error);
        if (!result.scratchDropped)
            result.dropError =
                QCoreApplication::translate(
                    "gma::Rehearsal", "The scratch database \"%1\" on %2 could not be dropped (%3): drop it "
                                      "yourself.")
                    .arg(result.scratchDatabase, result.scratchServer, error);
        finish(
            stageDrop(), t, result.scratchDropped,
            result.scratchDropped
                ? QCoreApplication::translate("gma::Rehearsal", "Dropped \"%1\".").arg(result.scratchDatabase)
                : result.dropError);
    }
    return result;
}

} // namespace gma
