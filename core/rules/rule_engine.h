// rule_engine.h — internals shared by the rule files: the rule table, sum relations, finding helpers.
//
// Rules are data (RuleSpec: id, severity, summary, section, table, and either a relation generator or a
// checker). Every 勾稽 identity is a SumRelation "Σ lhs = Σ rhs" generated once per format from FormatDef
// and evaluated by one engine (identity_rules.cpp), which also groups failures explained by one cell.
//
// Index
//   SumRelation, CompiledRules ... identities with precomputed cell indices
//   RuleContext, RuleSpec ........ what a checker sees; one row of the rule table
//   helpers ...................... cell names, values, finding construction
#pragma once

#include <string>
#include <vector>

#include "findings.h"
#include "report.h"

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
  int rule;  ///< index of `spec` in rule_specs()
};

using Checker = void (*)(const RuleContext& ctx, std::vector<Finding>& out);
/// Appends the identities of rule `rule` for format `def`.
using RelationGenerator = void (*)(const FormatDef& def, int rule, std::vector<SumRelation>& out);

struct RuleSpec {
  const char* id;
  Severity severity;
  const char* summary;      ///< one Chinese line for `nianbao rules`
  bool needs_previous;
  const char* section;      ///< section key of its findings (checkers may refine it)
  int table;                ///< table a value rule looks at (2/3/4), else 0
  RelationGenerator relations;  ///< identity rules: generates the relations; else nullptr
  Checker check;                ///< other rules: appends findings; else nullptr
};

/// The rule table, in the order `nianbao rules` prints it.
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

// --- checkers implemented in the rule files -----------------------------------------------------

// identity_rules.cpp
void relations_c31(const FormatDef&, int, std::vector<SumRelation>&);
void relations_c32(const FormatDef&, int, std::vector<SumRelation>&);
void relations_c33(const FormatDef&, int, std::vector<SumRelation>&);
void relations_c41(const FormatDef&, int, std::vector<SumRelation>&);
/// Evaluates every relation of the report's format; emits identity findings, grouped failures and E2.
void check_identities(const Report& report, std::vector<Finding>& out);

// value_rules.cpp
void check_values(const RuleContext&, std::vector<Finding>&);       // C2.1, C3.4, C4.2
void check_empty(const RuleContext&, std::vector<Finding>&);        // E1
void check_precision(const RuleContext&, std::vector<Finding>&);    // A1, A2
void check_unit_scale(const RuleContext&, std::vector<Finding>&);   // A3
void check_unknown_cells(const RuleContext&, std::vector<Finding>&);  // U1

// narrative_rules.cpp
void check_text_vs_tables(const RuleContext&, std::vector<Finding>&);  // N1
void check_fee_statement(const RuleContext&, std::vector<Finding>&);   // N2
void check_overview_length(const RuleContext&, std::vector<Finding>&);  // N3
void check_government_items(const RuleContext&, std::vector<Finding>&);  // N4
void check_identity(const RuleContext&, std::vector<Finding>&);        // M1
void check_years(const RuleContext&, std::vector<Finding>&);           // N5
void check_deadline(const RuleContext&, std::vector<Finding>&);        // N6
void check_format_year(const RuleContext&, std::vector<Finding>&);     // N7
void check_other_share(const RuleContext&, std::vector<Finding>&);     // N8
void check_prose_sums(const RuleContext&, std::vector<Finding>&);      // N9

// cross_year_rules.cpp
void check_previous_year(const RuleContext&, std::vector<Finding>&);   // CY0
void check_carried(const RuleContext&, std::vector<Finding>&);         // CY1
void check_in_force(const RuleContext&, std::vector<Finding>&);        // CY2
void check_projects(const RuleContext&, std::vector<Finding>&);        // CY3
void check_problems_repeat(const RuleContext&, std::vector<Finding>&);  // CY4

}  // namespace nianbao::rules
