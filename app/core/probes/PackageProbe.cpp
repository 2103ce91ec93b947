#include "app/core/probes/PackageProbe.h"

#include "app/core/token/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ghcr {

PackageProbe::PackageProbe(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{
}

void PackageProbe::start(const QUrl& apiUrl, const QString& token, const QString& owner, const QString& name)
{
    m_apiUrl = apiUrl;
    m_token = token;
    m_owner = owner;
    m_name = name;
    m_evidence = PackageEvidence{};
    m_evidence.attempted = true;
    delete m_deadline;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &PackageProbe::giveUp);
    m_deadline->start(int(std::min<qint64>(m_http->remainingMs() / 2, std::numeric_limits<int>::max())));
    ask(!m_login.isEmpty() && owner.compare(m_login, Qt::CaseInsensitive) == 0 ? u"user"_s : u"orgs"_s);
}

void PackageProbe::ask(const QString& ownerKind)
{
    QUrl url = m_apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    // The package name may contain slashes (OWNER/group/app): one encoded path segment.
    const QString owner = ownerKind == u"user"_s
                              ? u"/user"_s
                              : u'/' + ownerKind + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(m_owner));
    url.setPath(base + owner + u"/packages/container/"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_name)),
                QUrl::TolerantMode);
    HttpRequest req;
    req.url = url;
    req.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    req.bearer = m_token; // scoped by the HTTP client: its size cap, and never sent on a redirect elsewhere
    m_evidence.url = url.toString(QUrl::RemoveUserInfo);
    m_job = m_http->send(req, this);
    connect(m_job, &HttpJob::finished, this, [this, ownerKind](const HttpResponse& response) {
        if (response.status == 404 && ownerKind == u"orgs"_s) {
            ask(u"users"_s);
            return;
        }
        interpret(response, &m_evidence);
        if (m_evidence.found)
            m_evidence.ownerKind = ownerKind == u"user"_s ? u"users"_s : ownerKind;
        done();
    });
}

void PackageProbe::giveUp()
{
    if (m_job)
        m_job->abort();
    m_evidence.errorSentence =
        tr("GET %1 did not answer within %n seconds, half of the check's budget (--timeout): the package's visibility "
           "and link are not known.",
           nullptr, int((m_deadline->interval() + 999) / 1000))
            .arg(m_evidence.url);
    done();
}

void PackageProbe::done()
{
    m_deadline->stop();
    m_token.fill(u'\0');
    m_token.clear();
    Q_EMIT finished(m_evidence);
}

bool PackageProbe::isPackage(const QJsonObject& package)
{
    const QJsonValue repository = package.value(u"repository"_s);
    const bool repositoryKnown =
        repository.isUndefined() || repository.isNull() || repository.toObject().value(u"full_name"_s).isString();
    return package.value(u"name"_s).isString() && package.value(u"visibility"_s).isString() && repositoryKnown;
}

void PackageProbe::interpret(const HttpResponse& response, PackageEvidence* e)
{
    e->httpStatus = response.status;
    if (!response.ok()) {
        e->errorSentence = Redactor::redact(response.errorSentence);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (response.status != 200) {
        e->message = Redactor::redact(body.value(u"message"_s).toString());
        return;
    }
    if (!isPackage(body)) {
        // Not GitHub's package object (no name or visibility, a repository that is not one): nothing is known, and
        // above all not "not linked".
        e->errorSentence = tr("GitHub's answer to GET %1 is not a package (no name, visibility or repository as "
                              "GitHub gives them).")
                               .arg(e->url);
        return;
    }
    e->found = true;
    e->visibility = body.value(u"visibility"_s).toString();
    const QJsonValue repository = body.value(u"repository"_s);
    e->hasRepository = repository.isObject();
    e->linkedRepository = repository.toObject().value(u"full_name"_s).toString();
}

} // namespace ghcr
