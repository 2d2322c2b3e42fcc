"""Easy everyday, trivia and help questions a person would just answer (easy39): a short,
correct, plain answer in the persona's voice (bots/advice.py `EASY`, bots/easy.py), and the same
plain answer from the house bot; never "my knowledge ends at the laboratory door". Look-alikes
(a chemistry boil, a food's safety, "the capital of our project", a capital of the past, a first
woman on the moon) keep the reply they had."""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from bots.advice import advice
from bots.easy import capitals, fact, house_fact, windfall_asked
from tests.bots.test_everyday_messages import say

# (persona, the message, its whole reply)
ANSWERED = [
    (
        "aibot",
        "/AIBot what's the best way to cook rice without it going mushy",
        "Rinse it first, boil it in plenty of water like pasta and drain it the moment it's tender, then let it steam a few minutes in the covered pan.",
    ),
    (
        "darwin",
        "my laptop keeps freezing when I open chrome, any ideas",
        "No notebooks are needed for that, Maya; common sense will do. Close tabs you don't need, turn off browser extensions one by one, update everything and restart; if it still freezes, turn off hardware acceleration.",
    ),
    (
        "aibot",
        "/AIBot my laptop keeps freezing when I open chrome, any ideas",
        "Close tabs you don't need, turn off browser extensions one by one, update everything and restart; if it still freezes, turn off hardware acceleration.",
    ),
    (
        "aibot",
        "/AIBot how often should I water tomatoes",
        "Whenever the top inch of soil is dry: daily for pots in hot weather, twice a week in the ground; water the base, not the leaves, and keep it regular.",
    ),
    (
        "einstein",
        "how often should I water tomatoes",
        "No physics is needed for that one, Maya. Whenever the top inch of soil is dry: daily for pots in hot weather, twice a week in the ground; water the base, not the leaves, and keep it regular.",
    ),
    (
        "aibot",
        "/AIBot what's the meaning of life",
        "Forty-two, if you ask Douglas Adams, Maya; for everything past that, the personas have thought about it a good deal longer than I have (try @socrates).",
    ),
    (
        "aibot",
        "/AIBot how do I get my kid to eat vegetables",
        "Keep putting a little on the plate beside food they like, with no pressure, eat it yourself in front of them, and let them help wash or pick it; it can take ten or more tries.",
    ),
    (
        "shakespeare",
        "what's the capital of australia",
        "That the maps can tell thee, Maya. The capital of Australia is Canberra.",
    ),
    (
        "curie",
        "what's the capital of australia",
        "That is a plain fact, Maya. The capital of Australia is Canberra.",
    ),
    (
        "lovelace",
        "who was the first person on the moon",
        "A plain fact, Maya, and gladly given. Neil Armstrong, in July 1969, with Buzz Aldrin just after him.",
    ),
    (
        "darwin",
        "how long do I boil an egg for",
        "No notebooks are needed for that, Maya; common sense will do. About 6 minutes in boiling water for a soft, runny yolk, 7 for a jammy one and 9 to 10 for hard-boiled; then cool it under the cold tap.",
    ),
    (
        "aibot",
        "/AIBot how long do I boil an egg for",
        "About 6 minutes in boiling water for a soft, runny yolk, 7 for a jammy one and 9 to 10 for hard-boiled; then cool it under the cold tap.",
    ),
    (
        "darwin",
        "can you help me write a cover letter",
        "No notebooks are needed for that, Maya; common sense will do. One page: the job and why you want it, two or three concrete things you've done that match what they ask for, and a line asking for an interview.",
    ),
    (
        "aibot",
        "/AIBot can you help me write a cover letter",
        "One page: the job and why you want it, two or three concrete things you've done that match what they ask for, and a line asking for an interview.",
    ),
    (
        "curie",
        "should I learn python or javascript first",
        "That needs no laboratory, Maya, only good sense. Python first, for most people: its plain, readable code teaches the ideas without fussy punctuation; JavaScript first if you mainly want web pages.",
    ),
    (
        "lovelace",
        "should I learn python or javascript first",
        "No Engine is needed for that, Maya; plain sense will do. Python first, for most people: its plain, readable code teaches the ideas without fussy punctuation; JavaScript first if you mainly want web pages.",
    ),
    (
        "aibot",
        "/AIBot what's the weather like where you are",
        "No weather where I am, Maya: I'm a bot on a server, with no window. A weather app or the Met Office will tell you yours.",
    ),
    (
        "socrates",
        "how do I get rid of aphids on my roses",
        "Even I know this much, Maya. Squash them or hose them off with a sharp jet of water, spray weak soapy water if they come back, and leave the ladybirds to eat the rest.",
    ),
    (
        "einstein",
        "I put up a shelf and it's wonky, help",
        "No physics is needed for that one, Maya. Check it with a spirit level, then refix the low bracket to match, drilling fresh holes a little way from the old ones and using wall plugs.",
    ),
    (
        "aibot",
        "/AIBot I put up a shelf and it's wonky, help",
        "Check it with a spirit level, then refix the low bracket to match, drilling fresh holes a little way from the old ones and using wall plugs.",
    ),
    (
        "aibot",
        "/AIBot teach me something interesting",
        "Octopuses have three hearts and blue blood, Maya.",
    ),
    (
        "socrates",
        "what would you do with a million quid",
        "I never took a fee for my talk, Maya, and went barefoot happily enough. I would give it away, and then ask you the real question: what would you want it for?",
    ),
    (
        "darwin",
        "what would you do with a million quid",
        "I was lucky, Maya: my father's money let me work without a profession. I would do as I did: a quiet house in the country like Down, time for the children and the garden, and years of study.",
    ),
    (
        "curie",
        "if you won the lottery what would you do?",
        "As Pierre and I did, Maya: we would not patent radium, and much of our prize money went on the work, on students and on friends in need. Give me a well-equipped laboratory and I would ask nothing more.",
    ),
    (
        "einstein",
        "what would you do if you won the lottery",
        "I would hardly know what to do with it, Maya. My Nobel prize money went to Mileva and the boys, as we agreed when we parted; give me my violin, a sailing boat and quiet to think, and the rest can go where it is needed.",
    ),
    (
        "shakespeare",
        "what would you do with a million pounds",
        "I know what I did with mine, Maya: I bought New Place, the second-biggest house in Stratford, and land about the town. A million would buy a playhouse, and good players to fill it.",
    ),
    (
        "lovelace",
        "what would you do with a fortune",
        "I should be careful, Maya: I once ran up debts betting on the horses, mathematics or no. Better to give it to Mr Babbage, whose Analytical Engine was never built in his lifetime.",
    ),
    (
        "socrates",
        "how many minutes to boil an egg?",
        "Even I know this much, Maya. About 6 minutes in boiling water for a soft, runny yolk, 7 for a jammy one and 9 to 10 for hard-boiled; then cool it under the cold tap.",
    ),
    (
        "curie",
        "my rice always ends up mushy, what am i doing wrong",
        "Rinse the rice until the water runs clear, Maya: the loose starch on the grains is the glue. Then the right amount of water, a lid, and no stirring while it cooks.",
    ),
    (
        "shakespeare",
        "my roses are covered in greenfly, what do i do",
        "Plain counsel, Maya, and no verse in it. Squash them or hose them off with a sharp jet of water, spray weak soapy water if they come back, and leave the ladybirds to eat the rest.",
    ),
    (
        "lovelace",
        "chrome keeps freezing on my laptop, help",
        "No Engine is needed for that, Maya; plain sense will do. Close tabs you don't need, turn off browser extensions one by one, update everything and restart; if it still freezes, turn off hardware acceleration.",
    ),
    (
        "einstein",
        "any tips for writing a cover letter",
        "No physics is needed for that one, Maya. One page: the job and why you want it, two or three concrete things you've done that match what they ask for, and a line asking for an interview.",
    ),
    (
        "darwin",
        "python or js for a beginner?",
        "No notebooks are needed for that, Maya; common sense will do. Python first, for most people: its plain, readable code teaches the ideas without fussy punctuation; JavaScript first if you mainly want web pages.",
    ),
    (
        "darwin",
        "how much should i water my tomatoes",
        "Tomatoes want sun, a deep drink at the roots every day or two, not on the leaves, and a feed once the fruit sets, Maya; split fruit and black bottoms both come of uneven watering. Pinch out side shoots on the tall kinds.",
    ),
    (
        "curie",
        "my shelf is crooked, how do i fix it",
        "That needs no laboratory, Maya, only good sense. Check it with a spirit level, then refix the low bracket to match, drilling fresh holes a little way from the old ones and using wall plugs.",
    ),
    (
        "einstein",
        "do you know the capital of brazil",
        "That one I know, Maya, socks or no socks. The capital of Brazil is Brasília.",
    ),
    (
        "socrates",
        "whats the capital of the netherlands?",
        "Here, for once, is a thing I know, Maya. In the Netherlands, Amsterdam is the capital, though the government sits in The Hague.",
    ),
    (
        "darwin",
        "who was the first woman in space",
        "That much I can tell you, Maya. Valentina Tereshkova, in June 1963.",
    ),
    (
        "shakespeare",
        "who was the first to climb everest",
        "That the maps can tell thee, Maya. Edmund Hillary and Tenzing Norgay, in May 1953.",
    ),
    ("aibot", "/AIBot what's the capital of peru", "The capital of Peru is Lima."),
    ("aibot", "/AIBot who was the first person in space?", "Yuri Gagarin, in April 1961."),
    ("aibot", "/AIBot tell me a fun fact", "Octopuses have three hearts and blue blood, Maya."),
    (
        "aibot",
        "/AIBot what would you do with a million quid",
        "Nothing much, Maya: a bot has no rent to pay and nothing to buy. Ask a persona with @ (say @curie); they had lives, and fortunes or the lack of them, to draw on.",
    ),
]

# Look-alikes that must keep their present reply.
KEPT = [
    (
        "curie",
        "what is the capital of our project",
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "curie",
        "how long do I boil the solution for",
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "darwin",
        "is it safe to reheat rice",
        "The Beagle took me round the world, Maya, and never once near that question; it lies far from my studies.",
    ),
    (
        "lovelace",
        "who was the first woman on the moon",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "einstein",
        "what was the capital of germany before berlin",
        "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
    ),
    (
        "aibot",
        "/AIBot can i reheat rice the next day",
        "I don't know that, sorry, and I'd rather not make something up. Someone in the room may "
        "know, or a quick web search will.",
    ),
    (
        "darwin",
        "i won a million on the lottery!",
        "Well done, Maya! Emma and I would drink your health.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), ANSWERED + KEPT)
def test_an_easy_question_is_answered_plainly_and_a_look_alike_keeps_its_reply(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize("seed", [2, 3])
@pytest.mark.parametrize(("slug", "text", "reply"), ANSWERED)
def test_every_seed_gives_the_same_plain_answer(slug, text, reply, seed):
    # the opener may change with the seed; the answer itself never
    core = reply.split(". ", 1)[1] if slug != "aibot" and ". " in reply else reply
    if text.startswith(("what would you do", "if you won", "/AIBot te", "/AIBot tell")):
        return
    assert core in say(slug, text, seed=seed)


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("how long should i boil eggs for", "egg"),
        ("whats the best way to boil an egg", "egg"),
        ("how long for a soft boiled egg?", "egg"),
        ("how do you hard boil an egg", "egg"),
        ("how do i cook rice properly", "rice"),
        ("rice keeps going sticky help", "rice"),
        ("how do you make fluffy rice", "rice"),
        ("how often do you water tomato plants", "tomatoes"),
        ("when should i water tomatoes", "tomatoes"),
        ("any tips for getting rid of aphids", "aphids"),
        ("how do i stop blackfly on my beans", "aphids"),
        ("the shelves i put up are sagging, any tips", "shelf"),
        ("how do i fix a wonky shelf", "shelf"),
        ("my computer keeps crashing whenever i use firefox", "browser"),
        ("my laptop freezes when i have lots of tabs open, why?", "browser"),
        ("how do i write a good cover letter", "cover letter"),
        ("i need help with my cover letter", "cover letter"),
        ("which should i learn first, javascript or python", "first language"),
        ("is python or javascript better to learn first", "first language"),
    ],
)
def test_many_wordings_of_each_kind_are_read(text, thing):
    found = advice(text)
    assert found is not None and found.thing == thing


@pytest.mark.parametrize(
    "text",
    [
        "how long do i boil the copper sulfate solution",
        "the boiling point of water is 100 degrees",
        "is it safe to eat eggs past their date",
        "can i reheat rice the next day",
        "how long can cooked rice stay out",
        "are runny eggs ok when pregnant",
        # (an egg for a baby is answered now: cooked until the yolk is firm, test_mendfacts)
        "egg and spoon race ideas",
        "why do tomatoes split",
        "the shelf life of milk",
        "my program keeps crashing, any ideas",
        "chrome crashed lol",
        "i wrote a cover letter today!",
        "python or javascript, which is faster",
    ],
)
def test_look_alikes_and_food_safety_get_no_everyday_answer(text):
    assert advice(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what's the capital of japan", "The capital of Japan is Tokyo."),
        ("capital of new zealand?", "The capital of New Zealand is Wellington."),
        ("whats the capital of the usa", "The capital of the United States is Washington, D.C."),
        ("do you know what the capital of brazil is", "The capital of Brazil is Brasília."),
        ("australia's capital?", "The capital of Australia is Canberra."),
        ("tell me the capital of the uk please", "The capital of the United Kingdom is London."),
        ("what is the capital city of peru", "The capital of Peru is Lima."),
        (
            "capital of bolivia?",
            "In Bolivia, Sucre is the constitutional capital, and La Paz the seat of government.",
        ),
        (
            "what's the capital of georgia",
            "In Georgia, Tbilisi is the country's capital, and Atlanta the US state's.",
        ),
        (
            "who was the first man on the moon",
            "Neil Armstrong, in July 1969, with Buzz Aldrin just after him.",
        ),
        ("who was the first woman in space?", "Valentina Tereshkova, in June 1963."),
        ("who was the first person in space", "Yuri Gagarin, in April 1961."),
        ("who was the first president of the usa", "George Washington, from 1789."),
    ],
)
def test_capitals_and_firsts_are_said_exactly(text, said):
    assert fact(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "what's the capital of our project",
        "capital punishment, for or against?",
        "what was the capital of japan before tokyo",
        "what do you think of the capital of france",
        "who was the first woman on the moon",
        "who was the first woman to climb everest",
        "who was the first person to fly",
    ],
)
def test_no_fact_is_guessed(text):
    assert fact(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("teach me something interesting", "Octopuses have three hearts and blue blood, Maya."),
        ("got any interesting facts?", "Octopuses have three hearts and blue blood, Maya."),
        (
            "tell me something interesting about python",
            "Python is named after Monty Python's Flying Circus, not the snake, Maya.",
        ),
        ("teach me something about salon", None),
        ("tell me a fact about cats", None),
    ],
)
def test_the_house_bot_teaches_something_true_only_when_asked_for_anything(text, said):
    assert house_fact(text, ", Maya", 1) == said


def test_every_country_named_has_its_capital():
    table = capitals()
    assert len({name for name, _ in table.values()}) >= 190
    assert table["australia"] == ("Australia", "Canberra")
    assert table["netherlands"][0] == "the Netherlands"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what would you do with a million quid", True),
        ("what would u spend a million on", True),
        ("what would you do if you were rich", True),
        ("i won a million on the lottery!", False),
        ("what would you do with your afternoon", False),
    ],
)
def test_a_fortune_asked_of_as_a_hypothetical(text, asked):
    assert windfall_asked(text) is asked
