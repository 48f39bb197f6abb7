// label_match.cpp — normalisation, label search and fuzzy heading search (see label_match.h).
#include "import/label_match.h"

#include <algorithm>
#include <utility>

namespace nianbao::import {

U32 to_u32(std::string_view s) {
  U32 out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
      out.push_back(0xFFFD);
      ++i;
      continue;
    }
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

namespace {

// Traditional → simplified for the characters that occur in the official labels and headings
// (sorted by the traditional code point for binary search).
constexpr std::pair<char32_t, char32_t> kTraditional[] = {
    {U'並', U'并'}, {U'內', U'内'}, {U'則', U'则'}, {U'劃', U'划'}, {U'務', U'务'},
    {U'動', U'动'}, {U'區', U'区'}, {U'協', U'协'}, {U'員', U'员'}, {U'問', U'问'},
    {U'國', U'国'}, {U'執', U'执'}, {U'報', U'报'}, {U'審', U'审'}, {U'對', U'对'}, {U'屬', U'属'},
    {U'師', U'师'}, {U'強', U'强'}, {U'從', U'从'}, {U'復', U'复'}, {U'應', U'应'}, {U'護', U'护'},
    {U'採', U'采'}, {U'數', U'数'}, {U'條', U'条'}, {U'業', U'业'},
    {U'構', U'构'}, {U'機', U'机'}, {U'權', U'权'}, {U'況', U'况'}, {U'決', U'决'}, {U'無', U'无'},
    {U'現', U'现'}, {U'當', U'当'}, {U'發', U'发'}, {U'種', U'种'}, {U'穩', U'稳'}, {U'積', U'积'},
    {U'結', U'结'}, {U'納', U'纳'}, {U'組', U'组'}, {U'統', U'统'}, {U'經', U'经'}, {U'維', U'维'},
    {U'總', U'总'}, {U'織', U'织'}, {U'繳', U'缴'}, {U'繼', U'继'}, {U'續', U'续'}, {U'義', U'义'},
    {U'與', U'与'}, {U'舉', U'举'}, {U'處', U'处'}, {U'製', U'制'}, {U'複', U'复'}, {U'規', U'规'},
    {U'計', U'计'}, {U'訊', U'讯'}, {U'訟', U'讼'}, {U'訪', U'访'}, {U'訴', U'诉'}, {U'詢', U'询'},
    {U'認', U'认'}, {U'請', U'请'}, {U'議', U'议'}, {U'費', U'费'}, {U'資', U'资'},
    {U'購', U'购'}, {U'轉', U'转'}, {U'辦', U'办'}, {U'過', U'过'}, {U'進', U'进'}, {U'運', U'运'},
    {U'違', U'违'}, {U'邏', U'逻'}, {U'開', U'开'}, {U'關', U'关'}, {U'險', U'险'}, {U'項', U'项'},
    {U'類', U'类'}, {U'額', U'额'}, {U'體', U'体'}, {U'廢', U'废'}, {U'單', U'单'}, {U'萬', U'万'},
    {U'獲', U'获'}, {U'補', U'补'}, {U'確', U'确'}, {U'祕', U'秘'}, {U'範', U'范'}, {U'許', U'许'},
    {U'罰', U'罚'}, {U'糾', U'纠'}, {U'這', U'这'}, {U'題', U'题'}, {U'據', U'据'}, {U'會', U'会'},
    {U'圍', U'围'}, {U'達', U'达'}, {U'證', U'证'}, {U'徵', U'征'}, {U'實', U'实'}, {U'訂', U'订'},
};

const std::vector<std::pair<char32_t, char32_t>>& traditional_table() {
  static const std::vector<std::pair<char32_t, char32_t>> table = [] {
    std::vector<std::pair<char32_t, char32_t>> t(std::begin(kTraditional), std::end(kTraditional));
    std::sort(t.begin(), t.end());
    return t;
  }();
  return table;
}

bool is_open(char32_t c) { return c == U'(' || c == U'[' || c == U'〔' || c == U'【'; }
bool is_close(char32_t c) { return c == U')' || c == U']' || c == U'〕' || c == U'】'; }

/// Length of a parenthetical starting at norm[i] (balanced, at most 120 characters), or 0.
size_t parenthetical_at(const U32& norm, size_t i, size_t to) {
  if (i >= to || !is_open(norm[i])) return 0;
  int depth = 0;
  for (size_t k = i; k < to && k < i + 120; ++k) {
    if (is_open(norm[k])) ++depth;
    if (is_close(norm[k]) && --depth == 0) {
      // "（四）" opens the next numbered label; it is no note on this one.
      bool numbering = k - i <= 3;
      for (size_t j = i + 1; j < k && numbering; ++j)
        numbering = U32(U"一二三四五六七八九十0123456789").find(norm[j]) != U32::npos;
      return numbering ? 0 : k + 1 - i;
    }
  }
  return 0;
}

/// The label without a trailing parenthetical ("（二）部分公开（区分…）" → "（二）部分公开").
U32 core_of(const U32& label) {
  if (label.empty() || !is_close(label.back())) return label;
  int depth = 0;
  for (size_t k = label.size(); k-- > 0;) {
    if (is_close(label[k])) ++depth;
    if (is_open(label[k]) && --depth == 0) return k == 0 ? label : label.substr(0, k);
  }
  return label;
}

/// Splits a heading into its number ("二、") and its words.
std::pair<U32, U32> split_heading(const U32& h) {
  size_t k = h.find(U'、');
  if (k == U32::npos || k > 3) return {U32(), h};
  return {h.substr(0, k + 1), h.substr(k + 1)};
}

}  // namespace

char32_t fold_char(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFF01 + 0x21;
  if (c == 0x3000) return U' ';
  if (c == U'〈') return U'<';
  if (c == U'〉') return U'>';
  // Quotation marks of every style read alike ("三安全一稳定" is quoted in several ways).
  if (c == U'“' || c == U'”' || c == U'„' || c == U'‟' || c == U'〝' || c == U'〞' || c == U'「' || c == U'」' ||
      c == U'『' || c == U'』')
    return U'"';
  if (c == U'‘' || c == U'’') return U'\'';
  if (c < 0x4E00) return c;
  const auto& t = traditional_table();
  auto it = std::lower_bound(t.begin(), t.end(), std::make_pair(c, char32_t(0)));
  return (it != t.end() && it->first == c) ? it->second : c;
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v' || c == 0xA0 ||
         c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

NormText normalize(std::u32string_view src) {
  NormText t;
  t.norm.reserve(src.size());
  t.pos.reserve(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    char32_t c = src[i];
    if (is_space(c) || c == kBlankCell) continue;
    c = fold_char(c);
    if (c == U'、' && !t.norm.empty() && t.norm.back() >= U'0' && t.norm.back() <= U'9') c = U'.';
    t.norm.push_back(c);
    t.pos.push_back(i);
  }
  return t;
}

U32 normalize_label(std::string_view utf8_label) { return normalize(to_u32(utf8_label)).norm; }

LabelHit find_label(const U32& norm, size_t from, size_t to, const U32& label) {
  LabelHit hit;
  if (label.empty() || from >= to) return hit;
  const U32 core = core_of(label);
  const U32 official_note = label.substr(core.size());
  const size_t at = norm.find(core, from);
  if (at == U32::npos || at + core.size() > to) return hit;
  hit.begin = at;
  hit.end = at + core.size();
  if (size_t n = parenthetical_at(norm, hit.end, to)) {
    U32 note = norm.substr(hit.end, n);
    if (note != official_note) hit.note = note;
    hit.end += n;
  }
  return hit;
}

LabelHit find_heading(const U32& norm, size_t from, size_t to, const U32& heading) {
  LabelHit hit;
  auto [number, words] = split_heading(heading);
  if (number.empty() || words.empty()) return find_label(norm, from, to, heading);
  const size_t m = words.size();
  const size_t window = m + 12;  // room for extra words such as "政府信息公开工作"
  std::vector<size_t> prev(m + 1), cur(m + 1);
  for (size_t at = norm.find(number, from); at != U32::npos && at + number.size() < to;
       at = norm.find(number, at + 1)) {
    // "十二、" is not heading 二: the number must not continue a longer Chinese numeral.
    if (at > 0 && U32(U"一二三四五六七八九十").find(norm[at - 1]) != U32::npos) continue;
    const size_t w0 = at + number.size();
    const size_t w1 = std::min(to, w0 + window);
    // The words must begin near the number (extra leading words are short), so that "四、结转…"
    // followed closely by the real "四、政府信息公开…" is not taken for the heading.
    const U32 lead = words.substr(0, 3);
    bool starts_near = false;
    for (size_t j = w0; j < std::min(w1, w0 + 10) && !starts_near; ++j) starts_near = lead.find(norm[j]) != U32::npos;
    if (!starts_near) continue;
    // lcs[j] = longest common subsequence of words and norm[w0, w0 + j).
    // The match stops at a gap of more than kMaxGap unmatched characters, so that words of the
    // following text do not stretch the heading into the body.
    constexpr size_t kMaxGap = 6;
    std::fill(prev.begin(), prev.end(), 0);
    size_t best = 0, best_end = w0;
    for (size_t j = w0; j < w1 && (best == 0 || j - best_end < kMaxGap); ++j) {
      cur[0] = 0;
      for (size_t i = 1; i <= m; ++i)
        cur[i] = words[i - 1] == norm[j] ? prev[i - 1] + 1 : std::max(prev[i], cur[i - 1]);
      if (cur[m] > best) best = cur[m], best_end = j + 1;
      std::swap(prev, cur);
    }
    if (best * 10 >= m * 6 && best >= 2) {
      hit.begin = at;
      hit.end = best_end;
      return hit;
    }
  }
  return hit;
}

U32 strip_known_labels(U32 text, const std::vector<U32>& labels) {
  // Longest labels first, so "总计" does not eat the end of "（七）总计".
  std::vector<const U32*> order;
  for (const auto& l : labels)
    if (!l.empty()) order.push_back(&l);
  std::sort(order.begin(), order.end(), [](const U32* a, const U32* b) { return a->size() > b->size(); });
  for (const U32* l : order) {
    U32 core = core_of(*l);
    for (size_t at = text.find(core); at != U32::npos; at = text.find(core, at)) {
      size_t n = core.size();
      n += parenthetical_at(text, at + n, text.size());
      text.erase(at, n);
    }
  }
  U32 rest;
  for (char32_t c : text)
    if (!(c == U'/' || c == U':' || c == U'：' || c == U',' || c == U'，' || c == U'。' || c == U';' ||
          c == U'；' || c == U'|' || c == U'-' || c == U'—' || c == U'*'))
      rest.push_back(c);
  return rest;
}

}  // namespace nianbao::import
