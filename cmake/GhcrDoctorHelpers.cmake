# Shared build settings: Qt safety definitions and strict warnings in one INTERFACE target
# that every project target links, and one helper that registers a Qt Test executable with CTest.

add_library(ghcr_settings INTERFACE)
target_compile_definitions(ghcr_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ghcr_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(GHCR_WERROR)
        target_compile_options(ghcr_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(ghcr_settings INTERFACE /W4 /permissive- /utf-8)
    if(GHCR_WERROR)
        target_compile_options(ghcr_settings INTERFACE /WX)
    endif()
endif()

# ghcr_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [KEYCHAIN] [TIMEOUT s] [ENVIRONMENT K=V ...])
# One executable per test class. Runs offscreen with a UTF-8 C locale. KEYCHAIN wraps the run
# in a private D-Bus session with an unlocked gnome-keyring (the real Secret Service).
function(ghcr_add_test)
    cmake_parse_arguments(T "KEYCHAIN" "NAME;TIMEOUT" "SOURCES;LIBS;ENVIRONMENT" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ghcr_settings ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE "${PROJECT_SOURCE_DIR}") # "tests/support/FakeServer.h"
    if(T_KEYCHAIN)
        add_test(NAME ${T_NAME}
                 COMMAND "${PROJECT_SOURCE_DIR}/scripts/with-keyring.sh" $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;GHCR_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;DOCKER_CONFIG=${PROJECT_BINARY_DIR}/tests/no-docker-config;REGISTRY_AUTH_FILE=${PROJECT_BINARY_DIR}/tests/no-registry-auth.json;${T_ENVIRONMENT}")
endfunction()
