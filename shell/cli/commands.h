// commands.h — the `nianbao` subcommands (data contract §3). Each lives in its own file.
#pragma once

#include <string>
#include <vector>

namespace nianbao::cli {

/// Arguments after the subcommand name. Returns the process exit status.
using Command = int (*)(const std::vector<std::string>& args);

int run_new(const std::vector<std::string>& args);
int run_render(const std::vector<std::string>& args);
int run_import(const std::vector<std::string>& args);
int run_check(const std::vector<std::string>& args);
int run_rules(const std::vector<std::string>& args);

}  // namespace nianbao::cli
