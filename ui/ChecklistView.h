#pragma once

#include "app/core/diagnosis/Diagnosis.h"

#include <QGroupBox>
#include <QList>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace ghcr {

/// The checklist of a diagnosis, problems first with the OK and skipped rows folded below them,
/// and the details (evidence, what to do) of the selected row.
class ChecklistView : public QGroupBox
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget* parent = nullptr);

    /// Shows the rows of `diagnosis` and selects the first problem.
    void showDiagnosis(const Diagnosis& diagnosis);
    /// No rows: a check is starting.
    void clear();
    /// Moves the keyboard focus to the list of rows.
    void focusList();

protected:
    void changeEvent(QEvent* event) override;

private:
    QTreeWidgetItem* makeRow(const ChecklistItem& item) const;
    /// Adds the problem rows and the folded group; returns the first problem (or null).
    QTreeWidgetItem* fillRows(const QList<ChecklistItem>& items);
    void renderDetails();

    QTreeWidget* m_list;
    QTextBrowser* m_details;
    QList<ChecklistItem> m_items;
};

} // namespace ghcr
