"""Lines met on one word of a question while it asks something else (floor39), rated 1 of 5:
Einstein's sunsets for a car that won't start with the battery light on all week, violin
overtones for harsh cymbals, Darwin's species for whether songs evolve, Curie's gas leak for a
diesel heater that smells of burnt toast and her radon for resin fumes with the window open,
swallows over desert and sea for oyster shells dug up miles from the sea, copper in pools for how
a metal detector knows metal; weather told in passing met with sorrow; a persona nobody asked
joining a remark with a line on a thing nobody named.

- Side words meet no line (`sense.beside_terms`, `sense.lead_terms`): what a thing is likened to
  ("like species do"), a state beside it ("with the window open"), a distance ("miles from the
  sea"), how long ("all week"), and a check put to the persona before the question ("you play
  violin right?"). With nothing on what is asked, it owns up (or hands over).
- A `#know` line is not met on one word for every group of its keys, nor when it opens on a case
  of the asker's the question never names ("If you smell gas"); broad keys narrowed.
- A nearest line names the thing asked (or a place it names, a thing it opens on, the notion
  of its field): no non-stick pan "scratched with metal" for a metal detector.
- A question handed over is answered only on more than its thing (`sense.thing_only`).
- The weather told in passing is small talk (`valence.weather_told`): never sympathy.
- A persona nobody asked joins a remark only with a line opening on a thing it names.
"""

from __future__ import annotations

import pytest

from bots.engine import _handed_lines, speaks_to
from bots.material import index_of
from bots.sense import beside_terms, focus, lead_terms, side_terms, thing_only
from bots.valence import mood, weather_told
from tests.bots.test_everyday_messages import CAST, PEOPLE, VOICES, say

PUZZLED = "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya."
BARNACLE = "A barnacle knows as much of that as I do, Maya, and is rather more patient about it."
DOWN_HOUSE = "Down House has answered many questions for me, Maya, but never that one."
SUNSET = (
    "The Earth's axis is tilted, Maya, so through the year our half leans towards the Sun and "
    "away. Near the equinoxes, in March and September, sunset moves fastest, two or three "
    "minutes a day in Britain; near the solstices it hardly moves."
)
GAS = (
    "If you smell gas, open the windows, switch nothing on or off, no flames, and ring the gas "
    "emergency line from outside, Maya. And a carbon monoxide alarm by the boiler is cheap: that "
    "gas has no smell at all."
)
SHELL = (
    "Not the sea, Maya: the shell's hollow picks out and swells some notes of the noise around "
    "you, like blowing across a bottle. In a silent room you would hear nothing; a cupped hand or "
    "a mug does the same."
)

# Met only on side words, with nothing on what is asked: owned up to, in its voice.
SIDE_WORDS = [
    # how long, and a warning light no sunlight
    (
        "einstein",
        "my car won't start and the battery light was on all week, any idea why?",
        PUZZLED,
    ),
    (
        "einstein",
        "my moped wont start and the oil light was on all week, why",
        "You have found a hole in my education, Maya, and not a small one.",
    ),
    ("einstein", "my bike light keeps dying after a week, why?", PUZZLED),
    # a check put first
    (
        "einstein",
        "you play violin right? how do i stop my cymbals sounding so harsh in a small room",
        PUZZLED,
    ),
    (
        "einstein",
        "u play the violin yeah? how do i get my drum kit to sound less boomy in the shed",
        "The drum kit? Give me ten years and a good pipe, Maya, and I still would not have that "
        "one.",
    ),
    (
        "curie",
        "you're a chemist right? why do my cymbals sound so tinny in the garage",
        "Nothing in my notebooks touches that, Maya; I would have to begin from zero, and measure.",
    ),
    # what a thing is likened to
    ("darwin", "do songs evolve like species do", BARNACLE),
    ("darwin", "do recipes evolve like species do", BARNACLE),
    ("darwin", "do fashions evolve like living things do", BARNACLE),
    (
        "darwin",
        "do languages evolve the way animals do",
        "Not one observation of mine bears on that, Maya, and a naturalist without observations "
        "should keep quiet.",
    ),
    # a state beside it
    (
        "darwin",
        "is it safe to use resin in my bedroom with the window open or do i need a proper mask",
        DOWN_HOUSE,
    ),
    (
        "darwin",
        "is it safe to use spray paint in my bedroom with the window open or do i need a mask",
        DOWN_HOUSE,
    ),
    (
        "lovelace",
        "are epoxy fumes dangerous if i work in the shed with the door open",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "curie",
        "is it safe to use resin in my bedroom with the window open or do i need a proper mask",
        "I would answer that as we answered everything in the laboratory, Maya: measure the dose, "
        "compare it with what we already know to be safe, and trust the numbers over the fear.",
    ),
    # a distance
    (
        "einstein",
        "we found loads of oyster shells when we dug the footings for the extension, miles from "
        "the sea. is that normal?",
        PUZZLED,
    ),
    (
        "darwin",
        "we found loads of oyster shells when we dug the footings for the extension, miles from "
        "the sea. is that normal?",
        BARNACLE,
    ),
    # its word of the field said of another thing: no nearest line (green hair, a non-stick pan)
    # but the line on how a metal detector works (know39)
    (
        "curie",
        "how does a metal detector actually know its metal? is it magnets?",
        "It is induction, not magnets, Maya: a coil sends a changing magnetic field into the "
        "ground, and in any metal, gold, silver or copper as well as iron, it drives little eddy "
        "currents whose own field answers back to the coil, and it beeps.",
    ),
    (
        "einstein",
        "how does a metal detector work",
        "Not magnets, Maya, but induction: a coil carries an alternating current, and its changing "
        "field sets eddy currents swirling in any metal below, gold and copper as well as iron. "
        "Those currents make a field of their own, which the coil feels, and it beeps.",
    ),
    # one word meeting every group of a dilemma's keys
    (
        "socrates",
        "my diesel heater keeps making a smell like burnt toast, is that dangerous? carbon "
        "monoxide alarm hasnt gone off",
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions.",
    ),
    # a case the question never names: carbon monoxide, not a gas leak
    (
        "curie",
        "my diesel heater keeps making a smell like burnt toast, is that dangerous? carbon "
        "monoxide alarm hasnt gone off",
        "Here is what I know of it, Maya. Carbon monoxide has no smell and no colour, which is "
        "what makes it so dangerous; a stove that burns badly can fill a room with it, so fit an "
        "alarm.",
    ),
    # broad keys narrowed: light at its speed, cats kneading, a birthday in a room, trees in storms
    (
        "einstein",
        "how fast is light actually, like in normal numbers",
        "About 300,000 kilometres a second, Maya: seven times round the Earth in one second, so "
        "sunlight is eight minutes old when it reaches you, and a light year is how far it goes in "
        "a year. Everyone, however they move, measures that same speed.",
    ),
    (
        "curie",
        "why do cats knead blankets",
        (
            # (borrow48: the naturalist's answer relayed, not "Animals were never my study")
            "Not my own work, Maya, but the answer is known, and it is this. A cat that kneads a "
            "soft blanket with its paws is doing what it did as a kitten at its mother's side to "
            "make the milk flow; the grown cat keeps the habit when it is content."
        ),
    ),
    ("einstein", "what are the odds of two people in a room sharing a birthday", PUZZLED),
    (
        "einstein",
        "the storm blew the tree down outside, why do trees fall in storms",
        "The tree? " + PUZZLED,
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), SIDE_WORDS)
def test_side_words_meet_no_line(slug, text, reply):
    assert say(slug, text) == reply


# Lines not said for a question they only share a word with.
NOT_SAID = [
    ("darwin", "why does my bike chain go orange so fast if i leave it out", "In autumn a tree"),
    ("darwin", "should i warm up my car engine in the morning", "stretch"),
    ("curie", "why do cats knead blankets with their paws", "gluten"),
    ("einstein", "whats a good way to decide the seating for a 60 person wedding", "square metre"),
    ("einstein", "does a carbon monoxide alarm detect gas leaks", "smoke alarm"),
]


@pytest.mark.parametrize(("slug", "text", "line"), NOT_SAID)
def test_a_line_on_another_sense_is_not_said(slug, text, line):
    assert line not in say(slug, text)


# Look-alikes: real in-field questions met on their head word, answered as before.
STILL = [
    ("einstein", "why is it getting dark so much earlier every week?", SUNSET),
    ("einstein", "why do the evenings get lighter so quickly in march?", SUNSET),
    ("einstein", "how come sunrise is later every week in autumn", SUNSET),
    (
        "einstein",
        "you play the violin right? why does a violin sound different from a flute",
        "A lovely question, Maya. A violin string vibrates not only as a whole but in halves, "
        "thirds and quarters at once; those overtones mixed in are why a violin and a flute "
        "playing the same note sound different.",
    ),
    (
        "einstein",
        "you play violin right? whats your favourite piece",
        "A lovely question, Maya. My violin was called Lina, and she travelled everywhere with me; "
        "Mozart and Bach were my favourites, and I played them with more joy than skill.",
    ),
    (
        "darwin",
        "what is a species",
        "A species is a group whose members can breed together and have fertile young, Maya: a "
        "horse and a donkey make a mule, but mules are nearly always sterile, so horse and donkey "
        "stay two species.",
    ),
    ("einstein", "why can you hear the sea in a shell", SHELL),
    ("einstein", "is the sound in a seashell really the ocean", SHELL),
    (
        "darwin",
        "found a fossil shell in a field in the middle of the country, how did it get there",
        "A fair question, Maya. In the Andes I found fossil seashells high on the mountains, and "
        "understood how the land had risen.",
    ),
    (
        "curie",
        "new house is 5 miles from a nuclear plant, should we worry?",
        "Living beside a working nuclear station gives you less than a hundredth of your yearly "
        "natural dose, Maya; a flight gives more. The real questions are the waste and the rare "
        "accident, and both deserve careful watching.",
    ),
    (
        "darwin",
        "how many species of beetle are there roughly",
        "That I never studied myself, Maya; the closest I came is this. Beetles come in more kinds "
        "than any other creature; the Creator seems to have been inordinately fond of them.",
    ),
    (
        "socrates",
        "tell me about the sandals you wore in the agora",
        "I never examined that exactly, Maya, but let me tell you what comes nearest. I miss the "
        "agora most, and the young men who would stop me in the street to argue.",
    ),
    (
        "socrates",
        "should we split the heating bill evenly or by who uses the heater most",
        "Fair to whom, Maya? An even split is simple and keeps the peace where use is much the "
        "same; but if one of you runs a heater all day, a just person offers to pay more before "
        "being asked.",
    ),
    ("curie", "i can smell gas in the kitchen, what do i do", GAS),
    ("curie", "does a carbon monoxide alarm detect gas leaks", GAS),
    (
        "darwin",
        "is it ok to run with a cold? parkrun tomorrow",
        "If it is all above the neck, a runny nose or a sore throat, an easy run is usually fine, "
        "Maya. With a fever, aching limbs or a chesty cough, rest until it has gone; exercise "
        "through a fever can strain the heart.",
    ),
    (
        "darwin",
        "why do leaves change colour in autumn",
        "In autumn a tree stops making chlorophyll, the green that catches light, and takes back "
        "what it can, Maya; the yellows and oranges were there all along under the green, and the "
        "reds are made fresh in the dying leaf.",
    ),
    (
        "curie",
        "how long do i knead bread dough for",
        "Kneading stretches and lines up the gluten, Maya, wheat proteins that join in water into "
        "long elastic strands; they trap the yeast's gas, so the loaf rises. Ten minutes by hand, "
        "until the dough springs back when poked.",
    ),
    (
        "darwin",
        "should i stretch before a run",
        "Warm up before, stretch after, Maya: walking and easy jogging ready the body better than "
        "holding a stretch cold. Stretching does little against soreness, but it keeps you supple.",
    ),
    (
        "einstein",
        "how many people can we fit in the village hall standing",
        "Crowds are counted by floor area, Maya: about half a square metre a person standing, one "
        "seated at rows, nearer two at round tables. So 180 standing needs some 90 square metres, "
        "and the fire officer's count is the one that binds.",
    ),
    (
        "einstein",
        "is it ok to stand under a tree in a storm",
        "Never shelter under a lone tree in a thunderstorm, Maya; a car or a building is safe, for "
        "the current runs round the outside. Caught in the open, crouch low with your feet "
        "together, away from tall things.",
    ),
    (
        "einstein",
        "burnt the toast and set off the smoke alarm, how does it even know",
        "An optical smoke alarm shines a small light across a dark chamber, Maya; smoke or haze "
        "droplets scatter it onto a sensor, and it cannot tell haze from smoke. On show nights, "
        "ask the hall about a heat detector.",
    ),
    (
        "curie",
        "is radon dangerous in a cellar",
        "Honestly, Maya, yes; I have seen enough to be fairly sure. Radon, a radioactive gas, "
        "seeps up from granite into some cellars; open the windows and have the house measured, "
        "for it is the commonest real danger of its kind.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), STILL)
def test_an_in_field_question_met_on_its_head_word_is_still_answered(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("do songs evolve like species do", {"specy"}),
        ("do languages evolve the way animals do", {"animal"}),
        ("is it safe to use resin in my bedroom with the window open", {"window", "open"}),
        ("can i varnish the table with the door shut", {"door", "shut"}),
        (
            "found oyster shells when we dug the footings, miles from the sea. normal?",
            {"mile", "sea"},
        ),
        ("the battery light was on all week, why wont the car start", {"week"}),
        ("my heater smells like burnt toast, is that dangerous", {"burnt", "toast"}),
    ],
)
def test_beside_words_are_read(text, side):
    assert beside_terms(text) == side
    assert side <= side_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "is a dolphin like a fish",  # the likeness is asked
        "does fizzy water hydrate you the same as normal water?",
        "new house is 5 miles from a nuclear plant, should we worry?",  # where it is, told
        "how far from the sun is the earth",
        "do you like cats",
    ],
)
def test_a_likeness_or_a_distance_asked_is_no_side_word(text):
    assert not beside_terms(text)


@pytest.mark.parametrize(
    ("text", "lead", "asked"),
    [
        (
            "you play violin right? how do i stop my cymbals sounding so harsh",
            {"play", "violin"},
            "cymbal",
        ),
        ("u play the violin yeah? how do i get my drums less boomy", {"play", "violin"}, "drum"),
        ("you're a chemist aren't you? why does bread go stale", {"chemist"}, "bread"),
        ("you know boats, right? how do i stop my ropes freezing", {"boat"}, "rope"),
    ],
)
def test_a_check_put_first_only_leads_into_the_question(text, lead, asked):
    assert lead <= lead_terms(text)
    assert focus(text) == (asked,)


def test_a_question_asked_again_after_the_check_keeps_its_words():
    text = "you play the violin right? why does a violin sound different from a flute"
    assert lead_terms(text) == {"play"}


# The weather told in passing: small talk, never sorrow nor a wry word for a mishap.
WEATHER = [
    (
        "darwin",
        "frosty on the cut today",
        "Weather is the naturalist's constant companion, Maya; one learns to like it all.",
    ),
    (
        "curie",
        "cold one at the market this morning, hands are numb",
        "Whatever the weather, Maya, a good walk clears the head.",
    ),
    (
        "einstein",
        "icy roads on the way in today",
        "Weather is the universe keeping us humble, Maya; I go for a walk in any of it.",
    ),
    (
        "lovelace",
        "wet and windy at the match today",
        "Weather permitting or not, Maya, I should rather be out riding.",
    ),
    (
        "socrates",
        "bit nippy out today",
        "In Athens we would call that fine weather for walking and talking, Maya.",
    ),
    (
        "shakespeare",
        "miserable weather for the car boot",
        "A fine day for it, Maya, whatever the sky is doing; the weather never once kept the Globe "
        "shut.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), WEATHER)
def test_weather_told_in_passing_is_small_talk(slug, text, reply):
    assert weather_told(text)
    assert mood(text) == "neutral"
    assert say(slug, text) == reply


def test_weather_with_a_greeting_gets_no_sympathy():
    reply = say("darwin", "morning all, hi @darwin, hi everyone. frosty on the cut today")
    assert reply == "Good day, Maya. A pleasure to hear from you."  # (no barnacles: greet60)


@pytest.mark.parametrize(
    ("text", "felt"),
    [
        ("the rain ruined our bbq", "rueful"),  # spoilt: a sigh, not grief
        ("my nan slipped on the ice and broke her hip", "grave"),  # harm done
        ("my tea went cold again", "rueful"),  # no weather
        ("its freezing in my flat", "rueful"),  # indoors
        ("listening to rain on the window, so cosy", "good"),  # glad of it
        ("match today at 3, wish me luck", "neutral"),
    ],
)
def test_what_is_not_the_weather_in_passing_is_read_as_before(text, felt):
    assert mood(text) == felt


def test_a_trouble_the_weather_did_is_still_met_as_one():
    assert say("darwin", "my nan slipped on the ice and broke her hip").startswith(
        "Oh, Maya, I am sorry; that is a real worry."
    )
    assert say("lovelace", "match today at 3, wish me luck").startswith("Good luck, Maya!")
    assert say("einstein", "the rain ruined our bbq") == (
        "Ach, Maya, one of those days when even the laws of physics seem to take sides against you."
    )


def joining(message: str) -> list[str]:
    """The personas whose material speaks to `message` said among people (`speaks_to`)."""
    return [
        slug
        for slug in PEOPLE
        if speaks_to(VOICES[slug].material, tuple(VOICES[slug].style.get("topics", ())), message)
    ]


@pytest.mark.parametrize(
    ("message", "joined"),
    [
        # raw glaze, stars by day, knitting charts: things nobody named
        ("found a proper cobalt blue piece yesterday, so chuffed", []),
        ("the moon is so bright tonight", []),
        ("the new secretary is already changing all the rules", []),
        ("proved it overnight in the fridge and it came out flat as a pancake", []),
        # on the thing said
        ("the slugs ate every single one of my lettuces overnight", ["darwin"]),
        (
            "welcome! we are doing the scottish play in april, dont say the name in the theatre",
            ["shakespeare"],
        ),
        ("the bread went stale in two days", ["curie"]),
    ],
)
def test_a_persona_nobody_asked_joins_a_remark_only_on_a_thing_it_names(message, joined):
    assert joining(message) == joined


def test_joining_in_unasked_it_says_no_line_on_another_thing():
    reply = say(
        "einstein",
        "found a proper cobalt blue piece yesterday, so chuffed",
        others=CAST,
        unasked=True,
    )
    assert reply == ""


def handed(slug: str, question: str) -> list[str]:
    voice = VOICES[slug]
    return _handed_lines(voice, index_of(voice.material), question, frozenset())


@pytest.mark.parametrize(
    ("slug", "question"),
    [
        ("einstein", "not cosplay but my car wont start and the battery light came on, any idea?"),
        ("einstein", "my car won't start and the battery light was on all week, any idea why?"),
        ("einstein", "is it safe to use spray paint in my bedroom with the window open"),
        ("einstein", "we found oyster shells in the footings, miles from the sea. is that normal?"),
    ],
)
def test_nobody_is_handed_a_question_they_would_answer_on_a_side_word(slug, question):
    assert handed(slug, question) == []


@pytest.mark.parametrize(
    ("slug", "question", "start"),
    [
        ("darwin", "why do the girl birds always go for the flashy males", "Male birds sing"),
        ("shakespeare", "whats a sonnet exactly", "I wrote sonnets"),
        ("curie", "what sort of stuff would be on a lab bench back in 1900", "On our bench"),
        (
            "einstein",
            "if i jump in a falling lift at the last second do i survive",
            "A person in a closed lift",
        ),
    ],
)
def test_a_question_on_its_thing_is_still_handed_over(slug, question, start):
    assert handed(slug, question)[0].startswith(start)


def test_the_asker_is_told_no_hand_over_for_a_car_that_wont_start():
    reply = say(
        "darwin",
        "not cosplay but my car wont start and the battery light came on, any idea?",
        others=CAST,
    )
    assert "@" not in reply


@pytest.mark.parametrize(
    ("text", "line", "only"),
    [
        (
            "my car wont start and the battery light came on",
            "A black car gets hotter in the sun than a white one because black swallows nearly "
            "all the light that falls on it.",
            True,
        ),
        (
            "why do the girl birds always go for the flashy males",
            "Male birds sing, strut and show their colours because the females choose.",
            False,
        ),
        (
            "any tips for the plot of my play?",
            "A story's plot is a chain of 'and therefore'.",
            False,
        ),
        ("whats a sonnet exactly", "A sonnet is fourteen lines.", False),
    ],
)
def test_a_line_on_the_thing_alone_is_told_from_one_on_what_is_asked(text, line, only):
    assert thing_only(text, line) is only
