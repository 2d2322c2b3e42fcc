"""Things people ask a persona to WRITE (compose31): a good-luck message, a message to the
landlord, an apology, a team slogan, a name for the boat, a toast, a speech opener, a caption, a
verse for a birthday or a stay in hospital. Each is written for THIS occasion and these people
in the persona's own voice (bots/compose.py, `#compose` lines), never a quotation "for any
occasion", a line on one word, or a puzzled dodge; a rap asked of one with no ear for it is owned
up to kindly, with what it can write. Told of ("i wrote a message to the landlord"), or about
another card ("the card reader is broken"), nothing is written.
"""

from __future__ import annotations

import pytest

from bots.compose import compose_asked
from tests.bots.test_everyday_messages import say

# (persona, message, words the reply must hold)
WRITTEN = [
    # A good-luck message, for whom and what it says.
    (
        "einstein",
        "can u write a good luck msg for priya's driving test tmrw",
        ["Good luck with your driving test, Priya!"],
    ),
    ("curie", "can u do a good luck message for tom's exams next week", ["your exams, Tom!"]),
    ("curie", "can someone write a good luck msg to jo for her interview", ["interview, Jo!"]),
    (
        "socrates",
        "write a good luck message for the team before the final",
        ["Good luck with the final, team!"],
    ),
    # Birthdays, with the age when it is said.
    ("darwin", "write a birthday message for my grandad hes 90", ["Happy 90th, Grandad!"]),
    ("darwin", "write dave a birthday message he's 40", ["Happy 40th, Dave!"]),
    ("socrates", "birthday msg for my sister pls", ["Happy birthday, Sister!"]),
    # Congratulations, thanks, leaving.
    ("darwin", "can u write a congrats msg for ben, he got the job", ["Congratulations, Ben!"]),
    ("socrates", "write a thank you message for our coach", ["Thank you, Coach"]),
    (
        "einstein",
        "pls write smth for the leaving card for maria she's off to spain",
        ["Good luck in Spain, Maria!"],  # (where she goes, said: card40)
    ),
    ("lovelace", "write a leaving message for sue", ["Good luck, Sue!"]),
    # A message to someone, saying what was asked.
    (
        "lovelace",
        "write a short message to the landlord asking to fix the boiler",
        ['"Hi, could you please fix the boiler?'],
    ),
    (
        "einstein",
        "can you write a message to my boss saying im off sick today",
        ["\"Hi, I'm off sick today."],
    ),
    (
        "lovelace",
        "help me write a msg to the neighbours about the noise",
        ['"Hi all, I wanted to have a quick word about the noise.'],
    ),
    (
        "socrates",
        "help me write a message to my boss asking for friday off",
        ['"Hi, could I please have Friday off?'],
    ),
    (
        "lovelace",
        "write me a text to my landlord saying the rent will be late this month",
        ['"Hi, the rent will be late this month.'],
    ),
    # Apologies, for what was done, to whom.
    (
        "socrates",
        "help me write an apology to jess for missing her party",
        ["Jess, I'm so sorry for missing your party."],
    ),
    (
        "shakespeare",
        "write a sorry message to my gf i forgot our anniversary",
        ["I'm so sorry I forgot our anniversary."],
    ),
    (
        "socrates",
        "apology text to my flatmate for eating her cheese",
        ["I'm so sorry for eating your cheese."],
    ),
    # Slogans and names made for the thing, not famous lines.
    (
        "shakespeare",
        "give us a team slogan for the quiz on friday",
        ["For the quiz,", "for the quiz, once more!"],
    ),
    ("einstein", "give us a slogan for the bake sale", ["For the bake sale,", "Baked with love"]),
    ("socrates", "write a slogan for our 5 a side team", ["Question the ref"]),
    ("darwin", "can you think of a name for our pub quiz team", ["Survival of the Smartest"]),
    ("darwin", "what should we call the new boat", ["The Beagle"]),
    ("curie", "need a team name for the charity fun run", ["The Radiant Runners"]),
    # Toasts, speeches, captions, verses for the occasion.
    ("curie", "pls write a toast for my sister's wedding", ["To the happy couple"]),
    ("darwin", "write us a toast for new years eve", ["To the new year"]),
    ("einstein", "pls give me a toast for my dad's 60th", ["To my dad and a happy 60th:"]),
    ("curie", "toast for jo's 21st", ["To Jo and a happy 21st:"]),
    ("einstein", "toast for nye pls", ["To the new year"]),
    ("darwin", "write a toast for my parents 40th anniversary", ["To the happy couple"]),
    ("lovelace", "write a speech for my dads 60th", ["calculation about my dad"]),
    (
        "darwin",
        "can you write me a short wedding toast to end on, to priya and james?",
        ["To Priya and James:"],
    ),
    ("socrates", "give me an opening line for my best man speech", ["two people better suited"]),
    (
        "darwin",
        "write a retirement speech opener for my dad, 40 years at the post office",
        ["40 years of work"],
    ),
    ("einstein", "write a short speech for my mates 30th", ["my mate is a year older"]),
    (
        "einstein",
        "need a caption for this pic of us at the beach",
        ["For the caption,", "Sun, sea"],
    ),
    ("einstein", "write a short poem for mums 60th", ["Happy 60th! Round the sun"]),
    ("lovelace", "write a poem for my nan she's in hospital", ["Rest, and mend"]),
    # A rap owned up to, kindly, with a wish it can write.
    (
        "lovelace",
        "can u write a rap for my brothers birthday",
        ["Rap, Maya?", "Happy birthday, Brother!"],
    ),
]
# Quotations and dodges the old replies gave; none may come back.
# (Henry V's cry said as a quotation for any side: "...", Sam: Henry the Fifth's cry)
NEVER = ["puzzled as my cat", "scam message", "Henry the Fifth's cry", "unexamined life"]


@pytest.mark.parametrize(("slug", "text", "needed"), WRITTEN)
def test_a_piece_asked_is_written_for_its_occasion(slug: str, text: str, needed: list[str]):
    reply = say(slug, f"@{slug} {text}")
    for words in needed:
        assert words in reply, reply
    assert not any(dodge in reply for dodge in NEVER), reply


@pytest.mark.parametrize(
    "text",
    [
        "i wrote a message to the landlord",
        "did you get my message",
        "the card reader is broken",
        "my name is sam btw",
        "i burnt the toast lol",
        "the speech was so boring",
        "that slogan is terrible",
        "love this caption",
        "she sent me a sorry message",
        "we named the boat after my nan",
        "how do i write a good luck message",
    ],
)
def test_a_piece_told_of_is_not_asked(text: str):
    assert compose_asked(text) == ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can u write a good luck msg for priya's driving test tmrw", "wish"),
        ("write a short message to the landlord asking to fix the boiler", "message"),
        ("give us a team slogan for the quiz on friday", "slogan"),
        ("whats a good name for our book club", "name"),
        ("what should we call the new boat", "name"),
        ("help me write an apology to jess for missing her party", "apology"),
        ("write a sorry message to my gf i forgot our anniversary", "apology"),
        ("toast for nye pls", "toast"),
        ("need a caption for this pic of us at the beach", "caption"),
        ("write us a rap about the office christmas party", "rap"),
    ],
)
def test_a_piece_is_asked_however_worded(text: str, kind: str):
    assert compose_asked(text) == kind


def test_the_house_bot_writes_nothing():
    reply = say("aibot", "/AIBot write a good luck message for priya's driving test")
    assert "Good luck with" not in reply


@pytest.mark.parametrize(
    ("slug", "text", "kept"),
    [
        # One who names things fits the name to the thing (bots/naming.py), as before.
        ("shakespeare", "whats a good name for our book club", "Words, Words, Words"),
        # A name for a pet keeps the persona's own line.
        ("lovelace", "name for my new pigeon?? she's grey and v fast", "Bernoulli"),
        # An invite keeps every fact (bots/letters.py).
        ("curie", "write an invite for our housewarming on saturday", "Saturday"),
    ],
)
def test_others_ways_stand(slug: str, text: str, kept: str):
    assert kept in say(slug, f"@{slug} {text}")


@pytest.mark.parametrize(
    "text",
    [
        "pls give me a toast for my dad's 60th",
        "write a short poem for mums 60th",
        "we need a slogan for the bake sale",
        "give us a chant for saturday's match",
    ],
)
def test_the_poets_own_made_pieces_stand(text: str):
    """(His `#made` toasts, verses and chants, and Sir Toby for a bake sale, as before.)"""
    assert not say("shakespeare", f"@shakespeare {text}").startswith(
        ('For the toast, Maya, take this from my own stock: "To my', "For the verse")
    )


def test_a_rap_with_nothing_to_wish_is_declined_as_before():
    reply = say("darwin", "@darwin can u write a rap about pigeons")
    assert "Verse and wit were never my department" in reply
    assert not reply.rstrip().endswith(":")
