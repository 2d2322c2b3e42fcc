"""lines42: rate41's misses answered from the personas' own material (session 42).

"will AI take our jobs" had been answered on whether machines think; "whos ur fav persona here",
Curie on radium without protection and Lovelace on laptops had been owned up to or met with
another line; and everyday questions from rate41's live rooms (a pan soaked three days, a game
boss that heals, too many meetings) had been owned up to ("On that, Maya, I am truly ignorant").
Persona lines never name another persona (it would summon it), so a favourite is described.
"""

import pytest

from tests.bots.test_everyday_messages import say

JOBS = {
    "einstein": "Some work will go to machines, Maya, as it always has; I sat in a patent office "
    "full of inventions that did men's work. Concern for man himself must be the chief interest "
    "of all technical endeavours, and that part is up to us.",
    "shakespeare": "The printing press put many a scribe to other work, Maya, and gave me "
    "readers. A machine may turn out verse by the yard, but a play wants someone who has lived; "
    "learn what it cannot do.",
    "curie": "Every new tool changes work, Maya. In the war I trained women to work X-ray "
    "machines at the front: the machine did not replace the surgeon, it gave him eyes. What I "
    "would fear is a machine trusted without anyone checking it.",
    "lovelace": "Some jobs, Maya, as the new frames took the stocking-knitters' work; my "
    "father's first speech in the Lords, in 1812, defended the frame-breakers. But an engine "
    "does only what we order it to, so deciding what to order stays ours.",
    "socrates": "First tell me what a job is for, Maya: if only for the wage, a machine may do "
    "it and we must share what it earns; if for doing a thing well, no machine takes that from "
    "you.",
    "darwin": "Trades change as conditions change, Maya; the hand-loom weavers of my youth "
    "suffered terribly when the power looms came. Learn what the machines cannot yet do, and "
    "help those the change leaves behind.",
}


@pytest.mark.parametrize("slug", sorted(JOBS))
def test_ai_and_jobs_is_answered_on_work(slug):
    assert say(slug, "will AI take all our jobs?") == JOBS[slug]


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("lovelace", "is ai going to take my job"),
        ("einstein", "will robots replace us at work"),
        ("darwin", "do you think computers will take over our jobs"),
        ("socrates", "should i retrain before ai takes my job"),
    ],
)
def test_ai_and_jobs_put_otherwise(slug, text):
    assert say(slug, text) == JOBS[slug]


def test_a_machine_at_work_is_no_question_of_jobs():
    reply = say("curie", "the coffee machine at work is broken, any tips?")
    assert reply != JOBS["curie"], reply


def test_a_favourite_persona_is_named():
    # rate41: "Ach, you ask me something I have not often asked myself" (2).
    assert say("einstein", "whos ur fav persona here lol") == (
        "The philosopher from Athens, Maya: he asks the questions I was too polite to ask my "
        "professors."
    )
    assert say("darwin", "@darwin who's your favourite persona in here?") == (
        "The lady who found radium, I think, Maya: she boiled tonnes of ore for four years as "
        "patiently as I dissected barnacles for eight."
    )
    reply = say("einstein", "what's your favourite film character")
    assert "Athens" not in reply, reply


def test_curie_on_radium_without_protection():
    # rate41: "Working with Pierre was the happiest time of my life" (2).
    asked = "curie what was it like working with radium with no protection at all?"
    assert say("curie", asked) == (
        "We had none, Maya, because we did not know we needed it: I carried tubes of radium in "
        "my pocket, and the rays left my fingers cracked and scarred. We learned too late what it "
        "was doing to us."
    )


def test_lovelace_on_laptops():
    # rate41: "There my mathematics fails me, Maya; I simply do not know." (2)
    assert say("lovelace", "lovelace would you have liked modern laptops") == (
        "I should have adored one, Maya: an Engine on my knee, with more store than Mr Babbage "
        "ever dreamed of, and no need to beg the Treasury to build it."
    )


def test_everyday_questions_from_rate41_live_rooms():
    # Each had been owned up to: "On that, Maya, I am truly ignorant", "Down House has answered
    # many questions for me, but never that one", "as puzzled as my cat Tiger on a rainy day".
    assert say("socrates", "@socrates is soaking a pan for 3 days actually washing it") == (
        "Soaking is the pan's preparation, Maya, not its washing: after a night the water has "
        "done what it can, and three days only breed a smell. It is like thinking about exercise."
    )
    boss = "@darwin is there a survival strategy for a boss that heals every time she hits you"
    assert say("darwin", boss) == (
        "Watch her before you fight, Maya, as I watched my finches: whatever heals has a "
        "pattern, a pause or a cost. Strike when she stops to heal, or stop the healing first."
    )
    meetings = (
        "einstein how do i explain to my boss that 5 meetings a day means no actual work gets done"
    )
    assert say("einstein", meetings) == (
        "Show the sums, Maya: each meeting's hour, and the half hour after it to find your "
        "thread again, then see what is left of the day. Ask for two mornings a week with no "
        "meetings; I did my best physics in quiet hours."
    )


def test_a_soak_or_a_meeting_told_is_no_question():
    reply = say("einstein", "i'm going to soak in the bath and do the dishes later")
    assert "culture" not in reply, reply
    assert say("curie", "i have a meeting with my boss tomorrow, wish me luck") == (
        "Bonne chance, Maya! Prepare carefully, then trust the preparation; what is understood "
        "need not be feared."
    )


def test_the_house_bot_calls_no_claim_or_choice_a_question_of_taste():
    # taste42: 15 of the raters' messages had "That's a question of taste I can't settle"
    # ("machines will never be creative", a student loan against an index fund).
    said = "/AIBot I disagree with Ada, machines will never be creative."
    assert say("aibot", said, seed=5) == (
        "I don't take sides, Maya: I know Salon and a little code, not what's best. The personas "
        "here have views on everything; ask one with @."
    )


@pytest.mark.parametrize("slug", ["socrates", "einstein", "aibot"])
def test_bleach_used_with_ammonia_is_the_hazard_for_everyone(slug):
    # review42: Socrates had said "if it sounds simple and good, it probably is", Einstein
    # that he never learned plumbing, the house bot that it keeps no opinions.
    text = "is it ok to use bleach with ammonia for the toilet?"
    assert say(slug, f"/AIBot {text}" if slug == "aibot" else text) == (
        "Maya, never mix bleach with vinegar, ammonia or any other cleaner: together they give "
        "off toxic gases, such as chlorine. Use one product at a time and rinse in between. If "
        "you have breathed the fumes, get into fresh air; if you feel unwell or your eyes sting, "
        "rinse them with water and call 111."
    )


MOULD = (
    "Maya, bread, soft cheese, jam, yoghurt or soft fruit with mould on it goes in the bin: its "
    "threads run further than you can see. Only hard cheese can be saved, cutting at least 2.5 cm "
    "round the mould."
)


@pytest.mark.parametrize("slug", ["einstein", "socrates", "curie", "aibot"])
def test_mouldy_food_is_the_hazard_for_everyone(slug):
    # review42: Einstein and Socrates had said yes to bread with the mould cut off.
    text = "is it ok to eat bread if i cut the mouldy bit off?"
    assert say(slug, f"/AIBot {text}" if slug == "aibot" else text) == MOULD


def test_mould_in_the_house_is_no_food_hazard():
    assert say("curie", "does bleach kill mould") != MOULD
    assert say("curie", "how do i stop mould on my windows") != MOULD
