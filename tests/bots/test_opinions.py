"""Views on everyday matters and choices between two things (issue 14, round nine), read from
the fresh messages of tests/bots/dev9_views.json as a person would read the replies: a view
asked on cramming, rent or dating apps is the persona's own view on that subject (its #take),
never an owning-up nor a maxim on something else; a yes-or-no view gets its verdict first; an
either/or is answered by naming one of the two options as offered, with a reason about it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import _takes, either_or, plain
from bots.material import index_of, terms
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, starts_with, tagged

DEV9 = json.loads((Path(__file__).parent / "dev9_views.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def entries(kind: str) -> list[dict]:
    return [m for m in DEV9["messages"] if m["kind"] == kind]


def takes_in(slug: str, reply: str):
    """The persona's takes its reply says."""
    return [t for t in _takes(index_of(VOICES[slug].material).tagged["take"]) if t.text in reply]


def test_the_dev9_set_is_fresh():
    texts = [m["text"] for m in DEV9["messages"]]
    assert len(set(texts)) == len(texts)
    for other in ("sample_messages.json", "dev_messages.json", "dev8_messages.json"):
        known = (Path(__file__).parent / other).read_text(encoding="utf-8")
        assert not [t for t in texts if t in known]


def test_every_persona_has_a_take_on_each_everyday_subject():
    subjects = {}
    for slug in PEOPLE:
        found = _takes(index_of(VOICES[slug].material).tagged["take"])
        assert len(found) >= 40, slug
        assert all(t.text[0].isupper() and t.text[-1] in ".!?" for t in found), slug
        assert all(len(t.text) <= 170 for t in found), slug  # room for an opener and a verdict
        subjects[slug] = {t.head for t in found}
    # The same everyday subjects, each in its own voice.
    assert len({frozenset(s) for s in subjects.values()}) <= 3


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_view_on_an_everyday_matter_is_the_personas_view_on_that_subject(slug, seed):
    for entry in entries("view"):
        reply = say(slug, entry["text"], author="nadia", seed=seed)
        assert not starts_with(reply, slug, "outside", name="Nadia"), (entry["text"], reply)
        said = takes_in(slug, reply)
        assert len(said) == 1, (entry["text"], reply)
        assert set(terms(entry["about"])) <= said[0].about, (entry["text"], reply)
        # Asked twice, it says the same.
        assert say(slug, entry["text"], author="nadia", seed=seed) == reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_yes_or_no_view_gets_its_verdict_first_and_it_agrees_with_the_take(slug):
    # Cramming: every persona is against it, so "does it work" is a no, "is it a bad idea" a yes.
    for text, verdict in (
        ("does cramming the night before actually work", "no"),
        ("honestly is cramming a bad idea", "yes"),
        ("cramming: works or no", "no"),
    ):
        reply = say(slug, text, author="nadia")
        take = takes_in(slug, reply)
        assert take and "cram" in take[0].about, (text, reply)
        opening = reply[: reply.index(take[0].text)] or take[0].text[:20]
        if verdict == "no":
            assert re.search(r"\b(no|not|nay|doubt)\b", opening, re.I), (text, reply)
        else:
            assert re.search(r"\b(yes|ay|so)\b", opening, re.I), (text, reply)
            assert not re.search(r"\b(no|nay|doubt|not)\b", opening, re.I), (text, reply)


def test_an_either_or_reads_both_options_as_offered():
    for entry in entries("choice"):
        found = either_or(plain(entry["text"]))
        assert found and [o.lower() for o in found] == entry["options"], entry["text"]
    # A noun shared by both goes to both; fillers and chat spellings go.
    assert either_or("typed notes or handwritten?") == ("typed notes", "handwritten notes")
    assert either_or("hot or iced tea") == ("hot tea", "iced tea")
    assert either_or(plain("gym or just running outside")) == ("gym", "running outside")
    assert either_or(plain("podcasts or just reading ur own notes")) == (
        "podcasts",
        "reading your own notes",
    )
    # A verdict tagged on is no second option; nor is "the other way round".
    assert either_or("is a gap year worth it, or is that a myth?") is None
    assert either_or("a job you like in a dull town or the other way round?") is None


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_an_either_or_names_one_option_with_a_reason_about_it(slug, seed):
    for entry in entries("choice"):
        reply = say(slug, entry["text"], author="nadia", seed=seed)
        chosen = re.search(r"I would (?:say )?([\w' -]+)\. (.+)", reply)
        assert chosen, (entry["text"], reply)
        assert chosen.group(1).lower() in entry["options"], (entry["text"], reply)
        assert len(chosen.group(2).split()) >= 5, (entry["text"], reply)
        assert not re.search(r"\b(yes|no|doubt|persuaded)\b", reply.split("I would say")[0], re.I)
        for take in takes_in(slug, reply):
            # Its take is the reason: about one of the options, never about something else.
            about = set(terms(" ".join(entry["options"])))
            assert take.about & about, (entry["text"], reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_verdict_offered_as_two_words_is_a_verdict_not_a_choice(slug):
    # Given in the asker's own word of judgement, the one its take sides with (every persona is
    # against cramming): "I would say stupid", never a bare "Yes" that leaves it unclear which.
    reply = say(slug, "pulling an all-nighter before a deadline, smart or stupid", author="nadia")
    assert "I would say stupid." in reply, reply
    assert takes_in(slug, reply), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_comparison_asked_yes_or_no_is_answered_by_the_one_its_take_prefers(slug):
    reply = say(slug, "honestly are dogs better pets than cats", author="nadia")
    (take,) = takes_in(slug, reply)
    opening = reply[: reply.index(take.text)].strip()
    yes = tagged(slug, "yes", name="Nadia") | {"Yes, Nadia.", "Ay, Nadia."}
    no = tagged(slug, "no", name="Nadia") | {"No, Nadia.", "Nay, Nadia."}
    assert opening in (yes if take.text.startswith("Dogs") else no), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_choice_agrees_with_the_take_that_gives_its_reason(slug):
    # Each persona's take on drinks names the one it prefers first; its choice is that one,
    # whichever way round it is offered and whatever it said just before.
    for text in ("coffee or tea, quick", "tea or coffee for a long night of study"):
        reply = say(slug, text, author="nadia")
        chosen = re.search(r"I would say (\w+)\.", reply).group(1)
        (take,) = takes_in(slug, reply)
        assert take.text.lower().startswith(chosen), reply
    # A take against spending picks saving, though its words are on both.
    reply = say(slug, "save the money or just spend it on a trip", author="nadia")
    assert "I would save the money." in reply, reply  # a deed, said as done
