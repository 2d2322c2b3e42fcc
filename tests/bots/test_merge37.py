"""What was mended in merging session 37's branches: a "died" said in fun picks no line on a
death (Shakespeare's Hamnet for "my son died his hair blue", Einstein's Besso for "died
laughing"); a price a unit below a pound is said to a tenth of a penny, a half up."""

from __future__ import annotations

import pytest

from bots.wordsum import money
from tests.bots.test_everyday_messages import VOICES, say

IN_FUN = (
    "my son died his hair blue",
    "my friend died laughing at your joke",
    "i nearly died when i saw the bill",
)


@pytest.mark.parametrize("text", IN_FUN)
@pytest.mark.parametrize("slug", sorted(s for s in VOICES if s != "aibot"))
def test_a_death_in_fun_picks_no_line_on_a_death(slug, text):
    reply = say(slug, text)
    assert reply
    for word in ("died", "death", "dead", "sorry", "Hamnet", "Besso", "grief", "loss"):
        assert word not in reply, (slug, text, reply)


def test_the_shakespeare_and_einstein_replies_in_full():
    assert say("shakespeare", IN_FUN[0]) == (
        "Tell me more, Maya; every tale is better for its particulars."
    )
    assert say("einstein", IN_FUN[1]) == (
        "And how did that happen, Maya? I always want to know how things come about."
    )


@pytest.mark.parametrize(
    ("value", "said"),
    [(1.65 / 4, "41.3p"), (0.6375, "63.8p"), (0.245, "24.5p"), (0.5, "50p"), (0.847, "84.7p")],
)
def test_pence_are_said_to_a_tenth_a_half_up(value, said):
    assert money(value) == said


def test_four_pints_for_a_pound_sixty_five():
    assert say("lovelace", "4 pints for £1.65, how much a pint?") == (
        "A sum the Engine would take in one turn of its handle, Maya: £1.65 at 4 pints is 41.3p "
        "a pint."
    )


# -- questions of safety met with the safe words, never a yes picked on a hunch ---------------

SAFE_WORDS = {
    "is it ok to drive when i'm really tired": (
        "Maya, don't drive when you are that tired: tiredness slows you as drink does, and a few "
        "seconds' sleep at the wheel is enough. Take a break and a nap first, or get a lift."
    ),
    "is it ok to let the kids play with fireworks in the garden": (
        "Maya, fireworks are for adults to light, by the code on the box: children watch from "
        "well back, and hold a sparkler only with gloves on and an adult beside them."
    ),
    "is it ok to let the baby sleep on her front": (
        "Maya, put a baby to sleep on their back, in their own cot or Moses basket, on a firm "
        "flat mattress with no pillows, bumpers or soft toys: that is the safest way (the Lullaby "
        "Trust and the NHS say so). Never on a sofa or an armchair with them."
    ),
    "is it ok to leave my dog in the car for 10 mins, it's sunny": (
        "Maya, never leave a dog or a child in a parked car on a warm day, not even for a few "
        "minutes with a window open: it heats up fast, and it can kill. Take them with you."
    ),
    "can i give my cat paracetamol for her limp": (
        "Maya, never give a pet people's painkillers, such as paracetamol, ibuprofen or aspirin: "
        "they can poison them, and paracetamol can kill a cat. Ring your vet, who can give "
        "something safe."
    ),
    "can i run a generator in the garage with the door shut": (
        "Maya, never run a generator, a barbecue or a fuel heater in a garage, a tent or any "
        "closed space: the carbon monoxide it gives off can kill, with no smell to warn you. Run "
        "it outdoors, well away from doors and windows."
    ),
    "is it ok to have a few glasses of wine while pregnant": (
        "Maya, the NHS advice is no alcohol at all while pregnant: no amount is known to be safe "
        "for the baby. Your midwife can talk through any worry."
    ),
    "is it fine to skip my blood pressure tablets for a day": (
        "Maya, that one is for a doctor or a pharmacist, not for me: ask them before changing "
        "anything (NHS 111 can help at any hour)."
    ),
    "is it ok to give my toddler grapes whole": (
        "On that I would not take anyone's word, Maya, mine included: where health or safety is "
        "at stake, go by the official advice, not by whoever sounds surest."
    ),
}


@pytest.mark.parametrize("text", sorted(SAFE_WORDS))
@pytest.mark.parametrize("slug", sorted(s for s in VOICES if s != "aibot"))
def test_a_question_of_safety_gets_the_safe_words_from_every_persona(slug, text):
    # (Einstein, Lovelace and Socrates said "I would say yes" to the first three, and "I am
    # inclined to think so" to the baby on her front.)
    assert say(slug, text) == SAFE_WORDS[text]


@pytest.mark.parametrize("slug", sorted(s for s in VOICES if s != "aibot"))
def test_no_persona_says_yes_to_chocolate_for_a_dog(slug):
    # (Einstein, Lovelace and Socrates said "I would say yes"; Darwin's own line on it is kept
    # for the questions it answers, tests/bots/test_darwin24.py.)
    reply = say(slug, "is it fine to give my dog chocolate")
    assert not any(w in reply.lower() for w in ("yes", "inclined to think so", "quite true"))


@pytest.mark.parametrize(
    "text",
    [
        "i'm so tired of driving to work every day",
        "hot dog with onions for tea, yes or no?",
        "we watched the fireworks with the kids last night",
        "is it ok to wear odd socks to work",
        "the kids in the car were hot and bored on the motorway",
        "celebrating my sister's pregnancy with prosecco tonight!",
        "we had a lovely bbq at my house yesterday",
    ],
)
def test_no_safe_words_where_nothing_is_at_stake(text):
    for slug in ("einstein", "lovelace", "socrates"):
        reply = say(slug, text)
        assert "official advice" not in reply
        assert not any(
            m in reply for m in ("don't drive", "code on the box", "parked car", "NHS", "carbon")
        )


# -- review37: grief read where there is none, a living person mourned, a sum lost -------------

NO_GRIEF = [
    ("shakespeare", "@shakespeare write a toast for my brother's 30th, it was his wake-up call"),
    ("curie", "@curie write a toast for my rip-roaring 40th"),
    ("einstein", "@einstein write a speech for the wake-up party at our hostel"),
    ("curie", "@curie give me an intro for the wake boarding club's summer social"),
    ("socrates", "@socrates a poem about the wake behind a boat"),
    ("lovelace", "@lovelace a speech for my terminally ill mum's party"),
    ("socrates", "@socrates we lost dad to the pub again lol"),
    ("curie", "@curie we lost nan at ikea for an hour haha"),
    ("darwin", "@darwin RIP grandad's old car, 300k miles"),
    ("lovelace", "@lovelace rip dad's back after moving the sofa lol"),
]


@pytest.mark.parametrize(("slug", "text"), NO_GRIEF)
def test_no_piece_in_memory_nor_condolence_where_nobody_died(slug, text):
    # (each was "I am sorry, Maya. For the one you lost: ..." or "I am so sorry" on the merged
    # branch before the review)
    reply = say(slug, text)
    assert "sorry" not in reply
    assert "you lost" not in reply
    assert "missed" not in reply


def test_a_wake_of_someone_gets_its_gentle_piece():
    assert say("shakespeare", "@shakespeare write a few words for the wake of my dad") == (
        'I am sorry, Maya. For your dad: "Good night, sweet friend, and flights of angels sing '
        'thee to thy rest; / we held thee dear, and dearly were we blessed."'
    )
    assert say("darwin", "@darwin write a few words for the wake of my neighbour").startswith(
        "I am sorry, Maya. For the one you lost:"
    )


def test_money_of_another_thing_said_separate_leaves_the_shared_sum_alone():
    # The flights are separate; the villa's £1,200 is what is shared (it was declined).
    assert say(
        "lovelace", "@lovelace villa is £1,200 for 6 of us, flights separate, how much each"
    ) == (
        "A sum the Engine would take in one turn of its handle, Maya: £1,200 between 6 of you is "
        "£200 each."
    )


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # (it was "£100 between 2 brothers is £50 each": the one asking shares too)
        (
            "@lovelace split £100 between me and my 2 brothers",
            "A little operation for the Engine, Maya: £100 between 3 of you is £33.33 each. Agree "
            "what becomes of any remainder before you begin; that is where the quarrelling hides.",
        ),
        (
            "@lovelace £60 for 2 mates and me, how much each",
            "A little operation for the Engine, Maya: £60 between 3 of you is £20 each. Agree what "
            "becomes of any remainder before you begin; that is where the quarrelling hides.",
        ),
        # (it was "3 between 1 of you is 3 each")
        (
            "@lovelace 3 for £1, how much each",
            "I have all your figures, Maya, but I cannot see for certain how they go together, and "
            "a wrong figure is worse than none; this one I leave unworked.",
        ),
    ],
)
def test_a_share_counts_the_one_asking_and_no_price_is_shared_out(text, reply):
    assert say("lovelace", text) == reply
