"""Pieces written to order of the kinds the stock readings got wrong (write61): a sign-off (words
that close a show, a letter, a shift; never a sign to put up), a sign whose asker quoted words
they find boring or do not want (never those words back), a few lines for one who died (a short
elegy with the name; verse from the poet), a congratulations for a thing passed (what was
passed, said; never refused), a toast for a thing's years (the number and the thing). Each
piece is a form of its kind with only the name, the number or the thing put in, never a run of
three words of the asking. Look-alikes ("sign the form", "he signed off sick", "sign off on the
budget", a death long ago before a birthday ask) are answered as before."""

from __future__ import annotations

import re

import pytest

from bots.pieces import written_asked
from tests.bots.test_card50 import _said

WRITTEN = [
    (
        "shakespeare",
        [],
        "amy",
        "@shakespeare need a signoff for my newsletter this month, something cheerful",
        (
            'For the sign-off, Amy: "So fare you well, till next my pen is free; / be merry, '
            'friends, and keep a thought for me."'
        ),
    ),
    (
        "shakespeare",
        [],
        "tom",
        "@shakespeare can u do a sign-off for the podcast? funny if poss",
        (
            'For the sign-off, Tom: "Our revels now are ended, friends; good night! / Sleep '
            "sound, and we'll be back with the morning light.\""
        ),
    ),
    (
        "shakespeare",
        [],
        "bea",
        (
            "@shakespeare got a nice sign off for the end of the hospital radio show? for the "
            "patients"
        ),
        (
            'For the sign-off, Bea: "Good night, good night, to every ward and bed; / sleep '
            'sound, fear nothing, till the dark is fled."'
        ),
    ),
    (
        "shakespeare",
        [],
        "kat",
        "@shakespeare write me something to sign off the email with, i always just put cheers",
        (
            'For the sign-off, Kat: "So fare you well, till next my pen is free; / be merry, '
            'friends, and keep a thought for me."'
        ),
    ),
    (
        "curie",
        [],
        "dev",
        "@curie could you write a sign off for our late show on the station",
        (
            "For the sign-off, Dev, I would write this, simply: \"That's all from us for "
            "tonight. Thank you for keeping us company; take care of yourselves, and good "
            'night."'
        ),
    ),
    (
        "darwin",
        [],
        "ian",
        "@darwin a sign-off for my last shift at the depot pls",
        (
            "For the sign-off, Ian, I would offer this: \"That's us done for today. Thank you "
            'all, take care, and see you next time."'
        ),
    ),
    (
        "shakespeare",
        [],
        "kieran",
        (
            "@shakespeare could you write us a little sign off for the end of the night show? "
            "something warm for people stuck on the wards overnight"
        ),
        (
            'For the sign-off, Kieran: "Good night, good night, to every ward and bed; / sleep '
            'sound, fear nothing, till the dark is fled."'
        ),
    ),
    (
        "shakespeare",
        [],
        "lee",
        (
            "@shakespeare can you make a sign for my stall at the fete, 'cakes for sale' is "
            "too plain"
        ),
        (
            "For the sign, Lee: \"Stay, passer-by! Here's cake to make a king forswear his "
            'crown: / come, taste, and take a slice home to thy town."'
        ),
    ),
    (
        "darwin",
        [],
        "mo",
        '@darwin need a sign for the plant stall that grabs people, not just "plants £2"',
        (
            'For the sign, Mo, I would offer this: "Stop right there! Hidden treasures, silly '
            'prices. Have a rummage; you know you want to."'
        ),
    ),
    (
        "shakespeare",
        [],
        "lee",
        "@shakespeare can u write a sign for my car boot stall, everything must go is boring",
        (
            'For the sign, Lee: "A bargain! A bargain! My kingdom for a bargain! / Stop here, '
            'good friend: no kingdom needed, only pocket change."'
        ),
    ),
    (
        "einstein",
        [],
        "bo",
        '@einstein can you do a sign for the bake stall, "cakes" is a bit dull, make it fun',
        (
            'For the sign, Bo, I would write this: "Stop! Fresh bakes this way. One slice is '
            'never enough, so go on: treat yourself."'
        ),
    ),
    (
        "socrates",
        [],
        "cy",
        "@socrates could you write a sign for the front door? 'please knock' is so boring",
        (
            "Happy to, Cy: what should the sign say? Tell me what it is for, and when and "
            "where if it matters, and I'll write it."
        ),
    ),
    (
        "shakespeare",
        [("ann", "our old dog biscuit died this morning, 14 years. house is so quiet")],
        "ann",
        "@shakespeare can you write a few lines about biscuit for me",
        (
            'I am sorry, Ann. For Biscuit: "Good night, sweet Biscuit, and flights of angels '
            'sing thee to thy rest; / we held thee dear, and dearly were we blessed."'
        ),
    ),
    (
        "shakespeare",
        [("sue", "we had to have smudge put down yesterday, she was 19")],
        "raj",
        "@shakespeare write a little poem for sue about smudge?",
        (
            "I am sorry, Raj. For Smudge: \"Fear no more the heat o' the sun, dear Smudge; thy "
            "journey's done. / Sleep soft: thou wert so loved, and missed by everyone.\""
        ),
    ),
    (
        "shakespeare",
        [("pat", "sad news, mrs jones from the choir passed away on friday")],
        "pat",
        "@shakespeare could you write a few words in memory of mrs jones for the newsletter",
        (
            'I am sorry, Pat. For Mrs Jones: "Good night, sweet Mrs Jones, and flights of '
            'angels sing thee to thy rest; / we held thee dear, and dearly were we blessed."'
        ),
    ),
    (
        "lovelace",
        [
            (
                "holly",
                (
                    "bad news, pepper died last night. she was 7 which is old for a pig but still "
                    "gutted"
                ),
            )
        ],
        "jess",
        (
            "@lovelace could you write a few lines for holly about pepper? we could put it on "
            "the group page"
        ),
        (
            'I am sorry, Jess. For Pepper: "Farewell, dear Pepper. No sum could ever hold what '
            'you gave us; you were loved, and you will be so missed."'
        ),
    ),
    (
        "shakespeare",
        [("dan", "I PASSED MY DRIVING TEST!!!")],
        "kim",
        "@shakespeare write a congrats message for dan pls",
        (
            'For the congratulations, Kim: "Well done, Dan! Thou hast passed thy driving test, '
            "and all thy work shines through; / let every bell ring out the news: we're proud "
            'of you!"'
        ),
    ),
    (
        "shakespeare",
        [("meg", "got my black belt tonight 🥋")],
        "liv",
        "omg meg!! @shakespeare do us a well done note for meg",
        (
            'For the congratulations, Liv: "Well done, Meg! Thou hast won thy black belt, and '
            "all thy work shines through; / let every bell ring out the news: we're proud of "
            'you!"'
        ),
    ),
    (
        "shakespeare",
        [],
        "em",
        "quick congrats note for jo? she passed her theory test",
        (
            'For the congratulations, Em: "Well done, Jo! Thou hast passed thy theory test, '
            "and all thy work shines through; / let every bell ring out the news: we're proud "
            'of you!"'
        ),
    ),
    (
        "shakespeare",
        [],
        "ola",
        "@shakespeare can you write a congratulations for our team, we won the league",
        (
            'For the congratulations, Ola: "Hail, team! The day is thine, the prize well won: '
            '/ let trumpets sound, and all cry out, well done!"'
        ),
    ),
    (
        "curie",
        [("fi", "news!! i passed my level 1 coaching badge today 🎉")],
        "gemma",
        (
            "yesss fi!! @curie can you write a quick congrats for fi we can stick on the club "
            "noticeboard"
        ),
        (
            'For the congratulations, Gemma, I would write this, simply: "Congratulations, Fi, '
            "on passing your level 1 coaching badge! All that hard work paid off, and we're so "
            'proud of you."'
        ),
    ),
    (
        "shakespeare",
        [],
        "sam",
        (
            "@shakespeare our choir is 25 years old this year, can you write us a toast for "
            "the party"
        ),
        (
            'For the toast, Sam: "Fill every cup to the choir, twenty-five years and standing '
            'strong; / God send it twenty-five more, and all of us along!"'
        ),
    ),
    (
        "shakespeare",
        [],
        "joe",
        "@shakespeare the pub turns 100 next week, need a toast for the landlord",
        (
            'For the toast, Joe: "A hundred years of the pub! So fill your glass and raise it '
            'high: / to all who kept it going, and to a hundred more, say I!"'
        ),
    ),
    (
        "shakespeare",
        [],
        "nik",
        "@shakespeare write a toast for 30 years of the book club",
        (
            'For the toast, Nik: "Thirty years of the book club! So fill your glass and raise '
            'it high: / to all who kept it going, and to thirty more, say I!"'
        ),
    ),
    (
        "shakespeare",
        [],
        "al",
        "@shakespeare toast for the allotment society, it's 50 years old this year",
        (
            'For the toast, Al: "Fifty years of the allotment society! So fill your glass and '
            'raise it high: / to all who kept it going, and to fifty more, say I!"'
        ),
    ),
    (
        "einstein",
        [],
        "al",
        "@einstein toast for the club's 60th anniversary dinner please",
        (
            'For the toast, Al, I would write this: "To the club: sixty years and still going '
            "strong! Here's to everyone who made it what it is, and to the next sixty. "
            'Cheers!"'
        ),
    ),
]


@pytest.mark.parametrize(("slug", "before", "who", "ask", "reply"), WRITTEN)
def test_the_piece_is_written_of_its_kind_and_of_what_was_told(slug, before, who, ask, reply):
    assert _said(slug, before, who, ask) == reply


def _runs(text: str) -> set[tuple[str, ...]]:
    said = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(said[i : i + 3]) for i in range(len(said) - 2)}


@pytest.mark.parametrize(("slug", "before", "who", "ask", "reply"), WRITTEN)
def test_the_piece_says_back_no_run_of_the_asking(slug, before, who, ask, reply):
    piece = reply.split('"', 1)[1] if '"' in reply else ""
    told = tuple(before)
    fields = written_asked(re.sub(r"@\w+", " ", ask).strip(), told)
    # (what was told is put in whole: the name, the thing, the number)
    for value in sorted(fields.values(), key=len, reverse=True):
        if len(value) > 2:
            piece = re.sub(re.escape(value), "|", piece, flags=re.IGNORECASE)
    assert not _runs(piece) & _runs(re.sub(r"@\w+", " ", ask))


# Words the asker called boring or did not want are never on the sign.
REJECTED = [
    (
        "shakespeare",
        "can you do me a sign for the table, something that makes people stop? "
        '"everything must go" is boring',
        "everything must go",
    ),
    ("curie", "need a sign for my stall, 'bargains' sounds a bit naff", "bargains"),
    (
        "darwin",
        "write a sign for the jumble sale, not 'all welcome', something funny",
        "all welcome",
    ),
    ("einstein", "could you make us a sign for the cake stall? 'cakes £1' is dull", "cakes £1"),
]


@pytest.mark.parametrize(("slug", "ask", "rejected"), REJECTED)
def test_words_not_wanted_are_never_on_the_sign(slug, ask, rejected):
    reply = _said(slug, [], "lee", f"@{slug} {ask}")
    assert reply.startswith("For the sign, Lee")
    assert rejected.lower() not in reply.lower()
    assert written_asked(ask, (), "")["rejected"].lower() == rejected.lower()


def test_a_sale_sign_reads_the_room_it_is_for():
    ask = 'can you do me a sign for the table, something that makes people stop? "sale" is boring'
    assert written_asked(ask, (), "Sunday car boot sellers")["for"] == "sale"
    assert written_asked(ask, (), "")["for"] == ""


# Asked of anyone, the kind is read the same; what is told is used.
KINDS = [
    ("a sign-off for the end of the show pls", (), {"kind": "signoff", "for": "show"}),
    ("can you write a signoff for my weekly email", (), {"kind": "signoff", "for": "letter"}),
    (
        "need a little sign off for the night shift on the ward",
        (),
        {"kind": "signoff", "for": "ward"},
    ),
    ("give us a sign off for the last day", (), {"kind": "signoff", "for": ""}),
    (
        "can you write a few lines about rolo",
        (("mia", "we lost our cat rolo on sunday"),),
        {"kind": "elegy", "who": "Rolo"},
    ),
    (
        "could you do a short poem for grandad",
        (("mia", "grandad passed away in his sleep last night"),),
        {"kind": "elegy", "who": "Grandad"},
    ),
    (
        "write a congrats for sara",
        (("sara", "just passed my nursing finals!!"),),
        {"kind": "cheer", "who": "Sara", "verb": "passed", "thing": "nursing finals"},
    ),
    (
        "do a congratulations message for tom, he got his black belt",
        (),
        {"kind": "cheer", "who": "Tom", "verb": "won", "thing": "black belt"},
    ),
    (
        "write a toast, the bowls club is 75 years old in may",
        (),
        {"kind": "yearstoast", "thing": "the bowls club", "years": "75"},
    ),
    (
        "can you give us a toast for 20 years of the band",
        (),
        {"kind": "yearstoast", "thing": "the band", "years": "20"},
    ),
]


@pytest.mark.parametrize(("ask", "told", "fields"), KINDS)
def test_the_kind_and_what_was_told_are_read(ask, told, fields):
    assert written_asked(ask, told) == fields


# Not a piece of these kinds: told of, another verb, another occasion, someone else's news.
NOT_WRITTEN = [
    ("can you sign the form for me", ()),
    ("can you sign off on the budget?", ()),
    ("my boss signed off sick again", ()),
    ("the sign fell down in the wind", ()),
    ("what time is sign off for the rota", ()),
    ("can you write something for my birthday party", (("x", "my nan died last year"),)),
    ("write something for the team", (("x", "we lost our match 5-0"),)),
    ("do you like your steak well done", ()),
    ("congrats on the new book!", ()),
    ("what a rip off, write a review for me", ()),
    ("can you write a sympathy card for holly", (("x", "pepper died last night"),)),
    ("write me a toast for my dad's 60th", ()),
    ("my dad is 60 next week, can you do a toast", ()),
    ("toast for my parents' 40th anniversary", ()),
    ("write a poem about my laptop that died mid essay", ()),
    ("can you write a few lines about my car, it died on the m6", ()),
    ("write a poem about it", (("x", "my phone died again"),)),
    ("can you write a toast for my nan's 90th birthday", ()),
    ("write a toast for 25 years of my sister's marriage", ()),
    ("i wrote a sign off for the show, is it ok?", ()),
    ("can you write a congrats card for my sister, she got engaged", ()),
    ("could you do a quick congratulations for jen, she's had a baby girl", ()),
    ("can you do a sign for the gate, people keep parking across it", ()),
]


@pytest.mark.parametrize(("ask", "told"), NOT_WRITTEN)
def test_look_alikes_are_no_such_piece(ask, told):
    assert written_asked(ask, told) == {}


def test_a_congratulations_never_takes_what_another_passed():
    told = (("raj", "i passed my driving test today"),)
    assert written_asked("write a congrats for fi", told) == {"kind": "cheer", "who": "Fi"}


@pytest.mark.parametrize(
    "ask",
    ["@shakespeare can you sign the form for me", "@shakespeare can you sign off on the budget?"],
)
def test_look_alike_replies_are_no_written_piece(ask):
    reply = _said("shakespeare", [], "amy", ask)
    assert "sign-off" not in reply and not reply.startswith("For the")
