#!/usr/bin/env python3
"""Builds the word data headlines are broken by, in assets/words.

dict.txt comes from jieba's dictionary (MIT, shipped in the jieba-rs crate as src/data/dict.txt),
which lists 349,046 words with their frequencies and parts of speech. A headline only needs to
know where words begin and end, so the list keeps words of one to six Han characters seen at
least MIN_FREQUENCY times, with their frequency (the segmenter weighs readings by it) and
without the part of speech.

simplified.txt pairs each traditional character with its simplified form, from Unihan's
kSimplifiedVariant field (Unicode licence, see UNICODE-LICENSE.txt): the dictionary is
simplified, so a headline from a Big5 or HKSCS page is cut where its simplified twin would be.
Where Unihan gives several forms the first that differs from the character is kept.

Run from the repository root:
  python3 tools/trim-words.py PATH/TO/jieba-rs-0.11.0/src/data/dict.txt \
      [/usr/share/unicode/Unihan_Variants.txt.bz2]
(`cargo fetch` with jieba-rs' default features puts the crate under ~/.cargo/registry/src;
`apt-get install unicode-data` gives Unihan.)
"""
import bz2
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORDS = ROOT / "assets" / "words"
MIN_FREQUENCY = 50
HAN = re.compile(r"^[\u4e00-\u9fff]{1,6}$")
UNIHAN = "/usr/share/unicode/Unihan_Variants.txt.bz2"


def words(source: str) -> None:
    kept = []
    for line in open(source, encoding="utf-8"):
        fields = line.split()
        if len(fields) >= 2 and HAN.match(fields[0]) and int(fields[1]) >= MIN_FREQUENCY:
            kept.append(f"{fields[0]} {fields[1]}\n")
    (WORDS / "dict.txt").write_text("".join(kept), encoding="utf-8")
    print(f"dict.txt: {len(kept)} words")


def simplified(unihan: str) -> None:
    pairs = []
    for line in bz2.open(unihan, "rt", encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 3 or fields[1] != "kSimplifiedVariant":
            continue
        char = chr(int(fields[0][2:], 16))
        forms = [chr(int(v[2:], 16)) for v in fields[2].split()]
        other = next((f for f in forms if f != char), None)
        if other is not None:
            pairs.append(f"{char}{other}\n")
    (WORDS / "simplified.txt").write_text("".join(pairs), encoding="utf-8")
    print(f"simplified.txt: {len(pairs)} characters")


if __name__ == "__main__":
    words(sys.argv[1])
    simplified(sys.argv[2] if len(sys.argv) > 2 else UNIHAN)
