// ghcr-fake-server: the test suite's fake GitHub API + registry as a standalone process, for
// scripts (GUI screenshots, package tests). TEST ONLY; built in the build tree, never installed.
//
//   ghcr-fake-server --scenario NAME [--port N] [--token TOKEN]
//
// Prints exactly one line "READY https://127.0.0.1:PORT" on stdout once listening, then serves
// until killed. API: https://127.0.0.1:PORT/api/v3, registry: 127.0.0.1:PORT, CA: tests/data/test-ca.pem.
#include "tests/support/FakeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ghcr-fake-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"TEST ONLY fake GitHub API (/api/v3) and container registry (/v2, /token) "
                                     u"over HTTPS on 127.0.0.1, signed by tests/data/test-ca.pem."_s);
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(u"scenario"_s, u"Scenario preset (see --list)."_s, u"NAME"_s,
                                            u"ok-read-write"_s);
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (default: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"The token the fake accepts (default: the preset's)."_s,
                                         u"TOKEN"_s);
    const QCommandLineOption listOption(u"list"_s, u"List the scenario presets and exit."_s);
    parser.addOptions({scenarioOption, portOption, tokenOption, listOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(listOption)) {
        const QStringList names = ghcr::test::FakeServer::scenarioNames();
        for (const QString& name : names)
            out << name << u"\t"_s << ghcr::test::FakeServer::scenario(name).description << u"\n"_s;
        return 0;
    }

    ghcr::test::Scenario scenario = ghcr::test::FakeServer::scenario(parser.value(scenarioOption));
    if (scenario.name.isEmpty()) {
        err << "unknown scenario: " << parser.value(scenarioOption) << " (see --list)\n";
        return 2;
    }
    if (parser.isSet(tokenOption))
        scenario.token = parser.value(tokenOption);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "invalid --port\n";
        return 2;
    }

    ghcr::test::FakeServer server;
    server.setScenario(scenario);
    QString error;
    if (!server.start(&error, quint16(port))) {
        err << "cannot start: " << error << "\n";
        return 1;
    }
    out << "READY " << server.baseUrl().toString() << "\n";
    out.flush();
    std::fflush(stdout);
    return QCoreApplication::exec();
}
