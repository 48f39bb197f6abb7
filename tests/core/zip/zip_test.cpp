// zip_test.cpp — the ZIP container of .docx: round trip of the writer through the reader, and every way
// an archive can be bad (truncated, corrupt, encrypted, unknown method, an entry inflating past its cap
// or past its declared size): refused with a message, never a crash.
#include <string>

#include "support.h"
#include "zip/zip.h"

using namespace nianbao;

namespace {

std::string text_of(size_t n) {
  std::string s;
  for (size_t i = 0; s.size() < n; ++i) s += "第" + std::to_string(i) + "行 政府信息公开工作年度报告\n";
  s.resize(n);
  return s;
}

/// Offset of the central directory entry of the first entry (the archives here have few entries).
size_t central_entry(const std::string& z) { return z.find(std::string("PK\x01\x02", 4)); }

void put16(std::string& z, size_t at, uint16_t v) {
  z[at] = static_cast<char>(v & 0xff);
  z[at + 1] = static_cast<char>(v >> 8);
}
void put32(std::string& z, size_t at, uint32_t v) {
  put16(z, at, static_cast<uint16_t>(v & 0xffff));
  put16(z, at + 2, static_cast<uint16_t>(v >> 16));
}

}  // namespace

TEST_CASE("zip: what the writer stores the reader returns, byte for byte") {
  zip::Writer w;
  const std::string big = text_of(1 << 20), binary("\0\x01\xff\xfe PK\x03\x04", 10);
  w.add("word/document.xml", big);
  w.add("empty.txt", "");
  w.add("bin", binary);
  w.add("stored.xml", big.substr(0, 5000), false);
  const std::string z = w.finish();
  CHECK(z.size() < big.size() / 4);  // deflated

  zip::Archive a = zip::read_archive(z);
  REQUIRE(a.error.empty());
  REQUIRE(a.entries.size() == 4);
  CHECK(a.find("word/document.xml")->method == 8);
  CHECK(a.find("stored.xml")->method == 0);
  CHECK(a.find("nope") == nullptr);
  std::string out, error;
  REQUIRE(zip::extract(z, *a.find("word/document.xml"), 4u << 20, out, error));
  CHECK(out == big);
  REQUIRE(zip::extract(z, *a.find("empty.txt"), 10, out, error));
  CHECK(out.empty());
  REQUIRE(zip::extract(z, *a.find("bin"), 100, out, error));
  CHECK(out == binary);
  REQUIRE(zip::extract(z, *a.find("stored.xml"), 1u << 20, out, error));
  CHECK(out == big.substr(0, 5000));
  // The same content gives the same bytes (fixed timestamps).
  zip::Writer w2;
  w2.add("a", "x");
  zip::Writer w3;
  w3.add("a", "x");
  CHECK(w2.finish() == w3.finish());
}

TEST_CASE("zip: every truncation of an archive is refused or read correctly, never a crash") {
  zip::Writer w;
  w.add("word/document.xml", text_of(20000));
  w.add("docProps/core.xml", "<x/>");
  const std::string z = w.finish();
  int refused = 0;
  for (size_t n = 0; n < z.size(); n += 7) {
    const std::string cut = z.substr(0, n);
    zip::Archive a = zip::read_archive(cut);
    if (!a.error.empty()) {
      ++refused;
      continue;
    }
    std::string out, error;
    for (const auto& e : a.entries)
      if (!zip::extract(cut, e, 1u << 20, out, error)) CHECK(!error.empty());
  }
  CHECK(refused > 0);
  CHECK(zip::read_archive("").error.find("太短") != std::string::npos);
  CHECK(zip::read_archive(std::string(100, 'x')).error.find("截断") != std::string::npos);
}

TEST_CASE("zip: corrupt data, a lying size, encryption and unknown methods are refused with a message") {
  zip::Writer w;
  const std::string doc = text_of(50000);
  w.add("word/document.xml", doc);
  const std::string good = w.finish();
  const size_t cd = central_entry(good);
  std::string out, error;

  SUBCASE("a flipped byte in the compressed data") {
    std::string z = good;
    z[200] = static_cast<char>(z[200] ^ 0x55);
    zip::Archive a = zip::read_archive(z);
    REQUIRE(a.error.empty());
    CHECK_FALSE(zip::extract(z, a.entries[0], 1u << 20, out, error));
    CHECK(error.find("损坏") != std::string::npos);
    CHECK(out.empty());
  }
  SUBCASE("declared smaller than it inflates (a zip bomb hiding its size)") {
    std::string z = good;
    put32(z, cd + 24, 1000);
    zip::Archive a = zip::read_archive(z);
    CHECK_FALSE(zip::extract(z, a.entries[0], 1u << 20, out, error));
    CHECK(error.find("更大") != std::string::npos);
  }
  SUBCASE("declared larger than the cap") {
    zip::Archive a = zip::read_archive(good);
    CHECK_FALSE(zip::extract(good, a.entries[0], 1000, out, error));
    CHECK(error.find("上限") != std::string::npos);
  }
  SUBCASE("a real bomb: 64 MB of zeros in a small archive, cap 16 MB") {
    zip::Writer b;
    b.add("word/document.xml", std::string(64u << 20, '\0'));
    const std::string z = b.finish();
    CHECK(z.size() < (1u << 20));
    zip::Archive a = zip::read_archive(z);
    CHECK_FALSE(zip::extract(z, a.entries[0], 16u << 20, out, error));
    CHECK(error.find("压缩炸弹") != std::string::npos);
  }
  SUBCASE("the CRC does not match") {
    std::string z = good;
    put32(z, cd + 16, 12345);
    zip::Archive a = zip::read_archive(z);
    CHECK_FALSE(zip::extract(z, a.entries[0], 1u << 20, out, error));
    CHECK(error.find("校验和") != std::string::npos);
  }
  SUBCASE("encrypted") {
    std::string z = good;
    put16(z, cd + 8, 1);
    zip::Archive a = zip::read_archive(z);
    CHECK_FALSE(zip::extract(z, a.entries[0], 1u << 20, out, error));
    CHECK(error.find("密码") != std::string::npos);
  }
  SUBCASE("an unknown compression method") {
    std::string z = good;
    put16(z, cd + 10, 12);
    zip::Archive a = zip::read_archive(z);
    CHECK_FALSE(zip::extract(z, a.entries[0], 1u << 20, out, error));
    CHECK(error.find("压缩方式") != std::string::npos);
  }
  SUBCASE("a local header offset outside the file") {
    std::string z = good;
    put32(z, cd + 42, 0x7fffffff);
    zip::Archive a = zip::read_archive(z);
    CHECK_FALSE(zip::extract(z, a.entries[0], 1u << 20, out, error));
    CHECK(!error.empty());
  }
  SUBCASE("a name running past the directory") {
    std::string z = good;
    put16(z, cd + 28, 60000);
    CHECK(!zip::read_archive(z).error.empty());
  }
}
