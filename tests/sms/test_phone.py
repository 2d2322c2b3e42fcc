"""Linking a phone on the phone page: a code by text, expiry, guesses, one person per number."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from sms import services
from sms.models import Outbound, Phone
from tests.sms.conftest import ALICE_PHONE, link_phone

pytestmark = pytest.mark.django_db


def code_texted(number: str) -> str:
    body = Outbound.objects.filter(number=number, kind="code").latest("pk").body
    return re.search(r"code is (\d{6})\.", body).group(1)


def test_the_profile_page_leads_to_the_phone_page(client_for, alice):
    page = client_for(alice).get("/accounts/profile/").content.decode()
    assert 'href="/sms/phone/"' in page


def test_a_person_links_a_number_with_the_code_texted_to_it(client_for, alice):
    client = client_for(alice)
    page = client.get("/sms/phone/").content.decode()
    assert "Your phone number" in page and 'id="sms-console"' in page

    sent = client.post("/sms/phone/", {"action": "send", "number": "+1 (500) 555-0006"})
    assert sent.status_code == 302
    text = Outbound.objects.get()
    assert (text.number, text.kind, text.status, text.provider) == (
        ALICE_PHONE,
        "code",
        "sent",
        "console",
    )
    assert re.fullmatch(
        r"Your Salon code is \d{6}\. It expires in 10 minutes\. "
        r"If you did not ask for it, ignore this text\.",
        text.body,
    )
    pending = client.get("/sms/phone/").content.decode()
    assert (
        'We texted a code to <strong style="white-space: nowrap">+1 500-555-0006</strong>'
        in pending
    )

    confirmed = client.post("/sms/phone/", {"action": "confirm", "code": code_texted(ALICE_PHONE)})
    assert confirmed.status_code == 302
    phone = Phone.objects.get(user=alice)
    assert phone.number == ALICE_PHONE and phone.confirmed_at is not None
    assert phone.code_hash == ""
    linked = client.get("/sms/phone/").content.decode()
    assert (
        '<strong style="white-space: nowrap">+1 500-555-0006</strong> is linked to your account.'
        in linked
    )

    client.post("/sms/phone/", {"action": "unlink"})
    assert not Phone.objects.exists()


@pytest.mark.parametrize("number", ["", "hello", "555-0006", "+1 500", "+" + "9" * 50])
def test_malformed_numbers_are_refused_on_the_page(client_for, alice, number):
    response = client_for(alice).post("/sms/phone/", {"action": "send", "number": number})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Outbound.objects.exists() and not Phone.objects.exists()


def test_a_default_region_reads_local_numbers(client_for, settings, alice):
    settings.SALON_SMS_DEFAULT_REGION = "US"
    client_for(alice).post("/sms/phone/", {"action": "send", "number": "(500) 555-0006"})
    assert Phone.objects.get().number == ALICE_PHONE


def test_wrong_codes_are_counted_and_limited(settings, alice):
    settings.SALON_SMS_CODE_ATTEMPTS = 3
    services.phone_code_send(user=alice, number=ALICE_PHONE)
    right = code_texted(ALICE_PHONE)
    wrong = "000000" if right != "000000" else "111111"
    messages = []
    for _ in range(3):
        with pytest.raises(ValidationError) as refusal:
            services.phone_confirm(user=alice, code=wrong)
        messages.append(refusal.value.messages[0])
    assert messages == [
        "That is not the code we sent. 2 tries left.",
        "That is not the code we sent. 1 try left.",
        "That is not the code we sent. Ask for a new one.",
    ]
    with pytest.raises(ValidationError) as refusal:
        services.phone_confirm(user=alice, code=right)  # too late, even the right one
    assert refusal.value.code == "attempts"
    assert Phone.objects.get().confirmed_at is None


def test_codes_expire(alice):
    start = timezone.now()
    services.phone_code_send(user=alice, number=ALICE_PHONE, now=start)
    with pytest.raises(ValidationError) as refusal:
        services.phone_confirm(
            user=alice, code=code_texted(ALICE_PHONE), now=start + timedelta(minutes=11)
        )
    assert refusal.value.code == "expired"
    services.phone_confirm(
        user=alice, code=code_texted(ALICE_PHONE), now=start + timedelta(minutes=9)
    )
    assert Phone.objects.get().confirmed_at is not None


def test_new_codes_are_rationed(settings, alice):
    settings.SALON_SMS_CODES_PER_DAY = 2
    start = timezone.now()
    services.phone_code_send(user=alice, number=ALICE_PHONE, now=start)
    with pytest.raises(ValidationError) as refusal:
        services.phone_code_send(user=alice, number=ALICE_PHONE, now=start + timedelta(seconds=30))
    assert refusal.value.messages == ["A code was just sent. You can ask for another in 31 s."]
    services.phone_code_send(user=alice, number=ALICE_PHONE, now=start + timedelta(seconds=61))
    with pytest.raises(ValidationError) as refusal:
        services.phone_code_send(user=alice, number=ALICE_PHONE, now=start + timedelta(minutes=5))
    assert refusal.value.messages == ["Too many codes were sent today. Try again tomorrow."]
    assert Outbound.objects.filter(kind="code").count() == 2


def test_one_person_per_number(client_for, alice, bob):
    services.phone_code_send(user=alice, number=ALICE_PHONE)
    services.phone_code_send(user=bob, number=ALICE_PHONE)  # both may claim it
    alice_code, bob_code = [
        re.search(r"(\d{6})", body).group(1)
        for body in Outbound.objects.order_by("pk").values_list("body", flat=True)
    ]
    services.phone_confirm(user=bob, code=bob_code)
    with pytest.raises(ValidationError) as refusal:
        services.phone_confirm(user=alice, code=alice_code)
    assert refusal.value.messages == ["That number was just linked to another account."]
    response = client_for(alice).post("/sms/phone/", {"action": "send", "number": ALICE_PHONE})
    assert "That number is linked to another account." in response.content.decode()


def test_a_number_that_said_stop_gets_no_code(alice):
    services.number_stop(number=ALICE_PHONE)
    with pytest.raises(ValidationError) as refusal:
        services.phone_code_send(user=alice, number=ALICE_PHONE)
    assert refusal.value.code == "stopped"
    assert not Outbound.objects.exists()


def test_a_new_number_replaces_the_linked_one_until_confirmed(alice, room):
    link_phone(alice, ALICE_PHONE, room=room)
    services.phone_code_send(user=alice, number="+14155550123")
    phone = Phone.objects.get()
    assert (phone.number, phone.confirmed_at, phone.room) == ("+14155550123", None, None)


def test_the_page_needs_a_log_in(client):
    response = client.get("/sms/phone/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
