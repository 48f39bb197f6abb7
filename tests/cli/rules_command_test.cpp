// rules_command_test.cpp — `nianbao rules` lists every rule id with one line.
#include "cli/run.h"
#include "support.h"

using namespace nianbao::test;

TEST_CASE("rules: one line per rule, starting with its id") {
  std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "rules");
  CHECK(r.status == 0);
  int lines = 0;
  for (size_t at = 0; (at = r.out.find('\n', at)) != std::string::npos; ++at) ++lines;
  CHECK(lines >= 27);
  for (const char* id : {"C3.1 ", "C3.2 ", "C4.1 ", "N9 ", "CY4 "}) CHECK(r.out.find(std::string("\n") + id) != std::string::npos);
  CHECK(r.out.rfind("C2.1 ", 0) == 0);
  CHECK(run_nianbao(dir, "rules extra").status == 2);
  remove_dir(dir);
}
