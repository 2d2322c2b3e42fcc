"""The room hub: a process receives each room event once and hands it to its sockets there."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from channels.layers import InMemoryChannelLayer

from rooms import events, services
from tests.rooms.sockets import TIMEOUT, connected_socket, frame, message_ids

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks"),
]

HTML = '<div id="hub-test" hx-swap-oob="true">to everyone</div>'


async def group_members(layer, group: str) -> int:
    """How many channels the layer holds in `group`: the layer's own bookkeeping (there is no
    public API for it) of the in-memory layer, or channels-redis's sorted set."""
    if isinstance(layer, InMemoryChannelLayer):
        return len(layer.groups.get(group, {}))
    connection = layer.connection(layer.consistent_hash(group))
    return await connection.zcard(layer._group_key(group))


@database_sync_to_async
def join(room, *users) -> None:
    for user in users:
        services.membership_join(room=room, user=user)


async def test_one_group_member_per_process_serves_every_socket(
    room, alice, bob, carol, channel_layer
):
    await join(room, bob, carol)
    sockets = [await connected_socket(room.slug, user) for user in (alice, bob, alice, carol)]
    elsewhere = await database_sync_to_async(services.room_create)(creator=bob, name="Elsewhere")
    outsider = await connected_socket(elsewhere.slug, bob)
    group = events.room_group(room.pk)

    await channel_layer.group_send(
        group, {"type": "room.message", "html": HTML, "room_id": room.pk}
    )

    for socket in sockets:
        assert await socket.receive_from(timeout=TIMEOUT) == HTML
    assert await outsider.receive_nothing(timeout=0.2)
    # Four sockets in the room, one member of its group: the process's hub.
    assert await group_members(channel_layer, group) == 1
    for socket in (*sockets, outsider):
        await socket.disconnect()


async def test_the_last_socket_out_leaves_the_group_and_the_next_hears_the_room(
    room, alice, bob, channel_layer
):
    await join(room, bob)
    group = events.room_group(room.pk)
    first = await connected_socket(room.slug, alice)
    await first.disconnect()
    assert await group_members(channel_layer, group) == 0

    listener = await connected_socket(room.slug, alice)
    speaker = await connected_socket(room.slug, bob)
    await speaker.send_to(text_data=frame("anyone here?"))

    (pk,) = message_ids(await listener.receive_from(timeout=TIMEOUT))
    assert message_ids(await speaker.receive_from(timeout=TIMEOUT)) == [pk]
    assert await group_members(channel_layer, group) == 1
    for socket in (listener, speaker):
        await socket.disconnect()


async def test_typing_reaches_everyone_but_the_typist_own_tabs(room, alice, bob, channel_layer):
    await join(room, bob)
    alice_tabs = [await connected_socket(room.slug, alice) for _ in range(2)]
    bob_socket = await connected_socket(room.slug, bob)

    await alice_tabs[0].send_to(text_data='{"action": "typing"}')

    assert f'data-user-id="{alice.pk}" data-name="alice"' in await bob_socket.receive_from(
        timeout=TIMEOUT
    )
    for tab in alice_tabs:
        assert await tab.receive_nothing(timeout=0.2)
    for socket in (*alice_tabs, bob_socket):
        await socket.disconnect()
