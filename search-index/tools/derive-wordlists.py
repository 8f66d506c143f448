#!/usr/bin/env python3
"""Derives the Dutch word lists shipped in search-index/src/main/resources from the OpenTaal Hunspell dictionary.

Input: the Debian package `hunspell-nl` (/usr/share/hunspell/nl.dic, OpenTaal, BSD-3-clause or CC BY 3.0).
Run:   apt-get install -y hunspell-nl && python3 search-index/tools/derive-wordlists.py
Output (accent-folded, lowercase, sorted, one word a line):
  nl-wordparts.txt  simple words (4..20 letters) that compound splitting may cut a word into. Entries that are
                    themselves a compound of two listed words (optionally joined by s/e/en) are dropped, so that the
                    splitter cuts them into their parts instead of keeping them whole.
  nl-verbs.txt      infinitives (Hunspell flag Vi, plus their separable-prefix forms), used to map conjugated forms (weigert, geweigerd) onto them.
The build never runs this script: its outputs are committed.
"""
import sys
import unicodedata
from pathlib import Path

DIC = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/nl.dic")
OUT = Path(__file__).resolve().parent.parent / "src/main/resources/nl/passendwijzer/search/analysis"
LINKERS = ("", "s", "e", "en")
MIN_PART, MAX_WORD = 4, 20
# Separable verb prefixes as Hunspell flags in nl.aff (PFX Pb 0 aan, ...): aanmelden is "melden/Pb".
VERB_PREFIXES = {"Pa": "aaneen", "Pb": "aan", "Pc": "achtereen", "Pd": "achter", "Pe": "achterna", "Pf": "achterop",
                 "Pg": "achterover", "Ph": "achteruit", "Pi": "achterom", "Pj": "af", "Pk": "uiteen", "Pl": "bij",
                 "Pm": "over", "Pn": "voor", "Po": "binnen", "Pp": "door", "Pq": "dicht", "Pr": "mee", "Ps": "uit",
                 "Pt": "na"}


def fold(word):
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def flag_pairs(flags):
    return {flags[i:i + 2] for i in range(0, len(flags) - 1, 2)}


def is_two_part_compound(word, words):
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, rest = word[:cut], word[cut:]
        if head not in words:
            continue
        for linker in LINKERS:
            if rest.startswith(linker) and len(rest) - len(linker) >= MIN_PART and rest[len(linker):] in words:
                return True
    return False


def main():
    words, verbs = set(), set()
    for line in DIC.read_text(encoding="utf-8").splitlines()[1:]:
        entry, _, flags = line.partition("/")
        if not entry or entry != entry.lower():
            continue  # proper nouns and abbreviations in capitals
        folded = fold(entry)
        if not folded.isalpha() or not folded.isascii():
            continue
        if MIN_PART <= len(folded) <= MAX_WORD:
            words.add(folded)
        pairs = flag_pairs(flags)
        if "Vi" in pairs:
            verbs.add(folded)
            verbs.update(prefix + folded for flag, prefix in VERB_PREFIXES.items() if flag in pairs)
    parts = sorted(w for w in words if not is_two_part_compound(w, words))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "nl-wordparts.txt").write_text("\n".join(parts) + "\n", encoding="utf-8")
    (OUT / "nl-verbs.txt").write_text("\n".join(sorted(verbs)) + "\n", encoding="utf-8")
    print(f"{len(parts)} word parts (of {len(words)} words), {len(verbs)} verbs -> {OUT}")


if __name__ == "__main__":
    main()
