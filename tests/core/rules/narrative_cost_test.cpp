// narrative_cost_test.cpp — pathological prose: findings and quotes stay proportional to the text.
//
// Before, one endless sentence full of quantities gave one N1 finding per quantity, each quoting the whole
// sentence (128 KB of prose → 905 MB of output). Time is measured by bench_check, not here.
#include "rules/narrative.h"
#include "rule_fixtures.h"

using namespace nianbao;
using namespace nianbao::test;

namespace {

std::string repeat(const std::string& piece, size_t times) {
  std::string s;
  s.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) s += piece;
  return s;
}

/// Every quote is a substring of its section and at most a window long; the output is bounded by the text.
void check_bounded(const Report& r, const std::vector<Finding>& findings, size_t text_size) {
  size_t bytes = 0;
  for (const auto& f : findings) {
    bytes += f.quote.size() + f.message.size();
    CHECK(f.quote.size() <= kMaxQuoteBytes + 8);
    if (f.quote.empty()) continue;
    const std::string* text = r.narrative(f.section);
    REQUIRE(text != nullptr);
    CHECK(text->find(f.quote) != std::string::npos);
  }
  CHECK(bytes <= 4 * text_size + 8192);
}

}  // namespace

TEST_CASE("one endless sentence full of mismatching quantities: at most 5 N1 findings and one summary") {
  Report r = zero2021();
  set(r, "t3.new.natural", 1);
  set(r, "t3.new.total", 1);
  r.overview = "本年度收到政府信息公开申请" + repeat("3件，收到申请", 40000) + "3件。";  // ~480 KB, no sentence end
  const auto findings = check_report(r);
  const auto n1 = with_rule(findings, "N1");
  REQUIRE(n1.size() == 6);
  CHECK(n1[0].expected == "1");
  CHECK(n1[0].actual == "3");
  CHECK(contains(n1[5].message, "此句另有 39996 处数字与表格不符，未逐一列出"));
  check_bounded(r, findings, r.overview.size());
}

TEST_CASE("a short sentence is still quoted whole, a long one around its figure") {
  const std::string shorter = "全区收到政府信息公开申请80件。";
  CHECK(quote_around(shorter, 3, 6) == shorter);
  const std::string longer = repeat("甲", 200) + "收到申请80件" + repeat("乙", 200);
  const size_t at = longer.find("80件");
  const std::string_view q = quote_around(longer, at, at + 5);
  CHECK(q.find("收到申请80件") != std::string_view::npos);
  CHECK(q.size() <= kMaxQuoteBytes + 8);
  CHECK(longer.find(q) != std::string::npos);
  CHECK((static_cast<unsigned char>(q.front()) & 0xC0) != 0x80);  // starts on a character
  CHECK(quote_around(longer, 0, 0).size() <= kMaxQuoteBytes);  // at the start
  CHECK(quote_around(longer, longer.size(), longer.size()).size() <= kMaxQuoteBytes);  // at the end
}

TEST_CASE("thousands of 其中 lists in one sentence: N9 reports 5 and folds the rest") {
  Report r = zero2021();
  // Every list adds up to 16 (3 + 3 and the next list's total, which no 其中 separates), not 10.
  r.problems = repeat("共10件，其中3件、3件，", 5000);
  const auto findings = check_report(r);
  const auto n9 = with_rule(findings, "N9");
  REQUIRE(n9.size() == 6);
  CHECK(contains(n9[5].message, "此句另有 2495 处分项之和与总数不符，未逐一列出"));
  check_bounded(r, findings, r.problems.size());
}

TEST_CASE("one 其中 with thousands of parts and unclosed brackets stays bounded") {
  Report r = zero2021();
  r.other = "本年度未收取信息处理费。共3件，其中" + repeat("（1件、", 20000) + "1件。";
  check_bounded(r, check_report(r), r.other.size());
  r.other = "本年度未收取信息处理费。共3件，其中" + repeat("1件、", 50000) + "1件。";
  const auto n9 = with_rule(check_report(r), "N9");
  REQUIRE(n9.size() == 1);
  CHECK(contains(n9[0].message, "200 个分项"));  // kMaxParts
}

TEST_CASE("a wrong year repeated through an endless sentence is one N5 finding with a short quote") {
  Report r = zero2021(2022);
  r.overview = repeat("本年度（2021年）共收到申请，", 20000);
  const auto n5 = with_rule(check_report(r), "N5");
  REQUIRE(n5.size() == 1);
  check_bounded(r, n5, r.overview.size());
}
