// import_meta_test.cpp — format fingerprints, titles, years and agencies.
#include "import/import_meta.h"

#include <doctest/doctest.h>

using namespace nianbao;
using namespace nianbao::import;

TEST_CASE("year and agency from the usual title patterns") {
  int year = 0;
  std::string agency;
  year_and_agency("平潭综合实验区2019年度政府信息公开工作年度报告", year, agency);
  CHECK(year == 2019);
  CHECK(agency == "平潭综合实验区");
  year_and_agency("2019年上海市人民政府办公厅政府信息公开工作年度报告", year, agency);
  CHECK(year == 2019);
  CHECK(agency == "上海市人民政府办公厅");
  year_and_agency("盘锦市公共采购交易中心2022年政府信息公开工作年度报告", year, agency);
  CHECK(year == 2022);
  CHECK(agency == "盘锦市公共采购交易中心");
  year = 7;
  agency = "x";
  year_and_agency("政府信息公开工作年度报告", year, agency);  // none: unchanged
  CHECK(year == 7);
  CHECK(agency == "x");
}

TEST_CASE("title from the page title, a 标题 line, or the first line naming a 年度报告") {
  SourceText html;
  html.title = " 某局2023年政府信息公开工作年度报告 ";
  CHECK(find_title(html) == "某局2023年政府信息公开工作年度报告");
  SourceText text;
  text.text = to_u32("标题: 某县2021年度政府信息公开工作年度报告\n发布时间: 2022-01-20\n");
  CHECK(find_title(text) == "某县2021年度政府信息公开工作年度报告");
  text.text = to_u32("\n\n某镇2020年政府信息公开工作年度报告 根据条例……\n");
  CHECK(find_title(text) == "某镇2020年政府信息公开工作年度报告");
}

TEST_CASE("fallback year: statistics period, then file name") {
  CHECK(fallback_year(normalize_label("本报告所列数据的统计期限自2024年1月1日起"), "") == 2024);
  CHECK(fallback_year(U32(), "reports/zhen-2022.html") == 2022);
  CHECK(fallback_year(U32(), "scan12345.html") == 0);
  CHECK(fallback_year(U32(), "20\xE5\xB9\xB4.html") == 0);  // non-ASCII bytes after "20" are not digits
}

TEST_CASE("format fingerprints come from the labels only one format has") {
  FormatGuess g2019 = detect_format(normalize_label("第二十条第（九）项 本年新制作数量 其他对外管理服务事项"), 2030);
  CHECK(g2019.format == FormatVersion::v2019);
  CHECK(g2019.hits[static_cast<size_t>(FormatVersion::v2019)] >= 2);
  CHECK_FALSE(g2019.by_year);
  FormatGuess g2021 = detect_format(normalize_label("本年制发件数 本年收费金额（单位：万元）"), 2019);
  CHECK(g2021.format == FormatVersion::v2021);
  // "规范性文件" is inside "行政规范性文件": never a 2019 fingerprint.
  FormatGuess none = detect_format(normalize_label("规范性文件 行政许可"), 2020);
  CHECK(none.by_year);
  CHECK(none.format == FormatVersion::v2019);
  CHECK(detect_format(U32(), 0).format == FormatVersion::v2021);
}

TEST_CASE("encoding check") {
  CHECK(check_encoding("纯 UTF-8 文本").empty());
  CHECK(check_encoding("\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2").find("GBK") != std::string::npos);
  CHECK(check_encoding(std::string("\x00\xff", 2)).find("不是文本或网页") != std::string::npos);
  std::string page;
  for (int i = 0; i < 200; ++i) page += "政府信息公开";
  const std::string truncated = page + "\xE5\xB9";  // cut off in the middle of a character
  CHECK(check_encoding(truncated).find("UTF-8 文件在第 " + std::to_string(page.size()) + " 字节处损坏或被截断") !=
        std::string::npos);
  Utf8Damage d = scan_utf8(page + "\xB9" + page);
  CHECK(d.malformed == 1);
  CHECK(d.first_bad == page.size());
  CHECK(d.repaired == page + "\xEF\xBF\xBD" + page);
  CHECK(d.nearly_valid(page.size() * 2 + 1));
}

TEST_CASE("a title split over lines or decorated, the agency from the body when the title has none") {
  SourceText src;
  src.text = to_u32("#  青山县 自然资源局\n2021\n年度政府信息公开工作年度报告\n一、总体情况\n");
  CHECK(find_title(src) == "青山县自然资源局2021年度政府信息公开工作年度报告");
  src.text = to_u32("首页：政务公开\n2021年度政府信息公开工作年度报告\n");  // a line with punctuation is no title piece
  CHECK(find_title(src) == "2021年度政府信息公开工作年度报告");
  int year = 0;
  std::string agency;
  year_and_agency("# 青山县 教育局2021年度政府信息公开工作年度报告", year, agency);
  CHECK(agency == "青山县教育局");
  CHECK(agency_from_body(normalize(to_u32("本报告由青山县林业局根据《中华人民共和国政府信息公开条例》编制。")).norm) == "青山县林业局");
  CHECK(agency_from_body(normalize(to_u32("2021年，青山县人民政府办公室根据《中华人民共和国政府信息公开条例》要求…")).norm) ==
        "青山县人民政府办公室");
  CHECK(agency_from_body(normalize(to_u32("我们根据《条例》要求编制本报告。")).norm).empty());
}
