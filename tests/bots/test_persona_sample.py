"""`manage.py persona_sample`: every seeded persona answers the same everyday messages, and the
house bot is asked as people ask it, with its command."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from bots.house import HOUSE_SOCIAL
from bots.house_help import DINNER_IDEA
from bots.management.commands.persona_sample import MESSAGES, PERSON

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample(personas) -> str:
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    return out.getvalue()


def rows(sample: str, personas: dict, name: str) -> list[str]:
    """`name`'s replies, one per message it answered, with wrapped lines joined. A reply's
    first line is its speaker's name, indented and right-aligned, then a colon; wrapped lines
    are indented past it."""
    width = 2 + max(len(p.name) for p in personas.values())
    found, current = [], False
    for line in sample.splitlines():
        if line[:width].strip() and line[width : width + 2] == ": ":
            current = line[:width].strip() == name
            if current:
                found.append(line[width + 2 :])
        elif current and line.startswith(" " * (width + 2)) and line.strip():
            found[-1] += " " + line.strip()
        else:
            current = False
    return found


def test_the_house_bot_is_sent_real_aibot_commands_and_answers_them(sample, personas):
    aibot = rows(sample, personas, personas["aibot"].name)
    # Every message but another persona's line goes to it, as "/AIBot <what sam said>".
    asked = [m for m in MESSAGES if m != "{persona}"]
    assert len(aibot) == len(asked)
    for reply, message in zip(aibot, asked, strict=True):
        message = message.replace("{field}", "How do I make a room private?")
        assert reply.startswith(f"[/AIBot {message}] "), reply
    said = dict(zip(asked, (r.split("] ", 1)[1] for r in aibot), strict=True))
    welcome = [line.format(to=", Sam") for line in HOUSE_SOCIAL["welcome"]]
    assert said["Hi everyone, I'm new here"] in welcome
    assert said["{field}"].startswith('Tick "Private" when you create the room in the lobby')
    # (sample39: a quick dinner idea, not "I don't know that one")
    assert said["Can you give me a recipe for a quick dinner?"] == DINNER_IDEA.format(to=", Sam")
    assert said["Thanks, that was really helpful!"] in [
        line.format(to=", Sam") for line in HOUSE_SOCIAL["thanks"]
    ]
    opinion = [line.format(to=", Sam") for line in HOUSE_SOCIAL["opinion"]]
    assert said["I disagree with Ada, machines will never be creative."] in opinion


def test_each_persona_answers_each_message_and_the_page_reads_plainly(sample, personas):
    assert sample.startswith('Room theme: "Science books"; sam mentions each persona in turn')
    # A header per message, as sam said it.
    assert sample.count(f"\n{PERSON}: ") == len(MESSAGES)
    for slug, persona in personas.items():
        if slug == "aibot":
            continue
        replies = rows(sample, personas, persona.name)
        assert len(replies) == len(MESSAGES), (slug, len(replies))
        assert len(set(replies)) == len(replies), slug
        assert not any("/AIBot" in reply for reply in replies), slug
    for line in sample.splitlines():
        assert len(line) <= 100, line
