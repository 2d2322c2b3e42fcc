"""sample40: every persona helps with a barking dog, its own or a neighbour's.

`persona_sample`'s blind rating found Einstein, Shakespeare, Lovelace and Socrates giving only
sympathy for the lost sleep when told "my dog keeps barking at night". Each now says what to do,
in its own voice (as Curie and Darwin did since sample39): its own dog is most often lonely,
bored or hearing something, so a long walk and its bed near yours, and a vet if it is new; a
neighbour's dog, a kind word first, a note of the times, then the landlord or the council.
"""

import pytest

from tests.bots.test_everyday_messages import say

OWN = "My dog keeps barking at night and I can't sleep."
NEIGHBOUR = "my neighbour's dog keeps barking"

CASES = [
    (
        "einstein",
        OWN,
        "Find the cause before the cure, Maya: is he alone, bored, or hearing foxes? "
        "Tire him with a long walk in the evening and let him sleep near you; if it "
        "started suddenly, take him to the vet.",
    ),
    (
        "einstein",
        NEIGHBOUR,
        "Speak to the neighbour kindly first, Maya; people often do not know their dog barks "
        "once they have gone out. Note the dates and times, and if nothing changes, the "
        "landlord or the council can help.",
    ),
    (
        "shakespeare",
        OWN,
        "A dog that howls by night is lonely, bored or hears a stranger, Maya: walk him long at "
        "dusk and bed him near thee, and if the barking is new, fetch a vet. Launce's Crab was "
        "no better.",
    ),
    (
        "shakespeare",
        NEIGHBOUR,
        "Speak gently to thy neighbour first, Maya; he may not know his cur bays all night. Note"
        " the nights and the hours, and if naught mends, the landlord or the council must.",
    ),
    (
        "lovelace",
        OWN,
        "Treat it as a problem to solve, Maya: note when it starts. Loneliness and "
        "boredom are the usual causes, so try a long evening walk and a bed beside "
        "yours; if the barking is new, ask a vet.",
    ),
    (
        "lovelace",
        NEIGHBOUR,
        "Begin with a kind word to the neighbour, Maya; they may not know. Keep a note of the "
        "dates and times, as I would of any result, and if nothing changes, the landlord or the"
        " council can act.",
    ),
    (
        "socrates",
        OWN,
        "Ask the dog's reasons, Maya, as I would ask a man's: most bark at night from"
        " loneliness, boredom or a noise outside. Walk him long at dusk and keep him "
        "near you; if it is new, a vet should see him.",
    ),
    (
        "socrates",
        NEIGHBOUR,
        "Go and talk with your neighbour, Maya, as I would in the agora: he may not know. Note "
        "the nights and hours, and if nothing changes, the landlord or the council can help.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), CASES)
def test_reply(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "lovelace", "socrates"])
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("the dog next door barks all night, what can i do?", "the landlord or the council"),
        ("our puppy won't stop howling at night", "vet"),
    ],
)
def test_rewordings_get_the_help(slug, text, said):
    assert said in say(slug, text)


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "lovelace", "socrates"])
def test_a_dog_barking_at_the_postman_is_no_sleepless_night(slug):
    reply = say(slug, "why do dogs bark at the postman?")
    assert "bed near" not in reply and "the landlord or the council" not in reply


def test_curie_on_phones_does_not_say_sure_then_unjudged():
    # The rater read "fairly sure ... I would measure ... before judging it" as a contradiction.
    assert say("curie", "Do you think people spend too much time on their phones?") == (
        "Honestly, Maya, yes; I have seen enough to be fairly sure. Count the hours the phone "
        "takes in a day against what they gave you: for most of us it takes far more than it "
        "gives back."
    )


def test_vows_asked_for_are_words_for_a_wedding():
    # A live room found "can you help us write our vows?" answered with the poet's refusal.
    assert say(
        "shakespeare", "@shakespeare can you help us write our vows? something not cheesy"
    ) == (
        # (own42: a first line of his own to start them, not a sonnet from stock)
        'Gladly, Maya. Begin plain: "I take thee not for a day but for all our days, the fair '
        'and the foul, the feast and the fast: I choose thee in them all." Then one true thing '
        "only you two know, and one promise."
    )
    assert say("curie", "@curie help us write our wedding vows").startswith(
        "For the wedding, Maya, I would write this, simply: Pierre and I married in a plain "
        "dark blue dress"
    )
