#pragma once

#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/model/CheckRequest.h"
#include "app/core/probes/PackageLister.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace ghcr {

class CheckSession;
class RegistryClient;
struct CancelLearning;

/// What a matrix run was asked: the single check's settings (host, registry, operations, timeout) for
/// every image, and which images.
struct MatrixRequest
{
    CheckRequest base;        ///< image ignored; its timeout is the budget of the whole run
    bool allPackages = false; ///< list the packages through GitHub's API
    QStringList owners;       ///< organizations (or the login) to list; empty: the user's and every org's
    QStringList images;       ///< given images (--image, --images-file), probed as well (or instead)
    int maxPerOrigin = 6;     ///< requests in flight per origin
    int maxPackages = PackageListing::defaultMaxPackages; ///< listed at most, in all owners
};

/// Checks every package at once: GET /user once, the listing (if asked), then each image's registry side
/// (a RegistryClient per image) in one CheckSession, on one HTTP client: one budget for the whole run, at most
/// maxPerOrigin requests in flight per origin, a 429's short Retry-After honoured by the registry client,
/// and cancel() aborting everything. Each image's verdict comes from the single check's Diagnoser.
class MatrixRunner : public QObject
{
    Q_OBJECT

public:
    explicit MatrixRunner(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~MatrixRunner() override;

    void start(const MatrixRequest& request, const QString& token);
    void cancel();
    bool isRunning() const { return m_running; }
    /// The checklist rows of one of this run's images (the last run's once it finished), derived on demand by
    /// Diagnoser::imageChecklist() with the run's request, token and API evidence.
    QList<ChecklistItem> imageChecklist(const ImageResult& image) const;

    /// Images probed at once (each keeps a few requests in flight; the HTTP client bounds them per origin).
    static constexpr int maxActiveImages = 12;
    /// Images whose registry token one request asks for (one `scope` each; the URL stays around 1 KiB).
    static constexpr int imagesPerToken = 25;
    /// Package facts asked of the API at once for given images (twice its origin's connections: always one ready).
    static constexpr int maxFactsAsked = 12;

Q_SIGNALS:
    void listed(const ghcr::PackageListing& listing);
    /// The images to check are known (listing order, then given images); results fill them in.
    void imagesKnown(const QList<ghcr::ImageResult>& images);
    /// An image's verdict arrived (in completion order; `index` is its place in imagesKnown()'s list).
    void imageFinished(int index, const ghcr::ImageResult& image);
    void progress(int done, int total);
    /// The whole matrix (Diagnosis::matrix set).
    void finished(const ghcr::Diagnosis& diagnosis);

private:
    void apiDone(const ApiEvidence& evidence);
    /// Lists the packages (`login`: empty while GET /user is on its way; the user's own listing needs none).
    void startListing(const QString& login);
    /// GET /user says the token cannot list anything: no listing (PackageListing::skipped), the given images only.
    void skipListing();
    /// The listing and GET /user are both in: the images are known.
    void listingReady();
    /// The registry's one challenge (GET /v2/ once per run, beside the API's first answer).
    void discoverRegistry();
    void challengeDone(const RegistryEvidence& challenge);
    /// Once the images, the user and the challenge are known: a token request per batch of images, then probes.
    void readyToProbe();
    void requestBatchTokens();
    QString registryUser() const;
    void probeImages(const QList<PackageInfo>& listed);
    void startNext();
    void askPackageFacts();
    void askMoreFacts();
    void finish();

    QNetworkAccessManager* m_network;
    CheckSession* m_session = nullptr; ///< the run's network side (deleted once the matrix is out)
    MatrixRequest m_request;
    TokenAnalysis m_tokenAnalysis;
    ApiEvidence m_apiEvidence;
    PackageListing m_listing;
    QList<ImageResult> m_images;
    bool m_cancelled = false;
    QDateTime m_startedAt;
    std::shared_ptr<RedactionSet> m_redactions;
    QString m_token;
    QList<RegistryClient*> m_active;
    QSet<int> m_factsPending;                            ///< images whose package facts the API is asked for
    QList<int> m_factsQueue;                             ///< ... and not asked yet
    int m_factsAsked = 0;                                ///< ... asked, answer pending
    QHash<int, QPointer<RegistryClient>> m_factsWaiting; ///< started images waiting for them
    std::optional<RegistryEvidence> m_challenge;         ///< the shared challenge, once asked
    QSet<QString> m_strings;                             ///< one buffer per distinct string of the images' results
    /// The batches' token requests, in image order: an image starts once its batch has an answer.
    struct Batch
    {
        bool answered = false;
        QString token; ///< empty: refused or failed; its images ask for their own
    };
    QList<Batch> m_batches;
    std::shared_ptr<CancelLearning> m_cancelRefusal; ///< what the images learn of upload cancels (405: none sent)
    bool m_imagesReady = false;                      ///< imagesKnown() was emitted; they start with the challenge
    bool m_apiAnswered = false;                      ///< GET /user answered (the images wait for the login)
    bool m_listingStarted = false;
    bool m_listingDone = false;
    int m_next = 0;
    int m_done = 0;
    bool m_running = false;
    QElapsedTimer m_clock;
};

} // namespace ghcr
