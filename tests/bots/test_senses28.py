"""Session 28: a word shared with the question in another sense, or as part of another thing,
is no answer (dev rooms of s27 and s28: wedding photographers, year 4 residential, warehouse
nights, minicab drivers).

- A line that shares with a question only nouns the two say of different things is on another
  thing (`sense.another_thing`, by `sense.said_apart`): the question names the noun with a
  noun the line does not say with it ("the zip wire" and "a wire" carrying a current; "golden
  hour light" and "light speed", "an hour"), or the line names it so ("a car door" for the
  doors of a freezer). A line opening on the thing itself is on it ("Bees build their comb"
  for honey bees), as is one that names it as the question does ("my car door shocks me").
- "freezer" is no comparative of "free": it is what "how does a -25 freezer even stay that
  cold" asks of.
- A `#know` key said only to name a place by another thing ("near the freezer plant") is not
  met: Curie's line on a smelly fridge is no answer to ammonia at a refrigeration plant.
- With nothing left, the persona owns up; and where it would know, a `#know` line answers:
  Einstein on zip-wire slopes, golden-hour light and a freezer kept cold with its doors
  opening; Curie on ammonia from a refrigeration plant.
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.sense import another_thing, place_names, said_apart
from tests.bots.test_everyday_messages import CAST, VOICES, say
from tests.bots.test_field12 import owns_up


def ask(slug: str, text: str, *, author: str = "maya", history=()) -> str:
    """The reply of `slug`, with the room's other personas there to hand over to."""
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, f"@{slug} {text}", author=author, history=history, others=others)


WIRE = (
    "Electricity in a wire is no rush of particles: the electrons shuffle along slower than a "
    "snail, but the push passes down the wire almost as fast as light, so the lamp comes on at "
    "once."
)
DOG_TIME = (
    "Time passes no differently for a dog than for you, unless one of you flies near light "
    "speed; how long five minutes feels is psychology: a minute on a hot stove seems an hour."
)
CAR_DOOR = (
    "You get a shock off a car door in winter because sliding across the seat charges you, and "
    "dry winter air lets the charge stay; touch the metal with your key first and the spark "
    "jumps from the key."
)
FRIDGE_SMELL = "Throw out the culprit"
BEES = (
    "Bees build their comb in hexagons because that shape stores the most honey for the least "
    "wax, and selection has made them perfect engineers."
)
WAGGLE = "a honeybee back from good flowers dances a waggle on the comb"
SKY = (
    "The sky is blue and the sunset red for one reason: air scatters blue light most, so by day "
    "blue comes from all over the sky, and at sunset, through far more air, the blue is lost and "
    "red gets through."
)
SAUNA = (
    "In a sauna the metal bolts burn you and the wooden bench does not, though both are equally "
    "hot: metal pours heat into your skin quickly, wood only slowly."
)
DOWN_HOUSE = (
    "We moved to Down House in Kent in 1842, a plain house at the end of a quiet lane, and I "
    "stayed there for forty years."
)

ZIP_WIRE = (
    "they're doing the zip wire. can you explain in year 4 language why you go faster when the "
    "wire is steeper"
)
GOLDEN_HOUR = (
    "why does golden hour light look warmer, is it actually a different colour or just vibes"
)
FREEZER = "how does a -25 freezer even stay that cold when the doors are opening all night"
FREEZER_PLANT = "for real though, why does the smell near the freezer plant make your eyes water"


@pytest.mark.parametrize(
    ("question", "line"),
    [
        (ZIP_WIRE, WIRE),
        ("we did the zip wire today, why does it sag in the middle", WIRE),
        ("is the zip wire at the park safe for a 6 year old", WIRE),
        ("why do you go faster on the zip wire when it's steeper", WIRE),
        (FREEZER, CAR_DOOR),
        ("how do the freezer doors seal so tight", CAR_DOOR),
        ("why do the doors of the cold room keep sticking", CAR_DOOR),
        ("how does the walk-in freezer stay cold when the doors are open all shift", CAR_DOOR),
        # The line's kind of a thing the question says plainly: no hill road, no stone floor.
        (
            "the coach does 50 on the open road and it's only 18 miles from Victoria, why does "
            "it always take an hour and a half",
            "Your ears pop on a hill road, in a lift or on a plane because the air pressure "
            "outside changes while the air behind your eardrum stays as it was, until a little "
            "tube to the throat opens; swallowing or yawning opens it.",
        ),
        (
            "why does it hurt so much more falling at speed than just falling over standing "
            "still, its the same floor",
            "Cold is not a thing that gets in; it is only heat getting out, and a draught, a "
            "stone floor or wet clothes let it out faster.",
        ),
    ],
)
def test_a_line_sharing_only_things_said_of_other_things_is_on_another_thing(question, line):
    assert another_thing(question, line)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("why do honey bees dance", BEES),
        # Both words of the compound said, if apart: on the thing (golden-hour light is met by
        # Einstein's #know line instead).
        ("the league fixtures are out, we've got the away match first", "In a league where "
         "every team plays every other, keep one team fixed and rotate the others one place "
         "each round; every round gives fresh fixtures, and nobody meets twice."),
        (GOLDEN_HOUR, DOG_TIME),
        ("my car door shocks me every time i get out, why", CAR_DOOR),
        ("why does the car door give me a shock", CAR_DOOR),
        ("why is the sky blue at midday but red at sunset", SKY),
        ("why does a metal bench feel colder than a wooden one when theyre both outside", SAUNA),
        ("Darwin's house? marvellous. read the Origin at school and understood none of it",
         DOWN_HOUSE),
        ("what's the strongest argument against letting 16 year olds vote", "Every argument must "
         "follow the reasoning wherever it leads."),
        ("if i jump in a falling lift at the last second do i survive", "A person in a closed "
         "lift cannot tell whether the lift is accelerating or resting in a gravitational field."),
        ("why does st marks sound so much better than the school hall we used to rehearse in",
         "A church sounds fuller than a carpeted hall because its stone walls and high vault "
         "throw the sound back many times before it dies."),
        ("einstein was a patent clerk first right?", "I worked seven years at the patent office "
         "in Bern, and it left my evenings free for physics."),
        ("can you check that sum ^", "A spreadsheet is checked as a clerk checks a ledger: add up "
         "the rows, then the columns, and the two grand sums must agree, or a figure somewhere "
         "is wrong."),
    ],
)  # fmt: skip
def test_a_line_naming_the_thing_as_the_question_does_is_on_it(question, line):
    assert not another_thing(question, line)


def test_said_apart_reads_each_way_a_noun_names_another_thing():
    assert said_apart(ZIP_WIRE, WIRE, "wire")  # the question's kind, not said in the line
    assert said_apart("why is golden hour light so soft", "the push passes at light speed", "light")
    assert said_apart("why is the golden hour light soft", "It took an hour.", "hour")
    assert said_apart(FREEZER, CAR_DOOR, "door")  # the line's kind, not said in the question
    assert not said_apart("my car door shocks me", CAR_DOOR, "door")
    assert not said_apart("why do honey bees dance", BEES, "bee")  # the line opens on it


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        (FREEZER_PLANT, {"freezer"}),
        ("why do i smell ammonia at the freezer plant", {"freezer"}),
        ("my eyes water outside the freezer plant", {"freezer"}),
        ("there's a smell in the fridge door, help", set()),
        ("why does my fridge smell", set()),
        ("smell by the bins near my fridge", set()),
        ("is it safe to live near a nuclear power station", set()),
    ],
)
def test_a_word_said_only_to_name_a_place_by_another_thing(text, placed):
    assert place_names(text) == placed


@pytest.mark.parametrize(
    ("slug", "text", "forbidden"),
    [
        ("einstein", "is the zip wire at the park safe for a 6 year old", "electrons"),
        ("einstein", "we did the zip wire today, why does it sag in the middle", "electrons"),
        ("einstein", "why does the wire on a zip wire not snap", "electrons"),
        ("einstein", "why do the freezer doors at work keep sticking shut", "car door"),
    ],
)
def test_with_only_another_thing_left_the_persona_owns_up(slug, text, forbidden):
    reply = ask(slug, text)
    assert forbidden not in reply
    assert owns_up(slug, reply), reply


KNOWN = {
    # The lines kinds28 wrote for any slope and any low sun answer these (session 28).
    "zip": (
        "On a steeper slope more of gravity's pull points along the ground, Maya: on a gentle "
        "hill only a small share of your weight drives you, on a steep one most of it, while "
        "friction and air take no more. So you go faster."
    ),
    "golden": (
        "At dawn and dusk sunlight crosses far more air to reach you, Maya, and air scatters "
        "blue light aside, which is why the daytime sky is blue; what comes straight through is"
        " red, orange and gold. Dust and smoke deepen it."
    ),
    "freezer": (
        "A freezer is a box of thick foam, Maya, with a pump that keeps carrying heat out "
        "through the coils at the back. An open door lets in warm air, but air holds little "
        "heat; the frozen food holds the cold, so it barely warms."
    ),
    "ammonia": (
        "That sting is very likely ammonia, Maya: big cold stores use it to carry the heat "
        "away, and even a small leak smells sharp and makes eyes stream, because it dissolves "
        "in their water as an alkali. Report it; a leak must be found."
    ),
}


@pytest.mark.parametrize(
    ("slug", "text", "known"),
    [
        ("einstein", ZIP_WIRE, "zip"),
        ("einstein", "why do you go faster on a zip wire when it's steeper", "zip"),
        ("einstein", "the kids want to know why the zipwire is quicker on the steep bit", "zip"),
        ("einstein", "does a steeper zip line make you faster", "zip"),
        ("einstein", GOLDEN_HOUR, "golden"),
        ("einstein", "why is golden hour so good for photos", "golden"),
        ("einstein", "what makes the light so orange at golden hour", "golden"),
        ("einstein", "why does evening sunlight look warmer than midday", "golden"),
        ("einstein", FREEZER, "freezer"),
        ("einstein", "how does a freezer stay cold when the door keeps opening", "freezer"),
        ("einstein", "how do freezers stay frozen if people keep opening the door", "freezer"),
        ("einstein", "why doesn't the cold store warm up when the doors are open all shift",
         "freezer"),
        ("curie", FREEZER_PLANT, "ammonia"),
        ("curie", "why does the refrigeration plant at work smell of ammonia", "ammonia"),
        ("curie", "ammonia leak at the freezer plant, is that why my eyes are streaming",
         "ammonia"),
    ],
)  # fmt: skip
def test_where_the_persona_would_know_its_line_answers(slug, text, known):
    assert ask(slug, text) == KNOWN[known]


def test_the_rooms_questions_are_answered_in_the_room():
    """As said in the rooms: after what was said before them."""
    zip_wire = ask(
        "einstein",
        ZIP_WIRE,
        author="rob",
        history=(ChatLine("jo", "group B are on the high ropes after lunch"),),
    )
    assert zip_wire == KNOWN["zip"].replace("Maya", "Rob")
    plant = ask(
        "curie",
        FREEZER_PLANT,
        author="lee",
        history=(ChatLine("dorota", "anyone else's eyes burning on aisle 9"),),
    )
    assert plant == KNOWN["ammonia"].replace("Maya", "Lee")


@pytest.mark.parametrize(
    ("slug", "text", "wanted"),
    [
        ("einstein", "my car door shocks me every time i get out, why", CAR_DOOR),
        ("einstein", "why is the sky blue at midday but red at sunset", SKY),
        # (the waggle dance since know38, not the comb's hexagons, which said nothing of it)
        ("darwin", "why do honey bees dance", WAGGLE),
        ("curie", "why does my fridge smell", FRIDGE_SMELL),
        ("curie", "my freezer stinks, how do i get rid of it", FRIDGE_SMELL),
        ("curie", "there's a smell in the fridge door, help", FRIDGE_SMELL),
        ("curie", "best way to get sick smell out of car seats? asking for every saturday night",
         "enzyme cleaner"),
    ],
)  # fmt: skip
def test_a_line_on_the_thing_asked_still_answers(slug, text, wanted):
    assert wanted in ask(slug, text)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # ("what lens is best for golden hour light" gets kinds28's line on why the low sun is
        # golden: its keys' "golden" is met by "golden hour" itself; a near miss, not another
        # thing.)
        ("einstein", "why is the sky blue"),
        ("einstein", "how long can food stay in the freezer"),
        ("einstein", "is the zip wire at the park safe for a 6 year old"),
        ("curie", "is an ammonia smell dangerous to breathe"),
        ("curie", "why does my fridge smell"),
        ("curie", "should i clean the fish tank if the ammonia is high"),
    ],
)
def test_look_alikes_get_no_new_line(slug, text):
    reply = ask(slug, text)
    assert not any(line.split(",")[0] in reply for line in KNOWN.values()), reply


def test_a_freezer_is_no_comparative_of_free():
    from bots.sense import _adjective, focus

    assert not _adjective("freezer")
    assert _adjective("bigger") and _adjective("hotter") and _adjective("harder")
    assert focus(FREEZER) == ("freezer",)
    assert VOICES["einstein"].max_reply_chars >= max(len(t) for t in KNOWN.values())
