#pragma once

#include "app/core/MatrixRunner.h"
#include "app/core/diagnosis/Diagnosis.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace ghcr {

/// "All packages": which of the token's container images can it pull and push? Lists the packages
/// through GitHub's API (or takes a pasted list), probes each one like the single check (a MatrixRunner)
/// and fills a sortable, filterable table as the results arrive: status icons and words, counts in the
/// header, the causes refusals have in common, and one image's evidence with its settings link below.
/// The token and the check's settings (host, registry, operations, timeout) come from the main window.
class PackagesWindow : public QDialog
{
    Q_OBJECT

public:
    explicit PackagesWindow(QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~PackagesWindow() override;

    /// The main window's settings and token for the next run; `problem` explains why there is no run
    /// (no token, an invalid input) and disables Check all.
    void setCheck(const CheckRequest& base, const QString& token, const QString& problem);
    bool isRunning() const;
    /// The last finished matrix, if any.
    const std::optional<Diagnosis>& diagnosis() const { return m_diagnosis; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void runFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    /// Esc: cancels a running check (the window stays with what was checked); clears a filter being typed;
    /// closes an idle window.
    void reject() override;

private:
    QWidget* buildInputs();
    QHBoxLayout* buildButtons(QWidget* box); ///< the counts, Check all and Cancel
    QWidget* buildResults();
    QTableView* buildTable(QWidget* parent); ///< sorted, one row per image, the model set
    void onImagesKnown(const QList<ghcr::ImageResult>& images);
    void onImageFinished(int index, const ghcr::ImageResult& image);
    void onFinished(const ghcr::Diagnosis& diagnosis);
    void setRow(int index);
    void updateCounts();
    int currentImage() const; ///< the selected row's place in m_images, or -1
    void openSettings();      ///< the selected package's settings page, in the browser
    void copyRow();           ///< the selected row's cells, tab-separated, and its settings link
    void updateRowActions();
    QHBoxLayout* buildRowActions(QWidget* parent);
    void showDetails();
    void updateButtons();
    /// The run's request; every pasted line that is not an image reference in `problems` (with its number).
    MatrixRequest request(QStringList* problems) const;
    void fitColumns();
    QString finishedStatus(const Diagnosis& diagnosis) const;

    MatrixRunner* m_runner = nullptr;
    CheckRequest m_base;
    QString m_token; ///< in memory only, for the run
    QList<ImageResult> m_images;
    std::optional<Diagnosis> m_diagnosis;

    QLabel* m_problemLabel = nullptr;
    QCheckBox* m_listBox = nullptr;
    QLineEdit* m_ownersEdit = nullptr;
    QPlainTextEdit* m_imagesEdit = nullptr;
    QLabel* m_imagesProblemLabel = nullptr; ///< why Check all did not start: the pasted list's bad lines
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QComboBox* m_showCombo = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_causesLabel = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPushButton* m_copyRowButton = nullptr;
};

} // namespace ghcr
