#include "app/core/MatrixRunner.h"

#include "app/core/CheckSession.h"
#include "app/core/diagnosis/DiagnosisRules.h"
#include "app/core/probes/GitHubApiClient.h"
#include "app/core/probes/PackageProbe.h"
#include "app/core/probes/RegistryClient.h"
#include "app/core/token/Redactor.h"

#include <QPointer>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// Listed packages first, then the given images: a given tag of a listed package probes that package at that tag
/// (a second tag of it is a row of its own, with the listing's facts), the same image given twice is one row.
QList<PackageInfo> withGivenImages(const QList<PackageInfo>& listed, const QStringList& images, const QString& registry)
{
    QList<PackageInfo> packages = listed;
    QSet<QString> rows;     // owner/name[:tag] of every row
    QSet<qsizetype> tagged; // listed rows a given image already set the tag of
    for (const PackageInfo& p : std::as_const(packages))
        rows.insert(p.image());
    for (const QString& image : images) {
        QString repository;
        QString reference;
        QString typedHost; // the row names the image as the user spelled it
        if (const ImageLint lint = lintImage(image, registry); lint.probe) { // the checked registry's host removed
            repository = lint.repository;
            reference = lint.reference;
            typedHost = lint.typedHost;
        } else if (!parseImageReference(image, &repository, &reference)) {
            continue;
        }
        PackageInfo p;
        p.owner = repository.section(u'/', 0, 0);
        p.name = repository.section(u'/', 1);
        const QString plain = p.image();
        if (reference != u"latest"_s)
            p.reference = reference;
        if (rows.contains(p.image()))
            continue; // given twice, or a listed package at the tag it is probed at already
        qsizetype known = -1;
        for (qsizetype i = 0; i < listed.size() && known < 0; ++i)
            known = listed.at(i).image() == plain ? i : -1;
        if (known >= 0 && !tagged.contains(known)) {
            tagged.insert(known);
            rows.remove(packages.at(known).image());
            packages[known].reference = p.reference;
            packages[known].typedHost = typedHost;
            rows.insert(packages.at(known).image());
            continue;
        }
        if (known >= 0) { // another tag of a listed package: its facts, this tag
            const QString tag = p.reference;
            p = listed.at(known);
            p.reference = tag;
        }
        p.typedHost = typedHost;
        rows.insert(p.image());
        packages << p;
    }
    return packages;
}

void share(QString* s, QSet<QString>* pool)
{
    if (s->isEmpty())
        return;
    const auto known = pool->constFind(*s);
    if (known != pool->cend()) {
        *s = *known;
        return;
    }
    s->squeeze(); // a sentence built piece by piece keeps spare room; the pooled copy needs none
    pool->insert(*s);
}

/// Makes every string of an image's result share one buffer with the equal strings of the images before it:
/// hundreds of images carry the same translated titles, sentences and challenge, which would otherwise be a
/// copy each (an image's memory is then little more than what is really its own).
void internStrings(ImageResult* image, QSet<QString>* pool)
{
    for (QString* s : {&image->summary, &image->package.owner, &image->package.visibility, &image->package.repository,
                       &image->package.reference})
        share(s, pool);
    RegistryEvidence& r = image->registry;
    for (QString* s : {&r.host, &r.baseUrl, &r.challengeScheme, &r.realm, &r.service, &r.challengeScope, &r.user,
                       &r.reference, &r.publicEvidence, &r.loginCode, &r.loginMessage, &r.errorSentence})
        share(s, pool);
    for (OperationResult& op : r.operations)
        for (QString* s : {&op.code, &op.message, &op.challengeError, &op.note, &op.cancelNote, &op.errorSentence})
            share(s, pool);
}

} // namespace

MatrixRunner::MatrixRunner(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

MatrixRunner::~MatrixRunner()
{
    m_token.fill(u'\0');
}

void MatrixRunner::start(const MatrixRequest& request, const QString& token)
{
    if (m_running)
        cancel();
    m_request = request;
    m_request.base = request.base.resolved();
    m_request.base.image.clear();
    m_request.base.inspectDockerCredentials = false;
    m_tokenAnalysis = analyzeToken(token);
    m_apiEvidence = ApiEvidence{};
    m_listing = PackageListing{};
    m_images.clear();
    m_strings.clear();
    m_cancelled = false;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_token = normalizeToken(token);
    m_active.clear();
    m_challenge.reset();
    m_batches.clear();
    m_cancelRefusal = std::make_shared<CancelLearning>();
    m_imagesReady = false;
    m_apiAnswered = m_listingStarted = m_listingDone = false;
    m_next = m_done = 0;
    m_running = true;
    m_clock.start();

    // One session for the whole run: one HTTP client, whose budget is the run's deadline and whose bound is the
    // per-origin limit, and every part of the run (API client, listing, registry clients, package probes).
    m_session = new CheckSession(m_network, m_request.base, m_request.maxPerOrigin, this);

    if (!canBeSent(m_tokenAnalysis)) {
        QMetaObject::invokeMethod(this, &MatrixRunner::finish, Qt::QueuedConnection);
        return;
    }
    m_redactions = std::make_shared<RedactionSet>();
    m_redactions->add(m_token);
    auto* api = m_session->add<GitHubApiClient>();
    connect(api, &GitHubApiClient::finished, this, &MatrixRunner::apiDone);
    api->start(m_request.base.apiUrl, m_token, m_tokenAnalysis.kind);
    // The user's packages and organizations need no login: they are listed beside GET /user, not after it (only
    // named owners wait for the login, which tells the user's own name from an organization's).
    if (m_request.allPackages && m_request.owners.isEmpty())
        startListing(QString());
    discoverRegistry();
}

void MatrixRunner::discoverRegistry()
{
    auto* discovery = m_session->add<RegistryClient>();
    connect(discovery, &RegistryClient::finished, this, [this, discovery](const RegistryEvidence& challenge) {
        discovery->deleteLater();
        challengeDone(challenge);
    });
    discovery->startDiscovery(m_request.base);
    // Warm the registry connections the images will use while the API answers (the challenge takes one; a
    // plain-HTTP loopback registry is not known to be plain yet, so nothing is warmed for it).
    if (m_request.base.allowHttpLoopback)
        return;
    const QUrl registry(u"https://"_s + m_request.base.registry + u"/v2/"_s);
    const int given = int(m_request.images.size());
    const int wanted = m_request.allPackages ? m_request.maxPerOrigin : std::min(m_request.maxPerOrigin, 2 * given);
    for (int n = 1; n < wanted; ++n)
        m_session->http()->preconnect(registry);
    // Given images are each asked on the API's origin for their package facts once the token is known to read
    // packages: warm those connections too while /user is answered (it takes one).
    if (!m_request.allPackages && given > 1) {
        for (int n = 1; n < std::min(m_request.maxPerOrigin, given); ++n)
            m_session->http()->preconnect(m_request.base.apiUrl);
    }
}

void MatrixRunner::challengeDone(const RegistryEvidence& challenge)
{
    if (!m_running)
        return;
    m_challenge = challenge;
    if (m_imagesReady)
        readyToProbe();
}

void MatrixRunner::readyToProbe()
{
    requestBatchTokens();
    startNext();
}

QString MatrixRunner::registryUser() const
{
    if (!m_request.base.user.isEmpty())
        return m_request.base.user;
    if (RegistryAuth::acceptsAnyUser(m_request.base.registry) || m_apiEvidence.login.isEmpty())
        return RegistryAuth::neutralUser();
    return m_apiEvidence.login;
}

void MatrixRunner::requestBatchTokens()
{
    m_batches.clear();
    QStringList actions;
    if (m_request.base.wants(Operation::Pull))
        actions << u"pull"_s;
    if (m_request.base.wants(Operation::Push))
        actions = QStringList{u"pull"_s, u"push"_s}; // as each image would ask
    if (actions.isEmpty() || !m_challenge->errorSentence.isEmpty())
        return;
    QList<HttpRequest> requests;
    for (qsizetype first = 0; first < m_images.size(); first += imagesPerToken) {
        QStringList repositories;
        for (qsizetype i = first; i < std::min(m_images.size(), first + imagesPerToken); ++i) {
            const ImageLint lint = lintImage(m_images.at(i).package.image(), m_request.base.registry);
            if (lint.probe)
                repositories << lint.repository;
        }
        requests << RegistryAuth::batchTokenRequest(*m_challenge, repositories, actions, registryUser(), m_token);
        if (!requests.constLast().url.isValid())
            return; // no Bearer challenge, or a realm that may not get credentials: each image says so itself
    }
    m_batches.resize(requests.size());
    for (qsizetype b = 0; b < requests.size(); ++b) {
        connect(m_session->http()->send(requests.at(b), m_session), &HttpJob::finished, this,
                [this, b](const HttpResponse& r) {
                    if (!m_running || b >= m_batches.size())
                        return;
                    m_batches[b].answered = true;
                    const QString token = r.ok() && r.status == 200 ? RegistryAuth::tokenFromBody(r.body) : QString();
                    if (!token.isEmpty() && token.size() <= 16 * 1024) {
                        m_redactions->addBearer(token);
                        m_batches[b].token = token;
                    }
                    startNext();
                });
    }
}

void MatrixRunner::apiDone(const ApiEvidence& evidence)
{
    if (!m_running)
        return;
    m_apiEvidence = evidence;
    m_apiAnswered = true;
    if (!m_request.allPackages)
        probeImages({});
    else if (evidence.outcome == ApiEvidence::Outcome::BadCredentials || rules::apiCouldNotComplete(evidence))
        skipListing();
    else if (!m_listingStarted)
        startListing(evidence.login);
    else if (m_listingDone)
        listingReady();
}

void MatrixRunner::skipListing()
{
    // A token GitHub refused, or an API that could not be used, lists nothing: a listing would only turn GitHub's
    // one answer into a per-owner refusal that hides it ("no such API", "no packages"). What a listing sent beside
    // GET /user answers is dropped. The given images are still probed.
    m_listing = PackageListing{};
    m_listing.skipped = true;
    Q_EMIT listed(m_listing);
    probeImages({});
}

void MatrixRunner::startListing(const QString& login)
{
    m_listingStarted = true;
    auto* lister = m_session->add<PackageLister>();
    connect(lister, &PackageLister::finished, this, [this](const PackageListing& listing) {
        if (!m_running || m_listing.skipped)
            return;
        m_listing = listing;
        m_listingDone = true;
        if (m_apiAnswered)
            listingReady();
    });
    const CheckRequest& base = m_request.base;
    lister->setMaxPackages(m_request.maxPackages);
    lister->start(base.apiUrl, m_token, login, m_request.owners, base.webHost());
}

void MatrixRunner::listingReady()
{
    // Listed beside GET /user, the user's own listing is named once the login is known.
    if (m_request.owners.isEmpty() && !m_listing.owners.isEmpty() && m_listing.owners.constFirst().owner.isEmpty())
        m_listing.owners.first().owner = m_apiEvidence.login;
    Q_EMIT listed(m_listing);
    probeImages(m_listing.packages);
}

void MatrixRunner::probeImages(const QList<PackageInfo>& listed)
{
    const QList<PackageInfo> packages = withGivenImages(listed, m_request.images, m_request.base.registry);
    m_images.reserve(packages.size());
    for (const PackageInfo& p : std::as_const(packages)) {
        ImageResult r;
        r.package = p;
        m_images << r;
    }
    Q_EMIT imagesKnown(m_images);
    Q_EMIT progress(0, int(m_images.size()));
    if (m_images.isEmpty()) {
        finish();
        return;
    }
    askPackageFacts();
    m_imagesReady = true;
    if (m_challenge)
        readyToProbe();
}

void MatrixRunner::startNext()
{
    // A registry that did not answer /v2/ ends each image at once, without a request, with why: those still run.
    const bool registryFailed = m_challenge && !m_challenge->errorSentence.isEmpty();
    if (m_running && m_next < m_images.size() && m_session->http()->remainingMs() == 0 && !registryFailed) {
        finish(); // the images not started could not be probed: nothing to ask them one by one
        return;
    }
    while (m_running && m_active.size() < maxActiveImages && m_next < m_images.size()) {
        const qsizetype batch = m_next / imagesPerToken;
        if (batch < m_batches.size() && !m_batches.at(batch).answered)
            break; // its batch's token is on its way
        const int index = m_next++;
        CheckRequest request = m_request.base;
        request.image = m_images.at(index).package.named(); // probed as image(): the lint removes the host
        auto* registry = m_session->add<RegistryClient>();
        registry->setRedactions(m_redactions);
        registry->setKnownChallenge(*m_challenge);
        if (batch < m_batches.size())
            registry->setSharedToken(m_batches.at(batch).token);
        registry->setCancelRefusal(m_cancelRefusal);
        registry->setKnownVisibility(m_images.at(index).package.visibility);
        if (m_factsPending.contains(index)) {
            // Its package facts are on their way from the API (asked when the images became known).
            registry->setVisibilityPending();
            m_factsWaiting.insert(index, registry);
        }
        m_active << registry;
        connect(registry, &RegistryClient::finished, this, [this, index, registry, request](const RegistryEvidence& e) {
            m_active.removeOne(registry);
            registry->deleteLater();
            if (!m_running)
                return;
            ImageResult& image = m_images[index];
            image = Diagnoser::diagnoseImage(request, image.package, m_tokenAnalysis, m_apiEvidence, e,
                                             QDateTime::currentDateTimeUtc());
            internStrings(&image, &m_strings);
            ++m_done;
            Q_EMIT imageFinished(index, image);
            Q_EMIT progress(m_done, int(m_images.size()));
            if (m_done == m_images.size())
                finish();
            else
                startNext();
        });
        registry->start(request, m_token, request.user);
        if (registry->waitingForUser())
            registry->provideUser(m_apiEvidence.login.isEmpty() ? RegistryAuth::neutralUser() : m_apiEvidence.login,
                                  m_apiEvidence.login.isEmpty() ? UserSource::Placeholder : UserSource::Api);
    }
}

void MatrixRunner::askPackageFacts()
{
    // A given image's visibility, linked repository and settings page from GitHub's packages API (its own
    // origin, beside the registry's requests) instead of an anonymous request to the registry. They are asked
    // as soon as the images are known and ahead of the images' probes, so the API's origin works at its own
    // pace and a probe never waits for its image's turn there; a bounded number are out at once (memory).
    if (!m_apiEvidence.scopesExpanded.contains(u"read:packages"_s))
        return;
    for (int index = 0; index < m_images.size(); ++index) {
        const PackageInfo& package = m_images.at(index).package;
        if (!package.listed && package.visibility.isEmpty() && !package.owner.isEmpty()) {
            m_factsPending.insert(index);
            m_factsQueue << index;
        }
    }
    askMoreFacts();
}

void MatrixRunner::askMoreFacts()
{
    while (m_running && m_factsAsked < maxFactsAsked && !m_factsQueue.isEmpty()) {
        const int index = m_factsQueue.takeFirst();
        const PackageInfo& package = m_images.at(index).package;
        ++m_factsAsked;
        auto* probe = m_session->add<PackageProbe>();
        probe->setLogin(m_apiEvidence.login);
        connect(probe, &PackageProbe::finished, this, [this, index, probe](const PackageEvidence& e) {
            probe->deleteLater();
            --m_factsAsked;
            if (!m_running)
                return;
            if (e.found) {
                PackageInfo& p = m_images[index].package;
                p.listed = true;
                p.ownerIsOrg = e.ownerKind == u"orgs"_s;
                p.visibility = e.visibility;
                p.repository = e.linkedRepository;
                p.settingsUrl = PackageLister::settingsUrl(m_request.base.webHost(), p.owner, p.ownerIsOrg, p.name);
            }
            m_factsPending.remove(index);
            // An image that has started waits for them; one that has not takes them from its package when it starts.
            if (const QPointer<RegistryClient> registry = m_factsWaiting.take(index))
                registry->provideVisibility(e.found ? e.visibility : QString());
            askMoreFacts();
        });
        probe->start(m_request.base.apiUrl, m_token, package.owner, package.name);
    }
}

QList<ChecklistItem> MatrixRunner::imageChecklist(const ImageResult& image) const
{
    return Diagnoser::imageChecklist(m_request.base, m_tokenAnalysis, m_apiEvidence, image);
}

void MatrixRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    finish(); // aborts every request of the run at once
}

void MatrixRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    for (qsizetype i = 0; m_cancelled && i < m_images.size(); ++i) // no copy of a shared list unless cancelled
        if (!m_images.at(i).finished)
            m_images[i].cancelled = true;
    if (m_cancelled && m_apiEvidence.outcome == ApiEvidence::Outcome::NotRun)
        m_apiEvidence.outcome = ApiEvidence::Outcome::Cancelled;
    m_token.fill(u'\0');
    m_token.clear();
    for (Batch& batch : m_batches)
        batch.token.fill(u'\0');
    m_batches.clear();
    if (m_cancelRefusal)
        m_cancelRefusal->runOver = true;
    if (m_session) {
        CheckSession* session = m_session;
        m_session = nullptr;
        m_active.clear();
        session->abort();
        session->deleteLater(); // the HTTP client, every part of the run and whatever is still in flight
    }
    Diagnosis d = Diagnoser::diagnoseMatrix(m_request.base, m_tokenAnalysis, m_apiEvidence, m_listing, m_images,
                                            QDateTime::currentDateTimeUtc(), m_cancelled);
    d.startedAt = m_startedAt;
    d.finishedAt = QDateTime::currentDateTimeUtc();
    d.timings.apiMs = m_apiEvidence.elapsedMs;
    d.timings.totalMs = m_clock.elapsed();
    d.redactions = std::move(m_redactions);
    Q_EMIT finished(d);
}

} // namespace ghcr
