// The window follows the platform's palette: with a dark palette (as a dark desktop theme gives) a
// finished check must still be dark, its text readable, and its icons visible. Nothing may paint a
// hard-coded light background. GHCR_SCREENSHOT_DIR=/some/dir saves the picture for a person to look at.
#include "app/i18n/Translations.h"
#include "tests/support/FakeServer.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::child;
using ghcr::test::FakeServer;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(125, 125, 125);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(38, 79, 120));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    for (auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

double luminance(QRgb c)
{
    return 0.2126 * qRed(c) + 0.7152 * qGreen(c) + 0.0722 * qBlue(c);
}

} // namespace

class tst_DarkPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishedCheckStaysDark();
};

void tst_DarkPalette::finishedCheckStaysDark()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(darkPalette());

    FakeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setScenario(FakeServer::scenario(u"write-only-needs-read"_s));
    QNetworkAccessManager network;
    ghcr::MainWindow window(&network, nullptr);
    window.setCheckOverrides(ghcr::test::overridesFor(server));
    window.resize(1240, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    child<QLineEdit>(&window, u"tokenLineEdit"_s)->setText(FakeServer::classicToken());
    child<QLineEdit>(&window, u"imageLineEdit"_s)->setText(u"octocat/app:latest"_s);
    QSignalSpy finished(&window, &ghcr::MainWindow::checkFinished);
    window.startCheck();
    QVERIFY(finished.wait(30000));
    QTest::qWait(100); // let the last repaint land

    const QImage shot = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QString dir = qEnvironmentVariable("GHCR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(u"dark.png"_s)));

    // Count bright pixels: text and icons are a small share; a light panel or banner would be a large one.
    qint64 bright = 0, total = 0;
    for (int y = 0; y < shot.height(); y += 2) {
        const auto* line = reinterpret_cast<const QRgb*>(shot.constScanLine(y));
        for (int x = 0; x < shot.width(); x += 2, ++total)
            bright += luminance(line[x]) > 170 ? 1 : 0;
    }
    const double share = double(bright) / double(total);
    qInfo("bright pixels: %.1f%% of the window", share * 100.0);
    QVERIFY2(share < 0.12, qPrintable(u"%1% of the window is bright: something paints a light background"_s.arg(
                               share * 100.0, 0, 'f', 1)));

    // The verdict banner's text is readable on its own background.
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const double fg = label->palette().color(label->foregroundRole()).lightness();
        const double bg = label->palette().color(label->backgroundRole()).lightness();
        QVERIFY2(std::abs(fg - bg) > 80, qPrintable(label->objectName() + u": "_s + label->text().left(60)));
    }
}

int main(int argc, char* argv[])
{
    // The window saves its settings on close: into a scratch HOME, never the real one.
    QTemporaryDir home;
    ghcr::test::useThrowawayHome(home.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_DarkPalette"_s);
    ghcr::installTranslations(u"en"_s); // English plural forms, as the app shows them (the saved picture is docs')
    tst_DarkPalette test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_DarkPalette.moc"
