"""mine43: everyday facts people ask a room, answered by every voice (bots/trivia.py).

"how many calories in a banana", "what temperature does water boil at", "anyone know how long to
roast a chicken? 2kg one" had been declined by every persona ("I have no data on that at all")
and the house bot, or met with a line on one word ("what's a normal body temperature" -> Einstein
on metal feeling colder than wood). Each is now the plain fact, in the persona's voice; where a
persona's own line says the fact (Einstein's Moon, Curie's 118 elements, Darwin's age of the
earth) its own line is said instead.
"""

from __future__ import annotations

import pytest

from bots.trivia import fact
from tests.bots.test_everyday_messages import VOICES, say

PERSONAS = [slug for slug, voice in VOICES.items() if not voice.is_house_bot]
OPENERS = {
    "einstein": "That one I know, Maya, socks or no socks. ",
    "curie": "That is a plain fact, Maya. ",
    "darwin": "That much I can tell you, Maya. ",
}
BANANA = "A medium banana has about 105 calories; a small one about 90, a large one 120."
BOILS = (
    "At sea level water boils at 100 °C (212 °F); higher up, where the air presses on it less, "
    "it boils cooler: at about 70 °C on top of Everest."
)
BODY = (
    "About 37 °C (98.6 °F), give or take half a degree through the day; 38 °C or more is a fever."
)
ROAST_2KG = (
    "About 1 hour 40 minutes for 2 kg: 20 minutes per 500 g plus 20 minutes, at 190 °C (170 °C "
    "fan); it's done when the juices run clear and the thickest part reads 75 °C."
)
FACTS = [
    ("how many calories in a banana", BANANA),
    ("calories in a banana?", BANANA),
    (
        "how many calories does an egg have",
        "A large egg has about 70 calories, a little more fried in fat.",
    ),
    ("what temperature does water boil at", BOILS),
    ("whats the boiling point of water", BOILS),
    ("at what temperature does water boil", BOILS),
    ("what's a normal body temperature", BODY),
    ("whats a normal body temp", BODY),
    (
        "how many teeth does an adult have",
        "Thirty-two, counting the four wisdom teeth; a child has twenty milk teeth.",
    ),
    (
        "what's the fastest land animal",
        "The cheetah: about 100 km/h (over 60 mph) in a sprint of a few hundred metres.",
    ),
    ("how many keys on a piano", "Eighty-eight on a full-size piano: 52 white and 36 black."),
    ("how many players in a football team", "Eleven a side, the goalkeeper included."),
    (
        "how many players are there in a rugby team",
        "Fifteen a side in rugby union, thirteen in rugby league.",
    ),
    (
        "how many players on a basketball team",
        "Five on court for each team, with substitutes on the bench.",
    ),
    ("how many legs does a spider have", "Eight legs (insects have six)."),
    (
        "how many arms does an octopus have",
        "Eight arms (not legs, to a biologist), lined with suckers.",
    ),
    ("how many legs do crabs have", "Ten: eight walking legs and two claws."),
    ("how many cards in a deck", "Fifty-two, in four suits of thirteen, plus the jokers."),
    (
        "how many squares on a chessboard",
        "Sixty-four on the board; 204 if you count every square of every size.",
    ),
    (
        "how many states in the us",
        "Fifty, and the District of Columbia besides, which is no state.",
    ),
    (
        "what temperature should my fridge be",
        "Between 0 and 5 °C (3 to 5 is the usual setting); a freezer at -18 °C.",
    ),
    (
        "how much blood is in the human body",
        "About 5 litres in an adult, a little less in a small one.",
    ),
    (
        "what's the longest river in the world",
        "The Nile is the usual answer, at about 6,650 km, "
        "though some measure the Amazon longer: it turns on where you say each one starts.",
    ),
    ("anyone know how long to roast a chicken? 2kg one", ROAST_2KG),
    (
        "how long do i roast a 1.5kg chicken",
        "About 1 hour 20 minutes for 1.5 kg: 20 minutes "
        "per 500 g plus 20 minutes, at 190 °C (170 °C fan); it's done when the juices run clear "
        "and the thickest part reads 75 °C.",
    ),
    (
        "how long should i cook a 2.5kg chicken",
        "About 2 hours for 2.5 kg: 20 minutes per 500 g plus 20 minutes, at 190 °C (170 °C "
        "fan); it's done when the juices run clear and the thickest part reads 75 °C.",
    ),
    (
        "how long to roast a chicken",
        "The usual rule is 20 minutes per 500 g plus 20 minutes, at "
        "190 °C (170 °C fan); it's done when the juices run clear and the thickest part reads "
        "75 °C. Weigh it and I'll work it out.",
    ),
]
# Not these facts: a thing of one's own, another food, another question.
NO_FACT = [
    "how many calories in banana bread",
    "how many players did you sign",
    "how many legs does my table have",
    "how many teeth does my dog have",
    "how many calories did i burn today",
    "how long did it take you to roast that chicken",
    "the water in my kettle boils at 90 apparently",
    "how many keys do i need to cut",
    # a rule of its own given: worked as given (bots/sums43.py), not by ours
    "how long to roast a 2kg chicken if its 45 mins per kg plus 20",
    "recipe says 20 min a 500g, how long to roast a chicken of 1.5kg",
    # (review43) a computer keyboard is no piano; an air fryer or pieces are no oven's whole bird
    "how many keys on a keyboard?",
    "how long to cook a chicken in an air fryer",
    "how long to cook a 2kg chicken in the air fryer",
    "how long to roast chicken thighs",
]


@pytest.mark.parametrize(("text", "answer"), FACTS)
def test_the_fact_is_read(text, answer):
    assert fact(text) == answer


@pytest.mark.parametrize("text", NO_FACT)
def test_no_fact_is_read_in_another_question(text):
    assert fact(text) is None


@pytest.mark.parametrize(("text", "answer"), FACTS[::3])
def test_the_house_bot_says_it_plainly(text, answer):
    assert say("aibot", f"/AIBot {text}") == answer


@pytest.mark.parametrize("slug", sorted(OPENERS))
@pytest.mark.parametrize(("text", "answer"), [FACTS[0], FACTS[3], FACTS[6], FACTS[23]])
def test_every_persona_says_it_in_its_voice(slug, text, answer):
    assert say(slug, text) == OPENERS[slug] + answer


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(("text", "answer"), FACTS)
def test_no_persona_declines_it(slug, text, answer):
    assert say(slug, text).endswith(answer)


def test_a_persona_s_own_line_on_the_fact_is_said_instead():
    assert say("einstein", "how far is the moon") == (
        "About 384,000 kilometres, Maya, some thirty Earths laid side by side; light crosses it "
        "in just over a second. The Moon drifts about 4 centimetres further from us every year, "
        "measured by lasers bounced off mirrors the Apollo crews left there."
    )
    assert say("curie", "how many elements are there") == (
        "There are 118 known elements, Maya, ninety-odd found in nature and the rest made in "
        "laboratories, some lasting only moments. Pierre and I found two, polonium and radium, "
        "and a third, curium, bears our name."
    )
    assert say("darwin", "how old is the earth") == (
        "A fair question, Maya. The earth must be hundreds of millions of years old for "
        "selection to have done its work; the geologists since have found it older still, some "
        "four and a half billion years."
    )
    # a number met elsewhere in a persona's lines is no answer of its own (Lovelace's lottery
    # odds "2,118,760"; Curie's uranium "four and a half billion" is no age of the earth)
    assert say("lovelace", "how many elements are there").endswith(
        "118 are named so far, from hydrogen to oganesson; 94 of them are found in nature."
    )
    assert say("curie", "how old is the earth").endswith(
        "About 4.5 billion years old (4.54, give or take 50 million), dated from the oldest "
        "meteorites."
    )
