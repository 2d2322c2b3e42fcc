"""Review 35, findings 6 and 7 (bots/life.py): a persona never says false things about its own life.

A yes or no to a claim about its life is answered only from a line on the claim's own subject
(two of its words, or its name), a claim that it made a thing only from a line that says it made
it, and "No" is put only before a line whose "never" denies the claim itself ("I never travelled,
except to war" is no "No" to "you fought in the war"). How it coped with, or what it was like,
is answered only from a line on that episode and that part of it. Otherwise the life reader
steps aside (None) and the older readers answer as before."""

from __future__ import annotations

import pytest

from bots.engine import GENERIC_TERMS
from bots.life import life_reply
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# (persona, message, the reply seen, after `jo: an earlier line`)
REPLIED = [
    (
        "darwin",
        "@darwin you never went to university right?",
        (
            "A fair question, Maya. At university I studied medicine at Edinburgh and then "
            "divinity at Cambridge, to become a clergyman, but I spent most of my time on beetles "
            "and long walks with my teacher Henslow."
        ),
    ),
    (
        "socrates",
        "@socrates you fought in the war right?",
        (
            "A fair question, Maya; let me answer with care. Yes, I was a soldier in the army of "
            "Athens, a hoplite with my own shield and spear, and I fought at Potidaea, "
            "Amphipolis and Delium."
        ),
    ),
    (
        "lovelace",
        "@lovelace you were byron's daughter right?",
        "I was born Augusta Ada Byron in 1815, daughter of the poet Lord Byron, whom I never knew.",
    ),
    (
        "shakespeare",
        "@shakespeare you had three kids right?",
        # (hijack43: no sonnet's "three quatrains" met on the count alone; owned up to)
        "Thou hast found the one character I never fathomed, Maya: the man who wrote the rest.",
    ),
    (
        "einstein",
        "@einstein you worked on the atom bomb didnt you?",
        (
            "No, Maya. I never worked on the bomb itself; the army thought me too great a risk "
            "to be trusted with the secret, and about weapons they were right to think me "
            "unreliable."
        ),
    ),
    (
        "socrates",
        "@socrates you wrote the republic didnt you",
        "On that, Maya, I am truly ignorant, and for once I am not being ironic.",
    ),
    (
        "einstein",
        "@einstein you walked everywhere right?",
        (
            "A lovely question, Maya. My violin was called Lina, and she travelled everywhere "
            "with me; Mozart and Bach were my favourites, and I played them with more joy than "
            "skill."
        ),
    ),
    (
        "curie",
        "@curie you discovered x-rays didnt you?",
        (
            "Here is what I know of it, Maya. By the end of the war there were twenty of my "
            "X-ray cars and two hundred X-ray posts in hospitals, and I had trained about a "
            "hundred and fifty women to work them."
        ),
    ),
    (
        "einstein",
        "@einstein you were a soldier weren't you?",
        (
            "A lovely question, Maya. In the First World War most German professors signed a "
            "manifesto for the war; I signed one against it, and only three others would put "
            "their names beside mine."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how did you cope when the globe burned down",
        (
            "Ah, Maya, now you speak my language. By most accounts I was home in Stratford when "
            "the Globe burned, but the news reached me, and I grieved for the old wooden O as "
            "for a friend."
        ),
    ),
    (
        "darwin",
        "@darwin how did you cope with the heat in brazil?",
        (
            "A fair question, Maya. A penguin's feet do not freeze on the ice because the warm "
            "blood going down gives its heat to the cold blood coming back, so the feet are kept "
            "just above freezing."
        ),
    ),
    (
        "curie",
        "@curie what was it like being a woman in science back then",
        (
            "Here is what I know of it, Maya. I am one of those who think that science has great "
            "beauty."
        ),
    ),
    (
        "darwin",
        "@darwin were the finches as tame as the tortoises?",
        (
            "A fair question, Maya. On the Galápagos the finches of each island had beaks suited "
            "to the food of that island."
        ),
    ),
    (
        "socrates",
        "@socrates you were in the army right?",
        (
            "A fair question, Maya; let me answer with care. Yes, I was a soldier in the army of "
            "Athens, a hoplite with my own shield and spear, and I fought at Potidaea, "
            "Amphipolis and Delium."
        ),
    ),
    (
        "socrates",
        "@socrates you served as a soldier didnt you?",
        (
            "I served as a hoplite, Maya, at Potidaea, at Delium and at Amphipolis; at Potidaea "
            "I saved Alcibiades' life, and in the winter there I walked barefoot on the ice."
        ),
    ),
    (
        "socrates",
        "@socrates you fought at delium right?",
        "I fought as a hoplite at Potidaea and Delium, and I walked barefoot in the winter snow.",
    ),
    (
        "socrates",
        "@socrates you wrote books didnt you",
        (
            "No, Maya. I never wrote a book; but I once hurried to read Anaxagoras, hoping he "
            "would tell me why things are as they are for the best, and he disappointed me."
        ),
    ),
    (
        "lovelace",
        "@lovelace you were lord byron's daughter weren't you?",
        "I was born Augusta Ada Byron in 1815, daughter of the poet Lord Byron, whom I never knew.",
    ),
    (
        "shakespeare",
        "@shakespeare how did you cope after the globe burned",
        (
            "Ah, Maya, now you speak my language. By most accounts I was home in Stratford when "
            "the Globe burned, but the news reached me, and I grieved for the old wooden O as "
            "for a friend."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how did you deal with the globe burning down?",
        (
            "Ah, Maya, now you speak my language. By most accounts I was home in Stratford when "
            "the Globe burned, but the news reached me, and I grieved for the old wooden O as "
            "for a friend."
        ),
    ),
    (
        "lovelace",
        "@lovelace what was it like being a woman in maths back then",
        (
            "How delightful a question, Maya. It was hard for a woman in maths, as you call it, "
            "in my day: no university nor Royal Society would have me, and I signed my Notes "
            "only A.A.L.; I was taught by tutors and by letter, and did the work regardless."
        ),
    ),
    (
        "socrates",
        "@socrates you never fought in a war right?",
        (
            "A fair question, Maya; let me answer with care. Yes, I was a soldier in the army of "
            "Athens, a hoplite with my own shield and spear, and I fought at Potidaea, "
            "Amphipolis and Delium."
        ),
    ),
    (
        "einstein",
        "@einstein you never worked on the bomb right?",
        (
            "Right, Maya. I never worked on the bomb itself; the army thought me too great a "
            "risk to be trusted with the secret, and about weapons they were right to think me "
            "unreliable."
        ),
    ),
    (
        "darwin",
        "@darwin were the tortoises as slow as people say?",
        (
            "A fair question, Maya. On the Galápagos I rode on the backs of the giant tortoises, "
            "and found it very hard to keep my seat. Giant tortoises of the Galápagos could be "
            "told apart by the shape of their shells, island by island."
        ),
    ),
]

# Messages the life reader must leave to the older readers.
LIFE_DECLINES = [
    ("darwin", "you never went to university right?"),
    ("curie", "you never married right?"),
    ("einstein", "you never had kids right?"),
    ("shakespeare", "you had three kids right?"),
    ("socrates", "you wrote the republic didnt you"),
    ("einstein", "you walked everywhere right?"),
    ("curie", "you discovered x-rays didnt you?"),
    ("einstein", "you were a soldier weren't you?"),
    ("darwin", "how did you cope with the heat in brazil?"),
    ("curie", "what was it like being a woman in science back then"),
    ("darwin", "were the finches as tame as the tortoises?"),
    ("socrates", "you fought in the war right?"),
    ("shakespeare", "you had two daughters right?"),
    ("curie", "you invented the x-ray machine didnt you"),
    ("darwin", "you discovered the galapagos right?"),
    ("einstein", "you cycled everywhere right?"),
    ("darwin", "how did you cope with the cold in tierra del fuego"),
    ("curie", "how did you cope with the heat in paris"),
    ("darwin", "were the mockingbirds as tame as the finches?"),
    ("darwin", "were the tortoises as slow as people say?"),
    ("einstein", "you lived in loads of countries didnt you"),
    ("socrates", "you never fought in a war right?"),
]


@pytest.mark.parametrize(("slug", "text", "expected"), REPLIED)
def test_replies_about_its_own_life(slug, text, expected):
    assert say(slug, text, history=(Line("jo", "an earlier line"),)) == expected


@pytest.mark.parametrize(("slug", "text"), LIFE_DECLINES)
def test_life_reader_steps_aside_when_no_line_bears_it_out(slug, text):
    answered = life_reply(
        index_of(VOICES[slug].material),
        text,
        history=["an earlier line", text],
        name="Maya",
        used=[],
        opener=lambda kind, **_: f"<{kind}>",
        theme="",
        options=None,
        generic=GENERIC_TERMS,
        late=True,
    )
    assert answered is None


def test_no_is_said_only_to_the_claim_denied():
    reply = say("socrates", "@socrates you fought in the war right?")
    assert not reply.startswith("No")
    assert "Yes, I was a soldier" in reply


def test_a_line_said_without_the_name_keeps_no_comma_before_its_verb():
    # "My favourite element, {name}, is polonium", after an opener that names the asker
    assert say("curie", "@curie what was it like finding polonium") == (
        "Let us take it carefully, Maya. My favourite element is polonium: we named it for "
        "Poland when Poland was not on any map; radium made us famous, but polonium was for my "
        "country."
    )
