#pragma once

#include "app/reports/ReportFacts.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QString>

#include <optional>

class QLabel;
class QProgressBar;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ghcr {

/// One side of the check ("GitHub API", "Container registry"): a status line with progress and
/// elapsed time while the side runs, then the evidence as a two-column field/value tree. The evidence
/// comes in words from app/reports/EvidenceFacts, the same sections every report shows.
/// Child object names start with `prefix` (apiStatusLabel, apiElapsedLabel, apiEvidenceTreeWidget…).
class EvidencePanel : public QGroupBox
{
    Q_OBJECT

public:
    EvidencePanel(const QString& title, const QString& prefix, QWidget* parent = nullptr);

    void reset(const QString& idleText);
    void start(const QString& firstMessage);
    void setProgressMessage(const QString& message);
    /// The side's status line from its section (app/reports/EvidenceFacts: summary and status), or "Cancelled."
    /// when the check is being cancelled and the side did not get through (it was stopped, it did not fail).
    void finish(const ReportSection& side, qint64 elapsedMs, bool cancelling);
    /// "Cancelled." when the side is still running.
    void cancel();
    /// The first section's facts as lines; each further section as one line (title, summary, status) with its
    /// facts beneath, open when the line is a problem (fail, warn). A web address opens in the browser when its
    /// line is activated (double-click, Enter).
    void setSections(const QList<ReportSection>& sections);

    QTreeWidget* tree() const { return m_tree; }
    QLabel* statusLabel() const { return m_statusLabel; }
    QLabel* elapsedLabel() const { return m_elapsedLabel; }

private:
    void finish(CheckStatus status, const QString& statusText, qint64 elapsedMs);
    void updateElapsed();
    QTreeWidgetItem* addLine(QTreeWidgetItem* parent, const QString& field, const QString& value,
                             std::optional<CheckStatus> status, const QString& note);
    void addFact(QTreeWidgetItem* line, const ReportFact& fact);
    void openLink(QTreeWidgetItem* item);

    QLabel* m_statusIcon;
    QLabel* m_statusLabel;
    QLabel* m_elapsedLabel;
    QProgressBar* m_progress;
    QTreeWidget* m_tree;
    QTimer* m_ticker;
    QElapsedTimer m_clock;
    bool m_running = false;
};

} // namespace ghcr
