#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/reports/Report.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <variant>

namespace ghcr {

/// Where `check` reads the token from: never the command line.
enum class TokenSource { None, Stdin, Environment, Keychain };

/// Everything `ghcr-doctor check …` was asked, parsed and checked; nothing read from the network or stdin yet.
struct CheckOptions
{
    CheckRequest request;     ///< the single check's settings (its image empty for a matrix)
    QStringList images;       ///< every image given (--image, --images-file)
    bool matrix = false;      ///< several images, a file of them or --all-packages: one table
    bool allPackages = false; ///< list the packages through GitHub's API
    QStringList owners;       ///< --owner, with --all-packages
    TokenSource tokenSource = TokenSource::Stdin;
    QString tokenVariable; ///< with TokenSource::Environment
    ReportFormat format = ReportFormat::Text;
    bool githubFormat = false; ///< --format github (or GitHub Actions without --output)
    QString outputPath;        ///< --output; empty: stdout
};

/// A usage mistake: the sentence to print (exit code 2).
struct UsageError
{
    QString message;
};
/// --help (the text to print, exit code 0).
struct HelpRequested
{
    QString text;
};
/// --version (exit code 0).
struct VersionRequested
{
};

using ParsedCheckOptions = std::variant<CheckOptions, UsageError, HelpRequested, VersionRequested>;

/// Parses `ghcr-doctor [check] OPTIONS…` (arguments[0] is the program) as the check command takes them, with
/// `environment` for GitHub Actions' defaults and --token-env. Reads the files it names (--images-file,
/// --ca-file); never standard input.
/// `tokenRequired` false: no token source is fine (TokenSource::None), e.g. for `logout`.
ParsedCheckOptions parseCheckOptions(const QStringList& arguments,
                                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                                     bool tokenRequired = true);

} // namespace ghcr
