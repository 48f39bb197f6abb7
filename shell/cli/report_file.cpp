// report_file.cpp — reading one report JSON file for a command.
#include "report_file.h"

#include <iostream>

#include "file_io.h"
#include "nianbao/report_input.h"

namespace nianbao::cli {

namespace {

/// `path` as typed into a shell: in single quotes when it holds a blank or a character the shell treats specially.
std::string shell_word(const std::string& path) {
  if (path.find_first_of(" \t'\"$`\\&;()<>|*?!#~{}[]") == std::string::npos) return path;
  std::string out = "'";
  for (char c : path) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string report_json_error(const std::string& path, std::string_view bytes, const std::string& error) {
  const std::string_view kind = importable_kind(bytes);
  if (kind.empty()) return path + "：" + error;
  const bool latin = static_cast<unsigned char>(kind[0]) < 0x80;  // "这是 Word …", "这是网页…"
  return path + "：这是" + (latin ? " " : "") + std::string(kind) +
         "，不是报告 JSON 文件；请先导入为报告 JSON：nianbao import " + shell_word(path) + " -o report.json";
}

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
    std::cerr << "nianbao " << command << ": " << report_json_error(path, *bytes, r.error) << "\n";
    return std::nullopt;
  }
  return std::move(r.report);
}

}  // namespace nianbao::cli
