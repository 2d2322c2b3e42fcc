"""A live room where personas sound like guests, not a script (round thirteen). Three people
chat about a hobby and @mention a persona now and then: a persona answers another persona only
when it has something on what was said to it; nobody unasked takes up the people's plans; a
follow-up is to an answer just given, not one from long ago. Through the real path, as a
room's socket."""

from __future__ import annotations

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from bots.models import BotTurn
from rooms.models import Message, Room
from tests.bots.test_conversation import answers, say
from tests.bots.test_live12 import room_of

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


@database_sync_to_async
def spoken_after(message: Message) -> list[tuple[str, str]]:
    """Every persona's message after `message` in its room, as (slug, body), in order: the
    answers to it and whatever they drew in."""
    return [
        (m.author.persona.slug, m.body)
        for m in Message.objects.filter(
            room=message.room, kind=Message.Kind.PERSONA, id__gt=message.pk
        )
        .select_related("author__persona")
        .order_by("id")
    ]


async def test_a_persona_said_of_in_another_persona_reply_is_not_drawn_in(room, alice, personas):
    """Before: after Curie's answer, "@einstein back me up, sound is just pressure waves ..."
    got "I think Marie Curie is right, Tobes, ..."; then Curie, named in it, answered him ("But
    Albert, what result would change your mind?"), and he her, with nothing on the subject."""
    await room_of(room, personas, "curie", "einstein", chattiness=Room.Chattiness.NORMAL)

    await say(room, alice, "@curie is it bad if your ears ring for days after a loud gig?")
    backed = await say(
        room,
        alice,
        "@einstein back me up, sound is just pressure waves so ear defenders would actually "
        "help up there right?",
    )

    after = await spoken_after(backed)
    assert [slug for slug, _ in after] == ["einstein"], after


async def test_the_peoples_plans_get_no_unasked_guest(room, alice, bob, personas):
    """Before, in a lively room: "ok so meeting point, car park at the north end of the forest?
    9am?" got Einstein on compass needles; "kit list: gloves, water, earplugs, snacks" got Ada
    on finding a name in a long list; "see u all thurs, 7pm sharp" got her farewell."""
    await room_of(
        room, personas, "einstein", "lovelace", people=[bob], chattiness=Room.Chattiness.LIVELY
    )

    for author, text in [
        (alice, "ok so meeting point, car park at the north end of the forest? 9am?"),
        (bob, "kit list: gloves, water, earplugs, snacks"),
        (alice, "see u all thurs, 7pm sharp"),
        (bob, "i'll bring the star chart, the one with the constellations on"),
    ]:
        assert await answers(await say(room, author, text)) == {}, text


async def test_the_peoples_plans_are_no_follow_up_of_the_last_answer(room, alice, personas):
    """Before: "so are we still doing the bake-off at jo's sunday? 2pm?", just after Curie's
    answer, read as a follow-up of it ("so are we ...") and got "To go one step further, Ria:
    Chemistry at home is in the kitchen ..."."""
    await room_of(room, personas, "curie")

    await say(room, alice, "@curie the bubbles in my sourdough starter are co2 right?")
    plans = await say(room, alice, "so are we still doing the bake-off at jo's sunday? 2pm?")

    assert await answers(plans) == {}


async def test_a_follow_up_is_to_an_answer_just_given_not_one_from_long_ago(room, alice, personas):
    """ "why though" just after Curie's answer asks her; the same an hour after it is said to
    the room, and she stays quiet (before, she took it up however long ago she spoke)."""
    await room_of(room, personas, "curie")

    await say(room, alice, "@curie is it safe to eat a banana a day, with the potassium?")
    fresh = await answers(await say(room, alice, "why though"))
    assert list(fresh) == ["curie"], fresh

    await database_sync_to_async(Message.objects.filter(room=room).update)(
        created_at=timezone.now() - timedelta(hours=1)
    )
    stale = await say(room, alice, "why though")
    assert await answers(stale) == {}
    assert not await database_sync_to_async(BotTurn.objects.filter(trigger=stale).exists)()
