from __future__ import annotations

import io
import json
import re

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from bots.models import Persona


def seed(*args) -> str:
    out = io.StringIO()
    call_command("seed_personas", *args, stdout=out)
    return out.getvalue()


MINIMAL = {"slug": "x", "name": "X", "avatar": "X", "bio": "b", "system_prompt": "p"}


def test_seed_installs_the_default_personas(db):
    assert seed() == "Personas: 7 created, 0 updated (personas).\n"
    assert sorted(Persona.objects.values_list("slug", flat=True)) == [
        "aibot",
        "curie",
        "darwin",
        "einstein",
        "lovelace",
        "shakespeare",
        "socrates",
    ]
    house = Persona.objects.get(is_house_bot=True)
    assert (house.slug, house.name) == ("aibot", "AIBot")
    for persona in Persona.objects.select_related("user"):
        assert persona.user.username == persona.slug
        assert persona.user.is_persona is True
        assert persona.user.has_usable_password() is False


def test_seed_again_updates_and_duplicates_nothing(db):
    seed()
    Persona.objects.filter(slug="curie").update(talkativeness=1, bio="changed")
    assert seed() == "Personas: 0 created, 7 updated (personas).\n"
    assert Persona.objects.count() == 7
    assert User.objects.filter(is_persona=True).count() == 7
    curie = Persona.objects.get(slug="curie")
    assert (curie.talkativeness, curie.bio) == (
        45,
        "Chemist and physicist. Two Nobel prizes, one notebook that still glows.",
    )


def test_seed_from_a_file_of_your_own(db, tmp_path):
    own = [
        {
            "slug": "hypatia",
            "name": "Hypatia",
            "avatar": "📐",
            "bio": "Mathematician of Alexandria.",
            "system_prompt": "You are Hypatia.",
            "talkativeness": 70,
            "style": {"takes": ["Let us draw {topic} as a conic section."]},
        }
    ]
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(own))
    seed("--file", str(path))
    seed("--file", str(path))
    assert list(Persona.objects.values_list("slug", "name", "talkativeness")) == [
        ("hypatia", "Hypatia", 70)
    ]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("not json", "is not valid JSON"),
        ('{"slug": "x"}', "must hold a JSON list"),
        ('[{"name": "No slug"}]', "Each persona needs a slug."),
        ('[{"slug": "x", "colour": 1}]', "unknown fields ['colour']"),
        (
            json.dumps([{**MINIMAL, "talkativeness": 101}]),
            "x: talkativeness: Ensure this value is less than or equal to 100.",
        ),
        ('[{"slug": "x", "style": {"takes": "not a list"}}]', "style.takes must be a list"),
        (
            json.dumps([{**MINIMAL, "style": {"takes": ["about {topics}"]}}]),
            "takes may use {topic}, {theme} and {name}",
        ),
    ],
)
def test_seed_rejects_bad_files_and_saves_nothing(db, tmp_path, content, error):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=re.escape(error)):
        seed("--file", str(path))
    assert not Persona.objects.exists()
    assert not User.objects.exists()


def test_seed_refuses_a_slug_a_person_uses(db, tmp_path):
    User.objects.create_user(username="hypatia")
    path = tmp_path / "one.json"
    path.write_text(
        '[{"slug": "hypatia", "name": "H", "avatar": "H", "bio": "b", "system_prompt": "p"}]'
    )
    with pytest.raises(CommandError, match="a person already uses the username 'hypatia'"):
        seed("--file", str(path))


def test_missing_file(db, tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        seed("--file", str(tmp_path / "nope.json"))


def test_seed_from_a_directory_in_the_order_of_its_files(db, tmp_path):
    for name, slug in (("2-b.json", "beta"), ("1-a.json", "alpha")):
        (tmp_path / name).write_text(json.dumps({**MINIMAL, "slug": slug, "name": slug.title()}))
    (tmp_path / "notes.txt").write_text("not a persona")
    assert seed("--file", str(tmp_path)) == f"Personas: 2 created, 0 updated ({tmp_path.name}).\n"
    assert list(Persona.objects.order_by("pk").values_list("slug", flat=True)) == ["alpha", "beta"]


@pytest.mark.parametrize(
    ("files", "error"),
    [
        ({}, "holds no persona files (*.json)."),
        (
            {"1-a.json": json.dumps(MINIMAL), "2-b.json": "[]"},
            "2-b.json must hold one persona object.",
        ),
        ({"1-a.json": json.dumps(MINIMAL), "2-b.json": "{oops"}, "2-b.json is not valid JSON"),
    ],
)
def test_seed_rejects_a_bad_directory_and_saves_nothing(db, tmp_path, files, error):
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    with pytest.raises(CommandError, match=re.escape(error)):
        seed("--file", str(tmp_path))
    assert not Persona.objects.exists()


def test_each_seeded_persona_has_a_file_of_its_own_named_for_it():
    from bots.seeded import PERSONAS_DIR

    files = sorted(PERSONAS_DIR.glob("*.json"))
    assert [f.name for f in files] == [
        f"{n}-{slug}.json"
        for n, slug in enumerate(
            ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin", "aibot"), 1
        )
    ]
    assert max(f.stat().st_size for f in files) < 2**20
