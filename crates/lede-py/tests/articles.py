"""Small synthetic news articles for the tests: made up here from templates, so that the
tests need no data from outside the repository."""

from __future__ import annotations

import random
from typing import Dict, List

FIRST = ["Anna", "Tomas", "Maria", "David", "Grace", "Peter", "Lucia", "Omar", "Helen", "Jonas"]
LAST = ["Keller", "Moreno", "Okafor", "Lindqvist", "Brennan", "Tanaka", "Duval", "Petrov"]
TITLES = ["Finance Minister", "Mayor", "Prime Minister", "Senator", "Chief Executive"]
ORGS = ["the Central Bank", "the City Council", "the Health Ministry", "Northwind Airlines"]
CITIES = ["LONDON", "PARIS", "MADRID", "BERLIN", "NAIROBI", "OSLO"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "September", "November"]
SAYINGS = [
    "We will not accept this plan",
    "The numbers speak for themselves",
    "This is a difficult day for everyone",
    "Nobody expected the talks to fail",
    "We have done everything we could",
]


def article(rng: random.Random) -> str:
    """One article: a dateline lead, a direct quote with a named speaker and an addressee,
    indirect speech, a few dates, and a line of site clutter."""
    a = (rng.choice(FIRST), rng.choice(LAST))
    b = (rng.choice(FIRST), rng.choice(LAST))
    title, org, city = rng.choice(TITLES), rng.choice(ORGS), rng.choice(CITIES)
    day, month = rng.choice(DAYS), rng.choice(MONTHS)
    saying = rng.choice(SAYINGS)
    year = rng.randint(2015, 2024)
    lines = [
        f"{city} (Reuters) - {title} {a[0]} {a[1]} said on {day} that {org} would review "
        f"its budget before the end of {month}.",
        f'"{saying}," {a[1]} told {b[0]} {b[1]} at a meeting in {city.title()}.',
        f"{b[0]} {b[1]}, a spokesman for {org}, said the talks would resume on "
        f"{month} {rng.randint(1, 28)}, {year}.",
        f"According to {a[1]}, the plan was first discussed last year.",
        "Share this article",
    ]
    return "\n".join(lines)


def articles(n: int, seed: int = 7) -> List[Dict[str, str]]:
    """`n` records `{"id", "text", "published"}`, the same for the same seed."""
    rng = random.Random(seed)
    return [
        {
            "id": f"a{i}",
            "text": article(rng),
            "published": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        for i in range(n)
    ]
