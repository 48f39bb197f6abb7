// tsv.cpp — tab-separated clipboard text.
#include "tsv.h"

namespace nianbao::ui {

std::vector<std::vector<std::string>> parse_tsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows;
  if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  std::vector<std::string> row(1);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\t') {
      row.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.push_back(std::move(row));
      row.assign(1, std::string());
    } else {
      row.back().push_back(c);
    }
  }
  rows.push_back(std::move(row));
  return rows;
}

}  // namespace nianbao::ui
