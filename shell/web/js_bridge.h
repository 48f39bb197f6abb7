// js_bridge.h — the browser functions the shell calls (implemented in library_*.js, linked with --js-library).
//
// Strings are UTF-8 and NUL-terminated unless a length is given. Functions returning char* return memory
// from malloc() that the caller frees, or nullptr.
#pragma once

#include <cstddef>

extern "C" {

// --- page and frames (library_page.js)
/// Installs the DOM listeners, the IME textarea and the frame scheduler; reads the canvas size.
void nb_js_init();
/// Canvas size in CSS pixels and the device pixel ratio; resizes the canvas backing store to match.
void nb_js_canvas_size(float* css_width, float* css_height, float* pixel_ratio);
/// Asks for a frame after `milliseconds` (0: the next animation frame).
void nb_js_frame_after(double milliseconds);
/// Milliseconds since page start (performance.now()).
double nb_js_now_ms();
/// The page address's fragment (after '#'), e.g. "example=2021"; malloc'd.
char* nb_js_location_hash();

// --- glyphs drawn with the computer's fonts (library_glyphs.js); sizes in raster pixels
/// Advance width of `codepoint` at em size `em_px`.
float nb_js_glyph_advance(unsigned codepoint, float em_px);
/// Measures `codepoint` at em size `em_px` and draws it into the staging canvas. Writes advance, x0, y0 (from the
/// baseline), width, height and its staging x, y to `metrics`. Returns its slot (>= 0); -1 when the glyph is
/// blank, -2 when the staging canvas is full (flush, then queue again), -3 when it is larger than the canvas.
int nb_js_glyph_queue(unsigned codepoint, float em_px, float metrics[7]);
/// The staging canvas as RGBA (malloc'd, row pitch in bytes in `pitch`), or nullptr when nothing was queued;
/// empties it.
/// A queued character no font has becomes the replacement box there, and the page's notice names it.
unsigned char* nb_js_glyph_flush(int* pitch);
/// Once the first frame is on screen: checks for Chinese fonts (the page says so when there is none) and
/// compares the glyphs drawn until then with the tofu.
void nb_js_fonts_check_soon();
/// 1, once, when glyphs were found to show the tofu: they are to be drawn again (as the replacement box).
int nb_js_glyphs_take_rebake();

// --- text input, IME and clipboard (library_input.js)
/// Places the IME textarea at (x, y) with `line_height` (CSS px) and focuses it when `want_text` is set,
/// so that composition and committed text reach ImGui; blurs it when no ImGui text input is active.
void nb_js_set_ime(int want_text, float x, float y, float line_height);
/// Puts `text` on the system clipboard (navigator.clipboard, execCommand fallback).
void nb_js_set_clipboard(const char* text);
/// Text of the last paste event (or of the last copy): malloc'd.
char* nb_js_get_clipboard();

// --- platform services (library_platform.js)
void nb_js_download(const char* filename, const char* mime, const char* bytes, size_t size);
int nb_js_open_file_dialog(const char* accept, int use);
void nb_js_print(const char* html);
/// Returns 1 when stored, 0 when the browser refused (quota, private mode).
int nb_js_storage_set(const char* key, const char* value);
/// malloc'd value or nullptr when absent.
char* nb_js_storage_get(const char* key);
/// GBK bytes → malloc'd UTF-8, or null when they do not decode (TextDecoder('gbk', fatal)).
char* nb_js_decode_gbk(const char* bytes, size_t size);
void nb_js_storage_remove(const char* key);
void nb_js_set_unsaved(int unsaved);

// --- crash-buffer store (library_autosave.js): IndexedDB slots, Web Locks as liveness marks
/// Queues a write of this page's slot (committed with strict durability).
void nb_js_crash_write(const char* json);
/// State of this page's writes: 0 none, 1 pending, 2 committed, 3 failed.
int nb_js_crash_ready();
int nb_js_crash_state();
void nb_js_crash_clear();
/// Orphans claimed at start: their count, and orphan `index` (malloc'd slot and json; 0 past the end).
int nb_js_crash_orphan_count();
int nb_js_crash_orphan(int index, char** slot, char** json, double* saved_at_ms);
void nb_js_crash_delete(const char* slot);
void nb_js_crash_release(const char* slot);
double nb_js_wall_clock_ms();

// --- DOM text areas (library_text_area.js)
/// Shows text area `id` at the rectangle (CSS px), clipped to [clip_x0, clip_y0, clip_x1, clip_y1], with
/// `font_px` text. Creates it on first use. Touches the DOM only when something changed.
void nb_js_text_area_place(const char* id, float x, float y, float w, float h, float clip_x0, float clip_y0,
                           float clip_x1, float clip_y1, float font_px, const char* placeholder);
/// Replaces the DOM text of `id` (the model changed elsewhere).
void nb_js_text_area_set(const char* id, const char* text);
/// When the user edited `id` since the last call: its text (malloc'd); else nullptr.
char* nb_js_text_area_take(const char* id);
/// Focuses `id`, selects UTF-16 range [begin, end) and scrolls the selection into the area's view.
void nb_js_text_area_select(const char* id, int begin, int end);
/// 1 (Tab) or -1 (Shift+Tab) when the user left `id` with that key since the last call; else 0.
int nb_js_text_area_take_tab(const char* id);
int nb_js_text_area_take_history(const char* id);
/// The editor will focus a text area (nb_js_text_area_select): keys typed until then are held for it.
void nb_js_text_area_expect();
/// The canvas takes the keyboard (the table cells): a focused text area lets go of it.
void nb_js_canvas_takes_keys();
/// Hides every text area not placed since the previous call (its window closed, scrolled away, covered); when
/// `keyboard_settled`, delivers the keys held during a hand-over where the keyboard is now.
void nb_js_text_areas_end_frame(int keyboard_settled);
}
