"""cpu41: the offline engine under 2 ms of CPU per reply, with the same replies.

A reply no longer reads every `#know` line of its persona (some 450 for Einstein, Curie and
Darwin), nor every other persona's when it weighs whom to hand a question to: the lines are
indexed by one group of keys of each alternative, the one least often said (`know._gated`:
"kids" of a line on Einstein's children, not "you", which most questions hold), and only the
lines a message holds a key of are read. The index is built once for each set of lines, so an
edited material (the admin) is indexed again; so are the `#know` lines an answer says
(`know.subject_of`) and the names a persona's lines say (`engine._name_known`)."""

from __future__ import annotations

import dataclasses

import pytest

from bots.engine import _name_known, offline_reply
from bots.know import _candidates, _met, _phrase, _read, knowns, subject_of
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import NAMES, VOICES, say

# Messages whose lines the index must let through, each met by some persona's `#know` line:
# its own life asked with "you" ("how many kids did you have"), a phrase met with an ending
# ("best before" and "tins"), its own time asked ("in your day"), a stem ("barking"), two of
# Shakespeare's `#work` lines (his plays); and two no line is met by.
MESSAGES = [
    "how many kids did you have?",
    "what did kids play with when you were young",
    "what did ordinary people eat in your day",
    "why does my dog keep barking at night",
    "how long are tins ok after the best before date",
    "how do i get red wine out of a cream dress",
    "why does running downhill hurt my legs more than going up",
    "is it true time slows down if you move really fast?",
    "why does hamlet wait so long",
    "was lady macbeth actually the villain",
    "what's your favourite biscuit, we're voting for the tea table",
    "Hi everyone, I'm new here",
]
UNMET = ("is it true time slows down if you move really fast?", "Hi everyone, I'm new here")


def read_lines() -> list[tuple[str, str, tuple]]:
    """(persona, tag, its lines) for every persona's `#know` and `#work` lines."""
    found = []
    for slug, voice in VOICES.items():
        index = index_of(voice.material)
        for tag in ("know", "work"):
            if index.tagged.get(tag):
                found.append((slug, tag, knowns(index.tagged[tag])))
    return found


def meets(group: tuple[str, ...], said: frozenset[str], lowered: str) -> bool:
    """Whether a message meets a group of keys, read word by word: a stem among its stems, or a
    phrase found as said (`know._phrase`)."""
    found = any(_phrase(w).search(lowered) if w[0] == "=" else w in said for w in group)
    assert found == _met(group, said, lowered)
    return found


@pytest.mark.parametrize("text", MESSAGES)
def test_the_index_lets_through_every_line_a_message_meets(text):
    said, lowered, held = _read(text)
    met = 0
    for slug, tag, lines in read_lines():
        read = {id(line) for line in _candidates(lines, held)}
        # Every line with an alternative whose every group the message meets, as reading every
        # line found them: the only lines `best_known` can choose.
        meeting = [
            line
            for line in lines
            if any(all(meets(group, said, lowered) for group in alt) for alt in line.keys)
        ]
        missed = [line.text for line in meeting if id(line) not in read]
        assert not missed, (slug, tag, missed)
        met += len(meeting)
        # And most lines are not read: a tenth of them at most, for a persona's many lines.
        if len(lines) > 200:
            assert len(read) <= len(lines) // 10, (slug, tag, len(read))
    assert bool(met) == (text not in UNMET)


def test_lines_on_its_own_life_are_read_by_their_thing_not_by_you():
    """A line on the persona's own life is keyed "you/your/u/ur" and its thing: it is read for
    a message on its thing, not for every message saying "you"."""
    lines = knowns(index_of(VOICES["einstein"].material).tagged["know"])
    kids = next(line for line in lines if line.text.startswith("Three, {name}: a daughter"))
    assert kids in _candidates(lines, _read("how many kids did you have?")[2])
    assert kids not in _candidates(lines, _read("did you ever see the sea")[2])
    assert kids not in _candidates(lines, _read("what do you think about that?")[2])


# (persona, message, its whole reply): each a `#know` line the index lets through.
REPLIES = [
    (
        "einstein",
        "how many kids did you have?",
        "Three, Maya: a daughter, Lieserl, born before Mileva and I married, whose fate nobody "
        "knows; then two sons, Hans Albert, who became an engineer, and Eduard, who fell ill in "
        "his mind.",
    ),
    (
        "curie",
        "how many kids did you have?",
        "Two daughters, Maya: Irène, who worked beside me at the Radium Institute and became a "
        "fine physicist, and Ève, the musician of the family, far more worldly than her mother.",
    ),
    (
        "curie",
        "how long are tins ok after the best before date",
        "Best before is about quality, not safety, Maya: tinned beans are sealed and heated, and "
        "keep for years past the date if the tin is not bulging, rusted through or dented on a "
        "seam. A bulging or spurting tin goes in the bin.",
    ),
    (
        "darwin",
        "why does my dog bark at night",
        "I kept dogs all my life, Maya, and one that barks at night is usually lonely, bored or "
        "hearing something outside. A good walk before bed and its bed near yours often settle "
        "it; if it is new, a vet should see it.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "expected"), REPLIES)
def test_the_replies_are_the_lines_met(slug, text, expected):
    assert say(slug, text) == expected


def edited(slug: str, old: str, new: str, *added: str):
    """The persona with the line of its material holding `old` holding `new` instead, and the
    lines `added` after its others, as staff edit it in the admin."""
    voice = VOICES[slug]
    material = tuple(line.replace(old, new) for line in voice.material)
    assert material != voice.material
    return dataclasses.replace(voice, material=(*material, *added))


def reply(voice, text: str, *, history=()) -> str:
    return offline_reply(
        voice, message=text, seed=1, ignore=NAMES, history=(*history, Line("maya", text))
    )


def test_an_edited_material_is_indexed_again():
    before = VOICES["einstein"]
    kids = "Three, {name}: a daughter, Lieserl,"
    after = edited(
        "einstein",
        kids,
        "Three children, {name}, and I was not the father they deserved. A daughter, Lieserl,",
        "#know zorbling/zorblings gadget/gadgets: A zorbling gadget is a made-up thing, {name}.",
    )
    # Read once for each material: the first, then the edited one, then the first again.
    assert reply(before, "how many kids did you have?").startswith("Three, Maya: a daughter")
    assert reply(after, "how many kids did you have?") == (
        "Three children, Maya, and I was not the father they deserved. A daughter, Lieserl, born "
        "before Mileva and I married, whose fate nobody knows; then two sons, Hans Albert, who "
        "became an engineer, and Eduard, who fell ill in his mind."
    )
    assert reply(after, "what is a zorbling gadget?") == (
        "A zorbling gadget is a made-up thing, Maya."
    )
    assert reply(before, "how many kids did you have?").startswith("Three, Maya: a daughter")
    assert "zorbling" not in reply(before, "what is a zorbling gadget?")


def test_an_edited_materials_answers_and_names_are_read_again():
    before = VOICES["einstein"]
    after = edited(
        "einstein",
        "if it started suddenly, take him to the vet.",
        "if it began all of a sudden, a vet should see him.",
        "On the way to Pasadena I crossed on the Belgenland, and played my violin for the crew.",
    )
    dog = "why does my dog bark at night"
    said = reply(after, dog)
    assert said == (
        "Find the cause before the cure, Maya: is he alone, bored, or hearing foxes? Tire him "
        "with a long walk in the evening and let him sleep near you; if it began all of a sudden, "
        "a vet should see him."
    )
    # The thing of the line said in an answer (`subject_of`), found in the edited lines only.
    assert subject_of(knowns(index_of(after.material).tagged["know"]), said) == "dog"
    assert subject_of(knowns(index_of(before.material).tagged["know"]), said) == ""
    assert reply(before, dog).endswith("if it started suddenly, take him to the vet.")
    # A name a line says (`_name_known`), of the edited material only.
    asked = "what was the belgenland like?"
    assert _name_known(index_of(after.material), asked)
    assert not _name_known(index_of(before.material), asked)
