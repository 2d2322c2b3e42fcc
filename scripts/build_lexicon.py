"""Write bots/lexicon.tsv: the everyday nouns of each persona's field, taken from WordNet 3.0.

Dev-time only (the engine reads the committed file and never needs WordNet):

    apt-get install wordnet-base
    python scripts/build_lexicon.py [--wordnet /usr/share/wordnet] [--out bots/lexicon.tsv]

A field label is a set of WordNet subtrees (a root synset and every hyponym under it, less the
subtrees it excludes): "life" is organisms, fungi and the parts of plants and animals, never a
person. A noun carries a label only when its dominant senses are in the label's subtrees: with
tag counts (cntlist.rev), at least half of the word's tagged uses; untagged, at least half of its
senses, proper names ("Heron" of Alexandria, "Limerick" the city) aside. So "ring", "cup",
"train" and "bell" carry nothing, while "heron", "lichen" and "hedgehog" are life. A word whose
verb or adjective uses outnumber its noun ones ("fly", "bear", "cool") is left out too. Each
line holds a lemma, its plural and the labels; the output is sorted, so a rebuild reproduces it.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# label -> (roots, excluded roots), each "lemma.sense" as WordNet numbers the noun's senses.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "life": (
        (
            "organism.1",
            "plant_part.1",
            "body_covering.1",
            "fungus.1",
            "wing.1",
            "tail.1",
            "beak.1",
            "claw.1",
            "fin.1",
            "antenna.3",
            "horn.2",
        ),
        ("person.1", "people.1", "edible_fruit.1", "vegetable.1", "edible_nut.1", "herb.2"),
    ),
    "chemistry": (
        (
            "chemical_element.1",
            "compound.2",
            "chemical.1",
            "acid.1",
            "base.10",
            "gas.2",
            "aerosol.1",
            "cleansing_agent.1",
            "bleaching_agent.1",
            "poison.1",
            "ionizing_radiation.1",
            "radioactivity.1",
            "radiology.2",
            "radiogram.2",
            "imaging.2",
            "sunscreen.1",
            "detector.1",
        ),
        (),
    ),
    "physics": (
        (
            "physical_phenomenon.1",
            "physical_property.1",
            "sound_property.1",
            "celestial_body.1",
            "energy.1",
            "physics.1",
            "elementary_particle.1",
            "atom.1",
            "sound.3",
            "noise.1=",
            "earplug.1",
            "earmuff.1",
        ),
        ("atmospheric_phenomenon.1", "organic_phenomenon.1", "weight.1"),
    ),
    "mathematics": (
        (
            "mathematics.1",
            "mathematical_statement.1",
            "mathematical_relation.1",
            "number.2",
            "numeral.1",
            "probability.1",
            "probability.2",
            "statistic.1",
            "computer.1",
            "software.1",
            "algorithm.1",
            "calculator.2",
            "roster.1",
            "spreadsheet.1",
        ),
        ("large_integer.1", "digit.1"),
    ),
    "literature": (
        (
            "literary_composition.1",
            "drama.1",
            "poem.1",
            "poetry.1",
            "verse.1",
            "rhyme.1",
            "metrical_foot.1",
            "meter.3",
            "rhetorical_device.1",
            "ballad.1",
            "dramatic_composition.1",
            "theater.1",
            "soliloquy.1",
            "epilogue.1",
            "epilogue.2",
            "prologue.1",
            "stanza.1",
        ),
        (),
    ),
    "ethics": (
        (
            "morality.1",
            "immorality.1",
            "virtue.1",
            "sin.2",
            "emotion.1",
            "gratitude.1",
            "spirit.3",
            "courage.1",
            "cowardice.1",
            "trustworthiness.1",
            "untrustworthiness.1",
            "honesty.1",
            "dishonesty.1",
            "justice.1",
            "injustice.1",
            "wisdom.1",
            "folly.1",
            "ethics.1",
        ),
        (),
    ),
}
# Nouns of a field that in everyday talk are nearly always something else, found by reading
# the dev messages (tests/bots/dev*.json) for false fields.
EVERYDAY = {
    "life": {
        *("date", "young", "chat", "bot", "queen", "tom", "glad", "comma", "chess", "hair", "doe"),
        *("banana", "orange", "lemon", "pineapple", "popcorn", "nut", "broccoli", "adult", "beef"),
        # and, found by a review, words of computers, names, cars and talk
        *("bug", "mouse", "drone", "jenny", "spelt", "trunk", "giant", "freak", "crane"),
        # "python" is a language here, and "code" is stemmed to "cod"
        *("python", "cod"),
    },
    "chemistry": {"sky", "water", "spice", "soda"},
    "ethics": {"alarm"},
    "literature": {"epic", "saga"},
    "physics": {"chill"},
    "mathematics": {
        *("half", "quarter", "third", "tenner", "million", "billion", "cos", "par", "quota"),
    },
}
NOTICE = """\
# Field lexicon for the Salon personas: word<TAB>plural<TAB>labels (comma-separated).
# Generated by scripts/build_lexicon.py from WordNet 3.0; do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
# Full licence: https://wordnet.princeton.edu/license-and-commercial-use
"""
WORD = re.compile(r"^[a-z]{3,}$")


def read_data(wordnet: Path) -> dict[str, tuple[int, list[str], list[str]]]:
    """offset -> (lexicographer file, the words as written, hypernym offsets)."""
    synsets = {}
    with (wordnet / "data.noun").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            parts = line.split(" ")
            count = int(parts[3], 16)
            written = [parts[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = parts[at + 1 : at + 1 + 4 * int(parts[at])]
            hypernyms = [
                pointers[j + 1] for j in range(0, len(pointers), 4) if pointers[j] in ("@", "@i")
            ]
            synsets[parts[0]] = (int(parts[1]), written, hypernyms)
    return synsets


def read_index(wordnet: Path, pos: str) -> dict[str, list[str]]:
    """lemma -> its synset offsets, most frequent sense first."""
    index = {}
    with (wordnet / f"index.{pos}").open(encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            parts = line.split()
            index[parts[0]] = parts[-int(parts[2]) :]
    return index


def read_counts(wordnet: Path) -> dict[tuple[str, str], dict[int, int]]:
    """(lemma, pos number) -> sense number -> tag count."""
    counts: dict[tuple[str, str], dict[int, int]] = defaultdict(dict)
    with (wordnet / "cntlist.rev").open(encoding="latin-1") as lines:
        for line in lines:
            key, sense, count = line.split()
            lemma, rest = key.split("%")
            counts[lemma, rest[0]][int(sense)] = int(count)
    return counts


def irregular_plurals(wordnet: Path) -> dict[str, str]:
    plurals = {}
    with (wordnet / "noun.exc").open(encoding="latin-1") as lines:
        for line in lines:
            plural, lemma = line.split()[:2]
            plurals.setdefault(lemma, plural)
    return plurals


def plural(word: str, irregular: dict[str, str]) -> str:
    if word in irregular:
        return irregular[word]
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def build(wordnet: Path) -> list[str]:
    synsets = read_data(wordnet)
    nouns = read_index(wordnet, "noun")
    counts = read_counts(wordnet)
    others = [read_index(wordnet, pos) for pos in ("verb", "adj")]
    irregular = irregular_plurals(wordnet)

    def synset(name: str) -> str:
        lemma, sense = name.rstrip("=").rsplit(".", 1)
        return nouns[lemma][int(sense) - 1]

    def under(roots: set[str], cut: set[str]) -> set[str]:
        """The synsets with a root among their hypernyms (any path), none cut off on the way."""
        memo: dict[str, bool] = {}

        def inside(offset: str) -> bool:
            if offset in memo:
                return memo[offset]
            memo[offset] = False  # no cycles in WordNet, but stay safe
            found = offset not in cut and (
                offset in roots or any(inside(h) for h in synsets[offset][2])
            )
            memo[offset] = found
            return found

        return {offset for offset in synsets if inside(offset)}

    # "noise.1=": the synset itself, not its hyponyms (a crash, a bang).
    subtrees = {
        label: under({synset(r) for r in roots if not r.endswith("=")}, {synset(c) for c in cut})
        | {synset(r) for r in roots if r.endswith("=")}
        for label, (roots, cut) in FIELDS.items()
    }
    lines = []
    for lemma, offsets in nouns.items():
        if not WORD.match(lemma):
            continue
        # Proper names ("Heron" of Alexandria) are not what "heron" typed in lower case means.
        common = [
            (n, o)
            for n, o in enumerate(offsets, 1)
            if any(w.lower() == lemma and not w[0].isupper() for w in synsets[o][1])
        ]
        if not common:
            continue
        tagged = counts.get((lemma, "1"), {})
        total = sum(tagged.get(n, 0) for n, _ in common)
        other_uses = sum(
            sum(counts.get((lemma, p), {}).values())
            for p, index in zip("35", others, strict=True)
            if lemma in index
        ) + sum(counts.get((lemma, "2"), {}).values())
        labels = []
        for label, subtree in subtrees.items():
            if lemma in EVERYDAY.get(label, ()):
                continue
            inside = [(n, o) for n, o in common if o in subtree]
            if not inside:
                continue
            share = sum(tagged.get(n, 0) for n, _ in inside)
            if total:
                if 2 * share < total:
                    continue
            elif 2 * len(inside) < len(common):
                continue
            if other_uses > 5 * max(share, 1):
                continue
            labels.append(label)
        if labels:
            lines.append(f"{lemma}\t{plural(lemma, irregular)}\t{','.join(labels)}")
    return sorted(lines)


def write(build, notice: str, out: Path, description: str) -> None:
    """The command line of a WordNet build script: read --wordnet, write `build`'s lines after
    `notice` to --out (`out` unless told)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args()
    lines = build(args.wordnet)
    args.out.write_text(notice + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} words")


def main() -> None:
    write(build, NOTICE, ROOT / "bots" / "lexicon.tsv", __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
