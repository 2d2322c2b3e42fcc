"""Session 22 (issue 14): replies that sound like a real turn of the conversation.

Three classes of failure that blind raters met in every unseen room, each fixed as a class:

1. Thanks for help not given: a persona took thanks for an answer it never gave ("@curie
   thanks, ok no vicks" after a line on walks: "It is nothing, Gus; knowledge is meant to be
   shared"), for one another persona gave, with a "but" and a no ("thanks but we can't get a
   cat": "My pleasure"), or in sarcasm ("thanks for crushing kev's dreams").
2. Either/or questions answered "Yes, I think so" or with a garbled pick ("I would say
   football and lose"): now one of the two deeds is picked and said back whole, in the asker's
   terms ("Keep heating on low all day, Jess"), and "... or not. yes or no" gets a plain yes or
   no with the thing restated.
3. Follow-ups of dissatisfaction met with an unrelated line ("ok but like in normal words
   please": "Well, Amara, that is how the world turns"): the miss is owned, a choice put anew
   after "i meant like practically" answered, a plain answer pressed for ("i just wanted a
   number not a lecture") owned, and "in normal words" gets a plainer line on what was asked or
   an honest "I put that badly".
"""

from __future__ import annotations

import pytest

from bots.addressing import PLAINER, PRESSED, confused
from bots.engine import (
    MISSED_LEAD,
    Voice,
    deed_choice,
    either_or,
    offline_reply,
    switched,
    yes_or_not,
)
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import NAMES, VOICES, say

CUR_ICE = (
    ("gus", "@curie also should i ice them or use heat, ive heard both and my mum says vicks"),
    ("Marie Curie", "Whatever the weather, Gus, a good walk clears the head."),
)
MOULD = (
    (
        "jess",
        "@darwin genuine question is the mould in the bathroom corner alive or like, a stain. it "
        "came back after i bleached it",
    ),
    (
        "Charles Darwin",
        "Not one observation of mine bears on that, Jess, and a naturalist without observations "
        "should keep quiet. Perhaps @curie could tell you more; that is Marie Curie's field.",
    ),
    (
        "Marie Curie",
        "Gladly. A good question, Jess; here is what we found. Bleach takes the colour out of a "
        "stain by oxidising it: it breaks the part of the coloured molecule that holds the "
        "colour, so the stain is still there, only invisible.",
    ),
)
MICE = (
    (
        "kwame",
        "@darwin why do the mice keep getting in no matter what we do? we blocked the hole by the "
        "back door",
    ),
    (
        "Charles Darwin",
        "Ah, Kwame, I have given that a good deal of thought. Cats have their place in the web of "
        "life: more cats in a village mean fewer mice, more nests of humble-bees, and so more "
        "clover.",
    ),
)
BLOWER = (
    (
        "jo",
        "@einstein the bouncy castle blower thing, how much power does it actually pull? the "
        "school only has one outdoor socket and the coffee van wants it too",
    ),
    (
        "Albert Einstein",
        "Let me put it simply, Jo. When Hitler came to power I was abroad and never went back; "
        "the Nazis burned my books, took my summer house and my boat, and called my physics "
        "Jewish physics.",
    ),
)
DOG = (
    ("kev", "@darwin could i breed a dog that can fly if i tried hard enough"),
    (
        "Charles Darwin",
        "I rather doubt it, Kev; selection works only on the variation that is there, and no dog "
        "was ever born with the makings of a wing.",
    ),
)
ANKLE = (
    ("sam", "@curie should i put ice on a sprained ankle"),
    ("Marie Curie", "That I cannot answer, Sam; my knowledge ends at the laboratory door."),
)
WAIT = (
    ("priya", "@darwin any tips for getting the kids to sleep on a long coach trip"),
    (
        "Charles Darwin",
        "Then I hope it comes soon, Priya; a wait is best spent watching the birds.",
    ),
)
HANDED = (
    ("li", "@einstein what's 15% of 240, for the tip"),
    ("Albert Einstein", "Ask @lovelace; that is a field where I would be the pupil."),
    ("Ada Lovelace", "A tidy sum, Li: 15% of 240 is 36."),
)
RICE = (
    ("tom", "@einstein how long do i microwave leftover rice for"),
    (
        "Albert Einstein",
        "When Hitler came to power I was abroad and never went back; the Nazis burned my books, "
        "took my summer house and my boat, and called my physics Jewish physics.",
    ),
)
WASPS = (
    ("marcus", "@darwin why do wasps go absolutely feral at the end of summer?"),
    (
        "Charles Darwin",
        "Ah, Marcus, I have given that a good deal of thought. Wasps pester us in late summer "
        "because their nest stops raising young, and the workers, no longer fed sweet drops by "
        "the grubs, go looking for sugar elsewhere.",
    ),
)
CAKE = (
    (
        "fatima",
        "@curie baking question. why do my cupcakes sink in the middle every time. oven is fan 160",
    ),
    (
        "Marie Curie",
        "Bicarbonate of soda makes a cake rise because, with an acid such as buttermilk, lemon or "
        "the acid in baking powder, and with heat, it gives off carbon dioxide; the bubbles swell "
        "in the oven and the cake sets round them.",
    ),
)
PACE = (
    ("dan", "@lovelace if i run 5k in 38 mins what's my pace per km"),
    (
        "Ada Lovelace",
        "A tidy little table for your run, Dan: 5 km in 38 mins is 7 minutes 36 seconds a km, or "
        "7.9 km an hour.",
    ),
)
DOWNHILL = (
    (
        "amara",
        "@einstein why does running downhill feel harder on my legs than uphill? surely downhill "
        "is easier, gravity is helping",
    ),
    (
        "Albert Einstein",
        "That one I never put to a thought experiment, Amara, but here is what comes closest. "
        "Gravity is not a force pulling you down; it is the curvature of space and time around "
        "mass.",
    ),
)
ESCAPE = (
    ("maya", "@einstein how do we get out of an escape room fast"),
    ("Albert Einstein", "Time is relative, Maya; an hour with a pretty girl passes like a minute."),
)
EGG = (
    ("maya", "@einstein how long to boil an egg"),
    ("Albert Einstein", "Time is relative, Maya; an hour with a pretty girl passes like a minute."),
)
EGGS = (
    ("maya", "@lovelace how many eggs for 12 people"),
    (
        "Ada Lovelace",
        "Let us make a method of it, Maya: break it into small steps that each do one thing.",
    ),
)
SMELL = (
    ("lena", "@curie how do i get the smell out of the fridge, something died in there"),
    (
        "Marie Curie",
        "I am truly sorry, Lena. Let the people who love you help; there is no shame in leaning "
        "on them.",
    ),
)
FOX = (
    ("ben", "@darwin are foxes dangerous to cats"),
    ("Charles Darwin", "A blush is the most peculiar and most human of all expressions."),
)
RAFFLE = (
    ("claire", "@lovelace if we sell 900 raffle tickets at £1 how much is that"),
    (
        "Ada Lovelace",
        "With five tickets in a raffle of two hundred, your chance of the top prize is one in "
        "forty; buying twice as many tickets only doubles it.",
    ),
)
BOSS = (
    ("ed", "@socrates is it wrong to want a pay rise"),
    (
        "Socrates",
        "Walking through the market I liked to say: how many things there are here that I do not "
        "need!",
    ),
)
LIGHT = (
    ("nia", "@einstein why is the sky blue"),
    (
        "Albert Einstein",
        "Sunlight is a mixture of all colours; the air scatters the blue part most, because its "
        "waves are short, so blue comes at us from every side of the sky.",
    ),
)
WINE = (
    ("pat", "@curie why does red wine stain so badly"),
    (
        "Marie Curie",
        "The colour of red wine is anthocyanin, a pigment that binds to fibres; hot water sets "
        "it, so blot it and rinse it cold.",
    ),
)

THANKS_CASES = [
    (
        "curie",
        "@curie thanks, ok no vicks, will tell mum",
        "gus",
        CUR_ICE,
        "I did little enough, Gus; but I am glad it came out well.",
    ),
    (
        "darwin",
        "@darwin also thanks for the mould info, so it's basically unkillable. great",
        "jess",
        MOULD,
        "Those thanks are for Marie, Jess, not me; but I am glad it helped.",
    ),
    (
        "darwin",
        "@darwin thanks but we really can't get a cat, the church said no",
        "hilary",
        MICE,
        "Then no cat, Hilary; a pity. Nature seldom offers only one remedy, and we must look for "
        "another.",
    ),
    (
        "curie",
        "@curie thanks for the ice advice, ankle better",
        "sam",
        ANKLE,
        "I did little enough, Sam; but I am glad it came out well.",
    ),
    (
        "darwin",
        "@darwin thanks for crushing kev's dreams",
        "maya",
        DOG,
        "I am sorry for it, Maya; nature is no respecter of anyone's hopes, and I only report her.",
    ),
    (
        "einstein",
        "@einstein haha ok thanks for the explanation anyway, it was more than i needed to know",
        "jo",
        BLOWER,
        "Ha, I did go on, Jo; forgive an old professor who cannot stop at the simple part.",
    ),
    (
        "darwin",
        "@darwin ty for the tips!! they slept the whole way",
        "priya",
        WAIT,
        "I did little enough, Priya; but I am heartily glad it turned out well.",
    ),
    (
        "einstein",
        "@einstein cheers for sorting the maths x",
        "li",
        HANDED,
        "Those thanks are for Ada, Li, not me; but I am glad it helped.",
    ),
    (
        "einstein",
        "@einstein thanks!! rice was fine btw",
        "tom",
        RICE,
        "Ach, I did very little, Tom; but I am glad it came right.",
    ),
    (
        "lovelace",
        "@lovelace thanks but we already tried that, didnt work",
        "dan",
        PACE,
        "Then we must compute another way, Dan; a first method that fails is still a result.",
    ),
    (
        "curie",
        "@curie thx but i cant afford a dehumidifier lol",
        "lena",
        WINE,
        "Then no dehumidifier, Lena; a pity, but there is always another method to try.",
    ),
    (
        "shakespeare",
        "@shakespeare thank u but we're not allowed to have candles in the hall",
        "ray",
        (),
        "Then no candles, Ray; 'tis pity, but there are more ways to the wood than one.",
    ),
    (
        "socrates",
        "@socrates thanks for ruining pizza for me forever",
        "omar",
        BOSS,
        "Do not thank me, Omar; I only asked, and the answer was not mine to change.",
    ),
    (
        "einstein",
        "@einstein ok thanks anyway, that went way over my head",
        "nia",
        LIGHT,
        "Ha, I did go on, Nia; forgive an old professor who cannot stop at the simple part.",
    ),
    (
        "darwin",
        "@darwin thank you, bit much info tho lol",
        "ben",
        FOX,
        "I did run on, Ben; forgive an old man who has spent too long with his notebooks.",
    ),
    (
        "curie",
        "@curie thanks anyway, will just google it",
        "lena",
        SMELL,
        "I did little enough, Lena; but I am glad it came out well.",
    ),
    (
        "darwin",
        "@darwin thanks that makes sense",
        "marcus",
        WASPS,
        "Not at all, Marcus; I am glad my long observations were of some use.",
    ),
    (
        "curie",
        "@curie thank you!! will try it",
        "fatima",
        CAKE,
        "You are welcome, Fatima. I am glad it was of use.",
    ),
    (
        "lovelace",
        "@lovelace thanks for the maths",
        "dan",
        PACE,
        # (tone61: thanks for a sum met as such)
        "You are most welcome, Dan; I am glad the figures came out clear.",
    ),
    (
        "einstein",
        "@einstein thank u that actually makes sense now",
        "nia",
        LIGHT,
        "It was my pleasure, Nia. Questions like yours keep my pipe lit.",
    ),
    (
        "curie",
        "@curie thanks, i'll blot it with cold water",
        "pat",
        WINE,
        "You are welcome, Pat. I am glad it was of use.",
    ),
    (
        "darwin",
        "@darwin thanks but why do they come back every year?",
        "marcus",
        WASPS,
        "Not at all, Marcus; I am glad my long observations were of some use.",
    ),
]

CHOICE_CASES = [
    (
        "einstein",
        "@einstein that wasnt really what i meant, i meant like practically, should we keep "
        "heating on low all day or blast it when we get home",
        "jess",
        (
            ("omar", "@einstein how does a heater use so much electricity?? mine is tiny"),
            (
                "Albert Einstein",
                "Let me put it simply, Omar. Electricity in a wire is no rush of particles: the "
                "electrons shuffle along slower than a snail, but the push passes down the wire "
                "almost as fast as light, so the lamp comes on at once.",
            ),
        ),
        "Blast it when you need it, Jess: a house loses heat faster the warmer it is kept, so "
        "heating an empty house all day costs more than warming it again. A timer to start it "
        "half an hour before you get home is best; a heat pump is the exception.",
    ),
    (
        "einstein",
        "@einstein should we keep heating on low all day or blast it when we get home",
        "jess",
        (),
        "Blast it when you need it, Jess: a house loses heat faster the warmer it is kept, so "
        "heating an empty house all day costs more than warming it again. A timer to start it "
        "half an hour before you get home is best; a heat pump is the exception.",
    ),
    (
        "einstein",
        "@einstein our big chest freezer is in the garage and it's running constantly, does it "
        "work harder in winter or summer in a cold garage? someone said cold garages break them",
        "ray",
        (),
        "Harder in summer, Ray: a freezer pumps heat out into the air round it, and the warmer "
        "that air, the more work. If it runs nonstop, check the door seal and dust the coils at "
        "the back; some are not made for garages below about 10 degrees.",
    ),
    (
        "socrates",
        "@socrates ok what's actually fair, split evenly or by who uses more",
        "jess",
        (),
        "Split evenly, I think, Jess; but tell me, what would you lose by the other?",
    ),
    (
        "socrates",
        "@socrates is it better to play pretty football and lose or ugly and win?",
        "maya",
        (),
        "A fair question, Maya; let me answer with care. I never tried to win an argument, only to "
        "find what is true; a man who wins and is wrong has lost the better thing.",
    ),
    (
        "einstein",
        "@einstein ok i didn't fully get that, so should we move the freezer inside or not. yes "
        "or no",
        "zoe",
        (),
        "Inside is kinder to it, Zoe, if you have the room: it works in steady air, neither a hot "
        "summer garage nor one cold enough to fool its thermostat. If it must stay out, give it "
        "space round the back and check it is sold as garage-safe.",
    ),
    (
        "lovelace",
        "@lovelace should we split the bill evenly or by who ate what",
        "kit",
        (),
        "Ah, Kit, that is exactly my kind of puzzle. A bill is split fairly when each pays for "
        "what they ordered and what was shared is divided equally; a rule agreed before the sum "
        "is done spares a quarrel after it.",
    ),
    (
        "socrates",
        "@socrates is it better to tell her now or wait till after the wedding?",
        "amy",
        (),
        "Wait till after the wedding, I think, Amy; but tell me, what would you lose by the other?",
    ),
    (
        "einstein",
        "@einstein should i leave the laptop charging overnight or unplug it at 100",
        "raj",
        (),
        "Charging overnight does little harm now, Raj: the phone stops taking current when full. "
        "Heat is what ages a battery, so keep it off the pillow and out of the sun while it "
        "charges.",
    ),
    (
        "curie",
        "@curie whats fairer, pay per person or per household",
        "bea",
        (),
        "Honestly, Bea, I will tell you what I think. I would say per person. The evidence of my "
        "own "
        "experience leans that way, and I follow the evidence.",
    ),
    (
        "darwin",
        "@darwin shud we get a dehumidifier or just open the windows more",
        "lena",
        (),
        "Open the windows more, Lena, I should think; but try it and observe the result.",
    ),
    (
        "shakespeare",
        "@shakespeare should i text him first or wait for him to text me",
        "mo",
        (),
        "Wait for him to text you, Mo; that is what I would do, and let the rest go hang.",
    ),
    (
        "curie",
        "@curie do we bin the 2024 beans or keep them for the clients",
        "zoe",
        (),
        "Bin the 2024 beans, Zoe; that is what I would do, and I would measure whether it worked.",
    ),
    ("curie", "@curie should i bin the beans or not", "zoe", (), "Yes, Zoe: bin the beans."),
    (
        "darwin",
        "@darwin can we leave the mouse traps out overnight, yes or no",
        "kwame",
        (),
        "A mouse needs a gap no wider than a pencil, Kwame, and chews through wood and foam; "
        "block one hole and it finds the next. Stuff gaps with steel wool, seal round pipes, keep "
        "food in tins, and snap traps or a cat do the rest.",
    ),
    (
        "lovelace",
        "@lovelace do i need to pay the extra £5 or not",
        "dan",
        (),
        "No, Dan: you do not need to pay the extra £5.",
    ),
    (
        "socrates",
        "@socrates should we tell the landlord about the cat or not",
        "omar",
        (),
        "Yes, Omar: tell the landlord about the cat. But why do you hesitate?",
    ),
]

MISS_CASES = [
    (
        "einstein",
        "@einstein ok but like in normal words please",
        "amara",
        DOWNHILL,
        "Ach, Amara, I put that badly, and I have no plainer words for it; that is a failing of "
        "mine, not of yours.",
    ),
    (
        "einstein",
        "@einstein lol what? we just want out of a room",
        "maya",
        ESCAPE,
        "Ach, Maya, I have confused you, and that is my fault, not yours. You have found a hole "
        "in my education, Maya, and not a small one.",
    ),
    (
        "einstein",
        "@einstein that's not what i asked",
        "maya",
        EGG,
        "Forgive me, Maya; I answered a question you did not ask. On a high mountain water boils "
        "at about eighty-five degrees instead of a hundred, because the air presses on it less; "
        "so tea made up there tastes weak and eggs take for ever.",
    ),
    (
        "lovelace",
        "@lovelace i just wanted a number not a lecture",
        "maya",
        EGGS,
        "Forgive me, Maya; I answered a question you did not ask. My mother raised me on "
        "mathematics to keep me from fancies, Maya, and she left that one out.",
    ),
    (
        "einstein",
        "@einstein english please lol",
        "nia",
        LIGHT,
        "Ach, Nia, I put that badly, and I have no plainer words for it; that is a failing of "
        "mine, not of yours.",
    ),
    (
        "curie",
        "@curie can you say that simpler",
        "pat",
        WINE,
        "You are right to ask, Pat; I said it poorly, and I have no simpler result to give you.",
    ),
    (
        "darwin",
        "@darwin explain it like im 5",
        "marcus",
        WASPS,
        "You are quite right, Marcus; that was a naturalist's way of putting it, and I have "
        "nothing simpler to give you.",
    ),
    (
        "lovelace",
        "@lovelace i only asked for a yes or no",
        "claire",
        RAFFLE,
        "My mistake, Claire; I was answering something else. There my mathematics fails me, "
        "Claire; I simply do not know.",
    ),
    (
        "socrates",
        "@socrates that isnt what i asked, should i ask my boss for a rise or not",
        "ed",
        BOSS,
        "My mistake, Ed; I was answering something else. Yes: ask your boss for a rise. But why "
        "do you hesitate?",
    ),
    (
        "einstein",
        "@einstein no i meant, how long does an egg take to boil up a mountain",
        "maya",
        EGG,
        "Forgive me, Maya; I answered a question you did not ask. On a high mountain water boils "
        "at about eighty-five degrees instead of a hundred, because the air presses on it less; so "
        "tea made up there tastes weak and eggs take for ever.",
    ),
    (
        "darwin",
        "@darwin thats not what i asked lol, do foxes actually attack cats",
        "ben",
        FOX,
        "My mistake, Ben; I was answering something else. A barnacle knows as much of that as I "
        "do, Ben, and is rather more patient about it.",
    ),
    (
        "curie",
        "@curie huh? we just want to get the smell out",
        "lena",
        SMELL,
        "You are right to be puzzled, Lena; I put that badly. Gas for the cooker has no smell of "
        "its own: the smell of rotten cabbage is a sulphur compound added on purpose, so that a "
        "leak gives itself away.",
    ),
    (
        "lovelace",
        "@lovelace just the number pls, not a lecture",
        "claire",
        RAFFLE,
        "My mistake, Claire; I was answering something else. There my mathematics fails me, "
        "Claire; I simply do not know.",
    ),
    (
        "darwin",
        "@darwin ok but in plain english, why are they so angry",
        "marcus",
        WASPS,
        "You are quite right, Marcus; that was a naturalist's way of putting it, and I have "
        "nothing simpler to give you.",
    ),
]


def _others(slug: str) -> tuple[Voice, ...]:
    return tuple(v for v in VOICES.values() if v.slug != slug)


def _reply(slug: str, message: str, author: str, history) -> str:
    lines = tuple(Line(a, t, own=a == VOICES[slug].name) for a, t in history)
    return say(slug, message, seed=1, history=lines, author=author, others=_others(slug))


# --- 1. Thanks for help not given ---------------------------------------------------------


@pytest.mark.parametrize(("slug", "message", "author", "history", "expected"), THANKS_CASES)
def test_thanks_are_taken_as_they_were_meant(slug, message, author, history, expected):
    assert _reply(slug, message, author, history) == expected


def test_thanks_for_an_answer_further_back_than_the_room_shows():
    # In the room Curie's line on walks was twenty messages back: out of `history`, but in
    # `said`. Was "It is nothing, Gus; knowledge is meant to be shared, not hoarded."
    voice = VOICES["curie"]
    message = "@curie thanks, ok no vicks, will tell mum"
    reply = offline_reply(
        voice,
        message=message,
        seed=0,
        ignore=NAMES,
        history=(Line("rosie", "lol priorities"), Line("gus", message)),
        others=_others("curie"),
        said=("Whatever the weather, Gus, a good walk clears the head.",),
    )
    assert reply == "That is generous, Gus, for I gave you almost nothing; still, I am glad of it."


@pytest.mark.parametrize(
    "message",
    [
        "@darwin thanks!",
        "@darwin thank you so much, that's really helpful",
        "@darwin cheers, makes sense now",
        "@darwin ty!! will tell the kids",
    ],
)
def test_plain_thanks_after_real_help_are_still_welcomed(message):
    reply = _reply("darwin", message, "marcus", WASPS)
    welcomes = [line.removeprefix("#thanks ") for line in VOICES["darwin"].material]
    assert any(reply == w.replace("{name}", "Marcus") for w in welcomes), reply


# --- 2. Either/or questions ---------------------------------------------------------------


@pytest.mark.parametrize(("slug", "message", "author", "history", "expected"), CHOICE_CASES)
def test_an_either_or_is_answered_by_picking_one_whole(slug, message, author, history, expected):
    assert _reply(slug, message, author, history) == expected


@pytest.mark.parametrize(
    ("text", "deeds"),
    [
        (
            "should we keep heating on low all day or blast it when we get home",
            ("keep heating on low all day", "blast it when we get home"),
        ),
        (
            "is it better to play pretty football and lose or ugly and win?",
            ("play pretty football and lose", "play ugly and win"),
        ),
        (
            "ok what's actually fair, split evenly or by who uses more",
            ("split evenly", "split by who uses more"),
        ),
        ("whats fairer, pay per person or per household", ("pay per person", "pay per household")),
        (
            "shud we get a dehumidifier or just open the windows more",
            ("get a dehumidifier", "open the windows more"),
        ),
        (
            "should i text him first or wait for him to text me",
            ("text him first", "wait for him to text me"),
        ),
    ],
)
def test_the_two_deeds_are_read_whole(text, deeds):
    assert deed_choice(text) == deeds


@pytest.mark.parametrize(
    "text",
    [
        "tea or coffee?",
        "@einstein tea or coffee?",
        "i'm putting the kettle on, tea or coffee anyone?",
        "i told him or her to come early",
        "ask him or her, whoever turns up first",
        "i dont know whether or not to go",
        "should we get pizza or something",
        "should i bring snacks or smth",
        "should i just wing it lol or whatever",
        "should i go or nah",
        "what's best, tea or coffee",
        "should we be friends or enemies",
    ],
)
def test_no_choice_of_deeds_is_read_where_none_is_offered(text):
    assert deed_choice(text) is None
    assert yes_or_not(text) == ""


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("should we move the freezer inside or not. yes or no", "move the freezer inside"),
        ("so should i bin the beans or not", "bin the beans"),
        (
            "can we leave the mouse traps out overnight, yes or no",
            "leave the mouse traps out overnight",
        ),
        ("do i need to pay the extra £5 or not", "need to pay the extra £5"),
    ],
)
def test_or_not_asks_a_plain_yes_or_no(text, deed):
    assert yes_or_not(text) == deed
    assert deed_choice(text) is None


def test_a_choice_said_of_both_options_is_read_as_the_two_words():
    # Was ("it work harder in winter", "summer in a cold garage"): "I would say summer in a
    # cold garage", with a line on sailing in summer.
    text = "does it work harder in winter or summer in a cold garage? someone said they break"
    assert either_or(text) == ("winter", "summer")


def test_pronouns_are_said_back_to_the_asker():
    assert switched("blast it when we get home") == "blast it when you get home"
    assert switched("wait for him to text me") == "wait for him to text you"


def test_the_old_choices_keep_their_answers():
    # Two times and two short deeds read whole are `_pick`'s, as before.
    reply = say("einstein", "@einstein should we open the shop at 8 or 9", author="jo")
    assert "I would say 8." in reply or "I would say 9." in reply
    reply = say("curie", "@curie should i text him or call him", author="jo")
    assert "I would text him." in reply or "I would call him." in reply


# --- 3. Follow-ups of dissatisfaction -----------------------------------------------------


@pytest.mark.parametrize(("slug", "message", "author", "history", "expected"), MISS_CASES)
def test_a_miss_is_owned_and_the_new_question_answered(slug, message, author, history, expected):
    assert _reply(slug, message, author, history) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ok but like in normal words please",
        "english please lol",
        "can you say that simpler",
        "explain it like im 5",
        "eli5 pls",
        "in plain english pls",
        "dumb it down for me",
    ],
)
def test_plainer_words_asked(text):
    assert PLAINER.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "in other words, it's broken",
        "that's what i meant!",
        "in plain english, it works",
        "my nan speaks simple english",
    ],
)
def test_no_plainer_words_asked(text):
    assert not PLAINER.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "i just wanted a number not a lecture",
        "i only asked for a yes or no",
        "that wasnt really what i meant",
        "it isnt what i asked",
        "just the number pls, not a lecture",
    ],
)
def test_a_plain_answer_pressed_for(text):
    assert PRESSED.search(text)


@pytest.mark.parametrize(
    "text",
    ["thats exactly what i asked lol", "i just wanted to say thanks", "i need a number of chairs"],
)
def test_agreement_is_no_answer_pressed_for(text):
    assert not PRESSED.search(text)


def test_what_they_wanted_said_again_after_confusion():
    assert confused("lol what? we just want out of a room")
    assert confused("huh? we just want to get the smell out")
    assert not confused("lol what? he quit?")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "that wasnt really what i meant, i meant like practically, should we keep heating "
            "on low all day or blast it when we get home",
            "should we keep heating on low all day or blast it when we get home",
        ),
        (
            "no i meant, how long does an egg take to boil up a mountain",
            "how long does an egg take to boil up a mountain",
        ),
        (
            "thats not what i asked lol, do foxes actually attack cats",
            "do foxes actually attack cats",
        ),
    ],
)
def test_the_question_put_after_a_miss_is_found(text, rest):
    lead = MISSED_LEAD.match(text)
    assert lead and text[lead.end() :] == rest


def test_a_new_question_with_no_answer_before_it_is_no_miss():
    # Nothing of its own before: "no i meant" owns no miss, it is simply asked.
    reply = say("einstein", "@einstein no i meant, how long does an egg take to boil up a mountain")
    assert not reply.startswith(("My mistake", "Forgive me", "You are right"))


def test_thanks_for_what_the_persona_it_handed_to_said_further_back():
    # In the room Darwin's hand-over to Marie was twenty messages back. Was "My pleasure, Jess;
    # it is a rare day that I may talk of barnacles to a willing ear."
    message = "@darwin also thanks for the mould info, so it's basically unkillable. great"
    reply = offline_reply(
        VOICES["darwin"],
        message=message,
        seed=0,
        ignore=NAMES,
        history=(Line("omar", "ya 7pm"), Line("jess", message)),
        others=_others("darwin"),
        said=(MOULD[1][1],),
    )
    assert reply == "Those thanks are for Marie, Jess, not me; but I am glad it helped."


def test_plainer_words_asked_with_a_line_of_someone_else_between():
    # Was "Well, Amara, that is how the world turns. What shall we wonder about together?"
    history = (*DOWNHILL, ("gus", "i only feel it in my lungs going up"))
    reply = _reply("einstein", "@einstein ok but like in normal words please", "amara", history)
    assert reply == (
        "Ach, Amara, I put that badly, and I have no plainer words for it; that is a failing of "
        "mine, not of yours."
    )


def test_plainer_words_asked_of_nobody_it_answered_are_no_miss():
    # Its last answer was to someone else: "english please" is not said of its words.
    history = (*LIGHT, ("tom", "lol"))
    reply = _reply("einstein", "@einstein english please", "amara", history)
    assert "plainer" not in reply and "put that badly" not in reply
