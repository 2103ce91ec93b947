<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>WindowOptions</name>
    <message>
        <source>GitHub host: github.com or a GitHub Enterprise Server host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API base URL (default from the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry HOST[:PORT] (default ghcr.io or containers.HOST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for the registry login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image to probe: OWNER/NAME[:TAG].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations to verify: pull,push,delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill the token from this environment variable (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per request in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Unexpected argument “%1”. Run “ghcr-doctor --help” for the check command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-url needs a full URL such as https://ghe.example.com/api/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ops takes pull, push and delete, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file: no PEM certificate found in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env: the environment variable %1 is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ghcr::EvidencePanel</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO authorization required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked out after failed attempts</source>
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
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
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
        <source>no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from the token&apos;s prefix, without any request. The fingerprint identifies the token without revealing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-OAuth-Scopes, exactly as GitHub sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header absent (fine-grained, app or Actions token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a classic token without scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes incl. implied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw scopes plus the child scopes GitHub documents as implied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Accepted-OAuth-Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub-Authentication-Token-Expiration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial results: not authorized for organization(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSO restriction reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets %1</source>
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
        <source>X-GitHub-Request-Id: quote it to GitHub support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
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
        <source>Scope</source>
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
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (token step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token issued (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given: only the login was checked, which does not prove pull or push rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not requested</source>
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
        <source>could not tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged from the scopes, not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token step decided</source>
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
        <source>Registry said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the cancel</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ghcr::MainWindow</name>
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
        <source>GHCR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide token</source>
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
        <source>GitHub &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github.com, or the host name of your GitHub Enterprise Server (API at https://HOST/api/v3, registry at containers.HOST).</source>
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
        <source>&amp;Forget token</source>
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
        <source>No keychain is configured: the token is kept in memory for this session.</source>
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
        <source>Keychain status</source>
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
        <source>derived from the host: ghcr.io or containers.HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry host</source>
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
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Open &amp;token settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open token settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize &amp;SSO</source>
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
        <source>Save &amp;report…</source>
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
        <source>Waiting for a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token and press Check token. GHCR Doctor asks the GitHub API and the container registry side by side and tells you what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GHCR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GHCR Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GHCR Doctor %1&lt;/h3&gt;&lt;p&gt;Diagnoses GitHub tokens against the GitHub REST API and the ghcr.io container registry, side by side, and tells you what to fix.&lt;/p&gt;&lt;p&gt;Tokens are never logged, saved in settings or copied. “Remember token” uses the system keychain only.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the pasted token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic tokens (ghp_…) need &lt;b&gt;read:packages&lt;/b&gt; to pull and &lt;b&gt;write:packages&lt;/b&gt; to push. GitHub Packages does not accept fine-grained tokens.</source>
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
        <source>Paste a token first: the token field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the input: %1</source>
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
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens GitHub&apos;s form for a new classic token with exactly the scopes this check needs (never “repo”):
%1</source>
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
        <source>Cancelled.</source>
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
        <source>The registry accepted the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry allowed every requested operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer leaves a question open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled. No request is still running; start again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row of the checklist to read what it rests on and what to do about it.</source>
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
    <message numerus="yes">
        <source>Fix steps copied to the clipboard as Markdown (%n step(s), without the token).</source>
        <translation>
            <numerusform>Fix steps copied to the clipboard as Markdown (%n step, without the token).</numerusform>
            <numerusform>Fix steps copied to the clipboard as Markdown (%n steps, without the token).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHCR Doctor: container registry</source>
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
        <source>Choose CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain in use: the token stays in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the saved token for %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token for %1 is saved in the keychain; the token you entered is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token loaded from the keychain is not shown. Paste a token to replace it.</source>
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
        <source>Saving the token for %1 in the keychain…</source>
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
        <source>The saved token for %1 was removed from the keychain. The token in the field stays for this session.</source>
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
        <source>Checklist: %1</source>
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
        <source>Until then GHCR Doctor keeps the token in memory for this session only; nothing is written to disk.</source>
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
        <source>The keychain refused access (%1). Unlock the keychain and allow GHCR Doctor when it asks, then try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service is running but has no default keyring (%1). Create one in “Passwords and Keys” (seahorse), or log in to the desktop once so GNOME Keyring creates the “login” keyring, then try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that it is unlocked and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
