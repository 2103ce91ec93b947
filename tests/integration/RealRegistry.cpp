#include "tests/integration/RealRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include "tests/support/FakeServer.h"

using namespace Qt::StringLiterals;

namespace ghcr::test {

// ---------------------------------------------------------------------------------------------
// Helpers

QString ToolRun::describe(const QString& what) const
{
    QString s = what + u": "_s;
    if (!started)
        s += u"did not start"_s;
    else if (!finished)
        s += u"did not finish before its deadline (killed)"_s;
    else
        s += u"exit code "_s + QString::number(exitCode);
    return s + u"\n"_s + QString::fromUtf8(output.right(4000));
}

ToolRun runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env, int timeoutMs)
{
    ToolRun run;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    process.start(program, args);
    deadline.start(timeoutMs);
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart)
        loop.exec();
    run.started = process.error() != QProcess::FailedToStart;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10000);
        run.finished = false;
    } else {
        run.finished = run.started && process.exitStatus() == QProcess::NormalExit;
        run.exitCode = process.exitCode();
    }
    run.output = process.readAll();
    return run;
}

quint16 freeLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QByteArray RawAnswer::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

RawAnswer rawRequest(QNetworkAccessManager* network, const QByteArray& method, const QUrl& url,
                     const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    QNetworkRequest request(url);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(FakeServer::testCa());
    request.setSslConfiguration(ssl);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply* reply = network->sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 5000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RawAnswer answer;
    if (!reply->isFinished()) {
        reply->abort();
        answer.error = u"no answer before the deadline"_s;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.error = reply->errorString();
    answer.headers = reply->rawHeaderPairs();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

namespace {

QByteArray octal(qint64 value, int width)
{
    // width-1 octal digits, NUL-terminated (tar numeric fields).
    QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    return digits + '\0';
}

/// A one-file ustar archive, deterministic (fixed mtime, owner 0).
QByteArray tinyTar(const QByteArray& fileName, const QByteArray& content)
{
    QByteArray header(512, '\0');
    auto put = [&header](int offset, const QByteArray& field) { header.replace(offset, field.size(), field); };
    put(0, fileName.left(99));
    put(100, octal(0644, 8));
    put(108, octal(0, 8));
    put(116, octal(0, 8));
    put(124, octal(content.size(), 12));
    put(136, octal(1700000000, 12));
    put(148, QByteArray(8, ' '));
    put(156, "0"_ba);
    put(257, "ustar\0"_ba);
    put(263, "00"_ba);
    put(265, "root"_ba);
    put(297, "root"_ba);
    unsigned sum = 0;
    for (char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
    QByteArray tar = header + content;
    tar += QByteArray((512 - content.size() % 512) % 512, '\0');
    tar += QByteArray(1024, '\0'); // two zero blocks end the archive
    return tar;
}

bool writeBlob(const QString& dir, const QByteArray& data, QString* digest, QString* error)
{
    const QByteArray hex = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    *digest = u"sha256:"_s + QString::fromLatin1(hex);
    QFile f(dir + u"/blobs/sha256/"_s + QString::fromLatin1(hex));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        *error = u"cannot write "_s + f.fileName();
        return false;
    }
    return true;
}

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        *error = u"cannot write "_s + path;
        return false;
    }
    return true;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString writeOciLayout(const QString& dir, const QString& tag, const QByteArray& fileContent, QString* error)
{
    if (!QDir().mkpath(dir + u"/blobs/sha256"_s)) {
        *error = u"cannot create "_s + dir;
        return {};
    }
    const QByteArray layer = tinyTar("hello.txt"_ba, fileContent);
    QString layerDigest;
    if (!writeBlob(dir, layer, &layerDigest, error))
        return {};
    const QByteArray config = compact(
        QJsonObject{{u"architecture"_s, u"amd64"_s},
                    {u"os"_s, u"linux"_s},
                    {u"config"_s, QJsonObject{}},
                    {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, QJsonArray{layerDigest}}}}});
    QString configDigest;
    if (!writeBlob(dir, config, &configDigest, error))
        return {};
    const QByteArray manifest = compact(
        QJsonObject{{u"schemaVersion"_s, 2},
                    {u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
                    {u"config"_s, QJsonObject{{u"mediaType"_s, u"application/vnd.oci.image.config.v1+json"_s},
                                              {u"digest"_s, configDigest},
                                              {u"size"_s, config.size()}}},
                    {u"layers"_s, QJsonArray{QJsonObject{{u"mediaType"_s, u"application/vnd.oci.image.layer.v1.tar"_s},
                                                         {u"digest"_s, layerDigest},
                                                         {u"size"_s, layer.size()}}}}});
    QString manifestDigest;
    if (!writeBlob(dir, manifest, &manifestDigest, error))
        return {};
    const QByteArray index = compact(QJsonObject{
        {u"schemaVersion"_s, 2},
        {u"manifests"_s,
         QJsonArray{QJsonObject{{u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
                                {u"digest"_s, manifestDigest},
                                {u"size"_s, manifest.size()},
                                {u"annotations"_s, QJsonObject{{u"org.opencontainers.image.ref.name"_s, tag}}}}}}});
    if (!writeFile(dir + u"/index.json"_s, index, error) ||
        !writeFile(dir + u"/oci-layout"_s, R"({"imageLayoutVersion":"1.0.0"})"_ba, error))
        return {};
    return manifestDigest;
}

// ---------------------------------------------------------------------------------------------
// The registry process

RealRegistry::RealRegistry(QObject* parent)
    : QObject(parent)
{
}

RealRegistry::~RealRegistry()
{
    stop();
}

QString RealRegistry::binary()
{
    return QStandardPaths::findExecutable(u"docker-registry"_s);
}

QString RealRegistry::hostPort() const
{
    return u"127.0.0.1:"_s + QString::number(m_port);
}

QUrl RealRegistry::url(const QString& path) const
{
    return QUrl(u"https://"_s + hostPort() + path);
}

QByteArray RealRegistry::log()
{
    if (m_process)
        m_log += m_process->readAll();
    return m_log;
}

bool RealRegistry::start(const QString& workDir, const QUrl& realm, const QString& service, const QString& issuer,
                         const QString& rootCertBundle, QString* error)
{
    m_port = freeLocalPort();
    if (m_port == 0) {
        *error = u"no free port on 127.0.0.1"_s;
        return false;
    }
    const QString dataDir = FakeServer::testDataDir();
    const QString storage = workDir + u"/storage"_s;
    QDir().mkpath(storage);
    // Plain YAML, every value quoted; the registry reads only this file (no /etc/docker/registry).
    const QString config = u"version: 0.1\n"
                           u"log:\n"
                           u"  level: info\n"
                           u"  formatter: text\n"
                           u"storage:\n"
                           u"  filesystem:\n"
                           u"    rootdirectory: \"%1\"\n"
                           u"  delete:\n"
                           u"    enabled: true\n"
                           u"  maintenance:\n"
                           u"    uploadpurging:\n"
                           u"      enabled: false\n"
                           u"http:\n"
                           u"  addr: \"127.0.0.1:%2\"\n"
                           u"  secret: \"ghcr-doctor-integration-test-only\"\n"
                           u"  tls:\n"
                           u"    certificate: \"%3\"\n"
                           u"    key: \"%4\"\n"
                           u"auth:\n"
                           u"  token:\n"
                           u"    realm: \"%5\"\n"
                           u"    service: \"%6\"\n"
                           u"    issuer: \"%7\"\n"
                           u"    rootcertbundle: \"%8\"\n"_s.arg(storage)
                               .arg(m_port)
                               .arg(dataDir + u"/server.pem"_s, dataDir + u"/server.key"_s, realm.toString(), service,
                                    issuer, rootCertBundle);
    const QString configPath = workDir + u"/config.yml"_s;
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) < 0) {
        *error = u"cannot write "_s + configPath;
        return false;
    }
    f.close();

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing from the environment may reconfigure it (REGISTRY_* overrides config.yml).
    for (const QString& key : env.keys())
        if (key.startsWith(u"REGISTRY_"_s))
            env.remove(key);
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyRead, this, [this] { m_log += m_process->readAll(); });
    m_process->start(binary(), {u"serve"_s, configPath});
    if (!m_process->waitForStarted(20000)) {
        *error = u"cannot start docker-registry: "_s + m_process->errorString();
        return false;
    }
    return true;
}

bool RealRegistry::waitReady(QNetworkAccessManager* network, int timeoutMs, QString* error)
{
    QElapsedTimer clock;
    clock.start();
    RawAnswer last;
    while (clock.elapsed() < timeoutMs) {
        if (!m_process || m_process->state() == QProcess::NotRunning) {
            *error = u"docker-registry exited early:\n"_s + QString::fromUtf8(log());
            return false;
        }
        last = rawRequest(network, "GET"_ba, url(u"/v2/"_s), {}, 5000);
        if (last.status == 401)
            return true;
        QEventLoop wait;
        QTimer::singleShot(200, &wait, &QEventLoop::quit);
        wait.exec();
    }
    *error = u"docker-registry did not answer 401 on /v2/ in time (last: "_s + QString::number(last.status) + u" "_s +
             last.error + u")\n"_s + QString::fromUtf8(log());
    return false;
}

void RealRegistry::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    m_log += m_process->readAll();
    delete m_process;
    m_process = nullptr;
}

} // namespace ghcr::test
