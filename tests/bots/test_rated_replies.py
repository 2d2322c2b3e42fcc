"""The faults an independent rater found in the offline replies (issue 14, round two), each
kept fixed: a question about the persona itself answered from its life instead of "not my
field"; bad news, "ta", "gotta run" and "Rahel here" recognised; opinions that hold still and
choose; a persona told it is wrong standing by its words; no off-subject second line; no line
said again however long the conversation; the house bot's answers about Salon."""

from __future__ import annotations

import re

import pytest

from bots.engine import HOUSE_UNKNOWN, offline_reply
from bots.material import index_of, terms
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import (
    CAST,
    NAMES,
    PEOPLE,
    VOICES,
    owns_up,
    say,
    starts_with,
    tagged,
)
from tests.bots.test_message_kinds import takes_up

OTHERS = {slug: tuple(v for v in CAST if v.slug != slug) for slug in VOICES}
SEEDS = [1, 2, 3, 7]


def material_lines(slug: str, reply: str) -> list[str]:
    """The plain lines of the persona's material that `reply` says, in order."""
    lines = [line.text for line in index_of(VOICES[slug].material).lines]
    return sorted((line for line in lines if line in reply), key=reply.index)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize(
    ("slug", "question", "word"),
    [
        ("socrates", "Why didn't you escape from prison?", "prison"),
        ("socrates", "Why did you never write anything down?", "written"),
        ("einstein", "Were you really bad at maths at school?", "maths"),
        ("lovelace", "How would you explain a loop to a child?", "loop"),
        ("curie", "is it safe to eat food that has been irradiated?", "irradiat"),
        ("curie", "why does salt make water boil at a higher temperature?", "salt"),
        (
            "einstein",
            "is it true that a pressure cooker cooks faster because of physics?",
            "pressure",
        ),
        ("darwin", "did humans evolve to like cooked food?", "cook"),
        ("shakespeare", "Where do you get your plots from?", "plots"),
        ("einstein", "Did you ever have a pet?", "pets"),
        ("darwin", "Did you ever have a pet?", "pet"),
        ("curie", "What do you miss most about your own time?", "miss"),
    ],
)
def test_a_question_about_the_persona_or_its_field_is_answered_from_its_material(
    slug, question, word, seed
):
    reply = say(slug, question, seed=seed, others=OTHERS[slug])
    assert not starts_with(reply, slug, "outside"), reply
    assert "@" not in reply, reply
    assert word in reply.lower(), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_request_no_line_speaks_to_is_still_owned_up_to(slug, seed):
    for text in ("Can you help me fill in my tax return?", "How do I fix a flat bicycle tyre?"):
        assert owns_up(say(slug, text, seed=seed), slug), text


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_question_in_another_personas_field_is_handed_over_even_with_two_words_in_common(slug):
    if slug in ("curie", "einstein"):
        return  # salt is Curie's, and boiling Einstein's too
    reply = say(slug, "why does salt make water boil at a higher temperature?", others=OTHERS[slug])
    assert starts_with(reply, slug, "outside"), reply
    assert re.findall(r"@\w+", reply) in (["@curie"], ["@einstein"]), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_everyday_kinds_are_recognised(slug, seed):
    for text in ("ta!", "thx", "Cheers, that's sorted then.", "ty :)"):
        assert say(slug, text, seed=seed) in tagged(slug, "thanks"), text
    for text in ("Gotta run, catch you later.", "See ya tomorrow, folks.", "Night!", "ttyl"):
        assert say(slug, text, seed=seed) in tagged(slug, "bye"), text
    for text in (
        "My best friend is moving to Australia and I'm gutted.",
        "Just heard our office is closing next month.",
        "I lost my job today.",
    ):
        assert say(slug, text, seed=seed) in tagged(slug, "sympathy") | tagged(
            slug, "condolence"
        ), text
    # Small annoyances get a lighter word: sympathy or wry sympathy, never congratulations.
    for text in (
        "I burned my risotto last night, total disaster.",
        "My neighbour plays drums at 2am.",
    ):
        assert say(slug, text, seed=seed) in tagged(slug, "sympathy") | tagged(slug, "wry"), text
    for text in ("We adopted a rescue cat yesterday!", "I got the job!"):
        # Congratulations, and at most a line of the persona's own on what the news is about
        # (Darwin on cats).
        reply = say(slug, text, seed=seed)
        # (a cat told of is no dog: Socrates's word on caring for a creature, not his line on
        # all dogs, session 49)
        pets = {
            line.replace("{pet}", "your new cat")
            for line in index_of(VOICES[slug].material).tagged.get("pet", ())
        }
        if "cat" in text and reply in pets:
            continue
        opener = next((c for c in tagged(slug, "congrats") if reply.startswith(c)), "")
        rest = reply.removeprefix(opener).strip()
        assert opener and (not rest or material_lines(slug, rest) == [rest]), (text, reply)
    for text, name in (("Morning folks! Rahel here.", "Rahel"), ("Hey Lena, Omar here.", "Omar")):
        reply = say(slug, text, seed=seed)
        assert name in reply and "Maya" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_remark_is_reacted_to_and_a_regular_is_not_asked_what_brought_them(slug, seed):
    invites = tagged(slug, "invite")
    reply = say(slug, "The train was full of football fans this morning.", seed=seed)
    assert not any(invite in reply for invite in invites), reply
    assert reply in tagged(slug, "more") or material_lines(slug, reply), reply
    earlier = [Line("maya", text) for text in ("I'm back.", "Busy day.", "Anyway.")]
    reply = say(slug, "Hello again, everyone!", seed=seed, history=earlier)
    # "hello again" is welcomed back, or greeted; never asked what brought them
    assert reply in tagged(slug, "hello") | tagged(slug, "back"), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_verdict_belongs_to_the_persona_and_subject_not_the_seed(slug):
    for text in (
        "Do you think AI will replace teachers?",
        "Do you agree that cities should ban cars from the centre?",
        "Do you think it's rude to check your phone at dinner?",
    ):
        verdicts = {
            "yes" if starts_with(say(slug, text, seed=s), slug, "yes") else "no" for s in SEEDS
        }
        assert len(verdicts) == 1, (text, verdicts)
    for line in tagged(slug, "yes") | tagged(slug, "no"):
        # A verdict on a question asked is no agreement with the person, nor its own contrary.
        assert not re.search(r"\b(I agree|of your mind|inclined to agree|you are right)\b", line)
        assert "common sense says so" not in line


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_either_or_gets_a_choice(slug, seed):
    reply = say(slug, "do you think cooking is an art or a science?", seed=seed)
    assert re.search(r"I would say (an art|a science)\.", reply), reply
    reply = say(slug, "Tea or coffee?", seed=seed)
    assert re.search(r"I would say (tea|coffee)\.", reply), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_like_william_said_sides_with_william(slug):
    said = [Line("William Shakespeare", "The course of true love never did run smooth.")]
    text = "Like William said, love is complicated. Anyone disagree?"
    reply = say(slug, text, history=said)
    assert takes_up(reply, slug, "agree") and not starts_with(reply, slug, "disagree"), reply
    assert slug == "shakespeare" or "William" in reply, reply
    said = [Line("Charles Darwin", "Natural selection is simple.", own=True)]
    reply = say("darwin", "As Darwin said, it really is simple.", history=said)
    assert starts_with(reply, "darwin", "agree") and "both" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_persona_told_it_is_wrong_defends_its_words_and_others_take_a_side(seed):
    cases = [
        (
            "curie",
            "Marie Curie",
            "One never notices what has been done; one can only see what remains to be done.",
            "Marie, that's a bit bleak, isn't it?",
        ),
        (
            "socrates",
            "Socrates",
            "I know that I know nothing.",
            "Socrates, if you know nothing, why should we listen to you?",
        ),
        (
            "einstein",
            "Albert Einstein",
            "God does not play dice with the universe.",
            "Einstein, quantum physics says otherwise though.",
        ),
    ]
    for slug, name, line, text in cases:
        history = [Line(name, line)]
        for persona in PEOPLE:
            own = [Line(name, line, own=persona == slug)]
            reply = say(persona, text, seed=seed, history=own if persona == slug else history)
            if persona == slug:
                assert starts_with(reply, persona, "defend"), reply
            else:
                assert takes_up(reply, persona, "disagree"), reply
                assert not starts_with(reply, persona, "agree"), reply
                assert re.search(rf"\b({name.split()[0]}|{name.split()[-1]})\b", reply), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_second_line_carries_a_word_of_the_question(seed):
    questions = [
        ("einstein", "Why can't anything go faster than light?"),
        ("curie", "How does an X-ray machine work?"),
        ("darwin", "did humans evolve to like cooked food?"),
        ("shakespeare", "How should an actor deliver a soliloquy?"),
        ("socrates", "What is friendship?"),
    ]
    for slug, question in questions:
        reply = say(slug, question, seed=seed, theme="Cooking at home")
        asked = set(terms(question))
        for line in material_lines(slug, reply):
            assert asked & set(terms(line)), (question, line)
        assert "pressure cooker" not in reply and "…" not in reply, reply


def test_no_line_is_said_again_in_a_long_conversation_while_others_remain():
    voice = VOICES["einstein"]
    thanks = sorted(tagged("einstein", "thanks", name="Maya"))
    # Every thanks but one said long ago, beyond the last ten messages: the one left is said.
    said = tuple(thanks[:-1])
    reply = offline_reply(
        voice, message="ta!", seed=5, ignore=NAMES, history=(Line("maya", "ta!"),), said=said
    )
    assert reply == thanks[-1]


def house(text: str, *, seed: int = 1, said: tuple[str, ...] = ()) -> str:
    return offline_reply(
        VOICES["aibot"], message=text, seed=seed, history=(Line("lena", text),), said=said
    )


def test_the_house_bot_answers_about_salon_truthfully():
    assert house("How do I tag Darwin so he answers?").startswith("Write @ and a persona's")
    for text in ("Can I make an existing room private later?", "How do I make this room private?"):
        reply = house(text)
        assert reply.startswith("Not afterwards"), reply
        assert "Room settings" in reply
    assert house("How do I make a private room?").startswith('Tick "Private"')
    for text in ("Can you summarise this room for me?", "Can you recap what we talked about?"):
        assert house(text).startswith("I can't summarise a room"), text


def test_the_house_bot_varies_its_i_dont_know_over_a_conversation():
    said: tuple[str, ...] = ()
    for text in (
        "Who made Salon?",
        "What's the population of Mongolia?",
        "What time is it in Tokyo right now?",
        "Which laptop should I get?",
        "How do I unclog a sink?",
        "What's a good name for a puppy?",
    ):
        reply = house(text, said=said)
        assert reply in HOUSE_UNKNOWN and reply not in said, (text, reply)
        said = (*said, reply)


def test_a_persona_asked_by_another_gives_the_same_verdict_whatever_the_seed():
    """A take on a side gives the same yes or no whatever the seed; one on no side (Curie's,
    Ada's and Darwin's on imagination and knowledge: "you need both") gives its view with no
    yes or no before it, which it might go on to deny (round fourteen)."""
    asked = [Line("Albert Einstein", "Imagination is more important than knowledge.")]
    question = "But is knowledge not what makes imagination worth anything?"
    for slug in ("shakespeare", "curie", "lovelace", "darwin"):
        verdicts = set()
        for seed in SEEDS:
            reply = offline_reply(
                VOICES[slug],
                message=question,
                seed=seed,
                ignore=NAMES,
                history=(*asked, Line("Socrates", question)),
            )
            said_yes = starts_with(reply, slug, "yes", name="Socrates")
            said_no = starts_with(reply, slug, "no", name="Socrates")
            if slug == "shakespeare":
                assert said_yes or said_no, reply
            else:
                assert not said_yes and not said_no, reply
                assert starts_with(reply, slug, "opinion", name="Socrates"), reply
            verdicts.add((said_yes, said_no))
        assert len(verdicts) == 1, (slug, verdicts)
