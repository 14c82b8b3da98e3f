// Event-loop helpers of the desktop tools (screenshot tour, GUI benchmark): they let the GUI
// thread run, as a user's session would, while waiting for a condition.
// Thread rule: the GUI thread.
#pragma once

#include <QElapsedTimer>
#include <QThread>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <limits>
#include <type_traits>

namespace gma::tools {

// Lets the event loop run for `ms`.
inline void pump(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Lets the event loop run until `condition` holds (checked every `stepMs`) or `timeoutMs` passed.
inline bool pumpUntil(const std::function<bool()> &condition, qint64 timeoutMs, int stepMs = 10)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        pump(stepMs);
    }
    return true;
}

// Runs `job` on a thread of its own (e.g. starting the demo cluster) while the event loop runs.
inline void runOffThread(const std::function<void()> &job)
{
    QThread *thread = QThread::create(job);
    bool done = false;
    QObject::connect(thread, &QThread::finished, thread, [&done] { done = true; });
    thread->start();
    pumpUntil([&done] { return done; }, std::numeric_limits<qint64>::max());
    thread->wait();
    delete thread;
}

// Connects `window` (a MainWindow) to `settings` and waits until it is connected (true) or the
// connection failed (false, the reason on stderr).
template <typename Window, typename Settings>
bool connectWindow(Window &window, const Settings &settings)
{
    bool connected = false, failed = false;
    QObject::connect(window.session(), &std::remove_pointer_t<decltype(window.session())>::connectFailed, &window,
                     [&](const auto &e) {
                         failed = true;
                         qCritical("%s", qPrintable(e.message));
                     });
    window.connectTo(settings, [&] { connected = true; });
    pumpUntil([&] { return connected || failed; }, 60000);
    return connected;
}

} // namespace gma::tools
