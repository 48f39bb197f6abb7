// similarity_rules.cpp — S1, S2 and CY5: empty or boilerplate sections, 雷同 with other units, 雷同 with last year.
//
// Texts are compared after normalization: the report's own agency name becomes one placeholder, every run of
// digits or Chinese numerals another, and blanks and punctuation go; what remains is cut into overlapping
// 6-character passages (shingles) whose sets are compared (Jaccard). Copies with the name and figures changed
// then score as copies; independent texts on the same subject share common phrases but few 6-character runs.
#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "nianbao/batch.h"
#include "nianbao/similarity.h"
#include "nianbao/text.h"
#include "rules/narrative.h"
#include "rules/rule_engine.h"

namespace nianbao {

namespace {

constexpr size_t kShingle = 6;
/// Sections shorter than this (normalized characters) are not compared: S1 reports them instead.
constexpr size_t kMinCompared = 40;

bool is_numeral(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９') ||
         std::u32string_view(U"零〇一二三四五六七八九十百千万亿两").find(c) != std::u32string_view::npos;
}

bool is_punctuation(char32_t c) {
  return (c < 0x80 && !((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFF65 && !(c >= U'０' && c <= U'９'));
}

/// The text as compared: agency name → U+E000, numerals → U+E001, no blanks or punctuation.
std::u32string normalize(std::string_view text, std::string_view agency) {
  const std::u32string name = text::decode(text::trim(agency));
  const std::u32string in = text::decode(text);
  std::u32string out;
  for (size_t i = 0; i < in.size();) {
    if (name.size() >= 2 && in.compare(i, name.size(), name) == 0) {
      out += U'\uE000';
      i += name.size();
    } else if (is_numeral(in[i])) {
      out += U'\uE001';
      while (i < in.size() && is_numeral(in[i])) ++i;
    } else {
      if (!text::is_blank(in[i]) && !is_punctuation(in[i])) out += in[i];
      ++i;
    }
  }
  return out;
}

std::vector<uint64_t> shingles(const std::u32string& s) {
  std::vector<uint64_t> out;
  for (size_t i = 0; i + kShingle <= s.size(); ++i) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a over the code points
    for (size_t k = 0; k < kShingle; ++k) h = (h ^ s[i + k]) * 1099511628211ull;
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++shared, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - shared);
}

/// The longest sentence of `text` (of `agency`) whose normalized form occurs in `other` (normalized).
std::string shared_passage(std::string_view text, std::string_view agency, const std::u32string& other) {
  std::string best;
  size_t best_len = 0;
  for (std::string_view sentence : split_sentences(text)) {
    const std::u32string n = normalize(sentence, agency);
    if (n.size() > best_len && n.size() >= kShingle && other.find(n) != std::u32string::npos) {
      best_len = n.size();
      best = std::string(sentence);
    }
  }
  return std::string(quote_around(best, 0, 0));
}

std::string percent(double s) {
  char pct[8];
  std::snprintf(pct, sizeof pct, "%.0f%%", s * 100);
  return pct;
}

const char* section_heading(const std::string& key) {
  return key == "overview" ? "一、总体情况" : "五、存在的主要问题及改进情况";
}

}  // namespace

std::vector<SimilarPair> find_similar_units(const std::vector<const Report*>& reports) {
  std::vector<SimilarPair> out;
  std::vector<ReportKey> same_report(reports.size());
  for (size_t i = 0; i < reports.size(); ++i) same_report[i] = report_key(*reports[i]);
  for (const char* key : {"overview", "problems"}) {
    std::vector<std::vector<uint64_t>> sets(reports.size());
    std::unordered_map<uint64_t, std::vector<uint32_t>> index;
    for (size_t i = 0; i < reports.size(); ++i) {
      const Report& r = *reports[i];
      if (r.scope != ReportScope::Organ) continue;
      const std::u32string n = normalize(*r.narrative(key), r.agency);
      if (n.size() < kMinCompared) continue;
      sets[i] = shingles(n);
      for (uint64_t h : sets[i]) index[h].push_back(static_cast<uint32_t>(i));
    }
    // Candidates share many passages; a passage most of the region writes (a stock phrase) is not counted.
    const size_t common = std::max<size_t>(50, reports.size() / 5);
    for (size_t i = 0; i < reports.size(); ++i) {
      if (sets[i].empty()) continue;
      std::unordered_map<uint32_t, uint32_t> shared;
      for (uint64_t h : sets[i]) {
        const auto& posting = index[h];
        if (posting.size() > common) continue;
        for (uint32_t j : posting)
          if (j > i) ++shared[j];
      }
      for (const auto& [j, count] : shared) {
        if (reports[j]->year != reports[i]->year || same_report[j] == same_report[i]) continue;
        if (static_cast<double>(count) < kCopyThreshold * static_cast<double>(std::min(sets[i].size(), sets[j].size())) * 0.5)
          continue;
        const double s = jaccard(sets[i], sets[j]);
        if (s < kCopyThreshold) continue;
        SimilarPair p{i, j, key, s, {}};
        p.passage = shared_passage(*reports[i]->narrative(key), reports[i]->agency,
                                   normalize(*reports[j]->narrative(key), reports[j]->agency));
        out.push_back(std::move(p));
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const SimilarPair& x, const SimilarPair& y) {
    return std::tie(x.a, x.b, x.section) < std::tie(y.a, y.b, y.section);
  });
  return out;
}

Finding similar_unit_finding(const SimilarPair& pair, size_t self, const std::vector<const Report*>& reports) {
  const Report& other = *reports[self == pair.a ? pair.b : pair.a];
  Finding f;
  f.rule = "S2";
  f.severity = Severity::Warning;
  f.section = pair.section;
  f.actual = percent(pair.similarity);
  f.expected = other.agency;
  f.quote = pair.passage;
  f.message = std::string(section_heading(pair.section)) + "与“" + other.agency + "”的同一部分雷同（替换机关名称和数字后相似度 " +
              percent(pair.similarity) + "），评议中“雷同”会被扣分，请结合本单位实际撰写";
  return f;
}

namespace rules {

namespace {

void check_boilerplate(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!ctx.units) return;  // a supervisor's check (batch, check --units): evaluators deduct for it
  for (const auto& [key, minimum] : {std::pair<const char*, size_t>{"overview", 100}, {"problems", 30}}) {
    const std::string& text = *ctx.report.narrative(key);
    const std::string_view trimmed = text::trim(text);
    const size_t length = count_characters(trimmed, true);
    std::string problem;
    if (trimmed.empty())
      problem = "为空";
    else if (trimmed == "无" || trimmed == "无。" || trimmed == "暂无" || trimmed == "暂无。" || trimmed == "无此类情况。")
      problem = "只写了“" + std::string(trimmed) + "”";
    else if (length < minimum)
      problem = "只有 " + std::to_string(length) + " 个字（不少于 " + std::to_string(minimum) + " 字为宜）";
    if (problem.empty()) continue;
    Finding f = make_finding(ctx, std::string(section_heading(key)) + problem +
                                      "，评议中“内容空洞、敷衍”会被扣分，请写明本年度的具体情况");
    f.section = key;
    f.actual = std::to_string(length);
    out.push_back(std::move(f));
  }
}

void check_peer_copies(const RuleContext& ctx, std::vector<Finding>& out) {
  if (!ctx.units || ctx.report.scope != ReportScope::Organ) return;
  std::vector<const Report*> all = {&ctx.report};  // its own report among the units is no copy (report_key)
  all.insert(all.end(), ctx.units->begin(), ctx.units->end());
  for (const SimilarPair& p : find_similar_units(all))
    if (p.a == 0) out.push_back(similar_unit_finding(p, 0, all));
}

void check_whole_text_repeat(const RuleContext& ctx, std::vector<Finding>& out) {
  if (ctx.report.year == 0 || ctx.previous->year != ctx.report.year - 1) return;
  const auto whole = [](const Report& r) { return r.overview + "\n" + r.problems + "\n" + r.other; };
  const std::u32string now = normalize(whole(ctx.report), ctx.report.agency);
  const std::u32string before = normalize(whole(*ctx.previous), ctx.previous->agency);
  if (now.size() < kMinCompared || before.size() < kMinCompared) return;
  const double s = jaccard(shingles(now), shingles(before));
  if (s < kCopyThreshold) return;
  Finding f = make_finding(ctx, "正文与 " + std::to_string(ctx.previous->year) + " 年报告雷同（替换数字后相似度 " + percent(s) +
                                    "），格式要求“不得出现敷衍了事甚至年年雷同现象”，请结合本年情况重写");
  f.actual = percent(s);
  f.quote = shared_passage(whole(ctx.report), ctx.report.agency, before);
  out.push_back(std::move(f));
}

}  // namespace

void register_similarity_rules(RuleTable& table) {
  table.insert(table.end(), {
      {"S1", Severity::Warning, "一、总体情况或五、存在的主要问题及改进情况为空、只写“无”，或过短（一 不足 100 字，五 不足 30 字）（batch，或 check --units）",
       kAllFormats, false, "overview", 0, nullptr, check_boilerplate},
      {"S2", Severity::Warning,
       "一、总体情况或五、存在的主要问题及改进情况与同年度其他单位雷同（替换机关名称和数字后 6 字片段相似度 ≥ 70%；batch，或 check --units 给出其他单位）",
       kAllFormats, false, "overview", 0, nullptr, check_peer_copies},
      {"CY5", Severity::Warning, "正文整体与本单位上年报告雷同（替换数字后 6 字片段相似度 ≥ 70%）",
       kAllFormats, true, "overview", 0, nullptr, check_whole_text_repeat},
  });
}

}  // namespace rules

}  // namespace nianbao
