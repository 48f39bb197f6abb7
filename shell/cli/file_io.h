// file_io.h — the CLI's only contact with the file system.
#pragma once

#include <optional>
#include <string>

namespace nianbao::cli {

/// Whole file as bytes; nullopt with a message in *error (Chinese) when unreadable.
/// Refuses files larger than `max_bytes` without reading them.
std::optional<std::string> read_file(const std::string& path, std::string* error, size_t max_bytes = 64u << 20);

/// Writes through a temporary file in the same folder and renames it over `path`, so a failure never
/// leaves a partial file. Returns "" or a Chinese message. "-" writes to standard output.
std::string write_file_atomic(const std::string& path, const std::string& bytes);

}  // namespace nianbao::cli
