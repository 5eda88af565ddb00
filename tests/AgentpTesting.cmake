# agentp_add_test(NAME SOURCES files... LABELS labels... [LIBS libs...] [ENVIRONMENT k=v...]
#                 [WRAPPER command...])
# Builds one Qt Test executable and registers it with CTest. Every test runs on the offscreen
# platform with a private XDG/HOME so it never touches the developer's settings or keychain.
set(AGENTP_LSAN_SUPPRESSIONS ${CMAKE_CURRENT_LIST_DIR}/lsan.supp)

function(agentp_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LABELS;LIBS;ENVIRONMENT;WRAPPER" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test agentp_test_support ${T_LIBS})
    add_test(NAME ${name} COMMAND ${T_WRAPPER} $<TARGET_FILE:${name}>)
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=1:abort_on_error=1;LSAN_OPTIONS=suppressions=${AGENTP_LSAN_SUPPRESSIONS}:print_suppressions=0;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;AGENTP_CONSOLE=$<TARGET_FILE:agentp-console>;AGENTP_SOURCE_DIR=${PROJECT_SOURCE_DIR};${T_ENVIRONMENT}")
endfunction()
