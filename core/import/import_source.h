// import_source.h — turning an input into the importer's plain working text.
//
// Both readers produce the same form: paragraphs and table rows as lines, table cells separated by
// tabs, a cell present but blank in the HTML marked with kBlankCell (label_match.h), so everything
// after this point reads one kind of text.
#pragma once

#include <string>
#include <string_view>

#include "import/label_match.h"

namespace nianbao::import {

struct SourceText {
  U32 text;           ///< working text (see above)
  std::string title;  ///< the page's <title>, or "" (text input: found later in the text)
  std::string error;  ///< non-empty (Chinese) when the input cannot be read at all
};

/// Deepest element nesting accepted: real pages nest a few dozen levels; gumbo's time grows with
/// the square of the depth, so pathological markup is refused before parsing.
constexpr int kMaxHtmlDepth = 1000;

/// Parses HTML with gumbo; drops scripts, styles and rows whose cells are all blank.
SourceText html_to_source(std::string_view html);

/// Prepares plain text: CRLF → LF, "|"-separated rows → tab-separated, ruler lines ("---|---")
/// dropped, empty tab fields dropped (they are the placeholders of merged cells, not blank cells).
SourceText text_to_source(std::string_view text);

/// Does the content look like HTML markup (a tag such as <html>, <body>, <table>, <p>, <div>)?
bool looks_like_html(std::string_view input);

}  // namespace nianbao::import
