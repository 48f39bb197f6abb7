// file_io.cpp — reading inputs and writing outputs atomically.
#include "file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <unistd.h>

namespace nianbao::cli {

std::optional<std::string> read_file(const std::string& path, std::string* error, size_t max_bytes) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) {
    *error = path + "：无法读取（" + std::strerror(errno) + "）";
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    *error = path + "：是文件夹，不是文件";
    return std::nullopt;
  }
  if (static_cast<size_t>(st.st_size) > max_bytes) {
    *error = path + "：文件过大（" + std::to_string(st.st_size >> 20) + " MB）";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + "：无法打开（" + std::strerror(errno) + "）";
    return std::nullopt;
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = path + "：读取失败";
    return std::nullopt;
  }
  return bytes;
}

namespace {

/// Writes `bytes` to an open stream; "" or a message.
std::string write_all(FILE* f, const std::string& bytes, const std::string& path) {
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fflush(f) == 0) && ok;
  return ok ? std::string() : path + "：写入失败（" + std::strerror(errno) + "）";
}

}  // namespace

std::string write_file_atomic(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout << bytes;
    std::cout.flush();
    return std::cout ? std::string() : std::string("写入标准输出失败");
  }
  // Write through a link to its target; a device or pipe (/dev/stdout, a FIFO) is written directly,
  // since renaming over it would replace it instead of writing to it.
  std::string target = path;
  if (char* resolved = realpath(path.c_str(), nullptr)) {
    target = resolved;
    std::free(resolved);
  }
  struct stat st {};
  const bool exists = stat(target.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    FILE* f = std::fopen(target.c_str(), "wb");
    if (!f) return path + "：无法写入（" + std::strerror(errno) + "）";
    std::string err = write_all(f, bytes, path);
    std::fclose(f);
    return err;
  }
  const std::string tmp = target + ".tmp-" + std::to_string(getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return path + "：无法写入（" + std::strerror(errno) + "）";
  if (exists) fchmod(fileno(f), st.st_mode & 07777);  // keep the permissions of the file it replaces
  std::string err = write_all(f, bytes, path);
  bool ok = err.empty() && fsync(fileno(f)) == 0;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::string msg = err.empty() ? path + "：写入失败（" + std::strerror(errno) + "），原文件未改动" : err + "，原文件未改动";
    std::remove(tmp.c_str());
    return msg;
  }
  return {};
}

}  // namespace nianbao::cli
