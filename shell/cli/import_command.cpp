// import_command.cpp — `nianbao import INPUT -o OUT.json`: a published report into report JSON.
#include <iostream>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "import.h"

namespace nianbao::cli {

int run_import(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"-o"}, {"--verbose"});
  if (a.error.empty() && a.positional.size() != 1)
    a.error = a.positional.empty() ? "缺少要导入的文件（保存的网页 .html 或复制的文本 .txt）" : "只能导入一个文件";
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.json（输出文件，- 表示标准输出）";
  if (!a.error.empty()) {
    std::cerr << "nianbao import: " << a.error << "\n";
    return 2;
  }
  const std::string& input_path = a.positional.front();
  std::string err;
  auto bytes = read_file(input_path, &err);
  if (!bytes) {
    std::cerr << "nianbao import: " << err << "\n";
    return 2;
  }
  ImportResult res = import_report(*bytes, input_path);
  if (!res.ok) {
    std::cerr << "nianbao import: " << input_path << "：" << res.error << "\n";
    return 2;
  }
  // What was not read with certainty goes to stderr; routine notes only with --verbose.
  const bool verbose = a.options.count("--verbose") > 0;
  size_t shown = 0;
  for (const auto& e : res.log) {
    if (e.level == ImportLevel::Info && !verbose) continue;
    std::cerr << "[" << import_level_name(e.level) << "] " << e.subject << "：" << e.message << "\n";
    ++shown;
  }
  if (auto werr = write_file_atomic(a.options["-o"], save_report_json(res.report)); !werr.empty()) {
    std::cerr << "nianbao import: " << werr << "\n";
    return 2;
  }
  size_t filled = 0;
  for (const auto& c : res.report.cells) filled += c.filled;
  std::cerr << "nianbao import: " << input_path << " → " << a.options["-o"] << "（" << format_name(res.report.format)
            << " 年版格式，" << res.report.year << " 年度，读入 " << filled << "/" << res.report.cells.size() << " 格"
            << (shown ? "；以上各条请核对" : "") << "）\n";
  return 0;
}

}  // namespace nianbao::cli
