"""Access that ends, ends at once: whatever path removes a membership, turns a room private or
ends a session (the admin, a bulk delete, a service, log-out, a password change, staff
deleting sessions), these receivers hear it from the models and, after commit, close the
affected sockets through the hubs (`rooms.events`). Connected in `RoomsConfig.ready()`.
"""

from __future__ import annotations

from functools import partial

from django.db import transaction

from rooms import events
from rooms.attachments import files_remove_on_commit


def membership_deleted(sender, instance, **kwargs) -> None:
    transaction.on_commit(
        partial(events.membership_revoked, room_id=instance.room_id, user_id=instance.user_id)
    )
    transaction.on_commit(
        partial(
            events.rooms_changed, user_id=instance.user_id, room_id=instance.room_id, member=False
        )
    )


def membership_saved(sender, instance, created: bool, **kwargs) -> None:
    """A new membership (joining from a page, by text or through the API, an invite taken, a
    direct chat opened, staff seating someone): that person's pages start counting the room's
    unread messages live, and the room's member panels show them (a socket of theirs opening
    later only turns their row online)."""
    if created:
        transaction.on_commit(
            partial(
                events.rooms_changed,
                user_id=instance.user_id,
                room_id=instance.room_id,
                member=True,
            )
        )
        transaction.on_commit(
            partial(
                events.member_presence_changed, room_id=instance.room_id, user_id=instance.user_id
            )
        )


def room_saved(sender, instance, created: bool, **kwargs) -> None:
    if instance.is_private and not created:
        transaction.on_commit(partial(events.room_closed_to_visitors, room_id=instance.pk))


def session_deleted(sender, instance, **kwargs) -> None:
    transaction.on_commit(partial(events.session_ended, session_key=instance.session_key))


def user_saved(sender, instance, created: bool, **kwargs) -> None:
    if created:
        return
    transaction.on_commit(
        partial(
            events.account_changed,
            user_id=instance.pk,
            auth_hash=instance.get_session_auth_hash(),
            is_active=instance.is_active,
        )
    )


def attachment_deleted(sender, instance, **kwargs) -> None:
    """An attachment row went (its room was closed, an unsent upload swept): its bytes go
    too, once the delete is committed."""
    files_remove_on_commit([instance.file.name, instance.thumbnail.name])
