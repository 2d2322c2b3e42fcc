"""Round fourteen (issue 14): no line chosen on one shared word in another sense, openers that
agree with the line after them, thanks meant for another persona never taken, and "ill" in chat
spelling read as "I'll". Found by the blind rating of round thirteen: "the school hall" answered
with the Flying University, "the field behind the church" with field hospitals, "ground crew
keep the air out" with time dilation, "maths homework" with "legend says I was bad at maths",
a peacock's tail with a cat's; "No, ..." before a line in favour; "You are welcome" for thanks
meant for Curie; "ill try it tomorrow" met as a mishap."""

from __future__ import annotations

import re

import pytest

from bots.engine import plain, speaks_to
from bots.fallback46 import owned
from bots.sense import roles, same_sense, subjects
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with, tagged, takes

FLYING_UNIVERSITY = (
    "As a girl I studied at the Flying University, a secret school that moved from house to house."
)
FIELD_HOSPITALS = (
    "The petites Curies were motor cars fitted with an X-ray machine and a dynamo run from the "
    "engine; I learned to drive and to mend them, and we took them right up to the field hospitals."
)
TIME_DILATION = (
    "Time dilation is no mere theory: particles made high in the air by cosmic rays should decay "
    "long before they reach the ground, yet they arrive, because their clocks run slow."
)
BAD_AT_MATHS = (
    "It is a legend that I was bad at maths: I had mastered calculus before I was fifteen; what I "
    "could not bear at school was the drill."
)
CATS_TAIL = (
    "A cat shows affection with a raised tail, a purr and a rub against your legs, and anger with "
    "flattened ears and a lashing tail."
)
PEACOCKS_TAIL = (
    "Sexual selection explains the peacock's tail: it is beautiful because peahens chose it."
)


def topics(slug: str) -> tuple[str, ...]:
    return tuple(VOICES[slug].style.get("topics", ()))


@pytest.mark.parametrize(
    ("message", "line", "same"),
    [
        ("the school hall has awful acoustics for the recital", FLYING_UNIVERSITY, False),
        ("we launch from the field behind the church", FIELD_HOSPITALS, False),
        ("ground crew keep the air out of the envelope", TIME_DILATION, False),
        ("my kid hates maths homework", BAD_AT_MATHS, False),
        ("the peacock kept flashing his tail at the visitors", CATS_TAIL, False),
        ("the peacock kept flashing his tail at the visitors", PEACOCKS_TAIL, True),
        ("were you bad at maths?", BAD_AT_MATHS, True),
        ("my cat keeps lashing her tail at the dog", CATS_TAIL, True),
    ],
)
def test_a_shared_word_counts_only_in_the_sense_the_message_says_it(message, line, same):
    assert same_sense(message, line) is same


def test_a_word_before_a_noun_qualifies_it_and_the_first_noun_phrase_is_the_subject():
    said = roles("ground crew keep the air out of the envelope")
    assert said["ground"] == {"crew"} and said["air"] == {""}
    assert subjects("my kid hates maths homework") == {"child"}  # not maths
    assert subjects("the school hall has awful acoustics") == {"hall"}
    assert subjects("why does a peacock have such a big tail?") == {"peacock"}


@pytest.mark.parametrize(
    ("slug", "message"),
    [
        ("einstein", "my kid hates maths homework"),
        ("einstein", "ground crew keep the air out of the envelope"),
        ("curie", "we launch from the field behind the church"),
        ("curie", "the school hall has awful acoustics for the recital"),
    ],
)
def test_nobody_joins_in_unasked_on_a_word_in_another_sense(slug, message):
    """Who stays quiet: a persona joins people talking among themselves only with a line on
    what they said, in the sense they said it."""
    assert not speaks_to(VOICES[slug].material, topics(slug), message)


def test_darwin_joins_a_peacocks_tail_with_the_peacock_not_a_cat():
    said = "the peacock kept flashing his tail at the visitors"
    assert speaks_to(VOICES["darwin"].material, topics("darwin"), said)
    reply = say("darwin", said, others=CAST, unasked=True)
    assert reply.endswith(PEACOCKS_TAIL), reply
    assert "cat" not in reply


def test_a_remark_with_a_word_in_another_sense_gets_the_plain_reaction():
    """Einstein told of the ground crew and the air in a balloon's envelope asks to hear more,
    with no time dilation in it."""
    reply = say("einstein", "@einstein ground crew keep the air out of the envelope", others=CAST)
    assert reply in tagged("einstein", "more"), reply
    # "away" names nothing: no sunset whose blue is "scattered away" through the air.
    said = "@einstein ground crew keep the air out of the envelope while we pack it away"
    reply = say("einstein", said, others=CAST)
    assert "air" not in reply and "Moon" not in reply, reply


def test_a_question_on_a_word_in_another_sense_is_no_answer_from_that_line():
    reply = say("darwin", "@darwin why do the ground crew hold the basket down?", others=CAST)
    # owned up to, the crew named (`bots.fallback46`)
    assert starts_with(reply, "darwin", "outside") or owned(reply), reply
    assert "pigeon" not in reply
    school = (
        "@einstein the school hall has awful acoustics for the recital, any ideas how to fix it?"
    )
    reply = say("einstein", school, others=CAST)
    # No school of its own (the Flying University, school maths); "ignorant as a schoolboy",
    # owning up, is another word.
    assert not re.search(r"\bschool\b", reply) and "maths" not in reply, reply


def test_two_words_shared_by_chance_are_no_subject():
    """ "saw" and "nobody" are no peacock: Socrates asks to hear more, not of Meno's slave boy."""
    said = "@socrates saw a peacock at the garden centre, tail fully out, showing off to nobody"
    reply = say("socrates", said, others=CAST)
    # One of its ways of asking to hear more, as the draw falls.
    assert reply in tagged("socrates", "more"), reply


def test_the_same_word_in_the_same_sense_still_answers():
    reply = say("einstein", "@einstein were you bad at maths?", others=CAST)
    # (bio46's line on the myth, since session 46, where its "legend" line had been)
    assert reply == (
        "Never, Maya, that is a myth: I had mastered calculus before I was fifteen, and my Swiss "
        "report cards gave me top marks in mathematics. What I did fail, at sixteen, was the "
        "general part of the Zurich Polytechnic entrance exam, in French and the like."
    ), reply


def test_a_take_on_no_side_follows_no_yes_or_no():
    """Curie's take on creative machines is on neither side ("I would want to measure it"): a
    verdict asked of her is met with her view, never "Yes" or "No" before it."""
    for said in (
        "@curie can machines be creative? yes or no",
        "@curie machines will never be creative, agree?",
    ):
        reply = say("curie", said, others=CAST)
        assert "I would want to measure it" in reply, reply
        assert starts_with(reply, "curie", "opinion"), reply
        assert not starts_with(reply, "curie", "yes") and not starts_with(reply, "curie", "no")


def test_a_persona_asked_yes_or_no_by_another_takes_no_side_its_take_does_not_take():
    """Socrates asks whether knowledge is not what makes imagination worth anything: Curie's
    take is on no side ("in the laboratory you need both"), so no "Yes" or "No" before it."""
    before = Line("Albert Einstein", "Imagination is more important than knowledge.")
    said = "But is knowledge not what makes imagination worth anything?"
    reply = say("curie", said, author="Socrates", history=(before,), others=CAST)
    assert reply.endswith(
        "Imagination chooses where to look, and knowledge decides what is really there; in the "
        "laboratory you need both, in that order."
    )
    assert starts_with(reply, "curie", "opinion", name="Socrates"), reply


def test_a_sided_take_still_gives_its_verdict():
    reply = say("lovelace", "@lovelace should kids have phones", others=CAST)
    assert starts_with(reply, "lovelace", "yes"), reply
    assert reply.endswith(
        # (sample39: her argument made plainer)
        "Count what the hours buy, not the hours: an hour spent learning or writing to a friend "
        "is well spent, and these little engines do both faster than any coach or clerk."
    )
    assert any(reply.endswith(t) for t in takes("lovelace"))


ANSWER = (
    Line("sam", "@einstein why is the sky blue?"),
    Line("Albert Einstein", "Blue light scatters most."),
)


def test_thanks_for_another_persona_are_passed_on_never_taken():
    """ "thanks curie that helped" after Einstein spoke is Curie's: Einstein, if he answers at
    all, says the thanks are hers; Curie takes them."""
    own = (ANSWER[0], Line("Albert Einstein", ANSWER[1].text, own=True))
    einstein = say("einstein", "thanks curie that helped", author="sam", history=own, others=CAST)
    assert einstein == "Those thanks are for Marie, Sam, not me; but I am glad it helped."
    assert "welcome" not in einstein.lower()
    curie = say("curie", "thanks curie that helped", author="sam", history=ANSWER, others=CAST)
    assert curie in tagged("curie", "thanks", name="Sam"), curie
    mine = say("einstein", "thanks @einstein", author="sam", history=own, others=CAST)
    assert mine in tagged("einstein", "thanks", name="Sam"), mine


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("ill try it tomorrow", "i'll try it tomorrow"),
        ("ok ill be there at 7", "ok i'll be there at 7"),
        ("my mum is ill, ill call her later", "my mum is ill, i'll call her later"),
        ("i'm ill today", "i'm ill today"),
        ("fell ill last week", "fell ill last week"),
        ("ill health", "ill health"),
    ],
)
def test_ill_before_a_verb_is_i_will(said, read):
    assert plain(said) == read


def test_a_try_ahead_is_wished_luck_not_pitied():
    reply = say("curie", "@curie ill try it tomorrow", author="sam", history=ANSWER, others=CAST)
    assert reply == "Bonne chance, Sam!"
    reply = say("einstein", "@einstein ok ill give it a go tonight", author="sam", others=CAST)
    assert reply == "Good luck, Sam!"
