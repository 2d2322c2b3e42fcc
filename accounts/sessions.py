"""Django's database sessions, remembering when a loaded session expires.

`SESSION_ENGINE = "accounts.sessions"`: a room socket reads its session once, when it opens,
and closes when the session expires (`rooms.consumers`); this store keeps the expiry of the
row it loaded, so that costs no second query. Ending a session any other way (log-out, a
password change, staff deleting it) deletes its row, which `rooms.receivers` hears.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.sessions.backends import db


class SessionStore(db.SessionStore):
    expire_date: datetime | None = None

    def _get_session_from_db(self):
        session = super()._get_session_from_db()
        self.expire_date = session.expire_date if session is not None else None
        return session
