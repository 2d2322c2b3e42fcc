"""An XSS corpus (issue 8, part 11) through every place people and staff can put text: message
bodies, room names, topics and themes, persona names, bios and avatars. Wherever it shows (the
lobby, the room page, "load older", socket frames, the admin), it is text, never markup: no
element, attribute, event handler, `javascript:` link or htmx attribute comes from it."""

from __future__ import annotations

import uuid
from html.parser import HTMLParser

import pytest

from accounts.models import User
from bots.models import Persona, RoomPersona
from rooms import events, services
from rooms.models import Membership, Message

MARK = "xss7q"  # in every payload: found in markup, it came from the payload

PAYLOADS = [
    f"<script>alert('{MARK}')</script>",
    f"<img src=x onerror=\"alert('{MARK}')\">",
    f"<svg onload=alert('{MARK}')><circle r=1 /></svg>",
    f"<a href=\"javascript:alert('{MARK}')\">click</a>",
    f"javascript:alert('{MARK}')",
    f'"><div hx-get="/{MARK}" hx-trigger="load">x</div>',
    f"' onmouseover='alert(\"{MARK}\")' x='",
    f'<iframe srcdoc="<script>parent.{MARK}()</script>"></iframe>',
    f"<style>@import 'https://evil.example/{MARK}.css';</style>",
    f"[{MARK}](javascript:alert(1)) **{MARK}** `{MARK}`",
    f"{{{{ {MARK} }}}} {{% if {MARK} %}}",
    f"<math><mtext><table><mglyph><style><img src=x onerror=alert('{MARK}')>",
]
# Where markup from a payload would act.
ACTIVE_TAGS = {"script", "img", "svg", "iframe", "style", "math", "object", "embed"}
ACTIVE_ATTRIBUTES = ("on", "hx-", "data-hx-", "srcdoc", "style")
# Links may carry a payload's words (a room's slug, an auto-linked web address), never a
# scheme that runs code.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href"}
SAFE_URL = ("/", "#", "?", "http://", "https://", "mailto:")


class Markup(HTMLParser):
    """What a browser would build from the page: the elements and attributes the payload's
    marker turns up in (its text, escaped, is fine anywhere)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.open_tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open_tag = tag
        for name, value in attrs:
            if MARK in name:
                self.problems.append(f"attribute name <{tag} {name}>")
            if value and MARK in value and name.startswith(ACTIVE_ATTRIBUTES):
                self.problems.append(f"<{tag} {name}={value!r}>")
            url = (value or "").strip().lower()
            if name in URL_ATTRIBUTES and (
                url.startswith(("javascript:", "vbscript:"))
                or (MARK in url and not url.startswith(SAFE_URL))
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if MARK in tag or (tag in ACTIVE_TAGS and any(MARK in (v or "") for _, v in attrs)):
            self.problems.append(f"element <{tag}>")

    def handle_data(self, data: str) -> None:
        if self.open_tag in {"script", "style"} and MARK in data:
            self.problems.append(f"inside <{self.open_tag}>: {data[:60]!r}")

    def handle_endtag(self, tag: str) -> None:
        self.open_tag = None


def assert_inert(html: str) -> None:
    parser = Markup()
    parser.feed(html)
    parser.close()
    assert parser.problems == []


@pytest.fixture
def hostile_world(db, alice, client_for):
    """A room and a persona whose every field holds a payload, messages of each payload by a
    person and by the persona."""
    room = services.room_create(creator=alice, name="Corpus", topic=PAYLOADS[0][:190])
    user = User.objects.create(username="xss-bot", is_persona=True)
    persona = Persona.objects.create(
        slug="xss-bot",
        name=PAYLOADS[1][:80],
        user=user,
        avatar="<b>",
        bio=PAYLOADS[5][:200],
        system_prompt=PAYLOADS[2],
        style={},
    )
    RoomPersona.objects.create(room=room, persona=persona)
    services.membership_join(room=room, user=user, announce=False)
    for payload in PAYLOADS:
        for author in (alice, user):
            services.message_post(room=room, author=author, body=payload, client_id=uuid.uuid4())
    themed = [
        services.room_create(creator=alice, name=payload[:80], topic=payload[:190])
        for payload in PAYLOADS[2:6]
    ]
    return room, persona, themed


def test_payloads_show_as_text_on_every_page(hostile_world, alice, client_for):
    room, persona, themed = hostile_world
    client = client_for(alice)
    oldest = Message.objects.filter(room=room).order_by("pk").last().pk
    pages = ["/", f"/rooms/{room.slug}/", f"/rooms/{room.slug}/messages/?before={oldest}"]
    pages += [f"/rooms/{other.slug}/" for other in themed]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert MARK in html, path  # the payloads are there, as text
        assert_inert(html)


def test_payloads_show_as_text_in_socket_frames(hostile_world):
    room, _persona, _themed = hostile_world
    messages = list(Message.objects.filter(room=room).select_related("author__persona"))
    frame = events.messages_frame(messages)
    assert frame.count(MARK) >= len(PAYLOADS)
    assert_inert(frame)
    assert_inert(events.members_frame(room.pk))
    assert_inert(events.error_frame(PAYLOADS[0], client_id=PAYLOADS[5]))
    assert_inert(events.typing_frame(user_id=1, name=PAYLOADS[6]))


@pytest.mark.parametrize("model", ["room", "message", "membership", "persona"])
def test_payloads_show_as_text_in_the_admin(hostile_world, client_for, model):
    room, persona, themed = hostile_world
    shown = {
        "room": room,
        "message": Message.objects.filter(room=room).order_by("pk").last(),
        "membership": Membership.objects.filter(room=themed[0]).get(),
        "persona": persona,
    }[model]
    app = "bots" if model == "persona" else "rooms"
    staff = client_for(User.objects.create_superuser(username="root", password="x" * 20))
    for url in (f"/admin/{app}/{model}/", f"/admin/{app}/{model}/{shown.pk}/change/"):
        response = staff.get(url)
        assert response.status_code == 200, url
        assert MARK in response.content.decode(), url
        assert_inert(response.content.decode())


def test_the_checker_finds_live_markup():
    """The checker itself: markup made from a payload does not get past it."""
    for raw in (
        f"<script>{MARK}()</script>",
        f'<img src="x" onerror="{MARK}()">',
        f'<a href="javascript:{MARK}()">x</a>',
        f'<div hx-get="/{MARK}"></div>',
    ):
        parser = Markup()
        parser.feed(raw)
        assert parser.problems, raw
