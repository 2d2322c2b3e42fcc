"""/sms/inbound/: signatures, idempotency on the provider's id, JOIN, STOP/START/HELP, unknown
numbers, and texts posted into the room through the browser's path."""

from __future__ import annotations

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.db import IntegrityError
from django.db.models import F
from django.test import Client
from django.utils import timezone

from rooms import moderation, services
from rooms.models import Membership, Message, Room
from sms import services as sms_services
from sms.inbound import client_id_for
from sms.models import Inbound, OptOut, Outbound, Phone
from tests.rooms.sockets import (
    TIMEOUT,
    body_text,
    connected_socket,
    expect_join_shown,
    message_ids,
)
from tests.sms.conftest import (
    ALICE_PHONE,
    BOB_PHONE,
    link_phone,
    replies,
    signed,
    text,
    text_in,
    text_in_sync,
)

# The webhook is an async view: its database work runs on the database thread.
pytestmark = pytest.mark.django_db(transaction=True)


# Signatures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {},  # none
        {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"},  # not one
        signed("/sms/inbound/", text("SM1", ALICE_PHONE, "hi"), token="another-token"),
        signed("/sms/inbound/", text("SM1", ALICE_PHONE, "something else")),  # other fields
        signed("/sms/other/", text("SM1", ALICE_PHONE, "hi")),  # another URL
        signed("/sms/inbound/", text("SM1", ALICE_PHONE, "hi"), scheme="https"),  # scheme
    ],
)
def test_a_text_without_a_good_signature_is_refused(headers):
    response = Client().post("/sms/inbound/", text("SM1", ALICE_PHONE, "hi"), headers=headers)
    assert response.status_code == 403
    assert not Inbound.objects.exists()


def test_no_auth_token_refuses_every_text(settings):
    params = text("SM1", ALICE_PHONE, "hi")
    headers = signed("/sms/inbound/", params, token="")
    settings.TWILIO_AUTH_TOKEN = ""
    assert Client().post("/sms/inbound/", params, headers=headers).status_code == 403


def test_a_signed_text_is_accepted_and_needs_no_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = text_in_sync("SM1", BOB_PHONE, "HELP", client=client)
    assert response.status_code == 200
    assert replies(response)[0].startswith("Salon: text JOIN <room> to choose a room")


def test_only_post_is_served():
    assert Client().get("/sms/inbound/").status_code == 405


def test_behind_the_proxy_the_public_https_url_is_the_signed_one(settings):
    """nginx passes Host and X-Forwarded-Proto; uvicorn (chatsite.serve) or Django's
    SECURE_PROXY_SSL_HEADER turns the latter into the request's scheme."""
    settings.ALLOWED_HOSTS = ["chat.example.org"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    params = text("SM1", BOB_PHONE, "HELP")
    headers = {
        **signed("/sms/inbound/", params, host="chat.example.org", scheme="https"),
        "X-Forwarded-Proto": "https",
    }
    response = Client(HTTP_HOST="chat.example.org").post("/sms/inbound/", params, headers=headers)
    assert response.status_code == 200
    assert "https://chat.example.org/sms/phone/" in replies(response)[0]


def test_sms_base_url_names_the_signed_url(settings):
    settings.SALON_SMS_BASE_URL = "https://chat.example.org"
    params = text("SM1", BOB_PHONE, "HELP")
    good = signed("/sms/inbound/", params, host="chat.example.org", scheme="https")
    assert Client().post("/sms/inbound/", params, headers=good).status_code == 200
    params = text("SM2", BOB_PHONE, "HELP")
    local = signed("/sms/inbound/", params)  # the address the request came in on
    assert Client().post("/sms/inbound/", params, headers=local).status_code == 403


@pytest.mark.parametrize(
    "params",
    [
        {"From": BOB_PHONE, "Body": "hi"},  # no MessageSid
        {"MessageSid": "SM/../x", "From": BOB_PHONE, "Body": "hi"},
        {"MessageSid": "S" * 65, "From": BOB_PHONE, "Body": "hi"},
        {"MessageSid": "SM1", "Body": "hi"},  # no From
    ],
)
def test_a_text_without_its_ids_is_a_bad_request(params):
    response = Client().post("/sms/inbound/", params, headers=signed("/sms/inbound/", params))
    assert response.status_code == 400
    assert not Inbound.objects.exists()


# Unknown numbers and keywords --------------------------------------------------------------


def test_an_unknown_number_is_told_once():
    first = replies(text_in_sync("SM1", BOB_PHONE, "hello?"))
    assert first == [
        "Salon: this number is not linked to an account. Link it on your profile at "
        "http://testserver/sms/phone/ to chat by text. Reply STOP to unsubscribe."
    ]
    assert replies(text_in_sync("SM2", BOB_PHONE, "hello??")) == []
    assert list(Inbound.objects.order_by("pk").values_list("outcome", flat=True)) == [
        "unknown",
        "unknown",
    ]
    assert not Message.objects.filter(kind=Message.Kind.USER).exists()


def test_an_unparseable_sender_gets_no_reply():
    response = text_in_sync("SM1", "not-a-number", "hello")
    assert replies(response) == []
    assert Inbound.objects.get().outcome == "refused"


@pytest.mark.parametrize(
    "word", ["STOP", "stop", "StopAll", "UNSUBSCRIBE", "cancel", "END", "quit"]
)
def test_stop_and_its_synonyms_opt_out_and_cancel_what_waits(word, alice):
    link_phone(alice, ALICE_PHONE)
    waiting = Outbound.objects.create(
        user=alice, number=ALICE_PHONE, kind="mention", body="hi", next_attempt_at=None
    )
    retrying = Outbound.objects.create(
        user=alice, number=ALICE_PHONE, kind="persona", body="yo", attempts=2
    )
    sent = Outbound.objects.create(
        user=alice, number=ALICE_PHONE, kind="mention", body="old", status="sent"
    )

    assert replies(text_in_sync("SM1", ALICE_PHONE, word)) == [
        "Salon: you are unsubscribed and will get no more texts from us. "
        "Reply START to subscribe again."
    ]
    assert OptOut.objects.filter(number=ALICE_PHONE).exists()
    for row, status in ((waiting, "cancelled"), (retrying, "cancelled"), (sent, "sent")):
        row.refresh_from_db()
        assert row.status == status


def test_after_stop_only_start_gets_an_answer(alice, room):
    link_phone(alice, ALICE_PHONE, room=room)
    text_in_sync("SM1", ALICE_PHONE, "STOP")
    assert replies(text_in_sync("SM2", ALICE_PHONE, "JOIN nowhere")) == []
    assert replies(text_in_sync("SM3", ALICE_PHONE, "yes")) == [
        "Salon: you are subscribed again. Reply HELP for help, STOP to unsubscribe."
    ]
    assert not OptOut.objects.exists()
    assert replies(text_in_sync("SM4", ALICE_PHONE, "JOIN nowhere")) == [
        "Salon: there is no room called nowhere that you can join."
    ]


def test_keyword_replies_can_be_left_to_the_provider(settings, alice):
    settings.SALON_SMS_KEYWORD_REPLIES = False
    link_phone(alice, ALICE_PHONE)
    assert replies(text_in_sync("SM1", ALICE_PHONE, "STOP")) == []
    assert OptOut.objects.filter(number=ALICE_PHONE).exists()
    assert replies(text_in_sync("SM2", ALICE_PHONE, "HELP")) == []


# JOIN ---------------------------------------------------------------------------------------


def test_join_a_public_room_joins_it_as_the_browser_does(bob, room):
    link_phone(bob, BOB_PHONE)
    assert replies(text_in_sync("SM1", BOB_PHONE, "join #Tea-Room")) == [
        "Salon: your texts now go to #tea-room (Tea Room). Text JOIN <room> to switch."
    ]
    assert Membership.objects.filter(room=room, user=bob).exists()
    assert Phone.objects.get(user=bob).room == room
    assert Message.objects.filter(room=room, body="bob joined the room.").exists()


def test_a_private_room_is_joined_by_its_members_only(alice, bob, private_room):
    link_phone(bob, BOB_PHONE)
    link_phone(alice, ALICE_PHONE)
    refusal = f"Salon: there is no room called {private_room.slug} that you can join."
    assert replies(text_in_sync("SM1", BOB_PHONE, f"JOIN {private_room.slug}")) == [refusal]
    assert not Membership.objects.filter(room=private_room, user=bob).exists()
    assert Phone.objects.get(user=bob).room is None
    assert replies(text_in_sync("SM2", ALICE_PHONE, f"JOIN {private_room.slug}"))[0].startswith(
        f"Salon: your texts now go to #{private_room.slug}"
    )


@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_join_by_text_shows_in_the_member_panels_of_the_open_pages(alice, bob, room):
    await database_sync_to_async(link_phone)(bob, BOB_PHONE)
    watcher = await connected_socket(room.slug, alice)

    (reply,) = replies(await text_in("SM1", BOB_PHONE, "JOIN tea-room"))

    assert reply.startswith("Salon: your texts now go to #tea-room")
    await expect_join_shown(watcher, bob, "1 of 2 online")
    await watcher.disconnect()


@pytest.mark.parametrize("name", ["nowhere", "x" * 300, "../admin"])
def test_unknown_rooms_are_refused(bob, name):
    link_phone(bob, BOB_PHONE)
    (reply,) = replies(text_in_sync("SM1", BOB_PHONE, f"JOIN {name}"))
    assert reply == f"Salon: there is no room called {name[:100]} that you can join."


def test_a_banned_person_cannot_join(alice, bob, room):
    link_phone(bob, BOB_PHONE)
    services.membership_join(room=room, user=bob)
    moderation.member_ban(room=room, actor=alice, user_id=bob.pk)
    assert replies(text_in_sync("SM1", BOB_PHONE, "JOIN tea-room")) == [
        "Salon: You are banned from this room."
    ]


def test_a_text_before_join_asks_for_a_room(bob):
    link_phone(bob, BOB_PHONE)
    assert replies(text_in_sync("SM1", BOB_PHONE, "hello")) == [
        "Salon: text JOIN <room> first to choose the room your texts go to."
    ]


# Posting ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_text_is_posted_as_its_person_and_the_room_sees_it_live(alice, bob, room):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    await database_sync_to_async(link_phone)(bob, BOB_PHONE, room=room)
    watcher = await connected_socket(room.slug, alice)

    response = await text_in("SM10", BOB_PHONE, "Hello from my phone")

    assert response.status_code == 200 and replies(response) == []
    saved = await database_sync_to_async(Message.objects.get)(room=room, author=bob)
    assert (saved.body, saved.client_id) == ("Hello from my phone", client_id_for("SM10"))
    frame = await watcher.receive_from(timeout=TIMEOUT)
    assert message_ids(frame) == [saved.pk]
    assert body_text(frame, saved.pk) == "Hello from my phone"
    inbound = await database_sync_to_async(Inbound.objects.get)(sid="SM10")
    assert (inbound.outcome, inbound.message_id, inbound.user_id) == ("posted", saved.pk, bob.pk)

    # Twilio delivers the same text again: the same answer, nothing posted or broadcast twice.
    again = await text_in("SM10", BOB_PHONE, "Hello from my phone")
    assert again.status_code == 200 and replies(again) == []
    assert await database_sync_to_async(Message.objects.filter(author=bob).count)() == 1
    assert await watcher.receive_nothing(timeout=0.3)
    await watcher.disconnect()


def test_a_repeated_delivery_gets_the_first_reply_and_changes_nothing(bob, room):
    link_phone(bob, BOB_PHONE)
    first = replies(text_in_sync("SM1", BOB_PHONE, "JOIN tea-room"))
    services.membership_leave(room=room, user=bob)
    assert replies(text_in_sync("SM1", BOB_PHONE, "JOIN tea-room")) == first
    assert not Membership.objects.filter(room=room, user=bob).exists()
    assert Inbound.objects.count() == 1
    assert Outbound.objects.filter(kind="reply").count() == 1


@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_text_whose_handling_crashed_is_posted_by_its_next_delivery(alice, bob, room):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    await database_sync_to_async(link_phone)(bob, BOB_PHONE, room=room)
    await database_sync_to_async(services.message_post_system)(room=room, body="Tea is served.")
    # The room's change counter falls behind its last message (as after a bad restore): the
    # next insert takes a seq already used, the unique constraint refuses it, the handling
    # of the text crashes after its claim was recorded.
    rewind = Room.objects.filter(pk=room.pk)
    await database_sync_to_async(rewind.update)(seq=F("seq") - 1)
    with pytest.raises(IntegrityError):
        await text_in("SM20", BOB_PHONE, "Did this arrive?")
    inbound = await database_sync_to_async(Inbound.objects.get)(sid="SM20")
    assert inbound.outcome == "pending"
    assert not await database_sync_to_async(Message.objects.filter(author=bob).exists)()

    await database_sync_to_async(rewind.update)(seq=F("seq") + 1)
    watcher = await connected_socket(room.slug, alice)
    # Twilio delivers it again: this time it is posted, and the room sees it.
    again = await text_in("SM20", BOB_PHONE, "Did this arrive?")
    assert again.status_code == 200 and replies(again) == []
    saved = await database_sync_to_async(Message.objects.get)(room=room, author=bob)
    assert (saved.body, saved.client_id) == ("Did this arrive?", client_id_for("SM20"))
    frame = await watcher.receive_from(timeout=TIMEOUT)
    assert message_ids(frame) == [saved.pk]
    inbound = await database_sync_to_async(Inbound.objects.get)(sid="SM20")
    assert (inbound.outcome, inbound.message_id) == ("posted", saved.pk)
    # Handled now: a third delivery changes nothing.
    assert replies(await text_in("SM20", BOB_PHONE, "Did this arrive?")) == []
    assert await database_sync_to_async(Message.objects.filter(author=bob).count)() == 1
    assert await watcher.receive_nothing(timeout=0.3)
    await watcher.disconnect()


@pytest.mark.usefixtures("presence_tasks")
async def test_a_text_left_pending_is_handled_again_once_its_lease_is_over(bob, room):
    """A delivery arriving while another is handled waits (503, Retry-After); one left by a
    process that stopped mid-way (no clean-up ran) is taken over after the lease."""
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    await database_sync_to_async(link_phone)(bob, BOB_PHONE, room=room)
    claim = await database_sync_to_async(sms_services.inbound_claim)(
        sid="SM30", sender=BOB_PHONE, body="Still there?"
    )
    assert claim.ours

    busy = await text_in("SM30", BOB_PHONE, "Still there?")
    assert (busy.status_code, busy["Retry-After"]) == (503, "60")
    assert not await database_sync_to_async(Message.objects.filter(author=bob).exists)()

    lease_over = timezone.now() - sms_services.INBOUND_LEASE - timedelta(seconds=1)
    left = Inbound.objects.filter(sid="SM30")
    await database_sync_to_async(left.update)(claimed_at=lease_over)
    taken = await text_in("SM30", BOB_PHONE, "Still there?")
    assert taken.status_code == 200 and replies(taken) == []
    saved = await database_sync_to_async(Message.objects.get)(room=room, author=bob)
    assert saved.body == "Still there?"
    assert (await database_sync_to_async(left.get)()).outcome == "posted"


@pytest.mark.usefixtures("presence_tasks")
async def test_texts_keep_to_the_message_rate_limit(settings, bob, room):
    settings.SALON_MESSAGE_BURST = 2
    settings.SALON_MESSAGE_RATE = 0.01
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    await database_sync_to_async(link_phone)(bob, BOB_PHONE, room=room)
    answers = [replies(await text_in(f"SM{n}", BOB_PHONE, f"text {n}")) for n in range(3)]
    assert answers[:2] == [[], []]
    (refusal,) = answers[2]
    assert refusal.startswith("Salon: you are sending messages too quickly. Try again in ")
    bodies = await database_sync_to_async(list)(
        Message.objects.filter(author=bob).order_by("id").values_list("body", flat=True)
    )
    assert bodies == ["text 0", "text 1"]


@pytest.mark.usefixtures("presence_tasks")
async def test_huge_texts_and_muted_or_removed_members_are_told_why(alice, bob, room):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    await database_sync_to_async(link_phone)(bob, BOB_PHONE, room=room)

    (huge,) = replies(await text_in("SM1", BOB_PHONE, "x" * 20_000))
    assert huge == "Salon: Messages can be at most 4,000 characters (this one has 8,000)."
    stored = await database_sync_to_async(Inbound.objects.get)(sid="SM1")
    assert (stored.outcome, len(stored.body)) == ("refused", 8000)

    await database_sync_to_async(moderation.member_mute)(
        room=room, actor=alice, user_id=bob.pk, minutes=10
    )
    (muted,) = replies(await text_in("SM2", BOB_PHONE, "hello"))
    assert muted.startswith("Salon: You are muted in this room until ")

    await database_sync_to_async(services.membership_leave)(room=room, user=bob)
    assert replies(await text_in("SM3", BOB_PHONE, "hello")) == [
        "Salon: you are no longer in #tea-room. Text JOIN <room>."
    ]
    assert not await database_sync_to_async(Message.objects.filter(author=bob).exists)()
