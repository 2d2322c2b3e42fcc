from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from bots import services
from bots.seeded import PERSONAS_DIR, read_specs


class Command(BaseCommand):
    help = "Install or update the AI personas from a JSON file (Salon's own set by default)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--file",
            type=Path,
            default=PERSONAS_DIR,
            help=(
                "A JSON list of personas in the format the README describes, or a directory"
                " of one JSON persona per file (Salon's own: bots/personas)."
            ),
        )

    def handle(self, *args, file: Path, **options) -> None:
        try:
            specs = read_specs(file)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from error
        except ValueError as error:
            raise CommandError(str(error)) from error
        if not isinstance(specs, list) or not all(isinstance(s, dict) for s in specs):
            raise CommandError(f"{file} must hold a JSON list of persona objects.")
        created = updated = 0
        try:
            with transaction.atomic():
                for spec in specs:
                    _persona, was_created = services.persona_upsert(spec=spec)
                    created += was_created
                    updated += not was_created
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        self.stdout.write(f"Personas: {created} created, {updated} updated ({file.name}).")
