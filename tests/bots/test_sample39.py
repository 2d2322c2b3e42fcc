"""sample39: persona_sample's weakest replies lifted.

The train or the plane for a journey is worked out (`bots.journey`): the times of a known city
pair and which wins, or the general rule, in each persona's voice, never a stock refusal nor a
coin tossed; a dog that keeps barking gets help (its own dog: lonely, bored, a walk, a vet if
new; a neighbour's: a kind word first, a note of times, then the landlord or the council),
while look-alikes keep their replies.
"""

import pytest

from bots.journey import GENERAL, journey_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "shakespeare",
        "Is it actually faster to take the train or to fly from Paris to Berlin?",
        "My Rome came out of books, Maya, but travellers report: the plane wins on "
        "time, the train on comfort and carbon; Paris to Berlin is about 8 to 9 hours"
        " by train, and flying is 1 hour 45 in the air but 4 to 5 hours door to door.",
    ),
    (
        "curie",
        "Is it actually faster to take the train or to fly from Paris to Berlin?",
        "In my day it was the train everywhere, Maya; today, flying Paris to Berlin "
        "is 1 hour 45 in the air but 4 to 5 hours door to door, against about 8 to 9 "
        "hours by train; the plane wins on time, the train on comfort and carbon.",
    ),
    (
        "lovelace",
        "Is it actually faster to take the train or to fly from Paris to Berlin?",
        "At twelve I drew a flying machine, Maya; count every stage: flying Paris to "
        "Berlin is 1 hour 45 in the air but 4 to 5 hours door to door, against about "
        "8 to 9 hours by train; the plane wins on time, the train on comfort and "
        "carbon.",
    ),
    (
        "darwin",
        "Is it actually faster to take the train or to fly from Paris to Berlin?",
        "After the Beagle, Maya, give me dry land: Paris to Berlin is about 8 to 9 "
        "hours by train; flying, 1 hour 45 in the air but 4 to 5 hours door to door. "
        "The plane wins on time, the train on comfort and carbon.",
    ),
    (
        "socrates",
        "should i fly or get the train to edinburgh from london",
        "I hardly left Athens, Maya; travellers say London to Edinburgh is about 4 "
        "hours 30 by train; flying, 1 hour 20 in the air but 3 to 4 hours door to "
        "door. It is about even on time, and the train wins on comfort and carbon.",
    ),
    (
        "einstein",
        "is flying from tokyo to osaka quicker than the train?",
        "Half my thought experiments were set on trains, Maya, so I am biased: the "
        "train wins on time, comfort and carbon; Tokyo to Osaka is about 2 hours 30 "
        "on the Shinkansen, and flying is an hour in the air but 3 hours or more door"
        " to door.",
    ),
    (
        "curie",
        "eurostar or plane, london to paris?",
        "In my day it was the train everywhere, Maya; today, flying London to Paris "
        "is 1 hour 15 in the air but 3 to 4 hours door to door, against about 2 hours"
        " 20 on the Eurostar; the train wins on time, comfort and carbon.",
    ),
    (
        "darwin",
        "train or fly from leeds to glasgow?",
        "After the Beagle, Maya, give me dry land: under about 600 km, or 5 to 6 "
        "hours by train, the train usually wins door to door, as the airports add two"
        " or three hours; beyond that, the plane.",
    ),
    (
        "curie",
        "My dog keeps barking at night and I can't sleep.",
        "Look for the cause, Maya, as in any experiment: a dog that barks at night is"
        " most often lonely, bored or hearing something outside. A long walk in the "
        "evening and its bed near you usually help; if it is new, ask a vet.",
    ),
    (
        "darwin",
        "My dog keeps barking at night and I can't sleep.",
        "I kept dogs all my life, Maya, and one that barks at night is usually "
        "lonely, bored or hearing something outside. A good walk before bed and its "
        "bed near yours often settle it; if it is new, a vet should see it.",
    ),
    (
        "curie",
        "my neighbour's dog keeps barking",
        "Speak to the neighbour kindly first, Maya; they may not know, and a dog left"
        " alone barks from loneliness or boredom. Note the dates and times, and if "
        "nothing changes, the landlord or the council can help.",
    ),
    (
        "darwin",
        "the dog next door barks all night, what can i do?",
        "A dog is a social creature, Maya, and one left alone barks from loneliness "
        "or boredom. Speak kindly to your neighbour first, as they may not know; note"
        " the times, and if nothing changes, go to the landlord or the council.",
    ),
    (
        "darwin",
        "why do dogs bark at the postman?",
        "A fair question, Maya. A dog barks at the postman because he comes into its "
        "territory every day and always goes away when barked at, so the dog believes"
        " it drove him off; a habit rewarded daily does not die.",
    ),
    (
        "einstein",
        "is the train actually greener than flying to edinburgh?",
        "A steel wheel on a steel rail rolls with very little friction, Maya, and a "
        "long train pushes through the air as one; so a train carries you for a small"
        " fraction of the energy of a plane or a car alone, most of all an electric "
        "one.",
    ),
    (
        "curie",
        "my dog died last week, i miss his bark",
        "My poor Maya, I am so sorry. A companion of so many years leaves a quiet "
        "house; it is right to miss them.",
    ),
    (
        "aibot",
        "/AIBot Hi everyone, I'm new here",
        "Welcome, Maya, lovely to have you here! Mention any persona with @ to chat "
        "with them, and ask me with /AIBot whenever you want to know how Salon works:"
        " mentions, private rooms, stopping a reply.",
    ),
    (
        "aibot",
        "/AIBot Good evening! How is everybody?",
        "Hello, Maya! Good to see you; all well on my side. Ask me anything about "
        "Salon or code with /AIBot, or say hello to a persona with @; they love a "
        "chat.",
    ),
    (
        "aibot",
        "/AIBot What should I read first if I want to learn about black holes?",
        'Kip Thorne\'s "Black Holes and Time Warps" is a lovely place to start, Maya: '
        'clear, and written for everyone. Stephen Hawking\'s "A Brief History of Time"'
        " makes a good second.",
    ),
    (
        "aibot",
        "/AIBot any good books on evolution?",
        'Start with Darwin\'s own "On the Origin of Species", Maya: it was written for'
        " ordinary readers, and it still reads well. Richard Dawkins's \"The Selfish "
        'Gene" makes a good second.',
    ),
    (
        "aibot",
        "/AIBot Can you give me a recipe for a quick dinner?",
        "Here's a 15-minute one, Maya: garlic and chilli spaghetti. While the pasta "
        "boils, warm sliced garlic and a pinch of chilli flakes gently in olive oil; "
        "toss the drained pasta in it with a splash of the cooking water, then add "
        "parsley and parmesan.",
    ),
    (
        "aibot",
        "/AIBot My dog keeps barking at night and I can't sleep.",
        "That's hard on sleep, Maya. A dog that barks at night is usually lonely, "
        "bored or hearing something outside: a long walk in the evening, something to"
        " chew and its bed near yours often help. If it's new, a check at the vet is "
        "worth it.",
    ),
    (
        "aibot",
        "/AIBot my neighbour's dog barks all night, what can i do",
        "That's wearing, Maya. Try a friendly word with your neighbour first: they "
        "may not know, and a dog left alone often barks from loneliness or boredom. "
        "If nothing changes, note the dates and times and take it to the landlord or "
        "the council.",
    ),
    (
        "aibot",
        "/AIBot I just got a new job at a bakery!",
        "Congratulations on the new job, Maya, that's wonderful news! I hope the "
        "first week goes brilliantly.",
    ),
    (
        "aibot",
        "/AIBot Is it actually faster to take the train or to fly from Paris to Berlin?",
        "Train or plane, Maya? Paris to Berlin is about 8 to 9 hours by train; "
        "flying, 1 hour 45 in the air but 4 to 5 hours door to door. The plane wins "
        "on time, the train on comfort and carbon.",
    ),
    (
        "aibot",
        "/AIBot my dog died, i miss his bark",
        "I'm sorry to hear that, Maya. I'm only the house bot, but the room is listening.",
    ),
    (
        "aibot",
        "/AIBot i made a quick dinner tonight",
        "Noted, Maya! I'm the house bot, so I'll leave the chatting to the personas; "
        "ask me if you need a hand with Salon.",
    ),
    (
        "aibot",
        "/AIBot how do I make a room private?",
        'Tick "Private" when you create the room in the lobby: a private room is '
        "visible to its members only. A one-to-one chat with a persona, opened from "
        "the lobby, is private too.",
    ),
    (
        "lovelace",
        "I disagree with Ada, machines will never be creative.",
        "Let me say what I actually wrote, Maya, for it may surprise you. A machine is "
        "not creative or original of itself: it has no pretensions whatever to "
        "originate anything; it can do whatever we know how to order it to perform.",
    ),
    (
        "lovelace",
        "I disagree with Ada, computers can't be original",
        "Let me say what I actually wrote, Maya, for it may surprise you. A machine is "
        "not creative or original of itself: it has no pretensions whatever to "
        "originate anything; it can do whatever we know how to order it to perform.",
    ),
    (
        "lovelace",
        "Do you think people spend too much time on their phones?",
        "No, Maya, I think not, once both sides of the ledger are set down. Count "
        "what the hours buy, not the hours: an hour spent learning or writing to a "
        "friend is well spent, and these little engines do both faster than any coach"
        " or clerk.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), CASES)
def test_reply(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Is it actually faster to take the train or to fly from Paris to Berlin?",
            "Paris to Berlin is about 8 to 9 hours by train",
        ),
        (
            "should i fly or get the train to edinburgh from london",
            "London to Edinburgh is about 4 hours 30",
        ),
        ("train or plane to rome from milan?", "Milan to Rome is about 3 hours"),
        (
            "fly vs train new york to washington",
            "New York to Washington is about 3 hours on the Acela",
        ),
        ("is it quicker to take the train or fly from manchester to aberdeen", GENERAL),
    ],
)
def test_journey_read(text, start):
    assert journey_of(text).startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "why do planes fly faster than trains",
        "is the train actually greener than flying to edinburgh?",
        "we took the train from paris to berlin, or was it the plane",
        "I love trains",
        "my toy train or a kite for his birthday?",
    ],
)
def test_no_journey(text):
    assert journey_of(text) == ""


def test_einstein_answers_socrates_on_imagination_without_experiments():
    # Was "You may be right that the experiments go against me, Socrates; I only say the theory
    # is not yet finished. Imagination comes first for me, but it needs knowledge to push
    # against; a picture with no facts under it is only a daydream."
    said = Line(
        "Albert Einstein",
        "Imagination is more important than knowledge, for knowledge is limited.",
        own=True,
    )
    reply = say(
        "einstein",
        "@einstein But is knowledge not what makes imagination worth anything?",
        author="Socrates",
        history=(said,),
    )
    assert reply == (
        "A fair challenge, Socrates, and I will not dodge it; let me put it better. Imagination "
        "comes first for me, but it works on what we know: riding beside a light beam was a "
        "puzzle only because Maxwell's equations allow no light standing still."
    )
