<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionsRules</name>
    <message>
        <source>GitHub Actions run</source>
        <translation>Запуск GitHub Actions</translation>
    </message>
    <message>
        <source>A workflow of %1, event “%2”, started by %3.</source>
        <translation>Рабочий процесс %1, событие «%2», запустил %3.</translation>
    </message>
    <message>
        <source>GITHUB_ACTIONS is “true”, but the runner did not set %1.</source>
        <translation>GITHUB_ACTIONS равно «true», но раннер не задал %1.</translation>
    </message>
    <message>
        <source>What depends on the workflow&apos;s repository (the package&apos;s link and its “Manage Actions access”) is not judged.</source>
        <translation>То, что зависит от репозитория рабочего процесса (связь пакета и его «Manage Actions access»), не оценивается.</translation>
    </message>
    <message>
        <source>This pull request comes from the fork %1: GitHub gives its workflow a read-only GITHUB_TOKEN and no secrets, so a secret such as CR_PAT is empty (docker/login-action then fails with “Username and password required”).</source>
        <translation>Этот pull request пришёл из форка %1: GitHub даёт его рабочему процессу GITHUB_TOKEN только для чтения и не передаёт секреты, поэтому секрет вроде CR_PAT пуст (docker/login-action тогда падает с «Username and password required»).</translation>
    </message>
    <message>
        <source>Push images only from push events or from the repository&apos;s own branches; skip the push for pull requests from forks.</source>
        <translation>Делайте push образов только по событиям push или из собственных веток репозитория; для pull request из форков пропускайте push.</translation>
    </message>
    <message>
        <source>Push images only from push events or from branches of %1; skip the push for pull requests from forks.</source>
        <translation>Делайте push образов только по событиям push или из веток %1; для pull request из форков пропускайте push.</translation>
    </message>
    <message>
        <source>The token is the workflow&apos;s GITHUB_TOKEN: it may use packages only as the workflow&apos;s “permissions:” allow (read-only by default for repositories and organizations created since 2023-02-02).</source>
        <translation>Токен — это GITHUB_TOKEN рабочего процесса: он может работать с пакетами только так, как разрешает блок «permissions:» (по умолчанию только чтение для репозиториев и организаций, созданных с 2023-02-02).</translation>
    </message>
    <message>
        <source>The event payload could not be read: %1</source>
        <translation>Не удалось прочитать данные события: %1</translation>
    </message>
    <message>
        <source>Package linked to the repository</source>
        <translation>Пакет связан с репозиторием</translation>
    </message>
    <message>
        <source>The package %1 is linked to %2; GITHUB_REPOSITORY is not set, so whether this workflow runs in %2 (and inherits access) is not known.</source>
        <translation>Пакет %1 связан с %2; GITHUB_REPOSITORY не задан, поэтому неизвестно, запущен ли этот рабочий процесс в %2 (и наследует ли он доступ).</translation>
    </message>
    <message>
        <source>The package %1 is not linked to any repository; GITHUB_REPOSITORY is not set, so whether its “Manage Actions access” lists this workflow&apos;s repository is not known.</source>
        <translation>Пакет %1 не связан ни с одним репозиторием; GITHUB_REPOSITORY не задан, поэтому неизвестно, указан ли репозиторий этого рабочего процесса в его «Manage Actions access».</translation>
    </message>
    <message>
        <source>The package %1 is linked to %2: its workflows inherit access.</source>
        <translation>Пакет %1 связан с %2: его рабочие процессы наследуют доступ.</translation>
    </message>
    <message>
        <source>The package %1 is linked to %2, not to %3: %3&apos;s workflows may use it only if its “Manage Actions access” lists %3.</source>
        <translation>Пакет %1 связан с %2, а не с %3: рабочие процессы %3 могут использовать его, только если %3 указан в его «Manage Actions access».</translation>
    </message>
    <message>
        <source>The package %1 exists but is not linked to any repository (it was probably first pushed with a personal access token): %2&apos;s workflows may use it only if its “Manage Actions access” lists %2.</source>
        <translation>Пакет %1 существует, но не связан ни с одним репозиторием (вероятно, первый push в него сделан с персональным токеном доступа): рабочие процессы %2 могут использовать его, только если %2 указан в его «Manage Actions access».</translation>
    </message>
    <message>
        <source>Package settings → Manage Actions access → Add repository → %1, role Write (push) or Read (pull).</source>
        <translation>Настройки пакета → Manage Actions access → Add repository → %1, роль Write (push) или Read (pull).</translation>
    </message>
    <message>
        <source>GitHub shows no package %1 to this token: either it does not exist yet (the first push creates it) or the token may not see it.</source>
        <translation>GitHub не показывает этому токену пакет %1: либо его ещё нет (его создаст первый push), либо токену не разрешено его видеть.</translation>
    </message>
    <message>
        <source>GitHub did not say whether the package %1 is linked to a repository (%2).</source>
        <translation>GitHub не сообщил, связан ли пакет %1 с репозиторием (%2).</translation>
    </message>
    <message>
        <source>Skip the push for pull requests from forks</source>
        <translation>Пропускайте push для pull request из форков</translation>
    </message>
    <message>
        <source>A pull request from a fork always runs with a read-only token and without secrets; no setting changes that. Build in the pull request, push after the merge. Add this condition to the login and push steps:</source>
        <translation>Pull request из форка всегда выполняется с токеном только для чтения и без секретов; никакая настройка этого не меняет. Собирайте образ в pull request, делайте push после слияния. Добавьте это условие к шагам входа и push:</translation>
    </message>
    <message>
        <source>Give the workflow&apos;s token packages: write</source>
        <translation>Дайте токену рабочего процесса packages: write</translation>
    </message>
    <message>
        <source>Give the workflow&apos;s token packages: read</source>
        <translation>Дайте токену рабочего процесса packages: read</translation>
    </message>
    <message>
        <source>Repositories and organizations created since 2023-02-02 give GITHUB_TOKEN read-only permissions by default, and a “permissions:” block grants only what it lists. Add this to the workflow (top level) or to the job that uses the registry:</source>
        <translation>Репозитории и организации, созданные с 2023-02-02, по умолчанию дают GITHUB_TOKEN права только на чтение, а блок «permissions:» даёт только то, что в нём перечислено. Добавьте это в рабочий процесс (на верхнем уровне) или в задание, которое обращается к реестру:</translation>
    </message>
    <message>
        <source>Give %1 access to the package %2 (Manage Actions access)</source>
        <translation>Дайте %1 доступ к пакету %2 (Manage Actions access)</translation>
    </message>
    <message>
        <source>There is no API for this setting. Open the link, then Manage Actions access → Add repository → %1 → role Write (push) or Read (pull).</source>
        <translation>Для этой настройки нет API. Откройте ссылку, затем Manage Actions access → Add repository → %1 → роль Write (push) или Read (pull).</translation>
    </message>
    <message>
        <source>Pull requests from forks get a read-only token and no secrets: pushing to the registry cannot work in this run</source>
        <translation>Pull request из форков получают токен только для чтения и не получают секретов: push в реестр в этом запуске невозможен</translation>
    </message>
    <message>
        <source>The registry refused the workflow: the package %1/%2 does not list the repository %3 in its Manage Actions access</source>
        <translation>Реестр отказал рабочему процессу: в Manage Actions access пакета %1/%2 нет репозитория %3</translation>
    </message>
    <message>
        <source>Push will fail: the workflow&apos;s GITHUB_TOKEN lacks “permissions: packages: write”</source>
        <translation>Push не пройдёт: у GITHUB_TOKEN рабочего процесса нет «permissions: packages: write»</translation>
    </message>
    <message>
        <source>Pull will fail: the workflow&apos;s GITHUB_TOKEN lacks “permissions: packages: read”</source>
        <translation>Pull не пройдёт: у GITHUB_TOKEN рабочего процесса нет «permissions: packages: read»</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Run “%1 check --help” for the options.</source>
        <translation>Справка по параметрам: «%1 check --help».</translation>
    </message>
    <message>
        <source>%1 — checks a GitHub token against the GitHub API and the container registry, side by side.

Usage: %2 check [options]     (no arguments: open the window)

The token is read from standard input or an environment variable, never from the command line.
Exit codes: 0 every requested operation works; 1 action needed; 2 usage or bad input; 3 the check could not complete (network, TLS, server error).</source>
        <translation>%1 — проверяет токен GitHub параллельно через API GitHub и реестр контейнеров.

Использование: %2 check [параметры]     (без аргументов: открыть окно)

Токен читается из стандартного ввода или переменной окружения, но никогда из командной строки.
Коды выхода: 0 — все запрошенные операции работают; 1 — нужно действие; 2 — ошибка в параметрах или входных данных; 3 — проверку не удалось завершить (сеть, TLS, ошибка сервера).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>GitHub API base URL (default https://api.github.com, or https://HOST/api/v3).</source>
        <translation>Базовый URL API GitHub (по умолчанию https://api.github.com или https://HOST/api/v3).</translation>
    </message>
    <message>
        <source>Container registry HOST[:PORT] (default ghcr.io, or containers.HOST).</source>
        <translation>Реестр контейнеров HOST[:PORT] (по умолчанию ghcr.io или containers.HOST).</translation>
    </message>
    <message>
        <source>User name for the registry (default: the API&apos;s login).</source>
        <translation>Имя пользователя для реестра (по умолчанию — логин из API).</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>Прочитать токен из стандартного ввода.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Дополнительно доверять сертификатам УЦ из этого PEM-файла.</translation>
    </message>
    <message>
        <source>Allow plain HTTP to a registry or API on this computer (127.0.0.1/localhost).</source>
        <translation>Разрешить обычный HTTP к реестру или API на этом компьютере (127.0.0.1/localhost).</translation>
    </message>
    <message>
        <source>The token is never taken from the command line (it would be visible to other users and stay in your shell history). Use --token-stdin or --token-env VAR.</source>
        <translation>Токен никогда не берётся из командной строки (его увидели бы другие пользователи, и он остался бы в истории оболочки). Используйте --token-stdin или --token-env VAR.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a valid API URL.</source>
        <translation>«%1» — недопустимый URL API.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds.</source>
        <translation>--timeout принимает целое число секунд.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Не удалось прочитать файл УЦ %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>В %1 нет PEM-сертификата.</translation>
    </message>
    <message>
        <source>PDF is written to a file: add --output FILE.pdf.</source>
        <translation>PDF записывается в файл: добавьте --output FILE.pdf.</translation>
    </message>
    <message>
        <source>Use either --token-stdin or --token-env, not both.</source>
        <translation>Используйте либо --token-stdin, либо --token-env, но не оба сразу.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Переменная окружения %1 не задана.</translation>
    </message>
    <message>
        <source>Give the token with --token-stdin (e.g. printf &apos;%s&apos; &quot;$TOKEN&quot; | %1 check --token-stdin) or --token-env VAR.</source>
        <translation>Передайте токен через --token-stdin (например, printf &apos;%s&apos; &quot;$TOKEN&quot; | %1 check --token-stdin) или --token-env VAR.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Токен пуст.</translation>
    </message>
    <message>
        <source>The token cannot be used: %1</source>
        <translation>Токен нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Отчёт записан в %1</translation>
    </message>
    <message>
        <source>Token (input hidden): </source>
        <translation>Токен (ввод скрыт): </translation>
    </message>
    <message>
        <source>Budget of the whole check in seconds, 1–600 (default 20): whatever the servers do, the verdict comes within it.</source>
        <translation>Бюджет всей проверки в секундах, 1–600 (по умолчанию 20): что бы ни делали серверы, вердикт приходит в его пределах.</translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of stdout; &quot;-&quot; or a device such as /dev/stdout writes it as a stream.</source>
        <translation>Записать отчёт в ФАЙЛ (атомарно) вместо stdout; «-» или устройство вроде /dev/stdout записывает его потоком.</translation>
    </message>
    <message>
        <source>--timeout is the budget of the whole check: between 1 and 600 seconds.</source>
        <translation>--timeout — бюджет всей проверки: от 1 до 600 секунд.</translation>
    </message>
    <message>
        <source>Standard input held %1 bytes; a GitHub token is a few hundred characters at most. Did you pipe a file instead of the token?</source>
        <translation>Стандартный ввод содержал %1 байт; токен GitHub — не больше нескольких сотен символов. Может быть, вместо токена передан файл?</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>Не удалось записать отчёт в %1: %2</translation>
    </message>
    <message>
        <source>Check every container package the token can list (yours and your organizations&apos;, through GitHub&apos;s packages API; needs read:packages) and print a table: which images this token can pull and push.</source>
        <translation>Проверить все пакеты контейнеров, которые токен может перечислить (ваши и ваших организаций, через API пакетов GitHub; нужен read:packages), и вывести таблицу: для каких образов этот токен может делать pull и push.</translation>
    </message>
    <message>
        <source>With --all-packages: list only this organization&apos;s (or your own login&apos;s) packages; repeat for several. Also names organizations the token cannot list by itself.</source>
        <translation>С --all-packages: перечислять только пакеты этой организации (или вашего логина); повторите для нескольких. Так же называются организации, которые токен не может перечислить сам.</translation>
    </message>
    <message>
        <source>Check the images in FILE (one OWNER/NAME[:TAG] a line, # starts a comment), e.g. when the token may not list packages.</source>
        <translation>Проверить образы из файла FILE (по одному OWNER/NAME[:TAG] в строке, # начинает комментарий), например когда токену нельзя перечислять пакеты.</translation>
    </message>
    <message>
        <source>Cannot read the images file %1: %2</source>
        <translation>Не удаётся прочитать файл образов %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>The images file %1 names no image.</source>
        <translation>В файле образов %1 нет ни одного образа.</translation>
    </message>
    <message>
        <source>--owner names whose packages --all-packages lists: add --all-packages.</source>
        <translation>--owner указывает, чьи пакеты перечисляет --all-packages: добавьте --all-packages.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n image(s)…</source>
        <translation>
            <numerusform>Проверен %1 из %n образа…</numerusform>
            <numerusform>Проверено %1 из %n образов…</numerusform>
            <numerusform>Проверено %1 из %n образов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Output format: text (default), json, markdown, html, pdf, or github (GitHub Actions: annotations, and the summary appended to $GITHUB_STEP_SUMMARY or to --output FILE; the default when GITHUB_ACTIONS=true).</source>
        <translation>Формат вывода: text (по умолчанию), json, markdown, html, pdf или github (GitHub Actions: аннотации и сводка, дописываемая в $GITHUB_STEP_SUMMARY или в --output ФАЙЛ; по умолчанию при GITHUB_ACTIONS=true).</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use text, json, markdown, html, pdf or github.</source>
        <translation>Неизвестный формат «%1»: используйте text, json, markdown, html, pdf или github.</translation>
    </message>
    <message>
        <source>Unknown operation “%1”: use login, pull, push or delete.</source>
        <translation>Неизвестная операция «%1»: используйте login, pull, push или delete.</translation>
    </message>
    <message>
        <source>The keychain holds tokens for several users of %1 (%2): add --user NAME.</source>
        <translation>В связке ключей есть токены нескольких пользователей %1 (%2): добавьте --user ИМЯ.</translation>
    </message>
    <message>
        <source>The keychain entry for %1 / %2 is empty.</source>
        <translation>Запись связки ключей для %1 / %2 пуста.</translation>
    </message>
    <message>
        <source>Use the token the window remembered in the operating system&apos;s keychain for --host (with --user when it remembers several).</source>
        <translation>Взять токен, который окно запомнило в связке ключей системы для --host (с --user, если запомнено несколько).</translation>
    </message>
    <message>
        <source>Use one of --token-stdin, --token-env and --token-keychain.</source>
        <translation>Используйте что-то одно: --token-stdin, --token-env или --token-keychain.</translation>
    </message>
    <message>
        <source>The keychain holds no token remembered for %1%2 (the window remembers one with “Remember token in the system keychain”).</source>
        <translation>В связке ключей нет токена, запомненного для %1%2 (окно запоминает его флажком «Запомнить токен в системной связке ключей»).</translation>
    </message>
    <message>
        <source>GitHub host: github.com or a GitHub Enterprise Server host (default github.com; the window: the last one checked).</source>
        <translation>Хост GitHub: github.com или хост GitHub Enterprise Server (по умолчанию github.com; в окне — последний проверенный).</translation>
    </message>
    <message>
        <source>Image to probe, OWNER/NAME[:TAG]. Without it only login is checked. Repeat it to check several images at once (check prints a table of every image; the window takes the last one).</source>
        <translation>Образ для проверки, OWNER/NAME[:TAG]. Без него проверяется только вход. Повторите параметр, чтобы проверить несколько образов сразу (check выводит таблицу по всем образам; окно берёт последний).</translation>
    </message>
    <message>
        <source>Operations to verify: any of login,pull,push,delete (default pull; the window: the last ones checked). Login is always checked; &quot;login&quot; alone checks nothing more. Push starts an empty upload and cancels it; nothing is written. Delete is judged from scopes only.</source>
        <translation>Операции для проверки: любые из login,pull,push,delete (по умолчанию pull; в окне — последние проверенные). Вход проверяется всегда; один «login» больше ничего не проверяет. Push начинает пустую загрузку и отменяет её; ничего не записывается. Delete оценивается только по областям доступа.</translation>
    </message>
    <message>
        <source>Read the token from environment variable VAR (never from the command line).</source>
        <translation>Прочитать токен из переменной окружения VAR (никогда из командной строки).</translation>
    </message>
    <message>
        <source>Not in GitHub Actions (GITHUB_ACTIONS is not “true”): the workflow commands and the job summary are printed here, and no workflow run was judged.</source>
        <translation>Запуск не в GitHub Actions (GITHUB_ACTIONS не равно «true»): команды рабочего процесса и сводка задания выводятся здесь, запуск рабочего процесса не оценивался.</translation>
    </message>
    <message>
        <source>Do not compare with the logins Docker, Podman (also Buildah, skopeo) and Helm saved for the registry (by default their config files are read and Docker&apos;s credential helper asked; only fingerprints are kept).</source>
        <translation>Не сравнивать со входами, сохранёнными Docker, Podman (а также Buildah, skopeo) и Helm для реестра (по умолчанию читаются их файлы конфигурации и опрашивается помощник учётных данных Docker; сохраняются только отпечатки).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more bad image reference(s).</source>
        <translation>
            <numerusform>…и ещё %n неверная ссылка на образ.</numerusform>
            <numerusform>…и ещё %n неверные ссылки на образы.</numerusform>
            <numerusform>…и ещё %n неверных ссылок на образы.</numerusform>
        </translation>
    </message>
    <message>
        <source>--image “%1”: %2</source>
        <translation>--image «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>Token to check</source>
        <translation>Проверяемый токен</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>Paste a personal access token: ghp_… or github_pat_…</source>
        <translation>Вставьте персональный токен доступа: ghp_… или github_pat_…</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>The GitHub token to diagnose. It is masked and never saved unless you tick “Remember token”, which stores it in the system keychain.</source>
        <translation>Проверяемый токен GitHub. Он скрыт и нигде не сохраняется, если не отметить «Запомнить токен» — тогда он хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>What the token looks like</source>
        <translation>Что известно о токене</translation>
    </message>
    <message>
        <source>Token format problems</source>
        <translation>Проблемы формата токена</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>optional: the token owner&apos;s login is used</source>
        <translation>необязательно: будет взято имя владельца токена</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>The user name for the registry login (docker login -u). Leave empty to use the login GitHub reports for the token.</source>
        <translation>Имя для входа в реестр (docker login -u). Оставьте пустым, чтобы взять логин, который GitHub сообщит для токена.</translation>
    </message>
    <message>
        <source>GitHu&amp;b host:</source>
        <translation>Хост &amp;GitHub:</translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation>Хост GitHub</translation>
    </message>
    <message>
        <source>github.com; the host of your GitHub Enterprise Server (API at https://HOST/api/v3, registry at containers.HOST); or SUBDOMAIN.ghe.com for GHE.com (API at https://api.SUBDOMAIN.ghe.com, registry at containers.SUBDOMAIN.ghe.com).</source>
        <translation>github.com; хост вашего GitHub Enterprise Server (API по адресу https://HOST/api/v3, реестр — containers.HOST); или SUBDOMAIN.ghe.com для GHE.com (API — https://api.SUBDOMAIN.ghe.com, реестр — containers.SUBDOMAIN.ghe.com).</translation>
    </message>
    <message>
        <source>Where the check goes</source>
        <translation>Куда идёт проверка</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Образ:</translation>
    </message>
    <message>
        <source>optional, OWNER/NAME[:TAG], e.g. octo-org/app:latest</source>
        <translation>необязательно, ВЛАДЕЛЕЦ/ИМЯ[:ТЕГ], например octo-org/app:latest</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>The image to probe for real. Without an image only the registry login is checked, and a login does not prove pull or push rights.</source>
        <translation>Образ для реальной проверки. Без образа проверяется только вход в реестр, а он не доказывает права на pull и push.</translation>
    </message>
    <message>
        <source>Verify:</source>
        <translation>Проверить:</translation>
    </message>
    <message>
        <source>Login is always checked. With no operation ticked only the login is checked.</source>
        <translation>Вход проверяется всегда. Если не отмечена ни одна операция, проверяется только вход.</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>Verify pull</source>
        <translation>Проверить pull</translation>
    </message>
    <message>
        <source>Asks the registry for a pull token and reads the image&apos;s manifest (HEAD). Nothing is downloaded.</source>
        <translation>Запрашивает у реестра токен на pull и читает манифест образа (HEAD). Ничего не скачивается.</translation>
    </message>
    <message>
        <source>Pu&amp;sh</source>
        <translation>Pus&amp;h</translation>
    </message>
    <message>
        <source>Verify push</source>
        <translation>Проверить push</translation>
    </message>
    <message>
        <source>Verifies push for real: starts an empty upload (POST /v2/OWNER/NAME/blobs/uploads/) and cancels it at once. No content is ever uploaded and nothing in the image changes; if the registry refuses the cancel, the empty upload expires by itself.</source>
        <translation>Проверяет push по-настоящему: начинает пустую загрузку (POST /v2/ВЛАДЕЛЕЦ/ИМЯ/blobs/uploads/) и сразу отменяет её. Никакие данные не загружаются, образ не меняется; если реестр не даёт отменить, пустая загрузка истечёт сама.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Delete (&amp;удаление)</translation>
    </message>
    <message>
        <source>Verify delete</source>
        <translation>Проверить delete</translation>
    </message>
    <message>
        <source>Judged from the token&apos;s scopes only: probing delete for real would delete something.</source>
        <translation>Оценивается только по областям доступа токена: настоящая проба удаления что-нибудь удалила бы.</translation>
    </message>
    <message>
        <source>&amp;Remember token in the system keychain</source>
        <translation>Запо&amp;мнить токен в системном хранилище</translation>
    </message>
    <message>
        <source>Remember token</source>
        <translation>Запомнить токен</translation>
    </message>
    <message>
        <source>After a check GitHub accepted, the token is stored in the operating system&apos;s keychain (Windows Credential Manager, macOS Keychain, Secret Service or KWallet) for this host and user, and loaded on the next start. It is never written anywhere else.</source>
        <translation>После проверки, которую GitHub принял, токен сохраняется в хранилище паролей системы (Диспетчер учётных данных Windows, Связка ключей macOS, Secret Service или KWallet) для этого хоста и пользователя и загружается при следующем запуске. Больше он нигде не записывается.</translation>
    </message>
    <message>
        <source>For&amp;get token</source>
        <translation>Заб&amp;ыть токен</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Забыть токен</translation>
    </message>
    <message>
        <source>Deletes the saved token for this host and user from the keychain.</source>
        <translation>Удаляет сохранённый токен этого хоста и пользователя из хранилища.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Дополнительные настройки</translation>
    </message>
    <message>
        <source>API URL, registry and extra CA certificates, for GitHub Enterprise Server and networks with their own TLS inspection.</source>
        <translation>URL API, реестр и дополнительные сертификаты УЦ — для GitHub Enterprise Server и сетей со своей TLS-инспекцией.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>Abort every request of the running check at once (Esc).</source>
        <translation>Сразу прервать все запросы текущей проверки (Esc).</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Провер&amp;ить токен</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Проверить токен</translation>
    </message>
    <message>
        <source>Ask the GitHub API and the container registry about this token (Enter, Ctrl+Return).</source>
        <translation>Спросить API GitHub и реестр контейнеров об этом токене (Enter, Ctrl+Return).</translation>
    </message>
    <message>
        <source>API UR&amp;L:</source>
        <translation>Адр&amp;ес API:</translation>
    </message>
    <message>
        <source>derived from the host: https://api.github.com or https://HOST/api/v3</source>
        <translation>по хосту: https://api.github.com или https://ХОСТ/api/v3</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL API</translation>
    </message>
    <message>
        <source>Registr&amp;y:</source>
        <translation>&amp;Реестр:</translation>
    </message>
    <message>
        <source>derived from the host: ghcr.io or containers.HOST</source>
        <translation>по хосту: ghcr.io или containers.ХОСТ</translation>
    </message>
    <message>
        <source>Registry host</source>
        <translation>Хост реестра</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Файл У&amp;Ц:</translation>
    </message>
    <message>
        <source>optional PEM file with extra CA certificates to trust</source>
        <translation>необязательный PEM-файл с дополнительными сертификатами УЦ</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Файл сертификатов УЦ</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Выбрать файл сертификатов УЦ</translation>
    </message>
    <message>
        <source>Co&amp;mpare with the stored logins for the registry</source>
        <translation>Сравнить с сохранёнными входами в &amp;этот реестр</translation>
    </message>
    <message>
        <source>Compare with the stored logins</source>
        <translation>Сравнить с сохранёнными входами</translation>
    </message>
    <message>
        <source>A different token stored by an earlier “docker login”, “podman login” or “helm registry login” makes that tool fail even when this token is fine. Reads Docker&apos;s, Podman&apos;s and Helm&apos;s configuration and asks their credential helpers; only fingerprints are compared, the stored token is never shown or kept.</source>
        <translation>Другой токен, сохранённый прежним «docker login», «podman login» или «helm registry login», приводит к ошибке этого инструмента, даже если этот токен в порядке. Читаются настройки Docker, Podman и Helm и опрашиваются их помощники учётных данных; сравниваются только отпечатки, сохранённый токен не показывается и не сохраняется.</translation>
    </message>
</context>
<context>
    <name>CheckRequest</name>
    <message>
        <source>“%1” is not a host name. Enter github.com or your GitHub Enterprise Server host, without https:// or a path.</source>
        <translation>«%1» — не имя хоста. Введите github.com или хост вашего GitHub Enterprise Server без https:// и пути.</translation>
    </message>
    <message>
        <source>The API URL “%1” is not a valid https:// URL.</source>
        <translation>URL API «%1» не является допустимым URL https://.</translation>
    </message>
    <message>
        <source>“%1” is not a GitHub user name: use letters, digits and hyphens.</source>
        <translation>«%1» — не имя пользователя GitHub: допустимы латинские буквы, цифры и дефисы.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 600 seconds.</source>
        <translation>Тайм-аут должен быть от 1 до 600 секунд.</translation>
    </message>
    <message>
        <source>Image names must be lower-case: use “%1”.</source>
        <translation>Имя образа должно быть в нижнем регистре: используйте «%1».</translation>
    </message>
    <message>
        <source>“%1” needs an owner: write OWNER/NAME, for example octocat/hello-world:latest.</source>
        <translation>В «%1» не указан владелец: пишите ВЛАДЕЛЕЦ/ИМЯ, например octocat/hello-world:latest.</translation>
    </message>
    <message>
        <source>“%1” is not an image reference. Write OWNER/NAME[:TAG], for example octocat/hello-world:latest.</source>
        <translation>«%1» — не ссылка на образ. Пишите ВЛАДЕЛЕЦ/ИМЯ[:ТЕГ], например octocat/hello-world:latest.</translation>
    </message>
    <message>
        <source>“%1” is not a registry host. Enter a host name or address with an optional port (1–65535), like ghcr.io, 127.0.0.1:5000 or [::1]:5000.</source>
        <translation>«%1» — не хост реестра. Введите имя хоста или адрес с необязательным портом (1–65535), например ghcr.io, 127.0.0.1:5000 или [::1]:5000.</translation>
    </message>
    <message>
        <source>“ghrc.io” is a typo of ghcr.io (GitHub Container Registry): Docker would try a host that is not GitHub&apos;s. Write ghcr.io/%1.</source>
        <translation>«ghrc.io» — опечатка в ghcr.io (GitHub Container Registry): Docker обратился бы к хосту, который не принадлежит GitHub. Пишите ghcr.io/%1.</translation>
    </message>
    <message>
        <source>docker.pkg.github.com (the old GitHub Packages Docker registry) was retired; images now live at ghcr.io/%1/%2. Nothing was probed for this reference.</source>
        <translation>docker.pkg.github.com (старый Docker-реестр GitHub Packages) выведен из эксплуатации; образы теперь находятся в ghcr.io/%1/%2. Для этой ссылки ничего не проверялось.</translation>
    </message>
    <message>
        <source>The image names the registry %1, but the registry checked is %2: a token for one says nothing about the other. Nothing was probed for this reference; set the registry to %1 to check it there.</source>
        <translation>Образ указывает на реестр %1, а проверяется реестр %2: токен для одного ничего не говорит о другом. Для этой ссылки ничего не проверялось; чтобы проверить её там, укажите реестр %1.</translation>
    </message>
    <message>
        <source>Image names must be lower-case: Docker refuses “%1” (“repository name must be lowercase”). Use “%2”; it was checked as that.</source>
        <translation>Имена образов должны быть в нижнем регистре: Docker отвергает «%1» («repository name must be lowercase»). Используйте «%2»; проверено именно так.</translation>
    </message>
    <message>
        <source>“%1” ends with “@” but no digest follows it. Write the digest (OWNER/NAME@sha256: and 64 hexadecimal digits) or leave out the “@” and give a tag (OWNER/NAME:TAG).</source>
        <translation>«%1» заканчивается на «@», но дайджеста после него нет. Напишите дайджест (ВЛАДЕЛЕЦ/ИМЯ@sha256: и 64 шестнадцатеричные цифры) или уберите «@» и укажите тег (ВЛАДЕЛЕЦ/ИМЯ:ТЕГ).</translation>
    </message>
    <message>
        <source>“%1” is not a digest: a digest is “sha256:” followed by exactly 64 hexadecimal digits (0–9, a–f), as “docker inspect” or the package&apos;s page shows it. Copy it whole, or give a tag instead (OWNER/NAME:TAG).</source>
        <translation>«%1» — не дайджест: дайджест — это «sha256:» и ровно 64 шестнадцатеричные цифры (0–9, a–f), как его показывают «docker inspect» или страница пакета. Скопируйте его целиком или укажите вместо него тег (ВЛАДЕЛЕЦ/ИМЯ:ТЕГ).</translation>
    </message>
    <message>
        <source>“%1” ends with “:” but no tag follows it. Write the tag (for example %2:1.0) or leave out the “:” to mean %2:latest.</source>
        <translation>«%1» заканчивается на «:», но тега после него нет. Напишите тег (например, %2:1.0) или уберите «:» — тогда это %2:latest.</translation>
    </message>
    <message>
        <source>“%1” is not a tag: a tag has 1 to 128 letters, digits, “_”, “.” and “-”, and does not start with “.” or “-” (for example %2:1.0 or %2:latest).</source>
        <translation>«%1» — не тег: тег состоит из 1–128 букв, цифр, «_», «.» и «-» и не начинается с «.» или «-» (например, %2:1.0 или %2:latest).</translation>
    </message>
    <message>
        <source>“%1” has an empty part (a “/” at its start or end, or “//”). Write OWNER/NAME[:TAG] with nothing empty between the slashes, for example octocat/hello-world:latest.</source>
        <translation>В «%1» есть пустая часть («/» в начале или в конце либо «//»). Пишите ВЛАДЕЛЕЦ/ИМЯ[:ТЕГ] без пустых частей между косыми чертами, например octocat/hello-world:latest.</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a valid name: use lower-case letters and digits, joined by single “.”, “_”, “__” or “-” (not at the start or the end), for example octocat/hello-world.</source>
        <translation>«%1» в «%2» — недопустимое имя: используйте строчные буквы и цифры, соединённые одиночными «.», «_», «__» или «-» (не в начале и не в конце), например octocat/hello-world.</translation>
    </message>
    <message>
        <source>“%1/” is the registry checked: the requests to it name OWNER/NAME[:TAG] alone.</source>
        <translation>«%1/» — проверяемый реестр: запросы к нему называют только OWNER/NAME[:TAG].</translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>; X-OAuth-Scopes empty (the token has no scopes)</source>
        <translation>; X-OAuth-Scopes пуст (у токена нет областей доступа)</translation>
    </message>
    <message>
        <source>; no X-OAuth-Scopes header</source>
        <translation>; заголовка X-OAuth-Scopes нет</translation>
    </message>
    <message>
        <source>token request → %1</source>
        <translation>запрос токена → %1</translation>
    </message>
    <message>
        <source>Token format</source>
        <translation>Формат токена</translation>
    </message>
    <message>
        <source>Offline analysis: %1, %2 characters</source>
        <translation>Офлайн-анализ: %1, символов: %2</translation>
    </message>
    <message>
        <source>, checksum valid</source>
        <translation>, контрольная сумма верна</translation>
    </message>
    <message>
        <source>, checksum mismatch</source>
        <translation>, контрольная сумма не совпадает</translation>
    </message>
    <message>
        <source>Copy the token again in one piece from where you saved it, or create a new one.</source>
        <translation>Скопируйте токен ещё раз целиком оттуда, где вы его сохранили, или создайте новый.</translation>
    </message>
    <message>
        <source>When you give the token to docker login, pass exactly the token: use --password-stdin and a command that adds no line break (see the fix steps).</source>
        <translation>Передавайте в docker login ровно сам токен: используйте --password-stdin и команду, которая не добавляет перевод строки (см. шаги исправления).</translation>
    </message>
    <message>
        <source>Well-formed, and its built-in checksum is valid.</source>
        <translation>Формат верный, встроенная контрольная сумма сходится.</translation>
    </message>
    <message>
        <source>Well-formed.</source>
        <translation>Формат верный.</translation>
    </message>
    <message>
        <source>GitHub accepts the token</source>
        <translation>GitHub принимает токен</translation>
    </message>
    <message>
        <source>GitHub accepted the token as %1.</source>
        <translation>GitHub принял токен пользователя %1.</translation>
    </message>
    <message>
        <source>GitHub rejected the token (401 %1): it was revoked, it expired, or it was mistyped.</source>
        <translation>GitHub отклонил токен (401 %1): он отозван, истёк или введён с ошибкой.</translation>
    </message>
    <message>
        <source>Create a new token (see the fix steps) and use it everywhere the old one was.</source>
        <translation>Создайте новый токен (см. шаги исправления) и замените им старый везде, где тот использовался.</translation>
    </message>
    <message>
        <source>GitHub recognised the token, but an organization&apos;s SAML single sign-on blocked the request.</source>
        <translation>GitHub распознал токен, но запрос заблокировал SAML SSO (единый вход) организации.</translation>
    </message>
    <message>
        <source>Check the GitHub host / API URL.</source>
        <translation>Проверьте хост GitHub / URL API.</translation>
    </message>
    <message>
        <source>Wait and check again; the registry&apos;s answer below does not depend on this.</source>
        <translation>Подождите и проверьте снова; ответ реестра ниже от этого не зависит.</translation>
    </message>
    <message>
        <source>Cancelled before GitHub answered.</source>
        <translation>Отменено до ответа GitHub.</translation>
    </message>
    <message>
        <source>Not asked: the token cannot be sent as it is (see Token format).</source>
        <translation>Не запрашивался: токен нельзя отправить в таком виде (см. «Формат токена»).</translation>
    </message>
    <message>
        <source>Could not ask GitHub: %1</source>
        <translation>Не удалось обратиться к GitHub: %1</translation>
    </message>
    <message>
        <source>Check your network connection, proxy and the API URL, then check again.</source>
        <translation>Проверьте сетевое подключение, прокси и URL API, затем проверьте снова.</translation>
    </message>
    <message>
        <source>Token kind</source>
        <translation>Тип токена</translation>
    </message>
    <message>
        <source>Create a personal access token (classic) instead (see the fix steps).</source>
        <translation>Создайте вместо него персональный токен доступа (classic) (см. шаги исправления).</translation>
    </message>
    <message>
        <source>%1: the kind of personal token GitHub Packages supports.</source>
        <translation>%1: тот вид персонального токена, который поддерживает GitHub Packages.</translation>
    </message>
    <message>
        <source>%1. GitHub documents that GitHub Packages does not support fine-grained tokens, and the registry refused it here.</source>
        <translation>%1. По документации GitHub, GitHub Packages не поддерживает fine-grained токены, и здесь реестр его отклонил.</translation>
    </message>
    <message>
        <source>%1. GitHub documents that GitHub Packages does not support fine-grained tokens; see the registry&apos;s answer for what it did here.</source>
        <translation>%1. По документации GitHub, GitHub Packages не поддерживает fine-grained токены; что реестр сделал здесь, показывает его ответ.</translation>
    </message>
    <message>
        <source>%1: a refresh token is never valid as a password; it only buys a new user token.</source>
        <translation>%1: refresh-токен никогда не годится как пароль; он нужен только для получения нового пользовательского токена.</translation>
    </message>
    <message>
        <source>%1. It works with the registry when it carries package scopes, but it belongs to an app and may be revoked with it; for Docker, a classic personal access token is the usual choice.</source>
        <translation>%1. Работает с реестром, если у него есть области доступа для пакетов, но он принадлежит приложению и может быть отозван вместе с ним; для Docker обычно берут классический персональный токен.</translation>
    </message>
    <message>
        <source>%1: it has no checksum, so typos cannot be caught offline. Consider replacing it.</source>
        <translation>%1: у него нет контрольной суммы, поэтому опечатки не обнаружить офлайн. Стоит его заменить.</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>Токен не указан.</translation>
    </message>
    <message>
        <source>Paste a token, or load the saved one from the keychain.</source>
        <translation>Вставьте токен или загрузите сохранённый из хранилища.</translation>
    </message>
    <message>
        <source>%1: this is not a GitHub token format we know.</source>
        <translation>%1: этот формат токена GitHub нам неизвестен.</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Срок действия токена</translation>
    </message>
    <message>
        <source>No GitHub-Authentication-Token-Expiration header</source>
        <translation>Заголовка GitHub-Authentication-Token-Expiration нет</translation>
    </message>
    <message>
        <source>The token expired on %1.</source>
        <translation>Срок действия токена истёк %1.</translation>
    </message>
    <message>
        <source>Create a new token (see the fix steps).</source>
        <translation>Создайте новый токен (см. шаги исправления).</translation>
    </message>
    <message>
        <source>The token expires on %1 (in %2 days).</source>
        <translation>Срок действия токена истекает %1 (осталось дней: %2).</translation>
    </message>
    <message>
        <source>Create a replacement soon and update every place that uses it.</source>
        <translation>Заранее создайте новый токен и замените им старый везде, где тот используется.</translation>
    </message>
    <message>
        <source>GitHub sent an expiry date we could not read: “%1”.</source>
        <translation>GitHub прислал дату истечения, которую не удалось разобрать: «%1».</translation>
    </message>
    <message>
        <source>GitHub tells no expiry for a token it rejects; an expired token is rejected exactly like this.</source>
        <translation>Для отклонённого токена GitHub не сообщает срок действия; истёкший токен отклоняется именно так.</translation>
    </message>
    <message>
        <source>The token has no expiry date.</source>
        <translation>У токена нет срока действия.</translation>
    </message>
    <message>
        <source>Unknown: the GitHub API check did not complete.</source>
        <translation>Неизвестно: проверка через API GitHub не завершилась.</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Область доступа %1</translation>
    </message>
    <message>
        <source>GitHub lists no scopes for this kind of token (no X-OAuth-Scopes header): its rights are set per repository/permission. The registry&apos;s answer is what counts.</source>
        <translation>Для такого типа токена GitHub не сообщает области доступа (нет заголовка X-OAuth-Scopes): его права задаются по репозиториям и разрешениям. Решает ответ реестра.</translation>
    </message>
    <message>
        <source>Unknown: GitHub did not tell the token&apos;s scopes.</source>
        <translation>Неизвестно: GitHub не сообщил области доступа токена.</translation>
    </message>
    <message>
        <source> The token also has “repo” (GitHub&apos;s form ticks it with write:packages): the registry does not need it, and it lets the token change all your repositories.</source>
        <translation> У токена есть и область «repo» (форма GitHub отмечает её вместе с write:packages): реестру она не нужна, а с ней токен может изменять все ваши репозитории.</translation>
    </message>
    <message>
        <source>Granted.</source>
        <translation>Выдана.</translation>
    </message>
    <message>
        <source>Granted (not needed for the operations you chose).</source>
        <translation>Выдана (не нужна для выбранных операций).</translation>
    </message>
    <message>
        <source>Not listed, but the registry accepted pull with write:packages alone: for this account, write implies read at the registry. The token works as it is; adding read:packages is harmless.</source>
        <translation>Не указана, но реестр разрешил pull с одной лишь write:packages: для этой учётной записи запись подразумевает чтение. Токен работает как есть; добавить read:packages не повредит.</translation>
    </message>
    <message>
        <source>Not listed, and the registry refused %1. The GitHub API treats write:packages as including read, but this registry may want read:packages explicitly — as the widely shared note says. Add read:packages.</source>
        <translation>Не указана, и реестр отказал в операции %1. API GitHub считает, что write:packages включает чтение, но этот реестр может требовать read:packages явно — как и говорится в известной заметке. Добавьте read:packages.</translation>
    </message>
    <message>
        <source>Not listed. GitHub&apos;s documentation says write:packages allows download too, but users report registries that want read:packages explicitly. Not verified: give an image to probe, or add read:packages to be safe.</source>
        <translation>Не указана. По документации GitHub, write:packages позволяет и pull, но пользователи сообщают о реестрах, которым read:packages нужна явно. Не проверено: укажите образ для пробы или на всякий случай добавьте read:packages.</translation>
    </message>
    <message>
        <source>Not granted; not needed for the operations you chose.</source>
        <translation>Не выдана; для выбранных операций не нужна.</translation>
    </message>
    <message>
        <source>Not listed, yet the registry allowed %1. GitHub may grant it another way (an organization or app permission); add the scope so the token does not depend on that.</source>
        <translation>Не указана, но реестр разрешил операцию %1. GitHub может давать это право иначе (через разрешения организации или приложения); добавьте область доступа, чтобы токен от этого не зависел.</translation>
    </message>
    <message>
        <source>Missing: %1 needs %2.</source>
        <translation>Отсутствует: для %1 нужна %2.</translation>
    </message>
    <message>
        <source>Organization SSO</source>
        <translation>SSO организации</translation>
    </message>
    <message>
        <source>An organization uses SAML single sign-on and this token is not authorized for it.</source>
        <translation>Организация использует SAML SSO (единый вход), а этот токен для неё не авторизован.</translation>
    </message>
    <message>
        <source>On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO → Authorize.</source>
        <translation>На GitHub: Settings → Developer settings → Personal access tokens → Configure SSO → Authorize.</translation>
    </message>
    <message>
        <source>Open the authorization link in the fix steps (it expires after an hour; check again for a fresh one).</source>
        <translation>Откройте ссылку авторизации из шагов исправления (она действует час; чтобы получить новую, проверьте снова).</translation>
    </message>
    <message numerus="yes">
        <source>GitHub left out results from %n organization(s) that need SSO authorization for this token (ids %1). Images owned by them will be refused until you authorize the token.</source>
        <translation>
            <numerusform>GitHub не показал результаты из %n организации, которой нужна авторизация этого токена в SSO (ID: %1). Доступ к её образам будет запрещён, пока вы не авторизуете токен.</numerusform>
            <numerusform>GitHub не показал результаты из %n организаций, которым нужна авторизация этого токена в SSO (ID: %1). Доступ к их образам будет запрещён, пока вы не авторизуете токен.</numerusform>
            <numerusform>GitHub не показал результаты из %n организаций, которым нужна авторизация этого токена в SSO (ID: %1). Доступ к их образам будет запрещён, пока вы не авторизуете токен.</numerusform>
        </translation>
    </message>
    <message>
        <source>No organization asked for SSO authorization.</source>
        <translation>Ни одна организация не запросила авторизацию SSO.</translation>
    </message>
    <message>
        <source>Registry: login</source>
        <translation>Реестр: вход</translation>
    </message>
    <message>
        <source>Not attempted.</source>
        <translation>Не выполнялся.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>; token request as %1 → %2</source>
        <translation>; запрос токена от имени %1 → %2</translation>
    </message>
    <message>
        <source>The registry accepted the login as %1.</source>
        <translation>Реестр принял вход пользователя %1.</translation>
    </message>
    <message>
        <source>The registry refused the login (%1%2).</source>
        <translation>Реестр отказал во входе (%1%2).</translation>
    </message>
    <message>
        <source>Could not tell: %1</source>
        <translation>Не удалось определить: %1</translation>
    </message>
    <message>
        <source>Check the registry host, your network and TLS settings, then check again.</source>
        <translation>Проверьте хост реестра, сеть и настройки TLS, затем проверьте снова.</translation>
    </message>
    <message>
        <source>Registry: pull</source>
        <translation>Реестр: pull</translation>
    </message>
    <message>
        <source>Registry: push</source>
        <translation>Реестр: push</translation>
    </message>
    <message>
        <source>Not requested.</source>
        <translation>Не запрошено.</translation>
    </message>
    <message>
        <source>Add %1 to the token (see the fix steps).</source>
        <translation>Добавьте токену %1 (см. шаги исправления).</translation>
    </message>
    <message>
        <source>Authorize the token for the organization&apos;s SSO (see the fix steps).</source>
        <translation>Авторизуйте токен в SSO организации (см. шаги исправления).</translation>
    </message>
    <message>
        <source>The registry refused the credentials themselves (see Registry: login): use a valid classic token with the package scopes.</source>
        <translation>Реестр отклонил сами учётные данные (см. «Реестр: вход»): используйте действующий классический токен с областями доступа для пакетов.</translation>
    </message>
    <message>
        <source>Check the registry and your network, then check again.</source>
        <translation>Проверьте реестр и сеть, затем проверьте снова.</translation>
    </message>
    <message>
        <source>Check the image name: OWNER/NAME must exist and be visible to this account.</source>
        <translation>Проверьте имя образа: ВЛАДЕЛЕЦ/ИМЯ должен существовать и быть виден этой учётной записи.</translation>
    </message>
    <message>
        <source>Registry: delete</source>
        <translation>Реестр: delete</translation>
    </message>
    <message>
        <source>Judged from scopes only (never probed: probing would delete)</source>
        <translation>Только по областям доступа (без пробы: проба удалила бы данные)</translation>
    </message>
    <message>
        <source>Cannot be judged: GitHub lists no scopes for this token, and delete is never probed.</source>
        <translation>Оценить нельзя: GitHub не сообщает области доступа этого токена, а delete никогда не проверяется пробой.</translation>
    </message>
    <message>
        <source>The token has delete:packages (with read:packages as GitHub documents): delete should be allowed if your account may administer the package. Judged from scopes only.</source>
        <translation>У токена есть delete:packages (вместе с read:packages, как указано в документации GitHub): удаление должно быть разрешено, если ваша учётная запись может администрировать пакет. Оценено только по областям доступа.</translation>
    </message>
    <message>
        <source>Delete needs delete:packages together with read:packages; the token lacks %1.</source>
        <translation>Для удаления нужна delete:packages вместе с read:packages; у токена нет %1.</translation>
    </message>
    <message>
        <source>Create a token with the scopes listed in the fix steps.</source>
        <translation>Создайте токен с областями доступа из шагов исправления.</translation>
    </message>
    <message>
        <source>Create a personal access token (classic) with exactly these scopes: %1</source>
        <translation>Создайте персональный токен доступа (classic) ровно с этими областями доступа: %1</translation>
    </message>
    <message>
        <source>The link opens GitHub&apos;s form with only these boxes ticked. Do not tick “repo”: the registry does not need it. Choose an expiry, generate, and copy the token once.</source>
        <translation>Ссылка открывает форму GitHub, где отмечены только эти пункты. Не отмечайте «repo»: реестру эта область не нужна. Выберите срок действия, сгенерируйте токен и скопируйте его — GitHub покажет его только один раз.</translation>
    </message>
    <message>
        <source>Authorize the token for your organization&apos;s single sign-on</source>
        <translation>Авторизуйте токен в SSO вашей организации</translation>
    </message>
    <message>
        <source>On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO next to the token → Authorize.</source>
        <translation>На GitHub: Settings → Developer settings → Personal access tokens → Configure SSO рядом с токеном → Authorize.</translation>
    </message>
    <message>
        <source>Open the link and approve. It expires an hour after the check; check again for a new one.</source>
        <translation>Откройте ссылку и подтвердите. Она действует час после проверки; чтобы получить новую, проверьте снова.</translation>
    </message>
    <message>
        <source>Check who may use the package %1</source>
        <translation>Проверьте, кому доступен пакет %1</translation>
    </message>
    <message>
        <source>Check the image name %1</source>
        <translation>Проверьте имя образа %1</translation>
    </message>
    <message>
        <source>Wait until %1 and check again</source>
        <translation>Подождите до %1 и проверьте снова</translation>
    </message>
    <message>
        <source>Wait a while and check again</source>
        <translation>Подождите немного и проверьте снова</translation>
    </message>
    <message>
        <source>GitHub is refusing requests from here for now; the token may be fine.</source>
        <translation>GitHub пока отклоняет запросы с этого адреса; сам токен может быть в порядке.</translation>
    </message>
    <message>
        <source>Check the connection to GitHub and the registry</source>
        <translation>Проверьте подключение к GitHub и реестру</translation>
    </message>
    <message>
        <source>The check could not complete. Check your network and proxy; if your network inspects TLS or uses a private certificate authority, pass its certificate (--ca-file, or the CA file in the window&apos;s advanced settings).</source>
        <translation>Проверку не удалось завершить. Проверьте сеть и прокси; если ваша сеть инспектирует TLS или использует собственный удостоверяющий центр, передайте его сертификат (--ca-file или файл УЦ в дополнительных настройках окна).</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>The token is malformed: %1</source>
        <translation>Неверный формат токена: %1</translation>
    </message>
    <message>
        <source>GitHub rejected the token (401): it is revoked, expired or mistyped — create a new one.</source>
        <translation>GitHub отклонил токен (401): он отозван, истёк или введён с ошибкой — создайте новый.</translation>
    </message>
    <message>
        <source>The token has expired: create a new one.</source>
        <translation>Срок действия токена истёк: создайте новый.</translation>
    </message>
    <message>
        <source>Login to %1 will fail: the registry refused the token (%2%3).</source>
        <translation>Вход в %1 не удастся: реестр отклонил токен (%2%3).</translation>
    </message>
    <message>
        <source>Pull and push will fail</source>
        <translation>Pull и push не пройдут</translation>
    </message>
    <message>
        <source>Push will fail</source>
        <translation>Push не пройдёт</translation>
    </message>
    <message>
        <source>Pull will fail</source>
        <translation>Pull не пройдёт</translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3; enable %4.</source>
        <translation>%1: реестр отказал с кодом %2%3; включите %4.</translation>
    </message>
    <message>
        <source>%1: the registry refused with %2; authorize the token for your organization&apos;s SSO.</source>
        <translation>%1: реестр отказал с кодом %2; авторизуйте токен в SSO вашей организации.</translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3, and GitHub did not list the token&apos;s scopes; use a classic token with the package scopes.</source>
        <translation>%1: реестр отказал с кодом %2%3, а GitHub не сообщил области доступа токена; используйте классический токен с областями доступа для пакетов.</translation>
    </message>
    <message>
        <source>An organization&apos;s SSO blocks this token: authorize it.</source>
        <translation>SSO организации блокирует этот токен: авторизуйте его.</translation>
    </message>
    <message>
        <source>The check could not complete: %1</source>
        <translation>Проверку не удалось завершить: %1</translation>
    </message>
    <message>
        <source> (write:packages alone was enough here.)</source>
        <translation> (Здесь хватило одной write:packages.)</translation>
    </message>
    <message>
        <source> GitHub&apos;s API could not be asked about the token: %1</source>
        <translation> Не удалось спросить API GitHub о токене: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>the %1 credential helper (%2)</source>
        <translation>помощник учётных данных %1 (%2)</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Прочитан %1</translation>
    </message>
    <message>
        <source>Not compared (turned off).</source>
        <translation>Не сравнивалось (отключено).</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Не удалось сравнить: %1</translation>
    </message>
    <message>
        <source>organization %1 forbids classic personal access tokens</source>
        <translation>организация %1 запрещает классические персональные токены</translation>
    </message>
    <message>
        <source>In Actions use the GITHUB_TOKEN; otherwise ask the organization&apos;s owners to allow classic tokens.</source>
        <translation>В Actions используйте GITHUB_TOKEN; иначе попросите владельцев организации разрешить классические токены.</translation>
    </message>
    <message>
        <source>the token lacks %1</source>
        <translation>у токена нет %1</translation>
    </message>
    <message>
        <source>Create a token with %1.</source>
        <translation>Создайте токен с %1.</translation>
    </message>
    <message>
        <source>the registry refused (%1%2)</source>
        <translation>реестр отказал (%1%2)</translation>
    </message>
    <message>
        <source>Grant the token&apos;s account access in Manage access (the package&apos;s settings).</source>
        <translation>Дайте учётной записи токена доступ в Manage access (настройки пакета).</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>Packages: listing</source>
        <translation>Пакеты: список</translation>
    </message>
    <message>
        <source>your account</source>
        <translation>ваша учётная запись</translation>
    </message>
    <message>
        <source>Not listed: the images were given (--image, --images-file).</source>
        <translation>Список не запрашивался: образы заданы (--image, --images-file).</translation>
    </message>
    <message numerus="yes">
        <source>Listed %n container package(s)</source>
        <translation>
            <numerusform>Найден %n пакет контейнеров</numerusform>
            <numerusform>Найдено %n пакета контейнеров</numerusform>
            <numerusform>Найдено %n пакетов контейнеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> of %n owner(s).</source>
        <translation>
            <numerusform> у %n владельца.</numerusform>
            <numerusform> у %n владельцев.</numerusform>
            <numerusform> у %n владельцев.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations could not be listed: %1 (name them with --owner).</source>
        <translation>Не удалось получить список организаций: %1 (укажите их через --owner).</translation>
    </message>
    <message numerus="yes">
        <source>Listed %n container package(s); not every owner could be listed.</source>
        <translation>
            <numerusform>Найден %n пакет контейнеров; не у всех владельцев удалось получить список.</numerusform>
            <numerusform>Найдено %n пакета контейнеров; не у всех владельцев удалось получить список.</numerusform>
            <numerusform>Найдено %n пакетов контейнеров; не у всех владельцев удалось получить список.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the token read:packages (and the organizations&apos; SSO authorization), or name the images with --image / --images-file.</source>
        <translation>Дайте токену read:packages (и авторизацию SSO организаций) или перечислите образы через --image / --images-file.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refuse push: %1</source>
        <translation>
            <numerusform>%n пакет отказывает в push: %1</numerusform>
            <numerusform>%n пакета отказывают в push: %1</numerusform>
            <numerusform>%n пакетов отказывают в push: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) refuse pull: %1</source>
        <translation>
            <numerusform>%n пакет отказывает в pull: %1</numerusform>
            <numerusform>%n пакета отказывают в pull: %1</numerusform>
            <numerusform>%n пакетов отказывают в pull: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot list packages — %2</source>
        <translation>%1: не удаётся получить список пакетов — %2</translation>
    </message>
    <message numerus="yes">
        <source>pull works on %1 of %n image(s)</source>
        <translation>
            <numerusform>pull работает для %1 из %n образа</numerusform>
            <numerusform>pull работает для %1 из %n образов</numerusform>
            <numerusform>pull работает для %1 из %n образов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>push works on %1 of %n image(s)</source>
        <translation>
            <numerusform>push работает для %1 из %n образа</numerusform>
            <numerusform>push работает для %1 из %n образов</numerusform>
            <numerusform>push работает для %1 из %n образов</numerusform>
        </translation>
    </message>
    <message>
        <source>No image to check: %1</source>
        <translation>Нечего проверять: %1</translation>
    </message>
    <message>
        <source>Offline analysis of the token&apos;s prefix and shape (%1)</source>
        <translation>Офлайн-анализ префикса и формы токена (%1)</translation>
    </message>
    <message>
        <source>%1. It carries the app&apos;s fine-grained permissions, and GHCR refuses those as it refuses fine-grained tokens (inferred: no report of one working).</source>
        <translation>%1. Он несёт детальные разрешения приложения, а GHCR отвергает их так же, как детальные токены (предположение: нет сведений, что такой токен работает).</translation>
    </message>
    <message>
        <source>%1, in the stateless format GitHub uses since April 2026 (no built-in checksum).</source>
        <translation>%1 в stateless-формате, который GitHub использует с апреля 2026 года (без встроенной контрольной суммы).</translation>
    </message>
    <message>
        <source>In GitHub Actions it can pull and push only with “permissions: packages: read/write” in the workflow and Actions access on the package; a third-party GitHub App&apos;s installation token cannot use GHCR&apos;s private packages at all.</source>
        <translation>В GitHub Actions он может делать pull и push только с «permissions: packages: read/write» в workflow и доступом Actions к пакету; токен установки стороннего GitHub App вообще не может работать с приватными пакетами GHCR.</translation>
    </message>
    <message>
        <source>The token expires on %1 (within a day).</source>
        <translation>Срок действия токена истекает %1 (меньше чем через сутки).</translation>
    </message>
    <message>
        <source>Tick the missing scope on the token&apos;s page on GitHub (the token&apos;s value stays the same), or create a token with the scopes listed in the fix steps.</source>
        <translation>Отметьте недостающую область доступа на странице токена на GitHub (значение токена не изменится) или создайте токен с областями доступа, перечисленными в шагах исправления.</translation>
    </message>
    <message>
        <source>Organization policy</source>
        <translation>Политика организации</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>%1 forbids access with a personal access token (classic). GHCR does not accept fine-grained tokens either, so no personal access token works for this organization&apos;s packages, whatever its scopes.</source>
        <translation>%1 запрещает доступ с классическим персональным токеном. Детальные токены GHCR тоже не принимает, так что к пакетам этой организации не подойдёт ни один персональный токен, какие бы у него ни были области доступа.</translation>
    </message>
    <message>
        <source>In GitHub Actions use the workflow&apos;s GITHUB_TOKEN with “permissions: packages: write”; elsewhere ask the organization&apos;s owners (see the fix steps).</source>
        <translation>В GitHub Actions используйте GITHUB_TOKEN workflow с «permissions: packages: write»; в остальных случаях обратитесь к владельцам организации (см. шаги исправления).</translation>
    </message>
    <message numerus="yes">
        <source>%1 forbids personal access tokens whose lifetime is longer than %n day(s); this token&apos;s is longer.</source>
        <translation>
            <numerusform>%1 запрещает персональные токены со сроком действия больше %n дня; у этого токена срок больше.</numerusform>
            <numerusform>%1 запрещает персональные токены со сроком действия больше %n дней; у этого токена срок больше.</numerusform>
            <numerusform>%1 запрещает персональные токены со сроком действия больше %n дней; у этого токена срок больше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the token an expiry at most %n day(s) away, or create one with such an expiry (see the fix steps).</source>
        <translation>
            <numerusform>Задайте токену срок действия не более %n дня или создайте токен с таким сроком (см. шаги исправления).</numerusform>
            <numerusform>Задайте токену срок действия не более %n дней или создайте токен с таким сроком (см. шаги исправления).</numerusform>
            <numerusform>Задайте токену срок действия не более %n дней или создайте токен с таким сроком (см. шаги исправления).</numerusform>
        </translation>
    </message>
    <message>
        <source>Neither GitHub nor the registry reported an organization policy against this token.</source>
        <translation>Ни GitHub, ни реестр не сообщили о политике организации против этого токена.</translation>
    </message>
    <message>
        <source>Not determinable: neither GitHub nor the registry gave an answer to read it from.</source>
        <translation>Определить нельзя: ни GitHub, ни реестр не дали ответа, из которого это можно понять.</translation>
    </message>
    <message>
        <source>Image reference</source>
        <translation>Ссылка на образ</translation>
    </message>
    <message>
        <source>No image given.</source>
        <translation>Образ не указан.</translation>
    </message>
    <message>
        <source>As typed: %1</source>
        <translation>Как введено: %1</translation>
    </message>
    <message>
        <source>; checked as %1</source>
        <translation>; проверено как %1</translation>
    </message>
    <message>
        <source>Use the reference exactly as written in the fix steps, in lower case, with the registry&apos;s host in front for Docker (%1/OWNER/NAME:TAG).</source>
        <translation>Используйте ссылку точно так, как она написана в шагах исправления: в нижнем регистре, а для Docker — с хостом реестра впереди (%1/OWNER/NAME:TAG).</translation>
    </message>
    <message>
        <source> Tags that exist: %1.</source>
        <translation> Существующие теги: %1.</translation>
    </message>
    <message>
        <source>The registry does not know the repository %1 (404 %2): docker pull of this reference fails. It may not exist yet, or it may be hidden from this account.</source>
        <translation>Реестр не знает репозиторий %1 (404 %2): docker pull этой ссылки не сработает. Возможно, его ещё нет или он скрыт от этой учётной записи.</translation>
    </message>
    <message>
        <source>Check the owner and the name: OWNER/NAME of an existing package.</source>
        <translation>Проверьте владельца и имя: OWNER/NAME существующего пакета.</translation>
    </message>
    <message>
        <source>%1 has no manifest for “%2” (404 MANIFEST_UNKNOWN): docker pull of exactly this reference fails with “manifest unknown”. The token may pull this repository (see Registry: pull); the reference is what is wrong.</source>
        <translation>У %1 нет манифеста для «%2» (404 MANIFEST_UNKNOWN): docker pull именно этой ссылки завершится ошибкой «manifest unknown». Токен, возможно, может делать pull из этого репозитория (см. Реестр: pull); ошибка в самой ссылке.</translation>
    </message>
    <message>
        <source>Use a tag or digest that exists (see the fix steps).</source>
        <translation>Используйте существующий тег или дайджест (см. шаги исправления).</translation>
    </message>
    <message>
        <source>The registry has %1.</source>
        <translation>В реестре есть %1.</translation>
    </message>
    <message>
        <source>%1 is a valid reference; whether it exists could not be seen (the pull probe gave no answer about it).</source>
        <translation>%1 — корректная ссылка; существует ли она, выяснить не удалось (проверка pull не дала ответа).</translation>
    </message>
    <message>
        <source>%1 is a valid reference; whether it exists was not looked up (pull was not requested).</source>
        <translation>%1 — корректная ссылка; её существование не проверялось (pull не запрашивался).</translation>
    </message>
    <message>
        <source> Login alone proves nothing about pull or push — ghcr.io hands out a login token for nearly any credentials. Name an image to probe them for real.</source>
        <translation> Один вход ничего не доказывает о pull или push — ghcr.io выдаёт токен входа почти для любых учётных данных. Укажите образ, чтобы проверить их по-настоящему.</translation>
    </message>
    <message>
        <source>An organization policy refuses this token, not its scopes (see Organization policy).</source>
        <translation>Этот токен отвергает политика организации, а не его области доступа (см. Политика организации).</translation>
    </message>
    <message>
        <source>GHCR does not accept this kind of token at all: use a personal access token (classic) with the package scopes, or the GITHUB_TOKEN inside GitHub Actions.</source>
        <translation>GHCR вообще не принимает такой вид токена: используйте классический персональный токен с областями доступа для пакетов или GITHUB_TOKEN внутри GitHub Actions.</translation>
    </message>
    <message>
        <source>For the Actions GITHUB_TOKEN: add “permissions: packages: write” (or read) to the workflow, and give the workflow&apos;s repository access in the package&apos;s “Manage Actions access”. A third-party GitHub App&apos;s installation token cannot use GHCR&apos;s private packages at all — a platform limitation no setting changes.</source>
        <translation>Для GITHUB_TOKEN в Actions: добавьте в workflow «permissions: packages: write» (или read) и дайте репозиторию workflow доступ в разделе «Manage Actions access» пакета. Токен установки стороннего GitHub App вообще не может работать с приватными пакетами GHCR — это ограничение платформы, которое не меняется никакой настройкой.</translation>
    </message>
    <message>
        <source>GitHub did not tell this token&apos;s scopes (see GitHub accepts the token): check on GitHub that it has read:packages (and write:packages to push).</source>
        <translation>GitHub не сообщил области доступа этого токена (см. GitHub принимает токен): проверьте на GitHub, что у него есть read:packages (и write:packages для push).</translation>
    </message>
    <message>
        <source>GitHub did not tell the token&apos;s scopes, so the cause cannot be narrowed down: use a classic token with the package scopes (see the fix steps).</source>
        <translation>GitHub не сообщил области доступа токена, поэтому сузить причину нельзя: используйте классический токен с областями доступа для пакетов (см. шаги исправления).</translation>
    </message>
    <message>
        <source>The token has the package scopes GitHub lists, so the refusal comes from the package itself: check its access settings (see the fix steps).</source>
        <translation>У токена есть области доступа для пакетов, которые перечисляет GitHub, значит, отказ исходит от самого пакета: проверьте его настройки доступа (см. шаги исправления).</translation>
    </message>
    <message>
        <source> The registry refused to create the package: the namespace %1 belongs to another account, or the organization does not let you create packages.</source>
        <translation> Реестр отказался создать пакет: пространство имён %1 принадлежит другой учётной записи или организация не разрешает вам создавать пакеты.</translation>
    </message>
    <message>
        <source> Your account (or the workflow&apos;s repository) lacks write access to this package.</source>
        <translation> У вашей учётной записи (или репозитория workflow) нет права записи в этот пакет.</translation>
    </message>
    <message>
        <source> Signed in, but this account has no access to this package (Docker shows only a bare “unauthorized”).</source>
        <translation> Вход выполнен, но у этой учётной записи нет доступа к этому пакету (Docker показывает лишь голое «unauthorized»).</translation>
    </message>
    <message>
        <source> An installation token was refused: in Actions the workflow lacks “permissions: packages: write” or Actions access to the package; a third-party GitHub App cannot write GHCR packages at all.</source>
        <translation> Токен установки отвергнут: в Actions у workflow нет «permissions: packages: write» или доступа Actions к пакету; сторонний GitHub App вообще не может записывать пакеты GHCR.</translation>
    </message>
    <message>
        <source> GHCR says this to every %1, whatever its permissions: it does not accept this kind of token.</source>
        <translation> GHCR отвечает так на любой %1, какими бы ни были его разрешения: такой вид токена он не принимает.</translation>
    </message>
    <message>
        <source> The registry says the token&apos;s scopes do not fit: a package scope is missing.</source>
        <translation> Реестр сообщает, что области доступа токена не подходят: не хватает области доступа для пакетов.</translation>
    </message>
    <message>
        <source>Not verified: the image cannot be probed on %1 (see Image reference).</source>
        <translation>Не проверено: образ нельзя проверить на %1 (см. Ссылка на образ).</translation>
    </message>
    <message>
        <source>Not verified: name an image (OWNER/NAME[:TAG]) to test %1 for real.</source>
        <translation>Не проверено: укажите образ (OWNER/NAME[:TAG]), чтобы по-настоящему проверить %1.</translation>
    </message>
    <message>
        <source>Enter an image to probe, or ask for login only (--ops login, or untick pull and push).</source>
        <translation>Введите образ для проверки или запросите только вход (--ops login или снимите отметки pull и push).</translation>
    </message>
    <message>
        <source>But %1 is public: the registry lets anyone pull it, with any bearer or none, so this proves nothing about the token.</source>
        <translation>Но %1 публичный: реестр разрешает pull кому угодно, с любым bearer-токеном или без него, так что это ничего не доказывает о токене.</translation>
    </message>
    <message>
        <source>To test the token&apos;s pull right, name a private image.</source>
        <translation>Чтобы проверить право токена на pull, укажите приватный образ.</translation>
    </message>
    <message>
        <source>Not verified: the registry step stopped earlier (see Registry: login).</source>
        <translation>Не проверено: проверка реестра остановилась раньше (см. Реестр: вход).</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Не проверено: %1</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>организация</translation>
    </message>
    <message numerus="yes">
        <source>Give the token a lifetime of at most %n day(s)</source>
        <translation>
            <numerusform>Задайте токену срок действия не более %n дня</numerusform>
            <numerusform>Задайте токену срок действия не более %n дней</numerusform>
            <numerusform>Задайте токену срок действия не более %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refuses personal access tokens that live longer. Set a shorter expiry where GitHub says (the link), or create a token with such an expiry and the same scopes.</source>
        <translation>%1 отвергает персональные токены с более долгим сроком действия. Задайте более короткий срок там, где указывает GitHub (ссылка), или создайте токен с таким сроком и теми же областями доступа.</translation>
    </message>
    <message>
        <source>In GitHub Actions, use the workflow&apos;s GITHUB_TOKEN instead of a personal token</source>
        <translation>В GitHub Actions используйте GITHUB_TOKEN workflow вместо персонального токена</translation>
    </message>
    <message>
        <source>%1 forbids classic personal access tokens and GHCR refuses fine-grained ones, so no personal token works. In a workflow of a repository of %1: give the job “permissions: { contents: read, packages: write }” and log in with the user ${{ github.actor }} and the password ${{ secrets.GITHUB_TOKEN }}; the package must grant that repository access (“Manage Actions access”).</source>
        <translation>%1 запрещает классические персональные токены, а GHCR отвергает детальные, так что ни один персональный токен не подойдёт. В workflow репозитория %1: дайте job «permissions: { contents: read, packages: write }» и входите с пользователем ${{ github.actor }} и паролем ${{ secrets.GITHUB_TOKEN }}; пакет должен предоставлять доступ этому репозиторию («Manage Actions access»).</translation>
    </message>
    <message>
        <source>Outside Actions: try an OAuth app token (unconfirmed)</source>
        <translation>Вне Actions: попробуйте токен OAuth-приложения (не подтверждено)</translation>
    </message>
    <message>
        <source>An OAuth app&apos;s token (gho_…) with read:packages/write:packages may pass this policy — GitHub&apos;s policy names OAuth apps as allowed, but no report confirms it for GHCR. Check it here before relying on it.</source>
        <translation>Токен OAuth-приложения (gho_…) с read:packages/write:packages может пройти эту политику — в политике GitHub OAuth-приложения названы разрешёнными, но для GHCR это никто не подтвердил. Проверьте его здесь, прежде чем на него полагаться.</translation>
    </message>
    <message>
        <source>Ask the owners of %1 about the personal access token policy</source>
        <translation>Спросите владельцев %1 о политике персональных токенов</translation>
    </message>
    <message>
        <source>Only the organization&apos;s owners can allow classic tokens again (Organization settings → Personal access tokens) or suggest another way in. Scopes and package settings cannot fix this.</source>
        <translation>Только владельцы организации могут снова разрешить классические токены (Organization settings → Personal access tokens) или предложить другой способ доступа. Области доступа и настройки пакета этого не исправят.</translation>
    </message>
    <message>
        <source>Write the image as %1/%2</source>
        <translation>Пишите образ как %1/%2</translation>
    </message>
    <message>
        <source>Names are lower case; the host goes before OWNER/NAME in Docker commands and is left out in GHCR Doctor&apos;s image field.</source>
        <translation>Имена пишутся в нижнем регистре; в командах Docker хост ставится перед OWNER/NAME, а в поле образа GHCR Doctor его не указывают.</translation>
    </message>
    <message>
        <source>Use a tag that exists in %1</source>
        <translation>Используйте тег, существующий в %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” does not exist. Tags the registry lists (first %n): %2.</source>
        <translation>
            <numerusform>«%1» не существует. Теги, которые перечисляет реестр (первый %n): %2.</numerusform>
            <numerusform>«%1» не существует. Теги, которые перечисляет реестр (первые %n): %2.</numerusform>
            <numerusform>«%1» не существует. Теги, которые перечисляет реестр (первые %n): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry does not know this reference. Names are OWNER/NAME in lower case; the owner is the user or organization that owns the package.</source>
        <translation>Реестр не знает эту ссылку. Имена записываются как OWNER/NAME в нижнем регистре; владелец — пользователь или организация, которой принадлежит пакет.</translation>
    </message>
    <message>
        <source>Give the workflow&apos;s GITHUB_TOKEN the packages permission</source>
        <translation>Дайте GITHUB_TOKEN workflow разрешение packages</translation>
    </message>
    <message>
        <source>Add “permissions: { contents: read, packages: write }” to the job (or the workflow); new repositories get a read-only GITHUB_TOKEN by default. A pull request from a fork always gets a read-only token and no secrets.</source>
        <translation>Добавьте «permissions: { contents: read, packages: write }» к job (или ко всему workflow); новые репозитории по умолчанию получают GITHUB_TOKEN только для чтения. Pull request из форка всегда получает токен только для чтения и без секретов.</translation>
    </message>
    <message>
        <source>Grant the workflow&apos;s repository access to the package %1</source>
        <translation>Дайте репозиторию workflow доступ к пакету %1</translation>
    </message>
    <message>
        <source>Package settings → “Manage Actions access” → add the repository with the Write role. A package first pushed with a personal token is linked to no repository. The link is for a user-owned package; for an organization use %1.</source>
        <translation>Настройки пакета → «Manage Actions access» → добавьте репозиторий с ролью Write. Пакет, первый push в который сделан персональным токеном, не связан ни с одним репозиторием. Ссылка — для пакета пользователя; для организации используйте %1.</translation>
    </message>
    <message>
        <source>GitHub lists the package scopes the token needs, so the package&apos;s own settings refuse it. Open the package settings → “Manage access”: give your account Read (pull) or Write (push). For GitHub Actions: “Manage Actions access” must list the workflow&apos;s repository, and the workflow needs “permissions: packages: write”. The link is for a user-owned package; for an organization use %1.</source>
        <translation>GitHub перечисляет нужные токену области доступа для пакетов, значит, его отвергают собственные настройки пакета. Откройте настройки пакета → «Manage access»: дайте своей учётной записи Read (pull) или Write (push). Для GitHub Actions: в «Manage Actions access» должен быть репозиторий workflow, а workflow нужно «permissions: packages: write». Ссылка — для пакета пользователя; для организации используйте %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and check again</source>
        <translation>
            <numerusform>Подождите %n секунду и проверьте снова</numerusform>
            <numerusform>Подождите %n секунды и проверьте снова</numerusform>
            <numerusform>Подождите %n секунд и проверьте снова</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and check again</source>
        <translation>Подождите минуту и проверьте снова</translation>
    </message>
    <message>
        <source>The registry is rate-limiting requests from here (429 Too Many Requests). That says nothing about the token.</source>
        <translation>Реестр ограничивает частоту запросов отсюда (429 Too Many Requests). О токене это ничего не говорит.</translation>
    </message>
    <message>
        <source>The commands read the token without echoing it and pass it on standard input, so it appears neither on screen nor in your shell history.</source>
        <translation>Команды читают токен без вывода на экран и передают его через стандартный ввод, поэтому он не появится ни на экране, ни в истории командной оболочки.</translation>
    </message>
    <message>
        <source>%1: the registry refused this token with %2%3; GHCR does not accept a %4 — use a personal access token (classic), or the GITHUB_TOKEN in Actions.</source>
        <translation>%1: реестр отверг этот токен с %2%3; GHCR не принимает %4 — используйте классический персональный токен или GITHUB_TOKEN в Actions.</translation>
    </message>
    <message>
        <source>%1: the registry refused this installation token with %2%3; in Actions give the workflow “permissions: packages: write” and the repository Actions access to the package (a third-party GitHub App&apos;s token cannot use GHCR).</source>
        <translation>%1: реестр отверг этот токен установки с %2%3; в Actions дайте workflow «permissions: packages: write», а репозиторию — доступ Actions к пакету (токен стороннего GitHub App не может работать с GHCR).</translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3, and GitHub did not tell the token&apos;s scopes; check on GitHub that it has the package scopes.</source>
        <translation>%1: реестр отказал с %2%3, а GitHub не сообщил области доступа токена; проверьте на GitHub, что у него есть области доступа для пакетов.</translation>
    </message>
    <message>
        <source>%1: the registry refused with %2%3 although the token has the package scopes; check the package&apos;s access settings.</source>
        <translation>%1: реестр отказал с %2%3, хотя у токена есть области доступа для пакетов; проверьте настройки доступа пакета.</translation>
    </message>
    <message>
        <source>a step did not give an answer that could be judged (see the checklist).</source>
        <translation>один из шагов не дал ответа, который можно оценить (см. контрольный список).</translation>
    </message>
    <message>
        <source>The registry %1 accepts the login as %2. Only login was checked: it proves nothing about pull or push.</source>
        <translation>Реестр %1 принимает вход как %2. Проверялся только вход: он ничего не доказывает о pull или push.</translation>
    </message>
    <message>
        <source>The registry %1 accepts the login as %2.</source>
        <translation>Реестр %1 принимает вход как %2.</translation>
    </message>
    <message>
        <source> But %1 is public: anyone can pull it, so the pull proves nothing about the token.</source>
        <translation> Но %1 публичный: pull разрешён кому угодно, так что pull ничего не доказывает о токене.</translation>
    </message>
    <message>
        <source>Warnings: %1 (see the checklist).</source>
        <translation>Предупреждения: %1 (см. контрольный список).</translation>
    </message>
    <message>
        <source>%1 forbids access with a personal access token (classic), and GHCR refuses fine-grained ones: no personal token works for its packages. In Actions use the GITHUB_TOKEN; otherwise ask the organization&apos;s owners.</source>
        <translation>%1 запрещает доступ с классическим персональным токеном, а GHCR отвергает детальные: к пакетам этой организации не подойдёт ни один персональный токен. В Actions используйте GITHUB_TOKEN; в остальных случаях обратитесь к владельцам организации.</translation>
    </message>
    <message numerus="yes">
        <source>%1 forbids personal access tokens that live longer than %n day(s): shorten this token&apos;s lifetime or create one that expires sooner.</source>
        <translation>
            <numerusform>%1 запрещает персональные токены со сроком действия больше %n дня: сократите срок этого токена или создайте токен, который истекает раньше.</numerusform>
            <numerusform>%1 запрещает персональные токены со сроком действия больше %n дней: сократите срок этого токена или создайте токен, который истекает раньше.</numerusform>
            <numerusform>%1 запрещает персональные токены со сроком действия больше %n дней: сократите срок этого токена или создайте токен, который истекает раньше.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image reference is wrong: %1</source>
        <translation>Ссылка на образ неверна: %1</translation>
    </message>
    <message>
        <source>The image reference does not resolve: %1</source>
        <translation>Ссылка на образ не разрешается: %1</translation>
    </message>
    <message>
        <source>The registry %1 accepts the login, but %2 was not verified: name an image to probe it, or ask for login only.</source>
        <translation>Реестр %1 принимает вход, но %2 не проверено: укажите образ, чтобы проверить, или запросите только вход.</translation>
    </message>
    <message>
        <source>pull and push</source>
        <translation>pull и push</translation>
    </message>
    <message>
        <source>Push was not verified: %1</source>
        <translation>Push не проверен: %1</translation>
    </message>
    <message>
        <source>Pull was not verified: %1</source>
        <translation>Pull не проверен: %1</translation>
    </message>
    <message>
        <source>Not every requested operation could be proved: see the checklist.</source>
        <translation>Не каждую запрошенную операцию удалось доказать: см. контрольный список.</translation>
    </message>
    <message>
        <source>The token&apos;s account and organizations have no container packages: nothing was probed. Name the images to check with --image or --images-file.</source>
        <translation>У учётной записи токена и её организаций нет пакетов контейнеров: ничего не проверено. Укажите образы для проверки через --image или --images-file.</translation>
    </message>
    <message numerus="yes">
        <source>The organization(s) %1 use SAML single sign-on and this token is not authorized for them: their packages could not be listed.</source>
        <translation>
            <numerusform>Организация %1 использует единый вход SAML, а этот токен для неё не авторизован: её пакеты не удалось получить.</numerusform>
            <numerusform>Организации %1 используют единый вход SAML, а этот токен для них не авторизован: их пакеты не удалось получить.</numerusform>
            <numerusform>Организации %1 используют единый вход SAML, а этот токен для них не авторизован: их пакеты не удалось получить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Authorize the token for them (the links are in the fix steps), then check again.</source>
        <translation>Авторизуйте для них токен (ссылки — в шагах исправления) и проверьте снова.</translation>
    </message>
    <message>
        <source>Check cancelled before any image was checked.</source>
        <translation>Проверка отменена до проверки первого образа.</translation>
    </message>
    <message>
        <source>not linked to a repository, so workflows may not write them</source>
        <translation>не привязаны к репозиторию, поэтому рабочие процессы не могут в них записывать</translation>
    </message>
    <message>
        <source>in each package&apos;s settings, Manage Actions access: add the workflow&apos;s repository with the Write role (or connect the package to that repository)</source>
        <translation>в настройках каждого пакета, «Manage Actions access»: добавьте репозиторий рабочего процесса с ролью Write (или привяжите пакет к этому репозиторию)</translation>
    </message>
    <message>
        <source>in each package&apos;s settings, Manage Actions access: add %1 with the Write role (or connect the package to %1)</source>
        <translation>в настройках каждого пакета, «Manage Actions access»: добавьте %1 с ролью Write (или привяжите пакет к %1)</translation>
    </message>
    <message>
        <source>the token&apos;s account</source>
        <translation>учётная запись токена</translation>
    </message>
    <message>
        <source>not linked to a repository, and %1 may not write them</source>
        <translation>не привязаны к репозиторию, и у %1 нет права записи в них</translation>
    </message>
    <message>
        <source>in each package&apos;s settings, Manage access: give %1 the Write role (or connect the package to a repository %1 can write)</source>
        <translation>в настройках каждого пакета, «Manage access»: дайте %1 роль Write (или привяжите пакет к репозиторию, в который %1 может записывать)</translation>
    </message>
    <message>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>Helm</source>
        <translation>Helm</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No Docker, Podman or Helm configuration file found</source>
        <translation>Файлы настроек Docker, Podman и Helm не найдены</translation>
    </message>
    <message>
        <source>Stored logins for this registry</source>
        <translation>Сохранённые входы в этот реестр</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds a different token (user %2, token %3) and uses it instead of the one checked here.</source>
        <translation>%1 хранит другой токен (пользователь %2, токен %3) и использует его вместо проверенного здесь.</translation>
    </message>
    <message>
        <source>That is a classic cause of “denied” with a good token.</source>
        <translation>Это классическая причина «denied» при исправном токене.</translation>
    </message>
    <message>
        <source>Store this token for %1 (see the fix steps).</source>
        <translation>Сохраните этот токен для %1 (см. шаги исправления).</translation>
    </message>
    <message>
        <source>The token checked here is the one stored for %1 by %2.</source>
        <translation>Проверенный здесь токен — тот же, что сохранён для %1 в %2.</translation>
    </message>
    <message>
        <source>A login for %1 is stored by %2, but not one that can be compared with a token (an identity token).</source>
        <translation>Вход в %1 сохранён в %2, но такой, который нельзя сравнить с токеном (identity token).</translation>
    </message>
    <message>
        <source>No Docker, Podman or Helm login for %1 was found on this computer.</source>
        <translation>На этом компьютере нет сохранённого входа в %1 ни для Docker, ни для Podman, ни для Helm.</translation>
    </message>
    <message>
        <source>Store this token for %1: it holds a different one for %2</source>
        <translation>Сохраните этот токен для %1: там хранится другой токен для %2</translation>
    </message>
    <message>
        <source>When the token is fixed, store it for %1: it holds a different one for %2</source>
        <translation>Когда токен будет исправлен, сохраните этот токен для %1: там хранится другой токен для %2</translation>
    </message>
    <message>
        <source>%1 uses the token stored at an earlier login, not this one. The commands read the token without echoing it and pass it on standard input, so it appears neither on screen nor in your shell history (or use “ghcr-doctor login --tool %2”).</source>
        <translation>%1 использует токен, сохранённый при прежнем входе, а не этот. Команды читают токен без отображения и передают его через стандартный ввод, поэтому он не появляется ни на экране, ни в истории оболочки (или используйте «ghcr-doctor login --tool %2»).</translation>
    </message>
    <message>
        <source>Store this token for Docker: it holds no login for %1</source>
        <translation>Сохраните этот токен для Docker: в нём нет входа в %1</translation>
    </message>
    <message numerus="yes">
        <source> But %1 hold(s) a different token for %2: store this token for %3.</source>
        <translation>
            <numerusform> Но %1 хранит другой токен для %2: сохраните этот токен для %3.</numerusform>
            <numerusform> Но %1 хранят другой токен для %2: сохраните этот токен для %3.</numerusform>
            <numerusform> Но %1 хранят другой токен для %2: сохраните этот токен для %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n not proved)</source>
        <translation>
            <numerusform> (для %n не доказано)</numerusform>
            <numerusform> (для %n не доказано)</numerusform>
            <numerusform> (для %n не доказано)</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not complete. Check your network and proxy; if the error is about a certificate, the CA file %1 is not the CA that signed the server&apos;s certificate: give the root of the server&apos;s chain instead.</source>
        <translation>Проверку не удалось завершить. Проверьте сеть и прокси; если ошибка связана с сертификатом, то CA-файл %1 — не тот центр сертификации, что подписал сертификат сервера: укажите вместо него корневой сертификат цепочки сервера.</translation>
    </message>
    <message>
        <source>%1: not every package listed — %2</source>
        <translation>%1: перечислены не все пакеты — %2</translation>
    </message>
    <message>
        <source>Use a valid classic token with package scopes, and clear the stale login in %1 (see the fix steps).</source>
        <translation>Используйте действующий классический токен с областями доступа для пакетов и удалите устаревший вход в %1 (см. шаги исправления).</translation>
    </message>
    <message>
        <source>GitHub rejects the token (401): it is revoked, expired or mistyped</source>
        <translation>GitHub отклоняет токен (401): он отозван, истёк или введён с ошибкой</translation>
    </message>
    <message>
        <source>Create a new token (and store it where the images are pulled and pushed).</source>
        <translation>Создайте новый токен (и сохраните его там, где делают pull и push образов).</translation>
    </message>
    <message>
        <source>Not listed: GitHub&apos;s answer about the token (see above) leaves nothing to list the packages with.</source>
        <translation>Не перечислены: по ответу GitHub о токене (см. выше) перечислить пакеты нечем.</translation>
    </message>
    <message>
        <source>Fix what the token&apos;s rows say first, or name the images with --image / --images-file.</source>
        <translation>Сначала исправьте то, о чём говорят строки токена, или назовите образы через --image / --images-file.</translation>
    </message>
    <message>
        <source>The registry accepted %1 for %2.</source>
        <translation>Реестр принял %1 для %2.</translation>
    </message>
    <message>
        <source>%1 is a valid reference; whether it exists could not be seen (pull was not probed: see Registry: pull).</source>
        <translation>%1 — корректная ссылка; существует ли она, выяснить не удалось (pull не проверялся: см. «Реестр: pull»).</translation>
    </message>
    <message>
        <source>Use a valid classic token with package scopes (see the fix steps).</source>
        <translation>Используйте действующий классический токен с областями доступа для пакетов (см. шаги исправления).</translation>
    </message>
    <message>
        <source>Unknown: GitHub&apos;s answer to an installation token on /user (403) tells nothing about SSO.</source>
        <translation>Неизвестно: ответ GitHub на /user для токена установки (403) ничего не говорит о SSO.</translation>
    </message>
    <message>
        <source>Unknown: GitHub tells no expiry for an installation token (its answer to /user is 403); such tokens live an hour or until the job ends.</source>
        <translation>Неизвестно: GitHub не сообщает срок действия токена установки (на /user он отвечает 403); такие токены живут час или до конца задания.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>not run</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>bad credentials</source>
        <translation>неверные учётные данные</translation>
    </message>
    <message>
        <source>SAML SSO authorization required</source>
        <translation>нужна авторизация SAML SSO</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>превышен лимит запросов</translation>
    </message>
    <message>
        <source>locked out after too many failed attempts</source>
        <translation>заблокирован после слишком многих неудачных попыток</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>запрещено</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <source>unexpected status</source>
        <translation>неожиданный статус</translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation>некорректный ответ</translation>
    </message>
    <message>
        <source>no answer (network error)</source>
        <translation>нет ответа (ошибка сети)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>not GitHub&apos;s API</source>
        <translation>не API GitHub</translation>
    </message>
    <message>
        <source>recognised as an installation token</source>
        <translation>распознан как токен установки</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Run “%1 %2 --help” for the options.</source>
        <translation>Запустите «%1 %2 --help», чтобы увидеть параметры.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>the registry did not accept the token&apos;s login</source>
        <translation>реестр не принял вход с этим токеном</translation>
    </message>
    <message>
        <source>%1 was not proved by the registry</source>
        <translation>реестр не подтвердил %1</translation>
    </message>
    <message>
        <source>Go ahead?</source>
        <translation>Продолжить?</translation>
    </message>
    <message>
        <source>No terminal to ask on: nothing was changed. Add --yes to go ahead without asking.</source>
        <translation>Нет терминала, чтобы спросить: ничего не изменено. Добавьте --yes, чтобы продолжить без вопроса.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Изменено: %1</translation>
    </message>
    <message>
        <source>Backup of the previous file: %1 (undo: copy it back)</source>
        <translation>Резервная копия прежнего файла: %1 (отмена: скопируйте её обратно)</translation>
    </message>
    <message>
        <source>Not stored for %1: %2. A token is stored only when the check proved what you asked for (--ops).</source>
        <translation>Не сохранено для %1: %2. Токен сохраняется, только когда проверка доказала то, что вы запросили (--ops).</translation>
    </message>
    <message>
        <source>Storing the checked token for %1 as user %2 in: %3</source>
        <translation>Сохраняю проверенный токен для %1 от имени пользователя %2 в: %3</translation>
    </message>
    <message>
        <source>Read back: %1 does not hold the checked token for %2.</source>
        <translation>Проверка после записи: у %1 нет проверенного токена для %2.</translation>
    </message>
    <message>
        <source>Read back: %1 now uses the checked token for %2 (%3).</source>
        <translation>Проверка после записи: %1 теперь использует проверенный токен для %2 (%3).</translation>
    </message>
    <message>
        <source>Removing %1&apos;s saved login for %2 from: %3</source>
        <translation>Удаляю сохранённый вход %1 для %2 из: %3</translation>
    </message>
    <message>
        <source>Read back: %1 still has a login for %2.</source>
        <translation>Проверка после записи: у %1 всё ещё есть вход для %2.</translation>
    </message>
    <message>
        <source>Read back: %1 has no login for %2 any more.</source>
        <translation>Проверка после записи: у %1 больше нет входа для %2.</translation>
    </message>
    <message>
        <source>Name the tool with --tool docker, podman or helm.</source>
        <translation>Укажите инструмент: --tool docker, podman или helm.</translation>
    </message>
    <message>
        <source>One image at a time: a login is for one registry.</source>
        <translation>По одному образу: вход сохраняется для одного реестра.</translation>
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
        <translation>Использование:
  %1 login --tool docker|podman|helm [параметры check] [--yes]
  %1 logout --tool docker|podman|helm [--registry ХОСТ] [--yes]

login сначала проверяет токен (как `%1 check`, с теми же параметрами: --token-stdin,
--token-env ПЕРЕМЕННАЯ или --token-keychain, --registry, --image, --ops …) и сохраняет его для
инструмента, только если проверка доказала каждую запрошенную операцию: через помощник учётных
данных Docker, если он настроен для реестра, иначе в файл инструмента (атомарно, с резервной
копией рядом).
logout так же удаляет сохранённый вход инструмента для реестра. Обе команды говорят, что изменят,
и сначала спрашивают в терминале; --yes отвечает за скрипты. После этого сохранённый вход
перечитывается для проверки.

Коды выхода: 0 сделано и проверено; 1 не сделано (проверка не доказала операции или вы
отказались); 2 ошибка использования или нет терминала для вопроса без --yes; 3 изменение или его
проверка не удались.
</translation>
    </message>
    <message>
        <source>Nothing to change in %1: it holds no login for this registry.</source>
        <translation>В %1 нечего менять: там нет входа для этого реестра.</translation>
    </message>
    <message>
        <source>%1 has no saved login for %2: nothing to remove, nothing changed.</source>
        <translation>У %1 нет сохранённого входа для %2: удалять нечего, ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LoginWriter</name>
    <message>
        <source>%1 could not be started.</source>
        <translation>Не удалось запустить %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>%1 %2 failed (exit %3); its output is not shown.</source>
        <translation>%1 %2 завершился с ошибкой (код %3); его вывод не показывается.</translation>
    </message>
    <message>
        <source>Unknown tool “%1”: docker, podman or helm.</source>
        <translation>Неизвестный инструмент «%1»: docker, podman или helm.</translation>
    </message>
    <message>
        <source>WARNING! Your credentials are stored unencrypted in &apos;%1&apos;.
Configure a credential helper to remove this warning. See
https://docs.docker.com/go/credential-store/</source>
        <translation>ВНИМАНИЕ! Учётные данные сохранены без шифрования в «%1».
Настройте помощник учётных данных (credential helper), чтобы убрать это предупреждение. См.
https://docs.docker.com/go/credential-store/</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 доступен только для чтения; ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2; nothing was changed.</source>
        <translation>Не удалось записать резервную копию %1: %2; ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2; it was not changed.</source>
        <translation>Не удалось записать %1: %2; файл не изменён.</translation>
    </message>
    <message>
        <source>There is no backup of %1 to restore.</source>
        <translation>Нет резервной копии %1 для восстановления.</translation>
    </message>
    <message>
        <source>%1 holds no login for %2.</source>
        <translation>В %1 нет входа для %2.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GHCR Doctor</source>
        <translation>GHCR Doctor</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>&amp;Edit inputs</source>
        <translation>Изменить по&amp;ля ввода</translation>
    </message>
    <message>
        <source>Edit inputs</source>
        <translation>Изменить поля ввода</translation>
    </message>
    <message>
        <source>Show the token, host, image and operations again.</source>
        <translation>Снова показать токен, хост, образ и операции.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Check the same token and inputs again (Ctrl+Return).</source>
        <translation>Проверить тот же токен с теми же данными ещё раз (Ctrl+Return).</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Состояние хранилища</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Проверк&amp;а</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Check token</source>
        <translation>Провер&amp;ить токен</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>All &amp;packages…</source>
        <translation>Все &amp;пакеты…</translation>
    </message>
    <message>
        <source>C&amp;opy fix steps</source>
        <translation>С&amp;копировать шаги</translation>
    </message>
    <message>
        <source>Open &amp;token settings</source>
        <translation>Настройки &amp;токенов</translation>
    </message>
    <message>
        <source>&amp;About GHCR Doctor</source>
        <translation>&amp;О программе GHCR Doctor</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Verdict: %1 (%2)</source>
        <translation>Итог: %1 (%2)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>(no checks)</source>
        <translation>(проверок нет)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Fix steps</source>
        <translation>Как исправить</translation>
    </message>
    <message>
        <source>Nothing to fix: every requested operation works.</source>
        <translation>Исправлять нечего: все запрошенные операции работают.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>PowerShell:</source>
        <translation>PowerShell:</translation>
    </message>
    <message>
        <source>POSIX shell (sh, bash, zsh):</source>
        <translation>POSIX-оболочка (sh, bash, zsh):</translation>
    </message>
    <message>
        <source>Written by %1. The token itself is never written to a report; it is identified by its fingerprint only.</source>
        <translation>Создано программой %1. Сам токен никогда не записывается в отчёт: он опознаётся только по отпечатку.</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — это файл, а не папка</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>a folder with that name already exists</source>
        <translation>папка с таким именем уже существует</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2.</source>
        <translation>Не удалось сохранить отчёт в %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full or a quota was reached (%1)</source>
        <translation>диск заполнен или исчерпана квота (%1)</translation>
    </message>
    <message>
        <source>the folder is read-only or you lack permission to write there (%1)</source>
        <translation>папка доступна только для чтения или у вас нет прав на запись в неё (%1)</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>не указано имя файла</translation>
    </message>
    <message>
        <source>a PDF can only be laid out by a graphical application (QGuiApplication)</source>
        <translation>PDF может сверстать только графическое приложение (QGuiApplication)</translation>
    </message>
    <message>
        <source>the report could not be rendered</source>
        <translation>не удалось сформировать отчёт</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>нет HTTP-ответа</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Требуется действие</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>разрешено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>a real request to the registry</source>
        <translation>реальный запрос к реестру</translation>
    </message>
    <message>
        <source>the registry&apos;s token endpoint</source>
        <translation>эндпоинт выдачи токенов реестра</translation>
    </message>
    <message>
        <source>the token&apos;s scopes only (not probed)</source>
        <translation>только области доступа токена (без пробы)</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>неприменимо</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>mismatch (probably a copy/paste error)</source>
        <translation>не совпадает (вероятно, ошибка при копировании)</translation>
    </message>
    <message>
        <source>no expiry header (the token does not expire)</source>
        <translation>нет заголовка срока действия (токен бессрочный)</translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1 (не удалось разобрать)</translation>
    </message>
    <message>
        <source>expired 1 day ago</source>
        <translation>истёк 1 день назад</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>истёк %1 дн. назад</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>остался 1 день</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>осталось дней: %1</translation>
    </message>
    <message>
        <source>%1 of %2 remaining</source>
        <translation>осталось %1 из %2</translation>
    </message>
    <message>
        <source>%1 used</source>
        <translation>использовано %1</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>ресурс %1</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>сброс %1</translation>
    </message>
    <message>
        <source>retry after %1 s</source>
        <translation>повтор через %1 с</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>pull</translation>
    </message>
    <message>
        <source>push</source>
        <translation>push</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Об этом отчёте</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Версия Qt</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <source>Checked at (UTC)</source>
        <translation>Время проверки (UTC)</translation>
    </message>
    <message>
        <source>Checked at (local time)</source>
        <translation>Время проверки (местное)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>yes: the check was cancelled before it finished</source>
        <translation>да: проверку отменили до завершения</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation>Хост GitHub</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL API</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>none (login only)</source>
        <translation>нет (только вход)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Операции</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверный</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Контрольная сумма</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>символов: %1</translation>
    </message>
    <message>
        <source>Trimmed</source>
        <translation>Обрезан</translation>
    </message>
    <message>
        <source>yes: whitespace, a newline or quotes were removed around it</source>
        <translation>да: вокруг него удалены пробелы, перевод строки или кавычки</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Отображается как</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>GitHub API</source>
        <translation>API GitHub</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-статус</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Тип учётной записи</translation>
    </message>
    <message>
        <source>header absent (fine-grained, app or Actions token)</source>
        <translation>заголовка нет (fine-grained, токен приложения или Actions)</translation>
    </message>
    <message>
        <source>empty (no scopes; inferred, because Qt drops an empty header)</source>
        <translation>пусто (областей нет; выведено, так как Qt отбрасывает пустой заголовок)</translation>
    </message>
    <message>
        <source>present but empty (no scopes)</source>
        <translation>есть, но пуст (областей нет)</translation>
    </message>
    <message>
        <source>Scopes (X-OAuth-Scopes, raw)</source>
        <translation>Области доступа (X-OAuth-Scopes, как есть)</translation>
    </message>
    <message>
        <source>Scopes (with implied scopes)</source>
        <translation>Области доступа (с подразумеваемыми)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Accepted scopes (endpoint)</source>
        <translation>Принимаемые области доступа (эндпоинт)</translation>
    </message>
    <message>
        <source>Accepted permissions (endpoint)</source>
        <translation>Принимаемые разрешения (эндпоинт)</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>SAML SSO</source>
        <translation>SAML SSO</translation>
    </message>
    <message>
        <source>authorization required</source>
        <translation>нужна авторизация</translation>
    </message>
    <message>
        <source>SSO authorization URL</source>
        <translation>URL авторизации SSO</translation>
    </message>
    <message>
        <source>SSO partial results (organization ids)</source>
        <translation>Частичные результаты SSO (ID организаций)</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Лимит запросов</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID запроса</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Документация</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Реестр контейнеров</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Проверялся</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Базовый URL</translation>
    </message>
    <message>
        <source>(no challenge: open registry)</source>
        <translation>(без вызова: открытый реестр)</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Вызов (challenge)</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Challenge scope</source>
        <translation>Область доступа в вызове</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Login (token step)</source>
        <translation>Вход (выдача токена)</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Сообщение при входе</translation>
    </message>
    <message>
        <source>not attempted</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Реестр: %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Token step</source>
        <translation>Выдача токена</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Проба</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Код ошибки</translation>
    </message>
    <message>
        <source>Challenge error</source>
        <translation>Ошибка в вызове</translation>
    </message>
    <message>
        <source>Upload cancel</source>
        <translation>Отмена загрузки</translation>
    </message>
    <message>
        <source>Upload cancel note</source>
        <translation>Примечание к отмене загрузки</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Время выполнения</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>GHCR Doctor report</source>
        <translation>Отчёт GHCR Doctor</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Данные: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Исправление: %1</translation>
    </message>
    <message>
        <source>Nothing to fix.</source>
        <translation>Исправлять нечего.</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>не найдена</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Где хранится</translation>
    </message>
    <message>
        <source>the configuration file itself</source>
        <translation>в самом файле конфигурации</translation>
    </message>
    <message>
        <source>credential helper %1</source>
        <translation>помощник учётных данных %1</translation>
    </message>
    <message>
        <source>Saved login</source>
        <translation>Сохранённый вход</translation>
    </message>
    <message>
        <source>none for this registry</source>
        <translation>для этого реестра нет</translation>
    </message>
    <message>
        <source>Saved user</source>
        <translation>Сохранённый пользователь</translation>
    </message>
    <message>
        <source>Saved token</source>
        <translation>Сохранённый токен</translation>
    </message>
    <message>
        <source>Same as the checked token</source>
        <translation>Совпадает с проверенным токеном</translation>
    </message>
    <message>
        <source>GHCR Doctor: fix steps</source>
        <translation>GHCR Doctor: как исправить</translation>
    </message>
    <message>
        <source>GHCR Doctor: fix steps for %1</source>
        <translation>GHCR Doctor: как исправить — %1</translation>
    </message>
    <message>
        <source>Checked %1 on %2 (registry %3) by %4.</source>
        <translation>Проверено %1 на %2 (реестр %3) программой %4.</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не запрошено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>not proved</source>
        <translation>не доказано</translation>
    </message>
    <message>
        <source>works</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>не привязан</translation>
    </message>
    <message>
        <source>scopes: yes</source>
        <translation>по правам: да</translation>
    </message>
    <message>
        <source>scopes: no</source>
        <translation>по правам: нет</translation>
    </message>
    <message>
        <source>Not checked: the run was cancelled or ran out of time.</source>
        <translation>Не проверен: проверка отменена или не уложилась во время.</translation>
    </message>
    <message>
        <source>Public: anyone can pull it, so the pull proves nothing about the token.</source>
        <translation>Публичный: pull разрешён любому, поэтому pull ничего не говорит о токене.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Видимость</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Репозиторий</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Образы</translation>
    </message>
    <message>
        <source>Settings of %1: %2</source>
        <translation>Настройки %1: %2</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>GitHub Actions workflow (YAML):</source>
        <translation>Рабочий процесс GitHub Actions (YAML):</translation>
    </message>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Pull request from</source>
        <translation>Pull request из</translation>
    </message>
    <message>
        <source> (a fork)</source>
        <translation> (форк)</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Package found</source>
        <translation>Пакет найден</translation>
    </message>
    <message>
        <source>Linked to repository</source>
        <translation>Связан с репозиторием</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>as entered</source>
        <translation>как введено</translation>
    </message>
    <message>
        <source>the API&apos;s login; waited for it</source>
        <translation>логин из API; дождались его</translation>
    </message>
    <message>
        <source>the API&apos;s login</source>
        <translation>логин из API</translation>
    </message>
    <message>
        <source>a placeholder: the API did not name the user</source>
        <translation>заглушка: API не назвал пользователя</translation>
    </message>
    <message>
        <source>a neutral name: this registry accepts any user name with a token</source>
        <translation>нейтральное имя: этот реестр принимает с токеном любое имя пользователя</translation>
    </message>
    <message>
        <source>Stored login (%1)</source>
        <translation>Сохранённый вход (%1)</translation>
    </message>
    <message>
        <source>nothing stored</source>
        <translation>ничего не сохранено</translation>
    </message>
    <message>
        <source>the checked token</source>
        <translation>проверяемый токен</translation>
    </message>
    <message>
        <source>a different token</source>
        <translation>другой токен</translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation>сравнить нельзя</translation>
    </message>
    <message>
        <source>Known from the token&apos;s prefix, before any request.</source>
        <translation>Определён по префиксу токена, до любых запросов.</translation>
    </message>
    <message>
        <source>Identifies the token without revealing it.</source>
        <translation>Указывает на токен, не раскрывая его.</translation>
    </message>
    <message>
        <source>The X-OAuth-Scopes header, exactly as GitHub sent it.</source>
        <translation>Заголовок X-OAuth-Scopes в точности как прислал GitHub.</translation>
    </message>
    <message>
        <source>The raw scopes plus the child scopes GitHub documents as implied.</source>
        <translation>Области из заголовка плюс дочерние области, которые по документации GitHub подразумеваются.</translation>
    </message>
    <message>
        <source>X-Accepted-OAuth-Scopes: the scopes this endpoint accepts.</source>
        <translation>X-Accepted-OAuth-Scopes: области, которые принимает этот адрес API.</translation>
    </message>
    <message>
        <source>GitHub-Authentication-Token-Expiration; days counted from when GitHub answered.</source>
        <translation>GitHub-Authentication-Token-Expiration; дни отсчитаны от момента ответа GitHub.</translation>
    </message>
    <message>
        <source>GitHub left out what these organizations hold: the token is not authorized for their SSO.</source>
        <translation>GitHub не показал данные этих организаций: токен не авторизован для их SSO.</translation>
    </message>
    <message>
        <source>X-GitHub-Request-Id: quote it to GitHub support.</source>
        <translation>X-GitHub-Request-Id: сообщите его поддержке GitHub.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer to a request without a token: where to get one.</source>
        <translation>Ответ реестра на запрос без токена: где получить токен.</translation>
    </message>
    <message>
        <source>could not compare</source>
        <translation>не удалось сравнить</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>GitHub accepted the token.</source>
        <translation>GitHub принял токен.</translation>
    </message>
    <message>
        <source>GitHub accepted the token of %1.</source>
        <translation>GitHub принял токен пользователя %1.</translation>
    </message>
    <message>
        <source>GitHub answered %1: %2</source>
        <translation>GitHub ответил %1: %2</translation>
    </message>
    <message>
        <source>GitHub answered %1.</source>
        <translation>GitHub ответил %1.</translation>
    </message>
    <message>
        <source>Not contacted.</source>
        <translation>Не опрашивался.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer leaves a question open.</source>
        <translation>Ответ реестра оставляет вопрос открытым.</translation>
    </message>
    <message>
        <source>The registry accepted the login.</source>
        <translation>Реестр принял вход.</translation>
    </message>
    <message>
        <source>The registry allowed every requested operation.</source>
        <translation>Реестр разрешил все запрошенные операции.</translation>
    </message>
    <message>
        <source>The registry refused the login.</source>
        <translation>Реестр отказал во входе.</translation>
    </message>
    <message>
        <source>The registry refused: %1.</source>
        <translation>Реестр отказал: %1.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Check cancelled. No request is still running; start again when you are ready.</source>
        <translation>Проверка отменена. Ни один запрос больше не выполняется; запустите снова, когда будете готовы.</translation>
    </message>
    <message>
        <source>Login works, with warnings</source>
        <translation>Вход работает, есть предупреждения</translation>
    </message>
    <message>
        <source>Login works</source>
        <translation>Вход работает</translation>
    </message>
    <message>
        <source>Works, with warnings</source>
        <translation>Работает, есть предупреждения</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>Не удалось завершить</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 для %2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), each in the table below</source>
        <translation>
            <numerusform>%n образ, он в таблице ниже</numerusform>
            <numerusform>%n образа, каждый в таблице ниже</numerusform>
            <numerusform>%n образов, каждый в таблице ниже</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No image was checked.</source>
        <translation>Ни один образ не проверен.</translation>
    </message>
    <message>
        <source>not set (%1)</source>
        <translation>не задано (%1)</translation>
    </message>
    <message>
        <source>not known: GitHub refused the token</source>
        <translation>неизвестно: GitHub отклонил токен</translation>
    </message>
    <message>
        <source>not known: GitHub does not answer this request for an installation token</source>
        <translation>неизвестно: на этот запрос GitHub не отвечает токену установки</translation>
    </message>
    <message>
        <source>not known: the GitHub API check did not complete</source>
        <translation>неизвестно: проверка через GitHub API не завершилась</translation>
    </message>
    <message>
        <source>Scopes and expiry</source>
        <translation>Области доступа и срок действия</translation>
    </message>
    <message>
        <source>Only an answer that accepts the token tells its scopes and expiry.</source>
        <translation>Области доступа и срок действия токена известны только из ответа, принявшего токен.</translation>
    </message>
    <message>
        <source>Stored logins for this registry</source>
        <translation>Сохранённые входы в этот реестр</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>private</source>
        <translation>приватный</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутренний</translation>
    </message>
    <message>
        <source>%1 for every image</source>
        <translation>%1 для всех образов</translation>
    </message>
    <message>
        <source>%1, with warnings</source>
        <translation>%1, есть предупреждения</translation>
    </message>
</context>
<context>
    <name>SaveReport</name>
    <message>
        <source>Plain text report %1</source>
        <translation>Текстовый отчёт %1</translation>
    </message>
    <message>
        <source>JSON report %1</source>
        <translation>Отчёт JSON %1</translation>
    </message>
    <message>
        <source>Markdown report %1</source>
        <translation>Отчёт Markdown %1</translation>
    </message>
    <message>
        <source>HTML report %1</source>
        <translation>Отчёт HTML %1</translation>
    </message>
    <message>
        <source>PDF report %1</source>
        <translation>Отчёт PDF %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
</context>
<context>
    <name>TokenAnalysis</name>
    <message>
        <source>No token</source>
        <translation>Нет токена</translation>
    </message>
    <message>
        <source>Personal access token (classic)</source>
        <translation>Персональный токен доступа (classic)</translation>
    </message>
    <message>
        <source>Fine-grained personal access token</source>
        <translation>Персональный токен доступа fine-grained</translation>
    </message>
    <message>
        <source>OAuth app token</source>
        <translation>Токен OAuth-приложения</translation>
    </message>
    <message>
        <source>GitHub App user token</source>
        <translation>Пользовательский токен GitHub App</translation>
    </message>
    <message>
        <source>GitHub App installation token (or Actions GITHUB_TOKEN)</source>
        <translation>Токен установки GitHub App (или GITHUB_TOKEN из Actions)</translation>
    </message>
    <message>
        <source>GitHub App refresh token</source>
        <translation>Refresh-токен GitHub App</translation>
    </message>
    <message>
        <source>Legacy 40-hex token (old format)</source>
        <translation>Устаревший токен из 40 hex-символов (старый формат)</translation>
    </message>
    <message>
        <source>Unrecognised token format</source>
        <translation>Нераспознанный формат токена</translation>
    </message>
    <message>
        <source>The pasted text had a line break around the token; it was removed. Make sure scripts that pass the token (e.g. to docker login) strip it too.</source>
        <translation>Во вставленном тексте вокруг токена был перевод строки; он удалён. Убедитесь, что скрипты, передающие токен (например, в docker login), тоже его убирают.</translation>
    </message>
    <message>
        <source>Spaces around the token were removed.</source>
        <translation>Пробелы вокруг токена удалены.</translation>
    </message>
    <message>
        <source>Quotes around the token were removed; quotes are not part of a token.</source>
        <translation>Кавычки вокруг токена удалены: кавычки не входят в токен.</translation>
    </message>
    <message>
        <source>No token was given.</source>
        <translation>Токен не указан.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks inside it: it was probably copied across a line wrap. Copy it again in one piece.</source>
        <translation>Внутри токена есть пробелы или переводы строк: вероятно, его скопировали через перенос строки. Скопируйте его ещё раз целиком.</translation>
    </message>
    <message>
        <source>The token&apos;s built-in checksum does not match: a character was almost certainly changed or lost when it was copied. Copy it again, or create a new token.</source>
        <translation>Встроенная контрольная сумма токена не совпадает: почти наверняка при копировании символ изменился или потерялся. Скопируйте токен ещё раз или создайте новый.</translation>
    </message>
    <message>
        <source>The token does not start with a known GitHub prefix (ghp_, github_pat_, gho_, ghu_, ghs_, ghr_) and is not an old 40-hex token.</source>
        <translation>Токен не начинается с известного префикса GitHub (ghp_, github_pat_, gho_, ghu_, ghs_, ghr_) и не является старым токеном из 40 hex-символов.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (символов: %1)</translation>
    </message>
    <message>
        <source>The token contains non-ASCII characters (for example a typographic dash or an invisible character); GitHub tokens use only A–Z, a–z, 0–9 and _ (the 2026 Actions tokens also . and -).</source>
        <translation>Токен содержит не-ASCII символы (например, типографское тире или невидимый символ); в токенах GitHub используются только A–Z, a–z, 0–9 и _ (в токенах Actions 2026 года ещё . и -).</translation>
    </message>
    <message>
        <source>The token contains characters that GitHub tokens never use; tokens of this length use only A–Z, a–z, 0–9 and _.</source>
        <translation>Токен содержит символы, которых не бывает в токенах GitHub; токены такой длины используют только A–Z, a–z, 0–9 и _.</translation>
    </message>
    <message>
        <source>The token contains characters that GitHub tokens never use (quotes, punctuation or control characters); GitHub tokens use only A–Z, a–z, 0–9 and _ (the 2026 Actions tokens also . and -).</source>
        <translation>Токен содержит символы, которых не бывает в токенах GitHub (кавычки, знаки препинания или управляющие символы); в токенах GitHub используются только A–Z, a–z, 0–9 и _ (в токенах Actions 2026 года ещё . и -).</translation>
    </message>
    <message>
        <source>The text is %1 characters long; no GitHub token is longer than a few thousand. Did you paste more than the token?</source>
        <translation>Длина текста — %1 символов; ни один токен GitHub не длиннее нескольких тысяч. Может быть, вы вставили что-то помимо токена?</translation>
    </message>
    <message>
        <source>Tokens starting with %1 used to be 40 characters long; this one has %2 and is not a shape GHCR Doctor knows. Part of it may be missing, or GitHub changed the format: the check below asks GitHub.</source>
        <translation>Токены, начинающиеся с %1, раньше были длиной 40 символов; у этого %2, и такой формат GHCR Doctor не знает. Возможно, часть токена потеряна или GitHub изменил формат: проверка ниже спросит GitHub.</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Start the check as soon as the window is shown.</source>
        <translation>Начать проверку сразу после открытия окна.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE (PNG) after the check (or at once without --autorun), then quit.</source>
        <translation>Сохранить снимок окна в ФАЙЛ (PNG) после проверки (или сразу, без --autorun) и выйти.</translation>
    </message>
    <message>
        <source>User interface language (en, ru); default: the system locale.</source>
        <translation>Язык интерфейса (en, ru); по умолчанию — системный.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands and options.</source>
        <translation>Команды и параметры: «%1 --help».</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Check from the terminal instead: %1 check --token-stdin --image OWNER/NAME (see %1 check --help).</source>
        <translation>нет дисплея, чтобы открыть окно (DISPLAY и WAYLAND_DISPLAY не заданы). Проверьте из терминала: %1 check --token-stdin --image OWNER/NAME (см. %1 check --help).</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Неожиданный аргумент «%1».</translation>
    </message>
    <message>
        <source>Open Check → All packages: with --autorun every package is checked at once, and --screenshot pictures that window.</source>
        <translation>Открыть «Проверка → Все пакеты»: с --autorun сразу проверяются все пакеты, а --screenshot снимает это окно.</translation>
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
        <translation>%1 %2 — проверяет токен GitHub одновременно через GitHub API и реестр контейнеров.

Использование:
  %3 [ПАРАМЕТРЫ]          открыть окно
  %3 check [ПАРАМЕТРЫ]    проверить без окна и вывести отчёт
  %3 login|logout --tool docker|podman|helm [ПАРАМЕТРЫ]
                          сохранить проверенный токен там, где инструмент хранит вход, или удалить его
  %3 help [check]         эта справка или все параметры команды check
  %3 --version            показать версию

Команды:
  check   Для терминала, скриптов и CI; дисплей не нужен. Токен читается из стандартного
          ввода или переменной окружения, никогда из командной строки:
            printf &apos;%s&apos; &quot;$TOKEN&quot; | %3 check --token-stdin --image OWNER/NAME --ops pull,push
          Отчёты — с --format и --output ФАЙЛ. Все параметры: %3 check --help

Параметры окна:
</translation>
    </message>
    <message>
        <source>unknown command “%1”. Commands: check (check a token without a window), login and logout (store or remove a registry login for docker, podman or helm), help. Without a command the window opens.</source>
        <translation>неизвестная команда «%1». Команды: check (проверить токен без окна), login и logout (сохранить или удалить вход в реестр для docker, podman или helm), help. Без команды открывается окно.</translation>
    </message>
</context>
<context>
    <name>ghcr::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>not loaded (TLS unavailable)</source>
        <translation>не загружен (TLS недоступен)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Diagnoses GitHub tokens against the GitHub REST API and the ghcr.io container registry, side by side, and tells you what to fix. Tokens are never logged, saved in settings or copied; “Remember token” uses the system keychain only.</source>
        <translation>Проверяет токены GitHub параллельно через REST API GitHub и реестр контейнеров ghcr.io и говорит, что исправить. Токены никогда не пишутся в журналы, настройки и буфер обмена; «Запомнить токен» использует только системное хранилище паролей.</translation>
    </message>
    <message>
        <source>Free software under the MIT License (SPDX: MIT), printed below.</source>
        <translation>Свободная программа под лицензией MIT (SPDX: MIT), её текст ниже.</translation>
    </message>
    <message>
        <source>Third-party components:</source>
        <translation>Сторонние компоненты:</translation>
    </message>
    <message>
        <source>OpenSSL 3: Apache-2.0; OpenSSL 1.1: OpenSSL and SSLeay licences</source>
        <translation>OpenSSL 3: Apache-2.0; OpenSSL 1.1: лицензии OpenSSL и SSLeay</translation>
    </message>
</context>
<context>
    <name>ghcr::CheckForm</name>
    <message>
        <source>GitHub Enterprise Server: your server&apos;s host</source>
        <translation>GitHub Enterprise Server: хост вашего сервера</translation>
    </message>
    <message>
        <source>GHE.com (data residency): SUBDOMAIN.ghe.com</source>
        <translation>GHE.com (хранение данных в регионе): ПОДДОМЕН.ghe.com</translation>
    </message>
    <message>
        <source>Clear the token</source>
        <translation>Очистить токен</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Скрыть токен</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Скрыть токен</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the pasted token.</source>
        <translation>Удалены пробелы, переводы строк или кавычки вокруг вставленного токена.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>checksum OK</source>
        <translation>контрольная сумма верна</translation>
    </message>
    <message>
        <source>loaded from the keychain</source>
        <translation>загружен из хранилища</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>A token loaded from the keychain is not shown. Paste a token to replace it.</source>
        <translation>Токен из хранилища не показывается. Вставьте другой токен, чтобы заменить его.</translation>
    </message>
    <message>
        <source>No keychain is configured: the token is kept in memory for this session.</source>
        <translation>Хранилище паролей не настроено: токен хранится в памяти только на этот сеанс.</translation>
    </message>
    <message>
        <source>The API URL “%1” is not a valid URL.</source>
        <translation>URL API «%1» недействителен.</translation>
    </message>
    <message>
        <source>“%1” contains no PEM certificate. Choose a file with “-----BEGIN CERTIFICATE-----” blocks, or clear the CA file field.</source>
        <translation>В «%1» нет PEM-сертификата. Выберите файл с блоками «-----BEGIN CERTIFICATE-----» или очистите поле файла УЦ.</translation>
    </message>
    <message>
        <source>The CA file “%1” does not exist. Choose another file or clear the field.</source>
        <translation>Файл УЦ «%1» не существует. Выберите другой файл или очистите поле.</translation>
    </message>
    <message>
        <source>GHCR Doctor: container registry</source>
        <translation>GHCR Doctor: реестр контейнеров</translation>
    </message>
    <message>
        <source>%1 (API %2, registry %3)</source>
        <translation>%1 (API %2, реестр %3)</translation>
    </message>
    <message>
        <source>login only</source>
        <translation>только вход</translation>
    </message>
    <message>
        <source>login, %1</source>
        <translation>вход, %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Проверено: %1</translation>
    </message>
    <message>
        <source>API %1 · registry %2</source>
        <translation>API %1 · реестр %2</translation>
    </message>
    <message>
        <source>Choose CA certificates</source>
        <translation>Выбор сертификатов УЦ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Classic tokens (ghp_…) need read:packages to pull and write:packages to push. GitHub Packages does not accept fine-grained tokens.</source>
        <translation>Классическим токенам (ghp_…) нужны read:packages для pull и write:packages для push. GitHub Packages не принимает fine-grained токены.</translation>
    </message>
</context>
<context>
    <name>ghcr::CheckRunner</name>
    <message>
        <source>Asking GitHub about the token (GET /user)…</source>
        <translation>Запрос к GitHub о токене (GET /user)…</translation>
    </message>
</context>
<context>
    <name>ghcr::ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>One row per check; select a row to read its evidence and guidance.</source>
        <translation>По строке на проверку; выберите строку, чтобы увидеть данные и рекомендации.</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Подробности выбранной проверки</translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n в порядке</numerusform>
            <numerusform>%n в порядке</numerusform>
            <numerusform>%n в порядке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущена</numerusform>
            <numerusform>%n пропущены</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>заняло %1</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Проверки: %1</translation>
    </message>
    <message>
        <source>Select a row of the checklist to read what it rests on and what to do about it.</source>
        <translation>Выберите строку проверок, чтобы увидеть, на чём она основана и что делать.</translation>
    </message>
    <message>
        <source>%1: these checks need nothing from you. Expand the row to read them.</source>
        <translation>%1: эти проверки не требуют действий. Разверните строку, чтобы их прочитать.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>Check id: %1</source>
        <translation>ID проверки: %1</translation>
    </message>
</context>
<context>
    <name>ghcr::DockerCredentialsInspector</name>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Файл не является корректным JSON (%1).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Docker&apos;s config names an unusual credential helper “%1”; not run.</source>
        <translation>В конфигурации Docker указан необычный помощник учётных данных «%1»; он не запускался.</translation>
    </message>
    <message>
        <source>Docker stores logins with %1, which is not installed here (or not on PATH); its stored login could not be compared.</source>
        <translation>Docker хранит данные входа через %1, но он здесь не установлен (или его нет в PATH); сохранённый вход сравнить не удалось.</translation>
    </message>
    <message>
        <source>%1 did not finish normally.</source>
        <translation>%1 завершился аварийно.</translation>
    </message>
    <message>
        <source>%1 answered without a stored secret.</source>
        <translation>%1 ответил без сохранённого секрета.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds (is a keychain prompt waiting?).</source>
        <translation>%1 не ответил за %2 с (не ждёт ли он разблокировки хранилища паролей?).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: exit %2, %n byte(s) of output not shown (it may hold a stored secret).</source>
        <translation>
            <numerusform>%1 завершился с ошибкой: код %2, %n байт вывода не показан (там может быть сохранённый секрет).</numerusform>
            <numerusform>%1 завершился с ошибкой: код %2, %n байта вывода не показаны (там может быть сохранённый секрет).</numerusform>
            <numerusform>%1 завершился с ошибкой: код %2, %n байт вывода не показаны (там может быть сохранённый секрет).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 printed more than %2 KiB; it was stopped and its output dropped.</source>
        <translation>%1 вывел больше %2 КиБ; он остановлен, его вывод отброшен.</translation>
    </message>
    <message>
        <source>%1 was not asked: the time for stored logins was used up.</source>
        <translation>%1 не опрошен: время на поиск сохранённых входов истекло.</translation>
    </message>
</context>
<context>
    <name>ghcr::EvidencePanel</name>
    <message>
        <source>%1: elapsed time</source>
        <translation>%1: прошло времени</translation>
    </message>
    <message>
        <source>%1: in progress</source>
        <translation>%1: выполняется</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>%1: evidence</source>
        <translation>%1: данные</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in the browser.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть в браузере.</translation>
    </message>
</context>
<context>
    <name>ghcr::FixStepsView</name>
    <message>
        <source>Fix steps</source>
        <translation>Как исправить</translation>
    </message>
    <message>
        <source>C&amp;opy fix steps</source>
        <translation>С&amp;копировать шаги</translation>
    </message>
    <message>
        <source>Copy fix steps</source>
        <translation>Скопировать шаги</translation>
    </message>
    <message>
        <source>Copies the fix steps as Markdown. The token is never included.</source>
        <translation>Копирует шаги исправления в Markdown. Токен туда никогда не попадает.</translation>
    </message>
    <message>
        <source>Open token setti&amp;ngs</source>
        <translation>&amp;Настройки токенов</translation>
    </message>
    <message>
        <source>Open token settings</source>
        <translation>Открыть настройки токенов</translation>
    </message>
    <message>
        <source>Authori&amp;ze SSO</source>
        <translation>Авторизовать &amp;SSO</translation>
    </message>
    <message>
        <source>Authorize SSO</source>
        <translation>Авторизовать SSO</translation>
    </message>
    <message>
        <source>Opens GitHub&apos;s page to authorize this token for the organization&apos;s SAML single sign-on. The link expires an hour after the check.</source>
        <translation>Открывает страницу GitHub для авторизации токена в SAML SSO организации. Ссылка действует час после проверки.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Opens GitHub&apos;s form for a new classic token with exactly the scopes this check needs (never “repo”):
%1</source>
        <translation>Открывает форму GitHub для нового классического токена ровно с теми областями доступа, которые нужны (никогда не «repo»):
%1</translation>
    </message>
    <message>
        <source>Fix steps appear here when the check is done.</source>
        <translation>Шаги исправления появятся здесь по окончании проверки.</translation>
    </message>
    <message>
        <source>Numbered fix steps appear here after a check, with commands for PowerShell and POSIX shells.</source>
        <translation>После проверки здесь появятся пронумерованные шаги с командами для PowerShell и POSIX-оболочек.</translation>
    </message>
    <message>
        <source>The check was cancelled before it could suggest anything.</source>
        <translation>Проверка отменена раньше, чем появились рекомендации.</translation>
    </message>
    <message>
        <source>Nothing to fix: the token does what you asked for.</source>
        <translation>Исправлять нечего: токен делает то, что нужно.</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>POSIX shell (bash, zsh)</source>
        <translation>POSIX-оболочка (bash, zsh)</translation>
    </message>
    <message>
        <source>GitHub Actions workflow (YAML)</source>
        <translation>Рабочий процесс GitHub Actions (YAML)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ghcr::GitHubApiClient</name>
    <message>
        <source>The GitHub API check was cancelled.</source>
        <translation>Проверка через API GitHub отменена.</translation>
    </message>
    <message>
        <source>%1 answered 200 but the body is not GitHub&apos;s user object (%2). Is the API URL right? A proxy or captive portal may be answering instead.</source>
        <translation>%1 ответил 200, но тело ответа — не объект пользователя GitHub (%2). Верен ли URL API? Возможно, вместо GitHub отвечает прокси или страница входа в сеть (captive portal).</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>no “login” field</source>
        <translation>нет поля «login»</translation>
    </message>
    <message>
        <source>GitHub answered 401 (%1): the token is not valid — it was revoked, it expired, or it was mistyped.</source>
        <translation>GitHub ответил 401 (%1): токен недействителен — он отозван, истёк или введён с ошибкой.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>без сообщения</translation>
    </message>
    <message>
        <source>GitHub answered 403: an organization uses SAML single sign-on and this token is not authorized for it yet.</source>
        <translation>GitHub ответил 403: организация использует SAML SSO, а этот токен для неё ещё не авторизован.</translation>
    </message>
    <message>
        <source>in %1 seconds</source>
        <translation>через %1 с</translation>
    </message>
    <message>
        <source>later</source>
        <translation>позже</translation>
    </message>
    <message>
        <source>GitHub answered %1: the API rate limit is exhausted; it resets %2. The token itself may be fine.</source>
        <translation>GitHub ответил %1: лимит запросов к API исчерпан, сброс %2. Сам токен может быть в порядке.</translation>
    </message>
    <message>
        <source>GitHub answered 403 after too many failed sign-in attempts from this address; it refuses every attempt for a while. Wait before trying again.</source>
        <translation>GitHub ответил 403 после слишком многих неудачных попыток входа с этого адреса; какое-то время он отклоняет все попытки. Подождите, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <source>GitHub answered 403 (%1).</source>
        <translation>GitHub ответил 403 (%1).</translation>
    </message>
    <message>
        <source>GitHub answered 404 for %1: the API URL may be wrong (GitHub Enterprise Server uses https://HOST/api/v3), or the token lacks a scope this endpoint needs.</source>
        <translation>GitHub ответил 404 на %1: возможно, неверен URL API (у GitHub Enterprise Server это https://HOST/api/v3) или токену не хватает области доступа, нужной этому эндпоинту.</translation>
    </message>
    <message>
        <source>GitHub answered %1 (a server error) to GET %2; try again in a few minutes, and check the service status.</source>
        <translation>GitHub ответил %1 (ошибка сервера) на GET %2; повторите через несколько минут и проверьте статус сервиса.</translation>
    </message>
    <message>
        <source>GitHub answered an unexpected %1 to GET %2.</source>
        <translation>GitHub неожиданно ответил %1 на GET %2.</translation>
    </message>
    <message>
        <source>%1 answered %2 without GitHub&apos;s signature (no X-GitHub-Request-Id): this does not look like GitHub&apos;s API. Did you mean %3?</source>
        <translation>%1 ответил %2 без подписи GitHub (нет X-GitHub-Request-Id): это не похоже на API GitHub. Может быть, вы имели в виду %3?</translation>
    </message>
    <message>
        <source>%1 answered %2 without GitHub&apos;s signature (no X-GitHub-Request-Id): this does not look like GitHub&apos;s API. Check the API URL; a proxy or captive portal may be answering instead.</source>
        <translation>%1 ответил %2 без подписи GitHub (нет X-GitHub-Request-Id): это не похоже на API GitHub. Проверьте URL API; возможно, вместо него отвечает прокси или captive portal.</translation>
    </message>
    <message>
        <source>GitHub recognised an installation token (an Actions GITHUB_TOKEN or a GitHub App&apos;s): it answered 403 “%1”, as it does for every installation token on /user. Such tokens have permissions instead of scopes.</source>
        <translation>GitHub распознал токен установки (GITHUB_TOKEN из Actions или токен GitHub App): он ответил 403 «%1», как отвечает на /user для любого токена установки. У таких токенов вместо областей доступа — разрешения.</translation>
    </message>
    <message>
        <source>%1 answered 200 with a “login” that contains the token itself: this is not GitHub&apos;s API, or something between you and it echoes credentials.</source>
        <translation>%1 ответил 200 с «login», в котором содержится сам токен: это не API GitHub, или что-то между вами и ним возвращает учётные данные обратно.</translation>
    </message>
</context>
<context>
    <name>ghcr::HttpClient</name>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>«%1» — недопустимый URL.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain HTTP to %1; plain HTTP is allowed only to this computer and only when you ask for it (--allow-http-loopback).</source>
        <translation>Учётные данные не отправляются по обычному HTTP на %1: обычный HTTP разрешён только к этому компьютеру и только по вашему явному запросу (--allow-http-loopback).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain HTTP to %1: credentials travel only over HTTPS.</source>
        <translation>Учётные данные не отправляются по обычному HTTP на %1: они передаются только по HTTPS.</translation>
    </message>
    <message>
        <source>Unsupported URL scheme “%1”: only https:// is used.</source>
        <translation>Неподдерживаемая схема URL «%1»: используется только https://.</translation>
    </message>
    <message>
        <source>%1 redirected to another host (%2); the redirect was not followed so that credentials never leave the host they belong to.</source>
        <translation>%1 перенаправил на другой хост (%2); перенаправление не выполнено, чтобы учётные данные не уходили с хоста, которому они принадлежат.</translation>
    </message>
    <message>
        <source>The answer to %1 was larger than %2 KiB and was cut off; this server does not behave like GitHub or a container registry.</source>
        <translation>Ответ на %1 превысил %2 КиБ и был обрезан; этот сервер ведёт себя не как GitHub или реестр контейнеров.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The server answered %1%2 to %3.</source>
        <translation>Сервер ответил %1%2 на %3.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Is the host and port right, and is the service running?</source>
        <translation>%1 отказал в соединении (%2). Правильны ли хост и порт, запущен ли сервис?</translation>
    </message>
    <message>
        <source>The host %1 was not found. Check the spelling, your DNS and your network connection.</source>
        <translation>Хост %1 не найден. Проверьте написание, DNS и сетевое подключение.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If your network inspects TLS or your server uses a private certificate authority, pass its certificate (--ca-file or the window&apos;s CA setting).</source>
        <translation>Не удалось установить защищённое соединение с %1: %2. Если ваша сеть инспектирует TLS или сервер использует собственный удостоверяющий центр, передайте его сертификат (--ca-file или настройка УЦ в окне).</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2.</source>
        <translation>%1 закрыл соединение, не ответив на %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1: ошибка — %2.</translation>
    </message>
    <message>
        <source>the check&apos;s %1-second budget (--timeout)</source>
        <translation>бюджет проверки в %1 с (--timeout)</translation>
    </message>
    <message>
        <source>Not attempted: %1 did not answer earlier in this check (%2 was not sent).</source>
        <translation>Не выполнено: %1 не ответил ранее в этой проверке (%2 не отправлен).</translation>
    </message>
    <message>
        <source>Not attempted: %1 was not sent because %2 was spent.</source>
        <translation>Не выполнено: %1 не отправлен, потому что %2 исчерпан.</translation>
    </message>
    <message>
        <source>Not sent: the credential for %1 is %2 KiB, larger than the %3 KiB any real registry or GitHub issues.</source>
        <translation>Не отправлено: учётные данные для %1 занимают %2 КиБ — больше %3 КиБ, которые выдаёт любой настоящий реестр или GitHub.</translation>
    </message>
    <message>
        <source>Not sent: a header value for %1 holds a line break.</source>
        <translation>Не отправлено: значение заголовка для %1 содержит перевод строки.</translation>
    </message>
    <message>
        <source>%1 was answered with headers larger than %2 KiB or more than %3 header lines; no real GitHub or registry server does that, so the answer was dropped at once.</source>
        <translation>На %1 пришли заголовки больше %2 КиБ или больше %3 строк заголовков; настоящие серверы GitHub и реестров так не отвечают, поэтому ответ сразу отброшен.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not answered in HTTP/1.1 (after %n byte(s) the answer could not be read); is something else listening on that port?</source>
        <translation>
            <numerusform>На %1 не пришёл ответ по HTTP/1.1 (после %n байта ответ не удалось прочитать); не слушает ли этот порт что-то другое?</numerusform>
            <numerusform>На %1 не пришёл ответ по HTTP/1.1 (после %n байтов ответ не удалось прочитать); не слушает ли этот порт что-то другое?</numerusform>
            <numerusform>На %1 не пришёл ответ по HTTP/1.1 (после %n байтов ответ не удалось прочитать); не слушает ли этот порт что-то другое?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 broke after %n byte(s) of the answer to %2; the answer is incomplete and was not used.</source>
        <translation>
            <numerusform>Соединение с %1 оборвалось после %n байта ответа на %2; ответ неполный и не использован.</numerusform>
            <numerusform>Соединение с %1 оборвалось после %n байтов ответа на %2; ответ неполный и не использован.</numerusform>
            <numerusform>Соединение с %1 оборвалось после %n байтов ответа на %2; ответ неполный и не использован.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 redirected in a loop (%n hop(s) followed on the same host); stopped there. The server is misconfigured or is not the service it should be.</source>
        <translation>
            <numerusform>%1 перенаправлял по кругу (пройден %n переход на том же хосте); на этом остановились. Сервер настроен неверно или это не тот сервис.</numerusform>
            <numerusform>%1 перенаправлял по кругу (пройдено %n перехода на том же хосте); на этом остановились. Сервер настроен неверно или это не тот сервис.</numerusform>
            <numerusform>%1 перенаправлял по кругу (пройдено %n переходов на том же хосте); на этом остановились. Сервер настроен неверно или это не тот сервис.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer within %2.</source>
        <translation>%1 не ответил, пока не истёк %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n byte(s) and then stalled or trickled; the answer was not complete within %2.</source>
        <translation>
            <numerusform>%1 прислал %n байт и затем замер или слал по капле; ответ не завершился, пока не истёк %2.</numerusform>
            <numerusform>%1 прислал %n байта и затем замер или слал по капле; ответ не завершился, пока не истёк %2.</numerusform>
            <numerusform>%1 прислал %n байт и затем замер или слал по капле; ответ не завершился, пока не истёк %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The CA file %3 was trusted for this check, but no certificate in it signed %1&apos;s certificate chain. Give the CA certificate the chain ends at (its root: ask the server&apos;s or the TLS-inspecting proxy&apos;s administrator), not the server&apos;s own certificate or another CA.</source>
        <translation>Не удалось установить защищённое соединение с %1: %2. CA-файлу %3 в этой проверке доверяли, но ни один сертификат в нём не подписал цепочку сертификатов %1. Укажите сертификат центра сертификации, которым заканчивается цепочка (её корневой: спросите администратора сервера или прокси, инспектирующего TLS), а не собственный сертификат сервера и не другой центр сертификации.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The CA file %3 was trusted for this check, but no certificate in it signed %1&apos;s certificate chain, which was issued by “%4”. Give the certificate of “%4” (the chain&apos;s root: ask the server&apos;s or the TLS-inspecting proxy&apos;s administrator), not the server&apos;s own certificate or another CA.</source>
        <translation>Не удалось установить защищённое соединение с %1: %2. CA-файлу %3 в этой проверке доверяли, но ни один сертификат в нём не подписал цепочку сертификатов %1, выпущенную «%4». Укажите сертификат «%4» (корневой сертификат цепочки: спросите администратора сервера или прокси, инспектирующего TLS), а не собственный сертификат сервера и не другой центр сертификации.</translation>
    </message>
</context>
<context>
    <name>ghcr::KeychainController</name>
    <message>
        <source>Keychain:</source>
        <translation>Хранилище:</translation>
    </message>
    <message>
        <source>GHCR Doctor keeps the token in memory for this session only; nothing is written to disk.</source>
        <translation>GHCR Doctor хранит токен в памяти только до конца сеанса; на диск ничего не записывается.</translation>
    </message>
    <message>
        <source>No keychain in use: a token you paste is used for this session only and never saved.</source>
        <translation>Хранилище паролей не используется: вставленный токен действует только в этом сеансе и не сохраняется.</translation>
    </message>
    <message>
        <source>Loading the saved token for %1 from the keychain…</source>
        <translation>Загрузка сохранённого токена %1 из хранилища…</translation>
    </message>
    <message>
        <source>The token remembered for %1 could not be loaded. %2</source>
        <translation>Не удалось загрузить токен, запомненный для %1. %2</translation>
    </message>
    <message>
        <source>A token for %1 is saved in the keychain; the token you entered is used instead.</source>
        <translation>В хранилище есть токен для %1; используется введённый вами токен.</translation>
    </message>
    <message>
        <source>Token for %1 loaded from the keychain (%2, %3). It is not shown; paste another token to replace it.</source>
        <translation>Токен для %1 загружен из хранилища (%2, %3). Он не показывается; вставьте другой токен, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The token was not saved in the keychain: GitHub did not accept it.</source>
        <translation>Токен не сохранён в хранилище: GitHub его не принял.</translation>
    </message>
    <message>
        <source>Enter a user name to remember the token for it.</source>
        <translation>Введите имя пользователя, чтобы запомнить токен для него.</translation>
    </message>
    <message>
        <source>Saving the token for %1 in the keychain… Your system may ask you to unlock or create a keyring for it.</source>
        <translation>Сохранение токена для %1 в хранилище… Система может попросить разблокировать или создать связку ключей.</translation>
    </message>
    <message>
        <source>Token saved in the keychain for %1. It loads automatically next time.</source>
        <translation>Токен для %1 сохранён в хранилище. В следующий раз он загрузится автоматически.</translation>
    </message>
    <message>
        <source>Removing the saved token for %1 from the keychain…</source>
        <translation>Удаление сохранённого токена %1 из хранилища…</translation>
    </message>
    <message>
        <source>The saved token for %1 was removed from the keychain.</source>
        <translation>Сохранённый токен для %1 удалён из хранилища.</translation>
    </message>
    <message>
        <source>The saved token for %1 was removed from the keychain. The token in the field stays for this session (in memory only).</source>
        <translation>Сохранённый токен для %1 удалён из хранилища. Токен в поле остаётся до конца сеанса (только в памяти).</translation>
    </message>
</context>
<context>
    <name>ghcr::MainWindow</name>
    <message>
        <source>Paste a token first: the token field is empty.</source>
        <translation>Сначала вставьте токен: поле токена пустое.</translation>
    </message>
    <message>
        <source>Check the input: %1</source>
        <translation>Проверьте ввод: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>Fix steps copied to the clipboard as Markdown (%n step(s), without the token).</source>
        <translation>
            <numerusform>Шаги скопированы в буфер обмена в Markdown (%n шаг, без токена).</numerusform>
            <numerusform>Шаги скопированы в буфер обмена в Markdown (%n шага, без токена).</numerusform>
            <numerusform>Шаги скопированы в буфер обмена в Markdown (%n шагов, без токена).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 открыт в браузере.</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself: %1</source>
        <translation>Не удалось открыть браузер. Откройте адрес вручную: %1</translation>
    </message>
    <message>
        <source>Opened GitHub&apos;s SSO authorization page. Check the token again once you have authorized it.</source>
        <translation>Открыта страница авторизации SSO на GitHub. После авторизации проверьте токен ещё раз.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Paste a token in the main window first: the token field is empty.</source>
        <translation>Сначала вставьте токен в главном окне: поле токена пусто.</translation>
    </message>
    <message>
        <source>Check the input in the main window: %1</source>
        <translation>Проверьте данные в главном окне: %1</translation>
    </message>
</context>
<context>
    <name>ghcr::MemoryTokenStore</name>
    <message>
        <source>No token is kept for %1 in this session.</source>
        <translation>В этом сеансе для %1 токен не хранится.</translation>
    </message>
</context>
<context>
    <name>ghcr::PackageLister</name>
    <message>
        <source>GitHub&apos;s answer to GET %1 is not a list of packages.</source>
        <translation>Ответ GitHub на GET %1 — не список пакетов.</translation>
    </message>
    <message>
        <source>Organization %1 uses SAML single sign-on and this token is not authorized for it: authorize it in the token&apos;s settings (Configure SSO).</source>
        <translation>Организация %1 использует единый вход SAML, а этот токен для неё не авторизован: авторизуйте его в настройках токена (Configure SSO).</translation>
    </message>
    <message>
        <source>GitHub refused the token (401)%1.</source>
        <translation>GitHub отклонил токен (401)%1.</translation>
    </message>
    <message>
        <source>GitHub refused the listing (403): %1</source>
        <translation>GitHub отказал в списке (403): %1</translation>
    </message>
    <message>
        <source>The token may not list packages (403)%1: a classic token needs read:packages, a fine-grained token the Packages read permission for %2.</source>
        <translation>Токену нельзя перечислять пакеты (403)%1: классическому токену нужен read:packages, детализированному — право Packages на чтение для %2.</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>учётной записи</translation>
    </message>
    <message>
        <source>GitHub answered 404: this server has no such API (GitHub Enterprise Server without Packages?).</source>
        <translation>GitHub ответил 404: у этого сервера нет такого API (GitHub Enterprise Server без Packages?).</translation>
    </message>
    <message>
        <source>GitHub answered 404 for %1: no such organization visible to this token, or this server has no packages API (GitHub Enterprise Server without Packages).</source>
        <translation>GitHub ответил 404 для %1: такой организации токен не видит, или у этого сервера нет API пакетов (GitHub Enterprise Server без Packages).</translation>
    </message>
    <message>
        <source>GitHub answered %1%2.</source>
        <translation>GitHub ответил %1%2.</translation>
    </message>
    <message numerus="yes">
        <source>more than %n packages in all: the others were not listed (name the owners with --owner, or the images with --image / --images-file).</source>
        <translation>
            <numerusform>всего больше %n пакета: остальные не перечислены (укажите владельцев через --owner или образы через --image / --images-file).</numerusform>
            <numerusform>всего больше %n пакетов: остальные не перечислены (укажите владельцев через --owner или образы через --image / --images-file).</numerusform>
            <numerusform>всего больше %n пакетов: остальные не перечислены (укажите владельцев через --owner или образы через --image / --images-file).</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub requires SAML single sign-on authorization for this token: authorize it for your organizations in the token&apos;s settings (Configure SSO).</source>
        <translation>GitHub требует авторизации этого токена для единого входа SAML: авторизуйте его для своих организаций в настройках токена (Configure SSO).</translation>
    </message>
    <message>
        <source>An Actions or GitHub App token may not list these packages (403)%1: name the images to check with --image or --images-file.</source>
        <translation>Токен Actions или GitHub App не может перечислять эти пакеты (403)%1: назовите образы для проверки через --image или --images-file.</translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s answer put its next page on another host (%1): it was not followed, so that the token goes only to %2; what comes after page %n was not listed.</source>
        <translation>
            <numerusform>Ответ GitHub указал следующую страницу на другом хосте (%1): по ней не переходили, чтобы токен уходил только на %2; всё после страницы %n не перечислено.</numerusform>
            <numerusform>Ответ GitHub указал следующую страницу на другом хосте (%1): по ней не переходили, чтобы токен уходил только на %2; всё после страницы %n не перечислено.</numerusform>
            <numerusform>Ответ GitHub указал следующую страницу на другом хосте (%1): по ней не переходили, чтобы токен уходил только на %2; всё после страницы %n не перечислено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s answer links back to a page already read (%1): the listing stopped after %n pages.</source>
        <translation>
            <numerusform>Ответ GitHub ссылается на уже прочитанную страницу (%1): перечисление остановлено после %n страницы.</numerusform>
            <numerusform>Ответ GitHub ссылается на уже прочитанную страницу (%1): перечисление остановлено после %n страниц.</numerusform>
            <numerusform>Ответ GitHub ссылается на уже прочитанную страницу (%1): перечисление остановлено после %n страниц.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GitHub&apos;s listing goes on past %n pages: it stopped there (name the images with --image or --images-file).</source>
        <translation>
            <numerusform>Список GitHub длиннее %n страницы: перечисление остановлено на ней (укажите образы через --image или --images-file).</numerusform>
            <numerusform>Список GitHub длиннее %n страниц: перечисление остановлено на них (укажите образы через --image или --images-file).</numerusform>
            <numerusform>Список GitHub длиннее %n страниц: перечисление остановлено на них (укажите образы через --image или --images-file).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of GitHub&apos;s listing are not packages (no name or owner) and were skipped.</source>
        <translation>
            <numerusform>%n запись в списке GitHub не является пакетом (нет имени или владельца) и пропущена.</numerusform>
            <numerusform>%n записи в списке GitHub не являются пакетами (нет имени или владельца) и пропущены.</numerusform>
            <numerusform>%n записей в списке GitHub не являются пакетами (нет имени или владельца) и пропущены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>GET %1 did not answer within %n seconds, half of the check&apos;s budget (--timeout): the listing stopped there so that the images already listed could be probed.</source>
        <translation>
            <numerusform>GET %1 не ответил за %n секунду, половину времени проверки (--timeout): перечисление остановлено, чтобы уже найденные образы успели проверить.</numerusform>
            <numerusform>GET %1 не ответил за %n секунды, половину времени проверки (--timeout): перечисление остановлено, чтобы уже найденные образы успели проверить.</numerusform>
            <numerusform>GET %1 не ответил за %n секунд, половину времени проверки (--timeout): перечисление остановлено, чтобы уже найденные образы успели проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub&apos;s API rate limit stopped the listing (%1)%2: wait a few minutes and check again, or name the images with --image / --images-file.</source>
        <translation>Перечисление остановлено лимитом запросов API GitHub (%1)%2: подождите несколько минут и проверьте снова или укажите образы через --image / --images-file.</translation>
    </message>
    <message>
        <source>GitHub&apos;s API rate limit stopped the listing (%1)%2: check again after %3, or name the images with --image / --images-file.</source>
        <translation>Перечисление остановлено лимитом запросов API GitHub (%1)%2: проверьте снова после %3 или укажите образы через --image / --images-file.</translation>
    </message>
    <message>
        <source>GitHub answered %1%2: an error on GitHub&apos;s side (or a proxy&apos;s); check again later.</source>
        <translation>GitHub ответил %1%2: ошибка на стороне GitHub (или прокси); проверьте позже.</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to GET %1 is not a list of organizations.</source>
        <translation>Ответ GitHub на GET %1 — не список организаций.</translation>
    </message>
</context>
<context>
    <name>ghcr::PackageProbe</name>
    <message>
        <source>GitHub&apos;s answer to GET %1 is not a package (no name, visibility or repository as GitHub gives them).</source>
        <translation>Ответ GitHub на GET %1 — не пакет (нет имени, видимости или репозитория в том виде, в каком их даёт GitHub).</translation>
    </message>
    <message numerus="yes">
        <source>GET %1 did not answer within %n seconds, half of the check&apos;s budget (--timeout): the package&apos;s visibility and link are not known.</source>
        <translation>
            <numerusform>GET %1 не ответил за %n секунду, половину времени проверки (--timeout): видимость пакета и его связь с репозиторием неизвестны.</numerusform>
            <numerusform>GET %1 не ответил за %n секунды, половину времени проверки (--timeout): видимость пакета и его связь с репозиторием неизвестны.</numerusform>
            <numerusform>GET %1 не ответил за %n секунд, половину времени проверки (--timeout): видимость пакета и его связь с репозиторием неизвестны.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ghcr::PackagesWindow</name>
    <message>
        <source>All packages — GHCR Doctor</source>
        <translation>Все пакеты — GHCR Doctor</translation>
    </message>
    <message>
        <source>&amp;List the packages through GitHub&apos;s API (needs read:packages)</source>
        <translation>&amp;Получить список пакетов через API GitHub (нужен read:packages)</translation>
    </message>
    <message>
        <source>all: your account and every organization you belong to</source>
        <translation>все: ваша учётная запись и все ваши организации</translation>
    </message>
    <message>
        <source>Owners to list</source>
        <translation>Чьи пакеты перечислить</translation>
    </message>
    <message>
        <source>&amp;Owners:</source>
        <translation>&amp;Владельцы:</translation>
    </message>
    <message>
        <source>OWNER/NAME[:TAG], one per line; # starts a comment. Checked as well, or instead when the packages cannot be listed.</source>
        <translation>ВЛАДЕЛЕЦ/ИМЯ[:ТЕГ], по одному в строке; # начинает комментарий. Проверяются вместе со списком или вместо него, если список получить нельзя.</translation>
    </message>
    <message>
        <source>Images to check</source>
        <translation>Образы для проверки</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Образы:</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>Пров&amp;ерить все</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Filter by image, repository or note</source>
        <translation>Фильтр по образу, репозиторию или примечанию</translation>
    </message>
    <message>
        <source>Filter the images</source>
        <translation>Фильтр образов</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>Every image</source>
        <translation>Все образы</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Только проблемы</translation>
    </message>
    <message>
        <source>Which images to show</source>
        <translation>Какие образы показывать</translation>
    </message>
    <message>
        <source>Images and what the token may do with them</source>
        <translation>Образы и что токен может с ними делать</translation>
    </message>
    <message>
        <source>The selected image&apos;s evidence</source>
        <translation>Данные выбранного образа</translation>
    </message>
    <message>
        <source>Select an image to see what its verdict rests on.</source>
        <translation>Выберите образ, чтобы увидеть, на чём основан его итог.</translation>
    </message>
    <message>
        <source>Nothing to check: tick “List the packages” or name images, one per line.</source>
        <translation>Проверять нечего: отметьте «Получить список пакетов» или укажите образы, по одному в строке.</translation>
    </message>
    <message>
        <source>Listing the packages…</source>
        <translation>Получение списка пакетов…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s) checked</source>
        <translation>
            <numerusform>проверено %1 из %n образа</numerusform>
            <numerusform>проверено %1 из %n образов</numerusform>
            <numerusform>проверено %1 из %n образов</numerusform>
        </translation>
    </message>
    <message>
        <source>Still being checked.</source>
        <translation>Ещё проверяется.</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Не проверен.</translation>
    </message>
    <message>
        <source>Package settings (Manage access, Manage Actions access):</source>
        <translation>Настройки пакета (Manage access, Manage Actions access):</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) checked in %1.</source>
        <translation>
            <numerusform>%n образ проверен за %1.</numerusform>
            <numerusform>%n образа проверены за %1.</numerusform>
            <numerusform>%n образов проверено за %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n image(s) checked in %2.</source>
        <translation>
            <numerusform>Отменено: проверено %1 из %n образа за %2.</numerusform>
            <numerusform>Отменено: проверено %1 из %n образов за %2.</numerusform>
            <numerusform>Отменено: проверено %1 из %n образов за %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Out of time: %1 of %n image(s) checked in %2.</source>
        <translation>
            <numerusform>Время вышло: проверено %1 из %n образа за %2.</numerusform>
            <numerusform>Время вышло: проверено %1 из %n образов за %2.</numerusform>
            <numerusform>Время вышло: проверено %1 из %n образов за %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more bad line(s).</source>
        <translation>
            <numerusform>…и ещё %n неверная строка.</numerusform>
            <numerusform>…и ещё %n неверные строки.</numerusform>
            <numerusform>…и ещё %n неверных строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <source>Open package &amp;settings</source>
        <translation>Открыть &amp;настройки пакета</translation>
    </message>
    <message>
        <source>Open the selected package&apos;s settings on GitHub: Manage access, Manage Actions access (Enter or a double click on the row).</source>
        <translation>Открыть настройки выбранного пакета на GitHub: Manage access, Manage Actions access (Enter или двойной щелчок по строке).</translation>
    </message>
    <message>
        <source>Co&amp;py row</source>
        <translation>&amp;Копировать строку</translation>
    </message>
    <message>
        <source>Copy the selected row, its cells separated by tabs, with the settings link (Ctrl+C in the table).</source>
        <translation>Скопировать выбранную строку — ячейки через табуляцию — со ссылкой на настройки (Ctrl+C в таблице).</translation>
    </message>
</context>
<context>
    <name>ghcr::RegistryAuth</name>
    <message>
        <source>Asking %1 how to authenticate (GET /v2/)…</source>
        <translation>Запрос к %1 о способе аутентификации (GET /v2/)…</translation>
    </message>
    <message>
        <source>%1 asked for a Bearer token but named no realm (token endpoint) in its WWW-Authenticate header.</source>
        <translation>%1 запросил Bearer-токен, но не указал realm (эндпоинт токенов) в заголовке WWW-Authenticate.</translation>
    </message>
    <message>
        <source>%1 answered 401 to GET /v2/ without a usable WWW-Authenticate challenge; it does not look like a container registry.</source>
        <translation>%1 ответил 401 на GET /v2/ без пригодного вызова WWW-Authenticate; это не похоже на реестр контейнеров.</translation>
    </message>
    <message>
        <source>%1 answered %2 to GET /v2/; a Docker Registry v2 answers 200 or 401 there. Is this the right registry host?</source>
        <translation>%1 ответил %2 на GET /v2/, а Docker Registry v2 отвечает там 200 или 401. Это правильный хост реестра?</translation>
    </message>
    <message>
        <source>The registry %1 sent its token endpoint to another host (%2); GHCR Doctor does not send your credentials there.</source>
        <translation>Реестр %1 указал эндпоинт токенов на другом хосте (%2); GHCR Doctor не отправляет туда ваши учётные данные.</translation>
    </message>
    <message>
        <source>The registry requires no authentication at all.</source>
        <translation>Реестр вообще не требует аутентификации.</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2…</source>
        <translation>Вход в %1 как %2…</translation>
    </message>
    <message>
        <source>The token endpoint refused %1 together (%2); asked for a login and one token per operation.</source>
        <translation>Эндпоинт токенов отказал в %1 вместе (%2); запрошены вход и отдельный токен для каждой операции.</translation>
    </message>
    <message>
        <source>The token endpoint answered 200 without a token.</source>
        <translation>Эндпоинт токенов ответил 200, но без токена.</translation>
    </message>
    <message>
        <source>The registry&apos;s token endpoint refused a token for %1 (%2): the registry itself refused before any probe was possible.</source>
        <translation>Эндпоинт токенов реестра отказал в токене для %1 (%2): реестр отказал ещё до того, как стала возможна проба.</translation>
    </message>
</context>
<context>
    <name>ghcr::RegistryClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Waiting for the GitHub API to tell the user name…</source>
        <translation>Ожидание имени пользователя от API GitHub…</translation>
    </message>
    <message>
        <source>The registry %1 is busy (429 Too Many Requests) — not a token problem; try again in a minute.</source>
        <translation>Реестр %1 перегружен (429 Too Many Requests) — это не проблема токена; попробуйте снова через минуту.</translation>
    </message>
    <message>
        <source>The registry %1 is busy (429 Too Many Requests) — not a token problem; try again in %2 s.</source>
        <translation>Реестр %1 перегружен (429 Too Many Requests) — это не проблема токена; попробуйте снова через %2 с.</translation>
    </message>
    <message>
        <source>anonymous token request → %1</source>
        <translation>анонимный запрос токена → %1</translation>
    </message>
    <message>
        <source>anonymous token request → %1; anonymous HEAD manifest → %2</source>
        <translation>анонимный запрос токена → %1; анонимный HEAD манифеста → %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s packages API lists it as %1</source>
        <translation>API пакетов GitHub указывает видимость: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not asked: the GitHub API had not told the token&apos;s login %n second(s) after the registry was ready, and %1 may check the user name, so none was guessed. Give the user name (--user NAME, or the window&apos;s User field) to check the registry without the API.</source>
        <translation>
            <numerusform>Не запрошено: GitHub API не сообщил имя владельца токена за %n секунду после готовности реестра, а %1 может проверять имя пользователя, поэтому имя не подставлялось наугад. Укажите имя пользователя (--user ИМЯ или поле «Пользователь» в окне), чтобы проверить реестр без API.</numerusform>
            <numerusform>Не запрошено: GitHub API не сообщил имя владельца токена за %n секунды после готовности реестра, а %1 может проверять имя пользователя, поэтому имя не подставлялось наугад. Укажите имя пользователя (--user ИМЯ или поле «Пользователь» в окне), чтобы проверить реестр без API.</numerusform>
            <numerusform>Не запрошено: GitHub API не сообщил имя владельца токена за %n секунд после готовности реестра, а %1 может проверять имя пользователя, поэтому имя не подставлялось наугад. Укажите имя пользователя (--user ИМЯ или поле «Пользователь» в окне), чтобы проверить реестр без API.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ghcr::RegistryProbes</name>
    <message>
        <source>Not probed: the only real test of delete is deleting something. Judged from the token&apos;s scopes instead.</source>
        <translation>Без пробы: единственная настоящая проверка delete — что-нибудь удалить. Вместо этого оценено по областям доступа токена.</translation>
    </message>
    <message>
        <source>Not probed: the registry refused the login (%1), so %2 is refused too. The rejected credentials were not sent again: repeated failures can lock an account out for a while.</source>
        <translation>Без пробы: реестр отказал во входе (%1), поэтому в %2 тоже отказано. Отклонённые учётные данные повторно не отправлялись: повторные неудачи могут на время заблокировать учётную запись.</translation>
    </message>
    <message>
        <source>The registry refused %1 with %2%3%4.</source>
        <translation>Реестр отклонил %1: %2%3%4.</translation>
    </message>
    <message>
        <source>Probing pull: HEAD manifest %1…</source>
        <translation>Проба pull: HEAD манифеста %1…</translation>
    </message>
    <message>
        <source>The registry served the manifest of %1%2%3.</source>
        <translation>Реестр отдал манифест %1%2%3.</translation>
    </message>
    <message>
        <source>Pull is authorized: the repository&apos;s tag list was readable, but the tag “%1” does not exist (404 on the manifest). Check the tag name.</source>
        <translation>Pull разрешён: список тегов репозитория читается, но тега «%1» нет (404 на манифест). Проверьте имя тега.</translation>
    </message>
    <message>
        <source>The registry listed the repository&apos;s tags.</source>
        <translation>Реестр отдал список тегов репозитория.</translation>
    </message>
    <message>
        <source>Pull is authorized; the tag “%1” does not exist.</source>
        <translation>Pull разрешён; тега «%1» не существует.</translation>
    </message>
    <message>
        <source>The registry does not know the repository %1 (404 %2). It may not exist yet, or it may be hidden from this account; pull cannot be judged. Check the owner and name.</source>
        <translation>Реестр не знает репозиторий %1 (404 %2). Возможно, он ещё не создан или скрыт от этой учётной записи; оценить pull нельзя. Проверьте владельца и имя.</translation>
    </message>
    <message>
        <source>Probing push: starting an empty upload and cancelling it…</source>
        <translation>Проба push: начинаем пустую загрузку и отменяем её…</translation>
    </message>
    <message>
        <source>The registry answered %1 to %2 instead of 202 Accepted.</source>
        <translation>Реестр ответил %1 на %2 вместо 202 Accepted.</translation>
    </message>
    <message>
        <source>The registry accepted the start of an upload (202): push is allowed. Nothing was uploaded.</source>
        <translation>Реестр принял начало загрузки (202): push разрешён. Ничего не загружено.</translation>
    </message>
    <message>
        <source>The registry gave no upload location on its own host to cancel; the empty upload expires by itself.</source>
        <translation>Реестр не дал адрес загрузки на своём хосте для отмены; пустая загрузка истечёт сама.</translation>
    </message>
    <message>
        <source>No cancel sent: the registry answered %1 to this run&apos;s first one (ghcr.io cannot cancel an upload). The empty upload expires by itself.</source>
        <translation>Отмена не отправлена: на первую отмену в этом прогоне реестр ответил %1 (ghcr.io не умеет отменять загрузку). Пустая загрузка истечёт сама.</translation>
    </message>
    <message>
        <source>The cancel of the empty upload was sent; its answer was not awaited (the empty upload expires by itself).</source>
        <translation>Отмена пустой загрузки отправлена; ответа на неё не ждали (пустая загрузка истекает сама).</translation>
    </message>
    <message>
        <source>The empty upload was cancelled (%1).</source>
        <translation>Пустая загрузка отменена (%1).</translation>
    </message>
    <message>
        <source>The registry did not let us cancel the empty upload (%1%2); that is not a push failure — some registries need the delete right to cancel, ghcr.io answers 405. The empty upload expires by itself.</source>
        <translation>Реестр не дал отменить пустую загрузку (%1%2); это не сбой push — некоторым реестрам для отмены нужно право на удаление, а ghcr.io отвечает 405. Пустая загрузка истечёт сама.</translation>
    </message>
    <message>
        <source>Cancelling the empty upload failed (%1); it expires by itself.</source>
        <translation>Не удалось отменить пустую загрузку (%1); она истечёт сама.</translation>
    </message>
</context>
<context>
    <name>ghcr::ResultsView</name>
    <message>
        <source>Verdict</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>The inputs changed after this check: the results below are for the previous inputs. Press Check token to check again.</source>
        <translation>Данные изменились после проверки: результаты ниже относятся к прежним данным. Нажмите «Проверить токен», чтобы проверить снова.</translation>
    </message>
    <message>
        <source>Results are out of date</source>
        <translation>Результаты устарели</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>Со&amp;хранить отчёт…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Save the check as text, JSON, Markdown, HTML or PDF (Ctrl+S). Reports never contain the token.</source>
        <translation>Сохранить проверку как текст, JSON, Markdown, HTML или PDF (Ctrl+S). В отчётах никогда нет токена.</translation>
    </message>
    <message>
        <source>How GHCR Doctor works</source>
        <translation>Как работает GHCR Doctor</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>Как это работает</translation>
    </message>
    <message>
        <source>Paste the token you use for docker login (a classic token: ghp_…).</source>
        <translation>Вставьте токен, который вы используете для docker login (классический токен: ghp_…).</translation>
    </message>
    <message>
        <source>Optionally enter the image you pull or push, and tick what you want to verify.</source>
        <translation>При желании укажите образ, для которого вы делаете pull или push, и отметьте, что нужно проверить.</translation>
    </message>
    <message>
        <source>Press Check token. The GitHub API and the container registry are asked side by side; nothing is downloaded or written.</source>
        <translation>Нажмите «Проверить токен». API GitHub и реестр контейнеров опрашиваются параллельно; ничего не скачивается и не записывается.</translation>
    </message>
    <message>
        <source>You get a verdict, the evidence from both sides, a checklist with problems first and numbered steps to fix them. The token is never saved unless you ask, and never appears in a report.</source>
        <translation>Вы получите итог, данные с обеих сторон, список проверок (сначала проблемы) и пронумерованные шаги для исправления. Токен сохраняется только по вашей просьбе и никогда не попадает в отчёт.</translation>
    </message>
    <message>
        <source>Waiting for a check.</source>
        <translation>Ожидание проверки.</translation>
    </message>
    <message>
        <source>Ready: press Check token. GHCR Doctor asks the GitHub API and the container registry side by side and tells you what to fix.</source>
        <translation>Всё готово: нажмите «Проверить токен». GHCR Doctor параллельно опросит API GitHub и реестр контейнеров и подскажет, что исправить.</translation>
    </message>
    <message>
        <source>Paste a token and press Check token. GHCR Doctor asks the GitHub API and the container registry side by side and tells you what to fix.</source>
        <translation>Вставьте токен и нажмите «Проверить токен». GHCR Doctor параллельно спросит API GitHub и реестр контейнеров и скажет, что исправить.</translation>
    </message>
    <message>
        <source>Asking %1 about the token…</source>
        <translation>Запрос к %1 о токене…</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Соединение с %1…</translation>
    </message>
    <message>
        <source>Checking… the GitHub API and the registry %1 are asked side by side.</source>
        <translation>Проверка… API GitHub и реестр %1 опрашиваются параллельно.</translation>
    </message>
</context>
<context>
    <name>ghcr::StoredLoginsPanel</name>
    <message>
        <source>Stored logins for this registry</source>
        <translation>Сохранённые входы в этот реестр</translation>
    </message>
    <message>
        <source>Change a stored login</source>
        <translation>Изменение сохранённого входа</translation>
    </message>
    <message>
        <source>Re-checked: the list shows the logins now.</source>
        <translation>Проверено заново: список показывает текущие входы.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Где хранится</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Stored token</source>
        <translation>Сохранённый токен</translation>
    </message>
    <message>
        <source>Stored logins</source>
        <translation>Сохранённые входы</translation>
    </message>
    <message>
        <source>Remove this stale login</source>
        <translation>Удалить устаревший вход</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>The check did not prove every requested operation, so this token cannot be stored; a stale login can still be removed.</source>
        <translation>Проверка не подтвердила все запрошенные операции, поэтому этот токен нельзя сохранить; устаревший вход всё же можно удалить.</translation>
    </message>
    <message>
        <source>no login for this registry</source>
        <translation>нет входа в этот реестр</translation>
    </message>
    <message>
        <source>this token (%1)</source>
        <translation>этот токен (%1)</translation>
    </message>
    <message>
        <source>another token (%1): stale?</source>
        <translation>другой токен (%1): устарел?</translation>
    </message>
    <message>
        <source>Enabled when the check proved every requested operation.</source>
        <translation>Доступно, когда проверка подтвердила все запрошенные операции.</translation>
    </message>
    <message>
        <source>Remove the %1 login for %2 from %3?</source>
        <translation>Удалить вход %1 в %2 из %3?</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Изменено: %1.</translation>
    </message>
    <message>
        <source>Backup: %1.</source>
        <translation>Резервная копия: %1.</translation>
    </message>
    <message>
        <source>Check the saved login too</source>
        <translation>Проверить и сохранённый вход</translation>
    </message>
    <message>
        <source>Runs the same check with the selected login&apos;s stored token (read into memory only) to tell which token is the stale one.</source>
        <translation>Запускает ту же проверку с токеном выбранного сохранённого входа (он читается только в память), чтобы понять, какой токен устарел.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Checking the saved login (%1)…</source>
        <translation>Проверяется сохранённый вход (%1)…</translation>
    </message>
    <message>
        <source>The saved login (%1): %2</source>
        <translation>Сохранённый вход (%1): %2</translation>
    </message>
    <message>
        <source>Store this token for %1</source>
        <translation>Сохранить этот токен для %1</translation>
    </message>
    <message>
        <source>Store this token for %1 as user %2 in %3?</source>
        <translation>Сохранить этот токен для %1 от имени пользователя %2 в %3?</translation>
    </message>
    <message>
        <source>The current file is kept as %1 (Undo copies it back).</source>
        <translation>Текущий файл сохраняется как %1 («Отменить» вернёт его).</translation>
    </message>
    <message>
        <source>Undo the last change to %1 (copies %2 back)?</source>
        <translation>Отменить последнее изменение %1 (вернуть копию %2)?</translation>
    </message>
</context>
<context>
    <name>ghcr::TokenStore</name>
    <message>
        <source>Windows Credential Manager could not be used. Make sure the “Credential Manager” service is running and that you are signed in to a normal (not a temporary) user profile.</source>
        <translation>Не удалось использовать Диспетчер учётных данных Windows. Убедитесь, что служба «Диспетчер учётных данных» запущена и вы вошли в обычный (не временный) профиль.</translation>
    </message>
    <message>
        <source>The macOS Keychain could not be used. Open Keychain Access, make sure your login keychain exists and is unlocked, then try again.</source>
        <translation>Не удалось использовать Связку ключей macOS. Откройте «Связку ключей», убедитесь, что связка «login» существует и разблокирована, и попробуйте снова.</translation>
    </message>
    <message>
        <source>On Linux the token is stored through the Secret Service over D-Bus. Start a desktop session with a Secret Service provider running — GNOME Keyring (sudo apt install gnome-keyring) or KWallet — and make sure DBUS_SESSION_BUS_ADDRESS is set (over SSH or in a container there is usually no session bus; “dbus-run-session” starts one).</source>
        <translation>В Linux токен хранится через Secret Service по D-Bus. Запустите сеанс рабочего стола с поставщиком Secret Service — GNOME Keyring (sudo apt install gnome-keyring) или KWallet — и проверьте, что задана DBUS_SESSION_BUS_ADDRESS (по SSH и в контейнерах сеансовой шины обычно нет; её запускает «dbus-run-session»).</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>без подробностей</translation>
    </message>
    <message>
        <source>No token is saved in the keychain for this host and user. Paste a token and tick “Remember token” to save it after the next check.</source>
        <translation>Для этого хоста и пользователя токен в хранилище не сохранён. Вставьте токен и отметьте «Запомнить токен», чтобы сохранить его после следующей проверки.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock the keychain and allow GHCR Doctor when it asks, then try again.</source>
        <translation>Хранилище отказало в доступе (%1). Разблокируйте его и разрешите доступ GHCR Doctor, когда оно спросит, затем повторите.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2</source>
        <translation>Хранилище паролей недоступно (%1). %2</translation>
    </message>
    <message>
        <source>The Secret Service is running but has no default keyring (%1). Create one in “Passwords and Keys” (seahorse), or log in to the desktop once so GNOME Keyring creates the “login” keyring, then try again.</source>
        <translation>Secret Service работает, но связки ключей по умолчанию нет (%1). Создайте её в «Пароли и ключи» (seahorse) или один раз войдите в графический сеанс, чтобы GNOME Keyring создал связку «login», затем повторите.</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that it is unlocked and try again.</source>
        <translation>Хранилище сообщило об ошибке (%1). Проверьте, что оно разблокировано, и повторите.</translation>
    </message>
</context>
</TS>
