#include "CheckRequest.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {
/// The file's user-visible sentences, in the "CheckRequest" translation context (lupdate extracts
/// CheckRequestText::tr).
class CheckRequestText
{
    Q_DECLARE_TR_FUNCTIONS(CheckRequest)
};
} // namespace

bool CheckRequest::isGitHubDotCom() const
{
    const QString h = host.trimmed().toLower();
    return h.isEmpty() || h == u"github.com"_s || h == u"www.github.com"_s || h == u"api.github.com"_s;
}

CheckRequest CheckRequest::resolved() const
{
    CheckRequest r = *this;
    r.host = host.trimmed().toLower();
    if (r.host.isEmpty() || r.host == u"www.github.com"_s || r.host == u"api.github.com"_s)
        r.host = u"github.com"_s;
    if (r.apiUrl.isEmpty()) {
        if (r.isGitHubDotCom())
            r.apiUrl = QUrl(u"https://api.github.com"_s);
        else
            r.apiUrl = QUrl(u"https://"_s + r.host + u"/api/v3"_s);
    }
    if (r.registry.trimmed().isEmpty())
        r.registry = r.isGitHubDotCom() ? u"ghcr.io"_s : u"containers."_s + r.host;
    r.registry = r.registry.trimmed().toLower();
    if (r.registry.startsWith(u"https://"_s))
        r.registry = r.registry.mid(8);
    while (r.registry.endsWith(u'/'))
        r.registry.chop(1);
    r.user = user.trimmed();
    r.image = image.trimmed();
    if (r.image.startsWith(r.registry + u'/'))
        r.image = r.image.mid(r.registry.size() + 1);
    return r;
}

QString CheckRequest::validate() const
{
    static const QRegularExpression hostRe(uR"(^[a-z0-9]([a-z0-9\-\.]*[a-z0-9])?(:\d{1,5})?$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const CheckRequest r = resolved();
    if (!hostRe.match(r.host).hasMatch())
        return CheckRequestText::tr("“%1” is not a host name. Enter github.com or your GitHub Enterprise Server host, "
                                    "without https:// or a path.")
            .arg(host);
    if (!r.apiUrl.isValid() || (r.apiUrl.scheme() != u"https"_s && r.apiUrl.scheme() != u"http"_s) ||
        r.apiUrl.host().isEmpty())
        return CheckRequestText::tr("The API URL “%1” is not a valid https:// URL.").arg(r.apiUrl.toString());
    if (!hostRe.match(r.registry).hasMatch())
        return CheckRequestText::tr(
                   "“%1” is not a registry host. Enter a host name with an optional port, like ghcr.io.")
            .arg(registry);
    static const QRegularExpression userRe(uR"(^[A-Za-z0-9]([A-Za-z0-9\-_\.]{0,98})?$)"_s);
    if (!r.user.isEmpty() && !userRe.match(r.user).hasMatch())
        return CheckRequestText::tr("“%1” is not a GitHub user name: use letters, digits and hyphens.").arg(user);
    if (!r.image.isEmpty()) {
        QString repo, ref, error;
        if (!parseImageReference(r.image, &repo, &ref, &error))
            return error;
    }
    if (operations.isEmpty())
        return CheckRequestText::tr("Choose at least one operation to verify (pull, push or delete).");
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return CheckRequestText::tr("The timeout must be between 1 and 600 seconds.");
    return {};
}

bool parseImageReference(const QString& image, QString* repository, QString* reference, QString* error)
{
    // OWNER/NAME[/MORE][:TAG|@sha256:HEX], lower-case path components per the distribution spec.
    static const QRegularExpression re(
        uR"(^([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+)(?::([A-Za-z0-9_][A-Za-z0-9_.\-]{0,127})|@(sha256:[a-f0-9]{64}))?$)"_s);
    const QString s = image.trimmed();
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        if (error) {
            if (s != s.toLower())
                *error = CheckRequestText::tr("Image names must be lower-case: use “%1”.")
                             .arg(s.section(u':', 0, 0).toLower());
            else if (!s.contains(u'/'))
                *error = CheckRequestText::tr(
                             "“%1” needs an owner: write OWNER/NAME, for example octocat/hello-world:latest.")
                             .arg(s);
            else
                *error = CheckRequestText::tr("“%1” is not an image reference. Write OWNER/NAME[:TAG], for example "
                                              "octocat/hello-world:latest.")
                             .arg(s);
        }
        return false;
    }
    if (repository)
        *repository = m.captured(1);
    if (reference) {
        if (!m.captured(2).isEmpty())
            *reference = m.captured(2);
        else if (!m.captured(3).isEmpty())
            *reference = m.captured(3);
        else
            *reference = u"latest"_s;
    }
    return true;
}

} // namespace ghcr
