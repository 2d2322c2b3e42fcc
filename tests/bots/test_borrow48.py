"""A question of fact a persona owns up to, which another persona's material answers (borrow48):
"why do we yawn" to Einstein gets Darwin's line on yawning, in Einstein's own honest frame, never
"You have found a hole in my education". Only a line that stands on its own as a fact is
relayed (none of its owner's life), only for a question of fact (no request, view, own life, or
advice on health, money or safety), and a question nobody's material answers keeps its own-up."""

from __future__ import annotations

import re

import pytest

from bots.borrow48 import FRAMES, SHORT, _relayable, relayed_text
from tests.bots.test_everyday_messages import VOICES, say

RELAYED = [
    (
        "einstein",
        "why do we yawn",
        "Physics has little to say there, Maya, but here is what I am told. Yawning is catching "
        "in people, in chimpanzees and even in dogs watching their owners; it spreads most "
        "between those who know each other well, a kind of sympathy.",
    ),
    (
        "socrates",
        "how do planes stay up",
        "Those who study it say this, Maya. A wing is tilted and shaped to throw the air it "
        "meets downward; pushing air down pushes the wing up, and "
        "the air over the top runs faster at lower pressure.",
    ),
    (
        "shakespeare",
        "why do onions make you cry",
        "My learning is the stage, Maya, but the learned tell it so. Onions make you cry because "
        "cutting breaks their cells and lets two substances meet that make a sulphur-bearing gas; "
        "it reaches your eyes and turns to a mild acid in their water.",
    ),
    (
        "lovelace",
        "why are flamingos pink",
        "Not a question for my Engine, Maya, but those who study it say this. Flamingos are pink "
        "from what they eat: the little shrimps and weed of their lakes carry the colour, and a "
        "flamingo in a zoo fades to white unless the colour is put in its food.",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "message", "expected"), RELAYED)
def test_a_question_of_fact_owned_up_to_is_answered_from_another_persona(slug, message, expected):
    assert say(slug, message) == expected


# The same class, in other shapes: the answer relayed, framed, never the own-up.
FRAMED = [
    ("curie", "ok random q but why do cats purr", "A cat purrs when content"),
    ("darwin", "why is the sky blue", "The sky is blue because the air scatters"),
    ("einstein", "why do we have fingerprints", "The ridges help us feel"),
    ("shakespeare", "how do fish breathe underwater", "Through their gills: water goes in"),
    ("lovelace", "why do we hiccup lol", "We get hiccups from a sudden spasm"),
    ("socrates", "@socrates why do we yawn", "Yawning is catching in people"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "message", "answer"), FRAMED)
def test_the_relayed_answer_follows_the_persona_s_own_frame(slug, message, answer):
    reply = say(slug, message)
    frames = [f.format(name="Maya") for f in (*FRAMES[slug], SHORT[slug])]
    assert any(reply == f"{frame} {reply[len(frame) + 1 :]}" for frame in frames), reply
    assert any(reply.startswith(frame) for frame in frames), reply
    assert answer in reply
    assert len(reply) <= VOICES[slug].max_reply_chars


# Not this class: a request, its own life, a view, advice on health, money or safety, a question
# in its own field, a wrong answer nobody should pass on ("why is grass green": grass stains).
KEPT = [
    ("einstein", "can you give me a recipe for pancakes"),
    ("curie", "where did you grow up"),
    ("socrates", "should i put my savings into bitcoin"),
    ("darwin", "i have a bad headache should i take two ibuprofen"),
    ("lovelace", "is it safe to leave a candle burning overnight"),
    ("shakespeare", "what do you think of modern art"),
    ("einstein", "tell me about natural selection"),
    ("curie", "what was the analytical engine"),
    ("einstein", "why is grass green"),
    ("socrates", "why is grass green"),
    ("darwin", "how do vaccines work"),
    ("lovelace", "what causes earthquakes"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "message"), KEPT)
def test_no_answer_is_borrowed_outside_the_class(slug, message):
    reply = say(slug, message)
    frames = [f.format(name="Maya") for f in (*FRAMES[slug], SHORT[slug])]
    assert not any(reply.startswith(frame) for frame in frames), reply


def test_a_line_of_its_owners_life_is_never_relayed():
    assert relayed_text("I dissected barnacles for eight years, {name}.") == ""
    assert relayed_text("The Beagle sailed in 1831, {name}.") == ""
    # its first sentences that are facts, not the one naming a cousin
    assert (
        relayed_text("The ridges help us feel, {name}. My cousin Francis Galton sorted them.")
        == "The ridges help us feel."
    )
    assert relayed_text("Yawning is catching; I am told it spreads.") == (
        "Yawning is catching; it spreads."
    )
    lines, _, _ = _relayable()
    for own in lines.values():
        for relayed, _keyed, _stems in own.values():
            assert not re.search(r"\b(?:I|me|my)\b", relayed), relayed
            assert "{" not in relayed


def test_frames_name_no_other_persona_and_claim_no_discovery():
    names = {w.lower() for v in VOICES.values() for w in (v.slug, *v.name.split())}
    for frames in (*FRAMES.values(), *([s] for s in SHORT.values())):
        for frame in frames:
            assert "{name}" in frame
            assert not names & set(re.findall(r"[a-z]+", frame.lower())), frame
            assert not re.search(r"\bI (?:found|discovered|showed|proved)\b", frame)
