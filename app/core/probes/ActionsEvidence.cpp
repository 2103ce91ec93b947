#include "app/core/probes/ActionsEvidence.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ghcr {

bool ActionsContext::isPullRequest() const
{
    return eventName == u"pull_request"_s || eventName == u"pull_request_target"_s;
}

ActionsContext ActionsContext::fromEnvironment(const QProcessEnvironment& env)
{
    ActionsContext c;
    c.inActions = env.value(u"GITHUB_ACTIONS"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    if (!c.inActions)
        return c;
    c.repository = env.value(u"GITHUB_REPOSITORY"_s);
    c.eventName = env.value(u"GITHUB_EVENT_NAME"_s);
    c.actor = env.value(u"GITHUB_ACTOR"_s);
    c.headRepository = env.value(u"GITHUB_HEAD_REPOSITORY"_s);

    const QString eventPath = env.value(u"GITHUB_EVENT_PATH"_s);
    if (!eventPath.isEmpty()) {
        QFile file(eventPath);
        if (!file.open(QIODevice::ReadOnly)) {
            c.eventPathProblem = file.errorString();
        } else {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &error);
            if (!doc.isObject()) {
                c.eventPathProblem = error.errorString();
            } else {
                const QJsonObject payload = doc.object();
                const QJsonObject pr = payload.value(u"pull_request"_s).toObject();
                const QJsonObject head = pr.value(u"head"_s).toObject().value(u"repo"_s).toObject();
                const QString base = payload.value(u"repository"_s).toObject().value(u"full_name"_s).toString();
                if (c.repository.isEmpty())
                    c.repository = base;
                if (!head.isEmpty()) {
                    c.headRepository = head.value(u"full_name"_s).toString(c.headRepository);
                    c.forkPullRequest = head.value(u"fork"_s).toBool();
                }
            }
        }
    }
    // The event payload is the better source; without it a head repository other than this one is a fork.
    if (c.isPullRequest() && !c.headRepository.isEmpty() && !c.repository.isEmpty() &&
        c.headRepository.compare(c.repository, Qt::CaseInsensitive) != 0)
        c.forkPullRequest = true;
    return c;
}

QString PackageEvidence::settingsUrl(const QString& host, const QString& ownerKind, const QString& owner,
                                     const QString& name)
{
    return u"https://"_s + host + u'/' + (ownerKind.isEmpty() ? u"users"_s : ownerKind) + u'/' + owner +
           u"/packages/container/"_s + QString::fromUtf8(QUrl::toPercentEncoding(name)) + u"/settings"_s;
}

} // namespace ghcr
