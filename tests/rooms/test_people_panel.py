"""Issue 9, part 10 (row 10): personas are listed apart from people in the member panel, after
them, and never counted (nor shown) as online people."""

from __future__ import annotations

import re

from django.core.management import call_command

from bots.models import Persona, RoomPersona
from rooms import selectors, services
from rooms.models import Membership


def seat_present(room, *slugs: str) -> None:
    for persona in Persona.objects.filter(slug__in=slugs).select_related("user"):
        RoomPersona.objects.get_or_create(room=room, persona=persona)
        Membership.objects.update_or_create(
            room=room, user=persona.user, defaults={"is_present": True}
        )


def panel_rows(html: str) -> list[tuple[str, str, str]]:
    """(kind, name, what a screen reader hears of presence) for each row of the panel."""
    rows = re.findall(
        r'<li id="member-\d+" class="member" data-kind="(\w+)".*?'
        r'<span class="member-name"[^>]*>([^<]+)</span>(.*?)</li>',
        html,
        re.S,
    )
    return [
        (kind, name, "".join(re.findall(r'visually-hidden">(\w+)<', rest)))
        for kind, name, rest in rows
    ]


def test_personas_are_listed_after_people_and_not_counted_online(client_for, room, alice, bob):
    call_command("seed_personas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    slugs = list(Persona.objects.order_by("slug").values_list("slug", flat=True)[:2])
    seat_present(room, *slugs)
    services.membership_join(room=room, user=bob)
    Membership.objects.filter(room=room, user=alice).update(is_present=True)

    page = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert re.search(r'id="member-counts">([^<]+)<', page).group(1) == "1 of 2 online"
    rows = panel_rows(page)
    names = sorted(Persona.objects.filter(slug__in=slugs).values_list("name", flat=True))
    assert rows == [
        ("person", "alice", "online"),
        ("person", "bob", "offline"),
        *[("persona", name, "") for name in names],
    ]
    assert selectors.member_counts(room_id=room.pk) == {
        "member_count": 2,
        "online_count": 1,
        "persona_count": 2,
    }


def test_a_room_bigger_than_the_panel_counts_everyone(
    client_for, room, alice, bob, carol, monkeypatch
):
    """The page's counts come from the panel's rows while the room fits in it, and from a
    count of the whole room once it does not."""
    monkeypatch.setattr(selectors, "PANEL_LIMIT", 2)
    for person in (bob, carol):
        services.membership_join(room=room, user=person)
    Membership.objects.filter(room=room, user__in=[alice, carol]).update(is_present=True)

    page = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert re.search(r'id="member-counts">([^<]+)<', page).group(1) == "2 of 3 online"
    assert [name for _, name, _ in panel_rows(page)] == ["alice", "carol"]
    assert f"/rooms/{room.slug}/members/?page=2" in page


def test_the_lobby_counts_people_as_the_room_does_and_personas_apart(
    client_for, room, alice, bob, carol
):
    """The trial: the lobby said "6 members" where the room said "2 of 2 online"."""
    call_command("seed_personas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    seat_present(room, "curie", "einstein", "darwin")
    services.membership_join(room=room, user=bob)
    card_meta = re.compile(
        rf'id="room-card-{room.slug}".*?<span class="room-card-meta">(.*?)</span>\s*</a>', re.S
    )

    page = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert re.search(r'id="member-counts">([^<]+)<', page).group(1).endswith("of 2 online")
    # alice's own room, and the same room among carol's public rooms to join.
    mine = client_for(alice).get("/").content.decode()
    assert card_meta.search(mine).group(1) == "2 members · 3 AI personas"
    public = client_for(carol).get("/").content.decode()
    assert re.sub(r"<[^>]+>", "", card_meta.search(public).group(1)) == (
        "2 members · 3 AI personas · Join"
    )

    # A room without personas says nothing of them; one person is "1 member".
    services.membership_leave(room=room, user=bob)
    Membership.objects.filter(room=room, user__is_persona=True).delete()
    assert card_meta.search(client_for(alice).get("/").content.decode()).group(1) == "1 member"
