"""Everyday situations a principle of the persona's field explains, as hobby rooms ask them
(round sixteen, material16a): Einstein answers with the lever, inertia, Newton's third law,
pressure or refraction, Curie with the chemistry of a bruise, a solvent or a browning pan, Darwin
with the habit of a gull, a wasp or a spider, each in voice with a specific fact, not a line
sharing one word of the question. Dev set: tests/bots/dev16_material16a.json."""

import pytest

from tests.bots.test_everyday_messages import CAST, say

SPANNER = "A longer spanner undoes a stiff nut more easily because it is a lever"
GEARS = "A low gear makes a hill easier on a bicycle by trading distance for force"
CORNER = "You lean into a corner on two wheels because going round a bend needs a push towards"
WET_TILES = "Rubber soles grip a dry track because the rubber presses into its roughness"
EARS_POP = "Your ears pop on a hill road, in a lift or on a plane because the air pressure outside"
CUFF = "A blood pressure cuff squeezes your arm with air until the blood in the artery stops"
SHIP = "A steel ship floats while a nail sinks because a ship, cargo and all, is a hollow bowl"
GALILEO_SHIP = "Drop a spanner on a ship moving steadily and it falls at your feet, not behind you"
TRAIN = "Throw a ball straight up in a smooth-running carriage and it lands back in your hand"
COLLISION = "When two people collide or bump into each other, each pushes on the other exactly"
RECORDING = "Your own voice sounds different on a recording because you usually hear it partly"
CHURCH = "A choir sounds fuller in a big stone church because the sound bounces off the hard"
SCREW = "There is no law that the last screw falls inside the machine, but there is statistics"
PENDULUM = "A longer pendulum swings more slowly, so a tall grandfather clock ticks slower than"
# Either of his two balloon lines explains it: charge taken from the hair, and drawn to the wall.
BALLOON = "A balloon rubbed on your hair"
POOL = "A swimming pool looks shallower than it is because light from the bottom bends"
BUS = "When a bus or a train brakes you lurch forward not because anything pushes you"
BASS = "You hear the bass of the neighbours' music through the wall and not the words"
BRUISE = "A bruise changes colour as the body takes apart the blood spilled under the skin"
NAPHTHA = "Naphtha cleans old grease because like dissolves like"
PAPER = "Old paper and old books go yellow and brown because cheap paper made from wood pulp"
DIESEL = "A garage smells of diesel because diesel is a mixture of heavy oils"
BICARB = "Bicarbonate of soda makes a cake rise because, with an acid"
MAILLARD = "Meat goes brown in a hot pan, and a seared steak tastes better, because its sugars"
ONIONS = "Onions make you cry because cutting breaks their cells"
BONFIRE = "Blowing on a bonfire or dying embers livens it because burning is a chemical union"
WASHING_UP = "Soap and washing-up liquid work on grease because each of their molecules has one"
JAM = "Jam sets because fruit holds pectin"
GULLS = "Gulls steal chips because they are bold opportunists that learn fast"
CROWS = "Crows and gulls follow a boat because a boat means food"
SPIDERS = "Spiders turn up in the bath not by climbing the plughole but by falling in"
BLACKBIRD = "A blackbird finds worms easily after rain because the wet brings them up"
MAGPIES = "Magpies are said to steal shiny things, but careful trials since my time found them"
WASPS = "Wasps grow troublesome in late summer and September because the nest stops raising"
FLIES = "A fly walks on the ceiling by pads on its feet covered in fine hairs"
DANDELIONS = "Dandelions grow everywhere because each head makes a couple of hundred seeds"
DUCKS = "A duck stands on ice without cold feet because the warm blood going down its legs"
SPECIES = "No team will become a separate species, I fear"
ROBIN = "A robin follows the gardener's spade for the worms it turns up"
DOOR = "A door opens most easily when you push at the handle side, far from the hinges"
BIKE_GEARS = "Gears on a bike let your legs keep turning at the pace they like best"
SHOWER = "You sing better in the shower because the hard tiles throw every note you sing"
HAT = "Your hair stands on end when you pull off a woolly hat because rubbing leaves every hair"
SPOON = "A spoon or a straw in a glass of water looks broken at the surface because light"
OILY_HANDS = "To get oil and grease off your hands after a repair, rub in soap or a little cooking"
YEAST = "Bread rises because yeast, a living fungus, eats the sugars in the dough"


@pytest.mark.parametrize(
    ("slug", "said", "line"),
    [
        ("einstein", "@einstein why does a longer spanner make the wheel nuts so much easier to "
         "undo", SPANNER),
        ("einstein", "@einstein why is the low gear easier to pedal up a hill but i go so slow",
         GEARS),
        ("einstein", "@einstein why do you have to lean into a corner on a bike", CORNER),
        ("einstein", "@einstein why do my trainers grip the track but slip on wet tiles",
         WET_TILES),
        ("einstein", "@einstein why do my ears pop when we drive over the hills", EARS_POP),
        ("einstein", "@einstein how does the blood pressure cuff thing actually work", CUFF),
        ("einstein", "@einstein how does a massive steel ship float when a nail sinks", SHIP),
        ("einstein", "@einstein if the boats rolling and i drop a spanner does it fall straight "
         "down where im standing", GALILEO_SHIP),
        ("einstein", "@einstein if im on a train and throw a ball straight up does it land back "
         "in my hand", TRAIN),
        ("einstein", "@einstein when two players collide who takes more of the force, the big "
         "one or the small one", COLLISION),
        ("einstein", "@einstein why does my voice sound so weird on a recording", RECORDING),
        ("einstein", "@einstein why do we sound so much better singing in a big old church",
         CHURCH),
        ("einstein", "@einstein is there a law of physics that the last screw always falls "
         "inside the machine", SCREW),
        ("einstein", "@einstein why does a longer pendulum swing slower", PENDULUM),
        ("einstein", "@einstein why does a balloon stick to the wall after you rub it on your "
         "hair", BALLOON),
        ("einstein", "@einstein why does the pool look shallower than it really is", POOL),
        ("einstein", "@einstein how come you lurch forward when the bus brakes", BUS),
        ("einstein", "@einstein why can i hear my neighbours bass but not the words", BASS),
        ("curie", "@curie why does a bruise go green at the edges", BRUISE),
        ("curie", "@curie why does naphtha clean old grease off so well", NAPHTHA),
        ("curie", "@curie why does old paper go yellow", PAPER),
        ("curie", "@curie is there a chemical reason the garage always smells of diesel", DIESEL),
        ("curie", "@curie why does bicarb make the cake rise", BICARB),
        ("curie", "@curie why does meat go brown when you fry it", MAILLARD),
        ("curie", "@curie why do onions make you cry", ONIONS),
        ("curie", "@curie why does a bonfire burn better when you blow on it", BONFIRE),
        ("curie", "@curie how does washing up liquid actually get the grease off", WASHING_UP),
        ("curie", "@curie why does jam set, whats pectin", JAM),
        ("darwin", "@darwin why do seagulls steal chips", GULLS),
        ("darwin", "@darwin why do crows follow the boats", CROWS),
        ("darwin", "@darwin why are there always spiders in the bath", SPIDERS),
        ("darwin", "@darwin why do blackbirds pull worms out of the lawn after rain", BLACKBIRD),
        ("darwin", "@darwin why do magpies collect shiny stuff", MAGPIES),
        ("darwin", "@darwin why do wasps go mental in september", WASPS),
        ("darwin", "@darwin how do flies walk on the ceiling", FLIES),
        ("darwin", "@darwin why do dandelions grow everywhere", DANDELIONS),
        ("darwin", "@darwin why do ducks not get cold feet on the ice", DUCKS),
        ("darwin", "@darwin are rugby players a separate species yet", SPECIES),
        ("darwin", "@darwin why do robins follow me when im digging", ROBIN),
        # other words for the same situations
        ("einstein", "@einstein why is it easier to open a door if you push far from the hinge",
         DOOR),
        ("einstein", "@einstein whats the point of gears on a bike", BIKE_GEARS),
        ("einstein", "@einstein why does singing in the shower sound so good", SHOWER),
        ("einstein", "@einstein why does my hair stand up when i take my hat off", HAT),
        ("einstein", "@einstein why does a spoon look broken in a glass of water", SPOON),
        ("einstein", "@einstein why do my ears go funny on a plane", EARS_POP),
        ("einstein", "@einstein how can a huge cargo ship made of metal float", SHIP),
        ("einstein", "@einstein why does the grandfather clock tick slower than the little one",
         "A longer pendulum swings more slowly, so a tall grandfather clock ticks slower"),
        ("curie", "@curie why do bruises change colour", BRUISE),
        ("curie", "@curie whats the best thing to get oil off my hands after fixing the bike",
         OILY_HANDS),
        ("curie", "@curie what makes bread rise", YEAST),
        ("curie", "@curie why does my coke go flat", "A fizzy drink, a lemonade or a coke goes"),
        ("darwin", "@darwin why does my cat knock stuff off the table",
         "A cat pats things off a table as it tests a mouse"),
        ("darwin", "@darwin why do dogs go mad at the postman",
         "A dog barks at the postman because he comes into its territory every day"),
        ("darwin", "@darwin why does my houseplant lean to the window",
         "A houseplant leans towards the window because the shaded side of its stem grows"),
    ],
)  # fmt: skip
def test_an_everyday_situation_gets_the_principle_that_explains_it(slug, said, line):
    reply = say(slug, said, author="jo", others=CAST)
    assert line in reply, reply


@pytest.mark.parametrize(
    ("slug", "said", "not_said"),
    [
        # a hiking "gear" is no bicycle gear, a "spring clean" no spring, team "momentum" no van
        ("einstein", "@einstein whats the best gear for a first hike", GEARS),
        ("einstein", "@einstein my spring clean is taking forever", "A spring stores the work"),
        ("einstein", "@einstein our team has a lot of momentum this season",
         "Heavy lorries and loaded vans take longer to stop"),
        ("einstein", "@einstein i feel under so much pressure at work", "pressure"),
        ("einstein", "@einstein is the pool table at the pub worth fixing", POOL),
        # the "paper" that said it would rain is no old paper, a "match" tonight no match
        ("curie", "@curie the paper said it would rain all week", PAPER),
        ("curie", "@curie so excited for the match tonight", "A match lights"),
        # "the chips are down" is no gull's chip, a "magpie" for gossip no bird
        ("darwin", "@darwin the chips are down for our team this season", GULLS),
        ("darwin", "@darwin my sister is such a magpie for gossip", MAGPIES),
        ("darwin", "@darwin my nephew is a right little squirrel, hides everything", "squirrel"),
    ],
)  # fmt: skip
def test_a_word_in_another_sense_does_not_fetch_the_situation_line(slug, said, not_said):
    reply = say(slug, said, author="jo", others=CAST)
    assert not_said not in reply, reply
