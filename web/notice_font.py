#!/usr/bin/python3
"""notice_font.py — the only font the page embeds: the few characters of its own font notices.

On a computer without any Chinese font, the notice that says so (shell/web/library_glyphs.js) would be
drawn as boxes itself. This cuts WenQuanYi Micro Hei to the characters of the Chinese string literals of
that file (about 90), so the notice stays readable everywhere; web/page.html lists it after the computer's
fonts, so a computer with Chinese fonts never uses it.
Needs Debian's python3-fonttools: run with /usr/bin/python3.
"""
import argparse
import re

from fontTools import subset


def notice_characters(js_path):
    """Every character from U+2000 up in the string literals of the notices' JS (punctuation and hanzi)."""
    with open(js_path, encoding="utf-8") as f:
        code = f.read()
    literals = re.findall(r"'([^'\n]*)'", code)
    return {c for literal in literals for c in literal if ord(c) >= 0x2000} | {chr(c) for c in range(0x20, 0x7F)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--font", required=True, help="CJK font (.ttc/.ttf), face 0 is used")
    parser.add_argument("--js", required=True, help="shell/web/library_glyphs.js")
    parser.add_argument("--out", required=True, help="output .ttf")
    args = parser.parse_args()

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # keep copyright and licence-relevant names
    options.drop_tables += ["GDEF", "GPOS", "GSUB", "vhea", "vmtx", "FFTM", "gasp", "DSIG"]
    options.font_number = 0
    font = subset.load_font(args.font, options)
    subsetter = subset.Subsetter(options)
    wanted = notice_characters(args.js)
    subsetter.populate(text="".join(sorted(wanted)))
    subsetter.subset(font)
    font["name"].setName("NianbaoNotice", 1, 3, 1, 0x409)  # not to be taken for the full font
    subset.save_font(font, args.out, options)
    print(f"notice_font: {len(wanted)} characters")


if __name__ == "__main__":
    main()
