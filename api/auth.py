"""Who calls the API: a personal token (`Authorization: Bearer <token>`, `accounts.tokens`)
or the browser's session, which must send its CSRF token to change anything."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from accounts import tokens
from accounts.models import User
from api.errors import ApiError

# The largest request body the API reads: a 4,000-character message of multi-byte text fits
# many times over (as the room socket's frame limit).
MAX_BODY_BYTES = 64 * 1024


class BearerToken(HttpBearer):
    """A personal API token. A token that is sent but not valid (unknown, revoked, its person
    deactivated) is refused at once: it never falls back to a session."""

    max_body_bytes = MAX_BODY_BYTES

    def __call__(self, request: HttpRequest) -> User | None:
        # Checked first, before any part of the body is read.
        length = request.headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > self.max_body_bytes:
            raise ApiError(413, f"Request bodies can be at most {self.max_body_bytes:,} bytes.")
        return super().__call__(request)

    def authenticate(self, request: HttpRequest, token: str) -> User:
        user = tokens.token_authenticate(token)
        if user is None:
            raise ApiError(401, "This API token is not valid (unknown or revoked).")
        return user


class BrowserSession(SessionAuth):
    """The logged-in browser's session; unsafe methods need the CSRF token."""


class UploadBearerToken(BearerToken):
    """A personal API token, on the one route whose body is a file (an attachment)."""

    max_body_bytes = settings.SALON_ATTACHMENT_MAX_BYTES


auth = [BearerToken(), BrowserSession()]
upload_auth = [UploadBearerToken(), BrowserSession()]
