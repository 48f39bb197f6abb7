// commands.h — the `nianbao` subcommands (data contract §3). Each lives in its own file with its help text.
#pragma once

#include <string>
#include <vector>

namespace nianbao::cli {

struct Command {
  const char* name;
  /// Arguments after the subcommand name (never --help, which main answers). Returns the exit status.
  int (*run)(const std::vector<std::string>& args);
  const char* usage;    ///< one line: "nianbao check [--json] [--previous PREV.json] FILE…"
  const char* summary;  ///< what it does, in Chinese, for the command list
  const char* help;     ///< its options, one per line, for `nianbao CMD --help`
  /// Its exit status for `nianbao CMD --help` when it differs from the common line (0 / 1 errors / 2 unreadable).
  const char* exit_status = nullptr;
};

extern const Command kCheckCommand;
extern const Command kRulesCommand;
extern const Command kNewCommand;
extern const Command kImportCommand;
extern const Command kRenderCommand;
extern const Command kCompareCommand;
extern const Command kBatchCommand;
extern const Command kAggregateCommand;

}  // namespace nianbao::cli
