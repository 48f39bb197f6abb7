// args.cpp — option parsing for the subcommands.
#include "args.h"

#include <algorithm>

#include "nianbao/format.h"

namespace nianbao::cli {

ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<std::string>& with_value,
                      const std::vector<std::string>& flags) {
  ParsedArgs out;
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string name = a, value;
    bool inline_value = false;
    if (a.rfind("--", 0) == 0 && a.find('=') != std::string::npos) {
      name = a.substr(0, a.find('='));
      value = a.substr(a.find('=') + 1);
      inline_value = true;
    }
    if (has(with_value, name)) {
      if (!inline_value) {
        if (i + 1 >= args.size()) {
          out.error = "选项 " + name + " 需要一个值";
          return out;
        }
        value = args[++i];
      }
      out.options[name] = value;
    } else if (has(flags, name)) {
      out.options[name] = "1";
    } else if (a.size() > 1 && a[0] == '-') {
      out.error = "未知选项 " + a;
      return out;
    } else {
      out.positional.push_back(a);
    }
  }
  return out;
}

bool parse_year(const std::string& text, const std::string& option, int* year, std::string* error) {
  const bool digits = text.size() == 4 && text.find_first_not_of("0123456789") == std::string::npos;
  if (digits && plausible_year(std::stoi(text))) {
    *year = std::stoi(text);
    return true;
  }
  *error = option + " 应为 " + std::to_string(kFirstPlausibleYear) + " 至 " + std::to_string(kLastPlausibleYear) +
           " 之间的四位年度，如 2024";
  return false;
}

}  // namespace nianbao::cli
