#pragma once

#include "app/core/diagnosis/OrgPolicy.h"
#include "app/core/model/CheckRequest.h"
#include "app/core/model/Evidence.h"
#include "app/core/token/TokenAnalysis.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ghcr {

/// Everything the diagnosis rules read, computed once before them (deriveOperations() included): the
/// rules only read it and never change the evidence.
struct DiagnosisInput
{
    const CheckRequest& req;
    const TokenAnalysis& token;
    const ApiEvidence& api;
    const RegistryEvidence& reg;
    ImageLint lint;   ///< what the image as typed means for this registry (empty when none was given)
    OrgPolicy policy; ///< an organization policy either side quoted

    bool imageGiven() const { return !req.image.trimmed().isEmpty(); }
    /// The registry could be asked about the image (given, and naming the registry checked).
    bool imageProbed() const { return !reg.image.isEmpty(); }
    /// A personal access token, fine-grained or not: an org that forbids classic PATs leaves none that works.
    bool isPat() const { return token.kind == TokenKind::Classic || token.kind == TokenKind::LegacyHex; }
    /// Token kinds GHCR does not accept at all (GitHub's docs; github/roadmap#558): the refusal is the kind.
    bool ghcrRefusesKind() const
    {
        return token.kind == TokenKind::FineGrained || token.kind == TokenKind::AppUser ||
               token.kind == TokenKind::Refresh;
    }
    bool apiOk() const { return api.outcome == ApiEvidence::Outcome::Ok; }
    /// Scopes count only from a real GitHub answer (200, or the 403 of SSO), not from a body we could not read.
    bool apiTrusted() const { return api.describesToken(); }
    bool scopesKnown() const { return apiTrusted() && api.scopes.has_value(); }
    bool has(const QString& scope) const { return scopesKnown() && api.scopes->contains(scope); }
    const OperationResult* op(Operation o) const { return reg.operation(o); }
    std::optional<bool> allowed(Operation o) const
    {
        const OperationResult* r = op(o);
        return r ? r->allowed : std::nullopt;
    }
    bool probed(Operation o) const;
    /// The registry refused the login or a probed operation (delete is judged from scopes, never refused here).
    bool refusedAnywhere() const;
    QString apiEvidenceLine() const;
    QString opEvidence(const OperationResult& r) const;
    /// The package scopes an operation needs that GitHub says the token lacks (empty when scopes are unknown).
    /// read:packages counts for push too: recommending it is always safe, and some registries want it.
    QStringList missingScopesFor(Operation o) const;
    /// The image in sentences, as the user spelled it (the registry's host in front when they typed it); with the
    /// tag or digest unless `withReference` is false. The requests and their evidence use OWNER/NAME (reg.image).
    QString imageName(bool withReference = false) const;
    QString owner() const { return reg.image.section(u'/', 0, 0); }
    QString packageName() const { return reg.image.section(u'/', 1); }
};

} // namespace ghcr
