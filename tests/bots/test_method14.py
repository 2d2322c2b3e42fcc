"""Round fourteen (method14): one pattern for a death told, for the personas and the house bot.

Before: "@darwin had to have him put down this morning, 14 years together" got "How did that
come about, Maya? I should like to hear the particulars." (the engine's pattern wanted a word
between "put" and "down", the house bot's another), and "/AIBot had to have him put down this
morning" got "Noted, Maya! I'm the house bot, so I'll leave the chatting to the personas"."""

from __future__ import annotations

import pytest

from bots import house
from bots.engine import NOT_MY_FIELD, loss_of, read
from bots.material import terms
from bots.valence import DEATH, mood
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say, tagged

# The room with only the house bot beside the persona: nobody to hand a question over to.
ALONE = tuple(v for v in CAST if v.is_house_bot)

PET_DEATHS = [
    "we had to put our dog down last night",
    "had to have him put down this morning, 14 years together",
    "she was put down yesterday, best girl ever",
    "had to have our old boy put down",
    "our cat had to be put to sleep on friday",
    "my dog died",
]
NO_DEATH = [
    "couldnt put it down, what a book",
    "i put my foot down and said no more sweets",
    "finally put the baby down for a nap",
    "i have to put down a deposit on the flat",
]


@pytest.mark.parametrize("said", PET_DEATHS)
def test_a_pet_put_down_however_told_is_a_death_of_a_pet(said):
    assert DEATH.search(said)
    assert mood(said) == "grave"
    assert loss_of(said) == "pet"


@pytest.mark.parametrize("said", NO_DEATH)
def test_a_book_a_foot_a_nap_or_a_deposit_put_down_is_no_death(said):
    assert not DEATH.search(said)
    assert mood(said) != "grave"


def test_a_death_in_the_family_is_no_pet():
    assert loss_of("my nan passed away on sunday") == ""


def test_the_house_bot_and_the_engine_share_the_one_pattern():
    assert house.DEATH is DEATH
    assert not hasattr(house, "MINE") and not hasattr(house, "OWN_LOT")


@pytest.mark.parametrize(
    "said",
    ["had to have him put down this morning, 14 years together", "she was put down yesterday"],
)
def test_a_pet_put_down_gets_the_persona_s_words_for_a_pet(said):
    reply = say("darwin", f"@darwin {said}", others=CAST)
    assert reply in tagged("darwin", "condolence"), reply
    assert "dog" in reply, reply


def test_the_house_bot_is_sorry_for_a_pet_put_down():
    reply = say("aibot", "/AIBot had to have him put down this morning", others=CAST)
    assert reply == (
        "I'm sorry to hear that, Maya. I'm only the house bot, but the room is listening."
    )


# --- The #method decided once (Reading.method_fits), narrowly ---------------------------------
# Round fourteen's blind rating gave a generic "here is how I would go about it" line 2-3 and a
# clean owning-up in the persona's voice 3.8. A #method line is said only for a how or why
# question about a noun of the persona's field that asks what its way of working speaks to.

CURIE_MADE_OF = (
    "I would answer that as I answer everything in chemistry, Maya: find out what the thing is "
    "made of, what it meets, and what comes of the meeting, measuring each step."
)
CURIE_DOSE = (
    "I would answer that as we answered everything in the laboratory, Maya: measure the dose, "
    "compare it with what we already know to be safe, and trust the numbers over the fear."
)


def _read(slug: str, said: str, **kw):
    voice = VOICES[slug]
    return read(said, voice=voice, query=terms(said), **kw)


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("darwin", "how do owls hunt in the pitch dark"),
        ("darwin", "why do bats hang upside down all day"),
        ("curie", "how come my copper bracelet turns my wrist green"),
        ("einstein", "why does static electricity make my hair stand up"),
        ("socrates", "is cowardice ever the sensible choice"),
        ("socrates", "do we owe gratitude to a boss who is rude to us"),
        ("lovelace", "we have 3 cars and 11 people, how many trips to the station?"),
    ],
)
def test_reading_decides_the_method_fits_a_how_or_why_of_its_field(slug, said):
    assert _read(slug, said).method_fits


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("shakespeare", "how many syllables in a haiku"),  # its noun, but nothing to work out
        ("curie", "why does my loaf go so sour in the fridge"),  # a loaf is no chemist's noun
        ("einstein", "why does steam in the oven make the crust better"),
        ("darwin", "how come the pond goes green every summer"),
        ("lovelace", "why is a negative times a negative positive"),
        ("einstein", "why is there always so much drama at work?"),
        ("lovelace", "when does the shop close? its 5pm now"),  # one amount: no sum
    ],
)
def test_reading_decides_no_method_for_the_rest(slug, said):
    assert not _read(slug, said).method_fits


def test_the_method_that_speaks_to_it_what_a_thing_is_made_of_or_its_dose():
    for seed in (1, 2, 3):
        said = "@curie how come my copper bracelet turns my wrist green"
        assert say("curie", said, seed=seed, others=CAST) == CURIE_MADE_OF
        said = "@curie is the smell from oven cleaner actually toxic"
        assert say("curie", said, seed=seed, others=CAST) == CURIE_DOSE


@pytest.mark.parametrize(
    ("slug", "said", "before"),
    [
        # Was "I would answer that as I write a scene, Maya: ask who wants what, ..."
        (
            "shakespeare",
            "how many syllables in a haiku",
            "I would answer that as I write a scene, Maya: ask who wants what, what stands in the "
            "way, and what the words must do to move the heart.",
        ),
        # Was "... measure the dose, compare it with what we already know to be safe ..."
        ("curie", "why does my loaf go so sour in the fridge", CURIE_DOSE),
        # Was "A naturalist answers that with his eyes ...: compare the animal with its nearest
        # kin" (of a pond).
        (
            "darwin",
            "how come the pond goes green every summer",
            "A naturalist answers that with his eyes before his theories, Maya: compare the "
            "animal with its nearest kin, and the difference usually tells you what the habit "
            "is for.",
        ),
    ],
)
def test_no_method_that_fits_it_is_owned_up_plainly_in_voice(slug, said, before):
    for seed in (1, 2, 3):
        reply = say(slug, f"@{slug} {said}", seed=seed, others=ALONE)
        assert reply != before
        assert reply not in tagged(slug, "method"), reply
        assert reply in tagged(slug, "outside"), reply


def test_in_its_own_field_it_never_says_the_matter_is_not_its_field():
    """ "is the black stuff on old silver spoons toxic" is Curie's field ("toxic"): no line and
    no noun of hers for a method, so she owns up, but never with "that is not my field"."""
    said = "@curie is the black stuff on old silver spoons toxic"
    replies = {say("curie", said, seed=seed, others=CAST) for seed in range(1, 7)}
    plain = {line for line in tagged("curie", "outside") if not NOT_MY_FIELD.search(line)}
    assert "I have no data on that at all, Maya, and I will not invent any." in plain
    assert "That I cannot answer, Maya; my knowledge ends at the laboratory door." not in plain
    assert replies <= plain, replies


def test_a_follow_up_carries_the_field_but_not_a_method_that_does_not_fit():
    """After "how do fungi even spread?", "wait so how old can one of those rings be??" is still
    Darwin's field (not "beetles, barnacles and finches"), but no habit is asked: a plain
    owning-up, not "watch the creature patiently"."""
    before = (
        Line("maya", "@darwin how do fungi even spread? like a whole ring just appears"),
        Line("Charles Darwin", "A compost heap is nature's kitchen.", own=True),
    )
    reply = say("darwin", "@darwin wait so how old can one of those rings be??", history=before)
    assert reply == (
        "On that I have no observations at all, Maya, and a naturalist without observations "
        "should keep quiet."
    )


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "socrates", "lovelace"])
def test_office_drama_is_handed_to_nobody(slug):
    """ "drama" is a word of the playwright's field, but nothing he wrote is on office drama:
    the hand-over rests on a noun of his field that he has something to say on. Was "... That
    is really a question for William Shakespeare; @shakespeare, would you take it?"."""
    for said in ("why is there always so much drama at work?", "so much drama at work, why"):
        reply = say(slug, f"@{slug} {said}", others=CAST)
        assert "@shakespeare" not in reply, reply
        assert "Shakespeare" not in reply, reply


def test_a_question_of_another_field_is_still_handed_over():
    reply = say("curie", "@curie why do moths go for lamps at night?", others=CAST)
    assert "@darwin" in reply
