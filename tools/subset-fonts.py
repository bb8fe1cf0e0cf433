#!/usr/bin/env python3
"""Builds the bundled font subsets in assets/fonts from Debian's fonts-noto-cjk.

A subset holds every character a newsroom prints: the 8,105 characters of the 通用规范汉字表
(Unihan's kTGHZ2013 field, from Debian's unicode-data, written to assets/tongyong-8105.txt so
that banmian can report any face's coverage of it), the whole CJK Unified Ideographs block,
GB2312, CJK punctuation, full-width forms, Latin with its accents, and the
symbols of notices and bylines (№ ℃ ① ※ ■ □ ● ○ ★ ☆ →). Every character of seeds/ is kept too.

Run from the repository root: python3 tools/subset-fonts.py
(needs `apt-get install fonts-noto-cjk unicode-data` and `pip install fonttools`).
"""
import bz2
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTO = pathlib.Path("/usr/share/fonts/opentype/noto")
UNIHAN = pathlib.Path("/usr/share/unicode/Unihan_Readings.txt.bz2")
TONGYONG = ROOT / "assets" / "tongyong-8105.txt"
FONTS = [
    ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular-subset.otf"),
    ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold-subset.otf"),
]
SC_FACE = 2  # In the .ttc collections: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK.
RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1 and Latin Extended A/B: names, pinyin with tones
    (0x02C6, 0x02DD),  # spacing accents
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x045F),  # Cyrillic
    (0x2000, 0x206F),  # general punctuation: dashes, quotes, ellipsis, ※
    (0x20A0, 0x20BF),  # currency
    (0x2100, 0x218F),  # letterlike and number forms: ℃ № Ⅻ
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2460, 0x24FF),  # enclosed numbers ①
    (0x2500, 0x257F),  # box drawing
    (0x25A0, 0x25FF),  # geometric shapes ■ □ ● ○
    (0x2600, 0x26FF),  # symbols ★ ☆
    (0x2700, 0x27BF),  # dingbats ✓
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # kana, for the occasional Japanese name
    (0x3200, 0x33FF),  # enclosed CJK and compatibility: ㈠ ㊣ ㎡
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms
]


def tongyong() -> str:
    """The 通用规范汉字表, in code point order, read from Unihan."""
    chars = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.split("\t")
            if len(fields) == 3 and fields[1] == "kTGHZ2013":
                chars.add(chr(int(fields[0][2:], 16)))
    if len(chars) != 8105:
        raise SystemExit(f"{UNIHAN}: expected 8105 kTGHZ2013 characters, found {len(chars)}")
    return "".join(sorted(chars))


def charset(standard: str) -> str:
    chars = set(standard)
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lo, hi in RANGES:
        chars.update(chr(c) for c in range(lo, hi + 1))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        chars.update(seed.read_text(encoding="utf-8"))
    chars.discard("\n")
    return "".join(sorted(chars))


def main() -> int:
    standard = tongyong()
    TONGYONG.write_text(standard + "\n", encoding="utf-8")
    text = ROOT / "target" / "subset-chars.txt"
    text.parent.mkdir(exist_ok=True)
    text.write_text(charset(standard), encoding="utf-8")
    for source, target in FONTS:
        subprocess.run(
            [
                sys.executable, "-m", "fontTools.subset", str(NOTO / source),
                f"--font-number={SC_FACE}", f"--text-file={text}",
                f"--output-file={ROOT / 'assets' / 'fonts' / target}",
                "--layout-features=vert,vrt2,halt,vhal,palt,kern", "--no-hinting", "--name-IDs=*", "--name-languages=*",
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
