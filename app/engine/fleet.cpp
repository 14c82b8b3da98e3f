#include "fleet.h"

#include "backup.h"
#include "format.h"
#include "locks.h"
#include "planner.h"
#include "reportwriter.h"
#include "state.h"
#include "status.h"
#include "strategy.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QThreadPool>

namespace gma {

// The work running now, so that a cancel reaches it: executors, backups and the statements of
// read-only work (through their connection's cancel handle).
struct FleetRunner::Running
{
    QMutex mutex;
    QHash<int, Executor *> executors;
    QHash<int, BackupManager *> backups;
    QHash<int, std::shared_ptr<CancelHandle>> handles;

    void cancelAll()
    {
        QMutexLocker lock(&mutex);
        for (Executor *e : std::as_const(executors))
            e->cancel();
        for (BackupManager *b : std::as_const(backups))
            b->cancel();
        // A target's own statements only where no executor or backup runs: those cancel themselves,
        // and a second server-side cancel could hit the statement that records how they ended.
        for (auto it = handles.cbegin(); it != handles.cend(); ++it) {
            if (!executors.contains(it.key()) && !backups.contains(it.key()))
                it.value()->cancel();
        }
    }
};

namespace {

const char *const kOutcomeNames[] = {"success", "nothing-to-do", "not-started", "check-failed",
                                     "refused", "unreachable",   "cancelled",   "failed"};

// Registers `value` under `index` in `map` while alive; cancels it at once when the rollout is
// already being cancelled (a cancel passed on before it registered would miss it).
template <typename T, typename Cancel>
class Registration
{
public:
    Registration(QMutex &mutex, QHash<int, T> &map, int index, T value, const std::atomic_bool &cancelled,
                 Cancel cancel)
        : m_mutex(mutex), m_map(map), m_index(index)
    {
        {
            QMutexLocker lock(&m_mutex);
            m_map.insert(index, value);
        }
        if (cancelled.load())
            cancel(value);
    }
    ~Registration()
    {
        QMutexLocker lock(&m_mutex);
        m_map.remove(m_index);
    }
    Registration(const Registration &) = delete;
    Registration &operator=(const Registration &) = delete;

private:
    QMutex &m_mutex;
    QHash<int, T> &m_map;
    int m_index;
};

FleetResult::Outcome outcomeOf(RunResult::Status status)
{
    switch (status) {
    case RunResult::Status::Success:
        return FleetResult::Outcome::Success;
    case RunResult::Status::Refused:
        return FleetResult::Outcome::Refused;
    case RunResult::Status::Cancelled:
        return FleetResult::Outcome::Cancelled;
    case RunResult::Status::Failed:
        break;
    }
    return FleetResult::Outcome::Failed;
}

QString statusSummary(const MigrationStatusList &list)
{
    int applied = 0, pending = 0, drift = 0;
    for (const MigrationStatusEntry &e : list) {
        applied += e.applied ? 1 : 0;
        pending += e.applied ? 0 : 1;
        drift += e.drift ? 1 : 0;
    }
    const QLocale locale;
    if (drift)
        return QCoreApplication::translate("gma::FleetRunner",
                                           "%1 applied, %2 pending, %3 with checksum drift")
            .arg(format::count(applied, locale), format::count(pending, locale),
                 format::count(drift, locale));
    return QCoreApplication::translate("gma::FleetRunner", "%1 applied, %2 pending")
        .arg(format::count(applied, locale), format::count(pending, locale));
}

void setFailure(FleetResult *r, FleetResult::Outcome outcome, const QString &phase, const QString &error)
{
    r->outcome = outcome;
    r->phase = phase;
    r->error = error;
}

} // namespace

QString FleetResult::outcomeName(Outcome outcome)
{
    return format::enumName(outcome, kOutcomeNames);
}

QString FleetResult::outcomeText(Outcome outcome)
{
    // In the order of Outcome.
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("gma::FleetResult", "success"),       QT_TRANSLATE_NOOP("gma::FleetResult", "nothing to do"),
        QT_TRANSLATE_NOOP("gma::FleetResult", "not started"),   QT_TRANSLATE_NOOP("gma::FleetResult", "checks failed"),
        QT_TRANSLATE_NOOP("gma::FleetResult", "refused"),       QT_TRANSLATE_NOOP("gma::FleetResult", "unreachable"),
        QT_TRANSLATE_NOOP("gma::FleetResult", "cancelled"),     QT_TRANSLATE_NOOP("gma::FleetResult", "failed")};
    const auto i = std::size_t(outcome);
    return i < std::size(texts) ? QCoreApplication::translate("gma::FleetResult", texts[i]) : QString();
}

QString FleetResult::phaseText(const QString &phase)
{
    static const char *const phases[] = {
        QT_TRANSLATE_NOOP("gma::FleetResult", "connect"), QT_TRANSLATE_NOOP("gma::FleetResult", "state"),
        QT_TRANSLATE_NOOP("gma::FleetResult", "preflight"), QT_TRANSLATE_NOOP("gma::FleetResult", "backup"),
        QT_TRANSLATE_NOOP("gma::FleetResult", "plan"),      QT_TRANSLATE_NOOP("gma::FleetResult", "run"),
        QT_TRANSLATE_NOOP("gma::FleetResult", "canary"),    QT_TRANSLATE_NOOP("gma::FleetResult", "rollout")};
    for (const char *p : phases)
        if (phase == QLatin1String(p))
            return QCoreApplication::translate("gma::FleetResult", p);
    return phase;
}

QVariantMap FleetResult::toVariant() const
{
    QVariantMap m{{QStringLiteral("label"), label},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("phase"), phase},
                  {QStringLiteral("state_before"), stateBefore.apps.isEmpty() ? QString() : stateBefore.code()},
                  {QStringLiteral("state_after"), stateAfter.apps.isEmpty() ? QString() : stateAfter.code()},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("duration_ms"), ms},
                  {QStringLiteral("error"), error},
                  {QStringLiteral("detail"), detail}};
    for (auto it = data.begin(); it != data.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

namespace Fleet {

std::optional<QList<FleetTarget>> parseTargets(const QString &text, const ConnectionSettings &defaults,
                                               QString *error)
{
    static const QRegularExpression labelled(QStringLiteral("^([A-Za-z0-9_.\\-]+):\\s+(.+)$"));
    static const QRegularExpression comment(QStringLiteral("(^|\\s)#.*$"));
    QList<FleetTarget> targets;
    QSet<QString> labels;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto fail = [error](int line, const QString &sentence) {
        if (error)
            *error = QCoreApplication::translate("gma::FleetRunner", "Line %1 of the targets file: %2")
                         .arg(line)
                         .arg(sentence);
        return std::nullopt;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines.at(i)).remove(comment).trimmed();
        if (line.isEmpty())
            continue;
        FleetTarget t;
        t.line = i + 1;
        t.spec = line;
        const QRegularExpressionMatch m = labelled.match(line);
        if (m.hasMatch()) {
            t.label = m.captured(1);
            t.spec = m.captured(2).trimmed();
        }
        QString parseError;
        const auto parsed = ConnectionSettings::parse(t.spec, &parseError);
        if (!parsed)
            return fail(t.line, parseError);
        if (!parsed->password.isEmpty() || parsed->options.contains(QStringLiteral("sslpassword")))
            return fail(t.line,
                        QCoreApplication::translate("gma::FleetRunner",
                                                    "it holds a password; keep passwords in ~/.pgpass or the "
                                                    "environment, never in the targets file."));
        // A service's own settings (pg_service.conf) come before the environment, as in libpq.
        const QString service = parsed->options.value(QStringLiteral("service"));
        t.settings = service.isEmpty() ? parsed->withDefaults(defaults) : *parsed;
        if (!service.isEmpty() && t.settings.password.isEmpty())
            t.settings.password = defaults.password;
        if (t.label.isEmpty())
            t.label = !service.isEmpty() ? service : t.settings.database;
        if (t.label.isEmpty())
            t.label = QStringLiteral("line-%1").arg(t.line);
        if (labels.contains(t.label))
            return fail(t.line,
                        QCoreApplication::translate(
                            "gma::FleetRunner", "the label \"%1\" is used twice; give each target its own "
                                                "label (LABEL: connection).")
                            .arg(t.label));
        labels.insert(t.label);
        targets << t;
    }
    if (targets.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "gma::FleetRunner", "The targets file lists no database: write one connection per line.");
        return std::nullopt;
    }
    return targets;
}

std::optional<QList<FleetTarget>> readTargets(const QString &path, const ConnectionSettings &defaults,
                                              QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("gma::FleetRunner", "Cannot read the targets file %1: %2.")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    return parseTargets(QString::fromUtf8(file.readAll()), defaults, error);
}

FleetResult::Outcome worst(const QList<FleetResult> &results)
{
    FleetResult::Outcome out = FleetResult::Outcome::Success;
    for (const FleetResult &r : results)
        out = std::max(out, r.outcome);
    return out;
}

} // namespace Fleet

FleetRunner::FleetRunner(MigrationCatalogue catalogue, QList<FleetTarget> targets, FleetOptions options,
                         QObject *parent)
    : QObject(parent), m_catalogue(std::move(catalogue)), m_targets(std::move(targets)),
      m_options(std::move(options)), m_live(std::make_unique<Running>())
{
    qRegisterMetaType<gma::FleetResult>();
}

FleetRunner::~FleetRunner() = default;

QList<FleetResult> FleetRunner::run()
{
    m_results.clear();
    for (const FleetTarget &t : std::as_const(m_targets)) {
        FleetResult r;
        r.label = t.label;
        r.database = t.settings.displayName();
        m_results << r;
    }
    QList<int> all;
    for (int i = 0; i < m_targets.size(); ++i)
        all << i;
    const bool rollout =
        m_options.command == FleetCommand::Migrate || m_options.command == FleetCommand::Rollback;
    if (!rollout) {
        runPhase(QStringLiteral("run"), all, m_options.parallel, false);
        return m_results;
    }
    runPhase(QStringLiteral("preflight"), all, m_options.parallel, false);
    QList<int> ready;
    QStringList failed;
    for (int i : all) {
        if (m_results.at(i).outcome == FleetResult::Outcome::Success)
            ready << i;
        else if (!m_results.at(i).ok())
            failed << m_results.at(i).label;
    }
    const auto notStarted = [this](const QList<int> &indexes, const QString &why) {
        for (int i : indexes)
            setFailure(&m_results[i], FleetResult::Outcome::NotStarted, QStringLiteral("preflight"), why);
    };
    if (!failed.isEmpty() && !m_options.continueOnError) {
        notStarted(ready, QCoreApplication::translate(
                              "gma::FleetRunner",
                              "Not started: %1 did not pass; fix it or pass --continue-on-error.")
                              .arg(failed.join(QStringLiteral(", "))));
        return m_results;
    }
    const QList<int> canary = ready.mid(0, std::max(0, m_options.canary));
    const QList<int> rest = ready.mid(canary.size());
    runPhase(QStringLiteral("canary"), canary, 1, true);
    QStringList canaryFailed;
    for (int i : canary) {
        if (!m_results.at(i).ok())
            canaryFailed << m_results.at(i).label;
    }
    if (!canaryFailed.isEmpty()) {
        notStarted(rest, QCoreApplication::translate("gma::FleetRunner",
                                                     "Not started: the canary %1 did not succeed.")
                             .arg(canaryFailed.join(QStringLiteral(", "))));
        return m_results;
    }
    runPhase(QStringLiteral("rollout"), rest, m_options.parallel, !m_options.continueOnError);
    return m_results;
}

void FleetRunner::runPhase(const QString &phase, const QList<int> &indexes, int parallel, bool stopOnFailure)
{
    if (indexes.isEmpty())
        return;
    emit phaseStarted(phase, int(indexes.size()));
    m_stopStarting.store(false);
    QMutex resultsMutex;
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, parallel));
    for (int index : indexes) {
        pool.start([this, index, phase, stopOnFailure, &resultsMutex] {
            FleetResult r;
            if (m_cancel.load() || m_stopStarting.load()) {
                QMutexLocker lock(&resultsMutex);
                setFailure(
                    &m_results[index], FleetResult::Outcome::NotStarted, phase,
                    m_cancel.load()
                        ? QCoreApplication::translate("gma::FleetRunner",
                                                      "Not started: the rollout was cancelled.")
                        : QCoreApplication::translate("gma::FleetRunner",
                                                      "Not started: the rollout stopped after a failure."));
                r = m_results.at(index);
            } else {
                emit targetStarted(index, phase);
                FleetResult base;
                {
                    QMutexLocker lock(&resultsMutex);
                    base = m_results.at(index);
                }
                ++m_running;
                r = runTarget(index, phase, base);
                --m_running;
                if (!r.ok() && stopOnFailure)
                    m_stopStarting.store(true);
                QMutexLocker lock(&resultsMutex);
                // A rollout's result keeps what its preflight found.
                for (auto it = m_results.at(index).data.begin(); it != m_results.at(index).data.end(); ++it) {
                    if (!r.data.contains(it.key()))
                        r.data.insert(it.key(), it.value());
                }
                m_results[index] = r;
            }
            emit targetFinished(index, r);
        });
    }
    // On the application's thread queued signals (progress to a command line's printer) are
    // delivered while it waits; on another thread they go to their receivers' threads anyway.
    const bool mainThread =
        QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
    bool passedOn = false;
    while (!pool.waitForDone(50)) {
        if (mainThread)
            QCoreApplication::processEvents();
        if (m_cancel.load() && !passedOn) {
            passedOn = true;
            m_live->cancelAll();
        }
    }
    if (mainThread)
        QCoreApplication::processEvents();
}

FleetResult FleetRunner::runTarget(int index, const QString &phase, FleetResult base)
{
    FleetResult r = std::move(base);
    r.data.clear();
    r.report.reset();
    r.error.clear();
    r.detail.clear();
    QElapsedTimer timer;
    timer.start();
    const QString name = Database::uniqueName(QStringLiteral("fleet"));
    {
        ConnectError error;
        auto db = Database::open(m_targets.at(index).settings, name, &error);
        if (!db) {
            setFailure(&r, FleetResult::Outcome::Unreachable, QStringLiteral("connect"), error.message);
        } else {
            auto handle = std::make_shared<CancelHandle>(*db);
            // Cancelled by cancelAll() only: a cancel sent before any statement runs could hit a later one.
            Registration reg(m_live->mutex, m_live->handles, index, handle, m_cancel,
                             [](const std::shared_ptr<CancelHandle> &) {});
            work(index, phase, *db, &r);
        }
    }
    Database::close(name);
    r.ms = timer.elapsed();
    return r;
}

void FleetRunner::work(int index, const QString &phase, QSqlDatabase &db, FleetResult *r)
{
    const ServerInfo info = Database::serverInfo(db);
    if (!info.isGma)
        return setFailure(r, FleetResult::Outcome::Refused, QStringLiteral("connect"),
                          strategy::notGmaDatabase(info.database));
    QString error;
    const auto state = MigrationState::read(db, &error);
    if (!state)
        return setFailure(r, FleetResult::Outcome::Refused, QStringLiteral("state"), error);
    r->stateBefore = Validation::strategyState(db, m_catalogue, &error);
    r->stateAfter = r->stateBefore;
    r->outcome = FleetResult::Outcome::Success;
    r->phase = phase;
    switch (m_options.command) {
    case FleetCommand::ShowMigrations: {
        ReadGuard guard(db);
        r->detail = statusSummary(readStatus(db, m_catalogue, *state));
        return;
    }
    case FleetCommand::Validate: {
        ValidationOptions vo;
        vo.cancel = &m_cancel;
        const ValidationResult v = Validation::run(db, m_catalogue, vo);
        r->detail = ReportWriter::summaryLine(v);
        QStringList failedIds;
        for (const CheckResult &c : v.checks) {
            if (c.status == CheckResult::Status::Fail)
                failedIds << c.id;
        }
        r->data.insert(QStringLiteral("failed_checks"), failedIds);
        if (m_options.collectReports && !v.cancelled && v.error.isEmpty())
            r->report = std::make_shared<const ReportData>(
                ReportData::collect(db, m_catalogue, m_targets.at(index).settings.displayName(), v));
        if (v.cancelled)
            setFailure(r, FleetResult::Outcome::Cancelled, phase,
                       QCoreApplication::translate("gma::FleetRunner", "The validation was cancelled."));
        else if (!v.error.isEmpty())
            setFailure(r, FleetResult::Outcome::Failed, phase, v.error);
        else if (!v.ok())
            setFailure(r, FleetResult::Outcome::CheckFailed, phase,
                       QCoreApplication::translate("gma::FleetRunner", "Failed checks: %1.")
                           .arg(failedIds.join(QStringLiteral(", "))));
        return;
    }
    case FleetCommand::Backup: {
        const BackupResult b = backup(index, db, info.database, QLatin1String(BackupNotes::kFleet));
        r->detail = b.record.path;
        if (!b.ok())
            setFailure(r,
                       b.status == BackupResult::Status::Cancelled ? FleetResult::Outcome::Cancelled
                                                                   : FleetResult::Outcome::Failed,
                       phase, b.error);
        return;
    }
    case FleetCommand::Preflight:
    case FleetCommand::Migrate:
    case FleetCommand::Rollback:
        break;
    }
    const bool rollback = m_options.command == FleetCommand::Rollback ||
                          (m_options.command == FleetCommand::Preflight && m_options.rollbackPlan);
    PlanError planError;
    const auto plan = rollback ? Planner::rollback(m_catalogue, *state, &planError)
                               : Planner::migrate(m_catalogue, *state, m_options.app, m_options.target, &planError);
    if (!plan)
        return setFailure(r, FleetResult::Outcome::Refused, QStringLiteral("plan"), planError.message);
    r->steps = int(plan->steps.size());
    if (plan->isEmpty()) {
        r->outcome = FleetResult::Outcome::NothingToDo;
        r->detail = QCoreApplication::translate("gma::FleetRunner", "nothing to do");
        return;
    }
    if (m_options.command != FleetCommand::Preflight && phase != QLatin1String("preflight"))
        return execute(index, db, *plan, r);
    if (!m_options.ignoreDrift) {
        const auto drifted = driftedUndo(readStatus(db, m_catalogue, *state), *plan);
        if (drifted)
            return setFailure(r, FleetResult::Outcome::Refused, QStringLiteral("preflight"), driftRefusal(*drifted));
    }
    PreflightOptions po = m_options.preflight;
    po.dryRun = po.dryRun || m_options.run.dryRun;
    const PreflightReport report = Preflight::run(db, m_catalogue, *state, *plan, po);
    r->data.insert(QStringLiteral("preflight"), report.toVariant());
    r->detail = QCoreApplication::translate("gma::FleetRunner",
                                            "%Ln step(s) planned; preflight: %1 errors, %2 warnings", nullptr,
                                            int(plan->steps.size()))
                    .arg(report.count(Severity::Error))
                    .arg(report.count(Severity::Warning));
    if (!report.ok()) {
        QString sentence = report.error;
        for (const PreflightFinding &f : report.findings) {
            if (sentence.isEmpty() && f.isError())
                sentence = f.message;
        }
        setFailure(r, FleetResult::Outcome::Refused, QStringLiteral("preflight"), sentence);
    }
}

BackupResult FleetRunner::backup(int index, QSqlDatabase &db, const QString &database, const QString &note)
{
    BackupManager manager(db, m_targets.at(index).settings);
    Registration reg(m_live->mutex, m_live->backups, index, &manager, m_cancel, [](BackupManager *m) { m->cancel(); });
    const QString dir =
        m_options.backupDirectory.isEmpty() ? BackupManager::defaultDirectory() : m_options.backupDirectory;
    QDir().mkpath(dir);
    BackupOptions o;
    o.outputPath = BackupManager::defaultPath(dir, database, BackupFormat::Custom, QDateTime::currentDateTime());
    o.note = note;
    return manager.backup(o);
}

void FleetRunner::execute(int index, QSqlDatabase &db, const Plan &plan, FleetResult *r)
{
    if (m_options.backup && !m_options.run.dryRun) {
        const BackupResult b = backup(index, db, Database::serverInfo(db).database,
                                      QLatin1String(BackupNotes::kBeforeFleetRun));
        if (!b.ok())
            return setFailure(r,
                              b.status == BackupResult::Status::Cancelled ? FleetResult::Outcome::Cancelled
                                                                          : FleetResult::Outcome::Failed,
                              QStringLiteral("backup"), b.error);
        r->data.insert(QStringLiteral("backup"), b.record.path);
    }
    Executor executor(db, m_catalogue);
    connect(
        &executor, &Executor::stepProgress, this,
        [this, index](int, qint64 done, qint64 total) { emit targetProgress(index, done, total); },
        Qt::DirectConnection);
    RunResult result;
    {
        Registration reg(m_live->mutex, m_live->executors, index, &executor, m_cancel,
                         [](Executor *e) { e->cancel(); });
        result = executor.run(plan, m_options.run);
    }
    r->outcome = outcomeOf(result.status);
    r->phase = QStringLiteral("run");
    r->error = result.error;
    r->steps = int(result.steps.size());
    for (const StepResult &s : result.steps)
        r->rows += s.rows;
    r->detail = QCoreApplication::translate("gma::FleetRunner", "%Ln step(s), %1 rows", nullptr, r->steps)
                    .arg(format::count(r->rows, QLocale()));
    QString error;
    r->stateAfter = Validation::strategyState(db, m_catalogue, &error);
}

} // namespace gma
