"""Session 24 (einstein24): breadth. The everyday physics group chats put to Einstein, on their
bikes and runs, in their cars and planes, under the weather, at home, and on his own life, each
get a plain, true answer in his voice (a `#know` line), never owning up ("as puzzled as my cat
Tiger") nor a line on another thing; and the ordinary chat that shares their words ("drafting
the wedding speech", "what number do i dial", "did you win the raffle prize") gets none of
them."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from bots.know import knowns
from bots.material import index_of
from tests.bots.test_everyday_messages import VOICES, say

# (question, as typed in a group chat; the reply Einstein gives Gus). Each line asked two or more
# ways, in other words; none taken from the dev rooms.
CYCLING = [
    (
        (
            "how much does drafting actually save on the bike? sitting on dave's wheel felt like "
            "cheating"
        ),
        (
            "Riding close behind another rider saves you about a quarter to a third of your "
            "effort, Gus, since he has pushed the air aside for you; in a big bunch, more still. "
            "Take your turn on the front, and keep half a wheel back, not overlapping."
        ),
    ),
    (
        "is it worth sitting in the slipstream on the sunday club ride or is that a myth",
        (
            "Riding close behind another rider saves you about a quarter to a third of your "
            "effort, Gus, since he has pushed the air aside for you; in a big bunch, more still. "
            "Take your turn on the front, and keep half a wheel back, not overlapping."
        ),
    ),
    (
        "why is it so much easier riding in the peloton behind everyone",
        (
            "Riding close behind another rider saves you about a quarter to a third of your "
            "effort, Gus, since he has pushed the air aside for you; in a big bunch, more still. "
            "Take your turn on the front, and keep half a wheel back, not overlapping."
        ),
    ),
    (
        (
            "does the tailwind on the way back cancel out the headwind on the way out? felt like "
            "it didn't"
        ),
        (
            "A tailwind never pays back what the headwind took, Gus: the air pushes back harder "
            "the faster you meet it, and you spend longer on the slow leg into the wind than on "
            "the quick leg home. So a windy out-and-back is always slower than a still day."
        ),
    ),
    (
        "ride out into the headwind so we get it back on the return, right?",
        (
            "A tailwind never pays back what the headwind took, Gus: the air pushes back harder "
            "the faster you meet it, and you spend longer on the slow leg into the wind than on "
            "the quick leg home. So a windy out-and-back is always slower than a still day."
        ),
    ),
    (
        "are wider tyres slower? thinking 28s instead of 25s on the road bike",
        (
            "Wider tyres at a sensible pressure roll about as fast as narrow ones, Gus, often "
            "faster on real roads, since they flex less over each bump and lose less to "
            "bouncing; and they are comfier. The old rock-hard skinny tyre was never the quick "
            "one."
        ),
    ),
    (
        "what actually is rolling resistance and does it matter for commuting",
        (
            "Wider tyres at a sensible pressure roll about as fast as narrow ones, Gus, often "
            "faster on real roads, since they flex less over each bump and lose less to "
            "bouncing; and they are comfier. The old rock-hard skinny tyre was never the quick "
            "one."
        ),
    ),
    (
        "is tubeless worth it or just a faff? keep getting punctures on the canal path",
        (
            "Tubeless is worth it for most riders, Gus: the sealant plugs small thorn holes as "
            "you ride, and with no tube to pinch you can run lower, grippier pressures. The "
            "price is a messier fitting and topping up the sealant every few months."
        ),
    ),
    (
        "thinking of converting my gravel bike to tubeless, good idea?",
        (
            "Tubeless is worth it for most riders, Gus: the sealant plugs small thorn holes as "
            "you ride, and with no tube to pinch you can run lower, grippier pressures. The "
            "price is a messier fitting and topping up the sealant every few months."
        ),
    ),
    (
        "what gear should i be in going up hills? always end up grinding",
        (
            "Choose the gear that keeps your legs turning briskly, Gus, about eighty or ninety "
            "turns a minute, and change down before the hill bites, not halfway up. Grinding a "
            "big gear slowly tires the legs far sooner than spinning a small one."
        ),
    ),
    (
        "whats a good cadence, do i spin fast in a low gear or push a big gear",
        (
            "Choose the gear that keeps your legs turning briskly, Gus, about eighty or ninety "
            "turns a minute, and change down before the hill bites, not halfway up. Grinding a "
            "big gear slowly tires the legs far sooner than spinning a small one."
        ),
    ),
    (
        "why do my brakes go so rubbish in the rain on the bike",
        (
            "Water between the brake and the rim makes a slippery film, Gus, so rim brakes can "
            "take twice as far to stop in the wet: brake early and gently, to wipe them. Disc "
            "brakes suffer less. Mind painted lines, drain covers and leaves; they are like ice."
        ),
    ),
    (
        "any tips for riding in the wet? nearly went over on a drain cover",
        (
            "Water between the brake and the rim makes a slippery film, Gus, so rim brakes can "
            "take twice as far to stop in the wet: brake early and gently, to wipe them. Disc "
            "brakes suffer less. Mind painted lines, drain covers and leaves; they are like ice."
        ),
    ),
    (
        "how far will an ebike actually go on one charge, its hilly round here",
        (
            "An e-bike's range depends most on hills, wind, your weight and how much help you "
            "ask of it, Gus: on the lowest setting it goes twice as far as on turbo. Cold "
            "shortens it too, so keep the battery indoors in winter and charge it at room "
            "warmth."
        ),
    ),
    (
        "why does my e-bike range drop so much in winter?",
        (
            "An e-bike's range depends most on hills, wind, your weight and how much help you "
            "ask of it, Gus: on the lowest setting it goes twice as far as on turbo. Cold "
            "shortens it too, so keep the battery indoors in winter and charge it at room "
            "warmth."
        ),
    ),
]
SPORT = [
    (
        "does running behind someone actually help in the wind or is that just for cycling",
        (
            "Yes, Gus: running just behind someone into the wind saves you a few per cent of "
            "your effort, more in a strong headwind, which is why marathon pacers run in a "
            "little arrow. In still air at a jog it hardly matters."
        ),
    ),
    (
        "marathon sunday and its meant to be windy, should i tuck in behind the pacer?",
        (
            "Yes, Gus: running just behind someone into the wind saves you a few per cent of "
            "your effort, more in a strong headwind, which is why marathon pacers run in a "
            "little arrow. In still air at a jog it hardly matters."
        ),
    ),
    (
        "how do footballers make the ball curve like that? like beckham free kicks",
        (
            "A spinning ball drags the air round with it, Gus, so the air leaves skewed to one "
            "side and shoves the ball the other way: the Magnus effect. Strike a football "
            "off-centre and it curls; backspin lifts a tennis ball, topspin makes it dip."
        ),
    ),
    (
        "why does topspin make the tennis ball dip",
        (
            "A spinning ball drags the air round with it, Gus, so the air leaves skewed to one "
            "side and shoves the ball the other way: the Magnus effect. Strike a football "
            "off-centre and it curls; backspin lifts a tennis ball, topspin makes it dip."
        ),
    ),
    (
        "why do golf balls have dimples? surely smooth would go further",
        (
            "The dimples stir the thin layer of air on the ball into turbulence, Gus, which "
            "clings on longer round the back; the wake is narrower, the drag about half, and a "
            "dimpled ball flies about twice as far as a smooth one."
        ),
    ),
    (
        "what are the dimples on a golf ball actually for",
        (
            "The dimples stir the thin layer of air on the ball into turbulence, Gus, which "
            "clings on longer round the back; the wake is narrower, the drag about half, and a "
            "dimpled ball flies about twice as far as a smooth one."
        ),
    ),
    (
        "how do skis glide so well, is it melting the snow?",
        (
            "A thin film of water and loose molecules lies on ice and snow, Gus, and friction "
            "warms it more as you glide, so skates and skis slide on it. Wax keeps skis from "
            "sticking to that film; very cold snow, with less of it, feels slow, like sand."
        ),
    ),
    (
        "why do ice skates slide so easily",
        (
            "A thin film of water and loose molecules lies on ice and snow, Gus, and friction "
            "warms it more as you glide, so skates and skis slide on it. Wax keeps skis from "
            "sticking to that film; very cold snow, with less of it, feels slow, like sand."
        ),
    ),
    (
        "why do ice skaters spin faster when they pull their arms in",
        (
            "She keeps the same spin, her angular momentum, Gus, and pulling her arms in puts "
            "her mass nearer the middle, so she must turn faster to keep it; arms out and she "
            "slows. Try it on an office chair with two heavy books."
        ),
    ),
    (
        "how does a ballerina speed up her spin",
        (
            "She keeps the same spin, her angular momentum, Gus, and pulling her arms in puts "
            "her mass nearer the middle, so she must turn faster to keep it; arms out and she "
            "slows. Try it on an office chair with two heavy books."
        ),
    ),
    (
        "how do i not freeze in the tent at night? camping in the lakes in april",
        (
            "The cold ground steals your heat from below, Gus, and a sleeping bag squashed under "
            "you does nothing: a good insulating mat matters as much as the bag. Clear nights "
            "are coldest; a hat helps, and breathe outside the bag, not into it."
        ),
    ),
    (
        "why is camping so cold at night even in summer",
        (
            "The cold ground steals your heat from below, Gus, and a sleeping bag squashed under "
            "you does nothing: a good insulating mat matters as much as the bag. Clear nights "
            "are coldest; a hat helps, and breathe outside the bag, not into it."
        ),
    ),
    (
        "any tips for keeping the cool box cold for a whole festival weekend?",
        (
            "Chill it and everything in it first, Gus, pack it full, keep it in the shade and "
            "open it rarely. A block of ice lasts far longer than cubes, less surface to melt "
            "from; drinks in a second box so the food one stays shut."
        ),
    ),
    (
        "how do i make the coolbox last longer, ice melts by day two",
        (
            "Chill it and everything in it first, Gus, pack it full, keep it in the shade and "
            "open it rarely. A block of ice lasts far longer than cubes, less surface to melt "
            "from; drinks in a second box so the food one stays shut."
        ),
    ),
]
DRIVING = [
    (
        "is it true driving at 80 uses loads more fuel than 70? road trip to cornwall saturday",
        (
            "Air drag grows with the square of your speed, Gus, so above about fifty-five the "
            "fuel goes fast: at 80 a car burns roughly a tenth or more extra per mile over 70, "
            "and 70 a tenth over 60. Steady driving and gentle starts save the rest."
        ),
    ),
    (
        "whats the most fuel efficient speed on the motorway",
        (
            "Air drag grows with the square of your speed, Gus, so above about fifty-five the "
            "fuel goes fast: at 80 a car burns roughly a tenth or more extra per mile over 70, "
            "and 70 a tenth over 60. Steady driving and gentle starts save the rest."
        ),
    ),
    (
        "does slowing down on the motorway actually save petrol or is it a myth",
        (
            "Air drag grows with the square of your speed, Gus, so above about fifty-five the "
            "fuel goes fast: at 80 a car burns roughly a tenth or more extra per mile over 70, "
            "and 70 a tenth over 60. Steady driving and gentle starts save the rest."
        ),
    ),
    (
        "how do i clear a fogged windscreen fast? mine takes ages every morning",
        (
            "Fogging is your breath's water on the cold glass, Gus. Air con on, even with the "
            "heater, as it dries the air; heat on full at the screen, fresh air, not "
            "recirculate; a window open a crack. A clean screen fogs less than a greasy one."
        ),
    ),
    (
        "whats the quickest way to demist the car, hot or cold air?",
        (
            "Fogging is your breath's water on the cold glass, Gus. Air con on, even with the "
            "heater, as it dries the air; heat on full at the screen, fresh air, not "
            "recirculate; a window open a crack. A clean screen fogs less than a greasy one."
        ),
    ),
    (
        "why does my windshield mist up inside when it rains",
        (
            "Fogging is your breath's water on the cold glass, Gus. Air con on, even with the "
            "heater, as it dries the air; heat on full at the screen, fresh air, not "
            "recirculate; a window open a crack. A clean screen fogs less than a greasy one."
        ),
    ),
    (
        "is aircon or windows open better for fuel? long drive in this heat",
        (
            "Around town, open the windows, Gus: at low speed they cost almost nothing. On the "
            "motorway close them, for the drag of open windows then costs about as much fuel as "
            "the air con does; the difference either way is small."
        ),
    ),
    (
        "windows down vs air con on the motorway which uses less petrol",
        (
            "Around town, open the windows, Gus: at low speed they cost almost nothing. On the "
            "motorway close them, for the drag of open windows then costs about as much fuel as "
            "the air con does; the difference either way is small."
        ),
    ),
    (
        "why does my tyre pressure light come on every time it gets cold?",
        (
            "Air shrinks as it cools, Gus, so a tyre loses about one psi for every five or six "
            "degrees colder, and a frosty morning can bring the warning light on. Top them up in "
            "cold weather to the number on the door sill, checked before you drive."
        ),
    ),
    (
        "do tyres lose pressure in winter? mine are always low on frosty mornings",
        (
            "Air shrinks as it cools, Gus, so a tyre loses about one psi for every five or six "
            "degrees colder, and a frosty morning can bring the warning light on. Top them up in "
            "cold weather to the number on the door sill, checked before you drive."
        ),
    ),
    (
        "what actually is black ice and how do you spot it",
        (
            "Black ice is a thin clear glaze on the road, Gus, so you see the dark tarmac "
            "through it: it forms when wet roads freeze, often near zero after rain. Bridges and "
            "shaded bends freeze first, cold from above and below. Slow, gentle, no sudden "
            "braking."
        ),
    ),
    (
        "why do bridges get icy first? sign on the a road says so",
        (
            "Black ice is a thin clear glaze on the road, Gus, so you see the dark tarmac "
            "through it: it forms when wet roads freeze, often near zero after rain. Bridges and "
            "shaded bends freeze first, cold from above and below. Slow, gentle, no sudden "
            "braking."
        ),
    ),
    (
        "how much longer is the stopping distance in the rain?",
        (
            "Braking distance grows with the square of your speed, Gus: at twice the speed you "
            "need four times the road to stop. In rain leave twice the gap, on ice up to ten "
            "times, for the tyres then grip far less."
        ),
    ),
    (
        "if you go twice as fast does it take twice as long to stop?",
        (
            "Braking distance grows with the square of your speed, Gus: at twice the speed you "
            "need four times the road to stop. In rain leave twice the gap, on ice up to ten "
            "times, for the tyres then grip far less."
        ),
    ),
    (
        "what do you do if you start aquaplaning? steering went weird on the m6",
        (
            "In deep water the tyre cannot push it aside fast enough, Gus, and rides up on a "
            "film of it: the steering goes light. Ease off, hold the wheel straight, no braking "
            "until the grip returns. Worn tread and speed make it far likelier."
        ),
    ),
    (
        "why does the steering go light in standing water",
        (
            "In deep water the tyre cannot push it aside fast enough, Gus, and rides up on a "
            "film of it: the steering goes light. Ease off, hold the wheel straight, no braking "
            "until the grip returns. Worn tread and speed make it far likelier."
        ),
    ),
    (
        "how much does a roof box affect fuel? going to france with the kids",
        (
            "A roof box breaks up the smooth flow of air over the car, Gus, and at motorway "
            "speed can cost a tenth or more of your fuel, an empty rack a little less. Take it "
            "off when you get home; a tow bar carrier behind the car costs less."
        ),
    ),
    (
        "is it worth taking the roof bars off when not using them, fuel wise",
        (
            "A roof box breaks up the smooth flow of air over the car, Gus, and at motorway "
            "speed can cost a tenth or more of your fuel, an empty rack a little less. Take it "
            "off when you get home; a tow bar carrier behind the car costs less."
        ),
    ),
    (
        "are winter tyres worth it in the uk or overkill",
        (
            "Winter tyres are softer rubber that stays grippy below about seven degrees, Gus, "
            "with deep cuts to bite snow; in a cold wet winter they stop a car noticeably "
            "shorter. For a mild lowland place, all-season tyres are the fair compromise."
        ),
    ),
    (
        "whats actually different about winter tires?",
        (
            "Winter tyres are softer rubber that stays grippy below about seven degrees, Gus, "
            "with deep cuts to bite snow; in a cold wet winter they stop a car noticeably "
            "shorter. For a mild lowland place, all-season tyres are the fair compromise."
        ),
    ),
    (
        "should i let my car warm up before driving on cold mornings?",
        (
            "A modern engine warms faster driven gently than idling, Gus, and idling burns fuel "
            "for nothing; half a minute, then drive off softly. Do clear every window of frost "
            "first, for the windscreen is the one thing that matters."
        ),
    ),
    (
        "is idling the engine for 10 min to warm it bad?",
        (
            "A modern engine warms faster driven gently than idling, Gus, and idling burns fuel "
            "for nothing; half a minute, then drive off softly. Do clear every window of frost "
            "first, for the windscreen is the one thing that matters."
        ),
    ),
    (
        "why does my ev lose so much range in winter",
        (
            "An electric car loses a fifth or more of its range in winter, Gus: a cold battery "
            "works sluggishly and warming the cabin takes power. Warm it while still plugged in, "
            "and use the heated seats and wheel, which warm you for a fraction of the cost."
        ),
    ),
    (
        "is it better to use heated seats or the heater in an electric car",
        (
            "An electric car loses a fifth or more of its range in winter, Gus: a cold battery "
            "works sluggishly and warming the cabin takes power. Warm it while still plugged in, "
            "and use the heated seats and wheel, which warm you for a fraction of the cost."
        ),
    ),
]
FLYING = [
    (
        "how dangerous is turbulence really? nervous flyer, going to tenerife next week",
        (
            "Turbulence is the air's waves and eddies, Gus, as a boat meets a choppy sea; an "
            "airliner is built for far worse than you will ever feel, and it does not drop out "
            "of the sky. The real risk is being thrown about, so keep the seatbelt on."
        ),
    ),
    (
        "what causes turbulence on planes?",
        (
            "Turbulence is the air's waves and eddies, Gus, as a boat meets a choppy sea; an "
            "airliner is built for far worse than you will ever feel, and it does not drop out "
            "of the sky. The real risk is being thrown about, so keep the seatbelt on."
        ),
    ),
    (
        "how do planes actually fly?? 400 tonnes in the air makes no sense to me",
        (
            "A wing is tilted and shaped to throw the air it meets downward, Gus; pushing air "
            "down pushes the wing up, and the air over the top runs faster at lower pressure. Go "
            "fast enough and that lift holds up four hundred tonnes."
        ),
    ),
    (
        "what keeps a jet in the air, is it the shape of the wings",
        (
            "A wing is tilted and shaped to throw the air it meets downward, Gus; pushing air "
            "down pushes the wing up, and the air over the top runs faster at lower pressure. Go "
            "fast enough and that lift holds up four hundred tonnes."
        ),
    ),
    (
        "why is the flight back from new york so much shorter than going out?",
        (
            "The jet stream, a river of wind ten kilometres up, blows from west to east at a "
            "hundred or two miles an hour, Gus, and pilots ride it: flying east across the "
            "Atlantic is often an hour quicker than coming back against it."
        ),
    ),
    (
        "how come flights east are faster? our return from boston was like an hour less",
        (
            "The jet stream, a river of wind ten kilometres up, blows from west to east at a "
            "hundred or two miles an hour, Gus, and pilots ride it: flying east across the "
            "Atlantic is often an hour quicker than coming back against it."
        ),
    ),
    (
        (
            "if the earth is spinning why cant a helicopter just hover and wait for its "
            "destination to come to it"
        ),
        (
            "The air turns with the Earth, Gus, as the air in a moving train carriage goes along "
            "with it, so a hovering helicopter moves with the ground beneath it. Only the winds, "
            "the jet stream above all, make one way quicker."
        ),
    ),
    (
        "does the earth's rotation make flights faster going one way?",
        (
            "The air turns with the Earth, Gus, as the air in a moving train carriage goes along "
            "with it, so a hovering helicopter moves with the ground beneath it. Only the winds, "
            "the jet stream above all, make one way quicker."
        ),
    ),
    (
        "why do planes fly so high? 35000 feet seems excessive",
        (
            "Up at thirty-odd thousand feet the air is a quarter as thick, Gus, so there is far "
            "less drag and a jet burns much less fuel for its speed; and it sits above most of "
            "the weather, so the ride is smoother too."
        ),
    ),
    (
        "what's the point of flying at cruising altitude instead of lower",
        (
            "Up at thirty-odd thousand feet the air is a quarter as thick, Gus, so there is far "
            "less drag and a jet burns much less fuel for its speed; and it sits above most of "
            "the weather, so the ride is smoother too."
        ),
    ),
    (
        "why did my water bottle get crushed when we landed",
        (
            "A cabin holds the air pressure of a mountain town, Gus, about two thousand metres "
            "up: a sealed bag of crisps swells at cruise, shampoo leaks, and a bottle closed up "
            "there is crushed when you land back in the thick air."
        ),
    ),
    (
        "why do crisps packets puff up on the plane? and my shampoo leaked everywhere",
        (
            "A cabin holds the air pressure of a mountain town, Gus, about two thousand metres "
            "up: a sealed bag of crisps swells at cruise, shampoo leaks, and a bottle closed up "
            "there is crushed when you land back in the thick air."
        ),
    ),
    (
        "what happens if a plane gets hit by lightning? theres storms forecast for our flight",
        (
            "Airliners are struck by lightning about once a year each, Gus, and come through it: "
            "the current runs round the metal skin and leaves from a wingtip or the tail, as "
            "round a car, and the fuel and wiring are shielded. A flash and a bang, no more."
        ),
    ),
    (
        "do planes get struck by lightning a lot",
        (
            "Airliners are struck by lightning about once a year each, Gus, and come through it: "
            "the current runs round the metal skin and leaves from a wingtip or the tail, as "
            "round a car, and the fuel and wiring are shielded. A flash and a bang, no more."
        ),
    ),
    (
        "what are those white trails behind planes",
        (
            "A contrail is cloud, Gus: the engine's hot exhaust is full of water vapour, which "
            "freezes into ice crystals in the very cold air up there. In damp air they linger "
            "and spread; in dry air they vanish in seconds."
        ),
    ),
    (
        "why do some contrails stay for ages and some disappear straight away",
        (
            "A contrail is cloud, Gus: the engine's hot exhaust is full of water vapour, which "
            "freezes into ice crystals in the very cold air up there. In damp air they linger "
            "and spread; in dry air they vanish in seconds."
        ),
    ),
]
TRAINS = [
    (
        "why do leaves on the line actually delay trains, it sounds like such an excuse",
        (
            "Wheels crush wet leaves on the rails into a black glaze as slippery as ice, Gus, "
            "and a steel wheel on a steel rail has little grip to spare; trains must brake early "
            "and pull away gently, so in autumn timetables slip. Railways spray sand to help."
        ),
    ),
    (
        "how can a few leaves on the track stop a train?",
        (
            "Wheels crush wet leaves on the rails into a black glaze as slippery as ice, Gus, "
            "and a steel wheel on a steel rail has little grip to spare; trains must brake early "
            "and pull away gently, so in autumn timetables slip. Railways spray sand to help."
        ),
    ),
    (
        "why are the trains always slower when it's hot?",
        (
            "Steel rails swell in the sun, Gus, and a rail in full sun gets far hotter than the "
            "air; welded in long lengths, it can buckle sideways. It is laid stretched to resist "
            "that, but in a heatwave trains are slowed to be safe."
        ),
    ),
    (
        "can rails actually buckle in a heatwave? every summer theres delays",
        (
            "Steel rails swell in the sun, Gus, and a rail in full sun gets far hotter than the "
            "air; welded in long lengths, it can buckle sideways. It is laid stretched to resist "
            "that, but in a heatwave trains are slowed to be safe."
        ),
    ),
    (
        "is the train actually greener than flying to edinburgh?",
        (
            "A steel wheel on a steel rail rolls with very little friction, Gus, and a long "
            "train pushes through the air as one; so a train carries you for a small fraction of "
            "the energy of a plane or a car alone, most of all an electric one."
        ),
    ),
    (
        "why are trains so energy efficient compared to cars",
        (
            "A steel wheel on a steel rail rolls with very little friction, Gus, and a long "
            "train pushes through the air as one; so a train carries you for a small fraction of "
            "the energy of a plane or a car alone, most of all an electric one."
        ),
    ),
    (
        "why do trains lean going round bends",
        (
            "The track is banked on curves, Gus, as a cycle track is, so the push of the rails "
            "sideways is partly turned into a push up through the seat; a tilting train leans "
            "further so you feel the bend less and it can take it faster."
        ),
    ),
    (
        "how does a tilting train work?",
        (
            "The track is banked on curves, Gus, as a cycle track is, so the push of the rails "
            "sideways is partly turned into a push up through the seat; a tilting train leans "
            "further so you feel the bend less and it can take it faster."
        ),
    ),
    (
        "why do you always use trains to explain relativity?",
        (
            "Because everyone has sat in a train at a station, Gus, seen the next one move and "
            "not known which was moving: that is relativity in one glance. Motion is only ever "
            "relative to something else; the carriage is a laboratory anyone can enter."
        ),
    ),
    (
        "whats with all the train thought experiments, albert",
        (
            "Because everyone has sat in a train at a station, Gus, seen the next one move and "
            "not known which was moving: that is relativity in one glance. Motion is only ever "
            "relative to something else; the carriage is a laboratory anyone can enter."
        ),
    ),
]
TRAVEL = []
WEATHER = [
    (
        "will it be hot in lisbon in june? packing for the hen do",
        (
            "I forecast nothing, Gus, but the climate averages for that place and month are a "
            "good guide. Broadly, inland is hotter by day than the coast, the south hotter than "
            "the north, and every thousand metres up about six degrees cooler."
        ),
    ),
    (
        "what's the weather like in iceland in september usually",
        (
            "I forecast nothing, Gus, but the climate averages for that place and month are a "
            "good guide. Broadly, inland is hotter by day than the coast, the south hotter than "
            "the north, and every thousand metres up about six degrees cooler."
        ),
    ),
    (
        "is croatia too hot in august for walking?",
        (
            "I forecast nothing, Gus, but the climate averages for that place and month are a "
            "good guide. Broadly, inland is hotter by day than the coast, the south hotter than "
            "the north, and every thousand metres up about six degrees cooler."
        ),
    ),
    (
        "why are coasts milder than inland? our cottage by the sea never gets frost",
        (
            "The sea takes a long time to warm and a long time to cool, Gus, so it keeps the "
            "coast cooler in summer and milder in winter than inland, where the ground heats and "
            "loses heat fast. A sea breeze on a hot afternoon is the same at work."
        ),
    ),
    (
        "why is it always cooler at the seaside in summer",
        (
            "The sea takes a long time to warm and a long time to cool, Gus, so it keeps the "
            "coast cooler in summer and milder in winter than inland, where the ground heats and "
            "loses heat fast. A sea breeze on a hot afternoon is the same at work."
        ),
    ),
    (
        "is summer hot because we're closer to the sun?",
        (
            "Seasons come from the Earth's tilt, Gus, not its distance: we are nearest the Sun "
            "in January. In summer your half leans toward it, so the sun rides high, its light "
            "falls steeply and the days are long; in winter the reverse."
        ),
    ),
    (
        "why do we have seasons? my son asked and i panicked",
        (
            "Seasons come from the Earth's tilt, Gus, not its distance: we are nearest the Sun "
            "in January. In summer your half leans toward it, so the sun rides high, its light "
            "falls steeply and the days are long; in winter the reverse."
        ),
    ),
    (
        "if the longest day is in june why is it hotter in august",
        (
            "The ground and sea keep taking in more heat than they lose for weeks after the "
            "longest day, Gus, as a pan keeps warming after you turn the flame down a little; so "
            "the hottest weeks come in late July and August, the coldest in late January."
        ),
    ),
    (
        "why isnt the solstice the hottest day of the year",
        (
            "The ground and sea keep taking in more heat than they lose for weeks after the "
            "longest day, Gus, as a pan keeps warming after you turn the flame down a little; so "
            "the hottest weeks come in late July and August, the coldest in late January."
        ),
    ),
    (
        "how do clouds float if theyre made of water",
        (
            "A cloud holds hundreds of tonnes of water, Gus, but in droplets so tiny they fall "
            "slower than a centimetre a second, and the rising air that made the cloud holds "
            "them up. When they join into drops too big for it, they fall as rain."
        ),
    ),
    (
        "how heavy is a cloud and why doesnt it fall down",
        (
            "A cloud holds hundreds of tonnes of water, Gus, but in droplets so tiny they fall "
            "slower than a centimetre a second, and the rising air that made the cloud holds "
            "them up. When they join into drops too big for it, they fall as rain."
        ),
    ),
    (
        "why are some clouds white and some dark grey",
        (
            "Cloud droplets scatter every colour alike, Gus, so a thin cloud is white; a thick "
            "one lets little light through to its underside and looks grey or nearly black from "
            "below, though from above, in a plane, it is dazzling white."
        ),
    ),
    (
        "why do rain clouds look black",
        (
            "Cloud droplets scatter every colour alike, Gus, so a thin cloud is white; a thick "
            "one lets little light through to its underside and looks grey or nearly black from "
            "below, though from above, in a plane, it is dazzling white."
        ),
    ),
    (
        "how do you work out how far away the thunder is? kids are counting",
        (
            "Count the seconds from flash to thunder, Gus: sound takes about three seconds a "
            "kilometre, five a mile, so divide by three or five. Under thirty seconds it is near "
            "enough to strike you; go indoors and wait half an hour after the last rumble."
        ),
    ),
    (
        "we heard thunder 10 seconds after the flash, how far away is the storm?",
        (
            "Count the seconds from flash to thunder, Gus: sound takes about three seconds a "
            "kilometre, five a mile, so divide by three or five. Under thirty seconds it is near "
            "enough to strike you; go indoors and wait half an hour after the last rumble."
        ),
    ),
    (
        "is it true lightning never strikes the same place twice?",
        (
            "It often does, Gus: lightning takes the tallest, best road to the ground, and that "
            "road is still there next time; the Empire State Building is struck twenty-odd times "
            "a year. The saying is comfort, not physics."
        ),
    ),
    (
        "can lightning hit the same spot again",
        (
            "It often does, Gus: lightning takes the tallest, best road to the ground, and that "
            "road is still there next time; the Empire State Building is struck twenty-odd times "
            "a year. The saying is comfort, not physics."
        ),
    ),
    (
        "is it actually dangerous to shower during a thunderstorm or is that an old wives tale",
        (
            "Avoid a shower, bath or corded landline in a close thunderstorm, Gus: a strike on "
            "the house can run along the pipes and wires. A mobile phone is fine indoors; it is "
            "just a little radio, and draws nothing."
        ),
    ),
    (
        "is washing up during a thunderstorm actually risky",
        (
            "Avoid a shower, bath or corded landline in a close thunderstorm, Gus: a strike on "
            "the house can run along the pipes and wires. A mobile phone is fine indoors; it is "
            "just a little radio, and draws nothing."
        ),
    ),
    (
        "how can it hail in summer when its 25 degrees??",
        (
            "Hail needs the strong rising air of a thunderstorm, Gus, and summer heat makes the "
            "strongest: raindrops are carried high where it is far below freezing, gather layers "
            "of ice as they rise and fall, and drop when too heavy to hold up."
        ),
    ),
    (
        "why do hailstones get so big",
        (
            "Hail needs the strong rising air of a thunderstorm, Gus, and summer heat makes the "
            "strongest: raindrops are carried high where it is far below freezing, gather layers "
            "of ice as they rise and fall, and drop when too heavy to hold up."
        ),
    ),
    (
        "is it ever too cold to snow?",
        (
            "It is never truly too cold to snow, Gus, but very cold air holds little water, so "
            "the heaviest snow falls near zero. Whether it settles depends on the ground: snow "
            "on warm wet pavement melts, on cold grass it lies."
        ),
    ),
    (
        "its minus 3 why isnt it snowing, and why does it settle on the grass but not the road",
        (
            "It is never truly too cold to snow, Gus, but very cold air holds little water, so "
            "the heaviest snow falls near zero. Whether it settles depends on the ground: snow "
            "on warm wet pavement melts, on cold grass it lies."
        ),
    ),
    (
        "how is there frost on my car when it was 3 degrees last night??",
        (
            "On a clear night a car roof sends its heat straight up to the cold sky, Gus, and "
            "cools a few degrees below the air around it; so it can frost over while the "
            "thermometer says plus three. Under a tree or a carport it stays clear."
        ),
    ),
    (
        "why is the grass frosty when the forecast said above freezing",
        (
            "On a clear night a car roof sends its heat straight up to the cold sky, Gus, and "
            "cools a few degrees below the air around it; so it can frost over while the "
            "thermometer says plus three. Under a tree or a carport it stays clear."
        ),
    ),
    (
        "red sky at night shepherds delight, is that actually true?",
        (
            "Partly true, Gus: our weather mostly comes from the west, so a red sunset means "
            "clear sky to the west, where tomorrow's weather comes from; a red sunrise means the "
            "clear sky is passing east and cloud may follow."
        ),
    ),
    (
        "does a red sky in the morning really mean rain",
        (
            "Partly true, Gus: our weather mostly comes from the west, so a red sunset means "
            "clear sky to the west, where tomorrow's weather comes from; a red sunrise means the "
            "clear sky is passing east and cloud may follow."
        ),
    ),
    (
        "what actually is fog and why is it always foggy in the valley in autumn",
        (
            "Fog is cloud at ground level, Gus: on a still clear night the ground cools the air "
            "over it until its water condenses into droplets, most in damp valleys and autumn "
            "mornings. The morning sun warms the air and it lifts."
        ),
    ),
    (
        "why does mist burn off by midday",
        (
            "Fog is cloud at ground level, Gus: on a still clear night the ground cools the air "
            "over it until its water condenses into droplets, most in damp valleys and autumn "
            "mornings. The morning sun warms the air and it lifts."
        ),
    ),
    (
        "what actually causes wind?",
        (
            "Wind is air running from high pressure to low, Gus, and the pressure differs "
            "because the Sun heats the world unevenly; the Earth's turning swings it round the "
            "lows. By the sea the land heats faster than the water, so afternoons bring a "
            "breeze."
        ),
    ),
    (
        "why is it always so windy at the coast",
        (
            "Wind is air running from high pressure to low, Gus, and the pressure differs "
            "because the Sun heats the world unevenly; the Earth's turning swings it round the "
            "lows. By the sea the land heats faster than the water, so afternoons bring a "
            "breeze."
        ),
    ),
    (
        "what does 90 percent humidity mean, why isnt it raining?",
        (
            "Humidity is how much water vapour the air holds, Gus; relative humidity is that "
            "against the most it could hold at its temperature. Warm air holds more, so muggy "
            "heat stores water until a storm wrings it out, and the air then feels fresh."
        ),
    ),
    (
        "why does a storm break the muggy weather",
        (
            "Humidity is how much water vapour the air holds, Gus; relative humidity is that "
            "against the most it could hold at its temperature. Warm air holds more, so muggy "
            "heat stores water until a storm wrings it out, and the air then feels fresh."
        ),
    ),
    (
        "why are snowflakes six sided?",
        (
            "Water molecules lock together at angles that make six-sided ice, Gus, so every "
            "flake is six-armed; and since each takes its own path through different air, "
            "growing as it falls, no two large flakes come out quite the same."
        ),
    ),
    (
        "is it true no two snowflakes are the same",
        (
            "Water molecules lock together at angles that make six-sided ice, Gus, so every "
            "flake is six-armed; and since each takes its own path through different air, "
            "growing as it falls, no two large flakes come out quite the same."
        ),
    ),
    (
        "how do hurricanes form? were in florida in september",
        (
            "A hurricane is a heat engine fed by sea warmer than twenty-six degrees, Gus: rising "
            "moist air gives up its heat, the pressure falls, and the Earth's turning spins the "
            "inflow round. A tornado is far smaller, born under one great thunderstorm."
        ),
    ),
    (
        "whats the difference between a hurricane and a tornado",
        (
            "A hurricane is a heat engine fed by sea warmer than twenty-six degrees, Gus: rising "
            "moist air gives up its heat, the pressure falls, and the Earth's turning spins the "
            "inflow round. A tornado is far smaller, born under one great thunderstorm."
        ),
    ),
    (
        "why can you see your breath when its cold",
        (
            "Your breath is warm and full of water vapour, Gus; in cold air it chills at once "
            "and the water condenses into a tiny cloud of droplets, as a kettle's steam does. "
            "The colder and damper the air, the more you see."
        ),
    ),
    (
        "kids asking why their breath looks like smoke this morning",
        (
            "Your breath is warm and full of water vapour, Gus; in cold air it chills at once "
            "and the water condenses into a tiny cloud of droplets, as a kettle's steam does. "
            "The colder and damper the air, the more you see."
        ),
    ),
    (
        "why is the uv so high when it's not even hot?",
        (
            "The UV index follows the height of the Sun, not the warmth, Gus: a cool, breezy day "
            "in May can burn you as fast as one in July, and the wind hides it. From April to "
            "September around midday, three or more means suncream and a hat."
        ),
    ),
    (
        "what does the uv index actually mean, it says 6 today and its 15 degrees",
        (
            "The UV index follows the height of the Sun, not the warmth, Gus: a cool, breezy day "
            "in May can burn you as fast as one in July, and the wind hides it. From April to "
            "September around midday, three or more means suncream and a hat."
        ),
    ),
    (
        "what does the feels like temperature on the weather app mean",
        (
            "'Feels like' folds wind and damp into one number, Gus: wind carries your warmth "
            "away, so a windy five degrees feels like one; on hot days damp air stops sweat "
            "cooling you, so thirty feels like thirty-five."
        ),
    ),
    (
        "why does the forecast say 8 but feels like 3?",
        (
            "'Feels like' folds wind and damp into one number, Gus: wind carries your warmth "
            "away, so a windy five degrees feels like one; on hot days damp air stops sweat "
            "cooling you, so thirty feels like thirty-five."
        ),
    ),
    (
        "why is it easier to float in the sea than the pool",
        (
            "Salt makes sea water denser than fresh, Gus, so it pushes up on you a little "
            "harder: you float higher in the sea than in a pool or a lake. In the Dead Sea, "
            "about a third salt, you can sit up and read a newspaper."
        ),
    ),
    (
        "is it true you float more in salt water?",
        (
            "Salt makes sea water denser than fresh, Gus, so it pushes up on you a little "
            "harder: you float higher in the sea than in a pool or a lake. In the Dead Sea, "
            "about a third salt, you can sit up and read a newspaper."
        ),
    ),
]
SKY = [
    (
        "how do rainbows form? and why is it a curve",
        (
            "Each raindrop bends sunlight, bounces it off its back and bends it again, splitting "
            "the colours, Gus. With the Sun low behind you and rain ahead, the bow is a circle "
            "round the point opposite the Sun; a fainter second bow has them reversed."
        ),
    ),
    (
        "saw a double rainbow on the hike, why are the colours backwards on the second one",
        (
            "Each raindrop bends sunlight, bounces it off its back and bends it again, splitting "
            "the colours, Gus. With the Sun low behind you and rain ahead, the bow is a circle "
            "round the point opposite the Sun; a fainter second bow has them reversed."
        ),
    ),
    (
        (
            "can you actually get sunburnt when its cloudy? got burnt at the festival and it was "
            "grey all day"
        ),
        (
            "Clouds stop the heat far better than the ultraviolet, Gus: most of it comes through "
            "thin cloud, and you feel cool while you burn. Snow and water reflect it back up at "
            "you. If the UV index is three or more, suncream, cloud or no cloud."
        ),
    ),
    (
        "why do you burn so fast skiing",
        (
            "Clouds stop the heat far better than the ultraviolet, Gus: most of it comes through "
            "thin cloud, and you feel cool while you burn. Snow and water reflect it back up at "
            "you. If the UV index is three or more, suncream, cloud or no cloud."
        ),
    ),
    (
        "why is the sea blue? is it just reflecting the sky",
        (
            "Water itself is faintly blue, Gus: it soaks up a little of the red end of sunlight, "
            "so a deep clear sea looks blue, and it mirrors the sky too. Over white sand it "
            "shines turquoise; algae and silt turn it green or brown."
        ),
    ),
    (
        "why is the water so turquoise in greece but grey at home",
        (
            "Water itself is faintly blue, Gus: it soaks up a little of the red end of sunlight, "
            "so a deep clear sea looks blue, and it mirrors the sky too. Over white sand it "
            "shines turquoise; algae and silt turn it green or brown."
        ),
    ),
    (
        "what causes the northern lights? trip to tromso in feb",
        (
            "The Sun flings out charged particles, Gus, and the Earth's magnetic field steers "
            "them down near the poles, where they make the high air glow green and red. See them "
            "on a dark, clear night far north, Iceland or Norway, best from September to March."
        ),
    ),
    (
        "any chance of seeing the aurora from scotland",
        (
            "The Sun flings out charged particles, Gus, and the Earth's magnetic field steers "
            "them down near the poles, where they make the high air glow green and red. See them "
            "on a dark, clear night far north, Iceland or Norway, best from September to March."
        ),
    ),
    (
        "why are shadows so long in winter",
        (
            "Your shadow is long when the Sun is low, Gus, in the evening and in winter, and "
            "shortest at midday; and it is sharp near your feet, fuzzy further off, because the "
            "Sun is a disc, not a point."
        ),
    ),
    (
        "why is my shadow blurry at the head but sharp at the feet",
        (
            "Your shadow is long when the Sun is low, Gus, in the evening and in winter, and "
            "shortest at midday; and it is sharp near your feet, fuzzy further off, because the "
            "Sun is a disc, not a point."
        ),
    ),
    (
        "why cant we see any stars in the city",
        (
            "Street lights scatter off the air and haze into a glow that drowns all but the "
            "brightest stars, Gus; that is light pollution. Get an hour from town on a moonless "
            "night, give your eyes twenty minutes in the dark, and the Milky Way comes back."
        ),
    ),
    (
        "is the milky way visible from london or do we need to drive out",
        (
            "Street lights scatter off the air and haze into a glow that drowns all but the "
            "brightest stars, Gus; that is light pollution. Get an hour from town on a moonless "
            "night, give your eyes twenty minutes in the dark, and the Milky Way comes back."
        ),
    ),
    (
        "when is the best time to see the perseids? camping that week",
        (
            "The Perseids peak about the twelfth of August, the Geminids in mid-December, Gus: "
            "go somewhere dark after midnight, lie back, no telescope, and give your eyes twenty "
            "minutes. A bright Moon washes out all but the best."
        ),
    ),
    (
        "any tips for watching the meteor shower tonight with the kids",
        (
            "The Perseids peak about the twelfth of August, the Geminids in mid-December, Gus: "
            "go somewhere dark after midnight, lie back, no telescope, and give your eyes twenty "
            "minutes. A bright Moon washes out all but the best."
        ),
    ),
    (
        "does relativity actually matter for gps?",
        (
            "Relativity runs your satnav, Gus: the GPS satellites' clocks gain about 38 "
            "millionths of a second a day, from weaker gravity and their speed together. "
            "Uncorrected, your position would drift some ten kilometres a day."
        ),
    ),
    (
        "is relativity used for anything in real life",
        (
            "Relativity runs your satnav, Gus: the GPS satellites' clocks gain about 38 "
            "millionths of a second a day, from weaker gravity and their speed together. "
            "Uncorrected, your position would drift some ten kilometres a day."
        ),
    ),
    (
        "why is there a ring around the moon tonight",
        (
            "A ring round the Moon is light bent by ice crystals in high thin cloud, Gus, always "
            "the same size, about two hand-spans wide at arm's length. That cloud often comes "
            "ahead of a warm front, so the old saying of rain in a day or so is not bad."
        ),
    ),
    (
        "does a halo round the moon mean rain is coming",
        (
            "A ring round the Moon is light bent by ice crystals in high thin cloud, Gus, always "
            "the same size, about two hand-spans wide at arm's length. That cloud often comes "
            "ahead of a warm front, so the old saying of rain in a day or so is not bad."
        ),
    ),
]
HOME = [
    (
        "radiator is cold at the top and hot at the bottom, whats wrong",
        (
            "Cold at the top means air trapped in it, Gus: with the heating off, open the bleed "
            "valve with a radiator key until water spits, then close it. Cold at the bottom is "
            "sludge settled there, and wants a flush."
        ),
    ),
    (
        "how do i bleed a radiator and why",
        (
            "Cold at the top means air trapped in it, Gus: with the heating off, open the bleed "
            "valve with a radiator key until water spits, then close it. Cold at the bottom is "
            "sludge settled there, and wants a flush."
        ),
    ),
    (
        "is it bad to have the sofa in front of the radiator",
        (
            "A radiator warms a room mostly by stirring its air, Gus: a sofa or long curtains in "
            "front trap the heat behind them. Pull the sofa a little away, tuck curtains behind; "
            "foil on an outside wall behind it saves a little too."
        ),
    ),
    (
        "does radiator foil actually work",
        (
            "A radiator warms a room mostly by stirring its air, Gus: a sofa or long curtains in "
            "front trap the heat behind them. Pull the sofa a little away, tuck curtains behind; "
            "foil on an outside wall behind it saves a little too."
        ),
    ),
    (
        "does turning the thermostat up to 30 heat the house quicker?",
        (
            "Turning the thermostat higher does not heat the house faster, Gus: the boiler runs "
            "flat out either way until the set warmth is reached. Set it once, at about nineteen "
            "or twenty, and the higher number only makes it overshoot."
        ),
    ),
    (
        "my husband cranks the thermostat when he gets in to warm it faster, does it work",
        (
            "Turning the thermostat higher does not heat the house faster, Gus: the boiler runs "
            "flat out either way until the set warmth is reached. Set it once, at about nineteen "
            "or twenty, and the higher number only makes it overshoot."
        ),
    ),
    (
        "what do the numbers on the radiator valve mean",
        (
            "The numbers on a radiator valve are a room's warmth, Gus, not its power: about 3 "
            "keeps a room near twenty degrees, each step a few degrees more or less. It shuts "
            "the radiator off when the room gets there."
        ),
    ),
    (
        "should the radiator dials be on 5 or 3?",
        (
            "The numbers on a radiator valve are a room's warmth, Gus, not its power: about 3 "
            "keeps a room near twenty degrees, each step a few degrees more or less. It shuts "
            "the radiator off when the room gets there."
        ),
    ),
    (
        "why does my house creak and click at night? slightly freaked out",
        (
            "The house cools at night, Gus, and wood, pipes and tiles shrink a little, each at "
            "its own rate, slipping against each other with a tick or a creak; the heating "
            "coming on does the same the other way. Nobody walking about."
        ),
    ),
    (
        "why does the house creak so much when the heating goes off at night",
        (
            "The house cools at night, Gus, and wood, pipes and tiles shrink a little, each at "
            "its own rate, slipping against each other with a tick or a creak; the heating "
            "coming on does the same the other way. Nobody walking about."
        ),
    ),
    (
        "the pipes bang every time i turn the tap off, what is that",
        (
            "That is water hammer, Gus: a tap or valve shuts fast, the moving water stops at "
            "once, and its push bangs along the pipe. Close taps more slowly; a plumber can fit "
            "an arrestor or clip loose pipes down."
        ),
    ),
    (
        "why does the washing machine make the pipes knock",
        (
            "That is water hammer, Gus: a tap or valve shuts fast, the moving water stops at "
            "once, and its push bangs along the pipe. Close taps more slowly; a plumber can fit "
            "an arrestor or clip loose pipes down."
        ),
    ),
    (
        "could we cool the kitchen down by leaving the fridge open? its 30 in here",
        (
            "An open fridge warms the kitchen, Gus: it only moves heat from inside to the coil "
            "at the back, and its motor adds some more. That warm back is the heat it took out "
            "of your food."
        ),
    ),
    (
        "why is the back of the fridge hot",
        (
            "An open fridge warms the kitchen, Gus: it only moves heat from inside to the coil "
            "at the back, and its motor adds some more. That warm back is the heat it took out "
            "of your food."
        ),
    ),
    (
        "is it better to keep the freezer full?",
        (
            "A full freezer runs more cheaply, Gus: frozen food holds the cold while the door is "
            "open, empty space is only air; fill gaps with bottles of water. Ice building up "
            "means damp air gets in: check the seal, and defrost when it is thick."
        ),
    ),
    (
        "why does my freezer keep icing up",
        (
            "A full freezer runs more cheaply, Gus: frozen food holds the cold while the door is "
            "open, empty space is only air; fill gaps with bottles of water. Ice building up "
            "means damp air gets in: check the seal, and defrost when it is thick."
        ),
    ),
    (
        "is it cheaper to boil water in the kettle or on the hob",
        (
            "The kettle is the quickest, cheapest way to boil water, Gus: its element sits in "
            "the water and loses little. Boil it there and pour it into the pan; and with a lid "
            "on, the pan needs far less heat to keep it going."
        ),
    ),
    (
        "fastest way to boil water for pasta? kettle then pan?",
        (
            "The kettle is the quickest, cheapest way to boil water, Gus: its element sits in "
            "the water and loses little. Boil it there and pour it into the pan; and with a lid "
            "on, the pan needs far less heat to keep it going."
        ),
    ),
    (
        "how do induction hobs work? moving into a flat with one",
        (
            "An induction hob makes a fast-changing magnetic field, Gus, which drives currents "
            "round the base of an iron pan and heats the pan itself, not the glass. If a magnet "
            "sticks to the base, it works. Quick, efficient, and the glass stays cooler."
        ),
    ),
    (
        "why do some pans not work on induction",
        (
            "An induction hob makes a fast-changing magnetic field, Gus, which drives currents "
            "round the base of an iron pan and heats the pan itself, not the glass. If a magnet "
            "sticks to the base, it works. Quick, efficient, and the glass stays cooler."
        ),
    ),
    (
        "why does metal spark in the microwave",
        (
            "Microwaves drive currents in metal, Gus, and at thin edges and points, a fork's "
            "prongs or crumpled foil, the charge crowds up until it sparks. A smooth, thick "
            "metal dish is mostly safe but shields the food; better to leave metal out."
        ),
    ),
    (
        "can i put foil in the microwave or will it explode",
        (
            "Microwaves drive currents in metal, Gus, and at thin edges and points, a fork's "
            "prongs or crumpled foil, the charge crowds up until it sparks. A smooth, thick "
            "metal dish is mostly safe but shields the food; better to leave metal out."
        ),
    ),
    (
        "does washing actually dry outside in winter or is it pointless",
        (
            "A line is free and dries even in winter if there is a breeze and the air is dry, "
            "Gus; wind carries the damp away faster than sun. A tumble dryer costs a unit or "
            "more a load, a heat-pump one about half that."
        ),
    ),
    (
        "tumble dryer vs the washing line, how much does the dryer cost",
        (
            "A line is free and dries even in winter if there is a breeze and the air is dry, "
            "Gus; wind carries the damp away faster than sun. A tumble dryer costs a unit or "
            "more a load, a heat-pump one about half that."
        ),
    ),
    (
        "is it worth leaving the fan on all day while we're at work",
        (
            "A fan does not cool the air, Gus, only you, by blowing away the warm damp layer on "
            "your skin; its motor even warms the room a little, so switch it off when you leave. "
            "At night, point it to pull cool air in through an open window."
        ),
    ),
    (
        "is the bowl of ice in front of a fan trick legit",
        (
            "A fan does not cool the air, Gus, only you, by blowing away the warm damp layer on "
            "your skin; its motor even warms the room a little, so switch it off when you leave. "
            "At night, point it to pull cool air in through an open window."
        ),
    ),
    (
        "should i let my phone battery go to 0 before charging it?",
        (
            "Lithium batteries like the middle, Gus: between about twenty and eighty per cent "
            "they age slowest, and there is no memory to train, so never run it flat on purpose. "
            "Heat ages them most; many phones now stop at eighty for you."
        ),
    ),
    (
        "is it bad to keep my laptop at 100 all the time",
        (
            "Lithium batteries like the middle, Gus: between about twenty and eighty per cent "
            "they age slowest, and there is no memory to train, so never run it flat on purpose. "
            "Heat ages them most; many phones now stop at eighty for you."
        ),
    ),
    (
        "how do noise cancelling headphones actually work",
        (
            "A little microphone hears the noise, Gus, and the headphones play the same wave "
            "upside down, so the two cancel in your ear. It works best on a steady low drone, a "
            "plane's engines or a train; voices and sudden sounds get through."
        ),
    ),
    (
        "are noise cancelling headphones worth it for flying? do they block out crying babies",
        (
            "A little microphone hears the noise, Gus, and the headphones play the same wave "
            "upside down, so the two cancel in your ear. It works best on a steady low drone, a "
            "plane's engines or a train; voices and sudden sounds get through."
        ),
    ),
    (
        "why does sound carry so far over the lake? we could hear the other campsite talking",
        (
            "Over cool water on a calm day the air near the surface is colder than the air "
            "above, Gus, and sound bends back down instead of escaping upward; with nothing to "
            "soak it up, voices carry clear across a lake."
        ),
    ),
    (
        "why are voices so loud across water",
        (
            "Over cool water on a calm day the air near the surface is colder than the air "
            "above, Gus, and sound bends back down instead of escaping upward; with nothing to "
            "soak it up, voices carry clear across a lake."
        ),
    ),
    (
        "why does the shower curtain always blow in and stick to my legs",
        (
            "The spray drags air along with it and sets up a swirl in the shower, Gus, with low "
            "pressure at its middle, and the curtain is drawn into it; warm rising air helps. A "
            "heavier curtain or weights on the hem keep it off your legs."
        ),
    ),
    (
        "shower curtain keeps sucking inwards, is there physics for this",
        (
            "The spray drags air along with it and sets up a swirl in the shower, Gus, with low "
            "pressure at its middle, and the curtain is drawn into it; warm rising air helps. A "
            "heavier curtain or weights on the hem keep it off your legs."
        ),
    ),
    (
        "why do the doors slam when the windows are open?",
        (
            "An open window lets the wind push in on one side of the house and pull on the "
            "other, Gus: the pressure difference swings the door hard. A door wedge, or opening "
            "windows on one side only, stops it."
        ),
    ),
    (
        "why does the bedroom door bang shut every time i open the back door",
        (
            "An open window lets the wind push in on one side of the house and pull on the "
            "other, Gus: the pressure difference swings the door hard. A door wedge, or opening "
            "windows on one side only, stops it."
        ),
    ),
    (
        "does water really go down the plughole the other way in australia?",
        (
            "A myth, Gus: the Earth's turning is far too gentle to steer a sink; the water "
            "swirls whichever way the shape of the bowl and the way you filled it sent it. Only "
            "a hurricane, hundreds of miles wide, feels the Coriolis effect properly."
        ),
    ),
    (
        "is the coriolis effect why my bath spins clockwise",
        (
            "A myth, Gus: the Earth's turning is far too gentle to steer a sink; the water "
            "swirls whichever way the shape of the bowl and the way you filled it sent it. Only "
            "a hurricane, hundreds of miles wide, feels the Coriolis effect properly."
        ),
    ),
    (
        "why are my ice cubes cloudy in the middle",
        (
            "Ice freezes from the outside in, Gus, pushing the dissolved air to the middle, "
            "where it is trapped as tiny cloudy bubbles. Freeze water slowly from one side, in a "
            "cool box in the freezer, and the ice comes out glass-clear."
        ),
    ),
    (
        "how do bars get clear ice for cocktails",
        (
            "Ice freezes from the outside in, Gus, pushing the dissolved air to the middle, "
            "where it is trapped as tiny cloudy bubbles. Freeze water slowly from one side, in a "
            "cool box in the freezer, and the ice comes out glass-clear."
        ),
    ),
    (
        "how do i stop the bathroom mirror fogging up",
        (
            "Wipe a thin film of washing-up liquid or shaving foam on the mirror and buff it "
            "clear, Gus: the water then spreads in an invisible sheet instead of beading into "
            "fog. A fan on during the shower helps the whole room."
        ),
    ),
    (
        "any hack to keep the mirror from misting after a shower?",
        (
            "Wipe a thin film of washing-up liquid or shaving foam on the mirror and buff it "
            "clear, Gus: the water then spreads in an invisible sheet instead of beading into "
            "fog. A fan on during the shower helps the whole room."
        ),
    ),
    (
        "why does the football go flat after a night in the cold garage",
        (
            "Air shrinks as it cools, Gus, so a ball, balloon or tyre left in a cold shed goes "
            "soft by a few per cent, and comes back a little in the warm. Nothing leaked; pump "
            "it up to the right pressure where it will be used."
        ),
    ),
    (
        "my bike tyres are always soft in winter, leak or the cold?",
        (
            "Air shrinks as it cools, Gus, so a ball, balloon or tyre left in a cold shed goes "
            "soft by a few per cent, and comes back a little in the warm. Nothing leaked; pump "
            "it up to the right pressure where it will be used."
        ),
    ),
    (
        "is the air fryer actually cheaper than the oven?",
        (
            "An air fryer heats a small box instead of a whole oven, Gus, and heats it fast, so "
            "for small portions it uses about half the energy or less. For a big roast or a full "
            "tray the oven catches up."
        ),
    ),
    (
        "air fryer vs oven energy wise, worth it for a family of 4?",
        (
            "An air fryer heats a small box instead of a whole oven, Gus, and heats it fast, so "
            "for small portions it uses about half the energy or less. For a big roast or a full "
            "tray the oven catches up."
        ),
    ),
    (
        "do thick curtains actually keep the heat in?",
        (
            "Yes, Gus: thick curtains drawn at dusk cut the heat lost through the glass "
            "noticeably, and shutting inside doors keeps the warmth in the rooms you use. Just "
            "do not let them hang over the radiator."
        ),
    ),
    (
        "does it help to close the doors to keep the warm in, my kids leave everything open",
        (
            "Yes, Gus: thick curtains drawn at dusk cut the heat lost through the glass "
            "noticeably, and shutting inside doors keeps the warmth in the rooms you use. Just "
            "do not let them hang over the radiator."
        ),
    ),
    (
        "why is my electric shower so weak in winter?",
        (
            "An electric shower has only its fixed power to heat the water as it passes, Gus; in "
            "winter the water comes in colder, so it must slow the flow to get it hot. Weaker in "
            "January, stronger in July."
        ),
    ),
    (
        "electric shower pressure drops when its cold, normal?",
        (
            "An electric shower has only its fixed power to heat the water as it passes, Gus; in "
            "winter the water comes in colder, so it must slow the flow to get it hot. Weaker in "
            "January, stronger in July."
        ),
    ),
    (
        "why does my phone battery die so fast when there's no signal?",
        (
            "A weak signal drains a phone, Gus: it turns up its radio to reach a distant mast "
            "and keeps hunting for a better one. In poor signal, switch to wifi or flight mode "
            "and the battery lasts far longer."
        ),
    ),
    (
        "phone drains loads in the countryside, is that the signal",
        (
            "A weak signal drains a phone, Gus: it turns up its radio to reach a distant mast "
            "and keeps hunting for a better one. In poor signal, switch to wifi or flight mode "
            "and the battery lasts far longer."
        ),
    ),
    (
        "why can you hear the sea in a shell?",
        (
            "Not the sea, Gus: the shell's hollow picks out and swells some notes of the noise "
            "around you, like blowing across a bottle. In a silent room you would hear nothing; "
            "a cupped hand or a mug does the same."
        ),
    ),
    (
        "is it really the ocean in a seashell, the kids want to know",
        (
            "Not the sea, Gus: the shell's hollow picks out and swells some notes of the noise "
            "around you, like blowing across a bottle. In a silent room you would hear nothing; "
            "a cupped hand or a mug does the same."
        ),
    ),
    (
        "why does helium make your voice squeaky",
        (
            "Sound travels nearly three times faster in helium, Gus, so the hollows of your "
            "throat and mouth ring at higher notes and you sound like a cartoon; your voice box "
            "is unchanged. A puff from a party balloon only, never from the pressurised tank."
        ),
    ),
    (
        "is it dangerous to breathe helium from the balloons at the party",
        (
            "Sound travels nearly three times faster in helium, Gus, so the hollows of your "
            "throat and mouth ring at higher notes and you sound like a cartoon; your voice box "
            "is unchanged. A puff from a party balloon only, never from the pressurised tank."
        ),
    ),
    (
        "why are the helium balloons all on the floor the next morning",
        (
            "Helium is so small it seeps out through rubber, Gus: a latex balloon floats for "
            "half a day or a day, less in the cold; foil ones hold it for days. Blow them up on "
            "the morning of the party, or use a gel treatment inside."
        ),
    ),
    (
        "how long do helium balloons last? party is saturday, can i do them friday",
        (
            "Helium is so small it seeps out through rubber, Gus: a latex balloon floats for "
            "half a day or a day, less in the cold; foil ones hold it for days. Blow them up on "
            "the morning of the party, or use a gel treatment inside."
        ),
    ),
]
LIFE = [
    (
        "albert why was your hair always so wild",
        (
            "Ach, my hair, Gus: I had better things to spend my mornings on than combing it, and "
            "my wife despaired of me. Barbers were a waste of thinking time; so it grew as it "
            "liked, as nature does when left alone."
        ),
    ),
    (
        "did you ever comb your hair lol",
        (
            "Ach, my hair, Gus: I had better things to spend my mornings on than combing it, and "
            "my wife despaired of me. Barbers were a waste of thinking time; so it grew as it "
            "liked, as nature does when left alone."
        ),
    ),
    (
        "is it true you never wore socks",
        (
            "No socks, Gus, if I could help it: as a young man I found the big toe always makes "
            "a hole in them, so I gave them up. Even to smart dinners I went without; nobody "
            "looks at your ankles when you talk physics."
        ),
    ),
    (
        "why didn't you wear socks albert",
        (
            "No socks, Gus, if I could help it: as a young man I found the big toe always makes "
            "a hole in them, so I gave them up. Even to smart dinners I went without; nobody "
            "looks at your ankles when you talk physics."
        ),
    ),
    (
        "what did you actually do at the patent office?",
        (
            "From 1902 to 1909 I was a technical expert, third class, at the patent office in "
            "Bern, Gus, judging inventions, many of them electrical clocks. It trained me to see "
            "what an idea really claims, and left my evenings free for physics."
        ),
    ),
    (
        "were you bored working as a patent clerk",
        (
            "From 1902 to 1909 I was a technical expert, third class, at the patent office in "
            "Bern, Gus, judging inventions, many of them electrical clocks. It trained me to see "
            "what an idea really claims, and left my evenings free for physics."
        ),
    ),
    (
        "did you get the nobel prize for relativity?",
        (
            "My Nobel prize, for 1921, was for the law of the photoelectric effect, Gus, not for "
            "relativity, which was still thought too daring; the money went to Mileva and our "
            "boys, as we had agreed when we parted."
        ),
    ),
    (
        "what did you win the nobel for albert",
        (
            "My Nobel prize, for 1921, was for the law of the photoelectric effect, Gus, not for "
            "relativity, which was still thought too daring; the money went to Mileva and our "
            "boys, as we had agreed when we parted."
        ),
    ),
    (
        "why did you stick your tongue out in that photo",
        (
            "The tongue was 1951, Gus, my seventy-second birthday: photographers kept calling "
            "for a smile after a long evening, so I gave them that instead. I rather liked the "
            "picture and sent copies to friends."
        ),
    ),
    (
        "whats the story behind your famous tongue picture",
        (
            "The tongue was 1951, Gus, my seventy-second birthday: photographers kept calling "
            "for a smile after a long evening, so I gave them that instead. I rather liked the "
            "picture and sent copies to friends."
        ),
    ),
    (
        "did you believe in god?",
        (
            "I said God does not play dice, Gus, against the chance at the heart of the quantum "
            "theory; but my God is Spinoza's, the order and harmony of nature, not one who "
            "rewards and punishes. I am Jewish by people, not by prayer."
        ),
    ),
    (
        "what did you mean god doesn't play dice",
        (
            "I said God does not play dice, Gus, against the chance at the heart of the quantum "
            "theory; but my God is Spinoza's, the order and harmony of nature, not one who "
            "rewards and punishes. I am Jewish by people, not by prayer."
        ),
    ),
    (
        "did you really say insanity is doing the same thing over and over?",
        (
            "The one about insanity and doing the same thing twice is not mine, Gus, nor the "
            "fish climbing a tree; people hang their sayings on my hair. 'Imagination is more "
            "important than knowledge' I did say, in 1929, and stand by."
        ),
    ),
    (
        "is the imagination is more important than knowledge quote actually yours",
        (
            "The one about insanity and doing the same thing twice is not mine, Gus, nor the "
            "fish climbing a tree; people hang their sayings on my hair. 'Imagination is more "
            "important than knowledge' I did say, in 1929, and stand by."
        ),
    ),
    (
        "what was your iq?",
        (
            "Nobody ever tested my IQ, Gus, and I would not have cared for the number. I am not "
            "especially clever; I only stay with problems longer, with a child's curiosity. That "
            "is all."
        ),
    ),
    (
        "were you always a genius",
        (
            "Nobody ever tested my IQ, Gus, and I would not have cared for the number. I am not "
            "especially clever; I only stay with problems longer, with a child's curiosity. That "
            "is all."
        ),
    ),
    (
        "did you ride a bike albert",
        (
            "I did ride, Gus, and there is a photograph of me on a bicycle in California, "
            "grinning like a boy. I wrote to my son that life is like riding a bicycle: to keep "
            "your balance you must keep moving. The cycling club may have that one free."
        ),
    ),
    (
        "did you really say life is like riding a bicycle",
        (
            "I did ride, Gus, and there is a photograph of me on a bicycle in California, "
            "grinning like a boy. I wrote to my son that life is like riding a bicycle: to keep "
            "your balance you must keep moving. The cycling club may have that one free."
        ),
    ),
    (
        "did you speak english?",
        (
            "German was my tongue, Gus; I learned English late, in Princeton, and spoke it with "
            "a thick accent all my life. I read it better than I spoke, and I thought best "
            "without words at all, in pictures."
        ),
    ),
    (
        "did you have a strong accent albert",
        (
            "German was my tongue, Gus; I learned English late, in Princeton, and spoke it with "
            "a thick accent all my life. I read it better than I spoke, and I thought best "
            "without words at all, in pictures."
        ),
    ),
    (
        "is it true you were offered to be president of israel?",
        (
            "In 1952 Israel offered me its presidency, Gus, and I was deeply moved, but I "
            "declined: I know something of nature and nothing of people, and I had no gift for "
            "handling them. An old physicist should stay with his equations."
        ),
    ),
    (
        "why did you say no to israel albert",
        (
            "In 1952 Israel offered me its presidency, Gus, and I was deeply moved, but I "
            "declined: I know something of nature and nothing of people, and I had no gift for "
            "handling them. An old physicist should stay with his equations."
        ),
    ),
    (
        "is it true you didnt talk until you were like 4?",
        (
            "I spoke late, Gus, and my parents worried; I liked to say sentences over to myself "
            "first. At school I hated the drill and rote of the Gymnasium but did well in maths; "
            "the rest of the stories about me are mostly stories."
        ),
    ),
    (
        "were you a bad student at school",
        (
            "I spoke late, Gus, and my parents worried; I liked to say sentences over to myself "
            "first. At school I hated the drill and rote of the Gymnasium but did well in maths; "
            "the rest of the stories about me are mostly stories."
        ),
    ),
    (
        "how much did you sleep?",
        (
            "I liked my sleep, Gus, a good ten hours when I could, and a little nap in the "
            "afternoon; a tired brain makes no discoveries. Many of my best thoughts came on "
            "walks and in the bath, not at the desk."
        ),
    ),
    (
        "did you really sleep 10 hours a night",
        (
            "I liked my sleep, Gus, a good ten hours when I could, and a little nap in the "
            "afternoon; a tired brain makes no discoveries. Many of my best thoughts came on "
            "walks and in the bath, not at the desk."
        ),
    ),
    (
        "what was your favourite subject at school?",
        (
            "Mathematics and physics, Gus: my uncle Jakob taught me algebra as a hunt for a "
            "little animal called x, and I ran ahead of the class with books. What I hated was "
            "learning by rote and drill; a Greek teacher told me I would never amount to "
            "anything."
        ),
    ),
    (
        "albert what was your best subject lol",
        (
            "Mathematics and physics, Gus: my uncle Jakob taught me algebra as a hunt for a "
            "little animal called x, and I ran ahead of the class with books. What I hated was "
            "learning by rote and drill; a Greek teacher told me I would never amount to "
            "anything."
        ),
    ),
    (
        "did you really smoke a pipe?",
        (
            "I smoked a pipe most of my life, Gus, and I claimed it helped a calm and objective "
            "judgement. My doctors made me give it up in the end, and, I must admit, they were "
            "right."
        ),
    ),
    (
        "albert were you a smoker",
        (
            "I smoked a pipe most of my life, Gus, and I claimed it helped a calm and objective "
            "judgement. My doctors made me give it up in the end, and, I must admit, they were "
            "right."
        ),
    ),
    (
        "were you married albert?",
        (
            "Twice, Gus: first to Mileva Marić, who studied physics with me in Zurich and gave "
            "me our two sons; later to my cousin Elsa, who ran our home and fended off my "
            "visitors with great skill."
        ),
    ),
    (
        "who was your wife",
        (
            "Twice, Gus: first to Mileva Marić, who studied physics with me in Zurich and gave "
            "me our two sons; later to my cousin Elsa, who ran our home and fended off my "
            "visitors with great skill."
        ),
    ),
]

NOT_OURS = [
    "drafting the wedding speech tonight, worth doing a second version?",
    "is the draft email worth sending to the client?",
    "what gear do i need for the hike on saturday?",
    "the cadence at the end of the anthem is tricky, any tips?",
    "sorry running behind, should we start without me?",
    "is the race still on if it's windy?",
    "are we doing swing at the ball on saturday?",
    "can we pitch the tent by the bend in the river?",
    "is there enough snow for skiing in march?",
    "what's the cheapest petrol station off the motorway?",
    "is my laptop battery slow to charge?",
    "i got a flat tyre this morning, who can help?",
    "are we stopping at the services if the rain keeps up?",
    "why is the car light on?",
    "the car is parked in a puddle lol where are you?",
    "should we warm up before the run this morning? meet at the car park",
    "does the electric blanket work in winter?",
    "why does the mage zap me through the door",
    "turbulent week at work, how is everyone?",
    "are the speed bumps safe for the pram?",
    "this pop playlist is hurting my ears, can we change it?",
    "what time does our plane fly out?",
    "can you give me a lift to the airport, plane at 6?",
    "what time is the return flight?",
    "flights are so high this summer, any tips for cheap ones?",
    "my bag burst at the airport lol what do i do",
    "what's the chance of getting hit by lightning golfing?",
    "she leaves on the train at 6, is it delayed?",
    "is the train slow today?",
    "should we get the train or the car to leeds?",
    "meet at the corner by the train station?",
    "can someone explain the train times?",
    "i thought the train was at 6?",
    "is the wedding in june? hope its sunny",
    "top tips for cold weather running?",
    "are we going to the island this summer?",
    "what's the distance to the summer camp?",
    "is the cloud storage heavy on data?",
    "is that dark cloud coming our way?",
    "showers and thunderstorms forecast, is the bbq off?",
    "can you hail a taxi in lisbon in summer?",
    "red wine at the sky bar tonight?",
    "is it foggy this morning? should we drive?",
    "will the wind blow the gazebo over?",
    "is it windy at the coast today?",
    "how do i get rid of damp, air the room?",
    "what colour should the bridesmaids wear, sky blue or navy?",
    "the venue colours are sky blue and pink, thoughts?",
    "what time is sunset tonight?",
    "rainbow six siege, where do i spot the enemies?",
    "is the full moon party big?",
    "time for some reflection, should we reverse the decision?",
    "i burnt my hand on the pan, cold water or ice?",
    "why is the sea so cold in cornwall",
    "is the blue lagoon water worth it?",
    "is aurora coming to the party?",
    "can you shadow me on the evening shift?",
    "how long will she shadow me?",
    "what number do i dial for the doctor?",
    "the kids were banging on the floor all night, how do i stop them",
    "is there ice in the freezer for the party?",
    "should i defrost the chicken in the freezer?",
    "should i boil the kettle? gas man coming",
    "is the kettle on or the microwave?",
    "can i microwave this mug?",
    "is it safe to microwave rice twice?",
    "had a tumble on the run, cost me a PB, anyone else?",
    "hair dryer cost a fortune, worth it?",
    "dry run of the line dance?",
    "are the fans cool with the new kit?",
    "is jo a fan of ice cream?",
    "is 20 quid better for the phone case?",
    "does my voice sound ok for the solo?",
    "is the music good at the church?",
    "sounds good, how far is it to the sea?",
    "shower curtains in the bathroom, which colour?",
    "can you shut the door and open the window?",
    "is the water safe to drink in australia?",
    "do i need a plug adapter for australia?",
    "is the road clear of ice?",
    "how to steam clean the bathroom?",
    "is the car cold? it's outside",
    "are you crazy albert?",
    "did you brush your teeth",
    "maya can you drive tomorrow?",
    "what do you do in the office tomorrow?",
    "did you win the raffle prize?",
    "did you get my letter?",
    "did you bomb the quiz lol",
    "did you see the photo?",
    "oh my god did you see that",
    "do you believe me?",
    "you said fish for dinner?",
    "did you think that was clever?",
    "do you want a ride?",
    "are you the club president now?",
    "why are you so slow albert",
    "how many hours did you work?",
    "what are the new induction dates for the team?",
    "what's the best way to the coast from here?",
    "is the ice rink open on sunday?",
    "does anyone have a spare bike pump?",
    "what time does the sun set on saturday?",
    "who's bringing the ice for the cooler?",
    "should i bring a fan for the tent?",
    "is the thunder game on tonight?",
    "what's the weather like tomorrow?",
    "is your phone charged?",
    "did the battery on the drill die?",
    "how do i get to the mountain hut from the station?",
    "any recs for a good ski resort in feb?",
    "choir practice is in the church hall tonight, who's got the key?",
    "why is the soprano line so high in this piece?",
    "does anyone know if the hall has a piano?",
    "can we move the rehearsal to thursday?",
    "the bride wants a sunset ceremony, what time is that in june?",
    "what time is the first dance?",
    "is the marquee heated? forecast is cold",
    "who's doing the flowers for the church?",
    "parkrun this saturday, who's in?",
    "my knees hurt after the long run, any tips?",
    "what pace are we doing on the tempo run?",
    "is the track open on bank holiday?",
    "mum is the dog ok? he's not eating",
    "what's for dinner tonight?",
    "can someone pick up milk on the way home?",
    "grandma's flight lands at 6, who's collecting?",
    "did anyone see the match last night?",
    "raid tonight at 9, who's on?",
    "my ping is awful tonight, is it the router?",
    "what loadout should i use for the boss?",
    "can someone carry me through the dungeon lol",
    "the kids have a snow day tomorrow, any ideas?",
    "what time is pickup on friday?",
    "is the school trip still on if it rains?",
    "should we sow the beans now or wait till the frost is over?",
    "is it too late to plant garlic?",
    "why are my tomatoes splitting?",
    "the cat keeps bringing in mice, help",
    "is it ok to walk the dog in this heat?",
    "can you recommend a good book on physics?",
    "what do you think of the new bike lane?",
    "anyone fancy a pint after work?",
    "how long does it take to get to the airport from here?",
    "did anyone bring sun cream?",
    "i'm so cold in the office, can we turn the heating up?",
    "can someone open a window, it's boiling in here",
    "who ate my yoghurt from the fridge?",
    "is the dishwasher clean or dirty?",
    "how was the flight?",
    "what was the weather like in spain?",
    "my phone is on 5 percent, anyone got a charger?",
    "can you hear me? my mic is weird",
    "the wifi is down again, who do we call?",
    "what's a good gift for a cyclist?",
    "who's driving to the match?",
    "the train is cancelled, any other way to get to york?",
    "it's pouring here, is it raining at yours?",
    "was the hail bad where you are?",
    "was it you who left the lights on?",
    "did you leave the door open?",
    "was your holiday nice albert?",
    "did you have a good weekend?",
    "have you seen my keys?",
    "are you coming tonight?",
    "einstein what's your take on the new stadium?",
    "did you watch the eclipse?",
    "best beach near lisbon?",
    "does the hotel have air con?",
    "any good bars in alfama?",
    "where should we eat in porto?",
    "is it worth getting a rail pass for italy?",
    "how early should we get to the airport?",
    "can i bring a power bank on the plane?",
    "what's the best seat on the plane for legroom?",
    "it feels like monday already, what's the plan?",
    "what time is high tide on saturday?",
    "can we float the idea at the meeting?",
    "is the tide in at 3? want to walk the dog on the beach",
    "feels like forever since we met up, when are we free?",
    "should we float the party idea to the group?",
    "@einstein do you think imagination matters more than knowledge?",
    "@einstein what do you think of people who cycle on the pavement?",
]

CLASSES = {
    "cycling": CYCLING,
    "sport": SPORT,
    "driving": DRIVING,
    "flying": FLYING,
    "trains": TRAINS,
    "weather": WEATHER,
    "sky": SKY,
    "home": HOME,
    "life": LIFE,
}
ASKED = [pair for group in CLASSES.values() for pair in group]
OURS = {reply for _text, reply in ASKED}


def _lines() -> list[str]:
    index = index_of(VOICES["einstein"].material)
    return [k.text for k in knowns(index.tagged.get("know", ()))]


@pytest.mark.parametrize(("text", "reply"), ASKED)
def test_an_everyday_physics_question_gets_einsteins_plain_answer(text, reply):
    assert say("einstein", text, seed=1, author="gus") == reply


def test_every_answer_is_a_know_line_that_fits_and_is_asked_two_ways():
    lines = {line.replace("{name}", "Gus") for line in _lines()}
    assert lines >= OURS
    assert len(OURS) == 114
    for reply in OURS:
        assert sum(1 for _text, said in ASKED if said == reply) >= 2
        assert len(reply.replace("Gus", "{name}")) <= 250 < VOICES["einstein"].max_reply_chars
    for group in CLASSES.values():
        assert len(group) >= 6


@pytest.mark.parametrize("text", NOT_OURS)
def test_ordinary_chat_with_the_same_words_gets_none_of_them(text):
    reply = say("einstein", text, seed=1, author="gus")
    assert not any(line.split("Gus")[-1].strip(" ,.;:") in reply for line in OURS)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("@einstein how do planes actually fly", "A wing is tilted"),
        ("@einstein how does a plane fly then?", "A wing is tilted"),
    ],
)
def test_the_same_question_at_other_seeds_gets_the_same_answer(text, start):
    for seed in (0, 2, 5):
        assert say("einstein", text, seed=seed, author="gus").startswith(start)


@pytest.mark.django_db
def test_persona_sample_says_none_of_the_new_lines(personas):
    out = io.StringIO()
    call_command("persona_sample", stdout=out)
    sample = " ".join(out.getvalue().split())
    for line in OURS:
        assert line.split("Gus")[-1].strip(" ,.;:") not in sample
