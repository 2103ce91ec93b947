#pragma once

#include <QMainWindow>

class QNetworkAccessManager;

namespace ghcr {

/// Placeholder until the window issue: the real window replaces this class.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QNetworkAccessManager* network, QWidget* parent = nullptr);

private:
    QNetworkAccessManager* m_network;
};

} // namespace ghcr
