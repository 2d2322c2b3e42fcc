"""Questions inside a persona's field that got an evasion (know61): Einstein owning up to a hole
in his education over a shuttlecock that flips cork first, Darwin lecturing on method for a
guinea pig's popcorning, answering "a puffin" for the wildlife of a Highland road trip, and
wanting "twenty years of notes" before a view on why people in hospital want the old songs.

Two classes mended with `#know` lines (bots/know.py), each keyed to its own question:
- everyday questions of each field put in hobby chats: the physics of sport and everyday motion
  (darts and shuttlecocks nose first, skimming stones, a ball carrying further in the heat, a
  frisbee, a stun shot, swing, a bike wobbling slowly); pets' and garden creatures' habits and
  the wildlife to look for in a region (Darwin); radium dials, an MRI, the signs to watch after
  a joint replacement (Curie); casinos' edge, machines' programmes, a
  calculator, a sudoku's one answer (Lovelace); "break a leg" and names from the plays
  (Shakespeare);
- "why do you reckon people ..." of a human habit: a short, hedged view in character with its
  reason ("I suspect it is the familiar that comforts: ..."), not an owning-up.

And look-alikes sharing a word (the space shuttle, the darts on telly, popcorn for a guinea pig,
Scotland's national animal, a hip replacement's healing time, a casino's opening hours) get none
of them."""

from __future__ import annotations

import io
from functools import lru_cache

import pytest
from django.core.management import call_command

from tests.bots.test_everyday_messages import VOICES, say
from tests.bots.test_know50 import _line, _point

# (the line's opening words, the persona, a question put to it)
ASKED = [
    # Einstein: sport and everyday motion
    (
        "The weight is at the front and the drag",
        "einstein",
        "how come badminton shuttles always end up cork first",
    ),
    (
        "The weight is at the front and the drag",
        "einstein",
        "why does the birdie turn round in the air so the cork leads?",
    ),
    (
        "The weight is at the front and the drag",
        "einstein",
        "my son asked why darts fly point first, no idea",
    ),
    (
        "The weight is at the front and the drag",
        "einstein",
        "how come an arrow turns to fly point first?",
    ),
    (
        "A flat stone thrown fast",
        "einstein",
        "whats the trick to skimming stones, why do they bounce",
    ),
    (
        "A flat stone thrown fast",
        "einstein",
        "why do pebbles skip across a lake instead of sinking",
    ),
    ("Warm air is thinner", "einstein", "does a golf ball really travel further in hot weather"),
    ("Warm air is thinner", "einstein", "why do cricket balls go further at altitude"),
    ("Swing is unequal air", "einstein", "why do bowlers polish the ball on their trousers"),
    ("Swing is unequal air", "einstein", "how does a seamer get the ball to swing?"),
    ("A frisbee is a spinning wing", "einstein", "how does a frisbee fly so far"),
    (
        "Balance on a bike is steering",
        "einstein",
        "how come a bike is so wobbly when you ride it slowly",
    ),
    (
        "Equal balls meeting head on",
        "einstein",
        "why does the cue ball stop still when it hits another ball dead on",
    ),
    ("A yo-yo is a spinning wheel", "einstein", "how do yo-yos come back up the string"),
    ("A yo-yo is a spinning wheel", "einstein", "why does my yoyo just sleep at the bottom"),
    ("Each bounce loses some", "einstein", "why does a dropped ball bounce lower each time"),
    (
        "Soft sand gives way",
        "einstein",
        "why is running on the beach so much harder than on the road",
    ),
    ("Soft sand gives way", "einstein", "why is walking in soft sand so tiring"),
    ("Thin bridges of water", "einstein", "why does wet sand make better sandcastles than dry"),
    ("Thin bridges of water", "einstein", "why do sandcastles collapse when they dry out"),
    # Darwin: pets, garden creatures, wildlife by region
    ("That is joy", "darwin", "why is my rabbit doing mad jumps in the air and twisting"),
    ("That is joy", "darwin", "what does it mean when guinea pigs popcorn"),
    ("That is joy", "darwin", "our bunny keeps doing binkies round the lounge, is that normal?"),
    ("A wild hamster forages", "darwin", "why do hamsters fill their cheeks with food"),
    ("To keep clean", "darwin", "why do my hens roll around in the dirt"),
    (
        "Up there",
        "darwin",
        "we're doing the north coast 500 in june, what animals should we keep an eye out for",
    ),
    ("Up there", "darwin", "going to skye next week, any wildlife we should look for?"),
    ("Grey seals off the cliffs", "darwin", "what wildlife can we see in cornwall"),
    ("Off Pembrokeshire", "darwin", "heading to pembrokeshire, what wildlife is about?"),
    (
        "Seals above all",
        "darwin",
        "off to norfolk for half term, what wildlife might the kids see?",
    ),
    ("Red squirrels in the woods", "darwin", "any wildlife to look out for in the lake district?"),
    ("Puffins come ashore", "darwin", "when is the best time to see puffins"),
    # Curie: radium, scans, medicine
    (
        "Dials painted before about 1960",
        "curie",
        "is my grandads old clock with glow in the dark hands radioactive",
    ),
    (
        "Dials painted before about 1960",
        "curie",
        "are vintage military watches with luminous dials dangerous",
    ),
    ("An MRI uses no X-rays", "curie", "how does an mri scan work"),
    ("Three things", "curie", "dad just had a knee replacement, what signs should we look out for"),
    ("Three things", "curie", "what complications should we watch for after mum's hip operation?"),
    ("An antacid is a base", "curie", "how does gaviscon work"),
    ("An antacid is a base", "curie", "how do antacids stop heartburn"),
    # Lovelace: odds, machines, puzzles
    ("Every bet is priced", "lovelace", "how do casinos make money if people win sometimes"),
    ("Every bet is priced", "lovelace", "can you actually beat roulette"),
    ("A little programme", "lovelace", "how does the dishwasher know how long to run"),
    ("In binary", "lovelace", "how do calculators actually work inside?"),
    (
        "Because the setter makes it so",
        "lovelace",
        "how many clues does a sudoku need to have one answer",
    ),
    ("Enigma passed each letter", "lovelace", "how did they crack the enigma code"),
    ("Enigma passed each letter", "lovelace", "how did the enigma machine work"),
    # Socrates: everyday ethics
    ("Selfish would mean taking", "socrates", "is it selfish to not want kids"),
    ("Selfish would mean taking", "socrates", "be honest, is being child free selfish?"),
    # Shakespeare: words, names
    (
        "Actors saying 'break a leg'",
        "shakespeare",
        "whats the story behind saying break a leg before a show",
    ),
    (
        "Miranda, Olivia and Imogen",
        "shakespeare",
        "we're expecting a boy, any good names from your plays?",
    ),
    ("Miranda, Olivia and Imogen", "shakespeare", "which baby names come from your plays"),
    ("The Comedy of Errors is my shortest", "shakespeare", "what's the shortest of your plays"),
    ("The Comedy of Errors is my shortest", "shakespeare", "which is the longest play you wrote"),
    # "why do you reckon people ...": a hedged view with its reason
    (
        "I suspect it is the familiar",
        "darwin",
        "why do you reckon old folk in care homes always want the songs from their youth?",
    ),
    (
        "I suspect it is the familiar",
        "socrates",
        "why do people love old songs from their childhood so much",
    ),
    (
        "I suspect it is the familiar",
        "einstein",
        "why do old people love the songs they grew up with",
    ),
    (
        "I suspect it is the familiar",
        "shakespeare",
        "why do you think grandparents are so nostalgic about old music",
    ),
    (
        "I suspect it is a safe opening",
        "darwin",
        "why do you think people go on about the weather all the time",
    ),
    ("I suspect the squirrel in us", "darwin", "how come people hoard so much junk"),
    ("I suspect it is very old", "darwin", "why do you reckon people love to gossip?"),
    ("I suspect gossip is easier", "socrates", "why do you reckon people gossip so much"),
    (
        "I suspect it is the little surprise",
        "einstein",
        "why are teenagers so addicted to their phones",
    ),
    (
        "I suspect it is arithmetic done badly",
        "lovelace",
        "why do you reckon people put things off till the last minute",
    ),
    ("I suspect it is that the reward is far", "socrates", "why do i procrastinate so much"),
    ("I suspect games let us want to win", "socrates", "why do people cheat at monopoly"),
    ("I suspect it is grief on loan", "shakespeare", "why do people enjoy a good cry at a tragedy"),
    (
        "I suspect it is partly chemistry",
        "curie",
        "why do you reckon we crave comfort food when we're stressed",
    ),
]

# (the persona, a message sharing a word with a new line that asks something else)
LOOK_ALIKES = [
    ("darwin", "can guinea pigs eat popcorn"),
    ("einstein", "is the space shuttle still flying"),
    ("einstein", "who won the darts last night"),
    ("darwin", "is cornwall nice in october?"),
    ("darwin", "what's the national animal of scotland?"),
    ("curie", "my watch battery died, how do i change it?"),
    ("curie", "is it safe to sell my old clocks on ebay?"),
    ("curie", "how long does a hip replacement take to heal?"),
    ("lovelace", "is the casino on the high street open late?"),
    ("lovelace", "what's the best dishwasher to buy?"),
    ("socrates", "should we play monopoly or scrabble tonight?"),
    ("darwin", "why do you reckon the hamster died?"),
    ("shakespeare", "did you ever break a leg?"),
    ("darwin", "why do songs get stuck in my head"),
    ("darwin", "why does the weather keep changing so much"),
    ("einstein", "how fast does a cricket ball go"),
    ("einstein", "why is my phone so slow"),
    ("darwin", "what's the weather like in skye next week?"),
    ("lovelace", "can you make me a sudoku?"),
    ("einstein", "is the yo-yo diet bad for you"),
    ("curie", "can i give my dog a rennie"),
    ("einstein", "where's the best sandy beach near here"),
    ("lovelace", "is bletchley park worth a visit"),
    ("einstein", "why does a cold squash ball bounce less"),
    ("socrates", "my mum says being childfree is selfish, is she right?"),
    ("socrates", "is a child free wedding rude to the parents?"),
    ("darwin", "how do i stop my hens pecking each other"),
]


def _reply(slug: str, text: str) -> str:
    return say(slug, f"@{slug} {text}", seed=1, author="gus")


@lru_cache(maxsize=1)
def _points() -> frozenset[str]:
    """What a reply that says one of the lines the questions above are answered with holds."""
    return frozenset(_point(_line(slug, opening)) for opening, slug, _text in ASKED)


def _said(text: str) -> list[str]:
    """The new lines `text` says."""
    return [point for point in _points() if point in text]


@pytest.mark.parametrize(("opening", "slug", "text"), ASKED)
def test_a_question_of_its_field_gets_its_line_whole(opening, slug, text):
    line = _line(slug, opening)
    assert len(line) <= VOICES[slug].max_reply_chars
    assert _reply(slug, text) == line.replace("{name}", "Gus")


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_none_of_the_lines(slug, text):
    assert not _said(_reply(slug, text))


def test_persona_sample_says_none_of_the_new_lines(personas):
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    assert not _said(" ".join(out.getvalue().split()))
