"""Session 28: Socrates on dilemmas and "who's right" (rated rooms of s27: 02, 03, 06, 08).

- "who's right" / "which of us is right" / "am i wrong" asks; it takes no side, so it is never an
  agreement (read as "you're right, Socrates") nor good news to congratulate ("Good news, Tariq!
  I am glad of it." to a wallet handed in and a mate who says keep the cash).
- A dilemma whose other side someone holds ("my mate says i should've kept the cash", "dad wants
  me to stay on the farm") is weighed with that side by name (a `#weigh` line: "your dad"),
  never a stock line that names neither.
- A dispute of fact put to settle ("my sister says humans come from monkeys and i say we're
  cousins") is answered by the persona whose field it is (Darwin: common ancestor, cousins) and
  handed to it by the philosopher, never "keep notes, both of you".
- His general #examine pool is wide enough that no line answers two dilemmas in a room.
"""

from __future__ import annotations

import pytest

from bots.asks import RIGHT_ASKED, side_holder
from bots.engine import ChatLine, offline_reply
from bots.material import index_of
from tests.bots.test_everyday_messages import CAST, NAMES, VOICES, say

SOCRATES = index_of(tuple(VOICES["socrates"].material))
WEIGH = [line.replace("{name}", "Maya") for line in SOCRATES.tagged["weigh"]]
EXAMINE = SOCRATES.tagged["examine"]


def said_to_room(slug: str, text: str, *, seed: int = 1, history=()) -> str:
    """The reply of `slug` with every other persona in the room (to hand over to)."""
    return offline_reply(
        VOICES[slug],
        message=text,
        seed=seed,
        ignore=NAMES,
        history=(*history, ChatLine("maya", text)),
        others=tuple(v for v in CAST if v.slug != slug),
    )


def weighed(reply: str, other: str) -> bool:
    """Whether `reply` is a #weigh line said to Maya with the other side `other`."""
    return reply in [line.replace("{other}", other) for line in WEIGH]


WALLET = (
    "passenger left a wallet in my car with £300 cash. i handed it all in. my mate says i "
    "should've kept the cash and handed in the cards. who's right"
)


@pytest.mark.parametrize(
    "text",
    [
        WALLET,
        "found a purse on the bus and handed it in, my brother says i should've kept "
        "the cash. who's right",
        "i handed the wallet in at the station with all the money in it. my wife reckons i "
        "should've kept the notes, am i the mug",
    ],
)
def test_a_wallet_handed_in_is_weighed_never_good_news(text):
    reply = say("socrates", f"@socrates {text}")
    assert reply.startswith("Whose was the cash, Maya? The owner's"), reply
    assert not any(w in reply for w in ("Good news", "Well done", "glad of it", "Fortune"))


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "dad wants me to stay on the farm and not do the uni course in bristol. is it selfish "
            "if i go",
            "your dad",
        ),
        ("my mum wants us to spend christmas at hers again. is it wrong to say no", "your mum"),
        (
            "my wife says we should tell her mum, i say we keep quiet about it. who's right",
            "your wife",
        ),
        ("sue says it's rude to recline your seat on a plane, i say it's fine. who's right", "Sue"),
        (
            "my boss thinks i should answer emails on holiday. am i wrong to switch my phone off",
            "your boss",
        ),
    ],
)
def test_the_other_side_is_weighed_by_name(text, other):
    reply = say("socrates", f"@socrates {text}")
    assert weighed(reply, other), reply
    assert "cannot call it right or wrong" not in reply


@pytest.mark.parametrize(
    "text",
    [
        # The one the deed is done to is no side in a dispute: a general examination.
        "Brian from church wants to come but he always snores on the coach. is it wrong to tell "
        "him the trip is full",
        'my colleague said fasting is "just a diet with extra steps". i got annoyed. was i wrong '
        "to be annoyed",
    ],
)
def test_no_side_held_gets_a_general_examination(text):
    reply = say("socrates", f"@socrates {text}")
    assert reply in [line.replace("{name}", "Maya") for line in EXAMINE], reply


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (WALLET, "your mate"),
        ("dad wants me to stay on the farm", "your dad"),
        ("colin reckons we should repaint it, i say no. who's right", "Colin"),
        ("my sister says humans come from monkeys. which of us is right", "your sister"),
        ("brian wants to come on the trip", ""),
        ("my colleague said fasting is a diet", ""),
        ("i think we should go", ""),
    ],
)
def test_side_holder(text, holder):
    assert side_holder(text) == holder


@pytest.mark.parametrize(
    "text", ["who's right", "which of us is right", "am i wrong here", "who is in the right"]
)
def test_right_asked(text):
    assert RIGHT_ASKED.search(text)


@pytest.mark.parametrize("text", ["jo's right about the rota", "you're right, socrates"])
def test_a_side_taken_is_still_agreement(text):
    reply = say("socrates", f"@socrates {text}")
    assert not weighed(reply, "Jo")
    assert "Whose was the cash" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "i won £50 on a scratchcard!",
        "we got the keys to our new flat today",
        "passed my driving test this morning!!",
    ],
)
def test_plain_good_news_is_still_congratulated(text):
    reply = say("socrates", f"@socrates {text}")
    assert not weighed(reply, "your mate")
    assert not any(line.replace("{name}", "Maya") == reply for line in EXAMINE), reply


MONKEYS = [
    "my sister says humans come from monkeys and i say we're cousins. which of us is right. "
    "there's a tenner riding on it",
    "my dad says we evolved from chimps, i say we're related to them. who's right",
    "my husband says we descended from monkeys, i say we're related to them. who's right",
]


@pytest.mark.parametrize("text", MONKEYS)
def test_a_dispute_of_fact_is_answered_in_field(text):
    reply = said_to_room("darwin", f"@darwin {text}")
    assert "common ancestor" in reply and "cousins" in reply.lower(), reply
    assert "Keep notes" not in reply


@pytest.mark.parametrize("text", MONKEYS)
def test_a_dispute_of_fact_is_handed_to_the_field(text):
    reply = said_to_room("socrates", f"@socrates {text}")
    assert "a question of what is so, not of what is right" in reply, reply
    assert "@darwin" in reply
    assert "what would prove you wrong" not in reply


def test_a_dispute_of_taste_is_still_settled_his_way():
    text = "@socrates my brother says the beatles were better than the stones, i say stones"
    reply = said_to_room("socrates", f"{text}. who's right")
    assert "@" not in reply and "what is so" not in reply, reply


def test_no_examination_answers_two_dilemmas_in_a_room():
    dilemmas = [
        "is it wrong to tell brian the coach is full so he doesnt come",
        "was i wrong to be annoyed when my colleague called fasting a diet",
        "is it ok to name and shame the repairs manager on facebook",
        "is it selfish to want the bigger bedroom",
        "is it bad to skip my cousin's engagement drinks for a gig",
        "is it wrong to leave the washing up for my flatmate",
    ]
    history: list[ChatLine] = []
    replies = []
    for text in dilemmas:
        reply = say("socrates", f"@socrates {text}", history=tuple(history))
        history += [ChatLine("maya", f"@socrates {text}"), ChatLine("Socrates", reply, own=True)]
        replies.append(reply)
    assert len(set(replies)) == len(replies), replies
    assert sum("cannot call it right or wrong" in r for r in replies) <= 1


def test_the_general_pool_is_wide():
    general = [line for line in EXAMINE if "{other}" not in line]
    assert len(general) >= 30
    assert len(WEIGH) >= 6


@pytest.mark.parametrize(
    "text",
    [
        "found a wallet on the street, should i keep it or hand it in",
        "found a purse with cash in it, do i hand it in",
    ],
)
def test_a_wallet_not_yet_handed_in_is_not_praised_as_done(text):
    reply = say("socrates", f"@socrates {text}")
    assert reply.startswith("Whose is it, Maya? Someone is searching"), reply


MEANING = [line.replace("{name}", "Maya") for line in SOCRATES.tagged["meaning"]]


@pytest.mark.parametrize(
    ("text", "word", "other"),
    [
        (
            'is a layout with a made up town "historically accurate" if every train on it is '
            "real? colin says no, i say yes",
            "historically accurate",
            "Colin",
        ),
        ('is a hotdog a "sandwich"? my brother says yes, i say no', "sandwich", "your brother"),
        (
            'my wife says our cat is "vegetarian", i say he just hates fish. who\'s right',
            "vegetarian",
            "your wife",
        ),
    ],
)
def test_a_quarrel_over_a_word_asks_what_each_means(text, word, other):
    reply = say("socrates", f"@socrates {text}")
    said = [m.replace("{thing}", word).replace("{other}", other) for m in MEANING]
    assert reply in said, reply
    assert "is right, Maya" not in reply


@pytest.mark.parametrize(
    "text",
    [
        # A quoted word with no one else's side on it: no quarrel over the word.
        'we put "non toxic" on the label, is that ok',
        'my teacher said my essay was "derivative". is that bad',
    ],
)
def test_a_quoted_word_alone_is_no_quarrel(text):
    reply = say("socrates", f"@socrates {text}")
    assert "each mean by" not in reply and "means to you" not in reply, reply


def test_a_titled_side_is_named_with_its_title():
    text = (
        "@socrates mrs pearce says it's wrong to spend charity money on panels when the hall "
        "kitchen needs redoing. is she right? it's a fair point honestly"
    )
    assert weighed(say("socrates", text), "Mrs Pearce")


def test_his_own_line_on_the_word_comes_before_what_each_means():
    text = '@socrates my supervisor says my hypothesis is "unfalsifiable". is she right'
    reply = say("socrates", text)
    assert reply.startswith("Ask yourself what you would see if you were wrong, Maya"), reply
