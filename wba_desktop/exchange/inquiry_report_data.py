"""The Lotsen report as plain values: what the report service counts, the chart draws
and the ministry's workbook holds (no database, no openpyxl, no matplotlib here).

The report looks at the inquiries received in a period (optionally of one WBA region
or one district) and at the referrals of exactly those inquiries. Every breakdown
(month, topic, district, WBA region, channel, outcome) counts both: the inquiries by
the inquiry's attribute, the referrals by the attribute of their inquiry (so a row's
referrals are the referrals of the row's inquiries); only by outcome each counts by
its own outcome. An inquiry with two topics counts
once under each topic. No person's name is in here: the report is about numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: the outcome row of inquiries not closed yet, and of cancelled ones
STILL_OPEN = "noch offen"
CANCELLED_ROW = "abgebrochen"
#: the outcome row of referrals without an outcome yet
NO_OUTCOME = "noch kein Ergebnis"


@dataclass(frozen=True)
class CountRow:
    """One line of a breakdown: ``label`` (a topic, a district, a channel …)."""

    label: str
    inquiries: int
    referrals: int


@dataclass(frozen=True)
class MonthRow:
    """One calendar month (``month`` is its first day)."""

    month: date
    inquiries: int
    referrals: int
    #: inquiries of the month by their status today (every status, 0 included)
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.month.strftime("%m/%Y")


@dataclass(frozen=True)
class PartnerRow:
    """A partner by the referrals it received (from the report's inquiries)."""

    organisation_id: int
    name: str
    kind: str
    district: str
    referrals: int
    accepted: int
    declined: int
    #: referrals with an outcome, and among them the successful ones
    with_outcome: int
    successes: int

    @property
    def success_rate(self) -> float | None:
        """Successful among the referrals with an outcome (None: no outcome yet)."""
        return self.successes / self.with_outcome if self.with_outcome else None


@dataclass(frozen=True)
class InquiryReport:
    date_from: date
    date_to: date
    #: the filters applied, in words ("WBA-Region: Nord"); empty: the whole state
    filters: tuple[str, ...]
    inquiries: int
    referrals: int
    #: inquiries with at least one referral
    referred_inquiries: int
    #: median days from the inquiry to its first referral (None: no referral)
    median_days_to_referral: float | None
    #: median days from the inquiry to its outcome (closed with an outcome)
    median_days_to_outcome: float | None
    by_status: tuple[CountRow, ...]
    by_month: tuple[MonthRow, ...]
    by_topic: tuple[CountRow, ...]
    by_district: tuple[CountRow, ...]
    by_wba_region: tuple[CountRow, ...]
    by_channel: tuple[CountRow, ...]
    #: inquiries by their outcome (open, cancelled ones in their own rows), referrals
    #: by theirs
    by_outcome: tuple[CountRow, ...]
    partners: tuple[PartnerRow, ...]
    #: the statuses in flow order (the chart's stacking order)
    statuses: tuple[str, ...] = ()

    @property
    def period_text(self) -> str:
        return f"{self.date_from:%d.%m.%Y} – {self.date_to:%d.%m.%Y}"
