#!/usr/bin/env python3
"""Builds assets/words/dict.txt, the word list headlines are broken by, from jieba's dictionary.

jieba's dict.txt (MIT, shipped in the jieba-rs crate as src/data/dict.txt) lists 349,046 words
with their frequencies and parts of speech. A headline only needs to know where words begin and
end, so the list keeps words of one to six Han characters seen at least MIN_FREQUENCY times,
with their frequency (the segmenter weighs readings by it) and without the part of speech.

Run from the repository root: python3 tools/trim-words.py PATH/TO/jieba-rs-0.11.0/src/data/dict.txt
(`cargo fetch` with jieba-rs' default features puts the crate under ~/.cargo/registry/src).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "words" / "dict.txt"
MIN_FREQUENCY = 50
HAN = re.compile(r"^[\u4e00-\u9fff]{1,6}$")


def main(source: str) -> None:
    kept = []
    for line in open(source, encoding="utf-8"):
        fields = line.split()
        if len(fields) >= 2 and HAN.match(fields[0]) and int(fields[1]) >= MIN_FREQUENCY:
            kept.append(f"{fields[0]} {fields[1]}\n")
    OUT.write_text("".join(kept), encoding="utf-8")
    print(f"{OUT}: {len(kept)} words")


if __name__ == "__main__":
    main(sys.argv[1])
