#include "ui/WindowSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

namespace Keys {
const auto geometry = u"window/geometry"_s;
const auto panelsSplitter = u"window/panelsSplitter"_s;
const auto resultsSplitter = u"window/resultsSplitter"_s;
const auto checklistSplitter = u"window/checklistSplitter"_s;
const auto host = u"check/host"_s;
const auto hosts = u"check/recentHosts"_s;
const auto user = u"check/user"_s;
const auto image = u"check/image"_s;
const auto operations = u"check/operations"_s;
const auto advancedShown = u"advanced/shown"_s;
const auto apiUrl = u"advanced/apiUrl"_s;
const auto registry = u"advanced/registry"_s;
const auto caFile = u"advanced/caFile"_s;
const auto compareDocker = u"advanced/compareDockerLogin"_s;
const auto reportDir = u"report/lastDirectory"_s;
const auto reportFormat = u"report/lastFormat"_s;
} // namespace Keys

} // namespace

WindowSettings WindowSettings::load()
{
    const QSettings settings;
    WindowSettings s;
    s.geometry = settings.value(Keys::geometry).toByteArray();
    s.panelsSplitter = settings.value(Keys::panelsSplitter).toByteArray();
    s.resultsSplitter = settings.value(Keys::resultsSplitter).toByteArray();
    s.checklistSplitter = settings.value(Keys::checklistSplitter).toByteArray();
    s.host = settings.value(Keys::host, u"github.com"_s).toString();
    s.recentHosts = settings.value(Keys::hosts).toStringList();
    s.user = settings.value(Keys::user).toString();
    s.image = settings.value(Keys::image).toString();
    s.operations = settings.value(Keys::operations, s.operations).toStringList();
    s.advancedShown = settings.value(Keys::advancedShown, false).toBool();
    s.apiUrl = settings.value(Keys::apiUrl).toString();
    s.registry = settings.value(Keys::registry).toString();
    s.caFile = settings.value(Keys::caFile).toString();
    s.compareDockerLogin = settings.value(Keys::compareDocker, true).toBool();
    return s;
}

void WindowSettings::save() const
{
    QSettings settings;
    settings.setValue(Keys::geometry, geometry);
    settings.setValue(Keys::panelsSplitter, panelsSplitter);
    settings.setValue(Keys::resultsSplitter, resultsSplitter);
    settings.setValue(Keys::checklistSplitter, checklistSplitter);
    settings.setValue(Keys::host, host);
    settings.setValue(Keys::hosts, recentHosts.mid(0, 8));
    settings.setValue(Keys::user, user);
    settings.setValue(Keys::image, image);
    settings.setValue(Keys::operations, operations);
    settings.setValue(Keys::advancedShown, advancedShown);
    settings.setValue(Keys::compareDocker, compareDockerLogin);
    if (saveAdvancedFields) {
        settings.setValue(Keys::apiUrl, apiUrl);
        settings.setValue(Keys::registry, registry);
        settings.setValue(Keys::caFile, caFile);
    }
}

QString WindowSettings::lastReportDirectory()
{
    return QSettings().value(Keys::reportDir).toString();
}

QString WindowSettings::lastReportFormat()
{
    return QSettings().value(Keys::reportFormat, u"html"_s).toString();
}

void WindowSettings::setLastReport(const QString& directory, const QString& formatId)
{
    QSettings settings;
    settings.setValue(Keys::reportDir, directory);
    settings.setValue(Keys::reportFormat, formatId);
}

} // namespace ghcr
