// label_match.cpp — normalisation, label search and fuzzy heading search (see label_match.h).
#include "import/label_match.h"

#include "nianbao/text.h"

#include <algorithm>
#include <utility>

namespace nianbao::import {

U32 to_u32(std::string_view s) { return text::decode(s); }

std::string to_utf8(std::u32string_view s) { return text::encode(s); }

namespace {

// Traditional → simplified for the characters of the official labels and headings and the common ones of
// report prose (sorted once at first use for binary search). Matching only: quoted text keeps its characters.
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
    // Further characters of prose, titles and agency names in pages republished in traditional characters.
    {U'於', U'于'}, {U'後', U'后'}, {U'覆', U'复'}, {U'沒', U'没'}, {U'檢', U'检'}, {U'門', U'门'}, {U'網', U'网'}, {U'縣', U'县'},
    {U'導', U'导'}, {U'領', U'领'}, {U'質', U'质'}, {U'訓', U'训'}, {U'為', U'为'}, {U'產', U'产'}, {U'見', U'见'}, {U'將', U'将'},
    {U'負', U'负'}, {U'責', U'责'}, {U'編', U'编'}, {U'財', U'财'}, {U'紀', U'纪'}, {U'錄', U'录'}, {U'庫', U'库'}, {U'還', U'还'},
    {U'樣', U'样'}, {U'貫', U'贯'}, {U'徹', U'彻'}, {U'華', U'华'}, {U'濟', U'济'}, {U'時', U'时'}, {U'間', U'间'}, {U'該', U'该'},
    {U'釋', U'释'}, {U'讀', U'读'}, {U'較', U'较'}, {U'別', U'别'}, {U'級', U'级'}, {U'衛', U'卫'}, {U'檔', U'档'}, {U'傳', U'传'},
    {U'遞', U'递'}, {U'電', U'电'}, {U'話', U'话'}, {U'聽', U'听'}, {U'調', U'调'}, {U'戶', U'户'}, {U'節', U'节'}, {U'廳', U'厅'},
    {U'鄉', U'乡'}, {U'鎮', U'镇'}, {U'稅', U'税'}, {U'態', U'态'}, {U'歸', U'归'}, {U'環', U'环'}, {U'線', U'线'}, {U'專', U'专'},
    {U'賴', U'赖'}, {U'設', U'设'}, {U'備', U'备'}, {U'價', U'价'}, {U'預', U'预'}, {U'們', U'们'}, {U'來', U'来'}, {U'個', U'个'},
    {U'優', U'优'}, {U'幾', U'几'}, {U'標', U'标'}, {U'準', U'准'}, {U'號', U'号'}, {U'頭', U'头'}, {U'嚴', U'严'}, {U'歷', U'历'},
    {U'願', U'愿'}, {U'響', U'响'}, {U'獨', U'独'}, {U'層', U'层'}, {U'極', U'极'}, {U'雙', U'双'}, {U'評', U'评'}, {U'談', U'谈'},
    {U'論', U'论'}, {U'講', U'讲'}, {U'諾', U'诺'}, {U'誤', U'误'}, {U'謝', U'谢'}, {U'豐', U'丰'}, {U'邊', U'边'}, {U'隊', U'队'},
    {U'陽', U'阳'}, {U'陰', U'阴'}, {U'隨', U'随'}, {U'雖', U'虽'}, {U'驗', U'验'}, {U'齊', U'齐'}, {U'營', U'营'}, {U'興', U'兴'},
    {U'舊', U'旧'}, {U'藝', U'艺'}, {U'薦', U'荐'}, {U'蘇', U'苏'}, {U'蘭', U'兰'}, {U'觀', U'观'}, {U'覽', U'览'}, {U'親', U'亲'},
    {U'術', U'术'}, {U'衝', U'冲'}, {U'裝', U'装'}, {U'麼', U'么'}, {U'壓', U'压'}, {U'懷', U'怀'}, {U'擇', U'择'}, {U'擊', U'击'},
    {U'擔', U'担'}, {U'擴', U'扩'}, {U'攝', U'摄'}, {U'敗', U'败'}, {U'斷', U'断'}, {U'棄', U'弃'}, {U'楊', U'杨'}, {U'榮', U'荣'},
    {U'歡', U'欢'}, {U'殘', U'残'}, {U'氣', U'气'}, {U'淺', U'浅'}, {U'滅', U'灭'}, {U'滿', U'满'}, {U'潔', U'洁'}, {U'災', U'灾'},
    {U'熱', U'热'}, {U'爭', U'争'}, {U'獎', U'奖'}, {U'畫', U'画'}, {U'疊', U'叠'}, {U'盡', U'尽'}, {U'監', U'监'}, {U'盤', U'盘'},
    {U'礎', U'础'}, {U'禮', U'礼'}, {U'稱', U'称'}, {U'筆', U'笔'}, {U'築', U'筑'}, {U'簡', U'简'}, {U'糧', U'粮'}, {U'緊', U'紧'},
    {U'縮', U'缩'}, {U'繫', U'系'}, {U'罷', U'罢'}, {U'職', U'职'}, {U'聯', U'联'}, {U'聲', U'声'}, {U'肅', U'肃'}, {U'腦', U'脑'},
    {U'臺', U'台'}, {U'蟲', U'虫'}, {U'裡', U'里'}, {U'視', U'视'}, {U'覺', U'觉'}, {U'觸', U'触'}, {U'記', U'记'}, {U'詳', U'详'},
    {U'誌', U'志'}, {U'說', U'说'}, {U'課', U'课'}, {U'諸', U'诸'}, {U'識', U'识'}, {U'變', U'变'}, {U'讓', U'让'}, {U'貨', U'货'},
    {U'貸', U'贷'}, {U'賣', U'卖'}, {U'趨', U'趋'}, {U'跡', U'迹'}, {U'車', U'车'}, {U'軍', U'军'}, {U'載', U'载'}, {U'輔', U'辅'},
    {U'輕', U'轻'}, {U'輸', U'输'}, {U'轄', U'辖'}, {U'農', U'农'}, {U'適', U'适'}, {U'遷', U'迁'}, {U'選', U'选'}, {U'遺', U'遗'},
    {U'郵', U'邮'}, {U'醫', U'医'}, {U'釐', U'厘'}, {U'針', U'针'}, {U'鐵', U'铁'}, {U'長', U'长'}, {U'閱', U'阅'}, {U'闊', U'阔'},
    {U'際', U'际'}, {U'雜', U'杂'}, {U'難', U'难'}, {U'雲', U'云'}, {U'靈', U'灵'}, {U'韓', U'韩'}, {U'頁', U'页'}, {U'頒', U'颁'},
    {U'頻', U'频'}, {U'顯', U'显'}, {U'風', U'风'}, {U'飛', U'飞'}, {U'養', U'养'}, {U'館', U'馆'}, {U'馬', U'马'}, {U'驅', U'驱'},
    {U'魚', U'鱼'}, {U'鳥', U'鸟'}, {U'麥', U'麦'}, {U'黨', U'党'}, {U'齡', U'龄'},
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

bool is_space(char32_t c) { return text::is_blank(c); }

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

namespace {

/// Optimal string alignment distance (Levenshtein plus swaps of neighbours), stopping early past `limit`.
size_t edit_distance(std::u32string_view a, std::u32string_view b, size_t limit) {
  const size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (size_t j = 0; j <= m; ++j) prev[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], prev2[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

/// The numbering a row label starts with ("7.", "（三）", "一、"), or "".
U32 numbering_of(const U32& label) {
  size_t i = 0;
  while (i < label.size() && label[i] >= U'0' && label[i] <= U'9') ++i;
  if (i > 0 && i < label.size() && label[i] == U'.') return label.substr(0, i + 1);
  const U32 numerals = U"一二三四五六七八九十";
  if (!label.empty() && is_open(label[0])) {
    size_t k = 1;
    while (k < label.size() && numerals.find(label[k]) != U32::npos) ++k;
    if (k > 1 && k < label.size() && is_close(label[k])) return label.substr(0, k + 1);
  }
  size_t k = 0;
  while (k < label.size() && numerals.find(label[k]) != U32::npos) ++k;
  if (k > 0 && k < label.size() && label[k] == U'、') return label.substr(0, k + 1);
  return {};
}

// Spellings of a label that real reports use instead of it (normalised forms).
const std::pair<const char32_t*, const char32_t*> kLabelVariants[] = {
    {U"行政规范性文件", U"规范性文件"},  // 2021 reports keeping the 2019 word
};

}  // namespace

LabelHit find_label_near(const U32& norm, size_t from, size_t to, const U32& label) {
  LabelHit hit;
  to = std::min(to, norm.size());
  if (from >= to) return hit;
  const U32 core = core_of(label);
  for (const auto& [official, variant] : kLabelVariants) {
    if (core != official) continue;
    hit = find_label(norm, from, to, variant);
    if (hit.found()) {
      hit.approximate = true;
      return hit;
    }
  }
  const U32 number = numbering_of(core);
  const U32 words = core.substr(number.size());
  if (words.size() <= 4) return hit;
  const size_t limit = words.size() <= 10 ? 1 : 2;
  size_t best = limit + 1;
  for (size_t p = from; p < to; ++p) {
    if (norm.compare(p, number.size(), number) != 0) continue;
    const size_t q = p + number.size();
    // Digits end a label: the match stops before the row's figures.
    size_t digit = q;
    while (digit < to && digit < q + words.size() + limit && !(norm[digit] >= U'0' && norm[digit] <= U'9')) ++digit;
    for (size_t len = words.size() > limit ? words.size() - limit : 1; len <= words.size() + limit && q + len <= digit; ++len) {
      const size_t d = edit_distance(words, std::u32string_view(norm).substr(q, len), limit);
      // Among equally close matches, the one as long as the label ("案件" for "案卷", not "案" missing one).
      const auto off = [&](size_t l) { return l > words.size() ? l - words.size() : words.size() - l; };
      if (d < best || (d == best && hit.found() && hit.begin == p && off(len) < off(hit.end - q))) {
        best = d;
        hit.begin = p;
        hit.end = q + len;
        hit.approximate = true;
      }
    }
    if (best == 0) break;
  }
  if (hit.found() && best == 0) hit.approximate = false;
  return hit;
}

namespace {

/// How much of `words` the text from norm[w0] matches as a subsequence (LCS), and where the match ends.
/// The match stops at a gap of more than kMaxGap unmatched characters, so that words of the following
/// text do not stretch a heading into the body.
struct WordsMatch {
  size_t matched = 0;
  size_t end = 0;
  bool enough(size_t m) const { return matched * 10 >= m * 6 && matched >= 2; }
};

WordsMatch match_words(const U32& norm, size_t w0, size_t to, const U32& words) {
  const size_t m = words.size();
  const size_t w1 = std::min(to, w0 + m + 12);  // room for extra words such as "政府信息公开工作"
  constexpr size_t kMaxGap = 6;
  std::vector<size_t> prev(m + 1, 0), cur(m + 1);
  WordsMatch best{0, w0};
  for (size_t j = w0; j < w1 && (best.matched == 0 || j - best.end < kMaxGap); ++j) {
    cur[0] = 0;
    for (size_t i = 1; i <= m; ++i) cur[i] = words[i - 1] == norm[j] ? prev[i - 1] + 1 : std::max(prev[i], cur[i - 1]);
    if (cur[m] > best.matched) best = {cur[m], j + 1};
    std::swap(prev, cur);
  }
  return best;
}

/// The words must begin near the number (extra leading words are short), so that "四、结转…" followed
/// closely by the real "四、政府信息公开…" is not taken for the heading.
bool starts_near(const U32& norm, size_t w0, size_t to, const U32& words) {
  const U32 lead = words.substr(0, 3);
  for (size_t j = w0; j < std::min(to, w0 + 10); ++j)
    if (lead.find(norm[j]) != U32::npos) return true;
  return false;
}

/// Does another heading's words fit the text at w0 better than `words` do ("二、收到和处理…" is heading
/// 三 renumbered, not heading 二)?
bool rival_fits_better(const U32& norm, size_t w0, size_t to, const U32& words, size_t matched,
                       const std::vector<U32>& rivals) {
  for (const U32& r : rivals) {
    const U32 rw = split_heading(r).second;
    if (rw == words || rw.empty()) continue;
    if (match_words(norm, w0, to, rw).matched * words.size() > matched * rw.size()) return true;
  }
  return false;
}

bool is_numeral(char32_t c) { return U32(U"一二三四五六七八九十").find(c) != U32::npos; }

}  // namespace

LabelHit find_heading(const U32& norm, size_t from, size_t to, const U32& heading, const std::vector<U32>& rivals) {
  LabelHit hit;
  auto [number, words] = split_heading(heading);
  if (number.empty() || words.empty()) return find_label(norm, from, to, heading);
  for (size_t at = norm.find(number, from); at != U32::npos && at + number.size() < to;
       at = norm.find(number, at + 1)) {
    // "十二、" is not heading 二: the number must not continue a longer Chinese numeral.
    if (at > 0 && is_numeral(norm[at - 1])) continue;
    const size_t w0 = at + number.size();
    if (!starts_near(norm, w0, to, words)) continue;
    const WordsMatch m = match_words(norm, w0, to, words);
    if (m.enough(words.size()) && !rival_fits_better(norm, w0, to, words, m.matched, rivals)) {
      hit.begin = at;
      hit.end = m.end;
      return hit;
    }
  }
  return hit;
}

LabelHit find_heading_renumbered(const U32& norm, size_t from, size_t to, const U32& heading) {
  LabelHit hit;
  const U32 words = split_heading(heading).second;
  if (words.empty()) return hit;
  to = std::min(to, norm.size());
  for (size_t at = from; at < to; ++at) {
    if (!is_numeral(norm[at]) || (at > 0 && is_numeral(norm[at - 1]))) continue;
    size_t k = at;
    while (k < to && is_numeral(norm[k])) ++k;
    if (k >= to || norm[k] != U'、') continue;
    const size_t w0 = k + 1;
    if (!starts_near(norm, w0, to, words)) continue;
    const WordsMatch m = match_words(norm, w0, to, words);
    // The words are this heading's own: no other ordinal ("二、") inside them.
    bool other_number = false;
    for (size_t j = w0 + 1; j < m.end && !other_number; ++j) other_number = norm[j] == U'、' && is_numeral(norm[j - 1]);
    if (m.matched * 10 >= words.size() * 8 && !other_number) {
      hit.begin = at;
      hit.end = m.end;
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
