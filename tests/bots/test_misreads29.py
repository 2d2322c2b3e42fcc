"""Session 29 misreads: short practical writing is written, keeping every fact given (an invite,
a reminder, a welcome for new starters, a notice, a text to the group), by the poet in his manner
and by the others plainly, never refused as a "pretty lie"; an unasked chime-in is on what the
message says of its thing ("rules say it has to cross the 3m table": no table computed by a
rule); a persona only named in passing ("you don't need einstein for that") keeps quiet or
speaks to the point, never "tell me more"."""

from __future__ import annotations

import pytest

from bots.addressing import spoken_of
from bots.letters import notice, notice_asked, notice_facts
from tests.bots.test_everyday_messages import CAST, say
from tests.bots.test_topic25 import ask

# --- short practical writing: read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "can u write the invite for the iftar on friday, 7pm at ours, bring a dish",
            {"when": "Friday, 7pm", "where": "at ours", "bring": "a dish", "what": "the iftar"},
        ),
        (
            "could you write a short message inviting the neighbours to the community centre "
            "iftar on the last saturday. warm, not preachy",
            {
                "when": "the last Saturday",
                "who": "the neighbours",
                "what": "the community centre iftar",
            },
        ),
        (
            "write a reminder for the team meeting tuesday 10am in room 4",
            {"when": "Tuesday, 10am", "where": "in room 4", "what": "the team meeting"},
        ),
        (
            "could you do a reminder for bin day, tuesday morning, bins out by 7am",
            {"when": "Tuesday morning", "what": "bin day", "besides": "Bins out by 7am."},
        ),
        (
            "we need a poster line for the car boot sale sunday 8am on the school field",
            {"when": "Sunday, 8am", "where": "on the school field", "what": "the car boot sale"},
        ),
        (
            "write us a sign for the party, 8pm at mine, byob",
            {"when": "8pm", "where": "at mine", "bring": "your own drinks", "what": "the party"},
        ),
        (
            "can you do us an invite for sam's 40th, saturday 8pm at the crown, dress code 80s",
            {
                "when": "Saturday, 8pm",
                "where": "at the crown",
                "what": "Sam's 40th",
                "besides": "Dress code 80s.",
            },
        ),
        (
            "write a message to the group saying football is cancelled tomorrow",
            {"who": "the group", "says": "Football is cancelled tomorrow."},
        ),
        (
            "can you write a notice for the lift being out of order until monday",
            {"when": "until Monday", "what": "the lift being out of order"},
        ),
        ("write a welcome message for the new starters", {"who": "the new starters"}),
    ],
)
def test_the_facts_are_read_as_slots_of_any_occasion(text, facts):
    assert notice_asked(text)
    assert notice_facts(text) == facts


@pytest.mark.parametrize(
    "text",
    [
        "she sent the invite on friday",
        "did you get my reminder",
        "how do i write a good invite",
        "the notice says bring a dish",
        "i need to sign the form by friday",
        "do you want to make a sign up sheet for saturday",
        "we need to make the invites by monday",
        "do i need an invite to get in on saturday",
        "did you make the invites for saturday",
        # A toast, a caption or a sign with no fact to keep is the persona's own words for it.
        "write a toast for my sister's wedding",
        "write a caption for the team photo",
        "write us a sign, 4 words max, funny",
    ],
)
def test_no_notice_asked_in_look_alikes(text):
    assert not notice_asked(text)


def test_a_notice_keeps_every_fact_and_fits():
    piece, called = notice(
        "can u write the invite for the iftar on friday, 7pm at ours, bring a dish"
    )
    assert called == "invite"
    assert (
        piece
        == "You're invited to the iftar! Friday, 7pm at ours. Please bring a dish. All welcome."
    )
    long = (
        "write an invite for the summer street party on saturday 12th july, 2pm at the green, "
        "bring a chair, a dish and your own drinks, kids welcome, dogs on leads please"
    )
    piece, _ = notice(long)
    assert len(piece) <= 190
    for fact in ("Saturday", "12th July", "2pm", "at the green", "a chair"):
        assert fact in piece


# --- short practical writing: written -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "can u write the invite for the iftar on friday, 7pm at ours, bring a dish",
            'For the invite, Sam: "Good friends, you are bidden to the iftar! Friday, 7pm at ours. '
            'Pray bring a dish, and a merry heart. The more, the merrier; come one, come all!"',
        ),
        (
            "could you write a short message inviting the neighbours to the community centre "
            "iftar on the last saturday. warm, not preachy",
            'For the invite, Sam: "Lay by your cares, neighbours, and come to the community '
            'centre iftar! The last Saturday. The more, the merrier; come one, come all!"',
        ),
        (
            "write a reminder for the team meeting tuesday 10am in room 4",
            'For the reminder, Sam: "Mark it well, friends: the team meeting. Tuesday, 10am in '
            'room 4. Be there, and be prompt as the morning lark."',
        ),
        (
            "write a welcome message for the new starters",
            'For the welcome message, Sam: "Welcome, new starters! The door stands open and the '
            'kettle is on. We are right glad of you."',
        ),
        (
            "write a message to the group saying football is cancelled tomorrow",
            'For the message, Sam: "Good friends, a word! Football is cancelled tomorrow. Thank '
            'you all, good friends."',
        ),
        (
            "write an invite for my leaving drinks",
            'For the invite, Sam: "Lay by your cares, friends, and come to my leaving drinks! Come '
            'as you are, and go home merry."',
        ),
    ],
)
def test_the_poet_writes_short_practical_pieces(text, wanted):
    assert ask("shakespeare", text) == wanted


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "could you do a reminder for bin day, tuesday morning, bins out by 7am",
            ("bin day", "Tuesday morning", "Bins out by 7am"),
        ),
        (
            "we need a poster line for the car boot sale sunday 8am on the school field",
            ("car boot sale", "Sunday, 8am", "school field"),
        ),
        ("write us a sign for the party, 8pm at mine, byob", ("8pm at mine", "your own drinks")),
        (
            "can you do us an invite for sam's 40th, saturday 8pm at the crown, dress code 80s",
            ("Sam's 40th", "Saturday, 8pm", "the crown", "Dress code 80s"),
        ),
    ],
)
def test_every_fact_given_is_kept(text, facts):
    reply = ask("shakespeare", text)
    for fact in facts:
        assert fact in reply
    assert "pretty lie" not in reply and len(reply) <= 240


@pytest.mark.parametrize(
    ("slug", "text", "wanted"),
    [
        (
            "curie",
            "write a welcome message for the new starters",
            'For the welcome message, Sam, I would write this, simply: "Welcome, new starters! '
            "We're so glad to have you. Any questions, just ask.\"",
        ),
        (
            "einstein",
            "can u write the invite for the iftar on friday, 7pm at ours, bring a dish",
            "For the invite, Sam, I would write this: \"You're invited to the iftar! Friday, 7pm "
            'at ours. Please bring a dish. All welcome."',
        ),
        (
            "darwin",
            "write a reminder for the team meeting tuesday 10am in room 4",
            'For the reminder, Sam, I would offer this: "Reminder: the team meeting. Tuesday, '
            '10am in room 4. See you there."',
        ),
        (
            # (no dilemma of whom to leave out in "warm, not preachy")
            "socrates",
            "could you write a short message inviting the neighbours to the community centre "
            "iftar on the last saturday. warm, not preachy",
            "For the invite, Sam, I would say only this: \"You're invited to the community centre "
            'iftar! The last Saturday. All welcome."',
        ),
        (
            "lovelace",
            "write us a quick text for the group chat about the 5-a-side on thursday 8pm at goals",
            'For the message, Sam, I would set down this: "Hi all, about the 5-a-side. Thursday, '
            '8pm at goals. Thanks, everyone."',
        ),
    ],
)
def test_the_others_write_a_plain_one_in_their_voice(slug, text, wanted):
    assert ask(slug, text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "write a toast for my sister's wedding",
            "For the toast, Sam, take this from my own stock. A toast of my own for a marriage: "
            '"To the bride and groom: may every quarrel be brief, every feast be merry, and every '
            'night end as this one does, among friends."',
        ),
        (
            "write a caption for the team photo",
            "For the caption, Sam, take this from my own stock. A couplet of my own for it: "
            '"Here stand we, merry all, and none the worse; the picture lies a little, like my '
            'verse."',
        ),
        (
            "help us write a letter to the council about the bins",
            'A draft, Sam, courteous and clear: "Dear Sir or Madam, We write about the bins. We '
            "would be grateful for a reply saying what can be done about this. Yours faithfully, "
            'Sam, for us all."',
        ),
    ],
)
def test_look_alike_requests_keep_their_answers(text, wanted):
    assert ask("shakespeare", text) == wanted


def test_a_dilemma_of_inviting_is_still_weighed():
    reply = ask("socrates", "should i invite my cousin to the wedding, she was rude last time")
    assert reply.startswith("Why leave them out, Sam")


# --- unasked chime-ins: on what the message says -------------------------------------------


def _others(slug: str):
    return tuple(v for v in CAST if v.slug != slug)


def joins(slug: str, text: str) -> str:
    """`slug`'s reply joining in unasked on Maureen's `text`."""
    return say(slug, text, author="maureen", others=_others(slug), unasked=True)


@pytest.mark.parametrize(
    "text",
    [
        "rules say it has to cross the 3m table in under 4 seconds btw",
        "the ref said it has to cross the table in under 4 seconds",
        "apparently the rules say the robot must stay on the table",
    ],
)
def test_no_chime_on_a_word_said_in_another_sense(text):
    assert joins("lovelace", text) == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my kid's learning the 7 times table, the rule for 9s blew her mind", "times tables"),
        ("the engine computed tables by a rule, that's amazing", "table computed by a rule"),
    ],
)
def test_a_chime_on_the_thing_in_its_sense_still_joins(text, words):
    assert words in joins("lovelace", text)


def test_a_question_to_the_room_is_still_answered_unasked():
    reply = joins(
        "darwin", "Darwin's house? marvellous. read the Origin at school and understood none of it"
    )
    assert "Down House" in reply


# --- named in passing --------------------------------------------------------------------------


NAMES = tuple(name for v in CAST for name in (v.slug, v.name))


@pytest.mark.parametrize(
    "text",
    [
        "because of Bromley derek, you don't need Einstein for that",
        "honestly you don't need einstein to work that out",
        "you do not need einstein for this one, derek",
    ],
)
def test_named_in_passing_keeps_quiet_asked_or_not(text):
    assert spoken_of(text, {"einstein", "Albert Einstein", "Albert"}, NAMES)
    for unasked in (False, True):
        reply = say("einstein", text, author="maureen", others=_others("einstein"), unasked=unasked)
        assert reply == ""


@pytest.mark.parametrize(
    "text",
    [
        "@einstein you don't need to be modest",
        "einstein, you don't need to be modest",
        "einstein you need to see this",
    ],
)
def test_spoken_to_is_not_named_in_passing(text):
    assert not spoken_of(text, {"einstein", "Albert Einstein", "Albert"}, NAMES)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("einstein called it, obviously", "You are too kind, Maureen"),
        ("einstein would have a field day with this lol", "Ha! Guilty as charged, Maureen."),
    ],
)
def test_praise_and_teases_in_passing_keep_their_answers(text, wanted):
    reply = say("einstein", text, author="maureen", others=_others("einstein"))
    assert reply.startswith(wanted)
    assert "tell me more" not in reply.lower()
