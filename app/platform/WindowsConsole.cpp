// Windows only: see WindowsConsole.h.
#include "app/platform/WindowsConsole.h"

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <cstdio>

namespace ghcr {

namespace {

/// A standard handle the process already has: redirected to a file or pipe by the caller (cmd's `>`,
/// PowerShell's pipeline, CI runners), or inherited from a console parent. Those stay untouched.
bool hasUsableHandle(DWORD which)
{
    const HANDLE handle = GetStdHandle(which);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE && GetFileType(handle) != FILE_TYPE_UNKNOWN;
}

} // namespace

bool attachParentConsole()
{
    const bool haveIn = hasUsableHandle(STD_INPUT_HANDLE);
    const bool haveOut = hasUsableHandle(STD_OUTPUT_HANDLE);
    const bool haveErr = hasUsableHandle(STD_ERROR_HANDLE);
    if (haveIn && haveOut && haveErr)
        return false; // everything already goes somewhere: nothing to attach
    // Fails when there is no parent console (started from Explorer or the Start menu): then there is
    // no terminal to print to, and the output is dropped as before.
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return false;
    // Reopen only what was not redirected, so `ghcr-doctor check --format json > report.json`
    // keeps writing to the file while errors still reach the terminal.
    FILE* stream = nullptr;
    if (!haveOut && freopen_s(&stream, "CONOUT$", "w", stdout) == 0)
        setvbuf(stdout, nullptr, _IONBF, 0);
    if (!haveErr && freopen_s(&stream, "CONOUT$", "w", stderr) == 0)
        setvbuf(stderr, nullptr, _IONBF, 0);
    if (!haveIn)
        freopen_s(&stream, "CONIN$", "r", stdin);
    return true;
}

} // namespace ghcr
