#include "app/core/AppVersion.h"

#include "app/core/AppInfo.h"
#include "app/core/BuildInfo.h"

namespace ghcr {

QString appVersion()
{
    return QStringLiteral(GHCR_VERSION);
}

QString appCommit()
{
    return QStringLiteral(GHCR_COMMIT);
}

QString appVersionText(const QString& version, const QString& commit)
{
    if (commit.isEmpty() || commit == version || commit == QLatin1Char('v') + version)
        return version;
    return version + QStringLiteral(" (") + commit + QLatin1Char(')');
}

QString appVersionText()
{
    return appVersionText(appVersion(), appCommit());
}

} // namespace ghcr
