// The machine-readable report: "ghcr-doctor.report/1", described by resources/report.schema.json.
#include "app/reports/Report.h"

#include "app/core/AppVersion.h"
#include "app/core/token/Redactor.h"
#include "app/reports/ReportFacts.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QJsonValue str(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(Redactor::redact(s));
}

QJsonValue date(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/// Redacted, also for ids and enum-like values: nothing reaches the document unredacted.
QString red(const QString& s)
{
    return Redactor::redact(s);
}

QJsonValue localDate(const QDateTime& dt, const QTimeZone& zone)
{
    if (!dt.isValid())
        return QJsonValue(QJsonValue::Null);
    return (zone.isValid() ? dt.toTimeZone(zone) : dt.toLocalTime()).toString(Qt::ISODate);
}

QJsonValue status(int httpStatus)
{
    return httpStatus ? QJsonValue(httpStatus) : QJsonValue(QJsonValue::Null);
}

QJsonValue tristate(const std::optional<bool>& b)
{
    return b.has_value() ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonArray list(const QStringList& l)
{
    QJsonArray a;
    for (const QString& s : l)
        a.append(Redactor::redact(s));
    return a;
}

QJsonObject operationJson(const OperationResult& r)
{
    return QJsonObject{
        {u"requested"_s, r.requested},
        {u"allowed"_s, tristate(r.allowed)},
        {u"basis"_s, red(enumId(r.basis))},
        {u"tokenStatus"_s, status(r.tokenStatus)},
        {u"probe"_s, str(r.probe)},
        {u"httpStatus"_s, status(r.httpStatus)},
        {u"code"_s, str(r.code)},
        {u"message"_s, str(r.message)},
        {u"challengeError"_s, str(r.challengeError)},
        {u"note"_s, str(r.note)},
        {u"cancelProbe"_s, str(r.cancelProbe)},
        {u"cancelStatus"_s, status(r.cancelStatus)},
        {u"cancelNote"_s, str(r.cancelNote)},
        {u"error"_s, str(r.errorSentence)},
        {u"elapsedMs"_s, r.elapsedMs},
    };
}

/// One stored login: the fingerprint and kind of its secret, never the secret.
QJsonObject storedLoginJson(const StoredLogin& l)
{
    return QJsonObject{
        {u"configPath"_s, str(l.configPath)},       {u"store"_s, str(l.store)},
        {u"helperProgram"_s, str(l.helperProgram)}, {u"entryFound"_s, l.entryFound},
        {u"storedUser"_s, str(l.storedUser)},       {u"storedFingerprint"_s, str(l.storedFingerprint)},
        {u"storedKind"_s, str(l.storedKind)},       {u"sameAsChecked"_s, tristate(l.sameAsChecked)},
        {u"error"_s, str(l.errorSentence)},
    };
}

/// Every stored login for the registry (docker.entries), each with the tool that reads it.
QJsonArray storedLoginsJson(const QList<StoredLogin>& logins)
{
    QJsonArray entries;
    for (const StoredLogin& l : logins) {
        QJsonObject entry = storedLoginJson(l);
        entry.insert(u"tool"_s, red(l.tool));
        entries.append(entry);
    }
    return entries;
}

QJsonArray checklistJson(const QList<ChecklistItem>& items)
{
    QJsonArray checklist;
    for (const ChecklistItem& i : items)
        checklist.append(QJsonObject{{u"id"_s, red(i.id)},
                                     {u"status"_s, checkStatusId(i.status)},
                                     {u"title"_s, Redactor::redact(i.title)},
                                     {u"detail"_s, Redactor::redact(i.detail)},
                                     {u"evidence"_s, Redactor::redact(i.evidence)},
                                     {u"fix"_s, str(i.fix)}});
    return checklist;
}

/// One image of the every-package check's images[] (its rows derived by the matrix's diagnosis).
QJsonObject imageJson(const Diagnosis& d, const ImageResult& image)
{
    const PackageInfo& p = image.package;
    QJsonObject ops;
    for (const OperationResult& op : image.registry.operations)
        ops.insert(operationId(op.operation), operationJson(op));
    return QJsonObject{
        {u"image"_s, red(p.image())},
        {u"owner"_s, red(p.owner)},
        {u"name"_s, red(p.name)},
        {u"ownerType"_s, p.ownerIsOrg ? u"organization"_s : (p.listed ? u"user"_s : QString())},
        {u"visibility"_s, str(p.visibility)},
        {u"repository"_s, str(p.repository)},
        {u"listed"_s, p.listed},
        {u"settingsUrl"_s, str(p.settingsUrl)},
        {u"finished"_s, image.finished},
        {u"cancelled"_s, image.cancelled},
        {u"verdict"_s, image.finished ? verdictId(image.verdict) : QJsonValue(QJsonValue::Null)},
        {u"summary"_s, str(image.summary)},
        {u"reference"_s, str(image.registry.reference)},
        {u"referenceExists"_s, tristate(image.registry.referenceExists)},
        {u"public"_s, tristate(image.registry.publicImage)},
        {u"operations"_s, ops},
        {u"checklist"_s, checklistJson(d.imageChecklist(image))},
        {u"elapsedMs"_s, image.registry.elapsedMs},
    };
}

/// Stands in for images[] in the document's tree; writeSpliced() writes the array in its place.
QString imagesPlaceholder()
{
    return QChar(1) + u"images"_s + QChar(1);
}

/// Writes `document` to `device` with images[] where the placeholder stands, image by image, exactly as
/// QJsonDocument's indented format writes an array at the top level (tst_JsonReportSchema::matrixIsCanonicalJson):
/// as one tree of QJsonValues a 500-image report peaked at 9 MiB more than its 2.6 MB of text, and as one
/// QByteArray it still held those 2.6 MB; one image's object at a time costs a few KiB.
bool writeSpliced(const QByteArray& document, const Diagnosis& d, QIODevice* device)
{
    auto put = [device](QByteArrayView bytes) { return device->write(bytes.data(), bytes.size()) == bytes.size(); };
    // The root's own key at its indentation: no string value can hold a raw newline, so nothing else matches.
    const QByteArray key = "\n    \"images\": "_ba;
    const QByteArray value =
        QJsonDocument(QJsonArray{imagesPlaceholder()}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    const qsizetype at = document.indexOf(QByteArray(key + value));
    if (at < 0)
        return put(document);
    bool ok = put(QByteArrayView(document).first(at + key.size())) && put("[\n");
    const QList<ImageResult>& images = d.images;
    for (qsizetype i = 0; ok && i < images.size(); ++i) {
        QByteArray one = QJsonDocument(imageJson(d, images.at(i))).toJson(QJsonDocument::Indented).chopped(1);
        one.replace('\n', "\n        "_ba);
        ok = put("        ") && put(one) && put(i + 1 < images.size() ? ",\n" : "\n");
    }
    return ok && put("    ]") && put(QByteArrayView(document).sliced(at + key.size() + value.size()));
}

/// The every-package check: images[], packages (the listing) and refusalGroups[] (a compatible extension of
/// ghcr-doctor.report/1: present only when the report is a matrix). images[] is a placeholder until writeSpliced().
void addMatrix(QJsonObject& root, const Diagnosis& d)
{
    QJsonArray owners;
    for (const OwnerListing& o : d.listing.owners)
        owners.append(QJsonObject{{u"owner"_s, str(o.owner)},
                                  {u"organization"_s, o.isOrg},
                                  {u"listed"_s, o.listed},
                                  {u"httpStatus"_s, status(o.httpStatus)},
                                  {u"packages"_s, o.packages},
                                  {u"url"_s, str(o.url)},
                                  {u"reason"_s, str(o.reason)},
                                  {u"ssoUrl"_s, str(o.ssoUrl)}});
    QJsonArray groups;
    for (const RefusalGroup& g : d.refusalGroups)
        groups.append(QJsonObject{{u"id"_s, red(g.id)},
                                  {u"operation"_s, str(g.operation)},
                                  {u"cause"_s, Redactor::redact(g.cause)},
                                  {u"fix"_s, str(g.fix)},
                                  {u"images"_s, list(g.images)},
                                  {u"sentence"_s, Redactor::redact(g.sentence)}});
    root.insert(u"images"_s, d.images.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(imagesPlaceholder()));
    root.insert(u"packages"_s, QJsonObject{{u"listed"_s, d.listing.attempted},
                                           {u"skipped"_s, d.listing.skipped},
                                           {u"complete"_s, d.listing.attempted && d.listing.complete()},
                                           {u"owners"_s, owners},
                                           {u"organizationsError"_s, str(d.listing.orgsError)}});
    root.insert(u"refusalGroups"_s, groups);
}

QJsonObject tokenJson(const TokenAnalysis& t)
{
    QJsonArray issues;
    for (const TokenIssue& i : t.issues)
        issues.append(
            QJsonObject{{u"id"_s, red(i.id)}, {u"message"_s, Redactor::redact(i.message)}, {u"fatal"_s, i.fatal}});
    return QJsonObject{{u"kind"_s, tokenKindId(t.kind)},
                       {u"formatValid"_s, t.formatValid},
                       {u"checksumValid"_s, tristate(t.checksumValid)},
                       {u"stateless"_s, t.stateless},
                       {u"trimmed"_s, t.trimmed},
                       {u"length"_s, t.length},
                       {u"fingerprint"_s, str(t.fingerprint)},
                       {u"redacted"_s, red(t.redacted)},
                       {u"issues"_s, issues}};
}

QJsonObject requestJson(const CheckRequest& request)
{
    QJsonArray requested;
    for (Operation op : request.operations)
        requested.append(operationId(op));
    return QJsonObject{
        {u"host"_s, red(request.host)},         {u"apiUrl"_s, red(request.apiUrl.toString(QUrl::RemoveUserInfo))},
        {u"registry"_s, red(request.registry)}, {u"user"_s, str(request.user)},
        {u"image"_s, str(request.image)},       {u"operations"_s, requested},
        {u"loginOnly"_s, request.loginOnly()},  {u"timeoutSeconds"_s, request.timeoutSeconds}};
}

QJsonObject apiJson(const ApiEvidence& a)
{
    QJsonObject rate{
        {u"limit"_s, a.rateLimit.limit >= 0 ? QJsonValue(a.rateLimit.limit) : QJsonValue()},
        {u"remaining"_s, a.rateLimit.remaining >= 0 ? QJsonValue(a.rateLimit.remaining) : QJsonValue()},
        {u"used"_s, a.rateLimit.used >= 0 ? QJsonValue(a.rateLimit.used) : QJsonValue()},
        {u"reset"_s, date(a.rateLimit.reset)},
        {u"resource"_s, str(a.rateLimit.resource)},
        {u"retryAfterSeconds"_s,
         a.rateLimit.retryAfterSeconds >= 0 ? QJsonValue(a.rateLimit.retryAfterSeconds) : QJsonValue()},
    };
    return QJsonObject{
        {u"url"_s, str(a.url)},
        {u"outcome"_s, apiOutcomeId(a.outcome)},
        {u"httpStatus"_s, status(a.httpStatus)},
        {u"login"_s, str(a.login)},
        {u"accountType"_s, str(a.accountType)},
        {u"scopes"_s, a.scopes ? QJsonValue(list(*a.scopes)) : QJsonValue(QJsonValue::Null)},
        {u"scopesExpanded"_s, a.scopes ? QJsonValue(list(a.scopesExpanded)) : QJsonValue(QJsonValue::Null)},
        {u"scopesInferredEmpty"_s, a.scopesInferredEmpty},
        {u"acceptedScopes"_s, list(a.acceptedScopes)},
        {u"acceptedPermissions"_s, str(a.acceptedPermissions)},
        {u"expiresRaw"_s, str(a.expiresRaw)},
        {u"expiresAt"_s, date(a.expiresAt)},
        {u"expiresInDays"_s, a.expiresInDays() ? QJsonValue(*a.expiresInDays()) : QJsonValue(QJsonValue::Null)},
        {u"ssoRequired"_s, a.ssoRequired},
        {u"ssoUrl"_s, str(a.ssoUrl)},
        {u"ssoPartialOrganizations"_s, list(a.ssoPartialOrganizations)},
        {u"rateLimitRemaining"_s, a.rateLimit.remaining >= 0 ? QJsonValue(a.rateLimit.remaining) : QJsonValue()},
        {u"rateLimit"_s, rate},
        {u"requestId"_s, str(a.requestId)},
        {u"message"_s, str(a.message)},
        {u"documentationUrl"_s, str(a.documentationUrl)},
        {u"error"_s, str(a.errorSentence)},
        {u"elapsedMs"_s, a.elapsedMs},
    };
}

QJsonObject registryJson(const RegistryEvidence& r, const QString& requestedRegistry)
{
    QJsonObject ops;
    for (const OperationResult& op : r.operations)
        ops.insert(operationId(op.operation), operationJson(op));
    return QJsonObject{
        {u"attempted"_s, r.attempted},
        {u"host"_s, str(r.host.isEmpty() ? requestedRegistry : r.host)},
        {u"baseUrl"_s, str(r.baseUrl)},
        {u"challengeStatus"_s, status(r.challengeStatus)},
        {u"challengeScheme"_s, str(r.challengeScheme)},
        {u"realm"_s, str(r.realm)},
        {u"service"_s, str(r.service)},
        {u"challengeScope"_s, str(r.challengeScope)},
        {u"user"_s, str(r.user)},
        {u"userSource"_s, str(enumId(r.userSource))},
        {u"waitedForApi"_s, r.waitedForApi},
        {u"image"_s, str(r.image)},
        {u"reference"_s, str(r.reference)},
        {u"referenceExists"_s, tristate(r.referenceExists)},
        {u"existingTags"_s, QJsonArray::fromStringList(r.existingTags)},
        {u"public"_s, tristate(r.publicImage)},
        {u"publicEvidence"_s, str(r.publicEvidence)},
        {u"rateLimited"_s, r.rateLimited},
        {u"retryAfterSeconds"_s,
         r.retryAfterSeconds < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.retryAfterSeconds)},
        {u"login"_s, QJsonObject{{u"attempted"_s, r.loginAttempted},
                                 {u"ok"_s, tristate(r.loginOk)},
                                 {u"httpStatus"_s, status(r.loginStatus)},
                                 {u"code"_s, str(r.loginCode)},
                                 {u"message"_s, str(r.loginMessage)}}},
        {u"error"_s, str(r.errorSentence)},
        {u"operations"_s, ops},
        {u"elapsedMs"_s, r.elapsedMs},
    };
}

QJsonObject dockerJson(const DockerCredentialEvidence& dk)
{
    QJsonObject docker = storedLoginJson(dk);
    docker.insert(u"inspected"_s, dk.inspected);
    if (dk.inspected)
        docker.insert(u"entries"_s, storedLoginsJson(dk.entries));
    return docker;
}

QJsonArray fixStepsJson(const QList<FixStep>& steps)
{
    QJsonArray fixSteps;
    int n = 0;
    for (const FixStep& s : steps) {
        QJsonObject step{{u"number"_s, ++n},           {u"id"_s, red(s.id)},   {u"title"_s, Redactor::redact(s.title)},
                         {u"detail"_s, str(s.detail)}, {u"url"_s, str(s.url)}, {u"powershell"_s, str(s.powershell)},
                         {u"posix"_s, str(s.posix)}};
        if (!s.workflowYaml.isEmpty())
            step.insert(u"workflowYaml"_s, red(s.workflowYaml));
        if (!s.links.isEmpty()) {
            QJsonArray links;
            for (const FixLink& l : s.links)
                links.append(QJsonObject{{u"label"_s, str(l.label)}, {u"url"_s, str(l.url)}});
            step.insert(u"links"_s, links);
        }
        fixSteps.append(step);
    }
    return fixSteps;
}

} // namespace

bool writeJsonReport(const Diagnosis& d, QIODevice* device)
{
    const ReportEnvironment env = ReportEnvironment::current();

    const QJsonArray checklist = checklistJson(d.checklist);

    // A Diagnosis built by hand (no version) is described as this build, as the other formats do.
    const bool byHand = d.appVersion.isEmpty();
    const QString version = byHand ? appVersion() : d.appVersion;
    const QString commit = byHand ? appCommit() : d.appCommit;
    QJsonObject root{
        {u"schema"_s, QString::fromLatin1(Diagnosis::schemaId)},
        {u"app"_s,
         QJsonObject{{u"name"_s, u"ghcr-doctor"_s}, {u"version"_s, red(version)}, {u"commit"_s, str(commit)}}},
        {u"generator"_s, QJsonObject{{u"name"_s, u"ghcr-doctor"_s},
                                     {u"version"_s, red(version)},
                                     {u"qt"_s, env.qtVersion},
                                     {u"os"_s, red(env.os)}}},
        {u"startedAt"_s, date(d.startedAt)},
        {u"startedAtLocal"_s, localDate(d.startedAt, env.localZone)},
        {u"finishedAt"_s, date(d.finishedAt)},
        {u"verdict"_s, verdictId(d.verdict)},
        {u"exitCode"_s, d.exitCode()},
        {u"cancelled"_s, d.cancelled},
        {u"summary"_s, Redactor::redact(d.summary)},
        {u"request"_s, requestJson(d.request)},
        {u"token"_s, tokenJson(d.token)},
        {u"api"_s, apiJson(d.api)},
        {u"registry"_s, registryJson(d.registry, d.request.registry)},
        {u"docker"_s, dockerJson(d.docker)},
        {u"checklist"_s, checklist},
        {u"fixSteps"_s, fixStepsJson(d.fixSteps)},
        {u"timings"_s, QJsonObject{{u"apiMs"_s, d.timings.apiMs},
                                   {u"registryMs"_s, d.timings.registryMs},
                                   {u"totalMs"_s, d.timings.totalMs}}},
    };
    if (d.matrix)
        addMatrix(root, d);
    const QByteArray document = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (d.matrix && !d.images.isEmpty())
        return writeSpliced(document, d, device);
    return device->write(document) == document.size();
}

QByteArray renderJsonReport(const Diagnosis& d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeJsonReport(d, &buffer);
    return buffer.data();
}

} // namespace ghcr
