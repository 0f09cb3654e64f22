"""Demo complaints over the last six months in every state, with timelines, incidents raised by the real
rules (and the older ones acknowledged), plus returns (``complaint_returns``).

Each complaint is walked forward from its intake with plausible step durations until "now": old ones end
archived, recent ones stop in progress or waiting for their callback, a few are overdue, some callbacks are
unsatisfied and reopen the complaint, a few are archived by the manager without a callback. Rows go in with
``insert_many`` (fast at any scale); incidents go through ``incidents.check_complaint``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import CaseEvent, Complaint, Incident
from crdesk.db.models.core import User
from crdesk.demo import complaint_returns
from crdesk.demo.complaint_returns import set_sequence
from crdesk.demo import complaint_words as cw
from crdesk.demo import words as w
from crdesk.services import Services, incidents
from crdesk.services.casework import CallbackData, callback_note
from crdesk.services.context import Actor, Context

COMPLAINTS_PER_SCALE = 120
DAYS = 180
CHUNK = 2000
HOURS = {"response": {"normal": 24, "important": 8, "major": 2},
         "resolution": {"normal": 120, "important": 72, "major": 24}}
# Recent complaints placed on purpose so that every state, an overdue one and a cluster are on screen:
# (hours ago, category, severity, stop after this status, speed-up of the step durations, cluster member)
SCENES = [(0.5, "产品质量", "normal", "registered", 1, False), (30, "配送", "normal", "registered", 1, False),
          (1, "产品质量", "major", "registered", 1, False), (6, "包装", "important", "in_progress", 0.2, False),
          (50, "服务态度", "normal", "resolved", 0.1, False), (70, "产品质量", "normal", "in_progress", 0.1, True),
          (46, "产品质量", "normal", "resolved", 0.05, True), (20, "产品质量", "important", "in_progress", 0.1, True),
          (90, "配送", "normal", "followed_up", 0.1, False)]


BLANK = dict(status="registered", received_by="", assignee="", started_at=None, resolution="", root_cause="",
             resolved_by="", resolved_at=None, callback_due=None, next_due_at=None, callback_by="", callback_at=None,
             callback_outcome="", satisfaction=None, callback_note="", reopen_count=0, archived_by="",
             archived_at=None, archive_reason="")  # insert_many needs the same keys in every row


@dataclass(frozen=True)
class Person:
    username: str
    display_name: str


def staff() -> dict[str, Person]:
    """The first active user of each role, or a stand-in name when the database has none."""
    fallback = {"manager": ("demo_manager", "王经理"), "reception": ("demo_reception", "李接待"),
                "clerk": ("demo_clerk", "张配送")}
    found = {}
    for role, (username, name) in fallback.items():
        user = User.select().where((User.role == role) & (User.active == True)).order_by(User.id).first()  # noqa: E712
        found[role] = Person(user.username, user.display_name) if user else Person(username, name)
    return found


class Walk:
    """One complaint moved forward step by step; stops at ``now`` or at ``stop``."""

    def __init__(self, rng, row: dict, now: dt.datetime, people: dict[str, Person], speed: float = 1.0):
        self.rng, self.row, self.now, self.people, self.speed = rng, row, now, people, speed
        self.stop: str | None = None
        self.events: list[tuple] = []

    def hours(self, low: float, high: float) -> dt.timedelta:
        return dt.timedelta(hours=self.rng.uniform(low, high) * self.speed)

    def event(self, at, person: Person, action: str, before: str, after: str, note: str = "") -> None:
        self.events.append((at, person, action, before, after, note))
        self.row["status"] = after

    def run(self, stop: str | None = None) -> None:
        self.stop = stop
        row, severity = self.row, self.row["severity"]
        receiver = self.people["reception"] if self.rng.random() < 0.8 else self.people["clerk"]
        row.update(received_by=receiver.username, next_due_at=row["response_due"])
        self.event(row["received_at"], receiver, "register", "", "registered", row.pop("_intake_note"))
        at = row["received_at"] + self.hours(0.1, 1.3 * HOURS["response"][severity])
        if stop == "registered" or at > self.now:
            return
        handler = self.people["clerk"] if self.rng.random() < 0.6 else receiver
        row.update(assignee=handler.username, started_at=at, next_due_at=row["resolution_due"])
        self.event(at, handler, "start", "registered", "in_progress")
        for attempt in (1, 2):
            at += self.hours(0.1, 1.1 * HOURS["resolution"][severity])
            if stop == "in_progress" or at > self.now:
                return
            self.resolve(at, handler)
            if stop == "resolved":
                return
            at = self.callback_or_archive(at, receiver, attempt)
            if at is None or row["status"] != "in_progress":
                return

    def resolve(self, at, handler: Person) -> None:
        category, due = self.row["category"], at + dt.timedelta(days=3)
        self.row.update(resolution=self.rng.choice(cw.RESOLUTIONS[category]),
                        root_cause=self.rng.choice(cw.ROOT_CAUSES[category]), resolved_by=handler.username,
                        resolved_at=at, callback_due=due, next_due_at=due)
        self.event(at, handler, "resolve", "in_progress", "resolved")

    def callback_or_archive(self, resolved_at, receiver: Person, attempt: int):
        """The callback (or, rarely, the manager's archive without one); returns the time, None to stop."""
        row = self.row
        if attempt == 1 and self.rng.random() < 0.04 and not self.stop:
            at = row["callback_due"] + dt.timedelta(days=2)
            if at <= self.now:
                reason = self.rng.choice(cw.ARCHIVE_REASONS)
                row.update(archived_by=self.people["manager"].username, archived_at=at, archive_reason=reason,
                           next_due_at=None)
                self.event(at, self.people["manager"], "archive_without_callback", "resolved", "archived", reason)
            return None
        at = resolved_at + self.hours(3, 80)
        if at > self.now:
            return None
        unhappy = attempt == 1 and self.rng.random() < 0.1 and not self.stop
        data = CallbackData("unsatisfied" if unhappy else "satisfied",
                            self.rng.choice([1, 2]) if unhappy else self.rng.choice([3, 4, 4, 5, 5, 5]),
                            receiver.display_name, at,
                            self.rng.choice(cw.UNSATISFIED_NOTES if unhappy else cw.CALLBACK_NOTES))
        row.update(callback_by=data.by, callback_at=at, callback_outcome=data.outcome,
                   satisfaction=data.satisfaction, callback_note=data.note)
        if unhappy:
            due = at + dt.timedelta(hours=HOURS["resolution"][row["severity"]])
            row.update(reopen_count=1, resolution_due=due, next_due_at=due)
            self.event(at, receiver, "reopen", "resolved", "in_progress", callback_note(data))
            return at
        row.update(next_due_at=None)
        self.event(at, receiver, "callback", "resolved", "followed_up", callback_note(data))
        archived = at + self.hours(1, 72)
        if archived <= self.now and self.stop != "followed_up":
            row.update(archived_by=receiver.username, archived_at=archived)
            self.event(archived, receiver, "archive", "followed_up", "archived")
        return None


def _intake(rng, received: dt.datetime, category: str, severity: str, clients: list, products: list) -> dict:
    client = rng.choice(clients) if rng.random() < 0.7 else None
    product = rng.choice(products) if category in ("产品质量", "包装") or rng.random() < 0.3 else None
    channel = rng.choice(["phone", "phone", "phone", "visit", "letter", "online"])
    batch = f"{(received - dt.timedelta(days=rng.randrange(5, 60))):%Y%m%d}{rng.choice('ABC')}" if product else ""
    consumer = (w.person(rng), w.mobile(rng)) if client is None else ("", "")
    party = client[1] if client else consumer[0]
    search = [party, consumer[1], batch, product[1] if product else "", category]
    labels = {"phone": "电话", "visit": "来访", "letter": "信函", "online": "网络"}
    return dict(BLANK, client=client[0] if client else None, consumer_name=consumer[0], consumer_phone=consumer[1],
                channel=channel, category=category, severity=severity, product=product[0] if product else None,
                batch_no=batch, description=rng.choice(cw.DESCRIPTIONS[category]), received_at=received,
                response_due=received + dt.timedelta(hours=HOURS["response"][severity]),
                resolution_due=received + dt.timedelta(hours=HOURS["resolution"][severity]),
                search_text=" ".join(s.lower() for s in search if s), updated_by="demo",
                _intake_note=f"{labels[channel]} · {dict(normal='一般', important='重要', major='重大')[severity]}")


def _received_times(rng, count: int, now: dt.datetime) -> list[dt.datetime]:
    times = []
    for _ in range(count):
        day = now.date() - dt.timedelta(days=rng.randrange(1, DAYS))
        times.append(dt.datetime.combine(day, dt.time(rng.randrange(8, 18), rng.randrange(60))))
    return sorted(times)


def _walks(rng, now, people, clients, products, total: int) -> list[Walk]:
    categories = [c for c, weight in cw.CATEGORY_WEIGHTS for _ in range(weight)]
    walks = []
    for received in _received_times(rng, total, now):
        severity = "major" if rng.random() < 0.02 else ("important" if rng.random() < 0.2 else "normal")
        walk = Walk(rng, _intake(rng, received, rng.choice(categories), severity, clients, products), now, people)
        walk.run()
        walks.append(walk)
    cluster_product, batch = products[0], f"{now - dt.timedelta(days=9):%Y%m%d}B"
    for hours_ago, category, severity, stop, speed, cluster in sorted(SCENES, key=lambda s: -s[0]):
        row = _intake(rng, now - dt.timedelta(hours=hours_ago), category, severity, clients, products)
        if cluster:
            row.update(product=cluster_product[0], batch_no=batch, description="整箱产品胀袋，疑似漏气。",
                       search_text=f"{row['search_text']} {cluster_product[1]} {batch.lower()}")
        walk = Walk(rng, row, now, people, speed)
        walk.run(stop)
        walks.append(walk)
    return walks


def _insert(db, walks: list[Walk]) -> dict[str, int]:
    sequences: dict[int, int] = {}
    walks.sort(key=lambda walk: walk.row["received_at"])
    for walk in walks:
        walk.row.update(created_at=walk.row["received_at"], updated_at=walk.events[-1][0])
        year = walk.row["received_at"].year
        sequences[year] = sequences.get(year, 0) + 1
        walk.row["number"] = f"TS{year}{sequences[year]:06d}"
        walk.row["search_text"] = f"{walk.row['number'].lower()} {walk.row['search_text']}"
    for start in range(0, len(walks), CHUNK):
        chunk = walks[start:start + CHUNK]
        Complaint.insert_many([walk.row for walk in chunk]).execute()
        ids = dict(Complaint.select(Complaint.number, Complaint.id).where(
            Complaint.number.in_([walk.row["number"] for walk in chunk])).tuples())
        CaseEvent.insert_many([
            dict(case_kind="complaint", case_id=ids[walk.row["number"]], at=at, username=who.username,
                 display_name=who.display_name, action=action, from_status=before, to_status=after, note=note)
            for walk in chunk for at, who, action, before, after, note in walk.events]).execute()
    for year, last in sequences.items():
        set_sequence(f"complaint:{year}", last + 1)
    return sequences


def _incidents(services, people: dict[str, Person], now: dt.datetime) -> None:
    """Apply the real rules to recent and major complaints; the manager acknowledged those older than 3 days."""
    recent = Complaint.select().where(Complaint.received_at >= now - dt.timedelta(days=14)).order_by(
        Complaint.received_at).limit(300)
    major = Complaint.select().where(Complaint.severity == "major").order_by(Complaint.received_at.desc()).limit(50)
    system = Actor(None, "system", "系统", "manager")
    for row in sorted({c.id: c for c in list(recent) + list(major)}.values(), key=lambda c: c.received_at):
        at = row.received_at + dt.timedelta(minutes=5)
        incidents.check_complaint(Context(services.ctx.db, system, lambda at=at: at), row)
    manager = Actor(None, people["manager"].username, people["manager"].display_name, "manager")
    for incident in Incident.select().where(Incident.raised_at < now - dt.timedelta(days=3)):
        at = incident.raised_at + dt.timedelta(hours=20)
        Services(services.ctx.db, manager, lambda at=at: at).incidents.acknowledge(
            incident.id, incident.version, "已通知质量部跟进")


def generate(services, scale: int, rng, progress) -> None:
    db, now = services.ctx.db, services.ctx.now()
    clients = list(Client.select(Client.id, Client.name).order_by(Client.id).limit(400).tuples())
    products = list(Product.select(Product.id, Product.name, Product.unit_price).where(
        Product.active == True).order_by(Product.id).tuples())  # noqa: E712
    if not clients or not products:
        return
    people = staff()
    walks = _walks(rng, now, people, clients, products, COMPLAINTS_PER_SCALE * scale)
    with db.atomic():
        _insert(db, walks)
        progress("complaints", len(walks), len(walks))
        _incidents(services, people, now)
        complaint_returns.generate(db, rng, now, people, clients, products, scale, progress)
