#!/usr/bin/env python3
"""Builds the bundled font subsets in assets/fonts from Debian's fonts-noto-cjk.

The subset holds GB2312, CJK punctuation and symbols, full-width forms, ASCII and every
character of seeds/, so that the editor renders Chinese with no system fonts installed.
Run from the repository root: python3 tools/subset-fonts.py (needs `pip install fonttools`).
"""
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTO = pathlib.Path("/usr/share/fonts/opentype/noto")
FONTS = [
    ("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular-subset.otf"),
    ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold-subset.otf"),
]
SC_FACE = 2  # In the .ttc collections: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK.


def charset() -> str:
    chars = set()
    for b1 in range(0xA1, 0xF8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.add(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    chars.update(chr(c) for c in range(0x20, 0x7F))
    for lo, hi in [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2010, 0x206F), (0x25A0, 0x25FF), (0x2460, 0x24FF)]:
        chars.update(chr(c) for c in range(lo, hi + 1))
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        chars.update(seed.read_text(encoding="utf-8"))
    chars.discard("\n")
    return "".join(sorted(chars))


def main() -> int:
    text = ROOT / "target" / "subset-chars.txt"
    text.parent.mkdir(exist_ok=True)
    text.write_text(charset(), encoding="utf-8")
    for source, target in FONTS:
        subprocess.run(
            [
                sys.executable, "-m", "fontTools.subset", str(NOTO / source),
                f"--font-number={SC_FACE}", f"--text-file={text}",
                f"--output-file={ROOT / 'assets' / 'fonts' / target}",
                "--layout-features=*", "--no-hinting", "--name-IDs=*", "--name-languages=*",
            ],
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
