// format.cpp — builds the 2019 and 2021 format definitions (labels verbatim from the templates).
//
// Index
//   Builder ............ appends cells and grid rows while keeping codes and indices in step
//   table2_2019/2021 ... 主动公开 blocks
//   table3 ............. 收到和处理申请 (rows from label paths; spans derived from the paths)
//   table4 ............. 行政复议、行政诉讼 (same in both formats)
//   make_format ........ sections, tables, code index
#include "nianbao/format.h"

#include <iterator>
#include <stdexcept>

namespace nianbao {

namespace {

constexpr auto C = ValueKind::Count, S = ValueKind::SignedCount, A = ValueKind::Amount;

// The format registry: one row per FormatVersion, in enum order (model: Dear ImGui's per-enum tables).
const FormatInfo kFormatInfos[] = {
    {FormatVersion::v2019, "2019", "国办公开办函〔2019〕60号", "2019 年试行格式", 2019, "（文字描述）",
     {{"第二十条第（一）项", {{"rules", "规章"}, {"normative", "规范性文件"}},
       {{"made", "本年新制作数量", C, ""}, {"published", "本年新公开数量", C, ""}, {"total", "对外公开总数量", C, ""}}},
      {"第二十条第（五）项", {{"license", "行政许可"}, {"services", "其他对外管理服务事项"}},
       {{"prev", "上一年项目数量", C, ""}, {"delta", "本年增/减", S, ""}, {"decisions", "处理决定数量", C, ""}}},
      {"第二十条第（六）项", {{"penalty", "行政处罚"}, {"coercion", "行政强制"}},
       {{"prev", "上一年项目数量", C, ""}, {"delta", "本年增/减", S, ""}, {"decisions", "处理决定数量", C, ""}}},
      {"第二十条第（八）项", {{"fees", "行政事业性收费"}}, {{"prev", "上一年项目数量", C, ""}, {"delta", "本年增/减", S, ""}}},
      {"第二十条第（九）项", {{"procurement", "政府集中采购"}},
       {{"count", "采购项目数量", C, ""}, {"amount", "采购总金额", A, ""}}}},
     {},
     "other",
     "（六）其他处理"},
    {FormatVersion::v2021, "2021", "国办公开办函〔2021〕30号", "2021 年格式", 2021,
     "（文字描述，收取信息处理费情况在此处报告。）",
     {{"第二十条第（一）项", {{"rules", "规章"}, {"normative", "行政规范性文件"}},
       {{"issued", "本年制发件数", C, ""}, {"repealed", "本年废止件数", C, ""}, {"in_force", "现行有效件数", C, ""}}},
      {"第二十条第（五）项", {{"license", "行政许可"}}, {{"decisions", "本年处理决定数量", C, ""}}},
      {"第二十条第（六）项", {{"penalty", "行政处罚"}, {"coercion", "行政强制"}}, {{"decisions", "本年处理决定数量", C, ""}}},
      {"第二十条第（八）项", {{"fees", "行政事业性收费"}}, {{"amount", "本年收费金额（单位：万元）", A, "万元"}}}},
     {"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"},
     "other.3",
     "（六）其他处理 3.其他"},
};
static_assert(std::size(kFormatInfos) == kFormatCount, "one FormatInfo row per FormatVersion");

constexpr const char* kColumnNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

GridCell label_cell(GridRole role, std::string text, int row_span = 1, int col_span = 1) {
  GridCell c;
  c.role = role;
  c.label = std::move(text);
  c.row_span = row_span;
  c.col_span = col_span;
  return c;
}

class Builder {
 public:
  explicit Builder(FormatDef& f) : f_(f) {}

  GridCell data(std::string code, int table, ValueKind kind, std::string row_label, std::string column_label,
                int col_span = 1, std::string unit = {}) {
    CellDef d;
    d.code = std::move(code);
    d.table = table;
    d.kind = kind;
    d.row_label = std::move(row_label);
    d.column_label = std::move(column_label);
    d.unit = std::move(unit);
    f_.cells.push_back(std::move(d));
    GridCell c;
    c.role = GridRole::Data;
    c.cell = static_cast<int>(f_.cells.size()) - 1;
    c.col_span = col_span;
    return c;
  }

 private:
  FormatDef& f_;
};

/// A block of table 二: title row, "信息内容" header row, then one row per item. A single column spans the
/// remaining 3 grid columns; with two, the last one spans 2 (as in the templates).
void table2_block(Builder& b, TableDef& t, const Table2Block& block) {
  t.rows.push_back({label_cell(GridRole::BlockTitle, block.title, 1, 4)});
  std::vector<GridCell> header{label_cell(GridRole::ColumnHeader, "信息内容")};
  const int n = static_cast<int>(block.columns.size());
  auto span = [n](int i) { return (i == n - 1) ? 3 - (n - 1) : 1; };
  for (int i = 0; i < n; ++i)
    header.push_back(label_cell(GridRole::ColumnHeader, block.columns[static_cast<size_t>(i)].label, 1, span(i)));
  t.rows.push_back(std::move(header));
  for (const auto& item : block.items) {
    std::vector<GridCell> row{label_cell(GridRole::RowHeader, item.label)};
    for (int i = 0; i < n; ++i) {
      const Table2Block::Column& c = block.columns[static_cast<size_t>(i)];
      row.push_back(b.data(std::string("t2.") + item.key + "." + c.suffix, 2, c.kind, item.label, c.label, span(i),
                           c.unit));
    }
    t.rows.push_back(std::move(row));
  }
}

TableDef table2(Builder& b, FormatVersion v) {
  TableDef t;
  t.number = 2;
  t.grid_columns = 4;
  t.header_rows = 0;
  for (const auto& block : format_info(v).table2) table2_block(b, t, block);
  return t;
}

std::vector<Table3Row> table3_rows(FormatVersion v) {
  const std::string R = "三、本年度办理结果";
  std::vector<Table3Row> rows;
  rows.push_back({"new", {"一、本年新收政府信息公开申请数量"}, false});
  rows.push_back({"carried", {"二、上年结转政府信息公开申请数量"}, false});
  rows.push_back({"granted", {R, "（一）予以公开"}, true});
  rows.push_back({"partial", {R, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"}, true});
  auto group = [&](const char* key, const char* label, std::vector<const char*> items) {
    for (size_t i = 0; i < items.size(); ++i)
      rows.push_back({std::string(key) + "." + std::to_string(i + 1), {R, label, items[i]}, true});
  };
  group("denied", "（三）不予公开",
        {"1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
         "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"});
  group("unable", "（四）无法提供",
        {"1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"});
  group("refused", "（五）不予处理",
        {"1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
         "5.要求行政机关确认或重新出具已获取信息"});
  if (const auto& items = format_info(v).other_handling; !items.empty())
    group("other", "（六）其他处理", items);
  else
    rows.push_back({"other", {R, "（六）其他处理"}, true});
  rows.push_back({"total", {R, "（七）总计"}, false});
  rows.push_back({"forward", {"四、结转下年度继续办理"}, false});
  return rows;
}

std::string join_path(const std::vector<std::string>& path) {
  // "三、本年度办理结果" + "（四）无法提供" + "1.本机关…" → "三（四）无法提供 1.本机关…"
  if (path.size() == 1) return path[0];
  std::string out = path[0].substr(0, path[0].find("、"));  // "三"
  for (size_t i = 1; i < path.size(); ++i) {
    if (i > 1) out += " ";
    out += path[i];
  }
  return out;
}

TableDef table3(Builder& b, FormatDef& f) {
  TableDef t;
  t.number = 3;
  t.grid_columns = 10;
  t.header_rows = 3;
  t.rows.push_back({label_cell(GridRole::ColumnHeader, kColumnNote, 3, 3),
                    label_cell(GridRole::ColumnHeader, "申请人情况", 1, 7)});
  t.rows.push_back({label_cell(GridRole::ColumnHeader, "自然人", 2, 1),
                    label_cell(GridRole::ColumnHeader, "法人或其他组织", 1, 5),
                    label_cell(GridRole::ColumnHeader, "总计", 2, 1)});
  std::vector<GridCell> h3;
  for (int c = 1; c <= 5; ++c) h3.push_back(label_cell(GridRole::ColumnHeader, f.t3_columns[c].label));
  t.rows.push_back(std::move(h3));

  // Label cells: a label that repeats the one above (same parent) is covered by that one's rowspan.
  const auto& rows = f.t3_rows;
  for (size_t r = 0; r < rows.size(); ++r) {
    std::vector<GridCell> out;
    const auto& path = rows[r].path;
    for (size_t d = 0; d < path.size(); ++d) {
      bool continues = r > 0 && rows[r - 1].path.size() > d + 1 && d + 1 < path.size() &&
                       std::equal(path.begin(), path.begin() + d + 1, rows[r - 1].path.begin());
      if (continues) continue;
      int span = 1;
      if (d + 1 < path.size()) {
        for (size_t k = r + 1; k < rows.size(); ++k) {
          const auto& p = rows[k].path;
          if (p.size() > d + 1 && std::equal(path.begin(), path.begin() + d + 1, p.begin()))
            ++span;
          else
            break;
        }
      }
      int col_span = (d + 1 == path.size()) ? static_cast<int>(3 - d) : 1;
      out.push_back(label_cell(GridRole::RowHeader, path[d], span, col_span));
    }
    for (const auto& col : f.t3_columns)
      out.push_back(b.data("t3." + rows[r].key + "." + col.key, 3, ValueKind::Count, join_path(path), col.label));
    t.rows.push_back(std::move(out));
  }
  return t;
}

TableDef table4(Builder& b) {
  TableDef t;
  t.number = 4;
  t.grid_columns = 15;
  t.header_rows = 3;
  t.rows.push_back({label_cell(GridRole::ColumnHeader, "行政复议", 1, 5),
                    label_cell(GridRole::ColumnHeader, "行政诉讼", 1, 10)});
  std::vector<GridCell> h2;
  for (const char* r : Table4Axes::result_labels) h2.push_back(label_cell(GridRole::ColumnHeader, r, 2, 1));
  h2.push_back(label_cell(GridRole::ColumnHeader, Table4Axes::group_labels[1], 1, 5));
  h2.push_back(label_cell(GridRole::ColumnHeader, Table4Axes::group_labels[2], 1, 5));
  t.rows.push_back(std::move(h2));
  std::vector<GridCell> h3;
  for (int g = 0; g < 2; ++g)
    for (const char* r : Table4Axes::result_labels) h3.push_back(label_cell(GridRole::ColumnHeader, r));
  t.rows.push_back(std::move(h3));
  std::vector<GridCell> data;
  for (int g = 0; g < 3; ++g)
    for (int r = 0; r < 5; ++r)
      data.push_back(b.data(std::string("t4.") + Table4Axes::groups[g] + "." + Table4Axes::results[r], 4,
                            ValueKind::Count, Table4Axes::group_labels[g], Table4Axes::result_labels[r]));
  t.rows.push_back(std::move(data));
  return t;
}

FormatDef make_format(FormatVersion v) {
  FormatDef f;
  f.version = v;
  f.notice = format_info(v).notice;
  f.column_note = kColumnNote;
  f.sections = {
      {"overview", "一、总体情况", SectionKind::Narrative, 0, "（文字描述）"},
      {"table2", "二、主动公开政府信息情况", SectionKind::Table, 2, ""},
      {"table3", "三、收到和处理政府信息公开申请情况", SectionKind::Table, 3, ""},
      {"table4", "四、政府信息公开行政复议、行政诉讼情况", SectionKind::Table, 4, ""},
      {"problems", "五、存在的主要问题及改进情况", SectionKind::Narrative, 0, "（文字描述）"},
      {"other", "六、其他需要报告的事项", SectionKind::Narrative, 0,
       format_info(v).other_placeholder},
  };
  f.t3_columns = {{"natural", "自然人"},   {"business", "商业企业"},   {"research", "科研机构"},
                  {"nonprofit", "社会公益组织"}, {"legal", "法律服务机构"}, {"other", "其他"},
                  {"total", "总计"}};
  f.t3_rows = table3_rows(v);
  Builder b(f);
  f.tables.push_back(table2(b, v));
  f.tables.push_back(table3(b, f));
  f.tables.push_back(table4(b));
  for (size_t i = 0; i < f.cells.size(); ++i) f.code_index.emplace(f.cells[i].code, static_cast<int>(i));
  return f;
}

}  // namespace

int FormatDef::cell_index(std::string_view code) const {
  auto it = code_index.find(std::string(code));
  return it == code_index.end() ? -1 : it->second;
}

const TableDef& FormatDef::table(int number) const {
  for (const auto& t : tables)
    if (t.number == number) return t;
  throw std::out_of_range("no such table");
}

int FormatDef::t3_cell(std::string_view row, std::string_view column) const {
  std::string code = "t3.";
  code.append(row).append(".").append(column);
  return cell_index(code);
}

const SectionDef* FormatDef::section(std::string_view key) const {
  for (const auto& s : sections)
    if (s.key == key) return &s;
  return nullptr;
}

const FormatInfo& format_info(FormatVersion v) { return kFormatInfos[static_cast<size_t>(v)]; }

const std::vector<FormatVersion>& all_formats() {
  static const std::vector<FormatVersion> all = [] {
    std::vector<FormatVersion> out;
    for (const auto& info : kFormatInfos) out.push_back(info.version);
    return out;
  }();
  return all;
}

std::string_view format_name(FormatVersion v) { return format_info(v).name; }

std::string format_names() {
  std::string out;
  for (const auto& info : kFormatInfos) out += (out.empty() ? "" : "、") + std::string(info.name);
  return out;
}

std::optional<FormatVersion> parse_format_name(std::string_view s) {
  for (const auto& info : kFormatInfos)
    if (s == info.name) return info.version;
  return std::nullopt;
}

FormatVersion format_for_year(int year) {
  FormatVersion chosen = kFormatInfos[0].version;
  for (const auto& info : kFormatInfos)
    if (year == 0 || year >= info.first_year) chosen = info.version;
  return chosen;
}

const FormatDef& format_def(FormatVersion v) {
  static const std::vector<FormatDef> defs = [] {
    std::vector<FormatDef> out;
    for (FormatVersion f : all_formats()) out.push_back(make_format(f));
    return out;
  }();
  return defs[static_cast<size_t>(v)];
}

}  // namespace nianbao
