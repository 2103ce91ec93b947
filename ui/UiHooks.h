#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QAccessibleEvent;
class QWidget;

namespace ghcr {

/// File dialogs the window uses, with a test hook (KeePassXC's setNextFileName pattern): after
/// setNextFileName() the next dialog returns that name at once without showing anything
/// (an empty name means the user cancelled).
class FileDialogs
{
public:
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter,
                                   QString* selectedFilter);
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);

    static void setNextFileName(const QString& fileName);
    /// Also answer the "selected filter" of the next save dialog (default: the one offered).
    static void setNextSelectedFilter(const QString& filter);
    static void clearNext();
    /// Tests: called with the path (or folder) every dialog is opened on, before it answers.
    static void setObserver(std::function<void(const QString& path)> observer);
};

/// Opens URLs in the user's browser (QDesktopServices::openUrl). Tests install a handler that
/// records the URL instead.
class UrlOpener
{
public:
    using Handler = std::function<bool(const QUrl&)>;
    static bool open(const QUrl& url);
    static void setHandler(Handler handler);
    static void resetHandler();
};

/// Announces a change to assistive technology: a QAccessible::Alert event on `widget` (its
/// accessible name is what a screen reader speaks), sent through QAccessible::updateAccessibility.
/// Qt sends events only while a screen reader is connected, so tests observe the event itself.
class Announcer
{
public:
    static void announce(QWidget* widget);
    static void setObserver(std::function<void(QAccessibleEvent* event)> observer);
};

} // namespace ghcr
