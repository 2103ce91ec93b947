#include "ui/EvidencePanel.h"

#include "app/reports/EvidenceFacts.h"
#include "ui/Icons.h"
#include "ui/UiHooks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// Rows as tall as their label wrapped at the label column's width. QTreeView asks its delegate for a row's size
/// without any width, so a label longer than its column stayed on one line, cut with "…" (in Russian at 1280×800).
class WrappedLabelDelegate : public QStyledItemDelegate
{
public:
    explicit WrappedLabelDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() != 0)
            return QStyledItemDelegate::sizeHint(option, index);
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, qMax(1, m_view->columnWidth(0) - depth * m_view->indentation()), 1);
        // The label's own width (what resizeColumnToContents asks for), the height of it wrapped in its column.
        return {QStyledItemDelegate::sizeHint(option, index).width(),
                QStyledItemDelegate::sizeHint(wrapped, index).height()};
    }

private:
    QTreeView* m_view;
};

} // namespace

EvidencePanel::EvidencePanel(const QString& title, const QString& prefix, QWidget* parent)
    : QGroupBox(title, parent)
    , m_statusIcon(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_elapsedLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(prefix + u"PanelGroupBox"_s);
    setAccessibleName(title);
    m_statusIcon->setObjectName(prefix + u"StatusIconLabel"_s);
    m_statusLabel->setObjectName(prefix + u"StatusLabel"_s);
    m_elapsedLabel->setObjectName(prefix + u"ElapsedLabel"_s);
    m_progress->setObjectName(prefix + u"ProgressBar"_s);
    m_tree->setObjectName(prefix + u"EvidenceTreeWidget"_s);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setFixedSize(iconSize, iconSize);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_elapsedLabel->setAccessibleName(EvidencePanel::tr("%1: elapsed time").arg(title));
    m_elapsedLabel->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2);
    m_progress->setAccessibleName(EvidencePanel::tr("%1: in progress").arg(title));
    m_progress->setVisible(false);

    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({EvidencePanel::tr("Evidence"), EvidencePanel::tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setItemDelegate(new WrappedLabelDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, fontMetrics().horizontalAdvance(u"Login (token step)MMMM"_s));
    m_tree->setAccessibleName(EvidencePanel::tr("%1: evidence").arg(title));
    // A wider or narrower label column wraps the labels anew.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [tree = m_tree] { tree->doItemsLayout(); });
    m_tree->setIconSize(QSize(iconSize, iconSize));

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_elapsedLabel, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);

    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &EvidencePanel::updateElapsed);
    connect(m_tree, &QTreeWidget::itemActivated, this, &EvidencePanel::openLink);
}

void EvidencePanel::reset(const QString& idleText)
{
    m_ticker->stop();
    m_running = false;
    m_progress->setVisible(false);
    m_statusIcon->clear();
    m_statusLabel->setText(idleText);
    m_elapsedLabel->clear();
    m_tree->clear();
}

void EvidencePanel::start(const QString& firstMessage)
{
    m_tree->clear();
    m_running = true;
    m_clock.start();
    const int size = m_statusIcon->width();
    m_statusIcon->setPixmap(runningIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    m_statusLabel->setText(firstMessage);
    m_progress->setVisible(true);
    updateElapsed();
    m_ticker->start();
}

void EvidencePanel::setProgressMessage(const QString& message)
{
    if (m_running)
        m_statusLabel->setText(message);
}

void EvidencePanel::finish(CheckStatus status, const QString& statusText, qint64 elapsedMs)
{
    m_ticker->stop();
    m_running = false;
    m_progress->setVisible(false);
    const int size = m_statusIcon->width();
    m_statusIcon->setPixmap(statusIcon(status).pixmap(QSize(size, size), devicePixelRatioF()));
    m_statusLabel->setText(statusText);
    m_elapsedLabel->setText(words::duration(elapsedMs >= 0 ? elapsedMs : m_clock.elapsed()));
}

void EvidencePanel::finish(const ReportSection& side, qint64 elapsedMs, bool cancelling)
{
    if (cancelling && side.status != CheckStatus::Pass)
        finish(CheckStatus::Skip, words::cancelled(), elapsedMs);
    else
        finish(side.status.value_or(CheckStatus::Skip), side.summary, elapsedMs);
}

void EvidencePanel::cancel()
{
    if (m_running)
        finish(CheckStatus::Skip, words::cancelled(), -1);
}

void EvidencePanel::setSections(const QList<ReportSection>& sections)
{
    m_tree->clear();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const ReportSection& section = sections.at(i);
        QTreeWidgetItem* parent = nullptr;
        if (i > 0) {
            parent = addLine(nullptr, section.title, section.summary, section.status, {});
            parent->setData(0, Qt::UserRole, section.id);
        }
        QTreeWidgetItem* last = nullptr; // the line a detail folds under
        for (const ReportFact& fact : section.facts) {
            if (parent && fact.inSummary)
                continue;
            QTreeWidgetItem* item =
                addLine(fact.detail && last ? last : parent, fact.label, fact.value, fact.status, fact.note);
            addFact(item, fact);
            if (!fact.detail || !last)
                last = item;
        }
        // A problem (fail, warn) opens with its evidence; what worked, and background, stay folded until asked for.
        if (parent)
            parent->setExpanded(section.status == CheckStatus::Fail || section.status == CheckStatus::Warn);
    }
    // Field names fully readable (also in longer languages), but never more than 40% of the width.
    m_tree->resizeColumnToContents(0);
    const int cap = qMax(m_tree->viewport()->width() * 2 / 5, fontMetrics().horizontalAdvance(u"MMMMMMMMMM"_s));
    if (m_tree->columnWidth(0) > cap)
        m_tree->setColumnWidth(0, cap);
}

QTreeWidgetItem* EvidencePanel::addLine(QTreeWidgetItem* parent, const QString& field, const QString& value,
                                        std::optional<CheckStatus> status, const QString& note)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, field);
    item->setText(1, value);
    // The field's tooltip names it in full (a long label may be cut) and says what it is.
    item->setToolTip(0, note.isEmpty() ? field : field + u"\n\n"_s + note);
    item->setToolTip(1, note.isEmpty() ? value : value + u"\n\n"_s + note);
    if (status) {
        item->setIcon(1, statusIcon(*status));
        item->setData(1, Qt::UserRole, checkStatusId(*status));
    }
    return item;
}

namespace {

constexpr int LinkRole = Qt::UserRole + 1;

} // namespace

void EvidencePanel::addFact(QTreeWidgetItem* line, const ReportFact& fact)
{
    const QUrl url(fact.value, QUrl::StrictMode);
    if (fact.kind != ReportFact::Kind::Url || !url.isValid() ||
        (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
        return;
    line->setData(1, LinkRole, url);
    line->setForeground(1, palette().brush(QPalette::Link));
    line->setToolTip(1, line->toolTip(1) + u"\n\n"_s + tr("Double-click or press Enter to open it in the browser."));
}

void EvidencePanel::openLink(QTreeWidgetItem* item)
{
    const QUrl url = item->data(1, LinkRole).toUrl();
    if (url.isValid())
        UrlOpener::open(url);
}

void EvidencePanel::updateElapsed()
{
    m_elapsedLabel->setText(words::duration(m_clock.elapsed()));
}

} // namespace ghcr
