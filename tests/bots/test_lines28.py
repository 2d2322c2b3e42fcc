"""Session 27 (lines28): everyday questions a group chat commonly asks a physicist, a chemist or
a naturalist (not those of our dev rooms) that found no `#know` line: the persona owned up ("That
one leaves me as puzzled as my cat Tiger", "I have no data on that at all", "The Beagle took me
round the world, and never once near that question") or answered with a line on another thing
(the tides line for "why do we always see the same side of the moon", the bell line for "how long
would it take to get to mars", the soap-scum line for "how does soap kill germs", the own-life
sleep line for "how long can you go without sleep"). Each new line is met here by a phrasing other
than the one first probed, and look-alikes that share its words but ask another thing ("what time
is high tide at brighton tomorrow", "is the swimming pool open on sundays") get none of them."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say
from tests.bots.test_lines26 import lines_starting

# (persona, question, how the reply starts: the new line, said to Maya)
ANSWERED = [
    (
        "einstein",
        "why does the moon always face the same way",
        "The Moon turns once on its axis in just the time it takes to go ",
    ),
    (
        "einstein",
        "why are there two tides a day",
        "The Moon pulls harder on the Earth's near side than its far side",
    ),
    (
        "einstein",
        "should i put the washing machine on overnight to save money",
        "Only on a tariff that charges less at night, Maya, Economy 7 or ",
    ),
    (
        "einstein",
        "are heat pumps actually worth it vs gas",
        "A heat pump gives about three units of heat for each of electric",
    ),
    (
        "einstein",
        "should i put a lid on the pan to boil it quicker",
        "A lid keeps in the steam that would carry heat away, Maya, so a ",
    ),
    (
        "einstein",
        "does salting the water make it come to the boil sooner",
        "Salt raises water's boiling point, Maya, but barely: a good spoo",
    ),
    (
        "einstein",
        "is the great wall visible from the moon",
        "Not with the naked eye, Maya: the Great Wall is only five to nin",
    ),
    (
        "einstein",
        "how far away is mars",
        "About seven to nine months with today's rockets, Maya, and you m",
    ),
    (
        "einstein",
        "does turning lights off actually save money",
        "Yes, Maya, always: a light off uses nothing, and the tale that s",
    ),
    (
        "einstein",
        "what's that shimmering water you see on the motorway in summer",
        "That shining wet patch is a mirage, Maya: the air just above hot",
    ),
    (
        "einstein",
        "what temperature is the surface of the sun",
        "The Sun's surface is about 5,500 degrees, Maya, and its core som",
    ),
    (
        "einstein",
        "why does the mirror get all misty when i shower",
        "Shower steam fills the air with water vapour, Maya, and the cold",
    ),
    (
        "einstein",
        "how come the oven takes ages to heat up",
        "An oven has to heat its thick metal walls and racks, not just th",
    ),
    (
        "einstein",
        "why do people burn so fast in australia",
        "The sun there really is stronger, Maya: in their summer the Eart",
    ),
    (
        "curie",
        "how do i stop my bread going stale so fast",
        "Stale bread is not dried out, Maya, but its starch crystallising",
    ),
    (
        "curie",
        "should i fully drain my battery before charging it",
        "No, Maya: that was for old nickel batteries with a memory. A pho",
    ),
    (
        "curie",
        "is leaving my phone on charge all night bad for the battery",
        "Overnight charging is safe, Maya: the phone stops taking current",
    ),
    (
        "curie",
        "is it ok to recharge alkaline batteries",
        "Never recharge ordinary alkaline batteries, Maya: their chemistr",
    ),
    (
        "curie",
        "why do e-bike batteries explode",
        "A lithium cell holds a flammable liquid, Maya: crushed, overchar",
    ),
    (
        "curie",
        "is it worth keeping batteries in the fridge",
        "No need, Maya: modern alkaline batteries lose only a few per cen",
    ),
    (
        "curie",
        "where does the salt in the ocean come from",
        "Rain wears salts out of the rocks, Maya, and rivers carry them t",
    ),
    (
        "curie",
        "how does caffeine actually wake you up",
        "Caffeine sits in the brain's slots for adenosine, Maya, the subs",
    ),
    (
        "curie",
        "is it true drinking kills your brain cells",
        "Not as people say, Maya: a night's drinking does not kill brain ",
    ),
    (
        "curie",
        "why do you get a hangover",
        "A hangover is partly drying out, for alcohol makes you pass more",
    ),
    (
        "curie",
        "can aluminium foil give you alzheimers",
        "Cooking in foil is safe, Maya: a little aluminium does pass into",
    ),
    (
        "curie",
        "how does soap actually work on viruses",
        "Each soap molecule has one end that loves water and one that lov",
    ),
    (
        "curie",
        "can you use lemons to get blonde highlights",
        "A little, Maya: lemon's acid and strong sun bleach hair slowly b",
    ),
    (
        "curie",
        "is it better to drink bottled water or tap",
        "Tap water in Britain and most of Europe is tested more often tha",
    ),
    (
        "curie",
        "should i take vitamin c for my cold",
        "Large trials found vitamin C does not stop colds in most people,",
    ),
    (
        "curie",
        "is aspartame safe or does it cause cancer",
        "At the amounts people drink, Maya, aspartame is within the limit",
    ),
    (
        "curie",
        "when can i put a second coat of paint on",
        "Emulsion is touch dry in an hour or two and ready for a second c",
    ),
    (
        "curie",
        "how do the cold packs in first aid kits work",
        "Inside is water and a packet of ammonium nitrate, Maya: squeezin",
    ),
    (
        "curie",
        "is sea salt better for you than table salt",
        "Pink salt is about 98 per cent the same sodium chloride as table",
    ),
    (
        "curie",
        "why do i love the smell of petrol",
        "The smell is largely toluene, benzene and other ring-shaped hydr",
    ),
    (
        "darwin",
        "what's the life expectancy of a house cat",
        "An indoor cat lives some 12 to 18 years, Maya, a few into their ",
    ),
    (
        "darwin",
        "how do racing pigeons navigate",
        "A homing pigeon steers by the sun and by the Earth's magnetism, ",
    ),
    (
        "darwin",
        "can a daddy long legs bite you",
        "A myth, Maya: the cranefly has no venom and no bite at all, and ",
    ),
    (
        "darwin",
        "why do moths fly round the lamp",
        "A moth flies keeping the brightest part of the sky above its bac",
    ),
    (
        "darwin",
        "what's the lifespan of a housefly",
        "A housefly lives about a month, Maya, growing from egg to adult ",
    ),
    (
        "darwin",
        "how long does a queen ant live",
        "Yes, Maya: an ant nest is one family round a queen who does noth",
    ),
    (
        "darwin",
        "are fingerprints unique even for twins",
        "The ridges help us feel, Maya: as a fingertip slides over a surf",
    ),
    (
        "darwin",
        "how many days can a human go without sleeping",
        "The record is about eleven days, Maya, a Californian schoolboy's",
    ),
    (
        "darwin",
        "how many days can a person last without water",
        "About three days, Maya, less in heat or hard work, more lying st",
    ),
    (
        "darwin",
        "can fish drown",
        "Through their gills, Maya: water goes in at the mouth and out ov",
    ),
    (
        "darwin",
        "can crabs feel pain",
        "Very likely, Maya: crabs give up a shelter that shocks them and ",
    ),
    (
        "darwin",
        "does a worm regrow if you chop it in half",
        "Usually not both, Maya: an earthworm cut in two may grow a new t",
    ),
    (
        "darwin",
        "what happens if you don't shear a sheep",
        "Wild sheep shed their coats each spring, Maya; we bred farm shee",
    ),
    (
        "darwin",
        "which animals are the most intelligent",
        "After us, apes, dolphins, elephants and crows, Maya: chimpanzees",
    ),
    (
        "darwin",
        "is it normal for a puppy to chase its tail",
        "A puppy chases its tail in play, Maya, finding a prey that never",
    ),
    (
        "darwin",
        "why does my cat stick her butt in my face",
        "A cat greets a friend nose to nose and then offers its rear for ",
    ),
    (
        "darwin",
        "do cats have a good sense of smell",
        "A cat's nose is some fourteen times keener than ours, Maya, with",
    ),
    (
        "darwin",
        "how is honey made by bees",
        "A bee sips nectar into her honey stomach, Maya, adds enzymes, an",
    ),
    (
        "einstein",
        "what colour is snow really, it's just ice",
        "Each snowflake is clear ice, Maya, but a drift is millions of ti",
    ),
    (
        "einstein",
        "what number should my fridge dial be on",
        "Set a fridge between 3 and 5 degrees, Maya, and a freezer at min",
    ),
    (
        "einstein",
        "are electric cars really cheaper to run",
        "Charged at home, an electric car costs half as much a mile as pe",
    ),
    (
        "einstein",
        "why are my brakes squeaking in the morning",
        "A squeal is the pad and disc vibrating against each other thousa",
    ),
    (
        "einstein",
        "why does my car drift to the left",
        "Check the tyre pressures first, Maya: a soft tyre on one side dr",
    ),
    (
        "einstein",
        "how far can you go once the petrol light comes on",
        "Most cars have thirty to fifty miles left when the light comes o",
    ),
    (
        "einstein",
        "is cruise control more efficient on the motorway",
        "On a flat motorway, yes, Maya: it holds a steady speed better th",
    ),
    (
        "einstein",
        "how do average speed cameras know how fast you are going",
        "A fixed camera times your car between lines painted on the road,",
    ),
    (
        "einstein",
        "why are my ears still ringing after the gig",
        "Loud music has bent and tired the tiny hair cells in your inner ",
    ),
    (
        "einstein",
        "why does the ambulance sound lower after it passes",
        "That is the Doppler effect, Maya: as the siren comes towards you",
    ),
    (
        "einstein",
        "why do i need special glasses for 3d films",
        "Each eye gets its own picture, Maya: the two are projected in li",
    ),
    (
        "einstein",
        "why do foxes eyes shine in the headlights",
        "Behind a cat's retina lies a mirror layer, the tapetum, Maya, wh",
    ),
    (
        "einstein",
        "why do my eyes look red in flash photos",
        "The flash goes straight in through the wide-open pupil and light",
    ),
    (
        "einstein",
        "what makes a diamond shine so much",
        "A diamond bends light more than almost anything clear, Maya, and",
    ),
    (
        "einstein",
        "why is fibre broadband faster",
        "A glass fibre thinner than a hair carries the internet as flashe",
    ),
    (
        "einstein",
        "why does my phone screen not work with gloves",
        "A phone screen carries a fine grid of electric charge, Maya, and",
    ),
    (
        "einstein",
        "is a wireless charger bad for my phone",
        "A coil in the pad carries a current that swings back and forth, ",
    ),
    (
        "einstein",
        "why does the element in the oven glow orange",
        "Anything hot enough glows, Maya: a toaster's wire at some 700 de",
    ),
    (
        "einstein",
        "what happens when a plane breaks the sound barrier",
        "A plane faster than sound outruns its own noise, Maya, so the pr",
    ),
    (
        "einstein",
        "what speed is the earth moving round the sun",
        "At the equator the Earth's surface spins at about 1,670 kilometr",
    ),
    (
        "einstein",
        "what is absolute zero",
        "Absolute zero, minus 273.15 degrees, Maya: the point where atoms",
    ),
    (
        "einstein",
        "why does the tyre pump get warm when i use it",
        "Squeezing air heats it, Maya: each push of the pump does work on",
    ),
    (
        "einstein",
        "why does deodorant spray feel so cold",
        "The gas inside is kept squeezed into a liquid, Maya; as you spra",
    ),
    (
        "einstein",
        "why is my boiler pressure so low",
        "A heating system's water is sealed in, Maya, so if its pressure ",
    ),
    (
        "einstein",
        "how far away is the moon in miles",
        "About 384,000 kilometres, Maya, some thirty Earths laid side by ",
    ),
    (
        "einstein",
        "is tonight's supermoon actually bigger",
        "A supermoon is a full moon at the near point of the Moon's sligh",
    ),
    (
        "einstein",
        "why do we change the clocks",
        "British Summer Time began in 1916 to give long light evenings in",
    ),
    (
        "einstein",
        "what actually is a meteorite",
        "A shooting star is a speck of space dust, often no bigger than a",
    ),
    (
        "einstein",
        "why doesn't the space station fall down",
        "A satellite is falling all the time, Maya, but moving sideways s",
    ),
    (
        "einstein",
        "why do my hands get hot when i rub them together",
        "Friction, Maya: rubbing drags the rough skin of each palm across",
    ),
    (
        "einstein",
        "why is the water colder the deeper you go in the lake",
        "Cold water is heavier, Maya, so the coldest sinks: water chilled",
    ),
    (
        "einstein",
        "why do wind turbines only have 3 blades",
        "Three blades is the best bargain, Maya: two wobble as they turn,",
    ),
    (
        "curie",
        "how do i keep roast potatoes crispy",
        "A chip goes soggy as the steam still inside it seeps out into th",
    ),
    (
        "curie",
        "how long should i rest a steak",
        "Resting lets the heat even out and the tight muscle relax, Maya,",
    ),
    (
        "curie",
        "how do i get the white marks off my shower screen",
        "Those white marks are limescale left by drying drops of hard wat",
    ),
    (
        "curie",
        "why do my microfibre cloths leave streaks now",
        "Fabric softener, Maya: it coats the fine fibres with a waxy film",
    ),
    (
        "curie",
        "can you use toothpaste on cloudy headlights",
        "It works for a while, Maya: toothpaste is a mild grit that polis",
    ),
    (
        "curie",
        "why is my hair so frizzy when it's humid",
        "Hair drinks in water from damp air, Maya, which makes new links ",
    ),
    (
        "curie",
        "is dry shampoo bad for your hair",
        "Dry shampoo does not clean, Maya: it is a fine powder, starch or",
    ),
    (
        "curie",
        "is acetone dangerous",
        "Acetone evaporates fast, so you smell it at once, Maya; your own",
    ),
    (
        "curie",
        "why does my necklace give me a rash",
        "Usually nickel, Maya: cheap gold plate and many backs hold it, a",
    ),
    (
        "curie",
        "are plastic water bottles safe or do they leach chemicals",
        "BPA acts a little like a hormone, Maya, so it has been taken out",
    ),
    (
        "curie",
        "how worried should i be about microplastics",
        "They are in the sea, the air, our food and our blood, Maya; what",
    ),
    (
        "curie",
        "do pizza boxes go in the recycling",
        "Grease spoils the pulp in a paper mill, Maya, for oil keeps the ",
    ),
    (
        "curie",
        "is black plastic recyclable",
        "Sorting machines tell plastics apart by shining infrared light o",
    ),
    (
        "curie",
        "is cooking on a gas stove bad for asthma",
        "A gas flame makes nitrogen dioxide, Maya, the same gas as traffi",
    ),
    (
        "curie",
        "how long should i knead dough",
        "Kneading stretches and lines up the gluten, Maya, wheat proteins",
    ),
    (
        "curie",
        "why did my banana bread crack down the middle",
        "The outside sets while the middle is still rising, Maya, so the ",
    ),
    (
        "curie",
        "i overwhipped the cream and it's gone grainy, why",
        "Whisking breaks the thin skins round the fat drops, Maya, and at",
    ),
    (
        "curie",
        "why does salt dissolve quicker in warm water",
        "In hot water the molecules move faster, Maya, so they knock the ",
    ),
    (
        "curie",
        "are brita filters worth it",
        "The cartridge holds charcoal, whose tiny pores soak up chlorine ",
    ),
    (
        "curie",
        "can you drink distilled water",
        "Safe to drink, Maya: it is just very pure water, flat in taste b",
    ),
    (
        "curie",
        "is vaping safer than smoking",
        "A vape heats glycerine, propylene glycol, nicotine and flavourin",
    ),
    (
        "curie",
        "how many people died from fukushima compared to chernobyl",
        "Chernobyl was far worse, Maya: a reactor exploded and burned in ",
    ),
    (
        "curie",
        "can i have a dental x ray while pregnant",
        "An X-ray of your arm, teeth or chest sends almost nothing near t",
    ),
    (
        "curie",
        "is it safe to drink rainwater from the butt",
        "Rain starts nearly pure, Maya, but it washes dust, soot, bird dr",
    ),
    (
        "curie",
        "what's the shelf life of aa batteries",
        "Alkaline AAs keep about ten years unused, Maya, lithium ones twe",
    ),
    (
        "curie",
        "why won't my old phone hold a charge",
        "A lithium battery wears a little with every charge and with heat",
    ),
    (
        "darwin",
        "why does my cat twitch in her sleep",
        "Very likely, Maya: a sleeping cat passes through the same stage ",
    ),
    (
        "darwin",
        "why is my cat staring at the wall",
        "Not at nothing, Maya: a cat hears sounds far higher than we do a",
    ),
    (
        "darwin",
        "why does my cat always lie on my keyboard",
        "A laptop is warm, Maya, a cat's first love; it is also where you",
    ),
    (
        "darwin",
        "why does my cat make that clicking noise at the window",
        "That chattering at birds through the window is the hunter thwart",
    ),
    (
        "darwin",
        "what are cat whiskers for",
        "Whiskers are feelers, Maya, deep-rooted hairs packed with nerves",
    ),
    (
        "darwin",
        "should i have my kitten spayed",
        "Yes, Maya, unless you mean to breed from it: a cat can have thre",
    ),
    (
        "darwin",
        "how do i introduce my cat to a new puppy",
        "They can be fast friends, Maya, best if they meet young: a kitte",
    ),
    (
        "darwin",
        "what's the oldest goldfish",
        "Ten years or more in a roomy pond or a big filtered tank, Maya, ",
    ),
    (
        "darwin",
        "does my bunny need a companion",
        "Yes, Maya: wild rabbits live in crowded warrens, and one alone g",
    ),
    (
        "darwin",
        "why does my guinea pig wheek when i open the fridge",
        "That loud wheek is a guinea pig calling for food, Maya, and it s",
    ),
    (
        "darwin",
        "what's the lifespan of a gerbil",
        "Two to three years, Maya, rarely four: small mammals with fast h",
    ),
    (
        "darwin",
        "do magpies remember faces",
        "They do, Maya: crows in Seattle that were caught by people in ma",
    ),
    (
        "darwin",
        "how do birds sleep on a perch without falling",
        "A bird sleeping on a branch is held by its own weight, Maya: as ",
    ),
    (
        "darwin",
        "where do birds shelter in a storm",
        "They shelter, Maya, in thick hedges and ivy, under eaves and in ",
    ),
    (
        "darwin",
        "how do i attract more birds to my garden",
        "Birds want shelter before food, Maya: a thick shrub or hedge wit",
    ),
    (
        "darwin",
        "when is bird nesting season",
        "From about March to August, Maya; blackbirds and robins may star",
    ),
    (
        "darwin",
        "what's digging holes in my lawn at night, badgers?",
        "Badgers dig lawns for chafer grubs and leatherjackets, Maya, bee",
    ),
    (
        "darwin",
        "why are the squirrels fighting in the tree",
        "That spiralling chase round a tree trunk is courtship, Maya, in ",
    ),
    (
        "darwin",
        "why are there so many deer on the roads at dusk",
        "Deer move at dusk and dawn, Maya, just when we drive to and from",
    ),
    (
        "darwin",
        "why do we need bees",
        "A third of what we eat needs pollinating, Maya, apples, beans, s",
    ),
    (
        "darwin",
        "how can i tell the difference between a bee and a wasp",
        "A bee is hairy, Maya, for carrying pollen, and feeds its young o",
    ),
    (
        "darwin",
        "why do ladybirds have spots",
        "The red is a warning, Maya: ladybirds taste foul and ooze a bitt",
    ),
    (
        "darwin",
        "what happens inside a chrysalis",
        "Inside the chrysalis the caterpillar dissolves most of its body ",
    ),
    (
        "darwin",
        "do butterflies hibernate",
        "Most of ours winter as eggs, caterpillars or chrysalises, Maya; ",
    ),
    (
        "darwin",
        "is it true we swallow spiders in our sleep",
        "A myth, Maya, and a made-up one: a spider takes a sleeping perso",
    ),
    (
        "darwin",
        "is a slow worm dangerous",
        "No, Maya: a slow-worm is a lizard without legs; it blinks its ey",
    ),
    (
        "darwin",
        "do frogs hibernate",
        "They sleep it out, Maya: toads in leaf piles and under logs, som",
    ),
    (
        "darwin",
        "why do slugs come out at night",
        "Snails and slugs are mostly water, Maya, and dry out fast; rain ",
    ),
    (
        "darwin",
        "how old can a garden snail get",
        "Our garden snail lives two to five years, Maya, and longer in ca",
    ),
    (
        "darwin",
        "why do roses have thorns",
        "Thorns are armour, Maya: a plant cannot run from a grazing anima",
    ),
    (
        "darwin",
        "how do roots know to grow down",
        "A seedling feels gravity, Maya: in its root tip grains of starch",
    ),
    (
        "darwin",
        "what's the oldest tree in the world",
        "A bristlecone pine in California is some 4,800 years old, Maya, ",
    ),
    (
        "darwin",
        "how old is the tree in my garden",
        "Count the rings on a cut stump, Maya: each year a tree lays a pa",
    ),
    (
        "darwin",
        "why are there different blood groups",
        "Blood groups are sugars on our red cells, Maya, and they differ ",
    ),
    (
        "darwin",
        "where do blue eyes come from",
        "Blue eyes have no blue pigment, Maya: with little melanin in the",
    ),
    (
        "darwin",
        "what is a belly button for",
        "It is the scar where the cord that fed you in the womb was cut, ",
    ),
    (
        "darwin",
        "what are fingernails for",
        "Our nails are flattened claws, Maya: our ancestors' fingertips c",
    ),
    (
        "darwin",
        "why is my hair curly and my sister's straight",
        "The shape of the follicle sets it, Maya: a round one grows strai",
    ),
    (
        "darwin",
        "what do tonsils do",
        "Tonsils are guard posts at the throat, Maya, lumps of the same t",
    ),
    (
        "darwin",
        "why can't human babies walk when they're born",
        "Our babies are born early, Maya: a head big enough for our brain",
    ),
    (
        "darwin",
        "why do you get acne as a teenager",
        "At puberty hormones wake the oil glands in the skin, Maya, and t",
    ),
    (
        "einstein",
        "why are my ears ringing after the festival",
        "Loud music has bent and tired the tiny hair cells in your inner ",
    ),
]

# Share a new line's words but ask another thing: none of the new lines.
LOOK_ALIKES = [
    ("einstein", "what time is high tide at brighton tomorrow"),
    ("einstein", "should i get my brakes checked before the mot"),
    ("einstein", "what's the best electric car to buy"),
    ("einstein", "how far is the nearest petrol station"),
    ("einstein", "is the moon landing film on tonight"),
    ("einstein", "can you pass the salt please"),
    ("einstein", "is the great british bake off on tonight?"),
    ("curie", "is the bread at the new bakery any good"),
    ("curie", "what's the best paint colour for a small bedroom"),
    ("curie", "should i get my ears pierced at claire's"),
    ("curie", "can i take my vape on a plane"),
    ("curie", "is the swimming pool open on sundays"),
    ("darwin", "how long is the flight to australia"),
    ("darwin", "what's the best tree for a small garden"),
    ("darwin", "should i get a cat or a dog"),
    ("darwin", "who's bringing the birthday cake for the tea?"),
    ("darwin", "what time does the garden centre close"),
]


NEW = lines_starting(ANSWERED)


@pytest.mark.parametrize(("slug", "text", "start"), ANSWERED)
def test_an_everyday_question_gets_its_line(slug, text, start):
    assert say(slug, f"@{slug} {text}").startswith(start)


def test_every_new_line_is_found_once():
    starts = [start for _slug, _text, start in ANSWERED]
    assert len(set(starts)) == len(NEW) == 151


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_no_new_line(slug, text):
    reply = say(slug, f"@{slug} {text}")
    assert not any(line in reply for line in NEW)


def test_red_eyes_after_swimming_get_the_pool_line():
    # The pool line's keys took "red" and "bloodshot" eyes besides "=red_eyes" as said.
    for text in ("why do my eyes go red after swimming", "why does the pool make my eyes red"):
        reply = say("curie", f"@curie {text}")
        assert reply.startswith("That strong pool smell is not clean chlorine, Maya")
