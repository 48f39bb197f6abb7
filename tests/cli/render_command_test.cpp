// render_command_test.cpp — `nianbao render`: the page is written whatever the report's findings (exit 0, data
// contract §3), with a warning on stderr counting what the public would see.
#include <utility>
#include <vector>

#include "cli/run.h"
#include "support.h"

using namespace nianbao::test;

namespace {

const std::string kSeed = std::string(NIANBAO_SOURCE_DIR) + "/tests/data/yanshi-2020.json";

/// The seed with each `from` replaced by its `to` in its text, written to `dir`/r.json.
std::string seed_with(const std::string& dir, const std::vector<std::pair<std::string, std::string>>& changes) {
  std::string text = read_all(kSeed);
  for (const auto& [from, to] : changes) {
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  }
  write_all(dir + "/r.json", text);
  return dir + "/r.json";
}

}  // namespace

TEST_CASE("render: a report with errors and empty required cells is written, exit 0, a warning counts them") {
  const std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "render '" + kSeed + "' -o '" + dir + "/seed.html'");
  CHECK(r.status == 0);
  CHECK(r.err.empty());  // a passing report: nothing to say
  // 自然人 new 18 → 19: one cell against 表三's identities (C3.1, C3.3 as one finding); one cell of 表二 emptied (E1).
  const std::string bad = seed_with(dir, {{"\"t3.new.natural\": 18", "\"t3.new.natural\": 19"},
                                          {"\"t2.rules.made\": 0", "\"t2.rules.made\": null"}});
  for (const char* out : {"/bad.html", "/bad.docx"}) {
    r = run_nianbao(dir, "render '" + bad + "' -o '" + dir + out + "'");
    INFO(std::string(out));
    CHECK(r.status == 0);
    CHECK_FALSE(read_all(dir + out).empty());
    CHECK(r.err.find("警告：") != std::string::npos);
    CHECK(r.err.find("还有 1 处错误或勾稽不符、1 个必填单元格为空") != std::string::npos);
    CHECK(r.err.find("nianbao check " + bad) != std::string::npos);
  }
  // The review copy lists the findings itself: no warning.
  r = run_nianbao(dir, "render '" + bad + "' -o '" + dir + "/review.html' --with-findings");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  // What cannot be read is still exit 2, and nothing is written.
  write_all(dir + "/broken.json", "{");
  CHECK(run_nianbao(dir, "render '" + dir + "/broken.json' -o '" + dir + "/x.html'").status == 2);
  CHECK(read_all(dir + "/x.html").empty());
  remove_dir(dir);
}
