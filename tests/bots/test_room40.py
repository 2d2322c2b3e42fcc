"""Round forty (room40): who speaks in a live room, and to what. Rated blind (rate39): Darwin,
unasked, met a view of Frankenstein ("I loved it. the creature is way more sympathetic than the
doctor") as good news; Socrates moralised unasked on a joke about what Darwin ate; "anyway
darwin, did evolution give us free will" got evolution as a theory; Einstein, asked whether he
said "a man can do what he wants but not want what he wants", answered "So you side with me";
Socrates handed "why do we even have to learn stuff we'll never use" to Darwin, who answered
with hoarding."""

from __future__ import annotations

import pytest

from bots.addressing import follows_up
from bots.engine import speaks_to
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, VOICES, say

RHEA = (
    "I never cooked, Lena; but on the Beagle I ate armadillo and agouti, and half a rhea before "
    "I realised it was the rare species I was hunting."
)


def joins(slug: str, text: str) -> bool:
    voice = VOICES[slug]
    return speaks_to(voice.material, tuple(voice.style.get("topics", ())), text)


def test_a_view_of_a_book_is_no_good_news_to_join_unasked():
    """Before: "What a pleasant thing, Priya! Such small joys are well worth noting down."
    (and "The love for all living creatures" was the line it joined on: "loved" and
    "creature")."""
    text = "I loved it. the creature is way more sympathetic than the doctor"
    assert not joins("darwin", text)
    assert say("darwin", text, author="priya", unasked=True) == ""


def test_good_news_unasked_keeps_its_glad_line():
    assert say("darwin", "we got the flat!!", unasked=True) == (
        "How very pleasant, Maya! When we moved into Down House I walked and measured every "
        "corner for weeks; enjoy every corner of yours."
    )


def test_a_liked_thing_of_its_own_field_still_draws_its_line():
    assert say(
        "darwin", "I loved the bit about the finches and the galapagos islands", unasked=True
    ) == (
        "If I may add an observation, Maya. On the Galápagos the finches of each island had "
        "beaks suited to the food of that island."
    )


def test_a_lead_word_before_the_name_is_no_part_of_the_question():
    """Before: "I see, Maya; nature is full of such surprises. Evolution is a theory as gravity
    is a theory ..." (read as a remark begun "anyway")."""
    free_will = (
        "In a notebook of 1838 I wrote that 'the general delusion about free will' is obvious, "
        "{}: we act, and can seldom trace our motives back, so we think them free. It taught me "
        "to blame others less."
    )
    asked = "did evolution give us free will or just the illusion of it"
    assert say("darwin", f"anyway darwin, {asked}", author="rui") == free_will.format("Rui")
    assert say("darwin", f"also darwin, {asked}?") == free_will.format("Maya")
    assert say("darwin", f"@darwin {asked}") == free_will.format("Maya")
    assert say("darwin", "actually darwin, why do cats bring home dead mice?") == (
        "A fair question, Maya. A cat that brings a dead mouse to the door is doing what its "
        "mother did, carrying the catch home to the young; to her, perhaps, you are a kitten "
        "that cannot hunt."
    )
    assert say("darwin", "ok darwin") == "Very good, Maya."


def test_a_saying_put_to_him_is_asked_of_not_agreed_with():
    """Before: "So you side with me, Jon. Good; but let us still test the idea." Schopenhauer's
    line, which he quoted all his life, is answered with his own line on it (know40b's)."""
    assert say(
        "einstein",
        "einstein didn't you say something about this? a man can do what he wants but not want "
        "what he wants",
        author="jon",
    ) == (
        "I do not believe in free will in the philosophers' sense, Jon, and it keeps me from "
        "taking myself or others too seriously. As Schopenhauer put it, a man can do what he "
        "wants but cannot want what he wants; that has consoled me since my youth."
    )


@pytest.mark.parametrize(
    "text",
    [
        "einstein didn't you say that a clean desk is a sign of a tidy soul?",
        "einstein you once said a pint of beer a day keeps the doctor away",
    ],
)
def test_a_saying_not_his_is_honestly_disowned(text):
    """With no line of his that says it, he says honestly that he does not remember it."""
    assert say("einstein", text, author="jon") == (
        "Not that I remember, Jon; a great many sayings are hung on my name that I never said. "
        "Look where it was first printed: if that was after 1955, I was in no position to say it."
    )


OWN_SAYINGS = {
    "didn't you say imagination is more important than knowledge?": (
        "The one about insanity and doing the same thing twice is not mine, Maya, nor the fish "
        "climbing a tree; people hang their sayings on my hair. 'Imagination is more important "
        "than knowledge' I did say, in 1929, and stand by."
    ),
    "is it true you said that god does not play dice": (
        "I said God does not play dice, Maya, against the chance at the heart of the quantum "
        "theory; but my God is Spinoza's, the order and harmony of nature, not one who rewards "
        "and punishes. I am Jewish by people, not by prayer."
    ),
}


@pytest.mark.parametrize("text", sorted(OWN_SAYINGS))
def test_a_saying_of_his_own_put_to_him_keeps_its_answer(text):
    assert say("einstein", text) == OWN_SAYINGS[text]


def test_learning_is_handed_to_nobody_whose_only_line_is_on_hoarding():
    """Before: "... Put it to @darwin; I would rather hear that answer examined than give a poor
    one.", and Darwin: "I suspect the squirrel in us, Hugo" (keyed "why" and "never use")."""
    assert say(
        "socrates", "@socrates why do we even have to learn stuff we'll never use", others=CAST
    ) == (
        # (know40c gave him a line of his own on it; before that, he owned up)
        "Useful for what, Maya: for earning, or for thinking well? Plato has me say in the "
        "Republic that counting and geometry turn the soul from what changes to what is true. Is"
        " that no use?"
    )


def test_hoarding_is_still_handed_to_darwin():
    assert say("socrates", "@socrates why do i keep stuff i never use", others=CAST) == (
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions. "
        "Put it to @darwin; I would rather hear that answer examined than give a poor one."
    )


def test_talk_of_the_persona_who_just_spoke_draws_no_other_unasked():
    """Before: Socrates, unasked: "Forgive an old man for listening, Lena. I ate what Athens
    ate; but when people worry over eating animals ..." (rated 3: heavy for a joke)."""
    joke = "I think he ate a lot of the animals he was studying lol"
    darwin_said = (Line("Charles Darwin", RHEA),)
    assert say("socrates", joke, author="lena", unasked=True, history=darwin_said) == ""


def test_talk_of_someone_else_keeps_its_line():
    line = (
        "May I join you, Maya? Something in this interests me. I ate what Athens ate; but when "
        "people worry over eating animals, I ask whether it is the animal's suffering that "
        "troubles them, or only that it is killed."
    )
    joke = "I think he ate a lot of the animals he was studying lol"
    uncle = (Line("lena", "my uncle went to the amazon"),)
    assert say("socrates", joke, unasked=True, history=uncle) == line


STITCH = (
    "Nobody is quite sure, Tam; the best guess is the lining of the belly tugged or cramped as "
    "you jolt along. Slow down, breathe out hard as a foot lands, press on the spot, and do not "
    "run on a full stomach; it passes."
)
BEETLES = (
    "I have observed beetles more closely than myself, Leo; on that subject my notebooks are "
    "rather thin."
)
BREAD = (
    "Let us take it carefully, Ivy. Bread rises because yeast, a living fungus, eats the sugars "
    "in the dough and breathes out carbon dioxide; the gluten holds the bubbles and the oven "
    "sets them."
)


def after(slug: str, name: str, asked: str, answer: str, text: str) -> str:
    history = (Line("tam", asked), Line(name, answer, own=True))
    return say(slug, text, author="sid", history=history)


def test_short_follow_ups_are_for_the_persona_who_just_spoke():
    for text in ("source?", "can you say more", "really?", "why?", "what do you mean"):
        assert follows_up(text), text
    assert not follows_up("so are we still on for sunday? 2pm?")


def test_really_after_an_answer_stands_by_it():
    """Before: "Let me explain myself better, Sid. A molehill is the spoil of a mole's tunnels,
    pushed up as it digs its hunting runs" (a stitch when running: "runs")."""
    asked = "anyway darwin, why do we get a stitch when running?"
    assert after("darwin", "Charles Darwin", asked, STITCH, "really?") == (
        "I believe so, Sid; I have seen something like it in nature."
    )


def test_really_after_owning_up_says_it_has_no_more():
    """Before: "I see, Rin; nature is full of such surprises. What would you like to talk
    about?"."""
    asked = "darwin did you go to the great exhibition?"
    assert after("darwin", "Charles Darwin", asked, BEETLES, "really?") == (
        "That is all I have on it, Sid; I have no other specimen to show you."
    )


def test_say_more_is_never_the_same_line_again():
    """Before: "Here is what I know of it, Sid. Bread rises because yeast ..." (its answer
    again, cut to fit the first time; "why?" drew it too)."""
    asked = "curie why does bread rise?"
    assert after("curie", "Marie Curie", asked, BREAD, "can you say more") == (
        "To go one step further, Sid: Bicarbonate of soda makes a cake rise because, with an "
        "acid such as buttermilk, lemon or the acid in baking powder, and with heat, it gives off "
        "carbon dioxide."
    )
