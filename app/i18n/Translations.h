#pragma once

#include <QString>

namespace ghcr {

/// Loads the application's translation (and Qt's own) for `language`, else $GHCR_DOCTOR_LANG,
/// else the system locale. Returns the language actually loaded ("en" when none matched).
QString installTranslations(const QString& language);

} // namespace ghcr
