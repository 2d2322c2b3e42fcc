"""From a read-only review of this session's merged branches (/root/review35.md):

- A side between people, or on what someone not in the room says, is never taken where health
  or safety is at stake (drink and driving, food left out, a baby in the bath, a main road,
  vaccines): no agreement with a claim for being told, and no doubt of a safety rule.
- With no reason told, a claim is asked about, not agreed with.
- Going ahead or the failure feared (`bots.risk`) is read only of a thing that can give way (a
  machine, a vehicle, a fitting): not of a text, a surprise, a cake or a raise.
- "£700 each, 4 of us putting in £50 a month": each saves for their own share (14 months, not
  4 and not 56); "weve got 4 of us" is no £4 saved; "under 5s free" declines tickets; "was 60
  in 2020" stays two years whatever month the birthday is.
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "curie",
        "@curie is my dad right?",
        [("maya", "my dad says its fine to drive after three pints")],
        # safe37: the safe thing itself, where it is known (bots/safety.py)
        (
            "Maya, don't drive after drinking: even a drink or two slows your reactions, and no "
            "amount is a safe one to drive on. Leave the car and get a lift, a taxi or the bus."
        ),
    ),
    (
        "darwin",
        "@darwin is my mum right?",
        [("maya", "my mum says you should never leave a baby alone in the bath")],
        (
            "Maya, never leave a baby or a young child alone in the bath, not even for a moment: "
            "they can drown in a few centimetres of water, quickly and silently. Take them with "
            "you."
        ),
    ),
    (
        "curie",
        "@curie who's right, me or my brother?",
        [
            (
                "maya",
                (
                    "i say chicken is fine left out overnight, my brother says it should go"
                    " in the fridge"
                ),
            )
        ],
        (
            "On that I would not take anyone's word, Maya, mine included: where "
            "health or safety is at stake, go by the official advice, not by "
            "whoever sounds surest."
        ),
    ),
    (
        "einstein",
        "@einstein is my dad right?",
        [("maya", "my dad says kids should cycle on the main road, its quicker")],
        (
            "On that I would not take anyone's word, Maya, mine included: where "
            "health or safety is at stake, go by the official advice, not by "
            "whoever sounds surest."
        ),
    ),
    (
        "lovelace",
        "@lovelace is my son right?",
        [("maya", "my son says vaccines cause autism")],
        (
            "Maya, vaccines don't cause autism: studies of millions of children have found no "
            "link. Your GP or practice nurse can answer any worry about a jab."
        ),
    ),
    (
        "darwin",
        "@darwin is my brother right?",
        [("maya", "my brother reckons the earth is flat")],
        (
            "Your brother says the earth is flat. Why does your brother say so, "
            "Maya? Tell me that, and I will tell you whether I agree."
        ),
    ),
    (
        "socrates",
        "@socrates is my sister right?",
        [("maya", "my sister says the new cafe is overpriced")],
        (
            "Your sister says the new cafe is overpriced. But how does your sister "
            "know it, Maya? Tell me that, and we shall see whether it is knowledge "
            "or only opinion."
        ),
    ),
    (
        "curie",
        "@curie should i text him tonight or will it make things worse?",
        [],
        (
            "You ask for my view, Maya. I prefer facts to opinions, but here it is."
            " Try it carefully, measure how it goes, and change course if the "
            "results say so."
        ),
    ),
    (
        "curie",
        "@curie can i tell her about the party or will it ruin the surprise",
        [],
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "shakespeare",
        "@shakespeare can i take the cake out now or will it collapse?",
        [],
        (
            "Of cookery I know nothing, Maya; the dish I wrote out most fully was the witches' "
            "broth in Macbeth, eye of newt and toe of frog, and I would not serve it."
        ),
    ),
    (
        "einstein",
        "@einstein the washing machine is banging, can i finish this load or will it break?",
        [],
        (
            "I would not chance it, Maya: have it looked at first. A thing that is "
            "already complaining tends to fail at the worst moment."
        ),
    ),
    (
        "curie",
        (
            "@curie the trip is £700 each, 4 of us putting in £50 a month, how many"
            " months till we can go?"
        ),
        [],
        (
            "The figures first, then the conclusions, Maya: 4 of you each putting "
            "£50 a month towards £700 each: £700 ÷ £50 is 14 months."
        ),
    ),
    (
        "darwin",
        (
            "@darwin festival tickets are £240 each and the 3 of us are each saving"
            " £30 a week, how many weeks"
        ),
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 3 of you each putting £30 a week towards £240 each: £240 ÷ "
            "£30 is 8 weeks."
        ),
    ),
    (
        "curie",
        (
            "@curie the trip costs £2000 and weve got 4 of us putting in £50 a "
            "month, how long will it take"
        ),
        [],
        (
            "The figures first, then the conclusions, Maya: 4 × £50 is £200 a "
            "month; £2,000 ÷ £200 is 10 months."
        ),
    ),
    (
        "einstein",
        "@einstein 2 adults and 3 kids, adults £18 kids £11 and under 5s free, how much?",
        [],
        (
            "I have turned your figures round twice, Maya, and cannot be sure how "
            "they fit together; a wrong answer is worse than none, so set it out "
            "for me step by step."
        ),
    ),
    (
        "curie",
        "@curie my mum was 60 in 2020, her birthday is in december, what year was she born",
        [],
        (
            "The figures first, then the conclusions, Maya: 2020 − 60 is 1960: born"
            " in 1960, or in 1959 if the 61st birthday came later in 2020."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected
