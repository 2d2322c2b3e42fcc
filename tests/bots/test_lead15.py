"""What the blind raters of round fifteen scored 1: worry read as a farewell, a baby on the
way met with "how did that come about?", a thing that "died" mourned, a dying houseplant
congratulated, "what's the best X" answered "yes", and a newcomer called by the account's name
("new here 👋 name's ollie")."""

import pytest

from bots.engine import FAREWELL, Reading, introduced_as, newcomer, read
from bots.valence import death_told, mood
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, tagged


@pytest.mark.parametrize(
    "text",
    [
        "doctor found a lump, i have to go back for a biopsy next week. trying not to freak out",
        "i have to go to the dentist tomorrow and im dreading it",
        "we have to go through the whole rota again",
    ],
)
def test_having_to_go_somewhere_is_no_leave_taking(text):
    assert FAREWELL.search(text) is None


@pytest.mark.parametrize(
    "text", ["right i have to go, night all", "gotta go!", "i have to go to bed"]
)
def test_having_to_go_takes_leave(text):
    assert FAREWELL.search(text) is not None


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_lump_found_and_a_biopsy_ahead_is_grave_news(slug):
    # Darwin's was "Farewell, Tamsin, and keep your eyes open on the way home."
    text = "doctor found a lump, i have to go back for a biopsy next week. trying not to freak out"
    reply = say(slug, f"@{slug} {text}", author="tamsin_k")
    assert mood(text) == "grave"
    assert not any(reply.startswith(line.split(",")[0]) for line in tagged(slug, "bye", "Tamsin"))


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_baby_on_the_way_is_congratulated(slug):
    # Was "And how did that happen, Tamsin? I always want to know how things come about."
    reply = say(slug, f"@{slug} we're having a baby 🥹 told my mum today", author="tamsin_k")
    assert mood("we're having a baby 🥹 told my mum today") == "good"
    assert "come about" not in reply and "how fell that out" not in reply.lower(), reply
    # No prize of the persona's own for a baby ("You have earned this one too").
    assert "earned" not in reply, reply


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("best hair straightener under 60 quid? mine just died", False),
        ("my laptop is ancient and it just died", False),
        ("goldfish keep dying on me, mine just died", True),
        ("my nan died last night", True),
    ],
)
def test_a_thing_that_died_is_broken(text, told):
    assert death_told(text) is told


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_houseplant_dying_is_a_rueful_sigh(slug):
    text = "bought a plant to feel like a functional adult. it's already dying. this is who i am"
    # Einstein's was "How splendid, Tamsin! I am truly glad for you."
    assert mood(text) == "rueful"
    reply = say(slug, f"@{slug} {text}", author="tamsin_k")
    assert not any(
        reply.startswith(line.split("!")[0]) for line in tagged(slug, "congrats", "Tamsin")
    )


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    "text", ["whats the best thing you ate this week, go", "best film ever, go"]
)
def test_which_is_best_is_never_answered_yes(slug, text):
    # Was "Yes, Tamsin, I think so; ..." and "I am inclined to think so, Tamsin".
    reply = say(slug, f"@{slug} {text}", author="tamsin_k")
    assert not reply.startswith(tuple(tagged(slug, "yes", "Tamsin"))), reply


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("new here 👋 name's ollie, i work the car deck on the island ferry", "Ollie"),
        ("hey, joined 5 min ago. im sana. what do people usually talk about in here", "Sana"),
    ],
)
def test_a_name_given_after_an_emoji_or_a_word_of_joining_is_read(text, name):
    # Both were welcomed as "Tamsin", the account's name.
    assert newcomer(text)
    assert introduced_as(text) == name
    assert read(text, voice=VOICES["curie"], addressed=True) == Reading("welcome", name=name)


@pytest.mark.parametrize("slug", PEOPLE)
def test_whether_something_is_safe_is_never_a_matter_of_taste(slug):
    # Einstein's was "I would say yes, Maya ... That is a matter of taste" (found by answer16).
    reply = say(slug, f"@{slug} is it ok to stand under a tree in a storm", author="maya")
    assert not reply.startswith(tuple(tagged(slug, "yes", "Maya"))), reply
    assert "taste" not in reply, reply
