#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

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

/// The one way to read a token without echoing it in a POSIX shell (dash too: no `read -s`), and in PowerShell.
void setDockerLoginCommands(FixStep& s, const QString& registry, const QString& user, bool logoutFirst)
{
    const QString logout = logoutFirst ? u"docker logout "_s + registry + u'\n' : QString();
    s.powershell = logout +
                   u"$secure = Read-Host -AsSecureString 'GitHub token'\n"
                   u"$env:GHCR_TOKEN = [System.Net.NetworkCredential]::new('', $secure).Password\n"
                   u"$env:GHCR_TOKEN | docker login "_s +
                   registry + u" -u "_s + user + u" --password-stdin\nRemove-Item Env:GHCR_TOKEN"_s;
    s.posix = logout +
              u"printf 'GitHub token: '; stty -echo; trap 'stty echo' EXIT INT TERM\n"
              u"IFS= read -r GHCR_TOKEN; stty echo; trap - EXIT INT TERM; echo\n"
              u"printf '%s' \"$GHCR_TOKEN\" | docker login "_s +
              registry + u" -u "_s + user + u" --password-stdin\nunset GHCR_TOKEN"_s;
}

} // namespace

ChecklistItem dockerItem(const DiagnosisInput& f, const DockerCredentialEvidence& e)
{
    const QString id = u"docker.credentials"_s;
    const QString title = Diagnoser::tr("Docker's saved login");
    const QString registry = f.req.registry;
    const QString where = e.store == u"file"_s || e.store.isEmpty()
                              ? e.configPath
                              : Diagnoser::tr("the %1 credential helper (%2)").arg(e.store, e.configPath);
    const QString ev = e.configPath.isEmpty() ? Diagnoser::tr("No Docker or Podman configuration file found")
                                              : Diagnoser::tr("Read %1").arg(where);
    if (!e.inspected)
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Not compared (turned off)."));
    if (!e.errorSentence.isEmpty())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not compare: %1").arg(e.errorSentence), ev);
    if (!e.entryFound)
        return item(id, CheckStatus::Skip, title,
                    Diagnoser::tr("Docker has no saved login for %1 on this computer.").arg(registry), ev);
    if (!e.sameAsChecked.has_value())
        return item(id, CheckStatus::Skip, title,
                    Diagnoser::tr("Docker has a saved login for %1, but not one that can be compared with a token "
                                  "(an identity token).")
                        .arg(registry),
                    ev);
    const QString stored = Diagnoser::tr("user %1, token %2").arg(e.storedUser, e.storedFingerprint);
    if (*e.sameAsChecked)
        return item(id, CheckStatus::Pass, title,
                    Diagnoser::tr("Docker's saved login for %1 (%2) is the token checked here.").arg(registry, stored),
                    ev);
    return item(id, CheckStatus::Warn, title,
                Diagnoser::tr("Docker has a different token saved for %1 (%2). docker pull and docker push use that "
                              "one, not the token checked here — a classic cause of “denied” with a good token.")
                    .arg(registry, stored),
                ev,
                Diagnoser::tr("Log Docker out of %1 and in again with this token (see the fix steps).").arg(registry));
}

void addDockerSteps(const DiagnosisInput& f, Diagnosis& d)
{
    // Docker's stored credentials: the usual hidden cause, and the way to use a good token.
    const QString registry = f.req.registry;
    if (d.docker.sameAsChecked == false) {
        FixStep relogin = step(
            u"docker-relogin"_s,
            d.verdict == Verdict::Ok
                ? Diagnoser::tr("Replace the different token Docker saved for %1 with this one").arg(registry)
                : Diagnoser::tr("When the token is fixed, replace the different token Docker saved for %1")
                      .arg(registry),
            Diagnoser::tr("Docker uses the token it saved at an earlier docker login, not this one. The commands read "
                          "the token without echoing it and pass it on standard input, so it appears neither on "
                          "screen nor in your shell history."));
        setDockerLoginCommands(relogin, registry, dockerUser(f), true);
        // When this token works but Docker uses another one, re-logging Docker in is the fix: put it first.
        if (d.verdict == Verdict::Ok)
            d.fixSteps.prepend(relogin);
        else
            d.fixSteps << relogin;
    } else if (d.verdict == Verdict::Ok && !d.docker.entryFound && f.reg.loginOk == true) {
        FixStep login = step(u"docker-login"_s, Diagnoser::tr("Log Docker in to %1 with this token").arg(registry),
                             Diagnoser::tr("The commands read the token without echoing it and pass it on standard "
                                           "input, so it appears neither on screen nor in your shell history."));
        setDockerLoginCommands(login, registry, dockerUser(f), false);
        d.fixSteps << login;
    }
}

} // namespace ghcr::rules
