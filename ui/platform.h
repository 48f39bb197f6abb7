// platform.h — the one seam between the editor (ui/) and where it runs.
//
// Two implementations: shell/web/platform_web.cpp (browser: DOM textareas, downloads, localStorage,
// file picker, drag-and-drop, clipboard, IME) and ui/platform_native.cpp (headless tests and native
// runs: in-memory storage, recorded downloads, ImGui's own multiline editor). ui/ never includes
// Emscripten or DOM code; shell/ never includes editor logic.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace nianbao::platform {

/// Offers `bytes` to the user as a file download named `filename` (UTF-8, may contain Chinese).
void download(const std::string& filename, const std::string& mime, const std::string& bytes);

/// What a picked file is for: the document to open, last year's report to attach, last year's report to
/// start the next year's from, a unit's report for the 汇总/审核 workbench (several may be picked), or the
/// workbench's roster (名单).
enum class FileUse { Open, Previous, NextYear, Workbench, Roster };

/// Opens the system file picker; the chosen file arrives later through ui::App::open_file() (FileUse::Open)
/// or ui::App::open_file_as(), one call per file. `accept` is an HTML accept list such as ".json,.html,.htm,.txt".
/// Dropped files go to open_file(), except several files or a folder, which go to open_file_as(Workbench).
/// Returns false when the picker cannot open: a browser opens it only right after a key press or a click.
[[nodiscard]] bool open_file_dialog(const char* accept, FileUse use = FileUse::Open);

/// A legacy Chinese page (GBK / GB18030 bytes) as UTF-8; nullopt when the bytes are not that encoding either.
/// Browser: TextDecoder('gbk'); native: iconv.
std::optional<std::string> decode_gbk(const std::string& bytes);

/// Small persistent key/value store (autosave crash buffer, settings). Keys are namespaced by the caller.
/// Returns false when the store refused the value (quota, private mode); the caller tells the user.
bool storage_set(const std::string& key, const std::string& value);
std::optional<std::string> storage_get(const std::string& key);
void storage_remove(const std::string& key);

/// The crash-buffer store: one slot per open editor (tab) holding its report JSON and the wall-clock time of
/// the write. Browser: IndexedDB, each write committed with strict durability (on disk before it counts as
/// written); a tab's liveness mark is a Web Lock held while the page lives, so it vanishes with a crash.
struct CrashBuffer {
  std::string slot;
  std::string json;
  double saved_at_ms = 0;  ///< when it was written, ms since the Unix epoch (0: unknown)
};
enum class CrashBufferState { None, Pending, Committed, Failed };
/// Writes this tab's slot. Asynchronous: crash_buffer_state() says when the store has it on disk.
void crash_buffer_write(const std::string& json);
CrashBufferState crash_buffer_state();
/// Removes this tab's slot.
void crash_buffer_clear();
/// Whether the store has read the slots left by other editors: in the browser it opens while the editor
/// starts, and crash_buffer_orphans() is asked for once this is true. Writes made before are kept until then.
bool crash_buffers_ready();
/// Slots whose editor no longer lives, read when the store opened. Their liveness marks are now held by
/// this tab, so that no other tab offers them, until crash_buffer_delete() or crash_buffer_release().
std::vector<CrashBuffer> crash_buffer_orphans();
/// Deletes an orphan slot (restored into this tab, or discarded) and drops its mark. The delete follows this
/// tab's pending writes and is skipped when one of them failed, so restored work is always in some slot.
void crash_buffer_delete(const std::string& slot);
/// Drops the mark of an orphan without deleting it: the next editor to start offers it again.
void crash_buffer_release(const std::string& slot);
/// Wall clock in ms since the Unix epoch.
double wall_clock_ms();

/// Prints the HTML page `html` (the official layout) with the browser's print dialog, not the editor's canvas.
void print_html(const std::string& html);

/// Arms (true) or disarms (false) the browser's "leave page?" warning.
void set_unsaved_changes(bool unsaved);

/// A long-text editor for Chinese prose (native wrapping, IME, selection, undo, paste from Word).
/// Call every frame for each visible area, inside the ImGui window that owns the region: the
/// area occupies the next `height` pixels at the cursor, full available width. `text` is the model's
/// text; when the user changed it, the new text is written back and true is returned.
bool text_area(const char* id, std::string& text, float height, const char* placeholder);

/// Scrolls the text area `id` into view, focuses it and selects bytes [begin, end) of its text.
void text_area_select(const char* id, size_t begin, size_t end);

/// 1 when the user left text area `id` with Tab, -1 with Shift+Tab (the editor moves to the next or previous
/// stop; keys typed meanwhile reach that stop), else 0. Reading it clears it.
int text_area_tab(const char* id);

/// -1 when the user pressed Ctrl+Z in text area `id`, 1 for Ctrl+Y or Ctrl+Shift+Z, else 0; reading it clears
/// it. The areas keep no undo history of their own: the editor's one history (the toolbar's 撤销 and 重做 too)
/// steps through prose and cells alike.
int text_area_history(const char* id);

/// The table cells take the keyboard: a focused text area lets go of it.
void canvas_takes_keys();

/// Monotonic seconds.
double now_seconds();

/// Asks for a frame after `seconds` even if no input arrives (caret blink, autosave, tooltips).
void request_frame_after(double seconds);

}  // namespace nianbao::platform
