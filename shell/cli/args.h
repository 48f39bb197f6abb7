// args.h — tiny option parser shared by the subcommands.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace nianbao::cli {

struct ParsedArgs {
  std::map<std::string, std::string> options;  ///< "--year" → "2024"; flags map to "1"
  std::vector<std::string> positional;
  std::string error;                            ///< non-empty when the arguments are malformed
};

/// `with_value` lists the options that take a value (e.g. {"-o", "--year"}); `flags` those that do not.
ParsedArgs parse_args(const std::vector<std::string>& args, const std::vector<std::string>& with_value,
                      const std::vector<std::string>& flags);

/// Parses a report year given on the command line: a plausible year (nianbao::plausible_year), else
/// returns false and sets *error to a Chinese message naming `option`.
bool parse_year(const std::string& text, const std::string& option, int* year, std::string* error);

}  // namespace nianbao::cli
