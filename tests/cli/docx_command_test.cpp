// docx_command_test.cpp — `nianbao render -o X.docx` and `nianbao import X.docx`: the extension chooses
// Word; export then import gives the same report; a .doc or a damaged .docx exits 2 and writes nothing.
#include <nlohmann/json.hpp>
#include <string>

#include "run.h"

using namespace nianbao::test;

namespace {

const std::string kSeed = std::string(NIANBAO_SOURCE_DIR) + "/tests/data/yanshi-2020.json";
const std::string kHandLaid = std::string(NIANBAO_SOURCE_DIR) + "/tests/data/docx/hand-laid-2021.docx";

}  // namespace

TEST_CASE("render -o X.docx writes a Word package, import reads the same cells back") {
  const std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "render '" + kSeed + "' -o '" + dir + "/seed.DOCX'");
  CHECK_MESSAGE(r.status == 0, r.err);
  const std::string docx = read_all(dir + "/seed.DOCX");
  CHECK(docx.substr(0, 4) == std::string("PK\x03\x04", 4));
  r = run_nianbao(dir, "import '" + dir + "/seed.DOCX' -o '" + dir + "/back.json'");
  CHECK_MESSAGE(r.status == 0, r.err);
  CHECK(r.err.find("读入 198/198 格") != std::string::npos);
  const auto seed = nlohmann::json::parse(read_all(kSeed));
  const auto back = nlohmann::json::parse(read_all(dir + "/back.json"));
  CHECK(back["cells"] == seed["cells"]);
  CHECK(back["year"] == seed["year"]);
  CHECK(back["agency"] == seed["agency"]);
  CHECK(back["import"]["source"] == "docx");
  remove_dir(dir);
}

TEST_CASE("import of a hand-laid .docx reads every cell, check runs on the result") {
  const std::string dir = scratch_dir();
  RunResult r = run_nianbao(dir, "import '" + kHandLaid + "' -o '" + dir + "/h.json'");
  CHECK_MESSAGE(r.status == 0, r.err);
  CHECK(r.err.find("读入 200/200 格") != std::string::npos);
  r = run_nianbao(dir, "check '" + dir + "/h.json'");
  CHECK(r.status != 2);
  remove_dir(dir);
}

TEST_CASE("import of a .doc, a truncated .docx, or render --with-findings to .docx exits 2 and writes nothing") {
  const std::string dir = scratch_dir();
  std::string doc("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  doc += std::string(600, '\0');
  write_all(dir + "/old.doc", doc);
  RunResult r = run_nianbao(dir, "import '" + dir + "/old.doc' -o '" + dir + "/out.json'");
  CHECK(r.status == 2);
  CHECK(r.err.find("另存为") != std::string::npos);
  const std::string docx = read_all(kHandLaid);
  write_all(dir + "/cut.docx", docx.substr(0, docx.size() / 2));
  r = run_nianbao(dir, "import '" + dir + "/cut.docx' -o '" + dir + "/out.json'");
  CHECK(r.status == 2);
  CHECK(r.err.find("不完整") != std::string::npos);
  r = run_nianbao(dir, "render '" + kSeed + "' -o '" + dir + "/out.docx' --with-findings");
  CHECK(r.status == 2);
  CHECK(read_all(dir + "/out.json").empty());
  CHECK(read_all(dir + "/out.docx").empty());
  remove_dir(dir);
}
