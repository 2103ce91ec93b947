#pragma once

// The real CNCF distribution registry (Debian `docker-registry`, 2.8) as a child process for the
// integration test: token auth, TLS with the test server certificate, filesystem storage in a
// temporary folder, deletes enabled, listening on 127.0.0.1 only. Also small helpers shared by the test:
// a bounded run of an external tool that keeps the event loop turning, a free port, a minimal OCI
// image layout. TEST ONLY.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QProcess;

namespace ghcr::test {

/// The outcome of one external tool run.
struct ToolRun
{
    bool started = false;
    bool finished = false; ///< false: it hit the deadline and was killed
    int exitCode = -1;
    QByteArray output; ///< stdout and stderr merged
    QString describe(const QString& what) const;
    bool ok() const { return started && finished && exitCode == 0; }
};

/// Runs `program args` with a deadline; the event loop keeps running meanwhile (the token issuer lives
/// in this process and must answer the tool).
ToolRun runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env, int timeoutMs);

/// A port that was free a moment ago on 127.0.0.1.
quint16 freeLocalPort();

/// One HTTP exchange for the raw probes (bounded; the event loop runs).
struct RawAnswer
{
    int status = 0;
    QString error;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
};
RawAnswer rawRequest(QNetworkAccessManager* network, const QByteArray& method, const QUrl& url,
                     const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs = 30000);

/// Writes a minimal OCI image layout (one uncompressed layer holding one small file) to `dir`, with
/// the given tag as org.opencontainers.image.ref.name. Returns the manifest digest, empty on failure.
QString writeOciLayout(const QString& dir, const QString& tag, const QByteArray& fileContent, QString* error);

class RealRegistry : public QObject
{
    Q_OBJECT

public:
    explicit RealRegistry(QObject* parent = nullptr);
    ~RealRegistry() override;

    static QString binary(); ///< full path of docker-registry, empty when missing

    /// Writes config.yml into `workDir` and starts the registry; then waitReady().
    bool start(const QString& workDir, const QUrl& realm, const QString& service, const QString& issuer,
               const QString& rootCertBundle, QString* error);
    /// Polls GET /v2/ until it answers 401 (token auth active) or the deadline passes.
    bool waitReady(QNetworkAccessManager* network, int timeoutMs, QString* error);
    void stop();

    quint16 port() const { return m_port; }
    QString hostPort() const; ///< 127.0.0.1:PORT
    QUrl url(const QString& path) const;
    QByteArray log(); ///< everything the registry printed so far

private:
    QProcess* m_process = nullptr;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace ghcr::test
