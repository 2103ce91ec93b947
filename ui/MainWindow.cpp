#include "MainWindow.h"

#include <QLabel>

namespace ghcr {

MainWindow::MainWindow(QNetworkAccessManager* network, QWidget* parent)
    : QMainWindow(parent)
    , m_network(network)
{
    setCentralWidget(new QLabel(tr("GHCR Doctor: the window arrives with the next issue. "
                                   "Use “ghcr-doctor check --help” meanwhile."),
                                this));
}

} // namespace ghcr
