// The stored-logins panel after a real check (CheckRunner against the HTTPS FakeServer) in a throwaway HOME
// holding a stale Docker login and a stale Helm login: the list compares each with the checked token; "Store this
// token for Docker" (only when the check proved the operations) writes Docker's file after a confirmation naming
// it, other registries untouched, and the re-check shows the new login; Undo restores the backup; "Remove this
// stale login" removes Helm's entry; a declined confirmation changes nothing; the token never shows.
#include "app/core/CheckRunner.h"
#include "app/core/token/TokenAnalysis.h"
#include "app/i18n/Translations.h"
#include "tests/support/FakeServer.h"
#include "tests/support/IsolatedHome.h"
#include "ui/StoredLoginsPanel.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::test::FakeServer;
using ghcr::test::IsolatedHome;
using ghcr::test::writeFile;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The registry's entry in a Docker/Helm config, decoded (user:token); empty when there is none.
QByteArray storedAuth(const QString& path, const QString& registry)
{
    const QJsonObject auths = QJsonDocument::fromJson(readAll(path)).object().value(u"auths"_s).toObject();
    return QByteArray::fromBase64(auths.value(registry).toObject().value(u"auth"_s).toString().toLatin1());
}

QByteArray configWith(const QString& registry, const QByteArray& userToken)
{
    return R"({"auths":{"quay.io":{"auth":"b3RoZXI6c2VjcmV0"},")" + registry.toUtf8() + R"(":{"auth":")" +
           userToken.toBase64() + R"("}}})";
}

} // namespace

Q_DECLARE_METATYPE(ghcr::Diagnosis)

class tst_StoredLoginsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void repairsAndUndoes();
    void declinedChangesNothing();
    void notProvedCannotStore();
    void checksTheSavedLogin();
    void oneWordingPerAction_data();
    void oneWordingPerAction();

private:
    Diagnosis check(const QString& scenario);
    int rowOf(const QString& tool) const;
    void click(QPushButton* button);
    void newPanel();

    std::unique_ptr<IsolatedHome> m_home;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<StoredLoginsPanel> m_panel;
    QStringList m_questions;
    bool m_answer = true;
    QString m_dockerConfig;
    QString m_helmConfig;
    QString m_stale;
};

void tst_StoredLoginsPanel::init()
{
    m_home = std::make_unique<IsolatedHome>();
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    const QString random = u"ZYXWVUTSRQPONMLKJIHGFEDCBA9876"_s;
    m_stale = u"ghp_"_s + random + tokenChecksum(random);
    m_dockerConfig = m_home->path(u".docker/config.json"_s);
    m_helmConfig = m_home->path(u".config/helm/registry/config.json"_s);
    writeFile(m_dockerConfig, configWith(m_server->registryHost(), "octocat:" + m_stale.toUtf8()));
    writeFile(m_helmConfig, configWith(m_server->registryHost(), "octocat:" + m_stale.toUtf8()));
    newPanel();
}

void tst_StoredLoginsPanel::newPanel()
{
    m_panel = std::make_unique<StoredLoginsPanel>();
    m_questions.clear();
    m_answer = true;
    m_panel->setConfirm([this](const QString& question) {
        m_questions << question;
        return m_answer;
    });
}

void tst_StoredLoginsPanel::cleanup()
{
    m_panel.reset();
    m_server.reset();
    m_home.reset();
}

Diagnosis tst_StoredLoginsPanel::check(const QString& scenario)
{
    const auto preset = FakeServer::scenario(scenario);
    m_server->setScenario(preset);
    CheckRequest r;
    r.apiUrl = m_server->apiUrl();
    r.registry = m_server->registryHost();
    r.image = u"octocat/app:latest"_s;
    r.operations = {Operation::Pull, Operation::Push};
    r.timeoutSeconds = 10;
    r.extraCaCertificates = {FakeServer::testCa()};
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start(r, preset.token);
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    const Diagnosis d = finished.at(0).at(0).value<Diagnosis>();
    m_panel->showCheck(d, preset.token);
    return d;
}

int tst_StoredLoginsPanel::rowOf(const QString& tool) const
{
    const auto& entries = m_panel->entries();
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).tool == tool && entries.at(i).entryFound)
            return i;
    return -1;
}

void tst_StoredLoginsPanel::click(QPushButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QSignalSpy rechecked(m_panel.get(), &StoredLoginsPanel::rechecked);
    button->click();
    QVERIFY(rechecked.wait(15000));
}

void tst_StoredLoginsPanel::repairsAndUndoes()
{
    const Diagnosis d = check(u"ok-read-write"_s);
    const QString token = FakeServer::scenario(u"ok-read-write"_s).token;
    const QString registry = m_server->registryHost();
    auto* list = m_panel->findChild<QTreeWidget*>(u"storedLoginsTreeWidget"_s);
    auto* use = m_panel->findChild<QPushButton*>(u"storedLoginsUseButton"_s);
    auto* remove = m_panel->findChild<QPushButton*>(u"storedLoginsRemoveButton"_s);
    auto* undo = m_panel->findChild<QPushButton*>(u"storedLoginsUndoButton"_s);
    auto* status = m_panel->findChild<QLabel*>(u"storedLoginsStatusLabel"_s);
    QVERIFY(list && use && remove && undo && status);
    const int docker = rowOf(u"docker"_s);
    QVERIFY2(docker >= 0 && rowOf(u"helm"_s) >= 0, "the sweep found Docker's and Helm's stale logins");
    QVERIFY(list->topLevelItem(docker)->text(3).contains(analyzeToken(m_stale).fingerprint));
    QVERIFY(list->topLevelItem(docker)->text(3).contains(u"another token"_s));
    // The panel takes the room its logins need, so the fix steps above it keep theirs: a list as tall as its rows
    // (no empty area below them) and no empty status lines (each took a line and squeezed the steps to two lines).
    QVERIFY2(list->height() <= list->header()->height() + 4 * list->sizeHintForRow(0) + 4 * list->frameWidth() + 8,
             qPrintable(QString::number(list->height())));
    QVERIFY(status->isHidden());
    QVERIFY(m_panel->findChild<QLabel*>(u"storedLoginsSavedVerdictLabel"_s)->isHidden());

    // Store this token for Docker: confirmed, written, re-checked.
    list->setCurrentItem(list->topLevelItem(docker));
    QCOMPARE(use->text(), u"Store this token for Docker"_s);
    QVERIFY(!undo->isEnabled());
    click(use);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(m_dockerConfig), qPrintable(m_questions.first()));
    QVERIFY(m_questions.first().contains(LoginWriter::backupPathFor(m_dockerConfig)));
    QCOMPARE(storedAuth(m_dockerConfig, registry), QByteArray("octocat:" + token.toUtf8()));
    QCOMPARE(storedAuth(m_dockerConfig, u"quay.io"_s), QByteArray("other:secret"));
    QVERIFY2(status->text().contains(u"unencrypted"_s), qPrintable(status->text()));
    QCOMPARE(m_panel->entries().at(rowOf(u"docker"_s)).sameAsChecked, std::optional<bool>(true));
    QVERIFY(list->topLevelItem(rowOf(u"docker"_s))->text(3).contains(u"this token"_s));

    // Undo: the file as it was.
    const QByteArray before = readAll(LoginWriter::backupPathFor(m_dockerConfig));
    click(undo);
    QCOMPARE(readAll(m_dockerConfig), before);
    QCOMPARE(storedAuth(m_dockerConfig, registry), QByteArray("octocat:" + m_stale.toUtf8()));
    QCOMPARE(m_panel->entries().at(rowOf(u"docker"_s)).sameAsChecked, std::optional<bool>(false));

    // Remove Helm's stale login: that entry only.
    list->setCurrentItem(list->topLevelItem(rowOf(u"helm"_s)));
    QVERIFY(use->text().endsWith(u"Helm"_s));
    click(remove);
    QVERIFY(m_questions.last().contains(m_helmConfig));
    QVERIFY(storedAuth(m_helmConfig, registry).isEmpty());
    QCOMPARE(storedAuth(m_helmConfig, u"quay.io"_s), QByteArray("other:secret"));
    QCOMPARE(rowOf(u"helm"_s), -1);

    for (const QString& shown : m_questions + QStringList{status->text()})
        QVERIFY2(!shown.contains(token.mid(4, 10)), "the token shows in the panel");
    Q_UNUSED(d);
}

void tst_StoredLoginsPanel::declinedChangesNothing()
{
    check(u"ok-read-write"_s);
    const QByteArray before = readAll(m_dockerConfig);
    auto* list = m_panel->findChild<QTreeWidget*>(u"storedLoginsTreeWidget"_s);
    list->setCurrentItem(list->topLevelItem(rowOf(u"docker"_s)));
    m_answer = false;
    m_panel->findChild<QPushButton*>(u"storedLoginsUseButton"_s)->click();
    m_panel->findChild<QPushButton*>(u"storedLoginsRemoveButton"_s)->click();
    QCOMPARE(m_questions.size(), 2);
    QCOMPARE(readAll(m_dockerConfig), before);
    QVERIFY(!QFile::exists(LoginWriter::backupPathFor(m_dockerConfig)));
}

void tst_StoredLoginsPanel::notProvedCannotStore()
{
    const Diagnosis d = check(u"read-only"_s); // push refused
    QVERIFY(!d.registry.operations.isEmpty());
    auto* list = m_panel->findChild<QTreeWidget*>(u"storedLoginsTreeWidget"_s);
    list->setCurrentItem(list->topLevelItem(rowOf(u"docker"_s)));
    QVERIFY(!m_panel->findChild<QPushButton*>(u"storedLoginsUseButton"_s)->isEnabled());
    QVERIFY(m_panel->findChild<QPushButton*>(u"storedLoginsRemoveButton"_s)->isEnabled());
}

void tst_StoredLoginsPanel::checksTheSavedLogin()
{
    const Diagnosis main = check(u"ok-read-write"_s);
    QCOMPARE(main.verdict, Verdict::Ok);
    auto* list = m_panel->findChild<QTreeWidget*>(u"storedLoginsTreeWidget"_s);
    auto* checkSaved = m_panel->findChild<QPushButton*>(u"storedLoginsCheckSavedButton"_s);
    auto* verdict = m_panel->findChild<QLabel*>(u"storedLoginsSavedVerdictLabel"_s);
    QVERIFY(checkSaved && verdict);
    list->setCurrentItem(list->topLevelItem(rowOf(u"docker"_s)));
    QVERIFY(checkSaved->isEnabled());
    QSignalSpy done(m_panel.get(), &StoredLoginsPanel::savedLoginChecked);
    checkSaved->click();
    QVERIFY(done.wait(30000));
    const Diagnosis saved = done.at(0).at(0).value<Diagnosis>();
    // The stored (stale) token was checked, with the stored user, and the server refused it.
    QCOMPARE(saved.token.fingerprint, analyzeToken(m_stale).fingerprint);
    QCOMPARE(saved.request.user, u"octocat"_s);
    QVERIFY(saved.verdict != Verdict::Ok);
    QVERIFY2(verdict->text().contains(analyzeToken(m_stale).fingerprint), qPrintable(verdict->text()));
    QVERIFY2(verdict->text().contains(saved.summary), qPrintable(verdict->text()));
    QVERIFY2(!verdict->text().contains(m_stale.mid(4, 10)), "the stored token shows in the panel");
    // The main check's result is untouched beside it.
    QCOMPARE(m_panel->entries().at(rowOf(u"docker"_s)).sameAsChecked, std::optional<bool>(false));
}

void tst_StoredLoginsPanel::oneWordingPerAction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("store"); // the one wording for storing the checked token for a tool
    QTest::addColumn<QString>("undo");  // the one word for undoing it
    QTest::newRow("en") << u"en"_s << u"Store this token for"_s << u"Undo"_s;
    QTest::newRow("ru") << u"ru"_s << u"Сохранить этот токен для"_s << u"Отменить"_s;
}

// One action, one wording, in the headline, the checklist row, the fix steps, the panel's button and its
// confirmation (a review found "log in again", "log out and in again", "replace" and "use" for it); one word for
// undoing it, on the button and in its confirmation.
void tst_StoredLoginsPanel::oneWordingPerAction()
{
    QFETCH(QString, language);
    QFETCH(QString, store);
    QFETCH(QString, undo);
    QCOMPARE(installTranslations(language), language);
    newPanel(); // its buttons in that language
    const Diagnosis d = check(u"ok-read-write"_s);
    installTranslations(u"en"_s);
    QCOMPARE(d.verdict, Verdict::Ok);
    const auto has = [&store](const QString& text) {
        return text.contains(store, Qt::CaseInsensitive) ||
               text.contains(QString(store).replace(u"Сохранить"_s, u"сохраните"_s), Qt::CaseInsensitive);
    };
    QVERIFY2(has(d.summary), qPrintable(d.summary));
    QVERIFY(d.item(u"docker.credentials"_s));
    QVERIFY2(has(d.item(u"docker.credentials"_s)->fix), qPrintable(d.item(u"docker.credentials"_s)->fix));
    QStringList relogins;
    for (const FixStep& step : d.fixSteps)
        if (step.id.endsWith(u"-relogin"_s)) {
            relogins << step.id;
            QVERIFY2(has(step.title), qPrintable(step.title));
        }
    QCOMPARE(relogins, (QStringList{u"docker-relogin"_s, u"helm-relogin"_s}));
    auto* list = m_panel->findChild<QTreeWidget*>(u"storedLoginsTreeWidget"_s);
    auto* use = m_panel->findChild<QPushButton*>(u"storedLoginsUseButton"_s);
    auto* undoButton = m_panel->findChild<QPushButton*>(u"storedLoginsUndoButton"_s);
    list->setCurrentItem(list->topLevelItem(rowOf(u"docker"_s)));
    QCOMPARE(use->text(), store + u" Docker"_s);
    click(use);
    QVERIFY2(m_questions.last().startsWith(store), qPrintable(m_questions.last()));
    QCOMPARE(undoButton->text(), undo);
    QVERIFY2(m_questions.last().contains(u'«' + undo + u'»') || m_questions.last().contains(u"(" + undo),
             qPrintable(m_questions.last()));
    click(undoButton);
    QVERIFY2(m_questions.last().startsWith(undo), qPrintable(m_questions.last()));
}

QTEST_MAIN(tst_StoredLoginsPanel)
#include "tst_StoredLoginsPanel.moc"
