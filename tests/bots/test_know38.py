"""Everyday questions of the scientists' own fields, as people in hobby groups ask them (know38):
music and instruments, kilns and glazes, brewing and baking, boats, bikes, weather, sky, tides,
water and ice, magnets, batteries and chargers, static, bees, hedgehogs, sleep, migration,
flowering and seeds; and Lovelace's odds, counting, codes and patterns. Each was owned up to
("That one leaves me as puzzled as my cat Tiger", Einstein, on why a string pressed shorter
sounds higher), handed over (Einstein's "how do bees fly" to Darwin) or answered with a line on
another thing (Curie's wedging for what happens to clay in a kiln; Darwin's sleeping cats for
why we need sleep). Each now gets a `#know` line in the persona's voice, true and short, met on
the words people use for it (three or more wordings each) and not on look-alikes that share a
word of it ("how do i hail a taxi", "what is the glaze on a doughnut made of", "is 91 a prime
number", "what is a raspberry pi"). A few lines the personas had already are met on words they
missed ("why does the sky go red in the evening", "why do plants need sunlight")."""

from __future__ import annotations

import pytest

from bots.know import knowns
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

# The new lines, by a short name, as the persona carries them.
LINES = {
    "fret": (
        "A shorter string vibrates faster, {name}, and faster is higher: press it to a "
        "fret and only the part between that fret and the bridge sounds. Halve the "
        "length and the note goes up an octave, which is why the twelfth fret sits at "
        "the middle of the string."
    ),
    "tune": (
        "Heat and damp change a string's tension, {name}: metal strings lengthen a "
        "little as they warm and go flat, and a wooden neck and body swell in damp air "
        "and shrink in dry. Let the instrument sit in the room a while before you tune "
        "it."
    ),
    "spring": (
        "Spring tides have nothing to do with the season, {name}: the water springs up. "
        "At new and full moon the Sun and Moon pull in line and tides run highest and "
        "lowest; at half moon they pull at right angles, and we get the small neap tides."
    ),
    "battery": (
        "A battery is two different materials with a paste between them, {name}: one "
        "gives up electrons more readily, so when a wire joins the ends electrons run "
        "through it while the chemistry inside keeps up the push. Once those chemicals "
        "are spent, it is flat."
    ),
    "flat": (
        "The chemistry inside never quite stops, {name}: a slow reaction creeps on with "
        "nothing connected, faster in the warm. An alkaline cell loses only a few "
        "percent a year, an old rechargeable a fifth or more in a month; keep spares "
        "somewhere cool."
    ),
    "charger": (
        "No converter is perfect, {name}: a charger turns the mains' 230 volts into the "
        "phone's five or so, and a tenth or so of the power is lost as heat on the way. "
        "Warm is normal; too hot to hold, a smell or a scorch mark means unplug it and "
        "bin it."
    ),
    "metal": (
        "Metal feels colder than wood at the same temperature because it carries the "
        "heat out of your hand faster, {name}; your skin measures the flow of heat, not "
        "the temperature. Stone and tiles do the same; wood, cork and carpet carry it "
        "off slowly."
    ),
    "insulation": (
        "Insulation works by trapping still air, {name}: air carries heat badly so long "
        "as it cannot move, and fluffy wool or foam holds it in millions of tiny "
        "pockets. Squash it flat and it works worse; in a loft, about 270 millimetres "
        "deep is the usual advice."
    ),
    "ears": (
        "Water is heavy, {name}. Every ten metres of water adds a whole atmosphere of "
        "pressure, so a few metres down in a lake it presses on your eardrum and it "
        "hurts; hold your nose and blow gently to even it out."
    ),
    "sweat": (
        "The water is not coming through the glass, {name}: it comes out of the air. "
        "Warm air holds water vapour, and where it touches the cold glass it chills and "
        "drops it as dew, as on a window on a winter morning; the muggier the day, the "
        "wetter the glass."
    ),
    "pond": (
        "Water is heaviest at 4 degrees, {name}: as a pond cools, the colder water stays "
        "on top and freezes there first. The ice floats and shields the water below, so "
        "a pond rarely freezes solid and fish live on underneath."
    ),
    "tension": (
        "Tension raises the pitch, {name}: a tighter drum skin or string springs back "
        "faster, so it shakes more times a second and the note is higher; slacken it and "
        "the note drops. A bigger drum, like a longer string, sounds lower."
    ),
    "chain": (
        "A chain is a hundred little hinges rubbing under load, {name}: oil keeps metal "
        "off metal, so less of your effort turns into heat and wear, and it keeps water "
        "and rust out. Oil the rollers, then wipe the outside, since oil on top only "
        "gathers grit."
    ),
    "bees": (
        "The old story that a bumblebee cannot fly came from sums done as if its wings "
        "were the stiff wing of an aeroplane, {name}; the bee beats its wings two "
        "hundred times a second and stirs little whirlwinds that give far more lift, and "
        "it has never read the sums."
    ),
    "kiln": (
        "Drying only drives off the water between the grains, {name}, so dry clay slakes "
        "back to mud. Past about 500 degrees the kiln drives out the water bound in the "
        "clay's crystals; hotter, the grains fuse with a little glass. That is stone."
    ),
    "glaze": (
        "The colour is a pinch of metal oxide, {name}, and the glaze and the fire can "
        "change it: cobalt stays blue almost anywhere, but copper gives turquoise in one "
        "glaze, green in another, red in a smoky kiln. A blue gone green is usually "
        "copper."
    ),
    "craze": (
        "That is crazing, {name}: the glaze shrinks more than the clay beneath as the "
        "pot cools, and is stretched until it cracks in a fine net. Crackle glazes do it "
        "on purpose; to stop it, fire the clay hotter or add silica to the glaze."
    ),
    "made": (
        "Mostly glass-makers' minerals ground fine, {name}: silica, which becomes the "
        "glass; a flux such as feldspar so it melts at kiln heat; clay so it clings to "
        "the pot; and a little metal oxide for colour. The fire melts it into glass."
    ),
    "yeast": (
        "Yeast eats the sugar in the wort or juice, {name}, and turns it into alcohol "
        "and carbon dioxide, which is the fizz, making fruity and spicy flavours "
        "besides. That is fermentation; most ale yeasts like it near 18 to 20 degrees."
    ),
    "vinegar": (
        "That is acetic acid, {name}, made by bacteria that turn alcohol into vinegar, "
        "and they need air. Keep the brew under an airlock, fill bottles and demijohns "
        "to the neck, sanitise everything; once it tastes of vinegar it cannot be put "
        "right."
    ),
    "haze": (
        "That is chill haze, {name}: proteins and tannins from the malt and hops stay "
        "dissolved when warm and clump together into a faint fog when cold. It is "
        "harmless and does not change the taste; a week or two cold, or finings, clears "
        "it."
    ),
    "sour": (
        "A sourdough starter is wild yeast living with lactic acid bacteria, {name}: the "
        "yeast raises the loaf, and the bacteria make lactic and acetic acids, the tang. "
        "A long, cool rise in the fridge gives a sourer loaf; a warm, quick one a milder."
    ),
    "cream": (
        "Whisking beats in air and knocks the fat droplets about, {name}: their coats "
        "break and they stick together round each bubble into a net that holds its "
        "shape. It needs at least 30% fat and works best cold; overbeat it and you have "
        "butter."
    ),
    "jam": (
        "Jam sets because fruit holds pectin, {name}, a long chain-like substance in its "
        "cell walls; boiled with enough sugar and acid, the chains link into a mesh that "
        "holds the juice. Strawberries have little: add lemon, and test on a cold saucer."
    ),
    "salt": (
        "Salt tightens the gluten, {name}, so the dough holds its gas; it slows the "
        "yeast to an even rise and gives flavour. Bread made without it is pale and "
        "bland. Use about 2% of the flour's weight; mixed in, it will not hurt the yeast."
    ),
    "swarm": (
        "A swarm is a colony splitting in two, {name}: in late spring a crowded hive "
        "raises new queens, and the old queen leaves with half the workers. Swarming "
        "bees are full of honey and seldom sting; a beekeeper will collect them."
    ),
    "dance": (
        "By scent and colour, {name}, and by telling each other: a honeybee back from "
        "good flowers dances a waggle on the comb, its angle giving the direction from "
        "the sun, its length the distance. Karl von Frisch worked it out long after my "
        "time."
    ),
    "hedgehog": (
        "They hibernate, {name}, from about November to March, in a nest of leaves under "
        "a hedge, a log pile or a shed, the heart slowed from nearly two hundred beats a "
        "minute to about twenty. Leave leaf piles be, and check bonfires before lighting."
    ),
    "sleep": (
        "Nobody knows the whole of it, {name}, but nearly every animal sleeps, which "
        "says it matters: the sleeping brain files the day's memories and clears waste "
        "that builds up while awake, and the body mends. Most adults need seven to nine "
        "hours."
    ),
    "migrate": (
        "Migrating birds steer by several compasses at once, {name}: the sun by day, the "
        "stars by night, and the Earth's magnetism, which they can sense. A young cuckoo "
        "flies to Africa alone, so the direction is inborn; landmarks guide them home."
    ),
    "flower": (
        "Mostly by the length of the night, {name}: a leaf measures darkness with a "
        "light-sensing pigment, and some plants flower when nights grow short, others "
        "when they grow long. Bulbs and fruit trees also count a winter's cold before "
        "they bloom."
    ),
    "birthday": (
        "Only 23, {name}, for a better than even chance that two share a birthday, and "
        "with 70 it is nearly certain. It feels wrong because you think of your own "
        "birthday; but 23 people make 253 pairs, and every pair is a chance of a match."
    ),
    "deck": (
        "Fifty-two factorial, {name}: 52 × 51 × 50 and so on down to 1, about 8 followed "
        "by 67 noughts. So a well-shuffled deck is almost surely in an order no deck has "
        "ever been in before. Seven riffle shuffles are enough to mix it properly."
    ),
    "bus": (
        "Buses bunch by arithmetic, {name}: a bus that falls a little behind finds more "
        "people at each stop, so it takes longer and falls further behind, while the one "
        "after finds fewer and catches it up. Left alone, any gap grows until they run "
        "in pairs."
    ),
    "odds": (
        "Odds such as 5 to 1 mean the bookmaker reckons on five losses for every win, "
        "{name}: a chance of one in six. Stake a pound and a win pays five and your "
        "pound back; evens, 1 to 1, is a coin toss. The bookmaker's odds are always "
        "shaded a little in his favour."
    ),
    "morse": (
        "Each letter is a short run of dots and dashes, {name}, a dash three dots long, "
        "and the commonest letters have the shortest codes: E is one dot, T one dash. "
        "SOS, three dots, three dashes, three dots, was chosen because it is easy to "
        "send and hard to mistake."
    ),
    "qr": (
        "A QR code is a message written in black and white squares, {name}, each a one "
        "or a nought; the three big corner squares tell the camera which way up it is. "
        "Spare squares repeat it cleverly, so it still reads with a good part torn or "
        "dirty."
    ),
    "hexagon": (
        "Of the shapes that tile a floor with no gaps, triangles, squares and hexagons, "
        "{name}, the hexagon encloses the most room with the least wall, so the bees "
        "spend the least wax. It was a guess for two thousand years; Thomas Hales proved "
        "it in 1999."
    ),
    "prime": (
        "A prime is a whole number that only 1 and itself divide exactly, {name}: 2, 3, "
        "5, 7, 11, 13 and on for ever, as Euclid proved. Every other whole number above "
        "1 is made by multiplying primes together, and in only one way."
    ),
    "moon": (
        "The Moon makes no light of its own, {name}: the Sun always lights half of it, "
        "and as it circles us every twenty-nine and a half days we see more or less of "
        "that lit half. At new moon the lit side faces away; at full moon, all of it "
        "faces us."
    ),
    "magnet": (
        "A magnet is strong because countless atomic magnets inside it point the same "
        "way, {name}; heat, hard knocks or a stronger magnet nearby shake some out of "
        "line. Left alone, a good modern magnet loses almost nothing in a lifetime; "
        "heated red hot, it is done."
    ),
    "pickup": (
        "A pickup is a magnet wound with thousands of turns of fine wire, {name}: the "
        "steel string sits in its field, and as the string vibrates it stirs the field, "
        "which drives a tiny current in the coil at the string's own pitch. The "
        "amplifier makes that loud."
    ),
    "speaker": (
        "That is your phone talking to the mast, {name}: it sends short bursts of radio "
        "many times a second, and the wires of a nearby speaker pick them up and the "
        "amplifier turns them into that buzz. It does no harm; move the phone a metre "
        "away."
    ),
    "thunder": (
        "Thunder begins as a crack all along the lightning, {name}, but the bolt is "
        "kilometres long, so sound from its far end arrives seconds after the near end, "
        "and hills and clouds echo it. Close by you hear the crack; far off, only the "
        "low rumble."
    ),
    "reduction": (
        "In a reduction firing the kiln is starved of air, {name}, so the flame steals "
        "oxygen from the glaze's metal oxides: copper that would be green turns blood "
        "red, and iron that would be honey gives the soft green of celadon."
    ),
    "bisque": (
        "A bisque firing, to about 1,000 degrees, makes dry clay into fired pot for "
        "good, {name}, yet leaves it porous: strong to handle and thirsty enough to soak "
        "up glaze evenly. The glaze firing after it is hotter and seals it into glass."
    ),
    "hops": (
        "Boiling hops turns their alpha acids into iso-alpha acids, {name}, which taste "
        "bitter and balance the sweet malt; the longer the boil, the more bitter. Hops "
        "added late or after the boil give aroma instead, since their oils would boil "
        "away."
    ),
    "fizz": (
        "The fizz is made in the bottle, {name}: a little priming sugar gives the yeast "
        "left in the beer a last meal, and its gas has nowhere to go but into the beer. "
        "Flat bottles mean too little sugar, a cold room, too short a wait or a leaky "
        "cap."
    ),
    "sourdense": (
        "A dense sourdough is nearly always underproved, {name}: wild yeast is slower "
        "than packet yeast, so the dough may need six hours or more in a cool kitchen, "
        "from a lively starter. Wait until it has grown by half and wobbles, then bake."
    ),
    "crust": (
        "The crumb is still full of moisture, {name}, and as the loaf cools it moves out "
        "into the dry crust and softens it; a bag traps it there. Cool bread on a rack, "
        "bake it a little longer, and a few minutes in a hot oven crisps it again."
    ),
    "shiver": (
        "Shivering is muscles working to make heat, {name}: small fast twitches that "
        "move nothing, so all their effort warms you. Goosebumps come with it, the trace "
        "of the fur our ancestors fluffed up against the cold."
    ),
    "frost": (
        "Many seeds of cold countries wait out a winter before they sprout, {name}: a "
        "spell of cold and damp wakes them, so they do not come up in autumn only to die "
        "in the first frost. Gardeners copy it with weeks in damp sand in the fridge."
    ),
    "winter": (
        "Honeybees huddle in a ball in the hive, {name}, shivering their flight muscles "
        "to keep its heart warm, and live on the honey stored in summer. Bumblebee "
        "colonies die in autumn; only young queens survive, asleep in the soil."
    ),
    "bhoney": (
        "They make a little, {name}, but only a few days' worth in small wax pots: a "
        "bumblebee colony lasts one summer and only its new queens see winter, so it "
        "need not store. A honeybee colony lives for years and must store honey for "
        "winter."
    ),
    "pi": (
        "Pi is how many times a circle's width goes round its edge, {name}: a little "
        "over three, 3.14159 and on for ever, for its decimals never end nor repeat. "
        "Every circle gives the same number, a coin's or the Earth's; that is what makes "
        "it worth knowing."
    ),
    "rubik": (
        "About 43 quintillion positions, {name}: 43 followed by 18 noughts, since every "
        "corner and edge can sit in many places and turn many ways. Yet every one can be "
        "solved in twenty moves or fewer, which was proved only in 2010, by computer."
    ),
    "fractal": (
        "A fractal is a shape made of smaller copies of itself, {name}, so it looks as "
        "rough close up as far off: a fern whose every frond is a little fern, a "
        "coastline, a snowflake. Simple rules repeated again and again draw them; a very "
        "pretty kind of pattern."
    ),
    "flush": (
        "About one in 650,000 five-card hands, {name}: there are 2,598,960 hands and "
        "only four royal flushes. Deal a hand every minute of every day and you would "
        "wait well over a year, on average, to see one."
    ),
}
# Lines the personas carried already, now met on more of the words people use.
MET_MORE = {
    "sunset": (
        "At dawn and dusk sunlight crosses far more air to reach you, {name}, and air "
        "scatters blue light aside, which is why the daytime sky is blue; what comes "
        "straight through is red, orange and gold. Dust and smoke deepen it."
    ),
    "headwind": (
        "On a bike most of your effort above about twenty kilometres an hour goes into "
        "pushing air aside, {name}, so tuck down into a headwind. Uphill it is all "
        "lifting your weight: a low gear and a steady spin."
    ),
    "photo": (
        "Photosynthesis is a plant making its food from light, {name}: in its "
        "chloroplasts, carbon dioxide from the air and water from the soil become "
        "glucose, and oxygen is given off, the sunlight caught by green chlorophyll."
    ),
    "seedsdark": (
        "Most seeds do not need darkness, {name}: they need water, warmth and air, and "
        "the soil keeps them damp; sow them about twice as deep as they are big. Some, "
        "lettuce and many tiny seeds, need light and go on the surface."
    ),
    "float": (
        "A thing floats when it pushes aside its own weight of water before it is under, "
        "{name}; that is Archimedes. Wood, ice and a hollow steel hull weigh less than "
        "that much water; a nail, solid steel, weighs eight times more, and sinks."
    ),
    "hail": (
        "Hail needs the strong rising air of a thunderstorm, {name}, and summer heat "
        "makes the strongest: raindrops are carried high where it is far below freezing, "
        "gather layers of ice as they rise and fall, and drop when too heavy to hold up."
    ),
}

# (line, persona, question): each question, put to the persona, gets that line, whole.
ASKED = [
    (
        "fret",
        "einstein",
        (
            "why does the string go higher when you press it down on the neck? im curious "
            "how it works"
        ),
    ),
    ("fret", "einstein", "why does a shorter string make a higher note"),
    ("fret", "einstein", "how do frets change the pitch on a guitar"),
    ("fret", "einstein", "why does holding the string down on my uke make the note go up"),
    ("fret", "einstein", "whats the physics of pressing a violin string to get a higher pitch"),
    ("tune", "einstein", "why does my guitar go out of tune when the room warms up"),
    (
        "tune",
        "einstein",
        "why does the piano go out of tune every winter when the heating comes on",
    ),
    ("tune", "einstein", "how come my ukulele detunes in the sun at the park"),
    ("spring", "einstein", "what are spring tides, are they in spring"),
    ("spring", "einstein", "whats a neap tide"),
    ("spring", "einstein", "why are the tides so big this week, someone said king tides"),
    ("spring", "einstein", "is a spring tide only in march?"),
    ("battery", "einstein", "how does a battery actually work"),
    ("battery", "einstein", "whats inside a battery that makes electricity"),
    ("battery", "einstein", "how do batteries store electricity"),
    ("battery", "einstein", "can someone explain how a battery makes power"),
    ("flat", "einstein", "why do batteries go flat even when you dont use them"),
    ("flat", "einstein", "my spare AAs in the drawer are dead, never used, how?"),
    ("flat", "einstein", "do rechargeable batteries lose charge sitting in a cupboard"),
    ("charger", "einstein", "why does my phone charger get warm"),
    ("charger", "einstein", "is it normal for the laptop adapter to get hot"),
    ("charger", "einstein", "why does the charger brick heat up when i charge my tablet"),
    ("metal", "einstein", "why is metal cold to touch but wood isnt in the same room"),
    ("metal", "einstein", "why do the bathroom tiles feel so much colder than the carpet"),
    (
        "metal",
        "einstein",
        "why does the metal railing feel icy to the touch when the wooden fence doesnt",
    ),
    ("insulation", "einstein", "how does loft insulation work"),
    ("insulation", "einstein", "does squashing insulation make it worse"),
    ("insulation", "einstein", "how does lagging on pipes actually keep them warm"),
    ("ears", "einstein", "why do my ears hurt at the bottom of the pool"),
    ("ears", "einstein", "why do my ears hurt when i dive deep"),
    (
        "ears",
        "einstein",
        "why is there so much pressure in my ears when snorkelling down to the reef",
    ),
    ("sweat", "einstein", "why does a glass of ice water sweat"),
    ("sweat", "einstein", "why is my cold can of coke wet on the outside"),
    ("sweat", "einstein", "why do bottles from the fridge drip in summer"),
    ("pond", "einstein", "why do puddles freeze on top first"),
    ("pond", "einstein", "why does a pond freeze from the top down"),
    ("pond", "einstein", "will the lake freeze solid in this cold snap"),
    ("tension", "einstein", "why do drums have different pitches when you tighten them"),
    ("tension", "einstein", "why does tightening a guitar string make it higher"),
    ("tension", "einstein", "why does a loose snare sound lower"),
    ("chain", "einstein", "why does a bicycle chain need oil"),
    ("chain", "einstein", "my chain is squeaking, does it need lube"),
    ("chain", "einstein", "whats the point of oiling a bike chain"),
    (
        "bees",
        "einstein",
        (
            "how do bees actually fly, i read somewhere that scientists said they shouldnt "
            "be able to"
        ),
    ),
    ("bees", "einstein", "is it true bumblebees are aerodynamically impossible"),
    ("bees", "einstein", "how do bumblebees fly with such tiny wings"),
    (
        "kiln",
        "curie",
        (
            "whats actually going on in the kiln, like chemically? why does clay go hard and "
            "not just dry out again"
        ),
    ),
    ("kiln", "curie", "why doesnt fired clay turn back to mud"),
    ("kiln", "curie", "what happens to clay in the kiln"),
    ("kiln", "curie", "what is the chemistry of firing pottery"),
    ("glaze", "curie", "why did my glaze go green instead of blue"),
    ("glaze", "curie", "why did my turquoise glaze turn brown"),
    ("glaze", "curie", "why does the same glaze change colour from one firing to the next"),
    ("craze", "curie", "why does my glaze crackle"),
    ("craze", "curie", "why is my mug glaze crazing"),
    ("craze", "curie", "what causes crazing on pots"),
    ("made", "curie", "what is pottery glaze made of"),
    ("made", "curie", "whats in a glaze recipe"),
    ("made", "curie", "what ingredients go into a stoneware glaze"),
    ("yeast", "curie", "what does yeast actually do in beer"),
    ("yeast", "curie", "how does fermentation make alcohol"),
    ("yeast", "curie", "what is yeast doing in my cider"),
    ("vinegar", "curie", "why does my homebrew taste like vinegar"),
    ("vinegar", "curie", "why does my wine smell vinegary"),
    ("vinegar", "curie", "my cider has turned to vinegar, why?"),
    ("haze", "curie", "why does beer get cloudy in the fridge"),
    ("haze", "curie", "my homebrew lager goes hazy when chilled, whats that"),
    ("haze", "curie", "why is my ale cloudy only when its in the fridge"),
    ("sour", "curie", "why does sourdough taste sour"),
    ("sour", "curie", "how does a sourdough starter work"),
    ("sour", "curie", "how do i make my sourdough more tangy"),
    ("cream", "curie", "why does whipping cream make it thick"),
    ("cream", "curie", "why does double cream go stiff when you whisk it"),
    ("cream", "curie", "why does cream turn to butter if you whip it too long"),
    ("jam", "curie", "why does jam set"),
    ("jam", "curie", "my strawberry jam wont set, why"),
    ("jam", "curie", "what makes marmalade set"),
    ("salt", "curie", "why do you add salt to bread dough"),
    ("salt", "curie", "what happens if i forget the salt in my bread"),
    ("salt", "curie", "does salt kill the yeast in bread dough"),
    ("swarm", "darwin", "why do bees swarm"),
    ("swarm", "darwin", "what is a bee swarm"),
    ("swarm", "darwin", "what makes a hive swarm in may"),
    ("dance", "darwin", "how do bees know where the flowers are"),
    ("dance", "darwin", "what is the waggle dance"),
    ("dance", "darwin", "how do honeybees tell each other where the nectar is"),
    ("hedgehog", "darwin", "where do hedgehogs go in winter"),
    ("hedgehog", "darwin", "when do hedgehogs hibernate"),
    ("hedgehog", "darwin", "how long do hedgehogs hibernate for"),
    ("sleep", "darwin", "why do we need sleep"),
    ("sleep", "darwin", "whats the point of sleep"),
    ("sleep", "darwin", "why do humans need sleep at all"),
    ("migrate", "darwin", "how do birds know where to migrate"),
    ("migrate", "darwin", "how do swallows find their way to africa"),
    ("migrate", "darwin", "how do geese navigate when they migrate"),
    ("flower", "darwin", "how do plants know when to flower"),
    ("flower", "darwin", "how do trees know when its spring to blossom"),
    ("flower", "darwin", "how does a bulb know when to bloom"),
    ("birthday", "lovelace", "how many people do you need in a room for two to share a birthday"),
    (
        "birthday",
        "lovelace",
        "two kids in my class have the same birthday, whats the chance of that",
    ),
    ("birthday", "lovelace", "what is the birthday paradox"),
    ("deck", "lovelace", "how many ways can you shuffle a deck of cards"),
    ("deck", "lovelace", "how many different orders can a pack of cards be in"),
    ("deck", "lovelace", "how many unique shuffles of a deck are there"),
    ("bus", "lovelace", "why do the buses all come at once"),
    ("bus", "lovelace", "why do buses come in threes"),
    ("bus", "lovelace", "why do buses bunch up"),
    ("odds", "lovelace", "what does odds of 5 to 1 mean"),
    ("odds", "lovelace", "how do betting odds work"),
    ("odds", "lovelace", "what does evens mean at the bookies"),
    ("morse", "lovelace", "how does morse code work"),
    ("morse", "lovelace", "what is sos in morse"),
    ("morse", "lovelace", "how do you learn the morse alphabet"),
    ("qr", "lovelace", "how does a qr code work"),
    ("qr", "lovelace", "what is a qr code"),
    ("qr", "lovelace", "how do qr codes store a web address"),
    ("hexagon", "lovelace", "why is a hexagon used in honeycomb"),
    ("hexagon", "lovelace", "why are honeycomb cells hexagons"),
    ("hexagon", "lovelace", "why do bees build six sided cells"),
    ("prime", "lovelace", "what is a prime number"),
    ("prime", "lovelace", "whats a prime number in simple words"),
    ("prime", "lovelace", "what are primes"),
    ("moon", "einstein", "why does the moon change shape"),
    ("moon", "einstein", "what causes the phases of the moon"),
    ("moon", "einstein", "why is the moon only a crescent tonight"),
    ("magnet", "einstein", "why do magnets lose their power"),
    ("magnet", "einstein", "do fridge magnets wear out"),
    ("magnet", "einstein", "my old speaker magnet has gone weak, how does that happen"),
    ("pickup", "einstein", "how does an electric guitar pickup work"),
    ("pickup", "einstein", "how do electric guitars work without a hollow body"),
    ("pickup", "einstein", "what do the pickups on my guitar actually do"),
    ("speaker", "einstein", "why do speakers buzz near my phone"),
    ("speaker", "einstein", "why does my car stereo crackle when my mobile rings"),
    ("speaker", "einstein", "what is that dit dit dit noise in the radio when a phone is near"),
    ("thunder", "einstein", "why is thunder sometimes a rumble and sometimes a crack"),
    ("thunder", "einstein", "why does thunder rumble on for so long"),
    ("thunder", "einstein", "why does thunder roll instead of one bang"),
    ("reduction", "curie", "why does reduction firing change the colour"),
    ("reduction", "curie", "how does a reduction kiln make copper red"),
    ("reduction", "curie", "what is celadon, is it a reduction glaze"),
    ("bisque", "curie", "what does a bisque firing do"),
    ("bisque", "curie", "why do you need to bisque fire before glazing"),
    ("bisque", "curie", "whats the point of a biscuit firing"),
    ("hops", "curie", "why do hops make beer bitter"),
    ("hops", "curie", "what do hops do in beer"),
    ("hops", "curie", "why does a longer boil make my ale more bitter with the same hops"),
    ("fizz", "curie", "why does my homebrew have no fizz"),
    ("fizz", "curie", "why do you add sugar when bottling beer"),
    ("fizz", "curie", "my bottled cider is flat after two weeks, why"),
    ("sourdense", "curie", "why is my sourdough dense"),
    ("sourdense", "curie", "why did my sourdough come out like a brick"),
    ("sourdense", "curie", "why is my sourdough so gummy and heavy"),
    ("crust", "curie", "why does my bread crust go soft"),
    ("crust", "curie", "how do i keep the crust crispy on my loaf"),
    ("crust", "curie", "why does the crust go chewy after a day"),
    ("shiver", "darwin", "why do we shiver when cold"),
    ("shiver", "darwin", "why do i shiver when im freezing"),
    ("shiver", "darwin", "what is the point of shivering"),
    ("frost", "darwin", "why do some seeds need frost before they grow"),
    ("frost", "darwin", "why do some seeds need the cold before germinating"),
    ("frost", "darwin", "what is cold stratification of seeds"),
    ("winter", "darwin", "what do bees do in winter"),
    ("winter", "darwin", "how do honeybees survive the winter"),
    ("winter", "darwin", "where do bumblebees go in winter"),
    ("bhoney", "darwin", "why do bumblebees not make honey like honeybees"),
    ("bhoney", "darwin", "do bumblebees make honey"),
    ("bhoney", "darwin", "can you get honey from bumblebees"),
    ("pi", "lovelace", "what is pi"),
    ("pi", "lovelace", "why do the digits of pi never end"),
    ("pi", "lovelace", "what is pi and what has it got to do with circles"),
    ("rubik", "lovelace", "why does a rubiks cube have so many combinations"),
    ("rubik", "lovelace", "how many positions does a rubik's cube have"),
    ("rubik", "lovelace", "how many possible ways can a rubiks cube be scrambled"),
    ("fractal", "lovelace", "what is a fractal"),
    ("fractal", "lovelace", "why are fractals in nature"),
    ("fractal", "lovelace", "can you explain fractals simply"),
    ("flush", "lovelace", "whats the chance of getting a royal flush"),
    ("flush", "lovelace", "how rare is a royal flush in poker"),
    ("flush", "lovelace", "what are the odds of a royal flush"),
    ("sunset", "einstein", "why does the sky go red in the evening"),
    ("sunset", "einstein", "why is the sky pink in the morning sometimes"),
    ("sunset", "einstein", "what makes the sky orange in the evening"),
    ("headwind", "einstein", "why is it harder to pedal into the wind"),
    ("headwind", "einstein", "why is cycling into a headwind so exhausting"),
    ("headwind", "einstein", "why is riding in the wind so slow"),
    ("photo", "darwin", "why do plants need sunlight"),
    ("photo", "darwin", "why do trees need light"),
    ("photo", "darwin", "how do plants use sunlight"),
    ("seedsdark", "darwin", "why do seeds need to be kept in the dark"),
    ("seedsdark", "darwin", "do seeds need light to germinate"),
    ("seedsdark", "darwin", "do seeds like the dark or the light"),
    ("float", "einstein", "why does a boat float but a stone sinks"),
    ("float", "einstein", "why does a pebble sink when my boat floats"),
    ("float", "einstein", "if iron sinks how do iron boats float"),
    ("hail", "einstein", "what makes hail"),
    ("hail", "einstein", "why did it hail in june"),
    ("hail", "einstein", "how do hailstones get so big"),
]

# A question of another thing that shares a word with a line, or a how-to or a 'how much'
# it does not answer: none of these lines.
LOOK_ALIKES = [
    ("einstein", "how do i string my guitar, which way do the strings go"),
    ("einstein", "whats the best string for fairy lights in the garden"),
    ("einstein", "should i fret about the notes for my grade 3 exam?"),
    ("einstein", "how do i tune my ukulele"),
    ("einstein", "whats the best time for crabbing, high tide or low tide"),
    ("einstein", "what time is high tide on the spring bank holiday"),
    ("einstein", "how long does a car battery last"),
    ("einstein", "my car battery isnt working, how do i jump start it"),
    ("einstein", "can i store my batteries in the fridge"),
    ("einstein", "how cold does metal get in space"),
    ("einstein", "why does cold metal stick to your tongue"),
    ("einstein", "is it worth getting cavity wall insulation, how much does it cost"),
    ("einstein", "i bent my leg in the pool and now my knee hurts, should i rest it"),
    ("einstein", "how deep is the deep end of a pool usually"),
    ("einstein", "why do my ears hurt after swimming"),
    ("einstein", "whats the best boat for a beginner"),
    ("einstein", "is a static caravan cheaper to heat than a house"),
    ("einstein", "why do i sweat after a cold drink"),
    ("einstein", "does hot water freeze faster than cold water"),
    ("einstein", "how do i hail a taxi in new york"),
    ("einstein", "whats the best drum kit for a beginner"),
    ("einstein", "how do i put my bike chain back on"),
    ("einstein", "what oil should i use for my chainsaw chain"),
    ("einstein", "do bees sleep"),
    ("curie", "how do i make clay at home for the kids"),
    ("curie", "how hard should clay be before firing"),
    ("curie", "what temperature does a kiln need for stoneware"),
    ("curie", "what colour glaze should i use for a mug"),
    ("curie", "what is the glaze on a doughnut made of"),
    ("curie", "can i use bread yeast to make wine"),
    ("curie", "is apple cider vinegar good for you"),
    ("curie", "do you like wine vinegar in a salad dressing"),
    ("curie", "is cloudy cider ok to drink cold"),
    ("curie", "what soap should i use to clean my car"),
    ("curie", "whats the best sourdough in town, the taste is amazing"),
    ("curie", "how often should i feed my sourdough starter"),
    ("curie", "can i use double cream to thicken soup"),
    ("curie", "can i freeze whipped cream"),
    ("curie", "can i set jelly in the freezer"),
    ("curie", "how long does jam keep once opened"),
    ("curie", "how much salt is in a slice of bread"),
    ("curie", "is sea salt better than table salt"),
    ("darwin", "theres a swarm of bees on my fence what do i do"),
    ("darwin", "how many bees are in a hive"),
    ("darwin", "do hedgehogs eat slugs"),
    ("darwin", "i found a tiny hedgehog out in the day in november, what should i do"),
    ("darwin", "how much sleep does a cat need"),
    ("darwin", "do i need a sleep mask for the flight"),
    ("darwin", "i sleep for 6 hours a night, is that enough"),
    ("darwin", "why do cats sleep so much"),
    ("darwin", "do robins migrate"),
    ("darwin", "how do i tell when my plants need water"),
    ("darwin", "when should i plant my tulip bulbs"),
    ("darwin", "who is the queen of the hive in a wasp nest"),
    ("lovelace", "what should i get my dad for his birthday"),
    ("lovelace", "we share a birthday party with my cousin every year, any ideas"),
    ("lovelace", "whats the best card game for four people"),
    ("lovelace", "how many cards are in a deck"),
    ("lovelace", "what order should i play my cards in uno"),
    ("lovelace", "how often does the 38 bus come"),
    ("lovelace", "can we all go together on the bus"),
    ("lovelace", "whats the odds that it rains tomorrow"),
    ("lovelace", "the odds are against us, should we still try"),
    ("lovelace", "did you ever watch inspector morse"),
    ("lovelace", "where is the qr code for the menu"),
    ("lovelace", "is 91 a prime number"),
    ("lovelace", "what is prime day on amazon"),
    ("lovelace", "who was prime minister in 1840"),
    ("einstein", "what time does the moon rise tonight"),
    ("einstein", "is the full moon on friday"),
    ("einstein", "how strong are neodymium magnets"),
    ("einstein", "which magnets are best for a fridge"),
    ("einstein", "whats the best electric guitar for a beginner"),
    ("einstein", "can i pick up my guitar from the shop tomorrow"),
    ("einstein", "which bluetooth speaker is best for the garden"),
    ("einstein", "my phone speaker is crackling, is it broken"),
    ("einstein", "should i lean my bike against the wall or use a stand"),
    ("einstein", "is it safe to be outside when there is thunder"),
    ("curie", "is there a reduction on kiln prices this week"),
    ("curie", "whats a good biscuit recipe for christmas"),
    ("curie", "how long does a bisque firing take"),
    ("curie", "what hops should i use for a pale ale"),
    ("curie", "how many bottles do i need for a 5 gallon batch"),
    ("curie", "can i put bread crust in the compost"),
    ("darwin", "why is my dog shivering at the vet"),
    ("darwin", "how long do seeds last in the fridge"),
    ("darwin", "where can i buy bee friendly plants for winter"),
    ("darwin", "are bumblebees endangered"),
    ("lovelace", "what is a raspberry pi"),
    ("lovelace", "is pi day on march 14th"),
    ("lovelace", "how do i solve a rubiks cube"),
    ("lovelace", "my toilet wont flush, what do i do"),
    ("lovelace", "whats the best poker hand"),
    ("einstein", "why do cats sleep so much"),
    ("einstein", "is red sky in the morning a warning for sailors"),
    ("darwin", "do my plants need direct sun"),
    ("darwin", "can i keep my seeds in a dark cupboard over winter"),
]


def _known(slug: str) -> list[str]:
    return [k.text for k in knowns(index_of(VOICES[slug].material).tagged.get("know", ()))]


def _line(name: str) -> str:
    return LINES.get(name) or MET_MORE[name]


@pytest.mark.parametrize(("line", "slug", "text"), ASKED)
def test_an_everyday_question_of_its_field_gets_the_line(line, slug, text):
    reply = say(slug, f"@{slug} {text}", seed=1, author="gus")
    assert reply == _line(line).replace("{name}", "Gus")


@pytest.mark.parametrize(("slug", "text"), LOOK_ALIKES)
def test_a_look_alike_gets_none_of_the_lines(slug, text):
    reply = say(slug, f"@{slug} {text}", seed=1, author="gus")
    assert not any(
        line.replace("{name}", "Gus") in reply for line in [*LINES.values(), *MET_MORE.values()]
    )


def test_each_line_is_the_persona_own_and_fits_a_reply():
    for line, slug, _text in ASKED:
        assert _line(line) in _known(slug)
        assert len(_line(line)) <= VOICES[slug].max_reply_chars
