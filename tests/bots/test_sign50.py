"""Pieces written to order to put up or send round (sign50, bots/posted.py): a sign, notice,
poster, label or flyer says what the ask says (its own words set right, people asked to do a
thing, a state told beside it) or what the messages just before told of its topic; a short
message for the newsletter or the group chat likewise, or bids people to an event on its day;
when nothing says what it is to say, the persona asks. Never a stock line that shares one word
with the ask ("cars go round" is no car wash) nor an invitation to a bin. Signs, poems, toasts
and messages of an occasion that other readers write stay as they were."""

from __future__ import annotations

import pytest

from bots.posted import posted_asked
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, the lines before it, the ask, the reply)
SIGNS = [
    (
        "shakespeare",
        [],
        (
            "@shakespeare could you write us a short sign for the end of the road, something "
            "like road closed, party on, cars go round"
        ),
        'For the sign, Jo: "Road closed! Party on. Cars go round. Thank you, good friends."',
    ),
    (
        "shakespeare",
        ["the road is closed from 12 till 6 on saturday for the street party"],
        "@shakespeare can you do us a sign for the road closure",
        (
            'For the sign, Jo: "The road is closed from 12 till 6 on Saturday for the street '
            'party. Thank you, good friends."'
        ),
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare pls could u do a notice for the noticeboard sth like hall closed for "
            "repairs 3rd-7th june"
        ),
        'For the notice, Jo: "Hall closed for repairs 3rd-7th June. Thank you, good friends."',
    ),
    (
        "curie",
        [],
        (
            "@curie can you write a poster for the front window asking customers to use the "
            "side door while the ramp is fixed"
        ),
        (
            'For the poster, Jo, I would write this, simply: "Please use the side door while '
            'the ramp is fixed. Thank you."'
        ),
    ),
    (
        "darwin",
        ["the pool is shut on tuesday for cleaning"],
        "@darwin would you do us a sign for the pool",
        (
            'For the sign, Jo, I would offer this: "The pool is shut on Tuesday for cleaning. '
            'With many thanks."'
        ),
    ),
    (
        "einstein",
        [],
        "@einstein we need a notice for the kitchen telling people to wash their own mugs",
        'For the notice, Jo, I would write this: "Please wash your own mugs. Thank you kindly!"',
    ),
    (
        "shakespeare",
        [],
        "@shakespeare we need a notice for the lift, it's out of order until monday",
        'For the notice, Jo: "The lift is out of order until Monday. Thank you, good friends."',
    ),
    (
        "shakespeare",
        [],
        "@shakespeare make us a label for the biscuit tin that says hands off",
        'For the label, Jo: "Hands off. Thank you, good friends."',
    ),
    (
        "darwin",
        [],
        "@darwin we need a poster for the lamp post asking drivers to slow down, kids playing",
        (
            'For the poster, Jo, I would offer this: "Please slow down! Kids playing. With '
            'many thanks."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare we need a flyer for the allotment telling people the water is off till march",
        'For the flyer, Jo: "The water is off till March. Thank you, good friends."',
    ),
    (
        "curie",
        ["the car boot sale is sunday 8am on the school field"],
        "@curie could you make a poster for the car boot sale",
        (
            'For the poster, Jo, I would write this, simply: "The car boot sale is Sunday 8am '
            'on the school field. Thank you."'
        ),
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare can you write us a sign for the gate, something like please shut the "
            "gate, dogs about"
        ),
        'For the sign, Jo: "Please shut the gate! Dogs about. Thank you, good friends."',
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare can u make a sign for the front door? we're closed boxing day and "
            "new years day"
        ),
        'For the sign, Jo: "We\'re closed boxing day and New Years day. Thank you, good friends."',
    ),
    (
        "curie",
        [],
        (
            "@curie quick notice for the noticeboard pls - the recycling bins have moved round "
            "the back"
        ),
        (
            'For the notice, Jo, I would write this, simply: "The recycling bins have moved '
            'round the back. Thank you."'
        ),
    ),
    (
        "einstein",
        [],
        "@einstein could you do a poster for the quiz? its on the 12th at 8 in the village hall",
        (
            'For the poster, Jo, I would write this: "The quiz is on the 12th at 8 in the '
            'village hall. Thank you!"'
        ),
    ),
    (
        "shakespeare",
        ["we're doing a street clean up on the 3rd, meet at the green at 10"],
        "@shakespeare can you do a poster for the clean up",
        (
            "For the poster, Jo: \"We're doing a street clean up on the 3rd! Meet at the green "
            'at 10. Thank you, good friends."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare could you write a notice for the bins asking people to squash their boxes",
        'For the notice, Jo: "Please squash your boxes. Thank you, good friends."',
    ),
    (
        "lovelace",
        [],
        (
            "@lovelace could you do a notice for the hall kitchen, the dishwasher is broken so "
            "please wash up by hand"
        ),
        (
            'For the notice, Jo, I would set down this: "The dishwasher is broken so please '
            'wash up by hand. With thanks."'
        ),
    ),
    (
        "einstein",
        [],
        "@einstein can u do a notice for the lift: out of order, engineer coming tuesday",
        (
            'For the notice, Jo, I would write this: "Out of order! Engineer coming Tuesday. '
            'Thank you!"'
        ),
    ),
    (
        "curie",
        [],
        (
            "@curie could you write a label for the freezer drawer, it's for the club's ice "
            "lollies only"
        ),
        (
            'For the label, Jo, I would write this, simply: "The freezer drawer is for the '
            "club's ice lollies only. Thank you.\""
        ),
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare we need a poster for the jumble sale - saturday 10am, st marks hall, "
            "50p entry"
        ),
        (
            'For the poster, Jo: "The jumble sale! Saturday 10am. St Marks hall. 50p entry. '
            'Thank you, good friends."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare a sign for the door: back in 10 mins",
        'For the sign, Jo: "Back in 10 mins. Thank you, good friends."',
    ),
    (
        "socrates",
        ["ROAD CLOSED 12-6pm Saturday for the street party"],
        "@socrates can you do us a sign for the road closure",
        (
            'For the sign, Jo, I would say only this: "ROAD CLOSED 12-6pm Saturday for the '
            'street party. Thank you, friends."'
        ),
    ),
    (
        "lovelace",
        ["the car park will be shut on friday for line painting"],
        "@lovelace can you do a notice about the car park",
        (
            'For the notice, Jo, I would set down this: "The car park will be shut on Friday '
            'for line painting. With thanks."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare could you knock up a notice for the toilets asking people not to flush wipes",
        'For the notice, Jo: "Please do not flush wipes. With thanks, and good cheer to all."',
    ),
    (
        "curie",
        [],
        "@curie can you write a poster asking people to pick up after their dogs",
        (
            'For the poster, Jo, I would write this, simply: "Please pick up after your dogs. '
            'Thank you."'
        ),
    ),
]

# Short messages to send round, from the ask or the lines before it.
MESSAGES = [
    (
        "shakespeare",
        [],
        "@shakespeare write something for the newsletter about the litter pick on sunday",
        (
            'For the message, Jo: "Hi all! The litter pick is on Sunday: do come along if you '
            'can. Thanks, everyone."'
        ),
    ),
    (
        "socrates",
        [],
        "@socrates can u write a quick msg for the group chat saying bins are tuesday this week",
        (
            'For the message, Jo, I would say only this: "Hi all! Bins are Tuesday this week. '
            'Thanks, everyone."'
        ),
    ),
    (
        "curie",
        ["the coffee morning is next thursday at 10 in the church hall"],
        "@curie could you write something for the parish newsletter about the coffee morning",
        (
            'For the message, Jo, I would write this, simply: "Hi all! The coffee morning is '
            'next Thursday at 10 in the church hall. Thanks, everyone."'
        ),
    ),
    (
        "lovelace",
        [],
        "@lovelace can you do a post for our facebook group about the car boot sale on sunday",
        (
            'For the post, Jo, I would set down this: "Hi all, we just wanted to say a quick '
            "word about the car boot sale on Sunday. Any thoughts or questions, just let us "
            'know. Thanks, Jo, for us all."'
        ),
    ),
    (
        "lovelace",
        [],
        (
            "@lovelace write a message for the group chat letting everyone know the meeting "
            "has moved to thursday"
        ),
        (
            'For the message, Jo, I would set down this: "Hi all! The meeting has moved to '
            'Thursday. Thanks, everyone."'
        ),
    ),
    (
        "shakespeare",
        ["the lost cat is a ginger tom called biscuit, went missing tuesday near the park"],
        "@shakespeare could you write a post for the facebook page about the lost cat",
        (
            'For the message, Jo: "Good friends, a word! The lost cat is a ginger tom called '
            'biscuit, went missing Tuesday near the park. Thank you all, good friends."'
        ),
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare write a message to the street group saying the bins go out wednesday "
            "this week not tuesday"
        ),
        (
            'For the message, Jo: "Good friends, a word! The bins go out Wednesday this week '
            'not Tuesday. Thank you all, good friends."'
        ),
    ),
    (
        "socrates",
        [],
        "@socrates pls write a msg for the whatsapp group to say the path is icy, take care",
        (
            'For the message, Jo, I would say only this: "Hi all! The path is icy, take care. '
            'Thanks, everyone."'
        ),
    ),
    (
        "curie",
        [],
        (
            "@curie write a short message to the neighbours about the noise on saturday, we're "
            "having a party til 11"
        ),
        (
            'For the message, Jo, I would write this, simply: "Hi all! About the noise on '
            "Saturday: we're having a party til 11. Thanks, everyone.\""
        ),
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare can you write a note for the neighbours about the skip, it'll be "
            "outside no. 12 from monday to friday"
        ),
        (
            'For the message, Jo: "Good friends, a word! The skip will be outside no. 12 from '
            'Monday to Friday. Thank you all, good friends."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare can you write a note for my neighbour asking if they could trim the hedge",
        (
            'For the message, Jo, take this from my own stock: "Hi, could you please trim the '
            'hedge? With thanks, and all good wishes."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a note to my neighbour asking them to move their car",
        (
            'For the message, Jo, take this from my own stock: "Hi, could you please move your '
            'car? With thanks, and all good wishes."'
        ),
    ),
    (
        "curie",
        [],
        "@curie could you write a text to next door asking them to keep the dog quiet at night",
        (
            'For the message, Jo, I would write this, simply: "Hi, could you please keep the '
            'dog quiet at night? With thanks, and kind regards."'
        ),
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare write a short message for the residents group about the lift being "
            "fixed on monday"
        ),
        (
            'For the message, Jo: "Good friends, a word! The lift is being fixed on Monday. '
            'Thank you all, good friends."'
        ),
    ),
]

# Nothing says what it is to say: asked for, in the persona's voice.
ASKED_BACK = [
    (
        "shakespeare",
        [],
        (
            "@shakespeare could you write a short notice for the bin by the bridge, something "
            "polite but a bit guilt trippy"
        ),
        (
            "Gladly, Jo, but what must the notice say? Give me the what, the when and the "
            "where, and I'll set it down in my best hand."
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare can you do us a sign for the road closure",
        (
            "Gladly, Jo, but what must the sign say? Give me the what, the when and the where, "
            "and I'll set it down in my best hand."
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write us a poster",
        (
            "Gladly, Jo, but what must the poster say? Give me the what, the when and the "
            "where, and I'll set it down in my best hand."
        ),
    ),
    (
        "curie",
        [],
        "@curie we need a poster for the noticeboard",
        (
            "Happy to, Jo: what should the poster say? Tell me what it is for, and when and "
            "where if it matters, and I'll write it."
        ),
    ),
    (
        "darwin",
        [],
        "@darwin could you write a message for the group chat",
        (
            "Happy to, Jo: what should the message say? Tell me what it is for, and when and "
            "where if it matters, and I'll write it."
        ),
    ),
    (
        "socrates",
        [],
        "@socrates can you write a sign for the bin",
        (
            "Happy to, Jo: what should the sign say? Tell me what it is for, and when and "
            "where if it matters, and I'll write it."
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare can you write a quick message for the group chat about the noise on saturday",
        (
            "Gladly, Jo, but what must the message say? Give me the what, the when and the "
            "where, and I'll set it down in my best hand."
        ),
    ),
    (
        "darwin",
        [],
        "@darwin something for the newsletter about the new bike racks",
        (
            "Happy to, Jo: what should the message say? Tell me what it is for, and when and "
            "where if it matters, and I'll write it."
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare can you make a poster for the gate - people keep leaving it open",
        (
            "Gladly, Jo, but what must the poster say? Give me the what, the when and the "
            "where, and I'll set it down in my best hand."
        ),
    ),
    (
        "curie",
        ["we made £200 at the bake sale last year"],
        "@curie can you do a poster for the bake sale",
        (
            "Happy to, Jo: what should the poster say? Tell me what it is for, and when and "
            "where if it matters, and I'll write it."
        ),
    ),
]

# Pieces other readers write, and look-alikes, as they were.
KEPT = [
    (
        "shakespeare",
        [],
        "@shakespeare can you do a sign for the honey stall",
        'For the sign, Jo: "Sweets to the Sweet: Honey Here!"',
    ),
    (
        "shakespeare",
        [],
        "@shakespeare could u knock up a quick sign for the car wash",
        'For the sign, Jo: "Out, Damned Spot!"',
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a notice for the bin by the bridge asking people to take litter home",
        'For the notice, Jo: "Please take litter home. With thanks, and good cheer to all."',
    ),
    (
        "shakespeare",
        [],
        (
            "@shakespeare can you make a poster for the quiz night, friday 7pm at the red "
            "lion, £2 entry"
        ),
        (
            'For the notice, Jo: "Hear ye, hear ye: the quiz night! Friday, 7pm at the red '
            'lion. £2 entry. Come one, come all."'
        ),
    ),
    (
        "socrates",
        [],
        "@socrates write a sign for the door saying back in 5 minutes",
        'For the sign, Jo: "Back in 5 Minutes."',
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a poem about the road closure",
        (
            "For the poem, Jo: \"Of the road closure I'll sing, and sing it true: / the heart "
            "knows more of it than ever the head knew. / The road is long, the wheels go round "
            'and round; / but every road leads home, and home is found."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a limerick about the bins",
        (
            "I will try my quill on the bins, Jo: There once was a poet, quite grand, / Who "
            "was asked about the bins offhand; / He scratched at his head, / Went early to "
            "bed, / And dreamt it in verse, as was planned."
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare toast for the wedding on saturday",
        (
            "For the toast, Jo, take this from my own stock. A toast of my own for a marriage: "
            '"To the bride and groom: may every quarrel be brief, every feast be merry, and '
            'every night end as this one does, among friends."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare good luck message for the team on saturday pls",
        (
            'For the team on saturday, Jo: "Good luck! All things are ready, if our minds be '
            'so; and yours is. Go and show them."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a message to the landlord asking to fix the boiler",
        (
            'For the message, Jo, take this from my own stock: "Hi, could you please fix the '
            'boiler? With thanks, and all good wishes."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a thank-you note to the caretaker",
        (
            'For the caretaker, Jo: "Thank you, with all our hearts. I can no other answer '
            'make but thanks, and thanks, and ever thanks."'
        ),
    ),
    (
        "darwin",
        [],
        "@darwin would you write a sign for our stall saying all proceeds go to the hospice",
        'For the sign, Jo: "All Proceeds Go to the Hospice."',
    ),
    (
        "shakespeare",
        [],
        "@shakespeare write a thank you note for my neighbour",
        (
            'For your neighbour, Jo: "Thank you, with all our hearts. I can no other answer '
            'make but thanks, and thanks, and ever thanks."'
        ),
    ),
    (
        "shakespeare",
        [],
        "@shakespeare can you write a card for my neighbour, she's moving away",
        (
            "For your neighbour, Jo: \"Go well! All the world's a stage, and this is only your "
            'exit from ours; may your next entrance be a grand one."'
        ),
    ),
    (
        "lovelace",
        [],
        "@lovelace help me write a msg to the neighbours about the noise",
        (
            'For the message, Jo, I would set down this: "Hi all, I wanted to have a quick '
            'word about the noise. Many thanks in advance."'
        ),
    ),
]

# Told of, or no piece at all: never read as a piece to write.
NOT_ASKED = [
    "@shakespeare i made a sign for the gate yesterday",
    "@shakespeare the notice fell down again",
    "@shakespeare sign up sheet for the rota is on the door",
    "@shakespeare did you notice that the bins werent collected",
    "@shakespeare is that a sign of spring",
    "@shakespeare notice how quiet it is tonight",
    "@shakespeare how do i write a good notice",
    "can you sign the form for me",
    "we need to sign the lease tomorrow",
    "i noticed the sign on the gate has gone",
]


@pytest.mark.parametrize(
    ("slug", "before", "text", "reply"), [*SIGNS, *MESSAGES, *ASKED_BACK, *KEPT]
)
def test_piece_written_to_order(slug, before, text, reply):
    history = tuple(Line("jo", line) for line in before)
    assert say(slug, text, author="jo", history=history) == reply


@pytest.mark.parametrize("text", NOT_ASKED)
def test_not_read_as_a_piece(text):
    assert posted_asked(text.removeprefix("@shakespeare ")) == ""
    assert not say("shakespeare", text, author="jo").startswith("For the")
