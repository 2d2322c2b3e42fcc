"""Views on what someone said and on everyday questions of value (issue 14, round ten), read
from the fresh messages of tests/bots/dev10_views.json as a person would read the replies:
asked about a claim made earlier ("ana says computers will never be creative. agree or
disagree?"), the persona names who made it and gives its view on that very point, never "I
would say agree"; asked whether talent beats hard work, whether ambition is good, whether a
machine can be creative, whether wanting time alone is selfish, it gives its own view, never
owning up; a choice of fact ("is the ferry or a flight faster") is not answered with a taste."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import either_or
from bots.material import terms
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with
from tests.bots.test_opinions import takes_in

DEV10 = json.loads((Path(__file__).parent / "dev10_views.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]
VERDICT_AS_OPTION = re.compile(r"\bI would say (agree|disagree|yes|no|right|wrong)\b", re.I)


def entries(kind: str) -> list[dict]:
    return [m for m in DEV10["messages"] if m["kind"] == kind]


def test_the_dev10_set_is_fresh():
    texts = [m["text"] for m in DEV10["messages"]]
    assert len(set(texts)) == len(texts)
    for other in ("sample_messages.json", "dev8_messages.json", "dev9_views.json"):
        known = (Path(__file__).parent / other).read_text(encoding="utf-8")
        assert not [t for t in texts if t in known]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_view_asked_on_a_claim_names_its_maker_and_speaks_to_the_point(slug, seed):
    for entry in entries("agree"):
        before = [Line(b["author"], b["text"]) for b in entry["before"]]
        reply = say(slug, entry["text"], author="nadia", seed=seed, history=before)
        assert not VERDICT_AS_OPTION.search(reply), (entry["text"], reply)
        maker = entry["before"][0]["author"].capitalize()
        assert maker in reply, (entry["text"], reply)
        if entry["point"] in ("creative", "talent", "ambition"):
            said = takes_in(slug, reply)
            # (opinion39: the philosopher may instead say the claim back and ask its question
            # on it, "Raj says natural talent counts for way more than effort. But how ...?")
            asked = slug == "socrates" and re.match(rf"{maker} says [^.]*\. But [^?]*\?", reply)
            assert asked or said and set(terms(entry["point"])) <= said[0].about, (
                entry["text"],
                reply,
            )
        # No line that only shares a word of the dispute ("wrong", "agree", "wonder").
        assert not re.search(r"casting out nines|wrong answer from a machine", reply), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_an_everyday_question_of_value_gets_the_personas_own_view(slug, seed):
    for entry in entries("view"):
        reply = say(slug, entry["text"], author="nadia", seed=seed)
        assert not starts_with(reply, slug, "outside", name="Nadia"), (entry["text"], reply)
        said = takes_in(slug, reply)
        if not said and slug == "lovelace" and entry["about"] == "creative":
            # In her field her own line answers it.
            # (sample39: her 1843 view, not "depends on whether we can state the rules")
            assert "no pretensions whatever to originate anything" in reply, reply
            continue
        assert len(said) == 1, (entry["text"], reply)
        assert set(terms(entry["about"])) <= said[0].about, (entry["text"], reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_wanting_time_for_oneself_is_not_called_selfish(slug):
    for text in (
        "is it selfish to want a whole afternoon to myself when the kids are tiny",
        "be honest, am i selfish for wanting an evening off from the family",
    ):
        reply = say(slug, text, author="nadia")
        assert not starts_with(reply, slug, "yes", name="Nadia"), reply
        assert set(terms("selfish")) <= takes_in(slug, reply)[0].about, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_choice_of_fact_is_not_answered_with_a_taste(slug):
    for text in (
        "is it faster to take the ferry or fly from london to dublin",
        "which is cheaper for a family of four, the coach or the train",
    ):
        reply = say(slug, text, author="nadia")
        assert "I would say" not in reply and not takes_in(slug, reply), (text, reply)
        assert starts_with(reply, slug, "outside", name="Nadia"), (text, reply)


def test_an_either_or_asked_with_is_offers_the_things_not_the_verb():
    assert either_or("is cycling or walking better for getting fit")[0] == "cycling"
    assert either_or("are cats or dogs smarter?")[0] == "cats"
    assert either_or("is it better to rent or to buy?") == ("rent", "buy")


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_view_asked_both_ways_is_not_met_with_a_bare_yes_or_no(slug):
    for text in (
        "is being ambitious a bad thing or is it healthy",
        "is competition a good thing or a bad thing for kids",
    ):
        reply = say(slug, text, author="nadia")
        assert not starts_with(reply, slug, "yes", name="Nadia"), (text, reply)
        assert not starts_with(reply, slug, "no", name="Nadia"), (text, reply)
        assert len(takes_in(slug, reply)) == 1, (text, reply)
