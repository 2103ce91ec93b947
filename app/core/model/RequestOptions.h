#pragma once

// The options `ghcr-doctor check` and the window's prefill options both take (--host, --api-url, --registry,
// --ca-file, --user, --image, --ops, --token-env, --timeout): declared once (name, value name, one help text) and
// read once into RequestOptionValues, with the OptionValues rules and sentences for bad values. Each command adds
// only its own options to the parser and gives the values its own meaning (check: several --image make a table;
// the window: prefills the form with the last --image).

#include "app/core/model/Evidence.h"

#include <QList>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCommandLineParser;

namespace ghcr {

/// The shared options as given; what was not given stays empty (each command has its own defaults).
struct RequestOptionValues
{
    QString host;                               ///< --host
    std::optional<QUrl> apiUrl;                 ///< --api-url, an http(s) URL with a host
    QString registry;                           ///< --registry
    QString user;                               ///< --user
    QStringList images;                         ///< every --image, in order
    std::optional<QList<Operation>> operations; ///< --ops ("login" alone: an empty list)
    std::optional<int> timeoutSeconds;          ///< --timeout, 1–600
    QString caFile;                             ///< --ca-file as an absolute path
    QList<QSslCertificate> caCertificates;      ///< the certificates in it (never empty when caFile is set)
    QString tokenVariable;                      ///< --token-env: a variable set in the environment
};

/// Declares the shared options (no default values: the help texts say each default).
void addRequestOptions(QCommandLineParser* parser);
/// Reads the shared options of a parser that has parsed. Reads --ca-file; looks --token-env up in `environment`.
/// Returns false with the sentence for the first bad value in `error`.
bool readRequestOptions(const QCommandLineParser& parser, const QProcessEnvironment& environment,
                        RequestOptionValues* values, QString* error);

} // namespace ghcr
