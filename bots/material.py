"""A persona's material: the sentences the offline engine answers with, and how to rank them.

Material is a list of lines in the persona's voice. A plain line is a sentence that stands on
its own ("Gravity is not a force pulling you down; it is the shape of space and time.").
A line starting with a tag is an opener or a whole reply for one kind of message:
`#hello Guten Tag, {name}!` greets, `#outside Cooking? I am no cook.` owns up to a request
outside the persona's field. Tags may use `{name}` (the person answered), `{speaker}` (an
earlier speaker the message is about), `{mention}` (an @mention of another persona) and `{who}`
(that persona's name).

Ranking is BM25 written out here rather than a library's: each persona has well under two
hundred lines, indexed once per process and cached, so scoring a message is a loop over a few
dozen small dicts (microseconds), and a dependency would buy nothing but its own weight.
"""

from __future__ import annotations

import math
import re
import string
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TAGS = {
    "hello": "a greeting answered: `#hello Good day to you, {name}.`",
    "welcome": "a newcomer welcomed",
    "invite": "a question inviting the person to talk",
    "thanks": "thanks acknowledged",
    "bye": "a farewell answered",
    "answer": "an opener for a question in the persona's field",
    "opinion": "an opener for a view asked for (what do you think of ...?)",
    "yes": "a stance for a yes-or-no opinion (do you agree that ...?): yes, and why",
    "no": "a stance for a yes-or-no opinion: no, or not so simply, and why",
    "view": "advice or a view in character on any everyday matter, with no placeholder",
    "outside": "owning up to a request outside the persona's field",
    "intro": "who it is, asked ('who are you?', 'tell me about yourself'): its name and a "
    "sentence of its life and work",
    "character": "asked whether it is a bot or real: honest that it is a character Salon plays, "
    "not the person, in its voice",
    "brb": "someone gone a moment ('brb'): its place kept, briefly, no farewell",
    "bored": "boredom told ('im so bored'): its own cure for it, lightly, from its life",
    "lonely": "loneliness told ('kind of lonely since I moved'): warm words from its own life, "
    "with one small thing to try, never a joke",
    "outsideof": "owning up to a request on an everyday subject far from the persona's field, "
    "with a true word of its own life on that subject: `#outsideof cooking, recipe, dinner: "
    "<line with {name}>`; keyed as `#recommend` lines are, and said in place of an `#outside` "
    "line when the request is on its subject",
    "learn": "a view from its own life on getting better at something (bots/learning.py): "
    "`#learn practice|focus|nerves|motivation|habit: <line with {name}>`",
    "pointer": "where to check a practical everyday matter (bots/learning.py), never the rule "
    "itself: `#pointer travel|any: <line with {name} ending on {what}, the place>`",
    "advise": "an opener for the plain, common-sense answer to an everyday practical question "
    "outside the persona's field (bots/advice.py), addressed to {name}",
    "fact": "an opener for a plain fact anyone would just say, a country's capital or a "
    "well-known first (bots/easy.py), addressed to {name}",
    "windfall": "what it would do with a fortune, asked as a hypothetical ('what would you do "
    "with a million quid'), from its own life and only what is sure of it, addressed to {name}",
    "sides": "an argument settled when its two sides were put: `#sides {first}, and {second}, "
    "{name}. Then ...` ({first}: 'Sue says it's the queen'; {second}: 'you say it's the weather')",
    "unsaid": "a saying put to the persona as its own ('is it true you said ...') that none of "
    "its lines says: disowned in its voice",
    "handover": "passing a request to another persona: uses {mention} and {who} (its name)",
    "remark": "a reaction to a remark or a piece of news",
    "sympathy": "a reaction to bad news or a complaint",
    "congrats": "a reaction to good news",
    "glad": "joy shared at happy news that is no achievement (a friend coming to visit)",
    "noted": "a reminder, a plan or a change of arrangements told to the room, acknowledged",
    "agree": "the person sides with an earlier {speaker}",
    "disagree": "the person objects to an earlier {speaker}",
    "concur": "agreeing with another persona, {speaker}",
    "object": "objecting to another persona, {speaker}",
    "askback": "asking another persona, {speaker}, a question back",
    "defend": "the persona's own last words objected to: it defends or softens them",
    "more": "a reaction to a remark that asks to hear more about it",
    "chime": "joining unasked in people's talk, before a line of its own on what was said",
    "wry": "light, wry sympathy for a small annoyance (burnt toast, a missed bus)",
    "sleepless": "sympathy for sleep lost to something named (a barking dog, noisy neighbours), "
    "with a word from its own life on sleepless nights; no grief, no teasing",
    "yourwork": "asked to do someone's work for them (an essay, homework, notes): declined, with"
    " the help it will give instead",
    "motto": "a motto or slogan asked for, said whole, often its own famous words: `#motto "
    "cycling, bike: <line>` for those things, `#motto any: <line>` for anything",
    "plenty": "an opener saying there is plenty of the persona's field in an everyday thing it is "
    "asked about ('is there any physics in jenga'), before its line on the thing or its method",
    "foresee": "a plain word that the persona cannot tell what will be, in its voice, to {name} "
    "asking whether something will happen, when it has no view of its own on it",
    "bother": "a short word of sympathy for a small trouble that the persona's field explains "
    "(ears popping on a plane), said before the plain line that explains it",
    "ack": "a word back to a bare 'ok', 'cool' or 'got it' (bots/smalltalk.py): short, no question",
    "wow": "a bare 'wow' or 'omg' with no line of its own before it: asking what the wonder is",
    "wowed": "a bare 'wow' just after its own line: yes, it is a wonder, in a few words",
    "laughed": "a bare laugh ('lol', 'haha nice one') at nothing of its own: laughing along, "
    "never taking credit for a joke it did not make",
    "telly": "a show asked about ('anyone watching the bake off?'): its word on television, true "
    "to its life, and a question on {what}, the show",
    "missed": "'what did I miss' answered with what the room said just before: uses {what}",
    "funfact": "a true, interesting thing from its own field or life, for 'teach me something "
    "interesting' or 'tell me a fun fact', whole",
    "laugh": "laughing along or conceding with a smile (haha, fair enough)",
    "chat": "a light word back to small talk (a quiet evening, a wait, the weather); no question",
    "reason": "a reason in character for a choice just made (after 'I would say X.')",
    "self": "a question about the persona's own life that its material does not answer",
    "life": "an everyday question on the persona's own ways (favourite food, pets, rain) answered; "
    "or a favourite or superlative of its own life or work, when the line names the thing and "
    "says it ('My favourite element, {name}, is polonium: ...', 'The strangest creature of the "
    "voyage, {name}, was ...', 'Of my trial, {name}, the hardest part was ...')",
    "among": "one of its own works or creations named, for 'which of your characters would be best "
    "at X / is most like Y': `#among characters, villains: Iago, I fear, {name}: he plays "
    "everyone about him like pieces on a board ...`; the words before the colon are the kinds of "
    "its own things it is one of; a line that fits any X without saying it",
    "joke": "a short joke of the persona's own, told when asked for one",
    "groan": "a laugh or a groan at a joke or pun the person told",
    "knock": "playing along with 'knock knock' (Who's there?)",
    "condolence": "real sympathy for grave news: a death, a health scare, a breakup, a lost job",
    "concern": "concern for a worry still unfolding (a hospital, a fall, tests): no death presumed",
    "moral": "its own short line on right and wrong after a stance on a deed asked of "
    "(bots/moral.py): `#moral wrong|choice|right|mercy|weigh: <line>` by the deed's verdict "
    "(wrong; the asker's own call; right; mercy for the starving; withheld), or by the deed "
    "itself (`#moral snoop|infidelity:`)",
    "take": "a view on an everyday subject, with its reason: `#take cramming, exams, revision "
    "(against): Cramming fills the head for a night ...`; the words before the colon are what it "
    "is about (and what finds it), then (for) or (against) it, or neither",
    "inexact": "an opener owning up that no line says exactly what was asked, before the nearest",
    "method": "a whole reply to a how or why question on a thing of the persona's field that no "
    "line answers: how it would work it out (its method); said only when that speaks to what was "
    "asked (a creature's habit, what happens to a thing, whether it is safe or good), else it "
    "owns up plainly",
    "day": "the persona's day, in its life (how it is, what it is doing tonight); may ask back",
    "back": "a returning person welcomed back (glad to be back), never as a new face",
    "metoo": "'anyone else ... or just me?' answered: not just you, and how so for the persona",
    "luck": "good luck wished for an ordeal ahead (an interview, a test, a first day)",
    "accept": "an invitation to a do (game night at mine friday, a bbq, who's in?) accepted, "
    "in spirit",
    "start": "a newcomer asking how the room works answered: just talk, as they have, and @ a name",
    "aside": "a question put by name to another persona, {who}: left to them, never answered as "
    "if it were about the persona",
    "occasion": "words for an occasion asked of it (a card, a toast, a sign-off, a name): "
    "`#occasion parting, love: <a real line of its work, or one in its manner>`; the words before "
    "the colon are the occasions it fits (names, grief, love, parting, birthday, courage, sea, "
    "dreams, music, garden, start, friends, or any)",
    "offer": "offering words for an occasion: uses {what} (the card, the toast, the occasion)",
    "verse": "its own real lines on a subject, for lines asked about it or 'did you ever write "
    "about ...': `#verse the cold, cold, winter, frost: <a real line, and where it is from>`; the "
    "first words before the colon name the subject, `any` marks its nearest for any subject",
    "versed": "offering its lines on a subject: uses {what} (the subject, as the message says it)",
    "again": "offering other words, when the person asks for others than the words it just "
    "gave for an occasion or on a subject ('not too dramatic', 'shorter pls', 'another one')",
    "unwritten": "owning up that it never wrote on {what}, before the nearest lines it has",
    "made": "a verse of its own making on a subject it never wrote on, when asked to write one: "
    "`#made shanty: Oh, {what} came in on the morning tide, / heave ho ...`; the word before the "
    "colon is the form (verse, shanty, limerick, haiku, rap, chant, list, toast: a toast that "
    "names things asked for, speech: a dramatic speech or pep talk, with `coward` too for one "
    "for a coward who found his courage), {what} the subject as a noun phrase",
    "mnemonic": "offering a mnemonic it made for a list to learn in order ('a mnemonic for the "
    "planets'): a sentence of its own whose words start with the things' first letters follows "
    "(bots/mnemonic.py)",
    "speaking": "offering a speech of its own making to rouse someone before {what} (the fight, "
    "the final boss, the cup final), before the speech",
    "making": "offering a verse of its own making on {what}, the subject asked about",
    "insult": "a real insult from its work, for a roast asked of it: `#insult any: <the insult, "
    "and where it is from>`",
    "roasting": "offering an insult, all in jest, to {what} (who is to be roasted)",
    "dub": "names made up for a thing (a team, a band, a boat, a cat): `#dub team, quiz: <two or "
    "three names, said whole>`; `any` for any thing; {what} is a Latin name made of the thing",
    "title": "a name it would give a thing, fit to what the thing is: `#title tavern/pub/inn "
    "pirate/sea: The Thieves of Mercy | Hamlet's name for the pirates who took him`; keyed as "
    "`#know` lines are, the first word group the kind of thing named, the others words the "
    "request must say too; after '|', why it fits, said after the name; `any` for any thing "
    "(bots/naming.py)",
    "card": "a card it writes for those named, for an occasion (bots/cards.py): `#card thanks: "
    "Thank you, with all our hearts ...`; the word before the colon is the occasion (thanks, "
    "luck, leaving, getwell, congrats, engaged, retirement, baby, sympathy, excuse), then "
    "`funny`, `short`, `loss` (thanks after a death), or what its {thing} is, when it has one: "
    "`where` they go, the `named` baby, the `years` worked, the event `missed` or come `late` to",
    "compose": "a piece it writes to order for an occasion and its people (bots/compose.py): "
    "`#compose wish, luck, what: Good luck with {what}, {who}!`; the kind (wish, apology, "
    "message, slogan, name, caption, toast, speech, verse, rap), then what it is for (luck, "
    "birthday, quiz, boat, wedding ...), `what` or `age` when it says the occasion or the age; "
    "`sign, please|wanted|told` (a sign's close), `label` / `label, maker` (lines for a thing "
    "made: {thing}, {who} hand), `intro, us|self|person|event` (bots/pieces.py)",
    "cardfor": "offering a card it wrote for {who}, those the card is for: 'For {who}, {name}:'",
    "carded": "offering a card it wrote for nobody named: uses {what} (the leaving card)",
    "notice": "short practical writing it writes, in its manner (bots/letters.py `notice`): "
    "`#notice invite, open: Good {who}, you are bidden to {what}!`; the kind (invite, reminder, "
    "welcome, notice, group, toast, caption, sign), then `open` or `close`; `#notice bring: Pray "
    "bring {thing}.` says what to bring ({thing}); every fact given is kept whatever the lines say",
    "cardsorry": "offering a sympathy card for {who}, sorry for the loss first",
    "cardsigned": "offering the card it just wrote again, signed with the names asked for",
    "cardwhat": "asking what a card is for, when it was asked for one and nobody said the "
    "occasion (never a birthday guessed): 'Gladly, {name}; but what is the card for?'",
    "named": "a name made of the people's own names, asked 'with our names in it: jo, sam, raj' "
    "(bots/naming.py): `#named any: We Happy {thing} | King Harry's few, counted: {what}`; {what} "
    "is the names said together, {thing} how many they are (Three)",
    "brief": "an opener before short names, when short ones are asked for ('two words', 'it has "
    "to fit on a sign'): 'Short enough for a sign, {name}:'",
    "unmade": "owning up, in voice, that verse, a roast or a made-up name is not its craft",
    "examine": "a question of right and wrong examined, in voice, when its view is not on the deed",
    "disputed": "a dispute of fact put to settle, in another persona's field, before handing it "
    "over: `#disputed {first}, and {second}, {name}: a question of what is so ...`",
    "meaning": "a quarrel over a quoted word, asked what each side means by it: `#meaning What do "
    "you and {other} each mean by '{thing}', {name}? ...`",
    "weigh": "a dilemma whose other side someone holds, weighed: `#weigh Who is harmed if you go "
    "{other}'s way, {name}, ...` ({other}: 'your mate', 'Colin'; mid-sentence only)",
    "dilemma": "an everyday dilemma put to it ('what do i say about her jumper, its awful', 'do "
    "i have to go to the wedding if i cant afford it'): a pointed question or two on that very "
    "thing, and where fitting a plain view; keyed as `#know` lines are, by the thing and what is "
    "weighed of it: `#dilemma jumper/scarf say/honest/awful: <the line>` (see bots/know.py)",
    "settle": "how it would settle an argument put to it (a whole reply, in its own craft)",
    "define": "asking back what a thing is, for one asked what {what} is or means ({what} a plain "
    "noun: 'mug', 'art')",
    "shorter": "owning, in voice, that its answer just given was too long, when asked for it "
    "shorter ('maybe shorter?', 'in one sentence'), and it has no shorter words for it",
    "still": "asking back what makes a thing one, for one asked whether an odd {what} is still a "
    "{what} ('is a mug that leaks still a mug'); says 'a {what}'",
    "share": "shares worked out for someone (how many each): uses {what}, the working ('50 "
    "biscuits among 7 kids is 7 each, with 1 left over')",
    "pace": "a pace and a speed worked out for someone's run, walk or ride: uses {what}, the "
    "working ('5 km in 27 minutes is 5 minutes 24 seconds a km, or 11.1 km an hour'); no word of "
    "shares",
    "beforehand": "before its view, when someone disagrees with it before it has said anything "
    "in the room ('I disagree with Ada, machines will never be creative'): no 'I still stand by "
    "it'",
    "missedit": "owning that it missed a match, a show or a sight the room saw, and asking how it "
    "went",
    "fall": "a thing dropped from a height worked out for someone (its time falling, its speed "
    "landing): uses {what}, the working ('it falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds'), and "
    "says the air is left out",
    "journey": "the train against the plane for a journey someone asks about: uses {what}, the "
    "times and which wins ('Paris to Berlin is about 8 to 9 hours by train ...; so the plane wins "
    "on time, the train on comfort and carbon'), after its own words",
    "sum": "a total worked out for someone (prices times counts, amounts added, costs taken off, "
    "or how many goes at a price meet a target): uses {what}, the working ('60 cookies at £1 "
    "(£60), plus 40 brownies at £2 (£80), is £140'); no word of shares",
    "plainsum": "plain arithmetic worked for someone ('whats 17 times 23', '2+2?', 'square root "
    "of 81'): uses {what}, the working ('17 × 23 is 391', '10 ÷ 0 has no answer, since ...'), "
    "briefly and in its voice, never at a sentence's start",
    "checked": "a yes to a figure checked against another ('3.9C, that should be under 4 right?'): "
    "uses {what}, the working ('3.9 is under 4, by 0.1'), after its own word for yes",
    "unchecked": "a no to a figure checked against another ('is £4.50 cheaper than 2 for £8'): "
    "uses {what}, the working ('£4.50 is not cheaper than 2 for £8 (£4 each): it is 50p dearer')",
    "untested": "for a claim put to be checked ('is that a myth', 'does that actually work') it "
    "has no line on: that it would test it before believing it, with {what}, what it would measure "
    "('how long each lot lasts')",
    "figure": "asking, in voice, for the one figure a sum needs that was not given, rather "
    "than guessing it: uses {thing}, a clause after 'tell me' ('how many of them will have a "
    "second'); after a #sum line when part of the sum is sure (then a line without {name} is "
    "chosen)",
    "unworked": "for a sum asked among figures that it cannot work out: that it will not guess, "
    "honestly, as a sum beyond what it can work reliably from what {name} said; never asking for "
    "what was already said, never that mathematics fails it",
    "unplaced": "for a sum worked that leaves out a figure the person gave (`bots.placed`): "
    "uses {thing}, that figure as said ('1 hr 30 mins', '10%'), and says honestly it cannot see "
    "where it goes, so it will not guess; never asks for a figure already given",
    "unroled": "for a sum whose figures it could add but not work to what was asked: uses "
    "{thing}, the thing asked ('the percentage', 'the price before VAT'), and owns it cannot "
    "work that reliably, so it will not guess",
    "repeat": "saying again to {name} a line of its own it said a moment ago, when asked what "
    "that line answers (before the line): 'As I said just now, {name}:'",
    "undecided": "taking no side on a point someone is sided with or against, when its own view "
    "takes none (before that view)",
    "decline": "a gentle way, in its own voice, to turn someone down ('is there a dramatic way to "
    "say no to a date'): kind and clear, never the refusal cried aloud",
    "proclaim": "the person's own words cried aloud in high style, as a quotation: uses {what}, "
    "their words as they said them ('I flashed a v4'), after a '!' or at the head of the quote",
    "recommend": "a recommendation asked for: `#recommend black holes, space: <a real book or work "
    "it would choose, and why>`; `any` for its choice when no subject is named",
    "plan": "its method for a plan or an order of things asked of it, step by step: uses {thing} "
    "(the beds, the houses, the tasks)",
    "tip": "a small human tip on an everyday matter: `#tip late, lateness, bus: <the tip>`",
    "know": "a plain, correct answer to an everyday practical question of its field (the body, "
    "food, cleaning, the home, the garden): `#know downhill running/run, downhill legs: <the "
    "answer>`; before the colon, alternatives separated by commas, each met when the question "
    "says a word of every group of it (words of a group separated by '/'; see bots/know.py)",
    "work": "its own answer on one of its own works (a play, a character, a famous line), for a "
    "question on it or one put for study ('was lady macbeth the villain', 'what does wherefore "
    "mean'): `#work lady_macbeth villain/blame: <a view a writer could give of his own work, "
    "naming the scene or line that backs it>`; keyed as `#know` lines are (bots/know.py)",
    "idea": "one concrete idea from its own field for something people are making or running (a "
    "puzzle, a game, a party, a lesson, a shop window, a menu, a sign, a display, a contest): "
    "`#idea puzzle, clue, party, glow: <the idea>`; the words before the colon are the projects "
    "and wishes it fits",
    "pitch": "offering its idea for {what} (the project as the person names it: 'your escape "
    "game', 'that'), before the idea",
    "noidea": "owning up that it has no idea of its own for {what} (their project), and asking "
    "what they are making",
    "with": "the persona's own view siding with an earlier {speaker}'s claim, told to {name}",
    "against": "the persona's own view against an earlier {speaker}'s claim, told to {name}",
    "praised": "a brief modest thanks to {name}, who praised the persona or its answer to the room",
    "pressed": "owning to {name} that its last answer missed what was asked, when {name} says "
    'so just after it ("that\'s not what i asked"); its plain owning-up follows',
    "lost": "owning to {name}, plainly and in voice, that its last answer lost them, when {name} "
    'says so just after it ("lol what??", "huh?"); the answer it should have given follows, or '
    "#askplain",
    "askplain": "asking {name} back, plainly, what they want to know, after #lost when it has no "
    "better line; no placeholder but {name}",
    "whichpart": "asking {name} which part of its answer lost them, after #lost, when they said "
    'only "huh?" and it has no better line',
    "understood": "telling {name} it did follow, and still does not know, when {name} is puzzled "
    "by its owning up",
    "nofigures": "owning to {name} that it has no figures for what it was asked, when pressed for "
    'numbers after a general answer ("ok but like actual numbers?")',
    "teased": "a light, good-humoured word back to {name}, who teased the persona to the room",
    "further": "an opener going on with the persona's own last answer, asked why or for more",
    "both": "its pick between two things questioned with 'why can't it be both' or 'why not "
    "both', just after it picked: it grants both may be so, in voice, with a true instance of its "
    "life or work",
    "passon": "thanks meant for another persona, {who}, passed on to it: never 'you are welcome'",
    "shortest": "the shortest of the names it just offered ({what}), when asked for a shorter "
    "one ('can u make it shorter, it has to fit on a chalkboard')",
    "noother": "owning plainly, in voice, that it has no other words than those it gave, when "
    "asked for another, a shorter or a less weird one and it has none",
    "plainer": "an opener before another line on what it was asked, when asked to say its answer "
    "in plainer words ('in normal words please')",
    "noplainer": "owning that it put its answer badly and has no plainer words, when asked for "
    "plainer ones",
    "deed": "a choice between two things to do answered: {what} is the pick, said whole at the "
    "start ('{what}, {name}; that is what I would do.')",
    "deedyes": "yes to a thing to do asked 'or not': {what} is the thing, said back ('Yes, {name}: "
    "{what}.')",
    "deedno": "no to a thing to do asked 'or not': {what} is the thing ('No, {name}; I would not "
    "{what}.')",
    "thanksmiss": "thanks for help its last reply did not give (small talk, owning up, handing "
    "on): it owns that it did little, never 'you are welcome'",
    "thanksno": "thanks with a but and a no ('thanks but we can't get a cat'): the idea taken "
    "back gracefully; uses {thing} (the cat)",
    "thanksbut": "thanks with a but and a no, nothing named: taken gracefully, never 'my pleasure'",
    "thanksmore": "thanks for an answer that was more than was wanted, or that did not help: it "
    "owns that it went on",
    "thanksrue": "thanks said in sarcasm ('thanks for crushing his dreams'): a rueful word back",
    "never": "a plain no, in one short sentence, to 'have you ever ...' when it never did: with "
    "the nearest true thing of its life",
    "roomasked": "the group's own goings-on asked of it (who is on the rota, what was missed, "
    "when the next meeting is), which a guest cannot know: it says so and points to the others",
    "howsit": "a guest's word, after a greeting, on a thing of the person's own they asked after "
    "('hi, how's ward 7 doing'): it cannot see it from here, and wishes it well; uses {thing}, "
    "as they named it ('ward 7', 'the bake sale')",
    "bestbit": "the best of its own work or pastime, asked of it ('what's the best bit of a long "
    "run for you?'): from its life, in a way that would fit anyone's pastime",
    "wishknown": "what it wishes it had known when it started ('what do you wish you'd known "
    "before you started?'): from its life",
    "gotinto": "what got it started in its work ('what got you into it?'): from its life",
    "without": "the thing it would never be without at its work ('whats the one thing you'd "
    "never go out without?'): from its life",
    "pet": "a pet someone got or adopted, met in one sentence after a hello or a welcome: uses "
    "{pet}, the pet as told ('Doris', 'your new tortoise'); no name",
    "hook": "a hook in a hello taken up ('you must love this group'), a few words ending in a "
    "colon, before its own line on the room's subject",
    "hooknone": "a hook in a hello ('you must love this group') when it has no line on the "
    "room's subject: it hopes to, and came to learn",
    "softthanks": "thanks answered in a room with bad news in it (a death, an illness): plain "
    "and gentle, no jest",
    "softbye": "a farewell in a room with bad news in it: gentle, 'look after yourself', no jest "
    "or stage-direction quip ('night' ones see off someone going to bed)",
    "softhello": "a greeting in a room with bad news in it: quiet, no 'how delightful', no "
    "question",
    "softwelcome": "a newcomer welcomed in a room with bad news in it: quiet, no question",
    "lossnamed": "the room's loss named once, after thanks, a farewell or a greeting: uses "
    "{loss} ('Pepper', 'Mr Patel', 'your nan')",
    "thankspiece": "thanks for words it wrote to order (a poem, a sign-off, a toast)",
    "thankssum": "thanks for a sum it worked",
    "kindask": "(ask49) its frame for a practical ask of one kind, before the plain advice "
    "(bots/ask49.py): the kind (first, pack, stop, health, should), a colon, then a short lead",
}
# ({met}: where the two a `#compose` toast is for met, bots/compose.py; {years}: the years a
# pet mourned in a `#card` lived, bots/cards.py)
PLACEHOLDERS = {
    "name",
    "speaker",
    "mention",
    "who",
    "what",
    "thing",
    "first",
    "second",
    "other",
    "met",
    "years",
    "pet",
    "loss",
}
TAGGED = re.compile(r"^#([a-z]+)\s+(.+)$")
WORD = re.compile(r"[a-z][a-z']*")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each else even ever
    every few for from further get gets got had has have having he her here hers herself him
    himself his how i if in into is it its itself just know let like lot make many me might
    more most much must my myself need no nor not now of off often on once only or other ought
    our ours ourselves out over own really right same say says she should so some such tell
    than thank thanks that the their theirs them themselves then there these they thing things
    think this those though through to too under until up us very want was way we well were
    what when where which while who whom why will with would yes yet you your yours yourself
    yourselves hello hi hey okay ok please today anyone everyone someone something one
    i'm it's that's don't can't i've you're what's there's isn't doesn't didn't won't let's
    actually maybe perhaps quite bit going go give take see look come put keep still
    good great nice everybody all y'all ever never always new first read learn try use anyway
    anyhow
    start help explain recommend find show thought people pretty rather fairly kinda
    makes made making takes took taking gives gave goes went getting gotten says said saying
    comes came coming gone tho another whether
    lol lmao rofl haha hahaha hehe omg wow yay hmm hmmm ugh meh yep nope yeah
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


# Forms the suffix rules below cannot bring home: "How did Pierre die?" must find "Pierre
# died", and "Is lying ever right?" the lines on a lie. Everyday words for family are said as
# the material says them: "was your mum strict?" is about "my mother".
IRREGULAR = {
    "died": "die", "dying": "die", "wines": "wine", "lied": "lie", "lying": "lie",
    "mum": "mother", "mom": "mother", "mummy": "mother", "mommy": "mother", "mam": "mother",
    "dad": "father", "daddy": "father", "papa": "father", "pa": "father",
    "gran": "grandmother", "granny": "grandmother", "grandma": "grandmother",
    "grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather",
    "elevator": "lift", "hubby": "husband", "uni": "university", "monkeys": "ape", "monkey": "ape",
    "paid": "pay", "children": "child", "kids": "child", "kid": "child", "presidency": "president",
    "fought": "fight", "met": "meet", "lost": "lose", "left": "leave", "wiser": "wise",
    "wisest": "wise", "travelling": "travel", "travelled": "travel",
    "sang": "sing", "invented": "invent", "coined": "coin",
    "different": "differ", "difference": "differ", "differences": "differ",
    "rusty": "rust",
    # "what temp does a kiln get to" asks a temperature.
    "temp": "temperature", "temps": "temperature",
    # "cared" is no "car": caring keeps its e.
    "cared": "care", "caring": "care", "cares": "care",
}  # fmt: skip
# "wine" is no "win"; "times" ("47 times 6", "a hundred times a day") is no "time".
# ("weakness" is a fault of a person's, never the weak tea of a line on mountains: live40)
UNCUT = frozenset(
    {"business", "witness", "harness", "care", "wine", "times", "weakness", "weaknesses"}
)
# Short adjectives whose comparatives meet the plain word: "does time run slower?" finds
# "gravity slows time", "do fridges make things colder?" a fridge that "does not make cold". A
# list, not a rule: "water", "paper", "never", "number" and "after" end the same way and compare
# nothing; nor "cleaner", "lighter", "thinner" or "fresher", which are things as often as not.
# Not the sizes and ages that name no subject ("big", "long", "old": the engine's generic
# words), and not superlatives ("the fastest way" is a way, not a speed).
COMPARED = frozenset(
    """
    slow fast quick cold hot warm cool loud quiet bright dark thick heavy strong weak deep wide
    near far soft easy dry wet close safe wise rich poor tall cheap busy sweet dense tiny huge
    narrow shallow calm smart simple
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def _compared(word: str) -> str:
    """The adjective `word` is the comparative of ("hotter": "hot", "heavier": "heavy"), or ""."""
    if not word.endswith("er") or len(word) < 5:
        return ""
    base = word[:-2]
    doubled = base[:-1] if base[-1] == base[-2] else ""
    for candidate in (base, base + "e", base[:-1] + "y" if base.endswith("i") else "", doubled):
        if candidate in COMPARED:
            return candidate
    return ""


# Nouns in "-ier" that compare nothing ("soldier" is no "soldy"); every other "-ier" and "-iest"
# is an adjective in "-y" compared: "lonelier" and "loneliest" meet "lonely", "happier" "happy".
NOT_COMPARED = frozenset(
    """
    soldier glacier frontier barrier cashier premier courier dossier terrier rapier brazier
    collier clothier hosier chandelier bombardier grenadier financier croupier fusilier
    gondolier cavalier outlier identifier lavoisier fourier cuvier olivier xavier napier
    montgolfier fancier
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# Nouns in "-ie", whose plurals lose only the "s": "movies" are movies, not "movy".
IE_NOUNS = frozenset(
    """
    movie cookie zombie calorie hippie rookie goalie pixie brownie selfie smoothie hoodie auntie
    genie prairie birdie veggie foodie newbie sweetie pinkie techie roomie boogie bookie
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# A short word of one vowel and a consonant ("hop", "cut", "not", "rid", "shar", "writ"): with
# an "e" after it, it is another word ("hope", "cute", "note", "ride", "share", "write").
SHORT = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def _y_compared(word: str) -> str:
    """The "-y" adjective `word` compares ("lonelier", "loneliest": "lonely"), or ""."""
    if word.endswith("iest") and len(word) >= 7:
        return word[:-4] + "y"
    if word.endswith("iers"):
        word = word[:-1]
    if word.endswith("ier") and len(word) >= 6 and word not in NOT_COMPARED:
        return word[:-3] + "y"
    return ""


# What a thing makes of people, compared: "does money make people happier", "do people get
# lonelier as they age", "working from home makes you lonelier".
EFFECT = re.compile(
    r"\b(?:make|makes|making|made|get|gets|getting|got|grow|grows|growing|become|becomes|"
    r"becoming)\s+(?:(?:people|you|u|us|them|everyone|kids|children|humans|"
    r"folks|men|women|someone|anyone)\s+)?(?:(?:a lot|much|way|even|any|so)\s+)?"
    r"([a-z]+(?:er|est))\b"
)


def compared_terms(text: str) -> frozenset[str]:
    """The stems of the words `text` says a thing makes people, compared ("happier",
    "lonelier"): in "does money make people happier" what money does, not what it is about.
    ("why do metal things feel colder than wooden ones" is about coldness: no person is made
    colder.)"""
    return frozenset(
        stem(w) for w in EFFECT.findall(text.lower()) if _y_compared(w) or _compared(w)
    )


# Suffixes cut, with what replaces them; "ings" before "s", so that "mornings" meets "morning"
# at "morn", not at "morning". ("-ness" goes first: "illness" meets "ill", "happiness" "happy".)
SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""), ("ed", ""),
    ("ly", ""), ("s", ""),
)  # fmt: skip


# Every reply stems the same few thousand words again and again (the message's, and the lines'
# it weighs): kept, they cost a dictionary lookup. Bounded: a word is at most a few dozen bytes.
@lru_cache(maxsize=1 << 15)
def stem(word: str) -> str:
    """A crude English stem, enough for "stars"/"star" and "measuring"/"measure" to meet."""
    word = word.removesuffix("'s").strip("'")
    if word in UNCUT:
        return word
    word = IRREGULAR.get(word, word)
    if word in UNCUT:
        return word
    word = _compared(word) or word
    if word.endswith("ies") and word[:-1] in IE_NOUNS:
        word = word[:-1]
    compared = _y_compared(word)
    if compared:
        return stem(compared)  # "lonelier" is "lonely", whatever "lonely" is
    if word.endswith("ness") and len(word) >= 7:
        word = word[:-4]
        # "loneliness" meets "lonely", "happiness" "happy", "illness" "ill".
        return stem(word[:-1] + "y") if word.endswith("i") else word
    if word.endswith(("ches", "shes", "xes", "sses", "zes")) and len(word) > 5:
        return word[:-2]
    for suffix, keep in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + keep
            # "regretted" and "regrets" meet at "regret", "stopped" and "stops" at "stop".
            if suffix in ("ed", "ing", "ings") and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            elif suffix in ("ed", "ing") and word.endswith("ell") and len(word) > 6:
                word = word[:-1]  # "quarrelled" and "travelling" (British), not "spelling"
            elif suffix in ("ed", "ing", "ings") and SHORT.fullmatch(word):
                # Not doubled, a short word lost its "e": "hoped" and "hoping" are "hope",
                # where "hopped" and "hops" are "hop".
                return word + "e"
            elif suffix in ("ies", "ied"):
                return stem(word)  # "families" meets "family", "supplies" "supply"
            break
    # "loved", "loving" and "love" all become "love", "measuring" and "measure" "measur"; a
    # short word keeps its "e" ("hope" is not "hop", "note" not "not").
    if word.endswith("e") and len(word) > 3 and not SHORT.fullmatch(word[:-1]):
        return word[:-1]
    return word


# Everyday words of a life, with the words a persona's material says them in: a question
# about regrets finds "I regretted it", one about fear finds "nothing is to be feared".
_RELATED = """
regret: mistake wish sorry regretted
radiation: radium radioactive radioactivity rays polonium
radioactive: radium radiation radioactivity rays
wish: regret regretted mistake
friend: friendship friends companion crito
fear: afraid feared courage scared fright
scare: afraid feared fear courage
afraid: fear feared courage
fail: failed failure mistake exam
proud: proudest pride prize
relax: rest walk walks garden music violin leisure sail
lonely: alone solitude friends friend
love: loved married wife husband
teach: teacher teachers taught tutor tutors school
taught: teacher teachers tutor tutors school mother
child: boy girl childhood son sons daughter young
boy: son sons child
son: boy child
young: boy girl childhood child
home: house garden
school: schooling teachers university studied
breakfast: breakfast coffee bread
hobby: music violin walk garden sail
ill: illness sick health sickness
sick: ill illness health
health: ill illness sick
religion: faith god church religious belief
religious: faith god church religion
god: faith religion church
faith: god religion church belief
church: faith god religion
army: soldier battle war
soldier: army battle war
fight: battle war soldier fought
battle: war soldier army
war: battle soldier army
strict: discipline lessons
ape: chimpanzee gorilla cousin ancestor
invent: coin word
word: coin invent
die: death dead killed
death: die killed
radioactive: radioactivity radiation
routine: day morning walk
wife: married marriage
husband: married marriage
marry: married marriage wife husband
perform: act acting actor player played stage
act: acting actor player played perform stage
actor: act acting player played stage
evil: wrong wicked bad
fast: speed quick
old: age young
robot: machine machines engine
computer: machine machines engine
sibling: brother sister family
rota: schedule timetable
revenge: wrong injustice
random: chance dice
symphony: music compose
call: name named
warm: cold freezing winter
bigger: grow expand larger
smaller: shrink
poison: hemlock poisoned
cold: freezing frozen winter chilly
evolve: selection breed breeding variation generations
evolution: selection breed breeding variation generations
pick: choose choosing chose selection
domesticated: breed breeding selection breeders
domestication: breed breeding selection breeders
automate: machine rule chore drudgery
brave: courage bravery
motherhood: mother baby child children daughter son
fatherhood: father baby child children daughter son
parenthood: mother father baby child children
parenting: mother father baby child children
research: laboratory experiment
juggle: help while
balance: help while
reckless: rash rashness
"""
RELATED = {
    stem(word): tuple(stem(w) for w in said.split())
    for word, said in (line.split(":") for line in _RELATED.strip().splitlines())
}


def related(subject: list[str]) -> dict[str, float]:
    """Query weights for `subject` widened to the words its everyday concepts are said in."""
    weights = dict.fromkeys(subject, 1.0)
    for term in subject:
        for other in RELATED.get(term, ()):
            weights.setdefault(other, 0.7)
    return weights


# Words that mean something else together: "thought" alone is "I thought", but a thought
# experiment is Einstein's method, and an X-ray is no "ray".
COMPOUNDS = re.compile(
    r"\bthought[ -]experiments?\b|\bx[ -]rays?\b|\bback in time\b|\btime[ -]travel\w*|"
    r"\btime[ -]machines?\b|\btimes[ -]tables?\b|\bai\b|\blast words\b|\bf[ae]ll(?:ing)? out\b|"
    r"\bwhat (?:did|do|does) (?:you|i|he|she|they) look like\b|"
    # "swallow your pride" is no bird, a "promise ring" no promise made.
    r"\bswallow(?:ed|ing|s)? (?:your|my|his|her|their|our|one's) pride\b|\bpromise rings?\b|"
    # "could a machine think for itself": whether it could originate anything ("think" alone is
    # no word of substance).
    r"\bthink(?:s|ing)? (?:for (?:itself|themselves|themself)|on (?:its|their) own)\b|"
    # "being sad on purpose" is done deliberately, no purpose of a rule or a life.
    r"\bon purpose\b|"
    # "glow in the dark ink" and "glow-in-the-dark stars" are things of one kind, whatever glows.
    r"\bglow[ -]in[ -]the[ -]dark\b|"
    # A "hands-on dad" is an involved one, no hand that grips (live40).
    r"\bhands-on\b|\bhands on (?=(?:dad|mum|mom|father|mother|parent|boss|manager|approach|"
    r"experience|learning|learner|type|person|role|job)s?\b)"
)
COMPOUND_TERMS = {
    "th": " thoughtexperiment experiment ",
    "x-": " xray ray ",
    "x ": " xray ray ",
    "ba": " back past timetravel ",
    "ti": " timetravel travel past ",
    "times": " multiplication table ",  # "times tables" are no time
    "ai": " artificial intelligence ",  # two letters are no word to the index
    "la": " lastwords word ",
    "fa": " quarrel ",
    "fe": " quarrel ",
    "wh": " appearance ",
    "swall": " pride ",
    "promi": " ring jewellery ",
    "think": " original originate ",
    "on pu": " deliberately ",
    "glow ": " glowinthedark glow dark ",
    "glow-": " glowinthedark glow dark ",
    "hands": " involved ",
}
# A word of a field said in an everyday sense by the words around it (looked for only where
# "book" or "card" is said: most texts say neither).
OTHER_SENSES = re.compile(
    # (review34) "book the hall" reserves it, no book read; "my card was declined" is a bank
    # card, no punched card nor a birthday card.
    r"\bbook(?:ed|ing|s)?(?= (?:the |a |an |our |my |us |some |in |it |them )?(?:\w+ )?"
    r"(?:hall|room|venue|slot|taxi|cab|flight|tickets?|train|holiday|appointment|pitch|"
    r"court|space|place|restaurant|band|dj|caterers?|hotel|bus|coach|minibus|marquee|"
    r"bouncy castle|early|online|ahead|up|in advance)s?\b)|"
    # (a table booked is no table of figures)
    r"\bbook(?:ed|ing|s)? (?:us |me )?(?:a |the |our )?table\b|"
    r"\b(?:bank|debit|credit|contactless|payment|loyalty|sim) cards?\b|"
    r"\bcards? (?:was |were |got |keeps (?:getting )?|has been |have been |been |is )?"
    r"(?:declined|rejected|refused|blocked|stopped|cancell?ed|frozen|cloned|skimmed|"
    r"(?:not |n't )working)\b|\bcard (?:readers?|machines?|payments?|pins?)\b"
)


def _other_sense(found: re.Match[str]) -> str:
    return " reserveplace " if found.group(0).startswith("book") else " cardpayment "


@lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)


def says_word(word: str, text: str) -> bool:
    """Whether `text` says `word` (a name: "Ada", "tom_b") as a word of its own, in any case.
    (Looked for as letters first: most texts name nobody, and a pattern per name is costly.)"""
    return word.lower() in text.lower() and bool(_word_pattern(word).search(text))


UNACCENTED = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=8192)
def fixed_words(line: str) -> str:
    """How a tagged line is known in what was said: its longest stretch of fixed words, its
    slots ("{name}") and the punctuation at its ends aside ("Welcome, {name}!" is "Welcome")."""
    return max(re.split(r"\{\w+\}", line), key=len).strip(" ,.;:!?")


def terms(text: str) -> list[str]:
    """The content words of `text`, stemmed, in order."""
    if " " not in text:
        # A single word (a key, a word of a message looked up alone): words recur in every
        # room, and are kept apart from the texts, which a room's new messages push out.
        return list(_word_terms(text))
    return list(_terms(text))


def _read_terms(text: str) -> tuple[str, ...]:
    text = text.lower()
    if not text.isascii():  # "Galápagos" is met by "galapagos", "Skłodowska" by "sklodowska"
        text = unicodedata.normalize("NFKD", text.translate(UNACCENTED))
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = COMPOUNDS.sub(
        lambda m: COMPOUND_TERMS.get(m.group(0)[:5]) or COMPOUND_TERMS[m.group(0)[:2]], text
    )
    if "book" in text or "card" in text:
        text = OTHER_SENSES.sub(_other_sense, text)
    stems = ((w, stem(w)) for w in WORD.findall(text) if w not in STOPWORDS and len(w) > 2)
    # A stem that is a stopword is one unless the word only lost its "e" ("note" is no "not").
    return tuple(s for w, s in stems if s not in STOPWORDS or w.endswith("e"))


# (Read once for each text: a persona's lines and a room's messages are read again and again
# for every reply.)
_terms = lru_cache(maxsize=16384)(_read_terms)
_word_terms = lru_cache(maxsize=8192)(_read_terms)


def material_validate(material: object) -> None:
    """A list of single-line strings whose tags and placeholders the engine knows."""
    from django.core.exceptions import ValidationError

    if not isinstance(material, list) or not all(isinstance(v, str) for v in material):
        raise ValidationError("The material must be a list of lines of text.", code="material")
    for line in material:
        if not line.strip() or "\n" in line:
            raise ValidationError("Each line of material is one non-empty line.", code="material")
        tagged = TAGGED.match(line.strip())
        if line.strip().startswith("#") and not (tagged and tagged.group(1) in TAGS):
            raise ValidationError(
                f"material: {line!r}: a tag is one of {', '.join('#' + t for t in TAGS)}.",
                code="material",
            )
        try:
            fields = {name for _, name, _, _ in string.Formatter().parse(line) if name}
        except ValueError as error:
            raise ValidationError(f"material: {line!r}: {error}.", code="material") from None
        if tagged and tagged.group(1) == "take" and ":" not in tagged.group(2):
            raise ValidationError(
                f"material: {line!r}: a #take says what it is about, then a colon and the view.",
                code="material",
            )
        if fields and not tagged:
            raise ValidationError(
                f"material: {line!r}: only tagged lines may use placeholders.", code="material"
            )
        if fields - PLACEHOLDERS:
            raise ValidationError(
                f"material: {line!r} uses {sorted(fields - PLACEHOLDERS)}; "
                "lines may use {name}, {speaker}, {mention}, {who}, {what}, {thing}, {first}, "
                "{second}, {other}, {met} and {years}.",
                code="material",
            )


@dataclass(frozen=True)
class Line:
    text: str
    counts: dict[str, int]
    length: int


# BM25's constants: a term's weight saturates with its count (K1), and a line's length counts
# half against it (B).
K1, B = 1.2, 0.5


@dataclass(frozen=True, eq=False)
class Index:
    """A persona's material, parsed and ready to rank. (One for each material, `index_of`:
    compared and hashed as itself, so a reading of it can be cached.)"""

    lines: tuple[Line, ...]
    tagged: dict[str, tuple[str, ...]]
    idf: dict[str, float]
    average_length: float
    # For each term, the lines that say it (their place in `lines`) and how often; and each
    # line's length norm: a query's terms are looked up, not every line's every term.
    postings: dict[str, tuple[tuple[int, int], ...]]
    norms: tuple[float, ...]

    def rank(self, weights: dict[str, float]) -> list[float]:
        """The BM25 score of every plain line for a weighted bag of query terms."""
        scores = [0.0] * len(self.lines)
        norms = self.norms
        for term, weight in weights.items():
            posted = self.postings.get(term)
            if posted:
                weighed = weight * self.idf[term]  # (the sum's order as BM25 writes it)
                for i, count in posted:
                    scores[i] += weighed * count * (K1 + 1) / (count + norms[i])
        return scores


# The index of a material already seen, by the material itself: a reply asks for its persona's
# index and the room's others' some fifteen times, and a material of a thousand lines takes 4 us
# to hash for `_index_of`'s cache each time. (A turn reads its personas afresh from the
# database, so a few turns' materials are kept, no more: each holds its lines.)
_INDEXED: dict[int, tuple[tuple[str, ...], Index]] = {}


def index_of(material: tuple[str, ...]) -> Index:
    """The persona's `material`, indexed (`_index_of`): once for each material."""
    seen = _INDEXED.get(id(material))
    if seen is not None and seen[0] is material:
        return seen[1]
    index = _index_of(material)
    if len(_INDEXED) >= 32:
        _INDEXED.clear()
    _INDEXED[id(material)] = (material, index)
    return index


@lru_cache(maxsize=64)
def _index_of(material: tuple[str, ...]) -> Index:
    plain: list[Line] = []
    tagged: dict[str, list[str]] = {}
    for raw in material:
        text = raw.strip()
        match = TAGGED.match(text)
        if match:
            tagged.setdefault(match.group(1), []).append(match.group(2))
        elif text:
            words = terms(text)
            counts: dict[str, int] = {}
            for word in words:
                counts[word] = counts.get(word, 0) + 1
            plain.append(Line(text=text, counts=counts, length=max(1, len(words))))
    documents = len(plain) or 1
    frequency: dict[str, int] = {}
    for line in plain:
        for word in line.counts:
            frequency[word] = frequency.get(word, 0) + 1
    idf = {w: math.log(1 + (documents - n + 0.5) / (n + 0.5)) for w, n in frequency.items()}
    average = sum(line.length for line in plain) / documents or 1.0
    postings: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(plain):
        for word, count in line.counts.items():
            postings.setdefault(word, []).append((i, count))
    return Index(
        lines=tuple(plain),
        tagged={tag: tuple(lines) for tag, lines in tagged.items()},
        idf=idf,
        average_length=average,
        postings={word: tuple(posted) for word, posted in postings.items()},
        norms=tuple(K1 * (1 - B + B * line.length / average) for line in plain),
    )
