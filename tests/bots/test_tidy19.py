"""Session 19's tidy-ups, each with the reply people saw before."""

from __future__ import annotations

import re

import pytest

from bots.engine import NOT_MY_FIELD
from bots.material import index_of
from bots.valence import GOOD_EVENT, mood
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, starts_with, tagged

# A dog that won't stop barking (session 19): "won't" was read as "won" (good news), and VADER
# read the barking as denied. Before, to "my dog won't stop barking" Einstein said "Wunderbar,
# Maya! I am glad for you; go and enjoy it, and do not waste a minute of it on work."
BARKING = [
    "my dog won't stop barking",
    "my dog won’t stop barking",
    "my dog wont stop barking",
    "my dog never stops barking",
    "the neighbours' dog barks all night",
]


@pytest.mark.parametrize("text", BARKING)
def test_a_dog_that_wont_stop_barking_is_a_small_trouble(text):
    assert mood(text) == "rueful"


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", BARKING)
def test_a_dog_that_wont_stop_barking_gets_a_wry_word_not_congratulations(slug, text):
    reply = say(slug, text)
    # (sample39: a persona with a plain answer on a barking dog gives that help instead)
    helped = {t.split(": ", 1)[1] for t in tagged(slug, "know") if "bark" in t.split(": ", 1)[0]}
    assert reply in tagged(slug, "wry") | helped, reply
    assert not starts_with(reply, slug, "congrats") and not starts_with(reply, slug, "glad")


@pytest.mark.parametrize(
    "text", ["won the pub quiz last night lol", "we won!!", "i won a raffle at the fete"]
)
def test_winning_is_still_good_news(text):
    assert GOOD_EVENT.search(text)
    assert mood(text) == "good"


@pytest.mark.parametrize(
    "text", ["it won't open", "it won’t rain", "the moon's only a quarter so it won't wash out"]
)
def test_wont_is_no_win(text):
    assert not GOOD_EVENT.search(text)
    assert mood(text) != "good"


@pytest.mark.parametrize("text", ["i can't stop smiling", "my dog won't stop being cute"])
def test_wont_stop_is_no_trouble_when_what_goes_on_is_no_trouble(text):
    assert mood(text) not in ("rueful", "grave")


# The house bot's hand-over (session 19): it was "I don't know that one, Sam, I'm afraid; Charles
# Darwin might: mention them with @darwin." and is "...; Charles Darwin might know: ask @darwin."
HANDED = {
    "darwin": "I don't know that one, Sam, I'm afraid; Charles Darwin might know: ask @darwin.",
    "einstein": "I don't know that one, Sam, I'm afraid; Albert Einstein might know: ask "
    "@einstein.",
}
BEYOND = (
    "That's beyond me, Sam: I only know Salon and a little code. {who} could tell you; write "
    "@{slug} and your question."
)


@pytest.mark.parametrize(
    ("question", "slug", "who"),
    [
        # (Was garlic cloves: Darwin has no line on them, only on watering deeply.)
        ("how often should i mow the lawn", "darwin", "Charles Darwin"),
        ("why is the sky blue?", "einstein", "Albert Einstein"),
    ],
)
def test_the_house_bot_says_who_might_know_and_how_to_ask_them(question, slug, who):
    from bots.engine import offline_reply
    from tests.bots.talk import Line
    from tests.bots.test_everyday_messages import VOICES

    others = tuple(v for s, v in VOICES.items() if s != "aibot")
    message = f"/AIBot {question}"
    replies = {
        offline_reply(
            VOICES["aibot"],
            message=message,
            seed=seed,
            others=others,
            history=(Line("sam", message),),
        )
        for seed in range(1, 13)
    }
    assert HANDED[slug] in replies
    assert replies <= {HANDED[slug], BEYOND.format(who=who, slug=slug)}, replies
    for reply in replies:
        assert f"@{slug}" in reply
        assert "might:" not in reply and "mention them" not in reply


# An opener's word said again at the head of its line (session 19): "Let me put it simply, Sam.
# Why time runs slow for a fast clock, simply: ..." (Einstein, in persona_sample).
def test_a_word_of_the_opener_at_the_head_of_the_line_is_doubled():
    from bots.engine import doubled

    line = "Why time runs slow for a fast clock, simply: light bouncing between two mirrors"
    assert doubled("Let me put it simply, Sam.", line, ["Sam"]) == {"simp"}
    assert doubled("Let me put it simply, Sam.", "Gravity, simply: a blind beetle") == {"simp"}
    # Not the name, nor what was filled in, nor a word past the head of the line.
    assert doubled("Welcome, Sam!", "Sam, we question everything here.", ["Sam"]) == set()
    assert doubled("On bells, Sam:", "Bells ring in the tower.", ["Sam", "bells"]) == set()
    assert doubled("A lovely question, Sam.", "Why time runs slow: a simply lovely thing") == set()
    long = "Time is not absolute and a clock that moves relative to you ticks more slowly, simply"
    assert doubled("Let me put it simply, Sam.", long) == set()


@pytest.mark.parametrize(
    "text", ["@einstein why does time slow down when you move fast?", "@einstein gravity, simply?"]
)
def test_einstein_never_puts_it_simply_before_a_line_that_says_simply(text):
    simply = 0
    for seed in range(1, 41):
        reply = say("einstein", text, seed=seed)
        opener, line = reply.split(". ", 1)
        if "simply" in line.split(":")[0]:  # his lines "Gravity, simply: ...", "..., simply: ..."
            simply += 1
            assert "simply" not in opener, reply
    assert simply >= 30


def test_an_opener_that_doubles_no_word_is_still_said():
    replies = {say("einstein", "@einstein why is the sky blue", seed=seed) for seed in range(1, 21)}
    assert any(r.startswith("Let me put it simply, Maya. The sky is blue") for r in replies)


def test_a_newcomer_is_not_asked_a_question_after_a_welcome_that_says_question():
    """persona_sample: Socrates said "Come in, Sam, you are welcome; here we question
    everything, politely. What question shall we examine together?"."""
    for seed in range(1, 21):
        reply = say("socrates", "Hi everyone, I'm new here", author="sam", seed=seed)
        assert "question everything, politely. What question" not in reply, reply


# Owning up (session 19): the six personas' #outside lines were written side by side ("I
# confess, Sam, that is quite outside my science; I would only be guessing, and I dislike
# guessing." / "I am afraid, Sam, that is quite outside my studies; I would rather say so than
# guess."), and one seed drew the line of the same place in each list.
# (Not "the train or fly from paris to berlin": Einstein answers that one, door to door.)
TRAIN = "is it faster to take the ferry or fly from liverpool to dublin"
STOCK = re.compile(
    r"\bI confess\b|rather (admit|say so)|not pretend|quite outside my|I must be honest|"
    r"only be guessing|, not that\b",
    re.IGNORECASE,
)


def outside_lines(slug: str) -> list[str]:
    return list(index_of(VOICES[slug].material).tagged["outside"])


@pytest.mark.parametrize("slug", PEOPLE)
def test_every_persona_owns_up_in_several_ways_of_its_own(slug):
    lines = outside_lines(slug)
    assert len(lines) >= 4
    assert all("{name}" in line for line in lines)
    assert not [line for line in lines if STOCK.search(line)]
    # No two begin alike, within the persona or beside another persona's.
    starts = [
        " ".join(line.replace("{name}", "").split()[:3])
        for s in PEOPLE
        for line in outside_lines(s)
    ]
    own = [" ".join(line.replace("{name}", "").split()[:3]) for line in lines]
    assert len(set(own)) == len(own)
    assert all(starts.count(start) == 1 for start in own), own
    # Asked in its own field, it has plain ways of owning up (never "not my field").
    assert len([line for line in lines if not NOT_MY_FIELD.search(line)]) >= 2


@pytest.mark.parametrize("slug", PEOPLE)
def test_the_owning_up_varies_with_the_seed(slug):
    replies = [say(slug, f"@{slug} {TRAIN}", seed=seed) for seed in range(1, 21)]
    said = {line.format(name="Maya") for line in outside_lines(slug)}
    assert set(replies) <= said, set(replies) - said
    assert len(set(replies)) >= 4


def test_one_seed_does_not_draw_the_same_place_in_every_list():
    for seed in range(1, 21):
        places = set()
        for slug in PEOPLE:
            reply = say(slug, f"@{slug} {TRAIN}", seed=seed)
            places.add([line.format(name="Maya") for line in outside_lines(slug)].index(reply))
        assert len(places) >= 3, (seed, places)


@pytest.mark.parametrize("slug", PEOPLE)
def test_every_way_of_owning_up_is_known_as_one(slug):
    from tests.bots.test_conversation import OWNED_UP

    assert not [line for line in outside_lines(slug) if not OWNED_UP.search(line)]


# Thanks among the people (session 19): unasked, Einstein took "ben thank you for the lift" as
# his own ("It was my pleasure, Maya. Questions like yours keep my pipe lit.") and Shakespeare
# chimed in on Ben Jonson; "thanks sam!" got every persona's "You are welcome".
TO_PEOPLE = [
    "ben thank you for the lift",
    "thanks sam!",
    "cheers ben, that was really helpful",
    "thx jo for the lift home",
    "Thank you so much Priya, you're a star",
]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", TO_PEOPLE)
def test_thanks_to_someone_else_are_not_taken_by_a_persona_unasked(slug, text):
    from tests.bots.test_everyday_messages import CAST

    for seed in (1, 2, 3):
        assert say(slug, text, unasked=True, others=CAST, seed=seed) == ""


@pytest.mark.parametrize("text", TO_PEOPLE)
def test_thanks_to_someone_else_draw_no_persona_in_a_lively_room(text):
    from bots import policy
    from bots.engine import speaks_to
    from tests.bots.test_everyday_messages import CAST

    present = tuple(
        policy.Candidate(
            v.slug, v.name, 100, material=v.material, topics=tuple(v.style.get("topics", ()))
        )
        for v in CAST
        if not v.is_house_bot
    )
    state = policy.RoomState(chattiness=policy.LIVELY, present=present)
    for seed in range(1, 6):
        assert policy.plan_for_human(state, text, seed=seed).slugs == ()
    assert not [c.slug for c in present if speaks_to(c.material, c.topics, text)]


@pytest.mark.parametrize("text", ["thanks @einstein", "thank you einstein", "cheers albert!"])
def test_thanks_to_the_persona_by_name_are_still_taken_unasked(text):
    from tests.bots.test_everyday_messages import CAST

    reply = say("einstein", text, unasked=True, others=CAST)
    assert reply in tagged("einstein", "thanks"), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_thanks_asked_of_the_persona_are_still_taken(slug):
    from tests.bots.test_everyday_messages import CAST

    reply = say(slug, "thanks, that was really helpful!", others=CAST)
    assert reply in tagged(slug, "thanks"), reply


def test_a_persona_unasked_still_joins_what_is_no_thanks():
    from tests.bots.test_everyday_messages import CAST

    said = "the moon is so bright tonight, you can see every crater"
    reply = say("einstein", said, unasked=True, others=CAST)
    assert starts_with(reply, "einstein", "chime"), reply
    assert "craters" in reply
