"""Reads for personas: who is in a room, the state the policy decides on, recent history."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from bots import policy
from bots.engine import ChatLine
from bots.models import BotTurn, Persona, RoomPersona
from rooms.models import Message, Room
from rooms.selectors import start_of_today

HISTORY_LENGTH = 10
# A persona that spoke in a room this lately has met the people in it: their greetings to each
# other are theirs (`policy.RoomState.greeted`).
GREETED_WITHIN = timedelta(hours=3)
SUGGESTIONS = 8  # options in the composer's @ list
COUNTED_STATUSES = (BotTurn.Status.PENDING, BotTurn.Status.STREAMING, BotTurn.Status.DONE)


def active_personas() -> QuerySet[Persona]:
    return Persona.objects.filter(is_active=True).select_related("user")


def room_personas(*, room: Room) -> list[Persona]:
    """The active personas present in `room`."""
    return list(active_personas().filter(room_personas__room=room).order_by("name"))


def house_bot() -> Persona | None:
    return active_personas().filter(is_house_bot=True).order_by("pk").first()


def replies_today(*, room: Room, person: User | None = None) -> tuple[int, int]:
    """AI replies given or under way today (UTC) in `room`, against its daily budget, and for
    `person` in any room, against their cap; in one query."""
    in_room = Q(room=room)
    for_person = Q(requested_by=person) if person is not None else Q(pk__in=[])
    counts = BotTurn.objects.filter(
        in_room | for_person, created_at__gte=start_of_today(), status__in=COUNTED_STATUSES
    ).aggregate(room=Count("pk", filter=in_room), person=Count("pk", filter=for_person))
    return counts["room"], counts["person"]


def room_cast(*, room: Room) -> policy.RoomState:
    """Who could answer in `room`: its chattiness, its personas, the house bot (which answers
    /AIBot anywhere) and the active personas a mention could bring in, in one query; no
    history, no budget (see `room_state`)."""
    personas = list(
        active_personas()
        .annotate(in_room=Exists(RoomPersona.objects.filter(room=room, persona=OuterRef("pk"))))
        .order_by("name", "pk")
    )
    bot = next((p for p in personas if p.is_house_bot), None)
    return policy.RoomState(
        chattiness=room.ai_chattiness,
        present=tuple(_candidate(p) for p in personas if p.in_room),
        house_bot=_candidate(bot) if bot else None,
        daily_budget=room.ai_daily_budget,
        absent=tuple(_candidate(p) for p in personas if not p.in_room and not p.is_house_bot),
        # A one-to-one chat keeps its one persona.
        join_on_mention=room.ai_join_on_mention and room.ai_chattiness != Room.Chattiness.ALWAYS,
    )


def _candidate(persona: Persona) -> policy.Candidate:
    return policy.Candidate(
        slug=persona.slug,
        name=persona.name,
        talkativeness=persona.talkativeness,
        is_house_bot=persona.is_house_bot,
        material=tuple(persona.material or ()),
        topics=tuple((persona.style or {}).get("topics", ())),
    )


def room_state(*, room: Room, person: User | None = None) -> policy.RoomState:
    """Everything the policy decides on: the cast, the last persona to speak, today's counts
    of the room and of `person`, whose message starts the replies."""
    # The last persona to speak is the last finished turn: an indexed lookup by room.
    last, at = (
        BotTurn.objects.filter(room=room, status=BotTurn.Status.DONE)
        .order_by("-id")
        .values_list("persona__slug", "created_at")
        .first()
    ) or (None, None)
    in_room, for_person = replies_today(room=room, person=person)
    return dataclasses.replace(
        room_cast(room=room),
        last_persona=last,
        greeted=at is not None and at >= timezone.now() - GREETED_WITHIN,
        replies_today=in_room,
        person_replies_today=for_person,
        person_daily_cap=settings.SALON_AI_REPLIES_PER_PERSON_DAILY if person else None,
    )


def history(*, room: Room, up_to: int, speaker: Persona) -> tuple[ChatLine, ...]:
    """The last messages of `room` up to message id `up_to`, oldest first, those of `speaker`
    (the persona about to answer) marked as its own."""
    rows = (
        Message.objects.filter(room=room, id__lte=up_to, deleted_at__isnull=True)
        .exclude(kind=Message.Kind.SYSTEM)
        .select_related("author__persona")
        .order_by("-id")[:HISTORY_LENGTH]
    )
    return tuple(
        ChatLine(author=display_name(m), text=readable_text(m), own=m.author_id == speaker.user_id)
        for m in reversed(rows)
    )


def answered_before(*, room: Room, trigger: Message, speaker: Persona) -> str:
    """The last of the personas' replies given since `trigger`, when nobody else spoke since:
    what `speaker`, answering the same message next, should not open alike; "" when there is
    none, or it is its own."""
    rows = list(
        Message.objects.filter(room=room, id__gt=trigger.pk, deleted_at__isnull=True)
        .exclude(kind=Message.Kind.SYSTEM)
        .order_by("-id")
        .values_list("kind", "author_id", "body")[:6]
    )
    if not rows or any(kind != Message.Kind.PERSONA for kind, _, _ in rows):
        return ""
    _, author, body = rows[0]
    return body if author != speaker.user_id else ""


def readable_text(message: Message) -> str:
    """What a persona reads of a message: its text, or, for a file sent alone, a line saying
    what was shared ("(shared a photo: beach.jpg)")."""
    if message.body or not message.attachments:
        return message.body
    shared = [
        f"a photo: {a['name']}" if a.get("kind") == "image" else f"a file: {a['name']}"
        for a in message.attachments
    ]
    return f"(shared {', '.join(shared)})"


def display_name(message: Message) -> str:
    if message.author is None:
        return "someone"
    persona = getattr(message.author, "persona", None) if message.author.is_persona else None
    return persona.name if persona else message.author.username


def persona_names() -> tuple[str, ...]:
    """Every active persona's slug and name."""
    rows = active_personas().values_list("slug", "name")
    return tuple(name for row in rows for name in row)


SAID_LENGTH = 60


def previous_replies(*, room: Room, persona: Persona) -> tuple[str, ...]:
    """The persona's last replies in `room`, oldest first: the offline engine says none of
    their lines again while it has others, however long the conversation. One query."""
    rows = (
        Message.objects.filter(room=room, author=persona.user_id, deleted_at__isnull=True)
        .order_by("-id")
        .values_list("body", flat=True)[:SAID_LENGTH]
    )
    return tuple(reversed(rows))


@dataclasses.dataclass(frozen=True)
class Suggestion:
    """Someone `@username` mentions, as the composer's @ list shows them."""

    username: str
    name: str
    avatar: str
    hue: int
    is_persona: bool = False
    joins: bool = False  # a persona not in the room, which the mention brings in


def mention_suggestions(*, room: Room, query: str, viewer: User) -> list[Suggestion]:
    """Whom `@query` may mention in `room`, best first: its people whose username starts with
    `query`, its personas, then the active personas a mention would bring in (when the room
    lets it); `viewer` aside. Two queries."""
    people = (
        User.objects.filter(memberships__room=room, is_persona=False, username__istartswith=query)
        .exclude(pk=viewer.pk)
        .order_by("username")[:SUGGESTIONS]
    )
    found = [Suggestion(p.username, p.username, p.initial, p.avatar_hue) for p in people]
    joinable = room.ai_join_on_mention and room.ai_chattiness not in (
        Room.Chattiness.ALWAYS,
        Room.Chattiness.SILENT,
    )
    in_room = Exists(RoomPersona.objects.filter(room=room, persona=OuterRef("pk")))
    matching = Q(slug__istartswith=query) | Q(name__istartswith=query)
    if query:
        matching |= Q(name__icontains=f" {query}")  # a later word of the name: "cur", "ein"
    personas = active_personas().annotate(in_room=in_room).filter(matching)
    if not joinable:
        personas = personas.filter(Q(in_room=True) | Q(is_house_bot=True))
    personas = sorted(personas, key=lambda p: (not p.in_room, p.is_house_bot, p.name.lower()))
    for persona in personas:
        found.append(
            Suggestion(
                persona.slug,
                persona.name,
                persona.avatar,
                persona.color_hue,
                is_persona=True,
                joins=not persona.in_room and not persona.is_house_bot,
            )
        )
    return found[:SUGGESTIONS]
