"""The house bot's help names a persona by way of example ("Mention it with @ (say @darwin)");
that summons nobody: no persona answers the house bot (found playing a live room, where Darwin
answered AIBot's help with "Have you observed that yourself, AIBot?")."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots.models import BotTurn
from rooms.models import Message, Room
from tests.bots.conftest import frames_until, persona_message, seat
from tests.rooms.sockets import connected_socket, frame

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


async def test_no_persona_answers_the_house_bots_example_mention(room, alice, personas):
    await seat(room, personas["darwin"], personas["aibot"])
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        ai_chattiness=Room.Chattiness.LIVELY
    )
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("/AIBot how do I add a persona to this room?"))
    await frames_until(socket, persona_message("AIBot"))
    await frames_until(socket, lambda f: 'hx-swap-oob="delete"' in f)  # its draft removed
    assert await socket.receive_nothing(timeout=0.8)

    bodies = await database_sync_to_async(
        lambda: list(
            Message.objects.filter(room=room, kind=Message.Kind.PERSONA).values_list(
                "author__persona__slug", "body"
            )
        )
    )()
    assert len(bodies) == 1 and bodies[0][0] == "aibot" and "@darwin" in bodies[0][1]
    turns = await database_sync_to_async(
        lambda: list(BotTurn.objects.values_list("persona__slug", flat=True))
    )()
    assert turns == ["aibot"]
    await socket.disconnect()


@pytest.mark.parametrize(
    ("question", "slug", "name"),
    [
        # (Was garlic cloves: Darwin has no line on them, only on watering deeply.)
        ("how often should i mow the lawn", "darwin", "Charles Darwin"),
        ("why is the sky blue?", "einstein", "Albert Einstein"),
        # (Was bleach mixed with vinegar: a hazard the house bot answers itself, safe37.)
        ("why does bleach take the colour out of things", "curie", "Marie Curie"),
    ],
)
def test_what_the_house_bot_does_not_know_it_hands_to_the_persona_who_might(question, slug, name):
    from bots.engine import offline_reply
    from bots.house import HOUSE_UNKNOWN, HOUSE_UNKNOWN_EXPERT
    from tests.bots.test_everyday_messages import VOICES

    others = tuple(v for s, v in VOICES.items() if s != "aibot")
    for seed in (1, 2, 3):
        reply = offline_reply(
            VOICES["aibot"], message=f"/AIBot {question}", seed=seed, others=others
        )
        said = {o.format(to="", who=name, slug=slug) for o in HOUSE_UNKNOWN_EXPERT}
        assert reply in said, reply
        # With nobody of that field in the room, a plain "I don't know".
        alone = offline_reply(VOICES["aibot"], message=f"/AIBot {question}", seed=seed)
        assert alone in HOUSE_UNKNOWN, alone


def test_a_question_of_no_field_is_not_handed_to_anyone():
    from bots.engine import offline_reply
    from tests.bots.test_everyday_messages import VOICES

    others = tuple(v for s, v in VOICES.items() if s != "aibot")
    reply = offline_reply(
        VOICES["aibot"], message="/AIBot who won the football last night", seed=1, others=others
    )
    from bots.house import HOUSE_UNKNOWN, faq_entry

    # Session 45: a result only a live feed has is owned up to as such (outside-live).
    assert reply in (*HOUSE_UNKNOWN, *faq_entry("outside-live").answers), reply
