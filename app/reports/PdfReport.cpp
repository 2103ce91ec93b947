// PDF through Qt's own QPdfWriter + QTextDocument (no extra module): the HTML report laid out on
// A4 or Letter (from the locale), a page number painted on every page, real (selectable) text,
// title and creator in the document's metadata.
#include "AppInfo.h"
#include "Report.h"
#include "ReportFacts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ghcr {

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
        writer.setTitle(facts.title + u": "_s + facts.summary);
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
        document.setHtml(reportHtml(facts));
        document.setPageSize(bodySize);

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
