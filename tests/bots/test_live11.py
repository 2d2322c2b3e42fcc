"""A live room: people talk among themselves and the personas join in unasked. Whoever joins
says a line of its own on what was just said, or stays quiet; it never owns up to a question
nobody put to it, never takes up a bare "good question", and personas do not pile on each
other's replies with lines on something else. Through the real path, as a room's socket."""

from __future__ import annotations

import uuid

import pytest
from channels.db import database_sync_to_async

from bots import services
from bots.engine import speaks_to
from bots.material import index_of
from bots.models import BotTurn
from rooms import services as room_services
from rooms.models import Membership, Message, Room
from tests.bots.conftest import persona_bodies, seat
from tests.bots.test_conversation import OWNED_UP, answers, say

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


async def lively(room, personas, *slugs: str, people=()) -> None:
    """A lively room with `slugs` seated, which `people` (besides alice, its owner) joined."""
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Weekend cooking", ai_chattiness=Room.Chattiness.LIVELY
    )
    await seat(room, *(personas[slug] for slug in slugs))
    for person in people:
        await database_sync_to_async(Membership.objects.create)(room=room, user=person)


async def test_a_persona_joining_unasked_says_its_line_on_what_was_said(room, alice, personas):
    """Before, Marie Curie joined "the smoke alarm ..." as news told to her ("I see, Alice.
    Tell me more") and Ada Lovelace a loop that never ends with a line on something else."""
    await lively(room, personas, "curie", "lovelace")

    alarm = await answers(await say(room, alice, "the smoke alarm in our hallway keeps beeping"))
    loop = await answers(
        await say(room, alice, "my nephew wrote his first loop today and it never ends")
    )

    assert list(alarm) == ["curie"]
    assert "A smoke alarm holds a speck of americium" in alarm["curie"]
    assert list(loop) == ["lovelace"]
    # What she says of a loop that never ends, not how she would explain loops to a child.
    assert "A loop that never ends has lost its way out" in loop["lovelace"]
    # Each joins as a guest joins a talk it was not asked into ("If I may add something").
    for slug, reply in (("curie", alarm["curie"]), ("lovelace", loop["lovelace"])):
        chimes = index_of(tuple(personas[slug].material)).tagged["chime"]
        assert any(reply.startswith(c.format(name="Alice")) for c in chimes), reply


async def test_nobody_owns_up_to_a_question_that_was_not_put_to_them(room, alice, bob, personas):
    """Before: Sam said "like 4 hours? the kitchen is pretty cold though" to his friends, and
    Einstein, unasked, answered "That is far outside my field, Sam." ("cold" is physics)."""
    await lively(room, personas, "einstein", "shakespeare", "curie", "socrates", people=[bob])

    for author, text in [
        (alice, "like 4 hours? the kitchen is pretty cold though"),
        (bob, "which bus do you take to the market on saturdays?"),
        (alice, "ooh good question"),
        (bob, "I'd love to know what you put in that soup"),
        (alice, "statistically it seems almost certain to me"),
        # Einstein has "twelve pages ... beside my bed", of his death: words apart, not a subject.
        (bob, "I always fall asleep reading in bed, can't get past 10 pages"),
    ]:
        await say(room, author, text)

    said = await persona_bodies(room)
    assert not [line for line in said if OWNED_UP.search(line)], said
    # None of these is on anything a persona has a line about: they let people talk.
    assert said == []


async def test_asked_by_name_a_persona_still_owns_up_outside_its_field(room, alice, personas):
    await lively(room, personas, "einstein")

    got = await answers(await say(room, alice, "@einstein which bus goes to the market?"))

    assert OWNED_UP.search(got["einstein"]), got


async def test_a_greeting_to_the_room_is_greeted_and_one_to_a_friend_is_left_to_them(
    room, alice, bob, personas
):
    await lively(room, personas, "shakespeare", people=[bob])

    to_friend = await answers(await say(room, alice, "hey bob, did you get the flour?"))
    to_room = await answers(await say(room, bob, "evening all!"))

    assert to_friend == {}
    assert list(to_room) == ["shakespeare"] and "Bob" in to_room["shakespeare"]


def test_only_a_line_on_the_point_joins_another_personas_reply(personas):
    """Every seeded persona's material, against replies of other personas that share only
    everyday words with it ("light", "air", "a great deal", "simple")."""
    replies = [
        "Stars twinkle because their light passes through restless layers of air; planets "
        "shine steadily because they are little discs, not points.",
        "There is grandeur in this view of life, that from so simple a beginning endless forms "
        "most beautiful have been evolved.",
    ]
    joining = {
        (slug, n)
        for slug, persona in personas.items()
        for n, reply in enumerate(replies)
        if speaks_to(
            tuple(persona.material), tuple(persona.style.get("topics", ())), reply, strict=True
        )
    }
    # Each reply's own author has lines on it, of course; nobody else does.
    assert joining <= {("einstein", 0), ("darwin", 1)}, joining


async def test_a_persona_does_not_join_in_late_once_someone_has_moved_on(
    room, alice, bob, personas
):
    """A persona about to join in unasked, when a person has spoken since, lets it go: its
    line on the smoke alarm would answer a message the room has left behind. Asked by name,
    it answers all the same."""
    await lively(room, personas, "curie", people=[bob])

    @database_sync_to_async
    def post(author, body: str) -> Message:
        # Saved, not announced: the test plans and begins the turns itself, in this order.
        return room_services.message_post(
            room=room, author=author, body=body, client_id=uuid.uuid4()
        ).message

    plan = database_sync_to_async(services.turns_plan_for_human)
    begin = database_sync_to_async(services.turn_begin)
    alarm = await post(alice, "the smoke alarm in our hallway keeps beeping")
    asked = await post(alice, "@curie is radon dangerous?")
    unasked_turns = await plan(message_id=alarm.pk)
    asked_turns = await plan(message_id=asked.pk)
    await post(bob, "anyway, who's up for the market tomorrow?")

    assert len(unasked_turns) == 1 and len(asked_turns) == 1
    assert await begin(turn_id=unasked_turns[0]) is None
    assert (await begin(turn_id=asked_turns[0])).request.message == "@curie is radon dangerous?"
    statuses = await database_sync_to_async(
        lambda: dict(
            BotTurn.objects.filter(pk__in=unasked_turns + asked_turns).values_list("pk", "status")
        )
    )()
    assert statuses == {
        unasked_turns[0]: BotTurn.Status.SKIPPED,
        asked_turns[0]: BotTurn.Status.STREAMING,
    }
