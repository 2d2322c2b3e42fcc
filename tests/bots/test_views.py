from __future__ import annotations

import json
import re
import uuid

import pytest
from channels.db import database_sync_to_async
from django.test import Client

from bots import services as bot_services
from bots.models import RoomPersona
from rooms import services as room_services
from rooms.models import Membership, Room
from tests.rooms.sockets import TIMEOUT, member_watching


def settings_form(**changes) -> dict:
    return {"topic": "space exploration", "ai_chattiness": "lively", **changes}


def test_owner_sets_theme_personas_and_chattiness(client_for, room, alice, personas):
    ids = [personas["einstein"].pk, personas["curie"].pk]
    response = client_for(alice).post(f"/rooms/{room.slug}/settings/", settings_form(personas=ids))

    assert response.status_code == 302 and response["Location"] == f"/rooms/{room.slug}/"
    room.refresh_from_db()
    assert (room.topic, room.ai_chattiness) == ("space exploration", "lively")
    assert sorted(room.personas.values_list("slug", flat=True)) == ["curie", "einstein"]
    seated = Membership.objects.filter(room=room, user__is_persona=True)
    assert sorted(seated.values_list("user__username", "is_present")) == [
        ("curie", True),
        ("einstein", True),
    ]

    # Taking a persona out removes it from the member list too.
    client_for(alice).post(
        f"/rooms/{room.slug}/settings/",
        settings_form(personas=[personas["curie"].pk], personas_shown=ids),
    )
    assert list(room.personas.values_list("slug", flat=True)) == ["curie"]
    assert list(seated.values_list("user__username", flat=True)) == ["curie"]


def test_saving_settings_keeps_a_persona_that_joined_by_mention_since_the_form_was_drawn(
    client_for, room, alice, bob, personas
):
    room_services.membership_join(room=room, user=bob)
    bot_services.room_personas_set(room=room, actor=alice, persona_ids=[personas["curie"].pk])
    page = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    form_html = page.split('id="room-ai-settings"')[1].split("</form>")[0]
    shown = re.findall(r'<input type="hidden" name="personas_shown" value="(\d+)"', form_html)
    assert shown == [str(personas["curie"].pk)]

    # Meanwhile bob's mention brings Socrates in; alice's form still shows him unticked.
    message = room_services.message_post(
        room=room, author=bob, body="@socrates what is tea, really?", client_id=uuid.uuid4()
    ).message
    bot_services.turns_plan_for_human(message_id=message.pk)
    assert sorted(room.personas.values_list("slug", flat=True)) == ["curie", "socrates"]

    # alice changes the chattiness and unticks Curie, as her form shows the room.
    client_for(alice).post(
        f"/rooms/{room.slug}/settings/", settings_form(personas=[], personas_shown=shown)
    )
    assert list(room.personas.values_list("slug", flat=True)) == ["socrates"]
    assert list(
        Membership.objects.filter(room=room, user__is_persona=True).values_list(
            "user__username", flat=True
        )
    ) == ["socrates"]
    room.refresh_from_db()
    assert room.ai_chattiness == "lively"


def test_only_the_owner_changes_room_settings(client_for, room, bob, personas):
    room_services.membership_join(room=room, user=bob)
    response = client_for(bob).post(
        f"/rooms/{room.slug}/settings/", settings_form(personas=[personas["einstein"].pk])
    )
    assert response.status_code == 403
    room.refresh_from_db()
    assert (room.topic, room.ai_chattiness) == ("Leaves and kettles", "normal")
    assert not RoomPersona.objects.exists()


def test_settings_need_csrf_and_post(room, alice, personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post(f"/rooms/{room.slug}/settings/", settings_form()).status_code == 403
    assert client.get(f"/rooms/{room.slug}/settings/").status_code == 405


@pytest.mark.parametrize("bad", [{"ai_chattiness": "always"}, {"ai_chattiness": "loud"}])
def test_bad_settings_are_refused_with_a_message(client_for, room, alice, personas, bad):
    response = client_for(alice).post(
        f"/rooms/{room.slug}/settings/", settings_form(**bad), follow=True
    )
    assert "Those settings could not be saved" in response.content.decode()
    room.refresh_from_db()
    assert room.ai_chattiness == "normal"


def test_private_room_settings_are_404_for_outsiders(client_for, private_room, bob, personas):
    assert client_for(bob).post(f"/rooms/{private_room.slug}/settings/").status_code == 404


def test_room_page_shows_the_persona_panel(client_for, room, alice, bob, personas):
    client_for(alice).post(
        f"/rooms/{room.slug}/settings/", settings_form(personas=[personas["einstein"].pk])
    )
    owner_html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    room_services.membership_join(room=room, user=bob)
    member_html = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()

    for html in (owner_html, member_html):
        assert 'Albert Einstein</span><span class="badge badge-ai">AI</span>' in html
        assert "Lively" in html
    assert 'id="room-ai-settings"' in owner_html
    assert 'id="room-ai-settings"' not in member_html


def test_one_to_one_chat_with_a_persona(client_for, alice, bob, personas):
    client = client_for(alice)
    response = client.post("/personas/curie/chat/")

    room = Room.objects.get()
    assert response["Location"] == f"/rooms/{room.slug}/"
    assert (room.name, room.is_private, room.ai_chattiness) == (
        "alice & Marie Curie",
        True,
        "always",
    )
    assert list(room.personas.values_list("slug", flat=True)) == ["curie"]
    # The same chat again, not a second room; nobody else can open it.
    assert client.post("/personas/curie/chat/")["Location"] == f"/rooms/{room.slug}/"
    assert Room.objects.count() == 1
    assert client_for(bob).get(f"/rooms/{room.slug}/").status_code == 404
    html = client.get(f"/rooms/{room.slug}/").content.decode()
    # Its persona and mode stay as they are: its settings are its theme only.
    assert 'name="topic"' in html.split('id="room-ai-settings"')[1]
    assert 'name="ai_chattiness"' not in html


def test_one_to_one_chat_keeps_its_persona_and_mode(client_for, alice, personas):
    client = client_for(alice)
    room = Room.objects.get(slug=client.post("/personas/curie/chat/")["Location"].split("/")[2])
    response = client.post(f"/rooms/{room.slug}/settings/", settings_form(personas=[]))
    assert response.status_code == 302
    room.refresh_from_db()
    assert (room.ai_chattiness, room.topic) == ("always", "space exploration")
    assert list(room.personas.values_list("slug", flat=True)) == ["curie"]


def test_lobby_offers_persona_chats(client_for, alice, personas):
    html = client_for(alice).get("/").content.decode()
    assert html.count('action="/personas/') == 7
    assert 'action="/personas/aibot/chat/"' in html


def test_unknown_or_inactive_persona_chat_is_404(client_for, alice, personas):
    personas["darwin"].is_active = False
    personas["darwin"].save()
    assert client_for(alice).post("/personas/darwin/chat/").status_code == 404
    assert client_for(alice).post("/personas/nobody/chat/").status_code == 404
    assert client_for(alice).get("/personas/curie/chat/").status_code == 405


@pytest.fixture
def staff(client_for):
    from accounts.models import User

    return client_for(User.objects.create_superuser(username="root", password="x" * 20))


def test_persona_admin_lists_searches_and_filters(staff, personas):
    html = staff.get("/admin/bots/persona/").content.decode()
    assert all(p.name in html for p in personas.values())
    html = staff.get("/admin/bots/persona/", {"q": "radium"}).content.decode()
    assert "Marie Curie" not in html  # radium is in the style, not searched
    html = staff.get("/admin/bots/persona/", {"q": "Nobel"}).content.decode()
    assert "Marie Curie" in html and "Socrates" not in html
    html = staff.get("/admin/bots/persona/", {"is_house_bot__exact": "1"}).content.decode()
    assert "AIBot" in html and "Socrates" not in html


def test_persona_admin_shows_sample_replies(staff, personas):
    url = f"/admin/bots/persona/{personas['socrates'].pk}/preview/"
    html = staff.get(url, {"message": "Is justice <b>good</b>?", "theme": ""}).content.decode()
    samples = html.split('<ol id="samples">')[1].split("</ol>")[0]
    assert samples.count("<li>") == 3
    # Issue 9, row 12: three different samples, never the same one twice.
    assert len(set(re.findall(r"<li>(.*?)</li>", samples, re.S))) == 3
    assert "justice" in samples.lower()
    assert "<b>good</b>" not in html


def test_persona_admin_preview_is_staff_only(client_for, alice, personas):
    url = f"/admin/bots/persona/{personas['socrates'].pk}/preview/"
    assert client_for(alice).get(url).status_code == 302


def test_staff_place_a_persona_in_rooms_from_the_admin(staff, room, private_room, personas):
    curie = personas["curie"]
    url = f"/admin/bots/persona/{curie.pk}/change/"
    form = staff.get(url).context["adminform"].form
    data = {
        **{k: v for k, v in form.initial.items() if v is not None},
        "style": json.dumps(curie.style),
        # One text field, as the browser posts it (the list would post a field a line, and
        # past Django's 1,000 fields the request is refused).
        "material": "\n".join(curie.material),
        "is_active": "on",
        "room_personas-TOTAL_FORMS": "2",
        "room_personas-INITIAL_FORMS": "0",
        "room_personas-0-room": str(room.pk),
        "room_personas-1-room": str(private_room.pk),
    }
    response = staff.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert sorted(curie.rooms.values_list("slug", flat=True)) == [private_room.slug, "tea-room"]
    assert sorted(
        Membership.objects.filter(user=curie.user).values_list("room__slug", "is_present")
    ) == [(private_room.slug, True), ("tea-room", True)]


def test_history_shows_a_persona_as_it_is_now(client_for, room, alice, personas):
    """Rendered messages are cached per process by what they show: renaming a persona (or
    changing its avatar) shows at once on every page of history."""
    einstein = personas["einstein"]
    room_services.message_post(
        room=room, author=alice, body="Hello", client_id="6b1a3c1e-2b7a-4d55-9a61-0c9f6a3e5b10"
    )
    Membership.objects.create(room=room, user=einstein.user)
    room_services.message_post(
        room=room,
        author=einstein.user,
        body="Greetings.",
        client_id="7b1a3c1e-2b7a-4d55-9a61-0c9f6a3e5b10",
    )
    client = client_for(alice)
    page = client.get(f"/rooms/{room.slug}/").content.decode()
    assert '<span class="message-author">Albert Einstein</span>' in page

    einstein.name, einstein.avatar = "Prof. Einstein", "🎻"
    einstein.save()

    page = client.get(f"/rooms/{room.slug}/").content.decode()
    assert '<span class="message-author">Prof. Einstein</span>' in page
    assert "Albert Einstein</span>" not in page and "🎻</span>" in page


def persona_add_form(**changes) -> dict:
    """The admin's add form for a persona, filled in as staff would."""
    return {
        "name": "Ada Lovelace",
        "slug": "ada",
        "avatar": "AL",
        "color_hue": "200",
        "bio": "Wrote the first program, for an engine not yet built.",
        "is_active": "on",
        "system_prompt": "You are Ada Lovelace.",
        "style": json.dumps({"topics": ["engines", "numbers"]}),
        "material": "The engine weaves algebraic patterns.\n#hello Good day to you.",
        "max_reply_chars": "280",
        "talkativeness": "40",
        "model_override": "",
        "room_personas-TOTAL_FORMS": "0",
        "room_personas-INITIAL_FORMS": "0",
        **changes,
    }


def test_staff_add_a_persona_from_the_admin(staff, room, private_room):
    """The admin's add form makes the persona's account and seats it in the rooms given,
    as seed_personas makes an account (issue 9, row 1: an IntegrityError before)."""
    from accounts.models import User
    from bots.models import Persona

    response = staff.post(
        "/admin/bots/persona/add/",
        persona_add_form(
            **{
                "room_personas-TOTAL_FORMS": "2",
                "room_personas-0-room": str(room.pk),
                "room_personas-1-room": str(private_room.pk),
            }
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    ada = Persona.objects.select_related("user").get(slug="ada")
    assert (ada.name, ada.user.username, ada.user.is_persona) == ("Ada Lovelace", "ada", True)
    assert not ada.user.has_usable_password()
    assert ada.material == ["The engine weaves algebraic patterns.", "#hello Good day to you."]
    assert sorted(
        Membership.objects.filter(user=ada.user).values_list("room__slug", "role", "is_present")
    ) == [(private_room.slug, "member", True), ("tea-room", "member", True)]
    assert User.objects.filter(is_persona=True).count() == 1


def test_admin_refuses_a_persona_slug_a_person_uses(staff, bob):
    from bots.models import Persona

    response = staff.post("/admin/bots/persona/add/", persona_add_form(slug="Bob"))

    assert response.status_code == 200
    assert "a person already uses the username" in response.content.decode()
    assert not Persona.objects.exists()


def test_renaming_a_persona_slug_renames_its_account(staff, personas):
    curie = personas["curie"]
    url = f"/admin/bots/persona/{curie.pk}/change/"
    form = staff.get(url).context["adminform"].form
    data = {
        **{k: v for k, v in form.initial.items() if v is not None},
        "slug": "marie",
        "style": json.dumps(curie.style),
        "material": "\n".join(curie.material),
        "is_active": "on",
        "room_personas-TOTAL_FORMS": "0",
        "room_personas-INITIAL_FORMS": "0",
    }
    response = staff.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    curie.user.refresh_from_db()
    assert curie.user.username == "marie"


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_seating_and_unseating_a_persona_sends_its_row_and_the_personas_line(
    room, alice, bob, personas
):
    watcher = await member_watching(room, bob)
    curie = personas["curie"]
    row = f'<li id="member-{curie.user_id}"'

    async def frames_of(persona_ids: list[int]) -> str:
        await database_sync_to_async(bot_services.room_personas_set)(
            room=room, actor=alice, persona_ids=persona_ids, shown_ids=[curie.pk]
        )
        frames = [await watcher.receive_from(timeout=TIMEOUT) for _ in range(2)]
        assert await watcher.receive_nothing(timeout=0.3)
        return "".join(frames)

    # Her row and the counts, and the personas line: not the whole member panel again.
    seated = await frames_of([curie.pk])
    assert 'id="member-panel"' not in seated
    assert re.findall(r'<li id="member-(\d+)"[^>]*data-kind="(\w+)"', seated) == [
        (str(curie.user_id), "persona")
    ]
    assert ">1 of 2 online</span>" in seated
    assert '<p id="personas-status" class="muted personas-mode" hx-swap-oob="true">Normal</p>' in (
        seated
    )

    unseated = await frames_of([])
    assert 'id="member-panel"' not in unseated
    assert re.findall(rf"{row}[^>]*>", unseated) == [f'{row} data-removed="true">']
    assert (
        '<p id="personas-status" class="muted" hx-swap-oob="true">No personas in this room yet.</p>'
        in unseated
    )
    await watcher.disconnect()
