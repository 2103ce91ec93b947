#pragma once

// One way to turn an enum into its stable id and back, and into its translated title (the idea of
// qBittorrent's Utils::String::fromEnum): each enum declares one constexpr table of {value, id, title}
// by specialising EnumTable, instead of a switch per direction.
//
//     template <> struct EnumTable<Verdict> {
//         static constexpr const char* context = "Diagnoser"; // tr() context of the titles
//         static constexpr EnumEntry<Verdict> entries[] = {{Verdict::Ok, u"ok"}, ...};
//     };
//     enumId(Verdict::Ok) == u"ok"_s;  enumFromId<Verdict>(u"ok") == Verdict::Ok

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ghcr {

template <typename E> struct EnumEntry
{
    E value;
    QStringView id;              ///< stable, lower case: what reports, options and settings carry
    const char* title = nullptr; ///< source text of the translated title (QT_TRANSLATE_NOOP), if any
};

/// Specialised once per enum, next to the enum.
template <typename E> struct EnumTable;

/// The id of `value` in `entries` (a second table of the same enum, e.g. file extensions); empty if absent.
template <typename E, std::size_t N> QString enumIdIn(const EnumEntry<E> (&entries)[N], E value)
{
    for (const EnumEntry<E>& e : entries)
        if (e.value == value)
            return e.id.toString();
    return {};
}

/// The value whose id in `entries` is exactly `id`, or nullopt.
template <typename E, std::size_t N> std::optional<E> enumFromIdIn(const EnumEntry<E> (&entries)[N], QStringView id)
{
    for (const EnumEntry<E>& e : entries)
        if (e.id == id)
            return e.value;
    return std::nullopt;
}

/// The id of `value`; empty when the table does not list it.
template <typename E> QString enumId(E value)
{
    return enumIdIn(EnumTable<E>::entries, value);
}

/// The value whose id is exactly `id` (callers normalise case and spaces), or nullopt.
template <typename E> std::optional<E> enumFromId(QStringView id)
{
    return enumFromIdIn(EnumTable<E>::entries, id);
}

/// The title of `value`, translated in the table's tr() context; empty when it has none.
template <typename E> QString enumTitle(E value)
{
    for (const EnumEntry<E>& e : EnumTable<E>::entries)
        if (e.value == value && e.title)
            return QCoreApplication::translate(EnumTable<E>::context, e.title);
    return {};
}

/// Every value of the enum, in table order.
template <typename E> QList<E> enumValues()
{
    QList<E> values;
    for (const EnumEntry<E>& e : EnumTable<E>::entries)
        values << e.value;
    return values;
}

} // namespace ghcr
