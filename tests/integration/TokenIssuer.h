#pragma once

// A Docker Registry v2 token server ("auth.token" realm) for the integration test: HTTPS on 127.0.0.1,
// HTTP Basic against a table of personas, grants the intersection of the requested and the allowed
// actions, and answers RS256 JWTs whose x5c certificate is the real registry's rootcertbundle.
// TEST ONLY: the signing key is generated per run in a temporary folder and thrown away.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace ghcr::test {

/// One request the issuer answered (kept for assertions; the password is never stored).
struct TokenGrant
{
    QString user; ///< Basic user ("" when no credentials)
    bool authenticated = false;
    int status = 0;        ///< 200 or 401
    QStringList requested; ///< scope strings as sent, e.g. repository:owner/app:pull,push
    QStringList granted;   ///< repository:NAME:actions actually put into the token
};

class TokenIssuer : public QObject
{
    Q_OBJECT

public:
    /// `signingKeyPem` signs (PKCS#1 v1.5 SHA-256 via `openssl dgst`), `signingCertPem` goes into x5c.
    TokenIssuer(QString signingKeyPem, QString signingCertPem, QString issuer, QString service,
                QObject* parent = nullptr);
    ~TokenIssuer() override;

    void addPersona(const QString& user, const QString& password, const QStringList& allowedActions);
    /// Listens on 127.0.0.1 with the test server certificate; false + *error on failure.
    bool start(QString* error);
    QUrl realm() const; ///< https://127.0.0.1:PORT/token

    QList<TokenGrant> grants() const { return m_grants; }
    void clearGrants() { m_grants.clear(); }
    /// The last signing failure (openssl), empty when none.
    QString lastError() const { return m_lastError; }

private:
    struct Persona
    {
        QString password;
        QStringList allowed;
    };
    QHttpServerResponse answer(const QHttpServerRequest& request);
    QByteArray signJwt(const QByteArray& signingInput);

    QHttpServer* m_server;
    QString m_keyPem;
    QString m_certPem;
    QString m_issuer;
    QString m_service;
    QByteArray m_x5c; ///< base64 (standard, padded) DER of the signing certificate
    quint16 m_port = 0;
    QHash<QString, Persona> m_personas;
    QList<TokenGrant> m_grants;
    QString m_lastError;
};

} // namespace ghcr::test
