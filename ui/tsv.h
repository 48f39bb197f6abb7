// tsv.h — clipboard text copied from a spreadsheet (Excel, WPS): rows by newline, cells by tab.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace nianbao::ui {

/// Splits clipboard text into rows of cells. "\r\n" and "\r" count as newlines; one trailing newline
/// (spreadsheets add it) does not make an extra row. Fields are not unquoted: numbers need no quotes.
std::vector<std::vector<std::string>> parse_tsv(std::string_view text);

}  // namespace nianbao::ui
