#pragma once

// Hand-built, fixed Diagnosis values for the report tests: no network, no engine, a fixed clock.

#include "app/core/diagnosis/Diagnosis.h"

#include <QByteArray>
#include <QString>

namespace ghcr::testdata {

/// The fixed clock of every fixture: 2026-11-24 10:15:30 UTC.
QDateTime fixedNow();

/// Injects a fixed Qt version, OS and time zone (UTC+01:00) into every report.
void useFixedEnvironment();

/// A classic token with write:packages only; ghcr.io refuses pull and push with DENIED.
Diagnosis writeOnlyToken();
/// A classic token with read:packages and write:packages; pull and push work.
Diagnosis allGood();
/// A fine-grained token (no X-OAuth-Scopes header) and a registry that could not be reached.
Diagnosis fineGrainedNetworkError();

/// The write-only evidence of writeOnlyToken() (github.com, ghcr.io refuses pull and push) run
/// through the real engine (Diagnoser::diagnose) with the fixed clock.
Diagnosis engineWriteOnly();

/// Named fixtures for data-driven tests.
QList<QPair<QString, Diagnosis>> allFixtures();
/// One fixture by name ("write-only", "all-good", "fine-grained-network-error").
Diagnosis fixture(const QString& name);

/// Source directory of these tests (golden files live in golden/).
QString testSourceDir();
/// resources/report.schema.json
QString schemaPath();

/// Runs a program; returns its standard output, or a null QByteArray (and fails) on error.
QByteArray runProgram(const QString& program, const QStringList& arguments, QString* error);

} // namespace ghcr::testdata
