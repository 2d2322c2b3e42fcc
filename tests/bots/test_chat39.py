"""Session 39: chat tokens and small talk answered in kind, and plain sums asked of any persona.

A rater scored "whats 17 times 23" answered with a labours-of-others quote, "what is 144 divided
by 12" with cancer cells that divide, "2+2?" with "life is full of unexpected variables", "ok"
and "wow" with an interview question, "lol" with credit for a joke never made, "anyone watching
the bake off?" with the persona's day, "what did I miss" with a bare hello and "teach me
something interesting" with "Do tell me more". Each is read as a class: the reworded asks get
the new replies, and the look-alikes keep theirs.
"""

from __future__ import annotations

import pytest

from bots.house import reckoning
from bots.reckon import arithmetic_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

PERSONAS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")

# --- Plain sums ---------------------------------------------------------------------------

WORKED = [
    ("whats 17 times 23", "17 × 23 = 391."),
    ("what is 144 divided by 12", "144 ÷ 12 = 12."),
    ("2+2?", "2 + 2 = 4."),
    ("2 + 2", "2 + 2 = 4."),
    ("17*23", "17 × 23 = 391."),
    ("17 x 23 =", "17 × 23 = 391."),
    ("what's 2+2*3", "2 + 2 × 3 = 8."),
    ("what is 7 divided by 2", "7 ÷ 2 = 3.5."),
    ("what is 1 divided by 64", "1 ÷ 64 = 0.015625."),
    ("10 divided by 3?", "10 ÷ 3 = about 3.3333."),
    ("what is 3 minus 10", "3 - 10 = -7."),
    ("what is 0.1+0.2", "0.1 + 0.2 = 0.3."),
    ("what is 12 squared", "12 × 12 = 144."),
    ("can you work out 17 x 23", "17 × 23 = 391."),
    ("what does 6 times 7 make", "6 × 7 = 42."),
    ("quick question, whats 9 x 8?", "9 × 8 = 72."),
    ("Ada, what is 2+2", "2 + 2 = 4."),
    (
        "what is 123456789 times 987654321",
        "123456789 × 987654321 = 121,932,631,112,635,269.",
    ),
    (
        "what is 99999999999999999999 times 9",
        "99999999999999999999 × 9 = 899,999,999,999,999,999,991.",
    ),
    ("what's the square root of 81", "the square root of 81 = 9."),
    ("sqrt 2", "the square root of 2 = about 1.4142."),
    ("√144?", "the square root of 144 = 12."),
    ("what's the square root of 2.25", "the square root of 2.25 = 1.5."),
    ("what is 10/0", "10 ÷ 0 has no answer, since no number times 0 makes 10."),
    ("what is 0 divided by 0", "0 ÷ 0 has no one answer, since every number times 0 is 0."),
    ("whats 5 + 3/0", "5 + 3 ÷ 0 has no answer, since it divides by zero."),
]

NO_SUM = [
    "I have 2 kids and 3 dogs",
    "times are hard",
    "my 2 cents",
    "2-1",
    "24/7",
    "10/10",
    "4x4",
    "is 2+2 really 4?",
    "what is 2+2 in binary",
    "whats 1,000 + 5",
    "whats 2 to the power of 10",
]


@pytest.mark.parametrize(("text", "worked"), WORKED)
def test_a_plain_sum_is_worked_exactly(text, worked):
    assert arithmetic_of(text) == worked


@pytest.mark.parametrize("text", NO_SUM)
def test_numbers_in_a_sentence_are_no_sum(text):
    assert arithmetic_of(text) == ""


def test_the_house_bot_says_a_sum_with_a_capital():
    assert reckoning("what's the square root of 81") == "The square root of 81 = 9."
    assert reckoning("2+2?") == "2 + 2 = 4."


SAID = {
    "einstein": "No thought experiment needed for this one, Maya: {what}.",
    "shakespeare": "Even a glover's son can cast that up, Maya: {what}.",
    "curie": "A simple one, Maya, and checked twice: {what}.",
    "lovelace": "How delightful, a sum, Maya: {what}.",
    "socrates": "Even I can count that far, Maya: {what}. But tell me, how do we know that it "
    "is so?",
    "darwin": "I was never much of a mathematician, Maya, but this much I can manage: {what}.",
}


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("whats 17 times 23", "17 × 23 is 391"),
        ("what is 144 divided by 12", "144 ÷ 12 is 12"),
        ("2+2?", "2 + 2 is 4"),
        ("what's the square root of 81", "the square root of 81 is 9"),
        ("what's 2+2*3", "2 + 2 × 3 is 8"),
        ("what is 10 divided by 0", "10 ÷ 0 has no answer, since no number times 0 makes 10"),
    ],
)
def test_every_persona_works_a_plain_sum_in_its_voice(slug, text, what):
    assert say(slug, text, seed=1) == SAID[slug].format(what=what)


def test_a_sum_said_again_gets_the_other_words():
    first = say("lovelace", "2+2?", seed=1)
    again = say(
        "lovelace",
        "and 3+3?",
        seed=1,
        history=(Line("maya", "2+2?"), Line("lovelace", first, True)),
    )
    assert again == (
        "Oh, I do love a sum, Maya: 3 + 3 is 6. The Engine would have enjoyed that one too."
    )


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize("text", ["I have 2 kids and 3 dogs", "times are hard", "my 2 cents"])
def test_a_sentence_with_numbers_gets_no_sum(slug, text):
    reply = say(slug, text, seed=1)
    assert " is " not in reply.split(":")[-1] or not any(c.isdigit() for c in reply)
    assert "×" not in reply and "÷" not in reply and "+" not in reply


# --- Chat tokens ----------------------------------------------------------------------------

# Each token's words and each persona's reply to it, with nothing of its own said before.
TOKENS = {
    "ok": (
        ["ok", "okay", "k", "ok cool", "got it", "alright", "@curie ok"],
        {
            "einstein": "Gut, Maya.",
            "shakespeare": "'Tis well, Maya.",
            "curie": "Good, Maya.",
            "lovelace": "Splendid, Maya.",
            "socrates": "Good, Maya.",
            "darwin": "Very good, Maya.",
        },
    ),
    "wow": (
        ["wow", "wow!!", "omg", "no way", "whoa"],
        {
            "einstein": "What has astonished you, Maya? I never lost the habit myself.",
            "shakespeare": "What wonder's this, Maya? Speak!",
            "curie": "What is it, Maya? Something surprising, I hope, and worth measuring.",
            "lovelace": "What is it, Maya? You have me curious.",
            "socrates": "What has amazed you, Maya? Wonder is where philosophy begins.",
            "darwin": "What have you found, Maya? I have spent my life being astonished by small "
            "things.",
        },
    ),
    "laugh": (
        ["lol", "haha", "haha nice one", "lmao", "hahaha good one"],
        {
            "einstein": "Ha! Something has tickled you, Maya; laughter is good for a room.",
            "shakespeare": "Ha! A merry heart goes all the day, Maya; what's the jest?",
            "curie": "Ha! Something has made you laugh, Maya; I am glad of it.",
            "lovelace": "Ha! What has amused you, Maya? Do share it.",
            "socrates": "Ha! I hear laughter, Maya; let the rest of us in on it.",
            "darwin": "Ha! Something has amused you, Maya; Down House was a laughing place too.",
        },
    ),
}


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    ("token", "text"), [(token, text) for token, (texts, _) in TOKENS.items() for text in texts]
)
def test_a_chat_token_is_answered_in_kind(slug, token, text):
    assert say(slug, text, seed=1) == TOKENS[token][1][slug]


def test_wow_after_its_own_line_agrees_it_is_a_wonder():
    history = (
        Line("maya", "how far away is the sun"),
        Line("einstein", "About eight light minutes, Maya.", True),
    )
    assert say("einstein", "wow", seed=1, history=history) == (
        "Yes, Maya; the world is stranger than we think, and more beautiful for it."
    )


def test_ok_to_its_own_question_is_an_answer_not_a_token():
    history = (
        Line("maya", "tell me about light"),
        Line("einstein", "Shall I tell you how fast it goes, Maya?", True),
    )
    assert say("einstein", "ok", seed=1, history=history) != "Gut, Maya."


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    "text", ["lol", "wrong chat sorry lol", "lol my cat just fell off the sofa"]
)
def test_no_credit_for_a_joke_it_did_not_make(seed, text):
    assert "that one myself" not in say("lovelace", text, seed=seed)


def test_lol_that_concedes_keeps_its_laugh():
    assert say("curie", "lol fair enough", seed=2) == "Ha, yes, Maya; I will accept that."


@pytest.mark.parametrize("slug", PERSONAS)
def test_a_typo_put_right_is_read_as_meant(slug):
    assert say(slug, "sry typo, meant to say hello lol", seed=1) == say(slug, "hello lol", seed=1)


# --- Small talk -----------------------------------------------------------------------------

TELLY = {
    "einstein": "I watched very little television, Maya, so I cannot speak for {what}; is it any "
    "good?",
    "shakespeare": "There was no television in my day, Maya, only the playhouse; but tell me of "
    "{what}: is it a comedy or a tragedy?",
    "curie": "I never saw a television, Maya; my evenings went on books and letters. Is {what} "
    "worth the time?",
    "lovelace": "There was no television in my day, Maya, only the theatre and my harp; do tell "
    "me about {what}, is it good?",
    "socrates": "We had no television in Athens, Maya, only the theatre of Dionysus; tell me, "
    "what does {what} teach those who watch it?",
    "darwin": "There was no television at Down House, Maya, only backgammon with Emma in the "
    "evenings; is {what} worth watching?",
}


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    ("text", "show"),
    [
        ("anyone watching the new season of the bake off?", "the bake off"),
        ("is anyone watching strictly tonight?", "strictly"),
        ("do you watch the football", "the football"),
        ("anyone seen the traitors?", "the traitors"),
        ("has anyone watched oppenheimer", "oppenheimer"),
    ],
)
def test_a_show_asked_about_gets_a_word_on_television(slug, text, show):
    assert say(slug, text, seed=1) == TELLY[slug].format(what=show)


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    "text",
    [
        "anyone watching the kids tomorrow?",
        "anyone seen my charger?",
        "have you seen my keys",
        "anyone watching anything good these days?",
        "did you see the match last night?",
    ],
)
def test_no_show_no_word_on_television(slug, text):
    assert "television" not in say(slug, text, seed=1)


ROOM = (
    Line("sam", "the quiz is on friday at 8, who's in?"),
    Line("jo", "me! can someone give me a lift, my car is in the garage"),
)
SO_FAR = (
    'Sam asked "the quiz is on friday at 8, who\'s in?", and Jo said "me! can someone give me a '
    'lift, my car is in the garage"'
)
MISSED = {
    "einstein": "Not so much, Maya: {what}.",
    "shakespeare": "Thou art come in mid-scene, Maya: {what}.",
    "curie": "Only a little, Maya: {what}.",
    "lovelace": "Let me set it out for you, Maya: {what}.",
    "socrates": "Only this, Maya: {what}.",
    "darwin": "I have kept notes, Maya: {what}.",
}


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    "text",
    [
        "good evening folks, what did I miss",
        "did i miss anything?",
        "catch me up",
        "fill me in lol",
    ],
)
def test_what_did_i_miss_says_what_the_room_said(slug, text):
    assert say(slug, text, seed=1, history=ROOM) == MISSED[slug].format(what=SO_FAR)


@pytest.mark.parametrize("slug", PERSONAS)
def test_what_did_i_miss_in_a_room_with_nothing_before_is_for_the_others_to_say(slug):
    # (what it sees of the room may not reach back to when they left: never "it was quiet")
    assert say(slug, "what did i miss?", seed=1) == say(slug, "what did I miss at the meeting?")


@pytest.mark.parametrize("slug", PERSONAS)
def test_what_was_missed_elsewhere_is_still_owned_up_to(slug):
    reply = say(slug, "what did I miss at the meeting yesterday", seed=1, history=ROOM)
    assert "Sam" not in reply and "quiet" not in reply


FACT = {
    "einstein": "Here is one I love, Maya: a clock on a mountain runs a little faster than one "
    "at sea level, because gravity slows time, and the satellites that guide your phone's maps "
    "must correct for it every day.",
    "shakespeare": "Gladly, Maya: no woman ever acted on my stage; every Juliet and every Lady "
    "Macbeth was played by a boy whose voice had not yet broken.",
    "curie": "Here is one, Maya: my notebooks from the 1890s are still radioactive, and anyone "
    "who wants to read them in Paris must sign a waiver and wear protective clothing.",
    "lovelace": "Here is one I adore, Maya: the Jacquard loom wove its patterns from punched "
    "cards, and the Analytical Engine was to take its instructions the same way, weaving "
    "algebraic patterns just as the loom weaves flowers and leaves.",
    "socrates": "Here is one, Maya: I never wrote a book; all you know of me comes from "
    "Plato, Xenophon and the comic poet Aristophanes, who mocked me on stage in The Clouds.",
    "darwin": "Here is one I love, Maya: earthworms plough the whole of the soil, passing so "
    "much earth through their bodies that in a few decades they bury stones, and in centuries "
    "whole Roman floors, under what they bring up.",
}


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize(
    "text",
    [
        "teach me something interesting",
        "tell me something interesting",
        "tell me a fun fact",
        "fun fact?",
        "go on, tell us something i don't know",
    ],
)
def test_teach_me_something_gets_a_true_thing_of_its_field(slug, text):
    assert say(slug, text, seed=1) == FACT[slug]


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize("text", ["tell me something about yourself", "teach me about black holes"])
def test_a_subject_named_is_no_fun_fact(slug, text):
    assert say(slug, text, seed=1) not in FACT.values()


@pytest.mark.parametrize("slug", PERSONAS)
@pytest.mark.parametrize("text", ["wat r u guys up 2", "what are u up 2"])
def test_up_2_is_up_to(slug, text):
    assert say(slug, text, seed=1) == say(slug, "what are you up to", seed=1)


# --- The house bot ----------------------------------------------------------------------------

HOUSE = [
    ("brb", "See you in a bit, Maya!"),
    ("be right back", "See you in a bit, Maya!"),
    ("wow", "What's happened, Maya?"),
    ("ok", "Righto, Maya."),
    ("lol", "Ha! Glad something's made you laugh, Maya."),
    (
        "good evening folks, what did I miss",
        "I only answer /AIBot questions, Maya, so I don't keep track of the chat; scroll up to see "
        "what's been said while you were away.",
    ),
    (
        "anyone watching the new season of the bake off?",
        "I don't watch anything myself, Maya, being a house bot, but the personas would love to "
        "hear about the bake off.",
    ),
    ("ok thanks", "You're welcome, Maya! Ask again any time with /AIBot."),
    ("2+2?", "2 + 2 = 4."),
    ("what's the square root of 81", "The square root of 81 = 9."),
]


@pytest.mark.parametrize(("text", "reply"), HOUSE)
def test_the_house_bot_answers_a_token_in_kind(text, reply):
    assert say("aibot", f"/AIBot {text}", seed=1) == reply


@pytest.mark.parametrize("slug", [*PERSONAS, "aibot"])
@pytest.mark.parametrize("text", ["omg", "ok", "lol", "wow"])
def test_no_token_answered_in_kind_just_after_a_loss(slug, text):
    history = (Line("sam", "my dad died this morning"),)
    said = f"/AIBot {text}" if slug == "aibot" else text
    reply = say(slug, said, seed=1, history=history)
    assert reply not in {replies[slug] for _, replies in TOKENS.values() if slug in replies}
    assert reply not in {answer for _, answer in HOUSE}
    assert "astonished" not in reply and "What's happened" not in reply
