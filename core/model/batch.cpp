// batch.cpp — many reports at once (batch.h): roster CSV, last-year pairing, lateness, the summary.
//
// Index
//   agency kinds and names ... parse_agency_kind, agency_match_key, report_key
//   roster ................... CSV fields as Excel quotes them
//   run_batch ................ pairing, checks, roster coverage
//   outputs .................. the count line, JSON, CSV (UTF-8 with BOM), HTML
#include "nianbao/batch.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "nianbao/rules.h"
#include "nianbao/similarity.h"
#include "nianbao/text.h"
#include "render/html_escape.h"

namespace nianbao {

// ---------------------------------------------------------------------------------------------
// agency kinds and names

namespace {

/// Short names officers write in a roster, beside the full labels of agency_kinds().
struct KindAlias {
  const char* name;
  AgencyKind kind;
};
constexpr KindAlias kKindAliases[] = {
    {"部门", AgencyKind::Department},          {"县级以上人民政府部门", AgencyKind::Department},
    {"乡镇", AgencyKind::Township},            {"街道", AgencyKind::Township},
    {"乡镇人民政府", AgencyKind::Township},    {"街道办事处", AgencyKind::Township},
    {"政府办", AgencyKind::GovernmentOffice},  {"人民政府办公室", AgencyKind::GovernmentOffice},
    {"县级人民政府", AgencyKind::CountyGovernment}, {"地市级人民政府", AgencyKind::CityGovernment},
    {"省级人民政府", AgencyKind::ProvinceGovernment}, {"垂直管理", AgencyKind::VerticalSystem},
    {"垂管", AgencyKind::VerticalSystem},
};

}  // namespace

std::optional<AgencyKind> parse_agency_kind(std::string_view text) {
  const std::string_view t = text::trim(text);
  for (const auto& info : agency_kinds())
    if (*info.key && (t == info.key || t == info.label)) return info.kind;
  for (const auto& alias : kKindAliases)
    if (t == alias.name) return alias.kind;
  return std::nullopt;
}

std::string agency_match_key(std::string_view agency) {
  std::string out;
  for (size_t at = 0; at < agency.size();) {
    const size_t start = at;
    const char32_t c = text::next(agency, at);
    if (!text::is_blank(c)) out.append(agency.substr(start, at - start));
  }
  return out;
}

ReportKey report_key(const Report& r) { return {agency_match_key(r.agency), r.year, r.scope}; }

// ---------------------------------------------------------------------------------------------
// roster

namespace {

/// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes, line breaks inside quotes),
/// each with the line it starts on.
std::vector<std::pair<int, std::vector<std::string>>> parse_csv(std::string_view s) {
  std::vector<std::pair<int, std::vector<std::string>>> records;
  std::vector<std::string> fields(1);
  bool quoted = false;
  int line = 1, record_line = 1;
  auto end_record = [&] {
    if (!(fields.size() == 1 && fields[0].empty())) records.emplace_back(record_line, std::move(fields));
    fields.assign(1, {});
    record_line = line;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') fields.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else {
        if (c == '\n') ++line;
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      fields.back() += c;
    }
  }
  end_record();
  return records;
}

}  // namespace

RosterResult parse_roster_csv(std::string_view s) {
  RosterResult res;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  if (!text::is_valid_utf8(s)) {
    res.error = "名单不是有效的 UTF-8 文本（GBK 编码的名单应先转换）";
    return res;
  }
  auto records = parse_csv(s);
  if (records.empty()) {
    res.error = "名单为空；第一行应为表头“机关名称,机关类型”，其后每行一个单位";
    return res;
  }
  const auto& header = records.front().second;
  if (std::string(text::trim(header[0])) != "机关名称") {
    res.error = "名单第 1 行应为表头“机关名称,机关类型”（机关类型一列可省略），实际为“" + header[0] + "”";
    return res;
  }
  std::map<std::string, int> line_of;
  for (size_t r = 1; r < records.size(); ++r) {
    const auto& [line, fields] = records[r];
    RosterEntry e;
    e.agency = std::string(text::trim(fields[0]));
    e.line = line;
    if (e.agency.empty()) {
      if (fields.size() < 2 || text::is_blank_text(fields[1])) continue;  // an empty row Excel left
      res.error = "名单第 " + std::to_string(line) + " 行缺少机关名称";
      return res;
    }
    if (fields.size() > 1 && !text::is_blank_text(fields[1])) {
      auto kind = parse_agency_kind(fields[1]);
      if (!kind) {
        res.error = "名单第 " + std::to_string(line) + " 行的机关类型“" + fields[1] + "”无法识别（可写 department、" +
                    "township 等，或“部门”“乡镇”“垂直管理”等中文名称）";
        return res;
      }
      e.kind = *kind;
    }
    auto [it, fresh] = line_of.emplace(agency_match_key(e.agency), line);
    if (!fresh) {
      res.error = "名单中“" + e.agency + "”出现两次（第 " + std::to_string(it->second) + " 行和第 " +
                  std::to_string(line) + " 行）";
      return res;
    }
    res.entries.push_back(std::move(e));
  }
  res.ok = true;
  return res;
}

// ---------------------------------------------------------------------------------------------
// run_batch

namespace {

void fill_deadline(const Report& r, BatchRow& row) {
  const std::optional<CalendarDate> deadline = publication_deadline(r);
  if (!deadline) return;
  row.deadline = deadline->iso();
  const std::optional<CalendarDate> published = parse_iso_date(r.published);
  if (!published) return;
  const long late = published->days_since_epoch() - deadline->days_since_epoch();
  row.days_late = late > 0 ? static_cast<int>(late) : 0;
}

}  // namespace

int BatchResult::status() const {
  int s = missing.empty() ? 0 : 1;
  for (const auto& row : rows) s = std::max(s, !row.error.empty() ? 2 : row.verdict.passes() ? 0 : 1);
  return s;
}

bool is_previous_of(const Report& last, const Report& now) {
  const std::string key = agency_match_key(now.agency);
  return !key.empty() && key == agency_match_key(last.agency) && now.year > 0 && last.year == now.year - 1 &&
         last.scope == now.scope;
}

void PreviousIndex::add(const BatchInput& in) {
  if (in.report) by_key_.emplace(report_key(*in.report), &in);
}

const BatchInput* PreviousIndex::find(const Report& r) const {
  if (r.year <= 0) return nullptr;
  auto it = by_key_.find(ReportKey{agency_match_key(r.agency), r.year - 1, r.scope});
  return it != by_key_.end() && is_previous_of(*it->second->report, r) ? it->second : nullptr;  // never two nameless
}

BatchRow check_batch_unit(const BatchInput& in, const BatchInput* previous) {
  BatchRow row;
  row.file = in.file;
  if (!in.report) {
    row.error = in.error.empty() ? "无法读取" : in.error;
    return row;
  }
  const Report& r = *in.report;
  row.agency = r.agency;
  row.year = r.year;
  row.format = std::string(format_name(r.format));
  row.scope = r.scope == ReportScope::Aggregate ? "aggregate" : "organ";
  row.kind = r.agency_kind;
  row.review = r.review.status;
  if (previous) row.previous = previous->file;
  // In a region's context: S1 (boilerplate) runs; S2 is found for all units at once by finish_batch.
  static const std::vector<const Report*> kRegion;
  row.findings = check_report(r, previous ? previous->report : nullptr, &kRegion);
  row.verdict = summarize(row.findings);
  fill_deadline(r, row);
  return row;
}

BatchResult finish_batch(std::vector<BatchRow> rows, const std::vector<BatchInput>& inputs,
                         const std::vector<RosterEntry>* roster) {
  BatchResult res;
  res.rows = std::move(rows);
  // The same agency's report of one year given twice (a page and its text, two drafts) is named.
  std::map<ReportKey, size_t> first_row;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].report) continue;
    auto [it, fresh] = first_row.emplace(report_key(*inputs[i].report), i);
    if (!fresh) res.rows[i].duplicate_of = inputs[it->second].file;
  }

  // 雷同 across units (S2): every readable report against every other of its year but its duplicates, through one index.
  std::vector<const Report*> readable;
  std::vector<size_t> row_of;
  for (size_t i = 0; i < inputs.size(); ++i)
    if (inputs[i].report) readable.push_back(inputs[i].report), row_of.push_back(i);
  for (const SimilarPair& pair : find_similar_units(readable))
    for (size_t self : {pair.a, pair.b}) res.rows[row_of[self]].findings.push_back(similar_unit_finding(pair, self, readable));
  for (BatchRow& row : res.rows) row.verdict = summarize(row.findings);

  if (!roster) return res;
  res.has_roster = true;
  std::set<std::string> listed, reported;
  for (const RosterEntry& e : *roster) listed.insert(agency_match_key(e.agency));
  for (BatchRow& row : res.rows) {
    if (!row.error.empty()) continue;
    const std::string key = agency_match_key(row.agency);
    row.on_roster = listed.count(key) > 0;
    if (!row.on_roster && reported.insert(key).second) res.unlisted.push_back(row.agency);
    reported.insert(key);
  }
  for (const RosterEntry& e : *roster)
    if (!reported.count(agency_match_key(e.agency))) res.missing.push_back(e.agency);
  return res;
}

BatchResult run_batch(const std::vector<BatchInput>& inputs, const std::vector<BatchInput>& previous,
                      const std::vector<RosterEntry>* roster,
                      const std::function<void(size_t, const std::function<void(size_t)>&)>& for_each) {
  // Last year's reports: --previous first, then the inputs (a folder of several years).
  PreviousIndex index;
  for (const auto* list : {&previous, &inputs})
    for (const BatchInput& in : *list) index.add(in);
  std::vector<BatchRow> rows(inputs.size());
  auto work = [&](size_t i) { rows[i] = check_batch_unit(inputs[i], inputs[i].report ? index.find(*inputs[i].report) : nullptr); };
  if (for_each)
    for_each(inputs.size(), work);
  else
    for (size_t i = 0; i < inputs.size(); ++i) work(i);
  return finish_batch(std::move(rows), inputs, roster);
}

// ---------------------------------------------------------------------------------------------
// outputs

namespace {

std::string verdict_text(const BatchRow& row) {
  if (!row.error.empty()) return "无法读取";
  if (row.review == "returned") return "已退回";
  return row.verdict.passes() ? "通过" : "有错误";
}

/// A column of the summary, and its CSS class on the summary page: "short" values on one line, "name" and
/// "note" given room, "path" wrapping anywhere.
struct SummaryColumn {
  const char* label;
  const char* css;
};
const SummaryColumn kColumns[] = {
    {"文件", "path"},  {"机关名称", "name"}, {"机关类型", "short"}, {"年度", "short"},         {"格式", "short"},
    {"范围", "short"}, {"结论", "short"},    {"错误", "short"},     {"提示", "short"},         {"上年报告", "path"},
    {"公开截止日期", "short"}, {"逾期天数", "short"}, {"审核", "short"}, {"在名单中", "short"}, {"说明", "note"}};

std::vector<std::string> row_fields(const BatchResult& res, const BatchRow& row) {
  const bool read = row.error.empty();
  return {row.file,
          row.agency,
          read ? agency_kind_info(row.kind).label : "",
          read && row.year ? std::to_string(row.year) : "",
          row.format,
          !read ? "" : row.scope == "aggregate" ? "汇总" : "本机关",
          verdict_text(row),
          read ? std::to_string(row.verdict.errors) : "",
          read ? std::to_string(row.verdict.warnings) : "",
          row.previous,
          row.deadline,
          read && row.days_late > 0 ? std::to_string(row.days_late) : "",
          std::string(review_status_label(row.review)),
          !res.has_roster || !read ? "" : row.on_roster ? "是" : "否",
          row.error.empty() && !row.duplicate_of.empty() ? "与 " + row.duplicate_of + " 为同一机关同一年度" : row.error};
}

std::vector<std::string> missing_fields(const std::string& agency) {
  std::vector<std::string> f(std::size(kColumns));
  f[1] = agency;
  f[6] = "未提交";
  f[13] = "是";
  f[14] = "名单中的单位未提交报告";
  return f;
}

std::string csv_field(const std::string& s) {
  // A field starting with = + - @ is quoted with a leading apostrophe so a spreadsheet never runs it as a formula.
  std::string v = !s.empty() && std::string_view("=+-@").find(s[0]) != std::string_view::npos ? "'" + s : s;
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void csv_line(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  out += "\r\n";
}

}  // namespace

std::string batch_count_line(const BatchResult& res) {
  size_t passed = 0, failed = 0, unreadable = 0;
  for (const BatchRow& row : res.rows) ++(!row.error.empty() ? unreadable : row.verdict.passes() ? passed : failed);
  return "共 " + std::to_string(res.rows.size()) + " 个文件：" + std::to_string(passed) + " 份通过，" + std::to_string(failed) +
         " 份有错误，" + std::to_string(unreadable) + " 份无法读取";
}

nlohmann::ordered_json batch_json(const BatchResult& res) {
  using ojson = nlohmann::ordered_json;
  ojson units = ojson::array();
  for (const BatchRow& row : res.rows) {
    ojson u = {{"file", row.file}};
    if (!row.error.empty()) {
      u["error"] = row.error;
      units.push_back(std::move(u));
      continue;
    }
    u["agency"] = row.agency;
    u["year"] = row.year ? ojson(row.year) : ojson(nullptr);
    u["format"] = row.format;
    u["scope"] = row.scope;
    u["errors"] = row.verdict.errors;
    u["warnings"] = row.verdict.warnings;
    u["previous"] = row.previous.empty() ? ojson(nullptr) : ojson(row.previous);
    u["agency_kind"] = agency_kind_info(row.kind).key;
    u["deadline"] = row.deadline.empty() ? ojson(nullptr) : ojson(row.deadline);
    u["days_late"] = row.days_late;
    u["review"] = row.review.empty() ? ojson(nullptr) : ojson(row.review);
    u["duplicate_of"] = row.duplicate_of.empty() ? ojson(nullptr) : ojson(row.duplicate_of);
    ojson findings = ojson::array();
    for (const Finding& f : row.findings) findings.push_back(f.to_json());
    u["findings"] = std::move(findings);
    units.push_back(std::move(u));
  }
  return {{"units", std::move(units)}, {"missing", res.missing}, {"unlisted", res.unlisted}};
}

std::string batch_csv(const BatchResult& res) {
  std::string out = "\xEF\xBB\xBF";
  std::vector<std::string> labels;
  for (const SummaryColumn& c : kColumns) labels.emplace_back(c.label);
  csv_line(out, labels);
  for (const BatchRow& row : res.rows) csv_line(out, row_fields(res, row));
  for (const std::string& agency : res.missing) csv_line(out, missing_fields(agency));
  return out;
}

namespace {

/// The folder every unit's file is in ("/data/2024/" for "/data/2024/a.json" and "/data/2024/b/c.json"); "" when
/// there is none, or only a root ("/", "./", "C:\\"), which would say nothing.
std::string common_folder(const BatchResult& res) {
  if (res.rows.empty()) return {};
  std::string prefix = res.rows.front().file;
  for (const BatchRow& row : res.rows) {
    size_t n = 0;
    while (n < prefix.size() && n < row.file.size() && prefix[n] == row.file[n]) ++n;
    prefix.resize(n);
  }
  const size_t slash = prefix.find_last_of("/\\");
  if (slash == std::string::npos) return {};
  const std::string_view inside = std::string_view(prefix).substr(0, slash);
  if (inside.empty() || inside == "." || (inside.size() == 2 && inside[1] == ':')) return {};
  return prefix.substr(0, slash + 1);
}

/// `row` with its paths relative to `folder` (the file, last year's, the duplicate; an error naming the file).
BatchRow relative_to(BatchRow row, const std::string& folder) {
  auto strip = [&](std::string& path) {
    if (!folder.empty() && path.rfind(folder, 0) == 0) path.erase(0, folder.size());
  };
  const std::string file = row.file;
  strip(row.file);
  strip(row.previous);
  strip(row.duplicate_of);
  if (row.error.rfind(file, 0) == 0) row.error = row.file + row.error.substr(file.size());
  return row;
}

}  // namespace

std::string batch_html(const BatchResult& res, std::string_view title) {
  // One line for short values; paths and names wrap where needed instead of squeezing the other columns.
  std::string out = html_page_start(html_escape(title),
                                    "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                                    "th,td{border:1px solid #999;padding:.25em .5em;vertical-align:top}"
                                    "th{background:#eee;white-space:nowrap}td.short{white-space:nowrap}"
                                    "td.path{overflow-wrap:anywhere;min-width:8em}td.name{min-width:7em}"
                                    "td.note{min-width:12em}"
                                    "tr.bad td{background:#fde8e8}tr.missing td{background:#fff3cd}");
  out += "<h1>" + html_escape(title) + "</h1>\n";
  const std::string folder = common_folder(res);
  if (!folder.empty()) out += "<p>文件位于 " + html_escape(folder) + "（下表中的路径相对于该文件夹）</p>\n";
  out += "<table>\n<thead><tr>";
  for (const SummaryColumn& c : kColumns) out += std::string("<th scope=\"col\">") + c.label + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  auto row_html = [&](const std::vector<std::string>& fields, const char* cls) {
    out += std::string("<tr") + (*cls ? std::string(" class=\"") + cls + "\"" : std::string()) + ">";
    for (size_t i = 0; i < fields.size(); ++i)
      out += std::string("<td class=\"") + kColumns[i].css + "\">" + html_escape(fields[i]) + "</td>";
    out += "</tr>\n";
  };
  for (const BatchRow& row : res.rows)
    row_html(row_fields(res, relative_to(row, folder)), verdict_text(row) == "通过" ? "" : "bad");
  for (const std::string& agency : res.missing) row_html(missing_fields(agency), "missing");
  out += "</tbody></table>\n<p>" + html_escape(batch_count_line(res)) +
         (res.has_roster ? "；名单中未提交 " + std::to_string(res.missing.size()) + " 个单位，不在名单中 " +
                               std::to_string(res.unlisted.size()) + " 个"
                         : std::string()) +
         "。</p>\n</body></html>\n";
  return out;
}

}  // namespace nianbao
