#!/usr/bin/python3
"""pack.py — builds the single self-contained nianbao.html.

Inlines into web/page.html: the Emscripten JS (MODULARIZE'd as createNianbao), the wasm and the font of the
font notices as gzip'd base64 (inflated in the browser by web/loader.js), and the loader. The page makes no
request.
"""
import argparse
import base64
import gzip
import os
import re
import sys


def read(path, mode="r"):
    with open(path, mode) as f:
        return f.read()


def b64(data):
    return base64.b64encode(data).decode("ascii")


# Chromium parses a page with any character beyond ASCII as 16-bit text, which for this page (0.75 MB, nearly
# all of it base64) cost ~70 ms before its first script runs (bench/web_budget.mjs). So the page is written
# in ASCII: every other character escaped in the form its context reads back as the same character.
NON_ASCII = re.compile(r"[^\x00-\x7f]")


def utf16_escape(char):
    """\\u escapes of a character's UTF-16 units: valid in JS strings, regular expressions and comments."""
    code = ord(char)
    units = [code] if code < 0x10000 else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + (code & 0x3FF)]
    return "".join("\\u%04x" % u for u in units)


def ascii_js(js):
    if re.search(r"\\[^\x00-\x7f]", js):
        sys.exit("pack: a backslash before a non-ASCII character would change meaning once escaped")
    return NON_ASCII.sub(lambda m: utf16_escape(m.group()), js)


def ascii_template(html):
    """CSS escapes inside <style> (ended by a space, which the escape consumes), character references elsewhere."""
    pieces = re.split(r"(<style>.*?</style>)", html, flags=re.S)
    return "".join(NON_ASCII.sub(lambda m: ("\\%X " if p.startswith("<style>") else "&#x%X;") % ord(m.group()), p)
                   for p in pieces)


def script_safe(js, name):
    """Inline JS must not close its <script> element early."""
    if re.search(r"</script", js, re.IGNORECASE):
        js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    if "{{" in js and name == "loader":
        sys.exit("pack: loader.js must not contain '{{'")
    return js


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("template", "loader", "js", "wasm", "notice_font", "out"):
        parser.add_argument("--" + name.replace("_", "-"), required=True)
    args = parser.parse_args()

    parts = {
        "WASM": b64(gzip.compress(read(args.wasm, "rb"), compresslevel=9, mtime=0)),
        "NOTICE_FONT": b64(gzip.compress(read(args.notice_font, "rb"), compresslevel=9, mtime=0)),
        "RUNTIME": ascii_js(script_safe(read(args.js), "runtime")),
        "LOADER": ascii_js(script_safe(read(args.loader), "loader")),
    }
    template = ascii_template(read(args.template))
    missing = [k for k in parts if "{{%s}}" % k not in template]
    if missing:
        sys.exit("pack: template lacks %s" % ", ".join(missing))
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)  # one pass: parts stay verbatim
    assert page.isascii()
    tmp = args.out + ".tmp-pack"
    with open(tmp, "w", encoding="ascii") as f:
        f.write(page)
    os.replace(tmp, args.out)
    sizes = ", ".join("%s %d KB" % (k.lower(), len(v) // 1024) for k, v in parts.items())
    print("pack: %s %d KB (%s)" % (os.path.basename(args.out), os.path.getsize(args.out) // 1024, sizes))


if __name__ == "__main__":
    main()
