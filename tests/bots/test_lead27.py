"""Session 27 (lead): a line is no answer when it opens on another thing of the asked thing's
kind (a cat, ants, for cows), nor when it shares one word said after the asked thing while
opening on a thing the question never names (radium's energy, for dates); "it" in a question
asks of the thing told before it (a fox, for "why isn't it scared of cars")."""

from __future__ import annotations

import pytest

from bots.addressing import compliment
from bots.engine import read
from bots.sense import another_thing, focus, off_focus
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

CATS = (
    "Cats sleep most of the day because they are hunters that live by short bursts of effort; "
    "a lion too sleeps long hours, while a grazing cow must eat all day."
)
ANTS = "Ants keep aphids as we keep cows, and some ants keep slaves; nature is not always gentle."
MIDGES = (
    "Midges and mosquitoes bite some people more than others because they find us by the "
    "carbon dioxide we breathe out and the smells of our skin."
)
RADIUM = (
    "Radium glows because its rays excite the salt itself and the air around it; the energy "
    "comes from atoms breaking apart inside."
)


@pytest.mark.parametrize(
    "message, line",
    [
        ("why do some cows calve at night and others in the day", CATS),
        ("do cows actually have best friends or is that a facebook thing", ANTS),
        ("how long do cows sleep a night", CATS),
    ],
)
def test_a_line_opening_on_another_of_the_kind_is_another_thing(message, line):
    assert another_thing(message, line)


@pytest.mark.parametrize(
    "message, line",
    [
        ("why do cats sleep all day", CATS),
        ("do ants really farm aphids", ANTS),
        ("why do mosquitoes always bite me and not my husband", MIDGES),
    ],
)
def test_a_line_opening_on_the_thing_or_beside_it_is_on_it(message, line):
    assert not another_thing(message, line)


@pytest.mark.parametrize(
    "message",
    [
        "why do dates give you energy so fast when you break your fast",
        "how come dates give so much energy after a fast",
    ],
)
def test_one_word_said_after_the_thing_asked_in_a_line_on_another_is_in_passing(message):
    assert off_focus(message, RADIUM)


@pytest.mark.parametrize(
    "message",
    ["why does radium glow", "where does the energy of radium come from"],
)
def test_a_line_on_the_thing_asked_is_not_in_passing(message):
    assert not off_focus(message, RADIUM)


@pytest.mark.parametrize(
    "message, found",
    [
        (
            "there's a fox that sits by the roundabout every night like it owns the place. "
            "why isn't it scared of cars",
            ("fox", "car"),
        ),
        (
            "the swallows nest over the door every year. do they come back to the same barn",
            ("swallow", "barn"),
        ),
        ("my cat keeps bringing in frogs. why does it do that", ("cat",)),
        ("the traffic was mad today. why are cars so loud", ("car",)),
    ],
)
def test_it_in_a_question_asks_of_the_thing_told_before(message, found):
    assert focus(message) == found


@pytest.mark.parametrize(
    "slug, message, wrong",
    [
        (
            "darwin",
            "@darwin why do some cows calve at night and others in the day, is there a reason",
            "Cats sleep",
        ),
        (
            "darwin",
            "@darwin do cows actually have best friends or is that a facebook thing",
            "Ants",
        ),
        ("curie", "@curie why do dates give you energy so fast when you break your fast", "Radium"),
    ],
)
def test_a_question_gets_no_line_on_another_thing(slug, message, wrong):
    assert wrong not in say(slug, message)


def test_the_fox_told_before_is_what_is_asked_of():
    reply = say(
        "darwin",
        "@darwin there's a fox that sits by the roundabout every night at 2am like it owns the "
        "place. why isn't it scared of cars",
    )
    assert "fox" in reply.lower() and "The cars?" not in reply


@pytest.mark.parametrize(
    "text, kind",
    [
        ("one more, do cows actually have best friends or is that a facebook thing", "question"),
        ("last one, does a heavier ball fall faster", "question"),
        ("another q: can bees see red", "question"),
        ("one more pint and i'm done lads", "remark"),
    ],
)
def test_a_question_after_one_more_is_asked(text, kind):
    assert read(text, voice=VOICES["darwin"]).kind == kind


# Field questions of the last holdout that found no line (session 26's rated 1s), asked in
# other words than the rooms' (the rooms' own are in /work/prof/s27/dev).
KNOWN = [
    ("darwin", "do cows really have best friends in the herd", "They do, Maya: cattle pick"),
    ("darwin", "why do most of our cows calve overnight", "Many calve when the yard is quiet"),
    ("darwin", "do sheep lamb at night more", "Many calve when the yard is quiet"),
    ("curie", "how come dates are such a quick energy boost when fasting", "Dates are about"),
    ("curie", "how do i get the sick smell out of the car seats", "Scrape, then blot"),
    ("einstein", "why is the traffic always worse on the way home", "Because everyone leaves"),
]


@pytest.mark.parametrize("slug, text, start", KNOWN)
def test_a_field_question_of_the_last_holdout_gets_its_line(slug, text, start):
    assert say(slug, f"@{slug} {text}").startswith(start)


@pytest.mark.parametrize(
    "slug, text, start",
    [
        ("darwin", "my best friend is getting a cat", "They do, Maya"),
        ("curie", "whats the date today", "Dates are about"),
        ("einstein", "how do traffic lights know a car is waiting", "Because everyone leaves"),
    ],
)
def test_look_alikes_of_those_questions_get_other_replies(slug, text, start):
    assert not say(slug, f"@{slug} {text}").startswith(start)


@pytest.mark.parametrize(
    "text, start",
    [
        # (no "I will grant you part of it" before a line agreeing with the claim: opener47)
        ("I disagree with Ada, machines will never be creative.", "A machine is not creative"),
        ("i'm with ada on this, machines could be creative", "So you agree with me"),
    ],
)
def test_a_stance_taken_with_it_by_name_is_answered_as_to_it(text, start):
    # Not "named in passing" (misreads29), which joined in as one unasked: "Forgive me for
    # joining in".
    history = (
        Line("maya", "@lovelace can machines be creative?"),
        Line("Ada Lovelace", "The Engine might compose music, Maya, given the rules.", own=True),
    )
    assert say("lovelace", text, history=history).startswith(start)


@pytest.mark.parametrize(
    "before, text, words",
    [
        (
            "petrol money: it's 38 miles each way from mine, the car does about 40mpg and "
            "diesel's £1.52 a litre",
            "@lovelace can you work out what that comes to and split it four ways please",
            "38 miles each way is 76 miles, and 76 miles at 40mpg is 8.6 litres, £13.13; "
            "between 4, £3.28 each",
        ),
        (
            "the festival is 90 miles each way, my van does 30mpg and diesel is £1.50 a litre",
            "@lovelace what does that come to, split between 3",
            "90 miles each way is 180 miles, and 180 miles at 30mpg is 27.3 litres, £40.91; "
            "between 3, £13.64 each",
        ),
    ],
)
def test_fuel_for_a_trip_said_before_is_worked_and_shared(before, text, words):
    reply = say("lovelace", text, history=(Line("maureen", before),))
    assert words in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "@lovelace how much each between 8 for the £420 limo or the £560 hummer",
        "@lovelace split 4 ways, is it the £90 cottage or the £120 one",
    ],
)
def test_two_prices_to_choose_between_are_never_added(text):
    reply = say("lovelace", text)
    assert "£420 + £560" not in reply and "£90 + £120" not in reply and "£980" not in reply


def test_two_prices_of_different_things_are_still_added():
    reply = say("lovelace", "@lovelace the venue is £300 and the dj is £150, split between 6")
    assert "is £450;" in reply and "£75 each" in reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "@curie congrats on the nobel prizes btw. two is crazy"),
        ("curie", "@curie well done on the radium discovery, legend"),
        ("lovelace", "@lovelace congratulations on the notes, first programmer!"),
    ],
)
def test_congratulations_on_its_own_deeds_are_praise(slug, text):
    assert compliment(text.split(" ", 1)[1]), text
    assert "One of those days" not in say(slug, text)


@pytest.mark.parametrize(
    "text",
    [
        "congrats on the new job sam",
        "congrats on the baby!!",
        "congrats on the prize, was it hard?",
    ],
)
def test_congratulations_on_news_of_others_or_a_question_are_not_praise_of_it(text):
    assert not compliment(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("my suit is polyester and i sweat like mad, is that the fabric or just me", "remark"),
        ("is it just me or is the tap water weird today", "metoo"),
    ],
)
def test_a_cause_put_against_oneself_is_no_me_too(text, kind):
    assert read(text, voice=VOICES["curie"]).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        '@shakespeare the marriage record says she was a "spinster, domestic servant". what did '
        "spinster actually mean originally, it sounds so harsh",
        "@einstein how deep should i plant garlic cloves?",
    ],
)
def test_nobody_is_handed_a_question_it_has_no_line_on(text):
    # Einstein answered "spinster" with a recorded voice's sound; Darwin, garlic, with watering.
    slug = text[1:].split()[0]
    assert "@" not in say(slug, text, others=tuple(v for v in VOICES.values() if v.slug != slug))


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "the ancestry dna came back: 83% irish, 9% scottish. how is that even worked out, "
            "and how far back does it go",
            "question",
        ),
        ("what is he even building", "remark"),
        ("why is it even raining again", "remark"),
    ],
)
def test_how_a_thing_is_even_worked_out_is_asked_not_vented(text, kind):
    assert read(text, voice=VOICES["darwin"]).kind == kind
