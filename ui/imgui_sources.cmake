# imgui_sources.cmake — the Dear ImGui core sources the editor is built with, for both toolchains.
# Included by ui/CMakeLists.txt and by the web build: NIANBAO_IMGUI_DIR (include directory) and
# NIANBAO_IMGUI_SOURCES (imgui.cpp, imgui_draw.cpp, imgui_tables.cpp, imgui_widgets.cpp).
get_filename_component(NIANBAO_IMGUI_DIR "${CMAKE_CURRENT_LIST_DIR}/../third_party/imgui" ABSOLUTE)
if(NOT EXISTS "${NIANBAO_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui sources missing in ${NIANBAO_IMGUI_DIR}: run scripts/setup.sh")
endif()
set(NIANBAO_IMGUI_SOURCES
    "${NIANBAO_IMGUI_DIR}/imgui.cpp"
    "${NIANBAO_IMGUI_DIR}/imgui_draw.cpp"
    "${NIANBAO_IMGUI_DIR}/imgui_tables.cpp"
    "${NIANBAO_IMGUI_DIR}/imgui_widgets.cpp")
