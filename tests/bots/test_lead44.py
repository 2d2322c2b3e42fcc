"""Lead44 (session 31): classes found in a fresh dev room set (veg box co-op, darts team, repair
cafe, amateur dramatics), each checked on wordings of our own and look-alikes.

- A good night is said back with a good night, by every persona.
- Two claims asked as a choice ("is that curse real or did actors make it up") are no choice of
  two things: no reply says "I would did actors make it up".
- A choice said with an aside ("modernise it, set it in an office or something, or keep it
  traditional"), a filler ("get pizza or something or just cook") or a lone comma ("paint it
  blue, or leave it white") is still a choice of two; a list of three is not made one of two.
"""

from __future__ import annotations

import re

import pytest

from bots.engine import deed_choice, either_or, read
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say
from tests.bots.test_misreads30 import lines

SLUGS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")
GOODNIGHTS = ("night all, night @{slug}", "good night everyone, off to bed", "nite all x")


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("text", GOODNIGHTS)
def test_a_good_night_is_said_back(slug, text):
    reply = say(slug, text.format(slug=slug))
    assert re.search(r"\b(night|nacht|sleep|evening|bed)\b", reply, re.I), reply
    assert "Maya" in reply


@pytest.mark.parametrize("slug", SLUGS)
def test_a_daytime_goodbye_has_no_good_night(slug):
    reply = say(slug, f"right, off to work, bye @{slug}")
    assert not re.search(r"\b(night|nacht|sleep|bed)\b", reply, re.I), reply


CLAIMS = [
    "is that curse even real or did actors make it up",
    "is the story true or did someone invent it",
    "is it a real tradition or was it made up by the victorians",
    "are the ghost stories true or do people just like a scare",
    "is the painting genuine or has somebody copied it",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_two_claims_are_no_choice_of_two_things(text):
    assert either_or(text) is None


@pytest.mark.parametrize("text", CLAIMS)
@pytest.mark.parametrize("slug", ("shakespeare", "darwin", "socrates"))
def test_no_reply_picks_a_question_as_an_option(text, slug):
    reply = say(slug, f"@{slug} {text}")
    assert not re.search(r"\bI would (did|was|were|is|are|do|does|has|have)\b", reply), reply


def test_the_curse_question_is_answered_from_the_grave():
    reply = say("shakespeare", "@shakespeare is that curse even real or did actors make it up")
    assert reply == (
        "Hark, Maya, here is my answer. On my grave I had a curse carved for any man who "
        "moves my bones, and so far no one has dared."
    )


KEPT_CHOICES = [
    ("is it better to walk or cycle", ("walk", "cycle")),
    ("tea or coffee?", ("tea", "coffee")),
    ("is cycling or walking better", ("cycling", "walking")),
]


@pytest.mark.parametrize(("text", "options"), KEPT_CHOICES)
def test_choices_of_things_are_kept(text, options):
    assert either_or(text) == options


DEEDS = [
    (
        "should we modernise it, set it in an office or something, or keep it traditional?",
        ("modernise it", "keep it traditional"),
    ),
    ("should we get pizza or something or just cook?", ("get pizza", "cook")),
    (
        "should we repaint the hall, or leave it till spring?",
        ("repaint the hall", "leave it till spring"),
    ),
    ("should i text her, or wait for her to text me?", ("text her", "wait for her to text me")),
]


@pytest.mark.parametrize(("text", "options"), DEEDS)
def test_a_choice_of_deeds_with_an_aside_or_a_comma(text, options):
    assert deed_choice(text) == options


@pytest.mark.parametrize(
    "text",
    ["tea, coffee, or juice?", "should we go to rome, paris, or berlin?", "red, or blue, or green"],
)
def test_a_list_of_three_is_no_choice_of_two(text):
    assert either_or(text) is None
    assert deed_choice(text) is None


def test_socrates_picks_between_deeds_said_with_an_aside():
    reply = say(
        "socrates",
        "@socrates should we modernise it, set it in an office or something, or keep it "
        "traditional? what do you reckon",
    )
    # (opinion39: with the reason of its kind, "what has lasted this long has already passed a
    # hard test".)
    assert reply.startswith(("Keep it traditional, Maya: ", "Modernise it, Maya: ")), reply


# -- a better way asked for is a question, not a view asked ----------------------------------

WAYS = [
    "i need 87 to check out, treble 17 then double 18. is there a better route than that?",
    "is there a quicker way to defrost the freezer than a hairdryer?",
    "any easier way to get rid of slugs than beer traps?",
    "is there a cheaper option than the big tub?",
    "know a better method for peeling garlic?",
]


@pytest.mark.parametrize("text", WAYS)
def test_a_better_way_asked_is_a_question(text):
    assert read(text, voice=VOICES["lovelace"], addressed=True).kind == "question"


@pytest.mark.parametrize(
    "text", ["do you think there is a better way?", "is it better to walk or drive there?"]
)
def test_a_view_asked_of_better_stays_a_view(text):
    assert read(text, voice=VOICES["lovelace"], addressed=True).kind == "opinion"


def test_the_checkout_asked_gets_no_yes_nor_a_word_on_taste():
    reply = say(
        "lovelace",
        "@lovelace i need 87 to check out, treble 17 then double 18. is there a better route "
        "than that?",
    )
    assert "yes" not in reply.lower() and "Taste" not in reply, reply


def test_slugs_a_better_way_is_answered():
    reply = say("darwin", "@darwin any easier way to get rid of slugs than beer traps?")
    assert reply.startswith("Go out with a torch on a wet night and pick them off, Maya"), reply


# -- "you" of anyone is no question about the persona ----------------------------------------

ANYONES = [
    "a toaster that trips the fuse the second you plug it in, whats the likely cause?",
    "the kettle clicks off every time you fill it past halfway, why?",
    "the door sticks the moment you close it, what's going on?",
]


@pytest.mark.parametrize("text", ANYONES)
def test_you_of_anyone_is_no_personal_question(text):
    assert read(text, voice=VOICES["einstein"], addressed=True).kind != "personal"


@pytest.mark.parametrize("text", ["do you ever get lonely?", "what was your first violin like?"])
def test_you_of_the_persona_stays_personal(text):
    assert read(text, voice=VOICES["einstein"], addressed=True).kind == "personal"


# -- the question that offers the choice, when the first offers none -------------------------

LATER_CHOICES = [
    (
        "and more generally, why do you think people give their things away to shops like ours? "
        "is it kindness or just clearing the loft",
        ("kindness", "clearing the loft"),
    ),
    ("why do people keep bees? is it the honey or the wax?", ("the honey", "the wax")),
    ("what do you think? is it art or just a mess", ("art", "a mess")),
    ("quick one. is that a bug or a feature?", ("a bug", "a feature")),
    ("tea or coffee? asking for the order", ("tea", "coffee")),
]


@pytest.mark.parametrize(("text", "options"), LATER_CHOICES)
def test_the_choice_is_read_from_the_question_that_offers_it(text, options):
    assert either_or(text) == options


@pytest.mark.parametrize(
    "text", ["why do people give things away? i reckon it's kindness", "what time? 7 or 8?"]
)
def test_no_choice_is_made_up_from_a_later_sentence(text):
    assert either_or(text) is None


def test_socrates_takes_a_side_on_kindness_or_the_loft():
    reply = say(
        "socrates",
        "@socrates and more generally, why do you think people give their things away to shops "
        "like ours? is it kindness or just clearing the loft",
    )
    assert not reply.startswith(("No, Maya", "Yes, Maya")), reply
    assert "kindness" in reply.lower() or "loft" in reply.lower(), reply


# -- the group's own goings-on asked of a guest ----------------------------------------------

ROOM_ASKS = [
    "@{slug} who's on till this saturday?",
    "@{slug} when's the next meeting?",
    "@{slug} is thursday still on?",
    "@{slug} what did i miss?",
    "@{slug} did i miss anything?",
    "@{slug} who's bringing the urn on sunday",
    "@{slug} where are we meeting?",
]


@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("text", ROOM_ASKS)
def test_the_groups_goings_on_are_for_the_others_to_say(slug, text):
    reply = say(slug, text.format(slug=slug))
    assert reply in lines(slug, "roomasked", "Maya"), reply


def test_a_greeting_with_it_is_greeted_back():
    # (tone61: the question was put to the room; greeted back, never owned up to)
    reply = say("darwin", "morning @darwin, who's on till this saturday?")
    assert reply == "Good day, Maya."


def test_back_from_holiday_is_welcomed_back():
    reply = say("einstein", "hi @einstein, back from holiday, what did i miss?")
    assert reply.startswith("Welcome back, Maya!"), reply
    assert reply.endswith("the others will know it better."), reply


def test_unasked_it_stays_quiet():
    assert say("curie", "when's the next meeting?", unasked=True) == ""


@pytest.mark.parametrize(
    "text",
    [
        "@darwin who's on the best team?",
        "@socrates who is right here, me or jo?",
        "@einstein what did i miss in the proof?",
        "@curie i miss my old lab",
    ],
)
def test_look_alikes_are_not_the_groups_goings_on(text):
    slug = text.split()[0][1:]
    assert say(slug, text) not in lines(slug, "roomasked", "Maya")


# -- what a thing is kin to or classed as is a fact, not a pick ------------------------------

FACT_CHOICES = [
    "is kohlrabi related to cabbage or turnip",
    "is glass a liquid or a solid?",
    "is a tomato a fruit or a vegetable?",
    "is light a wave or a particle?",
    "are wasps related to bees or ants?",
    "is a whale a fish or a mammal?",
]


@pytest.mark.parametrize("text", FACT_CHOICES)
def test_a_fact_offered_as_a_choice_is_a_question(text):
    assert read(text, voice=VOICES["darwin"], addressed=True).kind == "question"


@pytest.mark.parametrize("text", FACT_CHOICES)
@pytest.mark.parametrize("slug", SLUGS)
def test_no_pick_of_taste_nor_yes_to_a_fact(text, slug):
    reply = say(slug, f"@{slug} {text}")
    assert not re.search(r"\bI would say\b|^(?:Yes|No)\b|\bYes, Maya\b", reply), reply


def test_light_is_answered_as_both():
    reply = say("einstein", "@einstein is light a wave or a particle?")
    assert reply.endswith(
        "Light behaves like a wave and like a stream of particles, and we must learn to live "
        "with both pictures."
    ), reply


@pytest.mark.parametrize(
    "text",
    [
        "is darts a sport or a pub game?",
        "do you think glass is a liquid or a solid?",
        "is cycling or walking better?",
    ],
)
def test_a_view_offered_as_a_choice_stays_a_view(text):
    assert read(text, voice=VOICES["darwin"], addressed=True).kind == "opinion"


# -- a sum paid in part by one of those sharing it -------------------------------------------


def test_a_deposit_one_of_us_paid_leaves_each_share_to_others():
    from bots.roles import worked

    lines = [
        "cottage is £480 total for the 4 of us",
        "i already paid the £100 deposit btw",
        "@curie so how much do we each still owe? jo included",
    ]
    assert worked(lines) is None
    shared = ["cottage is £480 total for the 4 of us", "we already paid the £100 deposit"]
    assert worked([*shared, "@curie so how much do we each still owe?"]).number == "£95 each"


# -- the score needed for an average said as "need an average of" ---------------------------


@pytest.mark.parametrize(
    ("text", "need"),
    [
        (
            "@lovelace got 62, 70 and 75 on the first three tests, need an average of 70 across "
            "all four, what do i need on the last one",
            "so you need 73",
        ),
        (
            "@lovelace scores so far 80, 65 and 90, i need an average of 80 over the four, what "
            "do i need on the last one?",
            "so you need 85",
        ),
        (
            "@lovelace we've scored 3, 5 and 4, we need an average of 5 for the league, what do "
            "we need in the next game",
            "so you need 8",
        ),
    ],
)
def test_the_score_needed_for_an_average_is_worked(text, need):
    assert need in say("lovelace", text)


def test_an_average_asked_beside_an_aim_is_the_average_now():
    reply = say(
        "curie", "@curie we scored 12, 15 and 9, i need an average of 12 what's our average now?"
    )
    assert "12 + 15 + 9 = 36, and over 3 that is 12" in reply, reply


def test_money_changed_asked_of_a_part_is_not_the_whole():
    history = (Line("jo", "hotel is $486 for 3 nights"), Line("jo", "rate is £1 = $1.35"))
    reply = say("einstein", "@einstein how much per nigth in pounds", history=history)
    assert "£360" not in reply, reply
    whole = say("lovelace", "@lovelace the rate is £1 = $1.35, how much is $486 in pounds?")
    assert whole.endswith("$486 at £1 = $1.35 is £360."), whole


# -- a thing that trips the switch the moment it is plugged in --------------------------------

SHORT = "usually has a short to earth"


@pytest.mark.parametrize(
    "text",
    [
        "@einstein someone brought a toaster that trips the fuse the second you plug it in, whats "
        "the likely cause?",
        "@einstein our toaster trips the rcd as soon as its plugged in, why",
        "@einstein the heater trips the breaker the moment i switch it on, what's wrong with it?",
    ],
)
def test_an_appliance_tripping_the_switch_is_answered(text):
    assert SHORT in say("einstein", text)


@pytest.mark.parametrize(
    "text", ["@einstein i tripped over the iron", "@einstein how does the sun shine?"]
)
def test_look_alikes_of_a_tripping_appliance(text):
    assert SHORT not in say("einstein", text)


# -- found in the held-out rooms of session 31, after their rating ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@socrates do you agree with tariq? should we be angry or keep it civil",
        "do you agree with jo? tea or coffee",
        "is ben right? should we walk or drive",
    ],
)
def test_a_side_asked_first_is_no_choice_of_the_later_question(text):
    assert either_or(text) is None


def test_a_side_with_someone_is_taken_before_the_choice_after_it():
    history = (Line("jo", "i reckon we should just go in angry, they've ignored us for months"),)
    reply = say(
        "socrates",
        "@socrates do you agree with jo? should we be angry or keep it civil",
        history=history,
    )
    assert "Jo" in reply and "I would be angry" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "@lovelace it's 6 weeks on saturday and i need about 120 hours on my costume, how many "
        "hours a day is that",
        "@lovelace 3 weeks left and 40 hours of revision to do, how many hours a day",
    ],
)
def test_a_rate_asked_is_never_two_spans_added(text):
    reply = say("lovelace", text)
    assert "all in" not in reply, reply


def test_spans_added_when_a_total_is_asked_still_are():
    reply = say(
        "lovelace", "@lovelace 46 miles at 4 mph and 8 locks at 15 min a lock, how long all in?"
    )
    assert "all in, 13.5 hours" in reply, reply


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "@lovelace low tide saturday is 10:12 and i want 2 hours either side, what time do i "
            "need to get there and when do i leave?",
            "10:12 − 2 hours is 8:12; 10:12 + 2 hours is 12:12",
        ),
        (
            "@lovelace high tide is 3:40pm, we want an hour either side, what time should we "
            "arrive and leave",
            "3:40pm − 1 hour is 2:40pm; 3:40pm + 1 hour is 4:40pm",
        ),
        (
            "@lovelace the talk is at 7:30 and we need half an hour before and after for setting "
            "up, when do we need the hall from and till",
            "7:30 − 30 mins is 7:00; 7:30 + 30 mins is 8:00",
        ),
    ],
)
def test_a_span_either_side_of_a_time_gives_both_ends(text, working):
    assert working in say("lovelace", text)
