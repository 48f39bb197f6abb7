// rules_command.cpp — `nianbao rules`: every rule id with its severity, formats and one line of explanation.
#include <iostream>

#include "commands.h"
#include "nianbao/rules.h"

namespace nianbao::cli {

int run_rules(const std::vector<std::string>& args) {
  if (!args.empty()) {
    std::cerr << "nianbao rules: 不接受参数（多余的 " << args.front() << "）\n";
    return 2;
  }
  for (const auto& r : rule_list()) {
    std::string id = r.id;
    id.resize(5, ' ');
    std::string formats;
    for (FormatVersion f : r.formats) formats += (formats.empty() ? "" : "、") + std::string(format_name(f));
    std::cout << id << " [" << severity_label(r.severity) << "] [" << formats << " 格式] " << r.summary
              << (r.needs_previous ? "（需 --previous 上年报告）" : "") << "\n";
  }
  return 0;
}

const Command kRulesCommand = {
    "rules", run_rules, "nianbao rules", "列出全部校验规则（编号、严重程度、适用格式、说明）",
    "不接受参数。每行一条规则：编号 [严重程度] [适用格式] 说明。\n"
    "选项：\n"
    "  -h, --help          显示本说明"};

}  // namespace nianbao::cli
