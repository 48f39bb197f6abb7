// docx_render_test.cpp — the Word export: a well-formed package (every part parses, every relationship
// and content type points at a part that exists), deterministic bytes, escaping of any text, and the
// round trip through the importer: export then import gives the same cells and sections, empty stays
// empty. The layout itself is read back with python-docx by tests/docx/check_docx.py.
#include <nianbao/docx.h>

#include <pugixml.hpp>
#include <string>

#include "nianbao/import.h"
#include "support.h"
#include "zip/zip.h"

using namespace nianbao;

namespace {

/// Every cell filled and distinct, except every 9th empty and every 10th 0; amounts keep trailing zeros.
Report filled_report(FormatVersion v) {
  Report r = new_report(v, v == FormatVersion::v2019 ? 2020 : 2023, "青山县交通运输局");
  const FormatDef& def = r.def();
  for (size_t i = 0; i < def.cells.size(); ++i) {
    if (i % 9 == 4) continue;
    if (def.cells[i].kind == ValueKind::Amount)
      r.cells[i] = CellValue::of_amount(std::to_string(i) + ".50");
    else if (i % 10 == 0)
      r.cells[i] = CellValue::of_count(0);
    else
      r.cells[i] = CellValue::of_count(def.cells[i].kind == ValueKind::SignedCount && i % 2 ? -static_cast<int64_t>(i)
                                                                                             : static_cast<int64_t>(i));
  }
  r.overview = "（一）主动公开情况\n全年主动公开政府信息 312 条。\n（二）依申请公开情况\n收到申请 26 件。";
  r.problems = "一是解读形式单一。\n二是答复规范性有待提高。";
  r.other = "本年度未收取信息处理费。";
  return r;
}

std::string part(const std::string& docx, const std::string& name) {
  zip::Archive a = zip::read_archive(docx);
  REQUIRE(a.error.empty());
  const zip::Entry* e = a.find(name);
  REQUIRE_MESSAGE(e, "missing part " << name);
  std::string out, error;
  REQUIRE(zip::extract(docx, *e, 16u << 20, out, error));
  return out;
}

}  // namespace

TEST_CASE("docx export: a complete package whose parts parse and whose references resolve") {
  for (FormatVersion v : {FormatVersion::v2019, FormatVersion::v2021}) {
    const std::string docx = render_report_docx(filled_report(v));
    zip::Archive a = zip::read_archive(docx);
    REQUIRE(a.error.empty());
    for (const auto& e : a.entries) {
      pugi::xml_document doc;
      CHECK_MESSAGE(doc.load_string(part(docx, e.name).c_str()), e.name << " is not well-formed XML");
    }
    // Every override names a part that exists; every relationship target too.
    pugi::xml_document types;
    REQUIRE(types.load_string(part(docx, "[Content_Types].xml").c_str()));
    for (const auto& o : types.child("Types").children("Override"))
      CHECK_MESSAGE(a.find(std::string(o.attribute("PartName").value()).substr(1)), o.attribute("PartName").value());
    for (const char* rels : {"_rels/.rels", "word/_rels/document.xml.rels"}) {
      pugi::xml_document doc;
      REQUIRE(doc.load_string(part(docx, rels).c_str()));
      const std::string base = std::string(rels) == "_rels/.rels" ? "" : "word/";
      for (const auto& r : doc.child("Relationships").children("Relationship"))
        CHECK_MESSAGE(a.find(base + r.attribute("Target").value()), rels << " → " << r.attribute("Target").value());
    }
    // The document's relationship ids exist (Word refuses a dangling r:id).
    CHECK(part(docx, "word/document.xml").find("r:id=\"rIdFooter\"") != std::string::npos);
    CHECK(part(docx, "word/_rels/document.xml.rels").find("Id=\"rIdFooter\"") != std::string::npos);
  }
}

TEST_CASE("docx export: the same report gives the same bytes") {
  const Report r = filled_report(FormatVersion::v2021);
  CHECK(render_report_docx(r) == render_report_docx(r));
}

TEST_CASE("docx export → import gives back every cell and section, empty as empty") {
  for (FormatVersion v : {FormatVersion::v2019, FormatVersion::v2021}) {
    CAPTURE(format_name(v));
    const Report r = filled_report(v);
    ImportResult back = import_report(render_report_docx(r), "report.docx");
    REQUIRE_MESSAGE(back.ok, back.error);
    CHECK(back.source_kind == "docx");
    CHECK(back.report.format == v);
    CHECK(back.report.year == r.year);
    CHECK(back.report.agency == r.agency);
    size_t same = 0;
    for (size_t i = 0; i < r.cells.size(); ++i) {
      CHECK_MESSAGE(back.report.cells[i] == r.cells[i], r.def().cells[i].code);
      same += back.report.cells[i] == r.cells[i];
    }
    CHECK(same == r.cells.size());
    CHECK(back.report.overview == r.overview);
    CHECK(back.report.problems == r.problems);
    CHECK(back.report.other == r.other);
    for (const auto& e : back.log)
      CHECK_MESSAGE((e.level != ImportLevel::Unread && e.level != ImportLevel::Ambiguous && e.level != ImportLevel::Inferred),
                    e.subject << ": " << e.message);
  }
}

TEST_CASE("docx export: a blank report keeps every cell empty through the round trip") {
  Report r = new_report(FormatVersion::v2021, 2024, "青山县民政局");
  r.overview = "本年度工作概况。";
  ImportResult back = import_report(render_report_docx(r), "blank.docx");
  REQUIRE_MESSAGE(back.ok, back.error);
  for (size_t i = 0; i < back.report.cells.size(); ++i) CHECK_FALSE(back.report.cells[i].filled);
  const std::string xml = part(render_report_docx(r), "word/document.xml");
  CHECK(xml.find(">0<") == std::string::npos);  // no cell prints 0
}

TEST_CASE("docx export: markup, control characters and damaged UTF-8 in any field stay text") {
  Report r = filled_report(FormatVersion::v2021);
  r.agency = "<w:p>&\"'机关\x01";
  r.overview = "</w:t></w:r></w:p><w:p>注入 & < > \" ' \x02 \xff\xfe 完\n第二段\t制表";
  r.problems = std::string("\xEF\xBF\xBE noncharacter");
  const std::string docx = render_report_docx(r);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(part(docx, "word/document.xml").c_str()));
  pugi::xml_document core;
  REQUIRE(core.load_string(part(docx, "docProps/core.xml").c_str()));
  ImportResult back = import_report(docx, "x.docx");
  REQUIRE_MESSAGE(back.ok, back.error);
  CHECK(back.report.overview.find("</w:t></w:r></w:p><w:p>注入 & < > \" '") == 0);
  CHECK(back.report.overview.find("\n第二段") != std::string::npos);
}

TEST_CASE("docx export → import of the seven real published reports (with their prose) changes nothing") {
  for (int year = 2019; year <= 2025; ++year) {
    const std::string name = "pingtan-" + std::to_string(year) + ".html";
    CAPTURE(name);
    const auto page = nianbao::test::shared_file("samples/real/" + name);
    if (!page) continue;
    ImportResult first = import_report(*page, name);
    REQUIRE_MESSAGE(first.ok, first.error);
    ImportResult back = import_report(render_report_docx(first.report), "x.docx");
    REQUIRE_MESSAGE(back.ok, back.error);
    CHECK(back.report.cells == first.report.cells);
    CHECK(back.report.overview == first.report.overview);
    CHECK(back.report.problems == first.report.problems);
    CHECK(back.report.other == first.report.other);
    CHECK(back.report.year == first.report.year);
    CHECK(back.report.agency == first.report.agency);
  }
}
