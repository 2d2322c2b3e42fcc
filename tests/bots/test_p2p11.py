"""Personas answering personas, and people taking sides with a named persona (issue 14, round
eleven; tests/bots/dev11_p2p.json). A persona answers another's point by name: it agrees or
objects with a reason of its own material, or asks one short question back; it never says the
other's line back to it, nor a line it has said itself before."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, starts_with, tagged, takes

DEV11 = json.loads((Path(__file__).parent / "dev11_p2p.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]
IMAGINATION = (
    "Imagination is more important than knowledge, for knowledge is limited and imagination "
    "embraces the whole world."
)


def dev11(kind: str) -> list[dict]:
    return [m for m in DEV11["messages"] if m["kind"] == kind]


def claims() -> list[dict]:
    """The personas' points made to the room, not asked of anyone."""
    return [m for m in dev11("persona") if "?" not in m["text"] and "@" not in m["text"]]


def answer(slug: str, entry: dict, seed: int = 1, **kw) -> str:
    history = [Line(b["author"], b["text"]) for b in entry.get("before", ())]
    author = entry.get("author", DEV11["person"])
    return say(slug, entry["text"], author=author, seed=seed, history=history, **kw)


def answers(slug: str, seed: int):
    """(point, reply, the name of the one who made it) for each point made by another."""
    for entry in claims():
        if VOICES[slug].name != entry["author"]:
            yield entry["text"], answer(slug, entry, seed), entry["author"].split()[0]


def runs(text: str, size: int = 4) -> set[str]:
    said = re.findall(r"[a-z']+", text.lower())
    return {" ".join(said[i : i + size]) for i in range(len(said) - size + 1)}


def own_words(slug: str) -> set[str]:
    """The persona's plain lines and the sentences of its takes: its reasons."""
    lines = {line.text for line in index_of(VOICES[slug].material).lines}
    return lines | takes(slug)


def test_the_dev11_set_is_fresh_and_large_enough():
    texts = [m["text"] for m in DEV11["messages"]]
    assert len(texts) >= 40 and len(set(texts)) == len(texts)
    assert len(dev11("persona")) >= 20 and len(dev11("sides")) >= 20
    for other in Path(__file__).parent.glob("*.json"):
        if other.name != "dev11_p2p.json":
            known = other.read_text(encoding="utf-8")
            assert not [t for t in texts if json.dumps(t)[1:-1] in known], other.name


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_persona_never_says_another_personas_point_back_to_it(slug, seed):
    for point, reply, first in answers(slug, seed):
        assert first in reply, (point, reply)
        # No four words running of the other's line: "Imagination without measurement is only
        # a pleasant dream, Albert, Marie?" was said back as a question.
        assert not runs(point) & runs(reply), (slug, point, reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_point_is_agreed_or_objected_to_with_a_reason_or_asked_back(slug, seed):
    for point, reply, first in answers(slug, seed):
        asked_back = {t.replace("{speaker}", first) for t in _templates(slug, "askback")}
        if reply in {a.replace("{name}", first) for a in asked_back}:
            continue  # one short question back, and nothing else
        stance = next(k for k in ("concur", "object") if starts_with(reply, slug, k, name=first))
        # After the stance, a line or a take of its own: its reason.
        assert any(reply.endswith(w) for w in own_words(slug)), (stance, point, reply)


def _templates(slug: str, kind: str) -> tuple[str, ...]:
    return index_of(VOICES[slug].material).tagged.get(kind, ())


def test_a_persona_agrees_with_a_reason_from_its_own_view():
    # Darwin's claim is against machines making anything new; Einstein's take on machines is
    # against their being creative: he agrees, and says why.
    darwin = next(m for m in claims() if m["text"].startswith("A machine that only follows"))
    reply = answer("einstein", darwin)
    assert starts_with(reply, "einstein", "concur", name="Charles"), reply
    assert any(reply.endswith(t) for t in takes("einstein")), reply
    assert "machine" in reply, reply


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "lovelace", "socrates"])
def test_a_persona_never_repeats_a_line_it_said_before(slug):
    darwin = next(m for m in claims() if m["text"].startswith("A machine that only follows"))
    first = answer(slug, darwin)
    reason = next((w for w in own_words(slug) if first.endswith(w)), "")
    assert reason, first
    again = answer(slug, darwin, said=(first,))
    assert reason not in again, again


@pytest.mark.parametrize("seed", SEEDS)
def test_a_quotation_said_by_another_is_not_said_back_by_anyone(seed):
    for slug in ("shakespeare", "curie", "lovelace", "socrates", "darwin"):
        entry = {"author": "Albert Einstein", "text": IMAGINATION}
        reply = answer(slug, entry, seed)
        assert not runs(IMAGINATION) & runs(reply), reply
        assert "Albert" in reply, reply
    # Nor by the one who said it, asked about it by another.
    entry = {
        "author": "Socrates",
        "text": "But is knowledge not what makes imagination worth anything?",
        "before": [{"author": "Albert Einstein", "text": IMAGINATION}],
    }
    history = [Line("Albert Einstein", IMAGINATION, own=True)]
    reply = say("einstein", entry["text"], author="Socrates", seed=seed, history=history)
    assert not runs(IMAGINATION, 5) & runs(reply, 5), reply
    assert reply not in tagged("einstein", "outside", name="Socrates"), reply


def sided(slug: str, text: str, author: str, said: str, seed: int = 1) -> str:
    """`slug`'s reply to a person taking a side on what `author` (a persona) said."""
    return say(slug, f"@{slug} {text}", author="noor", seed=seed, history=(Line(author, said),))


def view_of(reply: str, slug: str, name: str = "Noor") -> str:
    """The persona's own view the reply opens with: its `#with` or `#against` line, or, with
    a long reason after it, the short form ("I am not with Ada on this, Noor."); or its
    `#undecided` line, when its view waits on what is not yet known (Curie's on machines)."""
    for kind, short in (
        ("with", r"I am with \w+ on this"),
        ("against", r"I am not with \w+ on this"),
    ):
        if starts_with(reply, slug, kind, name=name) or re.match(rf"{short}, {name}\.", reply):
            return kind
    if starts_with(reply, slug, "undecided", name=name):
        return "undecided"
    return ""


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_side_taken_gets_the_personas_own_view_in_one_voice(slug, seed):
    # Never the person's side said back, then its own view stitched on: "So you oppose Ada.
    # Then let us hear your speech for the other side. I am not with Ada on this".
    for entry in dev11("sides"):
        (before,) = entry["before"]
        if before["author"] == VOICES[slug].name:
            continue
        reply = sided(slug, entry["text"], before["author"], before["text"], seed)
        if re.search(r"\b(is|tho)\b.*\?$", entry["text"]):
            continue  # "is einstein right about imagination tho?" asks its view
        assert view_of(reply, slug), (entry["text"], reply)
        tags = _templates(slug, "agree") + _templates(slug, "disagree")
        fixed = [max(re.split(r"\{\w+\}", t), key=len).strip(" ,.;:!?") for t in tags]
        assert not [f for f in fixed if len(f) > 12 and f in reply], (entry["text"], reply)


@pytest.mark.parametrize("slug", ["shakespeare", "curie", "lovelace", "darwin", "socrates"])
def test_a_verdict_on_a_persona_comes_with_a_reason_of_its_own(slug):
    # "I think Ada is right." alone says nothing: its take on what was said is why.
    reply = sided(
        slug, "I agree with Einstein, imagination matters more.", "Albert Einstein", IMAGINATION
    )
    assert view_of(reply, slug, "Noor") and "Einstein" in reply, reply
    assert any(reply.endswith(t) for t in takes(slug)), reply
    assert "imagin" in reply.lower(), reply
    # Its side is its take's: Socrates holds knowledge the greater, the poet fancy.
    expected = {"socrates": "against", "shakespeare": "with"}.get(slug)
    if expected:
        assert view_of(reply, slug) == expected, reply


def test_a_side_taken_in_chat_spelling_is_read_as_a_side():
    said = "Love looks not with the eyes, but with the mind."
    text = "shakespeare is talking rubbish lol, love is def blind"
    reply = sided("einstein", text, "William Shakespeare", said)
    assert view_of(reply, "einstein") and "Shakespeare" in reply, reply  # not laughed along with
    wisdom = "I know that I know nothing, and that is the whole of my wisdom."
    text = "socrates ur wrong, knowing nothing isnt wisdom its just not knowing stuff"
    assert view_of(sided("curie", text, "Socrates", wisdom), "curie")
    # Told so to its face, Socrates stands by it; Einstein thanked for being right.
    assert starts_with(sided("socrates", text, "Socrates", wisdom), "socrates", "defend", "Noor")
    right = sided(
        "einstein", "einstein's right tbh, imagination > facts", "Albert Einstein", IMAGINATION
    )
    assert starts_with(right, "einstein", "agree", "Noor"), right


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates"])
def test_what_the_person_adds_to_a_side_is_what_the_reason_is_about(slug):
    # Darwin spoke of generations and species; the person of patience: its take on patience.
    said = "Small differences, given enough generations, add up to new species."
    reply = sided(slug, "Darwin has a point about patience.", "Charles Darwin", said)
    assert view_of(reply, slug) == "with" and "Darwin" in reply, reply
    assert any(reply.endswith(t) for t in takes(slug)) and "atience" in reply, reply


def test_one_word_of_a_take_in_another_sense_is_no_reason():
    # The instruments that measure are no musical ones; the love of a work is not love.
    said = "Before I believe a result I want to measure it twice, with two different instruments."
    reply = sided(
        "einstein", "like marie said, u gotta measure it before u believe it", "Marie Curie", said
    )
    assert not re.search(r"violin|Mozart|music", reply, re.I), reply
    love = next(t for t in takes("einstein") if t.startswith("Love, yes"))
    text = "shakespeare is talking rubbish lol, love is def blind"
    eyes = "Love looks not with the eyes, but with the mind."
    for slug, own in (("einstein", (love,)), ("curie", ())):
        history = (Line("William Shakespeare", eyes),)
        reply = say(slug, f"@{slug} {text}", author="noor", history=history, said=own)
        passion = {t.split(":", 1)[1].strip() for t in tagged(slug, "take") if "passion" in t}
        assert view_of(reply, slug) and not any(reply.endswith(p) for p in passion), reply


def test_sided_with_itself_a_persona_says_why_it_holds_the_point():
    history = (Line("Albert Einstein", IMAGINATION, own=True),)
    for text in (
        "I agree with Einstein, imagination matters more.",
        "einstein's right, imagination",
    ):
        reply = say("einstein", f"@einstein {text}", author="noor", history=history)
        assert starts_with(reply, "einstein", "agree", "Noor"), reply
        assert any(reply.endswith(t) for t in takes("einstein")) and "magination" in reply, reply
