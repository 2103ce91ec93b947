#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ghcr {

/// What the window remembers between runs, typed, read and written in one place (QSettings).
/// Never the token: only names, choices and geometry.
struct WindowSettings
{
    QByteArray geometry;
    QByteArray panelsSplitter;
    QByteArray resultsSplitter;
    QByteArray checklistSplitter;
    QString host;
    QStringList recentHosts; ///< hosts typed before, besides the default (at most 8 are kept)
    QString user;
    QString image;
    QStringList operations = {QStringLiteral("pull")}; ///< ids: pull, push, delete
    bool advancedShown = false;
    QString apiUrl;
    QString registry;
    QString caFile;
    bool compareDockerLogin = true;
    /// False when API URL, registry and CA file were forced (command line, tests): save() keeps the
    /// user's own values then.
    bool saveAdvancedFields = true;

    static WindowSettings load();
    void save() const;

    /// Where and in which format the last report was saved ("html" until the first save).
    static QString lastReportDirectory();
    static QString lastReportFormat();
    static void setLastReport(const QString& directory, const QString& formatId);
};

} // namespace ghcr
