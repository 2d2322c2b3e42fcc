"""GET/POST /api/rooms/<slug>/messages and PATCH/DELETE /api/messages/<id>: the browser's
services and rules, seen live by the room's sockets."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from rooms import moderation, services
from rooms.models import Membership, Message
from tests.clients import AsyncClient
from tests.rooms.sockets import TIMEOUT, connected_socket, member_watching, message_ids

iso = DjangoJSONEncoder().default


def message_json(message: Message, slug: str) -> dict:
    author = message.author
    return {
        "id": message.pk,
        "seq": message.seq,
        "room": slug,
        "kind": message.kind,
        "author": None
        if author is None
        else {
            "id": author.pk,
            "username": author.username,
            "name": author.username,
            "is_persona": False,
        },
        "body": message.body,
        "body_html": message.body_html,
        "client_id": str(message.client_id) if message.client_id else None,
        "mentions": message.mention_names,
        "reply_to": None
        if message.reply_to_id is None
        else {
            "id": message.reply_to_id,
            "author": message.reply_author,
            "excerpt": message.reply_excerpt,
        },
        "attachments": [],
        "reactions": [
            {"emoji": r["emoji"], "count": r["count"], "user_ids": r["ids"]}
            for r in message.reactions
        ],
        "created_at": iso(message.created_at),
        "edited_at": iso(message.edited_at) if message.edited_at else None,
        "deleted_at": iso(message.deleted_at) if message.deleted_at else None,
    }


@database_sync_to_async
def saved_json(pk: int, slug: str) -> dict:
    return message_json(Message.objects.select_related("author").get(pk=pk), slug)


def post(room, author, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


# Reading ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_first_page_is_the_newest_and_before_pages_back(api, alice, room):
    messages = [post(room, alice, f"m{n}") for n in range(5)]
    room.refresh_from_db()

    first = api.get(f"/api/rooms/{room.slug}/messages?limit=2")
    assert first.status_code == 200
    assert first.json() == {
        "messages": [message_json(m, room.slug) for m in messages[3:]],
        "room_seq": room.seq,
        "next_before": messages[3].pk,
        "has_more": False,
    }
    older = api.get(f"/api/rooms/{room.slug}/messages?limit=2&before={messages[3].pk}").json()
    assert [m["body"] for m in older["messages"]] == ["m1", "m2"]
    oldest = api.get(f"/api/rooms/{room.slug}/messages?before={messages[1].pk}").json()
    assert [m["body"] for m in oldest["messages"]] == ["m0"]
    assert oldest["next_before"] is None


@pytest.mark.django_db
def test_after_seq_catches_up_on_new_edited_and_deleted_messages_in_seq_order(api, alice, room):
    kept, edited, deleted = (post(room, alice, body) for body in ("kept", "edit me", "drop me"))
    room.refresh_from_db()
    cursor = room.seq
    late = post(room, alice, "late")
    services.message_edit(room=room, editor=alice, message_id=edited.pk, body="edited")
    services.message_delete(room=room, actor=alice, message_id=deleted.pk)

    page = api.get(f"/api/rooms/{room.slug}/messages?after_seq={cursor}&limit=2").json()
    assert [(m["id"], m["body"]) for m in page["messages"]] == [
        (late.pk, "late"),
        (edited.pk, "edited"),
    ]
    assert page["has_more"] is True
    rest = api.get(
        f"/api/rooms/{room.slug}/messages?after_seq={page['messages'][-1]['seq']}&limit=2"
    ).json()
    ((tombstone),) = rest["messages"]
    assert (tombstone["id"], tombstone["body"]) == (deleted.pk, "")
    assert tombstone["deleted_at"] is not None
    assert rest["has_more"] is False
    assert rest["room_seq"] == tombstone["seq"]
    assert kept.pk not in [m["id"] for m in page["messages"] + rest["messages"]]


@pytest.mark.django_db
def test_history_costs_the_same_queries_for_3_messages_or_50(
    api, alice, bob, room, django_assert_num_queries
):
    api.get("/api/rooms")  # the token's first use is written once; not measured
    services.membership_join(room=room, user=bob)
    for n in range(3):
        post(room, bob, f"few {n}")
    # The token, the room with the membership, the room's seq, the page.
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/rooms/{room.slug}/messages").json()["messages"]) == 3
    for n in range(47):
        post(room, alice if n % 2 else bob, f"many {n}")
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/rooms/{room.slug}/messages").json()["messages"]) == 50
    with django_assert_num_queries(4):
        assert len(api.get(f"/api/rooms/{room.slug}/messages?after_seq=0").json()["messages"]) == 50


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "before=0",
        "before=x",
        "after_seq=-1",
        "limit=0",
        "limit=101",
        "before=1&after_seq=1",
        f"before={2**63}",
    ],
)
def test_bad_paging_is_a_400(api, room, query):
    response = api.get(f"/api/rooms/{room.slug}/messages?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) >= {"code", "message"}


# Posting --------------------------------------------------------------------------------------


class async_api:  # noqa: N801 (used like the function it stands for)
    """A program's client in the test's event loop (the room sockets' loop): the bearer token
    on every request (AsyncClient's default headers do not reach ASGI requests)."""

    def __init__(self, raw_token: str) -> None:
        self.client = AsyncClient(enforce_csrf_checks=True)
        self.headers = {"Authorization": f"Bearer {raw_token}"}

    def post(self, path: str, data=None, **kwargs):
        return self.client.post(path, data, headers=self.headers, **kwargs)

    def patch(self, path: str, data=None, **kwargs):
        return self.client.patch(path, data, headers=self.headers, **kwargs)

    def delete(self, path: str):
        return self.client.delete(path, headers=self.headers)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_post_is_201_then_200_for_its_retry_and_the_room_sees_one_frame(
    room, alice, bob, alice_token
):
    watcher = await member_watching(room, bob)
    client = async_api(alice_token)
    client_id = str(uuid.uuid4())
    send = {"body": "  Hello from a program  ", "client_id": client_id}

    first = await client.post(
        f"/api/rooms/{room.slug}/messages", send, content_type="application/json"
    )
    assert first.status_code == 201
    saved = await database_sync_to_async(Message.objects.select_related("author").get)(
        client_id=client_id
    )
    assert first.json() == message_json(saved, room.slug)
    assert saved.body == "Hello from a program"
    assert message_ids(await watcher.receive_from(timeout=TIMEOUT)) == [saved.pk]

    again = await client.post(
        f"/api/rooms/{room.slug}/messages", send, content_type="application/json"
    )
    assert again.status_code == 200
    assert again.json() == first.json()
    assert await watcher.receive_nothing(timeout=0.3)
    assert await database_sync_to_async(Message.objects.filter(client_id=client_id).count)() == 1
    await watcher.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_the_message_limit_is_429_with_retry_after(room, alice_token, settings):
    settings.SALON_MESSAGE_BURST = 2
    settings.SALON_MESSAGE_RATE = 0.1
    client = async_api(alice_token)

    def send(n: int):
        return client.post(
            f"/api/rooms/{room.slug}/messages",
            {"body": f"n{n}", "client_id": str(uuid.uuid4())},
            content_type="application/json",
        )

    assert [(await send(n)).status_code for n in range(2)] == [201, 201]
    refused = await send(2)
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
    assert refused.json()["message"].startswith("You are sending messages too quickly.")
    assert 1 <= int(refused["Retry-After"]) <= 10
    bodies = await database_sync_to_async(
        lambda: list(Message.objects.order_by("id").values_list("body", flat=True))
    )()
    assert bodies == ["n0", "n1"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_visitors_and_muted_members_cannot_post(room, alice, bob, bob_token):
    client = async_api(bob_token)
    send = {"body": "hi", "client_id": str(uuid.uuid4())}
    visitor = await client.post(
        f"/api/rooms/{room.slug}/messages", send, content_type="application/json"
    )
    assert visitor.status_code == 403
    assert visitor.json() == {"code": "not_member", "message": "Join the room to post in it."}

    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    await database_sync_to_async(moderation.member_mute)(
        room=room, actor=alice, user_id=bob.pk, minutes=60
    )
    muted = await client.post(
        f"/api/rooms/{room.slug}/messages", send, content_type="application/json"
    )
    assert muted.status_code == 403
    assert muted.json()["code"] == "muted"
    assert muted.json()["message"].startswith("You are muted in this room until ")
    assert not await database_sync_to_async(Message.objects.filter(kind="user").exists)()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_the_content_rules_apply(room, alice_token):
    client = async_api(alice_token)

    async def send(body):
        response = await client.post(
            f"/api/rooms/{room.slug}/messages",
            {"body": body, "client_id": str(uuid.uuid4())},
            content_type="application/json",
        )
        return response.status_code, response.json()["code"]

    assert await send("   ") == (400, "empty")
    assert await send("x" * 4001) == (400, "too_long")
    assert await send("nul \x00 inside") == (400, "invalid")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("data", "content_type", "code"),
    [
        ("{not json", "application/json", "invalid"),
        ('{"body": "hi"}', "application/json", "invalid"),
        ('{"body": "hi", "client_id": "not-a-uuid"}', "application/json", "invalid"),
        (
            '{"body": 5, "client_id": "7a1c5e2e-8a4e-4c1e-9a51-3a0f3f2b2d11"}',
            "application/json",
            "invalid",
        ),
        ("[1, 2]", "application/json", "invalid"),
    ],
)
def test_malformed_bodies_are_400_in_json(api, room, data, content_type, code):
    response = api.generic(
        "POST", f"/api/rooms/{room.slug}/messages", data, content_type=content_type
    )
    assert response.status_code == 400
    assert response.json()["code"] == code
    assert not Message.objects.exists()


@pytest.mark.django_db
def test_an_oversized_body_is_413(api, room):
    body = '{"body": "' + "x" * 70_000 + '", "client_id": "7a1c5e2e-8a4e-4c1e-9a51-3a0f3f2b2d11"}'
    response = api.generic(
        "POST", f"/api/rooms/{room.slug}/messages", body, content_type="application/json"
    )
    assert response.status_code == 413
    assert response.json() == {
        "code": "too_large",
        "message": "Request bodies can be at most 65,536 bytes.",
    }


# Editing and deleting -------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_edit_and_delete_your_message_seen_live(room, alice, bob, alice_token):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    message = await database_sync_to_async(post)(room, alice, "first try")
    watcher = await connected_socket(room.slug, bob)
    client = async_api(alice_token)

    edited = await client.patch(
        f"/api/messages/{message.pk}", {"body": "second try"}, content_type="application/json"
    )
    assert edited.status_code == 200
    await database_sync_to_async(message.refresh_from_db)()
    assert edited.json() == await saved_json(message.pk, room.slug)
    assert message.body == "second try" and message.edited_at is not None
    assert message_ids(await watcher.receive_from(timeout=TIMEOUT)) == [message.pk]

    deleted = await client.delete(f"/api/messages/{message.pk}")
    assert deleted.status_code == 200
    await database_sync_to_async(message.refresh_from_db)()
    assert deleted.json() == await saved_json(message.pk, room.slug)
    assert deleted.json()["body"] == "" and message.deleted_at is not None
    assert message_ids(await watcher.receive_from(timeout=TIMEOUT)) == [message.pk]
    await watcher.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_the_browsers_rules_for_edits_and_deletes(room, alice, bob, bob_token, settings):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    alices = await database_sync_to_async(post)(room, alice, "alice's")
    client = async_api(bob_token)

    not_yours = await client.patch(
        f"/api/messages/{alices.pk}", {"body": "hijack"}, content_type="application/json"
    )
    assert not_yours.status_code == 403
    assert not_yours.json() == {
        "code": "forbidden",
        "message": "You can only edit your own messages.",
    }
    refused = await client.delete(f"/api/messages/{alices.pk}")
    assert refused.json() == {
        "code": "forbidden",
        "message": "Only the author or a moderator can delete this message.",
    }

    bobs = await database_sync_to_async(post)(room, bob, "bob's")
    await database_sync_to_async(Message.objects.filter(pk=bobs.pk).update)(
        created_at=timezone.now() - timedelta(seconds=settings.SALON_EDIT_WINDOW_SECONDS + 5)
    )
    late = await client.patch(
        f"/api/messages/{bobs.pk}", {"body": "too late"}, content_type="application/json"
    )
    assert late.status_code == 403
    assert late.json()["message"].startswith("Messages can only be edited for ")

    # A moderator may delete anyone's message.
    await database_sync_to_async(Membership.objects.filter(room=room, user=bob).update)(
        role=Membership.Role.MODERATOR
    )
    assert (await client.delete(f"/api/messages/{alices.pk}")).status_code == 200


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_message_in_a_private_room_you_are_not_in_is_404(private_room, alice, bob_token):
    message = await database_sync_to_async(post)(private_room, alice, "secret")
    client = async_api(bob_token)
    for response in (
        await client.patch(
            f"/api/messages/{message.pk}", {"body": "x"}, content_type="application/json"
        ),
        await client.delete(f"/api/messages/{message.pk}"),
        await client.delete("/api/messages/999999"),
        await client.delete(f"/api/messages/{2**63}"),
    ):
        assert response.status_code == 404
        assert response.json() == {"code": "not_found", "message": "No such message."}
    await database_sync_to_async(message.refresh_from_db)()
    assert message.body == "secret"


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_post_may_reply_to_a_message_of_the_room_as_in_the_browser(
    room, private_room, alice, alice_token
):
    original = await database_sync_to_async(post)(room, alice, "Which tea?\nAny will do.")
    elsewhere = await database_sync_to_async(post)(private_room, alice, "not here")
    client = async_api(alice_token)

    async def send(reply_to):
        return await client.post(
            f"/api/rooms/{room.slug}/messages",
            {"body": "Oolong.", "client_id": str(uuid.uuid4()), "reply_to": reply_to},
            content_type="application/json",
        )

    answered = await send(original.pk)
    assert answered.status_code == 201
    assert answered.json()["reply_to"] == {
        "id": original.pk,
        "author": "alice",
        "excerpt": "Which tea?",
    }
    saved = await database_sync_to_async(Message.objects.select_related("author").get)(
        pk=answered.json()["id"]
    )
    assert (saved.reply_to_id, answered.json()) == (original.pk, message_json(saved, room.slug))

    refused = await send(elsewhere.pk)
    assert (refused.status_code, refused.json()) == (
        400,
        {"code": "reply_to", "message": "You can only reply to a message in this room."},
    )
    await database_sync_to_async(services.message_delete)(
        room=room, actor=alice, message_id=original.pk
    )
    gone = await send(original.pk)
    assert (gone.status_code, gone.json()["code"]) == (400, "reply_to")
    assert gone.json()["message"] == "That message was deleted: there is nothing to reply to."
    assert (await send(None)).status_code == 201  # no reply
