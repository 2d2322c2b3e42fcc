"""An answer put up to be checked, and a real decision with figures (`bots.check47`).

rate46: asked "check my answer is 7" (half-lives to fall under 1%), "is 1 prime? i said no",
"humans evolved from chimpanzees right?", the personas refused ("you are as well informed as I
am") or talked of checking scales; asked "rent went up 18%, stay or move?", Einstein picked
by lot ("I would say stay ... that is where my curiosity pulls"). Now the answer is said right
or wrong with the sum worked, and a decision's figures are weighed (the difference a year, the
break-even) before a brief view in the persona's voice."""

from __future__ import annotations

import re

import pytest

from bots.check47 import check47
from tests.bots.test_everyday_messages import VOICES, say

EXACT = [
    (
        "einstein",
        "check my answer: how many half-lives until under 1% left? i said 7",
        (
            # (worked by bots.field47s, which checks half-lives for every persona)
            "Right, Maya: seven half-lives get you under 1 percent: seven leave 1/128, about 0.78"
            " percent, where six leave 1/64, about 1.6 percent."
        ),
    ),
    (
        "aibot",
        "is 1 a prime number? i said yes",
        (
            "Not quite, Maya: 1 is not prime, since a prime has exactly two divisors, 1 and itself,"
            " and 1 has only one."
        ),
    ),
    (
        "lovelace",
        "i think 2+2*3 is 12, am i right",
        "Not quite, Maya: 2 + 2 × 3 is 8.",
    ),
    (
        "shakespeare",
        "7 x 8 = 54 right?",
        "Not so, Maya: 7 × 8 is 56.",
    ),
    (
        "einstein",
        "i got 3/4 + 1/8 = 7/8 right??",
        "Yes, Maya, that is right: 3 ÷ 4 + 1 ÷ 8 is 0.875, which is 7/8.",
    ),
    (
        "darwin",
        "whales are fish right? my mate says so",
        (
            "I am afraid not, Maya: whales are mammals; they breathe air with lungs, are"
            " warm-blooded and feed their young on milk."
        ),
    ),
    (
        "einstein",
        "the earth goes round the sun once a day right?",
        (
            "Not quite, Maya: the Earth goes round the Sun once a year; once a day it turns on its"
            " own axis."
        ),
    ),
    (
        "curie",
        "i think it's 2 moles, am i right",
        (
            "I cannot check a result without the data, Maya: give me the question's figures; moles"
            " are the mass in grams divided by the molar mass (for water 18 g per mole), and I will"
            " work it through with you."
        ),
    ),
    (
        "einstein",
        "rent 1150 -> 1290 or 1240 locked for 2 years, which one",
        (
            "Let us put the figures side by side, Maya. 1,150 to 1,290 is 140 a month more; the"
            " lock at 1,240 saves 50 a month, 600 a year, 1,200 over the 2 years. Myself, I would"
            " lock it in if you mean to stay; it guards against another rise too."
        ),
    ),
    (
        "curie",
        "job A 48k in paris vs 41k in lyon but rent is 550/month more in paris. which?",
        (
            "48,000 against 41,000 is 7,000 a year more before tax, but 550 a month more rent is"
            " 6,600 a year, leaving 400 before tax; rent is paid from taxed pay, so the 41,000"
            " likely wins. On the evidence, I would take the 41,000."
        ),
    ),
    (
        "lovelace",
        "62k boring job vs 54k job i love, i have a 30k loan. what would you do",
        (
            "Let us put it to the arithmetic, Maya. 62,000 against 54,000 is 8,000 a year more"
            " before tax; all of it on the 30,000 loan would clear it in about 4 years, longer"
            " after tax. On those figures, I would take the job you love, if the lower pay covers"
            " the payments."
        ),
    ),
    (
        "aibot",
        "should i take 45k job with 1 hour commute or 40k job 10 min away",
        (
            "Quick sums, Maya. 45,000 against 40,000 is 5,000 a year more before tax; the commute"
            " is 50 minutes longer each way, some 383 hours a year, so the extra is about 13 an"
            " hour of travel. It turns on what those hours are worth to you. I'd take the nearer"
            " job, unless you badly need the money."
        ),
    ),
    (
        "lovelace",
        "gym membership 40/month or home weights for 300 once, which is better",
        (
            "Let us put it to the arithmetic, Maya. 300 once against 40 a month; the one-off pays"
            " for itself after under 8 months. It turns on whether you will keep using it that"
            " long. On those figures, I would take the one-off, if you are sure you will use it"
            " past that."
        ),
    ),
    (
        "socrates",
        "rent up 10% to 1100, a place across town is 950 but moving costs 800. stay or move?",
        (
            "Let us examine it together, Maya. 10% on 1,000 is 100 a month more, 1,200 a year; the"
            " other place at 950 saves 150 a month, 1,800 a year. If you ask me, I would move: the"
            " saving repays the move well within a year."
        ),
    ),
    (
        "einstein",
        "rent went up 18%, stay or move?",
        (
            "Let us put the figures side by side, Maya. 18% is 180 a month on every 1,000 of rent,"
            " 2,160 a year. Myself, I would look around first, and ask the landlord to meet you"
            " halfway."
        ),
    ),
    (
        "einstein",
        "pls check: 3x + 2 = 11 so x = 3?",
        "Yes, Maya, that is right: put x = 3 back in and both sides come to 11.",
    ),
    (
        "curie",
        "offer 1: 30k, offer 2: 34k but 1h more commute each day. which",
        (
            "34,000 against 30,000 is 4,000 a year more before tax; the commute is 60 minutes"
            " longer, some 230 hours a year, so the extra is about 17 an hour of travel. On the"
            " evidence, I would take the nearer job, unless you badly need the money."
        ),
    ),
    (
        "lovelace",
        "is it worth buying a 120 bike instead of paying 2.50 a day for the bus",
        (
            "Let us put it to the arithmetic, Maya. 120 once against 2.50 a day: it pays for itself"
            " after 48 days of use, about 10 weeks of weekdays. On those figures, I would buy it,"
            " if you will use it most days."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), EXACT)
def test_checked_or_weighed_exactly(slug, text, reply):
    assert say(slug, text) == reply


# Sums checked right and wrong: the verdict and the worked figure, in every voice.
VERDICTS = [
    ("i said 13 is prime, correct?", True, "13 is prime"),
    ("is 91 prime? i said yes", False, "91 is not prime, since it is 7 × 13"),
    ("is 2 prime? i said no", False, "2 is prime, the only even one"),
    ("i got 15% of 80 = 12, correct?", True, "15% of 80 is 12"),
    ("pretty sure 9 x 7 is 56 right", False, "9 × 7 is 63"),
    ("i said 2 to the power 10 is 1024, is that right", True, "2 to the power 10 is 1,024"),
    ("i think 100 divided by 8 is 12.5 am i right?", True, "100 ÷ 8 is 12.5"),
    ("is the square root of 81 9? i said 9", True, "9 × 9 is 81"),
    # (half-lives by bots.field47s: "Right, Maya: ..." or "Not quite, Maya: ...")
    ("half life question: i said 10 half lives to get under 0.1%, right?", True, "1/1024"),
    ("how many half-lives to fall under 1%? i said 6, right?", False, "seven leave 1/128"),
    ("i reckon bats are birds, right?", False, "bats are mammals"),
    ("spiders are insects right?", False, "spiders are arachnids"),
    ("penguins are birds right?", True, "penguins are birds"),
    ("dolphins are fish arent they", False, "dolphins are mammals"),
    ("2+2 = 5 right lol", False, "2 + 2 is 4"),
    ("2x - 4 = 10, i got x = 6, right?", False, "x = 7 is the one that balances"),
    ("5(x+1) = 20 so x = 3 right?", True, "both sides come to 20"),
]
SLUGS = ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin", "aibot"]


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize(("text", "right", "fact"), VERDICTS)
def test_an_answer_is_said_right_or_wrong_with_why(slug, text, right, fact):
    reply = say(slug, text)
    assert fact in reply
    opening = reply.split(":", 1)[0]
    assert bool(re.match(r"(?:Yes|Aye|Quite right|You are right|Right)\b", opening)) == right, reply


# Look-alikes that are no answer to check and no decision with figures: left to the engine.
LOOK_ALIKES = [
    "what is 7 x 8",
    "what's 15% of 80",
    "is 17 prime?",
    "tea or coffee?",
    "cats or dogs, which do you prefer",
    "should i move to a new city?",
    "should i quit my job?",
    "what's 2+2*3",
    "should i learn python or javascript",
    "is it right to lie to protect a friend?",
    "beach or mountains for a holiday",
    "gym is 35 a month for 12 months plus 20 joining or pay 380 upfront and a 5 quid fob, "
    "which is cheaper over the year",
    "we make 30k and 40k, should we split bills 50/50 or by income?",
    "my salary went up 5%, should i stay or move jobs?",
    "my dad says we evolved from chimps, i say we're related to them. who's right",
    "the sun goes round the earth, right?",
    "i think the answer is 42 right?",
    "should i buy a 300 bike or a 500 one?",
    "x^2 = 9 so x = 3 right?",
    "i said y = 2x + 1, right?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_left_alone(text):
    assert check47("einstein", text) == ""


def test_a_pick_of_taste_is_no_sum():
    reply = say("einstein", "beach or mountains for a holiday")
    assert "a year" not in reply and "figures" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "rent 1150 -> 1290 or 1240 locked for 2 years, which one",
        "job A 48k in paris vs 41k in lyon but rent is 550/month more in paris. which?",
        "should i take 45k job with 1 hour commute or 40k job 10 min away",
        "gym membership 40/month or home weights for 300 once, which is better",
    ],
)
@pytest.mark.parametrize("slug", SLUGS)
def test_a_weighed_decision_fits_the_voice_and_gives_a_view(slug, text):
    reply = say(slug, text)
    assert len(reply) <= VOICES[slug].max_reply_chars, reply
    assert " a year" in reply or " months" in reply, reply
    assert re.search(r"\bI would\b|\bI'd\b", reply), reply
    assert "I would say" not in reply
