"""Error reports without credentials: Django's debug page and the mails to ADMINS show
settings, request data and each frame's variables, and none of it may print a password.

`CredentialsFilter` (DEFAULT_EXCEPTION_REPORTER_FILTER) hides every setting whose name says
it holds a secret, as Django's filter does (a few more names), and masks the password in
every URL it shows (`redis://:hunter2@cache:6379/0` reads `redis://:****...@cache:6379/0`),
whatever the setting or variable is called (REDIS_URL, DATABASE_URL, LLM_BASE_URL, the
channel layer's hosts, the cache's LOCATION).
"""

from __future__ import annotations

import re
from typing import Any

from django.views.debug import SafeExceptionReporterFilter

# scheme://userinfo@ : the userinfo is "user:password", or a token standing alone.
_URL_CREDENTIALS = re.compile(r"(?P<scheme>\b[a-z][a-z0-9+.-]*://)(?P<userinfo>[^\s/?#@]+)@", re.I)


def credentials_masked(text: str, substitute: str = "*" * 20) -> str:
    """`text` with the password of every URL in it (or its token, with no user name) masked."""

    def mask(match: re.Match[str]) -> str:
        user, colon, _password = match["userinfo"].partition(":")
        kept = f"{user}:" if colon else ""
        return f"{match['scheme']}{kept}{substitute}@"

    return _URL_CREDENTIALS.sub(mask, text)


class CredentialsFilter(SafeExceptionReporterFilter):
    hidden_settings = re.compile(
        "API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|CREDENTIAL|PRIVATE|DSN", re.I
    )

    def cleanse_setting(self, key: Any, value: Any) -> Any:
        # Django's filter recurses into dicts, lists and tuples through this method.
        cleansed = super().cleanse_setting(key, value)
        if isinstance(cleansed, str):  # lazy strings too: read them as plain text
            masked = credentials_masked(str(cleansed), self.cleansed_substitute)
            return cleansed if masked == cleansed else masked
        return cleansed

    def get_traceback_frame_variables(self, request, tb_frame) -> list[tuple[str, Any]]:
        """Each frame's variables as Django's filter shows them, with the URLs in strings
        (also inside dicts, lists and tuples) masked even while DEBUG is on."""
        return [
            (name, self.cleanse_setting("", value))
            for name, value in super().get_traceback_frame_variables(request, tb_frame)
        ]
