"""Text Salon from the command line, as a phone would through Twilio (development and demos):
the text is signed with TWILIO_AUTH_TOKEN and posted to a running server's /sms/inbound/.

    python manage.py sms_receive +15551234567 "JOIN lobby"
    python manage.py sms_receive +15551234567 "Hello from my phone" --url http://127.0.0.1:8000
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
import uuid
from xml.etree import ElementTree

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from twilio.request_validator import RequestValidator


class Command(BaseCommand):
    help = "Send a text to a running Salon's SMS webhook, signed as Twilio signs it."

    def add_arguments(self, parser) -> None:
        parser.add_argument("sender", help="The phone number it comes from (E.164).")
        parser.add_argument("body", help="What the text says.")
        parser.add_argument("--url", default="http://127.0.0.1:8000", help="The server.")
        parser.add_argument("--sid", default="", help="The provider's id (default: a new one).")

    def handle(self, *args, sender: str, body: str, url: str, sid: str, **options):
        if not settings.TWILIO_AUTH_TOKEN:
            raise CommandError("TWILIO_AUTH_TOKEN is not set (DEBUG gives a development one).")
        webhook = url.rstrip("/") + reverse("sms_inbound")
        params = {
            "MessageSid": sid or f"SM{uuid.uuid4().hex}",
            "From": sender,
            "To": settings.TWILIO_FROM or "+15550000000",
            "Body": body,
        }
        signature = RequestValidator(settings.TWILIO_AUTH_TOKEN).compute_signature(webhook, params)
        request = urllib.request.Request(
            webhook,
            data=urllib.parse.urlencode(params).encode(),
            headers={"X-Twilio-Signature": signature},
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                answer = response.read().decode()
        except urllib.error.HTTPError as error:
            answer = error.read()[:200]
            raise CommandError(f"The server answered {error.code}: {answer!r}") from None
        replies = [m.text or "" for m in ElementTree.fromstring(answer).iter("Message")]
        self.stdout.write("\n".join(replies) if replies else "(no reply)")
