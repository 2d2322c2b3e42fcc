"""A live room where people talk about the personas as much as to them. Named in the third
person ("darwin called it, obviously"), a persona was not asked: praise gets a brief modest
thanks, a tease a light word back, anything else is left to the people. A persona's own answer
followed up ("why though", "wait so is it safe or not") is taken further on its subject; praise
with a question gets the question answered. Through the real path, as a room's socket."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from bots.addressing import follow_up, regard, spoken_of
from bots.material import index_of
from bots.policy import Candidate, RoomState, plan_for_human
from rooms.models import Membership, Room
from tests.bots.conftest import seat
from tests.bots.test_conversation import OWNED_UP, answers, say

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


async def room_of(room, personas, *slugs: str, people=(), chattiness=Room.Chattiness.MENTIONS):
    """A room with `slugs` seated, which `people` (besides alice, its owner) joined; by
    default one where personas answer only when asked, so that who speaks is exact."""
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Science and everyday life", ai_chattiness=chattiness
    )
    await seat(room, *(personas[slug] for slug in slugs))
    for person in people:
        await database_sync_to_async(Membership.objects.create)(room=room, user=person)


def lines_of(persona, tag: str) -> tuple[str, ...]:
    return index_of(tuple(persona.material)).tagged[tag]


def lines(persona, tag: str, name: str) -> set[str]:
    return {line.format(name=name) for line in lines_of(persona, tag)}


async def test_praise_said_of_a_persona_gets_a_brief_modest_thanks(room, alice, bob, personas):
    """Before: "darwin called it, obviously" was met with "How did that come about, Bob? I
    should like to hear the particulars", and "einstein's answer was weirdly moving ngl" with
    "Ach, Bob, one of those days when even the laws of physics seem to take sides against you"."""
    await room_of(room, personas, "darwin", "einstein", "lovelace", people=[bob])

    await say(room, alice, "@darwin why do pigeons bob their heads when they walk?")
    called = await answers(await say(room, bob, "darwin called it, obviously"))
    moving = await answers(await say(room, bob, "einstein's answer was weirdly moving ngl"))
    spreadsheets = await answers(
        await say(room, alice, "ada basically invented spreadsheets then, love that for her")
    )

    assert list(called) == ["darwin"] and list(moving) == ["einstein"]
    assert called["darwin"] in lines(personas["darwin"], "praised", "Bob")
    assert moving["einstein"] in lines(personas["einstein"], "praised", "Bob")
    assert spreadsheets == {"lovelace": spreadsheets["lovelace"]} and spreadsheets[
        "lovelace"
    ] in lines(personas["lovelace"], "praised", "Alice")
    # One short sentence (and maybe a clause), naming the one who said it.
    for reply, name in ((called["darwin"], "Bob"), (moving["einstein"], "Bob")):
        assert name in reply and len(reply) <= 100 and reply.count(".") <= 1, reply


async def test_a_tease_said_of_a_persona_gets_a_light_word_back(room, alice, personas):
    """Before: "lol curie would have a field day with my fridge" got "Ha, Alice, an honest
    result at least; Pierre would have written it down in the notebook." """
    await room_of(room, personas, "curie", "socrates")

    fridge = await answers(
        await say(room, alice, "lol curie would have a field day with my fridge")
    )
    typical = await answers(
        await say(room, alice, "socrates answered my question with a question. typical")
    )

    assert fridge == {"curie": fridge["curie"]}
    assert fridge["curie"] in lines(personas["curie"], "teased", "Alice")
    assert typical == {"socrates": typical["socrates"]}
    assert typical["socrates"] in lines(personas["socrates"], "teased", "Alice")


async def test_anything_else_said_of_a_persona_is_left_to_the_people(room, alice, bob, personas):
    """Named, but talked about: not asked. Before, each of these was answered by the persona
    it names, as if put to it ("Do tell me more, Bob; I collect such observations.")."""
    await room_of(room, personas, "darwin", "curie", "einstein", people=[bob])

    for author, text in [
        (bob, "my gran met someone who knew darwin's grandson apparently"),
        (alice, "marie curie kept radium in her desk drawer, that's insane"),
        # A side declined is no praise: "not sure i agree with" is not thanked for.
        (alice, "cant agree with darwin there tbh"),
    ]:
        assert await answers(await say(room, author, text)) == {}, text


async def test_a_question_to_the_room_about_a_persona_is_answered_by_it(room, alice, bob, personas):
    """Asked about in the third person, a persona answers for itself, as anyone in a room
    would of their own life; it is the question nobody else there can answer."""
    await room_of(room, personas, "darwin", "curie", "einstein", people=[bob])

    clerk = await answers(await say(room, bob, "einstein was a patent clerk first right?"))
    genius = await answers(await say(room, alice, "was curie a genius or just stubborn?"))
    again = await answers(await say(room, bob, "did darwin ever go back to the galapagos"))

    assert list(clerk) == ["einstein"] and "patent office" in clerk["einstein"], clerk
    assert list(genius) == ["curie"] and "patience" in genius["curie"], genius
    assert list(again) == ["darwin"] and "Galápagos" in again["darwin"], again


async def test_a_name_said_to_the_persona_still_asks_it(room, alice, personas):
    await room_of(room, personas, "curie", "darwin")

    asked = await answers(await say(room, alice, "curie, does radium really glow in the dark?"))
    thanked = await answers(await say(room, alice, "thanks darwin!"))
    praised_to_it = await answers(await say(room, alice, "good point darwin"))

    assert list(asked) == ["curie"] and "glow" in asked["curie"].lower()
    assert list(thanked) == ["darwin"]
    assert thanked["darwin"] in lines(personas["darwin"], "thanks", "Alice")
    assert list(praised_to_it) == ["darwin"]


async def test_its_own_answer_followed_up_is_taken_further_on_its_subject(
    room, alice, bob, personas
):
    """Before: "why though", said just after Darwin's answer on birds and pain, was answered by
    nobody in a normal room, and asked by name with "I see, Alice; nature is full of such
    surprises. What would you like to talk about?"; Curie met "wait so is it safe or not" (on
    radon) with "Then I hope it comes soon, Alice; waiting is only bearable ..."."""
    await room_of(
        room, personas, "darwin", "curie", people=[bob], chattiness=Room.Chattiness.NORMAL
    )

    await say(room, alice, "@darwin do birds feel pain")
    why = await answers(await say(room, alice, "why though"))
    await say(room, bob, "@curie is radon dangerous")
    safe = await answers(await say(room, bob, "wait so is it safe or not"))

    assert list(why) == ["darwin"] and list(safe) == ["curie"]
    further = {
        slug: tuple(line.format(name=name) for line in lines_of(personas[slug], "further"))
        for slug, name in (("darwin", "Alice"), ("curie", "Bob"))
    }
    assert why["darwin"].startswith(further["darwin"]), why
    assert re.search(r"\bpain\b|\bbirds?\b", why["darwin"]), why
    assert safe["curie"].startswith(further["curie"]), safe
    assert re.search(r"danger|radium|radon", safe["curie"]), safe
    assert not re.search(r"come about|wait|tell me more", why["darwin"] + safe["curie"], re.I)


async def test_a_follow_up_past_its_thanks_for_praise_is_on_the_answer_praised(
    room, alice, bob, personas
):
    """Before: "why though", after Darwin's answer on birds, Bob's "love that" and Darwin's
    thanks, was taken as asking about "love": "I love fools' experiments; I am always making
    them." """
    await room_of(room, personas, "darwin", people=[bob])

    await say(room, alice, "@darwin do birds feel pain")
    thanked = await answers(await say(room, bob, "love that"))
    why = await answers(await say(room, alice, "why though"))

    assert thanked["darwin"] in lines(personas["darwin"], "praised", "Bob")
    assert why["darwin"].startswith(
        tuple(line.format(name="Alice") for line in lines_of(personas["darwin"], "further"))
    )
    assert re.search(r"\bpain\b|\bbirds?\b", why["darwin"]), why
    assert "love" not in why["darwin"], why


async def test_a_follow_up_after_someone_else_spoke_is_not_for_the_persona(
    room, alice, bob, personas
):
    await room_of(room, personas, "curie", people=[bob])

    await say(room, alice, "@curie is radon dangerous")
    await say(room, bob, "my uncle had his basement tested for it")
    followed = await answers(await say(room, alice, "wait so is it safe or not"))

    assert followed == {}


async def test_he_said_of_the_persona_just_after_its_answer_is_a_tease_it_takes(
    room, alice, personas
):
    """Before: "he answered my question with a question. typical" went unanswered, or was
    met as a complaint ("How tiresome, Alice")."""
    await room_of(room, personas, "socrates")

    await say(room, alice, "@socrates what is courage?")
    typical = await answers(
        await say(room, alice, "he answered my question with a question. typical")
    )

    assert list(typical) == ["socrates"]
    assert typical["socrates"] in lines(personas["socrates"], "teased", "Alice")


async def test_bare_praise_just_after_an_answer_is_thanked_for(room, alice, bob, personas):
    """Before: "respect honestly", said just after Curie's answer, went unanswered (nobody
    was named), and "curie was built different" was answered as a question ("A good question,
    Bob; here is what we found. Isotopes of one element ...")."""
    await room_of(room, personas, "curie", people=[bob])

    await say(room, alice, "@curie would you do it all again knowing the risks")
    respect = await answers(await say(room, bob, "respect honestly"))
    built = await answers(await say(room, bob, "curie was built different"))

    assert respect == {"curie": respect["curie"]}
    assert respect["curie"] in lines(personas["curie"], "praised", "Bob")
    assert built["curie"] in lines(personas["curie"], "praised", "Bob")


async def test_praise_with_a_question_gets_the_question_answered(room, alice, personas):
    """Before: "great point @einstein, but what is time?" got a line on a compass needle that
    "points" north, and "good answer @curie, so is radiation always bad?" was owned up to as
    outside her field. Praise alone is thanked for, briefly."""
    await room_of(room, personas, "einstein", "curie", "socrates")

    time = await answers(await say(room, alice, "great point @einstein, but what is time?"))
    radiation = await answers(
        await say(room, alice, "good answer @curie, so is radiation always bad?")
    )
    alone = await answers(await say(room, alice, "good point @socrates"))

    assert re.search(r"\btime\b", time["einstein"], re.I) and "compass" not in time["einstein"]
    assert re.search(r"radiation|radioactiv", radiation["curie"]), radiation
    assert not OWNED_UP.search(radiation["curie"]), radiation
    assert alone["socrates"] in lines(personas["socrates"], "praised", "Alice")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("why though", "more"),
        ("say more?", "more"),
        ("hmm how so", "more"),
        ("wait so is it safe or not", "verdict"),
        ("ok but what if the train is late, does your method still work", "case"),
        ("what about you?", ""),
        ("why do birds sing at dawn", ""),
    ],
)
def test_what_follows_up(text, kind):
    assert follow_up(text) == kind


EINSTEIN = Candidate("einstein", "Albert Einstein", 60)
CURIE = Candidate("curie", "Marie Curie", 45)
SOCRATES = Candidate("socrates", "Socrates", 50)


@pytest.mark.parametrize(
    ("body", "slugs"),
    [
        ("einstein called it", ("einstein",)),  # praise: a brief thanks
        ("curie would have a field day with this lol", ("curie",)),  # a tease
        ("einstein was a patent clerk first right?", ("einstein",)),  # asked about: answers
        ("i read that curie's notebooks are still radioactive", ()),
        ("einstein, is time real?", ("einstein",)),
        ("hey curie", ("curie",)),
        ("what would socrates say?", ("socrates",)),
        ("what do you think, Marie?", ("curie",)),
        ("socrates why is everything a question", ("socrates",)),
    ],
)
def test_who_a_name_asks(body, slugs):
    state = RoomState(chattiness="mentions", present=(EINSTEIN, CURIE, SOCRATES))
    assert plan_for_human(state, body, seed=1).slugs == slugs


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("good point from curie there tbh", "praise"),
        ("einstein's answer was weirdly moving ngl", "praise"),
        ("darwin called it, obviously", "praise"),
        ("lol curie would have a field day with my fridge", "tease"),
        ("he answered my question with a question. typical", "tease"),
        ("curie was not that smart lol", "tease"),
        ("einstein was a patent clerk first right?", ""),
        ("darwin was wrong about that", ""),
        ("was einstein a genius or just lucky?", ""),
        ("curie was built different", "praise"),
        ("lovelace kinda predicted AI tbh", "praise"),
        ("i love how darwin just casually mentions barnacles", "tease"),
        ("socrates never gives a straight answer does he", "tease"),
        ("i agree with socrates", "praise"),
        ("couldn't agree more with darwin", "praise"),
        ("not sure i agree with socrates", ""),
        ("i dont really agree with darwin", ""),
        ("not totally with ada on this", ""),
        ("did curie really invent the x-ray machine", ""),
    ],
)
def test_what_a_remark_says_of_someone(body, said):
    assert regard(body) == said


def test_spoken_of_and_spoken_to():
    names = ("darwin", "Charles Darwin", "Charles")
    assert spoken_of("darwin called it, obviously", names)
    assert spoken_of("i agree with darwin", names)
    assert not spoken_of("darwin, why do birds sing", names)
    assert not spoken_of("good point darwin", names)
    assert not spoken_of("@darwin called it", names)
    assert not spoken_of("darwin called it, did you know all along?", names)
    assert not spoken_of("pigeons are weird", names)
