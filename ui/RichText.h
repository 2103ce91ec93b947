#pragma once

#include <QString>

namespace ghcr {

/// Plain text escaped for the window's rich-text labels and browsers.
inline QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

/// Plain text with its line breaks kept.
inline QString htmlParagraphs(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', QStringLiteral("<br>"));
    return escaped;
}

} // namespace ghcr
