"""Session 24: everyday dilemmas put to Socrates, mostly without the words "is it wrong" ("what
do i say about her jumper, its awful", "do i have to go to the wedding if i cant afford it", "my
brother wants to borrow money again", "sell my bike with a hairline crack, do i have to tell
him"), get his questions and plain view on that very thing (a `#dilemma` line, keyed as `#know`
lines are), never owning up ("On that I am truly ignorant"), nor a stock line on a word of it
("Pleasures differ..."). Plain chat with the same words is no dilemma."""

from __future__ import annotations

import pytest

from bots.engine import DILEMMA_PUT
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

DILEMMAS = index_of(tuple(VOICES["socrates"].material)).tagged["dilemma"]
SAID = [line.partition(":")[2].strip() for line in DILEMMAS]


def line_starting(start: str) -> str:
    """The #dilemma line that starts so (its keys aside), as said to Maya."""
    (found,) = [s for s in SAID if s.startswith(start)]
    return found.replace("{name}", "Maya")


# Brought to him in the rated rooms (s23) and the brief, each owned up to or answered with a
# stock line before.
ROOMS = [
    ("What is she really asking", "what do i say about her jumper, its awful"),
    (
        "Is it a lie to praise the one part",
        "is saying 'the colour is lovely' a lie if i hate the rest",
    ),
    (
        "What do they want of you at the wedding",
        "do i have to go to the wedding if i cant afford it",
    ),
    ("Are you sure of what you saw", "should i tell her her fella is on tinder"),
    ("Why leave them out", "bad not to invite cousin laura?"),
    ("Is an invitation to only part of the day", "is dinner-only invite a cop out"),
    (
        "Would you ride that bike yourself",
        "sell my bike with a hairline crack, do i have to tell him",
    ),
    ("Tell me, {name}: was the last loan", "my brother wants to borrow money again"),
    ("Whose is the gift now", "is it ok to regift"),
    ("Whose is the extra change", "can i keep the extra change the cashier gave me"),
    ("If you cover for him", "should i cover for my mate who's skiving"),
    ("Leaving early wrongs no one", "is it rude to leave early"),
    ("If the rooms differ", "who gets the bigger room if we pay the same"),
    (
        "What is she really asking",
        (
            "@socrates my daughter in law knitted my granddaughter a jumper and it's, well, "
            "it's not good. she asked what I think. what do I say"
        ),
    ),
    (
        "Is it a lie to praise the one part",
        "@socrates is saying the colour is lovely a lie though if the colour is the worst bit",
    ),
    (
        "Would you ride that bike yourself",
        (
            "@socrates mate wants to buy my old bike for £300 but i know the frame has a "
            "hairline crack near the seat post. do i have to tell him"
        ),
    ),
    (
        "If the buyer knows every fault",
        "@socrates ok what if i tell him and knock it to £100, is that fair on both of us",
    ),
    (
        "Why leave them out",
        "@socrates be honest is it bad that we didn't invite her cousin laura. she's a lot",
    ),
    (
        "Is an invitation to only part of the day",
        "@socrates ok but what if we invite her to the dinner only, is that a cop out",
    ),
    (
        "What do you want from a word with the parent",
        (
            "@socrates my son wasn't invited to a party, the whole class got invited except 3 "
            "kids. do i say something to the parent or leave it"
        ),
    ),
    (
        "Begin with a question",
        "@socrates ok if i do say something, how do i do it without being That Dad",
    ),
    (
        "Would the landlord mind",
        "@socrates is it wrong to just not tell the landlord about the cat",
    ),
    (
        "Ask the question of Gyges' ring",
        "@socrates is it wrong to mime the hard bits if nobody can tell? asking for a friend (me)",
    ),
    (
        "What would you gain by keeping quiet",
        "@socrates so do i have a word with geoff or keep my nose out",
    ),
    (
        "Would they thank you afterwards",
        "@socrates is it wrong to guilt trip parents into volunteering? bc i'm about to",
    ),
    (
        "Whose coffee is it to give",
        (
            "@socrates is it wrong that i give free refills to the regulars i like and not "
            "the ones i dont"
        ),
    ),
    (
        "What is the rule for",
        (
            "@socrates is it wrong to give someone extra when you know theyve got 4 kids, "
            "even though the rules say one parcel per household"
        ),
    ),
    (
        "What does the kind untruth take",
        "is it wrong that i told bed 4 the hospital food was actually quite good",
    ),
    ("What is done is done", "is it bad that i skipped my nans birthday to go to a gig"),
    (
        "Whose coffee is it to give",
        "is it wrong to give the regulars i like free refills and not the others",
    ),
    ("Whose is the extra change", "is it ok to keep the change when the cashier gives me too much"),
]

# Groups the rooms did not hold (a choir, a work team, a family chat, flatmates, a wedding party,
# a running club, a cafe, a ward, parents): at least two phrasings for every line.
NEW = [
    (
        "What is she really asking",
        (
            "my sister in law knitted me a scarf for xmas and its honestly hideous, she keeps "
            "asking if i like it. what do i tell her"
        ),
    ),
    (
        "What is she really asking",
        "nan knitted the baby a cardigan and it's awful, what do i say when she asks",
    ),
    (
        "When a gift disappoints",
        "my bf got me a necklace i genuinely hate, do i tell him or just wear it",
    ),
    (
        "When a gift disappoints",
        "the choir gave me a leaving present and its kind of tacky, what do i say if they ask",
    ),
    (
        "Is it a lie to praise the one part",
        "is it lying if i say i love the pattern but hate the rest of the quilt",
    ),
    (
        "Is it a lie to praise the one part",
        "is it a lie to say the sleeves are nice if the rest is a disaster",
    ),
    (
        "Can the haircut be undone",
        (
            "my flatmate got a fringe and it really doesnt suit her, she asked what i think. "
            "be honest or not"
        ),
    ),
    (
        "Can the haircut be undone",
        "@socrates mum dyed her hair purple and its awful, do i tell her",
    ),
    (
        "Can she still change the outfit",
        "bride asked if i like her dress and honestly i hate it, what do i say",
    ),
    ("Can she still change the outfit", "my mate's outfit for the gig is awful should i tell him"),
    (
        "Did he ask you to judge the cooking",
        "my father in law cooked a roast and it was inedible, what do i say",
    ),
    (
        "Did he ask you to judge the cooking",
        (
            "@socrates my housemate made us a curry and it was horrible, do i have to finish "
            "it and say its nice"
        ),
    ),
    ("Whom does the white lie protect", "is a white lie ever ok"),
    (
        "Whom does the white lie protect",
        "socrates quick one, is it fine to tell little white lies to keep the peace at work",
    ),
    ("Why invent an illness", "can i just say i'm ill to get out of the work christmas party"),
    ("Why invent an illness", "is it bad to pretend im sick so i dont have to go to choir tonight"),
    (
        "What does the kind untruth take",
        "is it wrong i told my nan she looks great when she looks really ill",
    ),
    (
        "What does the kind untruth take",
        "one of our residents asked if his wife was ok and i told him she was fine, was that wrong",
    ),
    ("Whose is the gift now", "is regifting tacky or fine"),
    (
        "Whose is the gift now",
        "@socrates got a candle set i'll never use, bad to regift it to my secret santa?",
    ),
    ("Once given, a gift is yours", "is it bad to sell a present on vinted if i'll never use it"),
    ("Once given, a gift is yours", "can i return the present my aunt gave me or is that rude"),
    ("Is a gift a price", "how much should i spend on a wedding gift, is £30 stingy"),
    ("Is a gift a price", "is a £10 secret santa present too cheap"),
    (
        "Do you give because you must",
        "everyone's chipping in £20 for the manager's leaving present, do i have to",
    ),
    (
        "Do you give because you must",
        "is it tight if i skip the whip round at work, i'm skint this month",
    ),
    (
        "Tell me, {name}: was the last loan",
        "my sister keeps asking to borrow money and never pays it back, should i lend her again",
    ),
    ("Tell me, {name}: was the last loan", "mum wants to borrow £500 again, do i say no"),
    ("Lend a friend only what you could bear", "should i lend my mate £200 for his rent"),
    ("Lend a friend only what you could bear", "is it a bad idea to lend money to a colleague"),
    (
        "Is it the money you want back",
        "my flatmate owes me £60 from march, is it petty to ask for it back",
    ),
    (
        "Is it the money you want back",
        "mate still hasn't paid me back for the festival tickets, how do i bring it up",
    ),
    (
        "Fair to whom, {name}? If you had a starter",
        "is it fair to split the bill evenly when i only had a salad",
    ),
    (
        "Fair to whom, {name}? If you had a starter",
        "team dinner tonight, do i have to split the bill equally if i didn't drink",
    ),
    ("Does he not notice", "my mate never gets a round in, do i say something"),
    ("Does he not notice", "one of the lads always skips his round, is it petty to mention it"),
    ("Why leave them out", "is it bad if we dont invite my uncle to the wedding"),
    (
        "Why leave them out",
        "should we invite the new girl from work to the leaving drinks or is it ok not to",
    ),
    ("Is an invitation to only part of the day", "is an evening only invite rude"),
    (
        "Is an invitation to only part of the day",
        "can we just invite colleagues to the reception, is that a cop out",
    ),
    (
        "What do you want from a word with the parent",
        (
            "my daughter wasn't invited to a classmates party, everyone else was. should i "
            "say something"
        ),
    ),
    (
        "What do you want from a word with the parent",
        "my kid got left out of a birthday party, do i message the mum",
    ),
    ("Whose day is it", "is it rude to ask for a plus one to my cousins wedding"),
    ("Whose day is it", "should i be annoyed i didnt get a plus one"),
    (
        "Would you be glad if they found the other chat",
        "is it bad to make a second group chat without sarah",
    ),
    (
        "Would you be glad if they found the other chat",
        "the choir has a secret chat without the conductor, is that wrong",
    ),
    ("Is an adults-only wedding", "is a child free wedding rude to parents"),
    ("Is an adults-only wedding", "we want adults only at the wedding, is that ok"),
    ("Whose comfort are you weighing", "should i invite my ex to my birthday party"),
    ("Whose comfort are you weighing", "is it weird if my ex comes to the wedding"),
    (
        "What do they want of you at the wedding",
        "can i skip my friends wedding, i cant afford the flights",
    ),
    (
        "What do they want of you at the wedding",
        "destination wedding in italy, i'm broke, do i have to go",
    ),
    ("Is the hen do the friendship", "hen do is £600, i can't afford it, do i tell the bride"),
    ("Is the hen do the friendship", "stag do costs a fortune, can i pull out"),
    ("Ask what your going would say", "do i have to go to the work christmas party"),
    ("Ask what your going would say", "is it bad to skip my cousins christening"),
    ("Leaving early wrongs no one", "is it rude to leave the wedding before the speeches"),
    ("Leaving early wrongs no one", "can i slip out early from the team dinner"),
    (
        "Would you call it fair if they cancelled",
        "is it bad to cancel plans last minute because im tired",
    ),
    (
        "Would you call it fair if they cancelled",
        "should i bail on drinks tonight, i really cant be bothered",
    ),
    ("Is saying nothing an answer", "is it ok to ghost a guy after 2 dates"),
    ("Is saying nothing an answer", "i ghosted my match on hinge, was that bad"),
    ("Is a yes given through gritted teeth", "how do i say no to babysitting for my sister again"),
    ("Is a yes given through gritted teeth", "is it rude to turn down a favour from my neighbour"),
    (
        "If you cover for him",
        "my colleague asked me to cover for him, he's hungover. do i lie to the manager",
    ),
    (
        "If you cover for him",
        "should i say my flatmate's sick when her boss calls, she's actually skiving",
    ),
    ("Who is harmed if you say nothing", "should i report my coworker for nicking from the till"),
    (
        "Who is harmed if you say nothing",
        "workmate is fiddling his expenses, do i tell the manager",
    ),
    (
        "Is telling the truth about a wrong snitching",
        "is it snitching to tell the teacher who broke the window",
    ),
    ("Is telling the truth about a wrong snitching", "would i be a grass if i told on him"),
    ("Are you sure of what you saw", "saw my best mates husband on hinge, do i tell her"),
    (
        "Are you sure of what you saw",
        "should i tell my friend her boyfriend was flirting with another girl at the party",
    ),
    (
        "A secret kept is a promise kept",
        "my friend told me a secret in confidence and i think her mum should know, do i tell",
    ),
    ("A secret kept is a promise kept", "is it wrong to break a secret if its serious"),
    (
        "Must you be their judge",
        "two of my best friends fell out and both want me to take sides, what do i do",
    ),
    ("Must you be their judge", "stuck in the middle of my sisters arguing, who do i side with"),
    (
        "Would you say it to her face",
        "is it bad that i join in when the team gossips about our manager",
    ),
    (
        "Would you say it to her face",
        "everyone in the choir is slagging off the alto behind her back, do i say something",
    ),
    (
        "If the rooms differ and the rent does not",
        "moving in with 2 mates, one room is way bigger, should we pay the same rent",
    ),
    (
        "If the rooms differ and the rent does not",
        "who should get the room with the ensuite if we all pay equal",
    ),
    (
        "Fair to whom, {name}? An even split",
        "is it fair to split the electric evenly when she runs a heater all day",
    ),
    (
        "Fair to whom, {name}? An even split",
        "should we split the heating bills equally or by usage",
    ),
    (
        "Is it fair that one pair of hands washes",
        "my flatmates never do the washing up, is it fair i do all of it",
    ),
    (
        "Is it fair that one pair of hands washes",
        "is it petty to make a chores rota, nobody else cleans",
    ),
    (
        "Would you call it fair to drive them",
        "should i ask the other parents for petrol money for the school run",
    ),
    (
        "Would you call it fair to drive them",
        "i drive everyone to training every week, is it cheeky to ask for fuel money",
    ),
    (
        "Whose was the idea",
        "my manager took credit for my idea in the meeting, should i say something",
    ),
    ("Whose was the idea", "colleague claimed my work as her own, do i tell the boss"),
    (
        "Should one who did nothing share the mark",
        "one guy in our group project did nothing, should we still put his name on it",
    ),
    (
        "Should one who did nothing share the mark",
        "is it wrong to tell the lecturer our team member hasnt done anything",
    ),
    ("Whose food is it", "my housemate keeps eating my food from the fridge, how do i bring it up"),
    ("Whose food is it", "is it stealing if my flatmate uses my milk every morning"),
    (
        "What would the one who died have wanted",
        "how do we split mums jewellery fairly between the three of us",
    ),
    (
        "What would the one who died have wanted",
        "my brother wants to keep dads watch, the will doesnt say, who gets it",
    ),
    (
        "You gave your word",
        "i said i'd help my mate move on saturday but now i cant be bothered, do i have to go",
    ),
    ("You gave your word", "told her i'd do the cake for the fair, can i back out now"),
    ("A bridesmaid who drops out late", "can i drop out of being a bridesmaid, its so much money"),
    ("A bridesmaid who drops out late", "is it awful to step down as best man"),
    (
        "Does she ask for your praise or your judgement",
        "my friend wants to quit her job to sell candles, do i tell her its a bad idea",
    ),
    (
        "Does she ask for your praise or your judgement",
        "my mate's band is honestly awful, should i tell him the truth",
    ),
    (
        "Would you rather be told",
        "a guy in my team has really bad body odour, should someone tell him",
    ),
    ("Would you rather be told", "how do i tell my friend she has bad breath"),
    (
        "If you saw a friend walking towards a cliff",
        "my dad's drinking is getting worse, do i say something",
    ),
    (
        "If you saw a friend walking towards a cliff",
        "worried about my mates gambling, should i bring it up",
    ),
    (
        "A reference is a witness",
        "my ex colleague asked me for a reference but she was honestly useless, do i lie",
    ),
    (
        "A reference is a witness",
        "is it wrong to write a glowing reference for someone who was lazy",
    ),
    (
        "Would you want to hear it from a friend's mouth",
        "we need to drop a singer from the band, how do i tell her",
    ),
    (
        "Would you want to hear it from a friend's mouth",
        "is it fair to kick someone out of the team for missing training",
    ),
    (
        "What would you gain by keeping quiet",
        "neighbours kid is always on the road alone, do i have a word or mind my own business",
    ),
    ("What would you gain by keeping quiet", "should i say something to her or keep my nose out"),
    ("Begin with a question", "how do i bring it up without sounding petty"),
    ("Begin with a question", "how should i raise it with the coach without being that mum"),
    ("Whose is the extra change", "the cashier gave me a tenner too much, can i keep it"),
    ("Whose is the extra change", "is it ok to keep extra change if the shop made the mistake"),
    (
        "Whose is it, {name}? Someone is searching",
        "found a wallet with £50 in it on the bus, can i keep the cash",
    ),
    ("Whose is it, {name}? Someone is searching", "i found a phone in the park, finders keepers?"),
    (
        "Would you call it fair if the shop kept",
        "amazon sent me two of the same order, do i have to send one back",
    ),
    (
        "Would you call it fair if the shop kept",
        "got refunded twice by mistake, should i tell them",
    ),
    (
        "Borrowed is not given",
        "i borrowed my friends book 2 years ago and never gave it back, can i just keep it",
    ),
    (
        "Borrowed is not given",
        "my neighbour lent me his drill ages ago, he forgot, do i have to return it",
    ),
    ("Whose is the account", "is it wrong to use my neighbours wifi, its not locked"),
    ("Whose is the account", "is it ok to keep using my exs netflix password"),
    (
        "Would you buy it yourself",
        "selling my car and the clutch is dodgy, do i have to mention it",
    ),
    ("Would you buy it yourself", "is it ok not to tell the buyer the sofa has a broken spring"),
    (
        "Would you ride that bike yourself",
        "selling my road bike but the frame is cracked, do i tell the buyer",
    ),
    (
        "Would you ride that bike yourself",
        "is it wrong to sell a bike with a crack in the frame if i dont mention it",
    ),
    (
        "If the buyer knows every fault",
        "if i tell her about the fault and knock £50 off is that fair",
    ),
    ("If the buyer knows every fault", "what if i tell him and give a discount, is that fair"),
    ("What is the friendship worth", "is it ok to sell my old camera to a friend at full price"),
    (
        "What is the friendship worth",
        "my mate wants my guitar, is it bad to charge him more than i paid",
    ),
    ("If you need a day", "is it wrong to call in sick when im just knackered"),
    ("If you need a day", "is pulling a sickie that bad"),
    ("Would you be content to be hired", "is it ok to exaggerate on my cv a bit"),
    ("Would you be content to be hired", "should i lie in the interview about why i left"),
    ("Is a story told for delight a lie", "is it wrong to lie to the kids about santa"),
    (
        "Is a story told for delight a lie",
        "my 8 year old asked if the tooth fairy is real, do i tell the truth",
    ),
    ("Would you say it openly", "is it wrong to check my boyfriends phone"),
    ("Would you say it openly", "should i read my teenagers messages"),
    (
        "Would they thank you afterwards for the guilt",
        "is it bad to guilt trip people into coming to the bake sale",
    ),
    (
        "Would they thank you afterwards for the guilt",
        "should i keep pressuring people to volunteer",
    ),
    ("Whose coffee is it to give", "is it wrong to give my mates free drinks at the bar"),
    ("Whose coffee is it to give", "i give the regulars extra chips on the house, is that bad"),
    ("What is the rule for", "is it wrong to bend the rules and give one family two parcels"),
    ("What is the rule for", "the limit is one per person but she needs more, do i give her extra"),
    (
        "Whose Christmas is it to be",
        "who should we spend christmas with this year, my parents or his",
    ),
    ("Whose Christmas is it to be", "is it fair if we do christmas at the in-laws every year"),
    ("Would you rather she found the receipt", "should i tell my wife how much the new bike cost"),
    ("Would you rather she found the receipt", "is it bad to hide what i spent from my husband"),
    ("Would the landlord mind", "is it bad to not tell my landlord i got a cat"),
    ("Would the landlord mind", "should i tell the landlord my boyfriend moved in"),
    ("Ask the question of Gyges' ring", "is it wrong if nobody will ever find out"),
    (
        "Ask the question of Gyges' ring",
        "can i use the staff discount for my mum, no one will know",
    ),
    (
        "What is done is done",
        "i bailed on my mates birthday drinks last night, was that really bad",
    ),
    # Session 26 (tests/bots/test_misreads26.py): dilemmas rated 1 when met by a stock line.
    (
        "Whose money is it",
        "the lady paid us twice by mistake and she hasnt noticed. is there ever a case where "
        "you'd keep it",
    ),
    ("Whose money is it", "my client paid the invoice twice. do i have to tell him"),
    (
        "Whose life is it",
        "is it kinder to let a proud man do what he wants or stop him for his own good",
    ),
    ("Whose life is it", "my dad insists on driving at 88, should i stop him for his own good"),
    (
        "Would they agree to it",
        "is it ok to deceive participants a bit if you tell them everything in the debrief after",
    ),
    ("Would they agree to it", "can i mislead participants in my study if i debrief them"),
    (
        "What do you owe the others",
        "is it wrong to keep a cast member who never learns his lines just because he's lovely",
    ),
    (
        "What do you owe the others",
        "should we drop our bandmate, he's lovely but unreliable",
    ),
    (
        "What will you owe besides the money",
        "should we borrow from a friend's mum if she's offering?",
    ),
    (
        "What will you owe besides the money",
        "a friend's mum is offering to invest in the van, should we take it",
    ),
    (
        "Who is the story for",
        "is it ok to mention in the speech that priya crashed dad's car when she was 17?",
    ),
    (
        "Who is the story for",
        "should i tell the embarrassing story about my brother in my best man speech",
    ),
    (
        "Fair, {name}? No",
        "is it fair that an animal gets worse care because its owner is skint?",
    ),
    (
        "Fair, {name}? No",
        "is it wrong that people who can't afford the vet get worse treatment for their pets",
    ),
    # Session 26 (lead, the robotics dev room): a win built on another's idea.
    ("Whose is a win", "bonus q: if we win with their design whose win is it"),
    ("Whose is a win", "who gets the credit if the team wins but i did most of it"),
    # Session 26: a hypothesis nothing could prove wrong (the dissertation room).
    (
        "Ask yourself what you would see",
        'my supervisor says my hypothesis is "unfalsifiable". is she right or is she just being '
        "mean",
    ),
    ("Ask yourself what you would see", "my theory can't be proved wrong, is that a good thing"),
    # Session 28 (tests/bots/test_socrates28.py): a wallet handed in; revenge.
    (
        "Whose was the cash",
        "passenger left a wallet in my car with £300 cash. i handed it all in. my mate says i "
        "should've kept the cash and handed in the cards. who's right",
    ),
    (
        "Whose was the cash",
        "handed in a purse i found, my sister says i should have kept the money. am i wrong",
    ),
    ("Never return a wrong", "is revenge ever ok"),
    ("Never return a wrong", "is it wrong to want to get even with my ex"),
    # Session 29 (misreads31): a share in a syndicate's win, for one who forgot to pay.
    (
        "Then ask what a share is for",
        (
            "if one of us forgets to pay one week and thats the week we win, do they get a share "
            "or not. me and gaz disagree"
        ),
    ),
    (
        "Then ask what a share is for",
        (
            "my mate missed paying into the syndicate last week and we won, does he still get "
            "his share?"
        ),
    ),
]

# Plain chat with the same words (a jumper for the cold, the wedding venue, a bill to split,
# change on a contract): no dilemma.
PLAIN = [
    "i love your jumper",
    "the wedding was amazing, best day ever",
    "lent my bike to jo for the weekend and she loved it",
    "who gets the first round in tonight?",
    "the cashier gave me a funny look lol",
    "should i bring a jumper tonight, is it cold?",
    "how much is the wedding venue",
    "can i keep my bike in the hallway?",
    "do i have to book the room in advance?",
    "my sister is borrowing my car this weekend, is that ok with the insurance?",
    "the kids are at a party, back at 6",
    "is it going to rain at the wedding on saturday?",
    "what's the best gift for a 5 year old?",
    "do we split into two teams for the quiz?",
    "who has the spare key?",
    "is the change to the rota ok with everyone?",
    "should we leave early to beat the traffic?",
    "found a tenner in my coat, should i buy pizza?",
    "do i have to bring a present to the baby shower?",
    "what should i say in my best man speech?",
    "how do i tell if my sourdough starter is ready",
    "should i tell the doctor about my knee?",
    "is it bad to leave the heating on all day",
    "is the bigger room at the venue free on saturday?",
    "can i use the staff discount online?",
    "should i cancel my gym membership?",
    "is it ok to freeze cooked rice",
    "my mate's band is playing saturday, who's coming?",
    "can we split the bill tonight? i've only got card",
    "should i ghost pepper the chilli or is that too much",
    "what time is the hen do on saturday?",
    "my brother got married last week, it was lovely",
    "is it cheating to use a calculator in the maths exam",
    "what's the difference between a loan and a mortgage?",
    "do i need to return the library book by friday?",
    "my daughter's party is on saturday, can't wait",
    "how do i say no in french?",
    "should i tell my boss i'm pregnant yet?",
    "is it rude to eat with your hands in india",
    "is the new secret santa budget £10?",
    "should we have kids at the wedding or is that chaos",
    "can i bring my dog to the bbq?",
    "the refund came through twice lol, rich",
    "is my haircut ok for the interview?",
    "i need to tell my boss im leaving, how do i word the email",
    "do you think the dress code is smart casual?",
    "i hate this jumper, its so itchy, should i return it?",
    "do you think the jumper will shrink in the wash?",
    "my nan knitted all afternoon, she loves it",
    "who should pay for the minibus, the club or us?",
    "can i keep the change on my phone contract?",
    "should i change my bank?",
    "we're splitting the bill 4 ways, what's each?",
    "is it bad to sell my old phone on ebay or trade it in?",
    "can i sell tickets for the gig on the group chat?",
    "should i lend my notes to the new guy? they're a mess",
    "my sister's lending me her dress for the wedding!",
    "is it ok to wear white to a wedding?",
    "is it ok to leave bread out overnight?",
    "should we go early to get a table?",
    "how do i get my flatmate's cat to like me?",
    "is it worth buying a new bike or fixing the old one?",
    "the choir's secret santa is on friday, who's bringing mince pies?",
    "do we need to invite the council to the fair?",
    "my friend said she'll come to the gig, so excited",
    "i promised my kids pizza tonight, any good places?",
    "is a 10 minute walk break ok on a long run?",
    "should i tell my landlord the boiler is broken?",
    "how do i tell my flatmate the rent is going up?",
    "can we share the room at the hostel if we pay the same?",
    "who gets the window seat on the train?",
]


@pytest.mark.parametrize(("start", "text"), ROOMS + NEW)
def test_a_dilemma_gets_his_line_on_that_very_thing(start, text):
    assert say("socrates", text, seed=0) == line_starting(start)


@pytest.mark.parametrize(("start", "text"), ROOMS[:13])
@pytest.mark.parametrize("seed", [1, 2])
def test_whatever_the_seed(start, text, seed):
    assert say("socrates", text, seed=seed) == line_starting(start)


def test_every_line_is_reached_by_two_phrasings():
    reached = {}
    for start, _text in ROOMS + NEW:
        reached[line_starting(start)] = reached.get(line_starting(start), 0) + 1
    assert {s.replace("{name}", "Maya") for s in SAID} == set(reached)
    assert min(reached.values()) >= 2


@pytest.mark.parametrize("text", PLAIN)
def test_plain_chat_is_no_dilemma(text):
    reply = say("socrates", text, seed=0)
    assert not any(s.replace("{name}", "Maya") == reply for s in SAID)
    assert not any(s.split("{name}")[0][:30] in reply for s in SAID)


@pytest.mark.parametrize(
    "text",
    [
        "the jumper she knitted is lovely",
        "we are off to the wedding tomorrow",
        "my brother paid back the loan last week, all sorted",
        "the cashier gave me extra change and i handed it back",
    ],
)
def test_a_thing_told_asks_nothing(text):
    assert not DILEMMA_PUT.search(text)


def test_asked_again_he_examines_it_afresh():
    text = "what do i say about her jumper, its awful"
    line = line_starting("What is she really asking")
    history = (Line("maya", text), Line("Socrates", line, own=True))
    reply = say(
        "socrates",
        "sorry but what do i say about the jumper, it really is awful",
        seed=0,
        history=history,
    )
    assert reply != line
    assert "What is she really asking" not in reply


def test_said_unasked_it_is_not_his_to_weigh():
    reply = say("socrates", "what do i say about her jumper, its awful", seed=0, unasked=True)
    assert "What is she really asking" not in reply


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "lovelace", "shakespeare"])
def test_only_the_philosopher_weighs_dilemmas(slug):
    reply = say(slug, "my brother wants to borrow money again", seed=0)
    assert "Tell me, {name}: was the last loan" not in reply


@pytest.mark.parametrize(
    "pressed",
    [
        "ok but he was 94 and sad, surely thats allowed",
        "but nobody else on the ward would ever know",
        "even if it makes him happy?",
    ],
)
def test_a_point_pressed_back_on_his_word_is_examined_again(pressed):
    # It had got "Sad movies are our tragedies", on "sad".
    earlier = "@socrates is it wrong that i told bed 4 the hospital food was actually quite good"
    line = line_starting("What does the kind untruth take")
    history = (Line("femi", earlier), Line("Socrates", line, own=True))
    reply = say("socrates", pressed, author="femi", seed=0, history=history)
    assert reply in {
        s.format(name="Femi")
        for s in index_of(tuple(VOICES["socrates"].material)).tagged["examine"]
    }
