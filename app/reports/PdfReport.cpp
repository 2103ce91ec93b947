// PDF through Qt's own QPdfWriter + QTextDocument (no extra module): the HTML report laid out on
// A4 or Letter (from the locale), a page number painted on every page, real (selectable) text,
// title and creator in the document's metadata.
#include "app/core/AppInfo.h"
#include "app/reports/Report.h"
#include "app/reports/ReportFacts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// Pads every table cell by `padding` device pixels (the HTML's CSS padding is in rem, which
/// QTextDocument does not read, and its cellpadding attribute would be a hair at 300 dpi).
void padTableCells(QTextDocument* document, qreal padding)
{
    QSet<QTextTable*> tables;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (QTextTable* table = QTextCursor(block).currentTable())
            tables.insert(table);
    }
    for (QTextTable* table : std::as_const(tables)) {
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < table->columns(); ++column) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextTableCellFormat format = cell.format().toTableCellFormat();
                format.setTopPadding(padding * 0.6);
                format.setBottomPadding(padding * 0.6);
                format.setLeftPadding(padding);
                format.setRightPadding(padding);
                cell.setFormat(format);
            }
        }
    }
}

/// Keeps every code block (a <pre>: blocks with non-breakable lines) on one page, with the label
/// line before it: a block group that would straddle a page break starts a new page instead.
void keepCodeBlocksTogether(QTextDocument* document)
{
    const qreal pageHeight = document->pageSize().height();
    for (int round = 0; round < 200; ++round) {
        bool moved = false;
        for (QTextBlock block = document->begin(); block.isValid() && !moved; block = block.next()) {
            if (!block.blockFormat().nonBreakableLines())
                continue;
            QTextBlock last = block;
            while (last.next().isValid() && last.next().blockFormat().nonBreakableLines())
                last = last.next();
            // The label ("PowerShell:") goes with its code.
            const QTextBlock first = block.previous().isValid() ? block.previous() : block;
            const QRectF top = document->documentLayout()->blockBoundingRect(first);
            const QRectF bottom = document->documentLayout()->blockBoundingRect(last);
            const int startPage = int(top.top() / pageHeight);
            const int endPage = int((bottom.bottom() - 1) / pageHeight);
            if (startPage != endPage && bottom.bottom() - top.top() < pageHeight &&
                first.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_Auto) {
                QTextBlockFormat format = first.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(first).setBlockFormat(format);
                moved = true;
            }
            block = last;
        }
        if (!moved)
            return;
    }
}

} // namespace

QByteArray renderPdfReport(const Diagnosis& diagnosis)
{
    // Fonts and layout need a QGuiApplication; without one, say so by returning nothing
    // (saveReport turns that into a sentence) instead of crashing.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};

    const ReportFacts facts = buildReportFacts(diagnosis);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(facts.title + u": "_s + facts.verdictLine);
        writer.setCreator(facts.generator);
        writer.setPageLayout(QPageLayout(QPageSize(reportPageSizeForLocale(QLocale())), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));

        QPainter painter;
        if (!painter.begin(&writer))
            return {};

        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        // paintRectPixels is in device pixels relative to the paper; the painter's origin is the
        // top-left of the printable area.
        const qreal footerHeight = writer.resolution() * 0.35; // ~9 mm
        const QSizeF bodySize(page.width(), page.height() - footerHeight);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setHtml(reportHtml(facts, HtmlLayout::Pdf));
        padTableCells(&document, writer.resolution() * 0.025); // ~0.6 mm
        document.setPageSize(bodySize);
        keepCodeBlocksTogether(&document);

        const int pages = qMax(1, document.pageCount());
        QFont footerFont = font;
        footerFont.setPointSizeF(8);
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -bodySize.height() * index);
            const QRectF clip(0, bodySize.height() * index, bodySize.width(), bodySize.height());
            document.drawContents(&painter, clip);
            painter.restore();

            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x57, 0x60, 0x6a));
            const QRectF footer(0, bodySize.height(), bodySize.width(), footerHeight);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, facts.generatedUtc);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                             Report::tr("Page %1 of %2").arg(index + 1).arg(pages));
            painter.restore();
        }
        painter.end();
    }
    buffer.close();
    return bytes;
}

} // namespace ghcr
