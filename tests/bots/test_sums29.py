"""Sums of shapes nobody had asked yet (sums29): pay and overtime, shifts, staff ratios, recipes
scaled, prices per kg or per 100g, saving up, a split with one paying a set part, a split that
grows, discounts and deposits, tickets with a booking fee, fuel with a detour, the score needed
for an average, and time to finish at a rate. Each was written, and worked by hand, before any
reader saw it. A right sum is rated 4-5, a dodge 2, a wrong sum 1: so each is answered right or
declined, never given another figure.
"""

from __future__ import annotations

# (message, the figure a right answer comes to), worked by hand
NEW29 = [
    # 13 x 40 = 520; 6 over at 19.50 = 117
    (
        "my contract's 40 hours at £13 an hour and anything over is time and a half. did 46 "
        "this week, what's my pay",
        "£637",
    ),
    # 12 x 37.5 = 450; 6 x 18 = 108
    (
        "on £12 an hour, did 37.5 hours plus 6 hours overtime at time and a half, what do i get "
        "this week",
        "£558",
    ),
    # (11.44 + 2) x 3 x 10
    (
        "base is £11.44 an hour and nights are £2 an hour extra, i did 3 nights of 10 hours, what "
        "did i make",
        "£403.20",
    ),
    # 7.5 x 4
    ("a shift is 7.5 hours and i do 4 a week, how many hours a week is that", "30"),
    # 8 x 5 x 11
    ("shifts are 8 hours and i'm doing 5 a week at £11 an hour, what's that a week", "£440"),
    # 58 / 8 = 7.25, so 8 adults
    ("58 kids at 1 adult per 8, how many adults do we need", "8 adults"),
    # 27 / 6 = 4.5, so 5 leaders
    ("ratio is 1 leader to 6 cubs and 27 cubs are coming, how many leaders do we need", "5"),
    # 200 / 2 x 7
    ("recipe is 200g pasta for 2 people, we're 7, how much pasta", "700"),
    # 300 / 24 x 16
    (
        "brownie recipe makes 24 and uses 300g chocolate, i only want to make 16, how much "
        "chocolate",
        "200",
    ),
    # 2.85 / 1.9 = £1.50 per 100g; 6.50 / 5 = £1.30 per 100g
    (
        "jar of pesto is 190g for £2.85 or the big one is 500g for £6.50, which is better value "
        "per 100g",
        "£1.30",
    ),
    # 4.50 / 0.75 = £6 a kg (60p per 100g); 11 / 2 = £5.50 a kg (55p per 100g)
    ("mince is £4.50 for 750g or £11 for 2kg, which is cheaper per kg", "the 2kg is better value"),
    # 600 / 35 = 17.1, so 18 weeks
    ("saving £35 a week for a £600 bike, how many weeks will it take", "18 weeks"),
    # (500 - 120) / 25 = 15.2, so 16 weeks
    ("i've got £120 saved and i put away £25 a week, how many weeks till i have £500", "16 weeks"),
    # (150 - 10) / 4
    ("dinner £150 for 5, jo only had a starter so pays £10, how much each for the rest", "£35"),
    # (480 - 60) / 3
    (
        "the airbnb is £480 for the 4 of us but tom's only there one night so he's paying £60, "
        "what do the other 3 of us pay",
        "£140",
    ),
    # 720 / 4 = 180; 720 / 6 = 120
    (
        "the cabin was £720 split 4 ways but 2 more are coming now, how much less does each of "
        "us pay",
        "£60",
    ),
    # 850 x 0.85
    ("the sofa is £850 and there's 15% off this weekend, what would i pay", "£722.50"),
    # (1240 - 200) / 4
    (
        "holiday is £1,240, we paid £200 deposit and the rest is in 4 monthly payments, how much "
        "a month",
        "£260",
    ),
    # (28.50 + 2.75) x 4
    (
        "tickets are £28.50 each plus a £2.75 booking fee per ticket, we need 4, what's the total",
        "£125",
    ),
    # 4 x 22 + 3.50
    ("4 tickets at £22 each and a £3.50 booking fee on the order, how much altogether", "£91.50"),
    # 200 miles / 45mpg x 4.546 = 20.2 litres at 150p = £30.31; / 3
    (
        "it's 180 miles to the festival plus a 20 mile detour to pick up chris, car does 45mpg, "
        "diesel 150p a litre, split 3 ways how much each",
        "£10.10",
    ),
    # 70 x 4 - (64 + 71 + 58)
    (
        "i've got 64, 71 and 58 on the first three tests, what do i need on the last one to "
        "average 70",
        "87",
    ),
    # 340 / 40 = 8.5, so 9 days
    ("got 340 pages left and i read about 40 a day, how many days to finish", "9 days"),
    # 12 panels in 3 hours is 4 an hour; 18 left
    ("we've done 12 of the 30 fence panels in 3 hours, how much longer for the rest", "4.5 hours"),
    # 9.50 x 20 + 12 x 6
    (
        "i get £9.50 an hour weekdays and £12 on sundays, did 20 hours in the week and 6 on "
        "sunday, what's the total",
        "£262",
    ),
]
