"""Session 19's play-test: hand-offs that ended with nobody answering. Curie owned up to "is it
true clay can explode in the kiln if there's a bubble?" and handed it to @einstein, who said
"on that I am as ignorant as a schoolboy"; Einstein handed a glaze colour question to @darwin,
who had "no observations at all"; Darwin, handed "why do wet dogs smell so bad", asked Curie
"Have you observed that yourself, Marie?"; and AIBot sent Tom to @curie for a bisque firing's
temperature just after Curie told him she did not know a kiln's. A question is handed only to
a persona that, handed it, answers it (`_would_answer`); the persona handed it answers the
person who asked; the house bot names only such a persona, and not one that just owned up to
the same person on the same thing."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from bots.engine import ChatLine as Line
from bots.engine import _handed_over, offline_reply
from bots.fallback46 import owned
from bots.house import HOUSE_UNKNOWN, HOUSE_UNKNOWN_EXPERT
from bots.material import index_of
from bots.models import BotTurn
from rooms.models import Room
from tests.bots.conftest import seat
from tests.bots.test_conversation import say as say_in_room
from tests.bots.test_everyday_messages import CAST, NAMES, VOICES, say, starts_with

SEEDS = (1, 2, 3)


def others_than(slug: str) -> tuple:
    return tuple(v for v in CAST if v.slug != slug)


def ask(slug: str, text: str, *, author: str, seed: int, history=()) -> str:
    return say(slug, text, author=author, seed=seed, history=history, others=others_than(slug))


def taken_up(to: str, by: str, handing: str, question: str, *, author: str, seed: int) -> str:
    """What persona `to` says in the room to persona `by`'s `handing`, said after `author`'s
    `question` (as the room's turn for a persona's @mention composes it)."""
    history = [Line(author, question), Line(VOICES[by].name, handing)]
    return offline_reply(
        VOICES[to],
        message=handing,
        seed=seed,
        ignore=NAMES,
        history=history,
        others=others_than(to),
    )


def own_line_in(slug: str, reply: str) -> bool:
    """Whether `reply` says one of the persona's own plain lines."""
    return any(line.text in reply for line in index_of(VOICES[slug].material).lines)


# What each was handed, and to whom, before: the one handed it owned up in its turn.
UNANSWERED = [
    # (The play-test's clay, glaze and squirrel questions were here; the persona asked, or the
    # one it hands them to, now has lines that answer them: tests/bots/test_lines19.py. So was
    # "why do owls hoot at night", which Darwin now answers, and is handed: test_darwin24.py.)
    ("curie", "@curie random one but why do llamas hum", "priya", "darwin"),
    ("darwin", "How do I write an algorithm to sort numbers?", "maya", "lovelace"),
    ("darwin", "any tips for writing a plot twist?", "maya", "shakespeare"),
    # From the dev sets (tests/bots/dev*.json), each owned up to by the one it was handed to.
    ("einstein", "@einstein why do llamas hum", "bex", "darwin"),
    ("shakespeare", "@shakespeare whats the biggest star anyone has found", "bex", "einstein"),
    ("einstein", "@einstein is cowardice ever the sensible choice", "bex", "socrates"),
    (
        "shakespeare",
        "@shakespeare is it hard to make a little website for the school fair raffle? total "
        "beginner",
        "bex",
        "lovelace",
    ),
    # ("the yeast in my starter is basically evolving" was here: Darwin now has a line on yeast
    # kept by brewers, and answers it when handed it: tests/bots/test_own20.py.)
]


@pytest.mark.parametrize(("slug", "text", "author", "was_handed_to"), UNANSWERED)
def test_a_question_is_not_handed_to_a_persona_that_would_own_up(slug, text, author, was_handed_to):
    name = author.capitalize()
    for seed in SEEDS:
        reply = ask(slug, text, author=author, seed=seed)
        # Owned up to, plainly, and handed to nobody.
        # (or owned up to with the subject named: `bots.fallback46`)
        assert starts_with(reply, slug, "outside", name=name) or owned(reply), reply
        assert "@" not in reply, reply
        assert VOICES[was_handed_to].name not in reply, reply
        # Handed it as before, the other would have owned up in its turn: a hand-off to nobody.
        template = index_of(VOICES[slug].material).tagged["handover"][0]
        handing = f"{reply} " + template.format(
            name=name, mention=f"@{was_handed_to}", who=VOICES[was_handed_to].name
        )
        then = taken_up(was_handed_to, slug, handing, text, author=author, seed=seed)
        assert starts_with(then, was_handed_to, "outside", name=name) or owned(then), then


# Good hand-offs still happen, and the one handed the question answers the person who asked.
ANSWERED = [
    # A cooking and a biology question to the physicist: the naturalist's.
    ("einstein", "@einstein why did humans start cooking food?", "sam", "darwin", r"[Cc]ook"),
    # (Was "how deep should i plant garlic cloves?", handed to Darwin, who answered with watering
    # plants deeply: no line of his names garlic, so nobody hands it to him now.)
    ("einstein", "@einstein why are dogs so obsessed with squirrels", "sam", "darwin", r"squirrel"),
    ("einstein", "@einstein why do cats purr?", "sam", "darwin", r"purr"),
    ("darwin", "@darwin why is the sky blue?", "sam", "einstein", r"sky is blue"),
    ("darwin", "@darwin what is radium?", "sam", "curie", r"radium"),
    ("shakespeare", "@shakespeare how does a computer work?", "sam", "lovelace", r"computer"),
    ("darwin", "How do I write a computer program?", "maya", "lovelace", r"program"),
    ("darwin", "any tips for the plot of my play?", "maya", "shakespeare", r"plots"),
    (
        "einstein",
        "@einstein back me up, the finches in my garden are basically evolving",
        "maya",
        "darwin",
        r"finches",
    ),  # fmt: skip
    # Was handed to Einstein; Curie has the line on it.
    (
        "lovelace",
        "@lovelace whats the difference between an atom and a molecule",
        "bex",
        "curie",
        r"molecule",
    ),
    # No question mark: Curie passed it on, so it is a question to answer (was Darwin's "Have
    # you observed that yourself, Marie? I should like to hear the particulars.", to "why do
    # wet dogs smell so bad", which Curie now answers herself).
    ("curie", "@curie random one but why do cats sit in boxes", "sam", "darwin", r"box"),
    ("curie", "@curie why are dogs so obsessed with squirrels?", "jen", "darwin", r"squirrel"),
]


@pytest.mark.parametrize(("slug", "text", "author", "to", "about"), ANSWERED)
def test_a_good_hand_off_still_happens_and_is_answered_to_the_person(slug, text, author, to, about):
    name, by = author.capitalize(), VOICES[slug].name.split()[0]
    for seed in SEEDS:
        reply = ask(slug, text, author=author, seed=seed)
        # (or owned up to with the subject named: `bots.fallback46`)
        assert starts_with(reply, slug, "outside", name=name) or owned(reply), reply
        assert re.findall(r"@\w+", reply) == [f"@{to}"], reply
        answer = taken_up(to, slug, reply, text, author=author, seed=seed)
        # Told to the person alone, from its own material, on the question: never the one who
        # handed it over asked back.
        assert answer.startswith("Gladly. ") and name in answer, answer
        assert by not in answer and "?" not in answer, answer
        assert own_line_in(to, answer) and re.search(about, answer), answer
        assert not starts_with(answer.removeprefix("Gladly. "), to, "outside", name=name), answer


QUESTIONS = [
    "is it true clay can explode in the kiln if there's a bubble?",
    "why does the glaze look completely different before and after firing?",
    "random one but why do wet dogs smell so bad",
    "why are dogs so obsessed with squirrels?",
    "how deep should i plant garlic cloves?",
    "why do cats purr?",
    "why is the sky blue?",
    "what is radium?",
    "how does a computer work?",
    "why did humans start cooking food?",
    "why do onions make you cry?",
    "what temperature is a bisque firing usually",
    "why do leaves change colour in autumn?",
    "why does ice float?",
    "is it wrong to lie to protect a friend?",
    "why do birds sing in the morning?",
    "do fish feel pain?",
    "How do I write an algorithm to sort numbers?",
]


def test_every_hand_off_of_a_question_is_answered():
    """Every persona asked each question: whoever it hands one to answers it (before, 48 of 202
    such hand-offs ended with the other owning up or asking back)."""
    handed = 0
    for text in QUESTIONS:
        for voice in CAST:
            if voice.is_house_bot:
                continue
            for seed in (1, 2):
                reply = ask(voice.slug, text, author="sam", seed=seed)
                mentioned = [m for m in re.findall(r"@(\w+)", reply) if m in VOICES]
                if not mentioned:
                    continue
                handed += 1
                answer = taken_up(mentioned[0], voice.slug, reply, text, author="sam", seed=seed)
                assert answer.startswith("Gladly. ") and "Sam" in answer, (text, reply, answer)
    assert handed >= 100


def test_a_hand_over_passes_on_the_persons_last_words_only_in_its_own_words():
    asked = [Line("sam", "@curie random one but why do wet dogs smell so bad")]
    names = set(NAMES)
    handing = "Honestly, Sam, I do not know. @darwin would be a far better guide there."
    history = [*asked, Line("Marie Curie", handing)]
    curie = VOICES["curie"]
    assert _handed_over(VOICES["darwin"], handing, history, names, by=curie) == (
        asked[0].text,
        "sam",
    )
    # Curie's own question of Darwin, in no hand-over's words: nothing passed on.
    own = "@darwin Charles, did you ever doubt your theory?"
    assert (
        _handed_over(VOICES["darwin"], own, [*asked, Line("Marie Curie", own)], names, by=curie)
        is None
    )
    # Who wrote it unknown, the person's remark is no question to pass on.
    told = [Line("sam", "my dog rolled in something awful today")]
    assert _handed_over(VOICES["darwin"], handing, [*told, Line("someone", handing)], names) is None


# --- The house bot --------------------------------------------------------------------------

# Curie owning up to Tom (one of her #outside lines), as she did in the play-test.
KILN = [
    Line("tom", "@curie oh ok fair. what temp does a kiln even get to then"),
    Line(
        "Marie Curie",
        index_of(VOICES["curie"].material).tagged["outside"][0].replace("{name}", "Tom"),
    ),
]


def house(text: str, *, author: str, seed: int, history=()) -> str:
    return offline_reply(
        VOICES["aibot"],
        message=text,
        seed=seed,
        ignore=NAMES,
        history=(*history, Line(author, f"/AIBot {text}")),
        others=others_than("aibot"),
    )


def named(reply: str, slug: str, name: str) -> bool:
    return reply in {
        o.format(to=name, who=VOICES[slug].name, slug=slug) for o in HOUSE_UNKNOWN_EXPERT
    }


@pytest.mark.parametrize("seed", SEEDS)
def test_the_house_bot_names_nobody_who_just_owned_up_to_the_same_person(seed):
    # Was "I don't know that one, Tom, I'm afraid; Marie Curie might: mention them with @curie."
    reply = house(
        "what temperature is a bisque firing usually", author="tom", seed=seed, history=KILN
    )
    assert "@curie" not in reply and "Curie" not in reply, reply
    # Without Curie's owning up, or asked by someone she did not own up to, or on another thing:
    # she is named.
    alone = house("what temperature is a bisque firing usually", author="tom", seed=seed)
    assert named(alone, "curie", ", Tom"), alone
    other = house(
        "what temperature is a bisque firing usually", author="maya", seed=seed, history=KILN
    )
    assert named(other, "curie", ", Maya"), other
    radium = house("what is radium", author="tom", seed=seed, history=KILN)
    assert named(radium, "curie", ", Tom"), radium


@pytest.mark.parametrize("seed", SEEDS)
def test_the_house_bot_names_only_a_persona_that_would_answer(seed):
    # Was "... Charles Darwin might: mention them with @darwin.": Darwin has nothing on glaze.
    text = "why does the glaze look completely different before and after firing?"
    assert house(text, author="maya", seed=seed) in HOUSE_UNKNOWN
    # One who would answer is still named.
    lawn = house("how often should i mow the lawn", author="maya", seed=seed)
    assert named(lawn, "darwin", ", Maya"), lawn


# --- Through the live room --------------------------------------------------------------------


@database_sync_to_async
def turns_of(message) -> list[tuple[str, int, str]]:
    return list(
        BotTurn.objects.filter(root=message)
        .order_by("id")
        .values_list("persona__slug", "hop", "reply__body")
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_in_a_room_a_hand_off_ends_with_an_answer_or_does_not_happen(room, alice, personas):
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        topic="Pottery class", ai_chattiness=Room.Chattiness.LIVELY
    )
    await seat(room, personas["curie"], personas["einstein"], personas["darwin"], personas["aibot"])

    llamas = await say_in_room(room, alice, "@curie random one but why do llamas hum")
    turns = await turns_of(llamas)
    assert [(slug, hop) for slug, hop, _ in turns] == [("curie", 0)]
    assert "@" not in turns[0][2] and starts_with(turns[0][2], "curie", "outside", name="Alice")

    boxes = await say_in_room(room, alice, "@curie random one but why do cats sit in boxes")
    turns = await turns_of(boxes)
    assert [(slug, hop) for slug, hop, _ in turns] == [("curie", 0), ("darwin", 1)]
    answer = turns[1][2]
    assert answer.startswith("Gladly. ") and "Alice" in answer and "Marie" not in answer, answer
    assert own_line_in("darwin", answer), answer
