// The reference for the start-up benchmark: a bare Qt 6 Widgets window (a label in a main window), timed to
// its first frame exactly as ghcr-doctor --exit-after-first-frame is (ui/FirstFrame.h).
#include "ui/FirstFrame.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1240, 820);
    new ghcr::FirstFrameProbe(&window, sinceStart);
    window.show();
    return QApplication::exec();
}
