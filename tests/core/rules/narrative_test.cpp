// narrative_test.cpp — sentences, quantities, Chinese numerals, years and similarity in Chinese prose.
#include "rules/narrative.h"
#include "support.h"

using namespace nianbao;

namespace {

std::vector<int64_t> values(std::string_view s) {
  std::vector<int64_t> out;
  for (const auto& q : find_quantities(s)) out.push_back(q.value);
  return out;
}

}  // namespace

TEST_CASE("sentences end at 。！？； and line breaks, trimmed, without empty pieces") {
  auto s = split_sentences("  第一句。第二句；\n\n　第三句！末尾没有句号");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "第一句。");
  CHECK(s[1] == "第二句；");
  CHECK(s[2] == "第三句！");
  CHECK(s[3] == "末尾没有句号");
  CHECK(split_sentences("").empty());
  CHECK(split_sentences(" \n　").empty());
}

TEST_CASE("Chinese numerals") {
  CHECK(parse_chinese_number("十") == 10);
  CHECK(parse_chinese_number("十八") == 18);
  CHECK(parse_chinese_number("二十三") == 23);
  CHECK(parse_chinese_number("一百零五") == 105);
  CHECK(parse_chinese_number("两千三百") == 2300);
  CHECK(parse_chinese_number("三万五千") == 35000);
  CHECK(parse_chinese_number("〇") == 0);
  CHECK_FALSE(parse_chinese_number("五五").has_value());
  CHECK_FALSE(parse_chinese_number("十四五").has_value());
  CHECK_FALSE(parse_chinese_number("十十").has_value());
  CHECK_FALSE(parse_chinese_number("").has_value());
}

TEST_CASE("quantities: digits, Chinese numerals, measure words, approximations") {
  auto q = find_quantities("收到依申请公开18件，办结十二件，约30条，7800余条，50多次，20人次左右");
  REQUIRE(q.size() == 6);
  CHECK(q[0].value == 18);
  CHECK(q[0].unit == "件");
  CHECK_FALSE(q[0].approximate);
  CHECK(q[1].value == 12);
  CHECK(q[2].value == 30);
  CHECK(q[2].approximate);
  CHECK(q[3].value == 7800);
  CHECK(q[3].approximate);
  CHECK(q[4].approximate);
  CHECK(q[5].unit == "人次");
  CHECK(q[5].approximate);
}

TEST_CASE("not quantities: ordinals, list markers, years, percentages, decimals, 十四五") {
  CHECK(values("第一次会议").empty());
  CHECK(values("一是加强公开，（二）依申请公开").empty());
  CHECK(values("2022年，办结率100%").empty());
  CHECK(values("收费9116.36万元").empty());
  CHECK(values("十四五规划").empty());
  CHECK(values("全年共1,234条") == std::vector<int64_t>{1234});
  CHECK(values("全角１８件") == std::vector<int64_t>{18});
}

TEST_CASE("quantity offsets cover the number and its measure word") {
  std::string_view s = "申请18件";
  auto q = find_quantities(s);
  REQUIRE(q.size() == 1);
  CHECK(s.substr(q[0].begin, q[0].end - q[0].begin) == "18件");
  std::string_view t = "约30条";
  auto r = find_quantities(t);
  REQUIRE(r.size() == 1);
  CHECK(t.substr(r[0].begin, r[0].end - r[0].begin) == "约30条");
}

TEST_CASE("characters are counted, not bytes, whitespace optional") {
  CHECK(count_characters("总体情况", false) == 4);
  CHECK(count_characters("总体 情况\n　", false) == 7);
  CHECK(count_characters("总体 情况\n　", true) == 4);
  CHECK(count_characters("", true) == 0);
}

TEST_CASE("years named as the reporting period") {
  auto y = find_year_statements("本报告中所列数据统计期限为2021年1月1日至2021年12月31日。本年度（2022年）共收到申请。");
  REQUIRE(y.size() == 3);
  CHECK(y[0].year == 2021);
  CHECK(y[1].year == 2021);
  CHECK(y[2].year == 2022);
  CHECK(y[2].sentence == "本年度（2022年）共收到申请。");
  auto t = find_year_statements("详见《某区2020年度政府信息公开工作年度报告》。2023年，我们将继续改进。");
  REQUIRE(t.size() == 1);
  CHECK(t[0].year == 2020);
  CHECK(find_year_statements("2023年，我们将继续改进。").empty());
}

TEST_CASE("bigram similarity ignores years and punctuation") {
  std::string a = "2021年，政策解读形式单一，意见征集形式较为单一。2022年将丰富解读形式。";
  std::string b = "2022年：政策解读形式单一，意见征集形式较为单一！2023年将丰富解读形式。";
  CHECK(bigram_similarity(a, b) == doctest::Approx(1.0));
  CHECK(bigram_similarity(a, "平台建设有待加强，栏目更新不及时，队伍培训不足。") < 0.2);
  CHECK(bigram_similarity("", "") == 0.0);
  CHECK(bigram_similarity(a, "") == 0.0);
}

TEST_CASE("the year a text opens with") {
  CHECK(leading_year("2022年，平潭综合实验区坚持…。") == 2022);
  CHECK(leading_year("\n  2021年度，我局…") == 2021);
  CHECK(leading_year("2020年1月1日起施行的…") == 0);  // a date, not the year of the report
  CHECK(leading_year("我局坚持…2022年…") == 0);
  CHECK(leading_year("") == 0);
}

TEST_CASE("numbers above 2^53 are not quantities (no int64 overflow, no silent misreading)") {
  CHECK_FALSE(parse_chinese_number("一万万万万万").has_value());
  CHECK(parse_chinese_number("九千万万万") == int64_t{9000} * 10000 * 10000 * 10000);
  CHECK(values("一万万万万万件").empty());
  CHECK(values("9007199254740992件") == std::vector<int64_t>{kMaxQuantity});
  CHECK(values("9007199254740993件").empty());
  CHECK(values("12345678901234567890件").empty());
}

TEST_CASE("the statistics period is read from its dates only, spans are not the report's year") {
  auto y = find_year_statements("统计期限自2022年1月1日起至2022年12月31日止，与2021年相比申请量上升。");
  REQUIRE(y.size() == 2);
  CHECK(y[0].year == 2022);
  CHECK(y[1].year == 2022);
  CHECK(leading_year("2020年以来，我区持续推进公开。") == 0);
  CHECK(leading_year("2020年起，我区…") == 0);
  CHECK(leading_year("2020年度以来，我区…") == 0);
  CHECK(leading_year("2020年前，…") == 0);
  CHECK(leading_year("2022年度，我局…") == 2022);
}

TEST_CASE("Unicode spaces are whitespace") {
  CHECK(count_characters("\u3000\u2003\u00A0\u202F\uFEFF\t", true) == 0);
  CHECK(split_sentences("\u2003\u2003").empty());
}
