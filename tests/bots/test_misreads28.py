"""Misreads raters rated 1 in the session 27 dev rooms (/work/prof/s27/dev): a figure checked
against another answered with a guessed "No, I do not think so"; a myth praised as "A very
precise observation"; a line said again to another name; "As I said" to a new question with
figures; "How did that come about?" to a case put after a sum. Each with look-alikes that keep
their answers."""

from __future__ import annotations

import pytest

from bots.addressing import spoken_of
from bots.asks import check_of
from bots.engine import ChatLine as Line
from bots.engine import _new_figures, _said_over
from tests.bots.test_everyday_messages import CAST, say
from tests.bots.test_topic25 import ask

# --- a figure checked against another ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holds", "working"),
    [
        (
            "milk tank says 3.9°C this morning, should be under 4 right? engineer wants £180",
            True,
            "3.9 is under 4, by 0.1",
        ),
        ("the vet says keep the colostrum at 3.9C, that should be under 4 right?", True, None),
        ("is 3/8 bigger than 1/3", True, "3/8 is bigger than 1/3 (0.375 against 0.333)"),
        (
            "is £4.50 cheaper than 2 for £8",
            False,
            "£4.50 is not cheaper than 2 for £8 (£4 each): it is 50p dearer",
        ),
        ("is 12 more than 15?", False, "12 is not more than 15: it is 3 under"),
        ("my bmi is 26, thats under 25 right", False, None),
        ("rent is 1140 which is more than 1000 right?", True, "1140 is more than 1000, by 140"),
        ("is 40 at least 40?", True, "40 and 40 are the same"),
    ],
)
def test_a_check_is_worked(text, holds, working):
    found = check_of(text)
    assert found is not None and found[0] is holds
    if working:
        assert found[1] == working


@pytest.mark.parametrize(
    "text",
    [
        "the table is 3m long",
        "rules say it has to cross the 3m table in under 4 seconds btw",
        "over 4 of us are going",
        "we need at least 40 candles",
        "will 14 people at £85 be more than £1000?",
        "we spent 312 of the 450",
    ],
)
def test_no_check_in_a_remark_or_a_sum(text):
    assert check_of(text) is None


@pytest.mark.parametrize(
    ("slug", "wanted"),
    [
        ("curie", "Yes, Sam: 3.9 is under 4, by 0.1. Checked, not assumed."),
        ("einstein", "Yes, Sam: 3.9 is under 4, by 0.1. Simple, once it is written down."),
        ("shakespeare", "Ay, Sam: 3.9 is under 4, by 0.1; the reckoning stands."),
        ("socrates", "Yes, Sam: 3.9 is under 4, by 0.1."),
    ],
)
def test_whoever_is_asked_works_the_check(slug, wanted):
    text = "milk tank says 3.9°C this morning, should be under 4 right? engineer wants £180"
    assert ask(slug, text) == wanted


def test_a_check_that_fails_says_no():
    reply = ask("lovelace", "is £4.50 cheaper than 2 for £8")
    assert reply.startswith("No, Sam: £4.50 is not cheaper than 2 for £8 (£4 each)")
    assert "50p dearer" in reply


# --- a claim put to be checked ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "my dad swears a teaspoon of sugar in the vase keeps cut flowers fresh longer. is "
            "that nonsense",
            "how long each lot lasts",
        ),
        (
            "my neighbour says talking to his tomato plants makes them grow bigger. is that a myth",
            "how much each grows",
        ),
        (
            "my flatmate swears tapping a can of lager on the top stops it foaming over. is that "
            "a myth",
            "what difference it makes",
        ),
    ],
)
@pytest.mark.parametrize("seed", [1, 5])
def test_a_claim_is_tested_before_believed(text, measure, seed):
    reply = ask("curie", text, seed=seed)
    assert reply.startswith("I would test that before believing it, Sam")
    assert measure in reply
    assert "precise observation" not in reply and "Ha!" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "my hearing aid batteries die every 5 days, i keep them in the fridge like my son says. "
        "is that nonsense",
        "my mum puts batteries in the fridge to make them last longer. does that actually work",
        "someone told me putting batteries in the freezer revives them. is that a myth",
    ],
)
def test_a_claim_with_a_known_answer_gets_the_answer(text):
    # Batteries in the fridge have their #know line (lines28): a plain answer beats "I would
    # test that".
    reply = ask("curie", text)
    assert reply.startswith("No need, Sam: modern alkaline batteries lose only a few per cent")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("is it true microwaves make food radioactive", "leaves nothing radioactive"),
        ("my cat sleeps all day lol", "made you smile"),
    ],
)
def test_look_alikes_of_a_claim_keep_their_answers(text, wanted):
    reply = ask("curie", text)
    assert wanted in reply and "test that before" not in reply


# --- a case put after a sum -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@lovelace ok and if half my charging is rapid at 79p",
        "@lovelace and if two of the iftars are 18 people instead of 14",
        "@lovelace so what if 3 of them drop out",
    ],
)
def test_a_case_put_after_a_sum_asks_for_the_sum(text):
    before = (
        Line("mick", "@lovelace diesel is 148p a litre, i do 1,100 miles a week. how much a week"),
        Line(
            "Ada Lovelace", "Let us make a method of it, Mick: break it into small steps.", own=True
        ),
    )
    reply = say("lovelace", text, author="mick", history=before)
    assert "tell me the whole sum again with that figure in it" in reply
    assert "tell me more" not in reply.lower() and "come about" not in reply


def test_a_case_that_can_be_worked_is_worked():
    before = (
        Line("bilal", "@lovelace heater is 2kw, 5 hours a day at 30p a kwh, what's that a week"),
        Line("Ada Lovelace", "A sum the Engine would take: £3 a day; £21 a week.", own=True),
    )
    reply = say("lovelace", "@lovelace what if it's 25p a kwh", author="bilal", history=before)
    assert "£17.50" in reply


# --- said already ---------------------------------------------------------------------------------


def test_no_line_said_again_to_another_name():
    said = ["For a name, Mick: our terrier was Polly, who lay by my fire through many a chapter."]
    again = "For a name, Shaz: our terrier was Polly, who lay by my fire through many a chapter."
    assert _said_over(again, said, ())
    assert not _said_over(said[0], said, ())
    assert not _said_over("For a name, Shaz: Bob, my dog, who put on his hot-house face.", said, ())


@pytest.mark.parametrize(
    ("text", "of_it"),
    [
        ("mick asking darwin to name a car", True),
        ("asking darwin is pointless", False),
        ("im asking darwin", False),
        ("ask darwin", False),
    ],
)
def test_telling_of_anothers_asking_only_speaks_of_it(text, of_it):
    assert spoken_of(text, ["darwin", "Charles Darwin", "Charles"]) is of_it


def test_new_figures_ask_anew():
    line = "Shade matters far more than angle: one shaded panel can drag down the whole string."
    assert _new_figures("and if we only do the south side, 40 panels at 400 watts", line)
    assert not _new_figures("so shade matters more than the angle?", line)


def test_no_as_i_said_to_a_new_question_with_figures():
    history = (
        Line("rob", "@einstein if the panels face east west instead of south do we lose half?"),
        Line(
            "Albert Einstein",
            "In Britain a panel does best tilted about thirty-five degrees and facing south, Rob; "
            "south-south-west at that pitch loses only a few per cent. Shade matters far more "
            "than angle: one shaded panel can drag down the whole string.",
            own=True,
        ),
    )
    text = "@einstein and if we only do the south side, 40 panels at 400 watts, what's that roughly"
    reply = say("einstein", text, author="rob", history=history, others=tuple(CAST))
    assert not reply.startswith("As I said")


def test_a_case_put_after_a_figure_told_between_asks_for_the_sum():
    before = (
        Line("mick", "@lovelace diesel is 148p a litre. how much do i save a week"),
        Line("Ada Lovelace", "Let us make a method of it, Mick.", own=True),
        Line("shaz", "don't forget rapid chargers are like 79p a kwh if you're out all day"),
    )
    text = "@lovelace ok and if half my charging is rapid at 79p"
    reply = say("lovelace", text, author="mick", history=before)
    assert "tell me the whole sum again with that figure in it" in reply
