"""Practical everyday asks far from a persona's field get sound advice in its voice (everyday46).

rate45: Curie, asked about a toddler who won't eat, told of her own fainting from hunger; Darwin,
asked about a cat off its food after a move, said why cats sleep; Einstein, asked for a tip for
rushing, gave an anecdote but no tip. `bots.everyday46` reads such asks by topic and shape."""

from __future__ import annotations

import pytest

from bots.everyday46 import ADVICE, advised
from tests.bots.test_everyday_messages import Line, say

EXACT = [
    (
        "darwin",
        "my cat hasnt eaten since we moved, what do i do",
        (
            "I watched animals all my life, Maya. A change, a move above all, often puts a "
            "cat off food: give her a quiet room and warm, smelly wet food. But a cat that "
            "eats nothing for over a day or two must see a vet; fasting harms its liver."
        ),
    ),
    (
        "curie",
        "my toddler wont eat anything green",
        (
            "I raised two daughters, Irène and Ève, Maya, and this is what helps. Put a "
            "small taste of it beside food they like, again and again, with no pressure or "
            "bribes; children often need ten tries or more, and seeing you eat it helps "
            "most."
        ),
    ),
    (
        "einstein",
        "i keep rushing the tempo when i play piano",
        (
            "I played the violin all my life, Maya. Practise with a metronome at a speed "
            "you can play cleanly, and raise it a few beats at a time; count aloud, and "
            "record yourself, since rushing hides in the easy bars and just before the "
            "hard ones."
        ),
    ),
    (
        "shakespeare",
        "tips for memorising vocab",
        (
            "A player learns his lines anew each week, Maya. Test yourself rather than "
            "reread: flashcards, a few minutes every day, each word coming back after a "
            "day, then three, then a week. Use each new word aloud in a sentence of your "
            "own."
        ),
    ),
    (
        "lovelace",
        "my rice always turns to mush",
        (
            "No Engine is needed for that, Maya; plain sense will do. Rinse it till the "
            "water runs clear and use less water, about one and a half cups to one of "
            "white rice; simmer it covered on the lowest heat, unstirred, then rest it ten "
            "minutes."
        ),
    ),
    (
        "socrates",
        "what should i pack for iceland in march",
        (
            "By the dog, Maya. Layers rather than bulk: a thermal layer, a fleece and a "
            "windproof, waterproof shell, with a hat, gloves and boots you have already "
            "walked in; the weather there can turn within the hour."
        ),
    ),
    (
        "curie",
        "i earn 2400 and rent is 1200, how much should i save",
        (
            "I lived on very little as a student in Paris, Maya. Rent takes 50% of your "
            "2400, which leaves 1200. The usual rule is to save a fifth of your pay, 480 a "
            "month, leaving 720 for everything else; move it to savings the day you're "
            "paid."
        ),
    ),
    (
        "darwin",
        "i keep waking up at 3am and cant get back to sleep",
        (
            "Sleep runs in cycles of about ninety minutes, Maya, lighter towards the small "
            "hours, so we all half wake several times a night. A worry, a full bladder, a "
            "nightcap wearing off or a warm room keeps you up; get up a while rather than "
            "fret."
        ),
    ),
    (
        "einstein",
        "how do i start running, i get out of breath after 2 min",
        (
            "My sport was sailing, Maya. Run and walk in turns: a minute jogging, a minute "
            "or two walking, for twenty minutes three times a week, running a little more "
            "each week. Go slowly enough to talk; out of breath only means too fast."
        ),
    ),
    (
        "lovelace",
        "is it worth paying off my credit card before saving",
        (
            "My wagers on horses cost me dearly, Maya, so heed the arithmetic. Clear the "
            "card first: its interest, often twenty per cent a year or more, is far more "
            "than any savings account pays you. Keep a small cushion for emergencies, pay "
            "off the card, then save."
        ),
    ),
    (
        "shakespeare",
        "my kid has a tantrum every time we leave the park",
        (
            "I had three children, Maya. Warn them five minutes before you leave and again "
            "at one; then stay calm, name the feeling (you're sad to go, I know), and go "
            "anyway. Giving in teaches that tantrums work."
        ),
    ),
    (
        "socrates",
        "how often should i water a cactus",
        (
            "By the dog, Maya. Water when the top inch of soil is dry, not by the "
            "calendar, and let it drain through; a cactus wants that only every two or "
            "three weeks in summer and hardly at all in winter."
        ),
    ),
    (
        "curie",
        "i have a sore throat, what helps",
        (
            "I am a physicist, not a physician, Maya. Rest, drinks, honey and salt-water "
            "gargles, and paracetamol if it aches; antibiotics don't touch a virus. See a "
            "doctor if you can't swallow, have a high fever, or it lasts over a week."
        ),
    ),
    (
        "einstein",
        "my hamster sleeps all day is that normal",
        (
            "I am no vet, Maya, only a man who loved his cat Tiger. Quite normal: hamsters "
            "are night animals, asleep by day and busy from dusk. Let it sleep, and worry "
            "only if it stops eating, loses weight or won't stir at night either; then a "
            "vet should see it."
        ),
    ),
    (
        "darwin",
        "darwin my dog keeps pulling on the lead, how do i stop it",
        (
            "I watched animals all my life, Maya. Stop dead whenever the lead goes tight, "
            "walk on only when it slackens, and reward him when he walks at your side. A "
            "little practice every day teaches it in a few weeks; shouting teaches nothing."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), EXACT)
def test_everyday_ask_answered(slug, text, reply):
    assert say(slug, text) == reply


def test_any_ideas_read_with_the_room_before():
    history = (
        Line("tom", "my cat is so weird lately"),
        Line("maya", "she just sits by the door and wont eat"),
    )
    assert say("lovelace", "any ideas what i should do", history=history) == (
        "I loved my horses dearly, Maya, though I am no vet. A change, a move above "
        "all, often puts a cat off food: give her a quiet room and warm, smelly wet "
        "food. But a cat that eats nothing for over a day or two must see a vet; "
        "fasting harms its liver."
    )


# Field questions, griefs, crises, news, troubles with a person: never read as an everyday ask.
LOOK_ALIKES = [
    "is radium dangerous to handle",
    "why do pigeons come in so many colours",
    "why do dogs bark at the postman",
    "my cat died this morning",
    "my dog was hit by a car and died",
    "my dog is old and i think hes dying, he wont eat",
    "did you see the news about the floods",
    "my boyfriend keeps ignoring my texts, should i say something",
    "my roommate never does the dishes how do i bring it up",
    "i dont want to be here anymore",
    "my mum has cancer and i dont know what to do",
    "my mum is in hospital and i cant sleep",
    "how does gravity bend light",
    "how do earthworms make soil",
    "my sister says im too dramatic",
    "my cat had kittens!!",
    "my rice is ready, dinner time!",
    "if i save 200 a month how long to save 3000",
    "@curie how do you get a toddler to try new food",
]
ALL_ADVICE = [said for shapes in ADVICE.values() for _, _, said in shapes]


@pytest.mark.parametrize("text", LOOK_ALIKES)
@pytest.mark.parametrize("slug", ["einstein", "darwin"])
def test_look_alikes_left_alone(slug, text):
    assert advised(slug, text) == ""
    reply = say(slug, text)
    assert not any(said[:40] in reply for said in ALL_ADVICE)


def test_house_bot_keeps_its_own_ways():
    assert advised("aibot", "my rice always turns to mush") == ""


def test_figures_worked():
    line = advised(
        "darwin", "i take home 1500 and rent is 900 and food is 200 how much can i put aside"
    )
    assert "1500 less 900 and 200 leaves 400" in line
    assert "a tenth, 150 a month" in line
