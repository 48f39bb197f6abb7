// report.cpp — the report model and its JSON form.
//
// Index
//   agency kinds ........ table of kinds, JSON keys, labels, deadlines
//   Report accessors .... cell(), narrative(), units, title
//   text checks ......... UTF-8 and decimal validation
//   loading ............. size/UTF-8/depth pre-checks; one SAX pass (ReportReader) reads the cells straight
//                         into a list and the few other members into a small tree; field-by-field reading
//   saving .............. canonical order
#include "nianbao/report.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include "nianbao/text.h"

namespace nianbao {

using ojson = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// agency kinds

const std::vector<AgencyKindInfo>& agency_kinds() {
  static const std::vector<AgencyKindInfo> kinds = {
      {AgencyKind::Unspecified, "", "（未选择）", false, ""},
      {AgencyKind::Department, "department", "县级以上人民政府部门", false, "01-31"},
      {AgencyKind::Township, "township", "乡镇人民政府（街道办事处）", true, "01-31"},
      {AgencyKind::GovernmentOffice, "government_office", "人民政府办公厅（室）", true, "01-31"},
      {AgencyKind::CountyGovernment, "county_government", "县级人民政府（汇总报告）", true, "02-20"},
      {AgencyKind::CityGovernment, "city_government", "地市级人民政府（汇总报告）", true, "03-10"},
      {AgencyKind::ProvinceGovernment, "province_government", "省级人民政府（汇总报告）", true, "03-31"},
      {AgencyKind::VerticalSystem, "vertical_system", "实行垂直领导的部门（全系统）", false, "03-31"},
  };
  return kinds;
}

const AgencyKindInfo& agency_kind_info(AgencyKind k) {
  for (const auto& info : agency_kinds())
    if (info.kind == k) return info;
  return agency_kinds().front();
}

namespace {

/// The number written by `digits` decimal digits at `text[at]`; -1 when any of them is not a digit.
int fixed_digits(std::string_view text, size_t at, size_t digits) {
  int value = 0;
  for (size_t i = at; i < at + digits; ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return kDays[month - 1] + (month == 2 && is_leap_year(year) ? 1 : 0);
}

}  // namespace

long CalendarDate::days_since_epoch() const {
  // Howard Hinnant's days_from_civil.
  const int y = year - (month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string CalendarDate::iso() const {
  std::string out = std::to_string(year);
  out.insert(0, out.size() < 4 ? 4 - out.size() : 0, '0');
  out += month < 10 ? "-0" : "-";
  out += std::to_string(month);
  out += day < 10 ? "-0" : "-";
  out += std::to_string(day);
  return out;
}

std::optional<CalendarDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const CalendarDate d{fixed_digits(text, 0, 4), fixed_digits(text, 5, 2), fixed_digits(text, 8, 2)};
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

std::optional<CalendarDate> publication_deadline(const Report& r) {
  const std::string_view mm_dd = agency_kind_info(r.agency_kind).deadline;  // "MM-DD" or ""
  if (r.year == 0 || mm_dd.size() != 5) return std::nullopt;
  return parse_iso_date(std::to_string(r.year + 1) + "-" + std::string(mm_dd));
}

AgencyKind guess_agency_kind(std::string_view agency) {
  while (!agency.empty() && (agency.back() == ' ' || agency.back() == '\t' || agency.back() == '\n')) agency.remove_suffix(1);
  auto ends = [&](std::string_view tail) { return agency.size() >= tail.size() && agency.substr(agency.size() - tail.size()) == tail; };
  auto ends_any = [&](std::initializer_list<std::string_view> tails) {
    return std::any_of(tails.begin(), tails.end(), ends);
  };
  // Most specific first: "…县人民政府办公室" is an office, "…镇人民政府" is not a county.
  if (agency.find("办公厅") != std::string_view::npos || ends_any({"政府办公室", "政府办"})) return AgencyKind::GovernmentOffice;
  if (ends_any({"乡人民政府", "镇人民政府", "苏木人民政府", "乡政府", "镇政府", "街道办事处", "街道"})) return AgencyKind::Township;
  if (ends_any({"省人民政府", "自治区人民政府", "北京市人民政府", "天津市人民政府", "上海市人民政府", "重庆市人民政府"}))
    return AgencyKind::ProvinceGovernment;
  if (ends_any({"自治州人民政府", "行政公署"})) return AgencyKind::CityGovernment;
  if (ends_any({"县人民政府", "区人民政府", "旗人民政府"})) return AgencyKind::CountyGovernment;
  // A development zone's 管理委员会 may act as a government; "…市人民政府" may be a city or a county-level city.
  if (ends_any({"管理委员会", "管委会"}) || ends("人民政府")) return AgencyKind::Unspecified;
  if (ends_any({"局", "委员会", "委", "厅", "办公室", "办", "中心", "署", "所"})) return AgencyKind::Department;
  return AgencyKind::Unspecified;
}

// ---------------------------------------------------------------------------------------------
// Report accessors

const CellValue& Report::cell(std::string_view code) const {
  static const CellValue kEmpty;
  int i = def().cell_index(code);
  return i < 0 || static_cast<size_t>(i) >= cells.size() ? kEmpty : cells[static_cast<size_t>(i)];
}

CellValue* Report::find_cell(std::string_view code) {
  int i = def().cell_index(code);
  return i < 0 || static_cast<size_t>(i) >= cells.size() ? nullptr : &cells[static_cast<size_t>(i)];
}

bool Report::set_cell(std::string_view code, CellValue value) {
  CellValue* c = find_cell(code);
  if (c) *c = std::move(value);
  return c != nullptr;
}

const std::string* Report::narrative(std::string_view key) const {
  if (key == "overview") return &overview;
  if (key == "problems") return &problems;
  if (key == "other") return &other;
  return nullptr;
}

std::string* Report::narrative(std::string_view key) {
  return const_cast<std::string*>(static_cast<const Report&>(*this).narrative(key));
}

std::string Report::unit_of(std::string_view code) const {
  for (const auto& [c, u] : units)
    if (c == code) return u;
  return {};
}

void Report::set_unit(std::string_view code, std::string unit) {
  for (auto it = units.begin(); it != units.end(); ++it) {
    if (it->first == code) {
      if (unit.empty())
        units.erase(it);
      else
        it->second = std::move(unit);
      return;
    }
  }
  if (!unit.empty()) units.emplace_back(std::string(code), std::move(unit));
}

std::string Report::title() const {
  return agency + (year > 0 ? std::to_string(year) + "年" : std::string()) + "政府信息公开工作年度报告";
}

Report new_report(FormatVersion format, int year, std::string agency) {
  Report r;
  r.format = format;
  r.year = year;
  r.agency = std::move(agency);
  r.cells.assign(format_def(format).cells.size(), CellValue{});
  return r;
}

// ---------------------------------------------------------------------------------------------
// text checks

bool is_decimal_text(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (digits == 0) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    size_t frac = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac;
    if (frac == 0) return false;
  }
  return i == s.size();
}

// ---------------------------------------------------------------------------------------------
// loading

namespace {

/// Line and column (1-based, column in characters) of a byte offset, for messages.
std::string position_of(std::string_view text, size_t offset) {
  const std::string_view before = text.substr(0, std::min(offset, text.size()));
  const size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0: the first line
  const size_t line = 1 + static_cast<size_t>(std::count(before.begin(), before.end(), '\n'));
  const size_t col = 1 + text::count(before.substr(line_start));
  return "第 " + std::to_string(line) + " 行第 " + std::to_string(col) + " 列";
}

/// Deepest nesting of arrays/objects, scanning outside strings; stops early past `limit`.
int nesting_depth(std::string_view text, int limit, size_t* where) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) {
        *where = i;
        return deepest;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

/// SAX handler that reads a report: the members of the top-level "cells" object — nearly all of a report —
/// go straight into `cells` (code and value, in file order) without building a JSON tree; the few other
/// members are built into `doc` (the top-level object with "cells" left null) and read from there. It
/// remembers where a syntax error happened and stops at a key repeated within one object (nlohmann would keep
/// the last value silently: "year": 2023, "year": 2024 → 2024).
struct ReportReader {
  using json = ojson;
  nlohmann::detail::json_sax_dom_parser<json> dom;
  std::vector<std::pair<std::string, json>> cells;  ///< members of the top-level "cells" object
  bool cells_streamed = false;                      ///< "cells" was an object, read into `cells`
  size_t error_at = 0;
  std::string error_token;
  bool failed = false;
  std::string duplicate;          ///< the repeated key
  std::string duplicate_in;       ///< JSON Pointer of the object holding it
  size_t duplicate_ordinal = 0;   ///< how many keys of that name the parser met up to it (1-based)

  explicit ReportReader(json& out) : dom(out, false) {}

  bool null() { return value(json(nullptr)); }
  bool boolean(bool v) { return value(json(v)); }
  bool number_integer(json::number_integer_t v) { return value(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return value(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return value(json(v)); }
  bool string(json::string_t& v) { return value(json(std::move(v))); }
  bool binary(json::binary_t&) { return false; }  // JSON text has no binary values

  bool start_object(std::size_t n) {
    path.push_back(pending_key);
    open_objects.push_back(++objects_opened);
    if (depth_ == 1 && !capture_ && pending_key == "cells") {  // the cells object itself is not built
      ++depth_;
      cells_streamed = true;
      in_cells_ = true;
      return true;
    }
    return open(n, true);
  }
  bool end_object() {
    open_objects.pop_back();
    path.pop_back();
    if (in_cells_ && depth_ == 2 && !capture_) {
      --depth_;
      in_cells_ = false;
      return true;
    }
    return close(true);
  }
  bool start_array(std::size_t n) {
    const bool ok = open(n, false);
    pending_key.clear();
    return ok;
  }
  bool end_array() { return close(false); }
  bool key(json::string_t& v) {
    KeySeen& seen_key = seen[v];
    ++seen_key.count;
    // Objects are numbered as they open; the current one has the largest number of those still open, so
    // the key's entries above it are of objects already closed.
    while (!seen_key.objects.empty() && seen_key.objects.back() > open_objects.back()) seen_key.objects.pop_back();
    if (!seen_key.objects.empty() && seen_key.objects.back() == open_objects.back()) {
      duplicate = v;
      duplicate_ordinal = seen_key.count;
      for (size_t i = 1; i < path.size(); ++i) duplicate_in += "/" + escape_pointer(path[i]);
      return false;
    }
    seen_key.objects.push_back(open_objects.back());
    pending_key = v;
    if (in_cells_ && depth_ == 2 && !capture_) return true;  // the name is kept until its value comes
    return capture_ ? capture_->key(v) : dom.key(v);
  }

  bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) {
    failed = true;
    error_at = position;
    error_token = last_token;
    return false;
  }

 private:
  struct KeySeen {
    size_t count = 0;            ///< keys of this name met so far, in any object
    std::vector<size_t> objects;  ///< the objects it was met in (by number), those still open at least
  };
  std::unordered_map<std::string, KeySeen> seen;
  std::vector<size_t> open_objects;  ///< numbers of the open objects, innermost last
  size_t objects_opened = 0;
  std::vector<std::string> path;     ///< key of each open object in its parent ("" for array items)
  std::string pending_key;           ///< last key read: the name of the value that comes next
  int depth_ = 0;         ///< open objects and arrays
  bool in_cells_ = false;  ///< inside the top-level "cells" object
  /// A cell's value that is an object or an array (an error the loader reports with the value), built here.
  json captured_;
  std::optional<nlohmann::detail::json_sax_dom_parser<json>> capture_;
  int capture_depth_ = 0;
  std::string capture_key_;  ///< the cell code of the captured value

  bool in_cell_value() const { return in_cells_ && depth_ == 2; }

  bool value(json&& v) {
    if (capture_) return forward_scalar(*capture_, std::move(v));
    if (in_cell_value()) {
      cells.emplace_back(pending_key, std::move(v));
      return true;
    }
    return forward_scalar(dom, std::move(v));
  }
  static bool forward_scalar(nlohmann::detail::json_sax_dom_parser<json>& to, json&& v) {
    switch (v.type()) {
      case json::value_t::null: return to.null();
      case json::value_t::boolean: return to.boolean(v.get<bool>());
      case json::value_t::number_integer: return to.number_integer(v.get<json::number_integer_t>());
      case json::value_t::number_unsigned: return to.number_unsigned(v.get<json::number_unsigned_t>());
      case json::value_t::number_float: return to.number_float(v.get<json::number_float_t>(), {});
      default: return to.string(*v.get_ptr<json::string_t*>());
    }
  }
  bool open(std::size_t n, bool object) {
    ++depth_;
    if (!capture_ && in_cells_ && depth_ == 3) {  // a cell's value that is a container: build it apart
      captured_ = json();
      capture_.emplace(captured_, false);
      capture_depth_ = depth_;
      capture_key_ = pending_key;
    }
    auto& to = capture_ ? *capture_ : dom;
    return object ? to.start_object(n) : to.start_array(n);
  }
  bool close(bool object) {
    auto& to = capture_ ? *capture_ : dom;
    const bool ok = object ? to.end_object() : to.end_array();
    if (capture_ && depth_ == capture_depth_) {
      capture_.reset();
      cells.emplace_back(std::move(capture_key_), std::move(captured_));
    }
    --depth_;
    return ok;
  }
  static std::string escape_pointer(const std::string& token) {  // RFC 6901: ~ → ~0, / → ~1
    std::string out;
    for (char c : token) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return out;
  }
};

/// Byte offset of the `ordinal`-th (1-based) key token "name" (followed by optional whitespace and ':')
/// outside strings, or npos (a key written with escapes is not found; the message then has no position).
size_t find_key_occurrence(std::string_view text, const std::string& name, size_t ordinal) {
  const std::string token = "\"" + name + "\"";
  size_t count = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (in_string) {
      if (text[i] == '\\') ++i;
      else if (text[i] == '"') in_string = false;
      continue;
    }
    if (text[i] != '"') continue;
    if (text.compare(i, token.size(), token) == 0) {
      size_t j = i + token.size();
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n')) ++j;
      if (j < text.size() && text[j] == ':' && ++count == ordinal) return i;
    }
    in_string = true;
  }
  return std::string_view::npos;
}

std::string json_type_label(const ojson& v) {
  switch (v.type()) {
    case ojson::value_t::null: return "null";
    case ojson::value_t::boolean: return "布尔值";
    case ojson::value_t::string: return "字符串";
    case ojson::value_t::array: return "数组";
    case ojson::value_t::object: return "对象";
    case ojson::value_t::number_float: return "小数";
    default: return "整数";
  }
}

constexpr int64_t kMaxSafeInteger = (int64_t{1} << 53);

/// Reads an integer that JavaScript can hold exactly; returns an error message or "".
std::string read_safe_integer(const ojson& v, const std::string& where, int64_t* out) {
  if (v.is_number_unsigned()) {
    auto u = v.get<uint64_t>();
    if (u > static_cast<uint64_t>(kMaxSafeInteger))
      return where + "：数值 " + std::to_string(u) + " 超出可精确表示的范围（最大 2^53）";
    *out = static_cast<int64_t>(u);
    return {};
  }
  if (v.is_number_integer()) {
    auto i = v.get<int64_t>();
    if (i > kMaxSafeInteger || i < -kMaxSafeInteger)
      return where + "：数值 " + std::to_string(i) + " 超出可精确表示的范围（最大 2^53）";
    *out = i;
    return {};
  }
  if (v.is_number_float()) {
    // nlohmann reads integers beyond 64 bits as floating point: say "too large", not "a decimal".
    const double d = v.get<double>();
    if (d > static_cast<double>(kMaxSafeInteger) || d < -static_cast<double>(kMaxSafeInteger))
      return where + "：数值 " + v.dump() + " 超出可精确表示的范围（最大 2^53）";
    return where + "：应为整数，实际为小数 " + v.dump();
  }
  return where + "：应为整数，实际为" + json_type_label(v) + " " + v.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string read_cell(const FormatDef& def, int index, const ojson& v, CellValue* out) {
  const CellDef& d = def.cells[static_cast<size_t>(index)];
  if (d.kind != ValueKind::Amount) {  // nearly every cell: a count in range, read without building a message
    if (v.is_number_unsigned() && v.get<uint64_t>() <= static_cast<uint64_t>(kMaxSafeInteger)) {
      *out = CellValue::of_count(static_cast<int64_t>(v.get<uint64_t>()));
      return {};
    }
    if (v.is_number_integer() && !v.is_number_unsigned() && v.get<int64_t>() >= -kMaxSafeInteger &&
        v.get<int64_t>() <= kMaxSafeInteger) {
      *out = CellValue::of_count(v.get<int64_t>());
      return {};
    }
  }
  const std::string where = "/cells/" + d.code + "（" + d.row_label + " · " + d.column_label + "）";
  if (v.is_null()) {
    *out = CellValue{};
    return {};
  }
  if (d.kind == ValueKind::Amount) {
    if (v.is_string()) {
      *out = CellValue::of_amount(v.get<std::string>());
      return {};
    }
    int64_t n = 0;
    if (v.is_number_integer() || v.is_number_unsigned()) {
      if (auto err = read_safe_integer(v, where, &n); !err.empty()) return err;
      *out = CellValue::of_amount(std::to_string(n));
      return {};
    }
    return where + "：金额应写成字符串（如 \"7\" 或 \"24252.311082\"），以免丢失精度；实际为" + json_type_label(v) +
           " " + v.dump();
  }
  int64_t n = 0;
  if (auto err = read_safe_integer(v, where, &n); !err.empty()) return err;
  *out = CellValue::of_count(n);
  return {};
}

const char* const kKnownKeys[] = {"schema",   "version",  "format",   "year",  "agency", "agency_kind",
                                  "published", "sections", "cells",    "units", "reviews"};

bool is_known_key(const std::string& k) {
  for (const char* known : kKnownKeys)
    if (k == known) return true;
  return false;
}

/// A failed load. A message about one value starts with its JSON Pointer ("/cells/t3.new.natural（…）：…"),
/// which becomes LoadResult::pointer.
LoadResult fail(std::string message) {
  LoadResult r;
  if (!message.empty() && message[0] == '/') r.pointer = message.substr(0, message.find_first_of("（：，; "));
  r.error = std::move(message);
  return r;
}

std::string read_optional_string(const ojson& doc, const char* key, std::string* out) {
  auto it = doc.find(key);
  if (it == doc.end() || it->is_null()) return {};
  if (!it->is_string()) return "/" + std::string(key) + "：应为字符串，实际为" + json_type_label(*it);
  *out = it->get<std::string>();
  return {};
}

}  // namespace

LoadResult load_report_json(std::string_view text) {
  if (text.size() > kMaxReportBytes)
    return fail("文件过大（" + std::to_string(text.size() / (1 << 20)) + " MB），年度报告文件不应超过 " +
                std::to_string(kMaxReportBytes >> 20) + " MB；请确认选择的是年度报告 JSON 文件");
  if (text.size() >= 3 && static_cast<unsigned char>(text[0]) == 0xEF &&
      static_cast<unsigned char>(text[1]) == 0xBB && static_cast<unsigned char>(text[2]) == 0xBF)
    text.remove_prefix(3);  // a UTF-8 byte-order mark, as Windows Notepad writes
  if (const size_t bad = text::find_invalid(text); bad != text::kNoError && text::cut_at_end(text, bad))
    return fail("文件在最后一个字符的中间中断（" + position_of(text, bad) + "），文件不完整，可能下载或复制时被截断；"
                "请找回完整的文件");
  else if (bad != text::kNoError)
    return fail("文件不是有效的 UTF-8 文本（" + position_of(text, bad) + "，字节偏移 " + std::to_string(bad) +
                "）；请以 UTF-8 编码保存后再打开");
  size_t deep_at = 0;
  if (nesting_depth(text, kMaxJsonDepth, &deep_at) > kMaxJsonDepth)
    return fail("JSON 嵌套层数超过 " + std::to_string(kMaxJsonDepth) + " 层（" + position_of(text, deep_at) +
                "），不是年度报告文件");

  ojson doc;
  ReportReader parser(doc);
  bool parsed = ojson::sax_parse(text.begin(), text.end(), &parser, nlohmann::json::input_format_t::json, true);
  if (!parser.duplicate.empty()) {
    const size_t at = find_key_occurrence(text, parser.duplicate, parser.duplicate_ordinal);
    LoadResult dup = fail("JSON 中键“" + parser.duplicate + "”重复出现（" +
                (at == std::string_view::npos ? std::string() : position_of(text, at) + "，") + "位于 " +
                (parser.duplicate_in.empty() ? std::string("/") : parser.duplicate_in) +
                "）；同一对象中的键只能出现一次，请删去多余的一项");
    // The repeated member itself (RFC 6901: "~" and "/" in a key are escaped as ~0 and ~1).
    std::string key;
    for (char c : parser.duplicate) key += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    dup.pointer = parser.duplicate_in + "/" + key;
    return dup;
  }
  if (!parsed || parser.failed) {
    std::string msg = "JSON 格式错误（" + position_of(text, parser.error_at > 0 ? parser.error_at - 1 : 0) + "）";
    if (!parser.error_token.empty() && parser.error_token.size() < 40) msg += "：在“" + parser.error_token + "”处";
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) msg = "文件为空，不是年度报告 JSON";
    return fail(msg);
  }
  if (!doc.is_object())
    return fail("顶层应为 JSON 对象 {…}，实际为" + json_type_label(doc) + "；这不是年度报告文件");

  auto schema = doc.find("schema");
  if (schema == doc.end() || !schema->is_string() || schema->get<std::string>() != "nianbao/report")
    return fail("/schema：应为 \"nianbao/report\"；这不是 nianbao 年度报告文件");
  auto version = doc.find("version");
  if (version == doc.end()) return fail("/version：缺少文件版本号（应为整数 1）");
  if (!version->is_number_integer()) return fail("/version：应为整数 1，实际为 " + version->dump());
  if (version->get<int64_t>() > 1)
    return fail("/version：此文件由更新版本的 nianbao 生成（版本 " + std::to_string(version->get<int64_t>()) +
                "），请使用新版本打开");
  if (version->get<int64_t>() < 1) return fail("/version：版本号无效（" + version->dump() + "）");

  Report r;
  auto format = doc.find("format");
  if (format == doc.end() || !format->is_string())
    return fail("/format：缺少报告格式（应为 " + format_names() + " 之一）");
  auto fv = parse_format_name(format->get<std::string>());
  if (!fv) return fail("/format：未知格式 " + format->dump() + "（应为 " + format_names() + " 之一）");
  r.format = *fv;
  const FormatDef& def = format_def(r.format);
  r.cells.assign(def.cells.size(), CellValue{});

  // An unfilled year (null) loads as 0, so an unfinished document always reopens; rule M1 reports it.
  auto year = doc.find("year");
  if (year == doc.end()) return fail("/year：缺少报告年度（未填写时写 null）");
  int64_t y = 0;
  if (!year->is_null()) {
    if (auto err = read_safe_integer(*year, "/year", &y); !err.empty()) return fail(err);
    if (!plausible_year(static_cast<int>(y)))
      return fail("/year：年度 " + std::to_string(y) + " 不合理（应在 " + std::to_string(kFirstPlausibleYear) + " 至 " +
                  std::to_string(kLastPlausibleYear) + " 之间）");
  }
  r.year = static_cast<int>(y);

  if (auto err = read_optional_string(doc, "agency", &r.agency); !err.empty()) return fail(err);
  if (auto err = read_optional_string(doc, "published", &r.published); !err.empty()) return fail(err);
  std::string kind;
  if (auto err = read_optional_string(doc, "agency_kind", &kind); !err.empty()) return fail(err);
  bool kind_known = false;
  for (const auto& info : agency_kinds()) {
    if (kind == info.key) {
      r.agency_kind = info.kind;
      kind_known = true;
    }
  }
  if (!kind_known) return fail("/agency_kind：未知的机关类型 \"" + kind + "\"");

  if (auto it = doc.find("sections"); it != doc.end() && !it->is_null()) {
    if (!it->is_object()) return fail("/sections：应为对象，实际为" + json_type_label(*it));
    for (auto& [key, value] : it->items()) {
      std::string* target = r.narrative(key);
      if (!target) {
        r.unknown["sections"][key] = value;  // a section a later version adds: keep it
        continue;
      }
      if (value.is_null()) continue;
      if (!value.is_string()) return fail("/sections/" + key + "：应为字符串，实际为" + json_type_label(value));
      *target = value.get<std::string>();
    }
  }

  if (auto it = doc.find("cells"); !parser.cells_streamed && it != doc.end() && !it->is_null())
    return fail("/cells：应为对象，实际为" + json_type_label(*it));
  for (auto& [code, value] : parser.cells) {
    int index = def.cell_index(code);
    if (index < 0) {
      r.unknown_cells[code] = std::move(value);
      continue;
    }
    if (auto err = read_cell(def, index, value, &r.cells[static_cast<size_t>(index)]); !err.empty())
      return fail(err);
  }

  if (auto it = doc.find("units"); it != doc.end() && !it->is_null()) {
    if (!it->is_object()) return fail("/units：应为对象，实际为" + json_type_label(*it));
    for (auto& [code, value] : it->items()) {
      if (!value.is_string()) return fail("/units/" + code + "：应为字符串，实际为" + json_type_label(value));
      r.units.emplace_back(code, value.get<std::string>());
    }
  }

  if (auto it = doc.find("reviews"); it != doc.end() && !it->is_null()) {
    if (!it->is_array()) return fail("/reviews：应为数组，实际为" + json_type_label(*it));
    for (size_t i = 0; i < it->size(); ++i) {
      const auto& item = (*it)[i];
      const std::string where = "/reviews/" + std::to_string(i);
      if (!item.is_object()) return fail(where + "：应为对象");
      auto f = item.find("finding");
      auto why = item.find("reason");
      if (f == item.end() || !f->is_string()) return fail(where + "/finding：应为字符串");
      if (why != item.end() && !why->is_string() && !why->is_null()) return fail(where + "/reason：应为字符串");
      r.reviews.push_back({f->get<std::string>(), why == item.end() || why->is_null() ? std::string() : why->get<std::string>()});
    }
  }

  for (auto& [key, value] : doc.items())
    if (!is_known_key(key)) r.unknown[key] = value;
  if (auto err = take_scope_keys(r); !err.empty()) return fail(err);

  LoadResult ok;
  ok.ok = true;
  ok.report = std::move(r);
  return ok;
}

// ---------------------------------------------------------------------------------------------
// saving

std::string save_report_json(const Report& r) {
  const FormatDef& def = r.def();
  ojson doc = ojson::object();
  doc["schema"] = "nianbao/report";
  doc["version"] = 1;
  doc["format"] = std::string(format_name(r.format));
  if (r.year > 0)
    doc["year"] = r.year;
  else
    doc["year"] = nullptr;
  doc["agency"] = r.agency;
  if (r.agency_kind != AgencyKind::Unspecified) doc["agency_kind"] = agency_kind_info(r.agency_kind).key;
  if (!r.published.empty()) doc["published"] = r.published;

  ojson sections = ojson::object();
  sections["overview"] = r.overview;
  sections["problems"] = r.problems;
  sections["other"] = r.other;
  if (auto extra = r.unknown.find("sections"); extra != r.unknown.end() && extra->is_object())
    for (auto& [k, v] : extra->items()) sections[k] = v;
  doc["sections"] = std::move(sections);

  ojson cells = ojson::object();
  for (size_t i = 0; i < def.cells.size(); ++i) {
    const CellValue& v = i < r.cells.size() ? r.cells[i] : CellValue{};
    if (!v.filled)
      cells[def.cells[i].code] = nullptr;
    else if (def.cells[i].kind == ValueKind::Amount)
      cells[def.cells[i].code] = v.amount;
    else
      cells[def.cells[i].code] = v.count;
  }
  for (auto& [k, v] : r.unknown_cells.items()) cells[k] = v;
  doc["cells"] = std::move(cells);

  if (!r.units.empty()) {
    ojson units = ojson::object();
    for (const auto& [code, unit] : r.units) units[code] = unit;
    doc["units"] = std::move(units);
  }
  if (!r.reviews.empty()) {
    ojson reviews = ojson::array();
    for (const auto& rv : r.reviews) reviews.push_back({{"finding", rv.finding_key}, {"reason", rv.reason}});
    doc["reviews"] = std::move(reviews);
  }
  put_scope_keys(r, doc);
  for (auto& [k, v] : r.unknown.items())
    if (k != "sections") doc[k] = v;
  return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace nianbao
