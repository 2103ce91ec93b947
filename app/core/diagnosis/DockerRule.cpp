#include "app/core/diagnosis/DiagnosisRules.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ghcr {

QString storedLoginTool(const StoredLogin& login)
{
    if (login.tool == u"podman"_s || login.tool == u"helm"_s)
        return login.tool;
    return u"docker"_s; // Docker Desktop's helper is Docker's: `docker login` writes it
}

QString storedLoginToolTitle(const QString& tool)
{
    if (tool == u"docker-desktop"_s)
        return Diagnoser::tr("Docker Desktop");
    if (tool == u"podman"_s)
        return Diagnoser::tr("Podman");
    if (tool == u"helm"_s)
        return Diagnoser::tr("Helm");
    return Diagnoser::tr("Docker");
}

QString storedLoginHolder(const StoredLogin& login)
{
    // Podman, Buildah and skopeo read more than one auth.json: the file tells which one.
    if (login.tool == u"podman"_s && !login.configPath.isEmpty())
        return Diagnoser::tr("%1 (%2)").arg(storedLoginToolTitle(login.tool), login.configPath);
    return storedLoginToolTitle(login.tool);
}

QList<StoredLogin> storedLoginsOf(const DockerCredentialEvidence& docker)
{
    if (!docker.entries.isEmpty())
        return docker.entries;
    if (docker.entryFound || !docker.errorSentence.isEmpty())
        return {docker};
    return {};
}

QList<StoredLogin> staleLoginsOf(const DockerCredentialEvidence& docker)
{
    QList<StoredLogin> stale = storedLoginsOf(docker);
    stale.removeIf([](const StoredLogin& l) { return l.sameAsChecked != false || !l.errorSentence.isEmpty(); });
    return stale;
}

QStringList staleLoginTools(const DockerCredentialEvidence& docker)
{
    QStringList tools;
    for (const StoredLogin& l : staleLoginsOf(docker))
        if (!tools.contains(storedLoginToolTitle(storedLoginTool(l))))
            tools << storedLoginToolTitle(storedLoginTool(l));
    return tools;
}

QString wordList(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + Diagnoser::tr(" and ") + items.constLast();
}

} // namespace ghcr

namespace ghcr::rules {

namespace {

QString dockerUser(const DiagnosisInput& f)
{
    if (!f.req.user.isEmpty())
        return f.req.user;
    if (!f.api.login.isEmpty())
        return f.api.login;
    return u"YOUR_GITHUB_USER"_s;
}

/// A file path as one word in a POSIX shell (`posix`) or PowerShell; "~/" stays the home folder in both.
QString shellPath(const QString& path, bool posix)
{
    static const QRegularExpression plain(u"^~?[A-Za-z0-9._/+-]+$"_s);
    const bool home = path.startsWith(u"~/"_s);
    if (plain.match(path).hasMatch())
        return home && !posix ? u"$HOME"_s + path.mid(1) : path;
    QString rest = home ? path.mid(1) : path;
    if (posix)
        return (home ? u"\"$HOME\""_s : QString()) + u'\'' + rest.replace(u"'"_s, u"'\\''"_s) + u'\'';
    rest.replace(u"`"_s, u"``"_s).replace(u"$"_s, u"`$"_s).replace(u"\""_s, u"`\""_s);
    return u'"' + (home ? u"$HOME"_s : QString()) + rest + u'"';
}

/// The commands after the pipe that log `tool` in with the password on standard input: one per file for Podman
/// (each auth.json is written where the sweep found the stale login), `posix` or PowerShell.
QStringList loginCommands(const QString& tool, const QList<StoredLogin>& logins, const QString& registry,
                          const QString& user, bool posix)
{
    const QString tail = u' ' + registry + u" -u "_s + user + u" --password-stdin"_s;
    if (tool == u"helm"_s)
        return {u"helm registry login"_s + tail};
    if (tool != u"podman"_s)
        return {u"docker login"_s + tail};
    QStringList commands;
    for (const StoredLogin& l : logins)
        commands << u"podman login --authfile "_s + shellPath(l.configPath, posix) + tail;
    if (commands.isEmpty())
        commands << u"podman login"_s + tail;
    return commands;
}

/// The one way to read a token without echoing it in a POSIX shell (dash too: no `read -s`), and in PowerShell,
/// then each tool's login with the token on standard input.
void setLoginCommands(FixStep& s, const QString& tool, const QList<StoredLogin>& logins, const QString& registry,
                      const QString& user, bool logoutFirst)
{
    const QString logout = logoutFirst && tool == u"docker"_s ? u"docker logout "_s + registry + u'\n' : QString();
    s.powershell = logout + u"$secure = Read-Host -AsSecureString 'GitHub token'\n"
                            u"$env:GHCR_TOKEN = [System.Net.NetworkCredential]::new('', $secure).Password\n"_s;
    for (const QString& command : loginCommands(tool, logins, registry, user, false))
        s.powershell += u"$env:GHCR_TOKEN | "_s + command + u'\n';
    s.powershell += u"Remove-Item Env:GHCR_TOKEN"_s;
    s.posix = logout + u"printf 'GitHub token: '; stty -echo; trap 'stty echo' EXIT INT TERM\n"
                       u"IFS= read -r GHCR_TOKEN; stty echo; trap - EXIT INT TERM; echo\n"_s;
    for (const QString& command : loginCommands(tool, logins, registry, user, true))
        s.posix += u"printf '%s' \"$GHCR_TOKEN\" | "_s + command + u'\n';
    s.posix += u"unset GHCR_TOKEN"_s;
}

QString whereRead(const StoredLogin& e)
{
    return e.store == u"file"_s || e.store.isEmpty()
               ? e.configPath
               : Diagnoser::tr("the %1 credential helper (%2)").arg(e.store, e.configPath);
}

QString evidenceOf(const QList<StoredLogin>& logins, const DockerCredentialEvidence& e)
{
    QStringList read;
    for (const StoredLogin& l : logins)
        read << whereRead(l);
    if (read.isEmpty() && !e.configPath.isEmpty())
        read << whereRead(e);
    return read.isEmpty() ? Diagnoser::tr("No Docker, Podman or Helm configuration file found")
                          : Diagnoser::tr("Read %1").arg(read.join(u", "_s));
}

/// The tools holding these logins, once each, in the sweep's order: "docker", "podman", "helm".
QStringList toolsOf(const QList<StoredLogin>& logins)
{
    QStringList tools;
    for (const StoredLogin& l : logins)
        if (!tools.contains(storedLoginTool(l)))
            tools << storedLoginTool(l);
    return tools;
}

QStringList toolTitles(const QStringList& tools)
{
    QStringList titles;
    for (const QString& tool : tools)
        titles << storedLoginToolTitle(tool);
    return titles;
}

} // namespace

ChecklistItem dockerItem(const DiagnosisInput& f, const DockerCredentialEvidence& e)
{
    const QString id = u"docker.credentials"_s;
    const QString title = Diagnoser::tr("Stored logins for this registry");
    const QString registry = f.req.registry;
    if (!e.inspected)
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Not compared (turned off)."));
    const QList<StoredLogin> logins = storedLoginsOf(e);
    const QString ev = evidenceOf(logins, e);
    QStringList staleSentences, same, uncomparable, errors;
    for (const StoredLogin& l : logins) {
        if (!l.errorSentence.isEmpty())
            errors << Diagnoser::tr("%1: %2").arg(storedLoginHolder(l), l.errorSentence);
        else if (l.sameAsChecked == false)
            staleSentences << Diagnoser::tr("%1 holds a different token (user %2, token %3) and uses it instead "
                                            "of the one checked here.")
                                  .arg(storedLoginHolder(l), l.storedUser, l.storedFingerprint);
        else if (l.sameAsChecked == true)
            same << storedLoginHolder(l);
        else if (l.entryFound)
            uncomparable << storedLoginHolder(l);
    }
    const QString notCompared =
        errors.isEmpty() ? QString() : Diagnoser::tr("Could not compare: %1").arg(errors.join(u"; "_s));
    if (!staleSentences.isEmpty()) {
        QStringList detail = staleSentences;
        detail << Diagnoser::tr("That is a classic cause of “denied” with a good token.");
        if (!notCompared.isEmpty())
            detail << notCompared;
        return item(id, CheckStatus::Warn, title, detail.join(u' '), ev,
                    Diagnoser::tr("Store this token for %1 (see the fix steps).")
                        .arg(wordList(toolTitles(toolsOf(staleLoginsOf(e))))));
    }
    if (!same.isEmpty())
        return item(
            id, CheckStatus::Pass, title,
            Diagnoser::tr("The token checked here is the one stored for %1 by %2.").arg(registry, wordList(same)), ev);
    if (!notCompared.isEmpty())
        return item(id, CheckStatus::Skip, title, notCompared, ev);
    if (!uncomparable.isEmpty())
        return item(id, CheckStatus::Skip, title,
                    Diagnoser::tr("A login for %1 is stored by %2, but not one that can be compared with a token (an "
                                  "identity token).")
                        .arg(registry, wordList(uncomparable)),
                    ev);
    return item(id, CheckStatus::Skip, title,
                Diagnoser::tr("No Docker, Podman or Helm login for %1 was found on this computer.").arg(registry), ev);
}

void addDockerSteps(const DiagnosisInput& f, Diagnosis& d)
{
    // Stored logins: the usual hidden cause, and the way to use a good token. One step per tool holding a stale one.
    const QString registry = f.req.registry;
    const QList<StoredLogin> stale = staleLoginsOf(d.docker);
    QList<FixStep> steps;
    for (const QString& tool : toolsOf(stale)) {
        QList<StoredLogin> held = stale;
        held.removeIf([&tool](const StoredLogin& l) { return storedLoginTool(l) != tool; });
        QStringList holders;
        for (const StoredLogin& l : std::as_const(held))
            holders << storedLoginHolder(l);
        const QString who = wordList(holders);
        FixStep s = step(
            tool + u"-relogin"_s,
            d.verdict == Verdict::Ok
                ? Diagnoser::tr("Store this token for %1: it holds a different one for %2").arg(who, registry)
                : Diagnoser::tr("When the token is fixed, store it for %1: it holds a different one for %2")
                      .arg(who, registry),
            Diagnoser::tr("%1 uses the token stored at an earlier login, not this one. The commands read the token "
                          "without echoing it and pass it on standard input, so it appears neither on screen nor in "
                          "your shell history (or use “ghcr-doctor login --tool %2”).")
                .arg(storedLoginToolTitle(tool), tool));
        setLoginCommands(s, tool, held, registry, dockerUser(f), true);
        steps << s;
    }
    // When this token works but a tool uses another one, storing it for that tool is the fix: put it first.
    if (d.verdict == Verdict::Ok)
        d.fixSteps = steps + d.fixSteps;
    else
        d.fixSteps << steps;
    // No tool holds a login for the registry yet: Docker's is the usual first one. (A tool holding this very token
    // already works, and its user needs no Docker login.) Only when the stored logins were looked at: otherwise
    // (--no-docker-credentials, the every-package check) nothing is known about what Docker holds.
    const QList<StoredLogin> logins = storedLoginsOf(d.docker);
    const bool anyLogin =
        std::any_of(logins.cbegin(), logins.cend(), [](const StoredLogin& l) { return l.entryFound; });
    if (d.docker.inspected && stale.isEmpty() && d.verdict == Verdict::Ok && !anyLogin && f.reg.loginOk == true) {
        FixStep login = step(u"docker-login"_s,
                             Diagnoser::tr("Store this token for Docker: it holds no login for %1").arg(registry),
                             Diagnoser::tr("The commands read the token without echoing it and pass it on standard "
                                           "input, so it appears neither on screen nor in your shell history."));
        setLoginCommands(login, u"docker"_s, {}, registry, dockerUser(f), false);
        d.fixSteps << login;
    }
}

} // namespace ghcr::rules
