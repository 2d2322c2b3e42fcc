"""Found by the lead in round sixteen. How to travel somewhere is a traveller's question, not
the physicist's ("is it actually faster to take the train or to fly from Paris to Berlin?" was
handed to @einstein by four personas in `persona_sample`, for a fast train in his relativity
line; "quicker to drive or get the train to leeds" was his favourite subject). A question about
saying goodbye is no goodbye, and a take against lying is for the truth. A reply exactly as long
as the persona may speak is said whole."""

import re
from dataclasses import replace
from types import SimpleNamespace

import pytest

from bots import runner
from bots.asks import request_kind
from bots.engine import ChatLine, either_or, offline_reply, taking_leave, travelling
from bots.material import index_of
from bots.providers import OfflineProvider, ReplyRequest
from bots.runner import _Progress as Progress
from tests.bots.test_everyday_messages import CAST, PEOPLE, VOICES, say, tagged, takes

TRAVEL = [
    "Is it actually faster to take the train or to fly from Paris to Berlin?",
    "is it quicker to drive or get the train to leeds",
    "should i fly or take the ferry to dublin, which is cheaper",
]
PHYSICS = [
    "why does a fast train lean into corners",
    "on a fast train, does time run slower for me",
    "if im on a train and throw a ball straight up does it land back in my hand",
    # Found by the review: a choice of vehicles, or a plane and the ground, are no journey.
    "why does a car or a bike lean into corners",
    "why does light travel faster than sound from a plane to the ground",
    "does a heavy car or a light bike stop faster",
]


@pytest.mark.parametrize("text", [*TRAVEL, "is it cheaper to get the bus to town or walk"])
def test_a_way_to_travel_somewhere_is_a_travellers_question(text):
    assert travelling(text)


@pytest.mark.parametrize("text", PHYSICS)
def test_a_fast_train_of_physics_is_no_journey(text):
    assert not travelling(text)


@pytest.mark.parametrize("slug", [s for s in PEOPLE if s != "einstein"])
@pytest.mark.parametrize("text", TRAVEL)
def test_a_journey_is_not_handed_to_the_physicist(slug, text):
    reply = say(slug, f"@{slug} {text}", others=CAST)
    assert "@einstein" not in reply, reply


@pytest.mark.parametrize("text", TRAVEL[:2])
def test_the_physicist_owns_up_to_a_journey(text):
    # Was "Ach, Sam, now you have found my favourite subject. Learning is not the learning of
    # facts, but the training of the mind to think." for the train to Leeds.
    reply = say("einstein", f"@einstein {text}", author="sam", others=CAST)
    lines = index_of(VOICES["einstein"].material).lines
    assert not any(line.text in reply for line in lines), reply
    assert "favourite subject" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "why does a fast train lean into corners",
        "why does light travel faster than sound from a plane to the ground",
    ],
)
def test_a_fast_trains_physics_is_still_handed_to_the_physicist(text):
    reply = say("curie", f"@curie {text}", others=CAST)
    assert "@einstein" in reply, reply


@pytest.mark.parametrize(
    ("text", "leaves"),
    [
        ("is it rude to leave a party without saying bye", False),
        ("how do you say goodbye in french", False),
        ("do you ever say goodnight to the moon", False),
        ("i said bye to everyone and left", False),
        ("bye all, see you thursday?", True),
        ("right, bed. night all, see you thursday", True),
        ("should i go to bed? night all", True),
        # Found by the review: a farewell in a sentence that starts as a question would.
        ("was lovely chatting everyone, bye!", True),
        ("what a night, bye all", True),
        ("how lovely, night all", True),
        ("will be back tmrw, bye", True),
        ("who's still up? no one? ok night all", True),
    ],
)
def test_a_farewell_asked_about_takes_no_leave(text, leaves):
    assert taking_leave(text) is leaves


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_question_about_saying_bye_is_no_farewell(slug):
    # Socrates's was "Go well, Raf. We shall continue the question another day."
    text = "is it rude to leave a party without saying bye"
    reply = say(slug, f"@{slug} {text}", author="raf")
    assert not any(reply.startswith(line.split(",")[0]) for line in tagged(slug, "bye", "Raf"))


def test_the_house_bot_answers_a_question_about_goodbyes_as_no_goodbye():
    bye = say("aibot", "/AIBot bye!", author="raf")
    asked = say("aibot", "/AIBot is it rude to leave a chat room without saying bye", author="raf")
    assert asked != bye


@pytest.mark.parametrize("slug", ["curie", "socrates", "shakespeare"])
def test_a_take_against_lying_is_for_the_truth(slug):
    # Was "No, Raf, I think not; but I would gladly be shown my error. Lying harms the liar
    # most ..." (Socrates), "I doubt it, Raf ... A lie is bad data" (Curie).
    reply = say(slug, f"@{slug} is it ok to tell the truth even if it hurts", author="raf")
    lying = next(t for t in takes(slug) if t in reply)
    assert "lie" in lying.lower()
    opener = reply[: reply.index(lying)]
    yes = r"(Yes|I would say yes|I am inclined to say yes|Ay|Honestly, Raf, yes|I think so)"
    assert re.match(yes, opener), opener


def test_a_take_against_lying_is_still_against_a_lie():
    reply = say("socrates", "@socrates is it ok to lie to get a day off work", author="raf")
    assert re.match(r"(No|I think not|I doubt it|I am not so sure)", reply), reply


async def test_an_offline_reply_exactly_as_long_as_allowed_is_said_whole(settings):
    # "Let me put it simply, Toby. A choir sounds fuller ... swallows it at once." is 260
    # characters, Einstein's limit: the room was shown "... swallows it at…".
    settings.SALON_OFFLINE_CHUNK_DELAY = 0
    text = "@einstein why do we sound so much better in the church than the hall"
    asked = {"message": text, "seed": 3, "history": (ChatLine("toby", text),)}
    whole = offline_reply(replace(VOICES["einstein"], max_reply_chars=1000), **asked)
    voice = replace(VOICES["einstein"], max_reply_chars=len(whole))
    assert offline_reply(voice, **asked) == whole
    request = ReplyRequest(voice=voice, system_prompt="", theme="", **asked)
    said = await runner._stream(
        SimpleNamespace(request=request), OfflineProvider(), Progress(), cares=False
    )
    assert said == whole


@pytest.mark.parametrize(
    "text",
    [
        "@darwin why do birds sing in the morning anyway, are they warming up like us",
        "@darwin what time do birds start singing in the morning",
    ],
)
def test_birds_singing_in_the_morning_is_the_dawn_chorus(text):
    # Was "Birds puff their feathers up on a cold morning ..." (a line of round sixteen).
    reply = say("darwin", text, author="raf", others=CAST)
    assert "Birds sing loudest at dawn, the first hour of the morning" in reply, reply


def test_birds_puffed_up_on_a_cold_morning_keep_warm():
    reply = say("darwin", "@darwin why do birds puff up on cold mornings", author="raf")
    assert "Birds puff their feathers up on a cold morning" in reply, reply


# --- Found by the live-room raters of round sixteen ------------------------------------------


def test_a_which_question_offers_no_choice_to_echo():
    # Darwin's was "If I may venture a view, Priya: I would say what creature sounds. ..."
    text = (
        "@darwin for the jungle expedition room, what creature sounds or specimens would actually"
        " make sense together? players keep pointing out we mixed up continents"
    )
    assert either_or(text) is None
    reply = say("darwin", text, author="priya", others=CAST)
    assert "what creature sounds" not in reply and "I would say" not in reply, reply


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("which is better, tea or coffee?", ("tea", "coffee")),
        ("what is better: cats or dogs?", ("cats", "dogs")),
        ("is talent born or made?", ("born", "made")),
    ],
)
def test_a_choice_is_still_a_choice(text, options):
    assert either_or(text) == options


@pytest.mark.parametrize(
    "text",
    [
        "why do some of our lines get better at homing every generation, are we breeding for it",
        "the lines at the post office were mad today, got any tips?",
        "our bus lines are a mess since the timetable changed, any ideas why?",
    ],
)
def test_lines_of_another_kind_ask_for_no_verse(text):
    # "For the do, Maureen: I wrote to my sister from the Beagle ..." (a verse for "the do").
    assert request_kind(text) != "verse"


@pytest.mark.parametrize(
    "text",
    [
        "can you give me a short line for a tattoo about courage",
        "a few lines on autumn pls",
        "write me some lines about the sea",
    ],
)
def test_lines_asked_for_are_verse(text):
    assert request_kind(text) == "verse"
