#include "app/core/model/RequestOptions.h"

#include "app/core/model/OptionValues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// The texts keep the "CheckCommand" translation context they were written and translated in (like OptionValues).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

/// --ops, --timeout, --api-url by the OptionValues rules. Empty on success, else the sentence.
QString readValues(const QCommandLineParser& parser, RequestOptionValues* values)
{
    QString error;
    if (parser.isSet(u"api-url"_s)) {
        values->apiUrl = optionvalues::apiUrl(parser.value(u"api-url"_s), &error);
        if (!values->apiUrl)
            return error;
    }
    if (parser.isSet(u"ops"_s)) {
        values->operations = optionvalues::operations(parser.value(u"ops"_s), &error);
        if (!values->operations)
            return error;
    }
    if (parser.isSet(u"timeout"_s)) {
        values->timeoutSeconds = optionvalues::timeoutSeconds(parser.value(u"timeout"_s), &error);
        if (!values->timeoutSeconds)
            return error;
    }
    return {};
}

/// --ca-file: a readable file with at least one PEM certificate. Empty on success, else the sentence.
QString readCaFile(const QString& path, RequestOptionValues* values)
{
    QFile pem(path);
    if (!pem.open(QIODevice::ReadOnly))
        return Text::tr("Cannot read the CA file %1: %2").arg(pem.fileName(), pem.errorString());
    const QByteArray data = pem.readAll();
    // Before the application exists (main() deciding whether a window can open) Qt's TLS backend cannot load and
    // warns: only look for a certificate block then; the options are read again, certificates and all, after.
    const bool application = QCoreApplication::instance() != nullptr;
    values->caCertificates = application ? QSslCertificate::fromData(data, QSsl::Pem) : QList<QSslCertificate>();
    if (application ? values->caCertificates.isEmpty() : !data.contains("-----BEGIN CERTIFICATE-----"))
        return Text::tr("%1 holds no PEM certificate.").arg(pem.fileName());
    values->caFile = QFileInfo(path).absoluteFilePath();
    return {};
}

/// --token-env: a variable set, and not empty, in `environment`. Empty on success, else the sentence.
QString readTokenVariable(const QString& name, const QProcessEnvironment& environment, RequestOptionValues* values)
{
    if (!environment.contains(name))
        return Text::tr("The environment variable %1 is not set.").arg(name);
    if (environment.value(name).isEmpty())
        return Text::tr("The token is empty.");
    values->tokenVariable = name;
    return {};
}

} // namespace

void addRequestOptions(QCommandLineParser* parser)
{
    parser->addOptions({
        {u"host"_s,
         Text::tr("GitHub host: github.com or a GitHub Enterprise Server host (default github.com; the window: the "
                  "last one checked)."),
         u"HOST"_s},
        {u"api-url"_s, Text::tr("GitHub API base URL (default https://api.github.com, or https://HOST/api/v3)."),
         u"URL"_s},
        {u"registry"_s, Text::tr("Container registry HOST[:PORT] (default ghcr.io, or containers.HOST)."), u"HOST"_s},
        {u"user"_s, Text::tr("User name for the registry (default: the API's login)."), u"NAME"_s},
        {u"image"_s,
         Text::tr("Image to probe, OWNER/NAME[:TAG]. Without it only login is checked. Repeat it to check several "
                  "images at once (check prints a table of every image; the window takes the last one)."),
         u"IMAGE"_s},
        {u"ops"_s,
         Text::tr("Operations to verify: any of login,pull,push,delete (default pull; the window: the last ones "
                  "checked). Login is always checked; \"login\" alone checks nothing more. Push starts an empty "
                  "upload and cancels it; nothing is written. Delete is judged from scopes only."),
         u"LIST"_s},
        {u"token-env"_s, Text::tr("Read the token from environment variable VAR (never from the command line)."),
         u"VAR"_s},
        {u"ca-file"_s, Text::tr("Also trust the CA certificates in this PEM file."), u"PEM"_s},
        {u"timeout"_s,
         Text::tr("Budget of the whole check in seconds, 1–600 (default 20): whatever the servers do, the verdict "
                  "comes within it."),
         u"SECONDS"_s},
    });
}

bool readRequestOptions(const QCommandLineParser& parser, const QProcessEnvironment& environment,
                        RequestOptionValues* values, QString* error)
{
    values->host = parser.value(u"host"_s);
    values->registry = parser.value(u"registry"_s);
    values->user = parser.value(u"user"_s);
    values->images = parser.values(u"image"_s);
    *error = readValues(parser, values);
    if (error->isEmpty() && parser.isSet(u"ca-file"_s))
        *error = readCaFile(parser.value(u"ca-file"_s), values);
    if (error->isEmpty() && parser.isSet(u"token-env"_s))
        *error = readTokenVariable(parser.value(u"token-env"_s), environment, values);
    return error->isEmpty();
}

} // namespace ghcr
