# web.cmake — the browser editor (included by CMakeLists.txt when EMSCRIPTEN is set; preset "web").
#
# Builds core + the editor (ui/) + Dear ImGui + the browser shell (shell/web/) into nianbao.js/.wasm with
# Debian's Emscripten 3.1.6, subsets the CJK font, and packs everything into ONE file: build/web/nianbao.html.
#
# The core, ImGui and the editor (nianbao_ui) are the same targets as natively (CMakeLists.txt).
#
# Index
#   nianbao_web ........ shell/web/*.cpp + ImGui's OpenGL3 backend, linked to nianbao.js + nianbao.wasm
#   font ............... GBK subset of WenQuanYi Micro Hei + symbols from DejaVu Sans, gzip
#   nianbao.html ....... web/pack.py inlines JS, gzip'd wasm and gzip'd fonts into web/page.html

find_program(NIANBAO_PYTHON /usr/bin/python3 REQUIRED NO_DEFAULT_PATH)  # Debian's, the one with fontTools
# Debian's emcc runs its JS optimizer with Debian's acorn (toolchain notes §1): every link gets NODE_PATH,
# whether built through the preset or with a plain `cmake --build`.
if(EXISTS /usr/share/nodejs/acorn)
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND}" -E env NODE_PATH=/usr/share/nodejs)
endif()

# --- the browser shell
file(GLOB NIANBAO_WEB_SOURCES CONFIGURE_DEPENDS shell/web/*.cpp)
add_executable(nianbao_web ${NIANBAO_WEB_SOURCES} "${NIANBAO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
set_source_files_properties("${NIANBAO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp" PROPERTIES COMPILE_OPTIONS "-w")
target_compile_definitions(nianbao_web PRIVATE IMGUI_IMPL_OPENGL_ES3)
target_link_libraries(nianbao_web PRIVATE nianbao_ui nianbao_core nianbao_warnings)
set_target_properties(nianbao_web PROPERTIES OUTPUT_NAME nianbao SUFFIX ".js")
file(GLOB NIANBAO_WEB_JSLIBS CONFIGURE_DEPENDS shell/web/library_*.js)
set_property(TARGET nianbao_web APPEND PROPERTY LINK_DEPENDS "${NIANBAO_WEB_JSLIBS}")
list(TRANSFORM NIANBAO_WEB_JSLIBS PREPEND "--js-library=" OUTPUT_VARIABLE jslib_options)
# Instead of -sSINGLE_FILE (the wasm as uncompressed base64 inside the JS), web/pack.py stores the wasm
# gzip'd in the page and loader.js hands it to the runtime as Module.wasmBinary. Measured with the importer
# (gumbo) and every rule: 821 KB of wasm is 487 KB in the page instead of 1,095 KB, which keeps the page at
# 2.5 MB instead of 3.1 MB (budget 3 MB). Nothing is fetched either way.
target_link_options(nianbao_web PRIVATE
  -Os -sENVIRONMENT=web -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0 -sEXIT_RUNTIME=0 -sMODULARIZE=1 -sEXPORT_NAME=createNianbao
  "-sINCOMING_MODULE_JS_API=[wasmBinary,canvas,print,printErr,onAbort]"
  "-sEXPORTED_FUNCTIONS=[_main,_malloc,_free]"
  ${jslib_options})

# --- font: GBK subset of WenQuanYi Micro Hei (偃, 埇 …) plus UI symbols from DejaVu Sans, both gzip'd.
set(NIANBAO_FONT_CJK /usr/share/fonts/truetype/wqy/wqy-microhei.ttc)
set(NIANBAO_FONT_SYMBOLS /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
set(font_out "${CMAKE_BINARY_DIR}/fonts")
add_custom_command(
  OUTPUT "${font_out}/cjk.ttf.gz" "${font_out}/symbols.ttf.gz"
  COMMAND "${NIANBAO_PYTHON}" "${CMAKE_SOURCE_DIR}/web/subset_fonts.py"
          --cjk "${NIANBAO_FONT_CJK}" --symbols "${NIANBAO_FONT_SYMBOLS}" --out "${font_out}"
  DEPENDS "${CMAKE_SOURCE_DIR}/web/subset_fonts.py" "${CMAKE_SOURCE_DIR}/web/symbols.txt"
  COMMENT "Subsetting the CJK font to GBK")

# --- nianbao.html: one self-contained page
add_custom_command(
  OUTPUT "${CMAKE_BINARY_DIR}/nianbao.html"
  COMMAND "${NIANBAO_PYTHON}" "${CMAKE_SOURCE_DIR}/web/pack.py"
          --template "${CMAKE_SOURCE_DIR}/web/page.html" --loader "${CMAKE_SOURCE_DIR}/web/loader.js"
          --js "$<TARGET_FILE:nianbao_web>" --wasm "$<TARGET_FILE_DIR:nianbao_web>/nianbao.wasm"
          --font "${font_out}/cjk.ttf.gz" --symbols "${font_out}/symbols.ttf.gz"
          --out "${CMAKE_BINARY_DIR}/nianbao.html"
  DEPENDS nianbao_web "${font_out}/cjk.ttf.gz" "${font_out}/symbols.ttf.gz" "${CMAKE_SOURCE_DIR}/web/pack.py"
          "${CMAKE_SOURCE_DIR}/web/page.html" "${CMAKE_SOURCE_DIR}/web/loader.js"
  COMMENT "Packing build/web/nianbao.html")
add_custom_target(nianbao_html ALL DEPENDS "${CMAKE_BINARY_DIR}/nianbao.html")
