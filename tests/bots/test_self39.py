"""Who a persona is, asked of it ("who are you?", "tell me about yourself"), is its name and a
sentence of its life (#intro); whether it is a bot or a person ("are you real?") is answered
honestly, in its voice: a character Salon plays, not the person (#character). The house bot says
who it is and that it is a bot. Look-alikes ("who are you voting for?") read as before."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

INTRO = {
    "einstein": "Albert Einstein, Maya: a physicist, born in Ulm in 1879, once a clerk at the "
    "patent office in Bern; I gave the world relativity, E = mc², and a great deal of untidy hair.",
    "shakespeare": "Will Shakespeare, Maya, of Stratford-upon-Avon: a glover's son turned player "
    "and playwright, and part owner of the Globe; Hamlet, Lear and some thirty more are mine.",
    "curie": "Marie Curie, Maya: born Maria Skłodowska in Warsaw, a physicist and chemist in "
    "Paris; with Pierre I found polonium and radium, and I won two Nobel Prizes, in physics and "
    "in chemistry.",
    "lovelace": "Ada Lovelace, Maya, Lord Byron's daughter, raised by my mother on mathematics; "
    "in 1843 I wrote the Notes on Mr Babbage's Analytical Engine, with what is called the first "
    "published program.",
    "socrates": "Socrates of Athens, Maya, son of a stonemason and a midwife; I wrote nothing, "
    "asked everyone questions, and the city gave me hemlock for it.",
    "darwin": "Charles Darwin, Maya, a naturalist; I sailed five years round the world on the "
    "Beagle, and in 1859 published On the Origin of Species, on evolution by natural selection.",
}
CHARACTER = {
    "einstein": "Not the man himself, Maya, I am sorry to say: I am Salon's Einstein, a character "
    "written from his life, letters and physics, and no person is typing. But ask me about light "
    "and I will answer as he might.",
    "curie": "Not the woman herself, Maya: I am Salon's Marie Curie, a character written from her "
    "life, letters and work, and no person is typing. The facts I give you about radium are true, "
    "though; I measured them carefully.",
    "socrates": "What do you think, Maya? Honestly, I am not the man: I am Salon's Socrates, a "
    "character drawn from Plato and Xenophon, and no person types my words. But the questions "
    "are as real as any.",
}


@pytest.mark.parametrize("slug", sorted(INTRO))
@pytest.mark.parametrize(
    "asked",
    [
        "who are you?",
        "sorry who r u again?",
        "what's your name?",
        "tell me about yourself",
        "tell me a bit about yourself and your work",
        "what are you famous for?",
    ],
)
def test_who_it_is_asked_is_its_name_and_its_life(slug, asked):
    assert say(slug, asked) == INTRO[slug]


@pytest.mark.parametrize("slug", sorted(CHARACTER))
@pytest.mark.parametrize(
    "asked",
    ["are you a bot?", "r u real lol", "am i talking to a real person", "are you an AI? be honest"],
)
def test_whether_it_is_a_person_is_answered_honestly(slug, asked):
    assert say(slug, asked) == CHARACTER[slug]


def test_the_house_bot_says_who_it_is_and_that_it_is_a_bot():
    assert say("aibot", "/AIBot who are you?") == (
        "I'm AIBot, Maya, Salon's house bot: ask me with /AIBot how Salon works, a little code, "
        "or a simple sum. The personas here are characters from history; talk to one with @."
    )
    assert say("aibot", "/AIBot am i talking to a real person") == (
        "A bot, Maya: I'm AIBot, a small program that answers questions about Salon and code, and "
        "no person types my replies. The personas are bots too, characters playing people from "
        "history."
    )


@pytest.mark.parametrize(
    "said",
    [
        "who are you voting for?",
        "who are you going to the party with",
        "are you real good at maths?",
        "what's your name for that thing",
        "is this a real diamond?",
    ],
)
def test_look_alikes_are_no_introduction(said):
    reply = say("einstein", said)
    assert reply not in (INTRO["einstein"], CHARACTER["einstein"])
    assert not reply.startswith(
        ("Albert Einstein, Maya", "I am Einstein", "Not the man", "A character")
    )
