"""A line about another thing, and what a thing is (issue 14, session 19).

- A line that opens on a thing the question names neither itself nor by its kind is about
  that other thing, however many words it shares: "why do my legs ache two days after a run"
  got Darwin's "Bats hang upside down all day because their legs are too weak to run" (the
  raters' 1). Which names are kinds of which comes from WordNet (bots/kinds.tsv, written by
  scripts/build_kinds.py): the Galápagos mockingbirds are birds, a liquid's level is the oil's.
- Socrates, asked what a thing is ("go on then, what does 'mug' mean", "is a mug that leaks
  still a mug?", "is a hotdog a sandwich"), owned up ("That question I never put to anyone in
  the agora") or said "Pleasures differ": he now asks back what makes a thing one (`#define`,
  `#still`), the question he is famous for, when no line of his says what it is."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bots.lexicon import KINDS_FILE, a_thing, akin
from bots.material import index_of, terms
from bots.sense import another_thing, opening_nouns
from tests.bots.test_everyday_messages import VOICES, say

SEEDS = [1, 2, 3]
BUILD = Path(__file__).resolve().parents[2] / "scripts" / "build_kinds.py"
_spec = importlib.util.spec_from_file_location("build_kinds", BUILD)
build_kinds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_kinds)

BATS = "Bats hang upside down all day because their legs are too weak to run"


def stem(word: str) -> str:
    return terms(word)[0]


# --- what the kinds file says ------------------------------------------------------------------


def test_build_kinds_reproduces_the_committed_file(tmp_path):
    """WordNet (apt-get install wordnet-base) is installed where the tests run."""
    out = tmp_path / "kinds.tsv"
    lines = build_kinds.build(Path("/usr/share/wordnet"))
    out.write_text(build_kinds.NOTICE + "\n".join(lines) + "\n", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == KINDS_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("thing", "kind"),
    [("mockingbird", "bird"), ("finch", "bird"), ("bee", "insect"), ("oak", "tree"),
     ("violin", "instrument"), ("water", "liquid"), ("dog", "animal"), ("bird", "animal")],
)  # fmt: skip
def test_a_thing_is_akin_to_its_kind_either_way(thing, kind):
    assert akin(stem(thing), stem(kind))
    assert akin(stem(kind), stem(thing))


@pytest.mark.parametrize(
    ("first", "second"), [("bat", "leg"), ("giraffe", "bean"), ("bee", "bread"), ("oven", "dog")]
)
def test_things_of_other_kinds_are_not_akin(first, second):
    assert not akin(stem(first), stem(second))


def test_ideas_are_no_things():
    assert a_thing(stem("leg")) and a_thing(stem("bat")) and a_thing(stem("oven"))
    assert not a_thing(stem("time")) and not a_thing(stem("kindness"))


@pytest.mark.parametrize(
    ("line", "nouns"),
    [
        (BATS, ("bat",)),
        ("A microwave oven heats food", ("microwav", "oven", "heat")),
        ("A dog's wet nose catches scent", ("dog", "wet", "nose")),
        ("The mockingbirds on the islands differed", ("mockingbird",)),
        ("I walked to the institute every day", ()),
        ("My teachers in Munich thought little of me", ()),
        ("When I was young I read everything", ()),
    ],
)
def test_the_noun_a_line_opens_on(line, nouns):
    assert opening_nouns(line) == nouns


@pytest.mark.parametrize(
    ("message", "line", "other"),
    [
        ("why do my legs ache two days after a run", BATS, True),
        # A kind of what it names, or what it names said in the line on its own.
        (
            "why do birds on different islands look different",
            "The mockingbirds on the different islands of the Galapagos differed from each other",
            False,
        ),
        (
            "if i park on a slope does the oil in the fryer sit at an angle",
            "A liquid at rest always lies level: on a slope the fryer sits at an angle and the "
            "oil stays level inside it",
            False,
        ),
        # Two of its things named ("a dry track", "wet, smooth tiles"): on the question.
        (
            "why do my trainers grip the track but slip on wet tiles",
            "Rubber soles grip a dry track because the rubber presses into its roughness; on wet, "
            "smooth tiles a film of water lies between sole and floor",
            False,
        ),
        # One thing of the message said in passing late in a line on another thing is not.
        (
            "why do my legs ache after a run in the park",
            "Bats hunt over water and hedges at dusk, catching moths on the wing, and roost by "
            "day in the trees of a park.",
            True,
        ),
        # A line on an idea, or the persona's own life, is not judged by this.
        ("why do my legs ache two days after a run", "I walked every day for my health", False),
        # Nor a message about no thing.
        ("how do you stay kind when you are shattered", BATS, False),
    ],
)
def test_a_line_opening_on_another_thing(message, line, other):
    assert another_thing(message, line) is other


@pytest.mark.parametrize("seed", SEEDS)
def test_darwin_gives_no_bats_for_aching_legs(seed):
    reply = say("darwin", "@darwin why do my legs ache two days after a run", seed=seed)
    assert "Bats" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_darwin_still_gives_island_animals_for_island_birds(seed):
    reply = say("darwin", "@darwin why do birds on different islands look different", seed=seed)
    assert "island" in reply, reply


# --- what a thing is, asked of Socrates ----------------------------------------------------------


def tagged(slug: str, tag: str, what: str) -> set[str]:
    lines = index_of(VOICES[slug].material).tagged[tag]
    return {line.replace("{name}", "Maya").replace("{what}", what) for line in lines}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("go on then, what does 'mug' mean", "mug"),
        ("what does gaslighting even mean", "gaslighting"),
        ("is a hotdog a sandwich", "sandwich"),
        ("is a tomato really a fruit?", "fruit"),
    ],
)
def test_socrates_asks_back_what_a_thing_is(text, what, seed):
    reply = say("socrates", f"@socrates {text}", seed=seed)
    assert reply in tagged("socrates", "define", what), reply
    assert f"'{what}'" in reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("is a mug that leaks still a mug?", "mug"),
        ("is a sandwich with no bread still a sandwich", "sandwich"),
    ],
)
def test_socrates_asks_what_makes_an_odd_thing_one_still(text, what, seed):
    reply = say("socrates", f"@socrates {text}", seed=seed)
    assert reply in tagged("socrates", "still", what), reply
    assert f"a {what}" in reply


# Words of his #define and #still lines, and of no other line of his.
ASKED_BACK = (
    "What do we mean by",
    "Before we use the word",
    "would surely call",
    "only in name",
    "Take away each in turn",
)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "is this a joke",
        "what's the time",
        "what is your favourite food",
        "is that a yes?",
        "what does it mean to be happy",
        # A line of his own says what courage is: Laches' endurance of the soul.
        "what is courage",
    ],
)
def test_socrates_asks_nothing_back_of_what_names_no_thing_or_what_he_has_a_line_on(text, seed):
    reply = say("socrates", f"@socrates {text}", seed=seed)
    assert not any(phrase in reply for phrase in ASKED_BACK), reply


@pytest.mark.parametrize("slug", ["einstein", "darwin", "curie", "shakespeare", "lovelace"])
def test_only_a_persona_with_the_lines_asks_back(slug):
    reply = say(slug, f"@{slug} is a hotdog a sandwich")
    assert not any(phrase in reply for phrase in ASKED_BACK), reply
