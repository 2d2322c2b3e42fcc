"""Numbers, segments and keywords: pure rules, in tables."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from sms import keywords, segments
from sms.numbers import number_e164, number_shown


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("+1 415 555 0123", None, "+14155550123"),
        ("+1 (415) 555-0123", None, "+14155550123"),
        ("(415) 555-0123", "US", "+14155550123"),
        ("+44 20 7946 0958", None, "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("  +33 1 23 45 67 89 ", None, "+33123456789"),
    ],
)
def test_numbers_are_kept_as_e164(typed, region, e164):
    assert number_e164(typed, region=region) == e164


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "hello",
        "12",
        "+1 415 555",  # too short
        "+999 123 456 789",  # no such country
        "(415) 555-0123",  # no country code and no region
        "+1" + "5" * 60,  # absurdly long
        None,
        12345,
    ],
)
def test_malformed_numbers_are_refused(typed):
    with pytest.raises(ValidationError) as refusal:
        number_e164(typed)
    assert refusal.value.code == "number"


def test_a_number_is_shown_grouped():
    assert number_shown("+14155550123") == "+1 415-555-0123"


@pytest.mark.parametrize(
    ("body", "stopped", "kind", "room"),
    [
        ("STOP", False, "stop", ""),
        (" stop ", False, "stop", ""),
        ("Stop.", False, "stop", ""),
        ("STOPALL", False, "stop", ""),
        ("unsubscribe", False, "stop", ""),
        ("CANCEL", False, "stop", ""),
        ("end", False, "stop", ""),
        ("Quit!", False, "stop", ""),
        ("START", True, "start", ""),
        ("unstop", False, "start", ""),
        ("yes", True, "start", ""),
        ("HELP", False, "help", ""),
        ("info", False, "help", ""),
        ("JOIN lobby", False, "join", "lobby"),
        ("join #Tea-Room", False, "join", "Tea-Room"),
        ("JOIN", False, "join", ""),
    ],
)
def test_keywords(body, stopped, kind, room):
    assert keywords.command(body, stopped=stopped) == keywords.Command(kind, room=room)


@pytest.mark.parametrize(
    "body",
    ["yes", "stop that", "please help me", "join us later", "the end", "STOP STOP", "HELPFUL"],
)
def test_other_texts_are_messages(body):
    assert keywords.command(body) is None


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Short and sweet.", "Short and sweet."),
        # A sentence end past half the budget: cut there, no dots.
        ("First sentence is here. " * 4 + "Then a very long tail " * 10, None),
    ],
)
def test_short_texts_and_sentence_ends(settings, text, cut):
    settings.SALON_SMS_SEGMENT_CHARS = 160
    result = segments.segment_cut(text)
    if cut is not None:
        assert result == cut
    else:
        assert result == ("First sentence is here. " * 6).strip()[: len(result)]
        assert result.endswith("here.")
        assert len(result) <= 160


def test_cut_at_a_word_end_with_dots(settings):
    settings.SALON_SMS_SEGMENT_CHARS = 40
    result = segments.segment_cut("alpha beta gamma delta epsilon zeta eta theta iota kappa")
    assert result == "alpha beta gamma delta epsilon zeta..."
    assert len(result) <= 40


def test_unicode_text_gets_the_ucs2_budget(settings):
    settings.SALON_SMS_SEGMENT_CHARS = 160
    text = "Tea time ☕ " + "and biscuits " * 20
    result = segments.segment_cut(text)
    assert len(result) <= 70
    assert result.endswith("...")
    assert result.startswith("Tea time ☕ and biscuits")


def test_gsm_extension_characters_count_twice(settings):
    settings.SALON_SMS_SEGMENT_CHARS = 20
    result = segments.segment_cut("{}{}{}{}{}{}{}{}{}{}{}{}")
    # 10 braces are 20 segment characters: 7 of them fit beside the dots.
    assert result == "{}{}{}{..."
    assert segments._length(result) == 17


def test_one_long_word_is_cut_hard(settings):
    settings.SALON_SMS_SEGMENT_CHARS = 20
    assert segments.segment_cut("x" * 50) == "x" * 17 + "..."


def test_emoji_outside_the_basic_plane_take_two_of_the_70(settings):
    # UCS-2 segments hold 70 UTF-16 code units: 🎉 is two of them (a surrogate pair).
    settings.SALON_SMS_SEGMENT_CHARS = 160
    result = segments.segment_cut("🎉" * 10 + " and cake" * 20)
    assert len(result.encode("utf-16-le")) // 2 <= 70
    assert result == "🎉" * 10 + " and cake" * 5 + "..."
