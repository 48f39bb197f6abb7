# web.cmake — the browser editor (included by CMakeLists.txt when EMSCRIPTEN is set; preset "web").
#
# Builds core + the editor (ui/) + Dear ImGui + the browser shell (shell/web/) into nianbao.js/.wasm with
# Debian's Emscripten 3.1.6 and packs everything into ONE file: build/web/nianbao.html. The editor draws with
# the computer's own fonts (shell/web/font_web.cpp, library_glyphs.js); only the font notices' characters are
# embedded (web/notice_font.py).
#
# Index
#   system headers ..... nlohmann, stb (em++ does not search /usr/include)
#   core ............... core/**/*.cpp (+ gumbo when the importer uses it, + pugixml for .docx)
#   editor ............. ui/ (nianbao_ui, built by ui/CMakeLists.txt without any platform)
#   nianbao_web ........ shell/web/*.cpp + ImGui's OpenGL3 backend, linked to nianbao.js + nianbao.wasm
#   notice font ........ the ~180 characters of the font notices, cut from WenQuanYi Micro Hei
#   nianbao.html ....... web/pack.py inlines JS, gzip'd wasm and the notice font into web/page.html
#   bare_imgui.html .... the benchmark's yardstick, a bare ImGui page packed alike (target bare_imgui_html)

set(NIANBAO_IMGUI_DIR "${CMAKE_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${NIANBAO_IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui sources missing in third_party/imgui: run scripts/setup.sh first")
endif()
find_program(NIANBAO_PYTHON /usr/bin/python3 REQUIRED NO_DEFAULT_PATH)  # Debian's, the one with fontTools
# Debian's emcc runs its JS optimizer with Debian's acorn (toolchain notes §1): every link gets NODE_PATH,
# whether built through the preset or with a plain `cmake --build`.
if(EXISTS /usr/share/nodejs/acorn)
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND}" -E env NODE_PATH=/usr/share/nodejs)
endif()

# --- system headers: a folder of symlinks so em++ sees nlohmann but not glibc's headers.
set(NIANBAO_WEB_SYSINC "${CMAKE_BINARY_DIR}/sysinc")
file(MAKE_DIRECTORY "${NIANBAO_WEB_SYSINC}")
file(CREATE_LINK /usr/include/nlohmann "${NIANBAO_WEB_SYSINC}/nlohmann" SYMBOLIC)
file(CREATE_LINK /usr/include/stb "${NIANBAO_WEB_SYSINC}/stb" SYMBOLIC)
add_compile_options(-Os -isystem "${NIANBAO_WEB_SYSINC}")
add_compile_definitions(IMGUI_IMPL_OPENGL_ES3)

# --- core
file(GLOB_RECURSE NIANBAO_CORE_SOURCES CONFIGURE_DEPENDS core/*.cpp)
add_library(nianbao_core STATIC ${NIANBAO_CORE_SOURCES})
target_include_directories(nianbao_core PUBLIC core core/include)
target_compile_options(nianbao_core PRIVATE -Wall -Wextra)
# The .docx reader's XML parser: pugixml 1.13 compiled from Debian's source package (the .deb holds
# native code only), the same version native builds link. No XPath: the reader walks the tree.
set(pugixml_dir "${CMAKE_SOURCE_DIR}/third_party/pugixml/src")
if(NOT EXISTS "${pugixml_dir}/pugixml.cpp")
  message(FATAL_ERROR "third_party/pugixml is missing: run scripts/setup.sh")
endif()
add_library(pugixml STATIC "${pugixml_dir}/pugixml.cpp")
target_include_directories(pugixml SYSTEM PUBLIC "${pugixml_dir}")
target_compile_definitions(pugixml PUBLIC PUGIXML_NO_XPATH PUGIXML_NO_EXCEPTIONS)
target_link_libraries(nianbao_core PRIVATE pugixml)
file(GLOB_RECURSE NIANBAO_GUMBO_USERS core/*.cpp core/*.h)
foreach(f ${NIANBAO_GUMBO_USERS})
  file(STRINGS "${f}" uses_gumbo REGEX "#include <gumbo.h>")
  if(uses_gumbo)
    set(NIANBAO_NEEDS_GUMBO ON)
  endif()
endforeach()
if(NIANBAO_NEEDS_GUMBO)
  set(gumbo_dir "${CMAKE_SOURCE_DIR}/third_party/gumbo/src")
  if(NOT EXISTS "${gumbo_dir}/gumbo.h")
    message(FATAL_ERROR "core/ uses gumbo, but third_party/gumbo is missing: run scripts/setup.sh")
  endif()
  file(GLOB gumbo_sources "${gumbo_dir}/*.c")
  add_library(gumbo STATIC ${gumbo_sources})
  target_include_directories(gumbo SYSTEM PUBLIC "${gumbo_dir}")
  target_compile_options(gumbo PRIVATE -w)
  target_link_libraries(nianbao_core PUBLIC gumbo)
endif()

# --- editor (its own CMakeLists.txt builds nianbao_ui from ui/*.cpp and the ImGui core)
if(NOT EXISTS "${CMAKE_SOURCE_DIR}/ui/CMakeLists.txt")
  message(FATAL_ERROR "ui/CMakeLists.txt missing: the web build needs the editor (branch 'editor')")
endif()
add_subdirectory(ui)

# --- the browser shell
file(GLOB NIANBAO_WEB_SOURCES CONFIGURE_DEPENDS shell/web/*.cpp)
add_executable(nianbao_web ${NIANBAO_WEB_SOURCES} "${NIANBAO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(nianbao_web PRIVATE ui "${NIANBAO_IMGUI_DIR}" "${NIANBAO_IMGUI_DIR}/backends")
target_link_libraries(nianbao_web PRIVATE nianbao_ui nianbao_core)
set_target_properties(nianbao_web PROPERTIES OUTPUT_NAME nianbao SUFFIX ".js")
file(GLOB NIANBAO_WEB_JSLIBS CONFIGURE_DEPENDS shell/web/library_*.js)
set_property(TARGET nianbao_web APPEND PROPERTY LINK_DEPENDS "${NIANBAO_WEB_JSLIBS}")
list(TRANSFORM NIANBAO_WEB_JSLIBS PREPEND "--js-library=" OUTPUT_VARIABLE jslib_options)
# Instead of -sSINGLE_FILE (the wasm as uncompressed base64 inside the JS), web/pack.py stores the wasm
# gzip'd in the page and loader.js hands it to the runtime as Module.wasmBinary. Measured with the importer
# (gumbo) and every rule: 821 KB of wasm is 487 KB in the page instead of 1,095 KB (the page's budget is
# 1 MB). Nothing is fetched either way.
set(NIANBAO_WEB_LINK_OPTIONS  # also the benchmark's bare page: both load alike through web/loader.js
  -Os -sENVIRONMENT=web -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0 -sEXIT_RUNTIME=0 -sMODULARIZE=1 -sEXPORT_NAME=createNianbao
  "-sINCOMING_MODULE_JS_API=[wasmBinary,canvas,print,printErr,onAbort]")
target_link_options(nianbao_web PRIVATE ${NIANBAO_WEB_LINK_OPTIONS} "-sEXPORTED_FUNCTIONS=[_main,_malloc,_free]"
                    ${jslib_options})

# --- notice font: a computer without Chinese fonts can still read the notice that says so.
set(NIANBAO_NOTICE_FONT "${CMAKE_BINARY_DIR}/notice-font.ttf")
add_custom_command(
  OUTPUT "${NIANBAO_NOTICE_FONT}"
  COMMAND "${NIANBAO_PYTHON}" "${CMAKE_SOURCE_DIR}/web/notice_font.py"
          --font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc --js "${CMAKE_SOURCE_DIR}/shell/web/library_glyphs.js"
          --out "${NIANBAO_NOTICE_FONT}"
  DEPENDS "${CMAKE_SOURCE_DIR}/web/notice_font.py" "${CMAKE_SOURCE_DIR}/shell/web/library_glyphs.js"
  COMMENT "Cutting the font notices' characters from WenQuanYi Micro Hei")

# --- nianbao.html: one self-contained page
# nianbao_pack_page(TARGET WASM HTML): packs TARGET's JS, its wasm WASM and the notice font into build/web/HTML.
function(nianbao_pack_page target wasm html)
  add_custom_command(
    OUTPUT "${CMAKE_BINARY_DIR}/${html}"
    COMMAND "${NIANBAO_PYTHON}" "${CMAKE_SOURCE_DIR}/web/pack.py"
            --template "${CMAKE_SOURCE_DIR}/web/page.html" --loader "${CMAKE_SOURCE_DIR}/web/loader.js"
            --js "$<TARGET_FILE:${target}>" --wasm "$<TARGET_FILE_DIR:${target}>/${wasm}"
            --notice-font "${NIANBAO_NOTICE_FONT}" --out "${CMAKE_BINARY_DIR}/${html}"
    DEPENDS ${target} "${NIANBAO_NOTICE_FONT}" "${CMAKE_SOURCE_DIR}/web/pack.py"
            "${CMAKE_SOURCE_DIR}/web/page.html" "${CMAKE_SOURCE_DIR}/web/loader.js"
    COMMENT "Packing build/web/${html}")
endfunction()
nianbao_pack_page(nianbao_web nianbao.wasm nianbao.html)
add_custom_target(nianbao_html ALL DEPENDS "${CMAKE_BINARY_DIR}/nianbao.html")

# --- bare_imgui.html: bench/web_budget.mjs compares the editor's first frame with a bare ImGui page's.
# Not part of the default build: `cmake --build --preset web --target bare_imgui_html`.
include("${CMAKE_SOURCE_DIR}/ui/imgui_sources.cmake")
add_executable(bare_imgui EXCLUDE_FROM_ALL "${CMAKE_SOURCE_DIR}/bench/web/bare_imgui.cpp" ${NIANBAO_IMGUI_SOURCES}
               "${NIANBAO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(bare_imgui PRIVATE shell/web "${NIANBAO_IMGUI_DIR}" "${NIANBAO_IMGUI_DIR}/backends")
target_compile_options(bare_imgui PRIVATE -w)
set_target_properties(bare_imgui PROPERTIES SUFFIX ".js")
target_link_options(bare_imgui PRIVATE ${NIANBAO_WEB_LINK_OPTIONS})
nianbao_pack_page(bare_imgui bare_imgui.wasm bare_imgui.html)
add_custom_target(bare_imgui_html DEPENDS "${CMAKE_BINARY_DIR}/bare_imgui.html")
