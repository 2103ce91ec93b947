#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace ghcr {

/// One challenge of a WWW-Authenticate header (RFC 7235): a scheme and its auth-params.
struct AuthChallenge
{
    QString scheme;                ///< as sent ("Bearer"); compare case-insensitively
    QMap<QString, QString> params; ///< keys lower-cased, values unquoted and unescaped
    QString token68;               ///< rare token68 form

    bool isScheme(const QString& name) const { return scheme.compare(name, Qt::CaseInsensitive) == 0; }
    QString param(const QString& key) const { return params.value(key.toLower()); }
};

/// Parses a header value that may hold several challenges, quoted strings with escaped quotes
/// and commas inside quotes, parameters in any order. Never throws; garbage yields what could be read.
QList<AuthChallenge> parseWwwAuthenticate(const QString& headerValue);

/// Several WWW-Authenticate header lines (Qt joins repeated headers with ", " or "\n").
QList<AuthChallenge> parseWwwAuthenticate(const QList<QByteArray>& headerValues);

/// Registry scope grammar: "repository:NAME:action[,action]" several space-separated; NAME may
/// contain host:port, so the actions are what follows the *last* colon.
struct ResourceScope
{
    QString type; ///< "repository"
    QString name; ///< "owner/app" or "localhost:5000/owner/app"
    QStringList actions;
};
QList<ResourceScope> parseResourceScopes(const QString& scopeParam);
QString formatResourceScope(const QString& repository, const QStringList& actions);

} // namespace ghcr
