"""Content rules for what is written in rooms: a word list whose matches are masked, and the
redaction of personal data (e-mail addresses, phone numbers, card numbers).

The rules are plain functions of the text. `message_text` applies them as configured to what
is saved (people's messages and persona replies, through `rooms.services.message_body_clean`),
and `model_text` to whatever a model is shown (the prompt's data, see `bots.prompts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings

# Redaction modes (settings.SALON_REDACT_PII).
REDACT_OFF, REDACT_MODEL, REDACT_ALL = "off", "model", "all"

EMAIL_MASK = "[email removed]"
PHONE_MASK = "[phone removed]"
CARD_MASK = "[card number removed]"


# Word list ---------------------------------------------------------------------------------


def mask_words(text: str, words: Iterable[str]) -> str:
    """`text` with every listed word or phrase masked: whole words only, in any case, in any
    script; each character but spaces becomes `*`, so the length stays."""
    pattern = _words_pattern(tuple(words))
    if pattern is None:
        return text
    return pattern.sub(lambda match: re.sub(r"\S", "*", match.group()), text)


@lru_cache(maxsize=8)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    entries = sorted({" ".join(word.split()) for word in words if word.strip()}, key=len)
    if not entries:
        return None
    # Longest first, so that a phrase wins over a word it starts with; spaces inside a phrase
    # match any run of white space.
    alternatives = "|".join(r"\s+".join(map(re.escape, e.split())) for e in reversed(entries))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


# Personal data -----------------------------------------------------------------------------

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?:[^\W_][\w-]*\.)+[^\W\d_]{2,}(?![\w-])")
# 13 to 19 digits, single spaces or hyphens allowed between them; never a piece of a longer
# run of digits.
CARD = re.compile(r"(?<![\w+])(?<!\d[ -])\d(?:[ -]?\d){12,18}(?![ -]?\d)(?!\w)")
# Groups of digits (one may be in parentheses) joined by single spaces, dots or hyphens, with
# an optional "+" in front: candidates that `_is_phone` decides on.
PHONE = re.compile(r"(?<![\w+])\+?(?:\(\d+\)|\d+)(?:[ .-]?\(\d+\)|[ .-]\d+)*(?!\w)")
IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn check that card numbers carry."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_phone(candidate: str) -> bool:
    """A phone number: "+" and 8 to 15 digits (the international form), or a written-out
    national number: 10 to 12 digits in groups of at least two (the first may be shorter)
    joined by spaces, dots, hyphens or parentheses. A bare run of digits is not one, nor an
    IPv4 address or an amount in thousands."""
    groups = re.findall(r"\d+", candidate)
    digits = sum(map(len, groups))
    if candidate.startswith("+"):
        return 8 <= digits <= 15
    if len(groups) < 2 or not 10 <= digits <= 12 or IPV4.fullmatch(candidate):
        return False
    # Not an amount written in thousands (1 234 567 890, 1.234.567.890).
    if len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:]):
        return False
    return all(len(group) >= 2 for group in groups[1:])


def redact_pii(text: str) -> str:
    """`text` with e-mail addresses, card numbers (that pass the Luhn check) and phone numbers
    replaced by a short note of what was there."""
    text = EMAIL.sub(EMAIL_MASK, text)
    text = CARD.sub(
        lambda m: CARD_MASK if luhn_valid(re.sub(r"\D", "", m.group())) else m.group(), text
    )
    return PHONE.sub(lambda m: PHONE_MASK if _is_phone(m.group()) else m.group(), text)


# As configured -----------------------------------------------------------------------------


def message_text(text: str) -> str:
    """What is saved of a message: the word list masked, and personal data redacted when
    `SALON_REDACT_PII` is "all"."""
    text = mask_words(text, settings.SALON_BLOCKED_WORDS)
    return redact_pii(text) if settings.SALON_REDACT_PII == REDACT_ALL else text


def model_text(text: str) -> str:
    """What a model is shown of a text that people wrote: the word list masked, and personal
    data redacted unless `SALON_REDACT_PII` is "off"."""
    text = mask_words(text, settings.SALON_BLOCKED_WORDS)
    return text if settings.SALON_REDACT_PII == REDACT_OFF else redact_pii(text)
