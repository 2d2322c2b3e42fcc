from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import timezone
from twilio.request_validator import RequestValidator

from sms import watch
from sms.models import Phone
from tests.clients import AsyncClient
from tests.sms.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

ALICE_PHONE = "+15005550006"
BOB_PHONE = "+14155550123"
SALON_NUMBER = "+15005550001"


@pytest.fixture(autouse=True)
def sms_settings(settings):
    """The webhooks' auth token, the console provider, and no phone remembered from another
    test (the watch list is per process)."""
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
    settings.TWILIO_ACCOUNT_SID = ""
    settings.TWILIO_FROM = ""
    settings.SALON_SMS_BASE_URL = ""
    settings.SALON_SMS_DEFAULT_REGION = None
    watch.forget()
    yield
    watch.forget()


@pytest.fixture
def twilio(settings):
    """Twilio's Messages API on loopback, used by the Twilio provider."""
    with FakeTwilio() as server:
        settings.TWILIO_ACCOUNT_SID = ACCOUNT_SID
        settings.TWILIO_FROM = SALON_NUMBER
        settings.TWILIO_API_BASE_URL = server.base_url
        yield server


def link_phone(user, number: str, room=None) -> Phone:
    """A phone already confirmed (the confirmation flow has its own tests)."""
    return Phone.objects.create(user=user, number=number, confirmed_at=timezone.now(), room=room)


def signed(
    path: str,
    params: dict,
    *,
    token: str = AUTH_TOKEN,
    host: str = "testserver",
    scheme: str = "http",
) -> dict:
    """Headers with the signature Twilio would send for posting `params` to `path`."""
    url = f"{scheme}://{host}{path}"
    return {"X-Twilio-Signature": RequestValidator(token).compute_signature(url, params)}


def text(sid: str, sender: str, body: str) -> dict:
    return {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": ACCOUNT_SID,
        "From": sender,
        "To": SALON_NUMBER,
        "Body": body,
        "NumMedia": "0",
    }


async def text_in(sid: str, sender: str, body: str, client: AsyncClient | None = None):
    """Twilio delivers a text to /sms/inbound/, signed."""
    params = text(sid, sender, body)
    client = client or AsyncClient()
    return await client.post("/sms/inbound/", params, headers=signed("/sms/inbound/", params))


def text_in_sync(sid: str, sender: str, body: str, client: Client | None = None):
    params = text(sid, sender, body)
    client = client or Client()
    return client.post("/sms/inbound/", params, headers=signed("/sms/inbound/", params))


def replies(response) -> list[str]:
    """The texts a TwiML answer sends back."""
    from xml.etree import ElementTree

    assert response["Content-Type"] == "text/xml"
    return [m.text or "" for m in ElementTree.fromstring(response.content).iter("Message")]


SmsIn = Callable[..., object]


# The personas' fixtures, for the full loop (a text in, a persona's reply texted back).
from tests.bots.conftest import personas, quick_bots  # noqa: E402, F401
