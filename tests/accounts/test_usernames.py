"""Usernames: NFKC-normalised, unique whatever their case, in one script, and unlike anyone
else's to the eye."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client

from accounts.forms import AdminUserAddForm, AdminUserEditForm
from accounts.models import User
from accounts.usernames import scripts_mixed, username_scripts, username_skeleton
from tests.conftest import PASSWORD

TAKEN = "A user with that username already exists."
LOOKALIKE = "This name looks too much like someone else&#x27;s. Please choose another."
CYRILLIC_A = "\u0430"  # а


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("alice", f"{CYRILLIC_A}lice"),  # Cyrillic а
        ("ace", "\u0430\u0441\u0435"),  # асе, all Cyrillic
        ("ACE", "\u0430\u0441\u0435"),  # and in capitals it still reads "ace"
        ("Bill", "BiIl"),  # capital I for l
        ("mary", "rnary"),  # rn for m
        ("bobo", "bob0"),  # zero for o
        ("lars", "\uff4c\uff41\uff52\uff53"),  # fullwidth ｌａｒｓ
        ("paypal", "\u0440\u0430\u0443\u0440\u0430l"),  # Cyrillic р, а, у
    ],
)
def test_lookalikes_share_a_skeleton(one, other):
    assert username_skeleton(one) == username_skeleton(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("alice", "alicia"), ("zoe", "zoë"), ("ann", "anna"), ("jo_1", "jo_2"), ("ivan", "иван")],
)
def test_different_names_have_different_skeletons(one, other):
    assert username_skeleton(one) != username_skeleton(other)


@pytest.mark.parametrize(
    ("name", "scripts", "mixed"),
    [
        ("alice", {"LATIN"}, False),
        ("jürgen_2", {"LATIN"}, False),
        ("сергей", {"CYRILLIC"}, False),
        ("山田たろう", {"HAN", "HIRAGANA"}, False),
        ("김민준金", {"HANGUL", "HAN"}, False),
        ("007", set(), False),
        (f"{CYRILLIC_A}lice", {"CYRILLIC", "LATIN"}, True),
        ("pаypal", {"CYRILLIC", "LATIN"}, True),
        ("αlpha", {"GREEK", "LATIN"}, True),
        ("たろうivan", {"HIRAGANA", "LATIN"}, True),
    ],
)
def test_scripts(name, scripts, mixed):
    assert username_scripts(name) == scripts
    assert scripts_mixed(scripts) is mixed


def sign_up(username: str) -> str:
    response = Client().post(
        "/accounts/signup/",
        {"username": username, "password1": PASSWORD, "password2": PASSWORD},
    )
    return response.content.decode() if response.status_code == 200 else response["Location"]


def usernames() -> list[str]:
    return sorted(User.objects.values_list("username", flat=True))


def test_cyrillic_a_next_to_alice_is_refused(alice):
    """The probe: `аlice` (Cyrillic а) next to `alice`."""
    page = sign_up(f"{CYRILLIC_A}lice")
    assert "Use the letters of one script: this name mixes Cyrillic and Latin." in page
    assert usernames() == ["alice"]


def test_a_lookalike_in_one_script_is_refused(make_user):
    make_user("ace")
    page = sign_up("\u0430\u0441\u0435")  # асе, all Cyrillic
    assert LOOKALIKE in page
    assert usernames() == ["ace"]


def test_a_lookalike_in_the_same_script_is_refused(make_user):
    make_user("Bill")
    assert LOOKALIKE in sign_up("BiIl")
    assert usernames() == ["Bill"]


@pytest.mark.parametrize("name", ["ALICE", "Alice", "\uff21\uff4c\uff49\uff43\uff45"])  # Ａｌｉｃｅ
def test_a_name_taken_in_another_case_or_width_is_refused(alice, name):
    assert TAKEN in sign_up(name)
    assert usernames() == ["alice"]


@pytest.mark.parametrize("name", ["AIBot", "aibot", "A1Bot", "AlbertEinstein", "Socrates", "curie"])
def test_a_name_like_a_personas_is_refused(db, name):
    call_command("seed_personas", stdout=io.StringIO())
    before = usernames()
    assert "This name looks like one of the AI personas&#x27;. Please choose another." in sign_up(
        name
    )
    assert usernames() == before


def test_names_are_stored_nfkc_normalised(db):
    assert sign_up("\uff44\uff4f\uff52\uff41\u2168") == "/"  # ｄｏｒａⅨ
    assert usernames() == ["doraIX"]


@pytest.mark.parametrize("name", ["сергей", "jürgen", "山田たろう", "alice2"])
def test_names_in_one_script_unlike_others_are_welcome(alice, name):
    assert sign_up(name) == "/"
    assert usernames() == sorted(["alice", name])


def test_the_database_refuses_a_second_name_differing_in_case(alice):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create(username="ALICE")
    assert usernames() == ["alice"]


def test_the_skeleton_follows_the_name(alice):
    assert alice.username_skeleton == "alice"
    alice.username = "Bill"
    alice.save(update_fields=["username"])
    alice.refresh_from_db()
    assert alice.username_skeleton == username_skeleton("Bill") == "bill"


def test_the_admin_keeps_the_same_rules(alice):
    mixed = "Use the letters of one script: this name mixes Cyrillic and Latin."
    add = AdminUserAddForm(data={"username": f"{CYRILLIC_A}lice", "usable_password": "false"})
    assert add.errors["username"] == [mixed]

    joined = {"date_joined_0": "2026-01-01", "date_joined_1": "00:00:00"}
    bob = User.objects.create_user(username="bob", password=PASSWORD)
    rename = AdminUserEditForm(instance=bob, data={"username": "AIice", **joined})
    assert rename.errors["username"] == [
        "This name looks too much like someone else's. Please choose another."
    ]

    # Someone whose name came before the rules (a look-alike of alice's) can still be edited,
    # as long as the name stays.
    legacy = User.objects.create_user(username="aIice", password=PASSWORD)
    keep = AdminUserEditForm(instance=legacy, data={"username": "aIice", **joined})
    assert "username" not in keep.errors
