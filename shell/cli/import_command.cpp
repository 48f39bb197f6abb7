// import_command.cpp — `nianbao import INPUT -o OUT.json`: a published report (page, text or .docx) into report JSON.
//
// The core importer reads UTF-8 only; many older government pages are GBK, so the CLI converts
// them with the C library's iconv first (shell/native/legacy_encoding; the core stays free of I/O and of iconv).
#include <nianbao/docx.h>

#include <iostream>
#include <optional>

#include "args.h"
#include "commands.h"
#include "file_io.h"
#include "legacy_encoding.h"
#include "nianbao/import.h"
#include "nianbao/text.h"

namespace nianbao::cli {

int run_import(const std::vector<std::string>& raw) {
  ParsedArgs a = parse_args(raw, {"-o", "--year"}, {"--verbose"});
  if (a.error.empty() && a.positional.size() != 1)
    a.error = a.positional.empty() ? "缺少要导入的文件（保存的网页 .html、复制的文本 .txt 或 Word 文档 .docx）" : "只能导入一个文件";
  if (a.error.empty() && !a.options.count("-o")) a.error = "缺少 -o OUT.json（输出文件，- 表示标准输出）";
  int year_hint = 0;
  if (a.error.empty() && a.options.count("--year")) parse_year(a.options["--year"], "--year", &year_hint, &a.error);
  if (!a.error.empty()) {
    std::cerr << "nianbao import: " << a.error << "\n";
    return 2;
  }
  const std::string& input_path = a.positional.front();
  std::string err = refuse_output_over_input(input_path, a.options["-o"]), note;
  if (!err.empty()) {
    std::cerr << "nianbao import: " << err << "\n";
    return 2;
  }
  auto bytes = read_text(input_path, &err, &note);
  if (!note.empty()) std::cerr << "nianbao import: " << note << "\n";
  if (!bytes) {
    std::cerr << "nianbao import: " << err << "\n";
    return 2;
  }
  if (!looks_like_word_file(*bytes) && !text::is_valid_utf8(*bytes)) {
    if (auto utf8 = native::gb18030_to_utf8(*bytes)) {
      std::cerr << "nianbao import: " << input_path << " 不是 UTF-8 编码，已按 GBK（GB18030）转换后导入\n";
      *bytes = std::move(*utf8);
    }
  }
  ImportResult res = import_report(*bytes, input_path, year_hint);
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
            << " 年版格式，" << (res.report.year ? std::to_string(res.report.year) + " 年度" : "年度未读出") << "，读入 " << filled << "/" << res.report.cells.size() << " 格"
            << (shown ? "；以上各条请核对" : "") << "）\n";
  return 0;
}

const Command kImportCommand = {
    "import", run_import, "nianbao import INPUT.html|INPUT.txt|INPUT.docx -o OUT.json [--year YEAR] [--verbose]",
    "导入已发布的年报（保存的网页、复制的文本或 Word 文档）",
    "参数：\n"
    "  INPUT               保存的网页（.html）、复制的文字（.txt）或 Word 文档（.docx）；GBK 编码会自动转换\n"
    "选项：\n"
    "  -o OUT.json         输出文件（- 表示标准输出）\n"
    "  --year YEAR         文件中读不出年度时使用的年度\n"
    "  --verbose           也列出常规的导入记录（否则只列出需要核对的）\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
