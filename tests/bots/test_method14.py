"""Round fourteen (method14): one pattern for a death told, for the personas and the house bot.

Before: "@darwin had to have him put down this morning, 14 years together" got "How did that
come about, Maya? I should like to hear the particulars." (the engine's pattern wanted a word
between "put" and "down", the house bot's another), and "/AIBot had to have him put down this
morning" got "Noted, Maya! I'm the house bot, so I'll leave the chatting to the personas"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots import engine, house
from bots.engine import NOT_MY_FIELD, loss_of, read
from bots.fallback46 import owned as owned46
from bots.material import terms
from bots.valence import DEATH, death_told, mood
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
    assert house.death_told is death_told and engine.death_told is death_told
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
        ("darwin", "are jellyfish actually alive"),
        ("socrates", "why does gratitude make people happier"),
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


def test_of_a_virtue_any_question_is_the_philosopher_s_to_examine():
    """Was "On that, Maya, I am truly ignorant, and for once I am not being ironic." (the
    method fitted only whether a thing is good or owed)."""
    methods = tagged("socrates", "method")
    for seed in (1, 2, 3):
        reply = say("socrates", "@socrates why does gratitude make people happier", seed=seed)
        assert reply in methods, reply


def test_the_method_that_speaks_to_it_what_a_thing_is_made_of_or_its_dose():
    for seed in (1, 2, 3):
        # (A copper bracelet turning a wrist green has its own line now: copper's green crust.)
        said = "@curie how come magnesium burns so bright"
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
        assert reply in tagged(slug, "outside") or owned46(reply), reply  # (fallback46)


def test_in_its_own_field_it_never_says_the_matter_is_not_its_field():
    """ "is the grey film on old pewter mugs toxic" is Curie's field ("toxic"): no line and no
    noun of hers for a method, so she owns up, but never with "that is not my field". (The
    black stuff on silver spoons, asked here before, now has her line on silver sulphide.)"""
    said = "@curie is the grey film on old pewter mugs toxic"
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
    plain = {line for line in tagged("darwin", "outside") if not NOT_MY_FIELD.search(line)}
    assert (
        "I could not say, Maya; I have spent my life on beetles, barnacles and finches."
        not in plain
    )
    for seed in (1, 2, 3):
        said = "@darwin wait so how old can one of those rings be??"
        reply = say("darwin", said, seed=seed, history=before)
        assert reply in plain, reply


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "socrates", "lovelace"])
def test_office_drama_is_handed_to_nobody(slug):
    """ "drama" is a word of the playwright's field, but nothing he wrote is on office drama:
    the hand-over rests on a noun of his field that he has something to say on. Was "... That
    is really a question for William Shakespeare; @shakespeare, would you take it?"."""
    for said in ("why is there always so much drama at work?", "so much drama at work, why"):
        reply = say(slug, f"@{slug} {said}", others=CAST)
        assert "@shakespeare" not in reply, reply
        assert "Shakespeare" not in reply, reply


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("curie", "@curie why do moths go for lamps at night?"),
        # A claim of his field put to the physicist. (Was "the yeast in my starter is basically
        # evolving": Darwin, handed it, has nothing on yeast and owned up in his turn, so it is
        # handed to nobody now; see tests/bots/test_handoff19.py.)
        ("einstein", "@einstein back me up, the finches in my garden are basically evolving"),
    ],
)
def test_a_question_of_another_field_is_still_handed_over(slug, said):
    reply = say(slug, said, others=CAST)
    assert "@darwin" in reply, reply


# --- The house bot: what to do, with a word of sympathy, never sympathy alone -----------------

SAFETY = (
    "I'm sorry, that's not okay. Press Report on each of their messages and say why: Salon's "
    "staff see every report, and a room's moderators too. Then block them in Blocked people (in "
    'the lobby, under "Message someone directly"): neither of you can then message the other '
    "directly."
)


@pytest.mark.parametrize(
    "said",
    [
        # Was "That sounds hard, Jules; I'm sorry. If there is anything about Salon I can help
        # with, ask."
        "a user is threatening me in dms",
        "im so scared, this guy keeps harassing me in a dm",
        # Was "Got it, Jules. Mention a persona with @ if you'd like to talk it over."
        "someone keeps sending me creepy messages, what do i do",
        "someone in my room keeps being really nasty to me",
        "someone keeps harassing me in a room",
    ],
)
def test_threatened_or_harassed_the_house_bot_says_what_to_do(said):
    for seed in (1, 2, 3):
        assert house.house_reply(f"/AIBot {said}", seed=seed, name="jules") == SAFETY


def test_the_safety_answer_names_what_salon_shows():
    """The buttons and pages it names are Salon's; reports reach the staff's admin whatever the
    room (a direct chat has no moderators)."""
    root = Path(__file__).resolve().parents[2]
    moderation = (root / "templates/rooms/_moderation.html").read_text()
    lobby = (root / "templates/rooms/lobby.html").read_text()
    assert ">Report</button>" in (root / "templates/rooms/room.html").read_text()
    assert "Report" in moderation
    assert ">Blocked people</a>" in lobby and ">Message someone directly</label>" in lobby
    assert "@admin.register(MessageReport)" in (root / "rooms/admin.py").read_text()


def test_grief_and_a_how_to_gets_kind_words_and_how():
    """Was "I'm sorry to hear that, Jules. I'm only the house bot, but the room is listening."
    Salon has no way to delete one's own account (accounts/urls.py): it says so, and who can."""
    reply = house.house_reply(
        "/AIBot my dog died and I want to delete my account", seed=1, name="jules"
    )
    assert reply == (
        "I'm so sorry, Jules. Salon has no button to delete your own account, I'm afraid: ask "
        "the site's staff, who can deactivate or delete it in the admin. You can delete your "
        "own messages one by one meanwhile."
    )


@pytest.mark.parametrize(
    ("said", "entry"),
    [
        # Was "That one I don't know: nobody told me whether Salon can do it ..."
        ("feeling really low tonight, how do i turn off notifications", "salon-notifications-off"),
        # Was "I don't know, and I won't make something up. Try a search engine ..."
        (
            "my cat died last week and i cant find the old photos i posted of her, how do i search",
            "salon-search",
        ),
        ("got dumped today. how do i change my display name lol", "salon-profile"),
    ],
)
def test_a_feeling_and_a_how_to_question_answers_the_how_to(said, entry):
    answers = {e.id: e for e in house.faq().entries}[entry].answers
    reply = house.house_reply(f"/AIBot {said}", seed=1, name="jules")
    sorry, _, answer = reply.partition(". ")
    assert sorry in ("I'm so sorry, Jules", "I'm sorry to hear that, Jules"), reply
    assert answer in answers, reply


def test_grief_asking_what_the_bot_cannot_answer_gets_sympathy_not_i_dont_know():
    """Was "I don't know, sorry: that's outside what I know, which is code and how Salon
    works."."""
    for said in ("my dog died and i dont know how to cope", "my gran is in hospital, what now?"):
        reply = house.house_reply(f"/AIBot {said}", seed=1, name="jules")
        sympathy = [line.format(to=", Jules") for line in house.HOUSE_SOCIAL["sympathy"]]
        assert reply in sympathy, reply


def test_a_how_to_with_no_feeling_is_answered_as_before():
    reply = house.house_reply("/AIBot how do i delete my account", seed=1, name="jules")
    assert reply.startswith("Salon has no button to delete your own account")
    reply = house.house_reply("/AIBot i forgot my password", seed=1, name="jules")
    assert reply.startswith("Logged in: your profile page")


@pytest.mark.parametrize("said", ["do you store my messages?", "does salon keep our chats"])
def test_asked_whether_salon_keeps_ones_messages_it_says_how_long(said):
    """Was "Store moments in UTC, in a `timestamptz` column ..." (the database answer)."""
    retention = {e.id: e for e in house.faq().entries}["salon-retention"].answers
    assert house.house_reply(f"/AIBot {said}", seed=1, name="jules") in retention
