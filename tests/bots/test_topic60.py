"""A persona's line is kept only when what it shares with the message is what the message asks
of (topic60, bots/topic.py): a word of the part that asks, the thing itself and not the word that
says which thing is meant ("the door code", "a stomach bug", "the gas bill"), and not an apology
put before the asking ("sorry off topic but"). When no line passes, the persona owns up in
character. Real field questions on a one-word subject keep their lines."""

from __future__ import annotations

import pytest

from bots.material import terms
from bots.topic import asking, meets_ask
from tests.bots.test_everyday_messages import say

# (persona, message, reply): questions of its own field, or tips on what it has one for.
KEPT = [
    (
        "curie",
        "@curie what is radium",
        "Here is what I know of it, Sam. We did not know how dangerous radium was; I "
        "carried tubes of it in my pocket.",
    ),
    (
        "darwin",
        "@darwin do worms sleep",
        "Animals with a brain all sleep in some fashion, Sam: grazers in short snatches, "
        "often standing, an eye open for wolves; hunters long and deep; many birds and "
        "dolphins with one half of the brain at a time.",
    ),
    (
        "einstein",
        "@einstein any tips for a job interview next week? so nervous",
        "I failed my first entrance examination to the Polytechnic, Sam, and the world "
        "did not end; take a walk before it, or play a little music.",
    ),
    (
        "lovelace",
        "@lovelace my python code keeps crashing, any tips?",
        "Write something small you want to exist, Sam; and when it will not work, run it "
        "by hand one step at a time, writing down what each variable holds, for where "
        "your figures and the machine's part company is the error.",
    ),
    (
        "darwin",
        "@darwin any tips for starting a beetle collection with my son?",
        "At Cambridge I once popped a beetle into my mouth to free a hand for a third, "
        "Sam; carry more jars than you think, and write the place and date on every one.",
    ),
    (
        "curie",
        "@curie any tips for my first day in a lab?",
        "On a first day in a laboratory, Sam, label everything, write each measurement in"
        " your notebook at once, and ask before you touch; nobody minds a question.",
    ),
    (
        "curie",
        "@curie how do i keep a cake fresh overnight?",
        "Let the cake cool completely, Sam, then wrap it well or shut it in a tin: air "
        "dries it and trapped warmth makes it damp; ice it in the morning, and write down"
        " what you did, so that next time you know.",
    ),
    (
        "curie",
        "@curie how do i revise for my chemistry exam?",
        # (everyday46: her own tip on revising, not a dodge)
        "Revise as I did at the Sorbonne, Sam: a little every evening by the lamp, working the "
        "problems yourself rather than rereading them; and sleep before the exam.",
    ),
    (
        "socrates",
        "@socrates any tips for a speech at my brother's wedding? i get so nervous",
        'For the speech, Sam, I would say only this: "Friends, I am known for asking '
        "questions, so let me begin with one: has anyone here ever seen two people better"
        ' suited?"',
    ),
    (
        "darwin",
        "@darwin how do i get more bees in the garden?",
        "Let a corner of the lawn go to clover and leave it rough, Sam; the humble-bees "
        "want flowers from spring to autumn and an undisturbed bank to nest in.",
    ),
    (
        "lovelace",
        "@lovelace any tips for budgeting for a house deposit?",
        "Work it backwards, Sam: the sum you need, divided by the months you have, is "
        "what must be set aside each month; write that sum at the head of the ledger and "
        "pay it first, before anything else.",
    ),
    (
        "shakespeare",
        "@shakespeare any tips for stage fright before opening night?",
        'Speak the speech "trippingly on the tongue", Sam, as Hamlet bids his players; '
        "learn the first line cold, and the rest will follow it.",
    ),
    (
        "einstein",
        "@einstein any tips for getting my teenage son off his phone?",
        "Give them something to wonder at, Sam; my father showed me a compass when I was "
        "five, and I was never bored again.",
    ),
    (
        "lovelace",
        "@lovelace what should i ask at a flat viewing?",
        "Make it a table, Sam, as I would for the Engine: one column for each flat, one "
        "row for each question (the rent and the bills, the heating, any damp, the light,"
        " the water pressure, the way to the station), and fill every cell before you "
        "choose.",
    ),
    (
        "curie",
        "@curie is it safe to use a gas stove in a tent?",
        "A gas flame makes nitrogen dioxide, Sam, the same gas as traffic fumes, and in a"
        " small closed kitchen it can rise above the outdoor limits; it is linked to "
        "asthma in children. Use the extractor or open a window while you cook.",
    ),
    (
        "curie",
        "@curie how do i stop condensation on my bedroom windows",
        "Look where the air does not move, Sam: behind the wardrobe, in the corners of "
        "the bedroom ceiling and round the window frames, and smell the cupboards; a "
        "musty smell is mould you cannot yet see.",
    ),
    (
        "darwin",
        "@darwin why do cats purr",
        "A fair question, Sam. A cat purrs when content, but sometimes when hurt or "
        "giving birth as well, so a purr is perhaps less a smile than a signal to its own"
        " kind that all is quiet.",
    ),
    (
        "einstein",
        "@einstein what is time dilation",
        "A lovely question, Sam. Time dilation is no mere theory: particles made high in "
        "the air by cosmic rays should decay long before they reach the ground, yet they "
        "arrive, because their clocks run slow.",
    ),
    (
        "lovelace",
        "@lovelace what was the analytical engine",
        "Ah, Sam, that is exactly my kind of puzzle. The Analytical Engine was to have a "
        "store for numbers and a mill to work on them: memory and processor, you would "
        "say now.",
    ),
    (
        "shakespeare",
        "@shakespeare what is iambic pentameter",
        "Hark, Sam, here is my answer. Iambic pentameter is a heartbeat of ten syllables,"
        " soft then strong, five times a line.",
    ),
    (
        "socrates",
        "@socrates what is justice",
        "A fair question, Sam; let me answer with care. Justice is the health of the "
        "soul, as medicine is the health of the body.",
    ),
    (
        "darwin",
        "@darwin are bats blind",
        "A fair question, Sam. Bats steer in the dark by ear: in the 1790s Spallanzani "
        "and Jurine found blinded bats flew well and deafened ones blundered; they call "
        "too high for us to hear, and listen for the return.",
    ),
    (
        "curie",
        "@curie why does ice float",
        "Here is what I know of it, Sam. Ice floats because water, unlike nearly every "
        "other liquid, swells when it freezes, by about a tenth; that is why pipes burst "
        "in a frost and a full bottle splits in the freezer.",
    ),
    (
        "einstein",
        "@einstein always late for the bus, any tips?",
        "Leave when the clock says you are early, Sam; time is relative, but the bus "
        "timetable, I regret to say, is absolute.",
    ),
    (
        "einstein",
        "@einstein any tips for getting up earlier in the morning?",
        "I am the wrong man for mornings, Sam; I slept ten hours when I could. Go to bed "
        "earlier rather than fight the alarm.",
    ),
    (
        "darwin",
        "@darwin any tips for an exam tomorrow? bit anxious",
        "I was sick with nerves before nearly every meeting, Sam; go early, walk once "
        "round the block, and remember that they asked for you.",
    ),
    (
        "darwin",
        "@darwin my kid wants to start a bug diary, how do we even start?",
        "At Cambridge I once popped a beetle into my mouth to free a hand for a third, "
        "Sam; carry more jars than you think, and write the place and date on every one.",
    ),
    (
        "lovelace",
        "@lovelace could a computer ever write a proper symphony",
        "Ah, Sam, that is exactly my kind of puzzle. Could we write out the science of "
        "harmony for it, a machine like the Engine might compose elaborate and scientific"
        " pieces of music of any degree of complexity or extent, as I said in my Notes of"
        " 1843.",
    ),
    (
        "shakespeare",
        "@shakespeare any advice for a first time gardener",
        "Weed early, Sam; as the gardener in Richard the Second says, the noisome weeds "
        "suck the soil's fertility from wholesome flowers.",
    ),
    (
        "lovelace",
        "@lovelace whats the best way to lay out a budget spreadsheet",
        "Ah, Sam, that is exactly my kind of puzzle. A spreadsheet is a table of numbers "
        "that recomputes itself, which is exactly what Mr Babbage wanted for the "
        "navigators' tables.",
    ),
    (
        "einstein",
        "@einstein if i jump in a falling lift at the last second do i survive",
        "I never worked that out exactly, Sam; the nearest thing I know is this. A person"
        " in a closed lift cannot tell whether the lift is accelerating or resting in a "
        "gravitational field.",
    ),
    (
        "darwin",
        "@darwin cats or dogs?",
        "You ask my opinion, Sam; I give it cautiously, as one should. I would say dogs. "
        "Dogs, without a doubt; my dog Polly would lie by the fire while I worked, and a "
        "dog's affection is one of the most striking things in nature.",
    ),
]

# (persona, message, reply): a line that shared one word and answered another question, now
# owned up to (or answered with a line that fits).
MENDED = [
    (
        "lovelace",
        "@lovelace the last lock was a 4 digit code and we had like 6 clues that were all"
        " numbers, is there a trick to knowing which ones are red herrings?",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "lovelace",
        "@lovelace any tips for remembering the door code at work?",
        "My mother raised me on mathematics to keep me from fancies, Sam, and she left "
        "that one out.",
    ),
    (
        "darwin",
        "@darwin i've got a stomach bug, any tips for getting over it quicker?",
        "The Beagle took me round the world, Sam, and never once near that question; it "
        "lies far from my studies.",
    ),
    (
        "darwin",
        "@darwin any tips for when the bin collection keeps missing our street?",
        "I would go to the primary source, Sam, as I did with every fact I printed; check your "
        "council's website, which has it for your own street.",
    ),
    (
        "curie",
        "@curie any tips on getting the gas bill down this winter?",
        "I have no data on that at all, Sam, and I will not invent any.",
    ),
    (
        "curie",
        "@curie tips for a flat tyre on the motorway?",
        "I have no data on that at all, Sam, and I will not invent any.",
    ),
    (
        "einstein",
        "sorry off topic but does anyone know if i can do the council tax single person "
        "discount form online? @einstein you worked in an office with forms right",
        "I worked seven years at the patent office in Bern, and it left my evenings free for "
        "physics.",
    ),
    (
        "socrates",
        "@socrates what actually makes a good puzzle? like fair-hard vs just annoying",
        "What is a puzzle for, Sam? Tell me that first: one that does its work well is "
        "fair-hard, and one that only seems to is just annoying.",
    ),
    (
        "darwin",
        "@darwin what makes a good quiz question? tricky vs just obscure",
        "You ask my opinion, Sam; I give it cautiously, as one should. A quiz question is"
        " tricky when it does its work well, and just obscure when it only seems to.",
    ),
    (
        "curie",
        "@curie any tips for the recycling collection changing days?",
        "Calmly, Sam: the way to settle it is to go to the source; check your council's "
        "website, which has it for your own street.",
    ),
    (
        "darwin",
        "@darwin the garden gate code changed, any tips for remembering it?",
        "A barnacle knows as much of that as I do, Sam, and is rather more patient about it.",
    ),
    (
        "einstein",
        "@einstein any tips for an eye test? never had one",
        "You ask my opinion, Sam; here it is, for what an old physicist's view is worth. "
        "Study what makes you curious and the exams mostly take care of themselves; I "
        "failed the Zurich entrance exam at sixteen and was none the worse for it.",
    ),
    (
        "einstein",
        "@einstein any tips for getting my gas meter read?",
        "That one leaves me as puzzled as my cat Tiger on a rainy day, Sam.",
    ),
    (
        "lovelace",
        "@lovelace is there a trick to picking the ripe avocados at the shop?",
        "For the shop, Sam, I would let a little mathematics do the work: Put a small "
        "puzzle on the sign, a series of numbers with its last one missing; people who "
        "stop to solve it are already at your stall.",
    ),
    (
        "lovelace",
        "@lovelace the parcel has a tracking code and it says delivered, any tips on what"
        " to do now?",
        "Write something small you want to exist, Sam; and when it will not work, run it "
        "by hand one step at a time, writing down what each variable holds, for where "
        "your figures and the machine's part company is the error.",
    ),
    (
        "shakespeare",
        "@shakespeare my wifi code wont work, any tips?",
        "You ask a poet, Sam, and a poet on that subject would only make a pretty lie.",
    ),
    (
        "shakespeare",
        "sorry off topic but @shakespeare do you know how to reset a router?",
        # (common knowledge anyone gives: tests/bots/test_own42.py)
        "This a poet knows, Sam: off at the plug, wait 30 seconds, on again. A factory reset "
        "(the pinhole button, held ten seconds) brings back the password on its sticker; try a "
        "restart first.",
    ),
    (
        "socrates",
        "@socrates any tips for a tummy bug? cant keep anything down",
        "A shoemaker could answer that better than I, Sam; I only know how to ask questions.",
    ),
    (
        "socrates",
        "@socrates any tips for my phone contract renewal?",
        "A shoemaker could answer that better than I, Sam; I only know how to ask questions.",
    ),
]


@pytest.mark.parametrize(("slug", "message", "reply"), KEPT)
def test_field_questions_keep_their_lines(slug, message, reply):
    assert say(slug, message, author="sam") == reply


@pytest.mark.parametrize(("slug", "message", "reply"), MENDED)
def test_a_line_on_another_sense_or_clause_is_not_picked(slug, message, reply):
    assert say(slug, message, author="sam") == reply


def test_the_asking_part_is_read_when_it_names_a_thing():
    said = "the lock was a 4 digit code, we had 6 clues, is there a trick to spotting red herrings?"
    assert asking(said) == "is there a trick to spotting red herrings?"
    assert asking("my code keeps crashing, any tips?") == "my code keeps crashing, any tips?"


@pytest.mark.parametrize(
    ("message", "about", "met"),
    [
        ("any tips on the gas bill?", "gas stove tent", False),
        ("any tips for getting a bus ticket refund", "bus late", False),
        ("my kid wants to start a bug diary, how do we start?", "bug bugs beetle", True),
        ("is it worth getting a dog walker", "dog dogs cat", False),
        ("electric scooters: cheating or genius?", "electric scooter", True),
        ("any tips for the door code at work", "code coding python", False),
        ("my python code keeps crashing, any tips", "code coding python", True),
        ("any tips for exam nerves", "nervous nerves exam", True),
        ("any tips for a job interview", "interview nervous", True),
        ("how do i keep the house warm this winter", "winter summer", False),
        ("how do i survive the winter", "winter summer", True),
    ],
)
def test_the_thing_itself_is_what_a_line_must_be_on(message, about, met):
    assert meets_ask(message, frozenset(terms(about))) is met
