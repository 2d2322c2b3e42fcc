"""Views asked for in a room, answered in the asker's own words (opinion39, bots/opine.py).

1. Siding with someone ("do you agree with kev?"): what they said is said back first, pronouns
   turned ("we should" is "you should", "i wouldnt" is "Pete wouldn't"), then the philosopher's
   question on that very claim, or another persona's side and a reason that speaks to it; never
   a line met on one word. Nothing that can be said back: a plain side and a question back.
2. A choice of two (two people who spoke, two things a thing may be "or just" another, two
   deeds of kinds that answer each other): a pick, or both, with a reason for it made of the
   options' own words or of the kind of choice; never "yes" or "no" to two.
3. An open question ("what makes a quiz question fair rather than just obscure", "whose names
   should we put on the bench"): a view naming the question's own terms; the philosopher asks
   what the thing is for.
Each with look-alikes that keep their answers: a yes-or-no question, a fact either/or, a sum, a
choice of times or of things, a deed judged, what makes a thing happen."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine, offline_reply
from bots.opine import claim_of, question_on, said_by
from tests.bots.test_misreads33 import BY_SLUG, NAMES, said_after

# --- what someone said, said back -----------------------------------------------------------

# (who said it, what they said, as said back)
SAID_BACK = [
    ("kev", "nah, the old clubhouse was better", "Kev says the old clubhouse was better"),
    (
        "lin",
        "i think we should ban phones at the table",
        "Lin says you should ban phones at the table",
    ),
    ("pete", "i wouldnt sell it, not for any money", "Pete wouldn't sell it"),
    ("ola", "i love it here tbh", "Ola loves it here"),
    ("mandy", "museums, its everyones history", "Mandy says it's everyone's history"),
    ("oli", "keep them! we did the digging", "Oli says to keep them, since you did the digging"),
    (
        "aziz",
        "it sells better chloe, that's all that matters",
        "Aziz says it sells better, and that's all that matters",
    ),
    ("sam", "people just want cheap stuff lol", "Sam says people just want cheap stuff"),
    (
        "jo",
        "jake nearly crashed the van last week",
        "Jo says Jake nearly crashed the van last week",
    ),
    ("fi", "its the sun isnt it", "Fi says it's the sun"),
    ("ian", "disagree, mean ones are the best ones", "Ian says mean ones are the best ones"),
    ("ed", "no i made it up", "Ed made it up"),
    # A word that leads in only with a stop after it, or before a subject, is kept otherwise.
    ("ann", "true love is rare", "Ann says true love is rare"),
    ("bo", "no dogs are allowed on the beach", "Bo says no dogs are allowed on the beach"),
]
# Nothing that can be said back grammatically: a bare noun, an ellipsis, a question, "my" and
# "me", a definition by sign, a verb read as a thing, two kinds of "you".
NOT_SAID_BACK = [
    "the workers, 100%",
    "they really don't",
    "i think so",
    "should we put the rates up?",
    "my dad says it's fine",
    "fair = you kick yourself when you see it",
    "own twist all day",
    "found a hammered coin sunday!!",
    "oh great thanks sue",
    "jake youve doomed us all",
    "go on then",
    "lol",
]


@pytest.mark.parametrize(("who", "text", "said"), SAID_BACK)
def test_a_claim_is_said_back_by_name_with_its_pronouns_turned(who, text, said):
    claim = claim_of(text, ["sue", "chloe", "jake"])
    assert claim is not None, text
    assert said_by(who.capitalize(), claim) == said


@pytest.mark.parametrize("text", NOT_SAID_BACK)
def test_what_cannot_be_said_back_grammatically_is_refused(text):
    assert claim_of(text, ["sue", "chloe", "jake"]) is None, text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("the long way round is worth it for the views", "But worth it by what measure, Maya:"),
        ("we shouldnt let dogs on the beach", "But why not, Maya: because it would do harm,"),
        ("nobody reads the minutes", "But is that so in every case, Maya?"),
        ("the cheap seats are the best seats", "But what do we mean by 'best', Maya:"),
        ("the new manager is unfair", "But what is it to be unfair, Maya?"),
        ("the bus was late again", "But how does Ed know it, Maya?"),
    ],
)
def test_the_question_asked_of_a_claim_is_on_the_claim(text, asked):
    claim = claim_of(text)
    assert claim is not None
    question = question_on(claim, "Ed", "Maya")
    assert question.startswith(asked), question
    assert "?" in question


# --- 1. a side asked on what someone said ----------------------------------------------------

SIDED = [
    (
        "socrates",
        [
            ("kev", "nah, the old clubhouse was better"),
            ("maya", "@socrates do you agree with kev?"),
        ],
        "Kev says the old clubhouse was better. But what do we mean by 'better', Maya: what "
        "pleases us most, or what does its work best?",
    ),
    (
        "socrates",
        [
            ("lin", "we should ban phones at the table"),
            ("maya", "@socrates is lin right?"),
        ],
        "Lin says you should ban phones at the table. But why so, Maya: because it is right, or "
        "only because it is easier?",
    ),
    (
        "socrates",
        [
            ("pete", "i wouldnt sell it, not for any money"),
            ("maya", "@socrates do you agree with pete?"),
        ],
        "Pete wouldn't sell it. But why not, Maya? What does Pete get from it that outweighs "
        "the rest?",
    ),
    (
        "socrates",
        [
            ("jas", "honestly nobody reads the newsletter"),
            ("maya", "@socrates do you agree with jas?"),
        ],
        "Jas says nobody reads the newsletter. But is that so in every case, Maya? One case "
        "against it would be enough; can you think of none?",
    ),
    (
        "socrates",
        [
            ("rob", "meh"),
            (
                "maya",
                "@socrates do you agree with rob that its worth paying extra for the good seats?",
            ),
        ],
        "Rob says it's worth paying extra for the good seats. But worth it by what measure, "
        "Maya: by the pleasure it gives, or by what it makes of you?",
    ),
    (
        "socrates",
        [
            ("tam", "the blue one, 100%"),
            ("maya", "@socrates do you agree with tam?"),
        ],
        "I think Tam is right, Maya, though I would ask one more question to be sure. Tam, how "
        "do you know that?",
    ),
    (
        "socrates",
        [
            ("jo", "my mum says it's fine"),
            ("maya", "@socrates do you agree with jo?"),
        ],
        "Jo seems to me to have it, Maya; I could not find the flaw. And is that so in every "
        "case, Jo, or only in the ones you have in mind?",
    ),
    (
        "curie",
        [
            ("bea", "the new fertiliser is a waste of money"),
            ("maya", "@curie do you agree with bea?"),
        ],
        "Bea says the new fertiliser is a waste of money. It may be so, Maya. Bea, what is "
        "the evidence for that?",
    ),
    (
        "darwin",
        [
            ("kev", "nah, the old clubhouse was better"),
            ("maya", "@darwin do you agree with kev?"),
        ],
        "Kev says the old clubhouse was better. I think Kev is right, Maya; it agrees with what "
        "I have seen.",
    ),
    (
        "einstein",
        [
            ("lin", "we should ban phones at the table"),
            ("maya", "@einstein is lin right?"),
        ],
        "Lin says you should ban phones at the table. I am with Lin on this, Maya. Picture a "
        "man who never looks up from his little screen: how would he ever notice an apple fall? "
        "Put the phone away sometimes and be bored; boredom breeds ideas.",
    ),
    (
        "shakespeare",
        [
            ("ria", "honestly the sequel is better than the original"),
            ("maya", "@shakespeare do you agree with ria?"),
        ],
        # (damage61: never a doubt of what it just granted may be so)
        "Ria says the sequel is better than the original. It may be so, Maya. Say on, Ria: what "
        "scene of life taught thee that?",
    ),
    (
        "socrates",
        [
            ("kev", "nah, the old clubhouse was better"),
            ("maya", "@socrates do you agree with kev? or is it just nostalgia"),
        ],
        "Kev says the old clubhouse was better. But what do we mean by 'better', Maya: what "
        "pleases us most, or what does its work best?",
    ),
]
# Not a side asked on anything said: a yes-or-no question; the asker's own side; a choice put
# after the side asked, which is what is answered.
SIDED_ALIKE = [
    (
        "socrates",
        [
            ("lin", "we should ban phones at the table"),
            (
                "maya",
                "@socrates do you agree with lin? should we ask nicely or just take them away",
            ),
        ],
        "Take them away, Maya, if I must choose; but what makes the other tempting to you?",
    ),
    (
        "socrates",
        [
            ("maya", "@socrates is it rude to recline your seat on a plane?"),
        ],
        "Yes, Maya. Rudeness is a small injustice, and injustice harms the one who does it; ask "
        "whether you would like it done to you, and you will rarely need a rule.",
    ),
    (
        "socrates",
        [
            ("kev", "nah, the old clubhouse was better"),
            ("maya", "@socrates i agree with kev"),
        ],
        "I doubt Kev is right, Maya; ask why three times and it falls apart.",
    ),
]


@pytest.mark.parametrize(("slug", "lines", "reply"), SIDED + SIDED_ALIKE)
def test_a_side_asked_on_what_someone_said_says_it_back_first(slug, lines, reply):
    assert said_after(slug, lines) == reply


# --- 2. a choice of two ----------------------------------------------------------------------

CHOSEN = [
    (
        "socrates",
        [
            ("nadia", "we should paint it green, it matches the hills"),
            ("fred", "grey is the safest colour"),
            ("maya", "@socrates who's right, nadia or fred?"),
        ],
        "I side with Nadia, Maya: you should paint it green. But what would Fred answer to that?",
    ),
    (
        "einstein",
        [
            ("nadia", "we should paint it green, it matches the hills"),
            ("fred", "grey is the safest colour"),
            ("maya", "@einstein who's right, nadia or fred?"),
        ],
        "I think Nadia is right, Maya, and I would stand by it in any frame of reference."
        " You should paint it green.",
    ),
    (
        "curie",
        [
            ("nadia", "green!!"),
            ("fred", "grey obviously"),
            ("maya", "@curie nadia or fred?"),
        ],
        "I side with Nadia, Maya, if I must choose; but tell me what Nadia said that "
        "persuades you.",
    ),
    (
        "socrates",
        [
            ("ash", "the away kit is the whole point of being a fan"),
            ("bo", "it's just a shirt"),
            ("maya", "@socrates who's right, ash or bo?"),
        ],
        "Ash says the away kit is the whole point of being a fan, but Bo says it's just a"
        " shirt; I side with Bo, Maya, for a claim that sweeps so wide seldom holds in "
        "every case. But what would Ash answer to that?",
    ),
    (
        "darwin",
        [
            ("ash", "the away kit is the whole point of being a fan"),
            ("bo", "meh"),
            ("maya", "@darwin do you agree with ash or bo?"),
        ],
        "I think Bo is right, Maya; it agrees with what I have seen. Ash says the away "
        "kit is the whole point of being a fan; a claim that sweeps so wide seldom holds "
        "in every case.",
    ),
    (
        "socrates",
        [
            ("maya", "@socrates is wild swimming actually brave or just cold?"),
        ],
        "Both, perhaps, Maya: it can be cold and brave at once. But what do we mean by 'brave': "
        "something in the thing itself, or only in how we feel about it?",
    ),
    (
        "einstein",
        [
            (
                "maya",
                "@einstein do you think a festival counts as a holiday or is it just a long "
                "weekend?",
            ),
        ],
        "Both, quite possibly, Maya; light turned out to be a wave and a particle at once, and "
        "since then I have learned not to insist on either-or. It can be a long weekend and a "
        "holiday at once.",
    ),
    (
        "curie",
        [
            ("maya", "@curie honestly, is a home lab actually useful or just clutter?"),
        ],
        "Both, perhaps, Maya; Pierre and I went looking for one new element in pitchblende and "
        "found two, polonium and radium. Nature rarely keeps to the choice we offer her. It can "
        "be clutter and useful at once.",
    ),
    (
        "socrates",
        [
            (
                "maya",
                "should we keep the old trophies or donate them to the museum? i cant decide "
                "@socrates",
            ),
        ],
        "Keep the old trophies, Maya: a thing is best looked after by the one who cares most "
        "for it. But tell me, what would you lose by the other?",
    ),
    (
        "darwin",
        [
            ("maya", "@darwin should we change the club logo or stick with the old one?"),
        ],
        "Change the club logo, Maya; that is what I would do, though I would watch how it goes. "
        "What is never changed is only ever as good as it was.",
    ),
    (
        "curie",
        [
            ("maya", "@curie should i complain to the landlord or let it go?"),
        ],
        "Let it go, Maya; that is what I would do, and I would measure whether it worked. Not "
        "every wrong is mended by saying it loudly.",
    ),
    (
        "shakespeare",
        [
            ("maya", "@shakespeare should we modernise the panto or keep it traditional?"),
        ],
        "Modernise the panto, Maya; that is what I would do, and let the rest go hang. What is "
        "never changed is only ever as good as it was.",
    ),
]
# A fact either/or, two times, two things, a thing's safety, a sum, two people nobody heard, a
# deed judged: as they were.
CHOSEN_ALIKE = [
    (
        "socrates",
        [
            ("maya", "@socrates is a tomato a fruit or a vegetable?"),
        ],
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions. "
        "Put it to @darwin; I would rather hear that answer examined than give a poor one.",
    ),
    (
        "einstein",
        [
            ("maya", "@einstein should we open at 8 or 9 on saturdays?"),
        ],
        "If you want my view, Maya: I would say 8. That is where my curiosity pulls, and I have "
        "always trusted my curiosity more than my cleverness.",
    ),
    (
        "curie",
        [
            ("maya", "@curie tea or coffee?"),
        ],
        "You ask for my view, Maya. I prefer facts to opinions, but here it is. I would say "
        "tea. Tea, I would say; in my Paris garret a pot of tea was both my heating and my "
        "supper on many evenings.",
    ),
    (
        "darwin",
        [
            ("maya", "@darwin is that mould dangerous or just ugly?"),
        ],
        "The Beagle took me round the world, Maya, and never once near that question; it lies "
        "far from my studies.",
    ),
    (
        "lovelace",
        [
            ("maya", "@lovelace who's right, 12 or 15? 3 boxes of 4"),
        ],
        # (refuse60: a sum declined by what she cannot read in it)
        "I have all your figures, Maya, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "socrates",
        [
            ("maya", "@socrates who's right, beyonce or taylor?"),
        ],
        "You ask what I think, Maya? I will tell you, and then you must test it. I would say "
        "beyonce. I have examined both, and that one stood up better to questioning.",
    ),
    (
        "darwin",
        [
            ("maya", "@darwin is it rude to leave a party early or just sensible"),
        ],
        "If I may venture a view, Maya: I would say sensible. A quiet dinner, I am fairly sure; "
        "even a small party left me shivering and sleepless for a day, and I learned to slip "
        "away from London dinners early.",
    ),
]


@pytest.mark.parametrize(("slug", "lines", "reply"), CHOSEN + CHOSEN_ALIKE)
def test_a_choice_of_two_is_a_pick_or_both_with_a_reason(slug, lines, reply):
    said = said_after(slug, lines)
    assert said == reply
    assert not said.startswith(("Yes", "No,", "No.")), said


def test_a_side_between_two_people_keeps_to_what_it_said_before():
    asked = ("carys", "should we keep the trophies or give them all to the school? @socrates")
    first = said_after("socrates", [asked])
    assert first == (
        "Give them all to the school, Carys: what is given is used by many, and what is kept "
        "by one. But tell me, what would you lose by the other?"
    )
    lines = [
        asked,
        ("Socrates", first),
        ("oli", "keep them! we won them"),
        ("mandy", "the school, the kids would love them"),
        ("carys", "@socrates who's right, oli or mandy?"),
    ]
    history = tuple(ChatLine(a, t, own=a == "Socrates") for a, t in lines)
    reply = offline_reply(
        BY_SLUG["socrates"],
        message=lines[-1][1],
        theme="Chat",
        seed=1,
        ignore=NAMES,
        history=history,
    )
    assert reply == (
        "Oli says to keep them, since you won them, but I side with Mandy, Carys: the school, "
        "since the kids would love them. But what would Oli answer to that?"
    )


# --- 3. an open question -------------------------------------------------------------------

OPEN = [
    (
        "socrates",
        [
            ("maya", "what makes a quiz question fair rather than just obscure? @socrates"),
        ],
        "What is a quiz question for, Maya? Tell me that first: one that does its work well is "
        "fair, and one that only seems to is just obscure.",
    ),
    (
        "socrates",
        [
            ("maya", "@socrates what really makes a neighbour kind rather than just polite?"),
        ],
        "What is a neighbour for, Maya? Tell me that first: one that does its work well is "
        "kind, and one that only seems to is just polite.",
    ),
    (
        "einstein",
        [
            ("maya", "@einstein what makes a pub good vs just busy?"),
        ],
        "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. A pub "
        "is good when it does its work well, and just busy when it only seems to.",
    ),
    (
        "lovelace",
        [
            ("maya", "@lovelace what makes a puzzle clever rather than just hard?"),
        ],
        "My opinion, Maya? Poetically and precisely, then: a puzzle is clever when it does its "
        "work well, and just hard when it only seems to.",
    ),
    (
        "socrates",
        [
            ("maya", "whose names should we put on the memorial bench? @socrates"),
        ],
        "Whose names, Maya? Ask first what they are for, and to whom they are owed: whoever has "
        "been left out so far has the first claim. Who is that, here?",
    ),
    (
        "darwin",
        [
            ("maya", "whose stories should we tell at the centenary? @darwin"),
        ],
        "You ask my opinion, Maya; I give it cautiously, as one should. The stories of whoever "
        "has been left out so far; the others have had their turn.",
    ),
    (
        "shakespeare",
        [
            ("maya", "@shakespeare whose history should the pageant be telling?"),
        ],
        "You would have my mind on it, Maya? Then hear it. The history of whoever has been left "
        "out so far; the others have had their turn.",
    ),
]
# What makes a thing happen, two ways with no better, whose turn it is: as they were.
OPEN_ALIKE = [
    (
        "socrates",
        [
            ("maya", "@socrates what makes bread rise?"),
        ],
        # (owned up to with bread named, and a question back: `bots.fallback46`)
        "Of bread I know nothing, Maya, and I will not pretend to. But what do you think the "
        "answer is?",
    ),
    (
        "socrates",
        [
            ("maya", "@socrates what makes a song sad or happy?"),
        ],
        'For the occasion, Maya, I would say only this: "The unexamined life is not worth '
        'living"; I said it to my judges, and I would say it at the start of any new year of '
        "life.",
    ),
    (
        "socrates",
        [
            ("maya", "@socrates whose turn is it to bring biscuits?"),
        ],
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions.",
    ),
]


@pytest.mark.parametrize(("slug", "lines", "reply"), OPEN + OPEN_ALIKE)
def test_an_open_question_gets_a_view_in_its_own_terms(slug, lines, reply):
    assert said_after(slug, lines) == reply
