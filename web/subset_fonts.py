#!/usr/bin/python3
"""subset_fonts.py — the editor's embedded fonts, gzip-compressed for the page.

cjk.ttf.gz:     WenQuanYi Micro Hei cut to the GBK character set (21,886 characters: GB2312 alone lacks
                place-name characters such as 埇) plus ASCII; no hinting, no layout tables (ImGui uses none).
symbols.ttf.gz: the UI symbols of web/symbols.txt (✓ ✗ ⚠ …) from DejaVu Sans, merged behind the CJK font
                at run time for the ones WenQuanYi lacks.
Needs Debian's python3-fonttools: run with /usr/bin/python3.
"""
import argparse
import gzip
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def gbk_characters():
    """Every character GBK (code page 936) encodes, decoded from all double-byte codes, plus printable ASCII."""
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                chars.add(bytes([lead, trail]).decode("gbk"))
            except UnicodeDecodeError:
                pass
    return chars


def write_subset(font_path, characters, out_path):
    """Subsets `font_path` (face 0 of a .ttc) to `characters` and writes it gzip'd (mtime 0: reproducible)."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright and licence-relevant names
    options.drop_tables += ["GDEF", "GPOS", "GSUB", "vhea", "vmtx", "FFTM", "gasp", "DSIG"]
    options.font_number = 0
    font = subset.load_font(font_path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    tmp = out_path + ".ttf"
    subset.save_font(font, tmp, options)
    with open(tmp, "rb") as f:
        raw = f.read()
    os.remove(tmp)
    with open(out_path, "wb") as f:
        f.write(gzip.compress(raw, compresslevel=9, mtime=0))
    return raw


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cjk", required=True, help="CJK font (.ttc/.ttf), face 0 is used")
    parser.add_argument("--symbols", required=True, help="font with the UI symbols (DejaVu Sans)")
    parser.add_argument("--out", required=True, help="output folder")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    cmap = TTFont(args.cjk, fontNumber=0).getBestCmap()
    for required in "偃埇":  # GBK-only place-name characters the officers must be able to type
        if ord(required) not in cmap:
            sys.exit(f"subset_fonts: {args.cjk} lacks {required}; a GBK-complete font is required")
    symbols_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "symbols.txt")
    with open(symbols_file, encoding="utf-8") as f:
        symbols = {c for c in f.read() if not c.isspace()}
    missing = {c for c in symbols if ord(c) not in cmap}

    wanted = gbk_characters() | (symbols - missing)
    raw = write_subset(args.cjk, wanted, os.path.join(args.out, "cjk.ttf.gz"))
    write_subset(args.symbols, missing or {"?"}, os.path.join(args.out, "symbols.ttf.gz"))
    print(f"subset_fonts: CJK {len(raw)} bytes ({len(wanted & {chr(c) for c in cmap})} characters), "
          f"{len(missing)} symbols from {os.path.basename(args.symbols)}")


if __name__ == "__main__":
    main()
