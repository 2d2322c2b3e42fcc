"""Texts Salon sends: mentions of people with a linked phone, persona replies to their texts,
never after STOP, within the hourly limit; delivery reports; and what it costs messages that
concern no phone."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bots import runner
from bots.care import SELF, care_reply
from bots.models import BotTurn
from rooms import moderation, services
from rooms.models import Message
from sms import outbound, segments, watch
from sms import services as sms_services
from sms.models import Inbound, OptOut, Outbound
from tests.sms.conftest import ALICE_PHONE, BOB_PHONE, link_phone, replies, signed, text_in


def post(room, author, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


@pytest.fixture
def posted(django_capture_on_commit_callbacks):
    """Post as a person would, running what the post does once committed."""

    def run(room, author, body: str) -> Message:
        with django_capture_on_commit_callbacks(execute=True):
            return post(room, author, body)

    return run


@pytest.mark.django_db
def test_a_mention_is_texted_to_the_person_mentioned(posted, alice, bob, room):
    services.membership_join(room=room, user=bob)
    link_phone(alice, ALICE_PHONE)

    message = posted(room, bob, "Tea at five, @Alice?")

    text = Outbound.objects.get()
    assert (text.user, text.number, text.kind, text.status, text.message) == (
        alice,
        ALICE_PHONE,
        "mention",
        "queued",
        message,
    )
    assert text.body == "bob in #tea-room: Tea at five, @Alice?"

    assert sms_services.outbound_deliver_due() == 1  # the console provider
    text.refresh_from_db()
    assert (text.status, text.provider, text.attempts) == ("sent", "console", 1)
    assert text.provider_sid.startswith("console-")


@pytest.mark.django_db
def test_no_text_for_mentions_that_concern_no_linked_member(posted, alice, bob, carol, room):
    services.membership_join(room=room, user=bob)
    link_phone(carol, BOB_PHONE)  # carol is not in the room
    link_phone(bob, "+14155550199")
    posted(room, bob, "@carol will not hear of this, and @bob talks to himself")
    posted(room, alice, "@alice also talks to herself")  # alice has no phone
    assert not Outbound.objects.exists()


@pytest.mark.django_db
def test_never_a_text_after_stop(posted, alice, bob, room):
    services.membership_join(room=room, user=bob)
    link_phone(alice, ALICE_PHONE)
    sms_services.number_stop(number=ALICE_PHONE)
    posted(room, bob, "@alice are you there?")
    assert not Outbound.objects.exists()
    sms_services.number_start(number=ALICE_PHONE)
    posted(room, bob, "@alice now?")
    assert Outbound.objects.get().body == "bob in #tea-room: @alice now?"


@pytest.mark.django_db
def test_texts_beyond_the_hourly_limit_are_recorded_not_sent(posted, settings, alice, bob, room):
    settings.SALON_SMS_HOURLY_LIMIT = 2
    services.membership_join(room=room, user=bob)
    link_phone(alice, ALICE_PHONE)
    for n in range(4):
        posted(room, bob, f"@alice ping {n}")
    statuses = list(Outbound.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == ["queued", "queued", "limited", "limited"]
    assert sms_services.outbound_deliver_due() == 2
    assert sorted(Outbound.objects.values_list("status", flat=True)) == [
        "limited",
        "limited",
        "sent",
        "sent",
    ]


@pytest.mark.django_db
def test_a_long_mention_is_cut_to_one_segment(posted, settings, alice, bob, room):
    settings.SALON_SMS_SEGMENT_CHARS = 160
    services.membership_join(room=room, user=bob)
    link_phone(alice, ALICE_PHONE)
    body = "@alice " + "The kettle is on and the leaves are steeping nicely. " * 10
    posted(room, bob, body)
    text = Outbound.objects.get()
    assert text.body == segments.segment_cut(f"bob in #tea-room: {body}")
    assert len(text.body) <= 160 and text.body.endswith("nicely.")


# The hot path -------------------------------------------------------------------------------


def sms_queries(queries: CaptureQueriesContext) -> list[str]:
    """The queries that the SMS bridge made (every one of them reads an sms_ table)."""
    return [q["sql"] for q in queries if "sms_" in q["sql"]]


@pytest.mark.django_db
def test_messages_that_concern_no_phone_cost_no_query(posted, alice, bob, room, private_room):
    services.membership_join(room=room, user=bob)
    link_phone(bob, BOB_PHONE, room=private_room)  # bob's texts go to another room
    with CaptureQueriesContext(connection) as queries:
        posted(room, alice, "the first message this process sees")
    assert len(sms_queries(queries)) == 1  # the per-process list of linked phones

    for body in ("plain words", "@carol is nobody", "@alice has no phone", "mail bob@example.org"):
        with CaptureQueriesContext(connection) as queries:
            posted(room, alice, body)
        assert sms_queries(queries) == []
    assert not Outbound.objects.exists()


@pytest.mark.django_db
def test_a_phone_linked_in_this_process_is_seen_at_once(
    posted, django_capture_on_commit_callbacks, alice, bob, room
):
    services.membership_join(room=room, user=bob)
    posted(room, bob, "@alice before her phone")  # the list is made, without alice
    with django_capture_on_commit_callbacks(execute=True):
        link_phone(alice, ALICE_PHONE)
    posted(room, bob, "@alice after")
    assert list(Outbound.objects.values_list("body", flat=True)) == [
        "bob in #tea-room: @alice after"
    ]


# Delivery reports ----------------------------------------------------------------------------


def report(sid: str, status: str, **extra) -> dict:
    return {"MessageSid": sid, "MessageStatus": status, "AccountSid": "AC1", **extra}


def post_report(params: dict, headers: dict | None = None):
    headers = signed("/sms/status/", params) if headers is None else headers
    return Client().post("/sms/status/", params, headers=headers)


@pytest.mark.django_db
def test_delivery_reports_update_the_text_and_never_move_it_back(alice):
    text = Outbound.objects.create(
        user=alice,
        number=ALICE_PHONE,
        kind="mention",
        body="hi",
        status="sent",
        provider="twilio",
        provider_sid="SM0123",
        provider_status="queued",
    )
    assert post_report(report("SM0123", "sent")).status_code == 204
    text.refresh_from_db()
    assert (text.status, text.provider_status) == ("sent", "sent")
    post_report(report("SM0123", "delivered"))
    post_report(report("SM0123", "sent"))  # late, out of order
    text.refresh_from_db()
    assert (text.status, text.provider_status) == ("delivered", "delivered")


@pytest.mark.django_db
def test_a_failed_delivery_is_recorded_and_an_unsubscribed_number_opted_out(alice):
    failing = Outbound.objects.create(
        number=ALICE_PHONE, kind="mention", body="a", status="sent", provider_sid="SMa"
    )
    stopped = Outbound.objects.create(
        number=BOB_PHONE, kind="mention", body="b", status="sent", provider_sid="SMb"
    )
    post_report(report("SMa", "undelivered", ErrorCode="30003"))
    post_report(report("SMb", "failed", ErrorCode="21610"))
    failing.refresh_from_db()
    stopped.refresh_from_db()
    assert (failing.status, failing.error) == ("failed", "Delivery error 30003")
    assert (stopped.status, stopped.error) == ("failed", "Delivery error 21610")
    assert list(OptOut.objects.values_list("number", flat=True)) == [BOB_PHONE]


@pytest.mark.django_db
def test_delivery_reports_must_be_signed_and_well_formed(alice):
    text = Outbound.objects.create(
        number=ALICE_PHONE, kind="mention", body="a", status="sent", provider_sid="SMa"
    )
    params = report("SMa", "delivered")
    assert post_report(params, headers={}).status_code == 403
    forged = signed("/sms/status/", params, token="not-the-token")
    assert post_report(params, headers=forged).status_code == 403
    assert post_report(report("", "delivered")).status_code == 400
    assert post_report(report("SMunknown", "delivered")).status_code == 204
    assert post_report(report("SMa", "teleported")).status_code == 204
    text.refresh_from_db()
    assert text.status == "sent"


# The full loop --------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_text_in_a_persona_reply_and_a_text_out(settings, personas, alice, room):
    settings.SALON_SMS_SEGMENT_CHARS = 60
    await database_sync_to_async(link_phone)(alice, ALICE_PHONE, room=room)

    response = await text_in("SM1", ALICE_PHONE, "/AIBot What is Python?")
    assert replies(response) == []
    await runner.settle()

    reply = await database_sync_to_async(
        Message.objects.select_related("author").filter(kind=Message.Kind.PERSONA).get
    )()
    text = await database_sync_to_async(Outbound.objects.get)(kind="persona")
    assert (text.user_id, text.number, text.message_id) == (alice.pk, ALICE_PHONE, reply.pk)
    assert text.body == segments.segment_cut(f"AIBot: {reply.body}")
    assert len(text.body) <= 60

    assert await database_sync_to_async(sms_services.outbound_deliver_due)() == 1
    await database_sync_to_async(text.refresh_from_db)()
    assert (text.status, text.provider) == ("sent", "console")


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_care_is_texted_whole_whatever_the_segment_and_the_hourly_limit(
    settings, personas, alice, room
):
    """Before: cut to one segment, the reply of care was texted as "AIBot: Alice, I'm so sorry
    you're feeling this way, and I'm glad you said it." and none of the crisis lines."""
    settings.SALON_SMS_HOURLY_LIMIT = 0
    await database_sync_to_async(link_phone)(alice, ALICE_PHONE, room=room)

    await text_in("SM1", ALICE_PHONE, "/AIBot i don't want to be alive anymore")
    await runner.settle()

    text = await database_sync_to_async(Outbound.objects.get)(kind="persona")
    assert (text.body, text.status) == (f"AIBot: {care_reply(SELF, 'Alice')}", "queued")


@pytest.mark.django_db(transaction=True)  # the worker closes connections between passes
def test_the_worker_command_sends_what_is_due(alice):
    from io import StringIO

    from django.core.management import call_command

    due = sms_services.outbound_queue(
        user=alice, number=ALICE_PHONE, kind=Outbound.Kind.MENTION, body="now"
    )
    later = Outbound.objects.create(
        user=alice,
        number=ALICE_PHONE,
        kind="mention",
        body="later",
        next_attempt_at=due.next_attempt_at + timedelta(hours=1),
    )
    out = StringIO()
    call_command("sms_worker", "--once", stdout=out)
    assert out.getvalue().strip() == "Tried 1 text(s)."
    assert dict(Outbound.objects.values_list("pk", "status")) == {
        due.pk: "sent",
        later.pk: "queued",
    }


@pytest.mark.django_db
def test_a_text_left_sending_by_a_stopped_worker_is_failed_not_sent_twice(alice):
    from django.utils import timezone

    stuck = Outbound.objects.create(
        user=alice, number=ALICE_PHONE, kind="mention", body="stuck", status="sending", attempts=1
    )
    recent = Outbound.objects.create(
        user=alice, number=ALICE_PHONE, kind="mention", body="busy", status="sending", attempts=1
    )
    Outbound.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - timedelta(minutes=11))
    assert sms_services.outbound_deliver_due() == 0
    stuck.refresh_from_db()
    recent.refresh_from_db()
    assert (stuck.status, recent.status) == ("failed", "sending")
    assert stuck.error == (
        "The sender stopped while sending this text; it may or may not have gone out."
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_persona_reply_right_after_join_is_texted(personas, bob, room):
    await database_sync_to_async(link_phone)(bob, BOB_PHONE)
    # This process already looked at a message: it knows bob's phone, with no room yet.
    await database_sync_to_async(watch.watched)()

    await text_in("SM1", BOB_PHONE, "JOIN tea-room")
    await text_in("SM2", BOB_PHONE, "/AIBot What is Python?")
    await runner.settle()

    reply = await database_sync_to_async(Message.objects.filter(kind="persona").get)()
    text = await database_sync_to_async(Outbound.objects.get)(kind="persona")
    assert (text.user_id, text.number, text.message_id) == (bob.pk, BOB_PHONE, reply.pk)


@pytest.mark.django_db
def test_no_persona_reply_is_texted_to_someone_banned_from_the_room(personas, alice, bob, room):
    services.membership_join(room=room, user=bob)
    link_phone(bob, BOB_PHONE, room=room)
    question = post(room, bob, "/AIBot What is Python?")  # texted in
    Inbound.objects.create(sid="SM1", sender=BOB_PHONE, body=question.body, message=question)
    moderation.member_ban(room=room, actor=alice, user_id=bob.pk)
    # The reply was being written meanwhile: it is saved after the ban.
    aibot = personas["aibot"]
    reply = Message.objects.create(
        room=room, author=aibot.user, kind="persona", body="Python is a language.", seq=99
    )
    BotTurn.objects.create(room=room, persona=aibot, trigger=question, root=question, reply=reply)

    assert outbound.texts_for_messages([reply]) == []
    assert not Outbound.objects.exists()
