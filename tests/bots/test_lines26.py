"""Session 26 (lines26): everyday questions a group chat asks a physicist, a chemist or a
naturalist, across jobs, home, body, weather and hobbies, that found no `#know` line (the
persona owned up: "That one leaves me as puzzled as my cat Tiger", "I have no data on that at
all") or a line on another topic (the UV glasses line for polarised fishing glasses, the burn
first-aid line for wet cement, the seashell line for hot sand). Each new line is met by two or
more phrasings of its question, and not by a look-alike that shares its words but asks another
thing ("how long does resin take to cure", "is it safe to eat eggs from my chickens")."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say
from tests.bots.test_know23 import _lines

# (persona, question, how the reply starts: the line, said to Maya)
ANSWERED = [
    (
        "einstein",
        "why do bridges have those gaps in the road",
        "Those gaps are expansion joints, Maya: steel and concrete grow i",
    ),
    (
        "einstein",
        "what are the metal teeth in the road on a bridge for",
        "Those gaps are expansion joints, Maya: steel and concrete grow i",
    ),
    (
        "einstein",
        "why does my fridge hum",
        "The hum is its compressor, Maya, the pump that drives the coolan",
    ),
    (
        "einstein",
        "our freezer keeps clicking and gurgling at night, is that normal",
        "The hum is its compressor, Maya, the pump that drives the coolan",
    ),
    (
        "einstein",
        "why are my double glazed windows misty between the panes",
        "Mist between the panes means the seal has failed, Maya: damp air",
    ),
    (
        "einstein",
        "there's condensation inside the double glazing, between the glass. why",
        "Mist between the panes means the seal has failed, Maya: damp air",
    ),
    (
        "einstein",
        "why do my photos come out blurry indoors",
        "Indoors there is far less light, Maya, so the camera holds its s",
    ),
    (
        "einstein",
        "why are all my pics from the gig so blurry",
        "Indoors there is far less light, Maya, so the camera holds its s",
    ),
    (
        "einstein",
        "why are full beams worse in fog",
        "In fog each droplet throws your own light back at you, Maya, so",
    ),
    (
        "einstein",
        "should i use high beams in fog?",
        "In fog each droplet throws your own light back at you, Maya, so",
    ),
    (
        "einstein",
        "why does putting my thumb over the hose make the water go further",
        "The same water must get through a smaller gap every second, Maya",
    ),
    (
        "einstein",
        "how does a nozzle make the hosepipe spray further",
        "The same water must get through a smaller gap every second, Maya",
    ),
    (
        "einstein",
        "why does my laptop get so hot",
        "Every bit of work the chips do ends as heat, Maya, and a thin la",
    ),
    (
        "einstein",
        "why is my xbox fan so loud",
        "Every bit of work the chips do ends as heat, Maya, and a thin la",
    ),
    (
        "einstein",
        "why do the lights flicker when the fridge kicks in",
        "A big appliance switching on gulps current for a moment, Maya, a",
    ),
    (
        "einstein",
        "why do the lights dim when i turn the hairdryer on",
        "A big appliance switching on gulps current for a moment, Maya, a",
    ),
    (
        "einstein",
        "how does a spirit level work",
        "The bubble is air in a slightly curved tube of liquid, Maya: the",
    ),
    (
        "einstein",
        "how does the bubble in a level tell you it's straight",
        "The bubble is air in a slightly curved tube of liquid, Maya: the",
    ),
    (
        "einstein",
        "why do power lines hum",
        "Our mains current swings back and forth fifty times a second, Ma",
    ),
    (
        "einstein",
        "what's that buzzing noise from the pylons",
        "Our mains current swings back and forth fifty times a second, Ma",
    ),
    (
        "einstein",
        "why do cars have crumple zones",
        "A crash stops you either way, Maya; what hurts is how suddenly.",
    ),
    (
        "einstein",
        "why are cars designed to crumple in a crash",
        "A crash stops you either way, Maya; what hurts is how suddenly.",
    ),
    (
        "einstein",
        "why does a tennis ball bounce less in the cold",
        "A cold ball bounces less, Maya: its air is at lower pressure and",
    ),
    (
        "einstein",
        "why is the football so dead on a frosty morning",
        "A cold ball bounces less, Maya: its air is at lower pressure and",
    ),
    (
        "einstein",
        "can you really fry an egg on the pavement",
        "Hardly ever, Maya: a pavement in full sun reaches perhaps 50 or",
    ),
    (
        "einstein",
        "is it hot enough to cook an egg on the car bonnet",
        "Hardly ever, Maya: a pavement in full sun reaches perhaps 50 or",
    ),
    (
        "einstein",
        "how does the spin cycle get the water out of clothes",
        "The drum spins a thousand times a minute or more, Maya, and its",
    ),
    (
        "einstein",
        "why are my clothes still wet after the spin",
        "The drum spins a thousand times a minute or more, Maya, and its",
    ),
    (
        "einstein",
        "why can you see the moon during the day",
        "The Moon is up about half the time, by day as often as by night,",
    ),
    (
        "einstein",
        "why is the moon out in the afternoon",
        "The Moon is up about half the time, by day as often as by night,",
    ),
    (
        "einstein",
        "why do you feel lighter in a lift when it starts going down",
        "As the lift starts down, the floor drops away a little faster th",
    ),
    (
        "einstein",
        "why does my stomach feel funny in a lift",
        "As the lift starts down, the floor drops away a little faster th",
    ),
    (
        "einstein",
        "why is the sand so hot but the sea is cold",
        "Water takes about five times as much heat as sand to warm by a d",
    ),
    (
        "einstein",
        "why is the sand burning but the water freezing",
        "Water takes about five times as much heat as sand to warm by a d",
    ),
    (
        "einstein",
        "does a hot tub cost a lot to run",
        "Mostly it costs keeping the water hot, Maya, so it is all about",
    ),
    (
        "einstein",
        "how much electricity does a jacuzzi use",
        "Mostly it costs keeping the water hot, Maya, so it is all about",
    ),
    (
        "einstein",
        "why does wind turbine turn slowly but make so much power",
        "The blades are huge, Maya: a big turbine sweeps a circle wider t",
    ),
    (
        "einstein",
        "how do wind turbines make electricity when they turn so slowly",
        "The blades are huge, Maya: a big turbine sweeps a circle wider t",
    ),
    (
        "einstein",
        "does leaving the charger plugged in use electricity",
        "Hardly any, Maya: a modern charger with nothing on it draws a fr",
    ),
    (
        "einstein",
        "is it a waste to leave my phone charger in the socket",
        "Hardly any, Maya: a modern charger with nothing on it draws a fr",
    ),
    (
        "einstein",
        "why does the bath water go cold so quickly",
        "Most of a bath's heat leaves from its top, Maya: steam carries i",
    ),
    (
        "einstein",
        "how do i keep the bath hot for longer",
        "Most of a bath's heat leaves from its top, Maya: steam carries i",
    ),
    (
        "einstein",
        "why does my laptop go slow when its hot",
        "Every bit of work the chips do ends as heat, Maya, and a thin la",
    ),
    (
        "curie",
        "why does a perm smell so bad",
        "The perm lotion breaks the sulphur bridges that hold hair in its",
    ),
    (
        "curie",
        "my hair stinks of eggs after the perm, why",
        "The perm lotion breaks the sulphur bridges that hold hair in its",
    ),
    (
        "curie",
        "why does nail polish remover melt plastic",
        "Acetone is a strong solvent, Maya: it dissolves nail varnish bec",
    ),
    (
        "curie",
        "i spilt acetone on the table and it's ruined the varnish, why",
        "Acetone is a strong solvent, Maya: it dissolves nail varnish bec",
    ),
    (
        "curie",
        "why does acetone feel cold on your skin",
        "It evaporates very fast, Maya, and turning liquid to vapour take",
    ),
    (
        "curie",
        "why does hand sanitiser feel cold",
        "It evaporates very fast, Maya, and turning liquid to vapour take",
    ),
    (
        "curie",
        "why does wet cement burn your skin",
        "Wet cement is strongly alkaline, Maya, as caustic as oven cleane",
    ),
    (
        "curie",
        "is concrete bad for your hands",
        "Wet cement is strongly alkaline, Maya, as caustic as oven cleane",
    ),
    (
        "curie",
        "how does antifreeze stop the engine freezing",
        "Antifreeze is glycol, Maya, and dissolved in water it gets in th",
    ),
    (
        "curie",
        "why do we need antifreeze in the car",
        "Antifreeze is glycol, Maya, and dissolved in water it gets in th",
    ),
    (
        "curie",
        "why does the cat litter smell of ammonia",
        "Cat urine is rich in urea, Maya, and bacteria in the tray break",
    ),
    (
        "curie",
        "the litter tray stinks, why so strong",
        "Cat urine is rich in urea, Maya, and bacteria in the tray break",
    ),
    (
        "curie",
        "why doesn't gold tarnish",
        "Gold is the noblest metal, Maya: it hardly reacts with oxygen, w",
    ),
    ("curie", "does gold rust", "Gold is the noblest metal, Maya: it hardly reacts with oxygen, w"),
    (
        "curie",
        "why is fertiliser explosive",
        "Ammonium nitrate, the commonest fertiliser, carries its own oxyg",
    ),
    (
        "curie",
        "can fertilizer really explode",
        "Ammonium nitrate, the commonest fertiliser, carries its own oxyg",
    ),
    (
        "curie",
        "does hand sanitiser actually kill germs",
        "A gel with at least 60 per cent alcohol kills most bacteria and",
    ),
    (
        "curie",
        "is hand gel as good as soap",
        "A gel with at least 60 per cent alcohol kills most bacteria and",
    ),
    (
        "curie",
        "how does hand sanitiser get permanent marker off",
        "Permanent marker is a dye in a resin that water cannot dissolve,",
    ),
    (
        "curie",
        "how do i get sharpie off the whiteboard",
        "Permanent marker is a dye in a resin that water cannot dissolve,",
    ),
    (
        "curie",
        "is it safe to take painkillers past the expiry date",
        "Tablets kept dry lose strength slowly rather than turn harmful,",
    ),
    (
        "curie",
        "is out of date paracetamol ok",
        "Tablets kept dry lose strength slowly rather than turn harmful,",
    ),
    (
        "curie",
        "can coke really clean coins",
        "Cola cleans coins with phosphoric acid, Maya, which dissolves th",
    ),
    (
        "curie",
        "is coke bad for your teeth",
        "Cola cleans coins with phosphoric acid, Maya, which dissolves th",
    ),
    (
        "curie",
        "why does epoxy resin get hot when you mix it",
        "Epoxy sets by a reaction that gives off heat, Maya; a thick pour",
    ),
    (
        "curie",
        "my resin started smoking in the cup, why",
        "Epoxy sets by a reaction that gives off heat, Maya; a thick pour",
    ),
    (
        "curie",
        "why does paint take ages to dry in winter",
        "Paint dries as its water or solvent evaporates, and gloss also b",
    ),
    (
        "curie",
        "the emulsion is still tacky, it's so cold in here, why",
        "Paint dries as its water or solvent evaporates, and gloss also b",
    ),
    (
        "curie",
        "why does my perfume smell different on me than on my friend",
        "Your skin does half the work, Maya: its oils, warmth, acidity an",
    ),
    (
        "curie",
        "why does the same scent smell different on my skin",
        "Your skin does half the work, Maya: its oils, warmth, acidity an",
    ),
    (
        "curie",
        "why does mentos in coke explode",
        "A Mentos is covered in tiny pits, Maya, each a place where the d",
    ),
    (
        "curie",
        "how does the mentos and diet coke thing work",
        "A Mentos is covered in tiny pits, Maya, each a place where the d",
    ),
    (
        "curie",
        "why does wood smoke smell so strong on clothes",
        "Smoke is full of tiny droplets of tar and oils, Maya, and cloth",
    ),
    (
        "curie",
        "how do i get the bonfire smell out of my hair",
        "Smoke is full of tiny droplets of tar and oils, Maya, and cloth",
    ),
    (
        "curie",
        "why do rubber bands go brittle",
        "Oxygen and above all ozone in the air attack the long chains of",
    ),
    (
        "curie",
        "why did my wiper rubber crack",
        "Oxygen and above all ozone in the air attack the long chains of",
    ),
    (
        "curie",
        "why is asbestos dangerous",
        "Asbestos splits into fibres far finer than a hair, Maya; breathe",
    ),
    (
        "curie",
        "is asbestos in the garage roof a problem",
        "Asbestos splits into fibres far finer than a hair, Maya; breathe",
    ),
    (
        "curie",
        "why doesn't aluminium rust",
        "Aluminium reacts with the air faster than iron, Maya, but its ox",
    ),
    (
        "curie",
        "does aluminum corrode",
        "Aluminium reacts with the air faster than iron, Maya, but its ox",
    ),
    (
        "curie",
        "why do straighteners damage hair",
        "Heat reshapes hair through its weak bonds, Maya, but above about",
    ),
    (
        "curie",
        "are curling tongs bad for your hair",
        "Heat reshapes hair through its weak bonds, Maya, but above about",
    ),
    (
        "curie",
        "how does hair removal cream work",
        "It dissolves the hair, Maya: an alkaline cream breaks the sulphu",
    ),
    (
        "curie",
        "why does veet sting",
        "It dissolves the hair, Maya: an alkaline cream breaks the sulphu",
    ),
    (
        "curie",
        "why does orange juice taste awful after toothpaste",
        "Most toothpastes hold a foaming soap, sodium lauryl sulphate, Ma",
    ),
    (
        "curie",
        "why does oj taste disgusting after brushing your teeth",
        "Most toothpastes hold a foaming soap, sodium lauryl sulphate, Ma",
    ),
    (
        "curie",
        "does fluoride in toothpaste actually do anything",
        "Fluoride swaps into the enamel of your teeth, Maya, making a har",
    ),
    (
        "curie",
        "is fluoride safe",
        "Fluoride swaps into the enamel of your teeth, Maya, making a har",
    ),
    (
        "curie",
        "why does the hospital smell the way it does",
        "Mostly disinfectant, Maya: alcohol and chlorine cleaners on ever",
    ),
    (
        "curie",
        "what is that smell at the dentist",
        "Mostly disinfectant, Maya: alcohol and chlorine cleaners on ever",
    ),
    (
        "curie",
        "why do car batteries have acid in them",
        "A car battery is lead plates in sulphuric acid, Maya: the acid r",
    ),
    (
        "curie",
        "is car battery acid dangerous",
        "A car battery is lead plates in sulphuric acid, Maya: the acid r",
    ),
    (
        "curie",
        "why do cooked prawns turn pink",
        "The pink was in the shell all along, Maya: a red pigment, astaxa",
    ),
    (
        "curie",
        "why do lobsters go red when cooked",
        "The pink was in the shell all along, Maya: a red pigment, astaxa",
    ),
    (
        "curie",
        "why does dry ice smoke",
        "Dry ice is frozen carbon dioxide at minus 78 degrees, Maya: it t",
    ),
    (
        "curie",
        "is dry ice safe in drinks",
        "Dry ice is frozen carbon dioxide at minus 78 degrees, Maya: it t",
    ),
    (
        "curie",
        "how does a fire extinguisher put out a fire",
        "A fire needs heat, fuel and oxygen, Maya, and each extinguisher",
    ),
    (
        "curie",
        "which type of fire extinguisher do i need for the kitchen",
        "A fire needs heat, fuel and oxygen, Maya, and each extinguisher",
    ),
    (
        "curie",
        "why does mayonnaise split",
        "Mayonnaise is tiny droplets of oil held apart in egg yolk, Maya,",
    ),
    (
        "curie",
        "my hollandaise curdled, why",
        "Mayonnaise is tiny droplets of oil held apart in egg yolk, Maya,",
    ),
    (
        "curie",
        "why does pickle juice keep things from going off",
        "Vinegar is acid enough that the bacteria that spoil food cannot",
    ),
    (
        "curie",
        "how long do pickled onions keep",
        "Vinegar is acid enough that the bacteria that spoil food cannot",
    ),
    (
        "curie",
        "why does chlorine bleach fade my clothes",
        "Bleach works by oxidising coloured molecules, Maya, breaking up",
    ),
    (
        "curie",
        "why did bleach leave orange spots on my black top",
        "Bleach works by oxidising coloured molecules, Maya, breaking up",
    ),
    (
        "curie",
        "why does fish smell fishy when it goes off",
        "Fresh sea fish hardly smells, Maya; as it ages, bacteria turn a",
    ),
    (
        "curie",
        "why do you put lemon on fish",
        "Fresh sea fish hardly smells, Maya; as it ages, bacteria turn a",
    ),
    (
        "curie",
        "why does my coffee taste bitter if i use boiling water",
        "Boiling water pulls out the bitter compounds faster than the ple",
    ),
    (
        "curie",
        "why is my coffee so bitter",
        "Boiling water pulls out the bitter compounds faster than the ple",
    ),
    (
        "curie",
        "does baking soda really whiten teeth",
        "Bicarbonate is a gentle scrub, Maya: it polishes off surface sta",
    ),
    (
        "curie",
        "does charcoal toothpaste make teeth whiter",
        "Bicarbonate is a gentle scrub, Maya: it polishes off surface sta",
    ),
    (
        "darwin",
        "why do sheep all follow each other",
        "A lone sheep is one a fox can pick off, Maya; in a flock each is",
    ),
    (
        "darwin",
        "why do sheep always stick together",
        "A lone sheep is one a fox can pick off, Maya; in a flock each is",
    ),
    (
        "darwin",
        "do fish bite better at dawn",
        "Often, Maya: at dawn and dusk the light is low, so insects and s",
    ),
    (
        "darwin",
        "is early morning the best time for carp fishing",
        "Often, Maya: at dawn and dusk the light is low, so insects and s",
    ),
    (
        "darwin",
        "why do we dream",
        "Nobody knows for certain, Maya; we dream most in the light sleep",
    ),
    (
        "darwin",
        "what do dreams mean",
        "Nobody knows for certain, Maya; we dream most in the light sleep",
    ),
    (
        "darwin",
        "why do teenagers sleep so late",
        "A teenager's body clock really does shift, Maya: the sleep hormo",
    ),
    (
        "darwin",
        "why is my teen always tired in the morning",
        "A teenager's body clock really does shift, Maya: the sleep hormo",
    ),
    (
        "darwin",
        "why does my hamster only run at night",
        "Hamsters come from the dry country of Syria, Maya, where the day",
    ),
    (
        "darwin",
        "why is my gerbil awake all night",
        "Hamsters come from the dry country of Syria, Maya, where the day",
    ),
    (
        "darwin",
        "why are some people left handed",
        "About one person in ten is left-handed, Maya, in every land and",
    ),
    (
        "darwin",
        "is being left-handed genetic",
        "About one person in ten is left-handed, Maya, in every land and",
    ),
    (
        "darwin",
        "is it bad to feed bread to ducks",
        "A little does no harm, Maya, but bread is all filling and no goo",
    ),
    (
        "darwin",
        "what should we feed the ducks",
        "A little does no harm, Maya, but bread is all filling and no goo",
    ),
    (
        "darwin",
        "why are there so many foxes in the city now",
        "Foxes moved into towns with the garden suburbs of the 1930s, May",
    ),
    (
        "darwin",
        "why do foxes live in towns",
        "Foxes moved into towns with the garden suburbs of the 1930s, May",
    ),
    (
        "darwin",
        "why are there fewer bugs on the windscreen than there used to be",
        "You are right, Maya: counts in Germany found flying insects down",
    ),
    (
        "darwin",
        "why is my windscreen so clean of insects these days",
        "You are right, Maya: counts in Germany found flying insects down",
    ),
    (
        "darwin",
        "why do cats hate water",
        "Most cats descend from the wildcat of dry Near Eastern country,",
    ),
    (
        "darwin",
        "why is my cat scared of the bath",
        "Most cats descend from the wildcat of dry Near Eastern country,",
    ),
    (
        "darwin",
        "why do frogs croak so loud in spring",
        "That is the males calling for mates, Maya, each puffing air thro",
    ),
    (
        "darwin",
        "why do toads make that noise",
        "That is the males calling for mates, Maya, each puffing air thro",
    ),
    (
        "darwin",
        "why do some birds stay all winter and others go",
        "It turns on food, Maya: swallows and swifts live on flying insec",
    ),
    (
        "darwin",
        "why do swallows migrate",
        "It turns on food, Maya: swallows and swifts live on flying insec",
    ),
    (
        "darwin",
        "why do my chickens eat their own eggs",
        "Once an egg breaks and a hen tastes it, Maya, she learns eggs ar",
    ),
    (
        "darwin",
        "how do i stop my hens eating eggs",
        "Once an egg breaks and a hen tastes it, Maya, she learns eggs ar",
    ),
    (
        "darwin",
        "why does the lawn go brown where the dog wees",
        "Dog urine is rich in nitrogen, Maya, and a whole puddle on one s",
    ),
    (
        "darwin",
        "is dog pee killing my grass",
        "Dog urine is rich in nitrogen, Maya, and a whole puddle on one s",
    ),
    (
        "darwin",
        "why do horses wear shoes",
        "A wild horse's hoof wears down about as fast as it grows, Maya;",
    ),
    (
        "darwin",
        "do horseshoes hurt",
        "A wild horse's hoof wears down about as fast as it grows, Maya;",
    ),
    (
        "darwin",
        "why do farmers rotate crops",
        "Each crop draws the same things from the soil and feeds the same",
    ),
    (
        "darwin",
        "should i grow potatoes in the same bed every year",
        "Each crop draws the same things from the soil and feeds the same",
    ),
    (
        "darwin",
        "why do cows have four stomachs",
        "Grass is hard to digest, Maya, so a cow keeps a great vat, the r",
    ),
    (
        "darwin",
        "how do cows digest grass",
        "Grass is hard to digest, Maya, so a cow keeps a great vat, the r",
    ),
    (
        "darwin",
        "why do some trees keep their leaves in winter",
        "Needles and waxy holly leaves are built tough, Maya, small, thic",
    ),
    (
        "darwin",
        "why do pine trees stay green all year",
        "Needles and waxy holly leaves are built tough, Maya, small, thic",
    ),
    (
        "darwin",
        "why do seeds need darkness to sprout",
        "Most seeds do not need darkness, Maya: they need water, warmth a",
    ),
    (
        "darwin",
        "how deep should i bury my seeds",
        "Most seeds do not need darkness, Maya: they need water, warmth a",
    ),
    (
        "darwin",
        "why is my basil always dying",
        "Supermarket basil is a crowd of seedlings in one pot, Maya, too",
    ),
    (
        "darwin",
        "how do i keep supermarket basil alive",
        "Supermarket basil is a crowd of seedlings in one pot, Maya, too",
    ),
    (
        "darwin",
        "why do we get freckles",
        "Freckles are spots where the skin makes more melanin in sunlight",
    ),
    (
        "darwin",
        "are freckles genetic",
        "Freckles are spots where the skin makes more melanin in sunlight",
    ),
    (
        "darwin",
        "why do men go bald",
        "Baldness in men runs in families, Maya: hair roots on the crown",
    ),
    (
        "darwin",
        "is balding genetic",
        "Baldness in men runs in families, Maya: hair roots on the crown",
    ),
    (
        "darwin",
        "why do we have eyebrows",
        "Eyebrows keep sweat and rain running round your eyes, Maya, but",
    ),
    (
        "darwin",
        "what are eyebrows for",
        "Eyebrows keep sweat and rain running round your eyes, Maya, but",
    ),
    (
        "darwin",
        "why do rabbits eat their own poo",
        "It is their second helping, Maya: a rabbit's gut cannot get all",
    ),
    (
        "darwin",
        "my bunny eats its droppings, is that normal",
        "It is their second helping, Maya: a rabbit's gut cannot get all",
    ),
    (
        "darwin",
        "why have my hens stopped laying",
        "Most likely the short days, Maya: a hen needs some fourteen hour",
    ),
    (
        "darwin",
        "why are my chickens not laying in winter",
        "Most likely the short days, Maya: a hen needs some fourteen hour",
    ),
    (
        "darwin",
        "do bees die after they sting you",
        "A honeybee does, Maya: her sting is barbed and stays in your ski",
    ),
    (
        "darwin",
        "does a honey bee die when it stings",
        "A honeybee does, Maya: her sting is barbed and stays in your ski",
    ),
]

# Questions that share a line's words but ask another thing: no line of this session.
LOOK_ALIKES = [
    ("einstein", "who built the bridge over the gap in the cliffs"),
    ("einstein", "how cold should my fridge be"),
    ("einstein", "is double glazing worth it"),
    ("einstein", "how do i take better photos of the stars"),
    ("einstein", "when do the headlights have to go on"),
    ("einstein", "how long should i water the lawn with the hose"),
    ("einstein", "which laptop should i buy for uni"),
    ("einstein", "how many lights can go on one switch"),
    ("einstein", "what's the best mirror for a small hallway"),
    ("einstein", "is it legal to drive under power lines with a tall van"),
    ("einstein", "how much does a new car cost"),
    ("einstein", "what fish can i keep in a pond"),
    ("einstein", "how do i pump up a football"),
    ("einstein", "where did i leave the crowbar"),
    ("einstein", "how long do i boil an egg"),
    ("einstein", "how long does a spin class last"),
    ("einstein", "when is the next full moon"),
    ("einstein", "how many people fit in a lift"),
    ("einstein", "is the sea warm enough to swim in june"),
    ("einstein", "how hot should a hot tub be"),
    ("einstein", "who invented the wind turbine"),
    ("einstein", "which charger do i need for my phone"),
    ("einstein", "is a cold bath good for sore muscles"),
    ("curie", "how do i get a perm to last"),
    ("curie", "is acetone flammable"),
    ("curie", "how long does concrete take to set"),
    ("curie", "what's the best bread flour"),
    ("curie", "what colour is antifreeze"),
    ("curie", "how often should i change the cat litter"),
    ("curie", "how much is gold worth"),
    ("curie", "when should i put fertiliser on the lawn"),
    ("curie", "where can i buy hand sanitiser"),
    ("curie", "what markers are best for the whiteboard"),
    ("curie", "how many paracetamol can i take"),
    ("curie", "is coke zero better than pepsi max"),
    ("curie", "how long does resin take to cure"),
    ("curie", "what paint should i use in the bathroom"),
    ("curie", "what perfume should i buy my mum"),
    ("curie", "why do people smoke"),
    ("curie", "where do i buy rubber bands"),
    ("curie", "how do you make aluminium"),
    ("curie", "what temperature should straighteners be"),
    ("curie", "what toothpaste is best"),
    ("curie", "how long are you in hospital after a hip op"),
    ("curie", "how long does a car battery last"),
    ("curie", "how long do you cook prawns"),
    ("curie", "what's the best fire extinguisher brand"),
    ("curie", "is mayonnaise healthy"),
    ("curie", "what jam goes with scones"),
    ("curie", "what's the best way to pickle onions"),
    ("curie", "can i use bleach on the patio"),
    ("curie", "what fish is best for fish and chips"),
    ("curie", "how much coffee is too much"),
    ("curie", "how do i whiten my trainers with baking soda"),
    ("darwin", "how many sheep are in wales"),
    ("darwin", "what fish can i eat raw"),
    ("darwin", "what bird is that in my garden"),
    ("darwin", "what's a good bedtime for a 6 year old"),
    ("darwin", "how much should i feed my hamster"),
    ("darwin", "how much should i feed my cat"),
    ("darwin", "do left handed people need special scissors"),
    ("darwin", "where is the duck pond in the park"),
    ("darwin", "how do i keep foxes out of my garden"),
    ("darwin", "how do i clean bugs off the windscreen"),
    ("darwin", "how much water should my cat drink"),
    ("darwin", "how long does frogspawn take to hatch"),
    ("darwin", "what bird is that singing in the garden"),
    ("darwin", "is it safe to eat eggs from my chickens"),
    ("darwin", "how do i reseed a bald patch on the lawn"),
    ("darwin", "how long do horses live"),
    ("darwin", "what crops grow in clay soil"),
    ("darwin", "how much milk does a cow give"),
    ("darwin", "what trees lose their leaves first"),
    ("darwin", "when should i sow tomato seeds"),
    ("darwin", "how do i make pesto with basil"),
    ("darwin", "does sun cream stop freckles"),
    ("darwin", "why do people shave their heads"),
    ("darwin", "how do i shape my eyebrows"),
    ("darwin", "what do rabbits eat"),
    ("darwin", "how many eggs does a hen lay"),
    ("darwin", "why are bees dying out"),
    ("darwin", "what's the dream team for saturday"),
]


@pytest.mark.parametrize(("slug", "text", "start"), ANSWERED)
def test_an_everyday_question_gets_its_line(slug, text, start):
    assert say(slug, f"@{slug} {text}").startswith(start)


def test_every_new_line_is_met_by_two_phrasings():
    starts = [start for _slug, _text, start in ANSWERED]
    assert all(starts.count(start) >= 2 for start in starts)
    assert len(set(starts)) == 82


def lines_starting(answered) -> list[str]:
    """The scientists' lines, said to Maya, that the answers of `answered` (slug, text,
    start) start with: the lines a session added."""
    starts = {start for _slug, _text, start in answered}
    found = []
    for slug in ("einstein", "curie", "darwin"):
        said = [line.replace("{name}", "Maya") for line in _lines(slug)]
        found += [line for line in said if any(line.startswith(start) for start in starts)]
    return found


NEW = lines_starting(ANSWERED)


def test_the_new_lines_are_found():
    assert len(NEW) == 82


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_no_new_line(slug, text):
    reply = say(slug, f"@{slug} {text}")
    assert not any(line in reply for line in NEW)


def test_a_road_heard_far_at_night_gets_the_line_on_sound_at_night():
    reply = say("einstein", "@einstein why can i hear the motorway more at night")
    assert reply.startswith("On a still night the air near the ground is colder")
