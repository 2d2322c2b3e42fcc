"""Session 26 (lead): a question asked in a sentence after a remark is a question ("the pipes
bang every morning. what actually causes that"); the field questions of four new rooms
(candles, tenants, a model railway, a robotics team) get an answer of the field, and their
look-alikes do not; the house bot says plainly that a room sells nothing."""

from __future__ import annotations

import pytest

from bots.engine import ANYONE_YOU
from bots.sense import ASKED
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "text",
    [
        "@einstein the heating pipes bang like a hammer every morning at 6. what actually "
        "causes that",
        "the tap drips all night. what would stop it",
        "we lost the match again! who picks this team",
    ],
)
def test_a_question_opening_a_later_sentence_is_asked(text):
    assert ASKED.search(text)


@pytest.mark.parametrize(
    "text",
    ["the pipes bang every morning at 6, drives me mad", "whatever happens we go at 2"],
)
def test_a_remark_is_not_asked(text):
    assert not ASKED.search(text)


# (persona, question, words the answer must hold)
ANSWERED = [
    (
        "einstein",
        "@einstein the heating pipes bang like a hammer every morning at 6. what actually "
        "causes that",
        ["water hammer"],
    ),
    (
        "einstein",
        "@einstein why does the flame flicker more near the window even when it's shut",
        ["flame flickers", "cold window"],
    ),
    (
        "einstein",
        "@einstein our candles gutter and dance on the shelf by the door, why",
        ["flame flickers"],
    ),
    (
        "einstein",
        "@einstein we go over an aqueduct 38m up. how does an iron trough hold all that water "
        "plus a boat without giving way",
        ["its own weight of water", "Archimedes"],
    ),
    (
        "einstein",
        "@einstein does a barge make the bridge heavier when it crosses",
        ["its own weight of water"],
    ),
    (
        "einstein",
        "@einstein why is the 16th floor always colder than the 3rd, heat rises doesn't it",
        ["Warm air does rise", "wind"],
    ),
    (
        "curie",
        "@curie why do soy candles tunnel, is it the wick size or did we pour them too cold",
        ["tunnels", "wick"],
    ),
    (
        "curie",
        "@curie my candle just burns down the middle and leaves a wall of wax, what am i "
        "doing wrong",
        ["tunnels"],
    ),
    (
        "curie",
        "@curie also the frosting on the tops, the white bloomy stuff. is it dangerous or "
        "just ugly",
        ["crystallising", "harmless"],
    ),
    (
        "curie",
        "@curie the glue on the scenery is going white and cloudy in the garage. it's pva mixed "
        "with water. why",
        ["PVA goes white", "cold"],
    ),
    (
        "curie",
        "@curie why do old hornby motors smell like that when they get hot, is it the brushes "
        "burning",
        ["ozone", "brushes spark"],
    ),
    (
        "einstein",
        "@einstein and if we swap to 80mm wheels does it get faster or do we lose torque? "
        "pushing the other bots matters more tbh",
        ["Bigger wheels go faster", "push more weakly"],
    ),
    (
        "darwin",
        "@darwin is there any animal that moves like a robot with 2 wheels and a caster. asking "
        "for design inspiration honestly",
        ["No animal has a wheel"],
    ),
    ("darwin", "@darwin why did no animal ever evolve wheels", ["No animal has a wheel"]),
    (
        "darwin",
        "@darwin what trees would realistically be along a kent railway cutting in the 70s, want "
        "the scenery right",
        ["birch", "buddleia"],
    ),
    (
        "darwin",
        "@darwin are beeswax candles bad for bees? my cousin says we should switch",
        ["Beeswax comes from combs"],
    ),
    (
        "darwin",
        "@darwin the pigeons on the balconies are out of control. why do they love tower blocks "
        "so much",
        ["rock doves", "cliff"],
    ),
]


@pytest.mark.parametrize(("slug", "text", "words"), ANSWERED)
@pytest.mark.parametrize("seed", [0, 3])
def test_a_field_question_of_the_new_rooms_is_answered(slug, text, words, seed):
    reply = say(slug, text, seed=seed)
    for word in words:
        assert word in reply, reply


# Look-alikes: the same words, another question.
NOT_ANSWERED = [
    ("curie", "@curie my cake frosting is too runny, how do i fix it", "crystallising"),
    ("einstein", "@einstein how long does the boat take to get through the lock", "Archimedes"),
    ("einstein", "@einstein is it true that heat rises faster than cold sinks", "high flat"),
    ("darwin", "@darwin why do bees make wax at all", "Beeswax comes from combs"),
    ("darwin", "@darwin how do i stop pigeons nesting on my balcony", "rock doves"),
    ("curie", "@curie how do i get pva glue out of a carpet", "PVA goes white"),
    ("einstein", "@einstein why do cars have four wheels", "Bigger wheels"),
    ("darwin", "@darwin my dog keeps rolling in fox poo, why", "No animal has a wheel"),
]


@pytest.mark.parametrize(("slug", "text", "phrase"), NOT_ANSWERED)
def test_a_look_alike_of_a_new_question_gets_another_answer(slug, text, phrase):
    assert phrase not in say(slug, text), text


@pytest.mark.parametrize(
    "text",
    [
        "can i sell things directly from this room or is it just for chat",
        "can we sell our candles through salon",
        "is there a checkout so customers can order from the chat",
    ],
)
def test_the_house_bot_says_a_room_sells_nothing(text):
    reply = say("aibot", f"/AIBot {text}")
    assert reply.startswith("No: a Salon room is for talking only."), reply


LETTERS = [
    (
        "@shakespeare can you help write a letter to the housing association, firm but polite, "
        "about the lift, the mould and the rent rise. signed by 43 households",
        '"Dear Sir or Madam, We, 43 households, write about the lift, the mould and the rent '
        "rise. Please reply in writing within 14 days, saying what you will do about each of "
        'these and when. Yours faithfully, 43 households."',
    ),
    (
        "@shakespeare can you write an email to the school about the bus being late every day",
        '"Dear Sir or Madam, I write about the bus being late every day. I would be grateful '
        'for a reply saying what can be done about this. Yours faithfully, Femi."',
    ),
    (
        "@shakespeare draft a polite email to mr patel about the fence",
        '"Dear Mr Patel, I write about the fence. I would be grateful for a reply saying what '
        'can be done about this. Yours sincerely, Femi."',
    ),
    (
        "@shakespeare write us a complaint to the council about the bins and the fly tipping",
        '"Dear Sir or Madam, We write about the bins and the fly tipping. We would be grateful '
        "for a reply saying what can be done about each of these. Yours faithfully, Femi, for "
        'us all."',
    ),
]


@pytest.mark.parametrize(("text", "draft"), LETTERS)
@pytest.mark.parametrize("seed", [0, 5])
def test_a_letter_asked_for_is_drafted_whole_to_send(text, draft, seed):
    reply = say("shakespeare", text, author="femi", seed=seed)
    assert reply.endswith(draft), reply
    assert reply.startswith(("A draft, Femi", "Here, Femi")), reply


@pytest.mark.parametrize(
    "text",
    [
        "@shakespeare how do i write a letter to my mp",
        "@shakespeare did you write letters to your wife",
        "@shakespeare i wrote to the council about the bins, no answer yet",
        "@shakespeare can you write my cover letter",
    ],
)
def test_no_draft_is_written_where_no_letter_is_asked(text):
    assert "Dear " not in say("shakespeare", text, author="femi")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "@shakespeare we need a name for the made up town on the layout, somewhere in kent, "
            "1970s. something that sounds real",
            ("Ashby-under-Weald", "Much Hatching", "Dunsmere Junction", "Stoke Perrin"),
        ),
        (
            "@shakespeare what should we call our fictional village in the play",
            ("Ashby-under-Weald", "Much Hatching", "Dunsmere Junction", "Stoke Perrin"),
        ),
        (
            "@shakespeare we need a name for the new autumn scent. smoked cedar, orange peel and "
            "a bit of clove",
            ("Autumn's Ember", "Yellow Leaf"),
        ),
        ("@shakespeare name our new lavender candle pls", ("Midsummer Night", "A Rose by Any")),
    ],
)
def test_a_town_or_a_scent_is_named_as_one(text, names):
    reply = say("shakespeare", text, author="trevor")
    assert reply.startswith(names), reply
    assert "Such Stuff as Dreams" not in reply


HONESTY = (
    "What will the reader take the words to mean, Nadia? If they would believe what you could "
    "not show them, the words mislead, however true in a narrow sense; that is not honest."
)


@pytest.mark.parametrize(
    "text",
    [
        '@socrates a customer asked if our candles are "non toxic". they are soy but we use '
        "fragrance oils not essential oils. can we honestly say non toxic",
        "@socrates is it honest to call our jam homemade if we use shop pectin",
        "@socrates would it be misleading to say the eggs are free range",
        "@socrates could we truthfully call it organic if only the flour is",
    ],
)
@pytest.mark.parametrize("seed", [0, 3])
def test_whether_a_claim_is_honest_is_examined_as_honesty(text, seed):
    assert say("socrates", text, author="nadia", seed=seed).startswith(HONESTY)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "@lovelace we're arguing: kwame wants to hardcode the route, i want to use the line "
            "sensors and correct as we go. who's right",
            "Kwame wants to hardcode the route, and you want to use the line sensors and "
            "correct as we go.",
        ),
        (
            "@socrates tom wants pizza and i want curry, who's right",
            "Tom wants pizza, and you want curry",
        ),
    ],
)
def test_sides_put_as_wants_are_said_back(text, sides):
    assert say(text.split()[0][1:], text, author="lina", seed=0).startswith(sides)


@pytest.mark.parametrize(
    "text",
    [
        "@lovelace we're thinking of going DCC. arduino based, about 20 locos. is it worth it or "
        "just buy the proper commercial kit",
        "@lovelace should we build our own weather station or buy one ready",
    ],
)
def test_build_or_buy_gets_her_view_on_it(text):
    assert "Build it yourselves if the building is half the pleasure" in say(
        "lovelace", text, author="raj"
    )


@pytest.mark.parametrize(
    "text",
    [
        "in python how do i read from a serial port without it blocking the whole loop",
        "my loop blocks when i read the serial port",
    ],
)
def test_a_blocking_read_gets_the_answer_on_blocking_the_loop(text):
    assert say("aibot", f"/AIBot {text}").startswith("Don't call it on the loop:")


# Session 26, lines for the questions of earlier rooms the raters marked down (answers of the
# wrong topic, or none): each now answered in the field.
EARLIER = [
    (
        "einstein",
        "@einstein why does water go into little balls on a shiny car but spread out flat on a "
        "dirty one",
        "surface tension",
    ),
    (
        "einstein",
        "@einstein why does the flat top have a massive hot spot in the middle when the corners "
        "are barely warm",
        "passes heat sideways only slowly",
    ),
    (
        "einstein",
        "@einstein the venue says the marquee takes 180 standing. how do they even work that "
        "out, square metres per person or what",
        "half a square metre a person standing",
    ),
    ("einstein", "@einstein how does an x-ray see through skin but not bone?", "calcium in bone"),
    ("einstein", "@einstein did you ever vote? were you political at all", "Roosevelt"),
    ("curie", "@curie also how do we get tree sap off, someone always turns up with sap", "resin"),
    (
        "curie",
        '@curie why does lime juice "cook" fish in ceviche? thinking of a ceviche special',
        "unfolds the fish's proteins",
    ),
    (
        "curie",
        "@curie why is chocolate poisonous to dogs but not to us? 3 calls about easter eggs",
        "theobromine",
    ),
    (
        "curie",
        "@curie how does isoflurane actually put an animal to sleep? revising for my pharm exam",
        "nerve cells",
    ),
    (
        "darwin",
        "@darwin why do i cry at EVERY wedding, even for people i barely know? is there an "
        "evolutionary reason",
        "I studied weeping",
    ),
    (
        "darwin",
        "@darwin unrelated but why do my hands shake before every speech, is that an animal thing",
        "Trembling is fear's old work",
    ),
    (
        "darwin",
        "@darwin why do parrots copy human speech in the first place? what's in it for them",
        "we are its flock",
    ),
    ("darwin", "@darwin why are labradors ALWAYS hungry, is it just them", "a gene"),
    (
        "darwin",
        "@darwin is that true, brains aren't finished till 25? feels like a made up stat",
        "25 is no finishing line",
    ),
    (
        "darwin",
        "@darwin theres a wasp nest in the loft. is it true they all die off in winter, can we "
        "just wait it out",
        "only the young queens live",
    ),
]


@pytest.mark.parametrize(("slug", "text", "words"), EARLIER)
def test_an_earlier_rooms_question_is_answered_in_the_field(slug, text, words):
    assert words in say(slug, text, seed=0), text


@pytest.mark.parametrize(
    ("slug", "text", "phrase"),
    [
        ("einstein", "@einstein why is my flat so cold", "high flat"),
        ("einstein", "@einstein why does my tyre go flat in winter", "surface tension"),
        ("curie", "@curie can i give my dog a bit of carrot", "theobromine"),
        ("darwin", "@darwin why do dogs shake after a bath", "Trembling is fear"),
        ("darwin", "@darwin is my brain still growing at 40", "25 is no finishing line"),
    ],
)
def test_an_earlier_rooms_look_alike_gets_another_answer(slug, text, phrase):
    assert phrase not in say(slug, text, seed=0), text


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            'my R code keeps saying "object df not found" when i run the t test but i literally '
            "made df two lines up. what am i doing wrong",
            "R",
        ),
        ("how do i make a pivot table in excel", "Excel"),
    ],
)
def test_code_in_a_tool_it_does_not_know_is_named_and_owned_up_to(text, reply):
    said = say("aibot", f"/AIBot {text}", author="fen")
    assert f"{reply} isn't a part I know" in said or f"guess at {reply}" in said, said


def test_an_exclamation_after_a_remark_asks_nothing_of_the_house_bot():
    said = say("aibot", "/AIBot had a great day. what a laugh", author="fen")
    assert "I don't know" not in said


def test_a_separate_chat_for_a_few_is_a_private_room():
    said = say(
        "aibot",
        "/AIBot can i make a separate chat with just three of us? need to plan something for "
        "rohan's birthday without him seeing",
    )
    assert said.startswith('Tick "Private" when you create the room'), said


# Session 26: the field questions of the session 25 dev rooms (beekeepers, game jam, theatre,
# village hall solar) still owned up to or answered on another topic.
DEV25 = [
    (
        "darwin",
        "@darwin good morning! how do the bees decide which larva becomes the queen?",
        "royal jelly all her days",
    ),
    (
        "curie",
        "@curie what's actually in royal jelly? is it worth £25 a jar like the health shop charges",
        "Royal jelly is mostly water",
    ),
    (
        "darwin",
        "@darwin why would one hive be so much grumpier than the others? same apiary",
        "Temper runs in the queen's line",
    ),
    (
        "einstein",
        "@einstein quick one, how does a gravity slingshot actually work? like why does the ball "
        "speed up going past a planet",
        "planet's own motion",
    ),
    (
        "einstein",
        "@einstein if a planet is twice as heavy is the pull twice as strong or more?",
        "Twice the mass, twice the pull",
    ),
    (
        "darwin",
        "@darwin bit random but are there animals that navigate by the stars?",
        "Milky Way",
    ),
    (
        "curie",
        "@curie what colour would a planet made mostly of iron look like? doing the pixel art",
        "rusty red",
    ),
    ("curie", "@curie and one made of sulphur?", "sulphur paints yellow"),
    (
        "einstein",
        "@einstein the haze machine keeps setting off the fire alarm in the hall. how does a "
        'smoke detector even "see" haze?',
        "scatter it onto a sensor",
    ),
    (
        "curie",
        "@curie is the fog juice actually safe to breathe for two hours? lily has asthma",
        "glycol or glycerine",
    ),
    (
        "darwin",
        "@darwin why do people laugh more in a full audience than a half empty one?",
        "Laughter is catching",
    ),
    (
        "einstein",
        "@einstein does the angle matter much? roof is 35 degrees and faces ssw",
        "thirty-five degrees and facing south",
    ),
    (
        "curie",
        "@curie what are panels actually made of? someone says they're full of toxic stuff and "
        "can't be recycled",
        "glass, aluminium and silicon",
    ),
]


@pytest.mark.parametrize(("slug", "text", "words"), DEV25)
def test_a_dev25_rooms_question_is_answered_in_the_field(slug, text, words):
    assert words in say(slug, text, seed=0), text


@pytest.mark.parametrize(
    ("slug", "text", "phrase"),
    [
        ("einstein", "@einstein what angle should our shed roof be so rain runs off", "panel"),
        ("darwin", "@darwin why do hyenas laugh", "Laughter is catching"),
        ("curie", "@curie is my iron supplement safe", "rusty red"),
        ("einstein", "@einstein why does my smoke alarm beep at night", "scatter it"),
    ],
)
def test_a_dev25_look_alike_gets_another_answer(slug, text, phrase):
    assert phrase not in say(slug, text, seed=0), text


def test_a_point_pressed_on_after_his_examination_is_examined_again():
    history = (
        Line(
            "maya",
            "problem. ellie said she'd come and now she cant, but she still wants her name on the "
            "thank you post. @socrates is that fair if she didnt do anything",
        ),
        Line(
            "Socrates",
            "Before I answer, Maya, tell me: if someone did the same to you, would you call it "
            "fair? Begin there, and you will find you already half know.",
            own=True,
        ),
    )
    reply = say(
        "socrates",
        "true. @socrates ok she made the poster but isnt coming on the day, does that change it",
        history=history,
        seed=0,
    )
    assert "I know nothing" not in reply and "I know only" not in reply, reply
    assert "?" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        '@socrates my supervisor says my hypothesis is "unfalsifiable". is she right or is she '
        "just being mean. hypothesis is that people who say theyre procrastinating are planning",
        "@socrates my theory can't be proved wrong, is that a good thing",
    ],
)
def test_an_unfalsifiable_hypothesis_is_asked_what_would_sink_it(text):
    assert say("socrates", text, author="sam", seed=0).startswith(
        "Ask yourself what you would see if you were wrong, Sam."
    )


@pytest.mark.parametrize(
    "text",
    [
        '@shakespeare how do i make a discussion section not sound like "so basically the '
        'results were mid"',
        "@shakespeare any tips for my dissertation conclusion",
    ],
)
def test_academic_writing_gets_his_plain_advice(text):
    assert say("shakespeare", text, author="nadia", seed=0).startswith(
        "Say what you found, Nadia, then what it means"
    )


def test_a_sum_in_words_she_cannot_work_is_handed_to_nobody():
    history = (
        Line(
            "meera",
            "gift budget: we said £150 each from the 4 of us, and the hamper + cotswolds weekend "
            "is £520",
        ),
    )
    reply = say(
        "lovelace",
        "@lovelace how much is left after the cotswolds thing, and how much is that each if we "
        "split it back",
        author="meera",
        history=history,
        seed=0,
    )
    assert "@" not in reply, reply


@pytest.mark.parametrize(
    "text", ["@shakespeare name for our robotics team?", "@shakespeare our robot team needs a name"]
)
def test_a_robot_team_gets_a_robot_teams_name(text):
    reply = say("shakespeare", text, author="lina", seed=3)
    assert reply.startswith(
        ("Hotspur", "Yellow Choler", "The Tempest in a Teapot", "Much Ado About Motors")
    ), reply


@pytest.mark.parametrize(
    ("before", "text", "worked"),
    [
        (
            "money: coach is £540 for the day, there's 23 of us signed up so far",
            "@lovelace how much each is that, and how much if we get up to 30 people",
            "£540 between 23 of you is £23.48 each; between 30, £18 each",
        ),
        (
            "the villa is £1200 for the week",
            "@lovelace how much each for 6 people or 8 people",
            "£1200 between 6 of you is £200 each; between 8, £150 each",
        ),
    ],
)
def test_a_sum_asked_on_the_figures_just_said_is_worked_with_them(before, text, worked):
    reply = say("lovelace", text, author="maureen", history=(Line("maureen", before),), seed=0)
    assert worked in reply, reply


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        ("coach is £540 for the day, 23 of us, how much each", "£540 between 23 of you is £23.48"),
        ("5 km in 25 minutes, how many minutes per km", "5 minutes a km"),
    ],
)
def test_a_cost_for_the_day_is_shared_and_a_measured_rate_is_not(text, worked):
    assert worked in say("lovelace", f"@lovelace {text}", seed=0)


def test_a_thing_that_gives_you_something_asks_nothing_of_her_life():
    reply = say("curie", "@curie did radium make you ill", seed=0)
    assert "radium" in reply.lower(), reply
    assert ANYONE_YOU.search("why do dates give you energy so fast")
    assert not ANYONE_YOU.search("did radium make you ill")


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "@shakespeare i need a polite but firm sign for the window about customers getting in "
            "with chips and kebabs",
            ("No Food or Drink Within", "Kindly Finish Your Chips"),
        ),
        ("@shakespeare we need a sign to stop people smoking by the door", ("No Smoking Here",)),
    ],
)
def test_a_sign_against_something_says_so(text, sign):
    reply = say("shakespeare", text, author="shaz", seed=0)
    assert any(f'"{s}' in reply for s in sign), reply


def test_a_sign_against_a_thing_it_has_no_words_for_is_never_a_welcome():
    reply = say("shakespeare", "@shakespeare a sign to keep the geese off the lawn", author="shaz")
    assert "Welcome" not in reply, reply
