#include "app/core/model/Evidence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ghcr {

QString operationId(Operation op)
{
    return enumId(op);
}

std::optional<Operation> operationFromId(const QString& id)
{
    return enumFromId<Operation>(id.trimmed().toLower());
}

std::optional<QList<Operation>> operationsFromList(const QString& list, QString* bad)
{
    const QStringList ids = list.split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        if (bad)
            *bad = list;
        return std::nullopt;
    }
    QList<Operation> ops;
    for (const QString& id : ids) {
        if (id.trimmed().toLower() == u"login"_s)
            continue;
        const std::optional<Operation> op = operationFromId(id);
        if (!op) {
            if (bad)
                *bad = id.trimmed();
            return std::nullopt;
        }
        if (!ops.contains(*op))
            ops << *op;
    }
    return ops;
}

QString apiOutcomeId(ApiEvidence::Outcome outcome)
{
    return enumId(outcome);
}

std::optional<qint64> ApiEvidence::expiresInDays() const
{
    if (!expiresAt.isValid() || !answeredAt.isValid())
        return std::nullopt;
    const qint64 seconds = answeredAt.secsTo(expiresAt);
    // Nearest whole day: a token created "for 3 days" and checked a minute later still has 3 days, not 2.
    // Once expired, any part of a day counts as a day ago.
    return seconds >= 0 ? (seconds + 43200) / 86400 : -((-seconds + 86399) / 86400);
}

QString apiOutcomeTitle(ApiEvidence::Outcome outcome)
{
    return enumTitle(outcome);
}

const OperationResult* RegistryEvidence::operation(Operation op) const
{
    for (const OperationResult& r : operations)
        if (r.operation == op)
            return &r;
    return nullptr;
}

} // namespace ghcr
