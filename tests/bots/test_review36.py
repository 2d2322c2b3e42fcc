"""Mends from a read-only review of this session's merge (review36):

- "died" said in fun ("my son died his hair blue", "my mum died laughing") mourned nobody's
  death (tone61 named "Jo's son").
- write61 congratulated a death, wrote an elegy to a living friend ("dear Friend"), to "Dad's",
  and a cheery sign-off for a eulogy or a last letter to a dying mum.
- Questions where a wrong word could hurt (chest pain, stopping medicines, honey for a baby,
  being hit, a candle left burning, breast milk microwaved, bleach mixed, an eclipse through
  sunglasses, an MRI with a pacemaker, a pet breathing fast or after an operation) got a
  persona's pick or line ("I would sleep it off"): answered plainly (`bots.safety`).
"""

from __future__ import annotations

import pytest

from bots.safety import at_risk, risk_reply
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    ("slug", "said", "reply"),
    [
        ("curie", "my son died his hair blue", "You are welcome, Maya. I am glad it was of use."),
        (
            "darwin",
            "my mum died laughing at that",
            "Not at all, Maya; I am glad my long observations were of some use.",
        ),
        (
            "socrates",
            "my boss died on stage at the comedy night",
            "You thank me, Maya? But you did the thinking; I only asked.",
        ),
        (
            "curie",
            "our old cat tibbs died yesterday",
            "You are welcome, Maya. I am so sorry about Tibbs.",
        ),
    ],
)
def test_died_in_fun_mourns_no_one(slug, said, reply):
    assert say(slug, f"thanks @{slug}", author="maya", history=[Line("jo", said)]) == reply


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        (
            "shakespeare",
            "@shakespeare write a congrats for my aunt who passed away",
            "O Maya, I am heartily sorry. Give sorrow words; the grief that does not speak bids "
            "the heart break.",
        ),
        (
            "shakespeare",
            "@shakespeare write something for my friend whose dad passed away",
            'I am sorry, Maya. For your friend whose dad passed away: "With deepest sympathy. '
            "There are no words equal to your loss; only know that you are in our thoughts, and "
            'not alone."',
        ),
        (
            "shakespeare",
            "@shakespeare write a few lines for my dad's memorial, he died in march",
            'I am sorry, Maya. For your dad: "Good night, sweet friend, and flights of angels sing '
            'thee to thy rest; / we held thee dear, and dearly were we blessed."',
        ),
    ],
)
def test_no_cheer_and_no_wrong_name_for_a_death(slug, message, reply):
    assert say(slug, message, author="maya") == reply


@pytest.mark.parametrize(
    "message",
    [
        "@einstein write a sign off for my grandad's eulogy",
        "@lovelace write a sign-off for my last letter to my dying mum",
        "@curie write a congrats for my grandad, he passed peacefully last night",
    ],
)
def test_no_cheery_piece_where_someone_died_or_is_dying(message):
    reply = say(message.split()[0][1:], message, author="maya")
    assert "see you next time" not in reply and "write soon" not in reply
    assert "Congratulations" not in reply and "well done" not in reply.lower()


@pytest.mark.parametrize(
    ("slug", "message", "kind"),
    [
        ("einstein", "@einstein my chest hurts, should i go to a&e or sleep it off?", "urgent"),
        ("curie", "@curie should I give my baby honey for her cough?", "honey"),
        ("socrates", "@socrates should i stop my meds now i feel better?", "medicine"),
        ("darwin", "@darwin he hit me again", "hit"),
        ("lovelace", "@lovelace is it true you can't get pregnant on your period?", "period"),
        ("curie", "@curie can i have an MRI with a pacemaker?", "mri"),
        ("einstein", "@einstein can i watch the eclipse with sunglasses?", "eclipse"),
        ("einstein", "@einstein is it ok to leave a candle burning overnight?", "candle"),
        (
            "darwin",
            "@darwin my guinea pig is popcorning and then fell over and is breathing fast, is "
            "that normal?",
            "vet",
        ),
        ("curie", "@curie what should I watch out for after my dog's knee surgery?", "petop"),
        (
            "darwin",
            "@darwin is chemo worth it at 85 or should grandad just enjoy his time?",
            "medicine",
        ),
    ],
)
def test_a_risk_is_answered_plainly(slug, message, kind):
    assert at_risk(message) == kind
    assert say(slug, message, author="maya") == risk_reply(kind, "Maya")


def test_a_newcomer_asking_of_a_risk_is_welcomed_and_told_plainly_with_the_name_once():
    assert say(
        "curie",
        "hi all, I'm new! @curie do you think it's safe to microwave breast milk?",
        author="maya",
    ) == (
        # safe37: the safe thing itself, said whole after the welcome
        "Welcome, Maya. Don't microwave breast milk or formula: it heats unevenly and leaves hot "
        "spots that can scald a baby's mouth. Stand the bottle in a jug of warm water, then test "
        "a few drops on the inside of your wrist."
    )


@pytest.mark.parametrize(
    "message",
    [
        "@darwin why do guinea pigs popcorn?",
        "@curie is radium dangerous?",
        "@einstein why is the sky blue?",
        "@shakespeare the hit me baby one more time song is stuck in my head",
        "@curie what should we watch out for after mums hip op?",
        "my cat had kittens!",
        "@lovelace we have a 6:30 start and honey cake for the bake sale",
        "@darwin should i have my kitten spayed",
        "ok dress fitting at 2, bye all, bye @curie, wish me luck",
        # bleach itself is Curie's to answer; bleach mixed is a hazard (tests/bots/test_safety37.py)
        "@curie why does bleach smell",
        "@curie does bleach kill mould",
    ],
)
def test_no_risk_read_in_everyday_questions(message):
    assert at_risk(message) == ""
