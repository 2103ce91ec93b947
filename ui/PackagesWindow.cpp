#include "ui/PackagesWindow.h"

#include "app/core/model/CheckRequest.h"
#include "app/reports/EvidenceFacts.h"
#include "app/reports/ReportFacts.h"
#include "ui/Icons.h"
#include "ui/UiHooks.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

enum Column { ImageColumn, VisibilityColumn, RepositoryColumn, PullColumn, PushColumn, DeleteColumn, NoteColumn };
constexpr int IndexRole = Qt::UserRole + 1;   ///< the row's place in the run's image list
constexpr int ProblemRole = Qt::UserRole + 2; ///< true: a requested operation does not work (or is unknown)
constexpr int StateRole = Qt::UserRole + 3;   ///< an operation's cell: its OperationState, what sorting compares

/// How a requested operation stands on one image, in the order a sort by its column shows it (problems first).
/// Sorting by the words put "cancelled" and "checking…" above "refused" in English, elsewhere in Russian.
enum class OperationState { Refused, NotProved, Unfinished, Checking, Works, NotAsked };

OperationState operationState(const ImageResult& image, Operation op, bool requested, bool running)
{
    if (!requested)
        return OperationState::NotAsked;
    if (!image.finished)
        return running ? OperationState::Checking : OperationState::Unfinished;
    const std::optional<bool> allowed = image.allowed(op);
    if (!allowed.has_value())
        return OperationState::NotProved;
    return *allowed ? OperationState::Works : OperationState::Refused;
}

/// Text filter over every column, plus "problems only"; the operations' columns sort by their state.
class PackagesFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProblemsOnly(bool on)
    {
        m_problemsOnly = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_problemsOnly && !sourceModel()->index(row, ImageColumn, parent).data(ProblemRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const QVariant l = left.data(StateRole);
        const QVariant r = right.data(StateRole);
        if (l.isValid() && r.isValid())
            return l.toInt() < r.toInt(); // equal states keep the listing's order
        return QSortFilterProxyModel::lessThan(left, right);
    }

private:
    bool m_problemsOnly = false;
};

/// The icon beside an operation's word: proved, refused, not proved, not asked, still running.
/// Made once: a table of 500 rows asks for a thousand icons, and an unchanged icon must compare equal.
const QIcon& operationIcon(OperationState state)
{
    static const QIcon pass = statusIcon(CheckStatus::Pass);
    static const QIcon fail = statusIcon(CheckStatus::Fail);
    static const QIcon warn = statusIcon(CheckStatus::Warn);
    static const QIcon skip = statusIcon(CheckStatus::Skip);
    static const QIcon busy = runningIcon();
    switch (state) {
    case OperationState::Works:
        return pass;
    case OperationState::Refused:
        return fail;
    case OperationState::Checking:
        return busy;
    case OperationState::NotAsked:
        return skip;
    case OperationState::NotProved:
    case OperationState::Unfinished:
        break;
    }
    return warn;
}

/// Sets a cell's value only when it changed, so an unchanged row costs the table and its sorting nothing.
void setCell(QStandardItem* item, const QString& text, bool problem, std::optional<OperationState> state)
{
    if (item->text() != text)
        item->setText(text);
    if (item->data(ProblemRole).toBool() != problem || !item->data(ProblemRole).isValid())
        item->setData(problem, ProblemRole);
    if (!state.has_value())
        return;
    if (const QVariant value = int(*state); item->data(StateRole) != value)
        item->setData(value, StateRole);
    if (item->column() == DeleteColumn) // judged from scopes, not proved: a word without a verdict's icon
        return;
    if (const QIcon& icon = operationIcon(*state); item->icon().cacheKey() != icon.cacheKey())
        item->setIcon(icon);
}

void setCellToolTip(QStandardItem* item, const QString& text)
{
    if (item->toolTip() != text)
        item->setToolTip(text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

PackagesWindow::PackagesWindow(QNetworkAccessManager* network, QWidget* parent)
    : QDialog(parent)
    , m_runner(new MatrixRunner(network, this))
{
    setObjectName(u"packagesWindow"_s);
    setWindowTitle(tr("All packages — GHCR Doctor"));
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildInputs());
    layout->addWidget(buildResults(), 1);
    // 1100×720 where it fits (the header, a screenful of rows, the causes and the details); a 1024×640 laptop's
    // screen, less its panel and the title bar, gets what it has (a fixed 980×600 went past its bottom edge).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(1100, available.width() - 24), qMin(720, available.height() - 48));

    connect(m_runner, &MatrixRunner::imagesKnown, this, &PackagesWindow::onImagesKnown);
    connect(m_runner, &MatrixRunner::imageFinished, this, &PackagesWindow::onImageFinished);
    connect(m_runner, &MatrixRunner::finished, this, &PackagesWindow::onFinished);
    updateButtons();
    updateRowActions();
}

PackagesWindow::~PackagesWindow() = default;

QWidget* PackagesWindow::buildInputs()
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problemLabel = new QLabel(box);
    m_problemLabel->setObjectName(u"packagesProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setVisible(false);
    layout->addWidget(m_problemLabel);

    auto* form = new QFormLayout;
    m_listBox = new QCheckBox(tr("&List the packages through GitHub's API (needs read:packages)"), box);
    m_listBox->setObjectName(u"listPackagesCheckBox"_s);
    m_listBox->setChecked(true);
    form->addRow(m_listBox);
    m_ownersEdit = new QLineEdit(box);
    m_ownersEdit->setObjectName(u"ownersLineEdit"_s);
    m_ownersEdit->setPlaceholderText(tr("all: your account and every organization you belong to"));
    m_ownersEdit->setAccessibleName(tr("Owners to list"));
    auto* ownersLabel = new QLabel(tr("&Owners:"), box);
    ownersLabel->setBuddy(m_ownersEdit);
    form->addRow(ownersLabel, m_ownersEdit);
    m_imagesEdit = new QPlainTextEdit(box);
    m_imagesEdit->setObjectName(u"imagesPlainTextEdit"_s);
    m_imagesEdit->setPlaceholderText(tr("OWNER/NAME[:TAG], one per line; # starts a comment. Checked as well, or "
                                        "instead when the packages cannot be listed."));
    m_imagesEdit->setAccessibleName(tr("Images to check"));
    m_imagesEdit->setTabChangesFocus(true);
    m_imagesEdit->setFixedHeight(m_imagesEdit->fontMetrics().lineSpacing() * 3 + 12);
    auto* imagesLabel = new QLabel(tr("&Images:"), box);
    imagesLabel->setBuddy(m_imagesEdit);
    form->addRow(imagesLabel, m_imagesEdit);
    m_imagesProblemLabel = new QLabel(box);
    m_imagesProblemLabel->setObjectName(u"packagesImagesProblemLabel"_s);
    m_imagesProblemLabel->setWordWrap(true);
    m_imagesProblemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_imagesProblemLabel->setVisible(false);
    layout->addLayout(form);
    layout->addWidget(m_imagesProblemLabel); // in the form, a wrapped label got twice its height
    layout->addLayout(buildButtons(box));
    return box;
}

QHBoxLayout* PackagesWindow::buildButtons(QWidget* box)
{
    auto* buttons = new QHBoxLayout;
    m_countsLabel = new QLabel(box);
    m_countsLabel->setObjectName(u"packagesCountsLabel"_s);
    m_countsLabel->setWordWrap(true);
    QFont bold = m_countsLabel->font();
    bold.setBold(true);
    m_countsLabel->setFont(bold);
    buttons->addWidget(m_countsLabel, 1);
    m_startButton = new QPushButton(uiIcon(u"check"_s), tr("&Check all"), box);
    m_startButton->setObjectName(u"checkAllButton"_s);
    m_startButton->setAutoDefault(false);
    connect(m_startButton, &QPushButton::clicked, this, &PackagesWindow::start);
    m_cancelButton = new QPushButton(uiIcon(u"cancel"_s), tr("C&ancel"), box);
    m_cancelButton->setObjectName(u"cancelAllButton"_s);
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &PackagesWindow::cancel);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_cancelButton);
    return buttons;
}

QTableView* PackagesWindow::buildTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(u"packagesTableView"_s);
    table->setAccessibleName(tr("Images and what the token may do with them"));
    table->setModel(m_proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(ImageColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table for the row's buttons; the arrows move in it
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    // Fitting the columns measures the first rows only, not every one of hundreds.
    table->horizontalHeader()->setResizeContentsPrecision(64);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PackagesWindow::showDetails);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PackagesWindow::updateRowActions);
    connect(table, &QTableView::activated, this, &PackagesWindow::openSettings); // Enter, double click
    auto* copy = new QAction(tr("Copy row"), table);
    copy->setShortcut(QKeySequence::Copy); // the whole row, not the one cell Qt copies
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &PackagesWindow::copyRow);
    table->addAction(copy);
    return table;
}

QWidget* PackagesWindow::buildResults()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(top);
    m_filterEdit->setObjectName(u"packagesFilterLineEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter by image, repository or note"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter the images"));
    auto* filterLabel = new QLabel(tr("&Filter:"), top);
    filterLabel->setBuddy(m_filterEdit);
    m_showCombo = new QComboBox(top);
    m_showCombo->setObjectName(u"packagesShowComboBox"_s);
    m_showCombo->addItems({tr("Every image"), tr("Problems only")});
    m_showCombo->setAccessibleName(tr("Which images to show"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_showCombo);
    layout->addLayout(filterRow);

    m_model = new QStandardItemModel(0, NoteColumn + 1, this);
    m_model->setHorizontalHeaderLabels(reportMatrixColumns());
    auto* filter = new PackagesFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [filter](int i) { filter->setProblemsOnly(i == 1); });

    m_table = buildTable(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buildRowActions(top));
    m_causesLabel = new QLabel(top);
    m_causesLabel->setObjectName(u"packagesCausesLabel"_s);
    m_causesLabel->setWordWrap(true);
    m_causesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_causesLabel);
    m_statusLabel = new QLabel(top);
    m_statusLabel->setObjectName(u"packagesStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);

    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"packagesDetailsBrowser"_s);
    m_details->setAccessibleName(tr("The selected image's evidence"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { UrlOpener::open(url); });
    m_details->setPlaceholderText(tr("Select an image to see what its verdict rests on."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void PackagesWindow::setCheck(const CheckRequest& base, const QString& token, const QString& problem)
{
    if (m_runner->isRunning())
        return;
    m_base = base;
    m_token = token;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    updateButtons();
}

bool PackagesWindow::isRunning() const
{
    return m_runner->isRunning();
}

MatrixRequest PackagesWindow::request(QStringList* problems) const
{
    MatrixRequest r;
    r.base = m_base;
    r.allPackages = m_listBox->isChecked();
    const QString owners = m_ownersEdit->text();
    for (const QString& owner : owners.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts))
        r.owners << owner;
    const QStringList lines = m_imagesEdit->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString image = lines.at(i).section(u'#', 0, 0).trimmed();
        if (image.isEmpty())
            continue;
        if (QString error; parseImageReference(image, nullptr, nullptr, &error))
            r.images << image;
        else
            *problems << tr("Line %1: %2").arg(i + 1).arg(error); // the error quotes the image
    }
    return r;
}

void PackagesWindow::start()
{
    if (m_runner->isRunning() || m_token.isEmpty())
        return;
    QStringList problems;
    const MatrixRequest r = request(&problems);
    if (!r.allPackages && r.images.isEmpty() && problems.isEmpty())
        problems << tr("Nothing to check: tick “List the packages” or name images, one per line.");
    constexpr int shownProblems = 8; // a pasted file of hundreds of bad lines must not push the table away
    if (const int more = int(problems.size()) - shownProblems; more > 0) {
        problems.resize(shownProblems);
        problems << tr("…and %n more bad line(s).", nullptr, more);
    }
    m_imagesProblemLabel->setText(problems.join(u'\n'));
    m_imagesProblemLabel->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) { // nothing starts until every pasted line is an image: none is dropped unseen
        m_imagesEdit->setFocus();
        return;
    }
    m_diagnosis.reset();
    m_images.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_details->clear();
    m_causesLabel->clear();
    m_countsLabel->clear();
    m_statusLabel->setText(r.allPackages ? tr("Listing the packages…") : tr("Checking…"));
    m_runner->start(r, m_token);
    updateButtons();
}

void PackagesWindow::cancel()
{
    if (m_runner->isRunning()) {
        m_statusLabel->setText(tr("Cancelling…"));
        m_runner->cancel();
    }
}

void PackagesWindow::closeEvent(QCloseEvent* event)
{
    cancel();
    QDialog::closeEvent(event);
}

void PackagesWindow::reject()
{
    if (m_runner->isRunning())
        cancel();
    else if (m_filterEdit->hasFocus() && !m_filterEdit->text().isEmpty())
        m_filterEdit->clear(); // Esc in the filter clears it; it closed the window
    else
        QDialog::reject();
}

void PackagesWindow::onImagesKnown(const QList<ImageResult>& images)
{
    m_images = images;
    // Filled while the proxy is detached: attached, it would re-sort the table for each of the thousands of cells.
    m_proxy->setSourceModel(nullptr);
    m_model->setRowCount(0);
    m_model->setRowCount(int(images.size()));
    for (int i = 0; i < images.size(); ++i)
        setRow(i);
    m_proxy->setSourceModel(m_model);
    fitColumns();           // the names and "checking…" whole while the run streams, not only once it is over
    m_statusLabel->clear(); // the header counts the images checked
    updateCounts();
    updateRowActions();
}

void PackagesWindow::fitColumns()
{
    for (int column = ImageColumn; column < NoteColumn; ++column) // the note takes what is left
        m_table->resizeColumnToContents(column);
}

void PackagesWindow::onImageFinished(int index, const ImageResult& image)
{
    if (index < 0 || index >= m_images.size())
        return;
    m_images[index] = image;
    setRow(index);
    updateCounts();
    if (currentImage() == index) {
        showDetails();
        updateRowActions();
    }
}

void PackagesWindow::onFinished(const Diagnosis& diagnosis)
{
    m_diagnosis = diagnosis;
    // The final words (a cancelled image is "cancelled", not "checking…"), changing only the cells that differ.
    if (m_images.size() != diagnosis.images.size()) {
        onImagesKnown(diagnosis.images);
    } else {
        const QList<ImageResult> streamed = std::exchange(m_images, diagnosis.images);
        for (int i = 0; i < m_images.size(); ++i)
            if (!streamed.at(i).finished) // a finished row already shows its final words
                setRow(i);
        updateCounts();
    }
    // Finished: the verdict in the words of the CLI and every report (its summary counts the images).
    m_countsLabel->setText(verdictLine(diagnosis).text);
    QStringList causes;
    for (const RefusalGroup& group : diagnosis.refusalGroups)
        causes << u"• "_s + group.sentence;
    m_causesLabel->setText(causes.join(u'\n'));
    m_statusLabel->setText(finishedStatus(diagnosis));
    updateButtons();
    fitColumns();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ImageColumn));
    showDetails();
    // Screen readers hear the result without moving the focus.
    Announcer::announce(m_countsLabel);
    emit runFinished();
}

QString PackagesWindow::finishedStatus(const Diagnosis& diagnosis) const
{
    const QString took = words::duration(diagnosis.startedAt.msecsTo(diagnosis.finishedAt));
    const int total = int(diagnosis.images.size());
    int done = 0;
    for (const ImageResult& image : diagnosis.images)
        done += image.finished ? 1 : 0;
    if (done == total)
        return tr("%n image(s) checked in %1.", nullptr, total).arg(took);
    if (diagnosis.cancelled)
        return tr("Cancelled: %1 of %n image(s) checked in %2.", nullptr, total).arg(done).arg(took);
    return tr("Out of time: %1 of %n image(s) checked in %2.", nullptr, total).arg(done).arg(took);
}

void PackagesWindow::setRow(int index)
{
    const ImageResult& image = m_images.at(index);
    QStringList cells = reportMatrixCells(reportImageRow(image, m_base));
    const bool running = m_runner->isRunning() && !image.finished;
    const bool problem = !image.finished || image.verdict != Verdict::Ok;
    const QList<std::pair<int, Operation>> operations = {
        {PullColumn, Operation::Pull}, {PushColumn, Operation::Push}, {DeleteColumn, Operation::Delete}};
    for (const auto& [column, op] : operations)
        if (running && m_base.wants(op) && op != Operation::Delete)
            cells[column] = tr("checking…");
    if (running)
        cells[NoteColumn].clear();
    for (int column = 0; column < cells.size(); ++column) {
        QStandardItem* item = m_model->item(index, column);
        if (!item) { // made once per row; later results change it in place
            item = new QStandardItem;
            item->setData(index, IndexRole);
            m_model->setItem(index, column, item);
        }
        std::optional<OperationState> state;
        for (const auto& [opColumn, op] : operations)
            if (opColumn == column)
                state = operationState(image, op, m_base.wants(op), running);
        setCell(item, cells.at(column), problem, state);
    }
    setCellToolTip(m_model->item(index, ImageColumn), image.package.settingsUrl);
    setCellToolTip(m_model->item(index, NoteColumn), cells.at(NoteColumn)); // the whole note where the cell cuts it
}

void PackagesWindow::updateCounts()
{
    QStringList counts;
    if (m_runner->isRunning()) {
        // While it runs, the counts are of the images checked so far: "(5 not proved)" said of images not yet
        // reached read as a finding.
        QList<ImageResult> checked;
        for (const ImageResult& image : std::as_const(m_images))
            if (image.finished)
                checked << image;
        counts << tr("%1 of %n image(s) checked", nullptr, int(m_images.size())).arg(checked.size())
               << matrixCounts(checked, m_base);
    } else {
        counts << matrixCounts(m_images, m_base);
    }
    counts.removeAll(QString());
    QString text = counts.join(u" · "_s);
    if (!text.isEmpty()) // "проверено 0 из 8 образов" starts the header while it runs
        text[0] = text.at(0).toUpper();
    m_countsLabel->setText(text);
}

int PackagesWindow::currentImage() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    const int index = m_proxy->mapToSource(current).siblingAtColumn(ImageColumn).data(IndexRole).toInt();
    return index >= 0 && index < m_images.size() ? index : -1;
}

void PackagesWindow::openSettings()
{
    if (const int index = currentImage(); index >= 0 && !m_images.at(index).package.settingsUrl.isEmpty())
        UrlOpener::open(QUrl(m_images.at(index).package.settingsUrl));
}

void PackagesWindow::copyRow()
{
    const int index = currentImage();
    if (index < 0)
        return;
    QStringList cells;
    for (int column = ImageColumn; column <= NoteColumn; ++column)
        cells << m_model->item(index, column)->text();
    cells << m_images.at(index).package.settingsUrl;
    QGuiApplication::clipboard()->setText(cells.join(u'\t'));
}

void PackagesWindow::updateRowActions()
{
    const int index = currentImage();
    m_copyRowButton->setEnabled(index >= 0);
    m_settingsButton->setEnabled(index >= 0 && !m_images.at(index).package.settingsUrl.isEmpty());
}

QHBoxLayout* PackagesWindow::buildRowActions(QWidget* parent)
{
    m_settingsButton = new QPushButton(uiIcon(u"open-external"_s), tr("Open package &settings"), parent);
    m_settingsButton->setObjectName(u"openPackageSettingsButton"_s);
    m_settingsButton->setToolTip(tr("Open the selected package's settings on GitHub: Manage access, Manage Actions "
                                    "access (Enter or a double click on the row)."));
    connect(m_settingsButton, &QPushButton::clicked, this, &PackagesWindow::openSettings);
    m_copyRowButton = new QPushButton(uiIcon(u"copy"_s), tr("Co&py row"), parent);
    m_copyRowButton->setObjectName(u"copyRowButton"_s);
    m_copyRowButton->setToolTip(tr("Copy the selected row, its cells separated by tabs, with the settings link "
                                   "(Ctrl+C in the table)."));
    connect(m_copyRowButton, &QPushButton::clicked, this, &PackagesWindow::copyRow);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {m_settingsButton, m_copyRowButton}) {
        button->setAutoDefault(false);
        row->addWidget(button);
    }
    row->addStretch(1);
    return row;
}

void PackagesWindow::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const int index = m_proxy->mapToSource(current).siblingAtColumn(ImageColumn).data(IndexRole).toInt();
    if (index < 0 || index >= m_images.size())
        return;
    const ImageResult& image = m_images.at(index);
    QString html = u"<p><b>"_s + esc(image.package.image()) + u"</b></p>"_s;
    if (!image.finished)
        html += u"<p>"_s + esc(m_runner->isRunning() ? tr("Still being checked.") : tr("Not checked.")) + u"</p>"_s;
    else
        html += u"<p>"_s + esc(image.summary) + u"</p>"_s;
    if (!image.package.settingsUrl.isEmpty())
        html += u"<p>"_s + esc(tr("Package settings (Manage access, Manage Actions access):")) + u" <a href=\""_s +
                esc(image.package.settingsUrl) + u"\">"_s + esc(image.package.settingsUrl) + u"</a></p>"_s;
    html += u"<ul>"_s;
    for (const ChecklistItem& item : m_runner->imageChecklist(image)) {
        html += u"<li><b>"_s + esc(checkStatusTitle(item.status)) + u"</b> — "_s + esc(item.title) + u": "_s +
                esc(item.detail);
        if (!item.evidence.isEmpty())
            html += u"<br/><code>"_s + esc(item.evidence) + u"</code>"_s;
        html += u"</li>"_s;
    }
    html += u"</ul>"_s;
    m_details->setHtml(html);
}

void PackagesWindow::updateButtons()
{
    const bool running = m_runner->isRunning();
    m_startButton->setEnabled(!running && !m_token.isEmpty());
    m_cancelButton->setEnabled(running);
    m_listBox->setEnabled(!running);
    m_ownersEdit->setEnabled(!running);
    m_imagesEdit->setEnabled(!running);
}

} // namespace ghcr
