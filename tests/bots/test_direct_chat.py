"""One-to-one chats with a persona: no theme unless the person sets one (issue 9, row 5)."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots import services
from rooms.models import Message, Room
from tests.bots.conftest import frames_until, persona_message
from tests.bots.test_prompts import blocks
from tests.rooms.sockets import connected_socket, frame

SOCRATES_BIO = "Philosopher of Athens. Answers questions with better questions."


def chat_with(client, slug: str) -> Room:
    location = client.post(f"/personas/{slug}/chat/")["Location"]
    return Room.objects.get(slug=location.split("/")[2])


def test_a_new_chat_has_no_theme_and_its_person_can_set_one(client_for, alice, personas):
    assert personas["socrates"].bio == SOCRATES_BIO
    client = client_for(alice)
    room = chat_with(client, "socrates")

    assert room.topic == ""
    page = client.get(f"/rooms/{room.slug}/").content.decode()
    assert 'class="room-topic"' not in page  # the bio is not shown as its theme
    settings_form = page.split('id="room-ai-settings"')[1].split("</form>")[0]
    assert 'name="topic"' in settings_form and 'value="' not in settings_form.split("topic")[1]
    assert 'name="ai_chattiness"' not in settings_form and 'name="personas"' not in settings_form

    response = client.post(
        f"/rooms/{room.slug}/settings/",
        {"topic": " Courage ", "ai_chattiness": "silent", "personas": []},
    )

    assert response.status_code == 302
    room.refresh_from_db()
    assert (room.topic, room.ai_chattiness) == ("Courage", "always")
    assert list(room.personas.values_list("slug", flat=True)) == ["socrates"]
    page = client.get(f"/rooms/{room.slug}/").content.decode()
    assert '<p class="room-topic">Courage</p>' in page


def test_only_the_chats_person_sets_its_theme(client_for, alice, bob, personas):
    room = chat_with(client_for(alice), "socrates")
    response = client_for(bob).post(f"/rooms/{room.slug}/settings/", {"topic": "Mine now"})
    assert response.status_code == 404
    room.refresh_from_db()
    assert room.topic == ""


@database_sync_to_async
def open_chat(user, persona) -> Room:
    return services.direct_chat_open(user=user, persona=persona)


@database_sync_to_async
def set_theme(room, user, topic) -> None:
    services.direct_chat_theme_set(room=room, actor=user, topic=topic)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_replies_in_a_chat_never_take_the_bio_for_a_theme(alice, personas, model):
    """The bio reaches a model as who the persona is, never as the room's theme; a theme the
    person sets is the room's theme."""
    room = await open_chat(alice, personas["socrates"])
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("Who is wiser, the one who asks or the one who answers?"))
    await frames_until(socket, persona_message("Socrates"))
    await set_theme(room, alice, "Courage in battle")
    await socket.send_to(text_data=frame("And what is courage?"))
    await frames_until(socket, persona_message("Socrates"))
    await socket.disconnect()

    first, second = (blocks(r["body"]["messages"][1]["content"]) for r in model.requests)
    assert first["persona"]["bio"] == SOCRATES_BIO
    assert "room_theme" not in first
    assert second["room_theme"] == "Courage in battle"


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_an_offline_reply_in_a_chat_does_not_contain_the_bio(alice, personas):
    room = await open_chat(alice, personas["socrates"])
    socket = await connected_socket(room.slug, alice)
    questions = ["Who is wiser?", "What is justice?", "Hello Socrates", "Tell me about Athens"]
    for question in questions:
        await socket.send_to(text_data=frame(question))
        await frames_until(socket, persona_message("Socrates"))
    await socket.disconnect()

    replies = await database_sync_to_async(list)(
        Message.objects.filter(room=room, kind=Message.Kind.PERSONA).values_list("body", flat=True)
    )
    assert len(replies) == len(questions)
    for reply in replies:
        assert "Philosopher of Athens" not in reply
        assert "better questions" not in reply
