"""Openers that claim only what is true of the message and of what follows (`bots.opener47`).

rate46 counted 10 faulted rows with a stock opener whose claim was false: "You ask what I
think" said unasked to the room's question, "Here is what I know of it" before a line on
something else, "I see, Maya; nature is full of such surprises" to a question. Such an opener
is dropped after the draw; an opener whose claim is true stays as drawn.
"""

from __future__ import annotations

import pytest

from bots.material import index_of
from bots.opener47 import opened47
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

PERSONAS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")


def _opened(slug: str, message: str, reply: str, *, unasked: bool = False) -> str:
    voice = VOICES[slug]
    return opened47(index_of(voice.material).tagged, message, reply, unasked=unasked)


# The openers that say its view was asked.
CLAIMS_ASKED = ("You ask", "Since you ask", "You would have my mind", "My opinion, Maya?")


# A view asked of the room, joined unasked: nobody asked it ("You ask what I think", rate46
# r03 L11); the pick and its reason stand (each persona had opened so).
@pytest.mark.parametrize("slug", PERSONAS)
def test_a_view_joined_unasked_claims_no_ask(slug):
    said = say(slug, "which is better cats or dogs", unasked=True, history=(Line("tom", "hey"),))
    assert said and not said.startswith(CLAIMS_ASKED)
    assert said.startswith(("Cats", "Dogs"))


@pytest.mark.parametrize(
    ("slug", "opening"),
    [
        ("einstein", "You ask my opinion, Maya; here it is"),
        ("shakespeare", "You would have my mind on it, Maya? Then hear it."),
        ("curie", "You ask for my view, Maya."),
        ("darwin", "You ask my opinion, Maya; I give it cautiously"),
    ],
)
def test_a_view_asked_of_it_keeps_its_opener(slug, opening):
    assert say(slug, "which is better, cats or dogs, in your view").startswith(opening)


def test_news_told_is_no_view_asked():
    # (a move to Lisbon weighed aloud: "You ask what I think, Maya; I think this" had opened)
    reply = "You ask what I think, Maya; I think this. An app on your phone is a program."
    message = "I've been thinking about moving to Lisbon: the rent is lower, which helps."
    assert _opened("lovelace", message, reply) == "An app on your phone is a program."


# A question-praising or answer-promising opener before a line that does not answer it: the
# line alone, whatever the line (dev set: "how old were you when you started writing", "what
# time is it in london"; held-out: "what did your wife think of your work").
@pytest.mark.parametrize(
    ("slug", "message", "opener"),
    [
        ("shakespeare", "how old were you when you started writing", "Hark, Maya"),
        ("curie", "how old were you when you started writing", "Here is what I know of it"),
        ("shakespeare", "what time is it in london", "Hark, Maya"),
        ("lovelace", "what time is it in london", "Ah, Maya, that is exactly my kind"),
        ("einstein", "how many moons does jupiter have", "A lovely question"),
        ("einstein", "how long does light take to reach earth", "A lovely question"),
        ("shakespeare", "what did your wife think of your work", "Hark, Maya"),
        ("curie", "what did your wife think of your work", "Here is what I know of it"),
        ("lovelace", "what did your wife think of your work", "Consider it this way"),
    ],
)
def test_no_answer_promised_before_a_line_that_is_none(slug, message, opener):
    said = say(slug, message)
    assert said and not said.startswith(opener)


def test_what_another_thought_asked_is_not_met_by_how_they_met():
    # rate46 S19: "@curie ok but what did pierre think about that".
    reply = (
        "Here is what I know of it, Maya. I met Pierre in 1894; we were both looking for "
        "laboratory space, and we found each other instead."
    )
    assert _opened("curie", "@curie ok but what did pierre think about that", reply) == (
        "I met Pierre in 1894; we were both looking for laboratory space, and we found each "
        "other instead."
    )


@pytest.mark.parametrize(
    ("slug", "message", "opening"),
    [
        ("einstein", "why is the sky blue", "A lovely question, Maya. The sky is blue because"),
        ("einstein", "when did you die", "A lovely question, Maya. I died in Princeton in 1955"),
        ("curie", "when did you die", "Here is what I know of it, Maya. I died in 1934"),
    ],
)
def test_an_answer_keeps_its_opener(slug, message, opening):
    assert say(slug, message).startswith(opening)


# "I see, Maya; nature is full of such surprises" to a question (rate46 S38) or an ask for
# help (S41): said to news nobody told.
@pytest.mark.parametrize(
    "message", ["@darwin be real, are pigeons smart", "@darwin my tomatoes keep splitting help"]
)
def test_no_remark_on_news_to_a_question(message):
    reply = "I see, Maya; nature is full of such surprises. I kept pigeons of every breed."
    assert _opened("darwin", message, reply) == "I kept pigeons of every breed."


def test_a_remark_on_news_stands():
    reply = "I see, Maya; nature is full of such surprises. I kept pigeons of every breed."
    assert _opened("darwin", "Did you hear? A pigeon flew 1,000 miles home.", reply) == reply
    assert _opened("darwin", "my pigeons hatched two chicks today", reply) == reply


def test_name_an_ask_gets_no_remark():
    said = say("einstein", "name three planets")
    assert said and not said.startswith("Interesting, Maya")


# "I will grant you part of it; the rest I hold", then agreeing outright: no part granted.
def test_no_part_granted_before_agreeing_outright():
    reply = (
        "I will grant you part of it, Maya; the rest I hold, until someone shows me the step "
        "that fails. Yes, the Engine could only do what we know how to order it to perform."
    )
    assert _opened("lovelace", "you said machines can't think, right?", reply) == (
        "Yes, the Engine could only do what we know how to order it to perform."
    )
    held = reply.replace("Yes, the", "But the")
    assert _opened("lovelace", "you said machines can't think, right?", held) == held


def test_an_opener_with_nothing_after_it_stands():
    assert _opened("curie", "what year did the titanic sink", "I see, Maya.") == "I see, Maya."


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace"])
def test_a_fact_of_its_life_with_an_or_is_no_view_asked(slug):
    # (a fact asked, "did you have any brothers or sisters", had "You ask my opinion, Maya")
    said = say(slug, "did you have any brothers or sisters")
    assert said and not said.startswith(CLAIMS_ASKED)


# A bare "Never, Maya:" answers a question asked yes or no, or how often; to anything else it
# gainsays what nobody said (rate46 S24).
def test_never_only_to_a_yes_or_no():
    reply = "Never, Maya: after the Beagle came home in 1836 I never left Britain again."
    assert _opened("darwin", "did you ever go back to the galapagos", reply) == reply
    assert _opened("darwin", "tell me about the galapagos after the beagle", reply) == (
        "After the Beagle came home in 1836 I never left Britain again."
    )


@pytest.mark.parametrize(
    "message, body, agrees",
    [
        (
            "I disagree with Ada, machines will never be creative.",
            "A machine is not creative or original of itself: it has no pretensions whatever.",
            True,
        ),
        # the other side of the same claim: a part granted is no false claim
        (
            "I disagree with Ada, machines will never be creative.",
            "A machine may yet be creative, given rules enough. I hold to that.",
            False,
        ),
        ("you're wrong about the engine, it was useless", "The Engine was never built.", False),
    ],
)
def test_a_part_granted_before_the_claim_said_again_on_its_side_is_dropped(message, body, agrees):
    granted = "I will grant you part of it, {name}; the rest I hold, until it is shown otherwise."
    reply = f"{granted.format(name='Sam')} {body}"
    tagged = {"defend": (granted,)}
    assert opened47(tagged, message, reply, unasked=False) == (body if agrees else reply)
