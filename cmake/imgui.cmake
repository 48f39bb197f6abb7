# imgui.cmake — Dear ImGui 1.92.2b (third_party/imgui, from Debian's source package) as its own target.
#
# Compiled once per toolchain with the project's config header ui/imgui_config.h (IMGUI_USER_CONFIG), which
# every translation unit that includes imgui.h sees through the PUBLIC definition.
set(NIANBAO_IMGUI_DIR "${CMAKE_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${NIANBAO_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui sources missing in third_party/imgui: run scripts/setup.sh")
endif()
add_library(imgui STATIC "${NIANBAO_IMGUI_DIR}/imgui.cpp" "${NIANBAO_IMGUI_DIR}/imgui_draw.cpp"
                         "${NIANBAO_IMGUI_DIR}/imgui_tables.cpp" "${NIANBAO_IMGUI_DIR}/imgui_widgets.cpp")
target_include_directories(imgui SYSTEM PUBLIC "${NIANBAO_IMGUI_DIR}" "${NIANBAO_IMGUI_DIR}/backends")
target_compile_definitions(imgui PUBLIC "IMGUI_USER_CONFIG=\"${CMAKE_SOURCE_DIR}/ui/imgui_config.h\"")
target_compile_options(imgui PRIVATE -w)  # third-party code: warnings are for ours
