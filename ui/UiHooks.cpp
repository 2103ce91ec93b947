#include "ui/UiHooks.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QFileDialog>

#include <optional>

namespace ghcr {

namespace {

std::optional<QString>& nextFileName()
{
    static std::optional<QString> value;
    return value;
}

std::optional<QString>& nextSelectedFilter()
{
    static std::optional<QString> value;
    return value;
}

std::function<void(const QString&)>& dialogObserver()
{
    static std::function<void(const QString&)> observer;
    return observer;
}

std::function<void(QAccessibleEvent*)>& announceObserver()
{
    static std::function<void(QAccessibleEvent*)> observer;
    return observer;
}

UrlOpener::Handler& urlHandler()
{
    static UrlOpener::Handler handler;
    return handler;
}

} // namespace

QString FileDialogs::getSaveFileName(QWidget* parent, const QString& caption, const QString& path,
                                     const QString& filter, QString* selectedFilter)
{
    if (dialogObserver())
        dialogObserver()(path);
    if (nextFileName()) {
        const QString result = *nextFileName();
        nextFileName().reset();
        if (selectedFilter && nextSelectedFilter())
            *selectedFilter = *nextSelectedFilter();
        nextSelectedFilter().reset();
        return result;
    }
    return QFileDialog::getSaveFileName(parent, caption, path, filter, selectedFilter);
}

QString FileDialogs::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (dialogObserver())
        dialogObserver()(dir);
    if (nextFileName()) {
        const QString result = *nextFileName();
        nextFileName().reset();
        return result;
    }
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void FileDialogs::setObserver(std::function<void(const QString& path)> observer)
{
    dialogObserver() = std::move(observer);
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    nextFileName() = fileName;
}

void FileDialogs::setNextSelectedFilter(const QString& filter)
{
    nextSelectedFilter() = filter;
}

void FileDialogs::clearNext()
{
    nextFileName().reset();
    nextSelectedFilter().reset();
}

bool UrlOpener::open(const QUrl& url)
{
    if (urlHandler())
        return urlHandler()(url);
    return QDesktopServices::openUrl(url);
}

void UrlOpener::setHandler(Handler handler)
{
    urlHandler() = std::move(handler);
}

void UrlOpener::resetHandler()
{
    urlHandler() = nullptr;
}

void Announcer::announce(QWidget* widget)
{
    QAccessibleEvent event(widget, QAccessible::Alert);
    if (announceObserver())
        announceObserver()(&event);
    QAccessible::updateAccessibility(&event);
}

void Announcer::setObserver(std::function<void(QAccessibleEvent* event)> observer)
{
    announceObserver() = std::move(observer);
}

} // namespace ghcr
