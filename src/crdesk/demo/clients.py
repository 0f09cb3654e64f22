"""Demo clients with contacts, a year of visits and follow-ups, and today's visitor log."""
from __future__ import annotations

import datetime as dt

from crdesk.db.base import now
from crdesk.db.bulk import bulk_insert
from crdesk.db.models.clients import CLIENT_GRADES, CLIENT_KINDS, Client, Contact, Visit, Visitor
from crdesk.demo import words as w
from crdesk.services.clients import ClientData, ContactData, search_text_of
from crdesk.services.numbering import set_next

CLIENTS_PER_SCALE = 200
CHUNK = 2000


def _client_rows(rng, start: int, count: int):
    region_of = {city: region for region, cities in w.REGIONS.items() for city in cities}
    stamp = now()
    for number in range(start, start + count):
        city = rng.choice(w.CITIES)
        name = f"{city}{rng.choice(w.SHOP_WORDS)}{rng.choice(w.SHOP_KINDS)}"
        if number > len(w.SHOP_WORDS) * len(w.SHOP_KINDS):
            name += f"{number % 97 + 1}号店"
        code = f"KH{number:06d}"
        phone = w.landline(rng) if rng.random() < 0.6 else w.mobile(rng)
        data = ClientData(name=name, phone=phone, region=region_of.get(city, "华东"),
                          contacts=[ContactData(w.person(rng), phone=w.mobile(rng))])
        yield dict(code=code, name=name, kind=rng.choice(CLIENT_KINDS[:3]) if rng.random() < 0.9 else "other",
                   grade=rng.choice(CLIENT_GRADES), region=data.region,
                   address=f"{city}市{rng.choice(w.STREETS)}{rng.randrange(1, 999)}号", phone=phone,
                   note="", search_text=search_text_of(data, code), active=rng.random() > 0.03,
                   last_contact_at=None, version=1, created_at=stamp, updated_at=stamp,
                   updated_by="demo"), data.contacts[0]


def _insert_clients(db, rng, total: int, progress) -> None:
    for start in range(1, total + 1, CHUNK):
        batch = list(_client_rows(rng, start, min(CHUNK, total - start + 1)))
        stamp = now()
        with db.atomic():
            bulk_insert(db, Client, [row for row, _ in batch], {})
            # the rows just inserted are the newest ids (codes stop sorting as text past KH999999)
            ids = dict(Client.select(Client.code, Client.id).order_by(Client.id.desc()).limit(len(batch)).tuples())
            bulk_insert(db, Contact, [dict(client=ids[row["code"]], name=c.name, phone=c.phone,
                                           title=rng.choice(w.TITLES)) for row, c in batch],
                        dict(is_primary=True, email="", version=1, created_at=stamp, updated_at=stamp,
                             updated_by="demo"))
        progress("clients", start + len(batch) - 1, total)
    set_next(db, "client", total + 1)


def _insert_visits(db, rng, client_ids: list[int], today: dt.date) -> None:
    kinds = ["reception", "call", "onsite", "outbound"]
    rows, last_contact = [], {}
    for number, client_id in enumerate(client_ids, start=1):
        at = dt.datetime.combine(today - dt.timedelta(days=rng.randrange(0, 365)), dt.time(rng.randrange(9, 17)))
        due = at.date() + dt.timedelta(days=rng.choice([7, 14, 30]))
        rows.append(dict(number=f"HF{at.year}{number:06d}", client=client_id, kind=rng.choice(kinds),
                         staff=w.person(rng), visited_at=at, purpose=rng.choice(w.PURPOSES),
                         summary=rng.choice(w.SUMMARIES), satisfaction=rng.choice([3, 4, 4, 5, 5, None]),
                         next_follow_up=due if rng.random() < 0.4 else None,
                         follow_up_done=due < today - dt.timedelta(days=20), updated_by="demo"))
        last_contact[client_id] = max(at, last_contact.get(client_id, at))
    with db.atomic():
        for start in range(0, len(rows), CHUNK):
            Visit.insert_many(rows[start:start + CHUNK]).execute()
        for client_id, at in last_contact.items():
            Client.update(last_contact_at=at).where(Client.id == client_id).execute()
    years = {}
    for row in rows:
        years[row["visited_at"].year] = max(years.get(row["visited_at"].year, 0), int(row["number"][6:]))
    for year, last in years.items():
        set_next(db, f"visit:{year}", last + 1)


def _insert_visitors(db, rng, client_ids: list[int], today: dt.date) -> None:
    rows = []
    for number in range(1, 7):
        at = dt.datetime.combine(today, dt.time(8 + number, rng.randrange(60)))
        rows.append(dict(number=f"LF{today.year}{number:06d}", name=w.person(rng),
                         organisation=f"{rng.choice(w.CITIES)}{rng.choice(w.SHOP_WORDS)}{rng.choice(w.SHOP_KINDS)}",
                         phone=w.mobile(rng), purpose=rng.choice(w.PURPOSES), host=w.person(rng),
                         badge=f"F{number:03d}", client=rng.choice(client_ids) if number % 2 else None,
                         checked_in_at=at, checked_out_at=at + dt.timedelta(minutes=45) if number < 4 else None,
                         updated_by="demo"))
    with db.atomic():
        Visitor.insert_many(rows).execute()
    set_next(db, f"visitor:{today.year}", len(rows) + 1)


def generate(services, scale: int, rng, progress) -> None:
    db = services.ctx.db
    total = CLIENTS_PER_SCALE * scale
    _insert_clients(db, rng, total, progress)
    today = services.ctx.today()
    sample = [row[0] for row in Client.select(Client.id).order_by(Client.id).limit(400).tuples()]
    _insert_visits(db, rng, [rng.choice(sample) for _ in range(min(600, 3 * len(sample)))], today)
    _insert_visitors(db, rng, sample, today)
