// source_builder.cpp — SourceBuilder: the working text both document readers (HTML, .docx) write into.
#include "import/import_source.h"

namespace nianbao::import {

void SourceBuilder::text(std::string_view utf8) {
  U32& s = in_cell_ ? cell_ : out;
  for (char32_t c : to_u32(utf8)) {
    // Line breaks inside text render as spaces; runs of spaces collapse.
    if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
    if (c == U' ' && (s.empty() || s.back() == U' ' || s.back() == U'\n')) continue;
    s.push_back(c);
  }
}

void SourceBuilder::line_break() {
  if (in_cell_) {
    if (!cell_.empty() && cell_.back() != U' ') cell_.push_back(U' ');
    return;
  }
  while (!out.empty() && out.back() == U' ') out.pop_back();
  if (!out.empty() && out.back() != U'\n') out.push_back(U'\n');
}

void SourceBuilder::begin_cell() {
  in_cell_ = true;
  cell_.clear();
}

void SourceBuilder::end_cell() {
  in_cell_ = false;
  size_t b = 0, e = cell_.size();
  while (b < e && is_space(cell_[b])) ++b;
  while (e > b && is_space(cell_[e - 1])) --e;
  row_.push_back(cell_.substr(b, e - b));
}

void SourceBuilder::end_row() {
  bool any = false;
  for (const U32& c : row_) any = any || !c.empty();
  if (any) {  // an all-blank row (spacer) carries nothing
    for (size_t i = 0; i < row_.size(); ++i) {
      if (i) out.push_back(U'\t');
      if (row_[i].empty())
        out.push_back(kBlankCell);
      else
        out += row_[i];
    }
    out.push_back(U'\n');
  }
  row_.clear();
}

}  // namespace nianbao::import
