"""Session 26: no answer on the wrong topic, part 2. The focus check of session 25 changed
nothing on four unseen rooms: raters gave 1 to Darwin's dog howling at sirens for "what birds
might we see on the canal? want to pack the right book" (found on "pack", in a part that tells),
to Curie's rusting iron handed "how does an iron trough hold all that water plus a boat" (found
on the iron the trough is made of), to Darwin's "drink when you are thirsty" handed whether a
boat's tank water is safe, to Curie's bleach for coloured smoke (found on "colour" and "stain",
which only say how the smoke is and what the venue fears) and to Einstein's draught-proofing for
a hot spot on a flat top.

Now: beside a part that asks, a part that only tells is side words; so is a word that only
qualifies the thing asked of ("an iron trough", "the flat top"); a line opening on a side word,
or naming the thing asked of only to name another ("a top floor", "the top of a
hill"), is off it; a question is handed over only to one whose line is on it; an aside before a
choice ("unrelated but") is no option."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine as Line
from bots.engine import _handed_lines, either_or
from bots.material import index_of
from bots.sense import asked_words, focus, off_focus, side_terms
from tests.bots.test_everyday_messages import CAST, say
from tests.bots.test_topic25 import ask

CANAL = "what birds might we see on the llangollen canal in early june? want to pack the right book"
TROUGH = "how does an iron trough hold all that water plus a boat without giving way"
TANK = "is the water in the boat's tank safe to drink? it's been sat in a tank"
SMOKE = "is coloured smoke for photos safe? the venue is fussy about anything that might stain"
FLAT_TOP = "why does the flat top have a massive hot spot in the middle when the corners are warm"


# --- what a question asks of, and its side words ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A phrase put to the asking ("serious question") or only of how ("a massive") is passed.
        (f"serious question. we go over the aqueduct, 38m up. {TROUGH}", ("trough",)),
        ("quick question, why does my bread go stale", ("bread",)),
        (FLAT_TOP, ("top", "spot")),
        (CANAL, ("bird",)),
    ],
)
def test_what_a_question_asks_of(text, found):
    assert focus(text) == found


@pytest.mark.parametrize(
    ("text", "side", "not_side"),
    [
        # Beside a part that asks, a part that only tells.
        (CANAL, {"pack", "book"}, {"bird", "canal"}),
        (SMOKE, {"stain", "venu", "colour"}, {"smoke", "photo"}),
        # Told beside a part that refers to it is no side word: "does that mean rain".
        ("all the cows are sitting down in the field, does that mean rain?", set(), {"cow"}),
        ("why do my forks go black, theyre silver", set(), {"silver"}),
        # A word in "-ly" says when or how: "early" is no ear.
        (CANAL, {"ear"}, set()),
        # A message that asks in every part tells nothing on the side.
        ("why do cats purr? is it always happiness?", set(), {"cat", "happi"}),
    ],
)
def test_side_words(text, side, not_side):
    found = side_terms(text)
    assert side <= found
    assert not not_side & found


DOG_HOWL = (
    "A dog howls at a siren because to its ear the siren is like a distant howl, and wolves "
    "answer one another's howls; your dog is joining the song of a pack it cannot see."
)
RUST = (
    "Iron rusts even in a dry shed because it needs only oxygen and a trace of water, and cold "
    "nights make dew form on cold metal; a thin coat of oil keeps the water off."
)
HILL = "The top of a hill is colder though closer to the sun, because the sun warms the ground."
BLEACH = "Bleach takes the colour out of a stain by oxidising it, so the stain is still there."


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (CANAL, DOG_HOWL),  # found on "pack", in the part that tells
        (TROUGH, RUST),  # opens on the iron the trough is made of
        (SMOKE, BLEACH),  # colour and stain, side words
        (FLAT_TOP, HILL),  # the top of another thing
        (FLAT_TOP, "Warm air rises, so a top floor gets its own heat."),  # top, naming a floor
    ],
)
def test_off_focus(text, line):
    assert off_focus(text, line)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (CANAL, "Watch for the kingfisher, the heron and the coots on a canal in June."),
        (TROUGH, "A floating boat pushes aside its own weight of water, so the trough holds it."),
        (SMOKE, "Coloured smoke is a dye carried off by a slow mixture."),
        ("why does iron rust", RUST),  # iron is what is asked of
        ("why does my cast iron pan rust", RUST),  # the iron of the pan, and what it does
        ("why does silver cutlery go black", "Silver goes black because of sulphur in the air."),
        ("a pen leaked in my shirt pocket, how do i get the ink out", "Ink comes out with milk."),
        ("why does my smoke alarm beep at night", "A smoke alarm chirps when its battery is low."),
        ("should i worry about the gps on my phone", "GPS navigation would drift ten km a day."),
        ("how are polar bears adapted to the arctic", "A polar bear's thick fur and small ears."),
        ("whats the best way to guess the weight of a cake", "To guess the weight of a thing."),
        ("how do owls turn their heads so far", "An owl has fourteen bones in its neck."),
    ],
)
def test_on_focus(text, line):
    assert not off_focus(text, line)


# --- the rooms' questions, answered on what they ask of --------------------------------------


@pytest.mark.parametrize(
    ("slug", "text", "wanted", "unwanted"),
    [
        ("darwin", CANAL, ("kingfisher",), ("dog", "siren")),
        ("darwin", "what birds will we spot along the towpath in summer? need to pack light",
         ("kingfisher",), ("dog", "siren")),
        ("einstein", TROUGH, ("own weight of water", "trough"), ("@curie", "rust")),
        ("einstein", "how does a canal aqueduct carry the weight of a narrowboat",
         ("own weight of water",), ("@curie",)),
        ("einstein", f"serious question. we go over the pontcysyllte aqueduct, 38m up. {TROUGH}",
         ("own weight of water",), ("@curie", "rust")),
        ("curie", TANK, ("tank", "boil"), ("@darwin", "thirsty")),
        ("curie", "is water from the caravan tank ok to drink after a week", ("tank",),
         ("@darwin", "thirsty")),
        ("curie", SMOKE, ("Coloured smoke", "dye"), ("Bleach", "alarm", "Charcoal")),
        ("curie", "are smoke bombs safe for a wedding photoshoot", ("dye",), ("alarm", "Bleach")),
        ("einstein", FLAT_TOP, ("middle", "plate"), ("draughts", "curtains", "hill", "skate")),
        ("einstein", "why does my griddle have hot spots", ("plate",), ("draughts", "hill")),
    ],
)  # fmt: skip
def test_answered_on_what_is_asked(slug, text, wanted, unwanted):
    reply = ask(slug, text)
    for word in wanted:
        assert word in reply, reply
    for word in unwanted:
        assert word not in reply, reply


@pytest.mark.parametrize(
    ("slug", "text", "wanted", "unwanted"),
    [
        # Look-alikes that keep their answers: the side word is what is asked of here.
        ("darwin", "why does my dog howl at sirens", ("siren",), ()),
        ("einstein", "why does a steel ship float when a nail sinks", ("Archimedes",), ()),
        ("einstein", "how do i stop draughts in my flat, it's freezing", ("draughts",), ()),
        ("curie", "why does iron rust", ("oxygen",), ()),
        ("curie", "how do i get a red wine stain out of a white shirt", (), ("smoke",)),
        ("einstein", "how does a hot air balloon stay up", ("air",), ("griddle", "plate")),
    ],
)
def test_look_alikes_keep_their_answers(slug, text, wanted, unwanted):
    test_answered_on_what_is_asked(slug, text, wanted, unwanted)


# --- a choice after an aside -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("unrelated but city or united this weekend", ("city", "united this weekend")),
        ("random q but tea or coffee", ("tea", "coffee")),
        ("off topic but cats or dogs", ("cats", "dogs")),
    ],
)
def test_an_aside_is_no_option(text, options):
    assert either_or(text) == options


def test_no_aside_in_the_answer_to_a_choice():
    reply = ask("einstein", "unrelated but city or united this weekend")
    assert "unrelated" not in reply, reply


# --- a hand-over goes to one whose line is on what is asked -----------------------------------


@pytest.mark.parametrize(
    ("slug", "text", "to", "not_to"),
    [
        # Curie's rusting iron is no answer on the trough; Einstein's floating boat is.
        ("lovelace", TROUGH, "@einstein", "@curie"),
        ("shakespeare", TROUGH, "@einstein", "@curie"),
        ("darwin", TROUGH, "@einstein", "@curie"),
        # Darwin's "drink when you are thirsty" is no answer on stored water; Curie's is.
        ("lovelace", "is the water in the caravan tank safe to drink", "@curie", "@darwin"),
        ("darwin", TANK, "@curie", "thirsty"),
        ("lovelace", "what birds might we see on the canal in june? want to pack the right book",
         "@darwin", "Flyology"),
    ],
)  # fmt: skip
def test_handed_to_one_whose_line_is_on_it(slug, text, to, not_to):
    reply = ask(slug, text)
    assert to in reply, reply
    assert not_to not in reply, reply


def test_how_much_to_drink_is_still_darwins():
    reply = ask("darwin", "how much water should i actually drink a day")
    assert "Drink when you are thirsty" in reply, reply


# --- owning up names the thing asked ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (TROUGH, "the iron trough"),
        (CANAL, "the birds"),
        ("is the water in the boat's tank safe to drink?", "the water"),
        # Nothing plainly named, or a phrase misread: nothing said back.
        ("do the wild yeasts in my kitchen differ from the ones in yours?", ""),
        ("why do i always wake up at the same time every night", ""),
    ],
)
def test_what_an_owning_up_names(text, named):
    assert asked_words(text) == named


# --- a new case followed up -------------------------------------------------------------------

SUM = (
    "@lovelace deadline is 24th april, today is the 3rd. i need 6,900 more words and i want "
    "sundays off. how many words a day is that"
)
METHOD = (
    "Let us make a method of it, Ollie: break it into small steps that each do one thing, put "
    "them in order, and the answer comes out of the procedure rather than from guessing."
)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_new_case_gets_no_line_on_the_earlier_words_alone(seed):
    """Before: "and if i also take off the easter weekend" got an algorithm lecture, or a
    dog's name as a password, found on the words of the sum it follows."""
    history = (Line("ollie", SUM), Line("Ada Lovelace", METHOD, own=True))
    reply = say(
        "lovelace",
        "@lovelace and if i also take off the easter weekend, fri to mon",
        author="ollie",
        seed=seed,
        history=history,
        others=tuple(v for v in CAST if v.slug != "lovelace"),
    )
    for word in ("algorithm", "password", "recipe"):
        assert word not in reply, reply


@pytest.mark.parametrize(
    ("text", "off"),
    [
        (TROUGH, "Iron rusts"),  # before: Curie was handed it on her rusting iron
        (SMOKE, "Bleach takes the colour"),  # before: on her bleach
    ],
)
def test_a_line_off_the_focus_makes_no_one_the_one_to_hand_it_to(text, off):
    curie = next(v for v in CAST if v.slug == "curie")
    lines = _handed_lines(curie, index_of(curie.material), text, frozenset())
    assert not any(line.startswith(off) for line in lines), lines
