"""Log lines of a server process, to stderr: plain text by default (development), or one JSON
object per line with `LOG_FORMAT=json` (python-json-logger, a formatter for the standard
`logging` that Django, uvicorn and Salon already log through).

Every line says, where known, the request it belongs to (`request_id`: the request's
X-Request-ID if it sent a sane one, else a new one, echoed in the response's X-Request-ID),
and for a room socket the room and the person (`room_id`, `user_id`). They are kept in
context variables, which follow a request or a socket into the tasks and database threads it
starts. This module imports nothing of Django's settings: uvicorn loads it before Django.
"""

from __future__ import annotations

import contextvars
import logging
import re
import uuid
from collections.abc import Iterable

from asgiref.sync import iscoroutinefunction
from django.utils.decorators import sync_and_async_middleware

REQUEST_ID_HEADER = "X-Request-ID"
# What a request id from outside may be: anything else (long, or able to forge a log line) is
# replaced by a new one.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")

request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
room_id: contextvars.ContextVar[int | None] = contextvars.ContextVar("room_id", default=None)
user_id: contextvars.ContextVar[int | None] = contextvars.ContextVar("user_id", default=None)
_request: contextvars.ContextVar[object | None] = contextvars.ContextVar("request", default=None)

FORMATS = ("text", "json")
APP_LOGGERS = ("accounts", "bots", "chatsite", "rooms")


def new_request_id(given: str | None = None) -> str:
    """`given` if it is a sane request id, else a new one."""
    if given and _SANE_REQUEST_ID.fullmatch(given):
        return given
    return uuid.uuid4().hex


def socket_context(*, headers: Iterable[tuple[bytes, bytes]], room: int, user: int) -> None:
    """Name a room socket's request, room and person in every line it logs from now on (call
    it in the socket's own task)."""
    given = dict(headers).get(REQUEST_ID_HEADER.lower().encode(), b"")
    request_id.set(new_request_id(given.decode("latin-1")))
    room_id.set(room)
    user_id.set(user)


class ContextFilter(logging.Filter):
    """Adds request_id, room_id and user_id to a record, where known."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.__dict__.pop("color_message", None)  # uvicorn's copy of the message, with colours
        if (value := request_id.get()) is not None:
            record.request_id = value
        if (value := room_id.get()) is not None:
            record.room_id = value
        if (value := user_id.get()) is not None:
            record.user_id = value
        elif (user := _known_user(_request.get())) is not None:
            record.user_id = user
        return True


def _known_user(request: object | None) -> int | None:
    # Only a user the request has already loaded (django.contrib.auth caches it on the request
    # under these names): loading it here would query the database from a log call.
    for cached in ("_cached_user", "_acached_user"):
        user = getattr(request, cached, None)
        if user is not None:
            return user.pk
    return None


@sync_and_async_middleware
def request_id_middleware(get_response):
    """First in MIDDLEWARE: the request's id for its log lines, echoed in the response. It
    stays set after the response (Django logs an error response after the middleware
    returns); the request's task, and so its context, ends with the request."""

    def begin(request) -> None:
        request.request_id = new_request_id(request.headers.get(REQUEST_ID_HEADER))
        request_id.set(request.request_id)
        _request.set(request)

    if iscoroutinefunction(get_response):

        async def middleware(request):
            begin(request)
            response = await get_response(request)
            response[REQUEST_ID_HEADER] = request.request_id
            return response

    else:

        def middleware(request):
            begin(request)
            response = get_response(request)
            response[REQUEST_ID_HEADER] = request.request_id
            return response

    return middleware


def logging_config(log_format: str, level: str, *, django: bool = True) -> dict:
    """The `logging.config.dictConfig` of a process: Django's settings (LOGGING) apply it, and
    uvicorn (chatsite.serve) before them with `django=False` (Django's error mails need its
    settings). `level` is the level of Salon's, Django's and uvicorn's own lines; other
    libraries log warnings and worse."""
    if log_format not in FORMATS:
        raise ValueError(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, not {log_format!r}.")
    level = level.upper()
    formatters = {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    }
    config = {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "context": {"()": "chatsite.logs.ContextFilter"},
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {log_format: formatters[log_format]},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": log_format,
                "filters": ["context"],
            },
            # As Django's default: errors mailed to ADMINS when DEBUG is off.
            "mail_admins": {
                "class": "django.utils.log.AdminEmailHandler",
                "level": "ERROR",
                "filters": ["require_debug_false"],
            },
        },
        "root": {"handlers": ["stderr"], "level": "WARNING"},
        "loggers": {
            **{name: {"level": level} for name in APP_LOGGERS},
            "django": {"handlers": ["stderr", "mail_admins"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            # Silent, as chatsite.serve asks (access_log=False); named here, else dictConfig
            # would let it propagate to "uvicorn".
            "uvicorn.access": {"handlers": [], "propagate": False},
        },
    }
    if not django:
        del config["filters"]["require_debug_false"], config["handlers"]["mail_admins"]
        del config["loggers"]["django"]
    return config
