"""The migrations say what the models say: a model change without its migration (a field, an
index, a constraint) fails here instead of on a server that never gets it."""

from __future__ import annotations

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
