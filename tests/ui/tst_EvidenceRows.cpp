// The window's evidence panels (ui/EvidencePanel) show the sections every report shows (app/reports/EvidenceFacts):
// the same labels, the same words, the same clock. Expiry is counted from when the API answered — the diagnosis'
// clock — never "in 0 days" beside an "expired" mark (the panel once judged "expired" against the wall clock and
// counted days from the answer, in words of its own).
#include "app/reports/EvidenceFacts.h"
#include "ui/EvidencePanel.h"
#include "ui/UiHooks.h"

#include <QLabel>
#include <QStyle>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_EvidenceRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryUsesTheAnswersClock_data();
    void expiryUsesTheAnswersClock();
    void registryPanelIsTheReportsSections();
    void sideLines();
    void linksOpenInTheBrowser();
    void durations();
    void labelsWrapWhole();
};

namespace {

QTreeWidgetItem* line(QTreeWidget* tree, const QString& field)
{
    const QList<QTreeWidgetItem*> items = tree->findItems(field, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.first();
}

QString reportFact(const ReportSection& section, const QString& label)
{
    for (const ReportFact& f : section.facts)
        if (f.label == label)
            return f.value;
    return {};
}

QString statusOf(const QTreeWidgetItem* item)
{
    return item->data(1, Qt::UserRole).toString();
}

/// The line and every line folded beneath it as "label = value", in order.
QStringList linesOf(const QTreeWidgetItem* item)
{
    QStringList out{item->text(0) + u" = "_s + item->text(1)};
    for (int i = 0; i < item->childCount(); ++i)
        out << linesOf(item->child(i));
    return out;
}

/// The section's facts as "label = value", in order; when folded under its own line, without what that line says.
QStringList factsOf(const ReportSection& section, bool folded = false)
{
    QStringList out;
    for (const ReportFact& f : section.facts)
        if (!folded || !f.inSummary)
            out << f.label + u" = "_s + f.value;
    return out;
}

} // namespace

void tst_EvidenceRows::expiryUsesTheAnswersClock_data()
{
    QTest::addColumn<qint64>("expiresAfterAnswerSecs");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QString>("words");
    // Valid when GitHub answered, past by now: the check's verdict is about the answer, so is the line.
    QTest::newRow("expired since the answer") << qint64(3600) << false << u"0 days left"_s;
    QTest::newRow("three days left") << qint64(3 * 86400) << false << u"3 days left"_s;
    QTest::newRow("expired before the answer") << qint64(-3600) << true << u"expired 1 day ago"_s;
}

void tst_EvidenceRows::expiryUsesTheAnswersClock()
{
    QFETCH(qint64, expiresAfterAnswerSecs);
    QFETCH(bool, expired);
    QFETCH(QString, words);
    ApiEvidence api;
    api.outcome = ApiEvidence::Outcome::Ok;
    api.url = u"https://api.github.com/user"_s;
    api.httpStatus = 200;
    api.scopes = QStringList{u"read:packages"_s};
    api.answeredAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    api.expiresAt = api.answeredAt.addSecs(expiresAfterAnswerSecs);
    api.expiresRaw = api.expiresAt.toString(Qt::ISODate);
    const TokenAnalysis token = analyzeToken(u"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"_s);
    EvidencePanel panel(u"GitHub API"_s, u"api"_s);
    panel.setSections({apiFacts(api), tokenFacts(token)});
    const QTreeWidgetItem* expires = line(panel.tree(), u"Expires"_s);
    QVERIFY(expires);
    QVERIFY2(expires->text(1).endsWith(words), qPrintable(expires->text(1)));
    QCOMPARE(statusOf(expires) == u"fail"_s, expired);
    // The same words as every report, and where they come from on hover.
    QCOMPARE(expires->text(1), reportFact(apiFacts(api), u"Expires"_s));
    QVERIFY(expires->toolTip(0).contains(u"GitHub-Authentication-Token-Expiration"_s));
    QCOMPARE(statusOf(line(panel.tree(), u"Outcome"_s)), u"pass"_s);
    // The token's own facts, folded under one line that names its kind and fingerprint.
    const QTreeWidgetItem* tokenLine = line(panel.tree(), u"Token"_s);
    QVERIFY(tokenLine && !tokenLine->isExpanded());
    QCOMPARE(tokenLine->text(1), tokenKindTitle(TokenKind::Classic) + u" · "_s + token.fingerprint);
    QCOMPARE(line(panel.tree(), u"Kind"_s)->parent(), tokenLine);
}

void tst_EvidenceRows::registryPanelIsTheReportsSections()
{
    RegistryEvidence registry;
    registry.attempted = true;
    registry.host = u"ghcr.io"_s;
    registry.challengeStatus = 401;
    registry.challengeScheme = u"Bearer"_s;
    registry.baseUrl = u"https://ghcr.io"_s;
    registry.realm = u"https://ghcr.io/token"_s;
    registry.service = u"ghcr.io"_s;
    registry.user = u"octocat"_s;
    registry.userSource = UserSource::Given;
    registry.image = u"octocat/app"_s;
    registry.reference = u"latest"_s;
    registry.loginAttempted = true;
    registry.loginOk = true;
    registry.loginStatus = 200;
    OperationResult pull;
    pull.requested = true;
    pull.allowed = true;
    pull.basis = OperationBasis::Probe;
    pull.probe = u"GET /v2/octocat/app/manifests/latest"_s;
    pull.httpStatus = 200;
    OperationResult push;
    push.operation = Operation::Push;
    push.requested = true;
    push.allowed = false;
    push.basis = OperationBasis::Probe;
    push.code = u"DENIED"_s;
    registry.operations = {pull, push};
    DockerCredentialEvidence docker;
    docker.inspected = true;
    docker.configPath = u"/home/u/.docker/config.json"_s;
    docker.entryFound = true;
    docker.sameAsChecked = false;

    const QList<ReportSection> sections = registrySections(registry, u"ghcr.io"_s, docker);
    QCOMPARE(sections.size(), 4); // registry, pull, push, docker: what every report lists, in its order
    EvidencePanel panel(u"Container registry"_s, u"registry"_s);
    panel.setSections(sections);
    QTreeWidget* tree = panel.tree();
    // The registry's own facts, background (the challenge's realm, service, scope) folded under its line.
    const int top = tree->topLevelItemCount() - 3;
    QStringList registryLines;
    for (int i = 0; i < top; ++i)
        registryLines << linesOf(tree->topLevelItem(i));
    QCOMPARE(registryLines, factsOf(sections.first()));
    QCOMPARE(line(tree, u"Realm"_s)->parent(), line(tree, u"Challenge"_s));
    QCOMPARE(line(tree, u"Service"_s)->parent(), line(tree, u"Challenge"_s));
    QCOMPARE(line(tree, u"Base URL"_s)->parent(), line(tree, u"Host"_s));
    QVERIFY(!line(tree, u"Challenge"_s)->isExpanded());
    QCOMPARE(statusOf(line(tree, u"Login (token step)"_s)), u"pass"_s);
    const QStringList summaries{u"allowed"_s, u"refused"_s, u"a different token"_s};
    const QStringList statuses{u"pass"_s, u"fail"_s, u"warn"_s};
    for (int i = 1; i < sections.size(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(top + i - 1);
        QCOMPARE(item->text(0), sections.at(i).title);
        QCOMPARE(item->text(1), summaries.at(i - 1));
        QCOMPARE(statusOf(item), statuses.at(i - 1));
        QCOMPARE(item->isExpanded(), i > 1); // problems open, what worked stays folded
        QCOMPARE(linesOf(item).mid(1), factsOf(sections.at(i), true));
    }
    QCOMPARE(statusOf(line(tree, u"Same as the checked token"_s)), u"warn"_s);
    // "Requested: yes" and "Result: refused" are what an operation's line says: once, not three times.
    QCOMPARE(line(tree, u"Result"_s), nullptr);
    QCOMPARE(factsOf(sections.at(2)).first(), u"Requested = yes"_s);
}

// Each side's status line is its section's summary and status: one sentence per outcome, and "Cancelled." when the
// check was being cancelled and the side did not get through.
void tst_EvidenceRows::sideLines()
{
    ApiEvidence api;
    api.outcome = ApiEvidence::Outcome::Ok;
    api.login = u"octocat"_s;
    QCOMPARE(apiFacts(api).summary, u"GitHub accepted the token of octocat."_s);
    QCOMPARE(apiFacts(api).status, CheckStatus::Pass);
    api.ssoPartialOrganizations = {u"42"_s};
    QCOMPARE(apiFacts(api).status, CheckStatus::Warn);
    api = {};
    api.outcome = ApiEvidence::Outcome::BadCredentials;
    api.httpStatus = 401;
    api.message = u"Bad credentials"_s;
    QCOMPARE(apiFacts(api).summary, u"GitHub answered 401: Bad credentials"_s);
    QCOMPARE(apiFacts(api).status, CheckStatus::Fail);

    RegistryEvidence registry;
    QCOMPARE(registryFacts(registry, u"ghcr.io"_s).summary, u"Not contacted."_s);
    QCOMPARE(registryFacts(registry, u"ghcr.io"_s).status, CheckStatus::Skip);
    registry.attempted = true;
    registry.image = u"octocat/app"_s;
    OperationResult pull;
    pull.requested = true;
    OperationResult push = pull;
    push.operation = Operation::Push;
    registry.operations = {pull, push};
    QCOMPARE(registryFacts(registry, {}).summary, u"The registry's answer leaves a question open."_s);
    QCOMPARE(registryFacts(registry, {}).status, CheckStatus::Warn);
    registry.operations[0].allowed = false;
    registry.operations[1].allowed = false;
    QCOMPARE(registryFacts(registry, {}).summary, u"The registry refused: pull, push."_s);
    QCOMPARE(registryFacts(registry, {}).status, CheckStatus::Fail);

    EvidencePanel panel(u"Container registry"_s, u"registry"_s);
    panel.start(u"Contacting ghcr.io…"_s);
    panel.finish(registryFacts(registry, {}), 12, false);
    QCOMPARE(panel.statusLabel()->text(), u"The registry refused: pull, push."_s);
    panel.start(u"Contacting ghcr.io…"_s);
    panel.finish(registryFacts(registry, {}), 12, true);
    QCOMPARE(panel.statusLabel()->text(), u"Cancelled."_s);
    registry.operations[0].allowed = true;
    registry.operations[1].allowed = true;
    panel.start(u"Contacting ghcr.io…"_s);
    panel.finish(registryFacts(registry, {}), 12, true); // it got through before Cancel: its own line
    QCOMPARE(panel.statusLabel()->text(), u"The registry allowed every requested operation."_s);
}

// A web address among the facts (the SSO authorization page, GitHub's documentation) opens in the browser when its
// line is activated; other values never do.
void tst_EvidenceRows::linksOpenInTheBrowser()
{
    QList<QUrl> opened;
    UrlOpener::setHandler([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    ApiEvidence api;
    api.outcome = ApiEvidence::Outcome::SsoRequired;
    api.url = u"https://api.github.com/user"_s;
    api.httpStatus = 403;
    api.ssoRequired = true;
    api.ssoUrl = u"https://github.com/orgs/acme/sso?authorization_request=ABC"_s;
    api.message = u"Resource protected by organization SAML enforcement."_s;
    api.documentationUrl = u"https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml"_s;
    EvidencePanel panel(u"GitHub API"_s, u"api"_s);
    panel.setSections({apiFacts(api)});
    QTreeWidgetItem* sso = line(panel.tree(), u"SSO authorization URL"_s);
    QCOMPARE(sso->parent(), line(panel.tree(), u"SAML SSO"_s)); // folded under the finding it belongs to
    Q_EMIT panel.tree()->itemActivated(sso, 1);
    Q_EMIT panel.tree()->itemActivated(line(panel.tree(), u"Request"_s), 1); // code, not a link
    Q_EMIT panel.tree()->itemActivated(line(panel.tree(), u"Documentation"_s), 0);
    UrlOpener::resetHandler();
    QCOMPARE(opened, (QList<QUrl>{QUrl(api.ssoUrl), QUrl(api.documentationUrl)}));
}

QTEST_MAIN(tst_EvidenceRows)
// How long something took: milliseconds below a second (a 40 ms run is not "0.0 s"), else seconds with one decimal.
void tst_EvidenceRows::durations()
{
    QCOMPARE(ghcr::words::duration(0), u"0 ms"_s);
    QCOMPARE(ghcr::words::duration(40), u"40 ms"_s);
    QCOMPARE(ghcr::words::duration(999), u"999 ms"_s);
    QCOMPARE(ghcr::words::duration(1000), u"1.0 s"_s);
    QCOMPARE(ghcr::words::duration(1234), u"1.2 s"_s);
}

// Every label is shown whole: one too long for the label column wraps onto more lines (the row grows) instead of
// being cut with "…" — a review run found "Области доступа (X-OAuth-…" on a 1280×800 screen.
void tst_EvidenceRows::labelsWrapWhole()
{
    ApiEvidence api;
    api.outcome = ApiEvidence::Outcome::Ok;
    api.url = u"https://api.github.com/user"_s;
    api.httpStatus = 200;
    api.scopes = QStringList{u"write:packages"_s};
    api.scopesExpanded = *api.scopes;
    api.acceptedPermissions = u"packages=read"_s;
    api.ssoPartialOrganizations = {u"21955855"_s};
    EvidencePanel panel(u"GitHub API"_s, u"api"_s);
    panel.resize(420, 600); // a panel of a 1024×640 window
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setSections({apiFacts(api)});
    QTreeWidget* tree = panel.tree();
    const QFontMetrics metrics(tree->font());
    int wrapped = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        const QRect cell = tree->visualItemRect(item);
        // Room for the text in the label column: its width less the branch indentation and the text's margins (as
        // QCommonStyle lays out an item view's text).
        const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
        const int room = tree->columnWidth(0) - tree->indentation() - 2 * margin;
        const QRect needed = metrics.boundingRect(QRect(0, 0, room, 10000), Qt::TextWordWrap, item->text(0));
        if (metrics.horizontalAdvance(item->text(0)) > room)
            ++wrapped;
        QVERIFY2(cell.height() >= needed.height(),
                 qPrintable(
                     u"“%1” needs %2 px, its row has %3"_s.arg(item->text(0)).arg(needed.height()).arg(cell.height())));
    }
    QVERIFY2(wrapped > 0, "no label was long enough to need a second line: the test proves nothing");
}

#include "tst_EvidenceRows.moc"
