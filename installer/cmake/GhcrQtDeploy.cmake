# ghcr_install_qt_runtime(<target>)
#
# The one place that knows how a Qt version deploys its runtime next to an installed app.
# Windows and macOS only: Linux packages depend on the distribution's Qt instead.
#
# Qt 6.3/6.4 form: qt_generate_deploy_app_script(TARGET … FILENAME_VARIABLE … NO_UNSUPPORTED_PLATFORM_ERROR),
# which on Windows runs windeployqt on <prefix>/bin/<exe> (and writes qt.conf) and on macOS runs
# macdeployqt on <prefix>/<exe>.app. Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT and keeps
# the old keyword as deprecated, so this form also configures with newer Qt; if a later Qt drops it,
# change it here and nowhere else.
function(ghcr_install_qt_runtime target)
    if(NOT (WIN32 OR APPLE))
        return()
    endif()
    if(Qt6_VERSION VERSION_LESS 6.3)
        message(FATAL_ERROR "qt_generate_deploy_app_script needs Qt 6.3 or newer (found ${Qt6_VERSION})")
    endif()
    qt_generate_deploy_app_script(
        TARGET ${target}
        FILENAME_VARIABLE deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${deploy_script}")
endfunction()
