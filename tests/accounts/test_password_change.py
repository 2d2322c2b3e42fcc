"""Changing one's password (issue 11, part 5) keeps the session it was changed in and closes
every socket of the person's other sessions, room and person sockets alike (4401)."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from accounts.models import User
from rooms import services
from tests.conftest import PASSWORD
from tests.rooms.sockets import cookie_communicator
from tests.rooms.test_access import WITHIN, closed_with, logged_in_client, socket_of, still_open

CHANGE = "/accounts/password_change/"
NEW_PASSWORD = "a brand-new passphrase"


def test_the_change_password_page_needs_a_log_in(db):
    response = Client().get(CHANGE)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={CHANGE}"


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        (
            {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
            "old_password",
            "Your old password was entered incorrectly. Please enter it again.",
        ),
        (
            {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": "other"},
            "new_password2",
            "The two password fields didn’t match.",
        ),
        (
            {"old_password": PASSWORD, "new_password1": "123", "new_password2": "123"},
            "new_password2",
            "This password is too short. It must contain at least 8 characters.",
        ),
        (
            {"old_password": PASSWORD, "new_password1": "", "new_password2": ""},
            "new_password1",
            "This field is required.",
        ),
    ],
)
def test_a_bad_change_changes_nothing(client_for, alice, data, field, error):
    response = client_for(alice).post(CHANGE, data)
    assert response.status_code == 200
    assert error in response.context["form"].errors[field]
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


async def person_socket_of(client: Client) -> WebsocketCommunicator:
    """The /ws/me/ socket of the page that holds `client`'s cookie, open, its first frame read."""
    socket = cookie_communicator("/ws/me/", client.cookies["sessionid"].value)
    connected, _ = await socket.connect(timeout=WITHIN)
    assert connected
    await socket.receive_from(timeout=WITHIN)  # the rooms frame every person socket starts with
    return socket


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_changing_the_password_closes_the_other_sessions_sockets_only(room, alice, bob):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    here = await logged_in_client(alice)
    phone = await logged_in_client(alice)
    laptop = await logged_in_client(alice)
    others = [
        await socket_of(phone, room, alice),
        await person_socket_of(phone),
        await socket_of(laptop, room, alice),
        await person_socket_of(laptop),
    ]
    bobs = await socket_of(await logged_in_client(bob), room, bob)

    response = await database_sync_to_async(here.post)(
        CHANGE,
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password_change/done/"

    assert [await closed_with(socket) for socket in others] == [4401] * 4
    # Those sessions are over for pages too; this one goes on, with a new key and new sockets.
    for client in (phone, laptop):
        page = await database_sync_to_async(client.get)("/")
        assert (page.status_code, page["Location"]) == (302, "/accounts/login/?next=/")
    page = await database_sync_to_async(here.get)("/accounts/password_change/done/")
    assert page.status_code == 200
    assert "Your other sessions are logged out. This one stays." in page.content.decode()
    assert page.context["user"] == alice
    mine = await socket_of(here, room, alice)
    # (alice as the database has her now: a log-in saves the user it is given, and a stale
    # copy would carry the old password's hash)
    await still_open(mine, room, await User.objects.aget(pk=alice.pk))
    # Nobody else's socket was touched.
    await still_open(bobs, room, bob)
    for socket in (mine, bobs):
        await socket.disconnect()
    assert (await User.objects.aget(pk=alice.pk)).check_password(NEW_PASSWORD)
