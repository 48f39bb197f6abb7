// import_docx_test.cpp — .docx import: a Word file laid out by hand with another tool (python-docx,
// tests/docx/make_hand_laid.py) imports completely; Word-family files that cannot be read, damaged and
// hostile packages are refused with a message and nothing else.
#include <nianbao/docx.h>

#include <nlohmann/json.hpp>
#include <string>

#include "nianbao/import.h"
#include "support.h"
#include "zip/zip.h"

using namespace nianbao;
using nianbao::test::source_file;

namespace {

/// A package with the given main document XML (and the relationships Word writes).
std::string package(const std::string& document_xml) {
  zip::Writer w;
  w.add("_rels/.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>");
  w.add("word/document.xml", document_xml);
  return w.finish();
}

std::string body(const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
         "wordprocessingml/2006/main\"><w:body>" + inner + "</w:body></w:document>";
}

std::string refused(const std::string& bytes) {
  ImportResult r = import_report(bytes, "x.docx");
  CHECK_FALSE(r.ok);
  CHECK_FALSE(r.error.empty());
  return r.error;
}

}  // namespace

TEST_CASE("docx import: a hand-laid Word file (python-docx) imports every cell and section") {
  const std::string docx = source_file("tests/data/docx/hand-laid-2021.docx");
  const auto expected = nlohmann::json::parse(source_file("tests/data/docx/hand-laid-2021.expected.json"));
  ImportResult r = import_report(docx, "hand-laid-2021.docx");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.source_kind == "docx");
  CHECK(format_name(r.report.format) == expected["format"].get<std::string>());
  CHECK(r.report.year == expected["year"].get<int>());
  CHECK(r.report.agency == expected["agency"].get<std::string>());
  size_t read = 0;
  for (const auto& [code, value] : expected["cells"].items()) {
    const CellValue& c = r.report.cell(code);
    const bool same = c.filled && (value.is_string() ? c.amount == value.get<std::string>() : c.count == value.get<int64_t>());
    CHECK_MESSAGE(same, code << ": expected " << value.dump() << ", read " << (c.filled ? std::to_string(c.count) + c.amount : "empty"));
    read += same;
  }
  MESSAGE("hand-laid-2021.docx: " << read << " of " << expected["cells"].size() << " cells read as expected");
  CHECK(read == r.report.cells.size());
  CHECK(r.report.overview == expected["sections"]["overview"].get<std::string>());
  CHECK(r.report.problems == expected["sections"]["problems"].get<std::string>());
  CHECK(r.report.other == expected["sections"]["other"].get<std::string>());
  for (const auto& e : r.log)
    CHECK_MESSAGE((e.level == ImportLevel::Info || e.level == ImportLevel::Warning), e.subject << ": " << e.message);
}

TEST_CASE("docx import: old binary Word/WPS, encrypted packages and RTF get advice to save as .docx") {
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  std::string doc = ole + std::string(504, '\0');
  for (char c : std::string("WordDocument")) doc += std::string{c, '\0'};
  CHECK(refused(doc).find("另存为") != std::string::npos);
  CHECK(refused(doc).find(".doc") != std::string::npos);
  std::string encrypted = ole + std::string(504, '\0');
  for (char c : std::string("EncryptedPackage")) encrypted += std::string{c, '\0'};
  CHECK(refused(encrypted).find("密码") != std::string::npos);
  CHECK(refused("{\\rtf1\\ansi 政府信息公开}").find("RTF") != std::string::npos);
  CHECK(looks_like_word_file(doc));
  CHECK(looks_like_word_file(package(body(""))));
  CHECK_FALSE(looks_like_word_file("<html>"));
}

TEST_CASE("docx import: truncated and corrupt files are refused, never half-read") {
  const std::string docx = source_file("tests/data/docx/hand-laid-2021.docx");
  for (size_t n : {size_t(0), size_t(3), size_t(30), docx.size() / 3, docx.size() / 2, docx.size() - 23, docx.size() - 1}) {
    CAPTURE(n);
    refused(docx.substr(0, n));
  }
  // A flipped byte inside the deflated main document.
  zip::Archive a = zip::read_archive(docx);
  const zip::Entry* main = a.find("word/document.xml");
  REQUIRE(main);
  std::string bad = docx;
  const size_t data = main->local_offset + 30 + main->name.size() + 40;
  bad[data] = static_cast<char>(bad[data] ^ 0xff);
  CHECK(refused(bad).find("损坏") != std::string::npos);
}

TEST_CASE("docx import: hostile packages are refused with a message") {
  SUBCASE("a main document that inflates past the cap (zip bomb)") {
    zip::Writer w;
    w.add("word/document.xml", std::string(40u << 20, ' '));
    CHECK(refused(w.finish()).find("压缩炸弹") != std::string::npos);
  }
  SUBCASE("elements nested 100,000 deep inside the walked structure") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<w:sdt><w:sdtContent>";
    for (int i = 0; i < 100000; ++i) deep += "</w:sdtContent></w:sdt>";
    CHECK(refused(package(body(deep))).find("嵌套") != std::string::npos);
  }
  SUBCASE("a million unknown elements nested: parsed without recursion, nothing read") {
    std::string deep;
    for (int i = 0; i < 1000000; ++i) deep += "<x>";
    for (int i = 0; i < 1000000; ++i) deep += "</x>";
    refused(package(body(deep)));
  }
  SUBCASE("entity expansion (billion laughs) is not performed") {
    std::string xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">";
    for (int i = 1; i < 10; ++i)
      xml += "<!ENTITY a" + std::to_string(i) + " \"&a" + (i > 1 ? std::to_string(i - 1) : std::string()) + ";&a" +
             (i > 1 ? std::to_string(i - 1) : std::string()) + ";\">";
    xml += "]><w:document xmlns:w=\"x\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>";
    refused(package(xml));
  }
  SUBCASE("malformed XML") {
    CHECK(refused(package("<w:document><w:body><w:p>")).find("已损坏") != std::string::npos);
  }
  SUBCASE("a package without a Word document, or an Excel workbook") {
    zip::Writer w;
    w.add("readme.txt", "hello");
    CHECK(refused(w.finish()).find("word/document.xml") != std::string::npos);
    zip::Writer x;
    x.add("xl/workbook.xml", "<workbook/>");
    CHECK(refused(x.finish()).find("Excel") != std::string::npos);
  }
  SUBCASE("a Word document without any report content") {
    CHECK(refused(package(body("<w:p><w:r><w:t>会议通知</w:t></w:r></w:p>"))).find("年度报告") != std::string::npos);
  }
}

TEST_CASE("docx import: merged-cell placeholders are skipped, deleted text and field codes are not read") {
  const std::string xml = body(
      "<w:p><w:r><w:t>青山县民政局2024年政府信息公开工作年度报告</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>全年</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>"
      "<w:ins><w:r><w:t>主动</w:t></w:r></w:ins><w:r><w:instrText> PAGE </w:instrText></w:r>"
      "<w:r><w:t xml:space=\"preserve\">公开 </w:t></w:r><w:r><w:t>3</w:t></w:r><w:r><w:t>12 条。</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>四、政府信息公开行政复议、行政诉讼情况</w:t></w:r></w:p>"
      "<w:tbl>"
      "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:tcPr><w:gridSpan w:val=\"10\"/></w:tcPr><w:p><w:r><w:t>行政诉讼</w:t></w:r></w:p></w:tc></w:tr>"
      "<w:tr>" +
      [] {
        std::string s;
        for (const char* l : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"})
          s += std::string("<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>") + l + "</w:t></w:r></w:p></w:tc>";
        s += "<w:tc><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr><w:p><w:r><w:t>未经复议直接起诉</w:t></w:r></w:p></w:tc>";
        s += "<w:tc><w:tcPr><w:gridSpan w:val=\"5\"/></w:tcPr><w:p><w:r><w:t>复议后起诉</w:t></w:r></w:p></w:tc></w:tr><w:tr>";
        for (int i = 0; i < 5; ++i) s += "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
        for (int g = 0; g < 2; ++g)
          for (const char* l : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"})
            s += std::string("<w:tc><w:p><w:r><w:t>") + l + "</w:t></w:r></w:p></w:tc>";
        s += "</w:tr><w:tr>";
        for (int i = 0; i < 15; ++i)
          s += "<w:tc><w:p><w:r><w:t>" + std::to_string(i % 5 == 4 ? 10 : 2) + "</w:t></w:r></w:p></w:tc>";
        return s + "</w:tr>";
      }() +
      "</w:tbl><w:p/>");
  ImportResult r = import_report(package(xml), "t.docx");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.report.overview == "全年主动公开 312 条。");
  CHECK(r.report.agency == "青山县民政局");
  for (const char* g : {"review", "direct", "after_review"}) {
    CHECK(r.report.cell(std::string("t4.") + g + ".upheld") == CellValue::of_count(2));
    CHECK(r.report.cell(std::string("t4.") + g + ".total") == CellValue::of_count(10));
  }
}
