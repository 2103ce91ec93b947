# Layering test (run with cmake -P): the core under app/ never uses Qt Widgets.
# Fails when any file under app/ except app/main.cpp includes a QtWidgets header, or when the core
# library's link libraries name Widgets.
#   -DSOURCE_DIR=<repo>  -DWIDGETS_INCLUDE_DIR=<.../QtWidgets>  -DCORE_LIBS=<a|b|c>
foreach(var SOURCE_DIR WIDGETS_INCLUDE_DIR)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check_layering.cmake: ${var} not set")
    endif()
endforeach()

file(GLOB widget_headers RELATIVE "${WIDGETS_INCLUDE_DIR}" "${WIDGETS_INCLUDE_DIR}/Q*")
list(LENGTH widget_headers count)
if(count LESS 50)
    message(FATAL_ERROR "check_layering.cmake: ${WIDGETS_INCLUDE_DIR} does not look like the QtWidgets headers")
endif()

set(problems "")
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.in"
                          "${SOURCE_DIR}/app/*.hpp")
foreach(src IN LISTS sources)
    if(src STREQUAL "${SOURCE_DIR}/app/main.cpp")
        continue()
    endif()
    file(STRINGS "${src}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" header "${line}")
        if(header MATCHES "^QtWidgets/" OR header STREQUAL "QtWidgets")
            list(APPEND problems "${src}: ${line}")
            continue()
        endif()
        if(NOT header MATCHES "/" AND header MATCHES "^Q" AND EXISTS "${WIDGETS_INCLUDE_DIR}/${header}")
            list(APPEND problems "${src}: ${line}")
        endif()
    endforeach()
endforeach()

string(REPLACE "|" ";" libs "${CORE_LIBS}")
foreach(lib IN LISTS libs)
    if(lib MATCHES "Widgets" OR lib MATCHES "ghcrdoctor_ui")
        list(APPEND problems "ghcrdoctor_core links ${lib}")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "The core must not use Qt Widgets:\n  ${text}")
endif()
list(LENGTH sources n)
message(STATUS "layering ok: ${n} files under app/ checked, core links: ${CORE_LIBS}")
