// Cross-compiled by mingw-console-attach.sh into a GUI-subsystem Windows program with the app's own
// console attach code, the way ghcr-doctor.exe uses it: attach, print on stdout and stderr, and
// return a non-zero exit code that the caller must see.
#include "app/platform/WindowsConsole.h"

#include <cstdio>

int main()
{
    const bool attached = ghcr::attachParentConsole();
    std::printf("console-attach-probe: stdout (attached: %s)\n", attached ? "yes" : "no");
    std::fprintf(stderr, "console-attach-probe: stderr\n");
    return 3;
}
