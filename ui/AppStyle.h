#pragma once

#include <QProxyStyle>

namespace ghcr {

/// The platform's style with the window's own icons where Qt would load one of its PNG icons: the menu bar's
/// overflow button asks for one as it is built, and reading the first PNG makes Qt scan every image format
/// plugin installed (a third of the window's start-up work besides the fonts). Everything else is the
/// platform's.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();
    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace ghcr
