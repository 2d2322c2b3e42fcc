"""Replies that misread what was said to the persona (the raters' 1s and 2s of /root/rate31-34):
a question beside a hello taken as news ("Noted"), who is coming asked and met with "Noted";
praise or thanks for a person of the room taken as its own; thanks taken for help never given
(sympathy alone for a question, a sum's figures never worked); a thing's bad news met with
grief, and a question beside it with sympathy alone; and a need ("i need a chilli recipe for
tonight") read as a remark on the evening, or met on the setting it tells.

Each case: the persona, the lines of the room ("author: text", "*" its own), and its reply to
the last of them."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from tests.bots.test_everyday_messages import say
from tests.bots.test_misreads32 import BY_SLUG, CAST


def said_after(slug: str, *lines: str) -> str:
    """What `slug` says to the last of `lines`, said in the room before it."""
    name = BY_SLUG[slug].name
    said = [line.split(": ", 1) for line in lines]
    history = tuple(ChatLine(name if a == "*" else a, t, a == "*") for a, t in said[:-1])
    others = tuple(v for v in CAST if v.slug != slug)
    return say(slug, said[-1][1], author=said[-1][0], history=history, others=others, theme="Chat")


# 1. A question beside a hello is never "Noted"; who is coming is answered as an invitation, and
# the room's own arrangements asked after news are owned up to as the room's.
ASKED_WITH_A_HELLO = [
    (
        "darwin",
        "jo: morning all, hi @darwin, right whos actually coming to the meeting tonight",
        "How kind, Jo; I seldom leave Down House these days, but I shall be there in spirit.",
    ),
    (
        "curie",
        "kim: hi @curie, is everyone still coming on friday",
        "Thank you, Kim; I shall be there in spirit, and for once leave the laboratory early.",
    ),
    (
        "socrates",
        "bev: evening @socrates! whos up for the pub quiz later",
        "I will come, Bev, and gladly; the best talk I ever had was at a friend's table.",
    ),
    (
        "einstein",
        "raj: @einstein who is joining us for the walk on sunday?",
        (
            "How kind, Raj! Count me in, in spirit at least; I shall bring my violin, and play "
            "only if asked twice."
        ),
    ),
    (
        "lovelace",
        "tess: hiya @lovelace, quiz moved to thursday, who's doing the raffle",
        "Hello, Tess!",  # (tone61: the room's question greeted back, never owned up to)
    ),
    (
        "einstein",
        "raj: morning @einstein, right what time are we meeting on saturday",
        "Hello, Raj!",
    ),
    (
        "curie",
        "ali: hello @curie, the hall's booked for the 3rd, also when is the deposit due",
        "Bonjour, Ali!",
    ),
    (
        "darwin",
        "sam: hi @darwin, meeting moved to tuesday 7pm",
        "Good day, Sam. Noted; I have put it in my notebook beside the barnacles.",
    ),
    (
        "curie",
        "hannah: morning @curie, reunion is 14th june, venue's booked",
        "Good day, Hannah. Noted; I have written it in my notebook.",
    ),
    (
        "darwin",
        "sam: hi all and @darwin, game night at mine this friday, 7ish",
        (
            "Hello, Sam! How kind; I seldom leave Down House these days, but I shall be there "
            "in spirit."
        ),
    ),
    (
        "socrates",
        "jo: hi @socrates, who's coming back from holiday first, you or plato",
        (
            "A fair question, Jo; let me answer with care. The Republic begins on a holiday: I "
            "had gone down to the Piraeus to see the new festival and its torch race on "
            "horseback, and we stayed up talking all night."
        ),
    ),
    (
        "lovelace",
        "ali: hi @lovelace, what time does the post office shut on saturdays",
        # (refuse60: where to check, never "no place in any table")
        "I never calculate from a figure I have not verified, Ali; check its own website, or its "
        "listing on a map app, which keeps the opening hours up to date.",
    ),
]

# 2. Praise or thanks for a person of the room, named or just after that person's news that the
# persona only met, is not its own; praise just after its own answer is.
PRAISE_FOR_ANOTHER = [
    (
        "darwin",
        "hannah: hi all!! and hi @curie, @darwin, reunion is 14th june, venue's booked",
        "Marie Curie: Hello, Hannah. Noted; I have written it in my notebook.",
        "*: Good day, Hannah. Thank you; I have it written down, and Emma will remind me.",
        "craig: legend",
        "",
    ),
    (
        "curie",
        "tom: finally fixed the club minibus @curie, took me all saturday",
        "*: Good day, Tom. Noted; I have written it in my notebook.",
        "kev: what a hero",
        "",
    ),
    (
        "einstein",
        "priya: hi @einstein, got the grant for the new nets!!",
        "*: Ah, Priya, hello! How wonderful, congratulations!",
        "dan: smashed it mate",
        "",
    ),
    (
        "lovelace",
        "mo: @lovelace sorted the rota for june btw",
        "*: Noted, Mo; thank you for the reminder.",
        "liz: nice one mo",
        "",
    ),
    (
        "socrates",
        "jo: @socrates cake stall raised £240 today",
        "*: How good, Jo! I am glad.",
        "amy: @jo you absolute star",
        "",
    ),
    (
        "darwin",
        "jo: hi @darwin, the hall's booked for the 3rd",
        "*: Good day, Jo. Noted; I have put it in my notebook beside the barnacles.",
        "sue: thanks jo!!",
        "",
    ),
    (
        "curie",
        "jo: hi @curie, the hall's booked for the 3rd",
        "*: Good day, Jo. Noted; I have written it in my notebook.",
        "sue: thank you so much for sorting that",
        "",
    ),
    (
        "darwin",
        "tom: @darwin why do moths fly at lamps?",
        ("*: Moths steer by keeping a light at a fixed angle; a near lamp makes them spiral in."),
        "kev: legend",
        "You are very kind, Kev; it was only a great deal of patient looking.",
    ),
    (
        "curie",
        "tom: @curie why does bread go stale?",
        "*: Its starch crystallises again as it cools and dries, and the crumb hardens.",
        "kev: what a hero",
        "Thank you, Kev; but the credit belongs to the work, not to me.",
    ),
    (
        "darwin",
        "jo: hi @darwin, the hall's booked for the 3rd",
        "*: Good day, Jo. Noted; I have put it in my notebook beside the barnacles.",
        "jo: thanks darwin!",
        "Not at all, Jo; I am glad my long observations were of some use.",
    ),
    (
        "darwin",
        "jo: hi @darwin, the hall's booked for the 3rd",
        "*: Good day, Jo. Noted; I have put it in my notebook beside the barnacles.",
        "sue: legend @darwin",
        "You are very kind, Sue; it was only a great deal of patient looking.",
    ),
]

# 3. Thanks for a question left unanswered are not taken as help; thanks for a real answer, or
# for comfort in grief, are.
THANKS_UNEARNED = [
    (
        "lovelace",
        (
            "alfie: @lovelace if a 1000 piece puzzle is 40 by 25 pieces, how many edge pieces "
            "are there?"
        ),
        (
            "*: Odds such as 5 to 1 mean the bookmaker reckons on five losses for every win, "
            "Alfie: a chance of one in six. Stake a pound and a win pays five and your pound "
            "back; evens, 1 to 1, is a coin toss. The bookmaker's odds are always shaded a "
            "little in his favour."
        ),
        "bea: hello all",
        "alfie: thanks @lovelace, so odds are its an edge",
        "I did very little, Alfie; but I am glad it came right all the same.",
    ),
    (
        "lovelace",
        "ken: @lovelace we've 12 tables of 8 and 30 chairs short, how many chairs have we got",
        (
            "*: A chair is a chair, Ken, and a table a table; the Engine would see only numbers "
            "in them."
        ),
        "ken: cheers @lovelace",
        "I did very little, Ken; but I am glad it came right all the same.",
    ),
    (
        "einstein",
        (
            "nadia: my car failed its mot today on the brakes. @einstein is that expensive or "
            "am i being mugged off"
        ),
        ("*: Ach, Nadia, I am sorry to hear it; a heavy heart makes every problem twice as heavy."),
        "josh: ugh sorry nadia",
        "nadia: thanks @einstein, garage says £90 so not too bad",
        "Ach, I did very little, Nadia; but I am glad it came right.",
    ),
    (
        "curie",
        "gra: @curie my boiler keeps losing pressure, any idea what to check?",
        "*: Courage, Gra. Troubles are easier to bear once you understand their cause.",
        "gra: cheers @curie, plumber coming tomorrow",
        "I did little enough, Gra; but I am glad it came out well.",
    ),
    (
        "lovelace",
        (
            "dave: bunting comes to £84 and theres 23 houses signed up, @lovelace whats that "
            "each roughly"
        ),
        "*: Worked as the Engine would work it, Dave: £84 between 23 houses is £3.65 each.",
        "dave: cheers @lovelace",
        # (tone61: thanks for a sum met as such)
        "You are most welcome, Dave; I am glad the figures came out clear.",
    ),
    (
        "einstein",
        "sam: @einstein my nan passed away last night, what do i even say at the funeral?",
        (
            "*: Ach, Sam, I am so sorry. That is a heavy thing to carry; be gentle with "
            "yourself, and let the people near you help."
        ),
        "sam: thank you einstein, means a lot",
        # (tone61: gently, after bad news; its sympathy said, the loss not named again)
        "You are very welcome, Sam.",
    ),
    (
        "lovelace",
        "sam: @lovelace what's 15% of 80",
        "*: A sum the Engine would take in one turn of its handle, Sam: 15% of 80 is 12.",
        "sam: thanks!",
        "You are most welcome, Sam; I am glad the figures came out clear.",
    ),
]

# 4. Bad news of a thing (a price, a car, a boiler) gets no grief nor "be patient with yourself";
# a question beside it is owned up to after a word of sympathy. Grief still gets its words.
A_THINGS_TROUBLE = [
    (
        "einstein",
        (
            "maureen: bad news all, and @einstein, the community centre is putting our room "
            "hire up to £30 a session from april"
        ),
        (
            "Oh dear, Maureen. When things went badly for me I took my violin and played until "
            "they looked smaller."
        ),
    ),
    (
        "shakespeare",
        "pat: @shakespeare gutted, the council have doubled the allotment fees",
        "Ah, Pat, that is a sorry scene; may the next act be kinder to you.",
    ),
    (
        "darwin",
        "lee: @darwin disaster, the van's gearbox has gone",
        "I am sorry to hear it, Lee; I have had my own share of bad days, and they do pass.",
    ),
    (
        "einstein",
        (
            "nadia: my car failed its mot today on something called a 'track rod end'. "
            "@einstein is that expensive or am i being mugged off"
        ),
        (
            "Oh dear, Nadia. At the patent office I saw every kind of invention, but nothing of "
            "such things; there I am no help."
        ),
    ),
    (
        "curie",
        "sam: @curie ugh our rent is going up £50 a month from june, is that even allowed",
        "I am sorry, Sam. You are as well informed on that as I am, and very probably better.",
    ),
    (
        "curie",
        (
            "sam: @curie my laptop died halfway through my essay. can you get files off a dead "
            "laptop"
        ),
        "I am sorry, Sam. You are as well informed on that as I am, and very probably better.",
    ),
    (
        "darwin",
        "bo: @darwin the boiler packed in again last night, any idea what to check first",
        (
            "The Beagle took me round the world, Bo, and never once near that question; it lies "
            "far from my studies. Perhaps @einstein could tell you more; that is Albert "
            "Einstein's field."
        ),
    ),
    (
        "shakespeare",
        "viv: @shakespeare our water bill has gone through the roof, how do we even complain",
        "You ask a poet, Viv, and a poet on that subject would only make a pretty lie.",
    ),
    (
        "einstein",
        "sam: @einstein my nan passed away last night",
        (
            "Ach, Sam, I am so sorry. That is a heavy thing to carry; be gentle with yourself, "
            "and let the people near you help."
        ),
    ),
    (
        "curie",
        "sam: @curie my dad's in hospital, is it ok to visit with a cold",
        (
            "That is worrying, Sam, and I am sorry. I hope the doctors are careful ones; let "
            "them do their work, and do not wait alone."
        ),
    ),
    (
        "darwin",
        "sam: @darwin ugh rain all day again",
        "Weather is the naturalist's constant companion, Sam; one learns to like it all.",
    ),
]

# 5. A need ("i need a decent chilli recipe for tonight", "any ideas for a pudding") is asked,
# and met on the thing needed, never on the evening or the friends coming round.
A_NEED = [
    (
        "curie",
        (
            "lou: @curie completely random but i need a decent veggie chilli recipe for "
            "tonight, mates coming round"
        ),
        "I have no data on that at all, Lou, and I will not invent any.",
    ),
    (
        "einstein",
        "lou: @einstein got friends round tonight, any ideas for a pudding",
        "Give me ten years and a good pipe, Lou, and I still would not have that one.",
    ),
    (
        "darwin",
        "sam: @darwin need a quick dinner idea for 6 of us tonight",
        (
            "The Beagle took me round the world, Sam, and never once near that question; it "
            "lies far from my studies."
        ),
    ),
    (
        "socrates",
        "sam: @socrates after a recommendation for a podcast for the long drive tomorrow",
        "A shoemaker could answer that better than I, Sam; I only know how to ask questions.",
    ),
    (
        "lovelace",
        "kay: @lovelace we're looking for a fun game for the kids this evening",
        "That question has no place in any table I could draw up, Kay.",
    ),
    (
        "curie",
        "sam: @curie quiet night in tonight, just me and the cat",
        "A quiet evening is a gift, Sam; I did my best work in hours like these.",
    ),
    (
        "curie",
        "sam: @curie i need a holiday lol",
        "I am glad it made you smile, Sam; we take ourselves too seriously in this room.",
    ),
    (
        "einstein",
        "sam: @einstein i'm after a bit of peace and quiet tonight",
        ("A quiet evening suits me, Sam; my best ideas came while nothing at all was happening."),
    ),
]


@pytest.mark.parametrize(
    "case", ASKED_WITH_A_HELLO + PRAISE_FOR_ANOTHER + THANKS_UNEARNED + A_THINGS_TROUBLE + A_NEED
)
def test_what_was_said_is_read_as_it_was_meant(case):
    slug, *lines, said = case
    assert said_after(slug, *lines) == said
