"""Session 23, William Shakespeare (branch bard23): three classes of failure in the dev rooms.

1. Questions on his own plays got grief or nonsense ("was lady macbeth actually the villain or
   was it macbeth, i need an argument for my essay" was "I grieve to hear it, Maya; but the night
   is long that never finds the day"): now his own arguable answer, naming the scene that backs
   it (`#work` lines, bots/know.py `work_known`).
2. Every naming request got the same stock names ("The Rude Mechanicals ... or Sound and Fury,
   for a band" for a secret-santa group and a travel chat alike; "Take a name from my plays:
   Puck ..." for a drink): now names fit to the kind of thing and the words of the request
   (`#title` lines, bots/naming.py), short ones when short ones are asked for, and others when
   the engine's follow-up routing asks again (`bots.naming.name_again`).
3. Speeches, mnemonics, rallying cries, slogans and toasts that must mention named things were
   missed ("garrick needs a dramatic speech before the final boss" was "A plague upon such
   small mischiefs"): now made (`#made speech`, `#made toast`, bots/mnemonic.py).

Exact replies, seed 1, from people in other kinds of groups; and messages with "name",
"speech", "play", "act", "villain" that ask none of these of him.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bots.asks import request_kind
from bots.material import index_of
from bots.mnemonic import items_of, mnemonic
from bots.naming import name_asked, short_asked, titles
from bots.seeded import seeded
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

ROOT = Path(__file__).resolve().parents[2]
SHAKESPEARE = next(p for p in seeded() if p["slug"] == "shakespeare")
INDEX = index_of(VOICES["shakespeare"].material)


def ask(text: str, history: tuple = (), author: str = "maya") -> str:
    return say("shakespeare", f"@shakespeare {text}", seed=1, history=history, author=author)


def tagged(tag: str) -> list[str]:
    return [line for line in SHAKESPEARE["material"] if line.startswith(f"#{tag} ")]


# -- 1. his own works --------------------------------------------------------------------------


def test_he_has_fifty_answers_on_his_own_works():
    assert len(tagged("work")) >= 50


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "ok was lady macbeth actually the villain or was it macbeth, i need an argument for "
            "my essay",
            "Macbeth, Maya, and argue it from the text: Lady Macbeth goads him to the first "
            "murder, but he kills Banquo and Macduff's children without her, and she dies of a "
            "guilt he never feels. She lights the fire; he keeps it burning.",
        ),
        (
            "we're doing romeo and juliet for the school play, whose fault is it really that "
            "they die?",
            "The feud first, Maya: the fathers' hate makes a secret marriage necessary. Then "
            "haste: Romeo kills Tybalt in a rage, the Friar's plan is too clever by half, and a "
            "letter goes astray. Nobody is innocent but the lovers.",
        ),
        (
            "book club is split down the middle. is shylock a villain or a victim?",
            "Both, Maya, and argue both: he demands a pound of flesh, but he is spat on by "
            'Antonio, robbed and forced to convert. "Hath not a Jew eyes?" (Act 3 Scene 1) is '
            "the play refusing to let him be only a villain.",
        ),
        (
            "pub quiz question got us arguing, what does wherefore actually mean",
            '"Wherefore" means why, not where, Maya: Juliet asks why he must be a Montague, the '
            'one name she may not love. "What\'s in a name?" is her answer, and the feud is the '
            "reply.",
        ),
        (
            "quick q for revision, what's the point of the witches in macbeth",
            "The witches only tell Macbeth what he already wants, Maya: he is thinking of "
            'murder before his wife says a word, "why do I yield to that suggestion" (Act 1 '
            "Scene 3). Fate offers; he chooses.",
        ),
        (
            "night shift debate: was lady macbeth mad or just guilty",
            "In the sleepwalking scene (Act 5 Scene 1), Maya, Lady Macbeth scrubs at blood "
            'nobody else can see: "Out, damned spot!" The woman who said "a little water clears '
            'us of this deed" finds it never does.',
        ),
        (
            "why does iago do it tho, like what's his actual motive",
            "Iago gives too many reasons to believe any of them, Maya: passed over for Cassius, "
            'a rumour about his wife. I let him refuse to explain himself at the last: "What '
            'you know, you know."',
        ),
        (
            "we're singing a setting of sonnet 18 at the spring concert, what's it actually about?",
            "Sonnet 18 says you are lovelier than summer and will outlast it, Maya: summer "
            'fades, but "so long lives this, and this gives life to thee"; the poem itself '
            "keeps you alive.",
        ),
        (
            "settle it for the cast: is hamlet actually mad or is he faking",
            'He puts on "an antic disposition" on purpose (Act 1 Scene 5), Maya; but grief, a '
            "ghost and a murdered father push the act close to the truth. Argue that the line "
            "between them is the play's point.",
        ),
        (
            "did u really write all of them yourself or was it a team",
            "I did, Maya, with partners early and late as every playwright had: Fletcher on "
            "Henry VIII, Middleton's hand in Macbeth. The Earl of Oxford died in 1604, before "
            "The Tempest; ask him how he managed that.",
        ),
        (
            "which play should i read first, i've never read any",
            "Start with A Midsummer Night's Dream or Twelfth Night, Maya: short, funny, and the "
            "verse is easy. Then Macbeth, my shortest tragedy; save Hamlet and Lear until you "
            "have an ear for it.",
        ),
        (
            "was malvolio treated unfairly? our drama group can't agree",
            "Malvolio deserves the joke but not the dark room, Maya: a letter trick is fair "
            "game for a man who hates fun, but the prank goes too far, and his \"I'll be "
            'revenged on the whole pack of you" sours the ending.',
        ),
        (
            "is caliban a monster or a victim, asking for my a level essay",
            "Caliban has the best argument, Maya: \"This island's mine, by Sycorax my mother, "
            "which thou tak'st from me\" (Act 1 Scene 2). A monster to them, yet he speaks the "
            'loveliest lines: "the isle is full of noises".',
        ),
        (
            "why does hamlet take so long to get revenge",
            "Hamlet delays because he must be sure, Maya: the Ghost might be a devil, so he "
            "stages The Mousetrap for proof (Act 3 Scene 2), then spares Claudius at prayer "
            "rather than send him to heaven.",
        ),
    ],
)
def test_a_question_on_his_own_works_gets_his_own_arguable_answer(text, reply):
    assert ask(text) == reply


@pytest.mark.parametrize(
    "text",
    [
        "the villain in our dnd campaign is a lich, any tips for playing him",
        "who's coming to the play on friday?",
        "act 2 rehearsal is moved to thursday btw",
        "why is there mould at the bottom of the shower",
        "is puck a good name for a cat?",
        "we're doing a romeo and juliet themed party, any ideas?",
    ],
)
def test_a_play_an_act_or_a_villain_of_ones_own_gets_no_answer_on_his_works(text):
    reply = ask(text)
    works = [line.split(":", 1)[1].strip().replace("{name}", "Maya") for line in tagged("work")]
    assert not any(work in reply for work in works), reply


# -- 2. names fit to the thing -----------------------------------------------------------------


def test_he_has_names_for_many_kinds_of_things():
    names = {t.name for t in titles(INDEX.tagged["title"])}
    assert len(names) >= 70


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "our tavern needs a name, it's in a swampy fishing village and the landlord is a "
            "retired pirate with one eye",
            "The Thieves of Mercy, Maya, Hamlet's name for the pirates who took him; or The "
            "Sea-Nymph, after Ariel's sea-nymphs, who ring the drowned man's knell.",
        ),
        (
            "we need a name for the ward secret santa group, festive but dark humour is fine",
            "The Witching Time, Maya, Hamlet's midnight, for a party that only starts after the "
            "night shift; or A Sad Tale's Best for Winter, as young Mamillius says in The "
            "Winter's Tale, before a tale of sprites and goblins.",
        ),
        (
            "we need a name for the new seasonal drink, its chai with maple and a bit of "
            "orange. go",
            "Civil as an Orange, Maya, Beatrice's jest on Seville in Much Ado; or Orange-Tawny, "
            "the colour of the blackbird's bill in Bottom's song.",
        ),
        (
            "we need a name for the little honesty box stall at the gate. something a bit "
            "charming, not too twee",
            "No Legacy So Rich, Maya, from All's Well: no legacy is so rich as honesty; or "
            "Honest as the Skin, Dogberry's promise in Much Ado, honest as the skin between his "
            "brows.",
        ),
        (
            "give us a name for the group chat, something better than 'interrail 2k26'",
            "Travellers Must Be Content, Maya, Touchstone's shrug in the Forest of Arden, for "
            "every missed train; or The Comedy of Errors, for a journey where twins, trunks and "
            "travellers all go astray.",
        ),
        (
            "name our bathroom mould please. something dignified",
            "Banquo, Maya, who keeps coming back however often he is seen off; or Damned Spot, "
            "from Lady Macbeth's 'out, damned spot', and she never got hers out either.",
        ),
        (
            "our choir needs a name for the christmas concert posters",
            "Concord of Sweet Sounds, Maya, Lorenzo's praise of music in The Merchant of "
            "Venice; or The Food of Love, from Orsino's first line: if music be the food of "
            "love, play on.",
        ),
        (
            "any ideas for a name for the wedding group chat",
            "The Course of True Love, Maya, which never did run smooth, and won't in this chat "
            "either; or Words, Words, Words, Hamlet's answer when asked what he reads, and a "
            "fair account of any group chat.",
        ),
        (
            "what should we call our gaming clan",
            "Cry Havoc, Maya, Mark Antony's cry, to let slip the dogs of war; or The Dogs of "
            "War, from the same speech of Antony's in Julius Caesar.",
        ),
        (
            "need a name for our pub quiz team, two words max",
            "In a word or two, Maya: The Question, or Small Latin.",
        ),
        (
            "we need a name for the school play's theatre group",
            "The Rude Mechanicals, Maya, after the players in the Dream, who were never better "
            "than keen; or Poor Players, from Macbeth: a poor player, that struts and frets his "
            "hour upon the stage.",
        ),
        (
            "we need a name for our knitting circle",
            "Sleeve of Care, Maya, from the same line of Macbeth's, for a circle that mends "
            "more than wool; or The Ravelled Sleeve, which sleep knits up, says Macbeth.",
        ),
        (
            "can you come up with a name for our charity fundraiser night",
            "Twice Blest, Maya, Portia's word for a gift, that blesses him that gives and him "
            "that takes; or Our Revels, Prospero's word for a show that ends too soon.",
        ),
        (
            "need a name for our new iced latte with strawberry for the summer menu",
            "Summer's Lease, Maya, for a summer that 'hath all too short a date'; or Wondrous "
            "Strange, Theseus's 'hot ice and wondrous strange snow', for a mixture that should "
            "not work and does.",
        ),
        (
            "the allotment neighbours group chat needs a better name pls",
            # (s25: his name for an allotment chat; was "...; or This Blessed Plot")
            "An Unweeded Garden, Maya, Hamlet's word for the world, and for every plot by "
            "August; or Early Stirrers, from Henry the Fifth: our bad neighbour makes us early "
            "stirrers.",
        ),
        (
            "we need a team name for our parkrun shirts, something funny about being slow",
            "Creeping Like Snail, Maya, the schoolboy's pace in the seven ages of man; or "
            "Wisely and Slow, Friar Laurence's advice, for they stumble that run fast.",
        ),
    ],
)
def test_names_are_fit_to_what_is_named(text, reply):
    assert ask(text) == reply


@pytest.mark.parametrize(
    "text",
    [
        "we need a name for the booking at the restaurant",
        "what's the name of the play we're seeing on friday",
        "can you put my name on the rota for sunday",
        "name badges are in the box by the door",
        "i forgot the name of that pub",
        "my name's tom btw, new to the choir",
    ],
)
def test_a_name_to_give_or_remember_gets_none_of_his_names(text):
    reply = ask(text)
    assert not any(t.name in reply for t in titles(INDEX.tagged["title"])), reply
    assert not name_asked(text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("something shorter tho, two words like the salty dog", True),
        ("ok but shorter, it has to fit on a plank of wood", True),
        ("it needs to fit on the chalkboard", True),
        ("another one pls", False),
        ("we need a team name for our parkrun shirts", False),
    ],
)
def test_short_names_asked_for(text, short):
    assert short_asked(text) is short


TAVERN = (
    "our tavern needs a name, it's in a swampy fishing village and the landlord is a retired "
    "pirate with one eye"
)


def test_shorter_names_after_his_names_for_a_tavern():
    """Before: "Brevity is the soul of wit, Priya, says Polonius ...; I stand rebuked."."""
    history = (
        Line("priya", f"@shakespeare {TAVERN}"),
        Line("William Shakespeare", ask(TAVERN, author="priya"), own=True),
        Line("sam", "the soggy eyepatch"),
        Line("nadia", "sam no"),
    )
    assert ask('something shorter tho, two words like "the salty dog"', history, "priya") == (
        "Short enough for a sign, Priya: The Vile Jelly, or The Boar's Head."
    )


def test_shorter_names_for_a_stall_four_messages_on():
    """Before: "Take a name from my plays, Maureen: Puck ... or Titania ..."."""
    stall = (
        "we need a name for the little honesty box stall at the gate. something a bit "
        "charming, not too twee"
    )
    history = (
        Line("maureen", f"@shakespeare {stall}"),
        Line("William Shakespeare", ask(stall, author="maureen"), own=True),
        Line("tom", '"veg out"'),
        Line("dev", '"the turnip prize"'),
        Line("kasia", "DEV 😭"),
    )
    assert ask("ok but shorter, it has to fit on a plank of wood", history, "maureen") == (
        "In a word or two, Maureen: Plain Dealing, or Wild Thyme."
    )


def test_another_band_name_is_another():
    band = "we need a band name that isnt 'Tuesday Strummers' bc we dont even meet on tuesdays"
    first = ask(band, author="tom")
    assert first == (
        "Sweet Division, Tom, Juliet's word for the lark's quick notes, a musician's word to "
        "this day; or The Food of Love, from Orsino's first line: if music be the food of "
        "love, play on."
    )
    history = (Line("tom", f"@shakespeare {band}"), Line("William Shakespeare", first, own=True))
    assert ask("another one pls", history, "tom") == (
        "Sound and Fury, Tom, for a band that signifies nothing in particular, loudly; or The "
        "Rude Mechanicals, after the players in the Dream, who were never better than keen."
    )


# -- 3. speeches, toasts, mnemonics, slogans ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "garrick needs a dramatic speech before the final boss, 3 lines max, he's a "
            "cowardly dwarf who found his courage",
            "For the final boss, Maya, say it standing, and loud: The better part of valour is "
            "discretion, and I have been discreet for years; / But not today, the final boss! / "
            "Well: mostly not today. Charge!",
        ),
        (
            "two line toast for the end of season bbq pls, has to mention dev's giant marrow",
            "Of dev's giant marrow I never wrote a word, Maya, so here is one fresh from the "
            "quill: Here's to dev's giant marrow, and here's to all of you: / With mirth and "
            "laughter, may the next be merry too!",
        ),
        (
            "give me a mnemonic for the reactivity series: potassium sodium lithium calcium "
            "magnesium aluminium carbon zinc iron tin lead hydrogen copper silver gold",
            "A cast of my players to carry it, Maya, one for each, in order: Puck Scolds Lear; "
            "Cleopatra Mocks Ariel; Caliban Zaps Iago; Titania Loves Hamlet; Cordelia Slaps "
            "Gertrude.",
        ),
        (
            "a pep talk for the choir before the concert pls",
            "For the concert, Maya, say it standing, and loud: Screw your courage to the "
            "sticking-place, / And the concert shall find us standing, not fled. / Now, "
            "my band of brothers: cry havoc, and let slip the dogs of war!",
        ),
        (
            "can you give me a rousing speech for the lads before the cup final on sunday",
            "For the cup final, Maya, say it standing, and loud: Screw your courage to the "
            "sticking-place, / And the cup final shall find us standing, not fled. / Now, "
            "my band of brothers: cry havoc, and let slip the dogs of war!",
        ),
        (
            "our paladin needs a battle speech before the dragon fight, she's terrified of dragons",
            "For the dragon fight, Maya, say it standing, and loud: The better part of valour "
            "is discretion, and I have been discreet for years; / But not today, the dragon "
            "fight! / Well: mostly not today. Charge!",
        ),
        (
            "mnemonic for the planets pls",
            "A cast of my players to carry it, Maya, one for each, in order: Macbeth Vexes "
            "Edmund; Malvolio Jilts Shylock; Ursula Nags.",
        ),
        (
            "can u make a mnemonic for the order of operations: brackets, orders, division, "
            "multiplication, addition, subtraction",
            "A cast of my players to carry it, Maya, one for each, in order: Bottom Outwits "
            "Desdemona; Macbeth Adores Shylock.",
        ),
        (
            "need a mnemonic for the cranial nerves for my exam: olfactory optic oculomotor "
            "trochlear trigeminal abducens facial vestibulocochlear glossopharyngeal vagus "
            "accessory hypoglossal",
            "A cast of my players to carry it, Maya, one for each, in order: Othello Outwits "
            "Oberon; Titania Teases Ariel; Falstaff Vexes Gertrude; Viola Adores Hamlet.",
        ),
        (
            "a toast for the allotment dinner that mentions the leeks and the polytunnel",
            "Of the leeks and the polytunnel I never wrote a word, Maya, so here is one fresh "
            "from the quill: Fill up, fill up, and drink before it's past: / To the leeks and "
            "the polytunnel, the best of all, and not the last!",
        ),
        (
            "can you do a slogan for the bake sale, has to mention brownies and the new hall",
            "Of brownies and the new hall I never wrote a word, Maya, so here is one fresh from "
            "the quill: Roll up, roll up, come one, come all, come near: / Brownies and the new "
            "hall, and the best of days, since you are here!",
        ),
        (
            "we need a rallying cry for the pub quiz final tonight",
            "Of the pub quiz final I never wrote a word, Maya, so here is one fresh from the "
            "quill: Cry 'God for the pub quiz final!' and bring it home: / Not one of us shall "
            "finish it alone!",
        ),
        (
            "three line toast for our quiz team's win, must mention the tiebreaker",
            "Of the tiebreaker I never wrote a word, Maya, so here is one fresh from the quill: "
            "Raise high your cups, and let the welkin ring / For the tiebreaker, and every good "
            "the year did bring!",
        ),
        (
            "also a 4 line toast for mavis's 80th, she's our oldest member and she will cry at "
            "anything",
            'For the toast, Maya, take this from my own stock: "To Mavis on her 80th! Many happy '
            'returns. Our oldest member, and we love her for it. Raise your glasses!"',
        ),
    ],
)
def test_speeches_toasts_mnemonics_and_slogans_are_made(text, reply):
    assert ask(text) == reply


@pytest.mark.parametrize(
    "text",
    [
        "his speech at the wedding was so long lol",
        "our teacher's mnemonic for the planets is rubbish",
        "in act 3 the villain gives a big speech and i always forget it",
        "the best man's speech is on saturday, any tips for nerves?",
        "what's a mnemonic anyway",
    ],
)
def test_a_speech_or_a_mnemonic_told_of_is_not_made(text):
    reply = ask(text)
    made = tagged("made") + tagged("mnemonic") + tagged("speaking")
    openers = [re.split(r"\{\w+\}", line.split(" ", 1)[1])[0] for line in made]
    assert not any(opener and opener in reply for opener in openers), reply
    assert request_kind(text) not in ("mnemonic",)


def test_a_mnemonic_carries_every_initial_in_order():
    items = items_of("mnemonic for the colours of the rainbow please")
    assert items == ["red", "orange", "yellow", "green", "blue", "indigo", "violet"]
    made = mnemonic(items)
    assert made == "Romeo Outwits Yorick; Gertrude Bites Iago; Viola."
    assert [w[0] for w in re.findall(r"[A-Z][\w-]*", made)] == [i[0].upper() for i in items]


def test_another_speech_after_funnier_is_another_of_a_cowards():
    first_text = (
        "garrick needs a dramatic speech before the final boss, 3 lines max, he's a cowardly "
        "dwarf who found his courage"
    )
    history = (
        Line("ben", f"@shakespeare {first_text}"),
        Line("William Shakespeare", ask(first_text, author="ben"), own=True),
        Line("priya", "garrick found his courage 🥹"),
    )
    assert ask("ok but funnier, he's still a bit of a coward deep down", history, "ben") == (
        "Then perhaps this, Ben: I have been a coward all my days, and lived them long; / But let "
        "the final boss look on me now, for fear has had its turn. / Once more unto the breach: "
        "and if I fall, I fall facing it!"
    )


def test_another_mnemonic_casts_other_players():
    first_text = "give me a mnemonic for the planets"
    history = (
        Line("tyler", f"@shakespeare {first_text}"),
        Line("William Shakespeare", ask(first_text, author="tyler"), own=True),
    )
    assert ask("another one pls", history, "tyler") == (
        "Then perhaps this, Tyler: Malvolio Visits Emilia; Mercutio Judges Sebastian; Ursula "
        "Needles."
    )
