#pragma once

// On Windows ghcr-doctor.exe is a GUI-subsystem program, so no console window opens beside the
// window. Started from a terminal with `check`, `--version` or `--help`, it borrows the terminal it
// was started from (AttachConsole(ATTACH_PARENT_PROCESS)) and reopens stdin/stdout/stderr on it,
// except the ones already redirected to a file or pipe, which stay as they are. The exit code is
// main()'s return value as on every platform. Elsewhere this does nothing.
//
// Only app/main.cpp includes this; the implementation is app/platform/WindowsConsole.cpp, compiled
// on Windows only (and cross-compiled with MinGW by tests/release/mingw-console-attach.sh).

namespace ghcr {

#ifdef _WIN32
/// Returns true when the parent's console was attached.
bool attachParentConsole();
#else
inline bool attachParentConsole()
{
    return false;
}
#endif

} // namespace ghcr
