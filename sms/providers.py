"""Who carries Salon's texts: a provider sends one text and says what became of it.

The console provider (the default) sends nothing: the text stays in the Outbound table (the
admin shows it) and in the server's log. Twilio is used when TWILIO_ACCOUNT_SID,
TWILIO_AUTH_TOKEN and TWILIO_FROM are set, through its official client.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings

logger = logging.getLogger(__name__)

# Twilio's error for a recipient who opted out (replied STOP) with the carrier or Twilio.
TWILIO_UNSUBSCRIBED = 21610


@dataclass(frozen=True)
class Sent:
    sid: str  # the provider's id for the text: its status reports name it
    status: str  # the provider's word for where it stands ("queued", "sent", ...)


class SendError(Exception):
    """A text was not accepted. `retryable`: the provider or the network failed, trying later
    may work; otherwise the text itself was refused. `opted_out`: the number said STOP."""

    def __init__(self, text: str, *, retryable: bool, opted_out: bool = False) -> None:
        super().__init__(text)
        self.retryable = retryable
        self.opted_out = opted_out


class Provider(Protocol):
    name: str

    def send(self, *, to: str, body: str, status_callback: str | None) -> Sent:
        """Hand one text to the carrier network; a SendError when it was not accepted."""
        ...


class ConsoleProvider:
    """Development: the text is logged; the Outbound table is its outbox."""

    name = "console"

    def send(self, *, to: str, body: str, status_callback: str | None) -> Sent:
        logger.info("SMS to %s: %s", to, body)
        return Sent(sid=f"console-{uuid.uuid4().hex}", status="sent")


class TwilioProvider:
    """Twilio's Messages API, through the official `twilio` client."""

    name = "twilio"

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        from_: str,
        api_base_url: str = "",
        timeout: float = 10.0,
    ) -> None:
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        self.from_ = from_
        self.client = Client(account_sid, auth_token, http_client=TwilioHttpClient(timeout=timeout))
        if api_base_url:
            # The client's API domain (https://api.twilio.com by default) builds every URL.
            self.client.api.base_url = api_base_url

    def send(self, *, to: str, body: str, status_callback: str | None) -> Sent:
        from requests import RequestException
        from twilio.base.exceptions import TwilioException, TwilioRestException

        extra = {"status_callback": status_callback} if status_callback else {}
        try:
            message = self.client.messages.create(to=to, from_=self.from_, body=body, **extra)
        except TwilioRestException as error:
            retryable = error.status >= 500 or error.status == 429
            raise SendError(
                f"Twilio error {error.code or error.status}: {error.msg}",
                retryable=retryable,
                opted_out=error.code == TWILIO_UNSUBSCRIBED,
            ) from None
        except (RequestException, TwilioException) as error:
            raise SendError(f"Twilio unreachable: {error}", retryable=True) from None
        return Sent(sid=message.sid, status=message.status or "queued")


def provider() -> Provider:
    """The provider the settings choose."""
    if settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN and settings.TWILIO_FROM:
        return TwilioProvider(
            account_sid=settings.TWILIO_ACCOUNT_SID,
            auth_token=settings.TWILIO_AUTH_TOKEN,
            from_=settings.TWILIO_FROM,
            api_base_url=settings.TWILIO_API_BASE_URL,
        )
    return ConsoleProvider()
