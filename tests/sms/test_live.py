"""`manage.py sms_receive` against a real server (uvicorn, as in production): texts signed as
Twilio signs them reach /sms/inbound/ over HTTP, and the server checks the signature against
the address it was called at."""

from __future__ import annotations

import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from rooms import services
from rooms.models import Message
from sms.models import Outbound
from tests.serving import chat_server_process
from tests.sms.conftest import BOB_PHONE, link_phone
from tests.sms.fake_twilio import AUTH_TOKEN

pytestmark = pytest.mark.django_db(transaction=True)


def sms_receive(*args: str) -> str:
    out = StringIO()
    call_command("sms_receive", *args, stdout=out)
    return out.getvalue().strip()


def test_texts_reach_a_running_server(settings, bob, room):
    services.membership_join(room=room, user=bob)
    link_phone(bob, BOB_PHONE, room=room)
    with chat_server_process(label="sms-live", env={"TWILIO_AUTH_TOKEN": AUTH_TOKEN}) as server:
        assert sms_receive(BOB_PHONE, "Hello over the wire", "--url", server.url) == "(no reply)"
        assert sms_receive(BOB_PHONE, "HELP", "--url", server.url).startswith(
            "Salon: text JOIN <room> to choose a room"
        )
        settings.TWILIO_AUTH_TOKEN = "not-the-servers-token"
        with pytest.raises(CommandError, match="The server answered 403"):
            sms_receive(BOB_PHONE, "forged", "--url", server.url)
    assert list(Message.objects.filter(author=bob).values_list("body", flat=True)) == [
        "Hello over the wire"
    ]


def persona_reply_texted(timeout: float = 15.0) -> tuple[Message, Outbound] | None:
    """The persona's reply and the text of it, once the server has saved both."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = Outbound.objects.filter(kind="persona").select_related("message").first()
        if text is not None:
            return text.message, text
        time.sleep(0.1)  # between looks at the database the server writes to
    return None


@pytest.mark.usefixtures("personas")
def test_a_persona_answers_a_text_on_a_running_server(bob, room):
    services.membership_join(room=room, user=bob)
    link_phone(bob, BOB_PHONE, room=room)
    env = {"TWILIO_AUTH_TOKEN": AUTH_TOKEN, "OFFLINE_CHUNK_DELAY": "0", "LLM_BASE_URL": ""}
    with chat_server_process(label="sms-live-persona", env=env) as server:
        assert sms_receive(BOB_PHONE, "/AIBot What is Python?", "--url", server.url) == (
            "(no reply)"
        )
        found = persona_reply_texted()
    assert found is not None, (
        "no persona reply was texted (see test-artifacts/sms-live-persona.log)"
    )
    reply, text = found
    assert (reply.author.username, reply.kind) == ("aibot", "persona")
    assert (text.user, text.number, text.status) == (bob, BOB_PHONE, "queued")
