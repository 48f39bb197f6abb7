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

}  // namespace nianbao::web
