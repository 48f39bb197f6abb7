// file_io_test.cpp — outputs of `nianbao new` written through links, into pipes, keeping permissions.
#include <sys/stat.h>
#include <unistd.h>

#include "cli/run.h"

using namespace nianbao::test;

TEST_CASE("an output path that is a link is written through, the link stays") {
  const std::string dir = scratch_dir();
  write_all(dir + "/real.json", "old");
  REQUIRE(symlink((dir + "/real.json").c_str(), (dir + "/link.json").c_str()) == 0);
  auto r = run_nianbao(dir, "new --year 2024 --agency 甲 -o " + dir + "/link.json");
  REQUIRE(r.status == 0);
  struct stat st {};
  REQUIRE(lstat((dir + "/link.json").c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(read_all(dir + "/real.json").find("\"agency\": \"甲\"") != std::string::npos);
  remove_dir(dir);
}

TEST_CASE("replacing a file keeps its permissions") {
  const std::string dir = scratch_dir();
  write_all(dir + "/a.json", "old");
  REQUIRE(chmod((dir + "/a.json").c_str(), 0600) == 0);
  REQUIRE(run_nianbao(dir, "new --year 2024 --agency 甲 -o " + dir + "/a.json").status == 0);
  struct stat st {};
  REQUIRE(stat((dir + "/a.json").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  remove_dir(dir);
}

TEST_CASE("an output that is a pipe is written into, not replaced") {
  const std::string dir = scratch_dir();
  const std::string fifo = dir + "/pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  // A reader keeps the pipe open in the background and copies what arrives.
  REQUIRE(std::system(("cat " + fifo + " > " + dir + "/got &").c_str()) == 0);
  REQUIRE(run_nianbao(dir, "new --year 2024 --agency 甲 -o " + fifo).status == 0);
  for (int i = 0; i < 50 && read_all(dir + "/got").find("\"schema\"") == std::string::npos; ++i) usleep(20000);
  struct stat st {};
  REQUIRE(stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK(read_all(dir + "/got").find("\"schema\"") != std::string::npos);
  remove_dir(dir);
}

// --- inputs: a hard cap whatever the input is, Chinese OS errors, UTF-16

namespace {

const std::string kSeedReport = std::string(NIANBAO_SOURCE_DIR) + "/tests/data/yanshi-2020.json";

/// `text` (UTF-8) as UTF-16 with a byte-order mark; ASCII and BMP characters only (enough for the tests).
std::string utf16_with_bom(const std::string& text, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    unsigned cp = c;
    size_t len = 1;
    if (c >= 0xE0) cp = c & 0x0F, len = 3;
    else if (c >= 0xC0) cp = c & 0x1F, len = 2;
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += len;
    const char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

}  // namespace

TEST_CASE("a device without end (/dev/zero) is refused at the cap, naming it and the limit") {
  const std::string dir = scratch_dir();
  auto r = run_nianbao(dir, "check /dev/zero");
  CHECK(r.status == 2);
  CHECK(r.err.find("/dev/zero：输入过长（设备、管道或标准输入），超过 16 MB 的上限") != std::string::npos);
  CHECK(r.err.find("bad_alloc") == std::string::npos);
  remove_dir(dir);
}

TEST_CASE("standard input is read with the same cap, a report arriving through a pipe is checked") {
  const std::string dir = scratch_dir();
  auto ok = run_nianbao(dir, "check - < '" + kSeedReport + "'");
  CHECK(ok.status == 0);
  auto big = run_nianbao(dir, "check - < /dev/zero");
  CHECK(big.status == 2);
  CHECK(big.err.find("标准输入：输入过长") != std::string::npos);
  remove_dir(dir);
}

TEST_CASE("a file over the limit is refused before reading, with its size and the limit") {
  const std::string dir = scratch_dir();
  write_all(dir + "/big.json", "");
  REQUIRE(truncate((dir + "/big.json").c_str(), 20 << 20) == 0);
  auto r = run_nianbao(dir, "check " + dir + "/big.json");
  CHECK(r.status == 2);
  CHECK(r.err.find(dir + "/big.json：文件过大（20 MB），超过 16 MB 的上限，未读取") != std::string::npos);
  remove_dir(dir);
}

TEST_CASE("OS errors are worded in Chinese") {
  const std::string dir = scratch_dir();
  auto r = run_nianbao(dir, "check " + dir + "/missing.json");
  CHECK(r.status == 2);
  CHECK(r.err.find(dir + "/missing.json：无法读取（文件或文件夹不存在）") != std::string::npos);
  CHECK(r.err.find("No such file") == std::string::npos);
  auto out = run_nianbao(dir, "new --year 2024 --agency 甲 -o " + dir + "/no/such/folder/a.json");
  CHECK(out.status == 2);
  CHECK(out.err.find("文件或文件夹不存在") != std::string::npos);
  remove_dir(dir);
}

TEST_CASE("UTF-16 reports (Notepad's “Unicode”, either byte order) are read, and the user is told") {
  const std::string dir = scratch_dir();
  const std::string seed = read_all(kSeedReport);
  for (bool le : {true, false}) {
    write_all(dir + "/u16.json", utf16_with_bom(seed, le));
    auto r = run_nianbao(dir, "check " + dir + "/u16.json");
    CHECK(r.status == 0);
    CHECK(r.err.find("是 UTF-16 编码") != std::string::npos);
  }
  write_all(dir + "/broken.json", utf16_with_bom(seed, true).substr(0, 1001));  // cut inside a code unit
  auto broken = run_nianbao(dir, "check " + dir + "/broken.json");
  CHECK(broken.status == 2);
  CHECK(broken.err.find("UTF-16 文本在第") != std::string::npos);
  remove_dir(dir);
}

// --- outputs: never the input, never a read-only file

TEST_CASE("an output that is the input itself is refused and the input is unchanged") {
  const std::string dir = scratch_dir();
  const std::string seed = read_all(kSeedReport);
  write_all(dir + "/r.json", seed);
  REQUIRE(symlink((dir + "/r.json").c_str(), (dir + "/alias.json").c_str()) == 0);
  for (const char* out : {"/r.json", "/alias.json", "/./r.json"}) {
    auto r = run_nianbao(dir, "render " + dir + "/r.json -o " + dir + out);
    CHECK(r.status == 2);
    CHECK(r.err.find("输出文件就是输入文件") != std::string::npos);
    CHECK(read_all(dir + "/r.json") == seed);
  }
  auto imp = run_nianbao(dir, "import " + dir + "/r.json -o " + dir + "/r.json");
  CHECK(imp.status == 2);
  CHECK(read_all(dir + "/r.json") == seed);
  remove_dir(dir);
}

TEST_CASE("a read-only output file is never replaced") {
  const std::string dir = scratch_dir();
  write_all(dir + "/keep.json", "keep me");
  REQUIRE(chmod((dir + "/keep.json").c_str(), 0444) == 0);
  auto r = run_nianbao(dir, "new --year 2024 --agency 甲 -o " + dir + "/keep.json");
  CHECK(r.status == 2);
  CHECK(r.err.find("文件是只读的，未改动") != std::string::npos);
  CHECK(read_all(dir + "/keep.json") == "keep me");
  remove_dir(dir);
}
