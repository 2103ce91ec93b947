#include "app/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ghcr {

QString installTranslations(const QString& language)
{
    QString wanted = language;
    if (wanted.isEmpty())
        wanted = qEnvironmentVariable("GHCR_DOCTOR_LANG");
    QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    if (!wanted.isEmpty())
        QLocale::setDefault(locale);

    auto* app = QCoreApplication::instance();
    auto* appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, u"ghcr-doctor"_s, u"_"_s, u":/i18n"_s)) {
        // English is the source language, but its plural forms ("1 problem", "2 problems") live in
        // the English translation: load it whenever no other language matched.
        if (appTranslator->load(u"ghcr-doctor_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(appTranslator);
        else
            delete appTranslator;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(appTranslator);
    // Qt's own strings (standard dialogs, context menus) in the same language.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return locale.name().section(u'_', 0, 0);
}

} // namespace ghcr
