#include "app/core/model/Evidence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ghcr {

QString operationId(Operation op)
{
    switch (op) {
    case Operation::Pull:
        return u"pull"_s;
    case Operation::Push:
        return u"push"_s;
    case Operation::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<Operation> operationFromId(const QString& id)
{
    const QString s = id.trimmed().toLower();
    if (s == u"pull"_s)
        return Operation::Pull;
    if (s == u"push"_s)
        return Operation::Push;
    if (s == u"delete"_s)
        return Operation::Delete;
    return std::nullopt;
}

std::optional<QList<Operation>> operationsFromList(const QString& list, QString* bad)
{
    const QStringList ids = list.split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        if (bad)
            *bad = list;
        return std::nullopt;
    }
    QList<Operation> ops;
    for (const QString& id : ids) {
        if (id.trimmed().toLower() == u"login"_s)
            continue;
        const std::optional<Operation> op = operationFromId(id);
        if (!op) {
            if (bad)
                *bad = id.trimmed();
            return std::nullopt;
        }
        if (!ops.contains(*op))
            ops << *op;
    }
    return ops;
}

QString apiOutcomeId(ApiEvidence::Outcome outcome)
{
    using O = ApiEvidence::Outcome;
    switch (outcome) {
    case O::NotRun:
        return u"not-run"_s;
    case O::Ok:
        return u"ok"_s;
    case O::BadCredentials:
        return u"bad-credentials"_s;
    case O::SsoRequired:
        return u"sso-required"_s;
    case O::RateLimited:
        return u"rate-limited"_s;
    case O::LockedOut:
        return u"locked-out"_s;
    case O::Forbidden:
        return u"forbidden"_s;
    case O::NotFound:
        return u"not-found"_s;
    case O::ServerError:
        return u"server-error"_s;
    case O::UnexpectedStatus:
        return u"unexpected-status"_s;
    case O::Malformed:
        return u"malformed"_s;
    case O::NetworkError:
        return u"network-error"_s;
    case O::Cancelled:
        return u"cancelled"_s;
    case O::NotGitHub:
        return u"not-github"_s;
    case O::Integration:
        return u"integration"_s;
    }
    return {};
}

std::optional<qint64> ApiEvidence::expiresInDays() const
{
    if (!expiresAt.isValid() || !answeredAt.isValid())
        return std::nullopt;
    const qint64 seconds = answeredAt.secsTo(expiresAt);
    // Nearest whole day: a token created "for 3 days" and checked a minute later still has 3 days, not 2.
    // Once expired, any part of a day counts as a day ago.
    return seconds >= 0 ? (seconds + 43200) / 86400 : -((-seconds + 86399) / 86400);
}

namespace {
/// The "Evidence" translation context (lupdate extracts EvidenceText::tr).
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(Evidence)
};
} // namespace

QString apiOutcomeTitle(ApiEvidence::Outcome outcome)
{
    using O = ApiEvidence::Outcome;
    switch (outcome) {
    case O::NotRun:
        return EvidenceText::tr("not run");
    case O::Ok:
        return EvidenceText::tr("accepted");
    case O::BadCredentials:
        return EvidenceText::tr("bad credentials");
    case O::SsoRequired:
        return EvidenceText::tr("SAML SSO authorization required");
    case O::RateLimited:
        return EvidenceText::tr("rate limited");
    case O::LockedOut:
        return EvidenceText::tr("locked out after too many failed attempts");
    case O::Forbidden:
        return EvidenceText::tr("forbidden");
    case O::NotFound:
        return EvidenceText::tr("not found");
    case O::ServerError:
        return EvidenceText::tr("server error");
    case O::UnexpectedStatus:
        return EvidenceText::tr("unexpected status");
    case O::Malformed:
        return EvidenceText::tr("malformed answer");
    case O::NetworkError:
        return EvidenceText::tr("no answer (network error)");
    case O::Cancelled:
        return EvidenceText::tr("cancelled");
    case O::NotGitHub:
        return EvidenceText::tr("not GitHub's API");
    case O::Integration:
        return EvidenceText::tr("recognised as an installation token");
    }
    return {};
}

const OperationResult* RegistryEvidence::operation(Operation op) const
{
    for (const OperationResult& r : operations)
        if (r.operation == op)
            return &r;
    return nullptr;
}

} // namespace ghcr
