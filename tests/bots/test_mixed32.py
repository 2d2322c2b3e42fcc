"""A message that greets (or thanks, or says goodnight) and tells or asks something besides: the
greeting answered briefly, never as to a newcomer, and the rest taken up. News after a greeting
is welcomed or sympathised with, a reminder or plan acknowledged (#noted), grave news met as
grave with no cheery hello; thanks before a question acknowledged in a clause, then the answer;
a goodbye with news meets it. Joining in unasked, a reminder meant for others is left alone, and
never is anyone welcomed. Look-alikes (a bare greeting, a newcomer, thanks alone) keep theirs."""

from __future__ import annotations

import re

import pytest

from bots.engine import SENTENCE_END
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

NAME = "Maureen"
WELCOMING = ("welcome", "come in", "new face", "newcomer", "come and look")


def lines(slug: str, *tags: str) -> list[str]:
    """The persona's lines of `tags`, as said to Maureen after a greeting named her."""
    tagged = index_of(VOICES[slug].material).tagged
    return [
        line.format(name=NAME).replace(f", {NAME}", "")
        for tag in tags
        for line in tagged.get(tag, ())
    ]


def greeted_then(slug: str, reply: str, *tags: str) -> bool:
    """Whether `reply` is a brief greeting of the persona's, then one of its `tags` lines."""
    hellos = {
        SENTENCE_END.split(line.format(name=NAME), maxsplit=1)[0]
        for line in index_of(VOICES[slug].material).tagged["hello"]
    }
    head = next((h for h in hellos if reply.startswith(f"{h} ")), "")
    return bool(head) and reply[len(head) + 1 :] in lines(slug, *tags)


def unwelcoming(reply: str) -> bool:
    return not any(w in reply.lower() for w in WELCOMING)


def asked(slug: str, text: str, **kw) -> str:
    return say(slug, f"@{slug} {text}", author=NAME, **kw)


def unasked(slug: str, text: str) -> str:
    return say(slug, text, author=NAME, unasked=True)


# A greeting with a reminder or a plan ------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "Morning all. cruise deposit due by the 14th, £400 per cabin"),
        ("shakespeare", "hi all, rehearsal moved to thursday 7pm"),
        ("darwin", "morning! bins go out tonight, recycling week"),
        ("lovelace", "evening everyone, quiz is on friday at 8, same table as last time"),
        ("einstein", "hello folks, dont forget subs are due this week"),
        ("socrates", "hi everyone, book club moved to next week"),
    ],
)
def test_a_reminder_after_a_greeting_is_noted_not_welcomed(slug, text):
    reply = asked(slug, text)
    assert greeted_then(slug, reply, "noted"), reply
    assert unwelcoming(reply)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "Morning all. cruise deposit due by the 14th, £400 per cabin"),
        ("socrates", "hi all, bbq at mine saturday from 2, bring a chair"),
        ("darwin", "morning! bins go out tonight, recycling week"),
    ],
)
def test_joining_in_unasked_a_reminder_for_others_is_left_alone(slug, text):
    assert unasked(slug, text) == ""


# A greeting with good or bad news -----------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "hiya, just back from the vets, she's fine"),
        ("darwin", "evening all, got the job!!"),
        ("socrates", "hello lovely people, we're having a baby!"),
        ("einstein", "hi guys, passed my driving test this morning"),
        ("curie", "morning all, got my exam results and i passed!"),
    ],
)
def test_good_news_after_a_greeting_is_welcomed_as_news(slug, text):
    reply = asked(slug, text)
    assert greeted_then(slug, reply, "glad", "congrats"), reply
    assert unwelcoming(reply)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("lovelace", "morning everyone, bad news i'm afraid, the car failed its MOT"),
        ("darwin", "hi all, rubbish day, the car got towed"),
    ],
)
def test_bad_news_after_a_greeting_is_sympathised_with_and_no_cheery_hello(slug, text):
    reply = asked(slug, text)
    assert greeted_then(slug, reply, "sympathy"), reply
    assert "delightful" not in reply and "pleasure" not in reply
    assert unwelcoming(reply)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "hey all, my nan passed away last night"),
        ("darwin", "morning everyone, our dog died this morning"),
    ],
)
def test_grave_news_after_a_greeting_gets_no_hello(slug, text):
    reply = asked(slug, text)
    grave = [
        line.format(name=NAME)
        for tag in ("condolence", "sympathy")
        for line in index_of(VOICES[slug].material).tagged.get(tag, ())
    ]
    assert reply in grave, reply
    assert not reply.startswith(("Hello", "Good day", "Bonjour", "Greetings"))


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("darwin", "hiya, just back from the vets, she's fine"),
        ("einstein", "evening all, got the job!!"),
        ("lovelace", "morning everyone, the car failed its MOT"),
    ],
)
def test_joining_in_unasked_news_after_a_greeting_is_met_never_welcomed(slug, text):
    reply = unasked(slug, text)
    assert greeted_then(slug, reply, "glad", "congrats", "sympathy"), reply
    assert unwelcoming(reply)


# Thanks, then a question --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "text", "answer"),
    [
        ("curie", "thanks curie! also does the same go for tea?", "tea"),
        ("darwin", "cheers darwin. why do cats purr though?", "purr"),
        ("shakespeare", "ta will, what rhymes with orange then?", "orange"),
        ("socrates", "thanks socrates. but is it ever right to lie?", "lie"),
        (
            "einstein",
            "thanks for earlier. and if its a westerly wind does that slow them down?",
            "wind",
        ),
    ],
)
def test_thanks_before_a_question_are_acknowledged_then_it_is_answered(slug, text, answer):
    reply = asked(slug, text)
    clauses = [
        re.split(r"(?<=[.;!?])\s", line.replace(", {name}", ""), maxsplit=1)[0].rstrip(";")
        for line in index_of(VOICES[slug].material).tagged["thanks"]
    ] + ["You are welcome."]
    assert any(reply.startswith(c.rstrip(".!")) for c in clauses), reply
    assert answer in reply.lower()


@pytest.mark.parametrize("slug", ["darwin", "curie", "einstein"])
def test_thanks_alone_are_answered_as_before(slug):
    reply = asked(slug, "thanks!")
    assert reply in [line.format(name=NAME) for line in lines_raw(slug, "thanks")]


def lines_raw(slug: str, tag: str) -> list[str]:
    return list(index_of(VOICES[slug].material).tagged[tag])


# A farewell with news ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("slug", "text", "tags"),
    [
        ("lovelace", "goodnight everyone, we won the pub quiz tonight btw!", ("congrats", "glad")),
        ("darwin", "bye all, dentist at 8 tomorrow ugh", ("sympathy",)),
        ("curie", "night all, passed my driving test today!!", ("congrats", "glad")),
    ],
)
def test_a_goodbye_with_news_meets_the_news(slug, text, tags):
    reply = asked(slug, text)
    byes = {
        SENTENCE_END.split(line.format(name=NAME), maxsplit=1)[0] for line in lines_raw(slug, "bye")
    }
    head = next((b for b in byes if reply.startswith(f"{b} ")), "")
    assert head, reply
    assert reply[len(head) + 1 :] in lines(slug, *tags), reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("curie", "night all, derek's asleep in his chair already"),
        ("darwin", "bye all!"),
        ("einstein", "night, sorry about the pressure washer thing"),
        ("socrates", "night socrates, think about whether the seating plan is wrong for me"),
    ],
)
def test_a_goodbye_with_nothing_to_meet_is_a_goodbye(slug, text):
    assert asked(slug, text) in [line.format(name=NAME) for line in lines_raw(slug, "bye")]


# Look-alikes that keep their answers ---------------------------------------------------------


@pytest.mark.parametrize("slug", ["curie", "darwin", "shakespeare"])
def test_a_bare_greeting_is_greeted(slug):
    reply = asked(slug, "morning all")
    assert any(reply.startswith(line.format(name=NAME)) for line in lines_raw(slug, "hello"))
    assert not any(n in reply for n in lines(slug, "noted", "congrats", "sympathy"))


@pytest.mark.parametrize("slug", ["einstein", "curie"])
def test_a_newcomer_is_still_welcomed(slug):
    assert "Welcome" in asked(slug, "hi i'm new here")


@pytest.mark.parametrize(
    "text",
    [
        "evening all, debrief is up on the drive",
        "hi all, the parcel finally arrived",
        "evening all, debrief from sunday is up on the drive if anyone wants to cringe",
        "hi everyone, late one tonight",
    ],
)
def test_a_greeting_with_no_reminder_and_no_news_is_not_noted(text):
    reply = asked("curie", text)
    assert not any(n in reply for n in lines("curie", "noted"))
    assert unwelcoming(reply.replace("You are welcome at our bench", ""))
