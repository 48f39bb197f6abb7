// digit_split.h — reading the figures of one table row, including rows whose cells were run
// together without separators ("6000017" for the seven cells of a row of table 三).
//
// A row's source text is cut into value tokens; when there are as many tokens as cells they are
// taken as written (a report's own arithmetic errors survive). Otherwise every way of cutting the
// digit runs into cells (no leading zeros; a sign only on a cell that may be negative; at most one
// cell missing altogether) is tried, and only splits satisfying the row's identities are kept.
//
// Index
//   ValueToken, tokenize_values ... figures, blanks and zero words ("无", "-", "/") of a text
//   Identity ...................... cells[total] = Σ cells[parts]
//   SplitCell, RowSplit, split_row  candidate readings of one row
#pragma once

#include <string>
#include <vector>

#include "nianbao/format.h"
#include "import/label_match.h"
#include "nianbao/report.h"

namespace nianbao::import {

struct ValueToken {
  enum class Kind { Blank, Number, ZeroWord, Text };
  Kind kind = Kind::Text;
  std::string written;  ///< as written (UTF-8), for the log
  std::string number;   ///< Number: ASCII decimal with optional leading '-' ("-18538", "24252.31")
  std::string unit;     ///< Number: "元" or "万元" written after it, else ""
  bool worded = false;  ///< Number: written as one figure in words or signs ("增3", "减4", "1,234", "5件"): never cut
  size_t end = 0;       ///< index in the tokenised text just after this token
};

/// Cuts `text` into tokens. A Text token (words that are no figure) ends the figures of a row; the
/// caller decides what it is. Separators (spaces, tabs, commas, "|") produce no token.
std::vector<ValueToken> tokenize_values(std::u32string_view text);

struct Identity {
  std::vector<int> parts;  ///< cell positions summed
  int total = 0;           ///< cell position of the sum
};

struct SplitCell {
  CellValue value;         ///< filled = false for a blank cell
  std::string unit;        ///< unit written with the figure ("元", "万元")
  std::string written;     ///< the token as written when it was a zero word or "增/减" form
  bool zero_word = false;  ///< written "无", "-", "/" …, read as 0
  bool solved = false;     ///< absent from the text; value solved from an identity
};
using RowCandidate = std::vector<SplitCell>;

struct RowSplit {
  std::vector<RowCandidate> candidates;  ///< distinct readings (by value)
  bool direct = false;                   ///< one token per cell: taken as written, no inference
  bool truncated = false;                ///< too many readings or search steps: treat as ambiguous
  std::vector<int> unreadable;           ///< direct reading: cells whose token is no value of their kind (left empty)
};

/// Readings of a row of `kinds.size()` cells from its tokens (Text tokens must be removed first).
RowSplit split_row(const std::vector<ValueToken>& tokens, const std::vector<ValueKind>& kinds,
                   const std::vector<Identity>& identities);

/// Do the filled cells of `row` satisfy every identity whose cells are all filled counts?
bool identities_hold(const RowCandidate& row, const std::vector<Identity>& identities);

}  // namespace nianbao::import
