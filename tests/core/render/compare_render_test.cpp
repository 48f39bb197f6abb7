// compare_render_test.cpp — the 比对 page, parsed with gumbo as a browser would: every cell with last
// year's value and the change, flags, both years' prose with the shared passages marked, no script.
#include <string>
#include <vector>

#include "html_dom.h"
#include "nianbao/year_to_year.h"
#include "support.h"

using namespace nianbao;
using nianbao::test::DomNode;
using nianbao::test::parse_html;

namespace {

struct Pair {
  Report before = new_report(FormatVersion::v2019, 2020, "青山县<b>自然资源局</b>");
  Report now = new_report(FormatVersion::v2021, 2021, "青山县<b>自然资源局</b>");
  Pair() {
    REQUIRE(before.set_cell("t3.new.natural", CellValue::of_count(4)));
    REQUIRE(now.set_cell("t3.new.natural", CellValue::of_count(30)));
    REQUIRE(before.set_cell("t3.forward.natural", CellValue::of_count(2)));
    REQUIRE(now.set_cell("t3.carried.natural", CellValue::of_count(2)));
    REQUIRE(before.set_cell("t3.carried.natural", CellValue::of_count(2)));
    REQUIRE(now.set_cell("t3.new.business", CellValue::of_count(0)));
    before.problems = "一是重大行政决策预公开程度需进一步加强。<script>alert(1)</script>";
    now.problems = "一是重大行政决策预公开程度需进一步加强。二是网站栏目更新不及时。";
  }
};

int cell_index(const Report& r, const char* code) { return r.def().cell_index(code); }

std::string text_of_class(const DomNode& td, const std::string& cls) {
  for (const DomNode* s : td.all("span"))
    if (s->attr("class").rfind(cls, 0) == 0) return s->all_text();
  return "<none>";
}

}  // namespace

TEST_CASE("comparison page: every cell of this year's format, with last year's value and the change") {
  Pair p;
  const DomNode doc = parse_html(render_comparison_html(p.before, p.now));
  size_t tds = 0;
  for (const DomNode* td : doc.all("td"))
    if (td->attr("id").rfind("c-", 0) == 0) ++tds;
  CHECK(tds == p.now.cells.size());

  const DomNode* natural = doc.by_id("c-" + std::to_string(cell_index(p.now, "t3.new.natural")));
  REQUIRE(natural);
  CHECK(natural->attr("class") == "flagged");
  CHECK(text_of_class(*natural, "now") == "30");
  CHECK(text_of_class(*natural, "prev") == "2020：4");
  CHECK(text_of_class(*natural, "chg") == "+26");
  CHECK(text_of_class(*natural, "flag") == "为上年的 7.5 倍");

  const DomNode* carried = doc.by_id("c-" + std::to_string(cell_index(p.now, "t3.carried.natural")));
  CHECK(carried->attr("class") == "");
  CHECK(text_of_class(*carried, "chg") == "持平");  // 2 → 2
  // Empty is never 0: an empty cell shows a dash and no change.
  const DomNode* empty = doc.by_id("c-" + std::to_string(cell_index(p.now, "t3.new.research")));
  CHECK(text_of_class(*empty, "now") == "—");
  CHECK(text_of_class(*empty, "chg") == "<none>");
  const DomNode* zero = doc.by_id("c-" + std::to_string(cell_index(p.now, "t3.new.business")));
  CHECK(text_of_class(*zero, "now") == "0");
  CHECK(text_of_class(*zero, "prev") == "2020：—");
  // A cell the 2019 format did not have says so.
  const DomNode* absent = doc.by_id("c-" + std::to_string(cell_index(p.now, "t2.rules.issued")));
  CHECK(absent->attr("class") == "absent");
  CHECK(text_of_class(*absent, "prev") == "上年格式无此项");

  // The flagged cells are listed first, each linking to its cell.
  const DomNode* flagged = doc.by_id("flagged");
  REQUIRE(flagged);
  CHECK(flagged->all_text() == "变化较大的单元格（1 处）");
  bool linked = false;
  for (const DomNode* a : doc.all("a"))
    linked |= a->attr("href") == "#c-" + std::to_string(cell_index(p.now, "t3.new.natural"));
  CHECK(linked);
}

TEST_CASE("comparison page: both years' prose side by side, shared passages marked, nothing executable") {
  Pair p;
  const std::string html = render_comparison_html(p.before, p.now);
  const DomNode doc = parse_html(html);
  const DomNode* problems = doc.by_id("s-problems");
  REQUIRE(problems);
  const auto marks = problems->all("mark");
  REQUIRE(marks.size() == 2);  // once in each year's text
  CHECK(marks[0]->all_text() == "一是重大行政决策预公开程度需进一步加强");
  CHECK(marks[1]->all_text() == "一是重大行政决策预公开程度需进一步加强");
  CHECK(problems->all_text().find("<script>alert(1)</script>") != std::string::npos);  // as text
  CHECK(doc.all("script").empty());
  CHECK(doc.all("b").size() == 6);  // only the page's own year labels, never the agency's "<b>"
  CHECK(doc.all("title").at(0)->all_text() == "青山县<b>自然资源局</b> 2020年与2021年政府信息公开工作年度报告比对");
  std::string csp;
  for (const DomNode* m : doc.all("meta"))
    if (m->attr("http-equiv") == "Content-Security-Policy") csp = m->attr("content");
  CHECK(csp.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);
}
