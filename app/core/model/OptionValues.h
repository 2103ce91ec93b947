#pragma once

// The option values `ghcr-doctor check` and the window's prefill options share (--api-url, --ops, --timeout),
// read by one set of rules with one set of sentences, so that the same mistake gets the same answer in both.

#include "app/core/model/Evidence.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ghcr::optionvalues {

/// --api-url: an http(s) URL with a host; nullopt with `error` set otherwise.
std::optional<QUrl> apiUrl(const QString& text, QString* error);
/// --ops: a comma-separated list of login, pull, push, delete ("login" alone: no operation).
std::optional<QList<Operation>> operations(const QString& text, QString* error);
/// --timeout: whole seconds, 1–600 (the budget of the whole check).
std::optional<int> timeoutSeconds(const QString& text, QString* error);

} // namespace ghcr::optionvalues
