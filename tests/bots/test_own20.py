"""Questions on a persona's own life or its own field's core notion, answered rather than owned
up to. Raters gave 1s when Darwin said "I could not say, Dev; I have spent my life on beetles,
barnacles and finches" to "did emma do the night feeds?", Curie "I have no data on that" to "who
watched irene while you worked?", and Lovelace "that lies beyond my tables" to automating a part
of brewing. What made them own up:

- a question naming its family ("did emma ...", "who watched irene ...") asked nothing of "you",
  so it was no question of its own ways (`habits.own_ways`), and was owned up to as outside;
- "automate" was no topic of Lovelace's ("automation" was: another stem), so `read` put
  "automate one part of brewing" outside her field; and with it a topic, the verb of her craft,
  said as what is done, was dropped from the words of her field (`_done_words`), so no line on
  automating was taken and she owned up in her own field;
- a question whose thing had no line ("yeast", "wheat", "sourdough") was owned up to in its own
  field, though the core notion of its field put to that thing ("evolution", "evolve",
  "domesticated", "automate") had lines. A persona's style now names those notions ("crafts"):
  put to a thing it has no line on, its nearest line on the notion, or in its related words
  (farmers picking seeds: breeders choosing), is said, said as what is done or not. Any other
  word of its field does not count so ("the best laptop for coding" is still owned up to,
  tests/bots/test_lexicon13.py), nor another verb done ("throw a frisbee" to Einstein,
  tests/bots/test_answer17.py).

The paraphrases below were written after the fixes and held out of them; the negatives are
questions truly outside a field, which are still owned up to."""

from __future__ import annotations

import pytest

from bots.engine import owned_up_in
from bots.habits import asked_subjects, kin
from bots.material import index_of
from tests.bots.test_everyday_messages import CAST, VOICES, Line, say
from tests.bots.test_field12 import OWNING_UP

SEEDS = [1, 2, 3]


def ask(slug: str, text: str, seed: int = 1, history=(), theme: str = "") -> str:
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, text, author="Dev", seed=seed, history=history, others=others, theme=theme)


def owns_up(slug: str, reply: str) -> bool:
    return (
        owned_up_in(VOICES[slug].material, reply)
        or bool(OWNING_UP.search(reply))
        or "@" in reply  # handed over to another persona
    )


# The play-test cases, as they were said: (slug, message, earlier lines, words the reply says)
CASES = [
    (
        "darwin",
        "@darwin lol same but with a baby instead of a book. did emma do the night feeds?",
        (),
        ("nights", "Doddy", "Biographical Sketch of an Infant"),
    ),
    (
        "curie",
        "@curie how did you balance the lab with a baby? asking for my wife who goes back to "
        "work next month",
        (),
        ("Irène", "grandfather", "laboratory"),
    ),
    (
        "curie",
        "@curie um thats nice but i meant childcare, who watched irene while you worked?",
        (
            Line(
                "Dev",
                "@curie how did you balance the lab with a baby? asking for my wife who goes back "
                "to work next month",
            ),
            Line(
                "Marie Curie",
                "Let us take it carefully, Dev. On our bench in the shed stood glass flasks and "
                "beakers, porcelain dishes, a balance, Pierre's quartz electrometer and our "
                "notebooks, with the iron stove for warmth.",
                own=True,
            ),
        ),
        ("grandfather", "Irène"),
    ),
    (
        "curie",
        "@curie hello! were you ever into games? or was it lab all day every day",
        (),
        ("Games hardly", "cycling", "swimming", "walking"),
    ),
    (
        "lovelace",
        "@lovelace if you could automate one part of brewing what would it be",
        (),
        ("automate the mash", "rule", "machine"),
    ),
    (
        "lovelace",
        "@lovelace aw come on, not even holding the mash temperature? thats just a rule",
        (
            Line("Dev", "@lovelace if you could automate one part of brewing what would it be"),
            Line(
                "Ada Lovelace",
                "That lies beyond my tables, Dev; I cannot compute it, nor do I know it.",
                own=True,
            ),
        ),
        ("mash", "temperature", "rule", "machine"),
    ),
    (
        "darwin",
        "@darwin have brewers basically been doing evolution on yeast this whole time?",
        (),
        ("yeast", "unconscious selection"),
    ),
]


@pytest.mark.parametrize("slug,text,before,said", CASES, ids=[c[1][:40] for c in CASES])
@pytest.mark.parametrize("seed", SEEDS)
def test_the_play_test_cases_are_answered_on_their_subject(slug, text, before, said, seed):
    reply = ask(slug, text, seed, history=before)
    assert not owns_up(slug, reply), reply
    for words in said:
        assert words in reply, (words, reply)


# Held out: other ways of asking the same things. (slug, message, any of these words)
HELD_OUT = [
    ("darwin", "@darwin did emma get up with the babies at night?", ("Emma", "nights")),
    ("darwin", "@darwin what was your first baby like?", ("Doddy", "babies", "children")),
    ("darwin", "@darwin did you change nappies or was that emma's job", ("Emma",)),
    ("darwin", "@darwin did you study your own babies?", ("babies", "baby", "children")),
    (
        "darwin",
        "@darwin are brewers yeast strains kind of like dog breeds then?",
        ("yeast", "breed"),
    ),
    (
        "darwin",
        "@darwin did farmers basically evolve wheat by picking the best seeds?",
        ("breed", "choosing", "selection"),
    ),
    ("curie", "@curie how did you manage work with a small child at home?", ("grandfather",)),
    ("curie", "@curie who minded your daughters while you were in the lab?", ("grandfather",)),
    ("curie", "@curie did pierre's dad help with irene?", ("grandfather", "Pierre's father")),
    ("curie", "@curie did you play any games for fun?", ("cycling", "cycled")),
    (
        "lovelace",
        "@lovelace if you could automate one chore in a bakery what would it be",
        ("chore", "automate"),
    ),
    (
        "lovelace",
        "@lovelace could a machine keep my mash at the right temperature by itself?",
        ("mash", "rule"),
    ),
    (
        "lovelace",
        "@lovelace which bit of my job would you automate first, i do payroll",
        ("machine", "drudgery", "automate"),
    ),
    (
        "einstein",
        "@einstein who looked after your kids while you worked?",
        ("Mileva", "boys"),
    ),
]


# Written after the fixes and run once, untouched: those answered on their subject.
HELD_OUT += [
    ("darwin", "@darwin were you a hands on dad or did emma do most of it?", ("Emma",)),
    (
        "darwin",
        "@darwin so is a sourdough starter basically a domesticated organism?",
        ("breeders", "selection"),
    ),
    ("curie", "@curie did irene get looked after by her grandpa?", ("grandfather",)),
    ("curie", "@curie did you and pierre ever play cards in the evenings?", ("Games hardly",)),
    (
        "lovelace",
        "@lovelace could you automate checking the fermentation temperature?",
        ("temperature", "rule"),
    ),
]


@pytest.mark.parametrize("slug,text,said", HELD_OUT, ids=[h[1][:40] for h in HELD_OUT])
def test_held_out_paraphrases_are_answered_on_their_subject(slug, text, said):
    reply = ask(slug, text)
    assert not owns_up(slug, reply), reply
    assert any(words in reply for words in said), (said, reply)


@pytest.mark.parametrize("seed", SEEDS)
def test_yeast_evolving_is_handed_to_darwin_who_answers_it(seed):
    # Was owned up to by Einstein and handed to nobody (tests/bots/test_handoff19.py), since
    # Darwin had nothing on a starter's yeast: now handed to him, and he answers it.
    from tests.bots.test_handoff19 import taken_up

    text = "@einstein back me up, the yeast in my starter is basically evolving"
    reply = say("einstein", text, seed=seed, others=tuple(v for v in CAST if v.slug != "einstein"))
    assert "@darwin" in reply, reply
    then = taken_up("darwin", "einstein", reply, text, author="maya", seed=seed)
    assert "yeast" in then and "unconscious selection" in then, then
    assert not owns_up("darwin", then), then


# Truly outside the field, and not of its life: still owned up to (or handed over).
OUTSIDE = [
    ("darwin", "@darwin can you fix my wifi router"),
    ("lovelace", "@lovelace what's a good recipe for dal"),
    ("curie", "@curie who won the football last night?"),
    ("darwin", "@darwin what's the population of peru"),
    ("lovelace", "@lovelace what's the best way to get red wine out of a carpet"),
    # "william" is no son of Darwin's with another surname after it
    ("darwin", "@darwin did william shakespeare really write all his plays?"),
]


@pytest.mark.parametrize("slug,text", OUTSIDE, ids=[o[1][:40] for o in OUTSIDE])
def test_questions_truly_outside_are_still_owned_up_to(slug, text):
    reply = ask(slug, text)
    assert owns_up(slug, reply), reply


# Advice for the asker's own baby is not a question on the persona's family: no family line.
ADVICE = [
    ("darwin", "@darwin how do i get my baby to sleep through the night?", "Emma"),
    ("curie", "@curie any tips for night feeds with a newborn?", "grandfather"),
    ("darwin", "@darwin should kids have phones? what do you think", "Emma"),
]


@pytest.mark.parametrize("slug,text,family", ADVICE, ids=[a[1][:40] for a in ADVICE])
def test_advice_on_ones_own_baby_gets_no_family_line(slug, text, family):
    assert family not in ask(slug, text)


def test_its_family_is_found_in_its_own_lines():
    names = {slug: kin(index_of(VOICES[slug].material)) for slug in ("darwin", "curie")}
    assert {"emma", "annie", "doddy"} <= names["darwin"]
    assert {"irene", "eve"} <= names["curie"]
    darwin = names["darwin"]
    assert asked_subjects("did emma do the night feeds?", darwin) == ["family"]
    assert asked_subjects("what was emma like as a wife?", darwin) == ["family"]
    # Named beside another subject, that subject first: "...argue about religion" is religion.
    assert asked_subjects("did you and emma ever argue about religion", darwin) == [
        "religion",
        "family",
    ]
    # Not a name with another surname, nor a name it does not have.
    assert asked_subjects("did william shakespeare write his plays?", darwin) == []
    assert asked_subjects("did sarah do the night feeds?", darwin) == []
    # Advice asked for one's own baby is not asked of its life.
    assert asked_subjects("how do i get my baby to sleep through the night?", darwin) == []
