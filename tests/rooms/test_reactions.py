"""Reactions (issue 11, part 3): toggled per person, counted with who reacted, live for everyone
in the room, and part of a message's seq like an edit, so catch-up brings them."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from rooms import reactions, services
from rooms.models import Membership, Message, Reaction
from tests.rooms.sockets import TIMEOUT, action, connected_socket


def say(room, author, body="Chapter one is out"):
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def toggle(room, user, message, emoji):
    return reactions.reaction_toggle(room=room, user=user, message_id=message.pk, emoji=emoji)


def chips(html: str) -> list[tuple[str, str, str]]:
    """(emoji, count, who) of each reaction chip in `html`."""
    return re.findall(
        r'<button type="button" class="reaction" data-emoji="([^"]+)"[^>]*'
        r'title="([^"]*)"[^>]*>[^<]*<span class="reaction-count">(\d+)</span>',
        html,
    )


@pytest.mark.django_db
def test_a_reaction_toggles_per_person_and_counts_who(room, alice, bob, carol):
    for person in (bob, carol):
        services.membership_join(room=room, user=person)
    message = say(room, alice)
    seq = message.seq

    toggle(room, bob, message, "👍")
    toggle(room, carol, message, "👍")
    toggle(room, carol, message, "🎉")
    message.refresh_from_db()
    assert message.reactions == [
        {
            "emoji": "👍",
            "count": 2,
            "names": ["bob", "carol"],
            "more": 0,
            "ids": [bob.pk, carol.pk],
        },
        {"emoji": "🎉", "count": 1, "names": ["carol"], "more": 0, "ids": [carol.pk]},
    ]
    assert message.seq > seq  # a change like an edit: pages that were away catch up on it

    toggle(room, bob, message, "👍")  # again: taken back
    message.refresh_from_db()
    assert [(r["emoji"], r["count"], r["names"]) for r in message.reactions] == [
        ("👍", 1, ["carol"]),
        ("🎉", 1, ["carol"]),
    ]
    assert Reaction.objects.filter(message=message).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("emoji", ["👍", "❤️", "👍🏽", "👩‍👩‍👧", "🇫🇷", "🦀"])
def test_any_single_emoji_is_taken(room, alice, emoji):
    message = say(room, alice)
    assert toggle(room, alice, message, emoji).reactions[0]["emoji"] == emoji


@pytest.mark.django_db
@pytest.mark.parametrize(
    "emoji", ["", "hi", "<b>", "👍 👍", "1", "a👍", "👍" * 17, None, 5, ["👍"], "\u200d"]
)
def test_anything_but_an_emoji_is_refused_and_saves_nothing(room, alice, emoji):
    message = say(room, alice)
    with pytest.raises(ValidationError) as refused:
        toggle(room, alice, message, emoji)
    assert refused.value.messages == ["Choose one emoji to react with."]
    assert not Reaction.objects.exists()
    message.refresh_from_db()
    assert message.reactions == []


@pytest.mark.django_db
def test_who_may_not_react(room, alice, bob, carol):
    message = say(room, alice)
    with pytest.raises(PermissionDenied, match="Join the room"):
        toggle(room, bob, message, "👍")  # not a member

    services.membership_join(room=room, user=carol)
    Membership.objects.filter(room=room, user=carol).update(
        muted_until=timezone.now() + timedelta(minutes=5)
    )
    with pytest.raises(PermissionDenied, match="You are muted"):
        toggle(room, carol, message, "👍")

    services.message_delete(room=room, actor=alice, message_id=message.pk)
    with pytest.raises(PermissionDenied, match="takes no reactions"):
        toggle(room, alice, message, "👍")
    assert not Reaction.objects.exists()


@pytest.mark.django_db
def test_a_message_takes_at_most_twenty_different_emoji(room, alice):
    message = say(room, alice)
    many = [chr(0x1F600 + n) for n in range(reactions.MAX_EMOJI_PER_MESSAGE)]
    for emoji in many:
        toggle(room, alice, message, emoji)
    with pytest.raises(ValidationError, match="at most 20"):
        toggle(room, alice, message, "🦀")
    toggle(room, alice, message, many[0])  # taking one back still works
    assert Reaction.objects.count() == 19


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_reactions_are_live_for_everyone_and_caught_up_after_a_reconnect(room, alice, bob):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    message = await database_sync_to_async(say)(room, alice)
    alice_socket = await connected_socket(room.slug, alice)
    bob_socket = await connected_socket(room.slug, bob)

    await bob_socket.send_to(text_data=action("react", message_id=message.pk, emoji="🎉"))
    for socket in (alice_socket, bob_socket):
        frame = await socket.receive_from(timeout=TIMEOUT)
        assert f'<article id="message-{message.pk}"' in frame
        assert chips(frame) == [("🎉", "bob", "1")]
    await alice_socket.disconnect()

    # alice comes back from before the reaction: her catch-up brings it.
    again = await connected_socket(room.slug, alice)
    await again.send_to(text_data=action("sync", cursor=message.seq))
    caught_up = await again.receive_from(timeout=TIMEOUT)
    assert chips(caught_up) == [("🎉", "bob", "1")]

    # A bad emoji is refused to its sender only.
    await bob_socket.send_to(text_data=action("react", message_id=message.pk, emoji="<b>x"))
    error = await bob_socket.receive_from(timeout=TIMEOUT)
    assert "Choose one emoji to react with." in error and 'id="composer-error"' in error
    assert await again.receive_nothing(timeout=0.2)
    for socket in (again, bob_socket):
        await socket.disconnect()


@pytest.mark.django_db
def test_the_page_shows_reactions_escaped(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    message = say(room, alice)
    toggle(room, bob, message, "👍")
    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert chips(html) == [("👍", "bob", "1")]
    assert f'data-ids=" {bob.pk} "' in html
    Message.objects.filter(pk=message.pk).update(
        reactions=[{"emoji": "👍", "count": 1, "names": ['"><script>'], "more": 0, "ids": [1]}]
    )
    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert "<script>" not in html.split('class="reactions"')[1].split("</div>")[0]
