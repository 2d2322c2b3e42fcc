"""Personas asked to do their craft on a subject (issue 14, round thirteen), on fresh messages
(tests/bots/dev13_verse13.json is the dev set; the messages here are others of the same kinds).
Shakespeare asked for lines about a thing ("a couple of lines about a freezing ringing chamber",
"did you ever write about bells", "a little blessing before the barbecue") offers real lines of
his own on that thing, naming the play, for it; on a thing he never wrote of he owns up and gives
the nearest he has, never a love line for a blessing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from channels.db import database_sync_to_async

from bots.asks import request_kind, share_of, verse_subject
from rooms.models import Room
from tests.bots.conftest import seat
from tests.bots.test_conversation import answers
from tests.bots.test_conversation import say as say_in_room
from tests.bots.test_everyday_messages import say

HERE = Path(__file__).parent
DEV13 = json.loads((HERE / "dev13_verse13.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def answer(slug: str, text: str, seed: int = 1) -> str:
    return say(slug, text, author="priya", seed=seed)


def test_the_dev13_set_is_fresh():
    texts = [m["text"] for m in DEV13["messages"]]
    assert len(texts) >= 30 and len(set(texts)) == len(texts)
    for other in HERE.glob("*.json"):
        if other.name != "dev13_verse13.json":
            known = other.read_text(encoding="utf-8")
            assert not [t for t in texts if json.dumps(t) in known], other.name


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("any chance of a few lines about an icy bell tower for our practice night", "verse",
         "an icy bell tower"),
        ("ever written about the weather? its grim out", "verse", "the weather"),
        ("did you ever write anything on the plague", "verse", "the plague"),
        ("need a little rhyme about our cat pls", "verse", "your cat"),
        ("write us a quick blessing before the barbecue", "verse", ""),
        ("lines on sunday were long at the bakery", "", ""),
        ("that's a line from macbeth right", "", ""),
        ("you can see four little dots in a line with binoculars", "", ""),
        ("i read a lovely poem about the sea last night", "", "the sea"),
        ("did you write all of your plays yourself", "", ""),
    ],
)  # fmt: skip
def test_lines_asked_on_a_subject_are_read_with_the_subject(text, kind, subject):
    assert request_kind(text) == kind or (kind == "" and request_kind(text) != "verse")
    assert verse_subject(text) == subject


@pytest.mark.parametrize("seed", SEEDS)
def test_shakespeare_asked_for_lines_on_a_thing_gives_his_own_on_it(seed):
    """Before: "give us a couple of lines about a freezing ringing chamber on a tuesday" got
    "The week is a play in five acts, Gwen, and by the last one everyone is ready for the jig.",
    and "did you ever write about church bells?" his baptism in Holy Trinity Church."""
    frozen = answer(
        "shakespeare", "give us a few lines about a frozen ringing loft on a wednesday", seed
    )
    assert frozen.startswith("For a frozen ringing loft, Priya, ")
    assert "Love's Labour's Lost: \"When icicles hang by the wall" in frozen

    bells = answer("shakespeare", "did you ever write about church bells?", seed)
    assert bells.startswith("For church bells, Priya, ")
    assert 'Henry the Fourth: "We have heard the chimes at midnight, Master Shallow."' in bells

    sea = answer("shakespeare", "got a poem about the sea for my nan", seed)
    assert sea.startswith("For the sea, Priya, ")
    assert '"Full fathom five thy father lies' in sea and "The Tempest" in sea

    sleep = answer("shakespeare", "any verses about sleep? been up since 4", seed)
    assert "Sleep that knits up the ravell'd sleeve of care" in sleep and "Macbeth" in sleep

    weather = answer("shakespeare", "ever written about the weather? its grim out", seed)
    assert weather.startswith("For the weather, Priya, ")
    assert '"With hey, ho, the wind and the rain' in weather and "Twelfth Night" in weather


@pytest.mark.parametrize("seed", SEEDS)
def test_a_blessing_asked_of_shakespeare_is_a_grace_not_a_love_line(seed):
    """Before: "write us a little foraging blessing before saturday pls" got Enobarbus on
    Cleopatra, "the best blessing I know for a long love"."""
    for text in (
        "write us a quick blessing before the barbecue",
        "a little harvest blessing for sunday lunch pls",
    ):
        reply = answer("shakespeare", text, seed)
        assert reply.startswith("For a blessing, Priya, ") or reply.startswith("For food, Priya")
        assert '"Now, good digestion wait on appetite, and health on both!"' in reply
        assert "Cleopatra" not in reply and "love" not in reply.lower()


@pytest.mark.parametrize("seed", SEEDS)
def test_a_subject_he_never_wrote_on_is_owned_up_to_with_the_nearest(seed):
    reply = answer("shakespeare", "did you ever write anything about trains", seed)
    assert reply.startswith(
        ("Of trains I never wrote a line, Priya", "My plays never came to trains, Priya")
    )
    assert '"sermons in stones, and good in every thing"' in reply and "As You Like It" in reply


@pytest.mark.parametrize("seed", SEEDS)
def test_lines_about_a_thing_with_an_occasion_of_its_own_are_for_that(seed):
    love = answer("shakespeare", "write me some lines about love for the card", seed)
    assert love.startswith("For love, Priya, ")
    assert "Sonnet" in love or "sonnet" in love or "Helena" in love


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_lines_about_bells_asked_in_a_room_are_his_own_on_bells(room, alice, personas):
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Bell ringers", ai_chattiness=Room.Chattiness.MENTIONS
    )
    await seat(room, personas["shakespeare"], personas["darwin"])

    said = await answers(
        await say_in_room(
            room, alice, "@shakespeare u got any lines about bell ringing? practice tonight"
        )
    )

    assert list(said) == ["shakespeare"]
    assert said["shakespeare"].startswith("For bell ringing, Alice, ")
    assert '"We have heard the chimes at midnight, Master Shallow."' in said["shakespeare"]


def lines_of(slug: str, kind: str, name: str = "Priya") -> set[str]:
    from bots.material import index_of
    from tests.bots.test_everyday_messages import VOICES

    lines = index_of(VOICES[slug].material).tagged[kind]
    return {line.format(name=name, what="{what}") for line in lines}


@pytest.mark.parametrize("slug", ["socrates", "curie", "einstein", "darwin", "lovelace"])
@pytest.mark.parametrize(
    "text",
    [
        "settle a debate for us pls, is cereal a soup",
        "my flatmate and i keep arguing about the washing up, who's right?",
    ],
)
def test_an_argument_put_to_settle_is_settled_in_the_personas_craft(slug, text):
    """Before: "me and my sister are arguing over whether tea or coffee is better, settle it"
    got sympathy ("I am sorry, Gwen. Hardship is a teacher"), "settle an argument, is a hotdog
    a sandwich" Curie's "on that subject my opinion would be worth nothing"."""
    assert request_kind(text) == "settle"
    assert answer(slug, text) in lines_of(slug, "settle")


@pytest.mark.parametrize("seed", SEEDS)
def test_socrates_asked_whether_a_craft_hated_was_done_well_answers_on_that(seed):
    """Before: "if you ring a method perfectly but hate every second, did you ring it well?" got
    the Ring of Gyges, for the word "ring"."""
    reply = answer(
        "socrates",
        "if you bake a loaf perfectly but hate every second, did you bake it well?",
        seed,
    )
    assert "The pleasant and the good are not the same, I told Callicles" in reply
    assert "invisible" not in reply


def test_shakespeare_asked_whether_a_craft_hated_was_done_well_answers_on_that():
    reply = answer("shakespeare", "if you sing a part perfectly but hate it, did you sing it well?")
    assert 'Macbeth says "the labour we delight in physics pain"' in reply


def test_quotes_weakly_theirs_are_framed_honestly_or_gone():
    """Curie's "Nothing in life is to be feared" is said as what people quote her as saying;
    "Life is not easy for any of us" and Eve's 1937 life of her (written after her death) are
    gone from her mouth, and "Grief is the price of having loved" (modern) from Socrates's."""
    from tests.bots.test_everyday_messages import VOICES

    curie = VOICES["curie"].material
    feared = [line for line in curie if "is to be feared" in line]
    assert feared and all(line.startswith("People quote me") for line in feared)
    assert not [line for line in curie if "Life is not easy" in line or "Madame Curie" in line]
    assert not [line for line in VOICES["socrates"].material if "the price of having loved" in line]
    # Plutarch's fire to be kindled, and the apocryphal "become a philosopher"; nor Einstein's
    # "a person who never made a mistake never tried anything new" (no source).
    said = " ".join(VOICES["socrates"].material + VOICES["einstein"].material)
    assert "fire to be kindled" not in said and "become a philosopher" not in said
    assert "never made a mistake never tried" not in said


@pytest.mark.parametrize("seed", SEEDS)
def test_curie_asked_for_a_biography_recommends_her_own_book_on_pierre(seed):
    reply = answer("curie", "any good biography for my daughter who wants to be a scientist", seed)
    assert reply.startswith("My little book on Pierre, Priya, with my own autobiographical notes")


@pytest.mark.parametrize(
    ("text", "working"),
    [
        ("could u work out how many sweets each of 6 kids gets if we have 45",
         "45 sweets among 6 kids is 7 each, with 3 left over"),
        ("we've got 96 tulip bulbs and 8 pots, how many per pot",
         "96 bulbs among 8 pots is 12 each, exactly"),
        ("split the £70 taxi between 4 of us pls", "£70 between 4 of you is £17.50 each"),
        ("share 2 pizzas between 8 people, how much each?",
         "2 pizzas among 8 people is 1/4 of a pizza each"),
    ],
)  # fmt: skip
def test_shares_asked_are_worked_out(text, working):
    assert request_kind(text) == "share"
    assert share_of(text) == working


@pytest.mark.parametrize(
    "slug", ["lovelace", "socrates", "shakespeare", "curie", "darwin", "einstein"]
)
def test_a_persona_asked_to_work_out_shares_gives_the_sum_in_its_voice(slug):
    """Before: "can you work out how many biscuits each of 7 kids gets if we have 50" got
    Lovelace's "Mr Wheatstone, who made the telegraph and the concertina, was a friend"."""
    text = "could u work out how many sweets each of 6 kids gets if we have 45"
    working = "45 sweets among 6 kids is 7 each, with 3 left over"
    reply = answer(slug, text)
    assert reply in {line.replace("{what}", working) for line in lines_of(slug, "share")}
    assert working in reply


def test_darwin_asked_to_name_a_creature_names_it():
    """Before: "what bird is small and brown and hops about under the hedge" got "I loved
    watching birds at the feeder and in the hedges"."""
    reply = answer("darwin", "little brown bird creeping round under our hedge, what is it?")
    assert "the dunnock, the hedge sparrow, which is no sparrow at all" in reply


def test_curie_asked_how_to_measure_a_thing_says_how():
    """Before: "how would i measure how much water my garden actually gets" got "I must
    disappoint you, Gwen: I have never studied that"."""
    reply = answer("curie", "how could i measure how much rain water my garden gets?")
    assert "a straight-sided tin in the open, away from trees" in reply
    assert reply.endswith("read with a ruler each morning and written down.")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("can you explain gravity simply for my 8 year old",
         "a blind beetle crawling along a curved branch does not notice that its track is curved"),
        ("explain simply why a clock runs slow when it goes fast",
         "since its speed never changes, each tick takes longer."),
    ],
)  # fmt: skip
def test_einstein_asked_to_explain_simply_explains_simply(text, said):
    assert said in answer("einstein", text)


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("einstein", "I sat at the piano whenever I was thinking and never practised enough"),
        ("curie", "My daughter Ève practised the piano for hours and became a concert pianist"),
    ],
)
def test_whether_practising_is_worth_it_unskilled_is_answered_from_their_lives(slug, said):
    """Before: "whats the point of practising piano if ill never be any good" got Einstein's
    "There you ask the wrong old man" and Curie's luminous watch dials."""
    assert said in answer(slug, "is there any point practising the piano if you'll never be good?")


def test_curie_asked_to_measure_an_oven_without_a_thermometer_says_how_whole():
    """Before: "how do you measure the temperature of an oven without a thermometer" got "A
    pinch of salt in the pot raises the boiling point by hardly a degree"."""
    reply = answer("curie", "any way to check how hot my oven gets without a thermometer?")
    assert "white paper that turns pale gold in five minutes means a moderate heat" in reply
    assert reply.endswith("dark brown a hot one.")
