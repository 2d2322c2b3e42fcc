"""Lead61 (session 35), found on the dev rooms and dev sums of this session's holdout:

- "can i still drive it to mum's or will it die on the m6": going ahead was picked ("Drive it
  to mum's, if you ask me"). A choice between going ahead and a failure feared is answered with
  the plain sense of anyone, to have it checked first (`bots.risk`); a worry after "or" ("or
  will they rub") is no second option to pick.
- Turf for a garden with a patio that is staying got the patio priced ("2 × 3 is 6 m², ×
  £4.50 is £27"): a part kept as it is comes off the whole.
- "need to average 8,000 steps a day over the 7 days", "done 45,500 in the first 6": a total
  so far over the first goes reaches the average asked.
- A week of the same shift (9 til 5:30 monday to friday, a 30 min unpaid lunch, £12.60 an
  hour), months to save when several each put in so much (was "£2,700 × 4 ÷ £45 is 240
  months"), tickets for adults and children with a cost paid apart, a contract over its
  months, a birth year from an age in a year, and a yearly bill shared monthly
  (`bots.everyday61`).
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_chime17 import joining
from tests.bots.test_everyday_messages import say


def test_a_name_said_as_a_colour_and_fine_draw_nobody_in():
    """ "blue's back!!! ..." (a pigeon called Blue home from a race) drew Einstein's cobalt glaze
    ("its fine powder ... leaving blue") and Darwin's fly that lands: words that describe,
    and one everyday verb, are no subject to join in on."""
    assert (
        joining("blue's back!!! landed on the loft roof 10 mins ago, proper scruffy but fine") == []
    )


def test_what_was_said_before_the_choice_is_no_side_of_it():
    """Fi's "its the feathers" (of a shuttlecock) was said back as her side of singles or
    doubles, which she put as a question after it."""
    history = (
        Line("fi", "its the feathers isnt it. like a dart"),
        Line("olly", "ill pay for the plastic one with the dent"),
        Line(
            "fi",
            "ok question for everyone: singles or doubles, which is actually the better game? "
            "i say doubles, more fun, less dying",
        ),
        Line("raj", "singles all day. doubles is just standing about"),
    )
    reply = say("socrates", "@socrates who's right, me or raj?", author="fi", history=history)
    assert reply == "I side with Raj, Fi: singles, since doubles is just standing about."


CASES = [
    (
        "einstein",
        (
            "@einstein unrelated but my car's showing a battery warning light, can "
            "i still drive it to my sister's or will it die on the motorway"
        ),
        [],
        (
            "I would not chance it, Maya: have it checked before you drive it far. "
            "A warning light is there to be heeded. Better late than stuck on the "
            "hard shoulder."
        ),
    ),
    (
        "curie",
        (
            "@curie the boiler is making a banging noise, is it ok to keep using it"
            " or will it blow up?"
        ),
        [],
        (
            "I would not chance it, Maya: have it looked at first. A thing that is "
            "already complaining tends to fail at the worst moment."
        ),
    ),
    (
        "darwin",
        "@darwin can we still use the old ladder or will it snap",
        [],
        (
            "I would not chance it, Maya: have it looked at first. A thing that is "
            "already complaining tends to fail at the worst moment."
        ),
    ),
    (
        "lovelace",
        "@lovelace my laptop fan is screaming, can i keep gaming or will it overheat",
        [],
        (
            "I would not chance it, Maya: have it looked at first. A thing that is "
            "already complaining tends to fail at the worst moment."
        ),
    ),
    (
        "socrates",
        (
            "@socrates the van's brakes are squealing, should i still do the school"
            " run or could they fail"
        ),
        [],
        (
            "I would not chance it, Maya: have it checked before you drive it far. "
            "Better late than stuck on the hard shoulder."
        ),
    ),
    (
        "einstein",
        "@einstein is light a wave or a particle",
        [],
        (
            "A lovely question, Maya. Light behaves like a wave and like a stream "
            "of particles, and we must learn to live with both pictures."
        ),
    ),
    (
        "curie",
        "is it better to walk or will it be quicker to get the bus @curie",
        [],
        (
            "Walk, Maya; that is what I would do, and I would measure whether it "
            "worked. Nature is the best rest I know; a walk in the countryside or a"
            " day by the sea always sent me back to work with a clearer head."
        ),
    ),
    (
        "darwin",
        "@darwin what'll the turf cost us",
        [
            ("olu", "garden is 9m by 6m"),
            ("jo", "but the patio in the corner is 3m by 2m and thats staying"),
            ("jo", "turf is £5 a square metre"),
        ],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 9 × 6 is 54 m², less the patio (3 × 2 is 6 m²) is 48 m², × £5"
            " a m² is £240."
        ),
    ),
    (
        "curie",
        "@curie whats the carpet going to cost",
        [
            ("jo", "room is 5m x 4m but the hearth 1m x 2m isnt being carpeted"),
            ("jo", "carpet is £22 a sq m fitted"),
        ],
        (
            "The figures first, then the conclusions, Maya: 5 × 4 is 20 m², less "
            "the hearth (1 × 2 is 2 m²) is 18 m², × £22 a m² is £396."
        ),
    ),
    (
        "einstein",
        "@einstein how much to turf it",
        [
            ("jo", "lawn's 10m x 6m, there's a pond 2m x 1.5m we're keeping"),
            ("jo", "turf £3.80 per sq m"),
        ],
        (
            "Adding up is the one calculation nobody argues about, Maya: 10 × 6 is "
            "60 m², less the pond (2 × 1.5 is 3 m²) is 57 m², × £3.80 a m² is "
            "£216.60."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what will it cost",
        [("jo", "the patio is 3m by 4m"), ("jo", "slabs are £20 a square metre")],
        "Even a glover's son can cast up a reckoning, Maya: 3 × 4 is 12 m², × £20 a m² is £240.",
    ),
    (
        "socrates",
        "@socrates how many do we need in the last week",
        [
            (
                "jo",
                (
                    "we want to average 30 sales a week over 5 weeks. we've made 110 sales "
                    "in the first 4 weeks"
                ),
            )
        ],
        (
            "Let us reckon it together, Maya: an average of 30 over 5 is 150; 110 "
            "in the first 4, so you need 40. What follows from it is "
            "another question."
        ),
    ),
    (
        "lovelace",
        "@lovelace how many do i need on sunday",
        [
            ("raff", "need to average 10,000 steps a day over the 7 days"),
            ("raff", "ive done 58,000 in the first 6 days"),
        ],
        (
            "A sum the Engine would take in one turn of its handle, Maya: an "
            "average of 10,000 over 7 is 70,000; 58,000 in the first 6, so you need"
            " 12,000."
        ),
    ),
    (
        "curie",
        "@curie how much will i make a week",
        [("jo", "new job is 8am to 4pm, 4 days a week, half hour paid lunch, £13 an hour")],
        (
            "The figures first, then the conclusions, Maya: 8am to 4pm is 8 hours "
            "(the break is paid, so it stays in); × 4 days is 32 hours; × £13 is "
            "£416 a week."
        ),
    ),
    (
        "darwin",
        "@darwin how much do i get paid a week",
        [("jo", "im on 7:00-15:00 mon-sat, 1 hour unpaid break. £11.44 per hour")],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 7:00 to 15:00 is 8 hours; less the unpaid break of 1 hour, 7 "
            "hours; × 6 days is 42 hours; × £11.44 is £480.48 a week."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how many weeks will it take",
        [
            ("jo", "we need £1,200 for the minibus"),
            ("sam", "6 of us are each chipping in £25 a week"),
        ],
        (
            "Even a glover's son can cast up a reckoning, Maya: 6 × £25 is £150 a "
            "week; £1,200 ÷ £150 is 8 weeks."
        ),
    ),
    (
        "einstein",
        "@einstein how long till we have it",
        [
            (
                "jo",
                (
                    "the trip's £3,000 in total, we've saved £600 already, 5 of us each put"
                    " in £40 a month"
                ),
            )
        ],
        (
            "Adding up is the one calculation nobody argues about, Maya: £3,000 "
            "less the £600 saved is £2,400; 5 × £40 is £200 a month; £2,400 ÷ £200 "
            "is 12 months."
        ),
    ),
    (
        "curie",
        "@curie whats the total for the tickets",
        [
            ("jo", "tickets are £16 adults and £9 kids"),
            ("jo", "so thats 3 adults and 4 kids"),
            ("sam", "parking's £5 but dev's sorting that himself"),
        ],
        (
            "The figures first, then the conclusions, Maya: 3 adults × £16 is £48; "
            "4 kids × £9 is £36; £84 in all (the £5 is paid apart)."
        ),
    ),
    (
        "socrates",
        "@socrates how much will it cost",
        [("jo", "its £9.50 per adult and £6 per child, we're 2 adults and 1 child")],
        (
            "Let us reckon it together, Maya: 2 adults × £9.50 is £19; 1 child × £6"
            " is £6; £25 in all. What follows from it is another question."
        ),
    ),
    (
        "darwin",
        "@darwin whats it cost in total",
        [("jo", "my phone deal is £18 a month over 36 months plus £99 upfront")],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: £18 a month × 36 months is £648; + £99 is £747 in all."
        ),
    ),
    (
        "lovelace",
        "@lovelace how much is that over the whole contract",
        [("jo", "broadband is £27 a month for 18 months, 500mb speed")],
        "A sum the Engine would take in one turn of its handle, Maya: £27 × 18 months is £486.",
    ),
    (
        "einstein",
        "@einstein so what year was he born",
        [("jo", "grandad turns 85 on his birthday in 2029")],
        "Adding up is the one calculation nobody argues about, Maya: 2029 − 85 is 1944.",
    ),
    (
        "shakespeare",
        "@shakespeare what year was she born",
        [("jo", "my aunt was 60 in 2020")],
        (
            "Even a glover's son can cast up a reckoning, Maya: 2020 − 60 is 1960: "
            "born in 1960, or in 1959 if the 61st birthday came later in 2020."
        ),
    ),
    (
        "darwin",
        "@darwin how much is that each per month for the four of us",
        [("jo", "tv licence is £174.50 a year")],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: £174.50 a year between 4 of you is £3.64 each per month."
        ),
    ),
    (
        "curie",
        (
            "@curie council tax is £1,890 a year, how much is that each per month "
            "between the 3 of us"
        ),
        [],
        (
            "The figures first, then the conclusions, Maya: £1,890 a year is about "
            "£157.50 a month (a month being about 0.08 years); among 3 of you, "
            "about £52.50 each."
        ),
    ),
    (
        "lovelace",
        (
            "@lovelace if she needs someone with her for 6 weeks and theres three "
            "of us, how many days is that each"
        ),
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 6 weeks "
            "between 3 of you is 14 days each."
        ),
    ),
    (
        "curie",
        "@curie the stall needs someone for 4 weeks, there are two of us, how many days each",
        [],
        (
            "The figures first, then the conclusions, Maya: 4 weeks between 2 of "
            "you is 14 days each."
        ),
    ),
    (
        "lovelace",
        "hi all, sorry late to this, been on nights. hi @lovelace",
        [],
        "How delightful, Maya, hello! No need to apologise; you are here now.",
    ),
    (
        "einstein",
        "soz im late everyone! hey @einstein",
        [],
        "Guten Tag, Maya! No need to apologise; you are here now.",
    ),
    (
        "socrates",
        "sorry im late, traffic was mad @socrates",
        [],
        "No need to apologise, Maya; you are here now.",
    ),
    (
        "darwin",
        "hi @darwin, sorry to hear about your dog",
        [],
        "How do you do, Maya? A pleasure to have your company.",
    ),
    (
        "lovelace",
        "@lovelace a tube of 12 shuttles is £22.50, how much each if 9 of us chip in",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: the tube "
            "of 12 at £22.50 between 9 of you is £2.50 each."
        ),
    ),
    (
        "darwin",
        "a crate of 24 beers for £30 split between 5 of us, whats that each @darwin",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: the crate of 24 at £30 between 5 of you is £6 each."
        ),
    ),
    (
        "einstein",
        "@einstein a pack of 12 eggs is £3.60, how much each egg",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: £3.60 ÷ 12"
            " eggs is 30p each egg."
        ),
    ),
    (
        "curie",
        "right, mum's hip op is confirmed for the 14th. morning all, hi @curie",
        [],
        "Good day, Maya. It is good to hear from you.",
    ),
    (
        "shakespeare",
        "OK PARTY PLANNING TIME. hi @shakespeare hi @lovelace hi everyone",
        [],
        "Good morrow, Maya! Well met upon this stage.",
    ),
    (
        "lovelace",
        "i passed my test! hi ada",
        [],
        (
            "How delightful, Maya, hello! How clever of you! I studied mathematics "
            "by letter with Mr De Morgan, and every exercise he passed felt like a "
            "small coronation."
        ),
    ),
    (
        "socrates",
        "the party is saturday. hi @socrates, what should i bring?",
        [],
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions.",
    ),
    (
        "einstein",
        "blue's back!!! landed on the loft roof 10 mins ago, proper scruffy but fine",
        [("kev", "he'll turn up ron, he always does")],
        (
            "Interesting, Maya; life has its own thought experiments. Raw glaze "
            "looks pale because its fine powder scatters every colour back alike, "
            "as snow does; fired into clear glass it lets light in, and its cobalt "
            "swallows the reds and yellows, leaving blue."
        ),
    ),
    (
        "darwin",
        "@darwin split between the 4 of us whats that each",
        [
            ("maya", "3 large pizzas at £11.99 each"),
            ("jo", "plus 2 garlic breads at £4.50 and £2.99 delivery"),
        ],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 3 × £11.99 is £35.97; 2 × £4.50 is £9; £35.97 + £9 + £2.99 is"
            " £47.96; ÷ 4 is £11.99 each."
        ),
    ),
    (
        "lovelace",
        (
            "@lovelace if we all pay the same in the end whats each share and how "
            "much more does ben owe"
        ),
        [
            ("cara", "bill came to £186 for the six of us"),
            ("ben", "i put the £20 deposit down when i booked btw"),
        ],
        (
            "I have all your figures, Maya, but I cannot see for certain how they "
            "go together, and a wrong figure is worse than none; this one I leave "
            "unworked."
        ),
    ),
    (
        "curie",
        (
            "@curie cottage was £600, we paid the £100 deposit together, how much "
            "each for the 5 of us now"
        ),
        [],
        (
            "I cannot be sure how your figures go together, Maya, and I will not "
            "report a result I have not checked; set them out step by step."
        ),
    ),
    (
        "darwin",
        "@darwin site is 90 for the weekend plus like 60 in gas, 4 of us, how much each",
        [],
        (
            "I was never much of a mathematician, Maya, but this much I can do: 150"
            " between 4 of you is 37.50 each."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected
