// report_file.h — reading one report JSON file for a command, with its messages on standard error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "nianbao/report.h"

namespace nianbao::cli {

/// "PATH：reason" for report JSON `bytes` that load_report_json refused with `error`; a file that is clearly a
/// saved page, text or Word document instead is named as such with the import command that reads it.
std::string report_json_error(const std::string& path, std::string_view bytes, const std::string& error);

/// The report in `path` ("-": standard input), or nullopt after printing "nianbao COMMAND: PATH：reason"
/// on standard error. A UTF-16 file is converted (and says so).
std::optional<Report> read_report_file(const char* command, const std::string& path);

}  // namespace nianbao::cli
