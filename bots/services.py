"""Writes for personas: seeding them, placing them in rooms, and the life of a reply (a
BotTurn): planned and claimed, begun, finished through the same `message_post` as a person's
message, or stopped."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import User
from bots import cast, context, policy, selectors
from bots.addressing import ASKED_ON, PRESSED, confused, follow_up, follows_up, house_handed_to
from bots.care import distress, lately
from bots.models import BotTurn, Persona, RoomPersona, style_validate
from bots.providers import ReplyRequest
from bots.room44 import room_question
from bots.turns import big_moment, cued
from rooms import events as room_events
from rooms import services as room_services
from rooms.mentions import written_mentions
from rooms.models import Membership, Message, Room

TURN_NAMESPACE = uuid.UUID("6f1d3c1e-2b7a-4d55-9a61-0c9f6a3e5b10")
PERSONA_FIELDS = (
    "name",
    "avatar",
    "color_hue",
    "bio",
    "system_prompt",
    "style",
    "material",
    "max_reply_chars",
    "talkativeness",
    "model_override",
    "is_active",
    "is_house_bot",
)


# Personas ----------------------------------------------------------------------------------


def persona_upsert(*, spec: dict) -> tuple[Persona, bool]:
    """Create or update the persona `spec["slug"]` (the seed file's format); True if created."""
    slug = spec.get("slug")
    if not isinstance(slug, str) or not slug:
        raise ValidationError("Each persona needs a slug.", code="slug")
    unknown = set(spec) - {"slug", *PERSONA_FIELDS}
    if unknown:
        raise ValidationError(f"{slug}: unknown fields {sorted(unknown)}.", code="fields")
    style_validate(spec.get("style", {}))
    with transaction.atomic():
        persona = Persona.objects.select_related("user").filter(slug=slug).first()
        created = persona is None
        if created:
            persona = Persona(slug=slug)
            persona_account_save(persona=persona)
        for name in PERSONA_FIELDS:
            if name in spec:
                setattr(persona, name, spec[name])
        try:
            persona.full_clean(exclude=["user"])
        except ValidationError as error:
            problems = [
                f"{slug}: {field}: {message}"
                for field, messages in error.message_dict.items()
                for message in messages
            ]
            raise ValidationError(problems, code="invalid") from error
        persona.save()
    return persona, created


def persona_slug_check(*, slug: str, persona: Persona | None = None) -> None:
    """Refuse a slug that another account already uses as its username (in any case): a
    persona's slug is its account's username, and so its @mention."""
    taken = User.objects.filter(username__iexact=slug)
    if persona is not None and persona.user_id is not None:
        taken = taken.exclude(pk=persona.user_id)
    if taken.exists():
        raise ValidationError(f"{slug}: a person already uses the username {slug!r}.", code="taken")


def persona_account_save(*, persona: Persona) -> None:
    """Give a persona not saved yet its account (named like its slug, without a usable
    password), or rename its account after its slug changed. Call inside the transaction
    that then saves the persona."""
    persona_slug_check(slug=persona.slug, persona=persona)
    if persona.user_id is None:
        user = User(username=persona.slug, is_persona=True)
        user.set_unusable_password()
        user.save()
        persona.user = user
    elif persona.user.username != persona.slug:
        persona.user.username = persona.slug
        persona.user.save(update_fields=["username"])


def _persona_join(*, room: Room, persona: Persona) -> None:
    """Seat a persona in a room (private ones too): a membership that is always present."""
    Membership.objects.update_or_create(
        room=room,
        user_id=persona.user_id,
        defaults={"role": Membership.Role.MEMBER, "is_present": True},
    )


def room_personas_set(
    *, room: Room, actor: User, persona_ids: list[int], shown_ids: list[int] | None = None
) -> None:
    """The room owner chooses which personas are in the room. With `shown_ids` (the personas
    the owner's form showed as present), only those of them left out of `persona_ids` are
    taken out: one that joined since the form was drawn (by a mention) stays."""
    _require_owner(room=room, actor=actor)
    chosen = list(Persona.objects.filter(pk__in=persona_ids, is_active=True))
    with transaction.atomic():
        current = set(RoomPersona.objects.filter(room=room).values_list("persona_id", flat=True))
        wanted = {p.pk for p in chosen}
        for persona in chosen:
            if persona.pk not in current:
                RoomPersona.objects.create(room=room, persona=persona)
                _persona_join(room=room, persona=persona)
        gone = current - wanted
        if shown_ids is not None:
            gone &= set(shown_ids)
        if gone:
            RoomPersona.objects.filter(room=room, persona_id__in=gone).delete()
            Membership.objects.filter(room=room, user__persona__in=gone).delete()
        transaction.on_commit(lambda: room_events.personas_changed(room.pk))


def persona_seats_sync(*, persona: Persona) -> None:
    """Make the persona's memberships match the rooms it is placed in (after staff edit its
    rooms in the admin)."""
    with transaction.atomic():
        rooms = list(Room.objects.filter(room_personas__persona=persona))
        for room in rooms:
            _persona_join(room=room, persona=persona)
        Membership.objects.filter(user_id=persona.user_id).exclude(room__in=rooms).delete()
    for room in rooms:
        transaction.on_commit(lambda room_id=room.pk: room_events.personas_changed(room_id))


def room_settings_update(
    *, room: Room, actor: User, topic: str, ai_chattiness: str, ai_join_on_mention: bool = True
) -> Room:
    """The room owner changes the theme, how chatty the personas are, and whether mentioning
    a persona that is not in the room brings it in."""
    _require_owner(room=room, actor=actor)
    room.topic = topic.strip()
    room.ai_chattiness = ai_chattiness
    room.ai_join_on_mention = ai_join_on_mention
    room.full_clean()
    room.save(update_fields=["topic", "ai_chattiness", "ai_join_on_mention"])
    return room


def direct_chat_theme_set(*, room: Room, actor: User, topic: str) -> Room:
    """The person changes the theme of their one-to-one chat with a persona (its persona
    and "always answer" mode stay as they are)."""
    _require_owner(room=room, actor=actor)
    room.topic = topic.strip()
    room.full_clean()
    room.save(update_fields=["topic"])
    return room


def _require_owner(*, room: Room, actor: User) -> None:
    if not Membership.objects.filter(room=room, user=actor, role=Membership.Role.OWNER).exists():
        raise PermissionDenied("Only the room's owner can change this.")


def direct_chat_open(*, user: User, persona: Persona) -> Room:
    """The person's private one-to-one room with `persona`, made on first use. Its slug,
    like any private room's, ends in a random part: nobody can find out who talks to whom by
    guessing addresses."""
    if not persona.is_active:
        raise PermissionDenied("This persona is not available.")
    existing = (
        Room.objects.filter(
            is_private=True,
            ai_chattiness=Room.Chattiness.ALWAYS,
            created_by=user,
            room_personas__persona=persona,
        )
        .order_by("pk")
        .first()
    )
    if existing is not None:
        return existing
    with transaction.atomic():
        room = room_services.room_create(
            creator=user,
            name=f"{user.username} & {persona.name}"[:80],
            # No theme until the person sets one: the persona's bio is who it is, not what
            # the chat is about (given as a theme, it was pasted into replies).
            topic="",
            is_private=True,
        )
        room.ai_chattiness = Room.Chattiness.ALWAYS
        room.save(update_fields=["ai_chattiness"])
        RoomPersona.objects.create(room=room, persona=persona)
        _persona_join(room=room, persona=persona)
    return room


# Turns: planning -----------------------------------------------------------------------------


def turns_plan_for_human(*, message_id: int) -> list[int]:
    """Claim the turns that answer a person's message; the ids of those this call claimed."""
    message = Message.objects.select_related("room", "author", "reply_to__author__persona").get(
        pk=message_id
    )
    if message.kind != Message.Kind.USER:
        return []
    room = message.room
    state = selectors.room_state(room=room, person=message.author)
    cast.put(room.pk, state)
    replied = message.reply_to
    replied_to = (
        replied.author.persona.slug
        if replied is not None and replied.kind == Message.Kind.PERSONA and replied.author
        else None
    )
    if (
        replied_to is None
        and (follows_up(message.body) or context.follows_on(message.body))
        and not policy.summoned(message.body, state.present)
    ):
        # "why though", "wait so is it safe or not", "he answered my question with a question.
        # typical": said just after a persona's answer, to that persona, as a reply to it is.
        replied_to = _just_answered(message)
    plan = policy.plan_for_human(state, message.body, seed=message.pk, replied_to=replied_to)
    if plan.budget_spent:
        _budget_notice(room=room)
    if plan.person_cap_reached:
        _person_cap_notice(room=room, person=message.author)
    if plan.seat:
        _personas_seat_on_mention(room=room, slugs=plan.seat, person=message.author)
    if plan.refused:
        _join_refused_notice(room=room, slugs=plan.refused, person=message.author)
    # Asked by name: an @mention, the house bot's command, or a reply to the persona's message.
    addressed = {name.lower() for _, name in written_mentions(message.body)}
    if plan.question is not None and state.house_bot is not None:
        addressed.add(state.house_bot.slug.lower())
    if replied_to:
        addressed.add(replied_to.lower())
    # Asked at all: named in the message as well, as the one spoken to ("Curie, hello"); one
    # only spoken of ("curie called it") was not asked, whether or not it answers. (The same
    # reading of the names as the plan's: one absent persona only joins by its @mention.)
    named = policy.asked_by_name(message.body, policy.mentionable_in(state))
    asked = addressed | {slug.lower() for slug in named}
    if plan.summed or plan.owned:
        # A sum asked of the room ("400 miles at 50mph, how long?"): the voice that says sums
        # answers it as asked (unasked, it would only join in on its own field); so does the
        # persona that knows the answer to a question put to the room (`room44`).
        asked |= {slug.lower() for slug in plan.slugs}
    if distress(message.body):
        # Care is given whoever spoke since, and whether or not the one giving it is busy.
        addressed |= {slug.lower() for slug in plan.slugs}
        asked |= addressed
    return _claim(
        room=room,
        trigger=message,
        root=message,
        slugs=plan.slugs,
        hop=0,
        requested_by=message.author,
        addressed=addressed,
        asked=asked,
    )


# A follow-up ("why though") is to an answer given this long ago at most: after a pause, it is
# said to the room, not to whoever spoke last.
JUST_ANSWERED_WITHIN = timedelta(minutes=3)


def _just_answered(message: Message) -> str | None:
    """The persona whose answer is the room's last message before `message`, if it is one,
    given at most `JUST_ANSWERED_WITHIN` before it, and `message` names nobody; one query,
    made only for a message that reads as a follow-up."""
    if "@" in message.body:
        return None
    previous = (
        Message.objects.filter(
            room=message.room,
            id__lt=message.pk,
            deleted_at__isnull=True,
            created_at__gte=message.created_at - JUST_ANSWERED_WITHIN,
        )
        .exclude(kind=Message.Kind.SYSTEM)
        .select_related("author__persona")
        .order_by("-id")
        .first()
    )
    if previous is None or previous.kind != Message.Kind.PERSONA or previous.author is None:
        return None
    persona = previous.author.persona
    return None if persona.is_house_bot else persona.slug


def turns_plan_for_reply(*, turn_id: int) -> list[int]:
    """Claim the turns, if any, that answer a persona's finished reply (AI-to-AI, bounded)."""
    turn = BotTurn.objects.select_related("room", "persona", "reply", "root", "trigger").get(
        pk=turn_id
    )
    handed = turn.reply is not None and bool(house_handed_to(turn.reply.body))
    if turn.reply is None or (turn.persona.is_house_bot and not handed) or _human_spoke_since(turn):
        # The house bot's answers are help for the person who asked ("mention a persona with @
        # (say @darwin)"): no persona answers them, and its example mention summons nobody;
        # but a question it hands on ("Over to you, @darwin!") is that persona's to answer.
        return []
    if (
        turn.unasked
        and turn.hop == 0
        and (_cheered_or_cued(turn) or context.asked_of_nobody(turn.trigger.body))
    ) or _owned_answer(turn):
        # A cheer for a big moment, a word back on words put in its mouth, or an answer to a
        # question put to the room, is the one persona's: nobody piles on after it.
        return []
    room = turn.room
    plan = policy.plan_for_persona(
        # The chain counts against the person who started it (quietly: they did not ask).
        selectors.room_state(room=room, person=turn.requested_by),
        turn.reply.body,
        speaker=turn.persona.slug,
        hop=turn.hop,
        max_hops=settings.SALON_AI_MAX_HOPS,
        seed=turn.reply.pk,
    )
    if plan.slugs and lately(
        selectors.history(room=room, up_to=turn.reply.pk, speaker=turn.persona)
    ):
        # Just after a person said they want to die, no persona takes up another's words.
        return []
    if plan.budget_spent:
        _budget_notice(room=room)
    return _claim(
        room=room,
        trigger=turn.reply,
        root=turn.root,
        slugs=plan.slugs,
        hop=turn.hop + 1,
        requested_by=turn.requested_by,
    )


def _owned_answer(turn: BotTurn) -> bool:
    """Whether the turn answered a question put to the room, naming nobody, as the persona that
    knows it (`policy.Plan.owned`): nobody piles on after it."""
    trigger = turn.trigger
    return (
        turn.hop == 0
        and trigger.reply_to_id is None
        and room_question(trigger.body)
        and not policy.summoned(
            trigger.body, (policy.Candidate(turn.persona.slug, turn.persona.name, 0),)
        )
    )


def _cheered_or_cued(turn: BotTurn) -> bool:
    """Whether the persona joined a person's message unasked to cheer a big moment or to answer
    words put in its mouth (`bots.turns`)."""
    body = turn.trigger.body
    names = (turn.persona.slug, turn.persona.name, turn.persona.name.split()[0])
    return big_moment(body) or cued(body, names)


# A turn pending or streaming longer than this is taken for lost (its process died): it no
# longer keeps its persona from answering.
TURN_IN_FLIGHT_AT_MOST = timedelta(minutes=2)


def _claim(
    *,
    room: Room,
    trigger: Message,
    root: Message,
    slugs,
    hop: int,
    requested_by,
    addressed: frozenset[str] | set[str] = frozenset(),
    asked: frozenset[str] | set[str] | None = None,
) -> list[int]:
    """Claim a turn for each persona of `slugs`, but not for one that is already answering in
    the room (a turn pending or streaming) unless `addressed` names it (lower-case slugs):
    personas take turns like polite guests, instead of writing several replies at once that do
    not see each other (and so say the same line twice). `asked` (lower-case slugs; None
    for replies to a persona, which are never unasked): the personas the message asked, by
    name or otherwise; the others' turns are marked `unasked`."""
    personas = {p.slug: p for p in Persona.objects.filter(slug__in=slugs, is_active=True)}
    busy: set[int] = set()
    if personas:  # a message no persona answers costs no query here
        busy = set(
            BotTurn.objects.filter(
                room=room,
                persona__in=personas.values(),
                status__in=[BotTurn.Status.PENDING, BotTurn.Status.STREAMING],
                created_at__gte=timezone.now() - TURN_IN_FLIGHT_AT_MOST,
            ).values_list("persona_id", flat=True)
        )
    claimed = []
    for slug in slugs:
        if slug not in personas:
            continue
        if personas[slug].pk in busy and slug.lower() not in addressed:
            continue
        try:
            with transaction.atomic():
                turn = BotTurn.objects.create(
                    room=room,
                    persona=personas[slug],
                    trigger=trigger,
                    root=root,
                    hop=hop,
                    unasked=_unasked(room, personas[slug], asked),
                    requested_by=requested_by
                    if requested_by and not requested_by.is_persona
                    else None,
                )
        except IntegrityError:
            continue  # another process already answers this trigger with this persona
        claimed.append(turn.pk)
    return claimed


def _unasked(room: Room, persona: Persona, asked: frozenset[str] | set[str] | None) -> bool:
    """Whether the persona joins in a person's message that did not ask it. A one-to-one
    chat's every message asks its persona, and the house bot answers only when asked."""
    return (
        asked is not None
        and persona.slug.lower() not in asked
        and not persona.is_house_bot
        and room.ai_chattiness != Room.Chattiness.ALWAYS
    )


def _personas_seat_on_mention(*, room: Room, slugs: tuple[str, ...], person: User) -> None:
    """Seat the personas `person` mentioned that were not in the room, so that they answer;
    the room reads that they joined."""
    personas = {p.slug: p for p in Persona.objects.filter(slug__in=slugs, is_active=True)}
    with transaction.atomic():
        for slug in slugs:
            persona = personas.get(slug)
            if persona is None:
                continue
            _seat, created = RoomPersona.objects.get_or_create(room=room, persona=persona)
            if not created:
                continue  # another message brought it in meanwhile
            _persona_join(room=room, persona=persona)
            room_services.message_post_system(
                room=room, body=f"{persona.name} joined the room (mentioned by {person.username})."
            )
        transaction.on_commit(lambda: room_events.personas_changed(room.pk))


def _join_refused_notice(*, room: Room, slugs: tuple[str, ...], person: User) -> None:
    """Tell `person` alone why the personas they mentioned do not join, and who can add them."""
    personas = Persona.objects.filter(slug__in=slugs, is_active=True).order_by("name")
    names = _listed([p.name for p in personas])
    if not names:
        return
    if room.ai_chattiness == Room.Chattiness.ALWAYS:
        chat_with = _listed([p.name for p in selectors.room_personas(room=room)]) or "a persona"
        text = (
            f"This is your one-to-one chat with {chat_with}: {names} cannot join it. "
            f"Open a chat with {names} from the lobby, or mention them in a room."
        )
    else:
        owners = list(
            Membership.objects.filter(room=room, role=Membership.Role.OWNER)
            .order_by("user__username")
            .values_list("user__username", flat=True)
        )
        missing = f"{names} {'is' if len(personas) == 1 else 'are'} not in this room"
        if person.username in owners:
            text = (
                f"{missing}, and mentions do not bring personas in here. As an owner, you can "
                "add them in Room settings, or let mentions bring personas in."
            )
        else:
            who = (
                f"the room's owner, {owners[0]},"
                if len(owners) == 1
                else f"the room's owners ({_listed(owners)})"
                if owners
                else "the room's owner"
            )
            text = (
                f"{missing}, and mentions do not bring personas in here. Only {who} can add them."
            )
    room_services.events.notice_sent(room_id=room.pk, user_id=person.pk, text=text)


def _listed(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def _budget_notice(*, room: Room) -> None:
    """Tell the room, once a day, that its personas have used up their replies."""
    budget = room.ai_daily_budget
    text = (
        f"The personas have used today's {budget} {'reply' if budget == 1 else 'replies'} "
        "in this room and will be back tomorrow."
    )
    _notice_once_today(room=room, text=text)


def _person_cap_notice(*, room: Room, person: User) -> None:
    """Tell the room, once a day, that the personas will not answer `person` until tomorrow:
    they asked for as many replies as one person may have in a day."""
    cap = settings.SALON_AI_REPLIES_PER_PERSON_DAILY
    text = (
        f"{person.username} has had today's {cap} AI {'reply' if cap == 1 else 'replies'}, "
        f"the most one person may ask for in a day. The personas will answer {person.username} "
        "again tomorrow (UTC)."
    )
    _notice_once_today(room=room, text=text)


def _notice_once_today(*, room: Room, text: str) -> None:
    already = Message.objects.filter(
        room=room, kind=Message.Kind.SYSTEM, body=text, created_at__gte=selectors.start_of_today()
    ).exists()
    if not already:
        room_services.message_post_system(room=room, body=text)


def _human_spoke_since(turn: BotTurn) -> bool:
    return Message.objects.filter(
        room_id=turn.room_id, kind=Message.Kind.USER, id__gt=turn.root_id
    ).exists()


# Turns: running ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TurnContext:
    turn_id: int
    room_id: int
    persona_user_id: int
    persona_name: str
    persona_avatar: str
    persona_hue: int
    requested_by_id: int | None
    model_override: str
    request: ReplyRequest


def turn_begin(*, turn_id: int) -> TurnContext | None:
    """Start a claimed turn; None when it should not run any more (a human spoke since it was
    planned in a chain or unasked, or it was stopped before it began)."""
    turn = BotTurn.objects.select_related("room", "persona__user", "trigger__author").get(
        pk=turn_id
    )
    if turn.status != BotTurn.Status.PENDING:
        return None
    # Joining in unasked, or answering another persona, is for the conversation as it is: once
    # a person has spoken since, the moment has passed (a reply to an older message, after
    # someone moved on, reads as not listening). A persona asked by name still answers.
    if turn.stop_requested_at or ((turn.hop > 0 or turn.unasked) and _human_spoke_since(turn)):
        BotTurn.objects.filter(pk=turn.pk).update(
            status=BotTurn.Status.SKIPPED, finished_at=timezone.now()
        )
        return None
    BotTurn.objects.filter(pk=turn.pk).update(status=BotTurn.Status.STREAMING)
    persona, room, trigger = turn.persona, turn.room, turn.trigger
    question = policy.aibot_question(trigger.body) if persona.is_house_bot else None
    voice = persona.voice()
    said = selectors.previous_replies(room=room, persona=persona)
    return TurnContext(
        turn_id=turn.pk,
        room_id=room.pk,
        persona_user_id=persona.user_id,
        persona_name=persona.name,
        persona_avatar=persona.avatar,
        persona_hue=persona.color_hue,
        requested_by_id=turn.requested_by_id,
        model_override=persona.model_override,
        request=ReplyRequest(
            voice=voice,
            system_prompt=persona.system_prompt,
            theme=room.topic,
            message=question if question is not None else selectors.readable_text(trigger),
            history=selectors.history(room=room, up_to=trigger.pk, speaker=persona),
            seed=trigger.pk * 1009 + persona.pk,
            avoid=said[-1] if said else None,
            said=said,
            model=persona.model_override,
            names=selectors.persona_names(),
            bio=persona.bio,
            # The room's other personas, whom the offline engine may hand a question to.
            others=tuple(
                other.voice()
                for other in room.personas.filter(is_active=True).exclude(pk=persona.pk)
            ),
            unasked=turn.unasked,
            before=selectors.answered_before(room=room, trigger=trigger, speaker=persona),
            quiet_if_owned_up=_asked_on_unnamed(turn),
        ),
    )


def _asked_on_unnamed(turn: BotTurn) -> bool:
    """Whether the persona answers a person's message that did not name it only as the one who
    spoke last (`_just_answered`: "also cherry blossom timing, is early april too late?" just
    after Lovelace's rail-pass sum). Nobody asked it, so its offline reply is not said if it
    only owns up (`OfflineProvider`: rate41), read as the reply is composed, not twice; a
    model's reply is its own."""
    persona, trigger = turn.persona, turn.trigger
    return not (
        turn.unasked
        or turn.hop
        or trigger.reply_to_id is not None
        or persona.is_house_bot
        or turn.room.ai_chattiness == Room.Chattiness.ALWAYS
        or written_mentions(trigger.body)
        or distress(trigger.body)
        or policy.summoned(trigger.body, (policy.Candidate(persona.slug, persona.name, 0),))
        # Only a new thing asked on ("also ..., is ...?"): not one pressing its answer ("that's
        # not what i asked"), following it up ("why though") or lost in it, which are its own.
        or not ASKED_ON.match(trigger.body)
        or follow_up(trigger.body)
        or PRESSED.search(trigger.body)
        or confused(trigger.body)
        # (as `providers.provider_for` reads it: a model configured writes the reply)
        or (settings.LLM_BASE_URL and (settings.LLM_MODEL or persona.model_override))
    )


def turn_finish(*, turn_id: int, body: str, provider: str, error: str = "") -> Message | None:
    """Post the reply as the persona, through the same service as a person's message."""
    turn = BotTurn.objects.select_related("room", "persona__user").get(pk=turn_id)
    persona = turn.persona
    with transaction.atomic():
        if (
            persona.is_house_bot
            or not Membership.objects.filter(room=turn.room, user_id=persona.user_id).exists()
        ):
            _persona_join(room=turn.room, persona=persona)
        result = room_services.message_post(
            room=turn.room,
            author=persona.user,
            body=body,
            # Derived from the turn: a second attempt at the same turn makes no second message.
            client_id=uuid.uuid5(TURN_NAMESPACE, str(turn.pk)),
        )
        BotTurn.objects.filter(pk=turn.pk).update(
            status=BotTurn.Status.DONE,
            reply=result.message,
            provider=provider,
            error=error,
            finished_at=timezone.now(),
        )
        if provider == OFFLINE_FALLBACK and result.created:
            _fallback_notice(room=turn.room, persona=persona, error=error)
    return result.message


OFFLINE_FALLBACK = "offline-fallback"
# A room that keeps meeting the same failure hears about it at most this often.
FALLBACK_NOTICE_EVERY = timedelta(minutes=10)


def fallback_reason(error: str) -> str:
    """Why a model's reply was replaced by the offline engine's, as the room is told it."""
    if "Timeout" in error:
        return "the model did not answer in time"
    if "APIConnectionError" in error:
        return "the model server could not be reached"
    return "the model's reply could not be used"


def _fallback_notice(*, room: Room, persona: Persona, error: str) -> None:
    """Tell the room, under the reply, that it came from the offline engine and why."""
    text = f"{persona.name} answered offline: {fallback_reason(error)}."
    already = Message.objects.filter(
        room=room,
        kind=Message.Kind.SYSTEM,
        body=text,
        created_at__gte=timezone.now() - FALLBACK_NOTICE_EVERY,
    ).exists()
    if not already:
        room_services.message_post_system(room=room, body=text)


def turn_end(*, turn_id: int, status: str, error: str = "") -> None:
    BotTurn.objects.filter(pk=turn_id).update(
        status=status, error=error, finished_at=timezone.now()
    )


def turn_room_and_writer(*, turn_id: int) -> tuple[int, int]:
    """The room of a turn and the account of the persona writing it."""
    return BotTurn.objects.values_list("room_id", "persona__user_id").get(pk=turn_id)


def turn_stop_request(*, room: Room, actor: User, turn_id: object) -> BotTurn:
    """Ask a reply being written to stop: the person who summoned it or a moderator may."""
    pk = room_services.id_clean(turn_id, message="Which reply? Give its turn_id.", code="turn_id")
    turn = BotTurn.objects.filter(room=room, pk=pk).first()
    if turn is None:
        raise ValidationError("That reply is not in this room.", code="turn_id")
    membership = Membership.objects.filter(room=room, user=actor).first()
    if membership is None:
        raise PermissionDenied("You are not a member of this room.")
    if turn.requested_by_id != actor.pk and not membership.can_moderate:
        raise PermissionDenied("Only the person who asked, or a moderator, can stop this reply.")
    BotTurn.objects.filter(pk=pk, stop_requested_at__isnull=True).update(
        stop_requested_at=timezone.now()
    )
    # The process writing it stops at once; it also looks at stop_requested_at now and then,
    # for a request whose event was lost (the channel layer was down).
    room_events.turn_stop_asked(turn_id=pk)
    return turn


def turn_stop_requested(*, turn_id: int) -> bool:
    return BotTurn.objects.filter(pk=turn_id, stop_requested_at__isnull=False).exists()
