// main.cpp — `nianbao`: check, import, render and create 政府信息公开工作年度报告 from the command line.
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

using nianbao::cli::Command;

// The commands in the order `nianbao --help` lists them; each is defined with its help in its own file.
const Command* const kCommands[] = {&nianbao::cli::kCheckCommand, &nianbao::cli::kRulesCommand,
                                    &nianbao::cli::kNewCommand, &nianbao::cli::kImportCommand,
                                    &nianbao::cli::kRenderCommand, &nianbao::cli::kCompareCommand,
                                    &nianbao::cli::kBatchCommand, &nianbao::cli::kAggregateCommand};

constexpr const char* kExitStatus = "退出状态：0 通过 / 成功；1 有错误或勾稽不符；2 文件无法读取或不是年度报告。\n";

bool is_help(const std::string& a) { return a == "--help" || a == "-h"; }

void print_usage(std::ostream& out) {
  out << "nianbao — 政府信息公开工作年度报告 编辑与校验工具\n\n用法：\n";
  for (const Command* c : kCommands) out << "  " << c->usage << "   " << c->summary << "\n";
  out << "\n每个命令的说明：nianbao 命令 --help\n" << kExitStatus;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || is_help(argv[1]) || !std::strcmp(argv[1], "help")) {
    print_usage(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? 2 : 0;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command* c : kCommands) {
    if (std::strcmp(argv[1], c->name) != 0) continue;
    if (std::any_of(args.begin(), args.end(), is_help)) {
      std::cout << "用法：" << c->usage << "\n\n" << c->summary << "\n\n" << c->help << "\n"
                << (c->exit_status ? c->exit_status : kExitStatus);
      return 0;
    }
    return c->run(args);
  }
  std::cerr << "nianbao: 未知命令 “" << argv[1] << "”\n\n";
  print_usage(std::cerr);
  return 2;
}
