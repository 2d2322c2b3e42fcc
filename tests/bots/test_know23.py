"""Issue 23: everyday questions that group chats put to the scientists inside their fields
(wifi by the window, a burn from the steam wand, bears in Slovenia, what Curie ate in exam
season) get a plain, true answer in the persona's voice (a `#know` line, bots/know.py), never
owning up nor a line on another thing; a question on the persona's own life is answered by a
line keyed with "you" ("you lived in prague right? what should we see"); and a follow-up ("so is
it the beans or the milk or me", "wait so is ice bad then", "@curie ^ that one") gets the
answer the question it points at would."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from bots.know import knowns
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# Asked in the dev rooms (s23), each owned up to or answered with an unrelated line on main.
DEV = [
    (
        "einstein",
        "not what i asked but, how come the wifi is worse by the window",
        (
            "Wifi is a radio wave, Gus, and it weakens with distance and with all it passes "
            "through: walls, water, metal, even the metal film on modern double glazing. Set "
            "the router high and central, in the open, not in a cupboard."
        ),
    ),
    (
        "einstein",
        (
            "also how do i not get sunburnt on the train, the windows are huge and i burn in "
            "like 10 min"
        ),
        (
            "Ordinary window glass stops most of the burning ultraviolet, the UVB, Gus, but "
            "lets much of the UVA through, which ages skin and can still redden a fair one; on "
            "a long sunny journey, sit out of the direct sun or wear suncream."
        ),
    ),
    (
        "curie",
        (
            "random q but is it safe to leave my uke in the car overnight in winter? strings or "
            "glue or whatever"
        ),
        (
            "Cold alone is not the danger, Gus, but quick changes of heat and damp: wood "
            "shrinks in cold dry air, and a sudden warm room can crack it or open a glue joint. "
            "Keep it in its case, indoors if you can, and let it warm slowly."
        ),
    ),
    (
        "darwin",
        (
            "there's a pigeon that comes in every day at 11 and walks round the tables. is it "
            "learning our routine?? it knows when the pastries come out"
        ),
        (
            "Very likely, Gus: birds and beasts learn when and where food turns up and come "
            "back to the minute, and pigeons and crows even learn to tell one person from "
            "another. They keep such appointments better than most people."
        ),
    ),
    (
        "darwin",
        "are there actually bears in slovenia? my mum has decided we're going to get eaten",
        (
            "Yes, Gus: Europe still has brown bears, several hundred in the southern forests of "
            "Slovenia, some in the Alps and the Pyrenees, and many more in Romania. They are "
            "shy of people and keep away from towns."
        ),
    ),
    (
        "darwin",
        "ok so realistically, whats the most dangerous animal we'll meet in europe in august",
        (
            "Realistically the tick, Gus: in long grass it may carry Lyme disease, and in "
            "central Europe tick-borne encephalitis. Check your legs after a walk; vipers, "
            "wolves and bears, where there are any, keep out of your way."
        ),
    ),
    (
        "darwin",
        (
            "ok weird one but is there an actual reason we forget stuff we just read? like is "
            "the brain designed to bin it"
        ),
        (
            "We forget most of what we read within days unless we use it, Gus: the mind keeps "
            "what it is made to fetch back, so test yourself a day and a week later. I noted at "
            "once every fact against my views, for those slipped away fastest."
        ),
    ),
    (
        "curie",
        (
            "why does oat milk split in coffee sometimes? customer complained this morning and "
            "i didnt know what to say"
        ),
        (
            "Oat and soya milk curdle when the drink is acidic and much hotter than the milk, "
            "Gus, as coffee often is: their proteins clump. Barista versions have a buffer "
            "added; warm the milk first, or let the drink cool a moment."
        ),
    ),
    (
        "curie",
        "also what did you eat during exam season lol, i'm living on biscuits",
        (
            "As a student in Paris I lived for weeks on bread, butter and tea, Gus, in a garret "
            "with no heating, and once fainted from hunger; my sister and her husband took me "
            "home and fed me steak. Eat better than I did."
        ),
    ),
    (
        "einstein",
        (
            "you lived in prague for a bit right? what should we actually see there that isnt "
            "the clock"
        ),
        (
            "I was a professor in Prague in 1911 and 1912, Gus: walk over the old stone bridge "
            "with its statues, up to the castle and St Vitus Cathedral, and through Josefov, "
            "the old Jewish quarter. The clock is pretty; the city is prettier."
        ),
    ),
    (
        "curie",
        "you're from warsaw, should we add poland? is krakow worth the detour",
        (
            "Go, Gus: Krakow was the old royal capital, with the Wawel castle on its hill and "
            "an ancient university, which in 1894 turned me down for a post because I was a "
            "woman. So I went back to Paris."
        ),
    ),
]

# Einstein: wifi, phone signal, radio waves.
RADIO = [
    (
        "einstein",
        "why is the wifi so bad in my bedroom, router is downstairs",
        (
            "Wifi is a radio wave, Gus, and it weakens with distance and with all it passes "
            "through: walls, water, metal, even the metal film on modern double glazing. Set "
            "the router high and central, in the open, not in a cupboard."
        ),
    ),
    (
        "einstein",
        "choir q: the wifi in the church hall barely reaches the back room, any way to boost it?",
        (
            "Wifi is a radio wave, Gus, and it weakens with distance and with all it passes "
            "through: walls, water, metal, even the metal film on modern double glazing. Set "
            "the router high and central, in the open, not in a cupboard."
        ),
    ),
    (
        "einstein",
        "does the microwave mess with the wifi? my game lags every time someone heats soup",
        (
            "A microwave oven works at nearly the frequency of wifi, Gus, and a little of it "
            "leaks out, so the wifi may stutter while it runs; it is harmless, and it stops "
            "when the oven does."
        ),
    ),
    (
        "einstein",
        "why do i lose phone signal on the train every single time",
        (
            "Phone signal is radio from a mast, Gus: hills, concrete, metal and the coated "
            "glass of trains and new buildings all get in its way, so stand by a window or go "
            "up a floor. A lift is a metal box, and hardly any gets in."
        ),
    ),
    (
        "einstein",
        "is 5g actually dangerous or is my uncle just being weird",
        (
            "The radio waves of phones and wifi carry far too little energy in each quantum to "
            "break a molecule, Gus; that takes ultraviolet or X-rays. It is the very reasoning "
            "of light quanta I won my prize for."
        ),
    ),
    (
        "einstein",
        "can wifi routers give you cancer? my nan unplugs ours at night",
        (
            "The radio waves of phones and wifi carry far too little energy in each quantum to "
            "break a molecule, Gus; that takes ultraviolet or X-rays. It is the very reasoning "
            "of light quanta I won my prize for."
        ),
    ),
    (
        "einstein",
        "raid is off tonight, my wifi has a dead spot in the loft where the pc is. fixes?",
        (
            "Wifi is a radio wave, Gus, and it weakens with distance and with all it passes "
            "through: walls, water, metal, even the metal film on modern double glazing. Set "
            "the router high and central, in the open, not in a cupboard."
        ),
    ),
]

# Einstein: light, ultraviolet, the sun.
LIGHT = [
    (
        "einstein",
        "can u get sunburnt through a car window? long drive to cornwall tmrw",
        (
            "Ordinary window glass stops most of the burning ultraviolet, the UVB, Gus, but "
            "lets much of the UVA through, which ages skin and can still redden a fair one; on "
            "a long sunny journey, sit out of the direct sun or wear suncream."
        ),
    ),
    (
        "einstein",
        "are cheap sunglasses actually bad for your eyes",
        (
            "Cheap sunglasses marked UV400 or CE block ultraviolet as well as dear ones, Gus; a "
            "dark lens without it can do harm, since the pupil opens wider behind it. Polarised "
            "lenses cut the glare off water and wet roads."
        ),
    ),
    (
        "einstein",
        "does wearing black make you hotter in the sun? wedding is outdoors in july",
        (
            "Dark things take in more sunlight and turn it to heat, Gus; white sends most of it "
            "back. In strong sun, pale loose clothes keep you coolest."
        ),
    ),
    (
        "einstein",
        "how hot does a car get inside in summer, someone left a dog in one at the retail park",
        (
            "A parked car in the sun is a greenhouse, Gus: light comes in through the glass and "
            "the heat cannot get out, so even on a mild day it can pass 40 degrees inside "
            "within the hour. Never leave a dog or a child in one."
        ),
    ),
    (
        "einstein",
        "my black car is roasting in this weather, does the colour actually make it hotter?",
        (
            "Dark things take in more sunlight and turn it to heat, Gus; white sends most of it "
            "back. In strong sun, pale loose clothes keep you coolest."
        ),
    ),
    (
        "einstein",
        "can you get a tan through a window? asking for my desk plant lol",
        (
            "Ordinary window glass stops most of the burning ultraviolet, the UVB, Gus, but "
            "lets much of the UVA through, which ages skin and can still redden a fair one; on "
            "a long sunny journey, sit out of the direct sun or wear suncream."
        ),
    ),
    (
        "einstein",
        "is it worth wearing suncream on the coach, we sit by the window for 6 hours",
        (
            "Ordinary window glass stops most of the burning ultraviolet, the UVB, Gus, but "
            "lets much of the UVA through, which ages skin and can still redden a fair one; on "
            "a long sunny journey, sit out of the direct sun or wear suncream."
        ),
    ),
]

# Einstein: heat, cold and weather.
HEAT = [
    (
        "einstein",
        "does salt actually melt ice on the path? the caretaker wants to buy grit",
        (
            "Salt lowers the temperature at which water freezes, Gus, so it melts ice well down "
            "to about minus ten; colder than that it does little, and then grit or sand is for "
            "grip."
        ),
    ),
    (
        "einstein",
        "how do i stop the pipes freezing in the allotment shed",
        (
            "Water swells by about a tenth as it freezes, Gus, and that is what bursts a pipe. "
            "Lag the pipes in the loft and outside, keep the heating ticking over low in a hard "
            "frost, and know where your stopcock is."
        ),
    ),
    (
        "einstein",
        "is it true hot water freezes faster than cold",
        (
            "Sometimes, Gus, and nobody agrees why: it is called the Mpemba effect, and careful "
            "experiments still disagree on whether it is real at all. I would not bet a bottle "
            "of wine either way."
        ),
    ),
    (
        "einstein",
        "i left a bottle of prosecco in the freezer and it exploded, why lol",
        (
            "Water swells as it freezes, Gus, so a bottle or can forgotten in the freezer "
            "splits or bursts. Half an hour to forty minutes chills a drink; set an alarm."
        ),
    ),
    (
        "einstein",
        "how far ahead can you actually trust the weather forecast for the wedding",
        (
            "A forecast is good for about five days, Gus, fair for a week, and past ten days it "
            "is little better than the usual weather for the time of year; the air is a "
            "restless thing, and small errors grow."
        ),
    ),
    (
        "einstein",
        "why does humid weather feel so much hotter",
        (
            "In humid air your sweat cannot evaporate, Gus, and it is the evaporating that "
            "cools you; so twenty-eight degrees and muggy feels worse than thirty-two and dry."
        ),
    ),
    (
        "einstein",
        "why do my glasses steam up every time i come in from the cold",
        (
            "Warm damp air meets the cold lenses and drops its water on them, Gus, as on a "
            "window in winter; a drop of washing-up liquid rubbed on and polished off leaves a "
            "film too thin to fog."
        ),
    ),
]

# Einstein: sound and acoustics.
SOUND = [
    (
        "einstein",
        "why is everything so quiet when it snows",
        (
            "Fresh snow is full of air pockets that soak up sound, Gus, like the foam in a "
            "studio wall; once it packs down or melts, the noise comes back."
        ),
    ),
    (
        "einstein",
        "the church hall is so echoey when we sing, how do we fix the acoustics",
        (
            "Echo is sound bouncing off hard bare surfaces, Gus: curtains, rugs, cushions and a "
            "room full of people soak it up, which is why an empty hall rings and a full one "
            "does not."
        ),
    ),
    (
        "einstein",
        "why do trains sound louder at night",
        (
            "On a still night the air near the ground is colder than the air above, Gus, and "
            "sound bends back down towards you instead of escaping upward, so far-off trains "
            "and roads seem close."
        ),
    ),
    (
        "einstein",
        "can you hear the motorway so much better at night, why does sound carry further?",
        (
            "On a still night the air near the ground is colder than the air above, Gus, and "
            "sound bends back down towards you instead of escaping upward, so far-off trains "
            "and roads seem close."
        ),
    ),
    (
        "einstein",
        "why is the hall so echoey when it's empty but fine at the concert",
        (
            "Echo is sound bouncing off hard bare surfaces, Gus: curtains, rugs, cushions and a "
            "room full of people soak it up, which is why an empty hall rings and a full one "
            "does not."
        ),
    ),
    (
        "einstein",
        "snow day!! why does it go so silent outside when it snows",
        (
            "Fresh snow is full of air pockets that soak up sound, Gus, like the foam in a "
            "studio wall; once it packs down or melts, the noise comes back."
        ),
    ),
]

# Einstein: electricity at home and lightning.
ELECTRIC = [
    (
        "einstein",
        "is it safe to run the kettle and a heater off one extension lead at the stall",
        (
            "An extension lead carries about thirteen amps in all, Gus, some three thousand "
            "watts, so a kettle and a heater on one will overheat it. Never plug one lead into "
            "another, and unwind a cable reel fully before anything big runs on it."
        ),
    ),
    (
        "einstein",
        "is it safe to shelter under a tree in a thunderstorm, we're camping saturday",
        (
            "Never shelter under a lone tree in a thunderstorm, Gus; a car or a building is "
            "safe, for the current runs round the outside. Caught in the open, crouch low with "
            "your feet together, away from tall things."
        ),
    ),
    (
        "einstein",
        "the trip switch keeps going off in the flat, how do i find out whats doing it",
        (
            "A trip switch cuts the power when current leaks or too much is drawn, Gus; unplug "
            "everything on that circuit, reset it, then plug things back one by one: the one "
            "that trips it again is the culprit."
        ),
    ),
    (
        "einstein",
        "can we plug the urn and the kettle into the same extension reel for the tea stall?",
        (
            "An extension lead carries about thirteen amps in all, Gus, some three thousand "
            "watts, so a kettle and a heater on one will overheat it. Never plug one lead into "
            "another, and unwind a cable reel fully before anything big runs on it."
        ),
    ),
    (
        "einstein",
        "is it ok to daisy chain extension leads for the fairy lights and the urn?",
        (
            "An extension lead carries about thirteen amps in all, Gus, some three thousand "
            "watts, so a kettle and a heater on one will overheat it. Never plug one lead into "
            "another, and unwind a cable reel fully before anything big runs on it."
        ),
    ),
    (
        "einstein",
        "lightning storm coming and we're on the golf course, where's safe?",
        (
            "Never shelter under a lone tree in a thunderstorm, Gus; a car or a building is "
            "safe, for the current runs round the outside. Caught in the open, crouch low with "
            "your feet together, away from tall things."
        ),
    ),
]

# Einstein's own life and places.
EINSTEIN_LIFE = [
    (
        "einstein",
        "u taught in prague didnt u? what should we see",
        (
            "I was a professor in Prague in 1911 and 1912, Gus: walk over the old stone bridge "
            "with its statues, up to the castle and St Vitus Cathedral, and through Josefov, "
            "the old Jewish quarter. The clock is pretty; the city is prettier."
        ),
    ),
    (
        "einstein",
        "what should we see in zurich, you studied there right",
        (
            "I studied at the Polytechnic in Zurich, Gus, and later taught there; walk by the "
            "lake and up to the terrace of the ETH for the view over the old town. Switzerland "
            "gave me my citizenship and my student years."
        ),
    ),
    (
        "einstein",
        "you worked in bern right? anything worth visiting",
        (
            "In Bern I worked at the patent office, Gus, and in 1905 wrote four papers there; "
            "our flat at Kramgasse 49 is kept as a little museum now, a short walk from the old "
            "clock tower."
        ),
    ),
    (
        "einstein",
        "were you born in ulm?",
        (
            "I was born in Ulm in 1879, Gus, but we moved to Munich when I was a baby, so I "
            "hardly knew it; Ulm has the tallest church spire in the world."
        ),
    ),
    (
        "einstein",
        "what was berlin like when you lived there",
        (
            "I lived in Berlin from 1914 to 1932, Gus, at the Prussian Academy, with the best "
            "physicists in the world about me; in summer we escaped to our wooden house at "
            "Caputh by the lakes."
        ),
    ),
    (
        "einstein",
        "how did you end up in princeton",
        (
            "From 1933 I lived in Princeton, Gus, at the Institute for Advanced Study, and "
            "walked there every day from Mercer Street; a quiet little town and a good place to "
            "think. I never went back to Europe."
        ),
    ),
    (
        "einstein",
        "how did you get good at the violin, i want to get faster at my scales",
        (
            "I began the violin at six and hated the drill, Gus; only at thirteen, when I fell "
            "in love with Mozart's sonatas, did I really learn. Love is a better teacher than a "
            "sense of duty, so play what you love."
        ),
    ),
    (
        "einstein",
        "did you have a boat? what was it called",
        (
            "My boat was the Tümmler, the porpoise, Gus, a gift for my fiftieth birthday; I "
            "sailed it on the lakes by Caputh for hours, though I never learned to swim."
        ),
    ),
    (
        "einstein",
        "did you fail your entrance exam? my teacher said so",
        (
            "I failed my first entrance exam for the Zurich Polytechnic at sixteen, Gus, in the "
            "languages and botany, not the maths; a year at a kind school in Aarau put it "
            "right."
        ),
    ),
    (
        "einstein",
        "what was munich like when you were a kid",
        (
            "We moved to Munich when I was one, Gus; my father and uncle ran an electrical firm "
            "there, and I went to the Luitpold Gymnasium until I left at fifteen to join my "
            "family in Italy."
        ),
    ),
]

# Curie: first aid for burns, cuts, stings, sprains.
FIRST_AID = [
    (
        "curie",
        "i burnt my finger on the oven tray, ice or cold water??",
        (
            "Cool running water on it for twenty minutes, Gus, not ice and not butter; then "
            "cover it loosely with cling film. A burn bigger than your palm, or on the face, is "
            "for a doctor."
        ),
    ),
    (
        "curie",
        "how long do u keep a burn under the tap",
        (
            "Cool running water on it for twenty minutes, Gus, not ice and not butter; then "
            "cover it loosely with cling film. A burn bigger than your palm, or on the face, is "
            "for a doctor."
        ),
    ),
    (
        "curie",
        "ward staff q: scalded my wrist with the kettle, do i put butter on it like my nan says",
        (
            "Cool running water on it for twenty minutes, Gus, not ice and not butter; then "
            "cover it loosely with cling film. A burn bigger than your palm, or on the face, is "
            "for a doctor."
        ),
    ),
    (
        "curie",
        "should i pop the blister on my heel before the wedding tmrw",
        (
            "Leave a blister whole if you can, Gus: the skin over it is the best dressing there "
            "is. Cover it with a soft plaster, and if it bursts, leave the flap on, keep it "
            "clean and let it dry."
        ),
    ),
    (
        "curie",
        "sliced my thumb cutting onions, its bleeding loads, what do i do",
        (
            "Press on it firmly with a clean cloth for ten minutes without peeking, Gus, with "
            "the hand raised, then rinse it under the tap and cover it. If it gapes, will not "
            "stop or came from a dirty blade, have a nurse look at it."
        ),
    ),
    (
        "curie",
        "got stung by a bee at the allotment, how do i get the sting out",
        (
            "Scrape a bee's sting out sideways with a card, Gus, wash the spot and hold "
            "something cold on it; a wasp leaves none behind. Swelling of the lips or throat or "
            "trouble breathing means an ambulance at once."
        ),
    ),
    (
        "curie",
        "twisted my ankle on the stairs at the venue, what do i do",
        (
            "Rest it, ice wrapped in a cloth for twenty minutes every few hours, a firm bandage "
            "and the foot up, Gus, for two days; then walk on it gently. If it will not bear "
            "your weight at all, have it X-rayed: my field, that."
        ),
    ),
    (
        "curie",
        "what do you do for a nosebleed, head back or forward?",
        (
            "Sit up and lean forward, not back, Gus, and pinch the soft part of your nose for "
            "ten minutes without letting go; leaning back only sends the blood down your "
            "throat."
        ),
    ),
    (
        "curie",
        "kids got stung by nettles on the nature walk, what helps",
        (
            "A nettle's hairs inject a little histamine and acid, Gus: wash the spot with soap "
            "and cold water, do not rub, and it fades within the day. A dock leaf does little, "
            "though it gives the hands something to do."
        ),
    ),
    (
        "curie",
        "is ice bad for a burn? my mum always used frozen peas",
        (
            "No ice on a burn, Gus: it is too cold, and it narrows the blood vessels and can "
            "hurt the skin further. Cool tap water, for a good twenty minutes, does the work."
        ),
    ),
]

# Curie: materials in cold, heat and damp; cleaning.
MATERIALS = [
    (
        "curie",
        "is it ok to leave my guitar in the boot overnight, its freezing out",
        (
            "Cold alone is not the danger, Gus, but quick changes of heat and damp: wood "
            "shrinks in cold dry air, and a sudden warm room can crack it or open a glue joint. "
            "Keep it in its case, indoors if you can, and let it warm slowly."
        ),
    ),
    (
        "curie",
        "can i dry my wet boots on the radiator",
        (
            "Dry wet shoes slowly, stuffed with newspaper, Gus, never on a radiator or in the "
            "dryer: fierce heat shrinks and cracks leather and melts the glue."
        ),
    ),
    (
        "curie",
        "can wooden spoons go in the dishwasher",
        (
            "Wood in the dishwasher swells, splits and loses its oil, Gus: wash it by hand in "
            "hot soapy water, stand it up to dry, and rub in a little food-safe oil now and "
            "then."
        ),
    ),
    (
        "curie",
        "why did my pyrex dish shatter when i put it on the hob",
        (
            "Glass cracks when one part heats or cools faster than the rest, Gus: never set a "
            "hot glass dish on a wet or cold surface or pour cold water into it; let it cool on "
            "a dry board or a folded towel."
        ),
    ),
    (
        "curie",
        "whats the easiest way to clean the microwave at work, its gross",
        (
            "Heat a bowl of water with half a lemon in it for five minutes, Gus, and leave the "
            "door shut a few minutes more; the steam softens the splashes and they wipe off."
        ),
    ),
    (
        "curie",
        "how do i get chewing gum out of jeans",
        (
            "Freeze it, Gus: an ice cube held on it, or the jeans in a bag in the freezer, "
            "until the gum goes hard and brittle, then pick it off."
        ),
    ),
]

# Curie: kitchen chemistry.
KITCHEN = [
    (
        "curie",
        "why does soya milk curdle in tea",
        (
            "Oat and soya milk curdle when the drink is acidic and much hotter than the milk, "
            "Gus, as coffee often is: their proteins clump. Barista versions have a buffer "
            "added; warm the milk first, or let the drink cool a moment."
        ),
    ),
    (
        "curie",
        "does salt make the pasta water boil faster",
        (
            "Salt raises the boiling point of water by barely a fraction of a degree, Gus; it "
            "is there for the taste, not the speed. Add it once the water boils."
        ),
    ),
    (
        "curie",
        "how do i stop guac going brown before the party",
        (
            "The brown is the fruit's own enzymes meeting the air, Gus: lemon or lime juice "
            "slows them with acid, and cling film pressed right onto the surface keeps the air "
            "off."
        ),
    ),
    (
        "curie",
        "can i use bicarb instead of baking powder",
        (
            "Bicarbonate of soda needs an acid in the mix, buttermilk, yoghurt or lemon, to "
            "fizz, Gus; baking powder carries its own. A quarter teaspoon of bicarb with half a "
            "teaspoon of cream of tartar makes one of powder."
        ),
    ),
    (
        "curie",
        "how do you tell if eggs are still good, do they float?",
        (
            "A fresh egg lies flat at the bottom of a bowl of water, Gus; as it ages, water "
            "escapes through the shell and the air cell grows, so an old one stands on end, and "
            "one that floats I would not trust."
        ),
    ),
    (
        "curie",
        "why does my soy milk go all lumpy in hot coffee at work",
        (
            "Oat and soya milk curdle when the drink is acidic and much hotter than the milk, "
            "Gus, as coffee often is: their proteins clump. Barista versions have a buffer "
            "added; warm the milk first, or let the drink cool a moment."
        ),
    ),
    (
        "curie",
        "is it true salt makes water boil quicker?",
        (
            "Salt raises the boiling point of water by barely a fraction of a degree, Gus; it "
            "is there for the taste, not the speed. Add it once the water boils."
        ),
    ),
    (
        "curie",
        "is it the coffee beans or the oat milk thats to blame when it splits?",
        (
            "Not you, Gus: it is the pair of them. A light, sharp roast is more acidic and "
            "splits plant milk sooner; a barista oat milk, or the milk warmed before it goes "
            "in, usually settles it."
        ),
    ),
]

# Curie's own life and places.
CURIE_LIFE = [
    (
        "curie",
        "what did you eat when you were a student",
        (
            "As a student in Paris I lived for weeks on bread, butter and tea, Gus, in a garret "
            "with no heating, and once fainted from hunger; my sister and her husband took me "
            "home and fed me steak. Eat better than I did."
        ),
    ),
    (
        "curie",
        "you grew up in warsaw right? what should we see there",
        (
            "I grew up in Warsaw, Gus, under the Tsar, where Polish girls studied in secret at "
            "the Flying University; walk the Old Town, and Freta Street in the New Town, where "
            "I was born."
        ),
    ),
    (
        "curie",
        "is krakow worth visiting? we have two days",
        (
            "Go, Gus: Krakow was the old royal capital, with the Wawel castle on its hill and "
            "an ancient university, which in 1894 turned me down for a post because I was a "
            "woman. So I went back to Paris."
        ),
    ),
    (
        "curie",
        "why did you move to paris",
        (
            "I came to Paris in 1891 to study at the Sorbonne, Gus, since Warsaw let no woman "
            "into its university; I lodged in cold attics in the Latin Quarter, and it is still "
            "the place to walk."
        ),
    ),
    (
        "curie",
        "did you have kids?",
        (
            "Two daughters, Gus: Irène, who worked beside me at the Radium Institute and became "
            "a fine physicist, and Ève, the musician of the family, far more worldly than her "
            "mother."
        ),
    ),
    (
        "curie",
        "krakow or warsaw, which is worth it? you're polish right",
        (
            "Go, Gus: Krakow was the old royal capital, with the Wawel castle on its hill and "
            "an ancient university, which in 1894 turned me down for a post because I was a "
            "woman. So I went back to Paris."
        ),
    ),
]

# Darwin: how animals behave and learn.
BEHAVIOUR = [
    (
        "darwin",
        "theres a fox that turns up every night at 10 like clockwork, does it know our routine?",
        (
            "Very likely, Gus: birds and beasts learn when and where food turns up and come "
            "back to the minute, and pigeons and crows even learn to tell one person from "
            "another. They keep such appointments better than most people."
        ),
    ),
    (
        "darwin",
        "the robin comes to the feeder at the same time every day, is that a thing?",
        (
            "Very likely, Gus: birds and beasts learn when and where food turns up and come "
            "back to the minute, and pigeons and crows even learn to tell one person from "
            "another. They keep such appointments better than most people."
        ),
    ),
    (
        "darwin",
        "do bumblebees sting? theres one in the classroom",
        (
            "Bumblebees can sting, Gus, but seldom do unless grabbed or their nest is "
            "disturbed; a honeybee leaves its sting in you and dies of it, a bumblebee or a "
            "wasp does not."
        ),
    ),
    (
        "darwin",
        "genuinely whats the point of wasps",
        (
            "Wasps are the gardener's friends all summer, Gus: they carry off caterpillars and "
            "greenfly by the thousand to feed their grubs, and visit flowers besides. Only in "
            "late summer do they turn to our jam."
        ),
    ),
    (
        "darwin",
        (
            "the magpies show up at the bins at the exact same time every morning, do they know "
            "when we put food out?"
        ),
        (
            "Very likely, Gus: birds and beasts learn when and where food turns up and come "
            "back to the minute, and pigeons and crows even learn to tell one person from "
            "another. They keep such appointments better than most people."
        ),
    ),
    (
        "darwin",
        "do the squirrels know when we feed the birds? they turn up every day at 8 sharp",
        (
            "Very likely, Gus: birds and beasts learn when and where food turns up and come "
            "back to the minute, and pigeons and crows even learn to tell one person from "
            "another. They keep such appointments better than most people."
        ),
    ),
]

# Darwin: European wildlife.
WILD = [
    (
        "darwin",
        "are there brown bears in the alps? we're hiking in august",
        (
            "Yes, Gus: Europe still has brown bears, several hundred in the southern forests of "
            "Slovenia, some in the Alps and the Pyrenees, and many more in Romania. They are "
            "shy of people and keep away from towns."
        ),
    ),
    (
        "darwin",
        "are there wolves in germany? doing a forest walk",
        (
            "Wolves have come back across much of Europe, Gus, to Germany, Italy, the Alps and "
            "the Balkans, but they keep well away from people, and attacks are almost unheard "
            "of."
        ),
    ),
    (
        "darwin",
        "whats the most dangerous animal in the uk tbh",
        (
            "Realistically the tick, Gus: in long grass it may carry Lyme disease, and in "
            "central Europe tick-borne encephalitis. Check your legs after a walk; vipers, "
            "wolves and bears, where there are any, keep out of your way."
        ),
    ),
    (
        "darwin",
        "how do i get a tick out, found one on the dog",
        (
            "Pull a tick out close to the skin with fine tweezers or a tick hook, Gus, slowly "
            "and steadily; no matches or vaseline. Watch the spot for a spreading red ring in "
            "the weeks after, and see a doctor if one comes."
        ),
    ),
    (
        "darwin",
        "are adders dangerous? we're walking on the heath with the kids",
        (
            "The adder is Britain's only venomous snake, and vipers are Europe's, Gus: a bite "
            "hurts but is rarely deadly, and they bite only when trodden on or picked up. Keep "
            "to paths, wear boots, and a bitten person goes calmly to hospital."
        ),
    ),
    (
        "darwin",
        "what do you do if a jellyfish stings you? my sister says pee on it",
        (
            "Most jellyfish in European seas give only a nasty sting, Gus: rinse it with "
            "seawater, not fresh, lift off any tentacles with a card, and soak it in hot water "
            "if you can bear it. Peeing on it is a myth."
        ),
    ),
]

# Darwin: memory, sleep and habit, as a naturalist sees them.
MIND = [
    (
        "darwin",
        "why do i forget everything i learned in the lecture by the next day",
        (
            "We forget most of what we read within days unless we use it, Gus: the mind keeps "
            "what it is made to fetch back, so test yourself a day and a week later. I noted at "
            "once every fact against my views, for those slipped away fastest."
        ),
    ),
    (
        "darwin",
        "is it better to sleep or cram the night before an exam",
        (
            "Sleep is when the day's learning is laid down, Gus; an all-nighter before an exam "
            "trades what you knew for what you crammed. Revise, sleep, and look again in the "
            "morning."
        ),
    ),
    (
        "darwin",
        "how long does it take to form a habit, is it really 21 days?",
        (
            "A new habit takes about two months to set on average, Gus, not twenty-one days, "
            "and missing a day does little harm; tie it to something you already do, as I tied "
            "my walk to the noon hour."
        ),
    ),
    (
        "darwin",
        "does sleeping properly actually help you remember stuff for exams",
        (
            "Sleep is when the day's learning is laid down, Gus; an all-nighter before an exam "
            "trades what you knew for what you crammed. Revise, sleep, and look again in the "
            "morning."
        ),
    ),
    (
        "darwin",
        "do i really need 21 days to make a habit stick? starting couch to 5k",
        (
            "A new habit takes about two months to set on average, Gus, not twenty-one days, "
            "and missing a day does little harm; tie it to something you already do, as I tied "
            "my walk to the noon hour."
        ),
    ),
    (
        "darwin",
        "i keep forgetting what i revise, is that normal?",
        (
            "We forget most of what we read within days unless we use it, Gus: the mind keeps "
            "what it is made to fetch back, so test yourself a day and a week later. I noted at "
            "once every fact against my views, for those slipped away fastest."
        ),
    ),
]

# Darwin: the garden.
GARDEN = [
    (
        "darwin",
        "why do worms come out when it rains",
        (
            "Worms come up when it rains, Gus, perhaps because wet ground lets them travel far "
            "without drying out; nobody is quite sure. I spent forty years on them, and they "
            "turn over the whole soil of a field in a few years."
        ),
    ),
    (
        "darwin",
        "our lawn has gone completely brown in the heatwave, is it dead?",
        (
            "A brown lawn in a dry summer is resting, not dead, Gus; it greens again with the "
            "autumn rain. If you must water it, do so in the evening, deeply and seldom, and "
            "mow it higher."
        ),
    ),
    (
        "darwin",
        "found a baby bird on the ground, what do we do",
        (
            "A fledgling on the ground is usually no orphan, Gus: it left the nest on purpose, "
            "and its parents are feeding it close by. Keep cats in and leave it be, unless it "
            "is hurt or still bald."
        ),
    ),
    (
        "darwin",
        "what flowers should we plant for bees in the school garden",
        (
            "Bees want open flowers full of nectar from spring to autumn, Gus: crocus and "
            "willow early, then lavender, foxgloves, borage and marjoram, and ivy flowers late "
            "in the year. Frilly double flowers are mostly useless to them."
        ),
    ),
    (
        "darwin",
        "why are there so many spiders in autumn",
        (
            "In autumn the male house spiders go roaming in search of a mate, Gus, and that is "
            "why we meet so many, and such big ones, on the carpet; they were there all summer, "
            "only keeping still."
        ),
    ),
    (
        "darwin",
        "why do the spiders get so massive in october",
        (
            "In autumn the male house spiders go roaming in search of a mate, Gus, and that is "
            "why we meet so many, and such big ones, on the carpet; they were there all summer, "
            "only keeping still."
        ),
    ),
]

# Darwin's own life.
DARWIN_LIFE = [
    (
        "darwin",
        "whats the galapagos actually like, is it worth going",
        (
            "I spent five weeks in the Galápagos in 1835, Gus; the islands had each their own "
            "tortoises and mockingbirds, and only later at home did I see what that meant. Go, "
            "and look closely at the birds."
        ),
    ),
    (
        "darwin",
        "can you visit your house? down house",
        (
            "Down House in Kent was my home for forty years, Gus; it is open to visitors now, "
            "with my study kept as I left it, and you may walk the Sandwalk round the wood "
            "yourself."
        ),
    ),
    (
        "darwin",
        "were you seasick on the beagle?",
        (
            "Seasick from the first day of the Beagle's voyage to the last, Gus; I lay in my "
            "hammock and ate raisins, which helped a little, and went ashore whenever I could."
        ),
    ),
    (
        "darwin",
        "how long were you on the beagle, were you sick the whole time",
        (
            "Seasick from the first day of the Beagle's voyage to the last, Gus; I lay in my "
            "hammock and ate raisins, which helped a little, and went ashore whenever I could."
        ),
    ),
    (
        "darwin",
        "is down house worth a visit? we're in kent next weekend",
        (
            "Down House in Kent was my home for forty years, Gus; it is open to visitors now, "
            "with my study kept as I left it, and you may walk the Sandwalk round the wood "
            "yourself."
        ),
    ),
    (
        "darwin",
        "wait you were seasick the entire voyage on the beagle??",
        (
            "Seasick from the first day of the Beagle's voyage to the last, Gus; I lay in my "
            "hammock and ate raisins, which helped a little, and went ashore whenever I could."
        ),
    ),
]

# Asked in the later dev rooms (allotment, D&D, GCSE revision, night ward), and ours.
LATER = [
    (
        "darwin",
        (
            "@darwin while we're at it, why are my courgettes making loads of flowers but no "
            "actual courgettes"
        ),
        (
            "Courgettes make male flowers first, Gus; only the female ones, with a tiny courgette "
            "behind the petals, fruit, once bees bring pollen. Be patient, or do it by hand: dab a"
            " male flower's pollen into a female's centre."
        ),
    ),
    (
        "darwin",
        "my pumpkin has loads of flowers but nothing is setting, do i need to pollinate it?",
        (
            "Courgettes make male flowers first, Gus; only the female ones, with a tiny courgette "
            "behind the petals, fruit, once bees bring pollen. Be patient, or do it by hand: dab a"
            " male flower's pollen into a female's centre."
        ),
    ),
    (
        "darwin",
        (
            "@darwin is it true humans share like 60% of dna with bananas. this is the only bio "
            "fact i know"
        ),
        (
            "Roughly, Gus: half to sixty percent of our genes have a counterpart in a banana's, "
            "genes for the plain business of running a cell. Letter for letter our DNA matches far"
            " less; but we do share a very distant ancestor."
        ),
    ),
    (
        "darwin",
        "how much dna do we share with chimps actually",
        (
            "About 98 to 99 percent of our DNA matches a chimpanzee's, Gus, where it lines up: "
            "chimps and bonobos are our nearest living cousins, from an ancestor of six or seven "
            "million years ago. We did not come from chimps."
        ),
    ),
    (
        "curie",
        (
            "hello @curie lovely to have you. is it true you shouldn't put rhubarb leaves on "
            "the compost? my neighbour says they're poisonous"
        ),
        (
            "Rhubarb leaves hold oxalic acid, Gus, enough to make you ill if you ate a plateful, "
            "so eat only the stalks; but they are fine on the compost heap, where the acid breaks "
            "down and harms neither worms nor crops."
        ),
    ),
    (
        "curie",
        "are rhubarb leaves actually toxic or is that a myth",
        (
            "Rhubarb leaves hold oxalic acid, Gus, enough to make you ill if you ate a plateful, "
            "so eat only the stalks; but they are fine on the compost heap, where the acid breaks "
            "down and harms neither worms nor crops."
        ),
    ),
    (
        "curie",
        (
            "@curie my wizard wants a real lightning rod on her tower, how does it actually "
            "work and would copper in the walls help"
        ),
        (
            "A lightning rod gives a strike an easy road to the earth, Gus: a metal point above "
            "the roof, a thick copper cable down the outside, a rod deep in the ground. Copper in "
            "the walls would not help; it might draw the spark indoors."
        ),
    ),
    (
        "curie",
        "how does a lightning conductor on a church spire work",
        (
            "A lightning rod gives a strike an easy road to the earth, Gus: a metal point above "
            "the roof, a thick copper cable down the outside, a rod deep in the ground. Copper in "
            "the walls would not help; it might draw the spark indoors."
        ),
    ),
    (
        "curie",
        "does iced coffee have more caffeine than hot coffee?",
        (
            "Chilling coffee does not change its caffeine, Gus: a cup brewed hot and cooled has "
            "just what it had. Cold brew is another matter, steeped for hours with more grounds "
            "and often stronger; it is the recipe, not the cold."
        ),
    ),
    (
        "curie",
        "@curie random but explain how my air fryer works in one sentence im too tired for more",
        (
            "An air fryer is a small fan oven, Gus: a hot element and a strong fan blow air "
            "round the food so fast that its surface dries and browns as in frying, with a "
            "spoon of oil instead of a pan of it."
        ),
    ),
    (
        "curie",
        "is an air fryer just a mini oven? how does it work",
        (
            "An air fryer is a small fan oven, Gus: a hot element and a strong fan blow air "
            "round the food so fast that its surface dries and browns as in frying, with a "
            "spoon of oil instead of a pan of it."
        ),
    ),
    (
        "curie",
        "@curie pls explain ionic vs covalent like im 5",
        (
            "Ionic is giving and covalent is sharing, Gus: a metal hands electrons to a non-metal "
            "and the charged ions cling together, as in salt; two non-metals share pairs of "
            "electrons, as in water. Metals pool theirs in a sea."
        ),
    ),
    (
        "curie",
        "whats the difference between ionic and covalent bonds, gcse tmrw",
        (
            "Ionic is giving and covalent is sharing, Gus: a metal hands electrons to a non-metal "
            "and the charged ions cling together, as in salt; two non-metals share pairs of "
            "electrons, as in water. Metals pool theirs in a sea."
        ),
    ),
]

# The same words in another sense, chat with no question, a look-alike, or a question put to
# the persona that no line of its life answers: no new `#know` line.
NOT_KNOWN = [
    ("einstein", "my mum is a cold person"),
    ("einstein", "burn the wifi password on a cd lol"),
    ("einstein", "whats the wifi password in the upstairs flat?"),
    ("einstein", "is the wifi down again or is it just me"),
    ("einstein", "who left the window open?"),
    ("einstein", "can we switch the trip to friday?"),
    ("einstein", "sky blue paint or white for the stall?"),
    ("einstein", "rainbow cake or chocolate for the bake sale?"),
    ("einstein", "which shades of green for the banner, too dark?"),
    ("einstein", "can we fit the kids in the car on saturday?"),
    ("einstein", "how do i get hot water faster in the shower"),
    ("einstein", "any top tips for a cold?"),
    ("einstein", "my amazon echo in the kitchen keeps mishearing me, any fix?"),
    ("einstein", "her voice is lovely isnt it"),
    ("einstein", "what a shock, is the lift broken again?"),
    ("einstein", "is it safe to leave my phone in the car?"),
    ("einstein", "did you pass your driving test?"),
    ("einstein", "do you think i'll fail my exam tomorrow"),
    ("einstein", "how did you grow your hair like that"),
    ("einstein", "whats the forecast for saturday?"),
    ("einstein", "prague or vienna, which is cheaper for beer?"),
    ("einstein", "the sales forecast was wrong again, can we trust it?"),
    ("einstein", "the party last night was so loud, who called the police?"),
    ("curie", "i got burned in the group chat lol what now"),
    ("curie", "should we cut the budget for the fair?"),
    ("curie", "what do i do about the sting of losing the quiz"),
    ("curie", "my mum is a cold person"),
    ("curie", "is it my fault the rota is wrong?"),
    ("curie", "can i play guitar at the winter fair?"),
    ("curie", "can you come to my wedding?"),
    ("curie", "should kids learn chemistry, what do you think"),
    ("curie", "she cut me off mid sentence, is that rude?"),
    ("curie", "is this nettle soup any good?"),
    ("curie", "i broke a glass at the party, is that bad luck?"),
    ("curie", "how old should kids be for the egg and spoon race?"),
    ("curie", "how do i stop rust crashing on my pc"),
    ("curie", "brown apple crumble or custard for pudding?"),
    ("darwin", "that bear of a man"),
    ("darwin", "bear with me, is slovenia in the schengen zone?"),
    ("darwin", "can i bear another meeting like that?"),
    ("darwin", "are there bears in scotland?"),
    ("darwin", "whats the most dangerous animal in australia"),
    ("darwin", "whats the most dangerous thing about the summer fair?"),
    ("darwin", "why is he such a snake?"),
    ("darwin", "should i walk the dog every day?"),
    ("darwin", "whats the best walking routine for my dog?"),
    ("darwin", "we got the cat a present for christmas, what do cats like?"),
    ("darwin", "my cat is scared of birds, is that normal?"),
    ("darwin", "why are bees dying out?"),
    ("darwin", "wolf whistle, should i call him back?"),
    ("darwin", "tick the box if youre coming?"),
    ("darwin", "should i tick the box for the dog insurance?"),
    ("darwin", "is there a tick on my list for the raffle?"),
    ("darwin", "should i read the minutes before i forget?"),
    ("darwin", "how many legs does a spider have?"),
    ("darwin", "what spray do you use for wasps"),
    ("darwin", "can you come to my house on saturday?"),
    ("darwin", "should i study medicine, what do you think?"),
    ("darwin", "did you ever get stung?"),
    ("darwin", "what did your pigeons teach you about evolution?"),
    ("darwin", "why are wasps striped yellow and black?"),
    ("darwin", "my nan is such a banana lol"),
    ("curie", "my garden is a disaster, the rhubarb is taking over, any ideas?"),
    ("curie", "the air fryer at work is filthy lol"),
    ("curie", "lightning mcqueen is the best car, fight me"),
    ("curie", "is it true you shouldn't have caffeine after 3pm?"),
]

OURS = RADIO + LIGHT + HEAT + SOUND + ELECTRIC + EINSTEIN_LIFE
OURS += FIRST_AID + MATERIALS + KITCHEN + CURIE_LIFE
OURS += BEHAVIOUR + WILD + MIND + GARDEN + DARWIN_LIFE + LATER


def _lines(slug: str) -> list[str]:
    index = index_of(VOICES[slug].material)
    return [k.text for k in knowns(index.tagged.get("know", ()))]


# The lines these tests answer with, said to Gus: every one of them a `#know` line.
ANSWERS = {reply for _slug, _text, reply in DEV + OURS}
NEW = [
    line
    for slug in ("einstein", "curie", "darwin")
    for line in _lines(slug)
    if line.replace("{name}", "Gus") in ANSWERS
]


@pytest.mark.parametrize(("slug", "text", "reply"), DEV + OURS)
def test_an_everyday_question_of_its_field_gets_its_plain_answer(slug, text, reply):
    assert say(slug, text, seed=1, author="gus") == reply


def test_every_answer_is_a_known_line_and_every_class_has_six_phrasings():
    assert len(NEW) == len(ANSWERS)
    for group in (RADIO, LIGHT, HEAT, SOUND, ELECTRIC, EINSTEIN_LIFE, FIRST_AID, MATERIALS):
        assert len(group) >= 6
    for group in (KITCHEN, CURIE_LIFE, BEHAVIOUR, WILD, MIND, GARDEN, DARWIN_LIFE, LATER):
        assert len(group) >= 6


# Session 22 left 34, 39 and 39; know23 and school23 added theirs (merged in session 23, with the
# five lines both wrote kept once); session 24 added 114 to Einstein, 113 to Curie and 76 to
# Darwin (einstein24, curie24, darwin24).
# Session 25: bees and ideas quotes (one each to Einstein and Curie); topic25 one each: a flat
# pint, a new fish tank, an owl turning its head.
# Session 26 (lines26): 21 to Einstein, 35 to Curie, 26 to Darwin, everyday questions that
# found no line (tests/bots/test_lines26.py).
# Session 27 (socrates28): 1 to Darwin, humans and apes as cousins. (lines28): 46 to Einstein,
# 46 to Curie, 59 to Darwin, everyday questions people commonly ask that found no line
# (tests/bots/test_lines28.py). Lead: 1 to Einstein, 2 to Curie, 2 to Darwin (test_lead27.py).
# Session 28 (misreads30): 1 to Einstein, train or plane door to door (test_misreads30.py).
# (senses28): 3 to Einstein (zip wire, golden hour, a freezer with its doors open), 1 to Curie
# (ammonia at a refrigeration plant) (tests/bots/test_senses28.py).
# (kinds28): 8 to Einstein, 9 to Curie, 16 to Darwin, lines on kinds and the attributes people
# ask of them (tests/bots/test_kinds28.py).
# Session 29 (misreads31): 4 to Einstein (ship stability, boat trim, rowing upstream, sunset
# drift), 4 to Curie (wristbands, garlic water, scratchcards, lactate), 5 to Darwin (gambling,
# cravings, fasting hunger, whales, DNA ancestry) (tests/bots/test_misreads31.py).
# Session 33 (material33): 3 to Einstein (felt time, a roof leak along a beam, sleeping by day),
# 2 to Curie (grant applications, sleeping by day), 4 to Darwin (animals at play, courtship
# shows, shade plants, sleeping by day) (tests/bots/test_material33.py).
# Session 38 (know38): 19 to Einstein, 17 to Curie, 10 to Darwin (and 12 to Lovelace),
# everyday questions of their fields from hobby groups (strings and frets, kilns and glazes,
# brewing, bees, hedgehogs...) (tests/bots/test_know38.py); floor38 had the same
# line on what firing does to clay as know38, kept once. Session 31 (lead): 1 to Einstein (an
# appliance tripping the switch as soon as it is plugged in; tests/bots/test_lead44.py).
# Session 33 (lead50): 1 to Einstein (the ionosphere by night), 3 to Darwin (spider plants'
# runners, crispy leaf edges, broody hens) (tests/bots/test_lead50.py). Session 33 (field40):
# 17 to Einstein, 17 to Curie, 10 to Darwin, short right answers to easy questions of their
# fields (a bowl's bias, a singing glass, popcorn, a sneeze...) (tests/bots/test_field40.py).
# Session 61 (know61): 13 to Einstein, 5 to Curie, 13 to Darwin, questions of their fields
# once owned up to (a shuttlecock cork first, popcorning, wildlife by region...) and hedged
# views on people's habits (tests/bots/test_know61.py).
# Session 38: 1 each, advice for speaking at a funeral (grief38, tests/bots/test_grief38.py);
# 6, 4 and 9 on their own lives and fields (hooks38, tests/bots/test_hooks38.py).
# Session 39 (sample39): 2 each to Curie and Darwin, a dog that keeps barking, one's own or a
# neighbour's (tests/bots/test_sample39.py).
# Session 40: know40a's Darwin, know40b's 24 to Einstein and 22 to Curie, and the lives and live
# rooms of session 40's own (test_live40).
# Session 41 (bio41): 20 to Einstein, 13 to Curie, 14 to Darwin, their own lives asked plainly:
# places, people, works, days, playful hypotheticals, recommendations (tests/bots/test_bio41.py).
# And the rooms of session 41's own (test_room41): 3 to Einstein, 2 to Darwin.
# Session 44 (yesno44): 2 to Darwin, a cat off its food and tomato leaves yellow at the bottom.
# Session 46 (the lead): 1 to Curie, the radiation of a Mars trip (tests/bots/test_lead46.py).
# Session 45 (the lead): 2 to Darwin, whether cats see colour and in the dark (its line on dogs
# had answered both).
# Session 45 (know45c): 22 to Darwin, his life and field as people ask of them (the 20-year wait,
# Wallace, Edinburgh, Marry/Not Marry) and their plans and worries (tests/bots/test_know45c.py).
# Session 45 (know45a): 27 to Einstein, 30 to Curie, what people really ask them: their lives
# (a proudest Nobel, the war, a mirror at light speed), explainers and everyday worries
# (tests/bots/test_know45a.py).
# Session 46 (bio46): 4 to Einstein, 3 to Curie, 2 to Darwin, their own lives as people ask of
# them (tests/bots/test_bio46.py).
# Session 47 (field47s): 8 to Einstein, 17 to Curie, 14 to Darwin, their own fields asked
# casually (tests/bots/test_field47s.py).
COUNTS = {"einstein": 523, "curie": 526, "darwin": 504}


def test_the_scientists_carry_about_a_hundred_new_lines_that_fit():
    counts = {slug: len(_lines(slug)) for slug in ("einstein", "curie", "darwin")}
    # Session 22 left 34, 39 and 39.
    assert counts == COUNTS
    for slug in counts:
        assert all(len(line) <= VOICES[slug].max_reply_chars for line in _lines(slug))


@pytest.mark.parametrize(("slug", "text"), NOT_KNOWN)
def test_look_alikes_get_no_new_known_line(slug, text):
    reply = say(slug, text, seed=1, author="gus")
    assert not any(line.replace("{name}", "Gus") in reply for line in NEW)


def _after(slug: str, text: str, *history: tuple[str, str], author: str = "tasha") -> str:
    said = tuple(Line(who, what, own=who == VOICES[slug].name) for who, what in history)
    return say(slug, text, seed=1, author=author, history=said)


OAT = (
    "Oat and soya milk curdle when the drink is acidic and much hotter than the milk, Tasha, as "
    "coffee often is: their proteins clump. Barista versions have a buffer added; warm the milk "
    "first, or let the drink cool a moment."
)
BURN = (
    "Cool running water on it for twenty minutes, Tasha, not ice and not butter; then cover it "
    "loosely with cling film. A burn bigger than your palm, or on the face, is for a doctor."
)


def test_a_follow_up_on_the_oat_milk_gets_the_line_on_beans_milk_or_me():
    first = _after("curie", "@curie why does oat milk split in coffee sometimes? customer moaned")
    assert first == OAT
    reply = _after(
        "curie",
        "@curie so is it the beans or the milk or me. honestly be straight",
        ("tasha", "@curie why does oat milk split in coffee sometimes? customer moaned"),
        ("Marie Curie", first),
        ("luis", "its the acidity of the coffee i think? or temperature"),
    )
    assert reply == (
        "Not you, Tasha: it is the pair of them. A light, sharp roast is more acidic and splits "
        "plant milk sooner; a barista oat milk, or the milk warmed before it goes in, usually "
        "settles it."
    )


@pytest.mark.parametrize(
    "follow_up", ["@curie wait so is ice bad then", "@curie but is ice wrong then?"]
)
def test_a_follow_up_on_ice_after_the_burn_answer_gets_the_line_on_ice(follow_up):
    asked = "@curie i burnt my hand on the steam wand, cold water or ice?"
    assert _after("curie", asked) == BURN
    reply = _after("curie", follow_up, ("tasha", asked), ("Marie Curie", BURN))
    assert reply == (
        "No ice on a burn, Tasha: it is too cold, and it narrows the blood vessels and can hurt "
        "the skin further. Cool tap water, for a good twenty minutes, does the work."
    )


@pytest.mark.parametrize(
    ("slug", "pointer", "asked", "start"),
    [
        (
            "curie",
            "@curie ^ sorry, that one actually",
            "i burnt my hand on the steam wand again, cold water or ice?",
            "Cool running water on it",
        ),
        (
            "curie",
            "@curie same q pls",
            "scalded my arm on the urn at break, what do i do?",
            "Cool running water on it",
        ),
        (
            "curie",
            "@curie what she said ^",
            "sliced my finger on the mandoline, wont stop bleeding",
            "Press on it firmly",
        ),
        (
            "einstein",
            "@einstein this one ^",
            "why is the wifi always worse in the back room",
            "Wifi is a radio wave",
        ),
        (
            "darwin",
            "@darwin that one",
            "are there actually bears in slovenia?",
            "Yes, Tasha: Europe still has brown bears",
        ),
        ("darwin", "@darwin ^^", "do bumblebees sting?", "Bumblebees can sting"),
    ],
)
def test_a_message_pointing_at_the_question_above_gets_its_answer(slug, pointer, asked, start):
    # Asked by someone else, and a persona said something else between.
    reply = _after(
        slug,
        pointer,
        ("mia", asked),
        (
            "Charles Darwin" if slug != "darwin" else "Albert Einstein",
            "I slept on the ground under the stars with the gauchos.",
        ),
    )
    assert reply.startswith(start)


@pytest.mark.parametrize(
    "above", ["lol what a day", "the quiz is at 8 tonight", "my mum is a cold person"]
)
def test_pointing_at_a_message_that_asks_nothing_known_gets_no_known_line(above):
    reply = _after("curie", "@curie ^ that one", ("mia", above))
    assert not any(line.replace("{name}", "Tasha") in reply for line in _lines("curie"))


@pytest.mark.django_db
def test_persona_sample_says_none_of_the_new_lines(personas):
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    sample = " ".join(out.getvalue().split())
    for line in NEW:
        assert line.split("{name}")[-1].strip(" ,.;:") not in sample
