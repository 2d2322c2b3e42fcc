"""A live room where personas sound like guests, not a script (round thirteen). Three people
chat about a hobby and @mention a persona now and then: a persona answers another persona only
when it has something on what was said to it; nobody unasked takes up the people's plans; a
follow-up is to an answer just given, not one from long ago. Through the real path, as a
room's socket."""

from __future__ import annotations

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from bots.models import BotTurn
from rooms.models import Message, Room
from tests.bots.test_conversation import OWNED_UP, answers, say
from tests.bots.test_live12 import lines, lines_of, room_of

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


@database_sync_to_async
def spoken_after(message: Message) -> list[tuple[str, str]]:
    """Every persona's message after `message` in its room, as (slug, body), in order: the
    answers to it and whatever they drew in."""
    return [
        (m.author.persona.slug, m.body)
        for m in Message.objects.filter(
            room=message.room, kind=Message.Kind.PERSONA, id__gt=message.pk
        )
        .select_related("author__persona")
        .order_by("id")
    ]


async def test_a_persona_said_of_in_another_persona_reply_is_not_drawn_in(room, alice, personas):
    """Before: after Curie's answer, "@einstein back me up, sound is just pressure waves ..."
    got "I think Marie Curie is right, Tobes, ..."; then Curie, named in it, answered him ("But
    Albert, what result would change your mind?"), and he her, with nothing on the subject."""
    await room_of(room, personas, "curie", "einstein", chattiness=Room.Chattiness.NORMAL)

    await say(room, alice, "@curie is it bad if your ears ring for days after a loud gig?")
    backed = await say(
        room,
        alice,
        "@einstein back me up, sound is just pressure waves so ear defenders would actually "
        "help up there right?",
    )

    after = await spoken_after(backed)
    assert [slug for slug, _ in after] == ["einstein"], after


async def test_the_peoples_plans_get_no_unasked_guest(room, alice, bob, personas):
    """Before, in a lively room: "ok so meeting point, car park at the north end of the forest?
    9am?" got Einstein on compass needles; "kit list: gloves, water, earplugs, snacks" got Ada
    on finding a name in a long list; "see u all thurs, 7pm sharp" got her farewell."""
    await room_of(
        room, personas, "einstein", "lovelace", people=[bob], chattiness=Room.Chattiness.LIVELY
    )

    for author, text in [
        (alice, "ok so meeting point, car park at the north end of the forest? 9am?"),
        (bob, "kit list: gloves, water, earplugs, snacks"),
        (alice, "see u all thurs, 7pm sharp"),
        (bob, "i'll bring the star chart, the one with the constellations on"),
        (alice, "and the star chart app, download it before we lose signal"),
    ]:
        assert await answers(await say(room, author, text)) == {}, text


async def test_the_peoples_plans_are_no_follow_up_of_the_last_answer(room, alice, personas):
    """Before: "so are we still doing the bake-off at jo's sunday? 2pm?", just after Curie's
    answer, read as a follow-up of it ("so are we ...") and got "To go one step further, Ria:
    Chemistry at home is in the kitchen ..."."""
    await room_of(room, personas, "curie")

    await say(room, alice, "@curie the bubbles in my sourdough starter are co2 right?")
    plans = await say(room, alice, "so are we still doing the bake-off at jo's sunday? 2pm?")

    assert await answers(plans) == {}


async def test_a_follow_up_is_to_an_answer_just_given_not_one_from_long_ago(room, alice, personas):
    """ "why though" just after Curie's answer asks her; the same an hour after it is said to
    the room, and she stays quiet (before, she took it up however long ago she spoke)."""
    await room_of(room, personas, "curie")

    await say(room, alice, "@curie is it safe to eat a banana a day, with the potassium?")
    fresh = await answers(await say(room, alice, "why though"))
    assert list(fresh) == ["curie"], fresh

    await database_sync_to_async(Message.objects.filter(room=room).update)(
        created_at=timezone.now() - timedelta(hours=1)
    )
    stale = await say(room, alice, "why though")
    assert await answers(stale) == {}
    assert not await database_sync_to_async(BotTurn.objects.filter(trigger=stale).exists)()


def opened_with(reply: str, persona, tags: tuple[str, ...], **fields: str) -> bool:
    """Whether `reply` opens with one of the persona's lines tagged with one of `tags` (or, for
    a verdict with a long reason, the plain word: "Yes, Alice.")."""
    plain = {"yes": "Yes", "no": "No"}
    if any(reply.startswith(f"{plain[t]}, {fields.get('name')}.") for t in tags if t in plain):
        return True
    return any(
        reply.startswith(line.format(**fields).rstrip("."))
        for tag in tags
        for line in lines_of(persona, tag)
    )


async def test_back_me_up_gets_a_verdict_on_the_askers_claim(room, alice, personas):
    """Before: "@einstein back me up, sound is just pressure waves ..." just after Curie spoke
    got "I think Marie Curie is right, Alice, and I would stand by it in any frame of
    reference. That is a matter of taste ...": agreement with the last speaker, and a line on
    nothing that was said. Now: yes or no to Alice's own claim (session 25: and no line on a
    siren, found on "sound" and "waves" alone)."""
    await room_of(room, personas, "curie", "einstein")

    await say(room, alice, "@curie is it bad if your ears ring for days after a loud gig?")
    backed = await answers(
        await say(
            room,
            alice,
            "@einstein back me up, sound is just pressure waves so ear defenders would "
            "actually help up there right?",
        )
    )

    reply = backed["einstein"]
    assert "Curie" not in reply and "Marie" not in reply, reply
    assert opened_with(reply, personas["einstein"], ("yes", "no"), name="Alice"), reply
    # Session 25: not the siren's waves "bunched up" (a line on the Doppler effect, found on
    # "sound" and "waves" alone): the claim is about ear defenders.
    assert "siren" not in reply and "bunched" not in reply, reply


async def test_have_you_ever_is_answered_from_its_life_or_plainly_not(room, alice, personas):
    """Before: "@curie not a physics one but do you ever get tinnitus from lab stuff?" got "That
    is what the laboratory is for. Physics and chemistry meet in the atom ..." (matched on
    "lab"). Now a line of its life on the thing asked, or a plain no with the nearest true
    thing, in one sentence."""
    await room_of(room, personas, "curie", "einstein", "darwin")

    tinnitus = await answers(
        await say(
            room, alice, "@curie not a physics one but do you ever get tinnitus from lab stuff?"
        )
    )
    bread = await answers(await say(room, alice, "@einstein have you ever baked bread?"))
    telescope = await answers(
        await say(room, alice, "@darwin have you ever looked through a telescope?")
    )

    assert tinnitus["curie"] in lines(personas["curie"], "never", "Alice"), tinnitus
    assert telescope["darwin"] in lines(personas["darwin"], "never", "Alice"), telescope
    # Either of his lines of bread in his own life, as the draw falls (the draw is seeded by the
    # message's id, which differs between SQLite and PostgreSQL runs).
    assert "egg and bread" in bread["einstein"] or (
        "Food for me is simple and quick: bread" in bread["einstein"]
    ), bread


async def test_banter_at_a_persona_is_gone_along_with(room, alice, bob, personas):
    """Before: "@darwin honorary band members, right? 🦇🔔" (of the bats in the belfry) got "I
    could not say, Bob; I have spent my life on beetles, barnacles and finches": owning up to a
    question nobody asked. Now a light word that goes along with it."""
    await room_of(room, personas, "darwin", "einstein", people=[bob])

    await say(room, alice, "there were literally bats in the belfry last week lol")
    band = await answers(await say(room, bob, "@darwin honorary band members, right? 🦇🔔"))
    captain = await answers(await say(room, alice, "@einstein team captain material tbh 😂"))

    for reply, slug, name in ((band, "darwin", "Bob"), (captain, "einstein", "Alice")):
        assert list(reply) == [slug], reply
        assert not OWNED_UP.search(reply[slug]), reply
        laughs = [line.format(name=name) for line in lines_of(personas[slug], "laugh")]
        assert any(reply[slug].startswith(line) for line in laughs), reply


async def test_an_unasked_guest_meets_a_remark_on_its_subject_not_a_misread_mood(
    room, alice, bob, personas
):
    """Before, in a lively room: "the moon's only a quarter so it won't wash everything out" got
    Einstein's "Congratulations, Bob! When the eclipse of 1919 proved me right ...", and "the
    tenor is so heavy, my arms were dead after plain hunt" his "Ach, I am sorry to hear it; a
    heavy heart ...": a guest nobody asked speaks to what was said, on its own subject, or not
    at all."""
    await room_of(room, personas, "einstein", people=[bob], chattiness=Room.Chattiness.LIVELY)

    moon = await answers(
        await say(room, bob, "the moon's only a quarter so it won't wash everything out")
    )
    tenor = await answers(
        await say(room, alice, "the tenor is so heavy, my arms were dead after plain hunt")
    )

    assert list(moon) == ["einstein"], moon
    assert "Congratulations" not in moon["einstein"] and "moon" in moon["einstein"], moon
    assert tenor == {}


async def test_a_claim_with_nothing_of_its_own_on_it_gets_the_verdict_alone(room, alice, personas):
    """Before: "@curie am i right that the metal gets warm after a long peal?" got "Yes ... An
    X-ray machine fires fast electrons at a metal target ..." (one word, "metal", in common).
    A line is its reason only with two of the claim's words; without one, the verdict alone."""
    await room_of(room, personas, "curie")

    warm = await answers(
        await say(room, alice, "@curie am i right that the metal gets warm after a long peal?")
    )

    assert warm["curie"] in lines(personas["curie"], "yes", "Alice"), warm


async def test_a_place_name_or_a_journey_is_no_subject_for_an_unasked_guest(
    room, alice, bob, personas
):
    """Before, in a lively room: "we could do the mercury bar after?" got Curie on mercury
    poisoning, and "my train to paris got cancelled" Einstein's thought experiment with a train
    and a lamp. A word that names a place, or a journey, is not what people are talking about;
    a message that is about the subject still draws the guest in."""
    await room_of(
        room, personas, "einstein", "curie", people=[bob], chattiness=Room.Chattiness.LIVELY
    )

    bar = await answers(await say(room, alice, "we could do the mercury bar after?"))
    train = await answers(await say(room, bob, "my train to paris got cancelled"))
    radium = await answers(await say(room, alice, "i read that radium used to be in toothpaste"))

    assert bar == {} and train == {}, (bar, train)
    assert list(radium) == ["curie"] and "Radium" in radium["curie"], radium


async def test_tell_her_shes_wrong_about_a_matter_of_taste_gets_the_personas_view_of_taste(
    room, alice, bob, personas
):
    """Before: "tell her she's wrong @socrates, hattie thinks method ringing is boring" got
    "Hattie seems to me to have it, Priya; I could not find the flaw": a verdict with nothing on
    what was claimed. A claim of taste is judged with the persona's own view of taste."""
    await room_of(room, personas, "socrates", people=[bob])

    told = await answers(
        await say(
            room, bob, "tell her she's wrong @socrates, alice thinks method ringing is boring"
        )
    )

    reply = told["socrates"]
    assert opened_with(reply, personas["socrates"], ("against",), name="Bob", speaker="Alice"), (
        reply
    )
    assert reply.endswith(
        "Pleasures differ, and I will not quarrel with a harmless one; I only "
        "ask whether it makes you better or merely busy."
    ), reply
