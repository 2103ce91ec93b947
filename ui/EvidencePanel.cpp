#include "ui/EvidencePanel.h"

#include "app/reports/EvidenceFacts.h"
#include "ui/Icons.h"

#include "app/reports/ReportFacts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString operationTitle(Operation op)
{
    switch (op) {
    case Operation::Pull:
        return EvidencePanel::tr("Pull");
    case Operation::Push:
        return EvidencePanel::tr("Push");
    case Operation::Delete:
        return EvidencePanel::tr("Delete");
    }
    return {};
}

QString statusAndCode(int status, const QString& code)
{
    if (status == 0)
        return EvidencePanel::tr("no HTTP answer");
    if (code.isEmpty())
        return QString::number(status);
    return QString::number(status) + u' ' + code;
}

QString formatDateTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString formatElapsed(qint64 ms)
{
    if (ms < 1000)
        return EvidencePanel::tr("%1 ms").arg(ms);
    return EvidencePanel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

namespace {

std::optional<EvidenceRow> tokenKindRow(const TokenAnalysis& token)
{
    if (token.redacted.isEmpty() && token.kind == TokenKind::Empty)
        return std::nullopt;
    EvidenceRow kind{EvidencePanel::tr("Token kind"), tokenKindTitle(token.kind), {}, {}, {}};
    if (!token.fingerprint.isEmpty())
        kind.value += u" · "_s + token.fingerprint;
    kind.toolTip = EvidencePanel::tr("Known from the token's prefix, without any request. The fingerprint identifies "
                                     "the token without revealing it.");
    return kind;
}

/// What was asked and what came back: request, answer, problem, GitHub's message, login.
QList<EvidenceRow> apiAnswerRows(const ApiEvidence& api)
{
    QList<EvidenceRow> rows;
    rows << EvidenceRow{EvidencePanel::tr("Request"), u"GET "_s + api.url, {}, {}, {}};
    const bool ok = api.outcome == ApiEvidence::Outcome::Ok;
    QString answer = api.answered() ? QString::number(api.httpStatus) + u" · "_s + apiOutcomeTitle(api.outcome)
                                    : apiOutcomeTitle(api.outcome);
    rows << EvidenceRow{EvidencePanel::tr("Answer"),
                        answer,
                        ok ? CheckStatus::Pass
                           : (api.outcome == ApiEvidence::Outcome::Cancelled ? CheckStatus::Skip : CheckStatus::Fail),
                        {},
                        {}};
    if (!api.errorSentence.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("Problem"), api.errorSentence, {}, {}, {}};
    if (!api.message.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("GitHub said"), api.message, {}, api.documentationUrl, {}};
    if (!api.login.isEmpty()) {
        QString login = api.login;
        if (!api.accountType.isEmpty())
            login += u" ("_s + api.accountType + u')';
        rows << EvidenceRow{EvidencePanel::tr("Login"), login, {}, {}, {}};
    }
    return rows;
}

/// The scopes as GitHub sent them, with the implied ones, and what the endpoint accepts.
QList<EvidenceRow> scopeRows(const ApiEvidence& api)
{
    QList<EvidenceRow> rows;
    EvidenceRow scopes{
        EvidencePanel::tr("Scopes"), {}, {}, EvidencePanel::tr("X-OAuth-Scopes, exactly as GitHub sent it"), {}};
    if (!api.scopes)
        scopes.value = EvidencePanel::tr("header absent (fine-grained, app or Actions token)");
    else if (api.scopes->isEmpty())
        scopes.value = EvidencePanel::tr("none (a classic token without scopes)");
    else
        scopes.value = api.scopes->join(u", "_s);
    rows << scopes;
    if (api.scopes && api.scopesExpanded != *api.scopes && !api.scopesExpanded.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("Scopes incl. implied"),
                            api.scopesExpanded.join(u", "_s),
                            {},
                            EvidencePanel::tr("The raw scopes plus the child scopes GitHub documents as implied."),
                            {}};
    if (!api.acceptedScopes.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("Endpoint accepts"),
                            api.acceptedScopes.join(u", "_s),
                            {},
                            EvidencePanel::tr("X-Accepted-OAuth-Scopes"),
                            {}};
    return rows;
}

/// Expiry against the moment the API answered (the reports' clock and words), SSO.
QList<EvidenceRow> expiryAndSsoRows(const ApiEvidence& api)
{
    QList<EvidenceRow> rows;
    const bool ok = api.outcome == ApiEvidence::Outcome::Ok;
    if (api.expiresAt.isValid()) {
        const bool expired = api.answeredAt.isValid() && api.expiresAt < api.answeredAt;
        const QString days = expiryDaysText(api);
        rows << EvidenceRow{EvidencePanel::tr("Expires"),
                            formatDateTime(api.expiresAt) + (days.isEmpty() ? QString() : u" ("_s + days + u')'),
                            expired ? std::optional<CheckStatus>(CheckStatus::Fail) : std::nullopt,
                            EvidencePanel::tr("GitHub-Authentication-Token-Expiration: %1").arg(api.expiresRaw),
                            {}};
    } else if (!api.expiresRaw.isEmpty()) {
        rows << EvidenceRow{
            EvidencePanel::tr("Expires"), api.expiresRaw, {}, EvidencePanel::tr("Could not read this date."), {}};
    } else if (ok) {
        rows << EvidenceRow{EvidencePanel::tr("Expires"), EvidencePanel::tr("no expiry date sent"), {}, {}, {}};
    }
    if (api.ssoRequired) {
        EvidenceRow sso{
            EvidencePanel::tr("SSO"), EvidencePanel::tr("authorization required"), CheckStatus::Fail, {}, {}};
        if (!api.ssoUrl.isEmpty())
            sso.children << EvidenceRow{EvidencePanel::tr("Authorize at"), api.ssoUrl, {}, {}, {}};
        rows << sso;
    } else if (!api.ssoPartialOrganizations.isEmpty()) {
        rows << EvidenceRow{EvidencePanel::tr("SSO"),
                            EvidencePanel::tr("partial results: not authorized for organization(s) %1")
                                .arg(api.ssoPartialOrganizations.join(u", "_s)),
                            CheckStatus::Warn,
                            {},
                            {}};
    } else if (ok) {
        rows << EvidenceRow{EvidencePanel::tr("SSO"), EvidencePanel::tr("no SSO restriction reported"), {}, {}, {}};
    }
    return rows;
}

QList<EvidenceRow> limitRows(const ApiEvidence& api)
{
    QList<EvidenceRow> rows;
    if (api.rateLimit.limit >= 0) {
        QString rate = EvidencePanel::tr("%1 of %2 left").arg(api.rateLimit.remaining).arg(api.rateLimit.limit);
        if (api.rateLimit.reset.isValid())
            rate += u" · "_s + EvidencePanel::tr("resets %1").arg(formatDateTime(api.rateLimit.reset));
        rows << EvidenceRow{EvidencePanel::tr("Rate limit"),
                            rate,
                            api.rateLimit.remaining == 0 ? std::optional<CheckStatus>(CheckStatus::Warn) : std::nullopt,
                            {},
                            {}};
    }
    if (!api.requestId.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("Request id"),
                            api.requestId,
                            {},
                            EvidencePanel::tr("X-GitHub-Request-Id: quote it to GitHub support"),
                            {}};
    return rows;
}

} // namespace

QList<EvidenceRow> apiEvidenceRows(const ApiEvidence& api, const TokenAnalysis& token)
{
    QList<EvidenceRow> rows;
    if (api.outcome == ApiEvidence::Outcome::NotRun && api.url.isEmpty()) {
        rows << EvidenceRow{EvidencePanel::tr("Request"), EvidencePanel::tr("not sent"), CheckStatus::Skip, {}, {}};
        if (!api.errorSentence.isEmpty())
            rows << EvidenceRow{EvidencePanel::tr("Why"), api.errorSentence, {}, {}, {}};
    } else {
        rows << apiAnswerRows(api);
        if (api.answered())
            rows << scopeRows(api) << expiryAndSsoRows(api) << limitRows(api);
    }
    if (const std::optional<EvidenceRow> kind = tokenKindRow(token))
        rows << *kind;
    return rows;
}

QList<EvidenceRow> dockerEvidenceRows(const DockerCredentialEvidence& docker)
{
    if (!docker.inspected)
        return {};
    EvidenceRow row;
    row.field = EvidencePanel::tr("Docker's saved login");
    if (!docker.errorSentence.isEmpty()) {
        row.value = EvidencePanel::tr("could not compare");
        row.toolTip = docker.errorSentence;
    } else if (!docker.entryFound) {
        row.value = EvidencePanel::tr("none for this registry");
    } else if (docker.sameAsChecked == true) {
        row.status = CheckStatus::Pass;
        row.value = EvidencePanel::tr("the token checked here");
    } else if (docker.sameAsChecked == false) {
        row.status = CheckStatus::Warn;
        row.value = EvidencePanel::tr("a different token: docker uses that one");
    } else {
        row.value = EvidencePanel::tr("saved, cannot be compared");
    }
    if (!docker.configPath.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Read from"), docker.configPath, std::nullopt, {}, {}};
    if (!docker.store.isEmpty() && docker.store != u"file"_s)
        row.children << EvidenceRow{EvidencePanel::tr("Credential helper"), docker.helperProgram, std::nullopt, {}, {}};
    if (!docker.storedUser.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Saved user"), docker.storedUser, std::nullopt, {}, {}};
    if (!docker.storedFingerprint.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Saved token"),
                                    docker.storedFingerprint + u" · "_s + docker.storedKind,
                                    std::nullopt,
                                    {},
                                    {}};
    if (!docker.errorSentence.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Why"), docker.errorSentence, std::nullopt, {}, {}};
    // Every stored login for the registry (Docker, Docker Desktop, Podman, Helm), in lookup order.
    for (const StoredLogin& login : docker.entries) {
        std::optional<CheckStatus> status;
        if (login.sameAsChecked.has_value() && login.errorSentence.isEmpty())
            status = *login.sameAsChecked ? CheckStatus::Pass : CheckStatus::Warn;
        row.children << EvidenceRow{EvidencePanel::tr("Stored by %1").arg(storedLoginToolName(login.tool)),
                                    storedLoginSummary(login),
                                    status,
                                    login.errorSentence,
                                    {}};
    }
    return {row};
}

namespace {

/// One operation: its result with what it rests on, and the probe's details beneath.
EvidenceRow operationRow(const OperationResult& op)
{
    EvidenceRow row{operationTitle(op.operation), {}, {}, {}, {}};
    if (!op.requested) {
        row.value = EvidencePanel::tr("not requested");
        row.status = CheckStatus::Skip;
    } else if (op.allowed == true) {
        row.value = EvidencePanel::tr("allowed");
        row.status = CheckStatus::Pass;
    } else if (op.allowed == false) {
        row.value = EvidencePanel::tr("refused");
        row.status = CheckStatus::Fail;
    } else {
        row.value = EvidencePanel::tr("could not tell");
        row.status = CheckStatus::Warn;
    }
    if (op.basis == OperationBasis::Scopes)
        row.value += u" · "_s + EvidencePanel::tr("judged from the scopes, not probed");
    else if (op.basis == OperationBasis::TokenEndpoint)
        row.value += u" · "_s + EvidencePanel::tr("the token step decided");
    if (op.tokenStatus != 0)
        row.children << EvidenceRow{EvidencePanel::tr("Token step"), QString::number(op.tokenStatus), {}, {}, {}};
    if (!op.probe.isEmpty())
        row.children << EvidenceRow{
            EvidencePanel::tr("Probe"), op.probe + u" → "_s + statusAndCode(op.httpStatus, op.code), {}, {}, {}};
    if (!op.message.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Registry said"), op.message, {}, {}, {}};
    if (!op.challengeError.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Challenge error"), op.challengeError, {}, {}, {}};
    if (!op.note.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Meaning"), op.note, {}, {}, {}};
    if (!op.cancelProbe.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Cancel upload"),
                                    op.cancelProbe + u" → "_s + statusAndCode(op.cancelStatus, {}),
                                    {},
                                    op.cancelNote,
                                    {}};
    if (!op.cancelNote.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("About the cancel"), op.cancelNote, {}, {}, {}};
    if (!op.errorSentence.isEmpty())
        row.children << EvidenceRow{EvidencePanel::tr("Problem"), op.errorSentence, {}, {}, {}};
    return row;
}

} // namespace

QList<EvidenceRow> registryEvidenceRows(const RegistryEvidence& registry, const CheckRequest& request)
{
    QList<EvidenceRow> rows;
    const QString host = registry.host.isEmpty() ? request.registry : registry.host;
    rows << EvidenceRow{EvidencePanel::tr("Registry"), host, {}, registry.baseUrl, {}};
    if (!registry.attempted) {
        rows << EvidenceRow{EvidencePanel::tr("Requests"), EvidencePanel::tr("not sent"), CheckStatus::Skip, {}, {}};
        if (!registry.errorSentence.isEmpty())
            rows << EvidenceRow{EvidencePanel::tr("Why"), registry.errorSentence, {}, {}, {}};
        return rows;
    }
    if (registry.challengeStatus != 0) {
        QString challenge = u"GET /v2/ → "_s + QString::number(registry.challengeStatus);
        if (!registry.challengeScheme.isEmpty())
            challenge += u' ' + registry.challengeScheme;
        EvidenceRow row{EvidencePanel::tr("Challenge"), challenge, {}, {}, {}};
        if (!registry.realm.isEmpty())
            row.children << EvidenceRow{EvidencePanel::tr("Realm"), registry.realm, {}, {}, {}};
        if (!registry.service.isEmpty())
            row.children << EvidenceRow{EvidencePanel::tr("Service"), registry.service, {}, {}, {}};
        if (!registry.challengeScope.isEmpty())
            row.children << EvidenceRow{EvidencePanel::tr("Scope"), registry.challengeScope, {}, {}, {}};
        rows << row;
    }
    if (!registry.user.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("User"), registryUserText(registry), {}, {}, {}};
    if (registry.loginAttempted) {
        EvidenceRow login{EvidencePanel::tr("Login (token step)"), {}, {}, {}, {}};
        if (registry.loginOk == true) {
            login.value = EvidencePanel::tr("token issued (%1)").arg(registry.loginStatus);
            login.status = CheckStatus::Pass;
        } else if (registry.loginOk == false) {
            login.value =
                EvidencePanel::tr("refused (%1)").arg(statusAndCode(registry.loginStatus, registry.loginCode));
            login.status = CheckStatus::Fail;
        } else {
            login.value = EvidencePanel::tr("unknown");
            login.status = CheckStatus::Warn;
        }
        if (!registry.loginMessage.isEmpty())
            login.children << EvidenceRow{EvidencePanel::tr("Message"), registry.loginMessage, {}, {}, {}};
        rows << login;
    }
    if (registry.image.isEmpty()) {
        rows << EvidenceRow{
            EvidencePanel::tr("Image"),
            EvidencePanel::tr("none given: only the login was checked, which does not prove pull or push rights"),
            CheckStatus::Skip,
            {},
            {}};
    } else {
        rows << EvidenceRow{EvidencePanel::tr("Image"), registry.image + u':' + registry.reference, {}, {}, {}};
    }
    for (const OperationResult& op : registry.operations)
        if (op.requested || op.basis != OperationBasis::NotRun)
            rows << operationRow(op);
    if (!registry.errorSentence.isEmpty())
        rows << EvidenceRow{EvidencePanel::tr("Problem"), registry.errorSentence, CheckStatus::Fail, {}, {}};
    return rows;
}

EvidencePanel::EvidencePanel(const QString& title, const QString& prefix, QWidget* parent)
    : QGroupBox(title, parent)
    , m_statusIcon(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_elapsedLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(prefix + u"PanelGroupBox"_s);
    setAccessibleName(title);
    m_statusIcon->setObjectName(prefix + u"StatusIconLabel"_s);
    m_statusLabel->setObjectName(prefix + u"StatusLabel"_s);
    m_elapsedLabel->setObjectName(prefix + u"ElapsedLabel"_s);
    m_progress->setObjectName(prefix + u"ProgressBar"_s);
    m_tree->setObjectName(prefix + u"EvidenceTreeWidget"_s);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setFixedSize(iconSize, iconSize);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsedLabel->setAccessibleName(EvidencePanel::tr("%1: elapsed time").arg(title));
    m_elapsedLabel->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2);
    m_progress->setAccessibleName(EvidencePanel::tr("%1: in progress").arg(title));
    m_progress->setVisible(false);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({EvidencePanel::tr("Evidence"), EvidencePanel::tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, fontMetrics().horizontalAdvance(u"Login (token step)MMMM"_s));
    m_tree->setAccessibleName(EvidencePanel::tr("%1: evidence").arg(title));
    m_tree->setIconSize(QSize(iconSize, iconSize));

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_elapsedLabel, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);

    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &EvidencePanel::updateElapsed);
}

void EvidencePanel::reset(const QString& idleText)
{
    m_ticker->stop();
    m_running = false;
    m_progress->setVisible(false);
    m_statusIcon->clear();
    m_statusLabel->setText(idleText);
    m_elapsedLabel->clear();
    m_tree->clear();
}

void EvidencePanel::start(const QString& firstMessage)
{
    m_tree->clear();
    m_running = true;
    m_clock.start();
    const int size = m_statusIcon->width();
    m_statusIcon->setPixmap(runningIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    m_statusLabel->setText(firstMessage);
    m_progress->setVisible(true);
    updateElapsed();
    m_ticker->start();
}

void EvidencePanel::setProgressMessage(const QString& message)
{
    if (m_running)
        m_statusLabel->setText(message);
}

void EvidencePanel::finish(CheckStatus status, const QString& statusText, qint64 elapsedMs)
{
    m_ticker->stop();
    m_running = false;
    m_progress->setVisible(false);
    const int size = m_statusIcon->width();
    m_statusIcon->setPixmap(statusIcon(status).pixmap(QSize(size, size), devicePixelRatioF()));
    m_statusLabel->setText(statusText);
    m_elapsedLabel->setText(formatElapsed(elapsedMs >= 0 ? elapsedMs : m_clock.elapsed()));
}

void EvidencePanel::setRows(const QList<EvidenceRow>& rows)
{
    m_tree->clear();
    for (const EvidenceRow& row : rows)
        addRow(nullptr, row);
    // Verdict-bearing rows (pull, push, login, SSO) open with their evidence; background such as
    // the challenge's realm and service stays folded until asked for.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setExpanded(item->data(1, Qt::UserRole).isValid());
    }
    // Field names fully readable (also in longer languages), but never more than 40% of the width.
    m_tree->resizeColumnToContents(0);
    const int cap = qMax(m_tree->viewport()->width() * 2 / 5, fontMetrics().horizontalAdvance(u"MMMMMMMMMM"_s));
    if (m_tree->columnWidth(0) > cap)
        m_tree->setColumnWidth(0, cap);
}

void EvidencePanel::addRow(QTreeWidgetItem* parent, const EvidenceRow& row)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, row.field);
    item->setText(1, row.value);
    item->setToolTip(1, row.toolTip.isEmpty() ? row.value : row.value + u"\n\n"_s + row.toolTip);
    if (!row.toolTip.isEmpty())
        item->setToolTip(0, row.toolTip);
    if (row.status) {
        item->setIcon(1, statusIcon(*row.status));
        item->setData(1, Qt::UserRole, checkStatusId(*row.status));
    }
    for (const EvidenceRow& child : row.children)
        addRow(item, child);
}

void EvidencePanel::updateElapsed()
{
    m_elapsedLabel->setText(formatElapsed(m_clock.elapsed()));
}

} // namespace ghcr
