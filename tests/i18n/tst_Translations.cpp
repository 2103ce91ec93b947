// The translations as a release ships them: every message of the Russian file is translated (no
// unfinished or empty translation, the same %1/%n placeholders as the source), the English file
// carries the plural forms, and the core's checklist really comes out in Russian through
// Diagnoser::diagnose once the embedded :/i18n/ghcr-doctor_ru.qm is installed — which proves
// that lupdate extracted the core's strings and that lrelease compiled them into the resource.

#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/token/TokenAnalysis.h"
#include "app/i18n/Translations.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QString translationType;  ///< the type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per numerus form
    qint64 line = 0;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage msg;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "context"_L1) {
                context.clear();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                msg = TsMessage();
                msg.context = context;
                msg.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                msg.line = xml.lineNumber();
            } else if (name == "source"_L1 && inMessage) {
                msg.source = xml.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                msg.translationType = xml.attributes().value("type"_L1).toString();
                if (!msg.numerus)
                    msg.translations << xml.readElementText();
            } else if (name == "numerusform"_L1 && inMessage) {
                msg.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            inMessage = false;
            out << msg;
        }
    }
    if (xml.hasError())
        *error = u"%1 (line %2)"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(u"%(?:L?n|[1-9][0-9]?)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured().remove(u'L');
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

QString describe(const TsMessage& m)
{
    return u"  line %1 [%2] “%3”"_s.arg(m.line).arg(m.context, m.source.left(100));
}

QString tsPath(const char* language)
{
    return QStringLiteral(GHCR_TS_DIR) + u"/ghcr-doctor_"_s + QLatin1StringView(language) + u".ts"_s;
}

ghcr::Diagnosis diagnoseSsoPartial(const QStringList& organizations)
{
    ghcr::CheckRequest request;
    request.host = u"github.com"_s;
    request.registry = u"ghcr.io"_s;
    request.operations = {ghcr::Operation::Pull};
    request = request.resolved();
    // The verified classic token vector (valid checksum) also used by scripts/screenshot.sh.
    const ghcr::TokenAnalysis token = ghcr::analyzeToken(u"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"_s);
    ghcr::ApiEvidence api;
    api.outcome = ghcr::ApiEvidence::Outcome::Ok;
    api.url = u"https://api.github.com/user"_s;
    api.httpStatus = 200;
    api.login = u"octocat"_s;
    api.scopes = QStringList{u"read:packages"_s};
    api.scopesExpanded = QStringList{u"read:packages"_s};
    api.ssoPartialOrganizations = organizations;
    ghcr::RegistryEvidence registry;
    const QDateTime now(QDate(2026, 11, 24), QTime(10, 15, 30), Qt::UTC);
    return ghcr::Diagnoser::diagnose(request, token, api, registry, now);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void russianIsComplete();
    void englishPluralsAreComplete();
    void diagnoserSpeaksRussian();
    void englishSourceTextIsUnchanged();
    void qtOwnStringsFollowTheLanguage();
    void russianUsesOneTermEach();
};

void tst_Translations::russianIsComplete()
{
    QString error;
    const QList<TsMessage> messages = readTs(tsPath("ru"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 600, qPrintable(u"only %1 messages: is the core extracted?"_s.arg(messages.size())));

    QStringList unfinished, empty, wrongPlaceholders, wrongForms;
    QSet<QString> contexts;
    for (const TsMessage& m : messages) {
        contexts.insert(m.context);
        if (!m.translationType.isEmpty())
            unfinished << describe(m) + u" type=\""_s + m.translationType + u'"';
        // Russian has three plural forms: 1 организация, 2 организации, 5 организаций.
        if (m.numerus && m.translations.size() != 3)
            wrongForms << describe(m);
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                empty << describe(m);
            else if (placeholders(t) != placeholders(m.source))
                wrongPlaceholders << describe(m) + u" → “"_s + t.left(100) + u'”';
        }
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(u"Unfinished Russian translations:\n"_s + unfinished.join(u'\n')));
    QVERIFY2(empty.isEmpty(), qPrintable(u"Empty Russian translations:\n"_s + empty.join(u'\n')));
    QVERIFY2(wrongForms.isEmpty(), qPrintable(u"Numerus messages without 3 forms:\n"_s + wrongForms.join(u'\n')));
    QVERIFY2(wrongPlaceholders.isEmpty(),
             qPrintable(u"Placeholders differ from the source:\n"_s + wrongPlaceholders.join(u'\n')));
    // The core's contexts are extracted (lupdate understands their tr calls).
    for (const QString& context : {u"Diagnoser"_s, u"TokenAnalysis"_s, u"CheckRequest"_s, u"CheckCommand"_s,
                                   u"Report"_s, u"ghcr::HttpClient"_s, u"ghcr::RegistryClient"_s})
        QVERIFY2(contexts.contains(context), qPrintable(u"context %1 missing from the .ts"_s.arg(context)));
}

void tst_Translations::englishPluralsAreComplete()
{
    // English is the source language: only the %n messages need their singular and plural form.
    QString error;
    const QList<TsMessage> messages = readTs(tsPath("en"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList bad;
    int plurals = 0;
    for (const TsMessage& m : messages) {
        if (!m.numerus)
            continue;
        ++plurals;
        const bool formsOk = m.translations.size() == 2 &&
                             std::all_of(m.translations.cbegin(), m.translations.cend(), [&](const QString& t) {
                                 return !t.trimmed().isEmpty() && placeholders(t) == placeholders(m.source);
                             });
        if (!m.translationType.isEmpty() || !formsOk)
            bad << describe(m);
    }
    QVERIFY(plurals > 0);
    QVERIFY2(bad.isEmpty(), qPrintable(u"English plural forms missing:\n"_s + bad.join(u'\n')));
}

void tst_Translations::diagnoserSpeaksRussian()
{
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/ghcr-doctor_ru.qm"_s), "the Russian translation is not embedded under :/i18n");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    const ghcr::Diagnosis one = diagnoseSsoPartial({u"1234"_s});
    const ghcr::ChecklistItem* format = one.item(u"token.format"_s);
    QVERIFY(format);
    QCOMPARE(format->title, u"Формат токена"_s);
    QCOMPARE(format->detail, u"Формат верный, встроенная контрольная сумма сходится."_s);
    QCOMPARE(ghcr::checkStatusTitle(ghcr::CheckStatus::Pass), u"В порядке"_s);
    const ghcr::ChecklistItem* scope = one.item(u"scope.read:packages"_s);
    QVERIFY(scope);
    QCOMPARE(scope->title, u"Область доступа read:packages"_s);
    // TokenAnalysis's own context (file-local Q_DECLARE_TR_FUNCTIONS class).
    QCOMPARE(one.token.redacted, u"ghp_… (символов: 40)"_s);
    QCOMPARE(ghcr::tokenKindTitle(ghcr::TokenKind::Classic), u"Персональный токен доступа (classic)"_s);

    // %n is passed to tr(), so Russian gets its plural forms.
    const ghcr::ChecklistItem* sso = one.item(u"sso.authorized"_s);
    QVERIFY(sso);
    QCOMPARE(sso->title, u"SSO организации"_s);
    QVERIFY2(sso->detail.startsWith(u"GitHub не показал результаты из 1 организации, которой нужна"_s),
             qPrintable(sso->detail));
    QVERIFY2(sso->detail.contains(u"(ID: 1234)"_s), qPrintable(sso->detail));
    const ghcr::Diagnosis three = diagnoseSsoPartial({u"1"_s, u"2"_s, u"3"_s});
    QVERIFY2(three.item(u"sso.authorized"_s)->detail.startsWith(u"GitHub не показал результаты из 3 организаций"_s),
             qPrintable(three.item(u"sso.authorized"_s)->detail));
}

void tst_Translations::englishSourceTextIsUnchanged()
{
    // Without a translator (the CLI and the reports) the source text comes out exactly as before,
    // %n replaced by the plain number.
    const ghcr::Diagnosis d = diagnoseSsoPartial({u"1"_s, u"2"_s});
    QCOMPARE(d.item(u"token.format"_s)->title, u"Token format"_s);
    QCOMPARE(d.item(u"sso.authorized"_s)->detail,
             u"GitHub left out results from 2 organization(s) that need SSO authorization for this token (ids 1, 2). "
             "Images owned by them will be refused until you authorize the token."_s);
}

// Qt's own strings (standard dialogs' buttons, line edit context menus) come from Qt's translations
// (Debian's qt6-translations-l10n, a dependency of the package): the app loads them with its own.
void tst_Translations::qtOwnStringsFollowTheLanguage()
{
    QCOMPARE(ghcr::installTranslations(u"ru"_s), u"ru"_s);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Отмена"_s);
    QCOMPARE(QCoreApplication::translate("QFileDialog", "&Save"), u"&Сохранить"_s);
}

// One Russian term for each thing, in every string (a review run found pull called «скачивание», «pull» and
// «загрузка» in the form, the packages table and the banner): pull and push stay «pull» and «push», as in Docker's
// commands and the --ops option; login is «вход», token «токен», scope «область доступа», registry «реестр», package
// «пакет». The synonyms below are what the translation once mixed in.
void tst_Translations::russianUsesOneTermEach()
{
    QString error;
    const QList<TsMessage> messages = readTs(tsPath("ru"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QStringList forbidden{u"скачиван"_s, u"скачать"_s, u"скачивать"_s, u"публикац"_s, u"опублик"_s,
                                       u"публику"_s,  u"выгрузк"_s, u"маркер"_s,    u"логин в"_s,  u"репозитарий"_s};
    // The operation's English word kept: "pull" (not "pull request") and "push" in the source are in the translation.
    static const QRegularExpression pullWord(u"\\bpull\\b(?! requests?)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pushWord(u"\\bpush(es)?\\b"_s, QRegularExpression::CaseInsensitiveOption);
    QStringList wrong;
    for (const TsMessage& m : messages) {
        for (const QString& t : m.translations) {
            const QString lower = t.toLower();
            for (const QString& word : forbidden) {
                if (lower.contains(word))
                    wrong << describe(m) + u" → «"_s + word + u"»"_s;
            }
            // «загрузка» is an upload or a load (of a saved token), never pull or push.
            if (lower.contains(u"загруз"_s) && !m.source.contains(u"load"_s, Qt::CaseInsensitive))
                wrong << describe(m) + u" → «загруз…» for no load or upload"_s;
            if (pullWord.match(m.source).hasMatch() && !lower.contains(u"pull"_s))
                wrong << describe(m) + u" → pull not called «pull»"_s;
            if (pushWord.match(m.source).hasMatch() && !lower.contains(u"push"_s))
                wrong << describe(m) + u" → push not called «push»"_s;
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(u"Russian terms off the glossary:\n"_s + wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)

#include "tst_Translations.moc"
