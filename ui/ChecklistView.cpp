#include "ui/ChecklistView.h"

#include "app/reports/EvidenceFacts.h"
#include "ui/Icons.h"
#include "ui/RichText.h"
#include "ui/UiHooks.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString statusWordHtml(CheckStatus status)
{
    const QString word = html(checkStatusTitle(status));
    return status == CheckStatus::Fail ? u"<b>"_s + word + u"</b>"_s : word;
}

} // namespace

ChecklistView::ChecklistView(QWidget* parent)
    : QGroupBox(tr("Checklist"), parent)
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(u"checklistGroupBox"_s);
    auto* layout = new QVBoxLayout(this);
    m_list->setObjectName(u"checklistTreeWidget"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Status"), tr("Check"), tr("Finding")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("Checklist"));
    m_list->setAccessibleDescription(tr("One row per check; select a row to read its evidence and guidance."));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_details->setObjectName(u"checklistDetailsBrowser"_s);
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Details of the selected check"));
    connect(m_details, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { UrlOpener::open(url); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ChecklistView::renderDetails);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"detailsSplitter"_s);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
}

void ChecklistView::clear()
{
    m_items.clear();
    m_list->clear();
    setTitle(tr("Checklist"));
    m_details->clear();
}

void ChecklistView::focusList()
{
    m_list->setFocus();
}

void ChecklistView::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    // The details follow the palette: re-render them with the new colours.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && !m_items.isEmpty())
        renderDetails();
}

QTreeWidgetItem* ChecklistView::makeRow(const ChecklistItem& item) const
{
    auto* row = new QTreeWidgetItem;
    row->setIcon(0, statusIcon(item.status));
    row->setText(0, checkStatusTitle(item.status));
    row->setText(1, item.title);
    row->setText(2, item.detail);
    row->setToolTip(2, item.detail);
    row->setData(0, Qt::UserRole, item.id);
    row->setData(0, Qt::UserRole + 1, checkStatusId(item.status));
    row->setData(0, Qt::AccessibleTextRole, checkStatusTitle(item.status));
    if (item.status == CheckStatus::Fail) {
        QFont bold = row->font(0);
        bold.setBold(true);
        row->setFont(0, bold);
        row->setFont(1, bold);
    }
    return row;
}

QTreeWidgetItem* ChecklistView::fillRows(const QList<ChecklistItem>& items)
{
    QTreeWidgetItem* firstProblem = nullptr;
    for (CheckStatus wanted : {CheckStatus::Fail, CheckStatus::Warn}) {
        for (const ChecklistItem& item : items) {
            if (item.status != wanted)
                continue;
            QTreeWidgetItem* row = makeRow(item);
            m_list->addTopLevelItem(row);
            if (!firstProblem)
                firstProblem = row;
        }
    }
    QList<QTreeWidgetItem*> folded;
    int passed = 0;
    int skipped = 0;
    for (const ChecklistItem& item : items) {
        passed += item.status == CheckStatus::Pass ? 1 : 0;
        skipped += item.status == CheckStatus::Skip ? 1 : 0;
        if (item.status == CheckStatus::Pass || item.status == CheckStatus::Skip)
            folded << makeRow(item);
    }
    if (!folded.isEmpty()) {
        QStringList foldedSummary;
        if (passed)
            foldedSummary << tr("%n OK", nullptr, passed);
        if (skipped)
            foldedSummary << tr("%n skipped", nullptr, skipped);
        auto* group = new QTreeWidgetItem(m_list);
        group->setIcon(0, statusIcon(passed ? CheckStatus::Pass : CheckStatus::Skip));
        group->setText(0, foldedSummary.join(u", "_s));
        group->setFirstColumnSpanned(true);
        group->setData(0, Qt::UserRole + 1, u"group"_s);
        group->addChildren(folded);
        // Nothing to hide when nothing needs attention.
        group->setExpanded(!firstProblem);
    }
    m_list->setRootIsDecorated(!folded.isEmpty());
    return firstProblem;
}

void ChecklistView::showDiagnosis(const Diagnosis& d)
{
    m_items = d.checklist;
    m_list->clear();
    QTreeWidgetItem* firstProblem = fillRows(d.checklist);
    int counts[4] = {0, 0, 0, 0};
    for (const ChecklistItem& item : d.checklist)
        ++counts[int(item.status)];
    QStringList summary;
    if (counts[int(CheckStatus::Fail)])
        summary << tr("%n problem(s)", nullptr, counts[int(CheckStatus::Fail)]);
    if (counts[int(CheckStatus::Warn)])
        summary << tr("%n warning(s)", nullptr, counts[int(CheckStatus::Warn)]);
    if (counts[int(CheckStatus::Pass)])
        summary << tr("%n OK", nullptr, counts[int(CheckStatus::Pass)]);
    if (counts[int(CheckStatus::Skip)])
        summary << tr("%n skipped", nullptr, counts[int(CheckStatus::Skip)]);
    QString timing;
    if (d.timings.totalMs > 0)
        timing = u" · "_s + tr("took %1").arg(words::duration(d.timings.totalMs));
    setTitle(tr("Checklist: %1").arg(summary.join(u", "_s) + timing));
    m_list->setCurrentItem(firstProblem ? firstProblem : m_list->topLevelItem(0));
    renderDetails();
}

void ChecklistView::renderDetails()
{
    QTreeWidgetItem* current = m_list->currentItem();
    if (m_items.isEmpty() || !current) {
        m_details->setHtml(u"<p>"_s +
                           html(tr("Select a row of the checklist to read what it rests on and what to "
                                   "do about it.")) +
                           u"</p>"_s);
        return;
    }
    const QString id = current->data(0, Qt::UserRole).toString();
    const auto item =
        std::find_if(m_items.cbegin(), m_items.cend(), [&](const ChecklistItem& i) { return i.id == id; });
    if (id.isEmpty() || item == m_items.cend()) {
        m_details->setHtml(
            u"<p>"_s +
            html(tr("%1: these checks need nothing from you. Expand the row to read them.").arg(current->text(0))) +
            u"</p>"_s);
        return;
    }
    QString out;
    out += u"<p><b>"_s + html(item->title) + u"</b> — "_s + statusWordHtml(item->status) + u"</p>"_s;
    if (!item->detail.isEmpty())
        out += u"<p>"_s + htmlParagraphs(item->detail) + u"</p>"_s;
    if (!item->evidence.isEmpty())
        out +=
            u"<p><b>"_s + html(tr("Evidence:")) + u"</b> <code>"_s + htmlParagraphs(item->evidence) + u"</code></p>"_s;
    if (!item->fix.isEmpty())
        out += u"<p><b>"_s + html(tr("What to do:")) + u"</b> "_s + htmlParagraphs(item->fix) + u"</p>"_s;
    out += u"<p style=\"color:%1\">"_s.arg(palette().color(QPalette::PlaceholderText).name()) +
           html(tr("Check id: %1").arg(item->id)) + u"</p>"_s;
    m_details->setHtml(out);
}

} // namespace ghcr
