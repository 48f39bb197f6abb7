// file_io.cpp — reading inputs with a hard cap, writing outputs atomically, refusing unsafe outputs.
//
// Index
//   os_error ................ errno in Chinese
//   read_file ............... any input kind, capped while reading (st_size is 0 for devices and pipes)
//   convert_utf16, read_text  BOM-marked UTF-16 (LE/BE) → UTF-8
//   write_file_atomic ....... temp file + rename; links, pipes, read-only files
//   refuse_output_over_input  same inode through links and other names
#include "file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "nianbao/text.h"

namespace nianbao::cli {

std::string os_error(int err) {
  switch (err) {
    case ENOENT: return "文件或文件夹不存在";
    case EACCES:
    case EPERM: return "没有访问权限";
    case EISDIR: return "是文件夹，不是文件";
    case ENOTDIR: return "路径中有一项不是文件夹";
    case ENAMETOOLONG: return "路径过长";
    case ELOOP: return "链接层数过多（可能是循环链接）";
    case EROFS: return "所在磁盘只读";
    case ENOSPC: return "磁盘空间不足";
    case EDQUOT: return "磁盘配额已满";
    case EFBIG: return "文件超出系统允许的大小";
    case EIO: return "磁盘读写出错";
    case EMFILE:
    case ENFILE: return "同时打开的文件过多";
    case EBUSY:
    case ETXTBSY: return "文件正被占用";
    case ENXIO:
    case ENODEV: return "设备不存在或不可用";
    case EAGAIN: return "暂时无法读取（非阻塞输入无数据）";
    case EPIPE: return "接收输出的程序已关闭";
    case EINVAL: return "此类文件不支持该操作";
    default: return "系统错误 " + std::to_string(err) + "：" + std::strerror(err);
  }
}

namespace {

/// "16 MB" for a byte count (one decimal below 10 MB, so a limit or size is never shown as 0).
std::string megabytes(size_t bytes) {
  char buf[32];
  const double mb = static_cast<double>(bytes) / (1u << 20);
  std::snprintf(buf, sizeof buf, mb < 10 && bytes % (1u << 20) ? "%.1f MB" : "%.0f MB", mb);
  return buf;
}

std::string too_large(const std::string& path, const std::string& what, size_t max_bytes) {
  return path + "：" + what + "，超过 " + megabytes(max_bytes) + " 的上限，未读取";
}

/// Reads `fd` up to max_bytes + 1 bytes (one more tells "exactly at the limit" from "over it").
bool read_capped(int fd, size_t max_bytes, std::string* out) {
  std::string bytes;
  char chunk[1 << 16];
  while (bytes.size() <= max_bytes) {
    const size_t want = std::min(sizeof chunk, max_bytes + 1 - bytes.size());
    const ssize_t n = ::read(fd, chunk, want);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) break;
    bytes.append(chunk, static_cast<size_t>(n));
  }
  *out = std::move(bytes);
  return true;
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string* error, size_t max_bytes) {
  const bool stdin_input = path == "-";
  const std::string name = stdin_input ? std::string("标准输入") : path;
  const int fd = stdin_input ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    *error = name + "：无法读取（" + os_error(errno) + "）";
    return std::nullopt;
  }
  auto fail = [&](std::string message) -> std::optional<std::string> {
    if (!stdin_input) ::close(fd);
    *error = std::move(message);
    return std::nullopt;
  };
  struct stat st {};
  if (fstat(fd, &st) != 0) return fail(name + "：无法读取（" + os_error(errno) + "）");
  if (S_ISDIR(st.st_mode)) return fail(name + "：是文件夹，不是文件");
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > max_bytes)
    return fail(too_large(name, "文件过大（" + megabytes(static_cast<size_t>(st.st_size)) + "）", max_bytes));
  // Opened non-blocking so that a FIFO without a writer cannot hang the open; reads block as usual.
  if (!stdin_input) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string bytes;
  if (!read_capped(fd, max_bytes, &bytes)) return fail(name + "：读取失败（" + os_error(errno) + "）");
  if (bytes.size() > max_bytes)
    return fail(too_large(name, S_ISREG(st.st_mode) ? "文件在读取时变大" : "输入过长（设备、管道或标准输入）",
                          max_bytes));
  if (!stdin_input) ::close(fd);
  return bytes;
}

bool convert_utf16(std::string& bytes, std::string* error) {
  text::FromUtf16 r = text::from_utf16(bytes);
  if (!r.utf16) return false;
  if (r.error.empty())
    bytes = std::move(r.text);
  else
    *error = r.error;
  return true;
}

std::optional<std::string> read_text(const std::string& path, std::string* error, std::string* note,
                                     size_t max_bytes) {
  auto bytes = read_file(path, error, max_bytes);
  if (!bytes) return bytes;
  std::string utf16_error;
  if (convert_utf16(*bytes, &utf16_error)) {
    const std::string name = path == "-" ? std::string("标准输入") : path;
    if (!utf16_error.empty()) {
      *error = name + "：" + utf16_error;
      return std::nullopt;
    }
    *note = name + " 是 UTF-16 编码（记事本的“Unicode”），已转换为 UTF-8 读取";
  }
  return bytes;
}

namespace {

/// Writes `bytes` to an open stream; "" or a message.
std::string write_all(FILE* f, const std::string& bytes, const std::string& path) {
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fflush(f) == 0) && ok;
  return ok ? std::string() : path + "：写入失败（" + os_error(errno) + "）";
}

/// The file a path names, through links (the path itself when it does not exist yet).
std::string resolve(const std::string& path) {
  std::string target = path;
  if (char* resolved = realpath(path.c_str(), nullptr)) {
    target = resolved;
    std::free(resolved);
  }
  return target;
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
  const std::string target = resolve(path);
  struct stat st {};
  const bool exists = stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return path + "：是文件夹，不能作为输出文件";
  if (exists && !S_ISREG(st.st_mode)) {
    FILE* f = std::fopen(target.c_str(), "wb");
    if (!f) return path + "：无法写入（" + os_error(errno) + "）";
    std::string err = write_all(f, bytes, path);
    std::fclose(f);
    return err;
  }
  // A read-only file is the user's way of saying "keep this": renaming over it would replace it anyway
  // (only the folder's permission counts), so it is refused here. Write bits are checked too, since
  // access() says yes to root.
  if (exists && ((st.st_mode & 0222) == 0 || access(target.c_str(), W_OK) != 0))
    return path + "：文件是只读的，未改动；请先取消只读，或换一个输出文件名";
  const std::string tmp = target + ".tmp-" + std::to_string(getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return path + "：无法写入（" + os_error(errno) + "）";
  if (exists) fchmod(fileno(f), st.st_mode & 07777);  // keep the permissions of the file it replaces
  std::string err = write_all(f, bytes, path);
  bool ok = err.empty() && fsync(fileno(f)) == 0;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::string msg = err.empty() ? path + "：写入失败（" + os_error(errno) + "），原文件未改动" : err + "，原文件未改动";
    std::remove(tmp.c_str());
    return msg;
  }
  return {};
}

std::string refuse_output_over_input(const std::string& input, const std::string& output) {
  if (output == "-" || input == "-") return {};
  struct stat in {}, out {};
  if (stat(input.c_str(), &in) != 0 || stat(output.c_str(), &out) != 0) return {};
  if (!S_ISREG(out.st_mode) || in.st_dev != out.st_dev || in.st_ino != out.st_ino) return {};
  return output + "：输出文件就是输入文件，写入会覆盖原文件；请换一个输出文件名";
}

}  // namespace nianbao::cli
