#pragma once

#include <QStringList>

namespace ghcr {

/// True for `ghcr-doctor login …` and `ghcr-doctor logout …`.
bool isLoginInvocation(const QStringList& arguments);

/// `ghcr-doctor login --tool docker|podman|helm [check options] [--yes]`: checks the token first and stores it
/// where the tool keeps its login (its credential helper or its file: atomic, backed up) only when the check
/// proved every requested operation, after a confirmation on the terminal (or --yes), then reads the stored
/// login back. `logout --tool …` removes the tool's login for the registry the same way (no token needed).
/// Exit codes: 0 done and verified; 1 not done (the check did not prove the operations, or declined);
/// 2 usage or no terminal to confirm on; 3 the change or its verification failed.
int runLoginCommand(const QStringList& arguments);

} // namespace ghcr
