"""Follow-ups in a live room: a view asked of nothing named ("thoughts?") is of what was just
said; "do you agree with him?" weighs his answer, not his owning-up that he missed a question,
and calls another persona as people do ("Einstein"); "say it simpler" from anyone in the room,
or after "what do you mean?", is about the question first asked, not about "simple words"."""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

RELATIVITY = (
    "A lovely question, Maya. Special relativity says the laws of physics and the speed of "
    "light are the same for everyone moving steadily; general relativity adds gravity, as the "
    "bending of space and time."
)
ASKED = Line("maya", "@einstein what is relativity in simple words?")
MISSED = Line(
    "Albert Einstein",
    "You are right, Maya, that was not your question. That one leaves me as puzzled as my cat "
    "Tiger on a rainy day, Maya.",
)


def test_agreeing_with_him_weighs_his_answer_not_his_owning_up():
    history = (ASKED, Line("Albert Einstein", RELATIVITY), Line("maya", "not what i asked"), MISSED)
    assert say("curie", "@curie do you agree with him?", author="tom", history=history) == (
        "Einstein says general relativity adds gravity. Einstein has it, I believe, Tom; I would "
        "only want to measure it once more."
    )


@pytest.mark.parametrize(
    "asked",
    [
        "@darwin thoughts?",
        "@darwin what's your take on all this",
        "@darwin what do you think about that?",
    ],
)
def test_a_bare_view_after_another_persona_is_of_what_it_said(asked):
    history = (ASKED, Line("Albert Einstein", RELATIVITY))
    assert say("darwin", asked, author="tom", history=history) == (
        "Einstein says general relativity adds gravity. Einstein has a good case, Tom; I would "
        "want a few more examples, but it fits."
    )


@pytest.mark.parametrize(
    ("slug", "said", "asked", "reply"),
    [
        (
            "socrates",
            "honestly homework is pointless for under 10s",
            "@socrates what do you make of that?",
            "Maya says homework is pointless for under 10s. But what is it for, Tom? Tell me that "
            "first, and we shall see whether it fails at it.",
        ),
        (
            "lovelace",
            "I reckon AI will never write a good novel",
            "any thoughts?",
            "Maya says ai will never write a good novel. I am with Maya there, Tom; the reasoning "
            "adds up.",
        ),
    ],
)
def test_a_bare_view_after_a_person_weighs_their_claim(slug, said, asked, reply):
    assert say(slug, asked, author="tom", history=(Line("maya", said),)) == reply


def test_a_bare_view_the_persona_has_nothing_on_is_owned_up_to_not_a_taste_line():
    history = (Line("maya", "what time is it"), Line("tom", "no idea"))
    assert say("shakespeare", "thoughts?", author="tom", history=history) == (
        "You ask a poet, Tom, and a poet on that subject would only make a pretty lie."
    )


def test_a_view_of_a_thing_named_or_with_nothing_said_reads_as_before():
    history = (Line("maya", "dogs are smarter than cats"),)
    assert say(
        "curie", "what do you think about pineapple on pizza?", author="tom", history=history
    ) == (
        "You ask for my view, Tom. I prefer facts to opinions, but here it is. In the laboratory "
        "years I often forgot to eat at all, so I am the last person to judge anyone's dinner; "
        "only eat something."
    )
    assert say("darwin", "@darwin thoughts?", author="tom") == (
        "You ask my opinion, Tom; I give it cautiously, as one should. Tastes vary as much as "
        "finches' beaks, and each suits its owner; so long as it harms no one, I should let it be."
    )


PLAIN = (
    "Ach, fair enough, {name}; in plain words, then: The satellite clocks that tell your "
    "telephone where it stands must correct for relativity every day."
)


@pytest.mark.parametrize(
    "asked",
    [
        "@einstein can you explain it simpler, like I'm 10",
        "@einstein say that in plain english please",
    ],
)
@pytest.mark.parametrize("author", ["maya", "tom"])
def test_plainer_words_asked_by_anyone_are_on_the_question_not_on_simplicity(asked, author):
    history = (ASKED, Line("Albert Einstein", RELATIVITY, own=True))
    assert say("einstein", asked, author=author, history=history) == PLAIN.format(
        name=author.title()
    )


def test_what_do_you_mean_is_on_the_question_not_on_simple_words():
    history = (ASKED, Line("Albert Einstein", RELATIVITY, own=True))
    assert say("einstein", "@einstein what do you mean?", history=history) == (
        "Let me put it another way, Maya. GPS navigation, long after my time, needs both my "
        "relativities: uncorrected for the satellites' speed and gravity, it would drift ten "
        "kilometres a day."
    )


def test_plainer_words_after_what_do_you_mean_are_on_the_first_question():
    history = (
        ASKED,
        Line("Albert Einstein", RELATIVITY, own=True),
        Line("maya", "hmm what do you mean?"),
        Line(
            "Albert Einstein",
            "Gladly, Maya; think of it like this. In 1905, my miracle year, I wrote about light "
            "quanta, Brownian motion, special relativity and the equivalence of mass and energy.",
            own=True,
        ),
    )
    asked = "@einstein can you explain it simpler, like I'm 10"
    assert say("einstein", asked, author="tom", history=history) == PLAIN.format(name="Tom")
