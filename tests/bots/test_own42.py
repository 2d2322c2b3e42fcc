"""own42: personas do what they should own instead of declining it (bots/everyday70.py).

A blind rater (rate41 §3.3, §3.6) marked down a persona declining what a stranger expects it to
do: Shakespeare with "small Latin and less Greek" asked to start wedding vows or to imagine a
space film, Curie "as well informed on that as I am" on wood ash for the vegetable beds and
"hardly a catastrophe" on wifi that keeps dropping, Darwin unable to work out how long 250 a
month takes to make 6000 (the house bot said "Got it"). Each persona now owns its neighbouring
everyday fields, every persona does easy sums in its voice (the house bot plainly), and
Shakespeare writes to order; a matter far outside every field is still owned up to."""

from __future__ import annotations

import pytest

from bots.everyday70 import PET_POEMS, STORIES, TOPICS, owned
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# Exact replies, one or more of each kind.
EXACT = [
    # Easy sums, in each voice; the house bot plainly.
    (
        "darwin",
        "if i save 250 a month how long to get 6000",
        "By my reckoning, Maya: 6,000 ÷ 250 = 24, so 24 months, which is 2 years.",
    ),
    (
        "aibot",
        "if i save 250 a month how long to get 6000",
        "6,000 ÷ 250 = 24, so 24 months, which is 2 years.",
    ),
    (
        "socrates",
        "how long will it take to save 3000 if i put away 150 a month",
        "Let us count it together, Maya: 3,000 ÷ 150 = 20, so 20 months.",
    ),
    (
        "einstein",
        "should i pay off my student loan or save, loan is 6% and savings pay 4%",
        "Compare the rates, Maya: the student loan costs 6%, savings earn 4%, so paying it off "
        "gains more than saving. Pay it off, keeping some savings for emergencies (but a UK "
        "student loan may be written off: check its terms).",
    ),
    (
        "socrates",
        "should i pay off my credit card at 19% or keep savings at 3%",
        "Compare the rates, Maya: the credit card costs 19%, savings earn 3%, so paying it off "
        "gains more than saving. Pay it off, keeping some savings for emergencies.",
    ),
    (
        "lovelace",
        "my son needs help with fractions, what is 3/4 plus 1/8",
        "Easily worked, Maya: 3/4 + 1/8 is 6/8 + 1/8, so 7/8.",
    ),
    (
        "einstein",
        "what's the capital of australia, me and my brother are arguing",
        # (house42's facts answer it first, in his words)
        "That one I know, Maya, socks or no socks. The capital of Australia is Canberra.",
    ),
    (
        "aibot",
        "whats the capital of canada? my friend says toronto",
        "The capital of Canada is Ottawa.",
    ),
    # Curie: household and garden chemistry.
    (
        "curie",
        "@curie is it safe to use wood ash from our fire pit on my vegetable beds",
        "Yes, in moderation, Maya: wood ash is potash and lime, so it feeds plants and makes soil "
        "less acid. Only ash of clean, untreated wood, a handful per square metre a year, none "
        "near potatoes; test the pH first.",
    ),
    (
        "curie",
        "curie my soil is very acidic what should i add",
        "Test it first with a cheap pH kit, Maya: most vegetables like pH 6 to 7. To make acid "
        "soil less acid, dig in garden lime in autumn, at the dose on the bag; to make it more "
        "acid, sulphur chips or ericaceous compost.",
    ),
    # Everyone: wifi that keeps dropping, a router to reset.
    (
        "curie",
        "@curie my wifi keeps cutting out any ideas",
        "The facts first, Maya: restart the router (off at the plug 30 seconds). If one device "
        "drops, restart it; if all do, it is the router or the line: try a cable, or ask your "
        "provider to test it.",
    ),
    (
        "socrates",
        "how do i reset my router",
        "This I know, Maya: off at the plug, wait 30 seconds, on again. A factory reset (the "
        "pinhole button, held ten seconds) brings back the password on its sticker; try a "
        "restart first.",
    ),
    # Darwin: pets and gardens.
    (
        "darwin",
        "darwin is it ok to give my dog grapes",
        "Keep them away, Maya: grapes and raisins can cause kidney failure in dogs, even a few, "
        "and are best kept from cats too. If yours has eaten any, ring a vet now; don't wait for "
        "signs.",
    ),
    (
        "darwin",
        "tomatoes keep splitting on the vine, what am i doing wrong",
        "Splitting is nearly always uneven watering, Maya: after a dry spell a heavy drink or a "
        "downpour swells the fruit faster than its skin can stretch. Water little and often, "
        "mulch, and pick ripe fruit before heavy rain.",
    ),
    # Einstein: the physics of everyday things.
    (
        "einstein",
        "@einstein why does my ice cream melt faster in a metal bowl",
        "Because metal conducts heat very well, Maya: it carries the warmth of the room and your "
        "hand in far faster than glass or plastic. It is why a metal spoon feels colder than a "
        "wooden one at the same temperature.",
    ),
    # Lovelace: phones, computers, spreadsheets.
    (
        "lovelace",
        "why does my phone battery die so fast in the cold",
        "Cold slows the chemistry inside a lithium-ion battery, Maya, so it gives current less "
        "easily and the phone reads it as nearly empty. Warm it in an inside pocket and most of "
        "the charge comes back.",
    ),
    (
        "lovelace",
        "lovelace how do i add up a column in excel",
        "Click the cell under the column, Maya, and type =SUM(A1:A20), with your column's first "
        "and last cells for A1 and A20, then press Enter; or select the column and press AutoSum "
        "(Σ) on the Home tab.",
    ),
    (
        "lovelace",
        "lovelace my laptop is running really slow",
        "Start simple, Maya: restart it, close tabs and programs you aren't using, and look in "
        "Task Manager (Activity Monitor on a Mac) for what eats the memory; then let updates "
        "finish and free some disk space.",
    ),
    # Socrates: friendship and quarrels.
    (
        "socrates",
        "@socrates my best friend and i had a fight, how do i make up",
        "Go to them, Maya, and ask before you argue: what hurt them, and how do they see it? "
        "Listen to the answer, own your share, and say sorry for it without a 'but'. A good "
        "question mends more than a clever answer.",
    ),
    # Shakespeare: writing to order.
    (
        "shakespeare",
        "@shakespeare can you help me start my wedding vows, something not too cheesy",
        'Gladly, Maya. Begin plain: "I take thee not for a day but for all our days, the fair '
        'and the foul, the feast and the fast: I choose thee in them all." Then one true thing '
        "only you two know, and one promise.",
    ),
    (
        "shakespeare",
        "@shakespeare if you wrote a space movie what would it be about",
        "A space film, Maya, in three beats: a captain learns her ship's mind has lied to the "
        "sleeping crew for a year; she must choose between the machine that keeps them alive and "
        "the truth; she wakes them, and they steer home by the stars.",
    ),
    (
        "shakespeare",
        "shakespeare write me a short poem about my cat mittens",
        'A verse for Mittens, Maya: "O Mittens, sovereign of every chair, / with velvet paws and '
        "not a single care: / thou sleep'st wherever warmest sunbeams fall, / and art, of all "
        'the house, the lord of all."',
    ),
]


@pytest.mark.parametrize(("slug", "text", "expected"), EXACT)
def test_owned_in_its_voice(slug, text, expected):
    assert say(slug, text) == expected


# Look-alikes: other words for the same kinds, each answered with the fact that matters.
LOOK_ALIKES = [
    ("lovelace", "saving £40 a week, how many weeks to reach £1000?", "25 weeks"),
    ("shakespeare", "if i save 300 a month how long until i have 9000", "30 months"),
    ("curie", "100 guests at tables of 8 how many tables do we need", "13 tables"),
    ("einstein", "we have 96 guests and tables of 8, how many tables is that", "12 tables"),
    ("darwin", "dinner was 186 split 3 ways, how much each", "62 each"),
    ("aibot", "if i save 50 a week how long to reach 1000", "20 weeks"),
    ("lovelace", "whats 1/4 + 1/4", "2/4, which is 1/2"),
    ("darwin", "i gave my dog some grapes, is that bad", "kidney failure"),
    ("lovelace", "@lovelace my router keeps disconnecting", "restart the router"),
    ("darwin", "ugh the wifi keeps dropping every ten minutes, any ideas?", "restart the router"),
    ("lovelace", "my laptop wont turn on after the update, any ideas", "power button"),
    ("socrates", "my flatmate and i keep arguing about the washing up, help", "fairness"),
    ("lovelace", "@lovelace my phone battery dies so fast what can i do", "Settings under Battery"),
    (
        "socrates",
        "my gf and i keep fighting about chores, how do couples deal with this",
        "fairness",
    ),
    (
        "shakespeare",
        "shakespeare if you wrote a horror film what would happen in it",
        "three beats",
    ),
    ("shakespeare", "@shakespeare give me a plot for a detective story", "A mystery, Maya"),
    ("shakespeare", "@shakespeare write a little poem about my dog biscuit", "Good Biscuit"),
    ("shakespeare", "help me write the first line of a love letter to my wife", '"My love'),
    ("socrates", "what is the capital of peru", "Lima"),
    ("darwin", "if i save 350 a month how long to get 1000", "about 2.9, so 3 months (2 months"),
    (
        "curie",
        "whats the capital of bolivia? its la paz right",
        "Sucre is the constitutional capital",
    ),
    ("darwin", "my loan interest is 6% and savings pay 4%, pay off or save?", "the loan costs 6%"),
]


@pytest.mark.parametrize(("slug", "text", "fact"), LOOK_ALIKES)
def test_look_alikes_are_owned(slug, text, fact):
    assert fact in say(slug, text)


# Near misses: a real request far outside every field is still owned up to; things told, not
# asked, and words that only look like the kinds keep their old replies.
NEAR_MISSES = [
    (
        "einstein",
        "@einstein how do i fix my car's gearbox",
        "Motor cars I cannot advise on, Maya; I never owned one nor learned to drive, and in "
        "Princeton I walked to the Institute and back every day.",
    ),
    (
        "curie",
        "how do i fix my car's gearbox",
        "Cars I cannot advise you on, Maya; ask a mechanic. I learned to drive in the war only "
        "to take my X-ray cars to the front, and that was long ago.",
    ),
    (
        "darwin",
        "my cat loves chocolate boxes lol",
        "I am glad it made you smile, Maya; Down House was a noisy, laughing place.",
    ),
    ("darwin", "i saved 250 last month", "Do tell me more, Maya; I collect such observations."),
    (
        "lovelace",
        "my phone was dead all day lol",
        "How vexing, Maya! A small error in the day's programme; the next line will run better.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_replies(slug, text, expected):
    assert say(slug, text) == expected


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("shakespeare", "we renewed our vows last week, it was lovely"),
        ("shakespeare", "tell me the story of hamlet"),
        ("curie", "im a bit rusty at chemistry, where do i start"),
        ("einstein", "what was the capital of germany before berlin"),
        ("darwin", "my cat loves chocolate boxes lol"),
        ("lovelace", "my phone was dead all day lol"),
        ("einstein", "how do i fix my car's gearbox"),
        # every figure read, or none: the £120 already saved, the £8 entry taken off first
        (
            "lovelace",
            "i've got £120 saved and i put away £25 a week, how many weeks till i have £500",
        ),
        ("lovelace", "we won £45 but the entry was £8, split between 4 of us what do we each get"),
        ("aibot", "python to split the 40 guests into tables of 8 pls"),
        ("darwin", "if i save 250 a month how long to get 6000 with 3% interest"),
        ("curie", "whats the capital of georgia the state"),
        ("curie", "how do i get rust stains out of a white shirt"),
        ("curie", "@curie should i use bleach or vinegar on the mould?"),
    ],
)
def test_look_alikes_get_no_owned_answer(slug, text):
    assert owned(slug, text, "", "Maya") == ""
    reply = say(slug, text)
    assert "three beats" not in reply
    assert "A verse for" not in reply
    assert "restart the router" not in reply


def test_a_persona_named_by_another_is_left_to_it():
    """'shakespeare write me a poem about my cat mittens' sent where Curie reads it: Curie
    writes no verse for Mittens, Shakespeare does."""
    text = "shakespeare write me a short poem about my cat mittens"
    assert "Mittens" not in say("curie", text)
    assert say("shakespeare", text).startswith("A verse for Mittens, Maya:")


def test_the_answer_is_not_said_twice_in_a_room():
    """Wifi that keeps dropping, answered by Lovelace already: Curie does not say it again."""
    text = "my wifi keeps dropping, any ideas?"
    first = say("lovelace", text)
    assert first.startswith("That I can do, Maya: restart the router")
    later = say("curie", text, history=(Line("maya", text), Line("Ada Lovelace", first, own=False)))
    assert "restart the router (off at the plug" not in later


def test_an_answer_already_given_by_the_engine_is_kept():
    """The engine's own limescale answer already says the acid: kept, not replaced."""
    reply = say("curie", "@curie how do i get limescale off my kettle")
    assert reply.startswith("An acid dissolves limescale, Maya")


def test_every_owned_line_fits_its_persona():
    long_name = "Christopher"
    for slug, voice in VOICES.items():
        lines = [t.answer for t in TOPICS if slug in t.owners or "*" in t.owners]
        if slug == "shakespeare":
            lines += [story for _, story in STORIES]
            lines += [poem.replace("{pet}", "Mittens") for poem in PET_POEMS.values()]
        for line in lines:
            opened = 30 if any(t.plain and t.answer == line for t in TOPICS) else 0
            assert len(line.replace("{name}", long_name)) + opened <= voice.max_reply_chars, line


# review42: the harms its first version did, mended.
@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        # grief, illness or heartbreak: no piece to order, the sympathy stands
        (
            "shakespeare",
            "help me write vows for my dad's funeral",
            "O Maya, I am heartily sorry. Give sorrow words; the grief that does not speak bids "
            "the heart break.",
        ),
        (
            "shakespeare",
            "write a poem for my dog called biscuit who died last week",
            "I am sorry, Maya. For Biscuit: \"Fear no more the heat o' the sun, dear Biscuit; thy "
            "journey's done. / Sleep soft: thou wert so loved, and missed by everyone.\"",
        ),
        (
            "shakespeare",
            "write a poem for my cat luna, she's very poorly at the vets",
            "O Maya, that is a heavy hour to wait through. I hope the physicians are skilled and "
            "the news kind.",
        ),
        # a capital of another time is no capital of today
        (
            "einstein",
            "what's the capital of germany before reunification",
            "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
        ),
        # ash and potatoes, charcoal ash
        (
            "curie",
            "should i put wood ash around my potatoes?",
            "Not for potatoes, Maya: ash makes the soil less acid, and that encourages potato "
            "scab. Put it round the brassicas or on the compost instead.",
        ),
        (
            "curie",
            "can i use the ash from the bbq charcoal on my veg",
            "Not that ash, Maya: briquettes carry binders and additives, and coal ash can hold "
            "heavy metals. Only ash of clean, untreated wood belongs on a vegetable bed.",
        ),
        # a story asked is a story; one full table is a table
        (
            "shakespeare",
            "write a short story about a spaceship",
            "A space story, Maya, in three beats: a captain learns her ship's mind has lied to "
            "the sleeping crew for a year; she must choose between the machine that keeps them "
            "alive and the truth; she wakes them, and they steer home by the stars.",
        ),
        (
            "einstein",
            "we're 7 people, tables of 4",
            "Simple arithmetic, Maya: 2 tables: 1 full table of 4, and one more for the last 3.",
        ),
    ],
)
def test_review42_mends(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(
    "text",
    ["what's the capital of russia under the tsars", "what is the capital of turkey in 1900"],
)
def test_no_capital_of_today_for_another_time(text):
    for slug in ("curie", "aibot"):
        said = say(slug, f"/AIBot {text}" if slug == "aibot" else text)
        assert "Moscow" not in said and "Ankara" not in said, said
