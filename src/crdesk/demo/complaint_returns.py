"""Demo returns and exchanges in every state, some linked to a complaint, walked forward like complaints."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crdesk.db.models.complaints import CaseEvent, Complaint, ReturnLine, ReturnOrder
from crdesk.db.models.core import NumberSequence
from crdesk.demo import complaint_words as cw
from crdesk.services.casework import CallbackData, callback_note

RETURNS_PER_SCALE = 40
CHUNK = 1000
MAX_QUANTITY, MAX_AMOUNT = Decimal(50), Decimal(2000)
BLANK = dict(status="requested", complaint=None, original_delivery="", decided_by="", decided_at=None,
             decision_note="", received_by="", received_at=None, disposition="", completion_note="",
             completed_by="", completed_at=None, callback_due=None, callback_by="", callback_at=None,
             callback_outcome="", satisfaction=None, callback_note="", reopen_count=0, archived_by="",
             archived_at=None, archive_reason="")
CONDITIONS = {"quality": "product_damaged", "damaged": "package_damaged", "expired": "good", "wrong_item": "good",
              "surplus": "good", "other": "good"}
DISPOSITIONS = {"good": "restock", "package_damaged": "repair", "product_damaged": "scrap", "spoiled": "scrap"}


def set_sequence(name: str, next_value: int) -> None:
    """Point a number counter past the demo's numbers (portable: no REPLACE on PostgreSQL)."""
    NumberSequence.delete().where(NumberSequence.name == name).execute()
    NumberSequence.insert(name=name, next_value=next_value).execute()


class ReturnWalk:
    """One return moved forward step by step until ``now`` (or until it reaches ``stop``)."""

    def __init__(self, rng, row: dict, lines: list[dict], now: dt.datetime, people, stop: str = ""):
        self.rng, self.row, self.lines, self.now, self.people, self.stop = rng, row, lines, now, people, stop
        self.events: list[tuple] = []
        self.requester = people["clerk"] if rng.random() < 0.6 else people["reception"]

    def later(self, at: dt.datetime, low: float, high: float) -> dt.datetime | None:
        """A moment some hours after ``at``, or None when it would be in the future."""
        moment = at + dt.timedelta(hours=self.rng.uniform(low, high) * (0.2 if self.stop else 1))
        return moment if moment <= self.now else None

    def event(self, at, person, action: str, before: str, after: str, note: str = "") -> None:
        self.events.append((at, person, action, before, after, note))
        self.row["status"] = after

    def run(self) -> None:
        row = self.row
        row["requested_by"] = self.requester.username
        self.event(row["requested_at"], self.requester, "request", "", "requested", row["reason"])
        at = row["requested_at"]
        for step, low, high in ((self.decide, 1, 30), (self.receive, 4, 72), (self.complete, 2, 48),
                                (self.call_back, 3, 72), (self.archive, 1, 48)):
            if row["status"] in (self.stop, "rejected"):
                return
            at = self.later(at, low, high)
            if at is None:
                return
            step(at)

    def decide(self, at: dt.datetime) -> None:
        row = self.row
        small = row["total_quantity"] <= MAX_QUANTITY and row["total_amount"] <= MAX_AMOUNT
        approver = self.rng.choice([self.people["clerk"], self.people["manager"]]) if small else self.people["manager"]
        rejected = self.rng.random() < 0.1 and not self.stop
        note = self.rng.choice(cw.REJECT_REASONS) if rejected else "同意"
        row.update(decided_by=approver.username, decided_at=at, decision_note=note)
        self.event(at, approver, "reject" if rejected else "approve", "requested",
                   "rejected" if rejected else "approved", note)

    def receive(self, at: dt.datetime) -> None:
        for line in self.lines:
            short = 1 if self.rng.random() < 0.1 and line["quantity"] > 1 else 0
            line.update(received_quantity=line["quantity"] - short, condition=CONDITIONS[line["reason"]])
        self.row.update(received_by=self.people["clerk"].username, received_at=at)
        self.event(at, self.people["clerk"], "receive", "approved", "received")

    def complete(self, at: dt.datetime) -> None:
        row, clerk = self.row, self.people["clerk"]
        disposition = "replacement" if row["kind"] == "exchange" else DISPOSITIONS[self.lines[0]["condition"]]
        note = cw.COMPLETION_NOTES[disposition]
        row.update(disposition=disposition, completion_note=note, completed_by=clerk.username, completed_at=at,
                   callback_due=at + dt.timedelta(days=3))
        self.event(at, clerk, "complete", "received", "completed", note)

    def call_back(self, at: dt.datetime) -> None:
        data = CallbackData("satisfied", self.rng.choice([3, 4, 5, 5]), self.requester.display_name, at,
                            self.rng.choice(cw.CALLBACK_NOTES))
        self.row.update(callback_by=data.by, callback_at=at, callback_outcome=data.outcome,
                        satisfaction=data.satisfaction, callback_note=data.note, callback_due=None)
        self.event(at, self.requester, "callback", "completed", "followed_up", callback_note(data))

    def archive(self, at: dt.datetime) -> None:
        self.row.update(archived_by=self.requester.username, archived_at=at)
        self.event(at, self.requester, "archive", "followed_up", "archived")


def _lines(rng, products, at: dt.datetime) -> list[dict]:
    reason = rng.choice(list(cw.RETURN_REASONS))
    chosen = rng.sample(products, rng.choice([1, 1, 2, 3]))
    return [dict(position=index, product=product[0],
                 batch_no=f"{at - dt.timedelta(days=rng.randrange(10, 90)):%Y%m%d}{rng.choice('ABC')}",
                 quantity=Decimal(rng.choice([1, 2, 3, 5, 8, 12, 20, 40])), unit_price=Decimal(product[2]),
                 reason=reason, received_quantity=None, condition="")
            for index, product in enumerate(chosen, start=1)]


# Recent returns placed on purpose so that every state is on screen: (hours ago, stop after this status)
SCENES = [(2, "requested"), (9, "requested"), (30, "approved"), (60, "received"), (120, "completed"),
          (200, "followed_up")]


def _walks(rng, now, people, clients, products, complaints, total: int) -> list[ReturnWalk]:
    walks = []
    plan = [(None, "")] * total + [(now - dt.timedelta(hours=hours), stop) for hours, stop in SCENES]
    for placed, stop in plan:
        lines = _lines(rng, products, placed or now)
        quantity = sum(line["quantity"] for line in lines)
        amount = sum(line["quantity"] * line["unit_price"] for line in lines).quantize(Decimal("0.01"))
        complaint = rng.choice(complaints) if complaints and rng.random() < 0.3 and not placed else None
        if placed:
            client_id, at = rng.choice(clients)[0], placed
        elif complaint:
            client_id, at = complaint[1], min(complaint[2] + dt.timedelta(days=1), now - dt.timedelta(hours=1))
        else:
            client_id = rng.choice(clients)[0]
            at = now - dt.timedelta(days=150 * rng.random() ** 1.5)
        at = at.replace(microsecond=0)
        row = dict(BLANK, client=client_id, complaint=complaint[0] if complaint else None,
                   kind="exchange" if rng.random() < 0.25 else "return", requested_at=at,
                   reason=cw.RETURN_REASONS[lines[0]["reason"]], total_quantity=quantity, total_amount=amount,
                   created_at=at, updated_by="demo")
        walk = ReturnWalk(rng, row, lines, now, people, stop)
        walk.run()
        walks.append(walk)
    return sorted(walks, key=lambda walk: walk.row["requested_at"])


def _insert(walks: list[ReturnWalk], names: dict[int, str]) -> None:
    sequences: dict[int, int] = {}
    for walk in walks:
        year = walk.row["requested_at"].year
        sequences[year] = sequences.get(year, 0) + 1
        walk.row.update(number=f"TH{year}{sequences[year]:06d}", updated_at=walk.events[-1][0])
        walk.row["search_text"] = f"{walk.row['number']} {names.get(walk.row['client'], '')}".lower()
    for start in range(0, len(walks), CHUNK):
        chunk = walks[start:start + CHUNK]
        ReturnOrder.insert_many([walk.row for walk in chunk]).execute()
        ids = dict(ReturnOrder.select(ReturnOrder.number, ReturnOrder.id).where(
            ReturnOrder.number.in_([walk.row["number"] for walk in chunk])).tuples())
        ReturnLine.insert_many([dict(line, return_order=ids[walk.row["number"]], updated_by="demo")
                                for walk in chunk for line in walk.lines]).execute()
        CaseEvent.insert_many([
            dict(case_kind="return", case_id=ids[walk.row["number"]], at=at, username=who.username,
                 display_name=who.display_name, action=action, from_status=before, to_status=after, note=note)
            for walk in chunk for at, who, action, before, after, note in walk.events]).execute()
    for year, last in sequences.items():
        set_sequence(f"return:{year}", last + 1)


def generate(db, rng, now, people, clients, products, scale: int, progress) -> None:
    complaints = list(Complaint.select(Complaint.id, Complaint.client, Complaint.received_at).where(
        Complaint.client.is_null(False) & Complaint.category.in_(["产品质量", "包装", "配送"])).order_by(
        Complaint.id).limit(500).tuples())
    walks = _walks(rng, now, people, clients, products, complaints, RETURNS_PER_SCALE * scale)
    _insert(walks, dict(clients))
    progress("returns", len(walks), len(walks))
