// rule_engine.h — internals shared by the rule files: the rule table, sum relations, finding helpers.
//
// Rules are data (RuleSpec: id, severity, summary, formats, section, table, and either a relation generator
// or a checker), declared by each rules file beside its checkers in its register_*_rules() (model: cppcheck's
// classInfo() beside runChecks()). rules.cpp calls those functions explicitly (the core is a static library,
// so static constructors would be dropped by the linker). Every 勾稽 identity is a SumRelation "Σ lhs = Σ rhs" generated once per format from FormatDef
// and evaluated by one engine (identity_rules.cpp), which also groups failures explained by one cell.
//
// Index
//   SumRelation, CompiledRules ... identities with precomputed cell indices
//   RuleContext, RuleSpec ........ what a checker sees; one row of the rule table
//   register_*_rules ............. one per rules file
//   helpers ...................... cell names, values, finding construction
#pragma once

#include <string>
#include <vector>

#include "nianbao/findings.h"
#include "nianbao/report.h"

namespace nianbao {
struct Prose;  // rules/narrative.h
}

namespace nianbao::rules {

/// One arithmetic identity: sum of `lhs` cells equals sum of `rhs` cells.
struct SumRelation {
  int rule = 0;              ///< index into rule_specs()
  std::string subject;       ///< what it is about: "自然人列", "三（一）予以公开行", "行政复议"
  std::string lhs_name;      ///< "第一项加第二项之和"
  std::string rhs_name;      ///< "第三项加第四项之和"
  std::vector<int> lhs, rhs;  ///< indices into FormatDef::cells / Report::cells
  const char* section = "table3";
};

/// Everything precomputed for one format: its relations, the relations of each cell, and compact copies of
/// the cell attributes the value rules read (CellDef is large; scanning it per check would cost more).
struct CompiledRules {
  std::vector<SumRelation> relations;
  std::vector<std::vector<int>> relations_of_cell;  ///< cell index → indices into `relations`
  std::vector<int> cells_of_table[5];               ///< table number (2, 3, 4) → its cell indices
  std::vector<int> amount_cells;                    ///< cells of kind Amount
  std::vector<ValueKind> kind_of;                   ///< cell index → kind
};

/// Built once per format on first use (thread-safe static initialisation).
const CompiledRules& compiled_rules(FormatVersion v);

struct RuleSpec;

/// What a checker is given. `previous` is non-null only for rules with needs_previous.
struct RuleContext {
  const Report& report;
  const Report* previous;
  const FormatDef& def;
  const RuleSpec& spec;
  int rule;            ///< index of `spec` in rule_specs()
  const Prose& prose;  ///< the report's narrative sections, scanned once for every rule (rules/narrative.h)
  /// The units' reports an aggregate is checked against (H rules), or nullptr when none were given.
  const std::vector<const Report*>* units = nullptr;
};

using Checker = void (*)(const RuleContext& ctx, std::vector<Finding>& out);
/// Appends the identities of rule `rule` for format `def`.
using RelationGenerator = void (*)(const FormatDef& def, int rule, std::vector<SumRelation>& out);

/// Formats a rule applies to, one bit per FormatVersion.
using FormatMask = uint32_t;
inline constexpr FormatMask kAllFormats = ~FormatMask{0};
constexpr FormatMask only(FormatVersion v) { return FormatMask{1} << static_cast<unsigned>(v); }
constexpr bool applies(FormatMask m, FormatVersion v) { return (m & only(v)) != 0; }

struct RuleSpec {
  const char* id;
  Severity severity;
  const char* summary;      ///< one Chinese line for `nianbao rules`
  FormatMask formats;       ///< the formats it checks (others skip it)
  bool needs_previous;
  const char* section;      ///< section key of its findings (checkers may refine it)
  int table;                ///< table a value rule looks at (2/3/4), else 0
  RelationGenerator relations;  ///< identity rules: generates the relations; else nullptr
  Checker check;                ///< other rules: appends findings; else nullptr
};

/// The rule table, in the order `nianbao rules` prints it: by family (C, E, A, M, U, N, CY as in
/// format-spec §4 and the README), then by number.
const std::vector<RuleSpec>& rule_specs();
/// Index of a rule id in rule_specs(); -1 when unknown.
int rule_index(std::string_view id);

// --- helpers ------------------------------------------------------------------------------------

/// "三（四）无法提供 1.本机关不掌握相关政府信息 · 自然人".
std::string cell_name(const FormatDef& def, int index);
/// A finding of `ctx`'s rule with its severity and default section.
Finding make_finding(const RuleContext& ctx, std::string message);
/// Value of a count cell, or -1 when it is empty (counts that matter here are never negative when valid).
int64_t count_or_missing(const Report& r, std::string_view code);

// --- the rules files: each appends its rules (RuleSpec rows beside their checkers) -----------------

using RuleTable = std::vector<RuleSpec>;
void register_value_rules(RuleTable&);       // value_rules.cpp: C2.1, C3.4, C4.2, E1, I1, A1–A3, U1
void register_identity_rules(RuleTable&);    // identity_rules.cpp: C3.1–C3.3, C4.1, E2
void register_narrative_rules(RuleTable&);   // narrative_rules.cpp: M1, N1–N9
void register_cross_year_rules(RuleTable&);  // cross_year_rules.cpp: CY0–CY4
void register_aggregate_rules(RuleTable&);   // aggregate_rules.cpp: H1–H5
void register_similarity_rules(RuleTable&);  // similarity_rules.cpp: S1, S2, CY5

/// Removes the M1 findings about a year or agency the import could not read: rule I1 reports those
/// (value_rules.cpp; run by check_report after the checkers).
void drop_import_shadowed(const Report& report, std::vector<Finding>& out);

/// Evaluates every relation of the report's format; emits identity findings, grouped failures and E2
/// (identity_rules.cpp; run by check_report after the checkers).
void check_identities(const Report& report, std::vector<Finding>& out);

}  // namespace nianbao::rules
