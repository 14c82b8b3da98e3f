#include "faultpoint.h"

#include "executor.h"
#include "sqlutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <memory>

namespace gma::FaultPoint {

namespace {

struct Armed
{
    QString label; // "items.0004_..."
    QString kind;  // "statement" or "batch"
    int n = 0;
    QString file;
    QString pid;
    QString current; // the step running
    int statements = 0;
    int batches = 0;
    bool fired = false;
};

// Creates the file with the session's pid, then waits until someone removes it.
void hold(Armed &a)
{
    a.fired = true;
    {
        QFile f(a.file + QStringLiteral(".tmp"));
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write(a.pid.toUtf8() + '\n');
        f.close();
        QFile::rename(f.fileName(), a.file);
    }
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo::exists(a.file) && timer.elapsed() < 120000)
        QThread::msleep(10);
}

} // namespace

void attach(Executor *executor, QSqlDatabase db)
{
    const QString point = qEnvironmentVariable("GMA_FAULT_POINT");
    const QString file = qEnvironmentVariable("GMA_FAULT_FILE");
    const QStringList parts = point.split(QLatin1Char(':'));
    if (point.isEmpty() || file.isEmpty() || parts.size() != 3)
        return;
    auto a = std::make_shared<Armed>();
    a->label = parts.at(0);
    a->kind = parts.at(1);
    a->n = parts.at(2).toInt();
    a->file = file;
    a->pid = sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toString();
    QObject::connect(executor, &Executor::stepStarted, executor, [a](int, const PlanStep &step, qint64) {
        a->current = step.key.label();
        a->statements = 0;
        a->batches = 0;
    }, Qt::DirectConnection);
    QObject::connect(executor, &Executor::statementSent, executor, [a](int, const QString &) {
        if (!a->fired && a->kind == QLatin1String("statement") && a->current == a->label && ++a->statements == a->n)
            hold(*a);
    }, Qt::DirectConnection);
    QObject::connect(executor, &Executor::stepProgress, executor, [a](int, qint64, qint64) {
        if (!a->fired && a->kind == QLatin1String("batch") && a->current == a->label && ++a->batches == a->n)
            hold(*a);
    }, Qt::DirectConnection);
}

} // namespace gma::FaultPoint
