// gma-gui-benchmark: the desktop application at scale, as figures (not a pass/fail test). It
// starts the throwaway demo cluster with N rows per model (as --demo does), opens the real window
// and measures, on the GUI thread:
//   - the run view during Migrate All (0002 -> 0004, preflight included);
//   - the Audit Fields view: the first rows of each model, scrolling to the end of one model and
//     back to the top, sorting by each column both ways;
// each phase's time, its longest GUI-thread stall (the longest gap between two ticks of a 5 ms
// timer) and the process's resident memory (the highest sampled, and the peak VmHWM at the end).
// It prints one table with the targets (first rows <= 200 ms, no stall over 100 ms, under
// 250 MB resident) and writes the same as JSON with --json.
//   QT_QPA_PLATFORM=offscreen gma-gui-benchmark [--rows 1000000] [--json FILE]
// scripts/benchmark-gui.sh builds and runs it.
#include "audit/audittablemodel.h"
#include "audit/auditview.h"
#include "democluster.h"
#include "eventloop.h"
#include "mainwindow.h"
#include "run/runcontroller.h"
#include "run/runflow.h"
#include "run/runpanel.h"
#include "session.h"
#include "style/style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace gma;
using namespace gma::ui;
using gma::tools::pump;

namespace {

constexpr qint64 kFirstRowsTargetMs = 200;
constexpr qint64 kStallTargetMs = 100;
constexpr double kRssTargetMb = 250;

// A line of /proc/self/status in MiB ("VmRSS", "VmHWM").
double procStatusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The GUI thread's responsiveness: the longest gap between two ticks of a 5 ms timer, and the
// highest resident memory sampled on the ticks (every 20th).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            m_maxGap = qMax(m_maxGap, m_tick.restart());
            if (++m_ticks % 20 == 0)
                m_maxRss = qMax(m_maxRss, procStatusMb("VmRSS"));
        });
        m_tick.start();
        m_timer.start();
    }
    void reset()
    {
        m_maxGap = 0;
        m_maxRss = procStatusMb("VmRSS");
        m_tick.restart();
    }
    qint64 maxGap() const { return m_maxGap; }
    double maxRss() const { return qMax(m_maxRss, procStatusMb("VmRSS")); }

private:
    QTimer m_timer;
    QElapsedTimer m_tick;
    qint64 m_maxGap = 0;
    double m_maxRss = 0;
    quint64 m_ticks = 0;
};

// Waits with the finest step: the figures are in milliseconds.
bool waitFor(const std::function<bool()> &condition, qint64 timeoutMs)
{
    return gma::tools::pumpUntil(condition, timeoutMs, 1);
}

struct Phase
{
    QString name;
    qint64 ms = 0;
    qint64 stallMs = 0;
    double rssMb = 0;
    qint64 targetMs = -1; // -1: no time target
    QString note;
    bool ok = true; // the phase finished
};

class Benchmark
{
public:
    Benchmark(MainWindow *window, qint64 rows) : m_w(window), m_rows(rows) {}

    bool run()
    {
        m_w->resize(1400, 860);
        m_w->setConfirmationHandler([](const QString &, const QString &, const QString &) { return true; });
        m_w->refresh();
        if (!waitFor([&] { return m_w->migrationModel()->hasSnapshot(); }, 120000))
            return fail(QStringLiteral("the migration tree was not read"));
        if (!migrate())
            return false;
        m_view = m_w->findChild<AuditView *>();
        if (!m_view)
            return fail(QStringLiteral("no Audit Fields view"));
        for (int i = 0; i < m_w->tabs()->count(); ++i) {
            if (m_w->tabs()->widget(i) == m_view || m_w->tabs()->widget(i)->isAncestorOf(m_view))
                m_w->tabs()->setCurrentIndex(i);
        }
        if (!m_view->table()->isVisible())
            return fail(QStringLiteral("the Audit Fields table is not on the screen"));
        m_view->refresh();
        m_model = m_view->model();
        if (!waitFor([&] { return !m_view->isSummaryLoading() && !m_model->isLoading(); }, 600000))
            return fail(QStringLiteral("the Audit Fields view did not load"));
        for (const QString &model : {QStringLiteral("items.item"), QStringLiteral("locations.location"),
                                     QStringLiteral("characters.character")})
            firstRows(model);
        scrollToEndAndBack();
        for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
            sortBy(column, Qt::DescendingOrder);
            sortBy(column, Qt::AscendingOrder);
        }
        return true;
    }

    void print(FILE *out, const QString &server) const
    {
        std::fprintf(out, "GUI benchmark: %lld rows per model, %s, platform %s\n", m_rows, qPrintable(server),
                     qPrintable(QGuiApplication::platformName()));
        std::fprintf(out, "targets: first rows <= %lld ms, GUI-thread stall <= %lld ms, resident < %.0f MB\n",
                     kFirstRowsTargetMs, kStallTargetMs, kRssTargetMb);
        std::fprintf(out, "%-34s %10s %9s %8s  %-6s %s\n", "phase", "time_ms", "stall_ms", "rss_mb", "target",
                     "note");
        for (const Phase &p : m_phases) {
            const bool met = p.ok && p.stallMs <= kStallTargetMs && p.rssMb < kRssTargetMb
                             && (p.targetMs < 0 || p.ms <= p.targetMs);
            std::fprintf(out, "%-34s %10lld %9lld %8.1f  %-6s %s\n", qPrintable(p.name), p.ms, p.stallMs, p.rssMb,
                         met ? "met" : "MISSED", qPrintable(p.note));
        }
        std::fprintf(out, "peak resident (VmHWM) of the whole run: %.1f MB\n", procStatusMb("VmHWM"));
    }

    QJsonObject json(const QString &server) const
    {
        QJsonArray phases;
        for (const Phase &p : m_phases) {
            phases.append(QJsonObject{{QStringLiteral("phase"), p.name},
                                      {QStringLiteral("ms"), p.ms},
                                      {QStringLiteral("stall_ms"), p.stallMs},
                                      {QStringLiteral("rss_mb"), p.rssMb},
                                      {QStringLiteral("target_ms"), p.targetMs},
                                      {QStringLiteral("finished"), p.ok},
                                      {QStringLiteral("note"), p.note}});
        }
        return QJsonObject{{QStringLiteral("rows_per_model"), m_rows},
                           {QStringLiteral("server"), server},
                           {QStringLiteral("platform"), QGuiApplication::platformName()},
                           {QStringLiteral("peak_rss_mb"), procStatusMb("VmHWM")},
                           {QStringLiteral("phases"), phases}};
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    Phase measure(const QString &name, const std::function<bool()> &start, const std::function<bool()> &done,
                  qint64 timeoutMs)
    {
        Phase p;
        p.name = name;
        m_meter.reset();
        QElapsedTimer clock;
        clock.start();
        p.ok = start() && waitFor(done, timeoutMs);
        p.ms = clock.elapsed();
        p.stallMs = m_meter.maxGap();
        p.rssMb = m_meter.maxRss();
        return p;
    }

    bool migrate()
    {
        bool finished = false, succeeded = false;
        const auto connection = QObject::connect(m_w, &MainWindow::runFinished, m_w, [&](const RunOutcome &o) {
            if (!o.dryRun) {
                finished = true;
                succeeded = o.result.ok();
            }
        });
        m_w->tabs()->setCurrentWidget(m_w->runPanel());
        Phase p = measure(
            QStringLiteral("migrate 0002 -> 0004 (run view)"),
            [&] {
                m_w->migrateAction()->trigger();
                return true;
            },
            [&] { return finished; }, 3600000);
        QObject::disconnect(connection);
        p.ok = p.ok && succeeded;
        p.note = succeeded ? QStringLiteral("preflight, backup, 6 steps") : QStringLiteral("the run failed");
        m_phases.append(p);
        return succeeded || fail(QStringLiteral("Migrate All did not succeed"));
    }

    // The first rows of `model` on the screen: from the tab's change to the first page painted.
    void firstRows(const QString &model)
    {
        Phase p = measure(
            QStringLiteral("first rows: ") + model, [&] { return m_view->showModel(model); },
            [&] { return m_model->rowCount() > 0 && !m_model->isLoading(); }, 60000);
        m_view->table()->viewport()->repaint();
        p.targetMs = kFirstRowsTargetMs;
        waitFor([&] { return m_model->totalRows() >= 0; }, 60000); // the count comes after the rows
        p.note = QStringLiteral("%1 rows counted%2").arg(m_model->totalRows()).arg(m_model->totalIsEstimate() ? QStringLiteral(" (estimate)") : QString());
        m_phases.append(p);
    }

    // Scrolls the table to the end page by page, as a user holding End does, then back to the top.
    void scrollToEndAndBack()
    {
        QTableView *table = m_view->table();
        int pages = 0;
        Phase p = measure(
            QStringLiteral("scroll to the end: characters"), [] { return true; },
            [&] {
                if (m_model->isLoading())
                    return false;
                if (m_model->isComplete())
                    return true;
                table->scrollToBottom();
                if (m_model->canFetchMore(QModelIndex())) {
                    m_model->fetchMore(QModelIndex());
                    ++pages;
                }
                return false;
            },
            1800000);
        p.note = QStringLiteral("%1 rows in %2 pages (%3 asked for here), %4 pages held")
                     .arg(m_model->rowCount())
                     .arg((m_model->rowCount() + AuditTableModel::kPageSize - 1) / AuditTableModel::kPageSize)
                     .arg(pages)
                     .arg(m_model->loadedPages());
        m_phases.append(p);
        Phase back = measure(
            QStringLiteral("back to the top: characters"),
            [&] {
                table->scrollToTop();
                table->viewport()->repaint();
                return true;
            },
            [&] { return m_model->isRowLoaded(0); }, 60000);
        back.targetMs = kFirstRowsTargetMs;
        back.note = QStringLiteral("the first page fetched again");
        m_phases.append(back);
    }

    void sortBy(int column, Qt::SortOrder order)
    {
        const QString header = m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        Phase p = measure(
            QStringLiteral("sort %1 %2").arg(header, order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
            [&] {
                m_view->table()->sortByColumn(column, order);
                return true;
            },
            [&] { return m_model->rowCount() > 0 && !m_model->isLoading(); }, 600000);
        m_view->table()->viewport()->repaint();
        p.note = QStringLiteral("first page, characters");
        m_phases.append(p);
    }

    MainWindow *m_w;
    qint64 m_rows;
    StallMeter m_meter;
    AuditView *m_view = nullptr;
    AuditTableModel *m_model = nullptr;
    QList<Phase> m_phases;
    QString m_error;
};

} // namespace

// The offscreen platform says for every window that it cannot propagate size hints: not news.
QtMessageHandler g_previousHandler = nullptr;

void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

int main(int argc, char **argv)
{
    g_previousHandler = qInstallMessageHandler(dropPlatformNoise);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GMA"));
    QApplication::setApplicationName(QStringLiteral("gma-gui-benchmark"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The desktop application at scale, as figures."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per model (default 1000000)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures as JSON to FILE."),
                                        QStringLiteral("FILE"));
    parser.addOptions({rowsOption, jsonOption});
    parser.process(app);

    // Settings and backups of this run are as throwaway as its cluster.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/gma-gui-benchmark-XXXXXX"));
    if (home.isValid()) {
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    }
    style::applyTheme(false);

    DemoCluster cluster;
    DemoClusterOptions options;
    options.rows = qMax<qint64>(1, parser.value(rowsOption).toLongLong());
    bool started = false;
    QString error;
    QElapsedTimer build;
    build.start();
    gma::tools::runOffThread([&] { started = cluster.start(options, &error); });
    if (!started) {
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "demo cluster with %lld rows per model ready in %lld ms\n", options.rows, build.elapsed());

    int rc = 1;
    {
        MainWindow window;
        window.setDemoMode(true);
        window.show();
        const bool connected = gma::tools::connectWindow(window, cluster.settings());
        if (connected) {
            const QString server = window.session()->info().version;
            Benchmark benchmark(&window, options.rows);
            const bool ok = benchmark.run();
            benchmark.print(stdout, server);
            if (parser.isSet(jsonOption)) {
                QFile f(parser.value(jsonOption));
                if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    f.write(QJsonDocument(benchmark.json(server)).toJson());
            }
            if (!ok)
                std::fprintf(stderr, "error: %s\n", qPrintable(benchmark.error()));
            rc = ok ? 0 : 1;
        }
        window.close();
    }
    cluster.stop();
    return rc;
}
