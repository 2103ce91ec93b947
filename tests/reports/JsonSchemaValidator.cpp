#include "tests/reports/JsonSchemaValidator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ghcr::testdata {

namespace {

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

bool matchesType(const QJsonValue& v, const QString& type)
{
    if (type == u"integer"_s)
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    return typeOf(v) == type;
}

const QSet<QString>& annotationKeywords()
{
    static const QSet<QString> set{u"$schema"_s,  u"$id"_s,    u"title"_s,   u"description"_s, u"$comment"_s,
                                   u"examples"_s, u"format"_s, u"default"_s, u"$defs"_s};
    return set;
}

const QSet<QString>& supportedKeywords()
{
    static const QSet<QString> set{u"type"_s,        u"required"_s, u"properties"_s, u"additionalProperties"_s,
                                   u"enum"_s,        u"const"_s,    u"items"_s,      u"$ref"_s,
                                   u"minimum"_s,     u"pattern"_s,  u"minLength"_s,  u"minItems"_s,
                                   u"uniqueItems"_s, u"anyOf"_s};
    return set;
}

} // namespace

JsonSchemaValidator::JsonSchemaValidator(const QJsonObject& rootSchema)
    : m_root(rootSchema)
{
}

QStringList JsonSchemaValidator::validate(const QJsonValue& instance) const
{
    QStringList errors;
    check(m_root, instance, u"$"_s, &errors, 0);
    return errors;
}

QJsonValue JsonSchemaValidator::resolve(const QString& ref, QStringList* errors, const QString& path) const
{
    if (!ref.startsWith(u"#/"_s)) {
        errors->append(path + u": unsupported $ref "_s + ref);
        return {};
    }
    QJsonValue node = m_root;
    const QStringList parts = ref.mid(2).split(u'/');
    for (const QString& part : parts) {
        node = node.toObject().value(part);
        if (node.isUndefined()) {
            errors->append(path + u": dangling $ref "_s + ref);
            return {};
        }
    }
    return node;
}

void JsonSchemaValidator::check(const QJsonValue& schemaValue, const QJsonValue& value, const QString& path,
                                QStringList* errors, int depth) const
{
    if (depth > 64) {
        errors->append(path + u": schema nesting too deep"_s);
        return;
    }
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors->append(path + u": not allowed here"_s);
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    for (auto it = schema.constBegin(); it != schema.constEnd(); ++it) {
        if (!supportedKeywords().contains(it.key()) && !annotationKeywords().contains(it.key()))
            errors->append(path + u": the test validator does not support the keyword "_s + it.key());
    }

    if (schema.contains(u"$ref"_s)) {
        const QJsonValue target = resolve(schema.value(u"$ref"_s).toString(), errors, path);
        if (!target.isUndefined())
            check(target, value, path, errors, depth + 1);
    }

    if (schema.contains(u"type"_s)) {
        QStringList types;
        const QJsonValue t = schema.value(u"type"_s);
        if (t.isArray()) {
            for (const QJsonValue& name : t.toArray())
                types << name.toString();
        } else {
            types << t.toString();
        }
        bool ok = false;
        for (const QString& type : std::as_const(types))
            ok = ok || matchesType(value, type);
        if (!ok) {
            errors->append(path + u": expected "_s + types.join(u'|') + u", got "_s + typeOf(value));
            return;
        }
    }

    if (schema.contains(u"const"_s) && schema.value(u"const"_s) != value)
        errors->append(path + u": expected the constant "_s + schema.value(u"const"_s).toVariant().toString());

    if (schema.contains(u"enum"_s)) {
        const QJsonArray options = schema.value(u"enum"_s).toArray();
        if (!options.contains(value))
            errors->append(path + u": "_s + value.toVariant().toString() + u" is not one of the allowed values"_s);
    }

    if (schema.contains(u"anyOf"_s)) {
        bool any = false;
        for (const QJsonValue& option : schema.value(u"anyOf"_s).toArray()) {
            QStringList sub;
            check(option, value, path, &sub, depth + 1);
            if (sub.isEmpty()) {
                any = true;
                break;
            }
        }
        if (!any)
            errors->append(path + u": matches none of anyOf"_s);
    }

    if (value.isDouble() && schema.contains(u"minimum"_s) && value.toDouble() < schema.value(u"minimum"_s).toDouble())
        errors->append(path + u": below the minimum"_s);

    if (value.isString()) {
        const QString s = value.toString();
        if (schema.contains(u"minLength"_s) && s.size() < schema.value(u"minLength"_s).toInt())
            errors->append(path + u": shorter than minLength"_s);
        if (schema.contains(u"pattern"_s)) {
            const QRegularExpression re(schema.value(u"pattern"_s).toString());
            if (!re.isValid())
                errors->append(path + u": invalid pattern in the schema"_s);
            else if (!re.match(s).hasMatch())
                errors->append(path + u": \""_s + s + u"\" does not match "_s + re.pattern());
        }
    }

    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems"_s) && array.size() < schema.value(u"minItems"_s).toInt())
            errors->append(path + u": fewer items than minItems"_s);
        if (schema.value(u"uniqueItems"_s).toBool()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                for (qsizetype j = i + 1; j < array.size(); ++j) {
                    if (array.at(i) == array.at(j))
                        errors->append(path + u": items are not unique"_s);
                }
            }
        }
        if (schema.contains(u"items"_s)) {
            for (qsizetype i = 0; i < array.size(); ++i)
                check(schema.value(u"items"_s), array.at(i), path + u'[' + QString::number(i) + u']', errors,
                      depth + 1);
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue& name : schema.value(u"required"_s).toArray()) {
            if (!object.contains(name.toString()))
                errors->append(path + u": missing required property "_s + name.toString());
        }
        const QJsonObject properties = schema.value(u"properties"_s).toObject();
        const QJsonValue additional = schema.value(u"additionalProperties"_s);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString childPath = path + u'.' + it.key();
            if (properties.contains(it.key()))
                check(properties.value(it.key()), it.value(), childPath, errors, depth + 1);
            else if (additional.isBool() && !additional.toBool())
                errors->append(path + u": unexpected property "_s + it.key());
            else if (additional.isObject())
                check(additional, it.value(), childPath, errors, depth + 1);
        }
    }
}

} // namespace ghcr::testdata
