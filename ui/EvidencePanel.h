#pragma once

#include "app/core/diagnosis/Diagnosis.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QList>
#include <QString>

#include <optional>

class QLabel;
class QProgressBar;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ghcr {

/// One line of evidence: a field, its value, and optionally a status and nested lines.
struct EvidenceRow
{
    QString field;
    QString value;
    std::optional<CheckStatus> status;
    QString toolTip;
    QList<EvidenceRow> children;
};

/// The evidence the GitHub API side produced, as rows for the panel.
QList<EvidenceRow> apiEvidenceRows(const ApiEvidence& api, const TokenAnalysis& token);
/// The evidence the registry side produced, as rows for the panel.
QList<EvidenceRow> registryEvidenceRows(const RegistryEvidence& registry, const CheckRequest& request);
/// Docker's saved login for the registry, compared with the checked token (empty when not compared).
QList<EvidenceRow> dockerEvidenceRows(const DockerCredentialEvidence& docker);

/// One side of the check ("GitHub API", "Container registry"): a status line with progress and
/// elapsed time while the side runs, then the evidence as a two-column field/value list.
/// Child object names start with `prefix` (apiStatusLabel, apiElapsedLabel, apiEvidenceTreeWidget…).
class EvidencePanel : public QGroupBox
{
    Q_OBJECT

public:
    EvidencePanel(const QString& title, const QString& prefix, QWidget* parent = nullptr);

    void reset(const QString& idleText);
    void start(const QString& firstMessage);
    void setProgressMessage(const QString& message);
    void finish(CheckStatus status, const QString& statusText, qint64 elapsedMs);
    void setRows(const QList<EvidenceRow>& rows);
    bool isRunning() const { return m_running; }

    QTreeWidget* tree() const { return m_tree; }
    QLabel* statusLabel() const { return m_statusLabel; }
    QLabel* elapsedLabel() const { return m_elapsedLabel; }

private:
    void updateElapsed();
    void addRow(QTreeWidgetItem* parent, const EvidenceRow& row);

    QLabel* m_statusIcon;
    QLabel* m_statusLabel;
    QLabel* m_elapsedLabel;
    QProgressBar* m_progress;
    QTreeWidget* m_tree;
    QTimer* m_ticker;
    QElapsedTimer m_clock;
    bool m_running = false;
};

/// "1.4 s" / "850 ms" in the current locale.
QString formatElapsed(qint64 ms);

} // namespace ghcr
