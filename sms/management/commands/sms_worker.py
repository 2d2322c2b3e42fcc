"""Send queued texts: first tries and retries with backoff, every SMS_WORKER_INTERVAL seconds.

    python manage.py sms_worker          # runs until stopped (systemd: deploy/salon-sms.service)
    python manage.py sms_worker --once   # one pass over what is due, then exits

Several workers may run: each text is claimed by one of them before it is sent."""

from __future__ import annotations

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from sms import providers, services

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Send queued texts (mentions, persona replies) and retry failed ones with backoff."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--once", action="store_true", help="One pass, then exit.")
        parser.add_argument(
            "--interval",
            type=float,
            default=None,
            help="Seconds between passes (default: SMS_WORKER_INTERVAL_SECONDS).",
        )

    def handle(self, *args, once: bool = False, interval: float | None = None, **options):
        interval = settings.SALON_SMS_WORKER_INTERVAL if interval is None else interval
        provider = providers.provider()
        stopping = threading.Event()
        if not once:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda *_: stopping.set())
            logger.info("SMS worker started (%s provider)", provider.name)
        while True:
            close_old_connections()
            try:
                tried = services.outbound_deliver_due(provider=provider)
            except Exception:
                # The database restarting, say: the next pass tries again.
                logger.exception("SMS worker pass failed")
                tried = 0
            if tried:
                logger.info("SMS worker tried %s text(s)", tried)
            if once:
                self.stdout.write(f"Tried {tried} text(s).")
                return
            if stopping.wait(interval):
                return
