// zip.cpp — ZIP framing (APPNOTE 6.3): central directory, local headers, and the writer.
#include "zip/zip.h"

#include <algorithm>

namespace nianbao::zip {

namespace {

constexpr uint32_t kLocalSig = 0x04034b50, kCentralSig = 0x02014b50, kEndSig = 0x06054b50;
constexpr size_t kEndSize = 22, kCentralSize = 46, kLocalSize = 30;
constexpr uint16_t kFlagEncrypted = 1, kFlagUtf8 = 1u << 11;

uint16_t u16(std::string_view b, size_t at) {
  return static_cast<uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
uint32_t u32(std::string_view b, size_t at) { return u16(b, at) | static_cast<uint32_t>(u16(b, at + 2)) << 16; }

void put16(std::string& s, uint32_t v) {
  s.push_back(static_cast<char>(v & 0xff));
  s.push_back(static_cast<char>((v >> 8) & 0xff));
}
void put32(std::string& s, uint32_t v) {
  put16(s, v & 0xffff);
  put16(s, v >> 16);
}

}  // namespace

const Entry* Archive::find(std::string_view name) const {
  for (const auto& e : entries)
    if (e.name == name) return &e;
  return nullptr;
}

Archive read_archive(std::string_view b) {
  Archive a;
  if (b.size() < kEndSize) {
    a.error = "文件不完整（太短），不是有效的压缩包";
    return a;
  }
  // The end record is the last 22 bytes unless a comment (at most 65535 bytes) follows it.
  size_t end = std::string_view::npos;
  const size_t lowest = b.size() > kEndSize + 0xffff ? b.size() - kEndSize - 0xffff : 0;
  for (size_t at = b.size() - kEndSize + 1; at-- > lowest;)
    if (u32(b, at) == kEndSig) {
      end = at;
      break;
    }
  if (end == std::string_view::npos) {
    a.error = "文件不完整或已损坏（找不到压缩包目录，可能下载或复制时被截断）";
    return a;
  }
  const size_t count = u16(b, end + 10), dir_size = u32(b, end + 12), dir_offset = u32(b, end + 16);
  if (u16(b, end + 4) != 0 || u16(b, end + 6) != 0 || count != u16(b, end + 8)) {
    a.error = "这是分卷压缩包的一部分，不是完整的文件";
    return a;
  }
  if (dir_offset == 0xffffffffu || count == 0xffff) {
    a.error = "压缩包使用了 ZIP64 格式（超过 4 GB 或 65535 项），不是正常的 Word 文档";
    return a;
  }
  if (dir_offset > end || dir_size > end - dir_offset) {
    a.error = "文件不完整或已损坏（压缩包目录超出文件范围）";
    return a;
  }
  if (count > kMaxEntries) {
    a.error = "压缩包含有 " + std::to_string(count) + " 项，不是正常的 Word 文档";
    return a;
  }
  a.entries.reserve(count);
  size_t at = dir_offset;
  const size_t dir_end = dir_offset + dir_size;
  for (size_t i = 0; i < count; ++i) {
    if (at + kCentralSize > dir_end || u32(b, at) != kCentralSig) {
      a.error = "文件已损坏（压缩包目录第 " + std::to_string(i + 1) + " 项无法读取）";
      a.entries.clear();
      return a;
    }
    Entry e;
    e.flags = u16(b, at + 8);
    e.method = u16(b, at + 10);
    e.crc = u32(b, at + 16);
    e.compressed_size = u32(b, at + 20);
    e.size = u32(b, at + 24);
    const size_t name_len = u16(b, at + 28), extra_len = u16(b, at + 30), comment_len = u16(b, at + 32);
    e.local_offset = u32(b, at + 42);
    if (at + kCentralSize + name_len + extra_len + comment_len > dir_end) {
      a.error = "文件已损坏（压缩包目录第 " + std::to_string(i + 1) + " 项超出目录范围）";
      a.entries.clear();
      return a;
    }
    e.name.assign(b.substr(at + kCentralSize, name_len));
    at += kCentralSize + name_len + extra_len + comment_len;
    a.entries.push_back(std::move(e));
  }
  return a;
}

bool extract(std::string_view b, const Entry& e, size_t max_size, std::string& out, std::string& error) {
  out.clear();
  const std::string which = "压缩包中的“" + e.name + "”";
  if (e.flags & kFlagEncrypted) {
    error = "文件设了打开密码：请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入";
    return false;
  }
  if (e.method != 0 && e.method != 8) {
    error = which + "使用了不支持的压缩方式（" + std::to_string(e.method) + "），请在 Word 或 WPS 中另存为 .docx 再导入";
    return false;
  }
  if (e.size > max_size) {
    error = which + "解压后有 " + std::to_string(e.size >> 20) + " MB，超过上限 " + std::to_string(max_size >> 20) +
            " MB，不像是正常的 Word 文档（可能是“压缩炸弹”）";
    return false;
  }
  const size_t at = e.local_offset;
  if (at > b.size() || b.size() - at < kLocalSize || u32(b, at) != kLocalSig) {
    error = "文件已损坏（" + which + "找不到）";
    return false;
  }
  const size_t data = at + kLocalSize + u16(b, at + 26) + u16(b, at + 28);
  if (data > b.size() || b.size() - data < e.compressed_size) {
    error = "文件不完整（" + which + "被截断，可能下载或复制时未完成）";
    return false;
  }
  const std::string_view packed = b.substr(data, e.compressed_size);
  if (e.method == 0) {
    if (e.compressed_size != e.size) {
      error = "文件已损坏（" + which + "大小不一致）";
      return false;
    }
    out.assign(packed);
  } else {
    out.assign(e.size, '\0');
    const long n = codec::inflate(packed, out);
    if (n < 0 || static_cast<size_t>(n) != e.size) {
      out.clear();
      error = n < 0 ? "文件已损坏（" + which + "无法解压，或解压后比声明的更大）"
                    : "文件已损坏（" + which + "解压后大小与声明不符）";
      return false;
    }
  }
  if (codec::crc32(out) != e.crc) {
    out.clear();
    error = "文件已损坏（" + which + "校验和不符）";
    return false;
  }
  return true;
}

void Writer::add(std::string_view name, std::string_view data, bool compress) {
  const uint32_t crc = codec::crc32(data);
  std::string packed = compress ? codec::deflate(data) : std::string();
  const bool deflated = compress && !packed.empty() && packed.size() < data.size();
  const std::string_view body = deflated ? std::string_view(packed) : data;
  const uint16_t method = deflated ? 8 : 0;
  const uint32_t offset = static_cast<uint32_t>(out_.size());
  // 1980-01-01 00:00 (the DOS epoch): identical content gives identical bytes.
  constexpr uint16_t kTime = 0, kDate = (0 << 9) | (1 << 5) | 1;

  put32(out_, kLocalSig);
  put16(out_, 20);  // version needed: 2.0 (deflate)
  put16(out_, kFlagUtf8);
  put16(out_, method);
  put16(out_, kTime);
  put16(out_, kDate);
  put32(out_, crc);
  put32(out_, static_cast<uint32_t>(body.size()));
  put32(out_, static_cast<uint32_t>(data.size()));
  put16(out_, static_cast<uint32_t>(name.size()));
  put16(out_, 0);
  out_.append(name);
  out_.append(body);

  put32(directory_, kCentralSig);
  put16(directory_, 20);  // made by: MS-DOS, 2.0
  put16(directory_, 20);
  put16(directory_, kFlagUtf8);
  put16(directory_, method);
  put16(directory_, kTime);
  put16(directory_, kDate);
  put32(directory_, crc);
  put32(directory_, static_cast<uint32_t>(body.size()));
  put32(directory_, static_cast<uint32_t>(data.size()));
  put16(directory_, static_cast<uint32_t>(name.size()));
  put16(directory_, 0);  // extra
  put16(directory_, 0);  // comment
  put16(directory_, 0);  // disk
  put16(directory_, 0);  // internal attributes
  put32(directory_, 0);  // external attributes
  put32(directory_, offset);
  directory_.append(name);
  ++count_;
}

std::string Writer::finish() {
  const uint32_t dir_offset = static_cast<uint32_t>(out_.size());
  out_ += directory_;
  put32(out_, kEndSig);
  put16(out_, 0);
  put16(out_, 0);
  put16(out_, count_);
  put16(out_, count_);
  put32(out_, static_cast<uint32_t>(directory_.size()));
  put32(out_, dir_offset);
  put16(out_, 0);
  std::string done = std::move(out_);
  out_.clear();
  directory_.clear();
  count_ = 0;
  return done;
}

}  // namespace nianbao::zip
