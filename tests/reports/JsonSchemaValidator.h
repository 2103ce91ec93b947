#pragma once

// A small validator for the subset of JSON Schema (draft 2020-12) that
// resources/report.schema.json uses: type (a name or a list of names), required, properties,
// additionalProperties (boolean or schema), enum, const, items, $ref to "#/$defs/...", minimum,
// pattern, minLength, minItems, uniqueItems, anyOf. Annotations ($schema, $id, title,
// description, $comment, examples, format, default) are accepted and ignored. Any other keyword
// is reported as an error, so the schema cannot silently use something this validator skips.

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ghcr::testdata {

class JsonSchemaValidator
{
public:
    explicit JsonSchemaValidator(const QJsonObject& rootSchema);

    /// Returns the list of violations ("$.api.scopes: expected array|null, got string"); empty when valid.
    QStringList validate(const QJsonValue& instance) const;

private:
    void check(const QJsonValue& schema, const QJsonValue& value, const QString& path, QStringList* errors,
               int depth) const;
    QJsonValue resolve(const QString& ref, QStringList* errors, const QString& path) const;

    QJsonObject m_root;
};

} // namespace ghcr::testdata
