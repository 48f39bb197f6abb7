// label_match_test.cpp — normalisation, label search and fuzzy headings.
#include "import/label_match.h"

#include <doctest/doctest.h>

#include "nianbao/format.h"

using namespace nianbao::import;

namespace {
U32 N(const char* s) { return normalize_label(s); }
}  // namespace

TEST_CASE("UTF-8 round trip") {
  const std::string s = "平潭 2019 “三安全一稳定” 𠀀";
  CHECK(to_utf8(to_u32(s)) == s);
  CHECK(to_u32("\xE5\xB9")[0] == 0xFFFD);  // truncated sequence never reads past the end
}

TEST_CASE("width, brackets, spaces, line breaks and list numbers normalise alike") {
  CHECK(N("（一）予以公开") == N("(一) 予以公开"));
  CHECK(N("1.属于国家秘密") == N("1、属于国家秘密"));
  CHECK(N("1.属于国家秘密") == N("１．属于\n国家秘密"));
  CHECK(N("结果纠正") == N("结果 纠正"));
  CHECK(N("本年新制作数量") == N("本年新\u00A0制作数量"));
  CHECK(N("3.危及“三安全一稳定”") == N("3.危及\"三安全一稳定\""));
  CHECK(N("3.危及“三安全一稳定”") == N("3、危及「三安全一稳定」"));
  // "、" stays after a Chinese numeral: "三、本年度办理结果" is a heading-like label, not a list item.
  CHECK(N("三、本年度办理结果").find(U'、') != U32::npos);
}

TEST_CASE("traditional characters of the labels fold to simplified") {
  CHECK(N("行政規範性文件") == N("行政规范性文件"));
  CHECK(N("結轉下年度繼續辦理") == N("结转下年度继续办理"));
  CHECK(N("本機關不掌握相關政府信息") == N("本机关不掌握相关政府信息"));
  CHECK(N("復議後起訴").substr(0, 2) == N("复议"));
}

TEST_CASE("find_label: official parenthetical optional, appended one consumed, numbering never a note") {
  U32 text = N("（二）部分公开12（三）不予公开");
  LabelHit h = find_label(text, 0, text.size(), N("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
  REQUIRE(h.found());
  CHECK(h.begin == 0);
  CHECK(text.substr(h.end, 2) == N("12"));

  text = N("规章（设区的市应提供相关数据）000");
  h = find_label(text, 0, text.size(), N("规章"));
  REQUIRE(h.found());
  CHECK(to_utf8(h.note) == "(设区的市应提供相关数据)");
  CHECK(text.substr(h.end) == N("000"));

  text = N("三、本年度办理结果（四）无法提供");
  h = find_label(text, 0, text.size(), N("三、本年度办理结果"));
  CHECK(h.note.empty());
  CHECK(text.substr(h.end, 3) == N("(四)"));

  CHECK_FALSE(find_label(text, 0, text.size(), N("（五）不予处理")).found());
  CHECK_FALSE(find_label(text, 5, 4, N("三")).found());
}

TEST_CASE("find_heading: number + fuzzy words, variants of format-spec §2.3") {
  auto heading = [](const char* text, const char* official) {
    U32 t = N(text);
    return find_heading(t, 0, t.size(), N(official));
  };
  CHECK(heading("五、政府信息公开工作存在的主要问题及改进情况正文", "五、存在的主要问题及改进情况").found());
  CHECK(heading("五、存在的主要问题和改进情况", "五、存在的主要问题及改进情况").found());
  CHECK(heading("四、政府信息公开行政法复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况").found());
  CHECK(heading("四、因政府信息公开工作被申请行政复议和提起行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况").found());
  // Not headings: a table row that starts with the same number, a longer numeral, a bracketed number.
  {
    U32 t = N("四、结转下年度继续办理0000000四、政府信息公开行政复议、行政诉讼情况");
    LabelHit h = find_heading(t, 0, t.size(), N("四、政府信息公开行政复议、行政诉讼情况"));
    REQUIRE(h.found());
    CHECK(h.begin == N("四、结转下年度继续办理0000000").size());
  }
  CHECK_FALSE(heading("十二、主动公开政府信息情况", "二、主动公开政府信息情况").found());
  CHECK_FALSE(heading("（二）主动公开政府信息情况", "二、主动公开政府信息情况").found());
  // Words of the body after a reworded heading do not stretch the heading.
  {
    U32 body = N("五、存在的主要问题和改进措施2024年，我区工作取得进展，但也存在短板，具体情况如下");
    LabelHit h = find_heading(body, 0, body.size(), N("五、存在的主要问题及改进情况"));
    REQUIRE(h.found());
    CHECK(body.substr(h.end, 2) == N("措施"));
  }
  // The heading ends at its last matching word, so the narrative starts right after it.
  U32 t = N("一、总体情况2019年，我区");
  LabelHit h = find_heading(t, 0, t.size(), N("一、总体情况"));
  REQUIRE(h.found());
  CHECK(t.substr(h.end) == N("2019年，我区"));
}

TEST_CASE("strip_known_labels leaves only what no label explains") {
  std::vector<U32> labels{N("第二十条第（五）项"), N("信息内容"), N("上一年项目数量"), N("本年增/减"), N("处理决定数量")};
  CHECK(strip_known_labels(N("第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量"), labels).empty());
  CHECK(to_utf8(strip_known_labels(N("信息内容其他主动公开文件"), labels)) == "其他主动公开文件");
}

TEST_CASE("every official label of both formats is found in its own normalised spelling") {
  for (auto v : {nianbao::FormatVersion::v2019, nianbao::FormatVersion::v2021})
    for (const auto& t : nianbao::format_def(v).tables)
      for (const auto& row : t.rows)
        for (const auto& g : row) {
          if (g.label.empty()) continue;
          U32 l = N(g.label.c_str());
          U32 text = N("前文") + l + N("后文");
          LabelHit h = find_label(text, 0, text.size(), l);
          INFO(g.label);
          CHECK(h.begin == 2);
          CHECK(h.end == 2 + l.size());
        }
}

TEST_CASE("find_label_near: a known variant, near-miss typos, never a digit, nothing for short labels") {
  auto near = [](const char* text, const char* label) {
    const U32 t = N(text);
    const LabelHit h = find_label_near(t, 0, t.size(), N(label));
    return h.found() ? to_utf8(t.substr(h.begin, h.end - h.begin)) : std::string("-");
  };
  CHECK(near("规章000规范性文件3125", "行政规范性文件") == "规范性文件");
  CHECK(near("7.属于行政执法案件2000002", "7.属于行政执法案卷") == "7.属于行政执法案件");        // a wrong character
  CHECK(near("2.其他法律行政法规禁止公 0 0 0", "2.其他法律行政法规禁止公开") == "2.其他法律行政法规禁止公");  // one dropped
  CHECK(near("4.无正当理由大量反复请申 0 0", "4.无正当理由大量反复申请") == "4.无正当理由大量反复请申");    // two swapped
  CHECK(near("4.无正当理由大量反复申情0000000", "4.无正当理由大量反复申请") == "4.无正当理由大量反复申情");  // no digit taken
  CHECK(near("7.属于行政处罚案件 2", "7.属于行政执法案卷") == "-");  // two characters off in eight: not this row
  CHECK(near("规草 0 0 0", "规章") == "-");                          // too short to guess
  CHECK(near("8.属于行政执法案卷 1", "7.属于行政执法案卷") == "-");  // another number is another row
}

TEST_CASE("find_heading: another heading's words are not this heading, renumbered headings by their words") {
  const U32 t = N("一、总体情况 二、收到和处理政府信息公开申请情况 表格 三、政府信息公开行政复议、行政诉讼情况 五、其他需要报告的事项 无");
  std::vector<U32> all;
  for (const char* h : {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"}) all.push_back(N(h));
  CHECK_FALSE(find_heading(t, 0, t.size(), N("二、主动公开政府信息情况"), all).found());
  const LabelHit h3 = find_heading_renumbered(t, 0, t.size(), N("三、收到和处理政府信息公开申请情况"));
  REQUIRE(h3.found());
  CHECK(to_utf8(t.substr(h3.begin, 2)) == "二、");
  const LabelHit h6 = find_heading_renumbered(t, 0, t.size(), N("六、其他需要报告的事项"));
  REQUIRE(h6.found());
  CHECK(to_utf8(t.substr(h6.begin, 2)) == "五、");
  CHECK_FALSE(find_heading_renumbered(t, 0, t.size(), N("五、存在的主要问题及改进情况")).found());
}
