"""house42: the house bot answers questions; greetings and room talk read right (rate41 §3.4, §3.7).

- A plain, stable fact asked is answered whatever rides along with it ("what's the capital of
  australia, me and my brother are arguing" is Canberra, never "I'm sorry to hear that"), by the
  house bot and by every persona in its voice (bots/trivia.py); a fact of another time or of
  another thing is no fact of the tables.
- A question the house bot cannot answer gets "I don't know" and where to ask, never "Noted",
  "Got it" or its menu.
- Worn down and saying so ("it's raining again... i'm so done") gets a warm word.
- A question to everyone ("whats everyone bingeing on netflix") is passed to the room.
- Chat tokens of greeting and leaving (gm, gn, wb, cya, ...) are read as such by every voice.
"""

from __future__ import annotations

import pytest

from bots.house import HOUSE_DEFAULT, HOUSE_SOCIAL, HOUSE_UNKNOWN
from bots.trivia import fact
from tests.bots.test_everyday_messages import VOICES, say, starts_with

PERSONAS = [slug for slug, voice in VOICES.items() if not voice.is_house_bot]
TO = ", Maya"
WEARY = {line.format(to=TO) for line in HOUSE_SOCIAL["weary"]}
ROOM = {line.format(to=TO) for line in HOUSE_SOCIAL["room"]}
REMARKS = {line.format(to=TO) for line in HOUSE_SOCIAL["remark"]}
UNKNOWN_HERE = (
    "I don't know that, sorry, and I'd rather not make something up. Someone in the room may "
    "know, or a quick web search will."
)
CANBERRA = "The capital of Australia is Canberra."

FACTS = [
    ("what's the capital of australia, me and my brother are arguing", CANBERRA),
    ("what's the capital of australia, it's not sydney right?", CANBERRA),
    (
        "what's the capital of canada, settling a bet with my dad",
        "The capital of Canada is Ottawa.",
    ),
    ("capital of brazil? my kid says rio", "The capital of Brazil is Brasília."),
    ("whats the capital of japan again lol we're doing a quiz", "The capital of Japan is Tokyo."),
    (
        "do you know the capital of new zealand, having a debate here",
        "The capital of New Zealand is Wellington.",
    ),
    (
        "what's the capital of kenya, my friend swears it's mombasa",
        "The capital of Kenya is Nairobi.",
    ),
    (
        "what's the capital of egypt, quick before my sister googles it",
        "The capital of Egypt is Cairo.",
    ),
    ("whats the capital of peru?? pub quiz emergency", "The capital of Peru is Lima."),
    (
        "what is the capital of israel",
        "Israel names Jerusalem as its capital, though most countries keep their embassies in "
        "Tel Aviv.",
    ),
    (
        "capital of nauru?",
        "Nauru has no official capital; its government sits in the district of Yaren.",
    ),
    ("which planet is closest to the sun", "Mercury is the planet closest to the Sun."),
    (
        "how many continents are there",
        "Seven, as they're usually counted in English: Africa, Antarctica, Asia, Australia (or "
        "Oceania), Europe, North America and South America.",
    ),
    (
        "what's the tallest mountain in the world",
        "Mount Everest, 8,849 metres (29,032 feet) above sea level, on the border of Nepal and "
        "China.",
    ),
    (
        "whats the biggest ocean",
        "The Pacific is the largest ocean, bigger than all the land on Earth put together.",
    ),
    (
        "what's the largest planet",
        "Jupiter is the largest planet, more than eleven times as wide as Earth.",
    ),
    (
        "what are the planets in order",
        "In order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune. "
        "Pluto has been called a dwarf planet since 2006.",
    ),
    (
        "how many planets are there in the solar system",
        "Eight, in order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and "
        "Neptune. Pluto has been called a dwarf planet since 2006.",
    ),
    (
        "whats the smallest country in the world",
        "Vatican City is the smallest country, at less than half a square kilometre.",
    ),
    ("what's the biggest country", "Russia is the largest country by area."),
    (
        "whats the speed of light in km/s",
        "About 299,792 kilometres a second in a vacuum (299,792.458 exactly), or about 186,282 "
        "miles a second.",
    ),
    (
        "how many bones are in the human body",
        "An adult has 206 bones; a newborn baby has nearer 300, and some fuse as it grows.",
    ),
    (
        "which planet is the hottest",
        "Venus is the hottest planet: its thick air traps the heat, so it's hotter than Mercury.",
    ),
    ("what's the largest continent", "Asia, by area and by people."),
]


@pytest.mark.parametrize(("text", "answer"), FACTS)
def test_a_plain_fact_is_answered_by_the_house_bot_whatever_rides_along(text, answer):
    assert say("aibot", f"/AIBot {text}") == answer


@pytest.mark.parametrize(("text", "answer"), FACTS[:3] + FACTS[11:14])
@pytest.mark.parametrize("slug", PERSONAS)
def test_every_persona_says_the_fact_in_its_voice(slug, text, answer):
    reply = say(slug, text)
    opener = reply[: -len(answer) - 1]
    assert reply.endswith(f" {answer}") and "Maya" in opener, reply
    assert starts_with(opener, slug, "fact"), reply


@pytest.mark.parametrize(
    ("slug", "reply"),
    [
        ("lovelace", "A plain fact, Maya, and gladly given."),
        ("socrates", "Here, for once, is a thing I know, Maya."),
        ("darwin", "That much I can tell you, Maya."),
    ],
)
def test_the_hottest_planet_is_said_where_the_sky_was_owned_up_to(slug, reply):
    """tests/bots/test_outsideof38b.py had "which planet is the hottest?" owned up to
    ("never on the sky"); it asks a stable fact, now said. A planet's moons (a count that
    changes) keep the line there."""
    venus = (
        "Venus is the hottest planet: its thick air traps the heat, so it's hotter than Mercury."
    )
    assert say(slug, "which planet is the hottest?") == f"{reply} {venus}"


def test_einstein_no_longer_declines_the_capital_of_australia():
    assert say("einstein", "what's the capital of australia, me and my brother are arguing") == (
        "That one I know, Maya, socks or no socks. The capital of Australia is Canberra."
    )


NOT_FACTS = [
    "whats the capital of germany, before reunification",
    "what was the capital of germany, before berlin",
    "whats the capital of france in the 1800s",
    "what's the tallest mountain in scotland",
    "whats the biggest ocean animal",
    "what's the capital of our project, any ideas",
    "what's the biggest planet you've ever drawn",
    "how many continents have you visited",
    "which planet is closest to the sun in star wars",
    "whats the smallest country you've been to",
    "the capital of our startup is gone, any advice",
]


@pytest.mark.parametrize("text", NOT_FACTS)
def test_a_fact_of_another_time_or_thing_is_no_fact_of_the_tables(text):
    assert fact(text) is None
    assert say("aibot", f"/AIBot {text}") not in {answer for _, answer in FACTS}


# (Savings to a goal, "if i save 250 a month how long to get 6000", are worked since own42's
# merge: see test_a_savings_question_is_worked_plainly.)
QUESTIONS = [
    "my landlord is raising rent 20% next month, is that even legal",
    "tomatoes keep splitting on the vine, what am i doing wrong",
    "my grandmother turns 90 tomorrow, what should i write in her card",
    "my car's making a weird noise, is that bad",
    "the boiler's broken again, how much does a new one cost",
    "how often should i descale a kettle",
    "my landlord is raising rent by 20%, is that even legal",
    "tomatoes have little black spots on the bottom, what's wrong with them",
    "to be or not to be, what was that about anyway",
]


def test_a_savings_question_is_worked_plainly():
    assert say("aibot", "/AIBot if i save 250 a month how long to get 6000") == (
        "6,000 ÷ 250 = 24, so 24 months, which is 2 years."
    )
    assert say("aibot", "/AIBot if i put away 40 a week how long till i have 1000") == (
        "1,000 ÷ 40 = 25, so 25 weeks."
    )


@pytest.mark.parametrize("text", QUESTIONS)
def test_a_question_it_cannot_answer_is_owned_up_to_with_where_to_ask_never_noted(text):
    reply = say("aibot", f"/AIBot {text}")
    assert reply == UNKNOWN_HERE
    assert reply not in REMARKS and reply not in HOUSE_DEFAULT


def test_a_question_in_grave_words_with_no_trouble_of_ones_own_is_no_sympathy():
    assert say("aibot", "/AIBot was hamlet actually mad or just faking it") == (
        "I'm only the house bot, Maya, so I keep no opinions on that; mention one of the personas "
        "with @ and they'll gladly give you theirs."
    )


def test_the_unknown_lines_say_where_to_ask_or_what_it_knows():
    assert UNKNOWN_HERE in HOUSE_UNKNOWN


WORN = [
    "it's raining again. third week in a row. i'm so done",
    "it's raining again and i'm so done",
    "It's raining again, typical",
    "so tired of this grey weather",
    "feeling a bit flat today",
    "ugh monday again and i'm exhausted",
    "I'm so tired today",
    "honestly fed up with this week",
    "im completely knackered",
    "freezing again, i'm over it",
    "ugh monday tomorrow",
]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("text", WORN)
def test_worn_down_gets_a_warm_word(text, seed):
    assert say("aibot", f"/AIBot {text}", seed=seed) in WEARY


def test_the_warm_word_exactly():
    assert say("aibot", "/AIBot it's raining again and i'm so done") == (
        "Oh, that does wear you down, Maya. I hope it lifts soon; the room's here if you want a "
        "grumble."
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my dog died this morning", "sympathy"),
        ("i got the job!!!", None),
        ("just binged the whole of succession in a week lol", "remark"),
    ],
)
def test_grief_good_news_and_a_remark_keep_their_replies(text, kind):
    reply = say("aibot", f"/AIBot {text}")
    assert reply not in WEARY
    if kind:
        assert reply in {line.format(to=TO) for line in HOUSE_SOCIAL[kind]}


TO_THE_ROOM = [
    "whats everyone bingeing on netflix rn",
    "what's everyone listening to at the moment",
    "what's everyone having for dinner tonight",
    "wat r u guys up 2",
    "how do you all feel about pineapple on pizza",
    "anyone up this late lol",
    "anyone been to lisbon? going in march, need tips",
    "did anyone watch the match last night?? what a finish",
    "what do you all think about AI taking people's jobs",
    "wat r u all doin 2nite",
    "do you guys ever get bored",
]


@pytest.mark.parametrize("text", TO_THE_ROOM)
def test_a_question_to_everyone_is_passed_to_the_room(text):
    assert say("aibot", f"/AIBot {text}") in ROOM


def test_the_room_line_exactly():
    assert say("aibot", "/AIBot whats everyone bingeing on netflix") == (
        "That one's for the room, Maya: I'm only the house bot, with nothing of my own to say, so "
        "over to everyone here. Mention a persona with @ to hear theirs too."
    )


@pytest.mark.parametrize(
    "text",
    ["hey everyone, how's your sunday going?", "hows every1 doin", "how's everyone's week going"],
)
def test_how_everyone_is_gets_its_day_and_theirs_asked(text):
    assert say("aibot", f"/AIBot {text}") in {line.format(to=TO) for line in HOUSE_SOCIAL["day"]}


@pytest.mark.parametrize(
    "text", ["whats a decorator", "how do i mention someone", "how do i make a room private"]
)
def test_its_own_questions_are_not_passed_to_the_room(text):
    assert say("aibot", f"/AIBot {text}") not in ROOM


GREETS = ["gm", "gm all", "gm everyone", "mornin", "mornin all", "evening all", "hiya"]
GREETS += ["hiya folks", "sup", "yo", "wb", "wb maya"]
LEAVES = ["gn", "gn all", "gn everyone", "ttyl", "cya", "cya later", "ok cya", "night all"]


@pytest.mark.parametrize("text", GREETS)
@pytest.mark.parametrize("slug", PERSONAS)
def test_a_chat_greeting_is_greeted_by_every_persona(slug, text):
    assert starts_with(say(slug, text), slug, "hello")


@pytest.mark.parametrize("text", LEAVES)
@pytest.mark.parametrize("slug", PERSONAS)
def test_a_chat_goodbye_is_said_goodbye_to_by_every_persona(slug, text):
    assert starts_with(say(slug, text), slug, "bye")


@pytest.mark.parametrize("slug", PERSONAS)
def test_brb_is_waited_for(slug):
    assert starts_with(say(slug, "brb"), slug, "brb")


def test_gm_exactly():
    assert say("curie", "gm") == (
        "Good day, Maya. It is good to hear from you. What question brought you here?"
    )
    assert say("shakespeare", "gm") == (
        "Good morrow, Maya! Well met upon this stage. Tell me, what scene are we playing?"
    )
    assert say("einstein", "gn") == (
        "Gute Nacht, Maya, good night! Sleep well; the stars will keep until morning."
    )


@pytest.mark.parametrize("text", GREETS)
def test_the_house_bot_greets_a_chat_greeting(text):
    assert say("aibot", f"/AIBot {text}") in {line.format(to=TO) for line in HOUSE_SOCIAL["hello"]}


@pytest.mark.parametrize("text", LEAVES)
def test_the_house_bot_says_goodbye_to_a_chat_goodbye(text):
    assert say("aibot", f"/AIBot {text}") in {line.format(to=TO) for line in HOUSE_SOCIAL["bye"]}


NEAR_MISSES = [
    "gm crops are banned in europe",
    "gm food is safe to eat",
    "the gm of my team just quit",
    "wb yeats is my favourite poet",
    "gn stands for what",
    "gnarly wave today",
    "gnome in the garden",
    "cyan is my favourite colour",
    "gmail is down",
    "i said gn to my mum",
    "gm the new manager",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
@pytest.mark.parametrize("slug", PERSONAS)
def test_look_alikes_of_chat_tokens_are_not_greeted(slug, text):
    reply = say(slug, text)
    assert not starts_with(reply, slug, "hello") and not starts_with(reply, slug, "bye")
