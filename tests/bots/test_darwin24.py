"""Session 24, Darwin's breadth: the everyday questions group chats put to a naturalist (a
pet owner's "why does my dog eat grass", a gardener's "why are my tomatoes splitting", a running
club's "is it ok to run with a cold", a family's "why do we get hiccups", and his own life: "why
did you wait 20 years to publish") each get a plain, true answer in his voice (a `#know` line,
bots/know.py), reached through the whole engine; and the same words said of other things ("hot
dogs or burgers for the bbq?", "is robin following us to the pub?", "black pepper or white on
the tomatoes?", "do you fancy a drink after?") get none of them."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from bots.know import knowns
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

# Darwin's new answers, said to Gus.
DOG_CHOCOLATE = (
    "Chocolate poisons dogs, Gus: theobromine, which they clear very slowly. Dark and "
    "baking chocolate are worst; a crumb of milk chocolate in a big dog is rarely "
    "serious, but ring a vet with its weight and how much it ate."
)
DOG_GRAPE = (
    "Grapes, raisins and sultanas can give a dog kidney failure, Gus, and nobody can say "
    "how many is safe: even a few. Ring a vet at once, even if it seems well; they can "
    "make it sick in time."
)
DOG_ONION = (
    "Onions and garlic damage a dog's blood, Gus, and xylitol, the sweetener in "
    "sugar-free gum and some peanut butters, can kill one quickly; macadamias make them "
    "wobbly. Plain cooked meat, carrot or apple are safe treats."
)
FEEDARABBIT = (
    "A rabbit should eat mostly hay, Gus, a pile as big as itself each day, for its teeth"
    " never stop growing; greens besides, and carrots only as a treat. They are social: "
    "keep two, with room to run, not just a hutch."
)
DOGYEARS = (
    "Not a simple seven to one, Gus: a dog is grown by one or two, like a teenager, then "
    "ages more slowly. Small breeds live longest, often to fifteen; big ones seldom pass "
    "ten or twelve."
)
DOG_SEE = (
    "Dogs are not colour-blind, Gus, but see as a red-green colour-blind man does: blues "
    "and yellows, with red a dull brown. A red ball on green grass is hard for them; a "
    "blue or yellow one they find at once."
)
DOG_POO = (
    "Eating dung is common in dogs, Gus, puppies above all; mothers clean their pups that"
    " way, and to a dog it may simply smell like food. Pick up promptly, keep it busy, "
    "and ask a vet if it starts suddenly."
)
CAT_EAT = (
    "Cats nibble grass now and then, Gus, wild cats too; it may help bring up fur balls. "
    "Plain grass is harmless, but keep lilies out of the house: a little of their pollen "
    "licked off the fur can kill a cat."
)
LILY_CAT = (
    "Lilies are deadly to cats, Gus: a little pollen licked off the fur can ruin the "
    "kidneys within days. If yours has touched one, go to the vet now, not in the "
    "morning. Keep them out of any house with a cat."
)
CAT_MILK = (
    "Most grown cats cannot digest milk well, Gus: like many grown people, they lose the "
    "knack for milk sugar after weaning, and it upsets their stomachs. Fresh water is all"
    " a cat needs to drink."
)
DOG_GUILTY = (
    "That look is not guilt, Gus: in one study dogs looked just as guilty when scolded "
    "for something they had not done. It is their answer to your face and voice, an old "
    "way of soothing the pack."
)
ZOOMIES = (
    "Zoomies are stored-up energy let go all at once, Gus: in dogs after a bath or a "
    "walk, in cats at dusk and dawn, when their wild kin hunt. Harmless and rather "
    "joyful; more play by day quietens the nights."
)
DOG_FIREWORKS = (
    "Walk the dog before dark, Gus, shut the curtains, put the radio on and give it a den"
    " to hide in. Comfort it if it comes to you; that does not reward the fear. A vet can"
    " help with the worst cases."
)
PUPPY_BITE = (
    "Puppies explore with their mouths, as they did with their litter, Gus, and learn "
    "soft jaws when a yelp stops the game. Say ouch, turn away a moment, and offer a toy "
    "to chew instead; most grow out of it by six months."
)
DOG_BONE = (
    "Cooked bones splinter, Gus, and can block or tear a dog's gut, so keep them away. If"
    " one has gone down, ring your vet, and watch for sickness, straining or a sore belly"
    " over the next few days."
)
HORSE_SLEEP = (
    "Horses doze standing up, Gus, their legs locked by a stay that lets them rest "
    "without falling, ready to bolt. But for deep sleep they must lie down, an hour or so"
    " a day in snatches, and only when they feel safe."
)
OWL_HOOT = (
    "Twit-twoo is two tawny owls, Gus: the female calls ke-wick and the male answers "
    "hoo-hoo-hoooo. They call most in autumn, claiming ground, and in late winter; an "
    "eerie shriek in the dark is a barn owl."
)
HEDGEHOG_SLUGPELLETS = (
    "Metaldehyde slug pellets are banned in Britain now, Gus, for they poisoned "
    "hedgehogs, birds and dogs. Even the other kinds are best used sparingly or not at "
    "all; hedgehogs, frogs and thrushes eat slugs for nothing."
)
HEDGEHOG_DAYTIME = (
    "A hedgehog out by day is usually in trouble, Gus: sick, or in autumn too small to "
    "last the winter, under about 600 grams. Put it in a box with a towel, give water and"
    " meaty cat food, and ring a hedgehog rescue."
)
STING_BEE = (
    "Scrape a bee's sting out sideways with a nail or card, Gus, quickly; a wasp leaves "
    "none. Then a cold pack, and an antihistamine for the itch. Swelling of lips or "
    "throat, or trouble breathing, is 999 at once."
)
COW_LIE = (
    "Cows lying down are a poor forecast, Gus: they lie down to chew the cud and rest, "
    "some twelve hours a day, rain or shine. They stand more on hot days to cool off, but"
    " the field tells you little of the weather."
)
COW_CHASE = (
    "Cows with calves may charge a dog, Gus: cross the field by the edge, keep the dog on"
    " a lead, and if they come at you, let the lead go and walk on briskly; the dog will "
    "outrun them. Never come between a cow and her calf."
)
SHEEP_ROAD = (
    "On moor and common land sheep and ponies graze unfenced, Gus, and the road is theirs"
    " as much as yours; a cattle grid keeps them to the area. Slow right down, pass wide,"
    " and never hoot, for lambs bolt anywhere."
)
FLAMINGO_LEG = (
    "A flamingo on one leg saves warmth, Gus, for much heat leaks from bare legs in cold "
    "water; and its joints lock so neatly that it is steadier on one than on two, even "
    "asleep."
)
HEDGE_CUT = (
    "Best leave hedge cutting from March to August, Gus, the nesting season; it is "
    "against the law to harm a nest in use. Trim in late winter, after the birds have had"
    " the berries."
)
ASIANHORNET = (
    "Our native hornet is big but calm, Gus, and stings less readily than a wasp unless "
    "its nest is troubled. The yellow-legged Asian hornet, darker, is the one to report, "
    "with a photo, on the Asian Hornet Watch app."
)
WOODLOUSE = (
    "Woodlice are crustaceans, Gus, kin to crabs, and need damp to breathe, so they "
    "wander in where it is wet and soon dry out and die indoors. Harmless; in the garden "
    "they eat rotting wood and leaves."
)
TOMATO_BLOSSOMEND = (
    "A black leathery patch at the bottom is blossom end rot, Gus: too little calcium "
    "reaching the fruit, nearly always from uneven watering, not from a poor soil. Water "
    "steadily and the next trusses come clean."
)
BLIGHT_TOMATO = (
    "Blight is a water mould that spreads in warm, wet weather, Gus: brown patches on "
    "leaves and stems, then rotting fruit or tubers. Cut off struck leaves at once, water"
    " at the roots, and grow blight-resistant kinds."
)
TOMATO_SOW = (
    "Sow tomatoes indoors in March, Gus, on a warm windowsill, and plant them out only "
    "after the last frost, late May or early June in most of Britain. Harden them off "
    "outdoors by day for a week first."
)
FROST_PLANT = (
    "In most of Britain the last frost falls in late April or May, Gus, later in the "
    "north and on hills; wait till then to plant out tender things like beans, courgettes"
    " and tomatoes, and keep fleece handy for a cold night."
)
POTATO_PLANT = (
    "Chit seed potatoes on a cool, bright sill from February, Gus, then plant earlies in "
    "late March and main crops in April, earthing them up as the shoots show. Earlies are"
    " ready about ten weeks on, when the flowers open."
)
POTATO_GREEN = (
    "Green on a potato means light reached it, Gus; the green is harmless chlorophyll, "
    "but it shows the bitter poison solanine rising too. Cut green bits away, bin badly "
    "green ones, and keep spuds in the dark."
)
BULB_PLANT = (
    "Plant daffodils and crocus in September and October, Gus, tulips in November, about "
    "three times the bulb's own depth, pointy end up. Let the leaves die back after "
    "flowering; they feed next year's flowers."
)
DEADHEAD = (
    "Deadheading stops a plant making seed, Gus, so it makes more flowers instead: snip "
    "each faded flower back to the next leaf or bud. Leave the last ones in autumn if you"
    " want hips and seeds for the birds."
)
WATERING_GARDEN = (
    "Water in the early morning if you can, Gus, or the evening: less is lost to the sun."
    " Water deeply at the roots once or twice a week rather than a sprinkle daily, so the"
    " roots go down; pots need more in a heat wave."
)
SEEDLING_LEGGY = (
    "Leggy seedlings are reaching for light, Gus: a windowsill gives too little, and from"
    " one side. Move them to the brightest spot, turn them daily, keep them cooler, and "
    "bury the long stem deeper when you pot on."
)
LETTUCE_BOLT = (
    "Bolting is a plant rushing to flower and seed, Gus, set off by heat, long days and "
    "dry soil. Sow little and often, in part shade in summer, keep it watered and pick it"
    " young; once it bolts it turns bitter."
)
ROSE_PRUNE = (
    "Prune most roses in late winter, February or March, Gus, as the buds swell: cut out "
    "dead and crossing stems, then shorten the rest to an outward-facing bud. Ramblers "
    "are pruned after they flower in summer."
)
MOW_LAWN = (
    "Mow little and often, Gus, taking no more than a third of the height at a time, and "
    "leave it longer in dry weather. A patch left uncut till June, No Mow May, feeds the "
    "bees on clover and dandelions."
)
RHUBARB_LEAVES = (
    "Eat only the stalks, Gus: the leaves are full of oxalic acid and will make you ill, "
    "though they compost safely. Pull, do not cut, the stalks from April to July, and "
    "leave a young plant alone in its first year."
)
HYDRANGEA_BLUE = (
    "Hydrangeas are blue in acid soil and pink in chalky, Gus: in acid ground the plant "
    "takes up aluminium, which turns the flowers blue. Moved to acid soil, or fed a "
    "blueing tonic, a pink one turns blue; white ones stay white."
)
FLOWERS_VASE = (
    "Cut the stems on a slant, Gus, strip any leaves below the waterline and change the "
    "water every day or two; keep the vase out of the sun and away from the fruit bowl, "
    "whose ripening gas ages flowers."
)
GRASS_SEED = (
    "Sow grass seed in early autumn, Gus, when the soil is warm and rain reliable, or in "
    "April; rake the bare patch, scatter, tread it in, and keep it damp for a fortnight. "
    "The birds will take their share."
)
RAKE_LEAVES = (
    "Rake leaves off the lawn, Gus, or they smother the grass, but pile some under a "
    "hedge for hedgehogs and insects, or bag them damp to rot into leaf mould, the finest"
    " stuff a gardener can have."
)
BUTTERFLY_ATTRACT = (
    "Buddleia, marjoram, verbena and lavender feed the butterflies, Gus, but the "
    "caterpillars need food plants too: nettles for red admirals and peacocks, holly and "
    "ivy for the holly blue. A wild corner does most."
)
ACOLD_WINTER = (
    "Cold weather does not give you a cold, Gus, viruses do: in winter we crowd indoors "
    "with the windows shut, some cold viruses last longer in cool dry air, and a chilled "
    "nose may fight them less well. Wash hands; open a window."
)
SUNBURN_PEEL = (
    "Peeling is skin the sun has killed being shed, Gus, the body clearing out cells too "
    "damaged to trust. Leave it, do not pull at it, keep it moisturised and out of the "
    "sun; it heals in a week or so."
)
JETLAG = (
    "Jet lag is your body clock still living in the old time zone, Gus; it shifts about "
    "an hour a day, and more easily flying west. Get daylight in the new morning, eat at "
    "local times, and nap no more than twenty minutes."
)
SUGARRUSH = (
    "The sugar rush is a myth, Gus: in blind trials children given sugar behaved no "
    "differently from those given none, but parents who thought they had had sugar saw "
    "them as wilder. A party does the rest."
)
CORIANDER_SOAP = (
    "Coriander tastes of soap to some people, Gus, partly by their genes: a smell "
    "receptor that catches the same aldehydes as in soap. It is commonest in Europe, rare"
    " where the leaf is daily food, and some grow used to it."
)
NAP_LONG = (
    "Keep a nap to twenty minutes or so, Gus, early in the afternoon: longer and you wake"
    " groggy out of deep sleep, later and it steals from the night. The after-lunch dip "
    "is real; the siesta is no laziness."
)
PINSANDNEEDLES = (
    "A limb goes to sleep when you press on its nerve, Gus, squeezing its blood supply; "
    "the pins and needles are the nerve waking up. Move it and it passes in a minute. "
    "Numbness that stays, or has no cause, is for a doctor."
)
FINGERS_WRINKLY = (
    "Wrinkly fingers in the bath are not soaking, Gus, but the nerves tightening the "
    "blood vessels; fingers with cut nerves do not wrinkle. One idea is grip, like tyre "
    "treads: wrinkled fingers handle wet marbles better."
)
GREY_HAIR = (
    "Hair goes grey as the pigment cells at each root wear out, Gus, mostly on your "
    "genes' timetable. Stress may hurry it a little, but no fright ever turned anyone "
    "white overnight, and plucking one brings no more."
)
KNUCKLE_CRACK = (
    "Cracking your knuckles does not cause arthritis, Gus: one doctor cracked those of "
    "one hand only, for sixty years, and found no difference. The pop is a gas bubble in "
    "the joint fluid."
)
BRAINFREEZE = (
    "Brain freeze is the roof of your mouth chilled so fast that its blood vessels narrow"
    " then swell, Gus, and the nerve reports it as pain in the forehead. Press your "
    "tongue to the roof of your mouth and it soon passes."
)
BLISTER_POP = (
    "Leave a blister whole if you can, Gus; the skin over it is the best plaster. Cover "
    "it with a padded dressing. Well-fitted shoes, dry socks, and tape on the hot spot "
    "before it blisters prevent most."
)
CARSICK = (
    "Travel sickness is the eye and the inner ear disagreeing, Gus: the ear feels motion "
    "the eye does not see. Sit in front, watch the horizon, no reading or screens, and "
    "fresh air. I was seasick five years; only lying flat helped."
)
FOODCOMA = (
    "The after-lunch slump is mostly the body clock, Gus, which dips in early afternoon "
    "whether you eat or not; a big meal deepens it. A short walk in daylight does more "
    "than another coffee."
)
VITAMIND = (
    "In Britain the winter sun is too low for skin to make vitamin D, Gus, from about "
    "October to March, so the NHS suggests 10 micrograms a day then. In summer a little "
    "time outside with bare arms makes plenty."
)
HYPNICJERK = (
    "That jolt as you drop off is a hypnic jerk, Gus, and most people have them: the "
    "muscles twitch as the brain hands over to sleep, often with a sense of falling. "
    "Caffeine, tiredness and worry make them commoner; they are harmless."
)
LOSTMYVOICE = (
    "Rest it, Gus, and do not whisper, which strains the cords more; sip water, breathe "
    "steam, and no clearing the throat. A cold is the usual cause and it comes back "
    "within a week; hoarseness past three weeks is for a doctor."
)
MORNINGPERSON_WHY = (
    "Larks and owls are partly born, Gus: genes set your body clock a little early or "
    "late, and teenagers run later still. Morning light nudges it earlier; I was a lark, "
    "at my desk by eight."
)
HIS_WALLACE = (
    "Not angry, Gus, dismayed; I wrote that all my originality would be smashed. Lyell "
    "and Hooker had our papers read together in 1858, and Wallace was nothing but "
    "generous: he dedicated his Malay Archipelago to me."
)
DOG_LICK = (
    "A lick of the paws now and then is only washing, Gus; licking or chewing them on and"
    " on usually means an itch, from fleas, an allergy or a sore, and is worth showing a "
    "vet."
)
CAT_MEOW = (
    "Grown cats seldom meow at each other, Gus; the meow is a kitten's call they keep for"
    " us, because it works. Each cat tunes its own to its people; a sudden change in an "
    "old cat's voice is worth a vet's look."
)
FLY_RUB = (
    "A fly rubbing its legs is cleaning them, Gus: it tastes with its feet and smells "
    "with fine hairs, so it must keep them clean to work. Not plotting, whatever it looks"
    " like."
)
CUCKOOSPIT = (
    "Cuckoo spit is the froth of a young froghopper, Gus, blown from the sap it sucks, to"
    " hide it from birds and keep it moist. It does the plant little harm; a jet of water"
    " washes it off."
)
FEEDER_NOBIRDS = (
    "Give it a week or two, Gus: birds are wary of anything new. Hang it near cover, a "
    "shrub or hedge a couple of metres off, where they can dash to safety; fill it with "
    "sunflower hearts, and keep it clean."
)
APPLE_DROP = (
    "Each June a fruit tree sheds some young fruit, the June drop, Gus, keeping only what"
    " it can feed; drought makes it worse. Later windfalls are often grubs of codling "
    "moth, or wind. Water deeply in a dry spell."
)
CHRISTMASTREE_NEEDLES = (
    "Saw an inch off the trunk and stand it in water at once, Gus, away from radiators, "
    "and keep the stand topped up, for a cut tree drinks a litre or more a day. Nordmann "
    "firs hold their needles longer than Norway spruce."
)
RUNWITH_ACOLD = (
    "If it is all above the neck, a runny nose or a sore throat, an easy run is usually "
    "fine, Gus. With a fever, aching limbs or a chesty cough, rest until it has gone; "
    "exercise through a fever can strain the heart."
)
BRAIN_10PERCENT = (
    "We use all of it, Gus, though not all at once: scans show every part at work over a "
    "day, and damage almost anywhere costs something. The ten per cent is a myth."
)
MEN_NIPPLES = (
    "Every embryo starts on the same plan, Gus, and the nipples form before the sexes "
    "part ways; they cost a man nothing, so selection never troubled to remove them."
)
BABY_EYES = (
    "Many pale babies are born with blue-grey eyes, Gus, because the pigment is still "
    "building up; the true colour usually shows by about a year, sometimes later. Eyes "
    "brown from birth generally stay brown."
)

# Pet owners: dogs, cats, hens, rabbits, goldfish, horses.
DARWIN24_PETS = [
    (
        "help the dog just ate a chocolate brownie off the table, is he going to be ok",
        DOG_CHOCOLATE,
    ),
    ("how much chocolate is dangerous for a dog?", DOG_CHOCOLATE),
    ("can dogs have a tiny bit of chocolate", DOG_CHOCOLATE),
    ("our dog ate a few grapes off the floor, should we worry?", DOG_GRAPE),
    ("are raisins really poisonous to dogs or is that a myth", DOG_GRAPE),
    ("the puppy got hold of a mince pie, what do i do", DOG_GRAPE),
    ("can dogs eat onions? he stole some of my gravy", DOG_ONION),
    ("is garlic bad for dogs", DOG_ONION),
    # (one that ate it needs the vet now, safety "ate": tests/bots/test_review38.py)
    ("is sugar free gum bad for dogs", DOG_ONION),
    ("what should we feed our rabbit, is it just carrots", FEEDARABBIT),
    ("is it ok to keep one rabbit on its own", FEEDARABBIT),
    ("getting the kids a bunny, any tips on keeping one?", FEEDARABBIT),
    ("how old is 8 in dog years", DOGYEARS),
    ("is it really seven human years to one dog year?", DOGYEARS),
    ("can dogs see colour or is it black and white", DOG_SEE),
    ("are dogs colour blind?", DOG_SEE),
    ("what colour ball is easiest for a dog to see", DOG_SEE),
    ("why does my dog eat poo, it's disgusting", DOG_POO),
    ("our puppy keeps eating its own poop in the garden, help", DOG_POO),
    ("why does my cat eat grass and then sick up", CAT_EAT),
    ("is it ok that the cat chews the grass in the garden?", CAT_EAT),
    ("are lilies dangerous for cats? someone sent me a bouquet", LILY_CAT),
    ("my cat brushed against the lilies and licked her fur, is that bad", LILY_CAT),
    ("is milk bad for cats?", CAT_MILK),
    ("can i give the kitten a saucer of milk", CAT_MILK),
    ("does my dog know when he's done something wrong? he looks so guilty", DOG_GUILTY),
    ("do dogs feel guilt?", DOG_GUILTY),
    ("why do dogs get the zoomies after a bath", ZOOMIES),
    ("the cat races round the house at 3am like a maniac, why", ZOOMIES),
    ("how do i help my dog with fireworks? he shakes for hours", DOG_FIREWORKS),
    ("any tips for a cat scared of fireworks", DOG_FIREWORKS),
    ("our puppy is terrified of thunder, what do we do", DOG_FIREWORKS),
    ("how do we stop the puppy biting everyone's hands", PUPPY_BITE),
    ("is it normal our pup nips at our ankles all the time", PUPPY_BITE),
    ("puppy teething and chewing everything, any tips", PUPPY_BITE),
    ("the dog ate a chicken bone out of the bin, what do we do", DOG_BONE),
    ("are cooked bones bad for dogs?", DOG_BONE),
    ("do horses sleep standing up?", HORSE_SLEEP),
    ("is it true horses never lie down to sleep", HORSE_SLEEP),
    ("why does my dog keep licking his paws", DOG_LICK),
    ("our dog is chewing her feet all evening, is that normal", DOG_LICK),
    ("why does my cat meow so much", CAT_MEOW),
    ("why is our cat so chatty, she meows at us all day", CAT_MEOW),
]
DARWIN24_PETS_NOT = [
    "who wants chocolate or vanilla for the dog show cake?",
    "chocolate brownies for the bake sale, how many should i make?",
    "grapes or strawberries for the picnic?",
    "raisins in the scones or not, what does everyone think?",
    "onions or garlic in the stew?",
    "is garlic bread ok for the party?",
    "is the easter bunny coming to the party?",
    "how should we organise feeding 3 cats and 2 rabbits while im away",
    "rabbit food, that salad, lol can we order pizza?",
    "how old is your dog?",
    "what colour collar for the new puppy, red or blue?",
    "red or green for the dog show rosettes?",
    "who is picking up the dog poo at the park tidy?",
    "lilies or roses for the wedding tables?",
    "can someone grab milk and cat litter on the way?",
    "i feel so guilty leaving the dog with my mum, is that silly?",
    "fireworks at the wedding, yes or no?",
]

# Wildlife met in gardens, parks, on walks and on holiday.
DARWIN24_WILDLIFE = [
    ("why do owls hoot at night? there's one outside every night", OWL_HOOT),
    ("is twit twoo one owl or two", OWL_HOOT),
    ("what owl makes a screeching noise at night", OWL_HOOT),
    ("are slug pellets safe for hedgehogs", HEDGEHOG_SLUGPELLETS),
    ("is it ok to use slug pellets if we have a dog?", HEDGEHOG_SLUGPELLETS),
    ("do slug pellets kill hedgehogs", HEDGEHOG_SLUGPELLETS),
    ("found a hedgehog wandering around in the daytime, is that bad", HEDGEHOG_DAYTIME),
    (
        "theres a tiny hedgehog in the garden and its november, will it survive hibernation?",
        HEDGEHOG_DAYTIME,
    ),
    ("just got stung by a wasp at the picnic, what do i do", STING_BEE),
    ("how do you get a bee sting out?", STING_BEE),
    ("my son got stung by a bee and it's swollen, help", STING_BEE),
    ("is it true cows lie down when it's going to rain", COW_LIE),
    ("all the cows are sitting down in the field, does that mean rain?", COW_LIE),
    ("is it safe to walk through a field of cows with the dog", COW_CHASE),
    ("cows chased us on the footpath yesterday, what should we have done", COW_CHASE),
    ("how do you cross a field with cattle and calves in it?", COW_CHASE),
    ("why are there sheep just wandering on the road in wales", SHEEP_ROAD),
    ("ponies on the road in the new forest, what do you do when driving?", SHEEP_ROAD),
    ("why do flamingos stand on one leg", FLAMINGO_LEG),
    ("how do flamingos sleep standing on one leg?", FLAMINGO_LEG),
    ("when is it ok to cut the hedge, are there birds nesting", HEDGE_CUT),
    ("can i trim the hedge in may or is that bad for birds", HEDGE_CUT),
    ("are hornets dangerous? theres a massive one in the kitchen", ASIANHORNET),
    ("how do i know if its an asian hornet", ASIANHORNET),
    ("why do we have woodlice in the bathroom", WOODLOUSE),
    ("are woodlice harmful?", WOODLOUSE),
    ("why do flies rub their hands together", FLY_RUB),
    ("why do flies rub their legs like that", FLY_RUB),
    ("what is cuckoo spit on my lavender", CUCKOOSPIT),
    ("is cuckoo spit bad for plants?", CUCKOOSPIT),
    ("we put up a bird feeder a week ago and no birds have come, why", FEEDER_NOBIRDS),
    ("how do i attract birds to the new feeder?", FEEDER_NOBIRDS),
]
DARWIN24_WILDLIFE_NOT = [
    "do bumblebees sting?",
]

# Gardeners and allotment holders.
DARWIN24_GARDEN = [
    ("my tomatoes have black bottoms, what is it", TOMATO_BLOSSOMEND),
    ("why are the ends of my tomatoes rotting", TOMATO_BLOSSOMEND),
    ("is this blight on my tomatoes? brown patches all over", BLIGHT_TOMATO),
    ("potato blight, what can i do", BLIGHT_TOMATO),
    ("when should i sow tomato seeds", TOMATO_SOW),
    ("when can i put my tomato plants outside", TOMATO_SOW),
    ("when is the last frost usually? want to plant out", FROST_PLANT),
    ("is it safe to put seedlings out yet or will there be frost", FROST_PLANT),
    ("when do you plant potatoes", POTATO_PLANT),
    ("how do i grow potatoes in a bag, do i need to chit them?", POTATO_PLANT),
    ("are green potatoes safe to eat", POTATO_GREEN),
    ("why have my potatoes gone green", POTATO_GREEN),
    ("when should i plant tulip bulbs", BULB_PLANT),
    ("how deep do daffodil bulbs go", BULB_PLANT),
    ("my daffodils came up with no flowers this year, why?", BULB_PLANT),
    ("is deadheading actually worth it", DEADHEAD),
    ("how do you deadhead roses?", DEADHEAD),
    ("whats the best time of day to water the garden", WATERING_GARDEN),
    ("how often should i be watering the veg on the allotment", WATERING_GARDEN),
    ("is it bad to water plants at midday", WATERING_GARDEN),
    ("why are my seedlings so leggy", SEEDLING_LEGGY),
    ("the tomato seedlings are all tall and floppy, help", SEEDLING_LEGGY),
    ("why has my lettuce bolted", LETTUCE_BOLT),
    ("the coriander keeps going to seed, what am i doing wrong", LETTUCE_BOLT),
    ("when do you prune roses", ROSE_PRUNE),
    ("how hard should i cut back my roses?", ROSE_PRUNE),
    ("how short should i mow the lawn", MOW_LAWN),
    ("is it bad to mow wet grass?", MOW_LAWN),
    ("whats the point of no mow may", MOW_LAWN),
    ("are rhubarb leaves poisonous", RHUBARB_LEAVES),
    ("when can i start picking rhubarb", RHUBARB_LEAVES),
    ("why has my blue hydrangea gone pink", HYDRANGEA_BLUE),
    ("how do i make my hydrangea blue", HYDRANGEA_BLUE),
    ("how do i make wedding flowers last longer", FLOWERS_VASE),
    ("any tips to stop tulips drooping in a vase", FLOWERS_VASE),
    ("when should i sow grass seed on the bare patches", GRASS_SEED),
    ("best time to reseed the lawn?", GRASS_SEED),
    ("should i rake the leaves off the lawn or leave them", RAKE_LEAVES),
    ("what do i do with all the leaves in the garden", RAKE_LEAVES),
    ("what plants attract butterflies", BUTTERFLY_ATTRACT),
    ("how can we get more butterflies in the school garden?", BUTTERFLY_ATTRACT),
    ("why are all the little apples dropping off the tree", APPLE_DROP),
    ("the plum tree dropped half its fruit, is it dying?", APPLE_DROP),
    ("how do we stop the christmas tree dropping needles", CHRISTMASTREE_NEEDLES),
    ("do you need to water a real xmas tree?", CHRISTMASTREE_NEEDLES),
]
DARWIN24_GARDEN_NOT = [
    "frosty morning, can we still run at 7?",
    "jacket potatoes or chips for the party?",
]

# The body as a naturalist would explain it: runners, parents, travellers, choirs.
DARWIN24_BODY = [
    ("why do we always get colds in winter", ACOLD_WINTER),
    ("can you catch a cold from going out with wet hair?", ACOLD_WINTER),
    ("is it true you catch cold from being cold", ACOLD_WINTER),
    ("why does sunburn peel", SUNBURN_PEEL),
    ("my shoulders are peeling after the beach, should i pick it", SUNBURN_PEEL),
    ("any tips for jet lag? flying to singapore tomorrow", JETLAG),
    ("how long does jetlag last", JETLAG),
    ("is the sugar rush real? the kids are bouncing off the walls after the party", SUGARRUSH),
    ("does sugar actually make kids hyper", SUGARRUSH),
    ("why does coriander taste like soap to some people", CORIANDER_SOAP),
    ("is hating coriander genetic?", CORIANDER_SOAP),
    ("how long should a power nap be", NAP_LONG),
    ("are afternoon naps bad for you?", NAP_LONG),
    ("why do i feel worse after a long nap", NAP_LONG),
    ("why does my foot go to sleep when i sit cross legged", PINSANDNEEDLES),
    ("what causes pins and needles", PINSANDNEEDLES),
    ("why do our fingers go wrinkly in the bath", FINGERS_WRINKLY),
    ("why do my fingers prune after swimming?", FINGERS_WRINKLY),
    ("why does hair go grey", GREY_HAIR),
    ("does plucking grey hairs make more grow back", GREY_HAIR),
    ("can stress turn your hair grey?", GREY_HAIR),
    ("does cracking your knuckles give you arthritis", KNUCKLE_CRACK),
    ("is it bad to crack my knuckles", KNUCKLE_CRACK),
    ("why do you get brain freeze", BRAINFREEZE),
    ("how do i stop brain freeze from a slushie", BRAINFREEZE),
    ("should you pop a blister", BLISTER_POP),
    ("how do i stop getting blisters on my heels on long runs", BLISTER_POP),
    ("any tips for car sickness, kids always get sick on long drives", CARSICK),
    ("how do you stop seasickness on a ferry", CARSICK),
    ("why do i get so sleepy after lunch", FOODCOMA),
    ("why am i always tired after eating", FOODCOMA),
    ("should i take vitamin d in winter", VITAMIND),
    ("do we get enough vitamin d from the sun in the uk", VITAMIND),
    ("why do i jerk awake when i'm falling asleep", HYPNICJERK),
    ("what is that falling feeling when you're drifting off", HYPNICJERK),
    ("lost my voice two days before the concert, help", LOSTMYVOICE),
    ("any tips for a croaky voice? solo on sunday", LOSTMYVOICE),
    ("why are some people morning people and some night owls", MORNINGPERSON_WHY),
    ("is being a night owl genetic?", MORNINGPERSON_WHY),
    ("is it ok to run with a cold? parkrun tomorrow", RUNWITH_ACOLD),
    ("should i go to the gym with a sore throat", RUNWITH_ACOLD),
    ("do we really only use 10 percent of our brain", BRAIN_10PERCENT),
    ("is it true humans only use ten percent of their brains", BRAIN_10PERCENT),
    ("why do men have nipples", MEN_NIPPLES),
    ("serious q why do guys have nipples", MEN_NIPPLES),
    ("will the baby's blue eyes change colour", BABY_EYES),
    ("when do babies eyes change colour?", BABY_EYES),
]
DARWIN24_BODY_NOT = [
    "is it going to be cold this winter?",
    "my mum is a cold person",
    "we lost a voice in the altos, can anyone cover?",
    "can someone else run the bar, i've got the flu",
]

# His own life (a line keyed with "you"); his #life lines answer the rest.
DARWIN24_HIS_LIFE = [
    ("were you annoyed when wallace came up with the same idea", HIS_WALLACE),
    ("were you and wallace rivals?", HIS_WALLACE),
]
DARWIN24_HIS_LIFE_NOT = []

# The words of the new keys said of other things, in rooms of every kind.
DARWIN24_ELSEWHERE = [
    "the cat's out of the bag now, who told her?",
    "it's raining cats and dogs, is the match still on?",
    "who let the dogs out lol",
    "can we get chips after the gig?",
    "is the bar open late tonight?",
    "any tips for the wedding speech?",
    "what time does the choir start tomorrow morning?",
    "can you sleep on the sofa tonight?",
    "is the lawn party still on if it rains?",
    "are we doing the egg and spoon race?",
    "hot dogs or burgers for the bbq?",
    "it's so cold in the office, can we put the heating on?",
    "the new guy is a night owl lol, is he coming?",
    "can we get rid of the hiccups in the rota before friday?",
    "who's bringing the flowers for the vase on the altar?",
    "should we water down the cordial for the kids?",
    "the baby has her eyes, doesn't she?",
    "is it ok to bring my dog to the wedding?",
    "the dog ate my homework lol can i get an extension?",
    "any tips for the fox and hounds quiz night?",
    "i'm a night owl, call me after 10?",
    "hedgehog cake for the kids party, small or large?",
    "is midge camping with us?",
    "who's in charge of the cow costume?",
    "flamingo cake stand for the party?",
    "how long is the giraffe costume?",
    "bat and ball in the garden after lunch?",
    "is taylor swift coming back to europe?",
    "is robin following us to the pub?",
    "black pepper or white on the tomatoes?",
    "is the new estate a blight on the village?",
    "is it safe to drive in the frost?",
    "sack race and potato race, who's in?",
    "rose is cutting back her hours, can she still do fridays?",
    "who's clearing the garden before she leaves?",
    "butterfly cakes for the garden party?",
    "anti wrinkle cream for hands, any good?",
    "white hair dye or grey for the costume?",
    "blister pack of paracetamol, can someone run to the shop?",
    "the plan is still evolving, can we chat tomorrow?",
    "do you fancy a drink after?",
    "can you wait for me at the station?",
    "did you go to the funeral?",
    "do you believe in ghosts?",
    "are you going to church on sunday?",
    "did you book the doctor?",
    "my dream is a dog, can we get one?",
    "is lily bringing the cat?",
    "dog bone shaped cookies for the party?",
    "can we talk about the cat sitter?",
    "how many of you are coming with kids?",
    "congrats on getting married! are you going on a honeymoon?",
    "who's got the cold drinks?",
    "should we get a bouncy castle?",
    "did anyone see the game last night?",
]

DARWIN24_ASKED = (
    DARWIN24_PETS + DARWIN24_WILDLIFE + DARWIN24_GARDEN + DARWIN24_BODY + DARWIN24_HIS_LIFE
)
DARWIN24_NOT = (
    DARWIN24_PETS_NOT
    + DARWIN24_WILDLIFE_NOT
    + DARWIN24_GARDEN_NOT
    + DARWIN24_BODY_NOT
    + DARWIN24_HIS_LIFE_NOT
    + DARWIN24_ELSEWHERE
)
DARWIN24_ANSWERS = {reply for _text, reply in DARWIN24_ASKED}


def _darwin_known() -> list[str]:
    index = index_of(VOICES["darwin"].material)
    return [k.text for k in knowns(index.tagged.get("know", ()))]


DARWIN24_LINES = [
    line for line in _darwin_known() if line.replace("{name}", "Gus") in DARWIN24_ANSWERS
]


@pytest.mark.parametrize(("text", "reply"), DARWIN24_ASKED)
def test_an_everyday_question_in_darwins_field_gets_its_plain_answer(text, reply):
    assert say("darwin", text, seed=1, author="gus") == reply


@pytest.mark.parametrize("text", DARWIN24_NOT)
def test_the_same_words_said_of_other_things_get_none_of_the_new_lines(text):
    reply = say("darwin", text, seed=1, author="gus")
    assert not any(line.split("{name}")[-1].strip(" ,.;:") in reply for line in DARWIN24_LINES)


def test_every_new_line_is_a_known_line_reached_by_two_phrasings_and_fits():
    assert len(DARWIN24_LINES) == len(DARWIN24_ANSWERS) == 76
    for line in DARWIN24_LINES:
        reply = line.replace("{name}", "Gus")
        assert sum(r == reply for _t, r in DARWIN24_ASKED) >= 2
        assert line.count("{name}") == 1
        assert len(line.replace("{name}", "Gustavo")) <= VOICES["darwin"].max_reply_chars
    for group in (DARWIN24_PETS, DARWIN24_WILDLIFE, DARWIN24_GARDEN, DARWIN24_BODY):
        assert len(group) >= 6


@pytest.mark.django_db
def test_persona_sample_says_none_of_darwins_new_lines(personas):
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    sample = " ".join(out.getvalue().split())
    for line in DARWIN24_LINES:
        assert line.split("{name}")[-1].strip(" ,.;:") not in sample
