# core.cmake — nianbao_core, defined once for both toolchains (native and Emscripten).
#
# Every .cpp under core/ (any depth) is compiled, so a new file in a concern folder needs no CMake change.
# Public headers: core/include/nianbao/ (#include "nianbao/report.h"); internals are included with their
# folder (#include "rules/rule_engine.h") and are visible only to the core and its tests.
file(GLOB_RECURSE NIANBAO_CORE_SOURCES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/core/*.cpp")
add_library(nianbao_core STATIC ${NIANBAO_CORE_SOURCES})
target_include_directories(nianbao_core PUBLIC "${CMAKE_SOURCE_DIR}/core/include"
                                        PRIVATE "${CMAKE_SOURCE_DIR}/core")
target_link_libraries(nianbao_core PUBLIC nlohmann_json::nlohmann_json PRIVATE nianbao_warnings nianbao_gumbo)

# The core's internals, for its own tests (and nothing else).
add_library(nianbao_core_internals INTERFACE)
target_include_directories(nianbao_core_internals INTERFACE "${CMAKE_SOURCE_DIR}/core")
target_link_libraries(nianbao_core_internals INTERFACE nianbao_core nianbao_gumbo)
