"""A stock line met on a word of the message said in another sense gives way (word48).

rate47's biggest fault (16 of 62): "wish me luck on my chem test" and an Agincourt quote, "a
loan" and advice on lending to friends, "my lab partner" and Curie's bench of 1900. A sense
table (`bots.word48.SENSES`) tells when the line and the message say a word in different
senses; asked, the asker's situation is answered in voice; unasked, the persona keeps quiet."""

from __future__ import annotations

import pytest

from bots.engine import offline_reply
from bots.word48 import answered, met_on_word, off_situation, situation
from tests.bots.test_everyday_messages import NAMES, VOICES, Line, say

# Before: Galapagos facts (seasickness skipped); advice on lending money (a car asked of);
# electrons in a wire (a flickering bulb); a teenager tip (a phone's battery); screen time (a
# cracked screen); lecture tips (a night drive); Curie's bench of 1900 (a lab notebook); first
# aid (whether the sting hurts the bee).
EXACT = [
    (
        "darwin",
        "i get seasick, how did you survive the galapagos trip",
        (
            "I was seasick nearly the whole five years of the Beagle's voyage, Maya; I lay in"
            " my hammock eating raisins, and went ashore whenever I could. Lie down, keep "
            "your eyes on the horizon, and take a remedy before you sail; it passes with dry "
            "land."
        ),
    ),
    (
        "socrates",
        "should i lend my car to my roommate",
        (
            "Tell me, Maya: would you lend the car to a stranger who drove as your roommate "
            "drives? If not, you have your answer. If so, check your insurance covers another"
            " driver, and agree before the keys change hands who pays for fuel and any "
            "damage."
        ),
    ),
    (
        "einstein",
        "the light in my room keeps flickering, bulb or wiring?",
        (
            "Ah, Maya. Try a new bulb first, and see it is screwed in firmly; if one light "
            "flickers on a dimmer, the dimmer may not suit the bulb. If several lights "
            "flicker, or you smell burning, leave the wiring alone and call an electrician."
        ),
    ),
    (
        "curie",
        "my phone has no power by noon, any tips",
        (
            "Here is what I would do, Maya. Look in Settings under Battery for what uses most"
            " and limit it; turn the brightness down and location off when not needed. A "
            "phone battery wears after two or three years of charging, and a shop can replace"
            " it for much less than a new phone."
        ),
    ),
    (
        "curie",
        "my cell phone screen cracked, worth fixing?",
        (
            "Here is what I would do, Maya. If the phone is fairly new, yes, a screen repair "
            "costs far less than a new phone; if it is old and the crack is small, a screen "
            "protector keeps it from spreading. Take the phone in before glass splinters "
            "reach your fingers."
        ),
    ),
    (
        "einstein",
        "how do i stay awake on a long night drive",
        (
            "Ah, Maya. Nothing beats sleep: if you feel drowsy, pull over somewhere safe, "
            "drink a coffee and sleep fifteen minutes before it works; the window open and "
            "the radio loud buy only minutes. Stop every two hours, and share the driving if "
            "you can."
        ),
    ),
    (
        "curie",
        "spilled coffee on my lab notebook, is it ruined",
        (
            "Here is what I would do, Maya. Blot it at once with paper towel, never rub; dry "
            "it open, a page at a time, with paper between the wet pages, and photograph "
            "anything you need now. Ink that ran can often still be read."
        ),
    ),
    (
        "darwin",
        "got stung by a bee, does it hurt the bee",
        (
            "A fair question, Maya. A honeybee's sting is barbed: it stays in the skin and "
            "tears away from the bee, and the bee dies of it. Wasps and bumblebees have "
            "smooth stings, pull them out and can sting again."
        ),
    ),
    (
        "einstein",
        "missed the last train home, should i get a taxi or wait",
        (
            "Ah, Maya. If the next train is hours off and the night is cold, take the taxi, "
            "shared if anyone is going your way; look first for a night bus, and do not wait "
            "alone at an empty station."
        ),
    ),
    (
        "darwin",
        "my plant has white spots on the leaves",
        (
            "Well, Maya, white powdery spots on leaves are usually powdery mildew, a fungus "
            "that likes dry roots and still, damp air. Pick off the worst leaves, water at "
            "the base, not over the leaves, and give the plant more air around it; it rarely "
            "kills a healthy plant."
        ),
    ),
    (
        "socrates",
        "is it in human nature to be selfish",
        (
            "Is it, Maya? Then why are we ashamed when we are selfish, and why do we praise "
            "the one who gives? I hold that no one does wrong willingly: we all want what is "
            "good for us, and err only in what we take that good to be."
        ),
    ),
    (
        "einstein",
        "my daughter wants to be a pop star when she grows up",
        (
            "Ah, Maya. Let the child try it properly: lessons, a choir or a club, small "
            "stages; the wish tells you what they love, and that is worth feeding, whatever "
            "they become."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "expected"), EXACT)
def test_situation_answered_not_the_word(slug, text, expected):
    assert say(slug, text) == expected


# Asked of the word in the line's own sense: the line stands.
ON_THE_WORD = [
    ("shakespeare", "what did henry v say at agincourt"),
    ("curie", "what did you keep in your lab"),
    ("einstein", "how far away is the nearest star"),
    ("darwin", "what did you find on the galapagos"),
    ("curie", "how did you deal with losing pierre"),
    ("einstein", "what is light made of"),
    ("curie", "what is radioactivity"),
    ("socrates", "what do you think of borrowing from friends"),
    ("einstein", "what is energy"),
    ("lovelace", "what was the analytical engine"),
    ("darwin", "how do plants grow toward light"),
    ("shakespeare", "which play of yours is your favourite"),
    ("curie", "what is an element"),
    ("einstein", "what is space made of"),
    ("socrates", "what is justice"),
]


@pytest.mark.parametrize(("slug", "text"), ON_THE_WORD)
def test_line_on_the_word_itself_stands(slug, text):
    assert not met_on_word(text, say(slug, text))


@pytest.mark.parametrize(
    ("message", "line", "met"),
    [
        (
            "should i lend my car to my roommate",
            "Lend a friend only what you could bear to lose; then if it comes back you have "
            "your money and a friend.",
            True,
        ),
        (
            "my sister asked to borrow 500 quid, do i say yes",
            "Lend a friend only what you could bear to lose; then if it comes back you have "
            "your money and a friend.",
            False,
        ),
        (
            "why does water expand when it freezes",
            "Never throw water on a burning chip pan: the water sinks under the oil.",
            True,
        ),
        (
            "how far away is the nearest star",
            "Even at a tenth of the speed of light, a ship would take over forty years to reach "
            "the nearest star.",
            False,
        ),
        (
            "how do they know a planet that far away has water",
            "Even at a tenth of the speed of light, a ship would take over forty years to reach "
            "the nearest star.",
            True,
        ),
        (
            "lost all my basil to frost",
            "I am so sorry. I have known hard losses; one goes on, slowly, and not alone.",
            True,
        ),
        ("how did you deal with losing pierre", "I met Pierre in 1894.", False),
        (
            "my car battery is flat, how do i jump it",
            "You get a shock off a car door in winter because sliding across the seat charges "
            "you; the spark jumps from the key.",
            True,
        ),
        (
            "wish me luck on my chem test tmrw",
            "Once more unto the breach, dear friends, once more!",
            True,
        ),
    ],
)
def test_met_on_word(message, line, met):
    assert met_on_word(message, line) is met


def test_unasked_line_on_another_sense_keeps_quiet():
    # rate47 room03: "einstein would hate this physics", of a game's grenades, had got a book
    # of physics recommended.
    text = (
        "why do the grenades in this game go so far when you throw them running, is that even "
        "realistic lol. einstein would hate this physics"
    )
    reply = offline_reply(
        VOICES["einstein"],
        message=text,
        seed=1,
        ignore=NAMES,
        history=(Line("maya", text),),
        unasked=True,
    )
    assert "book" not in reply.lower()


def test_situations_read_by_shape():
    assert situation("my bro wants to borrow my van this weekend") == "lend_car"
    assert situation("my roses died in the cold snap") == "frost"
    assert situation("got cast as the lead in the school play") == "cast"
    assert situation("what is justice") == ""


def test_no_name_leaves_no_gap():
    assert answered("curie", "my phone battery dies by noon", "").startswith(
        "Here is what I would do. Look in Settings"
    )
    assert answered("shakespeare", "big maths exam tomorrow", "").startswith("Good luck!")


@pytest.mark.parametrize(
    ("message", "reply", "off"),
    [
        (
            "my brother wants to borrow my car for the weekend, should i let him",
            "I loved a bicycle; life is like riding one: to keep your balance you must keep "
            "moving.",
            True,
        ),
        (
            "my brother wants to borrow my car for the weekend, should i let him",
            "Lend the car only if you would be easy if it came back scratched.",
            False,
        ),
        (
            "any good physics books for revision?",
            "Books were my first laboratory; as a girl I read everything, Polish poetry, French "
            "novels, and my father's physics books.",
            True,
        ),
        (
            "any good physics books for revision?",
            "Start with The Evolution of Physics, which Infeld and I wrote for exactly that.",
            False,
        ),
        ("what is justice", "Justice is the health of the soul.", False),
    ],
)
def test_unasked_reply_takes_up_the_situation(message, reply, off):
    assert off_situation(message, reply) is off


@pytest.mark.parametrize(
    ("slug", "text", "kind"),
    [
        # (before: a line on taking notes by hand, met on nothing the cousin asked)
        ("socrates", "my cousin wants to borrow my laptop for a month, should i", "lend_thing"),
        # (before: why batteries fail in the cold, not how to jump-start one)
        ("einstein", "car battery died in the cold, how do i jump start it", "jump"),
        # (before: "a good walk clears the head")
        ("curie", "frost killed my tomato seedlings overnight", "frost"),
    ],
)
def test_situation_no_line_takes_up_is_answered(slug, text, kind):
    reply = say(slug, text)
    assert situation(text) == kind
    assert reply == answered(slug, text, "Maya")
    assert not off_situation(text, reply)


def test_line_that_takes_up_the_situation_stands():
    # Curie's own line on phone radiation is no battery trouble, though it says "charge".
    text = "does my phone give off radiation when i charge it"
    assert situation(text) == ""
    assert "radio waves" in say("curie", text)


def test_no_luck_wished_on_a_test_already_sat():
    assert situation("big maths exam tomorrow, so nervous") == "exam"
    assert situation("passed my driving test this morning") == ""
