#include "app/core/token/Scopes.h"

#include <QMap>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ghcr {

QStringList parseScopesHeader(const QString& header)
{
    QStringList out;
    const QStringList parts = header.split(u',', Qt::SkipEmptyParts);
    for (const QString& p : parts) {
        const QString s = p.trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out;
}

QStringList expandScopes(const QStringList& scopes)
{
    // Documented parent → children (GitHub "Scopes for OAuth apps").
    static const QMap<QString, QStringList> children{
        {u"repo"_s, {u"repo:status"_s, u"repo_deployment"_s, u"public_repo"_s, u"repo:invite"_s, u"security_events"_s}},
        {u"admin:org"_s, {u"write:org"_s, u"read:org"_s}},
        {u"write:org"_s, {u"read:org"_s}},
        {u"admin:repo_hook"_s, {u"write:repo_hook"_s, u"read:repo_hook"_s}},
        {u"write:repo_hook"_s, {u"read:repo_hook"_s}},
        {u"admin:public_key"_s, {u"write:public_key"_s, u"read:public_key"_s}},
        {u"write:public_key"_s, {u"read:public_key"_s}},
        {u"admin:gpg_key"_s, {u"write:gpg_key"_s, u"read:gpg_key"_s}},
        {u"write:gpg_key"_s, {u"read:gpg_key"_s}},
        {u"user"_s, {u"read:user"_s, u"user:email"_s, u"user:follow"_s}},
        {u"project"_s, {u"read:project"_s}},
        {u"admin:enterprise"_s, {u"manage_runners:enterprise"_s, u"manage_billing:enterprise"_s, u"read:enterprise"_s}},
    };
    QStringList out = scopes;
    for (int i = 0; i < out.size(); ++i) {
        const QStringList more = children.value(out.at(i));
        for (const QString& c : more)
            if (!out.contains(c))
                out << c;
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList requiredScopes(bool pull, bool push, bool del)
{
    QStringList s;
    if (pull || push || del)
        s << u"read:packages"_s; // always safe to include; the registry may want it explicitly
    if (push)
        s << u"write:packages"_s;
    if (del)
        s << u"delete:packages"_s;
    return s;
}

QDateTime parseGitHubExpiry(const QString& value)
{
    static const QRegularExpression re(
        uR"(^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QString zone = m.captured(7).toUpper();
    int offsetSeconds = 0;
    if (!zone.isEmpty() && zone != u"UTC"_s && zone != u"GMT"_s && zone != u"Z"_s) {
        zone.remove(u':');
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.mid(3, 2).toInt();
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    QDateTime dt(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return dt.toUTC();
}

QString newTokenUrl(const QString& host, const QStringList& scopes, const QString& description)
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host.isEmpty() ? u"github.com"_s : host);
    url.setPath(u"/settings/tokens/new"_s);
    QStringList clean;
    for (const QString& s : scopes)
        if (s != u"repo"_s)
            clean << s;
    QUrlQuery q;
    q.addQueryItem(u"scopes"_s, clean.join(u','));
    if (!description.isEmpty())
        q.addQueryItem(u"description"_s, description);
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded).replace(u"%3A"_s, u":"_s).replace(u"%2C"_s, u","_s);
}

} // namespace ghcr
