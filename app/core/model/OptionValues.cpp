#include "app/core/model/OptionValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ghcr::optionvalues {

// The sentences keep the "CheckCommand" translation context they were written and translated in.

std::optional<QUrl> apiUrl(const QString& value, QString* error)
{
    const QUrl url(value);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        *error = QCoreApplication::translate("CheckCommand", "“%1” is not a valid API URL.").arg(value);
        return std::nullopt;
    }
    return url;
}

std::optional<QList<Operation>> operations(const QString& value, QString* error)
{
    QString bad;
    const std::optional<QList<Operation>> ops = operationsFromList(value, &bad);
    if (!ops)
        *error = QCoreApplication::translate("CheckCommand", "Unknown operation “%1”: use login, pull, push or delete.")
                     .arg(bad);
    return ops;
}

std::optional<int> timeoutSeconds(const QString& value, QString* error)
{
    bool ok = false;
    const qlonglong seconds = value.trimmed().toLongLong(&ok);
    if (!ok) {
        *error = QCoreApplication::translate("CheckCommand", "--timeout takes a whole number of seconds.");
        return std::nullopt;
    }
    if (seconds < 1 || seconds > 600) {
        *error = QCoreApplication::translate("CheckCommand",
                                             "--timeout is the budget of the whole check: between 1 and 600 seconds.");
        return std::nullopt;
    }
    return int(seconds);
}

} // namespace ghcr::optionvalues
