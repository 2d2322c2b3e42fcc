"""Round seventeen (chime17): a persona nobody asked joins people talking among themselves only
with a line that says what they said of their thing, not one that shares a stray word with it.
Rated blind: "marta do a finch sheet, problem solved" met by Einstein's advice on becoming a
physicist (1), "a nightmare for the young birds" (of a wind swinging northwest) by Darwin's
birds at the feeder (2); "just use the calculator on the club app" met by Ada Lovelace's
calculator in a child's hand, "use it" (4). Through the real path, as a room's socket."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots.engine import speaks_to
from bots.policy import Candidate, RoomState, plan_for_human
from rooms.models import Membership, Room
from tests.bots.conftest import persona_bodies, seat
from tests.bots.test_conversation import answers, say
from tests.bots.test_everyday_messages import CAST, VOICES
from tests.bots.test_everyday_messages import say as reply_of

PEOPLE = [v.slug for v in CAST if not v.is_house_bot]
CANDIDATES = tuple(
    Candidate(v.slug, v.name, 100, material=v.material, topics=tuple(v.style.get("topics", ())))
    for v in CAST
    if not v.is_house_bot
)


async def lively(room, personas, people=()) -> None:
    """A lively room about pigeon racing, every persona seated, `people` besides alice."""
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Pigeon racing club", ai_chattiness=Room.Chattiness.LIVELY
    )
    await seat(room, *(personas[slug] for slug in PEOPLE))
    for person in people:
        await database_sync_to_async(Membership.objects.create)(room=room, user=person)


def topics(slug: str) -> tuple[str, ...]:
    return tuple(VOICES[slug].style.get("topics", ()))


def joining(message: str) -> list[str]:
    """The personas whose material speaks to `message` said among people (`speaks_to`)."""
    return [slug for slug in PEOPLE if speaks_to(VOICES[slug].material, topics(slug), message)]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_the_rated_stray_words_draw_nobody_and_the_calculator_draws_ada(
    room, alice, bob, personas
):
    """Before: Einstein joined the finch sheet with "To become a physicist, learn your
    mathematics well, play with problems you cannot yet solve"; Darwin (or Ada Lovelace, who
    meant to fly in 1828) the young birds with a garden full of birds."""
    await lively(room, personas, people=[bob])

    finch = await answers(await say(room, alice, "marta do a finch sheet, problem solved 😂"))
    wind = await answers(
        await say(
            room,
            bob,
            "wind's meant to swing northwest by 10 which is gonna be a nightmare for the young "
            "birds",
        )
    )
    calculator = await answers(
        await say(room, alice, "dev just use the calculator on the club app lol")
    )

    assert finch == {} and wind == {}
    assert list(calculator) == ["lovelace"]
    assert calculator["lovelace"].endswith(
        "A calculator in a child's hand does in an instant what cost clerks whole days in my "
        "time; use it, but learn first what it is doing."
    ), calculator


@pytest.mark.parametrize(
    "message",
    [
        "lost 3 in the last race, hawks again probably",  # a hawk and a brooding hen's colours
        "plot 14 has gone to the new couple, they seem nice",  # Shakespeare's plots
        "my phone photos of the moon always come out as a blurry blob",  # the moon a second ago
        "river's too high to fish this weekend",  # whether a hooked fish feels
        "anyone tried the new bleach from the wholesaler? left my client's hair orange",
        "our radon test came back high, landlord says it's nothing",  # where radon comes from
        "why do the birds always come back to the same loft even from 500 miles away",
    ],
)
def test_a_line_on_one_shared_word_is_no_reason_to_join_in(message):
    """Each drew a persona before with a line on the word alone (noted), or on the word and
    an empty one ("back", "away", "came", "meant"), or on a word it says of another thing
    ("a microwave oven"): now nobody speaks up unasked."""
    said = {slug: reply_of(slug, message, others=CAST, unasked=True) for slug in joining(message)}
    assert said == {}


@pytest.mark.parametrize(
    ("message", "slug", "line"),
    [
        (
            "the slugs ate every single one of my lettuces overnight",
            "darwin",
            "Slugs eat a gardener's seedlings, I know,",
        ),
        (
            "worms everywhere in the compost this year, must be doing something right",
            "darwin",
            "A compost heap is nature's kitchen",
        ),
        ("does anyone actually know why bread goes stale", "curie", "Bread goes stale less by"),
        (
            # Not Einstein's "Drop a spanner on a ship moving steadily", on "drop" alone.
            "dropped a stitch three rows back and didnt notice, ugh",
            "lovelace",
            "a row of stitches is a row of holes",
        ),
        (
            "the oven at work runs like 20 degrees hot, everything comes out burnt",
            "curie",
            "An oven can be measured roughly without a thermometer",
        ),
        (
            "the league fixtures are out, we've got the away match first",
            "lovelace",
            "In a league where every team plays every other",
        ),
        (
            "my nephew wrote his first loop today and it never ends",
            "lovelace",
            "A loop that never ends has lost its way out",
        ),
        (
            "the peacock kept flashing his tail at the visitors",
            "darwin",
            "Sexual selection explains the peacock's tail",
        ),
    ],
)
def test_a_line_that_says_what_was_said_of_the_thing_still_joins_in(message, slug, line):
    """The thing and what is said of it: slugs that ate and slugs that eat, bread going stale,
    an oven running hot and one measured hot, a loop that never ends. Only the one persona:
    Einstein's "A microwave oven shakes the water molecules in food until they are hot" joined
    the oven before, of another thing."""
    assert joining(message) == [slug]
    reply = reply_of(slug, message, others=CAST, unasked=True)
    assert line in reply, reply


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_room_talking_among_itself_hears_only_the_lines_on_its_point(
    room, alice, bob, personas
):
    """A club's talk, played through: of eight messages, only the slugs draw a persona."""
    await lively(room, personas, people=[bob])

    for author, text in [
        (alice, "lost 3 in the last race, hawks again probably"),
        (bob, "river's too high to fish this weekend"),
        (alice, "plot 14 has gone to the new couple, they seem nice"),
        (bob, "the slugs ate every single one of my lettuces overnight"),
        (alice, "my phone photos of the moon always come out as a blurry blob"),
        (bob, "anyone tried the new bleach from the wholesaler? left my client's hair orange"),
    ]:
        await say(room, author, text)

    said = await persona_bodies(room)
    assert len(said) == 1 and "Slugs eat a gardener's seedlings" in said[0], said


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_persona_greets_the_room_once_not_each_greeting_the_people_trade_later(
    room, alice, bob, personas
):
    """Before, each "morning all" drew a persona's "Good morrow, Bob! Well met upon this stage"
    though the personas had been talking with the room all along. Asked by name, a persona
    still greets back."""
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Pigeon racing club", ai_chattiness=Room.Chattiness.LIVELY
    )
    await seat(room, personas["shakespeare"])
    await database_sync_to_async(Membership.objects.create)(room=room, user=bob)

    first = await answers(await say(room, alice, "morning everyone"))
    again = await answers(await say(room, bob, "morning all, coffee's on"))
    named = await answers(await say(room, bob, "morning shakespeare"))

    assert list(first) == ["shakespeare"] and "Alice" in first["shakespeare"], first
    assert again == {}
    assert list(named) == ["shakespeare"] and "Bob" in named["shakespeare"], named


@pytest.mark.parametrize("seed", [1, 8, 22, 78, 92])
def test_darwin_asked_how_fungi_spread_tells_of_the_fairy_ring(seed):
    """Before, some seeds gave the slugs that "clear rotting leaves and fungi" (fungi alone),
    which is no answer to how a ring of them appears."""
    said = "@darwin how do fungi even spread? like a ring just appears"
    reply = reply_of("darwin", said, author="alice", seed=seed, others=CAST)
    assert "A fairy ring is no work of fairies: fungi spread their threads outward" in reply


@pytest.mark.parametrize(
    "message",
    [
        "basket's in the van, see u all at the liberation point at 6",
        "see you at the club, bring your own cups",
    ],
)
def test_see_you_at_a_place_is_the_peoples_plan_not_a_farewell_to_answer(message):
    """Before, "see u all at the liberation point at 6" was met as a goodbye to the room
    ("Adieu, Marta! Our revels now are ended, until you come again.")."""
    state = RoomState(chattiness="lively", present=CANDIDATES)
    assert all(plan_for_human(state, message, seed=seed).slugs == () for seed in range(10))
    # A goodbye to the room is still one: a persona bids it farewell.
    said = "night all, see you at some point"
    assert any(plan_for_human(state, said, seed=seed).slugs for seed in range(10))
