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
