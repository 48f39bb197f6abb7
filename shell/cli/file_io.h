// file_io.h — the CLI's only contact with the file system.
#pragma once

#include <optional>
#include <string>

namespace nianbao::cli {

/// Largest input any command reads (a saved web page with inline images can be large; reports are ≤ 16 MB).
constexpr size_t kMaxInputBytes = 64u << 20;

/// Whole input as bytes ("-": standard input). Reads at most `max_bytes` whatever the input is (a file, a
/// device such as /dev/zero, a pipe): more is refused with a message naming the input and the limit.
/// nullopt with a Chinese message in *error when the input cannot be read.
std::optional<std::string> read_file(const std::string& path, std::string* error, size_t max_bytes = kMaxInputBytes);

/// Writes through a temporary file in the same folder and renames it over `path`, so a failure never
/// leaves a partial file. A link is written through, a device or pipe written into; a read-only file is
/// never replaced. Returns "" or a Chinese message. "-" writes to standard output.
std::string write_file_atomic(const std::string& path, const std::string& bytes);

/// "" when `output` may be written, else why not: it is the input file itself (through links or another name).
std::string refuse_output_over_input(const std::string& input, const std::string& output);

/// Text with a UTF-16 byte-order mark (Windows Notepad's "Unicode") converted to UTF-8 in place. Returns
/// false when `bytes` has no such mark; true when converted; sets *error when the UTF-16 is damaged.
bool convert_utf16(std::string& bytes, std::string* error);

/// read_file, then UTF-16 (with BOM) converted to UTF-8; *note says so when it was converted.
std::optional<std::string> read_text(const std::string& path, std::string* error, std::string* note,
                                     size_t max_bytes = kMaxInputBytes);

/// GB18030 (a superset of GBK and GB2312) → UTF-8; nullopt when the bytes are not GB18030 either.
std::optional<std::string> gb18030_to_utf8(const std::string& in);

/// An OS error number in Chinese (“文件不存在”), with the system's own wording after it for the rare ones.
std::string os_error(int err);

}  // namespace nianbao::cli
