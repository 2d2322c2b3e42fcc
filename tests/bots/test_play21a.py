"""Misses from two dev play-tests (a karaoke night crew, friends house-hunting), fixed by their
general cause. Each case was said in a live room or is a paraphrase written after the fix; the
negatives are messages that must keep the reply they had.

- A choice the people make among themselves ("ok but do we get the one with the garden or the
  one near the station") was taken as a follow-up of Curie's last answer: she said her fizzy
  drink line again, and Einstein and Curie chained two more unasked lines after it.
- Its own home, nerves and way to work were owned up to: "was your flat in paris cold?" got
  Curie's fizzy drink, "how do you stay calm before performing?" her hand warmer, "you moved
  out to the countryside right" Darwin's "my notebooks are rather thin", "did you have a long
  commute when you worked at the patent office" Einstein's happiest thought.
- "why do people love singing together" read as a sigh ("How vexing! Small mishaps ...").
- AIBot said "No idea, I'm afraid" to "what's 1850 a month split between 3 people".
- "describe the perfect house in one line" was owned up to by the poet.
- A how-to with a tip for it ("how do i check if a flat has damp or mould", "a list of
  questions to ask at a viewing") was owned up to, or got a line on "questions" (dividing by
  nought); "how would you split rent fairly when the rooms are different sizes" got Lovelace's
  general way of planning, though she has a line on rooms that differ.
- "what makes a house a home anyway": "anyway" counted as a word of the subject, and Socrates
  owned up; without it he answers.
"""

from __future__ import annotations

import re

import pytest

from bots.addressing import follows_up
from bots.asks import request_kind, share_of, verse_subject
from bots.material import index_of
from bots.valence import QUESTION
from tests.bots.test_everyday_messages import VOICES, Line, starts_with
from tests.bots.test_own20 import ask, owns_up

SEEDS = [1, 2, 3]


# -- the people's own choice is no follow-up ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok but do we get the one with the garden or the one near the station",
        "ok so should we book the big room or the small one",
        "ok but do we do duets this time?",
        "hm ok but should we just take the cheaper flat",
        "right but can we go for the 8pm slot instead",
    ],
)
def test_the_peoples_own_choice_is_no_follow_up(text):
    assert not follows_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "ok but should we worry about it?",
        "ok but can we do anything about it",
        "wait so is it safe or not",
        "ok but why cant it be both",
        "ok but do we really need to worry",
    ],
)
def test_a_follow_up_of_the_answer_still_is_one(text):
    assert follows_up(text)


# -- its own home, nerves and way to work ---------------------------------------------------

GARRET = "In my garret in the Latin Quarter it was so cold that I piled all my clothes on the bed"
SORBONNE = "Before my first lecture at the Sorbonne after Pierre died I was very nervous"
DOWN = "London made me ill, Dev; we fled the city for the country at Down in 1842"
KRAMGASSE = "I walked, Dev: from our flat on the Kramgasse to the patent office"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        ("curie", "@curie was your flat in paris cold? mine is freezing already", GARRET),
        ("curie", "@curie was ur room in paris freezing in winter", GARRET),
        ("curie", "@curie did your garret have heating", GARRET),
        (
            "curie",
            "@curie how do you stay calm before performing? i get so nervous my hands shake",
            SORBONNE,
        ),
        ("curie", "@curie how do you keep calm before a big talk", SORBONNE),
        ("curie", "@curie how did you calm your nerves before a lecture", SORBONNE),
        (
            "darwin",
            "@darwin what should we look for in a neighbourhood? you moved out to the "
            "countryside right",
            DOWN,
        ),
        (
            "einstein",
            "@einstein did you have a long commute when you worked at the patent office",
            KRAMGASSE,
        ),
        ("einstein", "@einstein how did you get to work in bern", KRAMGASSE),
        ("einstein", "@einstein how did you commute to the patent office", KRAMGASSE),
        (
            "curie",
            "@curie you grew up in warsaw didn't you",
            "I grew up in Warsaw, Dev, the youngest of five",
        ),
    ],
)
def test_its_own_home_nerves_and_way_to_work_are_answered(slug, text, said, seed):
    reply = ask(slug, text, seed=seed)
    assert reply.startswith(said), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "not_said"),
    [
        # Cold as a thing of its field, not its garret; nor its cold manner.
        ("curie", "@curie why does cold water boil faster", "garret"),
        ("curie", "@curie is it cold in a cloud chamber", "garret"),
        ("curie", "@curie was your flat in paris cold?", "cold and stubborn"),
        # Anyone's nerves keep the tip for them.
        ("einstein", "@einstein how do i keep calm in an exam", "I was very nervous"),
        # Anyone's way to work is not its own.
        ("einstein", "@einstein whats the best way to commute to work by bike", "Kramgasse"),
    ],
)
def test_not_its_own_ways(slug, text, not_said, seed):
    assert not_said not in ask(slug, text, seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
def test_anyones_nerves_before_an_exam_keep_the_tip(seed):
    reply = ask("einstein", "@einstein how do i keep calm in an exam", seed=seed)
    assert reply.startswith("I failed my first entrance examination to the Polytechnic"), reply


@pytest.mark.parametrize(
    "text",
    [
        "you moved out to the countryside right",
        "you grew up in warsaw didn't you",
        "you studied in paris, right",
    ],
)
def test_its_life_told_back_is_asked(text):
    assert QUESTION.search(text)


@pytest.mark.parametrize(
    "text", ["you were right", "you got it right", "you did that all right", "you left it right"]
)
def test_you_were_right_asks_nothing(text):
    assert not QUESTION.search(text)


# -- "why do people ..." asks; "why do people always ..." sighs ---------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@darwin why do people love singing together anyway, like in groups",
        "@darwin why do people love singing together",
        "@darwin why do people love to sing together at football",
    ],
)
def test_why_people_sing_is_asked_not_sighed(text, seed):
    reply = ask("darwin", text, seed=seed)
    assert not starts_with(reply, "darwin", "wry", "Dev"), reply
    assert "Descent of Man" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_why_people_always_park_there_is_still_a_sigh(seed):
    reply = ask("darwin", "why do people always park in my space", seed=seed)
    assert starts_with(reply, "darwin", "wry", "Dev"), reply


# -- AIBot works out a share -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "what's 1850 a month split between 3 people",
            "1850 a month between 3 people is 616.67 each a month",
        ),
        (
            "split 4 hours of room rental at 28 an hour between 4 people",
            "4 hours at 28 an hour is 112, and 112 between 4 people is 28 each",
        ),
        (
            "3 nights at £90 a night split between 5 friends",
            "3 nights at £90 a night is £270, and £270 between 5 friends is £54 each",
        ),
        (
            "rent is £1200 a month, how much each if we split it 4 ways",
            "£1200 a month between 4 of you is £300 each a month",
        ),
        # As before
        ("split 85 quid between 4 of us", "85 quid between 4 of you is 21.25 each"),
        (
            "50 biscuits among 7 kids, how many each",
            "50 biscuits among 7 kids is 7 each, with 1 left over",
        ),
        ("5 km in 25 minutes, how many minutes per km", ""),
        ("we split 2 hours of driving between 3 of us", ""),
    ],
)
def test_shares_by_the_hour_and_by_the_month(text, working):
    assert share_of(text) == working


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "/AIBot what's 1850 a month split between 3 people",
            "1850 a month between 3 people is 616.67 each a month, Dev.",
        ),
        (
            "/AIBot split 4 hours of room rental at 28 an hour between 4 people",
            "4 hours at 28 an hour is 112, and 112 between 4 people is 28 each, Dev.",
        ),
        ("/AIBot split 85 quid between 4 of us", "85 quid between 4 of you is 21.25 each, Dev."),
    ],
)
def test_aibot_works_out_a_share(text, reply):
    assert ask("aibot", text) == reply


def test_aibot_still_splits_strings_in_python():
    assert '"a,b".split(",")' in ask("aibot", "/AIBot how do i split a string in python")


# -- "describe X in one line" asks for lines on X --------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("describe the perfect house in one line", "the perfect house"),
        ("sum up mondays in one line", "mondays"),
        ("@shakespeare describe a storm in a sentence", "a storm"),
    ],
)
def test_a_thing_described_in_one_line_is_verse_asked(text, subject):
    assert request_kind(text) == "verse"
    assert verse_subject(text) == subject


@pytest.mark.parametrize(
    "text",
    ["describe your house", "can you describe the patent office", "the line at the post office"],
)
def test_a_description_not_in_one_line_is_no_verse(text):
    assert request_kind(text) != "verse"


@pytest.mark.parametrize("seed", SEEDS)
def test_the_perfect_house_in_one_line(seed):
    reply = ask("shakespeare", "@shakespeare describe the perfect house in one line", seed=seed)
    assert "This castle hath a pleasant seat" in reply, reply


# -- a how-to with a tip for it --------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        (
            "curie",
            "@curie how do i check if a flat has damp or mould before signing",
            "Look where the air does not move",
        ),
        (
            "curie",
            "@curie any tips for spotting mould in a rental",
            "Look where the air does not move",
        ),
        (
            "lovelace",
            "@lovelace can you make a list of questions to ask at a viewing",
            "Make it a table",
        ),
        (
            "lovelace",
            "@lovelace what should i ask the landlord at a flat viewing",
            "Make it a table",
        ),
        (
            "lovelace",
            "@lovelace how would you split rent fairly when the rooms are different sizes",
            "To split the rent when the rooms differ",
        ),
        (
            "lovelace",
            "@lovelace could you build a machine that scores how in tune someone is",
            "A machine could score how in tune a singer is",
        ),
        (
            "lovelace",
            "@lovelace can a computer tell if i'm singing in tune",
            "A machine could score how in tune a singer is",
        ),
    ],
)
def test_a_how_to_gets_the_line_for_it(slug, text, said, seed):
    reply = ask(slug, text, seed=seed)
    assert said in reply, reply
    assert "nought" not in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_plan_with_no_line_on_it_keeps_the_way_of_planning(seed):
    # Nothing of hers says what to do for a rota of chores: her way of planning, as before.
    reply = ask("lovelace", "@lovelace how would you plan a rota for the chores", seed=seed)
    assert not owns_up("lovelace", reply), reply
    assert re.search(r"\b(table|step|order|list|Note G|Bernoulli)\b", reply), reply


# -- a filler word is no word of the subject ------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_anyway_changes_nothing(seed):
    bare = ask("socrates", "@socrates what makes a house a home", seed=seed)
    assert ask("socrates", "@socrates what makes a house a home anyway", seed=seed) == bare
    assert not owns_up("socrates", bare), bare


# -- a thing asked to be made is not answered by what it is ---------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "@lovelace could u write an algorithm to pick my beta for me lol",
        "@lovelace could you write an algorithm to choose my climbing routes",
    ],
)
def test_an_algorithm_asked_for_is_not_defined(text, seed):
    reply = ask("lovelace", text, seed=seed)
    assert "An algorithm is a recipe" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text", ["@lovelace what is an algorithm", "@lovelace can you explain what an algorithm is"]
)
def test_an_algorithm_asked_about_is_still_defined(text, seed):
    assert "An algorithm is a recipe of operations" in ask("lovelace", text, seed=seed)


# -- "why can't it be both", just after its pick ---------------------------------------------


def _after_its_answer(slug: str, question: str, text: str, seed: int = 1) -> str:
    answer = ask(slug, question, seed=seed)
    history = (Line("Dev", question), Line(VOICES[slug].name, answer, own=True))
    return ask(slug, text, seed=seed, history=history)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "question", "text", "said"),
    [
        (
            "socrates",
            "@socrates is karaoke art or just fun",
            "ok but why can't it be both",
            "Perhaps it is both, Dev; I chose one only because you asked me to choose",
        ),
        ("einstein", "@einstein cats or dogs?", "why not both?", "a wave and a particle at once"),
        (
            "curie",
            "@curie tea or coffee",
            "couldn't it be both tho",
            "found two, polonium and radium",
        ),
        ("lovelace", "@lovelace maths or poetry?", "hm but cant it be both", "a poetical science"),
        ("darwin", "@darwin nature or nurture", "both?", "Very likely both, Dev"),
        (
            "shakespeare",
            "@shakespeare comedy or tragedy",
            "why not both",
            "the gravediggers jest in Hamlet",
        ),
    ],
)
def test_both_is_granted_after_a_pick(slug, question, text, said, seed):
    assert said in _after_its_answer(slug, question, text, seed)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "question", "text"),
    [
        # No pick was made: nothing to grant.
        ("socrates", "@socrates what is art", "ok but why can't it be both"),
        # Both told, not asked.
        ("einstein", "@einstein cats or dogs?", "i like both lol"),
        ("einstein", "@einstein cats or dogs?", "both of us have a cat"),
    ],
)
def test_both_is_granted_only_for_a_pick_questioned(slug, question, text, seed):
    both = index_of(VOICES[slug].material).tagged["both"]
    reply = _after_its_answer(slug, question, text, seed)
    assert not any(reply.startswith(line.split("{name}")[0]) for line in both), reply


@pytest.mark.parametrize(
    "text",
    ["ok but why can't it be both", "why not both?", "couldn't it be both tho", "both?"],
)
def test_both_asked_follows_up(text):
    assert follows_up(text)


# -- a name for a group of people is no pet's name ------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        (
            "shakespeare",
            "@shakespeare what should we call our karaoke crew? we need a name",
            "Concord of Sweet Sounds",  # (s23: names for singers, bots/naming.py)
        ),
        ("shakespeare", "@shakespeare our film crew needs a name", "The Rude Mechanicals"),
        # (compose31: a name made for a quiz team, not her element for anything)
        ("curie", "@curie what should we call our quiz team", "For the name, Dev"),
        ("darwin", "@darwin what should we call our karaoke crew?", "I would name it as I named"),
        ("socrates", "@socrates our book club needs a name", "Call it The Gadflies"),
        ("lovelace", "@lovelace what should we call our karaoke crew?", "Poetical Science"),
    ],
)
def test_a_groups_name(slug, text, said, seed):
    reply = ask(slug, text, seed=seed)
    assert reply.startswith(said), reply
    assert "creature" not in reply and "pet" not in reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        ("curie", "@curie i need a kitten name", "Polonium"),
        ("darwin", "@darwin what should i call my dog", "Polly"),
        ("lovelace", "@lovelace what should i call my cat", "Bernoulli"),
        ("shakespeare", "@shakespeare what should i name my cat", "Puck"),
    ],
)
def test_a_pets_name_stays_a_pets(slug, text, said, seed):
    assert said in ask(slug, text, seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("text", ["@einstein you played violin right? would you do karaoke"])
def test_its_music_told_back_is_answered(text, seed):
    assert ask("einstein", text, seed=seed).startswith("Music is my other life")


@pytest.mark.parametrize("seed", SEEDS)
def test_its_violin_told_back_is_answered_from_its_life(seed):
    """(life60) A yes or no on its own life is answered from the line of its life on it."""
    assert ask("einstein", "@einstein you played the violin right", seed=seed).startswith(
        "I began the violin at six"
    )


@pytest.mark.parametrize(
    "text", ["you had it right", "you played that right", "you wrote it right"]
)
def test_you_had_it_right_asks_nothing(text):
    assert not QUESTION.search(text)


# -- more of its own life, and its own tip though another's field word is said ---------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        ("curie", "@curie was your lab warm enough in winter?", "so cold"),
        (
            "darwin",
            "@darwin you lived on a ship for 5 years right? was it cramped",
            "I slung my hammock over the chart table",
        ),
        ("darwin", "@darwin where did you sleep on the beagle", "I slung my hammock"),
        ("lovelace", "@lovelace what questions should i ask my new landlord", "Make it a table"),
    ],
)
def test_more_of_its_own(slug, text, said, seed):
    assert said in ask(slug, text, seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "not_said"),
    [
        # "what was it like on the beagle" is the whole voyage, not its hammock.
        ("darwin", "@darwin what was it like on the beagle, be honest", "hammock"),
        ("darwin", "@darwin why are plane seats so cramped", "hammock"),
        # Summer asked of, not the cold.
        ("curie", "@curie what did you do in summer", "so cold"),
    ],
)
def test_not_more_of_its_own(slug, text, not_said, seed):
    assert not_said not in ask(slug, text, seed=seed)


# -- its own line on a subject is not said twice in a room while a plain one is left -------


def _second(slug: str, first: str, then: str, seed: int = 1) -> str:
    answer = ask(slug, first, seed=seed)
    history = (Line("Dev", first), Line(VOICES[slug].name, answer, own=True))
    return ask(slug, then, seed=seed, history=history)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_city_asked_again_gets_another_line(seed):
    first = (
        "@darwin what should we look for in a neighbourhood? you moved out to the countryside right"
    )
    assert ask("darwin", first, seed=seed).startswith(DOWN)
    reply = _second(
        "darwin", first, "@darwin would you have lived in a city if you could choose?", seed
    )
    assert "London was dirty and noisy" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_the_city_asked_first_keeps_its_life_line(seed):
    reply = ask("darwin", "@darwin would you have lived in a city if you could choose?", seed=seed)
    assert reply.startswith(DOWN.replace("Dev", "Dev")), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_no_grave_line_for_a_light_question_asked_again(seed):
    reply = _second("curie", "@curie do you like rain", "@curie do you go out in the rain", seed)
    assert "died" not in reply and "killed" not in reply, reply
    assert reply.startswith("Rain never kept me indoors"), reply


# -- a take met by another of its words decides nothing --------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_a_pick_never_contradicts_its_reason(seed):
    # Was "I would live alone. Living with others is worth it if you talk to them".
    reply = ask("socrates", "@socrates is it better to rent with friends or live alone", seed=seed)
    assert "live alone. Living with others" not in reply, reply
    assert not reply.startswith("I would live alone"), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        # Its headword said: the take still decides.
        ("einstein", "@einstein rent or buy? be honest", "I would say rent"),
        ("curie", "@curie tea or coffee", "I would say tea"),
    ],
)
def test_a_take_on_its_headword_still_decides(slug, text, said, seed):
    assert said in ask(slug, text, seed=seed)


# -- "forever" is no thing asked about -------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_rent_forever_is_not_the_universe(seed):
    reply = ask(
        "einstein",
        "@einstein ok but why would you rent forever, isn't that throwing money away",
        seed=seed,
    )
    assert "night sky" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_the_universe_forever_still_is(seed):
    reply = ask("einstein", "@einstein has the universe existed forever", seed=seed)
    assert "the universe has not existed forever" in reply, reply


# -- where it lived; a budget helped with --------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        ("einstein", "@einstein what was your house in princeton like", "Mercer Street"),
        ("socrates", "@socrates what was your house in athens like", "five minae"),
        ("socrates", "@socrates where did you live", "five minae"),
        ("curie", "@curie where did you live in paris", "In my garret in the Latin Quarter"),
        ("lovelace", "@lovelace can you help me budget for a deposit", "Work it backwards"),
        ("lovelace", "@lovelace can you help me save for a holiday", "Work it backwards"),
    ],
)
def test_where_it_lived_and_a_budget(slug, text, said, seed):
    assert said in ask(slug, text, seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text", "not_said"),
    [
        # A topic picked is no tip on exams.
        (
            "curie",
            "@curie can you help me pick a topic for my chemistry project",
            "Revise as I did",
        ),
        # Caputh is still its summer house.
        ("einstein", "@einstein did you have a summer house", "Mercer Street"),
    ],
)
def test_not_where_it_lived(slug, text, not_said, seed):
    assert not_said not in ask(slug, text, seed=seed)
