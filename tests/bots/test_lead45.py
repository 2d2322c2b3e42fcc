"""Session 45, the lead's mends in live rooms.

- A persona named to open a message that goes on with the speaker's own matter ("socrates my
  flatmate keeps eating my food, what do i do", "darwin theres snails on my porch") is spoken
  to, so it answers in any room that speaks; it had been read as named in passing, and in a
  live room nobody answered.
- A clock time a span after a start, asked of the room ("if i leave at 7:40 and the train takes
  2h 35, when do i arrive?"), is a sum Lovelace works, though it names a time as plans do
  (nobody had answered); more shapes of it are read ("train at 6:15, 45 min journey", "we leave
  at 9am, drive is 3 hours", "the 8.15 bus takes 25 mins"), and a time worked back from an end
  ("what time should i leave to be there by 9am") is not read forwards.
"""

from __future__ import annotations

import pytest

from bots.addressing import spoken_of
from bots.policy import RoomState, may_answer, plan_for_human
from bots.sums44 import clock_sum44, worked44
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say
from tests.bots.test_room44 import PRESENT

NAMES = ("socrates",)
EVERYONE = ("socrates", "darwin", "einstein", "curie", "lovelace", "shakespeare")


@pytest.mark.parametrize(
    "text",
    [
        "socrates my flatmate keeps eating my food, what do i do",
        "me probably. socrates my flatmate keeps eating my food, what do i do",
        "socrates i think my boss hates me",
        "socrates theres a guy at work who takes credit for everything",
        "socrates we're arguing about whether lying is ever ok",
        "socrates guess what, i passed",
    ],
)
@pytest.mark.parametrize("chattiness", ["lively", "normal", "mentions"])
def test_a_persona_named_first_and_told_the_speakers_own_matter_answers(text, chattiness):
    assert not spoken_of(text, NAMES, EVERYONE)
    state = RoomState(chattiness=chattiness, present=PRESENT)
    for seed in range(4):
        assert may_answer(state, text, seed=seed)
        assert plan_for_human(state, text, seed=seed).slugs == ("socrates",)


@pytest.mark.parametrize(
    "text",
    [
        "socrates was executed for corrupting the youth",
        "socrates is always right lol",
        "socrates got a raw deal tbh",
        "i agree with socrates",
        # words put in its mouth, not told to it (test_review43)
        "socrates i reckon he would hate twitter",
    ],
)
def test_a_persona_spoken_of_is_still_spoken_of(text):
    assert spoken_of(text, NAMES, EVERYONE)


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "if i leave at 7:40 and the train takes 2h 35, when do i arrive?",
            "07:40 + 2 hrs 35 mins is 10:15",
        ),
        ("train at 6:15, 45 min journey, what time do we arrive", "06:15 + 45 mins is 07:00"),
        ("we leave at 9am, drive is 3 hours, when do we get there", "09:00 + 3 hrs is 12:00"),
        (
            "its a 3 hour drive and we set off at 8.30, when do we get there?",
            "08:30 + 3 hrs is 11:30",
        ),
        (
            "film starts at 7pm and is 2h 10 long, when does it end",
            "19:00 + 2 hrs 10 mins is 21:10",
        ),
        ("shift starts at 9am and i work 8 hours, when do i finish", "09:00 + 8 hrs is 17:00"),
        ("the 8.15 bus takes 25 mins, when does it get in", "08:15 + 25 mins is 08:40"),
        (
            "flight leaves at 22:50 and takes 9 hours, what time do i land",
            "22:50 + 9 hrs is 07:50 the next day",
        ),
    ],
)
def test_a_clock_time_after_a_span_is_worked(text, working):
    found = worked44(text)
    assert found is not None and found.working == working
    assert clock_sum44(text)


@pytest.mark.parametrize(
    "text",
    [
        "what time should i leave to be there by 9am if it takes 40 mins",
        "the party starts at 8pm, what time should we get there",
        "see you at 7pm, its a 2 hour drive so dont be late",
        "dinner at 8pm?",
        "we have 4 hours at the museum from 10am, when do we leave?",
    ],
)
def test_no_clock_sum_worked_forwards_where_none_is_asked(text):
    assert worked44(text) is None
    assert not clock_sum44(text)


@pytest.mark.parametrize("chattiness", ["lively", "normal"])
def test_a_clock_sum_asked_of_the_room_is_lovelaces_though_it_names_a_time(chattiness):
    text = "if i leave at 7:40 and the train takes 2h 35, when do i arrive?"
    state = RoomState(chattiness=chattiness, present=PRESENT)
    plan = plan_for_human(state, text, seed=1)
    assert plan.slugs == ("lovelace",) and plan.summed
    # plans, not a sum: nobody joins in
    assert not plan_for_human(state, "meet at the car park at 7:40, i'll drive", seed=1).summed


@pytest.mark.parametrize(
    ("slug", "text", "opening"),
    [
        # (it had been news told: "I see, Maya; nature is full of such surprises. Cats have ...")
        ("darwin", "@darwin btw do cats see in colour", "Cats see some colour, Maya, blues"),
        # (it had been a consolation: "I am sorry to hear it, Maya")
        (
            "darwin",
            "@darwin btw is chocolate actually dangerous for dogs",
            "Chocolate poisons dogs",
        ),
        ("einstein", "@einstein by the way what is a black hole", "A black hole is mass squeezed"),
    ],
)
def test_an_aside_word_before_a_question_leaves_the_question_asked(slug, text, opening):
    assert say(slug, text).startswith(opening)


def test_cats_are_not_answered_with_the_line_on_dogs():
    # (it had been "Dogs are not colour-blind, Maya, ..." to a question of cats)
    assert say("darwin", "@darwin do cats see in colour").startswith("Cats see some colour")
    assert say("darwin", "@darwin can cats see in the dark").startswith(
        "Not in total darkness, Maya, but in about a sixth of the light we need"
    )
    assert say("darwin", "@darwin are dogs colour blind").startswith("Dogs are not colour-blind")


@pytest.mark.parametrize("opener", ["btw", "oh and", "lol ok but", "wait", "ngl"])
def test_a_room_question_after_a_chat_opener_is_still_the_rooms(opener):
    state = RoomState(chattiness="lively", present=PRESENT)
    plan = plan_for_human(state, f"{opener} anyone know why my sourdough is flat?", seed=2)
    assert plan.slugs == ("curie",) and plan.owned


@pytest.mark.parametrize(
    "text",
    [
        # (quoted, the error's name had been dropped as data shown: the git branch answer)
        "/AIBot how do i fix 'KeyError' in python",
        # (the word "python" had counted against the KeyError answer: "I can't write a snippet")
        "/AIBot how do i fix KeyError in python",
    ],
)
def test_the_house_bot_answers_a_python_error_named_with_python(text):
    assert say("aibot", text).startswith("A `KeyError` means the dict has no such key")


def test_a_sum_asked_with_the_askers_business_after_it_is_worked():
    # (rate45: "Tell me more, Maya; every tale is better for its particulars.")
    assert say(
        "shakespeare", "@shakespeare quick whats 17 x 23 im at the register and my phone is dying"
    ) == ("Even a glover's son can cast up a reckoning, Maya: 17 × 23 = 391.")
    found = worked44("what is 17 times 23 my phone died")
    assert found is not None and found.working == "17 × 23 = 391"


def test_the_house_bot_answers_the_opening_question_without_what_follows_it():
    # (rate45: "That's code, Maya, but JavaScript isn't a part I know well enough to answer")
    said = say(
        "aibot",
        "/AIBot whats the difference between == and === in javascript, my code review guy "
        "keeps yelling about it",
    )
    assert said.startswith("`===` compares value and type with no conversion")


def test_the_house_bot_reads_what_a_question_points_back_at():
    # (rate45: "I don't know, sorry: that's outside what I know, which is code and how Salon
    # works")
    history = [
        Line("tom", "my python script keeps saying list index out of range"),
        Line("jen", "post the code"),
        Line("tom", "its like 300 lines im not posting that"),
    ]
    said = say("aibot", "/AIBot what usually causes that", history=history)
    assert said.startswith("`IndexError: list index out of range` means you asked for a position")
    # nothing of code pointed at: as before
    said = say("aibot", "/AIBot what is that", history=[Line("tom", "look at the sunset")])
    assert said.startswith("I don't know that, sorry")
    assert say("aibot", "/AIBot what usually causes list index out of range").startswith(
        "`IndexError: list index out of range`"
    )


@pytest.mark.parametrize(
    ("slug", "text", "opening"),
    [
        # (it had said "I did, Maya", the line on his poems: she never knew him)
        (
            "lovelace",
            "@lovelace is it true you never really knew your father lord byron? what was that like",
            "I never knew him, Maya: my mother left Lord Byron when I was a month old",
        ),
        ("lovelace", "@lovelace did you like your father's poems", "I did, Maya"),
        # (rate45: "Ha! You examine your own life more honestly than most of Athens")
        (
            "socrates",
            "@socrates was xanthippe really that bad or did your buddies just make stuff up "
            "about her lol",
            "Xanthippe was sharp-tongued, Maya, and with reason",
        ),
    ],
)
def test_their_own_lives_asked_as_people_ask_them(slug, text, opening):
    assert say(slug, text).startswith(opening)


def test_the_chance_of_at_least_one_in_so_many_tries():
    # (rate45: Lovelace had told Sam, who was right, that a variable was left out)
    found = worked44("whats my actual chance after 40 kills at 2%")
    assert found is not None
    assert (
        found.working == "the chance of at least one in 40 tries at 2% each is 1 − 0.98^40 = 55.4%"
    )
    assert worked44("if the drop rate is 1% whats the chance in 100 tries").number == "63.4%"
    assert worked44("i have a 2% chance and tried 40 times lol") is None  # told, not asked
