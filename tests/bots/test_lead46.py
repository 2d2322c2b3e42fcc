"""Session 46, the lead's mends.

- Curie, asked whether a Mars trip's radiation would kill you, had answered with her own death
  ("Very likely, Maya: I died in 1934 of aplastic anaemia ..."), a wrong fact said of the trip
  (rate45 room07). She now gives the dose a crew takes and what it does; asked of her own
  death, she still tells it.
- News of the world in a persona's field, told by anyone ("they found a new tiny orange frog
  species"; "they saw two black holes merging"): Darwin had answered with pottery (rate45 S27).
- The house bot on which language to learn first, and on "which one would you start with" after
  the room offered two (rate45 room10: "I don't know that one").
- Socrates on having taught Plato ("who taught plato": he had said he was truly ignorant).
- After the rating (rate46) was written: a toast for a brother says "his" though the bride is
  "she"; how a couple met is left to the toast that tells it; GPS in phones gets relativity;
  telling a friend you like them is no slight to raise (Shakespeare: say it plainly); Byron is
  not denied as Ada's father; the house bot on a detached HEAD; "wait so which one was it"
  takes up the room's question (Einstein's Nobel).
- A span's minutes without their unit ("2h 35") are read in every shape of a clock sum.
"""

from __future__ import annotations

import pytest

from bots.sums44 import worked44
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

MARS = (
    "Not a dose that kills outright, Maya: a Mars round trip gives a crew roughly 0.6 to 1 "
    "sievert, by the Curiosity rover's measurements on the way, enough to raise the lifetime "
    "risk of cancer by a few percent."
)


@pytest.mark.parametrize(
    "text",
    [
        "@curie how bad is the radiation on a mars trip really, like would it kill you",
        "@curie would astronauts going to mars get cancer from the radiation",
        "curie whats the radiation dose on a mars mission",
    ],
)
def test_a_mars_trips_radiation_is_told_as_a_dose_not_her_own_death(text):
    assert say("curie", text) == MARS


def test_her_own_death_by_radiation_is_still_hers():
    assert say("curie", "@curie did the radiation kill you").startswith(
        "Very likely, Maya: I died in 1934 of aplastic anaemia"
    )


@pytest.mark.parametrize(
    ("text", "arrive"),
    [
        ("if we set off at 7:40 and its a 2h 35 drive when do we get there", "10:15"),
        ("we leave at 9am, 3 hours 20 journey, what time do we arrive", "12:20"),
    ],
)
def test_a_span_without_its_minutes_unit_is_worked(text, arrive):
    worked = worked44(text)
    assert worked is not None and worked.working.endswith(f"is {arrive}")


NEW_SPECIES = (
    "A new species! The best news a naturalist can hear, Maya; isolated valleys and islands "
    "breed forms of their own, as my Galápagos finches did. Do they know yet what it is most "
    "akin to?"
)


@pytest.mark.parametrize(
    "text",
    [
        "@darwin guess what they found a new tiny orange frog species in ecuador this week 🐸",
        "@darwin scientists found a new lizard species in madagascar",
        "@darwin did u see they discovered a new species of beetle in borneo?",
    ],
)
def test_news_of_a_new_species_is_met_with_a_naturalists_delight(text):
    # rate45 S27 had "I see, Maya; nature is full of such surprises. Humans have made pots ..."
    assert say("darwin", text) == NEW_SPECIES


@pytest.mark.parametrize(
    "text",
    [
        "@darwin how do scientists find a new species?",
        "@darwin i found a new beetle in my garden",
    ],
)
def test_a_question_on_species_or_a_beetle_of_ones_own_is_no_such_news(text):
    assert say("darwin", text) != NEW_SPECIES


def test_black_holes_heard_merging_is_news_to_the_man_who_predicted_the_waves():
    assert say(
        "einstein", "@einstein they saw two black holes merging, you must feel smug lol"
    ) == (
        "So they heard it! I predicted gravitational waves in 1916, Maya, and thought them far too "
        "faint ever to be measured; I am delighted to be wrong about that. Space-time ringing like "
        "a bell, from a billion light years away."
    )


TS_FIRST = (
    "JavaScript first, for a few weeks: TypeScript is JavaScript with types added, so every "
    "TypeScript error is about JavaScript underneath. Once functions, objects, arrays and "
    "async/await feel easy, switch to TypeScript: its errors catch mistakes before you run the "
    "code."
)
FIRST_LANGUAGE = (
    "Python for the gentlest start, or for data and scripts; JavaScript if you want to build web "
    "pages, since it is the browser's own language. The ideas carry over (variables, loops, "
    "functions, data structures), so pick the one that fits what you want to build and stay with "
    "it for a few months."
)


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("/AIBot should i learn typescript or javascript first", TS_FIRST),
        ("/AIBot is typescript worth it", TS_FIRST),
        ("/AIBot whats the best programming language to start with", FIRST_LANGUAGE),
        ("/AIBot which should a beginner learn first, python or javascript", FIRST_LANGUAGE),
    ],
)
def test_the_house_bot_says_which_language_to_learn_first(text, reply):
    # "should i learn typescript or javascript first" had "I keep no opinions on that"; "which
    # should a beginner learn first, python or javascript" the Python entry.
    assert say("aibot", text) == reply


def test_the_house_bot_picks_between_the_rooms_options():
    # rate45 room10: "I don't know that one, I'm afraid ... Ask me how Salon works, or a
    # programming question."
    history = (
        Line(
            "maya",
            "also question for the room: should i learn typescript now or get good at javascript "
            "first",
        ),
        Line("kev", "javascript first, typescript is just js with rules"),
        Line("priya", "i disagree, learn ts from the start and the errors teach you"),
    )
    text = "/AIBot which one would you start with for a beginner building web apps"
    assert say("aibot", text, history=history) == TS_FIRST
    assert say("aibot", text) != TS_FIRST


PLATO = (
    "Plato learned at my side, Maya, though I took no fee and kept no school: he was one of the "
    "young men who followed me about the agora, and after my death he wrote our talks down as "
    "dialogues, with me doing the talking."
)


@pytest.mark.parametrize(
    "text",
    [
        "@socrates who taught plato",
        "@socrates were you plato's teacher",
    ],
)
def test_socrates_says_he_taught_plato(text):
    # bio46 found "who taught plato" met with "On that, Maya, I am truly ignorant"; "were you
    # plato's teacher" with his own schooling;
    assert say("socrates", text) == PLATO


def test_a_toast_says_him_of_a_brother_though_the_bride_is_she():
    # (requests46 had "To your brother, a plumber, on her wedding day ... marry her!")
    assert say(
        "shakespeare",
        "@shakespeare need a toast for my brother's wedding saturday, hes a plumber and she's a "
        "nurse",
    ) == (
        "Raise your cups, Maya: To your brother, a plumber, on his wedding day: may every year to "
        "come be merrier than the last; and to the one lucky enough to marry him!"
    )


def test_how_the_couple_met_is_left_to_the_toast_that_tells_it():
    reply = say(
        "shakespeare",
        "@shakespeare need a toast for my brother's wedding saturday, hes a plumber and she's a "
        "nurse, they met at a karaoke bar",
    )
    assert "who met at a karaoke bar" in reply, reply


def test_gps_in_phones_is_answered_with_relativity_not_a_view_of_phones():
    # (modern46 had given his view of phones, "I would leave it on the desk")
    assert say(
        "einstein",
        "einstein what do you make of GPS in phones, like does it bother you that it needs your "
        "relativity to work",
    ).startswith("Relativity runs your satnav, Maya: the GPS satellites' clocks gain")


def test_telling_a_friend_you_like_them_is_no_slight_to_raise():
    # rate46 S10 had advice45's "Speak once ... of what keeps befalling ... 'it grieves me'".
    assert say(
        "shakespeare",
        "@shakespeare whats the move, how do i tell my best friend i like her without ruining "
        "everything",
    ) == (
        "Say it plainly, Maya, alone and unhurried, and leave room for an answer either way: they "
        "do not love that do not show their love. A friendship worth keeping survives an honest "
        "word."
    )


def test_byron_as_her_father_is_not_denied():
    # rate46 S24: "Never, Maya: my mother left Lord Byron ..." read as a denial.
    assert say(
        "lovelace", "@lovelace was your dad really lord byron? what was that like"
    ).startswith("I never knew him, Maya: my mother left Lord Byron when I was a month old")


def test_the_house_bot_on_a_detached_head():
    # rate46 S47: "Git isn't a part I know well enough to answer".
    assert say("aibot", "/AIBot why does my git say 'detached HEAD' and did i break something") == (
        "Nothing's broken: detached HEAD means you checked out a commit or tag, not a branch, so "
        "new commits belong to no branch. `git switch main` (or your branch) takes you back; to "
        "keep work made there, `git switch -c new-branch` first."
    )


def test_which_one_was_it_takes_up_the_rooms_question():
    # rate46 S4: "... Time travel into the future is easy ..." (after rate46, counts for nothing).
    history = (
        Line("jules", "einstein got his nobel for relativity right?"),
        Line("tom", "nah it was something about light i think"),
        Line("jules", "ok now im confused"),
    )
    reply = say("einstein", "@einstein wait so which one was it", history=history)
    assert "The Nobel Prize came to me for the photoelectric effect, not for relativity" in reply
