"""How much text fits in one SMS segment, and cutting a text to it at a sentence or word end.

A segment holds 160 characters of the GSM-7 alphabet, or 70 of anything else (UCS-2): one
emoji makes the whole text UCS-2. Cut texts end in "..." (three GSM-7 dots: the single-glyph
ellipsis is not in GSM-7 and would make the text UCS-2 by itself)."""

from __future__ import annotations

import re

from django.conf import settings

# The GSM 03.38 basic character set and its extension table (each extension character takes
# two of the 160).
_GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = "^{}\\[~]|€\f"
_GSM = frozenset(_GSM_BASIC + _GSM_EXTENDED)
UCS2_SEGMENT_CHARS = 70
ELLIPSIS = "..."
# A sentence ends at . ! or ? followed by a space (or the end).
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def is_gsm(text: str) -> bool:
    return all(char in _GSM for char in text)


def segment_budget(text: str) -> int:
    """Characters of `text` that fit one segment: SMS_SEGMENT_CHARS for GSM-7 text, at most
    70 otherwise."""
    budget = settings.SALON_SMS_SEGMENT_CHARS
    return budget if is_gsm(text) else min(budget, UCS2_SEGMENT_CHARS)


def _length(text: str) -> int:
    """Length in segment characters: GSM-7 extension characters count twice, and in UCS-2 a
    character beyond the basic plane (most emoji) is two UTF-16 code units."""
    if not is_gsm(text):
        return len(text.encode("utf-16-le")) // 2
    return len(text) + sum(1 for char in text if char in _GSM_EXTENDED)


def segment_cut(text: str) -> str:
    """`text` with its whitespace folded, cut to one segment: at the last sentence end that
    keeps at least half the budget, else at the last word end with "...", else hard."""
    text = " ".join(text.split())
    budget = segment_budget(text)
    if _length(text) <= budget:
        return text
    room = budget
    while _length(text[:room]) > budget:  # extension characters take two
        room -= 1
    head = text[:room]
    ends = [match.end() for match in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= budget // 2:
        return head[: ends[-1]]
    head = text[: room - len(ELLIPSIS)]
    if text[len(head)] != " " and " " in head[budget // 2 :]:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-") + ELLIPSIS
