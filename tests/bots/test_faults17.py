"""Reading faults blind raters gave 1-2 in live rooms (faults17): a long real question read as a
riddle told ("why does a wall with a batter ... stand so much better? i explain it and never get
it right" was "Oh, Alun, terrible!"), a question asked without "?" after a lead or a clause read
as news or a mishap ("since they're physicists, whats a physics trick we could hide" was "Small
disasters, Mo"), "X vs Y" in a sum read as a pick ("how late is she vs no wind" was "Late at
night, I would say"), a lead word read as the subject ("follow up, does the temp matter" was
"Music was Ève's gift ... unable to follow"), and lines carried on a field's name or a grade
("physicists", "better") alone."""

import re
import time

import pytest

from bots.engine import (
    ANYONE_YOU,
    ASKED_AFTER_LEAD,
    ASKED_OF_YOU,
    BEHAVES_EITHER,
    LEAD_WORDS,
    MEASURED_AGAINST,
    REASON_ASKED,
    plain,
    told_joke,
    wry,
)
from bots.engine import ChatLine as Line
from tests.bots.test_everyday_messages import CAST, say, starts_with, tagged

REACTIONS = ("more", "wry", "sympathy", "remark", "congrats", "groan", "laugh", "joke")


def reacted(reply: str, slug: str) -> bool:
    return any(starts_with(reply, slug, kind) for kind in REACTIONS)


# --- 1. A real question at length, then the asker's own case, is no riddle told ------------------

LONG_QUESTIONS = [
    # rated 1.5: "Oh, Alun, terrible! I shall tell it at Princeton, and they will not laugh either."
    "why does a wall with a batter (both faces leaning in) stand so much better than a straight "
    "vertical one? i explain it to volunteers and never get it right",
    # rated 1.5: "Ha! Dreadful, Marta; Pierre would have laughed for a week."
    "how do the pigments in tattoo ink actually stay in the skin for decades? clients ask me and "
    "i just say 'science' and smile",
    # the same shape, written here
    "why did the yeast not rise? i left it overnight on the counter and nothing happened",
    "how does a kettle know when to switch off? ours never does lol",
    "why do the swifts leave so early in august when the weather is still warm? my kid asked me",
    "how did the romans get the water to run downhill for miles with no pumps at all? we saw an "
    "aqueduct today",
]


@pytest.mark.parametrize("text", LONG_QUESTIONS)
def test_a_long_question_and_the_askers_own_case_is_no_riddle(text):
    assert told_joke(text) == "", text


@pytest.mark.parametrize(
    "text",
    [
        "why did the bicycle fall over? because it was two tired",
        "what do you call a fish with no eyes? a fsh 😂",
        "how does a penguin build its house? igloos it together lol",
        "why did the scarecrow win an award? he was outstanding in his field",
    ],
)
def test_a_riddle_with_its_punchline_is_still_a_joke_told(text):
    assert told_joke(text) == "told", text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "text"), [("einstein", LONG_QUESTIONS[0]), ("curie", LONG_QUESTIONS[1])]
)
def test_the_rated_long_questions_get_no_groan(slug, text, seed):
    reply = say(slug, f"@{slug} {text}", seed=seed)
    assert not reacted(reply, slug), reply
    assert reply not in tagged(slug, "groan"), reply
    # Not a line on "better" either ("You sing better in the shower because ...").
    assert "shower" not in reply and "matter of taste" not in reply, reply


# --- 2. A question asked without "?" after a lead or opening a clause ----------------------------

UNMARKED = [
    # rated 1.5: "Small disasters, Mo; by tomorrow they are anecdotes."
    "since they're physicists, whats a physics trick we could hide in a puzzle that would fool "
    "normal people but make them smile",
    # rated 1.0: "Whatever the weather, Sid, a good walk clears the head."
    "the limestone and the gritstone on our stretch look totally different after rain, the lime "
    "goes almost white when it dries. whats going on chemically",
    # rated 2.0: "Tell me more, Alun; one observation is only the beginning."
    "also does frost actually split stones or is that a myth, some of ours crack every winter",
    # rated 2.0: "How did that come about, Lou? I like to know the causes of things."
    "she means it tho, like what happens to the ink in the skin. i'd like to know too",
    # the same shapes, written here
    "ok but also can a pigeon really see magnetic fields",
    "my sourdough went flat overnight. why does that happen",
    "random q but is a tomato a fruit or a veg",
    "for the party, which wine goes with lamb",
]


@pytest.mark.parametrize("text", UNMARKED)
def test_a_question_without_its_mark_is_read_as_asked(text):
    assert ASKED_AFTER_LEAD.search(plain(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "so is my mum lol",
        "and is now my favourite band",
        "i went home, what a day",
        "no idea what is going on lol",
        "also did the dishes finally",
        "ok so i passed my test!!",
        "also my cat is asleep on my laptop again",
        "had a long day at work, what with the trains and all",
    ],
)
def test_news_and_asides_are_not_read_as_asked(text):
    assert not ASKED_AFTER_LEAD.search(plain(text)), text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "text"),
    [("einstein", UNMARKED[0]), ("curie", UNMARKED[1]), ("curie", UNMARKED[2])],
)
def test_the_rated_unmarked_questions_get_no_reaction(slug, text, seed):
    reply = say(slug, f"@{slug} {text}", seed=seed)
    assert not reacted(reply, slug), reply
    assert "walk clears the head" not in reply and "Small disasters" not in reply, reply
    # Nor a line on the field's name ("physicists") and one other word: how it met Mileva.
    assert "Mileva" not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        # rated 1.0: "Ha! I recognise the method, Lou; I once forgot to eat for a whole day ..."
        "joke but would glow in the dark ink be a terrible idea 😂 someone actually asked",
        "ok but could a cat really survive that fall lol my mate swears it can",
        "random but why does my dog tilt his head when i talk lol honestly",
        "quick one, is it normal that my sourdough smells like nail varnish lmao it really does",
    ],
)
def test_a_question_after_a_lead_and_with_a_laugh_is_no_wry_remark(text):
    assert not wry(plain(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "burnt the toast again and set off the alarm lol classic sunday morning for me",
        "my son calls the hoover the floor monster lol he hides from it every time",
        "went to the gym. well i drove past it",
    ],
)
def test_a_wry_remark_is_still_one(text):
    assert wry(plain(text)), text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_glow_ink_question_is_answered_not_laughed_at(seed):
    reply = say(
        "curie",
        "@curie joke but would glow in the dark ink be a terrible idea 😂 someone actually asked",
        seed=seed,
    )
    assert not reacted(reply, "curie"), reply
    assert "Glow-in-the-dark" in reply, reply


# --- 3. "X vs Y" in a sum or a chart is no pick between them -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if a bird flies 280 miles at 1400 yards per minute with a 15mph headwind for half of it "
        "how late is she vs no wind",
        "could we make a simple little chart for volunteers, wall height vs stone needed",
        "how much faster is a bike vs walking over 5 miles",
        "roughly how many calories in rice vs pasta per plate",
    ],
)
def test_one_thing_measured_against_another_is_told(text):
    assert MEASURED_AGAINST.search(text), text


@pytest.mark.parametrize("text", ["cats vs dogs?", "tea vs coffee, go", "books vs films"])
def test_a_plain_versus_is_still_a_pick(text):
    assert not MEASURED_AGAINST.search(text), text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "text", "was"),
    [
        # rated 1.0: "If you want my view, Dev: Late at night, I would say: the house is quiet ..."
        (
            "einstein",
            "if a bird flies 280 miles at 1400 yards per minute with a 15mph headwind for half of "
            "it how late is she vs no wind. asking for my sanity",
            "Late at night",
        ),
        # rated 1.5: "You ask what I think, Gwen; I think this. Taste is one variable I never
        # tried to calculate; ..."
        (
            "lovelace",
            "could we make a simple little chart for volunteers, wall height vs stone needed, so "
            "they can guess on the day",
            "Taste",
        ),
    ],
)
def test_one_thing_measured_against_another_gets_no_pick(slug, text, was, seed):
    reply = say(slug, f"@{slug} {text}", seed=seed)
    assert was not in reply and "I would say" not in reply, reply
    assert not starts_with(reply, slug, "opinion"), reply


@pytest.mark.parametrize("seed", [1, 2])
def test_cats_vs_dogs_still_gets_a_view(seed):
    reply = say("curie", "@curie cats vs dogs?", seed=seed)
    assert not reacted(reply, "curie"), reply
    assert reply not in tagged("curie", "outside"), reply


# --- 4. A reason asked is not a view asked ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("why does a wall with a batter stand so much better than a straight one", True),
        ("how do cast iron pans hold heat better than steel ones", True),
        ("also why do some people heal faster than others", True),
        ("why is a bike better than a car in town", True),
        ("what do you think, is a bike better than a car", False),
        ("are cats better than dogs", False),
        ("is tea better than coffee", False),
    ],
)
def test_a_reason_asked_is_told_from_a_view(text, reason):
    assert bool(REASON_ASKED.match(text)) is reason, text


# --- 5. "you" of anyone, and lead words, are no part of what is asked ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "does the temp matter more than how many times you reuse it",
        "how would you randomise the clues so repeat players can't remember them",
        "how often you water a cactus depends on what",
        "how much you knead it changes the bread?",
    ],
)
def test_the_you_of_anyone_does_not_ask_of_its_life(text):
    assert not ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", text)), text


@pytest.mark.parametrize(
    "text",
    [
        "how did you feel when you won the prize",
        "what would you do in my place",
        "do you miss your family",
    ],
)
def test_its_own_life_is_still_asked_of_it(text):
    assert ASKED_OF_YOU.search(ANYONE_YOU.sub(" ", text)), text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        # rated 1.0: "Let us take it carefully, Rico. Music was Ève's gift, not mine; ...
        # quite unable to follow."
        ("curie", "follow up, does the temp matter more than how many times u reuse it? i run "
         "mine hot"),
        ("curie", "follow up, does the colour matter more than the brand of the tiles"),
        ("darwin", "quick question, does the soil matter more than the sun for tomatoes"),
        ("lovelace", "random q, does the font matter more than the layout on a menu"),
    ],
)  # fmt: skip
def test_a_lead_word_is_not_the_subject(slug, text, seed):
    reply = say(slug, f"@{slug} {text}", seed=seed)
    assert not re.search(r"\bfollow|\bquick|\brandom|Music|Exercise", reply), reply
    assert not reacted(reply, slug), reply


# --- the regexes added stay fast on a long message ----------------------------------------------


@pytest.mark.parametrize(
    "pattern",
    [ASKED_AFTER_LEAD, MEASURED_AGAINST, REASON_ASKED, ANYONE_YOU, LEAD_WORDS, BEHAVES_EITHER],
)
@pytest.mark.parametrize(
    "text",
    [
        ("so what is it like, " * 300)[:5000],
        "also " * 1000,
        ("ok but " * 800)[:5000],
        ("how many you " * 500)[:5000],
        ("joke but random q quick one, " * 200)[:5000],
        ("ok so and but " * 400)[:5000] + "!",
        ("does the sit " * 400)[:5000],
        ("do a sink " * 500)[:5000],
        "a" * 5000,
    ],
)
def test_the_new_patterns_are_quick_on_a_long_message(pattern, text):
    # The best of three runs: the time the pattern takes, not the time other work on the
    # machine took from it.
    took = []
    for _ in range(3):
        start = time.perf_counter()
        pattern.search(text)
        took.append(time.perf_counter() - start)
    assert min(took) < 0.01, min(took)


# --- 6. Inside its own field it says what it knows nearest, not "not my field" ------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    "text",
    [
        # rated 2.0: "Honestly, Kat, I do not know; that is not my field, and I will not pretend
        # otherwise."
        "@curie for the 'abandoned lab' room, what would a real 1900s lab actually have on the "
        "benches? want props that look right without being an actual hazard lol",
        "@curie what did a chemistry lab look like in your day, like what was on the benches",
        "@curie what sort of stuff would be on a lab bench back in 1900",
    ],
)
def test_curie_tells_what_was_on_her_bench(text, seed):
    reply = say("curie", text, seed=seed)
    assert "On our bench in the shed stood glass flasks and beakers" in reply, reply
    assert reply not in tagged("curie", "outside"), reply


@pytest.mark.parametrize("seed", [1, 2])
def test_darwin_says_there_are_no_tigers_in_south_america(seed):
    reply = say("darwin", "@darwin are there tigers in the amazon or just jaguars", seed=seed)
    assert "a true tiger lives only in Asia" in reply, reply


# --- 7. A question handed over is answered on its sense, or owned up to -------------------------

HANDED = "That lies beyond my tables, {who}. I would put that to @darwin, who knows it far better."


def handed_over(question: str, who: str, seed: int) -> str:
    ada = "Ada Lovelace"
    history = (Line(who, question), Line(ada, HANDED.format(who=who.title())))
    others = tuple(v for v in CAST if v.slug != "darwin")
    return say("darwin", HANDED.format(who=who.title()), author=ada, seed=seed, history=history[:1],
               others=others)  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("question", "stray"),
    [
        # rated 1.0: "Gladly. A fair question, Tomasz. A seedling bends towards the light because
        # its tip feels the light and sends word down the stem; ..."
        (
            "@lovelace could the database also tell us which birds to send to which race? like "
            "a little ranking thing",
            "seedling",
        ),
        # the same shape, written here: a gran is no Wilberforce's grandmother
        ("@lovelace which plants should i send to my gran for her birthday, something easy",
         "Wilberforce"),
        ("@lovelace can u work out the cheapest way to ship 40 boxes to leeds", "Gladly"),
    ],
)  # fmt: skip
def test_a_question_handed_over_is_not_met_on_a_stray_word(question, stray, seed):
    reply = handed_over(question, "tomasz", seed)
    assert stray not in reply, reply
    assert reply in tagged("darwin", "outside", name="Tomasz"), reply


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("@lovelace why do finches on different islands have different beaks?", "finches"),
        ("@lovelace how do earthworms make soil?", "worm"),
        ("@lovelace why do peacocks have such big tails", "peacock"),
        (
            "@lovelace can a spreadsheet tell me which hens lay best, we keep getting it wrong",
            "hens",
        ),
    ],
)
def test_a_question_handed_over_in_its_field_is_still_answered(question, line, seed):
    reply = handed_over(question, "tomasz", seed)
    assert reply.startswith("Gladly. "), reply
    assert line in reply.lower(), reply


# --- 8. How a thing behaves, asked one way or another, is a question of fact --------------------


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # rated 1.5: "If you want my view, Jas: I would say an angle."
        (
            "also random but if i park on a slope does the oil in the fryer sit at an angle or "
            "level? my mate says angle and im losing my mind",
            True,
        ),
        ("if i tilt a glass of water does the water stay tilted or go level", True),
        ("will the ice float or sink in oil", True),
        ("does a dropped cat land on its feet or its back", True),
        ("tea or coffee?", False),
        ("does pineapple go on pizza or not", False),
        ("would a cat or a dog make a better first pet", False),
    ],
)
def test_how_a_thing_behaves_is_told_from_a_pick(text, fact):
    assert bool(BEHAVES_EITHER.search(plain(text))) is fact, text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    "text",
    [
        "also random but if i park on a slope does the oil in the fryer sit at an angle or "
        "level? my mate says angle and im losing my mind",
        "if i tilt a glass of water does the water stay tilted or go level",
    ],
)
def test_einstein_says_a_liquid_lies_level(text, seed):
    reply = say("einstein", f"@einstein {text}", seed=seed)
    assert "A liquid at rest always lies level" in reply, reply
    assert "I would say" not in reply, reply


@pytest.mark.parametrize("seed", [1, 2])
def test_tea_or_coffee_is_still_a_pick(seed):
    reply = say("einstein", "@einstein tea or coffee?", seed=seed)
    assert "I would say coffee" in reply, reply


# --- 9. A why-question after a lead word is asked, not a mishap told ---------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("also why do so many of ur plays have twins in them, my teacher says its lazy", True),
        ("ok but how does a compass know where north is", True),
        ("random q but what is the oldest tree in england", True),
        ("also why i ever agreed to this is beyond me", False),
        ("also what a day lol", False),
        ("and how, mate", False),
    ],
)
def test_a_wh_question_after_a_lead_is_asked(text, asked):
    assert bool(ASKED_AFTER_LEAD.search(plain(text))) is asked, text


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(
    "text",
    [
        "also why do so many of ur plays have twins in them, my teacher says its lazy",
        "why do so many of ur plays have twins in them",
        "did you have twins",
    ],
)
def test_shakespeare_on_twins_is_no_mishap(text, seed):
    # Was "A plague upon such small mischiefs, Sam! They are the comedy's business, not the
    # tragedy's." (read as news of a mishap).
    reply = say("shakespeare", f"@shakespeare {text}", seed=seed)
    assert "I was father to twins myself, Hamnet and Judith" in reply, reply
    assert not reacted(reply, "shakespeare"), reply


@pytest.mark.parametrize("seed", [1, 2])
def test_news_of_twins_is_still_good_news(seed):
    reply = say("shakespeare", "@shakespeare my sister just had twins!!", seed=seed)
    assert any(starts_with(reply, "shakespeare", k) for k in ("congrats", "glad")), reply
    assert "Hamnet" not in reply, reply
