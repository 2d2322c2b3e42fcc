"""A question or a request is never met with a reaction meant for news (answer17): a case put at
length and then asked ("if i run on a treadmill on a train am i going faster than the train"),
or a request in the imperative ("roast my spreadsheet skills in one line"), is answered or owned
up to in voice, never "How did that come about?" or "Fie, how vexing"; a person's own news still
invites "Tell me more"."""

import pytest

from tests.bots.test_everyday_messages import say, starts_with, tagged

REACTIONS = ("more", "wry", "sympathy", "remark", "congrats")


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # Was "How did that come about, Jo? I should like every detail."
        (
            "lovelace",
            "@lovelace if i run on a treadmill on a train am i going faster than the train",
        ),
        # Was "Fie, how vexing, Jo; but 'tis a scene for the clowns, and the clowns' scenes are
        # short."
        (
            "shakespeare",
            "@shakespeare if i kick a football really hard on a moving bus does it go faster",
        ),
    ],
)
def test_a_question_or_request_outside_its_field_is_owned_up_to_not_reacted_to(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert reply in tagged(slug, "outside"), reply
    assert not any(starts_with(reply, slug, kind) for kind in REACTIONS), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_request_in_the_imperative_is_not_reacted_to_as_news(seed):
    # Was "How did that come about, Maya? I should like every detail." (seed 1), "Do tell me
    # more, Maya; I like to see the whole pattern." (seeds 2, 3).
    reply = say("lovelace", "@lovelace rate my cooking out of ten", seed=seed)
    assert reply in tagged("lovelace", "outside"), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_case_put_and_asked_in_its_field_is_answered_on_its_thing_not_its_verb(seed):
    # Was "Small disasters, Jo; by tomorrow they are anecdotes." (read as a mishap told), then
    # "the nearest thing I know is this. A moving bike stays up ... under the fall": a line on
    # what the lift does (falling), not on the lift.
    reply = say(
        "einstein",
        "@einstein if i jump in a falling lift at the last second do i survive",
        seed=seed,
    )
    assert "A person in a closed lift cannot tell" in reply, reply
    assert "bike" not in reply, reply


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # Was "A lovely question, Jo. A fridge does not make cold; it pumps heat out of the box
        # and throws it away at the back": "throw" and "back" shared, the frisbee and the truck
        # not.
        (
            "einstein",
            "@einstein if i throw a frisbee on the back of a moving truck where does it go",
        ),
        # (The egg boiled for a runny yolk, once owned up to here, is now answered by Curie's
        # `#know` line on boiling eggs: tests/bots/test_know22.py.)
    ],
)
def test_a_line_sharing_only_what_is_done_to_the_thing_asked_is_no_answer(slug, text, seed):
    reply = say(slug, text, seed=seed)
    assert reply in tagged(slug, "outside"), reply


@pytest.mark.parametrize(
    ("slug", "text", "answer"),
    [
        # Negative: a verb shared with a thing near the one asked (a symphony: music) is still
        # the answer.
        (
            "lovelace",
            "@lovelace could a computer ever write a proper symphony",
            "might compose elaborate and scientific pieces of music",
        ),
        # Negative: "a spinning top" is the thing asked, and the line on it is still said.
        ("einstein", "@einstein why does a spinning top not fall over", "A spinning top stays up"),
    ],
)
def test_a_right_answer_sharing_a_verb_survives(slug, text, answer):
    assert answer in say(slug, text), say(slug, text)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_own_news_still_invites_more(seed):
    # Negative: news of their own is still a story to hear more of, not a question owned up to.
    reply = say("curie", "@curie my sister just quit her job to become a potter", seed=seed)
    assert reply in tagged("curie", "more"), reply


def test_an_if_that_asks_nothing_stays_a_remark():
    # Negative: "if it rains tomorrow we are staying in" tells a plan; no owning-up to it.
    reply = say("lovelace", "@lovelace if it rains tomorrow we are staying in")
    assert reply not in tagged("lovelace", "outside"), reply
    assert "riding" in reply, reply


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "author", "text", "reply"),
    [
        # Was "Consider it this way, Socrates. A calculator in a child's hand does in an instant
        # what cost clerks whole days in my time": "cost" in another sense.
        (
            "lovelace",
            "Socrates",
            "@lovelace Ada, would you still have done the work if you had known what it would "
            "cost you?",
            "I cannot say, Socrates; would you?",
        ),
        # Was "A single X-ray at the doctor ... worth it when it finds what is wrong": "wrong"
        # shared, the doubters not.
        (
            "curie",
            "Socrates",
            "@curie Marie, did the doubters ever make you wonder whether you were wrong?",
            "I cannot say, Socrates; and you?",
        ),
    ],
)
def test_a_persona_asked_of_its_life_with_no_line_on_it_says_so_and_asks_back(
    slug, author, text, reply, seed
):
    assert say(slug, text, author=author, seed=seed) == reply


@pytest.mark.parametrize(
    ("slug", "author", "text", "answer"),
    [
        # Negatives: a line on the thing another persona asks about is still its answer.
        (
            "socrates",
            "William Shakespeare",
            "@socrates Philosopher, is a lie spoken on a stage still a lie?",
            # either of its lines on lying, as the draw falls
            ("Before you lie to spare someone pain", "The lie in the soul, believing what"),
        ),
        (
            "einstein",
            "Marie Curie",
            "@einstein Albert, do you ever regret the letter to Roosevelt?",
            "I signed the letter to President Roosevelt",
        ),
        (
            "curie",
            "Socrates",
            "@curie Tell me, Marie, is the one who finds a dangerous thing to blame for how others "
            "use it?",
            "dangerous",
        ),
    ],
)
def test_a_persona_asked_on_a_thing_it_has_a_line_on_still_answers_with_it(
    slug, author, text, answer
):
    reply = say(slug, text, author=author)
    answers = answer if isinstance(answer, tuple) else (answer,)
    assert any(a in reply for a in answers) and not reply.startswith("I cannot say"), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_count_shared_with_a_line_is_not_the_thing_asked(seed):
    # Was (seed 2) "Gently now, Maya ... Of our ten children three died young, Annie at ten and
    # two as babies; the rest grew up at Down among the beetles and the dogs": "dog" and "three"
    # shared, though Darwin has a line on a dog turning round before it lies down.
    reply = say("darwin", "@darwin why does my dog spin three times before lying down", seed=seed)
    assert "A dog turns round and round before lying down" in reply, reply
