"""A persona's material: installed by seed_personas, edited in the admin as lines, checked."""

from __future__ import annotations

import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils.html import escape

from bots.material import TAGS, material_validate
from bots.models import Persona
from bots.seeded import seeded

SPECS = {p["slug"]: p for p in seeded()}


def seed() -> str:
    out = io.StringIO()
    call_command("seed_personas", stdout=out)
    return out.getvalue()


@pytest.fixture
def staff(client_for):
    from accounts.models import User

    return client_for(User.objects.create_superuser(username="root", password="x" * 20))


def test_seeding_installs_the_material_and_stays_idempotent(db):
    assert seed() == "Personas: 7 created, 0 updated (personas).\n"
    Persona.objects.filter(slug="curie").update(material=["Edited by hand."])
    assert seed() == "Personas: 0 created, 7 updated (personas).\n"
    assert Persona.objects.count() == 7
    installed = dict(Persona.objects.values_list("slug", "material"))
    assert installed == {slug: spec["material"] for slug, spec in SPECS.items()}
    assert installed["aibot"] == []


def test_staff_edit_the_material_as_lines_in_the_admin(staff, db):
    seed()
    curie = Persona.objects.get(slug="curie")
    url = f"/admin/bots/persona/{curie.pk}/change/"
    response = staff.get(url)
    textarea = response.content.decode().split('name="material"')[1].split("</textarea>")[0]
    assert "#hello Good day, {name}. It is good to hear from you.\n#hello Hello" in textarea
    # Every tag the engine reads is listed beside the field, with what it is for.
    page = response.content.decode()
    for tag, meaning in TAGS.items():
        assert f"<li><code>#{tag}</code>: {escape(meaning)}</li>" in page
    form = response.context["adminform"].form
    data = {
        **{k: v for k, v in form.initial.items() if v is not None and k != "material"},
        "style": json.dumps(curie.style),
        "is_active": "on",
        "material": "  #hello Bonjour, {name}!\r\n\r\nRadium glows in the dark.\r\n",
        "room_personas-TOTAL_FORMS": "0",
        "room_personas-INITIAL_FORMS": "0",
    }

    response = staff.post(url, data)

    assert response.status_code == 302
    curie.refresh_from_db()
    assert curie.material == ["#hello Bonjour, {name}!", "Radium glows in the dark."]

    response = staff.post(url, {**data, "material": "#hullo {name}\nA {topic} line."})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["material"]
    # Every tag the engine knows is named (the list grows as the engine learns new kinds).
    assert errors[0].startswith(
        "material: '#hullo {name}': a tag is one of #hello, #welcome, #invite, #thanks, #bye, "
    )
    assert errors == [
        f"material: '#hullo {{name}}': a tag is one of {', '.join('#' + t for t in TAGS)}."
    ]


@pytest.mark.parametrize(
    ("material", "message"),
    [
        ("one line", "The material must be a list of lines of text."),
        (["two\nlines"], "Each line of material is one non-empty line."),
        (["   "], "Each line of material is one non-empty line."),
        (["A {name} in a plain line."], "only tagged lines may use placeholders"),
        (["#thanks Thanks, {place}."], "uses ['place']"),
        (["#bye Bye {"], "Single '{' encountered"),
    ],
)
def test_material_that_the_engine_could_not_use_is_refused(material, message):
    with pytest.raises(ValidationError) as error:
        material_validate(material)
    assert message in error.value.messages[0]
