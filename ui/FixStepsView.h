#pragma once

#include "app/core/diagnosis/Diagnosis.h"

#include <QGroupBox>
#include <QList>

class QPushButton;
class QTextBrowser;

namespace ghcr {

/// The numbered fix steps of a diagnosis with their commands, and the actions on them: copy them,
/// open GitHub's token settings, authorize SSO. The buttons only ask; the window acts.
class FixStepsView : public QGroupBox
{
    Q_OBJECT

public:
    explicit FixStepsView(QWidget* parent = nullptr);

    /// Before a check (`running` false) or while one runs: a sentence instead of steps.
    void showWaiting(bool running);
    /// The steps of `diagnosis`; `secret` (the checked token) is redacted from them once more.
    void showDiagnosis(const Diagnosis& diagnosis, const QString& secret);
    void setCopyEnabled(bool enabled);
    bool isCopyEnabled() const;
    /// Enables "Open token settings" and names the address it opens.
    void setTokenSettings(bool enabled, const QString& url);
    /// A widget under the steps and their buttons (the stored logins panel: the repair beside the advice).
    void addBelowSteps(QWidget* widget);

Q_SIGNALS:
    void copyRequested();
    void openTokenSettingsRequested();
    void authorizeSsoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QPushButton* addButton(const QString& icon, const QString& text, const QString& objectName,
                           const QString& accessibleName);
    void render();
    QString stepsHtml() const;

    QTextBrowser* m_browser;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_openSettingsButton = nullptr;
    QPushButton* m_authorizeSsoButton = nullptr;
    bool m_running = false;
    bool m_haveDiagnosis = false;
    bool m_cancelled = false;
    QList<FixStep> m_steps;
    QString m_secret; ///< memory only, for the second redaction
};

} // namespace ghcr
