"""Questions squarely in a persona's own field, asked the way people ask in chat (issue 14,
round twelve): lower case, half-sentences, everyday life ("why do cats purr", "is it safe to
sleep next to a wifi router", "whats the quickest way to sort 500 books"). A persona never owns
up to one of these: it answers with a line of its field on the question's subject, or, when no
line says it, with how it would work it out (its #method). Requests far outside every field are
still owned up to. The questions here are not in any dev set (tests/bots/dev12_field12.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import Voice, offline_reply
from bots.material import index_of
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with, tagged

SEEDS = [1, 2, 3]

# Chat-style questions of each field, with words of the field one of which the reply must say
# (a word the question itself does not say, so the answer is more than the question echoed).
FIELD_QUESTIONS = {
    "darwin": [
        ("why do cats purr when u stroke them", r"affection|pleasure|content|tail|habit"),
        ("why do pigeons bob their heads when they walk, is it a balance thing", r"eye|seeing"),
        ("do fish feel it when they get hooked", r"nerves|injury|creature"),
        ("how do swallows find their way back every spring", r"barn|migrat|autumn"),
        ("why do kittens and puppies play fight so much", r"practice|hunter|learning"),
        ("how come the birds on each island look different", r"beak|finch|mockingbird|mainland"),
        ("do chameleons really change colour to match stuff", r"mood|message|darkens"),
        ("my dog keeps eating grass on walks, is he ill", r"stomach|prey|wild"),
    ],
    "einstein": [
        ("if im on a bus doing 30 and throw a ball forward at 10 is it doing 40?", r"speed|add"),
        ("does a heavier ball fall faster than a light one", r"air|together|alike|Galileo"),
        ("how long does sunlight take to get here", r"minutes|Sun|light"),
        ("why cant we feel the earth spinning", r"smooth|train|motion"),
        ("why do u get thrown sideways when a car goes round a corner", r"straight|turn"),
        ("whats a good book to get into physics", r"Infeld|Evolution of Physics|ideas"),
        ("whats the point of a leap year", r"365|quarter|calendar"),
    ],
    "curie": [
        ("is it dangerous to sleep next to a wifi router", r"radio|waves|atom"),
        ("does radiotherapy make you radioactive", r"rays|glow|safely|radioactiv"),
        ("is microwaved food safe to eat", r"water|radioactive|stove|plastics"),
        ("do i actually need a carbon monoxide alarm", r"smell|colou?r|stove|alarm"),
        ("is it ok to mix bleach with other cleaning stuff", r"chlorine|poison|gases"),
        ("which element is the deadliest one", r"radium|element|chemistry"),
        ("why does iron go rusty outside", r"oxygen|water|salt"),
    ],
    "lovelace": [
        ("whats the quickest way to sort 500 books by author", r"heaps|letter|order"),
        ("how do i work out 15 percent of 80 in my head", r"fraction|hundred|twelve"),
        ("any trick for learning times tables", r"pattern|nines|fives"),
        ("whats a fair way to pick teams for football", r"captain|picks"),
        ("how do computers actually work", r"operations|numbers|Engine"),
        ("is anything a computer does ever really random", r"dice|chance|order it|recipe"),
        ("odds of 2 ppl sharing a birthday in a room of 30?", r"pair|even"),
        ("quickest way to tot up a long column of numbers?", r"pairs|carry|ten"),
    ],
    "socrates": [
        ("who gets to decide what's good for people?", r"knows|doctor|good"),
        ("is revenge ever ok", r"wrong|injustice|soul"),
        ("can u be too honest", r"honest|truth|kind"),
        ("are some people just born evil", r"wrong|good|teaching|willingly"),
        ("whats the meaning of life tbh", r"virtue|good|examin"),
        ("is it fair if siblings get different pocket money", r"fair|due|share|same"),
        ("can bad people ever change", r"learn|ignorance|change"),
    ],
}

# What owning up sounds like, in any persona's voice.
OWNING_UP = re.compile(
    r"\b(i (do not|don't|cannot|can't|could not) (know|say|answer)|ignoran|not my (field|"
    r"subject)|outside my|beyond me|no better informed|hole in my education|never collected|"
    r"not in my notes|fails me|would only be guessing|I know nothing of such|amateur)\b",
    re.IGNORECASE,
)


def owns_up(slug: str, reply: str) -> bool:
    return starts_with(reply, slug, "outside") or bool(OWNING_UP.search(reply))


def test_the_questions_here_are_unseen():
    said = [q for questions in FIELD_QUESTIONS.values() for q, _ in questions]
    for other in Path(__file__).parent.glob("*.json"):
        known = other.read_text(encoding="utf-8").lower()
        assert not [q for q in said if q in known], other.name


@pytest.mark.parametrize("slug", sorted(FIELD_QUESTIONS))
@pytest.mark.parametrize("seed", SEEDS)
def test_a_chat_question_in_the_field_is_answered_on_its_subject(slug, seed):
    others = tuple(v for v in CAST if v.slug != slug)
    for question, field in FIELD_QUESTIONS[slug]:
        reply = say(slug, f"@{slug} {question}", seed=seed, others=others)
        assert not owns_up(slug, reply), (question, reply)
        assert "@" not in reply, (question, reply)  # nothing in its own field is handed over
        assert re.search(field, reply, re.IGNORECASE), (question, reply)


def test_each_persona_has_lay_answers_in_its_field():
    """At least fifteen lines each answering a common lay question (this round's material)."""
    lay = {
        "darwin": r"\b(pet|dog|cat|bird|bee|spider|moth|plant|fish|insect)s?\b",
        "einstein": r"\b(speed|fall|brake|spin|energy|Sun|Moon|rocket|siren|book)s?\b",
        "curie": r"\b(X-rays?|radiation|radioactive|gas|bleach|element|dose|safe)\b",
        "lovelace": r"\b(sort|sums?|list|plan|route|bill|password|percent\w*|teams?|tables?|"
        r"random|robots|sudoku|computers?|interest|spices)\b",
        "socrates": r"\b(good|right|wrong|fair|honest|friend|happiness|death|revenge|life)\b",
    }
    for slug, words in lay.items():
        lines = [line.text for line in index_of(VOICES[slug].material).lines]
        plain = [line for line in lines if re.search(words, line, re.IGNORECASE)]
        assert len(plain) >= 30, (slug, len(plain))
        assert len(tagged(slug, "method")) >= 2, slug
    assert len(tagged("shakespeare", "method")) >= 2


def test_a_field_question_no_line_answers_gets_the_persona_s_method():
    # An owl is a bird, squarely Darwin's, and nothing in his material is on owls hunting.
    for seed in SEEDS:
        reply = say("darwin", "@darwin how do owls hunt in the pitch dark", seed=seed)
        assert reply in tagged("darwin", "method", name="Maya"), reply
        assert not owns_up("darwin", reply), reply


def test_a_persona_with_no_method_lines_falls_back_to_a_plain_one():
    voice = VOICES["darwin"]
    bare = Voice(
        slug="bare",
        name="Bare Naturalist",
        style=voice.style,
        material=tuple(line for line in voice.material if not line.startswith("#method")),
    )
    reply = offline_reply(bare, message="how do owls hunt in the pitch dark", seed=1)
    assert reply == "Let us work it out step by step, friend, from what is known for certain."


@pytest.mark.parametrize(
    ("slug", "asked"),
    [
        ("curie", "whats a good recipe for banana bread"),
        ("einstein", "which car should i buy for a family of 5"),
        ("darwin", "how do i get a refund on a train ticket"),
        # (refuse60: "what time does the post office shut" gets where to check, not "I know
        # only that I know nothing")
        ("socrates", "which phone contract should i get"),
    ],
)
def test_a_request_far_outside_the_field_is_still_owned_up_to(slug, asked):
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {asked}", seed=seed)
        assert starts_with(reply, slug, "outside"), (asked, reply)


def test_the_dev12_set_holds_every_persona_s_field_and_requests_outside():
    dev = json.loads((Path(__file__).parent / "dev12_field12.json").read_text(encoding="utf-8"))
    kinds = [m["kind"] for m in dev["messages"]]
    for slug in [*FIELD_QUESTIONS, "outside"]:
        assert kinds.count(slug) >= 3, slug


@pytest.mark.parametrize(
    ("slug", "question", "field", "not_said"),
    [
        # a how-to of its field gets the line on it, not a line of its life that shares one word
        # ("died at thirty-six", "a mind unusually strong")
        (
            "lovelace",
            "how do you figure out the chance of throwing a double six",
            r"dice|chance",
            r"died",
        ),
        (
            "lovelace",
            "how would you arrange a rota so that no two shifts clash",
            r"clash|fit",
            r"Grief",
        ),
        (
            "lovelace",
            "how can you come up with a strong password you wont forget",
            r"password",
            r"Morgan",
        ),
    ],
)
def test_how_to_do_a_thing_of_the_field_gets_the_line_on_it(slug, question, field, not_said):
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {question}", seed=seed)
        assert re.search(field, reply, re.IGNORECASE), (question, reply)
        assert not re.search(not_said, reply), (question, reply)


def test_ai_is_a_word_of_the_question():
    # Two letters were no word to the index, so "can ai really think" was heard as nothing.
    for seed in SEEDS:
        reply = say("lovelace", "@lovelace do u reckon ai will ever be creative", seed=seed)
        assert re.search(r"intelligence|machine|Engine", reply), reply
        reply = say("lovelace", "@lovelace is ai smarter than people yet", seed=seed)
        assert re.search(r"intelligence|machine|Engine", reply), reply


def test_a_framing_word_of_its_own_field_is_what_is_asked():
    # "story" frames "what's the story with ...", but to a playwright a story is the subject.
    for seed in SEEDS:
        reply = say("shakespeare", "@shakespeare whats the best way to begin a story", seed=seed)
        assert starts_with(reply, "shakespeare", "answer"), reply
        assert re.search(r"\bstory\b", reply), reply


def test_stop_and_best_only_frame_what_is_asked():
    # "how do i stop ..." is about what is to be stopped, not a line with "stop" in it ("the young
    # men who would stop me in the street"); "the best way to ..." not "the second-best bed".
    for seed in SEEDS:
        reply = say("socrates", "@socrates how can u stop fearing dying", seed=seed)
        assert re.search(r"death|die|fear", reply) and "stop" not in reply, reply
        reply = say("shakespeare", "@shakespeare best way to get over stage nerves?", seed=seed)
        assert "bed" not in reply and re.search(r"player|part|stage", reply), reply
