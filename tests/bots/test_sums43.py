"""sums43: sums people ask in a room, also over several messages (rate42 §3B, bots/sums43.py).

Before: "if i have 3 apples and eat one how many do i have" got Einstein's "A complete amateur
stands before you" and the house bot's "I'll leave the chatting to the personas"; in a road-trip
room, 800 miles, 45 mpg and £1.45 a litre said over three lines, Lovelace's "the sum never came
out"; "@lovelace can you split 240 three ways" a line on odds, and "what if tom pays an extra
30" nothing; "400 miles at 50mph, how long?" asked of a lively room, nobody.
"""

from __future__ import annotations

import pytest

from bots.policy import Candidate, RoomState, plan_for_human
from bots.rota import rota_of
from bots.sums43 import asked_of_room, worked
from rooms.models import Room
from tests.bots.talk import Line
from tests.bots.test_conversation import answers, say
from tests.bots.test_everyday_messages import say as say_one
from tests.bots.test_live12 import room_of

APPLES = "if i have 3 apples and eat one how many do i have"


@pytest.mark.parametrize(
    ("slug", "reply"),
    [
        ("einstein", "Simple arithmetic, Maya: 3 − 1 = 2, so that leaves 2 apples."),
        (
            "shakespeare",
            "A glover's son can do this sum, Maya: 3 − 1 = 2, so that leaves 2 apples.",
        ),
        ("curie", "The figures first, Maya: 3 − 1 = 2, so that leaves 2 apples."),
        ("lovelace", "Easily worked, Maya: 3 − 1 = 2, so that leaves 2 apples."),
        ("socrates", "Let us count it together, Maya: 3 − 1 = 2, so that leaves 2 apples."),
        ("darwin", "By my reckoning, Maya: 3 − 1 = 2, so that leaves 2 apples."),
        ("aibot", "3 − 1 = 2, so that leaves 2 apples."),
    ],
)
def test_an_easy_sum_is_done_by_every_voice(slug, reply):
    assert say_one(slug, APPLES) == reply


def test_a_split_and_an_extra_share_after_it():
    asked = "@lovelace can you split 240 three ways for us, i'm too tired to think"
    assert say_one("lovelace", asked) == "Easily worked, Maya: 240 ÷ 3 = 80 each."
    history = (Line("maya", "the electric bill came in and it's £240"), Line("maya", asked))
    extra = "thanks. and what if tom pays an extra 30 for the heater?"
    assert say_one("lovelace", extra, author="priya", history=history) == (
        "Easily worked, Priya: Tom pays 100 and the other two 70 each: 240 less the extra 30 is "
        "210, ÷ 3 = 70, and 70 + 30 = 100."
    )
    # (no split said lately: nothing to share out)
    assert worked("what if tom pays an extra 30", ()) == ("", "")


FUEL = (
    "Easily worked, Kat: 800 miles ÷ 45 mpg is 17.78 gallons, which is 80.82 litres (4.546 "
    "litres to the UK gallon); at £1.45 a litre that is £117.19."
)


def test_the_fuel_for_a_trip_is_gathered_from_the_recent_lines():
    history = (
        Line("zoe", "it's about 400 miles, if we average 50mph how long is that?"),
        Line("ali", "how much will petrol cost for 800 miles round trip"),
        Line("fin", "my car does about 45 mpg"),
    )
    asked = "@lovelace can you work that out, petrol's about £1.45 a litre"
    assert say_one("lovelace", asked, author="kat", history=history) == FUEL


def test_a_figure_missing_is_asked_for_never_guessed():
    assert worked("my car does 45 mpg, how much for the trip?", ()) == (
        "",
        "{name}, to work out the fuel I need how many miles and the price of a litre of fuel; "
        "I won't guess it.",
    )
    assert say_one("lovelace", "@lovelace my car does 45 mpg, how much will petrol cost?") == (
        "The Engine does exactly what it is told and never guesses, Maya; nor shall I: tell me "
        "how far you are going."
    )
    # (figures said long ago in the room are not gathered: only the recent lines)
    old = (Line("fin", "the trip is 300 miles"), *(Line("ali", "lol") for _ in range(6)))
    assert (
        worked(
            "my car does 45 mpg and petrol is £1.50 a litre, how much?", [line.text for line in old]
        )[0]
        == ""
    )


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("what's 200 plus 10%", "Easily worked, Maya: 200 plus 10% is 200 + 20 = 220."),
        (
            "whats a 5% raise on 28k",
            "Easily worked, Maya: 28,000 plus 5% is 28,000 + 1,400 = 29,400.",
        ),
        # an existing reader's own wording kept (it gives the figure)
        (
            "take 15% off £80, what is it",
            "A sum the Engine would take in one turn of its handle, Maya: 15% off £80 is £12 off, "
            "so £68.",
        ),
        (
            "cook it 20 minutes per 500g, the joint is 1.5kg, how long?",
            "Easily worked, Maya: 1.5 kg at 20 minutes per 500 g is 3 × 20 = 60 minutes (1 hour).",
        ),
        (
            "can you make us a chore rota for 3 people",
            "A table of operations, Maya, one row each: week 1, A on kitchen, B on bathroom, C on "
            "hoovering and bins; then each week everyone moves one job down the list (hoovering "
            "and bins back round to kitchen), so in 3 weeks everyone has done each once.",
        ),
    ],
)
def test_percentages_cooking_times_and_rotas(text, reply):
    assert say_one("lovelace", text) == reply


@pytest.mark.parametrize(
    ("text", "figure", "working"),
    [
        (
            "i had 12 biscuits and my brother ate 5, how many are left?",
            "7",
            "12 − 5 = 7, so that leaves 7 biscuits.",
        ),
        (
            "there were 20 sweets and we ate 7 how many are left",
            "13",
            "20 − 7 = 13, so that leaves 13 sweets.",
        ),
        (
            "i bought 6 apples and then 4 more, how many apples do i have",
            "10",
            "6 + 4 = 10, so that makes 10 apples.",
        ),
        (
            "i had 30 quid, spent 12 on lunch, what's left",
            "18",
            "30 − 12 = 18, so that leaves 18 quid.",
        ),
        ("i have 1 apple and eat one, how many left", "0", "1 − 1 = 0, so that leaves 0 apples."),
        ("split £150 three ways please", "50", "£150 ÷ 3 = £50 each."),
        ("we've got 60 to share between 4 of us, how much each", "15", "60 ÷ 4 = 15 each."),
        (
            "can you split 100 three ways",
            "33.33",
            "100 ÷ 3 is 33.33 each, near enough (a penny or two left over for someone to round "
            "up).",
        ),
        (
            "roast 25 mins per kg plus 20 minutes, the turkey is 6kg how long",
            "170",
            "6 kg at 25 minutes per kg is 6 × 25, plus 20 = 170 minutes (2 hours 50 minutes); "
            "then check it is cooked through, with no pink and the juices clear.",
        ),
        (
            "if it's 45 minutes per kilo and the lamb is 2kg how long",
            "90",
            "2 kg at 45 minutes per kilo is 2 × 45 = 90 minutes (1 hour 30 minutes).",
        ),
        (
            "the trip is 120 miles and my car does 40 mpg, petrol is £1.50 a litre, how much",
            "20.46",
            "120 miles ÷ 40 mpg is 3 gallons, which is 13.64 litres (4.546 litres to the UK "
            "gallon); at £1.50 a litre that is £20.46.",
        ),
        (
            "300 miles at 50 mpg, diesel is 160p a litre, how much will it cost",
            "43.64",
            "300 miles ÷ 50 mpg is 6 gallons, which is 27.28 litres (4.546 litres to the UK "
            "gallon); at £1.60 a litre that is £43.64.",
        ),
        (
            "520 miles at 40 mpg and £6.80 a gallon, how much for fuel",
            "88.40",
            "520 miles ÷ 40 mpg is 13 gallons; at £6.80 a gallon that is £88.40.",
        ),
        ("whats 20% off 60 pounds", "48|12", "£60 less 20% is £60 − £12 = £48."),
        # (mend43a: an extra said with the split, read exactly)
        (
            "i pay 10 extra, split 70 three ways",
            "30",
            "you pay 30 and the other two 20 each: 70 less the extra 10 is 60, ÷ 3 = 20, and "
            "20 + 10 = 30.",
        ),
        (
            "split £90 between 3 of us and priya pays £15 more",
            "40",
            "Priya pays £40 and the other two £25 each: £90 less the extra £15 is £75, ÷ 3 = £25, "
            "and £25 + £15 = £40.",
        ),
        (
            "can you split 60 two ways, jo puts in 10 extra",
            "35",
            "Jo pays 35 and the other one 25: 60 less the extra 10 is 50, ÷ 2 = 25, and "
            "25 + 10 = 35.",
        ),
        ("split 120 three ways please, thanks", "40", "120 ÷ 3 = 40 each."),
    ],
)
def test_look_alikes_are_worked_exactly(text, figure, working):
    assert worked(text) == (figure, working)


@pytest.mark.parametrize(
    "text",
    [
        "i'm 30 today",
        "back in 2019 we went to rome for 3 nights",
        "top 10 films of all time?",
        "my number is 07700 900123",
        "i've got 3 cats and 2 dogs",
        "i have 3 kids and 2 dogs, how many legs",  # (no change of a count: not this sum)
        "i had 3 kids and got 2 dogs how many pets do i have",  # (another thing counted)
        "split the bill three ways please",  # (no figure: asked for by the engine, not guessed)
        "how long to roast a 2kg chicken",  # (no rule given: none invented)
        "anyone know how long to roast a chicken? 2kg one",
        "i got a 10% raise!",
        "petrol was £1.52 a litre, now £1.48, i fill 50 litres, how much do i save",
        # (mend43a: a split with a change not read for sure: no sum, never the plain split)
        "split 90 three ways but i'm not drinking so take 10 off mine",
        "split 120 three ways but sam isn't drinking",
        "split 120 three ways and everyone pays 5 more",
        "split 120 three ways, sam pays 15 extra and tom pays 10 extra",
        "split 120 three ways with a 10% tip",
        "split 120 three ways but sam already paid 20",
        "split 100 three ways but tom pays 5 extra",  # (95 ÷ 3 not to the penny)
        "split 80 four ways, we have a 20 voucher",
    ],
)
def test_near_misses_are_no_sum_of_these(text):
    assert worked(text) == ("", "")
    assert not asked_of_room(text)


def test_a_chicken_with_no_rule_gets_the_usual_one_with_its_check():
    # (mine43, bots/trivia.py) no rule given: the usual one, said as such, with the check that
    # makes it safe; a rule given is worked as given (above)
    assert say_one("lovelace", "@lovelace how long to roast a 2kg chicken").endswith(
        "About 1 hour 40 minutes for 2 kg: 20 minutes per 500 g plus 20 minutes, at 190 °C "
        "(170 °C fan); it's done when the juices run clear and the thickest part reads 75 °C."
    )


PRESENT = (
    Candidate("socrates", "Socrates", 50),
    Candidate("lovelace", "Ada Lovelace", 40),
    Candidate("einstein", "Albert Einstein", 45),
)


def test_a_sum_asked_of_the_room_is_planned_for_the_voice_that_says_sums():
    text = "400 miles at 50mph, how long?"
    lively = {
        plan_for_human(RoomState(chattiness="lively", present=PRESENT), text, seed=s).slugs
        for s in range(20)
    }
    normal = [
        plan_for_human(RoomState(chattiness="normal", present=PRESENT), text, seed=s).slugs
        for s in range(40)
    ]
    mentions = {
        plan_for_human(RoomState(chattiness="mentions", present=PRESENT), text, seed=s).slugs
        for s in range(20)
    }
    after_her = plan_for_human(
        RoomState(chattiness="lively", present=PRESENT, last_persona="lovelace"), text, seed=1
    )

    assert lively == {("lovelace",)} and mentions == {()}
    # (a normal room as often as she is talkative: the turn-taking limits kept)
    assert set(normal) == {(), ("lovelace",)} and 5 < normal.count(("lovelace",)) < 30
    assert after_her.slugs == ("einstein",) and after_her.summed


EVERYONE = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_sum_asked_of_a_lively_room_is_answered(room, alice, bob, personas):
    """Before: nobody answered (rate42 live room 08)."""
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.LIVELY)

    said = await answers(await say(room, alice, "400 miles at 50mph, how long?"))

    assert list(said) == ["lovelace"]
    # (its opening words are its own, by the message's id as seed)
    assert "Alice: 400 miles at 50 mph is 8 hours, with no stops." in said["lovelace"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_split_then_an_extra_share_in_a_room(room, alice, bob, personas):
    """Before: a line on phone apps, then nothing (rate42 live room 01)."""
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.NORMAL)

    split = await answers(await say(room, alice, "@lovelace can you split 240 three ways for us"))
    extra = await answers(
        await say(room, bob, "thanks. and what if tom pays an extra 30 for the heater?")
    )

    assert split == {"lovelace": "Easily worked, Alice: 240 ÷ 3 = 80 each."}
    assert extra == {
        "lovelace": "Easily worked, Bob: Tom pays 100 and the other two 70 each: 240 less the "
        "extra 30 is 210, ÷ 3 = 70, and 70 + 30 = 100."
    }


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_the_fuel_figures_said_over_a_room_are_worked(room, alice, bob, personas):
    """Before: "I have tried to calculate myself, Kat, and the sum never came out" (room 08)."""
    await room_of(room, personas, *EVERYONE, people=[bob])

    await say(room, bob, "how much will petrol cost for 800 miles round trip")
    await say(room, alice, "my car does about 45 mpg")
    said = await answers(
        await say(room, bob, "@lovelace can you work that out, petrol's about £1.45 a litre")
    )

    assert said == {"lovelace": FUEL.replace("Kat", "Bob")}


# mend43a: a split with a change to it said in the same message. Before: "split 120 three ways
# but sam pays 15 extra" got "Simple arithmetic, Maya: 120 ÷ 3 = 40 each." from every voice, the
# extra dropped; now the extra is read, or no sum is given at all.
SAM = (
    "Sam pays 50 and the other two 35 each: 120 less the extra 15 is 105, ÷ 3 = 35, and 35 + 15 "
    "= 50."
)


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        ("lovelace", "split 120 three ways but sam pays 15 extra", f"Easily worked, Maya: {SAM}"),
        (
            "einstein",
            "split 120 three ways but sam pays 15 extra",
            f"Simple arithmetic, Maya: {SAM}",
        ),
        ("aibot", "/AIBot split 120 three ways but sam pays 15 extra", SAM),
        (
            "einstein",
            "split 100 four ways and tom pays an extra 20",
            "Simple arithmetic, Maya: Tom pays 40 and the other three 20 each: 100 less the extra "
            "20 is 80, ÷ 4 = 20, and 20 + 20 = 40.",
        ),
        (
            # (not read for sure: no sum, the engine's own reply)
            "lovelace",
            "split 90 three ways but i'm not drinking so take 10 off mine",
            "That question has no place in any table I could draw up, Maya.",
        ),
    ],
)
def test_a_split_with_an_extra_in_the_same_message(slug, text, reply):
    assert say_one(slug, text) == reply


# mend43a: the jobs of a rota are the jobs given. Before: "...for 3 housemates: dishes, bins,
# hoover" got "A on dishes, B on bins, C on kitchen" (hoover dropped, kitchen invented).
def _rota(*jobs: str) -> str:
    week = ", ".join(
        f"{who} {'has' if job == 'a week off' else 'on'} {job}"
        for who, job in zip("ABCD", jobs, strict=False)
    )
    last = jobs[-1].replace("a week off", "the week off")
    return (
        f"week 1, {week}; then each week everyone moves one job down the list ({last} back round "
        f"to {jobs[0]}), so in {len(jobs)} weeks everyone has done each once."
    )


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "lovelace",
            "can you make a chore rota for 3 housemates: dishes, bins, hoover",
            "A table of operations, Maya, one row each: " + _rota("dishes", "bins", "hoover"),
        ),
        (
            "einstein",
            "can you make a chore rota for 4 of us: dishes, bins, hoover, bathroom",
            "A fair one, Maya, and relatively simple: "
            + _rota("dishes", "bins", "hoover", "bathroom"),
        ),
        (
            "aibot",
            "/AIBot can you make a chore rota for 3 housemates: dishes, bins, hoover",
            _rota("dishes", "bins", "hoover")[0].upper() + _rota("dishes", "bins", "hoover")[1:],
        ),
    ],
)
def test_a_rota_has_exactly_the_jobs_given(slug, text, reply):
    assert say_one(slug, text) == reply


@pytest.mark.parametrize(
    ("text", "jobs"),
    [
        ("make a rota for dishes, bins and hoover for 3 of us", ("dishes", "bins", "hoover")),
        (
            "make a rota for 3 of us: hoovering, vacuuming, mopping",
            ("hoovering", "vacuuming", "mopping"),
        ),
        (
            "make a rota for 3 of us: laundry, bathroom and hoover please",
            ("laundry", "bathroom", "hoover"),
        ),
        (
            "can you make a chore rota for 4 of us: dishes, bins, hoover",
            ("dishes", "bins", "hoover", "a week off"),
        ),
        (
            "we need a rota for kitchen, bathroom and bins, there are 4 of us",
            ("kitchen", "bathroom", "bins", "a week off"),
        ),
        (
            "make a rota for 3 of us: hoover, ironing, the big shop",
            ("hoover", "ironing", "big shop"),
        ),
    ],
)
def test_rota_look_alikes_list_the_jobs_given(text, jobs):
    assert rota_of(text, "Maya") + "." == _rota(*jobs)


@pytest.mark.parametrize(
    "text",
    [
        "make a chore rota for 3 of us for dishes, bins and the garage",
        "make a cleaning rota for 3 of us: dishes, bins, sort out the shed and garage and loft",
        "make a rota for 3 of us doing dishes, bins, mopping and the car",
        "can you make a chore rota for 3 housemates: dishes, bins, 2 loads of washing",
    ],
)
def test_a_list_of_jobs_not_read_for_sure_makes_no_rota(text):
    assert rota_of(text, "Maya") == ""
