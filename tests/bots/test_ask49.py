"""ask49: practical asks answered by their KIND, whatever their topic (bots/ask49.py).

Tips for a first something, what to pack or wear, how to stop a pet, child or neighbour doing
something, a plain health or safety worry, and "should I" on everyday things: sound general
advice in the persona's own frame, never "I have no data on that" nor a line met on a word."""

from __future__ import annotations

import time

import pytest

from bots.ask49 import CLIMATE, asked49, framed49
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

SLUGS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")
KINDS = ("first", "pack", "wear", "stop", "health", "should")

# (slug, message, kind, words the reply must hold)
ASKS = [
    ("einstein", "starting my first lab job on monday, any tips?", "first", "Arrive early"),
    ("darwin", "running my first marathon in april. advice?", "first", "Don't try anything new"),
    ("socrates", "got my first date friday, what should i know", "first", "easy to talk"),
    (
        "aibot",
        "hosting for the first time this weekend (dinner for 6), any tips",
        "first",
        "made before",
    ),
    ("lovelace", "first time flying alone next week any advice??", "first", "hand luggage"),
    ("darwin", "first week at uni soon, any words of wisdom", "first", "first week"),
    ("einstein", "what should i pack for london in november", "pack", "11°C (52°F)"),
    ("curie", "going to paris in march, what do i wear", "pack", "Paris in March"),
    ("darwin", "off to berlin in december, clothes wise what am i looking at", "pack", "3°C"),
    ("aibot", "what do i pack for a week in rome in july?", "pack", "sun hat"),
    ("curie", "ok random q but what do ppl wear to a funeral", "wear", "navy, grey or black"),
    ("lovelace", "what to wear to a job interview", "wear", "One notch smarter"),
    ("einstein", "how do i get my cat to stop waking me up at 5am", "stop", "ignore the early"),
    ("einstein", "my cat yowls at 5am every day. help", "stop", "ignore the early"),
    (
        "aibot",
        "my dog keeps barking at the door all day, how do i stop it",
        "stop",
        "sets it off",
    ),
    ("darwin", "how do i stop my toddler biting other kids at nursery", "stop", "firm 'no'"),
    (
        "aibot",
        "upstairs neighbor stomps around at midnight. what can i do about it",
        "stop",
        "noise team",
    ),
    ("aibot", "my baby keeps waking at 3am how do i stop it", "stop", "normal, not naughtiness"),
    (
        "curie",
        "i keep getting headaches in the afternoon, should i be worried?",
        "health",
        "see your doctor",
    ),
    ("darwin", "is it safe to take ibuprofen and paracetamol together", "health", "pharmacist"),
    ("lovelace", "i cut my finger pretty deep, do i need stitches?", "health", "urgent care"),
    ("aibot", "is it safe to eat chicken that was left out overnight", "health", "two hours"),
    ("shakespeare", "is it dangerous to walk home alone at night", "safety", "lit, busy"),
    ("einstein", "should i buy a used car or a new one", "should", "lean used"),
    ("aibot", "is moving cities a good idea at 30", "should", "lean yes"),
    ("darwin", "would it be dumb to take up violin at 50", "should", "Not too late"),
    ("shakespeare", "should i get a dog if i work from home", "should", "plan for holidays"),
    ("aibot", "should i rent or buy a flat", "should", "five years"),
]


@pytest.mark.parametrize("slug,text,kind,words", ASKS)
def test_practical_asks_are_answered_by_their_kind(slug, text, kind, words):
    assert asked49(text)[0] == kind
    reply = say(slug, text)
    assert words in reply
    assert "no data" not in reply and "beyond me" not in reply and "don't know" not in reply
    assert len(reply) <= VOICES[slug].max_reply_chars


# In-field questions, sums, greetings, and near misses: none of the kinds.
LOOK_ALIKES = [
    "what is the speed of light",
    "what is 17 times 23",
    "hi darwin how are you",
    "what is justice",
    "write me a sonnet about the sea",
    "how do i sort an array in javascript",
    "good morning everyone",
    "how did you discover radium",
    "is it better to suffer injustice than to do it",
    "what is a for loop",
    "do cats dream",
    "is it safe to handle radium",
    "my cat always sleeps on my keyboard lol",
    "what did you wear to the nobel ceremony",
    "should i read plato first?",
    "how do i stop procrastinating",
    "is it normal for cats to sleep 16 hours",
    "what was your first experiment?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_no_kind(text):
    assert asked49(text) is None


def test_exact_replies_in_each_voice():
    assert say("einstein", "what should i pack for london in november") == (
        "Even a man who forgets his socks can tell you this, Maya. London in November averages "
        "about 11°C (52°F) by day: a warm jacket over layers you can take off indoors, rain can "
        "come any day, so a waterproof too, and shoes you've already walked in."
    )
    assert say("socrates", "is it a good idea to quit my job to travel") == (
        "What do you hope to gain, Maya, and what could you lose? People rarely regret the "
        "travel; the risk is the money and the gap afterwards. I'd lean yes, if you have "
        "savings to live on for three months after you're back."
    )
    assert say("lovelace", "i cut my finger pretty deep, do i need stitches?") == (
        "I was ill often enough to respect doctors, Maya; plainly: press hard on it with a "
        "clean cloth for ten minutes. If it gapes open, is deep, or won't stop bleeding, it "
        "likely needs stitches or glue: go to urgent care today, as they work best within hours."
    )


def test_own_tip_on_a_first_is_kept():
    # Curie's own #tip on a first day in a laboratory comes before the general advice.
    assert say("curie", "any tips for my first day in the lab?").startswith(
        "On a first day in a laboratory, Maya, label everything"
    )


@pytest.mark.parametrize("slug", SLUGS)
def test_every_persona_frames_every_kind(slug):
    frames = index_of(VOICES[slug].material).tagged["kindask"]
    assert {f.split(":", 1)[0] for f in frames} == set(KINDS)
    for kind in KINDS:
        whole = framed49(frames, kind, "Plain advice.", "Maya", 400)
        assert whole.endswith("dvice.") and "Maya" in whole and "{" not in whole
        assert "{" not in framed49(frames, kind, "Plain advice.", "", 400)


def test_health_cautions_and_should_leans_are_never_cut():
    for text in (
        "my chest has felt tight all week, is that bad",
        "should i buy a used car or a new one",
    ):
        kind, core = asked49(text)
        reply = say("socrates", text)
        assert reply.endswith(core.split(". ")[-1]), reply


def test_climate_table_has_twelve_months():
    assert all(len(highs) == 12 for highs, _wet in CLIMATE.values())


@pytest.mark.parametrize(
    "junk",
    [
        "why" + "." * 3990,
        "what " * 800,
        "how do i stop " + "x " * 1900,
        "should i " + "move " * 700,
        "first tips " * 360,
        "what should i pack " + "in " * 1200,
    ],
)
def test_long_junk_stays_fast(junk):
    start = time.perf_counter()
    asked49(junk)
    asked49(junk[:399])
    assert time.perf_counter() - start < 0.05
