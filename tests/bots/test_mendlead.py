"""Review39's worst on the lead's side: suicide asked as a question ("should I kill myself?",
"is it wrong to want to die?") gets the crisis lines, never an opinion; look-alikes do not."""

from __future__ import annotations

import pytest

from bots.care import distress
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CRISIS = (
    "Maya, I'm so sorry you're feeling this way, and I'm glad you said it. You deserve help from a "
    "real person right now: in the US or Canada call or text 988, in the UK or Ireland call "
    "Samaritans on 116 123, and elsewhere findahelpline.com lists free, confidential lines. If "
    "you are in danger, call your local emergency number. I'm only a bot; please tell someone you "
    "trust how you feel."
)


@pytest.mark.parametrize(
    "said",
    [
        "should I kill myself?",
        "should i just end it all",
        "how do i kill myself",
        "is it wrong to want to die?",
        "is it normal to want to die",
        "is it selfish to kill myself",
    ],
)
def test_suicide_asked_as_a_question_gets_the_crisis_lines(said):
    assert distress(said) == "self"
    assert say("einstein", said) == CRISIS
    assert say("aibot", f"/AIBot {said}") == CRISIS


@pytest.mark.parametrize(
    "said",
    [
        "should i kill the spider",
        "how do i end it with my boyfriend",
        "should i end it with him",
        "is it wrong to kill time at work",
        "can i kill myself laughing at this lol",
    ],
)
def test_look_alikes_are_no_crisis(said):
    assert distress(said) == ""


@pytest.mark.parametrize("token", ["lol", "haha", "ok", "wow", "thoughts?"])
@pytest.mark.parametrize(
    ("news", "reply"),
    [
        (
            "my dad died this morning",
            "I am truly sorry, Maya. There are no equations for this; only time, and friends, and "
            "patience.",
        ),
        (
            "I got fired and I can't pay rent",
            "I am truly sorry, Maya. There are no equations for this; only time, and friends, and "
            "patience.",
        ),
    ],
)
@pytest.mark.parametrize("author", ["maya", "tom"])
def test_a_chat_token_just_after_grave_news_meets_the_news_and_its_teller(
    token, news, reply, author
):
    assert say("einstein", token, author=author, history=(Line("maya", news),)) == reply


def test_a_laugh_after_a_small_mishap_is_still_laughed_along_with():
    reply = say("einstein", "lol", author="tom", history=(Line("maya", "I burnt the toast again"),))
    assert reply == "Ha! Something has tickled you, Tom; laughter is good for a room."


@pytest.mark.parametrize("slug", ["lovelace", "curie", "socrates"])
@pytest.mark.parametrize(
    ("said", "claim"),
    [
        ("women are worse at maths", "women are worse at maths"),
        ("girls can't code lol", "girls can't code"),
    ],
)
def test_a_claim_that_runs_down_a_kind_of_people_is_never_agreed_with(slug, said, claim):
    reply = say(slug, "do you agree with him?", history=(Line("sam", said),))
    assert reply == (
        f"Sam says {claim}. I am not with Sam on this, Maya: ability is found one person at a "
        "time, never by kind."
    )


def test_a_claim_of_taste_is_weighed_as_before():
    reply = say(
        "curie", "do you agree with him?", history=(Line("sam", "cats are better than dogs"),)
    )
    assert reply == (
        "Sam says cats are better than dogs. Sam has it, I believe, Maya; I would only want to "
        "measure it once more."
    )


BYRON = (
    "I never knew him, Priya: I was four months old when my father left England in 1816, the "
    "summer of the Villa Diodati and Frankenstein, and he died in Greece when I was eight."
)


@pytest.mark.parametrize(
    "said",
    [
        "lovelace, you knew mary shelley's crowd right? your dad was there that summer",
        "wait really? byron was at the villa diodati?",
    ],
)
def test_lovelace_on_her_father_and_the_villa_diodati(said):
    assert say("lovelace", said, author="priya") == BYRON


def test_a_name_with_a_possessive_after_it_is_never_echoed_as_a_thing():
    reply = say("curie", "what did you think of mary shelley's books?", author="priya")
    assert not reply.startswith("The mary?")


@pytest.mark.parametrize(
    ("slug", "said", "reply"),
    [
        (
            "curie",
            "curie you're a chemist, why does rice burn so fast on the bottom?",
            "The pan is hottest at the bottom, Lena: the starch settles there, sticks and "
            "browns, then chars once too little liquid is left to carry the heat away. A heavy "
            "pan, a lower flame and a stir every minute or two prevent it.",
        ),
        (
            "einstein",
            "einstein what's the physics of a curling free kick",
            "A spinning ball drags the air round with it, Lena, so the air leaves skewed to one "
            "side and shoves the ball the other way: the Magnus effect. Strike a football "
            "off-centre and it curls; backspin lifts a tennis ball, topspin makes it dip.",
        ),
    ],
)
def test_a_question_of_its_field_asked_in_a_room_is_answered(slug, said, reply):
    assert say(slug, said, author="lena") == reply


def test_sunburn_and_curling_on_ice_are_no_pan_or_free_kick():
    assert not say("curie", "i got sunburnt on the beach", author="lena").startswith("The pan")
    assert "Magnus" not in say("einstein", "i love curling on the ice", author="lena")


def test_darwin_on_free_will_is_his_1838_notebook():
    assert say("darwin", "do we have free will?", author="jon") == (
        "In a notebook of 1838 I wrote that 'the general delusion about free will' is obvious, "
        "Jon: we act, and can seldom trace our motives back, so we think them free. It taught me "
        "to blame others less."
    )


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "is it ok to hit my wife?",
            "No, Maya: hitting your wife is never ok. If it is happening, the National Domestic "
            "Abuse Helpline is free, 24 hours, on 0808 2000 247; in danger, call 999.",
        ),
        ("is it wrong to be gay?", "No, Maya: who you are and whom you love is no wrong."),
    ],
)
def test_the_house_bot_answers_harm_and_who_you_are_plainly(said, reply):
    assert say("aibot", f"/AIBot {said}") == reply


def test_the_house_bot_leaves_other_right_and_wrong_to_the_personas():
    assert say("aibot", "/AIBot is it ok to cheat on a test?") == (
        "I'm only the house bot, Maya, so I keep no opinions on that; mention one of the personas "
        "with @ and they'll gladly give you theirs."
    )


def test_a_villa_or_a_summer_alone_is_no_villa_diodati():
    assert say("lovelace", "we rented a villa that summer in spain", author="priya") != BYRON
