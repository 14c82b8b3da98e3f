// Lets a job on a worker thread post calls to a GUI-thread object for as long as that object
// lives: the object clears the relay in its destructor, under the same mutex post() holds, so a
// call is either queued to a living object (and dropped by Qt if it dies first) or not made.
// Thread rule: construct and clear() on the GUI thread; post() from any thread (the function
// then runs on the object's thread). Shared by the object and its jobs through a shared_ptr.
#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <memory>

namespace gma::ui {

template <typename Target>
class GuiRelay
{
public:
    explicit GuiRelay(Target *target) : m_target(target) {}
    static std::shared_ptr<GuiRelay> create(Target *target) { return std::make_shared<GuiRelay>(target); }

    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }
    // Queues fn(target) on the target's thread.
    template <typename Fn>
    void post(Fn fn)
    {
        QMutexLocker lock(&m_mutex);
        if (Target *target = m_target)
            QMetaObject::invokeMethod(target, [target, fn] { fn(target); }, Qt::QueuedConnection);
    }

private:
    QMutex m_mutex;
    Target *m_target;
};

} // namespace gma::ui
