"""Everyday practical questions outside a persona's field (advise50): the plain, common-sense
answer in the persona's voice (`bots/advice.py`), never "I have no data on that at all"; and
what is not such a question (a question of its own field, a sum, a health or legal question, a
safety question of a closed place or a storm) answered as before."""

from __future__ import annotations

import pytest

from bots.advice import advice
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

# (kind, persona, the question, its whole reply)
ADVISED = [
    (
        "safe",
        "curie",
        "@darwin would it be ok to put the barbecue on the grass at the park?",
        "That needs no laboratory, Maya, only good sense. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "safe",
        "darwin",
        "is it dangerous to have a bbq in the street for the party",
        "No notebooks are needed for that, Maya; common sense will do. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "safe",
        "einstein",
        "@einstein can we safely have a bbq on the green or is that a bad idea",
        "No physics is needed for that one, Maya. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "safe",
        "lovelace",
        "is a fire pit safe in a small back garden?",
        "No Engine is needed for that, Maya; plain sense will do. Yes, with care: a level, non-flammable base well clear of fences, sheds and branches, water or a hose to hand, and never left burning unattended.",  # noqa: E501
    ),
    (
        "safe",
        "socrates",
        "@curie are tea lights on the tables a fire risk with the bunting about",
        "Even I know this much, Maya. Keep them in jars or holders on a steady surface away from bunting and napkins, and blow them out before you leave; battery tea lights are the safe swap.",  # noqa: E501
    ),
    (
        "safe",
        "shakespeare",
        "is it ok to use a step ladder to hang the bunting",
        "Plain counsel, Maya, and no verse in it. Yes, if it stands on firm, level ground, someone holds the foot, and you keep your hips between the rails; move it rather than lean out.",  # noqa: E501
    ),
    (
        "safe",
        "curie",
        "@lovelace is it safe for the kids to play on the road once its closed?",
        "That needs no laboratory, Maya, only good sense. Once the road is properly closed, with barriers and a grown-up at each end to watch for cars, yes; keep those ends staffed the whole time.",  # noqa: E501
    ),
    (
        "safe",
        "darwin",
        "@socrates will the gazebo be ok in this wind or should we take it down",
        "No notebooks are needed for that, Maya; common sense will do. Peg it down and weight every leg (sandbags or big water bottles), and take it down if the wind gets up; they lift far more easily than you'd think.",  # noqa: E501
    ),
    (
        "safe",
        "einstein",
        "are candles in jam jars safe for the garden party",
        "No physics is needed for that one, Maya. Keep them in jars or holders on a steady surface away from bunting and napkins, and blow them out before you leave; battery tea lights are the safe swap.",  # noqa: E501
    ),
    (
        "safe",
        "lovelace",
        "is it safe to have a bonfire at the bottom of the garden",
        "No Engine is needed for that, Maya; plain sense will do. Yes, with care: a level, non-flammable base well clear of fences, sheds and branches, water or a hose to hand, and never left burning unattended.",  # noqa: E501
    ),
    (
        "more people",
        "socrates",
        "how can we get more members to join the book club?",
        "Even I know this much, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "shakespeare",
        "@darwin any ideas how to attract new people to the choir",
        "Plain counsel, Maya, and no verse in it. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "curie",
        "whats the best way to get more folk to turn up to the litter picks",
        "That needs no laboratory, Maya, only good sense. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "darwin",
        "how do we get more ppl to come to the quiz night",
        "No notebooks are needed for that, Maya; common sense will do. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "einstein",
        "what would make more people come along to the coffee morning? @socrates",
        "No physics is needed for that one, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "lovelace",
        "how do we grow our membership, its been stuck at 12 for ages",
        "No Engine is needed for that, Maya; plain sense will do. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "socrates",
        "@einstein how can we bring in younger people to the allotment society",
        "Even I know this much, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "volunteers",
        "shakespeare",
        "how do we get more volunteers for the tea rota",
        'Plain counsel, Maya, and no verse in it. Ask people one to one for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',  # noqa: E501
    ),
    (
        "volunteers",
        "curie",
        "@curie any ideas how to find helpers for the fete",
        'That needs no laboratory, Maya, only good sense. Ask people one to one for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',  # noqa: E501
    ),
    (
        "volunteers",
        "darwin",
        "what's the best way to recruit volunteers for the food bank?",
        'No notebooks are needed for that, Maya; common sense will do. Ask people one to one for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',  # noqa: E501
    ),
    (
        "volunteers",
        "einstein",
        "we're always short of volunteers on saturdays, how do we fix that?",
        'No physics is needed for that one, Maya. Ask people one to one for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',  # noqa: E501
    ),
    (
        "keep going",
        "lovelace",
        "how do we keep the group going over the summer when half of us are away",
        "No Engine is needed for that, Maya; plain sense will do. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "socrates",
        "@darwin how can we stop people dropping off after the first few weeks",
        "Even I know this much, Maya. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "shakespeare",
        "how do you keep a club going when numbers are dwindling?",
        "Plain counsel, Maya, and no verse in it. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "curie",
        "how do we keep people coming back to the walking group",
        "That needs no laboratory, Maya, only good sense. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "darwin",
        "what keeps a book club going long term @socrates",
        "No notebooks are needed for that, Maya; common sense will do. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "einstein",
        "should we have a fixed night every week or rotate it?",
        "No physics is needed for that one, Maya. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "lovelace",
        "same day each month or move it around so more people can make it? @curie",
        "No Engine is needed for that, Maya; plain sense will do. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "socrates",
        "@lovelace fixed date or alternate between saturdays and sundays?",
        "Even I know this much, Maya. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "shakespeare",
        "do we keep a set day for the meetings or rotate the days",
        "Plain counsel, Maya, and no verse in it. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "curie",
        "rotate the days or stick to a fixed one? @darwin",
        "That needs no laboratory, Maya, only good sense. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "which day",
        "darwin",
        "which day is best for a coffee morning?",
        "No notebooks are needed for that, Maya; common sense will do. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "which day",
        "einstein",
        "@einstein what night works best for a pub quiz",
        "No physics is needed for that one, Maya. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "which day",
        "lovelace",
        "weekday or weekend for the car boot, what do you reckon",
        "No Engine is needed for that, Maya; plain sense will do. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "which day",
        "socrates",
        "best day of the week to hold a committee meeting?",
        "Even I know this much, Maya. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "which day",
        "shakespeare",
        "what day would be best for the walking group @socrates",
        "Plain counsel, Maya, and no verse in it. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "rain plan",
        "curie",
        "@darwin whats the plan if it rains on saturday",
        "That needs no laboratory, Maya, only good sense. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "darwin",
        "what if the weather turns on the day of the fete?",
        "No notebooks are needed for that, Maya; common sense will do. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "einstein",
        "do we need a wet weather plan for the picnic?",
        "No physics is needed for that one, Maya. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "lovelace",
        "any ideas for a plan b if it rains for the street party",
        "No Engine is needed for that, Maya; plain sense will do. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "socrates",
        "@curie what do we do if it pours down during the bbq",
        "Even I know this much, Maya. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "neighbour",
        "shakespeare",
        "how do i politely ask my neighbour to cut back his hedge?",
        "Good sense, Maya, not the poet, speaks here. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "curie",
        "@socrates how should i approach the neighbours about their bins being left out",
        "That needs no laboratory, Maya, only good sense. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "darwin",
        "what's the best way to talk to my upstairs neighbour about the noise at night",
        "No notebooks are needed for that, Maya; common sense will do. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "einstein",
        "how do i bring it up with next door that their car blocks our drive",
        "No physics is needed for that one, Maya. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "lovelace",
        "@einstein how do i tell my nieghbour his dog barks all day without upsetting him",
        "That is good sense rather than mathematics, Maya. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "socrates",
        "how can i ask the neighbours to keep the music down on weeknights",
        "Even I know this much, Maya. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "complain",
        "shakespeare",
        "how do i complain politely about a late delivery",
        "Plain counsel, Maya, and no verse in it. Say calmly what went wrong, when, and what you'd like done about it, to someone who can fix it; keep to the facts, and follow up by email if need be.",  # noqa: E501
    ),
    (
        "complain",
        "curie",
        (
            "@curie what's the best way to make a complaint without being rude, the "
            "restaurant was awful"
        ),
        "That needs no laboratory, Maya, only good sense. Say calmly what went wrong, when, and what you'd like done about it, to someone who can fix it; keep to the facts, and follow up by email if need be.",  # noqa: E501
    ),
    (
        "complain",
        "darwin",
        "how do i politely complain to the council about the potholes",
        "No notebooks are needed for that, Maya; common sense will do. Say calmly what went wrong, when, and what you'd like done about it, to someone who can fix it; keep to the facts, and follow up by email if need be.",  # noqa: E501
    ),
    (
        "costs",
        "einstein",
        "how can we keep costs down for the christmas party?",
        "No physics is needed for that one, Maya. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "lovelace",
        "@lovelace any ideas how to do the summer fete on a tight budget",
        "No Engine is needed for that, Maya; plain sense will do. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "socrates",
        "how do we run the street party on the cheap",
        "Even I know this much, Maya. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "shakespeare",
        "best way to save money on the club's away day?",
        "Plain counsel, Maya, and no verse in it. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "curie",
        "how do we keep the costs low for the kids disco",
        "That needs no laboratory, Maya, only good sense. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "book early",
        "darwin",
        "how far in advance should we book the village hall?",
        "No notebooks are needed for that, Maya; common sense will do. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "book early",
        "einstein",
        "@darwin how early do we need to book a table for 20 at christmas",
        "No physics is needed for that one, Maya. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "book early",
        "lovelace",
        "how soon should i book the venue for a 50th",
        "No Engine is needed for that, Maya; plain sense will do. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "book early",
        "socrates",
        "how far ahead do you need to book a coach for a day trip",
        "Even I know this much, Maya. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "arrive early",
        "shakespeare",
        "how early should i get there for a good spot at the fireworks display",
        "Plain counsel, Maya, and no verse in it. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "arrive early",
        "curie",
        "@curie how early do we need to arrive for the car boot to set up",
        "That needs no laboratory, Maya, only good sense. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "arrive early",
        "darwin",
        "how early should we turn up to the wedding",
        "No notebooks are needed for that, Maya; common sense will do. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "arrive early",
        "einstein",
        "how soon before kick off should we get there",
        "No physics is needed for that one, Maya. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "leftovers",
        "lovelace",
        "what shall we do with the leftover cake after the party?",
        "No Engine is needed for that, Maya; plain sense will do. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "leftovers",
        "socrates",
        "@einstein what do we do with all the leftover food from the buffet",
        "Even I know this much, Maya. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "leftovers",
        "shakespeare",
        "there's loads of leftover sandwiches from the wake, any ideas what to do with them?",
        "Plain counsel, Maya, and no verse in it. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "leftovers",
        "curie",
        "what should we do with the spare buns from the bake sale",
        "That needs no laboratory, Maya, only good sense. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "leftover money",
        "darwin",
        "what should we do with the leftover money in the kitty?",
        "No notebooks are needed for that, Maya; common sense will do. Keep it in the kitty toward the next one, or give it to a local cause the group agrees on; either way, tell everyone where it went.",  # noqa: E501
    ),
    (
        "leftover money",
        "einstein",
        "@socrates what happens with the spare cash from the raffle",
        "No physics is needed for that one, Maya. Keep it in the kitty toward the next one, or give it to a local cause the group agrees on; either way, tell everyone where it went.",  # noqa: E501
    ),
    (
        "lids",
        "lovelace",
        "should we collect bottle tops separately or leave them on?",
        "No Engine is needed for that, Maya; plain sense will do. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "lids",
        "socrates",
        "@curie do plastic lids go in the recycling",
        "Even I know this much, Maya. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "lids",
        "shakespeare",
        "is it worth collecting bottle caps for recycling separately",
        "Plain counsel, Maya, and no verse in it. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "lids",
        "curie",
        "are the lids recyclable or do they go in the normal bin",
        "That needs no laboratory, Maya, only good sense. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "litter",
        "darwin",
        "@darwin how do we stop people dropping litter by the bus stop",
        "No notebooks are needed for that, Maya; common sense will do. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "litter",
        "einstein",
        "what actually stops kids chucking rubbish in the park?",
        "No physics is needed for that one, Maya. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "litter",
        "lovelace",
        "how can we cut down on littering round the shops?",
        "No Engine is needed for that, Maya; plain sense will do. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "decide fairly",
        "socrates",
        "how do we decide fairly who gets the best stall pitch",
        "Even I know this much, Maya. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "decide fairly",
        "shakespeare",
        "@socrates what's the fairest way to choose the christmas venue",
        "Plain counsel, Maya, and no verse in it. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "decide fairly",
        "curie",
        "how can we settle this without falling out, half want pizza half want curry",
        "That needs no laboratory, Maya, only good sense. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "decide fairly",
        "darwin",
        "we can't agree on the date, how do we decide?",
        "No notebooks are needed for that, Maya; common sense will do. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "bring",
        "einstein",
        "what should i bring to the picnic tomorrow?",
        "No physics is needed for that one, Maya. A blanket, a cool bag with ice packs for anything that must stay cold, plates, cups and a knife, a bin bag for the rubbish, and wipes.",  # noqa: E501
    ),
    (
        "bring",
        "lovelace",
        "@curie what do i need to pack for a day at the beach",
        "No Engine is needed for that, Maya; plain sense will do. Sun cream, hats, water, a towel or windbreak, a change of clothes, snacks, and a bag to bring your rubbish home.",  # noqa: E501
    ),
    (
        "bring",
        "socrates",
        "what should we take on the hike on sunday",
        "Even I know this much, Maya. Comfortable broken-in boots, a waterproof, a warm layer, water, snacks, a charged phone and a map of the route.",  # noqa: E501
    ),
    (
        "bring",
        "shakespeare",
        "@darwin what do i bring to a bring and share",
        "Plain counsel, Maya, and no verse in it. A dish that's easy to eat standing up and labelled with what's in it, a serving spoon, and a folding chair; drinks and a bin bag never go amiss.",  # noqa: E501
    ),
    (
        "bring",
        "curie",
        "what should i take to my first car boot sale as a seller",
        "That needs no laboratory, Maya, only good sense. Plenty of change in coins and fivers, a table and a sheet to lay things on, carrier bags for buyers, and a flask and snacks for yourself; price things before you go.",  # noqa: E501
    ),
    (
        "bring",
        "darwin",
        "what do i need to bring for the litter pick",
        "No notebooks are needed for that, Maya; common sense will do. Gloves, a litter picker if you have one, strong bin bags, sturdy shoes, and water; leave needles and glass for the organiser to deal with.",  # noqa: E501
    ),
    (
        "bring",
        "einstein",
        "what should we pack for a weekend festival",
        "No physics is needed for that one, Maya. Wellies and waterproofs whatever the forecast, sun cream, a power bank, cash, a torch, earplugs, and loo roll and wipes.",  # noqa: E501
    ),
    (
        "first",
        "lovelace",
        "any tips for a beginner at the pub quiz?",
        "No Engine is needed for that, Maya; plain sense will do. Go as a team of four to six with a mix of ages and interests, agree who writes the answers, and always put something down: a guess scores more than a blank.",  # noqa: E501
    ),
    (
        "first",
        "socrates",
        "first time doing parkrun saturday, any advice?",
        "Even I know this much, Maya. Register beforehand and bring your printed barcode, start near the back, and go at a pace you could still talk at; walking some of it is perfectly normal.",  # noqa: E501
    ),
    (
        "first",
        "shakespeare",
        "@einstein any tips for a first timer at a car boot sale",
        "Plain counsel, Maya, and no verse in it. Get there early, price things before you go, bring plenty of change, and expect haggling: start a little high and be ready to meet in the middle.",  # noqa: E501
    ),
    (
        "first",
        "curie",
        "im new to the allotment, any tips for a beginner",
        "That needs no laboratory, Maya, only good sense. Start small, one bed at a time, grow a few easy things you actually eat (potatoes, courgettes, beans), and chat to the plot-holders next to you.",  # noqa: E501
    ),
    (
        "first",
        "darwin",
        "tips for my first open mic night? bricking it",
        "No notebooks are needed for that, Maya; common sense will do. Pick two songs you know inside out, get your name down early, and tune up before you go on; the room is on your side, and everyone there was new once.",  # noqa: E501
    ),
    (
        "first",
        "einstein",
        "@socrates any advice for my first committee meeting?",
        "No physics is needed for that one, Maya. Arrive a few minutes early, introduce yourself to whoever's running it, and don't worry about getting everything right first time: everyone there was new once.",  # noqa: E501
    ),
    (
        "first",
        "lovelace",
        "never done camping before, any tips?",
        "No Engine is needed for that, Maya; plain sense will do. Pitch the tent once at home first, take more warm layers than you think, pick a campsite with loos and showers, and arrive with daylight to spare.",  # noqa: E501
    ),
    (
        "fresh",
        "socrates",
        "how do i keep herbs fresh longer",
        "Even I know this much, Maya. Treat soft herbs like flowers: stalks in a glass of water, loosely covered with a bag, in the fridge (basil stays out on the side), and they last a week or more.",  # noqa: E501
    ),
    (
        "fresh",
        "shakespeare",
        "@einstein best way to store potatoes so they dont sprout?",
        "Plain counsel, Maya, and no verse in it. Somewhere cool, dark and dry, in a paper or hessian bag rather than plastic, and away from onions, which make them sprout.",  # noqa: E501
    ),
    (
        "fresh",
        "einstein",
        "how do you stop lettuce going slimy in the fridge",
        "No physics is needed for that one, Maya. Wrap the leaves loosely in kitchen paper in a bag or box in the salad drawer: the paper soaks up the damp that turns them slimy.",  # noqa: E501
    ),
    (
        "fresh",
        "darwin",
        "how should i keep the sandwiches fresh for the party tomorrow",
        "No notebooks are needed for that, Maya; common sense will do. Make them as late as you can, keep fillings dry (lettuce and tomato separate if possible), cover them with a damp clean tea towel or cling film, and keep them cool.",  # noqa: E501
    ),
    (
        "fresh",
        "einstein",
        "@lovelace how do you keep flowers fresh in a vase",
        "No physics is needed for that one, Maya. Trim the stems at an angle, strip any leaves below the water, change the water every couple of days, and keep them out of sun and away from the fruit bowl.",  # noqa: E501
    ),
    (
        "fresh",
        "lovelace",
        "how do i stop bananas going brown so fast",
        "No Engine is needed for that, Maya; plain sense will do. Keep them out of the fridge and away from other fruit, wrap the stalks in cling film, and freeze any that go spotty for smoothies or banana bread.",  # noqa: E501
    ),
    (
        "fresh",
        "socrates",
        "whats the best way to store cheese",
        "Even I know this much, Maya. Wrap it in wax or baking paper, then loosely in a bag, and keep it in the fridge salad drawer; cling film makes it sweat.",  # noqa: E501
    ),
    (
        "safe",
        "einstein",
        "quick q @curie - is it alright to do the bbq on the pavement outside no. 12?",
        "No physics is needed for that one, Maya. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "safe",
        "lovelace",
        (
            "@darwin r tealights ok on the tables or are they a fire hazard with all "
            "the paper bunting"
        ),
        "No Engine is needed for that, Maya; plain sense will do. Keep them in jars or holders on a steady surface away from bunting and napkins, and blow them out before you leave; battery tea lights are the safe swap.",  # noqa: E501
    ),
    (
        "safe",
        "socrates",
        (
            "whats the safest way to use a ladder for putting the lights up? is it ok "
            "if i do it alone"
        ),
        "Even I know this much, Maya. Yes, if it stands on firm, level ground, someone holds the foot, and you keep your hips between the rails; move it rather than lean out.",  # noqa: E501
    ),
    (
        "safe",
        "shakespeare",
        "is a firepit on the green ok do u think",
        "Plain counsel, Maya, and no verse in it. Yes, with care: a level, non-flammable base well clear of fences, sheds and branches, water or a hose to hand, and never left burning unattended.",  # noqa: E501
    ),
    (
        "safe",
        "curie",
        "honestly is it risky having the barbecue on the lawn with all the kids about",
        "That needs no laboratory, Maya, only good sense. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "more people",
        "darwin",
        ("@socrates how do we get new faces to come to the repair cafe, it's always the same lot"),
        "No notebooks are needed for that, Maya; common sense will do. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "einstein",
        "any tips on how to get more people to join the running club?",
        "No physics is needed for that one, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "lovelace",
        "how do we attract more residents to the tenants meetings",
        "No Engine is needed for that, Maya; plain sense will do. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "socrates",
        "hw do we get more ppl to turn up to the beach clean",
        "Even I know this much, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "shakespeare",
        "@einstein how can we get more families to come along to the fun day",
        "Plain counsel, Maya, and no verse in it. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "keep going",
        "curie",
        "how do we stop people losing interest in the knitting circle",
        "That needs no laboratory, Maya, only good sense. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "darwin",
        "@curie any ideas how to keep the choir going now that sue's stepping down",
        "No notebooks are needed for that, Maya; common sense will do. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "einstein",
        "what keeps a group like ours going for years? @darwin",
        "No physics is needed for that one, Maya. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "lovelace",
        "@lovelace do we go for the same night each week or mix it up",
        "No Engine is needed for that, Maya; plain sense will do. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "socrates",
        "first thursday of every month fixed, or rotate the day so shift workers can come?",
        "Even I know this much, Maya. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "which day",
        "shakespeare",
        "is a weekday or the weekend better for the plant swap",
        "Plain counsel, Maya, and no verse in it. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "which day",
        "curie",
        "@curie which night is best for a book club do you think",
        "That needs no laboratory, Maya, only good sense. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "rain plan",
        "darwin",
        "@einstein what happens if it rains for the fun day",
        "No notebooks are needed for that, Maya; common sense will do. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "einstein",
        "do we need a bad weather backup for the summer fair?",
        "No physics is needed for that one, Maya. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "lovelace",
        "whats our plan b in case of rain on sunday",
        "No Engine is needed for that, Maya; plain sense will do. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "neighbour",
        "socrates",
        "@darwin how do i nicely ask next door to move their bins off our path",
        "Even I know this much, Maya. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "shakespeare",
        "how do i speak to my neighbour about his tree hanging over our fence without a row",
        "Good sense, Maya, not the poet, speaks here. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "curie",
        "how should we approach the people downstairs about the smoke coming up",
        "That needs no laboratory, Maya, only good sense. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "costs",
        "darwin",
        "how do we keep the costs down on the jubilee party",
        "No notebooks are needed for that, Maya; common sense will do. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "einstein",
        "@socrates any ideas to save money on the christmas do",
        "No physics is needed for that one, Maya. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "lovelace",
        "how can we run the fun day on a shoestring budget?",
        "No Engine is needed for that, Maya; plain sense will do. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "book early",
        "socrates",
        "how far ahead should we book the community centre for the ceilidh",
        "Even I know this much, Maya. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "book early",
        "shakespeare",
        "@lovelace how early should we book the minibus",
        "Plain counsel, Maya, and no verse in it. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "arrive early",
        "curie",
        "how early should i get to the car boot as a buyer",
        "That needs no laboratory, Maya, only good sense. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "arrive early",
        "darwin",
        "what time should we turn up? how early is too early to arrive at a housewarming",
        "No notebooks are needed for that, Maya; common sense will do. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "leftovers",
        "einstein",
        "@darwin what do we do with leftover food after the street party? loads of it",
        "No physics is needed for that one, Maya. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "leftovers",
        "lovelace",
        "what should we do with the left over cakes from the coffee morning",
        "No Engine is needed for that, Maya; plain sense will do. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "lids",
        "socrates",
        "do i need to take the lids off plastic bottles before recycling",
        "Even I know this much, Maya. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "lids",
        "shakespeare",
        "@einstein are bottle lids worth saving separately for the school",
        "Plain counsel, Maya, and no verse in it. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "litter",
        "curie",
        "@lovelace what would stop people leaving litter on the beach",
        "That needs no laboratory, Maya, only good sense. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "decide fairly",
        "darwin",
        (
            "@socrates how do we pick fairly where to go for the away day? everyone "
            "wants something different"
        ),
        "No notebooks are needed for that, Maya; common sense will do. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "decide fairly",
        "einstein",
        "fairest way to decide who hosts the christmas party?",
        "No physics is needed for that one, Maya. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "bring",
        "lovelace",
        "@einstein what do people usually bring to a potluck?",
        "No Engine is needed for that, Maya; plain sense will do. A dish that's easy to eat standing up and labelled with what's in it, a serving spoon, and a folding chair; drinks and a bin bag never go amiss.",  # noqa: E501
    ),
    (
        "bring",
        "socrates",
        "what shud i pack for a long walk in the hills",
        "Even I know this much, Maya. Comfortable broken-in boots, a waterproof, a warm layer, water, snacks, a charged phone and a map of the route.",  # noqa: E501
    ),
    (
        "bring",
        "shakespeare",
        "what do we bring to the street party, food or drinks?",
        "Plain counsel, Maya, and no verse in it. A dish that's easy to eat standing up and labelled with what's in it, a serving spoon, and a folding chair; drinks and a bin bag never go amiss.",  # noqa: E501
    ),
    (
        "first",
        "curie",
        "@darwin first time at a choir rehearsal tonight, any tips?",
        "That needs no laboratory, Maya, only good sense. Sit next to a confident singer of your part, follow along without worrying about every note, and have a pencil for marking your music.",  # noqa: E501
    ),
    (
        "first",
        "darwin",
        "any advice for a newbie going to their first book club?",
        "No notebooks are needed for that, Maya; common sense will do. Arrive a few minutes early, introduce yourself to whoever's running it, and don't worry about getting everything right first time: everyone there was new once.",  # noqa: E501
    ),
    (
        "first",
        "einstein",
        "tips for a beginner doing a quiz night",
        "No physics is needed for that one, Maya. Go as a team of four to six with a mix of ages and interests, agree who writes the answers, and always put something down: a guess scores more than a blank.",  # noqa: E501
    ),
    (
        "fresh",
        "socrates",
        "@socrates how do i store onions",
        "Even I know this much, Maya. Somewhere cool, dry and airy, in a net or basket rather than the fridge or a plastic bag, and away from potatoes.",  # noqa: E501
    ),
    (
        "fresh",
        "shakespeare",
        "best way to keep strawberries fresh?",
        "Plain counsel, Maya, and no verse in it. Keep them unwashed in the fridge, spread out in a box lined with kitchen paper, and only rinse them just before eating.",  # noqa: E501
    ),
    (
        "fresh",
        "einstein",
        "how do we keep the biscuits from going soft",
        "No physics is needed for that one, Maya. In an airtight tin or jar, once they're completely cool, and never in with cake or bread, whose moisture softens them.",  # noqa: E501
    ),
    (
        "fresh",
        "lovelace",
        "how do u keep basil from wilting once its cut",
        "No Engine is needed for that, Maya; plain sense will do. Treat soft herbs like flowers: stalks in a glass of water, loosely covered with a bag, in the fridge (basil stays out on the side), and they last a week or more.",  # noqa: E501
    ),
    (
        "lids",
        "socrates",
        "@socrates should lids go back on the bottles for recycling",
        "Even I know this much, Maya. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "book early",
        "shakespeare",
        "@shakespeare how far in advance do u book a bouncy castle",
        "Plain counsel, Maya, and no verse in it. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "decide fairly",
        "einstein",
        "what is the fairest way to decide who hosts?",
        "No physics is needed for that one, Maya. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "lovelace",
        "@einstein fixed day each month for the committee or rotate?",
        "No Engine is needed for that, Maya; plain sense will do. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "safe",
        "socrates",
        "is the fire pit safe?",
        "Even I know this much, Maya. Yes, with care: a level, non-flammable base well clear of fences, sheds and branches, water or a hose to hand, and never left burning unattended.",  # noqa: E501
    ),
    (
        "fix",
        "shakespeare",
        "@darwin bit random but the bathroom tap drips all night, is that a washer thing?",
        "Plain counsel, Maya, and no verse in it. Most likely, yes: a dripping tap is usually a worn washer, or the cartridge on a quarter-turn tap; turn the water off under the sink first, or a plumber can swap it in minutes.",  # noqa: E501
    ),
    (
        "fix",
        "curie",
        "my kitchen tap keeps dripping, any idea what it is @einstein",
        "That needs no laboratory, Maya, only good sense. A dripping tap is usually a worn washer, or the cartridge on a quarter-turn tap; turn the water off under the sink first, or a plumber can swap it in minutes.",  # noqa: E501
    ),
    (
        "fix",
        "darwin",
        "@curie is a leaking tap usually just the washer?",
        "No notebooks are needed for that, Maya; common sense will do. Most likely, yes: a dripping tap is usually a worn washer, or the cartridge on a quarter-turn tap; turn the water off under the sink first, or a plumber can swap it in minutes.",  # noqa: E501
    ),
    (
        "fix",
        "einstein",
        "the tap in the bath won't stop dripping, what do i do",
        "No physics is needed for that one, Maya. A dripping tap is usually a worn washer, or the cartridge on a quarter-turn tap; turn the water off under the sink first, or a plumber can swap it in minutes.",  # noqa: E501
    ),
    (
        "fix",
        "lovelace",
        "my boiler's pressure keeps dropping, do i just top it up?",
        "No Engine is needed for that, Maya; plain sense will do. Topping it up to about 1 to 1.5 bar with the filling loop is fine, but if it keeps dropping there's a leak somewhere, so have a Gas Safe engineer look at it.",  # noqa: E501
    ),
    (
        "fix",
        "socrates",
        (
            "@curie this is nothing to do with bridge but my boiler pressure keeps "
            "dropping, do i just top it up?"
        ),
        "Even I know this much, Maya. Topping it up to about 1 to 1.5 bar with the filling loop is fine, but if it keeps dropping there's a leak somewhere, so have a Gas Safe engineer look at it.",  # noqa: E501
    ),
    (
        "fix",
        "shakespeare",
        "@socrates boiler pressure is low again, is it ok to top it up myself",
        "Plain counsel, Maya, and no verse in it. Topping it up to about 1 to 1.5 bar with the filling loop is fine, but if it keeps dropping there's a leak somewhere, so have a Gas Safe engineer look at it.",  # noqa: E501
    ),
    (
        "fix",
        "einstein",
        "how do i get red wine out of a cream dress",
        "No physics is needed for that one, Maya. Blot it at once, don't rub, rinse it from the back with cold water, then work in a little washing-up liquid or stain remover before washing; hot water sets it.",  # noqa: E501
    ),
    (
        "fix",
        "darwin",
        "@einstein any tips for getting red wine out of the carpet?",
        "No notebooks are needed for that, Maya; common sense will do. Blot it at once, don't rub, rinse it from the back with cold water, then work in a little washing-up liquid or stain remover before washing; hot water sets it.",  # noqa: E501
    ),
    (
        "fix",
        "einstein",
        "spilt red wine on the sofa, how do i get it out?",
        "No physics is needed for that one, Maya. Blot it at once, don't rub, rinse it from the back with cold water, then work in a little washing-up liquid or stain remover before washing; hot water sets it.",  # noqa: E501
    ),
    (
        "fix",
        "lovelace",
        "and there's a wasps nest in the shed, @einstein any ideas what to do?",
        "No Engine is needed for that, Maya; plain sense will do. Leave it if it's out of the way, as the nest dies off in autumn; if it's by a door or where children play, call the council or a pest controller.",  # noqa: E501
    ),
    (
        "fix",
        "socrates",
        "@darwin found a wasp nest under the eaves, what should we do",
        "Even I know this much, Maya. Leave it if it's out of the way, as the nest dies off in autumn; if it's by a door or where children play, call the council or a pest controller.",  # noqa: E501
    ),
    (
        "fix",
        "shakespeare",
        "what do you do about a wasps nest by the back door",
        "Plain counsel, Maya, and no verse in it. Leave it if it's out of the way, as the nest dies off in autumn; if it's by a door or where children play, call the council or a pest controller.",  # noqa: E501
    ),
    (
        "fix",
        "curie",
        "@curie totally unrelated but how do i get my toddler to eat anything green",
        "That needs no laboratory, Maya, only good sense. Keep putting a little on the plate beside food they like, with no pressure, eat it yourself in front of them, and let them help wash or pick it; it can take ten or more tries.",  # noqa: E501
    ),
    (
        "fix",
        "darwin",
        "how do you get kids to eat veg without a battle",
        "No notebooks are needed for that, Maya; common sense will do. Keep putting a little on the plate beside food they like, with no pressure, eat it yourself in front of them, and let them help wash or pick it; it can take ten or more tries.",  # noqa: E501
    ),
    (
        "fix",
        "einstein",
        "any tips to get my fussy eater son to try broccoli",
        "No physics is needed for that one, Maya. Keep putting a little on the plate beside food they like, with no pressure, eat it yourself in front of them, and let them help wash or pick it; it can take ten or more tries.",  # noqa: E501
    ),
    (
        "fix",
        "lovelace",
        "@socrates whats the best way to learn lines fast? i've got about 200 of them",
        "No Engine is needed for that, Maya; plain sense will do. Learn a scene at a time, say them out loud while you walk, record the other parts with gaps for yours, and test yourself with a card over your lines.",  # noqa: E501
    ),
    (
        "fix",
        "socrates",
        "how do i memorise my lines for the panto quickly",
        "Even I know this much, Maya. Learn a scene at a time, say them out loud while you walk, record the other parts with gaps for yours, and test yourself with a card over your lines.",  # noqa: E501
    ),
    (
        "fix",
        "shakespeare",
        "any tips for learning a script fast",
        "Plain counsel, Maya, and no verse in it. Learn a scene at a time, say them out loud while you walk, record the other parts with gaps for yours, and test yourself with a card over your lines.",  # noqa: E501
    ),
    (
        "safe",
        "einstein",
        "@einstein quick one, is it ok to set the bbq up on the drive way?",
        "No physics is needed for that one, Maya. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "safe",
        "lovelace",
        "r candles ok on the tables outside or too risky",
        "No Engine is needed for that, Maya; plain sense will do. Keep them in jars or holders on a steady surface away from bunting and napkins, and blow them out before you leave; battery tea lights are the safe swap.",  # noqa: E501
    ),
    (
        "more people",
        "socrates",
        "how do we get more people involved in the residents association",
        "Even I know this much, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "shakespeare",
        "ideas for getting more ppl along to the repair cafe?",
        "Plain counsel, Maya, and no verse in it. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "curie",
        "@curie what would get more people to come to our open day",
        "That needs no laboratory, Maya, only good sense. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "keep going",
        "darwin",
        "how do we keep the momentum going with the litter group",
        "No notebooks are needed for that, Maya; common sense will do. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "keep going",
        "einstein",
        "how do we keep members interested over winter",
        "No physics is needed for that one, Maya. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "volunteers",
        "lovelace",
        "@darwin we need more helpers for the summer fair, how do we get them",
        'No Engine is needed for that, Maya; plain sense will do. Ask people one to one for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',  # noqa: E501
    ),
    (
        "fixed or rotate",
        "socrates",
        "should the quiz be on the same night every month or rotate between thurs and fri?",
        "Even I know this much, Maya. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "which day",
        "shakespeare",
        "saturday or sunday for the plant sale, which day is better",
        "Plain counsel, Maya, and no verse in it. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "which day",
        "curie",
        "whats the best day for a car boot sale",
        "That needs no laboratory, Maya, only good sense. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "rain plan",
        "darwin",
        "@lovelace what's the backup if the weather's bad for the picnic",
        "No notebooks are needed for that, Maya; common sense will do. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "einstein",
        "what if it rains?? we've got no gazebos",
        "No physics is needed for that one, Maya. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "neighbour",
        "lovelace",
        "how do i approach my neighbour about their overgrown hedge",
        "That is good sense rather than mathematics, Maya. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "neighbour",
        "socrates",
        "how can i ask next door to stop parking across my drive without starting a war",
        "Even I know this much, Maya. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "complain",
        "shakespeare",
        "how do i make a complaint politely to the school",
        "Plain counsel, Maya, and no verse in it. Say calmly what went wrong, when, and what you'd like done about it, to someone who can fix it; keep to the facts, and follow up by email if need be.",  # noqa: E501
    ),
    (
        "costs",
        "curie",
        "any ideas how to keep costs down for the kids party?",
        "That needs no laboratory, Maya, only good sense. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "costs",
        "darwin",
        "how do we put on the fete without spending a fortune",
        "No notebooks are needed for that, Maya; common sense will do. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "arrive early",
        "einstein",
        "how early should we get to the venue before the guests arrive",
        "No physics is needed for that one, Maya. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "leftovers",
        "lovelace",
        "any ideas what to do with leftover food from the wake",
        "No Engine is needed for that, Maya; plain sense will do. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "lids",
        "socrates",
        "should i put the lids back on bottles before recycling",
        "Even I know this much, Maya. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "litter",
        "shakespeare",
        "@socrates how do we stop people leaving rubbish at the bottle bank",
        "Plain counsel, Maya, and no verse in it. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "decide fairly",
        "curie",
        "how do we decide fairly who gets the allotment plots",
        "That needs no laboratory, Maya, only good sense. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "bring",
        "darwin",
        "what should i bring for the potluck?",
        "No notebooks are needed for that, Maya; common sense will do. A dish that's easy to eat standing up and labelled with what's in it, a serving spoon, and a folding chair; drinks and a bin bag never go amiss.",  # noqa: E501
    ),
    (
        "bring",
        "einstein",
        "whats worth packing for a day on the beach with kids",
        "No physics is needed for that one, Maya. Sun cream, hats, water, a towel or windbreak, a change of clothes, snacks, and a bag to bring your rubbish home.",  # noqa: E501
    ),
    (
        "first",
        "lovelace",
        "any tips for a first timer going to a pub quiz?",
        "No Engine is needed for that, Maya; plain sense will do. Go as a team of four to six with a mix of ages and interests, agree who writes the answers, and always put something down: a guess scores more than a blank.",  # noqa: E501
    ),
    (
        "first",
        "socrates",
        "first time going to a car boot sale tomorrow as a buyer, any tips?",
        "Even I know this much, Maya. Get there early, price things before you go, bring plenty of change, and expect haggling: start a little high and be ready to meet in the middle.",  # noqa: E501
    ),
    (
        "fresh",
        "shakespeare",
        "how do i keep my bread from going stale",
        "Plain counsel, Maya, and no verse in it. Keep it in a bread bin or a paper or cloth bag at room temperature, not the fridge, which stales it faster; freeze what you won't eat in two or three days.",  # noqa: E501
    ),
    (
        "fresh",
        "curie",
        "how should i store tomatoes",
        "That needs no laboratory, Maya, only good sense. Keep them at room temperature out of the sun, stalk up; the fridge dulls their flavour, so only put really ripe ones in for a day or two.",  # noqa: E501
    ),
    (
        "fresh",
        "darwin",
        "how do you keep avocados from going brown",
        "No notebooks are needed for that, Maya; common sense will do. Leave hard ones in the fruit bowl to ripen, then put them in the fridge once ripe; keep the stone in a cut half and cover the face.",  # noqa: E501
    ),
    (
        "more people",
        "socrates",
        (
            "ok serious question - how do we get more people to actually show up to "
            "the meetings?? @curie"
        ),
        "Even I know this much, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "shakespeare",
        "@lovelace how do we get new members, we're down to 8",
        "Plain counsel, Maya, and no verse in it. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "keep going",
        "curie",
        "@darwin any tips on keeping the group going?",
        "That needs no laboratory, Maya, only good sense. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "darwin",
        (
            "@socrates should the book club be the same night every month or should "
            "we rotate it round"
        ),
        "No notebooks are needed for that, Maya; common sense will do. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "which day",
        "einstein",
        "@lovelace what's the best night for a quiz do you reckon",
        "No physics is needed for that one, Maya. Run a quick poll, pick the day most can make, then keep it the same each time; weekday evenings suit people who work, weekend mornings suit families.",  # noqa: E501
    ),
    (
        "rain plan",
        "lovelace",
        "@einstein if it rains what do we do with the bouncy castle",
        "No Engine is needed for that, Maya; plain sense will do. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "rain plan",
        "socrates",
        "what happens if it rains on the day of the fete, do we cancel?",
        "Even I know this much, Maya. Sort a plan B before the day: gazebos, or a hall or garage you can move into, and a set time (say 9am) when you decide and tell everyone.",  # noqa: E501
    ),
    (
        "neighbour",
        "shakespeare",
        "how do i politely tell my neighbour their music is too loud",
        "Good sense, Maya, not the poet, speaks here. Knock at a calm moment, say kindly and plainly what the problem is and what would help, and assume they hadn't realised; most people sort it once asked nicely.",  # noqa: E501
    ),
    (
        "costs",
        "curie",
        "@curie how can we keep costs down on the coach trip",
        "That needs no laboratory, Maya, only good sense. Borrow before you buy (tables, gazebos, urns), make the food bring-and-share, buy drinks and plates in bulk, and ask local shops for raffle prizes.",  # noqa: E501
    ),
    (
        "leftovers",
        "darwin",
        "what do we do with all the leftover food",
        "No notebooks are needed for that, Maya; common sense will do. Share it out in tubs or foil for people to take home, give anything unopened to a food bank or community fridge, and chill anything with cream or meat.",  # noqa: E501
    ),
    (
        "lids",
        "einstein",
        "@darwin bottle lids - recycle separately or leave them on?",
        "No physics is needed for that one, Maya. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "litter",
        "lovelace",
        "how do we stop people dropping litter outside the chippy @einstein",
        "No Engine is needed for that, Maya; plain sense will do. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "decide fairly",
        "socrates",
        "how do we choose fairly between the two venues",
        "Even I know this much, Maya. Agree the method first: lay out the options, one vote each (secret if feelings run high), go with the majority, and let whoever lost out pick next time.",  # noqa: E501
    ),
    (
        "bring",
        "shakespeare",
        "@darwin what should i bring to my first litter pick",
        "Plain counsel, Maya, and no verse in it. Gloves, a litter picker if you have one, strong bin bags, sturdy shoes, and water; leave needles and glass for the organiser to deal with.",  # noqa: E501
    ),
    (
        "first",
        "curie",
        "@curie any tips for a first timer at the car boot on sunday?",
        "That needs no laboratory, Maya, only good sense. Get there early, price things before you go, bring plenty of change, and expect haggling: start a little high and be ready to meet in the middle.",  # noqa: E501
    ),
    (
        "fresh",
        "darwin",
        "@einstein how do i keep my bread fresh for longer",
        "No notebooks are needed for that, Maya; common sense will do. Keep it in a bread bin or a paper or cloth bag at room temperature, not the fridge, which stales it faster; freeze what you won't eat in two or three days.",  # noqa: E501
    ),
    (
        "safe",
        "einstein",
        "@darwin is it ok to have the bbq on the grass or will it burn it",
        "No physics is needed for that one, Maya. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "arrive early",
        "lovelace",
        "@socrates how early should we arrive to set up the stall",
        "No Engine is needed for that, Maya; plain sense will do. Aim to be there fifteen to thirty minutes before the start, to park and settle in; give yourselves an hour or more if you're setting up tables or a stall.",  # noqa: E501
    ),
    (
        "book early",
        "socrates",
        "how far in advance should i book a table for 10",
        "Even I know this much, Maya. Book as soon as the date is fixed: four to six weeks ahead is usually enough, and two or three months for a Saturday in summer or anything in December.",  # noqa: E501
    ),
    (
        "volunteers",
        "shakespeare",
        "how do we find more volunteers for the litter pick",
        'Plain counsel, Maya, and no verse in it. Ask people one to one for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say yes to a specific ask and ignore a poster.',  # noqa: E501
    ),
    (
        "safe",
        "socrates",
        "@curie is it ok to have a bbq on the road itself?",
        "Even I know this much, Maya. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "safe",
        "lovelace",
        "@curie is it actualy dangerous to bbq on the road, like the tarmac gets hot n stuff",
        "No Engine is needed for that, Maya; plain sense will do. Fine with care: stand it level on slabs or bricks rather than soft tarmac, away from cars, gazebos and playing kids, with water or sand to hand and an adult minding it.",  # noqa: E501
    ),
    (
        "more people",
        "shakespeare",
        "@darwin how do we get more people to come",
        "Plain counsel, Maya, and no verse in it. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "more people",
        "einstein",
        (
            "what do you think makes a street party actually bring people together "
            "and not just the same 10 faces? @darwin any thoughts"
        ),
        "No physics is needed for that one, Maya. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "fixed or rotate",
        "socrates",
        "@einstein what do you reckon, fixed day each month or rotate?",
        "Even I know this much, Maya. A fixed day, like the first Saturday of the month, is usually best: people put it in the diary once and it becomes a habit.",  # noqa: E501
    ),
    (
        "lids",
        "lovelace",
        "@darwin are bottle lids worth collecting separately",
        "No Engine is needed for that, Maya; plain sense will do. Screw them back on: most councils now want plastic lids left on the empty bottle to be recycled with it; collect them separately only if a local scheme asks.",  # noqa: E501
    ),
    (
        "more people",
        "shakespeare",
        (
            "what do you think makes people actually turn up to these things? half "
            "the class seem terrified of them. @darwin"
        ),
        "Plain counsel, Maya, and no verse in it. Ask people face to face, not just on a flyer: knock on doors, have each regular bring one new person, and have someone at the door to welcome newcomers.",  # noqa: E501
    ),
    (
        "litter",
        "einstein",
        (
            "what actually stops people dropping litter in the first place? signs, "
            "fines, more bins? @einstein what do you reckon"
        ),
        "No physics is needed for that one, Maya. Bins right where the litter collects, emptied before they overflow, do most; people drop far less where the ground is already clean.",  # noqa: E501
    ),
    (
        "keep going",
        "socrates",
        (
            "what do you think keeps a hobby like this going when everyones got a "
            "phone in their pocket? @darwin"
        ),
        "Even I know this much, Maya. Keep a regular rhythm people can plan round, give everyone a small job so it feels like theirs, and keep time for a cuppa and a chat afterwards.",  # noqa: E501
    ),
]


# Whether a thing is safe is not answered by plain sense for now (review34): the yes was read
# from a list of the dangers it knew, so "a bonfire with petrol" and "a ladder near the power
# lines" got "Yes, with care". Those asks, and the harmful ones the review found, read as no
# practical question here; the persona answers them as it did before this session.
SAFETY_ASKED = [text for kind, _, text, _ in ADVISED if kind == "safe"] + [
    "@curie is it safe to light a bonfire with petrol?",
    "@darwin is it safe to use a ladder near the power lines to reach the gutter?",
    "@lovelace is it safe to climb a ladder 6 weeks after my hip replacement?",
    "@socrates is it ok to let the kids light the fire pit themselves?",
    "@lovelace is it ok to have a bbq on the grass when it's really windy?",
    "@darwin is it ok to have a bbq on the road without asking the council?",
    "@socrates is it ok to have a bbq in the park with my asthma?",
]
ADVISED = [row for row in ADVISED if row[0] != "safe"]


@pytest.mark.parametrize("text", SAFETY_ASKED)
def test_whether_a_thing_is_safe_gets_no_plain_sense_yes(text):
    assert advice(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "@darwin how do we keep it going after mum died?",
        "@socrates it might rain on the day of the funeral, whats our plan b",
        "@einstein how do we decide fairly who gets dad's house",
        "@curie the tap is dripping and the water comes out brown",
    ],
)
def test_grief_family_and_a_tap_running_brown_get_no_club_advice(text):
    assert advice(text) is None


@pytest.mark.parametrize(("kind", "slug", "text", "reply"), ADVISED)
def test_an_everyday_practical_question_gets_a_plain_answer(kind, slug, text, reply):
    assert say(slug, text) == reply


# Look-alikes: none is read as such a question (the body, the law, a storm or a closed place, a
# sum, a question of a persona's own field, one of the words said of something else).
KEPT = [
    ("shakespeare", "is it safe to eat raw eggs"),
    ("curie", "is it safe to eat rice that was left out overnight"),
    ("darwin", "is it ok to give my dog chocolate"),
    ("einstein", "@curie is it safe to use a bbq inside the tent"),
    ("lovelace", "is it safe to have a bbq on the balcony"),
    ("socrates", "how much paracetamol can i take for the pain"),
    ("shakespeare", "can my landlord keep my deposit"),
    ("curie", "is it legal to close the road without a permit"),
    ("darwin", "is it safe to use my phone in a thunderstorm"),
    ("einstein", "@darwin how do finches get more food"),
    ("lovelace", "@lovelace £84 between 23 houses whats that each"),
    ("socrates", "@lovelace tickets are £5, how many people do we need to come to cover the hall"),
    ("shakespeare", "how do bees make honey"),
    ("curie", "what's the fairest way to split the bill between 6"),
    ("darwin", "@einstein is it safe to fly in a storm"),
    ("einstein", "@curie is radium safe to handle"),
    ("lovelace", "we got loads of people to come last time!"),
    ("socrates", "i don't know how we'd keep it going without you"),
    ("shakespeare", "what do we do with the leftover paint"),
    ("curie", "my neighbour keeps hitting my car, how do i talk to him"),
    ("darwin", "is it ok to leave the bbq burning overnight"),
    ("einstein", "which day did you say the meeting was?"),
    ("lovelace", "what should i bring up at the meeting"),
    ("socrates", "what should i take for a headache"),
    ("shakespeare", "is it safe to go out in the heatwave"),
    ("curie", "how do i keep my kids safe online"),
    ("darwin", "how do i keep my cool in an argument"),
    ("lovelace", "how do u keep basil alive, mine always dies on the windowsill"),
    ("darwin", "@curie is it safe to store radium at home"),
    ("einstein", "@einstein is it safe to stand under a tree in a thunderstorm"),
    ("lovelace", "@darwin how do we keep the finches coming to the feeder"),
    ("socrates", "@darwin how do i keep the slugs off my lettuce"),
    ("shakespeare", "@lovelace if 40 people come and tickets are £6 do we cover the £200 hall"),
    ("curie", "@lovelace how many tables for 45 people if each takes 6"),
    ("darwin", "how do we get more people to come? we need 30 at £5 to break even"),
    ("einstein", "is it safe to leave the bbq to cool overnight"),
    ("lovelace", "@socrates is it wrong to not invite the neighbours"),
    ("socrates", "@shakespeare write us a poem about the street party"),
    ("shakespeare", "what should i bring to the meeting to prove my point, the minutes?"),
    ("curie", "@curie is it safe to eat cake that's been out all day"),
    ("darwin", "what do we do with leftover paint from the mural"),
    ("einstein", "@einstein which day did einstein publish relativity"),
    ("lovelace", "what day is it today"),
    ("socrates", "how early did the universe form"),
    ("shakespeare", "any tips for a first time skydive"),
    ("curie", "how do i keep my cool with my neighbour, he's threatening me"),
    ("darwin", "@darwin whats the best way to keep chickens"),
    ("einstein", "how do i keep my tomato plants from dying in the heat"),
    ("curie", "dev says penalties are the fairest way to settle a cup game"),
    ("darwin", "the fairest way to decide is by a coin toss, right?"),
    ("curie", "@darwin why do wasps build nests in sheds"),
    ("darwin", "@curie why does red wine stain teeth"),
    ("einstein", "@darwin do birds eat wasps"),
    ("lovelace", "how many lines are in hamlet"),
    ("socrates", "is it safe to eat wasps"),
    ("shakespeare", "my tap water tastes of chlorine, is it safe to drink"),
    ("curie", "@einstein how does a boiler actually heat the water"),
    ("darwin", "the boiler's broken and there's a smell of gas, what do i do"),
    ("einstein", "is it ok if i bring my dog to the bbq"),
    ("lovelace", "should we move the bbq to sunday, the forecast says storms"),
    ("socrates", "what are you bringing to the potluck, dave?"),
    ("shakespeare", "the quiz is every same night isn't it"),
    ("curie", "i brought loads of food to the party"),
    ("darwin", "@darwin what do wasps eat"),
    ("einstein", "what do we do with the leftover £40 from the raffle"),
    ("lovelace", "how do we get 20% more people at £5 each to break even"),
]


def _advise_openers() -> set[str]:
    return {
        line.split("{name}")[0]
        for voice in VOICES.values()
        for line in index_of(voice.material).tagged.get("advise", ())
    }


@pytest.mark.parametrize(("slug", "text"), KEPT)
def test_what_is_no_such_question_is_answered_as_before(slug, text):
    assert advice(text) is None
    reply = say(slug, text)
    assert not any(reply.startswith(opener) for opener in _advise_openers())


# Exact replies a look-alike keeps: cautious on health, the sum worked, its own field's answer.
@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "shakespeare",
            "is it safe to eat raw eggs",
            "You ask a poet, Maya, and a poet on that subject would only make a pretty lie.",
        ),
        (
            "curie",
            "is it safe to eat rice that was left out overnight",
            (
                # safe37: a hazard's safe words (bots/safety.py), as every persona says them
                "Maya, don't leave cooked rice out overnight: its spores survive cooking and "
                "can make a poison that reheating won't destroy. Cool it within an hour, keep it "
                "in the fridge a day at most, and reheat it once, until steaming hot."
            ),
        ),
        (
            "einstein",
            "@curie is it safe to use a bbq inside the tent",
            # (session 37: fumes in a closed space are a hazard with its own safe words)
            "Maya, never run a generator, a barbecue or a fuel heater in a garage, a tent or any "
            "closed space: the carbon monoxide it gives off can kill, with no smell to warn you. "
            "Run it outdoors, well away from doors and windows.",
        ),
        (
            "einstein",
            "@darwin how do finches get more food",
            # (faults41: put to Darwin, it is his to answer, not owned up to)
            "That one is for Darwin, I think, Maya; I will listen, and probably learn something.",
        ),
        (
            "lovelace",
            "@lovelace £84 between 23 houses whats that each",
            (
                "A sum the Engine would take in one turn of its handle, Maya: £84; 23 "
                "ways, £3.65 each."
            ),
        ),
    ],
)
def test_look_alikes_keep_their_replies(slug, text, reply):
    assert say(slug, text) == reply


def test_its_own_line_on_the_thing_is_kept():
    # The chemist's own lines on cake and on a wine stain, and the naturalist's on basil, are
    # theirs to give.
    assert say("curie", "@curie how do i keep my cake fresh overnight").startswith(
        "Let the cake cool completely, Maya"
    )
    assert say("curie", "spilt red wine on the sofa, how do i get it out?").startswith(
        "Cold water first, Maya, never hot"
    )
    assert say(
        "darwin", "how do u keep basil alive, mine always dies on the windowsill"
    ).startswith("Supermarket basil is a crowd of seedlings in one pot, Maya")
    # A tip of its own on a word said of something else is no answer: litter at the bus stop.
    assert say("curie", "@darwin how do we stop people dropping litter by the bus stop") == (
        "That needs no laboratory, Maya, only good sense. Bins right where the litter collects, "
        "emptied before they overflow, do most; people drop far less where the ground is "
        "already clean."
    )
