// Fixture for core_layering_fails_on_upward_include: the engine reaching up into the reports.
#include "app/reports/Report.h"
