"""Content rules: the word list and the redaction of personal data, as plain functions (table
tests) and where they apply (saving a message, editing one)."""

from __future__ import annotations

import uuid

import pytest

from rooms import services
from rooms.content import (
    CARD_MASK,
    EMAIL_MASK,
    PHONE_MASK,
    luhn_valid,
    mask_words,
    message_text,
    model_text,
    redact_pii,
)
from rooms.models import Message

WORDS = ["darn", "heck", "bad word", "straße", "ärger", "c++"]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("darn it", "**** it"),
        ("DARN it, Darn!", "**** it, ****!"),  # any case
        ("darned darning undarn", "darned darning undarn"),  # whole words only
        ("what the heck?", "what the ****?"),
        ("a bad word here", "a *** **** here"),  # a phrase: spaces stay
        ("a bad\n  word here", "a ***\n  **** here"),  # any white space between its words
        ("a bad idea", "a bad idea"),  # a phrase is not its first word
        ("Straße und STRASSE", "****** und STRASSE"),  # Unicode letters, simple case folding
        ("ÄRGER, ärger", "*****, *****"),
        ("Ärgernis", "Ärgernis"),  # a word goes on in any script
        ("I like c++ and c", "I like *** and c"),  # entries are text, not patterns
        ("@darn hello", "@**** hello"),
        ("", ""),
    ],
)
def test_listed_words_are_masked_whole_and_in_any_case(text, masked):
    assert mask_words(text, WORDS) == masked
    assert len(mask_words(text, WORDS)) == len(text)


@pytest.mark.parametrize("words", [[], [""], ["  "]])
def test_an_empty_list_masks_nothing(words):
    assert mask_words("darn it", words) == "darn it"


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),  # Visa test number
        ("5555555555554444", True),  # Mastercard test number
        ("378282246310005", True),  # American Express test number
        ("4111111111111112", False),
        ("1234567890123", False),
        ("0", True),
    ],
)
def test_luhn_check(digits, valid):
    assert luhn_valid(digits) is valid


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # E-mail addresses
        ("mail alice.smith+tea@example.co.uk.", f"mail {EMAIL_MASK}."),
        ("jörg@bücher.de schreibt", f"{EMAIL_MASK} schreibt"),
        ("a@b.io and c@d.io", f"{EMAIL_MASK} and {EMAIL_MASK}"),
        ("@alice and @bob.smith", "@alice and @bob.smith"),  # mentions
        ("bob@localhost", "bob@localhost"),  # no domain to reach
        # Card numbers: 13 to 19 digits that pass the Luhn check
        ("card 4111 1111 1111 1111 ok", f"card {CARD_MASK} ok"),
        ("4111-1111-1111-1111", CARD_MASK),
        ("5555555555554444", CARD_MASK),
        ("amex 3782 822463 10005", f"amex {CARD_MASK}"),
        ("4111 1111 1111 1112", "4111 1111 1111 1112"),  # fails the check
        ("order 1234567890123456", "order 1234567890123456"),  # a random run of digits
        ("1234 5678 9012 3456 7890 1234", "1234 5678 9012 3456 7890 1234"),  # too long
        ("ISBN 978-3-16-148410-0", "ISBN 978-3-16-148410-0"),
        # Phone numbers
        ("call +1 (555) 123-4567 now", f"call {PHONE_MASK} now"),
        ("+44 20 7946 0958", PHONE_MASK),
        ("+33612345678", PHONE_MASK),
        ("Wählen Sie +49 30 1234567", f"Wählen Sie {PHONE_MASK}"),
        ("555-123-4567", PHONE_MASK),
        ("(555) 123-4567.", f"{PHONE_MASK}."),
        ("555.123.4567", PHONE_MASK),
        ("020 7946 0958", PHONE_MASK),
        ("06 12 34 56 78", PHONE_MASK),
        ("5551234567", "5551234567"),  # a bare run of digits is no phone number
        ("+1234", "+1234"),  # too short for one
        # Numbers that are none of these
        ("on 2024-01-15 at 10:30", "on 2024-01-15 at 10:30"),
        ("ping 192.168.100.200", "ping 192.168.100.200"),
        ("ping 10.100.200.30", "ping 10.100.200.30"),
        ("1 2 3 4 5 6 7 8 9 10", "1 2 3 4 5 6 7 8 9 10"),
        ("1.234.567.890 EUR, 1 234 567 890 EUR", "1.234.567.890 EUR, 1 234 567 890 EUR"),
        ("pi is 3.14159, version 1.22.333", "pi is 3.14159, version 1.22.333"),
        ("room 42, 7 people, 3 kettles", "room 42, 7 people, 3 kettles"),
    ],
)
def test_personal_data_is_redacted(text, redacted):
    assert redact_pii(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "a" * 4000 + "@" + "b" * 4000,
        "a@" * 2000,
        "1" * 4000,
        "1 " * 2000,
        "+" * 2000 + "1" * 2000,
        "x@" + "a-" * 2000,
    ],
)
def test_long_hostile_texts_come_back_unchanged(text):
    # Each pattern reads such a text in one pass (no nested repetition to backtrack through).
    assert redact_pii(text) == text


@pytest.mark.parametrize(
    ("mode", "saved", "shown_to_model"),
    [
        ("off", "**** call 555-123-4567", "**** call 555-123-4567"),
        ("model", "**** call 555-123-4567", f"**** call {PHONE_MASK}"),
        ("all", f"**** call {PHONE_MASK}", f"**** call {PHONE_MASK}"),
    ],
)
def test_the_rules_as_configured(settings, mode, saved, shown_to_model):
    settings.SALON_BLOCKED_WORDS = ["darn"]
    settings.SALON_REDACT_PII = mode
    assert message_text("Darn call 555-123-4567") == saved
    assert model_text("Darn call 555-123-4567") == shown_to_model


def test_by_default_nothing_is_masked_and_only_models_are_spared_personal_data():
    assert message_text("darn, call 555-123-4567") == "darn, call 555-123-4567"
    assert model_text("darn, call 555-123-4567") == f"darn, call {PHONE_MASK}"


@pytest.mark.django_db
def test_a_saved_message_and_its_edit_follow_the_rules(settings, room, alice):
    settings.SALON_BLOCKED_WORDS = ["darn"]
    settings.SALON_REDACT_PII = "all"
    message = services.message_post(
        room=room, author=alice, body="  Darn, mail me: alice@example.org  ", client_id=uuid.uuid4()
    ).message
    assert Message.objects.get(pk=message.pk).body == f"****, mail me: {EMAIL_MASK}"

    services.message_edit(
        room=room, editor=alice, message_id=message.pk, body="or call +44 20 7946 0958, darn"
    )
    assert Message.objects.get(pk=message.pk).body == f"or call {PHONE_MASK}, ****"


@pytest.mark.django_db
def test_a_message_that_is_only_a_listed_word_is_still_sent(settings, room, alice):
    settings.SALON_BLOCKED_WORDS = ["darn"]
    message = services.message_post(
        room=room, author=alice, body="darn", client_id=uuid.uuid4()
    ).message
    assert Message.objects.get(pk=message.pk).body == "****"
