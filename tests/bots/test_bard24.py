# ruff: noqa: E501
"""Session 24 (bard24): Shakespeare asked for words gets what was asked.

Before, a request with no verb ("short toast, sweet, mention lisbon", "slogan for our jersey?",
"quote for after a breakup") fell through to "Say on, Maya; how fell that out?"; a slogan for a
t-shirt got a line for any occasion; "now ruder but not too rude" or "one that sounds like an
old family motto" after a slogan were read as chat; "did you invent the word swagger", "is it who
or whom" got a stock line on words. Now: the request is read as asked (`_bare_asked` in
bots/engine.py), a slogan is a motto (`#motto` lines for hills, choirs, wards, families, clans),
a follow-up steers the next motto (`_motto_for`), things to "mention" are named in a made toast,
and his phrases and word questions are answered (`#work`, `#know`), quotes checked against the
plays. Negatives: the same words meaning something else get what they got before.
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

NAME = VOICES["shakespeare"].name


def reply(text: str, history: tuple[tuple[str, str], ...] = ()) -> str:
    said = tuple(Line(NAME if who == "W" else who, line, own=who == "W") for who, line in history)
    return say("shakespeare", text, seed=0, history=said, author="maya")


# Toasts and card words asked with no verb, with things to mention named in them.
MADE = [
    (
        (),
        "short toast, sweet, mention lisbon",
        "I will try my quill on lisbon, Maya: Fill up, fill up, and drink before it's past: / To lisbon, the best of all, and not the last!",
    ),
    (
        (),
        "toast for the choir xmas do pls, mention the altos",
        "I will try my quill on the altos, Maya: Raise high your cups, and let the welkin ring / For the altos, and every good the year did bring!",
    ),
    (
        (),
        "a two line toast for the work christmas party, mention the printer",
        "I will try my quill on the printer, Maya: Raise high your cups, and let the welkin ring / For the printer, and every good the year did bring!",
    ),
    (
        (),
        "quick toast for the allotment society agm",
        'For the toast, Maya, I have just the thing: "To the allotment society! Long may it run. Raise your glasses!"',
    ),
    (
        (),
        "toast for nan's 90th, short and sweet",
        'For the toast, Maya, I have just the thing. Gratiano\'s toast in The Merchant of Venice: "With mirth and laughter let old wrinkles come."',
    ),
    (
        (),
        "wedding card message, something shakespeare",
        'For the wedding card, Maya, I have just the thing. Hymen blesses four marriages at once in As You Like It: "Then is there mirth in heaven, when earthly things made even atone together."',
    ),
    (
        (),
        "something for gran's 80th birthday card",
        'Here is one for Gran, Maya: "Happy 80th birthday, Gran! Wishing you a wonderful day."',
    ),
    (
        (),
        "verse for a new baby card pls",
        'For the card, Maya, I have just the thing. A couplet of my own for a newborn: "Welcome, small player, to this merry stage: the house is full, and thou the star of the age."',
    ),
    (
        (),
        "retirement card message for our caretaker",
        # (s25: a card written for those it is for, bots/cards.py, not a quotation for anyone.)
        'Here is one for your caretaker, Maya: "Happy retirement! Now lay the long day\'s labour on the shelf; the years ahead belong to thee thyself."',
    ),
    (
        (),
        "poem for the leaving card, she's off to australia",
        # (s25: a poem made for her, where she goes named, bots/cards.py `farewell_verse`)
        "Here is one for the leaving card, Maya: Here's to you, now bound for Australia: go well! / We'll miss you more than any rhyme can tell.",
    ),
]

# Slogans for a shirt, a hoodie, a family chat: a motto, on what the group is.
MOTTOS = [
    (
        (),
        "we need a slogan for the club t-shirt, something about suffering on hills but classy",
        '"Uphill we suffer, and suffer it like gentlefolk", Maya: a motto with a ruff on, for a club that climbs in style.',
    ),
    (
        (),
        "slogan for our jersey?",
        "Take Helena's words from A Midsummer Night's Dream, Maya: \"Though she be but little, she is fierce.\"",
    ),
    (
        (),
        "slogan for the choir hoodies",
        '"If music be the food of love, sing on", Maya: Orsino\'s first line in Twelfth Night, with one word changed for a choir.',
    ),
    (
        (),
        "team shirt slogan, something about mud and hills",
        '"Wisely and slow; they stumble that run fast", Maya: Friar Laurence\'s advice in Romeo and Juliet, and the kindest motto a running club ever had.',
    ),
    (
        (),
        "a slogan for the hen do t-shirts lol",
        "\"Let's have one other gaudy night\", Maya: Antony's, in Antony and Cleopatra; right for the shirts, and for the morning after.",
    ),
    (
        (),
        "motto for the night shift, we're nurses on a ward",
        '"The labour we delight in physics pain", Maya: Macbeth\'s, and the only cheerful thing he says; put it above the office kettle.',
    ),
    (
        (),
        "a motto for our family whatsapp group",
        'Non sanz droict, Maya: "not without right", the motto on my own coat of arms. A family may borrow the air of it: "Not without snacks".',
    ),
    (
        (),
        "catchphrase for our gaming clan",
        '"Once more unto the breach, dear friends", Maya: Henry the Fifth\'s cry, for any side that must go again.',
    ),
]

# Follow-ups that change the words: ruder, cheekier, classier, like a family motto.
AGAIN = [
    (
        (
            (
                "maya",
                "we need a slogan for the club t-shirt, something about suffering on hills but classy",
            ),
            (
                "W",
                '"Uphill we suffer, and suffer it like gentlefolk", Maya: a motto with a ruff on, for a club that climbs in style.',
            ),
        ),
        "now ruder but not too rude",
        '"Do you bite your thumb at us, sir?", Maya: the insult that starts the brawl in Romeo and Juliet; rude in my day, and safe on a shirt in yours.',
    ),
    (
        (
            ("maya", "slogan for the choir hoodies"),
            (
                "W",
                '"If music be the food of love, sing on", Maya: Orsino\'s first line in Twelfth Night, with one word changed for a choir.',
            ),
        ),
        "cheekier pls",
        '"Do you bite your thumb at us, sir?", Maya: the insult that starts the brawl in Romeo and Juliet; rude in my day, and safe on a shirt in yours.',
    ),
    (
        (
            (
                "maya",
                "we need a slogan for the club t-shirt, something about suffering on hills but classy",
            ),
            (
                "W",
                '"Uphill we suffer, and suffer it like gentlefolk", Maya: a motto with a ruff on, for a club that climbs in style.',
            ),
        ),
        "one that sounds like an old family motto",
        'Non sanz droict, Maya: "not without right", the motto on my own coat of arms. A family may borrow the air of it: "Not without snacks".',
    ),
    (
        (
            ("maya", "a motto for our family whatsapp group"),
            (
                "W",
                'Non sanz droict, Maya: "not without right", the motto on my own coat of arms. A family may borrow the air of it: "Not without snacks".',
            ),
        ),
        "another one",
        '"Loyal unto the last biscuit", Maya: it sounds carved in stone over a great hall, and a family chat will live up to it.',
    ),
    (
        (
            ("maya", "insult my brother he never replies"),
            (
                "W",
                'Say this to your brother, Maya, with a wink: Beatrice in Much Ado About Nothing: "I wonder that you will still be talking, Signior Benedick: nobody marks you."',
            ),
        ),
        "ruder",
        'Other words, then, Maya: Hal to Falstaff in Henry the Fourth: "thou clay-brained guts, thou knotty-pated fool".',
    ),
    (
        (
            ("maya", "insult my brother he never replies"),
            (
                "W",
                'Say this to your brother, Maya, with a wink: Beatrice in Much Ado About Nothing: "I wonder that you will still be talking, Signior Benedick: nobody marks you."',
            ),
        ),
        "even meaner lol",
        'Other words, then, Maya: Hal to Falstaff in Henry the Fourth: "thou clay-brained guts, thou knotty-pated fool".',
    ),
    (
        (
            ("maya", "slogan for our jersey?"),
            (
                "W",
                "Take Helena's words from A Midsummer Night's Dream, Maya: \"Though she be but little, she is fierce.\"",
            ),
        ),
        "classier",
        '"Uphill we suffer, and suffer it like gentlefolk", Maya: a motto with a ruff on, for a club that climbs in style.',
    ),
    (
        (
            ("maya", "a slogan for the hen do t-shirts lol"),
            (
                "W",
                "\"Let's have one other gaudy night\", Maya: Antony's, in Antony and Cleopatra; right for the shirts, and for the morning after.",
            ),
        ),
        "ruder",
        '"Do you bite your thumb at us, sir?", Maya: the insult that starts the brawl in Romeo and Juliet; rude in my day, and safe on a shirt in yours.',
    ),
]

# A quote for a time of life: an exam, a loss, a win, a move, a breakup.
QUOTES = [
    (
        (),
        "quote for my sisters exam tomorrow",
        'For the occasion, Maya, I have just the thing. King Harry on the morning of Agincourt: "All things are ready, if our minds be so."',
    ),
    (
        (),
        "quote for the lads after we got relegated",
        'For the occasion, Maya, I have just the thing. Queen Margaret in Henry the Sixth: "Wise men ne\'er sit and wail their loss, but cheerly seek how to redress their harms."',
    ),
    (
        (),
        "quote for moving house",
        'For moving house, Maya, take this from my own stock. Miranda in The Tempest, seeing the world afresh: "O brave new world, that has such people in\'t!" Say it as the boxes come in.',
    ),
    (
        (),
        "quote for after a breakup",
        'For a breakup, Maya, take this from my own stock. Lysander in the Dream, and every lover since: "The course of true love never did run smooth."',
    ),
    (
        (),
        "a quote for when we lost the final",
        'For the occasion, Maya, I have just the thing. Queen Margaret in Henry the Sixth: "Wise men ne\'er sit and wail their loss, but cheerly seek how to redress their harms."',
    ),
    (
        (),
        "quote for when we won the league",
        'For the occasion, Maya, I have just the thing. Richard the Third opens with it: "Now are our brows bound with victorious wreaths." Said of a war won, and fit for a cup.',
    ),
    (
        (),
        "my sister got dumped, any quote to cheer her up",
        'For the occasion, Maya, I have just the thing. Rosalind in As You Like It, to cheer the lovesick Orlando: "Men have died from time to time, and worms have eaten them, but not for love."',
    ),
]

# His phrases: whether he coined them and what they mean (two phrasings each).
PHRASES = [
    (
        (),
        "did you invent the word swagger",
        'Swagger is first found in my Dream, Maya: Puck asks "What hempen home-spuns have we swaggering here?" Whether I made it or caught it in a tavern, nobody wrote it down before me.',
    ),
    (
        (),
        "who invented the word swagger",
        'Swagger is first found in my Dream, Maya: Puck asks "What hempen home-spuns have we swaggering here?" Whether I made it or caught it in a tavern, nobody wrote it down before me.',
    ),
    (
        (),
        "what does wild goose chase mean",
        "A wild-goose chase was a horse race, Maya, each rider following the leader like geese in flight; Mercutio first used it of a chase of wits in Romeo and Juliet. Now it is any hopeless errand.",
    ),
    (
        (),
        "is wild goose chase one of yours",
        "A wild-goose chase was a horse race, Maya, each rider following the leader like geese in flight; Mercutio first used it of a chase of wits in Romeo and Juliet. Now it is any hopeless errand.",
    ),
    (
        (),
        "did you really coin break the ice",
        'Not mine, Maya, though I used it: Tranio says "if you break the ice and do this feat" in The Taming of the Shrew. It was in English before me, of cutting a path for ships; it means to end a stiff silence.',
    ),
    (
        (),
        "where does break the ice come from",
        'Not mine, Maya, though I used it: Tranio says "if you break the ice and do this feat" in The Taming of the Shrew. It was in English before me, of cutting a path for ships; it means to end a stiff silence.',
    ),
    (
        (),
        "is in a pickle from the tempest? what does it mean",
        'I put it in The Tempest, Maya: "How cam\'st thou in this pickle?" Alonso asks the drunken Trinculo. Pickle is the brine, and to be in it a sorry soaking; whether I said it first I cannot swear.',
    ),
    (
        (),
        "did shakespeare invent in a pickle",
        'I put it in The Tempest, Maya: "How cam\'st thou in this pickle?" Alonso asks the drunken Trinculo. Pickle is the brine, and to be in it a sorry soaking; whether I said it first I cannot swear.',
    ),
    (
        (),
        "wear your heart on your sleeve, where does that come from",
        'Iago\'s boast in Othello, Maya: "I will wear my heart upon my sleeve for daws to peck at." He means he would never show his true feelings so openly; the phrase is first found there.',
    ),
    (
        (),
        "what does heart on my sleeve mean",
        'Iago\'s boast in Othello, Maya: "I will wear my heart upon my sleeve for daws to peck at." He means he would never show his true feelings so openly; the phrase is first found there.',
    ),
    (
        (),
        "is green eyed monster from othello",
        'Jealousy, Maya: Iago warns Othello "it is the green-eyed monster which doth mock the meat it feeds on." Green was envy\'s colour before me, but the monster is mine.',
    ),
    (
        (),
        "what does the green-eyed monster mean",
        'Jealousy, Maya: Iago warns Othello "it is the green-eyed monster which doth mock the meat it feeds on." Green was envy\'s colour before me, but the monster is mine.',
    ),
    (
        (),
        "what does be-all and end-all mean",
        'From Macbeth, Maya, weighing a murder: "that but this blow might be the be-all and the end-all here." He hoped one stroke would finish it; it began everything.',
    ),
    (
        (),
        "did you coin the be-all and end-all",
        'From Macbeth, Maya, weighing a murder: "that but this blow might be the be-all and the end-all here." He hoped one stroke would finish it; it began everything.',
    ),
    (
        (),
        'did you come up with "all that glitters is not gold"',
        'The proverb is older than Chaucer, Maya, so not mine. My Prince of Morocco finds it in the gold casket in The Merchant of Venice: "All that glisters is not gold." People say glitters now.',
    ),
    (
        (),
        "is all that glitters is not gold one of yours",
        'The proverb is older than Chaucer, Maya, so not mine. My Prince of Morocco finds it in the gold casket in The Merchant of Venice: "All that glisters is not gold." People say glitters now.',
    ),
    (
        (),
        'where does "the world is my oyster" come from',
        'Pistol says it in The Merry Wives of Windsor, Maya: "Why, then the world\'s mine oyster, which I with sword will open." He meant to take his fortune by force; you mean it more kindly.',
    ),
    (
        (),
        "what does the world's your oyster mean",
        'Pistol says it in The Merry Wives of Windsor, Maya: "Why, then the world\'s mine oyster, which I with sword will open." He meant to take his fortune by force; you mean it more kindly.',
    ),
    (
        (),
        "what does it's all greek to me mean",
        'Casca in Julius Caesar, Maya: Cicero spoke in Greek, "but, for mine own part, it was Greek to me." He understood none of it, and said so; it is first found there.',
    ),
    (
        (),
        "is greek to me a shakespeare quote",
        'Casca in Julius Caesar, Maya: Cicero spoke in Greek, "but, for mine own part, it was Greek to me." He understood none of it, and said so; it is first found there.',
    ),
    (
        (),
        "method in his madness, is that hamlet? what does it mean",
        'Polonius of Hamlet, Maya: "Though this be madness, yet there is method in\'t." People say method in his madness now: a plan behind what looks mad.',
    ),
    (
        (),
        "who said there's method in the madness",
        'Polonius of Hamlet, Maya: "Though this be madness, yet there is method in\'t." People say method in his madness now: a plan behind what looks mad.',
    ),
    (
        (),
        "what does bated breath mean, is it baited",
        'Bated, Maya, not baited: abated, held back. Shylock speaks of "bated breath and whispering humbleness" in The Merchant of Venice. No worms in it.',
    ),
    (
        (),
        "is it bated breath or baited breath",
        'Bated, Maya, not baited: abated, held back. Shylock speaks of "bated breath and whispering humbleness" in The Merchant of Venice. No worms in it.',
    ),
    (
        (),
        "what does foregone conclusion mean",
        'Othello\'s, Maya, of a dream Iago invents: "But this denoted a foregone conclusion." Then it meant a deed done before; now it means a thing settled before it starts.',
    ),
    (
        (),
        "is foregone conclusion from othello",
        'Othello\'s, Maya, of a dream Iago invents: "But this denoted a foregone conclusion." Then it meant a deed done before; now it means a thing settled before it starts.',
    ),
    (
        (),
        "how many words did you actually invent",
        "About seventeen hundred words are first found in my plays, Maya: lonely, bedroom, eyeball, swagger, assassination. Many were surely said before me; I was the first whose writing survived.",
    ),
    (
        (),
        "how many words did shakespeare coin",
        "About seventeen hundred words are first found in my plays, Maya: lonely, bedroom, eyeball, swagger, assassination. Many were surely said before me; I was the first whose writing survived.",
    ),
    (
        (),
        "did you make up the word lonely",
        "First found in my plays, Maya, as lonely is in Coriolanus and assassination in Macbeth; first written down, at least. Words are in the street before they reach the page.",
    ),
    (
        (),
        "did shakespeare invent the word bedroom",
        "First found in my plays, Maya, as lonely is in Coriolanus and assassination in Macbeth; first written down, at least. Words are in the street before they reach the page.",
    ),
    (
        (),
        "whats the difference between thee and thou",
        "Thou is you to a friend, a child or a servant, Maya; you was for respect. Thou does the thing (thou art), thee has it done (I love thee), thy and thine are your.",
    ),
    (
        (),
        "thee vs thou, which is correct",
        "Thou is you to a friend, a child or a servant, Maya; you was for respect. Thou does the thing (thou art), thee has it done (I love thee), thy and thine are your.",
    ),
    (
        (),
        "did shakespeare invent knock knock jokes",
        "The Porter in Macbeth knocks first, Maya: \"Knock, knock! Who's there, i' the name of Beelzebub?\" He plays doorman at hell's gate after a murder. The joke came later; the door is mine.",
    ),
    (
        (),
        "is knock knock from macbeth",
        "The Porter in Macbeth knocks first, Maya: \"Knock, knock! Who's there, i' the name of Beelzebub?\" He plays doorman at hell's gate after a murder. The joke came later; the door is mine.",
    ),
    (
        (),
        "brave new world is that from the tempest",
        'Miranda in The Tempest, Maya, seeing strangers at last: "O brave new world, that has such people in\'t!" She means splendid, and half of them are villains. Huxley borrowed it for his book.',
    ),
    (
        (),
        "what does brave new world mean",
        'Miranda in The Tempest, Maya, seeing strangers at last: "O brave new world, that has such people in\'t!" She means splendid, and half of them are villains. Huxley borrowed it for his book.',
    ),
    (
        (),
        "did you coin love is blind",
        'Not mine first, Maya: Chaucer had it before me. Jessica says it in The Merchant of Venice: "But love is blind, and lovers cannot see the pretty follies that themselves commit."',
    ),
    (
        (),
        "is love is blind a shakespeare quote",
        'Not mine first, Maya: Chaucer had it before me. Jessica says it in The Merchant of Venice: "But love is blind, and lovers cannot see the pretty follies that themselves commit."',
    ),
    (
        (),
        "dead as a doornail, is that one of yours",
        'Not mine, Maya: it was old when Langland used it two hundred years before me. Jack Cade says it in Henry the Sixth, "as dead as a door-nail". Why a doornail, nobody knows.',
    ),
    (
        (),
        "where does dead as a doornail come from",
        'Not mine, Maya: it was old when Langland used it two hundred years before me. Jack Cade says it in Henry the Sixth, "as dead as a door-nail". Why a doornail, nobody knows.',
    ),
    (
        (),
        "what does exit pursued by a bear mean",
        "My most famous stage direction, Maya, in The Winter's Tale: Antigonus leaves the stage chased by a bear, and is eaten off it. Whether we used a real bear, nobody knows.",
    ),
    (
        (),
        "did you write exit pursued by a bear",
        "My most famous stage direction, Maya, in The Winter's Tale: Antigonus leaves the stage chased by a bear, and is eaten off it. Whether we used a real bear, nobody knows.",
    ),
    (
        (),
        "what does forsooth mean",
        "In truth, Maya: sooth is truth, and forsooth for truth. By my day it was a little prim already, the oath of a careful citizen, and my Hotspur mocked such swearing.",
    ),
    (
        (),
        "forsooth means what exactly",
        "In truth, Maya: sooth is truth, and forsooth for truth. By my day it was a little prim already, the oath of a careful citizen, and my Hotspur mocked such swearing.",
    ),
]

# Word questions (two phrasings each).
WORDS = [
    (
        (),
        "whats a better word for nice",
        "For a thing, lovely, delightful, charming; for a person, kind, gentle, gracious, Maya. In my day nice meant foolish or fussy, from the Latin nescius, ignorant; it has risen since.",
    ),
    (
        (),
        "what can i say instead of nice in an email",
        "For a thing, lovely, delightful, charming; for a person, kind, gentle, gracious, Maya. In my day nice meant foolish or fussy, from the Latin nescius, ignorant; it has risen since.",
    ),
    (
        (),
        "is it who or whom",
        'Try he or him, Maya: if him fits, write whom; if he, write who. "Who is coming?" (he is); "To whom did you send it?" (to him). In a group chat who will do.',
    ),
    (
        (),
        "who or whom here: ___ should i invite",
        'Try he or him, Maya: if him fits, write whom; if he, write who. "Who is coming?" (he is); "To whom did you send it?" (to him). In a group chat who will do.',
    ),
    (
        (),
        "is it affect or effect here",
        "Affect is mostly the verb, Maya: the rain affects the match. Effect is mostly the noun: the rain had an effect. To effect a change is to make it happen.",
    ),
    (
        (),
        'affect or effect? "it will ___ the results"',
        "Affect is mostly the verb, Maya: the rain affects the match. Effect is mostly the noun: the rain had an effect. To effect a change is to make it happen.",
    ),
    (
        (),
        "fewer or less people?",
        "Fewer for things you count, less for what you cannot, Maya: fewer biscuits, less tea. The till sign that says ten items or less is a small crime, not a hanging one.",
    ),
    (
        (),
        "is it less or fewer items",
        "Fewer for things you count, less for what you cannot, Maya: fewer biscuits, less tea. The till sign that says ten items or less is a small crime, not a hanging one.",
    ),
    (
        (),
        "is it could of or could have",
        "Could have, Maya: could've said quickly sounds like could of, and so it gets written. Have is the word; of is only its ghost.",
    ),
    (
        (),
        "should of or should have in an email",
        "Could have, Maya: could've said quickly sounds like could of, and so it gets written. Have is the word; of is only its ghost.",
    ),
]

# The same words meaning something else: what they got before this change (main).
NEGATIVES = [
    (
        "the toast was lovely btw",
        "Marry, Maya, the world is full of such scenes. To make a toast, raise the glass, name the person, say one thing they did and one you hope for them, and drink before the room grows restless; a toast is a speech that knows when to sit down.",
    ),
    (
        "what was that quote again",
        "I must play the honest fool, Maya: I know it not, and will not feign it.",
    ),
    (
        "quote of the day lol",
        "Ha! Thou art a comedy in three acts, Maya, and I would pay a penny to see it.",
    ),
    ("my motto is never give up", "Tell me more, Maya; every tale is better for its particulars."),
    (
        # (misread50: who is coming, asked of the room, is answered as an invitation)
        "who is coming to choir tonight",
        "Lay a place for me in spirit, Maya; the night shall want no merriment.",
    ),
    (
        "i burned the toast again",
        "Fie, how vexing, Maya; but 'tis a scene for the clowns, and the clowns' scenes are short.",
    ),
    ("the motto of the roman army was what", "Say on, Maya; how fell that out?"),
    (
        "nice weather for the hills today",
        "A fine day for it, Maya, whatever the sky is doing; the weather never once kept the Globe shut.",
    ),
    (
        "something for the weekend?",
        "I must play the honest fool, Maya: I know it not, and will not feign it.",
    ),
    ("mention it to the coach tomorrow", "Say on, Maya; how fell that out?"),
    ("the quote for the van hire came in at 300", "Say on, Maya; how fell that out?"),
    (
        "the ice on the path is lethal, someone will break a leg",
        "Such idle hours are where half my plays were dreamed, Maya.",
    ),
    (
        # (misread50: no grief for a trouble that is no loss)
        "ruder than my brother honestly",
        "Ah, Maya, that is a sorry scene; may the next act be kinder to you.",
    ),
    (
        "this is turning into a wild goose chase lol",
        "Ha, Maya! Put that upon the stage and the groundlings would roar.",
    ),
    (
        "waiting with bated breath for the results",
        "Then may your coach come swiftly, Maya; I have spent half my life waiting on the London road.",
    ),
    (
        "knock knock, anyone in the office?",
        "Who knocks there, Maya? Knock, knock! Who's there, i' the name of Beelzebub?",
    ),
    (
        "my phone is dead as a doornail",
        "Fie, how vexing, Maya; but 'tis a scene for the clowns, and the clowns' scenes are short.",
    ),
    (
        "wearing my heart on my sleeve today haha",
        "Ha! Thou art a comedy in three acts, Maya, and I would pay a penny to see it.",
    ),
    (
        "love is blind, clearly, look at her boyfriend",
        "Fie, how vexing, Maya; but 'tis a scene for the clowns, and the clowns' scenes are short.",
    ),
    (
        # (the group's own goings-on since session 31: for the others to say)
        "who is bringing the nice biscuits",
        "I know only what is spoken on this stage, Maya; ask the others, who keep the company's "
        "book.",
    ),
    ("less talking more singing please", "Say on, Maya; how fell that out?"),
]

# Every line this change added, as said (the name left out).
NEW_LINES = [
    "For a thing, lovely, delightful, charming; for a p",
    "Try he or him, : if him fits, write whom; if he, w",
    "Affect is mostly the verb, : the rain affects the ",
    "Fewer for things you count, less for what you cann",
    "Could have, : could've said quickly sounds like co",
    '"Uphill we suffer, and suffer it like gentlefolk",',
    '"Wisely and slow; they stumble that run fast", : F',
    '"Come, we burn daylight", : Mercutio\'s hurry in Ro',
    '"Do you bite your thumb at us, sir?", : the insult',
    '"Knotty-pated fools, and proud of it", : Prince Ha',
    'Non sanz droict, : "not without right", the motto ',
    '"Fortis in arduis, fortior ad cenam", : brave in h',
    '"Loyal unto the last biscuit", : it sounds carved ',
    '"If music be the food of love, sing on", : Orsino\'',
    '"The labour we delight in physics pain", : Macbeth',
    '"Cry havoc, and let slip the dogs of war", : Anton',
    "\"Let's have one other gaudy night\", : Antony's, in",
    'A couplet of my own for a newborn: "Welcome, small',
    "Hymen blesses four marriages at once in As You Lik",
    'A toast of my own for a marriage: "To the bride and',
    "A couplet of my own for it: \"Now lay the long day'",
    'Polonius, sending his son abroad in Hamlet: "This ',
    "Horatio's farewell to Hamlet: \"Good night, sweet p",
    'King Harry on the morning of Agincourt: "All thing',
    'Richard the Third opens with it: "Now are our brow',
    "Queen Margaret in Henry the Sixth: \"Wise men ne'er",
    "Rosalind in As You Like It, to cheer the lovesick ",
    'Lysander in the Dream, and every lover since: "The',
    "Rosalind in As You Like It, to cheer a lovesick bo",
    'Lady Macbeth, in a better cause than hers: "But sc',
    "King Harry before Harfleur: \"Cry 'God for Harry, E",
    "Queen Margaret in Henry the Sixth: \"Wise men ne'er",
    'Miranda in The Tempest, seeing the world afresh: "',
    'For a new baby, my third sonnet: "Thou art thy mot',
    'Swagger is first found in my Dream, : Puck asks "W',
    "A wild-goose chase was a horse race, , each rider ",
    'Not mine, , though I used it: Tranio says "if you ',
    "I put it in The Tempest, : \"How cam'st thou in thi",
    "Iago's boast in Othello, : \"I will wear my heart u",
    'Jealousy, : Iago warns Othello "it is the green-ey',
    'From Macbeth, , weighing a murder: "that but this ',
    "The proverb is older than Chaucer, , so not mine. ",
    'Pistol says it in The Merry Wives of Windsor, : "W',
    'Casca in Julius Caesar, : Cicero spoke in Greek, "',
    'Polonius of Hamlet, : "Though this be madness, yet',
    "Bated, , not baited: abated, held back. Shylock sp",
    "Othello's, , of a dream Iago invents: \"But this de",
    "About seventeen hundred words are first found in m",
    "First found in my plays, , as lonely is in Coriola",
    "Thou is you to a friend, a child or a servant, ; y",
    'The Porter in Macbeth knocks first, : "Knock, knoc',
    "Miranda in The Tempest, , seeing strangers at last",
    "Not mine first, : Chaucer had it before me. Jessic",
    "Not mine, : it was old when Langland used it two h",
    "My most famous stage direction, , in The Winter's ",
    "In truth, : sooth is truth, and forsooth for truth",
]


@pytest.mark.parametrize(
    ("history", "text", "expected"), MADE + MOTTOS + AGAIN + QUOTES + PHRASES + WORDS
)
def test_words_asked_for_are_given(history, text, expected):
    assert reply(text, tuple(tuple(h) for h in history)) == expected


@pytest.mark.parametrize(("text", "expected"), NEGATIVES)
def test_the_same_words_meaning_something_else_are_not_a_request(text, expected):
    got = reply(text)
    assert got == expected
    assert not any(line in got for line in NEW_LINES)


def test_a_made_toast_names_what_was_to_be_mentioned():
    assert "To lisbon, the best of all" in reply("short toast, sweet, mention lisbon")
    assert "For the altos" in reply("toast for the choir xmas do pls, mention the altos")


def test_a_slogan_for_a_shirt_is_a_motto_not_a_line_for_any_occasion():
    got = reply("a slogan for the hen do t-shirts lol")
    assert "Come, fill the hour" not in got
    assert got.startswith('"Let\'s have one other gaudy night"')
