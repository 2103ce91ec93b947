#include "ui/AppStyle.h"

#include "ui/Icons.h"

using namespace Qt::StringLiterals;

namespace ghcr {

AppStyle::AppStyle()
    : QProxyStyle(nullptr)
{
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option, const QWidget* widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return uiIcon(u"chevron-right"_s);
    case SP_ToolBarVerticalExtensionButton:
        return uiIcon(u"chevron-down"_s);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace ghcr
