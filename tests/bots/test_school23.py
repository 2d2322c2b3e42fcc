"""Session 23: school and everyday-curiosity science asked of the scientists (chemistry of
Curie, physics of Einstein, biology of Darwin) gets a plain answer at a good GCSE level in their
voice, a `#know` line, never owning up nor a line on another thing; look-alikes ("we have great
chemistry lol", "my bond with my sister", "the element of surprise") get none."""

from __future__ import annotations

import pytest

from bots.know import knowns
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

# The new lines as said to Gus, by persona and place in the file's school block.
CURIE_00 = (
    "Ionic is giving and covalent is sharing, Gus: a metal hands electrons to a non-metal and "
    "the charged ions cling together, as in salt; two non-metals share pairs of electrons, as "
    "in water. Metals pool theirs in a sea."
)
CURIE_01 = (
    "In ionic bonding a metal gives its outer electrons to a non-metal, Gus; the two become "
    "ions of opposite charge that hold fast in a giant lattice. So salt melts only when very "
    "hot, and conducts when melted or dissolved."
)
CURIE_02 = (
    "In covalent bonding two non-metal atoms share a pair of electrons, Gus, as the hydrogen "
    "and oxygen in water do. Small covalent molecules hold one another only weakly, so water "
    "and carbon dioxide melt and boil low."
)
CURIE_03 = (
    "In a metal the atoms give their outer electrons to a sea that flows between the positive "
    "ions, Gus; that sea carries current and heat and lets the layers slide, so metals conduct "
    "and bend without breaking."
)
CURIE_04 = (
    "Diamond and graphite are both pure carbon, Gus: in diamond each atom holds four others in "
    "a rigid web, the hardest thing there is; in graphite the atoms lie in sliding sheets, so "
    "a pencil writes, and spare electrons conduct."
)
CURIE_05 = (
    "The periodic table lists the elements by the protons in their nucleus, Gus: each column, "
    "a group, has the same number of outer electrons, so they behave alike; each row is a "
    "period. Mendeleev left gaps, and radium filled one."
)
CURIE_06 = (
    "The alkali metals of group 1, lithium, sodium, potassium, each give away one outer "
    "electron readily, Gus, so they fizz on water, making hydrogen and an alkali; lower down, "
    "more violently, as that electron sits further out."
)
CURIE_07 = (
    "The halogens of group 7, fluorine, chlorine, bromine, iodine, each want one more "
    "electron, Gus; they grow less reactive going down, the reverse of group 1, so chlorine "
    "pushes iodine out of its salts."
)
CURIE_08 = (
    "The noble gases, helium, neon, argon and the rest, have a full outer shell of electrons, "
    "Gus, so they have nothing to give or take and hardly react; helium fills balloons safely "
    "for that reason."
)
CURIE_09 = (
    "The reactivity series, Gus: potassium, sodium, lithium, calcium, magnesium, aluminium, "
    "carbon, zinc, iron, tin, lead, hydrogen, copper, silver, gold. A metal pushes any below "
    "it out of its compounds."
)
CURIE_10 = (
    "Try this, Gus: Please Send Lions Cute Monkeys And Cute Zebras Into Tiny Lovely Hot "
    "Countries Signed Gordon: potassium, sodium, lithium, calcium, magnesium, aluminium, "
    "carbon, zinc, iron, tin, lead, hydrogen, copper, silver, gold."
)
CURIE_11 = (
    "In a displacement reaction a more reactive metal takes the place of a less reactive one, "
    "Gus: an iron nail in blue copper sulfate comes out coated pink with copper, and the blue "
    "fades as iron sulfate forms."
)
CURIE_12 = (
    "The pH scale runs from 0 to 14, Gus: below 7 is acid, like lemon juice or vinegar; 7 is "
    "neutral, like pure water; above 7 is alkali, like soap or bleach. Universal indicator "
    "goes red through green to purple."
)
CURIE_13 = (
    "Acid plus alkali gives a salt plus water, Gus: the acid's hydrogen ions and the alkali's "
    "hydroxide ions join as water, and the rest is a salt. An indigestion remedy does it in "
    "your stomach."
)
CURIE_14 = (
    "An acid and a metal give a salt and hydrogen, Gus; an acid and a carbonate give a salt, "
    "water and carbon dioxide, which is why marble and limestone fizz in acid, and old statues "
    "wear away in acid rain."
)
CURIE_15 = (
    "The gas tests, Gus: hydrogen burns with a squeaky pop at a lit splint; oxygen relights a "
    "glowing splint; carbon dioxide turns limewater milky; chlorine bleaches damp litmus paper "
    "white."
)
CURIE_16 = (
    "A reaction goes faster when its particles meet more often and harder, Gus: heat it, make "
    "it more concentrated, grind it to a powder for more surface, or add a catalyst. Examiners "
    "call it collision theory."
)
CURIE_17 = (
    "A catalyst speeds a reaction by offering it an easier path, one that needs less energy to "
    "start, Gus, and comes out unchanged, ready to work again; your body's catalysts are "
    "enzymes."
)
CURIE_18 = (
    "Electrolysis splits a compound with electric current, Gus: melt or dissolve it so its "
    "ions can move, and positive ions go to the negative electrode, the cathode, negative ones "
    "to the anode. Aluminium is made so."
)
CURIE_19 = (
    "OIL RIG, Gus: Oxidation Is Loss of electrons, Reduction Is Gain. Oxidation is also "
    "gaining oxygen, as iron does when it rusts, and reduction losing it, as iron ore does in "
    "a blast furnace."
)
CURIE_20 = (
    "A mole is only a chemist's dozen, Gus: 6 × 10²³ particles, chosen so that a mole of "
    "anything weighs its relative formula mass in grams, 12 g of carbon, 18 g of water. Moles "
    "= mass ÷ relative formula mass."
)
CURIE_21 = (
    "The atomic number is the protons, Gus, and decides the element; the mass number is "
    "protons plus neutrons. So sodium, 11 and 23, has 12 neutrons, and 11 electrons, as a "
    "neutral atom has as many as protons."
)
CURIE_22 = (
    "Isotopes are atoms of one element with different numbers of neutrons, Gus: the same "
    "chemistry, a different mass. Carbon-12 and carbon-14 are both carbon; the heavier one is "
    "radioactive, which is how carbon dating works."
)
CURIE_23 = (
    "Half-life is the time for half the radioactive atoms in a sample to decay, Gus: after "
    "one, half is left; after two, a quarter; after three, an eighth. Radium's is about 1,600 "
    "years; uranium-238's four and a half billion."
)
CURIE_24 = (
    "Alpha is a helium nucleus, Gus, stopped by paper or skin but dreadful if swallowed; beta "
    "is a fast electron, stopped by a few millimetres of aluminium; gamma is a wave like "
    "light, far stronger, and needs thick lead."
)
CURIE_25 = (
    "Time, distance and shielding, Gus: keep exposure short, hold a source with tongs at arm's "
    "length, store it in a lead-lined box; workers wear a badge that records their dose. We "
    "took none of that care in my day."
)
CURIE_26 = (
    "Radioactive means the nucleus of an atom is unstable and breaks up by itself, at random, "
    "throwing out alpha, beta or gamma rays, Gus; no heat or chemistry hurries it. Pierre and "
    "I coined the word."
)
CURIE_27 = (
    "Polonium was the first element Pierre and I found, in July 1898, Gus; I named it for "
    "Poland, then cut up and off the map. Gram for gram it is thousands of times more "
    "radioactive than radium, and deadly."
)
CURIE_28 = (
    "Radium, which Pierre and I announced in December 1898, is millions of times more "
    "radioactive than uranium, Gus; its salts glow in the dark. It took us four years to "
    "isolate a tenth of a gram of its chloride."
)
CURIE_29 = (
    "It is true, Gus: I carried tubes of radium in my pocket and kept a glowing sample by my "
    "bed, for we did not know the harm. My fingers were scarred by it, and it very likely "
    "shortened my life."
)
CURIE_30 = (
    "Still radioactive, Gus: radium's half-life is some 1,600 years, so my notebooks will be "
    "for centuries yet. They are kept in lead-lined boxes in Paris, and a reader must wear "
    "protective clothing and sign a waiver."
)
CURIE_31 = (
    "Two, Gus: physics in 1903, with Pierre and Henri Becquerel, for radioactivity, and "
    "chemistry in 1911, alone, for radium and polonium. I was the first woman to win one, and "
    "am still the only person to win in two sciences."
)
CURIE_32 = (
    "Aplastic anaemia, Gus, in 1934, at sixty-six: my bone marrow failed, almost certainly "
    "from the radium and the X-rays of years of work without protection. Pierre died in 1906, "
    "run over by a cart."
)
CURIE_33 = (
    "Polish, Gus: I was born Maria Skłodowska in Warsaw in 1867, when the tsar ruled it. I "
    "went to Paris at twenty-four to study, married Pierre and became French too, but I named "
    "my first element for Poland."
)
CURIE_34 = (
    "Rhubarb leaves hold oxalic acid, Gus, enough to make you ill if you ate a plateful, so "
    "eat only the stalks; but they are fine on the compost heap, where the acid breaks down "
    "and harms neither worms nor crops."
)
CURIE_35 = (
    "Rust is iron oxide, Gus: iron needs both oxygen and water to rust, so a nail in dry air, "
    "or in boiled water under oil, stays bright, and salt speeds it. Paint, oil or a coat of "
    "zinc, galvanising, keeps them away."
)
CURIE_36 = (
    "Burning is a fast reaction with oxygen, Gus: a fire needs fuel, oxygen and heat, and "
    "losing any one puts it out. Burnt fully, methane gives carbon dioxide and water; short of "
    "oxygen, soot and poisonous carbon monoxide."
)
CURIE_37 = (
    "A lightning rod gives a strike an easy road to the earth, Gus: a metal point above the "
    "roof, a thick copper cable down the outside, a rod deep in the ground. Copper in the "
    "walls would not help; it might draw the spark indoors."
)
CURIE_38 = (
    "An element is one kind of atom, like oxygen or iron, Gus; a compound is different "
    "elements chemically joined, like water, with new properties; a mixture is things jumbled "
    "but not joined, like air or sea water."
)
CURIE_39 = (
    "There are 118 known elements, Gus, ninety-odd found in nature and the rest made in "
    "laboratories, some lasting only moments. Pierre and I found two, polonium and radium, and "
    "a third, curium, bears our name."
)
CURIE_40 = (
    "A chemical change makes a new substance and is hard to undo, Gus: burning toast, rusting, "
    "baking a cake. A physical change only alters the form, as melting ice or dissolving sugar "
    "does, and can be reversed."
)
CURIE_41 = (
    "Crude oil is a mixture of hydrocarbons, Gus, chains of carbon and hydrogen of every "
    "length; heated in a tall column, the short ones rise as gas and petrol, the long ones "
    "stay low as diesel and bitumen."
)
CURIE_42 = (
    "Chromatography sorts out the dyes in an ink, Gus: a spot on paper, the foot of the paper "
    "in a solvent, and each dye is carried up at its own pace. Rf is the distance the spot "
    "moved over the distance the solvent moved."
)
EINSTEIN_00 = (
    "Use v = √(2gh), Gus: twice gravity, 9.8, times the height in metres, then the square "
    "root. From 60 feet, about 18 metres, that is about 19 metres a second, some 42 miles an "
    "hour, ignoring the air, which matters little from so low."
)
EINSTEIN_01 = (
    "A falling body speeds up until the push of the air matches its weight, Gus; then it falls "
    "at a steady top speed, its terminal velocity, about 55 metres a second for a skydiver "
    "spread flat. A parachute makes that balance come far slower."
)
EINSTEIN_02 = (
    "Without air everything falls just as fast, Gus: a hammer and a feather dropped together "
    "on the Moon in 1971 landed together. On Earth the air holds back light, spread-out things "
    "more; gravity itself pulls all alike."
)
EINSTEIN_03 = (
    "Newton's three laws, Gus: a thing stays still or moves steadily unless a force acts; "
    "force is mass times acceleration, F = ma; and every force has an equal and opposite "
    "partner, which is why a rocket is pushed forward by the gas it throws back."
)
EINSTEIN_04 = (
    "Mass is how much stuff you are, in kilograms, the same everywhere, Gus; weight is the "
    "pull of gravity on it, in newtons, mass times g. On the Moon your mass is unchanged but "
    "you weigh a sixth as much."
)
EINSTEIN_05 = (
    "Gravity is the pull every mass has on every other, Gus, weak until the mass is a planet: "
    "on Earth 9.8 newtons on each kilogram. Newton saw a force; I showed it is the bending of "
    "space and time by mass, and things fall along the curves."
)
EINSTEIN_06 = (
    "There is plenty of gravity up there, Gus: at the space station's height about nine tenths "
    "of ours. Astronauts float because they and the station are falling round the Earth "
    "together, always missing it, so nothing presses them to the floor."
)
EINSTEIN_07 = (
    "Speed is how fast, distance over time; velocity is speed with a direction, Gus, so a car "
    "going round a bend at a steady 30 is changing its velocity. Acceleration is how much the "
    "velocity changes each second."
)
EINSTEIN_08 = (
    "Energy is never made or destroyed, only moved from one store to another, Gus: a falling "
    "ball trades its gravity store for movement, a kettle electricity for heat. What we call "
    "waste is energy spread out as heat where it is no more use."
)
EINSTEIN_09 = (
    "Kinetic energy is ½mv², Gus: double the speed and it is four times as much, which is why "
    "a car hitting a wall at 40 does far worse than at 20. Gravitational potential energy is "
    "mgh, mass times 9.8 times the height you lifted it."
)
EINSTEIN_10 = (
    "Power is how fast energy is moved, Gus: one watt is one joule a second, so P = E ÷ t, and "
    "for electricity P = current × voltage. Work done is force times distance: push a box 3 "
    "metres with 50 newtons and you do 150 joules of work."
)
EINSTEIN_11 = (
    "Think of a circuit as water in pipes, Gus: voltage is the push, current the flow, in "
    "amps, and resistance how narrow the pipe is. V = IR: twice the push, twice the flow; "
    "twice the resistance, half the flow."
)
EINSTEIN_12 = (
    "In series there is one path, Gus, so the current passes through every bulb in turn: one "
    "breaks and all go out, and each added bulb dims the rest. In parallel each bulb has its "
    "own path, as in a house, so each can be switched alone."
)
EINSTEIN_13 = (
    "In a thundercloud, ice and water knocking together in rising air split the charge, "
    "positive at the top, negative at the bottom, Gus; when enough builds up it tears through "
    "the air to the ground as a spark miles long, hotter than the Sun's surface."
)
EINSTEIN_14 = (
    "A lightning rod does not draw lightning, Gus: it gives a strike that was coming anyway an "
    "easy road down, a metal point on top and a thick copper cable down the outside to a rod "
    "in the earth. Copper inside the walls would not help."
)
EINSTEIN_15 = (
    "A bird on a wire is safe because current flows only where there is a difference of "
    "voltage, Gus: both its feet are on the same wire at the same voltage, so none passes "
    "through it. Touch the wire and the ground, and it is another story."
)
EINSTEIN_16 = (
    "In a British plug, Gus, brown is live, carrying the push; blue is neutral, the way back; "
    "green-and-yellow is earth, a safe road to the ground if a metal case goes live, which "
    "makes the fuse, a thin wire, melt and cut the current."
)
EINSTEIN_17 = (
    "Every magnet has a north and a south pole, Gus: unlike poles attract, like poles repel. "
    "Only iron, nickel and cobalt are pulled, because their atoms are tiny magnets that can "
    "line up; and an electric current makes a magnetic field too."
)
EINSTEIN_18 = (
    "A current makes a magnetic field, Gus: wind the wire into a coil round iron and you have "
    "a magnet you can switch off. A coil carrying current between magnets is pushed round, "
    "which is a motor; spin it yourself and it is a dynamo."
)
EINSTEIN_19 = (
    "A wave carries energy without carrying the stuff along, Gus: a transverse wave, like "
    "light or a ripple, shakes across the way it travels; a longitudinal wave, like sound, "
    "back and forth along it. Wave speed is frequency times wavelength."
)
EINSTEIN_20 = (
    "Radio, microwaves, infrared, visible, ultraviolet, X-rays, gamma, Gus: all light, all one "
    "speed, differing only in wavelength, long to short, and shorter carries more energy. "
    "Raging Martians Invaded Venus Using X-ray Guns."
)
EINSTEIN_21 = (
    "About 300,000 kilometres a second, Gus: seven times round the Earth in one second, so "
    "sunlight is eight minutes old when it reaches you, and a light year is how far it goes in "
    "a year. Everyone, however they move, measures that same speed."
)
EINSTEIN_22 = (
    "Light leaves a mirror at the same angle it arrives, Gus: the angle of incidence equals "
    "the angle of reflection. Refraction is light bending as it changes speed crossing into "
    "glass or water, which is why a straw looks broken in a glass."
)
EINSTEIN_23 = (
    "Sound is air squeezed and stretched in a wave, each molecule nudging the next, Gus, about "
    "340 metres a second, faster in water and steel; in space there is no air to nudge, so no "
    "sound. Louder is a bigger wave; a higher note, more waves a second."
)
EINSTEIN_24 = (
    "Density is mass divided by volume, Gus: how much stuff is packed into each cubic "
    "centimetre. Anything less dense than water floats; a steel ship floats because, with the "
    "air inside, it is less dense on average than the sea."
)
EINSTEIN_25 = (
    "Water is odd, Gus: as it freezes, hydrogen bonds hold its molecules in an open lattice, "
    "so ice is about a tenth less dense than the water, and floats. That is why ponds freeze "
    "from the top down and the fish live through the winter beneath."
)
EINSTEIN_26 = (
    "Heat moves three ways, Gus: conduction, passed atom to atom through solids, so a metal "
    "spoon gets hot; convection, warm fluid rising and cool sinking, which stirs a room from "
    "the radiator; and radiation, infrared, which crosses even empty space."
)
EINSTEIN_27 = (
    "A vacuum flask stops all three ways heat travels, Gus: the vacuum between its two walls "
    "carries no conduction or convection, the silvered walls reflect the radiation, and the "
    "stopper keeps the air in. So it keeps tea hot and ice cold alike."
)
EINSTEIN_28 = (
    "In a solid the particles are packed close and only jiggle in place, Gus; in a liquid they "
    "are still close but slide past each other; in a gas they fly about far apart. Heating "
    "gives them energy to break free: melting, then boiling."
)
EINSTEIN_29 = (
    "Specific heat capacity is the energy to warm one kilogram by one degree, Gus: water needs "
    "4,200 joules, far more than metal, which is why the sea warms slowly. Latent heat melts "
    "or boils a thing without changing its temperature at all."
)
EINSTEIN_30 = (
    "E = mc² says mass is a very concentrated store of energy, Gus: times the speed of light "
    "squared, one gram holds as much as twenty thousand tonnes of TNT. The Sun shines by "
    "turning four million tonnes of itself into light each second."
)
EINSTEIN_31 = (
    "Two ideas, Gus: light has the same speed for everyone, so moving clocks run slow and "
    "moving rulers shrink, and space and time are one fabric; and mass bends that fabric, "
    "which is gravity. GPS satellites must correct for both every day."
)
EINSTEIN_32 = (
    "Light on a metal knocks out electrons, Gus, but only light of short enough wavelength: "
    "faint ultraviolet does it, the brightest red never does. In 1905 I said light comes in "
    "packets, photons, each needing enough energy alone; that won my Nobel."
)
EINSTEIN_33 = (
    "An atom is a tiny, heavy nucleus of protons and neutrons with electrons round it, Gus; if "
    "the nucleus were a marble in the middle of a football stadium, the electrons would be "
    "specks in the stands. So everything is mostly empty space."
)
EINSTEIN_34 = (
    "Thomson thought the atom a plum pudding, Gus, its charge spread out with electrons dotted "
    "in; then Rutherford fired alpha particles at gold foil and a few bounced straight back: a "
    "tiny, heavy, positive nucleus. Bohr put electrons in shells."
)
EINSTEIN_35 = (
    "Fission splits a heavy nucleus, uranium, in two; fusion joins light ones, hydrogen into "
    "helium, Gus; both turn a little mass into a great deal of energy by E = mc². Power "
    "stations use fission; the Sun and the stars run on fusion."
)
EINSTEIN_36 = (
    "Pressure is force divided by the area it presses on, Gus: a sharp knife cuts because its "
    "edge is tiny, and snowshoes spread your weight so you do not sink. A stiletto heel can "
    "press on a floor harder than an elephant's foot."
)
EINSTEIN_37 = (
    "A myth, Gus: I had taught myself calculus by fifteen and was top in mathematics and "
    "physics. I did fail my first try at the Zurich Polytechnic at sixteen, two years young, "
    "on French and botany, and passed after a good year of school in Aarau."
)
DARWIN_00 = (
    "More are born than can survive, Gus; they differ a little, and those whose differences "
    "suit them best live to breed and pass them on. Over thousands of generations a kind of "
    "creature changes: that is natural selection."
)
DARWIN_01 = (
    "Fittest means best fitted to the place, Gus, not strongest: a dark moth on a sooty tree, "
    "a finch whose beak suits its island's seeds. Herbert Spencer coined the phrase and I "
    "borrowed it for natural selection."
)
DARWIN_02 = (
    "The evidence comes from many sides that agree, Gus: fossils in order in the rocks, the "
    "same bones in a bat's wing and your hand, DNA matching most where kinship is closest, and "
    "bacteria changing before our eyes."
)
DARWIN_03 = (
    "Living things change over many generations, Gus: young differ a little from their "
    "parents, the differences that help survival are passed on, and over millions of years one "
    "kind can split into many. All life is one family tree."
)
DARWIN_04 = (
    "Roughly, Gus: half to sixty percent of our genes have a counterpart in a banana's, genes "
    "for the plain business of running a cell. Letter for letter our DNA matches far less; but "
    "we do share a very distant ancestor."
)
DARWIN_05 = (
    "About 98 to 99 percent of our DNA matches a chimpanzee's, Gus, where it lines up: chimps "
    "and bonobos are our nearest living cousins, from an ancestor of six or seven million "
    "years ago. We did not come from chimps."
)
DARWIN_06 = (
    "Closer to a mushroom than to any plant, Gus: fungi and animals share an ancestor more "
    "recent than either shares with plants, so a banana is the more distant cousin. Fungi even "
    "make their walls of chitin, like insect shells."
)
DARWIN_07 = (
    "Every living thing is related, Gus: trace any two back far enough and they meet in a "
    "common ancestor, as cousins meet in a grandparent. All life shares one genetic code, a "
    "sign of one ancestor some four billion years ago."
)
DARWIN_08 = (
    "The mitochondria are where respiration happens, Gus: they burn glucose with oxygen to "
    "free energy the cell can use, the powerhouse of the cell indeed. I am told they were once "
    "free-living bacteria, and still carry their own DNA."
)
DARWIN_09 = (
    "Both have a nucleus holding the DNA, cytoplasm, a membrane and mitochondria for "
    "respiration, Gus; a plant cell adds a stiff cellulose wall, chloroplasts for "
    "photosynthesis and a big sap vacuole. Bacteria have no nucleus."
)
DARWIN_10 = (
    "Photosynthesis is a plant making its food from light, Gus: in its chloroplasts, carbon "
    "dioxide from the air and water from the soil become glucose, and oxygen is given off, the "
    "sunlight caught by green chlorophyll."
)
DARWIN_11 = (
    "Respiration is not breathing, Gus, but what every cell does with what you breathe: "
    "glucose and oxygen give carbon dioxide, water and energy. Short of oxygen, muscles make "
    "lactic acid instead, and yeast makes alcohol."
)
DARWIN_12 = (
    "Courgettes make male flowers first, Gus; only the female ones, with a tiny courgette "
    "behind the petals, fruit, once bees bring pollen. Be patient, or do it by hand: dab a "
    "male flower's pollen into a female's centre."
)
DARWIN_13 = (
    "Pollination is pollen carried from the anthers of one flower to the stigma of another, "
    "Gus, by insects, wind or birds; a tube then grows down to fertilise the ovule, which "
    "becomes a seed, and the ovary round it a fruit."
)
DARWIN_14 = (
    "A food chain follows the energy, Gus: grass to rabbit to fox, a producer that makes food "
    "from light, then consumers. Only about a tenth passes up each link, the rest spent on "
    "living, so there are far fewer foxes than rabbits."
)
DARWIN_15 = (
    "An adaptation is a feature that suits a creature to its home, Gus, shaped by selection: a "
    "camel's hump and wide feet, a polar bear's thick fur and small ears, a cactus's spines "
    "for leaves. Nothing adapts on purpose."
)
DARWIN_16 = (
    "You carry two copies of each gene, one from each parent, Gus; the versions are alleles. A "
    "dominant one shows with one copy, a recessive one only with two: two carriers of cystic "
    "fibrosis have a one-in-four chance of a child with it."
)
DARWIN_17 = (
    "DNA is a twisted ladder, the double helix, Gus, its rungs pairs of four bases, A with T, "
    "C with G; their order spells recipes for proteins, and a gene is one recipe. It coils "
    "into chromosomes, 23 pairs in you; I never knew it."
)
DARWIN_18 = (
    "A mutation is a change in the letters of DNA, a copying slip or damage from radiation or "
    "chemicals, Gus; most do nothing, some harm, a rare few help, and selection keeps those. "
    "The variation I could not explain comes from them."
)
DARWIN_19 = (
    "Linnaeus gave each species two names, genus and species, as Homo sapiens, Gus, and nested "
    "the groups: kingdom, phylum, class, order, family, genus, species; King Philip Came Over "
    "For Good Soup."
)
DARWIN_20 = (
    "A species is a group whose members can breed together and have fertile young, Gus: a "
    "horse and a donkey make a mule, but mules are nearly always sterile, so horse and donkey "
    "stay two species."
)
DARWIN_21 = (
    "Each Galápagos island had finches with beaks fitted to its food, Gus: thick nutcrackers "
    "for hard seeds, fine tweezers for insects. I took some for wrens and blackbirds; Gould in "
    "London showed me all were finches, kin."
)
DARWIN_22 = (
    "The Galápagos tortoises differed island by island, Gus: domed shells where food grows "
    "low, saddle-backed ones, high at the front, where they must stretch up to cactus. The "
    "vice-governor knew a tortoise's island at a glance."
)
DARWIN_23 = (
    "Five years, 1831 to 1836, Gus: HMS Beagle went to chart the coast of South America, and I "
    "went as naturalist, at twenty-two. Then on round the world: the Andes, the Galápagos, "
    "Tahiti, Australia, home."
)
DARWIN_24 = (
    "On the Origin of Species came out in November 1859, Gus, twenty years after I first "
    "sketched the theory; Wallace had hit on the same idea, and our papers were read together "
    "in 1858. The first printing sold out on the day."
)
DARWIN_25 = (
    "Alfred Russel Wallace found natural selection on his own, in the Malay islands, Gus, and "
    "sent me his essay in 1858; our papers were read together at the Linnean Society. He was "
    "generous about it all his life."
)
DARWIN_26 = (
    "A species dies out when its world changes faster than it can, Gus: new predators or "
    "diseases, a changed climate, or hunting, as with the dodo. The great dinosaurs, I am "
    "told, went when an asteroid struck 66 million years ago."
)
DARWIN_27 = (
    "A fossil forms when a dead creature is buried quickly in mud or sand, Gus, and over ages "
    "minerals take the place of its bones or shell. Most things rot first, which is why the "
    "record has so many gaps."
)
DARWIN_28 = (
    "That is natural selection at speed, Gus: among billions of bacteria a few happen to "
    "survive an antibiotic, and they multiply when the rest are killed. So take them exactly "
    "as prescribed, and never for a cold, a virus."
)
DARWIN_29 = (
    "The peppered moth is selection caught in the act, Gus: when soot blackened the trees "
    "round Manchester, dark moths hid while pale ones were eaten, and within fifty years "
    "nearly all were dark. Cleaner air has brought the pale back."
)
DARWIN_30 = (
    "Enzymes are proteins that speed up the chemistry of life, Gus, each shaped to fit its own "
    "substance as a key fits a lock: amylase in your spit cuts starch into sugar. Too hot or "
    "too acid and the shape is lost, denatured."
)
DARWIN_31 = (
    "Each child takes a different mix of half of each parent's genes, Gus, so brothers and "
    "sisters share about half and can look quite unlike. Identical twins come from one egg "
    "that split, and share them all."
)
DARWIN_32 = (
    "The tailbone is all that is left of our ancestors' tails, Gus, and the appendix the "
    "shrunken end of a gut that once did more with leaves, though it may still keep a store of "
    "good gut bacteria."
)
DARWIN_33 = (
    "Selective breeding is choosing which plants or animals to breed from, generation after "
    "generation, Gus: every dog came from wolves, and cabbage, kale and broccoli from one wild "
    "plant. I learned its power from pigeon fanciers."
)
DARWIN_34 = (
    "In autumn a tree stops making chlorophyll, the green that catches light, and takes back "
    "what it can, Gus; the yellows and oranges were there all along under the green, and the "
    "reds are made fresh in the dying leaf."
)

# Asked in the dev rooms (s23), each answered with owning up or an unrelated line on main.
DEV = [
    ("curie", "pls explain ionic vs covalent like im 5", CURIE_00),
    ("curie", "is it true you used to carry radium around in your pocket 💀", CURIE_29),
    (
        "curie",
        (
            "is it true you shouldn't put rhubarb leaves on the compost? my neighbour says "
            "they're poisonous"
        ),
        CURIE_34,
    ),
    (
        "curie",
        (
            "my wizard wants a real lightning rod on her tower, how does it actually work and "
            "would copper in the walls help"
        ),
        CURIE_37,
    ),
    (
        "einstein",
        (
            "if garrick gets spat out of the frog from 60ft up, how fast is he going when he "
            "hits the ground"
        ),
        EINSTEIN_00,
    ),
    (
        "einstein",
        (
            "why does ice float if its solid water, shouldnt it sink. this has bugged me since "
            "year 7"
        ),
        EINSTEIN_25,
    ),
    (
        "darwin",
        ("is it true humans share like 60% of dna with bananas. this is the only bio fact i know"),
        DARWIN_04,
    ),
    ("darwin", "so are we closer to a banana or a mushroom 😭", DARWIN_06),
    ("darwin", "why are my courgettes making loads of flowers but no actual courgettes", DARWIN_12),
]

CURIE_BONDING = [
    ("curie", "whats the difference between ionic and covalent bonding", CURIE_00),
    ("curie", "wait so what are the 3 types of bonding again", CURIE_00),
    ("curie", "quick q ionic or covalent for the exam, which is which", CURIE_00),
    ("curie", "how does ionic bonding actually work", CURIE_01),
    ("curie", "why does salt have such a high melting point, is it cos its ionic?", CURIE_01),
    ("curie", "what is a covalent bond??", CURIE_02),
    ("curie", "can u do covalent bonding in one sentence for my flashcard", CURIE_02),
    ("curie", "why do metals conduct electricity", CURIE_03),
    ("curie", "whats metallic bonding", CURIE_03),
    ("curie", "why is copper used for wires, does it conduct better", CURIE_03),
    ("curie", "why is diamond so hard if its just carbon like pencils", CURIE_04),
    ("curie", "how does graphite conduct electricity?", CURIE_04),
    (
        "curie",
        "ok so ionic vs covalent, which one is the sharing one? i always mix them up",
        CURIE_00,
    ),
    ("curie", "wait so is NaCl ionic, or is that the sharing one?", CURIE_01),
    ("curie", "can u explain covalent bonds like im 5 pls, test tmrw", CURIE_02),
    ("curie", "why do metals bend instead of snap? metallic bonding?", CURIE_03),
    ("curie", "pub quiz q: is a diamond really just carbon like graphite?", CURIE_04),
    ("curie", "is it true pencil lead is actually graphite not lead", CURIE_04),
]
CURIE_PERIODIC = [
    ("curie", "how is the periodic table actually arranged", CURIE_05),
    ("curie", "whats the easiest way to remember the periodic table groups", CURIE_05),
    ("curie", "why do alkali metals explode in water", CURIE_06),
    ("curie", "why does potassium react more than sodium with water", CURIE_06),
    ("curie", "why are group 1 metals so reactive", CURIE_06),
    ("curie", "why do halogens get less reactive down the group", CURIE_07),
    ("curie", "why are noble gases unreactive", CURIE_08),
    ("curie", "why doesnt helium react with anything", CURIE_08),
    ("curie", "what order is the reactivity series in", CURIE_09),
    ("curie", "any mnemonic for the reactivity series? mocks in 2 weeks", CURIE_10),
    ("curie", "what is a displacement reaction with copper sulfate", CURIE_11),
    ("curie", "how do u read the periodic table, our teacher went too fast", CURIE_05),
    ("curie", "why does sodium fizz when u put it in water, saw it on youtube", CURIE_06),
    ("curie", "whats the trend in group 7 again, do they get more or less reactive", CURIE_07),
    ("curie", "why are neon and argon so unreactive?", CURIE_08),
    ("curie", "is gold at the bottom of the reactivity series?", CURIE_09),
    ("curie", "can u give me a mnemonic for the reactivity series", CURIE_10),
    ("curie", "why does an iron nail go pink in copper sulphate, is that displacement?", CURIE_11),
    ("curie", "choir break q: why is helium so unreactive, is it cos its a noble gas", CURIE_08),
]
CURIE_ACIDS = [
    ("curie", "what does ph actually mean, is 7 neutral?", CURIE_12),
    ("curie", "is soap an acid or an alkali", CURIE_12),
    ("curie", "whats neutralisation", CURIE_13),
    ("curie", "how does an indigestion tablet neutralise stomach acid", CURIE_13),
    ("curie", "what happens when you put magnesium in acid", CURIE_14),
    ("curie", "why does limestone fizz in acid", CURIE_14),
    ("curie", "how do you test for hydrogen, is it the squeaky pop one", CURIE_15),
    ("curie", "what turns limewater milky again", CURIE_15),
    ("curie", "whats the ph of vinegar vs bleach", CURIE_12),
    ("curie", "is bicarb an acid or alkali?? cleaning the oven lol", CURIE_12),
    ("curie", "wait so what does neutralise actually mean in chem?", CURIE_13),
    ("curie", "why does marble fizz in acid, is it a carbonate thing", CURIE_14),
    ("curie", "whats the test for oxygen, glowing splint?", CURIE_15),
    ("curie", "why does the acid rain wear away limestone statues", CURIE_14),
    (
        "curie",
        "the florist says hydrangeas change colour with soil ph, whats ph actually",
        CURIE_12,
    ),
]
CURIE_REACTIONS = [
    ("curie", "how do you speed up a reaction, like for the rates practical", CURIE_16),
    ("curie", "can someone explain collision theory pls", CURIE_16),
    ("curie", "what does a catalyst actually do", CURIE_17),
    ("curie", "how does electrolysis work", CURIE_18),
    ("curie", "which electrode do the positive ions go to", CURIE_18),
    ("curie", "whats oil rig again", CURIE_19),
    ("curie", "is oxidation losing or gaining electrons? redox confuses me", CURIE_19),
    ("curie", "pls explain moles in chemistry like im 5", CURIE_20),
    ("curie", "how do i calculate moles from mass", CURIE_20),
    ("curie", "how do i work out the number of neutrons from the mass number", CURIE_21),
    ("curie", "what are the factors that affect the rate of reaction", CURIE_16),
    ("curie", "how does a catalytic converter work on a car", CURIE_17),
    ("curie", "is the cathode positive or negative in electrolysis i always forget", CURIE_18),
    ("curie", "what does redox mean", CURIE_19),
    ("curie", "i dont understand moles at all, whats the point of them", CURIE_20),
    ("curie", "how many protons does an atom with atomic number 6 have", CURIE_21),
]
CURIE_RADIOACTIVITY = [
    ("curie", "what are isotopes", CURIE_22),
    ("curie", "what does half life mean", CURIE_23),
    ("curie", "how does half-life work, is it like it halves every time?", CURIE_23),
    ("curie", "whats the difference between alpha beta and gamma", CURIE_24),
    ("curie", "which radiation is stopped by paper", CURIE_24),
    ("curie", "how do you handle a radioactive source safely in the lab", CURIE_25),
    ("curie", "what does radioactive actually mean", CURIE_26),
    ("curie", "whats the difference between carbon 12 and carbon 14, are they isotopes", CURIE_22),
    ("curie", "if something has a half life of 10 days how much is left after 30", CURIE_23),
    ("curie", "nurse here, which is worse alpha or gamma radiation?", CURIE_24),
    ("curie", "whats the safest way to store radioactive samples", CURIE_25),
    ("curie", "is it true that radioactive stuff is just unstable atoms", CURIE_26),
    ("curie", "nurse q, why is gamma radiation only stopped by thick lead", CURIE_24),
]
CURIE_HER_LIFE = [
    ("curie", "what is polonium and why did it get that name", CURIE_27),
    ("curie", "is it true polonium is named after poland", CURIE_27),
    ("curie", "is it true she kept radium by her bed as a nightlight", CURIE_29),
    ("curie", "wait are her notebooks still radioactive?", CURIE_30),
    ("curie", "how many nobel prizes did she win", CURIE_31),
    ("curie", "is it true curie won two nobel prizes", CURIE_31),
    ("curie", "how did marie curie die", CURIE_32),
    ("curie", "is it true curie was polish not french", CURIE_33),
    ("curie", "is it true you were born in warsaw?", CURIE_33),
    ("curie", "is it true polonium is more radioactive than radium", CURIE_27),
    (
        "curie",
        "is it true your notebooks are kept in lead boxes because they're still radioactive",
        CURIE_30,
    ),
    ("curie", "hi miss curie is it true you used to carry radium around in your pocket", CURIE_29),
    ("curie", "wait so how many nobel prizes did curie actually win", CURIE_31),
    ("curie", "when was radium discovered, what year?", CURIE_28),
]
CURIE_EVERYDAY_CHEMISTRY = [
    ("curie", "are rhubarb leaves actually poisonous to eat", CURIE_34),
    ("curie", "why does iron rust but not gold", CURIE_35),
    ("curie", "how do you stop rusting, for the chem paper", CURIE_35),
    ("curie", "what is combustion", CURIE_36),
    ("curie", "why does a candle need oxygen to burn", CURIE_36),
    ("curie", "are rhubarb leaves ok in the compost bin? got loads from the allotment", CURIE_34),
    ("curie", "why does iron rust, is it the oxygen or the water", CURIE_35),
    ("curie", "what is the fire triangle", CURIE_36),
    (
        "curie",
        "our church is getting a lightning conductor fitted, how does it protect it?",
        CURIE_37,
    ),
]
CURIE_SUBSTANCES = [
    ("curie", "whats the difference between an element a compound and a mixture", CURIE_38),
    ("curie", "how many elements are there", CURIE_39),
    ("curie", "is boiling an egg a chemical change or a physical change", CURIE_40),
    ("curie", "how does fractional distillation of crude oil work", CURIE_41),
    ("curie", "how does chromatography work", CURIE_42),
    ("curie", "is air a compound or a mixture", CURIE_38),
    ("curie", "is melting chocolate a physical or chemical change lol baking club", CURIE_40),
    ("curie", "whats crude oil actually made of", CURIE_41),
    (
        "curie",
        "minecraft question lol, is lava turning to stone a physical change or chemical",
        CURIE_40,
    ),
]
EINSTEIN_MOTION = [
    ("einstein", "how fast would you be going if you fell off a 10m cliff", EINSTEIN_00),
    # (session 41: a thing dropped is worked out, bots/falling.py)
    (
        "einstein",
        "whats the speed when a ball is dropped from 20 metres",
        "Galileo's sum, and a lovely one, Gus: it lands at √(2 × 9.8 × 20) ≈ 19.8 m/s, about 71 "
        "km/h, if we leave the air out of it.",
    ),
    ("einstein", "what is terminal velocity", EINSTEIN_01),
    ("einstein", "how does a parachute slow you down", EINSTEIN_01),
    ("einstein", "does a heavier object fall faster than a light one", EINSTEIN_02),
    ("einstein", "why would a feather and a hammer fall at the same time", EINSTEIN_02),
    ("einstein", "can someone explain newtons laws, the third one especially", EINSTEIN_03),
    ("einstein", "what is newton's first law", EINSTEIN_03),
    ("einstein", "whats the difference between mass and weight", EINSTEIN_04),
    ("einstein", "would i weigh less on the moon?", EINSTEIN_04),
    ("einstein", "what actually is gravity, is it a force", EINSTEIN_05),
    ("einstein", "why do astronauts float if there's gravity in space", EINSTEIN_06),
    ("einstein", "whats the difference between speed and velocity", EINSTEIN_07),
    ("einstein", "how do you calculate acceleration", EINSTEIN_07),
    ("einstein", "why do snowshoes stop you sinking, is it pressure", EINSTEIN_36),
    ("einstein", "if i jumped off a 5m diving board how fast would i hit the water", EINSTEIN_00),
    ("einstein", "settle a bet, does a bowling ball fall faster than a feather", EINSTEIN_02),
    ("einstein", "what speed do skydivers fall at", EINSTEIN_01),
    ("einstein", "wait so what is newtons third law in normal words", EINSTEIN_03),
    ("einstein", "is weight the same as mass? my physics teacher says no", EINSTEIN_04),
    ("einstein", "how does gravity work if nothing is touching", EINSTEIN_05),
    ("einstein", "is there no gravity on the iss? why are they floating", EINSTEIN_06),
    ("einstein", "why do stilettos wreck wooden floors, is it the pressure", EINSTEIN_36),
]
EINSTEIN_ENERGY = [
    ("einstein", "can energy be created or destroyed", EINSTEIN_08),
    ("einstein", "whats the formula for kinetic energy", EINSTEIN_09),
    ("einstein", "what is power in physics", EINSTEIN_10),
    ("einstein", "how do you calculate work done", EINSTEIN_10),
    ("einstein", "whats the equation for gpe", EINSTEIN_09),
    (
        "einstein",
        "where does the energy go when a ball stops bouncing, is it destroyed?",
        EINSTEIN_08,
    ),
    (
        "einstein",
        "gaming clan debate: if i double my speed do i get double the kinetic energy?",
        EINSTEIN_09,
    ),
    ("einstein", "what is a watt, like what is power actually in physics", EINSTEIN_10),
]
EINSTEIN_ELECTRICITY = [
    ("einstein", "whats the difference between current and voltage", EINSTEIN_11),
    ("einstein", "what's ohms law", EINSTEIN_11),
    (
        "einstein",
        "why do all the fairy lights go out when one bulb breaks, are they in series",
        EINSTEIN_12,
    ),
    ("einstein", "how does lightning actually form", EINSTEIN_13),
    ("einstein", "how does a lightning rod work", EINSTEIN_14),
    ("einstein", "why dont birds get electrocuted on power lines", EINSTEIN_15),
    ("einstein", "what does the earth wire do in a plug", EINSTEIN_16),
    ("einstein", "how does a fuse work", EINSTEIN_16),
    ("einstein", "how does a lightning rod actually protect a building", EINSTEIN_14),
    ("einstein", "whats the difference between series and parallel circuits", EINSTEIN_12),
]
EINSTEIN_MAGNETISM = [
    ("einstein", "how do magnets work", EINSTEIN_17),
    ("einstein", "how does an electric motor work", EINSTEIN_18),
    ("einstein", "why do magnets attract and repel", EINSTEIN_17),
    ("einstein", "how does a dynamo work on a bike", EINSTEIN_18),
    ("einstein", "is the earth a giant magnet? how do compasses work with magnetism", EINSTEIN_17),
    ("einstein", "why do two north poles repel each other", EINSTEIN_17),
    ("einstein", "how do electromagnets work in scrapyards", EINSTEIN_18),
]
EINSTEIN_WAVES = [
    ("einstein", "whats the difference between transverse and longitudinal waves", EINSTEIN_19),
    ("einstein", "whats the order of the electromagnetic spectrum", EINSTEIN_20),
    ("einstein", "how fast is the speed of light", EINSTEIN_21),
    ("einstein", "what is refraction", EINSTEIN_22),
    ("einstein", "why cant sound travel in space", EINSTEIN_23),
    ("einstein", "does sound travel faster in water?", EINSTEIN_23),
    ("einstein", "why does a straw look bent in water, refraction?", EINSTEIN_22),
    (
        "einstein",
        "how many light years away is the nearest star, how far is a light year",
        # (know45a: what a light year is, and the nearest star's, not the speed of light)
        "A light year is a distance, not a time, Gus: how far light goes in a year, about 9.46 "
        "trillion kilometres. The nearest star beyond the Sun, Proxima Centauri, is 4.2 light "
        "years away, so we see it as it was four years ago.",
    ),
]
EINSTEIN_MATTER = [
    ("einstein", "what is density and how do you calculate it", EINSTEIN_24),
    ("einstein", "whats the difference between conduction and convection", EINSTEIN_26),
    ("einstein", "how does a thermos keep things hot and cold", EINSTEIN_27),
    ("einstein", "what are the three states of matter", EINSTEIN_28),
    ("einstein", "what is specific heat capacity", EINSTEIN_29),
    ("einstein", "how does heat transfer work, conduction convection radiation", EINSTEIN_26),
    ("einstein", "why does ice float on water", EINSTEIN_25),
    ("einstein", "what is the difference between solids liquids and gases", EINSTEIN_28),
    ("einstein", "whats the density of water", EINSTEIN_24),
]
EINSTEIN_MODERN_AND_HIS_OWN = [
    ("einstein", "what does e=mc2 actually mean", EINSTEIN_30),
    ("einstein", "can you explain relativity like im 5, for a year 9", EINSTEIN_31),
    ("einstein", "what is the photoelectric effect", EINSTEIN_32),
    ("einstein", "whats inside an atom", EINSTEIN_33),
    ("einstein", "what was the plum pudding model", EINSTEIN_34),
    ("einstein", "whats the difference between nuclear fission and fusion", EINSTEIN_35),
    ("einstein", "is it true you failed maths at school", EINSTEIN_37),
    ("einstein", "can u explain relativity like im 5", EINSTEIN_31),
    ("einstein", "what does e=mc2 mean in normal words", EINSTEIN_30),
    ("einstein", "is it true einstein was bad at maths", EINSTEIN_37),
    ("einstein", "how do nuclear fusion reactors work", EINSTEIN_35),
    ("einstein", "is it true you flunked maths as a kid", EINSTEIN_37),
    ("einstein", "heard einstein failed his exams, is that a myth", EINSTEIN_37),
]
DARWIN_EVOLUTION = [
    ("darwin", "what is natural selection", DARWIN_00),
    ("darwin", "what does survival of the fittest actually mean", DARWIN_01),
    ("darwin", "whats the evidence for evolution", DARWIN_02),
    ("darwin", "can you explain evolution in simple terms", DARWIN_03),
    ("darwin", "why did the dinosaurs go extinct", DARWIN_26),
    ("darwin", "how do fossils form", DARWIN_27),
    ("darwin", "how does antibiotic resistance happen", DARWIN_28),
    ("darwin", "what happened with the peppered moth", DARWIN_29),
    ("darwin", "what is selective breeding", DARWIN_33),
    ("darwin", "can u explain natural selection like im 5", DARWIN_00),
    ("darwin", "is evolution just a theory tho", DARWIN_02),
    ("darwin", "how did the dodo go extinct", DARWIN_26),
    ("darwin", "why are superbugs getting worse", DARWIN_28),
    ("darwin", "what is the peppered moth an example of", DARWIN_29),
    ("darwin", "how did we breed dogs from wolves, selective breeding?", DARWIN_33),
]
DARWIN_KINSHIP = [
    ("darwin", "how much dna do we share with chimps", DARWIN_05),
    ("darwin", "are all living things related", DARWIN_07),
    ("darwin", "wait so do we actually share 50% of our dna with bananas?", DARWIN_04),
    ("darwin", "are we more related to mushrooms than plants? saw it on tiktok", DARWIN_06),
    ("darwin", "do humans share 98% of dna with chimps", DARWIN_05),
    ("darwin", "is it true all life has a common ancestor", DARWIN_07),
]
DARWIN_CELLS = [
    ("darwin", "whats the difference between plant and animal cells", DARWIN_09),
    ("darwin", "what do mitochondria do", DARWIN_08),
    ("darwin", "how does photosynthesis work", DARWIN_10),
    ("darwin", "is respiration the same as breathing", DARWIN_11),
    ("darwin", "how do enzymes work", DARWIN_30),
    ("darwin", "do plant cells have mitochondria too?", DARWIN_09),
    ("darwin", "is the mitochondria really the powerhouse of the cell lol", DARWIN_08),
    ("darwin", "whats the word equation for photosynthesis", DARWIN_10),
    ("darwin", "whats anaerobic respiration", DARWIN_11),
    ("darwin", "why does amylase stop working when its hot, enzymes", DARWIN_30),
]
DARWIN_PLANTS = [
    ("darwin", "how does pollination work", DARWIN_13),
    ("darwin", "why do leaves change colour in autumn", DARWIN_34),
    ("darwin", "my squash plants have loads of male flowers and no fruit, what do i do", DARWIN_12),
    ("darwin", "my pumpkin flowers keep dropping off, is it pollination?", DARWIN_12),
    ("darwin", "why do trees change colour in autumn", DARWIN_34),
    ("darwin", "my cucumber plant is all flowers and no fruit, help", DARWIN_12),
    ("darwin", "what happens in pollination for gcse bio", DARWIN_13),
    ("darwin", "wedding florist q: why do leaves go red in autumn?", DARWIN_34),
]
DARWIN_ECOLOGY = [
    ("darwin", "what is a food chain", DARWIN_14),
    ("darwin", "how is a camel adapted to the desert", DARWIN_15),
    ("darwin", "what is a food web", DARWIN_14),
    ("darwin", "how are polar bears adapted to the arctic", DARWIN_15),
    ("darwin", "whats a food chain for a pond, like what eats what", DARWIN_14),
    ("darwin", "why is energy lost along a food chain?", DARWIN_14),
    ("darwin", "what are some examples of adaptation in desert animals", DARWIN_15),
]
DARWIN_GENETICS = [
    ("darwin", "whats the difference between dominant and recessive", DARWIN_16),
    ("darwin", "what is dna made of", DARWIN_17),
    ("darwin", "what is a mutation", DARWIN_18),
    ("darwin", "why do siblings look so different", DARWIN_31),
    ("darwin", "why do we even have an appendix", DARWIN_32),
    ("darwin", "what is a punnett square", DARWIN_16),
    ("darwin", "whats the difference between a gene and a chromosome", DARWIN_17),
    ("darwin", "how do mutations cause evolution", DARWIN_18),
    (
        "darwin",
        "why do identical twins look the same but my sister and i look so different",
        DARWIN_31,
    ),
    ("darwin", "whats the point of the tailbone", DARWIN_32),
]
DARWIN_CLASSIFICATION = [
    ("darwin", "how does classification work, kingdom phylum etc", DARWIN_19),
    ("darwin", "why cant mules have babies", DARWIN_20),
    ("darwin", "what is the binomial system", DARWIN_19),
    ("darwin", "are horses and donkeys the same species", DARWIN_20),
    ("darwin", "whats the point of classification in biology", DARWIN_19),
    ("darwin", "is it true a liger is a different species", DARWIN_20),
    ("darwin", "what does the binomial name homo sapiens mean, genus species thing", DARWIN_19),
]
DARWIN_VOYAGE = [
    ("darwin", "why were the galapagos finches so important", DARWIN_21),
    # (asked whether he rode them: his own ride, know40a)
    (
        "darwin",
        "is it true you rode the giant tortoises",
        "I did, Gus: on the Galápagos I got on the great tortoises' backs and rapped on their "
        "shells to make them walk, and found it very hard to keep my balance.",
    ),
    ("darwin", "how long was the voyage of the beagle", DARWIN_23),
    ("darwin", "when was origin of species published", DARWIN_24),
    ("darwin", "who was wallace", DARWIN_25),
    ("darwin", "why are the galapagos tortoises shells different shapes", DARWIN_22),
    ("darwin", "where did the beagle go on its voyage", DARWIN_23),
    ("darwin", "did wallace come up with evolution too", DARWIN_25),
]

GROUPS = [
    CURIE_BONDING,
    CURIE_PERIODIC,
    CURIE_ACIDS,
    CURIE_REACTIONS,
    CURIE_RADIOACTIVITY,
    CURIE_HER_LIFE,
    CURIE_EVERYDAY_CHEMISTRY,
    CURIE_SUBSTANCES,
    EINSTEIN_MOTION,
    EINSTEIN_ENERGY,
    EINSTEIN_ELECTRICITY,
    EINSTEIN_MAGNETISM,
    EINSTEIN_WAVES,
    EINSTEIN_MATTER,
    EINSTEIN_MODERN_AND_HIS_OWN,
    DARWIN_EVOLUTION,
    DARWIN_KINSHIP,
    DARWIN_CELLS,
    DARWIN_PLANTS,
    DARWIN_ECOLOGY,
    DARWIN_GENETICS,
    DARWIN_CLASSIFICATION,
    DARWIN_VOYAGE,
]

# The same words in another sense, said in chat or asked of another thing: no school line.
NOT_SCHOOL = [
    ("curie", "we have great chemistry lol, is it obvious?"),
    ("curie", "how do i strengthen my bond with my sister?"),
    ("curie", "what is the element of surprise in a good party?"),
    ("curie", "why am i so acidic today lol"),
    ("curie", "is my sister a real catalyst for drama or what"),
    ("curie", "how do i get rid of moles in my lawn?"),
    ("curie", "whats the best polish food to bring to the party?"),
    ("curie", "how do i stop my bike chain rusting in winter"),
    ("curie", "how do you speed up my reaction time for gaming?"),
    ("curie", "what is the half time score?"),
    ("curie", "is he an alpha male or what"),
    ("curie", "whats a good test for whether a melon is ripe?"),
    ("curie", "did you really carry radium in your pocket?"),
    ("curie", "should i open the old radium clock i found"),
    ("curie", "come on u discovered two of them, polonium or radium? 😄"),
    ("curie", "you're from warsaw, should we add poland? is krakow worth the detour"),
    ("einstein", "can you give me a recipe for a quick dinner?"),
    ("einstein", "why did i fall asleep so fast last night?"),
    ("einstein", "what is the current situation with the trains?"),
    ("einstein", "is she a live wire or what?"),
    ("einstein", "how do i lose weight and build muscle mass?"),
    ("einstein", "can you recommend a tv series to binge?"),
    ("einstein", "i failed my maths exam, any tips?"),
    ("einstein", "is my motor insurance valid abroad?"),
    ("einstein", "that sounds good, is there space for me?"),
    ("einstein", "should i travel light for interrail?"),
    ("einstein", "how do i deal with peer pressure at work?"),
    ("einstein", "is my blood pressure too high?"),
    ("einstein", "is reflection good for the soul?"),
    ("einstein", "did you ever fail an exam?"),
    ("darwin", "is a beagle a good family dog?"),
    ("darwin", "how do i adapt to night shifts?"),
    ("darwin", "is this mushroom close to the path poisonous?"),
    ("darwin", "my sister and i never get along, why?"),
    ("darwin", "which cell network has the best signal?"),
    ("darwin", "is the appendix of the report finished?"),
    ("darwin", "my brother looks so tired, is he ok?"),
    ("darwin", "how do i get the kids interested in fossils?"),
    ("shakespeare", "whats the difference between ionic and covalent bonding"),
    ("socrates", "what is natural selection"),
]

# Everyday questions that had their answer before keep it: the school lines take none of them.
KEPT = [
    (
        "curie",
        "my pan is burnt black on the bottom, is it ruined?",
        "Cover the burnt layer with water and a good spoonful of bicarbonate of soda, Gus, simmer "
        "it ten minutes and let it cool; most of it lifts with a wooden spoon. No steel wool on a "
        "non-stick pan.",
    ),
    (
        "darwin",
        "why are my courgettes rotting at the end",
        "Courgettes rot at the tip when the flower was poorly pollinated or the plant sits wet, "
        "Gus: water at the roots, not over the fruit, and pick them small; a poor year for bees "
        "brings more of it.",
    ),
    (
        "einstein",
        "how far away is a storm if you count after the lightning?",
        "A lovely question, Gus. Lightning heats the air so fast that it bursts outwards, and that "
        "is thunder; count the seconds from flash to thunder and divide by three to know how far "
        "away the storm is in kilometres.",
    ),
]

OURS = [case for group in GROUPS for case in group]


@pytest.mark.parametrize(("slug", "text", "reply"), DEV + OURS)
def test_a_school_question_gets_its_plain_answer(slug, text, reply):
    assert say(slug, text, seed=1, author="gus") == reply


def test_every_group_of_lines_is_asked_at_least_six_ways():
    assert all(len(group) >= 6 for group in GROUPS)


def _school(slug: str) -> list[str]:
    index = index_of(VOICES[slug].material)
    return [k.text.replace("{name}", "Gus") for k in knowns(index.tagged.get("know", ()))]


SCHOOL = {
    line
    for name, line in dict(globals()).items()
    if name.split("_")[0] in ("CURIE", "EINSTEIN", "DARWIN") and isinstance(line, str)
}


def test_the_school_lines_are_in_the_material_and_fit():
    every = {line for slug in ("curie", "einstein", "darwin") for line in _school(slug)}
    assert len(SCHOOL) >= 115
    assert every >= SCHOOL
    for slug in ("curie", "einstein", "darwin"):
        assert all(len(line) <= VOICES[slug].max_reply_chars for line in _school(slug))


@pytest.mark.parametrize(("slug", "text"), NOT_SCHOOL)
def test_other_senses_get_no_school_line(slug, text):
    reply = say(slug, text, seed=1, author="gus")
    assert not any(line in reply for line in SCHOOL), reply


@pytest.mark.parametrize(("slug", "text", "reply"), KEPT)
def test_everyday_answers_before_them_are_kept(slug, text, reply):
    assert say(slug, text, seed=1, author="gus") == reply


def test_an_unrelated_question_after_a_school_answer_gets_no_school_line():
    asked = "@einstein what does e=mc2 actually mean?"
    first = say("einstein", asked, seed=1, author="gus")
    assert first == EINSTEIN_30
    history = (Line("gus", asked), Line("Albert Einstein", first, own=True))
    for text in ("can you give me a recipe for a quick dinner?", "which team will win the cup?"):
        reply = say("einstein", text, seed=1, author="gus", history=history)
        assert not any(line in reply for line in SCHOOL), reply


def test_a_follow_up_on_the_rhubarb_is_read_with_the_rhubarb():
    asked = "@curie is it true you shouldn't put rhubarb leaves on the compost?"
    first = say("curie", asked, seed=1, author="maureen")
    assert first == CURIE_34.replace("Gus", "Maureen")
    history = (Line("maureen", asked), Line("Marie Curie", first, own=True))
    reply = say(
        "curie",
        "@curie so is it ok in the compost heap or not?",
        seed=1,
        author="maureen",
        history=history,
    )
    # Asked again, the point of its answer, not the same words (session 23).
    assert reply == (
        "As I said, Maureen: they are fine on the compost heap, where the acid breaks down and "
        "harms neither worms nor crops."
    )
