// report_test.cpp — report JSON: contract, round trip, and every kind of bad input.
#include <string>

#include "nianbao/report.h"
#include "nianbao/text.h"
#include "support.h"

using namespace nianbao;

namespace {

std::string minimal(const std::string& cells = "{}", const std::string& extra = "") {
  return R"({"schema":"nianbao/report","version":1,"format":"2021","year":2024,"agency":"测试局",)" + extra +
         R"("cells":)" + cells + "}";
}

std::string load_error(const std::string& text) {
  auto r = load_report_json(text);
  CHECK_FALSE(r.ok);
  return r.error;
}

}  // namespace

TEST_CASE("a minimal report loads with every cell empty") {
  auto r = load_report_json(minimal());
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.report.year == 2024);
  CHECK(r.report.agency == "测试局");
  CHECK(r.report.cells.size() == 200);
  for (const auto& c : r.report.cells) CHECK_FALSE(c.filled);
}

TEST_CASE("null and absent are empty, 0 is a value") {
  auto r = load_report_json(minimal(R"({"t3.new.natural":0,"t3.new.total":null})"));
  REQUIRE(r.ok);
  CHECK(r.report.cell("t3.new.natural").filled);
  CHECK(r.report.cell("t3.new.natural").count == 0);
  CHECK_FALSE(r.report.cell("t3.new.total").filled);
  CHECK_FALSE(r.report.cell("t3.new.business").filled);
}

TEST_CASE("amounts keep their exact decimal text") {
  auto r = load_report_json(minimal(R"({"t2.fees.amount":"24252.311082"})"));
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.fees.amount").amount == "24252.311082");
  auto again = load_report_json(save_report_json(r.report));
  REQUIRE(again.ok);
  CHECK(again.report.cell("t2.fees.amount").amount == "24252.311082");
  auto trailing = load_report_json(minimal(R"({"t2.fees.amount":"7.10"})"));
  REQUIRE(trailing.ok);
  CHECK(save_report_json(trailing.report).find("\"7.10\"") != std::string::npos);
}

TEST_CASE("round trip is byte-stable and keeps unknown keys") {
  std::string text = minimal(R"({"t3.new.natural":18,"t9.future":5})",
                             R"("sections":{"overview":"一、总体情况……","appendix":"x"},"publisher_note":{"a":[1,2]},"agency_kind":"township","reviews":[{"finding":"N3|overview","reason":"已说明"}],)");
  auto r = load_report_json(text);
  REQUIRE_MESSAGE(r.ok, r.error);
  std::string once = save_report_json(r.report);
  auto r2 = load_report_json(once);
  REQUIRE(r2.ok);
  std::string twice = save_report_json(r2.report);
  CHECK(once == twice);
  CHECK(once.find("\"publisher_note\"") != std::string::npos);
  CHECK(once.find("\"t9.future\": 5") != std::string::npos);
  CHECK(once.find("\"appendix\": \"x\"") != std::string::npos);
  CHECK(r2.report.agency_kind == AgencyKind::Township);
  REQUIRE(r2.report.reviews.size() == 1);
  CHECK(r2.report.reviews[0].reason == "已说明");
}

TEST_CASE("bad input: a JSON array instead of an object") {
  CHECK(load_error("[1,2,3]").find("顶层应为 JSON 对象") != std::string::npos);
}

TEST_CASE("bad input: invalid UTF-8 names its position") {
  std::string text = minimal();
  text.insert(text.find("测试局"), "\xff\xfe");
  CHECK(load_error(text).find("UTF-8") != std::string::npos);
  // Truncated multi-byte sequence, overlong form and an encoded surrogate.
  CHECK_FALSE(text::is_valid_utf8("\xe6\xb5"));
  CHECK_FALSE(text::is_valid_utf8("\xc0\xaf"));
  CHECK_FALSE(text::is_valid_utf8("\xed\xa0\x80"));
  CHECK(text::is_valid_utf8("偃埇"));
}

TEST_CASE("bad input: deep nesting is refused before parsing") {
  std::string deep = R"({"schema":"nianbao/report","x":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(load_error(deep).find("嵌套") != std::string::npos);
}

TEST_CASE("bad input: numbers beyond 2^53") {
  CHECK(load_error(minimal(R"({"t3.new.natural":9007199254740993})")).find("2^53") != std::string::npos);
  CHECK(load_error(minimal(R"({"t3.new.natural":18446744073709551615})")).find("2^53") != std::string::npos);
  CHECK(load_error(minimal(R"({"t3.new.natural":1e300})")).find("超出可精确表示的范围") != std::string::npos);
  CHECK(load_error(minimal(R"({"t3.new.natural":3.0})")).find("应为整数，实际为小数") != std::string::npos);
}

TEST_CASE("bad input: a string in a count cell names the cell") {
  std::string e = load_error(minimal(R"({"t3.new.natural":"18"})"));
  CHECK(e.find("/cells/t3.new.natural") != std::string::npos);
  CHECK(e.find("自然人") != std::string::npos);
  CHECK(load_error(minimal(R"({"t3.new.natural":1.5})")).find("小数") != std::string::npos);
}

TEST_CASE("bad input: a 50 MB file is refused by size") {
  std::string big = minimal();
  big.insert(big.size() - 1, ",\"padding\":\"" + std::string(50u << 20, 'a') + "\"");
  CHECK(load_error(big).find("文件过大") != std::string::npos);
}

TEST_CASE("bad input: schema, version and format are checked") {
  CHECK(load_error(R"({"version":1})").find("schema") != std::string::npos);
  CHECK(load_error(R"({"schema":"nianbao/report","version":2,"format":"2021","year":2024})").find("更新版本") !=
        std::string::npos);
  CHECK(load_error(R"({"schema":"nianbao/report","version":1,"format":"2020","year":2024})").find("format") !=
        std::string::npos);
  CHECK(load_error(R"({"schema":"nianbao/report","version":1,"format":"2021"})").find("year") != std::string::npos);
}

TEST_CASE("bad input: syntax errors give a line and column") {
  std::string e = load_error("{\"schema\": \"nianbao/report\",\n  \"version\": 1,,\n}");
  CHECK(e.find("JSON 格式错误") != std::string::npos);
  CHECK(e.find("第 2 行") != std::string::npos);
  CHECK(load_error("").find("为空") != std::string::npos);
}

TEST_CASE("a UTF-8 byte-order mark is accepted") {
  auto r = load_report_json("\xEF\xBB\xBF" + minimal());
  CHECK(r.ok);
}

TEST_CASE("amount given as a JSON integer is accepted exactly, as a float it is refused") {
  auto r = load_report_json(minimal(R"({"t2.fees.amount":12})"));
  REQUIRE(r.ok);
  CHECK(r.report.cell("t2.fees.amount").amount == "12");
  CHECK(load_error(minimal(R"({"t2.fees.amount":1.25})")).find("字符串") != std::string::npos);
}

TEST_CASE("decimal text recognition") {
  CHECK(is_decimal_text("7"));
  CHECK(is_decimal_text("24252.311082"));
  CHECK(is_decimal_text("-3"));
  CHECK_FALSE(is_decimal_text("7."));
  CHECK_FALSE(is_decimal_text(".5"));
  CHECK_FALSE(is_decimal_text("7万"));
  CHECK_FALSE(is_decimal_text(""));
}

TEST_CASE("an unfinished report without a year saves the year as null and reopens") {
  Report blank = new_report(FormatVersion::v2021, 0, "");
  std::string saved = save_report_json(blank);
  CHECK(saved.find("\"year\": null") != std::string::npos);
  auto again = load_report_json(saved);
  REQUIRE_MESSAGE(again.ok, again.error);
  CHECK(again.report.year == 0);
  CHECK(save_report_json(again.report) == saved);
}

TEST_CASE("messages name the real problem: a huge integer, a non-integer version, a null review reason") {
  CHECK(load_error(minimal(R"({"t3.new.natural":99999999999999999999999})")).find("超出可精确表示的范围") !=
        std::string::npos);
  CHECK(load_error(R"({"schema":"nianbao/report","version":1.0,"format":"2021","year":2024})").find("应为整数 1，实际为") !=
        std::string::npos);
  auto r = load_report_json(minimal("{}", R"("reviews":[{"finding":"N3|overview","reason":null}],)"));
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.report.reviews.at(0).reason.empty());
}

TEST_CASE("a load error names the value at fault by its JSON Pointer") {
  LoadResult r = load_report_json(R"({"schema":"nianbao/report","version":1,"format":"2021","year":2024,"cells":{"t3.new.natural":"五"}})");
  REQUIRE_FALSE(r.ok);
  CHECK(r.pointer == "/cells/t3.new.natural");
  CHECK(r.error.rfind("/cells/t3.new.natural（", 0) == 0);
  LoadResult s = load_report_json(R"({"schema":"nianbao/report","version":1,"format":"2021","year":2024,"sections":{"overview":7}})");
  CHECK(s.pointer == "/sections/overview");
  LoadResult y = load_report_json(R"({"schema":"nianbao/report","version":1,"format":"2021","year":1850})");
  CHECK(y.pointer == "/year");
  LoadResult whole = load_report_json("{");
  CHECK_FALSE(whole.ok);
  CHECK(whole.pointer.empty());
}

TEST_CASE("accessors never throw: an unknown cell code reads as empty and cannot be set") {
  Report r = new_report(FormatVersion::v2021, 2024, "测试局");
  CHECK_FALSE(r.cell("t9.nothing").filled);
  CHECK(r.find_cell("t9.nothing") == nullptr);
  CHECK_FALSE(r.set_cell("t9.nothing", CellValue::of_count(1)));
  CHECK(r.set_cell("t3.new.natural", CellValue::of_count(4)));
  CHECK(r.cell("t3.new.natural").count == 4);
  CHECK(r.def().table(5) == nullptr);
}

TEST_CASE("a key repeated within one object is refused with the key, its line and the object's JSON Pointer") {
  // nlohmann would keep the last one silently: "year": 2023, "year": 2024 loaded as 2024.
  std::string e = load_error("{\"schema\":\"nianbao/report\",\"version\":1,\"format\":\"2021\",\n\"year\": 2023,\n"
                             "\"year\": 2024, \"cells\": {}}");
  CHECK(e.find("键“year”重复出现") != std::string::npos);
  CHECK(e.find("第 3 行") != std::string::npos);
  CHECK(e.find("位于 /）") != std::string::npos);
  e = load_error(minimal("{\"t3.new.natural\": 1,\n \"t3.new.natural\": 2}"));
  CHECK(e.find("键“t3.new.natural”重复出现") != std::string::npos);
  CHECK(e.find("第 2 行") != std::string::npos);
  CHECK(e.find("位于 /cells") != std::string::npos);
  CHECK(load_report_json(minimal("{\"t3.new.natural\": 1, \"t3.new.natural\": 2}")).pointer == "/cells/t3.new.natural");
  // The same key in different objects is fine, and a key's name inside a string value is not a key.
  CHECK(load_report_json(minimal("{}", R"("sections":{"overview":"\"year\": 1"},"extra":{"year":1},)")).ok);
}

TEST_CASE("cells are read in one pass: before the format, as containers, unknown ones kept, duplicates in nested objects") {
  // "cells" before "format": read when the format is known, with the same messages.
  auto early = load_report_json(R"({"cells":{"t3.new.natural":7,"t9.future":{"a":[1,{"b":2}]}},"schema":"nianbao/report",)"
                                R"("version":1,"format":"2021","year":2024})");
  REQUIRE_MESSAGE(early.ok, early.error);
  CHECK(early.report.cell("t3.new.natural") == CellValue::of_count(7));
  CHECK(save_report_json(early.report).find(R"("t9.future": {)") != std::string::npos);
  // A container where a count belongs is named with its value, as before.
  auto boxed = load_report_json(minimal(R"({"t3.new.natural":[1,{"a":2}]})"));
  CHECK_FALSE(boxed.ok);
  CHECK(boxed.pointer == "/cells/t3.new.natural");
  CHECK(boxed.error.find("[1,{\"a\":2}]") != std::string::npos);
  // A key met again after a nested object that also has it is still a repeat of its own object.
  CHECK(load_error(minimal("{}", R"("extra":{"k":1,"inner":{"k":2},"k":3},)")).find("键“k”重复出现") != std::string::npos);
  CHECK(load_report_json(minimal("{}", R"("extra":[{"k":1},{"k":2}],)")).ok);
  // A value that is not a count in range is refused, whatever its JSON number type.
  CHECK(load_report_json(minimal(R"({"t3.new.natural":18446744073709551615})")).pointer == "/cells/t3.new.natural");
  CHECK(load_report_json(minimal(R"({"t3.new.natural":-9007199254740993})")).pointer == "/cells/t3.new.natural");
  CHECK(load_report_json(minimal(R"({"t3.new.natural":-9007199254740992})")).ok);
}

TEST_CASE("a date is exactly YYYY-MM-DD with a day its month has") {
  const auto d = parse_iso_date("2024-02-29");
  REQUIRE(d);
  CHECK(d->year == 2024);
  CHECK(d->month == 2);
  CHECK(d->day == 29);
  CHECK(d->iso() == "2024-02-29");
  CHECK(d->number() == 20240229);
  CHECK(parse_iso_date("2000-02-29"));  // divisible by 400: a leap year
  for (const char* bad : {"2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00",
                          "2025-1-20", "2025/01/20", "2025-01-20 ", " 2025-01-2", "+025-01-20", "2025-0a-20", ""})
    CHECK_MESSAGE(!parse_iso_date(bad), bad);
  CHECK(parse_iso_date("2025-03-01")->days_since_epoch() - parse_iso_date("2025-02-28")->days_since_epoch() == 1);
  CHECK(parse_iso_date("2024-03-01")->days_since_epoch() - parse_iso_date("2024-02-28")->days_since_epoch() == 2);
  CHECK(parse_iso_date("1970-01-01")->days_since_epoch() == 0);
}

TEST_CASE("the publication deadline is the kind's day in the year after the report year") {
  Report r = new_report(FormatVersion::v2021, 2025, "青山县城关镇人民政府");
  r.agency_kind = AgencyKind::Township;
  CHECK(publication_deadline(r)->iso() == "2026-01-31");
  r.agency_kind = AgencyKind::CountyGovernment;
  CHECK(publication_deadline(r)->iso() == "2026-02-20");
  r.agency_kind = AgencyKind::Unspecified;
  CHECK_FALSE(publication_deadline(r));
  r.agency_kind = AgencyKind::Township;
  r.year = 0;
  CHECK_FALSE(publication_deadline(r));
}

TEST_CASE("the agency kind is guessed from the name, and left open when the name does not tell") {
  CHECK(guess_agency_kind("青山县城关镇人民政府") == AgencyKind::Township);
  CHECK(guess_agency_kind("青山县东城街道办事处") == AgencyKind::Township);
  CHECK(guess_agency_kind("青山县人民政府办公室") == AgencyKind::GovernmentOffice);
  CHECK(guess_agency_kind("某省人民政府办公厅") == AgencyKind::GovernmentOffice);
  CHECK(guess_agency_kind("青山县人民政府") == AgencyKind::CountyGovernment);
  CHECK(guess_agency_kind("某某自治州人民政府") == AgencyKind::CityGovernment);
  CHECK(guess_agency_kind("上海市人民政府") == AgencyKind::ProvinceGovernment);
  CHECK(guess_agency_kind("青山县自然资源局 ") == AgencyKind::Department);
  CHECK(guess_agency_kind("青山县发展和改革委员会") == AgencyKind::Department);
  // A 市 may be a city or a county-level city; a zone's 管理委员会 may act as a government: the user says.
  CHECK(guess_agency_kind("青山市人民政府") == AgencyKind::Unspecified);
  CHECK(guess_agency_kind("平潭综合实验区管理委员会") == AgencyKind::Unspecified);
  CHECK(guess_agency_kind("") == AgencyKind::Unspecified);
  CHECK(guess_agency_kind("人民政府") == AgencyKind::Unspecified);
}
