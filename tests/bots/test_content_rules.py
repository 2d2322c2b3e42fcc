"""The content rules (rooms.content) on the personas' side: what a model is shown, and what
a persona's reply shows the room, while it is written and once saved."""

from __future__ import annotations

import json

import pytest
from channels.db import database_sync_to_async

from rooms.content import EMAIL_MASK, PHONE_MASK
from rooms.models import Message, Room
from tests.bots.conftest import frames_until, persona_message, seat
from tests.rooms.sockets import connected_socket, frame

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


@database_sync_to_async
def bodies(room) -> list[tuple[str, str]]:
    return list(Message.objects.filter(room=room).order_by("id").values_list("kind", "body"))


async def test_a_model_is_never_shown_personal_data_that_the_room_still_sees(
    room, alice, personas, model
):
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Call the host on +44 20 7946 0958"
    )
    await seat(room, personas["curie"])
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("Curie, write to me at alice@example.org"))
    await frames_until(socket, persona_message("Marie Curie"))

    # By default ("model"), the room keeps what alice wrote; the model gets it redacted.
    assert (await bodies(room))[0] == ("user", "Curie, write to me at alice@example.org")
    _system, context, asked = model.requests[0]["body"]["messages"]
    assert f'"Call the host on {PHONE_MASK}"' in context["content"]
    assert json.loads(asked["content"])["text"] == f"Curie, write to me at {EMAIL_MASK}"
    assert "alice@example.org" not in json.dumps(model.requests[0]["body"])
    await socket.disconnect()


async def test_a_persona_reply_is_masked_in_its_draft_and_once_saved(
    room, alice, personas, model, settings
):
    settings.SALON_BLOCKED_WORDS = ["blasted"]
    settings.SALON_REDACT_PII = "all"
    reply = (
        "Those blasted instruments again! Write to marie@sorbonne.fr and we shall measure "
        "everything twice, patiently, as always."
    )
    model.script.chunks = [word + " " for word in reply.split()]
    model.script.delay = 0.05  # slow enough for drafts to be seen
    await seat(room, personas["curie"])
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("Curie, your instruments?"))
    received = await frames_until(socket, persona_message("Marie Curie"))

    saved = reply.replace("blasted", "*******").replace("marie@sorbonne.fr", EMAIL_MASK)
    assert (await bodies(room))[-1] == ("persona", saved)
    drafts = [f for f in received if 'class="message message-persona draft"' in f]
    assert any("Those ******* instruments" in draft for draft in drafts)
    seen = "".join(received)
    assert "blasted" not in seen and "sorbonne" not in seen
    await socket.disconnect()
