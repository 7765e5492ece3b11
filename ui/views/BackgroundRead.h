#pragma once

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>

namespace cp::ui {

struct BackgroundRead
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::BackgroundRead)

public:
    // Runs work off the GUI thread on a connection of its own to the workspace's file (WAL lets
    // it read while the window stays responsive), behind a window-modal progress dialog that shows
    // when it takes a moment, and waits for it. A workspace in memory has no file to share: the
    // work runs here.
    template<typename T>
    static Result<T> run(const Workspace &workspace,
                         std::function<Result<T>(const Workspace &)> work, QWidget *parent,
                         const QString &label)
    {
        return *start<T>(workspace, std::move(work), parent, label, false);
    }

    // The same with a Cancel button: nothing when the user cancels (the work's result is then
    // dropped when it ends, so this is only for work that writes nothing).
    template<typename T>
    static std::optional<Result<T>> runCancellable(const Workspace &workspace,
                                                   std::function<Result<T>(const Workspace &)> work,
                                                   QWidget *parent, const QString &label)
    {
        return start<T>(workspace, std::move(work), parent, label, true);
    }

private:
    template<typename T>
    static std::optional<Result<T>> start(const Workspace &workspace,
                                          std::function<Result<T>(const Workspace &)> work,
                                          QWidget *parent, const QString &label, bool cancellable)
    {
        const QString path = workspace.path();
        if (path.isEmpty() || path == QLatin1String(":memory:"))
            return work(workspace);
        QFuture<Result<T>> future = QtConcurrent::run([path, work]() -> Result<T> {
            Workspace reader;
            if (Status s = reader.open(path, Database::OpenMode::OpenExisting); !s)
                return s.error();
            return work(reader);
        });
        QProgressDialog progress(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        progress.setAutoReset(false);
        progress.setAutoClose(false);
        progress.setValue(0); // starts the minimum duration's clock (else the dialog waits 4 s)
        QEventLoop loop;
        QFutureWatcher<Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        if (cancellable)
            QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
        if (!future.isFinished())
            return std::nullopt; // cancelled
        return future.result();
    }
};

} // namespace cp::ui
