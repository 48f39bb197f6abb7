// digit_split_test.cpp — value tokens and the recovery of run-together digits by arithmetic.
#include "import/digit_split.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::import;

namespace {

std::vector<ValueToken> tok(const char* s) { return tokenize_values(to_u32(s)); }

/// A row of table 三: six counts and their 总计.
const std::vector<ValueKind> kT3(7, ValueKind::Count);
const std::vector<Identity> kT3Sum{{{0, 1, 2, 3, 4, 5}, 6}};

std::vector<int64_t> counts(const RowCandidate& c) {
  std::vector<int64_t> v;
  for (const auto& s : c) v.push_back(s.value.filled ? s.value.count : -999);
  return v;
}

}  // namespace

TEST_CASE("tokens: numbers, units, zero words, 增/减, blanks, text") {
  auto t = tok("12 -3 4.50元 7万元 无 - / — 增3 减4 1,234 合计");
  REQUIRE(t.size() == 12);
  CHECK(t[0].number == "12");
  CHECK(t[1].number == "-3");
  CHECK((t[2].number == "4.50" && t[2].unit == "元"));
  CHECK(t[3].unit == "万元");
  for (int i = 4; i < 8; ++i) CHECK(t[i].kind == ValueToken::Kind::ZeroWord);
  CHECK((t[8].number == "3" && t[8].worded));
  CHECK(t[9].number == "-4");
  CHECK(t[10].number == "1234");
  CHECK(t[11].kind == ValueToken::Kind::Text);
  // "无法提供" is words, not a zero.
  CHECK(tok("无法提供")[0].kind == ValueToken::Kind::Text);
  // Words glued to digits end the figures (labels themselves are cut off by the caller).
  auto g = tok("0000000其他");
  CHECK(g[0].number == "0000000");
  CHECK(g[1].kind == ValueToken::Kind::Text);
  auto b = tokenize_values(U32(1, kBlankCell) + to_u32("\t5"));
  CHECK(b[0].kind == ValueToken::Kind::Blank);
  CHECK(tok("０１２")[0].number == "012");  // full-width digits
  auto words = tok("5件 3个 12项目");
  CHECK(words[0].number == "5");
  CHECK(words[1].number == "3");
  CHECK(words[2].number == "12");
  CHECK(words[3].kind == ValueToken::Kind::Text);  // "项目" is a word, not a counting suffix
}

TEST_CASE("one token per cell is taken as written, even when the row's total is wrong") {
  RowSplit s = split_row(tok("1 2 3 4 5 6 7"), kT3, kT3Sum);
  REQUIRE(s.candidates.size() == 1);
  CHECK(s.direct);
  CHECK(counts(s.candidates[0]) == std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("run-together digits are split by the row's total") {
  RowSplit s = split_row(tok("6000017"), kT3, kT3Sum);
  REQUIRE(s.candidates.size() == 1);
  CHECK_FALSE(s.direct);
  CHECK(counts(s.candidates[0]) == std::vector<int64_t>{6, 0, 0, 0, 0, 1, 7});
  s = split_row(tok("640020470"), kT3, kT3Sum);
  REQUIRE(s.candidates.size() == 1);
  CHECK(counts(s.candidates[0]) == std::vector<int64_t>{64, 0, 0, 2, 0, 4, 70});
  // Spaces that survived are certain cuts.
  s = split_row(tok("200 000121"), kT3, kT3Sum);
  REQUIRE(s.candidates.size() == 1);
  CHECK(counts(s.candidates[0]) == std::vector<int64_t>{20, 0, 0, 0, 0, 1, 21});
}

TEST_CASE("several fitting splits are all reported (the caller leaves the cells empty)") {
  // 270020130: 27|0|0|2|0|1|30 and 2|7|0|0|2|0|11? — the row alone cannot tell.
  RowSplit s = split_row(tok("270020130"), kT3, kT3Sum);
  CHECK(s.candidates.size() > 1);
  // Table 二 has no arithmetic: "898989" fits many ways.
  RowSplit t2 = split_row(tok("898989"), std::vector<ValueKind>(3, ValueKind::Count), {});
  CHECK(t2.candidates.size() > 1);
}

TEST_CASE("a negative 本年增/减 is recognised by its sign and kept negative") {
  const std::vector<ValueKind> kinds{ValueKind::Count, ValueKind::SignedCount, ValueKind::Count};
  RowSplit s = split_row(tok("2648-18538"), kinds, {});
  bool has_real = false;
  for (const auto& c : s.candidates) {
    CHECK(c[0].value.count == 2648);
    CHECK(c[1].value.count < 0);
    has_real = has_real || counts(c) == std::vector<int64_t>{2648, -18, 538};
  }
  CHECK(has_real);
  // A sign is never accepted on a count that cannot be negative.
  RowSplit bad = split_row(tok("5 -1 3"), std::vector<ValueKind>(3, ValueKind::Count), {});
  CHECK(bad.unreadable == std::vector<int>{1});
}

TEST_CASE("a copy that lost one cell of a row: the missing cell is solved from the total") {
  RowSplit s = split_row(tok("5 0 0 0 0 5"), kT3, kT3Sum);
  // The cell may be missing anywhere: natural 0 + business 5, …, or other 5 / total 10.
  CHECK(s.candidates.size() == 3);
  for (const auto& c : s.candidates) CHECK(std::any_of(c.begin(), c.end(), [](const SplitCell& x) { return x.solved; }));
  RowSplit zeros = split_row(tok("0 0 0 0 0 0"), kT3, kT3Sum);
  REQUIRE(zeros.candidates.size() == 1);
  CHECK(counts(zeros.candidates[0]) == std::vector<int64_t>(7, 0));
  // Without an identity nothing can be solved.
  CHECK(split_row(tok("1 2"), std::vector<ValueKind>(3, ValueKind::Count), {}).candidates.empty());
}

TEST_CASE("amounts keep their decimal text and unit, a count never takes a decimal") {
  const std::vector<ValueKind> kinds{ValueKind::Count, ValueKind::Amount};
  RowSplit s = split_row(tok("135 75394432.52元"), kinds, {});
  REQUIRE(s.candidates.size() == 1);
  CHECK(s.candidates[0][1].value.amount == "75394432.52");
  CHECK(s.candidates[0][1].unit == "元");
  RowSplit run = split_row(tok("13575394432.52元"), kinds, {});
  CHECK(run.candidates.size() > 1);
  for (const auto& c : run.candidates) CHECK(c[1].value.amount.find('.') != std::string::npos);
  CHECK(split_row(tok("1.5"), {ValueKind::Count}, {}).unreadable == std::vector<int>{0});
}

TEST_CASE("identities_hold") {
  RowCandidate c(7);
  for (int i = 0; i < 6; ++i) c[i].value = CellValue::of_count(i);
  c[6].value = CellValue::of_count(15);
  CHECK(identities_hold(c, kT3Sum));
  c[6].value = CellValue::of_count(14);
  CHECK_FALSE(identities_hold(c, kT3Sum));
  c[6].value = CellValue{};
  CHECK(identities_hold(c, kT3Sum));  // an empty total proves nothing
}

TEST_CASE("a very long digit run gives up quickly as ambiguous instead of searching for ever") {
  std::vector<Identity> t4{{{0, 1, 2, 3}, 4}, {{5, 6, 7, 8}, 9}, {{10, 11, 12, 13}, 14}};
  RowSplit s = split_row(tok(("1" + std::string(120, '4')).c_str()), std::vector<ValueKind>(15, ValueKind::Count), t4);
  CHECK(s.truncated);
}
