// import_html.cpp — HTML → working text with gumbo (real parser; no regular expressions on markup).
//
// Word-exported markup nests <p>/<span>/<font> inside cells and breaks labels with <br>; a cell's
// text is therefore collected from its whole subtree with breaks turned into spaces, and each <tr>
// becomes one line of tab-separated cells. Merged cells need no grid here: the table reader
// follows labels, not positions.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "import/import_source.h"

namespace nianbao::import {

namespace {

constexpr int kMaxDepth = 400;  // deeper nesting is garbage; its text is skipped, never a crash

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
      return true;
    default:
      return false;
  }
}

bool is_skipped(GumboTag t) {
  return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_HEAD ||
         t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_TEXTAREA || t == GUMBO_TAG_SELECT;
}

class Walker {
 public:
  U32 out;

  void node(const GumboNode* n, int depth) {
    if (depth > kMaxDepth) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      text(n->v.text.text);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) return;
    const GumboVector* kids = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT) {
      GumboTag tag = n->v.element.tag;
      if (is_skipped(tag)) return;
      if (tag == GUMBO_TAG_TABLE && cell_ == nullptr) {
        table(n, depth);
        return;
      }
      if (is_block(tag)) line_break();
    }
    for (unsigned i = 0; i < kids->length; ++i) node(static_cast<const GumboNode*>(kids->data[i]), depth + 1);
    if (n->type == GUMBO_NODE_ELEMENT && is_block(n->v.element.tag)) line_break();
  }

 private:
  U32* cell_ = nullptr;  // while collecting a table cell: its text (line breaks become spaces)

  U32& sink() { return cell_ ? *cell_ : out; }

  void text(const char* utf8) {
    U32& s = sink();
    for (char32_t c : to_u32(utf8)) {
      // Source line breaks inside text render as spaces; runs of spaces collapse.
      if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
      if (c == U' ' && (s.empty() || s.back() == U' ' || s.back() == U'\n')) continue;
      s.push_back(c);
    }
  }

  void line_break() {
    U32& s = sink();
    if (cell_) {
      if (!s.empty() && s.back() != U' ') s.push_back(U' ');
      return;
    }
    while (!s.empty() && s.back() == U' ') s.pop_back();
    if (!s.empty() && s.back() != U'\n') s.push_back(U'\n');
  }

  /// Rows of a table, in document order, without descending into nested tables' rows.
  void rows(const GumboNode* n, std::vector<const GumboNode*>& found, int depth) {
    if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT) return;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag t = k->v.element.tag;
      if (t == GUMBO_TAG_TR)
        found.push_back(k);
      else if (t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT)
        rows(k, found, depth + 1);
    }
  }

  static bool is_cell(const GumboNode* n) {
    return n->type == GUMBO_NODE_ELEMENT && (n->v.element.tag == GUMBO_TAG_TD || n->v.element.tag == GUMBO_TAG_TH);
  }

  static bool has_table(const GumboNode* n, int depth) {
    if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT) return false;
    if (n->v.element.tag == GUMBO_TAG_TABLE) return true;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
      if (has_table(static_cast<const GumboNode*>(kids.data[i]), depth + 1)) return true;
    return false;
  }

  void table(const GumboNode* t, int depth) {
    line_break();
    std::vector<const GumboNode*> trs;
    rows(t, trs, depth + 1);
    for (const GumboNode* tr : trs) {
      const GumboVector& kids = tr->v.element.children;
      // A layout row (old CMS pages put the whole article in a table): its cells hold the report's
      // paragraphs and tables, which are read as such.
      bool layout = false;
      for (unsigned i = 0; i < kids.length && !layout; ++i) {
        const GumboNode* td = static_cast<const GumboNode*>(kids.data[i]);
        layout = is_cell(td) && has_table(td, depth + 2);
      }
      if (layout) {
        for (unsigned i = 0; i < kids.length; ++i) {
          node(static_cast<const GumboNode*>(kids.data[i]), depth + 2);
          line_break();
        }
        continue;
      }
      std::vector<U32> cells;
      bool any = false;
      for (unsigned i = 0; i < kids.length; ++i) {
        const GumboNode* td = static_cast<const GumboNode*>(kids.data[i]);
        if (!is_cell(td)) continue;
        U32 cell;
        cell_ = &cell;
        const GumboVector& inner = td->v.element.children;
        for (unsigned j = 0; j < inner.length; ++j) node(static_cast<const GumboNode*>(inner.data[j]), depth + 3);
        cell_ = nullptr;
        size_t b = 0, e = cell.size();
        while (b < e && is_space(cell[b])) ++b;
        while (e > b && is_space(cell[e - 1])) --e;
        cell = cell.substr(b, e - b);
        any = any || !cell.empty();
        cells.push_back(std::move(cell));
      }
      if (!any) continue;  // an all-blank row (spacer) carries nothing
      for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out.push_back(U'\t');
        if (cells[i].empty())
          out.push_back(kBlankCell);
        else
          out += cells[i];
      }
      out.push_back(U'\n');
    }
    line_break();
  }
};

std::string title_of(const GumboNode* n, int depth) {
  if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT) return {};
  if (n->v.element.tag == GUMBO_TAG_TITLE) {
    std::string t;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT) t += k->v.text.text;
    }
    return t;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    std::string t = title_of(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    if (!t.empty()) return t;
  }
  return {};
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == ':' || c == '-'; }

/// Elements that never hold others or close implicitly: they do not deepen the tree.
bool is_flat_element(std::string name) {
  static const char* const kFlat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                      "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd",
                                      "option", "tbody", "thead", "tfoot", "o:p"};
  for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const char* f : kFlat)
    if (name == f) return true;
  return false;
}

/// Deepest nesting of start tags (a guard run before gumbo, not a parser: it only counts).
int nesting_depth(std::string_view html) {
  int depth = 0, deepest = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    const bool closing = html[i + 1] == '/';
    size_t n = i + (closing ? 2 : 1), e = n;
    while (e < html.size() && is_name_char(html[e])) ++e;
    if (e == n) continue;  // "<!DOCTYPE", "< 5", …
    const std::string name(html.substr(n, e - n));
    size_t gt = html.find('>', e);
    if (gt == std::string_view::npos) break;
    if (is_flat_element(name) || html[gt - 1] == '/') continue;
    if (closing) {
      depth = std::max(0, depth - 1);
    } else if (++depth > deepest) {
      deepest = depth;
      if (deepest > kMaxHtmlDepth) break;
    }
    i = gt;
  }
  return deepest;
}

}  // namespace

SourceText html_to_source(std::string_view html) {
  SourceText s;
  if (nesting_depth(html) > kMaxHtmlDepth) {
    s.error = "网页结构异常：标签嵌套超过 " + std::to_string(kMaxHtmlDepth) + " 层，不是正常保存的网页，无法导入";
    return s;
  }
  // Parse errors are of no use here, and gumbo copies the whole open-element stack into each one:
  // on deeply nested garbage that costs gigabytes. Record none.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  GumboOutput* g = gumbo_parse_with_options(&options, html.data(), html.size());
  Walker w;
  w.node(g->document, 0);
  s.text = std::move(w.out);
  s.title = title_of(g->root, 0);
  gumbo_destroy_output(&options, g);
  return s;
}

}  // namespace nianbao::import
