// import_html.cpp — HTML → working text with gumbo (real parser; no regular expressions on markup).
//
// Word-exported markup nests <p>/<span>/<font> inside cells and breaks labels with <br>; a cell's
// text is therefore collected from its whole subtree with breaks turned into spaces, and each <tr>
// becomes one line of tab-separated cells. Merged cells need no grid here: the table reader
// follows labels, not positions.
#include <gumbo.h>

#include <cstring>

#include "import_source.h"

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

  void table(const GumboNode* t, int depth) {
    line_break();
    std::vector<const GumboNode*> trs;
    rows(t, trs, depth + 1);
    for (const GumboNode* tr : trs) {
      std::vector<U32> cells;
      bool any = false;
      const GumboVector& kids = tr->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) {
        const GumboNode* td = static_cast<const GumboNode*>(kids.data[i]);
        if (td->type != GUMBO_NODE_ELEMENT ||
            (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH))
          continue;
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

}  // namespace

SourceText html_to_source(std::string_view html) {
  SourceText s;
  GumboOutput* g = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Walker w;
  w.node(g->document, 0);
  s.text = std::move(w.out);
  s.title = title_of(g->root, 0);
  gumbo_destroy_output(&kGumboDefaultOptions, g);
  return s;
}

}  // namespace nianbao::import
