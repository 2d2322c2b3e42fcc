"""What raters gave 1 of 5 (floor38): a thing that broke down met with condolences, a line met on
one word of a question while the question asks something else, a persona nobody asked joining in
on a word taken up from older lines, and a pick between two reasons answered yes or no.

- A thing that "died again", "keeps dying", "is dead again" or "keeps losing pressure" is
  trouble with a thing: never grief (`bots.valence`); a practical question about it is answered
  from #know or owned up to and handed over as any question outside the field.
- A line must be met on what a question asks of its thing: a line on its kind not on how the
  thing looks, told after the question ("what kind of owl is it, its brown and fluffy"):
  `sense.met_apart`; the line on the queen asked, not bees and our food, for "how do the bees
  decide who becomes the queen? is it just the food they get?"; not a line on a case the
  question never names ("If you smell gas, ..."): `sense.case_unmet`; not a line naming the
  question's words only in a clause qualifying another on another thing ("... when the battery
  is flat" in a line on spreadsheets): `sense.another_thing`; not the asker's own way out
  offered after the question ("or do we just open the window").
- Joining in unasked: never on words taken up from the lines just before (`_weakly_met`).
- Two reasons offered for the persona's view ("because X or because Y", "why do you think ...?
  is it X or Y") are a pick, never "I believe so" (`engine.reasons_offered`)."""

from __future__ import annotations

import pytest

from bots.engine import either_or, reasons_offered
from bots.material import index_of
from bots.sense import another_thing, case_unmet, met_apart
from bots.valence import death_told, mood
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say


def grieved(slug: str, reply: str) -> bool:
    """Whether `reply` says one of the persona's lines of sympathy or condolence."""
    index = index_of(VOICES[slug].material)
    lines = [*index.tagged.get("condolence", ()), *index.tagged.get("sympathy", ())]
    return any(line.split("{name}")[-1].strip(" ,.") in reply for line in lines)


# Things that broke down, however said: no grief.
BROKE = [
    "do you know how to sort a car battery that keeps going flat? my corsa died again",
    "my fiesta died again on the way to work",
    "the old van is dead again, third morning running",
    "my boiler keeps losing pressure",
    "the laptop's dead, any idea how to get my files off",
    "the dishwasher keeps dying halfway through",
]
# Deaths told: grief, as before.
DEATHS = [
    "my grandad died last night",
    "our dog died this morning, i can't stop crying",
    "my uncle died in a car crash last year and i still think about it",
    "my nan passed away on sunday",
]


@pytest.mark.parametrize("text", BROKE)
def test_a_thing_that_broke_down_is_no_grief(text):
    assert mood(text) != "grave"
    assert not death_told(text)


@pytest.mark.parametrize("text", DEATHS)
def test_a_death_told_is_still_grief(text):
    assert mood(text) == "grave"


# (persona, a practical question on a thing that broke down, the reply)
PRACTICAL = [
    (
        "einstein",
        "do you know how to sort a car battery that keeps going flat? my corsa died again outside "
        "the shop",
        # no condolence, and no hand-over to Lovelace for a spreadsheet line that names a flat
        # battery in passing
        "A complete amateur stands before you, Maya; physics took my whole life, and I left such "
        "things to wiser people.",
    ),
    (
        "curie",
        "completely different thing, my boiler keeps losing pressure, any idea what to check "
        "before i call someone out",
        "I have no data on that at all, Maya, and I will not invent any. @einstein would be a far "
        "better guide there.",
    ),
    (
        "einstein",
        "my fiesta died again on the way to work, what makes a car battery keep going flat?",
        "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
    ),
    (
        "lovelace",
        "my laptop's dead, any idea how to get the files off it",
        "There my mathematics fails me, Maya; I simply do not know.",
    ),
    (
        "curie",
        "the dishwasher keeps dying halfway through, any idea why",
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "shakespeare",
        "my old clio died again outside the school, how do i sort the battery",
        "You ask a poet, Maya, and a poet on that subject would only make a pretty lie.",
    ),
    (
        "darwin",
        "our boiler keeps losing pressure, what should i check first?",
        "The Beagle took me round the world, Maya, and never once near that question; it lies far "
        "from my studies. Perhaps @einstein could tell you more; that is Albert Einstein's field.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), PRACTICAL)
def test_a_practical_question_on_a_broken_thing_is_answered_or_owned_up_to(slug, text, reply):
    said = say(slug, text, others=CAST)
    assert said == reply
    assert not grieved(slug, said)


def test_the_one_who_knows_answers_the_boiler_handed_over():
    said = say("einstein", "my boiler keeps losing pressure, any idea what to check", others=CAST)
    assert said.startswith("A heating system's water is sealed in, Maya")


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "my grandad died last night"),
        ("curie", "our dog died this morning, i can't stop crying"),
        ("darwin", "my mum passed away on sunday"),
    ],
)
def test_a_death_told_to_a_persona_still_gets_condolence(slug, text):
    assert grieved(slug, say(slug, text, others=CAST))


# (persona, a question, its reply): met on what is asked, or owned up to.
FLOOR = [
    # a second question after it ("is it just the food"): not bees and our food
    (
        "darwin",
        "how do the bees decide who becomes the queen? is it just the food they get?",
        "The workers choose, Maya: any young female larva can become a queen if they feed her "
        "royal jelly all her days in a larger cell. Fed it only three days, she grows into a "
        "worker.",
    ),
    # how it looks, told after the question ("its brown and fluffy"): not animals' coats
    (
        "darwin",
        "is a victorian stuffed owl a thing we're even allowed to sell? and what kind of owl is it "
        "likely to be, its brown and fluffy",
        "A barnacle knows as much of that as I do, Maya, and is rather more patient about it.",
    ),
    # a case it never names ("If you smell gas"), nor a word in passing (radon "into closed
    # rooms"), nor the asker's own way out ("or do we just open the window")
    (
        "curie",
        "the back room smells of damp, is there anything cheap that actually works? or do we just "
        "open the window",
        "The room? I am a chemist and a physicist, Maya; on that subject my opinion would be worth "
        "nothing.",
    ),
    (
        "curie",
        "the garage smells musty, any cheap fix? or do we just open the windows",
        "That I cannot answer, Maya; my knowledge ends at the laboratory door.",
    ),
    (
        "darwin",
        "how do ants decide which one becomes the queen? is it just the food they get?",
        "Yes, Maya: an ant nest is one family round a queen who does nothing but lay eggs, for "
        "fifteen years or more in garden black ants; the workers are all her daughters, and the "
        "winged ones of flying-ant day are the next queens and males.",
    ),
]
# Look-alikes met on the head of what is asked: unchanged.
MET = [
    (
        "darwin",
        "why are arctic foxes white in winter",
        "An animal's coat is mostly its hiding place, Maya: white on snow, brown in woods, sandy "
        "in deserts, because those that showed were eaten or went hungry. Bright colours more "
        "often warn off enemies, or court a mate.",
    ),
    (
        # the guess after it is on what the first part asks of (swallows going): it counts
        "darwin",
        "how do swallows know when to fly south? is it the food running out?",
        "It turns on food, Maya: swallows and swifts live on flying insects, which vanish in "
        "winter, so they must go to Africa; a robin or a tit can get by on seeds, berries and "
        "grubs, so staying pays. Some winter robins are from Scandinavia.",
    ),
    (
        "darwin",
        "what kind of spider is it likely to be, its big and hairy and lives in the bath",
        "A fair question, Maya. Spiders turn up in the bath not by climbing the plughole but by "
        "falling in, mostly males wandering in autumn in search of a mate, and the smooth sides "
        "give their feet no hold to climb out.",
    ),
    (
        "curie",
        "if you smell gas what should you do",
        "Here is what I know of it, Maya. If you smell gas, open the windows, touch no switch, "
        "strike no match, and go outside; a spark in a room full of gas is an explosion waiting.",
    ),
    (
        "einstein",
        "why does a bike tyre go soft in winter when nobody touched it?",
        "Air shrinks as it cools, Maya, so a ball, balloon or tyre left in a cold shed goes soft "
        "by a few per cent, and comes back a little in the warm. Nothing leaked; pump it up to the "
        "right pressure where it will be used.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), FLOOR + MET)
def test_a_line_is_met_on_what_the_question_asks(slug, text, reply):
    assert say(slug, text, others=CAST) == reply


@pytest.mark.parametrize(
    ("text", "on", "apart"),
    [
        (
            "how do the bees decide who becomes the queen? is it just the food they get?",
            "bee food",
            1,
        ),
        ("what kind of owl is it likely to be, its brown and fluffy", "owl brown", 1),
        ("why do robins sing at night? is it the street lights?", "robin light", 1),
        (
            "how do the bees decide who becomes the queen? is it just the food they get?",
            "bee queen",
            0,
        ),
        ("how do swallows know when to fly south? is it the food running out?", "swallow south", 0),
        ("my tomatoes keep splitting, why? is it the watering?", "tomato split", 0),
        ("why are arctic foxes white in winter", "fox white", 0),
    ],
)
def test_met_apart_reads_where_the_words_were_said(text, on, apart):
    from bots.material import terms

    assert met_apart(text, terms(on)) is bool(apart)


@pytest.mark.parametrize(
    ("text", "line", "unmet"),
    [
        ("the back room smells of damp, any cheap fix", "If you smell gas, open the windows.", 1),
        ("my dog keeps barking at night", "When a kettle boils, steam lifts the lid.", 1),
        ("why does my phone get hot", "If your phone gets hot, take it out of its case.", 0),
        ("if you smell gas what should you do", "If you smell gas, open the windows.", 0),
        ("why does my tent drip inside", "If you lie awake thinking, write it down.", 0),
        ("who taught you the most", "If I had to choose a favourite animal, the dog.", 0),
    ],
)
def test_a_line_on_a_case_needs_the_case_named(text, line, unmet):
    assert case_unmet(text, line) is bool(unmet)


def test_a_thing_named_only_in_a_qualifying_clause_is_another_thing():
    line = (
        "A spreadsheet beats a paper register once the sums begin, for it adds, sorts and counts "
        "without error; but print a copy now and then, for paper still works when the battery is "
        "flat."
    )
    assert another_thing("how to sort a car battery that keeps going flat?", line)
    # a clause of its own is no passing mention
    engine = (
        "The Engine counted in tens, on wheels of ten teeth; your computers count in binary, in "
        "twos, on and off."
    )
    assert not another_thing("why do computers use binary", engine)


# Joining in unasked: (persona, the message, the lines before it, oldest first).
ECHOED = [
    (
        "darwin",
        "ok but what about the lady who brought her late husband's suits in, that wasnt the loft",
        [
            (
                "brenda",
                "why do people give their things away to shops? kindness or clearing the loft",
            ),
            ("mo", "loft. 100% loft"),
        ],
    ),
    (
        "curie",
        "ok but the new kettle was from argos, not the one with the limescale",
        [("amy", "the kettle is furred up with limescale again"), ("raj", "limescale everywhere")],
    ),
    (
        "einstein",
        "yeah but that was the old clock, not the station one",
        [
            ("tom", "the station clock was five minutes slow again"),
            ("kat", "that clock is never right"),
        ],
    ),
]


@pytest.mark.parametrize(("slug", "text", "before"), ECHOED)
def test_no_one_joins_in_unasked_on_a_word_taken_up_from_older_lines(slug, text, before):
    history = tuple(Line(author, said) for author, said in before)
    assert say(slug, text, author="brenda", history=history, others=CAST, unasked=True) == ""


def test_a_fresh_word_of_its_own_still_brings_a_persona_in():
    said = say(
        "darwin", "the bats in our loft are back, they come every summer", others=CAST, unasked=True
    )
    assert said == (
        "If I may add an observation, Maya. It is the habit of bats to roost where it is dark, dry "
        "and out of reach, so a bell tower, a loft or a cave suits them, warm in summer for the "
        "mothers and their young."
    )


# (the question, the two reasons offered)
REASONS = [
    (
        "do you think people have always made pots because we need them or because we just like "
        "making stuff with our hands?",
        ("because we need them", "because we like making stuff with our hands"),
    ),
    (
        "why do you think people give their things away to charity shops? is it kindness or just "
        "clearing the loft",
        ("kindness", "clearing the loft"),
    ),
    (
        "do you reckon people run marathons because they enjoy it or because they want the medal?",
        ("because they enjoy it", "because they want the medal"),
    ),
    ("why do you think people keep diaries? is it memory or vanity", ("memory", "vanity")),
    (
        "why do you think people do sudoku, is it the challenge or just habit",
        ("the challenge", "habit"),
    ),
]


@pytest.mark.parametrize(("text", "options"), REASONS)
def test_two_reasons_offered_are_read_as_a_choice(text, options):
    assert reasons_offered(text) == options
    assert either_or(text) == options


@pytest.mark.parametrize(
    "text",
    [
        "do cats purr because they are happy or because they want food?",  # a fact, not a view
        "should i text him or call him",
        "is it a wasp or a bee?",
        "why do you think the sky is blue",
    ],
)
def test_no_reasons_are_read_where_no_view_between_two_is_asked(text):
    assert reasons_offered(text) is None


PICKS = [
    (
        "darwin",
        REASONS[0][0],
        "You ask my opinion, Maya; I give it cautiously, as one should. Because we like making "
        "stuff with our hands, I would say. "
        "I have made a list of reasons for and against, as I do, and that side was longer.",
    ),
    (
        "socrates",
        REASONS[1][0],
        "My opinion, Maya, is worth only as much as the argument behind it: I would say kindness. "
        "It is the one that makes the soul better, and that is the only measure I trust.",
    ),
    (
        "einstein",
        REASONS[2][0],
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. Because "
        "they enjoy it, I would say. That is where my curiosity "
        "pulls, and I have always trusted my curiosity more than my cleverness.",
    ),
    (
        "shakespeare",
        REASONS[3][0],
        "You would have my mind on it, Maya? Then hear it. I would say memory. It hath the better "
        "story in it, and I was ever a thief of good stories.",
    ),
    (
        "lovelace",
        REASONS[4][0],
        "My opinion, Maya? Poetically and precisely, then: I would say habit. A disciplined "
        "routine is an engine for the mind; I kept regular hours for mathematics, and the ideas "
        "came to the hours set for them.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), PICKS)
def test_two_reasons_get_a_pick_never_yes_or_no(slug, text, reply):
    assert say(slug, text, others=CAST) == reply


def test_a_choice_of_deeds_is_unchanged():
    said = say("einstein", "should i text him or call him", others=CAST)
    assert said == (
        "If you want my view, Maya: I would call him. That is where my curiosity pulls, and I have "
        "always trusted my curiosity more than my cleverness."
    )


def test_the_kiln_asked_chemically_gets_what_firing_does_not_wedging():
    said = say(
        "curie",
        "whats actually going on in the kiln, like chemically? why does clay go hard and not just "
        "dry out again",
        others=CAST,
    )
    # (know38's line on what firing does, kept where floor38 wrote one of its own)
    assert said == (
        "Drying only drives off the water between the grains, Maya, so dry clay slakes back to "
        "mud. Past about 500 degrees the kiln drives out the water bound in the clay's crystals; "
        "hotter, the grains fuse with a little glass. That is stone."
    )


# Joining in unasked a question it has nothing of its own on: quiet, never owning up or
# handing over what nobody put to it. (persona, the message, the lines before it)
NOTHING_OF_ITS_OWN = [
    (
        "darwin",
        "ok but what about the wonky ones, nobody needs a wonky pot and we keep making them",
        [
            ("kieran", "do you think people have always made pots because we need them or not?"),
            ("jess", "dunno, both probably"),
        ],
    ),
    (
        "curie",
        "and what about the ones that go green in the dishwasher",
        [("amy", "my copper pans have gone all dull"), ("raj", "brasso fixes that")],
    ),
    (
        "einstein",
        "ok but what about the ones that never turn up at all",
        [("tom", "the 42 bus was twenty minutes late again"), ("kat", "buses here are a joke")],
    ),
]


@pytest.mark.parametrize(("slug", "text", "before"), NOTHING_OF_ITS_OWN)
def test_joining_in_a_question_it_has_nothing_on_it_keeps_quiet(slug, text, before):
    history = tuple(Line(author, said) for author, said in before)
    assert say(slug, text, history=history, others=CAST, unasked=True) == ""


def test_asked_the_same_it_still_owns_up():
    said = say(
        "darwin",
        "ok but what about the wonky ones, nobody needs a wonky pot and we keep making them",
        others=CAST,
    )
    assert said == (
        "The Beagle took me round the world, Maya, and never once near that question; it lies far "
        "from my studies."
    )
