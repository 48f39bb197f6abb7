# web.cmake — the browser editor (included by CMakeLists.txt when EMSCRIPTEN is set; preset "web").
#
# Builds core + the editor (ui/) + Dear ImGui + the browser shell (shell/web/) into nianbao.js/.wasm with
# Debian's Emscripten 3.1.6 and packs everything into ONE file: build/web/nianbao.html. The editor draws with
# the computer's own fonts (shell/web/font_web.cpp, library_glyphs.js); only the font notices' characters are
# embedded (web/notice_font.py).
#
# The core, ImGui and the editor (nianbao_ui) are the same targets as natively (CMakeLists.txt).
#
# Index
#   nianbao_web ........ shell/web/*.cpp + ImGui's OpenGL3 backend, linked to nianbao.js + nianbao.wasm
#   notice font ........ the ~180 characters of the font notices, cut from WenQuanYi Micro Hei
#   nianbao.html ....... web/pack.py inlines JS, gzip'd wasm and the notice font into web/page.html
#   bare_imgui.html .... the benchmark's yardsticks, packed alike (target bare_imgui_html): a bare ImGui page
#   imgui_example.html   (one window, one line) and Dear ImGui's own example_glfw_opengl3, built unchanged

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
# gzip'd in the page, and loader.js compiles it while inflating it and hands the module to the runtime
# (Module.instantiateWasm). Measured with the importer (gumbo) and every rule: 821 KB of wasm is 487 KB in
# the page instead of 1,095 KB (the page's budget is 1 MB). Nothing is fetched either way.
set(NIANBAO_WEB_LINK_OPTIONS  # also the benchmark's bare page: both load alike through web/loader.js
  -Os -sENVIRONMENT=web -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2 -sALLOW_MEMORY_GROWTH=1
  -sFILESYSTEM=0 -sEXIT_RUNTIME=0 -sMODULARIZE=1 -sEXPORT_NAME=createNianbao
  "-sINCOMING_MODULE_JS_API=[instantiateWasm,canvas,print,printErr,onAbort]"
  # A function with one caller is inlined into it only when small: the browser compiles each function when
  # first called, and a draw function merged into its caller would be compiled with it even when not drawn
  # (Editor::frame was 60 KB of code, 6.5 KB now; the first frame came ~5 % sooner, bench/web_budget.mjs).
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=200)
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
add_executable(bare_imgui EXCLUDE_FROM_ALL "${CMAKE_SOURCE_DIR}/bench/web/bare_imgui.cpp"
               "${NIANBAO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
target_include_directories(bare_imgui PRIVATE shell/web)
target_compile_definitions(bare_imgui PRIVATE IMGUI_IMPL_OPENGL_ES3)
target_compile_options(bare_imgui PRIVATE -w)
target_link_libraries(bare_imgui PRIVATE imgui)
set_target_properties(bare_imgui PROPERTIES SUFFIX ".js")
target_link_options(bare_imgui PRIVATE ${NIANBAO_WEB_LINK_OPTIONS})
nianbao_pack_page(bare_imgui bare_imgui.wasm bare_imgui.html)
# Dear ImGui's example as its authors ship it (demo window, "Hello, world!" window; built-in GLFW of Emscripten
# instead of the contrib port that Makefile.emscripten fetches from the network).
set(imgui_example_dir "${NIANBAO_IMGUI_DIR}/examples/example_glfw_opengl3")
add_executable(imgui_example EXCLUDE_FROM_ALL "${imgui_example_dir}/main.cpp" "${NIANBAO_IMGUI_DIR}/imgui_demo.cpp"
               "${NIANBAO_IMGUI_DIR}/backends/imgui_impl_glfw.cpp" "${NIANBAO_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
# "../libs/emscripten/emscripten_mainloop_stub.h", which Debian's source leaves out, resolves to bench/web's.
target_include_directories(imgui_example PRIVATE "${CMAKE_SOURCE_DIR}/bench/web/imgui_example/libs")
target_compile_definitions(imgui_example PRIVATE IMGUI_IMPL_OPENGL_ES3)
target_compile_options(imgui_example PRIVATE -w)
target_link_libraries(imgui_example PRIVATE imgui)
set_target_properties(imgui_example PROPERTIES SUFFIX ".js")
set(imgui_example_mark "${CMAKE_SOURCE_DIR}/bench/web/imgui_example/library_first_frame.js")
set_property(TARGET imgui_example APPEND PROPERTY LINK_DEPENDS "${imgui_example_mark}")
target_link_options(imgui_example PRIVATE ${NIANBAO_WEB_LINK_OPTIONS} -sUSE_GLFW=3 "--js-library=${imgui_example_mark}")
nianbao_pack_page(imgui_example imgui_example.wasm imgui_example.html)
add_custom_target(bare_imgui_html DEPENDS "${CMAKE_BINARY_DIR}/bare_imgui.html" "${CMAKE_BINARY_DIR}/imgui_example.html")
