// digit_split.cpp — value tokens and the enumeration of row readings (see digit_split.h).
#include "import/digit_split.h"

#include <algorithm>
#include <functional>

namespace nianbao::import {

namespace {

constexpr size_t kMaxCandidates = 20000;
// Search steps before giving up: a long run of digits ("1444…4" for 15 cells) has astronomically
// many cuts; past this budget the row counts as ambiguous instead of hanging the import.
constexpr size_t kMaxSteps = 50000;

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_dash(char32_t c) { return c == U'-' || c == U'—' || c == U'–' || c == U'―' || c == U'−' || c == U'─'; }
bool is_separator(char32_t c) {
  return is_space(c) || c == U',' || c == U'，' || c == U';' || c == U'；' || c == U'|' || c == U'、';
}
bool is_cjk(char32_t c) { return c >= 0x3400 && c <= 0x9FFF; }

/// Parses a number starting at t[i] (after folding); returns the index after it, or i if none.
size_t parse_number(const U32& t, size_t i, ValueToken& tok) {
  size_t k = i;
  std::string num;
  if (k < t.size() && (t[k] == U'增' || t[k] == U'减')) {
    if (t[k] == U'减') num = "-";
    tok.worded = true;
    ++k;
    while (k < t.size() && is_space(t[k])) ++k;
  } else if (k < t.size() && (t[k] == U'-' || t[k] == U'−' || t[k] == U'+')) {
    if (t[k] != U'+') num = "-";
    ++k;
  }
  if (k >= t.size() || !is_digit(t[k])) return i;
  while (k < t.size()) {
    if (is_digit(t[k])) {
      num += static_cast<char>(t[k++]);
    } else if (t[k] == U',' && k + 3 < t.size() && is_digit(t[k + 1]) && is_digit(t[k + 2]) && is_digit(t[k + 3]) &&
               (k + 4 >= t.size() || !is_digit(t[k + 4]))) {
      ++k;  // thousands separator "1,234"
      tok.worded = true;  // not a run of several cells
    } else {
      break;
    }
  }
  if (k + 1 < t.size() && t[k] == U'.' && is_digit(t[k + 1])) {
    num += '.';
    ++k;
    while (k < t.size() && is_digit(t[k])) num += static_cast<char>(t[k++]);
  }
  size_t u = k;
  while (u < t.size() && is_space(t[u])) ++u;
  if (u + 1 < t.size() && t[u] == U'万' && t[u + 1] == U'元') {
    tok.unit = "万元";
    k = u + 2;
  } else if (u < t.size() && t[u] == U'元') {
    tok.unit = "元";
    k = u + 1;
  } else if (u < t.size() && U32(U"件个项条次人家起宗").find(t[u]) != U32::npos &&
             (u + 1 >= t.size() || !is_cjk(t[u + 1]))) {
    k = u + 1;  // a counting word after a count ("5件"): part of the figure, not a label
    tok.worded = true;
  }
  tok.kind = ValueToken::Kind::Number;
  tok.number = num;
  return k;
}

struct Piece {
  std::string number;  // "-18", "538", "75394432.52"
  std::string unit;
};

/// Can `p` be the value of a cell of kind `kind`? Fills `out` when it can.
bool fits(const Piece& p, ValueKind kind, SplitCell& out) {
  const bool negative = !p.number.empty() && p.number[0] == '-';
  const bool decimal = p.number.find('.') != std::string::npos;
  if (kind == ValueKind::Amount) {
    if (negative) return false;
    out.value = CellValue::of_amount(p.number);
    out.unit = p.unit;
    return true;
  }
  if (decimal || !p.unit.empty() || (negative && kind != ValueKind::SignedCount)) return false;
  std::string digits = negative ? p.number.substr(1) : p.number;
  if (digits.empty() || digits.size() > 15) return false;
  int64_t v = std::stoll(digits);
  out.value = CellValue::of_count(negative ? -v : v);
  return true;
}

/// A digit run may hold several cells: its integer digits (after an optional sign) can be cut.
bool splittable(const ValueToken& t) {
  if (t.kind != ValueToken::Kind::Number || t.worded) return false;
  size_t start = (!t.number.empty() && t.number[0] == '-') ? 1 : 0;
  size_t dot = t.number.find('.');
  size_t int_len = (dot == std::string::npos ? t.number.size() : dot) - start;
  return int_len >= 2;
}


/// Solves the one missing cell (marked solved, not filled) from the first identity that allows it.
bool solve_missing(RowCandidate& row, const std::vector<Identity>& ids) {
  for (size_t i = 0; i < row.size(); ++i) {
    if (!row[i].solved) continue;
    for (const auto& id : ids) {
      std::vector<int> all = id.parts;
      all.push_back(id.total);
      if (std::find(all.begin(), all.end(), static_cast<int>(i)) == all.end()) continue;
      bool others_filled = true;
      for (int k : all)
        if (k != static_cast<int>(i) && !row[k].value.filled) others_filled = false;
      if (!others_filled) continue;
      int64_t sum = 0;
      for (int k : id.parts)
        if (k != static_cast<int>(i)) sum += row[k].value.count;
      int64_t v = id.total == static_cast<int>(i) ? sum : row[id.total].value.count - sum;
      if (v < 0) return false;
      row[i].value = CellValue::of_count(v);
      return true;
    }
    return false;
  }
  return true;
}

}  // namespace

std::vector<ValueToken> tokenize_values(std::u32string_view text) {
  U32 t;
  t.reserve(text.size());
  for (char32_t c : text) t.push_back(c == kBlankCell ? c : fold_char(c));
  std::vector<ValueToken> out;
  size_t i = 0;
  while (i < t.size()) {
    if (t[i] == kBlankCell) {
      ValueToken b;
      b.kind = ValueToken::Kind::Blank;
      b.end = ++i;
      out.push_back(b);
      continue;
    }
    if (is_separator(t[i])) {
      ++i;
      continue;
    }
    ValueToken tok;
    size_t k = parse_number(t, i, tok);
    // A date in the prose after a table ("2025年…") is words, not a figure of the row before it.
    if (k > i && k < t.size() && tok.unit.empty() && (t[k] == U'年' || t[k] == U'月' || t[k] == U'日')) {
      tok = ValueToken{};
      k = i;
    }
    if (k == i) {
      // Zero words: a run of dashes or slashes, or "无" standing alone.
      size_t z = i;
      while (z < t.size() && (is_dash(t[z]) || t[z] == U'/')) ++z;
      if (z == i && t[i] == U'无' && (i + 1 >= t.size() || !is_cjk(t[i + 1]))) z = i + 1;
      if (z > i && (z >= t.size() || !is_cjk(t[z]) || t[z] == U'无')) {
        tok.kind = ValueToken::Kind::ZeroWord;
        k = z;
      } else {
        tok.kind = ValueToken::Kind::Text;
        k = i;
        while (k < t.size() && t[k] != kBlankCell && !is_space(t[k])) {
          ValueToken probe;
          if (k > i && parse_number(t, k, probe) != k) break;
          ++k;
        }
      }
    }
    tok.written = to_utf8(std::u32string_view(text).substr(i, k - i));
    tok.end = k;
    i = k;
    out.push_back(std::move(tok));
  }
  return out;
}

bool identities_hold(const RowCandidate& row, const std::vector<Identity>& identities) {
  for (const auto& id : identities) {
    bool all = row[id.total].value.filled;
    int64_t sum = 0;
    for (int k : id.parts) {
      all = all && row[k].value.filled;
      if (all) sum += row[k].value.count;
    }
    if (all && sum != row[id.total].value.count) return false;
  }
  return true;
}

RowSplit split_row(const std::vector<ValueToken>& tokens, const std::vector<ValueKind>& kinds,
                   const std::vector<Identity>& identities) {
  RowSplit result;
  const size_t n = kinds.size();
  auto atomic = [&](const ValueToken& t, ValueKind kind, SplitCell& cell) {
    cell = SplitCell{};
    if (t.kind == ValueToken::Kind::Blank) return true;
    if (t.kind == ValueToken::Kind::ZeroWord) {
      cell.zero_word = true;
      cell.written = t.written;
      cell.value = kind == ValueKind::Amount ? CellValue::of_amount("0") : CellValue::of_count(0);
      return true;
    }
    if (t.number.size() > 1 && t.number[0] == '0' && t.number[1] != '.' && kind != ValueKind::Amount)
      return false;  // "05" is never one cell of a count
    if (t.worded) cell.written = t.written;
    return fits({t.number, t.unit}, kind, cell);
  };

  // One token per cell: as written.
  // One token per cell: as written; a token that is no value of its cell's kind leaves that cell empty.
  if (tokens.size() == n) {
    RowCandidate row(n);
    for (size_t i = 0; i < n; ++i)
      if (!atomic(tokens[i], kinds[i], row[i])) {
        row[i] = SplitCell{};
        result.unreadable.push_back(static_cast<int>(i));
      }
    result.direct = true;
    result.candidates.push_back(std::move(row));
    return result;
  }
  if (identities.empty() && tokens.size() > n) return result;

  // First every way of cutting the digit runs; only when none fits, one cell absent from the text
  // (as in copies that lost a cell of a row), each token then being one cell.
  RowCandidate row(n);
  bool missing_used = true;
  bool allow_split = true;
  size_t steps = 0;
  auto over_budget = [&] {
    if (++steps > kMaxSteps) result.truncated = true;
    return result.truncated;
  };
  std::function<void(size_t, size_t)> go = [&](size_t ti, size_t ci) {
    if (over_budget()) return;
    if (ti == tokens.size() && ci == n) {
      RowCandidate c = row;
      if (!solve_missing(c, identities) || !identities_hold(c, identities)) return;
      for (const auto& existing : result.candidates) {
        bool same = true;
        for (size_t k = 0; k < n && same; ++k) same = existing[k].value == c[k].value;
        if (same) return;
      }
      if (result.candidates.size() >= kMaxCandidates) {
        result.truncated = true;
        return;
      }
      result.candidates.push_back(std::move(c));
      return;
    }
    if (ci == n) return;
    // A cell the text lacks altogether (at most one, solvable only through an identity).
    if (!missing_used && !identities.empty()) {
      missing_used = true;
      row[ci] = SplitCell{};
      row[ci].solved = true;
      go(ti, ci + 1);
      missing_used = false;
    }
    if (ti == tokens.size()) return;
    const ValueToken& t = tokens[ti];
    if (atomic(t, kinds[ci], row[ci])) go(ti + 1, ci + 1);
    if (!allow_split || !splittable(t)) return;
    // Cut the digit run into k ≥ 2 pieces covering cells ci … ci+k-1.
    const bool negative = t.number[0] == '-';
    const size_t dot = t.number.find('.');
    const std::string digits = t.number.substr(negative ? 1 : 0, (dot == std::string::npos ? t.number.size() : dot) -
                                                                      (negative ? 1 : 0));
    const std::string fraction = dot == std::string::npos ? "" : t.number.substr(dot);
    std::vector<size_t> cuts;
    std::function<void(size_t, size_t)> cut = [&](size_t start, size_t piece) {
      if (over_budget()) return;
      if (start == digits.size()) {
        if (piece < 2) return;
        go(ti + 1, ci + piece);
        return;
      }
      if (ci + piece >= n) return;
      // Piece `piece` covers digits[start, end).
      // No cell holds more than 15 integer digits (fits() refuses longer): never try longer pieces.
      size_t max_end = digits[start] == '0' ? start + 1 : std::min(digits.size(), start + 15);
      for (size_t end = start + 1; end <= max_end; ++end) {
        Piece p;
        p.number = (piece == 0 && negative ? "-" : "") + digits.substr(start, end - start);
        if (end == digits.size()) p.number += fraction, p.unit = t.unit;
        row[ci + piece] = SplitCell{};
        if (!fits(p, kinds[ci + piece], row[ci + piece])) continue;
        if (piece == 0 && start == 0 && end == digits.size()) continue;  // one piece: done above
        cut(end, piece + 1);
      }
    };
    cut(0, 0);
  };
  go(0, 0);
  if (result.candidates.empty() && !identities.empty() && tokens.size() + 1 == n) {
    missing_used = false;
    allow_split = false;
    go(0, 0);
  }
  return result;
}

}  // namespace nianbao::import
