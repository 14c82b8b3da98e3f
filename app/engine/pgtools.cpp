#include "pgtools.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <csignal>

#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gma {

namespace PgTools {

namespace {

QString envBinDir()
{
    return qEnvironmentVariable("GMA_PG_BIN");
}

// "15.18" and 15 from "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)".
bool parseVersion(const QString &text, QString *version, int *major)
{
    static const QRegularExpression re(QStringLiteral("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *major = m.captured(1).toInt();
    *version = m.captured(2).isEmpty() ? m.captured(1) : m.captured(1) + QLatin1Char('.') + m.captured(2);
    return true;
}

// A password file (libpq's ~/.pgpass format) matching any server, with only `password`,
// readable and writable by its owner only.
bool writePassFile(QTemporaryFile &file, const QString &password)
{
    if (!file.open())
        return false;
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    QString escaped = password;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char(':'), QStringLiteral("\\:"));
    const QByteArray line = "*:*:*:*:" + escaped.toUtf8() + '\n';
    const bool ok = file.write(line) == line.size() && file.flush();
    file.close();
    return ok;
}

} // namespace

qint64 pathSize(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return 0;
    if (!fi.isDir())
        return fi.size();
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString archiveFormat(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir())
        return QStringLiteral("directory");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray head = f.read(5);
    if (head == "PGDMP")
        return QStringLiteral("custom");
    return QStringLiteral("plain");
}

int majorOf(int versionNum)
{
    return versionNum >= 100000 ? versionNum / 10000 : versionNum / 100;
}

QString folderProblem(const QString &folder, const QString &detail)
{
    return QCoreApplication::translate("gma::PgTools",
                                       "Cannot write the backup into %1 (%2): choose a writable folder.")
        .arg(QDir::toNativeSeparators(folder), detail);
}

ClientTool findClient(const QString &program, int serverMajor, const QString &binDir)
{
    ClientTool tool;
    const QString explicitDir = binDir.isEmpty() ? envBinDir() : binDir;
    QStringList looked;
    QString path;
    if (!explicitDir.isEmpty()) {
        const QString candidate = QDir(explicitDir).filePath(program);
        looked << QDir::toNativeSeparators(explicitDir);
        if (QFileInfo(candidate).isExecutable() && QFileInfo(candidate).isFile())
            path = candidate;
    } else {
        const QString versioned = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(serverMajor);
        looked << versioned << QStringLiteral("PATH");
        const QString candidate = versioned + QLatin1Char('/') + program;
        if (QFileInfo(candidate).isExecutable())
            path = candidate;
        else
            path = QStandardPaths::findExecutable(program);
    }
    if (path.isEmpty()) {
        tool.error =
            QCoreApplication::translate(
                "gma::PgTools", "%1 was not found (looked in %2): install the PostgreSQL %3 client tools "
                                "(postgresql-client-%3) or set GMA_PG_BIN to the folder that holds them.")
                .arg(program, looked.join(QStringLiteral(", ")))
                .arg(serverMajor);
        return tool;
    }
    tool.path = path;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(path, {QStringLiteral("--version")});
    if (!p.waitForStarted(10000) || !p.waitForFinished(20000) || p.exitCode() != 0) {
        tool.error =
            QCoreApplication::translate(
                "gma::PgTools", "%1 at %2 does not run (%3): reinstall the PostgreSQL %4 client tools or set "
                                "GMA_PG_BIN to a working copy.")
                .arg(program, path, p.errorString())
                .arg(serverMajor);
        return tool;
    }
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (!parseVersion(text, &tool.version, &tool.major)) {
        tool.error =
            QCoreApplication::translate(
                "gma::PgTools", "%1 at %2 did not report a PostgreSQL version: set GMA_PG_BIN to the folder "
                                "of the PostgreSQL %3 client tools.")
                .arg(program, path)
                .arg(serverMajor);
        return tool;
    }
    if (serverMajor > 0 && tool.major != serverMajor) {
        tool.error =
            QCoreApplication::translate(
                "gma::PgTools", "%1 at %2 is version %3 but the server runs PostgreSQL %4: install "
                                "postgresql-client-%4 or set GMA_PG_BIN to the folder of a version-%4 %1.")
                .arg(program, path, tool.version)
                .arg(serverMajor);
    }
    return tool;
}

QString explainFailure(const QString &program, const QString &stderrText, const QString &folder)
{
    const QString lower = stderrText.toLower();
    if (lower.contains(QLatin1String("no space left on device")))
        return QCoreApplication::translate(
                   "gma::PgTools",
                   "The disk is full: the backup did not fit into %1; free some space or choose another "
                   "folder (no partial file was left behind).")
            .arg(QDir::toNativeSeparators(folder));
    if (lower.contains(QLatin1String("permission denied")) &&
        (lower.contains(QLatin1String("could not open output file")) ||
         lower.contains(QLatin1String("could not create directory")) ||
         lower.contains(QLatin1String("could not open file"))))
        return folderProblem(folder, QCoreApplication::translate("gma::PgTools", "permission denied"));
    if (lower.contains(QLatin1String("server version mismatch")))
        return QCoreApplication::translate(
                   "gma::PgTools",
                   "%1 is older than the server: install the client tools of the server's version or "
                   "set GMA_PG_BIN to their folder.")
            .arg(program);
    if (lower.contains(QLatin1String("connection to server")) ||
        lower.contains(QLatin1String("authentication")) ||
        lower.contains(QLatin1String("no password supplied")))
        return Database::classify(stderrText).message;
    // The first error line, without the program prefix.
    QString first;
    for (const QString &line : stderrText.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("error:")) || line.startsWith(QLatin1String("ERROR:")) ||
            line.contains(QLatin1String("FATAL:"))) {
            first = line;
            break;
        }
    }
    if (first.isEmpty()) {
        const QStringList lines = stderrText.trimmed().split(QLatin1Char('\n'));
        first = lines.isEmpty() ? QString() : lines.last();
    }
    static const QRegularExpression prefix(
        QStringLiteral("^(pg_dump|pg_restore|psql)(:[^:]*:\\d+)?:\\s*(error:\\s*)?|^(ERROR|FATAL):\\s*"));
    first = first.remove(prefix).simplified();
    if (first.isEmpty())
        first = QCoreApplication::translate("gma::PgTools", "it stopped without saying why");
    if (first.endsWith(QLatin1Char('.')))
        first.chop(1);
    return QCoreApplication::translate("gma::PgTools", "%1 failed: %2.").arg(program, first);
}

ChildRun run(const QString &program, const QStringList &arguments, const ConnectionSettings &settings,
             const RunControl &control)
{
    ChildRun result;
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMap<QString, QString> childEnv = settings.childEnvironment();
    for (auto it = childEnv.begin(); it != childEnv.end(); ++it)
        env.insert(it.key(), it.value());
    // The password reaches the child in a password file only its owner may read, removed when
    // the child has ended: never on its command line, never in its environment (PGPASSWORD is
    // visible in /proc/PID/environ to the same user).
    const QString password =
        settings.password.isEmpty() ? env.value(QStringLiteral("PGPASSWORD")) : settings.password;
    env.remove(QStringLiteral("PGPASSWORD"));
    QTemporaryFile passFile(QDir::tempPath() + QStringLiteral("/gma-pgpass-XXXXXX"));
    if (!password.isEmpty()) {
        if (!writePassFile(passFile, password)) {
            result.stdErr = QStringLiteral("%1: error: could not write a temporary password file in %2")
                                .arg(QFileInfo(program).fileName(), QDir::tempPath());
            return result;
        }
        env.insert(QStringLiteral("PGPASSFILE"), passFile.fileName());
    }
    if (!control.serverOptions.isEmpty()) {
        const QString before = env.value(QStringLiteral("PGOPTIONS"));
        env.insert(QStringLiteral("PGOPTIONS"),
                   before.isEmpty() ? control.serverOptions : before + QLatin1Char(' ') + control.serverOptions);
    }
    // English messages, so that failures can be told apart (disk full, permission denied).
    if (env.contains(QStringLiteral("LC_ALL"))) {
        env.insert(QStringLiteral("LC_CTYPE"), env.value(QStringLiteral("LC_ALL")));
        env.remove(QStringLiteral("LC_ALL"));
    }
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    proc.setProcessEnvironment(env);
    // What the child writes (a backup, its folder) is readable by its owner only; and it ends with
    // the tool: a tool killed outright (SIGKILL) must not leave a pg_dump running on the server.
    const pid_t parent = ::getpid();
    proc.setChildProcessModifier([parent] {
        ::umask(077);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // the tool died before the line above took effect
            ::_exit(1);
    });
    if (!control.captureStdout)
        proc.setStandardOutputFile(QProcess::nullDevice());
    proc.start(program, arguments);
    if (!proc.waitForStarted(10000)) {
        result.stdErr = QStringLiteral("%1: error: %2").arg(QFileInfo(program).fileName(), proc.errorString());
        return result;
    }
    result.started = true;

    static const QRegularExpression tableLine(
        QStringLiteral("(?:dumping contents of table|processing data for table) \"([^\"]+)\""));
    QString pending;
    QStringList kept; // non-verbose lines and the last few verbose ones
    QString object;
    qint64 lastBytes = -1;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QElapsedTimer sinceTerminate;
    bool terminateSent = false;
    auto drain = [&]() {
        pending += QString::fromLocal8Bit(proc.readAllStandardError());
        if (control.captureStdout)
            result.stdOut += proc.readAllStandardOutput();
        int nl;
        while ((nl = pending.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = pending.left(nl);
            pending.remove(0, nl + 1);
            if (line.isEmpty())
                continue;
            kept << line;
            if (kept.size() > 400)
                kept.removeFirst();
            const auto m = tableLine.match(line);
            QString next = object;
            if (m.hasMatch()) {
                next = m.captured(1);
            } else {
                const int colon = line.indexOf(QStringLiteral(": "));
                if (colon > 0 && !line.contains(QLatin1String("error:")))
                    next = line.mid(colon + 2);
            }
            if (next != object) {
                object = next;
                lastBytes = control.sizePath.isEmpty() ? 0 : pathSize(control.sizePath);
                if (control.progress)
                    control.progress(object, lastBytes);
                sinceProgress.restart();
            }
        }
    };
    for (;;) {
        const bool finished = proc.waitForFinished(100);
        drain();
        if (finished || proc.state() == QProcess::NotRunning)
            break;
        if ((control.cancel && control.cancel->load()) && !terminateSent) {
            proc.terminate();
            terminateSent = true;
            sinceTerminate.start();
        } else if (terminateSent && sinceTerminate.elapsed() > 5000) {
            proc.kill();
        }
        if (sinceProgress.elapsed() >= 250 && !control.sizePath.isEmpty()) {
            const qint64 bytes = pathSize(control.sizePath);
            if (bytes != lastBytes) {
                lastBytes = bytes;
                if (control.progress)
                    control.progress(object, bytes);
            }
            sinceProgress.restart();
        }
    }
    drain();
    if (!pending.isEmpty())
        kept << pending;
    result.stdErr = kept.join(QLatin1Char('\n'));
    result.cancelled = terminateSent || (control.cancel && control.cancel->load());
    result.crashed = proc.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : proc.exitCode();
    return result;
}

} // namespace PgTools

} // namespace gma
