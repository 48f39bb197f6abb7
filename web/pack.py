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
        "RUNTIME": script_safe(read(args.js), "runtime"),
        "LOADER": script_safe(read(args.loader), "loader"),
    }
    template = read(args.template)
    missing = [k for k in parts if "{{%s}}" % k not in template]
    if missing:
        sys.exit("pack: template lacks %s" % ", ".join(missing))
    page = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], template)  # one pass: parts stay verbatim
    tmp = args.out + ".tmp-pack"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(tmp, args.out)
    sizes = ", ".join("%s %d KB" % (k.lower(), len(v) // 1024) for k, v in parts.items())
    print("pack: %s %d KB (%s)" % (os.path.basename(args.out), os.path.getsize(args.out) // 1024, sizes))


if __name__ == "__main__":
    main()
