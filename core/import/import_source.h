// import_source.h — turning an input into the importer's plain working text.
//
// Both readers produce the same form: paragraphs and table rows as lines, table cells separated by
// tabs, a cell present but blank in the HTML marked with kBlankCell (label_match.h), so everything
// after this point reads one kind of text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import/label_match.h"

namespace nianbao::import {

struct SourceText {
  U32 text;           ///< working text (see above)
  std::string title;  ///< the page's <title>, or "" (text input: found later in the text)
  std::string error;  ///< non-empty (Chinese) when the input cannot be read at all
};

/// Builds the working text from a document tree, for the HTML and the .docx reader alike: runs of white
/// space collapse, block ends become line breaks, and a table row becomes one line of tab-separated cells
/// (a blank cell marked kBlankCell, an all-blank row dropped).
class SourceBuilder {
 public:
  U32 out;

  /// Appends text (UTF-8, validated) to the open cell, or to the text outside tables.
  void text(std::string_view utf8);
  /// Ends a line; inside a cell only a space (a cell is one line).
  void line_break();
  bool in_cell() const { return in_cell_; }
  /// Cells of one row: begin_cell … end_cell for each, then end_row.
  void begin_cell();
  void end_cell();
  void end_row();

 private:
  bool in_cell_ = false;
  U32 cell_;
  std::vector<U32> row_;
};

/// Deepest element nesting accepted: real pages nest a few dozen levels; gumbo's time grows with
/// the square of the depth, so pathological markup is refused before parsing.
constexpr int kMaxHtmlDepth = 1000;

/// Parses HTML with gumbo; drops scripts, styles and rows whose cells are all blank.
SourceText html_to_source(std::string_view html);

/// Prepares plain text: CRLF → LF, "|"-separated rows → tab-separated, ruler lines ("---|---")
/// dropped, empty tab fields dropped (they are the placeholders of merged cells, not blank cells).
SourceText text_to_source(std::string_view text);

/// Reads a .docx (bytes of its ZIP package): paragraphs as lines, table rows as tab-separated cells with
/// Word's own cell structure (merge continuations skipped). SourceText::error says why a package cannot
/// be read (damaged, truncated, encrypted, an entry past the size cap, nesting past the depth cap, not
/// a Word document).
SourceText docx_to_source(std::string_view bytes);

/// Do the bytes start like a ZIP package (a .docx)?
bool is_zip(std::string_view bytes);

/// "" unless the bytes are a Word-family file that cannot be read: an OLE compound file (old .doc, .wps,
/// an encrypted .docx, an old .xls) or RTF; then the Chinese advice (another "另存为 .docx").
std::string word_binary_error(std::string_view bytes);

/// Does the content look like HTML markup (a tag such as <html>, <body>, <table>, <p>, <div>)?
bool looks_like_html(std::string_view input);

}  // namespace nianbao::import
