# ruff: noqa: E501
"""Session 25 (bard25): Shakespeare writes what a group asks for.

Raters marked him low when "@shakespeare write a message for the nurses who looked after my mum"
was read as grief (King John on a dead child), and when every team was "We Happy Few". Now a card
is a request to WRITE a short message for those named, the occasion read right (thanks to nurses
is gratitude; only a death said plainly is grief): bots/cards.py, `#card` lines. Names for a
group fit what it is and its own words (`#title` lines, `{thing}` names made of what it does),
never one given in the room (he hears his own earlier replies, `said`). Follow-ups: "another one",
"shorter", "funnier", "with our names in it: jo, sam, raj", "and one for the paramedics", "what
about our pub quiz team". Also mottos, toasts, a two-line poem for the group photo, a rhyme for a
leaving do, an excuse note, a line for the card told of a few messages before.
"""

from __future__ import annotations

import re

import pytest

from bots.cards import card_asked, card_occasion
from bots.engine import _options_given, _other_for
from bots.material import index_of
from bots.naming import group_word, names_listed
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

NAME = VOICES["shakespeare"].name
# Every card body he has, as written (fields aside): none may be said to a look-alike.
BODIES = [
    max(re.split(r"\{\w+\}", line.partition(":")[2].strip()), key=len)[:40]
    for line in index_of(VOICES["shakespeare"].material).tagged.get("card", ())
]


def reply(text: str) -> str:
    return say("shakespeare", text, seed=0, author="maya")


def room(turns: list[tuple[str, str]]) -> list[str]:
    """His replies to the turns addressed to him, in a room where he hears his own earlier
    replies (`said`), as the room gives them."""
    history: list[Line] = []
    said: list[str] = []
    for author, text in turns:
        if not text.startswith("@shakespeare"):
            history.append(Line(author, text))
            continue
        answer = say(
            "shakespeare", text, seed=0, author=author, history=tuple(history), said=tuple(said)
        )
        history += [Line(author, text), Line(NAME, answer, own=True)]
        said.append(answer)
    return said


CARDS = [
    (
        "write a message for the nurses who looked after my mum",
        'Here is one for the nurses who looked after your mum, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "can you write a thank you card for the nurses on ward 7, they were amazing with dad",
        'Here is one for the nurses on ward 7, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "@shakespeare can u help me write something for the nurses on ward 4, they looked after my nan for 3 weeks",
        'Here is one for the nurses on ward 4, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "need a few words for a thank you card to our midwife",
        'Here is one for your midwife, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "message for the paramedics who helped my dad last night",
        'Here is one for the paramedics who helped your dad last night, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "a thank you message for the volunteers at the food drive",
        'Here is one for the volunteers at the food drive, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "card for my teacher, last day of school",
        'Here is one for your teacher, Maya: "Thank you, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks."',
    ),
    (
        "thank you card for miss patel, end of year, from the whole class",
        'Here is one for Miss Patel, Maya: "Thank you, Miss Patel, with all our hearts. I can no other answer make but thanks, and thanks, and ever thanks. From the whole class."',
    ),
    (
        "thank you card for the hospice nurses, mum passed away on sunday",
        'Here is one for the hospice nurses, Maya: "Thank you for your care when it mattered most. You made a hard time gentler, and we shall always be grateful."',
    ),
    (
        "something for a good luck card, my sister starts her nursing degree monday",
        'Here is one for your sister, Maya: "Good luck! All things are ready, if our minds be so; and yours is. Go and show them."',
    ),
    (
        "good luck message for my son, his gcses start tomorrow",
        'Here is one for your son, Maya: "Good luck! All things are ready, if our minds be so; and yours is. Go and show them."',
    ),
    (
        "we need a leaving card message for dave from accounts, he's off to canada",
        'Here is one for Dave from accounts, Maya: "Go well, Dave, and be happy in Canada! Canada has no idea of its good fortune; we know exactly what we are losing."',
    ),
    (
        "what should i write in dave's leaving card",
        'Here is one for Dave, Maya: "Go well, Dave! All the world\'s a stage, and this is only your exit from ours; may your next entrance be a grand one."',
    ),
    (
        "get well soon card for our coach, she broke her ankle skiing",
        'Here is one for your coach, Maya: "Get well soon! Sleep, that knits up the ravelled sleeve of care, will do most of the work; we\'ll send grapes for the rest."',
    ),
    (
        "what do i write in a get well card for my boss, she's having an op",
        'Here is one for your boss, Maya: "Get well soon! Sleep, that knits up the ravelled sleeve of care, will do most of the work; we\'ll send grapes for the rest."',
    ),
    (
        "can you write my mum a get well card, she's in hospital",
        'Here is one for your mum, Maya: "Get well soon! Sleep, that knits up the ravelled sleeve of care, will do most of the work; we\'ll send grapes for the rest."',
    ),
    (
        "write a congrats message for priya and tom, they just got engaged",
        'Here is one for Priya and Tom, Maya: "Congratulations, both of you! The course of true love never did run smooth, but yours has found its way. Every happiness."',
    ),
    (
        "congrats card for my brother, he finally passed his driving test",
        'Here is one for your brother, Maya: "Congratulations! Some are born great, some achieve greatness; you have plainly achieved it, and we are proud of you."',
    ),
    (
        "retirement card for mr hughes the caretaker, 32 years at the school",
        'Here is one for Mr Hughes the caretaker, Maya: "32 years, and never a dull act! Thank you for every one of them, and enjoy the retirement you have more than earned."',
    ),
    (
        "new baby card for sam and jo, little girl called ivy",
        'Here is one for Sam and Jo, Maya: "Welcome, Ivy! The smallest player on the stage, and already the star. Congratulations to you all, and sleep when you can."',
    ),
    (
        "sympathy card for my neighbour, her husband died last week",
        'I am heartily sorry, Maya. For your neighbour, gently: "With deepest sympathy. There are no words equal to your loss; only know that you are in our thoughts, and not alone."',
    ),
    (
        "write me an excuse note for missing choir practice",
        'For the excuse note, Maya, in my best hand: "To whom it may concern: pray pardon the bearer\'s absence from choir practice. A rheum, a fever, and a cat upon the papers; they will return, contrite and eager."',
    ),
    (
        "excuse note for being late to the quiz again pls",
        'For the excuse note, Maya, in my best hand: "To whom it may concern: pray forgive the bearer\'s late coming to the quiz. The stars were crossed, the bus was later still, and Mercury himself could not have made it."',
    ),
    (
        "pls write smth for mums card shes leaving work after 30 yrs",
        'For the leaving card, Maya, in my best hand: "Go well! All the world\'s a stage, and this is only your exit from ours; may your next entrance be a grand one. Thank you for 30 years."',
    ),
    (
        "can u do a good luck msg for kez, driving test tmrw",
        'Here is one for Kez, Maya: "Good luck, Kez! All things are ready, if our minds be so; and yours is. Go and show them."',
    ),
    (
        "write something nice for the card for our old neighbour, she's moving into a care home",
        'Here is one for your old neighbour, Maya: "Go well! All the world\'s a stage, and this is only your exit from ours; may your next entrance be a grand one."',
    ),
    (
        "need a get well msg for my gran she had a fall",
        'Here is one for your gran, Maya: "Get well soon! Sleep, that knits up the ravelled sleeve of care, will do most of the work; we\'ll send grapes for the rest."',
    ),
    (
        "thank u card for the vets who put our cat down, they were so kind",
        'Here is one for the vets who put your cat down, Maya: "Thank you for your care when it mattered most. You made a hard time gentler, and we shall always be grateful."',
    ),
    (
        "something for the card for ellie, she's just had twins",
        'For the new baby card, Maya, in my best hand: "Congratulations, Ellie! Welcome to the world, little one! Welcome, small player, to this merry stage: the house is full, and thou the star of the age."',
    ),
    (
        "congrats on the new job card for my bestie",
        'Here is one for your bestie, Maya: "Congratulations! Some are born great, some achieve greatness; you have plainly achieved it, and we are proud of you."',
    ),
    (
        "a msg for the card, our colleague raj is leaving for a job in berlin",
        'Here is one for your colleague, Maya: "Go well, and be happy in Berlin! Berlin has no idea of its good fortune; we know exactly what we are losing."',
    ),
    (
        "help me write a card to my ex's mum, his dad died",
        'I am heartily sorry, Maya. For your ex\'s mum, gently: "With deepest sympathy. There are no words equal to your loss; only know that you are in our thoughts, and not alone."',
    ),
    (
        "excuse note so i can get out of netball practice lol",
        'For the excuse note, Maya, in my best hand: "To whom it may concern: pray pardon the bearer\'s absence from netball practice. A rheum, a fever, and a cat upon the papers; they will return, contrite and eager."',
    ),
    (
        "write a funny note excusing me from the meeting, i'm at the dentist",
        'For the excuse note, Maya, in my best hand: "Pray excuse the bearer: a ghost appeared at midnight and would talk of nothing but revenge. These things happen in the best families."',
    ),
]

NAMES = [
    (
        "our quiz team needs a name",
        "The Question, Maya, for that is the question, and you will have the answer; or Small Latin and Less Greek, Ben Jonson's jibe at my schooling, for a side that knows more than it lets on.",
    ),
    (
        "we need a name for our walking group, we mostly walk to pubs tbh",
        "Cakes and Ale, Maya, Sir Toby's cry, for a walk that is mostly a way to the pub; or The Boar's Head Ramblers, after Falstaff's tavern in Eastcheap, where every walk of his ended.",
    ),
    (
        "name for our netball team pls, we're all mums over 40",
        "Though She Be But Little, Maya, for she is fierce, as Helena says, and so is your goal defence; or Fair Is Foul, the witches' word in Macbeth, and the umpire's every match night.",
    ),
    (
        "our choir needs a name, we're a community choir that sings in the library",
        "Dukedom Enough, Maya, Prospero's, whose library was dukedom large enough, and yours has a choir in it; or Concord of Sweet Sounds, Lorenzo's praise of music in The Merchant of Venice.",
    ),
    (
        "we need a team name for the charity bike ride to brighton",
        "Swift as a Shadow, Maya, from the Dream: swift as a shadow, short as any dream, and downhill most of it; or My Kingdom for a Horse, Richard the Third's bid, for the last long hill of the ride.",
    ),
    (
        "name for the office bake off team",
        "Measure for Measure, Maya, a baker's whole art, and a comedy of mine besides; or Cakes and Ale, Sir Toby's cry, for bakers who mean to eat the entries.",
    ),
    (
        "our darts team needs a name",
        "Slings and Arrows, Maya, Hamlet's outrageous fortune, which every darts player has met at the oche; or Outrageous Fortune, from the same line of Hamlet's, for the night the double will not come.",
    ),
    (
        "any good names for our beekeeping group chat",
        "Where the Bee Sucks, Maya, Ariel's song in The Tempest, for a company that lives by the hive; or The Honey-Bees, from Henry the Fifth, creatures that by a rule in nature teach the act of order to a peopled kingdom.",
    ),
    (
        "name for the running club, we're slow and we like cake",
        "Cakes and Ale, Maya, Sir Toby's answer to the sour Malvolio, and the honest reason for every mile; or Measure for Measure, a baker's whole art, and a comedy of mine besides.",
    ),
    (
        "give us some name ideas for a taco truck run by two cousins from peckham and a guy called sami",
        "The Taming of the Stew, Maya, my comedy of a shrew, tamed at last by good cooking; or Much Ado About Nachos, the truest comedy I never wrote, and always served hot.",
    ),
    (
        "give us a title for a space mini golf game where you putt around planets. punny is fine",
        "To Putt or Not to Putt, Maya, for that is the question, at every hole; or Not in Our Stars, from Cassius: the fault, dear Brutus, is not in our stars, but in ourselves, and in our putting.",
    ),
    (
        "we need a team name!! 5 a side, all dads, terrible",
        "Henry the Fifth-a-Side, Maya, if your five are game; or Base Football Players, Kent's insult to Oswald in King Lear, worn with pride.",
    ),
    (
        "name ideas for our book club, we mostly drink wine",
        "Dukedom Enough, Maya, Prospero's, whose library was dukedom large enough; or Good Familiar Creature, Iago's name for good wine, if it be well used.",
    ),
    (
        "we need a name for the group chat for mums birthday surprise",
        "Mum's the Word, Maya, from Henry the Sixth: seal up your lips, and give no words but mum; or The Conspirators, Brutus and Cassius plotted in whispers too, though with less cake.",
    ),
    (
        "what should we call our allotment whatsapp",
        "An Unweeded Garden, Maya, Hamlet's word for the world, and for every plot by August; or Words, Words, Words, Hamlet's answer when asked what he reads, and a fair account of any group chat.",
    ),
]

OTHERS = [
    (
        "slogan for our taco truck",
        '"Now good digestion wait on appetite", Maya: Macbeth\'s toast at his feast, and the best thing ever said over a menu.',
    ),
    (
        "a motto for my dad's fishing mug",
        "\"Give me mine angle, we'll to the river\", Maya: Cleopatra's, and as good a motto as any angler's mug ever bore.",
    ),
    (
        "write us a motto for the allotment society",
        '"This blessed plot, this earth", Maya: John of Gaunt\'s praise of England in Richard the Second, and every allotment deserves it.',
    ),
    (
        "a slogan for our bake sale",
        "\"Dost thou think, because thou art virtuous, there shall be no more cakes and ale?\", Maya: Sir Toby's, in Twelfth Night; a bake sale's whole philosophy.",
    ),
    (
        "toast for my parents' 40th anniversary",
        'For the toast, Maya, I have just the thing. A toast of my own for it: "To the two of you: love alters not with brief hours and weeks, and yours has proved it, year on year."',
    ),
    (
        "toast for the retirement party, it's for our head chef",
        'For the toast, Maya, I have just the thing. A couplet of my own for it: "Now lay the long day\'s labour on the shelf; the years ahead belong to thee thyself."',
    ),
    (
        "can you write me a short toast to end on, to priya and james?",
        "Here is one for Priya and James, Maya: Here's to Priya and James, and here's to all of you: / With mirth and laughter, may the next be merry too!",
    ),
    (
        "a two line poem for the group photo",
        'For the group photo, Maya, I have just the thing. The couplet of Sonnet 18, for a picture that outlasts us all: "So long as men can breathe or eyes can see, so long lives this, and this gives life to thee."',
    ),
    (
        "caption for this pic of us at the beach",
        'For the caption, Maya, I have just the thing. The couplet of Sonnet 18, for a picture that outlasts us all: "So long as men can breathe or eyes can see, so long lives this, and this gives life to thee."',
    ),
    (
        "rhyme for jen's leaving do, she's going to work at the zoo",
        "Here is one for Jen's leaving, Maya: Here's to Jen, now bound for the zoo: go well! / We'll miss you more than any rhyme can tell.",
    ),
    (
        "a little poem for my dad's retirement",
        "Here is one for your dad's retirement, Maya: Now your dad lays the long day's labour down: / The merriest retirement in the town!",
    ),
    (
        "team talk for the under 11s before their first match",
        "Here is the speech for your first match, Maya; give it breath: Screw your courage to the sticking-place, / And your first match shall find us standing, not fled. / Now, my band of brothers: cry havoc, and let slip the dogs of war!",
    ),
    (
        "could you write us a two line verse for the jar label? hollybrook apiary, wildflower honey",
        'For the jar, Maya, I have just the thing. Oberon in the Dream: "I know a bank where the wild thyme blows, where oxlips and the nodding violet grows."',
    ),
    (
        "can you write a chalkboard line for opening day? something that makes people stop walking",
        'For the chalkboard, Maya, I have just the thing. Brutus knew the water: "There is a tide in the affairs of men, which, taken at the flood, leads on to fortune."',
    ),
    (
        "a short poem for the leaving card, she's off to australia",
        "Here is one for the leaving card, Maya: Here's to you, now bound for Australia: go well! / We'll miss you more than any rhyme can tell.",
    ),
    (
        "slogan for our charity bake sale, it's for the hospice",
        "\"Dost thou think, because thou art virtuous, there shall be no more cakes and ale?\", Maya: Sir Toby's, in Twelfth Night; a bake sale's whole philosophy.",
    ),
    (
        "toast for my dad's 60th",
        'For the toast, Maya, I have just the thing: "To Dad on his 60th! Many happy returns. Raise your glasses!"',
    ),
]

CARD_AGAIN = [
    'Here is one for Dave, Jo: "Go well, Dave, and be happy in Canada! Canada has no idea of its good fortune; we know exactly what we are losing."',
    'Other words, then, Sam: "Go well! All the world\'s a stage, and this is only your exit from ours; may your next entrance be a grand one."',
    'Then perhaps this, Raj: "Parting is such sweet sorrow; mostly sorrow, for whom shall we blame now? Go well, and keep in touch."',
    'Other words, then, Jo: "Go well, and come back soon. We\'ll miss you."',
    'With all your names, then, Jo: "Go well, and come back soon. We\'ll miss you. With love from Jo, Sam and Raj."',
]
NAMES_AGAIN = [
    "The Question, Jo, for that is the question, and you will have the answer; or Small Latin and Less Greek, Ben Jonson's jibe at my schooling, for a side that knows more than it lets on.",
    "Wise Enough to Play the Fool, Jo, Viola's praise of Feste, for a team that jokes and still wins; or We Happy Few, King Harry's few before Agincourt, outnumbered and glad of it.",
    "Much Ado About Nothing Right, Sam; or All's Well That Ends Eleventh; or The Comedy of Errors, which is at least honest.",
    "We Happy Three, Raj, King Harry's few before Agincourt, and Jo, Sam and Raj the happiest of them; or The Comedy of Jo, Sam and Raj, after my Comedy of Errors, and there will be errors.",
    "We Happy Three, then, Jo; brevity is the soul of wit.",
]
LEAGUE = [
    "Fair Is Foul, Jo, the witches' word in Macbeth, and the umpire's every match night; or Though She Be But Little, for she is fierce, as Helena says, and so is your goal defence.",
    "Outrageous Fortune, Jo, from the same line of Hamlet's, for the night the double will not come; or Slings and Arrows, Hamlet's outrageous fortune, which every darts player has met at the oche.",
    "Small Latin, Raj, Ben Jonson's jibe at my schooling; or Wise Enough to Play the Fool, Viola's praise of Feste, for a team that jokes and still wins.",
    "The Footpath Way, Jo, from Autolycus's song in The Winter's Tale: jog on, jog on, the footpath way; or A Merry Heart, from the same song: a merry heart goes all the day, your sad tires in a mile-a.",
]


@pytest.mark.parametrize(("text", "expected"), CARDS + NAMES + OTHERS)
def test_what_a_group_asks_for_is_written(text, expected):
    assert reply(text) == expected


# A card for those who cared is thanks, never mourning, however it is put.
@pytest.mark.parametrize(
    "text",
    [
        "write a message for the nurses who looked after my mum",
        "@shakespeare can u help me write something for the nurses on ward 4, they looked after my nan for 3 weeks",
        "card for the midwives who delivered our son",
        "a message for my mum's carers, they've been brilliant all year",
        "message for the paramedics who helped my dad last night",
    ],
)
def test_thanks_to_those_who_cared_is_no_grief(text):
    said = reply(text)
    assert "Thank you" in said
    for word in ("sorrow", "grief", "sympathy", "sorry", "absent child", "rest", "loss"):
        assert word not in said.lower(), said


@pytest.mark.parametrize(
    ("text", "occasion"),
    [
        ("write a message for the nurses who looked after my mum", "thanks"),
        ("card for the midwives who delivered our son", "thanks"),
        ("a thank you card for the midwives who delivered our baby", "thanks"),
        ("card for my teacher, last day of school", "thanks"),
        ("thank you card for the hospice nurses, mum passed away on sunday", "thanks"),
        ("card for the fire crew who got our cat out of the tree", "thanks"),
        ("sympathy card for my neighbour, her husband died last week", "sympathy"),
        ("card for my friend, her dog passed away", "sympathy"),
        ("a card for my aunt, we lost my uncle in may", "sympathy"),
        ("get well soon card for our coach", "getwell"),
        ("card for grandad, he's had his hip done", "getwell"),
        ("card for my boss, she broke her wrist", "getwell"),
        ("leaving card for dave, he's off to canada", "leaving"),
        ("a card for jen, it's her last day friday", "leaving"),
        ("retirement card for mr hughes", "retirement"),
        ("card for our manager tom, he's retiring after 25 years", "retirement"),
        ("new baby card for sam and jo", "baby"),
        ("write a congrats message for priya and tom, they just got engaged", "engaged"),
        ("congrats card for my brother, he passed his driving test", "congrats"),
        ("good luck message for my son, his gcses start tomorrow", "luck"),
        ("new baby card for the smiths pls, thanks in advance", "baby"),
        ("write me an excuse note for missing choir practice", "excuse"),
    ],
)
def test_a_card_is_for_the_occasion_said(text, occasion):
    assert card_asked(text)
    assert card_occasion(text) == occasion


# Look-alikes: a card told of, asked about, or no card at all; words for an occasion that keeps
# his own lines (a birthday card, something to say at a leaving do).
@pytest.mark.parametrize(
    "text",
    [
        "i got a lovely thank you card from the nurses",
        "the nurses who looked after my mum were amazing",
        "is it rude to not send a thank you card?",
        "do you think people still write thank you cards",
        "how do i write a sympathy card",
        "sending a card to the nurses tomorrow",
        "my card got declined again lol",
        "thank you for the message earlier",
        "a message for the group chat about the rota",
        "need something to say at my colleague's leaving do",
        "what should i write on the birthday card",
        "did you get my message about the nurses",
    ],
)
def test_no_card_is_written_for_a_look_alike(text):
    assert not card_asked(text)
    said = reply(text)
    assert not any(body in said for body in BODIES), said


# Thanks said to him are thanks; "a thank you card" is a card.
def test_a_thank_you_card_is_no_thanks_to_him():
    assert "the thanks are mine" not in reply("is it rude to not send a thank you card?")
    assert "kindness given" not in reply("do you think people still write thank you cards")
    assert reply("thank you!").startswith(("Nay, Maya", "'Tis nothing", "You are most welcome"))


def test_a_card_asked_again_is_another_shorter_funnier_then_signed():
    assert (
        room(
            [
                ("jo", "@shakespeare leaving card message for dave, he's off to canada"),
                ("sam", "@shakespeare another one"),
                ("raj", "@shakespeare funnier"),
                ("jo", "@shakespeare shorter"),
                ("jo", "@shakespeare with our names in it: jo, sam, raj"),
            ]
        )
        == CARD_AGAIN
    )


def test_a_card_for_others_after_one_written_is_the_same_card_for_them():
    said = room(
        [
            ("jo", "@shakespeare write a message for the nurses who looked after my mum"),
            ("sam", "aww"),
            ("jo", "@shakespeare and one for the paramedics who brought her in"),
        ]
    )
    assert said[1] == (
        'Write this in the card for the paramedics who brought her in, Jo: "You were kindness itself when we most needed it, and we shall not forget it, nor you. Thank you, from all of us."'
    )


def test_names_asked_again_are_other_funnier_theirs_then_short():
    assert (
        room(
            [
                ("jo", "@shakespeare our quiz team needs a name"),
                ("jo", "@shakespeare another one"),
                ("sam", "@shakespeare funnier"),
                ("raj", "@shakespeare with our names in it: jo, sam, raj"),
                ("jo", "@shakespeare shorter"),
            ]
        )
        == NAMES_AGAIN
    )


def test_names_for_each_group_of_a_room_differ_and_fit_it():
    said = room(
        [
            ("jo", "@shakespeare we need a name for our netball team"),
            ("sam", "lol"),
            ("jo", "@shakespeare and a name for the darts team too"),
            ("raj", "@shakespeare what about our pub quiz team"),
            ("jo", "@shakespeare and the walking group"),
        ]
    )
    assert said == LEAGUE
    names = [name for answer in said for name in _options_given(answer)]
    assert len(names) == 8 and len(set(names)) == 8
    assert "We Happy Few" not in " ".join(said)


def test_no_name_is_given_twice_in_a_room():
    """Before: "We Happy Few" for the quiz team, the darts team, the bike ride and the bake off."""
    asks = [
        "our quiz team needs a name",
        "our darts team needs a name",
        "we need a team name for the charity bike ride to brighton",
        "name for the office bake off team",
        "we need a name for our five a side team",
        "name for our rounders team",
        "and a name for the sunday league side",
    ]
    said = room([("maya", f"@shakespeare {ask}") for ask in asks])
    names = [name for answer in said for name in _options_given(answer)]
    assert len(names) == len(set(names)), names


def test_words_for_the_card_carry_the_occasion_told_before():
    wedding = room(
        [
            ("rohan", "i have to give a speech at my sister's wedding and i'm terrible at this"),
            ("anjali", "keep it under 5 min"),
            (
                "meera",
                "@shakespeare can you write a line for the card from all four of us? warm, not soppy",
            ),
        ]
    )[0]
    assert "Hymen" in wedding and "wrinkles" not in wedding
    leaving = room(
        [
            ("jo", "it's dave's leaving do on friday"),
            ("sam", "we should get him a card"),
            ("jo", "@shakespeare can you write something for the card?"),
        ]
    )[0]
    assert leaving.startswith("For the leaving card, Jo") and "Go well" in leaving


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("with our names in it: jo, sam, raj", ["Jo", "Sam", "Raj"]),
        ("can you put our names in it pls, its jo sam and raj", ["Jo", "Sam", "Raj"]),
        ("our names are priya, dev and ana", ["Priya", "Dev", "Ana"]),
        ("with mo and lu in it", ["Mo", "Lu"]),
        ("what's in a name", []),
        ("put our names down for the quiz", []),
        ("our names are on the list already", []),
        ("with our names in it", []),
    ],
)
def test_names_given_for_the_words(text, names):
    assert names_listed(text) == names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("name for our netball team pls", "netball"),
        ("name for the office bake off team", "bake off"),
        ("any good names for our beekeeping group chat", "beekeeping"),
        ("our choir needs a name", ""),
        ("we need a team name", ""),
    ],
)
def test_what_a_group_does_is_read_in_its_own_words(text, word):
    assert group_word(text) == word


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("and one for the paramedics who brought her in", "the paramedics who brought her in"),
        ("what about our pub quiz team", "our pub quiz team"),
        ("and the walking group", "the walking group"),
        ("same for the darts team pls", "the darts team"),
        ("and the cat is asleep lol", None),
        ("and the team's new kit", None),
        ("what about tomorrow", None),
    ],
)
def test_the_same_asked_for_others(text, whom):
    found = _other_for(text)
    assert (found.group("whom") if found else None) == whom
