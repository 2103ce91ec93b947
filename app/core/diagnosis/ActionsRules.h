#pragma once

#include "app/core/diagnosis/Diagnosis.h"

namespace ghcr {

/// The GitHub Actions part of the diagnosis (the rules that read ActionsContext and PackageEvidence):
/// checklist rows actions.run and actions.package, and the workflow-level fix steps, put first
/// (actions-fork-pull-request, actions-permissions, actions-package-access). Pure; does nothing
/// outside Actions. Called on a diagnosis Diagnoser::diagnose made, with `package` filled in.
void addActionsFindings(Diagnosis& diagnosis);

} // namespace ghcr
