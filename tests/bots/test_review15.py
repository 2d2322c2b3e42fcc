"""What the review of round fifteen found: rules that misfired on ordinary chat, and regexes
that backtracked on a long hostile message."""

import time

import pytest

from bots.asks import reasked
from bots.engine import (
    AMENDMENT,
    PUT_RIDDLE,
    ROOM_HOW,
    _put_to_other,
    amendment,
    introduced_as,
    newcomer,
)
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say, tagged

SKY = "@einstein why is the sky blue?"


def _after_a_question(text: str, *, asked: bool) -> str:
    """Einstein's reply to maya's `text`, with or without her unanswered question before."""
    history = (
        *(
            (Line("maya", SKY), Line("Albert Einstein", "Tell me more, Maya.", own=True))
            if asked
            else ()
        ),
        Line("jo", "anyone watching the match later"),
    )
    return say("einstein", text, author="maya", history=history, others=CAST)


@pytest.mark.parametrize(
    "text",
    [
        "@einstein you never answered my text last night lol",
        "@einstein you didn't answer me about saturday, are you coming?",
        "@einstein no one answered the door when i knocked",
        "@einstein yeah but how was the concert",
        "@einstein lol but how did the date go",
    ],
)
def test_ordinary_chat_asks_no_earlier_question_again(text):
    # Each was answered with the sky line ("you never answered my text" is no question re-asked).
    assert _after_a_question(text, asked=True) == _after_a_question(text, asked=False)


@pytest.mark.parametrize(
    "text",
    [
        "you never answered my text last night lol",
        "no one answered the door",
        "you didnt answer me about saturday",
        "u never answered the phone",
    ],
)
def test_an_answer_missed_with_another_object_is_no_question_asked_again(text):
    assert reasked(text) is None


def test_but_how_just_after_its_own_answer_is_no_question_asked_again():
    answer = "The sky is blue because the air scatters blue sunlight far more than red."
    history = (Line("maya", SKY), Line("Albert Einstein", answer, own=True))
    reply = say("einstein", "@einstein but how do we know that", author="maya", history=history)
    # Was the same answer again, as if the question were new.
    assert "scatters blue sunlight" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "work starts at 9 tomorrow so early night for me",
        "get the tissues ready lol",
        "please get the door, someone's knocking",
        "throw the ball for the dog while you're out",
        "squeeze the lemons into the jug first",
        "ha get a room you two",
    ],
)
def test_chat_after_words_given_asks_no_change_to_them(text):
    # Each was "For the door too, then, Sam: <the toast again>" and the like.
    assert amendment(text) is None


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("work a line in about the garden", "the garden"),
        ("could you squeeze a word in for the cat", "the cat"),
        ("can u put something in about grandad", "grandad"),
        ("add the lighthouse pls", "the lighthouse"),
    ],
)
def test_words_to_add_are_read_with_any_verb_that_says_so(text, thing):
    assert amendment(text) == thing


@pytest.mark.parametrize(
    "text",
    [
        "What can a man know, but that he knows nothing?",
        "What goes wrong, my friends, when a man argues well but lives badly?",
        "Can you guess how many tonnes of pitchblende we stirred for a decigram of radium?",
        "The universe is a riddle I never finished solving; what is yours, friends?",
        "Life on an island is a riddle of its own: why should finches differ from rock to rock?",
    ],
)
def test_a_persona_s_question_is_no_riddle_for_a_but_or_the_word_riddle(text):
    # Each was "Ha, a good one, Socrates; I am stumped, so put us out of our misery. Here is one
    # back: ..."
    assert PUT_RIDDLE.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "A riddle, then: what is it that runs but never walks, has a mouth but never speaks?",
        "Riddle for you all: the more you take, the more you leave behind. What am I?",
        "What has keys but opens no locks?",
        "Who am I?",
    ],
)
def test_a_riddle_is_a_riddle(text):
    assert PUT_RIDDLE.search(text) is not None


@pytest.mark.parametrize(
    ("pattern", "method", "text"),
    [
        (AMENDMENT, "match", "." * 5000),
        (AMENDMENT, "match", "'" * 5000),
        (PUT_RIDDLE, "search", ("what has but " * 400)[:5000]),
        (PUT_RIDDLE, "search", ("what is it that x but y " * 210)[:5000]),
    ],
)
def test_hostile_messages_are_read_in_linear_time(pattern, method, text):
    # 5,000 characters took 0.4-0.6 s each; CPU time, so a busy machine does not fail it, and
    # 50 ms is ten times what a linear reading takes here.
    started = time.process_time()
    getattr(pattern, method)(text)
    assert time.process_time() - started < 0.05


@pytest.mark.parametrize(
    ("message", "put_to"),
    [
        ("@darwin Charles, I quite agree. But Marie, what do you say?", ""),
        ("As @darwin showed, patience answers much. But what would you build, Albert?", "Albert"),
        ("@darwin Charles, did you ever doubt your theory?", "Charles"),
        ("What do you all think?", ""),
    ],
)
def test_the_sentence_that_asks_decides_whom_a_question_is_put_to(message, put_to):
    curie = VOICES["curie"]
    others = [voice for voice in CAST if voice.slug != "curie"]
    # The first was "That one is for Charles, Ada" to a question put to Marie.
    assert _put_to_other(curie, message, others) == put_to


@pytest.mark.parametrize(
    "text",
    [
        "do i need to mention my nut allergy when i book the restaurant",
        "should we just post the photos in the group chat",
        "do we have to tag the bags before the flight?",
        "can we just talk about how good that match was",
        "do i just type my pin in or tap the card?",
        "should i just say something to my neighbour about the noise",
        "do i have to mention the dent when i return the rental car",
        "do we need to ping the landlord again about the boiler",
    ],
)
def test_everyday_do_i_just_questions_are_no_newcomer_s(text):
    # Each was "Welcome, Sam. You have already done it: write what you like, as you have ..."
    assert ROOM_HOW.search(text) is None
    reply = say("curie", f"@curie {text}", author="sam")
    assert not reply.startswith(("Welcome", "Bienvenue")), reply


@pytest.mark.parametrize(
    "text",
    [
        "do i just... talk?",
        "do i need to @ someone",
        "how does this place work",
        "can i just type here?",
    ],
)
def test_how_the_room_works_is_asked_of_the_room(text):
    assert ROOM_HOW.search(text) is not None


def test_a_regular_asking_how_the_room_works_is_told_without_a_welcome():
    history = tuple(
        Line("sam", text)
        for text in ("morning all", "anyone watching the match later", "lol that ref")
    )
    reply = say("curie", "@curie how does this place work", author="sam", history=history)
    # Was "Welcome, Sam. You have already done it: ..."
    assert reply in tagged("curie", "start", name="Sam"), reply


@pytest.mark.parametrize(
    "text",
    [
        "hi all! baby slept through the night, first time!",
        "hey! passed my driving test, first time",
        "evening all. cooked a roast for 8 people, first time",
        "morning everyone, ran 5k without stopping. first time!",
    ],
)
def test_news_told_as_a_first_is_no_newcomer_s_hello(text):
    # Each was "Bienvenue, Sam! We are glad of another careful mind here. ..."
    assert not newcomer(text)


@pytest.mark.parametrize(
    "text",
    [
        "hello?? is this thing on. im ayo btw, first time",
        "hi all, first time",
        "hey everyone, im sam, first time",
    ],
)
def test_a_first_time_said_after_a_hello_and_a_name_is_a_newcomer_s(text):
    assert newcomer(text)


@pytest.mark.parametrize(
    "text",
    [
        "@curie hey all, new here! my sons name is Leo and he loves space",
        "hi all, first time here. the dogs name is Biscuit, he says hi too",
        "new here! my daughters name's Mia",
    ],
)
def test_a_newcomer_naming_a_child_or_a_pet_is_not_called_by_its_name(text):
    # The first two were "Welcome, Leo." and "Welcome, Biscuit."
    assert introduced_as(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "@einstein why" + "." * 3990,
        "why " + "?!" * 1990,
        ".'" * 2000,
        "'" * 4000,
    ],
)
def test_a_long_run_of_punctuation_is_read_quickly(text):
    # "why" and 4,990 dots took 2.6 s of CPU in a persona's reply; a mix of dots and
    # apostrophes a second.
    started = time.process_time()
    reply = say("darwin", text, author="sam")
    assert reply and time.process_time() - started < 0.5


@pytest.mark.parametrize(
    ("slug", "wrong", "right"),
    [
        # Prospero's third thought is his grave (The Tempest V.1), not his own.
        ("shakespeare", "every third thought his own", "his book drowned and his work done"),
        # Juliet would have been "more strange" had Romeo not overheard her (II.2).
        ("shakespeare", "would have spoken more", "would have been more strange"),
        # Babbage's noughts-and-crosses machine was a separate one, to raise money.
        ("lovelace", "meant his Engine to play noughts", "a little machine to play noughts"),
        # A later proverb, not his; Apology 30b.
        ("socrates", "good servant and a bad master", "goodness makes wealth good"),
        ("darwin", "at dawn, I believe, because", "was found after my time"),
        ("curie", "into its two elements", "two parts, each with a charge"),
    ],
)
def test_lines_the_review_found_false_are_mended(slug, wrong, right):
    material = "\n".join(VOICES[slug].material)
    assert wrong not in material and right in material
