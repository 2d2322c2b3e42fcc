"""The lead's mends of session 49, each a class of message (tests written with the mend)."""

import pytest

from bots.sums44 import worked44
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "text, working",
    [
        # rate48 room 03: the chance of none was given as the chance of at least one
        (
            "if the drop rate is 2% whats the chance of getting nothing in 40 tries?",
            "the chance of none in 40 tries at 2% each is 0.98^40 = 44.6%",
        ),
        (
            "whats the chance i dont get it in 40 tries at 2%",
            "the chance of none in 40 tries at 2% each is 0.98^40 = 44.6%",
        ),
        (
            "odds of no legendary after 40 chests at 2%?",
            "the chance of none in 40 tries at 2% each is 0.98^40 = 44.6%",
        ),
        (
            "5% drop rate, chance i never see it in 20 runs?",
            "the chance of none in 20 tries at 5% each is 0.95^20 = 35.8%",
        ),
        (
            "chance of at least one drop in 40 tries at 2%?",
            "the chance of at least one in 40 tries at 2% each is 1 − 0.98^40 = 55.4%",
        ),
        (
            "no way, whats my chance of getting it in 10 tries at 10%?",
            "the chance of at least one in 10 tries at 10% each is 1 − 0.9^10 = 65.1%",
        ),
    ],
)
def test_the_chance_of_none_or_of_at_least_one(text, working):
    found = worked44(text)
    assert found is not None
    assert found.working == working


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "ok if something has a half-life of 5 days, how much is left after 20 days out of 80 "
            "grams? i got 5g",
            "20 days is 4 half-lives of 5 days: 80 g → 40 → 20 → 10 → 5 g left",
        ),
        (
            "iodine-131 half-life is 8 days. 50g sample after 24 days?",
            "24 days is 3 half-lives of 8 days: 50 g → 25 → 12.5 → 6.25 g left",
        ),
        (
            "half life of 8 hours, start with 100 mg, how much after 12 hours",
            "12 hours is 1.5 half-lives of 8 hours: 100 mg × 0.5^1.5 = 35.355 mg left",
        ),
        ("half life of 1 hr, 64g, after 1 hr", "1 hour is 1 half-life of 1 hour: 64 g → 32 g left"),
    ],
)
def test_what_is_left_after_so_long_given_a_half_life(text, working):
    found = worked44(text)
    assert found is not None
    assert found.working == working


@pytest.mark.parametrize(
    "text", ["what is a half life", "half-life of 5 days, whats left after 20 days?"]
)
def test_a_half_life_sum_lacking_a_figure_is_not_worked_here(text):
    assert worked44(text) is None


def test_who_is_right_about_a_sum_just_argued_over():
    # rate48 room 04: Curie had sided with Ben "if I must choose", asking what persuaded him
    history = [
        Line("ben", "test is thursday and i still dont get half-life"),
        Line(
            "maya",
            "ok if something has a half-life of 5 days, how much is left after 20 days out of "
            "80 grams? i got 5g",
        ),
        Line("ana", "i got 10 😬"),
        Line("ben", "i think maya is right"),
    ]
    assert say("curie", "curie which one of us is right?", history=history) == (
        "You have it right, Maya, not 10: 20 days is 4 half-lives of 5 days: "
        "80 g → 40 → 20 → 10 → 5 g left."
    )


def test_who_is_right_names_the_one_with_the_figure():
    history = [Line("sam", "whats 15% of 80"), Line("tom", "12"), Line("sam", "no its 10")]
    assert say("lovelace", "@lovelace which of us is right", history=history) == (
        "Tom has it right, Maya, not 10: 15% of 80 is 12."
    )


def test_who_is_right_with_no_sum_before_is_a_view_as_before():
    history = [Line("tom", "dogs are better than cats"), Line("maya", "no cats are")]
    assert "has it right" not in say(
        "socrates", "socrates who is right, me or tom?", history=history
    )


@pytest.mark.parametrize(
    "text, ending",
    [
        # rate48 S13: Shakespeare had asked what percentage to leave
        (
            "shakespeare random q but how much do i tip on a $64 dinner if service was just ok",
            "15% is the usual tip for service that was just OK: 15% of $64 is $9.60, so $73.60.",
        ),
        (
            # ("ok so" leads in: it says nothing of the service)
            "ok so how much should i tip on a $50 dinner",
            "15% to 20% is usual: 15% of $50 is $7.50 ($57.50 in all), 20% is $10 ($60).",
        ),
        (
            "how much should i tip on a $48 bill, service was amazing",
            "20% is the usual tip for good service: 20% of $48 is $9.60, so $57.60.",
        ),
        (
            "bill was $120 for 4 of us, how much should we tip",
            "15% is the usual tip for a meal: 15% of $120 is $18, so $138; among 4 of you, "
            "$34.50 each.",
        ),
    ],
)
def test_a_tip_asked_with_no_rate_is_worked_at_the_usual_one(text, ending):
    assert say("shakespeare", text).endswith(ending)


@pytest.mark.parametrize(
    "slug, text, reply",
    [
        # a hard day had is met with a word to rest, never "tell me more" or a line on "rough"
        (
            "socrates",
            "rough day at work tbh",
            "Sit, Maya, and rest a little; a tired mind argues badly, and so does a tired body.",
        ),
        (
            "darwin",
            "long week, so glad its friday",
            "Do sit down, Maya; Emma always made me rest between chapters, and she was right.",
        ),
        # a cost put up is sighed at, not asked how it came about
        (
            "darwin",
            "my landlord is raising the rent again",
            "How vexing, Maya! Small mishaps are the natural condition of a busy life.",
        ),
        # nerves before a thing ahead are wished luck, not called a mishap
        (
            "curie",
            "i start my new job on monday, kinda nervous",
            "Bonne chance, Maya! Prepare carefully, then trust the preparation; what is "
            "understood need not be feared.",
        ),
        (
            "curie",
            "hi all, i start my new job on monday, kinda nervous",
            "Good day, Maya. Bonne chance! Prepare carefully, then trust the preparation; what is "
            "understood need not be feared.",
        ),
        # ... but a worry over health is not
        (
            "darwin",
            "nervous about my biopsy results tomorrow",
            "Oh, Maya, I am sorry; that is a real worry. I sat by my children's beds through many "
            "illnesses, and I know how long those hours are.",
        ),
        (
            "curie",
            "i was nervous but the exam went great",
            "Bravo, Maya! When I came first in physics at the Sorbonne I could hardly believe it "
            "either; enjoy it, you earned it.",
        ),
        # a kitten is no dog
        (
            "socrates",
            "we adopted a kitten today",
            "Congratulations on your new kitten; to care well for another creature is no small "
            "kind of wisdom.",
        ),
    ],
)
def test_news_told_is_met_in_kind(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(
    "text, query",
    [
        # rate49 (after its rating): the top 5 asked had got `LIMIT 3` and a column not in
        # the table given
        (
            "/AIBot need a query for the top 5 customers by total spent. tables are customers(id, "
            "name) and orders(id, customer_id, amount). sql pls",
            "`SELECT customer_id, SUM(amount) AS spent FROM orders GROUP BY customer_id ORDER BY "
            "spent DESC LIMIT 5;`",
        ),
        (
            "/AIBot in sql how do i get the top ten products by revenue from sales(product_id, "
            "revenue)",
            "`SELECT product_id, SUM(revenue) AS spent FROM sales GROUP BY product_id ORDER BY "
            "spent DESC LIMIT 10;`",
        ),
        (
            "/AIBot sql top 3 customers by total",
            "`SELECT customer_id, SUM(total) AS spent FROM orders GROUP BY customer_id ORDER BY "
            "spent DESC LIMIT 3;`",
        ),
    ],
)
def test_a_top_n_query_is_written_for_the_n_and_table_asked(text, query):
    assert query in say("aibot", text)


def test_what_people_say_is_a_saying_asked_of_not_a_claim_to_settle():
    # rate49 (after its rating): room49's claim reader had taken "something people say" as a
    # claim put, and answered with a line on his childhood instead of the myth's own answer
    reply = say(
        "einstein",
        "einstein did u actually fail math as a kid or is that just something people say to make "
        "bad students feel better",
    )
    assert reply.startswith("Never, Maya, that is a myth: I had mastered calculus")


def test_a_claim_of_illness_worried_over_is_no_loss_to_condole():
    # rate49 (after its rating): "cancer" in a claim the asker is worried by had got "I am so
    # sorry, Maya. I have known hard losses"
    reply = say(
        "curie",
        "@curie is it actually dangerous to microwave leftovers in plastic tubs? my mom swears it "
        "gives u cancer and now im paranoid",
    )
    assert "sorry" not in reply.lower() and "loss" not in reply.lower()


@pytest.mark.parametrize(
    "text, reply",
    [
        # rate49 S5 (after its rating): declined as "a figure I cannot place"
        (
            'ok so my landlord is raising rent from $1,450 to $1,595 and his email says its "only '
            'about 9%". that right @einstein? feels like more',
            "Not quite, Maya: $1,450 to $1,595 is up $145, 10% of $1,450, not 9%.",
        ),
        (
            "rent went from 1450 to 1595, is that 9%?",
            "Not quite, Maya: 1450 to 1595 is up 145, 10% of 1450, not 9%.",
        ),
        (
            "price went up from $80 to $92, thats 15% right?",
            "Yes, Maya, that is right: $80 to $92 is up $12, 15% of $80.",
        ),
    ],
)
def test_a_change_said_to_be_so_many_percent_is_checked(text, reply):
    assert say("einstein", text) == reply
