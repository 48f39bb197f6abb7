// help_test.cpp — every command answers --help (exit 0, Chinese usage on stdout); bad use still exits 2.
#include <sstream>

#include "cli/run.h"

using namespace nianbao::test;

TEST_CASE("--help: nianbao lists every command, each command explains itself and exits 0") {
  std::string dir = scratch_dir();
  RunResult all = run_nianbao(dir, "--help");
  CHECK(all.status == 0);
  std::istringstream lines(all.out);
  int commands = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("  nianbao ", 0) != 0) continue;
    const std::string name = line.substr(10, line.find(' ', 10) - 10);
    ++commands;
    for (const char* flag : {" --help", " -h"}) {
      RunResult r = run_nianbao(dir, name + flag);
      INFO(name << flag);
      CHECK(r.status == 0);
      CHECK(r.out.rfind("用法：nianbao " + name, 0) == 0);
      CHECK(r.out.find("--help") != std::string::npos);
      CHECK(r.out.find("退出状态") != std::string::npos);
      CHECK(r.err.empty());
    }
  }
  CHECK(commands == 8);
  // A command whose exit status is 0 / 2 in the contract says so, not the common line's "1 有错误".
  RunResult render = run_nianbao(dir, "render --help");
  CHECK(render.out.find("退出状态：0 已导出；2 ") != std::string::npos);
  CHECK(render.out.find("1 有错误") == std::string::npos);
  // --help wins over other arguments; without it, a wrong option is still an error.
  CHECK(run_nianbao(dir, "check --json --help").status == 0);
  RunResult bad = run_nianbao(dir, "check --bogus x.json");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("未知选项") != std::string::npos);
  CHECK(run_nianbao(dir, "").status == 2);
  remove_dir(dir);
}
