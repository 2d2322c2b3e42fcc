"""Requests to a persona to do something in its craft, and recommendations (issue 14, round
twelve), on fresh messages (tests/bots/dev12_ask12.json is the dev set; the messages here are
others of the same kinds): words for an occasion are a line of the persona's work that fits it,
offered for the purpose ("For the leaving do, Marcus: ..."); a name asked for is a name; a
recommendation is a real book or work it would choose; a plan is its method, step by step, on
the things asked about; a tip on an everyday matter is a small human tip in its voice."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.asks import purpose_of, request_kind, thing_of
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say

HERE = Path(__file__).parent
DEV12 = json.loads((HERE / "dev12_ask12.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def answer(slug: str, text: str, seed: int = 1) -> str:
    return say(slug, text, author="marcus", seed=seed)


def tagged(slug: str, kind: str, name: str = "Marcus", what: str = "", thing: str = "") -> set[str]:
    """The persona's lines of `kind`, as said to `name` (for `what`, on `thing`)."""
    lines = index_of(VOICES[slug].material).tagged.get(kind, ())
    return {line.format(name=name, what=what, thing=thing) for line in lines}


def occasion_lines(slug: str, occasion: str) -> list[str]:
    """The persona's `#occasion` lines for `occasion`, as said to Marcus."""
    found = []
    for line in tagged(slug, "occasion", "Marcus"):
        about, _, text = line.partition(":")
        if occasion in [a.strip() for a in about.split(",")]:
            found.append(text.strip())
    return found


def offered(slug: str, reply: str, occasion: str, what: str) -> bool:
    """Whether `reply` offers one of the persona's lines for `occasion` for `what`."""
    openers = tagged(slug, "offer", what=what)
    # (before a line with its own lead-in, "Let Prospero close it: ...", an opener ends on a
    # full stop, never two colons in a row: damage61)
    openers |= {f"{o[:-1]}." for o in openers if o.endswith(":")}
    return any(
        reply == f"{opener} {line}" for opener in openers for line in occasion_lines(slug, occasion)
    )


def test_the_dev12_set_is_fresh():
    texts = [m["text"] for m in DEV12["messages"]]
    assert len(texts) >= 30 and len(set(texts)) == len(texts)
    for other in HERE.glob("*.json"):
        if other.name == "dev12_ask12.json":
            continue
        known = other.read_text(encoding="utf-8")
        assert not [t for t in texts if f'"{t}"' in known], other.name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("got a line to wrap up our pub quiz?", "occasion"),
        ("pls write my brother a toast for his stag do", "occasion"),
        ("what should we write on the banner for my nan's 90th", "occasion"),
        ("name our goldfish pls", "occasion"),
        ("help me name my new bike", "occasion"),
        ("what should i read first about time travel", "recommend"),
        ("any good books for a kid into dinosaurs", "recommend"),
        ("which of your plays would you take on holiday", "recommend"),
        ("can you work out the fairest way to split chores between 4 flatmates", "method"),
        ("how would u plan a rota for 6 people", "method"),
        ("any tips for someone who is always late for the bus", "tip"),
        ("how do i stop doomscrolling at night", "tip"),
        # Not requests: a question about its work, a line it once wrote, a plan told.
        ("what is your favourite line in hamlet?", ""),
        ("that's a line from macbeth right", ""),
        ("we planned a trip to rome, so excited", ""),
        ("how does gravity bend light?", ""),
    ],
)
def test_the_kind_of_request_is_read(text, kind):
    assert request_kind(text) == kind


def test_what_the_words_are_for_and_what_a_plan_is_about_are_said_back():
    assert purpose_of("write something short for my grandads retirement card") == (
        "retirement card"
    )
    assert purpose_of("any words for a leaving do?") == "leaving do"
    assert purpose_of("a line to cheer my sister up") == "occasion"
    assert thing_of("the best order to water 12 allotment beds with one hose") == "allotment beds"
    assert thing_of("feeding 3 cats and 2 rabbits") == "cats and rabbits"
    assert thing_of("a rota for 6 people") == "people"
    assert thing_of("who does the washing up in a house of 5") == "tasks"


@pytest.mark.parametrize(
    ("text", "occasion", "what"),
    [
        ("got a line to wrap up our pub quiz?", "parting", "occasion"),
        ("need something to say at my colleague's leaving do", "parting", "leaving do"),
        ("write a couple of lines for my wife's anniversary card", "love", "anniversary card"),
        ("any words to give my son courage before his driving test", "courage", "occasion"),
        ("a quote for the nursery wall, something about dreams", "dreams", "wall"),
        ("pls give me a toast for a 60th", "birthday", "toast"),
        ("give us something to say before our choir concert", "music", "occasion"),
    ],
)
def test_shakespeare_offers_a_line_of_his_work_that_fits_the_occasion(text, occasion, what):
    for seed in SEEDS:
        reply = answer("shakespeare", text, seed)
        assert offered("shakespeare", reply, occasion, what), reply


def test_a_parting_gets_juliets_good_night_among_his_lines():
    replies = {answer("shakespeare", "something to sign off our zoom call with?", s) for s in SEEDS}
    lines = occasion_lines("shakespeare", "parting")
    assert any("Parting is such sweet sorrow" in line for line in lines)
    assert all(any(r.endswith(line) for line in lines) for r in replies), replies


@pytest.mark.parametrize("slug", PEOPLE)
def test_every_persona_gives_words_for_an_occasion_rather_than_owning_up(slug):
    # (compose31: a birthday card is written for mum, not a quotation for any occasion)
    reply = answer(slug, "can u write something for my mums birthday card")
    assert '"Happy birthday, Mum!' in reply, reply
    assert reply.startswith("For the birthday card, Marcus"), reply


@pytest.mark.parametrize("slug", [slug for slug in PEOPLE if slug != "shakespeare"])
def test_a_name_asked_for_is_a_name_of_its_own_choosing(slug):
    reply = answer(slug, "help us name our new kitten!!")
    assert reply in occasion_lines(slug, "names"), reply
    assert re.search(r"\bname\b", reply, re.I), reply


def test_the_poet_names_a_kitten_with_his_names_for_a_cat():
    """(s23: his `#title` names for the kind of thing named, bots/naming.py.)"""
    assert answer("shakespeare", "help us name our new kitten!!") == (
        "Puck, Marcus, who calls himself that merry wanderer of the night; or Tybalt, whom "
        "Mercutio calls the Prince of Cats."
    )


@pytest.mark.parametrize(
    ("slug", "text", "book"),
    [
        (
            "einstein",
            "what should my son read first about black holes",
            "Black Holes and Time Warps",
        ),
        ("einstein", "where do i start if i want to understand gravity", "Relativity: The Special"),
        ("darwin", "any book for a kid who is mad about beetles", "Voyage of the Beagle"),
        ("darwin", "recommend me a book on natural selection", "Origin of Species"),
        (
            "shakespeare",
            "what would u read aloud to a waiting room full of bored people",
            "Falstaff",
        ),
        ("shakespeare", "which of your plays should my teens see first", "Midsummer Night"),
        ("curie", "whats a good first book on radiation", "Researches on Radioactive Substances"),
        ("lovelace", "where should i begin if i want to learn programming", "Note G"),
        ("socrates", "what should i read to win more arguments", "Euthyphro"),
    ],
)
def test_a_recommendation_is_a_real_work_that_fits(slug, text, book):
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert book in reply, reply
        assert reply in [
            line.partition(":")[2].strip() for line in tagged(slug, "recommend", "Marcus")
        ]


def test_a_recommendation_it_has_nothing_for_is_owned_up_to_and_handed_over():
    others = tuple(v for slug, v in VOICES.items() if slug != "shakespeare")
    text = "any good first book on radioactivity for a teenager?"
    reply = say("shakespeare", text, author="marcus", seed=1, others=others)
    assert any(reply.startswith(line) for line in tagged("shakespeare", "outside")), reply
    assert "@curie" in reply, reply


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "could you work out the best order to water 12 allotment beds with one hose",
            "allotment beds",
        ),
        ("how would you plan a rota for 6 people, like an algorithm", "people"),
        ("can u figure out the quickest route to drop flyers at 40 houses", "houses"),
    ],
)
def test_lovelace_works_a_plan_out_as_a_table_of_operations(text, thing):
    reply = answer("lovelace", text)
    assert "table of operations" in reply and "check it twice" in reply, reply
    assert f"write the {thing} down" in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_every_persona_gives_its_method_for_a_plan(slug):
    reply = answer(slug, "how should we organise feeding 3 cats and 2 rabbits while im away")
    assert reply in tagged(slug, "plan", thing="cats and rabbits"), reply


@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        ("einstein", "any tips for someone who is always late for the bus", "bus timetable"),
        ("darwin", "how do i get my kid off his phone", "net and a jar"),
        ("curie", "tips for a nervous first day in a lab", "label everything"),
        ("shakespeare", "any advice for a first time gardener", "noisome weeds"),
        ("socrates", "how do i get my teenager to open up to me", "wait for the answers"),
        ("lovelace", "how do i stop procrastinating on my dissertation", "operations"),
    ],
)
def test_a_tip_on_an_everyday_matter_is_a_small_tip_in_voice(slug, text, said):
    reply = answer(slug, text)
    assert said in reply, reply
    assert reply in [line.partition(":")[2].strip() for line in tagged(slug, "tip", "Marcus")]


@pytest.mark.parametrize("slug", ["curie", "lovelace", "socrates"])
def test_a_request_it_has_nothing_for_is_owned_up_to_even_without_a_question_mark(slug):
    reply = answer(slug, "any good book for a kid who likes dinosaurs")
    assert any(reply.startswith(line) for line in tagged(slug, "outside")), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_tip_outside_its_life_is_still_a_small_tip_in_voice(slug):
    # Not a gardener, not an early riser: owning up is fine, but a small tip with it is better.
    for text in (
        "any tips for someone new to growing veg in the garden",
        "how do i wake up earlier",
    ):
        reply = answer(slug, text)
        assert reply in [line.partition(":")[2].strip() for line in tagged(slug, "tip")], reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_second_plan_asked_in_the_room_is_not_the_same_words_again(slug):
    # ("could you sort out a rota for 4 housemates" is made one since session 43: bots/rota.py)
    first_ask = "how would you plan a rota for 4 housemates"
    first = answer(slug, first_ask)
    history = (Line("marcus", first_ask), Line(VOICES[slug].name, first, own=True))
    second = say(
        slug, "can u work out the best order to visit 5 shops", author="marcus", history=history
    )
    plans = tagged(slug, "plan", thing="shops")
    assert second in plans and first not in tagged(slug, "plan", thing="shops"), (first, second)
    assert first in tagged(slug, "plan", thing="housemates"), first
    assert second.replace("shops", "housemates") != first, second
