"""Issue 14: everyday practical science asked of the scientists gets a plain, correct answer
in their voice (a `#know` line, bots/know.py), never owning up nor a line on another thing
that shares a word ("power" of a heater is not Hitler's power)."""

from __future__ import annotations

import pytest

from bots.know import knowns
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# Asked in the dev rooms (s22), each answered wrongly on main.
DEV = [
    (
        "einstein",
        (
            "why does running downhill feel harder on my legs than uphill? surely downhill is"
            " easier, gravity is helping"
        ),
        (
            "Downhill your legs do the braking, Gus: the muscles lengthen as they hold you "
            "back, and that is what makes them sore the next day; gravity does the work going"
            " down, you pay for it in the thighs."
        ),
    ),
    (
        "darwin",
        "are humans actually built to run long distances? bc i feel like i am not",
        (
            "We are, Gus: we sweat through bare skin, and the long legs, springy tendons and "
            "large buttocks of a runner let our ancestors wear down game in the heat. Few of "
            "us are trained for it; the body adapts in weeks if you go slowly."
        ),
    ),
    (
        "darwin",
        "why do i get a stitch? is that just my body hating me",
        (
            "Nobody is quite sure, Gus; the best guess is the lining of the belly tugged or "
            "cramped as you jolt along. Slow down, breathe out hard as a foot lands, press on"
            " the spot, and do not run on a full stomach; it passes."
        ),
    ),
    (
        "curie",
        "is it bad that my knees click when i run?",
        (
            "In the war my X-ray cars saw a great many joints, Gus; clicking with no pain is "
            "usually gas in the joint fluid or a tendon slipping over bone, and harmless. If "
            "it hurts, swells or catches, see a doctor."
        ),
    ),
    (
        "curie",
        "should i ice them or use heat, ive heard both and my mum says vicks",
        (
            "Vicks only smells strong, Gus: the menthol feels cool and warms nothing. For a "
            "fresh injury, ice in the first day or two to calm the swelling; warmth after that. "
            "If it still hurts after a week, see a doctor."
        ),
    ),
    (
        "curie",
        (
            "how long are tins actually ok after the best before date? we have loads of beans"
            " from 2024"
        ),
        (
            "Best before is about quality, not safety, Gus: tinned beans are sealed and "
            "heated, and keep for years past the date if the tin is not bulging, rusted "
            "through or dented on a seam. A bulging or spurting tin goes in the bin."
        ),
    ),
    (
        "curie",
        ("how do i get the smell out of the fridge, something died in there and its not my fault"),
        (
            "Throw out the culprit, Gus, then wash the shelves with warm water and a spoonful"
            " of bicarbonate of soda, and leave an open tub of it on a shelf; it soaks up the"
            " acids that smell. Dry it well before you switch it on."
        ),
    ),
    (
        "curie",
        (
            "the fresh veg from the allotment, how do we keep the spinach from going slimy in"
            " two days"
        ),
        (
            "Leaves go slimy when they sit wet, Gus; bacteria thrive in the water on them. Do"
            " not wash them until you use them: wrap them loosely in a dry tea towel or "
            "kitchen paper, in a box in the salad drawer, and they keep four or five days."
        ),
    ),
    (
        "einstein",
        "how does a heater use so much electricity?? mine is tiny",
        (
            "A heater does nothing but turn electricity into heat, Gus, and heat is dear: "
            "even a small one draws one or two kilowatts, as much as twenty fridges. Size "
            "tells you little; the watts on its label tell you everything."
        ),
    ),
    (
        "einstein",
        "should we keep heating on low all day or blast it when we get home",
        (
            "Blast it when you need it, Gus: a house loses heat faster the warmer it is kept,"
            " so heating an empty house all day costs more than warming it again. A timer to "
            "start it half an hour before you get home is best; a heat pump is the exception."
        ),
    ),
    (
        "einstein",
        (
            "our big chest freezer is in the garage and it's running constantly, does it work"
            " harder in winter or summer in a cold garage?"
        ),
        (
            "Harder in summer, Gus: a freezer pumps heat out into the air round it, and the "
            "warmer that air, the more work. If it runs nonstop, check the door seal and dust"
            " the coils at the back; some are not made for garages below about 10 degrees."
        ),
    ),
    (
        "einstein",
        "the bouncy castle blower thing, how much power does it actually pull?",
        (
            "A bouncy castle blower is a fan motor of about one kilowatt, Gus, some a little "
            "more: like a kettle left on all afternoon, so a few hours use several units. The"
            " plate on its side gives the watts; give it a socket of its own."
        ),
    ),
    (
        "curie",
        "why do my cupcakes sink in the middle every time. oven is fan 160",
        (
            "Usually they are underbaked or have too much raising agent, Gus: the bubbles "
            "grow before the crumb has set, then collapse. Measure baking powder exactly, "
            "keep the door shut for the first fifteen minutes, and test with a skewer."
        ),
    ),
    (
        "darwin",
        "why do the mice keep getting in no matter what we do? we blocked the hole",
        (
            "A mouse needs a gap no wider than a pencil, Gus, and chews through wood and "
            "foam; block one hole and it finds the next. Stuff gaps with steel wool, seal "
            "round pipes, keep food in tins, and snap traps or a cat do the rest."
        ),
    ),
    (
        "darwin",
        (
            "is the mould in the bathroom corner alive or like, a stain. it came back after i"
            " bleached it"
        ),
        (
            "Alive, Gus: mould is a fungus, and the black spots are its spores over threads "
            "grown into the grout and sealant. Bleach whitens the top, but the threads "
            "survive where it stays damp; dry air and a fan after showers starve it."
        ),
    ),
    (
        "darwin",
        (
            "why do wasps go absolutely feral at the end of summer? every year they swarm the"
            " bbq and the year 2s scream"
        ),
        (
            "A fair question, Gus. Wasps pester us in late summer because their nest stops "
            "raising young, and the workers, no longer fed sweet drops by the grubs, go "
            "looking for sugar elsewhere."
        ),
    ),
    (
        "darwin",
        (
            "follow up on the wasps, is there anything that keeps them away that isn't "
            "poison? kids everywhere"
        ),
        (
            "Cover drinks and food, clear fallen fruit and bins, and do not swat, Gus, since "
            "a crushed wasp calls the others. A paper decoy nest is said to help, as they "
            "avoid rivals; and a straw in a can saves a stung lip."
        ),
    ),
    (
        "darwin",
        (
            "genuine question is the mould in the bathroom corner alive or like, a stain. it "
            "came back after i bleached it"
        ),
        (
            "Alive, Gus: mould is a fungus, and the black spots are its spores over threads "
            "grown into the grout and sealant. Bleach whitens the top, but the threads "
            "survive where it stays damp; dry air and a fan after showers starve it."
        ),
    ),
    (
        "einstein",
        ("ok i didn't fully get that, so should we move the freezer inside or not. yes or no"),
        (
            "Inside is kinder to it, Gus, if you have the room: it works in steady air, "
            "neither a hot summer garage nor one cold enough to fool its thermostat. If it "
            "must stay out, give it space round the back and check it is sold as garage-safe."
        ),
    ),
    (
        "curie",
        "is pasta with just butter and parmesan a balanced meal, kit says yes",
        (
            "A balanced plate has three parts, Gus: something starchy for fuel, some protein,"
            " and vegetables or fruit; pasta with butter and cheese has the first two. Add "
            "peas, spinach or a tomato and it is a fair meal."
        ),
    ),
]

# Phrasings of our own: other groups, other words, the same class.
OURS = [
    (
        "einstein",
        ("my calves are wrecked after that hill walk, why is coming down worse than going up"),
        (
            "Downhill your legs do the braking, Gus: the muscles lengthen as they hold you "
            "back, and that is what makes them sore the next day; gravity does the work going"
            " down, you pay for it in the thighs."
        ),
    ),
    (
        "einstein",
        (
            "how much electricity does a fan heater actually use? thinking of getting one for"
            " the office"
        ),
        (
            "A heater does nothing but turn electricity into heat, Gus, and heat is dear: "
            "even a small one draws one or two kilowatts, as much as twenty fridges. Size "
            "tells you little; the watts on its label tell you everything."
        ),
    ),
    (
        "einstein",
        "is it cheaper to leave the heating on low all day or turn it off when we go out",
        (
            "Blast it when you need it, Gus: a house loses heat faster the warmer it is kept,"
            " so heating an empty house all day costs more than warming it again. A timer to "
            "start it half an hour before you get home is best; a heat pump is the exception."
        ),
    ),
    (
        "einstein",
        "how much does it cost to run a tumble dryer, ours feels like its eating money",
        (
            "Look for the watts on its label, Gus: a kettle or heater draws two or three "
            "thousand, a fridge about a hundred, a phone charger five. Watts times hours, "
            "divided by a thousand, gives the units on your bill."
        ),
    ),
    (
        "einstein",
        "why are my windows dripping wet every morning in winter",
        (
            "Warm damp air meets cold glass and drops its water, Gus, as a cold glass sweats "
            "in summer. Open a window a little after showers and cooking, dry washing outside"
            " when you can, and keep the rooms evenly warm."
        ),
    ),
    (
        "einstein",
        "whats the best way to stop draughts in an old house, its freezing",
        (
            "Stop the draughts first, Gus: a gap under a door is like a small window left "
            "open all winter. Brush strips on doors, sealant round frames, thick curtains at "
            "night, then loft insulation; warm air leaks out wherever cold air gets in."
        ),
    ),
    (
        "einstein",
        "does a fan actually cool the room down or just move hot air around",
        (
            # (session 26: the line on fans themselves, before the one on a hot top floor)
            "A fan does not cool the air, Gus, only you, by blowing away the warm damp layer on "
            "your skin; its motor even warms the room a little, so switch it off when you leave. "
            "At night, point it to pull cool air in through an open window."
        ),
    ),
    (
        "einstein",
        "how far away is a storm if you count after the lightning?",
        (
            "A lovely question, Gus. Lightning heats the air so fast that it bursts outwards,"
            " and that is thunder; count the seconds from flash to thunder and divide by "
            "three to know how far away the storm is in kilometres."
        ),
    ),
    (
        "einstein",
        "do i really need to pump my bike tyres every week",
        (
            "A tyre at the right pressure rolls with less effort, Gus: a soft one squashes "
            "and wastes your push flexing rubber. Pump to the number on its side, a little "
            "less for mud, and check weekly, since air creeps out through rubber."
        ),
    ),
    (
        "einstein",
        "why does my phone die so fast when its cold out",
        (
            "Cold slows the chemistry in a battery, Gus, so a phone dies early in frost and "
            "recovers once warm; heat does it lasting harm. An inside pocket in winter, and "
            "never a hot car in summer."
        ),
    ),
    (
        "einstein",
        "are led bulbs actually worth switching to",
        (
            "An LED turns most of its power into light, Gus; an old bulb was a little heater "
            "that glowed, losing nine tenths as heat. An LED uses about a sixth of the power "
            "for the same light, so swap the ones on longest first."
        ),
    ),
    (
        "einstein",
        "is it worth getting a heat pump",
        (
            "A heat pump moves heat rather than making it, Gus, as a fridge does in reverse, "
            "so each unit of electricity brings in about three of heat, even from cold winter"
            " air. It likes to run low and steady."
        ),
    ),
    (
        "curie",
        "is it ok to eat yoghurt thats past the best before date",
        (
            "Best before is about quality, use by is about safety, Gus: past a use-by, meat, "
            "fish and dairy go in the bin; past a best-before, dry and tinned things are "
            "usually fine if they look, smell and taste right."
        ),
    ),
    (
        "curie",
        "how do i get rid of the smell in my trainers, theyre rank",
        (
            "Smelly shoes are bacteria feeding on sweat, Gus: let them dry fully between "
            "wearings, stuffed with newspaper, a sprinkle of bicarbonate overnight, and wash "
            "the insoles. With nothing damp to live on, the smell goes."
        ),
    ),
    (
        "curie",
        "how long should i boil an egg for a runny yolk",
        (
            "Into boiling water straight from the fridge, Gus: six minutes for a runny yolk, "
            "eight for jammy, ten or eleven for hard, then into cold water so they peel "
            "easily. A grey ring round the yolk is iron and sulphur from overcooking."
        ),
    ),
    (
        "curie",
        "my bread never rises, what am i doing wrong",
        (
            "Yeast needs warmth, food and time, Gus: water hotter than a bath kills it, and "
            "salt poured straight on it slows it. Leave the dough somewhere warm an hour or "
            "two, until doubled; old yeast is the other usual culprit."
        ),
    ),
    (
        "curie",
        "can you reheat rice the next day? my flatmate says it's dangerous",
        (
            "Cooked rice can carry spores that survive cooking, Gus: cool it within an hour, "
            "keep it in the fridge no more than a day, and reheat it only once, until piping "
            "hot."
        ),
    ),
    (
        "curie",
        "how do i get limescale off the shower head",
        (
            "An acid dissolves limescale, Gus, for it is only chalk from hard water: half "
            "vinegar, half water, or a spoon of citric acid, left an hour (a kettle boiled "
            "with it first), then rinsed well; a shower head can soak in a bag of it."
        ),
    ),
    (
        "curie",
        "is it safe to mix bleach and vinegar for cleaning the loo",
        (
            # safe37: bleach mixed is a hazard, told in the same plain words by every persona
            "Gus, never mix bleach with vinegar, ammonia or any other cleaner: together they "
            "give off toxic gases, such as chlorine. Use one product at a time and rinse in "
            "between. If you have breathed the fumes, get into fresh air; if you feel unwell "
            "or your eyes sting, rinse them with water and call 111."
        ),
    ),
    (
        "curie",
        "how do i get red wine out of a carpet, party disaster",
        (
            "Cold water first, Gus, never hot: heat sets wine, blood and anything with "
            "protein, as it sets an egg. Blot, never rub; salt draws red wine out, then soak it "
            "in washing soda. Test anything stronger on a hidden bit first."
        ),
    ),
    (
        "curie",
        "my pan is burnt black on the bottom, is it ruined?",
        (
            "Cover the burnt layer with water and a good spoonful of bicarbonate of soda, "
            "Gus, simmer it ten minutes and let it cool; most of it lifts with a wooden "
            "spoon. No steel wool on a non-stick pan."
        ),
    ),
    (
        "curie",
        "why does chopping onions make me cry so much",
        (
            "Here is what I know of it, Gus. Onions make you cry because cutting breaks their"
            " cells and lets two substances meet that make a sulphur-bearing gas; it reaches "
            "your eyes and turns to a mild acid in their water."
        ),
    ),
    (
        "curie",
        "my honey has gone all hard and grainy, has it gone off?",
        (
            "Crystallised honey is not spoiled, Gus: honey holds more sugar than its water "
            "can keep dissolved, so crystals form. Stand the jar in warm water and they melt;"
            " honey hardly ever goes off."
        ),
    ),
    (
        "curie",
        "the oven recipe says 200 but mine is a fan oven, what do i set it to",
        (
            "A fan oven runs about twenty degrees hotter than the number a recipe gives for "
            "an ordinary oven, Gus: 180 in the recipe is 160 with the fan. Give it ten "
            "minutes to heat before anything goes in."
        ),
    ),
    (
        "curie",
        "can i refreeze chicken i defrosted in the fridge",
        (
            "Raw meat thawed in the fridge may go back in the freezer, Gus, though it loses a"
            " little texture; thawed on the counter, no. Once cooked, it may be frozen again."
        ),
    ),
    (
        "darwin",
        "why do slugs eat everything in my veg patch",
        (
            "Go out with a torch on a wet night and pick them off, Gus; beer traps work, and "
            "frogs, birds and hedgehogs are the best slug police, so keep a wild corner for "
            "them. Of 357 seedlings I once marked, slugs and insects took 295."
        ),
    ),
    (
        "darwin",
        "how do i stop pigeons nesting on my balcony",
        (
            "Pigeons come back wherever there is food and a ledge, Gus: stop the feeding, "
            "sweep up spilt seed, and net or spike the ledge. I kept every fancy breed of "
            "them; they are cleverer than they look and find their way home."
        ),
    ),
    (
        "darwin",
        "theres a massive spider in the bath, how do i get it out without killing it",
        (
            "House spiders come in to look for a mate in autumn, Gus, not to bother you; they"
            " eat flies and are harmless here. A glass and a postcard puts one outside; "
            "conkers do nothing, but closing gaps round windows helps."
        ),
    ),
    (
        "darwin",
        "foxes keep getting into our bins, any ideas?",
        (
            "Foxes come for food, Gus: shut the bin lids, put nothing out, and they move to "
            "easier pickings. Chickens need a shut coop every night, for a fox will dig and "
            "climb; the screaming on winter nights is only courtship."
        ),
    ),
    (
        "darwin",
        "why does my cat keep bringing dead birds in",
        (
            "A fair question, Gus. A cat that brings a dead mouse to the door is doing what "
            "its mother did, carrying the catch home to the young; to her, perhaps, you are a"
            " kitten that cannot hunt."
        ),
    ),
    (
        "darwin",
        "my houseplants keep dying, what am i doing wrong",
        (
            "More houseplants die of kindness than neglect, Gus: too much water rots the "
            "roots. Water when the top inch of soil is dry, let it drain, and give it the "
            "light it likes; yellow lower leaves usually mean too wet."
        ),
    ),
    (
        "darwin",
        "my tomatoes are splitting, why?",
        (
            "A fair question, Gus. Tomatoes split and crack from uneven watering, I should "
            "think: after a dry spell a soaking swells the fruit faster than its skin can "
            "stretch; water a little every day, and mulch the soil."
        ),
    ),
    (
        "darwin",
        "my legs are so sore two days after leg day, is that normal",
        (
            "The ache a day or two after is the muscle mending small tears in its fibres, "
            "Gus, worst after new work or downhill; it fades in a few days. Gentle movement "
            "helps more than rest; sharp or lasting pain is for a doctor."
        ),
    ),
    (
        "darwin",
        "should i stretch before or after a run",
        (
            "Warm up before, stretch after, Gus: walking and easy jogging ready the body "
            "better than holding a stretch cold. Stretching does little against soreness, but"
            " it keeps you supple."
        ),
    ),
    (
        "darwin",
        "how much water should i actually drink a day",
        (
            "Drink when you are thirsty, Gus: thirst is an old and good guide, and tea and "
            "coffee count too. On a hot day or a long run take more; pale straw-coloured pee "
            "says you have enough."
        ),
    ),
    (
        "darwin",
        "why do we get goosebumps",
        (
            "A fair question, Gus. Goosebumps, or goose pimples, are the last of our "
            "ancestors' fur standing on end, as a cat's does when it is frightened or cold."
        ),
    ),
    (
        "darwin",
        "how do i help hedgehogs in my garden",
        (
            "Leave a hedgehog-sized hole, about thirteen centimetres, in your fence, Gus, a "
            "wild corner and a shallow dish of water; never milk, which upsets them, but "
            "meaty cat food is fine."
        ),
    ),
    (
        "darwin",
        "my compost heap is slimy and smelly help",
        (
            "A good heap wants greens and browns in about equal parts, Gus: peelings and "
            "grass with torn cardboard and dry leaves, damp as a wrung sponge, turned now and"
            " then. Slimy and smelly means too much green; dry and still, too much brown."
        ),
    ),
    (
        "darwin",
        "got cramp in my calf every night, why",
        (
            "Cramp is a tired muscle that will not let go, Gus, and nobody is sure it is "
            "really about salt or water. Stretch it gently and it passes; cramps that come "
            "often are worth mentioning to a doctor."
        ),
    ),
    (
        "darwin",
        "why do mosquitoes always bite me and not my husband",
        (
            "A fair question, Gus. Midges and mosquitoes bite some people more than others "
            "because they find us by the carbon dioxide we breathe out and the smells of our "
            "skin, and those differ from one person to the next."
        ),
    ),
    (
        "darwin",
        "is running bad for your knees long term",
        (
            "Running is not bad for healthy knees, Gus; runners have rather fewer knee "
            "troubles than people who sit. Build up slowly, soft paths at first, and pain "
            "that lasts is for a doctor."
        ),
    ),
    (
        "darwin",
        "why does my dog eat grass all the time",
        (
            "A fair question, Gus. Dogs eat grass now and then, perhaps to clear the stomach "
            "and perhaps for something their food lacks; the wild dog ate the whole of its "
            "prey, greens and all."
        ),
    ),
    (
        "einstein",
        "how much power does an electric car charger pull from the house",
        (
            "Look for the watts on its label, Gus: a kettle or heater draws two or three "
            "thousand, a fridge about a hundred, a phone charger five. Watts times hours, "
            "divided by a thousand, gives the units on your bill."
        ),
    ),
    (
        "einstein",
        (
            "the bouncy castle blower thing, how much power does it actually pull? the school"
            " only has one outdoor socket and the coffee van wants it too"
        ),
        (
            "A bouncy castle blower is a fan motor of about one kilowatt, Gus, some a little "
            "more: like a kettle left on all afternoon, so a few hours use several units. The"
            " plate on its side gives the watts; give it a socket of its own."
        ),
    ),
    (
        "darwin",
        (
            "follow up on the wasps, is there anything that keeps them away that isn't "
            "poison? kids everywhere"
        ),
        (
            "Cover drinks and food, clear fallen fruit and bins, and do not swat, Gus, since "
            "a crushed wasp calls the others. A paper decoy nest is said to help, as they "
            "avoid rivals; and a straw in a can saves a stung lip."
        ),
    ),
    (
        "einstein",
        "is it cheaper to run the dishwasher or wash up by hand",
        (
            "A full dishwasher on its eco setting uses less hot water than most of us at the "
            "sink, Gus; heating the water is nearly all the cost, so a half-empty machine or "
            "a hot tap left running wastes the most."
        ),
    ),
    (
        "einstein",
        "shower or bath, which uses less energy??",
        (
            "A short shower uses about a third of the hot water of a bath, Gus; but a long "
            "power shower can use as much as a bath, so it is the minutes that count, not the"
            " choice."
        ),
    ),
    (
        "einstein",
        "does washing at 30 actually save anything",
        (
            "Washing at 30 rather than 40 saves about a third of the energy, Gus, since "
            "heating the water is most of the cost, and modern powders work cool; keep a hot "
            "wash for towels and bedding now and then."
        ),
    ),
    (
        "darwin",
        "how do i keep ants out of the kitchen",
        (
            "Ants follow a scent trail to food, Gus: wipe the trail with soapy water or "
            "vinegar, find the way in and seal it, and keep sweet things in jars. Outdoors "
            "they do good work; indoors they only follow their noses."
        ),
    ),
    (
        "darwin",
        "pigeons keep pooing all over our balcony, how do we stop them",
        (
            "Pigeons come back wherever there is food and a ledge, Gus: stop the feeding, "
            "sweep up spilt seed, and net or spike the ledge. I kept every fancy breed of "
            "them; they are cleverer than they look and find their way home."
        ),
    ),
    (
        "curie",
        "how do you stop salad leaves going slimy in the fridge",
        (
            "Leaves go slimy when they sit wet, Gus; bacteria thrive in the water on them. Do"
            " not wash them until you use them: wrap them loosely in a dry tea towel or "
            "kitchen paper, in a box in the salad drawer, and they keep four or five days."
        ),
    ),
    (
        "curie",
        "whats the best way to freeze leftovers",
        (
            "Cool leftovers within a couple of hours and freeze them in flat portions, Gus; "
            "they keep safely for months, though they taste best within three. Thaw in the "
            "fridge, reheat until steaming hot all through, and reheat only once."
        ),
    ),
    (
        "curie",
        "is it safe to eat bread with a bit of mould on it if i cut it off",
        (
            # (session 42: the food hazard for every voice, where Curie had her own line)
            "Gus, bread, soft cheese, jam, yoghurt or soft fruit with mould on it goes in the "
            "bin: its threads run further than you can see. Only hard cheese can be saved, "
            "cutting at least 2.5 cm round the mould."
        ),
    ),
    (
        "curie",
        "my washing always smells musty, why",
        (
            "Washing smells musty when it dries too slowly, Gus: bacteria grow in the damp. "
            "Take it out of the machine at once, dry it with air moving round it, and now and"
            " then run the machine hot and empty, door left open after."
        ),
    ),
    (
        "curie",
        "quick q is a jacket potato with beans a balanced dinner for a kid",
        (
            "A balanced plate has three parts, Gus: something starchy for fuel, some protein,"
            " and vegetables or fruit; pasta with butter and cheese has the first two. Add "
            "peas, spinach or a tomato and it is a fair meal."
        ),
    ),
    (
        "einstein",
        "would the fridge work better if we moved it into the kitchen",
        (
            "Inside is kinder to it, Gus, if you have the room: it works in steady air, "
            "neither a hot summer garage nor one cold enough to fool its thermostat. If it "
            "must stay out, give it space round the back and check it is sold as garage-safe."
        ),
    ),
    (
        "darwin",
        "quick question is it normal that my knees crack on the stairs",
        (
            "Clicking joints with no pain are common and harmless, Gus: usually gas bubbles "
            "in the joint fluid, or a tendon sliding over bone. If it hurts, swells or locks,"
            " have a doctor or a physio look at it."
        ),
    ),
    (
        "einstein",
        "why does my car windscreen freeze on the inside",
        (
            "Frost inside the windscreen is your own breath, Gus: damp air in the car freezes"
            " on the cold glass. Dry the car out, no wet coats or mats left in, and in the "
            "morning run the heater on the glass with the air conditioning on, which dries "
            "the air."
        ),
    ),
    (
        "einstein",
        "should i turn the radiators off in rooms we dont use",
        (
            "Turn them down in rooms you do not use, Gus, but not right off in winter: a room"
            " left stone cold gets damp, and its walls draw heat from the rooms beside it. "
            "Keep its door shut."
        ),
    ),
    (
        "curie",
        "how long does cooked chicken last in the fridge",
        (
            "Cooked food keeps two days in the fridge, Gus, three at most, if it went in "
            "within a couple of hours of cooking; rice only a day. If in doubt, freeze it, "
            "for the cold stops the clock."
        ),
    ),
    (
        "curie",
        "can you freeze milk",
        (
            "Milk freezes well for a month or so, Gus: leave room in the bottle, as it "
            "swells, thaw it in the fridge and shake it, since the fat separates a little. "
            "Butter freezes for months."
        ),
    ),
    (
        "curie",
        "why does my rice always go sticky",
        (
            "Rinse the rice until the water runs clear, Gus: the loose starch on the grains "
            "is the glue. Then the right amount of water, a lid, and no stirring while it "
            "cooks."
        ),
    ),
    (
        "curie",
        "whats the best way to clean an oven without nasty chemicals",
        (
            "A paste of bicarbonate of soda and water spread over the cold oven and left "
            "overnight, Gus, then wiped off with a damp cloth and a spray of vinegar, lifts "
            "most baked-on grease; no fumes, only patience."
        ),
    ),
    (
        "curie",
        "how do i get rid of fruit flies in the kitchen",
        (
            "Fruit flies come for fermenting fruit, Gus: put ripe fruit in the fridge, empty "
            "the food bin, and set a jar of cider vinegar with a drop of washing-up liquid; "
            "they go in and do not come out."
        ),
    ),
    (
        "curie",
        "is it ok to put hot food straight in the fridge",
        (
            "Let it cool for an hour or so, no longer, Gus, then in it goes; spread it in a "
            "shallow dish to cool faster. Leaving food out for hours is the danger, not a "
            "little warmth in the fridge."
        ),
    ),
    (
        "curie",
        "how do i stop my bread going mouldy so quick",
        (
            "Keep bread in a bin or a paper bag at room temperature, Gus, never the fridge, "
            "which stales it faster; what you will not eat in two or three days, slice and "
            "freeze, and toast it straight from frozen."
        ),
    ),
    (
        "darwin",
        "whats eating holes in my cabbage leaves",
        (
            "Holes in cabbage leaves are most often the caterpillars of the cabbage white "
            "butterfly, Gus, or slugs if there is slime about: look under the leaves for "
            "eggs, pick them off, and a fine net over the crop keeps the butterflies out."
        ),
    ),
    (
        "darwin",
        "why are my courgettes rotting at the end",
        (
            "Courgettes rot at the tip when the flower was poorly pollinated or the plant "
            "sits wet, Gus: water at the roots, not over the fruit, and pick them small; a "
            "poor year for bees brings more of it."
        ),
    ),
    (
        "darwin",
        "how do i get rid of moss on my lawn",
        (
            "Moss wins where grass struggles, Gus: shade, wet, trodden or acid ground. Rake "
            "it out in autumn, spike the lawn with a fork and feed the grass; or let it be, "
            "for the birds line their nests with it."
        ),
    ),
    (
        "darwin",
        "is it bad to run every day as a beginner",
        (
            "Three runs a week with rest days between suits a beginner best, Gus: heart and "
            "lungs grow fit in weeks, but tendons and bones take months to catch up, and rest"
            " is when they do. Add a little at a time."
        ),
    ),
    (
        "darwin",
        "why do i sneeze when i look at the sun",
        (
            "That is the photic sneeze, Gus: a bright light after shade sets off a sneeze in "
            "perhaps one person in four. The nerves of the eye and the nose run side by side;"
            " it runs in families and does no harm."
        ),
    ),
    (
        "darwin",
        "how do i stop squirrels eating the bird food",
        (
            "A squirrel will beat most feeders, Gus, for it is cleverer than the men who "
            "design them; a baffle, a cone above or below the feeder, or a cage with holes "
            "too small for it works best."
        ),
    ),
    (
        "darwin",
        "how do i get rid of greenfly on my roses",
        (
            "Squash greenfly between finger and thumb or hose them off, Gus, and leave the "
            "ladybirds, lacewings and blue tits to do the rest; a garden that does not spray "
            "keeps far more of the creatures that eat them."
        ),
    ),
]

# The same words in another sense, in chat, or asked of a persona with no such line.
NOT_KNOWN = [
    ("einstein", "power to the people lol"),
    ("einstein", "my mum is a cold person"),
    ("einstein", "when did hitler come to power?"),
    ("darwin", "she's a real pest"),
    ("darwin", "my mouse stopped working, anyone know a fix?"),
    ("darwin", "what did your pigeons teach you about evolution?"),
    ("darwin", "why are wasps striped yellow and black?"),
    ("curie", "i cried at the end of the film lol"),
    ("shakespeare", "how do i get rid of slugs in my garden"),
    ("socrates", "why does running downhill hurt my legs"),
    ("curie", "she is a real stain on this family"),
    ("einstein", "are you a fan of the heat"),
    ("darwin", "this meeting is a real pain in my side"),
    # (Bread going stale in the fridge has its line since lines28: the starch crystallises
    # fastest there.)
    ("darwin", "why do squirrels bury nuts and then forget them"),
    ("curie", "is the smell from oven cleaner actually toxic"),
    ("darwin", "what did you think of the aphids the ants keep"),
]


@pytest.mark.parametrize(("slug", "text", "reply"), DEV + OURS)
def test_an_everyday_question_gets_its_plain_answer(slug, text, reply):
    assert say(slug, text, seed=1, author="gus") == reply


def _known(slug: str) -> list[str]:
    index = index_of(VOICES[slug].material)
    return [k.text.replace("{name}", "Gus") for k in knowns(index.tagged.get("know", ()))]


@pytest.mark.parametrize(("slug", "text"), NOT_KNOWN)
def test_other_senses_get_no_known_line(slug, text):
    reply = say(slug, text, seed=1, author="gus")
    every = [line for s in ("einstein", "curie", "darwin") for line in _known(s)]
    assert not any(line in reply for line in every)


def test_a_follow_up_is_read_with_the_question_it_follows():
    asked = "@curie why do my cupcakes sink in the middle every time. oven is fan 160"
    first = say("curie", asked, seed=1, author="marcus")
    assert first.startswith("Usually they are underbaked or have too much raising agent, Marcus")
    history = (
        Line("marcus", asked),
        Line("Marie Curie", first, own=True),
        Line("jo", "oh ok, ignore me then einstein. well, still curious"),
    )
    reply = say(
        "curie",
        "@curie so lower temp and longer? how much longer roughly, give me a number",
        seed=1,
        author="fatima",
        history=history,
    )
    assert reply == (
        "No lower than 160 with the fan, Fatima; give them about five minutes more, then trust "
        "the skewer, not the clock: it should come out clean from the middle, and the tops should "
        "spring back when pressed."
    )


def test_a_follow_up_long_after_the_answer_is_read_with_its_subject():
    # Many messages after (the answer said in the room, out of the recent history).
    first = say(
        "curie", "why do my cupcakes sink in the middle every time", seed=1, author="fatima"
    )
    reply = say(
        "curie",
        "@curie so lower temp and longer? how much longer roughly, give me a number",
        seed=1,
        author="fatima",
        said=(first,),
    )
    assert reply.startswith("No lower than 160 with the fan, Fatima; give them about five minutes")


def test_a_follow_up_asking_nothing_of_the_thing_never_repeats_the_answer():
    asked = "@einstein why does running downhill feel harder on my legs than uphill?"
    first = say("einstein", asked, seed=1, author="amara")
    history = (Line("amara", asked), Line("Albert Einstein", first, own=True))
    reply = say(
        "einstein",
        "@einstein ok but like in normal words please",
        seed=1,
        author="amara",
        history=history,
    )
    assert reply != first
    assert not any(line in reply for line in _known("einstein"))


def test_the_same_follow_up_with_no_answer_before_it_gets_no_known_line():
    reply = say("curie", "so lower temp and longer? how much longer roughly", seed=1, author="gus")
    assert not any(line in reply for line in _known("curie"))


def test_each_scientist_carries_about_thirty_known_lines_that_fit():
    for slug in ("einstein", "curie", "darwin"):
        lines = _known(slug)
        assert len(lines) >= 30
        assert all(len(line) <= VOICES[slug].max_reply_chars for line in lines)
    # Lovelace, a scientist too, carries a few on odds, counting and codes (test_know38.py).
    assert all(len(line) <= VOICES["lovelace"].max_reply_chars for line in _known("lovelace"))
    # The playwright and the philosopher carry lines on their own times, keyed with "you"
    # (know39: "what did ordinary people eat in your day"), and since know50 on their fields
    # too ("where does the word goodbye come from", "how do i apologise properly").
    for slug in ("shakespeare", "socrates"):
        lines = knowns(index_of(VOICES[slug].material).tagged.get("know", ()))
        assert any(line.own for line in lines) and not all(line.own for line in lines)
        assert all(len(line.text) <= VOICES[slug].max_reply_chars for line in lines)
