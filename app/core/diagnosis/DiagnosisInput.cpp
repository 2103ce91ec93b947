#include "app/core/diagnosis/DiagnosisInput.h"

#include "app/core/diagnosis/Diagnosis.h"

using namespace Qt::StringLiterals;

namespace ghcr {

bool DiagnosisInput::probed(Operation o) const
{
    const OperationResult* r = op(o);
    return r && r->basis == OperationBasis::Probe;
}

bool DiagnosisInput::refusedAnywhere() const
{
    if (reg.loginOk == false)
        return true;
    for (const OperationResult& r : reg.operations)
        if (r.requested && r.operation != Operation::Delete && r.allowed == false)
            return true;
    return false;
}

QString DiagnosisInput::apiEvidenceLine() const
{
    if (!api.answered())
        return api.errorSentence;
    QString line = u"GET "_s + api.url + u" → "_s + QString::number(api.httpStatus);
    if (!apiTrusted())
        return line; // the headers of an answer that did not take the token are not the token's
    if (api.scopes && api.scopesInferredEmpty)
        line += Diagnoser::tr("; X-OAuth-Scopes empty (the token has no scopes)");
    else if (api.scopes)
        line += u"; X-OAuth-Scopes: \""_s + api.scopes->join(u", "_s) + u'"';
    else if (api.httpStatus == 200)
        line += Diagnoser::tr("; no X-OAuth-Scopes header");
    return line;
}

QString DiagnosisInput::imageName(bool withReference) const
{
    const QString name = (lint.typedHost.isEmpty() ? QString() : lint.typedHost + u'/') + reg.image;
    if (!withReference)
        return name;
    return name + (reg.reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s) + reg.reference;
}

QString DiagnosisInput::opEvidence(const OperationResult& r) const
{
    QStringList parts;
    if (r.tokenStatus)
        parts << Diagnoser::tr("token request → %1").arg(r.tokenStatus);
    if (!r.probe.isEmpty())
        parts << r.probe + (r.httpStatus ? u" → "_s + QString::number(r.httpStatus) : QString());
    if (!r.code.isEmpty())
        parts << r.code + (r.message.isEmpty() ? QString() : u": "_s + r.message);
    if (!r.challengeError.isEmpty())
        parts << u"error=\""_s + r.challengeError + u'"';
    if (!r.errorSentence.isEmpty() && r.httpStatus == 0)
        parts << r.errorSentence;
    return parts.join(u"; "_s);
}

QStringList DiagnosisInput::missingScopesFor(Operation o) const
{
    QStringList missing;
    if (!scopesKnown())
        return missing;
    if (!has(u"read:packages"_s))
        missing << u"read:packages"_s;
    if (o == Operation::Push && !has(u"write:packages"_s))
        missing << u"write:packages"_s;
    if (o == Operation::Delete && !has(u"delete:packages"_s))
        missing << u"delete:packages"_s;
    return missing;
}

} // namespace ghcr
