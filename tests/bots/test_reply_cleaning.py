"""A model's reply is cleaned before anyone sees it: small models write speaker labels, echo
their instructions or the quoted data, run past their length, or produce nothing readable.
The fake model server (tests/bots/fake_llm.py) plays each of these on demand."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots.engine import Voice
from bots.models import BotTurn
from bots.prompts import RULES, reply_clean, speaker_labels, system_message
from bots.providers import ReplyRequest
from rooms.models import Message
from tests.bots.conftest import draft_texts, frames_until, persona_message, seat
from tests.rooms.sockets import connected_socket, frame

NAMES = ("Albert Einstein", "Marie Curie", "Socrates", "AIBot")
LABELS = speaker_labels("Marie Curie", NAMES)
PROMPT = "You are Marie Curie: patient, precise, quietly determined."
SECRET = system_message(
    ReplyRequest(
        voice=Voice(slug="curie", name="Marie Curie", max_reply_chars=240),
        system_prompt=PROMPT,
        theme="",
        message="",
        history=(),
        seed=1,
    )
)


def clean(text: str, limit: int = 240) -> str:
    return reply_clean(text, limit=limit, labels=LABELS, secret=SECRET)


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Marie Curie: Radium glows faintly in the dark.", "Radium glows faintly in the dark."),
        ("**Curie:** Measure it twice.", "Measure it twice."),
        ("[Marie Curie] - Measure it twice.", "Measure it twice."),
        ("Curie: Marie Curie: Measure it twice.", "Measure it twice."),
        ("Socrates: Measure it twice.", "Measure it twice."),  # another persona's label
        ("Assistant: Measure it twice.", "Measure it twice."),
        ('"Measure it twice."', "Measure it twice."),
        # Not labels: a name in a sentence, a word and a colon.
        ("Marie Curie measured it twice.", "Marie Curie measured it twice."),
        ("Patience: that is the whole secret.", "Patience: that is the whole secret."),
        # The model goes on writing the next speakers' turns: only its own is kept.
        ("Measure it twice.\nalice: and then?\nMarie Curie: Then again.", "Measure it twice."),
        ("Measure it twice.\nThen  once more.", "Measure it twice. Then once more."),
    ],
)
def test_speaker_labels_and_other_turns_are_taken_off(text, cleaned):
    assert clean(text) == cleaned


@pytest.mark.parametrize(
    "text",
    [
        # The system prompt or Salon's rules, echoed (a long run of either).
        f"Sure. {PROMPT}",
        "My rules: " + RULES.split("\n\n")[1][:80],
        "Answer the last chat message in character, briefly, as plain text (not JSON), ok?",
        # The quoted data, echoed.
        '{"author": "alice", "text": "hello"}',
        '<persona>\n{"name": "Marie Curie"}\n</persona>',
        # Empty or garbled.
        "",
        "   \n ",
        "!!! ??? ...",
        "12345 67890 111",
        "The the the the the measurement.",
        "\ufffd\ufffd radium",
        "}}]]; ;; {{ a",
    ],
)
def test_an_echo_or_a_garbled_reply_leaves_nothing(text):
    assert clean(text) == ""


@pytest.mark.parametrize(
    ("text", "limit", "cleaned"),
    [
        ("One. Two three. Four five six.", 20, "One. Two three."),
        ("One! Two? Three (four).", 100, "One! Two? Three (four)."),
        ('She said "stop." Then went on and on', 30, 'She said "stop."'),
        ("No sentence end here at all", 100, "No sentence end here at all"),
        ("No sentence end here at all, and far too long", 20, "No sentence end…"),
        ("Fits, but ends mid. Sentence and", 100, "Fits, but ends mid."),
    ],
)
def test_a_reply_is_cut_at_a_sentence_end_within_the_length(text, limit, cleaned):
    assert clean(text, limit) == cleaned
    assert len(cleaned) <= limit


# Through a room -----------------------------------------------------------------------------

pytestmark_live = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


def live(test):
    for mark in pytestmark_live:
        test = mark(test)
    return test


@database_sync_to_async
def room_lines(room) -> list[tuple[str, str]]:
    return list(Message.objects.filter(room=room).order_by("seq").values_list("kind", "body"))


@database_sync_to_async
def turns() -> list[tuple[str, str, str]]:
    return list(BotTurn.objects.order_by("id").values_list("status", "provider", "error"))


async def ask_curie(room, alice, personas) -> list[str]:
    """Every frame up to Curie's saved reply to a question."""
    await seat(room, personas["curie"])
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("Curie, how do you measure radioactivity?"))
    received = await frames_until(socket, persona_message("Marie Curie"))
    await socket.disconnect()
    return received


@live
async def test_a_label_never_shows_in_the_draft_nor_the_saved_reply(room, alice, personas, model):
    reply = "With an electrometer and a great deal of patience, one reading after another."
    model.script.chunks = ["Marie", " Curie", ":", " ", *(w + " " for w in reply.split())]
    model.script.delay = 0.05  # the watcher sees the reply grow, as with a real model

    received = await ask_curie(room, alice, personas)

    assert "Curie:" not in "".join(received)
    drafts = [d.strip() for d in draft_texts(received) if d.strip()]
    assert drafts and all(reply.startswith(d) for d in drafts)
    assert (await room_lines(room))[-1] == ("persona", reply)


@live
async def test_an_echo_of_the_rules_is_replaced_by_the_offline_reply(room, alice, personas, model):
    model.script.chunks = ["Sure! ", *RULES.split(" ")[:60]]
    model.script.chunks = [w + " " for w in model.script.chunks]
    model.script.delay = 0.02

    received = "".join(await ask_curie(room, alice, personas))

    assert "quoted data" not in received and "Salon, a group chat" not in received
    assert await turns() == [
        ("done", "offline-fallback", "The reply repeated the persona's instructions.")
    ]
    *_, (kind, body), note = await room_lines(room)
    assert kind == "persona" and "Salon" not in body
    assert note == ("system", "Marie Curie answered offline: the model's reply could not be used.")


@pytest.mark.parametrize("chunks", [[], ["  "], ["}}", "]];", " ##"], ["so so so so so so"]])
@live
async def test_an_empty_or_garbled_reply_is_replaced_by_the_offline_reply(
    room, alice, personas, model, chunks
):
    model.script.chunks = chunks

    await ask_curie(room, alice, personas)

    assert await turns() == [
        ("done", "offline-fallback", "The model's reply was empty or unreadable.")
    ]
    *_, (kind, body), note = await room_lines(room)
    assert kind == "persona" and len(body) > 20 and "}}" not in body and "so so" not in body
    assert note == ("system", "Marie Curie answered offline: the model's reply could not be used.")
