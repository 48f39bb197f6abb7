// run.h — runs the built `nianbao` binary for the CLI tests and captures what it prints.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <unistd.h>

#include <doctest/doctest.h>

namespace nianbao::test {

struct RunResult {
  int status = -1;     ///< exit status of nianbao
  std::string out;     ///< standard output
  std::string err;     ///< standard error
};

/// A fresh scratch directory for one test, removed by the caller with remove_dir.
inline std::string scratch_dir() {
  char tmpl[] = "/tmp/nianbao-cli-XXXXXX";
  REQUIRE(mkdtemp(tmpl) != nullptr);
  return tmpl;
}

inline std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_all(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  REQUIRE(out.good());
}

/// Runs `nianbao ARGS` (ARGS already shell-quoted) with stdout/stderr captured to files in `dir`.
inline RunResult run_nianbao(const std::string& dir, const std::string& args) {
  const std::string out = dir + "/stdout", err = dir + "/stderr";
  const std::string cmd = std::string("'") + NIANBAO_BIN + "' " + args + " >'" + out + "' 2>'" + err + "'";
  int raw = std::system(cmd.c_str());
  RunResult r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_all(out);
  r.err = read_all(err);
  return r;
}

inline void remove_dir(const std::string& dir) { std::system(("rm -rf '" + dir + "'").c_str()); }

}  // namespace nianbao::test
