#include "deploy.h"

#include "format.h"
#include "locks.h"
#include "sqlutil.h"
#include "strategy.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVariantList>
#include <csignal>
#include <unistd.h>

namespace gma {

namespace {

std::optional<bool> readSwitch(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("on"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("off"))
        return false;
    return std::nullopt;
}

// "30s", "15min", "1h": the shortest exact spelling parseDuration reads back.
QString durationText(qint64 ms)
{
    if (ms % 3600000 == 0)
        return QStringLiteral("%1h").arg(ms / 3600000);
    if (ms % 60000 == 0)
        return QStringLiteral("%1min").arg(ms / 60000);
    if (ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

QString quoted(const QString &command)
{
    return QStringLiteral("\"%1\"").arg(command.size() > 80 ? command.left(77) + QStringLiteral("...") : command);
}

QString lastLine(const QString &output)
{
    const QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

} // namespace

QString DeployProfile::pathFor(const QString &nameOrPath)
{
    if (nameOrPath.contains(QLatin1Char('/')) || nameOrPath.endsWith(QLatin1String(".conf")))
        return nameOrPath;
    const QString name = nameOrPath.isEmpty() ? QStringLiteral("default") : nameOrPath;
    return QStringLiteral("%1/gma-migrator/deploy/%2.conf")
        .arg(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), name);
}

std::optional<DeployProfile> DeployProfile::parse(const QString &text, const QString &path, QString *error)
{
    DeployProfile p;
    p.path = path;
    qint64 timeoutMs = 60000;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto where = QStringLiteral("%1:%2: ").arg(path).arg(i + 1);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = where + QCoreApplication::translate(
                                 "gma::Deploy", "expected a setting such as \"before = <command>\".");
            return std::nullopt;
        }
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("before") || key == QLatin1String("after") || key == QLatin1String("failure")) {
            if (value.isEmpty()) {
                *error =
                    where + QCoreApplication::translate("gma::Deploy", "\"%1\" needs a command.").arg(key);
                return std::nullopt;
            }
            const DeployHook hook{value, timeoutMs, i + 1};
            (key == QLatin1String("before") ? p.before : key == QLatin1String("after") ? p.after : p.onFailure)
                << hook;
        } else if (key == QLatin1String("window") || key == QLatin1String("timeout")) {
            qint64 ms = 0;
            if (!format::parseDuration(value, &ms) || ms <= 0) {
                *error = where + QCoreApplication::translate(
                                     "gma::Deploy",
                                     "\"%1\" needs a duration such as 15min, 90s or 500ms, not \"%2\".")
                                     .arg(key, value);
                return std::nullopt;
            }
            (key == QLatin1String("window") ? p.windowMs : timeoutMs) = ms;
        } else if (key == QLatin1String("backup") || key == QLatin1String("vacuum")) {
            const auto on = readSwitch(value);
            if (!on) {
                *error =
                    where + QCoreApplication::translate("gma::Deploy", "\"%1\" is yes or no, not \"%2\".")
                                .arg(key, value);
                return std::nullopt;
            }
            (key == QLatin1String("backup") ? p.backup : p.vacuum) = *on;
        } else {
            *error = where + QCoreApplication::translate(
                                 "gma::Deploy",
                                 "unknown setting \"%1\"; a profile knows window, timeout, before, after, "
                                 "failure, backup and vacuum.")
                                 .arg(key);
            return std::nullopt;
        }
    }
    return p;
}

std::optional<DeployProfile> DeployProfile::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error =
            QFileInfo::exists(path)
                ? QCoreApplication::translate("gma::Deploy", "The deployment profile %1 cannot be read: %2.")
                      .arg(path, f.errorString())
                : QCoreApplication::translate(
                      "gma::Deploy",
                      "There is no deployment profile %1: write one with deploy --init-profile.")
                      .arg(path);
        return std::nullopt;
    }
    return parse(QString::fromUtf8(f.readAll()), path, error);
}

QString DeployProfile::toText() const
{
    QString t = QStringLiteral(
        "# GMA Migrator deployment profile: the maintenance window and the commands around the migration.\n"
        "# before: run first, in order; one that fails stops the deployment before anything changes.\n"
        "# failure: run when a stage failed. after: run last, in every case.\n"
        "# timeout: applies to the commands below it. Commands run with /bin/sh -c, with PGHOST, PGPORT,\n"
        "# PGDATABASE and PGUSER of the database (never its password) and GMA_DEPLOY_STAGE set.\n");
    t += QStringLiteral("window = %1\n").arg(durationText(windowMs));
    t += QStringLiteral("backup = %1\nvacuum = %2\n")
             .arg(backup ? QStringLiteral("yes") : QStringLiteral("no"), vacuum ? QStringLiteral("yes") : QStringLiteral("no"));
    qint64 timeout = -1;
    const auto write = [&](const QString &key, const QList<DeployHook> &hooks) {
        for (const DeployHook &h : hooks) {
            if (h.timeoutMs != timeout) {
                timeout = h.timeoutMs;
                t += QStringLiteral("timeout = %1\n").arg(durationText(timeout));
            }
            t += QStringLiteral("%1 = %2\n").arg(key, h.command);
        }
    };
    write(QStringLiteral("before"), before);
    write(QStringLiteral("after"), after);
    write(QStringLiteral("failure"), onFailure);
    return t;
}

bool DeployProfile::save(QString *error) const
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("gma::Deploy",
                                             "The folder of %1 cannot be created: choose a writable folder.")
                     .arg(path);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text) || f.write(toText().toUtf8()) < 0 || !f.commit()) {
        *error =
            QCoreApplication::translate("gma::Deploy", "The deployment profile %1 cannot be written: %2.")
                .arg(path, f.errorString());
        return false;
    }
    return true;
}

DeployProfile DeployProfile::seedExample()
{
    DeployProfile p;
    p.windowMs = 15 * 60 * 1000;
    p.before << DeployHook{QStringLiteral("python manage.py maintenance_mode on"), 60000, 0};
    p.after << DeployHook{QStringLiteral("python manage.py health_check --database --log"), 120000, 0}
            << DeployHook{QStringLiteral("python manage.py maintenance_mode off"), 120000, 0};
    p.onFailure << DeployHook{QStringLiteral("python manage.py maintenance_mode off"), 60000, 0};
    return p;
}

HookResult HookRunner::run(const DeployHook &hook, const QMap<QString, QString> &environment)
{
    HookResult r;
    r.hook = hook;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so that a timeout stops what the shell started too.
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), hook.command});
    if (!process.waitForStarted(10000)) {
        r.error = QCoreApplication::translate("gma::Deploy", "The command %1 could not be started: %2.")
                      .arg(quoted(hook.command), process.errorString());
        return r;
    }
    const qint64 pid = process.processId();
    QByteArray output;
    const auto collect = [&] {
        output += process.readAll();
        if (output.size() > 2 * HookResult::kMaxOutput)
            output = output.right(HookResult::kMaxOutput);
    };
    while (!process.waitForFinished(50)) {
        collect();
        if (process.state() == QProcess::NotRunning)
            break;
        r.timedOut = timer.elapsed() > hook.timeoutMs;
        r.cancelled = m_cancelled.load();
        if (r.timedOut || r.cancelled) {
            ::kill(-pid_t(pid), SIGTERM);
            if (!process.waitForFinished(2000)) {
                ::kill(-pid_t(pid), SIGKILL);
                process.waitForFinished(2000);
            }
            break;
        }
    }
    collect();
    r.ms = timer.elapsed();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    QString text = QString::fromLocal8Bit(output);
    if (text.size() > HookResult::kMaxOutput)
        text = QStringLiteral("[... %1 characters cut ...]\n").arg(text.size() - HookResult::kMaxOutput) +
               text.right(HookResult::kMaxOutput);
    r.output = text;
    r.ok = !r.timedOut && !r.cancelled && process.exitStatus() == QProcess::NormalExit && r.exitCode == 0;
    if (r.timedOut)
        r.error = QCoreApplication::translate(
                      "gma::Deploy",
                      "The command %1 did not finish within %2 and was stopped, with what it started.")
                      .arg(quoted(hook.command), format::duration(hook.timeoutMs, QLocale()));
    else if (r.cancelled)
        r.error = QCoreApplication::translate("gma::Deploy",
                                              "The command %1 was stopped: the deployment was cancelled.")
                      .arg(quoted(hook.command));
    else if (process.exitStatus() != QProcess::NormalExit)
        r.error = QCoreApplication::translate("gma::Deploy", "The command %1 was ended by a signal.")
                      .arg(quoted(hook.command));
    else if (r.exitCode != 0)
        r.error =
            lastLine(text).isEmpty()
                ? QCoreApplication::translate("gma::Deploy", "The command %1 ended with exit code %2.")
                      .arg(quoted(hook.command))
                      .arg(r.exitCode)
                : QCoreApplication::translate("gma::Deploy", "The command %1 ended with exit code %2: %3")
                      .arg(quoted(hook.command))
                      .arg(r.exitCode)
                      .arg(lastLine(text));
    return r;
}

QString DeployStage::outcomeText() const
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

qint64 DeploymentRecord::elapsedMs() const
{
    qint64 ms = 0;
    for (const DeployStage &s : stages) {
        if (s.started.isValid() && started.isValid())
            ms = qMax(ms, started.msecsTo(s.started) + s.ms);
    }
    return ms;
}

QVariantMap DeploymentRecord::toVariant() const
{
    QVariantList list;
    for (const DeployStage &s : stages) {
        QVariantList hooks;
        for (const HookResult &h : s.hooks) {
            hooks << QVariantMap{{QStringLiteral("command"), h.hook.command},
                                 {QStringLiteral("ok"), h.ok},
                                 {QStringLiteral("exit_code"), h.exitCode},
                                 {QStringLiteral("timed_out"), h.timedOut},
                                 {QStringLiteral("timeout_ms"), h.hook.timeoutMs},
                                 {QStringLiteral("duration_ms"), h.ms},
                                 {QStringLiteral("output"), h.output},
                                 {QStringLiteral("error"), h.error.isEmpty() ? QVariant() : QVariant(h.error)}};
        }
        list << QVariantMap{{QStringLiteral("name"), s.name},
                            {QStringLiteral("outcome"), s.outcomeText()},
                            {QStringLiteral("started_at"), s.started.isValid() ? QVariant(format::isoUtc(s.started)) : QVariant()},
                            {QStringLiteral("duration_ms"), s.ms},
                            {QStringLiteral("detail"), s.detail},
                            {QStringLiteral("commands"), hooks}};
    }
    return QVariantMap{{QStringLiteral("profile"), profilePath},
                       {QStringLiteral("window_ms"), windowMs},
                       {QStringLiteral("started_at"), started.isValid() ? QVariant(format::isoUtc(started)) : QVariant()},
                       {QStringLiteral("elapsed_ms"), elapsedMs()},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("stages"), list}};
}

QList<ImmediateCheck> verifyImmediately(QSqlDatabase &db)
{
    const ReadGuard limits(db);
    QList<ImmediateCheck> out;
    for (const strategy::Model &m : strategy::models()) {
        ImmediateCheck c;
        c.table = m.table;
        c.sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE created_by_id IS NULL;").arg(sql::quoteIdent(m.table));
        QString error;
        const QVariant n = sql::scalar(db, c.sql, {}, &error);
        if (n.isValid())
            c.nulls = n.toLongLong();
        else
            c.error = error.isEmpty() ? QCoreApplication::translate("gma::Deploy", "no result") : error;
        out << c;
    }
    return out;
}

} // namespace gma
