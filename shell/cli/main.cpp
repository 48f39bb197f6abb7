// main.cpp — `nianbao`: check, import, render and create 政府信息公开工作年度报告 from the command line.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

struct Entry {
  const char* name;
  nianbao::cli::Command run;
  const char* usage;
};

const Entry kCommands[] = {
    {"check", nianbao::cli::run_check,
     "nianbao check [--json] [--previous PREV.json] FILE…   校验报告（勾稽关系、正文与表格、跨年度）"},
    {"rules", nianbao::cli::run_rules, "nianbao rules   列出全部校验规则"},
    {"new", nianbao::cli::run_new,
     "nianbao new --format 2021|2019 --year YEAR --agency NAME [--kind KIND] -o OUT.json   新建空白报告"},
    {"import", nianbao::cli::run_import,
     "nianbao import INPUT.html|INPUT.txt|INPUT.docx -o OUT.json [--year YEAR] [--verbose]   导入已发布的年报（保存的网页、复制的文本或 Word 文档）"},
    {"render", nianbao::cli::run_render, "nianbao render FILE.json -o OUT.html|OUT.docx [--with-findings]   导出可发布的网页或 Word 文档（官方格式；网页可附校验结果）"},
};

void print_usage(std::ostream& out) {
  out << "nianbao — 政府信息公开工作年度报告 编辑与校验工具\n\n用法：\n";
  for (const auto& e : kCommands) out << "  " << e.usage << "\n";
  out << "\n退出状态：0 通过 / 成功；1 有错误或勾稽不符；2 文件无法读取或不是年度报告。\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    print_usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& e : kCommands)
    if (!std::strcmp(argv[1], e.name)) return e.run(args);
  std::cerr << "nianbao: 未知命令 “" << argv[1] << "”\n\n";
  print_usage(std::cerr);
  return 2;
}
