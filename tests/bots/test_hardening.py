"""Issue 15 for personas: room settings check rights before input and refuse oversized ids;
one-to-one chats have addresses nobody can guess."""

from __future__ import annotations

import re

import pytest

from bots.models import RoomPersona
from rooms import services as room_services
from rooms.models import Room

HUGE = "99999999999999999999999"


def settings_form(**changes) -> dict:
    return {"topic": "space exploration", "ai_chattiness": "lively", **changes}


@pytest.mark.parametrize("personas_field", [[HUGE], [str(2**63)], ["-1"], ["1.5"], ["x"]])
def test_a_non_owner_is_refused_before_the_form_is_read(
    client_for, room, bob, personas, personas_field
):
    """Row 2: a 500 (OverflowError on SQLite) for anyone who could post to a public room."""
    room_services.membership_join(room=room, user=bob)

    response = client_for(bob).post(
        f"/rooms/{room.slug}/settings/", settings_form(personas=personas_field)
    )

    assert response.status_code == 403
    assert response.content == b"Only the room's owner can change its settings."
    room.refresh_from_db()
    assert (room.topic, room.ai_chattiness) == ("Leaves and kettles", "normal")


@pytest.mark.parametrize("personas_field", [[HUGE], [str(2**63)], ["-1"], ["1.5"], ["x"]])
def test_an_owner_sending_a_bad_persona_id_gets_the_form_error(
    client_for, room, alice, personas, personas_field
):
    response = client_for(alice).post(
        f"/rooms/{room.slug}/settings/", settings_form(personas=personas_field), follow=True
    )

    assert response.status_code == 200
    assert "Those settings could not be saved" in response.content.decode()
    assert f"“{personas_field[0]}” is not a valid value." in response.content.decode()
    room.refresh_from_db()
    assert (room.topic, room.ai_chattiness) == ("Leaves and kettles", "normal")
    assert not RoomPersona.objects.exists()


def test_a_visitor_of_a_public_room_cannot_change_its_settings(client_for, room, bob, personas):
    response = client_for(bob).post(f"/rooms/{room.slug}/settings/", settings_form())
    assert response.status_code == 403
    room.refresh_from_db()
    assert room.ai_chattiness == "normal"


def test_one_to_one_chats_have_addresses_nobody_can_guess(client_for, alice, bob, personas):
    """Row 3: `<username>-<persona>` told anyone who talks to which persona."""
    alice_room = client_for(alice).post("/personas/curie/chat/")["Location"]
    bob_room = client_for(bob).post("/personas/curie/chat/")["Location"]

    alice_slug = re.fullmatch(r"/rooms/(alice-marie-curie-[0-9a-f]{12})/", alice_room)[1]
    bob_slug = re.fullmatch(r"/rooms/(bob-marie-curie-[0-9a-f]{12})/", bob_room)[1]
    assert alice_slug[-12:] != bob_slug[-12:]
    assert sorted(Room.objects.values_list("slug", flat=True)) == [alice_slug, bob_slug]
    # The plain name is just a missing room, for its person too.
    assert client_for(alice).get("/rooms/alice-marie-curie/").status_code == 404
    assert client_for(alice).get(alice_room).status_code == 200
