// report_file.h — reading one report JSON file for a command, with its messages on standard error.
#pragma once

#include <optional>
#include <string>

#include "nianbao/report.h"

namespace nianbao::cli {

/// The report in `path` ("-": standard input), or nullopt after printing "nianbao COMMAND: PATH：reason"
/// on standard error. A UTF-16 file is converted (and says so).
std::optional<Report> read_report_file(const char* command, const std::string& path);

}  // namespace nianbao::cli
