#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace ghcr {

/// One HTTP request as the engine wants it.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< values may be secret: never logged
    QByteArray body;
    QString basicUser; ///< with basicPassword: HTTP Basic (secret)
    QString basicPassword;
    QString bearer; ///< Authorization: Bearer … (secret)
};

/// The answer, or why there is none. Header names lower-cased.
struct HttpResponse
{
    enum class Failure {
        None,
        Timeout, ///< the check's budget ran out (also: stalled or dripping after the headers)
        BodyTooLarge,
        HeadersTooLarge, ///< more header bytes or lines than any real server sends
        Malformed,       ///< not an HTTP/1.x answer
        Unsendable,      ///< a credential over the size cap, or a header value with a line break: not sent
        NotAttempted,    ///< the origin did not answer earlier in this check, or the budget is spent
        Refused,
        HostNotFound,
        Tls,
        Reset,
        Cancelled,
        InsecureUrl,
        Redirect, ///< to another origin (refused), or a redirect loop
        Other
    };
    Failure failure = Failure::None;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString errorSentence;  ///< human: "the server answered 502 to GET https://…"; never a secret
    QString redirectTarget; ///< a refused redirect's Location
    qint64 elapsedMs = 0;

    bool ok() const { return failure == Failure::None && status != 0; }
    QByteArray header(const QByteArray& lowerName) const;
    QList<QByteArray> headerValues(const QByteArray& lowerName) const;
};

} // namespace ghcr
