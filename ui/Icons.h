#pragma once

#include "app/core/diagnosis/Diagnosis.h"

#include <QIcon>
#include <QString>

namespace ghcr {

/// Action icon from resources/icons/ui/NAME.svg, drawn in the palette's text colour at the size
/// and device pixel ratio asked for (sharp on HiDPI, follows light and dark palettes).
QIcon uiIcon(const QString& name);
/// The status icon of a checklist row (own colours, readable on light and dark backgrounds).
QIcon statusIcon(CheckStatus status);
/// The "running" clock icon of a panel.
QIcon runningIcon();
/// The application icon (hicolor theme first, then the bundled SVG).
QIcon applicationIcon();

} // namespace ghcr
