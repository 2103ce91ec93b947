#include "app/core/model/CheckRequest.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

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

bool isValidHostPort(const QString& hostPort)
{
    // Parsed exactly as the requests will be (https://HOST[:PORT]/), then the parts QUrl lets through.
    static const QRegularExpression plain(uR"(^(\[[0-9a-f:.]+\]|[a-z0-9.\-]+)(:[0-9]{1,5})?$)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (!plain.match(hostPort).hasMatch())
        return false;
    const QUrl url(u"https://"_s + hostPort + u"/"_s, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const qsizetype close = hostPort.lastIndexOf(u']');
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon > close && (url.port() < 1 || url.port() > 65535))
        return false;
    QHostAddress address;
    if (address.setAddress(url.host()))
        return hostPort.startsWith(u'[') == (address.protocol() == QAbstractSocket::IPv6Protocol);
    const QString host = url.host();
    if (host.size() > 253)
        return false;
    static const QRegularExpression label(uR"(^[a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?$)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString& part : host.split(u'.'))
        if (!label.match(part).hasMatch())
            return false;
    return true;
}

bool CheckRequest::isGitHubDotCom() const
{
    const QString h = host.trimmed().toLower();
    return h.isEmpty() || h == u"github.com"_s || h == u"www.github.com"_s || h == u"api.github.com"_s;
}

QString CheckRequest::webHost() const
{
    return isGitHubDotCom() ? u"github.com"_s : host;
}

bool CheckRequest::isGheDotCom() const
{
    const QString h = host.trimmed().toLower();
    return h.endsWith(u".ghe.com"_s) && h.count(u'.') == 2;
}

CheckRequest CheckRequest::resolved() const
{
    CheckRequest r = *this;
    r.host = host.trimmed().toLower();
    if (r.host.isEmpty() || r.host == u"www.github.com"_s || r.host == u"api.github.com"_s)
        r.host = u"github.com"_s;
    // GitHub.com: api.github.com + ghcr.io. GHE.com (data residency): api.SUB.ghe.com + containers.SUB.ghe.com.
    // GitHub Enterprise Server: HOST/api/v3 + containers.HOST.
    if (r.apiUrl.isEmpty()) {
        if (r.isGitHubDotCom())
            r.apiUrl = QUrl(u"https://api.github.com"_s);
        else if (r.isGheDotCom())
            r.apiUrl = QUrl(u"https://api."_s + r.host);
        else
            r.apiUrl = QUrl(u"https://"_s + r.host + u"/api/v3"_s);
    }
    // Resolving twice gives the same: what is left after removing a scheme and slashes decides the default.
    QString previous;
    do {
        previous = r.registry;
        r.registry = r.registry.trimmed().toLower();
        if (r.registry.startsWith(u"https://"_s))
            r.registry = r.registry.mid(8);
        while (r.registry.endsWith(u'/'))
            r.registry.chop(1);
    } while (r.registry != previous);
    if (r.registry.isEmpty())
        r.registry = r.isGitHubDotCom() ? u"ghcr.io"_s : u"containers."_s + r.host;
    r.user = user.trimmed();
    r.image = image.trimmed(); // as typed: lintImage() says what it means for this registry
    return r;
}

QString CheckRequest::validate() const
{
    const CheckRequest r = resolved();
    if (!isValidHostPort(r.host))
        return CheckRequestText::tr("“%1” is not a host name. Enter github.com or your GitHub Enterprise Server host, "
                                    "without https:// or a path.")
            .arg(host);
    if (!r.apiUrl.isValid() || (r.apiUrl.scheme() != u"https"_s && r.apiUrl.scheme() != u"http"_s) ||
        r.apiUrl.host().isEmpty())
        return CheckRequestText::tr("The API URL “%1” is not a valid https:// URL.").arg(r.apiUrl.toString());
    if (!isValidHostPort(r.registry))
        return CheckRequestText::tr("“%1” is not a registry host. Enter a host name or address with an optional "
                                    "port (1–65535), like ghcr.io, 127.0.0.1:5000 or [::1]:5000.")
            .arg(registry);
    static const QRegularExpression userRe(uR"(^[A-Za-z0-9]([A-Za-z0-9\-_\.]{0,98})?$)"_s);
    if (!r.user.isEmpty() && !userRe.match(r.user).hasMatch())
        return CheckRequestText::tr("“%1” is not a GitHub user name: use letters, digits and hyphens.").arg(user);
    if (!r.image.isEmpty()) {
        const ImageLint lint = lintImage(r.image, r.registry);
        if (!lint.valid)
            return lint.notes.isEmpty() ? QString() : lint.notes.constLast().message;
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return CheckRequestText::tr("The timeout must be between 1 and 600 seconds.");
    return {};
}

bool ImageLint::hasProblem() const
{
    for (const ImageNote& n : notes)
        if (n.problem)
            return true;
    return false;
}

QString ImageLint::corrected() const
{
    return repository + (reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s) + reference;
}

QString ImageLint::named(bool withReference) const
{
    return (typedHost.isEmpty() ? QString() : typedHost + u'/') + (withReference ? corrected() : repository);
}

ImageLint lintImage(const QString& image, const QString& registry)
{
    ImageLint lint;
    lint.given = image.trimmed();
    QString rest = lint.given;
    for (const QString& scheme : {u"https://"_s, u"http://"_s, u"docker://"_s})
        if (rest.startsWith(scheme, Qt::CaseInsensitive))
            rest = rest.mid(scheme.size());
    const QString reg = registry.trimmed().toLower();
    // Docker's rule: the first component is a host when it has a '.' or ':' or is "localhost".
    const QString first = rest.section(u'/', 0, 0);
    const bool hasHost = rest.contains(u'/') && (first.contains(u'.') || first.contains(u':') ||
                                                 first.compare(u"localhost"_s, Qt::CaseInsensitive) == 0);
    lint.probe = true;
    if (hasHost) {
        const QString host = first.toLower();
        rest = rest.section(u'/', 1);
        if (host == reg) {
            lint.typedHost = first;
            lint.notes << ImageNote{u"host-stripped"_s, false,
                                    CheckRequestText::tr("“%1/” is the registry checked: the requests to it name "
                                                         "OWNER/NAME[:TAG] alone.")
                                        .arg(first)};
        } else if (host == u"ghrc.io"_s) {
            lint.probe = reg == u"ghcr.io"_s;
            lint.notes << ImageNote{u"ghrc-typo"_s, true,
                                    CheckRequestText::tr("“ghrc.io” is a typo of ghcr.io (GitHub Container "
                                                         "Registry): Docker would try a host that is not GitHub's. "
                                                         "Write ghcr.io/%1.")
                                        .arg(rest)};
        } else if (host == u"docker.pkg.github.com"_s) {
            lint.probe = false;
            const QString owner = rest.section(u'/', 0, 0);
            const QString name = rest.section(u'/', -1);
            lint.notes << ImageNote{u"retired-host"_s, true,
                                    CheckRequestText::tr("docker.pkg.github.com (the old GitHub Packages Docker "
                                                         "registry) was retired; images now live at ghcr.io/%1/%2. "
                                                         "Nothing was probed for this reference.")
                                        .arg(owner.toLower(), name.section(u':', 0, 0).section(u'@', 0, 0).toLower())};
        } else {
            lint.probe = false;
            lint.notes << ImageNote{u"other-host"_s, true,
                                    CheckRequestText::tr("The image names the registry %1, but the registry checked "
                                                         "is %2: a token for one says nothing about the other. "
                                                         "Nothing was probed for this reference; set the registry to "
                                                         "%1 to check it there.")
                                        .arg(host, reg)};
        }
    }
    // name[:tag][@digest]: with both, Docker pulls by digest. A ":" or "@" with nothing after it stays, so that
    // the reference is refused instead of being read as :latest.
    QString digest;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        digest = rest.mid(at);
        rest = rest.left(at);
    }
    QString tag;
    if (const qsizetype colon = rest.lastIndexOf(u':'); colon > rest.lastIndexOf(u'/')) {
        tag = rest.mid(colon);
        rest = rest.left(colon);
    }
    if (rest != rest.toLower()) {
        lint.notes << ImageNote{u"uppercase"_s, true,
                                CheckRequestText::tr("Image names must be lower-case: Docker refuses “%1” "
                                                     "(“repository name must be lowercase”). Use “%2”; it was "
                                                     "checked as that.")
                                    .arg(rest, rest.toLower())};
        rest = rest.toLower();
    }
    const QString parsable = rest + tag + digest.toLower();
    QString error;
    if (!parseImageReference(parsable, &lint.repository, &lint.reference, &error)) {
        lint.valid = false;
        lint.probe = false;
        lint.notes << ImageNote{u"invalid"_s, true, error};
        return lint;
    }
    lint.valid = true;
    return lint;
}

namespace {

bool isNameComponent(const QString& part)
{
    static const QRegularExpression re(uR"(^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$)"_s);
    return re.match(part).hasMatch();
}

/// What is wrong with the digest after "@" (`digest`) or the tag after ":" of `s` (whose name is `name`); empty
/// when nothing is.
QString suffixProblem(const QString& s, const QString& name, const QString& value, bool digest)
{
    static const QRegularExpression digestRe(uR"(^sha256:[a-f0-9]{64}$)"_s);
    static const QRegularExpression tagRe(uR"(^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}$)"_s);
    if (digest && value.isEmpty())
        return CheckRequestText::tr("“%1” ends with “@” but no digest follows it. Write the digest (OWNER/NAME@sha256: "
                                    "and 64 hexadecimal digits) or leave out the “@” and give a tag (OWNER/NAME:TAG).")
            .arg(s);
    if (digest && !digestRe.match(value).hasMatch())
        return CheckRequestText::tr("“%1” is not a digest: a digest is “sha256:” followed by exactly 64 hexadecimal "
                                    "digits (0–9, a–f), as “docker inspect” or the package's page shows it. Copy it "
                                    "whole, or give a tag instead (OWNER/NAME:TAG).")
            .arg(value);
    if (!digest && value.isEmpty())
        return CheckRequestText::tr("“%1” ends with “:” but no tag follows it. Write the tag (for example %2:1.0) or "
                                    "leave out the “:” to mean %2:latest.")
            .arg(s, name);
    if (!digest && !tagRe.match(value).hasMatch())
        return CheckRequestText::tr("“%1” is not a tag: a tag has 1 to 128 letters, digits, “_”, “.” and “-”, and "
                                    "does not start with “.” or “-” (for example %2:1.0 or %2:latest).")
            .arg(value, name);
    return {};
}

/// Why `s` is not OWNER/NAME[:TAG][@sha256:DIGEST]: the first part that is wrong, and what a right one looks like.
QString imageReferenceProblem(const QString& s)
{
    QString name = s;
    std::optional<QString> digest;
    std::optional<QString> tag;
    if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
        digest = name.mid(at + 1);
        name.truncate(at);
    }
    if (const qsizetype colon = name.lastIndexOf(u':'); colon > name.lastIndexOf(u'/')) {
        tag = name.mid(colon + 1);
        name.truncate(colon);
    }
    if (const QString problem = digest ? suffixProblem(s, name, *digest, true) : QString(); !problem.isEmpty())
        return problem;
    if (const QString problem = tag ? suffixProblem(s, name, *tag, false) : QString(); !problem.isEmpty())
        return problem;
    if (name != name.toLower())
        return CheckRequestText::tr("Image names must be lower-case: use “%1”.").arg(name.toLower());
    if (!name.contains(u'/'))
        return CheckRequestText::tr("“%1” needs an owner: write OWNER/NAME, for example octocat/hello-world:latest.")
            .arg(s);
    const QStringList parts = name.split(u'/');
    if (parts.contains(QString()))
        return CheckRequestText::tr(
                   "“%1” has an empty part (a “/” at its start or end, or “//”). Write OWNER/NAME[:TAG] with "
                   "nothing empty between the slashes, for example octocat/hello-world:latest.")
            .arg(s);
    for (const QString& part : parts)
        if (!isNameComponent(part))
            return CheckRequestText::tr(
                       "“%1” in “%2” is not a valid name: use lower-case letters and digits, joined by single "
                       "“.”, “_”, “__” or “-” (not at the start or the end), for example octocat/hello-world.")
                .arg(part, s);
    return CheckRequestText::tr(
               "“%1” is not an image reference. Write OWNER/NAME[:TAG], for example octocat/hello-world:latest.")
        .arg(s);
}

} // namespace

bool parseImageReference(const QString& image, QString* repository, QString* reference, QString* error)
{
    // OWNER/NAME[/MORE][:TAG][@sha256:HEX], lower-case path components per the distribution spec; with a tag and a
    // digest, the digest is what is pulled (as Docker does).
    static const QRegularExpression re(
        uR"(^([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+)(?::([A-Za-z0-9_][A-Za-z0-9_.\-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$)"_s);
    const QString s = image.trimmed();
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch()) {
        if (error)
            *error = imageReferenceProblem(s);
        return false;
    }
    if (repository)
        *repository = m.captured(1);
    if (reference) {
        if (!m.captured(3).isEmpty())
            *reference = m.captured(3);
        else if (!m.captured(2).isEmpty())
            *reference = m.captured(2);
        else
            *reference = u"latest"_s;
    }
    return true;
}

} // namespace ghcr
