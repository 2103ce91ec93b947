#pragma once

#include "app/core/CheckRunner.h"
#include "app/core/diagnosis/Diagnosis.h"

#include <QWidget>

class QHBoxLayout;
class QIcon;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace ghcr {

class ChecklistView;
class EvidencePanel;
class FixStepsView;
class StoredLoginsPanel;
struct WindowSettings;

/// Everything a check shows: the verdict line (with "Save report" beside it and a note when the inputs
/// changed since), and under it either how the window works (before the first check) or the two sides'
/// evidence, the checklist with details and the fix steps with the stored logins. It renders what the
/// window hands it; it never starts a check. The part under the verdict is built when first needed, so the
/// window's first frame shows only what it needs.
class ResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsView(QWidget* parent = nullptr);

    /// The banner before any check (or after an input problem was fixed).
    void showIdle(bool haveToken);
    void showInputProblem(const QString& sentence);
    /// A check of `request` (resolved) started.
    void start(const CheckRequest& request);
    void setProgress(CheckRunner::Side side, const QString& message);
    void showApi(const ApiEvidence& evidence, const TokenAnalysis& token, bool cancelling);
    void showRegistry(const RegistryEvidence& evidence, const CheckRequest& request, bool cancelling);
    /// The finished check; `checkedToken` is redacted from the fix steps once more and used by the stored logins.
    void showDiagnosis(const Diagnosis& diagnosis, const QString& checkedToken, bool cancelling);
    /// The inputs changed after the shown check: say that the results are for the previous inputs.
    void markStale();
    /// Save/copy/token-settings actions: enabled with a finished check and no check running.
    void updateActions(bool running, const Diagnosis* diagnosis, const QString& tokenSettingsUrl);
    void focusChecklist();
    /// Builds the evidence, checklist and fix steps (done at the latest when a check starts).
    void ensureDetails();

    void restore(const WindowSettings& settings);
    void save(WindowSettings* settings) const;

Q_SIGNALS:
    void saveRequested();
    void copyRequested();
    void openTokenSettingsRequested();
    void authorizeSsoRequested();

private:
    QWidget* buildVerdict();
    QWidget* buildWelcome();
    void buildDetails();
    void setVerdict(const QIcon& icon, const QString& text);
    void setDetailsVisible(bool visible);

    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_staleLabel = nullptr;
    QTextBrowser* m_welcome = nullptr;
    QHBoxLayout* m_verdictActions = nullptr;
    QPushButton* m_saveReportButton = nullptr;
    // Built by ensureDetails().
    EvidencePanel* m_apiPanel = nullptr;
    EvidencePanel* m_registryPanel = nullptr;
    ChecklistView* m_checklistView = nullptr;
    FixStepsView* m_fixStepsView = nullptr;
    StoredLoginsPanel* m_storedLoginsPanel = nullptr;
    QSplitter* m_panelsSplitter = nullptr;
    QSplitter* m_checklistSplitter = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    QByteArray m_pendingState[3]; ///< splitter states restored before the details existed
    bool m_haveDiagnosis = false;
};

} // namespace ghcr
