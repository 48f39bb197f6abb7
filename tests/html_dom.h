// html_dom.h — test helper: parses HTML with gumbo (a real HTML5 parser, as a browser would) into a
// plain tree, so tests can check what a browser will build from the exported page.
#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include <gumbo.h>

namespace nianbao::test {

/// An element (tag non-empty) or a text node (tag empty, text set).
struct DomNode {
  std::string tag;
  std::map<std::string, std::string> attrs;
  std::vector<DomNode> children;
  std::string text;

  /// Attribute value, or `fallback` when absent.
  std::string attr(const std::string& name, const std::string& fallback = "") const {
    auto it = attrs.find(name);
    return it == attrs.end() ? fallback : it->second;
  }
  /// Concatenated text of the node and its descendants (no trimming).
  std::string all_text() const {
    if (tag.empty()) return text;
    std::string out;
    for (const auto& c : children) out += c.all_text();
    return out;
  }
  /// Element children only.
  std::vector<const DomNode*> elements() const {
    std::vector<const DomNode*> out;
    for (const auto& c : children)
      if (!c.tag.empty()) out.push_back(&c);
    return out;
  }
  /// Every descendant element with tag `t` ("" = every element), in document order.
  void collect(const std::string& t, std::vector<const DomNode*>& out) const {
    for (const auto& c : children) {
      if (c.tag.empty()) continue;
      if (t.empty() || c.tag == t) out.push_back(&c);
      c.collect(t, out);
    }
  }
  std::vector<const DomNode*> all(const std::string& t = "") const {
    std::vector<const DomNode*> out;
    collect(t, out);
    return out;
  }
  /// First descendant element whose id is `id`, or nullptr.
  const DomNode* by_id(const std::string& id) const {
    for (const DomNode* e : all())
      if (e->attr("id") == id) return e;
    return nullptr;
  }
};

namespace detail {

inline std::string tag_name(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  std::string name(piece.data, piece.length);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return name;
}

inline DomNode convert(const GumboNode* n) {
  DomNode out;
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    out.text = n->v.text.text;
    return out;
  }
  if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE && n->type != GUMBO_NODE_DOCUMENT) return out;
  const GumboVector* kids = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children : &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) {
    out.tag = "#document";
  } else {
    out.tag = tag_name(n->v.element);
    for (unsigned i = 0; i < n->v.element.attributes.length; ++i) {
      auto* a = static_cast<const GumboAttribute*>(n->v.element.attributes.data[i]);
      out.attrs[a->name] = a->value;
    }
  }
  for (unsigned i = 0; i < kids->length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids->data[i]);
    if (k->type == GUMBO_NODE_COMMENT) continue;
    out.children.push_back(convert(k));
  }
  return out;
}

}  // namespace detail

/// The document tree a browser builds from `html`.
inline DomNode parse_html(const std::string& html) {
  GumboOutput* g = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  DomNode doc = detail::convert(g->document);
  gumbo_destroy_output(&kGumboDefaultOptions, g);
  return doc;
}

}  // namespace nianbao::test
