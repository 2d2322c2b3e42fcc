"""Everyday questions of the scientists' fields that hobby groups ask (know39), and questions of
the personas' own times, put to all six.

Fields: ideas that come once you stop trying, metal detectors, boats' wakes, heeling and
shallow water, waves on a beach, cars and batteries in the cold, frost and snow, cracked lips,
dimmers, extension leads, sparks at a plug, microphone squeal, halls full and empty, static in
fleeces; shrinking cotton, creasing linen, sweaty polyester, blue hands from new jeans, old
books' smell, black and white photographs, old coins, wedding-ring marks, pewter, road salt,
waxing diesel, proving twice, yeast that smells of beer; herons, robins singing at night,
hedgehogs by night, waking at 3am and at dawn in old age, earworms, doorways and forgetting,
old songs remembered, a tired memory, cracking voices, warm-ups, goosebumps at music, white
fingers in the cold; memorising a deck of cards and sudoku. Each was owned up to ("That one
leaves me as puzzled as my cat Tiger", Einstein, on ideas in the shower) or answered with a
line on another thing (Curie's hair gone green in a pool for a metal detector, Darwin's gulls
following a boat's wake for waking at 3am, Einstein's draughts for a flat car battery).

Their own times: "what did ordinary people eat in your day", "did people brush their teeth in
your time", "what did people do for fun in athens", "did you ever have a shed" were owned up to
by Shakespeare ("that is a part I never wrote for myself", with a #life line on plain food),
Socrates, Darwin and the rest. Each persona now answers food, drink, fun, teeth and washing,
doctors, travel, houses, gardens and sheds, hours of work, money, weddings, children, clothes
and music of its own time, truly and in its voice, from `#know` lines keyed with "you" and the
shared group "~then" (`know.SHARED`: "in your day", "back then", "when you were young"); and
not for a question of its opinion, its works or the asker's own life that shares a word."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from bots.know import best_known, knowns
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

SLUGS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")

# (the line's opening words, the persona, a question put to it)
ASKED = [
    # Einstein's field
    ("Many of my best ideas", "einstein", "why do i always think of the answer in the shower"),
    ("Many of my best ideas", "einstein", "why do my best ideas come on walks"),
    ("Many of my best ideas", "einstein", "why does the clue come to me once i put it down"),
    ("Many of my best ideas", "einstein", "is there a reason solutions pop up when i give up"),
    ("Not magnets, {name}, but induction", "einstein", "how does a metal detector work"),
    ("Not magnets, {name}, but induction", "einstein", "can a metal detector tell gold from iron"),
    ("Not magnets, {name}, but induction", "einstein", "is a metal detector just a big magnet"),
    ("Every boat on deep water", "einstein", "why do boats leave a v shaped wake"),
    ("Every boat on deep water", "einstein", "why is a duck's wake always the same angle"),
    ("Every boat on deep water", "einstein", "what angle does a ship's wake spread at"),
    ("A battery's chemistry slows", "einstein", "why wont my car start when its freezing"),
    (
        "A battery's chemistry slows",
        "einstein",
        "why does my van struggle to start on frosty mornings",
    ),
    ("A battery's chemistry slows", "einstein", "why do car batteries die in winter"),
    ("The car's heater runs", "einstein", "why does my car take ages to warm up in winter"),
    (
        "The car's heater runs",
        "einstein",
        "why does the car heater blow cold for so long in winter",
    ),
    ("The car's heater runs", "einstein", "why is my engine so slow to heat up on cold mornings"),
    ("Glass cracks when one part", "einstein", "why does a car windscreen crack in the cold"),
    (
        "Glass cracks when one part",
        "einstein",
        "can hot water from the kettle crack a frozen windscreen",
    ),
    (
        "Glass cracks when one part",
        "einstein",
        "why did the chip in my windshield split when i put the heater on",
    ),
    ("Frost grows from tiny scratches", "einstein", "why does frost make patterns on the window"),
    ("Frost grows from tiny scratches", "einstein", "why does the ice on the car look like ferns"),
    (
        "Frost grows from tiny scratches",
        "einstein",
        "what makes the feathery frost shapes on glass",
    ),
    ("Cold air holds little water", "einstein", "why do my lips crack in the cold"),
    ("Cold air holds little water", "einstein", "why do my hands get so dry and cracked in winter"),
    ("Cold air holds little water", "einstein", "why are my knuckles split every winter"),
    ("Snow squeaks only", "einstein", "why does snow squeak when you walk on it"),
    ("Snow squeaks only", "einstein", "why is the snow so squeaky today"),
    ("Snow squeaks only", "einstein", "why does snow creak under my boots sometimes"),
    ("Most old dimmers", "einstein", "why do led bulbs flicker on a dimmer"),
    ("Most old dimmers", "einstein", "my new lights buzz on the dimmer switch, why"),
    ("Most old dimmers", "einstein", "why does the lamp strobe when its on a dimmer"),
    ("Current through a wire makes heat", "einstein", "why does my extension lead get warm"),
    (
        "Current through a wire makes heat",
        "einstein",
        "is it bad that my cable reel gets hot with the heater",
    ),
    ("Current through a wire makes heat", "einstein", "the power strip smells of burning, why"),
    ("That small spark", "einstein", "why do plugs spark when i pull them out"),
    ("That small spark", "einstein", "why did the socket spark when i plugged the kettle in"),
    ("That small spark", "einstein", "why does the switch flash blue when i turn it off"),
    ("That squeal is feedback", "einstein", "why does the mic squeal at our gigs"),
    ("That squeal is feedback", "einstein", "how do we stop feedback from the speakers"),
    ("That squeal is feedback", "einstein", "why does the pa howl when the vicar walks past it"),
    ("The wind pushes on the sails", "einstein", "why does a boat lean over in the wind"),
    ("The wind pushes on the sails", "einstein", "why does my dinghy heel so much in gusts"),
    ("The wind pushes on the sails", "einstein", "why do yachts tip when they sail"),
    ("In shallow water the boat", "einstein", "why does a canal boat go slower in shallow water"),
    ("In shallow water the boat", "einstein", "why does the narrowboat drag in the shallows"),
    (
        "In shallow water the boat",
        "einstein",
        "why cant i get any speed on the canal where its shallow",
    ),
    ("A wave slows as the sea floor", "einstein", "why do waves get bigger near the shore"),
    ("A wave slows as the sea floor", "einstein", "why do waves break on the beach"),
    (
        "A wave slows as the sea floor",
        "einstein",
        "why do the waves get steeper as they reach land",
    ),
    ("People are soft", "einstein", "why does music sound different in a full room vs empty"),
    (
        "People are soft",
        "einstein",
        "why does our choir sound so different at the empty rehearsal than with an audience",
    ),
    ("People are soft", "einstein", "why does the band sound better packed than at the soundcheck"),
    ("Hard walls and nothing soft", "einstein", "why does my voice echo in the stairwell"),
    ("Hard walls and nothing soft", "einstein", "why is the school corridor so echoey"),
    ("Hard walls and nothing soft", "einstein", "why does everything echo in the underpass"),
    ("Echo is sound bouncing", "einstein", "why does our church hall echo so badly"),
    ("Echo is sound bouncing", "einstein", "why does the village hall echo when it's empty"),
    ("Rubbing two different materials", "einstein", "why does my fleece crackle with static"),
    (
        "Rubbing two different materials",
        "einstein",
        "why does the trampoline give the kids static hair",
    ),
    ("Rubbing two different materials", "einstein", "why do i get shocks off my polyester blanket"),
    # Curie's field
    (
        "It is induction, not magnets",
        "curie",
        "how does a metal detector know it's metal? is it magnets",
    ),
    ("It is induction, not magnets", "curie", "how do metal detectors find gold"),
    ("It is induction, not magnets", "curie", "why does my metal detector beep over copper"),
    (
        "Cotton is stretched taut",
        "curie",
        "why does cotton shrink in the wash but polyester doesnt",
    ),
    ("Cotton is stretched taut", "curie", "why did my t-shirt shrink"),
    ("Cotton is stretched taut", "curie", "why do you have to wash new fabric before sewing"),
    ("Cotton is stretched taut", "curie", "should i prewash my cotton before quilting"),
    ("That smell is the paper", "curie", "why do old books smell like that"),
    ("That smell is the paper", "curie", "why does the secondhand bookshop smell so musty"),
    ("That smell is the paper", "curie", "what is that old paper smell in antique books"),
    (
        "Don't, {name}, if they may be worth",
        "curie",
        "how do i clean old coins without damaging them",
    ),
    ("Don't, {name}, if they may be worth", "curie", "should i polish the roman coins i found"),
    ("Don't, {name}, if they may be worth", "curie", "whats the best way to clean a hammered coin"),
    ("Salt water freezes colder", "curie", "why do they put salt on the roads"),
    ("Salt water freezes colder", "curie", "why does salt go on the roads in winter"),
    ("Salt water freezes colder", "curie", "does road salt work when its really freezing"),
    ("Those dark marks", "curie", "why does my wedding ring leave a black mark on my finger"),
    ("Those dark marks", "curie", "my gold bracelet leaves grey marks on my wrist, why"),
    ("Those dark marks", "curie", "why does my silver necklace leave a dark line on my neck"),
    ("Old pewter may hold lead", "curie", "is it safe to eat off old pewter"),
    ("Old pewter may hold lead", "curie", "can you drink from a pewter tankard"),
    ("Old pewter may hold lead", "curie", "are pewter plates toxic"),
    ("Linen and cotton are nearly pure", "curie", "why does linen crease so much"),
    ("Linen and cotton are nearly pure", "curie", "why does my cotton shirt wrinkle so easily"),
    ("Linen and cotton are nearly pure", "curie", "why is my linen dress always crumpled"),
    ("Polyester drinks almost no water", "curie", "why does polyester make me sweat"),
    ("Polyester drinks almost no water", "curie", "why am i so clammy in nylon"),
    ("Polyester drinks almost no water", "curie", "why do synthetic shirts feel so hot"),
    ("Indigo never truly bonds", "curie", "why do new jeans dye my hands blue"),
    ("Indigo never truly bonds", "curie", "my new jeans turned my legs blue, why"),
    ("Indigo never truly bonds", "curie", "why does denim rub off on the sofa"),
    ("Silver, {name}: the film", "curie", "how were old black and white photos made"),
    ("Silver, {name}: the film", "curie", "how did film photography actually work"),
    ("Silver, {name}: the film", "curie", "what happens in a darkroom when you develop a photo"),
    ("Diesel carries paraffin waxes", "curie", "why does diesel go cloudy in the cold"),
    ("Diesel carries paraffin waxes", "curie", "can diesel freeze in winter"),
    ("Diesel carries paraffin waxes", "curie", "why does diesel turn to jelly in a frost"),
    ("The first rise builds flavour", "curie", "why does dough need to prove twice"),
    (
        "The first rise builds flavour",
        "curie",
        "why do recipes say to let bread rise again after shaping",
    ),
    (
        "The first rise builds flavour",
        "curie",
        "whats the point of knocking back the dough for a second proof",
    ),
    ("Baker's and brewer's yeast", "curie", "why does fresh yeast smell like beer"),
    ("Baker's and brewer's yeast", "curie", "why does my dough smell of alcohol"),
    ("Baker's and brewer's yeast", "curie", "why does my starter whiff like a brewery"),
    ("Salt tightens the gluten", "curie", "what does salt do in bread dough"),
    ("Salt tightens the gluten", "curie", "why does salt matter in bread"),
    # Darwin's field
    (
        "He is watching for breakfast",
        "darwin",
        "theres a heron on my roof every morning, what's he after",
    ),
    ("He is watching for breakfast", "darwin", "why does a heron keep coming to my pond"),
    ("He is watching for breakfast", "darwin", "what does the heron perched on our boat want"),
    ("A heron stands still", "darwin", "why do herons stand so still by the water"),
    ("A heron stands still", "darwin", "how can a heron stand still for hours"),
    ("A heron stands still", "darwin", "why is the heron waiting like a statue"),
    ("Street lights, often", "darwin", "why do blackbirds sing at night"),
    ("Street lights, often", "darwin", "why is there a robin singing at 3am outside my window"),
    ("Street lights, often", "darwin", "why do birds sing under the street light"),
    ("Hedgehogs are night workers", "darwin", "why do hedgehogs come out at night"),
    ("Hedgehogs are night workers", "darwin", "why do i only see hedgehogs at night"),
    ("Hedgehogs are night workers", "darwin", "are hedgehogs nocturnal, why"),
    ("Sleep runs in cycles", "darwin", "why do i wake up at 3am every night"),
    ("Sleep runs in cycles", "darwin", "why do i always wake in the middle of the night"),
    ("Sleep runs in cycles", "darwin", "why am i wide awake at 4am"),
    ("The body clock shifts earlier", "darwin", "why do old people wake up early"),
    ("The body clock shifts earlier", "darwin", "why does my grandad get up at 5am"),
    ("The body clock shifts earlier", "darwin", "why do we wake earlier as we get older"),
    ("An earworm", "darwin", "why do songs get stuck in my head"),
    ("An earworm", "darwin", "how do i get rid of an earworm"),
    ("An earworm", "darwin", "why does one tune keep repeating in my head"),
    ("A doorway is a full stop", "darwin", "why do i forget why i walked into a room"),
    ("A doorway is a full stop", "darwin", "why do i go upstairs and forget what i went for"),
    ("A doorway is a full stop", "darwin", "i walk into the kitchen and cant remember why"),
    (
        "Old songs were heard",
        "darwin",
        "why can i remember songs from 30 years ago but not my lunch",
    ),
    ("Old songs were heard", "darwin", "why do i remember lyrics from school but not my pin"),
    ("Old songs were heard", "darwin", "how can i recall every tune from my teens"),
    ("A tired brain attends poorly", "darwin", "why is my memory worse when im tired"),
    ("A tired brain attends poorly", "darwin", "why cant i concentrate when im exhausted"),
    ("A tired brain attends poorly", "darwin", "why am i so forgetful after a bad night"),
    ("The voice has two gears", "darwin", "why does my voice crack when i sing high"),
    ("The voice has two gears", "darwin", "why does my voice break on the high notes in choir"),
    ("The voice has two gears", "darwin", "why does my voice flip at karaoke"),
    ("Singing is done with muscles", "darwin", "why do singers warm up"),
    ("Singing is done with muscles", "darwin", "do i really need to warm up before choir"),
    ("Singing is done with muscles", "darwin", "whats the point of vocal warm ups"),
    ("A moving song sets off", "darwin", "why do i get goosebumps when i hear a good song"),
    ("A moving song sets off", "darwin", "why does music give me chills"),
    ("A moving song sets off", "darwin", "why do i get shivers when the choir sings"),
    ("In the cold the body narrows", "darwin", "why do my fingers go white in the cold"),
    ("In the cold the body narrows", "darwin", "why do my toes go numb in winter"),
    ("In the cold the body narrows", "darwin", "why do my fingertips go pale when its freezing"),
    # Lovelace's field
    ("By the old method of places", "lovelace", "how do people memorise a deck of cards"),
    ("By the old method of places", "lovelace", "what is a memory palace"),
    (
        "By the old method of places",
        "lovelace",
        "how can i remember a whole pack of cards in order",
    ),
    ("Ask where a digit must go", "lovelace", "is there a trick to doing sudoku faster"),
    ("Ask where a digit must go", "lovelace", "how do i get better at sudoku, i always get stuck"),
    ("Ask where a digit must go", "lovelace", "whats the best strategy for sudoku"),
]

# Their own times: (the line's opening words, the persona, a question put to it).
TIMES = [
    ("Bread, pottage and cheese", "shakespeare", "what did ordinary people eat in your day"),
    ("Bread, pottage and cheese", "shakespeare", "what did elizabethans eat"),
    (
        "Bread, pottage and cheese",
        "shakespeare",
        "what was food like back then when you were alive",
    ),
    ("Ale and beer at every meal", "shakespeare", "did everyone drink beer in your time"),
    (
        "The playhouse, {name}, a penny",
        "shakespeare",
        "how did people entertain themselves in your time",
    ),
    ("No brushes, {name}", "shakespeare", "did people brush their teeth in your time"),
    ("No brushes, {name}", "shakespeare", "how did people wash back in your day"),
    ("Physic was a gamble", "shakespeare", "did people have dentists in your day"),
    ("On foot, mostly", "shakespeare", "how did people get about in your day"),
    ("Timber frames filled", "shakespeare", "what were houses like in your time"),
    ("New Place had a great garden", "shakespeare", "did you ever have a shed"),
    ("Dawn to dusk", "shakespeare", "how long did people work in your day"),
    ("Twelve pence to the shilling", "shakespeare", "how much did a loaf cost in your day"),
    ("Banns read three Sundays", "shakespeare", "how did people get married in elizabethan times"),
    ("Children worked young", "shakespeare", "what did kids play with when you were young"),
    ("Linen next the skin", "shakespeare", "what did people wear back in your day"),
    ("Colder winters than yours", "shakespeare", "what was the weather like in your day"),
    ("Music everywhere", "shakespeare", "what music was popular in your time"),
    ("Dogs for hunting and guarding", "shakespeare", "did people keep dogs in your day"),
    ("Barley, {name}", "socrates", "what did ancient greeks eat"),
    ("Barley, {name}", "socrates", "what did people have for dinner in your day"),
    ("Water from the fountain houses", "socrates", "did people drink beer in your time"),
    ("Festivals, {name}", "socrates", "what did people do for fun in athens"),
    ("Festivals, {name}", "socrates", "what did athenians do in their free time"),
    ("No soap and no tooth-brushes", "socrates", "did people brush their teeth in your time"),
    (
        "Doctors of Hippocrates' school",
        "socrates",
        "what happened when people got ill in your time",
    ),
    ("On foot, {name}, barefoot", "socrates", "how did people travel when you were alive"),
    ("Plain houses of mud brick", "socrates", "what were houses like in ancient athens"),
    ("From first light to dark", "socrates", "how long did people work in your day"),
    (
        "Silver, {name}: the drachma",
        "socrates",
        "what did things cost back then when you were alive",
    ),
    ("A girl of fourteen or so", "socrates", "how did athenians get married"),
    ("Boys went to school at seven", "socrates", "what did kids in ancient athens play with"),
    ("A tunic, the chiton", "socrates", "did the ancient greeks wear togas"),
    ("Music was half a boy's schooling", "socrates", "what music did people listen to in your day"),
    ("No garden of mine", "socrates", "did you have a garden"),
    ("In the Munich of my boyhood", "einstein", "what did ordinary people eat in your day"),
    ("Beer in Bavaria", "einstein", "what did people drink back in your time"),
    ("Concerts, opera and the cafés", "einstein", "what did people do for fun in your day"),
    (
        "Toothbrushes and tooth powder",
        "einstein",
        "how did people keep clean in your day, did they bathe",
    ),
    ("Doctors knew germs by my youth", "einstein", "what was medicine like back in your day"),
    ("Trains and trams", "einstein", "how did people get about in your day"),
    ("City flats up many stairs", "einstein", "did people have central heating in your day"),
    ("Our wooden summer house at Caputh", "einstein", "did you ever have a shed"),
    ("Six days a week", "einstein", "what hours did people work in your day"),
    ("Marks in Germany", "einstein", "how much did a loaf of bread cost in your day"),
    ("A civil wedding at the registry", "einstein", "what were weddings like in your time"),
    ("Tin soldiers, hoops", "einstein", "what games did kids play when you were little"),
    ("Stiff collars, waistcoats", "einstein", "what did people wear in your time"),
    ("Music was made at home", "einstein", "what kind of music was popular in your day"),
    ("Toothbrushes and tooth powder", "einstein", "did people have dentists in your day"),
    ("In Warsaw, {name}, rye bread", "curie", "what did ordinary people eat in your day"),
    ("A toothbrush and powder", "curie", "were there dentists back when you were young?"),
    ("Tea from the samovar", "curie", "what did people drink back in your time"),
    ("Cycling, {name}, which was all the rage", "curie", "what did people do for fun in your day"),
    ("A toothbrush and powder", "curie", "did people brush their teeth in your time"),
    ("Doctors knew microbes by then", "curie", "what happened when people got ill in your time"),
    (
        "By train, {name}: I came from Warsaw",
        "curie",
        "how long did it take to travel anywhere in your day",
    ),
    ("Flats up many stairs", "curie", "what were houses like in your time"),
    ("The most famous shed in science", "curie", "did you ever have a shed"),
    ("Ten or twelve hours a day", "curie", "how long did people work in your day"),
    ("Gold francs in France", "curie", "what did things cost in your day"),
    ("Most married in church", "curie", "what were weddings like in your time"),
    ("Hoops, dolls, tops", "curie", "what did children play with in your day"),
    ("Long skirts and corsets", "curie", "what did people wear in your time"),
    ("Chopin in every Warsaw parlour", "curie", "what music did people listen to in your day"),
    ("For the poor, {name}, bread", "lovelace", "what did victorians eat"),
    ("Tea above all", "lovelace", "what did people drink back in your time"),
    ("Balls, the theatre and the opera", "lovelace", "what did people do for fun in your day"),
    ("A toothbrush of bone", "lovelace", "did people brush their teeth in your time"),
    ("Bleeding, leeches and laudanum", "lovelace", "what were doctors like in your time"),
    ("By horse and carriage", "lovelace", "how did people get about in your day"),
    ("Candles and oil lamps", "lovelace", "what were houses like in your time"),
    (
        "Twelve hours and more in the mills, {name}, children too",
        "lovelace",
        "how long did people work in your day",
    ),
    (
        "Pounds, shillings and pence, {name}: a farm labourer earned ten shillings",
        "lovelace",
        "what did things cost in your day",
    ),
    ("Weddings were in the morning", "lovelace", "what were weddings like in your time"),
    ("Poor children worked in mills", "lovelace", "what did children play with in your day"),
    ("Long dresses with tight waists", "lovelace", "what did people wear in your time"),
    (
        "Music was made in the drawing room",
        "lovelace",
        "what music did people listen to in your day",
    ),
    ("For a labourer, {name}", "darwin", "what did ordinary people eat in your day"),
    ("Tea and beer, {name}", "darwin", "what did people drink back in your time"),
    ("Cricket, fairs and the music hall", "darwin", "what did victorians do for fun"),
    ("A bone toothbrush", "darwin", "did people brush their teeth in your time"),
    ("Surgery without anaesthetic", "darwin", "what was medicine like back in your day"),
    ("By coach and on horseback", "darwin", "how did people get about in your day"),
    ("Coal fires and oil lamps", "darwin", "what were houses like in your time"),
    ("A garden, yes", "darwin", "did you ever have a shed"),
    ("A garden, yes", "darwin", "did you have a garden"),
    (
        "Twelve hours and more in the mills, {name}, and children",
        "darwin",
        "how long did people work in your day",
    ),
    (
        "Pounds, shillings and pence, {name}: a farm labourer in Kent",
        "darwin",
        "what did things cost in your day",
    ),
    ("In the parish church in the morning", "darwin", "what were weddings like in your time"),
    ("Poor children worked in fields", "darwin", "what did children play with in your day"),
    ("Heavy wool and plenty of it", "darwin", "what did people wear in your time"),
    ("A piano in every parlour", "darwin", "what kind of music was popular in your day"),
]

# A question of another thing sharing a word of a new line, its own opinion, its works or the
# asker's own life: none of the new lines.
LOOK_ALIKES = [
    ("shakespeare", "what should i eat before my audition"),
    ("shakespeare", "in your opinion what should i cook for dinner tonight"),
    ("shakespeare", "whats your favourite food"),
    ("shakespeare", "how was your day"),
    ("shakespeare", "thanks for your time! any tips for my wedding speech"),
    ("shakespeare", "do you think kids today play too many video games"),
    ("shakespeare", "which of your plays has the best music"),
    ("shakespeare", "what did you mean by to be or not to be"),
    ("shakespeare", "how do i keep my garden tidy"),
    ("shakespeare", "what was school like for you"),
    ("shakespeare", "did you have pets"),
    ("socrates", "what should i eat to live a good life"),
    ("socrates", "is money the root of all evil"),
    ("socrates", "should i marry my girlfriend"),
    ("socrates", "is music good for the soul"),
    ("einstein", "what should i eat before an exam"),
    ("einstein", "what's the best music to study to"),
    ("einstein", "any ideas for a walk this weekend"),
    ("einstein", "whats the best metal detector for beginners"),
    ("einstein", "where can i find a metal detecting club"),
    ("einstein", "how do i get rid of the ducks on my pond"),
    ("einstein", "what shape pillow stops me waking up"),
    ("einstein", "how long does a car battery last"),
    ("einstein", "can i store my batteries in the fridge"),
    ("einstein", "how do i fix a chip in my windscreen"),
    ("einstein", "why is snow white"),
    ("einstein", "how many led bulbs do i need for my kitchen"),
    ("einstein", "how often should i change my spark plugs"),
    ("einstein", "how do i connect a mic to my laptop"),
    ("einstein", "whats the best boat for a beginner"),
    ("einstein", "how deep is the canal"),
    ("einstein", "how many people fit in the village hall"),
    ("einstein", "my echo dot in the hall keeps disconnecting"),
    ("einstein", "did you have pets"),
    ("curie", "whats the best metal detector for beginners"),
    ("curie", "how do i wash a wool jumper"),
    ("curie", "which paper is best for watercolour"),
    ("curie", "are old coins worth anything"),
    ("curie", "how much salt should i eat a day"),
    ("curie", "how do i choose an engagement ring"),
    ("curie", "is pewter worth much"),
    ("curie", "how do i iron a linen shirt"),
    ("curie", "is polyester recyclable"),
    ("curie", "where can i get my film developed"),
    ("curie", "is diesel or petrol better for a small car"),
    ("curie", "can i use bread yeast to make wine"),
    ("curie", "how much salt is in a slice of bread"),
    ("curie", "did you have a garden"),
    ("darwin", "where can i see herons near london"),
    ("darwin", "why do birds sing in the morning"),
    ("darwin", "what do hedgehogs eat"),
    ("darwin", "i found a tiny hedgehog out in the day in november, what should i do"),
    ("darwin", "how much sleep do i need"),
    ("darwin", "whats your favourite song"),
    ("darwin", "how do i improve my memory"),
    ("darwin", "how do i find my voice as a writer"),
    ("darwin", "should i join a choir"),
    ("darwin", "why do i get goosebumps when cold"),
    ("darwin", "what was school like for you"),
    ("lovelace", "how many cards in a deck"),
    ("lovelace", "is sudoku good for your brain"),
    ("lovelace", "did you ever have a shed"),
    # Its own life, or another thing, that shares a word with a line of its time.
    ("einstein", "what was it like working with your friends back then"),
    ("curie", "what was it like working with your friends back then"),
    ("einstein", "you lived til 1955 right, did you ever own a car?"),
    ("einstein", "what was munich like when you were a kid"),
    ("socrates", "what was your house in athens like"),
    ("socrates", "what's fun to do in athens this summer"),
    ("darwin", "how do herons stand on one leg for so long"),
    ("darwin", "why do birds sing in the morning anyway, are they warming up like us"),
    ("einstein", "why does my phone battery die so fast in the cold"),
    ("einstein", "why do i get a static shock when i take my wool jumper off"),
    ("curie", "how come my copper bracelet turns my wrist green"),
    ("curie", "is the grey film on old pewter mugs toxic"),
    ("curie", "the old photos are going brown and silvery at the edges, is it the chemicals?"),
    ("curie", "how do i restore a black and white photo"),
]


def _new() -> dict[str, list[str]]:
    """The new lines of each persona, by the openings above."""
    found: dict[str, list[str]] = {}
    for opening, slug, _text in [*ASKED, *TIMES]:
        found.setdefault(slug, [])
        line = _line(slug, opening)
        if line not in found[slug]:
            found[slug].append(line)
    return found


def _line(slug: str, opening: str) -> str:
    lines = [
        k.text
        for k in knowns(index_of(VOICES[slug].material).tagged.get("know", ()))
        if k.text.startswith(opening)
    ]
    assert len(lines) == 1, (slug, opening, lines)
    return lines[0]


@pytest.mark.parametrize(("opening", "slug", "text"), ASKED)
def test_an_everyday_question_of_its_field_gets_the_line(opening, slug, text):
    reply = say(slug, f"@{slug} {text}", seed=1, author="gus")
    assert reply == _line(slug, opening).replace("{name}", "Gus")


@pytest.mark.parametrize(("opening", "slug", "text"), TIMES)
def test_a_question_of_its_own_time_gets_its_line(opening, slug, text):
    reply = say(slug, f"@{slug} {text}", seed=1, author="gus")
    assert reply == _line(slug, opening).replace("{name}", "Gus")


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_none_of_the_lines(slug, text):
    reply = say(slug, f"@{slug} {text}", seed=1, author="gus")
    assert not any(
        line.split("{name}")[-1].strip(" ,.;:") in reply
        for lines in _new().values()
        for line in lines
    )


def test_each_line_is_the_persona_own_and_fits_a_reply():
    for slug, lines in _new().items():
        for line in lines:
            assert len(line) <= VOICES[slug].max_reply_chars


def test_every_persona_answers_the_same_question_of_its_own_time_in_its_own_way():
    answers = {
        slug: say(slug, f"@{slug} what did ordinary people eat in your day?", seed=1, author="gus")
        for slug in SLUGS
    }
    assert len(set(answers.values())) == len(SLUGS)
    assert all(
        answers[slug]
        in {_line(slug, o).replace("{name}", "Gus") for o, s, _t in TIMES if s == slug}
        for slug in SLUGS
    )


# "~then" stands for the persona's own time however it is put, and for nothing else.
THEN_MET = [
    "what did people eat in your day",
    "what was the food like in your time",
    "what did you eat back then",
    "what food was there when you were young",
    "what did you eat when you grew up",
    "what was dinner like in your lifetime",
    "what did people eat in ur day",
]
THEN_UNMET = [
    "what should i eat tonight in your opinion",
    "what food do you like",
    "what did they eat back then",
    "what did families eat in those days",
    "thanks for your time, what should i eat",
    "how was your day",
]


@pytest.mark.parametrize("text", THEN_MET)
def test_the_shared_group_then_is_met_by_the_words_for_its_own_time(text):
    lines = knowns(("you/your/u/ur ~then eat/ate/food/dinner: Bread, {name}.",))
    assert best_known(lines, text) == "Bread, {name}."


@pytest.mark.parametrize("text", THEN_UNMET)
def test_the_shared_group_then_is_not_met_without_them(text):
    lines = knowns(("you/your/u/ur ~then eat/ate/food/dinner: Bread, {name}.",))
    assert best_known(lines, text) == ""


def test_persona_sample_says_none_of_the_new_lines(personas):
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    sample = " ".join(out.getvalue().split())
    for lines in _new().values():
        for line in lines:
            assert line.split("{name}")[-1].strip(" ,.;:") not in sample
