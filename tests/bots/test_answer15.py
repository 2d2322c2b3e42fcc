"""A persona asked in its own field answers (answer15): a question asked again because it was
not answered ("ok but WHY though, nobody answered that") is the earlier question, answered; a
beginner's practical question ("is it hard for a beginner?", "where do i start") gets a line on
beginning, not an aphorism on a stray word nor an owning-up."""

from dataclasses import replace

import pytest

from bots.asks import beginner_asked, reasked
from bots.engine import NOT_MY_FIELD, _nearest_thing, offline_reply
from bots.fallback46 import owned as owned46
from bots.material import index_of, terms
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with

# Its `#know` line on moths at a lamp since lines28 (was its plain line on moths steering by the
# moon, the old account).
MOTHS = "A moth flies keeping the brightest part of the sky above its back, Maya"
TRAGEDY = "My tragedies end with the stage full of dead because a tragedy cannot stop"
PROGRAM = "If you want to learn to program, start with a small problem you understand completely"
DE_MORGAN = "no age is too late to learn to instruct a machine, if you practise a little every day"
EXPERIMENT = "A good experiment begins with a clean bench, a clear question and a notebook"
PRACTISED = "but I practised, and the practice made the writer"


def asked_again(slug: str, first: str, unanswered: str, again: str, seed: int = 1) -> str:
    name = VOICES[slug].name
    history = (Line("maya", first), Line(name, unanswered, own=True))
    return say(slug, again, history=history, seed=seed, others=CAST)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_question_re_asked_with_no_subject_is_the_earlier_question_answered(seed):
    # Was "I must confess my ignorance, Dev; I know beetles and barnacles, not that."
    reply = asked_again(
        "darwin",
        "@darwin why do moths fly at the porch light",
        "Tell me more, Maya. I always want to know how a thing came about.",
        "@darwin ok but WHY though, nobody answered that",
        seed,
    )
    assert reply.startswith(MOTHS), reply


def test_a_question_re_asked_that_points_back_is_the_earlier_question():
    # Was "A plague upon such small mischiefs" ("why do they all die" read as a sigh).
    reply = asked_again(
        "shakespeare",
        "@shakespeare why does everyone die at the end of the tragedies",
        "Tell me more, Maya.",
        "@shakespeare you didnt answer tho, why do they all die at the end",
    )
    assert TRAGEDY in reply, reply


def test_a_new_question_after_that_wasnt_the_question_is_answered_not_laughed_at():
    # Was "Ha! Nature is full of such happy accidents" (the "lol" read as banter).
    reply = asked_again(
        "darwin",
        "@darwin the bees love our lavender",
        "How did that come about, Maya?",
        "@darwin that wasn't the question lol. why do the bees keep going for the lavender",
    )
    assert "bee" in reply.lower() and starts_with(reply, "darwin", "answer"), reply


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("ok but WHY though, nobody answered that", ""),
        ("ok fine but then WHY is it slippery @einstein, nobody's answered that bit", "slippery"),
        ("you didnt answer tho, why do they all die at the end", "die"),
        ("but why though? you just said you never measured it", ""),
        ("that wasn't the question. why do bees love lavender", "lavender"),
        ("but why do bees sting", "bees sting"),
    ],
)
def test_reasked_tells_what_a_question_asked_again_still_names(text, rest):
    found = reasked(text)
    assert found is not None and rest in found and (rest or found == ""), found


@pytest.mark.parametrize(
    "text",
    [
        "why though?",
        "why do bees sting",
        "i answered the phone",
        "ok thanks",
        "haha you answered my question with a question",
    ],
)
def test_a_plain_follow_up_or_question_asks_nothing_again(text):
    assert reasked(text) is None


@pytest.mark.parametrize(
    ("slug", "text", "line"),
    [
        # Was "Patterns repeat in nature..." / an owning-up: a little program is hers.
        (
            "lovelace",
            "@lovelace i want to build a little thing that logs the pond temp every 10 min and "
            "texts me if it drops below 5. is that hard for a beginner?",
            PROGRAM,
        ),
        # Was "For the occasion, Dev, I would set down this: My own words on imagination".
        (
            "lovelace",
            "@lovelace can a beginner write something that counts how many cakes we sell at the "
            "bake sale",
            DE_MORGAN,
        ),
        # Was a glow stick line.
        (
            "curie",
            "@curie i want to do some kitchen chemistry with my kids, how do we start without "
            "blowing anything up",
            EXPERIMENT,
        ),
        # Was sonnet 116 offered "for the occasion".
        (
            "shakespeare",
            "@shakespeare is it hard to write a sonnet for my wife if ive never written a poem",
            PRACTISED,
        ),
    ],
)
def test_a_beginners_question_in_the_field_gets_a_line_on_beginning(slug, text, line):
    reply = say(slug, text, others=CAST)
    assert line in reply and starts_with(reply, slug, "answer"), reply


def test_a_beginners_question_with_a_tip_on_its_subject_gets_the_tip_whole():
    # Was "I am a naturalist, Dev, and that is not a natural history question I can answer."
    reply = say("darwin", "@darwin my kid wants to start a bug diary, how do we even start?")
    assert reply.startswith("At Cambridge I once popped a beetle into my mouth"), reply
    assert reply.count("Maya") == 1, reply


def test_a_beginners_question_outside_the_field_gets_no_line_on_beginning():
    reply = say("einstein", "@einstein is it hard to get a mortgage as a first time buyer")
    assert "telescope" not in reply and starts_with(reply, "einstein", "outside"), reply


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("is that hard for a beginner?", True),
        ("where do i even start", True),
        ("can a beginner do this", True),
        ("why is it hard to breathe up mountains", False),
        ("how did you start your day", False),
    ],
)
def test_beginner_asked(text, asked):
    assert beginner_asked(text) is asked


def test_the_nearest_line_on_a_thing_may_be_on_its_kind_with_another_word_asked():
    index = index_of(VOICES["darwin"].material)
    text = "do ducks carry seeds to other ponds"
    assert _nearest_thing(index, "duck", text, terms(text), []).startswith(
        "Birds carry seeds in the mud on their feet"
    )
    # Its kind alone is no answer: not a line on birds at a feeder for herons nesting.
    text = "why do the herons never seem to nest near us"
    assert _nearest_thing(index, "heron", text, terms(text), []) == ""


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_what_happens_in_its_field_that_it_has_no_line_on_is_owned_up_plainly(seed):
    # Was "On that I am a complete amateur, Dev; I spent my life on physics and left such things
    # to wiser people": a board steadier or wobblier when fast is physics, not another field.
    # (A bike steadier when fast now has its line: field40, the rider steering under the fall.)
    reply = say(
        "einstein",
        "@einstein why does my skateboard get the wobbles when its going fast",
        seed=seed,
        others=CAST,
    )
    # (fallback46: or owned up with the thing named, "I never studied your skateboard")
    assert (
        starts_with(reply, "einstein", "outside") or owned46(reply)
    ) and not NOT_MY_FIELD.search(reply), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_another_persons_question_nobody_answered_is_answered(seed):
    # Was "And how did that happen?" / owning up: the question was Sam's, not the asker's.
    history = (
        Line("sam", "@curie why does salt melt the ice on the path?"),
        Line("Marie Curie", "Tell me more, Sam.", own=True),
    )
    reply = say(
        "curie", "@curie ok but why though, nobody answered that", history=history, seed=seed
    )
    # (Her line on salted roads and paths since know39.)
    assert "Salt water freezes colder than fresh" in reply, reply


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_why_a_thing_is_slippery_asked_again_is_answered_as_physics(seed):
    # Was "I spent my life on physics and left such things to wiser people" on some seeds, then
    # a plain owning-up; Einstein has lines on why ice is slippery now (material15a).
    history = (
        Line("sam", "@einstein why is ice so slippery anyway"),
        Line("Albert Einstein", "Ice floats because water expands as it freezes, Sam.", own=True),
        Line("bex", "lol the rink was chaos"),
    )
    text = "ok fine but then WHY is it slippery @einstein, nobody's answered that bit"
    reply = say("einstein", text, author="bex", history=history, seed=seed, others=CAST)
    assert starts_with(reply, "einstein", "answer", "Bex"), reply
    assert reply.endswith(
        (
            "Ice is slippery because its surface wears a thin, watery film even below freezing, "
            "as Faraday saw in 1850; it is not your weight, for pressure shifts its freezing "
            "point hardly at all.",
            "An icy pavement is slippery even when it looks dry: the top of the ice is a watery "
            "skin that oils your sole, and grit works because it gives the boot something rough "
            "to grip.",
        )
    ), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_sea_freezing_asked_again_is_owned_up_as_physics_not_another_field(seed):
    # Was "Ach, Dev, there you have found the edge of my universe; I know physics, not that."
    # ("freezing" was no form of "freeze").
    history = (
        Line("maya", "@einstein how come the sea is freezing in june"),
        Line("Albert Einstein", "How did that happen, Maya?", own=True),
    )
    text = "@einstein you didnt answer though, why does the sea stay cold"
    reply = say("einstein", text, history=history, seed=seed, others=CAST)
    assert starts_with(reply, "einstein", "outside") and not NOT_MY_FIELD.search(reply), reply


def test_a_beginners_question_takes_a_line_on_beginners_first():
    # A line of the kind material15b adds for Lovelace (a test fixture, not her material here):
    # asked whether a little logger "is hard for a beginner", the line on a beginner's reach
    # comes before "If you want to learn to program, start with a small problem".
    reach = (
        "A little program that reads an instrument every few minutes and sends your friends a "
        "message is well within a beginner's reach: one cycle of read, record, send and wait."
    )
    voice = replace(VOICES["lovelace"], material=(*VOICES["lovelace"].material, reach))
    text = (
        "@lovelace i want to build a little thing that logs the ice temp every 5 min and pings "
        "us if it goes above -4. is that hard for a beginner?"
    )
    reply = offline_reply(voice, message=text, seed=1, history=(Line("bex", text),))
    assert reply.endswith(reach) and "Bex" in reply, reply
