"""Session 37: a death and a grief read in one place (`bots.valence.death_told`, `GRAVE_EVENT`,
`bots.asks.occasions_of`), and the tone after it.
- "died" said in fun ("died laughing", "i nearly died when i saw the bill", "died his hair") is
  no death, for every caller: no condolence.
- Kin called without "my" ("we lost mum on tuesday", "RIP grandma") are mourned.
- A toast, an intro or a few words asked for a grief (a late wife's 60th, a son's death
  anniversary, a grandad's wake) are gentle lines in memory, never a joke on age, a birthday
  wish or a "great pleasure" and a "warm welcome"."""

from __future__ import annotations

import pytest

from bots.asks import occasions_of
from bots.pieces import intro_asked
from bots.tone import died, grave
from bots.valence import GRAVE_EVENT, death_told
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

PERSONAS = ("einstein", "curie", "shakespeare", "lovelace", "darwin", "socrates")
FESTIVE = ("congrat", "pleasure", "happy", "welcome", "birthday", "cheers", "older", "wiser")

# The piece each persona writes in memory ("For your wife: ..."), as it is quoted.
IN_MEMORY = {
    "einstein": '"Goodbye, dear friend. Our time together was far too short, as time so often '
    'is; you were loved, and you will be missed."',
    "curie": '"Rest now, dear friend. You were loved more than words can measure, and you will be '
    'missed every day."',
    "lovelace": '"Farewell, dear friend. No sum could ever hold what you gave us; you were loved, '
    'and you will be so missed."',
    "darwin": '"Farewell, dear friend. Every creature leaves its mark on those who loved it, and '
    'yours will stay with us always."',
    "socrates": '"Farewell, dear friend. Whatever death may be, it cannot take what you gave us; '
    'you were loved, and you will be missed."',
}
# Each persona's condolence on a death told plainly.
CONDOLENCE = {
    "einstein": "Ach, Maya, I am so sorry. That is a heavy thing to carry; be gentle with "
    "yourself, and let the people near you help.",
    "curie": "I am so sorry, Maya. I have known hard losses; one goes on, slowly, and not alone.",
    "shakespeare": "O Maya, I am heartily sorry. Give sorrow words; the grief that does not speak "
    "bids the heart break.",
    "lovelace": "Oh, Maya, I am so sorry. I have known long, frightening months myself; be gentle "
    "with yourself, and do not carry it alone.",
    "darwin": "I am so sorry, Maya. I have known dark days of my own; nothing helped but time and "
    "the people around me. I hope you have them near.",
    "socrates": "I am truly sorry, Maya. This is a time for friends, not arguments; let them sit "
    "with you.",
}


@pytest.mark.parametrize(
    "text",
    [
        "my friend died laughing at your joke",
        "i nearly died when i saw the bill",
        "my son died his hair blue",
        "my mum died laughing at that",
        "i literally died of embarrassment",
        "the comic died on stage last night",
    ],
)
def test_died_in_fun_is_no_death_for_any_reader(text):
    assert not death_told(text)
    assert not GRAVE_EVENT.search(text)
    assert not died(text)
    assert not grave(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad passed away last night",
        "my dad died last night, i nearly died when they rang",
        "our cat biscuit was put down this morning",
        "we had to have our dog biscuit put down",
    ],
)
def test_a_death_told_is_still_one(text):
    assert death_told(text) and died(text) and grave(text)


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    "text", ["my friend died laughing at your joke", "i nearly died when i saw the bill"]
)
def test_died_in_fun_gets_no_condolence(slug, text):
    reply = say(slug, text)
    assert not any(w in reply.lower() for w in ("sorry", "grief", "loss", "condolence", "missed"))


@pytest.mark.parametrize(
    "text", ["we lost mum on tuesday", "RIP grandma, she was 94", "my dad passed away last night"]
)
@pytest.mark.parametrize("slug", PERSONAS)
def test_a_death_told_gets_each_personas_condolence(slug, text):
    assert say(slug, text) == CONDOLENCE[slug]


@pytest.mark.parametrize("slug", PERSONAS)
def test_a_pet_lost_a_year_ago_today_is_mourned(slug):
    reply = say(slug, "it's a year today since we lost our dog")
    assert "sorry" in reply and not any(w in reply.lower() for w in FESTIVE)


def test_kin_lost_in_a_crowd_is_no_death():
    assert not GRAVE_EVENT.search("we lost dad in the crowd at the match")
    assert GRAVE_EVENT.search("we lost dad last year")


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "can you write a toast for what would have been my wife's 60th, she died last year",
            "wife",
        ),
        ("can you write a toast for the anniversary of my son's death", "son"),
        ("can you write a few words to introduce my grandad at his wake", "grandad"),
        ("can you write an intro for my grandad at his wake", "grandad"),
        ("i need an intro to read out at my grandad's wake", "grandad"),
        ("a few lines for my grandad's wake", "grandad"),
        ("write a poem about my grandad who passed last week", "grandad"),
    ],
)
@pytest.mark.parametrize("slug", PERSONAS)
def test_words_asked_for_a_grief_are_gentle_lines_in_memory(slug, text, who):
    reply = say(slug, text)
    assert reply.startswith(f"I am sorry, Maya. For your {who}: ")
    assert not any(w in reply.lower() for w in FESTIVE)
    if slug in IN_MEMORY:
        assert reply == f"I am sorry, Maya. For your {who}: {IN_MEMORY[slug]}"


def test_shakespeares_lines_in_memory():
    assert say("shakespeare", "can you write a toast for the anniversary of my son's death") == (
        'I am sorry, Maya. For your son: "Good night, sweet friend, and flights of angels sing '
        'thee to thy rest; / we held thee dear, and dearly were we blessed."'
    )


@pytest.mark.parametrize(
    "text, grief",
    [
        ("a few words for my grandad's wake", True),
        ("words for my late wife's birthday", True),
        ("a toast for the anniversary of my son's death", True),
        ("a song to wake me up in the morning", False),
        ("a poem for the wake of the storm", False),
        ("a sign for the rip off stall", False),
        ("a caption for my dying plant lol", False),
        # (review37: a dying person is alive; no piece in memory is written for them)
        ("my last letter to my dying mum", False),
        ("a sign for terminal 2", False),
    ],
)
def test_the_grief_occasion(text, grief):
    assert ("grief" in occasions_of(text)) is grief


def test_no_welcome_is_written_for_a_wake():
    assert intro_asked("can you write an intro for my grandad at his wake") == {}
    assert intro_asked("can you write an intro for my grandad at his party") != {}


@pytest.mark.parametrize("slug", PERSONAS)
def test_kin_who_died_is_named_as_kin_not_with_who(slug):
    reply = say(slug, "write a poem for my grandad who died last week")
    assert reply.startswith('I am sorry, Maya. For Grandad: "') and "Who" not in reply


def test_no_cheer_for_any_occasion_is_offered_for_a_grief():
    for slug in PERSONAS:
        reply = say(slug, "some words for the wake pls")
        assert reply.startswith("I am sorry, Maya. For the one you lost: ")
        assert not any(w in reply.lower() for w in FESTIVE)


def test_the_room_after_a_death_told_without_my_is_gentle():
    said = (Line("maya", "we lost mum on tuesday"),)
    assert say("einstein", "good night all", history=said) == (
        "Good night, Maya; rest, and take good care of yourself."
    )
    assert say("socrates", "thanks", history=said) == "You are welcome, Maya."


def test_the_room_after_died_in_fun_is_as_ever():
    said = (Line("maya", "my friend died laughing at your joke"),)
    assert say("einstein", "good night all", history=said) == (
        "Gute Nacht, Maya, good night! Sleep well; the stars will keep until morning."
    )


PET_CONDOLENCE = {
    "einstein": "Oh, Maya, I am so sorry. My cat Tiger was a dear friend to me, and an animal who "
    "loved you is a real loss; it is right that you miss them.",
    "socrates": "I am sorry, Maya. An animal that loved you is a friend like any other, and it is "
    "right to grieve.",
}


@pytest.mark.parametrize("slug", PERSONAS)
def test_a_pet_mourned_by_name_is_no_delight(slug):
    # (was: "How wonderful, Maya! My cat Tiger sulked whenever it rained ...")
    reply = say(slug, "rip biscuit, best dog ever")
    assert "sorry" in reply and not any(w in reply.lower() for w in FESTIVE + ("wonderful",))
    if slug in PET_CONDOLENCE:
        assert reply == PET_CONDOLENCE[slug]


@pytest.mark.parametrize(
    "text, mourned",
    [
        ("rip biscuit, best dog ever", True),
        ("RIP Sam, he was 15", True),
        ("rip grandma", True),
        ("rip my phone", False),
        ("rip to my diet, the cat ate my cake", False),
        ("rip van winkle", False),
    ],
)
def test_rip_is_a_death_only_of_someone(text, mourned):
    assert bool(GRAVE_EVENT.search(text)) is mourned
