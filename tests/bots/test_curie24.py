"""Session 24 (curie24): the everyday chemistry group chats ask Curie, a choir, a running club,
a wedding party, parents, a flatshare, answered plainly in her voice by `#know` lines (bots/know.py)
rather than owned up to ("I have no data on that at all") or answered with a line on another thing:
the kitchen (onions and tears, browning, stale bread, chillies and milk, flat fizz, cloudy ice),
cleaning (never bleach with acid, vinegar and bicarbonate, stains, tarnished silver), laundry
(felted jumpers and unshrinking them, colours running, 30 or 40 degrees, grey whites), sun cream
(SPF 30 or 50, UVA and UVB, expiry, cloudy days), drinks (electrolytes, cramp, caffeine, units,
hangovers), materials (plastic and metal in the microwave, foil, batteries, rust, copper),
radiation and its myths (phones, bananas, airport scanners, X-rays, flights, radon, granite), and
her own life (keyed with "you": radium, the notebooks, Pierre, the little Curies, the Sorbonne, her
daughters). Each line is met by two phrasings of its own, and look-alikes ("going bananas", "give
me a ring later", "did you watch the war film") get none of them."""

from __future__ import annotations

import pytest

from bots.know import knowns
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

KITCHEN = [
    (
        "does searing meat actually seal in the juices or is that a myth",
        (
            "Searing seals nothing in, Gus: a seared joint loses as much juice as an "
            "unseared one, sometimes more. It is done for the flavour of the brown "
            "crust, which is reason enough."
        ),
    ),
    (
        "my dad swears you sear the beef to lock in the juices, true?",
        (
            "Searing seals nothing in, Gus: a seared joint loses as much juice as an "
            "unseared one, sometimes more. It is done for the flavour of the brown "
            "crust, which is reason enough."
        ),
    ),
    (
        "baguette from this morning has gone hard already, any way to revive it?",
        (
            "Stale bread is not mainly dried out, Gus: its starch has crystallised "
            "again. A few minutes in a hot oven, the crust splashed with water first,"
            " melts the crystals back; eat it within the hour, as it stales faster "
            "after."
        ),
    ),
    (
        "how do i refresh a stale loaf for the picnic",
        (
            "Stale bread is not mainly dried out, Gus: its starch has crystallised "
            "again. A few minutes in a hot oven, the crust splashed with water first,"
            " melts the crystals back; eat it within the hour, as it stales faster "
            "after."
        ),
    ),
    (
        "why did my caramel go grainy and solid",
        (
            "Syrup turns grainy when one sugar crystal sets off the rest, Gus: do not"
            " stir once it boils, brush the pan sides down with a wet brush, and a "
            "squeeze of lemon helps. Take it off at deep amber; a shade past is "
            "bitter."
        ),
    ),
    (
        "why does fudge go all sandy, third batch for the school fair",
        (
            "Syrup turns grainy when one sugar crystal sets off the rest, Gus: do not"
            " stir once it boils, brush the pan sides down with a wet brush, and a "
            "squeeze of lemon helps. Take it off at deep amber; a shade past is "
            "bitter."
        ),
    ),
    (
        "why does milk help with spicy food but water doesnt",
        (
            "Capsaicin, the fire in chillies, dissolves in fat, not water, Gus: water"
            " only spreads it round your mouth. Milk, yoghurt or raita help, their "
            "fat and protein carry it off. It feels like burning but burns nothing."
        ),
    ),
    (
        "the wings challenge is tonight, what actually stops the chilli burn?",
        (
            "Capsaicin, the fire in chillies, dissolves in fat, not water, Gus: water"
            " only spreads it round your mouth. Milk, yoghurt or raita help, their "
            "fat and protein carry it off. It feels like burning but burns nothing."
        ),
    ),
    (
        "chopped chillies and now my fingers are burning, help",
        (
            "Capsaicin is oily, so water alone will not shift it, Gus: rub your "
            "fingers with a little cooking oil, then washing-up liquid, and wear "
            "gloves next time. In an eye, rinse with plenty of cool water; it fades "
            "within the hour."
        ),
    ),
    (
        "touched my eye after cutting jalapenos how do i make it stop",
        (
            "Capsaicin is oily, so water alone will not shift it, Gus: rub your "
            "fingers with a little cooking oil, then washing-up liquid, and wear "
            "gloves next time. In an eye, rinse with plenty of cool water; it fades "
            "within the hour."
        ),
    ),
    (
        "why are my ice cubes always cloudy",
        (
            "The cloud is air and minerals pushed to the middle as a cube freezes "
            "from the outside in, Gus. Boiling the water helps a little; for clear "
            "ice, freeze it slowly from one side, in a small cool box, and cut off "
            "the cloudy end."
        ),
    ),
    (
        "how do bars get crystal clear ice? cocktail night at mine",
        (
            "The cloud is air and minerals pushed to the middle as a cube freezes "
            "from the outside in, Gus. Boiling the water helps a little; for clear "
            "ice, freeze it slowly from one side, in a small cool box, and cut off "
            "the cloudy end."
        ),
    ),
    (
        "why do bananas go black in the fridge",
        (
            "Cold damages a banana's skin cells, Gus, and their enzymes turn it "
            "black, though the fruit inside stays firm and fine. Ripen bananas out of"
            " the fridge, then chill them to hold them a few days."
        ),
    ),
    (
        "put my bananas in the fridge and now theyre black, are they ruined?",
        (
            "Cold damages a banana's skin cells, Gus, and their enzymes turn it "
            "black, though the fruit inside stays firm and fine. Ripen bananas out of"
            " the fridge, then chill them to hold them a few days."
        ),
    ),
    (
        "are green potatoes safe to eat",
        (
            "Green on a potato means light reached it, Gus, and with the green comes "
            "solanine, a bitter poison. Cut green patches and sprouts away "
            "generously; green all through or bitter, bin it. Keep potatoes in the "
            "dark."
        ),
    ),
    (
        "my spuds have sprouted in the bag, can i still use them?",
        (
            "Green on a potato means light reached it, Gus, and with the green comes "
            "solanine, a bitter poison. Cut green patches and sprouts away "
            "generously; green all through or bitter, bin it. Keep potatoes in the "
            "dark."
        ),
    ),
    (
        "why does my pasta always boil over",
        (
            "Starch from the food makes the bubbles tough, Gus, like a soap film, so "
            "they stack up and spill. Use a bigger pan, turn the heat down a notch "
            "once it boils, or lay a wooden spoon across the top to break them."
        ),
    ),
    (
        "potatoes keep frothing over the pan, how do i stop it",
        (
            "Starch from the food makes the bubbles tough, Gus, like a soap film, so "
            "they stack up and spill. Use a bigger pan, turn the heat down a notch "
            "once it boils, or lay a wooden spoon across the top to break them."
        ),
    ),
    (
        "why wont my jelly set with pineapple in it",
        (
            "Fresh pineapple, kiwi and papaya hold enzymes that cut gelatine's "
            "protein chains, Gus, so the jelly never sets. Tinned pineapple has been "
            "heated, which destroys the enzyme, so it sets fine."
        ),
    ),
    (
        "kids party jelly with fresh kiwi, didnt set at all. why??",
        (
            "Fresh pineapple, kiwi and papaya hold enzymes that cut gelatine's "
            "protein chains, Gus, so the jelly never sets. Tinned pineapple has been "
            "heated, which destroys the enzyme, so it sets fine."
        ),
    ),
    (
        "why does pineapple make my mouth tingle",
        (
            "Fresh pineapple holds bromelain, an enzyme that digests protein, Gus, "
            "and your mouth is protein: it is eating you back a little. It is "
            "harmless and stops when you stop; cooked or tinned pineapple does not do"
            " it."
        ),
    ),
    (
        "ate half a pineapple and my tongue is sore, is that normal",
        (
            "Fresh pineapple holds bromelain, an enzyme that digests protein, Gus, "
            "and your mouth is protein: it is eating you back a little. It is "
            "harmless and stops when you stop; cooked or tinned pineapple does not do"
            " it."
        ),
    ),
    (
        "why wont my egg whites whisk into stiff peaks",
        (
            "A trace of fat stops whites whipping, Gus: a speck of yolk, or a greasy "
            "bowl. Use a clean glass or metal bowl wiped with lemon, not plastic, "
            "which holds grease; a pinch of cream of tartar steadies the foam."
        ),
    ),
    (
        "why did my meringues stay flat, 2nd fail for the bake sale",
        (
            "A trace of fat stops whites whipping, Gus: a speck of yolk, or a greasy "
            "bowl. Use a clean glass or metal bowl wiped with lemon, not plastic, "
            "which holds grease; a pinch of cream of tartar steadies the foam."
        ),
    ),
    (
        "is msg actually bad for you or is that racist nonsense",
        (
            "MSG is glutamate, what makes tomatoes, parmesan and mushrooms savoury, "
            "Gus, with a little sodium; careful trials have not found the headaches "
            "people blame on it. Spoon for spoon it holds a third of the sodium of "
            "salt."
        ),
    ),
    (
        ("does msg give you headaches? my mum wont eat chinese takeaway because of it"),
        (
            "MSG is glutamate, what makes tomatoes, parmesan and mushrooms savoury, "
            "Gus, with a little sodium; careful trials have not found the headaches "
            "people blame on it. Spoon for spoon it holds a third of the sodium of "
            "salt."
        ),
    ),
    (
        "why is there a weird film on top of my tea",
        (
            "The film on tea is hard water at work, Gus: its calcium meets the tea's "
            "tannins and the air and they form a thin skin. Soft water, a squeeze of "
            "lemon or a drop of milk stops it. It is harmless."
        ),
    ),
    (
        "tea has an oily scum on it at the new office, is the water bad?",
        (
            "The film on tea is hard water at work, Gus: its calcium meets the tea's "
            "tannins and the air and they form a thin skin. Soft water, a squeeze of "
            "lemon or a drop of milk stops it. It is harmless."
        ),
    ),
    (
        "my brown sugar has gone rock hard, how do i soften it",
        (
            "Brown sugar sets hard when the molasses on its crystals dries out, Gus: "
            "put a slice of bread or apple in the jar overnight and it softens, or "
            "warm it a few seconds in the microwave under a damp paper towel."
        ),
    ),
    (
        "sugar in the jar is one solid lump, can i save it?",
        (
            "Brown sugar sets hard when the molasses on its crystals dries out, Gus: "
            "put a slice of bread or apple in the jar overnight and it softens, or "
            "warm it a few seconds in the microwave under a damp paper towel."
        ),
    ),
    (
        "how long does an opened bottle of wine last",
        (
            "Opened wine meets oxygen, Gus, which dulls it within a few days, and "
            "later bacteria turn it to vinegar. Cork it and keep it in the fridge, "
            "red too: three to five days for most wine, a week or more for fortified."
        ),
    ),
    (
        ("leftover half bottle of red from the party, still ok to drink days later?"),
        (
            "Opened wine meets oxygen, Gus, which dulls it within a few days, and "
            "later bacteria turn it to vinegar. Cork it and keep it in the fridge, "
            "red too: three to five days for most wine, a week or more for fortified."
        ),
    ),
    (
        "how do you poach an egg without it going all wispy",
        (
            "Vinegar helps the white set faster, Gus, but a fresh egg matters more: "
            "its white is firm, while an old one runs to wisps. Strain off the thin "
            "white in a sieve first, and keep the water below a rolling boil."
        ),
    ),
    (
        "do you need vinegar to poach eggs? mine fall apart",
        (
            "Vinegar helps the white set faster, Gus, but a fresh egg matters more: "
            "its white is firm, while an old one runs to wisps. Strain off the thin "
            "white in a sieve first, and keep the water below a rolling boil."
        ),
    ),
    (
        "why has my chocolate gone white, is it safe",
        (
            "The white film is bloom, Gus: cocoa butter or sugar come to the surface "
            "after the bar got warm or damp. It is perfectly safe, only duller; melt "
            "it and it is as good as new."
        ),
    ),
    (
        ("found an old easter egg, the chocolate has grey streaks on it, ok to eat?"),
        (
            "The white film is bloom, Gus: cocoa butter or sugar come to the surface "
            "after the bar got warm or damp. It is perfectly safe, only duller; melt "
            "it and it is as good as new."
        ),
    ),
    (
        "why did my chocolate seize when i melted it",
        (
            "A drop of water makes melting chocolate seize, Gus: the sugar clumps "
            "into a stiff paste. Melt it gently, bowl and spoon bone dry; if it "
            "seizes anyway, stir in a spoon of hot cream or water and use it as a "
            "sauce."
        ),
    ),
    (
        "melting choc for the cake pops and it went thick and grainy, help",
        (
            "A drop of water makes melting chocolate seize, Gus: the sugar clumps "
            "into a stiff paste. Melt it gently, bowl and spoon bone dry; if it "
            "seizes anyway, stir in a spoon of hot cream or water and use it as a "
            "sauce."
        ),
    ),
    (
        "why did my red cabbage turn blue",
        (
            "Red cabbage holds a natural pH indicator, Gus: red in acid, purple in "
            "neutral, blue and then green in alkali. A splash of vinegar keeps it red"
            " in the pot; hard, alkaline water turns it blue."
        ),
    ),
    (
        "kids science day: how does red cabbage change colour?",
        (
            "Red cabbage holds a natural pH indicator, Gus: red in acid, purple in "
            "neutral, blue and then green in alkali. A splash of vinegar keeps it red"
            " in the pot; hard, alkaline water turns it blue."
        ),
    ),
    (
        "my sourdough starter has grey liquid on top, is it dead",
        (
            "The grey liquid on top is hooch, Gus, alcohol from a hungry starter: "
            "pour it off or stir it in for more sour, then feed it. A smell of nail "
            "varnish means hunger too. Pink or orange streaks mean throw it out."
        ),
    ),
    (
        "why does my starter smell like nail varnish",
        (
            "The grey liquid on top is hooch, Gus, alcohol from a hungry starter: "
            "pour it off or stir it in for more sour, then feed it. A smell of nail "
            "varnish means hunger too. Pink or orange streaks mean throw it out."
        ),
    ),
    (
        "how do i get the garlic smell off my hands",
        (
            "Lemon juice or vinegar rubbed in before soap, Gus: fishy smells are "
            "alkaline and the acid fixes them. For garlic, rubbing your fingers on a "
            "steel spoon under the tap helps many, though nobody is sure why."
        ),
    ),
    (
        "my fingers stink of fish after gutting mackerel, tips?",
        (
            "Lemon juice or vinegar rubbed in before soap, Gus: fishy smells are "
            "alkaline and the acid fixes them. For garlic, rubbing your fingers on a "
            "steel spoon under the tap helps many, though nobody is sure why."
        ),
    ),
]

CLEANING = [
    (
        "does vinegar and bicarb actually clean anything or is it just fizz",
        (
            "Mixed, vinegar and bicarbonate cancel out, Gus: the fizz is carbon "
            "dioxide leaving, and what stays is mostly salty water. Use them apart: "
            "vinegar for limescale and glass, bicarbonate as a gentle scouring paste."
        ),
    ),
    (
        "tiktok says baking soda and vinegar cleans everything, true?",
        (
            "Mixed, vinegar and bicarbonate cancel out, Gus: the fizz is carbon "
            "dioxide leaving, and what stays is mostly salty water. Use them apart: "
            "vinegar for limescale and glass, bicarbonate as a gentle scouring paste."
        ),
    ),
    (
        "what are the white bits floating in my kettle",
        (
            "White flakes in a kettle are limescale, Gus, chalk from hard water: "
            "harmless, only ugly. Boil half water, half vinegar in it, or water with "
            "a spoon of citric acid, leave an hour, then rinse and boil fresh water "
            "twice."
        ),
    ),
    (
        "office kettle is all furry and chalky inside, safe?",
        (
            "White flakes in a kettle are limescale, Gus, chalk from hard water: "
            "harmless, only ugly. Boil half water, half vinegar in it, or water with "
            "a spoon of citric acid, leave an hour, then rinse and boil fresh water "
            "twice."
        ),
    ),
    (
        "how do i get grass stains out of white football kit",
        (
            "Grass stains are plant dye and protein, Gus: cold water first, then rub "
            "in washing-up liquid or a biological detergent, whose enzymes eat the "
            "protein, leave it half an hour and wash warm. No hot water till it has "
            "gone."
        ),
    ),
    (
        "kids knees are green with grass stains again, tips?",
        (
            "Grass stains are plant dye and protein, Gus: cold water first, then rub "
            "in washing-up liquid or a biological detergent, whose enzymes eat the "
            "protein, leave it half an hour and wash warm. No hot water till it has "
            "gone."
        ),
    ),
    (
        "how do you get blood out of sheets",
        (
            "Cold water only on blood, Gus: heat cooks its protein into the cloth. "
            "Rinse from the back, then rub in salt or washing-up liquid; on white "
            "cotton, hydrogen peroxide fizzes an old stain away. No dryer till it has"
            " gone."
        ),
    ),
    (
        "period blood on my new jeans, cold or hot water??",
        (
            "Cold water only on blood, Gus: heat cooks its protein into the cloth. "
            "Rinse from the back, then rub in salt or washing-up liquid; on white "
            "cotton, hydrogen peroxide fizzes an old stain away. No dryer till it has"
            " gone."
        ),
    ),
    (
        "how do i get rust stains out of a white shirt",
        (
            "Rust stains want an acid, Gus: lemon juice and salt on cloth, left in "
            "the sun an hour, or a paste of citric acid on a sink or bath. Never "
            "chlorine bleach, which can set rust for good."
        ),
    ),
    (
        "orange rust marks in the bath from a can of shaving foam, how to shift?",
        (
            "Rust stains want an acid, Gus: lemon juice and salt on cloth, left in "
            "the sun an hour, or a paste of citric acid on a sink or bath. Never "
            "chlorine bleach, which can set rust for good."
        ),
    ),
    (
        "how to get oil stains out of a t shirt",
        (
            "Washing-up liquid is made to lift grease, Gus: rub a drop into the dry "
            "stain, leave it ten minutes, then wash as hot as the label allows. On "
            "delicate cloth, chalk or talc sprinkled on first drinks up the oil."
        ),
    ),
    (
        "got a grease mark on my good shirt from the chip van, fixable?",
        (
            "Washing-up liquid is made to lift grease, Gus: rub a drop into the dry "
            "stain, leave it ten minutes, then wash as hot as the label allows. On "
            "delicate cloth, chalk or talc sprinkled on first drinks up the oil."
        ),
    ),
    (
        "why do my white shirts get yellow armpit stains",
        (
            "Yellow underarm stains are sweat and the aluminium of antiperspirant "
            "bound into the cloth, Gus. Soak in a paste of bicarbonate, or an oxygen "
            "stain remover, before washing; chlorine bleach makes them worse."
        ),
    ),
    (
        "how do u get sweat stains out, all my work tops are ruined",
        (
            "Yellow underarm stains are sweat and the aluminium of antiperspirant "
            "bound into the cloth, Gus. Soak in a paste of bicarbonate, or an oxygen "
            "stain remover, before washing; chlorine bleach makes them worse."
        ),
    ),
    (
        "a pen leaked in my shirt pocket, how do i get the ink out",
        (
            "Ballpoint ink dissolves in alcohol, Gus: dab it with hand sanitiser or "
            "surgical spirit on a cotton pad, from the outside in, blotting as it "
            "lifts, then wash. Test first on a hidden bit."
        ),
    ),
    (
        "kid drew on the sofa with biro, any way to remove it?",
        (
            "Ballpoint ink dissolves in alcohol, Gus: dab it with hand sanitiser or "
            "surgical spirit on a cotton pad, from the outside in, blotting as it "
            "lifts, then wash. Test first on a hidden bit."
        ),
    ),
    (
        "how do i get candle wax out of the carpet",
        (
            "Let the wax set hard, Gus, and pick off what you can; then lay brown "
            "paper or kitchen paper over it and press with a warm iron: the wax melts"
            " into the paper. Move to a clean patch until no more comes."
        ),
    ),
    (
        ("wax dripped all over the tablecloth at the carol service, how to remove it?"),
        (
            "Let the wax set hard, Gus, and pick off what you can; then lay brown "
            "paper or kitchen paper over it and press with a warm iron: the wax melts"
            " into the paper. Move to a clean patch until no more comes."
        ),
    ),
    (
        "how do i get turmeric stains out",
        (
            "Tomato and turmeric colours dissolve in fat and sink into cloth and "
            "plastic, Gus, but sunlight breaks them down: wash it and leave it a day "
            "in bright sun and the stain mostly goes. A wipe of oil on a tub first "
            "keeps it off."
        ),
    ),
    (
        "all my tupperware is stained orange from bolognese, fixable?",
        (
            "Tomato and turmeric colours dissolve in fat and sink into cloth and "
            "plastic, Gus, but sunlight breaks them down: wash it and leave it a day "
            "in bright sun and the stain mostly goes. A wipe of oil on a tub first "
            "keeps it off."
        ),
    ),
    (
        "why does my stainless steel pan have rainbow stains",
        (
            "A rainbow sheen on steel is a very thin film of oxide left by heat, Gus,"
            " harmless and only cosmetic. A splash of white vinegar wiped round and "
            "rinsed clears it."
        ),
    ),
    (
        "pans have gone blue and discoloured on the bottom, safe?",
        (
            "A rainbow sheen on steel is a very thin film of oxide left by heat, Gus,"
            " harmless and only cosmetic. A splash of white vinegar wiped round and "
            "rinsed clears it."
        ),
    ),
    (
        "what gets rid of soap scum on the shower screen",
        (
            "Soap scum is soap meeting the calcium in hard water, Gus, a waxy, chalky"
            " film: vinegar or a citric acid spray dissolves it, and a squeegee after"
            " every shower keeps it from coming back."
        ),
    ),
    (
        "why does the bath always have a scummy ring? hard water?",
        (
            "Soap scum is soap meeting the calcium in hard water, Gus, a waxy, chalky"
            " film: vinegar or a citric acid spray dissolves it, and a squeegee after"
            " every shower keeps it from coming back."
        ),
    ),
    (
        "how do i get rid of the brown ring in the toilet",
        (
            "A ring in the toilet bowl is limescale stained by what passes, Gus: soak"
            " it overnight with a limescale gel or citric acid, then scrub. And never"
            " put bleach in on top of an acid cleaner."
        ),
    ),
    (
        "limescale stains in the loo wont shift, tips?",
        (
            "A ring in the toilet bowl is limescale stained by what passes, Gus: soak"
            " it overnight with a limescale gel or citric acid, then scrub. And never"
            " put bleach in on top of an acid cleaner."
        ),
    ),
    (
        "does vinegar actually kill germs",
        (
            "Vinegar kills some germs but is a weak disinfectant, Gus; it is a fine "
            "cleaner for limescale and glass. After raw meat or sickness, clean with "
            "hot soapy water, then a proper disinfectant or diluted bleach."
        ),
    ),
    (
        "is vinegar enough to disinfect the kitchen after raw chicken?",
        (
            "Vinegar kills some germs but is a weak disinfectant, Gus; it is a fine "
            "cleaner for limescale and glass. After raw meat or sickness, clean with "
            "hot soapy water, then a proper disinfectant or diluted bleach."
        ),
    ),
    (
        "why do my glasses come out of the dishwasher cloudy",
        (
            "Cloudy glasses from the dishwasher are one of two things, Gus: "
            "limescale, which vinegar wipes off, or etching from too much detergent "
            "in soft water, which is for good. Test one with vinegar; top up the salt"
            " and rinse aid."
        ),
    ),
    (
        "dishwasher leaves a white film on everything, help",
        (
            "Cloudy glasses from the dishwasher are one of two things, Gus: "
            "limescale, which vinegar wipes off, or etching from too much detergent "
            "in soft water, which is for good. Test one with vinegar; top up the salt"
            " and rinse aid."
        ),
    ),
    (
        "how do i get the sticky label residue off jam jars",
        (
            "Oil dissolves sticker glue, Gus: rub on cooking oil, leave ten minutes, "
            "scrape off, then wash with washing-up liquid; a hairdryer softens it "
            "first. On glass, a little nail varnish remover works too."
        ),
    ),
    (
        "price sticker glue wont come off the present, ideas?",
        (
            "Oil dissolves sticker glue, Gus: rub on cooking oil, leave ten minutes, "
            "scrape off, then wash with washing-up liquid; a hairdryer softens it "
            "first. On glass, a little nail varnish remover works too."
        ),
    ),
    (
        "how do i get white water rings off a wooden table",
        (
            "White rings are moisture trapped in the finish, Gus, not the wood: warm "
            "them gently with a hairdryer, or an iron on low over a dry tea towel, a "
            "few seconds at a time, and they fade. Dark rings have reached the wood."
        ),
    ),
    (
        "someone put a hot mug on mums oak table and left a white mark, help",
        (
            "White rings are moisture trapped in the finish, Gus, not the wood: warm "
            "them gently with a hairdryer, or an iron on low over a dry tea towel, a "
            "few seconds at a time, and they fade. Dark rings have reached the wood."
        ),
    ),
]

LAUNDRY = [
    (
        "why did my wool jumper shrink in the wash",
        (
            "Wool fibres are covered in tiny scales, Gus: heat, soap and tumbling "
            "make them slide one way and lock, so the jumper felts and shrinks for "
            "good. Wash wool cool on the wool cycle, little spin, and dry it flat."
        ),
    ),
    (
        "my cashmere sweater came out tiny and felted, why does that happen",
        (
            "Wool fibres are covered in tiny scales, Gus: heat, soap and tumbling "
            "make them slide one way and lock, so the jumper felts and shrinks for "
            "good. Wash wool cool on the wool cycle, little spin, and dry it flat."
        ),
    ),
    (
        "is there any way to unshrink a jumper",
        (
            "Sometimes, a little, Gus: soak it half an hour in lukewarm water with a "
            "good squeeze of hair conditioner, which lets the fibres slip, then "
            "gently stretch it to size and dry it flat. Felted hard, it will not come"
            " back."
        ),
    ),
    (
        ("shrunk my fav sweater in the dryer, can i fix it?? heard conditioner works"),
        (
            "Sometimes, a little, Gus: soak it half an hour in lukewarm water with a "
            "good squeeze of hair conditioner, which lets the fibres slip, then "
            "gently stretch it to size and dry it flat. Felted hard, it will not come"
            " back."
        ),
    ),
    (
        "a red sock got in with my whites and everything is pink, help",
        (
            "New dark and red cloth sheds loose dye in its first washes, Gus, more "
            "when hot. Wash new things alone or cool, with a colour-catcher sheet. If"
            " whites went pink, rewash at once, before drying, with an oxygen bleach "
            "soak."
        ),
    ),
    (
        "why do colours run in the wash, new jeans dyed my towels",
        (
            "New dark and red cloth sheds loose dye in its first washes, Gus, more "
            "when hot. Wash new things alone or cool, with a colour-catcher sheet. If"
            " whites went pink, rewash at once, before drying, with an oxygen bleach "
            "soak."
        ),
    ),
    (
        "is 30 or 40 degrees better for washing clothes",
        (
            "Thirty does for most clothes with a modern detergent, Gus, and is kinder"
            " to colours and the bill. Use forty for sweaty kit and underwear, and "
            "sixty for towels, bedding, dishcloths and anything from someone ill."
        ),
    ),
    (
        "what temp should i wash towels and bedding at?",
        (
            "Thirty does for most clothes with a modern detergent, Gus, and is kinder"
            " to colours and the bill. Use forty for sweaty kit and underwear, and "
            "sixty for towels, bedding, dishcloths and anything from someone ill."
        ),
    ),
    (
        "can i tumble dry my gym leggings",
        (
            "Heat is the enemy, Gus: synthetics pucker and go shiny, elastic in "
            "leggings and bras perishes, and cotton and wool shrink in a hot dryer. "
            "Use the low setting or hang them; synthetics dry fast anyway."
        ),
    ),
    (
        "does the tumble dryer shrink jeans or is that a myth",
        (
            "Heat is the enemy, Gus: synthetics pucker and go shiny, elastic in "
            "leggings and bras perishes, and cotton and wool shrink in a hot dryer. "
            "Use the low setting or hang them; synthetics dry fast anyway."
        ),
    ),
    (
        "why do my whites always go grey",
        (
            "Whites go grey as dye and dirt from other clothes settle back on them, "
            "Gus, and from too little detergent or too cool a wash. Wash whites "
            "apart, hotter, with a powder that has bleach in it; an oxygen bleach "
            "soak revives them."
        ),
    ),
    (
        "school shirts are all dingy and yellow, how do i get them white again",
        (
            "Whites go grey as dye and dirt from other clothes settle back on them, "
            "Gus, and from too little detergent or too cool a wash. Wash whites "
            "apart, hotter, with a powder that has bleach in it; an oxygen bleach "
            "soak revives them."
        ),
    ),
    (
        "why are my towels so crunchy",
        (
            "Softener coats fibres in a waxy film, Gus, so towels feel soft but drink"
            " up less water. Skip it, use less detergent, and shake them out before "
            "drying; crunchy towels are usually soap left in them or hard water."
        ),
    ),
    (
        "does fabric softener make towels less absorbent?",
        (
            "Softener coats fibres in a waxy film, Gus, so towels feel soft but drink"
            " up less water. Skip it, use less detergent, and shake them out before "
            "drying; crunchy towels are usually soap left in them or hard water."
        ),
    ),
    (
        "how do i stop black jeans fading",
        (
            "Black fades as dye rubs out and the fibres fray, Gus: turn it inside "
            "out, wash it cool on a short cycle with a detergent for darks, and dry "
            "it out of the sun."
        ),
    ),
    (
        "why do my black tops fade so fast in the wash",
        (
            "Black fades as dye rubs out and the fibres fray, Gus: turn it inside "
            "out, wash it cool on a short cycle with a detergent for darks, and dry "
            "it out of the sun."
        ),
    ),
    (
        "why does my new jumper have bobbles already",
        (
            "Bobbles are short loose fibres rubbed out and knotted, Gus, worst in "
            "blends where strong synthetic threads hold them on. Wash inside out on a"
            " gentle cycle, and shave them off with a fabric shaver or a disposable "
            "razor."
        ),
    ),
    (
        "how do i stop leggings pilling",
        (
            "Bobbles are short loose fibres rubbed out and knotted, Gus, worst in "
            "blends where strong synthetic threads hold them on. Wash inside out on a"
            " gentle cycle, and shave them off with a fabric shaver or a disposable "
            "razor."
        ),
    ),
    (
        "why do my gym clothes still smell after washing",
        (
            "Polyester holds on to body oils and the bacteria that live in them, Gus,"
            " so kit smells even after a wash. Soak it half an hour in a cup of white"
            " vinegar in cold water, wash at forty, skip softener and dry it fast."
        ),
    ),
    (
        "the netball kit stinks even washed, any tips?",
        (
            "Polyester holds on to body oils and the bacteria that live in them, Gus,"
            " so kit smells even after a wash. Soak it half an hour in a cup of white"
            " vinegar in cold water, wash at forty, skip softener and dry it fast."
        ),
    ),
    (
        "whats the difference between bio and non bio",
        (
            "Biological detergent has enzymes that digest protein, fat and starch "
            "stains, Gus, so it cleans better at thirty; non-bio has none. A careful "
            "study found bio no harsher on skin, eczema included."
        ),
    ),
    (
        "is non bio better for baby eczema or a myth?",
        (
            "Biological detergent has enzymes that digest protein, fat and starch "
            "stains, Gus, so it cleans better at thirty; non-bio has none. A careful "
            "study found bio no harsher on skin, eczema included."
        ),
    ),
]

SUN = [
    (
        "is spf 50 actually better than 30?",
        (
            "SPF 30 stops about 97% of the burning UVB, SPF 50 about 98%, Gus: the "
            "gap is small. What matters more is enough of it, a shot glass for the "
            "body, put on again every two hours and after swimming."
        ),
    ),
    (
        "what does the number on suncream mean, factor 30 vs 50 for the holiday",
        (
            "SPF 30 stops about 97% of the burning UVB, SPF 50 about 98%, Gus: the "
            "gap is small. What matters more is enough of it, a shot glass for the "
            "body, put on again every two hours and after swimming."
        ),
    ),
    (
        "whats the difference between uva and uvb",
        (
            "UVB burns and UVA ages, Gus: UVB reddens the skin; UVA goes deeper, "
            "wrinkles it, passes through glass and cloud, and both feed skin cancer. "
            "The SPF counts UVB only, so look for a high UVA star rating or the UVA "
            "in a circle."
        ),
    ),
    (
        "does the spf cover uva or just uvb? the stars on the bottle confuse me",
        (
            "UVB burns and UVA ages, Gus: UVB reddens the skin; UVA goes deeper, "
            "wrinkles it, passes through glass and cloud, and both feed skin cancer. "
            "The SPF counts UVB only, so look for a high UVA star rating or the UVA "
            "in a circle."
        ),
    ),
    (
        "is last years suncream still ok to use",
        (
            "Most sun cream keeps about a year once opened, Gus: the little open jar "
            "on the bottle says so, 12M. Older, or cooked in a hot car, it weakens. "
            "If it has separated, gone runny or smells odd, buy new."
        ),
    ),
    (
        "does sunscreen expire? found a bottle from 2022 in the beach bag",
        (
            "Most sun cream keeps about a year once opened, Gus: the little open jar "
            "on the bottle says so, 12M. Older, or cooked in a hot car, it weakens. "
            "If it has separated, gone runny or smells odd, buy new."
        ),
    ),
    (
        "whats best for sunburn, i look like a lobster",
        (
            "Cool it, Gus: a cool shower, then plain moisturiser or aloe after-sun, "
            "water to drink, ibuprofen for the pain; keep out of the sun till it "
            "heals. After-sun soothes but repairs nothing. Blisters, fever or chills "
            "want a doctor."
        ),
    ),
    (
        "got badly sunburnt at the match, does aftersun actually help?",
        (
            "Cool it, Gus: a cool shower, then plain moisturiser or aloe after-sun, "
            "water to drink, ibuprofen for the pain; keep out of the sun till it "
            "heals. After-sun soothes but repairs nothing. Blisters, fever or chills "
            "want a doctor."
        ),
    ),
    (
        "can you get sunburnt when its cloudy",
        (
            "Yes, Gus: thin cloud lets most of the ultraviolet through, up to "
            "four-fifths of it, and you feel no heat to warn you. Go by the UV index,"
            " not the sky; at 3 or more, cream up."
        ),
    ),
    (
        ("do we need suncream today? its overcast but we're outside all day for the fete"),
        (
            "Yes, Gus: thin cloud lets most of the ultraviolet through, up to "
            "four-fifths of it, and you feel no heat to warn you. Go by the UV index,"
            " not the sky; at 3 or more, cream up."
        ),
    ),
    (
        "does getting a base tan before holiday stop you burning",
        (
            "A tan is the skin's own damage report, Gus: it gives the protection of "
            "about SPF 3 or 4, and sunbeds are mostly UVA, which ages skin and feeds "
            "cancer. A base tan before a holiday protects almost nothing."
        ),
    ),
    (
        "is a sunbed tan healthier than burning on the beach?",
        (
            "A tan is the skin's own damage report, Gus: it gives the protection of "
            "about SPF 3 or 4, and sunbeds are mostly UVA, which ages skin and feeds "
            "cancer. A base tan before a holiday protects almost nothing."
        ),
    ),
    (
        "do you need suncream skiing in february",
        (
            "Snow throws up to four-fifths of the ultraviolet back at you, Gus, and "
            "it grows about a tenth stronger with every thousand metres climbed. "
            "Cream your face, under your chin and your ears, and wear good goggles."
        ),
    ),
    (
        "why do people get so sunburnt on the slopes",
        (
            "Snow throws up to four-fifths of the ultraviolet back at you, Gus, and "
            "it grows about a tenth stronger with every thousand metres climbed. "
            "Cream your face, under your chin and your ears, and wear good goggles."
        ),
    ),
    (
        "is the spf in my foundation enough",
        (
            "Rarely, Gus: the SPF on a jar assumes a thick layer, far more foundation"
            " or moisturiser than anyone wears. On sunny days, put a proper sunscreen"
            " on underneath."
        ),
    ),
    (
        "my moisturiser has spf 15, do i still need sunscreen on top?",
        (
            "Rarely, Gus: the SPF on a jar assumes a thick layer, far more foundation"
            " or moisturiser than anyone wears. On sunny days, put a proper sunscreen"
            " on underneath."
        ),
    ),
    (
        "mineral or chemical sunscreen, which is better?",
        (
            "Both kinds work, Gus: zinc oxide and titanium dioxide, the mineral ones,"
            " sit on the skin and block the light; the others absorb it and give it "
            "off as a little heat. Mineral suits sensitive skin but can leave a white"
            " cast."
        ),
    ),
    (
        "is zinc sunscreen safer for kids than the normal kind",
        (
            "Both kinds work, Gus: zinc oxide and titanium dioxide, the mineral ones,"
            " sit on the skin and block the light; the others absorb it and give it "
            "off as a little heat. Mineral suits sensitive skin but can leave a white"
            " cast."
        ),
    ),
    (
        "why does fake tan smell like biscuits",
        (
            "Fake tan browns the dead top layer of skin by the same reaction that "
            "browns toast, Gus: its DHA meets the skin's amino acids. That is the "
            "biscuity smell too; it wears off as the skin flakes away in about a "
            "week."
        ),
    ),
    (
        "how does fake tan actually work? prom is saturday",
        (
            "Fake tan browns the dead top layer of skin by the same reaction that "
            "browns toast, Gus: its DHA meets the skin's amino acids. That is the "
            "biscuity smell too; it wears off as the skin flakes away in about a "
            "week."
        ),
    ),
    (
        "why does my daughters blonde hair go green from the swimming pool",
        (
            "Green hair after swimming is copper, Gus, not chlorine: copper from "
            "pipes and pool chemicals clings to fair hair roughened by chlorine. Wet "
            "it with tap water before you swim, rinse after; a clarifying shampoo "
            "lifts the tint."
        ),
    ),
    (
        "hair went green after swim club, is it the chlorine?",
        (
            "Green hair after swimming is copper, Gus, not chlorine: copper from "
            "pipes and pool chemicals clings to fair hair roughened by chlorine. Wet "
            "it with tap water before you swim, rinse after; a clarifying shampoo "
            "lifts the tint."
        ),
    ),
    (
        "why does the swimming pool smell so strong of chlorine",
        (
            "That strong pool smell is not clean chlorine, Gus, but chloramines, made"
            " when it meets sweat and wee; they sting the eyes too. A well-kept pool "
            "smells of very little. Shower before you swim."
        ),
    ),
    (
        "why do my eyes sting at the leisure centre pool",
        (
            "That strong pool smell is not clean chlorine, Gus, but chloramines, made"
            " when it meets sweat and wee; they sting the eyes too. A well-kept pool "
            "smells of very little. Shower before you swim."
        ),
    ),
]

DRINKS = [
    (
        "are electrolyte tablets worth it for a 10k or is water fine",
        (
            "For an hour's run, water does, Gus; a long sweaty day, a marathon or a "
            "stomach bug wants the salts back too. They are sodium, potassium and a "
            "little sugar; a salty snack with water does much the same."
        ),
    ),
    (
        "do i need lucozade on long rides or just water?",
        (
            "For an hour's run, water does, Gus; a long sweaty day, a marathon or a "
            "stomach bug wants the salts back too. They are sodium, potassium and a "
            "little sugar; a salty snack with water does much the same."
        ),
    ),
    (
        "my thighs cramp at mile 20 every time, should i be eating bananas?",
        (
            "Cramp in exercise is mostly a tired muscle misfiring, Gus, not a lack of"
            " salt or potassium; a banana will not stop it. Stretch it gently, ease "
            "the pace, and train for the distance. Salt matters on long, hot, sweaty "
            "days."
        ),
    ),
    (
        "does salt help with cramp? calves went twice at football",
        (
            "Cramp in exercise is mostly a tired muscle misfiring, Gus, not a lack of"
            " salt or potassium; a banana will not stop it. Stretch it gently, ease "
            "the pace, and train for the distance. Salt matters on long, hot, sweaty "
            "days."
        ),
    ),
    (
        "how long does caffeine stay in your system",
        (
            "Caffeine's half-life is about five hours, Gus: half the caffeine of a "
            "coffee at three is still in you at eight, a quarter at one in the "
            "morning. You may sleep, but lighter. Have the last cup by early "
            "afternoon."
        ),
    ),
    (
        "will a latte at 4 keep me awake tonight?",
        (
            "Caffeine's half-life is about five hours, Gus: half the caffeine of a "
            "coffee at three is still in you at eight, a quarter at one in the "
            "morning. You may sleep, but lighter. Have the last cup by early "
            "afternoon."
        ),
    ),
    (
        "how many coffees a day is too much",
        (
            "Up to about 400 mg of caffeine a day is fine for most adults, Gus, some "
            "four mugs of instant coffee or three of brewed; 200 in pregnancy. One "
            "big can of energy drink can hold 160."
        ),
    ),
    (
        "is 5 espressos a day safe? asking for the whole office",
        (
            "Up to about 400 mg of caffeine a day is fine for most adults, Gus, some "
            "four mugs of instant coffee or three of brewed; 200 in pregnancy. One "
            "big can of energy drink can hold 160."
        ),
    ),
    (
        "does tea have more caffeine than coffee",
        (
            "Cup for cup, coffee has about twice the caffeine of tea, Gus: a mug of "
            "tea some 75 mg, instant coffee about 100, brewed 140. Leaf for leaf tea "
            "has more, but far less of it goes into the cup."
        ),
    ),
    (
        "how much caffeine in a cup of tea?",
        (
            "Cup for cup, coffee has about twice the caffeine of tea, Gus: a mug of "
            "tea some 75 mg, instant coffee about 100, brewed 140. Leaf for leaf tea "
            "has more, but far less of it goes into the cup."
        ),
    ),
    (
        "does decaf have any caffeine in it",
        (
            "Decaf keeps a little caffeine, Gus, two to fifteen milligrams a cup "
            "against about a hundred. The green beans are washed with water, carbon "
            "dioxide or a solvent, removed before roasting."
        ),
    ),
    (
        "how do they make decaf, is it full of chemicals?",
        (
            "Decaf keeps a little caffeine, Gus, two to fifteen milligrams a cup "
            "against about a hundred. The green beans are washed with water, carbon "
            "dioxide or a solvent, removed before roasting."
        ),
    ),
    (
        "does drinking water actually stop a hangover",
        (
            "Water helps, Gus, but cures nothing: alcohol does make you lose water, "
            "yet the misery is more the alcohol itself, its breakdown products and "
            "poor sleep. Eat first, water between drinks, and go easy on dark "
            "spirits."
        ),
    ),
    (
        "best hangover cure after the wedding? asking for everyone",
        (
            "Water helps, Gus, but cures nothing: alcohol does make you lose water, "
            "yet the misery is more the alcohol itself, its breakdown products and "
            "poor sleep. Eat first, water between drinks, and go easy on dark "
            "spirits."
        ),
    ),
    (
        "how many units in a pint",
        (
            "A unit is 10 ml of pure alcohol, Gus: strength in % times millilitres, "
            "over 1,000. A pint of 4% beer is 2.3, a large glass of 13% wine 3.3, a "
            "bottle of wine nearly 10. UK advice: no more than 14 a week, spread out."
        ),
    ),
    (
        "how do you work out alcohol units? a bottle of wine is how many",
        (
            "A unit is 10 ml of pure alcohol, Gus: strength in % times millilitres, "
            "over 1,000. A pint of 4% beer is 2.3, a large glass of 13% wine 3.3, a "
            "bottle of wine nearly 10. UK advice: no more than 14 a week, spread out."
        ),
    ),
    (
        "does coffee sober you up",
        (
            "Only time sobers you, Gus: the liver clears roughly one unit an hour, "
            "and coffee or a cold shower only makes a wide-awake drunk. After a big "
            "night you may still be over the limit to drive next morning."
        ),
    ),
    (
        ("how long does alcohol take to leave your system? driving home after the reception"),
        (
            "Only time sobers you, Gus: the liver clears roughly one unit an hour, "
            "and coffee or a cold shower only makes a wide-awake drunk. After a big "
            "night you may still be over the limit to drive next morning."
        ),
    ),
    (
        "how much water should you drink a day really",
        (
            "There is no magic eight glasses, Gus: food and other drinks, tea and "
            "coffee too, all count. Drink when thirsty, more in heat and exercise; "
            "wee the colour of pale straw means you have enough."
        ),
    ),
    (
        "is 8 glasses of water a day actually a thing",
        (
            "There is no magic eight glasses, Gus: food and other drinks, tea and "
            "coffee too, all count. Drink when thirsty, more in heat and exercise; "
            "wee the colour of pale straw means you have enough."
        ),
    ),
    (
        "does coffee dehydrate you",
        (
            "Hardly, Gus: the water in a cup of tea or coffee far outweighs the "
            "little extra it makes you pass, so it counts towards your fluids for the"
            " day, at least if you drink it regularly."
        ),
    ),
    (
        "does tea count as water or is it a diuretic",
        (
            "Hardly, Gus: the water in a cup of tea or coffee far outweighs the "
            "little extra it makes you pass, so it counts towards your fluids for the"
            " day, at least if you drink it regularly."
        ),
    ),
    (
        "is sparkling water bad for your teeth",
        (
            "Plain sparkling water is only mildly acidic, from carbonic acid, Gus, "
            "far gentler on teeth than juice or cola, and it hydrates as well as "
            "still. The flavoured ones with citric acid are harsher."
        ),
    ),
    (
        "does fizzy water hydrate you the same as normal water?",
        (
            "Plain sparkling water is only mildly acidic, from carbonic acid, Gus, "
            "far gentler on teeth than juice or cola, and it hydrates as well as "
            "still. The flavoured ones with citric acid are harsher."
        ),
    ),
    (
        "is beer before wine actually a thing or a myth",
        (
            "The order makes no difference, Gus: a careful study gave volunteers beer"
            " then wine, and wine then beer, and the hangovers were the same. What "
            "counts is how much, how fast, and on what stomach."
        ),
    ),
    (
        "grape or grain but never the twain, true??",
        (
            "The order makes no difference, Gus: a careful study gave volunteers beer"
            " then wine, and wine then beer, and the hangovers were the same. What "
            "counts is how much, how fast, and on what stomach."
        ),
    ),
    (
        "why does red wine give me a headache",
        (
            "Sulphites are seldom the culprit, Gus: dried apricots hold far more. Red"
            " wine headaches more likely come from the alcohol itself and other "
            "compounds in red grapes; water with each glass, and fewer glasses, help "
            "most."
        ),
    ),
    (
        "is it the sulphites in wine that cause headaches?",
        (
            "Sulphites are seldom the culprit, Gus: dried apricots hold far more. Red"
            " wine headaches more likely come from the alcohol itself and other "
            "compounds in red grapes; water with each glass, and fewer glasses, help "
            "most."
        ),
    ),
]

MATERIALS = [
    (
        "is it safe to microwave food in plastic tupperware",
        (
            "Use only plastics marked microwave-safe, Gus, and not old, cracked or "
            "scratched ones; hot, fatty food draws out more of a plastic's additives."
            " A glass dish or a plate on top is safest, and keep cling film off the "
            "food."
        ),
    ),
    (
        "can you microwave takeaway tubs or do they leak chemicals?",
        (
            "Use only plastics marked microwave-safe, Gus, and not old, cracked or "
            "scratched ones; hot, fatty food draws out more of a plastic's additives."
            " A glass dish or a plate on top is safest, and keep cling film off the "
            "food."
        ),
    ),
    (
        "why does metal spark in the microwave",
        (
            "Smooth metal mostly reflects microwaves, Gus, but points and edges, a "
            "fork, crumpled foil, a gold rim, gather charge till it sparks; thin foil"
            " may catch fire. A spoon left in a mug usually does no harm; still, take"
            " it out."
        ),
    ),
    (
        "is it ok to microwave with a spoon in the mug",
        (
            "Smooth metal mostly reflects microwaves, Gus, but points and edges, a "
            "fork, crumpled foil, a gold rim, gather charge till it sparks; thin foil"
            " may catch fire. A spoon left in a mug usually does no harm; still, take"
            " it out."
        ),
    ),
    (
        "which way up does tin foil go, shiny side or dull side",
        (
            "It makes almost no difference, Gus: the dull side is only where two "
            "sheets were rolled together in the mill. The shiny side reflects a touch"
            " more heat, far too little to matter in cooking."
        ),
    ),
    (
        "does the shiny side of foil matter when roasting?",
        (
            "It makes almost no difference, Gus: the dull side is only where two "
            "sheets were rolled together in the mill. The shiny side reflects a touch"
            " more heat, far too little to matter in cooking."
        ),
    ),
    (
        "why does metal feel colder than wood if theyre the same temperature",
        (
            "It is no colder, Gus: the metal and the wood beside it are at the same "
            "temperature. Metal only carries heat out of your warm hand much faster, "
            "and your skin feels the heat leaving, not the temperature."
        ),
    ),
    (
        "why do the bathroom tiles feel so cold but the mat doesnt",
        (
            "It is no colder, Gus: the metal and the wood beside it are at the same "
            "temperature. Metal only carries heat out of your warm hand much faster, "
            "and your skin feels the heat leaving, not the temperature."
        ),
    ),
    (
        "superglued my fingers together, how do i get it off",
        (
            "Soak the fingers in warm soapy water and gently roll or peel them apart,"
            " Gus, never pull; acetone nail varnish remover dissolves it, though not "
            "near eyes or cuts. It comes away with the skin in a day or two anyway."
        ),
    ),
    (
        "got glue stuck all over my hand fixing the nativity props, help",
        (
            "Soak the fingers in warm soapy water and gently roll or peel them apart,"
            " Gus, never pull; acetone nail varnish remover dissolves it, though not "
            "near eyes or cuts. It comes away with the skin in a day or two anyway."
        ),
    ),
    (
        "how does superglue work",
        (
            "Superglue is a liquid that sets the instant it meets a trace of water, "
            "Gus, the damp on any surface or in the air, joining into long chains. "
            "Sealed in the tube it stays runny; it grips skin so eagerly for the same"
            " reason."
        ),
    ),
    (
        "why doesnt superglue stick inside the tube",
        (
            "Superglue is a liquid that sets the instant it meets a trace of water, "
            "Gus, the damp on any surface or in the air, joining into long chains. "
            "Sealed in the tube it stays runny; it grips skin so eagerly for the same"
            " reason."
        ),
    ),
    (
        "what's the white crusty stuff on old batteries",
        (
            "The white crust on old AA batteries is potassium carbonate from their "
            "alkaline paste, Gus: wear gloves, dab it with vinegar or lemon juice to "
            "neutralise it, dry, and recycle the cells. Take batteries out of things "
            "you store."
        ),
    ),
    (
        "batteries leaked in the tv remote, is it acid? how do i clean it",
        (
            "The white crust on old AA batteries is potassium carbonate from their "
            "alkaline paste, Gus: wear gloves, dab it with vinegar or lemon juice to "
            "neutralise it, dry, and recycle the cells. Take batteries out of things "
            "you store."
        ),
    ),
    (
        "my old phone battery is swollen, is it dangerous",
        (
            "A swollen lithium battery is making gas inside, Gus, and can catch fire:"
            " stop using and charging it, do not pierce or squash it, keep it where "
            "it cannot set anything alight, and take it to a battery recycling point."
        ),
    ),
    (
        "laptop trackpad is bulging up, someone said the battery is swelling?",
        (
            "A swollen lithium battery is making gas inside, Gus, and can catch fire:"
            " stop using and charging it, do not pierce or squash it, keep it where "
            "it cannot set anything alight, and take it to a battery recycling point."
        ),
    ),
    (
        "how do i get rust off my garden tools",
        (
            "Light rust comes off with steel wool or a wire brush, Gus; soak small "
            "rusty tools in white vinegar overnight, or scrub with citric acid paste,"
            " then rinse, dry and oil them at once, or the rust is back in days."
        ),
    ),
    (
        "best way to remove rust from a bike chain?",
        (
            "Light rust comes off with steel wool or a wire brush, Gus; soak small "
            "rusty tools in white vinegar overnight, or scrub with citric acid paste,"
            " then rinse, dry and oil them at once, or the rust is back in days."
        ),
    ),
    (
        "why does copper go green",
        (
            "The green is verdigris, Gus: copper slowly joining with water, carbon "
            "dioxide and sulphur in the air into copper carbonates and sulphates. The"
            " Statue of Liberty was copper-brown once; the green now shields the "
            "metal beneath."
        ),
    ),
    (
        "why is the statue of liberty green",
        (
            "The green is verdigris, Gus: copper slowly joining with water, carbon "
            "dioxide and sulphur in the air into copper carbonates and sulphates. The"
            " Statue of Liberty was copper-brown once; the green now shields the "
            "metal beneath."
        ),
    ),
    (
        "why doesnt stainless steel rust",
        (
            "Stainless steel holds at least a tenth chromium, Gus, which forms an "
            "oxide film too thin to see that seals the metal and heals itself when "
            "scratched. Salt, bleach and steel wool can break it, and then it spots."
        ),
    ),
    (
        "my stainless steel sink has rust spots, how?",
        (
            "Stainless steel holds at least a tenth chromium, Gus, which forms an "
            "oxide film too thin to see that seals the metal and heals itself when "
            "scratched. Salt, bleach and steel wool can break it, and then it spots."
        ),
    ),
    (
        "how do hand warmers work",
        (
            "The throwaway kind is iron powder rusting fast in air, Gus, with salt "
            "and charcoal hurrying it; hence the heat. The gel kind with a metal disc"
            " is a salt, sodium acetate, crystallising when clicked; boil it to "
            "reset."
        ),
    ),
    (
        "the click hand warmers, how do you reuse them?",
        (
            "The throwaway kind is iron powder rusting fast in air, Gus, with salt "
            "and charcoal hurrying it; hence the heat. The gel kind with a metal disc"
            " is a salt, sodium acetate, crystallising when clicked; boil it to "
            "reset."
        ),
    ),
    (
        "how do glow sticks work",
        (
            "Snapping the glass vial mixes hydrogen peroxide with an ester and a dye,"
            " Gus, and the reaction's energy leaves as light. Cold slows it, so a "
            "stick in the freezer glows dimmer but lasts longer. The liquid stings; "
            "wash it off."
        ),
    ),
    (
        "does putting glow sticks in the freezer make them last longer",
        (
            "Snapping the glass vial mixes hydrogen peroxide with an ester and a dye,"
            " Gus, and the reaction's energy leaves as light. Cold slows it, so a "
            "stick in the freezer glows dimmer but lasts longer. The liquid stings; "
            "wash it off."
        ),
    ),
    (
        "how do fireworks get their colours",
        (
            "Each colour is a metal salt, Gus, its electrons kicked up by the heat "
            "and giving back light of their own colour: strontium red, sodium yellow,"
            " barium green, copper blue, the hardest to make bright."
        ),
    ),
    (
        "why are blue fireworks so rare? bonfire night q",
        (
            "Each colour is a metal salt, Gus, its electrons kicked up by the heat "
            "and giving back light of their own colour: strontium red, sodium yellow,"
            " barium green, copper blue, the hardest to make bright."
        ),
    ),
    (
        "my dog ate a silica gel packet, is it toxic",
        (
            "Plain silica gel is sand's own compound made full of pores that soak up "
            "damp, Gus; it is not poisonous, the warning is for choking. Keep the "
            "sachets in shoe boxes, camera bags or a box of tools."
        ),
    ),
    (
        "what are the little do not eat sachets for, can i reuse them?",
        (
            "Plain silica gel is sand's own compound made full of pores that soak up "
            "damp, Gus; it is not poisonous, the warning is for choking. Keep the "
            "sachets in shoe boxes, camera bags or a box of tools."
        ),
    ),
    (
        "dropped my phone in the toilet, should i put it in rice",
        (
            "Rice does little for a wet phone, Gus, and its dust gets into the ports;"
            " even the makers say not to. Switch it off, shake out the water, and "
            "leave it somewhere dry and airy, ports down, for a day or two."
        ),
    ),
    (
        "does rice actually work for a wet phone?",
        (
            "Rice does little for a wet phone, Gus, and its dust gets into the ports;"
            " even the makers say not to. Switch it off, shake out the water, and "
            "leave it somewhere dry and airy, ports down, for a day or two."
        ),
    ),
    (
        "is it bad to keep refilling a plastic water bottle",
        (
            "A plastic water bottle is safe to refill for a while, Gus, if you wash "
            "it in hot soapy water and let it dry; the real worry is bacteria, not "
            "the plastic. Keep it out of hot cars, and bin it when scratched or "
            "cloudy."
        ),
    ),
    (
        "do reused plastic bottles leak chemicals?",
        (
            "A plastic water bottle is safe to refill for a while, Gus, if you wash "
            "it in hot soapy water and let it dry; the real worry is bacteria, not "
            "the plastic. Keep it out of hot cars, and bin it when scratched or "
            "cloudy."
        ),
    ),
    (
        "are non stick pans full of forever chemicals",
        (
            "Pans sold now use PTFE made without PFOA, Gus, the worst of the forever "
            "chemicals; cooked normally, the coating is inert. Keep the heat below "
            "smoking, never heat it empty, and retire it when it flakes."
        ),
    ),
    (
        "is teflon safe or does it give you cancer?",
        (
            "Pans sold now use PTFE made without PFOA, Gus, the worst of the forever "
            "chemicals; cooked normally, the coating is inert. Keep the heat below "
            "smoking, never heat it empty, and retire it when it flakes."
        ),
    ),
]

RADIATION = [
    (
        "do phones give you brain cancer",
        (
            "Phone and wifi signals are radio waves, Gus, not the radiation of my "
            "radium: each packet is far too weak to break a molecule or a gene, and "
            "they barely warm. Brain tumours have not risen since phones came."
        ),
    ),
    (
        "is the radiation from airpods dangerous? my mum is convinced",
        (
            "Phone and wifi signals are radio waves, Gus, not the radiation of my "
            "radium: each packet is far too weak to break a molecule or a gene, and "
            "they barely warm. Brain tumours have not risen since phones came."
        ),
    ),
    (
        "are airport scanners safe, i fly every week for work",
        (
            "The body scanners at most airports use millimetre waves, Gus, a kind of "
            "radio, with no ionising radiation at all; the bag X-ray is shielded. The"
            " flight's cosmic rays give you far more than any security check."
        ),
    ),
    (
        "do the airport body scanners give off radiation?",
        (
            "The body scanners at most airports use millimetre waves, Gus, a kind of "
            "radio, with no ionising radiation at all; the bag X-ray is shielded. The"
            " flight's cosmic rays give you far more than any security check."
        ),
    ),
    (
        "how much radiation do you get on a flight",
        (
            "Up high there is less air to stop cosmic rays, Gus: a return flight to "
            "New York gives about ten days' worth of ordinary background radiation, a"
            " few chest X-rays. Aircrew get more, still well within what is safe."
        ),
    ),
    (
        "are pilots exposed to more radiation? my sister is cabin crew",
        (
            "Up high there is less air to stop cosmic rays, Gus: a return flight to "
            "New York gives about ten days' worth of ordinary background radiation, a"
            " few chest X-rays. Aircrew get more, still well within what is safe."
        ),
    ),
    (
        "how much radiation do we get naturally every year",
        (
            "Each of us in Britain takes about 2.7 millisieverts a year, Gus, half of"
            " it from radon, the rest from rocks, food, cosmic rays and medical "
            "scans. We are all a little radioactive ourselves."
        ),
    ),
    (
        "what is background radiation",
        (
            "Each of us in Britain takes about 2.7 millisieverts a year, Gus, half of"
            " it from radon, the rest from rocks, food, cosmic rays and medical "
            "scans. We are all a little radioactive ourselves."
        ),
    ),
    (
        "is chernobyl safe to visit now",
        (
            "A day in the exclusion zone gave less than a long flight's dose, Gus, if"
            " you kept to the paths and ate and touched nothing; some moss and metal "
            "there stays fiercely hot. Tours stopped with the war in 2022."
        ),
    ),
    (
        "is chernobyl still radioactive today?",
        (
            "A day in the exclusion zone gave less than a long flight's dose, Gus, if"
            " you kept to the paths and ate and touched nothing; some moss and metal "
            "there stays fiercely hot. Tours stopped with the war in 2022."
        ),
    ),
    (
        "why is there a radioactive symbol on my smoke alarm",
        (
            "Many smoke alarms hold a speck of americium-241, Gus, whose alpha rays "
            "let the air inside carry a tiny current; smoke breaks it and the alarm "
            "sounds. Alpha cannot pass the case, so it is safe up there; do not open "
            "it."
        ),
    ),
    (
        "are smoke detectors radioactive?",
        (
            "Many smoke alarms hold a speck of americium-241, Gus, whose alpha rays "
            "let the air inside carry a tiny current; smoke breaks it and the alarm "
            "sounds. Alpha cannot pass the case, so it is safe up there; do not open "
            "it."
        ),
    ),
    (
        "is uranium glass safe to keep",
        (
            "Uranium glass glows green under ultraviolet from a little uranium in it,"
            " Gus, and is faintly radioactive, far too weakly to harm you in a "
            "cabinet or in the hand. Collect it and enjoy the glow."
        ),
    ),
    (
        "why does my grans vaseline glass glow under a black light",
        (
            "Uranium glass glows green under ultraviolet from a little uranium in it,"
            " Gus, and is faintly radioactive, far too weakly to harm you in a "
            "cabinet or in the hand. Collect it and enjoy the glow."
        ),
    ),
    (
        "are brazil nuts radioactive",
        (
            "Brazil nuts are the most radioactive food there is, Gus: their trees "
            "draw radium from the soil. A handful is still harmless, and one or two a"
            " day is plenty for their selenium anyway."
        ),
    ),
    (
        "is it true brazil nuts have radium in them?",
        (
            "Brazil nuts are the most radioactive food there is, Gus: their trees "
            "draw radium from the soil. A handful is still harmless, and one or two a"
            " day is plenty for their selenium anyway."
        ),
    ),
    (
        "is irradiated food radioactive",
        (
            "Irradiated food is not radioactive, Gus: gamma rays or electrons pass "
            "through it and kill the bacteria, as they sterilise hospital "
            "instruments, and leave nothing behind, as light leaves nothing in a "
            "window."
        ),
    ),
    (
        "the spices say irradiated, is that safe?",
        (
            "Irradiated food is not radioactive, Gus: gamma rays or electrons pass "
            "through it and kill the bacteria, as they sterilise hospital "
            "instruments, and leave nothing behind, as light leaves nothing in a "
            "window."
        ),
    ),
    (
        "does an mri give you radiation",
        (
            "An MRI uses no ionising radiation at all, Gus: a strong magnet and radio"
            " waves read the hydrogen in your body's water. Only metal on you and "
            "some implants are the worry, so take everything off."
        ),
    ),
    (
        "is an mri safe? having one next week",
        (
            "An MRI uses no ionising radiation at all, Gus: a strong magnet and radio"
            " waves read the hydrogen in your body's water. Only metal on you and "
            "some implants are the worry, so take everything off."
        ),
    ),
    (
        "is it safe to live near a nuclear power station",
        (
            "Living beside a working nuclear station gives you less than a hundredth "
            "of your yearly natural dose, Gus; a flight gives more. The real "
            "questions are the waste and the rare accident, and both deserve careful "
            "watching."
        ),
    ),
    (
        "new house is 5 miles from a nuclear plant, should we worry?",
        (
            "Living beside a working nuclear station gives you less than a hundredth "
            "of your yearly natural dose, Gus; a flight gives more. The real "
            "questions are the waste and the rare accident, and both deserve careful "
            "watching."
        ),
    ),
]

HER_LIFE = [
    (
        "marie did you know radium was dangerous",
        (
            "Not at first, Gus: radium's glow seemed a friend. Pierre strapped some "
            "to his arm on purpose to study the burn, and my fingers cracked and "
            "scarred; we thought it a small price. I would use the tongs and the lead"
            " now."
        ),
    ),
    (
        "were you ever scared of the radiation?",
        (
            "Not at first, Gus: radium's glow seemed a friend. Pierre strapped some "
            "to his arm on purpose to study the burn, and my fingers cracked and "
            "scarred; we thought it a small price. I would use the tongs and the lead"
            " now."
        ),
    ),
    (
        "did your radium actually glow in the dark?",
        (
            "It did, Gus: at night Pierre and I would go back to the shed to see our "
            "tubes and dishes shining faintly on the shelves and tables, like fairy "
            "lights. It was one of the joys of my life."
        ),
    ),
    (
        "marie what colour did your radium glow",
        (
            "It did, Gus: at night Pierre and I would go back to the shed to see our "
            "tubes and dishes shining faintly on the shelves and tables, like fairy "
            "lights. It was one of the joys of my life."
        ),
    ),
    (
        "how did you meet pierre",
        (
            "I met Pierre in 1894, Gus, when a friend hoped he might spare me room to"
            " work; we married the next year in plain dark clothes and rode off on "
            "bicycles bought with a wedding gift. A cart killed him in 1906."
        ),
    ),
    (
        "when did you meet your husband marie?",
        (
            "I met Pierre in 1894, Gus, when a friend hoped he might spare me room to"
            " work; we married the next year in plain dark clothes and rode off on "
            "bicycles bought with a wedding gift. A cart killed him in 1906."
        ),
    ),
    (
        "were you the first woman professor at the sorbonne",
        (
            "In 1906, after Pierre died, Gus, the Sorbonne gave me his chair, and I "
            "became its first woman professor. I began my first lecture at the very "
            "sentence where he had stopped."
        ),
    ),
    (
        "did you teach at the university in paris?",
        (
            "In 1906, after Pierre died, Gus, the Sorbonne gave me his chair, and I "
            "became its first woman professor. I began my first lecture at the very "
            "sentence where he had stopped."
        ),
    ),
    (
        "did you still speak polish in paris?",
        (
            "Poland, Gus: I was Maria Skłodowska from Warsaw. I left at twenty-four, "
            "but I spoke Polish with my sister and my daughters all my life, and "
            "named my first element for a Poland then carved up by empires."
        ),
    ),
    (
        "marie where are you actually from?",
        (
            "Poland, Gus: I was Maria Skłodowska from Warsaw. I left at twenty-four, "
            "but I spoke Polish with my sister and my daughters all my life, and "
            "named my first element for a Poland then carved up by empires."
        ),
    ),
    (
        "did you patent radium?",
        (
            "We chose not to patent our way of making radium, Gus: it belonged to "
            "science. So we stayed poor, and in 1921 American women raised the money "
            "to buy me one gram of it for my laboratory."
        ),
    ),
    (
        "were you rich from radium?",
        (
            "We chose not to patent our way of making radium, Gus: it belonged to "
            "science. So we stayed poor, and in 1921 American women raised the money "
            "to buy me one gram of it for my laboratory."
        ),
    ),
    (
        "was it hard for you being a woman in science?",
        (
            "Hard, Gus: Krakow would not employ a woman, and in 1911 the French "
            "Academy of Sciences turned me down, narrowly, for being a woman and a "
            "foreigner; that same year Stockholm gave me a second Nobel. The work "
            "answered for me."
        ),
    ),
    (
        "did the academy really reject you because you were a woman?",
        (
            "Hard, Gus: Krakow would not employ a woman, and in 1911 the French "
            "Academy of Sciences turned me down, narrowly, for being a woman and a "
            "foreigner; that same year Stockholm gave me a second Nobel. The work "
            "answered for me."
        ),
    ),
    (
        "did you win two nobels?",
        (
            "Two, Gus: physics in 1903, with Pierre and Henri Becquerel, and "
            "chemistry in 1911, alone, for radium and polonium. I am still the only "
            "person to win in two sciences; my daughter Irène won a third for the "
            "family."
        ),
    ),
    (
        "marie how many nobels have u won",
        (
            "Two, Gus: physics in 1903, with Pierre and Henri Becquerel, and "
            "chemistry in 1911, alone, for radium and polonium. I am still the only "
            "person to win in two sciences; my daughter Irène won a third for the "
            "family."
        ),
    ),
]

# Ordinary chat with the same words in other senses: none of the new lines.
LOOK_ALIKES = [
    "the bread at the party was lovely",
    "caramel latte or flat white anyone?",
    "milk or water for the kids at the party?",
    "curry night on friday, who's in?",
    "is the road icy, cloudy here",
    "we're going bananas with this rota",
    "green salad or potato salad for the bbq?",
    "pineapple on pizza, yes or no?",
    "sugar in your tea?",
    "wine o'clock yet?",
    "white chocolate or dark for the cake?",
    "vinegar or soda bread for the picnic? lol no",
    "who put the kettle on?",
    "the grass is so green at the park",
    "blood test results are back, all fine",
    "wax jacket or a parka?",
    "give me a ring later",
    "my glasses keep steaming up on the bus",
    "the pink shirts for the hen do came today",
    "bobble hat weather today",
    "green hair dye or pink for the festival?",
    "car pool to the match, who's driving?",
    "cramped in the minibus on the way to the tournament lol",
    "coffee night at the church hall is friday, who's coming?",
    "how much is coffee at the new place?",
    "tea or coffee for the meeting?",
    "we need more units in the chem course",
    "how much water do i put in the rice",
    "should i bring beer or wine to the bbq",
    "the bar feels cold tonight, no atmosphere",
    "copper or green for the wedding colours?",
    "fireworks at the rugby club at 7?",
    "my phone is dead, can someone ring me",
    "airport security queue was 2 hours lol",
    "we cried at the wedding, so many tears",
    "onion rings or chips with the burger?",
    "brown bread or white for the sandwiches?",
    "who's bringing the bread for the picnic?",
    "is the loaf from the bakery on the corner any good?",
    "is the prosecco here yet?",
    "sparkling conversation tonight everyone",
    "apple crumble or pear tart for sunday?",
    "brown apple ipad or the other one",
    "salt and pepper on the table please",
    "is msg in the group chat too loud lol",
    "the bleach blonde look is back apparently",
    "vinegar on chips or no?",
    "is the blood drive at the church on saturday?",
    "is the silver ford yours in the car park?",
    "who has the ring for the ceremony?",
    "is the ring bearer ready?",
    "can you label the jars for the fete?",
    "does my jumper look ok for the photos?",
    "are the white roses or pink ones better?",
    "is 30 mins enough for the warm up?",
    "what temp is it outside, do i need a coat",
    "is the dryer free in the laundry room?",
    "does this shirt go with grey trousers",
    "why is everyone so grey and dull today",
    "black jeans or blue for the gig?",
    "should we wear the rugby kit for the photo?",
    "is sunscreen on the packing list?",
    "is it cloudy at the coast today?",
    "how many units of the course have we done",
    "is the microwave in the staff room free?",
    "can we use foil trays for the bake sale?",
    "is the glue stick in the craft box?",
    "are there batteries for the remote?",
    "is the phone charger in the car?",
    "bananas for the half time snack?",
    "are we flying or driving to the match?",
    "is the granite path slippery?",
    "is the nuclear family a thing anymore",
    "did you see the match last night?",
    "did you get the tickets for the concert?",
    "what did you think of the film?",
    "do you have a spare charger?",
    "have you been to the new cafe?",
    "are you coming to the wedding?",
    "how was your weekend?",
    "did you watch the war film last night?",
    "can you drive me to the station?",
    "did you meet the new vicar?",
    "is it true you all went to paris for the hen do?",
    "what do you think of the new rota?",
    "did your kids enjoy the party?",
    "who's minding the kids tonight?",
    "are you from round here?",
    "how do you feel about a walk on sunday?",
    "did you win the raffle?",
    "did you lot win the quiz?",
    "can you teach me the chords?",
    "is it hard to learn the uke?",
    "what do you do for work?",
    "is your daughter coming to choir?",
    "do you still have the notebooks from last term?",
    "is the lab open tomorrow?",
    "did you find my keys?",
    "the toilet at the venue is out of order",
    "is the pool table free at the pub?",
    "swimming lessons moved to thursday",
    "is the car pool on for tomorrow?",
    "who's doing the hair and makeup for the wedding?",
    "my hair is a mess lol",
    "do i need a base layer for the hike?",
    "is the tan suit too much for a wedding?",
    "can i bring my dog to the beach?",
    "does anyone have a spare pen?",
    "ink cartridges for the printer?",
    "the fireworks at the rugby club start at 7?",
    "glow sticks for the kids at the disco?",
    "who's bringing the hand warmers for the match?",
    "is the water bottle in your bag?",
    "plastic cups or glasses for the party?",
    "the stickers for the kids came, can someone collect",
    "is the cake stall stocked?",
]

CLASSES = (KITCHEN, CLEANING, LAUNDRY, SUN, DRINKS, MATERIALS, RADIATION, HER_LIFE)
ASKED = [case for group in CLASSES for case in group]
NEW = {reply for _text, reply in ASKED}


def _known(slug: str) -> list[str]:
    return [k.text for k in knowns(index_of(VOICES[slug].material).tagged.get("know", ()))]


@pytest.mark.parametrize(("text", "reply"), ASKED)
def test_an_everyday_chemistry_question_gets_its_plain_answer(text, reply):
    assert say("curie", text, seed=1, author="gus") == reply


def test_every_new_line_is_met_by_two_phrasings_and_every_class_has_six():
    lines = [line for line in _known("curie") if line.replace("{name}", "Gus") in NEW]
    assert len(lines) == len(NEW) == 113
    for line in lines:
        said = line.replace("{name}", "Gus")
        assert sum(reply == said for _text, reply in ASKED) >= 2
    assert all(len(group) >= 6 for group in CLASSES)


def test_the_new_lines_fit_and_name_the_asker_once():
    for line in _known("curie"):
        if line.replace("{name}", "Gus") in NEW:
            assert line.count("{name}") == 1
            assert len(line.replace("{name}", "Christopher")) <= VOICES["curie"].max_reply_chars


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_get_none_of_the_new_lines(text):
    reply = say("curie", text, seed=1, author="gus")
    assert not any(line in reply for line in NEW)
