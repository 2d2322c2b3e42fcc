"""The Twilio provider through the official client, against a real HTTP server on loopback
that speaks Twilio's Messages endpoint (tests/sms/fake_twilio.py)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from sms import providers, services
from sms.models import OptOut, Outbound
from tests.sms.conftest import ALICE_PHONE, SALON_NUMBER
from tests.sms.fake_twilio import ACCOUNT_SID, AUTH_TOKEN


def test_a_text_reaches_twilio_with_its_status_callback(twilio, settings):
    settings.SALON_SMS_BASE_URL = "https://chat.example.org"
    provider = providers.provider()
    assert isinstance(provider, providers.TwilioProvider)

    sent = provider.send(
        to=ALICE_PHONE, body="Hello there", status_callback=services.status_callback_url()
    )

    assert sent.sid.startswith("SM") and sent.status == "queued"
    assert twilio.requests == [
        {
            "To": ALICE_PHONE,
            "From": SALON_NUMBER,
            "Body": "Hello there",
            "StatusCallback": "https://chat.example.org/sms/status/",
        }
    ]


@pytest.mark.parametrize(
    ("status", "code", "retryable", "opted_out"),
    [
        (400, 21211, False, False),  # not a valid phone number
        (400, 21610, False, True),  # the recipient replied STOP
        (429, 20429, True, False),  # too many requests
        (500, 20500, True, False),  # Twilio's trouble
        (503, None, True, False),
    ],
)
def test_twilio_refusals_are_told_apart(twilio, status, code, retryable, opted_out):
    twilio.script = [(status, code)]
    with pytest.raises(providers.SendError) as refusal:
        providers.provider().send(to=ALICE_PHONE, body="Hi", status_callback=None)
    assert (refusal.value.retryable, refusal.value.opted_out) == (retryable, opted_out)
    assert f"Twilio error {code or status}" in str(refusal.value)


def test_an_unreachable_twilio_is_worth_a_retry(settings):
    settings.TWILIO_ACCOUNT_SID = ACCOUNT_SID
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
    settings.TWILIO_FROM = SALON_NUMBER
    settings.TWILIO_API_BASE_URL = "http://127.0.0.1:9"  # discard: nothing listens
    with pytest.raises(providers.SendError) as refusal:
        providers.provider().send(to=ALICE_PHONE, body="Hi", status_callback=None)
    assert refusal.value.retryable


@pytest.mark.django_db
def test_failed_sends_retry_with_backoff_a_bounded_number_of_times(twilio, settings, alice):
    settings.SALON_SMS_MAX_ATTEMPTS = 3
    settings.SALON_SMS_RETRY_SECONDS = 30
    twilio.script = [(500, 20500)] * 5
    start = timezone.now()
    queued = services.outbound_queue(
        user=alice, number=ALICE_PHONE, kind=Outbound.Kind.MENTION, body="bob: hi @alice", now=start
    )

    assert services.outbound_deliver_due(now=start) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (Outbound.Status.QUEUED, 1)
    assert queued.next_attempt_at == start + timedelta(seconds=30)
    # Not due yet: nothing is tried.
    assert services.outbound_deliver_due(now=start + timedelta(seconds=29)) == 0

    second = start + timedelta(seconds=30)
    assert services.outbound_deliver_due(now=second) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (Outbound.Status.QUEUED, 2)
    assert queued.next_attempt_at == second + timedelta(seconds=60)

    third = second + timedelta(seconds=60)
    assert services.outbound_deliver_due(now=third) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (Outbound.Status.FAILED, 3)
    assert queued.error == "Twilio error 20500: Unable to create record: Scripted error 20500"
    assert services.outbound_deliver_due(now=third + timedelta(days=1)) == 0
    assert len(twilio.requests) == 3


@pytest.mark.django_db
def test_a_retry_that_works_is_sent(twilio, alice):
    twilio.script = [(503, None)]
    start = timezone.now()
    queued = services.outbound_queue(
        user=alice, number=ALICE_PHONE, kind=Outbound.Kind.MENTION, body="hi", now=start
    )
    services.outbound_deliver_due(now=start)
    services.outbound_deliver_due(now=start + timedelta(minutes=1))
    queued.refresh_from_db()
    assert (queued.status, queued.attempts, queued.provider) == (Outbound.Status.SENT, 2, "twilio")
    assert queued.provider_sid.startswith("SM") and queued.error == ""


@pytest.mark.django_db
def test_a_refused_number_is_not_retried_and_a_stopped_one_is_opted_out(twilio, alice):
    twilio.script = [(400, 21211), (400, 21610)]
    bad = services.outbound_queue(user=alice, number=ALICE_PHONE, kind="mention", body="one")
    stopped = services.outbound_queue(user=alice, number=ALICE_PHONE, kind="mention", body="two")
    later = services.outbound_queue(user=alice, number=ALICE_PHONE, kind="mention", body="three")
    services.outbound_deliver(outbound_id=bad.pk)
    services.outbound_deliver(outbound_id=stopped.pk)
    statuses = dict(Outbound.objects.values_list("body", "status"))
    assert statuses == {"one": "failed", "two": "cancelled", "three": "cancelled"}
    assert OptOut.objects.filter(number=ALICE_PHONE).exists()
    assert services.outbound_deliver(outbound_id=later.pk) is None
    assert len(twilio.requests) == 2
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_a_code_texted_through_twilio_is_not_kept_readable(twilio, alice):
    queued = services.phone_code_send(user=alice, number=ALICE_PHONE)
    code = re.search(r"code is (\d{6})\.", queued.body).group(1)
    services.outbound_deliver(outbound_id=queued.pk)

    assert [request["Body"] for request in twilio.requests] == [queued.body]
    queued.refresh_from_db()
    assert queued.status == Outbound.Status.SENT
    assert queued.body == (
        "Your Salon code is ******. It expires in 10 minutes. "
        "If you did not ask for it, ignore this text."
    )
    services.phone_confirm(user=alice, code=code)  # the phone still has it
