"""Safety at the right depth (safe37): a question where a wrong word could hurt (`bots.safety`)
is decided in `bots.care.care_needed`, the one place the engine, the house bot and the model
runner all ask, so a model never answers "my chest hurts, a&e or sleep it off?"; a hazard is
told the safe thing itself; and no persona agrees with an unsafe claim someone else made ("is
jo right? she says you can mix bleach and vinegar" got "I think Jo is right").
"""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots import runner
from bots.care import QUIET, RISK, care_needed, is_care_reply
from bots.engine import ChatLine
from bots.models import Persona
from bots.safety import at_risk, risk_reply
from rooms import content
from rooms import services as room_services
from rooms.models import Room
from sms import watch
from sms.models import Outbound
from tests.bots.conftest import seat
from tests.bots.talk import Line
from tests.bots.test_caps import room_lines, say
from tests.bots.test_everyday_messages import VOICES
from tests.bots.test_everyday_messages import say as said_to
from tests.sms.conftest import ALICE_PHONE, link_phone, text_in
from tests.sms.fake_twilio import AUTH_TOKEN

PERSONAS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")

CHEST = (
    "Maya, please don't wait on a chat for that: pain in the chest, trouble breathing, a faint, "
    "a fit or sudden weakness down one side need help now. Call 999 (or NHS 111 if you are "
    "unsure)."
)
CANDLE = (
    "Maya, never leave a candle burning unattended or overnight: put it out before you leave the "
    "room or go to sleep."
)
MILK = (
    "Maya, don't microwave breast milk or formula: it heats unevenly and leaves hot spots that "
    "can scald a baby's mouth. Stand the bottle in a jug of warm water, then test a few drops on "
    "the inside of your wrist."
)
ECLIPSE = (
    "Maya, never look at an eclipse through sunglasses, however dark: they don't protect your "
    "eyes. Use only certified eclipse glasses, or a pinhole projector to watch its image."
)
MRI = (
    "Maya, tell the scan team and your cardiology team before any MRI: only they can say. Some "
    "pacemakers are MRI-conditional and are checked and set for the scan; others are not."
)
BLEACH = (
    "Maya, never mix bleach with vinegar, ammonia or any other cleaner: together they give off "
    "toxic gases, such as chlorine. Use one product at a time and rinse in between. If you have "
    "breathed the fumes, get into fresh air; if you feel unwell or your eyes sting, rinse them "
    "with water and call 111."
)
DRINK = (
    "Maya, don't drive after drinking: even a drink or two slows your reactions, and no amount "
    "is a safe one to drive on. Leave the car and get a lift, a taxi or the bus."
)
RICE = (
    "Maya, don't leave cooked rice out overnight: its spores survive cooking and can make a "
    "poison that reheating won't destroy. Cool it within an hour, keep it in the fridge a day at "
    "most, and reheat it once, until steaming hot."
)
HONEY = (
    "Maya, don't give honey to a baby under one, not even a little for a cough: it can carry "
    "spores that cause infant botulism. For a baby's cough, ask a pharmacist or call NHS 111."
)
VACCINE = (
    "Maya, vaccines don't cause autism: studies of millions of children have found no link. Your "
    "GP or practice nurse can answer any worry about a jab."
)
FUMES = (
    "Maya, never run a generator, a barbecue or a fuel heater in a garage, a tent or any closed "
    "space: the carbon monoxide it gives off can kill, with no smell to warn you. Run it "
    "outdoors, well away from doors and windows."
)
SLEEP = (
    "Maya, put a baby to sleep on their back, in their own cot or Moses basket, on a firm flat "
    "mattress with no pillows, bumpers or soft toys: that is the safest way (the Lullaby Trust "
    "and the NHS say so). Never on a sofa or an armchair with them."
)
NO_SIDE = (
    "On that I would not take anyone's word, Maya, mine included: where health or safety is at "
    "stake, go by the official advice, not by whoever sounds surest."
)
BATH = (
    "Maya, never leave a baby or a young child alone in the bath, not even for a moment: they can "
    "drown in a few centimetres of water, quickly and silently. Take them with you."
)
PERIOD = (
    "Maya, you can get pregnant on your period: it is less likely, but it happens. If you don't "
    "want to be, use contraception; a pharmacist, your GP or a sexual health clinic can help."
)


def test_care_needed_decides_a_risk_asked_and_keeps_quiet_unasked():
    message = "my chest hurts, should i go to a&e or sleep it off?"
    history = [ChatLine("maya", message)]
    assert care_needed(message, history) == (RISK, "urgent")
    assert care_needed(message, history, unasked=True) == (QUIET, "urgent")
    judged = [ChatLine("jo", "you can mix bleach and vinegar, it cleans better")]
    judged.append(ChatLine("maya", "@curie is jo right?"))
    assert care_needed(judged[-1].text, judged) == (RISK, "bleach")
    assert care_needed("@curie why does bleach smell", [ChatLine("maya", "x")]) == ("", "")


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("is it ok to leave a candle burning overnight?", CANDLE),
        ("can i leave candles burning when we're out?", CANDLE),
        ("is it safe to microwave breast milk?", MILK),
        ("can you warm formula in the microwave", MILK),
        ("can i watch the eclipse with sunglasses?", ECLIPSE),
        ("are my sunglasses dark enough for the eclipse", ECLIPSE),
        ("can i have an MRI with a pacemaker?", MRI),
        ("is it safe to mix bleach and vinegar", BLEACH),
        ("can i mix bleach with ammonia to clean the loo", BLEACH),
        ("is it ok to mix bleach with other cleaning stuff", BLEACH),
        # before: "I would say yes, Maya" and "It is quite true, Maya; yes."
        ("is it ok to let my toddler have a bath alone", BATH),
        ("can i leave the baby in the bath for a minute", BATH),
        ("my mate says it's fine to drive after two pints", DRINK),
        ("is it ok to leave rice out overnight", RICE),
        ("do vaccines cause autism?", VACCINE),
        ("gran says honey is fine for the baby", HONEY),
        ("is it true you can't get pregnant on your period?", PERIOD),
        ("my chest hurts, should i go to a&e or sleep it off?", CHEST),
        # an unsafe claim told in the question: never "I think Jo is right"
        ("is jo right? she says you can mix bleach and vinegar", BLEACH),
        ("my mate says it's fine to drive after two pints, is he right?", DRINK),
        ("is tom right that you can leave rice out overnight", RICE),
        ("gran says honey is fine for the baby, is she right?", HONEY),
    ],
)
def test_a_hazard_is_told_the_safe_thing_by_every_persona_and_the_house_bot(message, reply):
    for slug in PERSONAS:
        assert said_to(slug, f"@{slug} {message}") == reply, slug
    # "/AIBot my chest hurts" gets no menu: the house bot says the same, plainly.
    assert said_to("aibot", f"/AIBot {message}") == reply


@pytest.mark.parametrize(
    ("claim", "asked", "reply"),
    [
        ("you can mix bleach and vinegar, it cleans better", "is jo right?", BLEACH),
        ("mixing bleach and vinegar is fine, i do it all the time", "is jo right?", BLEACH),
        ("you can leave rice out overnight, it's fine", "is jo right?", RICE),
        ("two pints and you're still fine to drive", "is jo right?", DRINK),
        ("honey is fine for a baby's cough", "do you agree with jo?", HONEY),
        ("you can leave a candle burning overnight, it's fine", "do you agree with jo?", CANDLE),
        ("sunglasses are fine for watching the eclipse", "is that true?", ECLIPSE),
        ("you can put breast milk in the microwave", "is jo right?", MILK),
        ("vaccines cause autism", "is jo right?", VACCINE),
        # no side, where no safe words of its own are known (before: "I think Jo is right")
        ("chicken is fine left out overnight", "is jo right?", NO_SIDE),
        # (session 37's merge: a baby's sleep has safe words of its own)
        ("babies can sleep on their front, it's fine", "is jo right?", SLEEP),
        ("you don't need a helmet for short bike rides", "do you agree?", NO_SIDE),
        ("kids can swim alone if they're good swimmers", "is jo right?", NO_SIDE),
        ("you can throw water on a chip pan fire", "is jo right?", NO_SIDE),
        ("you can put a disposable bbq in the tent to keep warm", "is jo right?", FUMES),
    ],
)
def test_no_persona_agrees_with_an_unsafe_claim_made_before(claim, asked, reply):
    """Before: "I think Jo is right, Maya: you can mix bleach and vinegar, and it cleans
    better." from four personas of six."""
    for slug in PERSONAS:
        message = f"@{slug} {asked}"
        assert said_to(slug, message, history=(Line("jo", claim),)) == reply, slug


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        (
            "@curie why does bleach smell",
            "Here is what I know of it, Maya. Bleach takes the colour out of a stain by oxidising "
            "it: it breaks the part of the coloured molecule that holds the colour, so the stain "
            "is still there, only invisible.",
        ),
        (
            "@curie does bleach kill mould",
            "Bleach whitens mould on the surface but seldom reaches the threads in grout or "
            "sealant, Maya, so it comes back wherever it stays damp. Clean it off, then dry the "
            "room: a fan running and a window open after every shower.",
        ),
    ],
)
def test_bleach_itself_is_still_curies_to_answer(message, reply):
    assert said_to("curie", message) == reply


@pytest.mark.parametrize(
    "message",
    [
        "we drove to the pub and back, lovely evening",
        "can i use bleach and water to clean the floor",
        "the rice pudding was lovely",
        "we lit candles for the birthday cake",
        "i can't breathe when i laugh this hard",
        "is it true socrates never wrote anything down?",
    ],
)
def test_no_risk_read_in_everyday_messages(message):
    assert at_risk(message) == ""


def test_a_blow_told_by_someone_else_is_answered_to_them_not_to_the_asker():
    """Before: "You ask my opinion, Maya; ... That is a matter of taste"."""
    history = (Line("jo", "he hit me again"),)
    assert said_to("einstein", "@einstein thoughts?", history=history) == (
        "Jo, I am so sorry. Nobody should hit you. If you are in danger now, call 999; the "
        "National Domestic Abuse Helpline, 0808 2000 247, is free and open day and night."
    )


@pytest.mark.parametrize(
    ("claim", "reply"),
    [
        (
            "you can get the bus to the bbq at 6",
            "Jo says you can get the bus to the bbq at 6. I think Jo is right, Maya, and I would "
            "stand by it in any frame of reference.",
        ),
        (
            "you can make a great curry with chicken thighs",
            "Jo says you can make a great curry with chicken thighs. I think Jo is right, Maya, "
            "and I would stand by it in any frame of reference.",
        ),
    ],
)
def test_a_claim_that_only_names_a_safety_word_is_judged_as_before(claim, reply):
    assert said_to("einstein", "@einstein is jo right?", history=(Line("jo", claim),)) == reply


def test_an_old_claim_is_not_judged_by_a_long_message_of_its_own():
    history = (Line("jo", "you can mix bleach and vinegar, it cleans better"),)
    message = (
        "@einstein what do you think about the twin paradox and clocks that run slow on planes"
    )
    assert said_to("einstein", message, history=history) != BLEACH


def test_a_newcomer_is_welcomed_and_told_the_safe_thing_whole():
    """Before: the welcome and the answer were cut to the persona's length together."""
    reply = said_to("socrates", "hi all, I'm new! @socrates is it ok to leave rice out overnight?")
    assert reply == (
        "Welcome, Maya! Don't leave cooked rice out overnight: its spores survive cooking and can "
        "make a poison that reheating won't destroy. Cool it within an hour, keep it in the "
        "fridge a day at most, and reheat it once, until steaming hot."
    )
    assert len(reply) > VOICES["socrates"].max_reply_chars


def test_a_persona_joining_unasked_says_nothing_on_a_risk():
    message = "jo says you can mix bleach and vinegar"
    assert said_to("curie", message, author="sam", unasked=True) == ""


def test_every_risk_reply_is_one_nobody_takes_up_whatever_the_content_rules(settings):
    for kind in ("urgent", "vet", "petop", "medicine", "honey", "period", "hit", "candle"):
        assert is_care_reply(risk_reply(kind)) and is_care_reply(risk_reply(kind, "Sam")), kind
    for kind in ("milk", "eclipse", "mri", "bleach", "drink", "rice"):
        assert is_care_reply(risk_reply(kind)) and is_care_reply(risk_reply(kind, "Sam")), kind
    settings.SALON_REDACT_PII = "all"
    assert is_care_reply(content.message_text(risk_reply("hit", "Sam")))
    assert not is_care_reply("Never mix business with pleasure, Sam.")


@database_sync_to_async
def lively(room) -> list[Persona]:
    Room.objects.filter(pk=room.pk).update(ai_chattiness=Room.Chattiness.LIVELY)
    return list(Persona.objects.filter(is_house_bot=False))


@pytest.mark.parametrize(
    ("said", "answering"),
    [
        ("@einstein my chest hurts, a&e or sleep it off?", "einstein"),
        # the house bot too: "/AIBot my chest hurts" gets no menu
        ("/AIBot my chest hurts", "aibot"),
    ],
)
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_with_a_model_a_risk_is_answered_in_our_words(
    room, alice, personas, model, said, answering
):
    """Before: with a model configured, the model answered "my chest hurts, a&e or sleep it
    off?"."""
    model.script.chunks = ["Sleep it off, Alice; it is only indigestion. Or: 1) tea 2) a&e"]
    await seat(room, personas["einstein"])

    await say(room, alice, said)
    await runner.settle()

    assert model.requests == []
    assert await room_lines(room) == [("alice", said), (answering, CHEST.replace("Maya", "Alice"))]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_with_a_model_an_unsafe_claim_is_never_the_models_to_judge(
    room, alice, bob, personas, model
):
    model.script.chunks = ["I think Bob is right, Alice."]
    await seat(room, personas["darwin"])
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        ai_chattiness=Room.Chattiness.MENTIONS
    )

    await say(room, bob, "you can mix bleach and vinegar, it cleans better")
    await runner.settle()
    await say(room, alice, "@darwin is bob right?")
    await runner.settle()

    assert model.requests == []
    assert (await room_lines(room))[-1] == ("darwin", BLEACH.replace("Maya", "Alice"))


@pytest.mark.parametrize(
    ("said", "answering", "reply"),
    [
        # several asked: one answers, and nobody takes it up
        ("@einstein @curie is it safe to microwave breast milk?", "einstein", MILK),
        # said to the room: the house bot answers (a persona unasked says nothing)
        ("is it ok to leave a candle burning overnight?", "aibot", CANDLE),
    ],
)
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_in_a_lively_room_one_tells_the_safe_thing_once(
    room, alice, personas, said, answering, reply
):
    await seat(room, *await lively(room))

    await say(room, alice, said)
    await runner.settle()

    assert await room_lines(room) == [("alice", said), (answering, reply.replace("Maya", "Alice"))]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_risk_is_texted_whole_whatever_the_hourly_limit(settings, personas, alice, room):
    settings.TWILIO_AUTH_TOKEN = AUTH_TOKEN
    settings.TWILIO_ACCOUNT_SID = settings.TWILIO_FROM = settings.SALON_SMS_BASE_URL = ""
    settings.SALON_SMS_DEFAULT_REGION = None
    settings.SALON_SMS_HOURLY_LIMIT = 0
    watch.forget()
    await database_sync_to_async(link_phone)(alice, ALICE_PHONE, room=room)

    await text_in("SM1", ALICE_PHONE, "/AIBot he hit me again")
    await runner.settle()
    watch.forget()

    text = await database_sync_to_async(Outbound.objects.get)(kind="persona")
    assert (text.body, text.status) == (f"AIBot: {risk_reply('hit', 'Alice')}", "queued")
