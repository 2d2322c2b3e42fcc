"""Session 21's leftovers from the raters (tests/bots/test_gate20.py's kin): stems that hijacked
an answer ("lonelier" was no "lonely", "hops" was "hoped"), a claim answered from a line on
another thing (Curie's rusting iron and onions for cold water), a family line chosen by a name
alone, and the house bot stumped by a list after its question or a poll. Each now answers on
its subject; what it answered well before, it still does."""

from __future__ import annotations

import pytest

from bots.house import house_reply
from bots.material import stem, terms
from tests.bots.test_everyday_messages import say, starts_with

# --- 1. Stems: a comparative meets its adjective, a word in "-ed" is not another's plural ----


@pytest.mark.parametrize(
    "words",
    [
        ("lonely", "lonelier", "loneliest", "loneliness"),
        ("happy", "happier", "happiest", "happiness"),
        ("family", "families"),
        ("hope", "hoped", "hoping", "hopes"),
        ("hop", "hops", "hopped", "hopping"),
        ("love", "loved", "loving", "loves"),
        ("note", "notes", "noted"),
        ("measure", "measured", "measuring", "measures"),
        ("soldier", "soldiers"),
    ],
)
def test_the_forms_of_a_word_meet_at_one_stem(words):
    assert len({stem(w) for w in words}) == 1, {w: stem(w) for w in words}


@pytest.mark.parametrize(
    "one, other",
    [("hops", "hoped"), ("hop", "hope"), ("not", "note"), ("cut", "cute"), ("rid", "ride"),
     ("soldier", "soldy"), ("star", "stare"), ("starring", "staring")],
)  # fmt: skip
def test_another_word_keeps_its_own_stem(one, other):
    assert stem(one) != stem(other)


WESTMINSTER = "Westminster Abbey"
FANNY = "Fanny Owen"


@pytest.mark.parametrize(
    "text",
    [
        "@darwin did you ever try selective breeding of hops",
        "@darwin could selective breeding of hops make beer better",
        "@darwin what about selective breeding of hops for beer",
        "@darwin how do brewers do selective breeding of hops",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_hops_are_no_hopes(text, seed):
    reply = say("darwin", text, seed=seed)
    assert WESTMINSTER not in reply and FANNY not in reply, reply


@pytest.mark.parametrize(
    "text, line",
    [
        ("@darwin where are you buried", WESTMINSTER),
        ("@darwin did you have hopes before the voyage", FANNY),
    ],
)
def test_hopes_still_find_the_lines_that_hope(text, line):
    assert line in say("darwin", text, seed=0)


LONELY_AT_HOME = "but not alone all day"
WORK_AND_LEISURE = "leisure is where we think"


@pytest.mark.parametrize(
    "text",
    [
        "@socrates does working from home make people lonelier",
        "@socrates do u think working from home makes people lonelier",
        "@socrates is working from home making us lonelier",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_lonelier_is_asked_of_loneliness(text, seed):
    reply = say("socrates", text, seed=seed)
    assert LONELY_AT_HOME in reply and WORK_AND_LEISURE not in reply, reply


@pytest.mark.parametrize(
    "text, line",
    [
        # The thing, not what it is said to make people: money, not happiness.
        ("@socrates do u think money makes people happier", "Money is worth less"),
        ("@socrates does money make people happier", "Money is worth less"),
        ("@socrates do u think social media makes people lonelier", "little screen"),
        ("@socrates is working from home good for people", WORK_AND_LEISURE),
    ],
)
def test_the_thing_said_to_make_people_so_is_what_is_asked_about(text, line):
    assert line in say("socrates", text, seed=0)


def test_a_comparative_of_things_is_still_about_the_adjective():
    """ "colder" of metal is about cold, not what a thing makes of people."""
    reply = say("einstein", "@einstein why do metal things feel colder than wooden ones")
    assert "Metal feels colder than wood" in reply


# --- 2. A claim answered from a line on another thing ------------------------------------------

RUST = "Iron rusts"
ONION = "Onions make you cry"


@pytest.mark.parametrize(
    "text",
    [
        "@curie cold water swimming boosts your immune system, true or myth?",
        "@curie cold water swimming boosts immunity, true or myth?",
        "@curie cold showers boost your immune system: true or myth",
        "@curie true or myth: cold plunges make you immune to colds",
        "@curie cold water dips make you ill less often",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_claim_on_cold_water_gets_no_line_on_iron_or_onions(text, seed):
    reply = say("curie", text, seed=seed)
    assert RUST not in reply and ONION not in reply, reply
    assert "I would say" not in reply, reply  # no verdict a line of hers does not bear out
    # Owned up to, or (the claim put to be checked) tested before it is believed.
    tested = reply.startswith("I would test that before believing it")
    assert tested or starts_with(reply, "curie", "outside"), reply


@pytest.mark.parametrize(
    "text",
    ["@curie cold water dips make you ill less often", "@curie cold showers make you sick less"],
)
def test_a_general_claim_is_no_bad_news(text):
    reply = say("curie", text, seed=0)
    assert not starts_with(reply, "curie", "condolence"), reply
    assert not starts_with(reply, "curie", "sympathy"), reply


@pytest.mark.parametrize(
    "text, line",
    [
        ("@curie radium glows in the dark, true or myth?", "radium"),
        (
            "@curie microwaves make food radioactive, true or myth?",
            "A microwave oven heats food by shaking the water",
        ),
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_claim_her_line_answers_is_answered_plainly(text, line, seed):
    reply = say("curie", text, seed=seed)
    assert line in reply.lower() if line == "radium" else line in reply, reply
    assert "I would say" not in reply, reply


def test_news_of_ones_own_illness_still_gets_sympathy():
    reply = say("curie", "@curie cold water dips made me ill last week", seed=0)
    assert starts_with(reply, "curie", "condolence") or starts_with(reply, "curie", "sympathy")


# --- Family lines: what is asked of them, not the name alone ------------------------------------

JUGGLED = "Dr Eugène Curie, came to live with us"


@pytest.mark.parametrize("seed", range(3))
def test_juggling_research_and_motherhood_is_answered_with_the_help_she_had(seed):
    reply = say("curie", "@curie how did you juggle research and motherhood", seed=seed)
    assert JUGGLED in reply, reply


@pytest.mark.parametrize("seed", range(3))
def test_the_night_feeds_are_asked_of_the_nights_not_of_emma(seed):
    reply = say("darwin", "@darwin did emma do the night feeds?", seed=seed)
    assert "I cannot claim the nights" in reply and "backgammon" not in reply, reply


@pytest.mark.parametrize(
    "text", ["@darwin did emma like backgammon", "@darwin what did you and emma do in the evenings"]
)
def test_a_question_of_emma_herself_still_finds_her(text):
    assert "Emma" in say("darwin", text, seed=0)


# --- 3. The house bot: a list after the question, and polls --------------------------------------

SHUFFLED = "random.shuffle(chores)"
CHOICE = "random.choice(films)"
NO_POLLS = "Salon has no polls"


@pytest.mark.parametrize(
    "text, answer",
    [
        (
            "quick python way to randomly split a list of chores between 4 people? dishes, "
            "firewood, water, trash",
            SHUFFLED,
        ),
        ("python to randomly split chores between 4 people? dishes, firewood, water, trash",
         SHUFFLED),
        ("how do i pick a random item from a list in python? like movies: alien, heat, up", CHOICE),
        ("how would i write a tiny python script that picks a random movie from a list", CHOICE),
        ("tiny python script to pick a random movie", CHOICE),
        ("can i make a poll in this room so we can vote on the movie?", NO_POLLS),
        ("can I make a poll in this room?", NO_POLLS),
        ("is there a way to vote on something here", NO_POLLS),
    ],
)  # fmt: skip
def test_the_house_bot_answers_what_it_knows(text, answer):
    assert answer in house_reply(f"/AIBot {text}", seed=1, name="sam")


@pytest.mark.parametrize(
    "text, answer",
    [
        ("polling vs websockets?", "Polling asks the server again and again"),
        ("what is long polling", "Polling asks the server again and again"),
        ("how do I react with an emoji", "choose React"),
    ],
)
def test_polling_and_reactions_keep_their_answers(text, answer):
    assert answer in house_reply(f"/AIBot {text}", seed=1, name="sam")


@pytest.mark.parametrize(
    "text",
    [
        "whats the capital of peru? lima or cusco",
        "who won the election? the polls said otherwise",
        "any words for a leaving do? colleague moving to canada",
    ],
)
def test_a_question_the_house_bot_cannot_answer_is_still_not_answered(text):
    reply = house_reply(f"/AIBot {text}", seed=1, name="sam")
    assert "random" not in reply and NO_POLLS not in reply and "search box" not in reply, reply


def test_the_stem_of_a_word_is_what_terms_gives():
    assert terms("lonelier hops hoped") == [stem("lonely"), "hop", "hope"]
