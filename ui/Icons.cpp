#include "ui/Icons.h"

#include "app/core/AppInfo.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// Renders an SVG at whatever size is asked, recolouring the placeholder #000000 with the current
/// palette's text colour (disabled text for disabled icons). Nothing is rasterised ahead of time.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    PaletteSvgIconEngine(QString resource, bool tint)
        : m_resource(std::move(resource))
        , m_tint(tint)
    {
        QFile file(m_resource);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(svgFor(mode));
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const QByteArray data = svgFor(mode);
        const QString cacheKey = u"ghcr-icon:%1:%2x%3:%4"_s.arg(m_resource)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(QString::fromLatin1(tintColor(mode).name(QColor::HexArgb).toLatin1()));
        QPixmap cached;
        if (QPixmapCache::find(cacheKey, &cached))
            return cached;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        }
        cached = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, cached);
        return cached;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new PaletteSvgIconEngine(*this); }
    QString key() const override { return u"ghcr-palette-svg"_s; }

private:
    QColor tintColor(QIcon::Mode mode) const
    {
        if (!m_tint)
            return QColor(Qt::black);
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        if (mode == QIcon::Selected)
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QByteArray svgFor(QIcon::Mode mode) const
    {
        if (!m_tint)
            return m_svg;
        QByteArray data = m_svg;
        data.replace("#000000", tintColor(mode).name(QColor::HexRgb).toLatin1());
        return data;
    }

    QString m_resource;
    bool m_tint;
    QByteArray m_svg;
};

QIcon svgIcon(const QString& name, bool tint)
{
    return QIcon(new PaletteSvgIconEngine(u":/icons/ui/"_s + name + u".svg"_s, tint));
}

} // namespace

QIcon uiIcon(const QString& name)
{
    return svgIcon(name, true);
}

QIcon statusIcon(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return svgIcon(u"status-pass"_s, false);
    case CheckStatus::Fail:
        return svgIcon(u"status-fail"_s, false);
    case CheckStatus::Warn:
        return svgIcon(u"status-warn"_s, false);
    case CheckStatus::Skip:
        return svgIcon(u"status-skip"_s, false);
    }
    return {};
}

QIcon runningIcon()
{
    return svgIcon(u"status-running"_s, false);
}

QIcon applicationIcon()
{
    const QIcon themed = QIcon::fromTheme(QStringLiteral(GHCR_APP_ID));
    if (!themed.isNull())
        return themed;
    return QIcon(u":/icons/app/"_s + QStringLiteral(GHCR_APP_ID) + u".svg"_s);
}

} // namespace ghcr
