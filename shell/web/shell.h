// shell.h — state shared by the browser shell's files: the editor and the frame counter.
#pragma once

#include <memory>

#include "app.h"

namespace nianbao::web {

/// The editor, created once in main().
ui::App& app();

/// Frames drawn since start (window.nianbao.frameCount(): tests check that idle pages draw nothing).
unsigned long frame_count();

/// Asks for the next animation frame (input arrived, state changed).
void wake();

/// Gives ImGui its one font, drawn by the browser with the computer's fonts; tells the user when the
/// computer has no Chinese font (font_web.cpp).
void setup_fonts();

/// Moves the glyphs drawn for this frame into ImGui's atlas (after ImGui::Render, before the draw data).
void flush_glyphs();

/// Before ImGui::NewFrame: has glyphs drawn again when some drawn before the font check showed the tofu.
void redraw_missing_glyphs();

/// Opens the example report named by the page address (`#example=2021`), if any.
void open_example_from_hash();

}  // namespace nianbao::web
