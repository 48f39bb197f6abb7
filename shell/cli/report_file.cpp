// report_file.cpp — reading one report JSON file for a command.
#include "report_file.h"

#include <iostream>

#include "file_io.h"

namespace nianbao::cli {

std::optional<Report> read_report_file(const char* command, const std::string& path) {
  std::string error, note;
  auto bytes = read_text(path, &error, &note, kMaxReportBytes);
  if (!note.empty()) std::cerr << "nianbao " << command << ": " << note << "\n";
  if (!bytes) {
    std::cerr << "nianbao " << command << ": " << error << "\n";
    return std::nullopt;
  }
  LoadResult r = load_report_json(*bytes);
  if (!r.ok) {
    std::cerr << "nianbao " << command << ": " << path << "：" << r.error << "\n";
    return std::nullopt;
  }
  return std::move(r.report);
}

}  // namespace nianbao::cli
