<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>WindowOptions</name>
    <message>
        <source>GitHub host: github.com or a GitHub Enterprise Server host.</source>
        <translation>Хост GitHub: github.com или хост GitHub Enterprise Server.</translation>
    </message>
    <message>
        <source>GitHub API base URL (default from the host).</source>
        <translation>Базовый URL API GitHub (по умолчанию — по хосту).</translation>
    </message>
    <message>
        <source>Container registry HOST[:PORT] (default ghcr.io or containers.HOST).</source>
        <translation>Реестр контейнеров ХОСТ[:ПОРТ] (по умолчанию ghcr.io или containers.ХОСТ).</translation>
    </message>
    <message>
        <source>PEM file with extra CA certificates to trust.</source>
        <translation>PEM-файл с дополнительными доверенными сертификатами УЦ.</translation>
    </message>
    <message>
        <source>User name for the registry login.</source>
        <translation>Имя пользователя для входа в реестр.</translation>
    </message>
    <message>
        <source>Image to probe: OWNER/NAME[:TAG].</source>
        <translation>Образ для проверки: ВЛАДЕЛЕЦ/ИМЯ[:ТЕГ].</translation>
    </message>
    <message>
        <source>Operations to verify: pull,push,delete.</source>
        <translation>Проверяемые операции: pull,push,delete.</translation>
    </message>
    <message>
        <source>Prefill the token from this environment variable (never from the command line).</source>
        <translation>Взять токен из этой переменной окружения (никогда из командной строки).</translation>
    </message>
    <message>
        <source>Timeout per request in seconds.</source>
        <translation>Тайм-аут одного запроса в секундах.</translation>
    </message>
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
        <source>Unexpected argument “%1”. Run “ghcr-doctor --help” for the check command.</source>
        <translation>Неожиданный аргумент «%1». Справка по команде check: «ghcr-doctor --help».</translation>
    </message>
    <message>
        <source>--api-url needs a full URL such as https://ghe.example.com/api/v3.</source>
        <translation>--api-url требует полный URL, например https://ghe.example.com/api/v3.</translation>
    </message>
    <message>
        <source>--ops takes pull, push and delete, separated by commas.</source>
        <translation>--ops принимает pull, push и delete через запятую.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout принимает число секунд от 1 до 600.</translation>
    </message>
    <message>
        <source>--ca-file: no PEM certificate found in “%1”.</source>
        <translation>--ca-file: в «%1» нет PEM-сертификата.</translation>
    </message>
    <message>
        <source>--token-env: the environment variable %1 is empty or not set.</source>
        <translation>--token-env: переменная окружения %1 пуста или не задана.</translation>
    </message>
</context>
<context>
    <name>ghcr::EvidencePanel</name>
    <message>
        <source>not run</source>
        <translation>не выполнялся</translation>
    </message>
    <message>
        <source>token accepted</source>
        <translation>токен принят</translation>
    </message>
    <message>
        <source>bad credentials</source>
        <translation>неверные учётные данные</translation>
    </message>
    <message>
        <source>SSO authorization required</source>
        <translation>нужна авторизация SSO</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>превышен лимит запросов</translation>
    </message>
    <message>
        <source>locked out after failed attempts</source>
        <translation>заблокирован после неудачных попыток</translation>
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
        <source>unexpected answer</source>
        <translation>неожиданный ответ</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>нечитаемый ответ</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Pull (загрузка)</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push (публикация)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete (удаление)</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>нет HTTP-ответа</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>истёк %n день назад</numerusform>
            <numerusform>истёк %n дня назад</numerusform>
            <numerusform>истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Token kind</source>
        <translation>Тип токена</translation>
    </message>
    <message>
        <source>Known from the token&apos;s prefix, without any request. The fingerprint identifies the token without revealing it.</source>
        <translation>Определён по префиксу токена, без запросов. Отпечаток указывает на токен, не раскрывая его.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>GitHub said</source>
        <translation>Ответ GitHub</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Права (scopes)</translation>
    </message>
    <message>
        <source>X-OAuth-Scopes, exactly as GitHub sent it</source>
        <translation>X-OAuth-Scopes в точности как прислал GitHub</translation>
    </message>
    <message>
        <source>header absent (fine-grained, app or Actions token)</source>
        <translation>заголовка нет (fine-grained, токен приложения или Actions)</translation>
    </message>
    <message>
        <source>none (a classic token without scopes)</source>
        <translation>нет (классический токен без прав)</translation>
    </message>
    <message>
        <source>Scopes incl. implied</source>
        <translation>Права с подразумеваемыми</translation>
    </message>
    <message>
        <source>The raw scopes plus the child scopes GitHub documents as implied.</source>
        <translation>Права из заголовка плюс дочерние права, которые по документации GitHub подразумеваются.</translation>
    </message>
    <message>
        <source>Endpoint accepts</source>
        <translation>Ресурс принимает</translation>
    </message>
    <message>
        <source>X-Accepted-OAuth-Scopes</source>
        <translation>X-Accepted-OAuth-Scopes</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>GitHub-Authentication-Token-Expiration: %1</source>
        <translation>GitHub-Authentication-Token-Expiration: %1</translation>
    </message>
    <message>
        <source>Could not read this date.</source>
        <translation>Не удалось разобрать дату.</translation>
    </message>
    <message>
        <source>no expiry date sent</source>
        <translation>срок действия не указан</translation>
    </message>
    <message>
        <source>SSO</source>
        <translation>SSO</translation>
    </message>
    <message>
        <source>authorization required</source>
        <translation>нужна авторизация</translation>
    </message>
    <message>
        <source>Authorize at</source>
        <translation>Авторизовать здесь</translation>
    </message>
    <message>
        <source>partial results: not authorized for organization(s) %1</source>
        <translation>частичные результаты: нет авторизации для организаций %1</translation>
    </message>
    <message>
        <source>no SSO restriction reported</source>
        <translation>ограничений SSO нет</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>осталось %1 из %2</translation>
    </message>
    <message>
        <source>resets %1</source>
        <translation>сброс %1</translation>
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
        <source>X-GitHub-Request-Id: quote it to GitHub support</source>
        <translation>X-GitHub-Request-Id: сообщите его поддержке GitHub</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
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
        <source>Scope</source>
        <translation>Scope</translation>
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
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Login (token step)</source>
        <translation>Вход (выдача токена)</translation>
    </message>
    <message>
        <source>token issued (%1)</source>
        <translation>токен выдан (%1)</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>отказ (%1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Образ</translation>
    </message>
    <message>
        <source>none given: only the login was checked, which does not prove pull or push rights</source>
        <translation>не указан: проверен только вход, а он не доказывает права на pull и push</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>не запрошено</translation>
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
        <source>could not tell</source>
        <translation>не удалось определить</translation>
    </message>
    <message>
        <source>judged from the scopes, not probed</source>
        <translation>по правам токена, без пробы</translation>
    </message>
    <message>
        <source>the token step decided</source>
        <translation>решено при выдаче токена</translation>
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
        <source>Registry said</source>
        <translation>Ответ реестра</translation>
    </message>
    <message>
        <source>Challenge error</source>
        <translation>Ошибка в вызове</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Отмена загрузки</translation>
    </message>
    <message>
        <source>About the cancel</source>
        <translation>Об отмене</translation>
    </message>
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
</context>
<context>
    <name>ghcr::MainWindow</name>
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
        <source>GHCR Doctor</source>
        <translation>GHCR Doctor</translation>
    </message>
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
        <source>Hide the token</source>
        <translation>Скрыть токен</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Скрыть токен</translation>
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
        <translation>необязательно: будет взят логин владельца токена</translation>
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
        <source>GitHub &amp;host:</source>
        <translation>&amp;Хост GitHub:</translation>
    </message>
    <message>
        <source>GitHub host</source>
        <translation>Хост GitHub</translation>
    </message>
    <message>
        <source>github.com, or the host name of your GitHub Enterprise Server (API at https://HOST/api/v3, registry at containers.HOST).</source>
        <translation>github.com или имя хоста вашего GitHub Enterprise Server (API: https://ХОСТ/api/v3, реестр: containers.ХОСТ).</translation>
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
        <source>&amp;Pull</source>
        <translation>P&amp;ull</translation>
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
        <translation>Pu&amp;sh</translation>
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
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Verify delete</source>
        <translation>Проверить delete</translation>
    </message>
    <message>
        <source>Judged from the token&apos;s scopes only: probing delete for real would delete something.</source>
        <translation>Оценивается только по правам токена: настоящая проба удаления что-нибудь удалила бы.</translation>
    </message>
    <message>
        <source>&amp;Remember token in the system keychain</source>
        <translation>&amp;Запомнить токен в системном хранилище</translation>
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
        <source>&amp;Forget token</source>
        <translation>&amp;Забыть токен</translation>
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
        <source>No keychain is configured: the token is kept in memory for this session.</source>
        <translation>Хранилище паролей не настроено: токен хранится в памяти только на этот сеанс.</translation>
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
        <source>&amp;Check token</source>
        <translation>&amp;Проверить токен</translation>
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
        <source>Keychain status</source>
        <translation>Состояние хранилища</translation>
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
        <source>derived from the host: ghcr.io or containers.HOST</source>
        <translation>по хосту: ghcr.io или containers.ХОСТ</translation>
    </message>
    <message>
        <source>Registry host</source>
        <translation>Хост реестра</translation>
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
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Выбрать файл сертификатов УЦ</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL API:</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>&amp;Реестр:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Файл УЦ:</translation>
    </message>
    <message>
        <source>GitHub API</source>
        <translation>API GitHub</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Реестр контейнеров</translation>
    </message>
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
        <source>Open &amp;token settings</source>
        <translation>Настройки &amp;токенов</translation>
    </message>
    <message>
        <source>Open token settings</source>
        <translation>Открыть настройки токенов</translation>
    </message>
    <message>
        <source>Authorize &amp;SSO</source>
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
        <source>Save &amp;report…</source>
        <translation>Сохранить &amp;отчёт…</translation>
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
        <source>Waiting for a check.</source>
        <translation>Ожидание проверки.</translation>
    </message>
    <message>
        <source>Paste a token and press Check token. GHCR Doctor asks the GitHub API and the container registry side by side and tells you what to fix.</source>
        <translation>Вставьте токен и нажмите «Проверить токен». GHCR Doctor параллельно спросит API GitHub и реестр контейнеров и скажет, что исправить.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
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
        <source>&amp;Check</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About GHCR Doctor</source>
        <translation>&amp;О программе GHCR Doctor</translation>
    </message>
    <message>
        <source>About GHCR Doctor</source>
        <translation>О программе GHCR Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GHCR Doctor %1&lt;/h3&gt;&lt;p&gt;Diagnoses GitHub tokens against the GitHub REST API and the ghcr.io container registry, side by side, and tells you what to fix.&lt;/p&gt;&lt;p&gt;Tokens are never logged, saved in settings or copied. “Remember token” uses the system keychain only.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GHCR Doctor %1&lt;/h3&gt;&lt;p&gt;Проверяет токены GitHub параллельно через REST API GitHub и реестр контейнеров ghcr.io и говорит, что исправить.&lt;/p&gt;&lt;p&gt;Токены никогда не пишутся в журналы, настройки и буфер обмена. «Запомнить токен» использует только системное хранилище паролей.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the pasted token.</source>
        <translation>Удалены пробелы, переводы строк или кавычки вокруг вставленного токена.</translation>
    </message>
    <message>
        <source>Classic tokens (ghp_…) need &lt;b&gt;read:packages&lt;/b&gt; to pull and &lt;b&gt;write:packages&lt;/b&gt; to push. GitHub Packages does not accept fine-grained tokens.</source>
        <translation>Классическим токенам (ghp_…) нужны &lt;b&gt;read:packages&lt;/b&gt; для pull и &lt;b&gt;write:packages&lt;/b&gt; для push. GitHub Packages не принимает fine-grained токены.</translation>
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
        <source>Paste a token first: the token field is empty.</source>
        <translation>Сначала вставьте токен: поле токена пустое.</translation>
    </message>
    <message>
        <source>Check the input: %1</source>
        <translation>Проверьте ввод: %1</translation>
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
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Opens GitHub&apos;s form for a new classic token with exactly the scopes this check needs (never “repo”):
%1</source>
        <translation>Открывает форму GitHub для нового классического токена ровно с теми правами, которые нужны (никогда не «repo»):
%1</translation>
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
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
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
        <source>The registry accepted the login.</source>
        <translation>Реестр принял вход.</translation>
    </message>
    <message>
        <source>The registry allowed every requested operation.</source>
        <translation>Реестр разрешил все запрошенные операции.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer leaves a question open.</source>
        <translation>Ответ реестра оставляет вопрос открытым.</translation>
    </message>
    <message>
        <source>Not contacted.</source>
        <translation>Не опрашивался.</translation>
    </message>
    <message>
        <source>Check cancelled. No request is still running; start again when you are ready.</source>
        <translation>Проверка отменена. Ни один запрос больше не выполняется; запустите снова, когда будете готовы.</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Нужно действие</translation>
    </message>
    <message>
        <source>Could not complete</source>
        <translation>Не удалось завершить</translation>
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
    <message>
        <source>took %1</source>
        <translation>заняло %1</translation>
    </message>
    <message>
        <source>Select a row of the checklist to read what it rests on and what to do about it.</source>
        <translation>Выберите строку проверок, чтобы увидеть, на чём она основана и что делать.</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Что делать:</translation>
    </message>
    <message>
        <source>Check id: %1</source>
        <translation>ID проверки: %1</translation>
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
    <message numerus="yes">
        <source>Fix steps copied to the clipboard as Markdown (%n step(s), without the token).</source>
        <translation>
            <numerusform>Шаги скопированы в буфер обмена в Markdown (%n шаг, без токена).</numerusform>
            <numerusform>Шаги скопированы в буфер обмена в Markdown (%n шага, без токена).</numerusform>
            <numerusform>Шаги скопированы в буфер обмена в Markdown (%n шагов, без токена).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
    <message>
        <source>GHCR Doctor: container registry</source>
        <translation>GHCR Doctor: реестр контейнеров</translation>
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
        <source>Choose CA certificates</source>
        <translation>Выбор сертификатов УЦ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Хранилище:</translation>
    </message>
    <message>
        <source>No keychain in use: the token stays in memory for this session only.</source>
        <translation>Хранилище паролей не используется: токен остаётся в памяти только на этот сеанс.</translation>
    </message>
    <message>
        <source>Loading the saved token for %1 from the keychain…</source>
        <translation>Загрузка сохранённого токена %1 из хранилища…</translation>
    </message>
    <message>
        <source>A token for %1 is saved in the keychain; the token you entered is used instead.</source>
        <translation>В хранилище есть токен для %1; используется введённый вами токен.</translation>
    </message>
    <message>
        <source>A token loaded from the keychain is not shown. Paste a token to replace it.</source>
        <translation>Токен из хранилища не показывается. Вставьте другой токен, чтобы заменить его.</translation>
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
        <source>Saving the token for %1 in the keychain…</source>
        <translation>Сохранение токена для %1 в хранилище…</translation>
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
        <source>The saved token for %1 was removed from the keychain. The token in the field stays for this session.</source>
        <translation>Сохранённый токен %1 удалён из хранилища. Токен в поле остаётся до конца сеанса.</translation>
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
        <source>Checklist: %1</source>
        <translation>Проверки: %1</translation>
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
        <source>Until then GHCR Doctor keeps the token in memory for this session only; nothing is written to disk.</source>
        <translation>До тех пор GHCR Doctor хранит токен в памяти только на этот сеанс; на диск ничего не пишется.</translation>
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
        <source>The keychain refused access (%1). Unlock the keychain and allow GHCR Doctor when it asks, then try again. %2</source>
        <translation>Хранилище отказало в доступе (%1). Разблокируйте его и разрешите доступ GHCR Doctor, когда оно спросит, затем попробуйте снова. %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1). %2 %3</source>
        <translation>Хранилище паролей недоступно (%1). %2 %3</translation>
    </message>
    <message>
        <source>The Secret Service is running but has no default keyring (%1). Create one in “Passwords and Keys” (seahorse), or log in to the desktop once so GNOME Keyring creates the “login” keyring, then try again. %2</source>
        <translation>Secret Service запущен, но в нём нет связки ключей по умолчанию (%1). Создайте её в «Пароли и ключи» (seahorse) или один раз войдите в рабочий стол, чтобы GNOME Keyring создал связку «login», и попробуйте снова. %2</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that it is unlocked and try again. %2</source>
        <translation>Хранилище сообщило об ошибке (%1). Проверьте, что оно разблокировано, и попробуйте снова. %2</translation>
    </message>
</context>
</TS>
