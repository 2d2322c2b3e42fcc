"""Round fifteen (room15): newcomers welcomed by the name they give and told, when they ask how
the room works, to just talk; personas answering personas on the point; words just given
amended when asked ("make it rhyme", "add something about the cat"). Found by the blind
rating: "hi all, name's Kwame, first time in here... do i just... talk?" got an owning-up and a
hand-over, and was called by the account's name instead of Kwame."""

from __future__ import annotations

import pytest

from bots.engine import DEFAULT_TAGGED, MENTION, SENTENCE_END, amendment, introduced_as
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, tagged

VOICES_NAME = {slug: v.name for slug, v in VOICES.items()}


def welcomes(slug: str, name: str) -> set[str]:
    """The first sentences of the persona's welcomes, which greet a newcomer who asked."""
    return {SENTENCE_END.split(line, maxsplit=1)[0] for line in tagged(slug, "welcome", name)}


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("hi all, name's Kwame, first time in here... do i just... talk?", "Kwame"),
        ("hey everyone, names Tariq, first time on here", "Tariq"),
        ("hello?? is this thing on. im ayo btw, first time", "Ayo"),
        ("ravi here, never done this before lol am i doing this right", "Ravi"),
        ("hi, call me Oskar. is this where the famous people chat?", "Oskar"),
        ("im zoe, do i just type?", "Zoe"),
        ("im nervous, first time here", ""),
        ("hi all, im kwame.", "Kwame"),
        ("hello, kwame here", "Kwame"),
        ("hey all, name is kwame", "Kwame"),
        ("yo, the names kwame", "Kwame"),
        ("hi!! i am Kwame", "Kwame"),
        ("hey, im kwame 👋", "Kwame"),
        ("my name is kwame", "Kwame"),
        ("hey im hungry", ""),
        ("hi im sleepy lol", ""),
        ("hi im good thanks", ""),
        ("hey im off to bed", ""),
        ("hiya, anybody here?", ""),
        ("hey, who here likes jazz", ""),
        ("hello, ppl here?", ""),
    ],
)
def test_the_name_a_newcomer_gives_is_read_however_put(message, name):
    assert introduced_as(message) == name


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("hi all, name's Kwame, first time in here... do i just... talk?", "Kwame"),
        ("ravi here, never done this before lol am i doing this right", "Ravi"),
        ("yo, im kenji, new to all this. am i doing it right?", "Kenji"),
        ("hey, Priyanka here. do i need to @ someone or just talk", "Priyanka"),
    ],
)
def test_a_newcomer_asking_how_the_room_works_is_welcomed_by_name_and_told_to_talk(
    slug, message, name
):
    reply = say(slug, f"@{slug} {message}", author="nell_t")
    assert any(reply.startswith(w) for w in welcomes(slug, name)), reply
    assert "Nell" not in reply
    assert any(reply.endswith(line) for line in tagged(slug, "start", name=name)), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_newcomer_is_welcomed_not_followed_up_after_the_personas_last_answer(slug):
    history = (
        Line("maya", f"@{slug} what is the best thing you ever made"),
        Line("x", say(slug, f"@{slug} what is the best thing you ever made"), own=True),
    )
    history = (history[0], Line(VOICES_NAME[slug], history[1].text, own=True))
    reply = say(slug, f"@{slug} hi im bea, new here. how does this work exactly", history=history)
    assert any(reply.startswith(w) for w in welcomes(slug, "Bea")), reply
    assert any(line in reply for line in tagged(slug, "start", name="Bea")), reply


def persona_says(slug: str, author: str, text: str, before=()) -> str:
    """What the persona says to another's message in a room where every seeded one is."""
    others = tuple(v for v in VOICES.values() if v.slug != slug)
    history = tuple(Line(a, t) for a, t in before)
    return say(slug, text, author=author, history=history, others=others)


@pytest.mark.parametrize("slug", ["einstein", "curie", "lovelace", "socrates", "darwin"])
def test_a_riddle_one_persona_poses_is_enjoyed_and_given_up_with_a_joke_back(slug):
    riddle = (
        "I have a tongue but taste nothing, and I am rung for weddings and for graves. What am I?"
    )
    reply = persona_says(slug, "William Shakespeare", riddle, [("ines", "riddle time")])
    own = index_of(VOICES[slug].material).tagged.get("riddle")
    riddles = {line.format(name="William") for line in own or DEFAULT_TAGGED["riddle"]}
    assert any(reply.startswith(f"{r} Here is one back: ") for r in riddles), reply
    assert any(reply.endswith(joke) for joke in tagged(slug, "joke", name="William")), reply


@pytest.mark.parametrize(
    ("slug", "author", "text", "who"),
    [
        (
            "lovelace",
            "Marie Curie",
            "@darwin Charles, did you ever doubt your own theory while you waited to publish?",
            "Charles",
        ),
        (
            "shakespeare",
            "Marie Curie",
            "Charles, did you ever doubt your own theory while you waited to publish?",
            "Charles",
        ),
        ("curie", "Socrates", "@einstein Albert, is a clock's time the time we feel?", "Albert"),
        ("darwin", "Albert Einstein", "@lovelace could your Engine ever compose music?", "Ada"),
    ],
)
def test_a_question_one_persona_puts_to_another_is_left_to_that_one(slug, author, text, who):
    reply = persona_says(slug, author, text, [("ines", "do scientists ever doubt themselves")])
    asker = author.split()[0]
    asides = index_of(VOICES[slug].material).tagged["aside"]
    assert reply in {line.format(name=asker, who=who) for line in asides}, reply


def test_a_question_put_to_the_persona_itself_is_still_answered():
    reply = persona_says(
        "darwin",
        "Marie Curie",
        "@darwin Charles, did you ever doubt your own theory while you waited to publish?",
    )
    assert "I waited twenty years before publishing On the Origin of Species" in reply, reply


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("and mention the zamboni @shakespeare, it deserves recognition", "the zamboni"),
        ("lovely but mention the lighthouse, it deserves a line", "the lighthouse"),
        ("can you add something about the dog", "the dog"),
        ("could you work the garden in somehow", "the garden"),
        ("can u put something in about my telescope too", "my telescope"),
        ("include the tortoise pls", "the tortoise"),
        ("make it rhyme", ""),
        ("make it funnier", ""),
        ("i put the kettle on", None),
        ("what a lovely day", None),
        ("add me on insta", None),
    ],
)
def test_what_is_to_be_added_to_words_just_given(message, added):
    assert amendment(MENTION.sub(" ", message)) == added


def amend(slug: str, request: str, given: str, text: str) -> str:
    name = VOICES_NAME[slug]
    history = (Line("ines", f"@{slug} {request}"), Line(name, given, own=True))
    return say(slug, f"@{slug} {text}", author="ines", history=history)


def test_words_asked_again_with_a_thing_added_are_other_words_said_to_be_for_it():
    given = "Parting is such sweet sorrow; farewell, and take the stapler with thee."
    reply = amend(
        "shakespeare",
        "a line for the office leaving card",
        given,
        "and mention the zamboni, it deserves recognition",
    )
    assert reply.startswith(
        ("For the zamboni too, then, Ines: ", "And for the zamboni as well, Ines: ")
    ), reply
    assert given not in reply and "Tell me more" not in reply


def test_the_thing_added_is_named_back_as_the_persona_would_say_it():
    reply = amend(
        "socrates",
        "a quote for the end of year speech",
        "Go and keep asking.",
        "can you add something about my football team",
    )
    assert reply.startswith(
        ("For your football team too, then, Ines: ", "And for your football team as well, Ines: ")
    ), reply


def test_words_asked_again_changed_are_other_words():
    given = "Go now, good Bob, and let the clock keep its own hours without you."
    reply = amend(
        "shakespeare", "give me a line for my retirement card for bob", given, "make it rhyme"
    )
    assert reply.startswith(("Then perhaps this, Ines: ", "Other words, then, Ines: ")), reply
    assert given not in reply


DOGS_NOSE = "Dogs sniff one another as we shake hands and read a letter at once"


def test_a_question_put_to_the_room_is_not_answered_on_two_words_in_other_senses():
    reply = persona_says(
        "darwin",
        "Marie Curie",
        "Does anyone here still write letters by hand?",
        [("ines", "found my grans old letters in the attic")],
    )
    assert DOGS_NOSE not in reply, reply


@pytest.mark.parametrize("slug", ["lovelace", "darwin"])
def test_a_riddle_without_what_am_i_is_a_riddle_too(slug):
    reply = persona_says(
        slug,
        "William Shakespeare",
        "What is it that has keys but opens no locks? Guess, good friends.",
        [("ines", "riddle pls")],
    )
    assert "Here is one back: " in reply, reply
    assert any(reply.endswith(joke) for joke in tagged(slug, "joke", name="William")), reply


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("message", ["do i just... talk?", "how does this place work"])
def test_how_the_room_works_asked_with_no_word_of_being_new_is_a_newcomers_question(slug, message):
    reply = say(slug, f"@{slug} {message}", author="kwame_b")
    assert any(reply.startswith(w) for w in welcomes(slug, "Kwame")), reply
    assert any(reply.endswith(line) for line in tagged(slug, "start", name="Kwame")), reply


def test_a_newcomer_who_said_hello_a_few_times_first_is_still_welcomed_by_name():
    history = tuple(Line("kwame_b", text) for text in ("hi", "anyone here", "hello?"))
    reply = say("curie", "@curie how does this place work", author="kwame_b", history=history)
    assert any(reply.startswith(w) for w in welcomes("curie", "Kwame")), reply
    assert any(reply.endswith(line) for line in tagged("curie", "start", name="Kwame")), reply


def test_how_this_works_asked_of_the_persona_s_answer_is_no_newcomer_s_question():
    reply = say("lovelace", "@lovelace how does this work", author="kwame_b")
    assert not any(reply.startswith(w) for w in welcomes("lovelace", "Kwame")), reply


def test_a_thing_added_to_words_given_for_an_unread_request_gets_the_persona_s_lines_on_it():
    reply = amend(
        "shakespeare",
        "write something for our ski trip group chat",
        "Once more unto the slopes, dear friends, once more!",
        "can it mention the snow",
    )
    assert reply.startswith(("For the snow too, then, Ines: ", "And for the snow as well, Ines: "))
    assert "icicles" in reply, reply


def test_a_claim_is_not_met_with_a_line_sharing_two_everyday_words_in_other_senses():
    reply = persona_says(
        "curie",
        "William Shakespeare",
        "The course of true love never did run smooth, and thy garden hedge proves it.",
        [("ines", "my neighbour and i are fighting over the hedge lol")],
    )
    assert "I loved my garden at Sceaux" not in reply, reply
    assert reply in tagged("curie", "askback", name="William") | {
        line.format(speaker="William")
        for line in index_of(VOICES["curie"].material).tagged["askback"]
    }, reply
