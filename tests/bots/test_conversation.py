"""Issue 14's check, through the real path: in a themed room whose personas answer mentions,
each seeded persona is greeted, asked in its field and far outside it, told something
everyday, thanked and bid goodbye; the offline engine must answer each in kind."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from bots import runner
from bots.material import STOPWORDS, index_of, terms
from bots.models import BotTurn
from rooms.models import Message, Room
from tests.bots.conftest import seat
from tests.bots.test_caps import say as say_as_the_socket_does

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

THEME = "Evenings at the science museum"
PEOPLE = ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]
SAID = {
    "greeting": {
        "einstein": "Hello @einstein!",
        "shakespeare": "@shakespeare good evening to you",
        "curie": "Hi @curie, I'm new here",
        "lovelace": "hey @lovelace",
        "socrates": "Good morning @socrates",
        "darwin": "@darwin hiya",
    },
    "field": {
        "einstein": "@einstein why do clocks on satellites run differently?",
        "shakespeare": "@shakespeare how should I write a tragedy?",
        "curie": "@curie what is radioactivity, really?",
        "lovelace": "@lovelace what exactly is an algorithm?",
        "socrates": "@socrates what is justice?",
        "darwin": "@darwin how do species change over time?",
    },
    "outside": {
        "einstein": "@einstein which football team will win the league this year?",
        "shakespeare": "@shakespeare how do I file my tax return?",
        "curie": "@curie what's a good recipe for lasagne?",
        # (not red wine on a carpet: the chemist has a line on stains, and it is handed to her)
        # (refuse60: not a passport, which gets where to check it)
        "lovelace": "@lovelace how do I knit a scarf?",
        "socrates": "@socrates which phone should I buy?",
        "darwin": "@darwin how do I change a car tyre?",
    },
    "remark": {
        "einstein": "@einstein I'm actually pretty tired of rainy weekends",
        "shakespeare": "@shakespeare my neighbour painted his fence bright orange",
        "curie": "@curie the bus was late again this morning",
        "lovelace": "@lovelace our office coffee machine broke down",
        "socrates": "@socrates my sister adopted two kittens",
        "darwin": "@darwin the new bakery downstairs sells cinnamon buns",
    },
    "opinion": {
        "einstein": "@einstein do you think imagination matters more than knowledge?",
        "shakespeare": "@shakespeare what's your view on love at first sight?",
        "curie": "@curie do you think women should study science?",
        "lovelace": "@lovelace do you think machines will ever think for themselves?",
        "socrates": "@socrates what do you think makes a good friend?",
        "darwin": "@darwin do you think animals have feelings?",
    },
    # Each takes sides with or against the persona who spoke just before.
    "sides": {
        "einstein": "@einstein I agree with Darwin on that",
        "shakespeare": "@shakespeare I think Einstein is wrong",
        "curie": "@curie William has a point",
        "lovelace": "@lovelace I disagree with Marie",
        "socrates": "@socrates Ada is right, I think",
        "darwin": "@darwin I don't buy what Socrates said",
    },
    "thanks": {
        "einstein": "thanks @einstein, really helpful",
        "shakespeare": "@shakespeare thank you!",
        "curie": "Thanks a lot, @curie",
        "lovelace": "@lovelace cheers, that was great",
        "socrates": "@socrates thank you for that",
        "darwin": "much obliged, @darwin",
    },
    "farewell": {slug: f"Good night @{slug}, see you tomorrow" for slug in PEOPLE},
}
GREETED = re.compile(
    r"hello|good day|guten tag|greetings|hail|well met|good morrow|welcome|bonjour|"
    r"how do you do|willkommen|bienvenue",
    re.IGNORECASE,
)
OWNED_UP = re.compile(
    r"ignorant|not my field|outside my|beyond my|i know nothing|no observations|"
    r"not that\b|not such matters|do not know|don't know|cannot speak|never studied|"
    r"confess|edge of my|worth nothing|not a matter i can|never learned|cannot answer|could not "
    r"say|no data|not in my notes|hole in my|amateur|guessing|beyond me|runs dry|know it not|"
    r"no better informed|simply do not know|no place in any table|never crossed|know no more|"
    r"could answer that better|question i can answer|nor can i|pretty lie|"
    # Session 19's ways of owning up, each persona's own.
    r"nothing past it|would not have that one|puzzled as my cat|no help|mute as a ghost|"
    r"small latin|nothing in my notebooks|as well informed|far from all our studies|"
    r"not one of them|left that one out|outside it|do you know it yourself|trust its silence|"
    r"things i do not|twenty years of notes|not one observation|never once near|never that one|"
    r"as much of that as i do",
    re.IGNORECASE,
)
THANKED = re.compile(r"welcome|thank|pleasure|nothing|kind|owe|glad", re.IGNORECASE)
FAREWELL = re.compile(
    r"bye|farewell|good night|adieu|until|go well|evening|revoir|wiedersehen", re.IGNORECASE
)


async def say(room, author, body: str) -> Message:
    """Say `body` in `room` as the room's socket would, and wait for every answer."""
    message = await say_as_the_socket_does(room, author, body)
    await runner.settle()
    return message


@database_sync_to_async
def answers(message: Message) -> dict[str, str]:
    turns = (
        BotTurn.objects.filter(trigger=message).select_related("persona", "reply").order_by("id")
    )
    return {turn.persona.slug: turn.reply.body for turn in turns if turn.reply}


def content_runs(text: str) -> set[str]:
    """Neighbouring pairs of content words: what would be slotted in as a subject."""
    words = re.findall(r"[a-z']+", text.lower())
    return {
        f"{a} {b}"
        for a, b in zip(words, words[1:], strict=False)
        if a not in STOPWORDS and b not in STOPWORDS
    }


async def test_each_persona_answers_in_kind_in_a_themed_room(room, alice, personas, settings):
    settings.SALON_AI_REPLIES_PER_PERSON_DAILY = None  # more than a day's replies (test_caps.py)
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic=THEME, ai_chattiness=Room.Chattiness.MENTIONS
    )
    await seat(room, *(personas[slug] for slug in PEOPLE))
    replies: dict[str, dict[str, str]] = {kind: {} for kind in SAID}
    for kind, messages in SAID.items():
        for slug in PEOPLE:
            got = await answers(await say(room, alice, messages[slug]))
            # Named to side with it, another persona answers too, with a brief thanks; named to
            # be disagreed with, it was not asked (test_live12.py).
            sided = kind == "sides" and not re.search(r"wrong|disagree|buy", messages[slug])
            assert list(got)[0] == slug and len(got) == (2 if sided else 1), got
            replies[kind][slug] = got[slug]

    def count(kind: str, check) -> int:
        failed = {slug: r for slug, r in replies[kind].items() if not check(slug, r)}
        print(kind, failed)  # shown when an assertion below fails
        return len(PEOPLE) - len(failed)

    def answered_from_the_field(slug: str, reply: str) -> bool:
        field = set(terms(" ".join(personas[slug].style["topics"])))
        return bool((set(terms(reply)) & field) - set(terms(SAID["field"][slug])))

    def gave_a_view(slug: str, reply: str) -> bool:
        tagged = index_of(tuple(personas[slug].material)).tagged
        openers = tagged["opinion"] + tagged["yes"] + tagged["no"]
        # Or its take on an everyday matter, after a plain verdict or none.
        takes = [t.split(":", 1)[1].strip() for t in tagged.get("take", ())]
        # Or its `#know` line on that very matter ("what do you think makes a good friend":
        # Socrates' Lysis), said as its own view.
        known = [k.split(":", 1)[1].strip().format(name="Alice") for k in tagged.get("know", ())]
        return (
            any(reply.startswith(o.format(name="Alice")) for o in openers)
            or any(t in reply for t in takes)
            or any(reply.startswith(k[:40]) for k in known)
        )

    def named_in(said: str, reply: str) -> bool:
        """The reply names the earlier speaker the way the message did."""
        name = re.search(r"Darwin|Einstein|William|Marie|Ada|Socrates", said).group()
        return name in reply

    def no_run_set_in(slug: str, reply: str) -> bool:
        return not content_runs(SAID["remark"][slug]) & content_runs(reply)

    assert count("greeting", lambda slug, r: GREETED.search(r) and "Alice" in r) == 6
    assert count("field", answered_from_the_field) == 6
    assert count("outside", lambda slug, r: OWNED_UP.search(r)) == 6
    assert count("remark", no_run_set_in) == 6
    assert count("opinion", gave_a_view) == 6
    assert count("sides", lambda slug, r: named_in(SAID["sides"][slug], r)) == 6
    assert count("thanks", lambda slug, r: THANKED.search(r)) == 6
    assert count("farewell", lambda slug, r: FAREWELL.search(r)) == 6
    every = [reply for by_slug in replies.values() for reply in by_slug.values()]
    assert len(set(every)) == len(every)
    assert not [r for r in every if THEME.lower() in r.lower() or "science museum" in r.lower()]
    # Nobody here knows football, taxes, cooking, knitting, phones or cars: no hand-over.
    assert not [r for r in replies["outside"].values() if "@" in r]


async def test_a_question_outside_one_field_is_handed_to_the_persona_who_knows(
    room, alice, personas
):
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic=THEME, ai_chattiness=Room.Chattiness.MENTIONS
    )
    await seat(room, personas["shakespeare"], personas["darwin"])

    message = await say(room, alice, "@shakespeare why do finches have such different beaks?")

    turns = await database_sync_to_async(
        lambda: list(
            BotTurn.objects.filter(root=message)
            .order_by("id")
            .values_list("persona__slug", "hop", "reply__body")
        )
    )()
    # Shakespeare hands the question over; Darwin answers Alice, and, told to her alone, his
    # answer calls nobody else back in.
    assert [(slug, hop) for slug, hop, _ in turns] == [("shakespeare", 0), ("darwin", 1)]
    handing, answering = (body for _, _, body in turns)
    assert "@darwin" in handing and OWNED_UP.search(handing)
    # Darwin takes the question up from his own material, thanking the one who passed it on.
    # "Gladly, William. Let me tell you, Alice" spoke to two at once.
    assert answering.startswith("Gladly. ") and "Alice" in answering
    assert "William" not in answering
    assert re.search(r"finch|beak", answering), answering
