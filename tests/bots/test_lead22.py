"""Session 22 dev rooms (a couch-to-5k group, flatmates, a food bank rota, a PTA summer fair):
verse asked to name things got a stock quotation that named none of them ("a short rhyme for
the poster, needs to mention bouncy castle, cakes and raffle": Gratiano's "Come, fill the hour
with mirth"), and a chant asked for was read as news ("a two-line chant for the last km": "Say
on, Maya; how fell that out?")."""

from __future__ import annotations

import re

import pytest

from bots.asks import form_of, purpose_of, request_kind, to_mention
from bots.engine import _handed_lines, _names_of, _would_answer
from bots.material import index_of
from bots.wordsum import word_sum
from tests.bots.test_everyday_messages import CAST, VOICES, say, tagged

# --- The things a verse must name ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "things"),
    [
        (
            "write a short rhyme for the poster, needs to mention bouncy castle, cakes and "
            "raffle, nothing too cringe",
            "bouncy castle, cakes and raffle",
        ),
        (
            "a poem for the fete including the tombola, the dog show and the cake stall pls",
            "the tombola, the dog show and the cake stall",
        ),
        ("a verse for the menu board, has to mention soup and scones", "soup and scones"),
        (
            "a rhyme for our raffle poster, it has to mention the hamper, the tombola & the bbq",
            "the hamper, the tombola and the bbq",
        ),
        ("write a poem that mentions my cat", "your cat"),
        (
            "can you do a verse for the card, it should mention our dog and the new van",
            "your dog and the new van",
        ),
        ("a song for the choir mentioning tea, cake and the vicar", "tea, cake and the vicar"),
    ],
)
def test_the_things_a_verse_must_name_are_read_as_a_list(text, things):
    assert to_mention(text) == things


@pytest.mark.parametrize(
    "text",
    [
        "a toast for the wedding, it should have heart",
        "a poem for my mum, it has to rhyme",
        "write me a verse, it must be something about friendship that is warm",
        "i need to mention the raffle at the meeting tomorrow",
        "a poem about autumn",
        "we should include everyone in the rota",
    ],
)
def test_no_list_of_things_where_none_is_named(text):
    # Heart, rhyme and "something" are no things to name, nor a long phrase ("the raffle at
    # the meeting tomorrow", "everyone in the rota"); a verse on one subject is its subject's.
    assert to_mention(text) == ""


def test_a_rhyme_for_a_poster_names_every_thing_asked():
    said = say(
        "shakespeare",
        "@shakespeare write a short rhyme for the poster, needs to mention bouncy castle, cakes "
        "and raffle, nothing too cringe",
        seed=2,
    )
    assert said == (
        "Of bouncy castle, cakes and raffle I never wrote a word, Maya, so here is one fresh "
        "from the quill: Hear ye, hear ye! Come, make merry, all: / Bouncy castle, cakes and "
        "raffle, and welcome, great and small!"
    )


@pytest.mark.parametrize(
    ("text", "things"),
    [
        (
            "@shakespeare a poem for the fete including the tombola, the dog show and the cake "
            "stall pls",
            "The tombola, the dog show and the cake stall, and ",
        ),
        (
            "@shakespeare a verse for the menu board, has to mention soup and scones",
            "Soup and scones, and ",
        ),
        (
            "@shakespeare a rhyme for our raffle poster, it has to mention the hamper, the tombola "
            "& the bbq",
            "The hamper, the tombola and the bbq, and ",
        ),
        (
            "@shakespeare can u write something for the leaving card, needs to mention biscuits "
            "and the printer",
            "Biscuits and the printer, and ",
        ),
    ],
)
def test_verse_asked_to_name_things_names_them_in_a_couplet(text, things):
    said = say("shakespeare", text, seed=2)
    assert things in said
    assert " / " in said  # a couplet of its making, not a quotation from its stock
    assert "from my own stock" not in said


def test_a_verse_naming_one_thing_is_on_that_thing():
    said = say("shakespeare", "@shakespeare write a poem that mentions my cat", seed=2)
    assert said == (
        "Of your cat I never wrote a word, Maya, so here is one fresh from the quill: Let "
        "others praise the rose, the moon, the sea; / Your cat, good friend, is muse enough "
        "for me."
    )


def test_a_persona_with_no_verse_does_not_make_one_to_name_things():
    said = say(
        "curie",
        "@curie write a short rhyme for the poster, needs to mention bouncy castle, cakes and "
        "raffle",
    )
    assert "Bouncy castle, cakes and raffle, and" not in said
    assert " / " not in said


# --- Chants ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok one more, a two-line chant for the last km", "verse"),
        ("right, a chant for the relay team pls", "verse"),
        ("give us a chant for saturday's match", "verse"),
        ("we need a war cry for our quiz team", "motto"),  # Henry the Fifth's cry, as before
        ("a chant for the last km", "verse"),
    ],
)
def test_a_chant_asked_for_is_verse_to_make(text, kind):
    assert request_kind(text) == kind
    assert form_of(text) == "chant"


def test_a_chant_for_the_last_km_is_one_of_its_making():
    said = say("shakespeare", "@shakespeare ok one more, a two-line chant for the last km", seed=2)
    assert said == (
        "Of the last km I never wrote a word, Maya, so here is one fresh from the quill: We "
        "few, we happy few, we band of friends: / For the last km, we roar until it ends!"
    )


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("@shakespeare right, a chant for the relay team pls", "the relay team"),
        ("@shakespeare give us a chant for saturday's match", "saturday's match"),
        ("@shakespeare could you do a chant for our pub quiz team", "your pub quiz team"),
    ],
)
def test_a_chant_names_what_it_is_for(text, subject):
    said = say("shakespeare", text, seed=2)
    assert f"Of {subject} I never wrote a word" in said
    assert said.count(" / ") == 1


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare i read a great chant in the paper today",
        "@shakespeare the fans' chants were so loud lol",
        "@shakespeare did you ever write a chant",
    ],
)
def test_chants_told_of_or_asked_about_are_not_made(text):
    said = say("shakespeare", text, seed=2)
    assert "we roar until it ends" not in said
    assert "not one of us shall finish it alone" not in said
    assert "glory in store" not in said


# --- Right and wrong, asked of the philosopher ------------------------------------------------

EXAMINED = "examine"
WEIGHED = {
    line.partition(":")[2].strip().format(name="Maya")
    for line in index_of(VOICES["socrates"].material).tagged["dilemma"]
}


@pytest.mark.parametrize(
    "text",
    [
        # Was "No, Maya. Children should be taught to question, even their parents; ...": his
        # take on children, met by "4 kids" said in passing.
        "@socrates is it wrong to give someone extra when you know theyve got 4 kids, even though "
        "the rules say one parcel per household",
        "@socrates is it wrong to skip my cousin's wedding for a festival",
        "@socrates is it bad to pretend to be ill to skip the work christmas party",
        "@socrates is it fair to split the bill evenly when some people only had a salad",
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_right_and_wrong_met_only_in_passing_is_examined(text, seed):
    said = say("socrates", text, seed=seed)
    # Or, with a #dilemma line on the very deed (session 24: the parcel rule, the skipped
    # wedding, the feigned illness, the even split), weighed on that deed.
    assert said in tagged("socrates", EXAMINED) | WEIGHED, said


@pytest.mark.parametrize(
    ("text", "take"),
    [
        ("@socrates is it ok to lie to your boss to get a day off", "Lying harms the liar most"),
        # (Session 24: regifting has a #dilemma line of its own, "Whose is the gift now":
        # tests/bots/test_socrates24.py.)
    ],
)
def test_right_and_wrong_on_the_thing_done_gets_its_take(text, take):
    # The first thing of what is judged ("lie", "regift") is what its take is on.
    said = say("socrates", text, seed=2)
    assert take in said, said
    assert said not in tagged("socrates", EXAMINED)


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "lovelace", "shakespeare"])
def test_only_the_philosopher_examines(slug):
    said = say(slug, f"@{slug} is it wrong to just not tell the landlord about the cat", seed=2)
    assert not {"Let us examine it", "Before I answer", "Let us go slowly"} & {
        said[: len(p)] for p in ("Let us examine it", "Before I answer", "Let us go slowly")
    }


# --- Words for those who give -----------------------------------------------------------------

PORTIA = (
    'Portia knew what a gift does, and to both sides: "It is twice blest: it blesseth him that '
    'gives and him that takes."'
)


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        # Was "For the do, Kwame, I have just the thing. My hundred-and-sixteenth sonnet: ..."
        # ("love it" read as love, "do one line" as a do).
        (
            "@shakespeare love it, can you also do one line for the sign on the donation bin at "
            "the supermarket",
            "sign",
        ),
        # Was Gratiano's "With mirth and laughter let old wrinkles come" for a card to donors.
        (
            "@shakespeare could you write a little thank you verse for the christmas card we send "
            "to donors? warm but not soppy",
            "christmas card",
        ),
        ("@shakespeare a line for our charity fun run poster", "poster"),
        ("@shakespeare we need a line for the food bank leaflet", "leaflet"),  # s25: "occasion"
    ],
)
def test_words_for_givers_are_portias(text, purpose):
    said = say("shakespeare", text, seed=2)
    assert said == f"For the {purpose}, Maya, take this from my own stock. {PORTIA}"


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare a love poem for my wife",
        "@shakespeare a line about love for the card",
        "@shakespeare a toast for my sister's birthday",
    ],
)
def test_love_and_birthdays_keep_their_own_lines(text):
    assert PORTIA not in say("shakespeare", text, seed=2)


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("can you also do one line for the sign on the donation bin", "sign"),
        ("a toast for the leaving do pls", "toast"),
        ("something for our works do", "do"),
        ("could you do a speech for the wedding", "speech"),
    ],
)
def test_a_do_is_only_a_do_when_it_is_named(text, purpose):
    assert purpose_of(text) == purpose


# --- When a journey gets in -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        (
            "if the budapest - ljubljana train is 8h 40m and leaves 7:05 when do we arrive",
            "leaving at 07:05, 8 h 40 min on is 15:45, if it runs to time",
        ),
        (
            "the ferry leaves at 11.30pm and takes 9 hours, when do we get in?",
            "leaving at 23:30, 9 hours on is 08:30 the next day, if it runs to time",
        ),
        (
            "coach departs 14:10, its 2 hrs 55 mins, what time do we arrive",
            "leaving at 14:10, 2 h 55 min on is 17:05, if it runs to time",
        ),
        (
            "the flight is 95 minutes and leaves 6:40am, when do we land",
            "leaving at 06:40, 95 minutes on is 08:15, if it runs to time",
        ),
    ],
)
def test_when_a_journey_gets_in_is_worked_out(text, worked):
    assert word_sum(text).working == worked
    assert request_kind(text) == "sum"


@pytest.mark.parametrize(
    "text",
    [
        "see you at 7:05",
        "when do we arrive lol",
        "the train leaves at 7:05, see you on the platform",
        "we arrive at 15:45 and leave at 18:00, is that enough time for the museum",
    ],
)
def test_no_arrival_is_worked_out_without_a_leaving_time_and_a_length(text):
    found = word_sum(text)
    assert found is None or "if it runs to time" not in found.working


def test_the_arrival_is_said_in_the_personas_voice_with_no_hand_over():
    # Was "Mr Babbage could not help you there either, Leo, and nor can I. I would put that to
    # @darwin", and Darwin: "Tomato leaves that go yellow from the bottom up ...".
    said = say(
        "lovelace",
        "@lovelace last one, if the budapest - ljubljana train is 8h 40m and leaves 7:05 when do "
        "we arrive",
        author="leo",
        seed=2,
    )
    assert said == (
        "A sum the Engine would take in one turn of its handle, Leo: leaving at 07:05, 8 h 40 "
        "min on is 15:45, if it runs to time."
    )


def test_the_mathematician_hands_no_question_with_figures_over():
    others = [v for v in CAST if v.slug != "lovelace"]
    said = say(
        "lovelace",
        "@lovelace if the tomato plants need 2 litres a day each and the leaves go yellow, how "
        "many watering cans for 14 plants",
        others=others,
        seed=2,
    )
    assert "@" not in said


# --- Margins, a value year on year, how many fit, a pot shared by hours ------------------------
# From the held-out rooms of session 20 (a café, an accounting study group, a ukulele band),
# read after their blind rating: Lovelace had answered each "There my mathematics fails me" or
# with a line on another thing.


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        (
            "also if a flat white costs us about 62p in ingredients and we sell at £3.40, whats "
            "the margin",
            "£3.40 less 62p is £2.78 on each: a margin of 82% of the price, or a markup of 448% "
            "on the cost",
        ),
        (
            "our brownies cost £0.45 each to make and we sell them for £1.50, what's the profit "
            "margin",
            "£1.50 less 45p is £1.05 on each: a margin of 70% of the price, or a markup of 233% "
            "on the cost",
        ),
        (
            "can u explain depreciation reducing balance like im 5. 20% a year on a £12,000 van, "
            "whats it worth after 3 years",
            "£12,000 less 20% a year on what is left each year: £9,600, then £7,680, then "
            "£6,144, so about £6,144 after 3 years",
        ),
        (
            "if i put £500 in savings at 4% a year whats it worth after 2 years",
            "£500 plus 4% a year on what is there each year: £520, then £540.80, so about "
            "£540.80 after 2 years",
        ),
        (
            "if each song is about 3 and a half min plus 30 sec of us faffing between songs how "
            "many fit in 25 min",
            "3.5 minutes and 30 seconds is 4 minutes a go, so 6 fit in 25 minutes, with 1 minute "
            "over",
        ),
        (
            "each talk is 12 minutes plus 3 mins for questions, how many can we fit in an hour?",
            "12 minutes and 3 minutes is 15 minutes a go, so 4 fit in 60 minutes",
        ),
        (
            "tips jar this week was £186.40 split between 4 of us, but gemma did 2 extra shifts. "
            "how do we do it fair by hours? me 18, luis 22, tasha 20, gemma 30",
            "£186.40 over 90 hours is £2.07 an hour: you £37.28, luis £45.56, tasha £41.42, "
            "gemma £62.13",
        ),
    ],
)
def test_margins_values_fits_and_shares_by_hours_are_worked_out(text, worked):
    assert word_sum(text).working == worked
    assert request_kind(text) == "sum"


@pytest.mark.parametrize(
    "text",
    [
        "a cake costs £2 to make and we sell slices at £1.50, margin?",  # a loss: no margin
        "whats a good profit margin for a café",
        "the van lost 20% of its value, is that normal",
        "how many songs do you know",
        "we split the tips by hours last time and it was a nightmare",
        "what's straight line depreciation, 20% a year on £12,000 after 3 years",
    ],
)
def test_no_margin_value_fit_or_share_is_made_up(text):
    found = word_sum(text)
    assert found is None or not re.search(
        r"margin of|a year on what|fit in|an hour:", found.working
    )


# --- Hand-overs -----------------------------------------------------------------------------


def _handed(slug: str, question: str) -> list[str]:
    voice = VOICES[slug]
    return _handed_lines(voice, index_of(voice.material), question, _names_of(CAST))


def test_a_question_met_by_one_word_outside_a_field_is_handed_to_nobody():
    # The held-out café room: Curie handed "why does oat milk split in coffee" to Darwin, who
    # answered with ants milking aphids ("milk", not a word of his field).
    question = "why does oat milk split in coffee sometimes? customer complained this morning"
    assert _handed("darwin", question) == []
    assert not _would_answer(VOICES["darwin"], question, _names_of(CAST))


@pytest.mark.parametrize(
    ("slug", "question", "said"),
    [
        ("curie", "what is radium?", "radium"),
        ("lovelace", "how does a computer work?", "computer"),
        ("darwin", "the finches in my garden are basically evolving", "finches"),
    ],
)
def test_a_question_met_by_a_word_of_its_field_is_still_handed_over(slug, question, said):
    lines = _handed(slug, question)
    assert lines and said in lines[0].lower()
