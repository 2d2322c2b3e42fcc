"""Lead50 (session 33): a newcomer's hello read whole, and a persona's own story.

- A newcomer's hello with one figure in it ("getting 3 hens next weekend") just after someone
  else's figures was read joined to them as a sum asked, and met with a tip on getting up.
  A message is joined to the figures before it only when it asks something of them.
- A newcomer who tells a trouble or an ordeal ahead is welcomed and sympathised with or
  wished luck; "alright lads, im dele" gives a name; "poorly" is a trouble; "bricking it" is
  nerves.
- "spider" in "my spider plants" only says which plant: no line on spiders is met by it (two-word
  names of living things from WordNet, bots/compounds.tsv); Darwin knows spider plants' runners
  and crispy brown leaf edges and broody hens; Einstein the ionosphere
  by night.
- Change from a note handed over ("3 coffees at £3.20 each and a cake for £2.75", then "i'm
  paying with a £20 note, how much change do i get?") was worked by adding the note to the
  bill (£32.35); it is £7.65 now, by any persona that works sums, a note held ("i've got a
  tenner if you need it") no part of it, and declined when the items are not read whole.
- "what's the best bit of X for you", "what do you wish you'd known before you started", "what
  got you into it", "what would you never go without": each persona's own story, from its
  life (#bestbit, #wishknown, #gotinto, #without); never "outside my field".
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bots.compounds import COMPOUNDS_FILE, modifiers
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "lovelace",
        (
            "hi everyone, raj here, getting 3 ex-battery hens from the rescue next "
            "weekend, total beginner. hello"
        ),
        [("ollie", "morning! 4 eggs today from 5 hens")],
        # (greet60: the hens taken up after the welcome, not "I hope you like patterns")
        (
            "How delightful to meet you, Raj! Congratulations on your new hens; a creature to "
            "care for makes every day less like arithmetic."
        ),
    ),
    (
        "einstein",
        (
            "hey all, priya here, just picked up 2 kayaks from a man in hull, no "
            "clue what im doing. hi"
        ),
        [("jo", "we did 12 miles on sunday")],
        (
            "Welcome, Priya! New arrivals are my favourite people: they still ask "
            "why. What shall we wonder about together?"
        ),
    ),
    (
        "lovelace",
        "how much each is that",
        [("jo", "coach is £540 for the day, 23 of us")],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £540 "
            "between 23 of you is £23.48 each."
        ),
    ),
    (
        "shakespeare",
        "morning, ben here, my dad's been poorly so ive been off a while. hi",
        [],
        (
            "Welcome, Ben, new player on our stage! Ah, that is a sorry scene; may "
            "the next act be kinder to you."
        ),
    ),
    (
        "darwin",
        "hi all im jo, new here, lost my job last month so ive got lots of time to read. hi",
        [],
        "Welcome, Jo! Oh dear. A walk in the garden has often mended my worst days.",
    ),
    (
        "einstein",
        (
            "alright lads, im dele. signed on yesterday, first game back saturday, "
            "bricking it tbh. hello mate"
        ),
        [],
        (
            "Welcome, Dele! Good luck! Go in curious rather than afraid; the Zurich"
            " Polytechnic turned me away the first time, and I did well enough "
            "after."
        ),
    ),
    (
        "curie",
        "hey guys, im amira, started at the lab today, so nervous about the induction tomorrow",
        [],
        (
            "Welcome, Amira. Every newcomer to a laboratory was once afraid of "
            "breaking something; you will do well. What question brought you here?"
        ),
    ),
    (
        "lovelace",
        (
            "hi all, first time posting, saw the poster in the library. i have one "
            "very sad monstera and a lot of enthusiasm. hi"
        ),
        [],
        (
            "Welcome, Maya! A new mind in the room is like a fresh set of cards for"
            " the Engine. Tell me, what puzzle are you turning over?"
        ),
    ),
    (
        "curie",
        (
            "hey everyone, sanjay here, just bought a 2011 transit, completely "
            "empty shell, no idea what im doing. hello"
        ),
        [],
        (
            "Welcome, Sanjay. Every newcomer to a laboratory was once afraid of "
            "breaking something; you will do well. What question brought you here?"
        ),
    ),
    (
        "darwin",
        "whats the one thing you wish you'd known before you started your build?",
        [],
        (
            "To write everything down from the first day, Maya; and that being sure"
            " takes twenty years: I sat on my theory that long."
        ),
    ),
    (
        "einstein",
        "whats the best bit of keeping hens for you lot? any thoughts",
        [],
        (
            "The best bit, Maya, is the moment a muddle turns simple; for me it "
            "came riding beside a beam of light in my head, and I suspect every "
            "pastime has such a moment of its own."
        ),
    ),
    (
        "curie",
        "what got you into chemistry in the first place",
        [],
        (
            "My father, Maya: he taught physics and kept his instruments in a glass"
            " case I was not allowed to touch, which made me want to all the more."
        ),
    ),
    (
        "shakespeare",
        "whats the one thing you'd never go on tour without",
        [],
        (
            "A quill, good ink and my Holinshed, Maya; I borrowed nearly all my "
            "stories, and never went without a book to borrow from."
        ),
    ),
    (
        "socrates",
        "what would you tell your younger self about all this",
        [],
        (
            "To my young self I would say, Maya: put down the stonemason's chisel a"
            " little sooner, and spend more time with the questions."
        ),
    ),
    (
        "lovelace",
        "how did you first get into maths?",
        [],
        (
            "My mother, Maya: she set me to mathematics to keep me from my father's"
            " poetry, and then at seventeen I saw Mr Babbage's Difference Engine "
            "and was lost."
        ),
    ),
    (
        "darwin",
        "what's the best part of a long walk for you",
        [],
        (
            "The watching, Maya: hours with the worms or the orchids, until the "
            "thing I had not expected appears; every patient pastime has that "
            "reward."
        ),
    ),
    (
        "lovelace",
        "whats the best bit of cheese for a toastie",
        [],
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "darwin",
        "what do you love most about worms",
        [],
        (
            "A fair question, Maya. A worm cut in two does not make two worms: at "
            "best the head end grows a new tail, and the rest dies."
        ),
    ),
    (
        "darwin",
        (
            "why do my spider plants keep making babies even when i completely "
            "ignore them, is it stress"
        ),
        [],
        (
            "A spider plant sends out runners with plantlets on the ends, Maya, its"
            " way of spreading without seed; a pot-bound plant in good light makes "
            "the most, so it is thriving, not stressed."
        ),
    ),
    (
        "darwin",
        "how do i get rid of spiders in the bath",
        [],
        (
            "House spiders come in to look for a mate in autumn, Maya, not to "
            "bother you; they eat flies and are harmless here. A glass and a "
            "postcard puts one outside; conkers do nothing, but closing gaps round "
            "windows helps."
        ),
    ),
    (
        "darwin",
        "why do hens go broody and just sit there on nothing for weeks",
        [],
        (
            "A broody hen is ruled by a hormone, prolactin, that tells her to sit "
            "the three weeks eggs take to hatch, Maya, eggs or none. Lift her off a"
            " few times a day, or give her a cool wire-floored pen, and it passes "
            "in days."
        ),
    ),
    (
        "einstein",
        "how do radio waves bounce off the ionosphere at night and not in the day",
        [],
        (
            "The ionosphere is air made electric by sunlight, Maya; by day its low "
            "D layer soaks up the longer radio waves, and at night, with no sun to "
            "keep it charged, it fades, so the waves reach the high F layer and "
            "bounce back far beyond the horizon."
        ),
    ),
    (
        "darwin",
        (
            "we found loads of oyster shells when we dug the footings, miles from "
            "the sea. is that normal?"
        ),
        [],
        "A barnacle knows as much of that as I do, Maya, and is rather more patient about it.",
    ),
    (
        "curie",
        "i'm paying with a £20 note, how much change do i get?",
        [
            ("jo", "3 coffees at £3.20 each and a cake for £2.75"),
            ("maya", "i've got a tenner if you need it"),
        ],
        (
            "The figures first, then the conclusions, Maya: 3 × £3.20 + £2.75 is "
            "£12.35; £20 − £12.35 is £7.65 change."
        ),
    ),
    (
        "darwin",
        "what's the change for a tenner on a £6 sandwich and a £2.50 coffee",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: £6 + £2.50 is £8.50; £10 − £8.50 is £1.50 change."
        ),
    ),
    (
        "einstein",
        "a £12 book, paying with a £20 note, how much change",
        [],
        "Adding up is the one calculation nobody argues about, Maya: £20 − £12 is £8 change.",
    ),
    (
        "lovelace",
        "i paid with a fiver, how much change from the £3.60",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £5 − "
            "£3.60 is £1.40 change."
        ),
    ),
    (
        "curie",
        "£4.50 and £3.20 and £1.99, i paid with a fiver, how much change",
        [],
        (
            "The figures first, then the conclusions, Maya: £4.50 + £3.20 + £1.99 "
            "is £9.69; £5 is £4.69 short of £9.69."
        ),
    ),
    (
        "socrates",
        "2 pints at £5 each, paying with a £50, and theres 3 of us, how much change",
        [],
        (
            "I cannot see for certain how your figures go together, Maya, and I would "
            "rather admit it than give you a wrong sum."
        ),
    ),
    (
        "lovelace",
        "2 teas at £2.50 and a scone at £3, whats the total",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 2 teas at"
            " £2.50 (£5), plus £3, is £8."
        ),
    ),
    (
        "darwin",
        "mine has brown crispy edges on the leaves, is that too much water or too little",
        [],
        (
            "Brown, crispy leaf edges are usually dry air or too little water, "
            "Maya; a radiator dries the air and the pot alike, so move the plant "
            "away, water when the top inch of soil is dry, and stand it on a tray "
            "of wet pebbles."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected


BUILD = Path(__file__).resolve().parents[2] / "scripts" / "build_compounds.py"


@pytest.mark.parametrize(
    "text, said",
    [
        ("why do my spider plants keep making babies", {"spider"}),
        ("is it true horse chestnuts keep spiders away", {"hors"}),
        ("cat fleas everywhere, help", {"cat"}),
        ("a spider on my spider plant", set()),  # the spider itself is said too
        ("how do i get rid of spiders", set()),
        ("my cat has fleas", set()),
        ("the spider web on the shed", set()),  # a web is the spider's: no living thing
        ("oyster shells in the garden", set()),  # nor a shell
        ("my uncle was a horse trader", set()),  # nor a person
    ],
)
def test_a_name_s_first_word_says_only_which_kind(text, said):
    assert modifiers(text) == said


def test_build_compounds_reproduces_the_committed_file(tmp_path):
    spec = importlib.util.spec_from_file_location("build_compounds", BUILD)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    lines = build.build(Path("/usr/share/wordnet"))
    assert build.NOTICE + "\n".join(lines) + "\n" == COMPOUNDS_FILE.read_text(encoding="utf-8")
    assert "spider\tplant" in lines and "horse\tchestnut" in lines
    assert "spider\tweb" not in lines
