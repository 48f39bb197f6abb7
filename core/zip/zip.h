// zip.h — reading and writing ZIP archives in memory (the container of .docx files).
//
// Only what Office documents use: stored and deflated entries, no ZIP64, no encryption (an encrypted
// entry is refused with a message). The reader takes bytes and never trusts the archive: every offset
// is checked against the buffer, an entry is inflated into a buffer of its declared size and refused
// when it would grow past that or past the caller's cap (zip bombs), and its CRC-32 must match.
// Deflate, inflate and CRC-32 come from stb (zip_codec.cpp); this file only frames them.
//
// Index
//   Entry, Archive ...... the central directory
//   read_archive ........ parses the directory (no inflation)
//   extract ............. one entry's bytes, capped
//   Writer .............. builds an archive entry by entry
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nianbao::zip {

struct Entry {
  std::string name;
  uint16_t flags = 0;   ///< general purpose bit flag (bit 0: encrypted)
  uint16_t method = 0;  ///< 0 stored, 8 deflated
  uint32_t crc = 0;
  uint32_t compressed_size = 0;
  uint32_t size = 0;  ///< uncompressed size as declared by the archive
  uint32_t local_offset = 0;
};

struct Archive {
  std::vector<Entry> entries;
  std::string error;  ///< non-empty (Chinese) when the bytes are not a readable archive
  /// The entry named `name` (exact, as ZIP names are case-sensitive), or nullptr.
  const Entry* find(std::string_view name) const;
};

/// Most entries an archive may list; a Word document has a few dozen.
constexpr size_t kMaxEntries = 10000;

/// Reads the central directory of `bytes`. Never throws; errors go to Archive::error.
Archive read_archive(std::string_view bytes);

/// Inflates (or copies) entry `e` of `bytes` into `out`. Refuses, with a Chinese message in `error`,
/// an encrypted entry, an unknown method, a declared size above `max_size`, data that does not fit
/// the buffer, inflates to another size than declared, or fails its CRC-32.
bool extract(std::string_view bytes, const Entry& e, size_t max_size, std::string& out, std::string& error);

/// Builds an archive in memory. Entries are deflated (stb) unless `compress` is false; timestamps are
/// fixed so the same content gives the same bytes.
class Writer {
 public:
  void add(std::string_view name, std::string_view data, bool compress = true);
  /// The whole archive; the writer is empty afterwards.
  std::string finish();

 private:
  std::string out_;
  std::string directory_;
  uint16_t count_ = 0;
};

namespace codec {
/// Raw deflate (no zlib header) of `in`.
std::string deflate(std::string_view in);
/// Inflates raw deflate `in` into exactly `out.size()` bytes of `out`; returns the number of bytes
/// produced, or -1 when the stream is damaged or would produce more than out.size().
long inflate(std::string_view in, std::string& out);
uint32_t crc32(std::string_view data);
}  // namespace codec

}  // namespace nianbao::zip
