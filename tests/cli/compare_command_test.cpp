// compare_command_test.cpp — `nianbao compare PREV.json CUR.json -o OUT.html`.
#include "cli/run.h"
#include "pingtan_reports.h"

using namespace nianbao::test;

namespace {

/// The real Pingtan report of `year` as a file in `dir`, with `problems` as its 五.
std::string pingtan(const std::string& dir, int year, const std::string& problems) {
  const std::string path = dir + "/pingtan-" + std::to_string(year) + ".json";
  write_all(path, pingtan_report_json(year, problems));
  return path;
}

}  // namespace

TEST_CASE("compare: two years of the same agency give a page and a summary, bad input exits 2") {
  std::string dir = scratch_dir();
  const std::string text = "一是政务新媒体更新频率偏低；二是依申请公开答复文书格式不够统一。";
  const std::string before = pingtan(dir, 2021, text), now = pingtan(dir, 2022, text);
  RunResult r = run_nianbao(dir, "compare '" + before + "' '" + now + "' -o '" + dir + "/cmp.html'");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("平潭综合实验区2021年政府信息公开工作年度报告 → 平潭综合实验区2022年政府信息公开工作年度报告") == 0);
  CHECK(r.out.find("变化较大的单元格：") != std::string::npos);
  CHECK(r.out.find("五、存在的主要问题及改进情况：与上年相似度 100%（几乎相同）") != std::string::npos);
  CHECK(r.out.find("一、总体情况：与上年相似度 0%\n") != std::string::npos);
  const std::string html = read_all(dir + "/cmp.html");
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("平潭综合实验区 2021年与2022年政府信息公开工作年度报告比对") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);

  // To standard output: the page alone.
  RunResult piped = run_nianbao(dir, "compare '" + before + "' '" + now + "' -o -");
  CHECK(piped.status == 0);
  CHECK(piped.out.rfind("<!DOCTYPE html>", 0) == 0);

  CHECK(run_nianbao(dir, "compare '" + before + "' -o '" + dir + "/x.html'").status == 2);
  RunResult missing = run_nianbao(dir, "compare '" + before + "' '" + dir + "/none.json' -o '" + dir + "/x.html'");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("none.json") != std::string::npos);
  CHECK(read_all(dir + "/x.html").empty());
  RunResult over = run_nianbao(dir, "compare '" + before + "' '" + dir + "/cmp.html' -o '" + dir + "/cmp.html'");
  CHECK(over.status == 2);
  CHECK(read_all(dir + "/cmp.html") == html);  // the input is never overwritten
  remove_dir(dir);
}
