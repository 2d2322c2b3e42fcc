"""room47: a persona called on mid-sentence or beside another, and unasked words on a word.

rate46 rated live rooms worst (2.44 of 5): "maybe shakespeare has ideas, ..." and "curie or
darwin must know something about why ..." got nobody; "darwin what do you reckon" and "i bet
darwin could explain that" got a stock line on tastes; "should we book??" (flights) got Curie
on reading; "@einstein back us up here" got "from where you stood it was a triumph".
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine, offline_reply
from bots.policy import RoomState, may_answer, plan_for_human
from bots.room47 import called, incidental
from tests.bots.test_room44 import PRESENT
from tests.bots.test_room46 import _voice


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "maybe shakespeare has ideas about how to end a family feud without it feeling cheap",
            "shakespeare",
        ),
        ("ask darwin or einstein, one of them surely knows why the sky is blue", "einstein"),
        (
            "i bet einstein could explain why the jump physics feel so floaty in this game",
            "einstein",
        ),
        ("ada would know", "lovelace"),
        ("ada would know how to structure this loop so it doesnt recompute everything", "lovelace"),
        ("shakespeare, socrates, anyone? why does he delay", "shakespeare"),
        ("i bet darwin could explain that better than our textbook", "darwin"),
        ("darwin what do you reckon, why do some of my plants get mildew", "darwin"),
    ],
)
@pytest.mark.parametrize("chattiness", ["lively", "normal", "mentions"])
def test_a_persona_called_on_mid_sentence_answers_alone(text, slug, chattiness):
    """Before: nobody answered the first, Darwin (not Einstein) the second, both the sixth."""
    state = RoomState(chattiness=chattiness, present=PRESENT)
    for seed in range(1, 4):
        assert may_answer(state, text, seed=seed)
        plan = plan_for_human(state, text, seed=seed)
        assert plan.slugs == (slug,) and plan.owned


def test_of_two_called_on_one_answers():
    text = "curie or darwin must know something about why the body hits the wall around mile 20"
    assert called(text) == (("curie", "darwin"), "why the body hits the wall around mile 20?")
    plan = plan_for_human(RoomState(chattiness="normal", present=PRESENT), text, seed=1)
    assert len(plan.slugs) == 1 and plan.slugs[0] in ("curie", "darwin")


@pytest.mark.parametrize(
    "text",
    [
        "like darwin said, its all about adaptation",
        "curie would've loved this greenhouse honestly",
        "ada would've had this speedrun route optimised in an hour",
        "darwin has a point tbh",
        "curie knows her stuff",
        "shakespeare would've hated the movie version",
        "socrates would say we own too much stuff anyway lol",
        "einstein, how does gravity bend light?",
        "@curie what is radioactivity",
    ],
)
def test_a_name_in_passing_or_said_to_it_is_no_call(text):
    assert called(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "should we book??",
        "yes book it, thursday works",
        "pack light everyone, carry on only",
        "my cell phone died halfway through the stream",
        "no energy today to weed anyway",
        "light reading tonight then",
    ],
)
def test_a_word_only_spelt_like_a_persona_s_subject_brings_nobody_in(text):
    """Before: "should we book??" got Curie's "Read, and read widely" (rate46 r05)."""
    state = RoomState(chattiness="lively", present=PRESENT)
    assert all(not plan_for_human(state, text, seed=seed).slugs for seed in range(1, 9))


@pytest.mark.parametrize(
    "text", ["i love this book", "how does light bend", "cell biology is hard", "what is energy"]
)
def test_the_subject_itself_stays(text):
    assert incidental(text) == text


HAMLET = [
    ChatLine("jen", "hamlet for next month?"),
    ChatLine("ruth", "heavy but ok"),
    ChatLine("jen", "why does hamlet wait so long to kill claudius, i never got it"),
]


def test_called_beside_another_it_answers_the_room_question():
    """Before: "Fie, how vexing, Ruth; but 'tis a scene for the clowns", and Socrates too."""
    text = "shakespeare, socrates, anyone? why does he delay"
    history = [*HAMLET, ChatLine("ruth", text)]
    reply = offline_reply(_voice("shakespeare"), message=text, seed=3, history=history)
    assert "Hamlet delays because he must be sure, Ruth: the Ghost might be a devil" in reply


def test_asked_alongside_another_it_answers_the_question_put():
    """Before: Darwin, "How did that come about, Ruth? I should like to hear the particulars"."""
    text = "ask darwin or einstein, one of them surely knows why the sky is blue"
    history = [
        ChatLine("maya", "my 6yo asked why the sky is blue and i froze"),
        ChatLine("ruth", text),
    ]
    reply = offline_reply(_voice("einstein"), message=text, seed=2, history=history)
    assert "air scatters blue" in reply


def test_a_thing_echoed_that_it_never_said_is_not_for_it():
    """Before: Einstein's "That is far outside my field, Jen" to Jen asking Tom."""
    history = [
        ChatLine("tom", "did you see the new black hole picture"),
        ChatLine(
            "Albert Einstein",
            "For black holes, begin with a good popular book on general relativity, then read "
            "about the event horizon and the stars that collapse.",
            own=True,
        ),
        ChatLine("jen", "the orange donut again?"),
    ]
    reply = offline_reply(
        _voice("einstein"), message="the orange donut again?", seed=1, history=history
    )
    assert reply == ""


TIDES = [
    ChatLine("maya", "what actually causes the tides"),
    ChatLine("tom", "the moon pulls the near side of the oceans harder"),
    ChatLine("jen", "no its the wind pushing the water"),
]


def test_asked_to_back_someone_up_it_says_who_the_facts_bear_out():
    text = "lol ok. @einstein back us up here"
    reply = offline_reply(
        _voice("einstein"), message=text, seed=4, history=[*TIDES, ChatLine("maya", text)]
    )
    assert reply.startswith("Tom has it right. The Moon pulls harder on the Earth's near side")


def test_asked_to_back_someone_up_by_name_first_it_answers():
    """Before: "einstein back me up, maya says ..." read as a remark about him: nobody."""
    text = "einstein back me up, maya says lensing is just the atmosphere"
    plan = plan_for_human(RoomState(chattiness="normal", present=PRESENT), text, seed=1)
    assert plan.slugs == ("einstein",)
