<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionsRules</name>
    <message>
        <source>GitHub Actions run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workflow of %1, event “%2”, started by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GITHUB_ACTIONS is “true”, but the runner did not set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What depends on the workflow&apos;s repository (the package&apos;s link and its “Manage Actions access”) is not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pull request comes from the fork %1: GitHub gives its workflow a read-only GITHUB_TOKEN and no secrets, so a secret such as CR_PAT is empty (docker/login-action then fails with “Username and password required”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push images only from push events or from the repository&apos;s own branches; skip the push for pull requests from forks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push images only from push events or from branches of %1; skip the push for pull requests from forks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is the workflow&apos;s GITHUB_TOKEN: it may use packages only as the workflow&apos;s “permissions:” allow (read-only by default for repositories and organizations created since 2023-02-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event payload could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package linked to the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is linked to %2; GITHUB_REPOSITORY is not set, so whether this workflow runs in %2 (and inherits access) is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is not linked to any repository; GITHUB_REPOSITORY is not set, so whether its “Manage Actions access” lists this workflow&apos;s repository is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is linked to %2: its workflows inherit access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is linked to %2, not to %3: %3&apos;s workflows may use it only if its “Manage Actions access” lists %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 exists but is not linked to any repository (it was probably first pushed with a personal access token): %2&apos;s workflows may use it only if its “Manage Actions access” lists %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package settings → Manage Actions access → Add repository → %1, role Write (push) or Read (pull).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub shows no package %1 to this token: either it does not exist yet (the first push creates it) or the token may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not say whether the package %1 is linked to a repository (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the push for pull requests from forks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull request from a fork always runs with a read-only token and without secrets; no setting changes that. Build in the pull request, push after the merge. Add this condition to the login and push steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workflow&apos;s token packages: write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workflow&apos;s token packages: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories and organizations created since 2023-02-02 give GITHUB_TOKEN read-only permissions by default, and a “permissions:” block grants only what it lists. Add this to the workflow (top level) or to the job that uses the registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 access to the package %2 (Manage Actions access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no API for this setting. Open the link, then Manage Actions access → Add repository → %1 → role Write (push) or Read (pull).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull requests from forks get a read-only token and no secrets: pushing to the registry cannot work in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the workflow: the package %1/%2 does not list the repository %3 in its Manage Actions access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push will fail: the workflow&apos;s GITHUB_TOKEN lacks “permissions: packages: write”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull will fail: the workflow&apos;s GITHUB_TOKEN lacks “permissions: packages: read”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Run “%1 check --help” for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — checks a GitHub token against the GitHub API and the container registry, side by side.

Usage: %2 check [options]     (no arguments: open the window)

The token is read from standard input or an environment variable, never from the command line.
Exit codes: 0 every requested operation works; 1 action needed; 2 usage or bad input; 3 the check could not complete (network, TLS, server error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API base URL (default https://api.github.com, or https://HOST/api/v3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry HOST[:PORT] (default ghcr.io, or containers.HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for the registry (default: the API&apos;s login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP to a registry or API on this computer (127.0.0.1/localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is never taken from the command line (it would be visible to other users and stay in your shell history). Use --token-stdin or --token-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF is written to a file: add --output FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --token-stdin or --token-env, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token with --token-stdin (e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | %1 check --token-stdin) or --token-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget of the whole check in seconds, 1–600 (default 20): whatever the servers do, the verdict comes within it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of stdout; &quot;-&quot; or a device such as /dev/stdout writes it as a stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout is the budget of the whole check: between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input held %1 bytes; a GitHub token is a few hundred characters at most. Did you pipe a file instead of the token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every container package the token can list (yours and your organizations&apos;, through GitHub&apos;s packages API; needs read:packages) and print a table: which images this token can pull and push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all-packages: list only this organization&apos;s (or your own login&apos;s) packages; repeat for several. Also names organizations the token cannot list by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the images in FILE (one OWNER/NAME[:TAG] a line, # starts a comment), e.g. when the token may not list packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the images file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images file %1 names no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner names whose packages --all-packages lists: add --all-packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n image(s)…</source>
        <translation>
            <numerusform>Checked %1 of %n image…</numerusform>
            <numerusform>Checked %1 of %n images…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown, html, pdf, or github (GitHub Actions: annotations, and the summary appended to $GITHUB_STEP_SUMMARY or to --output FILE; the default when GITHUB_ACTIONS=true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json, markdown, html, pdf or github.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation “%1”: use login, pull, push or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds tokens for several users of %1 (%2): add --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for %1 / %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the token the window remembered in the operating system&apos;s keychain for --host (with --user when it remembers several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of --token-stdin, --token-env and --token-keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no token remembered for %1%2 (the window remembers one with “Remember token in the system keychain”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub host: github.com or a GitHub Enterprise Server host (default github.com; the window: the last one checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to probe, OWNER/NAME[:TAG]. Without it only login is checked. Repeat it to check several images at once (check prints a table of every image; the window takes the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations to verify: any of login,pull,push,delete (default pull; the window: the last ones checked). Login is always checked; &quot;login&quot; alone checks nothing more. Push starts an empty upload and cancels it; nothing is written. Delete is judged from scopes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from environment variable VAR (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in GitHub Actions (GITHUB_ACTIONS is not “true”): the workflow commands and the job summary are printed here, and no workflow run was judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not compare with the logins Docker, Podman (also Buildah, skopeo) and Helm saved for the registry (by default their config files are read and Docker&apos;s credential helper asked; only fingerprints are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more bad image reference(s).</source>
        <translation>
            <numerusform>…and %n more bad image reference.</numerusform>
            <numerusform>…and %n more bad image references.</numerusform>
        </translation>
    </message>
    <message>
        <source>--image “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>Token to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token: ghp_… or github_pat_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub token to diagnose. It is masked and never saved unless you tick “Remember token”, which stores it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token format problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the token owner&apos;s login is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for the registry login (docker login -u). Leave empty to use the login GitHub reports for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHu&amp;b host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github.com; the host of your GitHub Enterprise Server (API at https://HOST/api/v3, registry at containers.HOST); or SUBDOMAIN.ghe.com for GHE.com (API at https://api.SUBDOMAIN.ghe.com, registry at containers.SUBDOMAIN.ghe.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the check goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, OWNER/NAME[:TAG], e.g. octo-org/app:latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image to probe for real. Without an image only the registry login is checked, and a login does not prove pull or push rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login is always checked. With no operation ticked only the login is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the registry for a pull token and reads the image&apos;s manifest (HEAD). Nothing is downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies push for real: starts an empty upload (POST /v2/OWNER/NAME/blobs/uploads/) and cancels it at once. No content is ever uploaded and nothing in the image changes; if the registry refuses the cancel, the empty upload expires by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged from the token&apos;s scopes only: probing delete for real would delete something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a check GitHub accepted, the token is stored in the operating system&apos;s keychain (Windows Credential Manager, macOS Keychain, Secret Service or KWallet) for this host and user, and loaded on the next start. It is never written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the saved token for this host and user from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL, registry and extra CA certificates, for GitHub Enterprise Server and networks with their own TLS inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort every request of the running check at once (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the GitHub API and the container registry about this token (Enter, Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the host: https://api.github.com or https://HOST/api/v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registr&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the host: ghcr.io or containers.HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional PEM file with extra CA certificates to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with the stored logins for the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the stored logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different token stored by an earlier “docker login”, “podman login” or “helm registry login” makes that tool fail even when this token is fine. Reads Docker&apos;s, Podman&apos;s and Helm&apos;s configuration and asks their credential helpers; only fingerprints are compared, the stored token is never shown or kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRequest</name>
    <message>
        <source>“%1” is not a host name. Enter github.com or your GitHub Enterprise Server host, without https:// or a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL “%1” is not a valid https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a GitHub user name: use letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image names must be lower-case: use “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs an owner: write OWNER/NAME, for example octocat/hello-world:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an image reference. Write OWNER/NAME[:TAG], for example octocat/hello-world:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a registry host. Enter a host name or address with an optional port (1–65535), like ghcr.io, 127.0.0.1:5000 or [::1]:5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ghrc.io” is a typo of ghcr.io (GitHub Container Registry): Docker would try a host that is not GitHub&apos;s. Write ghcr.io/%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker.pkg.github.com (the old GitHub Packages Docker registry) was retired; images now live at ghcr.io/%1/%2. Nothing was probed for this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image names the registry %1, but the registry checked is %2: a token for one says nothing about the other. Nothing was probed for this reference; set the registry to %1 to check it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image names must be lower-case: Docker refuses “%1” (“repository name must be lowercase”). Use “%2”; it was checked as that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with “@” but no digest follows it. Write the digest (OWNER/NAME@sha256: and 64 hexadecimal digits) or leave out the “@” and give a tag (OWNER/NAME:TAG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a digest: a digest is “sha256:” followed by exactly 64 hexadecimal digits (0–9, a–f), as “docker inspect” or the package&apos;s page shows it. Copy it whole, or give a tag instead (OWNER/NAME:TAG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ends with “:” but no tag follows it. Write the tag (for example %2:1.0) or leave out the “:” to mean %2:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tag: a tag has 1 to 128 letters, digits, “_”, “.” and “-”, and does not start with “.” or “-” (for example %2:1.0 or %2:latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an empty part (a “/” at its start or end, or “//”). Write OWNER/NAME[:TAG] with nothing empty between the slashes, for example octocat/hello-world:latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid name: use lower-case letters and digits, joined by single “.”, “_”, “__” or “-” (not at the start or the end), for example octocat/hello-world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1/” is the registry checked: the requests to it name OWNER/NAME[:TAG] alone.</source>
        <translation>“%1/” is the registry checked: the requests to it name OWNER/NAME[:TAG] alone.</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>; X-OAuth-Scopes empty (the token has no scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no X-OAuth-Scopes header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline analysis: %1, %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, checksum valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token again in one piece from where you saved it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you give the token to docker login, pass exactly the token: use --password-stdin and a command that adds no line break (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-formed, and its built-in checksum is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-formed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub accepts the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub accepted the token as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejected the token (401 %1): it was revoked, it expired, or it was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new token (see the fix steps) and use it everywhere the old one was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub recognised the token, but an organization&apos;s SAML single sign-on blocked the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the GitHub host / API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and check again; the registry&apos;s answer below does not depend on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before GitHub answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked: the token cannot be sent as it is (see Token format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask GitHub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network connection, proxy and the API URL, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a personal access token (classic) instead (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the kind of personal token GitHub Packages supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. GitHub documents that GitHub Packages does not support fine-grained tokens, and the registry refused it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. GitHub documents that GitHub Packages does not support fine-grained tokens; see the registry&apos;s answer for what it did here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a refresh token is never valid as a password; it only buys a new user token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It works with the registry when it carries package scopes, but it belongs to an app and may be revoked with it; for Docker, a classic personal access token is the usual choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it has no checksum, so typos cannot be caught offline. Consider replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token, or load the saved one from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not a GitHub token format we know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitHub-Authentication-Token-Expiration header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new token (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on %1 (in %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a replacement soon and update every place that uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub sent an expiry date we could not read: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub tells no expiry for a token it rejects; an expired token is rejected exactly like this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the GitHub API check did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub lists no scopes for this kind of token (no X-OAuth-Scopes header): its rights are set per repository/permission. The registry&apos;s answer is what counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: GitHub did not tell the token&apos;s scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The token also has “repo” (GitHub&apos;s form ticks it with write:packages): the registry does not need it, and it lets the token change all your repositories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted (not needed for the operations you chose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed, but the registry accepted pull with write:packages alone: for this account, write implies read at the registry. The token works as it is; adding read:packages is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed, and the registry refused %1. The GitHub API treats write:packages as including read, but this registry may want read:packages explicitly — as the widely shared note says. Add read:packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed. GitHub&apos;s documentation says write:packages allows download too, but users report registries that want read:packages explicitly. Not verified: give an image to probe, or add read:packages to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted; not needed for the operations you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed, yet the registry allowed %1. GitHub may grant it another way (an organization or app permission); add the scope so the token does not depend on that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1 needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization uses SAML single sign-on and this token is not authorized for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO → Authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the authorization link in the fix steps (it expires after an hour; check again for a fresh one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GitHub left out results from %n organization(s) that need SSO authorization for this token (ids %1). Images owned by them will be refused until you authorize the token.</source>
        <translation>
            <numerusform>GitHub left out results from %n organization that needs SSO authorization for this token (id %1). Images owned by it will be refused until you authorize the token.</numerusform>
            <numerusform>GitHub left out results from %n organizations that need SSO authorization for this token (ids %1). Images owned by them will be refused until you authorize the token.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization asked for SSO authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; token request as %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry accepted the login as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the login (%1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry host, your network and TLS settings, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the token (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the token for the organization&apos;s SSO (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the credentials themselves (see Registry: login): use a valid classic token with the package scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the registry and your network, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the image name: OWNER/NAME must exist and be visible to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged from scopes only (never probed: probing would delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be judged: GitHub lists no scopes for this token, and delete is never probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has delete:packages (with read:packages as GitHub documents): delete should be allowed if your account may administer the package. Judged from scopes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete needs delete:packages together with read:packages; the token lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token with the scopes listed in the fix steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a personal access token (classic) with exactly these scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens GitHub&apos;s form with only these boxes ticked. Do not tick “repo”: the registry does not need it. Choose an expiry, generate, and copy the token once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the token for your organization&apos;s single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO next to the token → Authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link and approve. It expires an hour after the check; check again for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check who may use the package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the image name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until %1 and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a while and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is refusing requests from here for now; the token may be fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to GitHub and the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not complete. Check your network and proxy; if your network inspects TLS or uses a private certificate authority, pass its certificate (--ca-file, or the CA file in the window&apos;s advanced settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejected the token (401): it is revoked, expired or mistyped — create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired: create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to %1 will fail: the registry refused the token (%2%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull and push will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull will fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3; enable %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused with %2; authorize the token for your organization&apos;s SSO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3, and GitHub did not list the token&apos;s scopes; use a classic token with the package scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization&apos;s SSO blocks this token: authorize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (write:packages alone was enough here.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GitHub&apos;s API could not be asked about the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 credential helper (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared (turned off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization %1 forbids classic personal access tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Actions use the GITHUB_TOKEN; otherwise ask the organization&apos;s owners to allow classic tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry refused (%1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the token&apos;s account access in Manage access (the package&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages: listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed: the images were given (--image, --images-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listed %n container package(s)</source>
        <translation>
            <numerusform>Listed %n container package</numerusform>
            <numerusform>Listed %n container packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> of %n owner(s).</source>
        <translation>
            <numerusform> of %n owner.</numerusform>
            <numerusform> of %n owners.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations could not be listed: %1 (name them with --owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listed %n container package(s); not every owner could be listed.</source>
        <translation>
            <numerusform>Listed %n container package; not every owner could be listed.</numerusform>
            <numerusform>Listed %n container packages; not every owner could be listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the token read:packages (and the organizations&apos; SSO authorization), or name the images with --image / --images-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refuse push: %1</source>
        <translation>
            <numerusform>%n package refuses push: %1</numerusform>
            <numerusform>%n packages refuse push: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refuse pull: %1</source>
        <translation>
            <numerusform>%n package refuses pull: %1</numerusform>
            <numerusform>%n packages refuse pull: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot list packages — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pull works on %1 of %n image(s)</source>
        <translation>
            <numerusform>pull works on %1 of %n image</numerusform>
            <numerusform>pull works on %1 of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>push works on %1 of %n image(s)</source>
        <translation>
            <numerusform>push works on %1 of %n image</numerusform>
            <numerusform>push works on %1 of %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>No image to check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline analysis of the token&apos;s prefix and shape (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. It carries the app&apos;s fine-grained permissions, and GHCR refuses those as it refuses fine-grained tokens (inferred: no report of one working).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in the stateless format GitHub uses since April 2026 (no built-in checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GitHub Actions it can pull and push only with “permissions: packages: read/write” in the workflow and Actions access on the package; a third-party GitHub App&apos;s installation token cannot use GHCR&apos;s private packages at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expires on %1 (within a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the missing scope on the token&apos;s page on GitHub (the token&apos;s value stays the same), or create a token with the scopes listed in the fix steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forbids access with a personal access token (classic). GHCR does not accept fine-grained tokens either, so no personal access token works for this organization&apos;s packages, whatever its scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GitHub Actions use the workflow&apos;s GITHUB_TOKEN with “permissions: packages: write”; elsewhere ask the organization&apos;s owners (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 forbids personal access tokens whose lifetime is longer than %n day(s); this token&apos;s is longer.</source>
        <translation>
            <numerusform>%1 forbids personal access tokens whose lifetime is longer than %n day; this token&apos;s is longer.</numerusform>
            <numerusform>%1 forbids personal access tokens whose lifetime is longer than %n days; this token&apos;s is longer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the token an expiry at most %n day(s) away, or create one with such an expiry (see the fix steps).</source>
        <translation>
            <numerusform>Give the token an expiry at most %n day away, or create one with such an expiry (see the fix steps).</numerusform>
            <numerusform>Give the token an expiry at most %n days away, or create one with such an expiry (see the fix steps).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither GitHub nor the registry reported an organization policy against this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not determinable: neither GitHub nor the registry gave an answer to read it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As typed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; checked as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the reference exactly as written in the fix steps, in lower case, with the registry&apos;s host in front for Docker (%1/OWNER/NAME:TAG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Tags that exist: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not know the repository %1 (404 %2): docker pull of this reference fails. It may not exist yet, or it may be hidden from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the owner and the name: OWNER/NAME of an existing package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no manifest for “%2” (404 MANIFEST_UNKNOWN): docker pull of exactly this reference fails with “manifest unknown”. The token may pull this repository (see Registry: pull); the reference is what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a tag or digest that exists (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a valid reference; whether it exists could not be seen (the pull probe gave no answer about it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a valid reference; whether it exists was not looked up (pull was not requested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Login alone proves nothing about pull or push — ghcr.io hands out a login token for nearly any credentials. Name an image to probe them for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization policy refuses this token, not its scopes (see Organization policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR does not accept this kind of token at all: use a personal access token (classic) with the package scopes, or the GITHUB_TOKEN inside GitHub Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the Actions GITHUB_TOKEN: add “permissions: packages: write” (or read) to the workflow, and give the workflow&apos;s repository access in the package&apos;s “Manage Actions access”. A third-party GitHub App&apos;s installation token cannot use GHCR&apos;s private packages at all — a platform limitation no setting changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not tell this token&apos;s scopes (see GitHub accepts the token): check on GitHub that it has read:packages (and write:packages to push).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not tell the token&apos;s scopes, so the cause cannot be narrowed down: use a classic token with the package scopes (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has the package scopes GitHub lists, so the refusal comes from the package itself: check its access settings (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The registry refused to create the package: the namespace %1 belongs to another account, or the organization does not let you create packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Your account (or the workflow&apos;s repository) lacks write access to this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Signed in, but this account has no access to this package (Docker shows only a bare “unauthorized”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> An installation token was refused: in Actions the workflow lacks “permissions: packages: write” or Actions access to the package; a third-party GitHub App cannot write GHCR packages at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GHCR says this to every %1, whatever its permissions: it does not accept this kind of token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The registry says the token&apos;s scopes do not fit: a package scope is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the image cannot be probed on %1 (see Image reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: name an image (OWNER/NAME[:TAG]) to test %1 for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an image to probe, or ask for login only (--ops login, or untick pull and push).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But %1 is public: the registry lets anyone pull it, with any bearer or none, so this proves nothing about the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To test the token&apos;s pull right, name a private image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: the registry step stopped earlier (see Registry: login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give the token a lifetime of at most %n day(s)</source>
        <translation>
            <numerusform>Give the token a lifetime of at most %n day</numerusform>
            <numerusform>Give the token a lifetime of at most %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refuses personal access tokens that live longer. Set a shorter expiry where GitHub says (the link), or create a token with such an expiry and the same scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GitHub Actions, use the workflow&apos;s GITHUB_TOKEN instead of a personal token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forbids classic personal access tokens and GHCR refuses fine-grained ones, so no personal token works. In a workflow of a repository of %1: give the job “permissions: { contents: read, packages: write }” and log in with the user ${{ github.actor }} and the password ${{ secrets.GITHUB_TOKEN }}; the package must grant that repository access (“Manage Actions access”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside Actions: try an OAuth app token (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OAuth app&apos;s token (gho_…) with read:packages/write:packages may pass this policy — GitHub&apos;s policy names OAuth apps as allowed, but no report confirms it for GHCR. Check it here before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owners of %1 about the personal access token policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the organization&apos;s owners can allow classic tokens again (Organization settings → Personal access tokens) or suggest another way in. Scopes and package settings cannot fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the image as %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are lower case; the host goes before OWNER/NAME in Docker commands and is left out in GHCR Doctor&apos;s image field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a tag that exists in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” does not exist. Tags the registry lists (first %n): %2.</source>
        <translation>
            <numerusform>“%1” does not exist. Tags the registry lists (first %n): %2.</numerusform>
            <numerusform>“%1” does not exist. Tags the registry lists (first %n): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry does not know this reference. Names are OWNER/NAME in lower case; the owner is the user or organization that owns the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workflow&apos;s GITHUB_TOKEN the packages permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “permissions: { contents: read, packages: write }” to the job (or the workflow); new repositories get a read-only GITHUB_TOKEN by default. A pull request from a fork always gets a read-only token and no secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the workflow&apos;s repository access to the package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package settings → “Manage Actions access” → add the repository with the Write role. A package first pushed with a personal token is linked to no repository. The link is for a user-owned package; for an organization use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub lists the package scopes the token needs, so the package&apos;s own settings refuse it. Open the package settings → “Manage access”: give your account Read (pull) or Write (push). For GitHub Actions: “Manage Actions access” must list the workflow&apos;s repository, and the workflow needs “permissions: packages: write”. The link is for a user-owned package; for an organization use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and check again</source>
        <translation>
            <numerusform>Wait %n second and check again</numerusform>
            <numerusform>Wait %n seconds and check again</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry is rate-limiting requests from here (429 Too Many Requests). That says nothing about the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commands read the token without echoing it and pass it on standard input, so it appears neither on screen nor in your shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused this token with %2%3; GHCR does not accept a %4 — use a personal access token (classic), or the GITHUB_TOKEN in Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused this installation token with %2%3; in Actions give the workflow “permissions: packages: write” and the repository Actions access to the package (a third-party GitHub App&apos;s token cannot use GHCR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3, and GitHub did not tell the token&apos;s scopes; check on GitHub that it has the package scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3 although the token has the package scopes; check the package&apos;s access settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step did not give an answer that could be judged (see the checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 accepts the login as %2. Only login was checked: it proves nothing about pull or push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 accepts the login as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> But %1 is public: anyone can pull it, so the pull proves nothing about the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1 (see the checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forbids access with a personal access token (classic), and GHCR refuses fine-grained ones: no personal token works for its packages. In Actions use the GITHUB_TOKEN; otherwise ask the organization&apos;s owners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 forbids personal access tokens that live longer than %n day(s): shorten this token&apos;s lifetime or create one that expires sooner.</source>
        <translation>
            <numerusform>%1 forbids personal access tokens that live longer than %n day: shorten this token&apos;s lifetime or create one that expires sooner.</numerusform>
            <numerusform>%1 forbids personal access tokens that live longer than %n days: shorten this token&apos;s lifetime or create one that expires sooner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image reference is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image reference does not resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 accepts the login, but %2 was not verified: name an image to probe it, or ask for login only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull and push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push was not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull was not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every requested operation could be proved: see the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s account and organizations have no container packages: nothing was probed. Name the images to check with --image or --images-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organization(s) %1 use SAML single sign-on and this token is not authorized for them: their packages could not be listed.</source>
        <translation>
            <numerusform>The organization %1 uses SAML single sign-on and this token is not authorized for it: its packages could not be listed.</numerusform>
            <numerusform>The organizations %1 use SAML single sign-on and this token is not authorized for them: their packages could not be listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authorize the token for them (the links are in the fix steps), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled before any image was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a repository, so workflows may not write them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each package&apos;s settings, Manage Actions access: add the workflow&apos;s repository with the Write role (or connect the package to that repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each package&apos;s settings, Manage Actions access: add %1 with the Write role (or connect the package to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a repository, and %1 may not write them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in each package&apos;s settings, Manage access: give %1 the Write role (or connect the package to a repository %1 can write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker, Podman or Helm configuration file found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored logins for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a different token (user %2, token %3) and uses it instead of the one checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a classic cause of “denied” with a good token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this token for %1 (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token checked here is the one stored for %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login for %1 is stored by %2, but not one that can be compared with a token (an identity token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Docker, Podman or Helm login for %1 was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this token for %1: it holds a different one for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the token is fixed, store it for %1: it holds a different one for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the token stored at an earlier login, not this one. The commands read the token without echoing it and pass it on standard input, so it appears neither on screen nor in your shell history (or use “ghcr-doctor login --tool %2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this token for Docker: it holds no login for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> But %1 hold(s) a different token for %2: store this token for %3.</source>
        <translation>
            <numerusform> But %1 holds a different token for %2: store this token for %3.</numerusform>
            <numerusform> But %1 hold a different token for %2: store this token for %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n not proved)</source>
        <translation>
            <numerusform> (%n not proved)</numerusform>
            <numerusform> (%n not proved)</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not complete. Check your network and proxy; if the error is about a certificate, the CA file %1 is not the CA that signed the server&apos;s certificate: give the root of the server&apos;s chain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not every package listed — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a valid classic token with package scopes, and clear the stale login in %1 (see the fix steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry accepted %1 for %2.</source>
        <translation>The registry accepted %1 for %2.</translation>
    </message>
    <message>
        <source>%1 is a valid reference; whether it exists could not be seen (pull was not probed: see Registry: pull).</source>
        <translation>%1 is a valid reference; whether it exists could not be seen (pull was not probed: see Registry: pull).</translation>
    </message>
    <message>
        <source>Use a valid classic token with package scopes (see the fix steps).</source>
        <translation>Use a valid classic token with package scopes (see the fix steps).</translation>
    </message>
    <message>
        <source>Unknown: GitHub&apos;s answer to an installation token on /user (403) tells nothing about SSO.</source>
        <translation>Unknown: GitHub&apos;s answer to an installation token on /user (403) tells nothing about SSO.</translation>
    </message>
    <message>
        <source>Unknown: GitHub tells no expiry for an installation token (its answer to /user is 403); such tokens live an hour or until the job ends.</source>
        <translation>Unknown: GitHub tells no expiry for an installation token (its answer to /user is 403); such tokens live an hour or until the job ends.</translation>
    </message>
    <message>
        <source>GitHub rejects the token (401): it is revoked, expired or mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new token (and store it where the images are pulled and pushed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed: GitHub&apos;s answer about the token (see above) leaves nothing to list the packages with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the token&apos;s rows say first, or name the images with --image / --images-file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML SSO authorization required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out after too many failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (network error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not GitHub&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised as an installation token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Run “%1 %2 --help” for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry did not accept the token&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not proved by the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask on: nothing was changed. Add --yes to go ahead without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the previous file: %1 (undo: copy it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored for %1: %2. A token is stored only when the check proved what you asked for (--ops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the checked token for %1 as user %2 in: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: %1 does not hold the checked token for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: %1 now uses the checked token for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1&apos;s saved login for %2 from: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: %1 still has a login for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back: %1 has no login for %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the tool with --tool docker, podman or helm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image at a time: a login is for one registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  %1 login --tool docker|podman|helm [check options] [--yes]
  %1 logout --tool docker|podman|helm [--registry HOST] [--yes]

login checks the token first (as `%1 check` does, with the same options: --token-stdin,
--token-env VAR or --token-keychain, --registry, --image, --ops …) and stores it for the tool
only when the check proved every requested operation: through Docker&apos;s credential helper when
one is configured for the registry, else in the tool&apos;s file (written atomically, with a backup
next to it).
logout removes the tool&apos;s saved login for the registry the same way. Both say what they will
change and ask on the terminal first; --yes answers for scripts. Afterwards the saved login is
read back to verify it.

Exit codes: 0 done and verified; 1 not done (the check did not prove the operations, or you
declined); 2 usage, or no terminal to ask on without --yes; 3 the change or its check failed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in %1: it holds no login for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no saved login for %2: nothing to remove, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWriter</name>
    <message>
        <source>%1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 failed (exit %3); its output is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tool “%1”: docker, podman or helm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING! Your credentials are stored unencrypted in &apos;%1&apos;.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of %1 to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no login for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GHCR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token, host, image and operations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the same token and inputs again (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy fix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;token settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GHCR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: every requested operation works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX shell (sh, bash, zsh):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1. The token itself is never written to a report; it is identified by its fingerprint only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder with that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full or a quota was reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is read-only or you lack permission to write there (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be laid out by a graphical application (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a real request to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token&apos;s scopes only (not probed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mismatch (probably a copy/paste error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry header (the token does not expire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the check was cancelled before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (login only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: whitespace, a newline or quotes were removed around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header absent (fine-grained, app or Actions token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (no scopes; inferred, because Qt drops an empty header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present but empty (no scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes (X-OAuth-Scopes, raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes (with implied scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted scopes (endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted permissions (endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO partial results (organization ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no challenge: open registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (token step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancel note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the checked token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR Doctor: fix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR Doctor: fix steps for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 on %2 (registry %3) by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not proved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scopes: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the run was cancelled or ran out of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: anyone can pull it, so the pull proves nothing about the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Actions workflow (YAML):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a fork)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API&apos;s login; waited for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a placeholder: the API did not name the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a neutral name: this registry accepts any user name with a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored login (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checked token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from the token&apos;s prefix, before any request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the token without revealing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X-OAuth-Scopes header, exactly as GitHub sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw scopes plus the child scopes GitHub documents as implied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Accepted-OAuth-Scopes: the scopes this endpoint accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub-Authentication-Token-Expiration; days counted from when GitHub answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub left out what these organizations hold: the token is not authorized for their SSO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-GitHub-Request-Id: quote it to GitHub support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer to a request without a token: where to get one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub accepted the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub accepted the token of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer leaves a question open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry accepted the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry allowed every requested operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled. No request is still running; start again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login works, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), each in the table below</source>
        <translation>
            <numerusform>%n image, in the table below</numerusform>
            <numerusform>%n images, each in the table below</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: GitHub refused the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: GitHub does not answer this request for an installation token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: the GitHub API check did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes and expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an answer that accepts the token tells its scopes and expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored logins for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for every image</source>
        <translation>%1 for every image</translation>
    </message>
    <message>
        <source>%1, with warnings</source>
        <translation>%1, with warnings</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message>
        <source>Plain text report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenAnalysis</name>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token (classic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-grained personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App user token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App installation token (or Actions GITHUB_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy 40-hex token (old format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised token format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text had a line break around the token; it was removed. Make sure scripts that pass the token (e.g. to docker login) strip it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces around the token were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes around the token were removed; quotes are not part of a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks inside it: it was probably copied across a line wrap. Copy it again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s built-in checksum does not match: a character was almost certainly changed or lost when it was copied. Copy it again, or create a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not start with a known GitHub prefix (ghp_, github_pat_, gho_, ghu_, ghs_, ghr_) and is not an old 40-hex token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains non-ASCII characters (for example a typographic dash or an invisible character); GitHub tokens use only A–Z, a–z, 0–9 and _ (the 2026 Actions tokens also . and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains characters that GitHub tokens never use; tokens of this length use only A–Z, a–z, 0–9 and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains characters that GitHub tokens never use (quotes, punctuation or control characters); GitHub tokens use only A–Z, a–z, 0–9 and _ (the 2026 Actions tokens also . and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is %1 characters long; no GitHub token is longer than a few thousand. Did you paste more than the token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens starting with %1 used to be 40 characters long; this one has %2 and is not a shape GHCR Doctor knows. Part of it may be missing, or GitHub changed the format: the check below asks GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Start the check as soon as the window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) after the check (or at once without --autorun), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, ru); default: the system locale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Check from the terminal instead: %1 check --token-stdin --image OWNER/NAME (see %1 check --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Check → All packages: with --autorun every package is checked at once, and --screenshot pictures that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — checks a GitHub token against the GitHub API and the container registry, side by side.

Usage:
  %3 [OPTIONS]          open the window
  %3 check [OPTIONS]    check without a window and print a report
  %3 login|logout --tool docker|podman|helm [OPTIONS]
                        store a checked token where the tool keeps its login, or remove it
  %3 help [check]       this help, or every option of the check command
  %3 --version          print the version

Commands:
  check   For terminals, scripts and CI; it needs no display. The token comes from standard
          input or an environment variable, never from the command line:
            printf &apos;%s&apos; &quot;$TOKEN&quot; | %3 check --token-stdin --image OWNER/NAME --ops pull,push
          Reports with --format and --output FILE. Every option: %3 check --help

Window options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”. Commands: check (check a token without a window), login and logout (store or remove a registry login for docker, podman or helm), help. Without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded (TLS unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses GitHub tokens against the GitHub REST API and the ghcr.io container registry, side by side, and tells you what to fix. Tokens are never logged, saved in settings or copied; “Remember token” uses the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT License (SPDX: MIT), printed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL 3: Apache-2.0; OpenSSL 1.1: OpenSSL and SSLeay licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::CheckForm</name>
    <message>
        <source>GitHub Enterprise Server: your server&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHE.com (data residency): SUBDOMAIN.ghe.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the pasted token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>checksum OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token loaded from the keychain is not shown. Paste a token to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is configured: the token is kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL “%1” is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains no PEM certificate. Choose a file with “-----BEGIN CERTIFICATE-----” blocks, or clear the CA file field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist. Choose another file or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR Doctor: container registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (API %2, registry %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API %1 · registry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic tokens (ghp_…) need read:packages to pull and write:packages to push. GitHub Packages does not accept fine-grained tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::CheckRunner</name>
    <message>
        <source>Asking GitHub about the token (GET /user)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per check; select a row to read its evidence and guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the checklist to read what it rests on and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: these checks need nothing from you. Expand the row to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::DockerCredentialsInspector</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker&apos;s config names an unusual credential helper “%1”; not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker stores logins with %1, which is not installed here (or not on PATH); its stored login could not be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a stored secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds (is a keychain prompt waiting?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: exit %2, %n byte(s) of output not shown (it may hold a stored secret).</source>
        <translation>
            <numerusform>%1 failed: exit %2, %n byte of output not shown (it may hold a stored secret).</numerusform>
            <numerusform>%1 failed: exit %2, %n bytes of output not shown (it may hold a stored secret).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 printed more than %2 KiB; it was stopped and its output dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not asked: the time for stored logins was used up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::EvidencePanel</name>
    <message>
        <source>%1: elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::FixStepsView</name>
    <message>
        <source>Fix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy fix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy fix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the fix steps as Markdown. The token is never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open token setti&amp;ngs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open token settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authori&amp;ze SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens GitHub&apos;s page to authorize this token for the organization&apos;s SAML single sign-on. The link expires an hour after the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens GitHub&apos;s form for a new classic token with exactly the scopes this check needs (never “repo”):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix steps appear here when the check is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered fix steps appear here after a check, with commands for PowerShell and POSIX shells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled before it could suggest anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: the token does what you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSIX shell (bash, zsh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Actions workflow (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::GitHubApiClient</name>
    <message>
        <source>The GitHub API check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 200 but the body is not GitHub&apos;s user object (%2). Is the API URL right? A proxy or captive portal may be answering instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no “login” field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 401 (%1): the token is not valid — it was revoked, it expired, or it was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 403: an organization uses SAML single sign-on and this token is not authorized for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1: the API rate limit is exhausted; it resets %2. The token itself may be fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 403 after too many failed sign-in attempts from this address; it refuses every attempt for a while. Wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 403 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 404 for %1: the API URL may be wrong (GitHub Enterprise Server uses https://HOST/api/v3), or the token lacks a scope this endpoint needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1 (a server error) to GET %2; try again in a few minutes, and check the service status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered an unexpected %1 to GET %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 without GitHub&apos;s signature (no X-GitHub-Request-Id): this does not look like GitHub&apos;s API. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 without GitHub&apos;s signature (no X-GitHub-Request-Id): this does not look like GitHub&apos;s API. Check the API URL; a proxy or captive portal may be answering instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub recognised an installation token (an Actions GITHUB_TOKEN or a GitHub App&apos;s): it answered 403 “%1”, as it does for every installation token on /user. Such tokens have permissions instead of scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 200 with a “login” that contains the token itself: this is not GitHub&apos;s API, or something between you and it echoes credentials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::HttpClient</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain HTTP to %1; plain HTTP is allowed only to this computer and only when you ask for it (--allow-http-loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain HTTP to %1: credentials travel only over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: only https:// is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to another host (%2); the redirect was not followed so that credentials never leave the host they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 was larger than %2 KiB and was cut off; this server does not behave like GitHub or a container registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1%2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Is the host and port right, and is the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the spelling, your DNS and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If your network inspects TLS or your server uses a private certificate authority, pass its certificate (--ca-file or the window&apos;s CA setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check&apos;s %1-second budget (--timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted: %1 did not answer earlier in this check (%2 was not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted: %1 was not sent because %2 was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the credential for %1 is %2 KiB, larger than the %3 KiB any real registry or GitHub issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: a header value for %1 holds a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was answered with headers larger than %2 KiB or more than %3 header lines; no real GitHub or registry server does that, so the answer was dropped at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not answered in HTTP/1.1 (after %n byte(s) the answer could not be read); is something else listening on that port?</source>
        <translation>
            <numerusform>%1 was not answered in HTTP/1.1 (after %n byte the answer could not be read); is something else listening on that port?</numerusform>
            <numerusform>%1 was not answered in HTTP/1.1 (after %n bytes the answer could not be read); is something else listening on that port?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 broke after %n byte(s) of the answer to %2; the answer is incomplete and was not used.</source>
        <translation>
            <numerusform>The connection to %1 broke after %n byte of the answer to %2; the answer is incomplete and was not used.</numerusform>
            <numerusform>The connection to %1 broke after %n bytes of the answer to %2; the answer is incomplete and was not used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected in a loop (%n hop(s) followed on the same host); stopped there. The server is misconfigured or is not the service it should be.</source>
        <translation>
            <numerusform>%1 redirected in a loop (%n hop followed on the same host); stopped there. The server is misconfigured or is not the service it should be.</numerusform>
            <numerusform>%1 redirected in a loop (%n hops followed on the same host); stopped there. The server is misconfigured or is not the service it should be.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n byte(s) and then stalled or trickled; the answer was not complete within %2.</source>
        <translation>
            <numerusform>%1 sent %n byte and then stalled or trickled; the answer was not complete within %2.</numerusform>
            <numerusform>%1 sent %n bytes and then stalled or trickled; the answer was not complete within %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The CA file %3 was trusted for this check, but no certificate in it signed %1&apos;s certificate chain. Give the CA certificate the chain ends at (its root: ask the server&apos;s or the TLS-inspecting proxy&apos;s administrator), not the server&apos;s own certificate or another CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The CA file %3 was trusted for this check, but no certificate in it signed %1&apos;s certificate chain, which was issued by “%4”. Give the certificate of “%4” (the chain&apos;s root: ask the server&apos;s or the TLS-inspecting proxy&apos;s administrator), not the server&apos;s own certificate or another CA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::KeychainController</name>
    <message>
        <source>Keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR Doctor keeps the token in memory for this session only; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain in use: a token you paste is used for this session only and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the saved token for %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token remembered for %1 could not be loaded. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token for %1 is saved in the keychain; the token you entered is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for %1 loaded from the keychain (%2, %3). It is not shown; paste another token to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not saved in the keychain: GitHub did not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name to remember the token for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token for %1 in the keychain… Your system may ask you to unlock or create a keyring for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token saved in the keychain for %1. It loads automatically next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the saved token for %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token for %1 was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token for %1 was removed from the keychain. The token in the field stays for this session (in memory only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::MainWindow</name>
    <message>
        <source>Paste a token first: the token field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix steps copied to the clipboard as Markdown (%n step(s), without the token).</source>
        <translation>
            <numerusform>Fix steps copied to the clipboard as Markdown (%n step, without the token).</numerusform>
            <numerusform>Fix steps copied to the clipboard as Markdown (%n steps, without the token).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened GitHub&apos;s SSO authorization page. Check the token again once you have authorized it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token in the main window first: the token field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the input in the main window: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::MemoryTokenStore</name>
    <message>
        <source>No token is kept for %1 in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::PackageLister</name>
    <message>
        <source>GitHub&apos;s answer to GET %1 is not a list of packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 uses SAML single sign-on and this token is not authorized for it: authorize it in the token&apos;s settings (Configure SSO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused the token (401)%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused the listing (403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not list packages (403)%1: a classic token needs read:packages, a fine-grained token the Packages read permission for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 404: this server has no such API (GitHub Enterprise Server without Packages?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered 404 for %1: no such organization visible to this token, or this server has no packages API (GitHub Enterprise Server without Packages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n packages in all: the others were not listed (name the owners with --owner, or the images with --image / --images-file).</source>
        <translation>
            <numerusform>more than %n package in all: the others were not listed (name the owners with --owner, or the images with --image / --images-file).</numerusform>
            <numerusform>more than %n packages in all: the others were not listed (name the owners with --owner, or the images with --image / --images-file).</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub requires SAML single sign-on authorization for this token: authorize it for your organizations in the token&apos;s settings (Configure SSO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Actions or GitHub App token may not list these packages (403)%1: name the images to check with --image or --images-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s answer put its next page on another host (%1): it was not followed, so that the token goes only to %2; what comes after page %n was not listed.</source>
        <translation>
            <numerusform>GitHub&apos;s answer put its next page on another host (%1): it was not followed, so that the token goes only to %2; what comes after page %n was not listed.</numerusform>
            <numerusform>GitHub&apos;s answer put its next page on another host (%1): it was not followed, so that the token goes only to %2; what comes after page %n was not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s answer links back to a page already read (%1): the listing stopped after %n pages.</source>
        <translation>
            <numerusform>GitHub&apos;s answer links back to a page already read (%1): the listing stopped after %n page.</numerusform>
            <numerusform>GitHub&apos;s answer links back to a page already read (%1): the listing stopped after %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s listing goes on past %n pages: it stopped there (name the images with --image or --images-file).</source>
        <translation>
            <numerusform>GitHub&apos;s listing goes on past %n page: it stopped there (name the images with --image or --images-file).</numerusform>
            <numerusform>GitHub&apos;s listing goes on past %n pages: it stopped there (name the images with --image or --images-file).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of GitHub&apos;s listing are not packages (no name or owner) and were skipped.</source>
        <translation>
            <numerusform>%n entry of GitHub&apos;s listing is not a package (no name or owner) and was skipped.</numerusform>
            <numerusform>%n entries of GitHub&apos;s listing are not packages (no name or owner) and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GET %1 did not answer within %n seconds, half of the check&apos;s budget (--timeout): the listing stopped there so that the images already listed could be probed.</source>
        <translation>
            <numerusform>GET %1 did not answer within %n second, half of the check&apos;s budget (--timeout): the listing stopped there so that the images already listed could be probed.</numerusform>
            <numerusform>GET %1 did not answer within %n seconds, half of the check&apos;s budget (--timeout): the listing stopped there so that the images already listed could be probed.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub&apos;s API rate limit stopped the listing (%1)%2: wait a few minutes and check again, or name the images with --image / --images-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s API rate limit stopped the listing (%1)%2: check again after %3, or name the images with --image / --images-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1%2: an error on GitHub&apos;s side (or a proxy&apos;s); check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to GET %1 is not a list of organizations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::PackageProbe</name>
    <message>
        <source>GitHub&apos;s answer to GET %1 is not a package (no name, visibility or repository as GitHub gives them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GET %1 did not answer within %n seconds, half of the check&apos;s budget (--timeout): the package&apos;s visibility and link are not known.</source>
        <translation>
            <numerusform>GET %1 did not answer within %n second, half of the check's budget (--timeout): the package's visibility and link are not known.</numerusform>
            <numerusform>GET %1 did not answer within %n seconds, half of the check's budget (--timeout): the package's visibility and link are not known.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ghcr::PackagesWindow</name>
    <message>
        <source>All packages — GHCR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List the packages through GitHub&apos;s API (needs read:packages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all: your account and every organization you belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER/NAME[:TAG], one per line; # starts a comment. Checked as well, or instead when the packages cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by image, repository or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which images to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and what the token may do with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected image&apos;s evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image to see what its verdict rests on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: tick “List the packages” or name images, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) checked</source>
        <translation>
            <numerusform>%1 of %n image checked</numerusform>
            <numerusform>%1 of %n images checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Still being checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package settings (Manage access, Manage Actions access):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) checked in %1.</source>
        <translation>
            <numerusform>%n image checked in %1.</numerusform>
            <numerusform>%n images checked in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n image(s) checked in %2.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n image checked in %2.</numerusform>
            <numerusform>Cancelled: %1 of %n images checked in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out of time: %1 of %n image(s) checked in %2.</source>
        <translation>
            <numerusform>Out of time: %1 of %n image checked in %2.</numerusform>
            <numerusform>Out of time: %1 of %n images checked in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more bad line(s).</source>
        <translation>
            <numerusform>…and %n more bad line.</numerusform>
            <numerusform>…and %n more bad lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open package &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected package&apos;s settings on GitHub: Manage access, Manage Actions access (Enter or a double click on the row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected row, its cells separated by tabs, with the settings link (Ctrl+C in the table).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::RegistryAuth</name>
    <message>
        <source>Asking %1 how to authenticate (GET /v2/)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for a Bearer token but named no realm (token endpoint) in its WWW-Authenticate header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 401 to GET /v2/ without a usable WWW-Authenticate challenge; it does not look like a container registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 to GET /v2/; a Docker Registry v2 answers 200 or 401 there. Is this the right registry host?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 sent its token endpoint to another host (%2); GHCR Doctor does not send your credentials there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry requires no authentication at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused %1 together (%2); asked for a login and one token per operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered 200 without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s token endpoint refused a token for %1 (%2): the registry itself refused before any probe was possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::RegistryClient</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the GitHub API to tell the user name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 is busy (429 Too Many Requests) — not a token problem; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry %1 is busy (429 Too Many Requests) — not a token problem; try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous token request → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous token request → %1; anonymous HEAD manifest → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s packages API lists it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not asked: the GitHub API had not told the token&apos;s login %n second(s) after the registry was ready, and %1 may check the user name, so none was guessed. Give the user name (--user NAME, or the window&apos;s User field) to check the registry without the API.</source>
        <translation>
            <numerusform>Not asked: the GitHub API had not told the token&apos;s login %n second after the registry was ready, and %1 may check the user name, so none was guessed. Give the user name (--user NAME, or the window&apos;s User field) to check the registry without the API.</numerusform>
            <numerusform>Not asked: the GitHub API had not told the token&apos;s login %n seconds after the registry was ready, and %1 may check the user name, so none was guessed. Give the user name (--user NAME, or the window&apos;s User field) to check the registry without the API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ghcr::RegistryProbes</name>
    <message>
        <source>Not probed: the only real test of delete is deleting something. Judged from the token&apos;s scopes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed: the registry refused the login (%1), so %2 is refused too. The rejected credentials were not sent again: repeated failures can lock an account out for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused %1 with %2%3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing pull: HEAD manifest %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry served the manifest of %1%2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull is authorized: the repository&apos;s tag list was readable, but the tag “%1” does not exist (404 on the manifest). Check the tag name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry listed the repository&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull is authorized; the tag “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not know the repository %1 (404 %2). It may not exist yet, or it may be hidden from this account; pull cannot be judged. Check the owner and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing push: starting an empty upload and cancelling it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered %1 to %2 instead of 202 Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry accepted the start of an upload (202): push is allowed. Nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry gave no upload location on its own host to cancel; the empty upload expires by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cancel sent: the registry answered %1 to this run&apos;s first one (ghcr.io cannot cancel an upload). The empty upload expires by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel of the empty upload was sent; its answer was not awaited (the empty upload expires by itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty upload was cancelled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not let us cancel the empty upload (%1%2); that is not a push failure — some registries need the delete right to cancel, ghcr.io answers 405. The empty upload expires by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the empty upload failed (%1); it expires by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::ResultsView</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs changed after this check: the results below are for the previous inputs. Press Check token to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the check as text, JSON, Markdown, HTML or PDF (Ctrl+S). Reports never contain the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How GHCR Doctor works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token you use for docker login (a classic token: ghp_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optionally enter the image you pull or push, and tick what you want to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Check token. The GitHub API and the container registry are asked side by side; nothing is downloaded or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You get a verdict, the evidence from both sides, a checklist with problems first and numbered steps to fix them. The token is never saved unless you ask, and never appears in a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: press Check token. GHCR Doctor asks the GitHub API and the container registry side by side and tells you what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token and press Check token. GHCR Doctor asks the GitHub API and the container registry side by side and tells you what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 about the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… the GitHub API and the registry %1 are asked side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::StoredLoginsPanel</name>
    <message>
        <source>Stored logins for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a stored login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checked: the list shows the logins now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this stale login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not prove every requested operation, so this token cannot be stored; a stale login can still be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no login for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this token (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another token (%1): stale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled when the check proved every requested operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 login for %2 from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the saved login too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the same check with the selected login&apos;s stored token (read into memory only) to tell which token is the stale one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the saved login (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved login (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this token for %1 as user %2 in %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current file is kept as %1 (Undo copies it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to %1 (copies %2 back)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::TokenStore</name>
    <message>
        <source>Windows Credential Manager could not be used. Make sure the “Credential Manager” service is running and that you are signed in to a normal (not a temporary) user profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS Keychain could not be used. Open Keychain Access, make sure your login keychain exists and is unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux the token is stored through the Secret Service over D-Bus. Start a desktop session with a Secret Service provider running — GNOME Keyring (sudo apt install gnome-keyring) or KWallet — and make sure DBUS_SESSION_BUS_ADDRESS is set (over SSH or in a container there is usually no session bus; “dbus-run-session” starts one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved in the keychain for this host and user. Paste a token and tick “Remember token” to save it after the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock the keychain and allow GHCR Doctor when it asks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service is running but has no default keyring (%1). Create one in “Passwords and Keys” (seahorse), or log in to the desktop once so GNOME Keyring creates the “login” keyring, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that it is unlocked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
