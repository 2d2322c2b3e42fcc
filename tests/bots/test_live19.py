"""Replies the session-19 play-test rated 1 or 2 (pottery class, dog walkers, a language
exchange), and what must stay as it was:

- "do you think humans have been making pots for a long time? like how far back" got Darwin's
  "Yes ... Tastes vary as much as finches' beaks": a fact asked in numbers or time is no
  matter of taste; with no line on it, it is owned up to.
- "gracias! you're funny" got "how fell that out?": thanks in another language are thanks.
- "haha ok but does biscuit actually feel 5 mins as a year tho" was laughed along with: a
  question after a laugh is a question.
- "/AIBot how do you say 'see you later' in a casual way in spain" got "Take care, Ben": a
  farewell quoted is talked about, not said.
- "lol what? i meant the spanish word" after someone else's laugh got "I yield the point": a
  persona pressed for its answer a message or two later owns that it missed it."""

from __future__ import annotations

import pytest

from bots.engine import DEFAULT_TAGGED, TAKE, read, taking_leave
from bots.material import index_of
from bots.valence import mood as valence_mood
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say
from tests.bots.test_field12 import owns_up

SEEDS = [1, 2, 3]
TASTE = ("Tastes vary", "Pleasures differ", "no measuring taste", "matter of taste")


def tagged(slug: str, tag: str) -> set[str]:
    return {line.replace("{name}", "Maya") for line in index_of(VOICES[slug].material).tagged[tag]}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("darwin", "do you think humans have been making pots for a long time? like how far back"),
        ("einstein", "do you think people have always baked bread? since when"),
        ("shakespeare", "do you reckon pubs have been around for a long time"),
        # No word of taste or judgement in it: a fact, however it is put.
        ("darwin", "do you think humans have been making pots"),
    ],
)
def test_a_fact_asked_in_time_or_number_is_no_matter_of_taste(slug, text, seed):
    reply = say(slug, f"@{slug} {text}", seed=seed)
    assert not any(taste in reply for taste in TASTE), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    "text",
    [
        "do you think socks with sandals are ok",
        "what do you think of garden gnomes",
        "do you think air fryers are just hype",
    ],
)
def test_a_matter_of_taste_still_gets_a_view(text, seed):
    """A word of taste, a view asked outright, or a fad: its view, as before (a verdict and its
    reason), never owned up to."""
    reply = say("darwin", f"@darwin {text}", seed=seed)
    assert not owns_up("darwin", reply), reply
    takes = [
        TAKE.match(line).group("text")
        for line in index_of(VOICES["darwin"].material).tagged["take"]
    ]
    assert any(take in reply for take in takes), reply


@pytest.mark.parametrize("text", ["gracias! you're funny", "merci beaucoup", "danke schön!"])
def test_thanks_in_another_language_are_thanks(text):
    assert read(text, voice=VOICES["shakespeare"]).kind == "thanks"


@pytest.mark.parametrize("text", ["the merciless sun", "he fought mercilessly"])
def test_words_that_only_start_alike_are_no_thanks(text):
    assert read(text, voice=VOICES["shakespeare"]).kind != "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "haha ok but does biscuit actually feel 5 mins as a year tho",
        "lol but why do cats sit in boxes",
    ],
)
def test_a_question_after_a_laugh_is_a_question(text):
    reading = read(text, voice=VOICES["einstein"])
    assert reading.kind in ("question", "personal", "opinion"), reading


def test_a_laugh_at_a_mishap_is_still_laughed_with():
    reading = read(
        "haha my dog ate my homework lol, literally the whole thing", voice=VOICES["darwin"]
    )
    assert reading.kind == "joke", reading


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot how do you say 'see you later' in a casual way in spain",
        'how do you say "goodbye" in french',
        "how would you say ‘good night’ to a toddler",
    ],
)
def test_a_quoted_farewell_is_talked_about(text):
    assert not taking_leave(text)


@pytest.mark.parametrize("text", ["ok see you later", "bye all", "night all"])
def test_a_farewell_said_takes_leave(text):
    assert taking_leave(text)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_house_bot_does_not_say_goodbye_to_a_quoted_farewell(seed):
    reply = say(
        "aibot", "/AIBot how do you say 'see you later' in a casual way in spain", seed=seed
    )
    assert "come back any time" not in reply and "Take care" not in reply, reply


def test_rubbish_at_something_takes_no_side():
    """ "i'm rubbish at the maths" is about oneself: Lovelace said "I am not with Charles Darwin
    on this", who had said nothing of it."""
    reading = read(
        "could you use a computer to design a glaze recipe? i'm rubbish at the maths",
        voice=VOICES["lovelace"],
        speakers=["Charles Darwin"],
        last="Ha, Maya! I once put a beetle in my mouth to free a hand for a third.",
    )
    assert reading.kind not in ("disagree", "agree"), reading


@pytest.mark.parametrize("text", ["that's rubbish", "rubbish, darwin", "absolute rubbish lol"])
def test_rubbish_said_of_a_claim_still_disagrees(text):
    reading = read(
        text, voice=VOICES["lovelace"], speakers=["Charles Darwin"], last="Charles Darwin"
    )
    assert reading.kind == "disagree", reading


SHAKESPEARE_MISSED = Line(
    "William Shakespeare",
    "Thou hast found the one character I never fathomed, Lucia: the man who wrote the rest.",
    True,
)
ASKED_SPANISH = Line(
    "lucia",
    "@shakespeare how do you say 'i'm very embarrassed' in spanish? i think 'embarazada'",
)


def pressed_openers(slug: str, name: str) -> set[str]:
    lines = index_of(VOICES[slug].material).tagged.get("pressed") or DEFAULT_TAGGED["pressed"]
    return {line.replace("{name}", name) for line in lines}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("between", "pressed"),
    [
        # Someone laughed in between: still its answer that is pressed.
        (Line("carmen", "jajaja lucia no, that's pregnant"), True),
        # Another persona answered since: not its answer.
        (
            Line("Albert Einstein", "Ha! Marvellous, Lucia; my sister Maja would have told it."),
            False,
        ),
    ],
)
def test_pressed_for_its_answer_a_message_later(between, pressed, seed):
    """ "lol what? i meant the spanish word", after Carmen's laugh, got "Fair enough, good
    Lucia; I yield the point with a bow": it owns that it missed the question."""
    reply = say(
        "shakespeare",
        "@shakespeare lol what? i meant the spanish word",
        author="lucia",
        history=[ASKED_SPANISH, SHAKESPEARE_MISSED, between],
        seed=seed,
    )
    owned = any(reply.startswith(o) for o in pressed_openers("shakespeare", "Lucia"))
    assert owned is pressed, reply


# --- from the second play-test (book club, new parents, home brewers) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot lol ok. what can you actually help with then",
        "/AIBot what can u do",
        "/AIBot ok what do you actually know",
    ],
)
def test_the_house_bot_says_what_it_can_help_with(text):
    """ "what can you actually help with" got "Got it, Sam. Mention a persona with @"."""
    reply = say("aibot", text)
    assert "Salon" in reply and "/AIBot" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_the_house_bot_keeps_no_opinion_on_a_fact_it_does_not_know(seed):
    """ "is it normal for a 4 month old to wake up every 2 hours" got "That's a question of
    taste I can't settle": a fact put as a view is one it does not know."""
    reply = say(
        "aibot", "/AIBot is it normal for a 4 month old to wake up every 2 hours", seed=seed
    )
    assert "opinion" not in reply and "taste" not in reply, reply
    assert "know" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_the_house_bot_still_keeps_no_opinion_on_a_matter_of_taste(seed):
    reply = say("aibot", "/AIBot is it rude to leave a party early", seed=seed)
    assert "opinion" in reply or "taste" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_lullaby_asked_is_verse_not_a_mishap(seed):
    """ "write us a little lullaby pls, we're desperate" got "A plague upon such small
    mischiefs": a lullaby is verse asked for, whatever the mood."""
    reply = say(
        "shakespeare", "@shakespeare write us a little lullaby pls, we're desperate", seed=seed
    )
    assert '"' in reply and "mischief" not in reply, reply


@pytest.mark.parametrize(
    "text",
    ["honestly i would pay so much money for that engine", "i'd kill for a coffee rn"],
)
def test_a_wish_said_as_a_price_is_no_trouble(text):
    """ "honestly i would pay so much money for that engine" got Lovelace's "A minor mishap"."""
    assert valence_mood(text) == "neutral"


@pytest.mark.parametrize("text", ["the boiler broke again, so annoying", "my cat died"])
def test_troubles_told_are_still_troubles(text):
    assert valence_mood(text) in ("rueful", "grave")


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_it_knows_is_answered_from_its_line_on_it(seed):
    """ "which dostoevsky tho, karamazov?", just after Einstein said Dostoevsky gave him more than
    any scientist, got "On that I am a complete amateur": a name its lines say is its own."""
    reply = say("einstein", "@einstein which dostoevsky tho, karamazov?", seed=seed)
    assert "Dostoevsky" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_name_it_never_says_is_still_owned_up_to(seed):
    reply = say("darwin", "@darwin what is the best route to london from here", seed=seed)
    assert owns_up("darwin", reply), reply


def test_a_question_another_persona_quotes_from_its_work_is_not_owned_up_to():
    """Shakespeare's "If you prick us, do we not bleed? ... Shylock asks" drew Socrates' "I know
    only that I know nothing, William, and on that subject it is quite literally true": a
    question quoted from the other's own work is put to nobody; with nothing on it, Socrates
    keeps quiet (an empty reply posts nothing). A question put to him is still answered."""
    others = tuple(v for v in VOICES.values() if v.slug != "socrates")
    history = [
        Line("dev", "@socrates my neighbour parks across my drive, should i get revenge"),
        Line("Socrates", "Revenge on a neighbour only makes two bad neighbours.", True),
    ]
    quoted = (
        "Well spoken, Socrates, and true. If you prick us, do we not bleed? If you wrong us, "
        "shall we not revenge? Shylock asks, and I let him ask it with all his force."
    )
    reply = say("socrates", quoted, author="William Shakespeare", history=history, others=others)
    assert reply == ""
    asked = "Socrates, what is justice, do you think?"
    reply = say("socrates", asked, author="William Shakespeare", history=history, others=others)
    assert reply and "William" in reply, reply


# --- from the holdout rating (sea swimmers, chess club) ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "/AIBot ok fair. could you write me a little python script that does swiss pairings then?",
        "/AIBot can you make me an app",
    ],
)
def test_the_house_bot_says_it_writes_no_programs_and_names_nobody(text):
    """ "could you write me a little python script that does swiss pairings" got "William
    Shakespeare might know: ask @shakespeare"."""
    reply = say("aibot", text, others=tuple(v for v in VOICES.values() if v.slug != "aibot"))
    assert reply.startswith(("I can't write a", "Writing a")), reply
    assert "@" not in reply, reply


def test_no_persona_speaks_of_itself_by_its_own_name():
    """Einstein's "I understand the stars better than I understand Albert Einstein"."""
    for voice in VOICES.values():
        for line in voice.material:
            assert f"understand {voice.name}" not in line, line
