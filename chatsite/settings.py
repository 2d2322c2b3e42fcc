"""Salon settings: everything that differs between machines comes from the environment.

Defaults serve development (SQLite file, in-memory channel layer), except DEBUG: it is off
unless set on (`make run` sets it). With DEBUG off, the server refuses to start without a
SECRET_KEY, and its cookies are Secure.
"""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from chatsite import logs

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Off unless asked for: a deployment that forgets it must not show Django's debug page.
DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # daphne first: its runserver serves HTTP and WebSockets from the ASGI application.
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "channels",
    "django_htmx",
    "template_partials",
    "axes",
    "csp",
    # The JSON API (api/): its docs page's templates and its bundled Swagger UI files.
    "ninja",
    "accounts",
    "rooms",
    "bots",
    "sms",
]

MIDDLEWARE = [
    # First: every log line of a request carries its id (chatsite.logs).
    "chatsite.logs.request_id_middleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: turns a refused log-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "chatsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = None
ASGI_APPLICATION = "chatsite.asgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        # Persistent: every hop to the database thread would otherwise open a connection.
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
        # Off (Django's default): a health check is a `SELECT 1` round trip before every hop
        # to the database thread, not once per request. A connection the server dropped fails
        # once and is replaced; the socket writer retries its batch (rooms.writer).
        conn_health_checks=os.environ.get("DB_CONN_HEALTH_CHECKS") == "1",
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A form's choices (ModelChoiceField) iterate with a server-side cursor: DECLARE, FETCH
    # and CLOSE round trips for a handful of rows. Salon never streams big result sets; this
    # also keeps it working behind PgBouncer's transaction pooling.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Live-server tests serve from other processes, so the test database must be a file; one
    # per test process, so that two suites on one machine never share it.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"salon-test-{os.getpid()}.sqlite3")
    }
    # Several writers (the page and the socket consumers) share one file: wait, don't fail.
    # WAL lets pages read while a message is written; synchronous=NORMAL syncs the log at
    # checkpoints instead of at every commit (a power cut may lose the last commits, never
    # corrupt the file).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    from redis.asyncio.retry import Retry as AsyncRetry
    from redis.backoff import NoBackoff
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.retry import Retry

    # After Redis restarts, each pooled connection fails its next command once: try such a
    # command once more, on a new connection, at once. A Redis that is down still fails fast
    # (the room hub waits it out without closing sockets: rooms.hub).
    REDIS_RETRY = {"retry_on_error": [RedisConnectionError]}
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                # redis-py 8 defaults socket_timeout to 5 s, racing the layer's 5 s blocking
                # pop and causing reconnect churn (channels_redis#422).
                "hosts": [
                    {
                        "address": REDIS_URL,
                        "socket_timeout": None,
                        "retry": AsyncRetry(NoBackoff(), 1),
                        **REDIS_RETRY,
                    }
                ],
                "capacity": 1500,
                "expiry": 60,
            },
        }
    }
else:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

CACHES = {
    # Log-in failures and sign-up counts (django-axes, accounts.throttles) live here: in Redis
    # they hold for every process; in local memory, for the one process there is.
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "salon",
            "OPTIONS": {"retry": Retry(NoBackoff(), 1), **REDIS_RETRY},
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    ),
    # Rendered messages (rooms.fragments): per process, about 1 KB each.
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "fragments",
        "TIMEOUT": 24 * 3600,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}

AUTH_USER_MODEL = "accounts.User"
# Django's database sessions, keeping the expiry of a loaded session: room sockets close when
# their session ends, however it ends (accounts/sessions.py, rooms/receivers.py).
SESSION_ENGINE = "accounts.sessions"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "lobby"
LOGOUT_REDIRECT_URL = "login"
AUTHENTICATION_BACKENDS = [
    # django-axes refuses a locked-out log-in before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Log-in throttling (django-axes): LOGIN_FAILURE_LIMIT failed log-ins for one username from one
# address lock that pair out for LOGIN_COOLOFF_SECONDS, counted from the failure that locked
# it; during the lock even the right password is refused. A log-in resets the count.
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(seconds=float(os.environ.get("LOGIN_COOLOFF_SECONDS", "900")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# The address uvicorn took from the trusted proxy's X-Forwarded-For (chatsite.serve), never a
# header a client could write itself.
AXES_CLIENT_IP_CALLABLE = "accounts.throttles.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.views.login_locked_out"
# The cache handler keeps nothing in the database: its admin pages would always be empty.
AXES_ENABLE_ADMIN = False
if not REDIS_URL:
    # axes.W001 warns that local memory is not shared between processes; without Redis there is
    # one process (several need REDIS_URL for the channel layer too).
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
# Sign-up throttling (accounts.throttles): at most SIGNUP_LIMIT new accounts from one address
# within SIGNUP_WINDOW_SECONDS of the first.
SALON_SIGNUP_LIMIT = int(os.environ.get("SIGNUP_LIMIT", "5"))
SALON_SIGNUP_WINDOW_SECONDS = float(os.environ.get("SIGNUP_WINDOW_SECONDS", "3600"))

# Password resets (accounts.views): at most PASSWORD_RESET_LIMIT requests within
# PASSWORD_RESET_WINDOW_SECONDS per network address, and as many per e-mail address.
SALON_PASSWORD_RESET_LIMIT = int(os.environ.get("PASSWORD_RESET_LIMIT", "5"))
SALON_PASSWORD_RESET_WINDOW_SECONDS = float(os.environ.get("PASSWORD_RESET_WINDOW_SECONDS", "3600"))

# E-mail (password-reset links). With EMAIL_HOST set: SMTP through it, and DEFAULT_FROM_EMAIL
# must say who writes. Without it: in development, mails are printed to the console; in
# production, password reset by e-mail is off (its page says so) rather than mailing nobody.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
SALON_PASSWORD_RESET_ENABLED = bool(EMAIL_HOST) or DEBUG
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
    DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "")
    if not DEFAULT_FROM_EMAIL:
        raise ImproperlyConfigured("DEFAULT_FROM_EMAIL must be set with EMAIL_HOST.")
    if EMAIL_HOST_USER and not EMAIL_HOST_PASSWORD:
        raise ImproperlyConfigured("EMAIL_HOST_PASSWORD must be set with EMAIL_HOST_USER.")
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Salon <salon@localhost>")

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# collectstatic's target in production; in development WhiteNoise serves from the app folders
# (and would warn about a STATIC_ROOT that was never collected).
STATIC_ROOT = os.environ.get("STATIC_ROOT") or (None if DEBUG else BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# In development, serve straight from the app folders; production runs collectstatic first.
WHITENOISE_USE_FINDERS = DEBUG

# Attachments (rooms.attachments) go through Django's storage API: files under MEDIA_ROOT by
# default, or any S3-compatible store with S3_BUCKET set (django-storages). Either way they are
# served only through Salon's views, which check who may read the room: no MEDIA_URL, and the
# bucket stays private.
MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or str(BASE_DIR / "media")
if os.environ.get("S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["S3_BUCKET"],
            # Empty: AWS itself; otherwise MinIO, Ceph, R2, Garage, ... at this address.
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            # Empty: boto3 finds credentials itself (instance role, AWS_* variables, ...).
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            "location": os.environ.get("S3_PREFIX", ""),
            # "path" for most self-hosted stores; empty lets boto3 choose (virtual hosts on AWS).
            "addressing_style": os.environ.get("S3_ADDRESSING_STYLE") or None,
            "default_acl": None,  # the bucket's own (private) policy
            "file_overwrite": False,
        },
    }
# What may be attached: at most ATTACHMENT_MAX_MB, of these kinds (by extension; the content
# must match: images are opened with Pillow, other kinds are checked by their first bytes).
SALON_ATTACHMENT_MAX_BYTES = int(float(os.environ.get("ATTACHMENT_MAX_MB", "10")) * 1024 * 1024)
SALON_ATTACHMENT_TYPES = env_list(
    "ATTACHMENT_TYPES", "jpg,jpeg,png,gif,webp,pdf,txt,md,csv,json,log,zip,docx,xlsx,pptx,odt,ods"
)
# Images bigger than this many pixels (all frames of an animation together) are refused.
SALON_ATTACHMENT_MAX_PIXELS = int(os.environ.get("ATTACHMENT_MAX_PIXELS", "40000000"))
# Uploads a person may make: a burst, then this many a second.
SALON_UPLOAD_BURST = int(os.environ.get("UPLOAD_BURST", "5"))
SALON_UPLOAD_RATE = float(os.environ.get("UPLOAD_RATE", "0.2"))

# Chat behaviour, tunable per deployment.
SALON_EDIT_WINDOW_SECONDS = int(os.environ.get("EDIT_WINDOW_SECONDS", "900"))
# A person whose last socket closed is announced as gone only after this grace period, so a
# reload or a brief network drop does not spam the room with leave/join lines.
SALON_PRESENCE_GRACE_SECONDS = float(os.environ.get("PRESENCE_GRACE_SECONDS", "8"))
# Each process refreshes its sockets' presence rows this often; rows not refreshed for
# SALON_PRESENCE_STALE_SECONDS belong to a process that died and are swept.
SALON_PRESENCE_HEARTBEAT_SECONDS = float(os.environ.get("PRESENCE_HEARTBEAT_SECONDS", "20"))
SALON_PRESENCE_STALE_SECONDS = float(os.environ.get("PRESENCE_STALE_SECONDS", "60"))
# Presence changes are sent to a room at most this often, as row updates.
SALON_PRESENCE_COALESCE_SECONDS = float(os.environ.get("PRESENCE_COALESCE_SECONDS", "0.25"))
# A page that missed more than this many changes reloads instead of catching up.
SALON_CATCH_UP_LIMIT = int(os.environ.get("CATCH_UP_LIMIT", "50"))
# Messages (and edits and deletes) a person may send: a burst, then this many a second, across
# all their sockets (and processes, with Redis). MESSAGE_RATE=0 turns the limit off.
SALON_MESSAGE_BURST = int(os.environ.get("MESSAGE_BURST", "5"))
SALON_MESSAGE_RATE = float(os.environ.get("MESSAGE_RATE", "1"))
# A socket refused more than this many times in this many seconds is closed (4429).
SALON_FLOOD_REFUSALS = int(os.environ.get("FLOOD_REFUSALS", "50"))
SALON_FLOOD_WINDOW_SECONDS = float(os.environ.get("FLOOD_WINDOW_SECONDS", "60"))
# Typing signals: about one per this many seconds per person and room.
SALON_TYPING_MIN_INTERVAL = float(os.environ.get("TYPING_MIN_INTERVAL", "1.5"))
# A page catches up when its socket opens and when it sees a gap; a socket asking more often
# than this is told to wait (a catch-up renders up to a page of messages and the member panel).
SALON_SYNC_MIN_INTERVAL = float(os.environ.get("SYNC_MIN_INTERVAL", "2"))
# Open sockets one person may have in one room (tabs, devices); more are refused (4429).
SALON_SOCKETS_PER_PERSON = int(os.environ.get("SOCKETS_PER_PERSON", "10"))

# AI personas. With LLM_BASE_URL and LLM_MODEL set they answer through any OpenAI-compatible
# chat-completions server; otherwise through Salon's offline engine.
LLM_BASE_URL = os.environ.get("LLM_BASE_URL", "")
LLM_MODEL = os.environ.get("LLM_MODEL", "")
LLM_API_KEY = os.environ.get("LLM_API_KEY", "")
LLM_TIMEOUT_SECONDS = float(os.environ.get("LLM_TIMEOUT_SECONDS", "30"))
# Each process remembers who could answer in a room this long (changes made in the process
# itself apply at once): most messages then cost the personas no database work.
SALON_PERSONA_CAST_TTL = float(os.environ.get("PERSONA_CAST_TTL_SECONDS", "10"))
# Where a person who says they want to die is told to find help (bots/care.py): unset, lines
# for the US, Canada, the UK and Ireland, and findahelpline.com for elsewhere.
SALON_CRISIS_LINES = os.environ.get("CRISIS_LINES", "").strip()
# AI-to-AI replies allowed after one human message before the personas wait for a human.
SALON_AI_MAX_HOPS = int(os.environ.get("AI_MAX_HOPS", "2"))
# The offline engine streams its words at a readable pace (seconds per few words).
SALON_OFFLINE_CHUNK_DELAY = float(os.environ.get("OFFLINE_CHUNK_DELAY", "0.12"))
# Stop reaches a reply's process as an event; this often, the process also checks the database
# for a stop whose event was lost while the channel layer was down (seconds).
SALON_STOP_CHECK_SECONDS = float(os.environ.get("STOP_CHECK_SECONDS", "3"))

# Cost caps, per person and UTC day (0: no cap): AI replies to what they write, on top of each
# room's own daily budget; and rooms they create from the lobby (one-to-one persona chats, one
# per persona, do not count).
SALON_AI_REPLIES_PER_PERSON_DAILY = int(os.environ.get("AI_REPLIES_PER_PERSON_DAILY", "50")) or None
SALON_ROOMS_PER_PERSON_DAILY = int(os.environ.get("ROOMS_PER_PERSON_DAILY", "10")) or None

# Content rules (rooms.content). Words and phrases masked in messages and persona replies: a
# comma-separated list and/or a file with one per line (# starts a comment). Empty: none.
SALON_BLOCKED_WORDS = env_list("BLOCKED_WORDS", "")
if os.environ.get("BLOCKED_WORDS_FILE"):
    SALON_BLOCKED_WORDS += [
        line.strip()
        for line in Path(os.environ["BLOCKED_WORDS_FILE"]).read_text("utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
# E-mail addresses, phone numbers and card numbers: "model" hides them from models only (the
# room still sees what people wrote), "all" also removes them before a message is saved.
SALON_REDACT_PII = os.environ.get("REDACT_PII", "model").strip().lower()
if SALON_REDACT_PII not in {"off", "model", "all"}:
    raise ImproperlyConfigured("REDACT_PII must be off, model or all.")

# SMS bridge (sms/, README: Texting Salon). Twilio when TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and
# TWILIO_FROM are all set; otherwise the console provider, which only records and logs each text.
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
TWILIO_FROM = os.environ.get("TWILIO_FROM", "")
_twilio = [TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM]
if any(_twilio) and not all(_twilio) and not DEBUG:
    raise ImproperlyConfigured(
        "Set all of TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM, or none of them."
    )
# Twilio's REST API at another address (a regional edge, or a test server); empty: Twilio's.
TWILIO_API_BASE_URL = os.environ.get("TWILIO_API_BASE_URL", "")
if not TWILIO_AUTH_TOKEN and DEBUG:
    # Development: `manage.py sms_receive` signs the texts it sends to /sms/inbound/ with this.
    TWILIO_AUTH_TOKEN = "development-only-sms-token"
# The site's public address (https://chat.example.org): delivery reports are asked for at
# <it>/sms/status/, and webhook signatures are checked against it (default: the request's own
# address, as the reverse proxy passed it on).
SALON_SMS_BASE_URL = os.environ.get("SMS_BASE_URL", "").rstrip("/")
# Numbers typed without a +country code are read in this region (ISO code, e.g. US, GB).
SALON_SMS_DEFAULT_REGION = os.environ.get("SMS_DEFAULT_REGION", "").upper() or None
# A mention or persona reply is cut to one segment: this many characters (GSM-7; texts with
# other characters are sent as UCS-2, whose segment holds 70).
SALON_SMS_SEGMENT_CHARS = int(os.environ.get("SMS_SEGMENT_CHARS", "160"))
# Mentions and persona replies texted to one person per hour; more are recorded, not sent.
SALON_SMS_HOURLY_LIMIT = int(os.environ.get("SMS_HOURLY_LIMIT", "10"))
# A failed send is tried this many times in all, waiting SMS_RETRY_SECONDS, then twice as long
# after each further failure.
SALON_SMS_MAX_ATTEMPTS = int(os.environ.get("SMS_MAX_ATTEMPTS", "4"))
SALON_SMS_RETRY_SECONDS = float(os.environ.get("SMS_RETRY_SECONDS", "30"))
# Confirmation codes: valid this long, this many guesses each, one new code per
# SMS_CODE_RESEND_SECONDS and SMS_CODES_PER_DAY a day per person and per number.
SALON_SMS_CODE_TTL_SECONDS = int(os.environ.get("SMS_CODE_TTL_SECONDS", "600"))
SALON_SMS_CODE_ATTEMPTS = int(os.environ.get("SMS_CODE_ATTEMPTS", "5"))
SALON_SMS_CODE_RESEND_SECONDS = int(os.environ.get("SMS_CODE_RESEND_SECONDS", "60"))
SALON_SMS_CODES_PER_DAY = int(os.environ.get("SMS_CODES_PER_DAY", "5"))
# Salon answers STOP, START and HELP itself; turn off where the provider does (Twilio's
# Advanced Opt-Out), so that people do not get two answers.
SALON_SMS_KEYWORD_REPLIES = env_bool("SMS_KEYWORD_REPLIES", True)
# Each process remembers whose texts a message might concern this long (changes made in the
# process itself apply at once), as the personas' cast cache does.
SALON_SMS_WATCH_TTL = float(os.environ.get("SMS_WATCH_TTL_SECONDS", "10"))
# `manage.py sms_worker` looks for texts due this often.
SALON_SMS_WORKER_INTERVAL = float(os.environ.get("SMS_WORKER_INTERVAL_SECONDS", "2"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Content-Security-Policy (django-csp): scripts, styles, images and connections (the socket
# too: 'self' covers ws: and wss: on the page's own host) only from Salon itself; no inline or
# string-built scripts, no plugins, no framing. The room page's per-person <style> carries the
# request's nonce; style attributes (avatar hues) are allowed, as they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, NONCE],
        "style-src-elem": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Log lines to stderr: plain text (the default), or LOG_FORMAT=json for one JSON object per line
# with the request id, room id and user id where known (chatsite.logs).
try:
    LOGGING = logs.logging_config(
        os.environ.get("LOG_FORMAT", "text"), os.environ.get("LOG_LEVEL", "info")
    )
except ValueError as error:
    raise ImproperlyConfigured(str(error)) from None

# Prometheus metrics at /metrics (chatsite.metrics): open to loopback; any other address must
# send `Authorization: Bearer <METRICS_TOKEN>` (unset: refused).
SALON_METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")

# Error reports (the debug page, mails to ADMINS) mask secret settings and URL passwords.
DEFAULT_EXCEPTION_REPORTER_FILTER = "chatsite.reporting.CredentialsFilter"

# With DEBUG off, the session and CSRF cookies go over HTTPS only; a plain-HTTP run of
# production settings (on loopback, say) opts out with INSECURE_COOKIES=1.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG and not env_bool("INSECURE_COOKIES", False)

# Behind a TLS-terminating reverse proxy: trust its X-Forwarded-Proto header.
if env_bool("BEHIND_HTTPS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Served over HTTPS: plain HTTP is redirected, and browsers are told to keep to HTTPS.
    SECURE_SSL_REDIRECT = True
    # Except for probes and scrapes that reach a process directly, over plain HTTP on loopback.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
