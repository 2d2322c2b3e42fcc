"""Personal API tokens: made and revoked by their person (the tokens page) or by staff (the
admin), sent by programs as `Authorization: Bearer <token>` (`api.auth`).

A token reads `salon_<prefix>_<secret>`: the prefix finds its row, and the whole token's
SHA-256 digest is compared in constant time. The secret has 256 random bits, so one round of
SHA-256 is enough (a slow hash protects guessable passwords, not random keys)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.models import ApiToken, User

TOKEN_PREFIX = "salon"
# A token's last use is written at most this often: not a write per request.
LAST_USED_PRECISION = timedelta(minutes=1)
# Tokens a person may hold at once (revoked ones aside).
TOKENS_PER_PERSON = 20


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """A new token for `user` and its secret text, which is never stored nor shown again."""
    name = name.strip()
    if not name:
        raise ValidationError("Give the token a name, to tell it apart.", code="name")
    if len(name) > 80:
        raise ValidationError("A token's name can be at most 80 characters.", code="name")
    if user.is_persona:
        raise ValidationError("Personas cannot have API tokens.", code="persona")
    active = ApiToken.objects.filter(user=user, revoked_at__isnull=True).count()
    if active >= TOKENS_PER_PERSON:
        raise ValidationError(
            f"You can hold at most {TOKENS_PER_PERSON} tokens: revoke one first.", code="too_many"
        )
    token, raw = token_new(user=user, name=name)
    token.save()
    return token, raw


def token_new(*, user: User, name: str) -> tuple[ApiToken, str]:
    """An unsaved token and its secret text (the admin saves it through its form)."""
    prefix = secrets.token_hex(4)
    raw = f"{TOKEN_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    return ApiToken(user=user, name=name, prefix=prefix, digest=_digest(raw)), raw


def token_revoke(*, token: ApiToken) -> ApiToken:
    """Revoke `token` at once (a no-op for a revoked one): requests with it are refused."""
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(
            revoked_at=token.revoked_at
        )
    return token


def token_authenticate(raw: str) -> User | None:
    """The active user whose active token `raw` is, noting when it was used; else None."""
    parts = raw.split("_")
    if len(parts) < 3 or parts[0] != TOKEN_PREFIX or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(prefix=parts[1], revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None or not hmac.compare_digest(token.digest, _digest(raw)):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def bearer_token(authorization: str) -> str | None:
    """The token of an `Authorization: Bearer <token>` header (its value, as a request or a
    socket's handshake has it), if it is one."""
    scheme, _, raw = authorization.partition(" ")
    if scheme.lower() != "bearer" or not raw.strip():
        return None
    return raw.strip()
