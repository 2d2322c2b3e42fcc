"""Read as a person means it (rate38a): loneliness is no small mischief ("A plague upon such
small mischiefs" to "lonely lately, moved to a new city"), a pet that ate what poisons it needs
a vet now (not "nature is full of such surprises"), a pet put to sleep by name is a death told,
a cat lifted off the table is not, and "meeting people" is no meeting to run icebreakers at.
"""

from __future__ import annotations

import pytest

from bots.safety import at_risk
from bots.valence import grave_kind, mood
from tests.bots.test_everyday_messages import say

LONELY = {
    "einstein": "Ach, Maya, I know it well: Munich, Zurich, Bern, Prague, Berlin, Princeton, and "
    "the first months in each were lonely. Find one friend to walk and talk with, as I had "
    "Besso; the rest comes.",
    "shakespeare": "I came to London from Stratford a stranger, Maya, and it was long before I "
    "found my fellows at the playhouse. Find one company to belong to, a choir or a club, and go "
    "back each week.",
    "curie": "I know that loneliness, Maya: as a student in Paris I lived alone in a garret so "
    "cold I slept under all my clothes. Work steadied me, and then friends; look for people who "
    "share one thing you love.",
    "lovelace": "Oh, Maya, I know it; as a sickly girl I spent years shut up with my lessons, and "
    "letters were my company. Write to someone you miss today, and say yes to the next "
    "invitation.",
    "socrates": "I was never lonely, Maya, for I talked with anyone in the agora who would stop. "
    "Ask one person near you a real question today; most people are only waiting to be asked.",
    "darwin": "I know it, Maya; five years on the Beagle I was often lonely, and I lived for "
    "letters from home. Write to the people you miss, and walk the same path each day; faces "
    "grow familiar, then friendly.",
}


@pytest.mark.parametrize("slug", sorted(LONELY))
def test_loneliness_told_lightly_gets_its_own_warm_words(slug):
    said = "I'm feeling kind of lonely lately, moved to a new city"
    assert mood(said) == "grave"
    assert say(slug, said) == LONELY[slug]


@pytest.mark.parametrize(
    "said",
    [
        "been a bit homesick this week",
        "i dont know anyone here yet, it's so isolated",
        "honestly so lonely since i started working from home",
    ],
)
def test_other_words_for_loneliness_are_read_as_it(said):
    assert grave_kind(said) == "lonely"
    assert say("darwin", said) == LONELY["darwin"]


@pytest.mark.parametrize(
    "said",
    [
        "never lonely with my cats around lol",
        "not as lonely now that i joined the choir",
        "the lonely hearts column in the local paper is hilarious",
    ],
)
def test_loneliness_denied_or_named_in_passing_is_none(said):
    assert grave_kind(said) != "lonely"
    assert LONELY["darwin"] not in say("darwin", said)


def test_a_death_with_loneliness_gets_condolence():
    assert say("socrates", "feeling lonely since my wife died") == (
        "I am truly sorry, Maya. This is a time for friends, not arguments; let them sit with you."
    )


ATE = (
    "Maya, that can poison a pet, even a little: ring your vet now, or an out-of-hours vet, even "
    "if it seems well; don't wait for signs, and don't try to make it sick yourself."
)


GRAPES = (
    "Grapes, raisins and sultanas can give a dog kidney failure, Maya, and nobody can say how "
    "many is safe: even a few. Ring a vet at once, even if it seems well; they can make it sick "
    "in time."
)


@pytest.mark.parametrize(
    ("said", "naturalist"),
    [
        ("my dog just ate a whole bar of dark chocolate", ATE),
        ("my cat just ate a lily", ATE),
        ("my cat licked some lily pollen off her fur", ATE),
        # (the naturalist's own line on the thing, which sends it to the vet too)
        ("help the puppy got into the raisins", GRAPES),
        ("the dog's eaten half a hot cross bun, should i worry?", GRAPES),
    ],
)
def test_a_pet_that_ate_what_poisons_it_is_sent_to_the_vet(said, naturalist):
    assert at_risk(said) == "ate"
    assert say("darwin", said) == naturalist
    assert say("einstein", said) == ATE


@pytest.mark.parametrize(
    "said",
    [
        "my dog loves chocolate cake lol",
        "we ate chocolate while the dog watched",
        "the kids ate all the raisins and the cat watched",
        "my dog ate my homework lol",
    ],
)
def test_a_pet_beside_a_food_it_did_not_eat_is_no_risk(said):
    assert at_risk(said) == ""
    assert "vet" not in say("darwin", said)


PET_LOSS = (
    "Oh, Maya, I am so sorry. My cat Tiger was a dear friend to me, and an animal who loved you "
    "is a real loss; it is right that you miss them."
)


@pytest.mark.parametrize(
    "said",
    [
        "we had to put Bella to sleep today",
        "we had to put Milo to sleep yesterday, 14 years old",
        "we had to put our cat down, she was on so much pain medication",
    ],
)
def test_a_pet_put_to_sleep_is_a_death_told(said):
    assert say("einstein", said) == PET_LOSS


@pytest.mark.parametrize(
    "said",
    [
        "lol i had to put the cat down, she was on the table again",
        "had to put Noah to sleep early today, he was shattered",
        "i had to put the baby to sleep today before 7",
        "put the cat down from the worktop pls",
    ],
)
def test_a_cat_lifted_down_or_a_child_put_to_bed_is_no_death(said):
    assert "sorry" not in say("einstein", said)


def test_meeting_people_is_no_meeting_to_run():
    assert say("einstein", "so lonely, any tips for meeting people?") == (
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. Friends "
        "are what make a strange city bearable: in Bern three of us called ourselves the Olympia "
        "Academy and argued over sausage and tea until dawn."
    )
    assert say("einstein", "any ideas for our team meeting on monday?").startswith(
        "For your team meeting, Maya, a little trick of physics:"
    )


BORED = {
    "einstein": "Bored, Maya? My best ideas came while I was bored at the patent office; let "
    "your mind wander off and see where it goes.",
    "shakespeare": "Bored, Maya? When plague shut the playhouses I wrote Venus and Adonis; take "
    "up a pen and make something of the idle hour.",
    "lovelace": "Bored, Maya? At twelve I designed a flying machine from the wings of birds, to "
    "fill the idle hours; set yourself a puzzle.",
    "darwin": "Bored, Maya? Turn over a stone in the garden; I spent eight years on barnacles and "
    "was never once bored, though I came to hate them.",
}


@pytest.mark.parametrize("slug", sorted(BORED))
@pytest.mark.parametrize("said", ["im so bored", "bored out of my mind lol", "so bored rn"])
def test_boredom_told_gets_its_own_cure_never_a_small_mischief(slug, said):
    assert say(slug, said) == BORED[slug]


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("brb", "Take your time, Maya; time is relative, and I shall hardly notice you were gone."),
        (
            "one sec",
            "Take your time, Maya; time is relative, and I shall hardly notice you were gone.",
        ),
        ("back", "Welcome back, Maya! The room was a little too quiet without you."),
        ("ok back", "Welcome back, Maya! The room was a little too quiet without you."),
        ("hey everyone, happy saturday 👋", "Guten Tag, Maya! And a happy Saturday to you too!"),
        ("hi all, happy new year!", "Guten Tag, Maya! And a happy New Year to you too!"),
    ],
)
def test_a_moment_away_a_return_and_a_day_wished_are_met_as_such(said, reply):
    assert say("einstein", said) == reply


def test_a_day_wished_beside_news_meets_the_news():
    assert say("einstein", "happy friday everyone, got the job!!").startswith(
        "Herzlichen Glückwunsch, Maya!"
    )
    assert "happy" not in say("einstein", "brb, can someone explain gravity though")


@pytest.mark.parametrize(
    ("slug", "said", "reply"),
    [
        (
            "socrates",
            "socrates ur annoying, u just answer questions with more questions",
            "Guilty, Maya; I have been called worse in the agora.",
        ),
        ("einstein", "einstein you are so annoying lol", "Ha! Guilty as charged, Maya."),
        (
            "curie",
            "@curie ur such a nerd",
            "Ha! Guilty, Maya; I never could leave a question alone.",
        ),
    ],
)
def test_a_jab_at_the_persona_is_taken_with_good_grace_never_as_a_mishap(slug, said, reply):
    assert say(slug, said) == reply


def test_a_jab_at_someone_else_or_a_question_is_no_jab_at_it():
    assert "Guilty" not in say("einstein", "my boss is so annoying")
    assert say("einstein", "@einstein are you obsessed with light?").startswith(
        "A lovely question, Maya. Light is fast"
    )
