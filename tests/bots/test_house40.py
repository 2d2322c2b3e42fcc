"""house40: the house bot on chat abbreviations, a game for the room, requests, its personas.

- "what does ngl mean": what a chat abbreviation is short for (`house_help.SLANG`), never "I
  don't know, that's outside code and Salon"; a word that is not one of them is not answered so.
- "suggest a game we can play in chat": two truths and a lie, and the dice it can roll; a video
  game asked for is not that.
- A request put as one ("translate hello into spanish", "recommend a good film") is asked, so it
  is owned up to or handed on, never "Noted!" as if something were told.
- "who are the personas": each with its field, so a newcomer knows whom to ask.
"""

import pytest

from tests.bots.test_everyday_messages import say

CASES = [
    ("/AIBot what does lol mean", '"lol" is short for "laughing out loud", Maya.'),
    ("/AIBot whats ngl mean", '"ngl" is short for "not gonna lie", Maya.'),
    ("/AIBot what is smh", '"smh" is short for "shaking my head", Maya.'),
    ("/AIBot what does 'iirc' stand for", '"iirc" is short for "if I remember correctly", Maya.'),
    ("/AIBot what does tl;dr mean", '"tl;dr" is short for "too long; didn\'t read", Maya.'),
    (
        "/AIBot suggest a game we can play in chat",
        "Try two truths and a lie, Maya: each of you posts three things about yourself, one of "
        "them false, and the rest guess which. If you need a dice or a coin, ask me: /AIBot "
        "roll a d20.",
    ),
    (
        "/AIBot what's a fun game for a group chat",
        "Try two truths and a lie, Maya: each of you posts three things about yourself, one of "
        "them false, and the rest guess which. If you need a dice or a coin, ask me: /AIBot "
        "roll a d20.",
    ),
    (
        "/AIBot who are the personas",
        "Characters Salon plays, not people: Albert Einstein (physics), William Shakespeare "
        "(plays), Marie Curie (chemistry), Ada Lovelace (maths, machines), Socrates (how to live)"
        " and Charles Darwin (nature), plus me, the house bot. Mention one with @.",
    ),
]


@pytest.mark.parametrize(("text", "reply"), CASES)
def test_reply(text, reply):
    assert say("aibot", text) == reply


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot what is python",  # its own field, answered as before
        "/AIBot what does async mean",
        "/AIBot what's up",
        "/AIBot whats a good video game to play with friends",
    ],
)
def test_look_alikes_are_not_read_as_abbreviations_or_games(text):
    reply = say("aibot", text)
    assert "is short for" not in reply and "two truths" not in reply


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot translate hello into spanish",
        "/AIBot recommend a good film",
        "/AIBot explain blockchain simply",
    ],
)
def test_a_request_is_asked_not_noted(text):
    assert say("aibot", text) == (
        "I don't know that, sorry, and I'd rather not make something up. Someone in the room may "
        "know, or a quick web search will."
    )


@pytest.mark.parametrize("text", ["/AIBot are you sentient", "/AIBot are u conscious?"])
def test_asked_if_it_is_sentient_it_says_it_is_a_bot(text):
    assert say("aibot", text) == (
        "A bot, Maya: I'm AIBot, a small program that answers questions about Salon and code, "
        "and no person types my replies. The personas are bots too, characters playing people "
        "from history."
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("/AIBot help me write my vows", "Writing vows isn't something I can do, Maya"),
        ("/AIBot can you write me some lyrics", "Writing lyrics isn't something I can do, Maya"),
        ("/AIBot write a poem about cats", "Writing a poem isn't something I can do, Maya"),
        ("/AIBot write an essay on war", "Writing an essay isn't something I can do, Maya"),
    ],
)
def test_a_plural_thing_to_write_takes_no_article(text, said):
    assert say("aibot", text).startswith(said)
