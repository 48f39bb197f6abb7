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
#include <limits>
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
  const TableDef* table = def.table(number);
  if (!table) return out;
  const TableDef& t = *table;
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
  bool breaks_row = false;   ///< forced although the row's own identities then fail: the checker reports them
  size_t table_readings = 0; ///< left open: readings of the whole table that fit its identities equally well
  U32 label_note;            ///< parenthetical appended to the label in the text
  U32 label_written;         ///< the label as written when it is a variant or typo of the official one
};

// Column identities of table 三 (format-spec §4): 一 + 二 = （七） + 四 and Σ outcome rows = （七）.
// Returns how many of them fail (those whose cells are all filled), for every column.
int table3_column_failures(const std::vector<const TableRow*>& rows, const std::vector<const RowCandidate*>& pick) {
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
  int failures = 0;
  for (size_t c = 0; c < columns; ++c) {
    auto val = [&](const RowCandidate* r, int64_t& v) {
      if (!r || !(*r)[c].value.filled) return false;
      v = (*r)[c].value.count;
      return true;
    };
    int64_t a, b, t, f;
    if (val(nw, a) && val(carried, b) && val(total, t) && val(forward, f) && a + b != t + f) ++failures;
    int64_t sum = 0;
    bool all = val(total, t);
    for (size_t i = 0; i < rows.size() && all; ++i) {
      if (!rows[i]->t3_outcome) continue;
      int64_t v;
      all = val(pick[i], v);
      sum += all ? v : 0;
    }
    if (all && sum != t) ++failures;
  }
  return failures;
}

/// Rows with several readings are settled together: every combination of their readings is scored by the
/// identities it breaks (each row's own sums and the columns' identities), and a row whose reading is the
/// same in every best-scoring combination takes it. Usually the best score is 0; a table with a published
/// error still settles the rows the error does not touch. A row still open learns how many combinations tie.
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
    if (reads[i].chosen >= 0) pick[i] = &reads[i].split.candidates[static_cast<size_t>(reads[i].chosen)];
  }
  // Each open row's readings, scored by the row's own identities once.
  std::vector<std::vector<int>> row_failures(open.size());
  for (size_t k = 0; k < open.size(); ++k)
    for (const auto& c : reads[open[k]].split.candidates)
      row_failures[k].push_back(identities_hold(c, tr.rows[open[k]].identities) ? 0 : 1);
  std::vector<std::set<int>> seen(open.size());
  int best = std::numeric_limits<int>::max();
  size_t ties = 0;
  std::vector<int> idx(open.size(), 0);
  for (size_t n = 0; n < combos; ++n) {
    size_t rest = n;
    int score = 0;
    for (size_t k = 0; k < open.size(); ++k) {
      size_t count = reads[open[k]].split.candidates.size();
      idx[k] = static_cast<int>(rest % count);
      rest /= count;
      pick[open[k]] = &reads[open[k]].split.candidates[static_cast<size_t>(idx[k])];
      score += row_failures[k][static_cast<size_t>(idx[k])];
    }
    if (score > best) continue;
    score += table3_column_failures(rows, pick);
    if (score > best) continue;
    if (score < best) {
      best = score;
      ties = 0;
      for (auto& s : seen) s.clear();
    }
    ++ties;
    for (size_t k = 0; k < open.size(); ++k) seen[k].insert(idx[k]);
  }
  for (size_t k = 0; k < open.size(); ++k) {
    RowRead& r = reads[open[k]];
    if (seen[k].size() != 1) {
      r.table_readings = ties;
      continue;
    }
    r.chosen = *seen[k].begin();
    r.by_table = true;
    r.breaks_row = row_failures[k][static_cast<size_t>(r.chosen)] != 0;
  }
}

/// A page number glued to the end of a row by a PDF viewer ("… 0 2 -2-", "… 3 — 4 —"): removes it from
/// `values` and returns it as written; "" when the row does not end in one.
std::string strip_page_number(std::vector<ValueToken>& values) {
  auto dash = [](const ValueToken& t) {
    return t.kind == ValueToken::Kind::ZeroWord && t.written.find('/') == std::string::npos &&
           t.written.find("无") == std::string::npos;
  };
  auto number = [](const ValueToken& t, bool negative) {
    return t.kind == ValueToken::Kind::Number && !t.worded && t.unit.empty() && (t.number[0] == '-') == negative &&
           t.number.find('.') == std::string::npos && t.number.size() <= (negative ? 5u : 4u);
  };
  const size_t n = values.size();
  size_t drop = 0;
  if (n >= 2 && number(values[n - 2], true) && dash(values[n - 1]))
    drop = 2;  // "-2-", "-3 -"
  else if (n >= 3 && dash(values[n - 3]) && number(values[n - 2], false) && dash(values[n - 1]))
    drop = 3;  // "— 2 —"
  if (drop == 0) return {};
  std::string written;
  for (size_t k = n - drop; k < n; ++k) written += values[k].written;
  values.resize(n - drop);
  return written;
}

void add(std::vector<ImportLogEntry>& log, ImportLevel level, std::string subject, std::string message,
         std::vector<std::string> unread = {}) {
  log.push_back({level, std::move(subject), std::move(message), std::move(unread)});
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
  std::vector<std::string> row_codes;
  for (int c : row.cells) row_codes.push_back(def.cells[c].code);
  if (!read.found) {
    add(log, ImportLevel::Unread, subject, where + "：原文中未找到此行，各格留空", row_codes);
    return;
  }
  if (!read.label_written.empty())
    add(log, ImportLevel::Info, subject, where + "：原文行名写作“" + to_utf8(read.label_written) + "”，按本行导入");
  if (!read.label_note.empty())
    add(log, ImportLevel::Info, subject, where + "：行名后附注“" + to_utf8(read.label_note) + "”，按本行导入");
  if (read.chosen < 0) {
    const auto& c = read.split.candidates;
    if (read.values.empty()) {
      add(log, ImportLevel::Unread, subject, where + "：未读到数字，各格留空", row_codes);
    } else if (c.size() > 1 || read.split.truncated) {
      std::string msg = where + "：“" + join_written(read.values) + "”";
      if (c.size() >= 2 && !read.split.truncated)
        msg += "有" + std::to_string(c.size()) + "种拆分都说得通（如 " + join_values(c[0]) + "；" + join_values(c[1]) + "）";
      else
        msg += "可拆分的方式太多，无法确定";
      if (read.table_readings > 1)
        msg += "，结合全表勾稽关系仍有 " + std::to_string(read.table_readings) + " 种读法同样说得通";
      msg += "，各格留空，请按原件填写";
      add(log, ImportLevel::Ambiguous, subject, msg, row_codes);
    } else {
      add(log, ImportLevel::Unread, subject,
          where + "：“" + join_written(read.values) + "”与本行 " + std::to_string(row.cells.size()) +
              " 格对不上（数目或合计不符），各格留空",
          row_codes);
    }
    return;
  }
  const RowCandidate& pick = read.split.candidates[read.chosen];
  if (read.forced && read.breaks_row) {
    add(log, ImportLevel::Warning, subject,
        where + "：“" + join_written(read.values) + "”只有一种拆法，读作 " + join_values(pick) +
            "；按此读法本行合计不符，照原文导入，由校验指出");
  } else if (read.forced) {
    add(log, ImportLevel::Info, subject,
        where + "：“" + join_written(read.values) + "”只有一种拆法（数字不以 0 开头），读作 " + join_values(pick));
  } else if (read.breaks_row) {
    add(log, ImportLevel::Warning, subject,
        where + "：“" + join_written(read.values) + "”按本表各列勾稽关系读作 " + join_values(pick) +
            "；按此读法本行合计不符，由校验指出");
  } else if (!read.split.direct) {
    std::string how = read.by_table ? "按本表各列勾稽关系" : "按本行合计";
    bool solved = std::any_of(pick.begin(), pick.end(), [](const SplitCell& s) { return s.solved; });
    std::string msg = where + "：“" + join_written(read.values) + "”" + how + "读作 " + join_values(pick);
    if (solved) msg += "（原文少一格，缺的一格由合计推算）";
    add(log, ImportLevel::Inferred, subject, msg);
  }
  for (int i : read.split.unreadable)
    add(log, ImportLevel::Unread, def.cells[row.cells[i]].code,
        where + "：“" + read.values[i].written + "”不是" + def.cells[row.cells[i]].column_label + "可取的数值，此格留空",
        {def.cells[row.cells[i]].code});
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

/// Is this occurrence of a row label a word of a sentence ("本年度制定规章2件，…") rather than a row? It
/// is when it continues the words before it and is followed by words or by a figure with a counting word.
bool mentioned_in_prose(const NormText& nt, const U32& source, const LabelHit& hit) {
  const size_t b = nt.pos[hit.begin];
  if (b == 0 || !(source[b - 1] >= 0x4E00 && source[b - 1] <= 0x9FFF)) return false;
  const size_t after = nt.pos[hit.end - 1] + 1;
  const std::vector<ValueToken> next = tokenize_values(std::u32string_view(source).substr(after, std::min<size_t>(40, source.size() - after)));
  if (next.empty()) return false;
  return next[0].kind == ValueToken::Kind::Text || (next[0].kind == ValueToken::Kind::Number && next[0].worded);
}

/// Leading figures of source[b, e): tokens up to the first words, after any closing bracket left of a
/// label ("行政诉讼（未经复议直接起诉）| 0 | 1 …").
std::vector<ValueToken> leading_values(const U32& source, size_t b, size_t e) {
  while (b < e && (is_space(source[b]) || U32(U"）)】]：:").find(source[b]) != U32::npos)) ++b;
  std::vector<ValueToken> tokens = tokenize_values(std::u32string_view(source).substr(b, e - b));
  size_t n = 0;
  while (n < tokens.size() && tokens[n].kind != ValueToken::Kind::Text) ++n;
  tokens.resize(n);
  return tokens;
}

/// The figures of an unlabelled row whose cells belong to groups (table 四), each group's read after its
/// own label in norm[begin, end); empty when a group label is missing.
std::vector<ValueToken> group_values(const FormatDef& def, const TableRow& row, const NormText& nt, const U32& source,
                                     size_t begin, size_t end) {
  std::vector<std::string> groups;
  std::vector<size_t> sizes;
  for (int c : row.cells) {
    const std::string& g = def.cells[c].row_label;
    if (groups.empty() || groups.back() != g) groups.push_back(g), sizes.push_back(0);
    ++sizes.back();
  }
  std::vector<LabelHit> hits;
  size_t cur = begin;
  for (const auto& g : groups) {
    hits.push_back(find_label(nt.norm, cur, end, normalize_label(g)));
    if (!hits.back().found()) return {};
    cur = hits.back().end;
  }
  std::vector<ValueToken> out;
  for (size_t k = 0; k < groups.size(); ++k) {
    const size_t b = nt.pos[hits[k].end - 1] + 1;
    const size_t e = k + 1 < groups.size() ? nt.source_at(hits[k + 1].begin, source.size()) : nt.source_at(end, source.size());
    std::vector<ValueToken> part = leading_values(source, b, std::max(b, e));
    if (part.size() != sizes[k]) return {};
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

size_t table_start(const FormatDef& def, int number, const U32& norm, size_t begin, size_t end) {
  size_t at = end;
  for (const auto& h : table_rows(def, number).header_labels) {
    const U32 label = normalize_label(h);
    if (label.size() < 5) continue;
    LabelHit hit = find_label(norm, begin, at, label);
    if (hit.found()) at = hit.begin;
  }
  return at;
}

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
      const U32 label = normalize_label(tr.rows[i].label);
      hits[i] = find_label(norm, cur, end, label);
      while (hits[i].found() && mentioned_in_prose(nt, source, hits[i]))
        hits[i] = find_label(norm, hits[i].end, end, label);
    }
    if (hits[i].found()) cur = hits[i].end;
  }
  // A row label not found as written: a variant or a typo of it, between the rows found around it.
  for (size_t i = 0; i < tr.rows.size(); ++i) {
    if (hits[i].found() || tr.rows[i].label.empty()) continue;
    size_t lo = begin, hi = end;
    for (size_t k = i; k-- > 0;)
      if (hits[k].found()) {
        lo = hits[k].end;
        break;
      }
    for (size_t k = i + 1; k < tr.rows.size(); ++k)
      if (hits[k].found() && !tr.rows[k].label.empty()) {
        hi = hits[k].begin;
        break;
      }
    hits[i] = find_label_near(norm, lo, hi, normalize_label(tr.rows[i].label));
  }

  std::vector<RowRead> reads(tr.rows.size());
  for (size_t i = 0; i < tr.rows.size(); ++i) {
    if (!hits[i].found()) continue;
    RowRead& rr = reads[i];
    rr.found = true;
    rr.label_note = hits[i].note;
    if (hits[i].approximate) {
      const size_t b = src_at(hits[i].begin), e = src_after(hits[i].end);
      rr.label_written = source.substr(b, std::max(b, e) - b);
    }
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
    std::vector<ValueToken> without_page = rr.values;
    if (std::string page = strip_page_number(without_page);
        !page.empty() && (rr.values.size() > tr.rows[i].cells.size() ||
                          split_row(rr.values, tr.rows[i].kinds, tr.rows[i].identities).candidates.empty())) {
      rr.values = std::move(without_page);
      add(log, ImportLevel::Info, row_subject(def, tr.rows[i]),
          table_name(number) + "“" + row_subject(def, tr.rows[i]) + "”行末的“" + page + "”是页码，未作数字导入");
    }
    // Table 四 laid out as one row per group ("行政复议 | 1 | 0 | …", markdown per row group): when the
    // figures after the column headers do not fill the row, each group's figures follow its own label.
    if (tr.rows[i].label.empty() && rr.values.size() != tr.rows[i].cells.size()) {
      std::vector<ValueToken> by_group = group_values(def, tr.rows[i], nt, source, begin, end);
      if (by_group.size() == tr.rows[i].cells.size()) rr.values = std::move(by_group);
    }
    rr.split = split_row(rr.values, tr.rows[i].kinds, tr.rows[i].identities);
    if (rr.split.candidates.size() == 1 && !rr.split.truncated) {
      rr.chosen = 0;
      rr.forced = !rr.split.direct && split_row(rr.values, tr.rows[i].kinds, {}).candidates.size() == 1;
    } else if (rr.split.candidates.empty() && !rr.split.truncated && !rr.split.direct) {
      // The row's sums admit no reading. The digits alone decide when they allow one cut only (the
      // identities choose between readings, they never veto the only one); with several, table 三's
      // columns may still choose (resolve_table3).
      RowSplit free = split_row(rr.values, tr.rows[i].kinds, {});
      if (!free.truncated && !free.candidates.empty()) {
        rr.split = std::move(free);
        rr.breaks_row = true;
        if (rr.split.candidates.size() == 1) rr.chosen = 0, rr.forced = true;
      }
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
