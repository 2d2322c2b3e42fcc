"""Phone numbers as Salon keeps them: E.164 (+ and the country code, no spaces), read with
Google's libphonenumber rules (the `phonenumbers` package)."""

from __future__ import annotations

import phonenumbers
from django.conf import settings
from django.core.exceptions import ValidationError

# Longer than any way of writing a real number, spaces and punctuation included.
RAW_MAX_LENGTH = 40


def number_e164(raw: object, *, region: str | None = None) -> str:
    """`raw` as an E.164 number, or a ValidationError (code "number") a person can read.
    Numbers without a +country code are read in `region` (default SMS_DEFAULT_REGION)."""
    if not isinstance(raw, str) or not raw.strip() or len(raw) > RAW_MAX_LENGTH:
        raise ValidationError("Enter a phone number, such as +1 555 123 4567.", code="number")
    region = region or settings.SALON_SMS_DEFAULT_REGION
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        hint = "" if region else " Start it with + and the country code."
        raise ValidationError(f"That is not a phone number we can text.{hint}", code="number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def number_shown(number: str) -> str:
    """An E.164 number written for people (+1 555-123-4567)."""
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
