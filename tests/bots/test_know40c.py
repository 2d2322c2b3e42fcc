"""Shakespeare and Socrates asked in a live room, by @mention and by name, what they plainly could
answer (know40c): each was owned up to or answered beside the question before.

Shakespeare: Victor as a tragic hero got a line on Marlowe; "would you have liked football?" a
line on walking; "were you scared of the plague?" advice on verse; the Ghost in Hamlet,
rap, the best actor of his day, films of his plays, love at first sight, retiring, the Macbeth
curse, Stratford as a boy, Prospero, his plays hard to read, his saddest play, "a
plague on both your houses" and visiting Stratford were owned up to or missed. Socrates: free
will got "No: you do not have free will"; "why learn stuff we'll never use" a daimonion refusal;
"what's the point of life", "were you really ugly" and the death penalty "I am truly ignorant";
happy or good, pleasure, suffering or doing wrong, fear of failing, knowing nothing, a good
friend, social media, AI, Xanthippe, life after death, knowledge, why Athens killed him, his
trial speech and the oracle were refused or answered beside. Each is now a `#know` line: on a
question of philosophy Socrates asks what the thing is, tests it, and gives the view Plato shows.

For each line: the exact reply to one phrasing, rewordings that must get it, and a look-alike
that must not."""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (persona, question, the exact reply)
EXACT = [
    (
        "shakespeare",
        "@shakespeare what do you make of victor as a tragic hero?",
        (
            "A great one undone by a fault of his own, Maya, as Macbeth by ambition and Lear by "
            "pride. Ask of your man: is he great, does his own fault bring him down, and does "
            "he see it before the end? Then he is tragic."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare whats the deal with the ghost in hamlet, did u believe in ghosts",
        (
            "Most of my London did, Maya, and argued whether a ghost was a soul from Purgatory "
            "or a devil in a dear shape, as Hamlet does. My own mind I gave Hamlet: there are "
            "more things in heaven and earth than are dreamt of in your philosophy."
        ),
    ),
    (
        "shakespeare",
        "shakespeare would you have liked football?",
        (
            "Football in my day was a brawl in the street, Maya, parish against parish, and "
            "often banned. In King Lear Kent calls Oswald a 'base foot-ball player', so you see "
            "what I thought; your game, with a referee, I might like better."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare were you scared of the plague? theatres closed right",
        (
            "Every summer, Maya: when the deaths climbed, the playhouses were shut, for most of "
            "1592 and 1593 and often after. I wrote my long poems, Venus and Adonis and "
            "Lucrece, while the theatres were dark."
        ),
    ),
    (
        "shakespeare",
        "shakespeare what would you think of rap",
        (
            "Unknown in my day, Maya, but I would know it at once: rhymes spoken hard to a "
            "beat, and my verse is a beat of ten to the line. A rap battle of insults is Hal "
            "and Falstaff in Henry IV: 'you starveling, you elf-skin'."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare how do i get better at writing poetry",
        (
            "Read it aloud, Maya, and steal from the best, as I stole from Ovid; write often in "
            "a strict form, for a sonnet's fourteen lines teach you what to cut. And prefer the "
            "plain word: 'The rest is silence.'"
        ),
    ),
    (
        "shakespeare",
        "@shakespeare who was the best actor of ur time",
        (
            "Richard Burbage, Maya: my first Hamlet, Lear and Othello, and Richard III before "
            "them, and a painter too. For my clowns, Will Kemp and then Robert Armin, who "
            "played Feste and, most think, Lear's Fool."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what do you think of all the movie versions of your plays",
        (
            "Moving pictures came long after me, Maya, but I wrote for whoever filled the house "
            "and cut my plays myself, so cut away. West Side Story and The Lion King are only "
            "my old thefts stolen again."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare is love at first sight real",
        (
            "I believed it enough to write it, Maya: Romeo forgets Rosaline at one look at "
            "Juliet, and in As You Like It I borrowed Marlowe's line, 'Who ever loved that "
            "loved not at first sight?' Whether such love lasts is another play."
        ),
    ),
    (
        "shakespeare",
        "shakespeare did you ever retire",
        (
            "About 1613, Maya: I went home to Stratford, to New Place, the big house my plays "
            "had bought, and left the stage to Fletcher, with whom I wrote my last. I died "
            "there in April 1616, at fifty-two."
        ),
    ),
    (
        "shakespeare",
        "shakespeare is it true actors think saying macbeth in a theatre is bad luck",
        (
            "That curse was dreamed up long after my day, Maya; my fellows said 'Macbeth' as "
            "freely as any other name. Actors now say 'the Scottish play' instead, and I own "
            "the witches give it a good shiver."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what was stratford like growing up",
        (
            "A market town on the Avon, Maya, two thousand souls or so: my father a glover in "
            "Henley Street and once its bailiff, the grammar school up the road, meadows and "
            "the Forest of Arden round about, and players passing through on tour."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare whats the tempest about, is prospero you",
        (
            "Many think so, Maya: a magician who breaks his staff and drowns his book in one of "
            "my last plays, then asks the audience to set him free. I will not say he is I; but "
            "I went home to Stratford soon after."
        ),
    ),
    (
        "shakespeare",
        "shakespeare any book recs for someone who finds you hard to read",
        (
            "See them played before you read them, Maya: I wrote for the ear, not the page. "
            "Then read with notes at the foot, or begin with the Lambs' Tales from Shakespeare, "
            "my plots told plainly for children."
        ),
    ),
    (
        "socrates",
        "@socrates do we have free will or not",
        (
            "What do you mean by free, Maya: free of the gods, of the body, or of ignorance? I "
            "hold that no one does wrong willingly; we choose what seems good and err by "
            "mistaking it. Knowing the good is freedom."
        ),
    ),
    (
        "socrates",
        "@socrates why do we even have to learn stuff we'll never use",
        (
            "Useful for what, Maya: for earning, or for thinking well? Plato has me say in the "
            "Republic that counting and geometry turn the soul from what changes to what is "
            "true. Is that no use?"
        ),
    ),
    (
        "socrates",
        "socrates is it better to be happy or good",
        (
            "Must we choose, Maya? I hold they are one: the good man is happy and the wicked "
            "wretched, most of all if he goes unpunished, as I argued with Polus in the "
            "Gorgias. Goodness is a happiness none can take."
        ),
    ),
    (
        "socrates",
        "socrates is pleasure the same as good",
        (
            "Is it, Maya? Then a man scratching an itch all his life lives best, and even "
            "Callicles balked at that. Some pleasures are good and some bad, so pleasure is not "
            "the good; we need knowledge to tell them apart."
        ),
    ),
    (
        "socrates",
        "socrates is it better to suffer wrong or do wrong",
        (
            "Better to suffer wrong than to do it, Maya; so I told Polus, and he laughed at me. "
            "The sufferer loses money or limbs; the wrongdoer harms his own soul, the worse "
            "loss by far. Can you show me otherwise?"
        ),
    ),
    (
        "socrates",
        "@socrates whats the point of life",
        (
            "To live, Maya, or to live well? Our business, I would say, is to care for the soul "
            "and make it as good as we can, asking each day what is good and testing the "
            "answer. The unexamined life is not worth living."
        ),
    ),
    (
        "socrates",
        "socrates how do i stop being afraid of failing",
        (
            "What do you fear, Maya: failing, or being seen to fail? The second is only the "
            "opinion of the many; the first shows you something you did not know, where wisdom "
            "begins. My jury I failed to persuade, unharmed."
        ),
    ),
    (
        "socrates",
        "@socrates is it true you were really ugly lol",
        (
            "I was famously ugly, snub-nosed and pop-eyed, Maya, with thick lips and a belly. "
            "Alcibiades likened me to a Silenus statue, ugly outside with little gods within; I "
            "said my eyes were finest, for they see sideways."
        ),
    ),
    (
        "socrates",
        "@socrates do you know everything or nothing",
        (
            "Nothing worth boasting of, Maya: I do not know what the fine and the good are, nor "
            "have I met anyone who did, though many thought they did. That much, the oracle "
            "said, made me wiser than the rest."
        ),
    ),
    (
        "socrates",
        "socrates what makes a good friend",
        (
            "In the Lysis I could not say what a friend is, Maya. But a good friend wants you "
            "better, not only feeling better, and tells you when you are wrong; I would rather "
            "have one than all the gold of Darius."
        ),
    ),
    (
        "socrates",
        "socrates what would you think of social media",
        (
            "The agora was our feed, Maya: all talking at once, the loudest believed. Yours, I "
            "hear, lets a man speak to thousands and be questioned by none, as I feared of "
            "writing. Ask each post what it knows."
        ),
    ),
    (
        "socrates",
        "@socrates what do you think of ai",
        (
            "Written words look wise, Maya, I told Phaedrus, but question them and they say the "
            "same thing over. Your machines answer back, I hear; then I would question one, to "
            "see if it knows or only seems to."
        ),
    ),
    (
        "socrates",
        "@socrates what was xanthippe like",
        (
            "Xanthippe was sharp-tongued, Maya, and with reason: her husband earned nothing and "
            "talked all day. I took her as a horseman takes a spirited horse: manage her, and I "
            "manage anyone. She wept for me at the end."
        ),
    ),
    (
        "socrates",
        "socrates is there life after death",
        (
            "Death is a dreamless sleep, Maya, or a journey where I may question Homer; either "
            "way, no evil. On my last day, in the Phaedo, I argued the soul is deathless, and "
            "called the hope a noble risk."
        ),
    ),
    (
        "socrates",
        "@socrates how do i know if i really know something",
        (
            "Give an account of it, Maya, and let a friend question it: knowledge can explain "
            "itself; mere belief falls at the third question. True opinion, Meno and I found, "
            "runs off unless tied down by the reason why."
        ),
    ),
    (
        "socrates",
        "socrates why did athens kill you",
        (
            "Impiety and corrupting the young, Maya, said the charge; the grudge was older. "
            "Athens had lost its war, and Critias and Alcibiades, once my companions, had done "
            "it harm. Five hundred jurors condemned me in 399."
        ),
    ),
    (
        "socrates",
        "socrates what did you actually say at your trial",
        (
            "That I was wiser only in knowing I did not know, Maya; that I was the gadfly the "
            "god set on Athens, a great lazy horse; and, once convicted, that I deserved free "
            "dinners. The unexamined life is not worth living."
        ),
    ),
    (
        "socrates",
        "socrates is it true the oracle said you were the wisest",
        (
            "Yes, Maya: Chaerephon asked at Delphi whether anyone was wiser than I, and the "
            "priestess said no one. Knowing I was not wise, I questioned the wise to learn what "
            "the god meant: they thought they knew; I did not."
        ),
    ),
    (
        "shakespeare",
        "shakespeare what's the most tragic play you wrote",
        (
            "King Lear, Maya, I think: a father turns out the one daughter who loves "
            "him, and at the end he carries her in dead. Later audiences could not "
            "bear it and played it with a happy ending for a hundred and fifty years."
        ),
    ),
    (
        "shakespeare",
        "shakespeare which play has a plague on both your houses",
        (
            "Romeo and Juliet, Maya: Mercutio says it as he dies, run through under Romeo's "
            "arm, cursing Montagues and Capulets alike. 'A plague o' both your houses!' He says "
            "it over and over."
        ),
    ),
    (
        "shakespeare",
        "shakespeare is stratford worth visiting",
        (
            "By all means, Maya: my birthplace in Henley Street, Holy Trinity church by the "
            "Avon where I lie, Anne's cottage at Shottery, and a play at the Royal Shakespeare "
            "Theatre, which I am told is named for me."
        ),
    ),
    (
        "socrates",
        "socrates is the death penalty ever right",
        (
            "What is punishment for, Maya: revenge, or making better? I held that just "
            "punishment is medicine for the soul. Then ask whom an execution cures; I ask as "
            "one Athens condemned by some thirty votes."
        ),
    ),
    (
        "socrates",
        "socrates how do i stop caring what people think",
        (
            "Why heed the many, Maya? A man in training heeds his one trainer, not the crowd, I "
            "told Crito; so in what is just and good, heed the one who knows. The many can make "
            "no one wise or foolish."
        ),
    ),
]

# (persona, the line's opening, rewordings that must get it, a look-alike that must not)
REWORDED = [
    (
        "shakespeare",
        "A great one undone by a fault",
        [
            "shakespeare what makes a tragic hero",
            "shakespeare is victor frankenstein a tragic hero",
            "shakespeare whats a fatal flaw",
        ],
        "shakespeare what's the most tragic play you wrote",
    ),
    (
        "shakespeare",
        "Most of my London did",
        [
            "shakespeare is the ghost in hamlet real or a devil",
            "@shakespeare is hamlet's ghost honest",
        ],
        "shakespeare who played the ghost in hamlet",
    ),
    (
        "shakespeare",
        "Football in my day was a brawl",
        [
            "@shakespeare did people play football in your day",
            "@shakespeare did you play football as a boy",
            "shakespeare do u like footy",
        ],
        "@shakespeare my son wants to quit football, any advice",
    ),
    (
        "shakespeare",
        "Every summer, {name}: when the deaths climbed",
        [
            "shakespeare did the plague close the globe",
            "shakespeare did you live through the plague",
            "shakespeare did the plague shut your playhouse",
        ],
        "shakespeare which play has a plague on both your houses",
    ),
    (
        "shakespeare",
        "Unknown in my day, {name}, but I would know it",
        [
            "@shakespeare do you like hip hop",
            "shakespeare would you have been a good rapper",
            "shakespeare do you like rap music",
        ],
        "shakespeare why do i always get a bad rap",
    ),
    (
        "shakespeare",
        "Read it aloud, {name}, and steal from the best",
        [
            "shakespeare any tips for writing poems",
            "shakespeare how can i improve my poetry",
            "shakespeare advice for a new poet?",
        ],
        "shakespeare what's your best poem",
    ),
    (
        "shakespeare",
        "Richard Burbage, {name}",
        [
            "@shakespeare who was the most famous actor in your day",
            "shakespeare who was the greatest actor in your day",
            "@shakespeare who were the famous actors in your day",
        ],
        "shakespeare who is the best actor today for hamlet",
    ),
    (
        "shakespeare",
        "Moving pictures came long after me",
        [
            "shakespeare whats the best film of hamlet",
            "@shakespeare do you like the films of your plays",
            "@shakespeare what do you think of the movie versions of hamlet",
        ],
        "shakespeare what movie should i watch tonight",
    ),
    (
        "shakespeare",
        "I believed it enough to write it",
        [
            "shakespeare do you believe in love at first sight",
            "shakespeare can you really fall in love at first sight",
            "@shakespeare is first sight love a thing",
        ],
        "shakespeare how do i know if im in love",
    ),
    (
        "shakespeare",
        "About 1613, {name}",
        [
            "@shakespeare when did you stop writing",
            "shakespeare what did you do in your last years",
            "shakespeare did u retire to stratford",
        ],
        "shakespeare my dad just retired, any quote for his card",
    ),
    (
        "shakespeare",
        "That curse was dreamed up long after my day",
        [
            "shakespeare why is macbeth cursed",
            "@shakespeare why do actors call it the scottish play",
            "shakespeare is macbeth unlucky",
        ],
        "shakespeare why does macbeth kill duncan",
    ),
    (
        "shakespeare",
        "A market town on the Avon",
        [
            "shakespeare what was it like growing up in stratford",
            "shakespeare what was your childhood like in stratford",
            "@shakespeare what was stratford like when you were a boy",
        ],
        "shakespeare is stratford worth visiting",
    ),
    (
        "shakespeare",
        "Many think so, {name}: a magician",
        [
            "shakespeare is prospero based on you",
            "shakespeare are you prospero",
            "@shakespeare is prospero about yourself",
        ],
        "shakespeare who is caliban in the tempest",
    ),
    (
        "shakespeare",
        "See them played before you read them",
        [
            "@shakespeare your plays are so hard to understand, where do i start",
            "shakespeare why are your plays so hard to understand",
            "@shakespeare your plays are hard to read, any tips",
        ],
        "shakespeare which of ur plays should i read first",
    ),
    (
        "socrates",
        "What do you mean by free, {name}",
        [
            "socrates is free will real",
            "socrates is everything determined",
            "socrates can we really choose anything",
        ],
        "socrates is my time free to spend however i like",
    ),
    (
        "socrates",
        "Useful for what, {name}",
        [
            "socrates whats the point of learning algebra",
            "@socrates why study maths if i'll never use it",
            "socrates school is pointless, why learn this",
        ],
        "socrates how do i learn faster",
    ),
    (
        "socrates",
        "Must we choose, {name}? I hold they are one",
        [
            "@socrates would you rather be good or happy",
            "socrates which matters more, being happy or being good",
            "socrates is being good better than being happy",
        ],
        "socrates what is happiness",
    ),
    (
        "socrates",
        "Is it, {name}? Then a man scratching an itch",
        [
            "socrates is pleasure good",
            "@socrates is pleasure the best thing in life",
            "socrates is pleasure the same as happiness",
        ],
        "socrates pleasure to meet you",
    ),
    (
        "socrates",
        "Better to suffer wrong than to do it",
        [
            "@socrates is it worse to do wrong or suffer it",
            "socrates why is suffering injustice better than doing it",
            "socrates would you rather suffer evil or do it",
        ],
        "socrates why do good people suffer",
    ),
    (
        "socrates",
        "To live, {name}, or to live well?",
        [
            "socrates what is the meaning of life",
            "socrates what's our purpose in life",
            "socrates why are we here",
        ],
        "socrates should i learn latin or spanish",
    ),
    (
        "socrates",
        "What do you fear, {name}: failing",
        [
            "@socrates how do i get over my fear of failure",
            "socrates how do i deal with fear of failing my exams",
            "socrates why am i so scared of failing",
        ],
        "socrates my car failed its mot",
    ),
    (
        "socrates",
        "I was famously ugly, snub-nosed and pop-eyed, {name}",
        [
            "socrates were you ugly",
            "@socrates were you handsome or ugly",
            "socrates were you handsome",
        ],
        "socrates my friend says im ugly",
    ),
    (
        "socrates",
        "Nothing worth boasting of, {name}",
        [
            "socrates do you really know nothing",
            "@socrates did you know everything",
            "socrates is it true you knew nothing",
        ],
        "socrates what do you know about bees",
    ),
    (
        "socrates",
        "In the Lysis I could not say what a friend is",
        [
            "@socrates what is a true friend",
            "socrates what is friendship",
            "socrates whats a real friend",
        ],
        "socrates should i forgive my friend who lied to me",
    ),
    (
        "socrates",
        "The agora was our feed",
        [
            "@socrates what do you think of instagram",
            "socrates what's your opinion on tiktok",
            "socrates would you have liked twitter",
        ],
        "socrates should i post this on instagram",
    ),
    (
        "socrates",
        "Written words look wise, {name}",
        [
            "socrates would you like chatgpt",
            "socrates what do you think of artificial intelligence",
            "@socrates could a robot think, what do you think",
        ],
        "socrates i'm using chatgpt for my essay",
    ),
    (
        "socrates",
        "Xanthippe was sharp-tongued, {name}",
        [
            "@socrates what was xanthippe really like",
            # ("did xanthippe really throw water on you" gets the story itself: test_bio46)
        ],
        "socrates should i marry my girlfriend",
    ),
    (
        "socrates",
        "Death is a dreamless sleep, {name}, or a journey",
        [
            "@socrates is there an afterlife",
            "socrates is the soul immortal",
            "socrates what happens when we die",
        ],
        "socrates my grandad died, what do i say at the funeral",
    ),
    (
        "socrates",
        "Give an account of it, {name}",
        [
            "socrates what is knowledge",
            "socrates whats the difference between knowledge and opinion",
            "socrates can we actually know anything",
        ],
        "socrates do you know where the station is",
    ),
    (
        "socrates",
        "Impiety and corrupting the young, {name}, said the charge",
        [
            "@socrates why did the athenians put you to death",
            "socrates why did the jury condemn you",
            "socrates why did the athenians execute you",
        ],
        "socrates is the death penalty ever right",
    ),
    (
        "socrates",
        "That I was wiser only in knowing",
        [
            "@socrates what was your defence at your trial",
            "socrates what did you tell the jury at your trial",
            "socrates what did you say in the apology",
        ],
        "socrates what was your trial like",
    ),
    (
        "socrates",
        "Yes, {name}: Chaerephon asked at Delphi",
        [
            "@socrates why did delphi call you the wisest",
            "socrates what did the oracle say about you being wise",
            "socrates did the oracle really call you wise",
        ],
        "socrates what is wisdom",
    ),
    (
        "shakespeare",
        "King Lear, {name}, I think",
        [
            "@shakespeare what's your saddest play",
            "shakespeare which of your tragedies is the darkest",
        ],
        "shakespeare which play should i see tonight",
    ),
    (
        "shakespeare",
        "Romeo and Juliet, {name}: Mercutio says it",
        [
            "shakespeare who said a plague o both your houses",
            "@shakespeare where is a plague on both your houses from",
        ],
        "shakespeare was there plague in your day",
    ),
    (
        "shakespeare",
        "By all means, {name}: my birthplace",
        [
            "@shakespeare what should i see in stratford",
            "shakespeare going to stratford next week, worth it?",
        ],
        "shakespeare were you born in stratford",
    ),
    (
        "socrates",
        "What is punishment for, {name}",
        [
            "@socrates is capital punishment just",
            "socrates should we execute murderers",
            "socrates is execution ever justified",
        ],
        "socrates what was your trial like",
    ),
    (
        "socrates",
        "Why heed the many, {name}?",
        [
            "@socrates why do i worry so much about what others think",
            "@socrates why not care about the opinion of the many?",
        ],
        "socrates what do you think of the many worlds theory",
    ),
]


@pytest.mark.parametrize(("slug", "question", "reply"), EXACT, ids=[q for _, q, _ in EXACT])
def test_asked_by_name_it_answers(slug, question, reply):
    said = say(slug, question)
    assert said == reply, f"{slug} asked {question!r} said {said!r}"


@pytest.mark.parametrize(
    ("slug", "opening", "question"),
    [(slug, opening, q) for slug, opening, asked, _ in REWORDED for q in asked],
)
def test_reworded_it_answers_the_same(slug, opening, question):
    assert say(slug, question).startswith(opening.replace("{name}", "Maya"))


@pytest.mark.parametrize(("slug", "opening", "other"), [(s, o, x) for s, o, _, x in REWORDED])
def test_a_look_alike_gets_another_line(slug, opening, other):
    reply = say(slug, other)
    assert opening.replace("{name}", "Maya") not in reply


def test_a_follow_up_on_the_many_is_answered():
    """After Socrates' line on fearing failure ("the opinion of the many"), "what do you mean the
    opinion of the many" was owned up to ("On that I am truly ignorant"); it is his Crito."""
    asked = "socrates how do i stop being afraid of failing"
    first = say("socrates", asked)
    assert first == (
        "What do you fear, Maya: failing, or being seen to fail? The second is only the opinion "
        "of the many; the first shows you something you did not know, where wisdom begins. My "
        "jury I failed to persuade, unharmed."
    )
    history = (Line("maya", asked), Line("Socrates", first, own=True))
    assert say("socrates", "what do you mean the opinion of the many", history=history) == (
        "Why heed the many, Maya? A man in training heeds his one trainer, not the crowd, I told "
        "Crito; so in what is just and good, heed the one who knows. The many can make no one "
        "wise or foolish."
    )


def test_free_will_is_questioned_not_denied():
    """ "do we have free will or not" got a flat "No: you do not have free will"."""
    reply = say("socrates", "@socrates do we have free will or not", author="tom")
    assert reply.startswith("What do you mean by free, Tom:")
    assert "you do not have free will" not in reply
