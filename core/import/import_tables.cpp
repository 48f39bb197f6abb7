// import_tables.cpp — tables 二/三/四 from the working text (see import_tables.h).
//
// Index
//   TableRows ............ the data rows of a table from FormatDef (label, cells, identities)
//   locate_rows .......... row labels in order; each row's figures run to the next row's label
//   resolve_table3 ....... choosing among row readings with the column identities of table 三
//   store_row ............ writing a reading into the report, with its log lines
//   read_table ........... the whole
#include "import/import_tables.h"

#include <algorithm>
#include <set>

#include "import/digit_split.h"

namespace nianbao::import {

namespace {

constexpr size_t kMaxCombinations = 200000;

struct TableRow {
  std::string label;              ///< leaf row label ("" for table 四's single data row)
  std::vector<int> cells;         ///< FormatDef cell indices, in reading order
  std::vector<ValueKind> kinds;
  std::vector<Identity> identities;
  std::string t3_key;             ///< table 三 row key ("new", "denied.1", …)
  bool t3_outcome = false;
};

struct TableRows {
  std::vector<TableRow> rows;
  std::vector<std::string> header_labels;  ///< labels before the first data row (reading order)
  std::vector<U32> context;                ///< every non-data label of the table (normalised)
};

bool ends_with(const std::string& s, const char* suffix) {
  size_t n = std::char_traits<char>::length(suffix);
  return s.size() >= n && s.compare(s.size() - n, n, suffix) == 0;
}

TableRows table_rows(const FormatDef& def, int number) {
  TableRows out;
  const TableDef& t = def.table(number);
  size_t t3_row = 0;
  for (const auto& grid_row : t.rows) {
    TableRow row;
    for (const auto& g : grid_row) {
      if (g.role == GridRole::Data) {
        row.cells.push_back(g.cell);
        row.kinds.push_back(def.cells[g.cell].kind);
      } else {
        if (g.role == GridRole::RowHeader) row.label = g.label;
        out.context.push_back(normalize_label(g.label));
        if (out.rows.empty() && row.cells.empty()) out.header_labels.push_back(g.label);
      }
    }
    if (row.cells.empty()) continue;
    // Tables 三 and 四: a cell coded "….total" is the sum of the cells since the previous total.
    if (number != 2) {
      int first = 0;
      for (size_t i = 0; i < row.cells.size(); ++i) {
        if (!ends_with(def.cells[row.cells[i]].code, ".total")) continue;
        Identity id;
        for (int k = first; k < static_cast<int>(i); ++k) id.parts.push_back(k);
        id.total = static_cast<int>(i);
        row.identities.push_back(id);
        first = static_cast<int>(i) + 1;
      }
    }
    if (number == 3 && t3_row < def.t3_rows.size()) {
      row.t3_key = def.t3_rows[t3_row].key;
      row.t3_outcome = def.t3_rows[t3_row].is_outcome;
      ++t3_row;
    }
    out.rows.push_back(std::move(row));
  }
  for (const auto& r : out.rows)
    if (!r.label.empty()) out.context.push_back(normalize_label(r.label));
  out.context.push_back(normalize_label(def.column_note));
  return out;
}

std::string join_values(const RowCandidate& c) {
  std::string s;
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) s += " | ";
    if (!c[i].value.filled)
      s += "空";
    else
      s += c[i].value.amount.empty() ? std::to_string(c[i].value.count) : c[i].value.amount;
  }
  return s;
}

std::string join_written(const std::vector<ValueToken>& tokens) {
  std::string s;
  for (const auto& t : tokens) {
    if (!s.empty()) s += " ";
    s += t.kind == ValueToken::Kind::Blank ? "（空）" : t.written;
  }
  return s;
}

/// Located row: its figures and the text after them.
struct RowRead {
  bool found = false;
  std::vector<ValueToken> values;
  RowSplit split;
  int chosen = -1;           ///< index into split.candidates, -1 when none is certain
  bool by_table = false;     ///< chosen through the column identities of the table
  bool forced = false;       ///< the digits admit one cut only (no leading zeros), no arithmetic needed
  U32 label_note;            ///< parenthetical appended to the label in the text
};

// Column identities of table 三 (format-spec §4): 一 + 二 = （七） + 四 and Σ outcome rows = （七）.
bool table3_columns_hold(const std::vector<const TableRow*>& rows, const std::vector<const RowCandidate*>& pick) {
  auto find = [&](const char* key) -> const RowCandidate* {
    for (size_t i = 0; i < rows.size(); ++i)
      if (rows[i]->t3_key == key) return pick[i];
    return nullptr;
  };
  const RowCandidate* nw = find("new");
  const RowCandidate* carried = find("carried");
  const RowCandidate* total = find("total");
  const RowCandidate* forward = find("forward");
  const size_t columns = rows.empty() ? 0 : rows[0]->cells.size();
  for (size_t c = 0; c < columns; ++c) {
    auto val = [&](const RowCandidate* r, int64_t& v) {
      if (!r || !(*r)[c].value.filled) return false;
      v = (*r)[c].value.count;
      return true;
    };
    int64_t a, b, t, f;
    if (val(nw, a) && val(carried, b) && val(total, t) && val(forward, f) && a + b != t + f) return false;
    int64_t sum = 0;
    bool all = val(total, t);
    for (size_t i = 0; i < rows.size() && all; ++i) {
      if (!rows[i]->t3_outcome) continue;
      int64_t v;
      all = val(pick[i], v);
      sum += all ? v : 0;
    }
    if (all && sum != t) return false;
  }
  return true;
}

/// Among rows with several readings, keeps the combinations that satisfy the column identities.
void resolve_table3(const TableRows& tr, std::vector<RowRead>& reads) {
  std::vector<size_t> open;
  size_t combos = 1;
  for (size_t i = 0; i < reads.size(); ++i) {
    const auto& r = reads[i];
    if (r.chosen < 0 && !r.split.truncated && r.split.candidates.size() > 1) {
      open.push_back(i);
      combos *= r.split.candidates.size();
      if (combos > kMaxCombinations) return;
    }
  }
  if (open.empty()) return;
  std::vector<const TableRow*> rows;
  std::vector<const RowCandidate*> pick(reads.size(), nullptr);
  for (size_t i = 0; i < reads.size(); ++i) {
    rows.push_back(&tr.rows[i]);
    if (reads[i].chosen >= 0) pick[i] = &reads[i].split.candidates[reads[i].chosen];
  }
  std::vector<std::set<int>> seen(open.size());
  size_t survivors = 0;
  std::vector<int> idx(open.size(), 0);
  for (size_t n = 0; n < combos; ++n) {
    size_t rest = n;
    for (size_t k = 0; k < open.size(); ++k) {
      size_t count = reads[open[k]].split.candidates.size();
      idx[k] = static_cast<int>(rest % count);
      rest /= count;
      pick[open[k]] = &reads[open[k]].split.candidates[idx[k]];
    }
    if (!table3_columns_hold(rows, pick)) continue;
    ++survivors;
    for (size_t k = 0; k < open.size(); ++k) seen[k].insert(idx[k]);
  }
  if (survivors == 0) return;  // the table contradicts itself: no reading is certain
  for (size_t k = 0; k < open.size(); ++k) {
    if (seen[k].size() != 1) continue;
    reads[open[k]].chosen = *seen[k].begin();
    reads[open[k]].by_table = true;
  }
}

void add(std::vector<ImportLogEntry>& log, ImportLevel level, std::string subject, std::string message) {
  log.push_back({level, std::move(subject), std::move(message)});
}

std::string table_name(int number) { return number == 2 ? "表二" : number == 3 ? "表三" : "表四"; }

/// The row's label, or for table 四's unlabelled row its groups ("行政复议、未经复议直接起诉、复议后起诉").
std::string row_subject(const FormatDef& def, const TableRow& row) {
  if (!row.label.empty()) return row.label;
  std::string s;
  for (int c : row.cells) {
    const std::string& g = def.cells[c].row_label;
    if (s.find(g) != std::string::npos) continue;
    s += (s.empty() ? "" : "、") + g;
  }
  return s;
}

void store_row(const FormatDef& def, int number, const TableRow& row, const RowRead& read, const std::string& header_unit,
               Report& report, std::vector<ImportLogEntry>& log) {
  const std::string subject = row_subject(def, row);
  const std::string where = table_name(number) + "“" + subject + "”";
  if (!read.found) {
    add(log, ImportLevel::Unread, subject, where + "：原文中未找到此行，各格留空");
    return;
  }
  if (!read.label_note.empty())
    add(log, ImportLevel::Info, subject, where + "：行名后附注“" + to_utf8(read.label_note) + "”，按本行导入");
  if (read.chosen < 0) {
    const auto& c = read.split.candidates;
    if (read.values.empty()) {
      add(log, ImportLevel::Unread, subject, where + "：未读到数字，各格留空");
    } else if (c.size() > 1 || read.split.truncated) {
      std::string msg = where + "：“" + join_written(read.values) + "”";
      if (c.size() >= 2 && !read.split.truncated)
        msg += "有" + std::to_string(c.size()) + "种拆分都说得通（如 " + join_values(c[0]) + "；" + join_values(c[1]) + "）";
      else
        msg += "可拆分的方式太多，无法确定";
      msg += "，各格留空，请按原件填写";
      add(log, ImportLevel::Ambiguous, subject, msg);
    } else {
      add(log, ImportLevel::Unread, subject,
          where + "：“" + join_written(read.values) + "”与本行 " + std::to_string(row.cells.size()) +
              " 格对不上（数目或合计不符），各格留空");
    }
    return;
  }
  const RowCandidate& pick = read.split.candidates[read.chosen];
  if (read.forced) {
    add(log, ImportLevel::Info, subject,
        where + "：“" + join_written(read.values) + "”只有一种拆法（数字不以 0 开头），读作 " + join_values(pick));
  } else if (!read.split.direct) {
    std::string how = read.by_table ? "按本表各列勾稽关系" : "按本行合计";
    bool solved = std::any_of(pick.begin(), pick.end(), [](const SplitCell& s) { return s.solved; });
    std::string msg = where + "：“" + join_written(read.values) + "”" + how + "读作 " + join_values(pick);
    if (solved) msg += "（原文少一格，缺的一格由合计推算）";
    add(log, ImportLevel::Inferred, subject, msg);
  }
  for (int i : read.split.unreadable)
    add(log, ImportLevel::Unread, def.cells[row.cells[i]].code,
        where + "：“" + read.values[i].written + "”不是" + def.cells[row.cells[i]].column_label + "可取的数值，此格留空");
  for (size_t i = 0; i < row.cells.size(); ++i) {
    const CellDef& cd = def.cells[row.cells[i]];
    const SplitCell& s = pick[i];
    report.cells[row.cells[i]] = s.value;
    if (s.zero_word)
      add(log, ImportLevel::Info, cd.code, "原文写作“" + s.written + "”，按 0 导入");
    else if (!s.written.empty() && read.split.direct)
      add(log, ImportLevel::Info, cd.code, "原文写作“" + s.written + "”，按 " + std::to_string(s.value.count) + " 导入");
    if (cd.kind != ValueKind::Amount || !s.value.filled) continue;
    std::string unit = s.unit.empty() ? header_unit : s.unit;
    if (cd.unit.empty()) {
      if (!unit.empty()) {
        report.set_unit(cd.code, unit);
        add(log, ImportLevel::Info, cd.code, "金额单位按原文记为“" + unit + "”");
      }
    } else if (!unit.empty() && unit != cd.unit) {
      add(log, ImportLevel::Warning, cd.code,
          "原文单位为“" + unit + "”，模板单位为“" + cd.unit + "”；已按原文数字保留，请核对是否需要换算");
    }
  }
}

}  // namespace

void read_table(int number, const NormText& nt, const U32& source, size_t begin, size_t end, Report& report,
                std::vector<ImportLogEntry>& log) {
  const FormatDef& def = report.def();
  const TableRows tr = table_rows(def, number);
  const U32& norm = nt.norm;
  end = std::min(end, norm.size());
  auto src_after = [&](size_t norm_end) { return norm_end == 0 ? 0 : nt.pos[norm_end - 1] + 1; };
  auto src_at = [&](size_t norm_i) { return nt.source_at(norm_i, source.size()); };

  // Where the figures of a label-less row begin: after the column headers, found in order.
  size_t header_end = begin;
  for (const auto& h : tr.header_labels) {
    LabelHit hit = find_label(norm, header_end, end, normalize_label(h));
    if (hit.found()) header_end = hit.end;
  }

  std::vector<LabelHit> hits(tr.rows.size());
  size_t cur = begin;
  for (size_t i = 0; i < tr.rows.size(); ++i) {
    if (tr.rows[i].label.empty()) {
      hits[i].begin = hits[i].end = std::max(cur, header_end);
    } else {
      hits[i] = find_label(norm, cur, end, normalize_label(tr.rows[i].label));
    }
    if (hits[i].found()) cur = hits[i].end;
  }

  std::vector<RowRead> reads(tr.rows.size());
  for (size_t i = 0; i < tr.rows.size(); ++i) {
    if (!hits[i].found()) continue;
    RowRead& rr = reads[i];
    rr.found = true;
    rr.label_note = hits[i].note;
    size_t next = end;
    for (size_t k = i + 1; k < tr.rows.size(); ++k)
      if (hits[k].found() && !tr.rows[k].label.empty()) {
        next = hits[k].begin;
        break;
      }
    const size_t sb = src_after(hits[i].end), se = std::max(sb, src_at(next));
    std::u32string_view segment = std::u32string_view(source).substr(sb, se - sb);
    std::vector<ValueToken> tokens = tokenize_values(segment);
    size_t text_from = tokens.size();
    for (size_t k = 0; k < tokens.size(); ++k)
      if (tokens[k].kind == ValueToken::Kind::Text) {
        text_from = k;
        break;
      }
    rr.values.assign(tokens.begin(), tokens.begin() + text_from);
    // Surplus blank cells around a row's figures in HTML belong to spacer columns, not to this row.
    auto blank = [](const ValueToken& v) { return v.kind == ValueToken::Kind::Blank; };
    while (rr.values.size() > tr.rows[i].cells.size() && blank(rr.values.front())) rr.values.erase(rr.values.begin());
    while (rr.values.size() > tr.rows[i].cells.size() && blank(rr.values.back())) rr.values.pop_back();
    if (text_from < tokens.size()) {
      size_t tail_start = text_from == 0 ? 0 : tokens[text_from - 1].end;
      U32 tail = U32(segment.substr(tail_start));
      U32 rest = strip_known_labels(normalize(tail).norm, tr.context);
      if (!rest.empty()) {
        U32 shown = normalize(tail).norm.substr(0, 60);
        add(log, ImportLevel::UnknownLabel, to_utf8(shown),
            table_name(number) + "中“" + row_subject(def, tr.rows[i]) + "”之后有模板中没有的内容“" + to_utf8(shown) +
                "”，未导入");
      }
    }
    rr.split = split_row(rr.values, tr.rows[i].kinds, tr.rows[i].identities);
    if (rr.split.candidates.size() == 1 && !rr.split.truncated) {
      rr.chosen = 0;
      rr.forced = !rr.split.direct && split_row(rr.values, tr.rows[i].kinds, {}).candidates.size() == 1;
    }
  }
  if (number == 3) resolve_table3(tr, reads);

  for (size_t i = 0; i < tr.rows.size(); ++i) {
    // Unit written in the column header of an amount cell whose template prints none ("采购总金额（单位：万元）").
    std::string header_unit;
    for (int c : tr.rows[i].cells) {
      const CellDef& cd = def.cells[c];
      if (cd.kind != ValueKind::Amount || !cd.unit.empty() || !hits[i].found()) continue;
      LabelHit h = find_label(norm, begin, hits[i].begin, normalize_label(cd.column_label));
      std::string note = to_utf8(h.note);
      if (note.find("万元") != std::string::npos)
        header_unit = "万元";
      else if (note.find("元") != std::string::npos)
        header_unit = "元";
    }
    store_row(def, number, tr.rows[i], reads[i], header_unit, report, log);
  }
}

}  // namespace nianbao::import
