// rules_command.cpp — `nianbao rules`: every rule id with its severity and one line of explanation.
#include <iostream>

#include "commands.h"
#include "rules.h"

namespace nianbao::cli {

int run_rules(const std::vector<std::string>& args) {
  if (!args.empty()) {
    std::cerr << "nianbao rules: 不接受参数（多余的 " << args.front() << "）\n";
    return 2;
  }
  for (const auto& r : rule_list()) {
    std::string id = r.id;
    id.resize(5, ' ');
    std::cout << id << " [" << severity_label(r.severity) << "] " << r.summary
              << (r.needs_previous ? "（需 --previous 上年报告）" : "") << "\n";
  }
  return 0;
}

}  // namespace nianbao::cli
