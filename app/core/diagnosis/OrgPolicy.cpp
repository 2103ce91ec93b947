#include "app/core/diagnosis/OrgPolicy.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ghcr {

OrgPolicy orgPolicyFrom(const QString& message, const QString& githubHost)
{
    OrgPolicy p;
    const QString text = message.left(2000);
    if (!text.contains(u"forbids access"_s, Qt::CaseInsensitive))
        return p;
    p.quote = text.trimmed();
    // "`acme` forbids access", and "The `acme` organization forbids access" (the lifetime policy's wording).
    static const QRegularExpression orgRe(
        uR"([`'"]?([A-Za-z0-9][A-Za-z0-9._-]{0,99})[`'"]?(?:\s+organization)?\s+forbids access)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = orgRe.match(text); m.hasMatch())
        p.organization = m.captured(1);
    static const QRegularExpression lifetimeRe(uR"(lifetime is (?:greater|longer) than (\d{1,4}) days?)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    if (const auto m = lifetimeRe.match(text); m.hasMatch()) {
        p.kind = OrgPolicy::Kind::LifetimeTooLong;
        p.maxLifetimeDays = m.captured(1).toInt();
        static const QRegularExpression urlRe(uR"(https://[^\s"'<>`]+)"_s);
        if (const auto u = urlRe.match(text); u.hasMatch()) {
            QString candidate = u.captured(0);
            while (candidate.endsWith(u'.') || candidate.endsWith(u','))
                candidate.chop(1);
            const QUrl url(candidate);
            const QString host = url.host().toLower();
            if (url.isValid() && (host == githubHost.toLower() || host == u"github.com"_s))
                p.adjustUrl = url.toString();
        }
        return p;
    }
    if (text.contains(u"personal access token (classic)"_s, Qt::CaseInsensitive) ||
        text.contains(u"classic personal access token"_s, Qt::CaseInsensitive))
        p.kind = OrgPolicy::Kind::ClassicPatForbidden;
    return p;
}

} // namespace ghcr
