#pragma once

// Helpers shared by the window tests: find widgets the way a person would see them, read the
// checklist and the evidence panels, and scan files for a secret.

#include "tests/support/FakeServer.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QString>
#include <QStringList>
#include <QTreeWidget>
#include <QWidget>

namespace ghcr::test {

template <typename T> T* child(QWidget* window, const QString& objectName)
{
    return window->findChild<T*>(objectName);
}

/// Points HOME and the XDG folders into `home`, so a test run never reads or writes the real user's
/// settings, keychain files or caches (and a leak scan over `home` sees everything the app wrote).
/// The Alt+letter of a text with "&" mnemonics (lower case), or a null QChar.
inline QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

inline void useThrowawayHome(const QString& home)
{
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toLocal8Bit());
}

/// Check overrides that point the window at a running fake server over HTTPS (its test CA trusted).
inline CheckOverrides overridesFor(const FakeServer& server)
{
    CheckOverrides overrides;
    overrides.apiUrl = server.apiUrl();
    overrides.registry = server.registryHost();
    overrides.extraCaCertificates = {FakeServer::testCa()};
    return overrides;
}

inline void collectItems(QTreeWidgetItem* item, QList<QTreeWidgetItem*>* out)
{
    out->append(item);
    for (int i = 0; i < item->childCount(); ++i)
        collectItems(item->child(i), out);
}

inline QList<QTreeWidgetItem*> allItems(QTreeWidget* tree)
{
    QList<QTreeWidgetItem*> out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        collectItems(tree->topLevelItem(i), &out);
    return out;
}

/// The checklist row with this id (problems at the top, OK and skipped rows folded under a group), or null.
inline QTreeWidgetItem* checklistRow(QTreeWidget* checklist, const QString& id)
{
    const QList<QTreeWidgetItem*> items = allItems(checklist);
    for (QTreeWidgetItem* item : items) {
        if (item->data(0, Qt::UserRole).toString() == id)
            return item;
    }
    return nullptr;
}

/// "pass", "fail", "warn", "skip" of the row, or "missing".
inline QString checklistStatus(QTreeWidget* checklist, const QString& id)
{
    QTreeWidgetItem* item = checklistRow(checklist, id);
    return item ? item->data(0, Qt::UserRole + 1).toString() : QStringLiteral("missing");
}

/// The value of the first evidence line whose field is `field`, or a null string.
inline QString evidenceValue(QTreeWidget* tree, const QString& field)
{
    const QList<QTreeWidgetItem*> items = allItems(tree);
    for (QTreeWidgetItem* item : items) {
        if (item->text(0) == field)
            return item->text(1);
    }
    return {};
}

/// Every text a person can read in the window: labels, tree cells, rich text, titles, tooltips.
inline QStringList visibleTexts(QWidget* window)
{
    QStringList texts;
    const QList<QLabel*> labels = window->findChildren<QLabel*>();
    for (QLabel* label : labels)
        texts << label->text() << label->toolTip();
    const QList<QTreeWidget*> trees = window->findChildren<QTreeWidget*>();
    for (QTreeWidget* tree : trees) {
        const QList<QTreeWidgetItem*> items = allItems(tree);
        for (QTreeWidgetItem* item : items) {
            for (int c = 0; c < item->columnCount(); ++c)
                texts << item->text(c) << item->toolTip(c);
        }
    }
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets)
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription()
              << widget->windowTitle();
    return texts;
}

/// Files under `root` whose bytes contain `needle` (paths relative to root).
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << QDir(root).relativeFilePath(path);
    }
    return hits;
}

} // namespace ghcr::test
