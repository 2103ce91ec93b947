# Writes the build's commit into a header (cmake -P script, run at configure time and on every
# build by the ghcr_build_info target in app/CMakeLists.txt). configure_file() rewrites the header
# only when the text changes, so an unchanged commit recompiles nothing.
#
#   cmake -DSOURCE_DIR=<top source dir> -DTEMPLATE=<BuildInfo.h.in> -DOUTPUT=<BuildInfo.h>
#         [-DGHCR_COMMIT=<text>] -P GhcrBuildInfo.cmake
#
# The commit is `git describe --tags --always --dirty` of SOURCE_DIR when SOURCE_DIR is the top of
# a git checkout (not merely inside some other repository, as an unpacked tarball in a packaging
# repository would be), else empty: a build from a source tarball has a version and no commit.
# Packagers may pass GHCR_COMMIT themselves.
if(NOT DEFINED GHCR_COMMIT OR GHCR_COMMIT STREQUAL "")
    set(GHCR_COMMIT "")
    find_program(GHCR_GIT git)
    if(GHCR_GIT)
        execute_process(COMMAND "${GHCR_GIT}" rev-parse --show-toplevel
                        WORKING_DIRECTORY "${SOURCE_DIR}"
                        OUTPUT_VARIABLE toplevel OUTPUT_STRIP_TRAILING_WHITESPACE
                        RESULT_VARIABLE toplevel_result ERROR_QUIET)
        if(toplevel_result EQUAL 0)
            file(REAL_PATH "${toplevel}" toplevel)
            file(REAL_PATH "${SOURCE_DIR}" source_real)
        endif()
        if(toplevel_result EQUAL 0 AND toplevel STREQUAL source_real)
            execute_process(COMMAND "${GHCR_GIT}" describe --tags --always --dirty
                            WORKING_DIRECTORY "${SOURCE_DIR}"
                            OUTPUT_VARIABLE GHCR_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE
                            RESULT_VARIABLE describe_result ERROR_QUIET)
            if(NOT describe_result EQUAL 0 OR NOT GHCR_COMMIT MATCHES "^[A-Za-z0-9._+-]+$")
                set(GHCR_COMMIT "")
            endif()
        endif()
    endif()
endif()
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
